#!/usr/bin/env python3
"""Builds the eval/by seeds and gold files from one hand-written data table (further below).
All news text is invented or paraphrased by the blind tester in his own words; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/by/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV_END = re.compile(r"(\b[A-Z]\.|\bU\.S\.|\bU\.N\.|\bGen\.|\bSept\.|\bAug\.|\bOct\.|\bNov\.|\bDec\.|\bJan\.|\bFeb\.|\bMr\.|\bMrs\.|\bDr\.|\bSt\.|\bNo\.|\ba\.m\.|\bp\.m\.|\bv\.|\bLt\.|\bCol\.|\bGov\.|\bSen\.|\bRep\.)$")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None, **extra):
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(extra)
    return d


def OFF(t, h, p, st, a=None, n="", **extra):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **extra)


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par)
    fs = par[:m.end()] if m else par
    assert not ABBREV_END.search(fs.rstrip("\"\u201d\u2019")), "first sentence ends in an abbreviation: " + fs
    return fs


def esc(s):
    return html.escape(s, quote=False)


def qesc(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def h12(d, sep=":", lower=True, pad=False, space=""):
    hh = d.hour % 12 or 12
    suf = "am" if d.hour < 12 else "pm"
    if not lower:
        suf = suf.upper()
    return f"{hh:02d}" if pad else f"{hh}", f"{sep}{d.minute:02d}{space}{suf}"


def t12(d, sep=":", lower=True, pad=False, space=""):
    a, b = h12(d, sep, lower, pad, space)
    return a + b


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def rfc822(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + d.strftime("%z")


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:70]


# ============================================================ Part A renderers (layouts of real outlets; wording is mine)

def r_durango(S):
    """Durango Herald (Colorado), text scrape of a 'Nation & World' page carrying an AP live-updates round-up:
    no per-item headlines or times; each item opens with an AP dateline; '___' separators; one page byline and
    one page time ('Saturday, July 9, 2022 10:42 AM', Mountain time implied by the outlet's home)."""
    d0 = dt(S["page_t"], S["zone"])
    page_stamp = f"{DAYS[d0.weekday()]}, {MONTHS[d0.month - 1]} {d0.day}, {d0.year} {t12(d0, lower=False, space=' ')}"
    L = ["Skip to main content", "", "The Durango Herald", "Subscribe  |  Log In  |  e-Edition", "Durango, CO  81\u00b0 Mostly sunny", "",
         "News   Sports   Arts & Entertainment   Opinion   Obituaries   Pine River Times   Classifieds   Jobs", "",
         "Get the Herald in your inbox. Sign up for our newsletters", "", "Nation & World", "", S["title"], "",
         "By " + S["byline"], page_stamp, "", "Facebook   Twitter   Email   Print", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        assert e["t"] == S["page_t"]
        L += ptxt(e["p"])
        L += ["___", ""]
        stamps.append(None)
        if i == 3:
            L += ["Advertisement", ""]
    L += [S["follow"], "", "Copyright 2022 The Associated Press. All rights reserved.", "",
          "Reader Comments", "Comments are moderated and may take a while to appear. Be civil.", "0 comments", "",
          "Most Read", "Animas River flows dip as monsoon stalls", "La Plata County Fair lineup released",
          "Durango council weighs short-term rental cap", "", "Ballantine Communications  \u00b7  1275 Main Ave.  \u00b7  Durango, CO 81301",
          "Privacy Policy  |  Terms of Use  |  Contact Us"]
    return "\n".join(L) + "\n", stamps


def r_wwub(S):
    """Walla Walla Union-Bulletin (Washington), BLOX CMS tag listing in HTML, newest first. Cards: h3 headline,
    byline 'By NAME Associated Press', a <time datetime> whose visible text is relative ('54 min ago', '3 hrs ago'),
    summary paragraph. The listing was cached at S['now'] (HTML comment in the head)."""
    z = S["zone"]; now = dt(S["now"], z)
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">',
           f'<title>{esc(S["title"])} | union-bulletin.com</title>',
           f'<!-- tncms cache: {now.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")} -->',
           '<meta name="viewport" content="width=device-width, initial-scale=1"></head>',
           '<body class="fixed-nav-padding tag-page">',
           '<div id="site-top-nav"><a href="/users/signup/">Sign Up</a> <a href="/users/login/">Log In</a> '
           '<a class="btn-subscribe" href="/subscribe/">Subscribe for $1</a></div>',
           '<header id="site-header"><a class="navbar-brand" href="/"><img alt="Walla Walla Union-Bulletin" src="/logo.svg"></a>'
           '<div class="weather-current">92\u00b0 Sunny</div></header>',
           '<nav id="main-navigation"><ul><li><a href="/news/">News</a></li><li><a href="/news/local/">Local</a></li>'
           '<li><a href="/news/national/">Nation &amp; World</a></li><li><a href="/sports/">Sports</a></li>'
           '<li><a href="/opinion/">Opinion</a></li><li><a href="/obituaries/">Obituaries</a></li><li><a href="/e-edition/">e-Edition</a></li></ul></nav>',
           '<main id="main-page-container"><div class="tag-header"><h1>' + esc(S["title"]) + '</h1>',
           '<p class="tag-sort">Sort by: <a>Relevance</a> <a class="active">Newest first</a> <a>Oldest first</a></p></div>',
           '<div class="row tnt-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((now - d).total_seconds() // 60)
        assert mins >= 0
        st = f"{mins} min ago" if mins < 60 else (f"{mins // 60} hrs ago" if mins >= 120 else "1 hr ago")
        stamps.append(st)
        url = f"/news/national/{slugify(e['h'])}/article_{i + 5120:x}a0c-0c1e-11ed.html"
        out += [f'<article class="tnt-asset-type-article card-panel clearfix" id="lrsa-{i}"><div class="card-container"><div class="card-body">',
                f'<div class="card-labels"><div class="card-label-section"><a href="/news/national/">National</a></div></div>',
                f'<div class="card-headline"><h3 class="tnt-headline"><a href="{url}">{esc(e["h"])}</a></h3></div>',
                f'<ul class="list-inline"><li class="card-byline">By <a href="/users/profile/ap">{esc(e["a"])}</a> Associated Press</li>',
                f'<li class="card-date"><time datetime="{d.isoformat()}" class="tnt-date asset-date text-muted">{st}</time></li></ul>',
                '<div class="card-lead"><p class="tnt-summary">' + " ".join(esc(p) for p in e["p"]) + '</p></div>',
                '</div></div></article>']
        if i == 2:
            out.append('<div class="tnt-ads-container"><p class="ad-label">Advertisement</p></div>')
    out += ['</div><ul class="pagination"><li class="active"><a>1</a></li><li><a href="?o=20">2</a></li><li><a href="?o=20">Next</a></li></ul>',
            '<aside class="newsletter-signup"><h4>Breaking News</h4><p>Get the latest headlines sent to your inbox.</p><input type="email"> <button>Sign up!</button></aside>',
            '<aside class="most-popular"><h4>Most Popular</h4><ol><li><a>Walla Walla heat advisory extended through Friday</a></li>'
            '<li><a>Wine country sees record weekend crowds</a></li></ol></aside></main>',
            '<footer id="site-footer"><p>Walla Walla Union-Bulletin, 112 S. First Ave., Walla Walla, WA 99362</p>'
            '<p>\u00a9 Copyright 2022 Walla Walla Union-Bulletin | <a>Terms of Use</a> | <a>Privacy Policy</a></p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_dil(S):
    """Daily Inter Lake (Montana), RSS 2.0 'Nation & World' feed, newest first; pubDate with the outlet's
    Mountain offset -0600; dc:creator 'by NAME Associated Press'; description = entity-escaped HTML paragraphs."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://dailyinterlake.com/news/nation-world/</link>',
           '<atom:link href="https://dailyinterlake.com/rss/nation-world/" rel="self" type="application/rss+xml"/>',
           '<description>National and world news from the Daily Inter Lake, Kalispell, Montana</description>',
           f'<lastBuildDate>{rfc822(dt(S["build"], z))}</lastBuildDate>', '<language>en-us</language>',
           '<image><url>https://dailyinterlake.com/img/logo.png</url><title>Daily Inter Lake</title><link>https://dailyinterlake.com</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        body = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>https://dailyinterlake.com/news/{d:%Y/%b/%d}/{slugify(e["h"])}/</link>',
                f'<guid isPermaLink="false">dil-{i + 70211}</guid>', f'<pubDate>{st}</pubDate>',
                f'<dc:creator>by {esc(e["a"])} Associated Press</dc:creator>' if e["a"] else '<dc:creator>The Associated Press</dc:creator>',
                f'<category>{e.get("cat", "Nation/World")}</category>', f'<description>{esc(body)}</description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_woodstock(S):
    """Woodstock Sentinel-Review (Ontario), Postmedia article page in HTML: agency byline ('Author of the article:'),
    visible 'Publishing date: Sep 04, 2022' without a time (the time is only in the NewsArticle JSON-LD and meta),
    h2 section heads, 'Article content' and advertisement labels between paragraphs, newsletter and comments boilerplate."""
    z = S["zone"]; d0 = dt(S["page_t"], z); dm = dt(S["mod_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": S["url"], "headline": S["title"],
          "description": S["lede"], "datePublished": d0.isoformat(), "dateModified": dm.isoformat(),
          "author": [{"@type": "Organization", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "Woodstock Sentinel-Review", "logo": {"@type": "ImageObject", "url": "https://www.woodstocksentinelreview.com/logo.png"}},
          "articleSection": "World"}
    vis = f"{MON3[d0.month - 1]} {d0.day:02d}, {d0.year}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Woodstock Sentinel-Review</title>',
           f'<meta property="article:published_time" content="{d0.isoformat()}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<a class="skip" href="#content">Skip to Content</a>',
           '<header class="site-header"><a href="/" class="logo">Woodstock Sentinel-Review</a><nav><a>News</a> <a>Local News</a> <a>Sports</a> '
           '<a>Opinion</a> <a>Business</a> <a>Entertainment</a> <a>Life</a> <a>Remembering</a> <a>Classifieds</a> <a>Shopping</a></nav>'
           '<a class="btn">Subscribe</a> <a class="btn">Sign In</a></header>',
           '<main id="content"><article class="article-content"><p class="article-category"><a href="/category/news/world">World</a></p>',
           f'<h1 class="article-title">{esc(S["title"])}</h1>', f'<p class="article-subtitle">{esc(S["lede"])}</p>',
           f'<div class="article-meta"><span class="author-label">Author of the article:</span> <span class="published-by__author">{esc(S["byline"])}</span></div>',
           f'<div class="article-meta"><span class="published-date__label">Publishing date:</span> <span class="published-date__since">{vis}</span>'
           f' \u2022 <span>Last updated {S["mod_rel"]}</span> \u2022 <span>{S["read"]} minute read</span> \u2022 <a href="#comments">Join the conversation</a></div>',
           '<figure><img src="/photo.jpg" alt=""><figcaption>' + esc(S["caption"]) + '</figcaption></figure>',
           '<div class="ad-label">Advertisement 1</div>',
           '<p class="ad-notice">This advertisement has not loaded yet, but your article continues below.</p>',
           '<section class="article-content__content-group">']
    stamps = []; adn = 2
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        for j, p in enumerate(e["p"]):
            out.append(f'<p>{esc(p)}</p>')
            if j == 0 and len(e["p"]) > 1:
                out.append(f'<div class="ad-label">Advertisement {adn}</div><p class="article-content__label">Article content</p>'); adn += 1
        stamps.append(None)
        if i == 1:
            out.append('<div class="newsletter-inline"><h3>Sentinel-Review Headline News</h3><p>Sign up to get the daily headlines from the Woodstock '
                       'Sentinel-Review, a division of Postmedia Network Inc.</p><input type="email" placeholder="Email Address"> <button>Sign Up</button>'
                       '<p class="fine-print">You can unsubscribe at any time with the link at the foot of each email.</p></div>')
    out += ['</section><div class="share">Share this Story: ' + esc(S["title"]) + ' <a>Facebook</a> <a>Twitter</a> <a>LinkedIn</a> <a>Email</a> <a>Copy Link</a></div>',
            '<section id="comments"><h3>Comments</h3><p>Postmedia wants conversations on its sites to stay lively and civil; comments may be held for moderation. '
            'Email notifications now tell you when someone replies to your comment.</p><p>Join the Conversation</p></section>',
            '<section class="trending"><h3>Trending</h3><ol><li><a>Oxford County council approves rural broadband plan</a></li>'
            '<li><a>Woodstock Fair returns with record entries</a></li><li><a>Ingersoll man charged after crash on Highway 401</a></li></ol></section>',
            '</article></main><footer><p>365 Bloor Street East, Toronto, Ontario, M4W 3L4</p><p>\u00a9 2022 Woodstock Sentinel-Review, a division of '
            'Postmedia Network Inc. All rights reserved.</p><p><a>Terms of Use</a> <a>Privacy</a> <a>Accessibility</a></p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_orillia(S):
    """Orillia Today (Ontario), Metroland-style 'Ukraine' topic listing scraped as text, newest first. Each card:
    kicker line ('NEWS'/'COMMUNITY'), headline, then 'Sep 17, 2022 4:15 PM by NAME  Orillia Today' (or 'by The Canadian Press'),
    summary paragraphs, comment count, 'Read more'. Eastern time implied by the outlet's home."""
    z = S["zone"]
    L = ["Skip to main content", "orilliatoday.ca", "", "Orillia Today", "Home  News  Opinion  Sports  Community  Obituaries  Real Estate  Flyers  e-Edition", "",
         "Sign in  |  Subscribe", "", "We use cookies to give you the best experience. By continuing you accept our use of cookies. Learn more  OK", "",
         S["title"], S["intro"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MON3[d.month - 1]} {d.day}, {d.year} {t12(d, lower=False, space=' ')}"; stamps.append(st)
        by = f"by {e['a']}  Orillia Today" if e.get("local") else f"by {e['a']}"
        L += [e.get("kicker", "NEWS"), e["h"], f"{st} {by}", ""] + ptxt(e["p"]) + [f"{e.get('comments', 0)} Comments", "Read more", ""]
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["Load more stories", "", "Newsletter: Get the Orillia Today daily headlines in your inbox.  Sign up", "",
          "Orillia Today \u00b7 a Metroland Media Group community site \u00b7 Contact us \u00b7 Advertise \u00b7 Privacy \u00b7 Terms"]
    return "\n".join(L) + "\n", stamps


def r_gfh(S):
    """Grand Forks Herald (North Dakota), HTML running story / timeline, OLDEST first; each update: h2 headline, then a
    byline ('By Reuters', 'By Herald staff report') and the stamp 'August 21, 2022 8:12 AM' AFTER the headline, then body.
    Page NewsArticle JSON-LD (page-level only). Central time implied by the outlet's home."""
    z = S["zone"]; d0 = dt(S["entries"][0]["t"], z); d1 = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(),
          "dateModified": d1.isoformat(), "author": {"@type": "Organization", "name": "Grand Forks Herald"},
          "publisher": {"@type": "Organization", "name": "Grand Forks Herald"}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Grand Forks Herald</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><div class="brand"><a href="/">Grand Forks Herald</a></div><nav><a>News</a> <a>Sports</a> <a>Opinion</a> <a>Business</a> '
           '<a>Obituaries</a> <a>Lifestyle</a> <a>Classifieds</a></nav><a class="subscribe">Subscribe</a> <a>Log In</a></header>',
           '<main><p class="section-label">World</p>', f'<h1>{esc(S["title"])}</h1>', f'<p class="dek">{esc(S["lede"])}</p>',
           '<div class="share-bar"><a>Share on Facebook</a> <a>Share on Twitter</a> <a>Email</a> <a>Print</a></div>',
           f'<p class="note"><em>{esc(S["note"])}</em></p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} {t12(d, lower=False, space=' ')}"; stamps.append(st)
        out += [f'<section class="update" id="u{i + 1}"><h2>{esc(e["h"])}</h2>',
                f'<div class="byline"><span class="author">By {esc(e["a"])}</span></div><div class="timestamp">{st}</div>']
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</section>")
        if i == 2:
            out.append('<aside class="promo"><p>Want the day\'s top stories in your inbox? Sign up for the Herald\'s morning newsletter.</p></aside>')
    out += ['<aside class="related"><h3>Related Topics</h3><a>WAR IN UKRAINE</a> <a>RUSSIA</a> <a>WORLD NEWS</a></aside>',
            '<aside class="more"><h3>What To Read Next</h3><a>UND hockey releases 2022-23 schedule</a> <a>Grand Forks school board weighs bus contract</a></aside>',
            '</main><footer>\u00a9 2022 Forum Communications Company \u00b7 375 2nd Ave. N., Grand Forks, ND 58203 \u00b7 Terms of Use \u00b7 Privacy Policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_katherine(S):
    """Katherine Times (Northern Territory), ACM site-wide RSS 2.0, newest first; pubDate with the Darwin offset +0930
    (no daylight saving); dc:creator; description = standfirst only. Local items are off-beat."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.katherinetimes.com.au/</link>',
           '<description>Latest news from the Katherine Times</description>', '<language>en-au</language>',
           f'<lastBuildDate>{rfc822(dt(S["build"], z))}</lastBuildDate>', '<copyright>Copyright 2022 Australian Community Media</copyright>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>https://www.katherinetimes.com.au/story/{7981200 + i * 37}/{slugify(e["h"])}/</link>',
                f'<guid isPermaLink="false">{7981200 + i * 37}</guid>', f'<pubDate>{st}</pubDate>',
                f'<dc:creator>{esc(e["a"])}</dc:creator>', f'<category>{e.get("cat", "World")}</category>',
                f'<description>{esc(" ".join(e["p"]))}</description>',
                f'<media:content url="https://www.katherinetimes.com.au/images/{i + 11}.jpg" medium="image"/>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_hbt(S):
    """Hawke's Bay Today (NZME, nzherald.co.nz platform), HTML topic listing 'Russia-Ukraine war', newest first.
    Cards: kicker, h3 headline, standfirst, 'By NAME' + agency credit, stamp '13 Nov, 2022 06:15 PM' (NZ time implied),
    'N mins to read'. WebPage/BreadcrumbList JSON-LD without entries."""
    z = S["zone"]
    ld = {"@context": "https://schema.org", "@type": "WebPage", "name": S["title"], "url": S["url"],
          "breadcrumb": {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Hawke's Bay Today", "item": "https://www.nzherald.co.nz/hawkes-bay-today/"},
                                                                      {"@type": "ListItem", "position": 2, "name": "World", "item": "https://www.nzherald.co.nz/world/"}]}}
    out = ['<!DOCTYPE html>', '<html lang="en-NZ"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - NZ Herald</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="header"><a class="logo" href="/hawkes-bay-today/">Hawke\'s Bay Today</a><nav><a>Latest news</a> <a>Hastings</a> <a>Napier</a> '
           '<a>Central Hawke\'s Bay</a> <a>Sport</a> <a>Business</a> <a>World</a> <a>Premium</a></nav><a class="btn">Subscribe</a> <a>Login</a></header>',
           f'<main><h1 class="section-title">{esc(S["title"])}</h1>', '<p class="topic-follow">Follow this topic</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MON3[d.month - 1]}, {d.year} {t12(d, lower=False, pad=True, space=' ')}"; stamps.append(st)
        by = (f'<span class="author">By {esc(e["a"])}</span> <span class="source">{esc(e["agency"])}</span>' if e["a"] != e["agency"]
              else f'<span class="source">{esc(e["agency"])}</span>')
        out += [f'<article class="story-card"><p class="story-card__kicker">{esc(e.get("kicker", "World"))}</p>',
                f'<h3 class="story-card__heading"><a href="/world/{slugify(e["h"])}/">{esc(e["h"])}</a></h3>',
                '<div class="story-card__standfirst">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "</div>",
                f'<div class="story-card__meta">{by} <time class="story-card__date">{st}</time> <span class="read-time">{e.get("mins", 3)} mins to read</span></div></article>']
        if i == 3:
            out.append('<div class="ad">Advertise with NZME.</div>')
    out += ['<p class="load-more"><a>Load more</a></p></main>',
            '<footer><p>Hawke\'s Bay Today \u00b7 NZME Publishing Limited</p><p><a>Privacy Policy</a> <a>Terms of use</a> <a>Contact us</a> <a>Manage Cookies</a></p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def acm_stamp(d_first, d_upd):
    def full(d):
        return f"{MONTHS[d.month - 1]} {d.day} {d.year} - {t12(d)}"
    if d_upd is None:
        return full(d_first)
    if d_upd.date() == d_first.date():
        return f"Updated {full(d_upd)}, first published {t12(d_first)}"
    return f"Updated {full(d_upd)}, first published {full(d_first)}"


def r_transcon(S):
    """The Transcontinental (Port Augusta, SA), ACM 'World' listing scraped as text, newest first. Cards: headline,
    standfirst + a paragraph, byline, ACM stamp 'Updated October 16 2022 - 4:32pm, first published 4:10pm' (or with a full
    first-published date when it was the day before; or a single 'October 16 2022 - 2:05pm'). Adelaide time implied."""
    z = S["zone"]
    L = ["Skip to content", "The Transcontinental", "Port Augusta, Quorn, Hawker and the Flinders", "",
         "News  Sport  Community  Comment  Rural  National  World  Classifieds  Obituaries  Puzzles", "",
         "Subscribe  |  Log in", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); du = dt(e["u"], z) if e.get("u") else None
        st = acm_stamp(d, du); stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [e["a"], st, ""]
        if i == 2:
            L += ["Advertisement", ""]
        if i == 4:
            L += ["Get the latest Port Augusta news in your inbox", "Sign up for our newsletter to stay up to date.", "Sign up now", ""]
    L += ["More stories", "", "\u00a9 ACM  \u00b7  Help centre  \u00b7  Terms  \u00b7  Privacy  \u00b7  Advertising",
          "We acknowledge the Barngarla and Nukunu peoples, the Traditional Custodians of the lands where we work."]
    return "\n".join(L) + "\n", stamps


def r_borderwatch(S):
    """The Border Watch (Mount Gambier, SA), live coverage scraped as text, NEWEST first; a Key Points box under the title;
    day headers WITHOUT year ('Sunday, December 18'); each post: '9.55am' line BEFORE the headline, body, then
    'Reporting by NAME' (AAP copy printed as 'AAP'). No year anywhere on the page. Adelaide daylight time implied."""
    z = S["zone"]
    L = ["The Border Watch", "Mount Gambier  |  Limestone Coast", "", "Home  News  Sport  Rural  Community  Opinion  Obituaries  Classifieds", "",
         S["title"], S["updated"], "", "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); day = f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"
        if day != cur:
            cur = day; L += [day, ""]
        st = t12(d, sep="."); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Reporting by {e['a']}", ""]
        L += ["Share", ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Load earlier posts", "", "The Border Watch  \u00b7  Contact  \u00b7  Advertise  \u00b7  Privacy  \u00b7  Terms"]
    text = "\n".join(L) + "\n"
    assert "2022" not in text
    return text, stamps


# ============================================================ Part B renderers (invented outlets)

def r_hallowmere(S):
    """Text live blog, NEWEST first, 'All times BST'; each post: headline, body, then a signature line
    '\u2014 NAME, 14:05' (24 h time AFTER the body). Teasers have no body."""
    z = S["zone"]
    L = ["HALLOWMERE COURIER", "News | World | Business | Sport | Culture | Weather", "", S["title"], S["dateline"], "All times BST", "",
         S["lede"], "", "Live", ""]
    stamps = [None] * len(S["entries"])
    for i in range(len(S["entries"])):
        e = S["entries"][i]; d = dt(e["t"], z); stamps[i] = f"{d:%H:%M}"
        L += [e["h"], ""] + ptxt(e["p"]) + [f"\u2014 {e['a']}, {stamps[i]}", ""]
        if i == 4:
            L += ["Advertisement", ""]
    L += ["Earlier posts are archived in yesterday's live page.", "", "Hallowmere Courier \u00b7 About \u00b7 Complaints \u00b7 Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_greyholt(S):
    """HTML live blog, OLDEST first; LiveBlogPosting JSON-LD with one BlogPosting per update (datePublished +03:00, author);
    visible <time datetime> 'HH:MM' above each h2; Key Points box at the top listing headlines."""
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "coverageStartTime": dt(S["start"], z).isoformat(), "datePublished": dt(S["start"], z).isoformat(), "dateModified": last.isoformat(),
          "publisher": {"@type": "Organization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="brand" href="/">{S["source"]}</a><nav><a>Ukraine</a> <a>Europe</a> <a>World</a> <a>Opinion</a> <a>Support us</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="live-meta">Live \u00b7 {esc(S["dateline"])} \u00b7 Kyiv time (UTC+3)</p>',
           '<section class="key-points"><h2>Key Points</h2><ul>']
    out += [f"<li>{esc(e['h'])}</li>" for e in S["entries"] if e["kp"]]
    out.append('</ul></section><div class="feed">')
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="live-post" id="post-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="post-author">{esc(e["a"])}</p>')
        out.append('<div class="post-share"><a>Copy link</a> <a>Share</a></div></article>')
        if i == 3:
            out.append('<aside class="donate-box"><p>Independent journalism from Ukraine needs your support.</p><a>Become a supporter</a></aside>')
    out += ['</div></main>', f'<footer>{S["source"]} \u00b7 Editorial standards \u00b7 Privacy \u00b7 Contact</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss_world(S):
    """General world-news RSS 2.0 feed, newest first; pubDate in the outlet's style (S['rfc'] 'GMT' or numeric offset);
    CDATA descriptions with HTML paragraphs; no authors."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0"><channel>', f'<title>{esc(S["title"])}</title>',
           f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>', '<ttl>15</ttl>']
    stamps = [None] * len(S["entries"])
    for i in range(len(S["entries"])):
        e = S["entries"][i]; d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if S["rfc"] == "GMT" else d.strftime("%z")); stamps[i] = st
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/news/{slugify(e["h"])}</link>',
                f'<guid isPermaLink="true">{S["url"]}/news/{slugify(e["h"])}</guid>', f'<pubDate>{st}</pubDate>',
                f'<category>{e.get("cat", "World")}</category>',
                '<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out.append('</channel></rss>')
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published> with the outlet's offset (or Z); <updated> later; per-entry author when known;
    content type='html' (escaped markup)."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<link href="{S["url"]}" />', f'<link rel="self" href="{S["url"]}/feed.atom" />', f'<id>{S["url"]}/</id>',
           f'<updated>{iso(dt(S["build"], z), S)}</updated>', f'<subtitle>{esc(S["lede"])}</subtitle>']
    stamps = [None] * len(S["entries"])
    for i in range(len(S["entries"])):
        e = S["entries"][i]; d = dt(e["t"], z); st = iso(d, S); stamps[i] = st
        up = iso(d + timedelta(minutes=e.get("upd", 12)), S)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link href="{S["url"]}/{slugify(e["h"])}" />',
                f'<id>tag:{S["url"][8:]},2022:{slugify(e["h"])}</id>', f'<published>{st}</published>', f'<updated>{up}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        if e["p"]:
            out.append(f'<summary>{esc(first_sentence(e["p"][0]))}</summary>')
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def iso(d, S):
    s = d.isoformat(timespec="seconds")
    return s.replace("+00:00", "Z") if S.get("zulu") else s


def r_textarticle(S):
    """Text article: outlet, breadcrumb, title, standfirst, byline, dateline in the outlet's style, section headings;
    one entry per section; no per-section time."""
    L = [S["source"], S["crumbs"], "", S["title"], "", S["lede"], "", S["byline_line"], S["dateline"], "", S["share"], ""]
    stamps = []
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
        stamps.append(None)
    L += [S["more"], "", S["footer"]]
    return "\n".join(L) + "\n", stamps


def r_gorsemoor(S):
    """HTML live blog, OLDEST first, no JSON-LD; visible stamp '3.15pm' inside <time datetime> (+01:00); h3 headline;
    'Posted by NAME' under the body; date only in the page's subtitle."""
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {S["source"]}</title></head><body>',
           f'<div class="masthead">{S["source"]}</div><nav><a>Home</a> <a>News</a> <a>World</a> <a>Sport</a> <a>What\'s on</a></nav>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="subtitle">{esc(S["dateline"])}</p>',
           '<p class="cookie">We use cookies to improve this site. <button>Accept</button> <button>Manage</button></p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = t12(d, sep="."); stamps.append(st)
        out.append(f'<div class="entry"><p class="when"><time datetime="{d.isoformat()}">{st}</time></p><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="posted">Posted by {esc(e["a"])}</p>')
        out.append('</div>')
        if i == 2:
            out.append('<div class="newsletter">Sign up to the Evening Briefing newsletter <input> <button>Go</button></div>')
    out += ['</main><footer>\u00a9 ' + S["source"] + ' \u00b7 Terms \u00b7 Privacy \u00b7 Contact us</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_quillcombe(S):
    """Text live blog, NEWEST first; each post: headline, then '13:50 CEST | NAME' (stamp after the headline), body."""
    z = S["zone"]
    L = ["Quillcombe Daily", "World  \u00b7  Europe  \u00b7  Poland  \u00b7  Economy  \u00b7  Opinion", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = [None] * len(S["entries"])
    for i in range(len(S["entries"])):
        e = S["entries"][i]; d = dt(e["t"], z); stamps[i] = f"{d:%H:%M} CEST"
        L += [e["h"], f"{stamps[i]} | {e['a']}" if e["a"] else stamps[i], ""] + ptxt(e["p"])
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Show older posts", "", "Quillcombe Daily \u00b7 Imprint \u00b7 Privacy \u00b7 Cookies"]
    return "\n".join(L) + "\n", stamps


def r_skelbrook(S):
    """Text live blog, OLDEST first; date line WITHOUT year; 'All times Kyiv (EET)'; bare '09:40' line before each
    headline; 'Reporter: NAME' line after the body."""
    z = S["zone"]
    L = ["Skelbrook Radio", "Listen live  |  News  |  Podcasts  |  Schedule", "", S["title"], S["dateline"], "All times Kyiv (EET)", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Reporter: {e['a']}", ""]
        if i == 3:
            L += ["Skelbrook Radio is listener-funded. Donate today.", ""]
    L += ["That's all from us today.", "", "Skelbrook Radio \u00b7 About \u00b7 Privacy \u00b7 Contact"]
    text = "\n".join(L) + "\n"
    assert "2022" not in text
    return text, stamps


def r_crickhollow(S):
    """HTML live blog, NEWEST first; JSON-LD @graph with a WebPage node and a LiveBlogPosting node whose @type is an array and
    whose liveBlogUpdate is an array of BlogPosting (datePublished in Z); visible '11:20 GMT' in <span class="ts">; h2 headline;
    byline in <p class="by"> after the body."""
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#u{i + 1}", "headline": e["h"], "datePublished": d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        if e["a"]:
            u["author"] = [{"@type": "Person", "name": e["a"]}]
        ups.append(u)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": S["url"], "name": S["title"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"] + "#live", "headline": S["title"], "isPartOf": {"@id": S["url"]},
         "coverageStartTime": dt(S["start"], z).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
         "liveBlogUpdate": list(reversed(ups))}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><strong>{S["source"]}</strong> <nav><a>UK</a> <a>World</a> <a>Politics</a> <a>Climate</a> <a>Sport</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = [None] * len(S["entries"])
    for i in range(len(S["entries"])):
        e = S["entries"][i]; d = dt(e["t"], z); stamps[i] = f"{d:%H:%M} GMT"
        out.append(f'<div class="update" id="u{i + 1}"><span class="ts">{stamps[i]}</span><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="by">{esc(e["a"])}</p>')
        out.append('</div>')
        if i == 3:
            out.append('<div class="promo">Get our Morning Digest in your inbox <a>Sign up</a></div>')
    out += ['</main>', f'<footer>{S["source"]} \u00b7 Terms and conditions \u00b7 Privacy notice \u00b7 Contact</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ============================================================ PART A: one page per real outlet (layout imitated, wording mine)
SEEDS = []

# ---- 7800 Durango Herald: AP round-up, no headlines, no per-item time, one page time (MDT implied)
DUR_T = "2022-07-09 10:42"
SEEDS.append(dict(id="7800", name="7800_durangoherald-roundup", ext="txt", source="Durango Herald", zone="America/Denver", render=r_durango,
  title="Shelling hits Donetsk cities as Russia regroups after Luhansk", byline="Associated Press", page_t=DUR_T,
  lede="Here is the latest on Russia's war in Ukraine:", follow="See more of AP's Ukraine coverage at https://apnews.com/hub/russia-ukraine",
  notes="Text scrape of a Durango Herald 'Nation & World' page that republishes an AP round-up. Items have no headlines and no times: each "
        "opens with an AP dateline in capitals ('KRAMATORSK, Ukraine \u2014') and items are separated by '___'. One page byline "
        "('By Associated Press') and one page time 'Saturday, July 9, 2022 10:42 AM' with no zone: Mountain time (MDT, UTC-6) is implied "
        "by the paper's home, so every entry is 2022-07-09 16:42 UTC. The first_sentence includes the dateline because that is how the "
        "body line starts. 'Advertisement', the AP follow link, copyright, comments and Most Read are chrome.",
  not_entries=["site header, login links, weather and menu", "newsletter sign-up line", "'Nation & World' section label", "page title",
               "byline 'By Associated Press' and the page time", "share buttons", "lede 'Here is the latest on Russia's war in Ukraine:'",
               "'___' separators", "'Advertisement'", "AP coverage link", "AP copyright line", "Reader Comments block", "Most Read list (local stories)", "footer"],
  entries=[
  E(DUR_T, None, ["KRAMATORSK, Ukraine \u2014 Russian shelling overnight killed at least two civilians in Kramatorsk and nearby Sloviansk, the Donetsk regional governor said Saturday.",
                  "Pavlo Kyrylenko wrote on Telegram that a school and several private houses were hit in Sloviansk and that rescuers were still checking damaged buildings in Kramatorsk.",
                  "Both cities lie in the part of Donetsk province that Ukraine still holds and are widely expected to be Moscow's next targets after the fall of Lysychansk."],
    "strikes", "strikes", 3, "donetsk-shelling-kramatorsk-sloviansk-2022-07-09", a="Associated Press", n="Deadly shelling, lead item of the round-up."),
  E(DUR_T, None, ["KYIV, Ukraine \u2014 President Volodymyr Zelenskyy has dismissed Ukraine's ambassador to Germany along with the envoys to four other countries, according to decrees posted on the presidential website on Saturday.",
                  "The decrees gave no reason. The envoy in Berlin had often criticized the German government for the slow pace of its weapons deliveries.",
                  "It was not immediately clear whether the diplomats would be given new posts."],
    "other", "politics", 2, "zelenskyy-dismisses-ambassadors", a="Associated Press", sec=["diplomacy"],
    n="Appointment decision about the diplomatic corps: other/politics, diplomacy secondary."),
  E(DUR_T, None, ["KHARKIV, Ukraine \u2014 Rockets struck a residential neighborhood of Kharkiv before dawn, wounding three people and setting a warehouse on fire, regional officials said.",
                  "The northeastern city, Ukraine's second largest, has been shelled almost daily since Russian troops were pushed back from its outskirts in May."],
    "strikes", "strikes", 2, "kharkiv-rocket-attack-2022-07-09", a="Associated Press"),
  E(DUR_T, None, ["OTTAWA, Ontario \u2014 Canada said it will return a repaired turbine that Germany needs to keep Russian gas flowing through the Nord Stream 1 pipeline, granting an exemption from its own sanctions.",
                  "Canada's natural resources minister said the decision was meant to help Europe through the winter and did not signal any softening toward Moscow.",
                  "Kyiv's foreign ministry voiced deep disappointment, warning that the exemption would only encourage the Kremlin to use energy as a weapon."],
    "diplomacy", "diplomacy", 3, "canada-nord-stream-turbine-exemption", a="Associated Press", n="Sanctions exemption by a government, ministerial: diplomacy, 3."),
  E(DUR_T, None, ["MOSCOW \u2014 Russia's Defense Ministry claimed its forces destroyed two U.S.-made HIMARS launchers and an ammunition depot in the Donetsk region.",
                  "Ukrainian officials did not comment on the claim, and it could not be independently verified."],
    "strikes", "strikes", 2, "russia-claims-himars-destroyed-2022-07-09", a="Associated Press", n="Claim about a strike -> strikes."),
  E(DUR_T, None, ["GENEVA \u2014 The U.N. human rights office said it has now confirmed the deaths of more than 5,000 civilians in Ukraine since the invasion began, while stressing that the true figure is likely considerably higher.",
                  "Most of the deaths were caused by explosive weapons with a wide impact area, such as heavy artillery and multiple-launch rocket systems, the office said."],
    "other", "humanitarian", 2, "un-civilian-toll-update-2022-07-09", a="Associated Press"),
  E(DUR_T, None, ["LONDON \u2014 British military intelligence said Russian units that fought for Lysychansk are probably being given time to rest and rebuild before a push deeper into Donetsk province.",
                  "The assessment said Moscow was still moving reserves toward the front from across Russia."],
    "other", "frontline", 2, "uk-intel-russia-regroups-donbas", a="Associated Press"),
  ]))

# ---- 7801 Walla Walla Union-Bulletin: BLOX tag listing, relative visible times, <time datetime>, crosses local midnight
SEEDS.append(dict(id="7801", name="7801_unionbulletin-tag", ext="html", source="Walla Walla Union-Bulletin", zone="America/Los_Angeles", render=r_wwub,
  title="ukraine", now="2022-07-26 16:50",
  notes="BLOX CMS tag page ('ukraine') of the Walla Walla Union-Bulletin, newest first. Each card: headline, 'By NAME Associated Press', a <time> "
        "whose visible text is relative ('54 min ago', '20 hrs ago') and whose datetime attribute carries the full PDT time (-07:00), then a "
        "one-paragraph summary. The page was cached at 16:50 PDT (HTML comment in the head, GMT). The two oldest cards were posted on the "
        "evening of Monday 25 July PDT, which is already 26 July in UTC: the whole page is one UTC day. Author = the name as printed in "
        "capitals (agency credit 'Associated Press' is separate).",
  not_entries=["top bar (Sign Up, Log In, Subscribe for $1)", "logo and weather", "main navigation", "tag header 'ukraine' and sort links",
               "'National' section labels on cards", "'Advertisement' label", "pagination", "Breaking News newsletter box", "Most Popular list", "footer"],
  entries=[
  E("2022-07-26 15:56", "Ukraine hits key bridge into occupied Kherson again",
    ["Ukrainian forces again struck the Antonivskyi Bridge over the Dnieper River with rockets, an official in the Russian-installed administration of the Kherson region said Tuesday, and traffic across it was halted."],
    "strikes", "strikes", 2, "antonivskyi-bridge-strike-2022-07-26", a="MARKO DRABYK"),
  E("2022-07-26 12:41", "Russia cuts gas through key pipeline to Germany again",
    ["Gazprom said it would halve the flow through Nord Stream 1 from Wednesday, citing turbine repairs, leaving the pipeline at about a fifth of its capacity, while German officials said there was no technical reason for the cut."],
    "diplomacy", "diplomacy", 2, "nord-stream-flow-cut-2022-07-26", a="LENA WUSTROFF", n="Gas supply as a lever in the sanctions standoff: diplomacy."),
  E("2022-07-26 09:07", "Lavrov tells African hosts the West is to blame for food crisis",
    ["Russia's foreign minister, touring Africa, told officials in Uganda that Western sanctions rather than the war were driving up grain and fertilizer prices, and promised Moscow would honor last week's grain export deal."],
    "diplomacy", "diplomacy", 3, "lavrov-africa-tour-2022-07-26", a="DAVID KERRIGAN", n="Ministerial diplomatic tour: 3."),
  E("2022-07-26 06:32", "Shelling kills 2 in Mykolaiv region, governor says",
    ["Russian artillery struck a village in Ukraine's southern Mykolaiv region overnight, killing two people and wounding four, regional Governor Vitaliy Kim said on Telegram."],
    "strikes", "strikes", 3, "mykolaiv-region-shelling-2022-07-26", a="MARKO DRABYK"),
  E("2022-07-26 01:18", "Russian troops press toward Bakhmut, Ukraine's military says",
    ["Ukraine's General Staff said Russian forces were attacking toward the city of Bakhmut from three directions and had taken a power plant on its eastern approaches."],
    "other", "frontline", 2, "bakhmut-advance-2022-07-26", a="SUSANNA PELTO"),
  E("2022-07-25 20:44", "First grain ships could leave Ukraine within days, officials say",
    ["Ukrainian officials said the first vessels loaded with grain could sail from ports near Odesa this week, as Turkey prepared to open a joint center in Istanbul to oversee the shipments."],
    "diplomacy", "diplomacy", 2, "black-sea-grain-deal-first-ships", a="SUSANNA PELTO", n="Implementation of the UN/Turkey grain deal: diplomacy."),
  E("2022-07-25 18:12", "Germany and Slovenia agree tank swap to free armor for Ukraine",
    ["Slovenia will hand dozens of Soviet-era tanks to Ukraine and receive German military trucks and tankers in return, officials in Berlin said Monday."],
    "aid", "aid", 2, "germany-slovenia-tank-swap", a="DAVID KERRIGAN"),
  ]))

# ---- 7802 Daily Inter Lake: RSS, -0600, crosses local midnight, two off-beat items
SEEDS.append(dict(id="7802", name="7802_dailyinterlake-feed", ext="xml", source="Daily Inter Lake", zone="America/Denver", render=r_dil,
  title="Daily Inter Lake | Nation & World", build="2022-08-02 11:30",
  notes="RSS 2.0 'Nation & World' feed of the Daily Inter Lake (Kalispell), newest first. pubDate carries the Mountain offset -0600; the two "
        "oldest items are dated Mon, 01 Aug locally but fall on 2 Aug in UTC. dc:creator reads 'by NAME Associated Press'; author = the name. "
        "Descriptions are entity-escaped HTML paragraphs. Two items (Kansas vote, Pelosi in Taiwan) are not about the war.",
  not_entries=["channel title, links, description, lastBuildDate, language, image", "guid and link of each item", "category labels"],
  entries=[
  OFF("2022-08-02 11:05", "Voters in Kansas weigh abortion amendment",
      ["Kansans were voting Tuesday on whether to remove abortion protections from the state constitution, the first statewide ballot on the issue since the Supreme Court ended the national right to an abortion in June.",
       "Turnout was reported to be unusually heavy for an August primary."],
      "kansas-abortion-vote", a="ROXANA DELGADO", n="US domestic politics.", cat="Politics"),
  E("2022-08-02 09:40", "First grain ship from Ukraine nears Istanbul for inspection",
    ["The Sierra Leone-flagged Razoni, carrying about 26,000 tons of Ukrainian corn, was expected to anchor off Istanbul on Tuesday evening ahead of inspections under the deal brokered by Turkey and the United Nations.",
     "Its departure from Odesa on Monday was the first since Russia's invasion shut Ukraine's ports in February.",
     "Officials in Kyiv said more than a dozen other ships loaded with grain were waiting for clearance to follow."],
    "diplomacy", "diplomacy", 3, "razoni-first-grain-ship", a="ELIF KARABAY", n="First sailing under the grain deal: main development of the feed."),
  OFF("2022-08-02 08:55", "Pelosi arrives in Taiwan, defying warnings from Beijing",
      ["House Speaker Nancy Pelosi landed in Taipei late Tuesday local time, becoming the highest-ranking American official to visit the island in 25 years.",
       "China's foreign ministry said the trip gravely violated its sovereignty and announced military drills around Taiwan."],
      "pelosi-taiwan-visit", a="HUANG WEI-LIN", n="US-China relations, not the war."),
  E("2022-08-02 07:20", "Russian strikes hit Mykolaiv and Kharkiv overnight",
    ["Russian forces pounded the southern port of Mykolaiv and the northeastern city of Kharkiv overnight, killing at least three people, Ukrainian officials said Tuesday.",
     "In Mykolaiv a missile hit a dormitory, while in Kharkiv shells landed near a bus stop, the regional governors reported."],
    "strikes", "strikes", 3, "mykolaiv-kharkiv-strikes-2022-08-02", a="ADAM KORSHUN"),
  E("2022-08-01 21:30", "Pentagon to send $550 million more in arms to Ukraine",
    ["The Biden administration will send Ukraine another $550 million in weapons, including more rounds for the HIMARS rocket launchers that Ukraine has used to hit Russian depots, two officials said Monday.",
     "The package would bring total U.S. military aid to Ukraine since the invasion to about $8.8 billion."],
    "aid", "aid", 3, "us-550m-package-2022-08-01", a="BEN TARASKA", n="Major aid package. Local date 1 Aug, UTC 2 Aug 03:30."),
  E("2022-08-01 19:45", "Blinken accuses Russia of using nuclear plant as a shield",
    ["Secretary of State Antony Blinken said Monday that Russia was using Europe's largest nuclear power plant as a military base from which to fire at Ukrainian forces.",
     "Speaking at the United Nations during a conference reviewing the nuclear nonproliferation treaty, Blinken called the conduct dangerously reckless."],
    "diplomacy", "diplomacy", 3, "blinken-npt-znpp-shield", a="MIRIAM OSTROWE", sec=["strikes"], n="Ministerial statement at the UN: diplomacy, 3. Local date 1 Aug, UTC 2 Aug 01:45."),
  ]))

# ---- 7803 Woodstock Sentinel-Review: Postmedia article with sections; visible date only, time only in JSON-LD
WSR_T = "2022-09-04 16:05"
SEEDS.append(dict(id="7803", name="7803_sentinelreview-article", ext="html", source="Woodstock Sentinel-Review", zone="America/Toronto", render=r_woodstock,
  title="Ukraine war: Nuclear plant cut off from last main power line", byline="Agence France-Presse", page_t=WSR_T, mod_t="2022-09-04 17:20",
  mod_rel="1 hour ago", read=3, url="https://www.woodstocksentinelreview.com/news/world/ukraine-war-nuclear-plant-cut-off-from-last-main-power-line",
  lede="Inspectors from the UN atomic agency remain at the site as shelling continues nearby",
  caption="A Russian serviceman stands guard outside the Zaporizhzhia nuclear power plant in southeastern Ukraine. File photo.",
  notes="Postmedia article page (Woodstock Sentinel-Review) carrying an AFP round-up with five h2 sections; one entry per section, stamp null. "
        "The visible line 'Publishing date: Sep 04, 2022' has no time; the time (16:05 EDT, UTC-4) is only in the NewsArticle JSON-LD "
        "datePublished and the article:published_time meta, so published = 20:05 UTC for every section. 'Last updated 1 hour ago' refers to "
        "dateModified and is not a publication time. 'Advertisement N' and 'Article content' labels between paragraphs are chrome, not body.",
  not_entries=["Skip to Content link, header, menu, Subscribe/Sign In", "'World' category label", "h1 title", "subtitle/standfirst",
               "'Author of the article:' line", "'Publishing date:' line with 'Last updated', read time and 'Join the conversation'", "photo caption",
               "'Advertisement N' labels and the 'This advertisement has not loaded yet...' notice", "'Article content' labels",
               "newsletter box", "'Share this Story' bar", "Comments boilerplate", "Trending list", "footer"],
  entries=[
  E(WSR_T, "Power line down",
    ["Europe's largest nuclear power station was disconnected from its last remaining main external power line on Saturday after fresh shelling in the area, the International Atomic Energy Agency said.",
     "The Zaporizhzhia plant was still supplying electricity to the grid through a reserve line, the agency said, citing information from Ukrainian staff.",
     "Two of the agency's experts remained at the site after the rest of the inspection team left on Thursday."],
    "strikes", "strikes", 3, "znpp-main-power-line-cut-2022-09-03", a="Agence France-Presse", n="Shelling damage at the nuclear plant: strikes, 3."),
  E(WSR_T, "Gas standoff",
    ["The Nord Stream 1 pipeline stayed closed for a third day after Russia's Gazprom said it had found an oil leak in a turbine, a claim German officials dismissed as a pretext.",
     "The shutdown came hours after G7 finance ministers agreed to cap the price of Russian oil, a measure the Kremlin said it would answer by halting supplies to countries that apply it."],
    "diplomacy", "diplomacy", 3, "nord-stream-shutdown-price-cap", a="Agence France-Presse"),
  E(WSR_T, "Fighting in the south",
    ["President Volodymyr Zelensky said in his nightly address that Ukrainian troops had liberated two villages in the south and one in the Donetsk region, without naming them.",
     "Russian officials said their forces had repelled Ukrainian attacks in the Kherson and Mykolaiv directions."],
    "other", "frontline", 2, "ukraine-recaptures-villages-2022-09-04", a="Agence France-Presse"),
  E(WSR_T, "Kharkiv shelled",
    ["Russian missiles struck an industrial area of Kharkiv early on Sunday, damaging a warehouse and wounding one person, the regional governor said."],
    "strikes", "strikes", 2, "kharkiv-strike-2022-09-04", a="Agence France-Presse"),
  E(WSR_T, "Canadian trainers",
    ["Defence Minister Anita Anand said Canadian instructors helping to train Ukrainian recruits in Britain would stay until the end of the year.",
     "About 150 Canadian soldiers have been sent to the training mission, according to the Department of National Defence."],
    "aid", "aid", 2, "canada-trainers-uk-extended", a="Agence France-Presse"),
  ]))

# ---- 7804 Orillia Today: topic listing scraped as text, 'Sep 17, 2022 4:15 PM by NAME' after the headline, local + wire items
SEEDS.append(dict(id="7804", name="7804_orilliatoday-topic", ext="txt", source="Orillia Today", zone="America/Toronto", render=r_orillia,
  title="Ukraine", intro="Local and national coverage of the war in Ukraine and what it means for our community.",
  notes="Text scrape of Orillia Today's 'Ukraine' topic page, newest first. Each card: kicker ('NEWS'/'COMMUNITY'), headline, then one line "
        "'Sep 17, 2022 4:15 PM by NAME  Orillia Today' (local staff) or 'by The Canadian Press' / 'by The Associated Press' (wire), summary "
        "paragraphs, comment count, 'Read more'. No zone printed: Eastern time (EDT, UTC-4) implied by the paper's home. The two oldest cards "
        "(16 Sep, evening) are 17 Sep in UTC. stamp = the date-time part of the line; author = the name after 'by' (wire credits count as authors).",
  not_entries=["skip link, site name, menu, sign-in, cookie notice", "topic title 'Ukraine' and its intro line", "kicker lines (NEWS, COMMUNITY)",
               "'N Comments' and 'Read more' lines", "'ADVERTISEMENT'", "'Load more stories'", "newsletter line", "footer"],
  entries=[
  E("2022-09-17 16:15", "Ukrainian newcomers find footing in Orillia with help from local church",
    ["Three Ukrainian families who arrived in Orillia this summer have moved into homes of their own, thanks to volunteers from a downtown congregation who spent weeks hunting for rentals.",
     "The families came to Canada under the federal emergency travel program for people fleeing the war.",
     "Organizers say they are still looking for donated winter clothing and a used minivan."],
    "other", "humanitarian", 2, "orillia-ukrainian-families-settle", a="Nathan Tollerud", kicker="COMMUNITY", local=True, comments=4),
  E("2022-09-17 13:40", "Joly demands accountability after burial site found in Izium",
    ["Foreign Affairs Minister Melanie Joly says those responsible for the deaths of civilians buried in a forest near Izium must face justice.",
     "In a statement Saturday, Joly said Canada would help fund the work of Ukrainian and international investigators gathering evidence in the recaptured city."],
    "diplomacy", "diplomacy", 3, "joly-izium-accountability", a="The Canadian Press", comments=11),
  E("2022-09-17 11:05", "Investigators exhume more bodies from Izium forest site",
    ["Ukrainian investigators working in a pine forest outside Izium have exhumed dozens more bodies from hastily dug graves, regional officials said Saturday.",
     "Most of those found so far were civilians, and some showed signs of a violent death, the officials said.",
     "Izium was held by Russian troops for about six months before Ukrainian forces retook it last weekend."],
    "other", "humanitarian", 3, "izium-burial-site-exhumations", a="The Associated Press", comments=7, n="War-crimes evidence, major: 3."),
  E("2022-09-17 08:30", "Legion branch perogy supper raises $12,000 for Ukrainian relief",
    ["A sold-out perogy supper at the Orillia Legion on Friday night raised more than $12,000 for humanitarian relief in Ukraine, organizers said.",
     "The money will go to a Canadian charity that buys medical supplies and generators for hospitals near the front."],
    "other", "humanitarian", 2, "orillia-legion-fundraiser", a="Sara Duchene", local=True, comments=2,
    n="Private charity fundraiser (not government support): other/humanitarian."),
  E("2022-09-16 22:10", "Putin warns of tougher response if Ukraine keeps up attacks",
    ["Russian President Vladimir Putin says Moscow's response will be more serious if Ukraine keeps striking infrastructure inside Russia and in occupied areas.",
     "Speaking to reporters at a summit in Uzbekistan, Putin also said there was no change to the plan for what he calls the special military operation."],
    "diplomacy", "diplomacy", 3, "putin-samarkand-warning", a="The Canadian Press", comments=23, n="Head-of-state statement at a summit: diplomacy, 3."),
  E("2022-09-16 21:00", "Ottawa adds Russian officials to sanctions list over deportations",
    ["The federal government has imposed sanctions on 22 Russian officials it says took part in the forced transfer of Ukrainian civilians, including children, to Russia.",
     "Global Affairs Canada said the people named face an asset freeze and a ban on dealings with Canadians."],
    "diplomacy", "diplomacy", 2, "canada-sanctions-deportation-officials", a="The Canadian Press", comments=5),
  ]))

# ---- 7805 Grand Forks Herald: running story, oldest first, byline + stamp AFTER the headline, Central time implied
SEEDS.append(dict(id="7805", name="7805_grandforksherald-timeline", ext="html", source="Grand Forks Herald", zone="America/Chicago", render=r_gfh,
  title="Car bomb near Moscow kills daughter of Russian nationalist; Kyiv denies role",
  lede="Updates on the war in Ukraine and reaction at home, in the order they were posted.",
  note="This story will be updated through the day. Times are when each update was posted.",
  notes="Grand Forks Herald running story in HTML, OLDEST first. Each update: h2 headline, then 'By Reuters' / 'By The Associated Press' / "
        "'By Herald staff report' and the stamp 'August 21, 2022 8:12 AM' (both AFTER the headline), then the body. No zone printed: Central "
        "time (CDT, UTC-5) implied by the paper's home. NewsArticle JSON-LD is page-level only. Entries 01 and 02 are the same story (the "
        "car bomb and Kyiv's denial of a role in it).",
  not_entries=["header and menu", "'World' label", "h1 title", "dek", "share bar", "italic note on updating", "newsletter promo",
               "Related Topics", "What To Read Next (local links)", "footer"],
  entries=[
  E("2022-08-21 06:40", "Daughter of Russian nationalist ideologue killed in car explosion near Moscow",
    ["A car bomb killed the daughter of a prominent Russian ultranationalist thinker on a highway outside Moscow late Saturday, Russian investigators said.",
     "Darya Dugina, 29, was driving home from a cultural festival when the vehicle exploded and caught fire, according to the Investigative Committee.",
     "Her father, Alexander Dugin, has long promoted the idea of a greater Russian empire and is a vocal supporter of the war."],
    "other", "security", 3, "dugina-car-bomb", a="Reuters", n="Bombing inside Russia (not a remote weapon): other/security; major: 3."),
  E("2022-08-21 07:55", "Kyiv denies any link to the Moscow-area blast",
    ["A senior adviser to President Volodymyr Zelenskyy said Ukraine had nothing to do with the explosion and called it a matter for Russia's own security services.",
     "Some Russian officials had rushed to blame Kyiv before investigators announced any findings."],
    "other", "security", 2, "dugina-car-bomb", a="Reuters", n="Reaction about the same event -> same story."),
  E("2022-08-21 09:30", "Drone shot down over Sevastopol, Crimea governor says",
    ["Air defenses downed a drone over the Crimean port of Sevastopol, home of Russia's Black Sea Fleet, the Russian-installed governor said Sunday.",
     "It was the second such incident in two days; on Saturday a drone hit the roof of the fleet's headquarters without injuring anyone."],
    "strikes", "strikes", 2, "sevastopol-drone-2022-08-21", a="The Associated Press"),
  E("2022-08-21 11:15", "Shelling continues near Zaporizhzhia nuclear plant",
    ["Russia and Ukraine again accused each other of shelling the area around the Zaporizhzhia nuclear power plant, as talks on a visit by U.N. inspectors dragged on.",
     "Ukraine's state nuclear company said Russian forces were keeping plant workers under constant pressure and using the site to store military vehicles."],
    "strikes", "strikes", 3, "znpp-shelling-2022-08-21", a="Reuters", sec=["diplomacy"]),
  E("2022-08-21 13:05", "Grand Forks Ukrainians plan Independence Day gathering",
    ["Members of the Grand Forks Ukrainian community will gather Wednesday at Town Square to mark the 31st anniversary of Ukraine's independence, organizers said.",
     "The event will include a reading of the names of relatives and friends killed in the war and a collection for medical supplies."],
    "other", "humanitarian", 2, "grand-forks-ukraine-independence-gathering", a="Herald staff report",
    n="Local community reaction to the war (about the war, so not off-beat)."),
  E("2022-08-21 15:20", "Kyiv bans mass events ahead of Independence Day",
    ["Authorities in Kyiv banned public gatherings from Monday through Thursday, citing a heightened threat of Russian missile attacks around Ukraine's Independence Day on Wednesday.",
     "Zelenskyy warned in his nightly address that Moscow might try something especially cruel this week."],
    "other", "security", 2, "kyiv-bans-independence-day-events", a="The Associated Press"),
  E("2022-08-21 17:45", "Estonia to send more artillery rounds to Ukraine",
    ["Estonia will send another shipment of artillery ammunition and anti-tank weapons to Ukraine, its defense ministry said, without giving quantities.",
     "The Baltic country has given military aid worth more than a third of its annual defense budget since February."],
    "aid", "aid", 2, "estonia-artillery-rounds-2022-08-21", a="Reuters"),
  ]))

# ---- 7806 Katherine Times: ACM site-wide RSS, +0930, crosses local midnight, local items off-beat
SEEDS.append(dict(id="7806", name="7806_katherinetimes-feed", ext="xml", source="Katherine Times", zone="Australia/Darwin", render=r_katherine,
  title="Katherine Times - Latest News", build="2022-12-03 09:00",
  notes="Site-wide RSS 2.0 of the Katherine Times (ACM), newest first, pubDate with the Darwin offset +0930 (no daylight saving). The UTC day "
        "2 December runs from 09:30 on 2 Dec to 09:29 on 3 Dec in Darwin, so the three newest items are dated Sat, 03 Dec locally. Descriptions "
        "are standfirsts (one paragraph). Two local Katherine items are not about the war. dc:creator gives the author ('Australian Associated Press' "
        "for wire copy).",
  not_entries=["channel title, link, description, language, lastBuildDate, copyright", "guid, link, category and media:content of each item"],
  entries=[
  E("2022-12-03 08:45", "EU agrees $US60 cap on price of Russian oil",
    ["European Union governments have agreed to cap the price of Russian seaborne oil at $US60 a barrel, a step meant to squeeze Moscow's war chest while keeping crude flowing to world markets."],
    "diplomacy", "diplomacy", 3, "eu-russian-oil-price-cap", a="Australian Associated Press"),
  E("2022-12-03 06:10", "Kremlin rebuffs Biden's conditions for talks",
    ["The Kremlin says it cannot accept the conditions set by US President Joe Biden, who said he would speak to Vladimir Putin only if the Russian leader was looking for a way to end the war."],
    "diplomacy", "diplomacy", 3, "kremlin-rejects-biden-talks-conditions", a="Australian Associated Press", n="Head-of-state level exchange on talks: 3."),
  OFF("2022-12-03 01:20", "Katherine pool to reopen after repairs",
      ["The Katherine Aquatic Centre will reopen on Monday after a fortnight of repairs to its filtration system, the town council says."],
      "katherine-pool-reopens", a="Tess Marlowe", n="local council news.", cat="Local News"),
  E("2022-12-02 21:35", "Kyiv warns of long blackouts as repairs continue",
    ["Ukraine's capital could face power cuts of up to 16 hours a day over winter as engineers race to patch a grid battered by Russian missile strikes, the city's mayor says."],
    "other", "humanitarian", 2, "kyiv-blackout-warning-2022-12-02", a="Australian Associated Press", sec=["strikes"],
    n="Civilian hardship from earlier strikes, no new attack: other/humanitarian, strikes secondary."),
  E("2022-12-02 16:40", "Australian soldiers to help train Ukrainian recruits in UK",
    ["Up to 70 Australian Defence Force personnel will travel to Britain in January to help train Ukrainian recruits, Defence Minister Richard Marles says."],
    "aid", "aid", 2, "australia-trainers-uk", a="Marnie Clewett"),
  OFF("2022-12-02 12:15", "Crocodile trap set after sighting at popular swimming spot",
      ["Rangers have set a trap near the Katherine River low level crossing after a saltwater crocodile estimated at three metres was seen on Thursday."],
      "katherine-river-crocodile", a="Tess Marlowe", n="local wildlife news.", cat="Local News"),
  E("2022-12-02 10:05", "Ukraine puts its military death toll at up to 13,000",
    ["A senior adviser to President Volodymyr Zelensky says between 10,000 and 13,000 Ukrainian soldiers have been killed since Russia invaded in February, a rare public estimate."],
    "other", "frontline", 2, "ukraine-military-death-toll-estimate", a="Australian Associated Press"),
  ]))

# ---- 7807 Hawke's Bay Today: NZME topic listing, '13 Nov, 2022 06:15 PM', NZDT so the page straddles local midnight
SEEDS.append(dict(id="7807", name="7807_hawkesbaytoday-topic", ext="html", source="Hawke's Bay Today", zone="Pacific/Auckland", render=r_hbt,
  title="Russia-Ukraine war", url="https://www.nzherald.co.nz/topic/russia-ukraine-war/",
  notes="Hawke's Bay Today topic listing on the NZME/nzherald.co.nz platform, newest first. Cards: kicker, headline, standfirst, 'By NAME' "
        "(when given) plus an agency credit (Reuters, AP, Washington Post, Daily Telegraph UK), stamp '14 Nov, 2022 11:40 AM' and read time. "
        "No zone printed: New Zealand daylight time (NZDT, UTC+13) implied. The UTC day 13 Nov runs from 13 Nov 13:00 to 14 Nov 12:59 NZDT, "
        "so the cards cross local midnight. Author = the named writer when printed, else the agency credit. JSON-LD is WebPage/Breadcrumb only.",
  not_entries=["header, logo, menu, Subscribe/Login", "h1 topic title and 'Follow this topic'", "kicker labels", "read-time labels",
               "'Advertise with NZME.'", "'Load more'", "footer"],
  entries=[
  E("2022-11-14 11:40", "Lavrov lands in Bali to represent Russia at G20",
    ["Russian Foreign Minister Sergei Lavrov has arrived in Bali for the Group of 20 summit, where he will stand in for Vladimir Putin.",
     "Indonesia had hoped to keep the meeting focused on food and energy, but Western leaders are expected to use it to press Moscow over the war."],
    "diplomacy", "diplomacy", 3, "lavrov-g20-bali-arrival", a="Reuters", agency="Reuters", n="No writer named: author = agency credit."),
  E("2022-11-14 08:05", "Kherson without power or water after Russian retreat",
    ["Residents of Kherson are queuing for drinking water and charging their phones from generators in the city's main square, days after Russian forces pulled out.",
     "Officials say retreating troops wrecked the power station and the television tower before leaving."],
    "other", "humanitarian", 3, "kherson-utilities-after-liberation", a="Petra Solnyk", agency="Washington Post", mins=5),
  OFF("2022-11-14 03:10", "Blast on busy Istanbul shopping street kills six",
      ["An explosion tore through Istanbul's crowded Istiklal Avenue on Sunday afternoon, killing six people and injuring dozens, Turkish officials said."],
      "istanbul-istiklal-blast", a="AP", agency="AP", n="Turkey bombing, not the war."),
  E("2022-11-14 01:15", "Ukrainian police start logging alleged abuses in Kherson region",
    ["Ukrainian police say they have opened dozens of criminal cases over alleged torture and killings of civilians in villages of the Kherson region during the occupation."],
    "other", "humanitarian", 2, "kherson-war-crimes-investigations", a="Tom Ashdown", agency="Daily Telegraph UK", n="Must not merge with the Kherson utilities card."),
  E("2022-11-13 22:50", "Russia pours troops into fight for Bakhmut",
    ["Russian forces redeployed from the Kherson region are being sent to eastern Ukraine, where the fighting around Bakhmut is the heaviest on the front, Ukraine's military says."],
    "other", "frontline", 2, "bakhmut-fighting-2022-11-13", a="Reuters", agency="Reuters"),
  E("2022-11-13 19:20", "UN and Russia discuss extending grain deal",
    ["Senior UN officials have met a Russian delegation in Geneva to discuss renewing the Black Sea grain export deal, which is due to expire on November 19."],
    "diplomacy", "diplomacy", 2, "black-sea-grain-deal-extension-talks", a="AP", agency="AP"),
  E("2022-11-13 14:05", "Norway pledges air-defence funding for Ukraine",
    ["Norway will give several hundred million kroner to help Ukraine buy air-defence systems and repair its power grid, the government in Oslo says."],
    "aid", "aid", 2, "norway-air-defence-funding", a="Reuters", agency="Reuters"),
  ]))

# ---- 7808 The Transcontinental: ACM 'World' listing, 'Updated ... , first published ...' stamps, ACDT, crosses local midnight
SEEDS.append(dict(id="7808", name="7808_transcontinental-world", ext="txt", source="The Transcontinental", zone="Australia/Adelaide", render=r_transcon,
  title="World",
  notes="Text scrape of The Transcontinental's (Port Augusta, ACM) 'World' listing, newest first. Each card: headline, body, byline, then the ACM "
        "stamp: 'Updated October 16 2022 - 7:45pm, first published 7:20pm', or with a full first-published date when the story first ran the "
        "day before ('Updated October 17 2022 - 8:15am, first published October 16 2022 - 11:50pm'), or a single 'October 17 2022 - 9:10am'. "
        "published = the FIRST-published time. No zone printed: Adelaide daylight time (ACDT, UTC+10:30, in force since 2 October) implied. "
        "UTC day 16 Oct = 16 Oct 10:30 to 17 Oct 10:29 ACDT. One card (Tehran prison fire) is not about the war.",
  not_entries=["skip link, masthead and tagline", "menu", "Subscribe/Log in", "section title 'World'", "'Advertisement'",
               "newsletter sign-up block", "'More stories'", "footer and acknowledgement of country"],
  entries=[
  E("2022-10-17 09:10", "Gunmen kill 11 at Russian army training ground",
    ["Two gunmen opened fire on volunteers at a military training ground in Russia's Belgorod region, killing 11 people and wounding 15 before being shot dead, Russia's defence ministry says.",
     "The ministry described the attackers as citizens of a former Soviet republic."],
    "other", "security", 3, "belgorod-training-ground-shooting", a="Australian Associated Press"),
  E("2022-10-17 06:30", "Fierce fighting around Bakhmut, Kyiv says",
    ["Ukraine's military says Russian forces are throwing wave after wave of troops at Bakhmut in the Donetsk region in one of the most intense battles of recent weeks.",
     "The town has been under steady attack since the summer."],
    "other", "frontline", 2, "bakhmut-fighting-2022-10-16", a="Australian Associated Press"),
  E("2022-10-17 02:45", "Musk reverses course, says SpaceX will keep paying for Starlink",
    ["Elon Musk says SpaceX will keep funding its Starlink internet service in Ukraine, a day after suggesting the company could no longer afford it.",
     "The satellite terminals are widely used by Ukraine's armed forces and emergency services."],
    "aid", "aid", 2, "starlink-funding-ukraine", a="Australian Associated Press"),
  E("2022-10-16 23:50", "Russian missiles strike Zaporizhzhia again",
    ["Russian missiles hit the southern Ukrainian city of Zaporizhzhia on Sunday, damaging apartment blocks and killing at least one person, local officials say.",
     "The city has been struck repeatedly this month."],
    "strikes", "strikes", 3, "zaporizhzhia-strike-2022-10-16", a="Australian Associated Press", u="2022-10-17 08:15",
    n="First published the evening before it was updated: published = first-published time."),
  E("2022-10-16 19:20", "Australia adds Russian officials to sanctions list",
    ["Foreign Minister Penny Wong says Australia will impose sanctions on Russians involved in organising the sham annexation votes in four occupied regions of Ukraine."],
    "diplomacy", "diplomacy", 2, "australia-sanctions-annexation-officials", a="Tilly Ferrante", u="2022-10-16 19:45"),
  OFF("2022-10-16 14:05", "Fire at Tehran prison kills four",
      ["A fire at Tehran's Evin prison, where many political detainees are held, killed four inmates, Iranian state media says."],
      "evin-prison-fire", a="Australian Associated Press", n="Iran, not the war."),
  E("2022-10-16 11:00", "Kremlin says call-up will end within two weeks",
    ["Vladimir Putin says Russia's partial mobilisation should be completed within about two weeks and that no further call-up is planned."],
    "other", "politics", 2, "russia-mobilisation-end", a="Australian Associated Press", u="2022-10-16 11:40"),
  ]))

# ---- 7809 The Border Watch: live coverage, newest first, day headers without year, Key Points, '9.55am' before headline
SEEDS.append(dict(id="7809", name="7809_borderwatch-live", ext="txt", source="The Border Watch", zone="Australia/Adelaide", render=r_borderwatch,
  title="Ukraine war live: Kyiv restores power after weekend barrage", updated="Last updated 9.55am Sunday", parse_args=["--date", "2022-12-18"],
  notes="Text scrape of a Border Watch (Mount Gambier) live page, NEWEST first, with a Key Points box (two headlines) under the title. Day headers "
        "'Sunday, December 18' / 'Saturday, December 17' carry no year and nothing on the page names 2022 (parse_args --date 2022-12-18, the "
        "newest local day printed). Each post: '9.55am' line BEFORE the headline, body, 'Reporting by NAME' (wire copy 'AAP'), 'Share'. No zone "
        "printed: Adelaide daylight time (ACDT, UTC+10:30) implied; the whole page is 17 Dec in UTC although it spans two local days. "
        "Entries 01, 03 and 07 belong to the story of the 16 December barrage (aftermath, toll, photo teaser).",
  not_entries=["masthead and menu", "title", "'Last updated 9.55am Sunday'", "'Key Points' box (points at entries 03 and 05)", "'Latest' label",
               "day headers", "'Reporting by' lines", "'Share' labels", "'Advertisement'", "'Load earlier posts'", "footer"],
  entries=[
  E("2022-12-18 09:55", "Kyiv restores power to most homes",
    ["Engineers in Kyiv have restored electricity to most households after Friday's Russian missile strikes, the city administration says, though rolling blackouts will continue.",
     "The metro is running again on all lines."],
    "strikes", "strikes", 2, "russian-barrage-2022-12-16", a="Leah Carrow", n="Aftermath of the 16 Dec barrage: same story."),
  E("2022-12-18 07:20", "Putin meets commanders at war headquarters",
    ["Vladimir Putin spent a day at the headquarters of Russia's operation in Ukraine, holding talks with his top commanders, the Kremlin says.",
     "He asked them for proposals on the next steps, according to a video released by his office."],
    "other", "politics", 2, "putin-visits-war-headquarters", a="AAP"),
  E("2022-12-18 01:35", "Kryvyi Rih death toll rises to four",
    ["Rescuers in Kryvyi Rih have pulled a fourth body from a five-storey block hit during Friday's missile attack, the regional governor says.",
     "A child is among the dead."],
    "strikes", "strikes", 3, "russian-barrage-2022-12-16", a="AAP", kp=True),
  E("2022-12-17 22:50", "Zelensky says Russia can still mount a few more big attacks",
    ["President Volodymyr Zelensky says Russia still has enough missiles for two or three more large-scale strikes on Ukraine's energy system."],
    "strikes", "strikes", 2, "zelensky-missile-stock-warning", a="Leah Carrow"),
  E("2022-12-17 18:15", "EU adopts ninth package of sanctions against Moscow",
    ["European Union governments have formally adopted a ninth round of sanctions against Russia, adding nearly 200 people and entities to the blacklist.",
     "The package also bars new investment in Russia's mining sector."],
    "diplomacy", "diplomacy", 3, "eu-ninth-sanctions-package", a="AAP", kp=True),
  E("2022-12-17 14:40", "One dead as Kherson shelled again",
    ["Russian artillery hit a residential district of Kherson on Saturday morning, killing one person, the regional military administration says."],
    "strikes", "strikes", 3, "kherson-shelling-2022-12-17", a="Leah Carrow"),
  E("2022-12-17 11:05", "Photos: Kyiv residents queue for water after barrage", [], "strikes", "strikes", 1, "russian-barrage-2022-12-16",
    n="Photo teaser without body: importance 1, story of the photos (the barrage)."),
  ]))


# ============================================================ PART B, day 1: 2022-08-13 (UTC)
D1 = "Day 1 (2022-08-13 UTC): 7820, 7821, 7822, 7823."
KHA = "kharkiv-saltivka-missile-strike-2022-08-13"
ZN1 = "znpp-shelling-2022-08-13"
GRAIN = "wfp-grain-ship-ethiopia"
MARS = "germany-mars-launchers-pledge-2022-08-13"
PISKY = "pisky-fighting-2022-08-13"
GRAIN_P = ["A bulk carrier chartered by the World Food Programme has begun loading about 23,000 tonnes of Ukrainian wheat at the port of Pivdennyi, bound for Ethiopia, Ukraine's infrastructure ministry said.",
           "It would be the first humanitarian cargo to leave under the grain corridor agreed in Istanbul last month."]

SEEDS.append(dict(id="7820", name="7820_hallowmere-textlive", ext="txt", source="Hallowmere Courier", zone="Europe/London", render=r_hallowmere,
  title="Ukraine war live: missiles hit Kharkiv flats; UN grain ship readies for Ethiopia", dateline="Saturday 13 August 2022",
  lede="Follow the day's developments in Russia's war in Ukraine.",
  notes="Invented outlet. Text live blog, NEWEST first, 'All times BST' (UTC+1). Each post: headline, body, then a signature line "
        "'\u2014 NAME, 14:05' AFTER the body (the time is the stamp). Entry 06 is a video teaser without body. Entry 02 is the day's theme "
        "piece (analysis). " + D1,
  not_entries=["masthead and menu", "title", "date line", "'All times BST'", "lede", "'Live' label", "'Advertisement'",
               "note on archived posts", "footer"],
  entries=[
  E("2022-08-13 19:50", "Russia claims village near Donetsk; Kyiv says fighting goes on",
    ["Russia's defence ministry said its forces and separatist fighters had taken full control of Pisky, a village on the edge of Donetsk city that Ukraine has held since 2014.",
     "Ukraine's general staff said only that fighting was continuing in the area."],
    "other", "frontline", 3, PISKY, a="Tom Ridsdale", n="Same battle as 7821-06 (two seeds): 3."),
  E("2022-08-13 17:30", "Analysis: why Europe's biggest nuclear plant is so hard to protect",
    ["The Zaporizhzhia station sits on the front line, its six reactors guarded by the troops that seized it in March and its Ukrainian staff working under occupation.",
     "Unlike a bridge or a power line, it cannot simply be abandoned: the reactors need cooling water and a steady electricity supply even when they are shut down.",
     "That is why the UN's nuclear watchdog keeps asking for a team on site, and why both sides trade blame each time a shell lands nearby."],
    "other", "security", 2, "analysis-znpp-protection", a="Maud Ellery", n="Theme piece (analysis with body): own story, importance 2; must not merge with the ZNPP shelling story."),
  E("2022-08-13 15:45", "Britain to send more multiple-launch rocket systems",
    ["The UK will send Ukraine several more M270 rocket launchers and a stock of precision munitions, the defence secretary said.",
     "The launchers, which can hit targets about 80km away, will join three already in service with Ukrainian forces."],
    "aid", "aid", 2, "uk-more-m270-launchers", a="Tom Ridsdale", n="Different donor and decision from Germany's Mars II pledge: must not merge."),
  E("2022-08-13 14:10", "UN-chartered ship starts loading wheat for Ethiopia", GRAIN_P,
    "diplomacy", "diplomacy", 3, GRAIN, a="Maud Ellery", n="Grain-corridor shipment: diplomacy; also in 7822, so 3."),
  E("2022-08-13 12:30", "Chuhuiv shelled for third night running",
    ["Russian artillery struck the town of Chuhuiv, south-east of Kharkiv, overnight, damaging a school and several houses, the regional governor said.",
     "No one was hurt, he said."],
    "strikes", "strikes", 2, "chuhuiv-shelling-2022-08-13", a="Tom Ridsdale", n="Same region as the Kharkiv strike, different attack: must not merge."),
  E("2022-08-13 10:05", "Watch: rescuers dig through rubble in Kharkiv", [], "strikes", "strikes", 1, KHA, a="Maud Ellery",
    n="Video teaser without body: importance 1."),
  E("2022-08-13 09:20", "Two killed as missiles hit Kharkiv apartment block",
    ["Two people were killed when Russian missiles slammed into a five-storey apartment building in Kharkiv's Saltivka district before dawn, the city's mayor said.",
     "Rescuers were searching for residents believed to be trapped under collapsed floors."],
    "strikes", "strikes", 3, KHA, a="Tom Ridsdale", n="Toll two (rises during the day: one -> two -> four -> five)."),
  ]))

SEEDS.append(dict(id="7821", name="7821_greyholt-ldlive", ext="html", source="Greyholt Gazette", zone="Europe/Kyiv", render=r_greyholt,
  title="Live: Kharkiv apartment block hit; new shelling near Zaporizhzhia plant", dateline="Saturday, 13 August 2022", start="2022-08-13 06:30",
  url="https://greyholt.example/live/2022-08-13",
  notes="Invented outlet. HTML live blog, OLDEST first, with LiveBlogPosting JSON-LD (one BlogPosting per update, datePublished +03:00, author) "
        "and visible <time datetime> 'HH:MM' above each h2 (Kyiv time, EEST, UTC+3). Key Points box lists entries 01 and 03. Entry 05 repeats "
        "entry 02 nearly verbatim (duplicate_of 7821-02). " + D1,
  not_entries=["header and menu", "h1 title", "'Live \u00b7 date \u00b7 Kyiv time' line", "'Key Points' box (points at entries 01 and 03)",
               "author lines under posts", "'Copy link / Share' labels", "donation box", "footer"],
  entries=[
  E("2022-08-13 07:10", "Kharkiv: one dead after missile strike on residential block",
    ["At least one person was killed when a missile hit a residential block in the Saltivka neighbourhood of Kharkiv at about 4:30 this morning, regional governor Oleh Syniehubov said.",
     "Emergency crews are still working at the scene."],
    "strikes", "strikes", 3, KHA, a="Halyna Savchuk", kp=True, n="Toll one (first report)."),
  E("2022-08-13 09:45", "Nikopol hit by Grad rockets overnight",
    ["Russian troops fired about 40 Grad rockets at Nikopol from across the Dnipro overnight, damaging a gas pipeline and several houses, the head of the Dnipropetrovsk regional council said.",
     "No casualties were reported."],
    "strikes", "strikes", 2, "nikopol-shelling-2022-08-13", a="Andriy Lyman", n="Nikopol faces the nuclear plant across the reservoir, but this is a different attack: must not merge with the ZNPP shelling."),
  E("2022-08-13 11:20", "Energoatom reports new shelling near Zaporizhzhia plant",
    ["Ukraine's state nuclear operator Energoatom said Russian shells landed near a storage site for spent fuel at the occupied Zaporizhzhia nuclear plant late on Friday.",
     "It said radiation levels remained normal but that fire-fighting equipment had been damaged."],
    "strikes", "strikes", 3, ZN1, a="Andriy Lyman", kp=True),
  E("2022-08-13 13:05", "Germany to send three more Mars II launchers",
    ["Germany will supply three more Mars II multiple rocket launchers along with ammunition, the Ukrainian defence ministry said, citing talks with Berlin.",
     "Ukraine has been asking its allies for more long-range rocket systems to hit Russian supply lines."],
    "aid", "aid", 3, MARS, a="Halyna Savchuk", n="Also in 7823: 3."),
  E("2022-08-13 15:40", "Nikopol hit by Grad rockets overnight, officials say",
    ["Russian troops fired about 40 Grad rockets at Nikopol from across the Dnipro overnight, damaging a gas pipeline and several houses, the head of the Dnipropetrovsk regional council said."],
    "strikes", "strikes", 1, "nikopol-shelling-2022-08-13", a="Andriy Lyman", dup="7821-02", n="Near-verbatim repeat of 7821-02: importance 1."),
  E("2022-08-13 17:05", "General Staff: attacks near Pisky repelled",
    ["Ukraine's General Staff said its troops had repelled Russian assaults near Pisky and several other villages around Donetsk, contradicting Moscow's claim to have captured it."],
    "other", "frontline", 3, PISKY, a="Andriy Lyman"),
  E("2022-08-13 21:15", "Zelensky: soldiers who fire from the plant will be a 'special target'",
    ["President Volodymyr Zelensky said in his evening address that every Russian soldier who shoots at the Zaporizhzhia plant or uses it as cover would become a special target for Ukraine's intelligence services and army."],
    "other", "security", 2, "zelensky-warns-znpp-soldiers", a="Halyna Savchuk", n="A separate statement (a threat), not the shelling: must not merge with the ZNPP shelling story."),
  ]))

SEEDS.append(dict(id="7822", name="7822_cairnlea-worldrss", ext="xml", source="Cairnlea World Service", zone="UTC", render=r_rss_world, rfc="GMT",
  title="Cairnlea World Service - Top stories", url="https://cairnlea.example", lede="Top stories from around the world",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, no authors; four of six items are not about the war. "
        "Spells the city 'Kharkov' and the district 'Saltovka' (toll four). " + D1,
  not_entries=["channel title, link, description, ttl", "guid, link and category of each item"],
  entries=[
  OFF("2022-08-13 20:45", "Rushdie off ventilator and able to talk, agent says",
      ["The novelist Salman Rushdie has been taken off a ventilator and is able to speak, a day after he was stabbed on stage in western New York, his agent said."],
      "rushdie-recovering", n="US crime/culture."),
  OFF("2022-08-13 16:20", "Sri Lanka lets Chinese research ship dock at Hambantota",
      ["Sri Lanka has given permission for a Chinese research vessel to dock at the southern port of Hambantota, after a delay requested amid concerns raised by India."],
      "sri-lanka-chinese-ship", n="South Asia."),
  E("2022-08-13 13:40", "Kharkov missile strike: death toll rises to four",
    ["Four people are now known to have died after missiles hit an apartment block in the Saltovka district of Kharkov, in north-eastern Ukraine, local officials said.",
     "Three others were being treated in hospital."],
    "strikes", "strikes", 3, KHA, n="Toll four; spelling Kharkov/Saltovka."),
  E("2022-08-13 11:15", "First UN food aid ship under grain deal prepares to sail",
    ["A ship chartered by the UN's World Food Programme is loading Ukrainian wheat destined for Ethiopia, where millions face hunger after years of drought.",
     "It will be the first aid cargo shipped since Russia and Ukraine agreed last month to reopen Black Sea ports."],
    "diplomacy", "diplomacy", 3, GRAIN),
  OFF("2022-08-13 09:05", "Kenya's vote count enters fifth day",
      ["Kenyans are still waiting for the result of Tuesday's presidential election, with the electoral commission urging patience as it verifies tallies from more than 46,000 polling stations."],
      "kenya-election-count", n="Africa politics."),
  OFF("2022-08-13 06:30", "Hosepipe bans widen as drought declared in England",
      ["More water companies in England are introducing restrictions after officials declared a drought across much of the south and east following the driest July in decades."],
      "england-drought-2022", n="UK weather."),
  ]))

SEEDS.append(dict(id="7823", name="7823_elsdonvale-article", ext="txt", source="Elsdon Vale Post", zone="Europe/Berlin", render=r_textarticle,
  title="Kharkiv mourns five dead as missiles hit apartment block", crumbs="Home > World > Europe",
  lede="A day of strikes across Ukraine, fresh alarm over the occupied nuclear plant and more rocket launchers from Berlin.",
  byline_line="By Jonas Hartwell, Berlin", dateline="13.08.2022 | 19:40", share="Share  |  Print  |  Comments (3)",
  more="Read more: How Europe plans to fill its gas stores before winter", footer="\u00a9 Elsdon Vale Post 2022 \u00b7 Imprint \u00b7 Data protection",
  notes="Invented outlet. Text article with three section headings; one entry per section, stamp null, published = the dateline "
        "'13.08.2022 | 19:40' (no zone printed; the byline places the writer in Berlin, so CEST, UTC+2). Page byline as author. " + D1,
  not_entries=["outlet name and breadcrumb", "title", "standfirst", "byline line", "dateline", "share line", "'Read more' link", "footer"],
  entries=[
  E("2022-08-13 19:40", "Five dead in Kharkiv",
    ["The number of people killed in Saturday's missile strike on a residential building in Kharkiv has risen to five, including a teenager, the regional prosecutor's office said in the evening.",
     "Fourteen people were injured, and the building's top two floors collapsed."],
    "strikes", "strikes", 3, KHA, a="Jonas Hartwell", n="Toll five (latest)."),
  E("2022-08-13 19:40", "Alarm over nuclear plant",
    ["The head of the UN nuclear agency, Rafael Grossi, again urged Moscow and Kyiv to let inspectors into the Zaporizhzhia plant after Ukrainian officials reported shelling near a spent-fuel store.",
     "Both sides blamed each other for the attacks."],
    "strikes", "strikes", 3, ZN1, a="Jonas Hartwell", sec=["diplomacy"], n="Reaction to the shelling report, same event: same story; strikes primary (the shelling), diplomacy secondary."),
  E("2022-08-13 19:40", "More rocket launchers from Berlin",
    ["Germany's defence ministry confirmed plans to deliver three additional Mars II rocket launchers to Ukraine, saying the systems would arrive by the autumn.",
     "The ministry gave no date for the shipment."],
    "aid", "aid", 3, MARS, a="Jonas Hartwell"),
  ]))

# ============================================================ PART B, day 2: 2022-08-14 (UTC) — the day after day 1
D2 = "Day 2 (2022-08-14 UTC): 7830, 7831, 7832, 7833."
ZAP = "zaporizhzhia-city-missile-strike-2022-08-14"

SEEDS.append(dict(id="7830", name="7830_gorsemoor-htmllive", ext="html", source="Gorsemoor Evening News", zone="Europe/London", render=r_gorsemoor,
  title="Ukraine latest: missiles hit Zaporizhzhia; Kharkiv toll climbs", dateline="Sunday 14 August 2022 \u2014 live updates, times are BST",
  notes="Invented outlet. HTML live blog, OLDEST first, no JSON-LD; visible '3.15pm' stamps inside <time datetime> (+01:00, BST); h3 headlines; "
        "'Posted by NAME' under the body. Entry 02 is a photo teaser without body; entry 06 repeats entry 04 nearly verbatim (duplicate_of 7830-04). "
        "Entry 03 continues day 1's Kharkiv strike story with a new toll (seven) and a day of mourning. " + D2,
  not_entries=["masthead and menu", "h1 title", "subtitle with the date", "cookie line", "'Posted by' lines", "newsletter box", "footer"],
  entries=[
  E("2022-08-14 07:40", "Missiles hit Zaporizhzhia overnight, one dead",
    ["At least one person was killed when Russian missiles struck the south-eastern city of Zaporizhzhia in the early hours, the regional governor said.",
     "A car repair workshop and several homes were destroyed."],
    "strikes", "strikes", 3, ZAP, a="Nell Rushworth", n="Toll one."),
  E("2022-08-14 08:55", "Pictured: the wrecked workshop in Zaporizhzhia", [], "strikes", "strikes", 1, ZAP, n="Photo teaser without body: importance 1."),
  E("2022-08-14 10:30", "Kharkiv death toll climbs to seven",
    ["Seven people are now confirmed dead after Saturday's missile strike on an apartment block in Kharkiv, the city's mayor said, after two more bodies were recovered overnight.",
     "The city has declared Monday a day of mourning."],
    "strikes", "strikes", 3, KHA, a="Nell Rushworth", n="Continuation of day 1's story with a new development (toll seven): keeps the day-1 slug; also in 7832: 3."),
  E("2022-08-14 12:15", "Denmark to pay for training of Ukrainian recruits in Britain",
    ["Denmark will contribute instructors and funding to the British-led programme training Ukrainian recruits, its defence ministry said.",
     "About 130 Danish soldiers are expected to take part."],
    "aid", "aid", 2, "denmark-training-contribution", a="Owen Brassey", n="Different donor and kind of aid from Poland's howitzers (7832-04): must not merge."),
  E("2022-08-14 14:50", "Zaporizhzhia toll rises to two",
    ["A second person has died in hospital after the overnight missile attack on Zaporizhzhia, local officials said."],
    "strikes", "strikes", 3, ZAP, a="Nell Rushworth"),
  E("2022-08-14 16:05", "Denmark to fund training of Ukrainian recruits in Britain",
    ["Denmark will contribute instructors and funding to the British-led programme training Ukrainian recruits, its defence ministry said."],
    "aid", "aid", 1, "denmark-training-contribution", a="Owen Brassey", dup="7830-04", n="Near-verbatim repeat of 7830-04: importance 1."),
  E("2022-08-14 17:20", "Moscow says it destroyed HIMARS launchers in Donetsk region",
    ["Russia's defence ministry claimed its forces had destroyed two US-supplied HIMARS launchers near Kramatorsk, a claim that could not be verified.",
     "Ukraine has not confirmed the loss of any of the systems."],
    "strikes", "strikes", 2, "russia-claims-himars-kramatorsk-2022-08-14", a="Owen Brassey"),
  ]))

SEEDS.append(dict(id="7831", name="7831_brambleholt-atom", ext="xml", source="Brambleholt Wire", zone="Europe/Kyiv", render=r_atom,
  title="Brambleholt Wire \u2014 Ukraine", url="https://brambleholt.example", lede="Wire copy from our Kyiv desk", build="2022-08-14 21:00",
  notes="Invented outlet. Atom feed, newest first, <published> with +03:00 (Kyiv, EEST), <updated> a few minutes later, author per entry when "
        "given, summary plus escaped-HTML content. Entry 03 re-posts day 1's 7820-04 (Hallowmere Courier) nearly verbatim a day later. " + D2,
  not_entries=["feed title, links, id, updated, subtitle", "<id>, <updated> and <summary> of each entry (summary repeats the first sentence)"],
  entries=[
  E("2022-08-14 20:30", "Zelensky submits bill to extend martial law by 90 days",
    ["President Volodymyr Zelensky has asked parliament to extend martial law and general mobilisation for another 90 days from 23 August, according to bills posted on the parliament's website.",
     "Lawmakers are expected to vote on Monday."],
    "other", "politics", 2, "martial-law-extension-bill", a="Serhii Dovzhenko"),
  E("2022-08-14 17:45", "IAEA chief renews call for access to nuclear plant",
    ["Rafael Grossi, the head of the International Atomic Energy Agency, said he was ready to lead a mission to the Zaporizhzhia plant himself and urged both sides to agree on a route.",
     "He said the situation at the site was becoming more alarming every day."],
    "diplomacy", "diplomacy", 2, "iaea-mission-call-2022-08-14", a="Serhii Dovzhenko",
    n="About the nuclear plant, not the missile strike on Zaporizhzhia city, and a new statement rather than day 1's shelling: must not merge with either."),
  E("2022-08-14 13:15", "UN-chartered ship starts loading wheat for Ethiopia", GRAIN_P,
    "diplomacy", "diplomacy", 1, GRAIN, n="Re-post of day-1 entry 7820-04 (Hallowmere Courier, 13 Aug) reproduced nearly verbatim a day later: importance 1."),
  E("2022-08-14 11:40", "Partisans claim blast at Russian base in Melitopol",
    ["Ukrainian partisans said they had blown up an ammunition store at a Russian base in occupied Melitopol, a claim that could not be verified.",
     "The Russian-installed authorities said nothing about the report."],
    "other", "security", 2, "melitopol-partisan-claim", a="Serhii Dovzhenko"),
  E("2022-08-14 10:20", "Zaporizhzhia: at least one killed in missile attack",
    ["Russian missiles hit Zaporizhzhia before dawn, killing at least one person and wounding several others, the head of the regional administration said on Telegram.",
     "Explosions were also reported in the nearby town of Vilniansk."],
    "strikes", "strikes", 3, ZAP, a="Olena Trush"),
  ]))

SEEDS.append(dict(id="7832", name="7832_quillcombe-textlive", ext="txt", source="Quillcombe Daily", zone="Europe/Warsaw", render=r_quillcombe,
  title="War in Ukraine, day 172: live", dateline="Sunday, 14 August 2022", lede="Our correspondents in Warsaw and Kyiv follow the day's events.",
  notes="Invented outlet. Text live blog, NEWEST first; each post: headline, then '13:35 CEST | NAME' (stamp AFTER the headline; CEST, UTC+2), "
        "then body. Spells the city 'Zaporizhia'. Entry 03 is the day's theme piece (explainer). Entry 01 continues day 1's Kharkiv story. " + D2,
  not_entries=["masthead and menu", "title", "date line", "lede", "'Advertisement'", "'Show older posts'", "footer"],
  entries=[
  E("2022-08-14 20:30", "Kharkiv mourns Saltivka victims",
    ["Kharkiv will hold a day of mourning on Monday for the seven people killed when a missile tore through an apartment block in the Saltivka district on Saturday, mayor Ihor Terekhov said.",
     "Flags will fly at half-mast and entertainment events have been cancelled."],
    "strikes", "strikes", 3, KHA, a="Piotr Zawada", n="Continuation of day 1's story (mourning, toll seven): keeps the day-1 slug."),
  E("2022-08-14 18:45", "Third victim dies after Zaporizhia strike",
    ["Three people have now died as a result of the missile attack on Zaporizhia on Sunday morning, the regional military administration said, adding that a child was among the wounded."],
    "strikes", "strikes", 3, ZAP, a="Kasia Wrona", n="Toll three (latest)."),
  E("2022-08-14 16:10", "Explainer: what the HIMARS rockets have changed in the south",
    ["Since they arrived in June, the US-made launchers have let Ukraine strike ammunition dumps, command posts and bridges far behind Russian lines.",
     "In the Kherson region, repeated hits on the Dnipro crossings have made it harder for Moscow to supply the troops it holds on the western bank.",
     "Military analysts caution that the rockets alone cannot win back territory without ground forces to exploit the gaps."],
    "other", "frontline", 2, "explainer-himars-southern-front", a="Kasia Wrona", n="Theme piece (explainer with body): own story, importance 2."),
  E("2022-08-14 13:35", "Poland hands over more Krab howitzers",
    ["Poland has delivered another batch of Krab self-propelled howitzers to Ukraine, the Polish defence ministry's spokesman said, without giving their number.",
     "Warsaw has also agreed to train Ukrainian crews to operate them."],
    "aid", "aid", 2, "poland-krab-howitzers-delivery", a="Piotr Zawada"),
  E("2022-08-14 11:05", "Zaporizhia: two dead after missile attack",
    ["Two people were killed and at least ten injured when missiles struck Zaporizhia in south-eastern Ukraine early on Sunday, local authorities reported."],
    "strikes", "strikes", 3, ZAP, a="Kasia Wrona"),
  E("2022-08-14 09:20", "Occupation authorities prepare vote on joining Russia in Zaporizhzhia region",
    ["The Russian-installed administration in the occupied part of the Zaporizhzhia region said it was preparing a vote on joining Russia and would announce a date soon, despite warnings from Kyiv that anyone organising it would be prosecuted."],
    "other", "politics", 2, "zaporizhzhia-region-referendum-plan", a="Piotr Zawada", n="Same region name as the missile strike, different event: must not merge."),
  ]))

SEEDS.append(dict(id="7833", name="7833_thistleworth-worldrss", ext="xml", source="Thistleworth Review", zone="America/New_York", render=r_rss_world, rfc="-0400",
  title="Thistleworth Review | World", url="https://thistleworth.example", lede="World news from the Thistleworth Review",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate with -0400 (EDT); four of six items are not about the war. "
        "Spells the city 'Zaporozhye'. " + D2,
  not_entries=["channel title, link, description, ttl", "guid, link and category of each item"],
  entries=[
  OFF("2022-08-14 19:10", "Fire at Giza church kills dozens",
      ["A fire that broke out during a Sunday service at a Coptic church in Giza killed at least 41 people, many of them children, Egyptian officials said.",
       "An electrical fault was blamed for the blaze."],
      "giza-church-fire", n="Egypt."),
  OFF("2022-08-14 15:30", "US lawmakers arrive in Taiwan days after Pelosi visit",
      ["A delegation of five members of Congress landed in Taipei on Sunday, less than two weeks after House Speaker Nancy Pelosi's trip prompted large Chinese military drills."],
      "us-congress-taiwan-delegation", n="US-China."),
  OFF("2022-08-14 12:20", "Lava keeps flowing at Icelandic eruption site",
      ["The volcanic eruption in Iceland's Meradalir valley, southwest of Reykjavik, has settled into a steady flow of lava, and hiking paths to the site have reopened with some restrictions."],
      "iceland-meradalir-eruption", n="Iceland."),
  E("2022-08-14 10:05", "Missile strike on Ukraine's Zaporozhye kills two",
    ["Two people died and at least ten were injured when Russian missiles hit the city of Zaporozhye in southeastern Ukraine on Sunday, the regional governor said.",
     "The city lies about 30 miles from the Russian-occupied nuclear power plant of the same name."],
    "strikes", "strikes", 3, ZAP, n="Spelling Zaporozhye; toll two."),
  E("2022-08-14 08:40", "Ukraine says it hit Russian ferry crossing near Kherson",
    ["Ukraine's southern military command said its forces had struck a pontoon crossing and a ferry that Russian troops were using to move supplies across the Dnieper River near Kherson."],
    "strikes", "strikes", 2, "dnieper-crossing-strike-2022-08-14"),
  OFF("2022-08-14 06:15", "Kenya awaits presidential result as tallying nears end",
      ["Kenya's election commission said it expected to announce the winner of the presidential race within a day as the counting of results neared completion."],
      "kenya-election-count", n="Africa politics (same off-beat story as day 1's Kenya item)."),
  ]))

# ============================================================ PART B, day 3: 2022-11-20 (UTC)
D3 = "Day 3 (2022-11-20 UTC): 7840, 7841, 7842, 7843."
ZN3 = "znpp-shelling-2022-11-20"
KHE = "kherson-shelling-2022-11-20"

SEEDS.append(dict(id="7840", name="7840_vexholme-worldatom", ext="xml", source="Vexholme World", zone="UTC", render=r_atom, zulu=True,
  title="Vexholme World \u2014 Latest", url="https://vexholme.example", lede="The world's news, as it happens", build="2022-11-20 21:30",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in Z (UTC), no authors; four of six entries are not about the war. " + D3,
  not_entries=["feed title, links, id, updated, subtitle", "<id>, <updated> and <summary> of each entry"],
  entries=[
  OFF("2022-11-20 20:05", "Qatar lose World Cup opener to Ecuador",
      ["Ecuador beat the hosts 2-0 in the opening match of the World Cup at Al Bayt Stadium, with their captain scoring both goals in the first half."],
      "world-cup-opener-2022", n="football."),
  OFF("2022-11-20 15:20", "Gunman kills five at Colorado Springs nightclub",
      ["A gunman opened fire at an LGBTQ nightclub in Colorado Springs late on Saturday, killing five people and injuring 25 before patrons overpowered him, police said."],
      "colorado-springs-club-shooting", n="US crime."),
  E("2022-11-20 11:30", "Kyiv and Moscow trade accusations over video of killed soldiers",
    ["Russia has accused Ukrainian troops of executing more than ten Russian soldiers who had surrendered, citing a video circulating online, while Kyiv says the soldiers faked a surrender and opened fire."],
    "other", "humanitarian", 2, "pow-video-accusations"),
  E("2022-11-20 09:10", "Blasts rock Zaporizhzhia nuclear plant, IAEA says",
    ["More than a dozen explosions shook the Zaporizhzhia nuclear power plant on Saturday evening and Sunday morning, the International Atomic Energy Agency said, calling the shelling deeply disturbing.",
     "Its experts on site reported damage to some buildings but no immediate threat to nuclear safety."],
    "strikes", "strikes", 3, ZN3, n="'More than a dozen' blasts."),
  OFF("2022-11-20 07:40", "COP27 ends with deal on loss and damage fund",
      ["Negotiators at the UN climate talks in Sharm el-Sheikh agreed early on Sunday to set up a fund to help poor countries hit by climate disasters, after the summit overran by more than a day."],
      "cop27-loss-and-damage", n="climate."),
  OFF("2022-11-20 06:15", "Malaysia election ends in hung parliament",
      ["No party won a majority in Malaysia's general election, leaving the two main coalition leaders racing to assemble enough allies to form a government."],
      "malaysia-hung-parliament", n="Asia politics."),
  ]))

SEEDS.append(dict(id="7841", name="7841_skelbrook-textlive", ext="txt", source="Skelbrook Radio", zone="Europe/Kyiv", render=r_skelbrook,
  title="Ukraine live: shelling rocks Zaporizhzhia nuclear plant", dateline="Sunday, 20 November", parse_args=["--date", "2022-11-20"],
  lede="Good morning, here is our rolling coverage of the war.",
  notes="Invented outlet. Text live blog, OLDEST first; the date line 'Sunday, 20 November' has no year and nothing on the page names 2022 "
        "(parse_args --date 2022-11-20); 'All times Kyiv (EET)' (UTC+2); bare '09:40' line BEFORE each headline; 'Reporter: NAME' after the body. "
        "Entry 06 repeats entry 03 nearly verbatim (duplicate_of 7841-03). " + D3,
  not_entries=["station name and menu", "title", "date line", "'All times Kyiv (EET)'", "lede", "'Reporter:' lines", "donation line", "closing line", "footer"],
  entries=[
  E("2022-11-20 09:40", "Explosions shake Zaporizhzhia nuclear plant overnight",
    ["Powerful explosions were heard at the Zaporizhzhia nuclear power plant late on Saturday and again this morning, the UN nuclear watchdog's team at the site reported.",
     "Russia's nuclear energy company blamed Ukrainian shelling, while Ukraine's operator said Russian troops had fired at the plant themselves."],
    "strikes", "strikes", 3, ZN3, a="Marta Hrytsak"),
  E("2022-11-20 10:55", "UK details air-defence package announced during Sunak visit",
    ["Britain will send 125 anti-aircraft guns and equipment to counter Iranian-made drones, part of a package worth 50 million pounds announced by Prime Minister Rishi Sunak in Kyiv on Saturday.",
     "It was Sunak's first visit to Ukraine since taking office."],
    "aid", "aid", 3, "uk-air-defence-package-sunak-visit", a="Bohdan Leshko", n="Major package with a head-of-government visit: 3. Must not merge with Germany's Gepard ammunition (7842-02)."),
  E("2022-11-20 12:30", "Shelling kills one in Kherson",
    ["One person was killed and two wounded when Russian artillery hit a residential street in Kherson, the regional governor said.",
     "Russian forces have been shelling the city from across the Dnipro since they withdrew earlier this month."],
    "strikes", "strikes", 3, KHE, a="Marta Hrytsak", n="Toll one."),
  E("2022-11-20 14:15", "Ukrenergo schedules outages in seven regions",
    ["The national grid operator said scheduled power cuts would be applied in Kyiv and six other regions on Monday while repairs continue after last week's missile strikes."],
    "other", "humanitarian", 2, "ukrenergo-scheduled-outages-2022-11-20", a="Bohdan Leshko", sec=["strikes"]),
  E("2022-11-20 16:00", "IAEA finds damage across nuclear plant site",
    ["Inspectors who toured the Zaporizhzhia plant found damage at more than a dozen locations, including a radioactive waste store and a bridge to one of the reactors, the IAEA said.",
     "None of the damage was critical for nuclear safety, it added."],
    "strikes", "strikes", 3, ZN3, a="Marta Hrytsak"),
  E("2022-11-20 17:45", "Kherson: one killed by Russian shelling",
    ["One person was killed and two wounded when Russian artillery hit a residential street in Kherson, the regional governor said."],
    "strikes", "strikes", 1, KHE, a="Marta Hrytsak", dup="7841-03", n="Near-verbatim repeat of 7841-03 (headline reworded): importance 1."),
  E("2022-11-20 20:10", "Heavy fighting continues near Bakhmut and Avdiivka",
    ["Ukraine's General Staff said its forces had repelled attacks near more than ten settlements in the Donetsk region over the past day, with the heaviest fighting around Bakhmut and Avdiivka."],
    "other", "frontline", 2, "donetsk-front-fighting-2022-11-20", a="Bohdan Leshko"),
  ]))

SEEDS.append(dict(id="7842", name="7842_crickhollow-ldlive", ext="html", source="Crickhollow Times", zone="Europe/London", render=r_crickhollow,
  title="Russia-Ukraine war live: IAEA alarm after blasts at Zaporizhzhia plant", dateline="Sunday 20 November 2022", start="2022-11-20 07:00",
  url="https://crickhollow.example/live/ukraine-2022-11-20", lede="Rolling coverage of the war in Ukraine. All times GMT.",
  notes="Invented outlet. HTML live blog, NEWEST first; JSON-LD @graph with a WebPage node and a node typed ['NewsArticle','LiveBlogPosting'] "
        "whose liveBlogUpdate array lists the updates oldest first with datePublished in Z; visible '19:30 GMT' in a span above each h2; byline in "
        "<p class='by'> after the body (none on the teaser). Entry 05 is a video teaser without body; entry 03 is the day's theme piece (explainer). " + D3,
  not_entries=["header and menu", "h1 title", "date line", "standfirst", "byline paragraphs", "newsletter promo", "footer"],
  entries=[
  E("2022-11-20 19:30", "Kherson shelling toll rises to two",
    ["A second person has died after Russian shelling of a residential area of Kherson earlier today, the city's military administration said.",
     "Officials urged residents to stay close to shelters."],
    "strikes", "strikes", 3, KHE, a="Fern Aldous", n="Toll two (latest)."),
  E("2022-11-20 17:10", "Germany to send more ammunition for Gepard guns",
    ["Germany will deliver several thousand more rounds for the Gepard anti-aircraft guns it has given Ukraine, after finding a new supplier, the defence ministry in Berlin said."],
    "aid", "aid", 2, "germany-gepard-ammunition-2022-11-20", a="Fern Aldous"),
  E("2022-11-20 15:05", "Explainer: what would a protection zone around the plant mean?",
    ["The IAEA has spent months trying to negotiate a zone around the Zaporizhzhia plant in which neither side would fire or station heavy weapons.",
     "Such a zone would not require either army to give up territory, but both would have to agree on its lines and on who checks them.",
     "Moscow and Kyiv say they back the idea in principle, yet each accuses the other of using the site for military gain."],
    "other", "security", 2, "explainer-znpp-protection-zone", a="Giles Marten", sec=["diplomacy"], n="Theme piece (explainer with body): own story, importance 2; must not merge with the shelling story."),
  E("2022-11-20 12:40", "IAEA chief demands an end to attacks on nuclear plant",
    ["Rafael Grossi said whoever was firing at the Zaporizhzhia plant was taking huge risks with people's lives, and called the attacks a flagrant breach of basic nuclear safety rules."],
    "strikes", "strikes", 3, ZN3, a="Giles Marten", sec=["diplomacy"], n="Reaction whose content is the shelling itself: same story."),
  E("2022-11-20 10:20", "Watch: IAEA footage from inside the damaged plant", [], "strikes", "strikes", 1, ZN3, n="Video teaser without body: importance 1."),
  E("2022-11-20 09:00", "Kherson residents offered evacuation for the winter",
    ["Ukraine's government said it was ready to move residents of the Kherson and Mykolaiv regions to safer areas for the winter because of damage to the power grid and heating networks.",
     "The evacuation would be voluntary and free, the deputy prime minister said."],
    "other", "humanitarian", 2, "kherson-winter-evacuation-offer", a="Fern Aldous", n="Same city as the shelling, different event: must not merge."),
  E("2022-11-20 07:45", "Zaporizhzhia plant hit by more than a dozen blasts",
    ["The Zaporizhzhia nuclear power station in Russian-held southern Ukraine came under heavy shelling overnight, with more than a dozen explosions recorded, the UN nuclear watchdog said."],
    "strikes", "strikes", 3, ZN3, a="Giles Marten"),
  ]))

SEEDS.append(dict(id="7843", name="7843_orchelby-article", ext="txt", source="Orchelby Journal", zone="Europe/Paris", render=r_textarticle,
  title="Zaporizhzhia: the nuclear plant under fire again", crumbs="Accueil > International > Europe",
  lede="Shelling at Europe's largest nuclear plant, a deadly day in Kherson and a date for a Paris conference.",
  byline_line="Par Claire Vaudrey, with agencies", dateline="Publi\u00e9 le 20/11/2022 \u00e0 18h10", share="Partager  Facebook  Twitter  E-mail",
  more="\u00c0 lire aussi : Ukraine's winter: how Europe plans to keep the lights on", footer="\u00a9 Orchelby Journal 2022 - Mentions l\u00e9gales - Cookies",
  notes="Invented outlet (French, English edition; chrome and dateline in French). Text article with three section headings; one entry per section, "
        "stamp null, published = the dateline 'Publi\u00e9 le 20/11/2022 \u00e0 18h10' (Paris, CET, UTC+1). Page byline 'Par Claire Vaudrey, with "
        "agencies': author = Claire Vaudrey. Spells the plant 'Zaporozhye' in its section. " + D3,
  not_entries=["outlet name and breadcrumb", "title", "standfirst", "byline line", "dateline", "share line", "'\u00c0 lire aussi' link", "footer"],
  entries=[
  E("2022-11-20 18:10", "Blasts at Zaporozhye",
    ["The Zaporozhye plant, held by Russian troops since March, was hit by around fifteen explosions between Saturday evening and Sunday morning, according to the IAEA, which said some shells fell close to the reactors.",
     "Rosatom accused Kyiv of the attacks, and Ukraine accused Russia of provocation."],
    "strikes", "strikes", 3, ZN3, a="Claire Vaudrey", n="'Around fifteen' blasts; spelling Zaporozhye."),
  E("2022-11-20 18:10", "Kherson under shellfire",
    ["In Kherson, retaken by Ukraine on 11 November, Russian artillery firing from the left bank of the Dnipro killed two civilians on Sunday, local authorities said."],
    "strikes", "strikes", 3, KHE, a="Claire Vaudrey"),
  E("2022-11-20 18:10", "Paris to host winter aid conference",
    ["France will host an international conference on 13 December to help Ukraine through the winter, with a focus on energy, water and food, the foreign ministry said."],
    "aid", "aid", 2, "paris-winter-support-conference", a="Claire Vaudrey", sec=["diplomacy"]),
  ]))


# ============================================================ emit
BASIS = {
  "r_durango": "no per-item time or headline; the page time '{pg}' (no zone printed; Mountain time implied by the outlet's home, MDT = UTC-6) is used for every item",
  "r_wwub": "visible relative stamp '{s}' on a <time datetime=\"{iso}\"> (PDT, UTC-7); consistent with the page cache time in the head comment",
  "r_dil": "pubDate '{s}' (explicit -0600, Mountain daylight time)",
  "r_woodstock": "no visible time (only 'Publishing date: Sep 04, 2022'); NewsArticle JSON-LD datePublished {iso} (EDT) is used for every section",
  "r_orillia": "card stamp '{s}' (date and 12 h time; no zone printed, Eastern time implied by the outlet's home, EDT = UTC-4)",
  "r_gfh": "stamp '{s}' printed after the headline (no zone printed; Central time implied by the outlet's home, CDT = UTC-5)",
  "r_katherine": "pubDate '{s}' (explicit +0930, Darwin, no daylight saving)",
  "r_hbt": "card stamp '{s}' (no zone printed; New Zealand time implied, NZDT = UTC+13)",
  "r_transcon": "ACM stamp '{s}': the first-published time is used (date taken from the updated part when the first-published part has none); Adelaide daylight time implied, ACDT = UTC+10:30",
  "r_borderwatch": "stamp '{s}' under the day header '{dh}' (no year on the page: parse_args --date); Adelaide daylight time implied, ACDT = UTC+10:30",
  "r_hallowmere": "signature time '{s}' after the body, on the page date {d}; 'All times BST' = UTC+1",
  "r_greyholt": "stamp '{s}' in <time datetime=\"{iso}\"> on {d}; the JSON-LD update datePublished agrees",
  "r_rss_world": "pubDate '{s}' (explicit zone)",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_textarticle": "no per-section time; the article dateline '{dl}' ({z}) is used for every section",
  "r_gorsemoor": "stamp '{s}' in <time datetime=\"{iso}\"> on {d}; BST = UTC+1",
  "r_quillcombe": "stamp '{s}' printed after the headline, on the page date {d}; CEST = UTC+2",
  "r_skelbrook": "stamp '{s}' under the date line '{dl}' (no year: parse_args --date); 'All times Kyiv (EET)' = UTC+2",
  "r_crickhollow": "stamp '{s}' on the page date {d}; GMT = UTC; the JSON-LD update datePublished agrees",
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
            pg = None
            if rname == "r_durango":
                d0 = dt(S["page_t"], S["zone"]); pg = f"{DAYS[d0.weekday()]}, {MONTHS[d0.month - 1]} {d0.day}, {d0.year} {t12(d0, lower=False, space=' ')}"
            basis = BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), z=S["zone"], iso=d.isoformat(), pg=pg,
                                        dh=f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}", dl=S.get("dateline"))
            if e["n"]:
                pass
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": basis,
                         "author": e["a"],
                         "first_sentence": first_sentence(e["p"][0]) if e["p"] else None,
                         "body_paragraphs": len(e["p"]) if rname not in ("r_wwub", "r_katherine") else (1 if e["p"] else 0),
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
        print(f"{fn:40s} {len(ents)}")
    print("total entries", total)


if __name__ == "__main__":
    main()

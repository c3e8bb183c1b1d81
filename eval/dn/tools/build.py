#!/usr/bin/env python3
"""Builds the eval/dn seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own invented wording (no copied sentences). Part A imitates the
page layouts of ten real US TV-station sites from memory; Part B outlets are invented. Deterministic.
Run from the project root:  python3 eval/dn/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "U.K.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "D-N.H.", "Calif.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=""):
    """one entry: t = local time 'YYYY-MM-DD HH:MM' in the page zone, h = headline (None if the page prints none),
    p = body paragraphs, labels, st = story slug, a = author as printed (None if none)."""
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018\u2014]|$)', par):
        head = par[:m.end()]
        if m.end() < len(par) and head.endswith(ABBREV):
            continue
        if m.end() < len(par) and re.search(r"\b[A-Z]\.$", head):  # an initial
            continue
        return head
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space=" ", upper=True, dots=False):
    hh = d.hour % 12 or 12
    if dots:
        suf = "a.m." if d.hour < 12 else "p.m."
    else:
        suf = ("AM" if d.hour < 12 else "PM") if upper else ("am" if d.hour < 12 else "pm")
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first (page order)"


def slugify(s, n=60):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:n].rstrip("-")


def hearst_stamp(d):
    """Hearst Television: 'Updated: 4:18 PM EST Jan 6, 2026'."""
    return f"Updated: {ampm(d)} {d.tzname()} {SHORT[d.month - 1]} {d.day}, {d.year}"


def ld(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + '</script>'


HEARST_AFF = ("Hearst Television participates in various affiliate marketing programs, which means we may get paid commissions "
              "on editorial products purchased through our links to retailer sites.")


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_wtae(S):
    """WTAE (Hearst Television) article page carrying an AP 'The Latest' file, HTML. Hearst chrome (weather widget,
    'Updated: 4:18 PM EST Jan 6, 2026', share bar, 'Advertisement', affiliate notice, 'Infinite Scroll Enabled').
    The AP items have no headlines: an AP-style time line ('3:55 p.m.') then text, newest first. The intro says
    '(all times local)' under a KYIV dateline, so item times are Kyiv time while the page header is Eastern."""
    z = S["zone"]; order_check(S, True)
    up = dt(S["updated"], S["home"])
    first = dt(S["entries"][-1]["t"], z)
    doc = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "mainEntityOfPage": S["url"],
           "datePublished": first.astimezone(UTC).isoformat().replace("+00:00", "Z"),
           "dateModified": up.astimezone(UTC).isoformat().replace("+00:00", "Z"),
           "author": [{"@type": "Organization", "name": "Associated Press"}],
           "publisher": {"@type": "Organization", "name": "WTAE", "logo": {"@type": "ImageObject", "url": "https://www.wtae.com/logo.png"}},
           "articleSection": "Nation & World"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           f'<link rel="canonical" href="{S["url"]}">', '<meta property="og:site_name" content="WTAE">', ld(doc), '</head><body>',
           '<a class="skip-link" href="#main">Skip to content</a>',
           '<header class="header"><a class="header-logo" href="/">WTAE Pittsburgh\'s Action News 4</a>'
           '<div class="weather-widget"><span class="weather-location">Pittsburgh, PA</span> <span class="weather-temp">27\u00b0</span>'
           ' <span class="weather-sponsor">Sponsored by</span></div>'
           '<nav class="header-nav"><a href="/local-news">Local News</a> <a href="/weather">Weather</a> <a href="/watch-live">Watch Live</a> '
           '<a href="/sports">Sports</a> <a href="/politics">Politics</a> <a href="/investigates">Action News Investigates</a> '
           '<a href="/nation-world">Nation &amp; World</a> <a href="/app">Get the App</a></nav><a class="search" href="/search">Search</a></header>',
           '<div class="ad-container">Advertisement</div>',
           '<main id="main"><article class="article">', f'<h1 class="article-headline--title">{esc(S["title"])}</h1>',
           f'<div class="article-date-updated"><time datetime="{up.astimezone(UTC).isoformat().replace("+00:00", "Z")}">{hearst_stamp(up)}</time></div>',
           '<div class="article-byline"><span class="byline-name">Associated Press</span></div>',
           '<div class="share-bar"><button>Share</button> <button>Copy Link</button> <span class="copied">Copy</span></div>',
           '<figure class="article-lead-image"><figcaption>Firefighters work at the site of a Russian drone attack in Kharkiv, Ukraine. (AP Photo)</figcaption></figure>',
           f'<div class="article-content--body-text"><p>{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, dots=True); stamps.append(st)
        out.append('<p>___</p>')
        out.append(f'<p><strong>{st}</strong></p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 2:
            out.append('<div class="ad-container">Advertisement</div>')
    out += ['</div>', f'<p class="article-copyright">{esc(S["copy"])}</p>', f'<p class="affiliate-disclaimer">{HEARST_AFF}</p>',
            '<div class="infinite-scroll-label">Infinite Scroll Enabled</div></article>',
            '<aside class="related"><h2>Top Picks</h2><a href="/article/pittsburgh-snow-emergency-parking/">Pittsburgh declares snow emergency; what to know about parking</a>'
            ' <a href="/article/steelers-playoff-tickets/">Steelers fans line up for playoff tickets</a></aside></main>',
            '<footer><a href="/about">About Us</a> <a href="/contact">Contact Us</a> <a href="/careers">Careers</a> <a href="/privacy">Privacy Notice</a> '
            '<a href="/terms">Terms of Use</a> <p>\u00a92026, Hearst Television Inc. on behalf of WTAE-TV.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_wfla(S):
    """WFLA (Nexstar, WordPress) category feed, RSS 2.0: pubDate in +0000, dc:creator 'NAME, Associated Press',
    description = excerpt ending ' [&#8230;]', content:encoded = full HTML. Newest first."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" '
           'xmlns:media="http://search.yahoo.com/mrss/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<atom:link href="https://www.wfla.com/news/world/feed/" rel="self" type="application/rss+xml" />',
           '<link>https://www.wfla.com</link>', '<description>Tampa, Florida News, Weather, Sports</description>',
           f'<lastBuildDate>{last.strftime("%a, %d %b %Y %H:%M:%S %z")}</lastBuildDate>', '<language>en-US</language>',
           '<sy:updatePeriod>hourly</sy:updatePeriod>', '<sy:updateFrequency>1</sy:updateFrequency>', '<generator>https://wordpress.org/?v=6.8.1</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        link = f"https://www.wfla.com/news/world/{slugify(e['h'])}/"
        words = e["p"][0].split()
        excerpt = " ".join(words[:24]) + (" [&#8230;]" if len(words) > 24 else "")
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>',
                f'<dc:creator><![CDATA[{e["byline"]}]]></dc:creator>', f'<pubDate>{st}</pubDate>']
        out += [f'<category><![CDATA[{c}]]></category>' for c in e["cats"]]
        out += [f'<guid isPermaLink="false">https://www.wfla.com/?p={2391170 + 37 * (len(S["entries"]) - i)}</guid>',
                f'<description><![CDATA[{excerpt}]]></description>',
                '<content:encoded><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></content:encoded>',
                f'<media:content url="https://www.wfla.com/wp-content/uploads/sites/71/2026/01/AP26013{i:02d}.jpg" medium="image" />', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def rel(ref, d):
    mins = int((ref - d).total_seconds() // 60)
    if mins < 60:
        return f"{mins} minutes ago"
    assert mins % 60 == 0, "relative stamps in hours must be whole hours"
    h = mins // 60
    return "1 hour ago" if h == 1 else f"{h} hours ago"


def r_kprc(S):
    """KPRC 2 / Click2Houston (Graham Media Group, Arc) World section, text scrape. Cards: headline, summary,
    'NAME, Associated Press', relative time ('38 minutes ago', '5 hours ago'). The only clock is the header weather bar."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = ["Skip to main content", "", "Click2Houston", "KPRC 2", "Watch Live", "Newsletters", "Sign In", "",
         f"Houston, TX  61\u00b0  Clear  |  {DAYS[ref.weekday()]}, {MONTHS[ref.month - 1]} {ref.day}, {ref.year} {ampm(ref)}  |  KPRC 2 Pinpoint Weather", "",
         "News   Weather   Traffic   Houston Life   KPRC 2 Investigates   Sports   Video   Newsletters   Deals", "",
         "World", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rel(ref, d); stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [e["byline"], st, ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Load More", "", "Trending on Click2Houston", "Harris County deputies investigate overnight crash on Beltway 8",
          "Cold front brings freeze warning to northern suburbs", "",
          "Copyright \u00a9 2026 Click2Houston.com is managed by Graham Digital and published by Graham Media Group, a division of Graham Holdings.", "",
          "About Us   Contact Us   Careers at KPRC 2   Privacy Policy   Terms of Use   FCC Public File   Closed Captioning"]
    return "\n".join(L) + "\n", stamps


def r_wjxt(S):
    """News4JAX / WJXT (Graham Media Group, Arc) AP article with h2 sections, HTML + NewsArticle JSON-LD.
    Page lines 'Published: January 28, 2026 at 7:12 AM' and 'Updated: ...' (no zone). Sections carry no time."""
    z = S["zone"]; pub = dt(S["published"], z); up = dt(S["updated"], z)
    doc = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
           "datePublished": pub.astimezone(UTC).isoformat().replace("+00:00", "Z"), "dateModified": up.astimezone(UTC).isoformat().replace("+00:00", "Z"),
           "author": [{"@type": "Person", "name": n} for n in S["authors"]],
           "publisher": {"@type": "Organization", "name": "WJXT News4JAX"}, "articleSection": "World",
           "keywords": ["World", "Ukraine", "Russia"]}
    def f(d):
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year} at {ampm(d)}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>', ld(doc), '</head><body>',
           '<header class="site-header"><a href="/" class="logo">News4JAX</a> <span class="tagline">The Local Station</span> '
           '<a class="watch" href="/live/">Watch Live</a> <a class="wx" href="/weather/">Jacksonville 48\u00b0</a>'
           '<nav><a href="/news/">News</a> <a href="/weather/">Weather</a> <a href="/news/local/i-team/">I-TEAM</a> <a href="/the-morning-show/">The Morning Show</a> '
           '<a href="/river-city-live/">River City Live</a> <a href="/sports/">Sports</a> <a href="/newsletters/">Newsletters</a></nav></header>',
           '<main><article><div class="eyebrow"><a href="/news/world/">World</a></div>', f'<h1 class="headline">{esc(S["title"])}</h1>',
           f'<div class="byline">{esc(S["byline"])}</div>',
           f'<div class="timestamp"><span>Published: {f(pub)}</span> <span>Updated: {f(up)}</span></div>',
           '<div class="tags">Tags: <a href="/topic/World/">World</a>, <a href="/topic/Ukraine/">Ukraine</a>, <a href="/topic/Russia/">Russia</a></div>',
           f'<figure><figcaption>{esc(S["caption"])}</figcaption></figure>', f'<p class="lede">{esc(S["lede"])}</p>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append('<div class="ad">Advertisement</div>')
    out += [f'<p class="footnote"><em>{esc(S["contrib"])}</em></p>',
            '<p class="copyright">Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.</p>',
            '</article><aside class="related"><h3>Recommended Videos</h3><a href="/news/local/jta-bus-routes/">JTA adjusts bus routes for Mayport Road project</a></aside></main>',
            '<footer>Copyright \u00a9 2026 News4JAX.com is managed by Graham Digital and published by Graham Media Group, a division of Graham Holdings. '
            '<a href="/about/">About Us</a> <a href="/careers/">Careers</a> <a href="/fcc/">FCC Public File</a> <a href="/privacy/">Privacy Policy</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def hearst_txt_head(call, city, temp, section):
    return ["Skip to content", "", call, "", city, f"{temp}\u00b0", "Sponsored by", "", "Menu", "Search", "",
            "Local News   Weather   Watch Live   Sports   Politics   Investigates   Nation & World   Get the App", "",
            section, ""]


def hearst_txt_foot(call):
    return ["Infinite Scroll Enabled", "", HEARST_AFF, "",
            "About Us   Contact Us   Careers   Privacy Notice   Terms of Use   Public Inspection File   EEO Report   Closed Captioning",
            f"\u00a92026, Hearst Television Inc. on behalf of {call}-TV."]


def r_kmbc(S):
    """KMBC 9 (Hearst) 'Nation & World' section, text scrape. Cards newest first: headline, then
    'Updated: 11:40 AM CST Feb 10, 2026', then the dek; wire credit 'Associated Press' or a name line; 'Advertisement' breaks."""
    z = S["zone"]; order_check(S, True)
    L = hearst_txt_head("KMBC 9 Kansas City", "Kansas City, MO", 24, S["title"])
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = hearst_stamp(d); stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"]) + [e["byline"], ""]
        if i in (2, 5):
            L += ["Advertisement", ""]
    L += ["Show More", ""] + hearst_txt_foot("KMBC")
    return "\n".join(L) + "\n", stamps


def r_wisn(S):
    """WISN 12 (Hearst) live updates article, HTML + NewsArticle JSON-LD (no liveBlogUpdate). Oldest first; each post a
    '10:05 AM CST' line BEFORE an h3 headline, then a byline line, then text. Page date only in the Updated header."""
    z = S["zone"]; order_check(S, False)
    up = dt(S["updated"], z); first = dt(S["entries"][0]["t"], z)
    doc = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "mainEntityOfPage": S["url"],
           "datePublished": first.astimezone(UTC).isoformat().replace("+00:00", "Z"), "dateModified": up.astimezone(UTC).isoformat().replace("+00:00", "Z"),
           "author": [{"@type": "Organization", "name": "WISN 12 News"}], "publisher": {"@type": "Organization", "name": "WISN"}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>', ld(doc), '</head><body>',
           '<header class="header"><a class="header-logo" href="/">WISN 12 Milwaukee</a>'
           '<div class="weather-widget"><span>Milwaukee, WI</span> <span>19\u00b0</span> <span>Sponsored by</span></div>'
           '<nav><a href="/local-news">Local News</a> <a href="/weather">Weather</a> <a href="/watch-live">Watch Live</a> <a href="/sports">Sports</a> '
           '<a href="/12-news-investigates">12 Investigates</a> <a href="/politics">Politics</a> <a href="/nation-world">Nation &amp; World</a></nav></header>',
           '<div class="ad-container">Advertisement</div>',
           '<main><article>', '<div class="article-label">LIVE UPDATES</div>', f'<h1>{esc(S["title"])}</h1>',
           f'<div class="article-date-updated">{hearst_stamp(up)}</div>',
           '<div class="article-byline">WISN 12 News and Associated Press</div>',
           '<div class="share-bar"><button>Share</button> <button>Copy Link</button></div>',
           f'<div class="article-content--body-text"><p>{esc(S["lede"])}</p></div>', '<div class="live-updates">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d)} {d.tzname()}"; stamps.append(st)
        out.append(f'<section class="live-update"><p class="live-update-time">{st}</p><h3>{esc(e["h"])}</h3>')
        out.append(f'<p class="live-update-byline">{esc(e["byline"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="video-embed">Video player loading</div>')
        out.append('</section>')
        if i == 3:
            out.append('<div class="newsletter-signup">Get the WISN 12 News daily newsletter. <button>Sign Up</button></div>')
    out += ['</div>', f'<p class="affiliate-disclaimer">{HEARST_AFF}</p>', '</article>',
            '<aside><h2>Top Picks</h2><a href="/article/milwaukee-lakefront-ice/">Ice shoves pile up along Milwaukee lakefront</a></aside></main>',
            '<footer><a href="/about">About Us</a> <a href="/privacy">Privacy Notice</a> <a href="/terms">Terms of Use</a> '
            '<p>\u00a92026, Hearst Television Inc. on behalf of WISN-TV.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_kcra(S):
    """KCRA 3 (Hearst) nation & world feed, RSS 2.0: pubDate with a zone NAME ('PST'), description with the dek,
    no creator element. Newest first."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.kcra.com/nation-world</link>',
           '<description>The latest national and international news from KCRA 3 in Sacramento.</description>', '<language>en-us</language>',
           '<copyright>Copyright 2026, Hearst Television Inc.</copyright>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S ") + d.tzname(); stamps.append(st)
        link = f"https://www.kcra.com/article/{slugify(e['h'], 70)}/{70412000 + 991 * i}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<description>{esc(" ".join(e["p"]))}</description>',
                f'<media:thumbnail url="https://kubrick.htvapps.com/htv-prod-media.s3.amazonaws.com/images/ap-{i + 11}.jpg" />', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_wlwt(S):
    """WLWT 5 (Hearst) live updates article, text scrape. Oldest first; each post: headline, then a bare '9:14 AM'
    (no date, no zone), optional byline, text. The only date is the header 'Updated: 2:52 PM EDT Mar 10, 2026'."""
    z = S["zone"]; order_check(S, False)
    up = dt(S["updated"], z)
    L = hearst_txt_head("WLWT 5 Cincinnati", "Cincinnati, OH", 41, "NATION & WORLD")
    L += [S["title"], "", hearst_stamp(up), "", S["byline"], "", "Share", "Copy Link", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d); stamps.append(st)
        L += [e["h"], st, ""]
        if e.get("sig"):
            L += [e["sig"], ""]
        L += ptxt(e["p"])
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Copyright 2026 by The Associated Press. All Rights Reserved.", ""] + hearst_txt_foot("WLWT")
    return "\n".join(L) + "\n", stamps


def r_wmur(S):
    """WMUR 9 (Hearst) 'key developments' round-up, HTML + NewsArticle JSON-LD. h2 sections (Fighting / Diplomacy / Aid)
    with bullet items: no headline and no time per item; the only time is the page's 'Updated: ... EDT Mar 23, 2026'."""
    z = S["zone"]; up = dt(S["updated"], z)
    doc = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "mainEntityOfPage": S["url"],
           "datePublished": up.astimezone(UTC).isoformat().replace("+00:00", "Z"), "dateModified": up.astimezone(UTC).isoformat().replace("+00:00", "Z"),
           "author": [{"@type": "Organization", "name": "Associated Press"}], "publisher": {"@type": "Organization", "name": "WMUR"}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>', ld(doc), '</head><body>',
           '<header class="header"><a class="header-logo" href="/">WMUR 9 New Hampshire</a>'
           '<div class="weather-widget"><span>Manchester, NH</span> <span>38\u00b0</span></div>'
           '<nav><a href="/local-news">Local News</a> <a href="/weather">Weather</a> <a href="/watch-live">Watch Live</a> <a href="/politics">Politics</a> '
           '<a href="/sports">Sports</a> <a href="/chronicle">Chronicle</a> <a href="/nation-world">Nation &amp; World</a></nav></header>',
           '<div class="ad-container">Advertisement</div>', '<main><article>', f'<h1>{esc(S["title"])}</h1>',
           f'<div class="article-date-updated">{hearst_stamp(up)}</div>', '<div class="article-byline">Associated Press</div>',
           '<div class="share-bar"><button>Share</button> <button>Copy Link</button></div>',
           f'<div class="article-content--body-text"><p>{esc(S["lede"])}</p>']
    cur = None
    for e in S["entries"]:
        if e["sect"] != cur:
            if cur is not None:
                out.append('</ul>')
            cur = e["sect"]; out.append(f'<h2>{esc(cur)}</h2><ul>')
        out.append('<li>' + " ".join(esc(p) for p in e["p"]) + '</li>')
    out += ['</ul></div>', '<div class="related-stories"><h2>Related Content</h2><a href="/article/nh-national-guard-deployment/">'
            'New Hampshire Guard engineers return from Poland deployment</a></div>', f'<p class="affiliate-disclaimer">{HEARST_AFF}</p>',
            '<div class="infinite-scroll-label">Infinite Scroll Enabled</div></article></main>',
            '<footer><a href="/about">About Us</a> <a href="/privacy">Privacy Notice</a> <p>\u00a92026, Hearst Television Inc. on behalf of WMUR-TV.</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_koat(S):
    """KOAT 7 (Hearst) overnight live updates, text scrape. Newest first; each post: '12:40 AM MDT' line BEFORE the
    headline, then text. Header 'Updated: 1:35 AM MDT Mar 28, 2026' is the only date; posts cross local midnight."""
    z = S["zone"]; order_check(S, True)
    up = dt(S["updated"], z)
    L = hearst_txt_head("KOAT Action 7 News", "Albuquerque, NM", 36, "NATION & WORLD")
    L += ["LIVE", S["title"], "", hearst_stamp(up), "", S["byline"], "", "Share", "Copy Link", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d)} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["Advertisement", ""]
    L += ["This live coverage has ended. For the latest, visit koat.com/nation-world.", ""] + hearst_txt_foot("KOAT")
    return "\n".join(L) + "\n", stamps


# ================================================================ Part B renderers (invented outlets)

def r_gullholt(S):
    """text live (UK), newest first; a 'Key Points' block of bullet headlines; '4.40pm' stamp line BEFORE the headline;
    'By NAME' line after the headline; printed note 'Times are GMT'."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Home | UK | World | Money | Sport | Opinion | Puzzles", "", "LIVE", S["title"], S["dateline"], S["tznote"], "",
         S["lede"], "", "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep=".", space="", upper=False); stamps.append(st)
        L += [st, e["h"]]
        if e["a"]:
            L += [f"By {e['a']}"]
        L += [""] + ptxt(e["p"]) + ["Share this update", ""]
        if i == 2:
            L += ["Sign up to the Standard’s Ukraine Briefing, free to your inbox every evening.", ""]
    L += ["Show older updates", "", f"\u00a9 {S['source']} \u00b7 Contact \u00b7 Corrections \u00b7 Privacy \u00b7 Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_dravesholm(S):
    """HTML live (Kyiv), oldest first; LiveBlogPosting JSON-LD with per-update datePublished and author; visible stamp
    '4 February 2026, 07:05' in <time datetime>; 'Text: NAME' signature after the body."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#post-{4101 + i}", "headline": e["h"], "datePublished": d.isoformat(),
                    "articleBody": " ".join(e["p"]), "author": {"@type": "Person", "name": e["a"]}})
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    doc = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
           "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
           "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 {S["source"]}</title>', ld(doc), '</head><body>',
           f'<div class="cookies">This site uses cookies. <button>Accept</button> <button>Manage</button></div>',
           f'<header><a class="logo" href="/">{S["source"]}</a><nav><a href="/war">War</a> <a href="/politics">Politics</a> <a href="/economy">Economy</a> '
           '<a href="/regions">Regions</a> <a href="/donate">Donate</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="post" id="post-{4101 + i}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="signature">Text: {esc(e["a"])}</p><div class="share">Share \u00b7 Copy link</div></article>')
        if i == 3:
            out.append('<aside class="read-also"><b>Read also:</b> <a href="/war/air-defence-map">Where Ukraine\u2019s air defence systems are \u2013 and are not</a></aside>')
    out += ['<p class="end">The live blog continues tomorrow.</p></main>', f'<footer>\u00a9 {S["source"]} \u00b7 Editorial policy \u00b7 Contacts</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """generic RSS 2.0 world feed, newest first; pubDate with 'GMT' or a numeric offset (S['rfc']); optional dc:creator;
    description = CDATA HTML paragraphs."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>', f'<ttl>{S.get("ttl", 15)}</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if S["rfc"] == "GMT" else d.strftime("%z")); stamps.append(st)
        link = f"{S['url']}/{e.get('cat', 'world').lower()}/{slugify(e['h'], 50)}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """generic Atom 1.0 feed, newest first; <published> ISO with the outlet's offset (Z for UTC); escaped HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    iso = lambda d: d.isoformat().replace("+00:00", "Z")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>tag:{S["url"].split("//")[1].split("/")[0]},2026:feed</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" href="{S["url"]}/{slugify(e["h"], 50)}"/>',
                f'<id>tag:{S["url"].split("//")[1].split("/")[0]},2026:{7300 + i * 13}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_quillfarrow(S):
    """HTML live (Warsaw), newest first, no JSON-LD; h2 headline, then a meta line '<time>20:15 CET</time> · Written by NAME';
    'Photos:' teaser rendered as a gallery placeholder."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<meta name="description" content="Live coverage of Russia\u2019s war against Ukraine.">', '</head><body>',
           '<div id="consent">We value your privacy. <button>Accept</button> <button>Options</button></div>',
           f'<header><span class="brand">{S["source"]}</span><nav><a>Home</a> <a>Poland</a> <a>World</a> <a>Ukraine</a> <a>Business</a> <a>Opinion</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        out.append(f'<div class="entry"><h2>{esc(e["h"])}</h2>')
        meta = f'<p class="meta"><time>{st}</time>' + (f' \u00b7 Written by {esc(e["a"])}' if e["a"] else '') + '</p>'
        out.append(meta)
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">Gallery (12 photos) \u2013 swipe to view</div>')
        out.append('</div>')
        if i == 2:
            out.append('<aside><h3>Related</h3><a href="/world/samara-region-explained">The Samara region: Russia\u2019s refining heartland</a></aside>')
    out += ['<p class="archive"><a href="/live/ukraine/2026-02-04">Wednesday\u2019s live coverage</a></p></main>',
            f'<footer>{S["source"]} \u00b7 About us \u00b7 Advertising \u00b7 Privacy policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_selvanby(S):
    """text live (US), oldest first; headline line, then '1:20 a.m. EST | By NAME'; page date line 'Thursday, Feb. 5, 2026'."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "U.S.   World   Politics   Business   Sports   Opinion   Newsletters", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, dots=True)} {d.tzname()}"; stamps.append(st)
        L += [e["h"], f"{st} | By {e['a']}" if e["a"] else st, ""] + ptxt(e["p"])
        if i == 3:
            L += ["ADVERTISEMENT", ""]
    L += ["This live blog has ended.", "", f"{S['source']} \u00b7 Terms of Use \u00b7 Privacy Policy \u00b7 Do Not Sell My Personal Information"]
    return "\n".join(L) + "\n", stamps


def r_stovbur(S):
    """text live (Kyiv), oldest first; date line WITHOUT a year ('Saturday, 14 March'); bare '06:10' line before the
    headline; one page byline (two names); 'Video:' teaser without text."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Front line \u00b7 Politics \u00b7 Economy \u00b7 Regions \u00b7 Live", "", S["title"], S["dateline"], f"Text: {S['byline']}", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + (ptxt(e["p"]) if e["p"] else ["[video]", ""])
        if i == 3:
            L += ["Support independent Ukrainian journalism \u2014 become a member.", ""]
    L += ["Follow us on Telegram.", "", f"{S['source']} \u00b7 About \u00b7 Contacts \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_orvanne(S):
    """HTML live (New York), newest first; 'Key Points' list; LiveBlogPosting JSON-LD whose updates all carry the PAGE's
    datePublished (no per-update time there); visible per-entry '<time datetime=...>5:55 PM EDT</time>' after the headline."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    pub = first.isoformat()
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#block-{9000 + i}", "headline": S["title"], "datePublished": pub, "dateModified": last.isoformat(),
            "articleBody": (" ".join(e["p"]) or e["h"])[:300]} for i, e in enumerate(S["entries"])]
    doc = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": pub,
           "dateModified": last.isoformat(), "coverageStartTime": pub, "author": [{"@type": "Person", "name": n} for n in S["authors"]],
           "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - {S["source"]}</title>', ld(doc), '</head><body>',
           f'<header><a class="masthead" href="/">{S["source"]}</a><nav><a>World</a> <a>U.S.</a> <a>Politics</a> <a>Business</a> <a>Opinion</a></nav>'
           '<a class="sub" href="/subscribe">Subscribe</a></header>',
           f'<main><p class="kicker">LIVE</p><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="dek">{esc(S["lede"])}</p>',
           '<section class="key-points"><h2>Key Points</h2><ul>'] + [f'<li>{esc(e["h"])}</li>' for e in S["entries"] if e["kp"]] + ['</ul></section>', '<h2 class="latest">Latest updates</h2>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d)} {d.tzname()}"; stamps.append(st)
        out.append(f'<div class="live-block" id="block-{9000 + i}"><h3>{esc(e["h"])}</h3>'
                   f'<p class="byline"><time datetime="{d.isoformat()}">{st}</time> \u2014 {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 2:
            out.append('<div class="promo">Get our World Briefing newsletter every weekday.</div>')
    out += ['</main>', f'<footer>\u00a9 2026 {S["source"]} \u00b7 Help \u00b7 Privacy \u00b7 Terms</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def B(e, byline, **kw):
    e["byline"] = byline
    e.update(kw)
    return e


SEEDS = []

# ================================================================ PART A: ten real outlets' layouts (own words)
AP = "Associated Press"

# ---------------------------------------------------------------- 11900 WTAE 4 (Pittsburgh)
PARIS = "paris-security-guarantees-meeting-2026-01-06"
SEEDS.append(dict(
  id="11900", name="11900_wtae-thelatest", ext="html", source="WTAE", zone="Europe/Kyiv", home="America/New_York", render=r_wtae,
  title="The Latest: Russia hits Ukraine's power grid again as allies meet in Paris on postwar guarantees",
  url="https://www.wtae.com/article/the-latest-russia-ukraine-war-paris-meeting/69874512", updated="2026-01-06 16:18",
  lede="KYIV, Ukraine (AP) \u2014 The latest on Russia's war in Ukraine (all times local):",
  copy="Copyright 2026 by The Associated Press. All Rights Reserved.",
  basis="AP item time '{s}' is Kyiv time: the intro says '(all times local)' under a KYIV dateline; the date comes from the page line 'Updated: 4:18 PM EST Jan 6, 2026' (= 11:18 p.m. Jan 6 in Kyiv), newest first with no midnight crossing; local {d} in {z}",
  notes="Imitates a Hearst Television article page (WTAE) carrying an AP 'The Latest' file. Hearst chrome: weather widget, 'Advertisement' slots, 'Updated: 4:18 PM EST Jan 6, 2026', byline 'Associated Press', share bar, affiliate notice, 'Infinite Scroll Enabled', 'Top Picks'. The AP items have NO headlines: each is a '___' separator, a bold AP-style time ('11:05 p.m.') and text, newest first. The intro 'KYIV, Ukraine (AP) \u2014 The latest on Russia's war in Ukraine (all times local):' makes the item times Kyiv time (EET, UTC+2), not Pittsburgh time; this is also the only reading consistent with the page's update time (11:05 p.m. Eastern would be after 4:18 PM EST). page_timezone is therefore Europe/Kyiv. All items fall on 2026-01-06 UTC. JSON-LD is a NewsArticle (no updates). Author: the page byline 'Associated Press' for every item. Two items (01, 02) are the same story (the Paris meeting and Zelenskyy's reaction to it).",
  not_entries=["'Skip to content' link", "WTAE logo, weather widget 'Pittsburgh, PA 27\u00b0 Sponsored by', navigation and Search", "'Advertisement' slots (top and after the third item)",
               "page headline (page title)", "'Updated: 4:18 PM EST Jan 6, 2026' (page time)", "byline 'Associated Press'", "share bar (Share, Copy Link, Copy)",
               "lead image caption 'Firefighters work at the site of a Russian drone attack in Kharkiv, Ukraine. (AP Photo)'",
               "intro line 'KYIV, Ukraine (AP) \u2014 The latest on Russia's war in Ukraine (all times local):'", "'___' separators between items",
               "AP copyright line", "Hearst affiliate-marketing notice", "'Infinite Scroll Enabled'", "'Top Picks' with two local links", "footer links and copyright"],
  entries=[
  E("2026-01-06 23:05", None,
    ["Ukrainian President Volodymyr Zelenskyy said in his nightly video address that the Paris meeting had produced \"the most concrete document so far\" on how allies would help guard any future ceasefire.",
     "He said Ukraine's chief negotiator would brief him in detail on Wednesday and that Kyiv expected Washington to set out its own role in writing."],
    "diplomacy", "diplomacy", 3, PARIS, a=AP, n="reaction to the Paris meeting; same story as 11900-02"),
  E("2026-01-06 20:40", None,
    ["Leaders and senior officials from about 35 countries meeting in Paris on Tuesday endorsed a plan for a multinational force that would deploy to Ukraine only after a ceasefire takes hold.",
     "French President Emmanuel Macron said Britain and France would lead the force and that its troops would be based away from the front line. The declaration does not say how many soldiers each country would send.",
     "Russia has repeatedly said it would not accept troops from NATO countries on Ukrainian soil."],
    "diplomacy", "diplomacy", 3, PARIS, a=AP),
  E("2026-01-06 17:25", None,
    ["Russia's Defense Ministry said its forces had captured the village of Prymorske in the Zaporizhzhia region, continuing a slow push west of Huliaipole.",
     "Ukraine's General Staff did not confirm the loss and said its troops had repelled 14 assaults in the area over the past day."],
    "other", "frontline", 2, "russia-claims-prymorske-zaporizhzhia-2026-01-06", a=AP),
  E("2026-01-06 14:10", None,
    ["A Russian drone hit a five-story apartment building in Kharkiv's Saltivskyi district in the early afternoon, killing two people and injuring seven, Mayor Ihor Terekhov said.",
     "Among the injured was a 12-year-old girl, according to regional Gov. Oleh Syniehubov."],
    "strikes", "strikes", 3, "kharkiv-saltivskyi-drone-strike-2026-01-06", a=AP),
  E("2026-01-06 11:30", None,
    ["Russia struck energy facilities in the Odesa region overnight with 43 drones and three missiles, cutting power to tens of thousands of homes, Ukraine's Energy Ministry said.",
     "Crews restored electricity to about half of the affected customers by late morning, the ministry said. There were no reports of injuries."],
    "strikes", "strikes", 2, "odesa-region-energy-strike-2026-01-06", a=AP),
  E("2026-01-06 09:15", None,
    ["Ukraine's military said its drones hit an ammunition depot near the Russian city of Bryansk overnight, setting off secondary explosions.",
     "Bryansk Gov. Alexander Bogomaz said on Telegram that air defenses had downed 31 drones over the region and that there was no serious damage."],
    "strikes", "strikes", 2, "bryansk-ammunition-depot-drone-strike-2026-01-06", a=AP),
  E("2026-01-06 07:10", None,
    ["The Netherlands will put another 250 million euros ($292 million) into a NATO-run fund that buys American weapons for Ukraine, the Dutch Defense Ministry said.",
     "The money will go toward air-defense interceptors and spare parts, the ministry said, adding that the first items bought through the fund had already reached Ukraine."],
    "aid", "aid", 2, "netherlands-purl-contribution-2026-01-06", a=AP),
  ]))

# ---------------------------------------------------------------- 11901 WFLA 8 (Tampa)
WAR = ["World", "Russia-Ukraine War"]
SEEDS.append(dict(
  id="11901", name="11901_wfla-worldfeed", ext="xml", source="WFLA", zone="UTC", render=r_wfla,
  title="World \u2013 WFLA",
  basis="RSS pubDate '{s}' (explicit +0000 offset, as WordPress feeds print it); local {d} in {z}",
  notes="Imitates the WordPress category feed of WFLA (Nexstar Media) for the World section. RSS 2.0, newest first. pubDate in +0000 (UTC), as WordPress emits it, so page_timezone is UTC. dc:creator holds the wire byline 'NAME, Associated Press' (author = the name) or 'The Associated Press' (agency only, kept as printed). description is the WordPress excerpt (first 24 words + ' [&#8230;]'), content:encoded the full text; body_paragraphs counts content:encoded paragraphs. First sentences keep the AP dateline ('KYIV, Ukraine (AP) \u2014 ...'). Two of seven items are off-beat wire stories (Japan earthquake, snow in northern Europe).",
  not_entries=["channel title/link/description, lastBuildDate, sy:update*, generator", "the excerpt in each <description> (a truncated copy of the first paragraph ending in ' [&#8230;]')",
               "category elements", "guid and media:content URLs"],
  entries=[
  B(E("2026-01-13 21:14", "Zelenskyy says Ukrainian negotiators will meet US envoys in Miami this week",
    ["KYIV, Ukraine (AP) \u2014 Ukrainian President Volodymyr Zelenskyy said Tuesday that his negotiating team would fly to Miami later this week for another round of talks with U.S. envoys on ending the war.",
     "Zelenskyy said the talks would focus on security guarantees and on the future of the Zaporizhzhia nuclear power plant, two issues he described as still open.",
     "The Kremlin said it had not been told of any new date for direct contacts with Washington."],
    "diplomacy", "diplomacy", 3, "ukraine-us-miami-talks-2026-01-13", a="Kateryna Holub"), "Kateryna Holub, Associated Press", cats=WAR),
  B(OFF("2026-01-13 19:02", "Strong earthquake shakes northern Japan; no tsunami warning issued",
    ["TOKYO (AP) \u2014 A magnitude 6.4 earthquake shook northern Japan early Wednesday local time, rattling buildings in Aomori and Iwate prefectures, the Japan Meteorological Agency said.",
     "There were no immediate reports of serious damage, and officials said no tsunami warning was needed."],
    "northern-japan-earthquake-2026-01-14", a="The Associated Press", n="earthquake in Japan"), "The Associated Press", cats=["World"]),
  B(E("2026-01-13 16:45", "Russian glide bombs kill 3 in Zaporizhzhia suburbs, governor says",
    ["KYIV, Ukraine (AP) \u2014 Russian aircraft dropped guided bombs on suburbs of the southern city of Zaporizhzhia on Tuesday, killing three people and damaging a school and a row of shops, the regional governor said.",
     "Gov. Ivan Fedorov said two of the dead were municipal workers clearing snow. At least 11 people were wounded."],
    "strikes", "strikes", 3, "zaporizhzhia-glide-bomb-strike-2026-01-13", a="Marta Ivashko"), "Marta Ivashko, Associated Press", cats=WAR),
  B(E("2026-01-13 14:20", "EU proposes 20th sanctions package aimed at Russian LNG and shadow fleet",
    ["BRUSSELS (AP) \u2014 The European Commission on Tuesday proposed a 20th package of sanctions against Russia, targeting liquefied natural gas shipments and dozens more tankers in the so-called shadow fleet.",
     "The package needs the backing of all 27 member countries. Diplomats said Hungary and Slovakia had raised concerns about parts of the energy measures."],
    "diplomacy", "diplomacy", 3, "eu-20th-sanctions-package-proposal-2026-01-13", a="Lorne Castellan"), "Lorne Castellan, Associated Press", cats=WAR),
  B(OFF("2026-01-13 11:38", "Heavy snow snarls travel across northern Europe",
    ["COPENHAGEN, Denmark (AP) \u2014 Heavy snow closed roads, delayed trains and grounded dozens of flights across Denmark, southern Sweden and northern Germany on Tuesday.",
     "Forecasters said more snow was expected overnight."],
    "northern-europe-snow-2026-01-13", a="The Associated Press", n="weather"), "The Associated Press", cats=["World"]),
  B(E("2026-01-13 09:05", "Ukraine says sea drones damaged Russian patrol ship near Novorossiysk",
    ["KYIV, Ukraine (AP) \u2014 Ukraine's navy said Tuesday that its sea drones had damaged a Russian patrol ship near the Black Sea port of Novorossiysk.",
     "Russia's Defense Ministry said its forces destroyed five unmanned boats in the area but did not mention any damage."],
    "strikes", "strikes", 2, "novorossiysk-patrol-ship-sea-drones-2026-01-13", a="Marta Ivashko"), "Marta Ivashko, Associated Press", cats=WAR),
  B(E("2026-01-13 06:50", "Poland charges 2 men in suspected sabotage plot on rail line used for Ukraine aid",
    ["WARSAW, Poland (AP) \u2014 Polish prosecutors on Tuesday charged two men with plotting to sabotage a railway line that carries military aid to Ukraine, saying they acted on behalf of Russian intelligence.",
     "The men, a Polish citizen and a Belarusian, were detained last week near the eastern city of Lublin."],
    "other", "security", 2, "poland-rail-sabotage-charges-2026-01-13", a="Piotr Zawada"), "Piotr Zawada, Associated Press", cats=WAR),
  ]))

# ---------------------------------------------------------------- 11902 KPRC 2 (Houston)
SEEDS.append(dict(
  id="11902", name="11902_click2houston-world", ext="txt", source="KPRC 2", zone="America/Chicago", render=r_kprc,
  title="World", ref="2026-01-20 17:42",
  basis="relative stamp '{s}' counted back from the header clock 'Tuesday, January 20, 2026 5:42 PM' (Houston, Central time implied, CST); local {d} in {z}",
  notes="Imitates the World section front of click2houston.com (KPRC 2, Graham Media Group, Arc platform) as copied from the browser. Cards, newest first: headline, one-paragraph summary with AP dateline, credit line 'NAME, Associated Press' (or 'Associated Press'), relative time ('38 minutes ago', '5 hours ago'). The only absolute time is in the header weather bar 'Tuesday, January 20, 2026 5:42 PM' (no zone printed; Houston = Central, CST = UTC-6); every stamp is counted back from it exactly (relative stamps are floored by the site, so these are as precise as the page allows). Author = the name before ', Associated Press'; 'Associated Press' alone is kept as printed. One off-beat wire item (Austrian avalanche).",
  not_entries=["'Skip to main content', 'Click2Houston', 'KPRC 2', 'Watch Live', 'Newsletters', 'Sign In'",
               "weather bar 'Houston, TX 61\u00b0 Clear | Tuesday, January 20, 2026 5:42 PM | KPRC 2 Pinpoint Weather' (the capture clock used as anchor)",
               "navigation menu", "section heading 'World' (page title)", "'Advertisement' after the third card", "'Load More'",
               "'Trending on Click2Houston' with two local headlines", "Graham Media copyright line and footer links"],
  entries=[
  B(E("2026-01-20 17:04", "Trump says new Ukraine talks could come 'very soon'",
    ["WASHINGTON (AP) \u2014 President Donald Trump said Tuesday that a new round of talks involving Russia and Ukraine could take place \"very soon,\" but he gave no date or location."],
    "diplomacy", "diplomacy", 3, "trump-new-ukraine-talks-remarks-2026-01-20", a="Gideon Platt"), "Gideon Platt, Associated Press"),
  B(OFF("2026-01-20 15:42", "Avalanche kills 4 skiers in Austrian Alps",
    ["VIENNA (AP) \u2014 An avalanche swept over a group of off-piste skiers in Austria's Tyrol province on Tuesday, killing four people, police said."],
    "tyrol-avalanche-2026-01-20", a="Associated Press", n="avalanche in Austria"), "Associated Press"),
  B(E("2026-01-20 12:42", "Russian drone hits bus in Kherson, killing 2",
    ["KYIV, Ukraine (AP) \u2014 A Russian drone struck a city bus in Kherson on Tuesday morning, killing two passengers and wounding five, the regional administration said."],
    "strikes", "strikes", 3, "kherson-bus-drone-strike-2026-01-20", a="Dasha Melnyk-Ward"), "Dasha Melnyk-Ward, Associated Press"),
  B(E("2026-01-20 08:42", "Kyiv faces longest blackouts of the winter after strikes on power plants",
    ["KYIV, Ukraine (AP) \u2014 Residents of Kyiv faced scheduled power cuts of up to 16 hours on Tuesday after Russian missiles and drones damaged two thermal power plants serving the capital overnight, the national grid operator said."],
    "other", "humanitarian", 2, "kyiv-blackouts-after-power-plant-strikes-2026-01-20", a="Dasha Melnyk-Ward", sec=["strikes"]), "Dasha Melnyk-Ward, Associated Press"),
  B(E("2026-01-20 05:42", "Germany to send 2 more Patriot systems to Ukraine by spring",
    ["BERLIN (AP) \u2014 Germany will deliver two more Patriot air-defense systems to Ukraine by the end of April, Defense Minister Boris Pistorius said Tuesday, as Kyiv struggles to protect its cities from ballistic missiles."],
    "aid", "aid", 3, "germany-two-more-patriots-2026-01-20", a="Tobias Ferrante"), "Tobias Ferrante, Associated Press"),
  B(E("2026-01-20 03:42", "Zelenskyy presses Europe to tap frozen Russian assets for Ukraine's defense",
    ["DAVOS, Switzerland (AP) \u2014 Ukrainian President Volodymyr Zelenskyy told business and political leaders at the World Economic Forum on Tuesday that Europe should stop hesitating and use frozen Russian central bank assets to pay for Ukraine's defense."],
    "aid", "aid", 2, "zelenskyy-davos-frozen-assets-appeal-2026-01-20", a="Tobias Ferrante", sec=["diplomacy"]), "Tobias Ferrante, Associated Press"),
  B(E("2026-01-20 01:42", "Russia claims capture of another village near Kostiantynivka",
    ["KYIV, Ukraine (AP) \u2014 Russia's Defense Ministry said Tuesday that its troops had taken another village southeast of the Ukrainian stronghold of Kostiantynivka in the Donetsk region."],
    "other", "frontline", 2, "russia-claims-village-near-kostiantynivka-2026-01-20", a="Gideon Platt"), "Gideon Platt, Associated Press"),
  ]))

# ---------------------------------------------------------------- 11903 WJXT News4JAX (Jacksonville)
SEEDS.append(dict(
  id="11903", name="11903_news4jax-roundup", ext="html", source="News4JAX", zone="America/New_York", render=r_wjxt,
  title="Russia-Ukraine war: Odesa without heat, talks to resume and Nordic-Baltic air-defense pledge",
  url="https://www.news4jax.com/news/world/2026/01/28/russia-ukraine-war-odesa-without-heat-talks-to-resume/",
  published="2026-01-28 07:12", updated="2026-01-28 10:45", page_stamp="January 28, 2026 at 7:12 AM",
  byline="Dana Kravets and Oleg Pryimak, Associated Press", authors=["Dana Kravets", "Oleg Pryimak"],
  caption="People warm up inside a heated tent in Odesa, Ukraine, Tuesday, Jan. 27, 2026. (AP Photo)",
  lede="KYIV, Ukraine (AP) \u2014 Here is a look at the main developments in Russia's war in Ukraine on Wednesday:",
  contrib="Associated Press writer Tobias Ferrante in Berlin contributed to this report.",
  basis="no per-section time; page line 'Published: {s}' (no zone printed; Jacksonville = Eastern, EST) gives the time of every section; local {d} in {z}",
  notes="Imitates a Graham Media Group (Arc) article page on news4jax.com carrying an AP round-up. Page lines 'Published: January 28, 2026 at 7:12 AM' and 'Updated: January 28, 2026 at 10:45 AM' print no zone (Eastern implied, EST = UTC-5). The article has five h2 sections, one entry each (headline = section heading), with no per-section stamp: stamp null and published = the page's Published time for every section (convention, see README). Author = the page byline's names 'Dana Kravets and Oleg Pryimak' for every section. JSON-LD NewsArticle with datePublished/dateModified in UTC (consistent with the visible lines).",
  not_entries=["header: News4JAX logo, 'The Local Station', 'Watch Live', weather link, navigation", "eyebrow 'World'", "page headline (page title)",
               "byline 'Dana Kravets and Oleg Pryimak, Associated Press'", "'Published: ...' and 'Updated: ...' lines", "'Tags: World, Ukraine, Russia'",
               "photo caption", "intro line 'KYIV, Ukraine (AP) \u2014 Here is a look at the main developments ...'", "'Advertisement' after the second section",
               "contributor footnote", "AP copyright line", "'Recommended Videos' link", "footer"],
  entries=[
  E("2026-01-28 07:12", "Odesa residents face a third day without heat",
    ["Tens of thousands of apartments in Odesa were still without heating on Wednesday after Russian drones damaged a combined heat and power plant over the weekend, city officials said.",
     "Temperatures in the port city fell to minus 9 degrees Celsius (16 degrees Fahrenheit) overnight. The city has opened more than 80 heated tents where residents can warm up and charge their phones.",
     "Officials said repairs could take at least another week."],
    "other", "humanitarian", 2, "odesa-heating-outage-2026-01-28", a="Dana Kravets and Oleg Pryimak", sec=["strikes"]),
  E("2026-01-28 07:12", "Negotiators to meet again in Abu Dhabi",
    ["Ukrainian and Russian delegations will hold a new round of U.S.-brokered talks in Abu Dhabi next week, Ukraine's chief negotiator Rustem Umerov said.",
     "Umerov said the agenda would include an exchange of all prisoners of war and a possible halt to strikes on energy facilities."],
    "diplomacy", "diplomacy", 3, "abu-dhabi-next-round-announced-2026-01-28", a="Dana Kravets and Oleg Pryimak"),
  E("2026-01-28 07:12", "Nordic and Baltic countries pledge more air defense",
    ["Eight Nordic and Baltic countries said they would jointly fund a package of air-defense missiles and radars for Ukraine worth about $500 million.",
     "The equipment will be bought from U.S. manufacturers through a NATO mechanism, the countries said in a joint statement."],
    "aid", "aid", 3, "nordic-baltic-air-defense-package-2026-01-28", a="Dana Kravets and Oleg Pryimak"),
  E("2026-01-28 07:12", "Russian strike kills 3 in Sumy region",
    ["Three people were killed when a Russian guided bomb hit a village in the Sumy region near the Russian border, regional officials said Wednesday.",
     "The region has faced almost daily bombardment since Russian troops pushed across the border last year."],
    "strikes", "strikes", 3, "sumy-region-guided-bomb-strike-2026-01-28", a="Dana Kravets and Oleg Pryimak"),
  E("2026-01-28 07:12", "Moscow hosts North Korean delegation",
    ["Russian Foreign Minister Sergey Lavrov met a visiting North Korean delegation in Moscow and thanked Pyongyang for what he called its \"fraternal help\" in the Kursk region.",
     "North Korea has sent thousands of troops and large quantities of artillery shells to Russia, according to South Korean and Western intelligence."],
    "diplomacy", "diplomacy", 2, "lavrov-north-korean-delegation-2026-01-28", a="Dana Kravets and Oleg Pryimak"),
  ]))

# ---------------------------------------------------------------- 11904 KMBC 9 (Kansas City)
SEEDS.append(dict(
  id="11904", name="11904_kmbc-nationworld", ext="txt", source="KMBC 9", zone="America/Chicago", render=r_kmbc,
  title="Nation & World",
  basis="stamp '{s}' (full Hearst stamp after the headline: date, 12-hour time and CST); local {d} in {z}",
  notes="Imitates a Hearst Television section front (KMBC 9 'Nation & World') as copied from the browser. Cards newest first: headline, then 'Updated: 5:32 PM CST Feb 10, 2026' (stamp AFTER the headline), one summary paragraph, then the credit line ('Associated Press' or 'NAME, Associated Press'). Credit line = author (name only when a person is named; agency credit kept as printed). 'Advertisement' breaks after the third and sixth cards. Two off-beat wire items (Lunar New Year travel, Olympic training delay).",
  not_entries=["'Skip to content'", "station name 'KMBC 9 Kansas City'", "weather widget 'Kansas City, MO', '24\u00b0', 'Sponsored by'", "'Menu', 'Search', navigation",
               "section heading 'Nation & World' (page title)", "'Advertisement' breaks", "credit lines ('Associated Press', 'NAME, Associated Press')", "'Show More'",
               "'Infinite Scroll Enabled'", "Hearst affiliate notice", "footer links and copyright"],
  entries=[
  B(E("2026-02-10 17:32", "US, Russian and Ukrainian officials to meet in Geneva next week, White House says",
    ["The White House said Tuesday that American, Russian and Ukrainian officials would meet in Geneva next week to try to narrow differences over a ceasefire in Ukraine."],
    "diplomacy", "diplomacy", 3, "geneva-trilateral-talks-announced-2026-02-10", a="Wren Hollister"), "Wren Hollister, Associated Press"),
  B(OFF("2026-02-10 15:10", "Lunar New Year travel rush strains China's rail network",
    ["Chinese railway authorities said they expect a record number of trips during the Lunar New Year holiday season, with the peak still a week away."],
    "china-lunar-new-year-travel-2026-02-10", a=AP, n="travel in China"), AP),
  B(E("2026-02-10 13:48", "Russian missiles strike gas storage site in western Ukraine",
    ["Russian missiles hit an underground gas storage facility in Ukraine's Lviv region early Tuesday, the state energy company Naftogaz said, describing the damage as serious but declining to give details."],
    "strikes", "strikes", 2, "lviv-region-gas-storage-strike-2026-02-10", a="Natalka Bondar"), "Natalka Bondar, Associated Press"),
  B(E("2026-02-10 12:05", "Ukraine receives bodies of 1,000 fallen soldiers from Russia",
    ["Ukraine received the bodies of 1,000 soldiers killed in the war from Russia on Tuesday, the government's coordination headquarters for prisoners of war said, while 41 bodies were handed over to Moscow."],
    "other", "humanitarian", 2, "soldiers-bodies-repatriation-2026-02-10", a="Natalka Bondar"), "Natalka Bondar, Associated Press"),
  B(E("2026-02-10 10:22", "Britain pledges 150 million pounds for Ukrainian air-defense drones",
    ["Britain will spend 150 million pounds ($204 million) on interceptor drones built in Ukraine to bring down Russian attack drones, the Ministry of Defence said Tuesday."],
    "aid", "aid", 2, "uk-interceptor-drone-funding-2026-02-10", a=AP), AP),
  B(OFF("2026-02-10 08:47", "Snow forces delay to Olympic Alpine training in Cortina",
    ["Heavy overnight snow forced organizers at the Milan Cortina Olympics to push back Alpine skiing training on Tuesday, with the session moved to Wednesday morning."],
    "olympic-alpine-training-delay-2026-02-10", a=AP, n="Winter Olympics"), AP),
  B(E("2026-02-10 06:15", "Russian drones hit Dnipro overnight, injuring 9",
    ["Russian drones struck the central Ukrainian city of Dnipro overnight, injuring nine people and setting a warehouse on fire, regional Gov. Serhiy Lysak said."],
    "strikes", "strikes", 2, "dnipro-overnight-drone-attack-2026-02-10", a="Natalka Bondar"), "Natalka Bondar, Associated Press"),
  B(E("2026-02-10 02:30", "Zelenskyy signs law extending martial law for another 90 days",
    ["Ukrainian President Volodymyr Zelenskyy signed laws extending martial law and general mobilization for another 90 days, parliament's website showed."],
    "other", "politics", 2, "martial-law-extension-2026-02", a=AP), AP),
  ]))

# ---------------------------------------------------------------- 11905 WISN 12 (Milwaukee)
SEEDS.append(dict(
  id="11905", name="11905_wisn-liveupdates", ext="html", source="WISN 12", zone="America/Chicago", render=r_wisn,
  title="Live updates: Ukraine marks four years since Russia's full-scale invasion",
  url="https://www.wisn.com/article/live-updates-ukraine-four-years-invasion/70233418", updated="2026-02-24 15:26",
  lede="Ukraine on Tuesday marks four years since Russia launched its full-scale invasion. Follow along for the latest from Kyiv, Washington and Milwaukee.",
  basis="post stamp '{s}' (12-hour time with CST, no date); the day comes from the page line 'Updated: 3:26 PM CST Feb 24, 2026', oldest first with no midnight crossing; local {d} in {z}",
  notes="Imitates a Hearst Television live-updates article (WISN 12). Oldest first. Each post: a time line '12:15 AM CST' BEFORE the h3 headline (no date per post), then a credit line, then text. The only date is in the page line 'Updated: 3:26 PM CST Feb 24, 2026'. In UTC (CST = UTC-6) all posts fall on 2026-02-24. The fifth post is a 'Watch:' video teaser with no text (video player placeholder). Credits: 'Associated Press' (agency, kept as printed), 'WISN 12 News' (station credit, kept as printed) and 'Kelsey Brandt, WISN 12 News' (author = the name). JSON-LD is a NewsArticle without updates.",
  not_entries=["header: WISN 12 logo, weather widget 'Milwaukee, WI 19\u00b0 Sponsored by', navigation", "'Advertisement'", "label 'LIVE UPDATES'", "page headline (page title)",
               "'Updated: 3:26 PM CST Feb 24, 2026' (page time)", "page byline 'WISN 12 News and Associated Press'", "share bar", "intro paragraph (page lede)",
               "per-post credit lines", "video player placeholder 'Video player loading' in the teaser", "newsletter sign-up after the fourth post",
               "Hearst affiliate notice", "'Top Picks' local link", "footer"],
  entries=[
  B(E("2026-02-24 00:15", "European leaders arrive in Kyiv for anniversary",
    ["A dozen European heads of state and government arrived in Kyiv by overnight train on Tuesday to mark the anniversary alongside President Volodymyr Zelenskyy.",
     "Among them were the leaders of Poland and the Nordic and Baltic countries and the president of the European Council, Ant\u00f3nio Costa."],
    "diplomacy", "diplomacy", 3, "european-leaders-kyiv-anniversary-visit-2026-02-24", a=AP), AP),
  B(E("2026-02-24 01:40", "Russian drone attack kills 1 in Kharkiv region on anniversary eve",
    ["Russia launched 164 drones and four ballistic missiles at Ukraine overnight, Ukraine's air force said, and a drone strike on a village in the Kharkiv region killed a 67-year-old man.",
     "The air force said 139 of the drones were shot down or jammed."],
    "strikes", "strikes", 3, "overnight-attack-kharkiv-region-death-2026-02-24", a=AP), AP),
  B(E("2026-02-24 04:05", "Zelenskyy: Ukraine is ready for a ceasefire, 'not for capitulation'",
    ["Speaking on Independence Square, Zelenskyy said Ukraine was ready to stop fighting along the current front line if its security was guaranteed, but would never accept terms that amounted to surrender.",
     "\"Four years ago they gave us three days,\" he said. \"We are still here.\""],
    "diplomacy", "diplomacy", 3, "zelenskyy-anniversary-speech-2026-02-24", a=AP), AP),
  B(E("2026-02-24 07:30", "UN General Assembly to vote on anniversary resolution",
    ["The U.N. General Assembly is set to vote later Tuesday on a resolution calling for a just and lasting peace in Ukraine, a text that diplomats said was softened to win wider support."],
    "diplomacy", "diplomacy", 2, "un-general-assembly-anniversary-resolution-2026-02-24", a=AP), AP),
  B(E("2026-02-24 09:10", "Watch: Ukrainians lay flowers at memorial to fallen soldiers in Kyiv", [],
    "other", "humanitarian", 1, "kyiv-anniversary-memorial-2026-02-24", a="WISN 12 News", n="video teaser, no text body"), "WISN 12 News"),
  B(E("2026-02-24 11:45", "Milwaukee's Ukrainian community rallies outside City Hall",
    ["About 200 people, many wrapped in blue and yellow flags, gathered outside Milwaukee City Hall late Tuesday morning to mark the anniversary and call for continued U.S. support for Ukraine.",
     "\"My parents are still in Zaporizhzhia. Every night we check the news before we sleep,\" said Oksana Dmytrenko, who moved to Milwaukee in 2019."],
    "other", "politics", 2, "milwaukee-ukrainian-community-rally-2026-02-24", a="Kelsey Brandt", n="local angle (diaspora rally)"), "Kelsey Brandt, WISN 12 News"),
  B(E("2026-02-24 15:20", "EU adopts 20th sanctions package against Russia",
    ["European Union countries formally adopted a 20th package of sanctions against Russia on Tuesday, after Hungary and Slovakia dropped their objections in exchange for guarantees on energy supplies.",
     "The package adds 74 tankers to the EU's shadow-fleet blacklist and bans imports of Russian liquefied natural gas under short-term contracts from April."],
    "diplomacy", "diplomacy", 3, "eu-20th-sanctions-package-adoption-2026-02-24", a=AP), AP),
  ]))

# ---------------------------------------------------------------- 11906 KCRA 3 (Sacramento)
SEEDS.append(dict(
  id="11906", name="11906_kcra-nationworld-rss", ext="xml", source="KCRA 3", zone="America/Los_Angeles", render=r_kcra,
  title="KCRA Nation & World",
  basis="RSS pubDate '{s}' (RFC 822 with the zone name PST = UTC-8); local {d} in {z}",
  notes="Imitates a Hearst Television RSS feed (KCRA 3 nation & world). RSS 2.0, newest first, pubDate with a zone NAME ('PST', allowed by RFC 822) rather than a numeric offset. description is the plain-text dek (one paragraph); no creator element, so author null. Two of six items are off-beat (Sierra snowstorm, Asian stocks).",
  not_entries=["channel title/link/description/language/copyright", "link/guid URLs", "media:thumbnail elements"],
  entries=[
  E("2026-03-03 15:20", "Ukraine and Russia swap 200 prisoners each in UAE-brokered exchange",
    ["Ukraine and Russia each released 200 prisoners of war on Tuesday in an exchange brokered by the United Arab Emirates, officials on both sides said. Among the Ukrainians freed were defenders of Mariupol who had spent nearly four years in captivity, Zelenskyy said."],
    "diplomacy", "diplomacy", 3, "uae-brokered-prisoner-swap-2026-03-03"),
  OFF("2026-03-03 12:10", "Powerful storm brings heavy snow to Sierra Nevada",
    ["A late-winter storm dumped more than 3 feet of snow on parts of the Sierra Nevada, closing Interstate 80 over Donner Pass for several hours Tuesday."],
    "sierra-nevada-snowstorm-2026-03-03", n="California weather"),
  E("2026-03-03 10:35", "Russian drones hit Mykolaiv energy facility, cutting power to 100,000",
    ["A Russian drone attack damaged an energy facility in the southern Ukrainian city of Mykolaiv overnight, leaving about 100,000 households without electricity, the mayor said."],
    "strikes", "strikes", 2, "mykolaiv-energy-drone-strike-2026-03-03"),
  OFF("2026-03-03 08:05", "Asian stocks slide as tariff worries return",
    ["Shares fell across Asia on Tuesday as investors weighed new U.S. tariff threats and weak factory data from China."],
    "asian-stocks-tariff-worries-2026-03-03", n="markets"),
  E("2026-03-03 05:30", "Zaporizhzhia nuclear plant loses outside power after shelling damages line, IAEA says",
    ["The Russian-occupied Zaporizhzhia nuclear power plant lost its connection to the Ukrainian grid for several hours after shelling damaged a high-voltage line, the head of the U.N. nuclear watchdog said. Rafael Grossi said the plant's emergency diesel generators started as designed and that there was no immediate danger."],
    "strikes", "strikes", 2, "zaporizhzhia-npp-power-loss-2026-03-03"),
  E("2026-03-03 01:15", "Poland scrambles jets as Russia strikes western Ukraine",
    ["Poland's military said it scrambled fighter jets and put ground-based air defenses on alert early Tuesday as Russia launched missiles and drones at targets in western Ukraine."],
    "other", "security", 2, "poland-scrambles-jets-2026-03-03", sec=["strikes"]),
  ]))

# ---------------------------------------------------------------- 11907 WLWT 5 (Cincinnati)
MASS = "russia-massive-overnight-attack-2026-03-10"
SEEDS.append(dict(
  id="11907", name="11907_wlwt-liveupdates", ext="txt", source="WLWT 5", zone="America/New_York", render=r_wlwt,
  title="Live updates: Russia launches massive overnight attack on Ukraine; Kremlin confirms Istanbul talks",
  updated="2026-03-10 14:52", byline=AP,
  lede="Russia fired hundreds of drones and dozens of missiles at Ukraine overnight. Here are the latest updates.",
  basis="bare post time '{s}' (no date, no zone); Eastern time implied (Cincinnati; the page header prints EDT), day from 'Updated: 2:52 PM EDT Mar 10, 2026', oldest first with no midnight crossing; local {d} in {z}",
  notes="Imitates a Hearst Television live-updates article (WLWT 5) as copied from the browser. Oldest first. Each post: headline, then a bare time '6:05 AM' AFTER the headline (no date, no zone), optional byline line, text. Eastern time is implied (the header prints 'Updated: 2:52 PM EDT Mar 10, 2026'; US daylight time began March 8, so EDT = UTC-4). Author: the page byline 'Associated Press' for every post except the local post, whose own line 'By Jada Whitfield, WLWT' gives 'Jada Whitfield'. Posts 01, 02 and 07 are one story (the overnight attack, its Ternopil toll, and Zelenskyy's reaction to it).",
  not_entries=["'Skip to content'", "'WLWT 5 Cincinnati', weather widget 'Cincinnati, OH', '41\u00b0', 'Sponsored by'", "'Menu', 'Search', navigation", "section label 'NATION & WORLD'",
               "page headline (page title)", "'Updated: 2:52 PM EDT Mar 10, 2026' (page time)", "page byline 'Associated Press'", "'Share', 'Copy Link'",
               "intro paragraph (page lede)", "byline line 'By Jada Whitfield, WLWT' in the local post", "'Advertisement' after the third post",
               "AP copyright line", "'Infinite Scroll Enabled'", "Hearst affiliate notice", "footer"],
  entries=[
  E("2026-03-10 06:05", "Russia fires more than 600 drones and 40 missiles at Ukraine overnight",
    ["Russia launched 614 drones and 43 missiles at Ukraine overnight in one of the largest attacks of the war, Ukraine's air force said Tuesday.",
     "Air defenses destroyed 577 drones and 36 missiles, the air force said. Energy facilities in seven regions were hit."],
    "strikes", "strikes", 3, MASS, a=AP),
  E("2026-03-10 07:20", "At least 4 killed in Ternopil as attack hits apartment building",
    ["Four people were killed and 22 injured when a missile hit a nine-story apartment building in the western Ukrainian city of Ternopil, the regional administration said.",
     "Rescuers were still searching the rubble for a family of three."],
    "strikes", "strikes", 3, MASS, a=AP, n="toll update of the same overnight attack"),
  E("2026-03-10 08:45", "Poland closes airports in Lublin and Rzeszow during attack",
    ["Poland temporarily closed the airports in Lublin and Rzeszow and scrambled fighter jets as Russian missiles flew toward western Ukraine, the Polish military said."],
    "other", "security", 2, "poland-airports-closed-during-attack-2026-03-10", a=AP, sec=["strikes"]),
  E("2026-03-10 10:30", "Kremlin confirms delegation will travel to Istanbul for talks Thursday",
    ["Kremlin spokesman Dmitry Peskov said a Russian delegation would travel to Istanbul for talks with Ukraine on Thursday, but cautioned against expecting a breakthrough."],
    "diplomacy", "diplomacy", 3, "istanbul-talks-confirmed-2026-03-10", a=AP),
  B(E("2026-03-10 11:50", "Cincinnati church collects generators for Kharkiv",
    ["Parishioners at a Ukrainian Catholic church in Cincinnati have collected 40 portable generators to send to families in Kharkiv, where power cuts have lasted for days after Russian strikes.",
     "\"People there are cooking on camping stoves in their kitchens,\" said the Rev. Andriy Kulchytsky."],
    "other", "humanitarian", 2, "cincinnati-church-generators-kharkiv-2026-03-10", a="Jada Whitfield", n="local angle"), None, sig="By Jada Whitfield, WLWT"),
  E("2026-03-10 13:15", "Ukraine says it struck Russian airfield in Crimea, destroying 2 jets",
    ["Ukraine's military intelligence agency said its drones hit the Saky air base in Russian-occupied Crimea overnight, destroying two Su-30 fighter jets.",
     "Russia did not comment on the claim."],
    "strikes", "strikes", 2, "saky-airbase-drone-strike-2026-03-10", a=AP),
  E("2026-03-10 14:40", "Zelenskyy: 'Russia answers every peace signal with missiles'",
    ["Zelenskyy said the overnight barrage showed that Moscow was using the run-up to the Istanbul talks to try to break Ukraine's energy system.",
     "He urged allies to speed up deliveries of Patriot interceptors, saying Ukraine had used more of them in one night than it receives in a month."],
    "strikes", "strikes", 3, MASS, a=AP, sec=["diplomacy"], n="reaction whose content is the overnight attack; same story"),
  ]))

# ---------------------------------------------------------------- 11908 WMUR 9 (Manchester, N.H.)
SEEDS.append(dict(
  id="11908", name="11908_wmur-keydevelopments", ext="html", source="WMUR 9", zone="America/New_York", render=r_wmur,
  title="Russia-Ukraine war: Key developments on Monday",
  url="https://www.wmur.com/article/russia-ukraine-war-key-developments-monday/70612205", updated="2026-03-23 18:47",
  lede="Here is a look at the main developments in Russia's war in Ukraine on Monday, March 23:",
  basis="no per-item time; the page's only time 'Updated: 6:47 PM EDT Mar 23, 2026' is used for every bullet; local {d} in {z}",
  notes="Imitates a Hearst Television round-up article (WMUR 9) of AP 'key developments'. Three h2 sections (Fighting, Diplomacy, Aid) with bullet items; each bullet is one entry with NO headline (headline null) and no time (stamp null); published = the page time 'Updated: 6:47 PM EDT Mar 23, 2026' (22:47 UTC). Each bullet is one paragraph (body_paragraphs 1). Author = the page byline 'Associated Press'. The Aid bullet on Sen. Jeanne Shaheen is the New Hampshire angle.",
  not_entries=["header: WMUR 9 logo, weather widget, navigation", "'Advertisement'", "page headline (page title)", "'Updated: 6:47 PM EDT Mar 23, 2026' (page time)",
               "byline 'Associated Press'", "share bar", "intro line 'Here is a look at the main developments ...' (page lede)", "section headings 'Fighting', 'Diplomacy', 'Aid' (structure, not entries)",
               "'Related Content' link", "Hearst affiliate notice", "'Infinite Scroll Enabled'", "footer"],
  entries=[
  B(E("2026-03-23 18:47", None,
    ["Russian guided bombs struck the center of Sloviansk, killing three people and damaging a hospital, Donetsk regional Gov. Vadym Filashkin said. Rescue teams pulled two people alive from the rubble."],
    "strikes", "strikes", 3, "sloviansk-guided-bomb-strike-2026-03-23", a=AP), None, sect="Fighting"),
  B(E("2026-03-23 18:47", None,
    ["Russia's Defense Ministry claimed the capture of a village in the Dnipropetrovsk region, the latest in a series of small advances west of Pokrovsk. Ukraine's military said fighting in the area continued."],
    "other", "frontline", 2, "russia-claims-dnipropetrovsk-village-2026-03-23", a=AP), None, sect="Fighting"),
  B(E("2026-03-23 18:47", None,
    ["Ukrainian drones again targeted the Baltic port of Ust-Luga, starting a fire at an oil products terminal, according to the governor of Russia's Leningrad region. He said nobody was hurt."],
    "strikes", "strikes", 2, "ust-luga-terminal-drone-strike-2026-03-23", a=AP), None, sect="Fighting"),
  B(E("2026-03-23 18:47", None,
    ["Foreign ministers of the Nordic and Baltic countries, meeting in Vilnius, urged the European Union to open the first cluster of membership talks with Ukraine without further delay. Hungary has so far blocked the step."],
    "diplomacy", "diplomacy", 2, "nb8-ministers-ukraine-eu-talks-2026-03-23", a=AP), None, sect="Diplomacy"),
  B(E("2026-03-23 18:47", None,
    ["The Kremlin said no date had been set for a meeting between Vladimir Putin and Volodymyr Zelenskyy, despite what it called progress at last week's talks in Istanbul. Spokesman Dmitry Peskov said such a meeting had to be \"thoroughly prepared.\""],
    "diplomacy", "diplomacy", 2, "kremlin-no-date-putin-zelenskyy-meeting-2026-03-23", a=AP), None, sect="Diplomacy"),
  B(E("2026-03-23 18:47", None,
    ["U.S. Sen. Jeanne Shaheen, D-N.H., joined a bipartisan group of senators in introducing a bill that would speed up sales of air-defense interceptors to European allies buying weapons for Ukraine. Shaheen said the backlog of orders was leaving Ukrainian cities exposed."],
    "aid", "aid", 2, "senate-air-defense-sales-bill-2026-03-23", a=AP), None, sect="Aid"),
  B(E("2026-03-23 18:47", None,
    ["Germany's parliament approved 3 billion euros in additional military aid for Ukraine this year, bringing Berlin's planned support for 2026 to 14.5 billion euros."],
    "aid", "aid", 3, "germany-additional-military-aid-2026-03-23", a=AP), None, sect="Aid"),
  ]))

# ---------------------------------------------------------------- 11909 KOAT 7 (Albuquerque)
KYIVB = "kyiv-ballistic-missile-attack-2026-03-28"
SEEDS.append(dict(
  id="11909", name="11909_koat-overnight", ext="txt", source="KOAT 7", zone="America/Denver", render=r_koat,
  title="Live updates: Ballistic missiles target Kyiv; US-Russia talks end without deal",
  updated="2026-03-28 01:35", byline=AP,
  lede="Follow the latest overnight developments in Russia's war in Ukraine.",
  basis="post stamp '{s}' (12-hour time with MDT, no date); day from 'Updated: 1:35 AM MDT Mar 28, 2026', newest first: posts after the first one later than 1:35 AM going down the page belong to March 27 (local midnight crossing); local {d} in {z}",
  notes="Imitates a Hearst Television overnight live-updates page (KOAT Action 7 News) as copied from the browser. Newest first. Each post: '1:30 AM MDT' line BEFORE the headline (no date), then text. The only date is in 'Updated: 1:35 AM MDT Mar 28, 2026'. The posts CROSS LOCAL MIDNIGHT: the top two (1:30 AM, 12:40 AM) are March 28, the other four (11:20 PM ... 6:05 PM) March 27 local. In UTC (MDT = UTC-6; US daylight time began March 8) all six fall on 2026-03-28. Author: the page byline 'Associated Press'. Posts 01 and 02 are one story (the morning ballistic attack on Kyiv).",
  not_entries=["'Skip to content'", "'KOAT Action 7 News', weather widget 'Albuquerque, NM', '36\u00b0', 'Sponsored by'", "'Menu', 'Search', navigation", "'NATION & WORLD' label", "'LIVE' label",
               "page headline (page title)", "'Updated: 1:35 AM MDT Mar 28, 2026' (page time)", "page byline 'Associated Press'", "'Share', 'Copy Link'", "intro line (page lede)",
               "'Advertisement' after the second post", "'This live coverage has ended...' line", "'Infinite Scroll Enabled'", "Hearst affiliate notice", "footer"],
  entries=[
  E("2026-03-28 01:30", "Ukraine says it shot down 5 of 7 ballistic missiles fired at Kyiv",
    ["Ukraine's air force said air defenses shot down five of seven Iskander ballistic missiles fired at Kyiv on Saturday morning.",
     "Mayor Vitali Klitschko said debris fell in two districts, damaging cars and a kindergarten. No injuries were reported."],
    "strikes", "strikes", 2, KYIVB, a=AP),
  E("2026-03-28 00:40", "Explosions heard in Kyiv as ballistic missiles target capital",
    ["Explosions echoed across Kyiv shortly after an air raid alert was declared for the capital and the surrounding region, Associated Press journalists in the city reported.",
     "Ukraine's air force warned of a ballistic missile threat from the north."],
    "strikes", "strikes", 2, KYIVB, a=AP),
  E("2026-03-27 23:20", "US-Russia talks in Riyadh end without agreement on ceasefire",
    ["Talks between U.S. and Russian delegations in the Saudi capital ended late Friday without an agreement on a ceasefire, a Russian participant told the state news agency RIA Novosti.",
     "The U.S. side did not immediately comment. Ukraine was not part of the talks."],
    "diplomacy", "diplomacy", 3, "riyadh-us-russia-talks-2026-03-27", a=AP),
  E("2026-03-27 21:55", "Drone strike kills 2 in Russia's Belgorod region, governor says",
    ["Two people were killed when a Ukrainian drone hit a car near the town of Shebekino in Russia's Belgorod region, Gov. Vyacheslav Gladkov said."],
    "strikes", "strikes", 3, "belgorod-shebekino-drone-strike-2026-03-27", a=AP),
  E("2026-03-27 20:10", "Canada announces $200 million military aid package for Ukraine",
    ["Canada will provide 200 million Canadian dollars ($140 million) in military aid to Ukraine, including armored vehicles and drone-detection equipment, the country's defense minister said."],
    "aid", "aid", 2, "canada-military-aid-package-2026-03-27", a=AP),
  E("2026-03-27 18:05", "Zelenskyy replaces commander of Ukraine's Joint Forces",
    ["Zelenskyy on Friday replaced the commander of Ukraine's Joint Forces, the headquarters that oversees troops in the Kharkiv and Sumy regions, in a decree published on the presidential website.",
     "No reason was given for the change."],
    "other", "politics", 2, "joint-forces-commander-replaced-2026-03-27", a=AP),
  ]))


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2026-02-04 (UTC), day 2 = 2026-02-05, day 3 = 2026-03-14.
ZAP = "zaporizhzhia-missile-strike-2026-02-04"
ABU = "abu-dhabi-trilateral-talks-2026-02-04"
BALL = "explainer-ballistic-missile-defence-gaps"
BALL_H = "Explainer: Why ballistic missiles still slip through Ukraine\u2019s air defences"
BALL_P = ["Russia\u2019s pre-dawn strike on Zaporizhzhia on Wednesday was carried out with ballistic missiles, the weapon Ukrainian commanders say they are least able to stop.",
          "Unlike drones and cruise missiles, which fly low and slow enough to be tracked and shot down by a wide range of systems, ballistic missiles such as the Iskander-M and the North Korean KN-23 dive on their targets at several times the speed of sound. Only a few Western systems, chiefly the US-made Patriot and the Franco-Italian SAMP/T, can intercept them.",
          "Zaporizhzhia lies barely 40 kilometres from the front line, which leaves defenders seconds rather than minutes of warning. Ukraine has asked its allies for at least ten more Patriot batteries, but production of the interceptors has struggled to keep up with demand."]

# ---------------------------------------------------------------- 11920 Gullholt Standard (day 1)
SEEDS.append(dict(
  id="11920", name="11920_gullholt-textlive", ext="txt", source="Gullholt Standard", zone="Europe/London", render=r_gullholt,
  title="Russia-Ukraine war live: Zaporizhzhia missile strike kills nine; talks resume in Abu Dhabi",
  dateline="Wednesday 4 February 2026", tznote="Times are GMT",
  lede="Ballistic missiles hit a residential area of Zaporizhzhia before dawn; Ukrainian, Russian and US negotiators meet for a second day in the United Arab Emirates.",
  basis="stamp '{s}' (12-hour UK style) under the dateline 'Wednesday 4 February 2026' and the note 'Times are GMT'; local {d} in {z}",
  notes="Invented outlet (UK). Text live blog, newest first. A 'Key Points' block lists two entry headlines as bullets (key_point true for 11920-01 and 11920-04). Each post: stamp line '4.40pm' BEFORE the headline, then 'By NAME' (author), body, 'Share this update'. The printed note 'Times are GMT' gives the zone (Europe/London = UTC in February). 11920-02 is a 'Watch:' teaser with no body. 11920-03 is a theme piece (explainer on ballistic missiles) that mentions the Zaporizhzhia strike but is its own story; it is re-posted verbatim on day 2 by 11932.",
  not_entries=["masthead 'GULLHOLT STANDARD' and section menu", "'LIVE' label", "page title, dateline 'Wednesday 4 February 2026' and 'Times are GMT'", "standfirst/lede paragraph",
               "'Key Points' header and its two bullet lines (pointers to posts 01 and 04)", "'Latest' label", "'By NAME' lines (author credits)", "'Share this update' after every post",
               "newsletter promo after the third post", "'Show older updates'", "footer line"],
  entries=[
  E("2026-02-04 16:40", "Zaporizhzhia death toll rises to nine as search ends",
    ["The number of people killed in this morning\u2019s missile strike on Zaporizhzhia has risen to nine, the regional governor, Ivan Fedorov, said, adding that rescuers had finished searching the damaged buildings.",
     "Forty-one people were injured, including six children. Fedorov said two of the missiles hit a five-storey block of flats and a third landed near a tram depot."],
    "strikes", "strikes", 3, ZAP, a="Nessa Tregarthen", kp=True, n="toll 9 dead, 41 injured"),
  E("2026-02-04 15:15", "Watch: Rescuers search the ruins of a Zaporizhzhia apartment block", [],
    "strikes", "strikes", 1, ZAP, n="teaser without body"),
  E("2026-02-04 13:50", BALL_H, BALL_P, "strikes", "strikes", 2, BALL, a="Hal Briscombe",
    n="theme piece (explainer on ballistic missiles); mentions the Zaporizhzhia strike but is its own story: must not merge with it"),
  E("2026-02-04 12:05", "Ukraine, Russia and US negotiators meet for second day in Abu Dhabi",
    ["Delegations from Ukraine, Russia and the United States have begun a second day of talks in Abu Dhabi, officials on both sides said, with the discussion expected to focus on how a ceasefire would be monitored.",
     "Ukraine\u2019s team is again led by Rustem Umerov, the secretary of the national security council. Russia\u2019s delegation is made up mainly of military intelligence officials."],
    "diplomacy", "diplomacy", 3, ABU, a="Priya Lund", kp=True),
  E("2026-02-04 10:30", "Man killed by shelling in village near Zaporizhzhia front line",
    ["A 58-year-old man was killed when Russian artillery hit his house in Stepnohirsk, a village on the southern front line about 30km from Zaporizhzhia city, regional officials said.",
     "The shelling was separate from the overnight missile strike on the regional capital."],
    "strikes", "strikes", 3, "stepnohirsk-shelling-death-2026-02-04", a="Nessa Tregarthen",
    n="same region, different strike: must not merge with the Zaporizhzhia city missile strike"),
  E("2026-02-04 09:10", "Denmark pays for another batch of Ukrainian long-range drones",
    ["Denmark will spend 1.2 billion kroner on long-range attack drones made by Ukrainian manufacturers, its defence ministry said, extending a scheme under which Copenhagen buys weapons directly from Ukraine\u2019s arms industry for the Ukrainian army."],
    "aid", "aid", 2, "denmark-ukrainian-drone-purchase-2026-02-04", a="Priya Lund",
    n="same aid theme as the German-funded Patriot battery (11921-02), different event: must not merge"),
  E("2026-02-04 07:25", "At least three dead after missiles hit Zaporizhzhia",
    ["At least three people have been killed and 20 injured after Russian ballistic missiles struck a residential district of Zaporizhzhia shortly before 6am local time, according to the regional governor.",
     "Air raid sirens sounded only a minute before the explosions, residents told local media."],
    "strikes", "strikes", 3, ZAP, a="Nessa Tregarthen", n="toll 3 dead"),
  ]))

# ---------------------------------------------------------------- 11921 Dravesholm Post (day 1)
SEEDS.append(dict(
  id="11921", name="11921_dravesholm-ldlive", ext="html", source="Dravesholm Post", zone="Europe/Kyiv", render=r_dravesholm,
  title="Russia\u2019s war in Ukraine, day 1,442: live updates", url="https://dravesholm-post.example/war/live/day-1442",
  dateline="Wednesday, 4 February 2026 \u00b7 Kyiv time",
  lede="Russian missiles strike Zaporizhzhya before dawn; trilateral talks continue in Abu Dhabi.",
  basis="visible stamp '{s}' (date and Kyiv time, matching the update's JSON-LD datePublished with +02:00); local {d} in {z}",
  notes="Invented outlet (Ukraine). HTML live blog, OLDEST first, with LiveBlogPosting JSON-LD whose liveBlogUpdate items carry their own datePublished (+02:00), headline, articleBody and author. Visible stamp '4 February 2026, 07:05' in <time datetime>, before the h2 headline; signature 'Text: NAME' after the body (author). Spelling 'Zaporizhzhya'. 11921-05 is a near-verbatim repeat of 11921-02 (only 'air force'/'Air Force' differs), importance 1. 11921-07 is Zelenskyy's reaction, whose content is the strike itself: same story as the strike.",
  not_entries=["cookie banner", "logo and navigation", "page title and dateline 'Wednesday, 4 February 2026 \u00b7 Kyiv time'", "intro line (page lede)", "'Text: NAME' signatures (author credits)",
               "'Share \u00b7 Copy link' after every post", "'Read also:' link after the fourth post", "'The live blog continues tomorrow.'", "footer"],
  entries=[
  E("2026-02-04 07:05", "Ballistic missiles hit Zaporizhzhya before dawn",
    ["Russia struck Zaporizhzhya with ballistic missiles at about 05:40, hitting a residential block in the Oleksandrivskyi district, Governor Ivan Fedorov reported.",
     "At least two people were killed and 14 wounded, he said. Several cars were burning in the courtyard and windows were blown out in neighbouring buildings."],
    "strikes", "strikes", 3, ZAP, a="Yevhen Sorokopud", n="toll 2 dead; spelling Zaporizhzhya"),
  E("2026-02-04 08:40", "German-funded Patriot battery now on combat duty, air force says",
    ["A Patriot air defence battery paid for by Germany has entered combat duty in Ukraine, the air force said on Wednesday, without saying where it had been deployed.",
     "Berlin announced the purchase in November as part of a package worth more than \u20ac2 billion."],
    "aid", "aid", 2, "german-funded-patriot-battery-combat-duty-2026-02-04", a="Iryna Ostapiv"),
  E("2026-02-04 10:15", "Drones damage railway depot in Kharkiv region",
    ["Russian attack drones hit a railway depot in the Kharkiv region overnight, damaging two locomotives and a repair workshop, Ukrzaliznytsia said. No one was hurt, and trains in the area were running up to two hours late."],
    "strikes", "strikes", 2, "kharkiv-region-rail-depot-drone-strike-2026-02-04", a="Yevhen Sorokopud",
    n="another strike the same night: must not merge with the Zaporizhzhia missile strike"),
  E("2026-02-04 13:10", "Death toll in Zaporizhzhya climbs to seven",
    ["Seven people are now known to have died in the morning missile strike on Zaporizhzhya, Governor Ivan Fedorov said, among them a 15-year-old boy.",
     "Thirty-three people are being treated in hospital. The city has declared Thursday a day of mourning."],
    "strikes", "strikes", 3, ZAP, a="Iryna Ostapiv", n="toll 7"),
  E("2026-02-04 14:35", "German-funded Patriot battery now on combat duty, Air Force says",
    ["A Patriot air defence battery paid for by Germany has entered combat duty in Ukraine, the Air Force said on Wednesday, without saying where it had been deployed.",
     "Berlin announced the purchase in November as part of a package worth more than \u20ac2 billion."],
    "aid", "aid", 1, "german-funded-patriot-battery-combat-duty-2026-02-04", a="Iryna Ostapiv", dup="11921-02", n="near-verbatim repeat of 11921-02"),
  E("2026-02-04 17:45", "Abu Dhabi talks: delegations discuss ceasefire monitoring, Umerov says",
    ["Rustem Umerov, who leads Ukraine\u2019s delegation, said the second day of talks in Abu Dhabi had focused on how a ceasefire could be monitored and who would do it.",
     "He called the discussion \u201csubstantive\u201d but said no documents had been agreed. The delegations will report to their capitals before deciding on another round."],
    "diplomacy", "diplomacy", 3, ABU, a="Maksym Dorosh"),
  E("2026-02-04 19:20", "Zelenskyy: strike on Zaporizhzhya shows Moscow is \u2018mocking\u2019 diplomacy",
    ["President Volodymyr Zelenskyy said the missile strike on Zaporizhzhya, carried out while Russian negotiators were sitting at the table in Abu Dhabi, showed that Moscow was \u201cmocking\u201d the diplomatic process.",
     "He called on partners to respond with new sanctions and more air defence rather than statements."],
    "strikes", "strikes", 3, ZAP, a="Maksym Dorosh", sec=["diplomacy"], n="reaction whose content is the strike itself: same story as the strike, not the Abu Dhabi talks"),
  ]))

# ---------------------------------------------------------------- 11922 Ashwinter World Desk (day 1)
SEEDS.append(dict(
  id="11922", name="11922_ashwinter-worldrss", ext="xml", source="Ashwinter World Desk", zone="UTC", render=r_rss, rfc="GMT",
  title="Ashwinter World Desk \u2013 World", url="https://ashwinter-worlddesk.example", lede="Top world stories from the Ashwinter World Desk",
  basis="RSS pubDate '{s}' (GMT); local {d} in {z}",
  notes="Invented outlet. General world RSS feed where the war is a minority: four of six items are off-beat. pubDate in GMT, newest first, no creator (author null). Spelling 'Zaporozhye' (Russian-style transliteration) for the main story.",
  not_entries=["channel title/link/description/language/ttl", "category elements", "link/guid URLs"],
  entries=[
  E("2026-02-04 21:10", "Zaporozhye missile strike kills nine, Ukrainian officials say",
    ["Nine people were killed and 41 wounded when Russian ballistic missiles hit a residential area of the Ukrainian city of Zaporozhye early on Wednesday, regional officials said.",
     "Russia\u2019s defence ministry said it had struck facilities used by the Ukrainian military, and did not mention civilian casualties."],
    "strikes", "strikes", 3, ZAP, n="spelling Zaporozhye; toll 9"),
  OFF("2026-02-04 19:30", "Olympic flame arrives in Milan two days before the Winter Games open",
    ["The Olympic flame reached Milan on Wednesday after a relay of more than two months across Italy, ahead of Friday\u2019s opening ceremony at the San Siro stadium."],
    "olympic-flame-milan-2026-02-04", n="Winter Olympics"),
  OFF("2026-02-04 16:05", "Cyclone brings flooding to southern Madagascar",
    ["Heavy rain from a tropical cyclone flooded villages in southern Madagascar, cutting roads and forcing several thousand people from their homes, the national disaster office said."],
    "madagascar-cyclone-flooding-2026-02-04", n="weather"),
  E("2026-02-04 13:40", "Ukraine, Russia and US meet for second day of talks in Abu Dhabi",
    ["Negotiators from Ukraine, Russia and the United States met for a second day in Abu Dhabi on Wednesday, with ceasefire monitoring and prisoner exchanges on the agenda, according to people briefed on the talks."],
    "diplomacy", "diplomacy", 3, ABU),
  OFF("2026-02-04 10:20", "Wildfires force evacuations near Chile\u2019s Valpara\u00edso",
    ["Firefighters in central Chile battled several wildfires fanned by strong winds on Wednesday, and authorities ordered the evacuation of hillside neighbourhoods near Valpara\u00edso."],
    "chile-wildfires-valparaiso-2026-02-04", n="wildfires"),
  OFF("2026-02-04 06:45", "Portugal braces for second Atlantic storm in a week",
    ["Portugal\u2019s weather service issued red warnings for coastal districts as a second Atlantic storm in a week approached, bringing gusts of up to 120km/h and heavy rain."],
    "portugal-atlantic-storm-2026-02-04", n="weather"),
  ]))

# ---------------------------------------------------------------- 11923 Maplestrand Daily (day 1)
SEEDS.append(dict(
  id="11923", name="11923_maplestrand-atom", ext="xml", source="Maplestrand Daily", zone="Europe/Kyiv", render=r_atom,
  title="Maplestrand Daily \u2013 Ukraine", url="https://maplestrand-daily.example/ukraine", lede="Reporting on Ukraine and its neighbours",
  basis="Atom <published> '{s}' (explicit +02:00 = Kyiv winter time); local {d} in {z}",
  notes="Invented outlet. Atom feed, newest first, <published> with +02:00, <author><name>, escaped HTML content. Spelling 'Zaporizhia' for the main story.",
  not_entries=["feed title/subtitle/links/id/updated", "entry id and link elements"],
  entries=[
  E("2026-02-04 22:30", "Zaporizhia mourns nine dead as city prepares day of mourning",
    ["Zaporizhia will hold a day of mourning on Thursday after a Russian ballistic missile strike killed nine people, including a teenager, in the city\u2019s Oleksandrivskyi district.",
     "Regional governor Ivan Fedorov said 41 people were wounded, 12 of them seriously, and that 160 flats had been damaged."],
    "strikes", "strikes", 3, ZAP, a="Bohdan Lys", n="spelling Zaporizhia; toll 9"),
  E("2026-02-04 18:15", "Kremlin: Abu Dhabi round over, contacts to continue",
    ["Kremlin spokesman Dmitry Peskov said the round of talks in Abu Dhabi had ended and that the sides had agreed to stay in contact, but he declined to describe any results.",
     "Peskov said Moscow\u2019s position on the Donbas had not changed."],
    "diplomacy", "diplomacy", 3, ABU, a="Vira Hnatiuk"),
  E("2026-02-04 15:20", "Drones hit oil pumping station in Russia\u2019s Bryansk region",
    ["Ukrainian drones struck an oil pumping station on the Druzhba pipeline in Russia\u2019s Bryansk region overnight, Ukraine\u2019s general staff said, reporting a fire at the site.",
     "Bryansk governor Alexander Bogomaz said 27 drones had been shot down over the region."],
    "strikes", "strikes", 2, "bryansk-druzhba-pumping-station-strike-2026-02-04", a="Bohdan Lys",
    n="another strike the same night (by Ukraine): must not merge with the Zaporizhzhia strike"),
  E("2026-02-04 11:40", "EU transfers \u20ac4.1bn to Kyiv under Ukraine Facility",
    ["The European Commission has transferred \u20ac4.1 billion to Ukraine under the Ukraine Facility, the largest single payment from the programme so far, Prime Minister Yulia Svyrydenko said."],
    "aid", "aid", 3, "eu-ukraine-facility-payment-2026-02-04", a="Vira Hnatiuk"),
  E("2026-02-04 08:50", "Missile strike on Zaporizhia high-rise kills at least three",
    ["At least three people were killed when a ballistic missile hit a high-rise building in Zaporizhia at dawn, the regional military administration said.",
     "Rescuers were searching for people who might be trapped under the collapsed section of the building."],
    "strikes", "strikes", 3, ZAP, a="Bohdan Lys", n="toll 3"),
  ]))

# ---------------------------------------------------------------- day 2 (2026-02-05)
REF = "novokuibyshevsk-refinery-drone-strike-2026-02-05"

# ---------------------------------------------------------------- 11930 Quillfarrow Tribune (day 2)
SEEDS.append(dict(
  id="11930", name="11930_quillfarrow-htmllive", ext="html", source="Quillfarrow Tribune", zone="Europe/Warsaw", render=r_quillfarrow,
  title="War in Ukraine: live coverage", dateline="Thursday, 5 February 2026",
  lede="Ukrainian drones set a refinery on fire in Russia\u2019s Samara region; Zaporizhzhia mourns the victims of Wednesday\u2019s missile strike.",
  basis="stamp '{s}' (24-hour time with CET = UTC+1) under the page date 'Thursday, 5 February 2026'; local {d} in {z}",
  notes="Invented outlet (Poland). HTML live blog, newest first, no JSON-LD. Each entry: h2 headline, then a meta line '<time>20:15 CET</time> \u00b7 Written by NAME' (stamp AFTER the headline), then text. 11930-02 is a 'Photos:' teaser (gallery placeholder, no text) about the day-1 Zaporizhzhia strike. 11930-04 continues the day-1 story with a new development (tenth victim, day of mourning). Spelling 'Novokuibyshevsk'.",
  not_entries=["consent banner", "brand and navigation", "page title and date line 'Thursday, 5 February 2026'", "lead paragraph (page lede)",
               "'Written by NAME' part of each meta line (author credit)", "gallery placeholder 'Gallery (12 photos) \u2013 swipe to view'",
               "'Related' aside after the third entry", "link to Wednesday\u2019s live coverage", "footer"],
  entries=[
  E("2026-02-05 20:15", "Novokuibyshevsk refinery still burning nearly 18 hours after drone attack",
    ["Fire crews were still fighting the blaze at the Novokuibyshevsk oil refinery in Russia\u2019s Samara region on Thursday evening, according to local Telegram channels, which published videos of thick black smoke over the plant.",
     "The regional governor has said two workers were killed. The refinery, one of the largest in the Volga region, processes about 8 million tonnes of crude a year."],
    "strikes", "strikes", 3, REF, a="Marek Zielonka", n="toll 2"),
  E("2026-02-05 18:40", "Photos: Zaporizhzhia buries the victims of Wednesday\u2019s missile strike", [],
    "strikes", "strikes", 1, ZAP, n="teaser without body; shows the day-1 story"),
  E("2026-02-05 16:05", "Polish army to form anti-drone units along eastern border",
    ["Poland\u2019s defence ministry said it would create three new anti-drone battalions to protect the border with Belarus and Ukraine, after a series of airspace violations by Russian drones last year."],
    "other", "security", 2, "poland-anti-drone-battalions-2026-02-05", a="Agnieszka Borowa"),
  E("2026-02-05 13:30", "Zaporizhzhia: tenth victim dies in hospital",
    ["A woman injured in Wednesday\u2019s Russian missile strike on Zaporizhzhia has died in hospital, raising the death toll to ten, the city\u2019s military administration said.",
     "The city is observing a day of mourning, with flags at half-mast and entertainment events cancelled."],
    "strikes", "strikes", 3, ZAP, a="Marek Zielonka", n="day-2 continuation of the day-1 story: toll 10, day of mourning"),
  E("2026-02-05 11:10", "Russian drones hit gas production site in Poltava region",
    ["Russian drones damaged a gas production facility operated by Naftogaz in the Poltava region overnight, the company said, adding that output at the site had been partly halted."],
    "strikes", "strikes", 2, "poltava-gas-site-drone-strike-2026-02-05", a="Agnieszka Borowa",
    n="same energy-strike theme, opposite direction: must not merge with the Novokuibyshevsk refinery strike"),
  E("2026-02-05 08:25", "Ukraine claims strike on refinery in Russia\u2019s Samara region",
    ["Ukraine\u2019s general staff said its drones hit the Novokuibyshevsk refinery in Russia\u2019s Samara region overnight, causing a large fire in a primary processing unit.",
     "Samara governor Vyacheslav Fedorishchev said one worker was killed and that falling debris had damaged a nearby substation."],
    "strikes", "strikes", 3, REF, a="Marek Zielonka", n="toll 1"),
  ]))

# ---------------------------------------------------------------- 11931 Ostrevik Review (day 2)
SEEDS.append(dict(
  id="11931", name="11931_ostrevik-atom", ext="xml", source="Ostrevik Review", zone="Europe/Kyiv", render=r_atom,
  title="Ostrevik Review \u2014 News", url="https://ostrevik-review.example/news", lede="Independent reporting from Kyiv",
  basis="Atom <published> '{s}' (explicit +02:00 = Kyiv winter time); local {d} in {z}",
  notes="Invented outlet (Ukraine). Atom feed, newest first, +02:00, authors. 11931-01 is a theme piece (analysis of the refinery-strike campaign) that mentions the Novokuybyshevsk strike but is its own story. 11931-03 is about a different refinery in the same region, idle since an attack on 28 January. Spelling 'Novokuybyshevsk'.",
  not_entries=["feed title/subtitle/links/id/updated", "entry id and link elements"],
  entries=[
  E("2026-02-05 21:45", "Analysis: Refinery strikes are biting, but Russia\u2019s crude exports hold up",
    ["The drone attack on the Novokuybyshevsk refinery overnight was the latest in a campaign that has forced Russian plants to halt units for weeks at a time and pushed domestic fuel prices to records.",
     "Yet the damage has mostly hit refining, not exports of crude oil, which still earn Moscow the bulk of its energy revenue. When refineries stop, more crude is simply sent abroad through Baltic and Black Sea ports.",
     "Analysts say that unless strikes on export terminals and tankers become sustained, the campaign will hurt Russian drivers more than the Kremlin\u2019s budget."],
    "strikes", "strikes", 2, "analysis-refinery-strikes-russian-exports", a="Dmytro Havrysh",
    n="theme piece (analysis); mentions the Novokuybyshevsk strike but is its own story: must not merge with it"),
  E("2026-02-05 19:00", "Second worker dies after drone attack on Novokuybyshevsk refinery",
    ["A second employee of the Novokuybyshevsk refinery has died of burns, the Samara regional government said on Thursday evening, bringing the toll from the overnight Ukrainian drone attack to two.",
     "Three more workers remain in hospital."],
    "strikes", "strikes", 3, REF, a="Dmytro Havrysh", n="toll 2; spelling Novokuybyshevsk"),
  E("2026-02-05 14:20", "Syzran refinery still idle a week after earlier attack, sources say",
    ["The Syzran refinery, also in Russia\u2019s Samara region, has not resumed operations since a drone attack on 28 January, two industry sources told Ostrevik Review.",
     "Repairs to its main distillation unit are expected to take at least another month."],
    "strikes", "strikes", 2, "syzran-refinery-outage-2026-01-28", a="Liliia Marchuk",
    n="same region, earlier and different attack: must not merge with the Novokuybyshevsk strike"),
  E("2026-02-05 12:00", "Zaporizhzhia holds day of mourning as toll reaches ten",
    ["Zaporizhzhia is holding a day of mourning for the victims of Wednesday\u2019s ballistic missile strike, whose death toll rose to ten overnight, governor Ivan Fedorov said.",
     "Funerals for the first victims took place on Thursday morning."],
    "strikes", "strikes", 3, ZAP, a="Liliia Marchuk", n="day-2 continuation of the day-1 story"),
  E("2026-02-05 09:30", "Kremlin says timing of next Abu Dhabi round depends on Kyiv",
    ["Kremlin spokesman Dmitry Peskov said on Thursday that a date for the next round of talks would depend on Ukraine\u2019s readiness to discuss what he called the realities on the ground."],
    "diplomacy", "diplomacy", 2, "kremlin-next-round-timing-2026-02-05", a="Dmytro Havrysh",
    n="new statement about a future round, not the day-1 talks themselves"),
  ]))

# ---------------------------------------------------------------- 11932 Selvanby Courier (day 2)
SEEDS.append(dict(
  id="11932", name="11932_selvanby-textlive", ext="txt", source="Selvanby Courier", zone="America/New_York", render=r_selvanby,
  title="Russia-Ukraine war: live updates for Thursday", dateline="Thursday, Feb. 5, 2026",
  lede="Ukrainian drones hit an oil refinery deep inside Russia, and Zaporizhzhia counts its dead. Follow along for the latest.",
  basis="stamp '{s}' (12-hour time with EST = UTC-5) under the page date 'Thursday, Feb. 5, 2026', oldest first; local {d} in {z}",
  notes="Invented outlet (US). Text live blog, oldest first. Each post: headline, then '1:20 a.m. EST | By NAME' (stamp and author AFTER the headline), body. 11932-02 re-posts day 1's explainer 11920-03 verbatim (syndicated: same headline, text and author): importance 1, same story slug as day 1, duplicate_of null (duplicate_of is defined within a seed only). 11932-06 is a near-verbatim repeat of 11932-01 (second paragraph trimmed), importance 1. 11932-03 is Russia's claim about the same overnight drone attack (same story as the refinery strike). Spelling 'Novokuibyshevsk'.",
  not_entries=["masthead and section menu", "page title and date line 'Thursday, Feb. 5, 2026'", "intro paragraph (page lede)", "'| By NAME' part of each stamp line (author credit)",
               "'ADVERTISEMENT' after the fourth post", "'This live blog has ended.'", "footer"],
  entries=[
  E("2026-02-05 01:20", "Drones set fire to oil refinery in Russia's Samara region, governor says",
    ["Ukrainian drones attacked an oil refinery in the town of Novokuibyshevsk in Russia's Samara region early Thursday, starting a fire and killing one worker, the regional governor said.",
     "Russia's Defense Ministry said its air defenses had shot down dozens of drones over several regions overnight."],
    "strikes", "strikes", 3, REF, a="Caleb Marchetti", n="toll 1"),
  E("2026-02-05 03:45", BALL_H, BALL_P, "strikes", "strikes", 1, BALL, a="Hal Briscombe",
    n="re-post of day-1 entry 11920-03 (syndicated verbatim, same headline, text and author); importance 1"),
  E("2026-02-05 06:30", "Russia says it downed 75 Ukrainian drones as refinery burns",
    ["Russia's Defense Ministry said Thursday that its air defenses destroyed 75 Ukrainian drones overnight over eight regions, including Samara, where a refinery in Novokuibyshevsk caught fire.",
     "The ministry did not mention the refinery."],
    "strikes", "strikes", 3, REF, a="Caleb Marchetti", n="Russian claim about the same overnight attack: same story"),
  E("2026-02-05 09:10", "Zaporizhzhia death toll rises to 10",
    ["The death toll from Wednesday's Russian missile strike on the Ukrainian city of Zaporizhzhia rose to 10 after a woman died in a hospital, local officials said Thursday."],
    "strikes", "strikes", 3, ZAP, a="Renata Vale", n="day-2 continuation of the day-1 story"),
  E("2026-02-05 11:25", "Senators push for vote on Russia sanctions bill",
    ["A bipartisan group of U.S. senators urged Senate leaders on Thursday to bring a long-stalled bill imposing sweeping sanctions on Russia and its oil buyers to a vote, citing the attack on Zaporizhzhia."],
    "diplomacy", "diplomacy", 2, "us-senate-russia-sanctions-bill-push-2026-02-05", a="Renata Vale",
    n="cites the Zaporizhzhia strike but is its own story (sanctions politics): must not merge with it"),
  E("2026-02-05 13:50", "Drones set fire to oil refinery in Russia's Samara region, governor says",
    ["Ukrainian drones attacked an oil refinery in the town of Novokuibyshevsk in Russia's Samara region early Thursday, starting a fire and killing one worker, the regional governor said.",
     "Russia's Defense Ministry said its air defenses had shot down dozens of drones over several regions."],
    "strikes", "strikes", 1, REF, a="Caleb Marchetti", dup="11932-01", n="near-verbatim repeat of 11932-01"),
  E("2026-02-05 15:30", "Ukraine's foreign minister heads to Brussels for EU accession talks",
    ["Ukrainian Foreign Minister Andrii Sybiha will travel to Brussels on Friday to press European Union governments to open the first negotiating cluster of Ukraine's membership talks, his ministry said."],
    "diplomacy", "diplomacy", 2, "sybiha-brussels-accession-trip-2026-02-05", a="Renata Vale"),
  ]))

# ---------------------------------------------------------------- 11933 Larchbay Chronicle (day 2)
SEEDS.append(dict(
  id="11933", name="11933_larchbay-worldrss", ext="xml", source="Larchbay Chronicle", zone="America/Toronto", render=r_rss, rfc="num",
  title="Larchbay Chronicle: World", url="https://larchbay-chronicle.example", lede="World news from the Larchbay Chronicle",
  basis="RSS pubDate '{s}' (explicit -0500 = Eastern Standard Time); local {d} in {z}",
  notes="Invented outlet (Canada). General world RSS feed where the war is a minority: four of six items are off-beat. pubDate with -0500, newest first, no creator (author null). Spelling 'Novokuybyshevsk'.",
  not_entries=["channel title/link/description/language/ttl", "category elements", "link/guid URLs"],
  entries=[
  OFF("2026-02-05 18:20", "Bank of England holds interest rates steady",
    ["The Bank of England kept its key interest rate unchanged on Thursday, saying it wanted more evidence that inflation was heading back to its target before cutting again."],
    "bank-of-england-rate-decision-2026-02-05", n="UK monetary policy"),
  E("2026-02-05 15:05", "Two dead after Ukrainian drones set Russian refinery ablaze",
    ["Two workers were killed after Ukrainian drones struck an oil refinery in Novokuybyshevsk, in Russia\u2019s Samara region, local officials said on Thursday.",
     "Videos posted online showed flames and a column of black smoke rising above the plant through the day."],
    "strikes", "strikes", 3, REF, n="toll 2"),
  OFF("2026-02-05 12:40", "Curling opens Olympic competition a day before ceremony",
    ["Mixed doubles curling became the first event of the Milan Cortina Winter Olympics on Thursday, a day before the official opening ceremony in Milan."],
    "olympic-curling-opens-2026-02-05", n="Winter Olympics"),
  E("2026-02-05 10:10", "Zaporizhzhia mourns 10 killed in missile strike",
    ["Flags flew at half-mast in Zaporizhzhia on Thursday as the city mourned 10 people killed in a Russian missile strike a day earlier.",
     "Regional governor Ivan Fedorov said 160 apartments had been damaged and that residents would receive emergency repair grants."],
    "strikes", "strikes", 3, ZAP, n="day-2 continuation of the day-1 story"),
  OFF("2026-02-05 07:30", "Indonesian volcano erupts, forcing evacuation of villages",
    ["A volcano on Indonesia\u2019s Flores island erupted on Thursday, sending ash several kilometres into the sky and forcing authorities to evacuate nearby villages."],
    "flores-volcano-eruption-2026-02-05", n="volcano"),
  OFF("2026-02-05 03:15", "Floods displace thousands in central Mozambique",
    ["Flooding after days of heavy rain has forced more than 20,000 people from their homes in central Mozambique, the country\u2019s disaster agency said."],
    "mozambique-floods-2026-02-05", n="floods"),
  ]))

# ---------------------------------------------------------------- day 3 (2026-03-14)
ODE = "odesa-port-strike-2026-03-14"
POW = "uae-mediated-prisoner-exchange-2026-03-14"

# ---------------------------------------------------------------- 11940 Brisveldt World (day 3)
SEEDS.append(dict(
  id="11940", name="11940_brisveldt-worldatom", ext="xml", source="Brisveldt World", zone="UTC", render=r_atom,
  title="Brisveldt World: latest", url="https://brisveldt-world.example/latest", lede="The world in brief, around the clock",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world Atom feed where the war is a minority: four of six items are off-beat. <published> in Z, newest first, no author elements (author null). Spelling 'Odessa' for the main story.",
  not_entries=["feed title/subtitle/links/id/updated", "entry id and link elements"],
  entries=[
  E("2026-03-14 22:40", "Odessa port strike toll climbs to 10",
    ["The number of people killed in Saturday\u2019s Russian missile and drone attack on the Ukrainian port city of Odessa has risen to 10, the regional administration said late on Saturday.",
     "Most of the victims were workers at a grain terminal that was hit as the morning shift began."],
    "strikes", "strikes", 3, ODE, n="spelling Odessa; toll 10"),
  OFF("2026-03-14 19:15", "Cyclone weakens after crossing northern Australian coast",
    ["A tropical cyclone weakened to a tropical low after crossing the coast of Western Australia\u2019s Kimberley region, bringing heavy rain but no reports of major damage."],
    "kimberley-cyclone-2026-03-14", n="weather"),
  OFF("2026-03-14 15:50", "Rail strike halts most trains across France",
    ["Most high-speed and regional trains in France were cancelled on Saturday as rail unions held a one-day strike over pensions and pay."],
    "france-rail-strike-2026-03-14", n="labour dispute"),
  E("2026-03-14 12:30", "Russia and Ukraine swap 175 prisoners each",
    ["Russia and Ukraine exchanged 175 prisoners of war each on Saturday in a swap mediated by the United Arab Emirates, both governments said."],
    "diplomacy", "diplomacy", 3, POW),
  OFF("2026-03-14 09:05", "Strong earthquake rattles central Chile",
    ["A magnitude 6.2 earthquake shook central Chile early on Saturday, swaying buildings in Santiago, but officials reported no serious damage."],
    "central-chile-earthquake-2026-03-14", n="earthquake"),
  OFF("2026-03-14 06:20", "Thousands march in Buenos Aires over pension cuts",
    ["Thousands of pensioners and union members marched to Argentina\u2019s Congress on Friday evening to protest against cuts to pensions, in one of the largest demonstrations of the year."],
    "buenos-aires-pension-march-2026-03-13", n="Argentine politics"),
  ]))

# ---------------------------------------------------------------- 11941 Stovbur Daily (day 3)
ODE_4 = ["Four people have been killed in the Russian attack on Odesa and 19 injured, Oleh Kiper said, adding that a residential building near the port had also been damaged.",
         "Ukraine\u2019s air force said Russia launched 86 drones and six missiles at the Odesa region overnight."]
SEEDS.append(dict(
  id="11941", name="11941_stovbur-textlive", ext="txt", source="Stovbur Daily", zone="Europe/Kyiv", render=r_stovbur,
  title="Russia\u2019s war: live from Ukraine", dateline="Saturday, 14 March", byline="Oksana Verbytska and Marko Hlynsky",
  parse_args=["--date", "2026-03-14"],
  lede="Russian drones and missiles hit Odesa\u2019s port overnight. Another prisoner exchange brings 175 Ukrainians home.",
  basis="bare stamp '{s}' (Kyiv time, EET) under the date line 'Saturday, 14 March' (no year anywhere: parse_args gives 2026-03-14), oldest first; local {d} in {z}",
  notes="Invented outlet (Ukraine). Text live blog, oldest first. Date line 'Saturday, 14 March' WITHOUT a year, and no year anywhere on the page, so parse_args gives --date 2026-03-14. Bare stamp '06:10' (Kyiv time, EET = UTC+2) BEFORE the headline. One page byline 'Text: Oksana Verbytska and Marko Hlynsky', used as author for every entry (kept as one string). 11941-02 is a 'Video:' teaser with no text ('[video]' placeholder). 11941-05 is a theme piece (explainer on why Russia keeps striking Odesa\u2019s ports) that mentions the day\u2019s attack but is its own story. 11941-06 repeats 11941-03 nearly verbatim (one word changed), importance 1. 11941-07 is a separate evening strike on Izmail in the same region.",
  not_entries=["masthead and section menu", "page title, date line 'Saturday, 14 March' and byline 'Text: ...'", "intro paragraph (page lede)", "'[video]' placeholder in the teaser",
               "membership appeal after the fourth entry", "'Follow us on Telegram.'", "footer"],
  entries=[
  E("2026-03-14 06:10", "Odesa: explosions in port area as Russia attacks with drones and missiles",
    ["Explosions shook Odesa before dawn as Russian drones and missiles targeted the port, Oleh Kiper, the head of the regional military administration, said.",
     "At least two people were killed and a fire broke out at a grain terminal, he said."],
    "strikes", "strikes", 3, ODE, a="Oksana Verbytska and Marko Hlynsky", n="toll 2"),
  E("2026-03-14 07:30", "Video: Fire engulfs grain terminal in Odesa port", [],
    "strikes", "strikes", 1, ODE, a="Oksana Verbytska and Marko Hlynsky", n="teaser without body"),
  E("2026-03-14 09:45", "Death toll in Odesa rises to four", ODE_4,
    "strikes", "strikes", 3, ODE, a="Oksana Verbytska and Marko Hlynsky", n="toll 4"),
  E("2026-03-14 11:20", "Prisoner swap: 175 Ukrainian defenders come home",
    ["One hundred and seventy-five Ukrainian servicemen have returned home in an exchange mediated by the United Arab Emirates, President Volodymyr Zelensky said.",
     "Many of those freed had been held since the first months of the full-scale invasion."],
    "diplomacy", "diplomacy", 3, POW, a="Oksana Verbytska and Marko Hlynsky"),
  E("2026-03-14 13:05", "Explainer: Why Russia keeps striking Odesa\u2019s ports",
    ["This morning\u2019s attack on Odesa was the latest of dozens of Russian strikes on the Black Sea ports that handle most of Ukraine\u2019s grain exports.",
     "Moscow says it hits military targets, including workshops where Ukraine builds sea drones. Ukrainian officials say the aim is to scare shipping away from the corridor that hugs the coasts of Romania and Bulgaria, which has carried grain since Ukraine pushed the Russian fleet out of the western Black Sea.",
     "So far traffic has held up: insurers charge higher war-risk premiums, but ship arrivals are close to pre-invasion levels, according to the ports authority."],
    "strikes", "strikes", 2, "explainer-russian-strikes-on-odesa-ports", a="Oksana Verbytska and Marko Hlynsky",
    n="theme piece (explainer); mentions today's Odesa attack but is its own story: must not merge with it"),
  E("2026-03-14 15:40", "Death toll in Odesa rises to four",
    [ODE_4[0].replace("had also been damaged", "was also damaged"), ODE_4[1]],
    "strikes", "strikes", 1, ODE, a="Oksana Verbytska and Marko Hlynsky", dup="11941-03", n="near-verbatim repeat of 11941-03 (stale toll re-posted)"),
  E("2026-03-14 18:25", "Drone hits Danube port warehouse in Izmail",
    ["A Russian drone hit a warehouse in the Danube port of Izmail in the Odesa region on Saturday evening, starting a fire that was put out within an hour, the regional administration said. No one was hurt."],
    "strikes", "strikes", 2, "izmail-port-drone-strike-2026-03-14", a="Oksana Verbytska and Marko Hlynsky",
    n="same region, separate evening strike: must not merge with the Odesa port strike"),
  ]))

# ---------------------------------------------------------------- 11942 Emberlund Observer (day 3)
SEEDS.append(dict(
  id="11942", name="11942_emberlund-rss", ext="xml", source="Emberlund Observer", zone="Europe/Berlin", render=r_rss, rfc="num",
  title="Emberlund Observer \u2013 Europe & World", url="https://emberlund-observer.example", lede="News from Europe and the world",
  basis="RSS pubDate '{s}' (explicit +0100 = CET); local {d} in {z}",
  notes="Invented outlet (Germany, English edition). RSS 2.0, newest first, pubDate with +0100, dc:creator. 11942-01 is another deadly strike the same day (Kherson), a separate story.",
  not_entries=["channel title/link/description/language/ttl", "category elements", "link/guid URLs"],
  entries=[
  E("2026-03-14 20:30", "Kherson: Russian drone hits minibus, killing two",
    ["Two people were killed and four injured when a Russian drone hit a minibus in the Ukrainian city of Kherson on Saturday afternoon, the regional governor said."],
    "strikes", "strikes", 3, "kherson-minibus-drone-strike-2026-03-14", a="Lene Albrecht",
    n="another deadly strike the same day: must not merge with the Odesa strike"),
  E("2026-03-14 17:10", "Odesa toll reaches eight as rescuers search grain terminal",
    ["Eight people are now known to have died in the Russian attack on the port of Odesa, Ukrainian officials said on Saturday afternoon, as rescuers searched the wreckage of a grain terminal warehouse.",
     "Turkey\u2019s foreign ministry condemned the attack, saying it threatened the safety of Black Sea shipping."],
    "strikes", "strikes", 3, ODE, a="Lene Albrecht", n="toll 8; reaction included"),
  E("2026-03-14 14:00", "Ukraine and Russia exchange 175 POWs in UAE-mediated swap",
    ["Ukraine and Russia have each freed 175 prisoners of war in the latest exchange mediated by the United Arab Emirates, officials in Kyiv and Moscow said."],
    "diplomacy", "diplomacy", 3, POW, a="Tomas Heilbrunn"),
  E("2026-03-14 11:35", "Germany pledges \u20ac300m for Ukrainian drone production",
    ["Germany will provide \u20ac300 million to finance the production of long-range drones in Ukraine, Defence Minister Boris Pistorius said on a visit to Kyiv."],
    "aid", "aid", 2, "germany-drone-production-funding-2026-03-14", a="Tomas Heilbrunn"),
  E("2026-03-14 08:20", "Russia claims capture of two villages in Sumy region",
    ["Russia\u2019s defence ministry said its forces had taken two villages in Ukraine\u2019s northern Sumy region, a claim that Kyiv did not confirm."],
    "other", "frontline", 2, "russia-claims-sumy-villages-2026-03-14", a="Lene Albrecht"),
  ]))

# ---------------------------------------------------------------- 11943 Orvanne Times (day 3)
SEEDS.append(dict(
  id="11943", name="11943_orvanne-htmllive", ext="html", source="Orvanne Times", zone="America/New_York", render=r_orvanne,
  title="Ukraine live: Odesa port hit in deadly Russian strike; prisoners swapped", url="https://orvanne-times.example/live/ukraine-2026-03-14",
  dateline="Saturday, March 14, 2026", authors=["Noor Castellanos", "Aaron Feld"],
  lede="Russian drones and missiles hit Odesa\u2019s port before dawn. Updates from our correspondents in Kyiv and New York.",
  basis="visible stamp '{s}' (12-hour time with EDT = UTC-4; the JSON-LD update dates are all the page's own datePublished and were ignored) under the page date 'Saturday, March 14, 2026'; local {d} in {z}",
  notes="Invented outlet (US). HTML live blog, newest first, with a 'Key Points' list (two entry headlines: key_point true for 11943-03 and 11943-05). The LiveBlogPosting JSON-LD gives every liveBlogUpdate the PAGE's datePublished and headline (Guardian-style), so per-entry times must come from the visible '<time datetime=...>5:55 PM EDT</time>' after each h3 headline (US daylight time began March 8). Author after the time ('\u2014 NAME'). Spelling 'Odessa' in 11943-05. 11943-01 (Zelensky's appeal for Patriot missiles) is an aid appeal after the attack: its own story. 11943-02 is Russia's claim about the same attack: same story.",
  not_entries=["masthead, navigation, 'Subscribe'", "'LIVE' kicker", "page title and date line 'Saturday, March 14, 2026'", "dek (page lede)",
               "'Key Points' header and its two bullets (pointers to entries 03 and 05)", "'Latest updates' label", "'\u2014 NAME' after each time (author credit)", "newsletter promo after the third entry", "footer"],
  entries=[
  E("2026-03-14 17:55", "Zelensky asks allies for more Patriot missiles after Odesa attack",
    ["President Volodymyr Zelensky said on Saturday evening that Ukraine urgently needed more Patriot interceptors to protect its southern ports, saying the attack on Odesa had come in waves meant to exhaust air defenses.",
     "He said he had spoken with the leaders of Germany and the Netherlands about new deliveries."],
    "aid", "aid", 2, "zelensky-patriot-appeal-after-odesa-2026-03-14", a="Noor Castellanos", sec=["strikes"],
    n="appeal for air defence after the Odesa attack: its own story (same theme), must not merge with the strike"),
  E("2026-03-14 15:20", "Russia says Odesa strikes hit \u2018military port infrastructure\u2019",
    ["Russia\u2019s Defense Ministry said its overnight strikes on Odesa had hit port infrastructure used to assemble and launch Ukrainian sea drones, and made no mention of civilian deaths."],
    "strikes", "strikes", 3, ODE, a="Noor Castellanos", n="Russian claim about the same attack: same story"),
  E("2026-03-14 12:40", "Kremlin: Witkoff to visit Moscow next week",
    ["U.S. special envoy Steve Witkoff will visit Moscow next week for talks with President Vladimir Putin, Kremlin aide Yuri Ushakov told Russian news agencies."],
    "diplomacy", "diplomacy", 3, "witkoff-moscow-visit-announced-2026-03-14", a="Aaron Feld", kp=True),
  E("2026-03-14 10:15", "Ukraine says it hit Russian radar station in Crimea",
    ["Ukraine\u2019s navy said it struck a Russian radar station near Yevpatoriia in occupied Crimea with drones overnight, in an attack it said would weaken Russian air defenses over the western part of the peninsula."],
    "strikes", "strikes", 2, "crimea-radar-station-strike-2026-03-14", a="Aaron Feld"),
  E("2026-03-14 08:45", "Eight killed in Odessa as Russian strike hits port and apartment block",
    ["At least eight people were killed in Odessa after Russian missiles and drones hit the port and a nearby apartment block, Ukrainian officials said.",
     "Emergency workers said some people were still missing."],
    "strikes", "strikes", 3, ODE, a="Noor Castellanos", kp=True, n="toll 8; spelling Odessa"),
  E("2026-03-14 03:45", "Russia pounds Odesa overnight; at least four dead",
    ["Russia attacked the Black Sea port city of Odesa overnight with dozens of drones and several missiles, killing at least four people, according to regional officials."],
    "strikes", "strikes", 3, ODE, a="Noor Castellanos", n="toll 4"),
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
            st = stamps[i]
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": st,
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": S["basis"].format(s=st if st else S.get("page_stamp", ""), d=d.strftime("%Y-%m-%d %H:%M"), z=S["zone"]),
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

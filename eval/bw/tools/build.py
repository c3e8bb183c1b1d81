#!/usr/bin/env python3
"""Builds eval/bw seeds and gold files from one hand-written data table (below).

All news text is invented or paraphrased by the blind tester (own wording); Part A imitates the page layouts of ten
real US regional outlets, Part B outlets are invented. Deterministic: run from the project root

    python3 eval/bw/tools/build.py
"""
import hashlib, html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DA_MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=""):
    """One entry: local time in the page zone, headline, paragraphs, labels."""
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def first_sentence(par):
    m = re.search(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par)
    return par[:m.end()] if m else par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ap_time(d):  # AP style: 9:50 p.m.
    return f"{d.hour % 12 or 12}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'}"


def uk_time(d):  # 9.05am
    return f"{d.hour % 12 or 12}.{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"


def ap_date(d, year=True):  # Aug. 11, 2025 / Sept. 8
    return f"{AP_MON[d.month - 1]} {d.day}" + (f", {d.year}" if year else "")


def blox_date(d):  # Jul 11, 2025
    return f"{MON3[d.month - 1]} {d.day}, {d.year}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def uid(*parts):
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


def fake_uuid(*parts):
    h = uid(*parts)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:120]


# ====================================================================== Part A renderers (layouts of real outlets)

def blox_weather(city, today, tonight, updated):
    return [city, "Today", today, "Tonight", tonight, "Updated: " + updated, "Full Forecast"]


def r_gjs(S):
    """Grand Junction Daily Sentinel (BLOX CMS) article page carrying an AP 'The Latest' file, copied as text.
    Newest item first, each item '___' + a bare AP-style time line ('9:50 p.m.') + paragraphs, no item headlines;
    the intro says 'all times local' and the dateline is KYIV, so the times are Kyiv time."""
    z = S["zone"]
    L = ["Skip to main content", "", "Site search", "Search", ""] + blox_weather("Grand Junction, CO (81501)", S["wx"][0], S["wx"][1], S["wx"][2]) + [
         "", "Subscribe", "Log In", "", "News", "Sports", "Outdoors", "Business", "Opinion", "Obituaries", "Life", "e-Edition", "Classifieds", "",
         "Nation & World", "", S["title"], "", "By The Associated Press", "", S["posted"], "", S["updated"], "", "0", "",
         "Facebook", "Twitter", "WhatsApp", "SMS", "Email", "Print", "Copy article link", "Save", "", S["intro"], ""]
    stamps = []
    for e in S["entries"]:
        st = ap_time(dt(e["t"], z)); stamps.append(st)
        L += ["___", "", st, ""] + ptxt(e["p"])
    L += ["___", "", "Copyright 2025 The Associated Press. All rights reserved.", "", "Tags", "", "Russia-Ukraine war", "Kyiv", "Chernivtsi", "",
          "Load comments", "", "Most Popular", "", "County commissioners delay vote on river park lease", "Peach festival sets attendance record", "",
          "Sign up for our Daily Sentinel headlines newsletter", "", "Daily Sentinel e-Edition", "",
          "Grand Junction Daily Sentinel", "Contact Us", "Terms of Use", "Privacy Policy", "",
          "Powered by BLOX Content Management System from TownNews.com."]
    return "\n".join(L) + "\n", stamps


def r_fdt(S):
    """Farmington Daily Times (Gannett) article page in HTML: an explainer/round-up with h2 sections (one entry each, no
    per-section time); 'Published 3:12 p.m. MT Aug. 11, 2025' date block; NewsArticle JSON-LD in UTC."""
    z = S["zone"]
    pub = dt(S["pub"], z); upd = dt(S["upd"], z)
    pub_s = f"Published {ap_time(pub)} MT {ap_date(pub)}"; upd_s = f"Updated {ap_time(upd)} MT {ap_date(upd)}"
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": S["url"]},
          "headline": S["title"], "datePublished": pub.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
          "dateModified": upd.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
          "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "Farmington Daily Times", "logo": {"@type": "ImageObject", "url": "https://www.daily-times.com/sitelogos/d-farmington.svg"}},
          "articleSection": "world"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           f'<link rel="canonical" href="{S["url"]}">', '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<div class="gnt_n"><a class="gnt_n_logo" href="/" aria-label="Farmington Daily Times logo">Farmington Daily Times</a>',
           '<nav class="gnt_n_mn"><a href="/news/">News</a><a href="/sports/">Sports</a><a href="/opinion/">Opinion</a><a href="/obituaries/">Obituaries</a>'
           '<a href="/public-notices/">Legals</a><a href="https://farmington.newspaperarchive.com/">eNewspaper</a></nav>',
           '<a class="gnt_n_us_a" href="/subscribe/">Subscribe</a> <a class="gnt_n_us_a" href="/login/">Sign In</a></div>',
           '<main class="gnt_cw"><article class="gnt_pr" aria-label="' + attr(S["title"]) + '">',
           f'<h1 class="gnt_ar_hl" elementtiming="ar-headline">{esc(S["title"])}</h1>',
           f'<div class="gnt_ar_by"><a class="gnt_ar_by_a gnt_ar_by_a__fi" href="/staff/">{esc(S["byline"])}</a><div class="gnt_ar_by_c">{esc(S["byline_org"])}</div></div>',
           f'<div class="gnt_ar_dt" aria-label="{attr(pub_s + " | " + upd_s)}">{esc(pub_s)}<br>{esc(upd_s)}</div>',
           '<div class="gnt_ss"><button class="gnt_ss_fb">Facebook</button><button class="gnt_ss_em">Email</button><button class="gnt_ss_tw">X</button><button class="gnt_ss_sh">Share</button></div>',
           '<div class="gnt_ar_b">']
    out += [f'<p class="gnt_ar_b_p">{esc(p)}</p>' for p in S["lede"]]
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2 class="gnt_ar_b_h2">{esc(e["h"])}</h2>')
        out += [f'<p class="gnt_ar_b_p">{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append('<aside class="gnt_em gnt_em__el" aria-label="advertisement"><span class="gnt_em_lbl">Advertisement</span></aside>')
        if i == 3:
            out.append('<aside class="gnt_em_nl"><h3>Get the news that matters to San Juan County</h3><p>Sign up for our daily headlines newsletter.</p><button>Sign up</button></aside>')
    out += ['<p class="gnt_ar_b_p"><em>Contributing: The Associated Press</em></p>', "</div></article>",
            '<aside class="gnt_rr"><h3>Most popular</h3><a href="/story/1">Navajo Transitional Energy Company reports second-quarter results</a>'
            '<a href="/story/2">Farmington Municipal Schools release bus routes</a></aside></main>',
            '<footer class="gnt_f"><a>Contact Us</a> <a>Terms of Service</a> <a>Privacy Policy</a> <a>Your Privacy Choices</a>'
            '<p>© 2025 www.daily-times.com. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_rdr(S):
    """Roswell Daily Record WordPress RSS 2.0 feed: pubDate in +0000, dc:creator CDATA, categories, an excerpt
    description ending in [&#8230;] plus the 'The post ... appeared first on' footer, full text in content:encoded."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"', '\txmlns:content="http://purl.org/rss/1.0/modules/content/"',
           '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"', '\txmlns:dc="http://purl.org/dc/elements/1.1/"', '\txmlns:atom="http://www.w3.org/2005/Atom"',
           '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"', '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"', '\t>', "", "<channel>",
           "\t<title>Roswell Daily Record</title>", '\t<atom:link href="https://www.rdrnews.com/feed/" rel="self" type="application/rss+xml" />',
           "\t<link>https://www.rdrnews.com</link>", "\t<description>Roswell, New Mexico news, sports and community</description>",
           f"\t<lastBuildDate>{S['build']}</lastBuildDate>", "\t<language>en-US</language>", "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>",
           "\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>", "\t<generator>https://wordpress.org/?v=6.8.1</generator>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z).astimezone(UTC)
        st = d.strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        link = f"https://www.rdrnews.com/{d:%Y/%m/%d}/{slugify(e['h'])}/"
        footer = f'<p>The post <a rel="nofollow" href="{link}">{esc(e["h"])}</a> appeared first on <a rel="nofollow" href="https://www.rdrnews.com">Roswell Daily Record</a>.</p>'
        words = e["p"][0].split()
        excerpt = " ".join(words[:30]) + (" [&#8230;]" if len(words) > 30 else "")
        cats = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in e.get("cats", ["AP", "World"]))
        out += ["\t<item>", f"\t\t<title>{esc(e['h'])}</title>", f"\t\t<link>{link}</link>", f"\t\t<comments>{link}#respond</comments>",
                f"\t\t<dc:creator><![CDATA[{e['a']}]]></dc:creator>", f"\t\t<pubDate>{st}</pubDate>" + cats,
                f'\t\t<guid isPermaLink="false">https://www.rdrnews.com/?p={318400 + 37 * i}</guid>',
                f"\t\t<description><![CDATA[<p>{excerpt}</p>\n{footer}\n]]></description>",
                "\t\t<content:encoded><![CDATA[" + "\n".join(f"<p>{esc(p)}</p>" for p in e["p"]) + f"\n{footer}\n]]></content:encoded>",
                f"\t\t<wfw:commentRss>{link}feed/</wfw:commentRss>", "\t\t<slash:comments>0</slash:comments>", "\t</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_lcsn(S):
    """Las Cruces Sun-News (Gannett) carrying a USA TODAY live blog, copied as text. Times are printed in ET
    ('7:30 p.m. ET Sept. 8'), never with a year; each post: headline, author, 'USA TODAY', stamp, body, 'Share'."""
    z = S["zone"]
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    L = ["Skip to main content", "", "Las Cruces Sun-News", "", "Local", "Sports", "Things To Do", "Opinion", "Obituaries", "Legals", "eNewspaper", "",
         "Subscribe", "Sign In", "", "WORLD", "", S["title"], "", "USA TODAY",
         f"Published {ap_time(first)} ET {ap_date(first, False)} | Updated {ap_time(last)} ET {ap_date(last, False)}", "",
         "Facebook", "Email", "X", "Share", "", S["lede"], "", "Live updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ap_time(d)} ET {ap_date(d, False)}"; stamps.append(st)
        L += [e["h"], "", e["a"], "USA TODAY", st, ""] + ptxt(e["p"]) + ["Share", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Load more updates", "", "Contributing: Reuters", "", "Terms of Service | Privacy Policy | Your Privacy Choices | Site Map | Accessibility",
          "© 2025 www.lcsun-news.com. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_yuma(S):
    """Yuma Sun (BLOX CMS) search-results RSS feed: pubDate with the Arizona offset -0700, 'By NAME Associated Press'
    in dc:creator, plain-text one-paragraph descriptions, enclosures."""
    z = S["zone"]
    q = "https://www.yumasun.com/search/?f=rss&amp;t=article&amp;c=news&amp;l=50&amp;s=start_time&amp;sd=desc"
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:georss="http://www.georss.org/georss" xmlns:media="http://search.yahoo.com/mrss/">',
           "<channel>", f"<title>{S['title']}</title>", f"<link>{q}</link>", f'<atom:link href="{q}" rel="self" type="application/rss+xml" />',
           f"<description>{S['title']}</description>", "<generator>TownNews.com Content Management System</generator>",
           "<docs>http://www.rssboard.org/rss-specification</docs>", "<ttl>30</ttl>"]
    stamps = []
    for e in S["entries"]:
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        sec = e.get("sec_path", "news/world")
        link = f"https://www.yumasun.com/{sec}/article_{fake_uuid(e['h'])}.html"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<description>{esc(' '.join(e['p']))}</description>", f"<pubDate>{st}</pubDate>",
                f'<guid isPermaLink="false">{link}</guid>', f"<link>{link}</link>", f"<dc:creator>{esc(e['byline'])}</dc:creator>",
                f'<enclosure url="https://bloximages.chicago2.vip.townnews.com/yumasun.com/content/tncms/assets/v3/editorial/{uid(e["h"])[:1]}/{uid(e["h"])[1:3]}/{fake_uuid("img", e["h"])}/image.sized-1000x1000.jpg" length="{180000 + len(e["h"]) * 97}" type="image/jpeg" />',
                "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_azds(S):
    """Arizona Daily Sun (BLOX CMS) 'Nation & World' section listing in HTML. Each card shows only a date
    ('Sep 6, 2025') in <time datetime="...-07:00">; the clock time is in the attribute only. Newest first."""
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           '<meta name="viewport" content="width=device-width, initial-scale=1"></head><body class="section-page">',
           '<a href="#main-page-container" class="visually-hidden-focusable">Skip to main content</a>',
           '<header id="site-header"><div class="weather"><span>Flagstaff, AZ (86001)</span><span>Today</span><span>' + esc(S["wx"]) + "</span></div>",
           '<a class="logo" href="/">Arizona Daily Sun</a><nav><ul><li><a href="/news/">News</a></li><li><a href="/news/local/">Local</a></li>'
           '<li><a href="/sports/">Sports</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/news/national/">Nation &amp; World</a></li>'
           '<li><a href="/obituaries/">Obituaries</a></li><li><a href="/eedition/">e-Edition</a></li></ul></nav>',
           '<a class="btn" href="/users/signup/">Subscribe</a> <a class="btn" href="/users/login/">Log In</a></header>',
           '<div id="main-page-container"><h1 class="block-title"><span class="block-title-inner">Nation &amp; World</span></h1><section class="tnt-block">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = blox_date(d); stamps.append(st)
        link = f"/news/national/{slugify(e['h'])}/article_{fake_uuid('az', e['h'])}.html"
        out.append(f'<article class="tnt-asset-type-article card summary tnt-section-national">'
                   f'<div class="card-container"><div class="card-body"><div class="card-headline"><h3 class="tnt-headline"><a href="{link}">{esc(e["h"])}</a></h3></div>'
                   f'<ul class="list-inline"><li class="card-byline"><span class="tnt-byline">{esc(e["byline"])}</span></li>'
                   f'<li class="card-date"><time datetime="{d.isoformat()}" class="tnt-date asset-date text-muted">{st}</time></li></ul>'
                   f'<div class="card-lead"><p class="tnt-summary">{esc(e["p"][0])}</p></div></div></div></article>')
        if i == 2:
            out.append('<div class="tnt-ads-container"><span class="ad-label">Advertisement</span></div>')
    out += ['</section><nav class="pagination"><a href="?o=20">Next Page</a></nav>',
            '<aside class="most-popular"><h3>Most Popular</h3><ol><li><a href="/news/local/a">Snowbowl lays out plans for winter season</a></li>'
            '<li><a href="/news/local/b">Flagstaff council weighs housing bond</a></li></ol></aside></div>',
            '<footer><p>Arizona Daily Sun · Contact Us · Terms of Service · Privacy Policy</p>'
            '<p>Powered by BLOX Content Management System from TownNews.com.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_elko(S):
    """Elko Daily Free Press (BLOX CMS) carrying the AP 'News in Brief' roundup, copied as text. The title carries the
    only clock time ('AP News in Brief at 6:04 p.m. EDT'); each brief: headline, dateline paragraph(s)."""
    L = ["Skip to main content", "", "Site search", "Search", ""] + blox_weather("Elko, NV (89801)", S["wx"][0], S["wx"][1], S["wx"][2]) + [
         "", "Subscribe", "Log In", "", "News", "Local", "Sports", "Opinion", "Obituaries", "Mining", "e-Edition", "",
         "Nation & World", "", S["title"], "", "By The Associated Press", "", S["posted"], "", "0", "",
         "Facebook", "Twitter", "WhatsApp", "SMS", "Email", "Print", "Copy article link", "Save", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 3:
            L += ["Sign up for our Elko Daily newsletter", "Get the day's top local stories delivered to your inbox.", "Sign up!", ""]
    L += ["Copyright 2025 The Associated Press. All rights reserved.", "", "Tags", "", "Ap", "World", "", "Load comments", "",
          "Most Popular", "", "Elko County commission approves road maintenance contract", "Indians fall in overtime thriller", "",
          "Elko Daily Free Press", "Contact Us", "Terms of Use", "Privacy Policy", "", "Powered by BLOX Content Management System from TownNews.com."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_hn(S):
    """Herald and News (Klamath Falls, BLOX CMS) article page with an AP timeline, copied as text: oldest first, each
    line '9:10 p.m. Saturday: text' (Ukrainian local time, as the lede says), no item headlines, one page byline."""
    z = S["zone"]
    L = ["Skip to main content", "", "Site search", "Search", ""] + blox_weather("Klamath Falls, OR (97601)", S["wx"][0], S["wx"][1], S["wx"][2]) + [
         "", "Subscribe", "Log In", "", "News", "Local", "Sports", "Opinion", "Obituaries", "Basin Life", "e-Edition", "",
         "Nation & World", "", S["title"], "", f"By {S['byline']} Associated Press", "", S["posted"], "", S["updated"], "", "0", "",
         "Facebook", "Twitter", "WhatsApp", "SMS", "Email", "Print", "Copy article link", "Save", "", S["lede"], ""]
    stamps = []
    for e in S["entries"]:
        d = dt(e["t"], z); st = f"{ap_time(d)} {DAYS[d.weekday()]}"; stamps.append(st)
        L += [f"{st}: {e['p'][0]}", ""] + ptxt(e["p"][1:])
    L += [S["closing"], "", "Copyright 2025 The Associated Press. All rights reserved.", "", "Tags", "", "Ukraine", "Odesa", "", "Load comments", "",
          "Herald and News", "Contact Us", "Terms of Use", "Privacy Policy", "", "Powered by BLOX Content Management System from TownNews.com."]
    return "\n".join(L) + "\n", stamps


def r_ww(S):
    """Wenatchee World 'Nation/World' briefs page in HTML: day headers without a year ('Saturday, Nov. 8'), each brief
    an h3 headline, then a bare 'a.m./p.m.' time line, paragraphs and a wire credit. Pacific time is only implied."""
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title></head><body>",
           '<div id="cookie-consent">We use cookies to improve your experience. <a href="/privacy">Learn more</a> <button>Got it</button></div>',
           '<header class="masthead"><a href="/" class="logo">Wenatchee World</a><nav><a href="/news/">News</a> <a href="/sports/">Sports</a> '
           '<a href="/business/">Business</a> <a href="/opinion/">Opinion</a> <a href="/outdoors/">Outdoors</a> <a href="/obituaries/">Obituaries</a> '
           '<a href="/eedition/">e-Edition</a></nav><a class="subscribe" href="/subscribe/">Subscribe</a></header>',
           '<main><h1>Nation/World</h1><p class="section-intro">News from around the country and the world, from our wire partners.</p>']
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        day = f"{DAYS[d.weekday()]}, {ap_date(d, False)}"
        if day != cur:
            if cur is not None:
                out.append("</section>")
            out.append(f'<section class="briefs-day"><h2 class="day-label">{day}</h2>'); cur = day
        st = ap_time(d); stamps.append(st)
        out.append(f'<article class="brief"><h3><a href="/nation-world/{slugify(e["h"])}/">{esc(e["h"])}</a></h3><p class="brief-time">{st}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append(f'<p class="credit">{esc(e["a"])}</p><div class="share"><a>Share</a> <a>Email</a></div></article>')
        if i == 2:
            out.append('<div class="promo">Support local journalism. <a href="/subscribe/">Subscribe to the Wenatchee World</a></div>')
    out += ["</section>", '<aside class="related"><h4>Local headlines</h4><a href="/news/local/a">Apple harvest wraps up early in the valley</a></aside></main>',
            "<footer>Wenatchee World · About · Contact · Privacy Policy · Terms of Use</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_gft(S):
    """Great Falls Tribune (Gannett) live blog in HTML: 'What to know' summary box, newest post first, each post a
    <time datetime> stamp 'Oct. 26, 2025, 4:45 p.m. MT' above an h2 and a per-post author; LiveBlogPosting JSON-LD
    with correct per-update times."""
    z = S["zone"]
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#post-{len(S['entries']) - i}", "headline": e["h"],
                    "datePublished": d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "articleBody": " ".join(e["p"]),
                    "author": {"@type": "Person", "name": e["a"]}})
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": first.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "dateModified": last.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
          "coverageStartTime": first.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
          "publisher": {"@type": "Organization", "name": "Great Falls Tribune"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<div class="gnt_n"><a class="gnt_n_logo" href="/">Great Falls Tribune</a><nav class="gnt_n_mn"><a href="/news/">News</a><a href="/sports/">Sports</a>'
           '<a href="/entertainment/">Entertainment</a><a href="/opinion/">Opinion</a><a href="/obituaries/">Obituaries</a><a href="/legals/">Legals</a>'
           '<a href="/eedition/">eNewspaper</a></nav><a class="gnt_n_us_a" href="/subscribe/">Subscribe</a> <a href="/login/">Sign In</a></div>',
           f'<main class="gnt_cw"><article class="gnt_pr gnt_lb"><p class="gnt_ar_lbl">LIVE</p><h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
           f'<div class="gnt_ar_by">{esc(S["byline"])}</div>',
           f'<div class="gnt_ar_dt">Published {ap_time(first)} MT {ap_date(first)} | Updated {ap_time(last)} MT {ap_date(last)}</div>',
           '<div class="gnt_ss"><button>Facebook</button><button>Email</button><button>X</button></div>',
           '<div class="gnt_lb_wtk"><h2>What to know</h2><ul>'] + [f"<li>{esc(b)}</li>" for b in S["wtk"]] + ["</ul></div>", '<div class="gnt_lb_posts">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ap_date(d)}, {ap_time(d)} MT"; stamps.append(st)
        out.append(f'<article class="gnt_lb_post" id="post-{len(S["entries"]) - i}"><div class="gnt_lb_ts"><time datetime="{d.isoformat()}">{st}</time></div>'
                   f'<h2 class="gnt_lb_hl">{esc(e["h"])}</h2><div class="gnt_lb_by">{esc(e["a"])}, {esc(S["orgs"][e["a"]])}</div>')
        out += [f'<p class="gnt_ar_b_p">{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="gnt_lb_sh"><button>Share</button></div></article>')
        if i == 2:
            out.append('<aside class="gnt_em gnt_em__el"><span class="gnt_em_lbl">Advertisement</span></aside>')
    out += ['</div><button class="gnt_lb_more">Load more</button></article>',
            '<aside class="gnt_rr"><h3>Trending</h3><a href="/story/a">Cascade County commissioners approve budget</a></aside></main>',
            '<footer class="gnt_f"><a>Terms of Service</a> <a>Privacy Policy</a> <a>Your Privacy Choices</a><p>© 2025 www.greatfallstribune.com. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ====================================================================== Part B renderers (invented outlets)

def r_amberwick(S):
    """Amberwick Chronicle: text live blog, newest first, 'Key Points' bullets, each post headline + body, then a
    closing 'NAME, 16:40 BST' line (author and stamp AFTER the body)."""
    z = S["zone"]
    L = ["AMBERWICK CHRONICLE", "News | World | Business | Sport | Culture | Podcasts", "", "LIVE", S["title"], S["dateline"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = (f"{e['a']}, " if e["a"] else "") + f"{d:%H:%M} BST"; stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [st, ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Show older posts", "", "Amberwick Chronicle \u00b7 Terms \u00b7 Privacy \u00b7 Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_knapwell(S):
    """Knapwell Wire: HTML live blog, newest first, LiveBlogPosting JSON-LD with per-update times; visible author
    and <time datetime> 'HH:MM' (Kyiv) in a meta line BEFORE the h3 headline."""
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#u{len(S['entries']) - i}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Knapwell Wire</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header><a class="brand" href="/">Knapwell Wire</a> <nav><a href="/">Top</a> <a href="/ukraine">Ukraine</a> <a href="/europe">Europe</a> <a href="/newsletter">Newsletter</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="tz-note">{esc(S["tznote"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="u{len(S["entries"]) - i}"><div class="update-meta">'
                   + (f'<span class="author">{esc(e["a"])}</span> ' if e["a"] else "") + f'<time datetime="{d.isoformat()}">{st}</time></div><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<div class="share">Share this update <a>Copy link</a></div></article>')
        if i == 3:
            out.append('<aside class="related"><h4>Read more</h4><a href="/explainers/shahed">How Russia builds its attack drones</a></aside>')
    out += ["</main>", "<footer>Knapwell Wire \u00b7 About \u00b7 Corrections \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """General world-news RSS 2.0 feed: pubDate with 'GMT' or a numeric offset, CDATA HTML descriptions, categories, no authors."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>',
           f"<title>{esc(S['title'])}</title>", f"<link>{S['url']}</link>", f'<atom:link href="{S["url"]}/rss.xml" rel="self" type="application/rss+xml"/>',
           f"<description>{esc(S['lede'])}</description>", "<language>en-gb</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if S["rfc"] == "GMT" else d.strftime("%z")); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/news/{uid(e['h'])[:10]}</link>",
                f'<guid isPermaLink="false">{uid(S["id"], e["h"])[:16]}</guid>', f"<pubDate>{st}</pubDate>", f"<category>{e.get('cat', 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel></rss>"]
    return "\n".join(out) + "\n", stamps


def r_havmark(S):
    """Havmark Courier (Denmark, English desk): text article with section headings and Danish chrome; the only time is
    the Danish dateline '25. september 2025 kl. 18.40'. One entry per section, stamp null, page byline ('Af NAME')."""
    L = ["HAVMARK COURIER", "Nyheder \u00b7 In English \u00b7 Sport \u00b7 Kultur \u00b7 Debat", "", "Vi bruger cookies. Accepter alle  Indstillinger", "",
         "In English", "", S["title"], "", f"Af {S['byline']}", S["dateline"], "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Del artiklen", "", "L\u00e6s ogs\u00e5: " + S["more"], "", "\u00a9 Havmark Courier"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_atom(S):
    """Atom 1.0 feed: <published> with the outlet's offset ('+03:00' or 'Z'), optional <author>, HTML content escaped."""
    z = S["zone"]
    last = max(dt(e["t"], z) for e in S["entries"])
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f"<title>{esc(S['title'])}</title>",
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f"<id>{S['url']}/</id>", f"<updated>{last.isoformat().replace('+00:00', 'Z')}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat().replace("+00:00", "Z"); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link rel="alternate" href="{S["url"]}/{d:%Y/%m/%d}/{slugify(e["h"])}"/>',
                f"<id>tag:{S['url'].split('//')[1]},2025:{uid(e['h'])[:8]}</id>", f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        if e.get("cat"):
            out.append(f'<category term="{e["cat"]}"/>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_quorndale(S):
    """Quorndale Review (Berlin, English): HTML live blog, OLDEST first, no JSON-LD; '09:55' in a span before the h2
    (a note says times are CEST); the author is a '\u2014 NAME' line after the body."""
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} \u2013 Quorndale Review</title></head><body>",
           '<div class="consent">This site uses cookies. <button>Accept</button> <button>Reject</button></div>',
           '<header><b>Quorndale Review</b> <nav><a>Germany</a> <a>Europe</a> <a>Ukraine</a> <a>Opinion</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="meta">{esc(S["dateline"])} \u00b7 {esc(S["tznote"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>',
           '<ol class="ticker">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<li class="post"><span class="ts">{st}</span><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">\u2014 {esc(e["a"])}</p>')
        out.append("</li>")
        if i == 2:
            out.append('<li class="ad">Anzeige</li>')
    out += ["</ol>", '<p class="more"><a href="/live/ukraine-2025-09-25">Yesterday\'s live blog</a></p></main>',
            "<footer>Quorndale Review \u00b7 Impressum \u00b7 Datenschutz</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_oxlade(S):
    """Oxlade Live: text live blog, OLDEST first, one page byline; each post starts with '06:45 EET \u2014 Headline' on one line."""
    z = S["zone"]
    L = ["Oxlade Live", "Home  Ukraine  World  Explainers  Support us", "", S["title"], f"By {S['byline']}", S["dateline"], "All times are Kyiv time (EET)", "",
         S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} EET"; stamps.append(st)
        L += [f"{st} \u2014 {e['h']}", ""] + ptxt(e["p"])
        if i == 3:
            L += ["Oxlade Live is reader-funded. Become a supporter today.", ""]
    L += ["This live blog is now closed.", "Oxlade Live \u00b7 Contact \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_pitchcombe(S):
    """Pitchcombe Gazette: HTML live blog, newest first; visible '9.05am' in <time> WITHOUT a datetime attribute;
    LiveBlogPosting JSON-LD whose updates all carry the page's datePublished (not usable per entry)."""
    z = S["zone"]
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#block-{uid(e['h'], e['t'])[:10]}", "headline": S["title"], "datePublished": first.isoformat(),
            "dateModified": last.isoformat(), "articleBody": " ".join(e["p"]) if e["p"] else e["h"]} for e in S["entries"]]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "coverageEndTime": (last.replace(hour=23, minute=59)).isoformat(),
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Pitchcombe Gazette</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header>Pitchcombe Gazette <nav><a>News</a> <a>World</a> <a>Ukraine</a> <a>Puzzles</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="date">{esc(S["dateline"])} \u00b7 All times GMT</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = uk_time(d); stamps.append(st)
        out.append(f'<div class="block" id="block-{uid(e["h"], e["t"])[:10]}"><p class="block-time"><time>{st}</time></p><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="contributor">{esc(e["a"])}</p>')
        out.append("</div>")
    out += ['<div class="signup">Get the Pitchcombe Gazette morning briefing</div></main><footer>Pitchcombe Gazette \u00b7 Privacy \u00b7 Terms</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rdf(S):
    """Bzura Wire (Warsaw, English service): RSS 1.0 / RDF, dc:date ISO with +01:00, dc:creator on some items."""
    z = S["zone"]
    items = []
    for e in S["entries"]:
        items.append(f"{S['url']}/en/{slugify(e['h'])}")
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
           f'<channel rdf:about="{S["url"]}/en/rss">', f"<title>{esc(S['title'])}</title>", f"<link>{S['url']}/en</link>",
           f"<description>{esc(S['lede'])}</description>", "<items><rdf:Seq>"] + [f'<rdf:li rdf:resource="{u}"/>' for u in items] + ["</rdf:Seq></items>", "</channel>"]
    stamps = []
    for e, u in zip(S["entries"], items):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        out += [f'<item rdf:about="{u}">', f"<title>{esc(e['h'])}</title>", f"<link>{u}</link>",
                "<description>" + esc("\n\n".join(e["p"])) + "</description>", f"<dc:date>{st}</dc:date>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out += [f"<dc:subject>{e.get('cat', 'Ukraine')}</dc:subject>", "</item>"]
    out.append("</rdf:RDF>")
    return "\n".join(out) + "\n", stamps


# ====================================================================== PART A: one page per real outlet (own words)
SEEDS = []

# ---- 7600 Grand Junction Daily Sentinel: AP "The Latest" on a BLOX article page (Kyiv times, newest first, no headlines)
BAR = "western-ukraine-overnight-barrage-2025-07-12"
SEEDS.append(dict(id="7600", name="7600_gjsentinel-thelatest", ext="txt", source="Grand Junction Daily Sentinel", zone="Europe/Kyiv", render=r_gjs,
  title="The Latest: Russia aims drones and missiles at western Ukraine",
  wx=("Sunny and hot. High 98F. Winds light and variable.", "Clear skies. Low 63F. Winds light and variable.", "July 12, 2025 @ 10:14 am"),
  posted="Jul 11, 2025", updated="Updated Jul 12, 2025",
  intro="KYIV, Ukraine (AP) \u2014 The latest on Russia's war in Ukraine on Saturday, July 12 (all times local):",
  basis="stamp '{s}' (AP 'The Latest', newest first) under the intro 'on Saturday, July 12 (all times local)' with a KYIV dateline: Kyiv time, EEST = UTC+3. The BLOX header dates ('Jul 11, 2025', 'Updated Jul 12, 2025') and the weather line are Grand Junction (Mountain) dates and are not used",
  notes="Imitates a Grand Junction Daily Sentinel (BLOX/TownNews) article page carrying an AP 'The Latest' file, copied as text. Items are newest first, separated by '___', each a bare AP-style time line ('9:50 p.m.') followed by paragraphs; no item has a headline (headline null; several paragraphs open with a city dateline, which is kept in first_sentence). 'All times local' plus the KYIV dateline make the times Kyiv time (EEST, UTC+3), although the outlet is in Colorado; the BLOX date lines ('Jul 11, 2025' is the Mountain-time posting date, 'Updated Jul 12, 2025') and the weather widget's 'Updated: July 12, 2025 @ 10:14 am' are chrome. One page byline ('By The Associated Press') is every item's author.",
  not_entries=["'Skip to main content', site search", "weather widget (Grand Junction, CO (81501), Today/Tonight, 'Updated: July 12, 2025 @ 10:14 am', Full Forecast)",
               "Subscribe / Log In and the section menu", "kicker 'Nation & World' and the title line", "byline 'By The Associated Press'",
               "BLOX date lines 'Jul 11, 2025' and 'Updated Jul 12, 2025'", "comment count '0'", "share buttons (Facebook ... Copy article link, Save)",
               "the intro line 'KYIV, Ukraine (AP) \u2014 The latest on Russia's war in Ukraine on Saturday, July 12 (all times local):'", "'___' separators",
               "AP copyright line", "Tags list", "'Load comments'", "'Most Popular' links", "newsletter sign-up line", "e-Edition promo and footer ('Powered by BLOX ...')"],
  entries=[
  E("2025-07-12 21:50", None,
    ["KHARKIV, Ukraine \u2014 Russian drones struck two districts of Kharkiv on Saturday evening, wounding three people and setting a warehouse on fire, the city's mayor said.",
     "Firefighters were still working at the site an hour later, he said."],
    "strikes", "strikes", 2, "kharkiv-evening-drone-attack-2025-07-12", a="The Associated Press", n="Separate attack from the overnight barrage on the west."),
  E("2025-07-12 18:40", None,
    ["Russia's Defense Ministry said its troops had taken a village on the edge of the Dnipropetrovsk region, a claim Ukraine's military did not immediately confirm.",
     "Moscow has been pressing toward the region's boundary for weeks as it tries to push beyond the Donetsk area."],
    "other", "frontline", 2, "russia-claims-village-dnipropetrovsk-2025-07-12", a="The Associated Press"),
  E("2025-07-12 16:05", None,
    ["Ukraine's General Staff said its drones hit an airfield in Russia's Kursk region overnight, damaging hangars and a fuel depot.",
     "There was no comment from Russian officials on the claim."],
    "strikes", "strikes", 2, "ukraine-strike-kursk-airfield-2025-07-12", a="The Associated Press"),
  E("2025-07-12 14:20", None,
    ["President Volodymyr Zelenskyy said Saturday that Ukraine had agreed with partners on new deliveries of air defense systems and was working to get them paid for quickly.",
     "In his video address he said each new battery would protect whole cities, but he did not say which countries would cover the cost."],
    "aid", "aid", 2, "zelenskyy-air-defense-deliveries-2025-07-12", a="The Associated Press"),
  E("2025-07-12 11:45", None,
    ["WARSAW, Poland \u2014 Poland's military said it scrambled fighter jets and put ground-based air defenses on alert overnight as Russia struck targets in western Ukraine close to the border.",
     "It said Polish airspace had not been violated."],
    "other", "security", 2, "poland-scrambles-jets-2025-07-12", sec=["strikes"], a="The Associated Press",
    n="A neighbour's precaution during the attack, not the attack itself: own story, other/security."),
  E("2025-07-12 09:30", None,
    ["LVIV, Ukraine \u2014 A drone set an industrial building on fire in the Lviv region during the overnight attack, the regional governor said, adding that no one was hurt there."],
    "strikes", "strikes", 3, BAR, a="The Associated Press", n="Same overnight barrage as entry 07 (another region hit in the same attack)."),
  E("2025-07-12 07:10", None,
    ["KYIV, Ukraine \u2014 Russia launched hundreds of drones and several missiles at Ukraine overnight, concentrating on the west of the country, and killed two people in the city of Chernivtsi, officials said.",
     "Ukraine's air force said most of the drones were shot down or jammed.",
     "In Chernivtsi, near the border with Romania, several apartment buildings and a school were damaged, the city's mayor said."],
    "strikes", "strikes", 3, BAR, a="The Associated Press"),
  ]))

# ---- 7601 Farmington Daily Times: Gannett explainer with sections (HTML, NewsArticle JSON-LD)
SEEDS.append(dict(id="7601", name="7601_daily-times-article", ext="html", source="Farmington Daily Times", zone="America/Denver", render=r_fdt,
  title="Ukraine war: What to know as Trump and Putin get ready to meet in Alaska", byline="Corinne Aldana", byline_org="USA TODAY",
  url="https://www.daily-times.com/story/news/world/2025/08/11/ukraine-war-what-to-know-alaska-summit/85612034007/",
  pub="2025-08-11 15:12", upd="2025-08-11 17:40",
  lede=["With a meeting between President Donald Trump and Russian President Vladimir Putin set for Friday, Ukraine and its European allies spent Monday trying to make sure their voices are heard before then.",
        "Here is where things stand."],
  basis="no per-section time; page time 'Published 3:12 p.m. MT Aug. 11, 2025' (the first-publication time, MDT = UTC-6) used for every section; JSON-LD datePublished 2025-08-11T21:12:00Z agrees. The later 'Updated 5:40 p.m. MT' is not used",
  notes="Imitates a Farmington Daily Times (Gannett) article page in HTML: headline, byline with 'USA TODAY' affiliation, a date block 'Published 3:12 p.m. MT Aug. 11, 2025 / Updated 5:40 p.m. MT Aug. 11, 2025' (also in an aria-label), share buttons, two lede paragraphs, then six h2 sections. One entry per section (headline = h2 text, stamp null, published = the Published time, 21:12 UTC); the page byline is every section's author. NewsArticle JSON-LD carries UTC times.",
  not_entries=["site header, menu, Subscribe / Sign In", "h1 title", "byline block 'Corinne Aldana / USA TODAY'", "date block 'Published ... | Updated ...'", "share buttons",
               "two lede paragraphs ('With a meeting between ...', 'Here is where things stand.')", "'Advertisement' slot", "newsletter box",
               "'Contributing: The Associated Press'", "'Most popular' local links", "footer"],
  entries=[
  E("2025-08-11 15:12", "Summit set for Friday in Anchorage",
    ["The White House said the two leaders would meet in Anchorage on Friday, the first face-to-face meeting between a sitting U.S. president and Putin since 2021.",
     "Trump has described the talks as a chance to find out whether Moscow is serious about ending the war, and has said a deal could involve some exchange of territory."],
    "diplomacy", "diplomacy", 3, "trump-putin-alaska-summit-plan", a="Corinne Aldana"),
  E("2025-08-11 15:12", "Zelenskyy rejects giving up land",
    ["Ukrainian President Volodymyr Zelenskyy repeated on Monday that Ukraine's constitution does not allow its leaders to hand over territory, and that decisions taken without Kyiv would not bring peace."],
    "diplomacy", "diplomacy", 3, "zelenskyy-rejects-territorial-concessions-2025-08-11", a="Corinne Aldana",
    n="Ukraine's own statement ahead of the summit; separate story from the summit announcement."),
  E("2025-08-11 15:12", "European leaders line up a call with Trump",
    ["German Chancellor Friedrich Merz has invited Trump, Zelenskyy and several European leaders to a video call on Wednesday to coordinate before the summit, according to his office."],
    "diplomacy", "diplomacy", 2, "european-leaders-call-before-summit", a="Corinne Aldana"),
  E("2025-08-11 15:12", "Deadly strike in the Zaporizhzhia region",
    ["A Russian drone hit a bus carrying workers in the Zaporizhzhia region on Monday morning, killing two people and wounding nine, the regional governor said.",
     "The bus was on its way to a farm near the front line, he said."],
    "strikes", "strikes", 3, "zaporizhzhia-region-bus-strike-2025-08-11", a="Corinne Aldana"),
  E("2025-08-11 15:12", "Pressure builds near Pokrovsk",
    ["Ukrainian commanders reported small groups of Russian soldiers slipping past defensive lines northeast of Pokrovsk, a city in the Donetsk region that Moscow has tried to capture for more than a year.",
     "Military analysts said the infiltration was not yet a breakthrough but showed how thinly Ukraine's lines are stretched."],
    "other", "frontline", 2, "pokrovsk-infiltration-2025-08-11", a="Corinne Aldana"),
  E("2025-08-11 15:12", "Tariffs aimed at buyers of Russian oil",
    ["The extra tariffs Trump ordered last week on goods from India over its purchases of Russian oil are due to take effect later this month, and officials in New Delhi said talks with Washington were continuing."],
    "diplomacy", "diplomacy", 2, "us-tariffs-india-russian-oil", a="Corinne Aldana", n="Economic pressure on Russia's oil buyers -> diplomacy (sanctions)."),
  ]))

# ---- 7602 Roswell Daily Record: WordPress RSS feed (+0000), local and AP items
SEEDS.append(dict(id="7602", name="7602_rdrnews-feed", ext="xml", source="Roswell Daily Record", zone="America/Denver", render=r_rdr,
  title="Roswell Daily Record", build="Sun, 06 Jul 2025 22:41:07 +0000",
  basis="pubDate '{s}' (explicit +0000); Roswell local time (MDT, UTC-6) only for published_local",
  notes="Imitates the Roswell Daily Record WordPress feed (RSS 2.0): pubDate in +0000, dc:creator in CDATA (agency credit 'Associated Press' or a staff name), categories, a <description> that holds a 30-word excerpt ending in ' [\u2026]' plus the Yoast-style footer 'The post ... appeared first on Roswell Daily Record.', and the full text in content:encoded (body_paragraphs counts its paragraphs, not the footer). Newest first. page_timezone is Roswell's (MDT); the three oldest items are Saturday evening in Roswell but Sunday in UTC. Three local items are off-beat.",
  not_entries=["channel title/link/description/lastBuildDate/generator", "the excerpt <description> of every item (repeats the first paragraph)",
               "'The post ... appeared first on Roswell Daily Record.' footers", "<category>, <guid>, <comments>, wfw:commentRss and slash:comments values"],
  entries=[
  E("2025-07-06 16:40", "Ukraine says its drones hit a Russian air base used for glide-bomb raids",
    ["KYIV, Ukraine (AP) \u2014 Ukraine's military said Sunday that its drones had struck an air base in southern Russia that it said housed warplanes used to drop glide bombs on Ukrainian cities.",
     "Russia's Defense Ministry said its air defenses had downed dozens of drones over several regions overnight but did not mention the base.",
     "Neither claim could be independently verified."],
    "strikes", "strikes", 2, "ukraine-strike-russian-airbase-2025-07-06", a="Associated Press"),
  dict(OFF("2025-07-06 13:15", "UFO Festival wraps up with costume parade",
      ["Thousands of visitors lined Main Street on Saturday for the festival's costume parade, and organizers said attendance over the long weekend looked likely to top last year's.",
       "Vendors said sales of alien-themed souvenirs were brisk despite the heat."],
      "roswell-ufo-festival-2025", a="Juliana Halvorsen", n="local festival."), cats=["Local News"]),
  E("2025-07-06 10:30", "Germany in talks to buy Patriot systems for Ukraine",
    ["BERLIN (AP) \u2014 Germany is negotiating with the United States to buy Patriot air defense systems that would then be handed to Ukraine, a government spokesperson said Sunday.",
     "Kyiv has been pleading for more of the systems as Russia steps up its drone and missile attacks."],
    "aid", "aid", 2, "germany-patriots-purchase-talks-2025-07", a="Associated Press"),
  E("2025-07-06 07:05", "Overnight drone barrage kills 2 in Kharkiv region",
    ["KHARKIV, Ukraine (AP) \u2014 Russian drones struck villages in the Kharkiv region overnight, killing two people and damaging homes and a power line, the regional governor said Sunday.",
     "Ukraine's air force said it had shot down most of the drones launched at the country."],
    "strikes", "strikes", 3, "kharkiv-region-drone-attack-2025-07-06", a="Associated Press"),
  dict(OFF("2025-07-05 23:20", "Fireworks blamed for grass fire east of town",
      ["Roswell firefighters put out a grass fire near the eastern edge of the city on the Fourth of July that officials believe was started by fireworks, the fire department said.",
       "No structures were damaged."],
      "roswell-fireworks-grass-fire", a="Staff Writer", n="local fire."), cats=["Local News"]),
  E("2025-07-05 20:10", "Kremlin says next round of talks depends on Kyiv",
    ["MOSCOW (AP) \u2014 The Kremlin said Saturday that it was ready for a further round of direct talks with Ukraine in Istanbul but that no date had been set.",
     "A Kremlin spokesman said Moscow was still waiting for Kyiv's response to its proposals."],
    "diplomacy", "diplomacy", 2, "kremlin-next-talks-round-2025-07-05", a="Associated Press"),
  dict(OFF("2025-07-05 18:25", "Invaders drop series finale",
      ["The Roswell Invaders gave up three runs in the ninth inning Saturday and lost the last game of their home series."],
      "roswell-invaders-series-finale", a="Marcus Tiller", n="local baseball."), cats=["Sports"]),
  ]))

# ---- 7603 Las Cruces Sun-News: USA TODAY live blog copied as text (ET, no year, newest first, stamp after headline+author)
GOV = "kyiv-government-building-strike-2025-09-07"
SEEDS.append(dict(id="7603", name="7603_lcsun-news-live", ext="txt", source="Las Cruces Sun-News", zone="America/New_York", render=r_lcsn,
  title="Ukraine live updates: Kyiv counts the damage from record attack; Trump talks tougher sanctions",
  lede="Russia's biggest air attack of the war hit Ukraine's main government building over the weekend. Follow our live coverage for the latest.",
  parse_args=["--date", "2025-09-08"],
  basis="stamp '{s}' (ET with month and day, no year; year from parse_args --date 2025-09-08); ET here is EDT = UTC-4, not the paper's Mountain time",
  notes="Imitates a Las Cruces Sun-News (Gannett) page carrying a USA TODAY live blog, copied as text. Newest first; each post is headline, author line, 'USA TODAY', then the stamp '7:30 p.m. ET Sept. 8' (AFTER the headline), body paragraphs and 'Share'. Times are printed in Eastern time although the paper is in New Mexico; no date on the page names a year (only the copyright line says 2025), hence parse_args --date 2025-09-08. The last post (9:15 p.m. ET Sept. 7) is already Sept. 8 in UTC. Per-post authors.",
  not_entries=["'Skip to main content', outlet name, menu, Subscribe / Sign In", "section label 'WORLD' and the title line", "page credit 'USA TODAY'",
               "'Published 9:15 p.m. ET Sept. 7 | Updated 7:30 p.m. ET Sept. 8' line", "share buttons", "lede paragraph under the title", "'Live updates' label",
               "the 'USA TODAY' affiliation line under every author", "'Share' after every post", "'Advertisement'", "'Load more updates'",
               "'Contributing: Reuters'", "footer links and copyright line"],
  entries=[
  E("2025-09-08 19:30", "EU sanctions envoy meets US officials in Washington",
    ["The European Union's sanctions envoy held talks with officials in Washington on Monday about coordinating new measures against Russia's energy income, a spokesperson for the bloc said.",
     "The meeting came after President Donald Trump said over the weekend that he was ready to go further with sanctions."],
    "diplomacy", "diplomacy", 2, "eu-us-sanctions-coordination-2025-09-08", a="Elena Varga"),
  E("2025-09-08 16:45", "Ukraine says it struck oil pumping station in Russia",
    ["Ukraine's military intelligence agency said its drones hit a pumping station on an oil pipeline in Russia's Bryansk region overnight, causing a fire.",
     "Russian officials did not comment on the damage."],
    "strikes", "strikes", 2, "ukraine-strike-bryansk-pumping-station-2025-09-08", a="Dorian Lasko"),
  E("2025-09-08 14:10", "Prime minister vows government will keep working",
    ["Ukraine's prime minister, Yulia Svyrydenko, said the Cabinet would keep meeting and that ministries hit in Sunday's strike had moved their staff to other offices.",
     "She said the building would be repaired."],
    "strikes", "strikes", 2, GOV, a="Elena Varga", n="Reaction whose content is the attack on the government building -> same story, strikes."),
  E("2025-09-08 11:20", "Power cut in Kremenchuk after drone strike",
    ["Russian drones hit energy facilities in Kremenchuk overnight, leaving parts of the central Ukrainian city without electricity, the mayor said.",
     "No injuries were reported."],
    "strikes", "strikes", 2, "kremenchuk-drone-strike-2025-09-08", a="Dorian Lasko", n="Different attack from Sunday's barrage on Kyiv."),
  E("2025-09-08 08:50", "Trump says he's ready for tougher sanctions on Russia",
    ["President Donald Trump told reporters he was prepared to move to a second phase of sanctions against Russia, though he gave no details of what it would include.",
     "European officials have been urging Washington to go after buyers of Russian oil."],
    "diplomacy", "diplomacy", 3, "trump-second-phase-sanctions-2025-09", a="Marisol Brandt"),
  E("2025-09-08 06:05", "What we know about the strike on Kyiv's government building",
    ["Russia launched more than 800 drones and decoys at Ukraine on Sunday, the largest air attack of the war, according to Ukraine's air force.",
     "For the first time, the main government building in central Kyiv was damaged, with smoke rising from its upper floors.",
     "Several people were killed, including a young mother and her baby in the capital, officials said."],
    "strikes", "strikes", 3, GOV, a="Marisol Brandt", n="Summary of the previous day's attack (one event) -> the event's story."),
  E("2025-09-07 21:15", "Zelenskyy asks allies for air defense after record attack",
    ["Ukrainian President Volodymyr Zelenskyy said Sunday night that the strike on the government building showed Moscow was mocking peace efforts, and asked partners to speed up deliveries of air defense systems."],
    "aid", "aid", 2, "zelenskyy-air-defense-appeal-2025-09-07", sec=["strikes"], a="Dorian Lasko", n="Appeal for air defence -> aid; separate from the attack story."),
  ]))

# ---- 7604 Yuma Sun: BLOX search RSS (-0700, Arizona), AP and local items
SEEDS.append(dict(id="7604", name="7604_yumasun-feed", ext="xml", source="Yuma Sun", zone="America/Phoenix", render=r_yuma,
  title="yumasun.com - RSS Results in news of type article",
  basis="pubDate '{s}' (explicit -0700, Arizona MST all year)",
  notes="Imitates a Yuma Sun (BLOX/TownNews) search-results RSS feed: pubDate with -0700 (Arizona keeps MST all year), dc:creator in BLOX form 'By NAME Associated Press' / 'By NAME Yuma Sun' (author = the name part as printed, in capitals), a one-paragraph plain-text description, an image enclosure. Newest first; the two oldest items are Saturday evening in Yuma but Sunday in UTC. Two local items are off-beat.",
  not_entries=["channel title/link/description/generator/docs/ttl", "<guid>, <link> and <enclosure> of each item"],
  entries=[
  dict(E("2025-08-24 16:20", "Canada's Carney visits Kyiv on Independence Day, pledges military aid",
    ["KYIV, Ukraine (AP) \u2014 Canadian Prime Minister Mark Carney joined Ukraine's Independence Day ceremonies in Kyiv on Sunday and announced new military assistance, including drones and armored vehicles."],
    "diplomacy", "diplomacy", 3, "carney-kyiv-visit-2025-08-24", sec=["aid"], a="OLENA MARCHUK", n="Head-of-government visit leads; the aid pledge is secondary."),
    byline="By OLENA MARCHUK Associated Press"),
  dict(E("2025-08-24 12:40", "Fire breaks out at Russian nuclear plant after drone attack, Moscow says",
    ["MOSCOW (AP) \u2014 A drone attack caused a fire at a transformer of the Kursk nuclear power plant overnight, the plant's press service said, adding that radiation levels were normal."],
    "strikes", "strikes", 2, "kursk-npp-drone-fire-2025-08-24", a="PETER LANGFORD"), byline="By PETER LANGFORD Associated Press"),
  dict(OFF("2025-08-24 09:05", "Extreme heat warning stays in place through Tuesday",
    ["The National Weather Service extended an extreme heat warning for the Yuma area, with afternoon highs expected near 115 degrees through Tuesday."],
    "yuma-heat-warning-2025-08", a="CARLA MENDIVIL", n="local weather."), byline="By CARLA MENDIVIL Yuma Sun", sec_path="news/local"),
  dict(E("2025-08-24 06:30", "Ukraine and Russia swap 146 prisoners each",
    ["KYIV, Ukraine (AP) \u2014 Ukraine and Russia exchanged 146 prisoners of war each on Sunday in a swap mediated by the United Arab Emirates, officials on both sides said."],
    "diplomacy", "diplomacy", 3, "prisoner-exchange-2025-08-24", a="OLENA MARCHUK", n="Mediated prisoner exchange -> diplomacy."),
    byline="By OLENA MARCHUK Associated Press"),
  dict(E("2025-08-24 02:15", "Zelenskyy marks Independence Day, says Ukraine will not accept a peace that rewards aggression",
    ["KYIV, Ukraine (AP) \u2014 President Volodymyr Zelenskyy marked Ukraine's Independence Day by saying the country would not accept any settlement that rewards Russia for its invasion."],
    "other", "politics", 2, "ukraine-independence-day-2025", a="OLENA MARCHUK"), byline="By OLENA MARCHUK Associated Press"),
  dict(OFF("2025-08-23 21:40", "Supervisors to weigh new rules for short-term rentals",
    ["The Yuma County Board of Supervisors will consider a proposal to require permits for short-term rentals in unincorporated areas at its next meeting."],
    "yuma-county-short-term-rentals", a="DANIEL OCHOA", n="local government."), byline="By DANIEL OCHOA Yuma Sun", sec_path="news/local"),
  dict(E("2025-08-23 17:35", "Russia says its forces took 2 villages in eastern Ukraine",
    ["MOSCOW (AP) \u2014 Russia's Defense Ministry said Saturday that its troops had captured two villages in the Donetsk region, continuing a slow advance that Ukraine says is costing Moscow heavy losses."],
    "other", "frontline", 2, "russia-claims-villages-donetsk-2025-08-23", a="PETER LANGFORD"), byline="By PETER LANGFORD Associated Press"),
  ]))

# ---- 7605 Arizona Daily Sun: BLOX section listing (HTML), visible date only, time in <time datetime>
SEEDS.append(dict(id="7605", name="7605_azdailysun-listing", ext="html", source="Arizona Daily Sun", zone="America/Phoenix", render=r_azds,
  title="Nation & World | azdailysun.com", wx="Sunny. High 82F.",
  basis="visible date '{s}' only; clock time from the card's <time datetime> attribute (-07:00, Arizona MST)",
  notes="Imitates an Arizona Daily Sun (BLOX/TownNews) 'Nation & World' section listing in HTML. Newest first; each card: h3 headline link, 'By NAME Associated Press' byline, a <time class=\"tnt-date\" datetime=\"2025-09-06T15:40:00-07:00\"> whose visible text is only the date ('Sep 6, 2025'), and a one-paragraph summary (body_paragraphs 1). The clock time exists only in the datetime attribute. The three oldest cards show 'Sep 5, 2025' but are 6 September in UTC (Arizona is UTC-7). Two cards are off-beat.",
  not_entries=["skip link, weather strip 'Flagstaff, AZ (86001)', logo, menu, Subscribe / Log In", "section heading 'Nation & World'", "'Advertisement' slot",
               "'Next Page' pagination", "'Most Popular' local links", "footer"],
  entries=[
  dict(E("2025-09-06 15:40", "Zelenskyy says he is ready to meet Putin, but not in Moscow",
    ["Ukraine's president said he would meet Vladimir Putin in Kyiv or in a neutral country, turning down the Kremlin's offer of talks in the Russian capital."],
    "diplomacy", "diplomacy", 3, "zelenskyy-putin-meeting-venue-2025-09", a="KATERYNA ZHUK"), byline="By KATERYNA ZHUK Associated Press"),
  dict(E("2025-09-06 11:05", "Russian drones hit Odesa port, damaging grain storage",
    ["Russian drones struck port facilities in the Odesa region overnight, damaging a grain terminal and wounding a port worker, regional officials said."],
    "strikes", "strikes", 2, "odesa-port-drone-strike-2025-09-06", a="KATERYNA ZHUK"), byline="By KATERYNA ZHUK Associated Press"),
  dict(OFF("2025-09-06 07:20", "Hurricane strengthens in eastern Pacific but poses no threat to land yet",
    ["A hurricane far off Mexico's Pacific coast grew stronger overnight, forecasters said, though it was expected to stay over open water for the next several days."],
    "eastern-pacific-hurricane-2025-09", a="TOMAS VILLAR", n="weather."), byline="By TOMAS VILLAR Associated Press"),
  dict(E("2025-09-06 02:30", "Ukraine hits refinery deep inside Russia, military says",
    ["Ukraine's military said its long-range drones set off a fire at an oil refinery in Russia's Ryazan region, part of a campaign against the fuel supplies of Moscow's army."],
    "strikes", "strikes", 2, "ukraine-strike-ryazan-refinery-2025-09-06", a="KATERYNA ZHUK"), byline="By KATERYNA ZHUK Associated Press"),
  dict(E("2025-09-05 21:10", "Allies detail plans for a postwar force in Ukraine",
    ["European officials said more than two dozen countries had signed up to contribute to a reassurance force for Ukraine once the fighting stops, although few were ready to send ground troops."],
    "diplomacy", "diplomacy", 2, "coalition-postwar-force-pledges-2025-09", a="SAMUEL PRYCE"), byline="By SAMUEL PRYCE Associated Press"),
  dict(OFF("2025-09-05 18:45", "Hiring slows sharply in August, jobs report shows",
    ["U.S. employers added far fewer jobs than expected last month and the unemployment rate ticked up, the Labor Department said."],
    "us-jobs-report-2025-08", a="NORA LINDQVIST", n="US economy."), byline="By NORA LINDQVIST Associated Press"),
  dict(E("2025-09-05 17:20", "Putin warns any Western troops in Ukraine would be targets",
    ["Russian President Vladimir Putin said any foreign troops deployed in Ukraine would be legitimate targets for Russia's military, a day after European leaders discussed a postwar force."],
    "diplomacy", "diplomacy", 2, "putin-warns-western-troops-2025-09-05", a="SAMUEL PRYCE",
    n="Putin's warning is a separate statement from the allies' force plans (same theme): must not merge."), byline="By SAMUEL PRYCE Associated Press"),
  ]))

# ---- 7606 Elko Daily Free Press: AP News in Brief (BLOX text), one time for all briefs
SEEDS.append(dict(id="7606", name="7606_elkodaily-newsinbrief", ext="txt", source="Elko Daily Free Press", zone="America/New_York", render=r_elko,
  title="AP News in Brief at 6:04 p.m. EDT",
  wx=("Sunny. High 71F. Winds WNW at 5 to 10 mph.", "Clear. Low 36F. Winds light and variable.", "October 1, 2025 @ 2:45 pm"),
  posted="Oct 1, 2025",
  basis="no per-brief time; page time 'AP News in Brief at 6:04 p.m. EDT' (EDT = UTC-4) on the page date 'Oct 1, 2025' used for every brief",
  notes="Imitates an Elko Daily Free Press (BLOX/TownNews) article page carrying the AP 'News in Brief' roundup, copied as text. The only clock time is in the title, 'AP News in Brief at 6:04 p.m. EDT' (Eastern, although Elko is on Pacific time); the BLOX date 'Oct 1, 2025' gives the day. Each brief is a headline line followed by paragraphs that open with an AP dateline ('KYIV, Ukraine (AP) \u2014 ', kept in first_sentence). Every brief: stamp null, published 22:04 UTC, author = the page byline 'The Associated Press'. Three briefs are off-beat (US shutdown, Bermuda hurricane, California wildfire).",
  not_entries=["'Skip to main content', site search", "weather widget (Elko, NV (89801) ... 'Updated: October 1, 2025 @ 2:45 pm', Full Forecast)", "Subscribe / Log In, section menu",
               "kicker 'Nation & World'", "title 'AP News in Brief at 6:04 p.m. EDT'", "byline 'By The Associated Press'", "BLOX date 'Oct 1, 2025'", "comment count '0'",
               "share buttons", "newsletter sign-up block", "AP copyright line", "Tags", "'Load comments'", "'Most Popular' links", "footer"],
  entries=[
  OFF("2025-10-01 18:04", "Government shuts down after Congress fails to agree on funding",
      ["WASHINGTON (AP) \u2014 The federal government began shutting down Wednesday after Congress failed to pass a spending bill, sending hundreds of thousands of federal workers home without pay.",
       "Leaders of both parties blamed each other, and no new votes were scheduled."],
      "us-government-shutdown-2025-10", a="The Associated Press", n="US politics."),
  E("2025-10-01 18:04", "European leaders meet in Copenhagen as drone sightings rattle the continent",
    ["COPENHAGEN, Denmark (AP) \u2014 European Union leaders gathered in the Danish capital on Wednesday for talks dominated by a string of drone incursions and how to protect the bloc's eastern flank.",
     "Several leaders said Europe needed its own system to spot and bring down drones."],
    "diplomacy", "diplomacy", 3, "eu-copenhagen-summit-drones-2025-10-01", sec=["other"], a="The Associated Press", n="Summit of heads of government; security content secondary."),
  E("2025-10-01 18:04", "Russian drones target Ukraine's gas fields",
    ["KYIV, Ukraine (AP) \u2014 Russia launched dozens of drones at gas production sites in eastern Ukraine overnight, the state energy company said, in the latest attack aimed at the country's heating supply before winter.",
     "The company said some production had been halted while damage was assessed."],
    "strikes", "strikes", 3, "russian-strikes-ukraine-gas-production-2025-10-01", a="The Associated Press"),
  OFF("2025-10-01 18:04", "Hurricane's outer bands lash Bermuda",
      ["HAMILTON, Bermuda (AP) \u2014 Strong winds and heavy rain from a hurricane swept across Bermuda on Wednesday, knocking out power to thousands of homes."],
      "bermuda-hurricane-2025-10", a="The Associated Press", n="weather."),
  E("2025-10-01 18:04", "Ukraine says troops retook ground near Dobropillia",
    ["KYIV, Ukraine (AP) \u2014 Ukraine's military said its troops had pushed Russian forces out of several villages near Dobropillia in the Donetsk region, reversing part of a breakthrough Moscow made in the summer."],
    "other", "frontline", 2, "dobropillia-counterattack-2025-10", a="The Associated Press"),
  E("2025-10-01 18:04", "Russia says it downed 30 Ukrainian drones",
    ["MOSCOW (AP) \u2014 Russia's Defense Ministry said air defenses shot down 30 Ukrainian drones over several regions overnight, including three approaching Moscow.",
     "Flights at two Moscow airports were briefly suspended."],
    "strikes", "strikes", 2, "russia-says-downed-ukrainian-drones-2025-10-01", a="The Associated Press"),
  OFF("2025-10-01 18:04", "Wildfire forces evacuations in Northern California foothills",
      ["SACRAMENTO, Calif. (AP) \u2014 A fast-moving wildfire forced residents of several foothill communities to leave their homes Wednesday as gusty winds pushed flames through dry grass.",
       "Fire officials said no homes had been destroyed so far."],
      "california-wildfire-2025-10-01", a="The Associated Press", n="US wildfire."),
  ]))

# ---- 7607 Herald and News: AP timeline (BLOX text), Kyiv times with weekday, oldest first, crosses Kyiv midnight
ODS = "odesa-overnight-attack-2025-10-11"
SEEDS.append(dict(id="7607", name="7607_heraldandnews-timeline", ext="txt", source="Herald and News", zone="Europe/Kyiv", render=r_hn,
  title="Timeline: How a night of Russian drone attacks unfolded in southern Ukraine", byline="MYKOLA DERKACH",
  wx=("Mostly cloudy. High 61F. Winds light and variable.", "Partly cloudy. Low 33F.", "October 11, 2025 @ 6:12 pm"),
  posted="Oct 11, 2025", updated="Updated 2 hrs ago",
  lede="Russia struck Ukraine's Black Sea coast with waves of drones and missiles overnight, hitting energy sites around the port city of Odesa. Here is how the night unfolded. Times are local in Ukraine.",
  closing="Ukraine's energy ministry said repair crews would start work at first light.",
  basis="stamp '{s}' (weekday only) resolved against the page date 'Oct 11, 2025' (a Saturday): times are local in Ukraine, Kyiv EEST = UTC+3",
  notes="Imitates a Herald and News (Klamath Falls; BLOX/TownNews) article page carrying an AP timeline, copied as text. Oldest first. Each entry is one line '9:10 p.m. Saturday: text' \u2014 no headline, the stamp names only a weekday; the lede says 'Times are local in Ukraine' (Kyiv, EEST = UTC+3). The page date 'Oct 11, 2025' is a Saturday, so entries after midnight are Sunday 12 October in Kyiv but still 11 October in UTC. first_sentence is the text after '<stamp>: '. One page byline ('By MYKOLA DERKACH Associated Press'; author = the name part). The closing line after the last stamp is a wrap-up sentence without time, not an entry.",
  not_entries=["'Skip to main content', site search", "weather widget (Klamath Falls, OR (97601) ... 'Updated: October 11, 2025 @ 6:12 pm')", "Subscribe / Log In, section menu",
               "kicker 'Nation & World' and the title", "byline 'By MYKOLA DERKACH Associated Press'", "BLOX date lines 'Oct 11, 2025' and 'Updated 2 hrs ago'",
               "comment count '0'", "share buttons", "lede paragraph ending 'Times are local in Ukraine.'",
               "closing line 'Ukraine's energy ministry said repair crews would start work at first light.'", "AP copyright line", "Tags", "'Load comments'", "footer"],
  entries=[
  E("2025-10-11 21:10", None, ["Ukraine's air force warns that groups of attack drones are crossing the Black Sea toward the Odesa region."],
    "strikes", "strikes", 2, ODS, a="MYKOLA DERKACH", n="Warning at the start of the attack: same event, no damage yet -> importance 2."),
  E("2025-10-11 22:05", None, ["Romania's defense ministry says it has scrambled two F-16 fighter jets as drones fly close to its border along the Danube."],
    "other", "security", 2, "romania-scrambles-jets-2025-10-11", sec=["strikes"], a="MYKOLA DERKACH", n="Neighbour's precaution: own story."),
  E("2025-10-11 23:30", None, ["Loud explosions are heard in Odesa, and the regional governor reports a fire at an energy facility."],
    "strikes", "strikes", 3, ODS, a="MYKOLA DERKACH"),
  E("2025-10-12 00:20", None, ["In the northeast, a guided bomb hits a residential street in Kharkiv, injuring four people, the mayor says."],
    "strikes", "strikes", 2, "kharkiv-guided-bomb-2025-10-11", a="MYKOLA DERKACH", n="Different attack in another region: must not merge with the Odesa attack."),
  E("2025-10-12 01:15", None, ["The governor says one person was killed and five injured in the Odesa region, and about 30,000 households are without power."],
    "strikes", "strikes", 3, ODS, a="MYKOLA DERKACH"),
  E("2025-10-12 02:40", None, ["The air force says it shot down or jammed 81 of the 95 drones launched overnight, while three ballistic missiles got through."],
    "strikes", "strikes", 3, ODS, a="MYKOLA DERKACH", n="Nationwide tally of the same night's attack -> same story."),
  ]))

# ---- 7608 Wenatchee World: Nation/World briefs (HTML), day headers without year, Pacific time implied, newest first
SEEDS.append(dict(id="7608", name="7608_wenatcheeworld-briefs", ext="html", source="Wenatchee World", zone="America/Los_Angeles", render=r_ww,
  title="Nation/World | Wenatchee World", parse_args=["--date", "2025-11-08"],
  basis="stamp '{s}' (bare time) under the day header for {d} (no year anywhere: parse_args --date 2025-11-08); Pacific time implied by the outlet, PST = UTC-8",
  notes="Imitates a Wenatchee World 'Nation/World' briefs page in HTML. Newest first under day headers 'Saturday, Nov. 8' and 'Friday, Nov. 7' (AP month style, no year anywhere on the page: parse_args --date 2025-11-08, the newest printed day). Each brief: h3 headline, then a bare time line ('2:30 p.m.') AFTER the headline, paragraphs, a wire credit line (used as author). No zone is printed: Pacific time (PST, UTC-8 after 2 November) is implied by the outlet's home, so Friday-evening briefs are already 8 November in UTC. Two briefs are off-beat.",
  not_entries=["cookie notice", "logo, menu, Subscribe", "h1 'Nation/World' and the section intro line", "day headers 'Saturday, Nov. 8' / 'Friday, Nov. 7'",
               "credit lines (author)", "'Share' / 'Email' links", "subscription promo", "'Local headlines' related link", "footer"],
  entries=[
  E("2025-11-08 14:30", "Ukraine targets Russian power plant after overnight barrage",
    ["Ukraine's General Staff said its drones struck a thermal power plant in Russia's Belgorod region, hours after Moscow's attack on Ukrainian energy sites.",
     "Local Russian officials reported power outages in parts of the region."],
    "strikes", "strikes", 2, "ukraine-strike-belgorod-power-plant-2025-11-08", a="The Associated Press", n="Different attack (by Ukraine) from the Russian barrage: must not merge."),
  E("2025-11-08 10:15", "Russian barrage on power plants forces blackouts across Ukraine",
    ["Russia fired missiles and drones at power plants and substations across Ukraine overnight, forcing emergency blackouts in several regions, the energy ministry said.",
     "At least three people were killed in the Dnipropetrovsk region, according to the regional governor.",
     "The state-owned generation company said two of its thermal plants had stopped working."],
    "strikes", "strikes", 3, "russian-energy-barrage-2025-11-08", a="The Associated Press"),
  OFF("2025-11-08 05:05", "Airlines cancel more flights as FAA cuts take hold",
      ["Airlines canceled hundreds more flights Saturday as a federal order to reduce traffic at busy airports during the government shutdown widened."],
      "faa-flight-cuts-shutdown-2025-11", a="The Associated Press", n="US air travel."),
  E("2025-11-07 22:10", "Ukraine denies Russian claims of encircling Pokrovsk",
    ["Ukrainian commanders said their troops were still holding supply routes into Pokrovsk, rejecting Moscow's assertion that the city was surrounded."],
    "other", "frontline", 2, "pokrovsk-encirclement-claims-2025-11", a="The Washington Post"),
  OFF("2025-11-07 19:30", "Atmospheric river to bring heavy rain to western Washington",
      ["Forecasters said a strong atmospheric river would soak the Cascades and the Puget Sound region from Sunday, raising the risk of flooding on rivers west of the mountains."],
      "atmospheric-river-washington-2025-11", a="The Associated Press", n="regional weather."),
  E("2025-11-07 17:50", "Hungary says it won a US exemption on Russian oil sanctions",
    ["Hungarian Prime Minister Viktor Orb\u00e1n said after meeting President Donald Trump at the White House that Hungary had been granted an exemption from U.S. sanctions on purchases of Russian oil and gas."],
    "diplomacy", "diplomacy", 2, "hungary-us-sanctions-exemption-2025-11", a="The Associated Press"),
  E("2025-11-07 16:20", "Zelenskyy says Ukraine needs more air defense before winter",
    ["Ukrainian President Volodymyr Zelenskyy urged allies on Friday to speed up deliveries of air defense missiles, warning that Russia was stockpiling weapons for attacks on the power grid."],
    "aid", "aid", 2, "zelenskyy-winter-air-defense-appeal-2025-11-07", a="The Associated Press"),
  ]))

# ---- 7609 Great Falls Tribune: Gannett live blog (HTML, LiveBlogPosting JSON-LD), newest first, MT stamps before headline
SEEDS.append(dict(id="7609", name="7609_greatfallstribune-live", ext="html", source="Great Falls Tribune", zone="America/Denver", render=r_gft,
  orgs={"Dorian Lasko": "USA TODAY", "Kathryn Merriwether": "Great Falls Tribune"},
  title="Live updates: Russia claims test of nuclear-powered missile; drones hit Kyiv", byline="Great Falls Tribune and USA TODAY Network staff",
  url="https://www.greatfallstribune.com/story/news/world/2025/10/26/russia-ukraine-live-updates/86112377007/",
  wtk=["Russia's top general told Vladimir Putin that a nuclear-powered cruise missile had flown for about 15 hours in a test.",
       "A drone attack on Kyiv killed two people, city officials said.",
       "Montana's Malmstrom Air Force Base operates one of the three US intercontinental ballistic missile fields."],
  basis="stamp '{s}' with <time datetime> (-06:00); MDT = UTC-6; JSON-LD update time agrees",
  notes="Imitates a Great Falls Tribune (Gannett) live blog in HTML: 'LIVE' label, title, a staff byline, 'Published 8:30 p.m. MT Oct. 25, 2025 | Updated ...' line, a 'What to know' box of three summary sentences (not a Key Points list of headlines: key_point false everywhere), then posts newest first. Each post: <time datetime=\"...-06:00\">Oct. 26, 2025, 4:45 p.m. MT</time> BEFORE an h2 headline, then a per-post author line 'NAME, OUTLET', paragraphs, Share. LiveBlogPosting JSON-LD lists the same updates with correct UTC times. The oldest post (8:30 p.m. MT Oct. 25) is 26 October in UTC. Entry 04 is a local analysis (theme piece).",
  not_entries=["site header, menu, Subscribe / Sign In", "'LIVE' label and h1 title", "page byline 'Great Falls Tribune and USA TODAY Network staff'",
               "'Published ... | Updated ...' line", "share buttons", "'What to know' heading and its three summary bullets", "'Share' under every post",
               "'Advertisement'", "'Load more'", "'Trending' local link", "footer"],
  entries=[
  E("2025-10-26 16:45", "Pentagon says it is watching Russia's missile claim closely",
    ["A Defense Department spokesperson said the United States was monitoring Russia's announcement and saw no need to change the readiness of its own strategic forces."],
    "other", "security", 2, "us-reaction-burevestnik-claim-2025-10", a="Dorian Lasko", n="US reaction is a separate statement from the test claim."),
  E("2025-10-26 14:20", "Zelenskyy asks allies for more air defense as attacks continue",
    ["In his evening address, President Volodymyr Zelenskyy said every night of Russian attacks showed why Ukraine needed more air defense and the means to hit launch sites inside Russia."],
    "aid", "aid", 2, "zelenskyy-air-defense-appeal-2025-10-26", a="Dorian Lasko"),
  E("2025-10-26 12:05", "Drone strike on Kyiv high-rise kills 2",
    ["Russian drones hit a residential building in Kyiv's Desnianskyi district early Sunday, killing two people and injuring more than a dozen, city officials said."],
    "strikes", "strikes", 3, "kyiv-drone-attack-2025-10-26", a="Dorian Lasko"),
  E("2025-10-26 09:30", "What Russia's missile test means for Malmstrom's crews",
    ["For the airmen who stand alert over Montana's Minuteman III missile field, Russia's announcement is a reminder that the nuclear rivalry never went away, a retired missile officer who lives in Great Falls said.",
     "He said the new weapon was designed to fly low and long enough to get around missile defenses, not to change the balance of deterrence overnight.",
     "Malmstrom officials declined to comment on the Russian claim."],
    "other", "security", 2, "analysis-malmstrom-russian-missile-test", a="Kathryn Merriwether",
    n="Theme piece (local analysis with body): own story, importance 2; must not merge with the test claim itself."),
  E("2025-10-26 07:55", "Putin says Russia has tested a nuclear-powered cruise missile",
    ["Russian President Vladimir Putin said a nuclear-powered cruise missile known as Burevestnik had completed a long test flight, and told officials to prepare for its deployment.",
     "Russia's top general told him the missile had stayed in the air for about 15 hours."],
    "other", "security", 3, "russia-burevestnik-test-claim-2025-10", a="Dorian Lasko", n="Weapons test -> other/security; the page's lead story, importance 3."),
  E("2025-10-26 06:10", "Drones headed for Moscow shot down, mayor says",
    ["Moscow's mayor said air defenses shot down dozens of drones approaching the Russian capital overnight, and two airports briefly halted flights."],
    "strikes", "strikes", 2, "drones-moscow-shot-down-2025-10-26", a="Kathryn Merriwether"),
  E("2025-10-25 20:30", "Kremlin says sanctions won't change its terms for peace",
    ["The Kremlin said new U.S. sanctions on Russia's largest oil companies would not force it to change its position on ending the war in Ukraine."],
    "diplomacy", "diplomacy", 2, "kremlin-peace-terms-sanctions-2025-10-25", a="Kathryn Merriwether"),
  ]))


# ====================================================================== PART B: three multi-source days (invented outlets)
# ---------------------------------------------------------------- Day 1: Thursday 25 September 2025 (UTC)
ZAP = "zaporizhzhia-strike-2025-09-25"
AAL = "denmark-aalborg-airport-drones"
DRD = "zelensky-us-drone-deal"
D1 = "Day 1 (2025-09-25): main story Zaporizhzhia strike (toll two -> four; spelled Zaporizhia / Zaporizhzhia / Zaporozhye); Aalborg drone closure; Zelensky's drone deal with the US."

SEEDS.append(dict(id="7620", name="7620_amberwick-textlive", ext="txt", source="Amberwick Chronicle", zone="Europe/London", render=r_amberwick,
  title="Russia-Ukraine war live: deadly strike on Zaporizhia; drones shut Danish airport again", dateline="Thursday 25 September 2025",
  basis="closing line '{s}' after the post body, on the page date {d}; BST = UTC+1",
  notes="Invented outlet. Text live blog, newest first, with a 'Key Points' list naming two post headlines (entries 05 and 07). Each post: headline, body, then a closing line 'NAME, 16:40 BST' (author and time AFTER the body; the stamp is that whole line). Spelling 'Zaporizhia'. Entry 06 is a video teaser without body; entry 01 is the day's theme piece (analysis). " + D1,
  not_entries=["masthead and menu", "'LIVE' label, title and date line", "'Key Points' heading and its two bullets", "'Latest' label", "'Advertisement'", "'Show older posts'", "footer"],
  entries=[
  E("2025-09-25 21:05", "Analysis: why Moscow keeps testing Nato's edges",
    ["Drones over Polish villages, fighter jets in Estonian airspace and now unidentified craft above Danish airports: the incidents of the past month fit a pattern of probing rather than preparation for an attack, several defence analysts told us.",
     "The aim, they argue, is to see how quickly Nato members react and how united they stay, at little cost to Moscow.",
     "Russia denies any role in the Danish incidents."],
    "other", "security", 2, "analysis-russia-probing-nato-airspace", a="Tobias Renfrew",
    n="Theme piece (analysis with body): own story, importance 2; must not merge with denmark-aalborg-airport-drones (one incident it mentions)."),
  E("2025-09-25 18:30", "Kharkiv hit by glide bombs, three injured",
    ["Russian aircraft dropped glide bombs on the outskirts of Kharkiv this evening, injuring three people and damaging a petrol station, the regional governor said."],
    "strikes", "strikes", 2, "kharkiv-glide-bombs-2025-09-25", a="Nadia Holloway", n="Different attack on the same day: must not merge with zaporizhzhia-strike-2025-09-25."),
  E("2025-09-25 15:55", "Zaporizhia death toll rises to four",
    ["Two more bodies have been recovered from the damaged apartment block in Zaporizhia, bringing the number of dead from this morning's strike to four, the regional governor said.",
     "Rescuers say they are still searching part of the building."],
    "strikes", "strikes", 3, ZAP, a="Nadia Holloway"),
  E("2025-09-25 13:20", "Russia claims capture of village near Kupiansk",
    ["Russia's defence ministry says its troops have taken a village north of Kupiansk in the Kharkiv region.",
     "Ukraine's military has not confirmed the claim; on Wednesday it said its forces were clearing Russian infiltration groups from the town itself."],
    "other", "frontline", 2, "russia-claims-village-kupiansk-2025-09-25", a="Tobias Renfrew", n="Same region as the glide-bomb attack, different event: must not merge with kharkiv-glide-bombs-2025-09-25."),
  E("2025-09-25 11:45", "Zelensky: drone deal with Washington close",
    ["Volodymyr Zelensky says Ukraine and the United States are close to an agreement under which Kyiv would sell battle-tested drones to Washington and buy American weapons in return.",
     "Speaking in New York, he said the deal could be worth tens of billions of dollars over several years."],
    "aid", "aid", 3, DRD, a="Tobias Renfrew", kp=True),
  E("2025-09-25 09:10", "Watch: rescuers search the rubble in Zaporizhia", [], "strikes", "strikes", 1, ZAP, n="Video teaser without body -> importance 1 under the story it shows."),
  E("2025-09-25 07:35", "Two killed as Russian missiles hit Zaporizhia",
    ["At least two people have been killed and more than 20 injured after Russian missiles struck Zaporizhia early this morning, hitting a nine-storey apartment block and an industrial site, local officials said.",
     "Ivan Fedorov, the head of the regional military administration, said several people were thought to be trapped."],
    "strikes", "strikes", 3, ZAP, a="Nadia Holloway", kp=True),
  E("2025-09-25 06:50", "Drones shut Danish airport for second time this week",
    ["Aalborg airport in northern Denmark, which shares its runway with the air force, was closed for several hours overnight after drones were spotted nearby, police said.",
     "It comes days after drones forced Copenhagen airport to halt flights on Monday evening."],
    "other", "security", 3, AAL, a="Tobias Renfrew"),
  ]))

SEEDS.append(dict(id="7621", name="7621_knapwell-htmllive", ext="html", source="Knapwell Wire", zone="Europe/Kyiv", render=r_knapwell,
  title="Live: Zaporizhzhia strike kills two; Zelensky says US drone deal is near", dateline="25 September 2025",
  url="https://knapwell.example/live/2025-09-25-ukraine",
  lede="Russian missiles hit Zaporizhzhia at dawn; in New York, Zelensky talks up a drone agreement with Washington.", tznote="All times are Kyiv time (EEST).",
  basis="stamp '{s}' with <time datetime> (+03:00) on {d}; Kyiv EEST = UTC+3; JSON-LD update time agrees",
  notes="Invented outlet. HTML live blog, newest first, LiveBlogPosting JSON-LD with one BlogPosting per update (correct times). Visible meta line: author then <time datetime=...>HH:MM</time> BEFORE the h3 headline. Entry 02 repeats entry 05 nearly verbatim (same headline, first paragraph only): duplicate_of 7621-05, the earlier-published post, although it sits above it on the page. Entry 04 is a theme piece (explainer). Spelling 'Zaporizhzhia'. " + D1,
  not_entries=["header and menu", "h1 title", "date line", "standfirst", "'All times are Kyiv time (EEST).'", "'Share this update / Copy link' after every post",
               "'Read more' related link", "footer"],
  entries=[
  E("2025-09-25 21:40", "Sybiha urges EU to move faster on reparations loan",
    ["Ukraine's foreign minister Andrii Sybiha called on European Union governments to agree quickly on a loan to Kyiv backed by frozen Russian central bank assets.",
     "Belgium, where most of the assets are held, has asked for guarantees before it signs up."],
    "diplomacy", "diplomacy", 2, "eu-reparations-loan-frozen-assets-2025-09", a="Oksana Didenko"),
  E("2025-09-25 19:05", "Zelensky says drone agreement with US could be signed soon",
    ["President Volodymyr Zelensky said a deal to supply Ukrainian-made drones to the United States in exchange for American weapons could be signed in the coming weeks."],
    "aid", "aid", 1, DRD, a="Maksym Tereshko", dup="7621-05", n="Near-verbatim repeat of 7621-05 (same headline, first paragraph only) -> importance 1."),
  E("2025-09-25 16:50", "Zaporizhzhia toll up to four, 30 injured",
    ["The number of people killed in the morning strike on Zaporizhzhia has risen to four, with 30 injured, regional governor Ivan Fedorov said.",
     "Emergency crews finished clearing the collapsed section of the apartment block in the afternoon."],
    "strikes", "strikes", 3, ZAP, a="Maksym Tereshko"),
  E("2025-09-25 14:10", "Explainer: what Europe's 'drone wall' is meant to do",
    ["The idea of a 'drone wall' along the European Union's eastern border has gained ground since Russian drones crossed into Poland earlier this month.",
     "In practice it would be a network of sensors, jammers and interceptors rather than a physical barrier, linking national air defences from Finland to Romania.",
     "EU defence ministers are expected to discuss how to pay for it later this autumn."],
    "other", "security", 2, "explainer-eu-drone-wall", a="Oksana Didenko",
    n="Theme piece (explainer with body): own story, importance 2; must not merge with denmark-aalborg-airport-drones (same theme)."),
  E("2025-09-25 12:30", "Zelensky says drone agreement with US could be signed soon",
    ["President Volodymyr Zelensky said a deal to supply Ukrainian-made drones to the United States in exchange for American weapons could be signed in the coming weeks.",
     "He told reporters in New York that Ukraine now had more experience of drone warfare than any other country."],
    "aid", "aid", 3, DRD, a="Maksym Tereshko"),
  E("2025-09-25 09:45", "Zaporizhzhia nuclear plant enters third day without outside power",
    ["The Russian-occupied Zaporizhzhia nuclear power plant has been running on diesel generators since Tuesday after its last external power line was cut, the International Atomic Energy Agency said.",
     "The agency said the plant had fuel for several weeks but called the situation the most serious since the start of the occupation."],
    "other", "security", 2, "zaporizhzhia-npp-offsite-power-loss-2025-09", a="Oksana Didenko",
    n="Same place name, different event: must not merge with zaporizhzhia-strike-2025-09-25."),
  E("2025-09-25 07:20", "Russian strike on Zaporizhzhia kills two, damages high-rise",
    ["Two people were killed when Russian missiles hit Zaporizhzhia shortly after dawn, partly destroying a residential high-rise, the regional administration said.",
     "More than a dozen people were taken to hospital."],
    "strikes", "strikes", 3, ZAP, a="Maksym Tereshko"),
  ]))

SEEDS.append(dict(id="7622", name="7622_hexhollow-worldrss", ext="xml", source="Hexhollow World Service", zone="UTC", render=r_rss, rfc="GMT",
  title="Hexhollow World Service - World", url="https://hexhollow.example", lede="Top world stories from Hexhollow World Service",
  basis="pubDate '{s}' (GMT = UTC)",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, CDATA HTML descriptions, no authors; four of six items are off-beat (volcano, Ryder Cup, Swiss rates, typhoon). Spelling 'Zaporozhye'. " + D1,
  not_entries=["channel title/link/description/language", "<guid> and <category> values"],
  entries=[
  OFF("2025-09-25 19:50", "Volcanic ash grounds flights in eastern Indonesia",
      ["An eruption on a volcano in eastern Indonesia sent an ash column several kilometres into the sky, and two regional airports suspended flights as a precaution."],
      "indonesia-volcano-ash-2025-09", n="natural disaster."),
  dict(OFF("2025-09-25 16:20", "Ryder Cup: teams finish practice on eve of opening session",
      ["Europe and the United States completed their final practice rounds at Bethpage Black on Long Island ahead of Friday's opening foursomes."],
      "ryder-cup-2025-preview", n="golf."), cat="Sport"),
  E("2025-09-25 13:45", "Zaporozhye strike: death toll climbs to four",
    ["Four people are now known to have died after a Russian missile strike on the Ukrainian city of Zaporozhye on Thursday morning, officials said.",
     "The attack damaged a block of flats and an industrial plant."],
    "strikes", "strikes", 3, ZAP),
  dict(OFF("2025-09-25 10:30", "Swiss central bank keeps interest rates at zero",
      ["Switzerland's central bank left its main interest rate at zero on Thursday, pausing after six consecutive cuts."],
      "snb-rate-decision-2025-09", n="economy."), cat="Business"),
  OFF("2025-09-25 08:15", "Typhoon leaves trail of flooding across southern China",
      ["A powerful typhoon that swept past Hong Kong made landfall in Guangdong province, where authorities had evacuated coastal towns and suspended ferry services."],
      "typhoon-southern-china-2025-09", n="weather."),
  E("2025-09-25 05:40", "Drones force Danish airport to close overnight",
    ["Flights at Aalborg airport in northern Denmark were suspended for about three hours overnight after drones were seen over the area, Danish police said.",
     "Police said they had not identified who was flying them."],
    "other", "security", 3, AAL),
  ]))

SEEDS.append(dict(id="7623", name="7623_havmark-article", ext="txt", source="Havmark Courier", zone="Europe/Copenhagen", render=r_havmark,
  title="Drones over Aalborg: what happened and what comes next", byline="Mette Kragh", dateline="25. september 2025 kl. 18.40",
  lede="For the second time this week, drones have forced a Danish airport to close.", more="Copenhagen airport reopens after drone scare",
  basis="no per-section time; page time '25. september 2025 kl. 18.40' (Danish dateline, CEST = UTC+2) used for every section",
  notes="Invented outlet (Danish paper, English desk). Text article with three section headings and Danish chrome ('Af' byline, 'Del artiklen', 'L\u00e6s ogs\u00e5'); the only time is the Danish dateline '25. september 2025 kl. 18.40' (CEST). One entry per section, stamp null, page byline as author. Sections 01 and 02 both tell the Aalborg story. " + D1,
  not_entries=["outlet name and menu", "Danish cookie line", "'In English' label", "title line", "byline 'Af Mette Kragh' and the dateline", "lede paragraph",
               "'Del artiklen'", "'L\u00e6s ogs\u00e5: ...' related link", "copyright line"],
  entries=[
  E("2025-09-25 18:40", "Airport shut for hours",
    ["Air traffic at Aalborg airport stopped shortly before midnight on Wednesday and did not resume until the early hours of Thursday, after police received reports of several drones with lights flying over the area.",
     "The airport shares its runway with an air force base."],
    "other", "security", 3, AAL, a="Mette Kragh"),
  E("2025-09-25 18:40", "Minister: 'a professional actor'",
    ["Defence Minister Troels Lund Poulsen said the flights appeared to be the work of a professional actor, and that the government regarded them as a hybrid attack.",
     "He did not name a country but said Denmark would strengthen its ability to detect and bring down drones."],
    "other", "security", 3, AAL, a="Mette Kragh", n="Official reaction whose content is the incident -> same story."),
  E("2025-09-25 18:40", "Kyiv offers its experience",
    ["President Volodymyr Zelensky said Ukraine was ready to share its experience of fighting drones with Denmark, and that Ukrainian specialists could help train Danish crews."],
    "other", "security", 2, "zelensky-offers-denmark-counter-drone-help", a="Mette Kragh",
    n="Ukraine helping a non-party: other/security; must not merge with zelensky-us-drone-deal (same person, same theme)."),
  ]))

# ---------------------------------------------------------------- Day 2: Friday 26 September 2025 (UTC) = day 1 + 1
KR = "kryvyi-rih-strike-2025-09-26"
EU19 = "eu-19th-sanctions-package-talks-2025-09"
SAR = "ukraine-drone-strike-saratov-refinery-2025-09-26"
D2 = "Day 2 (2025-09-26): main story Kryvyi Rih missile strike (toll one -> three -> four -> five -> six; spelled Kryvyi Rih / Kryvyy Rih / Krivoy Rog); continuation of day 1's Aalborg story (Denmark bans civilian drones); EU sanctions talks; Saratov refinery."

SEEDS.append(dict(id="7630", name="7630_gorsebrook-atom", ext="xml", source="Gorsebrook Daily", zone="Europe/Kyiv", render=r_atom,
  title="Gorsebrook Daily \u2014 Ukraine", url="https://gorsebrook.example", lede="News from and about Ukraine",
  basis="<published> '{s}' (explicit +03:00)",
  notes="Invented outlet. Atom feed, newest first, <published> with +03:00 (Kyiv EEST), per-entry <author>, HTML content escaped inside <content type=\"html\">. Entry 01 continues day 1's Aalborg story with a new development (civilian drone ban), keeping the day-1 slug. " + D2,
  not_entries=["feed title/subtitle/link/id/updated", "each entry's <updated>, <id> and <category>"],
  entries=[
  E("2025-09-26 20:45", "Denmark to ban civilian drone flights after new sightings",
    ["Denmark will ban all civilian drone flights next week while it hosts a European summit, the transport ministry said, after more drones were reported overnight near military sites in Jutland.",
     "Allies including Sweden and Germany have offered counter-drone equipment."],
    "other", "security", 3, AAL, a="Liis Kangur", n="Continuation of day 1's story with a new development -> keeps the day-1 slug."),
  E("2025-09-26 17:30", "EU envoys fail to agree on new sanctions package",
    ["European Union ambassadors ended a meeting in Brussels without approving the bloc's 19th package of sanctions against Russia, with Slovakia asking for more time.",
     "The package includes a ban on imports of Russian liquefied natural gas from 2027."],
    "diplomacy", "diplomacy", 3, EU19, a="Liis Kangur"),
  E("2025-09-26 14:10", "Kryvyi Rih: three dead after missile hits apartment block",
    ["Three people were killed and at least 15 injured when a Russian ballistic missile struck a five-storey apartment building in Kryvyi Rih, said Oleksandr Vilkul, head of the city's military administration."],
    "strikes", "strikes", 3, KR, a="Andriy Polishchuk"),
  E("2025-09-26 11:25", "Ukrainian drones hit refinery in Saratov, governor says",
    ["A Ukrainian drone attack caused a fire at an oil refinery in the Russian city of Saratov overnight, the regional governor said, adding that one worker was injured."],
    "strikes", "strikes", 3, SAR, a="Andriy Polishchuk"),
  E("2025-09-26 09:20", "Missile strike on Kryvyi Rih, one killed",
    ["A Russian missile struck a residential district of Kryvyi Rih on Friday morning, killing one person, local officials said."],
    "strikes", "strikes", 3, KR, a="Andriy Polishchuk"),
  E("2025-09-26 07:05", "Ukraine says it held off assault near Pokrovsk",
    ["Ukraine's army said it had repelled a Russian mechanised assault south of Pokrovsk overnight, destroying several armoured vehicles."],
    "other", "frontline", 2, "pokrovsk-assault-repelled-2025-09-26", a="Liis Kangur"),
  ]))

SEEDS.append(dict(id="7631", name="7631_amberwick-textlive", ext="txt", source="Amberwick Chronicle", zone="Europe/London", render=r_amberwick,
  title="Russia-Ukraine war live: missile strike kills six in Kryvyi Rih; Denmark bans civilian drones", dateline="Friday 26 September 2025",
  basis="closing line '{s}' after the post body, on the page date {d}; BST = UTC+1",
  notes="Invented outlet (same outlet and layout as day 1's 7620). Text live blog, newest first, 'Key Points' list naming entries 01 and 03. Entry 07 re-posts day 1's 7620-05 verbatim at the start of the day (importance 1). Entry 05 is a photo teaser without body; entry 02 is a theme piece (analysis). Entry 04 (Dnipro) is a different attack from Kryvyi Rih in the same region. " + D2,
  not_entries=["masthead and menu", "'LIVE' label, title and date line", "'Key Points' heading and its two bullets", "'Latest' label", "'Advertisement'", "'Show older posts'", "footer"],
  entries=[
  E("2025-09-26 21:30", "Kryvyi Rih toll rises to six",
    ["Six people are now confirmed dead after this morning's missile strike on Kryvyi Rih, the city's military administration said, with 27 wounded."],
    "strikes", "strikes", 3, KR, a="Nadia Holloway", kp=True),
  E("2025-09-26 19:10", "Analysis: Ukraine's refinery campaign is starting to bite",
    ["Long queues at petrol stations in Crimea and the Russian Far East suggest Ukraine's months-long drone campaign against refineries is hurting more than Moscow admits.",
     "By some estimates nearly a fifth of Russia's refining capacity has been out of action at times this month.",
     "The government has responded with a partial ban on petrol exports."],
    "strikes", "strikes", 2, "analysis-ukraine-refinery-campaign",
    a="Tobias Renfrew", n="Theme piece (analysis with body): own story, importance 2; must not merge with ukraine-drone-strike-saratov-refinery-2025-09-26."),
  E("2025-09-26 16:05", "Denmark bans civilian drones for a week",
    ["The Danish government says no civilian drones may fly anywhere in the country from Monday to Friday next week, as it prepares to host EU leaders in Copenhagen.",
     "More unidentified drones were seen overnight near Karup air base, the country's largest military airfield."],
    "other", "security", 3, AAL, a="Tobias Renfrew", kp=True, n="Continuation of day 1's story with a new development -> keeps the day-1 slug."),
  E("2025-09-26 13:40", "Drones hit Dnipro shopping street",
    ["Russian drones struck a street of shops in central Dnipro at lunchtime, injuring five people, the regional governor said.",
     "The attack was separate from the missile strike on Kryvyi Rih, about 140km to the south-west."],
    "strikes", "strikes", 2, "dnipro-drone-attack-2025-09-26", a="Nadia Holloway", n="Same region, different attack: must not merge with kryvyi-rih-strike-2025-09-26."),
  E("2025-09-26 11:15", "Photos: Kryvyi Rih residents clear debris", [], "strikes", "strikes", 1, KR, n="Photo teaser without body -> importance 1."),
  E("2025-09-26 09:40", "Missile strike on Kryvyi Rih",
    ["A Russian ballistic missile has hit an apartment block in Kryvyi Rih, President Zelensky's home city, killing at least one person."],
    "strikes", "strikes", 3, KR, a="Nadia Holloway"),
  E("2025-09-26 07:00", "Zelensky: drone deal with Washington close",
    ["Volodymyr Zelensky says Ukraine and the United States are close to an agreement under which Kyiv would sell battle-tested drones to Washington and buy American weapons in return.",
     "Speaking in New York, he said the deal could be worth tens of billions of dollars over several years."],
    "aid", "aid", 1, DRD, a="Tobias Renfrew", n="Re-post of day-1 entry 7620-05 (same headline and text) -> importance 1; duplicate_of stays null (defined within a seed)."),
  ]))

SEEDS.append(dict(id="7632", name="7632_quorndale-htmllive", ext="html", source="Quorndale Review", zone="Europe/Berlin", render=r_quorndale,
  title="Ukraine live: missile strike on Kryvyy Rih, EU sanctions talks", dateline="Friday, 26 September 2025", tznote="All times CEST",
  lede="Our rolling coverage of the war in Ukraine and the response in Berlin and Brussels.",
  basis="stamp '{s}' (bare HH:MM; the page note says 'All times CEST') on {d}; CEST = UTC+2",
  notes="Invented outlet (Berlin, English). HTML live blog, OLDEST first, no JSON-LD; each post: <span class=\"ts\">09:55</span> before the h2, paragraphs, then a '\u2014 NAME' signature (author). Entry 05 repeats entry 02 nearly verbatim (first paragraph only): duplicate_of 7632-02. Spelling 'Kryvyy Rih'. German chrome ('Anzeige', 'Impressum'). " + D2,
  not_entries=["cookie banner", "header and menu", "h1 title", "date line with 'All times CEST'", "intro paragraph", "'\u2014 NAME' signature lines", "'Anzeige' slot",
               "'Yesterday's live blog' link", "footer"],
  entries=[
  E("2025-09-26 09:55", "Russian missile hits Kryvyy Rih housing block",
    ["A Russian missile struck a residential building in the central Ukrainian city of Kryvyy Rih on Friday morning, Ukrainian officials said, with early reports of one dead."],
    "strikes", "strikes", 3, KR, a="Jonas Kettler"),
  E("2025-09-26 11:40", "Pistorius: Germany to send more air-defence missiles",
    ["German Defence Minister Boris Pistorius said Germany would deliver additional missiles for the IRIS-T air-defence systems it has already supplied to Ukraine before the end of the year.",
     "He said the first batch would come from Bundeswehr stocks."],
    "aid", "aid", 2, "germany-iris-t-missiles-2025-09-26", a="Jonas Kettler"),
  E("2025-09-26 13:25", "EU ambassadors discuss 19th sanctions package",
    ["Ambassadors of the 27 EU member states met in Brussels to discuss the Commission's proposed 19th sanctions package, which targets Russian LNG, banks and crypto platforms.",
     "Diplomats said Slovakia had asked for assurances on energy prices before it could agree."],
    "diplomacy", "diplomacy", 3, EU19, a="Greta Vollmer"),
  E("2025-09-26 15:50", "Russian troops press towards Siversk",
    ["Ukraine's army said it had repelled 14 Russian assaults near Siversk in the Donetsk region over the past day, as Moscow tries to push on towards Sloviansk and Kramatorsk."],
    "other", "frontline", 2, "siversk-assaults-2025-09-26", a="Greta Vollmer"),
  E("2025-09-26 17:35", "Pistorius: Germany to send more air-defence missiles",
    ["German Defence Minister Boris Pistorius said Germany would deliver additional missiles for the IRIS-T air-defence systems it has already supplied to Ukraine before the end of the year."],
    "aid", "aid", 1, "germany-iris-t-missiles-2025-09-26", a="Jonas Kettler", dup="7632-02", n="Near-verbatim repeat of 7632-02 -> importance 1."),
  E("2025-09-26 19:20", "Kryvyy Rih: death toll rises to five",
    ["Five people were killed in the missile strike on Kryvyy Rih, according to the city authorities, who said a child was among the injured."],
    "strikes", "strikes", 3, KR, a="Greta Vollmer"),
  ]))

SEEDS.append(dict(id="7633", name="7633_lanterbury-worldrss", ext="xml", source="Lanterbury Bulletin", zone="Africa/Johannesburg", render=r_rss, rfc="+0200",
  title="Lanterbury Bulletin - World", url="https://lanterbury.example", lede="World news from the Lanterbury Bulletin",
  basis="pubDate '{s}' (explicit +0200, SAST)",
  notes="Invented outlet (South Africa). General world-news RSS 2.0 feed, newest first, pubDate with +0200, no authors; four of six items off-beat (rugby, UN speech walk-out, rand, snow). Spelling 'Krivoy Rog'. " + D2,
  not_entries=["channel title/link/description/language", "<guid> and <category> values"],
  entries=[
  dict(OFF("2025-09-26 21:15", "Springboks name squad for final Rugby Championship test",
      ["The Springboks have named their matchday squad for the last round of the Rugby Championship, with two uncapped players on the bench."],
      "springboks-squad-2025-09", n="rugby."), cat="Sport"),
  OFF("2025-09-26 18:40", "Delegates walk out as Netanyahu addresses UN",
      ["Dozens of delegates left the General Assembly hall in New York as Israeli Prime Minister Benjamin Netanyahu began his speech on Friday."],
      "netanyahu-un-speech-walkout-2025-09-26", n="Middle East, not about the Russia-Ukraine war."),
  E("2025-09-26 16:05", "Krivoy Rog missile strike: four dead",
    ["A Russian missile attack on the Ukrainian industrial city of Krivoy Rog has killed four people, according to local officials.",
     "The city is the home town of President Volodymyr Zelensky."],
    "strikes", "strikes", 3, KR),
  dict(OFF("2025-09-26 12:30", "Rand firms as investors wait for US inflation data",
      ["The rand gained against the dollar in morning trade as investors waited for US inflation figures due later in the day."],
      "rand-markets-2025-09-26", n="markets."), cat="Business"),
  E("2025-09-26 09:50", "Ukrainian drones set Russian refinery on fire",
    ["Ukraine struck an oil refinery in the Russian city of Saratov with drones overnight, starting a fire, the regional governor said."],
    "strikes", "strikes", 3, SAR),
  OFF("2025-09-26 07:10", "Late-season snow closes mountain passes in Eastern Cape",
      ["Several mountain passes in the Eastern Cape were closed overnight after unseasonal snowfall, and motorists were told to avoid the routes until the weekend."],
      "eastern-cape-snow-2025-09", n="weather."),
  ]))

# ---------------------------------------------------------------- Day 3: Friday 14 November 2025 (UTC)
KYV = "kyiv-overnight-barrage-2025-11-14"
NOV = "novorossiysk-port-strike-2025-11-14"
ENA = "energoatom-corruption-dismissal-vote"
LOAN = "eu-reparations-loan-talks-2025-11-14"
D3 = "Day 3 (2025-11-14): main story Kyiv overnight barrage (toll two -> four -> six; spelled Kyiv / Kiev); Ukraine's strike on Novorossiysk; Energoatom scandal; EU reparations loan talks."

SEEDS.append(dict(id="7640", name="7640_eskerfield-worldatom", ext="xml", source="Eskerfield Observer", zone="UTC", render=r_atom,
  title="Eskerfield Observer \u2014 World", url="https://eskerfield.example", lede="World news",
  basis="<published> '{s}' (explicit Z, UTC)",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in Z, no authors; four of six entries off-beat (meteors, COP30, eurozone growth, football). " + D3,
  not_entries=["feed title/subtitle/link/id/updated", "each entry's <updated>, <id> and <category>"],
  entries=[
  OFF("2025-11-14 21:30", "Skywatchers told to look out for the Leonids",
      ["The Leonid meteor shower will be at its best in the early hours of Monday and Tuesday, astronomers said, with a thin moon leaving skies dark."],
      "leonid-meteors-2025", n="astronomy."),
  E("2025-11-14 18:05", "Kyiv death toll rises to six after overnight strikes",
    ["Six people were killed and about 30 injured in Russia's overnight missile and drone attack on Kyiv, the city's military administration said on Friday evening."],
    "strikes", "strikes", 3, KYV),
  OFF("2025-11-14 15:20", "COP30 negotiators haggle over climate finance text",
      ["Negotiators at the UN climate talks in Bel\u00e9m worked on a new draft on finance for poorer countries, with the conference entering its final week on Monday."],
      "cop30-finance-talks", n="climate talks."),
  dict(OFF("2025-11-14 11:40", "Eurozone economy grew slightly in third quarter",
      ["The economy of the 20 countries that use the euro grew slightly in the third quarter, official estimates showed, with Spain again outpacing Germany and Italy."],
      "eurozone-q3-gdp-2025", n="economy."), cat="Business"),
  E("2025-11-14 08:15", "Russian oil port of Novorossiysk hit by Ukrainian drones",
    ["A Ukrainian drone attack damaged an oil terminal and a ship in the Black Sea port of Novorossiysk overnight, Russian officials said, and oil loadings were halted.",
     "Three crew members were injured, the regional emergency headquarters said."],
    "strikes", "strikes", 3, NOV, n="Ukraine's attack on Russia the same night: must not merge with kyiv-overnight-barrage-2025-11-14."),
  dict(OFF("2025-11-14 06:30", "Ronaldo sent off as Ireland beat Portugal",
      ["Cristiano Ronaldo was shown a red card as the Republic of Ireland beat Portugal 2-0 in Dublin in World Cup qualifying on Thursday night."],
      "ireland-portugal-qualifier-2025-11-13", n="football."), cat="Sport"),
  ]))

SEEDS.append(dict(id="7641", name="7641_oxlade-textlive", ext="txt", source="Oxlade Live", zone="Europe/Kyiv", render=r_oxlade,
  title="Kyiv after the night of missiles: live", byline="Daryna Ostapenko", dateline="Friday, 14 November 2025",
  lede="Russia attacked Kyiv overnight with hundreds of drones and ballistic missiles. We are following the aftermath through the day.",
  basis="stamp '{s}' at the start of the post line, on the page date {d}; Kyiv EET = UTC+2",
  notes="Invented outlet. Text live blog, OLDEST first; each post begins with one line '06:45 EET \u2014 Headline' (stamp and headline on the same line), then paragraphs. One page byline ('By Daryna Ostapenko') is every post's author. Entry 06 is the day's theme piece (analysis). " + D3,
  not_entries=["outlet name and menu", "title, byline and date lines", "'All times are Kyiv time (EET)'", "lede paragraph", "supporter appeal", "'This live blog is now closed.'", "footer"],
  entries=[
  E("2025-11-14 06:45", "Kyiv hit by massive overnight attack, two dead",
    ["Russia launched hundreds of drones and several ballistic and cruise missiles at Kyiv overnight, killing at least two people and damaging apartment buildings in several districts, Mayor Vitali Klitschko said.",
     "Parts of the left bank were left without heating."],
    "strikes", "strikes", 3, KYV, a="Daryna Ostapenko"),
  E("2025-11-14 09:30", "Pokrovsk: fighting in the city centre continues",
    ["Ukrainian units are still fighting Russian assault groups in the centre of Pokrovsk, the army's eastern command said, denying that the city had been encircled."],
    "other", "frontline", 2, "pokrovsk-fighting-2025-11-14", a="Daryna Ostapenko"),
  E("2025-11-14 11:15", "Toll in Kyiv rises to four",
    ["Rescuers have found two more bodies under the rubble of an apartment building in the Desnianskyi district, bringing the number of dead in Kyiv to four."],
    "strikes", "strikes", 3, KYV, a="Daryna Ostapenko"),
  E("2025-11-14 13:40", "Rada to vote on dismissing energy and justice ministers",
    ["Parliament will vote next week on dismissing the justice and energy ministers, who were suspended after anti-corruption investigators accused associates of running a kickback scheme at the nuclear operator Energoatom."],
    "other", "politics", 3, ENA, a="Daryna Ostapenko", n="Domestic politics; must not merge with analysis-ukraine-winter-grid (same energy theme, different subject)."),
  E("2025-11-14 15:55", "EU finance ministers weigh reparations loan options",
    ["European Union finance ministers discussed three ways of funding Ukraine over the next two years, including a loan backed by immobilised Russian assets, but Belgium again asked for legal guarantees."],
    "diplomacy", "diplomacy", 3, LOAN, sec=["aid"], a="Daryna Ostapenko", n="Funding debate framed as EU talks -> diplomacy primary, aid secondary."),
  E("2025-11-14 18:10", "Analysis: can Ukraine's grid get through the winter?",
    ["After a year and a half of attacks on power plants, Ukraine enters winter with far less generating capacity than it needs at peak times, and each new strike eats into a shrinking margin.",
     "Engineers have learned to repair substations in days, but thermal plants that are hit repeatedly can take months to restore.",
     "Imports from the EU and small gas-fired units are filling part of the gap."],
    "strikes", "strikes", 2, "analysis-ukraine-winter-grid",
    a="Daryna Ostapenko", n="Theme piece (analysis with body): own story, importance 2; must not merge with kyiv-overnight-barrage-2025-11-14."),
  E("2025-11-14 20:25", "Kyiv mourns six dead",
    ["The city has declared Saturday a day of mourning after the death toll from the overnight attack rose to six, Klitschko said."],
    "strikes", "strikes", 3, KYV, a="Daryna Ostapenko"),
  ]))

SEEDS.append(dict(id="7642", name="7642_pitchcombe-htmllive", ext="html", source="Pitchcombe Gazette", zone="Europe/London", render=r_pitchcombe,
  title="Russia-Ukraine war live: Kiev hit by overnight barrage; Novorossiysk port ablaze", dateline="Friday 14 November 2025",
  url="https://pitchcombe.example/world/live/2025/nov/14/russia-ukraine-war-live",
  basis="stamp '{s}' in <time> (no datetime attribute) on {d}; 'All times GMT' = UTC. JSON-LD update times are all the page's datePublished and are not used",
  notes="Invented outlet. HTML live blog, newest first; visible stamps '5.15pm' in <time> elements WITHOUT datetime; 'All times GMT' on the date line. The LiveBlogPosting JSON-LD lists one BlogPosting per post but every one carries the page's headline and datePublished (07:50 GMT), so it gives neither per-entry headline nor time. Spelling 'Kiev' / 'Dnieper'. Entry 03 is a photo teaser without body; entry 02 repeats entry 05 nearly verbatim (duplicate_of 7642-05, the earlier post, printed further down the page). Contributor line after the body gives the author where present. " + D3,
  not_entries=["header and menu", "h1 title", "date line with 'All times GMT'", "contributor lines (author)", "newsletter sign-up", "footer"],
  entries=[
  E("2025-11-14 17:15", "Ministers face dismissal vote over Energoatom scandal",
    ["Ukraine's parliament is expected to vote next week on removing two ministers linked by investigators to an alleged $100m kickback scheme in the nuclear power sector."],
    "other", "politics", 3, ENA, a="Harriet Calloway"),
  E("2025-11-14 15:30", "Kiev: four confirmed dead after overnight strikes",
    ["Four people are now known to have died in Russia's overnight attack on Kiev, one of the heaviest on the capital this year, the city authorities said."],
    "strikes", "strikes", 1, KYV, a="Harriet Calloway", dup="7642-05", n="Near-verbatim repeat of 7642-05 (same headline, first paragraph only) -> importance 1."),
  E("2025-11-14 11:45", "Photos: Kiev wakes to smoke and shattered windows", [], "strikes", "strikes", 1, KYV, n="Photo teaser without body -> importance 1."),
  E("2025-11-14 13:05", "Novorossiysk oil exports halted after drone attack",
    ["Oil loadings at Novorossiysk, one of Russia's biggest export terminals, were suspended after Ukrainian drones and missiles struck the port overnight, according to traders and Russian officials."],
    "strikes", "strikes", 3, NOV, a="Owen Treharne", n="Order break as on real pages: printed below the 11.45am teaser although posted later; page order kept."),
  E("2025-11-14 10:20", "Kiev: four confirmed dead after overnight strikes",
    ["Four people are now known to have died in Russia's overnight attack on Kiev, one of the heaviest on the capital this year, the city authorities said.",
     "Ukraine's air force said 430 drones and 19 missiles had been launched at the country."],
    "strikes", "strikes", 3, KYV, a="Harriet Calloway"),
  E("2025-11-14 07:50", "Kiev hit by missiles and drones overnight",
    ["Explosions shook Kiev for several hours overnight as Russia attacked the city with drones and ballistic missiles, damaging high-rise buildings on both banks of the Dnieper."],
    "strikes", "strikes", 3, KYV, a="Owen Treharne"),
  ]))

SEEDS.append(dict(id="7643", name="7643_bzura-rdf", ext="xml", source="Bzura Wire", zone="Europe/Warsaw", render=r_rdf,
  title="Bzura Wire - English service", url="https://bzura.example", lede="News from Poland and the region, in English",
  basis="dc:date '{s}' (explicit +01:00, CET)",
  notes="Invented outlet (Warsaw). RSS 1.0 / RDF feed, newest first, plain-text descriptions with blank lines between paragraphs, <dc:date> ISO with +01:00 (CET); dc:creator on three items only (others author null). Entry 03 (Polish jets scrambled during the attack) is a separate story from the Kyiv barrage. " + D3,
  not_entries=["channel title/link/description", "the rdf:Seq list of item URLs", "<dc:subject> values"],
  entries=[
  E("2025-11-14 19:10", "Kyiv: six dead, dozens injured in overnight strikes",
    ["The death toll from the Russian attack on Kyiv overnight has risen to six, Ukrainian officials said, with about 30 people injured."],
    "strikes", "strikes", 3, KYV, a="Marek Zawada"),
  E("2025-11-14 16:45", "EU ministers fail to settle reparations loan dispute",
    ["Finance ministers of the European Union ended talks in Brussels without agreement on how to fund a loan to Ukraine from frozen Russian assets, as Belgium held out for guarantees."],
    "diplomacy", "diplomacy", 3, LOAN, sec=["aid"], a="Ewa Kruczek"),
  E("2025-11-14 12:20", "Polish jets scrambled during Russian attack on Ukraine",
    ["Poland's operational command said it scrambled fighter jets and put air defences on heightened readiness overnight while Russia attacked targets in Ukraine.",
     "It said Polish airspace had not been violated."],
    "other", "security", 2, "poland-scrambles-jets-2025-11-14", sec=["strikes"], n="Neighbour's precaution: must not merge with kyiv-overnight-barrage-2025-11-14."),
  E("2025-11-14 09:35", "Ukraine strikes Russia's Novorossiysk port",
    ["Ukrainian forces attacked the Russian Black Sea port of Novorossiysk overnight, damaging oil infrastructure and a civilian vessel, the local authorities said."],
    "strikes", "strikes", 3, NOV),
  E("2025-11-14 07:05", "Massive Russian attack on Kyiv, at least two killed",
    ["Russia struck Kyiv with missiles and drones overnight, killing at least two people and starting fires in residential buildings, Ukrainian authorities said."],
    "strikes", "strikes", 3, KYV, a="Marek Zawada"),
  ]))


# ====================================================================== emit
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
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": S["basis"].format(s=stamps[i], d=d.strftime("%Y-%m-%d")),
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

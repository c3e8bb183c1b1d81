#!/usr/bin/env python3
"""Builds the eval/cz seed pages and their gold files from ONE data table (below).

Every headline, stamp, first sentence, author and page title in a gold file is taken from the same record that the
renderer prints into the page, so they are exact substrings by construction. All news text is the blind tester's own
wording (invented or paraphrased); Part A imitates the layout of ten real Kentucky/Tennessee outlets, Part B outlets are
invented. Deterministic. Run from the project root:  python3 eval/cz/tools/build.py
"""
import html
import json
import os
import re
import uuid
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV_END = ("U.S.", "U.N.", "a.m.", "p.m.", "Gen.", "Gov.", "Mr.", "Mrs.", "Ms.", "Sen.", "Rep.", "St.", "Jan.",
              "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "Lt.", "Col.", "No.", "Dr.")


# ----------------------------------------------------------------------------------------------- data helpers
def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None):
    """One entry: local time 'YYYY-MM-DD HH:MM' in the page zone, headline (or None), body paragraphs, labels."""
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def first_sentence(par):
    pos = 0
    while True:
        m = re.compile(r'[.!?]["\u201d\u2019\']?(?=\s+[A-Z0-9"\u201c\u2018]|$)').search(par, pos)
        if not m:
            return par
        cand = par[:m.end()]
        if cand.endswith(ABBREV_END) or re.search(r"\b[A-Z]\.$", cand):
            pos = m.end()
            continue
        return cand


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ap_time(d):  # AP / Gannett style: 5:40 p.m.
    return f"{d.hour % 12 or 12}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'}"


def uk_time(d):  # British style: 6.10pm
    return f"{d.hour % 12 or 12}.{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"


def blox_ampm(d):  # old BLOX: 6:15 pm
    return f"{d.hour % 12 or 12}:{d.minute:02d} {'am' if d.hour < 12 else 'pm'}"


def ap_date(d):  # Nov. 3, 2022
    return f"{AP_MONTHS[d.month - 1]} {d.day}, {d.year}"


def blox_date(d):  # Mar 1, 2022
    return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"


def uid(seed, i):
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"eval-cz-{seed}-{i}"))


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def zulu(d):
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def ld_script(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + "</script>"


# ============================================================================ PART A renderers (real outlets' layouts)

def r_messenger(S):
    """Messenger-Inquirer (Owensboro, KY; BLOX/TownNews site), 'select all, copy' of an AP 'The Latest' page:
    no headlines, '___' separators, AP-style '5:40 p.m.' stamp line before each item, newest first, times in the zone
    the lede names (EST), not the paper's own Central time."""
    z = S["zone"]
    L = ["Skip to main content", "You are the owner of this article.", "Edit Article", "Add New Article", "Close",
         "Sign Up", "Log In", "Dashboard", "Logout", "My Account", "Dashboard", "Profile", "Saved items", "Logout", "",
         "Messenger-Inquirer", "Subscribe", "e-Edition", "",
         "News", "Sports", "Obituaries", "Opinion", "Business", "Lifestyles", "Classifieds", "Jobs", "Contact Us", "",
         "Owensboro, KY (42301)", "Today", S["weather"], "", "Nation & World", "", S["title"], "", S["byline"],
         S["dateline"], S["updated"], "",
         "Facebook", "Twitter", "WhatsApp", "SMS", "Email", "Print", "Copy article link", "Save", "", S["lede"], ""]
    stamps = []
    for e in S["entries"]:
        st = ap_time(dt(e["t"], z)); stamps.append(st)
        L += ["___", "", st, ""] + ptxt(e["p"])
    L += ["___", "", "More of AP's reporting on the war: https://apnews.com/hub/russia-ukraine", "",
          "Copyright 2022 The Associated Press. All rights reserved.", "", "Tags", "Russia-ukraine War", "Kyiv",
          "Kharkiv", "United Nations", "", "Welcome to the discussion.",
          "Keep it civil. No threats, no name-calling, no profanity, and please stay on topic.", "Log In", "",
          "Most Popular", "Articles", "Images"] + S["popular"] + ["", "Sign up for our newsletters", "",
          "\u00a9 Copyright 2022 Messenger-Inquirer, Owensboro, KY | Terms of Use | Privacy Policy",
          "Powered by BLOX Content Management System from TownNews.com."]
    return "\n".join(L) + "\n", stamps


def rel_blox(delta):
    mins = int(delta.total_seconds() // 60)
    if mins < 60:
        return f"{mins} min ago"
    h = mins // 60
    return f"{h} hr ago" if h == 1 else f"{h} hrs ago"


def r_bgdn(S):
    """Bowling Green Daily News (BLOX) 'Nation & World' section front, HTML. Cards: headline link, byline and a
    <time datetime="...-05:00"> whose visible text is relative ('38 min ago'), then the summary. Newest first."""
    z = S["zone"]; cap = dt(S["captured"], z)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | bgdailynews.com</title>',
           '<meta property="og:site_name" content="Bowling Green Daily News">',
           '<link rel="alternate" type="application/rss+xml" title="Nation &amp; World" href="/search/?f=rss&amp;t=article&amp;c=news/nation&amp;l=50&amp;s=start_time&amp;sd=desc">',
           '</head><body class="section-nation">',
           '<div id="site-top-nav-container"><ul class="nav"><li><a href="/users/signup/">Sign Up</a></li><li><a href="/users/login/">Log In</a></li></ul></div>',
           '<header id="site-header"><a href="/" class="site-logo">Bowling Green Daily News</a>',
           '<nav id="main-nav"><ul><li><a href="/news/">News</a></li><li><a href="/sports/">Sports</a></li><li><a href="/obituaries/">Obituaries</a></li>'
           '<li><a href="/opinion/">Opinion</a></li><li><a href="/features/">Features</a></li><li><a href="/multimedia/">Multimedia</a></li><li><a href="/eedition/">e-Edition</a></li></ul></nav>',
           '<div class="weather-current"><span class="location">Bowling Green, KY (42101)</span> <span class="temp">71\u00b0</span> <span class="sky">Mostly sunny</span></div></header>',
           '<main id="main-page-container"><h1 class="block-title"><span class="block-title-inner">' + esc(S["title"]) + '</span></h1>',
           '<div class="row card-container">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rel_blox(cap - d); stamps.append(st)
        out += ['<article class="tnt-asset-type-article card summary">', '<div class="card-body">',
                f'<div class="card-headline"><h3 class="tnt-headline"><a href="/news/nation/article_{uid(S["id"], i)}.html" class="tnt-asset-link">{esc(e["h"])}</a></h3></div>',
                '<ul class="list-inline">',
                f'<li class="card-byline"><span class="tnt-byline">{esc(e["byline"])}</span></li>',
                f'<li class="card-date"><time datetime="{d.isoformat()}" class="tnt-date asset-date text-muted">{st}</time></li>',
                '</ul>', '<div class="card-lead">'] + [f'<p class="tnt-summary">{esc(p)}</p>' for p in e["p"]] + ['</div>', '</div>', '</article>']
        if i == 2:
            out.append('<div class="tnt-ads-container"><p class="ad-label">Advertisement</p></div>')
    out += ['</div>', '<div class="pagination"><a href="?o=20">Next</a></div>', '</main>',
            '<aside id="sidebar"><h4>Most Popular</h4><ul>' + "".join(f"<li><a>{esc(x)}</a></li>" for x in S["popular"]) + '</ul>',
            '<div class="newsletter-signup"><p>Get the day\'s local headlines in your inbox every morning.</p><input type="email" placeholder="Email address"> <button>Sign up!</button></div></aside>',
            '<footer id="site-footer"><p>\u00a9 Copyright 2022 Bowling Green Daily News, 813 College St Bowling Green, KY | Terms of Use | Privacy Policy</p>',
            '<p>Powered by BLOX Content Management System from TownNews.com.</p></footer>', '</body></html>']
    return "\n".join(out) + "\n", stamps


def rfc822(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S %z")


def r_paducah(S):
    """The Paducah Sun (BLOX) RSS 2.0 search feed: channel 'paducahsun.com - RSS Results in ...', pubDate with the
    paper's own offset (-0600 in December), dc:creator 'By NAME Associated Press', plain-text teaser description."""
    z = S["zone"]
    url = "https://www.paducahsun.com/search/?f=rss&amp;t=article&amp;c=news/nation_world&amp;l=50&amp;s=start_time&amp;sd=desc"
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{url}</link>',
           f'<atom:link href="{url}" rel="self" type="application/rss+xml" />',
           f'<description>{esc(S["title"])}</description>', '<generator>TNCMS 1.70.5</generator>',
           '<docs>https://www.rssboard.org/rss-specification</docs>', '<ttl>30</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st); u = uid(S["id"], i)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<description>{esc(" ".join(e["p"]))}</description>',
                f'<pubDate>{st}</pubDate>', f'<guid isPermaLink="false">http://www.paducahsun.com/tncms/asset/editorial/{u}</guid>',
                f'<link>https://www.paducahsun.com/news/nation_world/article_{u}.html</link>',
                f'<dc:creator>{esc(e["byline"])}</dc:creator>',
                f'<enclosure url="https://bloximages.chicago2.vip.townnews.com/paducahsun.com/content/tncms/assets/v3/editorial/{u[:1]}/{u[1:3]}/{u}/image.jpg" length="165234" type="image/jpeg" />',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_newera(S):
    """Kentucky New Era (BLOX, older template) tag page copied as text: headline, then
    'Posted: Sunday, April 24, 2022 6:15 pm' (no zone: Hopkinsville is on Central time), byline, summary,
    'Read more', comment count. Newest first; the last item was posted on the previous local evening."""
    z = S["zone"]
    L = ["Skip to main content", "Kentucky New Era", "Hopkinsville, Kentucky", "Subscribe  |  e-Edition  |  Log In", "",
         "Home", "News", "Sports", "Opinion", "Obituaries", "Lifestyles", "Classifieds", "Legals", "",
         "Hopkinsville, KY (42240)", "Today", S["weather"], "", "Tags", S["title"], "",
         f"Showing 1-{len(S['entries'])} of 148 results", "Sort by:  Newest  Oldest  Relevance", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"Posted: {WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year} {blox_ampm(d)}"; stamps.append(st)
        L += [e["h"], st, e["byline"]] + e["p"] + ["Read more", e["comments"], ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Next page", "", "Sign up for our daily headlines email", "",
          "\u00a9 Copyright 2022 Kentucky New Era, Hopkinsville, KY | Terms of Use | Privacy Policy"]
    return "\n".join(L) + "\n", stamps


def gannett_header(site, nav):
    return (f'<header class="gnt_n"><a class="gnt_n_logo" href="/" aria-label="{attr(site)} logo">{esc(site)}</a>'
            '<nav class="gnt_n_mn">' + " ".join(f'<a class="gnt_n_mn_l" href="/{x.lower().replace(" ", "-")}/">{esc(x)}</a>' for x in nav) +
            '</nav><a class="gnt_n_us_a" href="/subscribe/">Subscribe</a> <a class="gnt_n_us_a" href="/login/">Sign In</a></header>')


def r_jacksun(S):
    """The Jackson Sun (Gannett / USA TODAY Network) article with h2 sections, HTML. One byline
    ('NAME' + 'USA TODAY'), 'Published 6:30 a.m. CT Nov. 3, 2022' / 'Updated ...' line, a 'latest developments'
    bullet box, NewsArticle JSON-LD. Sections have no time of their own."""
    z = S["zone"]; pub = dt(S["published"], z); upd = dt(S["updated"], z)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": zulu(pub), "dateModified": zulu(upd),
          "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "The Jackson Sun", "logo": {"@type": "ImageObject", "url": "https://www.gannett-cdn.com/sites/jacksonsun/images/site-nav-logo.svg"}},
          "articleSection": "world", "isAccessibleForFree": True}
    aria = f"Published: {pub:%-I:%M %p} CDT {MONTHS[pub.month - 1]} {pub.day}, {pub.year} Updated: {upd:%-I:%M %p} CDT {MONTHS[upd.month - 1]} {upd.day}, {upd.year}"
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           f'<meta name="description" content="{attr(S["lede"])}">', ld_script(ld), '</head><body>',
           gannett_header("The Jackson Sun", ["News", "Sports", "Things to Do", "Opinion", "Obituaries", "E-Edition", "Legals"]),
           '<main class="gnt_cw"><article class="gnt_pr">', '<div class="gnt_ar_lbl">WORLD</div>',
           f'<h1 class="gnt_ar_hl" elementtiming="ar-headline">{esc(S["title"])}</h1>',
           f'<div class="gnt_ar_by"><a class="gnt_ar_by_a" href="/staff/">{esc(S["byline"])}</a><div class="gnt_ar_pb">USA TODAY</div></div>',
           f'<div class="gnt_ar_dt" aria-label="{aria}">Published {ap_time(pub)} CT {ap_date(pub)}<span class="gnt_ar_dt_upd">Updated {ap_time(upd)} CT {ap_date(upd)}</span></div>',
           '<div class="gnt_ar_sb"><a>Facebook</a> <a>Twitter</a> <a>Email</a></div>',
           f'<figure class="gnt_em_img"><img alt="{attr(S["caption"])}" src="https://www.gannett-cdn.com/presto/2022/11/03/USAT/photo.jpg">'
           '<button class="gnt_em_img_cpt_btn">Show Caption</button><button class="gnt_em_img_cpt_btn">Hide Caption</button>'
           f'<figcaption class="gnt_em_cp">{esc(S["caption"])} <span class="gnt_em_cp_c">{esc(S["credit"])}</span></figcaption></figure>',
           '<div class="gnt_ar_b">', f'<p class="gnt_ar_b_p">{esc(S["lede"])}</p>',
           '<p class="gnt_ar_b_p"><strong>The latest developments:</strong></p>', '<ul class="gnt_ar_b_ul">']
    out += [f'<li class="gnt_ar_b_ul_li">{esc(b)}</li>' for b in S["bullets"]]
    out.append('</ul>')
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2 class="gnt_ar_b_h2">{esc(e["h"])}</h2>')
        out += [f'<p class="gnt_ar_b_p">{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append('<aside class="gnt_em_nl"><p>Get the Daily Briefing newsletter in your inbox.</p><button>Sign Up</button></aside>')
    out += ['<p class="gnt_ar_b_p">Contributing: The Associated Press</p>', '</div></article></main>',
            '<footer class="gnt_f"><a>About Us</a> <a>Newsroom Staff</a> <a>Ethical Principles</a> <a>Contact Us</a> <a>Help Center</a>'
            '<p>\u00a9 2022 www.jacksonsun.com. All rights reserved.</p></footer>', '</body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_leaf(S):
    """The Leaf-Chronicle (Clarksville, TN; Gannett) live updates copied as text. Oldest first. Each post:
    headline, 'NAME, Outlet' line, then a bare '6:10 a.m.' line (zone not printed per post; Central).
    No year anywhere: the title names 'June 13' and the header says 'Updated 4:52 p.m. CT June 13'."""
    z = S["zone"]
    L = ["Skip to main content", "Clarksville Leaf-Chronicle", "Subscribe", "Sign In", "",
         "News", "Sports", "Things to Do", "Fort Campbell", "Opinion", "Obituaries", "E-Edition", "Legals", "",
         "NEWS", S["title"], S["byline"], S["updated"], "Facebook", "Twitter", "Email", "", S["lede"], "",
         "Live updates", "Sorted oldest to newest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        st = ap_time(dt(e["t"], z)); stamps.append(st)
        L += [e["h"], e["byline"], st, ""] + ptxt(e["p"]) + ["Share", ""]
        if i == 2:
            L += ["Get the latest Fort Campbell and Clarksville news delivered to your inbox.", "Sign up", ""]
    L += ["Contributing: USA TODAY Network", "",
          "About Us  Newsroom Staff  Ethical Principles  Contact Us  Support  Accessibility  Sitemap  Terms of Service",
          "\u00a9 Copyright Clarksville Leaf-Chronicle. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_dnj(S):
    """Daily News Journal (Murfreesboro, TN; Gannett) live blog, HTML, newest first. Visible stamp '5:35 p.m. CT'
    above each h2, author line below it; LiveBlogPosting JSON-LD with per-update datePublished in UTC (Z)."""
    z = S["zone"]; pub = dt(S["published"], z); upd = dt(S["updated"], z)
    ups = []
    for e in S["entries"]:
        u = {"@type": "BlogPosting", "headline": e["h"], "datePublished": zulu(dt(e["t"], z)), "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
          "datePublished": zulu(pub), "dateModified": zulu(upd), "coverageStartTime": zulu(pub),
          "publisher": {"@type": "Organization", "name": "Daily News Journal"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           ld_script(ld), '</head><body>',
           gannett_header("Daily News Journal", ["News", "Sports", "Things to Do", "Opinion", "Obituaries", "E-Edition", "Legals"]),
           '<main class="gnt_cw"><article class="gnt_pr">', '<div class="gnt_ar_lbl">NEWS</div>',
           f'<h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
           f'<div class="gnt_ar_by"><span>{esc(S["byline"])}</span></div>',
           f'<div class="gnt_ar_dt"><div>Published {ap_time(pub)} CT {ap_date(pub)}</div><div>Updated {ap_time(upd)} CT {ap_date(upd)}</div></div>',
           f'<p class="gnt_ar_b_p">{esc(S["lede"])}</p>', '<div class="gnt_lb">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        st = ap_time(dt(e["t"], z)) + " CT"; stamps.append(st)
        out.append(f'<div class="gnt_lb_p" id="post-{i + 1}"><div class="gnt_lb_ts">{st}</div><h2 class="gnt_lb_hl">{esc(e["h"])}</h2>')
        if e.get("byline"):
            out.append(f'<div class="gnt_lb_by">{esc(e["byline"])}</div>')
        out += [f'<p class="gnt_ar_b_p">{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="gnt_lb_sh"><a>Share</a></div></div>')
        if i == 2:
            out.append('<aside class="gnt_em_nl"><p>Stay on top of Rutherford County news. Sign up for our newsletter.</p></aside>')
    out += ['</div></article></main>',
            '<footer class="gnt_f"><a>About Us</a> <a>Newsroom Staff</a> <a>Ethical Principles</a> <a>Contact Us</a>'
            '<p>\u00a9 2022 www.dnj.com. All rights reserved.</p></footer>', '</body></html>']
    return "\n".join(out) + "\n", stamps


def r_jcp(S):
    """Johnson City Press (BLOX) AP-style round-up copied as text: one byline, one meta line
    'Sep 28, 2022 5:42 PM' (Eastern, not printed), ALL-CAPS subheads; no per-section time."""
    L = ["Skip to main content", "You are the owner of this article.", "Edit Article", "Close", "",
         "Sign Up", "Log In", "", "Johnson City Press", "Subscribe", "e-Edition", "",
         "News", "Sports", "Opinion", "Obituaries", "Business", "Living", "Classifieds", "", "Johnson City, TN (37601)",
         "Today", S["weather"], "", "Nation/World", "", S["title"], "", S["byline"], S["meta"], "",
         "Facebook", "Twitter", "WhatsApp", "SMS", "Email", "Print", "Copy article link", "Save", "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Copyright 2022 The Associated Press. All rights reserved.", "", "Tags", "Russia-ukraine War", "Nord Stream",
          "Annexation", "", "Trending Now"] + S["popular"] + ["", "\u00a9 Copyright 2022 Johnson City Press, Johnson City, TN",
          "Powered by BLOX Content Management System from TownNews.com."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_kingsport(S):
    """Kingsport Times-News (timesnews.net, BLOX) RSS 2.0: -0400 pubDate, dc:creator, a plain <description> teaser
    plus the full text in content:encoded (CDATA HTML). Mixes the war with local items; one photo gallery has no text."""
    z = S["zone"]
    url = "https://www.timesnews.net/search/?f=rss&amp;t=article&amp;l=50&amp;s=start_time&amp;sd=desc"
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{url}</link>',
           f'<atom:link href="{url}" rel="self" type="application/rss+xml" />', f'<description>{esc(S["title"])}</description>',
           '<generator>TNCMS 1.70.5</generator>', '<ttl>30</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st); u = uid(S["id"], i)
        out += ['<item>', f'<title>{esc(e["h"])}</title>']
        if e["p"]:
            out.append(f'<description>{esc(e["p"][0])}</description>')
        out += [f'<pubDate>{st}</pubDate>', f'<guid isPermaLink="false">http://www.timesnews.net/tncms/asset/editorial/{u}</guid>',
                f'<link>https://www.timesnews.net/{e["path"]}/{"collection" if "multimedia" in e["path"] else "article"}_{u}.html</link>']
        if e.get("byline"):
            out.append(f'<dc:creator>{esc(e["byline"])}</dc:creator>')
        if e["p"]:
            out.append('<content:encoded><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></content:encoded>')
        out.append('</item>')
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_banner(S):
    """Cleveland Daily Banner (BLOX) timeline article, HTML. Oldest first; AP-style day headers without a year
    ('Sunday, Feb. 27'); '7:40 p.m.' in <strong> above each h3; no zone printed (Cleveland, TN: Eastern)."""
    z = S["zone"]; pub = dt(S["published"], z)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": pub.isoformat(),
          "dateModified": pub.isoformat(), "author": {"@type": "Person", "name": S["author"]},
          "publisher": {"@type": "Organization", "name": "Cleveland Daily Banner"}, "mainEntityOfPage": S["url"]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | News | clevelandbanner.com</title>',
           ld_script(ld), '</head><body>',
           '<header id="site-header"><a class="site-logo" href="/">Cleveland Daily Banner</a><nav><a href="/news/">News</a> <a href="/sports/">Sports</a> '
           '<a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> <a href="/lifestyles/">Lifestyles</a> <a href="/eedition/">e-Edition</a></nav>'
           '<a href="/subscribe/">Subscribe</a> <a href="/users/login/">Log In</a></header>',
           '<main><article class="asset">', f'<h1 class="headline"><span class="asset-headline">{esc(S["title"])}</span></h1>',
           f'<div class="asset-byline">By {esc(S["author"])} <span class="tnt-byline-title">Banner Staff Writer</span></div>',
           f'<ul class="list-inline asset-date"><li><time datetime="{pub.isoformat()}">{blox_date(pub)}</time></li></ul>',
           '<div class="share-container"><a>Facebook</a> <a>Twitter</a> <a>Email</a> <a>Print</a> <a>Save</a></div>',
           '<div id="article-body" class="asset-content">', f'<p>{esc(S["lede"])}</p>']
    stamps = []; cur = None
    for e in S["entries"]:
        d = dt(e["t"], z); day = f"{WEEKDAYS[d.weekday()]}, {AP_MONTHS[d.month - 1]} {d.day}"
        if day != cur:
            cur = day; out.append(f'<h4 class="tl-day">{day}</h4>')
        st = ap_time(d); stamps.append(st)
        out.append(f'<div class="tl-item"><p class="tl-time"><strong>{st}</strong></p><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
    out += ['<p class="tl-note">Compiled from wire reports.</p>', '</div>',
            '<div class="related"><h4>Related</h4><a>Bradley County residents gather to pray for Ukraine</a></div>',
            '</article></main>', '<footer><p>\u00a9 Copyright 2022 Cleveland Daily Banner, Cleveland, TN</p>'
            '<p>Powered by BLOX Content Management System from TownNews.com.</p></footer>', '</body></html>']
    return "\n".join(out) + "\n", stamps


# ============================================================================ PART B renderers (invented outlets)

def r_haddlesey(S):
    """Text live blog, newest first, British '6.10pm' stamp line above each headline, Key Points block, page byline."""
    z = S["zone"]
    L = ["HADDLESEY TIMES", "News | World | Business | Sport | Culture | Puzzles", "Sign in   Subscribe", "", S["title"],
         S["dateline"], f"By {S['byline']}", "", "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + \
        ["", "Show latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        st = uk_time(dt(e["t"], z)); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"]) + ["Share", ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Show earlier updates", "", "Haddlesey Times \u00b7 Contact us \u00b7 Cookie policy \u00b7 Terms"]
    return "\n".join(L) + "\n", stamps


def r_kestwick(S):
    """HTML live blog, oldest first, LiveBlogPosting JSON-LD with per-update times (+03:00), visible <time> 'HH:MM',
    'By NAME' under the headline."""
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{i + 1}", "headline": e["h"],
             "datePublished": dt(e["t"], z).isoformat(), "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "Organization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           ld_script(ld), '</head><body>',
           f'<header><a class="brand" href="/">{S["source"]}</a> <nav><a>War</a> <a>Politics</a> <a>Business</a> <a>Support us</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="tz">{esc(S["tznote"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="update-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="by">By {esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<div class="share">Share this update</div></article>')
    out += ['<p class="more">Read our coverage from Friday</p>', '</main>',
            f'<footer>{S["source"]} \u00b7 Editorial standards \u00b7 Privacy</footer>', '</body></html>']
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):
    """General world-news RSS 2.0 feed, newest first, pubDate with the outlet's own offset, paragraphs in CDATA."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0"><channel>', f'<title>{esc(S["title"])}</title>',
           f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>', '<language>en</language>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{e["cat"].lower()}/{i + 4101}</link>',
                f'<guid isPermaLink="true">{S["url"]}/{e["cat"].lower()}/{i + 4101}</guid>', f'<pubDate>{st}</pubDate>',
                f'<category>{e["cat"]}</category>',
                '<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out.append('</channel></rss>')
    return "\n".join(out) + "\n", stamps


def r_article(S):
    """Text article with section headings; one entry per section; one byline and one dateline with time and zone."""
    L = [S["masthead"], S["nav"], "", S["title"], "", f"By {S['byline']}", S["dateline"], "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Share this article", f"Related: {S['related']}", "", S["footer"]]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_brambledown(S):
    """HTML live blog without JSON-LD, newest first; '19:30 CEST' span above each h2; author paragraph below."""
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 Brambledown Post</title>',
           f'<meta property="og:title" content="{attr(S["title"])}">', '</head><body>',
           '<div class="consent">We and our partners use cookies. <button>Accept all</button> <button>Settings</button></div>',
           '<header><b>Brambledown Post</b> <span>English edition</span> <nav><a>Germany</a> <a>Europe</a> <a>Ukraine</a> <a>Newsletter</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="summary">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        st = f"{dt(e['t'], z):%H:%M} CEST"; stamps.append(st)
        out.append(f'<section class="post"><span class="stamp">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="author">{esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</section>")
        if i == 2:
            out.append('<aside class="related"><h3>Read more</h3><a>Scholz under pressure over heavy weapons</a></aside>')
    out += ['</main>', '<footer>Brambledown Post \u00b7 Imprint \u00b7 Privacy \u00b7 Contact</footer>', '</body></html>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0, newest first. S['content']: 'html' (escaped HTML) or 'xhtml' (inline div)."""
    z = S["zone"]
    ups = [dt(e["t"], z) for e in S["entries"]]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/feed.atom"/>',
           f'<id>{S["url"]}/feed.atom</id>', f'<updated>{max(ups).isoformat().replace("+00:00", "Z")}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat().replace("+00:00", "Z"); stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link href="{S["url"]}/news/{i + 7201}"/>',
                f'<id>{S["url"]}/news/{i + 7201}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        if e["p"]:
            if S["content"] == "html":
                out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
            else:
                out.append('<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + '</div></content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_prairie(S):
    """Text live blog, oldest first, day separator lines without year, '7:40 p.m. CT' stamp line, 'By NAME' under headline."""
    z = S["zone"]
    L = ["PRAIRIE FORK TRIBUNE", "Local   Farm & Ranch   Sports   Obituaries   Nation/World   e-Edition", "", S["title"],
         S["note"], "", ]
    stamps = []; cur = None
    for e in S["entries"]:
        d = dt(e["t"], z); day = f"{WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"
        if day != cur:
            cur = day; L += [day, ""]
        st = ap_time(d) + " CT"; stamps.append(st)
        L += [st, e["h"], f"By {e['a']}", ""] + ptxt(e["p"])
    L += ["Have a local connection to Ukraine? Email news@prairiefork.example", "", "Prairie Fork Tribune \u00b7 Subscribe \u00b7 Contact \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_kalynove(S):
    """Text live blog, oldest first, date line without year, bare '07:20' line above each headline, '\u2014 NAME' after."""
    z = S["zone"]
    L = ["KALYNOVE BULLETIN", "News | Front line | Economy | Culture | Support us", "", S["title"], S["dateline"], S["note"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        st = f"{dt(e['t'], z):%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"\u2014 {e['a']}", ""]
        if i == 2:
            L += ["Independent journalism needs you. Become a supporter.", ""]
    L += ["That's all from us today. The live page continues tomorrow.", "Kalynove Bulletin \u00b7 About \u00b7 Contact"]
    return "\n".join(L) + "\n", stamps


def r_pogorze(S):
    """HTML live blog (English edition of a Polish outlet), newest first, Polish chrome, '22.08.2022' date line,
    '19:55' in <span class="godz">, author after the text; JSON-LD @graph holding a LiveBlogPosting with updates."""
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        u = {"@type": "BlogPosting", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat()}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = min(dt(e["t"], z) for e in S["entries"])
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": "https://pogorze.example/#org", "name": "Pog\u00f3rze Courier"},
        {"@type": ["LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
         "coverageStartTime": first.isoformat(), "publisher": {"@id": "https://pogorze.example/#org"}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Pog\u00f3rze Courier</title>',
           ld_script(ld), '</head><body>',
           '<div class="rodo">Ta strona u\u017cywa plik\u00f3w cookie. <button>Akceptuj\u0119</button> <button>Ustawienia</button></div>',
           '<header><b>Pog\u00f3rze Courier</b> <span>English edition</span> <nav><a>Wiadomo\u015bci</a> <a>\u015awiat</a> <a>Ukraina</a> <a>Opinie</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="data">{esc(S["dateline"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        st = f"{dt(e['t'], z):%H:%M}"; stamps.append(st)
        out.append(f'<section class="wpis"><span class="godz">{st}</span><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="autor">{esc(e["a"])}</p>')
        out.append('<div class="share">Udost\u0119pnij</div></section>')
        if i == 1:
            out.append('<aside><b>Czytaj tak\u017ce:</b> <a>Warsaw doubles rail capacity for grain transit</a></aside>')
    out += ['</main>', '<footer>Pog\u00f3rze Courier \u00b7 Redakcja \u00b7 Polityka prywatno\u015bci</footer>', '</body></html>']
    return "\n".join(out) + "\n", stamps


# ============================================================================ PART A: one page per real outlet (own words)
SEEDS = []

SEEDS.append(dict(
    id="10500", name="10500_messengerinquirer-latest", ext="txt", source="Messenger-Inquirer", zone="America/New_York",
    render=r_messenger, title="The Latest: Missile hits Kyiv TV tower as column stalls north of the capital",
    byline="The Associated Press", dateline="Mar 1, 2022", updated="Updated 3 hrs ago",
    weather="Cloudy with a few showers in the afternoon. High 54F. Winds SW at 10 to 15 mph. Chance of rain 60%.",
    lede="Here are the latest developments in Russia's war on Ukraine (all times EST):",
    popular=["Riverfront lease wins commission approval", "Daviess County boys reach region semifinal", "Heavy rain could bring flash flooding Wednesday"],
    notes=("Imitates a Messenger-Inquirer (Owensboro, KY) BLOX article page carrying an AP 'The Latest' file, copied as text. "
           "Items have NO headlines: each is a '___' separator, an AP-style stamp line ('5:40 p.m.'), then paragraphs opening with an "
           "AP dateline ('KYIV, Ukraine \u2014'). Newest first. The lede says 'all times EST', so the zone is US Eastern although the paper "
           "itself is on Central time. The only date printed is the BLOX date line 'Mar 1, 2022' (the relative 'Updated 3 hrs ago' is chrome). "
           "Midnight crossing: after '2:20 a.m.' the stamps jump to '10:35 p.m.' and '8:15 p.m.', which are the evening of Feb 28 EST "
           "= early Mar 1 UTC, so every item is on UTC 2022-03-01. Page byline 'The Associated Press' is every item's author."),
    not_entries=["BLOX account chrome ('Skip to main content', 'You are the owner of this article.', Edit/Sign Up/Log In/Dashboard/My Account lines)",
                 "masthead 'Messenger-Inquirer', 'Subscribe', 'e-Edition'", "section menu lines (News ... Contact Us)",
                 "weather widget 'Owensboro, KY (42301)' / 'Today' / forecast line", "section label 'Nation & World'",
                 "page title line", "byline 'The Associated Press'", "date line 'Mar 1, 2022' and 'Updated 3 hrs ago'",
                 "share tools (Facebook ... Save)", "lede 'Here are the latest developments ... (all times EST):'",
                 "'___' separators", "trailer line pointing to AP's hub", "AP copyright line", "'Tags' block",
                 "comment box ('Welcome to the discussion.', rules, 'Log In')", "'Most Popular' / 'Articles' / 'Images' and three local headlines",
                 "newsletter line and footer lines"],
    entries=[
        E("2022-03-01 17:40", None,
          ["UNITED NATIONS \u2014 Ukraine's ambassador told an emergency session of the General Assembly on Tuesday that his country was fighting for every member state that wants its borders respected.",
           "More than 100 countries have asked to speak before a vote, expected later this week, on a resolution demanding that Russia pull its troops out.",
           "Russia's envoy repeated Moscow's claim that its forces were protecting people in eastern Ukraine and were not aiming at civilians."],
          "diplomacy", "diplomacy", 2, "unga-emergency-session-ukraine-2022-03", a="The Associated Press"),
        E("2022-03-01 13:10", None,
          ["KYIV, Ukraine \u2014 Russian missiles struck the main television tower in Kyiv on Tuesday, knocking several channels off the air and killing five people nearby, Ukraine's emergency service said.",
           "The tower stands beside Babyn Yar, the ravine where Nazi forces shot tens of thousands of Jews in 1941, and part of the memorial grounds was damaged.",
           "Hours earlier, Russia's Defense Ministry had told people living near communications sites in the capital to leave their homes."],
          "strikes", "strikes", 3, "kyiv-tv-tower-strike-2022-03-01", a="The Associated Press"),
        E("2022-03-01 09:25", None,
          ["GENEVA \u2014 Dozens of diplomats stood up and walked out as a recorded speech by Russian Foreign Minister Sergey Lavrov began playing at the UN Human Rights Council on Tuesday.",
           "Lavrov had called off his trip to Geneva, saying European airspace closures left him no way to travel.",
           "Ukraine's envoy thanked those who left the room and said they had stood with his country."],
          "diplomacy", "diplomacy", 2, "lavrov-geneva-walkout-2022-03-01", a="The Associated Press"),
        E("2022-03-01 06:05", None,
          ["WASHINGTON \u2014 New commercial satellite photos show a line of Russian armored vehicles, fuel trucks and towed artillery stretching for roughly 40 miles along the roads north of Kyiv.",
           "Western officials say the column has hardly moved in a day, slowed by fuel shortages, breakdowns and Ukrainian ambushes."],
          "other", "frontline", 2, "russian-column-north-of-kyiv", a="The Associated Press"),
        E("2022-03-01 02:20", None,
          ["KHARKIV, Ukraine \u2014 A Russian missile slammed into the regional government building on Kharkiv's Freedom Square on Tuesday morning, blowing out its windows and setting part of it on fire.",
           "The regional governor said at least 10 people were killed across the city as shelling of residential areas went on.",
           "Video released by Ukrainian officials showed a fireball bursting in front of the building as cars drove by."],
          "strikes", "strikes", 3, "kharkiv-freedom-square-strike-2022-03-01", a="The Associated Press"),
        E("2022-02-28 22:35", None,
          ["UNITED NATIONS \u2014 The United States is expelling a dozen members of Russia's mission to the United Nations, accusing them of spying and of abusing their residence privileges.",
           "Russia's ambassador called the step hostile and said it broke Washington's obligations as the host country."],
          "diplomacy", "diplomacy", 2, "us-expels-russian-un-diplomats", a="The Associated Press", sec=["other"],
          n="Expulsion of diplomats -> diplomacy; the espionage angle is secondary (other)."),
        E("2022-02-28 20:15", None,
          ["GOMEL, Belarus \u2014 Ukrainian and Russian negotiators ended their first face-to-face meeting since the invasion without an agreement, but both sides said they would meet again in the coming days.",
           "An adviser to President Volodymyr Zelenskyy said the talks had centered on a ceasefire and that the delegations had found some points on which decisions could be sketched out.",
           "The meeting was held near the border between Belarus and Ukraine."],
          "diplomacy", "diplomacy", 3, "belarus-border-talks-2022-02-28", a="The Associated Press",
          n="Same event as the Gomel talks on 10509 (a different UTC day's page)."),
    ]))

SEEDS.append(dict(
    id="10501", name="10501_bgdailynews-section", ext="html", source="Bowling Green Daily News", zone="America/Chicago",
    render=r_bgdn, title="Nation & World", captured="2022-05-06 18:50",
    popular=["WKU graduation moves indoors", "City approves new fire station on Scottsville Road", "Hot Rods sweep doubleheader"],
    notes=("Imitates the Bowling Green Daily News (BLOX) 'Nation & World' section front in HTML. Each card: h3 headline link, "
           "byline ('By NAME Associated Press', names in capitals as BLOX prints AP bylines), a <time datetime='...-05:00'> element whose "
           "VISIBLE text is relative ('38 min ago', '21 hrs ago'), then a one-paragraph summary. The stamp is the visible relative text; "
           "the datetime attribute resolves it (all agree with a capture at about 6:50 p.m. CDT on May 6). Newest first; the last card is "
           "from 9:40 p.m. CDT on May 5, which is already May 6 in UTC. Two cards are off-beat (jobs report, Kentucky Derby)."),
    not_entries=["'Sign Up' / 'Log In' links", "masthead and main menu", "weather widget 'Bowling Green, KY (42101) 71\u00b0 Mostly sunny'",
                 "section heading 'Nation & World' (page title)", "'Advertisement' label between cards", "'Next' pagination link",
                 "'Most Popular' list with three local headlines", "newsletter sign-up box", "footer and BLOX credit"],
    entries=[
        dict(E("2022-05-06 18:12", "Biden approves $150 million in artillery rounds, radars for Ukraine",
               ["President Joe Biden on Friday authorized another $150 million in weapons for Ukraine, including artillery shells, counter-battery radars and jamming equipment, and warned that the money Congress set aside for such packages was nearly spent."],
               "aid", "aid", 3, "us-150m-aid-package-2022-05-06", a="LIAM FORSBERG"), byline="By LIAM FORSBERG Associated Press"),
        dict(E("2022-05-06 16:05", "More civilians leave Mariupol steel plant as fighting rages around it",
               ["Another group of civilians was brought out of the bombed Azovstal steel works in Mariupol on Friday during a pause arranged by the United Nations and the Red Cross, while Ukrainian defenders said Russian troops kept storming the plant."],
               "other", "humanitarian", 2, "azovstal-civilian-evacuation-2022-05", a="ROKSANA DEMCHUK"), byline="By ROKSANA DEMCHUK Associated Press"),
        dict(OFF("2022-05-06 13:40", "Hiring stays strong as employers add more than 400,000 jobs",
                 ["American employers kept up a brisk pace of hiring in April, adding more than 400,000 jobs for the 12th month in a row, while the unemployment rate held at 3.6%."],
                 "us-april-jobs-report-2022", a="CARA WENDT", n="US jobs report."), byline="By CARA WENDT AP Economics Writer"),
        dict(E("2022-05-06 11:20", "Security Council speaks with one voice on Ukraine for the first time",
               ["The UN Security Council on Friday adopted its first statement on the war in Ukraine, a brief text that backs Secretary-General Antonio Guterres' search for a peaceful settlement but avoids the words war, conflict and invasion."],
               "diplomacy", "diplomacy", 3, "unsc-statement-ukraine-2022-05-06", a="EDITH LAMONT"), byline="By EDITH LAMONT Associated Press"),
        dict(OFF("2022-05-06 09:05", "Churchill Downs braces for Derby crowds as weather clears",
                 ["Organizers expect more than 150,000 people at Churchill Downs for Saturday's Kentucky Derby, with forecasters calling for mostly dry skies after a soggy week in Louisville."],
                 "kentucky-derby-2022-crowds", a="GRANT SUMNER", n="horse racing."), byline="By GRANT SUMNER Associated Press"),
        dict(E("2022-05-06 03:30", "US intelligence helped Ukraine locate Russian flagship, officials say",
               ["The United States gave Ukraine intelligence that helped its forces find and hit the Moskva, the flagship of Russia's Black Sea Fleet, according to American officials who spoke on condition of anonymity."],
               "aid", "aid", 2, "us-intelligence-moskva-sinking", a="NORA BECKETT", sec=["strikes"],
               n="Intelligence support to Ukraine -> aid; the sinking itself is secondary (strikes)."), byline="By NORA BECKETT Associated Press"),
        dict(E("2022-05-05 21:40", "Israel says Putin apologized for Lavrov's Hitler remark",
               ["Israel's prime minister said Vladimir Putin apologized on Thursday for his foreign minister's claim that Adolf Hitler had Jewish roots, a remark that had set off a diplomatic row between the two countries."],
               "diplomacy", "diplomacy", 2, "putin-apology-lavrov-hitler-remark", a="TALIA ROSEN"), byline="By TALIA ROSEN Associated Press"),
    ]))

SEEDS.append(dict(
    id="10502", name="10502_paducahsun-rss", ext="xml", source="The Paducah Sun", zone="America/Chicago", render=r_paducah,
    title="paducahsun.com - RSS Results in news/nation_world of type article",
    notes=("Imitates The Paducah Sun's BLOX RSS 2.0 search feed for news/nation_world. Newest first. pubDate carries the paper's own "
           "offset (-0600, CST in December); dc:creator is the AP-style byline with names in capitals ('By HAROLD VENN Associated Press'; "
           "author = the name). <description> holds the one-paragraph teaser, there is no full text. Local midnight crossing: the last three items "
           "are from the evening of Dec 29 CST, which is Dec 30 in UTC. Two items are off-beat (Vatican, airline)."),
    not_entries=["channel title/link/description/generator/docs/ttl", "atom:link self reference", "enclosure image URLs"],
    entries=[
        dict(E("2022-12-30 16:20", "Xi tells Putin China is ready to deepen ties, calls its Ukraine stance impartial",
               ["Chinese leader Xi Jinping told Vladimir Putin in a video call on Friday that Beijing was ready to step up cooperation with Moscow, while describing China's position on the war as impartial. Putin invited Xi to make a state visit to Moscow in the spring."],
               "diplomacy", "diplomacy", 3, "xi-putin-video-call-2022-12-30", a="HAROLD VENN"), byline="By HAROLD VENN Associated Press"),
        dict(E("2022-12-30 13:05", "Power returns to much of Kyiv after one of the war's biggest barrages",
               ["Engineers restored electricity to most homes in Kyiv by Friday afternoon, a day after Russia fired scores of missiles at Ukraine's energy network, though the mayor warned that rolling blackouts would continue."],
               "strikes", "strikes", 2, "russian-missile-barrage-2022-12-29", a="SVITLANA ORLYK",
               n="Aftermath of the Dec 29 barrage: same story as 10502-06."), byline="By SVITLANA ORLYK Associated Press"),
        dict(OFF("2022-12-30 10:40", "Vatican says Benedict XVI rested well, condition stable",
                 ["Retired Pope Benedict XVI slept well overnight and his condition, while serious, was stable, the Vatican said Friday, two days after Pope Francis asked the faithful to pray for him."],
                 "pope-benedict-health-2022-12", a="NICOLA BRUNI", n="Vatican news."), byline="By NICOLA BRUNI Associated Press"),
        dict(E("2022-12-30 07:15", "Kremlin says no peace plan can ignore 'new realities'",
               ["The Kremlin on Friday brushed aside Ukraine's 10-point peace proposal, saying any settlement would have to accept the four Ukrainian regions Moscow claims to have annexed."],
               "diplomacy", "diplomacy", 2, "kremlin-rejects-ukraine-peace-formula", a="HAROLD VENN"), byline="By HAROLD VENN Associated Press"),
        dict(E("2022-12-29 23:40", "Belarus says it brought down a Ukrainian air defense missile",
               ["Belarus said its air defenses brought down a Ukrainian S-300 missile over farmland near the border during Thursday's Russian barrage, and Ukraine's military said it was ready to help investigate."],
               "strikes", "strikes", 2, "belarus-downs-ukrainian-s300-2022-12-29", a="ANNA KOVAL"), byline="By ANNA KOVAL Associated Press"),
        dict(E("2022-12-29 20:10", "Russia fires more than 120 missiles at Ukraine, hitting cities from Lviv to Kharkiv",
               ["Russia launched one of its largest air assaults of the war on Thursday, sending waves of missiles and drones at cities across Ukraine and killing at least three people, officials said. Ukraine's air force said most of the missiles were shot down."],
               "strikes", "strikes", 3, "russian-missile-barrage-2022-12-29", a="SVITLANA ORLYK"), byline="By SVITLANA ORLYK Associated Press"),
        dict(OFF("2022-12-29 18:25", "Southwest flights return to near normal after days of chaos",
                 ["Southwest Airlines said it planned to fly close to its normal schedule on Friday after cancelling thousands of flights over the holidays, leaving travelers hunting for lost bags."],
                 "southwest-holiday-cancellations", a="MARCUS LYLE", n="US airline disruption."), byline="By MARCUS LYLE AP Airlines Writer"),
    ]))

SEEDS.append(dict(
    id="10503", name="10503_kentuckynewera-tag", ext="txt", source="Kentucky New Era", zone="America/Chicago", render=r_newera,
    title="ukraine",
    weather="Clear early, then clouds rolling in overnight. Low 58F. Winds S at 5 to 10 mph.",
    notes=("Imitates a Kentucky New Era (Hopkinsville, KY) tag page on an older BLOX template, copied as text. Newest first. Each item: "
           "headline, then 'Posted: Sunday, April 24, 2022 6:15 pm' (full date, 12-hour time, NO zone: Central time implied by the paper's home), "
           "byline line, one summary paragraph, 'Read more', comment count. The stamp is the whole 'Posted: ...' line. The last item is "
           "'Posted: Saturday, April 23, 2022 9:45 pm' = 02:45 UTC on Apr 24, so all items share UTC 2022-04-24. page_title is the tag name line "
           "'ukraine'. Zelenskyy's Saturday announcement of the visit and the visit itself are one story."),
    not_entries=["'Skip to main content'", "masthead, tagline, 'Subscribe | e-Edition | Log In'", "menu lines", "weather widget lines",
                 "'Tags' label and the tag name 'ukraine' (page title)", "'Showing 1-6 of 148 results' and sort options",
                 "'Read more' after every item", "comment counts after every item", "'Advertisement'", "'Next page'",
                 "newsletter line", "footer"],
    entries=[
        dict(E("2022-04-24 18:15", "Blinken and Austin meet Zelenskyy in Kyiv, pledge more help",
               ["Secretary of State Antony Blinken and Defense Secretary Lloyd Austin met Ukrainian President Volodymyr Zelenskyy in Kyiv on Sunday, the most senior American officials to visit the capital since the invasion began."],
               "diplomacy", "diplomacy", 3, "blinken-austin-kyiv-visit-2022-04-24", a="MILA HORVAT", sec=["aid"]),
             byline="By MILA HORVAT Associated Press", comments="5 comments"),
        dict(E("2022-04-24 15:40", "Ukrainians mark Orthodox Easter under curfew and air-raid sirens",
               ["Worshippers across Ukraine carried baskets of bread and painted eggs to churches for Easter blessings on Sunday, though many services were moved earlier to respect night curfews and some were cut short by sirens."],
               "other", "humanitarian", 2, "orthodox-easter-ukraine-2022", a="OREST KALYNYCH"),
             byline="By OREST KALYNYCH Associated Press", comments="Comment"),
        dict(E("2022-04-24 12:05", "Russian strikes resume on Mariupol steel plant, Ukraine says",
               ["Ukrainian officials said Russian forces had resumed air and artillery strikes on the Azovstal steel works in Mariupol, where the city's last defenders are holed up along with hundreds of civilians."],
               "strikes", "strikes", 2, "azovstal-strikes-2022-04-24", a="OREST KALYNYCH"),
             byline="By OREST KALYNYCH Associated Press", comments="2 comments"),
        dict(E("2022-04-24 09:30", "Hopkinsville church gathers supplies for Ukrainian families",
               ["Members of a Hopkinsville congregation spent Saturday packing boxes of medicine, baby formula and blankets that will be shipped to a relief group working on the Polish border, organizers said."],
               "other", "humanitarian", 2, "hopkinsville-church-ukraine-supply-drive", a="Jordan Pike",
               n="Local private donation drive -> other/humanitarian (see README conventions)."),
             byline="By Jordan Pike | New Era Staff", comments="1 comment"),
        dict(E("2022-04-24 01:20", "Toll in Odesa missile strike rises to 8, including a 3-month-old",
               ["Ukrainian officials said eight people were killed when Russian missiles hit a residential building in Odesa on Saturday, among them a baby girl who was three months old."],
               "strikes", "strikes", 3, "odesa-missile-strike-2022-04-23", a="DARIA SOKIL"),
             byline="By DARIA SOKIL Associated Press", comments="7 comments"),
        dict(E("2022-04-23 21:45", "Zelenskyy says top US officials will visit Kyiv on Sunday",
               ["President Volodymyr Zelenskyy told reporters in a Kyiv subway station on Saturday that the American secretaries of state and defense would come to the capital the next day, something Washington had not confirmed."],
               "diplomacy", "diplomacy", 2, "blinken-austin-kyiv-visit-2022-04-24", a="MILA HORVAT",
               n="Announcement of the visit reported in 10503-01: same story."),
             byline="By MILA HORVAT Associated Press", comments="Comment"),
    ]))

SEEDS.append(dict(
    id="10504", name="10504_jacksonsun-updates", ext="html", source="The Jackson Sun", zone="America/Chicago", render=r_jacksun,
    title="Ukraine war updates: Nuclear plant back on diesel power as Russia digs in around Kherson",
    url="https://www.jacksonsun.com/story/news/world/2022/11/03/ukraine-russia-war-updates-zaporizhzhia-kherson/",
    byline="Marisa Delgado", published="2022-11-03 06:30", updated="2022-11-03 15:12",
    caption="A worker walks past a damaged transformer in the Zaporizhzhia region.", credit="AP",
    lede="Ukraine's nuclear operator says the country's largest power plant is again relying on emergency generators. Here is what else we are watching.",
    bullets=["The Zaporizhzhia plant lost its last outside power line and is running on generators.",
             "Occupation officials in Kherson are moving more residents across the river.",
             "The White House says North Korea is disguising artillery shipments to Russia."],
    notes=("Imitates a Jackson Sun page carrying a USA TODAY Network war round-up (Gannett 'gnt_' markup), HTML with NewsArticle JSON-LD. "
           "One byline ('Marisa Delgado' + 'USA TODAY'); date line 'Published 6:30 a.m. CT Nov. 3, 2022' + 'Updated 3:12 p.m. CT Nov. 3, 2022' "
           "(the aria-label spells the same times as '6:30 AM CDT'). Each h2 section is one entry with stamp null and published = the "
           "'Published' time (CDT, UTC-5, before the Nov 6 change). The 'latest developments' bullets are a summary box, not entries."),
    not_entries=["Gannett header, menu, 'Subscribe' / 'Sign In'", "label 'WORLD'", "byline 'Marisa Delgado' / 'USA TODAY'",
                 "'Published ...' / 'Updated ...' date line", "share links", "photo, 'Show Caption' / 'Hide Caption', caption and credit",
                 "intro paragraph before the bullets", "'The latest developments:' and its three bullets (summary of the sections)",
                 "newsletter box 'Get the Daily Briefing newsletter'", "'Contributing: The Associated Press'", "footer"],
    entries=[
        E("2022-11-03 06:30", "Nuclear plant runs on generators after shelling cuts power lines",
          ["Europe's largest nuclear power station switched to emergency diesel generators on Thursday after shelling damaged the last two high-voltage lines linking it to Ukraine's grid, the state nuclear company Energoatom said.",
           "The company said there was enough fuel on site for about 15 days, and Russian-appointed managers at the plant blamed Ukrainian forces for the damage.",
           "Inspectors from the United Nations nuclear watchdog who are based at the site reported hearing explosions overnight."],
          "strikes", "strikes", 3, "zaporizhzhia-plant-loses-outside-power-2022-11-03", a="Marisa Delgado", sec=["other"]),
        E("2022-11-03 06:30", "Kherson: Russian-installed officials widen evacuation zone",
          ["Moscow-backed authorities in the occupied Kherson region said they would move civilians out of a 15-kilometer strip along the east bank of the Dnieper River, widening an evacuation that Kyiv calls forced deportation.",
           "Ukrainian forces have been advancing slowly toward Kherson city, the only regional capital Russia has captured since February."],
          "other", "humanitarian", 2, "kherson-evacuation-zone-widened", a="Marisa Delgado"),
        E("2022-11-03 06:30", "White House: North Korea sending artillery shells to Russia",
          ["North Korea is covertly shipping a significant number of artillery shells to Russia and hiding the route by sending them through countries in the Middle East and North Africa, National Security Council spokesman John Kirby said.",
           "Pyongyang has denied any arms dealings with Moscow."],
          "aid", "aid", 3, "north-korea-artillery-shells-russia", a="Marisa Delgado", n="Arms transfer to Russia -> aid."),
        E("2022-11-03 06:30", "Grain ships sail again after Russia rejoins export deal",
          ["Cargo ships loaded with Ukrainian corn and wheat left Black Sea ports on Thursday, a day after Russia reversed its decision to pull out of the UN-backed grain corridor.",
           "Turkey's president said Moscow had received written assurances that the corridor would not be used for military operations."],
          "diplomacy", "diplomacy", 2, "russia-rejoins-grain-deal-2022-11", a="Marisa Delgado"),
        E("2022-11-03 06:30", "G7 foreign ministers gather in Germany",
          ["Foreign ministers from the Group of Seven opened two days of talks in the German city of Muenster on Thursday, with help for Ukraine through the winter at the top of the agenda."],
          "diplomacy", "diplomacy", 2, "g7-foreign-ministers-muenster-2022-11", a="Marisa Delgado", sec=["aid"]),
    ]))

SEEDS.append(dict(
    id="10505", name="10505_leafchronicle-live", ext="txt", source="The Leaf-Chronicle", zone="America/Chicago", render=r_leaf,
    title="Russia-Ukraine war live updates, June 13: Last bridge to Sievierodonetsk destroyed",
    byline="Leaf-Chronicle staff and USA TODAY Network", updated="Updated 4:52 p.m. CT June 13",
    lede="Follow along for the day's developments in the war in Ukraine and what they mean for Fort Campbell families.",
    parse_args=["--date", "2022-06-13"],
    notes=("Imitates a Clarksville Leaf-Chronicle (Gannett) live-updates page copied as text. NO YEAR anywhere (title 'June 13', header "
           "'Updated 4:52 p.m. CT June 13', footer without a year), hence parse_args --date 2022-06-13. Oldest first ('Sorted oldest to newest'). "
           "Each post: headline, then an author line 'NAME, Outlet', then the stamp AFTER the headline as a bare '6:10 a.m.' line (no zone per post; "
           "Central time, as the header's 'CT' and the paper's home say). Per-post authors (name part of the author line). One post is a "
           "photo gallery with no text (teaser, importance 1)."),
    not_entries=["'Skip to main content', masthead, 'Subscribe', 'Sign In'", "menu lines", "'NEWS' label", "page title line",
                 "page byline 'Leaf-Chronicle staff and USA TODAY Network'", "'Updated 4:52 p.m. CT June 13'", "share labels under the title",
                 "lede paragraph 'Follow along ...'", "'Live updates' and 'Sorted oldest to newest'", "'Share' after each post",
                 "newsletter plug and 'Sign up'", "'Contributing: USA TODAY Network'", "footer lines"],
    entries=[
        dict(E("2022-06-13 06:10", "Last bridge into Sievierodonetsk destroyed, governor says",
               ["Russian shelling has knocked out the last of three bridges linking Sievierodonetsk with its twin city of Lysychansk, making it impossible to evacuate civilians or bring in supplies by road, the regional governor said.",
                "Hundreds of people are believed to be sheltering in the Azot chemical plant on the edge of the city."],
               "other", "frontline", 3, "sievierodonetsk-bridges-destroyed-2022-06-13", a="Jorge Salcedo", sec=["strikes"],
               n="Cutting off the city in the battle for it -> frontline; the shelling is secondary."), byline="Jorge Salcedo, USA TODAY"),
        dict(E("2022-06-13 08:25", "Fort Campbell brigade to head to Europe this summer",
               ["About 4,700 soldiers from the 101st Airborne Division's headquarters and one of its brigade combat teams will deploy to Europe in the coming weeks, replacing troops rushed there after Russia's invasion, the Army said.",
                "Families were told to expect a rotation of about nine months."],
               "other", "security", 2, "101st-airborne-europe-rotation-2022", a="Kerry Vance",
               n="Deployment of a non-party's troops -> other/security."), byline="Kerry Vance, Clarksville Leaf-Chronicle"),
        dict(E("2022-06-13 10:40", "Ukraine lists the heavy weapons it says it needs to match Russia",
               ["A senior adviser to President Volodymyr Zelenskyy published a wish list of 1,000 howitzers, 300 multiple rocket launchers, 500 tanks and 1,000 drones that he said Ukraine needs to end the war.",
                "Defense ministers from NATO and partner countries are due to meet in Brussels on Wednesday."],
               "aid", "aid", 2, "ukraine-heavy-weapons-wish-list-2022-06", a="Jorge Salcedo"), byline="Jorge Salcedo, USA TODAY"),
        dict(E("2022-06-13 12:30", "Photos: Ukrainian families settle into new lives in Middle Tennessee", [],
               "other", "humanitarian", 1, "ukrainian-families-middle-tennessee", a="Dana Pruitt",
               n="Photo gallery without text: teaser."), byline="Dana Pruitt, Clarksville Leaf-Chronicle"),
        dict(E("2022-06-13 14:50", "Stoltenberg calls Turkey's objections to Nordic NATO bids legitimate",
               ["NATO Secretary General Jens Stoltenberg said Turkey had raised legitimate concerns about terrorism that Finland and Sweden would have to address before Ankara drops its objection to their membership bids."],
               "diplomacy", "diplomacy", 2, "stoltenberg-turkey-nordic-bids-2022-06", a="Jorge Salcedo"), byline="Jorge Salcedo, USA TODAY"),
        dict(E("2022-06-13 16:45", "Shelling kills civilians in Lysychansk as battle for Donbas grinds on",
               ["At least three civilians were killed by Russian shelling in Lysychansk on Monday, regional police said, as Ukrainian troops held the high ground across the river from Sievierodonetsk."],
               "strikes", "strikes", 2, "lysychansk-shelling-2022-06-13", a="Jorge Salcedo",
               n="Must not merge with the bridge story (same area, different event)."), byline="Jorge Salcedo, USA TODAY"),
    ]))

SEEDS.append(dict(
    id="10506", name="10506_dnj-live", ext="html", source="Daily News Journal", zone="America/Chicago", render=r_dnj,
    title="Russia-Ukraine live updates: Gazprom squeezes Europe's gas as grain hub opens in Istanbul",
    url="https://www.dnj.com/story/news/world/2022/07/27/russia-ukraine-live-updates/",
    byline="Daily News Journal and USA TODAY Network", published="2022-07-27 05:00", updated="2022-07-27 17:48",
    lede="We are following the war in Ukraine throughout Wednesday. Check back for updates.",
    notes=("Imitates a Murfreesboro Daily News Journal (Gannett) live blog in HTML, newest first. Visible stamp '5:35 p.m. CT' ABOVE each "
           "h2 headline, author line ('NAME, Outlet') below it. LiveBlogPosting JSON-LD repeats every update with datePublished in UTC ('Z'), "
           "which agrees with the visible CDT times (UTC-5). Header: 'Published 5:00 a.m. CT July 27, 2022' / 'Updated 5:48 p.m. CT July 27, 2022'. "
           "Two gas items are separate stories (Gazprom cut vs EU demand-cut deal)."),
    not_entries=["Gannett header, menu, 'Subscribe' / 'Sign In'", "label 'NEWS'", "page byline 'Daily News Journal and USA TODAY Network'",
                 "'Published ...' and 'Updated ...' lines", "lede 'We are following the war ...'", "'Share' link in every post",
                 "newsletter box 'Stay on top of Rutherford County news ...'", "footer"],
    entries=[
        dict(E("2022-07-27 17:35", "Gazprom cuts Nord Stream flows to a fifth of capacity",
               ["Russia's state gas company reduced deliveries through the Nord Stream 1 pipeline to Germany to about 20% of its capacity on Wednesday, citing turbine maintenance that Berlin says is a pretext.",
                "Gas prices in Europe jumped to their highest level in months."],
               "diplomacy", "diplomacy", 2, "gazprom-nord-stream-cut-2022-07-27", a="Celina Ortega",
               n="Energy pressure in the sanctions standoff -> diplomacy."), byline="Celina Ortega, USA TODAY"),
        dict(E("2022-07-27 15:10", "Grain export coordination center opens in Istanbul",
               ["Officials from Russia, Ukraine, Turkey and the United Nations opened a joint center in Istanbul on Wednesday that will track ships carrying Ukrainian grain through the Black Sea.",
                "The first departures from Odesa could come within days, Turkish officials said."],
               "diplomacy", "diplomacy", 2, "istanbul-grain-coordination-centre-2022-07-27", a="Celina Ortega"), byline="Celina Ortega, USA TODAY"),
        dict(E("2022-07-27 12:55", "Ukraine says Russia is shifting troops toward Kherson",
               ["Ukrainian military officials said Russia was moving units from the east toward the southern Kherson region, where Ukrainian forces have been pushing to retake territory.",
                "British defense intelligence reported a similar buildup."],
               "other", "frontline", 2, "russian-troops-shift-to-kherson-2022-07", a="Celina Ortega"), byline="Celina Ortega, USA TODAY"),
        dict(E("2022-07-27 10:20", "Missiles hit Mykolaiv and Odesa region overnight",
               ["Russian missiles struck the southern city of Mykolaiv and villages in the Odesa region overnight, damaging a school and port buildings and wounding at least five people, local officials said."],
               "strikes", "strikes", 3, "mykolaiv-odesa-overnight-strikes-2022-07-27", a="Celina Ortega"), byline="Celina Ortega, USA TODAY"),
        dict(E("2022-07-27 08:05", "Murfreesboro group sends two ambulances to Ukraine",
               ["A Murfreesboro charity loaded two retired ambulances onto a cargo ship bound for Poland this week, where volunteers will drive them to hospitals in western Ukraine, its founder said."],
               "other", "humanitarian", 2, "murfreesboro-ambulances-for-ukraine", a="Brett Fulmer",
               n="Local private donation -> other/humanitarian."), byline="Brett Fulmer, Murfreesboro Daily News Journal"),
        dict(E("2022-07-27 06:20", "EU countries agree to cut gas use by 15% this winter",
               ["European Union energy ministers agreed on Tuesday to reduce their gas consumption by 15% until spring, a plan meant to soften the blow if Russia shuts off supplies entirely.",
                "Several southern countries won exemptions."],
               "diplomacy", "diplomacy", 2, "eu-gas-demand-cut-deal-2022-07", a="Celina Ortega",
               n="Must not merge with the Gazprom cut (same theme, different event)."), byline="Celina Ortega, USA TODAY"),
    ]))

SEEDS.append(dict(
    id="10507", name="10507_johnsoncitypress-glance", ext="txt", source="Johnson City Press", zone="America/New_York", render=r_jcp,
    title="Russia-Ukraine war at a glance: Kremlin's proxies say occupied regions voted to join Russia",
    byline="By The Associated Press", meta="Sep 28, 2022 5:42 PM",
    weather="Sunny and pleasant. High 73F. Winds light and variable.",
    lede="A look at the main developments in Russia's war on Ukraine on Wednesday:",
    popular=["Science Hill names new head football coach", "Washington County approves school budget", "Fall festival returns to downtown"],
    notes=("Imitates a Johnson City Press (BLOX) page carrying an AP-style 'at a glance' round-up, copied as text. One byline "
           "'By The Associated Press' and one meta line 'Sep 28, 2022 5:42 PM' (no zone: Johnson City is on Eastern time, EDT = UTC-4). "
           "Six ALL-CAPS subheads; each is one entry with stamp null and published = the meta time (21:42 UTC)."),
    not_entries=["BLOX account chrome lines", "masthead 'Johnson City Press', 'Subscribe', 'e-Edition'", "menu lines",
                 "weather widget lines", "section label 'Nation/World'", "page title line", "byline 'By The Associated Press'",
                 "meta line 'Sep 28, 2022 5:42 PM'", "share tools", "lede 'A look at the main developments ...'", "AP copyright line",
                 "'Tags' block", "'Trending Now' and three local headlines", "footer and BLOX credit"],
    entries=[
        E("2022-09-28 17:42", "ANNEXATION VOTES",
          ["Moscow-installed authorities in four occupied regions of Ukraine said residents had voted overwhelmingly to join Russia in five days of balloting that Kyiv and Western governments dismissed as a sham held at gunpoint.",
           "The heads of the occupation administrations in Luhansk and Kherson formally asked President Vladimir Putin to take their regions into Russia."],
          "other", "frontline", 3, "occupied-regions-annexation-votes-2022-09", a="The Associated Press",
          n="Territorial claim -> other/frontline."),
        E("2022-09-28 17:42", "PIPELINE LEAKS",
          ["Sweden's coast guard reported a fourth leak on the damaged Nord Stream gas pipelines under the Baltic Sea, as European officials said the ruptures looked deliberate.",
           "The Kremlin called suggestions that Russia was behind them predictable and absurd."],
          "other", "security", 3, "nord-stream-pipeline-leaks-2022-09", a="The Associated Press", n="Suspected sabotage -> other/security."),
        E("2022-09-28 17:42", "FIGHTING IN THE EAST",
          ["Ukrainian troops pushed closer to the rail hub of Lyman in the Donetsk region, threatening to cut off the Russian units holding it, according to Ukrainian officials and Western analysts."],
          "other", "frontline", 2, "lyman-encirclement-2022-09", a="The Associated Press"),
        E("2022-09-28 17:42", "DRONES OVER ODESA",
          ["Iranian-made drones struck the Odesa region again, hitting an administrative building, the Ukrainian military said, after similar attacks earlier in the week."],
          "strikes", "strikes", 2, "odesa-drone-strikes-2022-09-28", a="The Associated Press"),
        E("2022-09-28 17:42", "FLIGHT FROM THE DRAFT",
          ["Long lines of cars kept building at Russia's land borders with Georgia and Kazakhstan as men of fighting age tried to leave the country after Putin's partial mobilization order."],
          "other", "politics", 2, "russians-flee-mobilization-2022-09", a="The Associated Press"),
        E("2022-09-28 17:42", "NEW US AID",
          ["The Pentagon announced a $1.1 billion package that will pay for 18 more HIMARS launchers and their ammunition, though the systems will take years to build and deliver."],
          "aid", "aid", 3, "us-1-1bn-aid-package-2022-09-28", a="The Associated Press"),
    ]))

SEEDS.append(dict(
    id="10508", name="10508_timesnews-rss", ext="xml", source="Kingsport Times-News", zone="America/New_York", render=r_kingsport,
    title="timesnews.net - RSS Results",
    notes=("Imitates the Kingsport Times-News (timesnews.net, BLOX) RSS 2.0 feed of all articles. Newest first; pubDate with -0400 (EDT). "
           "Each item has a plain <description> teaser (= first paragraph) and the full text in content:encoded; body_paragraphs counts the "
           "content:encoded paragraphs. dc:creator is the byline (AP names in capitals, local staff in normal case); author = the name. "
           "The feed mixes local news with the war: two local items are off-beat. 'PHOTOS: ...' is a gallery with no text (teaser). "
           "The last item (10:10 p.m. EDT Aug 7) is Aug 8 in UTC."),
    not_entries=["channel title/link/description/generator/ttl", "atom:link self reference",
                 "each item's <description>, which repeats the first paragraph of its content:encoded (not a separate entry)"],
    entries=[
        dict(E("2022-08-08 19:20", "Pentagon announces $1 billion in weapons for Ukraine, its largest from stockpiles",
               ["The Defense Department on Monday unveiled a package worth about $1 billion drawn from American stocks, including more rockets for HIMARS launchers, tens of thousands of artillery rounds and munitions for NASAMS air defense systems.",
                "Separately, the Agency for International Development said it would send $4.5 billion in budget support to Kyiv's government."],
               "aid", "aid", 3, "us-1bn-weapons-package-2022-08-08", a="VERA LINDQVIST"), byline="By VERA LINDQVIST Associated Press", path="news/nation"),
        dict(OFF("2022-08-08 17:05", "Sullivan County schools open the year with new bus routes",
                 ["Students in Sullivan County went back to class on Monday with several redrawn bus routes, and district officials asked parents to be patient through the first week."],
                 "sullivan-county-schools-bus-routes", a="Jada Moreland", n="local schools."), byline="By Jada Moreland", path="news/education"),
        dict(E("2022-08-08 14:40", "UN chief calls any attack on nuclear plants 'suicidal'",
               ["UN Secretary-General Antonio Guterres said attacks on Ukraine's Zaporizhzhia nuclear power station were suicidal and called for inspectors from the International Atomic Energy Agency to be let in.",
                "Russia and Ukraine blamed each other for shelling near the plant over the weekend."],
               "diplomacy", "diplomacy", 2, "guterres-zaporizhzhia-warning-2022-08-08", a="KARINA FELDT", sec=["strikes"]),
             byline="By KARINA FELDT Associated Press", path="news/nation"),
        dict(E("2022-08-08 11:30", "PHOTOS: Grain ships head out of Odesa", [],
               "diplomacy", "diplomacy", 1, "grain-ships-leave-ukrainian-ports-2022-08", n="Photo gallery without text: teaser."),
             byline=None, path="multimedia/photo_galleries"),
        dict(E("2022-08-08 09:15", "Four more ships carrying grain leave Ukrainian ports",
               ["Four more vessels loaded with corn and sunflower meal left Ukrainian Black Sea ports under the deal brokered by Turkey and the United Nations, bringing the number of departures to 10 since the corridor opened."],
               "diplomacy", "diplomacy", 2, "grain-ships-leave-ukrainian-ports-2022-08", a="KARINA FELDT",
               n="Grain-deal implementation -> diplomacy."), byline="By KARINA FELDT Associated Press", path="news/nation"),
        dict(OFF("2022-08-08 06:45", "Bristol Motor Speedway readies for Night Race crowds",
                 ["Officials at Bristol Motor Speedway expect ticket sales for next month's Night Race to top last year's, with new seating and food options added over the summer."],
                 "bristol-night-race-preparations", a="Hank Ellison", n="local motorsport."), byline="By Hank Ellison", path="sports"),
        dict(E("2022-08-07 22:10", "Amnesty expresses regret over anger caused by report on Ukraine's army",
               ["Amnesty International said it deeply regretted the distress and anger caused by its report accusing Ukrainian forces of endangering civilians by basing troops in residential areas, though it stood by its findings."],
               "other", "humanitarian", 2, "amnesty-report-ukraine-army-row", a="KARINA FELDT"),
             byline="By KARINA FELDT Associated Press", path="news/nation"),
    ]))

SEEDS.append(dict(
    id="10509", name="10509_clevelandbanner-timeline", ext="html", source="Cleveland Daily Banner", zone="America/New_York", render=r_banner,
    title="Timeline: A day of talks, shelling and sanctions in Russia's war on Ukraine",
    url="https://www.clevelandbanner.com/news/timeline-a-day-of-talks-shelling-and-sanctions/",
    author="Allen Mercer", published="2022-02-28 17:45",
    lede="The Banner has pulled together the main events of the past day in the war in Ukraine from wire reports, in the order they happened.",
    notes=("Imitates a Cleveland Daily Banner (BLOX) timeline article in HTML with NewsArticle JSON-LD. Oldest first. AP-style day headers "
           "WITHOUT year ('Sunday, Feb. 27', 'Monday, Feb. 28'); the year is in the article date 'Feb 28, 2022' and the JSON-LD. "
           "Each item: '7:40 p.m.' in <strong>, then an h3 headline, then text. No zone printed anywhere: Cleveland, TN is on Eastern time "
           "(EST, UTC-5). The Sunday-evening items (after 7 p.m. EST) are already Feb 28 in UTC, so all items share UTC 2022-02-28. "
           "One byline for the whole page. The Sunday announcement of the Belarus-border talks and the Monday talks are one story."),
    not_entries=["site header, menu, 'Subscribe' / 'Log In'", "byline 'By Allen Mercer Banner Staff Writer'", "article date 'Feb 28, 2022'",
                 "share tools", "intro paragraph 'The Banner has pulled together ...'", "day headers 'Sunday, Feb. 27' and 'Monday, Feb. 28'",
                 "'Compiled from wire reports.'", "'Related' box with a local headline", "footer and BLOX credit"],
    entries=[
        E("2022-02-27 19:40", "Zelenskyy agrees to send delegation to Belarus border",
          ["Ukraine's president said his delegation would meet Russian officials on the Belarusian border near the Pripyat River, after Belarus' leader promised that aircraft and missiles on his territory would stay on the ground during the talks."],
          "diplomacy", "diplomacy", 3, "belarus-border-talks-2022-02-28", a="Allen Mercer"),
        E("2022-02-27 22:15", "EU will pay for weapons for Ukraine, a first for the bloc",
          ["The European Union's foreign policy chief said the 27-nation bloc would spend 450 million euros on arms and another 50 million on other supplies for Ukraine's forces, breaking a long-standing taboo."],
          "aid", "aid", 3, "eu-funds-weapons-for-ukraine-2022-02-27", a="Allen Mercer"),
        E("2022-02-28 02:30", "Rocket fire hits Kharkiv neighborhoods",
          ["Russian rockets slammed into residential districts of Kharkiv, Ukraine's second-largest city, killing at least nine civilians and wounding dozens, according to local officials.",
           "Videos checked by journalists showed blasts rippling across apartment blocks in what experts said looked like cluster munitions."],
          "strikes", "strikes", 3, "kharkiv-rocket-fire-2022-02-28", a="Allen Mercer"),
        E("2022-02-28 05:45", "Russia's central bank more than doubles key interest rate",
          ["The Bank of Russia raised its main interest rate to 20% from 9.5% and ordered exporters to sell most of their foreign currency earnings, as Western sanctions sent the ruble to a record low."],
          "diplomacy", "diplomacy", 2, "russia-central-bank-rate-hike-2022-02-28", a="Allen Mercer",
          n="Effect of and response to sanctions -> diplomacy (sanctions); see README conventions."),
        E("2022-02-28 09:10", "Delegations sit down near Belarus-Ukraine border",
          ["Ukrainian and Russian delegations began talks at a venue in Belarus' Gomel region, with Kyiv demanding an immediate ceasefire and the withdrawal of Russian troops."],
          "diplomacy", "diplomacy", 3, "belarus-border-talks-2022-02-28", a="Allen Mercer"),
        E("2022-02-28 13:20", "Zelenskyy signs application for EU membership",
          ["President Volodymyr Zelenskyy signed Ukraine's formal request to join the European Union and asked the bloc to admit it at once under a special procedure."],
          "diplomacy", "diplomacy", 3, "ukraine-eu-membership-application-2022-02-28", a="Allen Mercer"),
        E("2022-02-28 16:05", "Switzerland breaks with tradition, adopts EU sanctions on Russia",
          ["Switzerland said it would match the European Union's sanctions on Russia, including an asset freeze on President Vladimir Putin and top officials, in a rare break from its tradition of neutrality."],
          "diplomacy", "diplomacy", 2, "switzerland-adopts-eu-sanctions-2022-02-28", a="Allen Mercer",
          n="Must not merge with the central-bank item (same sanctions theme)."),
    ]))


# ============================================================================ PART B, day 1: 2022-05-28 (UTC)
# Main story (3 seeds): sievierodonetsk-aid-point-strike-2022-05-28, toll 3 -> 4 -> 5 -> 7; spelled Sievierodonetsk /
# Syevyerodonetsk / Severodonetsk. Also multi-seed: macron-scholz-putin-call-2022-05-28 (3 seeds), lyman-capture-claim-2022-05-28 (2).
A = "sievierodonetsk-aid-point-strike-2022-05-28"
B = "macron-scholz-putin-call-2022-05-28"
C = "lyman-capture-claim-2022-05-28"

SEEDS.append(dict(
    id="10520", name="10520_haddlesey-textlive", ext="txt", source="Haddlesey Times", zone="Europe/London", render=r_haddlesey,
    title="Russia-Ukraine war live: aid point hit in Sievierodonetsk as Macron and Scholz call Putin",
    dateline="Saturday 28 May 2022", byline="Rowan Pettifer",
    notes=("Invented outlet. Text live blog, newest first. Each post: a British-style stamp line ('6.10pm', no zone: UK time, BST = UTC+1), "
           "headline, paragraphs, 'Share'. A 'Key Points' block under the byline lists the headlines of 10520-02 and 10520-05 (key_point true). "
           "One page byline for all posts. 10520-04 is a video teaser with no text. 10520-03 is an analysis (theme piece)."),
    not_entries=["masthead, menu, 'Sign in   Subscribe'", "page title line", "date line 'Saturday 28 May 2022'", "byline 'By Rowan Pettifer'",
                 "'Key Points' heading and its two bullets (they point at posts 02 and 05)", "'Show latest updates'", "'Share' after every post",
                 "'Advertisement'", "'Show earlier updates'", "footer"],
    entries=[
        E("2022-05-28 18:10", "Sievierodonetsk toll rises to five, governor says",
          ["The number of people killed when Russian shells hit a humanitarian aid point in Sievierodonetsk this morning has risen to five, the governor of the Luhansk region said.",
           "He said 11 others were wounded, two of them children, and that rescuers were still clearing the site."],
          "strikes", "strikes", 3, A, a="Rowan Pettifer"),
        E("2022-05-28 15:45", "Macron and Scholz press Putin in 80-minute call",
          ["France's Emmanuel Macron and Germany's Olaf Scholz spoke to Vladimir Putin for 80 minutes on Saturday and urged him to agree to an immediate ceasefire and pull his troops back, according to the French presidency.",
           "The Kremlin said Putin told the two leaders Russia was ready to look for ways to let grain leave Ukraine's ports if Western sanctions were lifted."],
          "diplomacy", "diplomacy", 3, B, a="Rowan Pettifer", kp=True),
        E("2022-05-28 13:20", "Analysis: Why the Donbas battle has become an artillery duel",
          ["Three months into the war, the fight for the Donbas looks less like the lightning advance Moscow planned and more like the grinding gun battles of an earlier century.",
           "Russia's advantage in guns and shells lets it flatten a town before its infantry moves in, while Ukraine waits for longer-range Western howitzers that could push Russian batteries back.",
           "Whoever runs short of ammunition first may decide how much of the region changes hands this summer."],
          "other", "frontline", 2, "analysis-donbas-artillery-duel", a="Rowan Pettifer", n="theme piece (analysis), its own story."),
        E("2022-05-28 11:50", "Watch: Rescuers search the shelled aid point in Sievierodonetsk", [],
          "strikes", "strikes", 1, A, a="Rowan Pettifer", n="Video teaser without text."),
        E("2022-05-28 11:05", "Strike on aid point in Sievierodonetsk kills three",
          ["Russian shelling hit a spot where residents of Sievierodonetsk queue for bread and water, killing three people, the head of the regional administration said on Saturday morning.",
           "The city has been without mains water and power for weeks, and volunteers have been handing out supplies from the spot."],
          "strikes", "strikes", 3, A, a="Rowan Pettifer", kp=True),
        E("2022-05-28 09:30", "Overnight shelling damages homes in northern Kharkiv",
          ["Rockets fired overnight damaged several private houses and a school in Kharkiv's northern Saltivka district, the mayor said, adding that one man was injured."],
          "strikes", "strikes", 2, "kharkiv-saltivka-shelling-2022-05-28", a="Rowan Pettifer",
          n="Must not merge with the Sievierodonetsk strike (both shelling, different cities)."),
        E("2022-05-28 07:15", "Russia says its forces have taken Lyman",
          ["Russia's defence ministry said its troops and allied separatist units had taken full control of Lyman, a railway junction north of Sloviansk, after several days of fighting.",
           "Ukraine's military did not confirm the claim but said Russian forces were attacking in the area."],
          "other", "frontline", 3, C, a="Rowan Pettifer"),
    ]))

SEEDS.append(dict(
    id="10521", name="10521_kestwick-ldlive", ext="html", source="Kestwick Live", zone="Europe/Kyiv", render=r_kestwick,
    title="Live: Fighting reaches Syevyerodonetsk as European leaders phone Putin",
    url="https://kestwick.example/live/2022-05-28", dateline="Saturday, 28 May 2022", tznote="All times are Kyiv time (EEST).",
    notes=("Invented outlet. HTML live blog, OLDEST first, with LiveBlogPosting JSON-LD whose updates carry their own datePublished "
           "(+03:00). Visible stamp: <time datetime> with text 'HH:MM' above each h2; 'By NAME' below. Spelling 'Syevyerodonetsk'. "
           "10521-06 repeats 10521-03 nearly word for word (one word changed) later in the day: duplicate_of 10521-03, importance 1."),
    not_entries=["header and menu", "page title", "date line 'Saturday, 28 May 2022'", "'All times are Kyiv time (EEST).'",
                 "'Share this update' in every post", "'Read our coverage from Friday'", "footer"],
    entries=[
        E("2022-05-28 08:20", "Russian troops push into Syevyerodonetsk outskirts, governor says",
          ["Russian units have entered the north-eastern and south-eastern edges of Syevyerodonetsk and are fighting Ukrainian troops for the roads leading into the centre, the regional governor said.",
           "He said about 90% of the city's buildings had been damaged."],
          "other", "frontline", 2, "sievierodonetsk-street-fighting-2022-05-28", a="Oksana Lytvyn",
          n="Must not merge with the aid-point strike (same city, different event)."),
        E("2022-05-28 15:10", "Aid distribution point hit in Syevyerodonetsk; four dead",
          ["The toll from Saturday's shelling of a humanitarian aid distribution point in Syevyerodonetsk has risen to four, local officials told Kestwick Live.",
           "Among the wounded are a volunteer driver and a teenage girl who were unloading food parcels when the shells landed."],
          "strikes", "strikes", 3, A, a="Oksana Lytvyn"),
        E("2022-05-28 17:25", "Macron and Scholz urge Putin to hold direct talks with Zelensky",
          ["The French and German leaders asked Vladimir Putin in a joint phone call to meet Volodymyr Zelensky face to face and to free the roughly 2,500 defenders of the Azovstal steelworks held as prisoners.",
           "Putin, according to the Kremlin, accused the West of fuelling the war with weapons deliveries."],
          "diplomacy", "diplomacy", 3, B, a="Daniel Marsh"),
        E("2022-05-28 19:40", "Turkey offers naval escort for grain ships",
          ["Turkey is prepared to help escort cargo ships carrying Ukrainian grain out of Odesa if Russia and Ukraine agree to a safe corridor, a senior Turkish official said.",
           "Ankara has proposed hosting talks with the United Nations on the plan in Istanbul."],
          "diplomacy", "diplomacy", 2, "turkey-grain-escort-offer-2022-05", a="Daniel Marsh",
          n="Must not merge with the Macron-Scholz call (both about grain exports, different initiatives)."),
        E("2022-05-28 21:55", "Zelensky: situation in Donbas is 'extremely difficult'",
          ["In his nightly video address, President Volodymyr Zelensky said the situation in the Donbas was extremely difficult but that Ukraine would defend every town and win back what Russia had taken."],
          "other", "frontline", 2, "zelensky-donbas-address-2022-05-28"),
        E("2022-05-28 23:30", "Macron and Scholz urge Putin to hold direct talks with Zelensky",
          ["The French and German leaders asked Vladimir Putin in a joint phone call to meet Volodymyr Zelensky face to face and to free the roughly 2,500 defenders of the Azovstal steelworks held as prisoners.",
           "Putin, according to the Kremlin, accused the West of fuelling the conflict with weapons deliveries."],
          "diplomacy", "diplomacy", 1, B, a="Daniel Marsh", dup="10521-03", n="Near-verbatim repeat of 10521-03 ('war' -> 'conflict')."),
    ]))

SEEDS.append(dict(
    id="10522", name="10522_cotterwick-worldrss", ext="xml", source="Cotterwick World Wire", zone="America/New_York", render=r_worldrss,
    title="Cotterwick World Wire - Top world stories", url="https://cotterwick.example",
    lede="The day's main international news from the Cotterwick World Wire desk.",
    notes=("Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate with -0400 (US Eastern, EDT); no authors. "
           "The war is a minority: 4 of 6 items are off-beat. The last item (9:15 p.m. EDT on May 27) is May 28 in UTC."),
    not_entries=["channel title/link/description/language", "<category> values"],
    entries=[
        dict(OFF("2022-05-28 17:50", "Champions League final delayed as fans crush at stadium gates",
                 ["The Champions League final between Liverpool and Real Madrid in Paris kicked off more than half an hour late after thousands of ticket holders were stuck outside the Stade de France, and police fired tear gas at some fans."],
                 "champions-league-final-paris-delay", n="football."), cat="Sport"),
        dict(E("2022-05-28 12:40", "Putin tells Macron and Scholz he is open to talks on grain exports",
               ["Russian President Vladimir Putin told the leaders of France and Germany on Saturday that Moscow was willing to discuss ways to ship Ukrainian grain, while warning them against sending more weapons to Kyiv, the Kremlin said."],
               "diplomacy", "diplomacy", 3, B), cat="Europe"),
        dict(E("2022-05-28 10:05", "Russia test-fires hypersonic Zircon missile in Barents Sea",
               ["Russia's navy launched a Zircon hypersonic cruise missile from a frigate in the Barents Sea and hit a target about 1,000 kilometres away, the defence ministry said."],
               "other", "security", 2, "zircon-test-launch-2022-05-28", n="Weapons test -> other/security."), cat="Europe"),
        dict(OFF("2022-05-28 08:20", "Texas officials concede police waited too long at Uvalde school",
                 ["Texas officials said on Friday that the commander at the scene of the Uvalde school shooting made the wrong decision when he kept officers in a hallway for more than an hour instead of confronting the gunman."],
                 "uvalde-police-response-2022-05", n="US school shooting."), cat="Americas"),
        dict(OFF("2022-05-28 06:30", "Colombians prepare to vote in a race led by a leftist",
                 ["Colombia holds the first round of its presidential election on Sunday, with former guerrilla Gustavo Petro ahead in the polls against a field of centrist and right-wing candidates."],
                 "colombia-election-preview-2022", n="Colombian election."), cat="Americas"),
        dict(OFF("2022-05-27 21:15", "Monkeypox cases climb in Europe as WHO urges caution",
                 ["The World Health Organization said more than 200 monkeypox infections had been confirmed in countries where the virus is not usually found, most of them in Europe, and urged people with symptoms to isolate."],
                 "monkeypox-outbreak-europe-2022-05", n="health."), cat="Health"),
    ]))

SEEDS.append(dict(
    id="10523", name="10523_lanternquay-article", ext="txt", source="Lantern Quay Herald", zone="Asia/Tokyo", render=r_article,
    masthead="LANTERN QUAY HERALD", nav="Japan | Asia | World | Business | Opinion", byline="Mina Okabe",
    title="Russia tightens grip on Donbas as Severodonetsk aid-point toll climbs to seven",
    dateline="Sunday, May 29, 2022, 6:45 a.m. JST",
    lede="Moscow claimed a strategic rail town and pounded Ukraine's last foothold in Luhansk on Saturday, while Tokyo widened the help it sends Kyiv.",
    related="Japan's sanctions on Russia, explained", footer="\u00a9 Lantern Quay Herald. All rights reserved.",
    notes=("Invented outlet. Text article from Tokyo with three section headings; one entry per section, stamp null, published = the "
           "dateline 'Sunday, May 29, 2022, 6:45 a.m. JST' = 21:45 UTC on May 28 (local date is the next day). Page byline as author. "
           "Spelling 'Severodonetsk'."),
    not_entries=["masthead and menu", "page title", "byline 'By Mina Okabe'", "dateline", "standfirst 'Moscow claimed ...'",
                 "'Share this article'", "'Related: ...' link", "copyright footer"],
    entries=[
        E("2022-05-29 06:45", "Lyman falls, Moscow says",
          ["Russia claimed on Saturday that it had captured Lyman, a town whose rail yards link the northern and southern halves of the Donbas front, and Ukrainian officials acknowledged their troops were under heavy pressure there.",
           "Analysts said its loss would open a road toward Sloviansk, one of the last big cities in Donetsk province still under Kyiv's control."],
          "other", "frontline", 3, C, a="Mina Okabe"),
        E("2022-05-29 06:45", "Deadly hit on aid queue",
          ["The number of people killed by the shelling of an aid distribution point in Severodonetsk on Saturday rose to seven overnight, according to Ukrainian officials, who said Russian artillery struck as residents waited for drinking water.",
           "The city's mayor said about 1,500 civilians had been killed there since the start of the invasion."],
          "strikes", "strikes", 3, A, a="Mina Okabe"),
        E("2022-05-29 06:45", "Tokyo adds drones to its aid",
          ["Japan's defence ministry said it would send small commercial drones and protective suits against chemical weapons to Ukraine, on top of the bulletproof vests and helmets it supplied earlier.",
           "Japan's rules bar it from exporting lethal weapons."],
          "aid", "aid", 2, "japan-drones-protective-suits-aid-2022-05", a="Mina Okabe"),
    ]))

# ============================================================================ PART B, day 2: 2022-05-29 (UTC), the day after day 1
# Main story (4 seeds): kharkiv-shelling-after-zelensky-visit-2022-05-29, toll 1 -> 2 -> 3; Kharkiv / Kharkov.
# Also multi-seed: zelensky-kharkiv-front-visit-2022-05-29 (3), eu-oil-embargo-talks-2022-05-29 (2) and the day-1 story A continued (2).
K = "zelensky-kharkiv-front-visit-2022-05-29"
L_ = "kharkiv-shelling-after-zelensky-visit-2022-05-29"
S_ = "eu-oil-embargo-talks-2022-05-29"

SEEDS.append(dict(
    id="10530", name="10530_brambledown-htmllive", ext="html", source="Brambledown Post", zone="Europe/Berlin", render=r_brambledown,
    title="Ukraine live: Zelensky visits Kharkiv region as Russian guns keep firing", dateline="Sunday 29 May 2022",
    lede="Ukraine's president left the capital region for the first time since the invasion, while EU envoys argued over an oil ban.",
    notes=("Invented outlet (English edition of a Berlin site). HTML live blog without JSON-LD, newest first: '19:30 CEST' in a span above "
           "each h2, author paragraph below it. 10530-02 continues day 1's aid-point strike with a new development (UN condemnation, toll 9) "
           "and keeps the day-1 story slug. 10530-05 is a photo teaser with no text. 10530-01 is an explainer (theme piece)."),
    not_entries=["cookie consent line", "header, 'English edition', menu", "page title", "date line 'Sunday 29 May 2022'",
                 "summary paragraph under the title", "'Read more' box with a related link", "footer"],
    entries=[
        E("2022-05-29 19:30", "Explainer: How much grain is stuck in Ukraine, and why it matters",
          ["Roughly 20 million tonnes of wheat, corn and barley from last year's harvest are sitting in Ukrainian silos because Russia's navy controls the sea lanes out of Odesa and the ports are mined.",
           "Rail routes through Poland and Romania can carry only a fraction of what ships moved before the war, and the wagons run on a different gauge.",
           "With the new harvest due in July, storage space is running out, and importers in North Africa and the Middle East already pay more for bread."],
          "other", "humanitarian", 2, "explainer-ukraine-grain-stuck-2022-05", a="Felix Brandauer", sec=["diplomacy"],
          n="theme piece (explainer), its own story; must not merge with the Turkish escort offer."),
        E("2022-05-29 16:45", "UN aid chief condemns Sievierodonetsk strike as toll reaches nine",
          ["The United Nations' humanitarian coordinator for Ukraine said she was appalled by Saturday's shelling of an aid point in Sievierodonetsk, after local officials said two more of the wounded had died, bringing the toll to nine.",
           "She said civilians queuing for food and water must never be a target."],
          "strikes", "strikes", 3, A, a="Lena Hartwig", n="Continuation of day-1 story with a new development (UN reaction, toll 9)."),
        E("2022-05-29 14:20", "Shelling hits Kharkiv hours after Zelensky's visit; one dead",
          ["Russian artillery struck a residential area in north-eastern Kharkiv on Sunday afternoon, killing one person, the regional governor said.",
           "The shelling came only hours after President Volodymyr Zelensky had toured the region."],
          "strikes", "strikes", 3, L_, a="Lena Hartwig"),
        E("2022-05-29 11:30", "EU envoys fail to agree on Russian oil ban ahead of summit",
          ["Ambassadors of the 27 EU countries ended a Sunday meeting in Brussels without agreeing on an embargo on Russian oil, leaving the issue to leaders who gather on Monday.",
           "Hungary is still demanding guarantees for its supplies, which arrive by pipeline."],
          "diplomacy", "diplomacy", 3, S_, a="Felix Brandauer"),
        E("2022-05-29 10:40", "Photos: Zelensky among the ruins of Kharkiv", [],
          "other", "politics", 1, K, n="Photo teaser without text."),
        E("2022-05-29 10:10", "Zelensky makes first trip to the front, visiting Kharkiv region",
          ["President Volodymyr Zelensky travelled to the Kharkiv region on Sunday, his first known visit outside the Kyiv area since the invasion began, meeting soldiers and inspecting destroyed buildings.",
           "His office released video of him handing out awards to troops near the front."],
          "other", "politics", 3, K, a="Lena Hartwig", n="Domestic visit to troops -> other/politics (see README)."),
    ]))

SEEDS.append(dict(
    id="10531", name="10531_copperhythe-atom", ext="xml", source="Copperhythe Review", zone="Europe/Kyiv", render=r_atom, content="html",
    title="Copperhythe Review - Ukraine", url="https://copperhythe.example", lede="News from Ukraine, updated through the day.",
    notes=("Invented outlet. Atom 1.0 feed, newest first, <published> with +03:00 (Kyiv), escaped-HTML content, per-entry authors. "
           "10531-05 re-posts day 1's 10521-04 word for word (same headline and text; syndicated from Kestwick Live): importance 1, "
           "duplicate_of null (defined within a seed). 10531-01 continues day 1's aid-point strike (toll 9, keeps the day-1 slug)."),
    not_entries=["feed title, subtitle, links, id, updated"],
    entries=[
        E("2022-05-29 20:10", "Sievierodonetsk aid point strike: ninth victim dies in hospital",
          ["A woman wounded when Russian shells hit the aid distribution point in Sievierodonetsk on Saturday has died in hospital in Lysychansk, the ninth death from the attack, according to the regional military administration."],
          "strikes", "strikes", 3, A, a="Taras Hnatyuk", n="Continuation of the day-1 story: new death."),
        E("2022-05-29 17:35", "Kharkiv shelling kills two after president's visit",
          ["Two people were killed and four wounded when Russian shells hit the Saltivka and Pyatykhatky districts of Kharkiv on Sunday, officials said, hours after President Zelenskyy left the city."],
          "strikes", "strikes", 3, L_, a="Taras Hnatyuk",
          n="Must not merge with day 1's overnight Saltivka shelling (same district, different day and event) nor with the visit."),
        E("2022-05-29 13:50", "Russian forces fight their way toward central Sievierodonetsk",
          ["Russian assault groups advanced street by street toward the centre of Sievierodonetsk on Sunday, the Ukrainian military said, while defenders held the industrial zone in the south of the city."],
          "other", "frontline", 2, "sievierodonetsk-centre-fighting-2022-05-29", a="Taras Hnatyuk",
          n="Must not merge with the aid-point strike (same city, different event)."),
        E("2022-05-29 11:20", "Zelenskyy tours Kharkiv front line, dismisses regional security chief",
          ["Volodymyr Zelenskyy visited positions in the Kharkiv region on Sunday and, while there, announced he was firing the head of the regional branch of the SBU security service for failing to defend the city from the first days of the war."],
          "other", "politics", 3, K, a="Iryna Vasko"),
        E("2022-05-29 09:05", "Turkey offers naval escort for grain ships",
          ["Turkey is prepared to help escort cargo ships carrying Ukrainian grain out of Odesa if Russia and Ukraine agree to a safe corridor, a senior Turkish official said.",
           "Ankara has proposed hosting talks with the United Nations on the plan in Istanbul."],
          "diplomacy", "diplomacy", 1, "turkey-grain-escort-offer-2022-05", a="Daniel Marsh",
          n="Re-post of day-1 entry 10521-04 (Kestwick Live, 28 May 19:40 Kyiv time), word for word: importance 1."),
    ]))

SEEDS.append(dict(
    id="10532", name="10532_prairiefork-textlive", ext="txt", source="Prairie Fork Tribune", zone="America/Chicago", render=r_prairie,
    title="Ukraine war updates: Memorial Day weekend, May 28-29, 2022",
    note="Updates run oldest to newest. All times Central.",
    notes=("Invented outlet (US Midwest). Text live blog, OLDEST first, with day separator lines without year ('Saturday, May 28', "
           "'Sunday, May 29'); stamp line '7:40 p.m. CT' before each headline, 'By NAME' under it. The Saturday-evening posts (after 7 p.m. CDT) "
           "are already May 29 in UTC, so the whole page is on UTC 2022-05-29. Spelling 'Kharkov'. 10532-04 repeats 10532-03 nearly "
           "verbatim ('second city' -> 'second-largest city'): duplicate_of 10532-03."),
    not_entries=["masthead and menu", "page title", "'Updates run oldest to newest. All times Central.'",
                 "day separators 'Saturday, May 28' and 'Sunday, May 29'", "closing newsroom appeal", "footer"],
    entries=[
        E("2022-05-28 19:40", "Ukraine says it beat back attacks near Bakhmut",
          ["Ukraine's general staff said its troops repelled Russian assaults on several villages around Bakhmut, a city on the main road into the Luhansk region, and destroyed three tanks."],
          "other", "frontline", 2, "bakhmut-assaults-repelled-2022-05-28", a="Megan Tull"),
        E("2022-05-28 23:15", "Pentagon weighs sending long-range rocket launchers",
          ["The Biden administration is leaning toward sending Ukraine advanced multiple-launch rocket systems that can hit targets dozens of miles away, two American officials said, though no final decision has been made."],
          "aid", "aid", 2, "us-mlrs-deliberations-2022-05", a="Megan Tull"),
        E("2022-05-29 07:50", "Rocket attack on Kharkov residential area kills one",
          ["One person was killed when Russian rockets hit an apartment district of Kharkov, Ukraine's second city, on Sunday, a regional official said, in an attack that came shortly after President Zelenskyy's visit to the area."],
          "strikes", "strikes", 3, L_, a="Megan Tull"),
        E("2022-05-29 08:25", "Rocket attack on Kharkov residential area kills one",
          ["One person was killed when Russian rockets hit an apartment district of Kharkov, Ukraine's second-largest city, on Sunday, a regional official said, in an attack that came shortly after President Zelenskyy's visit to the area."],
          "strikes", "strikes", 1, L_, a="Megan Tull", dup="10532-03", n="Near-verbatim repeat of 10532-03."),
        E("2022-05-29 11:40", "EU still split on Russian oil ban as summit nears",
          ["European Union diplomats ended talks on Sunday without a deal on banning imports of Russian oil, with Hungary holding out for an exemption for crude delivered by pipeline."],
          "diplomacy", "diplomacy", 3, S_, a="Megan Tull"),
        E("2022-05-29 15:30", "Prairie Fork parish raises $18,000 for Ukrainian families",
          ["Members of St. Volodymyr Ukrainian Catholic Church in Prairie Fork raised about $18,000 at a Memorial Day weekend bake sale and pierogi dinner, money that will go to families driven from their homes in eastern Ukraine, the parish priest said."],
          "other", "humanitarian", 2, "prairie-fork-parish-fundraiser-2022-05", a="Dale Ritter", n="Local private fundraiser -> other/humanitarian."),
    ]))

SEEDS.append(dict(
    id="10533", name="10533_mandaracoast-worldrss", ext="xml", source="Mandara Coast Times", zone="Asia/Kolkata", render=r_worldrss,
    title="Mandara Coast Times | World", url="https://mandaracoast.example", lede="Latest world news from the Mandara Coast Times.",
    notes=("Invented outlet (India). General world-news RSS 2.0 feed, newest first, pubDate with +0530 (IST); no authors. 4 of 6 items are "
           "off-beat. The newest item (00:15 IST on May 30) is still May 29 in UTC."),
    not_entries=["channel title/link/description/language", "<category> values"],
    entries=[
        dict(OFF("2022-05-30 00:15", "Gujarat Titans lift IPL trophy in debut season",
                 ["Gujarat Titans beat Rajasthan Royals by seven wickets in the Indian Premier League final in Ahmedabad on Sunday night, winning the title in their first season."],
                 "ipl-2022-final", n="cricket."), cat="Sport"),
        dict(E("2022-05-29 23:10", "Three killed as shells hit Kharkiv after Zelensky's frontline visit",
               ["Russian shelling of Kharkiv on Sunday killed three people and wounded several others, Ukrainian officials said, hours after President Volodymyr Zelensky visited troops in the region."],
               "strikes", "strikes", 3, L_), cat="World"),
        dict(OFF("2022-05-29 20:30", "Punjabi singer Sidhu Moose Wala shot dead in Mansa",
                 ["Popular Punjabi singer and politician Sidhu Moose Wala was shot dead by unidentified attackers in Punjab's Mansa district on Sunday, a day after the state government scaled down his security cover, police said."],
                 "sidhu-moose-wala-killing", n="Indian crime/politics."), cat="India"),
        dict(OFF("2022-05-29 16:00", "Colombians vote in first round of presidential election",
                 ["Voters in Colombia went to the polls on Sunday to choose a successor to President Ivan Duque, with leftist Gustavo Petro and businessman Rodolfo Hernandez among the front-runners."],
                 "colombia-election-first-round-2022", n="Colombian election."), cat="World"),
        dict(E("2022-05-29 14:20", "Zelensky visits troops in Kharkiv region, his first trip to the front",
               ["Ukrainian President Volodymyr Zelensky visited front-line positions in the Kharkiv region on Sunday, his office said, in his first publicly known trip outside the capital region since Russia invaded in February."],
               "other", "politics", 3, K), cat="World"),
        dict(OFF("2022-05-29 12:40", "Plane with 22 on board goes missing in Nepal's mountains",
                 ["A small passenger plane with 22 people on board, four of them Indians, lost contact with air traffic control shortly after taking off from Pokhara on Sunday morning, officials said."],
                 "nepal-plane-missing-2022-05", n="air accident."), cat="South Asia"),
    ]))

# ============================================================================ PART B, day 3: 2022-08-22 (UTC), a separate day
# Main story (4 seeds): enerhodar-shelling-2022-08-22, toll 1 -> 1 dead + 3 injured -> 2 -> 3; Enerhodar / Energodar.
# Also multi-seed: fsb-dugina-car-bomb-accusation-2022-08-22 (2), kyiv-bans-gatherings-independence-day-2022 (2).
U = "enerhodar-shelling-2022-08-22"
V = "fsb-dugina-car-bomb-accusation-2022-08-22"
W = "kyiv-bans-gatherings-independence-day-2022"

SEEDS.append(dict(
    id="10540", name="10540_marburycross-worldatom", ext="xml", source="Marbury Cross World Desk", zone="UTC", render=r_atom, content="xhtml",
    title="Marbury Cross World Desk", url="https://marburycross.example", lede="International headlines, around the clock.",
    notes=("Invented outlet. General world-news Atom feed, newest first, <published> in UTC ('Z'), inline XHTML content, per-entry "
           "authors. 4 of 6 entries are off-beat. Spellings 'Energodar' and 'Daria'."),
    not_entries=["feed title, subtitle, links, id, updated"],
    entries=[
        OFF("2022-08-22 18:50", "Felixstowe dockers strike over pay, ships diverted",
            ["Dockers at Felixstowe, Britain's busiest container port, were on the second day of an eight-day strike over pay on Monday, and shipping lines were sending vessels to other ports in Europe."],
            "felixstowe-port-strike-2022-08", a="Sam Oduya", n="UK labour dispute."),
        OFF("2022-08-22 15:30", "Sichuan extends factory power cuts as heatwave drags on",
            ["Authorities in China's Sichuan province extended electricity rationing for factories until at least Thursday as a record heatwave and drought drained the reservoirs that feed its hydropower plants."],
            "sichuan-power-rationing-2022-08", a="Sam Oduya", n="China heatwave."),
        E("2022-08-22 13:05", "Two killed as shells hit Energodar, town next to nuclear plant",
          ["Shelling of Energodar, the town where staff of the Zaporizhzhia nuclear power plant live, killed two people on Monday, according to the Russian-installed local administration, which blamed Ukrainian forces.",
           "Ukraine said Russian troops were firing on the area themselves to discredit Kyiv."],
          "strikes", "strikes", 3, U, a="Ana Whitlock"),
        E("2022-08-22 10:20", "Russia's FSB blames Ukrainian agent for car bomb that killed Daria Dugina",
          ["Russia's FSB security service said on Monday that a Ukrainian woman had planted the bomb that killed Daria Dugina, the daughter of nationalist ideologue Alexander Dugin, and had then fled to Estonia.",
           "Kyiv denied any involvement in the attack."],
          "other", "security", 3, V, a="Ana Whitlock"),
        OFF("2022-08-22 08:40", "Pakistan police file terrorism charge against Imran Khan",
            ["Police in Islamabad have charged former prime minister Imran Khan under anti-terrorism law over a speech in which he was accused of threatening police officers and a judge, his party said."],
            "imran-khan-terrorism-charge-2022-08", a="Sam Oduya", n="Pakistani politics."),
        OFF("2022-08-22 06:15", "Pakistan flood deaths pass 800 as monsoon rains continue",
            ["More than 800 people have died in floods and landslides across Pakistan since mid-June, the national disaster agency said, with the southern province of Sindh worst hit."],
            "pakistan-monsoon-floods-2022", a="Sam Oduya", n="natural disaster."),
    ]))

SEEDS.append(dict(
    id="10541", name="10541_kalynove-textlive", ext="txt", source="Kalynove Bulletin", zone="Europe/Kyiv", render=r_kalynove,
    title="Live: Ukraine on alert before Independence Day", dateline="Monday, 22 August", note="Updated through the day. Kyiv time.",
    parse_args=["--date", "2022-08-22"],
    notes=("Invented outlet. Text live blog, OLDEST first, NO YEAR anywhere (date line 'Monday, 22 August'): parse_args --date 2022-08-22. "
           "Bare 'HH:MM' stamp line above each headline (Kyiv time, EEST = UTC+3), '\u2014 NAME' signature after the text. 10541-05 repeats "
           "10541-01 nearly verbatim ('a heightened risk' -> 'an increased risk'): duplicate_of 10541-01."),
    not_entries=["masthead and menu", "page title", "date line 'Monday, 22 August'", "'Updated through the day. Kyiv time.'",
                 "supporter appeal", "closing line and footer"],
    entries=[
        E("2022-08-22 07:20", "Kyiv bans mass gatherings ahead of Independence Day",
          ["Kyiv's military administration has banned rallies, concerts and other public events in the capital from Monday until Thursday, citing a heightened risk of Russian missile attacks around Ukraine's Independence Day on 24 August.",
           "Residents were urged to take air-raid alerts seriously and head to shelters."],
          "other", "security", 3, W, a="Iryna Bondar"),
        E("2022-08-22 09:40", "Enerhodar shelled again; one dead, says occupation official",
          ["One person was killed in an overnight and morning barrage on Enerhodar, the satellite town of the Zaporizhzhia nuclear power plant, according to a Russian-appointed official.",
           "Ukraine's nuclear operator said Russian forces were using the plant's grounds to fire at towns across the Dnipro river."],
          "strikes", "strikes", 3, U, a="Iryna Bondar"),
        E("2022-08-22 12:15", "Kharkiv sets curfew for Independence Day",
          ["Kharkiv's regional governor announced a curfew from 7pm on 23 August until 7am on 25 August, saying the risk of a Russian attack on the city was too high to let people gather outdoors during the holiday."],
          "other", "security", 2, "kharkiv-independence-day-curfew-2022", a="Maksym Shevel",
          n="Must not merge with the Kyiv ban (same holiday-security theme, different city and measure)."),
        E("2022-08-22 14:50", "Drone shot down over Sevastopol, Russian-installed governor says",
          ["Air defences shot down a drone over Sevastopol on Monday, the Russian-installed governor said, days after another drone struck the headquarters of Russia's Black Sea Fleet in the city."],
          "strikes", "strikes", 2, "sevastopol-drone-downed-2022-08-22", a="Maksym Shevel",
          n="Must not merge with the Enerhodar shelling (both strikes, different places)."),
        E("2022-08-22 17:30", "Kyiv bans mass gatherings ahead of Independence Day",
          ["Kyiv's military administration has banned rallies, concerts and other public events in the capital from Monday until Thursday, citing an increased risk of Russian missile attacks around Ukraine's Independence Day on 24 August.",
           "Residents were urged to take air-raid alerts seriously and head to shelters."],
          "other", "security", 1, W, a="Iryna Bondar", dup="10541-01", n="Near-verbatim repeat of 10541-01."),
        E("2022-08-22 20:05", "Britain to send more drones and loitering munitions",
          ["Britain said it would supply Ukraine with another batch of surveillance drones and loitering munitions, paid for from a fund set up with Norway and other partners."],
          "aid", "aid", 2, "uk-drones-loitering-munitions-2022-08", a="Maksym Shevel"),
    ]))

SEEDS.append(dict(
    id="10542", name="10542_pogorze-htmllive", ext="html", source="Pog\u00f3rze Courier", zone="Europe/Warsaw", render=r_pogorze,
    title="Ukraine live: FSB names suspect in Dugina killing; Enerhodar shelled", url="https://pogorze.example/en/live/22-08-2022",
    dateline="22.08.2022", lede="Our English-language live coverage of the war next door.",
    notes=("Invented outlet (English edition of a Polish site with Polish chrome: cookie line, menu, 'Udost\u0119pnij', 'Czytaj tak\u017ce'). "
           "HTML live blog, newest first; date line '22.08.2022'; bare '19:55' in <span class='godz'> above each h2 (Polish time, CEST = UTC+2); "
           "author after the text. JSON-LD @graph with a LiveBlogPosting (@type given as an array) whose updates carry +02:00 times. "
           "10542-03 is a photo teaser with no text; 10542-05 is an explainer (theme piece). Spelling 'Darya'."),
    not_entries=["Polish cookie line and buttons", "header, 'English edition', Polish menu", "page title", "date line '22.08.2022'",
                 "lead paragraph", "'Udost\u0119pnij' in every post", "'Czytaj tak\u017ce:' related link", "footer"],
    entries=[
        E("2022-08-22 19:55", "Poland says Krab howitzer deliveries to Ukraine continue",
          ["Poland's defence ministry said a further batch of Krab self-propelled howitzers had been handed over to Ukraine under a contract signed in the spring, without giving numbers."],
          "aid", "aid", 2, "poland-krab-howitzer-deliveries-2022-08", a="Marek Zielonka"),
        E("2022-08-22 17:40", "Explainer: Why a nuclear plant needs outside power even when its reactors are idle",
          ["Even with its reactors shut down, the Zaporizhzhia plant has to keep pumping water through the cores and the pools where spent fuel is stored, because the fuel goes on giving off heat for months.",
           "The pumps normally run on electricity from the grid, with diesel generators as a backup that can cover only a limited number of days.",
           "If both failed, engineers say the fuel could overheat within hours, which is why damage to the plant's power lines worries experts more than shells landing near the thick reactor domes."],
          "other", "security", 2, "explainer-zaporizhzhia-outside-power", a="Agata Wrona",
          n="theme piece (explainer), its own story."),
        E("2022-08-22 15:20", "Grossi: IAEA team could reach Zaporizhzhia plant within days",
          ["Rafael Grossi, the head of the International Atomic Energy Agency, said talks on sending inspectors to the Zaporizhzhia nuclear plant were at an advanced stage and that a mission could set off within days if both sides gave guarantees."],
          "diplomacy", "diplomacy", 2, "iaea-zaporizhzhia-mission-talks-2022-08", a="Agata Wrona",
          n="Must not merge with the Enerhodar shelling (same place, different event)."),
        E("2022-08-22 13:45", "Photos: Burned-out Russian armour lines Kyiv's main street", [],
          "other", "politics", 1, "kyiv-captured-armour-display-2022-08", n="Photo teaser without text."),
        E("2022-08-22 11:30", "Enerhodar: one dead, three injured after new shelling",
          ["Shelling in Enerhodar killed one person and injured three on Monday morning, the town's Russian-installed administration said, blaming Ukrainian forces, while Ukraine's military said Russia was staging the attacks."],
          "strikes", "strikes", 3, U, a="Marek Zielonka"),
        E("2022-08-22 09:10", "FSB says Ukrainian woman planted car bomb that killed Darya Dugina",
          ["Russia's Federal Security Service said a Ukrainian citizen who had rented a flat in Darya Dugina's apartment block carried out the killing and then left for Estonia with her teenage daughter.",
           "An adviser to Ukraine's president repeated that Kyiv had nothing to do with the attack."],
          "other", "security", 3, V, a="Marek Zielonka"),
    ]))

SEEDS.append(dict(
    id="10543", name="10543_ironbarkflats-article", ext="txt", source="Ironbark Flats Gazette", zone="Australia/Sydney", render=r_article,
    masthead="IRONBARK FLATS GAZETTE", nav="Local | National | World | Sport | Opinion | Classifieds", byline="Callum Dwyer",
    title="Ukraine braces for Independence Day attacks as shelling hits nuclear plant town",
    dateline="Tuesday 23 August 2022 6.30am AEST",
    lede="Kyiv has locked down public celebrations and a town beside Europe's biggest nuclear plant has come under fire again.",
    related="Six months of war in Ukraine: a timeline", footer="\u00a9 2022 Ironbark Flats Gazette",
    notes=("Invented outlet (Australia). Text article with three section headings; one entry per section, stamp null, published = the "
           "dateline 'Tuesday 23 August 2022 6.30am AEST' = 20:30 UTC on Aug 22 (the local date is the next day). Page byline as author."),
    not_entries=["masthead and menu", "page title", "byline 'By Callum Dwyer'", "dateline", "standfirst 'Kyiv has locked down ...'",
                 "'Share this article'", "'Related: ...' link", "copyright footer"],
    entries=[
        E("2022-08-23 06:30", "Capital on alert",
          ["Authorities in Kyiv have banned large public gatherings for the rest of the week, warning that Russia may time missile strikes to coincide with Independence Day on Wednesday, which also marks six months since the invasion."],
          "other", "security", 3, W, a="Callum Dwyer"),
        E("2022-08-23 06:30", "Nuclear town under fire",
          ["A third person has died after shelling in Enerhodar, the town beside the Zaporizhzhia nuclear power station, according to officials installed by Moscow, who blamed Ukraine.",
           "Kyiv says Russian troops are shelling the area themselves and using the plant as a shield."],
          "strikes", "strikes", 3, U, a="Callum Dwyer"),
        E("2022-08-23 06:30", "New sanctions from Canberra",
          ["Foreign Minister Penny Wong said Australia would add more Russian officials and propagandists to its sanctions list, taking the number of people targeted since February past 800."],
          "diplomacy", "diplomacy", 2, "australia-new-russia-sanctions-2022-08", a="Callum Dwyer"),
    ]))


# ============================================================================ emit
BASIS = {
    "r_messenger": "AP stamp '{s}' in a page dated 'Mar 1, 2022'; lede says all times EST (UTC-5); {d} local, inferred from newest-first order (after '2:20 a.m.' the stamps jump back to the evening of Feb 28)",
    "r_bgdn": "relative stamp '{s}' resolved by its <time datetime> attribute ({iso}); Central daylight time",
    "r_paducah": "pubDate '{s}' (explicit -0600 offset)",
    "r_newera": "full stamp '{s}' (date and 12 h time, no zone printed); Hopkinsville is on Central time, CDT = UTC-5",
    "r_jacksun": "section without its own time; the page's 'Published {ap} CT {apd}' line (CDT = UTC-5) used for every section; JSON-LD datePublished agrees",
    "r_leaf": "bare stamp '{s}' after the headline; the page names 'June 13' without a year (parse_args --date 2022-06-13); Central time (header says CT), CDT = UTC-5",
    "r_dnj": "stamp '{s}' on the page dated 'July 27, 2022'; CDT = UTC-5; the JSON-LD update datePublished (UTC) agrees",
    "r_jcp": "section without its own time; the page meta line 'Sep 28, 2022 5:42 PM' (Eastern time implied by Johnson City, EDT = UTC-4) used for every section",
    "r_kingsport": "pubDate '{s}' (explicit -0400 offset)",
    "r_banner": "stamp '{s}' under the day header for {d} (no year in the header; year from the article date 'Feb 28, 2022'); no zone printed, Eastern time implied by Cleveland, TN (EST = UTC-5)",
    "r_haddlesey": "stamp '{s}' on the page dated 'Saturday 28 May 2022'; UK time implied, BST = UTC+1",
    "r_kestwick": "stamp '{s}' with <time datetime> (+03:00) on {d}; JSON-LD update datePublished agrees",
    "r_worldrss": "pubDate '{s}' (explicit offset)",
    "r_article": "section without its own time; the article dateline ({dl}) used for every section",
    "r_brambledown": "stamp '{s}' on the page dated 'Sunday 29 May 2022'; CEST = UTC+2",
    "r_atom": "<published> '{s}' (explicit offset)",
    "r_prairie": "stamp '{s}' under the day separator for {d} (no year; title names 2022); CDT = UTC-5",
    "r_kalynove": "bare stamp '{s}' under the date line 'Monday, 22 August' (no year: parse_args --date 2022-08-22); Kyiv time, EEST = UTC+3",
    "r_pogorze": "bare stamp '{s}' on the page dated '22.08.2022'; Polish time, CEST = UTC+2; JSON-LD update datePublished agrees",
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
            fs = first_sentence(e["p"][0]) if e["p"] else None
            assert fs is None or not fs.endswith(ABBREV_END), (S["id"], fs)
            basis = BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), iso=d.isoformat(), ap=ap_time(d), apd=ap_date(d),
                                        dl=S.get("dateline", ""))
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": basis, "author": e["a"], "first_sentence": fs,
                         "body_paragraphs": len(e["p"]), "topic": e["top"], "subtopic": e["sub"],
                         "secondary_topics": e["sec"], "importance": e["imp"], "key_point": e["kp"],
                         "duplicate_of": e["dup"], "story": e["st"], "notes": e["n"]})
        gold = {"seed": fn, "source": S["source"], "page_title": S["title"], "page_timezone": S["zone"]}
        if S.get("parse_args"):
            gold["parse_args"] = S["parse_args"]
        gold.update({"notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]})
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        total += len(ents)
        print(f"{fn:45s} {len(ents)}")
    print("total entries", total)


if __name__ == "__main__":
    main()

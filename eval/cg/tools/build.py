#!/usr/bin/env python3
"""Builds eval/cg seeds and gold files from one hand-written data table (below).
All news text is written by the blind tester (invented or paraphrased); Part B outlets are invented.
Deterministic. Run from the project root: python3 eval/cg/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None, **kw):
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par)
    return par[:m.end()] if m else par


def esc(s):
    return html.escape(s, quote=False)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space="", dots=False, upper=False, pad=False):
    hh = d.hour % 12 or 12
    suf = ("a.m." if d.hour < 12 else "p.m.") if dots else ("am" if d.hour < 12 else "pm")
    if upper:
        suf = suf.upper()
    h = f"{hh:02d}" if pad else str(hh)
    return f"{h}{sep}{d.minute:02d}{space}{suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def ldjson(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + "</script>"


# ============================================================ Part A renderers (layouts of real outlets; wording is mine)

def r_qct(S):  # Quad-City Times (BLOX/TownNews) article carrying wire "live updates": headline-less items, bold "6:35 p.m." time lines, "___" rules, newest first
    z = S["zone"]; ents = S["entries"]
    ts = [dt(e["t"], z) for e in ents]; first, last = min(ts), max(ts)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": S["url"]}, "headline": S["title"],
          "description": S["lede"], "datePublished": S["published"], "dateModified": last.isoformat(), "articleSection": "National",
          "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "Quad-City Times", "logo": {"@type": "ImageObject", "url": "https://bloximages.chicago2.vip.townnews.com/qctimes.com/content/tncms/custom/image/qct-logo.png"}}}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | National | qctimes.com</title>',
           '<meta property="og:site_name" content="Quad-City Times">', ldjson(ld), '</head><body class="asset-page">',
           '<div id="site-top-nav-container"><a href="/users/signup/">Subscribe for $1</a> <a href="/users/login/">Log In</a></div>',
           '<header id="site-header"><a class="site-logo" href="/">Quad-City Times</a><nav><ul><li><a href="/news/">News</a></li><li><a href="/sports/">Sports</a></li>'
           '<li><a href="/obituaries/">Obituaries</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/business/">Business</a></li><li><a href="/entertainment/">Entertainment</a></li>'
           '<li><a href="/eedition/">e-Edition</a></li></ul></nav><div class="weather">Davenport, IA <span>41&deg;</span></div></header>',
           '<div id="main-page-container"><article class="asset"><header class="asset-header">',
           '<div class="asset-label"><a href="/news/national/">National</a></div>',
           f'<h1 class="headline"><span class="tnt-asset-title">{esc(S["title"])}</span></h1>',
           '<ul class="list-inline asset-byline"><li><span class="tnt-byline">The Associated Press</span></li>',
           f'<li><time class="tnt-date asset-date text-muted" datetime="{S["published"]}">{S["dateline"]}</time></li>',
           f'<li>Updated <time class="tnt-date asset-date text-muted" datetime="{last.isoformat()}">{S["upd_rel"]}</time></li></ul>',
           '<div class="share-container"><a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a> <a>SMS</a> <a>Email</a> <a>Print</a> <a>Copy article link</a> <a>Save</a></div></header>',
           '<div id="article-body" class="asset-content subscriber-premium" itemprop="articleBody">',
           f'<p>{esc(S["lede"])}</p>', '<p><strong>THE LATEST:</strong></p><ul>']
    out += [f"<li>{esc(b)}</li>" for b in S["latest"]]
    out.append("</ul>")
    stamps = []
    for i, e in enumerate(ents):
        d = ts[i]; st = ampm(d, space=" ", dots=True); stamps.append(st)
        out += ["<p>___</p>", f"<p><strong>{st}</strong></p>"] + [f"<p>{esc(p)}</p>" for p in e["p"]]
        if i == 2:
            out.append('<div class="tnt-ads-container"><span class="advertisement-label">Advertisement</span></div>')
    out += ["<p>___</p>", "<p>Follow the AP's coverage of the war at https://apnews.com/hub/russia-ukraine</p>",
            "<p>Copyright 2022 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.</p>",
            "</div>", '<div class="tnt-newsletter-signup"><h4>Breaking News</h4><p>Get the latest local news delivered to your inbox as it happens.</p><input type="email" placeholder="Email Address"> <button>Sign up!</button></div>',
            '<section class="related-content"><h3>Related to this story</h3><ul><li><a href="/r1">Ukraine weapons: What the US has sent so far</a></li><li><a href="/r2">Scott County sheriff asks for help finding missing man</a></li></ul></section>',
            '<div class="comments"><a>Be the first to comment</a></div></article></div>',
            '<footer><p>&copy; Copyright 2022 Quad-City Times, 500 E. Third St. Davenport, IA | <a>Terms of Use</a> | <a>Privacy Policy</a></p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_scj(S):  # Sioux City Journal (BLOX) topic page, select-all text: kicker, headline, stamp "Apr 11, 2022 11:30 am", summary, byline; newest first
    z = S["zone"]
    L = ["Skip to main content", "Sioux City Journal", "Subscribe for $1", "Log In", "", "Sioux City, IA (51101)", "Today",
         "Cloudy with showers late. High 54F. Winds NW at 10 to 20 mph.", "",
         "News  Sports  Obituaries  Opinion  Business  Entertainment  Siouxland Life  e-Edition  Contests  Classifieds", "",
         S["title"], "", "Sort by: Newest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MON3[d.month - 1]} {d.day}, {d.year} {ampm(d, space=' ')}"; stamps.append(st)
        L += [e.get("kicker", "World"), e["h"], st] + e["p"] + [f"By {e['a']} {e['org']}", ""]
        if i == 2:
            L += ["Get local news delivered to your inbox!", "Subscribe to our Daily Headlines newsletter.", "Sign up!", ""]
    L += ["Load more", "", "Most Popular", "Sioux City council approves Hamilton Boulevard repaving", "", "Contact Us  Terms of Use  Privacy Policy  Accessibility",
          "\u00a9 Copyright 2022 Sioux City Journal, 515 Pavonia St. Sioux City, IA | Terms of Use | Privacy Policy", "Powered by BLOX Content Management System from TownNews.com."]
    return "\n".join(L) + "\n", stamps


def r_lct(S):  # La Crosse Tribune BLOX RSS: pubDate with -0500, dc:creator "NAME Associated Press", one-paragraph plain description, enclosure; newest first
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">',
           "<channel>", f"<title>{esc(S['title'])}</title>", "<link>https://lacrossetribune.com/search/?f=rss&amp;t=article&amp;c=news/world&amp;l=50&amp;s=start_time&amp;sd=desc</link>",
           '<atom:link href="https://lacrossetribune.com/search/?f=rss&amp;t=article&amp;c=news/world&amp;l=50&amp;s=start_time&amp;sd=desc" rel="self" type="application/rss+xml" />',
           f"<description>{esc(S['title'])}</description>", f"<pubDate>{S['build']}</pubDate>", "<generator>TownNews.com Content Management System</generator>", "<ttl>30</ttl>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        uid = f"5c{i}e8a1d-{9120 + i:04d}-5b7e-a4f1-0c2d9e{i:02d}f7a3"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<description><![CDATA[{e['p'][0]}]]></description>",
                f"<link>https://lacrossetribune.com/news/world/article_{uid}.html</link>", f'<guid isPermaLink="false">{uid}</guid>',
                f"<pubDate>{st}</pubDate>", f"<dc:creator>{e['a']} {e['org']}</dc:creator>",
                f'<enclosure url="https://bloximages.chicago2.vip.townnews.com/lacrossetribune.com/content/tncms/assets/v3/editorial/{uid[:2]}/{uid}.jpg" length="{120000 + i * 731}" type="image/jpeg" />',
                f"<category>{e.get('cat', 'news/world')}</category>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_pb(S):  # Post Bulletin (Forum Communications) article with section headings; one byline; "April 21, 2022 05:48 PM"; JSON-LD NewsArticle in UTC
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    stamp = f"{MONTHS[d0.month - 1]} {d0.day:02d}, {d0.year} {ampm(d0, space=' ', upper=True, pad=True)}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["lede"],
          "datePublished": d0.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "dateModified": d0.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "author": [{"@type": "Person", "name": S["byline"]}], "publisher": {"@type": "Organization", "name": "Post Bulletin"}, "isAccessibleForFree": False}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Post Bulletin | Rochester, Minnesota</title>', ldjson(ld), "</head><body>",
           '<header class="site-header"><a class="logo" href="/">Post Bulletin</a><nav><a href="/news">News</a> <a href="/sports">Sports</a> <a href="/opinion">Opinion</a> '
           '<a href="/obituaries">Obituaries</a> <a href="/lifestyle">Lifestyle</a> <a href="/business">Business</a> <a href="/medcity-beat">Med City Beat</a></nav>'
           '<a class="btn" href="/subscribe">Subscribe</a> <a class="btn" href="/login">Sign In</a></header>',
           '<main><div class="breadcrumb"><a href="/news">News</a> | <a href="/news/world">World</a></div>', f'<h1 class="headline">{esc(S["title"])}</h1>',
           f'<h2 class="sub-headline">{esc(S["lede"])}</h2>', '<div class="share-bar"><button>Share</button></div>',
           f'<div class="byline">By <a href="/people/staff">{esc(S["byline"])}</a></div>', f'<div class="timestamp">{stamp}</div>',
           '<div class="article-body">', f"<p>{esc(S['intro'])}</p>"]
    for i, e in enumerate(S["entries"]):
        out.append(f"<h3>{esc(e['h'])}</h3>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if i == 1:
            out.append('<div class="newsletter-signup"><p>Get the Morning Rundown from the Post Bulletin in your inbox every weekday.</p><input type="email"><button>Sign up</button></div>')
    out += ["</div>", '<section class="read-next"><h2>What To Read Next</h2><a href="/n1">Rochester school board weighs later start times</a>'
            '<a href="/n2">Mayo Clinic to expand Kasson campus</a><a href="/n3">Minnesota lawmakers at odds over surplus</a></section></main>',
            '<footer>\u00a9 2022 Forum Communications Company \u00b7 Terms of Service \u00b7 Privacy Policy \u00b7 Contact Us</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_snl(S):  # Springfield News-Leader (Gannett/USA TODAY network) live blog: h2 headline, THEN "3:40 p.m. CT" line, body, "— Name" credit; newest first; LiveBlogPosting JSON-LD (UTC)
    z = S["zone"]; ents = S["entries"]
    p0 = dt(S["pub_t"], z); u0 = dt(S["upd_t"], z)
    ups = []
    for e in ents:
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "headline": e["h"], "datePublished": d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ld = {"@context": "http://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
          "datePublished": p0.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "dateModified": u0.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
          "coverageStartTime": p0.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "publisher": {"@type": "Organization", "name": "Springfield News-Leader"}, "liveBlogUpdate": ups}
    pub = f"Published {ampm(p0, space=' ', dots=True)} CT {MONTHS[p0.month - 1]} {p0.day}, {p0.year}"
    upd = f"Updated {ampm(u0, space=' ', dots=True)} CT {MONTHS[u0.month - 1]} {u0.day}, {u0.year}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>', ldjson(ld), "</head><body>",
           '<header class="gnt_n"><a class="gnt_n_logo" href="/">News-Leader</a><nav class="gnt_n_mn"><a>Local News</a> <a>Sports</a> <a>Things to Do</a> <a>Opinion</a> '
           '<a>Obituaries</a> <a>eNewspaper</a> <a>Legals</a></nav><a class="gnt_n_sub">Subscribe</a> <a class="gnt_n_si">Sign In</a></header>',
           '<main class="gnt_cw"><article class="gnt_pr"><div class="gnt_ar_lbl">WORLD</div>', f'<h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
           f'<div class="gnt_ar_by">{esc(S["byline"])}</div>', f'<div class="gnt_ar_dt" aria-label="{pub} {upd}">{pub} | {upd}</div>',
           '<div class="gnt_ss"><a>Facebook</a> <a>Twitter</a> <a>Email</a></div>', '<div class="gnt_ar_b">', f'<p class="gnt_ar_b_p">{esc(S["intro"])}</p>',
           '<h3 class="gnt_ar_b_h3">Latest developments:</h3><ul class="gnt_ar_b_ul">'] + [f"<li>{esc(b)}</li>" for b in S["latest"]] + ["</ul>"]
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} CT"; stamps.append(st)
        out += [f'<h2 class="gnt_ar_b_h2">{esc(e["h"])}</h2>', f'<p class="gnt_ar_b_p gnt_lb_ts">{st}</p>'] + [f'<p class="gnt_ar_b_p">{esc(p)}</p>' for p in e["p"]]
        if e.get("gallery"):
            out.append('<figure class="gnt_em_gl"><button>View Gallery</button><figcaption>12 Photos</figcaption></figure>')
        if e["a"]:
            out.append(f'<p class="gnt_ar_b_p">\u2014 {esc(e["a"])}</p>')
        if i == 3:
            out.append('<aside class="gnt_em_ad">Advertisement</aside>')
    out += ['<p class="gnt_ar_b_p"><em>Contributing: The Associated Press</em></p></div></article></main>',
            '<footer class="gnt_f"><a>About Us</a> <a>Newsroom Staff</a> <a>Contact Us</a> <a>Terms of Service</a> <a>Privacy Policy</a> \u00a9 2022 www.news-leader.com. All rights reserved.</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_mfp(S):  # The Mankato Free Press text scrape; NO YEAR anywhere; one date header; bare "5:30 a.m." line before headline; oldest first; one page byline
    z = S["zone"]
    L = ["Skip to main content", "Skip to main navigation", "The Free Press", "Mankato, MN", "58\u00b0", "Subscribe", "Log In", "",
         "News  Sports  Obituaries  Opinion  Lifestyles  Photos & Video  e-Edition  Classifieds  Contact Us", "",
         S["title"], f"By {S['byline']}", "", "Facebook  Twitter  Email  Print  Save", "", S["intro"], "", S["dayhead"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, space=" ", dots=True); stamps.append(st)
        L += [st, e["h"]] + ptxt(e["p"])
        if i == 3:
            L += ["Get the day's top headlines from The Free Press delivered to your inbox every morning.", "Sign up", ""]
    L += ["This story will be updated.", "", "Related", "Area churches collect supplies for Ukrainian refugees", "",
          "\u00a9 The Free Press, 418 S. Second St., Mankato, MN 56001", "Terms of Use | Privacy Policy"]
    return "\n".join(L) + "\n", stamps


def r_th(S):  # Telegraph Herald (BLOX) Nation & World section, HTML cards; the ONLY visible date is "May 16, 2022": the time lives in <time datetime>; newest first
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | telegraphherald.com</title>",
           '<meta property="og:site_name" content="Telegraph Herald"></head><body class="section-page">',
           '<div class="tnt-cookie-notice">We use cookies to give you the best experience on our website. <button>Accept</button></div>',
           '<header><a class="logo" href="/">Telegraph Herald</a><span class="tagline">Dubuque, Iowa</span><nav><a>Local News</a> <a>Sports</a> <a>Obituaries</a> <a>Opinion</a> '
           '<a>Business</a> <a>Nation &amp; World</a> <a>e-Edition</a></nav><a class="sub">Subscribe</a> <a>Log In</a></header>',
           f'<main><h1 class="block-title"><span class="block-title-inner">{esc(S["title"])}</span></h1><div class="tnt-stack">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MON3[d.month - 1]} {d.day}, {d.year}"; stamps.append(st)
        uid = f"a{i}b7c9e2-{7730 + i}-11ec-9f0a-{i:02d}3c5d7e9f1b"
        out += ['<article class="tnt-asset-type-article card summary">', f'<div class="card-label-flags"><span class="label">{esc(e.get("kicker", "World"))}</span></div>',
                f'<h3 class="tnt-headline"><a href="/news/national/article_{uid}.html">{esc(e["h"])}</a></h3>',
                f'<ul class="list-inline card-byline"><li class="tnt-byline">By {esc(e["a"])} {esc(e["org"])}</li>'
                f'<li><time class="tnt-date asset-date text-muted" datetime="{d.isoformat()}">{st}</time></li></ul>']
        out += [f'<p class="tnt-summary">{esc(p)}</p>' for p in e["p"]]
        out.append("</article>")
        if i == 3:
            out.append('<div class="tnt-ads"><span>Advertisement</span></div>')
    out += ['</div><nav class="pagination"><a>Next</a></nav></main>',
            '<aside><h4>Sign up for our newsletters</h4><p>Get TH Daily in your inbox</p><input type="email"><button>Sign up</button></aside>',
            '<footer>Telegraph Herald \u00b7 801 Bluff St. Dubuque, IA 52001 \u00b7 \u00a9 Copyright 2022, Woodward Communications, Inc.</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_oc(S):  # Ottumwa Courier text live updates: newest first, AP-style day dividers "Tuesday, Sept. 13, 2022", bare "11:20 a.m." line, headline, "By NAME, Associated Press"
    z = S["zone"]
    L = ["Skip to main content", "Ottumwa Courier", "Ottumwa, IA", "Subscribe  Log In", "",
         "News  Sports  Obituaries  Opinion  Community  Photos  e-Edition  Classifieds  Jobs", "",
         "We use cookies on this site to personalize content and ads. If you keep browsing, you agree to our Privacy Policy. Close", "",
         S["title"], S["subtitle"], "", "Share on Facebook  Share on Twitter  Email  Print", ""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        head = f"{DAYS[d.weekday()]}, {AP_MON[d.month - 1]} {d.day}, {d.year}"
        if head != cur:
            cur = head; L += [head, ""]
        st = ampm(d, space=" ", dots=True); stamps.append(st)
        L += [st, e["h"], f"By {e['a']}, Associated Press", ""] + ptxt(e["p"])
        if i == 2:
            L += ["Sign up for our Daily Headlines newsletter", "Email Address  Sign up", ""]
    L += ["Copyright 2022 The Associated Press. All rights reserved.", "", "Trending Now", "Ottumwa school board reviews bus routes", "",
          "Ottumwa Courier | 213 E. Second St., Ottumwa, IA 52501 | Terms of Use | Privacy Policy"]
    return "\n".join(L) + "\n", stamps


def r_ht(S):  # Hastings Tribune BLOX RSS: pubDate with the zone NAME "CDT"; description is ESCAPED HTML with <p>; dc:creator; newest first
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           "<channel>", f"<title>{esc(S['title'])}</title>", "<link>https://www.hastingstribune.com/search/?f=rss&amp;t=article&amp;c=news/world&amp;l=25</link>",
           f"<description>{esc(S['title'])}</description>", f"<lastBuildDate>{S['build']}</lastBuildDate>", "<language>en-us</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S ") + d.tzname(); stamps.append(st)
        body = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://www.hastingstribune.com/news/world/article_{4410 + i}.html</link>",
                f"<guid>https://www.hastingstribune.com/news/world/article_{4410 + i}.html</guid>", f"<pubDate>{st}</pubDate>",
                f"<dc:creator>By {esc(e['a'])} {esc(e['org'])}</dc:creator>", f"<description>{esc(body)}</description>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_ndn(S):  # Norfolk Daily News text timeline: old-style "Posted:" line, one byline; headline-less items "6:10 a.m. — text"; oldest first
    z = S["zone"]; p0 = dt(S["posted_t"], z)
    L = ["Norfolk Daily News", "Northeast Nebraska's news source", "", "Home  News  Sports  Obituaries  Opinion  Ag  Lifestyles  e-Edition  Subscribe", "",
         S["title"], f"By {S['byline']}", f"Posted: {DAYS[p0.weekday()]}, {MONTHS[p0.month - 1]} {p0.day}, {p0.year} {ampm(p0, space=' ')}", "",
         "Tweet  Share  Email  Print", "", S["intro"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, space=" ", dots=True); stamps.append(st)
        L += [f"{st} \u2014 {e['p'][0]}", ""] + ptxt(e["p"][1:])
    L += ["Compiled from Associated Press and Reuters reports.", "", "Discuss  Print  Related", "More from the Daily News", "Madison County fair board names new manager", "",
          "Norfolk Daily News, 525 Norfolk Ave., Norfolk, NE 68701 | Contact Us | Privacy Policy"]
    return "\n".join(L) + "\n", stamps


# ============================================================ Part B renderers (invented outlets)

def r_wexmoor(S):  # text live; newest first; Key Points list; "10.10am BST" line BEFORE headline; "— Name" line after the body
    z = S["zone"]
    L = ["WEXMOOR HERALD", "News | Sport | Business | Opinion | Live", "", S["title"], S["dateline"], "", S["lede"], "", "Key Points"]
    L += ["- " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, sep='.')} BST"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"]) + [f"\u2014 {e['a']}", ""]
        if i == 3:
            L += ["Sign up to the Wexmoor Herald Morning Briefing", ""]
    L += ["Show earlier posts", "", "Wexmoor Herald \u00b7 Contact \u00b7 Complaints \u00b7 Cookie policy"]
    return "\n".join(L) + "\n", stamps


def r_tully(S):  # HTML live; newest first; h2 headline THEN "By NAME · <time datetime=+03:00>15:40</time>"; LiveBlogPosting JSON-LD with per-update times
    z = S["zone"]; ents = S["entries"]; ups = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{S['pid'] + i}", "headline": e["h"], "datePublished": d.isoformat()}
        if e["p"]:
            u["articleBody"] = "\n\n".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ts = [dt(e["t"], z) for e in ents]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "coverageStartTime": min(ts).isoformat(),
          "datePublished": min(ts).isoformat(), "dateModified": max(ts).isoformat(), "publisher": {"@type": "NewsMediaOrganization", "name": "Tullygrane Post"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} \u2013 Tullygrane Post</title>", ldjson(ld), "</head><body>",
           '<header><a class="brand" href="/">Tullygrane Post</a> <nav><a href="/">Front</a> <a href="/war">War</a> <a href="/economy">Economy</a> <a href="/culture">Culture</a> <a href="/support">Support us</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(ents):
        d = ts[i]; st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="post" id="post-{S["pid"] + i}"><h2>{esc(e["h"])}</h2>')
        out.append('<p class="meta">' + (f'By {esc(e["a"])} \u00b7 ' if e["a"] else "") + f'<time datetime="{d.isoformat()}">{st}</time></p>')
        if e.get("video"):
            out.append('<figure class="video"><div class="player" data-duration="1:48"></div><figcaption>Video</figcaption></figure>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<div class="share">Share this post</div></article>')
        if i == 2:
            out.append('<aside class="donate">Independent journalism from Ukraine needs your support. <a>Donate</a></aside>')
    out += ["<button>Load more posts</button></main>", "<footer>Tullygrane Post \u00b7 About \u00b7 Editorial standards \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rssw(S):  # RSS 2.0 (general world feed or news feed); pubDate with the outlet's offset ("GMT" or +hhmm); CDATA <p> bodies; optional dc:creator; newest first
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', "<channel>", f"<title>{esc(S['title'])}</title>",
           f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>", "<language>en-gb</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if S["rfc"] == "GMT" else d.strftime("%z")); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/{e.get('cat', 'world').lower()}/{S['sid']}{i:02d}</link>",
                f'<guid isPermaLink="false">{S["sid"]}-{i:02d}</guid>', f"<pubDate>{st}</pubDate>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out += [f"<category>{e.get('cat', 'World')}</category>", "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_atom(S):  # Atom 1.0; <published> with the outlet's offset (+03:00 or Z); escaped html content; per-entry author when known; newest first
    z = S["zone"]; ts = [dt(e["t"], z) for e in S["entries"]]
    def iso(d):
        return d.isoformat().replace("+00:00", "Z")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f"<title>{esc(S['title'])}</title>",
           f"<subtitle>{esc(S['lede'])}</subtitle>", f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/feed.atom"/>',
           f"<id>{S['url']}/feed.atom</id>", f"<updated>{iso(max(ts))}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        st = iso(ts[i]); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link rel="alternate" href="{S["url"]}/{S["sid"]}/{i + 11}"/>', f"<id>tag:{S['url'][8:]},2022:{S['sid']}-{i + 11}</id>",
                f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_article(S):  # text article: title, byline, dateline with time and zone, lede, section headings (one entry each, stamp null)
    L = [S["source"], "Europe | World | Business | Analysis", "", S["title"], "", f"By {S['byline']}", S["dateline"], "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Share: Email | Copy link", f"Read more: {S['more']}", "", f"\u00a9 {S['source']} 2022"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_ketterby(S):  # text live (US); oldest first; "6:45 a.m. ET" line BEFORE the headline; "By NAME" line after the headline
    z = S["zone"]
    L = ["Ketterby Daily", "Sections  |  World  |  Nation  |  Politics  |  Subscribe", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} ET"; stamps.append(st)
        L += [st, e["h"], f"By {e['a']}", ""] + ptxt(e["p"])
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Live coverage has ended for today.", "", "\u00a9 2022 Ketterby Daily. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_haverleigh(S):  # text live; oldest first; date line WITHOUT year; trailing stamp "Posted at 07:20 by NAME" after the body
    z = S["zone"]
    L = ["HAVERLEIGH COURIER", "Ukraine | Europe | Opinion | Newsletters", "", S["title"], S["dateline"], S["tznote"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Posted at {d:%H:%M} by {e['a']}"; stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [st, "", "Share  |  Copy link", ""]
        if i == 3:
            L += ["Become a Haverleigh Courier supporter from just \u00a33 a month", ""]
    L += ["That's all from us today. Our live coverage continues tomorrow.", "", "Haverleigh Courier \u00b7 Terms \u00b7 Privacy \u00b7 Cookies"]
    return "\n".join(L) + "\n", stamps


def r_mistlebrook(S):  # HTML live; newest first; author line BEFORE the headline; visible "9.20am" in a span (no datetime attr); JSON-LD updates in Z
    z = S["zone"]; ents = S["entries"]; ts = [dt(e["t"], z) for e in ents]
    ups = []
    for i, e in enumerate(ents):
        u = {"@type": "BlogPosting", "headline": e["h"], "datePublished": ts[i].astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
          "coverageStartTime": min(ts).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Mistlebrook Live</title>", ldjson(ld), "</head><body>",
           '<div class="consent">Mistlebrook Live uses cookies for analytics and advertising. <button>Agree</button> <button>Options</button></div>',
           '<header>Mistlebrook Live <nav><a>Home</a> <a>UK</a> <a>World</a> <a>Ukraine</a> <a>Money</a> <a>Sport</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="date">{esc(S["dateline"])}</p>', '<div class="summary"><h2>Summary</h2><ul>']
    out += [f"<li>{esc(b)}</li>" for b in S["summary"]] + ["</ul></div>"]
    stamps = []
    for i, e in enumerate(ents):
        st = ampm(ts[i], sep="."); stamps.append(st)
        out.append(f'<div class="live-post"><span class="post-time">{st}</span>' + (f'<p class="post-author">{esc(e["a"])}</p>' if e["a"] else "") + f'<h3>{esc(e["h"])}</h3>')
        if e.get("video"):
            out.append('<div class="video-player" data-src="upper-lars.mp4"><span>Play video</span></div>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
        if i == 3:
            out.append('<aside class="related"><h4>Read more</h4><a>What Russia\u2019s partial mobilisation means</a></aside>')
    out += ["</main><footer>\u00a9 Mistlebrook Live 2022 \u00b7 Privacy \u00b7 Terms</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


# ============================================================ PART A: ten real outlets' layouts (news text is mine)
SEEDS = []
CHI = "America/Chicago"

SEEDS.append(dict(id="8600", name="8600_qctimes-liveupdates", ext="html", source="Quad-City Times", zone=CHI, render=r_qct,
  title="Live updates: Zelenskyy walks through Bucha as West weighs response", byline="The Associated Press", dateline="Apr 4, 2022", upd_rel="2 hrs ago",
  published="2022-04-04T06:40:00-05:00", url="https://qctimes.com/news/national/live-updates-zelenskyy-walks-through-bucha/article_77c0.html",
  lede="The latest developments in Russia\u2019s war in Ukraine, most recent first:",
  latest=["Zelenskyy tours Bucha, where bodies of civilians lay in the streets after Russian troops withdrew", "Germany and France order Russian diplomats out",
          "Biden says Putin should stand trial for war crimes"],
  notes="Imitates a Quad-City Times (BLOX/TownNews) article page carrying a wire 'Live updates' file. One page byline ('The Associated Press'), a 'THE LATEST:' bullet summary (not entries), then items separated by '___' rules, each a bold bare time line ('6:35 p.m.') followed by paragraphs; NO per-item headline: every item opens with an all-caps dateline ('WASHINGTON \u2014'), which is kept inside first_sentence. Newest first. No zone is printed anywhere: Central time is implied by the outlet (Davenport, Iowa; CDT = UTC-5) and confirmed by the -05:00 offsets of the visible <time datetime> attributes and the NewsArticle JSON-LD. The page date is the visible 'Apr 4, 2022'.",
  not_entries=["top bar 'Subscribe for $1' / 'Log In'", "site header, menu and weather 'Davenport, IA 41\u00b0'", "section label 'National'", "h1 page title",
               "byline 'The Associated Press', date 'Apr 4, 2022' and 'Updated 2 hrs ago'", "share buttons", "intro line 'The latest developments in Russia\u2019s war in Ukraine, most recent first:'",
               "'THE LATEST:' heading and its three summary bullets (they restate items below)", "'___' separator rules", "'Advertisement' label",
               "'Follow the AP's coverage of the war at ...' line and the AP copyright line", "newsletter box 'Breaking News' / 'Sign up!'",
               "'Related to this story' links (one unrelated local)", "'Be the first to comment'", "footer copyright/address line"],
  entries=[
  E("2022-04-04 18:35", None,
    ["WASHINGTON \u2014 President Joe Biden said Monday that Vladimir Putin should be put on trial for war crimes over the killing of civilians in towns around Kyiv.",
     "Speaking to reporters outside the White House, Biden said more sanctions against Moscow were being prepared and that Washington would keep sending weapons to Ukraine."],
    "diplomacy", "diplomacy", 3, "biden-calls-for-putin-war-crimes-trial", a="The Associated Press"),
  E("2022-04-04 16:50", None,
    ["BERLIN \u2014 Germany and France each ordered dozens of Russian diplomats to leave on Monday, calling them a threat to national security as anger over the deaths near Kyiv spread across Europe.",
     "Lithuania went further, telling the Russian ambassador to go home and downgrading its relations with Moscow."],
    "diplomacy", "diplomacy", 3, "european-expulsions-of-russian-diplomats-2022-04-04", a="The Associated Press"),
  E("2022-04-04 14:20", None,
    ["MYKOLAIV, Ukraine \u2014 Russian rockets and artillery pounded the southern port city of Mykolaiv on Monday, killing at least eight people and wounding dozens, the regional governor said.",
     "Vitaliy Kim said cluster munitions had fallen on residential streets close to the city center."],
    "strikes", "strikes", 3, "mykolaiv-shelling-2022-04-04", a="The Associated Press"),
  E("2022-04-04 12:05", None,
    ["MOSCOW \u2014 The Kremlin flatly denied that Russian soldiers had killed civilians in Bucha and asked the United Nations Security Council to discuss what it called a provocation staged by Ukraine.",
     "Kremlin spokesman Dmitry Peskov said Russian officials would present their own evidence."],
    "other", "humanitarian", 2, "bucha-civilian-killings", a="The Associated Press",
    n="The Kremlin's denial is a reaction whose content is the killings themselves: same story as 8600-07."),
  E("2022-04-04 09:40", None,
    ["BUCHA, Ukraine \u2014 President Volodymyr Zelenskyy walked past burned-out cars and wrecked houses in Bucha on Monday and accused Russian forces of crimes the world must never forget.",
     "Wearing a helmet and body armor, he told reporters that each day of talks with Moscow was becoming harder to justify to Ukrainians."],
    "other", "humanitarian", 3, "zelenskyy-visits-bucha", a="The Associated Press", sec=["diplomacy"],
    n="Head-of-state visit to the site: its own event, separate from the discovery/denial story (bucha-civilian-killings)."),
  E("2022-04-04 08:15", None,
    ["LONDON \u2014 Russian units pulled back from around Kyiv will probably need weeks of rest and resupply before they can be sent to eastern Ukraine, Britain's Defense Ministry said in its daily intelligence update."],
    "other", "frontline", 2, "russian-units-refit-after-kyiv-withdrawal", a="The Associated Press"),
  E("2022-04-04 06:50", None,
    ["KYIV, Ukraine \u2014 Ukraine's prosecutor general said Monday that investigators had recovered the bodies of more than 400 civilians in towns around the capital that Russian troops left last week.",
     "Iryna Venediktova said forensic teams were still at work in Bucha, Irpin and Hostomel and expected the count to rise."],
    "other", "humanitarian", 3, "bucha-civilian-killings", a="The Associated Press"),
  ]))

SEEDS.append(dict(id="8601", name="8601_siouxcityjournal-tag", ext="txt", source="Sioux City Journal", zone=CHI, render=r_scj,
  title="Russia-Ukraine war",
  notes="Imitates a Sioux City Journal (BLOX) topic page copied as text. Newest first. Each card: kicker ('World'/'Local'), headline, then the stamp line AFTER the headline ('Apr 11, 2022 11:30 am', BLOX 'M j, Y g:i a' form, no zone), summary paragraph(s), byline line ('By NAME Associated Press' or 'By NAME Journal staff writer'); author = the name part. Central time implied by the outlet (Sioux City, Iowa; CDT = UTC-5). The cards cross local midnight (Apr 10 evening to Apr 11 morning) but all fall on UTC 2022-04-11.",
  not_entries=["'Skip to main content', masthead, 'Subscribe for $1', 'Log In'", "weather block 'Sioux City, IA (51101)' / 'Today' / forecast", "menu line",
               "topic title 'Russia-Ukraine war' and 'Sort by: Newest'", "card kickers 'World' / 'Local'", "byline lines (author only)",
               "newsletter box 'Get local news delivered to your inbox!' / 'Subscribe to our Daily Headlines newsletter.' / 'Sign up!'", "'Load more'",
               "'Most Popular' with a local headline", "footer links, copyright/address line and BLOX credit"],
  entries=[
  E("2022-04-11 11:30", "Austrian leader says Putin talks were blunt and tough",
    ["Austria's chancellor said his meeting with Vladimir Putin outside Moscow on Monday was direct and difficult, and that he came away with no sign the Russian leader was ready to end the war.",
     "Karl Nehammer was the first Western head of government to see Putin in person since the invasion began."],
    "diplomacy", "diplomacy", 3, "nehammer-putin-meeting", a="GRETA WALLNER", org="Associated Press"),
  E("2022-04-11 09:52", "EU ministers split on Russian oil as sanctions talks resume",
    ["European Union foreign ministers meeting in Luxembourg on Monday agreed to keep up the pressure on Moscow but were still divided over whether oil should be the next target."],
    "diplomacy", "diplomacy", 2, "eu-ministers-oil-sanctions-debate-2022-04-11", a="SIMON DELACROIX", org="Associated Press"),
  E("2022-04-11 07:40", "Ukraine digs in as Russian column rolls toward Donbas",
    ["Satellite pictures showed a line of Russian armored vehicles several miles long moving south through the Kharkiv region toward the Donbas, where Ukrainian troops are preparing new defensive positions."],
    "other", "frontline", 2, "russian-column-donbas-buildup", a="OLENA HRYTSAK", org="Associated Press"),
  E("2022-04-11 06:15", "Siouxland Ukrainians ship medical supplies to hometowns",
    ["A handful of Ukrainian families in Sioux City have packed more than 60 boxes of bandages, medicine and sleeping bags for towns near Kharkiv and Zaporizhzhia, and a trucking firm has offered to haul them to Poland for free.",
     "Organizers plan a second collection at a church hall next weekend."],
    "other", "humanitarian", 2, "siouxland-ukrainians-medical-supplies", a="Mara Lindqvist", org="Journal staff writer", sec=["aid"], kicker="Local",
    n="Private local collection (not government support): other/humanitarian with aid as secondary."),
  E("2022-04-10 23:05", "Russia names general with Syria record to run its war",
    ["Russia has put one commander in charge of its whole operation in Ukraine for the first time, choosing a general who directed its air war in Syria, Western officials said."],
    "other", "politics", 2, "russia-names-overall-war-commander", a="DANA KORVIN", org="Associated Press", n="Military appointment -> other/politics."),
  E("2022-04-10 21:20", "Shelling kills at least 4 in Kharkiv, governor says",
    ["Russian shelling of residential areas of Kharkiv on Sunday killed at least four people, among them a child, and wounded more than a dozen others, the region's governor said."],
    "strikes", "strikes", 3, "kharkiv-shelling-2022-04-10", a="OLENA HRYTSAK", org="Associated Press"),
  E("2022-04-10 20:10", "Pope uses Palm Sunday Mass to plead for Easter truce",
    ["Pope Francis called for the guns to fall silent over Easter, telling the crowd at his Palm Sunday Mass in the Vatican that the war should give way to real negotiations."],
    "diplomacy", "diplomacy", 2, "pope-easter-truce-appeal", a="VITTORIA SALA", org="Associated Press", n="Ceasefire appeal -> diplomacy."),
  ]))

SEEDS.append(dict(id="8602", name="8602_lacrossetribune-rss", ext="xml", source="La Crosse Tribune", zone=CHI, render=r_lct,
  title="lacrossetribune.com - RSS Results in news/world of type article", build="Sat, 16 Apr 2022 13:02:11 -0500",
  notes="Imitates the La Crosse Tribune BLOX search-results RSS feed (RSS 2.0). Newest first. pubDate carries the -0500 offset (CDT); items run from Friday evening Apr 15 to Saturday Apr 16 local, i.e. across local midnight, all on UTC 2022-04-16. dc:creator is 'NAME Associated Press' (author = name part). The description is a one-paragraph plain-text summary in CDATA (body = 1 paragraph); enclosure/category/guid are chrome. One item (Jerusalem clashes) is off-beat.",
  not_entries=["channel title/link/description/pubDate/generator/ttl", "<guid>, <category> and <enclosure> values", "agency suffix 'Associated Press' in dc:creator"],
  entries=[
  E("2022-04-16 12:45", "Russia bars Britain's prime minister from entering the country",
    ["Russia's Foreign Ministry said Saturday it was banning Boris Johnson and a dozen other British officials from entering Russia, calling London's sanctions and arms deliveries an act of open hostility."],
    "diplomacy", "diplomacy", 2, "russia-entry-ban-johnson", a="NIKOLAI VERESOV", org="Associated Press"),
  E("2022-04-16 10:30", "Blasts heard in Kyiv as Moscow vows more strikes on capital",
    ["Explosions rocked Kyiv's southeastern Darnytskyi district early Saturday, the mayor said, a day after Russia warned it would step up attacks on the capital in response to what it called Ukrainian raids on Russian soil."],
    "strikes", "strikes", 3, "kyiv-darnytskyi-strike-2022-04-16", a="TARAS MELNYK", org="Associated Press"),
  E("2022-04-16 07:55", "Russia says Mariupol cleared except for steel plant",
    ["Russia's Defense Ministry claimed Saturday that its forces had taken all of Mariupol's urban districts and that the remaining Ukrainian fighters were holed up in the Azovstal steelworks."],
    "other", "frontline", 2, "russia-claims-mariupol-cleared", a="TARAS MELNYK", org="Associated Press"),
  E("2022-04-16 05:10", "Zelenskyy puts Ukraine's military dead at up to 3,000",
    ["Ukraine's president said in a television interview that between 2,500 and 3,000 of the country's troops had been killed since the invasion began, with about 10,000 wounded."],
    "other", "frontline", 2, "zelenskyy-military-losses-estimate", a="PRIYA NATHAN", org="Associated Press"),
  E("2022-04-15 22:40", "US official: Ukrainian missiles sank the Moskva",
    ["A senior U.S. defense official said Friday that Washington now believes two Ukrainian Neptune missiles hit the Russian cruiser Moskva before it went down in the Black Sea."],
    "strikes", "strikes", 3, "moskva-sinking-neptune-missiles", a="LOGAN PRUITT", org="Associated Press"),
  E("2022-04-15 20:15", "First flights carrying new $800M weapons package head to Europe",
    ["The first planes loaded with weapons from the latest $800 million U.S. package, including howitzer ammunition and armored vehicles, took off on Friday, a Pentagon spokesman said."],
    "aid", "aid", 3, "us-800m-package-first-deliveries", a="LOGAN PRUITT", org="Associated Press"),
  OFF("2022-04-15 19:25", "Clashes at Jerusalem holy site leave scores hurt",
      ["Palestinians and Israeli police clashed at the Al-Aqsa Mosque compound in Jerusalem early Friday, leaving more than 150 people injured, medics said."],
      "jerusalem-al-aqsa-clashes-2022-04-15", a="AARON FELDSTEIN", n="Middle East unrest, not about the war.", org="Associated Press"),
  ]))

SEEDS.append(dict(id="8603", name="8603_postbulletin-roundup", ext="html", source="Post Bulletin", zone=CHI, render=r_pb,
  title="What to know on Day 57 of Russia's war in Ukraine", byline="Post Bulletin staff and wire reports", dateline_t="2022-04-21 17:48",
  lede="Moscow claims Mariupol while Washington sends more artillery.",
  intro="Russia declared victory in Mariupol on Thursday even as hundreds of Ukrainian fighters held out inside a steel plant. Here is a look at the day's main developments.",
  notes="Imitates a Post Bulletin (Rochester, Minn.; Forum Communications) article page: h1, sub-headline, one byline, one timestamp 'April 21, 2022 05:48 PM' (zero-padded hour, no zone; Central time implied by the outlet, CDT = UTC-5; the NewsArticle JSON-LD gives the same instant as 22:48 Z). Round-up article: one entry per h3 section heading, stamp null, published = the article timestamp for every section, page byline as author. The intro paragraph is a lede, not an entry.",
  not_entries=["site header, menu, Subscribe / Sign In", "breadcrumb 'News | World'", "h1 title", "sub-headline 'Moscow claims Mariupol while Washington sends more artillery.'",
               "'Share' button", "byline and timestamp lines", "intro paragraph (lede summary)", "newsletter box (Morning Rundown)", "'What To Read Next' with three local links", "footer"],
  entries=[
  E("2022-04-21 17:48", "Putin claims Mariupol, orders siege of steelworks",
    ["President Vladimir Putin declared the port city of Mariupol liberated on Thursday and told his defense minister to call off a planned assault on the Azovstal plant, ordering instead that it be blockaded until the fighters inside give up.",
     "Ukrainian officials said about 2,000 troops and hundreds of civilians were still sheltering in the plant's tunnels."],
    "other", "frontline", 3, "putin-claims-mariupol-azovstal-blockade", a="Post Bulletin staff and wire reports", n="Head-of-state territorial claim and a major frontline turn."),
  E("2022-04-21 17:48", "Biden announces another $800 million in weapons",
    ["President Joe Biden said the United States would send Ukraine another $800 million in military aid, including heavy artillery, tens of thousands of shells and a new drone designed for Ukraine's needs.",
     "He said he would soon ask Congress for more money because the funds already approved were nearly used up."],
    "aid", "aid", 3, "us-second-800m-package-2022-04-21", a="Post Bulletin staff and wire reports"),
  E("2022-04-21 17:48", "Spanish and Danish leaders visit Kyiv",
    ["The prime ministers of Spain and Denmark traveled to Kyiv on Thursday, toured the devastated town of Borodyanka and promised Zelenskyy more weapons and money."],
    "diplomacy", "diplomacy", 3, "spain-denmark-leaders-kyiv-visit", a="Post Bulletin staff and wire reports", sec=["aid"]),
  E("2022-04-21 17:48", "Moscow bars Harris and Zuckerberg",
    ["Russia added Vice President Kamala Harris, Meta chief executive Mark Zuckerberg and more than two dozen other Americans to a list of people banned from entering the country."],
    "diplomacy", "diplomacy", 2, "russia-bans-us-officials-entry", a="Post Bulletin staff and wire reports"),
  E("2022-04-21 17:48", "Ukraine offers talks to get Mariupol defenders out",
    ["Ukraine's chief negotiator said Kyiv was ready to hold a special round of talks inside Mariupol, without preconditions, to arrange safe passage for the trapped soldiers and civilians."],
    "diplomacy", "diplomacy", 2, "ukraine-mariupol-talks-offer", a="Post Bulletin staff and wire reports",
    n="Same city as 8603-01 but a different event (a negotiation offer): must not merge."),
  E("2022-04-21 17:48", "Southeast Minnesota farmers brace for costlier fertilizer",
    ["Farmers around Rochester say the war has driven the price of nitrogen fertilizer to levels they have never seen, and some are moving acres from corn to soybeans to save money.",
     "An Olmsted County agronomist said dealers had started limiting how much each customer could order."],
    "other", "politics", 2, "minnesota-fertilizer-prices-war", a="Post Bulletin staff and wire reports", n="Local economic knock-on of the war; not off-beat."),
  ]))

SEEDS.append(dict(id="8604", name="8604_newsleader-liveblog", ext="html", source="Springfield News-Leader", zone=CHI, render=r_snl,
  title="Russia-Ukraine live updates: Israel summons Russian envoy over Lavrov remark; more civilians leave Azovstal",
  byline="Rowan Petersen, Mireille Okafor and Teodor Vance, USA TODAY", pub_t="2022-05-02 05:12", upd_t="2022-05-02 17:41",
  url="https://www.news-leader.com/story/news/world/2022/05/02/russia-ukraine-live-updates/9608801002/",
  intro="Israel demanded an apology from Moscow on Monday, while a convoy organized by the United Nations carried more civilians away from the Azovstal steel plant in Mariupol.",
  latest=["Civilians evacuated from Azovstal head for Zaporizhzhia", "Israel summons Russia's ambassador", "Pelosi meets Poland's president after Kyiv trip"],
  notes="Imitates a Springfield News-Leader (Gannett, USA TODAY network) live blog. Header 'Published 5:12 a.m. CT May 2, 2022 | Updated 5:41 p.m. CT May 2, 2022'; a 'Latest developments:' bullet list (summary, not Key Points); posts newest first, each an h2 headline FOLLOWED by its stamp line ('3:40 p.m. CT'), the body, and a credit line '\u2014 Name' (author). 'CT' is Central Daylight Time here (UTC-5). LiveBlogPosting JSON-LD repeats each post with datePublished in UTC (Z). Entry 04 is a photo-gallery teaser with no text body ('View Gallery' / '12 Photos' are chrome).",
  not_entries=["site header and menu, Subscribe / Sign In", "label 'WORLD'", "h1 title", "page byline 'Rowan Petersen, Mireille Okafor and Teodor Vance, USA TODAY'",
               "'Published ... | Updated ...' line", "share links", "intro paragraph (lede)", "'Latest developments:' heading and its three bullets", "credit lines '\u2014 Name'",
               "gallery widget 'View Gallery' / '12 Photos'", "'Advertisement'", "'Contributing: The Associated Press'", "footer"],
  entries=[
  E("2022-05-02 17:41", "Pelosi meets Polish president after surprise Kyiv trip",
    ["House Speaker Nancy Pelosi met Polish President Andrzej Duda in Warsaw on Monday, a day after leading a congressional delegation to Kyiv to meet Zelenskyy.",
     "Pelosi said the delegation had assured the Ukrainian leader that Americans would stand with Ukraine until the fighting is over."],
    "diplomacy", "diplomacy", 2, "pelosi-delegation-kyiv-warsaw", a="Mireille Okafor"),
  E("2022-05-02 15:20", "Israel summons Russian ambassador over Lavrov's Hitler comments",
    ["Israel's Foreign Ministry summoned Russia's ambassador on Monday to demand an apology after Foreign Minister Sergey Lavrov claimed in an Italian television interview that Adolf Hitler had Jewish roots.",
     "Prime Minister Naftali Bennett said the Holocaust must never be turned into a political weapon."],
    "diplomacy", "diplomacy", 3, "lavrov-hitler-remark-israel-protest", a="Teodor Vance"),
  E("2022-05-02 13:05", "More than 100 civilians evacuated from Azovstal",
    ["More than 100 civilians who had spent weeks in bunkers beneath the Azovstal steel plant were on their way to Ukrainian-held Zaporizhzhia on Monday, Zelenskyy said.",
     "The operation was arranged by the United Nations and the International Committee of the Red Cross."],
    "other", "humanitarian", 3, "azovstal-civilian-evacuation-2022-05", a="Rowan Petersen"),
  E("2022-05-02 12:30", "Photos: Evacuees from Mariupol reach camp in Bezimenne", [], "other", "humanitarian", 1, "azovstal-civilian-evacuation-2022-05", gallery=True,
    n="Photo-gallery teaser without text body -> importance 1, story of the evacuation it illustrates."),
  E("2022-05-02 11:30", "Missile hits Odesa, killing teenager, officials say",
    ["A Russian missile struck a building in Odesa on Monday, killing a teenage boy and wounding a girl, the regional military administration said.",
     "Officials said the blast started a fire in a dormitory run by a local church."],
    "strikes", "strikes", 3, "odesa-missile-strike-2022-05-02", a="Teodor Vance"),
  E("2022-05-02 09:45", "Ukraine says drones destroyed two Russian patrol boats near Snake Island",
    ["Ukraine's military released video it said showed a Turkish-made Bayraktar drone destroying two Russian patrol boats near Snake Island in the Black Sea at dawn."],
    "strikes", "strikes", 2, "snake-island-patrol-boats-destroyed", a="Rowan Petersen"),
  E("2022-05-02 07:50", "Kremlin dismisses talk of war declaration before Victory Day",
    ["The Kremlin on Monday brushed off Western speculation that Putin would use the May 9 holiday to formally declare war on Ukraine and order a general mobilization."],
    "other", "politics", 2, "kremlin-denies-victory-day-war-declaration", a="Mireille Okafor"),
  ]))

SEEDS.append(dict(id="8605", name="8605_mankatofreepress-updates", ext="txt", source="The Mankato Free Press", zone=CHI, render=r_mfp,
  title="Russia-Ukraine war: Updates for Sunday, May 8", byline="The Associated Press", dayhead="Sunday, May 8", parse_args=["--date", "2022-05-08"],
  intro="Key developments in Russia's war in Ukraine, updated through the day, oldest first.",
  notes="Imitates a Mankato Free Press (CNHI, BLOX) article page copied as text. The page prints NO YEAR anywhere (title and day header 'Sunday, May 8'; the footer copyright has no year), so parse_args gives --date 2022-05-08. OLDEST first. Each update: a bare time line ('5:30 a.m.', no zone) BEFORE its headline, then the body. One page byline 'By The Associated Press' (author of every entry). Central time implied by the outlet (Mankato, Minn.; CDT = UTC-5).",
  not_entries=["skip links, masthead 'The Free Press', 'Mankato, MN', temperature, Subscribe / Log In", "menu line", "title line", "byline line", "share labels",
               "intro line", "day header 'Sunday, May 8'", "newsletter plug and 'Sign up'", "'This story will be updated.'", "'Related' with one local link", "footer address and links"],
  entries=[
  E("2022-05-08 05:30", "Russian bomb hits school where villagers sheltered",
    ["A Russian bomb struck a school in the Luhansk region village of Bilohorivka where about 90 people had taken shelter, and dozens are feared dead under the rubble, the regional governor said.",
     "Serhiy Haidai said rescuers had pulled 30 people out alive."],
    "strikes", "strikes", 3, "bilohorivka-school-bombing", a="The Associated Press"),
  E("2022-05-08 08:50", "Jill Biden meets Ukraine's first lady in surprise visit",
    ["First lady Jill Biden made an unannounced trip to western Ukraine, meeting Olena Zelenska at a school in Uzhhorod that now houses families displaced by the fighting."],
    "diplomacy", "diplomacy", 2, "jill-biden-uzhhorod-visit", a="The Associated Press"),
  E("2022-05-08 10:10", "Women, children and elderly now out of Azovstal, official says",
    ["Ukraine's deputy prime minister said all the women, children and older people sheltering in the Azovstal steel plant had been brought out, though wounded soldiers remained inside."],
    "other", "humanitarian", 2, "azovstal-civilians-all-evacuated", a="The Associated Press"),
  E("2022-05-08 12:40", "G7 leaders commit to phasing out Russian oil",
    ["Leaders of the Group of Seven wealthy democracies pledged to phase out or ban imports of Russian oil after a video call with Zelenskyy.",
     "The United States also announced sanctions on three Russian television networks and on executives of Gazprombank."],
    "diplomacy", "diplomacy", 3, "g7-russian-oil-phaseout-pledge", a="The Associated Press"),
  E("2022-05-08 14:25", "Trudeau makes unannounced stop in Irpin",
    ["Canadian Prime Minister Justin Trudeau toured the battered Kyiv suburb of Irpin and reopened his country's embassy in the capital."],
    "diplomacy", "diplomacy", 3, "trudeau-irpin-kyiv-visit", a="The Associated Press"),
  E("2022-05-08 17:05", "Zelenskyy marks end of World War II with video from ruined town",
    ["Ukraine's president released a black-and-white video address recorded among the ruins of Borodyanka to mark the end of World War II in Europe, saying evil had come back to Ukrainian soil."],
    "other", "politics", 2, "zelenskyy-ve-day-address", a="The Associated Press"),
  E("2022-05-08 18:30", "Ukraine says villages northeast of Kharkiv retaken",
    ["Ukrainian troops pushed Russian forces out of several villages northeast of Kharkiv, the country's military said Sunday evening."],
    "other", "frontline", 2, "kharkiv-villages-retaken-2022-05-08", a="The Associated Press"),
  ]))

SEEDS.append(dict(id="8606", name="8606_telegraphherald-section", ext="html", source="Telegraph Herald", zone=CHI, render=r_th,
  title="Nation & World",
  notes="Imitates the Telegraph Herald (Dubuque, Iowa; BLOX) 'Nation & World' section front in HTML. Newest first. Each card: kicker, h3 headline link, byline 'By NAME Associated Press' (author = name), a <time> whose VISIBLE text is only the date 'May 16, 2022' while its datetime attribute carries the full time with -05:00 (CDT); then the summary paragraph(s). stamp = the visible date text; published comes from the datetime attribute. One off-beat card (lunar eclipse).",
  not_entries=["cookie notice", "header, tagline 'Dubuque, Iowa', menu, Subscribe / Log In", "section title 'Nation & World'", "card kickers", "byline lines (author only)",
               "'Advertisement'", "pagination 'Next'", "newsletter aside", "footer"],
  entries=[
  E("2022-05-16 17:20", "Sweden says it will apply to join NATO",
    ["Sweden's government said Monday it would seek NATO membership, ending more than 200 years of military non-alignment a day after neighboring Finland announced the same step."],
    "diplomacy", "diplomacy", 3, "sweden-nato-application", a="HELGA NORDSTRAND", org="Associated Press"),
  E("2022-05-16 16:40", "Hundreds of wounded Azovstal fighters taken to Russian-held towns",
    ["More than 250 Ukrainian fighters, many of them badly hurt, were taken from the Azovstal steelworks in Mariupol to towns under Russian control, Ukraine's military said late Monday.",
     "Officials in Kyiv said they hoped to bring the soldiers home later in a prisoner exchange."],
    "other", "frontline", 3, "azovstal-fighters-evacuated", a="OKSANA LYSENKO", org="Associated Press", kicker="Ukraine"),
  E("2022-05-16 13:30", "EU fails to agree Russian oil ban as Hungary holds out",
    ["European Union foreign ministers failed on Monday to agree on a ban on Russian oil, with Hungary still demanding billions of euros to refit its refineries first."],
    "diplomacy", "diplomacy", 2, "eu-oil-embargo-hungary-holdout-2022-05-16", a="LORENZO BIANCHI", org="Associated Press"),
  E("2022-05-16 11:10", "Ukraine says troops reached Russian border near Kharkiv",
    ["A Ukrainian unit that has been pushing Russian forces back from Kharkiv reached the state border, the regional governor said, releasing video of soldiers next to a border post painted blue and yellow."],
    "other", "frontline", 2, "ukraine-troops-reach-border-kharkiv", a="OKSANA LYSENKO", org="Associated Press", kicker="Ukraine"),
  E("2022-05-16 09:25", "Missiles hit military site near Polish border",
    ["Russian missiles struck a military facility in the Yavoriv district of the Lviv region overnight, the local governor said, without reporting casualties."],
    "strikes", "strikes", 2, "yavoriv-military-site-strike-2022-05-16", a="OKSANA LYSENKO", org="Associated Press", kicker="Ukraine"),
  E("2022-05-16 07:40", "Putin says NATO growth no threat, but warns over bases",
    ["President Vladimir Putin said Finland and Sweden joining NATO posed no direct threat to Russia, but warned that Moscow would respond if the alliance moved military infrastructure onto their soil."],
    "diplomacy", "diplomacy", 3, "putin-warns-finland-sweden-nato-infrastructure", a="HELGA NORDSTRAND", org="Associated Press",
    n="Same theme as Sweden's application (8606-01) but a different statement: must not merge."),
  OFF("2022-05-16 06:15", "Blood moon lights up night sky across the Americas",
      ["A total lunar eclipse turned the moon a deep red for skywatchers across much of the Americas late Sunday."],
      "lunar-eclipse-2022-05-15", a="BEN ORTIZ", org="Associated Press", kicker="Nation", n="astronomy."),
  ]))

SEEDS.append(dict(id="8607", name="8607_ottumwacourier-live", ext="txt", source="Ottumwa Courier", zone=CHI, render=r_oc,
  title="Live updates: Ukraine presses counteroffensive in the east", subtitle="The latest on Russia's war in Ukraine, newest first",
  notes="Imitates an Ottumwa Courier (CNHI, BLOX) live-updates article copied as text. Newest first, with AP-style day dividers 'Tuesday, Sept. 13, 2022' and 'Monday, Sept. 12, 2022'; each update: a bare time line ('11:20 a.m.', no zone), the headline, a per-post byline 'By NAME, Associated Press' (author = name), body. Central time implied by the outlet (Ottumwa, Iowa; CDT = UTC-5). The updates cross local midnight: the three Monday-evening posts (7:30-11:40 p.m. CDT) are already Tuesday 13 September in UTC, so the whole page is UTC 2022-09-13.",
  not_entries=["skip link, masthead, 'Ottumwa, IA', Subscribe / Log In", "menu line", "cookie notice", "title and subtitle lines", "share labels",
               "day dividers 'Tuesday, Sept. 13, 2022' / 'Monday, Sept. 12, 2022'", "byline lines (author only)", "newsletter plug", "AP copyright line",
               "'Trending Now' with a local headline", "footer"],
  entries=[
  E("2022-09-13 13:50", "Scholz presses Putin in phone call to pull troops out",
    ["German Chancellor Olaf Scholz told Vladimir Putin during a 90-minute phone call on Tuesday that any diplomatic solution would have to begin with a complete Russian withdrawal, his office said."],
    "diplomacy", "diplomacy", 3, "scholz-putin-phone-call-2022-09-13", a="HEIDI KRANZ"),
  E("2022-09-13 11:20", "Kremlin says no nationwide mobilization is being discussed",
    ["The Kremlin said Tuesday there was no talk of a national call-up of reservists, despite demands from pro-war commentators after the retreat in the Kharkiv region."],
    "other", "politics", 2, "kremlin-rules-out-mobilization-2022-09-13", a="MARIA PETRENKO"),
  E("2022-09-13 08:45", "Russian strikes knock out power in Kharkiv again",
    ["Russian missiles hit critical infrastructure in Kharkiv for a second night, leaving parts of the city without electricity and water, the mayor said."],
    "strikes", "strikes", 3, "kharkiv-infrastructure-strikes-2022-09-13", a="YURI BONDAR"),
  E("2022-09-13 06:10", "UN nuclear agency seeks protection zone at Zaporizhzhia plant",
    ["The head of the International Atomic Energy Agency said talks had started with Moscow and Kyiv on a protection zone around the Zaporizhzhia nuclear power plant, whose last working reactor has now been shut down."],
    "diplomacy", "diplomacy", 2, "iaea-zaporizhzhia-protection-zone-talks", a="LENA BAUMGART"),
  E("2022-09-12 23:40", "Ukrainian forces press toward Luhansk region",
    ["Ukrainian troops were advancing east of the Oskil River toward the boundary of the Luhansk region, a Ukrainian official said late Monday, as Russian units kept pulling back."],
    "other", "frontline", 2, "ukraine-advance-toward-luhansk-2022-09-12", a="YURI BONDAR"),
  E("2022-09-12 21:15", "Zelenskyy: 6,000 square kilometers freed this month",
    ["President Volodymyr Zelenskyy said in his nightly address that Ukrainian forces had taken back about 6,000 square kilometers of territory since the start of September."],
    "other", "frontline", 3, "zelenskyy-6000-sq-km-retaken", a="MARIA PETRENKO", n="Large frontline shift announced by the head of state."),
  E("2022-09-12 19:30", "Residents of recaptured Balakliia describe life under occupation",
    ["People who stayed in Balakliia through six months of Russian occupation told reporters of food shortages, interrogations and neighbors who vanished."],
    "other", "humanitarian", 2, "balakliia-residents-occupation-accounts", a="HEIDI KRANZ"),
  ]))

SEEDS.append(dict(id="8608", name="8608_hastingstribune-rss", ext="xml", source="Hastings Tribune", zone=CHI, render=r_ht,
  title="hastingstribune.com - RSS Results in news/world of type article", build="Fri, 02 Sep 2022 17:05:44 CDT",
  notes="Imitates the Hastings Tribune (Nebraska; BLOX) RSS feed. Newest first. pubDate uses the zone NAME 'CDT' (RFC 822 allows it; = -0500), and the items cross local midnight (Thursday evening 1 Sep to Friday 2 Sep local) while all fall on UTC 2022-09-02. <description> holds ESCAPED HTML (&lt;p&gt;...), one entry per item; dc:creator 'By NAME Associated Press' (author = name). Two items are off-beat (Gorbachev's funeral arrangements and Pakistan floods: Russian/world news not about the war).",
  not_entries=["channel title/link/description/lastBuildDate/language", "<guid> values", "'By' and the agency suffix in dc:creator"],
  entries=[
  E("2022-09-02 16:40", "G7 finance ministers agree to cap price of Russian oil",
    ["Finance ministers from the Group of Seven agreed Friday to impose a price cap on Russian oil, aiming to shrink the money Moscow earns for its war while keeping crude flowing to world markets.",
     "The level of the cap has not been set yet."],
    "diplomacy", "diplomacy", 3, "g7-russian-oil-price-cap", a="FRANZ LEHNER", org="Associated Press"),
  E("2022-09-02 14:10", "Gazprom says Nord Stream will stay shut, citing leak",
    ["Russia's state energy company said Friday that gas would not resume flowing through the Nord Stream 1 pipeline to Germany on Saturday as planned, blaming an oil leak in a turbine.",
     "German officials have described earlier technical explanations from Gazprom as a pretext."],
    "diplomacy", "diplomacy", 3, "nord-stream-1-shutdown-extended", a="FRANZ LEHNER", org="Associated Press",
    n="Energy cut-off as counter-pressure on the West -> diplomacy; same theme as the price cap (8608-01), different event: must not merge."),
  E("2022-09-02 11:25", "Two IAEA experts to stay at Zaporizhzhia plant for the long term",
    ["Two inspectors from the United Nations nuclear watchdog will stay on at the Zaporizhzhia nuclear power plant for the long term, the agency's director general said after returning from the site.",
     "Rafael Grossi said shelling had repeatedly damaged the plant's physical integrity."],
    "diplomacy", "diplomacy", 3, "iaea-mission-zaporizhzhia-plant", a="SOFIA ANDREOU", org="Associated Press"),
  E("2022-09-02 08:05", "Russia says it thwarted river landing near nuclear plant",
    ["Russia's Defense Ministry said its forces had stopped an attempt by Ukrainian troops to land on the shore of the Kakhovka Reservoir near the Zaporizhzhia plant on Thursday."],
    "other", "frontline", 2, "russia-claims-landing-repelled-enerhodar", a="SOFIA ANDREOU", org="Associated Press",
    n="Same place as the IAEA mission (8608-03), different event: must not merge."),
  E("2022-09-02 06:30", "Ukraine keeps details of southern push under wraps",
    ["Ukrainian officials gave out few details on the fifth day of a counteroffensive in the Kherson region, asking people not to post troop movements online."],
    "other", "frontline", 2, "kherson-counteroffensive-information-blackout", a="PRIYA NATHAN", org="Associated Press"),
  OFF("2022-09-02 03:50", "Putin pays last respects to Gorbachev, will skip funeral",
      ["President Vladimir Putin laid flowers beside the coffin of Mikhail Gorbachev at a Moscow hospital, the Kremlin said, adding that his schedule would not allow him to attend the funeral."],
      "gorbachev-death-putin-skips-funeral", a="NIKOLAI VERESOV", org="Associated Press", n="Russian news not about the war."),
  OFF("2022-09-01 20:15", "Pakistan appeals for more help as flood toll climbs",
      ["Pakistan's government urged donors to step up their help as the death toll from weeks of monsoon flooding rose above 1,200."],
      "pakistan-floods-aid-appeal", a="AMIR QURESHI", org="Associated Press", n="natural disaster in Pakistan."),
  ]))

SEEDS.append(dict(id="8609", name="8609_norfolkdailynews-timeline", ext="txt", source="Norfolk Daily News", zone=CHI, render=r_ndn,
  title="Thursday's developments in the war in Ukraine", byline="Daily News wire reports", posted_t="2022-09-15 18:52",
  intro="A timeline of Thursday's events, oldest first. Times are approximate.",
  notes="Imitates a Norfolk Daily News (Nebraska) article copied as text: old-style 'Posted: Thursday, September 15, 2022 6:52 pm' line (page time, not an entry), one byline 'By Daily News wire reports' (desk label used as author for every entry). Timeline OLDEST first; items have NO headline: each starts inline with a bare time and a dash ('6:10 a.m. \u2014 Russian missiles ...'); the stamp is that time and first_sentence starts after the dash (like the TRT pinned lead). Central time implied by the outlet (CDT = UTC-5).",
  not_entries=["masthead and tagline", "menu line", "title line", "byline line", "'Posted: Thursday, September 15, 2022 6:52 pm' (page time)", "share labels",
               "intro line 'A timeline of Thursday's events, oldest first. Times are approximate.'", "'Compiled from Associated Press and Reuters reports.'",
               "'Discuss  Print  Related', 'More from the Daily News' and a local headline", "footer"],
  entries=[
  E("2022-09-15 06:10", None,
    ["Russian missiles struck a reservoir dam in Kryvyi Rih, Zelenskyy's hometown, sending the Inhulets River over its banks and flooding streets in parts of the city.",
     "Local officials said more than 100 homes were affected."],
    "strikes", "strikes", 3, "kryvyi-rih-dam-strike", a="Daily News wire reports"),
  E("2022-09-15 07:35", None,
    ["Zelenskyy was slightly hurt when his car collided with a passenger vehicle in Kyiv overnight, his spokesman said.",
     "The other driver was treated by the president's medics."],
    "other", "politics", 2, "zelenskyy-car-accident", a="Daily News wire reports"),
  E("2022-09-15 08:50", None,
    ["European Commission President Ursula von der Leyen arrived in Kyiv for talks on bringing Ukraine closer to the European single market."],
    "diplomacy", "diplomacy", 3, "von-der-leyen-kyiv-visit-2022-09-15", a="Daily News wire reports"),
  E("2022-09-15 10:20", None,
    ["Vladimir Putin told Chinese leader Xi Jinping at a summit in Uzbekistan that he understood Beijing had questions and concerns about the situation in Ukraine."],
    "diplomacy", "diplomacy", 3, "putin-xi-samarkand-meeting", a="Daily News wire reports"),
  E("2022-09-15 12:40", None,
    ["The Biden administration announced another $600 million in weapons for Ukraine, including more ammunition for the HIMARS launchers that have powered its counteroffensive."],
    "aid", "aid", 3, "us-600m-package-2022-09-15", a="Daily News wire reports"),
  E("2022-09-15 14:15", None,
    ["Ukraine's military said its forces had retaken several more villages in the eastern part of the Kharkiv region and were digging in along the Oskil River."],
    "other", "frontline", 2, "kharkiv-region-villages-retaken-2022-09-15", a="Daily News wire reports"),
  ]))


# ============================================================ PART B: three multi-source days (invented outlets)
D1 = "Day 1 (2022-05-30 UTC): 8620, 8621, 8622, 8623, 8624."
SLO = "sloviansk-market-strike-2022-05-30"
EU = "eu-summit-russian-oil-embargo"
SIE = "sievierodonetsk-street-fighting-2022-05-30"
ZEL = "zelensky-video-address-eu-summit"
GAS = "gazprom-cuts-gas-netherlands-gasterra"
ERD = "erdogan-putin-call-grain-corridor-2022-05-30"

SEEDS.append(dict(id="8620", name="8620_wexmoor-textlive", ext="txt", source="Wexmoor Herald", zone="Europe/London", render=r_wexmoor,
  title="Russia-Ukraine war live: EU leaders meet over oil ban as rockets hit Donbas towns", dateline="Monday 30 May 2022",
  lede="Follow the latest from Ukraine and from the EU summit in Brussels.",
  notes="Invented outlet. Text live blog, NEWEST first, UK time with the zone printed ('10.10am BST', UTC+1) on a line BEFORE each headline; a '\u2014 Name' line after each body gives the author. 'Key Points' block near the top lists three headlines exactly (key_point true, importance 3). Entry 05 (11.45am) is the day's theme piece (analysis). Sloviansk toll grows on this page itself: one dead (entry 06) -> three dead (entry 01). " + D1,
  not_entries=["masthead and menu", "title and date lines", "lede 'Follow the latest from Ukraine and from the EU summit in Brussels.'", "'Key Points' header and its three bullet lines (they point at entries)",
               "'Latest' header", "'\u2014 Name' author lines", "newsletter plug", "'Show earlier posts'", "footer"],
  entries=[
  E("2022-05-30 21:55", "Sloviansk death toll rises to three",
    ["The morning rocket attack on Sloviansk's market has now claimed three lives, the regional military administration said."],
    "strikes", "strikes", 3, SLO, a="Jane Holloway"),
  E("2022-05-30 18:05", "Lithuania pledges more armoured vehicles for Kyiv",
    ["Lithuania's defence ministry said it would send another batch of armoured personnel carriers and trucks to Ukraine in June."],
    "aid", "aid", 2, "lithuania-armoured-vehicles-pledge-2022-05-30", a="Tom Rackham", n="Same theme (weapons for Ukraine) as Biden's rocket remark (8620-03): must not merge."),
  E("2022-05-30 16:35", "Biden rules out sending Ukraine rockets that can reach Russia",
    ["Joe Biden said the US would not send Ukraine rocket systems capable of striking into Russia, as Kyiv presses its allies for longer-range weapons.",
     "Officials said a package that could include medium-range launchers was still under discussion."],
    "aid", "aid", 3, "biden-rules-out-long-range-rockets", a="Tom Rackham", kp=True),
  E("2022-05-30 13:30", "EU leaders arrive in Brussels with oil ban still unresolved",
    ["European Union leaders gathered for a two-day summit with no agreement yet on how to phase out Russian oil, although diplomats said a deal sparing pipeline deliveries was within reach."],
    "diplomacy", "diplomacy", 3, EU, a="Clara Whitcombe", kp=True),
  E("2022-05-30 11:45", "Analysis: Why one EU member can stall an oil ban",
    ["Sanctions in the European Union need the support of all 27 governments, which is why Hungary's objections have left the planned embargo on Russian oil in limbo for almost a month.",
     "Budapest gets most of its crude through the Druzhba pipeline and says it cannot switch to tankers quickly or cheaply.",
     "A compromise circulating among diplomats would leave pipeline oil out of the ban for now."],
    "diplomacy", "diplomacy", 2, "analysis-eu-unanimity-oil-ban", a="Clara Whitcombe",
    n="Theme piece (analysis with body): own story, importance 2; same theme as the summit deal but not the same event: must not merge."),
  E("2022-05-30 10:10", "One killed as rockets hit Sloviansk market",
    ["A rocket attack on the centre of Sloviansk killed one person and wrecked stalls at the town's main market on Monday morning, the mayor said.",
     "Emergency crews were still searching the area."],
    "strikes", "strikes", 3, SLO, a="Tom Rackham", kp=True),
  E("2022-05-30 08:20", "Russian troops enter outskirts of Sievierodonetsk, governor says",
    ["Russian units have pushed into the north-eastern and south-eastern edges of Sievierodonetsk and are fighting their way towards the centre, Luhansk governor Serhiy Haidai said.",
     "He said about two-thirds of the city's housing had been destroyed."],
    "other", "frontline", 3, SIE, a="Jane Holloway"),
  ]))

SEEDS.append(dict(id="8621", name="8621_tullygrane-htmllive", ext="html", source="Tullygrane Post", zone="Europe/Kyiv", render=r_tully, pid=5101,
  title="Live: Russia's war in Ukraine, day 96", dateline="Monday, 30 May 2022", url="https://tullygrane.example/live/2022-05-30",
  lede="Our correspondents in Kyiv and Dnipro follow the day's events.",
  notes="Invented outlet. HTML live blog, NEWEST first. Each post: h2 headline, THEN a meta line 'By NAME \u00b7 <time datetime=\"...+03:00\">15:40</time>' (Kyiv time, EEST = UTC+3; the zone is only in the datetime attribute). LiveBlogPosting JSON-LD repeats every post with its own datePublished (+03:00) and author. Entry 05 (13:20) is a video teaser without body; entry 02 (20:10) repeats entry 03 (18:30) nearly verbatim (duplicate_of 8621-03). Spelling 'Slovyansk'. " + D1,
  not_entries=["header and menu", "h1 title", "date line 'Monday, 30 May 2022'", "standfirst", "meta lines 'By NAME \u00b7 HH:MM' (author and stamp)", "video widget caption 'Video'",
               "'Share this post' under each post", "donation appeal", "'Load more posts'", "footer"],
  entries=[
  E("2022-05-30 22:50", "EU summit talks drag on over Hungary's demands",
    ["Talks at the EU summit ran late into the evening as leaders worked over the wording of an oil ban that would exempt crude delivered by pipeline, a concession Hungary has demanded."],
    "diplomacy", "diplomacy", 3, EU, a="Oksana Driga"),
  E("2022-05-30 20:10", "Zelensky urges EU leaders to end quarrels over sanctions",
    ["President Volodymyr Zelensky told the EU summit by video link that the bloc had to end its internal disputes and agree on the sixth sanctions package, which he said was long overdue."],
    "diplomacy", "diplomacy", 1, ZEL, a="Denys Horbach", dup="8621-03", n="Near-verbatim repeat of 8621-03 (headline reworded, second paragraph dropped) -> importance 1."),
  E("2022-05-30 18:30", "Zelensky urges EU leaders to stop quarrelling over sanctions",
    ["President Volodymyr Zelensky told the EU summit by video link that the bloc had to end its internal disputes and agree on the sixth sanctions package, which he said was long overdue.",
     "He also asked the leaders to speed up deliveries of heavy weapons."],
    "diplomacy", "diplomacy", 3, ZEL, a="Denys Horbach", sec=["aid"], n="A statement of its own, not the summit deal: must not merge with the oil-ban story."),
  E("2022-05-30 15:40", "Slovyansk strike: death toll rises to two",
    ["A second person has died after Russian rockets hit the central market in Slovyansk this morning, the town's military administration said.",
     "Six others were wounded, two of them seriously."],
    "strikes", "strikes", 3, SLO, a="Oksana Driga"),
  E("2022-05-30 13:20", "Watch: Street battles in Sievierodonetsk", [], "other", "frontline", 1, SIE, video=True, n="Video teaser without body -> importance 1."),
  E("2022-05-30 11:15", "Erdogan tells Putin Turkey could host talks on grain exports",
    ["Turkish President Recep Tayyip Erdogan told Vladimir Putin in a phone call that Ankara was ready to host a meeting in Istanbul with Russia, Ukraine and the UN on reopening sea lanes for grain, his office said."],
    "diplomacy", "diplomacy", 3, ERD, a="Denys Horbach"),
  E("2022-05-30 09:30", "Overnight shelling hits northern Kharkiv districts",
    ["Russian artillery pounded the Saltivka and Pivnichna Saltivka districts of Kharkiv overnight, injuring one man and setting several apartment blocks on fire, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 2, "kharkiv-shelling-2022-05-30", a="Oksana Driga", n="Different attack from the Sloviansk market strike: must not merge."),
  ]))

SEEDS.append(dict(id="8622", name="8622_kilvenny-worldrss", ext="xml", source="Kilvenny World Service", zone="UTC", render=r_rssw, rfc="GMT", sid="kws0530",
  title="Kilvenny World Service - World", url="https://kilvenny.example/news", lede="Top world stories from Kilvenny World Service",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT; no authors. The war is a minority: 4 of 6 items are off-beat. Spelling 'Slavyansk'; the toll here is already three at 14:40 GMT. " + D1,
  not_entries=["channel title/link/description/language", "<guid> and <category> values"],
  entries=[
  E("2022-05-30 21:40", "EU leaders agree to ban most Russian oil imports",
    ["European Union leaders agreed late on Monday to block more than two-thirds of the oil the bloc buys from Russia, leaving pipeline deliveries out of the ban for now, European Council President Charles Michel said."],
    "diplomacy", "diplomacy", 3, EU),
  OFF("2022-05-30 17:20", "Floods in north-east Brazil leave dozens dead",
      ["Days of torrential rain in Brazil's Pernambuco state have set off landslides and floods that killed dozens of people, state officials said."], "brazil-pernambuco-floods", n="Brazil floods."),
  E("2022-05-30 14:40", "Three dead after rocket attack on Slavyansk market",
    ["Three people were killed and seven wounded when rockets struck a market in the eastern Ukrainian town of Slavyansk, local officials said."],
    "strikes", "strikes", 3, SLO),
  OFF("2022-05-30 12:05", "Shanghai to lift lockdown restrictions from Wednesday",
      ["Most of Shanghai's residents will be allowed to leave their homes and go back to work from 1 June, ending two months of strict lockdown, city officials said."], "shanghai-lockdown-lifting", n="China COVID lockdown."),
  OFF("2022-05-30 09:15", "Colombia's presidential race heads to a run-off",
      ["Left-wing senator Gustavo Petro and businessman Rodolfo Hern\u00e1ndez will face each other in a second round of Colombia's presidential election after neither won a majority on Sunday."], "colombia-election-runoff", n="Colombian election."),
  OFF("2022-05-30 06:30", "Hurricane Agatha gathers strength off Mexico's Pacific coast",
      ["Hurricane Agatha strengthened as it headed for the coast of Oaxaca state, where authorities opened shelters and closed ports."], "hurricane-agatha-mexico", n="Mexico hurricane."),
  ]))

SEEDS.append(dict(id="8623", name="8623_oxstall-atom", ext="xml", source="Oxstall Ledger", zone="Europe/Kyiv", render=r_atom, sid="ua0530",
  title="Oxstall Ledger \u2014 Ukraine", url="https://oxstall.example", lede="News from Ukraine by the Oxstall Ledger newsroom",
  notes="Invented outlet. Atom 1.0 feed, newest first; <published> with +03:00 (Kyiv, EEST); per-entry <author>; escaped HTML <content>. Spelling 'Severodonetsk'. Entry 04 (Sloviansk evacuation buses) shares the place of the market strike but is a different event: must not merge. " + D1,
  not_entries=["feed title, subtitle, links, id, updated", "entry <id>/<link>/<updated> values"],
  entries=[
  E("2022-05-30 23:10", "Ukrainian troops push back Russian forces near Kherson border",
    ["Ukraine's southern command said its troops had driven Russian units out of positions near the Inhulets river on the edge of the Kherson region."],
    "other", "frontline", 2, "kherson-border-advance-2022-05-30", a="Marko Levytskyi"),
  E("2022-05-30 19:00", "Sloviansk market strike kills three",
    ["The number of people killed in Monday's rocket strike on a market in Sloviansk has risen to three, the head of the Donetsk regional administration said."],
    "strikes", "strikes", 3, SLO, a="Halyna Rudenko"),
  E("2022-05-30 16:45", "Gazprom to halt gas to Dutch trader GasTerra",
    ["Gazprom said it would stop supplying gas to the Dutch trading company GasTerra from Tuesday after it refused to pay in roubles.",
     "GasTerra said it had already bought replacement gas elsewhere."],
    "diplomacy", "diplomacy", 3, GAS, a="Marko Levytskyi", n="Energy counter-measure -> diplomacy; same theme as the EU oil ban, different event: must not merge."),
  E("2022-05-30 12:30", "Evacuation buses leave Sloviansk for the west",
    ["Two buses carrying about 80 residents, most of them elderly, left Sloviansk for Dnipro on Monday as local authorities urged people to leave before the fighting reaches the town."],
    "other", "humanitarian", 2, "sloviansk-evacuation-buses-2022-05-30", a="Halyna Rudenko"),
  E("2022-05-30 10:05", "Street fighting reported in Severodonetsk",
    ["Ukrainian and Russian troops are fighting in the streets of Severodonetsk after Russian forces broke through the city's outer defences, the regional administration said."],
    "other", "frontline", 3, SIE, a="Marko Levytskyi"),
  ]))

SEEDS.append(dict(id="8624", name="8624_trevissick-article", ext="txt", source="Trevissick Record", zone="Europe/Berlin", render=r_article,
  title="EU agrees partial oil embargo after marathon summit talks", byline="Annika Voss", dateline="30 May 2022, 23:40 CEST",
  lede="European leaders reached a compromise late on Monday after weeks of wrangling over Russian energy.", more="How dependent is Europe on Russian crude?",
  notes="Invented outlet. Text article with three section headings; one entry per section, stamp null, published = the dateline '30 May 2022, 23:40 CEST' (UTC+2 -> 21:40 UTC); page byline as author. Three different stories in one article (oil deal, Zelensky's appeal, Gazprom's cut): must not merge with each other. " + D1,
  not_entries=["outlet name line and menu", "title line", "byline and dateline lines", "lede paragraph", "'Share: Email | Copy link'", "'Read more: ...' link", "copyright line"],
  entries=[
  E("2022-05-30 23:40", "A ban with an exemption",
    ["EU leaders meeting in Brussels agreed on Monday evening to ban Russian oil delivered by sea, covering about two-thirds of the bloc's imports from Russia, while pipeline crude will be dealt with later.",
     "Germany and Poland have said they will stop buying Russian pipeline oil by the end of the year anyway, which would bring the total cut to around 90 percent."],
    "diplomacy", "diplomacy", 3, EU, a="Annika Voss"),
  E("2022-05-30 23:40", "Zelensky's appeal",
    ["Earlier, Ukraine's president had addressed the leaders by video and urged them to stop arguing among themselves.",
     "He said every new package of sanctions was taking longer to agree than the one before."],
    "diplomacy", "diplomacy", 3, ZEL, a="Annika Voss"),
  E("2022-05-30 23:40", "Gas cut for the Netherlands",
    ["Separately, Russia's Gazprom said it would stop gas deliveries to the Netherlands' GasTerra, the latest European buyer to be cut off for refusing to pay in roubles."],
    "diplomacy", "diplomacy", 3, GAS, a="Annika Voss"),
  ]))

D2 = "Day 2 (2022-05-31 UTC, the day after day 1): 8630, 8631, 8632, 8633."
AZOT = "sievierodonetsk-azot-plant-strike-2022-05-31"
SIE2 = "russia-controls-most-of-sievierodonetsk-2022-05-31"
HIM = "us-to-send-advanced-rocket-systems"

SEEDS.append(dict(id="8630", name="8630_tullygrane-htmllive", ext="html", source="Tullygrane Post", zone="Europe/Kyiv", render=r_tully, pid=5201,
  title="Live: Russia's war in Ukraine, day 97", dateline="Tuesday, 31 May 2022", url="https://tullygrane.example/live/2022-05-31",
  lede="Our correspondents in Kyiv and Dnipro follow the day's events.",
  notes="Invented outlet (same layout as 8621). HTML live blog, NEWEST first; 'By NAME \u00b7 <time datetime=+03:00>HH:MM</time>' after each h2; LiveBlogPosting JSON-LD. Entry 07 (03:30 Kyiv = 00:30 UTC 31 May) is a RE-POST of day-1 entry 8621-06 (Erdogan call), same headline and text: importance 1, keeps the day-1 story. Entry 04 is a photo teaser without body. Entry 03 continues the day-1 oil-ban story with a new development (the size of the cut, Orban's exemption). Azot toll grows on this page: no casualties (06) -> two injured (01). " + D2,
  not_entries=["header and menu", "h1 title", "date line", "standfirst", "meta lines 'By NAME \u00b7 HH:MM'", "'Share this post'", "donation appeal", "'Load more posts'", "footer"],
  entries=[
  E("2022-05-31 22:30", "Two injured near Azot plant after strike",
    ["Two people were injured near the Azot plant when the nitric acid tank was hit, the regional administration said in an evening update."],
    "strikes", "strikes", 3, AZOT, a="Oksana Driga"),
  E("2022-05-31 19:45", "Greece to send Soviet-era armoured vehicles to Ukraine",
    ["Greece will send dozens of BMP-1 infantry fighting vehicles to Ukraine and receive German-made Marder vehicles in return, Greek media reported."],
    "aid", "aid", 2, "greece-bmp1-vehicles-for-ukraine", a="Denys Horbach", n="Same theme as the US rocket systems (HIMARS) story, different decision: must not merge."),
  E("2022-05-31 16:20", "Von der Leyen: oil ban will cut 90% of Russian imports by year-end",
    ["European Commission President Ursula von der Leyen said the embargo agreed overnight would reduce the bloc's imports of Russian oil by around 90 percent by the end of the year.",
     "Hungary's Viktor Orban said his country had secured the exemption it needed."],
    "diplomacy", "diplomacy", 3, EU, a="Denys Horbach", n="Continuation of the day-1 story (summit deal) with a new development; keeps the day-1 slug."),
  E("2022-05-31 13:55", "Pictured: Smoke rises over the Azot plant", [], "strikes", "strikes", 1, AZOT, n="Photo teaser without body -> importance 1."),
  E("2022-05-31 11:40", "Haidai: Russia now controls most of Sievierodonetsk",
    ["Russian forces now hold most of Sievierodonetsk, although Ukrainian troops are still defending the industrial zone, Luhansk governor Serhiy Haidai said."],
    "other", "frontline", 3, SIE2, a="Oksana Driga", n="Same city as the Azot strike, different event (ground fighting): must not merge."),
  E("2022-05-31 09:10", "Russian strike hits nitric acid tank at Sievierodonetsk chemical plant",
    ["A Russian air strike hit a tank of nitric acid at the Azot chemical plant in Sievierodonetsk, Luhansk governor Serhiy Haidai said, urging residents to stay in shelters and keep their windows shut.",
     "There was no immediate word on casualties."],
    "strikes", "strikes", 3, AZOT, a="Oksana Driga"),
  E("2022-05-31 03:30", "Erdogan tells Putin Turkey could host talks on grain exports",
    ["Turkish President Recep Tayyip Erdogan told Vladimir Putin in a phone call that Ankara was ready to host a meeting in Istanbul with Russia, Ukraine and the UN on reopening sea lanes for grain, his office said."],
    "diplomacy", "diplomacy", 1, ERD, a="Denys Horbach", n="Re-post of day-1 entry 8621-06 (same headline and text, posted again after midnight) -> importance 1."),
  ]))

SEEDS.append(dict(id="8631", name="8631_ketterby-textlive", ext="txt", source="Ketterby Daily", zone="America/New_York", render=r_ketterby,
  title="Russia-Ukraine war: Live updates", dateline="Tuesday, May 31, 2022",
  lede="Our team follows the war in Ukraine and the reaction in Washington. Times are Eastern.",
  notes="Invented outlet (US). Text live blog, OLDEST first; a stamp line '6:45 a.m. ET' (EDT = UTC-4) BEFORE each headline and a 'By NAME' line right after the headline. Entry 04 is the day's theme piece (HIMARS explainer); entry 05 repeats entry 03 nearly verbatim (duplicate_of 8631-03). Spelling 'Severodonetsk'; the Azot injured count here reaches four in the evening (entry 07). " + D2,
  not_entries=["masthead and menu", "title and date lines", "lede 'Our team follows ... Times are Eastern.'", "'By NAME' lines (author)", "'Advertisement'",
               "'Live coverage has ended for today.'", "copyright line"],
  entries=[
  E("2022-05-31 06:45", "Chemical plant hit in Severodonetsk; residents told to stay indoors",
    ["Russian forces struck a chemical plant in the eastern Ukrainian city of Severodonetsk, damaging a tank of nitric acid and sending a cloud of toxic gas over nearby streets, local officials said.",
     "Residents were told to stay in shelters and to soak face masks in a solution of baking soda."],
    "strikes", "strikes", 3, AZOT, a="Nadia Brenner"),
  E("2022-05-31 08:30", "Orban claims victory as EU leaders sign off on oil deal",
    ["Hungary's Prime Minister Viktor Orban said he had won what he came for as EU leaders endorsed an embargo that spares oil shipped by pipeline.",
     "The leaders turned on Tuesday to food security and the grain stuck in Ukrainian ports."],
    "diplomacy", "diplomacy", 3, EU, a="Caleb Morrow", n="Continuation of the day-1 summit story."),
  E("2022-05-31 10:05", "US set to send advanced rocket systems to Ukraine, officials say",
    ["The Biden administration is expected to announce that it will send Ukraine advanced medium-range rocket systems, two officials said, after Kyiv promised not to use them against targets inside Russia."],
    "aid", "aid", 3, HIM, a="Caleb Morrow"),
  E("2022-05-31 11:50", "Explainer: What is HIMARS?",
    ["The High Mobility Artillery Rocket System is a truck-mounted launcher that can fire six guided rockets at targets roughly 80 kilometers away.",
     "It can also fire a much longer-range missile, but officials say those are not part of the package.",
     "Ukrainian crews would need about three weeks of training."],
    "aid", "aid", 2, "explainer-himars-launcher", a="Nadia Brenner", n="Theme piece (explainer with body): own story, importance 2; must not merge with the HIMARS decision."),
  E("2022-05-31 13:20", "US set to send advanced rocket systems, officials say",
    ["The Biden administration is expected to announce that it will send Ukraine advanced medium-range rocket systems, two officials said, after Kyiv promised not to use them against targets inside Russia."],
    "aid", "aid", 1, HIM, a="Caleb Morrow", dup="8631-03", n="Near-verbatim repeat of 8631-03 -> importance 1."),
  E("2022-05-31 15:10", "Gazprom to cut gas to Denmark's Orsted and Shell's German contract",
    ["Gazprom said it would halt gas deliveries to Denmark's Orsted and under Shell Energy Europe's contract for Germany from Wednesday, after both refused to pay in rubles."],
    "diplomacy", "diplomacy", 2, "gazprom-cuts-orsted-shell", a="Caleb Morrow", n="Energy counter-measure -> diplomacy; not the EU oil-ban story."),
  E("2022-05-31 17:40", "Four hurt in Severodonetsk chemical plant strike",
    ["Four people were injured in the strike on the chemical plant in Severodonetsk, Ukrainian officials said Tuesday evening."],
    "strikes", "strikes", 3, AZOT, a="Nadia Brenner"),
  ]))

SEEDS.append(dict(id="8632", name="8632_yarrowfield-worldrss", ext="xml", source="Yarrowfield World Report", zone="Asia/Tokyo", render=r_rssw, rfc="offset", sid="ywr0531",
  title="Yarrowfield World Report: World", url="https://yarrowfield.example", lede="World news from the Yarrowfield World Report desk in Tokyo",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate with +0900 (Japan): the last three items are dated 1 June locally but are still 31 May in UTC. No authors. 4 of 6 items off-beat. " + D2,
  not_entries=["channel title/link/description/language", "<guid> and <category> values"],
  entries=[
  OFF("2022-06-01 08:20", "Nadal beats Djokovic in four-hour Paris quarter-final",
      ["Rafael Nadal beat top seed Novak Djokovic in four sets to reach the French Open semi-finals, in a match that finished after 1am local time."], "french-open-nadal-djokovic", n="tennis.", cat="Sport"),
  E("2022-06-01 04:40", "Washington to supply Ukraine with medium-range rockets",
    ["The United States will give Ukraine rocket systems that can hit targets about 80 km away, a senior administration official said, after Kyiv gave assurances they would not be fired into Russia."],
    "aid", "aid", 3, HIM),
  OFF("2022-06-01 01:10", "Shanghai lifts lockdown after two months",
      ["Residents of Shanghai streamed into the streets after midnight as the city formally ended a two-month lockdown imposed to stamp out a COVID-19 outbreak."], "shanghai-lockdown-lifted", n="China COVID lockdown."),
  E("2022-05-31 19:30", "Toxic fumes after strike on Sievierodonetsk chemical works",
    ["A Russian strike on the Azot chemical works in Sievierodonetsk ruptured a tank of nitric acid, Ukrainian officials said, warning of toxic fumes over the city."],
    "strikes", "strikes", 3, AZOT),
  OFF("2022-05-31 13:45", "Japan's factory output falls as China lockdowns bite",
      ["Japan's industrial production fell in April for the first time in three months as lockdowns in China held up supplies of parts, government data showed."], "japan-industrial-output-april", n="Japanese economy.", cat="Business"),
  OFF("2022-05-31 10:20", "Agatha weakens after deadly landfall in Oaxaca",
      ["Agatha weakened over the mountains of southern Mexico after coming ashore as the strongest May hurricane on record on the country's Pacific coast, killing several people."], "hurricane-agatha-aftermath", n="Mexico hurricane."),
  ]))

SEEDS.append(dict(id="8633", name="8633_oxstall-atom", ext="xml", source="Oxstall Ledger", zone="Europe/Kyiv", render=r_atom, sid="ua0531",
  title="Oxstall Ledger \u2014 Ukraine", url="https://oxstall.example", lede="News from Ukraine by the Oxstall Ledger newsroom",
  notes="Invented outlet (same feed as 8623). Atom 1.0, newest first, +03:00, per-entry authors. Spelling 'Severodonetsk'. The Kharkiv-region shelling (entry 02) is a different attack from the Azot strike: must not merge. " + D2,
  not_entries=["feed title, subtitle, links, id, updated", "entry <id>/<link>/<updated> values"],
  entries=[
  E("2022-05-31 20:45", "UN refugee agency: 6.8 million have fled Ukraine",
    ["More than 6.8 million people have fled Ukraine since the invasion began, the United Nations refugee agency said, although over two million have since gone back."],
    "other", "humanitarian", 2, "unhcr-refugee-count-2022-05-31", a="Marko Levytskyi"),
  E("2022-05-31 15:30", "Shelling of villages in Kharkiv region kills one",
    ["Russian artillery shelled villages north of Kharkiv, killing one civilian and damaging a school, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 2, "kharkiv-region-shelling-2022-05-31", a="Halyna Rudenko"),
  E("2022-05-31 12:00", "Air strike on Azot chemical works in Severodonetsk",
    ["Russian aircraft bombed the Azot chemical works in Severodonetsk and hit a storage tank of nitric acid, the regional administration said."],
    "strikes", "strikes", 3, AZOT, a="Halyna Rudenko"),
  E("2022-05-31 08:15", "Russian forces hold most of Severodonetsk, governor says",
    ["Most of Severodonetsk is now under Russian control, Luhansk regional governor Serhiy Haidai said, adding that it had become impossible to evacuate civilians."],
    "other", "frontline", 3, SIE2, a="Marko Levytskyi"),
  ]))

D3 = "Day 3 (2022-09-26 UTC): 8640, 8641, 8642, 8643."
ZAP = "zaporizhzhia-missile-strike-2022-09-26"
REF = "occupied-regions-referendums-voting"
MOB = "russians-flee-mobilisation-across-borders"
NS = "nord-stream-pressure-drop-leak"
OSK = "ukraine-crosses-oskil-river"

SEEDS.append(dict(id="8640", name="8640_haverleigh-textlive", ext="txt", source="Haverleigh Courier", zone="Europe/Kyiv", render=r_haverleigh,
  title="Ukraine live: missile strike on Zaporizhzhia as occupation votes go on", dateline="Monday 26 September", tznote="All times are Kyiv time (EEST)",
  parse_args=["--date", "2022-09-26"], lede="Updates through the day from our Ukraine desk.",
  notes="Invented outlet. Text live blog, OLDEST first; the date line 'Monday 26 September' has NO YEAR (none anywhere on the page: parse_args --date 2022-09-26); 'All times are Kyiv time (EEST)' (UTC+3). Each post: headline, body, then a TRAILING stamp line 'Posted at 07:20 by NAME' (author fused into the stamp line). Entry 05 is the day's theme piece (analysis). Zaporizhzhia toll grows on the page: one dead (01) -> two (04). " + D3,
  not_entries=["masthead and menu", "title line, date line, 'All times are Kyiv time (EEST)'", "lede", "'Share  |  Copy link' after every post", "supporter appeal",
               "closing line 'That's all from us today...'", "footer"],
  entries=[
  E("2022-09-26 07:20", "Missile strike on Zaporizhzhia, one dead",
    ["Russian missiles struck an industrial area of Zaporizhzhia early on Monday, killing one person and damaging several buildings, regional governor Oleksandr Starukh said."],
    "strikes", "strikes", 3, ZAP, a="Iryna Bondarenko"),
  E("2022-09-26 09:05", "Voting in occupied regions enters its fourth day",
    ["So-called referendums on joining Russia continued for a fourth day in the Russian-held parts of the Luhansk, Donetsk, Zaporizhzhia and Kherson regions, with officials going door to door escorted by armed soldiers."],
    "other", "frontline", 3, REF, a="Mykola Savchuk", n="Annexation votes = territorial claim -> other/frontline. Same region name as the Zaporizhzhia strike, different event: must not merge."),
  E("2022-09-26 10:50", "Drones hit Odesa port area overnight",
    ["Iranian-made drones struck the port area of Odesa overnight, starting a fire but causing no casualties, Ukraine's southern command said."],
    "strikes", "strikes", 2, "odesa-drone-attack-2022-09-26", a="Mykola Savchuk", n="Different attack from the Zaporizhzhia strike: must not merge."),
  E("2022-09-26 12:35", "Zaporizhzhia toll rises to two",
    ["A second person has died in hospital after the morning missile strike on Zaporizhzhia, the regional administration said."],
    "strikes", "strikes", 3, ZAP, a="Iryna Bondarenko"),
  E("2022-09-26 14:10", "Analysis: What annexation would change on the battlefield",
    ["If Moscow declares the four regions part of Russia, it will treat Ukrainian attempts to retake them as attacks on Russian territory.",
     "Western officials say that would not change their support for Kyiv, but it could hand the Kremlin a pretext to escalate."],
    "other", "frontline", 2, "analysis-annexation-battlefield", a="Mykola Savchuk", n="Theme piece (analysis with body): own story, importance 2; must not merge with the votes themselves."),
  E("2022-09-26 16:45", "Ukrainian troops cross the Oskil river",
    ["Ukraine's general staff said its forces had crossed to the eastern bank of the Oskil river and were pushing towards the Luhansk region."],
    "other", "frontline", 3, OSK, a="Iryna Bondarenko"),
  E("2022-09-26 19:30", "Canada sanctions organisers of the votes",
    ["Canada announced sanctions on dozens of Russian officials it said were involved in organising the votes in occupied Ukrainian territory."],
    "diplomacy", "diplomacy", 2, "canada-sanctions-referendum-organisers", a="Mykola Savchuk", n="Sanctions = diplomacy; a separate decision from the votes: must not merge."),
  ]))

SEEDS.append(dict(id="8641", name="8641_mistlebrook-htmllive", ext="html", source="Mistlebrook Live", zone="Europe/London", render=r_mistlebrook,
  title="Ukraine war live: Russians queue at borders to escape call-up; Zaporizhzhia strike kills two", dateline="Monday 26 September 2022 \u00b7 Times shown in BST",
  url="https://mistlebrook.example/live/ukraine-2022-09-26",
  summary=["Long queues at Russia's borders with Georgia and Kazakhstan", "Missile strike on Zaporizhzhia", "Leak found on Nord Stream 2 near Bornholm"],
  notes="Invented outlet. HTML live blog, NEWEST first; visible stamps '9.20am' in a span (no datetime attribute; the date line says 'Times shown in BST', UTC+1); the author's name is printed BEFORE the headline; LiveBlogPosting JSON-LD lists each post with datePublished in UTC (Z). A 'Summary' box (not Key Points) restates three stories. Entry 06 is a video teaser without body; entry 03 repeats entry 04 nearly verbatim (duplicate_of 8641-04). Spelling 'Zaporozhye' in the posts. " + D3,
  not_entries=["cookie consent line", "header and menu", "h1 title", "date line with 'Times shown in BST'", "'Summary' box and its three bullets", "author lines above headlines",
               "'Play video' widget", "'Read more' aside", "footer"],
  entries=[
  E("2022-09-26 21:10", "Vote in Zaporizhzhia region to close on Tuesday",
    ["Russian-installed officials in the Zaporizhzhia region said the vote on joining Russia would close on Tuesday, with results expected soon afterwards."],
    "other", "frontline", 3, REF, a="Hannah Greaves", n="Part of the referendum story, not the city strike: must not merge with the Zaporizhzhia strike."),
  E("2022-09-26 18:20", "Danish authorities report gas leak from Nord Stream 2",
    ["Denmark's maritime authority told ships to keep away from an area south-east of the island of Bornholm after a leak was found in the Nord Stream 2 pipeline.",
     "The pipeline's operator said pressure had dropped sharply overnight."],
    "other", "security", 3, NS, a="Sam Oduya", n="Suspected damage to energy infrastructure -> other/security."),
  E("2022-09-26 15:05", "Zaporozhye strike kills two, regional governor says",
    ["Two people were killed when Russian missiles hit Zaporozhye on Monday morning, the regional governor said."],
    "strikes", "strikes", 1, ZAP, a="Hannah Greaves", dup="8641-04", n="Near-verbatim repeat of 8641-04 -> importance 1."),
  E("2022-09-26 12:40", "Zaporozhye strike kills two, says regional governor",
    ["Two people were killed when Russian missiles hit Zaporozhye on Monday morning, the regional governor said.",
     "Rescuers were searching damaged buildings for anyone trapped."],
    "strikes", "strikes", 3, ZAP, a="Hannah Greaves"),
  E("2022-09-26 11:15", "Protests against mobilisation flare in Dagestan",
    ["Police detained dozens of people in Makhachkala, the capital of Dagestan, after protests against the mobilisation turned into scuffles with officers."],
    "other", "politics", 2, "dagestan-mobilisation-protests", a="Sam Oduya", n="Same theme as the border exodus, different event: must not merge."),
  E("2022-09-26 09:30", "Watch: Cars queue at the Upper Lars crossing", [], "other", "politics", 1, MOB, video=True, n="Video teaser without body -> importance 1."),
  E("2022-09-26 07:50", "Queues stretch for miles at Georgian border as Russians flee call-up",
    ["Thousands of cars were lined up on the Russian side of the Upper Lars crossing into Georgia, as men of fighting age tried to leave before the border could be closed."],
    "other", "politics", 3, MOB, a="Hannah Greaves"),
  ]))

SEEDS.append(dict(id="8642", name="8642_marlcombe-worldatom", ext="xml", source="Marlcombe World Desk", zone="UTC", render=r_atom, sid="mwd0926",
  title="Marlcombe World Desk", url="https://marlcombe.example", lede="Headlines from around the world",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in UTC (Z), no authors. 4 of 6 items off-beat. Spelling 'Zaporizhia'; the toll here has reached three. " + D3,
  not_entries=["feed title, subtitle, links, id, updated", "entry <id>/<link>/<updated> values"],
  entries=[
  E("2022-09-26 20:05", "Pressure drop detected on both Nord Stream pipelines",
    ["The operator of Nord Stream 1 said it had recorded a sudden fall in pressure, hours after a leak was reported on the neighbouring Nord Stream 2 line."],
    "other", "security", 3, NS),
  OFF("2022-09-26 17:45", "Nasa to roll moon rocket back to hangar as storm nears",
      ["Nasa said it would move its Artemis I rocket off the launch pad in Florida because of the approaching storm, delaying the uncrewed mission again."], "artemis-rollback-hurricane-ian", n="space programme."),
  E("2022-09-26 15:20", "Zaporizhia missile attack: toll reaches three",
    ["Three people have now died after a Russian missile attack on the Ukrainian city of Zaporizhia, officials said."],
    "strikes", "strikes", 3, ZAP),
  OFF("2022-09-26 11:30", "Hurricane Ian strengthens on course for western Cuba",
      ["Ian became a hurricane in the Caribbean and was forecast to hit western Cuba before moving towards Florida later in the week."], "hurricane-ian-cuba", n="Caribbean hurricane."),
  OFF("2022-09-26 08:15", "Pound slumps to record low against the dollar",
      ["Sterling fell to its lowest level ever against the US dollar in early Asian trading, after the British government announced large unfunded tax cuts."], "sterling-record-low", n="UK markets."),
  OFF("2022-09-26 05:40", "Italy's right-wing alliance wins election",
      ["A right-wing alliance led by Giorgia Meloni's Brothers of Italy won a clear majority in Italy's parliamentary election, putting her on course to become the country's first female prime minister."], "italy-election-meloni", n="Italian election."),
  ]))

SEEDS.append(dict(id="8643", name="8643_fellbrigg-rss", ext="xml", source="Fellbrigg Times", zone="Europe/Warsaw", render=r_rssw, rfc="offset", sid="ft0926",
  title="Fellbrigg Times - Ukraine and the region", url="https://fellbrigg.example", lede="Reporting on Ukraine from Warsaw",
  notes="Invented outlet. RSS 2.0 news feed, newest first, pubDate with +0200 (Warsaw, CEST); dc:creator per item. Baltic Pipe (entry 01) is a different pipeline story from the Nord Stream leak: must not merge. " + D3,
  not_entries=["channel title/link/description/language", "<guid> and <category> values"],
  entries=[
  E("2022-09-26 19:50", "Baltic Pipe to open on Tuesday, cutting reliance on Russian gas",
    ["Poland's new gas link to Norwegian fields through Denmark will be formally opened on Tuesday, the government said, giving the country an alternative to Russian supplies."],
    "other", "politics", 2, "baltic-pipe-opening", a="Piotr Zaremba", n="Energy independence from Russia in the war's context: other/politics, not off-beat."),
  E("2022-09-26 16:00", "Ukrainian forces press east of Kupiansk",
    ["Ukrainian troops have set up positions on the eastern bank of the Oskil river near Kupiansk, Ukraine's military said."],
    "other", "frontline", 3, OSK, a="Piotr Zaremba"),
  E("2022-09-26 13:30", "Zaporizhzhia: rescuers search rubble after missile strike",
    ["Rescuers in Zaporizhzhia were clearing rubble after Monday morning's missile strike, in which two people were killed, according to the regional administration."],
    "strikes", "strikes", 3, ZAP, a="Ewa Kowalczyk"),
  E("2022-09-26 10:45", "Referendums in four occupied regions enter fourth day",
    ["Voting in the Kremlin-organised referendums in four partly occupied regions of Ukraine entered its fourth day, with Kyiv and Western governments calling the polls a sham."],
    "other", "frontline", 3, REF, a="Ewa Kowalczyk"),
  E("2022-09-26 08:10", "Thousands of Russians cross into Georgia and Kazakhstan",
    ["Thousands of Russian men have crossed into Georgia and Kazakhstan since the mobilisation was announced, border officials in both countries said."],
    "other", "politics", 3, MOB, a="Piotr Zaremba"),
  ]))


# ============================================================ emit
BASIS = {
  "r_qct": "bold time line '{s}' above the item; page date 'Apr 4, 2022' (visible <time>, JSON-LD -05:00); Central time implied by the outlet, CDT = UTC-5",
  "r_scj": "card stamp '{s}' (date and 12 h time, no zone); Central time implied by the outlet, CDT = UTC-5",
  "r_lct": "pubDate '{s}' (explicit -0500)",
  "r_pb": "no per-section time; the article timestamp 'April 21, 2022 05:48 PM' (Central, CDT = UTC-5; JSON-LD 22:48 Z agrees) used for every section",
  "r_snl": "stamp line '{s}' under the headline, on the page's date (header 'Published ... May 2, 2022'); CT here = CDT = UTC-5; JSON-LD update time agrees",
  "r_mfp": "time line '{s}' under the day header 'Sunday, May 8' (no year printed; parse_args --date 2022-05-08); Central time implied by the outlet, CDT = UTC-5",
  "r_th": "visible date '{s}' only; the time is read from the <time datetime> attribute ({iso}); CDT = UTC-5",
  "r_oc": "time line '{s}' under the day divider for {d}; Central time implied by the outlet, CDT = UTC-5 (evening posts of 12 Sept are 13 Sept in UTC)",
  "r_ht": "pubDate '{s}' (zone name CDT = -0500)",
  "r_ndn": "inline time '{s}' at the start of the item, on the page's date from 'Posted: Thursday, September 15, 2022'; Central time implied by the outlet, CDT = UTC-5",
  "r_wexmoor": "stamp '{s}' on the page's date 'Monday 30 May 2022'; BST = UTC+1",
  "r_tully": "visible '{s}' with <time datetime> ({iso}) on {d}; JSON-LD update time agrees",
  "r_rssw": "pubDate '{s}' (explicit zone)",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_article": "no per-section time; the article dateline '{dl}' used for every section",
  "r_ketterby": "stamp '{s}' on the page's date 'Tuesday, May 31, 2022'; ET = EDT = UTC-4",
  "r_haverleigh": "trailing stamp '{s}' on the date line 'Monday 26 September' (no year; parse_args --date 2022-09-26); Kyiv EEST = UTC+3",
  "r_mistlebrook": "visible '{s}' on the date line 'Monday 26 September 2022 \u00b7 Times shown in BST' (UTC+1); JSON-LD update time agrees",
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
                         "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), iso=d.isoformat(), dl=S.get("dateline", "")),
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

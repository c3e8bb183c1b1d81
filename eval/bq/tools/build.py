#!/usr/bin/env python3
"""Builds eval/bq: seed pages and their gold files, both rendered from the one data table below.
Every headline and paragraph is the blind tester's own invention or paraphrase; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/bq/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]  # AP style (Gannett)
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SENT_END = re.compile(r'[.!?]["\u201d\u2019\']?(?=\s+[A-Z0-9"\u201c\u2018]|$)')


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None, fs=None, **extra):
    """One entry: t = local time 'YYYY-MM-DD HH:MM' in the page's zone, h = headline or None, p = paragraphs,
    labels, a = author, fs = first sentence when the plain splitter would cut it wrongly (abbreviations)."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n, fs=fs)
    d.update(extra)
    return d


def OFF(t, h, p, st, n, a=None, **extra):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **extra)


def first_sentence(e):
    if not e["p"]:
        return None
    par = e["p"][0]
    if e["fs"]:
        assert par.startswith(e["fs"]), e["fs"]
        return e["fs"]
    m = SENT_END.search(par)
    return par[:m.end()] if m else par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):  # 'YYYY-MM-DD HH:MM', or with ':SS' where a feed prints seconds
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ap_time(d):  # 1:40 p.m.
    return f"{d.hour % 12 or 12}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'}"


def ap_date(d, year=True):  # Feb. 5, 2025 / March 19, 2025
    return f"{AP_MONTHS[d.month - 1]} {d.day}" + (f", {d.year}" if year else "")


def lines_of(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


# ====================================================================== Part A renderers (real outlets' layouts, own words)

def r_lnp(S):
    """LNP | LancasterOnline (BLOX CMS) carrying an AP 'The Latest' file, copied as text. Items have no headlines:
    a bare '1:40 p.m.' line, the paragraphs, then '___'. Newest first; no zone printed (Eastern, the paper's home)."""
    z = S["zone"]
    L = ["Skip to main content", "You have permission to edit this article.", "Edit", "Close", "",
         "LNP | LancasterOnline", "Site search", "Search", "", "Sign Up  Log In", "",
         "News  Opinion  Sports  Entertainment  Food  Lancaster Watchdog  Obituaries  Classifieds  Jobs  e-Edition", "",
         "Lancaster, PA", "Today", "Cloudy with snow showers. High 29F. Winds NW at 10 to 15 mph.", "",
         "World", "", S["title"], "", S["byline"], "", S["dateline"], "",
         "Facebook Twitter WhatsApp SMS Email Print Copy article link Save", "", S["intro"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ap_time(d); stamps.append(st)
        L += ["___", "", st, ""] + lines_of(e["p"])
        if i == 3:
            L += ["Support local journalism: subscribe to LNP | LancasterOnline for $1.99 for the first month.", ""]
    L += ["___", "", "Follow the AP's coverage of the war at the Ukraine hub.", "",
          "Copyright 2025 The Associated Press. All rights reserved.", "",
          "Facebook Twitter WhatsApp SMS Email Print Copy article link Save", "",
          "Tags", "Russia-ukraine War  Ukraine  Russia  Politics  International", "",
          "Related to this story", "Lancaster County Ukrainians mark a third winter of war", "",
          "Sign up for our newsletters", "Get the day's top stories delivered to your inbox each morning.", "",
          "Most Popular", "Articles", "Stolen truck found in Manheim Township pond", "Ephrata council tables parking plan", "",
          "Comments", "Be the first to know", "",
          "\u00a9 Copyright 2025 LNP Media Group, Inc., 8 W. King St. Lancaster, PA | Terms of Use | Privacy Policy"]
    return "\n".join(L) + "\n", stamps


def gannett_head(site, nav):
    return ['<header class="gnt_n"><a class="gnt_n_logo" href="/">' + esc(site) + '</a>',
            '<span class="gnt_n_tag">Part of the USA TODAY Network</span><nav class="gnt_n_mn">'
            + " ".join(f'<a class="gnt_n_mn_l" href="/{n.lower().replace(" ", "-")}/">{esc(n)}</a>' for n in nav)
            + '</nav><a class="gnt_n_sub" href="/subscribe/">Subscribe</a> <a class="gnt_n_si" href="/signin/">Sign In</a></header>']


GANNETT_FOOT = ("<footer class=\"gnt_f\"><p>{site}</p><p>About Us \u00b7 Newsroom Staff \u00b7 Contact Us \u00b7 Support Local Business \u00b7 "
                "Terms of Service \u00b7 Privacy Policy \u00b7 Your Privacy Choices \u00b7 Accessibility \u00b7 Our Ethical Principles</p>"
                "<p>\u00a9 2025 {host}. All rights reserved.</p></footer>")


def r_ydr(S):
    """York Daily Record (Gannett) live updates page, HTML, LiveBlogPosting JSON-LD with per-update times.
    Each post: h2 headline, then the author with 'USA TODAY', then '4:50 p.m. ET Feb. 5, 2025' (stamp AFTER the headline)."""
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#post-{8801 - i}", "headline": e["h"], "datePublished": d.isoformat(),
                    "author": {"@type": "Person", "name": e["a"]}, "articleBody": " ".join(e["p"])})
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z); pub = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "datePublished": pub.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "Organization", "name": "York Daily Record"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>']
    out += gannett_head("York Daily Record", ["News", "Sports", "Opinion", "Things to do", "Obituaries", "eNewspaper", "Legals"])
    out += ['<main><article class="gnt_pr">', '<div class="gnt_ar_lbl">LIVE</div>', f'<h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
            f'<div class="gnt_ar_dt" aria-label="{attr(S["dateline"])}">{esc(S["dateline"])}</div>',
            '<div class="gnt_ss"><button>Share on Facebook</button> <button>Share on X</button> <button>Share via email</button> <button>Gift article</button></div>',
            '<aside class="gnt_lb_wtk"><h2>What to know</h2><ul>'] + [f"<li>{esc(b)}</li>" for b in S["box"]] + ["</ul></aside>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ap_time(d)} ET {ap_date(d)}"; stamps.append(st)
        out.append(f'<section class="gnt_lb_p" id="post-{8801 - i}"><h2 class="gnt_lb_p_hl">{esc(e["h"])}</h2>')
        out.append(f'<div class="gnt_lb_p_by">{esc(e["a"])}<span class="gnt_lb_p_by_o">USA TODAY</span></div>')
        out.append(f'<div class="gnt_lb_p_dt" data-c-dt="{d.isoformat()}">{st}</div>')
        out += [f'<p class="gnt_ar_b_p">{esc(p)}</p>' for p in e["p"]]
        out.append("</section>")
        if i == 2:
            out.append('<aside class="gnt_nl"><p>Get the latest news from York County and beyond in your inbox.</p><input type="email" placeholder="Email address"> <button>Sign Up</button></aside>')
    out += ['<button class="gnt_lb_lm">Load more</button></article></main>', GANNETT_FOOT.format(site="York Daily Record", host="www.ydr.com"), "</body></html>"]
    return "\n".join(out) + "\n", stamps


def r_altoona(S):
    """Altoona Mirror (Ogden Newspapers) 'World briefs' round-up, HTML. The visible date line shows only 'Mar 8, 2025';
    the time is in the NewsArticle JSON-LD. Each brief: bold headline paragraph, then a datelined '(AP) \u2014' paragraph."""
    z = S["zone"]; d0 = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": S["url"], "headline": S["title"],
          "datePublished": d0.isoformat(), "dateModified": d0.isoformat(), "author": {"@type": "Organization", "name": S["byline"]},
          "publisher": {"@type": "Organization", "name": "Altoona Mirror"}, "articleSection": "World News"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} | News, Sports, Jobs - Altoona Mirror</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div id="top-bar"><a href="/subscribe/">Subscribe</a> | <a href="/e-edition/">Today\u2019s Paper</a> | <a href="/contact/">Contact Us</a></div>',
           '<header><a class="logo" href="/">Altoona Mirror</a><nav><ul><li><a href="/news/">News</a></li><li><a href="/sports/">Sports</a></li>'
           '<li><a href="/obituaries/">Obituaries</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/life/">Life</a></li>'
           '<li><a href="/classifieds/">Classifieds</a></li><li><a href="/jobs/">Jobs</a></li></ul></nav></header>',
           '<div class="breadcrumbs"><a href="/news/">News</a> &raquo; <a href="/news/world-news/">World News</a></div>',
           f'<article><h1 class="title">{esc(S["title"])}</h1>',
           f'<div class="byline">{esc(S["byline"])}</div><div class="datePosted">{esc(S["dateline"])}</div>',
           '<div class="share"><a>Save</a> | <a>Facebook</a> | <a>Twitter</a> | <a>Email</a> | <a>Print</a></div>',
           '<div class="entry-content">']
    for e in S["entries"]:
        out.append(f"<p><strong>{esc(e['h'])}</strong></p>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
    out += ['</div></article>',
            '<div class="newsletter"><h3>Today\u2019s breaking news and more in your inbox</h3><p>I\u2019m interested in (please check all that apply)</p>'
            '<label><input type="checkbox"> Daily Newsletter</label> <label><input type="checkbox"> Breaking News</label> <button>Subscribe</button></div>',
            '<div class="promo">Starting at $4.75/week. <a href="/subscribe/">Subscribe Today</a></div>',
            '<aside><h3>Latest News</h3><ul><li><a href="/news/local-news/1">Logan Valley Mall tenant plans spring opening</a></li>'
            '<li><a href="/news/local-news/2">Blair County commissioners weigh 911 fee change</a></li></ul></aside>',
            '<footer>\u00a9 2025 Altoona Mirror. All rights reserved. | <a href="/terms/">Terms of Service and Privacy Policy</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_greenville(S):
    """Greenville News (Gannett) home feed, RSS 2.0 via FeedBurner: pubDate in GMT, entity-escaped HTML description with
    a tracking-pixel img; local Upstate items mixed with world news. No authors."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0" version="2.0">', "<channel>",
           f"<title>{esc(S['title'])}</title>", "<link>https://www.greenvilleonline.com</link>",
           "<description>Greenville News - Home</description>", "<language>en-us</language>",
           "<copyright>Copyright 2025 Greenville News. All rights reserved.</copyright>", "<ttl>1</ttl>",
           '<atom10:link xmlns:atom10="http://www.w3.org/2005/Atom" rel="self" type="application/rss+xml" href="http://feeds.feedburner.com/greenville/home" />']
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], S["zone"]).astimezone(UTC)
        st = u.strftime("%a, %d %b %Y %H:%M:%S GMT"); stamps.append(st)
        url = f"https://www.greenvilleonline.com/story/news/{e.get('path', 'world')}/2025/03/13/{e['slug']}/{8219450 + i * 37}007/"
        desc = "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + f'<img src="http://feeds.feedburner.com/~r/greenville/home/~4/{e["slug"][:11]}" height="1" width="1" alt=""/>'
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>http://rssfeeds.greenvilleonline.com/~/{700123 + i}/0/greenville/home~{e['slug']}/</link>",
                f'<guid isPermaLink="false">{url}</guid>', f"<description>{esc(desc)}</description>", f"<pubDate>{st}</pubDate>",
                f"<feedburner:origLink>{url}</feedburner:origLink>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_augusta(S):
    """Augusta Chronicle (Gannett) explainer article with subheads, copied as text. One 'Published 5:41 p.m. ET March 19, 2025'
    line; each subhead section is one entry (no stamp of its own)."""
    L = ["Skip to main content", "", "The Augusta Chronicle", "Part of the USA TODAY Network", "", "Subscribe", "Sign In", "",
         "News  Sports  Masters  Business  Opinion  Obituaries  eNewspaper  Legals", "", "NEWS", "", S["title"], "", S["byline"], "USA TODAY", "",
         S["dateline"], "", S["lede"], ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + lines_of(e["p"])
        if i == 1:
            L += ["Get the Chronicle's Morning Briefing newsletter in your inbox.", "Sign Up", ""]
    L += [S["contrib"], "", "Share your feedback to help improve our site experience!", "",
          "About Us  Newsroom Staff  Contact Us  Terms of Service  Privacy Policy  Accessibility  Our Ethical Principles", "",
          "\u00a9 2025 www.augustachronicle.com. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_shreveport(S):
    """Shreveport Times (Gannett) live updates, copied as text from the network live module. No year anywhere:
    day dividers 'Saturday, April 19'; each post: '5:40 p.m. CT' line, headline, body, 'Name, USA TODAY'. Newest first."""
    z = S["zone"]
    L = ["Skip to main content", "", "Shreveport Times", "Part of the USA TODAY Network", "", "Subscribe", "Sign In", "",
         "News  Sports  Things to Do  Opinion  Obituaries  eNewspaper  Legals", "", "LIVE", "", S["title"], "", S["lede"], "",
         "Share on Facebook  Share on X  Share via email", ""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); day = f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"
        if day != cur:
            cur = day; L += [day, ""]
        st = f"{ap_time(d)} CT"; stamps.append(st)
        L += [st, e["h"], ""] + lines_of(e["p"]) + [f"{e['a']}, USA TODAY", ""]
        if i == 3:
            L += ["Stay up to date: get breaking news alerts on the Shreveport Times app.", ""]
    L += ["Load more updates", "", "Contributing: Reuters", "", "About Us  Contact Us  Terms of Service  Privacy Policy  Site Map"]
    return "\n".join(L) + "\n", stamps


def r_amarillo(S):
    """Amarillo Globe-News (Gannett) timeline article, HTML with NewsArticle JSON-LD. Oldest first; every item is a paragraph
    opening with a bold '6:10 a.m.' (Central, said once in an italic note); no item headlines; one page byline."""
    z = S["zone"]; d0 = dt(S["published"], z)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(),
          "dateModified": d0.isoformat(), "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "Amarillo Globe-News"}, "url": S["url"]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>']
    out += gannett_head("Amarillo Globe-News", ["News", "Sports", "Business", "Entertainment", "Opinion", "Obituaries", "eNewspaper"])
    out += ['<main><article class="gnt_pr">', '<div class="gnt_ar_lbl">WORLD</div>', f'<h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
            f'<div class="gnt_ar_by"><a class="gnt_ar_by_a" href="/staff/">{esc(S["byline"])}</a><div class="gnt_ar_by_o">USA TODAY</div></div>',
            f'<div class="gnt_ar_dt" aria-label="{attr(S["dateline"])}">{esc(S["dateline"])}</div>',
            '<div class="gnt_ar_b">', f'<p class="gnt_ar_b_p">{esc(S["lede"])}</p>', f'<p class="gnt_ar_b_p"><em>{esc(S["tznote"])}</em></p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ap_time(d); stamps.append(st)
        out.append(f'<p class="gnt_ar_b_p"><strong>{st}</strong> {esc(e["p"][0])}</p>')
        out += [f'<p class="gnt_ar_b_p">{esc(p)}</p>' for p in e["p"][1:]]
        if i == 3:
            out.append('<aside class="gnt_em_nl">Want the day\u2019s news from the Texas Panhandle? <a>Sign up for our newsletter.</a></aside>')
    out += [f'<p class="gnt_ar_b_p"><em>{esc(S["contrib"])}</em></p>', '</div></article></main>',
            GANNETT_FOOT.format(site="Amarillo Globe-News", host="www.amarillo.com"), "</body></html>"]
    return "\n".join(out) + "\n", stamps


def r_waco(S):
    """Waco Tribune-Herald (Lee Enterprises, BLOX CMS) World section RSS 2.0: pubDate with the local offset (-0500),
    dc:creator 'By NAME Associated Press', a hand-written summary in <description> and the full text in content:encoded."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">', "<channel>",
           f"<title>{esc(S['title'])}</title>", "<link>https://wacotrib.com/news/world/</link>",
           '<atom:link href="https://wacotrib.com/search/?f=rss&amp;t=article&amp;c=news/world&amp;l=50&amp;s=start_time&amp;sd=desc" rel="self" type="application/rss+xml" />',
           "<description>World news from the Associated Press</description>", "<generator>TownNews.com Content Management System</generator>",
           "<language>en-US</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        uid = f"{0x5e1a7c00 + i * 4099:08x}-{3000 + i}-5b{i}f-9d3c-{0x1f2e3d4c5b6a + i:012x}"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<description><![CDATA[{e['sum']}]]></description>",
                f"<pubDate>{st}</pubDate>", f'<guid isPermaLink="false">{uid}</guid>', f"<link>https://wacotrib.com/news/world/article_{uid}.html</link>",
                f"<dc:creator>{esc(e['credit'])}</dc:creator>",
                f'<enclosure url="https://bloximages.chicago2.vip.townnews.com/wacotrib.com/content/tncms/assets/v3/editorial/{uid[:3]}/{uid}/photo.jpg" length="0" type="image/jpeg" />',
                "<content:encoded><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></content:encoded>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_topeka(S):
    """Topeka Capital-Journal (Gannett) World section front, copied as text: story cards with headline, summary, author line,
    credit line and 'Published 3:52 p.m. CT June 4, 2025'. Newest first."""
    z = S["zone"]
    L = ["Skip to main content", "", "The Topeka Capital-Journal", "Part of the USA TODAY Network", "", "Subscribe", "Sign In", "",
         "News  Sports  Things to Do  Opinion  Obituaries  eNewspaper  Legals", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Published {ap_time(d)} CT {ap_date(d)}"; stamps.append(st)
        L += [e["h"], ""] + lines_of(e["p"])
        if e.get("person"):
            L += [e["person"]]
        L += [e["credit"], st, ""]
        if i == 2:
            L += ["ADVERTISEMENT", "", "Sign up for the Capital-Journal's Morning Briefing", "Sign Up", ""]
    L += ["Load More", "", "About Us  Newsroom Staff  Contact Us  Terms of Service  Privacy Policy  Your Privacy Choices", "",
          "\u00a9 2025 www.cjonline.com. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_rapidcity(S):
    """Rapid City Journal (Lee Enterprises, BLOX CMS) World section listing, HTML. Each card shows only a relative
    'N hrs ago' in <time class="tnt-date" datetime="...-06:00">; byline 'By NAME Associated Press'; summary. Newest first."""
    z = S["zone"]; ref = dt(S["ref"], z)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title></head>',
           '<body class="section-world">', '<a class="skip" href="#main-page-container">Skip to main content</a>',
           '<header><div class="weather">Rapid City, SD (57701)<br>Today<br>Partly cloudy. High 76F. Winds SE at 5 to 10 mph.</div>',
           '<a class="logo" href="/">Rapid City Journal</a><a class="btn" href="/users/signup/">Sign Up</a> <a class="btn" href="/users/login/">Log In</a>',
           '<nav><a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/obituaries/">Obituaries</a> <a href="/opinion/">Opinion</a> '
           '<a href="/lifestyles/">Lifestyles</a> <a href="/eedition/">e-Edition</a> <a href="/contests/">Contests</a></nav></header>',
           '<main id="main-page-container"><h1 class="block-title">World</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        assert mins % 60 == 0 and mins >= 60, e["t"]
        hrs = mins // 60; st = "1 hr ago" if hrs == 1 else f"{hrs} hrs ago"; stamps.append(st)
        out += [f'<article class="tnt-asset-type-article card summary"><div class="card-label-flags"><span class="label label-flag-ap">AP</span></div>',
                f'<h3 class="tnt-headline"><a href="/news/world/article_{0x7b000 + i * 311:x}.html">{esc(e["h"])}</a></h3>',
                '<ul class="list-inline card-meta">', f'<li class="card-byline"><span class="tnt-byline">{esc(e["credit"])}</span></li>',
                f'<li class="card-date"><time datetime="{d.isoformat()}" class="tnt-date asset-date text-muted">{st}</time></li></ul>']
        out += [f'<p class="tnt-summary">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<ul class="list-inline card-comments"><li><a href="#comments">{(i * 2) % 5}</a></li></ul></article>')
        if i == 3:
            out.append('<div class="tnt-ads">Advertisement</div><div class="newsletter">Get local news delivered to your inbox! <button>Sign Up</button></div>')
    out += ['<a class="btn load-more">Load more</a></main>',
            '<footer><p>\u00a9 Copyright 2025 Rapid City Journal, 1301 W. Omaha St. Suite 207, Rapid City, SD | Terms of Use | Privacy Policy</p>'
            '<p>Powered by BLOX Content Management System from TownNews.com.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ====================================================================== Part B renderers (invented outlets)

def r_cobble(S):
    """Cobblestrand Courier: text live blog, newest first, date line 'Thursday 10 April 2025', Key Points list,
    each post '20.40 BST' line, headline, body, '\u2014 Name' signature."""
    z = S["zone"]
    L = ["COBBLESTRAND COURIER", "News | World | Ukraine | Business | Culture | Sport", "", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points", ""] + [e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M} BST"; stamps.append(st)
        L += [st, e["h"], ""] + lines_of(e["p"])
        if e["a"]:
            L += [f"\u2014 {e['a']}", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Show earlier posts", "", "Cobblestrand Courier \u00b7 Contact \u00b7 Complaints \u00b7 Privacy \u00b7 Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_thimble(S):
    """Thimbleholt Dispatch: HTML live page, oldest first, LiveBlogPosting JSON-LD with per-update datePublished (+03:00);
    byline above the headline; visible stamp 'HH:MM' inside <time datetime>."""
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#u{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Thimbleholt Dispatch</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header><b>Thimbleholt Dispatch</b> <nav><a href="/">Front</a> <a href="/war">War</a> <a href="/region">Region</a> <a href="/support">Support us</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           '<p class="order">Updates appear in the order they were posted. All times Kyiv.</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="u{i + 1}"><div class="meta">' + (f'<span class="by">{esc(e["a"])}</span> ' if e["a"] else "")
                   + f'<time datetime="{d.isoformat()}">{st}</time></div><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<div class="tools"><a>Copy link</a> <a>Share</a></div></article>')
        if i == 2:
            out.append('<aside class="donate">Independent reporting from Ukraine depends on readers. <a>Donate</a></aside>')
    out += ["</main>", "<footer>Thimbleholt Dispatch \u00b7 Editorial standards \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """Generic RSS 2.0 world feed (Part B): pubDate with the outlet's own offset (S['rfc'] = 'GMT' or '+0900'), CDATA paragraphs, no authors."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0"><channel>', f"<title>{esc(S['title'])}</title>",
           f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>", "<language>en</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if S["rfc"] == "GMT" else d.strftime("%z")); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/{e.get('cat', 'world').lower()}/{7701 + i}</link>",
                f"<guid isPermaLink=\"true\">{S['url']}/{e.get('cat', 'world').lower()}/{7701 + i}</guid>", f"<pubDate>{st}</pubDate>",
                f"<category>{e.get('cat', 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel></rss>"]
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Generic Atom 1.0 feed (Part B): <published> with the outlet's offset ('Z' for UTC), escaped-HTML content, author per entry."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f"<title>{esc(S['title'])}</title>",
           f"<subtitle>{esc(S['lede'])}</subtitle>", f'<link rel="alternate" href="{S["url"]}"/>', f"<id>{S['url']}/atom</id>",
           f"<updated>{dt(S['entries'][0]['t'], z).isoformat().replace('+00:00', 'Z')}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat().replace("+00:00", "Z"); stamps.append(st)
        out += ["<entry>", f"<title type=\"text\">{esc(e['h'])}</title>", f'<link rel="alternate" href="{S["url"]}/a/{4410 + i}"/>',
                f"<id>tag:{S['url'][8:]},2025:{4410 + i}</id>", f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        if e.get("cat"):
            out.append(f'<category term="{e["cat"]}"/>')
        if e["p"]:
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_article(S):
    """Generic text article (Part B): masthead, title, 'By NAME', dateline with time, standfirst, section headings;
    one entry per section, no stamp of its own."""
    L = [S["source"], S["nav"], "", S["title"], "", f"By {S['byline']}", S["dateline"], "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + lines_of(e["p"])
    L += ["Share: Facebook \u00b7 X \u00b7 Email", "", "Read next: " + S["more"], "", S["foot"]]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_glasswick(S):
    """Glasswick Daily: HTML live page WITHOUT JSON-LD, oldest first; stamp '11 Apr 09:15' (no year) in a span above
    the h3; byline paragraph after the body; date with year only in the page header."""
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} \u2013 Glasswick Daily</title></head><body>",
           '<div class="consent">We use cookies to measure readership. <button>OK</button> <button>Options</button></div>',
           '<header>Glasswick Daily <nav><a>Home</a> <a>Ukraine</a> <a>Europe</a> <a>Opinion</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1][:3]} {d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="live-post"><span class="ts">{st}</span><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="author">Reported by {esc(e["a"])}</p>')
        out.append("</div>")
        if i == 2:
            out.append('<aside class="related"><h4>Related</h4><a href="/x">How air-raid alerts work in Kyiv</a></aside>')
    out += ['<p class="end">Live coverage continues tomorrow.</p></main><footer>Glasswick Daily \u00a9 2025 \u00b7 Imprint</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_hobnail(S):
    """Hobnail Crossing Bulletin: text live page, oldest first, date line 'Thursday, 20 February' WITHOUT year,
    bare '07:20' line before the headline, 'By NAME' after the body."""
    z = S["zone"]
    L = ["HOBNAIL CROSSING BULLETIN", "Live | Ukraine | Europe | Explainers | Newsletter", "", S["title"], S["dateline"], S["tznote"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + lines_of(e["p"])
        if e["a"]:
            L += [f"By {e['a']}", ""]
        if i == 3:
            L += ["Get the Bulletin's evening email \u2013 sign up here", ""]
    L += ["That's all from us today.", "Hobnail Crossing Bulletin \u00b7 About \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_corvid(S):
    """Corvid Lane Post: HTML live page, newest first; JSON-LD @graph whose LiveBlogPosting node has an @type array and
    no updates; visible '9.05pm' in <time datetime="...Z">; signature after the body."""
    z = S["zone"]
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "@id": "https://corvidlanepost.example/#site", "name": "Corvid Lane Post"},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "isPartOf": {"@id": "https://corvidlanepost.example/#site"}}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header>Corvid Lane Post <nav><a>UK</a> <a>World</a> <a>Ukraine</a> <a>Newsletters</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{d.hour % 12 or 12}.{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"; stamps.append(st)
        out.append(f'<div class="block"><time datetime="{d.isoformat().replace("+00:00", "Z")}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">{esc(e["a"])}</p>')
        out.append("</div>")
    out += ['<div class="promo">Get the Corvid Lane morning briefing</div></main><footer>Corvid Lane Post \u00b7 Privacy \u00b7 Terms</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ====================================================================== PART A: ten real outlets' layouts (own words)
SEEDS = []

SEEDS.append(dict(id="7000", name="7000_lnp-latest", ext="txt", source="LNP | LancasterOnline", zone="America/New_York", render=r_lnp,
  title="The Latest: Trump says he understands Moscow's anger over Ukraine's NATO hopes", byline="The Associated Press",
  dateline="Jan 7, 2025", intro="Here's the latest on Russia's war in Ukraine:",
  notes="Imitates a LancasterOnline (LNP, BLOX CMS) article page carrying an AP 'The Latest' file, copied as plain text. Items have NO headlines: "
        "'___' separator, a bare time line such as '1:40 p.m.', then the paragraphs. Newest first. The only date printed is the BLOX date line "
        "'Jan 7, 2025'; no zone is printed, so times are US Eastern (EST, UTC-5), the paper's home. Midnight crossing: after '2:30 a.m.' the times "
        "jump to '11:50 p.m.' and '9:15 p.m.', which belong to Monday 6 January local; in UTC all eight items fall on 7 January. "
        "The page byline 'The Associated Press' is every item's author. headline null; first_sentence is the item's first sentence.",
  not_entries=["'Skip to main content', the editor-only 'You have permission to edit this article.' / 'Edit' / 'Close' lines", "masthead, site search, 'Sign Up  Log In'",
               "section menu line", "weather box (Lancaster, PA / Today / forecast)", "section label 'World'", "page title line", "byline 'The Associated Press'",
               "BLOX date line 'Jan 7, 2025'", "share bar 'Facebook Twitter WhatsApp SMS Email Print Copy article link Save' (twice)",
               "intro line 'Here's the latest on Russia's war in Ukraine:'", "'___' separators", "subscription promo after the fourth item",
               "'Follow the AP's coverage ...' line and the AP copyright line", "'Tags' block", "'Related to this story' link",
               "newsletter box", "'Most Popular' list with two local headlines", "'Comments' / 'Be the first to know'", "footer copyright line"],
  entries=[
  E("2025-01-07 13:40", None,
    ["President-elect Donald Trump said Tuesday that he could understand why Russia objects to Ukraine joining NATO, arguing that years of talk about membership had helped bring on the war.",
     "Speaking to reporters at his Florida club, Trump declined to say how quickly he expected a settlement, after promising during the campaign to end the fighting within a day. He said he hoped to meet Russian President Vladimir Putin but that no date had been set."],
    "diplomacy", "diplomacy", 3, "trump-mar-a-lago-remarks-nato-ukraine", a="The Associated Press"),
  E("2025-01-07 12:05", None,
    ["Slovak Prime Minister Robert Fico said Tuesday he would ask the European Commission to help restore gas transit through Ukraine, a week after Kyiv let its transit contract with Moscow expire.",
     "Ukrainian officials said the decision was final and accused Fico of doing the Kremlin's bidding. Slovakia says it is losing transit fees worth hundreds of millions of euros a year."],
    "diplomacy", "diplomacy", 2, "fico-gas-transit-dispute", a="The Associated Press", fs="Slovak Prime Minister Robert Fico said Tuesday he would ask the European Commission to help restore gas transit through Ukraine, a week after Kyiv let its transit contract with Moscow expire."),
  E("2025-01-07 10:20", None,
    ["Russia's Defense Ministry said its troops had beaten back two more Ukrainian assaults in the Kursk region, where Kyiv's forces opened a new push over the weekend.",
     "The claims could not be independently verified. Ukraine's General Staff said fighting north of the town of Sudzha was continuing."],
    "other", "frontline", 2, "kursk-fighting-russian-claims-2025-01-07", a="The Associated Press"),
  E("2025-01-07 08:45", None,
    ["Tens of thousands of households in Moldova's breakaway Transnistria region spent another night without heating after Russian gas stopped flowing on New Year's Day.",
     "Local authorities opened warming centers in schools and said the region's main power plant had switched to coal, which could last about seven weeks."],
    "other", "humanitarian", 2, "transnistria-heating-crisis", a="The Associated Press",
    n="Knock-on of the end of Russian gas transit through Ukraine; civilians without heat -> other/humanitarian, not off-beat."),
  E("2025-01-07 06:10", None,
    ["Ukraine's air force said Russia launched 64 attack drones overnight, 41 of which were shot down, while another 22 disappeared from radar, likely because of electronic jamming.",
     "Damage to homes was reported in the Kyiv, Sumy and Chernihiv regions. No one was reported hurt."],
    "strikes", "strikes", 2, "overnight-drone-attack-2025-01-07", a="The Associated Press"),
  E("2025-01-07 02:30", None,
    ["A Russian glide bomb hit a residential street in the city of Zaporizhzhia early Tuesday, killing one man and wounding four other people, regional Gov. Ivan Fedorov said.",
     "Rescue crews pulled the wounded from two damaged apartment blocks. Fedorov said more than 20 private houses had broken windows."],
    "strikes", "strikes", 3, "zaporizhzhia-glide-bomb-2025-01-07", a="The Associated Press",
    fs="A Russian glide bomb hit a residential street in the city of Zaporizhzhia early Tuesday, killing one man and wounding four other people, regional Gov. Ivan Fedorov said.",
    n="Deadly strike -> importance 3. 'Gov.' inside the first sentence is an abbreviation, not a sentence end."),
  E("2025-01-06 23:50", None,
    ["The governor of Russia's Bryansk region said Ukrainian drones set a fuel storage tank on fire near the town of Klintsy overnight.",
     "Gov. Alexander Bogomaz wrote on Telegram that firefighters had brought the blaze under control and that there were no casualties."],
    "strikes", "strikes", 2, "bryansk-fuel-depot-drone-strike", a="The Associated Press", n="Midnight crossing: 11:50 p.m. on Monday 6 January local = 04:50 UTC on 7 January."),
  E("2025-01-06 21:15", None,
    ["Ukrainian President Volodymyr Zelenskyy said in his nightly video address that his forces had inflicted heavy losses on North Korean units fighting alongside Russian troops in the Kursk region.",
     "He said Ukraine would keep holding territory there as long as needed to strengthen its hand in any future negotiations."],
    "other", "frontline", 2, "zelenskyy-address-kursk-north-korean-losses", a="The Associated Press", n="Midnight crossing: 9:15 p.m. on Monday 6 January local = 02:15 UTC on 7 January."),
  ]))

SEEDS.append(dict(id="7001", name="7001_ydr-live", ext="html", source="York Daily Record", zone="America/New_York", render=r_ydr,
  title="Russia-Ukraine war live updates: 150 Ukrainian POWs return home in new swap", url="https://www.ydr.com/story/news/world/2025/02/05/russia-ukraine-war-live-updates/78290113007/",
  published="2025-02-05 06:02", dateline="Published 6:02 a.m. ET Feb. 5, 2025 | Updated 4:50 p.m. ET Feb. 5, 2025",
  box=["Russia and Ukraine traded 150 prisoners each in a swap brokered by the United Arab Emirates.",
       "The toll from Tuesday's missile strike on Izium in the Kharkiv region rose to five.",
       "Zelenskyy said he could sit down with Putin if it brought peace."],
  notes="Imitates a York Daily Record (Gannett / USA TODAY Network) live-updates page in HTML with LiveBlogPosting JSON-LD (per-update datePublished, -05:00). "
        "Newest first. Each post: h2 headline, then the author with 'USA TODAY', then the stamp '4:50 p.m. ET Feb. 5, 2025' (stamp AFTER the headline). "
        "The 'What to know' box at the top is an editor summary, not a 'Key Points' block: key_point false everywhere and its bullets are not entries. "
        "ET in February = EST, UTC-5. AP-style spelling 'Zelenskyy'.",
  not_entries=["site header, network tag, menu, Subscribe / Sign In", "'LIVE' label", "page dateline 'Published ... | Updated ...'", "share buttons",
               "'What to know' box and its three bullets (summary of posts, not entries)", "newsletter box after the third post", "'Load more' button", "footer"],
  entries=[
  E("2025-02-05 16:50", "Senators float tougher sanctions on buyers of Russian oil",
    ["A bipartisan group of senators said Wednesday they were drafting legislation that would punish countries that keep buying Russian oil, hoping to give President Donald Trump more leverage over Moscow.",
     "The sponsors said they had not settled on the size of the proposed penalties and would wait for signals from the White House before moving ahead."],
    "diplomacy", "diplomacy", 2, "senate-russia-oil-sanctions-bill", a="Riley Vandermeer"),
  E("2025-02-05 14:35", "Kyiv says Europe cannot replace US weapons on its own",
    ["Ukraine's defense minister said European allies were stepping up production but could not match American deliveries of air defense missiles and long-range artillery within the next year.",
     "Rustem Umerov made the remarks after a video call with counterparts from Germany, France and Poland, his ministry said."],
    "aid", "aid", 2, "umerov-europe-cannot-replace-us-weapons", a="Dana Okafor"),
  E("2025-02-05 12:10", "Izium death toll climbs to five as city mourns",
    ["The number of people killed by a Russian ballistic missile that struck the center of Izium on Tuesday has risen to five, officials in the Kharkiv region said.",
     "More than 50 people were wounded when the missile hit near the city council building in the morning, they said. A day of mourning was declared in the city."],
    "strikes", "strikes", 3, "izium-missile-strike-2025-02-04", a="Dana Okafor"),
  E("2025-02-05 10:05", "150 Ukrainian POWs come home in UAE-brokered exchange",
    ["Russia and Ukraine each released 150 prisoners of war on Wednesday in an exchange mediated by the United Arab Emirates, the first such swap this year.",
     "Zelenskyy posted photos of the freed soldiers wrapped in Ukrainian flags after they crossed the border. Russia's Defense Ministry said its returned servicemen were being treated in Belarus before flying home."],
    "diplomacy", "diplomacy", 3, "pow-exchange-150-2025-02-05", a="Riley Vandermeer"),
  E("2025-02-05 08:20", "Zelenskyy says he would talk to Putin if that is what it takes",
    ["Zelenskyy said in an interview published Wednesday that he was prepared to negotiate with Putin directly if that was the only route to a lasting peace, though he said he had no wish to meet the Russian leader.",
     "The Kremlin answered that Zelenskyy had no legal standing to sign any agreement because his term had expired, a claim Kyiv rejects."],
    "diplomacy", "diplomacy", 2, "zelenskyy-open-to-putin-talks", a="Marcus Feld"),
  E("2025-02-05 07:00", "North Korean troops pulled back from Kursk front, Ukrainian intel says",
    ["North Korean soldiers sent to help Russia in the Kursk region have not been seen on the front line for about two weeks after suffering heavy casualties, a Ukrainian military intelligence spokesman said.",
     "The spokesman did not say whether the troops had left Russia. South Korea's spy agency said separately that it believed the units were regrouping."],
    "other", "frontline", 2, "north-korean-troops-withdrawn-kursk", a="Marcus Feld"),
  E("2025-02-05 06:15", "Overnight: Ukraine says it downed 56 of 78 Russian drones",
    ["Russia attacked Ukraine overnight with 78 drones and a ballistic missile, the Ukrainian air force said, adding that 56 drones were shot down and 19 more were lost to jamming.",
     "Regional officials in Odesa and Poltava reported damage to houses and a gas pipeline but no injuries."],
    "strikes", "strikes", 2, "overnight-drone-attack-2025-02-05", a="Marcus Feld"),
  ]))

SEEDS.append(dict(id="7002", name="7002_altoonamirror-briefs", ext="html", source="Altoona Mirror", zone="America/New_York", render=r_altoona,
  title="World briefs", byline="The Associated Press", published="2025-03-08 21:40", dateline="Mar 8, 2025",
  url="https://www.altoonamirror.com/news/world-news/2025/03/world-briefs-341/",
  notes="Imitates an Altoona Mirror (Ogden Newspapers) 'World briefs' round-up in HTML. The visible date line shows only 'Mar 8, 2025'; the time "
        "(21:40 EST, UTC-5) is only in the NewsArticle JSON-LD datePublished '2025-03-08T21:40:00-05:00'. Every brief has a bold headline "
        "paragraph and no time of its own: stamp null, published = the article time, which is 02:40 UTC on 9 March (the UTC day differs from "
        "the printed local date). Each body opens with an AP dateline ('KYIV, Ukraine (AP) \u2014'), kept in first_sentence as printed. The page "
        "byline 'The Associated Press' is every brief's author. Two briefs are off-beat (Japan snow; Gaza truce talks, another conflict).",
  not_entries=["top bar (Subscribe / Today's Paper / Contact Us)", "logo and menu", "breadcrumbs 'News \u00bb World News'", "page title 'World briefs'",
               "byline line and the date line 'Mar 8, 2025'", "share bar 'Save | Facebook | Twitter | Email | Print'",
               "newsletter sign-up box", "'Starting at $4.75/week. Subscribe Today'", "'Latest News' with two local links", "footer"],
  entries=[
  E("2025-03-08 21:40", "Missile strike on Dobropillia kills 11",
    ["DOBROPILLIA, Ukraine (AP) \u2014 Russian missiles and drones struck the center of this eastern Ukrainian town late Friday, killing 11 people and injuring dozens, Ukrainian officials said Saturday.",
     "Rescuers were targeted by a second strike as they arrived, officials said, and several apartment buildings and a post office were damaged."],
    "strikes", "strikes", 3, "dobropillia-missile-strike-2025-03-07", a="The Associated Press"),
  E("2025-03-08 21:40", "Zelenskyy to travel to Saudi Arabia ahead of talks with US team",
    ["KYIV, Ukraine (AP) \u2014 President Volodymyr Zelenskyy said Saturday he would fly to Saudi Arabia on Monday to meet the crown prince, with his team staying on for talks with American officials.",
     "He said Ukraine was ready to discuss a ceasefire in the air and at sea as a first step."],
    "diplomacy", "diplomacy", 2, "zelenskyy-saudi-trip-announced", a="The Associated Press"),
  E("2025-03-08 21:40", "Russia says troops advance in Kursk region",
    ["MOSCOW (AP) \u2014 Russia's Defense Ministry said Saturday its forces had retaken three villages in the Kursk region, squeezing Ukrainian troops who have held ground there since August.",
     "Ukrainian commanders acknowledged the pressure but said supply routes remained open."],
    "other", "frontline", 2, "kursk-russian-advance-2025-03-08", a="The Associated Press"),
  E("2025-03-08 21:40", "Ukrainian officials say pause in US intelligence is being felt",
    ["KYIV, Ukraine (AP) \u2014 Ukrainian officials said Saturday that the suspension of some American intelligence sharing had made it harder to warn cities about incoming missiles.",
     "Washington halted the flow of some data earlier in the week after a heated Oval Office meeting."],
    "aid", "aid", 2, "us-intelligence-pause-impact", a="The Associated Press", n="Suspension of intelligence support to Ukraine -> aid."),
  OFF("2025-03-08 21:40", "Snowstorm strands drivers on northern Japan highway",
      ["SAPPORO, Japan (AP) \u2014 Hundreds of vehicles were stuck for hours on an expressway in Hokkaido after heavy snow cut visibility to a few meters, local authorities said Saturday."],
      "japan-hokkaido-snow-highway", "Japanese weather.", a="The Associated Press"),
  OFF("2025-03-08 21:40", "Talks on next phase of Gaza truce to resume in Cairo",
      ["CAIRO (AP) \u2014 Egyptian mediators said negotiators would return to Cairo next week to discuss the second phase of the Gaza ceasefire."],
      "gaza-truce-talks-cairo", "A different conflict (Gaza), not the Russia-Ukraine war.", a="The Associated Press"),
  ]))

SEEDS.append(dict(id="7003", name="7003_greenvillenews-feed", ext="xml", source="Greenville News", zone="America/New_York", render=r_greenville,
  title="Greenville News - Home",
  notes="Imitates the Greenville News (Gannett) home feed as served through FeedBurner: RSS 2.0, pubDate in GMT, <description> holding "
        "entity-escaped HTML (one or two <p> plus a 1x1 tracking-pixel img), feedburner:origLink. Newest first. The home feed mixes local "
        "Upstate items (weather, city council: off-beat) with world news. No authors in the feed: author null. page_timezone is the paper's "
        "(US Eastern, EDT = UTC-4 on 13 March) for published_local; the instants come from the GMT pubDates.",
  not_entries=["channel title/link/description/language/copyright/ttl", "atom10:link self reference", "the tracking-pixel <img> inside every description",
               "<guid> and feedburner:origLink URLs"],
  entries=[
  E("2025-03-13 17:55:10", "Putin says he backs a truce in principle but lists conditions",
    ["Russian President Vladimir Putin said Thursday he supports the idea of a 30-day ceasefire in Ukraine, but that many questions would have to be answered first, including how a pause would be monitored and whether Ukraine would use it to rearm."],
    "diplomacy", "diplomacy", 3, "putin-ceasefire-conditions-2025-03-13", slug="putin-ceasefire-conditions"),
  E("2025-03-13 15:30:44", "Trump calls Putin's response 'promising' but incomplete",
    ["President Donald Trump told reporters in the Oval Office that Putin's statement sounded encouraging but fell short, and said he would like to speak with the Russian leader.",
     "Trump said a lot of the details of a final deal had already been discussed with Ukraine."],
    "diplomacy", "diplomacy", 2, "putin-ceasefire-conditions-2025-03-13", slug="trump-putin-response",
    n="Reaction whose content is Putin's statement: same story as 7003-01."),
  E("2025-03-13 12:10:02", "Witkoff lands in Moscow to present ceasefire plan",
    ["White House envoy Steve Witkoff arrived in Moscow on Thursday to present the American-Ukrainian proposal for a month-long truce, Russian media reported."],
    "diplomacy", "diplomacy", 2, "witkoff-moscow-visit-2025-03-13", slug="witkoff-moscow"),
  OFF("2025-03-13 10:45:31", "Upstate braces for hail and damaging winds this weekend",
      ["Forecasters say a strong cold front could bring large hail and gusts above 60 mph to Greenville and Spartanburg counties late Saturday.",
       "Emergency managers urged residents to secure outdoor furniture and charge phones before the storms arrive."],
      "upstate-storm-forecast", "Local weather.", slug="upstate-storms", path="local"),
  E("2025-03-13 08:20:09", "Russia says it has recaptured Sudzha, the biggest town Ukraine held in Kursk",
    ["Russia's Defense Ministry said its troops had retaken Sudzha, the largest town seized by Ukraine in its incursion into the Kursk region last summer.",
     "Ukraine's military said its units were pulling back to better positions to avoid encirclement."],
    "other", "frontline", 3, "sudzha-recaptured-by-russia", slug="sudzha-kursk", n="Major frontline shift -> importance 3."),
  OFF("2025-03-13 05:05:47", "Greenville council delays vote on downtown parking garage",
      ["Greenville City Council postponed a vote on a planned seven-story parking garage near Falls Park after residents raised concerns about traffic."],
      "greenville-parking-garage-vote", "Local city politics.", slug="parking-garage", path="local"),
  E("2025-03-13 02:40:15", "Russia reports dozens of Ukrainian drones downed over border regions",
    ["Russian air defenses destroyed 31 Ukrainian drones overnight over the Bryansk, Kursk and Belgorod regions, the Defense Ministry in Moscow said."],
    "strikes", "strikes", 2, "ukrainian-drones-russia-border-2025-03-13", slug="drones-border"),
  ]))

SEEDS.append(dict(id="7004", name="7004_augustachronicle-article", ext="txt", source="Augusta Chronicle", zone="America/New_York", render=r_augusta,
  title="What we know after Trump's call with Zelenskyy: a prisoner swap, power plants and more talks", byline="Jonah Whitcomb",
  published="2025-03-19 17:41", dateline="Published 5:41 p.m. ET March 19, 2025",
  lede="President Donald Trump and Ukrainian President Volodymyr Zelenskyy spoke by phone Wednesday, a day after Trump's long call with Russian President Vladimir Putin. Here is what we know.",
  contrib="Contributing: Kelsey Marrow, USA TODAY; Reuters",
  notes="Imitates an Augusta Chronicle (Gannett / USA TODAY Network) explainer article copied as text. One dateline 'Published 5:41 p.m. ET March 19, 2025' "
        "(EDT, UTC-4); five subhead sections, each one entry with headline = subhead, stamp null, published = the dateline. Byline 'Jonah Whitcomb' / "
        "'USA TODAY' is every section's author. Sections 1 and 4 are both about the Trump-Zelenskyy call (same story).",
  not_entries=["'Skip to main content'", "masthead and network tag", "Subscribe / Sign In", "menu line", "section label 'NEWS'", "title line", "byline lines",
               "dateline 'Published 5:41 p.m. ET March 19, 2025'", "lede paragraph ('... Here is what we know.')", "newsletter promo and 'Sign Up'",
               "'Contributing: ...' credit line", "feedback line", "footer links and copyright"],
  entries=[
  E("2025-03-19 17:41", "An hour on the phone",
    ["Trump described the conversation, which lasted roughly an hour, as a good one and said the aim was to line up what Russia and Ukraine each wanted.",
     "Zelenskyy said afterward that Ukraine was willing to stop striking energy facilities if Russia did the same, and that he had asked for more Patriot air defense systems."],
    "diplomacy", "diplomacy", 3, "trump-zelenskyy-call-2025-03-19", a="Jonah Whitcomb", sec=["aid"]),
  E("2025-03-19 17:41", "Strikes did not stop overnight",
    ["Hours after Putin agreed to halt attacks on energy sites, both sides accused each other of breaking the pledge.",
     "Russia said Ukrainian drones set fire to an oil depot in the Krasnodar region, while Ukraine said Russian drones damaged power lines and two hospitals in the Sumy region."],
    "strikes", "strikes", 2, "energy-truce-violation-claims-2025-03-19", a="Jonah Whitcomb", sec=["diplomacy"]),
  E("2025-03-19 17:41", "A swap of 175 prisoners each",
    ["Russia and Ukraine exchanged 175 prisoners of war each on Wednesday, and Moscow also handed over 22 badly wounded soldiers as a goodwill gesture promised in the Trump-Putin call.",
     "It was one of the largest exchanges of the year, Ukraine's coordination headquarters for prisoners of war said."],
    "diplomacy", "diplomacy", 3, "pow-exchange-175-2025-03-19", a="Jonah Whitcomb"),
  E("2025-03-19 17:41", "US interest in Ukraine's power plants",
    ["The White House said Trump had raised the idea that American companies could help run, or even own, Ukraine's power and nuclear plants to keep them safe.",
     "Zelenskyy said the two had discussed only the Zaporizhzhia nuclear plant, which is under Russian control."],
    "diplomacy", "diplomacy", 3, "trump-zelenskyy-call-2025-03-19", a="Jonah Whitcomb", n="Part of the same call as 7004-01 (same story)."),
  E("2025-03-19 17:41", "Next round in Saudi Arabia",
    ["Technical teams from the US and Ukraine are expected to meet in Saudi Arabia on Sunday, with American officials holding separate talks with Russian negotiators there.",
     "The talks are meant to work out how a halt to strikes on energy facilities and at sea would be monitored."],
    "diplomacy", "diplomacy", 2, "saudi-technical-talks-planned", a="Jonah Whitcomb"),
  ]))

SEEDS.append(dict(id="7005", name="7005_shreveporttimes-live", ext="txt", source="Shreveport Times", zone="America/Chicago", render=r_shreveport,
  title="Russia-Ukraine live updates: Putin declares Easter truce as Zelenskyy voices doubts", parse_args=["--date", "2025-04-19"],
  lede="Follow along for the latest on Russia's war in Ukraine and efforts to end it.",
  notes="Imitates a Shreveport Times (Gannett / USA TODAY Network) live-updates module copied as text. The page prints NO year: day dividers "
        "'Saturday, April 19' and 'Friday, April 18', stamps '5:40 p.m. CT' (Central, CDT = UTC-5), so parse_args gives --date 2025-04-19 "
        "(the page's latest printed local day). Newest first; each post: stamp line, headline, body, 'Name, USA TODAY'. Midnight crossing shown "
        "by the divider: the three Friday-evening posts are 00:40-04:55 UTC on Saturday 19 April, so all eight entries are on 19 April UTC. "
        "Putin's truce announcement and Zelenskyy's direct response are one story; the later reports of shelling during the truce are a separate story.",
  not_entries=["'Skip to main content'", "masthead, network tag, Subscribe / Sign In, menu", "'LIVE' label", "title line", "lede 'Follow along ...'",
               "share labels", "day dividers 'Saturday, April 19' and 'Friday, April 18'", "'Name, USA TODAY' signature lines (authors, not text)",
               "app promo after the fourth post", "'Load more updates'", "'Contributing: Reuters'", "footer links"],
  entries=[
  E("2025-04-19 17:40", "Zelenskyy says Russian shelling did not stop after truce began",
    ["Zelenskyy said Russian artillery kept firing along parts of the front in the hours after the Easter truce was supposed to start, and that Russian assault groups had tried to advance in the Donetsk region.",
     "Russia's Defense Ministry said its troops were observing the pause and blamed Ukraine for breaches."],
    "strikes", "strikes", 2, "easter-truce-violation-claims", a="Priya Castellanos", sec=["diplomacy"]),
  E("2025-04-19 13:25", "Ukraine will answer silence with silence, Zelenskyy says",
    ["Zelenskyy said Ukraine would act in kind if Russian forces truly held fire, and proposed stretching the pause to 30 days if it held over Easter."],
    "diplomacy", "diplomacy", 3, "putin-easter-truce", a="Priya Castellanos", n="Direct response to the truce announcement: same story as 7005-03."),
  E("2025-04-19 10:45", "Putin orders 30-hour Easter ceasefire",
    ["Putin announced a unilateral Easter truce on Saturday, ordering Russian troops to halt combat from 6 p.m. Moscow time until the end of Sunday.",
     "He made the announcement at a meeting with his top general, saying Moscow expected Ukraine to follow suit but that troops should be ready to repel any provocation."],
    "diplomacy", "diplomacy", 3, "putin-easter-truce", a="Tom Ashby",
    fs="Putin announced a unilateral Easter truce on Saturday, ordering Russian troops to halt combat from 6 p.m. Moscow time until the end of Sunday.",
    n="'p.m.' before a capitalised word inside the first sentence is not a sentence end."),
  E("2025-04-19 08:05", "246 prisoners freed on each side in UAE-brokered swap",
    ["Russia and Ukraine swapped 246 prisoners of war apiece on Saturday, with the United Arab Emirates again acting as the go-between.",
     "Ukraine also received 31 wounded soldiers, and Russia got back 15 of its wounded, officials said."],
    "diplomacy", "diplomacy", 3, "pow-exchange-246-2025-04-19", a="Tom Ashby"),
  E("2025-04-19 06:20", "Overnight missile attack on Kharkiv leaves one dead",
    ["A Russian missile attack on Kharkiv overnight hit a manufacturing plant and nearby homes, killing one person and injuring more than 30, the mayor said."],
    "strikes", "strikes", 3, "kharkiv-missile-strike-2025-04-19", a="Tom Ashby"),
  E("2025-04-18 23:55", "Rubio warns US could walk away within days",
    ["Secretary of State Marco Rubio said the United States would soon decide whether a peace deal was achievable and would move on to other priorities if it was not.",
     "Vice President JD Vance said later that he was still optimistic the war could be brought to an end."],
    "diplomacy", "diplomacy", 2, "rubio-warns-us-may-exit-peace-effort", a="Lena Hartsfield", n="Friday 23:55 CDT = 04:55 UTC Saturday."),
  E("2025-04-18 21:10", "Kyiv and Washington sign memorandum on minerals deal",
    ["Ukraine and the United States signed a memorandum of intent on a deal to develop Ukraine's natural resources, Ukraine's economy minister said, calling it a first step toward a full agreement."],
    "diplomacy", "diplomacy", 2, "us-ukraine-minerals-memorandum", a="Lena Hartsfield", sec=["aid"], n="Friday 21:10 CDT = 02:10 UTC Saturday."),
  E("2025-04-18 19:40", "Drone strike on Dnipro injures nine",
    ["Russian drones struck an apartment building and a student dormitory in Dnipro overnight, injuring nine people including two children, the regional governor said."],
    "strikes", "strikes", 2, "dnipro-drone-strike-2025-04-19", a="Lena Hartsfield", n="Friday 19:40 CDT = 00:40 UTC Saturday."),
  ]))

SEEDS.append(dict(id="7006", name="7006_amarilloglobenews-timeline", ext="html", source="Amarillo Globe-News", zone="America/Chicago", render=r_amarillo,
  title="Timeline: How Sunday's push for direct Russia-Ukraine talks unfolded", byline="Avery Quintero", published="2025-05-11 18:58",
  dateline="Published 6:58 p.m. CT May 11, 2025", url="https://www.amarillo.com/story/news/world/2025/05/11/russia-ukraine-direct-talks-timeline/83571220007/",
  lede="A late-night offer from the Kremlin set off a day of statements from Kyiv, Washington, Ankara and Paris. Here is how it played out.",
  tznote="All times are Central.", contrib="Contributing: The Associated Press",
  notes="Imitates an Amarillo Globe-News (Gannett / USA TODAY Network) timeline article in HTML with NewsArticle JSON-LD. Oldest first. Each item "
        "is a paragraph opening with a bold time ('6:10 a.m.') and has NO headline; some items have a second paragraph. Times are Central "
        "('All times are Central.'; CDT = UTC-5). The page byline 'Avery Quintero' is every item's author. Six items are statements about "
        "Putin's offer of direct talks in Istanbul (one story; reactions whose content is the offer share it); the overnight drone tally is a separate story.",
  not_entries=["site header, network tag, menu, Subscribe / Sign In", "label 'WORLD'", "title", "byline block (name, 'USA TODAY')", "dateline 'Published 6:58 p.m. CT May 11, 2025'",
               "lede paragraph ('A late-night offer ... Here is how it played out.')", "italic note 'All times are Central.'", "newsletter aside after the fourth item",
               "'Contributing: The Associated Press'", "footer"],
  entries=[
  E("2025-05-11 06:10", None,
    ["The Kremlin said Putin's late-night offer of direct talks with Ukraine in Istanbul on Thursday came with no preconditions, and that a European demand for an immediate 30-day ceasefire would not be treated as an ultimatum.",
     "Putin made the proposal in a rare statement to reporters shortly after 1 a.m. Moscow time."],
    "diplomacy", "diplomacy", 3, "putin-proposes-istanbul-talks", a="Avery Quintero"),
  E("2025-05-11 07:45", None,
    ["Zelenskyy called the Russian offer a positive sign but said the first step must be a full and lasting ceasefire starting Monday."],
    "diplomacy", "diplomacy", 3, "putin-proposes-istanbul-talks", a="Avery Quintero"),
  E("2025-05-11 09:30", None,
    ["President Donald Trump wrote on social media that Ukraine should agree to the meeting immediately, saying it would at least show whether a deal was possible."],
    "diplomacy", "diplomacy", 3, "putin-proposes-istanbul-talks", a="Avery Quintero"),
  E("2025-05-11 11:05", None,
    ["Ukraine's air force said Russia had launched 108 drones overnight, in the hours after European leaders visiting Kyiv called for an unconditional truce. It said 55 were shot down and most of the rest were jammed."],
    "strikes", "strikes", 2, "overnight-drone-attack-2025-05-11", a="Avery Quintero"),
  E("2025-05-11 13:20", None,
    ["Turkish President Recep Tayyip Erdogan told Putin in a phone call that Turkey was ready to host the talks, his office said."],
    "diplomacy", "diplomacy", 2, "putin-proposes-istanbul-talks", a="Avery Quintero"),
  E("2025-05-11 15:40", None,
    ["French President Emmanuel Macron said Putin's offer was a way of buying time and not a sufficient answer to the ceasefire demand."],
    "diplomacy", "diplomacy", 2, "putin-proposes-istanbul-talks", a="Avery Quintero"),
  E("2025-05-11 17:15", None,
    ["Zelenskyy said he would wait for Putin in Turkey on Thursday in person, daring the Russian leader to show up.",
     "The Kremlin did not immediately respond."],
    "diplomacy", "diplomacy", 3, "putin-proposes-istanbul-talks", a="Avery Quintero"),
  ]))

SEEDS.append(dict(id="7007", name="7007_wacotrib-world-feed", ext="xml", source="Waco Tribune-Herald", zone="America/Chicago", render=r_waco,
  title="wacotrib.com - World",
  notes="Imitates the Waco Tribune-Herald (Lee Enterprises, BLOX CMS) World section RSS feed: pubDate with the local offset -0500 (CDT), "
        "dc:creator 'By NAME Associated Press' (author = the name as printed, in capitals; 'The Associated Press' for unsigned items), a short "
        "hand-written summary in <description> that differs from the article text, and the full text in content:encoded (body = its paragraphs). "
        "Newest first. The last item is 20:40 on Sunday 25 May local = 01:40 UTC on 26 May. Trump's remark about the weekend barrage is a "
        "reaction whose content is the attack (same story); the Kremlin's reply to Trump is its own story. Two items are off-beat.",
  not_entries=["channel title/link/description/generator/language", "atom:link self reference", "the <description> summaries (they restate the article; not separate entries)",
               "<guid>, <link> and <enclosure> image URLs"],
  entries=[
  E("2025-05-26 17:40", "Germany's Merz says allies have dropped range limits on arms for Ukraine",
    ["German Chancellor Friedrich Merz said Monday that Britain, France, the United States and Germany no longer restrict how far Ukraine can fire the weapons they supply.",
     "Merz said the change would let Ukraine hit military positions inside Russia. The Kremlin called the decision dangerous."],
    "aid", "aid", 3, "merz-weapons-range-limits-lifted", credit="By KARL WEISSMANN Associated Press", a="KARL WEISSMANN",
    sum="Merz says Ukraine's main Western suppliers no longer cap the range of donated weapons.", n="Terms of arms supply to Ukraine -> aid; head-of-government statement -> 3."),
  E("2025-05-26 15:05", "Kremlin brushes off Trump's criticism of Putin as 'emotional'",
    ["The Kremlin on Monday put President Donald Trump's sharp criticism of Vladimir Putin down to an emotional reaction, and thanked Washington for its help in starting peace talks."],
    "diplomacy", "diplomacy", 2, "kremlin-reply-to-trump-criticism", credit="By ELENA VOSKOVA Associated Press", a="ELENA VOSKOVA",
    sum="Putin's spokesman says the Russian leader's decisions are about Russia's security."),
  OFF("2025-05-26 12:20", "Rivers flood towns in eastern Australia after days of rain",
      ["Emergency crews in eastern Australia rescued dozens of people from rooftops as rivers rose to record levels after days of rain."],
      "australia-floods-2025-05", "Weather disaster in Australia.", credit="The Associated Press", a="The Associated Press",
      sum="Thousands are cut off as floodwaters rise in New South Wales."),
  E("2025-05-26 10:10", "Russia says it shot down 99 Ukrainian drones overnight",
    ["Russia's Defense Ministry said air defenses destroyed 99 Ukrainian drones overnight, including a dozen over the Moscow region, disrupting flights at the capital's airports."],
    "strikes", "strikes", 2, "ukrainian-drones-over-russia-2025-05-26", credit="By ELENA VOSKOVA Associated Press", a="ELENA VOSKOVA",
    sum="Moscow airports briefly halt flights during the drone attack."),
  E("2025-05-26 07:30", "Trump says Putin has gone 'crazy' after weekend barrage",
    ["President Donald Trump said Sunday he was not happy with Putin, accusing him of needlessly killing many people after Russia launched its biggest aerial attack of the war.",
     "Trump said he would consider new sanctions but did not commit to any."],
    "strikes", "strikes", 3, "russian-record-air-attack-2025-05-25", credit="By DARIUS MONTROSE Associated Press", a="DARIUS MONTROSE", sec=["diplomacy"],
    sum="The US president says he is considering more sanctions on Russia.", n="Official reaction whose main content is the attack -> strikes, same story as 7007-06."),
  E("2025-05-26 00:15", "Russia's biggest air attack of the war kills at least 12 in Ukraine",
    ["Russia fired more than 360 drones and missiles at Ukraine overnight into Sunday in the largest aerial assault since the full-scale invasion began, killing at least 12 people, Ukrainian officials said.",
     "Three children were among the dead in the Zhytomyr region. In Kyiv, falling debris set fire to homes and a dormitory."],
    "strikes", "strikes", 3, "russian-record-air-attack-2025-05-25", credit="By ELENA VOSKOVA Associated Press", a="ELENA VOSKOVA",
    sum="Ukrainian officials say the overnight barrage was the largest of the war."),
  OFF("2025-05-25 20:40", "Heat wave pushes temperatures past 45 C in India and Pakistan",
      ["Temperatures passed 45 degrees Celsius in parts of northern India and Pakistan, where authorities urged people to stay indoors during the afternoon."],
      "south-asia-heat-wave-2025-05", "South Asian weather.", credit="The Associated Press", a="The Associated Press",
      sum="Authorities urge people to stay indoors as the heat peaks."),
  ]))

SEEDS.append(dict(id="7008", name="7008_cjonline-world", ext="txt", source="Topeka Capital-Journal", zone="America/Chicago", render=r_topeka,
  title="World",
  notes="Imitates the Topeka Capital-Journal (Gannett / USA TODAY Network) World section front copied as text. Newest first. Each card: headline, "
        "one summary paragraph, author line (for staff cards) and credit line ('USA TODAY', 'Topeka Capital-Journal', 'Associated Press'), then "
        "'Published 3:52 p.m. CT June 4, 2025' (CDT = UTC-5). Author = the person named, or the agency credit when no person is printed "
        "('Associated Press'). Body = the card summary (one paragraph). One off-beat card.",
  not_entries=["'Skip to main content'", "masthead, network tag, Subscribe / Sign In, menu", "section title 'World'", "credit lines 'USA TODAY' / 'Topeka Capital-Journal' under staff names",
               "'ADVERTISEMENT' and the newsletter promo ('Sign up for ...', 'Sign Up')", "'Load More'", "footer links and copyright"],
  entries=[
  E("2025-06-04 15:52", "Trump says Putin told him Russia will have to respond to the air base attacks",
    ["After a call of more than an hour, President Donald Trump said Vladimir Putin told him Russia would have to answer Ukraine's drone attack on its bomber bases, and that the conversation would not lead to immediate peace."],
    "diplomacy", "diplomacy", 3, "trump-putin-call-2025-06-04", person="Rachel Dunmore", credit="USA TODAY", a="Rachel Dunmore", sec=["strikes"]),
  E("2025-06-04 13:10", "Allies promise drones and air defense at Brussels meeting",
    ["Defense ministers from about 50 countries met at NATO headquarters and pledged new air defense systems and hundreds of thousands of drones for Ukraine, Britain's defense secretary said."],
    "aid", "aid", 3, "udcg-brussels-2025-06-04", credit="Associated Press", a="Associated Press"),
  E("2025-06-04 09:35", "Families told to leave more Sumy villages as Russian troops press in",
    ["Ukrainian authorities ordered families with children to leave 11 more villages in the Sumy region as Russian forces pushed closer to the regional capital."],
    "other", "humanitarian", 2, "sumy-evacuations-2025-06-04", credit="Associated Press", a="Associated Press"),
  E("2025-06-04 07:05", "Ukraine says underwater explosives hit Crimean Bridge supports",
    ["Ukraine's SBU security service said it set off more than a ton of explosives under the bridge linking Russia to occupied Crimea, damaging its underwater supports. Russia briefly closed the bridge to traffic."],
    "strikes", "strikes", 3, "crimean-bridge-underwater-blast", person="Kara Lindqvist", credit="USA TODAY", a="Kara Lindqvist"),
  E("2025-06-04 05:30", "Fort Riley soldiers head to Poland for nine-month rotation",
    ["About 3,500 soldiers from an armored brigade based at Fort Riley are deploying to Poland to bolster NATO's eastern flank, the Army said."],
    "other", "security", 2, "fort-riley-brigade-poland-rotation", person="Morgan Tillery", credit="Topeka Capital-Journal", a="Morgan Tillery",
    n="Allied deployment, not a party to the war -> other/security; war-related, not off-beat."),
  OFF("2025-06-04 02:15", "South Korea's new president takes office after snap election",
      ["Lee Jae-myung was sworn in as South Korea's president a day after winning an early election called when his predecessor was removed from office."],
      "south-korea-president-sworn-in", "South Korean politics.", credit="Associated Press", a="Associated Press"),
  ]))

SEEDS.append(dict(id="7009", name="7009_rapidcityjournal-world", ext="html", source="Rapid City Journal", zone="America/Denver", render=r_rapidcity,
  title="World | rapidcityjournal.com", ref="2025-06-10 17:30",
  notes="Imitates the Rapid City Journal (Lee Enterprises, BLOX CMS) World section listing in HTML. Newest first. Each card: AP flag, headline, "
        "byline 'By NAME Associated Press', a relative time ('5 hrs ago') whose instant is only in the <time datetime='...-06:00'> attribute "
        "(Mountain, MDT = UTC-6; the page was captured at 17:30 MDT, 23:30 UTC), a summary paragraph (the body) and a comment count. "
        "Author = the printed name in capitals; 'The Associated Press' for unsigned cards. Two off-beat cards.",
  not_entries=["'Skip to main content'", "weather box", "logo, Sign Up / Log In, menu", "section title 'World'", "'AP' flags on every card", "comment counts",
               "'Advertisement' and newsletter box after the fourth card", "'Load more'", "footer lines"],
  entries=[
  E("2025-06-10 16:30", "Russia and Ukraine swap more prisoners under Istanbul agreement",
    ["Russia and Ukraine exchanged another group of prisoners of war on Tuesday, the second stage of a swap agreed at talks in Istanbul, though neither side gave numbers."],
    "diplomacy", "diplomacy", 3, "pow-exchange-istanbul-stage-2025-06-10", credit="By ILKO SAVCHUK Associated Press", a="ILKO SAVCHUK"),
  E("2025-06-10 14:30", "Zelenskyy says Ukraine is ready to buy Patriot systems outright",
    ["Zelenskyy said his government was prepared to pay for 10 Patriot air defense systems if Washington agreed to sell them, as Russian air attacks grow larger."],
    "aid", "aid", 2, "zelenskyy-offers-to-buy-patriots", credit="By ILKO SAVCHUK Associated Press", a="ILKO SAVCHUK"),
  E("2025-06-10 12:30", "Kyiv hit by hundreds of drones and missiles in overnight barrage",
    ["Russia sent 315 drones and seven missiles at Ukraine overnight, with Kyiv the main target, Ukraine's air force said. A maternity hospital in Odesa was also damaged and two people were killed there."],
    "strikes", "strikes", 3, "russian-air-attack-kyiv-odesa-2025-06-10", credit="By NINA HOLUB Associated Press", a="NINA HOLUB"),
  E("2025-06-10 08:30", "Russia claims first push into Dnipropetrovsk region",
    ["Russia's Defense Ministry said its tank units had pushed into the Dnipropetrovsk region for the first time in the war. Ukrainian officials denied that Russian forces had crossed the regional boundary."],
    "other", "frontline", 2, "russia-claims-dnipropetrovsk-advance", credit="By NINA HOLUB Associated Press", a="NINA HOLUB"),
  OFF("2025-06-10 06:30", "Heavy rain sets off landslides in southern China",
      ["Landslides triggered by torrential rain buried several homes in a mountain village in southern China, and rescuers were searching for missing people, state media said."],
      "south-china-landslides-2025-06", "Chinese weather disaster.", credit="The Associated Press", a="The Associated Press"),
  OFF("2025-06-10 03:30", "Polish prime minister to face confidence vote",
      ["Poland's Donald Tusk will ask lawmakers for a vote of confidence on Wednesday after his camp's candidate lost the presidential runoff."],
      "poland-confidence-vote", "Polish domestic politics.", credit="By MAREK ZIELINSKI Associated Press", a="MAREK ZIELINSKI"),
  E("2025-06-10 01:30", "Zaporizhzhia nuclear plant briefly loses its last outside power line",
    ["The Russian-held Zaporizhzhia nuclear plant was cut off from its last remaining external power line for several hours and relied on diesel generators, the UN nuclear watchdog said."],
    "other", "security", 2, "zaporizhzhia-npp-power-loss-2025-06-10", credit="By NINA HOLUB Associated Press", a="NINA HOLUB", n="Nuclear safety at an occupied plant -> other/security."),
  ]))


# ====================================================================== PART B, day 1: 2025-04-10 (UTC)
ODESA = "odesa-drone-attack-2025-04-10"
IST = "us-russia-istanbul-embassy-talks-2025-04-10"
SWAP = "us-russia-prisoner-swap-abu-dhabi-2025-04-10"
CHINA = "zelensky-chinese-fighters-claim"

SEEDS.append(dict(id="7020", name="7020_cobblestrand-textlive", ext="txt", source="Cobblestrand Courier", zone="Europe/London", render=r_cobble, day="day1",
  title="Russia-Ukraine war live: Odesa toll rises after overnight drone attack", dateline="Thursday 10 April 2025",
  lede="Rolling coverage of the war in Ukraine. All times BST.",
  notes="Invented outlet. Text live blog, newest first, under the date line 'Thursday 10 April 2025'; stamps '20.40 BST' (UTC+1) on their own line, "
        "then headline, body and a '\u2014 Name' signature. The Key Points block lists two headlines (7020-01, 7020-05): key_point true, importance 3. "
        "7020-03 is a 'Watch:' teaser without body. 7020-06 is a theme piece (analysis of Shahed production) and its own story.",
  not_entries=["masthead and menu", "title and date line", "lede 'Rolling coverage ... All times BST.'", "'Key Points' heading and its two bullet lines (they repeat post headlines)",
               "'Latest' label", "'\u2014 Name' signature lines", "'Advertisement'", "'Show earlier posts'", "footer"],
  entries=[
  E("2025-04-10 20:40", "Odesa death toll rises to five after overnight drone attack",
    ["Five people are now known to have died after Russian drones hit apartment blocks in Odesa overnight, the head of the city's military administration has said.",
     "A woman pulled from the rubble in the afternoon died in hospital, and a man's body was found in a collapsed stairwell, he added. Twenty-one people were injured."],
    "strikes", "strikes", 3, ODESA, a="Rhiannon Tapsell", kp=True),
  E("2025-04-10 18:15", "Zelensky: China's denials 'do not match what our soldiers see'",
    ["Volodymyr Zelensky has said Beijing's insistence that no Chinese citizens fight for Russia is contradicted by what Ukrainian units have found on the battlefield.",
     "Speaking in Kyiv, he said his intelligence services had identified more than 150 Chinese nationals in Russian ranks and that two men captured this week were being questioned. China's foreign ministry has called the claims groundless."],
    "diplomacy", "diplomacy", 2, CHINA, a="Oskar Lindqvist", sec=["other"]),
  E("2025-04-10 16:30", "Watch: Rescuers comb through wreckage in Odesa", [], "strikes", "strikes", 1, ODESA, n="Video teaser without body."),
  E("2025-04-10 14:05", "Kharkiv: ballistic missile hits industrial site, one wounded",
    ["A Russian ballistic missile struck an industrial site in Kharkiv's Kholodnohirskyi district around midday, wounding a security guard, the city's mayor, Ihor Terekhov, said.",
     "It was the second attack on the city this week."],
    "strikes", "strikes", 2, "kharkiv-missile-industrial-site-2025-04-10", a="Oskar Lindqvist", n="Must not merge with the Odesa drone attack (same theme, different place and event)."),
  E("2025-04-10 11:20", "Netherlands to send \u20ac400m in drone interceptors",
    ["The Dutch government says it will spend \u20ac400m on interceptor drones and radar for Ukraine, announcing the package a day before allied defence ministers meet in Brussels.",
     "The defence minister, Ruben Brekelmans, said the first deliveries would arrive within weeks."],
    "aid", "aid", 3, "netherlands-drone-interceptor-package", a="Oskar Lindqvist", kp=True),
  E("2025-04-10 09:45", "Analysis: why Shahed swarms keep getting bigger",
    ["Russia is now launching more long-range drones in a single night than it did in a whole week a year ago, and the reason is mostly industrial.",
     "A plant in Tatarstan has moved to round-the-clock production of a domestic copy of the Iranian Shahed, and cheap decoys without warheads are mixed into each wave to exhaust Ukrainian air defences.",
     "Mobile fire groups still bring down most of the drones, but every interception costs ammunition that Ukraine's allies struggle to replace."],
    "strikes", "strikes", 2, "analysis-shahed-swarm-growth", a="Imogen Farrant", sec=["aid"], n="Theme piece (analysis): its own story, not the Odesa attack."),
  E("2025-04-10 07:10", "Odesa hit by overnight drones; two reported dead",
    ["Two people have been killed and at least nine injured after a wave of Russian drones struck Odesa during the night, regional officials say.",
     "Several residential buildings in the Kyivskyi district were hit and a fire broke out at a supermarket."],
    "strikes", "strikes", 3, ODESA, a="Rhiannon Tapsell"),
  ]))

SEEDS.append(dict(id="7021", name="7021_thimbleholt-ldlive", ext="html", source="Thimbleholt Dispatch", zone="Europe/Kyiv", render=r_thimble, day="day1",
  title="Live: Odesa counts its dead as US and Russian diplomats meet in Istanbul", url="https://thimbleholt.example/live/2025-04-10",
  dateline="Thursday, 10 April 2025", lede="Our correspondents in Odesa, Kyiv and Istanbul follow the day's events.",
  notes="Invented outlet. HTML live page with LiveBlogPosting JSON-LD (per-update datePublished, +03:00 = Kyiv EEST). OLDEST FIRST (the page says so). "
        "Byline above each headline; visible stamp 'HH:MM' inside <time datetime>. 7021-05 repeats 7021-02 nearly word for word (duplicate_of). "
        "7021-04 (missile on the Pivdennyi grain terminal, afternoon) must not merge with the overnight drone attack on Odesa city (7021-01).",
  not_entries=["header and menu", "title, date line and standfirst", "'Updates appear in the order they were posted. All times Kyiv.'", "'Copy link' / 'Share' under every update",
               "donation box after the third update", "footer"],
  entries=[
  E("2025-04-10 08:05", "Drones strike Odesa's Kyivskyi district, killing two",
    ["Russian attack drones hit high-rise buildings in Odesa's Kyivskyi district before dawn, killing two people and injuring nine, the regional governor said.",
     "Emergency workers were still searching a partly collapsed entrance of one building."],
    "strikes", "strikes", 3, ODESA, a="Mariia Sorokopud"),
  E("2025-04-10 11:30", "US and Russian delegations meet in Istanbul on embassy work",
    ["American and Russian diplomats began a second round of talks in Istanbul on Thursday on getting their embassies to function normally again, the Russian foreign ministry said.",
     "Ukraine is not taking part. Officials on both sides have said the meeting will not touch on the war, though Kyiv says it is watching closely."],
    "diplomacy", "diplomacy", 3, IST, a="Dmytro Hrynevych"),
  E("2025-04-10 13:00", "Eight children brought back from occupied areas",
    ["Eight Ukrainian children who had been living under Russian occupation have been returned to government-held territory with the help of a volunteer network, the presidential office said."],
    "other", "humanitarian", 2, "children-returned-from-occupied-areas-2025-04-10", a="Mariia Sorokopud"),
  E("2025-04-10 15:20", "Missile hits grain terminal at Pivdennyi port",
    ["A Russian missile damaged a grain terminal at the port of Pivdennyi in the Odesa region on Thursday afternoon, the regional governor said, adding that no one was hurt.",
     "The port resumed loading two ships within hours."],
    "strikes", "strikes", 2, "pivdennyi-port-missile-strike-2025-04-10", a="Dmytro Hrynevych",
    n="Same region as the Odesa drone attack but a separate daytime missile strike on a port: must not merge."),
  E("2025-04-10 17:45", "US and Russian delegations meet in Istanbul on embassy work",
    ["American and Russian diplomats held a second round of talks in Istanbul on Thursday on getting their embassies to function normally again, the Russian foreign ministry said.",
     "Ukraine is not taking part. Officials on both sides have said the meeting will not touch on the war, though Kyiv says it is watching closely."],
    "diplomacy", "diplomacy", 1, IST, a="Dmytro Hrynevych", dup="7021-02", n="Near-verbatim repeat of 7021-02 ('began' -> 'held')."),
  E("2025-04-10 21:30", "Russian and American prisoners freed in Abu Dhabi swap",
    ["The United States and Russia have exchanged two prisoners at Abu Dhabi airport, with a ballet dancer holding both countries' citizenship returning to the US and a man accused of smuggling export-controlled electronics flown to Moscow.",
     "The swap was arranged by the two countries' intelligence services with help from the United Arab Emirates, officials said."],
    "diplomacy", "diplomacy", 3, SWAP, a="Dmytro Hrynevych", n="Same US-Russia theme as the Istanbul talks but a different event: must not merge."),
  ]))

SEEDS.append(dict(id="7022", name="7022_marlinspike-worldrss", ext="xml", source="Marlinspike World Report", zone="UTC", render=r_rss, day="day1", rfc="GMT",
  title="Marlinspike World Report \u2013 Top stories", url="https://marlinspike.example", lede="World news, updated through the day",
  notes="Invented outlet. General world-news RSS 2.0 feed, pubDate in GMT, newest first, no authors. Only two of six items are about the war "
        "(the Abu Dhabi swap and the Odesa attack, spelled 'Odessa' / 'Kievsky'); four are off-beat.",
  not_entries=["channel title/link/description/language", "<category> and <guid> values"],
  entries=[
  OFF("2025-04-10 21:15", "Stocks slide again as tariff relief fades",
      ["Share prices fell across Europe and Asia on Thursday as investors worried that a 90-day pause on many US tariffs would do little to settle the trade fight with China."],
      "markets-tariff-pause-2025-04-10", "Markets and trade.", cat="Business"),
  E("2025-04-10 18:50", "Washington and Moscow swap prisoners in the Gulf",
    ["A dancer with joint US and Russian citizenship, jailed in Russia over a small donation to a Ukrainian charity, has been freed in exchange for a Russian national held in the United States, in a deal brokered in the United Arab Emirates."],
    "diplomacy", "diplomacy", 3, SWAP),
  OFF("2025-04-10 15:05", "Floods cut highways in northern Argentina",
      ["Heavy rain has flooded parts of Salta province, cutting two main highways and forcing hundreds of families to leave their homes."],
      "argentina-salta-floods", "Weather.", cat="Americas"),
  OFF("2025-04-10 12:30", "Bird flu found at Danish poultry farm",
      ["Danish authorities have ordered the culling of about 40,000 hens after bird flu was confirmed at a farm in Jutland."],
      "denmark-bird-flu-cull", "Animal health.", cat="Europe"),
  E("2025-04-10 09:30", "Odessa drone raid leaves three dead",
    ["Three people were killed when Russian drones struck residential buildings in the Black Sea port of Odessa overnight, Ukrainian officials said.",
     "More than a dozen people were hurt and several flats were gutted by fire in the city's Kievsky district."],
    "strikes", "strikes", 3, ODESA, cat="Europe"),
  OFF("2025-04-10 06:00", "Japan's rice prices keep rising despite reserve release",
      ["Rice prices in Japanese supermarkets rose for another week, government data showed, even after the release of emergency stockpiles."],
      "japan-rice-prices", "Japanese food prices.", cat="Asia"),
  ]))

SEEDS.append(dict(id="7023", name="7023_larkvane-article", ext="txt", source="Larkvane Gazette", zone="Europe/Warsaw", render=r_article, day="day1",
  title="Drones, diplomats and a long day for Kyiv", byline="Halina Marczak", dateline="10 April 2025, 14:30 CEST",
  nav="World \u203a Eastern Europe", lede="A deadly night in Odesa, a quiet meeting in Istanbul and a request to parliament: the main threads of Thursday.",
  more="Poland's new air-raid shelter rules explained", foot="\u00a9 2025 Larkvane Gazette",
  notes="Invented outlet. Text article with three section headings; one dateline '10 April 2025, 14:30 CEST' (UTC+2): every section is one entry "
        "with headline = heading, stamp null, published = the dateline. The page byline is every section's author.",
  not_entries=["masthead and breadcrumb", "title", "byline 'By Halina Marczak'", "dateline", "standfirst", "share line", "'Read next: ...' link", "copyright line"],
  entries=[
  E("2025-04-10 14:30", "Odesa wakes to a fourth death",
    ["The number of dead from the overnight drone attack on Odesa rose to four by midday, according to the city's military administration, with more than a dozen people in hospital.",
     "Residents of the Kyivskyi district spent the morning sweeping glass from courtyards and boarding up windows."],
    "strikes", "strikes", 3, ODESA, a="Halina Marczak"),
  E("2025-04-10 14:30", "In Istanbul, diplomats talk about embassies, not the war",
    ["Russian and American diplomats met behind closed doors at the Russian consul general's residence in Istanbul to discuss staffing, banking and visas for their missions.",
     "Moscow's delegation was led by its new ambassador-designate to Washington, according to Russian state media."],
    "diplomacy", "diplomacy", 3, IST, a="Halina Marczak"),
  E("2025-04-10 14:30", "Kyiv asks parliament for another 90 days of martial law",
    ["President Zelensky has submitted bills to extend martial law and general mobilisation for a further 90 days, and MPs are expected to approve them next week.",
     "It would be the fifteenth extension since the full-scale invasion began in February 2022."],
    "other", "politics", 2, "martial-law-extension-request-2025-04", a="Halina Marczak"),
  ]))


# ====================================================================== PART B, day 2: 2025-04-11 (UTC) = day 1 + 1
UDCG = "udcg-brussels-pledges-2025-04-11"
WIT = "witkoff-putin-st-petersburg-2025-04-11"

SEEDS.append(dict(id="7030", name="7030_cobblestrand-textlive", ext="txt", source="Cobblestrand Courier", zone="Europe/London", render=r_cobble, day="day2",
  title="Russia-Ukraine war live: allies pledge record sum in Brussels; Witkoff meets Putin", dateline="Friday 11 April 2025",
  lede="Rolling coverage of the war in Ukraine. All times BST.",
  notes="Invented outlet (same site as 7020, next day). Text live blog, newest first, '19.50 BST' stamps (UTC+1), Key Points block listing 7030-01 and "
        "7030-02. 7030-03 is a re-post of day-1 entry 7020-02 (same headline, near-verbatim body): importance 1, duplicate_of null because the "
        "original is in another seed. 7030-04 continues the day-1 Odesa story with a new development (sixth death, day of mourning) and keeps its slug.",
  not_entries=["masthead and menu", "title and date line", "lede", "'Key Points' heading and its two lines", "'Latest' label", "signature lines", "'Advertisement'",
               "'Show earlier posts'", "footer"],
  entries=[
  E("2025-04-11 19:50", "Allies pledge \u20ac21bn at Brussels meeting, Healey says",
    ["Ukraine's backers have committed a record \u20ac21bn in military support at today's meeting of the Ukraine Defence Contact Group, the UK defence secretary, John Healey, said as the talks closed.",
     "Germany, the UK and the Netherlands made the largest contributions, he said, with a focus on air defence and artillery ammunition."],
    "aid", "aid", 3, UDCG, a="Rhiannon Tapsell", kp=True),
  E("2025-04-11 17:35", "Witkoff and Putin meet for four hours in St Petersburg",
    ["Donald Trump's envoy Steve Witkoff has met Vladimir Putin in St Petersburg, the Kremlin said, in talks that ran for more than four hours.",
     "Putin's spokesperson said the meeting focused on aspects of a settlement in Ukraine but that nobody should expect a breakthrough."],
    "diplomacy", "diplomacy", 3, WIT, a="Oskar Lindqvist", kp=True),
  E("2025-04-11 15:10", "Zelensky: China's denials 'do not match what our soldiers see'",
    ["Volodymyr Zelensky has said Beijing's insistence that no Chinese citizens fight for Russia is contradicted by what Ukrainian units have found on the battlefield.",
     "Speaking in Kyiv, he said his intelligence services had identified more than 150 Chinese nationals in Russian ranks and that two men captured this week were being questioned. China's foreign ministry has called the claims groundless."],
    "diplomacy", "diplomacy", 1, CHINA, a="Oskar Lindqvist", sec=["other"], n="Re-post of day-1 entry 7020-02 (same headline and text, posted again on day 2): importance 1."),
  E("2025-04-11 12:40", "Odesa declares day of mourning as toll reaches six",
    ["Odesa is observing a day of mourning after a sixth person died from injuries sustained in Wednesday night's drone attack, the city's military administration said.",
     "Flags were lowered on public buildings and entertainment events were cancelled."],
    "strikes", "strikes", 3, ODESA, a="Rhiannon Tapsell", n="Continuation of the day-1 Odesa story with a new development (sixth death, mourning); keeps the day-1 slug."),
  E("2025-04-11 10:05", "Ministers gather at Nato HQ for Ramstein-format talks",
    ["Defence ministers from about 50 countries are arriving at Nato headquarters in Brussels for the latest meeting of the Ukraine Defence Contact Group, chaired for the first time by the UK and Germany.",
     "The US defence secretary, Pete Hegseth, is expected to join by video link rather than in person."],
    "aid", "aid", 3, UDCG, a="Imogen Farrant", sec=["diplomacy"]),
  E("2025-04-11 08:30", "Kharkiv: glide bombs damage homes overnight",
    ["Russian glide bombs hit a residential area on the northern edge of Kharkiv overnight, damaging a dozen private houses and injuring two people, the regional governor, Oleh Syniehubov, said."],
    "strikes", "strikes", 2, "kharkiv-glide-bombs-2025-04-11", a="Imogen Farrant", n="Different event from day 1's Kharkiv missile (7020-04) and from the national drone tally (7032-01)."),
  E("2025-04-11 07:00", "EU pays out \u20ac3.5bn to Kyiv under Ukraine Facility",
    ["The European Commission has transferred \u20ac3.5bn to Ukraine as the latest payment under its four-year support programme, money that goes to the state budget rather than to weapons."],
    "aid", "aid", 2, "eu-ukraine-facility-tranche-2025-04-11", a="Imogen Farrant", n="Aid, but a different event from the Brussels pledges: must not merge."),
  ]))

SEEDS.append(dict(id="7031", name="7031_emberwick-atom", ext="xml", source="Emberwick Review", zone="Europe/Berlin", render=r_atom, day="day2",
  title="Emberwick Review \u2013 Ukraine", url="https://emberwick.example", lede="Reporting and explainers on the war in Ukraine",
  notes="Invented outlet. Atom 1.0 feed, newest first, <published> with +02:00 (Berlin CEST), author per entry, entity-escaped HTML content. "
        "7031-02 is a theme piece (explainer on the contact group), its own story. Spelling 'Odessa' in 7031-03.",
  not_entries=["feed title, subtitle, id, updated", "<category> terms"],
  entries=[
  E("2025-04-11 20:30", "Brussels meeting: Berlin adds air defence to \u20ac20bn-plus pledge tally",
    ["Germany has promised four more IRIS-T air defence systems and tens of thousands of artillery rounds, adding to what allied ministers said were pledges worth more than \u20ac20bn from the Brussels meeting.",
     "Defence minister Boris Pistorius said the systems would come from industry over the coming months."],
    "aid", "aid", 3, UDCG, a="Friederike Aust", cat="Ukraine"),
  E("2025-04-11 17:00", "Explainer: What is the Ukraine Defence Contact Group?",
    ["The group was set up by the United States in April 2022 at Ramstein air base in Germany, which is why it is often called the Ramstein format.",
     "It brings together around 50 countries that coordinate what weapons Ukraine receives and who pays for them. Until this year it was always chaired by the US defence secretary.",
     "Its meetings do not produce binding decisions; each government announces its own contributions."],
    "aid", "aid", 2, "explainer-ukraine-defence-contact-group", a="Lukas Hinrichsen", sec=["diplomacy"], cat="Explainer",
    n="Theme piece (explainer with a body): its own story, not today's meeting."),
  E("2025-04-11 14:20", "Sixth victim dies after Odessa drone strike",
    ["A 67-year-old man injured in the Russian drone attack on Odessa has died in hospital, bringing the death toll to six, local authorities said."],
    "strikes", "strikes", 3, ODESA, a="Lukas Hinrichsen", cat="Ukraine", n="Continuation of the day-1 Odesa story."),
  E("2025-04-11 11:45", "Guided bomb hits village school in Sumy region; no one hurt",
    ["A guided aerial bomb hit a school building in a village in the Sumy region overnight, Ukrainian officials said. Classes had moved online months ago and nobody was inside."],
    "strikes", "strikes", 2, "sumy-guided-bomb-school-2025-04-11", a="Friederike Aust", cat="Ukraine"),
  E("2025-04-11 09:10", "Poland tightens border checks after drone crosses from Belarus",
    ["Poland says it will add patrols along its border with Belarus after a small drone crossed into its airspace overnight and crashed in a field near Biała Podlaska."],
    "other", "security", 2, "poland-belarus-drone-incursion-2025-04-11", a="Friederike Aust", cat="Europe"),
  ]))

SEEDS.append(dict(id="7032", name="7032_glasswick-htmllive", ext="html", source="Glasswick Daily", zone="Europe/Kyiv", render=r_glasswick, day="day2",
  title="Ukraine live: Brussels pledges pass \u20ac20bn; Putin receives Witkoff", dateline="Friday, 11 April 2025 \u00b7 Kyiv time (EEST)",
  lede="Updates from our Kyiv desk, oldest first.",
  notes="Invented outlet. HTML live page without JSON-LD, OLDEST FIRST, stamps '11 Apr 09:15' (day and month, no year) in a span above each h3; the year "
        "and zone are only in the header date line 'Friday, 11 April 2025 \u00b7 Kyiv time (EEST)' (UTC+3). 'Reported by NAME' after the body. "
        "7032-03 is a 'Photos:' teaser without body (Odesa story). 7032-06 repeats 7032-02 nearly verbatim (duplicate_of).",
  not_entries=["cookie consent line", "header and menu", "title, date line and intro", "'Related' aside with one link", "'Reported by' prefix (the name is the author)",
               "'Live coverage continues tomorrow.'", "footer"],
  entries=[
  E("2025-04-11 09:15", "Overnight: 45 drones launched, 30 shot down",
    ["Russia launched 45 Shahed-type and decoy drones at Ukraine overnight, the air force said, and 30 of them were shot down over seven regions.",
     "Another 11 were lost to electronic warfare. Damage was reported in the Kharkiv and Sumy regions."],
    "strikes", "strikes", 2, "overnight-drone-attack-2025-04-11", a="Yaryna Bilous",
    n="National overnight tally; must not merge with the Kharkiv glide bombs (7030-06) or the Sumy school (7031-04)."),
  E("2025-04-11 11:40", "Ministers arrive in Brussels; Hegseth to join by video",
    ["Ukraine's defence minister Rustem Umerov arrived at Nato headquarters for Friday's Ramstein-format meeting, where he said Kyiv would ask above all for air defence.",
     "The meeting is co-chaired by Britain and Germany. The US defence secretary is taking part remotely."],
    "aid", "aid", 3, UDCG, a="Taras Vovk", sec=["diplomacy"]),
  E("2025-04-11 13:05", "Photos: Odesa lays flowers at the Kyivskyi district blast site", [], "strikes", "strikes", 1, ODESA, n="Photo teaser without body."),
  E("2025-04-11 15:30", "Putin receives Witkoff in St Petersburg",
    ["Vladimir Putin is holding talks with US envoy Steve Witkoff in St Petersburg, Russian state television showed, in their third meeting this year."],
    "diplomacy", "diplomacy", 3, WIT, a="Taras Vovk"),
  E("2025-04-11 18:20", "Brussels: pledges pass \u20ac20bn, Umerov says",
    ["Rustem Umerov said partners had pledged more than \u20ac20bn at the meeting, calling it a historic figure, and thanked Britain and Germany for steering the talks."],
    "aid", "aid", 3, UDCG, a="Yaryna Bilous"),
  E("2025-04-11 20:05", "Ministers arrive in Brussels; Hegseth to join by video",
    ["Ukraine's defence minister Rustem Umerov arrived at Nato headquarters for Friday's Ramstein-format meeting, where he said Kyiv would ask first of all for air defence.",
     "The meeting is co-chaired by Britain and Germany. The US defence secretary is taking part remotely."],
    "aid", "aid", 1, UDCG, a="Taras Vovk", sec=["diplomacy"], dup="7032-02", n="Near-verbatim repeat of 7032-02 ('above all' -> 'first of all')."),
  ]))

SEEDS.append(dict(id="7033", name="7033_setomere-worldrss", ext="xml", source="Setomere Wire", zone="Asia/Tokyo", render=r_rss, day="day2", rfc="+0900",
  title="Setomere Wire: World", url="https://setomere.example", lede="International news from our Tokyo desk",
  notes="Invented outlet. General world-news RSS 2.0 feed from a Tokyo desk: pubDate '+0900' (JST), newest first, no authors. Two of six items "
        "are about the war (Brussels pledges, Witkoff-Putin); four are off-beat Japanese/Asian items.",
  not_entries=["channel title/link/description/language", "<category> and <guid> values"],
  entries=[
  E("2025-04-11 23:10", "Europe leads new round of military pledges for Ukraine",
    ["Ukraine's allies met in Brussels on Friday and promised billions of euros in fresh military support, with European governments taking a bigger share as Washington's role shrinks."],
    "aid", "aid", 3, UDCG),
  E("2025-04-11 21:40", "US envoy meets Putin in St Petersburg",
    ["President Trump's special envoy Steve Witkoff met Russian President Vladimir Putin in St Petersburg on Friday for talks on ending the war in Ukraine, the Kremlin said."],
    "diplomacy", "diplomacy", 3, WIT),
  OFF("2025-04-11 18:00", "Japanese exporters brace for US tariffs",
      ["Japanese carmakers and electronics firms said they were reviewing investment plans while a 24 percent US tariff on Japanese goods is on hold for 90 days."],
      "japan-exporters-us-tariffs", "Trade.", cat="Business"),
  OFF("2025-04-11 15:20", "Moderate quake shakes southern Kyushu, no damage reported",
      ["An earthquake with a preliminary magnitude of 5.1 struck off the coast of Miyazaki prefecture, the Japan Meteorological Agency said. No tsunami warning was issued."],
      "kyushu-earthquake-2025-04-11", "Earthquake.", cat="Japan"),
  OFF("2025-04-11 12:05", "Expo site completes final rehearsal before opening",
      ["Organisers of the World Expo in Osaka said the last full-scale rehearsal went smoothly and the event would open to the public on Sunday as planned."],
      "osaka-expo-rehearsal", "Expo.", cat="Japan"),
  OFF("2025-04-11 09:30", "Cherry blossom season ends early in Tokyo",
      ["Warm weather and strong winds stripped most of Tokyo's cherry trees of blossom, ending the viewing season a few days earlier than usual, the weather agency said."],
      "tokyo-cherry-blossom-end", "Seasonal weather.", cat="Japan"),
  ]))


# ====================================================================== PART B, day 3: 2025-02-20 (UTC), a separate day
ZAP = "zaporizhzhia-missile-strike-2025-02-20"
KEL = "kellogg-zelensky-kyiv-meeting-2025-02-20"

SEEDS.append(dict(id="7040", name="7040_vellumpoint-worldatom", ext="xml", source="Vellum Point Chronicle", zone="UTC", render=r_atom, day="day3",
  title="Vellum Point Chronicle: World", url="https://vellumpoint.example", lede="The world's news in brief",
  notes="Invented outlet. General world-news Atom feed, <published> in UTC ('Z'), newest first, desk names as authors. Two of six entries are about "
        "the war (Zaporizhzhia strike spelled 'Zaporozhye'; the Kellogg visit); four are off-beat.",
  not_entries=["feed title, subtitle, id, updated", "<category> terms"],
  entries=[
  OFF("2025-02-20 22:40", "Heavy snowfall shuts schools and ferries in Istanbul",
      ["Schools were closed and ferry crossings on the Bosphorus suspended after the heaviest snowfall of the winter blanketed Istanbul."],
      "istanbul-snowfall", "Weather.", a="Europe desk", cat="Europe"),
  E("2025-02-20 19:15", "Zaporozhye missile strike toll climbs to four",
    ["Four people have died after Russian missiles struck the south-eastern Ukrainian city of Zaporozhye before dawn on Thursday, regional officials said.",
     "Around two dozen people were injured, among them a teenager."],
    "strikes", "strikes", 3, ZAP, a="Europe desk", cat="Europe"),
  OFF("2025-02-20 16:05", "Berlin film festival hands out its first jury prizes",
      ["The Berlin International Film Festival announced its first jury awards, honouring a debut documentary and a short film from Brazil."],
      "berlinale-first-prizes", "Culture.", a="Culture desk", cat="Culture"),
  E("2025-02-20 13:30", "Trump envoy Kellogg meets Zelensky in Kyiv",
    ["US special envoy Keith Kellogg held talks with President Volodymyr Zelensky in Kyiv on Thursday, a day after Donald Trump attacked the Ukrainian leader on social media."],
    "diplomacy", "diplomacy", 3, KEL, a="Europe desk", cat="Europe"),
  OFF("2025-02-20 10:10", "Avalanche warning raised across Swiss Alps",
      ["Swiss authorities raised the avalanche danger to the second-highest level in several Alpine cantons after fresh snow and strong winds."],
      "swiss-avalanche-warning", "Weather.", a="Europe desk", cat="Europe"),
  OFF("2025-02-20 07:45", "Firefighters contain bushfire in Western Australia",
      ["Crews contained a bushfire that had threatened homes on the edge of a town south of Perth, emergency services said."],
      "western-australia-bushfire", "Bushfire.", a="Asia-Pacific desk", cat="Asia-Pacific"),
  ]))

SEEDS.append(dict(id="7041", name="7041_hobnail-textlive", ext="txt", source="Hobnail Crossing Bulletin", zone="Europe/Kyiv", render=r_hobnail, day="day3",
  title="Ukraine live: missiles on Zaporizhzhia, US envoy in Kyiv", dateline="Thursday, 20 February", tznote="Times are Kyiv time (EET).",
  parse_args=["--date", "2025-02-20"],
  notes="Invented outlet. Text live page, OLDEST FIRST, date line 'Thursday, 20 February' WITHOUT a year (parse_args --date 2025-02-20); bare "
        "'07:20' line before each headline, Kyiv time (EET = UTC+2), 'By NAME' after the body. 7041-07 repeats 7041-05 nearly verbatim (duplicate_of). "
        "The Odesa energy attack (7041-04) must not merge with the Zaporizhzhia strike.",
  not_entries=["masthead and menu", "title", "date line 'Thursday, 20 February'", "'Times are Kyiv time (EET).'", "'By NAME' lines", "evening-email promo",
               "'That's all from us today.'", "footer"],
  entries=[
  E("2025-02-20 07:20", "Missiles hit Zaporizhzhia overnight; one dead",
    ["Russian missiles struck Zaporizhzhia shortly before five in the morning, killing one person and damaging an apartment block and a kindergarten, the regional governor said."],
    "strikes", "strikes", 3, ZAP, a="Nadiya Petrenko"),
  E("2025-02-20 09:05", "Kellogg arrives in Kyiv by train",
    ["Keith Kellogg, Donald Trump's special envoy for Ukraine and Russia, arrived in Kyiv on the overnight train from Poland for talks with Volodymyr Zelensky."],
    "diplomacy", "diplomacy", 3, KEL, a="Serhii Marchuk"),
  E("2025-02-20 10:40", "Zaporizhzhia toll rises to two, 17 hurt",
    ["A second person has died in hospital after the overnight missile strike on Zaporizhzhia, and the number of injured has risen to 17, the regional administration said."],
    "strikes", "strikes", 3, ZAP, a="Nadiya Petrenko"),
  E("2025-02-20 12:55", "Odesa: drones knock out power to 160,000",
    ["A Russian drone attack on energy infrastructure in Odesa left about 160,000 people without electricity or heating, the region's governor said.",
     "Schools in the affected districts switched to remote lessons."],
    "strikes", "strikes", 2, "odesa-energy-drone-attack-2025-02-20", a="Nadiya Petrenko", n="Same theme as the Zaporizhzhia strike, different place and event: must not merge."),
  E("2025-02-20 14:30", "Kellogg and Zelensky hold talks; joint press event cancelled",
    ["Zelensky and Kellogg met at the presidential office for about an hour. A press conference that was to follow was called off, with Ukrainian officials saying the US side had asked for it to be dropped."],
    "diplomacy", "diplomacy", 3, KEL, a="Serhii Marchuk"),
  E("2025-02-20 16:10", "Russia claims another village near Pokrovsk",
    ["Russia's defence ministry said its troops had taken control of another village south-west of Pokrovsk. Ukraine's general staff reported 50 clashes in that sector over the day."],
    "other", "frontline", 2, "russia-claims-village-near-pokrovsk-2025-02-20", a="Serhii Marchuk"),
  E("2025-02-20 18:45", "Kellogg and Zelensky hold talks; joint press event cancelled",
    ["Zelensky and Kellogg met at the presidential office for about an hour. A press conference that was due to follow was called off, with Ukrainian officials saying the US side had asked for it to be dropped."],
    "diplomacy", "diplomacy", 1, KEL, a="Serhii Marchuk", dup="7041-05", n="Near-verbatim repeat of 7041-05 ('was to follow' -> 'was due to follow')."),
  ]))

SEEDS.append(dict(id="7042", name="7042_corvidlane-htmllive", ext="html", source="Corvid Lane Post", zone="Europe/London", render=r_corvid, day="day3",
  title="Ukraine war live: Zelensky calls Kellogg talks productive; Zaporizhzhia toll rises", url="https://corvidlanepost.example/world/live/2025/feb/20/ukraine-war-live",
  dateline="Thu 20 Feb 2025", lede="Europe rallies behind Kyiv after Trump's broadside; US envoy in the Ukrainian capital.",
  notes="Invented outlet. HTML live page, newest first. JSON-LD is an @graph whose LiveBlogPosting node has an @type ARRAY and no liveBlogUpdate list; "
        "entry times come from the visible '9.05pm' stamps, whose <time datetime> carries the UTC instant (London GMT = UTC in February). "
        "Signature paragraph after each body. 7042-02 is a 'Watch:' teaser without body; 7042-06 is a theme piece (analysis of the minerals deal).",
  not_entries=["header and menu", "title, date line 'Thu 20 Feb 2025' and standfirst", "signature lines", "newsletter promo", "footer"],
  entries=[
  E("2025-02-20 21:05", "European leaders rally behind Zelensky after Trump's 'dictator' jibe",
    ["Leaders in Berlin, London and Paris have defended Volodymyr Zelensky's legitimacy after Donald Trump called him a dictator on social media.",
     "Germany's chancellor, Olaf Scholz, said it was simply wrong to question the Ukrainian president's democratic mandate while the country was under martial law."],
    "diplomacy", "diplomacy", 2, "european-leaders-defend-zelensky-after-trump-remark", a="Nell Ashworth",
    n="Same US-Ukraine theme as the Kellogg visit but a different event: must not merge."),
  E("2025-02-20 18:30", "Watch: Zelensky and Kellogg shake hands in Kyiv", [], "diplomacy", "diplomacy", 1, KEL, n="Video teaser without body."),
  E("2025-02-20 15:20", "Zelensky calls Kellogg meeting 'productive'",
    ["Volodymyr Zelensky said his talk with Keith Kellogg had been productive and that Ukraine was ready for a strong investment and security agreement with the US.",
     "He said they had discussed the battlefield situation, the return of prisoners and security guarantees."],
    "diplomacy", "diplomacy", 3, KEL, a="Nell Ashworth", n="A participant's readout of the meeting: same story as the meeting."),
  E("2025-02-20 12:40", "Zaporizhzhia: three killed as missiles hit city overnight",
    ["The death toll from the overnight Russian missile attack on Zaporizhzhia has climbed to three, the regional governor said, with more than 20 people hurt."],
    "strikes", "strikes", 3, ZAP, a="Callum Rees"),
  E("2025-02-20 10:15", "EU envoys agree 16th sanctions package",
    ["EU ambassadors have agreed a sixteenth package of sanctions against Russia, targeting aluminium imports and dozens more tankers in the shadow fleet, diplomats said.",
     "The package is expected to be formally adopted on Monday, the third anniversary of the full-scale invasion."],
    "diplomacy", "diplomacy", 2, "eu-16th-sanctions-package-agreed", a="Callum Rees"),
  E("2025-02-20 08:00", "Analysis: what Washington wants from a minerals deal",
    ["The draft agreement Washington sent to Kyiv last week would give the US half of the revenue from Ukraine's future mineral extraction, according to people who have seen it.",
     "Zelensky rejected that version because it offered no security guarantees in return. The question now is whether a rewritten deal can tie American business interests to Ukraine's defence."],
    "diplomacy", "diplomacy", 2, "analysis-us-ukraine-minerals-deal", a="Callum Rees", sec=["aid"], n="Theme piece (analysis): its own story, not the Kellogg meeting."),
  E("2025-02-20 06:30", "Ukrainian drones hit oil pumping station in Krasnodar region",
    ["Drones struck an oil pumping station in Russia's Krasnodar region overnight, causing a fire, local authorities said. The station is part of a pipeline system that carries crude to the Black Sea."],
    "strikes", "strikes", 2, "ukrainian-drones-krasnodar-pumping-station-2025-02-20", a="Callum Rees", n="Strike by Ukraine on Russia: must not merge with the Zaporizhzhia strike."),
  ]))

SEEDS.append(dict(id="7043", name="7043_wendlemoor-article", ext="txt", source="Wendlemoor Evening Review", zone="Europe/Warsaw", render=r_article, day="day3",
  title="Thursday in Ukraine: deaths in Zaporizhia, an envoy in Kyiv", byline="Bartosz Lewandowicz", dateline="20.02.2025, 20:30",
  nav="News \u203a World", lede="Our evening summary of the war.", more="How Poland's East Shield is taking shape", foot="\u00a9 Wendlemoor Evening Review 2025",
  notes="Invented outlet. Text article, three section headings; dateline '20.02.2025, 20:30' with no zone printed (the outlet is in Warsaw: CET = UTC+1), "
        "so every section is published 19:30 UTC. Spelling 'Zaporizhia' in the title and first section. Page byline is every section's author.",
  not_entries=["masthead and breadcrumb", "title", "byline", "dateline", "standfirst 'Our evening summary of the war.'", "share line", "'Read next: ...' link", "copyright line"],
  entries=[
  E("2025-02-20 20:30", "A night of missiles and a rising toll",
    ["Four people were killed and at least 24 injured when Russian missiles struck Zaporizhia before dawn, Ukrainian officials said on Thursday evening.",
     "The missiles hit a residential area near the city centre and a civilian infrastructure site that officials did not identify."],
    "strikes", "strikes", 3, ZAP, a="Bartosz Lewandowicz"),
  E("2025-02-20 20:30", "Envoy's Kyiv visit ends without a press conference",
    ["Keith Kellogg left the presidential office after his meeting with Zelensky without the joint appearance before journalists that had been planned.",
     "Zelensky's chief of staff said the talks had been good and that work would continue on Friday."],
    "diplomacy", "diplomacy", 3, KEL, a="Bartosz Lewandowicz"),
  E("2025-02-20 20:30", "Warsaw speeds up 'East Shield' border works",
    ["Poland's defence ministry said it would bring forward construction of anti-tank barriers and observation towers along its borders with Russia and Belarus."],
    "other", "security", 2, "poland-east-shield-border-works", a="Bartosz Lewandowicz"),
  ]))


# ====================================================================== emit
BASIS = {
  "r_lnp": "bare time '{s}' under the BLOX date line 'Jan 7, 2025'; newest first, so times later than the item above belong to the previous local day; no zone printed: US Eastern (the paper's home), EST = UTC-5",
  "r_ydr": "stamp '{s}' after the headline (date and ET printed); EST = UTC-5; the JSON-LD update datePublished agrees",
  "r_altoona": "no per-brief time; the visible date line shows only 'Mar 8, 2025'; the time comes from the NewsArticle JSON-LD datePublished 2025-03-08T21:40:00-05:00 (EST), i.e. 02:40 UTC on 9 March",
  "r_greenville": "pubDate '{s}' (explicit GMT); published_local converted to US Eastern",
  "r_augusta": "no per-section time; the article dateline 'Published 5:41 p.m. ET March 19, 2025' (EDT = UTC-4) is used for every section",
  "r_shreveport": "stamp '{s}' under the day divider for {d} (no year printed: parse_args --date 2025-04-19); CT in April = CDT = UTC-5",
  "r_amarillo": "bold time '{s}' in the timeline of the article dated May 11, 2025 ('All times are Central.'); CDT = UTC-5",
  "r_waco": "pubDate '{s}' (explicit offset, CDT)",
  "r_topeka": "card stamp '{s}' (date and CT printed); CDT = UTC-5",
  "r_rapidcity": "visible relative stamp '{s}'; the instant is the card's <time datetime> attribute (MDT, -06:00); consistent with a capture at 17:30 MDT",
  "r_cobble": "stamp '{s}' under the page date line for {d}; BST = UTC+1",
  "r_thimble": "stamp '{s}' in <time datetime> (+03:00) under the date line for {d}; the JSON-LD update datePublished agrees",
  "r_rss": "pubDate '{s}' (explicit zone)",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_article": "no per-section time; the article dateline ({d}, {z}) is used for every section",
  "r_glasswick": "stamp '{s}' (day and month, no year); year and zone from the header date line for {d}; Kyiv EEST = UTC+3",
  "r_hobnail": "bare time '{s}' under the date line 'Thursday, 20 February' (no year: parse_args --date 2025-02-20); Kyiv EET = UTC+2",
  "r_corvid": "stamp '{s}' with <time datetime> in UTC, under the date line 'Thu 20 Feb 2025'; London GMT = UTC",
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
                         "author": e["a"], "first_sentence": first_sentence(e), "body_paragraphs": len(e["p"]),
                         "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"], "importance": e["imp"],
                         "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"], "notes": e["n"]})
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

#!/usr/bin/env python3
"""Builds eval/av seeds and gold files from one hand-written data table (below).
All news text is invented or paraphrased in the blind tester's own words; Part B outlets are invented.
Deterministic. Run from the project root: python3 eval/av/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


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


def ampm(d, sep=":", space="", style="lower"):
    hh = d.hour % 12 or 12
    suf = {"lower": ("am", "pm"), "dots": ("a.m.", "p.m."), "upper": ("AM", "PM")}[style][d.hour >= 12]
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def newest_first(S):
    ts = [e["t"] for e in S["entries"]]
    assert ts == sorted(ts, reverse=True), S["id"] + " entries must be listed newest first"


def oldest_first(S):
    ts = [e["t"] for e in S["entries"]]
    assert ts == sorted(ts), S["id"] + " entries must be listed oldest first"


# ============================================================ Part A renderers (layouts of real outlets; all wording mine)

def r_miami(S):  # McClatchy article page carrying an AP "The Latest" file: "___" separators, bold "1:40 a.m." times, no item headlines
    z = S["zone"]; newest_first(S)
    up = dt(S["updated"], z); pub = dt(S["first_pub"], z)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": pub.isoformat(),
          "dateModified": up.isoformat(), "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "Miami Herald"}, "articleSection": "Nation & World"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Miami Herald</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body class="story-page">',
           '<div class="meter">You have 3 free articles remaining this month. <a href="/subscribe">Subscribe for $1</a></div>',
           '<header class="masthead"><a class="logo" href="/">Miami Herald</a><nav><a href="/news/local/">Local</a> <a href="/sports/">Sports</a> '
           '<a href="/news/business/real-estate-news/">Real Estate News</a> <a href="/news/business/">Business</a> <a href="/opinion/">Opinion</a> '
           '<a href="/entertainment/">Entertainment</a> <a href="/obituaries/">Obituaries</a> <a href="/eedition/">eEdition</a></nav>'
           '<a class="signin" href="/account">Sign In</a></header>',
           '<main><article class="story">', '<p class="kicker"><a href="/news/nation-world/world/">WORLD</a></p>',
           f'<h1 class="h1">{esc(S["title"])}</h1>',
           f'<div class="byline"><a href="/profile/ap">{esc(S["byline"])}</a></div>',
           f'<time class="update-date" datetime="{up.isoformat()}">UPDATED {MONTHS[up.month - 1].upper()} {up.day}, {up.year} {ampm(up, space=" ", style="upper")}</time>',
           '<div class="share-tools"><a>Facebook</a> <a>Twitter</a> <a>Email</a> <a>Print</a></div>',
           '<div class="listen">Listen to this article</div>',
           f'<p>{esc(S["lede"])}</p>']
    stamps = []
    for e in S["entries"]:
        d = dt(e["t"], z); st = ampm(d, space=" ", style="dots"); stamps.append(st)
        out += ["<p>___</p>", f"<p><strong>{st}</strong></p>"] + [f"<p>{esc(p)}</p>" for p in e["p"]]
    out += ["<p>___</p>", f'<p>{esc(S["tail"])}</p>', "</article>",
            '<section class="read-next"><h2>Read Next</h2><a href="/news/nation-world/world/article1.html">South Florida Ukrainians pack church for a vigil and a supply drive</a></section>',
            '<aside class="top-stories"><h3>TOP STORIES</h3><ul><li><a>Spring break crowds prompt curfew talk on Miami Beach</a></li>'
            '<li><a>Heat drop road game as playoff push continues</a></li></ul></aside>',
            '<div class="comments">Comments <a href="/customer-service/commenting-policy/">Commenting Policy</a></div></main>',
            '<footer><a>Copyright</a> <a>Commenting Policy</a> <a>Privacy Policy</a> <a>Terms of Service</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_brisbane(S):  # Nine live blog (Brisbane Times) copied as text; newest first; "7.15pm" line, headline, "By NAME"; no day headers
    z = S["zone"]; newest_first(S)
    up = dt(S["updated"], z); fp = dt(S["first_pub"], z)
    L = ["Skip to navigation", "Skip to content", "Skip to footer", "Brisbane Times", "", "Subscribe", "Log in", "",
         "Queensland  Politics  National  World  Business  Culture  Lifestyle  Property  Sport", "", "Advertisement", "",
         "World", "Russia-Ukraine war", "", S["title"], "", S["byline"], "",
         f"Updated {MONTHS[up.month - 1]} {up.day}, {up.year} \u2014 {ampm(up, sep='.')}, first published {MONTHS[fp.month - 1]} {fp.day}, {fp.year} \u2014 {ampm(fp, sep='.')}", "",
         "Save", "Log in, register or subscribe to save articles for later.", "License this article",
         "Normal text size", "Larger text size", "Very large text size", "", "Latest posts", "Latest posts", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        L += [st, e["h"], ""]
        if e["a"]:
            L += [f"By {e['a']}", ""]
        if not e["p"]:
            L += ["Loading", ""]
        L += ptxt(e["p"]) + ["Share", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Load more posts", "", "Most Viewed in World", "Loading", "", "From our partners", "", "Copyright \u00a9 2022"]
    return "\n".join(L) + "\n", stamps


def r_newcastle(S):  # ACM (Newcastle Herald) RSS 2.0 category feed; pubDate in +1000; dc:creator; description HTML in CDATA
    z = S["zone"]; newest_first(S)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://www.newcastleherald.com.au/news/world/</link>',
           '<atom:link href="https://www.newcastleherald.com.au/rss.xml?section=world" rel="self" type="application/rss+xml"/>',
           '<description>World news from the Newcastle Herald</description>', '<language>en-au</language>',
           f'<lastBuildDate>{dt(S["build"], z).strftime("%a, %d %b %Y %H:%M:%S %z")}</lastBuildDate>',
           '<copyright>Copyright 2022 Australian Community Media</copyright>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        u = f"https://www.newcastleherald.com.au/story/{7723310 + i * 17}/"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{u}</link>", f'<guid isPermaLink="true">{u}</guid>', f"<pubDate>{st}</pubDate>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out += [f"<category>{e.get('cat', 'World')}</category>",
                f'<media:content url="https://www.newcastleherald.com.au/images/transform/v1/crop/frm/{i + 40}.jpg" medium="image"/>',
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_jep(S):  # Jersey Evening Post "UK & International News" listing copied as text; headline, then byline line, then "Published:" stamp
    z = S["zone"]; newest_first(S)
    L = ["Jersey Evening Post", "", "Sign in", "Subscribe", "", "News  Sport  Business  Island Life  Property  Jobs  Announcements  Puzzles  ePaper", "",
         "We use cookies to make our website work and to understand how you use it. Accept all cookies  Cookie settings", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Published: {d.day} {MONTHS[d.month - 1][:3]} {d.year}, {d:%H:%M}"; stamps.append(st)
        L += [e["h"], f"By {e['a']}", st, ""] + ptxt(e["p"]) + [f"{(i * 7) % 4} comments", "Read more", ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Load more", "", "Most read", "Sign up for the JEP daily newsletter", "", "\u00a9 Jersey Evening Post. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_asiatimes(S):  # Asia Times WordPress feed: pubDate +0000, dc:creator CDATA, description excerpt, content:encoded with the Yoast "appeared first" line
    z = S["zone"]; newest_first(S)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<atom:link href="https://asiatimes.com/feed/" rel="self" type="application/rss+xml" />',
           '<link>https://asiatimes.com</link>', '<description>Asia&#039;s news, opinion and analysis</description>',
           f'<lastBuildDate>{dt(S["build"], UTC.key).strftime("%a, %d %b %Y %H:%M:%S +0000")}</lastBuildDate>', '<language>en-US</language>',
           '<sy:updatePeriod>hourly</sy:updatePeriod>', '<sy:updateFrequency>1</sy:updateFrequency>', '<generator>https://wordpress.org/?v=5.9.2</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], z).astimezone(UTC); st = u.strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")
        link = f"https://asiatimes.com/2022/03/{slug}/"
        excerpt = e["p"][0][:150].rsplit(" ", 1)[0] + " [&#8230;]"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{link}</link>", f"<comments>{link}#respond</comments>",
                f"<dc:creator><![CDATA[{e['a']}]]></dc:creator>", f"<pubDate>{st}</pubDate>"]
        out += [f"<category><![CDATA[{c}]]></category>" for c in e.get("cats", ["World"])]
        out += [f'<guid isPermaLink="false">https://asiatimes.com/?p={1768040 + i * 113}</guid>',
                f"<description><![CDATA[{excerpt}]]></description>",
                "<content:encoded><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"])
                + f'<p>The post <a rel="nofollow" href="{link}">{esc(e["h"])}</a> appeared first on <a rel="nofollow" href="https://asiatimes.com">Asia Times</a>.</p>]]></content:encoded>',
                f"<wfw:commentRss>{link}feed/</wfw:commentRss>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(l for l in out if l) + "\n", stamps


def r_sahara(S):  # Sahara Reporters (Drupal) tag listing; visible date only ("Mar 06, 2022"), the time lives in the RDFa content attribute
    z = S["zone"]; newest_first(S)
    out = ['<!DOCTYPE html>', '<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/ dc: http://purl.org/dc/terms/">',
           '<head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Sahara Reporters</title></head><body class="page-taxonomy">',
           '<div id="header"><a href="/" class="logo">Sahara Reporters</a><ul class="menu"><li><a href="/">Home</a></li><li><a href="/news">News</a></li>'
           '<li><a href="/politics">Politics</a></li><li><a href="/international">International</a></li><li><a href="/opinion">Opinion</a></li>'
           '<li><a href="/video">Video</a></li><li><a href="/donate">Donate</a></li></ul>'
           '<form class="search"><input type="text" placeholder="Search"> <button>Search</button></form></div>',
           f'<div id="main"><h1 class="page-title">{esc(S["title"])}</h1>', '<div class="view-content">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1][:3]} {d.day:02d}, {d.year}"; stamps.append(st)
        href = "/" + d.strftime("%Y/%m/%d") + "/" + re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")
        out += ['<div class="views-row">', f'<h2 class="node-title"><a href="{href}">{esc(e["h"])}</a></h2>',
                f'<div class="submitted"><span class="username">{esc(e["a"])}</span> '
                f'<span class="date-display-single" property="dc:date" datatype="xsd:dateTime" content="{d.isoformat()}">{st}</span></div>',
                '<div class="field-body">'] + [f"<p>{esc(p)}</p>" for p in e["p"]]
        out += ['</div>', f'<div class="links"><a href="{href}">Read More</a> <span class="comment-count">{(i * 5) % 9} Comments</span> '
                '<a class="share">Share on Facebook</a> <a class="share">Tweet</a></div>', "</div>"]
        if i == 2:
            out.append('<div class="block-donate">Support independent journalism. <a href="/donate">Donate to SaharaReporters</a></div>')
    out += ['</div><ul class="pager"><li><a href="?page=1">next \u203a</a></li><li><a href="?page=40">last \u00bb</a></li></ul></div>',
            '<div id="footer">\u00a9 Sahara Reporters. All rights reserved. <a href="/about">About Us</a> <a href="/contact">Contact</a></div></body></html>']
    return "\n".join(out) + "\n", stamps


def r_hiiraan(S):  # Hiiraan Online English news listing copied as text; headline, then "Sunday May 15, 2022 - 22:50" stamp, then "By SOURCE"
    z = S["zone"]; newest_first(S)
    L = ["Hiiraan Online", "Warar, Wararka Maanta, Somali News, Somalia News", "",
         "Home  Somali News  English News  Opinion  Hiiraan TV  Business  Sports  Community  Archive", "", S["clock"], "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{DAYS_EN[d.weekday()]} {MONTHS[d.month - 1]} {d.day}, {d.year} - {d:%H:%M}"; stamps.append(st)
        L += [e["h"], st, f"By {e['a']}", ""] + ptxt(e["p"]) + ["Read more \u00bb", ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Previous news", "", "Hiiraan Online \u00a9 1999 - 2022. All rights reserved.", "Contact us | Advertise | Privacy policy"]
    return "\n".join(L) + "\n", stamps


def r_vientiane(S):  # Vientiane Times legacy table page; "27 Mar 15:42" stamps with no year; Xinhua/KPL datelines; no year anywhere on the page
    z = S["zone"]; newest_first(S)
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">', f'<title>Vientiane Times - {esc(S["title"])}</title></head>',
           '<body bgcolor="#FFFFFF"><table width="960" border="0" cellpadding="0" cellspacing="0" align="center">',
           '<tr><td colspan="2"><img src="/images/vt_logo.gif" alt="Vientiane Times" width="420" height="90"></td></tr>',
           '<tr><td colspan="2" class="menu"><a href="/">Home</a> | <a href="/sub-new/laonews.htm">Lao News</a> | <a href="/sub-new/business.htm">Business</a> | '
           '<a href="/sub-new/region.htm">Regional</a> | <a href="/sub-new/inter.htm">International</a> | <a href="/sub-new/sport.htm">Sport</a> | '
           '<a href="/sub-new/opinion.htm">Opinion</a> | <a href="/subscribe.htm">Subscribe</a></td></tr>',
           f'<tr><td colspan="2" class="dateline">{esc(S["dayline"])}</td></tr>',
           f'<tr><td width="700" valign="top"><p class="head">{esc(S["title"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1][:3]} {d:%H:%M}"; stamps.append(st)
        out += ['<table width="100%" border="0"><tr><td>', f'<p class="newstitle"><b>{esc(e["h"])}</b></p>', f'<p class="posted">({st})</p>']
        out += [f'<p class="newsbody">{esc(p)}</p>' for p in e["p"]]
        out += [f'<p class="source">Source: {esc(e["a"])}</p>', '<hr size="1" noshade></td></tr></table>']
    out += ['</td><td width="260" valign="top" class="side"><p><b>Most read</b></p><p><a>Rice farmers prepare fields as rains near</a></p>'
            '<p><a>Visitors flock to That Luang area</a></p><p><img src="/images/banner_ads.gif" alt="Advertisement"></p></td></tr>',
            '<tr><td colspan="2" class="footer">Copyright \u00a9 Vientiane Times. Contact: info@vientianetimes.la</td></tr></table></body></html>']
    return "\n".join(out) + "\n", stamps


def r_toz(S):  # Times of Zambia article with sub-headings copied as text (WordPress theme chrome); one dateline with time
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    L = ["Times of Zambia", "", "Home  News  Business  Sport  Features  Editorial  Columns  World  E-Paper", "", "Home \u203a World", "",
         S["title"], "", f"By {S['byline']}", f"{MONTHS[d0.month - 1]} {d0.day}, {d0.year} at {ampm(d0, space=' ')}", "",
         "Share on Facebook  Tweet on Twitter  WhatsApp", "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["RELATED ARTICLES", "MORE FROM AUTHOR", "", S["related"], "", "LEAVE A REPLY", "Please enter your comment!",
          "Please enter your name here", "You have entered an incorrect email address!", "", "\u00a9 Times Printpak Zambia Ltd"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_newtimes(S):  # The New Times (Rwanda) live page, HTML; OLDEST first; "9:10 AM" stamps; one page byline; NewsArticle JSON-LD (page-level only)
    z = S["zone"]; oldest_first(S)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "author": {"@type": "Person", "name": S["byline"]},
          "publisher": {"@type": "Organization", "name": "The New Times"}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | The New Times</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><a class="brand" href="/">The New Times</a><span class="tagline">Rwanda\u2019s Leading Daily</span>'
           '<nav><a href="/news">News</a> <a href="/business">Business</a> <a href="/sports">Sports</a> <a href="/opinions">Opinions</a> '
           '<a href="/lifestyle">Lifestyle</a> <a href="/world">World</a> <a href="/chogm">CHOGM 2022</a></nav><a class="epaper">E-Paper</a></header>',
           '<main><article>', f'<h1>{esc(S["title"])}</h1>', f'<p class="byline">By {esc(S["byline"])}</p>',
           f'<p class="date">{esc(S["dayline"])}</p>', '<div class="share">Share: <a>Facebook</a> <a>Twitter</a> <a>LinkedIn</a> <a>WhatsApp</a></div>',
           f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, space=" ", style="upper"); stamps.append(st)
        out += [f'<div class="live-item"><p class="live-time"><strong>{st}</strong></p><h3>{esc(e["h"])}</h3>'] + [f"<p>{esc(p)}</p>" for p in e["p"]] + ["</div>"]
        if i == 2:
            out.append('<div class="newsletter">Subscribe to our newsletter <input type="email" placeholder="Your email"> <button>Subscribe</button></div>')
    out += ['<p class="end">We will keep updating this page.</p></article>',
            '<aside><h4>Related</h4><a>CHOGM: What delegates should know about getting around Kigali</a></aside></main>',
            '<footer>\u00a9 The New Times Publications. All rights reserved. <a>Advertise</a> <a>Contact</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ============================================================ Part B renderers (invented outlets)

def r_gallowfield(S):  # text live, newest first; "16.05 EEST" line; Key Points block; "Filed by NAME" after the body
    z = S["zone"]; newest_first(S)
    L = ["GALLOWFIELD COURIER", "Front page \u00b7 World \u00b7 Ukraine \u00b7 Business \u00b7 Comment", "", S["title"], S["dateline"], "All times Kyiv (EEST)", "",
         "Key Points"] + ["\u2022 " + e["h"] for e in sorted(S["entries"], key=lambda e: e["t"]) if e["kp"]] + ["", "Live feed", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M} EEST"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Filed by {e['a']}", ""]
        if i == 3:
            L += ["Sponsored content", ""]
    L += ["Show earlier posts", "", "Gallowfield Courier \u00b7 Masthead \u00b7 Corrections \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_skirlaw(S):  # HTML live, newest first; headline h2 then a bare "11:20" span (Irish time), page byline; LiveBlogPosting JSON-LD with UTC (Z) update times
    z = S["zone"]; newest_first(S)
    ups = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], z).astimezone(UTC)
        up = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{len(S['entries']) - i}", "headline": e["h"],
              "datePublished": u.strftime("%Y-%m-%dT%H:%M:%SZ"), "author": {"@type": "Person", "name": S["byline"]}}
        if e["p"]:
            up["articleBody"] = " ".join(e["p"])
        ups.append(up)
    first = dt(S["entries"][-1]["t"], z).astimezone(UTC); last = dt(S["entries"][0]["t"], z).astimezone(UTC)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "coverageStartTime": first.strftime("%Y-%m-%dT%H:%M:%SZ"), "dateModified": last.strftime("%Y-%m-%dT%H:%M:%SZ"),
          "datePublished": first.strftime("%Y-%m-%dT%H:%M:%SZ"), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-IE"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} \u2013 Skirlaw Post</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<div class="consent">Skirlaw Post uses cookies for analytics and personalised ads. <button>I agree</button> <button>Options</button></div>',
           '<header class="top"><a href="/">Skirlaw Post</a><nav><a>Ireland</a> <a>World</a> <a>Business</a> <a>Sport</a> <a>Podcasts</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="byline">By {esc(S["byline"])}</p>',
           f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="tz">{esc(S["tznote"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out += [f'<article class="lb-post" id="post-{len(S["entries"]) - i}"><h2>{esc(e["h"])}</h2><span class="lb-time">{st}</span>']
        out += [f"<p>{esc(p)}</p>" for p in e["p"]] or ['<figure class="gallery"><img src="/img/g1.jpg" alt=""></figure>']
        out.append('<div class="lb-share"><a>Copy link</a> <a>Share</a></div></article>')
        if i == 2:
            out.append('<aside class="promo">Get the Skirlaw Post morning briefing in your inbox <a>Sign up</a></aside>')
    out += ["</main>", "<footer>Skirlaw Post \u00b7 About \u00b7 Contact \u00b7 Privacy \u00b7 Press Council</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss_world(S):  # general world-news RSS 2.0, newest first, pubDate with numeric offset, no authors, HTML description in CDATA
    z = S["zone"]; newest_first(S)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0"><channel>', f"<title>{esc(S['title'])}</title>",
           f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>", "<ttl>15</ttl>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/news/{i + 810}</link>", f'<guid isPermaLink="false">{S["id"]}-{i + 810}</guid>',
                f"<pubDate>{st}</pubDate>", f"<category>{e.get('cat', 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel></rss>"]
    return "\n".join(out) + "\n", stamps


def r_textarticle(S):  # text article: title, byline, dateline with time and zone, lede, section headings (one entry per section)
    L = [S["source"].upper(), S.get("crumb", "World \u203a Europe"), "", S["title"], "", f"By {S['byline']}", S["dateline"], "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Share this article", "Read more: " + S["more"], "", f"\u00a9 2022 {S['source']}"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_yock(S):  # text live, newest first; headline, then "Posted at 09:40 BST by NAME" AFTER it
    z = S["zone"]; newest_first(S)
    L = ["Yockenthwaite Gazette", "News | Ukraine | Politics | Sport | Weather", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Posted at {d:%H:%M} BST" + (f" by {e['a']}" if e["a"] else ""); stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"])
        if i == 2:
            L += ["Advertisement", ""]
    L += ["See yesterday's live coverage", "Yockenthwaite Gazette \u00b7 Contact us \u00b7 Terms"]
    return "\n".join(L) + "\n", stamps


def r_atom(S):  # Atom 1.0, newest first; <published> with the outlet's offset; html content escaped; optional per-entry author
    z = S["zone"]; newest_first(S)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           f'<link href="{S["url"]}"/>', f"<id>{S['url']}/atom</id>", f"<updated>{dt(S['entries'][0]['t'], z).isoformat()}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat().replace("+00:00", "Z"); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="{S["url"]}/e/{i + 5120}"/>', f"<id>{S['url']}/e/{i + 5120}</id>",
                f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        if e["p"]:
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_pardshaw(S):  # text live, OLDEST first; date line without year; French-style "09h45" stamps before the headline; "(NAME)" sign-off
    z = S["zone"]; oldest_first(S)
    L = ["PARDSHAW HERALD", "International edition", "", S["title"], S["dateline"], "Times are Paris time (CEST)", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H}h{d:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"({e['a']})", ""]
        if i == 3:
            L += ["Subscribe to read our full coverage", ""]
    L += ["This live page is now closed.", "Pardshaw Herald \u00b7 Legal notice \u00b7 Cookies"]
    return "\n".join(L) + "\n", stamps


def r_seathwaite(S):  # HTML live, newest first, US Eastern "8:10 a.m. ET" stamps under day headers without year; LiveBlogPosting JSON-LD with -04:00 times
    z = S["zone"]; newest_first(S)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        up = {"@type": "BlogPosting", "headline": e["h"], "datePublished": d.isoformat(), "url": f"{S['url']}#u{len(S['entries']) - i}"}
        if e["a"]:
            up["author"] = {"@type": "Person", "name": e["a"]}
        if e["p"]:
            up["articleBody"] = "\n\n".join(e["p"])
        ups.append(up)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Seathwaite Telegraph</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header>Seathwaite Telegraph <nav><a>U.S.</a> <a>World</a> <a>Politics</a> <a>Business</a> <a>Opinion</a></nav> <a>Subscribe</a></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="updated">Updated {ampm(last, space=" ", style="dots")} ET, {MONTHS[last.month - 1]} {last.day}</p>',
           f'<p class="dek">{esc(S["lede"])}</p>']
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); day = f"{DAYS_EN[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"
        if day != cur:
            cur = day; out.append(f'<h2 class="day-divider">{day}</h2>')
        st = ampm(d, space=" ", style="dots") + " ET"; stamps.append(st)
        out.append(f'<div class="update"><p class="ts">{st}</p><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="by">By {esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
        if i == 3:
            out.append('<div class="ad">Advertisement</div>')
    out += ["</main><footer>\u00a9 Seathwaite Telegraph Media. Terms of Use \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


# ============================================================ PART A: single pages (layouts of real outlets, own words)
SEEDS = []

SEEDS.append(dict(id="4900", name="4900_miamiherald-latest", ext="html", source="Miami Herald", zone="America/New_York", render=r_miami,
  title="The Latest: Mariupol refuses to surrender as strike hits Kyiv mall", byline="The Associated Press",
  updated="2022-03-21 01:55", first_pub="2022-03-20 20:25",
  lede="Here are the latest developments in the war in Ukraine, newest first:",
  tail="Keep up with the AP's coverage of the conflict at https://apnews.com/hub/russia-ukraine",
  notes="Imitates a Miami Herald (McClatchy) article page carrying an AP 'The Latest' file. Items are newest first, separated by '___' paragraphs; each item is a bold time ('1:40 a.m.') followed by paragraphs, with NO item headline (headline null; most first sentences begin with an AP dateline such as 'KYIV, Ukraine \u2014'). No zone printed: US Eastern (EDT, UTC-4) implied by the outlet's home. The only visible date is 'UPDATED MARCH 21, 2022 1:55 AM'; the items cross local midnight (1:40 a.m. .. 12:15 a.m. are 21 March, 11:30 p.m. .. 8:20 p.m. are 20 March local), but all fall on 21 March UTC. JSON-LD NewsArticle gives page-level datePublished/dateModified only. The AP byline is the author of every item.",
  not_entries=["paywall meter line", "masthead and menu", "'Sign In'", "kicker 'WORLD'", "h1 title", "byline 'The Associated Press'", "'UPDATED MARCH 21, 2022 1:55 AM'",
               "share tools and 'Listen to this article'", "intro line 'Here are the latest developments in the war in Ukraine, newest first:'", "'___' separators",
               "closing 'Keep up with the AP's coverage ...' line", "'Read Next' box with a related local story", "'TOP STORIES' rail", "comments/commenting policy", "footer links"],
  entries=[
  E("2022-03-21 01:40", None,
    ["KYIV, Ukraine \u2014 A Russian strike on a shopping center in the Podilskyi district of Kyiv late Sunday killed at least six people, the capital's emergency service said early Monday.",
     "The blast tore the roof off part of the building and set cars in its parking lot on fire, and rescuers were still pulling away debris before dawn.",
     "Russia's Defense Ministry claimed the building had been used to store rocket launchers, which Ukrainian officials denied."],
    "strikes", "strikes", 3, "kyiv-podilskyi-mall-strike-2022-03-20", a="The Associated Press"),
  E("2022-03-21 00:55", None,
    ["Ukraine has turned down a Russian demand that its forces in the besieged port city of Mariupol put down their weapons by Monday morning.",
     "Deputy Prime Minister Iryna Vereshchuk told a Ukrainian news site there could be no talk of surrender and asked Moscow to let civilians out instead.",
     "Russia had offered to let both troops and residents leave along set routes if the city's defenders gave up."],
    "other", "frontline", 3, "mariupol-surrender-demand-rejected", a="The Associated Press", n="Siege/ultimatum on the ground -> other/frontline; big development -> 3."),
  E("2022-03-21 00:15", None,
    ["ANKARA, Turkey \u2014 Turkey's foreign minister said Russia and Ukraine were drawing closer on several important points and that he was hopeful of a truce if neither side stepped back.",
     "Mevlut Cavusoglu has spoken with officials in both Moscow and Lviv in recent days but did not say which issues were near agreement."],
    "diplomacy", "diplomacy", 3, "turkey-says-sides-near-agreement", a="The Associated Press"),
  E("2022-03-20 23:30", None,
    ["WASHINGTON \u2014 China's ambassador to the United States said Beijing was not supplying weapons or ammunition to Russia for its war in Ukraine.",
     "Qin Gang told a Sunday television program that China was sending food, medicine and sleeping bags to Ukraine instead, and he denied that Beijing had known of the invasion beforehand."],
    "aid", "aid", 2, "china-denies-arming-russia", a="The Associated Press", sec=["diplomacy"], n="Denial of an arms transfer to Russia -> aid (to-Russia)."),
  E("2022-03-20 22:45", None,
    ["MYKOLAIV, Ukraine \u2014 Rescue crews have pulled more bodies from the wreckage of a military barracks in Mykolaiv that Russian rockets hit on Friday, a regional official said.",
     "He did not give a final count but said dozens of soldiers were thought to have been asleep inside when the rockets struck."],
    "strikes", "strikes", 3, "mykolaiv-barracks-strike-2022-03-18", a="The Associated Press"),
  E("2022-03-20 21:50", None,
    ["LVIV, Ukraine \u2014 Mariupol's city council accused Russian forces of moving several thousand of the city's residents into Russia against their will.",
     "The council said people's papers were checked at camps before they were sent on to distant Russian cities. The claim could not be independently verified."],
    "other", "humanitarian", 2, "mariupol-residents-deported-claim", a="The Associated Press", n="Same city as the surrender demand but a different event: must not merge."),
  E("2022-03-20 20:20", None,
    ["JERUSALEM \u2014 Ukrainian President Volodymyr Zelenskyy urged Israeli lawmakers by video link to do more for Ukraine, asking why Israel had not provided its missile defense systems.",
     "Prime Minister Naftali Bennett has tried to act as a go-between for Kyiv and Moscow and has held back from joining Western sanctions."],
    "diplomacy", "diplomacy", 3, "zelenskyy-knesset-address", a="The Associated Press", sec=["aid"]),
  ]))

SEEDS.append(dict(id="4901", name="4901_brisbanetimes-live", ext="txt", source="Brisbane Times", zone="Australia/Brisbane", render=r_brisbane,
  title="Ukraine war live updates: Boris Johnson walks Kyiv streets with Zelensky; Kramatorsk toll reaches 52",
  byline="By Harriet Lowndes and Tom Wexford", updated="2022-04-10 06:40", first_pub="2022-04-09 19:15",
  notes="Imitates a Nine (Brisbane Times) live blog copied as text. Newest first; each post is a '7.15pm' line, the headline, an optional 'By NAME' line, the body and 'Share'. No day headers and no zone: Brisbane time (AEST, UTC+10, no daylight saving) implied. The blog runs overnight from 7.15pm on 9 April to 6.40am on 10 April local (the 'Updated ... first published ...' line), so the two posts after midnight (12.50am, 6.40am) are 10 April local; all posts are 9 April UTC. The 12.50am video post has no body (importance 1, same story as the Johnson visit). Two page authors in the top byline; per-post bylines give each post's author.",
  not_entries=["skip links, masthead, 'Subscribe'/'Log in', section menu", "'Advertisement' lines", "breadcrumb 'World' / 'Russia-Ukraine war'", "title line", "page byline line",
               "'Updated ... first published ...' line", "save/licence/text-size controls", "'Latest posts' (twice)", "'Share' under each post", "'Loading' placeholder inside the video post",
               "'Load more posts', 'Most Viewed in World', 'From our partners', copyright"],
  entries=[
  E("2022-04-10 06:40", "Kyiv mayor tells residents it is too soon to come home",
    ["Kyiv mayor Vitali Klitschko has asked people who left the capital to stay away for now, warning that Russian forces could still strike the city.",
     "Traffic back into Kyiv has grown since Russian troops pulled out of the surrounding region last week."],
    "other", "humanitarian", 2, "klitschko-warns-against-return", a="Harriet Lowndes"),
  E("2022-04-10 00:50", "Watch: Johnson and Zelensky walk through central Kyiv", [], "diplomacy", "diplomacy", 1, "johnson-kyiv-visit-2022-04-09",
    n="Video post without body -> importance 1, story of the visit."),
  E("2022-04-09 23:55", "Satellite images show Russian column heading for Izium",
    ["New satellite pictures show a Russian convoy around 12 kilometres long moving through the town of Velykyi Burluk, east of Kharkiv, on its way south towards Izium.",
     "Western officials believe Moscow is regrouping for a large offensive in the Donbas."],
    "other", "frontline", 2, "russian-column-east-of-kharkiv", a="Tom Wexford"),
  E("2022-04-09 22:45", "Australian Bushmasters readied for shipment",
    ["The first Bushmaster protected vehicles promised to Ukraine are being prepared for the flight out of RAAF Base Amberley, west of Brisbane, the Defence Department has confirmed.",
     "Prime Minister Scott Morrison said on Friday that Australia would send 20 of the Queensland-built vehicles after a direct plea from Zelensky."],
    "aid", "aid", 2, "australia-bushmasters-for-ukraine", a="Harriet Lowndes"),
  E("2022-04-09 21:20", "Austrian chancellor sees Bucha for himself",
    ["Austria's Chancellor Karl Nehammer went to the town of Bucha outside Kyiv, where hundreds of bodies were found after Russian troops withdrew, before meeting Zelensky in the capital.",
     "Nehammer, whose country is militarily neutral, said Austria would keep sending humanitarian help and backed tougher EU sanctions."],
    "diplomacy", "diplomacy", 3, "nehammer-kyiv-bucha-visit", a="Tom Wexford"),
  E("2022-04-09 20:05", "Kramatorsk station death toll rises to 52",
    ["The number of people killed in Friday's missile attack on the railway station in Kramatorsk has climbed to 52, five of them children, the Donetsk regional governor says.",
     "Thousands of people were waiting at the station for evacuation trains when the missile hit.",
     "Moscow has denied firing on the station."],
    "strikes", "strikes", 3, "kramatorsk-station-strike-2022-04-08", a="Tom Wexford"),
  E("2022-04-09 19:15", "Boris Johnson makes unannounced trip to Kyiv",
    ["British Prime Minister Boris Johnson has arrived in Kyiv for talks with Volodymyr Zelensky, on a visit kept secret until a photo of the pair appeared from the president's office.",
     "Downing Street says Johnson will use the meeting to offer more military and economic help to Ukraine, including armoured vehicles and anti-ship missiles."],
    "diplomacy", "diplomacy", 3, "johnson-kyiv-visit-2022-04-09", a="Harriet Lowndes", sec=["aid"]),
  ]))

SEEDS.append(dict(id="4902", name="4902_newcastleherald-world", ext="xml", source="Newcastle Herald", zone="Australia/Sydney", render=r_newcastle,
  title="Newcastle Herald | World", build="2022-05-23 00:05",
  notes="Imitates an ACM (Newcastle Herald) RSS 2.0 section feed. Newest first; pubDate carries +1000 (AEST, Sydney time); dc:creator holds the wire or reporter credit; the description is the story text as HTML in CDATA (paragraph count = its <p> elements). One local election item is off-beat.",
  not_entries=["channel title/link/description/language/lastBuildDate/copyright", "<category>, <guid> and media:content image URLs"],
  entries=[
  E("2022-05-22 23:10", "Zelensky says up to 100 Ukrainian soldiers dying each day",
    ["President Volodymyr Zelensky says between 50 and 100 Ukrainian soldiers may be killed every day in the battles in the east, where Russia is pushing an offensive around Sievierodonetsk.",
     "He described the situation in the Donbas as extremely difficult."],
    "other", "frontline", 2, "zelensky-daily-soldier-losses", a="AAP"),
  E("2022-05-22 21:05", "Ukraine extends martial law for a further three months",
    ["Ukraine's parliament has voted to extend martial law and the general mobilisation by another 90 days, to late August.",
     "The measures, first imposed when Russia invaded on February 24, stop most men aged 18 to 60 from leaving the country."],
    "other", "politics", 2, "ukraine-martial-law-extension-may-2022", a="Reuters"),
  E("2022-05-22 19:20", "Polish president first foreign leader to address Kyiv parliament in person",
    ["Polish President Andrzej Duda has told lawmakers in Kyiv that only Ukraine can decide its future, becoming the first foreign head of state to speak inside the Verkhovna Rada since the war began.",
     "Duda said the world could not go back to business as usual with Russia and promised Poland would support Ukraine's bid to join the European Union."],
    "diplomacy", "diplomacy", 3, "duda-addresses-verkhovna-rada", a="AAP"),
  E("2022-05-22 16:30", "Russia claims missile strike on Western arms in Zhytomyr region",
    ["Russia's Defence Ministry says its Kalibr cruise missiles destroyed a large consignment of weapons sent by the United States and European countries near the town of Malyn in the Zhytomyr region.",
     "Ukrainian officials did not comment on the claim, which could not be verified."],
    "strikes", "strikes", 2, "russia-claims-malyn-arms-strike", a="AAP"),
  OFF("2022-05-22 14:15", "Labor holds Newcastle as Hunter seats stay red",
      ["Labor has comfortably kept the seat of Newcastle, with Sunday's count showing a swing towards the party at most Hunter booths.",
       "Postal votes are still being counted in the neighbouring seat of Paterson."],
      "federal-election-hunter-seats", a="Matthew Kinross", n="Australian federal election, local result.", cat="Local News"),
  E("2022-05-22 12:40", "Ukraine rules out ceasefire that leaves Russian troops in place",
    ["Ukraine will not accept any ceasefire that leaves Russian forces on its territory, presidential adviser Mykhailo Podolyak has said.",
     "He said concessions would only invite Moscow to attack again after a pause."],
    "diplomacy", "diplomacy", 2, "podolyak-rules-out-ceasefire-concessions", a="Reuters"),
  ]))

SEEDS.append(dict(id="4903", name="4903_jerseyeveningpost-world", ext="txt", source="Jersey Evening Post", zone="Europe/Jersey", render=r_jep,
  title="UK & International News",
  notes="Imitates the Jersey Evening Post 'UK & International News' listing (Press Association copy) copied as text. Newest first. Each item: headline, then 'By Press Association', then the stamp 'Published: 18 Jun 2022, 21:35' AFTER the headline, one or two paragraphs, a comment count and 'Read more'. No zone printed: Jersey local time (BST, UTC+1) implied. Two items are off-beat (UK weather, French elections).",
  not_entries=["masthead, 'Sign in', 'Subscribe', menu", "cookie banner", "section title 'UK & International News'", "'By Press Association' byline lines (author)", "'N comments' and 'Read more' under each item",
               "'Advertisement'", "'Load more', 'Most read', newsletter line, copyright"],
  entries=[
  OFF("2022-06-18 21:35", "Macron's majority on the line in final round of elections",
      ["French voters return to the polls on Sunday for the deciding round of parliamentary elections, with President Emmanuel Macron's centrist alliance in danger of losing its majority."],
      "france-legislative-elections-2022", a="Press Association", n="French domestic politics."),
  E("2022-06-18 19:55", "Three killed as shells hit village near Kharkiv",
    ["Three people were killed when Russian shells landed on a village outside Kharkiv on Saturday afternoon, the regional administration said.",
     "Officials said homes and a school building had been damaged."],
    "strikes", "strikes", 3, "kharkiv-region-shelling-2022-06-18", a="Press Association"),
  E("2022-06-18 17:30", "Kremlin says it will watch EU candidacy moves closely",
    ["The Kremlin said it would keep a close eye on the European Union's steps towards giving Ukraine candidate status, noting that the bloc was becoming more involved in defence.",
     "The European Commission backed the applications of Ukraine and Moldova on Friday, leaving the final decision to EU leaders next week."],
    "diplomacy", "diplomacy", 2, "kremlin-reaction-eu-candidate-status", a="Press Association"),
  E("2022-06-18 15:05", "Russian forces step up assault on Sievierodonetsk chemical plant",
    ["Russian troops are shelling the Azot chemical plant in Sievierodonetsk, where hundreds of civilians are sheltering alongside Ukrainian fighters, the regional governor said.",
     "Serhiy Haidai said Russian units were also trying to cut the road linking the twin city of Lysychansk with the rest of Ukrainian-held territory."],
    "other", "frontline", 2, "sievierodonetsk-azot-plant-fighting", a="Press Association"),
  OFF("2022-06-18 12:50", "Cooler air and storms follow hottest day of the year",
      ["Temperatures dropped back across southern England on Saturday after Friday brought the hottest day of the year so far, with thunderstorm warnings in force for the afternoon."],
      "uk-weather-june-heat", a="Press Association", n="UK weather."),
  E("2022-06-18 10:15", "Zelensky visits troops on southern front",
    ["Volodymyr Zelensky has made a rare trip to the south of Ukraine, meeting soldiers and local officials in the Mykolaiv and Odesa regions.",
     "In a video recorded in Mykolaiv, the president said Ukraine would not give up the south and that everything destroyed would be rebuilt."],
    "other", "frontline", 2, "zelensky-southern-front-visit", a="Press Association", n="A president's visit to frontline troops -> other/frontline."),
  E("2022-06-18 08:40", "Johnson urges allies not to let war fatigue set in over Ukraine",
    ["Boris Johnson has warned that Western countries must not let weariness take hold over the war in Ukraine, a day after his second visit to Kyiv.",
     "Writing in a Sunday newspaper, the Prime Minister set out a plan to keep weapons, training and money flowing to Kyiv for years if needed."],
    "aid", "aid", 2, "johnson-ukraine-fatigue-warning", a="Press Association", sec=["diplomacy"], n="Appeal to sustain support -> aid."),
  ]))

SEEDS.append(dict(id="4904", name="4904_asiatimes-feed", ext="xml", source="Asia Times", zone="Asia/Hong_Kong", render=r_asiatimes,
  title="Asia Times", build="2022-03-10 21:30",
  notes="Imitates the Asia Times WordPress feed (RSS 2.0). Newest first; pubDate is +0000 (UTC); page_timezone is Hong Kong's (HKT, UTC+8) for published_local. Each item has dc:creator (CDATA), several categories, a cut description ending in ' [&#8230;]' and the full text in content:encoded, which ends with the Yoast line 'The post ... appeared first on Asia Times.' (chrome, not counted as a body paragraph). Two items are off-beat (Korean election, North Korean missiles). Item 03 is an analysis piece.",
  not_entries=["channel title/link/description/lastBuildDate/generator/sy:* fields", "the truncated <description> excerpts (repeat the first paragraph)",
               "the closing 'The post ... appeared first on Asia Times.' line in each content:encoded", "<category>, <guid>, <comments>, <wfw:commentRss> values"],
  entries=[
  OFF("2022-03-11 05:15", "North Korea's recent launches tested a new ICBM, Washington says",
      ["The United States said two recent North Korean launches that Pyongyang described as satellite work were in fact tests of a new intercontinental ballistic missile system.",
       "US officials said a full-range test could follow, possibly disguised as a space launch."],
      "north-korea-icbm-tests-us-assessment", a="Daniel Ko", n="Korean peninsula security, not the war.", cats=["Korea", "North Korea"]),
  E("2022-03-11 02:50", "China's neutrality on Ukraine comes at a rising price",
    ["Beijing's refusal to call Russia's war an invasion is costing it goodwill in Europe, its largest trading partner, just as its economy can least afford new frictions.",
     "Chinese diplomats have offered to help broker a settlement while also blaming NATO's eastward expansion for the conflict.",
     "European officials say they have told their Chinese counterparts that helping Moscow dodge sanctions would carry a cost."],
    "diplomacy", "diplomacy", 2, "analysis-china-neutrality-cost", a="Thomas Verhoeven", n="Analysis piece with body -> importance 2.", cats=["China", "Europe", "Opinion"]),
  E("2022-03-10 22:20", "Moscow defends strike on Mariupol maternity hospital",
    ["Russian officials said the maternity hospital bombed in Mariupol on Wednesday had been taken over by Ukrainian fighters, an account Kyiv dismissed as a lie.",
     "Local authorities said three people, among them a child, were killed in the attack and 17 were wounded."],
    "strikes", "strikes", 3, "mariupol-maternity-hospital-strike", a="Murat Demirel", cats=["Europe", "Russia", "Ukraine"]),
  E("2022-03-10 18:35", "Antalya talks between Lavrov and Kuleba end without breakthrough",
    ["The first meeting between the foreign ministers of Russia and Ukraine since the invasion ended in the Turkish resort of Antalya on Thursday with no progress towards a ceasefire.",
     "Dmytro Kuleba said Sergei Lavrov had not been able to agree even to a 24-hour humanitarian pause.",
     "Lavrov insisted Russia had not attacked Ukraine and said Moscow's operation was going to plan."],
    "diplomacy", "diplomacy", 3, "lavrov-kuleba-antalya-talks", a="Murat Demirel", cats=["Europe", "Russia", "Ukraine", "Turkey"]),
  E("2022-03-10 15:30", "India eyes rupee trade to keep Russian oil and arms deals alive",
    ["Indian officials are studying a rupee-rouble payment channel that would let trade with Russia go on despite Western sanctions on Russian banks.",
     "New Delhi buys most of its military hardware from Russia and has declined to condemn the invasion at the United Nations."],
    "diplomacy", "diplomacy", 2, "india-rupee-rouble-trade", a="Raghav Menon", n="Working around sanctions -> diplomacy (sanctions).", cats=["India", "AT Finance"]),
  E("2022-03-10 12:45", "Taiwan studies Ukraine's resistance for civil defence lessons",
    ["Taiwan's government is examining how Ukrainian civilians organised to resist the Russian invasion as it reworks its own reserve and civil defence training.",
     "Officials in Taipei say the war has set off a jump in public interest in first-aid and shooting courses."],
    "other", "security", 2, "taiwan-civil-defence-lessons", a="Mei-ling Hsu", cats=["Taiwan", "Defense"]),
  OFF("2022-03-10 09:20", "Yoon Suk-yeol wins South Korea's presidency by a whisker",
      ["Conservative Yoon Suk-yeol narrowly beat the ruling party's Lee Jae-myung in South Korea's presidential election, the closest race since direct votes began in 1987.",
       "The former prosecutor general has promised a firmer line on North Korea and closer ties with Washington."],
      "south-korea-presidential-election-2022", a="Daniel Ko", n="South Korean election.", cats=["Korea"]),
  ]))

SEEDS.append(dict(id="4905", name="4905_saharareporters-tag", ext="html", source="Sahara Reporters", zone="America/New_York", render=r_sahara,
  title="Russia-Ukraine War",
  notes="Imitates a Sahara Reporters (Drupal) tag listing. Newest first; Title Case headlines; each row has the credit 'SaharaReporters, New York' and a visible date only ('Mar 06, 2022'); the time is only in the RDFa content attribute of the date span (ISO, -05:00). The outlet is based in New York, so its zone is US Eastern (EST, UTC-5 before 13 March). The two Saturday-evening rows print 'Mar 05, 2022' but are 6 March UTC. Stamp = the visible date text. One row is off-beat (Nigerian fuel scarcity).",
  not_entries=["header logo, menu and search form", "page title 'Russia-Ukraine War'", "'SaharaReporters, New York' credit lines (author)", "'Read More', comment counts and share links under each row",
               "donate block", "pager ('next', 'last')", "footer"],
  entries=[
  E("2022-03-06 14:30", "Nigerian Students Stuck In Sumy Plead For Rescue As Shelling Continues",
    ["Nigerian students trapped in the north-eastern Ukrainian city of Sumy have appealed to the Federal Government to arrange their evacuation, saying they have spent more than a week sheltering in hostel basements.",
     "One of the students told SaharaReporters that food and water were running low and that the railway station had been shut."],
    "other", "humanitarian", 2, "nigerian-students-sumy-appeal", a="SaharaReporters, New York"),
  E("2022-03-06 11:45", "Shelling Kills Family Fleeing Irpin As Escape Route Comes Under Fire",
    ["A mother, her two children and a family friend were killed by Russian mortar fire as they tried to cross a broken bridge out of Irpin, near Kyiv, on Sunday, according to Ukrainian officials.",
     "Reporters at the scene said shells were landing on a road being used by hundreds of people leaving the town."],
    "strikes", "strikes", 3, "irpin-evacuees-shelled-2022-03-06", a="SaharaReporters, New York"),
  E("2022-03-06 10:05", "Putin Tells Erdogan Offensive Will Stop Only If Kyiv Accepts Demands",
    ["Russian President Vladimir Putin told Turkey's Recep Tayyip Erdogan in a telephone call on Sunday that the operation in Ukraine would end only if Kyiv stopped fighting and met Moscow's conditions.",
     "Erdogan called for an immediate ceasefire and offered to host talks, according to the Turkish presidency."],
    "diplomacy", "diplomacy", 3, "putin-erdogan-call-2022-03-06", a="SaharaReporters, New York"),
  E("2022-03-06 08:20", "Mariupol Evacuation Halted Again As Ceasefire Collapses",
    ["A second attempt to take civilians out of the besieged city of Mariupol was abandoned on Sunday after shelling resumed along the agreed route, the International Committee of the Red Cross said."],
    "other", "humanitarian", 2, "mariupol-evacuation-halted-2022-03-06", a="SaharaReporters, New York"),
  OFF("2022-03-05 22:50", "Motorists Spend Nights At Filling Stations As Fuel Scarcity Bites In Abuja",
      ["Long queues have returned to filling stations across Abuja and Lagos, with some motorists saying they slept in their cars to buy petrol.",
       "Marketers blamed the shortage on the recall of contaminated fuel last month."],
      "nigeria-fuel-scarcity", a="SaharaReporters, New York", n="Nigerian fuel shortage (contaminated petrol), not the war."),
  E("2022-03-05 19:25", "Second Evacuation Flight With Nigerians From Ukraine Lands In Abuja",
    ["A second aircraft carrying Nigerians who fled the war in Ukraine landed at the Nnamdi Azikiwe International Airport in Abuja late on Saturday.",
     "Most of the returnees, many of them students, had crossed into Romania and Poland. Officials said each would receive a small resettlement allowance."],
    "other", "humanitarian", 2, "nigerians-evacuated-from-ukraine", a="SaharaReporters, New York"),
  ]))

SEEDS.append(dict(id="4906", name="4906_hiiraan-english", ext="txt", source="Hiiraan Online", zone="Africa/Mogadishu", render=r_hiiraan,
  title="English News", clock="Monday May 16, 2022",
  notes="Imitates the Hiiraan Online English news listing copied as text. Newest first; each item: headline, then a stamp line AFTER the headline ('Sunday May 15, 2022 - 22:50'), then 'By SOURCE' (Reuters, AFP, Hiiraan Online), a summary and 'Read more \u00bb'. No zone printed: Somalia time (EAT, UTC+3) implied. The header clock shows the fetch day (Monday May 16, 2022), not the items' day. Two items are off-beat (Somali presidential vote, drought).",
  not_entries=["site name and Somali tagline", "menu", "header clock 'Monday May 16, 2022' (fetch day)", "section title 'English News'", "'By ...' credit lines (author)", "'Read more \u00bb' under each item",
               "'Advertisement'", "'Previous news', copyright and contact links"],
  entries=[
  OFF("2022-05-15 22:50", "Parliament elects Hassan Sheikh Mohamud as Somalia's president",
      ["Somali lawmakers chose former president Hassan Sheikh Mohamud for a second term on Sunday after three rounds of voting in a heavily guarded aircraft hangar at Mogadishu's airport.",
       "The outgoing president, Mohamed Abdullahi Farmaajo, accepted defeat and congratulated his successor."],
      "somalia-presidential-vote-2022", a="Hiiraan Online", n="Somali election."),
  E("2022-05-15 19:35", "Sweden's ruling Social Democrats back joining NATO",
    ["Sweden's governing Social Democrats dropped their long opposition to NATO membership on Sunday, clearing the way for the government to apply alongside Finland.",
     "Prime Minister Magdalena Andersson said the party had concluded that joining was the best way to protect Sweden."],
    "diplomacy", "diplomacy", 3, "sweden-social-democrats-back-nato", a="AFP", n="Separate decision from Finland's announcement: must not merge."),
  E("2022-05-15 15:05", "Wheat bill soars as Somalia feels the war's impact",
    ["Traders in Mogadishu say the price of a 50 kg sack of wheat flour has nearly doubled since March, as supplies from Russia and Ukraine, which together provide most of Somalia's wheat, have dried up.",
     "Aid agencies warn that the increases come as the country faces its worst drought in four decades."],
    "other", "humanitarian", 2, "somalia-wheat-prices-war", a="Hiiraan Online", n="Knock-on of the war in Somalia; not off-beat."),
  E("2022-05-15 12:20", "Finland's leaders confirm NATO application",
    ["Finland's president and prime minister announced on Sunday that the country would apply to join NATO, ending decades of military non-alignment.",
     "Parliament is expected to endorse the decision within days."],
    "diplomacy", "diplomacy", 3, "finland-nato-application", a="Reuters"),
  E("2022-05-15 10:55", "Ukrainian troops push Russians back to border near Kharkiv",
    ["Ukrainian forces have retaken ground north of Kharkiv and reached the Russian border in at least one place, the defence ministry said, releasing a video of soldiers beside a border post painted blue and yellow."],
    "other", "frontline", 2, "kharkiv-counteroffensive-reaches-border", a="Reuters"),
  E("2022-05-15 09:40", "G7 pledges to keep arming Ukraine, warns of hunger crisis",
    ["Foreign ministers of the Group of Seven said they would keep supplying weapons to Ukraine for as long as needed and accused Russia of creating a global food crisis by blocking grain exports.",
     "The ministers, meeting on Germany's Baltic coast, said they would never recognise borders Russia tried to change by force."],
    "aid", "aid", 3, "g7-foreign-ministers-baltic-meeting", a="Reuters", sec=["diplomacy"]),
  E("2022-05-15 06:30", "Missiles hit military site in Lviv region, governor says",
    ["Russian missiles struck military infrastructure in the Yavoriv district of the western Lviv region early on Sunday, the regional governor said.",
     "There were no immediate reports of casualties."],
    "strikes", "strikes", 2, "lviv-region-missile-strike-2022-05-15", a="AFP"),
  ]))

SEEDS.append(dict(id="4907", name="4907_vientianetimes-international", ext="html", source="Vientiane Times", zone="Asia/Vientiane", render=r_vientiane,
  title="International News", dayline="Sunday, 27 March", parse_args=["--date", "2022-03-27"],
  notes="Imitates the legacy table-layout pages of Vientiane Times carrying Xinhua and KPL copy. Newest first; each item: bold headline, a stamp '(27 Mar 22:30)' with day and month but NO year, body paragraphs that open with a wire dateline ('KYIV, March 27 (Xinhua) --'), then 'Source: Xinhua'. The page prints no year anywhere (parse_args --date 2022-03-27). No zone printed: Laos time (UTC+7) implied. One KPL item is off-beat (Vientiane drains).",
  not_entries=["logo image alt text 'Vientiane Times'", "menu row", "date strip 'Sunday, 27 March'", "section heading 'International News'", "'Source: ...' lines (author)",
               "side column 'Most read' with two local links and the advertisement image", "footer copyright/contact"],
  entries=[
  E("2022-03-27 22:30", "Ukrainian, Russian delegations to meet in Türkiye",
    ["KYIV, March 27 (Xinhua) -- The next round of face-to-face talks between Ukrainian and Russian delegations will be held in Türkiye from March 28 to 30, Ukrainian negotiator David Arakhamia said on Sunday.",
     "Russian officials said the talks would open in Istanbul."],
    "diplomacy", "diplomacy", 3, "istanbul-talks-announced", a="Xinhua", n="Different statement from Zelensky's neutrality remarks: must not merge."),
  E("2022-03-27 21:05", "More than 3.8 million refugees have left Ukraine: UNHCR",
    ["GENEVA, March 27 (Xinhua) -- More than 3.8 million people have fled Ukraine since February 24, the UN refugee agency said on Sunday.",
     "Poland has taken in the largest number, followed by Romania and Moldova."],
    "other", "humanitarian", 2, "unhcr-refugee-count-march-27", a="Xinhua"),
  E("2022-03-27 19:20", "Kharkiv nuclear research facility shelled again, Ukraine says",
    ["KYIV, March 27 (Xinhua) -- A nuclear research facility in Kharkiv has come under fire again, Ukraine's nuclear regulator said on Sunday, adding that the damage was still being assessed.",
     "The site houses an experimental neutron source. The regulator said radiation levels were normal."],
    "strikes", "strikes", 2, "kharkiv-nuclear-research-site-shelled", a="Xinhua"),
  E("2022-03-27 16:50", "Zelensky says neutrality can be discussed but needs guarantees",
    ["KYIV, March 27 (Xinhua) -- Ukrainian President Volodymyr Zelensky said on Sunday that Ukraine was prepared to discuss a neutral, non-nuclear status as part of a peace deal with Russia, provided it came with security guarantees and was put to a referendum."],
    "diplomacy", "diplomacy", 3, "zelensky-neutrality-remarks", a="Xinhua"),
  OFF("2022-03-27 10:40", "Vientiane clears drains ahead of rainy season",
      ["VIENTIANE, March 27 (KPL) -- Authorities in Vientiane Capital have begun clearing drains and canals in several districts to reduce the risk of flooding once the rainy season starts."],
      "vientiane-drain-clearing", a="KPL", n="Lao local news."),
  E("2022-03-27 08:05", "Russia says cruise missiles hit fuel depot in Lviv",
    ["MOSCOW, March 26 (Xinhua) -- The Russian Defence Ministry said on Saturday that its forces had used long-range precision weapons to destroy a fuel depot and a military repair plant in the western Ukrainian city of Lviv.",
     "Lviv's mayor said earlier that five people had been injured in the strikes, which sent thick smoke over the city."],
    "strikes", "strikes", 3, "lviv-fuel-depot-strike-2022-03-26", a="Xinhua", n="Dateline 'March 26' (the wire's filing day); the stamp '27 Mar 08:05' is the local posting time."),
  ]))

SEEDS.append(dict(id="4908", name="4908_timesofzambia-article", ext="txt", source="Times of Zambia", zone="Africa/Lusaka", render=r_toz,
  title="WAR IN UKRAINE: More grain ships sail as nuclear plant fears grow", byline="TIMES REPORTER", dateline_t="2022-08-07 18:40",
  lede="The war in Ukraine is being felt far beyond Europe, from grain markets to the price of fertiliser on Zambian farms. Below are the main developments.",
  related="Farmers welcome early delivery of inputs",
  notes="Imitates a Times of Zambia (WordPress) article copied as text: title, 'By TIMES REPORTER', a dateline 'August 7, 2022 at 6:40 pm' (Zambia time, CAT = UTC+2, implied), a lede, then five sub-headed sections. One entry per sub-heading; stamp null; published = the dateline; the page byline is every entry's author. Section 5 is a domestic knock-on of the war (not off-beat).",
  not_entries=["site name and menu", "breadcrumb 'Home \u203a World'", "title line", "byline and dateline lines", "share line", "lede paragraph before the first sub-heading",
               "'RELATED ARTICLES' / 'MORE FROM AUTHOR' and the related link", "comment form lines ('LEAVE A REPLY', 'Please enter ...')", "copyright"],
  entries=[
  E("2022-08-07 18:40", "More grain ships sail from Odesa ports",
    ["Four more ships loaded with maize and sunflower products left Ukrainian Black Sea ports on Sunday under the arrangement brokered by the United Nations and Turkey, the Turkish defence ministry said.",
     "The first vessel to leave under the deal, which sailed a week ago, is still looking for a buyer for its cargo."],
    "diplomacy", "diplomacy", 2, "grain-ships-leave-2022-08-07", a="TIMES REPORTER", n="Implementation of the UN/Turkey-brokered grain agreement -> diplomacy."),
  E("2022-08-07 18:40", "Shelling near Zaporizhzhia nuclear plant alarms IAEA",
    ["The head of the International Atomic Energy Agency said he was extremely worried after shelling damaged parts of the Zaporizhzhia nuclear power station, the largest in Europe.",
     "Ukraine and Russia blamed each other for Saturday's shelling, which struck near a store for spent fuel."],
    "strikes", "strikes", 3, "zaporizhzhia-npp-shelling-2022-08-06", a="TIMES REPORTER"),
  E("2022-08-07 18:40", "Zelensky wants sanctions on Russia's nuclear industry",
    ["President Volodymyr Zelensky called for sanctions on Russia's state nuclear company Rosatom, saying the shelling of the plant amounted to nuclear terror.",
     "Rosatom has so far escaped most Western restrictions."],
    "diplomacy", "diplomacy", 2, "zelensky-calls-rosatom-sanctions", a="TIMES REPORTER", n="A separate call for sanctions, not the shelling itself: must not merge with section 2."),
  E("2022-08-07 18:40", "Amnesty regrets distress caused by report",
    ["Amnesty International said it deeply regretted the anger caused by its report accusing Ukrainian forces of putting civilians at risk, but did not withdraw its findings.",
     "The head of its Ukraine office resigned in protest over the publication."],
    "other", "humanitarian", 2, "amnesty-report-ukraine-row", a="TIMES REPORTER"),
  E("2022-08-07 18:40", "Government assures farmers of fertiliser supply",
    ["The Ministry of Agriculture said the war had pushed up world fertiliser prices but that the Government had already secured enough stock for the coming farming season.",
     "Farmers in Central and Southern provinces had complained about the cost of top dressing in private shops."],
    "other", "politics", 2, "zambia-fertiliser-supply-war", a="TIMES REPORTER", n="Domestic economic effect of the war; not off-beat."),
  ]))

SEEDS.append(dict(id="4909", name="4909_newtimes-chogm-live", ext="html", source="The New Times", zone="Africa/Kigali", render=r_newtimes,
  title="LIVE: Commonwealth leaders gather in Kigali as war in Ukraine hangs over summit", byline="Aline Uwase and Eric Ntwari",
  dayline="Friday, June 24, 2022",
  lede="Follow our updates through the day as heads of government meet for the Commonwealth summit in Kigali.",
  notes="Imitates a The New Times (Rwanda) live page in HTML. OLDEST first; each item: bold '9:10 AM' time, h3 headline, body. One page byline (two reporters) is every item's author. The date line 'Friday, June 24, 2022' is printed once; no zone: Kigali time (CAT, UTC+2) implied. JSON-LD is a page-level NewsArticle (no per-item times). Two items are off-beat (summit opening, secretary-general vote).",
  not_entries=["header brand, tagline, menu, 'E-Paper'", "h1 title", "byline line", "date line 'Friday, June 24, 2022'", "share line", "intro paragraph", "newsletter box",
               "closing 'We will keep updating this page.'", "related link aside", "footer"],
  entries=[
  OFF("2022-06-24 08:40", "Heads of government arrive for summit opening",
      ["Leaders from across the Commonwealth began arriving at Kigali Convention Centre on Friday morning for the formal opening of the Heads of Government Meeting."],
      "chogm-2022-opening", a="Aline Uwase and Eric Ntwari", n="Summit logistics, not the war."),
  E("2022-06-24 10:15", "Johnson presses Commonwealth leaders on Ukraine and food prices",
    ["British Prime Minister Boris Johnson used his visit to Kigali to argue that Russia's blockade of Ukrainian ports, rather than Western sanctions, was behind soaring food prices in Africa and Asia.",
     "He told reporters that Commonwealth members should not stay neutral over an unprovoked invasion."],
    "diplomacy", "diplomacy", 3, "johnson-chogm-ukraine-remarks", a="Aline Uwase and Eric Ntwari"),
  E("2022-06-24 11:30", "Ukraine orders troops out of Sievierodonetsk",
    ["Ukrainian forces have been told to withdraw from the eastern city of Sievierodonetsk after weeks of street fighting, Luhansk governor Serhiy Haidai said.",
     "He said there was no sense in holding positions that had been shelled for months."],
    "other", "frontline", 3, "sievierodonetsk-withdrawal-order", a="Aline Uwase and Eric Ntwari", n="Big frontline shift -> 3."),
  E("2022-06-24 13:05", "EU makes Ukraine and Moldova membership candidates",
    ["European Union leaders agreed late on Thursday to grant Ukraine and Moldova candidate status, a decision President Volodymyr Zelensky hailed as historic.",
     "Membership talks could still take many years."],
    "diplomacy", "diplomacy", 3, "eu-candidate-status-ukraine-moldova", a="Aline Uwase and Eric Ntwari"),
  OFF("2022-06-24 14:50", "Patricia Scotland keeps Commonwealth secretary-general post",
      ["Commonwealth leaders voted to keep Patricia Scotland as secretary-general for a second term, turning down a challenge from Jamaica's foreign minister Kamina Johnson Smith."],
      "commonwealth-secretary-general-vote", a="Aline Uwase and Eric Ntwari", n="Commonwealth internal vote."),
  E("2022-06-24 16:20", "Lithuania stands firm against Russian threats over Kaliningrad",
    ["Lithuania said it was only applying European Union sanctions and would not back down after Moscow threatened serious consequences over limits on goods moving by rail to the Russian exclave of Kaliningrad."],
    "diplomacy", "diplomacy", 2, "kaliningrad-transit-dispute", a="Aline Uwase and Eric Ntwari"),
  ]))


# ============================================================ PART B: three multi-source days (invented outlets)
# ---- Day 1: 2022-07-30 (UTC) ----
OLN = "olenivka-prison-explosion-2022-07-29"
DON = "donetsk-mandatory-evacuation-order"
GAZ = "gazprom-halts-gas-to-latvia"
MYK1 = "mykolaiv-shelling-2022-07-30"
GRN = "first-grain-ship-chornomorsk"
D1 = "Day 1 (2022-07-30 UTC) of a multi-source set; see README."

SEEDS.append(dict(id="4920", name="4920_gallowfield-textlive", ext="txt", source="Gallowfield Courier", zone="Europe/Kyiv", render=r_gallowfield,
  title="Ukraine live: Olenivka prison toll rises as both sides trade blame", dateline="Saturday 30 July 2022",
  notes="Invented outlet. Text live blog, newest first; '22.35 EEST' line before each headline (Kyiv time, UTC+3); 'Filed by NAME' after the body; a Key Points block at the top lists two headlines (entries 01 and 03: key_point true). The Olenivka toll grows through the page (40 -> 53). " + D1,
  not_entries=["masthead and menu", "title and date lines", "'All times Kyiv (EEST)'", "'Key Points' header and its two bullets (they point at entries 01 and 03)", "'Live feed'",
               "'Filed by ...' lines (author)", "'Sponsored content'", "'Show earlier posts' and footer"],
  entries=[
  E("2022-07-30 22:35", "Zelensky orders compulsory evacuation of Donetsk region",
    ["President Volodymyr Zelensky has ordered a mandatory evacuation of the parts of the Donetsk region still under Ukrainian control, urging the hundreds of thousands of people who remain to leave before winter.",
     "He said in his nightly address that the region had no gas supply and could not be heated after Russian strikes on its pipelines."],
    "other", "humanitarian", 3, DON, a="Taras Pelekh", kp=True, n="Same region as Olenivka but a different event: must not merge."),
  E("2022-07-30 20:15", "First grain ship waits for green light at Chornomorsk",
    ["A Sierra Leone-flagged bulk carrier loaded with more than 26,000 tonnes of maize is waiting at the port of Chornomorsk for permission to sail under the UN-brokered grain deal, port officials said.",
     "Ukraine says departures could begin within days once the joint coordination centre in Istanbul confirms the safe corridor."],
    "diplomacy", "diplomacy", 3, GRN, a="Olha Brant", n="Implementation of the Istanbul grain deal -> diplomacy."),
  E("2022-07-30 17:40", "Olenivka death toll rises to 53",
    ["The number of Ukrainian prisoners killed at Olenivka has risen to 53, according to the Russian-installed authorities in Donetsk, who said several of the wounded had died in hospital.",
     "Kyiv has not been able to confirm the figure."],
    "strikes", "strikes", 3, OLN, a="Olha Brant", kp=True),
  E("2022-07-30 14:10", "Gazprom cuts off gas to Latvia",
    ["Gazprom said it had stopped supplying gas to Latvia, accusing the Baltic state of breaching the conditions of purchase, days after it reduced flows through Nord Stream 1 to a fifth of capacity.",
     "Latvia had already decided to stop importing Russian gas from next year."],
    "diplomacy", "diplomacy", 3, GAZ, a="Taras Pelekh", n="Energy cut-off as pressure/counter-sanction -> diplomacy."),
  E("2022-07-30 11:30", "Red Cross says it still has no access to Olenivka",
    ["The International Committee of the Red Cross said it had asked to visit the Olenivka camp to see the wounded and help recover the dead, but had not yet been given permission.",
     "As the body that visits prisoners of war under the Geneva Conventions, it said it had a right to be let in."],
    "other", "humanitarian", 3, OLN, a="Olha Brant", sec=["strikes"], n="Request for access about the same event -> same story (see Conventions)."),
  E("2022-07-30 08:45", "Mykolaiv hit by heavy shelling overnight",
    ["Mykolaiv came under some of its heaviest shelling in weeks overnight, with strikes hitting homes, a hotel and a school, mayor Oleksandr Senkevych said.",
     "One person was killed and several were injured, he added."],
    "strikes", "strikes", 3, MYK1, a="Taras Pelekh", n="Must not merge with the Kharkiv strike (4923-03) or day 2's Mykolaiv strike."),
  E("2022-07-30 05:20", "At least 40 prisoners killed in Olenivka blast, Moscow says",
    ["Russia's defence ministry says at least 40 Ukrainian prisoners of war were killed and 75 wounded when a barracks at the Olenivka detention camp in occupied Donetsk region was destroyed late on Thursday.",
     "Moscow blames a Ukrainian rocket strike; Kyiv says Russian forces blew up the building themselves to hide the mistreatment of prisoners."],
    "strikes", "strikes", 3, OLN, a="Olha Brant"),
  ]))

SEEDS.append(dict(id="4921", name="4921_skirlaw-htmllive", ext="html", source="Skirlaw Post", zone="Europe/Dublin", render=r_skirlaw,
  title="Ukraine war: Kyiv and Moscow blame each other for Olenovka deaths", byline="Niamh Dervan", dateline="Saturday, 30 July 2022",
  tznote="All times are Irish time (IST).", url="https://skirlaw.example/live/ukraine-30-july",
  notes="Invented outlet. HTML live blog, newest first; h2 headline THEN a bare '11:20' time span (Irish summer time, IST = UTC+1, stated once under the byline); one page byline; LiveBlogPosting JSON-LD with per-update datePublished in UTC (Z). Spelling 'Olenovka'. Entry 06 is a photo teaser without body; entry 02 (18:25) repeats entry 05 (11:20) nearly verbatim (duplicate_of 4921-05, the earlier-published original, which sits lower on this newest-first page); entry 04 is the day's theme piece (explainer). " + D1,
  not_entries=["cookie consent bar", "header and menu", "h1 title", "byline line", "date line", "'All times are Irish time (IST).'", "gallery image in the photo post", "'Copy link'/'Share' under each post",
               "newsletter promo", "footer"],
  entries=[
  E("2022-07-30 23:55", "Zelensky tells Donetsk residents to leave",
    ["Volodymyr Zelensky has told civilians still living in Ukrainian-held Donetsk to get out, promising state help with transport and warning that those who stay risk being killed."],
    "other", "humanitarian", 3, DON, a="Niamh Dervan"),
  E("2022-07-30 18:25", "Gazprom stops gas supplies to Latvia",
    ["Russia's state gas company has stopped deliveries to Latvia, saying the country broke the terms under which it buys gas.",
     "Riga played down the move, noting that Latvia is currently supplied from other sources and that its underground storage site at Incukalns is being filled."],
    "diplomacy", "diplomacy", 1, GAZ, a="Niamh Dervan", dup="4921-05", n="Near-verbatim repeat of 4921-05 (headline verb changed) -> importance 1."),
  E("2022-07-30 16:10", "Minister says grain ship is loaded and ready",
    ["Ukraine's infrastructure minister Oleksandr Kubrakov said the first grain vessel was fully loaded at Chornomorsk and would leave as soon as the partners in the Istanbul agreement gave the go-ahead."],
    "diplomacy", "diplomacy", 3, GRN, a="Niamh Dervan"),
  E("2022-07-30 13:45", "Explainer: what the Geneva Conventions say about prisoners of war",
    ["The Third Geneva Convention requires a country holding prisoners of war to protect them from violence, keep them away from combat zones and let the Red Cross visit them.",
     "Legal experts say a detaining power is responsible for the safety of the prisoners in its hands, whatever the cause of any harm.",
     "Killing prisoners of war deliberately is a grave breach of the conventions and can be prosecuted as a war crime."],
    "other", "humanitarian", 2, "explainer-geneva-conventions-pows", a="Niamh Dervan", n="Theme piece (explainer with body): own story, importance 2; must not merge with the Olenivka event."),
  E("2022-07-30 11:20", "Gazprom halts gas supplies to Latvia",
    ["Russia's state gas company has stopped deliveries to Latvia, saying the country broke the terms under which it buys gas.",
     "Riga played down the move, noting that Latvia is currently supplied from other sources and that its underground storage site at Incukalns is being filled."],
    "diplomacy", "diplomacy", 3, GAZ, a="Niamh Dervan"),
  E("2022-07-30 09:30", "Photos: the aftermath of overnight strikes on Mykolaiv", [], "strikes", "strikes", 1, MYK1, a="Niamh Dervan",
    n="Photo teaser without body -> importance 1."),
  E("2022-07-30 07:50", "Kyiv and Moscow trade blame over deadly Olenovka blast",
    ["Ukraine's general staff says Russian forces deliberately blew up the barracks at Olenovka where captured Ukrainian soldiers were held, while Moscow insists the building was hit by a US-made HIMARS rocket.",
     "Russian-backed officials now put the death toll at 50, with dozens more injured."],
    "strikes", "strikes", 3, OLN, a="Niamh Dervan", n="Spelling 'Olenovka'; toll 50."),
  ]))

SEEDS.append(dict(id="4922", name="4922_wendrick-worldrss", ext="xml", source="Wendrick World Service", zone="America/New_York", render=r_rss_world,
  title="Wendrick World Service: Top Stories", url="https://wendrick.example", lede="Top world headlines, updated around the clock.",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first; pubDate with -0400 (US Eastern, EDT); no authors. Four of six items are off-beat (Kentucky floods, California wildfire, Iraq parliament, Commonwealth Games). The first item's local date is 29 July (ET) but 30 July UTC. Spelling 'Yelenovka'. " + D1,
  not_entries=["channel title/link/description/ttl", "<category> and <guid> values"],
  entries=[
  OFF("2022-07-30 17:50", "Australia's swimmers pull further ahead at Commonwealth Games",
      ["Australia's swimmers won three more gold medals at the Sandwell Aquatics Centre in Birmingham, stretching their lead at the top of the medal table."],
      "commonwealth-games-swimming", n="Sport.", cat="Sport"),
  E("2022-07-30 13:35", "Russia's Gazprom cuts off Latvia",
    ["Russian energy giant Gazprom has halted gas exports to Latvia over what it called violations of supply conditions."],
    "diplomacy", "diplomacy", 3, GAZ, cat="Europe"),
  OFF("2022-07-30 10:20", "Iraqi protesters storm parliament for second time in a week",
      ["Thousands of supporters of Shia cleric Moqtada al-Sadr broke into Iraq's parliament in Baghdad and began a sit-in aimed at blocking the formation of a new government."],
      "iraq-parliament-sit-in", n="Iraqi politics.", cat="Middle East"),
  E("2022-07-30 06:55", "Russia says 53 prisoners died at Yelenovka",
    ["Russia's defence ministry raised the number of Ukrainian prisoners killed at the Yelenovka detention centre in Donetsk to 53, and repeated its claim that the camp had been hit by Ukrainian rockets."],
    "strikes", "strikes", 3, OLN, cat="Europe", n="Spelling 'Yelenovka'; toll 53."),
  OFF("2022-07-30 02:40", "California wildfire forces thousands from their homes",
      ["A fast-moving wildfire in the Klamath National Forest in northern California grew rapidly overnight, prompting evacuation orders for about 2,000 residents."],
      "california-wildfire-july-2022", n="US wildfire.", cat="US"),
  OFF("2022-07-29 21:15", "Kentucky flood deaths climb as rescuers reach cut-off hollows",
      ["The number of people killed in flash floods in eastern Kentucky has risen to at least 16, Governor Andy Beshear said, warning that the toll would keep rising as crews reached isolated communities."],
      "kentucky-floods-2022", n="US floods.", cat="US"),
  ]))

SEEDS.append(dict(id="4923", name="4923_ashlack-article", ext="txt", source="Ashlack Review", zone="Europe/Warsaw", render=r_textarticle,
  title="Donetsk evacuation ordered as Olenivka toll reaches 53", byline="Agnieszka Wolan", dateline="30.07.2022, 22:15 CEST",
  lede="Ukraine moved on Saturday to clear civilians out of the Donetsk region, a day after dozens of prisoners of war died in a camp held by Russian forces.",
  more="Europe's gas storage race", crumb="World \u203a Ukraine",
  notes="Invented outlet. Text article with three section headings; one entry per section, stamp null, published = the dateline '30.07.2022, 22:15 CEST' (UTC+2); the page byline is every entry's author. " + D1,
  not_entries=["outlet name and breadcrumb", "title line", "byline and dateline lines", "lede paragraph", "'Share this article'", "'Read more: ...' link", "copyright line"],
  entries=[
  E("2022-07-30 22:15", "Evacuation before winter",
    ["Kyiv has made evacuation compulsory for residents of the Ukrainian-held part of the Donetsk region, which officials say has lost its gas supply and cannot be heated this winter.",
     "Deputy Prime Minister Iryna Vereshchuk said those who leave would receive payments and help finding housing in safer regions."],
    "other", "humanitarian", 3, DON, a="Agnieszka Wolan"),
  E("2022-07-30 22:15", "Prison camp deaths",
    ["The toll from the destruction of a barracks at the Olenivka camp stands at 53 dead and 75 wounded, according to Russian figures that could not be checked.",
     "Ukraine has asked the United Nations and the Red Cross to press for access to the site."],
    "strikes", "strikes", 3, OLN, a="Agnieszka Wolan"),
  E("2022-07-30 22:15", "Kharkiv struck at dawn",
    ["Russian missiles hit Kharkiv before dawn on Saturday, damaging a university building and injuring one person, the regional governor said."],
    "strikes", "strikes", 2, "kharkiv-missile-strike-2022-07-30", a="Agnieszka Wolan", n="Different city and attack from the Mykolaiv shelling: must not merge."),
  ]))

# ---- Day 2: 2022-07-31 (UTC) ----
MYK2 = "mykolaiv-strike-kills-vadatursky-2022-07-31"
SEV = "sevastopol-fleet-hq-drone-attack"
NAVY = "putin-navy-day-maritime-doctrine"
D2 = "Day 2 (2022-07-31 UTC) of a multi-source set; see README."

SEEDS.append(dict(id="4930", name="4930_skirlaw-htmllive", ext="html", source="Skirlaw Post", zone="Europe/Dublin", render=r_skirlaw,
  title="Ukraine war: grain magnate killed in Mykolaiv; drone hits Sevastopol fleet HQ", byline="Cathal Brennock", dateline="Sunday, 31 July 2022",
  tznote="All times are Irish time (IST).", url="https://skirlaw.example/live/ukraine-31-july",
  notes="Invented outlet (same as 4921, next day's page). HTML live blog, newest first; h2 headline then a bare '08:40' time (Irish summer time, IST = UTC+1); one page byline; LiveBlogPosting JSON-LD with UTC (Z) update times. Entry 06 (07:05) re-posts day-1 entry 4921-05 nearly verbatim (importance 1). Entry 02 is a video teaser without body. Entry 03 continues the day-1 Olenivka story with a new development (Russia's invitation to UN/ICRC experts) and keeps its slug. " + D2,
  not_entries=["cookie consent bar", "header and menu", "h1 title", "byline line", "date line", "'All times are Irish time (IST).'", "media placeholder in the video post", "'Copy link'/'Share' under each post",
               "newsletter promo", "footer"],
  entries=[
  E("2022-07-31 19:45", "Zelensky: Vadaturskyi's death a great loss for Ukraine",
    ["President Volodymyr Zelensky said the killing of Oleksiy Vadaturskyi, whose company built a modern network of grain terminals and elevators, was a heavy loss for the whole country."],
    "strikes", "strikes", 3, MYK2, a="Cathal Brennock", n="Reaction whose content is the strike itself -> same story; spelling 'Vadaturskyi'."),
  E("2022-07-31 15:30", "Video: Putin reviews warships in St Petersburg", [], "other", "security", 1, NAVY, a="Cathal Brennock", n="Video teaser without body -> importance 1."),
  E("2022-07-31 12:50", "Russia says it will let experts into Olenivka",
    ["Russia's defence ministry said it had invited specialists from the United Nations and the International Committee of the Red Cross to look into the deaths of Ukrainian prisoners at Olenivka, saying it wanted an objective inquiry."],
    "other", "humanitarian", 3, OLN, a="Cathal Brennock", sec=["diplomacy"], n="Continuation of day-1 story with a new development (invitation) -> keeps the day-1 slug; carried by three day-2 seeds -> 3."),
  E("2022-07-31 10:15", "Drone attack on Black Sea Fleet HQ injures five",
    ["A drone flew into the courtyard of the Russian Black Sea Fleet's headquarters in Sevastopol on Sunday morning, injuring five members of staff, the city's Russian-installed governor Mikhail Razvozhayev said.",
     "Navy Day celebrations planned in the city were called off as a precaution."],
    "strikes", "strikes", 3, SEV, a="Cathal Brennock", n="Must not merge with Putin's Navy Day parade/doctrine (same theme, different event)."),
  E("2022-07-31 08:40", "Grain tycoon killed in Mykolaiv bombardment",
    ["Oleksiy Vadatursky, founder of Nibulon, one of Ukraine's biggest agricultural companies, was killed at his home in Mykolaiv when Russian shelling hit the city overnight, regional governor Vitaliy Kim said.",
     "His wife Raisa also died in the attack."],
    "strikes", "strikes", 3, MYK2, a="Cathal Brennock", n="Toll two."),
  E("2022-07-31 07:05", "Gazprom halts gas supplies to Latvia",
    ["Russia's state gas company has stopped deliveries to Latvia, saying the country broke the terms under which it buys gas.",
     "Riga played down the move, noting that Latvia is currently supplied from other sources and that its underground storage site at Incukalns is being filled."],
    "diplomacy", "diplomacy", 1, GAZ, a="Cathal Brennock", n="Re-post of day-1 entry 4921-05 (same headline and text, reposted on 31 July) -> importance 1."),
  ]))

SEEDS.append(dict(id="4931", name="4931_yockenthwaite-textlive", ext="txt", source="Yockenthwaite Gazette", zone="Europe/London", render=r_yock,
  title="Russia-Ukraine war: Mykolaiv businessman killed, Navy Day disrupted in Crimea", dateline="Sunday 31 July 2022",
  lede="Rolling coverage of the war in Ukraine. Times are UK time.",
  notes="Invented outlet. Text live blog, newest first; each post: headline, then 'Posted at 09:40 BST by NAME' AFTER it (UK time, BST = UTC+1). Entry 06 (06:10) is the earliest report of the Mykolaiv strike (one dead); entry 02 repeats it nearly verbatim (duplicate_of 4931-06). Entry 03 is the day's theme piece (explainer). Entry 01 continues the day-1 grain-ship story (keeps the slug). " + D2,
  not_entries=["outlet name and menu", "title and date lines", "lede 'Rolling coverage ...'", "'Posted at ... by ...' lines (stamp and author)", "'Advertisement'", "'See yesterday's live coverage' and footer"],
  entries=[
  E("2022-07-31 21:10", "First grain ship could sail on Monday, Kyiv says",
    ["Ukrainian officials said the first ship carrying grain under the Istanbul agreement could leave Chornomorsk as early as Monday morning if the final security checks were completed."],
    "diplomacy", "diplomacy", 2, GRN, a="Rhys Tolley", n="Continuation of the day-1 grain-ship story; one day-2 seed -> 2."),
  E("2022-07-31 18:30", "Mykolaiv businessman killed as rockets hit city",
    ["One of Ukraine's richest agricultural businessmen, Oleksiy Vadatursky, has been killed in a Russian attack on Mykolaiv, the southern city's governor says."],
    "strikes", "strikes", 1, MYK2, a="Rhys Tolley", dup="4931-06", n="Near-verbatim repeat of 4931-06 -> importance 1."),
  E("2022-07-31 15:45", "Explainer: why Ukraine's grain matters to Africa and the Middle East",
    ["Before the war Ukraine was among the world's five biggest exporters of wheat and maize, and countries such as Egypt, Lebanon, Yemen and Somalia relied on it for a large share of their grain.",
     "With about 20 million tonnes stuck in silos since February, the United Nations says the blockade has pushed millions more people towards hunger.",
     "The deal signed in Istanbul on July 22 is meant to let that backlog move through three Ukrainian ports."],
    "other", "humanitarian", 2, "explainer-ukraine-grain-importers", a="Helen Garsdale", n="Theme piece (explainer with body): own story, importance 2; must not merge with the grain-ship news or the Vadatursky killing."),
  E("2022-07-31 13:20", "Putin signs naval doctrine naming US as main threat",
    ["Vladimir Putin has approved a new maritime doctrine that names the United States and NATO's expansion as the main threats to Russia and sets out plans to strengthen the navy in the Arctic and the Black Sea.",
     "Speaking at the Navy Day parade in St Petersburg, he said the fleet would soon receive Zircon hypersonic cruise missiles."],
    "other", "security", 3, NAVY, a="Helen Garsdale", n="Doctrine and parade -> other/security."),
  E("2022-07-31 11:55", "Sevastopol drone attack: Navy Day events cancelled",
    ["Russia called off Navy Day events in Sevastopol after an explosive-laden drone hit the yard of the Black Sea Fleet headquarters, wounding six people, the city's governor said."],
    "strikes", "strikes", 3, SEV, a="Helen Garsdale", n="Injured count grows 5 -> 6."),
  E("2022-07-31 06:10", "Mykolaiv businessman killed as rockets hit city",
    ["One of Ukraine's richest agricultural businessmen, Oleksiy Vadatursky, has been killed in a Russian attack on Mykolaiv, the southern city's governor said.",
     "Officials are still assessing the damage."],
    "strikes", "strikes", 3, MYK2, a="Rhys Tolley", n="Earliest report, toll one."),
  ]))

SEEDS.append(dict(id="4932", name="4932_orrest-worldrss", ext="xml", source="Orrest World Service", zone="Europe/Berlin", render=r_rss_world,
  title="Orrest World Service \u2013 World", url="https://orrest.example", lede="The world in brief, from our Berlin desk.",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first; pubDate with +0200 (CEST); no authors. Four of six items are off-beat (Pelosi trip, Bill Russell, Women's Euro final, Saxon Switzerland fire). Spelling 'Mykolayiv'. " + D2,
  not_entries=["channel title/link/description/ttl", "<category> and <guid> values"],
  entries=[
  OFF("2022-07-31 23:50", "Pelosi announces Asia tour, says nothing of Taiwan",
      ["US House Speaker Nancy Pelosi said she would lead a congressional delegation to Singapore, Malaysia, South Korea and Japan, without saying whether she would also stop in Taiwan."],
      "pelosi-asia-tour", n="US-Asia politics.", cat="Asia"),
  OFF("2022-07-31 22:30", "Basketball great Bill Russell dies at 88",
      ["Bill Russell, who won 11 NBA championships with the Boston Celtics and became the league's first Black head coach, has died aged 88, his family said."],
      "bill-russell-dies", n="Sport obituary.", cat="Sport"),
  OFF("2022-07-31 21:15", "England win Women's Euro after extra time",
      ["England beat Germany 2-1 after extra time at Wembley to win the women's European Championship, their first major women's title."],
      "womens-euro-2022-final", n="Football.", cat="Sport"),
  E("2022-07-31 17:20", "Drone hits Russian fleet headquarters in Crimea",
    ["A small drone struck the headquarters of Russia's Black Sea Fleet in Sevastopol on Sunday, wounding six people and forcing the cancellation of Navy Day festivities, Russian officials said."],
    "strikes", "strikes", 3, SEV, cat="Europe"),
  E("2022-07-31 09:15", "Mykolayiv shelling kills grain magnate and his wife",
    ["Russian shelling of the southern Ukrainian city of Mykolayiv overnight killed Nibulon founder Oleksiy Vadatursky and his wife, and damaged homes and a school, local officials said."],
    "strikes", "strikes", 3, MYK2, cat="Europe", n="Spelling 'Mykolayiv'; toll two."),
  OFF("2022-07-31 06:30", "Firefighters battle forest blaze in Saxon Switzerland",
      ["Hundreds of firefighters are trying to contain a forest fire in the Saxon Switzerland national park near the Czech border, which has spread across several hundred hectares."],
      "saxon-switzerland-forest-fire", n="German wildfire.", cat="Germany"),
  ]))

SEEDS.append(dict(id="4933", name="4933_mallerstang-atom", ext="xml", source="Mallerstang Chronicle", zone="Europe/Kyiv", render=r_atom,
  title="Mallerstang Chronicle \u2014 Ukraine", url="https://mallerstang.example",
  notes="Invented outlet. Atom feed, newest first; <published> with +03:00 (Kyiv, EEST); per-entry <author>; escaped HTML content. Spelling 'Vadaturskyi'. Entry 02 continues the day-1 Donetsk evacuation story (trains announced; keeps the slug); entry 03 continues the Olenivka story. " + D2,
  not_entries=["feed title/link/id/updated", "<updated> and <id> of each entry"],
  entries=[
  E("2022-07-31 17:10", "Putin names US as main rival in new naval doctrine",
    ["President Vladimir Putin signed a 55-page maritime doctrine on Sunday that describes the United States as Russia's main challenger at sea."],
    "other", "security", 3, NAVY, a="Kateryna Obruch"),
  E("2022-07-31 14:40", "Trains to carry Donetsk evacuees west from Pokrovsk",
    ["Ukrainian Railways said it would run evacuation trains from Pokrovsk for residents leaving the Donetsk region under the compulsory evacuation order, with the first due to depart on Monday."],
    "other", "humanitarian", 2, DON, a="Kateryna Obruch", n="Continuation of the day-1 evacuation story; one day-2 seed -> 2."),
  E("2022-07-31 12:25", "Russia invites UN and Red Cross to probe Olenivka deaths",
    ["Moscow says it has asked UN and Red Cross specialists to come to the Olenivka camp, where dozens of Ukrainian prisoners were killed late on Thursday, to establish the cause.",
     "Ukraine's human rights ombudsman said any inquiry must have unhindered access and must not be staged by the Russian side."],
    "other", "humanitarian", 3, OLN, a="Bohdan Kurylo", sec=["diplomacy"]),
  E("2022-07-31 07:55", "Nibulon founder killed in overnight strike on Mykolaiv",
    ["Oleksiy Vadaturskyi, founder and owner of the grain trader Nibulon, died when a Russian missile hit his house in Mykolaiv during the night, the regional military administration said."],
    "strikes", "strikes", 3, MYK2, a="Bohdan Kurylo", n="Earliest report in the set (04:55 UTC), toll one."),
  ]))

SEEDS.append(dict(id="4934", name="4934_birkdale-article", ext="txt", source="Birkdale Crier", zone="Europe/London", render=r_textarticle,
  title="Grain magnate killed in Mykolaiv as Russia marks Navy Day under fire", byline="Maeve Dunnock", dateline="Sunday 31 July 2022 \u00b7 7.50pm BST",
  lede="A day of strikes on both sides of the front line ended with one of Ukraine's best-known businessmen dead.",
  more="How Ukraine's grain leaves the Black Sea", crumb="News \u203a World",
  notes="Invented outlet. Text article with three section headings; one entry per section, stamp null, published = the dateline 'Sunday 31 July 2022 \u00b7 7.50pm BST' (UTC+1); the page byline is every entry's author. Mykolaiv toll: two dead, seven wounded. " + D2,
  not_entries=["outlet name and breadcrumb", "title line", "byline and dateline lines", "lede paragraph", "'Share this article'", "'Read more: ...' link", "copyright line"],
  entries=[
  E("2022-07-31 19:50", "Mykolaiv",
    ["Russia's heaviest bombardment of Mykolaiv since the invasion began killed agricultural tycoon Oleksiy Vadatursky and his wife Raisa at their home and wounded at least seven other people, according to the city authorities."],
    "strikes", "strikes", 3, MYK2, a="Maeve Dunnock"),
  E("2022-07-31 19:50", "Sevastopol",
    ["In Crimea, the Russian-appointed governor of Sevastopol blamed Ukraine for a drone strike on the fleet headquarters that injured six people, a claim Kyiv called a provocation."],
    "strikes", "strikes", 3, SEV, a="Maeve Dunnock"),
  E("2022-07-31 19:50", "Prison camp inquiry",
    ["Ukraine reacted coolly to Russia's invitation to UN and Red Cross experts to visit Olenivka, saying investigators must be able to talk to surviving prisoners without Russian officials present."],
    "other", "humanitarian", 3, OLN, a="Maeve Dunnock", sec=["diplomacy"]),
  ]))

# ---- Day 3: 2022-07-01 (UTC) ----
SER = "serhiivka-missile-strike-2022-07-01"
USA = "us-820m-package-nasams"
SAK = "sakhalin-2-takeover-decree"
SNK = "snake-island-russian-withdrawal"
D3 = "Day 3 (2022-07-01 UTC) of a multi-source set; see README."

SEEDS.append(dict(id="4940", name="4940_pardshaw-textlive", ext="txt", source="Pardshaw Herald", zone="Europe/Paris", render=r_pardshaw,
  title="Ukraine: missiles kill dozens near Odesa \u2013 live", dateline="Friday 1 July", parse_args=["--date", "2022-07-01"],
  lede="Our live coverage of the war in Ukraine continues.",
  notes="Invented outlet. Text live blog, OLDEST first; date line 'Friday 1 July' with no year anywhere (parse_args --date 2022-07-01); 'Times are Paris time (CEST)', UTC+2; French-style '06h10' time line before each headline; '(NAME)' sign-off after the body. Entry 06 is a photo teaser without body. Spelling 'Serhiivka', toll 10 at 06h10. " + D3,
  not_entries=["masthead and edition line", "title and date lines", "'Times are Paris time (CEST)'", "lede line", "'(NAME)' sign-off lines (author)", "'Subscribe to read our full coverage'", "'This live page is now closed.' and footer"],
  entries=[
  E("2022-07-01 06:10", "Missiles hit apartment block near Odesa, at least 10 dead",
    ["Russian missiles struck a nine-storey apartment building and a holiday centre in the village of Serhiivka, south-west of Odesa, during the night, killing at least 10 people, Ukraine's emergency service said.",
     "Rescuers were searching the collapsed part of the building for survivors."],
    "strikes", "strikes", 3, SER, a="\u00c9lise Marchetti"),
  E("2022-07-01 08:30", "Kremlin says Russia does not target civilians",
    ["Kremlin spokesman Dmitry Peskov said Russian forces were striking only military targets when he was asked about the deaths in the Odesa region."],
    "strikes", "strikes", 3, SER, a="\u00c9lise Marchetti", n="Official reaction whose content is the attack itself -> same story."),
  E("2022-07-01 10:50", "No Ukrainian landing yet on Snake Island",
    ["Ukraine's southern command said its troops had not yet landed on Snake Island, a day after Russia pulled its garrison off the rock in what Moscow called a goodwill gesture.",
     "The island lies about 35 kilometres off the coast of the Odesa region."],
    "other", "frontline", 3, SNK, a="Joss Aubrey", n="Same region as Serhiivka, different event: must not merge."),
  E("2022-07-01 13:15", "Japan says it will not give up Sakhalin-2 stake",
    ["Japan said it would not abandon its interests in the Sakhalin-2 gas project after President Vladimir Putin signed a decree handing the venture's assets to a new Russian company.",
     "Mitsui and Mitsubishi, which hold stakes in the project alongside Shell, said they were studying the decree."],
    "diplomacy", "diplomacy", 3, SAK, a="Joss Aubrey", n="Asset seizure in the sanctions stand-off -> diplomacy."),
  E("2022-07-01 16:40", "US announces $820m weapons package with air defence systems",
    ["The Pentagon announced a further $820 million in military assistance for Ukraine, including two NASAMS surface-to-air missile systems and more ammunition for HIMARS rocket launchers."],
    "aid", "aid", 3, USA, a="Joss Aubrey"),
  E("2022-07-01 19:05", "Photos: searching the rubble in Serhiivka", [], "strikes", "strikes", 1, SER, n="Photo teaser without body -> importance 1."),
  E("2022-07-01 21:30", "Russian forces close in on Lysychansk",
    ["Luhansk governor Serhiy Haidai said Russian troops were trying to surround Lysychansk from the south and that there was fighting near the city's oil refinery."],
    "other", "frontline", 2, "lysychansk-encirclement-fighting", a="Joss Aubrey"),
  ]))

SEEDS.append(dict(id="4941", name="4941_seathwaite-htmllive", ext="html", source="Seathwaite Telegraph", zone="America/New_York", render=r_seathwaite,
  title="Russia-Ukraine war: Deadly strike near Odesa; U.S. to send NASAMS air defenses", url="https://seathwaite.example/live/russia-ukraine-july-1",
  lede="The latest on the war in Ukraine from our correspondents in Kyiv and Washington.",
  notes="Invented outlet. HTML live blog, newest first, with day dividers 'Friday, July 1' / 'Thursday, June 30' (no year in the visible text; the JSON-LD carries it); stamps '2:45 p.m. ET' (US Eastern, EDT = UTC-4) above each h3; per-post 'By NAME'. The page crosses local midnight: the last two updates are 30 June ET but 1 July UTC. LiveBlogPosting JSON-LD with per-update datePublished (-04:00). Entry 02 repeats entry 03 nearly verbatim (duplicate_of 4941-03). Entry 01 is the day's theme piece (explainer). Spelling 'Serhiyivka', toll 6 -> 19. " + D3,
  not_entries=["header and menu", "h1 title", "'Updated ... ET, July 1' line", "dek line", "day dividers 'Friday, July 1' and 'Thursday, June 30'", "'By NAME' lines (author)", "'Advertisement'", "footer"],
  entries=[
  E("2022-07-01 14:45", "What is NASAMS? The Norwegian-American system headed to Ukraine",
    ["NASAMS, short for National Advanced Surface-to-Air Missile System, was developed by Norway's Kongsberg with the U.S. company Raytheon and has guarded the airspace around Washington since 2005.",
     "It fires AMRAAM missiles, first designed for fighter jets, from truck-mounted launchers and can engage aircraft, drones and cruise missiles."],
    "aid", "aid", 2, "explainer-nasams", a="Dana Whitcombe", n="Theme piece (explainer with body): own story, importance 2; must not merge with the package announcement."),
  E("2022-07-01 11:20", "Pentagon unveils $820 million package including NASAMS",
    ["The Defense Department said Friday that a new $820 million security assistance package for Ukraine would include two NASAMS air defense systems and 150,000 rounds of 155mm artillery ammunition."],
    "aid", "aid", 1, USA, a="Dana Whitcombe", dup="4941-03", n="Near-verbatim repeat of 4941-03 (headline reworded) -> importance 1."),
  E("2022-07-01 10:55", "U.S. to send NASAMS air defense systems in new $820 million package",
    ["The Defense Department said Friday that a new $820 million security assistance package for Ukraine would include two NASAMS air defense systems and 150,000 rounds of 155mm artillery ammunition.",
     "It also includes counter-artillery radars."],
    "aid", "aid", 3, USA, a="Dana Whitcombe"),
  E("2022-07-01 08:10", "Death toll in Odesa region strike rises to 19",
    ["Ukrainian officials now say 19 people were killed when Russian missiles hit an apartment block and a recreation center in Serhiyivka, a resort village on the Black Sea coast.",
     "Two of the dead were children, and rescuers were still working through the collapsed section of the building."],
    "strikes", "strikes", 3, SER, a="Luis Arredondo"),
  E("2022-07-01 05:40", "Putin decree puts Sakhalin-2 under Russian control",
    ["President Vladimir Putin has signed a decree transferring ownership of the Sakhalin-2 oil and gas project in Russia's Far East to a new Russian-run company, a move that could push out Shell and two Japanese partners."],
    "diplomacy", "diplomacy", 3, SAK, a="Luis Arredondo"),
  E("2022-06-30 23:50", "Missile strike on Odesa region apartment building",
    ["At least six people were killed when a Russian missile hit a residential building in Serhiyivka in the Odesa region overnight, Ukrainian officials said."],
    "strikes", "strikes", 3, SER, a="Luis Arredondo", n="30 June ET = 1 July 03:50 UTC; earliest toll (six)."),
  E("2022-06-30 20:35", "Russia pulls troops off Snake Island",
    ["Russia's defense ministry said Thursday it had withdrawn its garrison from Snake Island, the strategic outcrop off Ukraine's coast, calling the move a gesture of goodwill to allow grain exports.",
     "Ukraine's military said its artillery and missile strikes had forced the Russians out."],
    "other", "frontline", 3, SNK, a="Luis Arredondo", n="30 June ET = 1 July 00:35 UTC."),
  ]))

SEEDS.append(dict(id="4942", name="4942_lorton-worldatom", ext="xml", source="Lorton World Desk", zone="Asia/Kolkata", render=r_atom,
  title="Lorton World Desk \u2014 Global headlines", url="https://lorton.example",
  notes="Invented outlet. General world-news Atom feed, newest first; <published> with +05:30 (India); no authors; four of six entries off-beat (Hong Kong anniversary, Lapid, Tour de France, Tropical Storm Bonnie). The newest entry's local date is 2 July (IST) but it is 1 July UTC. Spelling 'Sergiyivka', toll 17. " + D3,
  not_entries=["feed title/link/id/updated", "<updated> and <id> of each entry"],
  entries=[
  OFF("2022-07-02 02:20", "Tropical Storm Bonnie forms in the Caribbean",
      ["A storm system that had drenched Trinidad and Venezuela strengthened into Tropical Storm Bonnie and was forecast to reach Nicaragua and Costa Rica over the weekend, US forecasters said."],
      "tropical-storm-bonnie", n="Weather."),
  OFF("2022-07-01 22:10", "Tour de France gets under way in Copenhagen",
      ["The Tour de France began in Copenhagen with a time trial through the Danish capital's rain-soaked streets."],
      "tour-de-france-2022-start", n="Cycling."),
  E("2022-07-01 19:40", "Pentagon announces $820m package for Ukraine",
    ["The United States will give Ukraine advanced surface-to-air missile systems and counter-artillery radars as part of an $820 million aid package, the Pentagon said."],
    "aid", "aid", 3, USA),
  OFF("2022-07-01 15:20", "Lapid takes over as Israel's prime minister",
      ["Yair Lapid became Israel's 14th prime minister at midnight, leading a caretaker government until an election in November after the outgoing coalition dissolved parliament."],
      "israel-lapid-prime-minister", n="Israeli politics."),
  E("2022-07-01 13:50", "Toll from Odesa region missile strike reaches 17",
    ["Seventeen people were killed when Russian missiles slammed into residential buildings in Sergiyivka, a seaside village about 80 km from Odesa, regional officials said on Friday."],
    "strikes", "strikes", 3, SER, n="Spelling 'Sergiyivka'; toll 17."),
  OFF("2022-07-01 08:05", "Xi swears in John Lee as Hong Kong marks 25 years of Chinese rule",
      ["Chinese President Xi Jinping presided over the swearing-in of John Lee as Hong Kong's new leader on the 25th anniversary of the city's return to China, saying its system had withstood severe tests."],
      "hong-kong-handover-anniversary-2022", n="Hong Kong politics."),
  ]))

SEEDS.append(dict(id="4943", name="4943_uldale-article", ext="txt", source="Uldale Times", zone="Europe/Madrid", render=r_textarticle,
  title="Serhiivka strike: 21 dead as Russia denies targeting civilians", byline="Luc\u00eda Ferrandis", dateline="Updated 1 July 2022, 6.30pm CEST",
  lede="The deadliest attack on the Odesa region since the start of the war came hours after Russia left Snake Island.",
  more="What Russia's exit from Snake Island means", crumb="International \u203a Europe",
  notes="Invented outlet. Text article with three section headings; one entry per section, stamp null, published = the dateline 'Updated 1 July 2022, 6.30pm CEST' (Madrid, UTC+2); the page byline is every entry's author. Spelling 'Serhiivka', toll 21. " + D3,
  not_entries=["outlet name and breadcrumb", "title line", "byline and dateline lines", "lede paragraph", "'Share this article'", "'Read more: ...' link", "copyright line"],
  entries=[
  E("2022-07-01 18:30", "Strike on a seaside village",
    ["The death toll from Russia's overnight missile attack on Serhiivka, in the Odesa region, has risen to 21, including a 12-year-old boy, according to Ukraine's emergency service.",
     "Officials said the missiles had been fired from aircraft over the Black Sea."],
    "strikes", "strikes", 3, SER, a="Luc\u00eda Ferrandis"),
  E("2022-07-01 18:30", "Washington's new package",
    ["Separately, the United States unveiled another tranche of weapons for Kyiv worth $820 million, with two NASAMS air-defence systems as its centrepiece."],
    "aid", "aid", 3, USA, a="Luc\u00eda Ferrandis"),
  E("2022-07-01 18:30", "Sakhalin-2",
    ["In Tokyo, the government said Japan's energy security would be at risk if it lost its share of Sakhalin-2, which supplies close to a tenth of the country's liquefied natural gas imports."],
    "diplomacy", "diplomacy", 3, SAK, a="Luc\u00eda Ferrandis"),
  ]))


# ============================================================ emit
BASIS = {
  "r_miami": "item time '{s}' under the page's 'UPDATED MARCH 21, 2022 1:55 AM' line; newest-first order crosses local midnight, so a.m. items are 21 March and p.m. items 20 March; US Eastern (EDT, UTC-4) implied by the outlet",
  "r_brisbane": "post time '{s}' resolved with the 'Updated April 10, 2022 \u2014 6.40am, first published April 9, 2022 \u2014 7.15pm' line (overnight blog, newest first: times after midnight are 10 April); Brisbane AEST = UTC+10",
  "r_newcastle": "pubDate '{s}' (explicit +1000)",
  "r_jep": "stamp line '{s}' printed after the headline; Jersey BST = UTC+1 implied",
  "r_asiatimes": "pubDate '{s}' (explicit +0000)",
  "r_sahara": "visible date '{s}' only; the time comes from the date span's RDFa content attribute ({iso}); New York EST = UTC-5",
  "r_hiiraan": "stamp line '{s}' printed after the headline; Somalia EAT = UTC+3 implied",
  "r_vientiane": "stamp '{s}' without year (parse_args --date 2022-03-27); Laos time UTC+7 implied",
  "r_toz": "no per-section time; the article dateline 'August 7, 2022 at 6:40 pm' (Zambia, CAT = UTC+2) used for every section",
  "r_newtimes": "time '{s}' under the page's date line 'Friday, June 24, 2022'; Kigali CAT = UTC+2 implied",
  "r_gallowfield": "stamp '{s}' on the page's date line 'Saturday 30 July 2022'; EEST = UTC+3",
  "r_skirlaw": "stamp '{s}' (Irish time, IST = UTC+1, as the page says) on the page's date {d}; the JSON-LD update datePublished (UTC) agrees",
  "r_rss_world": "pubDate '{s}' (explicit offset)",
  "r_textarticle": "no per-section time; the article dateline ({d}, {z}) used for every section",
  "r_yock": "stamp line '{s}' after the headline, on the page's date line 'Sunday 31 July 2022'; BST = UTC+1",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_pardshaw": "stamp '{s}' under the date line 'Friday 1 July' (no year; parse_args --date 2022-07-01); Paris CEST = UTC+2",
  "r_seathwaite": "stamp '{s}' under the day divider for {d} (year from the JSON-LD); US Eastern EDT = UTC-4; the JSON-LD update datePublished agrees",
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
                         "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), z=S["zone"], iso=d.isoformat()),
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

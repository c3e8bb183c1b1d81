#!/usr/bin/env python3
"""Builds the eval/em seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented; no copied sentences). Part A imitates,
from memory, the page layouts of ten real outlets (trade, education and local news sites); Part B outlets are
invented. All days are in February 2027. Deterministic.
Run from the project root:  python3 eval/em/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.")


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
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space="", dots=False, upper=False):
    hh = d.hour % 12 or 12
    if dots:
        suf = "a.m." if d.hour < 12 else "p.m."
    else:
        suf = "am" if d.hour < 12 else "pm"
        if upper:
            suf = suf.upper()
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [dt(e["t"], S["zone"]) for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first (page order)"


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def slug(s, n=60):
    t = re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
    if len(t) > n:
        t = t[:n].rsplit("-", 1)[0]
    return t


def iso(d):
    return d.isoformat()


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_loadstar(S):
    """The Loadstar (WordPress) RSS 2.0 feed: pubDate '+0000', dc:creator in CDATA, categories, guid '?p=', description =
    excerpt paragraphs plus WordPress' 'The post ... appeared first on The Loadstar.' footer."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"',
           '\txmlns:content="http://purl.org/rss/1.0/modules/content/"', '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"',
           '\txmlns:dc="http://purl.org/dc/elements/1.1/"', '\txmlns:atom="http://www.w3.org/2005/Atom"',
           '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"', '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"', '\t>',
           '<channel>', '\t<title>The Loadstar</title>', '\t<atom:link href="https://theloadstar.com/feed/" rel="self" type="application/rss+xml" />',
           '\t<link>https://theloadstar.com</link>', '\t<description>Logistics news, analysis and comment for the freight industry</description>',
           f'\t<lastBuildDate>{rfc822(last)}</lastBuildDate>', '\t<language>en-GB</language>',
           '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>', '\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>',
           '\t<generator>https://wordpress.org/?v=6.7.2</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://theloadstar.com/{slug(e['h'])}/"
        pid = 171450 - i * 37
        desc = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        desc += f'<p>The post <a href="{link}">{esc(e["h"])}</a> appeared first on <a href="https://theloadstar.com">The Loadstar</a>.</p>'
        out += ['\t<item>', f'\t\t<title>{esc(e["h"])}</title>', f'\t\t<link>{link}</link>',
                f'\t\t<comments>{link}#respond</comments>', f'\t\t<dc:creator><![CDATA[{e["a"]}]]></dc:creator>',
                f'\t\t<pubDate>{st}</pubDate>']
        out += [f'\t\t<category><![CDATA[{c}]]></category>' for c in e["cats"]]
        out += [f'\t\t<guid isPermaLink="false">https://theloadstar.com/?p={pid}</guid>',
                f'\t\t<description><![CDATA[{desc}]]></description>',
                f'\t\t<wfw:commentRss>{link}feed/</wfw:commentRss>', f'\t\t<slash:comments>{e.get("cc", 0)}</slash:comments>', '\t</item>']
    out += ['\t</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_freightwaves(S):
    """FreightWaves (WordPress, Yoast) category archive, HTML. Cards: category label, h3 headline, excerpt, 'by AUTHOR'
    and a <time datetime> whose visible text is the date only ('February 4, 2027'). Yoast @graph of CollectionPage etc."""
    z = S["zone"]; order_check(S, True)
    url = "https://www.freightwaves.com/news/category/news/maritime"
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": url, "url": url, "name": "Maritime Archives | FreightWaves",
         "isPartOf": {"@id": "https://www.freightwaves.com/#website"}, "breadcrumb": {"@id": url + "#breadcrumb"}, "inLanguage": "en-US"},
        {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://www.freightwaves.com/"},
            {"@type": "ListItem", "position": 2, "name": "Maritime"}]},
        {"@type": "WebSite", "@id": "https://www.freightwaves.com/#website", "url": "https://www.freightwaves.com/", "name": "FreightWaves",
         "publisher": {"@id": "https://www.freightwaves.com/#organization"}},
        {"@type": "Organization", "@id": "https://www.freightwaves.com/#organization", "name": "FreightWaves", "url": "https://www.freightwaves.com/"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', '<title>Maritime Archives | FreightWaves</title>',
           f'<link rel="canonical" href="{url}">',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld) + '</script></head>',
           '<body class="archive category category-maritime">',
           '<div class="ticker"><span>SONAR</span> <span>NTI $2.41/mile</span> <span>OTRI 6.12%</span> <span>Container Atlas</span></div>',
           '<header class="site-header"><a class="logo" href="/">FreightWaves</a><nav><a href="/news">News</a> <a href="/sonar">SONAR</a> '
           '<a href="/news/category/news/maritime">Maritime</a> <a href="/news/category/news/trucking">Trucking</a> <a href="/news/category/news/air-cargo">Air Cargo</a> '
           '<a href="/news/category/news/rail">Rail</a> <a href="/podcasts">Podcasts</a> <a href="/events">Events</a> <a href="/freightwaves-tv">FreightWaves TV</a></nav>'
           '<a class="btn" href="/newsletters">Subscribe</a></header>',
           '<main class="archive-main"><h1 class="archive-title">Maritime</h1>', '<div class="post-grid">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year}"; stamps.append(st)
        link = f"https://www.freightwaves.com/news/{slug(e['h'])}"
        out.append(f'<article class="post-card"><a class="post-card__cat" href="/news/category/news/{e["cat"].lower().replace(" ", "-")}">{esc(e["cat"])}</a>'
                   f'<h3 class="post-card__title"><a href="{link}">{esc(e["h"])}</a></h3>')
        out += [f'<p class="post-card__excerpt">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<div class="post-card__meta"><span class="author">by <a href="/news/author/{slug(e["a"])}">{esc(e["a"])}</a></span> '
                   f'<time class="entry-date" datetime="{iso(d)}">{st}</time></div></article>')
        if i == 2:
            out.append('<aside class="newsletter-cta"><h4>Get the Daily Maritime Brief</h4><p>Ocean shipping news and SONAR data, every weekday.</p>'
                       '<input type="email" placeholder="Email address"> <button>Sign up</button></aside>')
    out += ['</div><nav class="pagination"><a href="/news/category/news/maritime/page/2">Next Page</a></nav></main>',
            '<footer class="site-footer"><a href="/about">About</a> <a href="/careers">Careers</a> <a href="/advertise">Advertise</a> '
            '<a href="/privacy-policy">Privacy Policy</a><p>© 2027 FreightWaves. All Rights Reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_joc(S):
    """JOC.com (S&P Global) topic listing, text scrape. Cards: topic label, optional lock label, headline, teaser,
    'NAME, Title' line, then 'Feb 5, 2027, 11:02 AM EST'."""
    z = S["zone"]; order_check(S, True)
    L = ["Skip to main content", "", "JOC", "S&P Global", "Sign In   Register   Subscribe", "",
         "Maritime   Port News   Rail & Intermodal   Trucking Logistics   International Logistics   Regulation & Policy   Events   Webcasts   Podcasts", "",
         "Home / International Logistics", "", S["title"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{SHORT[d.month - 1]} {d.day}, {d.year}, {ampm(d, space=' ', upper=True)} EST"; stamps.append(st)
        L += [e["cat"].upper()]
        if e.get("lock"):
            L += ["Premium"]
        L += [e["h"], ""] + ptxt(e["p"]) + [e["byline"], st, ""]
        if i == 2:
            L += ["Sponsored Content", "Register now for the JOC Inland Distribution Conference", ""]
    L += ["Load More", "", "Copyright © 2027 S&P Global. All rights reserved.", "Terms of Use   Privacy Policy   Cookie Notice   Do Not Sell My Personal Information"]
    return "\n".join(L) + "\n", stamps


def r_gcr(S):
    """Global Construction Review (WordPress) Atom feed: <published>/<updated> in Z, <author><name>, <summary type="html"> with the
    excerpt (= first paragraph) and <content type="html"> with the full paragraphs, both in CDATA."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?><feed', '  xmlns="http://www.w3.org/2005/Atom"', '  xmlns:thr="http://purl.org/syndication/thread/1.0"',
           '  xml:lang="en-GB"', '  >', '\t<title type="text">Global Construction Review</title>',
           '\t<subtitle type="text">News and analysis for the international construction industry</subtitle>', '',
           f'\t<updated>{last.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}</updated>', '',
           '\t<link rel="alternate" type="text/html" href="https://www.globalconstructionreview.com" />',
           '\t<id>https://www.globalconstructionreview.com/feed/atom/</id>',
           '\t<link rel="self" type="application/atom+xml" href="https://www.globalconstructionreview.com/feed/atom/" />', '',
           '\t<generator uri="https://wordpress.org/" version="6.7.2">WordPress</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}"; stamps.append(st)
        link = f"https://www.globalconstructionreview.com/{slug(e['h'])}/"
        out += ['\t<entry>', '\t\t<author>', f'\t\t\t<name>{esc(e["a"])}</name>', '\t\t\t\t\t</author>',
                f'\t\t<title type="html"><![CDATA[{e["h"]}]]></title>', f'\t\t<link rel="alternate" type="text/html" href="{link}" />',
                f'\t\t<id>https://www.globalconstructionreview.com/?p={98340 - i * 11}</id>', f'\t\t<updated>{st}</updated>',
                f'\t\t<published>{st}</published>']
        out += [f'\t\t<category scheme="https://www.globalconstructionreview.com" term="{attr(c)}" />' for c in e["cats"]]
        out += [f'\t\t<summary type="html"><![CDATA[{esc(e["p"][0])}]]></summary>',
                '\t\t\t\t\t<content type="html" xml:base="' + link + '"><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></content>',
                f'\t\t\t\t\t<link rel="replies" type="text/html" href="{link}#respond" thr:count="0" />', '\t</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_cn(S):
    """Construction News (EMAP) article, text scrape: section label, headline, standfirst, 'By NAME', a date-and-time line
    without zone ('9 February 2027 10:32'), photo caption, then h2 sections (one entry each, no per-section time)."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    L = ["Skip to main content", "", "Construction News", "Menu   Search   Subscribe   Sign in", "",
         "News   Contractors   Infrastructure   Housing   Health and safety   Commercial   Inside Stories   Data   Podcasts   Jobs", "",
         "INTERNATIONAL", "", S["title"], "", S["lede"], "", f"By {S['byline']}", f"{d0.day} {MONTHS[d0.month - 1]} {d0.year} {d0:%H:%M}", "",
         S["caption"], "", "Share this article   Print   Comment", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["Want more CN coverage? Sign up for our daily newsletter", ""]
    L += ["Related articles", S["related"][0], S["related"][1], "", "Comments", "Sign in or register to comment on this article.", "",
          "Construction News is part of EMAP. © 2027 EMAP Publishing Limited.", "Terms and conditions   Privacy policy   Cookie policy   Contact us"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_edweek(S):
    """Education Week article, HTML: label, headline, dek, 'By NAME — February 11, 2027 5 min read' (date only; the time is
    only in the NewsArticle JSON-LD datePublished), photo caption with credit, h2 sections (one entry each)."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": S["url"], "headline": S["title"],
          "description": S["lede"], "datePublished": iso(d0), "dateModified": iso(d0),
          "author": [{"@type": "Person", "name": S["byline"], "url": f"https://www.edweek.org/by/{slug(S['byline'])}"}],
          "publisher": {"@type": "Organization", "name": "Education Week", "logo": {"@type": "ImageObject", "url": "https://www.edweek.org/images/ew-logo.png"}},
          "isAccessibleForFree": False}
    dl = f"{MONTHS[d0.month - 1]} {d0.day}, {d0.year}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           f'<meta name="description" content="{attr(S["lede"])}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="site-header"><a class="logo" href="/">Education Week</a><nav><a href="/leadership">Leadership</a> '
           '<a href="/teaching-learning">Teaching &amp; Learning</a> <a href="/policy-politics">Policy &amp; Politics</a> <a href="/technology">Technology</a> '
           '<a href="/research-center">Research Center</a> <a href="/events">Events</a> <a href="/jobs">Jobs</a></nav>'
           '<a href="/subscribe">Subscribe</a> <a href="/login">Sign In</a></header>',
           '<main><article class="m-article">', f'<p class="m-article__label"><a href="/leadership">{esc(S["label"])}</a></p>',
           f'<h1 class="m-article__title">{esc(S["title"])}</h1>', f'<p class="m-article__dek">{esc(S["lede"])}</p>',
           f'<div class="m-article__byline">By <a href="/by/{slug(S["byline"])}">{esc(S["byline"])}</a> \u2014 {dl} <span class="m-read">5 min read</span></div>',
           f'<figure><figcaption>{esc(S["caption"])} <span class="credit">{esc(S["credit"])}</span></figcaption></figure>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 2:
            out.append('<aside class="m-promo">Sign up for EdWeek Update. Get the latest stories from Education Week in your inbox. <a href="/newsletters">Sign Up</a></aside>')
    out += ['<div class="m-article__footer"><p>A version of this article will appear in the print edition of Education Week.</p></div></article>',
            '<section class="related"><h3>Related</h3><a href="/leadership/refugee-students">What Schools Need to Know About Enrolling Refugee Students</a></section></main>',
            '<footer><p>© 2027 Editorial Projects in Education, Inc.</p><a href="/privacy">Privacy Policy</a> <a href="/terms">Terms of Use</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_schoolsweek(S):
    """Schools Week (WordPress) news listing, text scrape. Cards: headline, excerpt, author, then '12 Feb 2027, 17:00'
    (UK time, no zone printed). Header prints the day's date."""
    z = S["zone"]; order_check(S, True); hd = dt(S["entries"][0]["t"], z)
    L = ["Schools Week", f"{DAYS_EN[hd.weekday()]}, {MONTHS[hd.month - 1]} {hd.day}, {hd.year}",
         "Search   Subscribe   Log in", "",
         "News   Ofsted   Accountability   SEND   Funding   Academies   Teachers   Exams   Opinion   Jobs", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {SHORT[d.month - 1]} {d.year}, {d:%H:%M}"; stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [e["a"], st, ""]
        if i == 2:
            L += ["Subscribe to Schools Week for the full story, plus exclusive analysis every week", ""]
    L += ["Older posts", "", "Schools Week is published by Lsect Ltd.", "About   Advertise   Contact   Privacy policy   Terms and conditions"]
    return "\n".join(L) + "\n", stamps


def r_chalkbeat(S):
    """Chalkbeat (bureau front) listing, HTML: cards with headline, dek, 'By NAME' and 'Feb 17, 2027, 4:45pm CST';
    donate and newsletter boxes; JSON-LD only WebPage + Organization."""
    z = S["zone"]; order_check(S, True)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": S["url"], "name": S["title"], "url": S["url"]},
        {"@type": "NewsMediaOrganization", "name": "Chalkbeat", "url": "https://www.chalkbeat.org/",
         "publishingPrinciples": "https://www.chalkbeat.org/pages/ethics-policy/"}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Chalkbeat</title>',
           '<script type="application/ld+json">' + json.dumps(ld) + '</script></head><body>',
           '<div class="top-bar">Chalkbeat is a nonprofit news organization covering public education. <a href="/donate">Donate</a></div>',
           '<header><a class="logo" href="/">Chalkbeat</a> <span class="bureau">Chicago</span><nav><a href="/chicago">Chicago</a> <a href="/colorado">Colorado</a> '
           '<a href="/detroit">Detroit</a> <a href="/indiana">Indiana</a> <a href="/newark">Newark</a> <a href="/newyork">New York</a> '
           '<a href="/philadelphia">Philadelphia</a> <a href="/tennessee">Tennessee</a> <a href="/national">National</a></nav>'
           '<a class="btn" href="/newsletters">Newsletters</a></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="intro">{esc(S["lede"])}</p>', '<ul class="story-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{SHORT[d.month - 1]} {d.day}, {d.year}, {ampm(d)} CST"; stamps.append(st)
        link = f"/chicago/{d.year}/{d.month:02d}/{d.day:02d}/{slug(e['h'], 50)}/"
        out.append(f'<li class="story"><h2 class="story__hed"><a href="{link}">{esc(e["h"])}</a></h2>')
        out += [f'<p class="story__dek">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="story__meta">By <a href="/authors/{slug(e["a"])}/">{esc(e["a"])}</a> <time datetime="{iso(d)}">{st}</time></p></li>')
        if i == 1:
            out.append('<li class="newsletter-box"><p>Sign up for Chalkbeat Chicago\u2019s free daily newsletter to keep up with Chicago Public Schools.</p>'
                       '<input type="email" placeholder="Your email"> <button>Sign up</button></li>')
    out += ['</ul><a class="more" href="?page=2">More stories</a></main>',
            '<footer><p>Chalkbeat is a nonprofit newsroom. Your support makes our work possible. <a href="/donate">Donate</a></p>'
            '<a href="/about">About</a> <a href="/pages/ethics-policy/">Ethics</a> <a href="/privacy">Privacy</a> <p>© 2027 Chalkbeat</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_freep(S):
    """Detroit Free Press (Gannett) live blog, text scrape. Newest first; each post: '1:40 p.m. ET' line, headline, body,
    signature '— NAME, Detroit Free Press'. No date per post: dates only in 'Published ... | Updated ...'; crosses local midnight."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    L = ["Skip to main content", "", "Detroit Free Press", "Subscribe   Sign In", "",
         "News   Sports   Things to Do   Business   Autos   Opinion   Obituaries   E-Edition   Legals", "", "WORLD", "",
         S["title"], "", S["byline"], "Detroit Free Press", "",
         f"Published {ampm(pub, space=' ', dots=True)} ET {AP_MONTHS[pub.month - 1]} {pub.day}, {pub.year} | Updated {ampm(last, space=' ', dots=True)} ET {AP_MONTHS[last.month - 1]} {last.day}, {last.year}", "",
         "Share   Facebook   Email   X", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} ET"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"\u2014 {e['a']}, {e['org']}", ""]
        if i == 2:
            L += ["Sign up for the Freep's Daily Briefing newsletter.", "", "Advertisement", ""]
    L += [S["contrib"], "", "Contact Us   Newsletters   Help Center   Your Privacy Choices   Privacy Policy   Terms of Service",
          "© 2027 www.freep.com. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_ksl(S):
    """KSL.com world listing, HTML: weather widget in the header, cards with headline, 'By NAME, Associated Press' or 'NAME, KSL.com',
    '| Posted - Feb. 19, 2027 at 3:42 p.m.' (Mountain time, no zone printed), summary with AP dateline. No article JSON-LD."""
    z = S["zone"]; order_check(S, True)
    ld = {"@context": "https://schema.org", "@type": "Organization", "name": "KSL.com", "url": "https://www.ksl.com/",
          "sameAs": ["https://www.facebook.com/KSL.com", "https://x.com/kslcom"]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', '<title>World News | KSL.com</title>',
           '<script type="application/ld+json">' + json.dumps(ld) + '</script></head><body>',
           '<header class="ksl-header"><a class="logo" href="/">KSL.com</a>'
           '<nav><a href="/news">News</a> <a href="/sports">Sports</a> <a href="/weather">Weather</a> <a href="/classifieds">Classifieds</a> '
           '<a href="https://cars.ksl.com">Cars</a> <a href="https://homes.ksl.com">Homes</a> <a href="https://jobs.ksl.com">Jobs</a> '
           '<a href="https://ksltv.com">KSL TV</a> <a href="https://kslnewsradio.com">KSL NewsRadio</a></nav>'
           f'<div class="weather-widget"><span class="city">Salt Lake City</span> <span class="temp">{S["temp"]}</span> <span class="cond">{S["cond"]}</span></div></header>',
           '<main><h1 class="section-title">World</h1>', '<div class="queue">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Posted - {AP_MONTHS[d.month - 1]} {d.day}, {d.year} at {ampm(d, space=' ', dots=True)}"; stamps.append(st)
        out.append(f'<div class="queue-item"><h2><a href="/article/{51290000 + i * 713}/{slug(e["h"], 50)}">{esc(e["h"])}</a></h2>')
        out.append(f'<div class="byline">{esc(e["byline"])} <span class="sep">|</span> <span class="posted">{st}</span></div>')
        out += [f'<p class="summary">{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 3:
            out.append('<div class="ad">ADVERTISEMENT</div>')
    out += ['</div><a class="more" href="/news/world?page=2">More stories</a></main>',
            '<footer><a href="/about">About Us</a> <a href="/contact">Contact Us</a> <a href="/terms">Terms of Use</a> <a href="/privacy">Privacy Notice</a>'
            '<p>Copyright © 2027 KSL.com. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def B(e, byline, **kw):
    e["byline"] = byline
    e.update(kw)
    return e


# ================================================================ PART A: ten real outlets' layouts (own words, invented events)
SEEDS = []

# ---------------------------------------------------------------- 14400 The Loadstar (RSS)
SEEDS.append(dict(
  id="14400", name="14400_theloadstar-feed", ext="xml", source="The Loadstar", zone="Europe/London", render=r_loadstar,
  title="The Loadstar",
  basis="RSS pubDate '{s}' (explicit +0000 offset; UK time is GMT in February); local {d} in {z}",
  notes="WordPress RSS 2.0 feed of a UK logistics trade site, newest first, six items of Tuesday 2 February 2027. pubDate '+0000'; "
        "dc:creator in CDATA per item (author). description = excerpt paragraphs followed by the WordPress footer 'The post ... appeared first "
        "on The Loadstar.' (chrome, not body). Three items are about the war (port drone strike, EU sanctions, German-funded wagons); three are "
        "ordinary freight news (off-beat: other/unrelated, importance 1).",
  not_entries=["channel title, link, description, lastBuildDate, language, sy:update* and generator",
               "per item: link, comments, category, guid, wfw:commentRss and slash:comments elements",
               "per item: the trailing 'The post <title> appeared first on The Loadstar.' paragraph inside description"],
  entries=[
  OFF("2027-02-02 18:05", "Forwarders brace for transpacific rate push as Lunar New Year closures near",
      ["Carriers are lining up general rate increases for mid-February, betting that factory closures in China around Lunar New Year will tighten capacity on the transpacific.",
       "Several forwarders said they expected the increases to stick only partly, because new ships keep arriving from the yards."],
      "transpacific-rate-increases-lunar-new-year-2027", a="Helen Carrow", n="container rates", cats=["Shipping", "Forwarding"]),
  E("2027-02-02 16:20", "Drone strike on Pivdennyi terminal kills two dockworkers",
    ["Two dockworkers were killed and four injured when Russian attack drones hit a container terminal at the port of Pivdennyi, near Odesa, early on Tuesday, Ukraine\u2019s infrastructure ministry said.",
     "Terminal operations were suspended for the day while crews cleared debris from the quay and checked two damaged ship-to-shore cranes.",
     "Lines calling at the Greater Odesa ports said they would keep their schedules but warned of delays of up to 48 hours."],
    "strikes", "strikes", 3, "pivdennyi-port-drone-strike-2027-02-02", a="Tom Abernathy", cats=["Shipping", "Ukraine"], n="deadly strike"),
  E("2027-02-02 14:48", "EU sanctions package blacklists 38 more shadow-fleet tankers",
    ["EU member states have agreed a new sanctions package against Russia that adds 38 tankers to the list of vessels barred from European ports and services.",
     "The package also targets two ship managers in the United Arab Emirates that Brussels says arranged cover for tankers carrying Russian crude above the price cap."],
    "diplomacy", "diplomacy", 3, "eu-sanctions-shadow-fleet-tankers-2027-02-02", a="Helen Carrow", cats=["Shipping", "Sanctions"], n="sanctions = diplomacy; adopted package"),
  OFF("2027-02-02 12:30", "Freighter returns to Li\u00e8ge after engine fire warning on take-off",
      ["A 747 freighter bound for Doha returned to Li\u00e8ge Airport shortly after departure on Tuesday morning when the crew reported a fire warning on one engine.",
       "The aircraft landed safely and the airport said runway operations resumed within an hour."],
      "liege-freighter-engine-fire-2027-02-02", a="Priya Lowden", n="aviation incident", cats=["Air freight"]),
  E("2027-02-02 10:55", "Germany pays for 150 grain wagons to speed Ukrainian exports by rail",
    ["Germany is funding 150 new grain wagons for Ukraine\u2019s state railway to take pressure off the Black Sea ports, which are under regular attack.",
     "The wagons, worth about \u20ac24m, will run on the European-gauge lines to Poland and Slovakia, the railway said."],
    "aid", "aid", 2, "germany-funds-grain-wagons-ukraine-2027-02", a="Tom Abernathy", cats=["Rail", "Ukraine"], n="government-funded support to Ukraine = aid"),
  OFF("2027-02-02 08:40", "Air cargo volumes ended January flat, says data provider",
      ["Global air cargo tonnage in January was almost unchanged from a year earlier, according to a market data provider, with gains out of Asia offset by weak demand on the transatlantic."],
      "air-cargo-january-volumes-2027", a="Priya Lowden", n="air cargo market", cats=["Air freight"]),
  ]))

# ---------------------------------------------------------------- 14401 FreightWaves (HTML category archive)
SEEDS.append(dict(
  id="14401", name="14401_freightwaves-maritime", ext="html", source="FreightWaves", zone="America/New_York", render=r_freightwaves,
  title="Maritime",
  basis="visible date '{s}' on the card; the time comes from the card's <time datetime> attribute (explicit -05:00, US Eastern); local {d} in {z}",
  notes="WordPress category archive ('Maritime') of a US freight-news site, HTML, newest first, six cards of Thursday 4 February 2027. Each card: "
        "category label, h3 headline, excerpt, 'by AUTHOR' and a <time datetime='...-05:00'> whose visible text is only the date "
        "('February 4, 2027'); the clock time exists only in the datetime attribute. JSON-LD is a Yoast @graph (CollectionPage, BreadcrumbList, "
        "WebSite, Organization) with no articles. page_title is the archive's h1. Three cards are about the war, three are ordinary freight news.",
  not_entries=["SONAR ticker strip", "site header and navigation", "archive h1 'Maritime'", "category labels on each card",
               "newsletter box 'Get the Daily Maritime Brief' after the third card", "pagination 'Next Page'", "footer"],
  entries=[
  E("2027-02-04 17:10", "Ukrainian naval drones damage tanker off Novorossiysk",
    ["A crude tanker that had just loaded at the Russian port of Novorossiysk was damaged by Ukrainian uncrewed surface vessels on Thursday, according to a Ukrainian military intelligence statement and maritime security firms.",
     "Russian officials said the crew was safe and the vessel was being towed back to port. No oil spill was reported."],
    "strikes", "strikes", 2, "novorossiysk-tanker-sea-drone-attack-2027-02-04", a="Carla Dunmore", cat="Maritime", n="non-deadly strike"),
  OFF("2027-02-04 15:42", "Spot truckload rates slip as winter storm clears Midwest lanes",
      ["Dry van spot rates eased this week as freight stranded by a winter storm across the Midwest began moving again, SONAR data show."],
      "spot-rates-midwest-winter-storm-2027-02", a="Owen Kessler", cat="Trucking", n="trucking market"),
  E("2027-02-04 13:25", "Army awards $860M contract to expand 155 mm shell output, with Ukraine first in line",
    ["The U.S. Army has awarded an $860 million contract to expand production of 155 mm artillery shells at plants in Pennsylvania and Texas, with the first additional output set aside for Ukraine.",
     "Army officials said monthly production should rise by about a quarter by the end of the year."],
    "aid", "aid", 3, "us-army-155mm-shell-contract-2027-02", a="Carla Dunmore", cat="Military", n="major ammunition contract for Ukraine"),
  OFF("2027-02-04 11:05", "Savannah sets January record for container volumes",
      ["The Port of Savannah handled more containers last month than in any previous January, port officials said, citing early shipments ahead of Lunar New Year."],
      "savannah-january-volume-record-2027", a="Owen Kessler", cat="Maritime", n="US port volumes"),
  E("2027-02-04 09:30", "Romania starts work on military rail link toward Moldova border",
    ["Romania has begun building a standard-gauge rail line toward its border with Moldova that NATO planners say would speed the movement of troops and equipment to the alliance\u2019s eastern flank.",
     "The first 40-kilometer section is due to open in 2029."],
    "other", "security", 2, "romania-military-rail-link-moldova-2027-02", a="Dana Whitlock", cat="Rail", n="military mobility of a non-party = security"),
  OFF("2027-02-04 07:50", "Cargo airline adds second weekly Chicago\u2013Mexico City freighter",
      ["A Latin American all-cargo airline will add a second weekly freighter between Chicago O\u2019Hare and Mexico City next month, citing demand for auto parts and electronics."],
      "chicago-mexico-city-freighter-2027-02", a="Dana Whitlock", cat="Air Cargo", n="air cargo route"),
  ]))

# ---------------------------------------------------------------- 14402 JOC (text listing)
SEEDS.append(dict(
  id="14402", name="14402_joc-intllogistics", ext="txt", source="JOC", zone="America/New_York", render=r_joc,
  title="International Logistics", lede="News and analysis on global supply chains, trade policy and sanctions.",
  basis="stamp '{s}' (full date, 12-hour clock, EST = UTC-5); local {d} in {z}",
  notes="Topic listing of the Journal of Commerce (JOC.com, S&P Global), text scrape, newest first, six cards of Friday 5 February 2027. Each card: "
        "topic label in capitals, optional 'Premium' lock label, headline, teaser, 'NAME, Job title' line, then 'Feb 5, 2027, 4:40 PM EST'. "
        "The author is the name before the comma (the job title is not part of the name). Three cards concern the war (Chornomorsk strike, "
        "EU port-ban proposal, Danish minehunters), one is Baltic cable security, two are ordinary trade news.",
  not_entries=["site chrome: 'Skip to main content', logo, sign-in line, topic navigation", "breadcrumb 'Home / International Logistics'",
               "page heading 'International Logistics' and its description", "topic labels (e.g. 'PORT NEWS') and 'Premium' lock labels",
               "'Sponsored Content' block after the third card", "'Load More'", "copyright and legal links"],
  entries=[
  B(E("2027-02-05 16:40", "Russian missiles hit Chornomorsk grain terminal, killing three",
      ["A Russian missile strike on a grain terminal in the Ukrainian port of Chornomorsk on Friday killed three workers and set a storage silo on fire, regional authorities said.",
       "Loading of two bulk carriers was halted, and a port agent said berth operations would not resume before Monday."],
      "strikes", "strikes", 3, "chornomorsk-grain-terminal-strike-2027-02-05", a="Marta Lindqvist", n="deadly strike"),
    "Marta Lindqvist, Senior Editor, Europe", cat="Port News"),
  B(E("2027-02-05 14:15", "EU weighs port ban for ships that called at Russian Baltic terminals",
      ["The European Commission is studying a rule that would bar vessels from EU ports for six months after they call at Russian oil terminals in the Baltic, according to a draft seen by JOC.",
       "Shipowner groups warned the measure would be hard to police and could push more tonnage into the shadow fleet."],
      "diplomacy", "diplomacy", 2, "eu-port-ban-russian-baltic-terminals-proposal", a="Marta Lindqvist", n="sanctions proposal (not adopted) = diplomacy, 2"),
    "Marta Lindqvist, Senior Editor, Europe", cat="Regulation & Policy", lock=True),
  B(OFF("2027-02-05 12:30", "Trans-Pacific contract talks open with carriers seeking higher floors",
        ["Early annual contract negotiations on the trans-Pacific show carriers pushing for higher minimum rates than last year, shippers and forwarders said."],
        "transpacific-contract-talks-2027", a="Ramon Ellery", n="contract season"),
    "Ramon Ellery, Senior Editor", cat="Maritime", lock=True),
  B(E("2027-02-05 10:20", "Denmark to pay for two minehunters for Ukraine\u2019s navy",
      ["Denmark will finance two minehunting vessels for the Ukrainian navy under a deal signed in Copenhagen on Friday, the Danish defense ministry said.",
       "The ships are meant to help keep the Black Sea export corridor clear of drifting mines."],
      "aid", "aid", 2, "denmark-minehunters-ukraine-2027-02", a="Marta Lindqvist"),
    "Marta Lindqvist, Senior Editor, Europe", cat="Maritime"),
  B(OFF("2027-02-05 08:05", "Los Angeles-Long Beach imports dip as retailers work down inventories",
        ["Loaded imports at the twin San Pedro Bay ports fell in January from December as retailers sold down stock built up late last year."],
        "la-long-beach-january-imports-2027", a="Ramon Ellery", n="US port volumes"),
    "Ramon Ellery, Senior Editor", cat="Port News"),
  B(E("2027-02-05 06:45", "Finnish border guard boards tanker suspected of dragging anchor over Baltic cable",
      ["Finnish authorities boarded a tanker in the Gulf of Finland on Friday after a data cable to Estonia lost service, the country\u2019s border guard said.",
       "The vessel had left a Russian port two days earlier and was sailing under the flag of Gabon, officials said."],
      "other", "security", 2, "finland-tanker-baltic-cable-2027-02-05", a="Hanne Solberg", n="suspected sabotage = security"),
    "Hanne Solberg, Contributing Writer", cat="Maritime"),
  ]))

# ---------------------------------------------------------------- 14403 Global Construction Review (Atom)
SEEDS.append(dict(
  id="14403", name="14403_globalconstructionreview-atom", ext="xml", source="Global Construction Review", zone="UTC", render=r_gcr,
  title="Global Construction Review",
  basis="Atom <published> '{s}' (explicit Z = UTC); local {d} in {z}",
  notes="WordPress Atom feed of an international construction news site, newest first, six entries of Monday 8 February 2027. <published> in Z; "
        "<author><name> per entry. Each entry has <summary type='html'> holding only the first paragraph (the excerpt) AND <content type='html'> "
        "holding all paragraphs: the body is the content (body_paragraphs counts content paragraphs; the summary is the same text, not extra paragraphs). "
        "Three entries concern the war (World Bank substation loan, Kharkiv heating plant strike, Polish border fortifications), three are off-beat.",
  not_entries=["feed title, subtitle, updated, links, id and generator", "per entry: link, id, category and replies-link elements",
               "per entry: <summary>, which repeats the first content paragraph"],
  entries=[
  E("2027-02-08 17:30", "World Bank approves $650m to rebuild Ukraine\u2019s damaged substations",
    ["The World Bank has approved $650m in financing to repair and protect electricity substations across Ukraine that have been damaged by Russian missile and drone strikes.",
     "The money, partly guaranteed by Japan and Canada, will pay for blast walls, spare transformers and mobile switchgear in 11 regions.",
     "Ukraine\u2019s grid operator said the first contracts would be tendered by April."],
    "aid", "aid", 3, "world-bank-ukraine-substations-financing-2027-02", a="Daniel Okafor-Rees", cats=["News", "Energy", "Europe"], n="major financial package"),
  OFF("2027-02-08 15:10", "Four consortia shortlisted for Riyadh metro extension",
      ["Four international consortia have been shortlisted to design and build a 20km extension of the Riyadh metro, the city\u2019s transport authority said."],
      "riyadh-metro-extension-shortlist-2027", a="Sophie Marlow", n="Saudi rail project", cats=["News", "Middle East"]),
  E("2027-02-08 13:00", "Russian drones hit Kharkiv heating plant days before repairs were finished",
    ["A combined heat and power plant in Kharkiv that was almost back in service after an earlier attack was struck again by Russian drones on Monday, the city\u2019s mayor said.",
     "No one was hurt, but engineers said the boiler hall would have to be rebuilt."],
    "strikes", "strikes", 2, "kharkiv-heating-plant-drone-strike-2027-02-08", a="Daniel Okafor-Rees", cats=["News", "Europe"], n="non-deadly strike"),
  OFF("2027-02-08 11:45", "Joint venture wins \u00a3310m water transfer tunnel in southern England",
      ["A joint venture has won a \u00a3310m contract to bore a 13km water transfer tunnel in the south of England, the water company behind the project said."],
      "southern-england-water-tunnel-contract-2027", a="Sophie Marlow", n="UK tunnelling contract", cats=["News", "UK"]),
  E("2027-02-08 09:20", "Poland speeds up \u2018East Shield\u2019 border fortifications",
    ["Poland has awarded a further batch of contracts for anti-tank barriers, ditches and observation towers along its borders with Belarus and Russia\u2019s Kaliningrad region under its East Shield programme.",
     "The defence ministry said it wanted 200km of new obstacles finished by the end of the year."],
    "other", "security", 2, "poland-east-shield-contracts-2027-02", a="Katarzyna Wilk", cats=["News", "Europe", "Defence"], n="defence works of a non-party = security"),
  OFF("2027-02-08 07:05", "Nairobi expressway operator proposes second toll road",
      ["The company that runs Nairobi\u2019s elevated expressway has proposed a second toll road linking the city centre with its northern suburbs, Kenya\u2019s roads agency said."],
      "nairobi-second-toll-road-2027", a="Katarzyna Wilk", n="Kenya road project", cats=["News", "Africa"]),
  ]))

# ---------------------------------------------------------------- 14404 Construction News (text article with sections)
SEEDS.append(dict(
  id="14404", name="14404_constructionnews-article", ext="txt", source="Construction News", zone="Europe/London", render=r_cn,
  title="UK firms line up for Ukraine rebuild as attacks keep hitting sites",
  lede="From export finance to mine clearance, five developments this week show the openings and the risks for British contractors looking east.",
  byline="Gareth Pennock", dateline_t="2027-02-09 10:32",
  caption="Workers clear debris outside a damaged apartment block. Photo: Shutterstock",
  related=["Contractors weigh the risks of working in a war zone", "Interview: the engineer rebuilding Kharkiv\u2019s bridges"],
  basis="no per-section time; the article's date-and-time line '9 February 2027 10:32' (no zone printed: UK time, GMT = UTC in February) is used for every section",
  notes="Construction News article (UK trade title), text scrape: label, headline, standfirst, 'By Gareth Pennock', a date-and-time line "
        "'9 February 2027 10:32' without zone (home zone Europe/London), photo caption, then five sub-headed sections. Each section is one entry "
        "(headline = sub-heading, stamp null, published = the article time, author = the article byline). Sections are in article order, not by time.",
  not_entries=["site chrome and navigation", "label 'INTERNATIONAL'", "article headline (page title)", "standfirst", "byline line", "date-and-time line",
               "photo caption with credit", "share line", "newsletter promo after the second section", "'Related articles' and its two links",
               "comments prompt", "footer"],
  entries=[
  E("2027-02-09 10:32", "UKEF guarantees \u00a3180m for Kyiv water works",
    ["UK Export Finance has agreed to guarantee \u00a3180m of loans so that Kyiv\u2019s water utility can hire a British-led consortium to replace pumping stations damaged in the war.",
     "The consortium expects to start on site in the spring."],
    "aid", "aid", 2, "ukef-kyiv-water-works-guarantee-2027-02", a="Gareth Pennock", n="government-backed financing for Ukraine = aid"),
  E("2027-02-09 10:32", "Missile strike kills guard at Dnipro hospital site",
    ["A Russian missile hit a hospital extension under construction in Dnipro on Monday night, killing a site security guard and injuring two labourers, according to the regional military administration.",
     "The contractor, a Ukrainian firm working with a UK project manager, said the concrete frame had been badly damaged."],
    "strikes", "strikes", 3, "dnipro-hospital-site-missile-strike-2027-02-08", a="Gareth Pennock", n="deadly strike"),
  E("2027-02-09 10:32", "British engineers train Ukrainian bridge crews in Lviv",
    ["A team from a British engineering consultancy has begun a three-week course in Lviv for Ukrainian road agency staff on rapid bridge repair, paid for by the Foreign Office."],
    "aid", "aid", 2, "uk-bridge-repair-training-lviv-2027-02", a="Gareth Pennock", n="UK-funded support to Ukraine = aid"),
  E("2027-02-09 10:32", "Unexploded ordnance holds up rural road programme",
    ["Ukraine\u2019s roads agency says clearing mines and unexploded shells has put a third of its planned rural road repairs in the Kharkiv and Kherson regions behind schedule.",
     "Demining teams have cleared about 1,400 hectares along the routes so far, the agency said."],
    "other", "humanitarian", 2, "ukraine-rural-roads-mine-clearance-delays-2027", a="Gareth Pennock", n="war's effect on civilians/reconstruction = humanitarian"),
  E("2027-02-09 10:32", "Drones damage Zaporizhzhia substation rebuilt by Norwegian contractor",
    ["A substation in the Zaporizhzhia region that a Norwegian contractor handed back to Ukraine\u2019s grid operator in December was damaged by drones overnight, the operator said.",
     "Repairs are expected to take about a month."],
    "strikes", "strikes", 2, "zaporizhzhia-substation-drone-strike-2027-02-09", a="Gareth Pennock", n="non-deadly strike; must not merge with the Dnipro missile strike (other city, other weapon)"),
  ]))

# ---------------------------------------------------------------- 14405 Education Week (HTML article with sections)
SEEDS.append(dict(
  id="14405", name="14405_edweek-article", ext="html", source="Education Week", zone="America/New_York", render=r_edweek,
  title="Ukraine\u2019s Schools in Wartime: 5 Developments Educators Should Know", label="Global Education",
  url="https://www.edweek.org/leadership/ukraines-schools-in-wartime-5-developments-educators-should-know/2027/02",
  lede="Underground classrooms, damaged buildings, and students scattered across Europe and the U.S. are reshaping schooling for Ukrainian children.",
  byline="Alyssa Monroe", dateline_t="2027-02-11 06:00",
  caption="Students attend a lesson in an underground school in Kharkiv, Ukraine.", credit="AP",
  basis="no per-section time; the visible byline line prints the date only ('February 11, 2027'); the time comes from the NewsArticle JSON-LD datePublished '2027-02-11T06:00:00-05:00' and is used for every section",
  notes="Education Week article, HTML, with five h2 sections, each one entry (headline = h2, stamp null, author = article byline). The visible byline "
        "'By Alyssa Monroe \u2014 February 11, 2027 5 min read' has no time; the only time is the NewsArticle JSON-LD datePublished (-05:00), "
        "so published is that instant for every section. Title-case headlines as the site prints them.",
  not_entries=["site header and navigation", "label 'Global Education'", "article title (page title)", "dek", "byline line with date and reading time",
               "photo caption and credit 'AP'", "'Sign up for EdWeek Update' promo after the third section", "print-edition note",
               "'Related' box and link", "footer"],
  entries=[
  E("2027-02-11 06:00", "Kharkiv Opens Its Ninth Underground School",
    ["The city of Kharkiv this week opened another school built entirely below ground, allowing about 900 more students to attend classes in person despite frequent air-raid alerts.",
     "City officials say the underground buildings are designed to withstand a direct hit from artillery."],
    "other", "humanitarian", 2, "kharkiv-ninth-underground-school-2027-02", a="Alyssa Monroe"),
  E("2027-02-11 06:00", "Drone Strike Damages School in Sumy; No Students Hurt",
    ["A Russian drone struck a secondary school in the northern city of Sumy early Wednesday, shattering windows and collapsing part of the gym roof, local authorities said.",
     "Classes had already moved online because of the threat of attacks, and no one was inside."],
    "strikes", "strikes", 2, "sumy-school-drone-strike-2027-02-10", a="Alyssa Monroe", n="non-deadly strike"),
  E("2027-02-11 06:00", "Fewer Ukrainian Students Are Arriving in U.S. Schools",
    ["Districts that enrolled large numbers of Ukrainian children in 2022 and 2023 report that new arrivals have slowed to a trickle, as humanitarian parole for Ukrainians has become harder to obtain.",
     "Some districts are scaling back the newcomer programs they built for those students."],
    "other", "humanitarian", 2, "fewer-ukrainian-students-us-schools-2027", a="Alyssa Monroe", n="refugees = humanitarian"),
  E("2027-02-11 06:00", "UNICEF to Supply Laptops to 40,000 Students Learning Online",
    ["UNICEF said it would deliver laptops and power banks to about 40,000 Ukrainian students in front-line regions who can attend school only online, with funding from the European Union."],
    "aid", "aid", 2, "unicef-laptops-ukrainian-students-2027-02", a="Alyssa Monroe", n="EU-funded humanitarian supply = aid"),
  E("2027-02-11 06:00", "Report Documents Russian Curriculum in Occupied Schools",
    ["A report by a Ukrainian human rights group says schools in Russian-occupied areas now teach from Russian textbooks that describe the invasion as a liberation, and that parents who keep children at home face fines.",
     "The group based its findings on interviews with more than 120 families who later left the occupied territories."],
    "other", "humanitarian", 2, "report-russian-curriculum-occupied-schools-2027-02", a="Alyssa Monroe", n="rights report = humanitarian"),
  ]))

# ---------------------------------------------------------------- 14406 Schools Week (text listing)
SEEDS.append(dict(
  id="14406", name="14406_schoolsweek-news", ext="txt", source="Schools Week", zone="Europe/London", render=r_schoolsweek,
  title="Latest news",
  basis="stamp '{s}' (date and 24-hour time, no zone printed: UK time, GMT = UTC in February); local {d} in {z}",
  notes="News listing of an English schools trade paper (WordPress), text scrape, newest first, six cards of Friday 12 February 2027. Card: headline, "
        "excerpt, author line, then '12 Feb 2027, 17:00' (no zone: home zone Europe/London). The header prints the day's date. Three cards are "
        "war-related (Ukrainian pupils, school places for Ukrainian families, a cyber attack attributed to Russian military intelligence), three are "
        "ordinary English schools news (off-beat).",
  not_entries=["masthead, header date line 'Friday, February 12, 2027', search/subscribe line", "section navigation", "heading 'Latest news'",
               "subscription promo after the third card", "'Older posts'", "publisher line and footer links"],
  entries=[
  E("2027-02-12 17:00", "Number of pupils taking GCSE in Ukrainian more than doubles",
    ["The number of pupils in England entered for a GCSE in Ukrainian has more than doubled in two years, according to provisional entry figures from the exam boards.",
     "Teachers say many of the entrants arrived with their families under the Homes for Ukraine scheme."],
    "other", "humanitarian", 2, "ukrainian-gcse-entries-double-2027", a="Jessica Hallam", n="refugee pupils = humanitarian"),
  OFF("2027-02-12 15:30", "Teacher pay: unions reject 3% offer as \u2018inadequate\u2019",
      ["Four education unions have rejected the government\u2019s proposed 3 per cent pay rise for teachers next year, saying it would not cover rising costs in schools."],
      "teacher-pay-offer-rejected-2027", a="Samuel Brightwell", n="English teacher pay"),
  OFF("2027-02-12 13:45", "Ofsted report cards: first 500 schools graded under new framework",
      ["Ofsted has published the first 500 inspection reports under its new report-card system, with most schools judged \u2018secure\u2019 in the majority of areas."],
      "ofsted-report-cards-first-500-2027", a="Jessica Hallam", n="inspections"),
  E("2027-02-12 11:20", "Councils warn of school place squeeze as Ukrainian families\u2019 visas extended",
    ["Local authorities in the south east say they need extra funding to keep school places for Ukrainian children after the government extended visas for families who came under the Homes for Ukraine scheme.",
     "Council leaders said some secondary schools in Kent and Surrey were already full in several year groups."],
    "other", "humanitarian", 2, "uk-councils-ukrainian-pupils-school-places-2027", a="Amira Chowdhury", n="refugee pupils = humanitarian; not the GCSE story"),
  OFF("2027-02-12 09:05", "Free breakfast clubs: 750 more schools join scheme",
      ["A further 750 primary schools will start offering free breakfast clubs from April, the Department for Education has announced."],
      "breakfast-clubs-750-schools-2027", a="Samuel Brightwell", n="school meals policy"),
  E("2027-02-12 07:30", "Academy trust cyber attack blamed on Russian military hackers",
    ["A multi-academy trust in the Midlands shut down its IT systems this week after an attack that the National Cyber Security Centre has attributed to hackers working for Russia\u2019s military intelligence.",
     "The trust said pupils\u2019 coursework was backed up and lessons would continue as normal."],
    "other", "security", 2, "academy-trust-cyber-attack-russian-military-2027-02", a="Amira Chowdhury", n="state-linked hacking = security"),
  ]))

# ---------------------------------------------------------------- 14407 Chalkbeat (HTML listing)
SEEDS.append(dict(
  id="14407", name="14407_chalkbeat-chicago", ext="html", source="Chalkbeat", zone="America/Chicago", render=r_chalkbeat,
  title="Chalkbeat Chicago", url="https://www.chalkbeat.org/chicago/",
  lede="Chalkbeat Chicago covers Chicago Public Schools and education policy across Illinois.",
  basis="stamp '{s}' (full date, 12-hour clock, CST = UTC-6); local {d} in {z}",
  notes="Bureau front of a nonprofit education newsroom, HTML, newest first, five cards of Wednesday 17 February 2027: headline, dek, 'By NAME' and "
        "'Feb 17, 2027, 4:45pm CST' inside <time>. JSON-LD has only WebPage and NewsMediaOrganization nodes. Two cards are war-related "
        "(a school's fundraising for generators in Lviv: private humanitarian supply = aid; Ukrainian-speaking counsellors = humanitarian), "
        "three are local school news (off-beat).",
  not_entries=["donate bar", "header, bureau label and bureau navigation", "page heading 'Chalkbeat Chicago' and intro",
               "newsletter box after the second card", "'More stories'", "footer with donate appeal"],
  entries=[
  E("2027-02-17 16:45", "Ukrainian Village school raises $60,000 for generators at its sister school in Lviv",
    ["Students and parents at a Chicago elementary school in the Ukrainian Village neighborhood raised about $60,000 to buy two generators for a partner school in Lviv, where power cuts caused by Russian attacks have repeatedly closed classrooms.",
     "The generators are due to arrive in Ukraine next month."],
    "aid", "aid", 2, "chicago-school-generators-lviv-sister-school-2027-02", a="Rosa Delgado", n="private humanitarian supply to Ukraine = aid (convention)"),
  OFF("2027-02-17 14:30", "Chicago board delays vote on school closures policy",
      ["The Chicago Board of Education postponed a vote on a new policy for closing and merging schools after dozens of parents asked for more time to comment."],
      "chicago-board-closures-policy-vote-delayed-2027", a="Mark Sutton", n="local school governance"),
  E("2027-02-17 12:10", "CPS newcomer program adds Ukrainian-speaking counselors",
    ["Chicago Public Schools has hired three Ukrainian-speaking counselors for its newcomer program, which serves children who fled war and violence in their home countries.",
     "District figures show about 1,100 students from Ukraine are enrolled in CPS this year."],
    "other", "humanitarian", 2, "cps-ukrainian-speaking-counselors-2027-02", a="Rosa Delgado", n="refugee pupils = humanitarian"),
  OFF("2027-02-17 10:00", "Illinois to pilot a survey of graduating seniors\u2019 plans",
      ["The Illinois State Board of Education will test a survey asking graduating seniors about their plans after high school in 40 districts this spring."],
      "illinois-senior-plans-survey-pilot-2027", a="Mark Sutton", n="state education policy"),
  OFF("2027-02-17 08:20", "Teachers at two charter networks vote to authorize a strike",
      ["Unionized teachers at two Chicago charter networks voted overwhelmingly to authorize a strike if contract talks stall, their union said."],
      "chicago-charter-teachers-strike-vote-2027", a="Jada Whitfield", n="labor"),
  ]))

# ---------------------------------------------------------------- 14408 Detroit Free Press (text live blog)
KYIV16 = "kyiv-overnight-missile-drone-attack-2027-02-16"
SEEDS.append(dict(
  id="14408", name="14408_freep-live", ext="txt", source="Detroit Free Press", zone="America/Detroit", render=r_freep,
  title="Ukraine live updates: Russian barrage kills 7 in Kyiv; Metro Detroit Ukrainians rally in Warren",
  byline="Nina Kowalczyk", published="2027-02-15 19:05",
  lede="Follow the latest on Russia\u2019s war in Ukraine and reaction from Michigan\u2019s Ukrainian community.",
  contrib="Contributing: The Associated Press",
  basis="bare stamp '{s}' (ET = UTC-5 in February); no date per post: the day comes from the page line 'Published 7:05 p.m. ET Feb. 15, 2027 | Updated 1:40 p.m. ET Feb. 16, 2027' and newest-first order (the blog crosses local midnight between the 2:15 a.m. and 9:45 p.m. posts); local {d} in {z}",
  notes="Gannett live blog of a Michigan daily, text scrape, newest first. Each post: '1:40 p.m. ET' line, headline, body, signature '\u2014 NAME, Detroit Free Press' "
        "or '\u2014 NAME, USA TODAY' (author = NAME). No per-post date: the page prints only 'Published 7:05 p.m. ET Feb. 15, 2027 | Updated 1:40 p.m. ET Feb. 16, 2027'. "
        "The blog crosses LOCAL midnight: the two oldest posts (9:45 p.m., 7:05 p.m.) are Monday 15 February in Detroit but Tuesday 16 February in UTC, "
        "so all seven entries fall on UTC 2027-02-16. Four posts cover the Kyiv attack (blasts, Zelenskyy's missile count, toll 7) and share one story.",
  not_entries=["site chrome and navigation", "label 'WORLD'", "page title", "page byline 'Nina Kowalczyk' / 'Detroit Free Press'",
               "'Published ... | Updated ...' line", "share line", "intro paragraph 'Follow the latest ...'",
               "newsletter promo and 'Advertisement' after the third post", "signature lines (author only)", "'Contributing: The Associated Press'", "footer"],
  entries=[
  E("2027-02-16 13:40", "Hundreds rally in Warren in support of Ukraine",
    ["Several hundred people waved blue-and-yellow flags outside the Ukrainian Cultural Center in Warren on Tuesday, calling on Washington to keep sending weapons to Kyiv after the overnight attack.",
     "Speakers included local clergy and a state representative whose parents emigrated from Lviv."],
    "other", "politics", 2, "warren-ukraine-rally-2027-02-16", a="Nina Kowalczyk", org="Detroit Free Press", n="diaspora rally = politics; mentions the Kyiv attack but is its own event"),
  E("2027-02-16 11:55", "Kyiv death toll rises to 7",
    ["Seven people have been confirmed dead in Kyiv after Russia\u2019s overnight missile and drone attack, the head of the city\u2019s military administration said.",
     "Among the dead was a 12-year-old girl, he said. At least 31 people were wounded."],
    "strikes", "strikes", 3, KYIV16, a="Nina Kowalczyk", org="Detroit Free Press", n="toll 7"),
  E("2027-02-16 10:20", "Michigan lawmakers urge faster Patriot deliveries",
    ["Members of Michigan\u2019s congressional delegation from both parties sent a letter to the Pentagon on Tuesday asking it to speed up deliveries of Patriot interceptors to Ukraine.",
     "\u201cThe people of Kyiv cannot wait for the next production cycle,\u201d the letter said."],
    "aid", "aid", 2, "michigan-delegation-patriot-letter-2027-02", a="Ethan Morales", org="Detroit Free Press", n="appeal for air defence = aid"),
  E("2027-02-16 08:30", "Russia and Ukraine swap 157 prisoners each in UAE-brokered exchange",
    ["Russia and Ukraine exchanged 157 prisoners of war each on Tuesday in a swap mediated by the United Arab Emirates, both sides said.",
     "Zelenskyy said many of the freed Ukrainians had been held since the first year of the war."],
    "diplomacy", "diplomacy", 3, "uae-mediated-prisoner-swap-2027-02-16", a="Leah Brandt", org="USA TODAY", n="big mediated exchange"),
  E("2027-02-16 02:15", "Zelenskyy: Russia fired more than 400 drones and 40 missiles",
    ["Ukrainian President Volodymyr Zelenskyy said Russia launched 412 drones and 43 missiles at Ukraine overnight, most of them aimed at Kyiv and the surrounding region.",
     "He said air defenses destroyed most of them, but several missiles struck apartment buildings and a power plant."],
    "strikes", "strikes", 3, KYIV16, a="Leah Brandt", org="USA TODAY", n="same attack, counts"),
  E("2027-02-15 21:45", "Explosions heard in Kyiv as Russia launches massive attack",
    ["Loud blasts were heard across Kyiv before dawn on Tuesday as Ukraine\u2019s air force warned of cruise missiles and waves of attack drones heading for the capital."],
    "strikes", "strikes", 3, KYIV16, a="Leah Brandt", org="USA TODAY", n="first report; local 15 Feb (ET) = UTC 16 Feb"),
  E("2027-02-15 19:05", "Michigan nonprofit\u2019s 12 donated ambulances reach Ukraine",
    ["A Dearborn-based nonprofit said Monday that 12 used ambulances donated by Michigan fire departments have arrived in western Ukraine and will be sent to hospitals near the front line.",
     "The group has shipped more than 60 vehicles since 2022."],
    "aid", "aid", 2, "michigan-ambulances-reach-ukraine-2027-02", a="Nina Kowalczyk", org="Detroit Free Press", n="private humanitarian supply = aid (convention)"),
  ]))

# ---------------------------------------------------------------- 14409 KSL.com (HTML listing)
SEEDS.append(dict(
  id="14409", name="14409_ksl-world", ext="html", source="KSL.com", zone="America/Denver", render=r_ksl,
  title="World", temp="34\u00b0", cond="Light Snow",
  basis="stamp '{s}' (full date, 12-hour clock, no zone printed: Mountain Standard Time, UTC-7, the site's home zone); local {d} in {z}",
  notes="World listing of a Salt Lake City news site, HTML, newest first, seven items of Friday 19 February 2027. Header has a weather widget. Each item: "
        "h2 headline, credit line ('By NAME, Associated Press', 'NAME, KSL.com' or just 'Associated Press') and '| Posted - Feb. 19, 2027 at 4:15 p.m.' "
        "(no zone: America/Denver), then a summary that starts with a wire dateline ('KYIV, Ukraine \u2014 '), kept in first_sentence. Author = the person "
        "named; agency-only credit 'Associated Press' is kept as printed. Four items concern the war, three are off-beat.",
  not_entries=["header, navigation and weather widget 'Salt Lake City 34\u00b0 Light Snow'", "section heading 'World'", "'ADVERTISEMENT' after the fourth item",
               "'More stories'", "footer"],
  entries=[
  B(E("2027-02-19 16:15", "Russian glide bombs kill 4 in Kostiantynivka, Ukrainian officials say",
      ["KYIV, Ukraine \u2014 Russian glide bombs struck the center of the eastern Ukrainian city of Kostiantynivka on Friday, killing four civilians and wounding nine, the regional governor said.",
       "The city, a few miles from the front line, has been under near-daily bombardment for more than a year."],
      "strikes", "strikes", 3, "kostiantynivka-glide-bomb-strike-2027-02-19", a="Oleh Danyliuk", n="deadly strike"),
    "By Oleh Danyliuk, Associated Press"),
  B(E("2027-02-19 14:50", "Utah drone maker lands Army contract for interceptors headed to Ukraine",
      ["OREM \u2014 A Utah County company that builds small interceptor drones has won a U.S. Army contract worth up to $48 million, with the first batch going to Ukraine, company executives said Friday.",
       "The drones are designed to ram Russian attack drones in flight."],
      "aid", "aid", 2, "utah-interceptor-drone-army-contract-2027-02", a="Megan Hale"),
    "Megan Hale, KSL.com"),
  B(OFF("2027-02-19 13:05", "Avalanche danger rises to high in Wasatch backcountry",
        ["SALT LAKE CITY \u2014 The Utah Avalanche Center raised the danger rating to high for much of the Wasatch Range on Friday after more than 2 feet of new snow fell on a weak snowpack."],
        "wasatch-avalanche-danger-high-2027-02-19", a="Carter Bowen", n="Utah weather"),
    "Carter Bowen, KSL.com"),
  B(E("2027-02-19 11:30", "Putin says Russia is ready for talks \u2018on the basis of realities on the ground\u2019",
      ["MOSCOW \u2014 Russian President Vladimir Putin said Friday that Moscow remained open to negotiations with Ukraine but only on the basis of what he called the realities on the ground, a reference to territory Russian forces hold.",
       "Kyiv dismissed the remarks as a demand for surrender."],
      "diplomacy", "diplomacy", 3, "putin-talks-realities-on-the-ground-2027-02-19", a="Associated Press", n="head-of-state position on talks; agency-only credit"),
    "Associated Press"),
  B(OFF("2027-02-19 09:20", "Strong earthquake shakes southern Japan; no tsunami warning issued",
        ["TOKYO \u2014 A magnitude 6.4 earthquake shook Japan\u2019s southern island of Kyushu on Friday, rattling buildings but causing no major damage, the country\u2019s weather agency said."],
        "kyushu-earthquake-2027-02-19", a="Kenji Morita", n="earthquake"),
    "By Kenji Morita, Associated Press"),
  B(E("2027-02-19 07:45", "Ukraine says troops pushed Russian forces out of a village in Zaporizhzhia region",
      ["KYIV, Ukraine \u2014 Ukrainian troops have retaken a village in the southern Zaporizhzhia region after two weeks of fighting, the country\u2019s military said Friday.",
       "Russia\u2019s Defense Ministry did not comment on the claim."],
      "other", "frontline", 2, "ukraine-retakes-zaporizhzhia-village-2027-02-19", a="Oleh Danyliuk", n="territorial claim = frontline"),
    "By Oleh Danyliuk, Associated Press"),
  B(OFF("2027-02-19 06:10", "Buenos Aires breaks February heat record",
        ["BUENOS AIRES, Argentina \u2014 Temperatures in Buenos Aires climbed above 104 degrees Fahrenheit on Thursday, breaking a February record set more than 40 years ago, the national weather service said."],
        "buenos-aires-heat-record-2027-02", a="Associated Press", n="weather"),
    "Associated Press"),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_wrenholt(S):
    """text live, newest first; date line with zone note; 'Key Points' bullets; stamp '20.10' (dotted 24-hour) before the headline;
    'Posted by NAME' under the headline; a video teaser leaves only a player line."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Home | World | Ukraine | Business | Opinion | Live", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M}"; stamps.append(st)
        L += [st, e["h"]]
        if e["a"]:
            L += [f"Posted by {e['a']}"]
        L += [""]
        if e["p"]:
            L += ptxt(e["p"])
        else:
            L += ["\u25b6 Play video 1:24", ""]
        if i == 3:
            L += ["Get the Observer\u2019s morning Ukraine briefing by email. Sign up", ""]
    L += ["Show older posts", "", f"\u00a9 {S['source']} \u00b7 About \u00b7 Corrections \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_quarrymoor(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with per-update datePublished and author; visible '<time>09:15 CET</time>'."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{4401 + i}", "headline": e["h"], "datePublished": iso(d),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "description": S["lede"], "datePublished": iso(first), "dateModified": iso(last), "coverageStartTime": iso(first),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header class="masthead"><a href="/">{esc(S["source"])}</a><nav><a href="/world">World</a> <a href="/europe">Europe</a> '
           '<a href="/ukraine-war">Ukraine war</a> <a href="/economy">Economy</a> <a href="/newsletters">Newsletters</a></nav></header>',
           f'<main><span class="live-badge">LIVE</span><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>',
           f'<p class="standfirst">{esc(S["lede"])}</p>', '<ol class="live-feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} CET"; stamps.append(st)
        out.append(f'<li class="post" id="post-{4401 + i}"><time datetime="{iso(d)}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="post-author">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<button class="share">Share this post</button></li>')
        if i == 3:
            out.append('<li class="promo">Read more: <a href="/analysis/air-defence-gap">Europe\u2019s air-defence gap, explained</a></li>')
    out += ['</ol></main>', f'<footer>{esc(S["source"])} \u00b7 Editorial code \u00b7 Contact \u00b7 Privacy settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss_plain(S):
    """RSS 2.0 world feed, newest first; pubDate RFC 822 with 'GMT' or a numeric offset (S['rfc']); plain-text description;
    dc:creator only when the entry has an author; categories."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>',
           f'<atom:link href="{S["url"]}/rss.xml" rel="self" type="application/rss+xml"/>', f'<description>{esc(S["lede"])}</description>',
           '<language>en-gb</language>', f'<copyright>\u00a9 {esc(S["source"])}</copyright>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), gmt=S["rfc"] == "GMT")}</lastBuildDate>', '<ttl>15</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S["rfc"] == "GMT"); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "world").lower()}/{slug(e["h"], 48)}-{S["guid"]}{i + 301}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<description>{esc(" ".join(e["p"]))}</description>',
                f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>', f'<pubDate>{st}</pubDate>',
                f'<category>{esc(e.get("cat", "World"))}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out.append('</item>')
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_rss_html(S):
    """RSS 2.0 agency feed, newest first; pubDate with numeric offset; dc:creator; description = CDATA HTML paragraphs."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>', '<language>en</language>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/story/{7731 + i}</link>',
                f'<guid isPermaLink="false">{S["guid"]}-{7731 + i}</guid>', f'<pubDate>{st}</pubDate>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_atom_xhtml(S):
    """Atom 1.0, newest first; <published> ISO with the outlet's offset; <author><name>; content type='xhtml' with a div of <p>."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>tag:{S["url"].split("//")[1]},2027:feed</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" href="{S["url"]}/a/{slug(e["h"], 48)}"/>',
                f'<id>tag:{S["url"].split("//")[1]},2027:{2210 + i}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + '</div></content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_atom_html(S):
    """Atom 1.0 world feed, newest first; <published> in Z; no authors; content type='html' (escaped HTML)."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<link href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/feeds/world.atom"/>', f'<id>{S["url"]}/feeds/world.atom</id>',
           f'<updated>{dt(S["entries"][0]["t"], z).astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}</updated>', f'<author><name>{esc(S["source"])}</name></author>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}"; stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link href="{S["url"]}/world/{6150 + i}"/>', f'<id>{S["url"]}/world/{6150 + i}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>', f'<category term="{attr(e.get("cat", "World"))}"/>',
                '<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_calvergate(S):
    """HTML live, newest first, no JSON-LD; '5:25pm GMT' in a span above the h3; 'By NAME' below; a photo teaser leaves a gallery box."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           f'<meta name="description" content="{attr(S["lede"])}"></head><body>',
           '<div class="cmp">We value your privacy. <button>Accept</button> <button>Manage options</button></div>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a><nav><a>News</a> <a>World</a> <a>Politics</a> <a>Money</a> <a>Sport</a> <a>Weather</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="live-date">{esc(S["dateline"])}</p>', f'<p class="summary">{esc(S["lede"])}</p>',
           '<section class="live">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d)} GMT"; stamps.append(st)
        out.append(f'<div class="live-post"><span class="stamp">{st}</span><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="by">By {esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery"><span>Gallery</span> <span>1/12</span></div>')
        out.append('</div>')
        if i == 2:
            out.append('<aside class="inline-promo"><a href="/ukraine-war">More on the war in Ukraine</a></aside>')
    out += ['</section><p><a href="/live/ukraine-war-21-february">Read Sunday\u2019s live coverage</a></p></main>',
            f'<footer>{esc(S["source"])} \u00b7 Terms \u00b7 Privacy \u00b7 Cookies \u00b7 Contact</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_tamsinford(S):
    """text live, oldest first; headline line FIRST, then '4:30 AM EST' line, then body; generic desk byline."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Local  |  Nation  |  World  |  Business  |  Sports  |  Obituaries", "", S["title"], S["byline"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', upper=True)} EST"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"])
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["This blog is no longer being updated.", "", f"{S['source']}  |  Subscribe  |  Contact the newsroom  |  Privacy"]
    return "\n".join(L) + "\n", stamps


def r_glenquarrie(S):
    """text article with sections (one entry each); page byline; dateline 'Wednesday 24 February \u00b7 17:45 GMT' with NO year anywhere."""
    L = [S["source"], "News \u203a World \u203a Europe", "", S["title"], "", S["lede"], "", S["byline"], S["dateline"], "",
         "Share \u00b7 Save \u00b7 Print", "", S["caption"], ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["Most read", S["mostread"], ""]
    L += [S["more"], "", f"{S['source']} \u00b7 Contact \u00b7 Accessibility \u00b7 Privacy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_ashpool(S):
    """HTML live, newest first; JSON-LD @graph, article node @type ['NewsArticle','LiveBlogPosting'] with liveBlogUpdate whose
    datePublished is the PAGE's publication time for every update (a CMS quirk); the visible <time datetime> '11:20' is the real time."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    pagepub = dt(S["pagepub"], z)
    base = S["url"].split("/live")[0]
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": iso(pagepub), "url": f"{S['url']}#e{i + 1}",
            "articleBody": " ".join(e["p"])} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": base + "/#org", "name": S["source"], "url": base + "/"},
        {"@type": "WebPage", "@id": S["url"], "url": S["url"], "name": S["title"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"] + "#live", "headline": S["title"], "datePublished": iso(pagepub),
         "dateModified": iso(last), "coverageStartTime": iso(pagepub), "publisher": {"@id": base + "/#org"},
         "mainEntityOfPage": {"@id": S["url"]}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header>{esc(S["source"])} <nav><a>Home</a> <a>Ukraine</a> <a>Europe</a> <a>Analysis</a> <a>Podcast</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="entry" id="e{i + 1}"><time datetime="{iso(d)}">{st}</time><h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="credit">Reporting: {esc(e["a"])}</p>')
        out.append('</article>')
        if i == 2:
            out.append('<div class="newsletter">Five years of war: sign up for our special newsletter</div>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 About \u00b7 Ethics \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_pickerell(S):
    """text live, oldest first; numeric date line 'Wednesday 24.02.2027'; '08:05 CET' line before the headline; an editor byline
    for the page; a video teaser leaves only a '[video]' placeholder."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "Poland \u00b7 Europe \u00b7 World \u00b7 Business \u00b7 Opinion", "", "LIVE", S["title"], S["dateline"], S["byline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} CET"; stamps.append(st)
        L += [st, e["h"], ""]
        if e["p"]:
            L += ptxt(e["p"])
        else:
            L += ["[video]", ""]
        if i == 3:
            L += ["Support independent journalism \u2013 subscribe from 19 z\u0142 a month", ""]
    L += ["End of today\u2019s live coverage", "", f"{S['source']} \u00b7 Regulations \u00b7 Privacy policy \u00b7 Contact"]
    return "\n".join(L) + "\n", stamps


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2027-02-21 (UTC, Sunday), day 2 = 2027-02-22 (Monday), day 3 = 2027-02-24 (Wednesday, fifth anniversary of the invasion).
KREM = "kremenchuk-missile-strike-2027-02-21"
BSEA = "turkey-black-sea-navigation-talks-2027-02"
SWED = "sweden-military-package-2027-02-21"
ANALYSIS_H = "Analysis: Why Ukraine\u2019s air defences could not stop the Kremenchuk missile"
ANALYSIS_P = ["The missile that tore through an apartment block in Kremenchuk on Sunday exposed a gap Ukrainian officials have warned about all winter: there are not enough interceptors to protect every city at once.",
              "Patriot and SAMP/T batteries, the only systems that can reliably stop fast ballistic and Kh-22 missiles, are concentrated around Kyiv and a few critical plants. Central cities such as Kremenchuk rely mostly on older Soviet-era systems and mobile fire groups that are built to hunt drones.",
              "Western production of interceptors is rising, but deliveries are still measured in dozens a month, while Russia can fire that many in a single night."]
ANALYSIS = "analysis-ukraine-interceptor-shortage-2027-02"

# ---------------------------------------------------------------- 14420 Wrenholt Observer (day 1, text live)
SEEDS.append(dict(
  id="14420", name="14420_wrenholt-textlive", ext="txt", source="Wrenholt Observer", zone="Europe/Kyiv", render=r_wrenholt,
  title="Russia-Ukraine war live: deaths in Kremenchuk after missile hits apartment block",
  dateline="Sunday 21 February 2027 \u00b7 Times are Kyiv local time (UTC+2)",
  lede="A Russian missile struck a residential building in the central city of Kremenchuk before dawn; Turkey offers to host talks on Black Sea shipping.",
  basis="bare stamp '{s}' (dotted 24-hour clock; Kyiv time, UTC+2, stated in the date line 'Sunday 21 February 2027'); local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. Date line 'Sunday 21 February 2027 \u00b7 Times are Kyiv local time (UTC+2)'; each post starts with a "
        "dotted stamp '20.10', then the headline, then 'Posted by NAME' (author; not every post has one). A 'Key Points' block lists two headlines "
        "(14420-01, 14420-02: key_point true). 14420-03 is a 'Watch:' teaser with only a video player line ('\u25b6 Play video 1:24', chrome; the 1:24 is a "
        "duration, not a time). Kremenchuk toll grows 3 \u2192 6 \u2192 9 across the page. 14420-04 (Dutch drone money) is the same aid theme as Sweden's package "
        "(14421-04, 14423-02) but another event: must not merge.",
  not_entries=["masthead and navigation", "'LIVE' badge", "page title", "date line with zone note", "lede", "'Key Points' header and its two bullets (they repeat entry headlines)",
               "'Latest' header", "video player line '\u25b6 Play video 1:24' under the teaser", "newsletter promo after the fourth post", "'Show older posts'", "footer"],
  entries=[
  E("2027-02-21 20:10", "Kremenchuk toll rises to nine as search pauses for the night",
    ["Nine people are now known to have died in the missile strike on a five-storey apartment block in Kremenchuk, the Poltava regional governor said.",
     "Rescuers stopped work after dark because parts of the building were at risk of collapse, and will resume at first light. Three residents are still unaccounted for."],
    "strikes", "strikes", 3, KREM, a="Hanna Ostrowska", kp=True, n="toll 9"),
  E("2027-02-21 18:40", "Turkey to host Black Sea navigation talks in Istanbul next month",
    ["Turkish Foreign Minister Hakan Fidan said Russian and Ukrainian delegations had agreed to meet in Istanbul on 3 March for technical talks on the safety of merchant shipping in the Black Sea.",
     "The United Nations will take part, Fidan said, adding that the talks would not cover wider questions of a ceasefire."],
    "diplomacy", "diplomacy", 3, BSEA, a="Hanna Ostrowska", kp=True),
  E("2027-02-21 16:55", "Watch: Rescuers pull survivor from Kremenchuk rubble", [], "strikes", "strikes", 1, KREM, a="Dmytro Sayenko",
    n="teaser without body (video player only)"),
  E("2027-02-21 15:20", "Netherlands puts \u20ac350m into Ukrainian long-range drone production",
    ["The Dutch government will spend \u20ac350m this year on long-range attack drones made in Ukraine, its defence ministry said, under a scheme in which European donors pay Ukrainian factories directly.",
     "The first deliveries are expected within weeks."],
    "aid", "aid", 2, "netherlands-ukrainian-drone-funding-2027-02", a="Dmytro Sayenko",
    n="same aid theme as Sweden's package (14421-04, 14423-02) but another donor and decision: must not merge"),
  E("2027-02-21 13:05", "Russia claims capture of Bila Hora near Kostiantynivka",
    ["Russia\u2019s defence ministry said its troops had taken the village of Bila Hora in the Donetsk region. Ukraine\u2019s general staff said fighting for the village was continuing."],
    "other", "frontline", 2, "russia-claims-bila-hora-2027-02-21", a=None),
  E("2027-02-21 10:45", "Kremenchuk: death toll climbs to six",
    ["Six people, including a teenager, are now confirmed dead in Kremenchuk, the city\u2019s military administration said. Twenty-two people were taken to hospital.",
     "The missile hit the central section of the building, bringing down three floors."],
    "strikes", "strikes", 3, KREM, a="Dmytro Sayenko", n="toll 6"),
  E("2027-02-21 07:30", "Missile hits apartment block in Kremenchuk, three dead",
    ["A Russian missile struck a residential building in Kremenchuk in central Ukraine shortly before 5am, killing at least three people, local officials said.",
     "Air raid sirens had sounded across the Poltava region minutes earlier."],
    "strikes", "strikes", 3, KREM, a="Dmytro Sayenko", n="first report; toll 3"),
  ]))

# ---------------------------------------------------------------- 14421 Quarrymoor Gazette (day 1, HTML live + LiveBlogPosting JSON-LD)
SEEDS.append(dict(
  id="14421", name="14421_quarrymoor-ldlive", ext="html", source="Quarrymoor Gazette", zone="Europe/Warsaw", render=r_quarrymoor,
  title="War in Ukraine, Sunday: missile strike on Kremenchuk, Sweden announces new package",
  url="https://quarrymoor-gazette.example/live/ukraine-2027-02-21", dateline="Sunday, 21 February 2027",
  lede="Follow our live coverage of Russia\u2019s war against Ukraine and the reaction in Europe.",
  basis="visible '{s}' in <time datetime> (CET = UTC+1) under the dateline 'Sunday, 21 February 2027'; the JSON-LD update datePublished agrees; local {d} in {z}",
  notes="Invented outlet (Warsaw). HTML live blog, oldest first, with LiveBlogPosting JSON-LD whose liveBlogUpdate items carry real per-update "
        "datePublished (+01:00), headline, articleBody and author. Visible stamp '07:05 CET' in <time datetime>; 'By NAME' under the h2. "
        "14421-05 repeats 14421-01 nearly verbatim (duplicate_of 14421-01, importance 1; only 'had been' \u2192 'were' changed). 14421-02 (drones on "
        "Poltava city) is the same region as Kremenchuk but another attack: must not merge. 14421-03 is Zelensky's reaction whose content is the "
        "Kremenchuk strike itself (same story).",
  not_entries=["masthead and navigation", "'LIVE' badge", "page title", "dateline", "standfirst", "'Share this post' buttons",
               "'Read more: Europe\u2019s air-defence gap, explained' promo after the fourth post", "footer"],
  entries=[
  E("2027-02-21 07:05", "Russian missile strikes residential building in Kremenchuk",
    ["At least four people were killed when a Russian missile hit a block of flats in the Ukrainian city of Kremenchuk early on Sunday, regional authorities said.",
     "Dozens of residents had been evacuated and rescuers were searching the rubble for survivors."],
    "strikes", "strikes", 3, KREM, a="Marek Zieli\u0144ski", n="toll 4"),
  E("2027-02-21 08:50", "Drones target Poltava overnight, two injured",
    ["Russian drones attacked the city of Poltava during the night, damaging a warehouse and several private houses, the regional administration said. Two people were injured.",
     "Air defences shot down most of the drones over the region."],
    "strikes", "strikes", 2, "poltava-city-drone-attack-2027-02-21", a="Marek Zieli\u0144ski",
    n="same region as Kremenchuk (Poltava oblast) but a different attack (drones on Poltava city): must not merge with the Kremenchuk strike"),
  E("2027-02-21 10:30", "Zelensky condemns \u2018cold-blooded\u2019 Kremenchuk strike",
    ["President Volodymyr Zelensky called the missile strike on Kremenchuk a cold-blooded attack on sleeping families and said six people had been killed.",
     "He urged allies to deliver air-defence systems they had already promised, saying every delayed battery cost lives."],
    "strikes", "strikes", 3, KREM, a="Ewa Kr\u00f3l", sec=["aid"], n="reaction whose content is the strike: same story"),
  E("2027-02-21 12:15", "Sweden unveils SEK 7.5bn military package with air-defence missiles",
    ["Sweden announced a new military aid package for Ukraine worth 7.5 billion kronor, including short-range air-defence missiles and artillery ammunition, Defence Minister P\u00e5l Jonson said.",
     "It is Sweden\u2019s largest single package since the start of the full-scale invasion."],
    "aid", "aid", 3, SWED, a="Ewa Kr\u00f3l"),
  E("2027-02-21 13:40", "Russian missile strikes residential building in Kremenchuk",
    ["At least four people were killed when a Russian missile hit a block of flats in the Ukrainian city of Kremenchuk early on Sunday, regional authorities said.",
     "Dozens of residents were evacuated and rescuers were searching the rubble for survivors."],
    "strikes", "strikes", 1, KREM, a="Marek Zieli\u0144ski", dup="14421-01", n="near-verbatim repeat of 14421-01"),
  E("2027-02-21 15:25", "Poland says it scrambled jets during overnight Russian strikes",
    ["Poland\u2019s operational command said it scrambled fighter jets and put ground-based air defences on alert during the night as Russia launched missiles and drones at Ukraine.",
     "No Polish airspace violation was recorded, the command said."],
    "other", "security", 2, "poland-scrambles-jets-2027-02-21", a="Ewa Kr\u00f3l", sec=["strikes"], n="non-party's military readiness = security"),
  E("2027-02-21 17:50", "Kremenchuk: eight confirmed dead, rescuers still searching",
    ["The death toll from the morning missile strike on Kremenchuk has risen to eight, Ukraine\u2019s emergency service said. Among the injured are four children.",
     "Cranes are removing concrete slabs from the collapsed section of the building."],
    "strikes", "strikes", 3, KREM, a="Marek Zieli\u0144ski", n="toll 8"),
  ]))

# ---------------------------------------------------------------- 14422 Gullbrook World Desk (day 1, general world RSS)
SEEDS.append(dict(
  id="14422", name="14422_gullbrook-worldrss", ext="xml", source="Gullbrook World Desk", zone="UTC", render=r_rss_plain, rfc="GMT",
  title="Gullbrook World Desk \u2013 Top world stories", url="https://gullbrook-worlddesk.example", guid="gw",
  lede="The day\u2019s main international news",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world RSS 2.0 feed, newest first, pubDate in 'GMT', plain-text one-paragraph descriptions, no dc:creator "
        "(author null). The war is a minority: 2 of 6 items (the Kremenchuk strike, spelled 'Kremenchug' with toll nine, and the Istanbul shipping talks); "
        "4 items are off-beat (other/unrelated, importance 1).",
  not_entries=["channel title, link, atom:link, description, language, copyright, lastBuildDate, ttl", "item link, guid and category elements"],
  entries=[
  E("2027-02-21 19:30", "Nine killed in Russian missile strike on Ukraine\u2019s Kremenchug",
    ["A Russian missile destroyed part of an apartment building in the central Ukrainian city of Kremenchug on Sunday, killing nine people and wounding more than 20, officials said."],
    "strikes", "strikes", 3, KREM, cat="Europe", n="spelling 'Kremenchug'; toll 9"),
  OFF("2027-02-21 17:15", "Heavy snow strands hundreds of drivers in northern Japan",
      ["Hundreds of vehicles were stuck for hours on an expressway in northern Japan after a day of heavy snowfall, and soldiers were sent to hand out food and fuel."],
      "japan-snow-stranded-drivers-2027-02-21", n="weather", cat="Asia"),
  E("2027-02-21 15:00", "Turkey offers Istanbul venue for Russia-Ukraine shipping talks",
    ["Russia and Ukraine will send officials to Istanbul early next month for UN-backed talks on keeping merchant ships safe in the Black Sea, Turkey\u2019s foreign minister announced."],
    "diplomacy", "diplomacy", 3, BSEA, cat="Europe"),
  OFF("2027-02-21 12:40", "Floods force thousands from homes in central Mozambique",
      ["Days of heavy rain have flooded parts of central Mozambique, forcing more than 12,000 people to leave their homes, the national disaster agency said."],
      "mozambique-floods-2027-02", n="floods", cat="Africa"),
  OFF("2027-02-21 10:05", "Indonesian volcano erupts again, forcing flight diversions",
      ["A volcano on the Indonesian island of Flores erupted for the third time this month, sending ash several kilometres into the sky and forcing airlines to divert flights."],
      "flores-volcano-eruption-2027-02-21", n="volcano", cat="Asia"),
  OFF("2027-02-21 08:20", "Kenya opens upgraded stretch of Nairobi commuter rail",
      ["Kenya opened a rebuilt 15km section of Nairobi\u2019s commuter railway, which officials say will cut journey times from the eastern suburbs by half."],
      "nairobi-commuter-rail-upgrade-2027-02", n="transport", cat="Africa"),
  ]))

# ---------------------------------------------------------------- 14423 Cinderby Post (day 1, Atom, +02:00)
SEEDS.append(dict(
  id="14423", name="14423_cinderby-atom", ext="xml", source="Cinderby Post", zone="Europe/Kyiv", render=r_atom_xhtml,
  title="Cinderby Post \u2013 Ukraine", url="https://cinderby-post.example", lede="Reporting from Ukraine and its neighbours",
  basis="Atom <published> '{s}' (explicit +02:00, Kyiv winter time); local {d} in {z}",
  notes="Invented outlet. Atom feed, newest first, <published> with +02:00, <author><name> per entry, content type='xhtml' (a div of <p>). "
        "14423-01 is a theme piece (analysis of the interceptor shortage) that names the Kremenchuk strike in its headline and opening but is its own "
        "story (must not merge with the Kremenchuk strike); topic aid (air-defence stocks), secondary strikes. 14423-05 (Russia's claim of downed "
        "Ukrainian drones over Bryansk and Kursk) is a strike in the other direction: must not merge with Kremenchuk.",
  not_entries=["feed title, subtitle, links, id and updated", "entry link, id and updated elements"],
  entries=[
  E("2027-02-21 19:45", ANALYSIS_H, ANALYSIS_P, "aid", "aid", 2, ANALYSIS, a="Tereza Novakova", sec=["strikes"],
    n="theme piece (analysis); mentions the Kremenchuk strike but is its own story: must not merge with the Kremenchuk strike"),
  E("2027-02-21 16:30", "Sweden\u2019s new package to include RBS 70 missiles and Archer shells",
    ["The SEK 7.5bn package Stockholm announced on Sunday will include RBS 70 short-range air-defence missiles and ammunition for the Archer self-propelled howitzers Sweden has already sent, according to the Swedish defence ministry.",
     "Part of the money will go to buying ammunition from Ukrainian producers."],
    "aid", "aid", 3, SWED, a="Lars Ekholm"),
  E("2027-02-21 13:10", "Evacuation ordered for families with children from nine villages near Kupiansk",
    ["Authorities in the Kharkiv region ordered the compulsory evacuation of families with children from nine villages near Kupiansk because of constant shelling.",
     "About 180 children live in the affected villages, the regional administration said."],
    "other", "humanitarian", 2, "kupiansk-villages-child-evacuation-2027-02-21", a="Tereza Novakova"),
  E("2027-02-21 11:00", "Kremenchuk missile strike: toll reaches six, governor says",
    ["The number of people killed by a Russian missile that hit a residential building in Kremenchuk has risen to six, the governor of the Poltava region said.",
     "Rescuers pulled a woman alive from the debris about six hours after the strike."],
    "strikes", "strikes", 3, KREM, a="Lars Ekholm", n="toll 6"),
  E("2027-02-21 08:35", "Russia says it downed 42 Ukrainian drones over Bryansk and Kursk",
    ["Russia\u2019s defence ministry said air defences destroyed 42 Ukrainian drones overnight, most of them over the Bryansk and Kursk regions. The governor of Bryansk said a fuel depot had caught fire."],
    "strikes", "strikes", 2, "russia-downs-ukrainian-drones-bryansk-kursk-2027-02-21", a="Lars Ekholm",
    n="strike in the other direction (Ukrainian drones over Russia): must not merge with the Kremenchuk strike"),
  ]))

# ---------------------------------------------------------------- day 2 (2027-02-22, Monday)
ODS = "odesa-port-grain-ship-strike-2027-02-22"
EUTR = "eu-ukraine-facility-tranche-2027-02-22"

# ---------------------------------------------------------------- 14430 Calvergate Standard (day 2, HTML live, no JSON-LD)
SEEDS.append(dict(
  id="14430", name="14430_calvergate-htmllive", ext="html", source="Calvergate Standard", zone="Europe/London", render=r_calvergate,
  title="Ukraine war live: grain ship hit in Odesa port attack; Kremenchuk mourns",
  dateline="Monday 22 February 2027",
  lede="Russian drones and missiles struck Odesa\u2019s port overnight, setting a loaded grain carrier on fire.",
  basis="visible '{s}' (12-hour clock with GMT) under the date line 'Monday 22 February 2027'; local {d} in {z}",
  notes="Invented outlet (UK). HTML live blog without JSON-LD, newest first; '5:25pm GMT' in a span above each h3, optional 'By NAME' line. "
        "14430-04 is a 'Photos:' teaser with only a gallery box (no body). 14430-03 continues the day-1 Kremenchuk story with a new development "
        "(day of mourning, toll 11): same story slug as day 1, importance 3 because two day-2 seeds carry it (14430, 14432). 14430-06 (Kherson "
        "shelling) is another strike the same morning: must not merge with the Odesa port attack.",
  not_entries=["cookie banner", "header and navigation", "page title", "date line", "summary", "gallery box 'Gallery 1/12' under the Photos teaser",
               "'More on the war in Ukraine' promo after the third post", "link 'Read Sunday\u2019s live coverage'", "footer"],
  entries=[
  E("2027-02-22 17:25", "Odesa port strike: death toll rises to five",
    ["Five people have now died as a result of the overnight attack on Odesa\u2019s port, including three crew members of the grain carrier that was hit, the regional governor said.",
     "The fire on board the ship was put out in the afternoon."],
    "strikes", "strikes", 3, ODS, a="Callum Reade", n="toll 5"),
  E("2027-02-22 15:10", "Finnish President Stubb arrives in Kyiv",
    ["Finland\u2019s President Alexander Stubb arrived in Kyiv by train for talks with Volodymyr Zelensky on air defence and on Finland\u2019s role in any future security guarantees."],
    "diplomacy", "diplomacy", 3, "stubb-kyiv-visit-2027-02-22", a="Callum Reade", n="head-of-state visit"),
  E("2027-02-22 13:00", "Kremenchuk holds day of mourning as toll reaches 11",
    ["Flags flew at half-mast in Kremenchuk on Monday as the city mourned the victims of Sunday\u2019s missile strike, whose toll rose to 11 after rescuers found two more bodies.",
     "The search of the ruined block has ended, the emergency service said."],
    "strikes", "strikes", 3, KREM, a="Isobel Tranter", n="day-2 continuation of the day-1 story: new development (toll 11, mourning, search over)"),
  E("2027-02-22 11:20", "Photos: Odesa port after the overnight attack", [], "strikes", "strikes", 1, ODS, a=None, n="teaser without body (gallery)"),
  E("2027-02-22 09:40", "Russian strike on Odesa port hits grain ship, killing two",
    ["A Russian drone and missile attack on the port of Odesa overnight hit a Panama-flagged bulk carrier that was loading wheat, killing two of its crew, Ukraine\u2019s navy said.",
     "Port buildings and a grain elevator were also damaged."],
    "strikes", "strikes", 3, ODS, a="Isobel Tranter", n="first report; toll 2"),
  E("2027-02-22 07:15", "Russian shelling injures three in Kherson",
    ["Three people were injured when Russian artillery shelled a residential district of Kherson early on Monday, the city\u2019s military administration said."],
    "strikes", "strikes", 2, "kherson-shelling-2027-02-22", a=None, n="other strike of the same morning: must not merge with the Odesa port attack"),
  ]))

# ---------------------------------------------------------------- 14431 Ruddock Wire (day 2, RSS agency feed, +0100)
SEEDS.append(dict(
  id="14431", name="14431_ruddock-rss", ext="xml", source="Ruddock Wire", zone="Europe/Berlin", render=r_rss_html,
  title="Ruddock Wire: Ukraine", url="https://ruddock-wire.example", guid="rw-20270222", lede="Agency reports on the war in Ukraine",
  basis="RSS pubDate '{s}' (explicit +0100, Central European time); local {d} in {z}",
  notes="Invented outlet (news agency, Germany). RSS 2.0, newest first, pubDate with +0100, dc:creator per item (author), description = CDATA HTML "
        "paragraphs. Spells the port 'Odessa'. 14431-01 is the IMO's reaction whose content is the Odesa attack itself (same story). 14431-03 (drone "
        "debris fire at Izmail, also in the Odesa region) is another attack: must not merge with the Odesa port strike. 14431-05 (German IRIS-T "
        "systems) is the same aid theme as the EU tranche but another event.",
  not_entries=["channel title, link, description, language", "item link and guid elements"],
  entries=[
  E("2027-02-22 19:05", "Odessa attack: IMO chief condemns strike on bulk carrier",
    ["The head of the International Maritime Organization condemned the attack on a bulk carrier in Odessa port, in which five people died, and said civilian seafarers must never be targets.",
     "The ship\u2019s owner said the crew of 21 had been taken ashore."],
    "strikes", "strikes", 3, ODS, a="Jonas Albrecht", sec=["diplomacy"], n="spelling 'Odessa'; reaction whose content is the attack: same story"),
  E("2027-02-22 16:40", "EU releases 4.2 billion euro tranche for Ukraine",
    ["The European Commission paid Ukraine 4.2 billion euros from its Ukraine Facility on Monday after Kyiv completed a set of reforms to its customs and tax services.",
     "The money will go towards the state budget, including salaries for teachers and doctors."],
    "aid", "aid", 3, EUTR, a="Sabine Kohlhaas"),
  E("2027-02-22 14:15", "Drone debris sparks fire at Izmail port on the Danube",
    ["Wreckage from a downed Russian drone started a fire at a warehouse in the Danube port of Izmail on Monday afternoon, the Odessa regional administration said. No one was hurt."],
    "strikes", "strikes", 2, "izmail-port-drone-debris-fire-2027-02-22", a="Jonas Albrecht",
    n="same region (Odesa oblast), other attack: must not merge with the Odesa port strike"),
  E("2027-02-22 11:50", "Odessa port strike: four dead, ship ablaze",
    ["Four people were killed in the Russian attack on Odessa\u2019s port, two of them sailors on a grain ship that caught fire after being hit, Ukrainian officials said.",
     "Tugboats were spraying water on the vessel, which was carrying about 30,000 tonnes of wheat bound for Egypt."],
    "strikes", "strikes", 3, ODS, a="Jonas Albrecht", n="spelling 'Odessa'; toll 4"),
  E("2027-02-22 09:30", "Germany to deliver two more IRIS-T systems by April",
    ["Germany will send two additional IRIS-T air-defence systems to Ukraine by April, the defence ministry in Berlin said on Monday."],
    "aid", "aid", 2, "germany-iris-t-deliveries-2027-02", a="Sabine Kohlhaas", n="same aid theme as the EU tranche, another event"),
  E("2027-02-22 07:10", "Russia and Belarus begin joint air-defence drills",
    ["Russian and Belarusian air-defence units began a week of joint exercises in western Belarus, the Belarusian defence ministry said."],
    "other", "security", 2, "russia-belarus-air-defence-drills-2027-02", a="Sabine Kohlhaas", n="drills = security"),
  ]))

# ---------------------------------------------------------------- 14432 Tamsinford Echo (day 2, text live, US Eastern, oldest first)
SEEDS.append(dict(
  id="14432", name="14432_tamsinford-textlive", ext="txt", source="Tamsinford Echo", zone="America/New_York", render=r_tamsinford,
  title="Live: Russian attack on Odesa port kills crew of grain ship",
  byline="By the Tamsinford Echo news desk", dateline="Monday, Feb. 22, 2027",
  lede="Updates through the day on Russia\u2019s war in Ukraine. Times are Eastern.",
  basis="stamp '{s}' printed on the line after the headline (EST = UTC-5), on the date line 'Monday, Feb. 22, 2027'; local {d} in {z}",
  notes="Invented outlet (US). Text live blog, oldest first; each post is headline line FIRST, then the stamp line '4:30 AM EST', then the body. "
        "Page byline 'By the Tamsinford Echo news desk' names no person, so author is null for every post. 14432-02 is a theme piece (explainer on "
        "why Russia targets ports) that mentions the Odesa attack but is its own story: must not merge. 14432-03 is a verbatim re-post of day 1's "
        "analysis (14423-01, same headline and text): importance 1, same story slug as day 1, duplicate_of null (duplicate_of is defined within a "
        "seed only). 14432-04 continues the day-1 Kremenchuk story with a new development (missile type, toll 11). 14432-06 repeats 14432-01 "
        "nearly verbatim (duplicate_of 14432-01; 'at the port' \u2192 'in the port').",
  not_entries=["masthead and navigation", "page title", "desk byline", "date line", "lede with 'Times are Eastern.'", "'ADVERTISEMENT' after the third post",
               "'This blog is no longer being updated.'", "footer"],
  entries=[
  E("2027-02-22 04:30", "Russian attack on Odesa port kills two aboard grain freighter",
    ["Two sailors were killed when Russian missiles and drones struck a grain freighter at the port in Odesa, Ukraine\u2019s southern military command said early Monday.",
     "The Panama-flagged ship had been loading wheat for export when it was hit, the command said."],
    "strikes", "strikes", 3, ODS, n="toll 2"),
  E("2027-02-22 07:45", "Explainer: Why Russia keeps hitting Ukraine\u2019s ports",
    ["Monday\u2019s attack on Odesa was the latest in a long campaign against the ports through which Ukraine ships most of its grain, steel and sunflower oil.",
     "Exports pay for a large share of Ukraine\u2019s budget and keep its farmers in business, so each strike on a terminal or a ship raises insurance costs and scares away some shipowners.",
     "Russia says it targets military equipment hidden in port areas, a claim Kyiv and shipping firms reject."],
    "strikes", "strikes", 2, "explainer-russian-strikes-on-ukrainian-ports",
    n="theme piece (explainer); mentions the Odesa attack but is its own story: must not merge with the Odesa port strike"),
  E("2027-02-22 09:10", ANALYSIS_H, ANALYSIS_P, "aid", "aid", 1, ANALYSIS, sec=["strikes"],
    n="re-post of day-1 entry 14423-01 (verbatim, syndicated): importance 1, same story slug"),
  E("2027-02-22 10:35", "Investigators say Kh-22 missile hit Kremenchuk block; toll now 11",
    ["Ukrainian prosecutors said fragments found in the ruins of the Kremenchuk apartment block showed it was hit by a Kh-22 cruise missile fired from a long-range bomber.",
     "The death toll from Sunday\u2019s strike has risen to 11."],
    "strikes", "strikes", 3, KREM, n="day-2 continuation of the day-1 story: new development (missile type, toll 11)"),
  E("2027-02-22 12:00", "Ukraine\u2019s parliament extends martial law and mobilization for 90 days",
    ["Ukraine\u2019s parliament voted to extend martial law and general mobilization for another 90 days, the 19th such extension since the full-scale invasion began."],
    "other", "politics", 2, "ukraine-martial-law-extension-2027-02-22"),
  E("2027-02-22 13:20", "Russian attack on Odesa port kills two aboard grain freighter",
    ["Two sailors were killed when Russian missiles and drones struck a grain freighter in the port in Odesa, Ukraine\u2019s southern military command said early Monday.",
     "The Panama-flagged ship had been loading wheat for export when it was hit, the command said."],
    "strikes", "strikes", 1, ODS, dup="14432-01", n="near-verbatim repeat of 14432-01"),
  E("2027-02-22 15:50", "EU\u2019s 4.2 billion euro payment lands in Kyiv\u2019s budget",
    ["Ukraine\u2019s finance ministry confirmed it had received 4.2 billion euros from the European Union, money it said would cover public-sector wages through March."],
    "aid", "aid", 3, EUTR),
  ]))

# ---------------------------------------------------------------- 14433 Wyvernfold Times (day 2, general world Atom)
SEEDS.append(dict(
  id="14433", name="14433_wyvernfold-worldatom", ext="xml", source="Wyvernfold Times", zone="UTC", render=r_atom_html,
  title="Wyvernfold Times \u2013 World", url="https://wyvernfold-times.example",
  basis="Atom <published> '{s}' (explicit Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, newest first, <published> in Z, no per-entry author (the feed-level <author> is the outlet, "
        "so entry author null), content type='html' (escaped). The war is a minority: 2 of 6 entries (Odesa port strike with toll five; EU tranche); "
        "4 entries are off-beat.",
  not_entries=["feed title, links, id, updated and feed-level author", "entry link, id, updated and category elements"],
  entries=[
  OFF("2027-02-22 20:15", "Cyclone makes landfall on Western Australia\u2019s Pilbara coast",
      ["A severe tropical cyclone crossed the Pilbara coast of Western Australia on Monday night, bringing winds of up to 200km/h and forcing iron ore ports to close."],
      "pilbara-cyclone-landfall-2027-02-22", n="weather", cat="Asia-Pacific"),
  E("2027-02-22 18:00", "Five dead after Russian strike on Odesa port",
    ["Five people were killed when Russian drones and missiles hit the port of Odesa, Ukraine, and set a grain carrier on fire, Ukrainian officials said on Monday."],
    "strikes", "strikes", 3, ODS, cat="Europe", n="toll 5"),
  OFF("2027-02-22 15:30", "Landslide buries homes in Peruvian Andes",
      ["A landslide triggered by heavy rain buried at least 14 houses in a mountain village in central Peru, and rescuers were searching for missing residents."],
      "peru-andes-landslide-2027-02-22", n="disaster", cat="Americas"),
  E("2027-02-22 13:10", "EU sends Ukraine \u20ac4.2bn from its support fund",
    ["The European Union transferred \u20ac4.2bn to Ukraine on Monday, the latest payment from a fund meant to keep the country\u2019s budget afloat during the war."],
    "aid", "aid", 3, EUTR, cat="Europe"),
  OFF("2027-02-22 10:45", "European rocket lifts new weather satellite into orbit",
      ["A European rocket launched from French Guiana put a new-generation weather satellite into orbit, which forecasters say will sharpen storm warnings."],
      "european-weather-satellite-launch-2027-02-22", n="space", cat="Science"),
  OFF("2027-02-22 08:00", "Nigeria\u2019s central bank holds interest rate steady",
      ["Nigeria\u2019s central bank left its benchmark interest rate unchanged, saying inflation had slowed for a fifth month in a row."],
      "nigeria-central-bank-rate-hold-2027-02", n="economy", cat="Africa"),
  ]))

# ---------------------------------------------------------------- day 3 (2027-02-24, Wednesday: fifth anniversary of the full-scale invasion)
LVIV = "lviv-missile-strike-2027-02-24"
LEAD = "european-leaders-kyiv-anniversary-visit-2027-02-24"
UNGA = "unga-anniversary-resolution-2027-02-24"
COMM = "ukraine-anniversary-commemorations-2027-02-24"

# ---------------------------------------------------------------- 14440 Glenquarrie Herald (day 3, text article with sections, no year)
SEEDS.append(dict(
  id="14440", name="14440_glenquarrie-article", ext="txt", source="Glenquarrie Herald", zone="Europe/London", render=r_glenquarrie,
  title="Five years of war: deadly strike on Lviv as leaders gather in Kyiv",
  lede="Ukraine marked five years since Russia\u2019s full-scale invasion with a minute\u2019s silence, a visit by European leaders and another night of missile attacks.",
  byline="By Fiona Dalgleish, Foreign Desk", dateline="Wednesday 24 February \u00b7 17:45 GMT", parse_args=["--date", "2027-02-24"],
  caption="Rescue workers at the scene of the overnight strike in Lviv. Photograph: Reuters",
  mostread="Storm warnings issued for the Highlands", more="More on this story: Five years on, what has changed on the front line?",
  basis="no per-section time; the article's dateline 'Wednesday 24 February \u00b7 17:45 GMT' (no year printed anywhere: parse_args gives 2027-02-24) is used for every section; GMT = UTC",
  notes="Invented outlet (Scotland). Text article with four sub-headed sections, each one entry (headline = sub-heading, stamp null, published = the "
        "article dateline time). The page prints NO year anywhere (dateline 'Wednesday 24 February \u00b7 17:45 GMT'), so the gold carries "
        "parse_args ['--date', '2027-02-24']. Page byline 'By Fiona Dalgleish, Foreign Desk': author 'Fiona Dalgleish' for every section. A 'Most read' "
        "box sits between the second and third sections. Section 3 (minute's silence) is the event shown by the 'Video:' teaser 14443-03.",
  not_entries=["masthead and breadcrumb", "article headline (page title)", "standfirst", "byline line", "dateline", "share line", "photo caption with credit",
               "'Most read' box and its link after the second section", "'More on this story: ...' link", "footer"],
  entries=[
  E("2027-02-24 17:45", "Five killed in Lviv",
    ["Russian missiles struck the western city of Lviv in the early hours, killing five people and damaging an energy facility and a row of houses, the regional governor said.",
     "It was the deadliest attack on the city in more than a year."],
    "strikes", "strikes", 3, LVIV, a="Fiona Dalgleish", n="toll 5"),
  E("2027-02-24 17:45", "European leaders in Kyiv",
    ["Ursula von der Leyen, Ant\u00f3nio Costa and the prime ministers of the Nordic and Baltic states travelled to Kyiv by overnight train to stand with Volodymyr Zelensky on the anniversary.",
     "They laid flowers at the memorial wall of fallen soldiers and promised that no settlement would be agreed over Ukraine\u2019s head."],
    "diplomacy", "diplomacy", 3, LEAD, a="Fiona Dalgleish"),
  E("2027-02-24 17:45", "A minute\u2019s silence",
    ["At 9am, traffic stopped and people stood still across Ukraine for a minute\u2019s silence in memory of those killed since the invasion began.",
     "In Kyiv, crowds gathered on Independence Square despite an air raid alert earlier in the morning."],
    "other", "humanitarian", 3, COMM, a="Fiona Dalgleish", n="commemoration; carried by two seeds of the day (with the teaser 14443-03)"),
  E("2027-02-24 17:45", "Kremlin: aims unchanged",
    ["Kremlin spokesman Dmitry Peskov said Russia\u2019s goals in what it calls its special military operation had not changed in five years and would be achieved either by diplomacy or by force."],
    "diplomacy", "diplomacy", 2, "kremlin-aims-unchanged-anniversary-2027-02-24", a="Fiona Dalgleish", n="statement of position = diplomacy"),
  ]))

# ---------------------------------------------------------------- 14441 Ashpool Courier (day 3, HTML live, @graph, misleading update dates)
SEEDS.append(dict(
  id="14441", name="14441_ashpool-htmllive", ext="html", source="Ashpool Courier", zone="Europe/Kyiv", render=r_ashpool,
  title="Ukraine at five years of war: live updates", url="https://ashpool-courier.example/live/ukraine-five-years",
  dateline="Wednesday 24 February 2027 \u00b7 all times Kyiv (EET)", pagepub="2027-02-24 05:30",
  lede="Missiles hit Lviv overnight as European leaders arrive in Kyiv for the anniversary.",
  basis="visible '{s}' in <time datetime> (Kyiv time, EET = UTC+2, as stated in the date line 'Wednesday 24 February 2027'); the JSON-LD update datePublished is the page's 05:30 for every update and is NOT the entry time; local {d} in {z}",
  notes="Invented outlet. HTML live blog, newest first. JSON-LD @graph whose article node has @type ['NewsArticle','LiveBlogPosting'] and a liveBlogUpdate "
        "array in which EVERY update carries the page's own datePublished (2027-02-24T05:30:00+02:00), so the update dates are useless; the real time "
        "is the visible <time datetime> ('11:20', Kyiv time per the date line). 'Reporting: NAME' after the body gives the author. 14441-02 is a theme "
        "piece (analysis of the reach of Russian strikes) that mentions the Lviv attack: own story, must not merge. 14441-06 (Poland scrambles jets) "
        "is a reaction of a non-party's military, its own story.",
  not_entries=["header and navigation", "page title", "date line with zone note", "intro", "'Reporting: NAME' lines (author only)",
               "newsletter promo after the third entry", "footer"],
  entries=[
  E("2027-02-24 22:10", "UN General Assembly backs resolution on fifth anniversary",
    ["The UN General Assembly adopted a resolution calling for a just and lasting peace in Ukraine based on its territorial integrity, by 96 votes to 14 with 51 abstentions.",
     "Ukraine\u2019s foreign minister said the vote showed the world had not forgotten the war."],
    "diplomacy", "diplomacy", 3, UNGA, a="Oksana Hrytsenko"),
  E("2027-02-24 19:05", "Analysis: Five years on, no corner of Ukraine is out of Russia\u2019s reach",
    ["The missiles that hit Lviv on Wednesday landed about 1,000 kilometres from the front line, a reminder that no part of Ukraine is safe from long-range attack five years into the war.",
     "Russia now produces more missiles and attack drones each month than at any earlier point of the war, analysts say, and has learned to mix cheap decoys with expensive missiles to exhaust Ukraine\u2019s air defences.",
     "Western cities that once served as refuges now hold regular air-raid drills in schools."],
    "strikes", "strikes", 2, "analysis-russian-long-range-strikes-reach-2027-02",
    a="Oksana Hrytsenko", n="theme piece (analysis); mentions the Lviv strike but is its own story: must not merge with the Lviv strike"),
  E("2027-02-24 16:40", "Syrskyi says Russian push near Huliaipole has stalled",
    ["Ukraine\u2019s commander-in-chief Oleksandr Syrskyi said a Russian offensive near Huliaipole in the Zaporizhzhia region had stalled after heavy losses, and that Ukrainian units had regained several positions."],
    "other", "frontline", 2, "syrskyi-huliaipole-offensive-stalled-2027-02-24", a="Andriy Kovtun"),
  E("2027-02-24 13:15", "Von der Leyen, Costa and Nordic and Baltic leaders arrive in Kyiv",
    ["European Commission President Ursula von der Leyen and European Council President Ant\u00f3nio Costa arrived at Kyiv\u2019s central station with eight prime ministers to mark the anniversary with President Zelensky."],
    "diplomacy", "diplomacy", 3, LEAD, a="Andriy Kovtun"),
  E("2027-02-24 10:50", "Lviv toll rises to four; energy facility hit",
    ["The number of people killed in the overnight missile attack on Lviv has risen to four, the city\u2019s mayor said. One of the missiles hit an energy facility on the edge of the city, causing power cuts in two districts."],
    "strikes", "strikes", 3, LVIV, a="Oksana Hrytsenko", n="toll 4"),
  E("2027-02-24 08:30", "Poland scrambles jets as missiles fly toward western Ukraine",
    ["Poland scrambled fighter jets and raised its air-defence readiness during the night as Russian missiles flew toward the western Ukrainian regions near its border, the Polish military said."],
    "other", "security", 2, "poland-scrambles-jets-2027-02-24", a="Andriy Kovtun", sec=["strikes"], n="non-party's military readiness = security; own story"),
  E("2027-02-24 06:10", "Missiles hit Lviv overnight; two killed",
    ["Explosions shook Lviv shortly after 2am as Russia fired cruise missiles at western Ukraine. Two people were killed and eight injured, regional officials said."],
    "strikes", "strikes", 3, LVIV, a="Oksana Hrytsenko", n="first report; toll 2"),
  ]))

# ---------------------------------------------------------------- 14442 Yarrowfell World Report (day 3, general world RSS, -0500)
SEEDS.append(dict(
  id="14442", name="14442_yarrowfell-worldrss", ext="xml", source="Yarrowfell World Report", zone="America/New_York", render=r_rss_plain, rfc="num",
  title="Yarrowfell World Report: International", url="https://yarrowfell-report.example", guid="yw",
  lede="International headlines from the Yarrowfell World Report",
  basis="RSS pubDate '{s}' (explicit -0500, US Eastern); local {d} in {z}",
  notes="Invented outlet (US). General world RSS 2.0 feed, newest first, pubDate with -0500, plain-text descriptions, dc:creator on some items. "
        "The war is a minority: 2 of 6 items (UN vote; Lviv strike spelled 'Lvov' with toll five); 4 are off-beat.",
  not_entries=["channel title, link, atom:link, description, language, copyright, lastBuildDate, ttl", "item link, guid and category elements"],
  entries=[
  E("2027-02-24 17:40", "UN General Assembly adopts Ukraine resolution on war\u2019s fifth anniversary",
    ["The UN General Assembly voted 96 to 14 on Wednesday for a resolution urging a just peace in Ukraine that respects its borders, with 51 countries abstaining."],
    "diplomacy", "diplomacy", 3, UNGA, a="Dana Whitcombe", cat="World"),
  OFF("2027-02-24 15:20", "Chile battles wildfires near Valpara\u00edso",
      ["Firefighters in Chile were fighting three large wildfires in the hills around Valpara\u00edso, where strong winds pushed flames toward residential areas."],
      "chile-valparaiso-wildfires-2027-02-24", a="Marco Ruiz", n="wildfires", cat="Americas"),
  OFF("2027-02-24 12:05", "Tokyo stocks hit record on chipmaker rally",
      ["Japan\u2019s benchmark stock index closed at a record high, led by semiconductor makers after strong results from a major chip equipment supplier."],
      "tokyo-stocks-record-2027-02-24", n="markets", cat="Business"),
  E("2027-02-24 09:45", "Five killed as Russian missiles strike Lvov",
    ["Russian cruise missiles hit the western Ukrainian city of Lvov overnight, killing five people and damaging an energy facility, local officials said."],
    "strikes", "strikes", 3, LVIV, a="Dana Whitcombe", cat="World", n="spelling 'Lvov'; toll 5"),
  OFF("2027-02-24 07:30", "Philippines evacuates coastal towns ahead of tropical storm",
      ["Authorities in the central Philippines moved thousands of people away from the coast as a tropical storm approached with heavy rain."],
      "philippines-tropical-storm-evacuations-2027-02", n="weather", cat="Asia"),
  OFF("2027-02-24 05:15", "Ethiopia and Kenya agree to extend cross-border power line",
      ["Ethiopia and Kenya signed an agreement to expand the high-voltage line that carries Ethiopian hydropower to the Kenyan grid."],
      "ethiopia-kenya-power-line-2027-02", n="energy", cat="Africa"),
  ]))

# ---------------------------------------------------------------- 14443 Pickerell Daily (day 3, text live, Warsaw, oldest first)
SEEDS.append(dict(
  id="14443", name="14443_pickerell-textlive", ext="txt", source="Pickerell Daily", zone="Europe/Warsaw", render=r_pickerell,
  title="Five years of Russia\u2019s full-scale war: live from Poland and Ukraine",
  dateline="Wednesday 24.02.2027", byline="Live editor: Agnieszka Borowiec",
  lede="Missile strike on Lviv, drones over Lutsk, and European leaders in Kyiv on the anniversary of the invasion.",
  basis="stamp '{s}' (CET = UTC+1) under the numeric date line 'Wednesday 24.02.2027'; local {d} in {z}",
  notes="Invented outlet (Poland). Text live blog, oldest first; numeric date line 'Wednesday 24.02.2027'; '08:05 CET' line before each headline. "
        "Page byline 'Live editor: Agnieszka Borowiec' is the only name, used as every entry's author. 14443-03 is a 'Video:' teaser with only a "
        "'[video]' placeholder. 14443-04 repeats 14443-01 nearly verbatim (duplicate_of 14443-01; 'the city' \u2192 'Lviv'). 14443-02 (drones on "
        "Lutsk, a neighbouring western region) is another attack: must not merge with the Lviv strike. 14443-06 uses the Polish name 'Lw\u00f3w' "
        "and is Tusk's reaction whose content is the Lviv strike (same story).",
  not_entries=["masthead and navigation", "'LIVE' label", "page title", "numeric date line", "editor byline", "lede", "'[video]' placeholder under the teaser",
               "subscription promo after the fourth post", "'End of today\u2019s live coverage'", "footer"],
  entries=[
  E("2027-02-24 08:05", "Missiles strike Lviv overnight, at least three dead",
    ["At least three people were killed when Russian cruise missiles hit Lviv in the night, the mayor of the city said. Several houses and an energy site were damaged.",
     "Polish border towns heard air-raid sirens on the Ukrainian side of the border."],
    "strikes", "strikes", 3, LVIV, a="Agnieszka Borowiec", n="toll 3"),
  E("2027-02-24 09:40", "Drones hit Lutsk, wounding three",
    ["Russian attack drones struck the north-western city of Lutsk before dawn, wounding three people and damaging a school, the Volyn regional administration said."],
    "strikes", "strikes", 2, "lutsk-drone-attack-2027-02-24", a="Agnieszka Borowiec",
    n="neighbouring western region, other attack (drones on Lutsk): must not merge with the Lviv strike"),
  E("2027-02-24 11:00", "Video: Kyiv falls silent to mark five years of full-scale war", [], "other", "humanitarian", 1, COMM,
    a="Agnieszka Borowiec", n="teaser without body"),
  E("2027-02-24 12:25", "Missiles strike Lviv overnight, at least three dead",
    ["At least three people were killed when Russian cruise missiles hit Lviv in the night, the mayor of Lviv said. Several houses and an energy site were damaged.",
     "Polish border towns heard air-raid sirens on the Ukrainian side of the border."],
    "strikes", "strikes", 1, LVIV, a="Agnieszka Borowiec", dup="14443-01", n="near-verbatim repeat of 14443-01"),
  E("2027-02-24 14:10", "Canada pledges C$400m for Ukrainian drone production",
    ["Canada will give 400 million Canadian dollars to buy drones made in Ukraine, Prime Minister Mark Carney said in a statement marking the anniversary."],
    "aid", "aid", 2, "canada-ukrainian-drone-funding-2027-02-24", a="Agnieszka Borowiec"),
  E("2027-02-24 16:35", "Tusk: strike on Lw\u00f3w is an attack on Europe\u2019s doorstep",
    ["Prime Minister Donald Tusk said the missile attack on Lw\u00f3w, which killed five people, was aimed at a city less than 70 kilometres from the Polish border and showed that Russia was testing Europe\u2019s nerve."],
    "strikes", "strikes", 3, LVIV, a="Agnieszka Borowiec", sec=["diplomacy"], n="spelling 'Lw\u00f3w'; reaction whose content is the strike: same story; toll 5"),
  E("2027-02-24 18:20", "EU leaders in Kyiv promise \u2018nothing about Ukraine without Ukraine\u2019",
    ["European leaders visiting Kyiv for the anniversary said any peace settlement would have to be agreed with Ukraine and backed by security guarantees, in a joint statement with President Zelensky."],
    "diplomacy", "diplomacy", 3, LEAD, a="Agnieszka Borowiec"),
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
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
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
        print(f"{fn:44s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


if __name__ == "__main__":
    main()

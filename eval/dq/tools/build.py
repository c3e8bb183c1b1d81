#!/usr/bin/env python3
"""Builds the eval/dq seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own invented wording for 2026 dates (no copied sentences);
Part A imitates, from memory, the page layouts of ten real Indian outlets; Part B outlets are invented. Deterministic.
Run from the project root:  python3 eval/dq/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Jr.")


# ---------------------------------------------------------------- entry constructors
def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """t = local time 'YYYY-MM-DD HH:MM' in the page zone; h = headline (None if the page prints none); p = body paragraphs;
    top/sub = topic/subtopic; imp = importance; st = story slug; a = gold author; sec = secondary topics."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    """first sentence as printed: ends at . ! ? (optionally a closing quote) before a capital/digit/quote or the end;
    never on a listed abbreviation or a single-capital initial ('Dmitri S. Peskov')."""
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par):
        head = par[:m.end()]
        if m.end() < len(par) and (head.endswith(ABBREV) or re.search(r"(?:^|\s)[A-Z]\.$", head)):
            continue
        return head
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def h12(d, lower=False, pad=True, sep=":", space=" "):
    hh = d.hour % 12 or 12
    suf = "AM" if d.hour < 12 else "PM"
    if lower:
        suf = suf.lower()
    return f"{hh:02d}{sep}{d.minute:02d}{space}{suf}" if pad else f"{hh}{sep}{d.minute:02d}{space}{suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [dt(e["t"], S["zone"]) for e in S["entries"]]
    assert ts == sorted(ts, reverse=newest_first), f"{S['id']}: entries must be {'newest' if newest_first else 'oldest'} first"


def rfc822(d, gmt=False):
    if gmt:
        return d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + d.strftime("%z")


def slugify(s, n=60):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:n].strip("-")


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_theprint(S):
    """ThePrint (WordPress, 'Newspaper' theme) category page 'World', HTML. Yoast @graph JSON-LD (CollectionPage, BreadcrumbList,
    WebSite, Organization: no times). Cards newest first: headline, author/agency, '16 September, 2026 11:42 pm IST', excerpt."""
    z = S["zone"]; order_check(S, True); top = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": "https://theprint.in/category/world/", "url": "https://theprint.in/category/world/",
         "name": S["title"], "isPartOf": {"@id": "https://theprint.in/#website"}, "breadcrumb": {"@id": "https://theprint.in/category/world/#breadcrumb"},
         "inLanguage": "en-US"},
        {"@type": "BreadcrumbList", "@id": "https://theprint.in/category/world/#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://theprint.in/"},
            {"@type": "ListItem", "position": 2, "name": "World"}]},
        {"@type": "WebSite", "@id": "https://theprint.in/#website", "url": "https://theprint.in/", "name": "ThePrint",
         "publisher": {"@id": "https://theprint.in/#organization"}, "inLanguage": "en-US"},
        {"@type": "Organization", "@id": "https://theprint.in/#organization", "name": "ThePrint", "url": "https://theprint.in/",
         "sameAs": ["https://www.facebook.com/theprintindia", "https://x.com/ThePrintIndia"]}]}
    d0 = dt(S["header_day"], z)
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])}</title>',
           '<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">',
           '<link rel="canonical" href="https://theprint.in/category/world/">', '<meta property="og:site_name" content="ThePrint">',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="archive category category-world td-standard-pack">',
           f'<div class="td-header-top-menu"><div class="td_data_time">{WEEKDAYS[d0.weekday()]}, {d0.day} {MONTHS[d0.month - 1]}, {d0.year}</div>'
           '<a href="https://theprint.in/subscribe/">Subscribe</a> <a href="https://hindi.theprint.in/">ThePrint Hindi</a></div>',
           '<div class="td-header-menu-wrap"><a class="td-main-logo" href="https://theprint.in/">ThePrint</a><ul class="sf-menu">'
           '<li><a href="/category/politics/">Politics</a></li><li><a href="/category/governance/">Governance</a></li>'
           '<li><a href="/category/economy/">Economy</a></li><li><a href="/category/defence/">Defence</a></li>'
           '<li><a href="/category/india/">India</a></li><li><a href="/category/world/">World</a></li>'
           '<li><a href="/category/opinion/">Opinion</a></li><li><a href="/category/features/">Features</a></li>'
           '<li><a href="/category/judiciary/">Judiciary</a></li><li><a href="/category/health/">Health</a></li></ul></div>',
           '<div class="td-category-header"><div class="entry-crumbs"><a href="https://theprint.in/">Home</a> <i class="td-bread-sep"></i> <span>World</span></div>',
           f'<h1 class="entry-title td-page-title">{esc(S["h1"])}</h1></div>', '<div class="td-ss-main-content">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{d.day} {MONTHS[d.month - 1]}, {d.year} {h12(d, lower=True)} IST"; stamps.append(st)
        link = f"https://theprint.in/world/{slugify(e['h'])}/{2871450 - i * 37}/"
        out += ['<div class="td_module_10 td_module_wrap td-animation-stack">',
                f'<div class="td-module-thumb"><a href="{link}" rel="bookmark" class="td-image-wrap"><img width="218" height="150" class="entry-thumb" src="https://static.theprint.in/wp-content/uploads/2026/09/file{i + 4}.jpg" alt=""></a></div>',
                f'<div class="item-details"><h3 class="entry-title td-module-title"><a href="{link}" rel="bookmark">{esc(e["h"])}</a></h3>',
                f'<div class="td-module-meta-info"><span class="td-post-author-name"><a href="https://theprint.in/author/{slugify(e["by"])}/">{esc(e["by"])}</a> <span>-</span> </span>'
                f'<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{d.isoformat()}">{st}</time></span></div>']
        out += [f'<div class="td-excerpt">{esc(p)}</div>' for p in e["p"]]
        out.append('</div></div>')
        if i == 2:
            out.append('<div class="td-a-rec td-a-rec-id-custom_ad_1"><span class="td-adspot-title">- Advertisement -</span></div>')
    out += ['<div class="page-nav td-pb-padding-side"><span class="current">1</span><a href="/category/world/page/2/" class="page">2</a>'
            '<a href="/category/world/page/3/" class="page">3</a><span class="extend">...</span><a href="/category/world/page/2093/" class="last">2,093</a>'
            '<a href="/category/world/page/2/"><i class="td-icon-menu-right"></i></a><span class="pages">Page 1 of 2,093</span></div></div>',
            '<aside class="td-pb-span4 td-main-sidebar"><div class="support-box"><h4>Support Our Journalism</h4>'
            '<p>Reporting that asks hard questions costs money. Readers who pay for it keep it independent.</p>'
            '<a href="https://theprint.in/subscribe/">Subscribe now</a></div>'
            '<div class="td_block_widget"><h4 class="block-title">Most Read</h4><a href="https://theprint.in/politics/">Opposition plans joint rally on delimitation before winter session</a></div></aside>',
            '<div class="td-footer-wrapper"><a href="https://theprint.in/about-us/">About Us</a> <a href="https://theprint.in/contact-us/">Contact Us</a> '
            '<a href="https://theprint.in/privacy-policy/">Privacy Policy</a> <a href="https://theprint.in/careers/">Careers</a>'
            f'<p>Copyright © {top.year} Printline Media Pvt. Ltd. All rights reserved.</p></div></body></html>']
    return "\n".join(out) + "\n", stamps


def r_tribune(S):
    """The Tribune (tribuneindia.com) 'World' section, text scrape. Header date + Chandigarh weather widget. Cards newest first:
    headline, credit line (agency or 'Tribune News Service'), 'Updated At : 11:52 PM Sep 18, 2026 IST', excerpt."""
    z = S["zone"]; order_check(S, True); d0 = dt(S["header_day"], z)
    L = ["Skip to content", "", "The Tribune", "Voice of the people", "",
         f"{WEEKDAYS[d0.weekday()]}, {MON3[d0.month - 1]} {d0.day}, {d0.year}", "Chandigarh  31°C  Haze", "", "E-Paper | Subscribe | Sign In", "",
         "Home   Punjab   Haryana   Himachal   J&K   Chandigarh   Delhi   India   World   Business   Sports   Opinion   Features   Videos", "",
         "Advertisement", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{h12(d)} {MON3[d.month - 1]} {d.day}, {d.year} IST"; stamps.append(st)
        L += [e["h"], e["by"], f"Updated At : {st}", ""] + ptxt(e["p"])
        if i == 2:
            L += ["Advertisement", "", "Don’t miss a story: get The Tribune’s headlines on WhatsApp. Join now", ""]
    L += ["Load More", "", "Top News", "Punjab cabinet approves new paddy straw management scheme", "Haryana announces bonus for sugarcane growers", "",
          "About Us  |  Contact Us  |  Privacy Policy  |  Terms & Conditions  |  Advertise With Us", f"© The Tribune Trust, {d0.year}"]
    return "\n".join(L) + "\n", stamps


def r_et(S):
    """The Economic Times live blog, HTML. LiveBlogPosting JSON-LD with liveBlogUpdate (per-update datePublished, +05:30).
    Visible: market ticker, synopsis, 'Last Updated: Sep 21, 2026, 11:24:51 PM IST', updates newest first with
    '21 Sep 2026, 11:20 PM IST' above a bold headline. Desk credit 'ET Online' only."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z); upd = last + timedelta(minutes=4, seconds=51)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "headline": e["h"], "datePublished": d.isoformat(), "dateModified": d.isoformat(),
                    "articleBody": " ".join(e["p"]), "url": f"{S['url']}#update-{31870 - i}",
                    "author": {"@type": "Organization", "name": "ET Online"}})
    ld = [{"@context": "https://schema.org", "@type": "NewsMediaOrganization", "name": "The Economic Times", "url": "https://economictimes.indiatimes.com/",
           "logo": {"@type": "ImageObject", "url": "https://img.etimg.com/photo/msid-65498029/et-logo.jpg"}},
          {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
              {"@type": "ListItem", "position": 1, "name": "Business News", "item": "https://economictimes.indiatimes.com/"},
              {"@type": "ListItem", "position": 2, "name": "News", "item": "https://economictimes.indiatimes.com/news"},
              {"@type": "ListItem", "position": 3, "name": "International", "item": "https://economictimes.indiatimes.com/news/international"},
              {"@type": "ListItem", "position": 4, "name": "World News", "item": "https://economictimes.indiatimes.com/news/international/world-news"}]},
          {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
           "description": S["lede"], "datePublished": first.isoformat(), "dateModified": upd.isoformat(timespec="seconds"),
           "coverageStartTime": first.isoformat(), "coverageEndTime": (first + timedelta(days=1)).isoformat(),
           "author": {"@type": "Organization", "name": "ET Online"},
           "publisher": {"@type": "Organization", "name": "The Economic Times"}, "liveBlogUpdate": ups}]
    lu = f"{MON3[upd.month - 1]} {upd.day}, {upd.year}, {upd.hour % 12 or 12:02d}:{upd.minute:02d}:{upd.second:02d} {'AM' if upd.hour < 12 else 'PM'} IST"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - The Economic Times</title>',
           f'<link rel="canonical" href="{S["url"]}">']
    out += ['<script type="application/ld+json">' + json.dumps(x, ensure_ascii=False) + '</script>' for x in ld]
    out += ['</head><body>', '<div class="topBar"><span class="edition">English Edition</span> | <a href="/epaper">Today\u2019s ePaper</a> '
            '<a href="/prime">ET Prime</a> <a class="signin">Sign In</a></div>',
            '<header><a class="etLogo" href="/">The Economic Times</a><nav>'
            '<a href="/">Home</a> <a href="/prime">ETPrime</a> <a href="/markets">Markets</a> <a href="/markets/market-data">Market Data</a> '
            '<a href="/news">News</a> <a href="/industry">Industry</a> <a href="/small-biz">SME</a> <a href="/news/politics">Politics</a> '
            '<a href="/wealth">Wealth</a> <a href="/mf">MF</a> <a href="/tech">Tech</a> <a href="/jobs">Careers</a> <a href="/opinion">Opinion</a> '
            '<a href="/nri">NRI</a> <a href="/magazines/panache">Panache</a></nav></header>',
            '<div class="mktTicker"><span>SENSEX 82,904.17 <b>+311.06</b></span> <span>NIFTY 50 25,402.30 <b>+96.45</b></span> '
            '<span>GOLD (MCX) (Rs/10g.) 1,12,480.00 <b>-215.00</b></span> <span>USD/INR 88.42 <b>+0.06</b></span></div>',
            '<div class="breadcrumb"><a href="/">Business News</a> › <a href="/news">News</a> › <a href="/news/international">International</a> › '
            '<a href="/news/international/world-news">World News</a> › <span>Russia-Ukraine war live</span></div>',
            '<article class="liveBlog"><span class="liveTag">LIVE</span>', f'<h1 class="artTitle">{esc(S["title"])}</h1>',
            f'<div class="artSyn"><h2 class="summary">Synopsis</h2><p>{esc(S["lede"])}</p></div>',
            f'<div class="artByline"><span class="ag">ET Online</span> <time class="jsdtTime">Last Updated: {lu}</time></div>',
            '<div class="shareBar">Share <a>Facebook</a> <a>X</a> <a>LinkedIn</a> <a>WhatsApp</a> Font Size <a>Abc</a> Save <a>Print</a> Comment</div>',
            '<div class="lbRefresh">New updates <button>Refresh</button></div>', '<div class="liveBlogUpdates">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{d.day} {MON3[d.month - 1]} {d.year}, {h12(d)} IST"; stamps.append(st)
        out.append(f'<div class="lbItem" id="update-{31870 - i}"><span class="lbTime">{st}</span><h3 class="lbTitle">{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="lbShare">Share this update</div></div>')
        if i == 2:
            out.append('<div class="adContainer">Advertisement</div>')
        if i == 4:
            out.append('<div class="primeWidget"><span>ETPrime stories of the day</span><a href="/prime/economy-and-policy/">'
                       'How the shipping insurance squeeze is rewriting Russia\u2019s oil routes</a></div>')
    out += ['</div>', '<p class="catchAll">(You can now follow all the latest International News and World News on The Economic Times.)</p>',
            '<div class="readMore">Read More News on <a>russia ukraine war news</a> <a>zelensky</a> <a>odesa</a> <a>unga</a> <a>oil prices</a></div>',
            '</article>', '<aside class="rhs"><h4>Trending Now</h4><a href="/markets/stocks/news/">Five stocks to watch as FPIs return to Indian equities</a></aside>',
            '<footer>About Us | Contact Us | Advertise with us | Privacy policy | Terms of Use & Grievance Redressal Policy<br>'
            f'Copyright © {first.year} Bennett, Coleman & Co. Ltd. All rights reserved.</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_news18(S):
    """News18 live blog, text scrape. 'Curated By:' page byline, 'Last Updated:' line, updates newest first with
    'September 23, 2026 22:05 IST' above a headline that repeats the blog's 'Russia Ukraine War LIVE:' label."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z) + timedelta(minutes=5); first = dt(S["first_published"], z)
    L = ["News18", "LIVE TV", "", "India   World   Politics   Movies   Cricket   Business   Tech   Lifestyle   Explainers   Photos   Videos", "",
         "Home » World", "", S["title"], "", f"Curated By: {S['byline']}",
         f"Last Updated: {MONTHS[last.month - 1]} {last.day}, {last.year}, {last.hour:02d}:{last.minute:02d} IST", S["place"], "",
         S["lede"], "", "Follow Us", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} {d.hour:02d}:{d.minute:02d} IST"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["Stay updated with the latest news: follow News18 on WhatsApp", ""]
        if i == 4:
            L += ["Advertisement", ""]
    L += ["Location : " + S["location"],
          f"First Published: {MONTHS[first.month - 1]} {first.day}, {first.year}, {first.hour:02d}:{first.minute:02d} IST", "",
          "News world » " + S["crumb"], "", "Read More", "", "Network18 sites: Moneycontrol | Firstpost | CNBCTV18 | News18 Hindi", "",
          "About Us   Contact Us   Privacy Policy   Cookie Policy   Sitemap"]
    return "\n".join(L) + "\n", stamps


def r_wion(S):
    """WION section RSS 2.0: pubDate with +0530, plain-text description (teaser), dc:creator (a person or 'WION Web Team'),
    media:content image."""
    z = S["zone"]; order_check(S, True); top = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://www.wionews.com/world</link>',
           '<atom:link href="https://www.wionews.com/feeds/world/rss.xml" rel="self" type="application/rss+xml"/>',
           '<description>WION: latest world news, analysis and opinion.</description>', '<language>en-in</language>',
           f'<lastBuildDate>{rfc822(top + timedelta(minutes=3))}</lastBuildDate>',
           '<image><url>https://www.wionews.com/images/wion-logo.png</url><title>WION</title><link>https://www.wionews.com</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://www.wionews.com/world/{slugify(e['h'])}-{1768802000 + i * 913}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<dc:creator>{esc(e["by"])}</dc:creator>',
                f'<description>{esc(" ".join(e["p"]))}</description>',
                f'<media:content url="https://cdn.wionews.com/sites/default/files/2026/09/26/{4100 + i}-thumb.jpg" medium="image" width="1200" height="675"/>',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_indiatoday(S):
    """India Today live blog, HTML. LiveBlogPosting JSON-LD whose liveBlogUpdate items all carry the PAGE's datePublished
    (not their own). Visible: 'In Short' summary bullets, 'UPDATED: Sep 29, 2026 00:40 IST', posts newest first with a bare
    '12:32 AM IST' time, h2 headline, body, 'Posted by NAME'. The posts cross local midnight."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z) + timedelta(minutes=8)
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": pub.isoformat(), "dateModified": last.isoformat(),
            "articleBody": " ".join(e["p"]), "author": {"@type": "Person", "name": e["by"]}} for e in S["entries"]]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "description": S["lede"], "datePublished": pub.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": pub.isoformat(),
          "coverageEndTime": (pub + timedelta(days=1)).isoformat(), "author": {"@type": "Organization", "name": "India Today World Desk"},
          "publisher": {"@type": "NewsMediaOrganization", "name": "India Today", "logo": {"@type": "ImageObject", "url": "https://akm-img-a-in.tosshub.com/sites/indiatoday/resources/images/logo.png"}},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - India Today</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="topnav"><a href="https://www.aajtak.in/">Aaj Tak</a> <a href="https://www.businesstoday.in/">Business Today</a> '
           '<a href="https://www.thelallantop.com/">The Lallantop</a> <a href="/livetv">Live TV</a> <a href="/magazine">Magazine</a> <a>Sign In</a></div>',
           '<header><a class="logo" href="/">India Today</a><nav><a href="/india">India</a> <a href="/world">World</a> <a href="/business">Business</a> '
           '<a href="/sports">Sports</a> <a href="/technology">Technology</a> <a href="/movies">Movies</a> <a href="/lifestyle">Lifestyle</a> '
           '<a href="/fact-check">Fact Check</a> <a href="/visualstories">Visual Stories</a></nav></header>',
           '<div class="breadcrumb"><a href="/">News</a> / <a href="/world">World</a> / <span>Russia-Ukraine War</span></div>',
           '<main><div class="story-kicker">LIVE</div>', f'<h1>{esc(S["title"])}</h1>', f'<h2 class="story-highlight">{esc(S["lede"])}</h2>',
           '<div class="story-short"><h3>In Short</h3><ul>' + "".join(f"<li>{esc(x)}</li>" for x in S["in_short"]) + '</ul></div>',
           f'<div class="byline">India Today World Desk <span class="edited">Edited By: {esc(S["editor"])}</span></div>',
           f'<div class="updated">UPDATED: {MON3[last.month - 1]} {last.day}, {last.year} {last.hour:02d}:{last.minute:02d} IST</div>',
           f'<figure><img src="https://akm-img-a-in.tosshub.com/indiatoday/images/story/202609/kharkiv.jpg" alt=""><figcaption>{esc(S["caption"])}</figcaption></figure>',
           '<div class="live-blog-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{h12(d)} IST"; stamps.append(st)
        out.append(f'<div class="lb-post" id="lb-{88120 - i}"><span class="lb-time">{st}</span><h2 class="lb-title">{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append(f'<div class="lb-author">Posted by {esc(e["by"])}</div></div>')
        if i == 2:
            out.append('<div class="also-read">Also Read | <a href="/world/story/what-is-oreshnik-missile">What is Oreshnik, the missile Russia keeps threatening to use</a></div>')
        if i == 4:
            out.append('<div class="ad">Advertisement</div>')
    out += ['</div><div class="tags">Tags : <a>Russia Ukraine war</a> <a>Kharkiv</a> <a>Volodymyr Zelensky</a></div>',
            '<div class="published-by">Published By: ' + esc(S["editor"]) + '</div>',
            f'<div class="published-on">Published On: {MON3[pub.month - 1]} {pub.day}, {pub.year}</div></main>',
            '<footer>Copyright © ' + str(pub.year) + ' Living Media India Limited. For reprint rights: Syndications Today</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_moneycontrol(S):
    """Moneycontrol 'World' news listing, text scrape. Index ticker; cards newest first: stamp line
    'October 01, 2026 / 10:48 PM IST' ABOVE the headline, then a one-paragraph teaser. No per-card authors."""
    z = S["zone"]; order_check(S, True)
    L = ["moneycontrol", "Hello, Login  |  Subscribe to PRO", "",
         "Home   Markets   Business   Personal Finance   Mutual Funds   Commodities   Economy   Tech   World   Politics   MC Videos   PRO", "",
         "Sensex 83,410.22 -118.40 (-0.14%)     Nifty 25,530.15 -31.25 (-0.12%)     Gold 1,13,050.00 +620.00 (0.55%)", "",
         "Home » News » World", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{MONTHS[d.month - 1]} {d.day:02d}, {d.year} / {h12(d)} IST"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["ADVERTISEMENT", "", "Moneycontrol PRO: unlock expert stock ideas and in-depth research. Subscribe", ""]
    L += ["1  2  3  4  5  Next »", "", "TRENDING NEWS", "Festive demand lifts two-wheeler sales in September", "", "Moneycontrol",
          "About Us  |  Contact Us  |  Advertise with Us  |  Terms & Conditions  |  Privacy Policy", "Copyright © e-Eighteen.com Ltd. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_quint(S):
    """The Quint (Quintype CMS) day round-up article, HTML with NewsArticle JSON-LD. Page byline + 'Published: 04 Oct 2026, 8:42 PM IST';
    h2 sections with no time of their own; photo credit '(Photo: ...Altered by The Quint)'; member appeal; topic tags."""
    z = S["zone"]; d0 = dt(S["published"], z)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["lede"],
          "datePublished": d0.isoformat(), "dateModified": d0.isoformat(), "mainEntityOfPage": {"@type": "WebPage", "@id": S["url"]},
          "author": [{"@type": "Person", "givenName": S["byline"].split()[0], "name": S["byline"], "url": f"https://www.thequint.com/author/{slugify(S['byline'])}"}],
          "publisher": {"@type": "Organization", "name": "TheQuint", "logo": {"@type": "ImageObject", "url": "https://images.thequint.com/thequint/2019-06/logo.png"}},
          "articleSection": "World", "keywords": "Russia Ukraine War,Volodymyr Zelensky,Kharkiv"}
    stamp_line = f"Published: {d0.day:02d} {MON3[d0.month - 1]} {d0.year}, {h12(d0, pad=False)} IST"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><a class="logo" href="/">The Quint</a><nav><a href="/news">News</a> <a href="/news/india">India</a> <a href="/news/world">World</a> '
           '<a href="/news/politics">Politics</a> <a href="/opinion">Opinion</a> <a href="/explainers">Explainers</a> <a href="/fit">Fit</a> '
           '<a href="/neon">Neon</a> <a href="/entertainment">Entertainment</a> <a href="/videos">Videos</a></nav>'
           '<a class="member" href="/membership">Become a Member</a> <a href="/login">Login</a></header>',
           '<main><article><div class="section-tag"><a href="/news/world">World</a></div>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="subheadline">{esc(S["lede"])}</p>',
           f'<div class="author-details"><a class="author-name" href="/author/{slugify(S["byline"])}">{esc(S["byline"])}</a></div>',
           f'<div class="story-meta"><span class="published">{stamp_line}</span> <span class="read-time">3 min read</span></div>',
           f'<figure><img src="https://images.thequint.com/thequint/2026-10/kharkiv.jpg" alt=""><figcaption>{esc(S["caption"])}</figcaption></figure>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append('<div class="also-read"><strong>Also Read:</strong> <a href="/news/world/why-prisoner-swaps-keep-happening">Why Russia and Ukraine Keep Swapping Prisoners Even Without a Ceasefire</a></div>')
    out += [f'<p class="appeal"><em>{esc(S["appeal"])}</em></p>',
            '<div class="tags">Topics: <a>Russia Ukraine War</a> <a>Volodymyr Zelensky</a> <a>Kharkiv</a> <a>Prisoner Exchange</a></div>',
            '</article></main><footer>About Us | Contact Us | Privacy Policy | Terms & Conditions | Careers<br>'
            f'Copyright © {d0.year} Quintillion Media Limited. All rights reserved.</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_outlook(S):
    """Outlook India 'International' section, text scrape. Header clock 'Tue, Oct 06, 2026 | 11:05 PM' (no zone printed; IST implied).
    Cards newest first: headline, credit, relative time ('38 mins ago', '2 hrs ago'), teaser."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = ["OUTLOOK", f"{WEEKDAYS[ref.weekday()][:3]}, {MON3[ref.month - 1]} {ref.day:02d}, {ref.year} | {h12(ref, pad=False)}", "",
         "Subscribe  |  Sign In", "",
         "National   International   Business   Sports   Art & Entertainment   Society   Outlook Traveller   Outlook Money   Magazine", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} mins ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hr ago" if mins == 60 else f"{mins // 60} hrs ago"
        stamps.append(st)
        L += [e["h"], e["by"], st, ""] + ptxt(e["p"])
        if i == 3:
            L += ["Advertisement", "", "Outlook Newsletter: the week\u2019s best reads, every Sunday. Sign up", ""]
    L += ["Load More", "", "Most Read", "What the Bihar poll schedule means for the alliances", "",
          "About Us  |  Contact Us  |  Privacy Policy  |  Terms of Use", f"© {ref.year} Outlook Publishing (India) Pvt. Ltd. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_theweek(S):
    """THE WEEK 'Wire Updates - International' RSS 2.0: pubDate in GMT, dc:creator 'PTI', description = the PTI copy's opening
    paragraph with its dateline ('Kyiv, Oct 10 (AP) ...')."""
    z = S["zone"]; order_check(S, True); top = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.theweek.in/wire-updates/international.html</link>',
           '<description>Wire updates from THE WEEK: international news from PTI.</description>', '<language>en-us</language>',
           f'<pubDate>{rfc822(top, gmt=True)}</pubDate>', '<copyright>Copyright © The Week</copyright>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=True); stamps.append(st)
        link = f"https://www.theweek.in/wire-updates/international/2026/10/10/fgn{31 + i}-{slugify(e['h'], 40)}.html"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid>{link}</guid>',
                f'<description>{esc(" ".join(e["p"]))}</description>', f'<pubDate>{st}</pubDate>', f'<dc:creator>{esc(e["by"])}</dc:creator>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


# ================================================================ Part B renderers (invented outlets)

def r_harrowfield(S):
    """text live, newest first; 'Key Points' block listing two post headlines; each post: headline, then '9.10pm BST', body,
    'By NAME' signature. Teaser posts print a '[Video, 0:48]' placeholder only."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Home  |  UK  |  World  |  Politics  |  Business  |  Sport  |  Live", "", "LIVE", S["title"], S["dateline"], "",
         S["lede"], "", "Key Points"] + [e["h"] for e in S["entries"] if e["kp"]] + ["", "All updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.hour % 12 or 12}.{d.minute:02d}{'am' if d.hour < 12 else 'pm'} BST"; stamps.append(st)
        L += [e["h"], st, ""]
        L += ptxt(e["p"]) if e["p"] else ["[Video, 0:48]", ""]
        if e["a"]:
            L += [f"By {e['a']}", ""]
        if i == 2:
            L += ["Get our Ukraine briefing in your inbox every weekday at 7am. Sign up", ""]
    L += ["Show earlier updates", "", f"{S['source']} · About us · Corrections · Privacy · Terms"]
    return "\n".join(L) + "\n", stamps


def r_penmarrow(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with per-update datePublished (+03:00) and author arrays; visible stamp
    '16.10.2026, 06:10' in <time datetime>; 'All times are Kyiv time' note."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = [{"@type": "Person", "name": e["a"]}]
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@type": "Organization", "name": S["source"]},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a> <nav><a>War</a> <a>Politics</a> <a>Business</a> <a>Culture</a> <a>Become a member</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>', f'<p class="tz">{esc(S["tznote"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y, %H:%M}"; stamps.append(st)
        out.append(f'<section class="post" id="post-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="byline">Author: {esc(e["a"])}</p>')
        out.append('</section>')
        if i == 1:
            out.append('<aside class="readalso"><b>Read also:</b> <a href="/explainers/iskander">Iskander-M: the missile behind many of the deadliest strikes</a></aside>')
    out += ['<p class="end">Our live coverage continues tomorrow.</p></main>',
            f'<footer>{esc(S["source"])} · Editorial policy · Contacts · Privacy policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """RSS 2.0 feed, newest first: pubDate with the outlet's offset (S['rfc'] = 'GMT' or 'offset'), CDATA paragraphs;
    dc:creator only when the entry has an author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>', '<language>en-gb</language>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=(S["rfc"] == "GMT")); stamps.append(st)
        link = f"{S['url']}/{e.get('cat', 'world').lower()}/{slugify(e['h'], 50)}-{7310 + i * 3}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="false">{S["guid"]}:{7310 + i * 3}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_ellesby(S):
    """text article with section headings (one entry per section), two-name byline and an 'Updated Oct. 16, 2026, 5:40 p.m. EDT' line;
    no per-section time."""
    L = [S["source"], "World  ·  Europe  ·  Ukraine", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Gift this article   Share   Save", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["Advertisement", "", "SKIP ADVERTISEMENT", ""]
    L += [S["more"], "", f"© 2026 {S['source']} · Terms of Service · Privacy Policy · Contact Us"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_caldermoor(S):
    """HTML live, newest first, no JSON-LD; '22h40' stamps (continental style) above the h2, 'All times CEST (Brussels)' note,
    author under the headline; a 'Photos:' gallery teaser without text."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title></head><body>',
           '<div id="consent">This site uses cookies. <button>Accept</button> <button>Manage</button></div>',
           f'<header><strong>{S["source"]}</strong> <nav><a>Belgium</a> <a>Europe</a> <a>World</a> <a>Economy</a> <a>Live</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])} \u2014 {esc(S["tznote"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.hour:02d}h{d.minute:02d}"; stamps.append(st)
        out.append(f'<article class="live-item"><span class="live-item__time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="live-item__author">{esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">Gallery \u2013 12 images</div>')
        out.append('</article>')
        if i == 2:
            out.append('<aside><h3>Background</h3><a href="/world/black-sea-ports">Black Sea ports: who hits what, and why</a></aside>')
    out += ['<p class="archive"><a href="/live/ukraine/2026-10-16">Yesterday\u2019s live blog</a></p></main>',
            f'<footer>{S["source"]} · Impressum · Advertising · Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO with the outlet's offset (Z for UTC); escaped HTML content; optional author."""
    z = S["zone"]; order_check(S, True); top = dt(S["entries"][0]["t"], z)

    def iso(d):
        return d.isoformat().replace("+00:00", "Z")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>tag:{S["url"].split("//")[1].split("/")[0]},2026:feed</id>', f'<updated>{iso(top)}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" href="{S["url"]}/{slugify(e["h"], 48)}"/>',
                f'<id>tag:{S["url"].split("//")[1].split("/")[0]},2026:{9040 + i}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_norhallow(S):
    """text live, oldest first; '7.50am' stamp line before the headline (UK time, 'All times BST' printed once); page byline;
    a syndicated post keeps its own signature line."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "News  ·  Sport  ·  Opinion  ·  Live  ·  Puzzles", "", S["title"], S["dateline"], S["byline_line"], S["tznote"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.hour % 12 or 12}.{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e.get("sig"):
            L += [e["sig"], ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["That\u2019s all from us today. Thanks for following.", "", f"{S['source']} · Contact · Terms · Privacy"]
    return "\n".join(L) + "\n", stamps


def r_tollmere(S):
    """text live, oldest first; date line with weekday and day but no year; '07:40 (Kyiv)' before the headline; two-name page byline."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "Live  ·  Ukraine  ·  Europe  ·  Analysis  ·  Podcasts", "", S["title"], S["dateline"], f"By {S['byline']}", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} (Kyiv)"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["\u25b6 Play video", ""]
        if i == 2:
            L += ["Support independent reporting from Ukraine. Become a member.", ""]
    L += ["Our live coverage will resume tomorrow morning.", "", f"{S['source']} · About · Contact · Privacy"]
    return "\n".join(L) + "\n", stamps


def r_blythemoor(S):
    """HTML live, newest first; LiveBlogPosting JSON-LD whose liveBlogUpdate is a single object (the latest post only);
    visible '20:05 GMT' in <time>; signature after the body."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z); e0 = S["entries"][0]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": first.isoformat().replace("+00:00", "Z"), "dateModified": last.isoformat().replace("+00:00", "Z"),
          "coverageStartTime": first.isoformat().replace("+00:00", "Z"),
          "liveBlogUpdate": {"@type": "BlogPosting", "headline": e0["h"], "datePublished": last.isoformat().replace("+00:00", "Z"),
                             "articleBody": " ".join(e0["p"])}}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header>{S["source"]} <nav><a>News</a> <a>World</a> <a>Money</a> <a>Sport</a> <a>Weather</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} GMT"; stamps.append(st)
        out.append(f'<div class="lb-entry"><time datetime="{d.isoformat().replace("+00:00", "Z")}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">{esc(e["a"])}</p>')
        out.append('</div>')
        if i == 1:
            out.append('<div class="promo">Sign up for the Blythemoor Echo evening email</div>')
    out += ['</main>', f'<footer>{S["source"]} · Contact · Privacy · Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ================================================================ PART A: ten real outlets' layouts (own words, invented 2026 events)
SEEDS = []
IST = "Asia/Kolkata"

# ---------------------------------------------------------------- 12200 ThePrint
SEEDS.append(dict(
  id="12200", name="12200_theprint-world", ext="html", source="ThePrint", zone=IST, render=r_theprint,
  title="World Archives - ThePrint", h1="World", header_day="2026-09-17 01:20",
  basis="card stamp '{s}' (date, 12-hour clock and IST printed); local {d} in {z}",
  notes="Imitates ThePrint's WordPress category page 'World' (Newspaper theme) as served in HTML. Yoast JSON-LD @graph with CollectionPage, BreadcrumbList, WebSite and Organization only (no times). Cards newest first: h3 headline, author/agency credit, '<time>' stamp '16 September, 2026 07:31 pm IST', one excerpt paragraph. Wire copy keeps its dateline in the excerpt ('KYIV (Reuters) - ', 'Kyiv, Sep 16 (AP) ', 'New Delhi [India], September 16 (ANI): '); first_sentence includes it. The top card is stamped 17 September 01:05 am IST, which is still 16 September in UTC (19:35Z); all six cards fall on UTC 2026-09-16. Agency credits (Reuters, PTI, ANI) are the author as printed. One off-beat wire card (Taiwan typhoon). The top bar prints the capture day 'Thursday, 17 September, 2026'.",
  not_entries=["top bar date 'Thursday, 17 September, 2026' and Subscribe / ThePrint Hindi links", "logo and main menu (Politics ... Health)",
               "breadcrumb 'Home > World' and the category heading 'World'", "'- Advertisement -' slot after the third card",
               "pagination 'Page 1 of 2,093'", "sidebar 'Support Our Journalism' box", "sidebar 'Most Read' link", "footer links and copyright line"],
  entries=[
  E("2026-09-17 01:05", "Ukraine says its drones hit oil pumping station in Russia\u2019s Tambov region",
    ["KYIV (Reuters) - Ukraine\u2019s General Staff said on Wednesday that its long-range drones had struck an oil pumping station in Russia\u2019s Tambov region, starting a fire at a site that moves crude towards western export routes. The regional governor reported no casualties."],
    "strikes", "strikes", 2, "tambov-oil-pumping-station-drone-strike-2026-09-16", a="Reuters", by="Reuters"),
  E("2026-09-16 21:58", "India, Ukraine hold first joint commission meeting in three years, discuss trade and reconstruction",
    ["New Delhi [India], September 16 (ANI): India and Ukraine on Wednesday held the first session of their intergovernmental commission on trade and economic cooperation since 2023, with both sides discussing medicines, farm machinery and a role for Indian companies in rebuilding Ukrainian infrastructure."],
    "diplomacy", "diplomacy", 2, "india-ukraine-joint-commission-2026-09-16", a="ANI", by="ANI"),
  E("2026-09-16 19:31", "Russian glide bombs kill three in Zaporizhzhia, officials say",
    ["Kyiv, Sep 16 (AP) Russian glide bombs struck a residential neighbourhood of Zaporizhzhia on Wednesday afternoon, killing three people and wounding at least 11, the regional governor said. Two of the bombs hit a row of private houses near a school."],
    "strikes", "strikes", 3, "zaporizhzhia-glide-bomb-strike-2026-09-16", a="PTI", by="PTI"),
  OFF("2026-09-16 16:12", "Typhoon shuts Taiwan\u2019s stock market, grounds hundreds of flights",
    ["TAIPEI (Reuters) - Taiwan closed offices, schools and its stock market on Wednesday as a powerful typhoon approached the island\u2019s east coast, and airlines cancelled more than 300 domestic and international flights."],
    "taiwan-typhoon-2026-09-16", a="Reuters", n="weather in Taiwan", by="Reuters"),
  E("2026-09-16 13:47", "Why Russian oil is flowing to India again despite Washington\u2019s tariff threat",
    ["Indian refiners bought more Russian crude in August than in any month this year, shipping data show, as discounts widened after the latest round of Western sanctions on Moscow\u2019s oil majors. Refinery executives say the savings are too large to ignore, even with the risk of US penalties."],
    "diplomacy", "diplomacy", 2, "india-russian-oil-imports-analysis-2026-09", a="Karan Mehrotra", by="Karan Mehrotra",
    n="ThePrint's own analysis (named reporter); sanctions and trade with Russia -> diplomacy"),
  E("2026-09-16 10:20", "Kremlin says no date set for next round of talks with Kyiv",
    ["MOSCOW (Reuters) - The Kremlin said on Wednesday that no date had been agreed for a new round of direct talks with Ukraine, and accused European governments of encouraging Kyiv to drag out the war."],
    "diplomacy", "diplomacy", 2, "kremlin-no-date-for-talks-2026-09-16", a="Reuters", by="Reuters"),
  ]))

# ---------------------------------------------------------------- 12201 The Tribune
SEEDS.append(dict(
  id="12201", name="12201_tribuneindia-world", ext="txt", source="The Tribune", zone=IST, render=r_tribune,
  title="World", header_day="2026-09-18 23:58",
  basis="'Updated At : {s}' line under the card (12-hour clock, date and IST printed); local {d} in {z}",
  notes="Imitates The Tribune (Chandigarh) 'World' section page as copied from the browser. Header: date 'Friday, Sep 18, 2026' and a Chandigarh weather widget. Cards newest first: headline, credit line (agency name or 'Tribune News Service'), 'Updated At : 11:52 PM Sep 18, 2026 IST', one teaser paragraph. The stamp field holds the time/date text after 'Updated At : '. Author = the agency as printed (AP, Reuters, IANS, PTI); the desk credit 'Tribune News Service' names no person or agency, so author null. One off-beat card (Torkham crossing). The 'Poland scrambles jets' card leads with Poland's military response, so other/security with strikes secondary.",
  not_entries=["'Skip to content'", "masthead 'The Tribune' and tagline 'Voice of the people'", "header date 'Friday, Sep 18, 2026'",
               "weather widget 'Chandigarh  31°C  Haze'", "E-Paper / Subscribe / Sign In", "navigation menu", "'Advertisement' markers",
               "section heading 'World' (page title)", "WhatsApp promo line after the third card", "'Load More'",
               "'Top News' rail with two regional headlines", "footer links and copyright line"],
  entries=[
  E("2026-09-18 23:52", "Russian drone hits minibus in Kherson, killing two",
    ["A Russian drone struck a minibus carrying commuters in the southern Ukrainian city of Kherson on Friday evening, killing two passengers and wounding five, the regional administration said."],
    "strikes", "strikes", 3, "kherson-minibus-drone-strike-2026-09-18", a="AP", by="AP"),
  E("2026-09-18 21:40", "EU adopts new sanctions on Russia\u2019s shadow fleet and Chinese refiners",
    ["European Union governments formally adopted a new package of sanctions against Russia on Friday, adding more than 100 tankers of Moscow\u2019s so-called shadow fleet to a port ban and listing two Chinese refineries accused of processing Russian crude."],
    "diplomacy", "diplomacy", 3, "eu-sanctions-package-2026-09-18", a="Reuters", by="Reuters"),
  OFF("2026-09-18 19:15", "Pakistan, Afghanistan agree to reopen Torkham crossing after two-week closure",
    ["Pakistan and Afghanistan agreed on Friday to reopen the Torkham border crossing to trade and pedestrians from Saturday, ending a two-week closure that left thousands of trucks stranded on both sides."],
    "torkham-crossing-reopens-2026-09-18", a="IANS", n="South Asian border dispute", by="IANS"),
  E("2026-09-18 16:48", "Two Punjab youths lured into Russian army return home, seek action against agents",
    ["Two young men from Hoshiarpur district who say they were tricked into signing Russian army contracts by travel agents promising jobs in Moscow returned home on Friday after seven months near the front in eastern Ukraine."],
    "other", "humanitarian", 2, "punjab-men-russian-army-return-2026-09-18", a=None, by="Tribune News Service",
    n="desk credit 'Tribune News Service' -> author null"),
  E("2026-09-18 13:20", "Russia returns bodies of 1,000 soldiers to Ukraine",
    ["Ukraine received the bodies of 1,000 people that Russia says are Ukrainian soldiers killed in the war, Kyiv\u2019s coordination headquarters for prisoners of war said on Friday, while Moscow got back 31 bodies of its own troops."],
    "other", "humanitarian", 2, "repatriation-of-bodies-2026-09-18", a="Reuters", by="Reuters",
    n="repatriation of the dead, not a prisoner exchange -> other/humanitarian"),
  E("2026-09-18 11:05", "Poland scrambles jets as Russia strikes western Ukraine",
    ["Poland put fighter jets in the air and briefly closed the airports in Rzeszow and Lublin early on Friday as Russia launched drones and missiles at targets in western Ukraine, the Polish operational command said."],
    "other", "security", 2, "poland-scrambles-jets-2026-09-18", a="AP", by="AP", sec=["strikes"]),
  E("2026-09-18 08:30", "Modi speaks to Putin, reiterates call for dialogue and diplomacy",
    ["New Delhi, Sep 18 (PTI) Prime Minister Narendra Modi spoke to Russian President Vladimir Putin on Friday and repeated India\u2019s position that the conflict in Ukraine can only be resolved through dialogue and diplomacy, officials said."],
    "diplomacy", "diplomacy", 3, "modi-putin-phone-call-2026-09-18", a="PTI", by="PTI"),
  ]))

# ---------------------------------------------------------------- 12202 The Economic Times
SEEDS.append(dict(
  id="12202", name="12202_economictimes-live", ext="html", source="The Economic Times", zone=IST, render=r_et,
  title="Russia-Ukraine war news live updates: Odesa port hit as Zelensky lands in New York for UN week",
  url="https://economictimes.indiatimes.com/news/international/world-news/russia-ukraine-war-news-live-updates-21-september-2026/liveblog/124018830.cms",
  lede="Follow ET\u2019s live coverage of the Russia-Ukraine war: strikes on ports and refineries, diplomacy around the UN General Assembly, and what it all means for oil and Indian refiners.",
  basis="update stamp '{s}' (date, 12-hour clock and IST printed; the LiveBlogPosting JSON-LD gives the same instant); local {d} in {z}",
  notes="Imitates an Economic Times live blog page (HTML). Three JSON-LD blocks: NewsMediaOrganization, BreadcrumbList and a LiveBlogPosting whose liveBlogUpdate items carry their own datePublished (+05:30), headline and articleBody. Visible chrome: edition bar, menu, market ticker (SENSEX/NIFTY/gold/rupee), breadcrumb, 'Synopsis' box, desk byline 'ET Online' with 'Last Updated: Sep 21, 2026, 11:24:51 PM IST'. Updates newest first: stamp '21 Sep 2026, 11:20 PM IST', h3 headline, paragraphs. The only credit is the desk 'ET Online', so author null for every update. An ETPrime promo link and an 'Advertisement' slot sit between updates.",
  not_entries=["edition bar (English Edition, Today's ePaper, ET Prime, Sign In)", "logo and main menu", "market ticker (SENSEX, NIFTY 50, GOLD, USD/INR)",
               "breadcrumb", "'LIVE' tag", "page headline (page title)", "'Synopsis' box (page lede)", "desk byline 'ET Online' and 'Last Updated: ...' line",
               "share / font-size / save bar", "'New updates Refresh' bar", "'Share this update' under each update", "'Advertisement' slot after the third update",
               "ETPrime promo link after the fifth update", "closing line '(You can now follow all the latest International News ...)'",
               "'Read More News on' tag list", "'Trending Now' rail", "footer links and copyright"],
  entries=[
  E("2026-09-21 23:20", "Zelensky lands in New York ahead of UN General Assembly debate",
    ["Ukrainian President Volodymyr Zelensky arrived in New York late on Monday, where he is expected to address the UN General Assembly and hold meetings with US and European leaders on the sidelines.",
     "His office said air defence and the protection of Ukraine\u2019s energy system before winter would top his agenda."],
    "diplomacy", "diplomacy", 2, "zelensky-arrives-new-york-unga-2026-09-21"),
  E("2026-09-21 21:55", "Volgograd refinery on fire after Ukrainian drone attack; Brent edges up",
    ["A fire broke out at an oil refinery in Russia\u2019s Volgograd after a Ukrainian drone attack, the regional governor said on Monday, adding that no one was hurt.",
     "Brent crude futures rose about 0.6% in evening trade as traders weighed the latest disruption to Russian fuel output."],
    "strikes", "strikes", 2, "volgograd-refinery-drone-strike-2026-09-21"),
  E("2026-09-21 20:10", "Russian strike on Odesa port kills one, damages grain terminal",
    ["A Russian missile hit port infrastructure in Odesa on Monday evening, killing a port worker, injuring four and damaging a grain terminal, the regional military administration said.",
     "Ukraine\u2019s navy said the attack involved an Iskander-M ballistic missile launched from occupied Crimea."],
    "strikes", "strikes", 3, "odesa-port-missile-strike-2026-09-21"),
  E("2026-09-21 18:32", "Indian refiners trim Russian crude orders for October loading",
    ["Indian state refiners have cut their purchases of Russian crude for October loading by roughly a fifth from September levels, according to trade sources, after Washington warned of penalties on buyers of oil from sanctioned Russian companies."],
    "diplomacy", "diplomacy", 2, "indian-refiners-cut-russian-crude-2026-09-21", n="effect of sanctions -> diplomacy"),
  E("2026-09-21 15:15", "Russia claims capture of village near Kostiantynivka",
    ["Russia\u2019s defence ministry said on Monday that a village south-west of Kostiantynivka in the Donetsk region was now under the control of its forces. Ukraine\u2019s military did not comment on the claim."],
    "other", "frontline", 2, "russia-claims-village-near-kostiantynivka-2026-09-21"),
  E("2026-09-21 13:02", "Japan announces $500 million for Ukraine\u2019s energy repairs",
    ["Japan will provide about $500 million to help Ukraine repair power plants and substations damaged by Russian attacks, its foreign ministry said on Monday, describing it as winter preparedness aid.",
     "The package includes gas turbines and mobile transformers that Japanese manufacturers will deliver by December."],
    "aid", "aid", 3, "japan-energy-aid-2026-09-21"),
  E("2026-09-21 10:40", "Kremlin dismisses European idea of air truce as \u2018not serious\u2019",
    ["Kremlin spokesman Dmitry Peskov on Monday rejected a proposal floated by several European governments for a halt to long-range air strikes by both sides, saying it would only give Kyiv time to rearm."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-air-truce-idea-2026-09-21"),
  E("2026-09-21 08:05", "Ukraine\u2019s air force says it downed 86 of 104 drones overnight",
    ["Russia launched 104 attack and decoy drones at Ukraine overnight, of which 86 were shot down or jammed, Ukraine\u2019s air force said on Monday morning. Hits were recorded in the Sumy and Chernihiv regions."],
    "strikes", "strikes", 2, "overnight-drone-attack-2026-09-21"),
  ]))

# ---------------------------------------------------------------- 12203 News18
SEEDS.append(dict(
  id="12203", name="12203_news18-live", ext="txt", source="News18", zone=IST, render=r_news18,
  title="Russia-Ukraine War News LIVE Updates: Trump Meets Zelensky In New York, Says Ceasefire \u2018Closer Than Ever\u2019",
  byline="Ritika Dhawan", place="New York, United States of America", first_published="2026-09-23 09:05",
  location="New York, United States of America", crumb="Russia-Ukraine War News LIVE Updates",
  lede="Russia Ukraine War News LIVE Updates: Follow News18 for the latest on the war, as world leaders gather in New York for the UN General Assembly.",
  basis="stamp line '{s}' above the update (date, 24-hour clock and IST printed); local {d} in {z}",
  notes="Imitates a News18 live blog as copied from the browser. Page byline 'Curated By: Ritika Dhawan' (no per-update names), so author = that name for every update. 'Last Updated:' line under the byline; 'Location :' and 'First Published:' lines at the end. Updates newest first: 'September 23, 2026 22:05 IST' on its own line, then the headline, which carries the blog's running label 'Russia Ukraine War LIVE: ' (kept, as printed), then the body. The oldest update is a 'Watch:' video teaser with no text (label before 'Watch:'). The NATO/Estonia airspace item is other/security.",
  not_entries=["'News18' logo and 'LIVE TV'", "navigation menu", "breadcrumb 'Home » World'", "page headline (page title)", "'Curated By: Ritika Dhawan' (page byline)",
               "'Last Updated: ...' line", "place line 'New York, United States of America'", "standfirst 'Russia Ukraine War News LIVE Updates: Follow News18 ...' (page lede)",
               "'Follow Us'", "WhatsApp promo after the second update", "'Advertisement' after the fifth update", "'Location : ...' and 'First Published: ...' lines",
               "breadcrumb-style footer 'News world » ...'", "'Read More'", "Network18 sites line", "footer links"],
  entries=[
  E("2026-09-23 22:05", "Russia Ukraine War LIVE: Trump Calls Meeting With Zelensky \u2018Very Productive\u2019",
    ["US President Donald Trump said his meeting with Ukrainian President Volodymyr Zelensky on the sidelines of the UN General Assembly was \u201cvery productive\u201d and that a ceasefire was \u201ccloser than ever\u201d, without giving details.",
     "Zelensky said the two leaders discussed air defence deliveries and a possible summit format that would include Russia."],
    "diplomacy", "diplomacy", 3, "trump-zelensky-unga-meeting-2026-09-23", a="Ritika Dhawan"),
  E("2026-09-23 20:40", "Russia Ukraine War LIVE: Drone Attack On Kyiv Injures Four, Damages Apartment Block",
    ["A Russian drone struck the upper floors of a 16-storey apartment building in Kyiv\u2019s Obolon district, injuring four people, the head of the city military administration said."],
    "strikes", "strikes", 2, "kyiv-obolon-drone-strike-2026-09-23", a="Ritika Dhawan"),
  E("2026-09-23 18:15", "Russia Ukraine War LIVE: Jaishankar Meets Ukraine\u2019s Foreign Minister Sybiha In New York",
    ["External Affairs Minister S Jaishankar met Ukrainian Foreign Minister Andrii Sybiha on the sidelines of the UN General Assembly and discussed the situation in Ukraine and bilateral trade, the MEA said."],
    "diplomacy", "diplomacy", 2, "jaishankar-sybiha-meeting-2026-09-23", a="Ritika Dhawan"),
  E("2026-09-23 15:30", "Russia Ukraine War LIVE: Ukrainian Drone Hits Belgorod Substation, Thousands Without Power",
    ["A Ukrainian drone attack damaged an electricity substation in Russia\u2019s Belgorod region, leaving about 20,000 residents without power, Governor Vyacheslav Gladkov said."],
    "strikes", "strikes", 2, "belgorod-substation-drone-strike-2026-09-23", a="Ritika Dhawan"),
  E("2026-09-23 13:10", "Russia Ukraine War LIVE: Three Civilians Killed In Russian Shelling Of Nikopol",
    ["Russian artillery shelled the town of Nikopol, across the Dnipro river from the occupied Zaporizhzhia nuclear plant, killing three civilians and wounding six, the regional governor said."],
    "strikes", "strikes", 3, "nikopol-shelling-2026-09-23", a="Ritika Dhawan"),
  E("2026-09-23 11:45", "Russia Ukraine War LIVE: NATO Says Russian Jets Violated Estonian Airspace For 8 Minutes",
    ["NATO said two Russian Su-30 fighter jets entered Estonian airspace over the Gulf of Finland for about eight minutes before being escorted out by Italian F-35s on air policing duty."],
    "other", "security", 2, "estonia-airspace-violation-2026-09-23", a="Ritika Dhawan"),
  E("2026-09-23 09:20", "Russia Ukraine War LIVE: Watch: Zelensky Arrives At UN Headquarters For General Debate", [],
    "diplomacy", "diplomacy", 1, "zelensky-at-unga-general-debate-2026-09-23", a="Ritika Dhawan", n="video teaser ('Watch:' after the blog label), no text body"),
  ]))

# ---------------------------------------------------------------- 12204 WION
SEEDS.append(dict(
  id="12204", name="12204_wion-worldrss", ext="xml", source="WION", zone=IST, render=r_wion,
  title="WION - World",
  basis="RSS pubDate '{s}' (explicit +0530 offset); local {d} in {z}",
  notes="Imitates WION's world section RSS 2.0 feed: pubDate with +0530, plain-text one-paragraph description, dc:creator (a named writer or the desk 'WION Web Team'), media:content thumbnail. Newest first. Author = the named writer; 'WION Web Team' is a desk credit naming no person, so author null. Three of six items are off the war (Nepal floods, Australia-Indonesia treaty, Mumbai rain). The North Korean shells item is an arms transfer to Russia (aid, importance 3 as a major transfer).",
  not_entries=["channel title/link/description/language/lastBuildDate", "channel image block", "media:content thumbnails", "guid/link URLs"],
  entries=[
  E("2026-09-26 23:40", "Russia hits Lviv with drones and missiles; two killed, Poland scrambles jets",
    ["Two people were killed and 14 injured when Russian drones and missiles struck the western Ukrainian city of Lviv late on Saturday, regional governor Maksym Kozytskyi said, as Poland scrambled aircraft to protect its airspace."],
    "strikes", "strikes", 3, "lviv-drone-missile-strike-2026-09-26", a="Ishaan Kohli", by="Ishaan Kohli"),
  OFF("2026-09-26 21:15", "Floods in Nepal\u2019s Koshi province leave at least 38 dead",
    ["At least 38 people have died and dozens are missing after three days of heavy rain triggered floods and landslides in eastern Nepal, officials said on Saturday."],
    "nepal-koshi-floods-2026-09-26", a=None, n="Nepal floods; desk credit 'WION Web Team' -> author null", by="WION Web Team"),
  E("2026-09-26 18:02", "\u2018Not a single concession\u2019: Kremlin rejects Ukrainian proposal to freeze front line",
    ["The Kremlin on Saturday dismissed a Ukrainian proposal to freeze the fighting along the current front line as a first step towards talks, saying Russia\u2019s conditions for peace had not changed."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-front-line-freeze-2026-09-26", a="Ishaan Kohli", by="Ishaan Kohli"),
  OFF("2026-09-26 15:30", "Australia and Indonesia sign landmark security treaty",
    ["Australia and Indonesia signed a security treaty in Jakarta on Saturday committing the two neighbours to consult each other if either faces a threat to its security."],
    "australia-indonesia-security-treaty-2026-09-26", a=None, n="Asia-Pacific treaty; desk credit -> author null", by="WION Web Team"),
  E("2026-09-26 12:45", "North Korea shipped 2 million more shells to Russia this year, Seoul says",
    ["North Korea has sent about two million more artillery shells and dozens of short-range ballistic missiles to Russia since January, South Korea\u2019s intelligence service told lawmakers on Saturday."],
    "aid", "aid", 3, "north-korea-shells-to-russia-seoul-2026-09-26", a="Meher Anand", by="Meher Anand", n="arms transfer to Russia"),
  OFF("2026-09-26 09:10", "Heavy rain disrupts Mumbai suburban trains for second day",
    ["Suburban train services in Mumbai ran late for a second straight day on Saturday after heavy overnight rain flooded tracks in several low-lying stations, railway officials said."],
    "mumbai-rain-trains-2026-09-26", a=None, n="Mumbai weather; desk credit -> author null", by="WION Web Team"),
  ]))

# ---------------------------------------------------------------- 12205 India Today
SEEDS.append(dict(
  id="12205", name="12205_indiatoday-live", ext="html", source="India Today", zone=IST, render=r_indiatoday,
  title="Russia-Ukraine war LIVE updates, September 28: Kharkiv high-rise strike toll rises to 7",
  url="https://www.indiatoday.in/world/russia-ukraine-war/story/russia-ukraine-war-live-updates-kharkiv-strike-2793140-2026-09-28",
  published="2026-09-28 08:02", editor="Devika Bhattacharya",
  lede="A Russian missile struck a residential tower in Kharkiv on Monday, while Slovakia threatened to hold up new EU sanctions. Follow the latest updates here.",
  in_short=["Missile strike on Kharkiv tower kills seven", "More than 30 injured, including four children", "Slovakia threatens veto on EU sanctions"],
  caption="Rescuers at the site of the missile strike in Kharkiv. (Photo: Reuters)",
  basis="bare post time '{s}' with no date; the page's 'UPDATED: Sep 29, 2026 00:40 IST' and the newest-first order put the 12:32 AM post on 29 September (after local midnight) and every later-printed post on 28 September (title: 'September 28'); the JSON-LD update dates are the page's own publication time for every post and cannot be used; local {d} in {z}",
  notes="Imitates an India Today live blog (HTML). The LiveBlogPosting JSON-LD lists every post as a liveBlogUpdate, but each one carries the PAGE's datePublished (2026-09-28T08:02:00+05:30), so per-post times must come from the visible '12:32 AM IST' labels. Posts newest first; the top post (12:32 AM) is after local midnight, i.e. 29 September IST but still 28 September in UTC (19:02Z); all seven posts fall on UTC 2026-09-28. 'In Short' is India Today's three-bullet summary of the page (not a Key Points block of post headlines; its bullets are not headlines), so key_point is false everywhere. Each post ends 'Posted by NAME' (the author).",
  not_entries=["top network bar (Aaj Tak, Business Today, The Lallantop, Live TV, Magazine, Sign In)", "logo and menu", "breadcrumb", "'LIVE' kicker",
               "page headline (page title)", "highlight/standfirst under the headline (page lede)", "'In Short' box with three summary bullets",
               "'India Today World Desk' byline and 'Edited By: ...'", "'UPDATED: Sep 29, 2026 00:40 IST' line", "photo caption '(Photo: Reuters)'",
               "'Posted by NAME' lines (authors)", "'Also Read | ...' link after the third post", "'Advertisement' after the fifth post",
               "tags line", "'Published By:' and 'Published On:' lines", "footer copyright"],
  entries=[
  E("2026-09-29 00:32", "Explosions reported in Sevastopol as Ukraine targets naval base",
    ["Residents of Sevastopol in Russia-annexed Crimea reported several loud explosions late on Monday, and the Moscow-installed governor said air defences were repelling an attack on the city\u2019s bay area."],
    "strikes", "strikes", 2, "sevastopol-attack-2026-09-28", a="Sahil Verma", by="Sahil Verma"),
  E("2026-09-28 23:48", "Kharkiv high-rise strike: death toll rises to 7",
    ["The number of people killed in Monday\u2019s Russian missile strike on a residential tower in Kharkiv has risen to seven after rescuers pulled two more bodies from the rubble, Mayor Ihor Terekhov said.",
     "More than 30 people were injured, including four children."],
    "strikes", "strikes", 3, "kharkiv-high-rise-missile-strike-2026-09-28", a="Sahil Verma", by="Sahil Verma"),
  E("2026-09-28 21:30", "Slovakia\u2019s Fico threatens to block next EU sanctions package",
    ["Slovak Prime Minister Robert Fico said his government would not support a new round of EU sanctions on Russia unless Brussels dropped plans to phase out Russian gas imports faster."],
    "diplomacy", "diplomacy", 2, "fico-eu-sanctions-veto-threat-2026-09-28", a="Ananya Bhatt", by="Ananya Bhatt"),
  E("2026-09-28 18:15", "Russian missile hits Kharkiv residential tower, 4 killed",
    ["A Russian ballistic missile slammed into a 12-storey residential building in Kharkiv\u2019s Kyivskyi district on Monday afternoon, killing four people and injuring at least 25, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 3, "kharkiv-high-rise-missile-strike-2026-09-28", a="Ananya Bhatt", by="Ananya Bhatt"),
  E("2026-09-28 15:40", "India asks Russia to discharge remaining Indian nationals from its army",
    ["India has again asked Russia to release and send home its nationals still serving in the Russian armed forces, the Ministry of External Affairs said on Monday, putting the number at 16."],
    "diplomacy", "diplomacy", 2, "india-asks-russia-release-nationals-2026-09-28", a="Ananya Bhatt", by="Ananya Bhatt"),
  E("2026-09-28 12:20", "Ukrainian firms show off interceptor drones at Kyiv defence expo",
    ["Ukrainian manufacturers displayed a new generation of low-cost interceptor drones designed to hunt Russian Shaheds at a defence industry exhibition in Kyiv on Monday."],
    "other", "security", 2, "kyiv-defence-expo-interceptor-drones-2026-09-28", a="Rohan Kapoor", by="Rohan Kapoor"),
  E("2026-09-28 08:10", "Russia says it shot down 67 Ukrainian drones, 18 over Moscow region",
    ["Russia\u2019s defence ministry said its air defences destroyed 67 Ukrainian drones overnight, including 18 heading towards Moscow, and Moscow Mayor Sergei Sobyanin said flights at two airports were briefly suspended."],
    "strikes", "strikes", 2, "russia-downs-ukrainian-drones-moscow-2026-09-28", a="Rohan Kapoor", by="Rohan Kapoor"),
  ]))

# ---------------------------------------------------------------- 12206 Moneycontrol
SEEDS.append(dict(
  id="12206", name="12206_moneycontrol-world", ext="txt", source="Moneycontrol", zone=IST, render=r_moneycontrol,
  title="World News",
  basis="stamp line '{s}' printed above the headline (date, 12-hour clock and IST); local {d} in {z}",
  notes="Imitates Moneycontrol's 'World' news listing as copied from the browser: index ticker, breadcrumb, then cards newest first, each a stamp line 'October 01, 2026 / 10:48 PM IST' ABOVE the headline, then a one-paragraph teaser. No per-card author is printed, so author null. Two off-beat cards (gold prices, car sales). The Primorsk card leads with the strike (price move is the consequence) -> strikes.",
  not_entries=["logo 'moneycontrol' and login/PRO line", "navigation menu", "index ticker (Sensex, Nifty, Gold)", "breadcrumb 'Home » News » World'",
               "section heading 'World News' (page title)", "'ADVERTISEMENT' and the PRO promo after the third card", "pagination '1 2 3 4 5 Next »'",
               "'TRENDING NEWS' rail", "footer links and copyright"],
  entries=[
  E("2026-10-01 22:48", "Ukrainian drones hit Russia\u2019s Primorsk oil terminal; Brent jumps 2%",
    ["Ukrainian drones struck the Baltic Sea oil export terminal at Primorsk on Thursday, causing a fire at a loading berth, Russian regional officials said, and sending Brent crude up about 2% in European trade."],
    "strikes", "strikes", 2, "primorsk-oil-terminal-drone-strike-2026-10-01"),
  OFF("2026-10-01 20:30", "Gold hits record high as dollar weakens",
    ["Gold prices climbed to a fresh record on Thursday as the dollar weakened and traders raised bets on further interest rate cuts by the US Federal Reserve."],
    "gold-record-high-2026-10-01", n="commodity markets"),
  E("2026-10-01 17:55", "Russia plans record defence budget for 2027 as oil revenue falls",
    ["Russia\u2019s finance ministry submitted a draft budget for 2027 to parliament on Thursday that raises defence spending to a record level even as revenue from oil and gas exports keeps falling."],
    "other", "politics", 2, "russia-2027-defence-budget-2026-10-01"),
  E("2026-10-01 14:20", "EU releases first \u20ac10 billion tranche of loan backed by frozen Russian assets",
    ["The European Commission on Thursday disbursed the first \u20ac10 billion tranche of a loan to Ukraine financed by immobilised Russian central bank assets, Commission President Ursula von der Leyen said."],
    "aid", "aid", 3, "eu-frozen-assets-loan-first-tranche-2026-10-01"),
  OFF("2026-10-01 11:40", "Carmakers report strong September sales on festive demand",
    ["India\u2019s largest carmakers reported double-digit growth in September sales on Thursday as buyers brought forward purchases ahead of the festive season and lower tax rates took effect."],
    "india-car-sales-september-2026", n="Indian car sales"),
  E("2026-10-01 09:12", "Norway to fund $500 million of Ukraine\u2019s winter gas purchases",
    ["Norway will provide $500 million to help Ukraine import natural gas for the coming winter after Russian strikes knocked out much of its domestic production, the Norwegian government said on Thursday."],
    "aid", "aid", 3, "norway-ukraine-gas-funding-2026-10-01"),
  ]))

# ---------------------------------------------------------------- 12207 The Quint
SEEDS.append(dict(
  id="12207", name="12207_thequint-roundup", ext="html", source="The Quint", zone=IST, render=r_quint,
  title="Russia-Ukraine War Day 1,684: Kharkiv Blackout After Strikes, 205 PoWs Swapped & Other Updates",
  url="https://www.thequint.com/news/world/russia-ukraine-war-day-1684-kharkiv-blackout-prisoner-swap",
  published="2026-10-04 20:42", byline="Aditi Varghese",
  lede="From overnight strikes on Kharkiv\u2019s power grid to a fresh prisoner exchange, here are the main developments from the war on Sunday.",
  caption="Image used for representational purposes. (Photo: Reuters/Altered by The Quint)",
  appeal="(The Quint is reader-supported. Become a member to help us keep asking questions.)",
  basis="no per-section time: every section takes the article's 'Published: 04 Oct 2026, 8:42 PM IST' line (NewsArticle JSON-LD datePublished agrees); local {d} in {z}",
  notes="Imitates a Quint (Quintype CMS) day round-up article: NewsArticle JSON-LD, section tag, h1, subheadline, author 'Aditi Varghese', 'Published: 04 Oct 2026, 8:42 PM IST', photo credit '(Photo: Reuters/Altered by The Quint)', five h2 sections with no time of their own, an 'Also Read' link, a membership appeal in brackets and a topics line. Each h2 section is one entry (headline = the h2), stamp null, published = the article time, author = the page byline. Day 1,684 of the war = 4 October 2026. The India section is the MEA's own statement (separate story from the exchange).",
  not_entries=["logo, menu, 'Become a Member' / 'Login'", "section tag 'World'", "page headline (page title)", "subheadline (page lede)",
               "author line 'Aditi Varghese' (page byline)", "'Published: 04 Oct 2026, 8:42 PM IST' and '3 min read'", "photo caption/credit '(Photo: Reuters/Altered by The Quint)'",
               "'Also Read:' link after the second section", "membership appeal '(The Quint is reader-supported. ...)'", "'Topics:' line", "footer"],
  entries=[
  E("2026-10-04 20:42", "Kharkiv Plunged Into Darkness",
    ["Russian drones and missiles struck energy facilities in and around Kharkiv overnight, killing one worker at a thermal power plant and leaving about 400,000 homes without electricity, the city\u2019s mayor said.",
     "Repair crews had restored power to roughly half of the affected homes by Sunday evening."],
    "strikes", "strikes", 3, "kharkiv-energy-strike-2026-10-04", a="Aditi Varghese"),
  E("2026-10-04 20:42", "205 Prisoners Return Home",
    ["Ukraine and Russia each released 205 prisoners of war on Sunday in an exchange mediated by the United Arab Emirates, Zelensky said, adding that some of the Ukrainians had been held since 2022."],
    "diplomacy", "diplomacy", 3, "uae-mediated-prisoner-exchange-205-2026-10-04", a="Aditi Varghese"),
  E("2026-10-04 20:42", "Zelensky Renews Push For Long-Range Missiles",
    ["In his nightly address, Zelensky urged the US to approve the transfer of long-range missiles, arguing that Ukraine needs to hit the airfields from which Russia launches its bombers."],
    "aid", "aid", 2, "zelensky-long-range-missile-appeal-2026-10-04", a="Aditi Varghese", sec=["diplomacy"]),
  E("2026-10-04 20:42", "Russia Claims Advance Near Huliaipole",
    ["Russia\u2019s defence ministry claimed its forces had captured two villages north of Huliaipole in the Zaporizhzhia region, a claim Ukraine\u2019s general staff described as exaggerated."],
    "other", "frontline", 2, "russia-claims-villages-near-huliaipole-2026-10-04", a="Aditi Varghese"),
  E("2026-10-04 20:42", "What India Said",
    ["Speaking in New Delhi, a spokesperson for the Ministry of External Affairs welcomed the prisoner exchange and said India would continue to support \u201call efforts for an early and lasting peace\u201d through dialogue."],
    "diplomacy", "diplomacy", 2, "india-mea-statement-on-ukraine-2026-10-04", a="Aditi Varghese",
    n="India's statement is its own story (reaction by a third party, not the exchange itself)"),
  ]))

# ---------------------------------------------------------------- 12208 Outlook India
SEEDS.append(dict(
  id="12208", name="12208_outlookindia-international", ext="txt", source="Outlook India", zone=IST, render=r_outlook,
  title="International", ref="2026-10-06 23:05",
  basis="relative stamp '{s}' counted back from the header clock 'Tue, Oct 06, 2026 | 11:05 PM' (no zone printed; Outlook's home zone IST); local {d} in {z}",
  notes="Imitates Outlook India's 'International' section as copied from the browser. The only absolute time is the header clock 'Tue, Oct 06, 2026 | 11:05 PM' (no zone printed; home zone Asia/Kolkata assumed). Cards newest first: headline, credit, relative time ('38 mins ago', '2 hrs ago'), teaser; every stamp is counted back from the header clock. Author = agency as printed (PTI, AP, Reuters); 'Outlook International Desk' is a desk credit -> null. Two off-beat cards (Mexico hurricane, Nobel physics prize). The Chernihiv attack was a separate morning strike, not the overnight wave of the 13-hrs-ago card.",
  not_entries=["masthead 'OUTLOOK' and the header clock line (capture time, used as the anchor)", "Subscribe / Sign In", "navigation menu",
               "section heading 'International' (page title)", "'Advertisement' and newsletter sign-up after the fourth card", "'Load More'",
               "'Most Read' rail", "footer links and copyright"],
  entries=[
  E("2026-10-06 22:27", "Russian strike on Fastiv rail hub halts trains between Kyiv and the west",
    ["Kyiv, Oct 6 (AP) A Russian missile strike damaged tracks and a traction substation at the railway junction of Fastiv, southwest of Kyiv, on Tuesday evening, forcing Ukraine\u2019s state railway to reroute or delay more than 20 trains."],
    "strikes", "strikes", 2, "fastiv-rail-hub-strike-2026-10-06", a="PTI", by="PTI"),
  E("2026-10-06 21:05", "US Senate panel advances bill to tariff buyers of Russian oil",
    ["A US Senate committee on Tuesday advanced legislation that would let the president impose steep tariffs on countries that keep buying Russian oil, a measure that could affect India and China."],
    "diplomacy", "diplomacy", 2, "us-senate-russian-oil-tariff-bill-2026-10-06", a=None, by="Outlook International Desk", n="desk credit -> author null"),
  OFF("2026-10-06 19:05", "Hurricane weakens over Mexico\u2019s Sinaloa after landfall",
    ["A hurricane weakened to a tropical storm on Tuesday after coming ashore on Mexico\u2019s Pacific coast in Sinaloa state, where it toppled trees and flooded streets in Mazatl\u00e1n."],
    "mexico-sinaloa-hurricane-2026-10-06", a="AP", n="weather in Mexico", by="AP"),
  E("2026-10-06 17:05", "Zelensky, Erdogan discuss new round of talks in Istanbul",
    ["Ukrainian President Volodymyr Zelensky said on Tuesday he had discussed with Turkish President Tayyip Erdogan the possibility of a new round of peace talks with Russia in Istanbul, and thanked Ankara for its offer to host them."],
    "diplomacy", "diplomacy", 3, "zelensky-erdogan-istanbul-talks-2026-10-06", a="Reuters", by="Reuters"),
  OFF("2026-10-06 16:05", "Nobel Prize in Physics goes to three scientists for quantum sensing",
    ["Three physicists were awarded the Nobel Prize in Physics on Tuesday for work that led to ultra-precise quantum sensors, the Royal Swedish Academy of Sciences said."],
    "nobel-physics-prize-2026", a="AP", n="science prize", by="AP"),
  E("2026-10-06 13:05", "Russian drones hit Chernihiv energy site, one killed",
    ["A Russian drone attack on an energy facility in the northern Ukrainian city of Chernihiv killed one employee and cut power to parts of the city, the regional governor said on Tuesday."],
    "strikes", "strikes", 3, "chernihiv-energy-drone-strike-2026-10-06", a="Reuters", by="Reuters"),
  E("2026-10-06 10:05", "Ukraine says it downed 58 of 71 Russian drones overnight",
    ["Ukraine\u2019s air force said on Tuesday that Russia had attacked overnight with 71 drones and two Iskander-M ballistic missiles, and that air defences had brought down 58 of the drones."],
    "strikes", "strikes", 2, "overnight-drone-attack-2026-10-06", a="Reuters", by="Reuters"),
  ]))

# ---------------------------------------------------------------- 12209 The Week
SEEDS.append(dict(
  id="12209", name="12209_theweek-wirerss", ext="xml", source="The Week", zone="UTC", render=r_theweek,
  title="Wire Updates - International | THE WEEK",
  basis="RSS pubDate '{s}' (GMT printed); local {d} in {z}",
  notes="Imitates THE WEEK (India) 'Wire Updates - International' RSS 2.0 feed of PTI copy: pubDate in GMT, dc:creator 'PTI' on every item, description = the opening paragraph with its PTI dateline ('Kyiv, Oct 10 (AP) ...', kept in first_sentence). Newest first. Author = 'PTI' (agency credit). Two off-beat items (Sri Lanka polls, China exports). The 84-for-84 swap is treated as a big exchange (importance 3).",
  not_entries=["channel title/link/description/language/pubDate/copyright", "item link and guid URLs"],
  entries=[
  E("2026-10-10 19:42", "Russian strikes hit gas production sites in Ukraine\u2019s Poltava region",
    ["Kyiv, Oct 10 (AP) Russian missiles and drones struck gas production facilities in Ukraine\u2019s Poltava region on Saturday evening, the state energy company Naftogaz said, calling it the latest in a series of attacks on the country\u2019s gas infrastructure before winter."],
    "strikes", "strikes", 2, "poltava-gas-production-strike-2026-10-10", a="PTI", by="PTI"),
  OFF("2026-10-10 17:10", "Sri Lanka to hold long-delayed provincial council polls in March",
    ["Colombo, Oct 10 (PTI) Sri Lanka will hold elections to its nine provincial councils in March next year, the election commission announced on Saturday, ending a delay of more than seven years."],
    "sri-lanka-provincial-polls-2026-10-10", a="PTI", n="Sri Lankan elections", by="PTI"),
  E("2026-10-10 15:05", "Ukraine, Russia swap 84 prisoners each in UAE-mediated exchange",
    ["Kyiv, Oct 10 (AP) Ukraine and Russia exchanged 84 prisoners of war each on Saturday in a swap brokered by the United Arab Emirates, officials on both sides said."],
    "diplomacy", "diplomacy", 3, "uae-mediated-prisoner-exchange-84-2026-10-10", a="PTI", by="PTI"),
  E("2026-10-10 12:30", "Zelensky says serial production of Flamingo cruise missile has begun",
    ["Kyiv, Oct 10 (AP) President Volodymyr Zelensky said on Saturday that Ukraine had begun serial production of its Flamingo long-range cruise missile and expected to make several a day by the end of the year."],
    "other", "security", 2, "flamingo-missile-serial-production-2026-10-10", a="PTI", by="PTI"),
  OFF("2026-10-10 10:15", "China\u2019s exports beat forecasts as shipments to Europe rise",
    ["Beijing, Oct 10 (AP) China\u2019s exports grew faster than expected in September, official data showed on Saturday, as stronger sales to Europe and Southeast Asia offset a slump in shipments to the United States."],
    "china-exports-september-2026", a="PTI", n="Chinese trade data", by="PTI"),
  E("2026-10-10 07:40", "Russian glide bombs kill 2 in Sloviansk",
    ["Kyiv, Oct 10 (AP) Two people were killed and nine wounded when Russian aircraft dropped glide bombs on the eastern Ukrainian city of Sloviansk on Saturday morning, the regional governor said."],
    "strikes", "strikes", 3, "sloviansk-glide-bomb-strike-2026-10-10", a="PTI", by="PTI"),
  E("2026-10-10 05:05", "Russia says air defences destroyed 23 Ukrainian drones over Crimea",
    ["Moscow, Oct 10 (AP) Russia\u2019s defence ministry said on Saturday its air defences destroyed 23 Ukrainian drones over Crimea and the Sea of Azov overnight."],
    "strikes", "strikes", 2, "crimea-drones-downed-2026-10-10", a="PTI", by="PTI"),
  ]))


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2026-10-16 (UTC), day 2 = 2026-10-17, day 3 = 2026-11-07.
KREM = "kremenchuk-missile-strike-2026-10-16"
GERM = "germany-iris-t-package-2026-10-16"
SARATOV = "saratov-refinery-drone-strike-2026-10-16"
KTALK = "kremlin-no-talks-this-year-2026-10-16"
GAP = "analysis-central-ukraine-missile-defence-gap"
GAP_H = "Analysis: Why central Ukraine keeps running short of missile defence"
GAP_P = ["Cities such as Kremenchuk, Poltava and Kropyvnytskyi sit hundreds of kilometres from the front, yet they are within easy reach of Russian ballistic missiles fired from across the border.",
         "Ukraine\u2019s few Patriot batteries, the only systems in its arsenal that reliably stop such missiles, are mostly kept around Kyiv and the big industrial centres of the east, leaving mid-sized cities to rely on warnings and shelters.",
         "Officials in Kyiv say more batteries are coming from Germany and other allies, but each one needs hundreds of interceptors a year, and Western production still lags far behind demand."]

# ---------------------------------------------------------------- 12220 Harrowfield Gazette (day 1)
SEEDS.append(dict(
  id="12220", name="12220_harrowfield-textlive", ext="txt", source="Harrowfield Gazette", zone="Europe/London", render=r_harrowfield,
  title="Russia-Ukraine war live: nine dead in Kremenchuk missile strike; Germany pledges more air defence",
  dateline="Friday 16 October 2026",
  lede="Ballistic missiles hit a residential district of the central Ukrainian city; Berlin announces a \u20ac1.4bn package; drones set a Saratov refinery alight.",
  basis="stamp '{s}' (UK time, BST = UTC+1, printed) under the headline; day from the dateline 'Friday 16 October 2026'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. A 'Key Points' block lists two post headlines (key_point true for those two). Each post: headline, then a '9.10pm BST' line, then body, then a 'By NAME' signature (author). 12220-02 is a 'Watch:' teaser whose only content is a '[Video, 0:48]' placeholder (no text body; spelling 'Kremenchug'). 12220-03 is a theme piece (analysis of missile-defence gaps) that mentions Kremenchuk but is its own story; it is re-posted verbatim by 12232 on day 2.",
  not_entries=["masthead and section menu", "'LIVE' label", "page title and dateline 'Friday 16 October 2026'", "standfirst/lede line",
               "'Key Points' header and its two lines (pointers to posts 12220-01 and 12220-04)", "'All updates' label", "'[Video, 0:48]' placeholder in the teaser post",
               "'By NAME' signature lines (authors, not body)", "newsletter promo after the third post", "'Show earlier updates'", "footer line"],
  entries=[
  E("2026-10-16 21:10", "Kremenchuk toll rises to nine as search ends",
    ["Rescue teams in Kremenchuk have finished searching the ruins of the apartment block hit this morning, and the death toll now stands at nine, the city\u2019s mayor, Vitaliy Maletskyi, said in a video statement.",
     "Forty people were injured, 11 of whom remain in hospital in a serious condition. Maletskyi said the city would announce funeral arrangements on Saturday."],
    "strikes", "strikes", 3, KREM, a="Tamsin Kell", kp=True, n="toll 9 dead, 40 injured"),
  E("2026-10-16 19:45", "Watch: Smoke over Kremenchug hours after the missile strike", [],
    "strikes", "strikes", 1, KREM, n="teaser without text body (video placeholder only); spelling 'Kremenchug'"),
  E("2026-10-16 17:30", GAP_H, GAP_P, "aid", "aid", 2, GAP, a="Declan Aske", sec=["strikes"],
    n="theme piece (analysis of air-defence gaps; mentions Kremenchuk); its own story: must not merge with the Kremenchuk strike"),
  E("2026-10-16 15:05", "Germany pledges two more IRIS-T systems in \u20ac1.4bn package",
    ["German defence minister Boris Pistorius, on an unannounced visit to Kyiv, said Berlin would deliver two more IRIS-T SLM air-defence systems and several hundred missiles for them as part of a \u20ac1.4bn package.",
     "He said the first of the two systems would arrive before the end of the year."],
    "aid", "aid", 3, GERM, a="Tamsin Kell", kp=True, n="same aid theme as the analysis piece, other story"),
  E("2026-10-16 12:40", "Kremlin rules out new talks before the end of the year",
    ["Kremlin spokesman Dmitry Peskov said there were \u201cno plans\u201d for a new round of negotiations with Ukraine this year, blaming Kyiv\u2019s European backers for what he called a lack of realism."],
    "diplomacy", "diplomacy", 3, KTALK, a="Declan Aske"),
  E("2026-10-16 10:15", "Drones set Saratov refinery alight, governor says",
    ["Ukrainian drones struck an oil refinery in the Russian city of Saratov overnight, starting a fire that took several hours to put out, the regional governor said on Telegram. He reported no casualties."],
    "strikes", "strikes", 3, SARATOV, a="Tamsin Kell", n="other strike (Ukraine on Russia), same day: must not merge with Kremenchuk"),
  E("2026-10-16 07:55", "Russian missiles hit Kremenchuk, at least three dead",
    ["At least three people were killed and 14 injured when Russian ballistic missiles struck Kremenchuk in central Ukraine at about 6.40am local time, regional officials said.",
     "One missile hit a five-storey apartment block close to the city\u2019s bus station; the target of a second was not yet clear."],
    "strikes", "strikes", 3, KREM, a="Tamsin Kell", n="toll 3 dead, 14 injured"),
  ]))

# ---------------------------------------------------------------- 12221 Penmarrow Times (day 1)
SEEDS.append(dict(
  id="12221", name="12221_penmarrow-ldlive", ext="html", source="Penmarrow Times", zone="Europe/Kyiv", render=r_penmarrow,
  title="War in Ukraine: live updates, 16 October", url="https://penmarrow-times.example/live/war-2026-10-16",
  lede="Missile strike on Kremenchuk, German defence minister in Kyiv, parliament votes on martial law.",
  tznote="All times are Kyiv time.",
  basis="visible stamp '{s}' (day.month.year, 24-hour clock; the page says 'All times are Kyiv time', EEST = UTC+3; the LiveBlogPosting JSON-LD gives the same instant with +03:00); local {d} in {z}",
  notes="Invented outlet. HTML live blog, OLDEST first, with LiveBlogPosting JSON-LD whose liveBlogUpdate items carry per-post datePublished (+03:00) and author arrays. Visible stamp '16.10.2026, 06:10' in <time datetime>, headline, body, 'Author: NAME'. 12221-01 is an overnight drone strike on a gas site in the same Poltava region as Kremenchuk: a different strike, must not merge. 12221-05 repeats 12221-04 nearly verbatim (same headline, three words added). 12221-06 (Zelensky on the missile count) is a reaction whose content is the attack itself, so it shares the Kremenchuk story.",
  not_entries=["header brand and menu", "page title", "standfirst", "'All times are Kyiv time.' note", "'Read also' box after the second post",
               "'Author: NAME' lines", "'Our live coverage continues tomorrow.'", "footer"],
  entries=[
  E("2026-10-16 06:10", "Overnight drones hit gas facility in Poltava region",
    ["Russian drones attacked a gas production facility in the Poltava region overnight, causing a fire that crews contained by dawn, according to the regional administration, which reported no injuries.",
     "The region\u2019s energy sites have been targeted repeatedly since the start of the autumn."],
    "strikes", "strikes", 2, "poltava-region-gas-facility-drone-strike-2026-10-16", a="Olha Brandt",
    n="same region as Kremenchuk (Poltava oblast) but another strike (overnight drones on a gas site, before the missile attack): must not merge"),
  E("2026-10-16 07:25", "Explosions in Kremenchuk after ballistic missile warning",
    ["Several powerful explosions were heard in Kremenchuk minutes after the air force warned of ballistic missiles heading for the Poltava region, local media reported.",
     "Mayor Vitaliy Maletskyi said there were hits in a residential area and urged residents to stay in shelters."],
    "strikes", "strikes", 3, KREM, a="Olha Brandt", n="first report, no toll yet"),
  E("2026-10-16 10:40", "Seven dead in Kremenchuk as rescuers search collapsed building",
    ["The death toll from the morning missile strike on Kremenchuk has risen to seven, including a 12-year-old girl, the State Emergency Service said.",
     "Rescuers are working through the collapsed section of the apartment block near the bus station, where several residents are believed to be trapped."],
    "strikes", "strikes", 3, KREM, a="Marek Sowter", n="toll 7"),
  E("2026-10-16 12:15", "Pistorius in Kyiv: Germany to send two more IRIS-T systems",
    ["German Defence Minister Boris Pistorius, who arrived in Kyiv by train this morning, announced that Germany would supply two additional IRIS-T SLM air-defence systems as part of a package worth \u20ac1.4bn.",
     "The package also includes missiles for systems already in Ukraine and funding for Ukrainian-made long-range drones."],
    "aid", "aid", 3, GERM, a="Olha Brandt"),
  E("2026-10-16 14:30", "Pistorius in Kyiv: Germany to send two more IRIS-T systems",
    ["German Defence Minister Boris Pistorius, who arrived in Kyiv by train this morning, announced that Germany would supply two additional IRIS-T SLM air-defence systems as part of a package worth \u20ac1.4bn.",
     "The package also includes missiles for systems already in Ukraine and funding for Ukrainian-made long-range drones, he added."],
    "aid", "aid", 1, GERM, a="Olha Brandt", dup="12221-04", n="near-verbatim repeat of 12221-04"),
  E("2026-10-16 16:05", "Zelensky: Russia fired six ballistic missiles at Kremenchuk",
    ["President Volodymyr Zelensky said Russia had fired six Iskander-M ballistic missiles at Kremenchuk and that two had been shot down, calling the attack \u201cdeliberate terror against a peaceful city\u201d.",
     "He repeated his appeal to allies for more Patriot systems to protect cities in central Ukraine."],
    "strikes", "strikes", 3, KREM, a="Marek Sowter", sec=["aid"], n="reaction whose content is the attack itself -> same story"),
  E("2026-10-16 19:20", "Parliament extends martial law and mobilisation by 90 days",
    ["Ukraine\u2019s parliament voted to extend martial law and general mobilisation for another 90 days, until mid-February, with 318 lawmakers in favour."],
    "other", "politics", 2, "ukraine-martial-law-extension-2026-10-16"),
  ]))

# ---------------------------------------------------------------- 12222 Tarrock World Service (day 1, world feed)
SEEDS.append(dict(
  id="12222", name="12222_tarrock-worldrss", ext="xml", source="Tarrock World Service", zone="UTC", render=r_rss, rfc="GMT",
  title="Tarrock World Service \u2013 World news", url="https://news.tarrock-world.example", guid="tarrock-world",
  lede="The latest world news from Tarrock World Service.",
  basis="RSS pubDate '{s}' (GMT); local {d} in {z}",
  notes="Invented outlet. General world RSS 2.0 feed, newest first, pubDate in GMT, CDATA paragraphs; dc:creator only on some items. Four of six items are off the war (IMF outlook, Bangladesh cyclone, Iceland eruption, ESA launch delay). The Kremenchuk item spells the city 'Kremenchug'.",
  not_entries=["channel title/link/description/language", "item link/guid/category"],
  entries=[
  OFF("2026-10-16 21:30", "IMF trims global growth forecast, warns of trade frictions",
    ["The International Monetary Fund lowered its forecast for global growth next year to 2.9%, saying higher tariffs and weaker investment were weighing on output in most large economies."],
    "imf-global-growth-forecast-2026-10", n="world economy", cat="Business"),
  OFF("2026-10-16 19:05", "Cyclone batters Bangladesh coast as thousands shelter",
    ["A severe cyclone made landfall on Bangladesh\u2019s southern coast on Friday evening, flattening homes and forcing more than 300,000 people into storm shelters, officials said."],
    "bangladesh-cyclone-2026-10-16", n="weather in South Asia", cat="Asia"),
  E("2026-10-16 16:40", "Russian missile strike on Kremenchug kills seven",
    ["At least seven people were killed and 31 wounded when Russian missiles struck the central Ukrainian city of Kremenchug on Friday morning, Ukrainian officials said.",
     "Most of the victims were in a residential building near the city\u2019s bus station. Russia\u2019s defence ministry said it had hit a plant repairing military vehicles."],
    "strikes", "strikes", 3, KREM, a="Rafael Ostrow", n="toll 7 dead, 31 injured; spelling 'Kremenchug'", cat="Europe"),
  E("2026-10-16 13:15", "Fire at Saratov refinery after drone attack",
    ["A Ukrainian drone attack caused a fire at an oil refinery in the southern Russian city of Saratov overnight, local authorities said, the third strike on the plant since August."],
    "strikes", "strikes", 3, SARATOV, cat="Europe"),
  OFF("2026-10-16 10:50", "Volcano erupts again on Iceland\u2019s Reykjanes peninsula",
    ["A volcanic fissure opened on Iceland\u2019s Reykjanes peninsula early on Friday, sending lava towards defensive walls built around the fishing town of Grindavik, the Icelandic Met Office said."],
    "iceland-reykjanes-eruption-2026-10-16", n="volcano in Iceland", cat="Europe"),
  OFF("2026-10-16 08:20", "European Space Agency postpones satellite launch",
    ["The European Space Agency delayed the planned launch of an Earth-observation satellite from French Guiana by at least 48 hours after engineers detected a fault in a ground sensor."],
    "esa-launch-delay-2026-10-16", n="space", cat="Science"),
  ]))

# ---------------------------------------------------------------- 12223 Ellesby Standard (day 1, article)
SEEDS.append(dict(
  id="12223", name="12223_ellesby-article", ext="txt", source="Ellesby Standard", zone="America/New_York", render=r_ellesby,
  title="Nine killed as Russian missiles strike Kremenchuk; Germany sends more air defenses",
  lede="A day of strikes and pledges in Russia\u2019s war in Ukraine.", byline="Harriet Quenby and Omar Saleem",
  dateline="Updated Oct. 16, 2026, 5:40 p.m. EDT",
  more="Our correspondents in Kyiv and Berlin contributed to this article. Read more of our coverage of the war in Ukraine.",
  basis="no per-section time: every section takes the article's 'Updated Oct. 16, 2026, 5:40 p.m. EDT' line (EDT = UTC-4); local {d} in {z}",
  notes="Invented outlet. Text article with four section headings (one entry each, headline = the heading), a two-name byline kept as one author string for every section, and one dated line 'Updated Oct. 16, 2026, 5:40 p.m. EDT' (21:40 UTC). Stamp null for every section. The last section's first sentence contains the initial 'Dmitri S. Peskov' (not a sentence end).",
  not_entries=["outlet name and section path", "page title", "standfirst", "byline 'By Harriet Quenby and Omar Saleem'", "'Updated ...' dateline",
               "'Gift this article   Share   Save'", "'Advertisement' / 'SKIP ADVERTISEMENT' after the second section", "closing contributors/more-coverage line", "footer"],
  entries=[
  E("2026-10-16 17:40", "A deadly morning in Kremenchuk",
    ["Russian ballistic missiles struck Kremenchuk, an industrial city on the Dnipro River in central Ukraine, early Friday, killing at least nine people and injuring 40, according to the city\u2019s mayor.",
     "Residents described being thrown from their beds as a missile tore through the upper floors of an apartment building near the main bus station. President Volodymyr Zelensky called the attack an act of terror."],
    "strikes", "strikes", 3, KREM, a="Harriet Quenby and Omar Saleem", n="toll 9 dead, 40 injured"),
  E("2026-10-16 17:40", "Berlin steps up air defense aid",
    ["Germany\u2019s defense minister, Boris Pistorius, announced in Kyiv that his country would provide two more IRIS-T air defense systems, part of a package he valued at 1.4 billion euros, or about $1.6 billion."],
    "aid", "aid", 3, GERM, a="Harriet Quenby and Omar Saleem"),
  E("2026-10-16 17:40", "Ukraine hits back at Russian oil",
    ["Ukrainian drones set fire to an oil refinery in Saratov, on the Volga River, overnight, Russian officials said, part of a campaign that Kyiv says is meant to starve Moscow of fuel revenue."],
    "strikes", "strikes", 3, SARATOV, a="Harriet Quenby and Omar Saleem"),
  E("2026-10-16 17:40", "Kremlin sees no talks this year",
    ["Dmitri S. Peskov, the Kremlin spokesman, told reporters that no new round of negotiations was planned before the end of the year. He said European governments were encouraging Kyiv to keep fighting."],
    "diplomacy", "diplomacy", 3, KTALK, a="Harriet Quenby and Omar Saleem"),
  ]))

# ---------------------------------------------------------------- Day 2 = 2026-10-17
NOVO = "novorossiysk-port-drone-attack-2026-10-17"
TURKEY = "turkey-offers-black-sea-shipping-talks-2026-10-17"
ODESA = "odesa-port-drone-strike-2026-10-17"

# ---------------------------------------------------------------- 12230 Caldermoor Post (day 2)
SEEDS.append(dict(
  id="12230", name="12230_caldermoor-htmllive", ext="html", source="Caldermoor Post", zone="Europe/Brussels", render=r_caldermoor,
  title="War in Ukraine, live: Novorossiysk oil terminal burns after Ukrainian drone attack",
  dateline="Saturday 17 October 2026", tznote="All times CEST (Brussels)",
  lede="Ukraine\u2019s sea and air drones set fire to Russia\u2019s main Black Sea oil terminal; Moscow promises a response; Turkey offers talks on shipping.",
  basis="bare stamp '{s}' (hours 'h' minutes) with the page note 'All times CEST (Brussels)' (UTC+2) and the dateline 'Saturday 17 October 2026'; local {d} in {z}",
  notes="Invented outlet. HTML live blog, newest first, no JSON-LD. Stamps in continental style '22h40' in a span above each h2, zone given once in the meta line 'Saturday 17 October 2026 \u2014 All times CEST (Brussels)'. Author name under the headline. 12230-02 is a 'Photos:' gallery teaser with no text ('Gallery \u2013 12 images' placeholder). 12230-05 (Kremlin calling the attack terrorism) is a reaction whose content is the attack: same story. 12230-04 (Russian drones on Odesa port) shares the 'port attacks' theme with Novorossiysk but is another event in the other direction: must not merge.",
  not_entries=["cookie/consent bar", "header and menu", "page title", "meta line 'Saturday 17 October 2026 \u2014 All times CEST (Brussels)'", "intro/lede",
               "author lines under the headlines", "'Gallery \u2013 12 images' placeholder in the photo teaser", "'Background' box after the third post",
               "link to yesterday's live blog", "footer"],
  entries=[
  E("2026-10-17 22:40", "Novorossiysk terminal fire extinguished after 15 hours",
    ["Firefighters in Novorossiysk put out the blaze at the Sheskharis oil terminal late on Saturday, about 15 hours after it was started by the Ukrainian drone attack, the port authority said.",
     "Regional officials now put the death toll at two: a terminal worker and a crew member of a tanker moored at one of the berths."],
    "strikes", "strikes", 3, NOVO, a="Lise Vandamme", n="toll 2"),
  E("2026-10-17 20:15", "Photos: Fire rages at Novorossiysk oil terminal", [],
    "strikes", "strikes", 1, NOVO, a="Lise Vandamme", n="photo teaser without text body"),
  E("2026-10-17 17:30", "Turkey offers to host talks on Black Sea shipping safety",
    ["Turkey is ready to host talks between Russia and Ukraine on keeping commercial shipping in the Black Sea out of the conflict, Foreign Minister Hakan Fidan said, after a week of attacks on ports on both sides."],
    "diplomacy", "diplomacy", 3, TURKEY, a="Pieter Goossens"),
  E("2026-10-17 14:05", "Russian drones hit Odesa port, grain silo damaged",
    ["Russian drones struck port facilities in Odesa on Saturday afternoon, damaging a grain silo and two trucks, the regional governor said. Two port workers were lightly injured."],
    "strikes", "strikes", 3, ODESA, a="Lise Vandamme", n="same theme (attacks on ports) but another event, other side: must not merge with Novorossiysk"),
  E("2026-10-17 11:20", "Kremlin calls Novorossiysk attack \u2018terrorism\u2019, vows response",
    ["Kremlin spokesman Dmitry Peskov described the overnight attack on Novorossiysk as an act of terrorism against civilian energy infrastructure and said Russia\u2019s response would follow."],
    "strikes", "strikes", 3, NOVO, a="Pieter Goossens", sec=["diplomacy"], n="official reaction whose content is the attack -> same story"),
  E("2026-10-17 08:05", "Ukrainian sea drones attack Novorossiysk port, one dead",
    ["Ukrainian naval and aerial drones attacked the Russian Black Sea port of Novorossiysk overnight, setting fire to the Sheskharis oil terminal and killing one worker, the governor of Russia\u2019s Krasnodar region said.",
     "Russia\u2019s defence ministry said it destroyed eight sea drones and 31 aerial drones over the Black Sea and the Krasnodar region."],
    "strikes", "strikes", 3, NOVO, a="Lise Vandamme", n="toll 1"),
  ]))

# ---------------------------------------------------------------- 12231 Kestrelbury News (day 2)
SEEDS.append(dict(
  id="12231", name="12231_kestrelbury-atom", ext="xml", source="Kestrelbury News", zone="Europe/Kyiv", render=r_atom,
  title="Kestrelbury News \u2014 Ukraine", url="https://kestrelbury-news.example/ukraine",
  lede="Reporting from Kyiv and the regions.",
  basis="Atom <published> '{s}' (explicit +03:00 offset, Kyiv summer time); local {d} in {z}",
  notes="Invented outlet. Atom 1.0 feed, newest first, <published> with +03:00, escaped-HTML content, per-entry <author>. 12231-02 continues day 1's Kremenchuk story with a new development (toll 12, day of mourning): same story slug as day 1, importance 3 (two day-2 seeds carry it). 12231-03 spells the port 'Novorossiisk'. 12231-05 (Tuapse refinery) is in the same Krasnodar region as Novorossiysk but another strike at another port: must not merge.",
  not_entries=["feed title/subtitle/links/id/updated", "entry link/id/updated"],
  entries=[
  E("2026-10-17 23:30", "Fidan: Turkey ready to host Black Sea shipping talks",
    ["Turkish Foreign Minister Hakan Fidan said Ankara had offered both Moscow and Kyiv a venue for talks on protecting merchant ships and ports in the Black Sea, and was waiting for their answers."],
    "diplomacy", "diplomacy", 3, TURKEY, a="Yusuf Kerrigan"),
  E("2026-10-17 19:10", "Kremenchuk mourns as death toll reaches 12",
    ["Kremenchuk observed a day of mourning on Saturday as two more of the wounded died in hospital, bringing the toll from Friday\u2019s Russian missile strike to 12, the city council said.",
     "Flags were lowered across the city and entertainment events were cancelled."],
    "strikes", "strikes", 3, KREM, a="Halyna Marsh", n="continuation of day-1 story with a new development (toll 12, day of mourning)"),
  E("2026-10-17 15:45", "Tanker damaged in Novorossiisk as Ukraine claims hit on oil terminal",
    ["Ukraine\u2019s military intelligence said its drones had hit the Sheskharis oil terminal in Novorossiisk and damaged a tanker loading crude there, in what it described as a strike on Russia\u2019s war financing.",
     "Russian officials said one worker had been killed and several others injured."],
    "strikes", "strikes", 3, NOVO, a="Yusuf Kerrigan", n="spelling 'Novorossiisk'"),
  E("2026-10-17 12:20", "Grid operator schedules power cuts in five regions",
    ["Ukraine\u2019s grid operator announced scheduled power cuts in five regions for Sunday, saying repairs to facilities damaged by recent Russian strikes would take several more days."],
    "other", "humanitarian", 2, "ukraine-scheduled-power-cuts-2026-10-17", a="Halyna Marsh", sec=["strikes"]),
  E("2026-10-17 09:05", "Drone debris starts fire at Tuapse refinery",
    ["Debris from a downed drone started a fire at the oil refinery in Tuapse, another Black Sea port in Russia\u2019s Krasnodar region, local officials said. The fire was put out within two hours and no one was injured."],
    "strikes", "strikes", 2, "tuapse-refinery-drone-fire-2026-10-17", a="Yusuf Kerrigan",
    n="same region (Krasnodar) as Novorossiysk but another strike at another port: must not merge"),
  ]))

# ---------------------------------------------------------------- 12232 Norhallow Tribune (day 2)
SEEDS.append(dict(
  id="12232", name="12232_norhallow-textlive", ext="txt", source="Norhallow Tribune", zone="Europe/London", render=r_norhallow,
  title="Ukraine war live: second death after Novorossiysk attack; Kremenchuk in mourning",
  dateline="Saturday 17 October 2026", byline_line="Live coverage by Rhian Ostby", tznote="All times BST",
  lede="Ukrainian drones hit Russia\u2019s Black Sea oil hub overnight; the toll from Friday\u2019s strike on Kremenchuk rises to 12.",
  basis="bare stamp '{s}' (12-hour clock) under the dateline 'Saturday 17 October 2026' with the note 'All times BST' (UTC+1); local {d} in {z}",
  notes="Invented outlet. Text live blog, OLDEST first; stamp line ('7.50am', '1.40pm') before each headline; page byline 'Live coverage by Rhian Ostby' is the author of every post except the syndicated one. 12232-02 re-posts day 1's analysis 12220-03 verbatim (same headline and text) with its own signature line 'By Declan Aske (Harrowfield Gazette)': importance 1, same story slug as day 1, duplicate_of null (duplicate_of is defined within a seed). 12232-03 is a theme piece (explainer on sea drones) that mentions the Novorossiysk attack but is its own story. 12232-06 repeats 12232-05 nearly verbatim ('on Saturday' added). 12232-04 continues day 1's Kremenchuk story (toll 12, day of mourning).",
  not_entries=["outlet name and menu", "page title", "dateline", "'Live coverage by Rhian Ostby' (page byline)", "'All times BST' note", "standfirst",
               "signature line 'By Declan Aske (Harrowfield Gazette)' under the syndicated post", "'Advertisement' after the fourth post",
               "closing line 'That\u2019s all from us today. ...'", "footer"],
  entries=[
  E("2026-10-17 07:50", "Ukrainian drones target Novorossiysk overnight",
    ["Russia\u2019s Black Sea port of Novorossiysk came under a prolonged attack by Ukrainian sea and air drones during the night, and a large fire is burning at its main oil terminal, according to local officials and videos posted by residents.",
     "One person was killed, the regional governor said."],
    "strikes", "strikes", 3, NOVO, a="Rhian Ostby", n="toll 1"),
  E("2026-10-17 09:30", GAP_H, GAP_P, "aid", "aid", 1, GAP, a="Declan Aske", sec=["strikes"], sig="By Declan Aske (Harrowfield Gazette)",
    n="re-post of day-1 entry 12220-03 (syndicated verbatim, same headline and text): importance 1, same story"),
  E("2026-10-17 11:15", "Explainer: How sea drones pushed Russia\u2019s fleet out of Crimea",
    ["Since 2022, Ukraine has used cheap uncrewed boats packed with explosives to sink or damage a string of Russian warships, forcing the Black Sea Fleet to move most of its vessels from Sevastopol to Novorossiysk.",
     "That move is why attacks on Novorossiysk, like the one overnight, carry weight beyond the oil terminal: the port is now the fleet\u2019s main base, and Ukraine is signalling that nowhere on the Black Sea is out of reach.",
     "Newer versions of the drones can carry missiles or launch aerial drones of their own, and some have shot down Russian helicopters."],
    "strikes", "strikes", 2, "explainer-ukraine-sea-drones-black-sea", a="Rhian Ostby",
    n="theme piece (explainer on sea drones; mentions the Novorossiysk attack): its own story, must not merge with the Novorossiysk attack"),
  E("2026-10-17 13:40", "Kremenchuk declares day of mourning as toll rises to 12",
    ["Two people injured in Friday\u2019s missile strike on Kremenchuk have died in hospital, raising the death toll to 12, and the city has declared Saturday a day of mourning, Mayor Vitaliy Maletskyi said."],
    "strikes", "strikes", 3, KREM, a="Rhian Ostby", n="continuation of day-1 story with a new development (toll 12, mourning)"),
  E("2026-10-17 15:05", "Second death confirmed after Novorossiysk attack",
    ["A sailor from a tanker berthed at the Sheskharis terminal has died of his burns, bringing the number of people killed in the Novorossiysk attack to two, Russian state media reported."],
    "strikes", "strikes", 3, NOVO, a="Rhian Ostby", n="toll 2"),
  E("2026-10-17 16:20", "Second death confirmed after Novorossiysk attack",
    ["A sailor from a tanker berthed at the Sheskharis terminal has died of his burns, bringing the number of people killed in the Novorossiysk attack to two, Russian state media reported on Saturday."],
    "strikes", "strikes", 1, NOVO, a="Rhian Ostby", dup="12232-05", n="near-verbatim repeat of 12232-05"),
  E("2026-10-17 18:45", "Starmer to chair \u2018coalition of the willing\u2019 call on Monday",
    ["Prime Minister Keir Starmer will chair a video call of the so-called coalition of the willing on Monday to discuss security guarantees for Ukraine and the protection of Black Sea shipping, Downing Street said."],
    "diplomacy", "diplomacy", 2, "starmer-coalition-of-the-willing-call-2026-10", a="Rhian Ostby"),
  ]))

# ---------------------------------------------------------------- 12233 Dunmarket Star (day 2, world feed)
SEEDS.append(dict(
  id="12233", name="12233_dunmarket-worldrss", ext="xml", source="Dunmarket Star", zone="America/New_York", render=r_rss, rfc="offset",
  title="Dunmarket Star | World", url="https://www.dunmarketstar.example", guid="dunmarket-star",
  lede="World news from the Dunmarket Star.",
  basis="RSS pubDate '{s}' (explicit -0400 offset, EDT); local {d} in {z}",
  notes="Invented outlet. General world RSS 2.0 feed, newest first, pubDate with -0400; dc:creator on some items. Four of six items are off the war (Jamaica storm, Ontario auto strike, Lima emergency, Philippine ferry).",
  not_entries=["channel title/link/description/language", "item link/guid/category"],
  entries=[
  OFF("2026-10-17 16:10", "Tropical storm drenches Jamaica, cutting power to thousands",
    ["A tropical storm dumped heavy rain on Jamaica on Saturday, causing flash floods in Kingston and knocking out power to about 90,000 customers, the island\u2019s utility said."],
    "jamaica-tropical-storm-2026-10-17", n="Caribbean weather", cat="Americas"),
  E("2026-10-17 13:25", "Ukraine says drones struck Russian oil port of Novorossiysk",
    ["Ukraine\u2019s military said Saturday it had hit the oil terminal at Novorossiysk, one of Russia\u2019s biggest export outlets, with a combination of naval and aerial drones. Russian officials said two people were killed."],
    "strikes", "strikes", 3, NOVO, a="Nell Arkwright", cat="Europe"),
  OFF("2026-10-17 11:00", "Ontario auto workers approve three-year deal, ending strike",
    ["Workers at an Ontario assembly plant voted Saturday to ratify a three-year contract that raises wages by 15% and ends a two-week strike, their union said."],
    "ontario-auto-strike-ends-2026-10-17", n="Canadian labour", cat="Americas"),
  E("2026-10-17 09:40", "Russian drones damage grain silo at Odesa port",
    ["Russian drones hit the port of Odesa on Saturday, damaging a grain silo and lightly injuring two workers, Ukraine\u2019s regional authorities said."],
    "strikes", "strikes", 3, ODESA, a="Nell Arkwright", n="must not merge with Novorossiysk (same port-attack theme, other event)", cat="Europe"),
  OFF("2026-10-17 07:15", "Peru extends state of emergency in Lima amid crime wave",
    ["Peru\u2019s government extended a state of emergency in the capital, Lima, for another 30 days on Saturday, keeping soldiers on the streets to back up police amid a wave of extortion-related killings."],
    "peru-lima-emergency-2026-10-17", n="Latin American crime", cat="Americas"),
  OFF("2026-10-17 04:05", "Dozens rescued after ferry sinks off central Philippines",
    ["Coast guard crews rescued 46 people after a passenger ferry sank in rough seas off the central Philippine island of Masbate early Saturday, officials said. Three people were still missing."],
    "philippines-ferry-sinking-2026-10-17", n="Asian maritime accident", cat="Asia"),
  ]))

# ---------------------------------------------------------------- Day 3 = 2026-11-07
LVIV = "overnight-missile-attack-lviv-2026-11-07"
ZAPO = "zaporizhzhia-drone-strike-car-2026-11-07"
EUAID = "eu-generators-transformers-winter-aid-2026-11-07"
ZWAR = "zelensky-warsaw-visit-announced-2026-11-07"

# ---------------------------------------------------------------- 12240 Saltrigg Observer (day 3, world feed)
SEEDS.append(dict(
  id="12240", name="12240_saltrigg-worldatom", ext="xml", source="Saltrigg Observer", zone="UTC", render=r_atom,
  title="Saltrigg Observer: World", url="https://saltrigg-observer.example/world",
  lede="International news from the Saltrigg Observer.",
  basis="Atom <published> '{s}' (UTC, 'Z'); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, newest first, <published> in UTC ('Z'), escaped-HTML content, <author> on some entries. Four of six entries are off the war (US Senate count, Indonesia quake, climate ministers in Antalya, Perth bushfire). The Zaporizhzhia drone strike is a separate daytime attack, not part of the overnight barrage on Lviv.",
  not_entries=["feed title/subtitle/links/id/updated", "entry link/id/updated"],
  entries=[
  E("2026-11-07 21:15", "Five dead in Lviv after overnight missile barrage",
    ["The death toll from Russia\u2019s overnight missile and drone attack on the western Ukrainian city of Lviv rose to five on Saturday evening, Mayor Andriy Sadovyi said, after a woman pulled from the rubble died in hospital."],
    "strikes", "strikes", 3, LVIV, a="Corin Aldous", n="toll 5"),
  OFF("2026-11-07 18:40", "Tight US Senate races still uncalled four days after midterms",
    ["Vote counting continued on Saturday in three Senate races that remain too close to call, leaving control of the chamber undecided four days after the US midterm elections."],
    "us-midterms-senate-count-2026-11-07", n="US elections"),
  OFF("2026-11-07 15:05", "Strong earthquake shakes eastern Indonesia; no tsunami threat",
    ["A magnitude 6.6 earthquake struck off the Indonesian province of Maluku on Saturday, damaging houses and a mosque, but the country\u2019s geophysics agency said there was no threat of a tsunami."],
    "indonesia-maluku-earthquake-2026-11-07", n="natural disaster"),
  E("2026-11-07 12:30", "Drone strike kills man in Zaporizhzhia",
    ["A Russian drone struck a car in Zaporizhzhia on Saturday afternoon, killing the driver and injuring three passers-by, the regional governor said."],
    "strikes", "strikes", 3, ZAPO, a="Corin Aldous", n="another deadly strike (daytime, other city): must not merge with the overnight attack on Lviv"),
  OFF("2026-11-07 09:50", "Ministers gather in Antalya ahead of UN climate summit",
    ["Environment ministers from more than 60 countries met in the Turkish resort of Antalya on Saturday to prepare the ground for this month\u2019s UN climate summit, with finance for poorer countries again the main sticking point."],
    "climate-ministers-antalya-2026-11-07", n="climate diplomacy"),
  OFF("2026-11-07 06:20", "Bushfire forces evacuations on Perth\u2019s outskirts",
    ["Hundreds of residents on the northern outskirts of Perth were told to leave their homes on Saturday as a fast-moving bushfire jumped containment lines in hot, windy weather."],
    "perth-bushfire-2026-11-07", n="Australian bushfire"),
  ]))

# ---------------------------------------------------------------- 12241 Tollmere Courier (day 3)
SEEDS.append(dict(
  id="12241", name="12241_tollmere-textlive", ext="txt", source="Tollmere Courier", zone="Europe/Kyiv", render=r_tollmere,
  title="Ukraine live: missiles hit Lviv in overnight barrage; EU promises winter energy help",
  dateline="Saturday 7 November", byline="Lena Marchetti and Piotr Havel", parse_args=["--date", "2026-11-07"],
  lede="Russia\u2019s largest attack on western Ukraine in weeks damages homes and a heating plant in Lviv.",
  basis="stamp '{s}' (24-hour Kyiv time, EET = UTC+2 in November) under the date line 'Saturday 7 November', which names no year (year from parse_args --date 2026-11-07; 7 November 2026 is a Saturday); local {d} in {z}",
  notes="Invented outlet. Text live blog, OLDEST first; stamp line '07:40 (Kyiv)' before each headline; date line 'Saturday 7 November' without a year anywhere on the page, hence parse_args --date 2026-11-07. Page byline 'By Lena Marchetti and Piotr Havel' is the author of every post (one string). 12241-02 is a 'Video:' teaser whose only content is a '\u25b6 Play video' control (no text body). 12241-03 is a theme piece (explainer on strikes against heating plants) that mentions Lviv but is its own story; it shares the winter-energy theme with the EU aid story 12241-05 without being the same event. 12241-06 repeats 12241-04 nearly verbatim ('remain' for 'are').",
  not_entries=["outlet name and menu", "page title", "date line 'Saturday 7 November'", "page byline", "standfirst", "'\u25b6 Play video' control in the teaser post",
               "membership appeal after the third post", "closing line 'Our live coverage will resume tomorrow morning.'", "footer"],
  entries=[
  E("2026-11-07 07:40", "Missiles strike Lviv during night-long attack; two dead",
    ["Russia attacked Lviv with cruise missiles and drones during the night, killing two people in a residential building in the Sykhiv district and damaging a combined heat and power plant, Mayor Andriy Sadovyi said.",
     "Air raid alerts lasted more than six hours across western Ukraine."],
    "strikes", "strikes", 3, LVIV, a="Lena Marchetti and Piotr Havel", n="toll 2"),
  E("2026-11-07 08:55", "Video: Lviv residents clear debris at dawn", [],
    "strikes", "strikes", 1, LVIV, a="Lena Marchetti and Piotr Havel", n="video teaser without text body"),
  E("2026-11-07 10:30", "Explainer: Why Russia aims at heating plants as winter arrives",
    ["Unlike large power stations, combined heat and power plants supply both electricity and hot water for radiators in whole districts, so a single hit can leave tens of thousands of flats cold.",
     "Ukraine\u2019s cities still rely on Soviet-era central heating networks, and damaged units can take months to repair because spare turbines are hard to find.",
     "Energy officials say Russia has struck such plants in at least eight cities since September, a pattern they believe is meant to make the winter unbearable for civilians."],
    "strikes", "strikes", 2, "explainer-russian-strikes-on-heating-plants", a="Lena Marchetti and Piotr Havel", sec=[],
    n="theme piece (explainer; mentions Lviv): its own story, must not merge with the Lviv attack nor with the EU winter aid"),
  E("2026-11-07 12:10", "Lviv toll rises to four; 60,000 homes without heating",
    ["Rescuers pulled two more bodies from the wrecked building in Sykhiv, bringing the death toll in Lviv to four, the regional administration said.",
     "About 60,000 households are without heating after the strike on the city\u2019s heat and power plant."],
    "strikes", "strikes", 3, LVIV, a="Lena Marchetti and Piotr Havel", n="toll 4"),
  E("2026-11-07 13:45", "EU to send 3,000 generators and transformers for winter",
    ["The European Union will send 3,000 generators and dozens of high-voltage transformers to Ukraine before the end of November, EU Energy Commissioner Dan Jorgensen said, calling it emergency help for the winter."],
    "aid", "aid", 3, EUAID, a="Lena Marchetti and Piotr Havel", n="same winter-energy theme as the explainer, other story"),
  E("2026-11-07 15:20", "Lviv toll rises to four; 60,000 homes without heating",
    ["Rescuers pulled two more bodies from the wrecked building in Sykhiv, bringing the death toll in Lviv to four, the regional administration said.",
     "About 60,000 households remain without heating after the strike on the city\u2019s heat and power plant."],
    "strikes", "strikes", 1, LVIV, a="Lena Marchetti and Piotr Havel", dup="12241-04", n="near-verbatim repeat of 12241-04"),
  E("2026-11-07 17:50", "Zelensky to visit Warsaw on Monday",
    ["President Volodymyr Zelensky will travel to Warsaw on Monday for talks with Polish President Karol Nawrocki on air defence and the protection of Poland\u2019s eastern border, his office said."],
    "diplomacy", "diplomacy", 3, ZWAR, a="Lena Marchetti and Piotr Havel"),
  ]))

# ---------------------------------------------------------------- 12242 Rookhaven Wire (day 3)
SEEDS.append(dict(
  id="12242", name="12242_rookhaven-rss", ext="xml", source="Rookhaven Wire", zone="Europe/Kyiv", render=r_rss, rfc="offset",
  title="Rookhaven Wire: Ukraine and Russia", url="https://rookhaven-wire.example", guid="rookhaven-wire",
  lede="Wire copy on the war in Ukraine.",
  basis="RSS pubDate '{s}' (explicit +0200 offset, Kyiv winter time); local {d} in {z}",
  notes="Invented outlet. RSS 2.0, newest first, pubDate with +0200, dc:creator on every item. 12242-01 spells the city 'Lvov'. 12242-06 (the air force's count of the overnight barrage, naming Lviv as hardest hit) is the same overnight attack as the Lviv entries. 12242-04's first sentence contains 'a.m.' and 'p.m.' inside the sentence.",
  not_entries=["channel title/link/description/language", "item link/guid/category"],
  entries=[
  E("2026-11-07 22:40", "Lvov strike: death toll climbs to five",
    ["The number of people killed in the overnight Russian strike on Lvov, in western Ukraine, has risen to five, the city\u2019s mayor said late on Saturday."],
    "strikes", "strikes", 3, LVIV, a="Arkady Venn", n="toll 5; spelling 'Lvov'"),
  E("2026-11-07 19:15", "EU pledges generators and transformers to keep Ukraine warm",
    ["The European Commission said it would deliver 3,000 power generators and about 40 transformers to Ukraine within weeks, as Russian strikes on the energy grid intensify before winter."],
    "aid", "aid", 3, EUAID, a="Sabine Orloff"),
  E("2026-11-07 16:50", "Zaporizhzhia drone strike kills one, injures three",
    ["A Russian drone hit a car on a street in Zaporizhzhia, killing its driver and wounding three people nearby, Governor Ivan Fedorov said."],
    "strikes", "strikes", 3, ZAPO, a="Arkady Venn", n="must not merge with the overnight Lviv attack (another deadly strike)"),
  E("2026-11-07 14:20", "Russia says it downed 41 Ukrainian drones over Bryansk and Kursk",
    ["Russia\u2019s defence ministry said its air defences destroyed 41 Ukrainian drones over the Bryansk and Kursk regions between 8 a.m. and 2 p.m. Moscow time."],
    "strikes", "strikes", 2, "russia-downs-drones-bryansk-kursk-2026-11-07", a="Sabine Orloff"),
  E("2026-11-07 11:05", "Ukraine and Russia exchange 150 prisoners each",
    ["Ukraine and Russia each released 150 prisoners of war on Saturday in an exchange mediated by the United Arab Emirates and Turkey, Ukraine\u2019s coordination headquarters said."],
    "diplomacy", "diplomacy", 3, "prisoner-exchange-150-2026-11-07", a="Arkady Venn"),
  E("2026-11-07 08:30", "Russia fired 420 drones and 38 missiles overnight, air force says",
    ["Russia launched 420 drones and 38 missiles at Ukraine overnight, mainly targeting energy facilities in the west, the air force said, adding that 371 drones and 30 missiles were shot down or jammed. Lviv was among the hardest-hit cities."],
    "strikes", "strikes", 3, LVIV, a="Sabine Orloff", n="the overnight barrage itself (same event as the Lviv strike)"),
  ]))

# ---------------------------------------------------------------- 12243 Blythemoor Echo (day 3)
SEEDS.append(dict(
  id="12243", name="12243_blythemoor-htmllive", ext="html", source="Blythemoor Echo", zone="Europe/London", render=r_blythemoor,
  title="Ukraine war: Lviv counts the cost of overnight strikes \u2013 live", url="https://blythemoor-echo.example/live/ukraine-lviv",
  dateline="Saturday 7 November 2026",
  lede="At least five people were killed in Lviv as Russia launched hundreds of drones and dozens of missiles at western Ukraine.",
  basis="visible stamp '{s}' (GMT printed = UTC in November) under the dateline 'Saturday 7 November 2026'; local {d} in {z}",
  notes="Invented outlet. HTML live blog, newest first. The LiveBlogPosting JSON-LD has liveBlogUpdate as a single object (only the latest post), so the other posts exist only in the HTML. Visible stamp '20:05 GMT' in <time datetime>, h3 headline, body, signature line (author). 12243-02 (drone on a gas site in Stryi district, afternoon) is in the same Lviv region as the overnight attack but another strike: must not merge. 12243-04 (energy ministry's count of hit energy sites, Lviv worst) and 12243-05 (first report, with Poland scrambling jets as part of the same report) belong to the overnight attack story.",
  not_entries=["header and menu", "page title", "dateline", "standfirst", "signature lines (authors)", "newsletter promo after the second post", "footer"],
  entries=[
  E("2026-11-07 20:05", "Lviv mayor: five dead, 70 buildings damaged",
    ["Lviv\u2019s mayor, Andriy Sadovyi, said five people had been killed and 70 buildings damaged in the city during the overnight attack, including two schools and a maternity clinic."],
    "strikes", "strikes", 3, LVIV, a="Niamh Corless", n="toll 5"),
  E("2026-11-07 17:20", "Drone hits gas facility in Stryi district",
    ["A Russian attack drone struck a gas facility in the Stryi district of the Lviv region on Saturday afternoon, Naftogaz said, causing a fire but no casualties.",
     "The hit came some 12 hours after the overnight missile attack on Lviv city, 65km to the north."],
    "strikes", "strikes", 2, "stryi-gas-facility-drone-strike-2026-11-07", a="Niamh Corless",
    n="same region (Lviv oblast) but another strike (afternoon drone on a gas site): must not merge with the overnight attack on Lviv"),
  E("2026-11-07 14:35", "Zelensky heads to Warsaw on Monday, air defence on agenda",
    ["Volodymyr Zelensky will meet Polish President Karol Nawrocki in Warsaw on Monday, with air defence cooperation and the use of Polish airspace to intercept drones on the agenda, the Ukrainian presidency said."],
    "diplomacy", "diplomacy", 3, ZWAR, a="Owain Tarrant"),
  E("2026-11-07 11:10", "Kyiv says 11 energy sites hit in overnight attack, Lviv worst affected",
    ["Ukraine\u2019s energy ministry said Russia hit 11 energy facilities across six regions overnight, with the most serious damage at the heat and power plant in Lviv, where emergency power cuts are in place."],
    "strikes", "strikes", 3, LVIV, a="Owain Tarrant"),
  E("2026-11-07 07:45", "Russia strikes western Ukraine; Poland scrambles jets",
    ["Russia attacked western Ukraine with missiles and drones overnight, hitting residential buildings and an energy plant in Lviv, where at least two people were killed, local officials said.",
     "Poland\u2019s operational command said it had scrambled fighter jets and put ground-based air defence on high alert as the attack unfolded near its border."],
    "strikes", "strikes", 3, LVIV, a="Niamh Corless", n="toll 2; Poland's scramble reported inside the same post"),
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
        print(f"{fn:40s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


if __name__ == "__main__":
    main()

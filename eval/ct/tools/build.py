#!/usr/bin/env python3
"""Builds the eval/ct seeds and gold files from one hand-written data table (below).
All news text is invented or paraphrased by the blind tester (2025 settings, invented details); Part B outlets are
invented. Deterministic. Run from the project root: python3 eval/ct/tools/build.py"""
import hashlib, html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBR = {"Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sgt", "Gov", "Sen", "Rep", "St", "Sept", "Aug", "Jan", "Feb", "Mar", "Apr",
        "Jun", "Jul", "Oct", "Nov", "Dec", "No", "U.S", "U.N", "U.K", "a.m", "p.m", "Jr", "Sr", "vs", "Inc", "Co", "Corp", "Maj",
        "Capt", "Adm", "Rev", "Prof"}


def E(t, h, p, top, sub, imp, st, a=None, by=None, sec=(), kp=False, dup=None, n=None):
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, by=by if by is not None else a, sec=list(sec), kp=kp,
                dup=dup, n=n)


def OFF(t, h, p, st, a=None, by=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, by=by, n="off-beat: " + n)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018(]|$)', par):
        if m.group(0)[0] == ".":
            w = re.search(r"([A-Za-z.]+)\.$", par[:m.start() + 1])
            if w and (w.group(1).rstrip(".") in ABBR or len(w.group(1).rstrip(".")) == 1):
                continue
        return par[:m.end()]
    return par


def esc(s):
    return html.escape(s, quote=False)


def dt(s, zone):
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space="", dots=False, pad=False):
    hh = d.hour % 12 or 12
    suf = ("a.m." if d.hour < 12 else "p.m.") if dots else ("am" if d.hour < 12 else "pm")
    hstr = f"{hh:02d}" if pad else f"{hh}"
    return f"{hstr}{sep}{d.minute:02d}{space}{suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower().replace("\u2019", "")).strip("-")[:70]


def hexid(s, n=32):
    return hashlib.md5(s.encode("utf-8")).hexdigest()[:n]


def uuid(s):
    h = hexid(s)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def rfc(d, off=None):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + (off if off else d.strftime("%z"))


def mdy_long(d):  # "Saturday, March 29, 2025"
    return f"{DAYS_EN[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}"


def curly(s):
    s = re.sub(r'(^|[\s(\u2014])"', "\\1\u201c", s)
    s = s.replace('"', "\u201d")
    return s.replace("'", "\u2019")


# ============================================================ Part A renderers (layouts of real outlets; no real wording)

def r_maui(S):  # The Maui News (Ogden Newspapers, WordPress): category RSS 2.0, pubDate +0000 with seconds, dc:creator CDATA, excerpt + content:encoded
    z = S["zone"]
    newest = max(dt(e["t"], z) for e in S["entries"]).astimezone(UTC)
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"',
           '\txmlns:content="http://purl.org/rss/1.0/modules/content/"', '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"',
           '\txmlns:dc="http://purl.org/dc/elements/1.1/"', '\txmlns:atom="http://www.w3.org/2005/Atom"',
           '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"', '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"', '\t>', '',
           '<channel>', f'\t<title>{esc(S["title"])}</title>',
           '\t<atom:link href="https://www.mauinews.com/news/world-news/feed/" rel="self" type="application/rss+xml" />',
           '\t<link>https://www.mauinews.com</link>', '\t<description></description>', f'\t<lastBuildDate>{rfc(newest, "+0000")}</lastBuildDate>',
           '\t<language>en-US</language>', '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>', '\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>',
           '\t<generator>https://wordpress.org/?v=6.7.1</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], z).astimezone(UTC); st = rfc(u, "+0000"); stamps.append(st)
        link = f"https://www.mauinews.com/news/world-news/{u:%Y/%m}/{slug(e['h'])}/"
        words = " ".join(e["p"]).split()
        excerpt = " ".join(words[:55]) + (" [&#8230;]" if len(words) > 55 else "")
        out += ['\t<item>', f'\t\t<title>{esc(e["h"])}</title>', f'\t\t<link>{link}</link>',
                f'\t\t<dc:creator><![CDATA[{e["by"]}]]></dc:creator>', f'\t\t<pubDate>{st}</pubDate>',
                '\t\t<category><![CDATA[World News]]></category>', f'\t\t<guid isPermaLink="false">https://www.mauinews.com/?p={912400 + 37 * i}</guid>',
                f'\t\t<description><![CDATA[{excerpt}]]></description>',
                '\t\t<content:encoded><![CDATA[' + "\n".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></content:encoded>', '\t</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def _oahu_head(title, site, host, extra=""):
    return ['<!DOCTYPE html>', '<html lang="en-US">', '<head>', '<meta charset="UTF-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">', f'<title>{esc(title)}</title>', extra, '</head>']


def r_htrib(S):  # Hawaii Tribune-Herald category listing (Oahu Publications WordPress theme); "By Associated Press | Today | Updated 6:42 a.m."
    z = S["zone"]; top = dt(S["masthead_t"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": "https://www.hawaiitribune-herald.com/category/nation-world-news/",
         "url": "https://www.hawaiitribune-herald.com/category/nation-world-news/", "name": "Nation & World News Archives | Hawaii Tribune-Herald",
         "isPartOf": {"@id": "https://www.hawaiitribune-herald.com/#website"},
         "breadcrumb": {"@id": "https://www.hawaiitribune-herald.com/category/nation-world-news/#breadcrumb"}, "inLanguage": "en-US"},
        {"@type": "BreadcrumbList", "@id": "https://www.hawaiitribune-herald.com/category/nation-world-news/#breadcrumb",
         "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Home", "item": "https://www.hawaiitribune-herald.com/"},
                             {"@type": "ListItem", "position": 2, "name": "Nation & World News"}]},
        {"@type": "WebSite", "@id": "https://www.hawaiitribune-herald.com/#website", "url": "https://www.hawaiitribune-herald.com/",
         "name": "Hawaii Tribune-Herald", "inLanguage": "en-US"}]}
    out = _oahu_head("Nation & World News | Hawaii Tribune-Herald", "", "",
                     '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld, ensure_ascii=False) + '</script>')
    out += ['<body class="archive category category-nation-world-news">',
            f'<div class="top-bar"><div class="today">{mdy_long(top)}</div><a href="/e-edition/">Today\u2019s Paper</a> '
            '<span class="wx">Hilo 74&deg;</span> <a href="/subscribe/">Subscribe</a> <a href="/my-account/">Log In</a></div>',
            '<header class="site-header"><a class="logo" href="/">Hawaii Tribune-Herald</a>',
            '<nav class="primary"><ul><li><a href="/category/local-news/">Local News</a></li><li><a href="/category/sports/">Sports</a></li>'
            '<li><a href="/category/nation-world-news/">Nation &amp; World News</a></li><li><a href="/category/business/">Business</a></li>'
            '<li><a href="/category/opinion/">Opinion</a></li><li><a href="/category/features/">Features</a></li><li><a href="/obituaries/">Obituaries</a></li>'
            '<li><a href="/classifieds/">Classifieds</a></li><li><a href="/weather/">Weather</a></li></ul></nav></header>',
            '<div id="content" class="container"><main class="col-main">', f'<h1 class="archive-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        day = "Today" if d.date() == top.date() else ("Yesterday" if d.date() == top.date() - timedelta(days=1) else f"{MONTHS[d.month - 1]} {d.day}, {d.year}")
        st = f"{day} | Updated {ampm(d, space=' ', dots=True)}"; stamps.append(st)
        href = f"https://www.hawaiitribune-herald.com/{d:%Y/%m/%d}/nation-world-news/{slug(e['h'])}/"
        out += ['<article class="post type-post category-nation-world-news">',
                f'<h2 class="entry-title"><a href="{href}" rel="bookmark">{esc(e["h"])}</a></h2>',
                f'<div class="entry-meta">By {esc(e["by"])} | {st}</div>',
                '<div class="entry-summary">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + '</div>', '</article>']
        if i == 2:
            out.append('<div class="ad-slot"><span>Advertisement</span></div>')
    out += ['<div class="pagination"><a class="next" href="/category/nation-world-news/page/2/">Load More</a></div></main>',
            '<aside class="sidebar"><section class="newsletter"><h3>Get the latest news by email</h3><form><input type="email" placeholder="Email address"> '
            '<button>Sign Up</button></form></section>',
            '<section class="most-popular"><h3>Most Popular</h3><ol><li><a href="/l1">County council takes up vacation rental bill</a></li>'
            '<li><a href="/l2">Vulcans drop conference opener on the road</a></li><li><a href="/l3">Coffee berry borer survey expands to Hamakua</a></li></ol></section></aside></div>',
            '<footer class="site-footer"><p>Hawaii Tribune-Herald &middot; Hilo, Hawaii</p><p><a href="/about/">About Us</a> | '
            '<a href="/contact/">Contact Us</a> | <a href="/privacy-policy/">Privacy Policy</a> | <a href="/terms/">Terms of Service</a></p>'
            '<p>&copy; 2025 Oahu Publications, Inc. All rights reserved.</p></footer>', '</body>', '</html>']
    return "\n".join(l for l in out if l) + "\n", stamps


def r_wht(S):  # West Hawaii Today wire article with sub-heads; "By Associated Press | Monday, June 16, 2025, 12:05 a.m."; NewsArticle JSON-LD
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    dl = f"{mdy_long(d0)}, {ampm(d0, space=' ', dots=True)}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(),
          "dateModified": (d0 + timedelta(minutes=4)).isoformat(), "articleSection": "Nation & World News",
          "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "West Hawaii Today", "logo": {"@type": "ImageObject", "url": "https://www.westhawaiitoday.com/wp-content/themes/wht/img/logo.png"}},
          "mainEntityOfPage": "https://www.westhawaiitoday.com/" + d0.strftime("%Y/%m/%d") + "/nation-world-news/" + slug(S["title"]) + "/"}
    out = _oahu_head(S["title"] + " | West Hawaii Today", "", "", '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>')
    out += ['<body class="post-template-default single single-post">',
            f'<div class="top-bar"><div class="today">{mdy_long(d0)}</div><a href="/e-edition/">Today\u2019s Paper</a> <span class="wx">Kailua-Kona 81&deg;</span> '
            '<a href="/subscribe/">Subscribe</a> <a href="/my-account/">Log In</a></div>',
            '<header class="site-header"><a class="logo" href="/">West Hawaii Today</a><nav class="primary"><ul><li>Local News</li><li>Sports</li>'
            '<li>Nation &amp; World News</li><li>Business</li><li>Opinion</li><li>Features</li><li>Obituaries</li><li>Real Estate</li><li>Classifieds</li></ul></nav></header>',
            '<div id="content" class="container"><article class="post">', '<div class="category-label"><a href="/category/nation-world-news/">Nation &amp; World News</a></div>',
            f'<h1 class="entry-title">{esc(S["title"])}</h1>', f'<div class="byline">By {esc(S["byline"])} | {dl}</div>',
            '<div class="share-tools"><span>Share this story</span> <a class="fb">Facebook</a> <a class="x">X</a> <a class="em">Email</a> <a class="pr">Print</a></div>',
            f'<figure class="wp-caption"><img src="/wp-content/uploads/2025/06/web1_{hexid(S["title"], 10)}.jpg" alt=""><figcaption class="wp-caption-text">{esc(S["caption"])}</figcaption></figure>',
            '<div class="entry-content">'] + [f"<p>{esc(p)}</p>" for p in S["lede"]]
    for i, e in enumerate(S["entries"]):
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if i == 2:
            out.append('<div class="inline-ad">Advertisement</div>')
    out += ['</div>', '<div class="subscribe-box"><p>Support local journalism. Subscribe to West Hawaii Today for as little as $2.99 a week.</p><a>Subscribe Now</a></div>',
            '<section class="related"><h3>More Nation &amp; World News</h3><ul><li><a href="/r1">Air traffic controller shortage slows summer travel</a></li>'
            '<li><a href="/r2">Storm season forecasters expect an above-normal year</a></li></ul></section></article></div>',
            '<footer class="site-footer"><p>West Hawaii Today &middot; Kailua-Kona</p><p>&copy; 2025 Oahu Publications, Inc. All rights reserved.</p></footer>', '</body>', '</html>']
    return "\n".join(l for l in out if l) + "\n", [None] * len(S["entries"])


def r_tgi(S):  # The Garden Island round-up, text scrape; dateline-led AP briefs WITHOUT headlines; one page byline/date line
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    L = ["Skip to content", "The Garden Island", "Kaua\u02bbi\u2019s Newspaper Since 1902", mdy_long(d0), "Subscribe  |  Log In  |  e-Edition", "",
         "News  Sports  Business  Opinion  Lifestyle  Obituaries  Nation & World  Classifieds  Contact", "", "Nation & World", "", S["title"], "",
         f"By {S['byline']} | {mdy_long(d0)}, {ampm(d0, space=' ', dots=True)}", "Share this story", "Facebook  X  Email  Print", "", S["lede"], ""]
    for i, e in enumerate(S["entries"]):
        L += ptxt(e["p"])
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Support local journalism. Subscribe to The Garden Island today.", "", "More Nation & World", "Hawaiian Airlines adds seasonal route to Anchorage",
          "Lawmakers debate shutdown deadline as talks drag on", "", "Most Read", "Kapa\u02bba bypass road closure extended", "Kauai High wins league title", "",
          "\u00a9 2025 The Garden Island. All rights reserved.  |  Privacy Policy  |  Terms of Use"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_ketchikan(S):  # Ketchikan Daily News, TownNews BLOX search RSS; pubDate with the local offset (-0800 AKDT); summary-only descriptions
    z = S["zone"]
    feed = "https://www.ketchikandailynews.com/search/?f=rss&amp;t=article&amp;c=news/nation_world&amp;l=50&amp;s=start_time&amp;sd=desc"
    newest = max(dt(e["t"], z) for e in S["entries"])
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{feed}</link>', f'<atom:link href="{feed}" rel="self" type="application/rss+xml" />',
           '<description>Search results for the RSS feed</description>', f'<pubDate>{rfc(newest)}</pubDate>', '<ttl>15</ttl>',
           '<image><url>https://bloximages.chicago2.vip.townnews.com/ketchikandailynews.com/content/tncms/custom/image/kdn-logo.png</url>'
           f'<title>{esc(S["title"])}</title><link>https://www.ketchikandailynews.com</link></image>']
    stamps = []
    for e in S["entries"]:
        d = dt(e["t"], z); st = rfc(d); stamps.append(st); u = uuid(e["h"])
        out += ['<item>', f'<title>{esc(e["h"])}</title>', '<description>' + html.escape(" ".join(e["p"]), quote=True) + '</description>',
                f'<pubDate>{st}</pubDate>', f'<link>https://www.ketchikandailynews.com/news/nation_world/article_{u}.html</link>',
                f'<guid isPermaLink="false">{u}</guid>', f'<dc:creator>{esc(e["by"])}</dc:creator>' if e["by"] else "",
                f'<enclosure url="https://bloximages.chicago2.vip.townnews.com/ketchikandailynews.com/content/tncms/assets/v3/editorial/{u[0]}/{u[1:3]}/{u}/{hexid(u, 13)}.image.jpg?resize=760%2C507" length="88120" type="image/jpeg" />',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(l for l in out if l) + "\n", stamps


def r_kodiak(S):  # Kodiak Daily Mirror, BLOX section front: cards with headline, byline, <time datetime> showing only "Jun 12, 2025", summary
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en-US">', '<head>', '<meta charset="utf-8">', f'<title>{esc(S["title"])} | kodiakdailymirror.com</title>',
           '<meta name="viewport" content="width=device-width, initial-scale=1">', '</head>', '<body class="section-news-nation_world">',
           '<div id="site-top-nav"><a href="/users/signup/">Subscribe</a> <a href="/users/login/">Log In</a> <a href="/eedition/">e-Edition</a></div>',
           '<header id="site-header"><a class="site-logo" href="/">Kodiak Daily Mirror</a>',
           '<div class="weather-current">Kodiak, AK (99615)<br>Today<br>Cloudy with showers. High 54F. Winds SE at 10 to 20 mph.</div>',
           '<nav id="main-nav"><ul><li><a href="/news/">News</a></li><li><a href="/sports/">Sports</a></li><li><a href="/obituaries/">Obituaries</a></li>'
           '<li><a href="/opinion/">Opinion</a></li><li><a href="/community/">Community</a></li><li><a href="/classifieds/">Classifieds</a></li>'
           '<li><a href="/notices/">Public Notices</a></li><li><a href="/site/contact.html">Contact Us</a></li></ul></nav></header>',
           '<main id="main-page-container"><div class="block-title"><h1 class="block-title-inner">' + esc(S["title"]) + '</h1></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MON3[d.month - 1]} {d.day}, {d.year}"; stamps.append(st); u = uuid(e["h"])
        out += [f'<article class="tnt-asset-type-article card summary-showing" id="uuid-{u}">',
                f'<div class="card-headline"><h3 class="tnt-headline"><a href="/news/nation_world/article_{u}.html">{esc(e["h"])}</a></h3></div>',
                '<div class="card-meta"><ul class="list-inline">' + (f'<li class="card-byline"><span class="tnt-byline">By {esc(e["by"])}</span></li>' if e["by"] else "")
                + f'<li class="card-date"><time datetime="{d.isoformat()}" class="tnt-date asset-date text-muted">{st}</time></li></ul></div>',
                '<div class="card-lead"><p class="tnt-summary">' + esc(" ".join(e["p"])) + '</p></div>', '</article>']
        if i == 2:
            out.append('<div class="tnt-ads-container"><span class="ad-label">Advertisement</span></div>')
    out += ['<div class="pagination"><a href="?o=20">Next</a></div></main>',
            '<aside><div class="newsletter-signup"><h4>Breaking News</h4><p>Get the latest breaking news sent directly to you.</p><input type="email"> <button>Sign up</button></div></aside>',
            '<footer id="site-footer"><p>&copy; Copyright 2025 Kodiak Daily Mirror, Kodiak, AK. | <a href="/site/terms.html">Terms of Use</a> | '
            '<a href="/site/privacy.html">Privacy Policy</a></p><p>Powered by BLOX Content Management System from TownNews.com.</p></footer>', '</body>', '</html>']
    return "\n".join(out) + "\n", stamps


def r_sitka(S):  # Daily Sitka Sentinel web edition, text scrape; edition date WITHOUT year; "Posted 1:35 p.m." under each headline
    z = S["zone"]; d0 = dt(S["entries"][0]["t"], z)
    L = ["Daily Sitka Sentinel", "Sitka, Alaska", "", f"{DAYS_EN[d0.weekday()]}, {MONTHS[d0.month - 1]} {d0.day}", "",
         "Home   Local News   Nation/World   Sports   Classifieds   Public Notices   Subscribe   Contact Us", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Posted {ampm(d, space=' ', dots=True)}"; stamps.append(st)
        L += [e["h"], st, f"By {e['by']}", ""] + ptxt(e["p"]) + ["Email this story  |  Print this story", "", "-----", ""]
        if i == 2:
            L += ["Advertise in the Sentinel", ""]
    L += ["Back to top", "", "Subscribe to the print edition  |  Send us a news tip", "Daily Sitka Sentinel, Sitka Printing Company"]
    return "\n".join(L) + "\n", stamps


def r_clarion(S):  # Peninsula Clarion (Black Press/Sound Publishing) section listing, text scrape; "By Associated Press • Sunday, September 14, 2025 2:05pm"
    z = S["zone"]
    L = ["Skip to content", "Peninsula Clarion", "Subscribe", "", "News  Sports  Life  Opinion  Obituaries  Marketplace  e-Edition  Newsletters  Contact Us",
         "Search", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{mdy_long(d)} {ampm(d)}"; stamps.append(st)
        L += [e["h"], f"By {e['by']} \u2022 {st}", ""] + ptxt(e["p"]) + ["Read More", ""]
        if i == 3:
            L += ["Sign up for our newsletter", "Get the Peninsula Clarion\u2019s top stories delivered to your inbox.", "Email address  Subscribe", ""]
    L += ["Load More", "", "Advertisement", "", "\u00a9 2025 Peninsula Clarion  |  About Us  |  Contact Us  |  Terms of Use  |  Privacy Policy",
          "Part of the Black Press Media family"]
    return "\n".join(L) + "\n", stamps


def r_matsu(S):  # Mat-Su Frontiersman (BLOX) timeline article, HTML; OLDEST first; day sub-heads without year; entries are "<strong>4:35 p.m.</strong> text", no headlines
    z = S["zone"]; d_pub = dt(S["published_t"], z); d_upd = dt(S["updated_t"], z)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": "https://www.frontiersman.com/news/article_" + uuid(S["title"]) + ".html",
          "headline": S["title"], "datePublished": d_pub.isoformat(), "dateModified": d_upd.isoformat(), "articleSection": "News",
          "author": [{"@type": "Person", "name": S["byline"]}], "publisher": {"@type": "Organization", "name": "Frontiersman"}}
    out = ['<!DOCTYPE html>', '<html lang="en-US">', '<head>', '<meta charset="utf-8">', f'<title>{esc(S["title"])} | News | frontiersman.com</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>', '</head>', '<body class="asset-article">',
           '<header id="site-header"><a class="site-logo" href="/">Frontiersman</a><nav><ul><li>News</li><li>Sports</li><li>Opinion</li><li>Obituaries</li>'
           '<li>Outdoors</li><li>Classifieds</li><li>e-Edition</li></ul></nav><a class="subscribe" href="/users/signup/">Subscribe</a> <a href="/users/login/">Log In</a></header>',
           '<main><article class="asset">', '<header class="asset-header"><h1 class="headline"><span class="asset-headline">' + esc(S["title"]) + '</span></h1>',
           f'<ul class="list-inline asset-meta"><li><span class="tnt-byline">{esc(S["byline"])}</span></li>'
           f'<li><time datetime="{d_pub.isoformat()}">{MON3[d_pub.month - 1]} {d_pub.day}, {d_pub.year}</time></li>'
           f'<li>Updated <time datetime="{d_upd.isoformat()}">{MON3[d_upd.month - 1]} {d_upd.day}, {d_upd.year}</time></li></ul>',
           '<div class="share-container"><a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a> <a>SMS</a> <a>Email</a> <a>Print</a> <a>Copy article link</a> <a>Save</a></div></header>',
           '<div class="asset-content" id="article-body">'] + [f"<p>{esc(p)}</p>" for p in S["lede"]]
    out.append('<div class="what-to-know"><h4>WHAT TO KNOW</h4><ul>' + "".join(f"<li>{esc(b)}</li>" for b in S["box"]) + "</ul></div>")
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        day = f"{DAYS_EN[d.weekday()]}, {AP_MON[d.month - 1]} {d.day}"
        if day != cur:
            cur = day; out.append(f"<h3>{day}</h3>")
        st = ampm(d, space=" ", dots=True); stamps.append(st)
        out.append(f"<p><strong>{st}</strong> {esc(e['p'][0])}</p>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"][1:]]
        if i == 3:
            out.append('<div class="tnt-ads-container">Advertisement</div>')
    out += [f"<p><em>{esc(S['tail'])}</em></p>", '</div></article>',
            '<section class="related"><h4>Related to this story</h4><a href="/r1">Palmer council weighs sales tax holiday</a> <a href="/r2">Valley fair attendance tops last year</a></section></main>',
            '<footer><p>&copy; Copyright 2025 Frontiersman, Wasilla, AK | Terms of Use | Privacy Policy</p><p>Powered by BLOX Content Management System from TownNews.com.</p></footer>',
            '</body>', '</html>']
    return "\n".join(out) + "\n", stamps


def r_nome(S):  # The Nome Nugget (Drupal) News listing, text scrape; "Submitted by NAME on Thu, 09/18/2025 - 11:42" under each headline; "Read more"
    z = S["zone"]
    L = ["Skip to main content", "The Nome Nugget", "Alaska\u2019s Oldest Newspaper \u2013 Est. 1901", "",
         "Home   News   Sports   Opinion   Obituaries   Classifieds   Subscribe   Advertise   About Us", "", "Search form", "Search", "", S["title"], ""]
    stamps = []
    for e in S["entries"]:
        d = dt(e["t"], z); st = f"{d:%a}, {d:%m/%d/%Y} - {d:%H:%M}"; stamps.append(st)
        L += [e["h"], f"Submitted by {e['by']} on {st}", ""] + ptxt(e["p"]) + ["Read more", ""]
    L += ["\u2039 previous   1   2   3   4   next \u203a", "", "User login", "Username *", "Password *", "Create new account", "Request new password", "",
          "Subscribe to The Nome Nugget", "Nome, Alaska", ""]
    return "\n".join(L) + "\n", stamps


# ============================================================ Part B renderers (invented outlets)

def r_harnsey(S):  # text live, OLDEST first; "Posted by NAME · 16.05" line BEFORE the headline; Summary bullets (not Key Points)
    z = S["zone"]
    L = ["HARNSEY LIVE", "News | Ukraine | World | Business | Culture | Podcasts", "Sign in   Subscribe", "", S["title"], S["dateline"], S["tznote"], "",
         "Summary"] + ["\u2022 " + b for b in S["summary"]] + [""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M}"; stamps.append(st)
        L += [f"Posted by {e['by']} \u00b7 {st}" if e["by"] else f"Posted \u00b7 {st}", e["h"], ""] + ptxt(e["p"]) + ["Share \u00b7 Copy link", ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["End of today\u2019s live coverage", "", "\u00a9 Harnsey Live 2025 \u00b7 Privacy \u00b7 Cookies \u00b7 Contact"]
    return "\n".join(L) + "\n", stamps


def r_pellanby(S):  # HTML live, newest first; LiveBlogPosting JSON-LD with per-update times; headline, then "By NAME · <time>24 July 2025, 10:42 EEST</time>"
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{len(S['entries']) - i}", "headline": e["h"], "datePublished": d.isoformat()}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    newest = dt(S["entries"][0]["t"], z); oldest = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": oldest.isoformat(),
          "dateModified": newest.isoformat(), "coverageStartTime": oldest.isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB">', '<head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Pellanby Journal</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head>", "<body>",
           '<div class="consent">We use cookies to improve your experience. <button>Accept all</button> <button>Manage preferences</button></div>',
           '<header><a class="brand" href="/">Pellanby Journal</a><nav><a>Home</a> <a>Ukraine</a> <a>Europe</a> <a>Opinion</a> <a>Newsletters</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]} {d.year}, {d:%H:%M} {d.tzname()}"; stamps.append(st)
        out.append(f'<article class="live-post" id="post-{len(S["entries"]) - i}"><h2>{esc(e["h"])}</h2>')
        out.append('<p class="meta">' + (f"By {esc(e['by'])} \u00b7 " if e["by"] else "") + f'<time datetime="{d.isoformat()}">{st}</time></p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if not e["p"]:
            out.append('<div class="video-embed" data-src="/video/odessa-rescue.mp4">Video</div>')
        out.append('<div class="post-share"><a>Share</a> <a>Copy link</a></div></article>')
    out += ['<div class="newsletter">Get the Pellanby Journal morning briefing <input type="email"> <button>Sign up</button></div>', "</main>",
            "<footer>Pellanby Journal \u00b7 About \u00b7 Corrections \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss(S):  # RSS 2.0; pubDate with the outlet's offset (S['off']: 'GMT' or None for the numeric local offset); optional dc:creator; CDATA paragraphs
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f"<title>{esc(S['title'])}</title>", f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>", "<language>en</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if S.get("off") == "GMT":
            d = d.astimezone(UTC)
        st = rfc(d, S.get("off")); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/news/{slug(e['h'])}-{7310 + i}</link>",
                f"<guid isPermaLink=\"false\">{S['url']}/?id={7310 + i}</guid>", f"<pubDate>{st}</pubDate>"]
        if e["by"]:
            out.append(f"<dc:creator>{esc(e['by'])}</dc:creator>")
        out += [f"<category>{e.get('cat') or S.get('cat', 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_atom(S):  # Atom 1.0, newest first; <published> with the outlet's offset; S['mode']: 'content' (escaped HTML) or 'summary' (plain text)
    z = S["zone"]
    newest = max(dt(e["t"], z) for e in S["entries"])
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f"<title>{esc(S['title'])}</title>",
           f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/feed.atom"/>', f"<id>{S['url']}/feed.atom</id>",
           f"<updated>{newest.isoformat().replace('+00:00', 'Z')}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat().replace("+00:00", "Z"); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link rel="alternate" href="{S["url"]}/{d:%Y/%m/%d}/{slug(e["h"])}"/>',
                f"<id>tag:{S['url'].split('//')[1]},{d:%Y-%m-%d}:{4100 + i}</id>", f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["by"]:
            out.append(f"<author><name>{esc(e['by'])}</name></author>")
        if S["mode"] == "content":
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        else:
            out.append("<summary>" + esc(" ".join(e["p"])) + "</summary>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_textarticle(S):  # text article: title, byline, dateline with time, lede, section headings; one entry per section; stamp null
    L = [S["source"].upper(), S["crumb"], "", S["title"], "", f"By {S['byline']}", S["dateline"](dt(S["dateline_t"], S["zone"])), "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Share this article", "More on this story: " + S["more"], "", f"\u00a9 2025 {S['source']}"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_merriwick(S):  # HTML live, newest first, no JSON-LD; <time datetime="...Z">10:40</time> above each h3; "— NAME" after the body
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en">', '<head><meta charset="utf-8">', f"<title>{esc(S['title'])} \u2013 Merriwick Post</title></head>", "<body>",
           '<header><span class="logo">Merriwick Post</span> <nav><a>Live</a> <a>Ukraine</a> <a>World</a> <a>Explainers</a> <a>Support us</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="live-date">{esc(S["dateline"])}</p>', f'<p class="tz">{esc(S["tznote"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        zulu = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        out.append(f'<div class="update" id="u{len(S["entries"]) - i}"><time datetime="{zulu}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if not e["p"]:
            out.append('<div class="gallery"><img src="/img/g1.jpg" alt=""><img src="/img/g2.jpg" alt=""><img src="/img/g3.jpg" alt=""></div>')
        if e["by"]:
            out.append(f'<p class="author">\u2014 {esc(e["by"])}</p>')
        out.append("</div>")
        if i == 2:
            out.append('<aside class="support">Merriwick Post is reader-funded. <a>Become a supporter</a></aside>')
    out += ["</main>", "<footer>Merriwick Post \u00b7 Imprint \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_glasserton(S):  # text live, OLDEST first; date line WITHOUT year; "8.05am" line BEFORE the headline; "– NAME" line after the body
    z = S["zone"]
    L = ["Glasserton Live", "Menu  Search  Sign in", "", S["title"], S["dateline"], S["tznote"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["by"]:
            L += [f"\u2013 {e['by']}", ""]
        if i == 2:
            L += ["Sign up to our morning newsletter", ""]
    L += ["This live blog is now closed.", "", "Glasserton Live \u00b7 Terms \u00b7 Privacy \u00b7 Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_ostlecombe(S):  # HTML article with h2 sections; NewsArticle JSON-LD; visible dateline "25 July 2025 · 17:05 CEST"; one entry per section
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(), "dateModified": d0.isoformat(),
          "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": S["source"]}, "description": S["lede"]}
    out = ['<!DOCTYPE html>', '<html lang="en">', '<head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head>", "<body>",
           f'<header><a href="/">{S["source"]}</a> <nav><a>Europe</a> <a>Ukraine</a> <a>Economy</a> <a>Culture</a></nav></header>',
           f'<main><article><p class="kicker">Ukraine</p><h1>{esc(S["title"])}</h1>', f'<p class="byline">By {esc(S["byline"])}</p>',
           f'<p class="dateline">{d0.day} {MONTHS[d0.month - 1]} {d0.year} \u00b7 {d0:%H:%M} {d0.tzname()}</p>', f'<p class="lede"><strong>{esc(S["lede"])}</strong></p>']
    for e in S["entries"]:
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
    out += ['<div class="share">Share: <a>Email</a> <a>Bluesky</a> <a>LinkedIn</a></div>', f'<p class="more">Read more: <a>{esc(S["more"])}</a></p>',
            "</article></main>", f"<footer>\u00a9 2025 {S['source']}</footer></body></html>"]
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_lathridge(S):  # text live, newest first; Key Points block of headlines; "13:05 GMT" line BEFORE the headline; "By NAME" line after the headline
    z = S["zone"]
    L = ["LATHRIDGE DAILY", "UK | World | Politics | Business | Sport | Weather", "", S["title"], S["dateline"], "", S["lede"], "", "Key Points"]
    L += ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"]] + ([f"By {e['by']}"] if e["by"] else []) + [""] + ptxt(e["p"])
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Show earlier posts", "", "Lathridge Daily \u00b7 Terms \u00b7 Privacy \u00b7 Cookie policy"]
    return "\n".join(L) + "\n", stamps


def r_brackenwold(S):  # HTML live, OLDEST first; JSON-LD @graph, page node @type array with liveBlogUpdate (per-update times); "07:10 CET" span before h2
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#e{i + 1}", "headline": e["h"], "datePublished": d.isoformat(), "articleBody": "\n".join(e["p"])}
        if e["a"]:
            u["author"] = [{"@type": "Person", "name": e["a"]}]
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": "https://brackenwold.example/#org", "name": "Brackenwold Times"},
        {"@type": ["BlogPosting", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@id": "https://brackenwold.example/#org"}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en">', '<head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head>", "<body>",
           '<header>Brackenwold Times <nav><a>Europe</a> <a>Ukraine</a> <a>Germany</a> <a>Opinion</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        out.append(f'<section class="entry" id="e{i + 1}"><span class="zeit">{st}</span><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["by"]:
            out.append(f'<p class="autor">{esc(e["by"])}</p>')
        out.append("</section>")
    out += ['<p class="end">Live coverage continues tomorrow.</p></main>', "<footer>Brackenwold Times \u00b7 Impressum \u00b7 Datenschutz</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


# ============================================================ PART A: single pages (layouts of ten real outlets, own words)
SEEDS = []
AP = "Associated Press"

SEEDS.append(dict(id="9900", name="9900_mauinews-feed", ext="xml", source="The Maui News", zone="Pacific/Honolulu", render=r_maui, curly=True,
  title="World News | News, Sports, Jobs - Maui News",
  notes="The Maui News (Ogden Newspapers, WordPress) World News category feed, RSS 2.0, newest first. pubDate is printed in +0000 with seconds "
        "(WordPress), so published keeps the seconds; the page zone for published_local is still the outlet's home, Hawaii (HST, UTC-10, no DST). "
        "Local times run from Monday afternoon 3 Feb to Tuesday 4 Feb (crossing local midnight) but all fall on UTC 4 Feb. dc:creator carries the "
        "print byline ('By NAME Associated Press'); author = the name part as printed (capitals kept), or 'Associated Press' when only the agency is named. "
        "Bodies start with an AP dateline ('KYIV, Ukraine (AP) \u2014'), which is part of the first sentence. WordPress curls apostrophes (\u2019). "
        "Each item has an excerpt in <description> and the full text in <content:encoded>; body_paragraphs counts the <p> of content:encoded. Entry 04 (Santorini) is off-beat.",
  not_entries=["channel title/link/description/lastBuildDate, sy:update* and generator", "<description> excerpts (repeat the start of each body)",
               "<category> and <guid> values"],
  entries=[
  E("2025-02-04 11:40:18", "Russian missile strike on Izium city center kills 5 and injures dozens",
    ["KHARKIV, Ukraine (AP) \u2014 A Russian ballistic missile slammed into the center of Izium on Tuesday morning, killing five people and wounding more than 40, regional officials said.",
     "The strike damaged the city council building, a row of shops and several apartment blocks. Rescuers were still searching the debris in the afternoon.",
     "Izium was held by Russian troops for about six months in 2022 before Ukrainian forces drove them out."],
    "strikes", "strikes", 3, "izium-missile-strike-2025-02-04", a="DARYNA KOVAL", by="By DARYNA KOVAL Associated Press"),
  E("2025-02-04 08:05:44", "Zelenskyy says he is ready to sit down with Putin if that is what it takes",
    ["KYIV, Ukraine (AP) \u2014 President Volodymyr Zelenskyy said in an interview released Tuesday that he would be willing to negotiate directly with Vladimir Putin if it were the only way to end the war.",
     "He added that Ukraine would still need firm security guarantees from its partners and that talks held without Kyiv would mean nothing.",
     "The Kremlin has repeatedly questioned whether Zelenskyy has the authority to sign an agreement."],
    "diplomacy", "diplomacy", 3, "zelenskyy-open-to-putin-talks", a="OLEH STARYTSKY", by="By OLEH STARYTSKY Associated Press"),
  E("2025-02-04 05:30:09", "Europeans wary as Trump ties more Ukraine aid to rare earth minerals",
    ["BRUSSELS (AP) \u2014 European diplomats responded cautiously on Tuesday to President Donald Trump's suggestion that Ukraine could pay for continued American help with access to its rare earth deposits.",
     "Kyiv has said it is open to a deal on critical minerals, although many of the deposits lie close to the front line or under Russian control."],
    "aid", "aid", 2, "trump-rare-earths-for-aid", a=AP, sec=["diplomacy"]),
  OFF("2025-02-04 01:12:51", "Santorini closes schools as earthquake swarm rattles Greek island",
      ["ATHENS, Greece (AP) \u2014 Authorities ordered schools closed on Santorini and several nearby islands as hundreds of small earthquakes shook the area for a fourth day.",
       "Seismologists said a stronger quake could not be ruled out."],
      "santorini-earthquake-swarm", a=AP, n="Greek earthquakes."),
  E("2025-02-03 22:15:37", "Russia claims another village on the road to Pokrovsk",
    ["MOSCOW (AP) \u2014 Russia's Defense Ministry said Monday that its troops had taken a village southwest of Pokrovsk, a logistics hub in Ukraine's Donetsk region.",
     "Ukraine's military did not confirm the claim and said its units had repelled dozens of assaults in the area over the past day."],
    "other", "frontline", 2, "russia-claims-village-near-pokrovsk", a=AP),
  E("2025-02-03 18:50:02", "Death toll from Poltava apartment strike climbs to 14",
    ["KYIV, Ukraine (AP) \u2014 Rescue crews recovered more bodies from a five-story apartment building in Poltava that was hit by a Russian missile on Saturday, bringing the death toll to 14, officials said.",
     "Three children were among the dead, according to the regional administration."],
    "strikes", "strikes", 3, "poltava-apartment-strike-2025-02-01", a="DARYNA KOVAL", by="By DARYNA KOVAL Associated Press"),
  E("2025-02-03 15:20:26", "Ukrainian drones spark fire at Russian oil refinery in Volgograd",
    ["MOSCOW (AP) \u2014 A fire broke out at an oil refinery in the southern Russian city of Volgograd after a Ukrainian drone attack, the regional governor said.",
     "Russian officials said air defenses destroyed dozens of drones over several regions overnight."],
    "strikes", "strikes", 2, "volgograd-refinery-drone-attack-2025-02-03", a=AP),
  ]))

SEEDS.append(dict(id="9901", name="9901_hawaiitribuneherald-nationworld", ext="html", source="Hawaii Tribune-Herald", zone="Pacific/Honolulu", render=r_htrib,
  curly=True, title="Nation & World News", masthead_t="2025-03-29 06:00",
  notes="Hawaii Tribune-Herald Nation & World News category listing (Oahu Publications WordPress theme), newest first. Each item: h2 headline, then one meta line "
        "'By Associated Press | Today | Updated 6:42 a.m.' and a one-paragraph excerpt. 'Today'/'Yesterday' are relative to the masthead date 'Saturday, March 29, 2025' "
        "in the top bar; no zone is printed anywhere (Hawaii HST, UTC-10, implied by the outlet). Local times cross midnight (Friday 28 Mar afternoon to Saturday 29 Mar "
        "morning) but all fall on UTC 29 Mar. Yoast CollectionPage JSON-LD only (no per-item data). Entries 04 and 07 are the same Dnipro strike (toll 2 -> 4). "
        "Entry 06 (Myanmar earthquake) is off-beat.",
  not_entries=["top bar (date, Today's Paper, weather, Subscribe, Log In)", "logo and main navigation", "h1 'Nation & World News' (section title)",
               "'Advertisement' slot", "'Load More' pagination", "newsletter box 'Get the latest news by email'", "'Most Popular' list (local headlines)", "footer"],
  entries=[
  E("2025-03-29 11:20", "Zelenskyy accuses Moscow of breaking energy truce again",
    ["Ukraine's president said Russian drones hit power facilities in three regions overnight despite Moscow's pledge to halt attacks on energy infrastructure, and he urged Washington to respond."],
    "strikes", "strikes", 2, "energy-truce-violation-claims-2025-03-29", a=AP),
  E("2025-03-29 09:05", "Drone attack on Kharkiv sets military hospital on fire, wounds 5",
    ["Russian drones hit several districts of Kharkiv late Friday and early Saturday, setting fire to a military hospital building and wounding five people, the city's mayor said."],
    "strikes", "strikes", 3, "kharkiv-drone-attack-2025-03-29", a=AP),
  E("2025-03-29 06:42", "Kyiv dismisses Putin's idea of a temporary outside administration",
    ["Ukrainian officials rejected a suggestion by Russian President Vladimir Putin that Ukraine be placed under a temporary international administration so that new elections could be held, calling it an attempt to stall peace efforts."],
    "diplomacy", "diplomacy", 3, "putin-temporary-administration-proposal", a=AP),
  E("2025-03-29 01:10", "Dnipro toll rises to 4 after missile strike on city center",
    ["Four people are now known to have died after a Russian missile strike on central Dnipro on Friday evening, the regional governor said, as crews kept searching a damaged restaurant and office building."],
    "strikes", "strikes", 3, "dnipro-missile-strike-2025-03-28", a=AP),
  E("2025-03-28 21:15", "US and Ukraine trade new drafts of minerals deal",
    ["Washington has sent Kyiv a revised and broader draft of a proposed agreement on Ukraine's mineral wealth, and Ukrainian officials said they were studying it before any signing."],
    "diplomacy", "diplomacy", 2, "us-ukraine-minerals-deal-draft", a=AP, sec=["aid"]),
  OFF("2025-03-28 16:50", "Myanmar earthquake topples buildings, shakes Bangkok",
      ["A powerful earthquake centered near Mandalay brought down buildings and a bridge in Myanmar and shook neighboring Thailand, where a high-rise under construction collapsed in Bangkok."],
      "myanmar-earthquake-2025-03-28", a=AP, n="Myanmar earthquake."),
  E("2025-03-28 14:30", "Russian missiles hit Dnipro, killing 2",
    ["A Russian missile attack on Dnipro on Friday evening killed two people and started fires in the city center, local officials said."],
    "strikes", "strikes", 3, "dnipro-missile-strike-2025-03-28", a=AP),
  ]))

SEEDS.append(dict(id="9902", name="9902_westhawaiitoday-article", ext="html", source="West Hawaii Today", zone="Pacific/Honolulu", render=r_wht, curly=True,
  title="Ukraine looks for firmer backing as G7 leaders gather in Canada", byline=AP, dateline_t="2025-06-16 00:05",
  lede=["Leaders of the Group of Seven are meeting in the Canadian Rockies, where the war in Ukraine is competing for attention with the fighting between Israel and Iran. Here is where things stand."],
  caption="Police officers stand near a checkpoint on the road to the summit venue in Kananaskis, Alberta, on Sunday. (AP Photo/Theo Marchetti)",
  notes="West Hawaii Today wire article (Oahu Publications WordPress theme) with six h2 sub-heads; per the convention each sub-head is one entry (headline = sub-head), "
        "stamp null, published = the byline date 'Monday, June 16, 2025, 12:05 a.m.' (the print-edition posting time; 12:05 a.m. is 00:05 HST = 10:05 UTC). "
        "No zone is printed; NewsArticle JSON-LD datePublished agrees (-10:00). Page byline 'By Associated Press' is every entry's author. The lede paragraph and the photo caption are not entries.",
  not_entries=["top bar, logo and navigation", "category label 'Nation & World News'", "h1 title", "byline/date line", "'Share this story' tools", "photo caption with credit",
               "lede paragraph 'Leaders of the Group of Seven ... Here is where things stand.'", "'Advertisement'", "subscribe box", "'More Nation & World News' related links", "footer"],
  entries=[
  E(None, "Summit opens in Kananaskis",
    ["The leaders of Canada, the United States, Britain, France, Germany, Italy and Japan began arriving Sunday at the mountain resort of Kananaskis in Alberta for two days of talks.",
     "Prime Minister Mark Carney, the host, has said he wants the group to agree on a few short joint statements rather than one long communique."],
    "diplomacy", "diplomacy", 3, "g7-kananaskis-summit-2025"),
  E(None, "Zelenskyy wants air defense and a meeting with Trump",
    ["Ukrainian President Volodymyr Zelenskyy is due to attend on Tuesday and has said he hopes to discuss buying more Patriot air defense systems directly from the United States.",
     "A face-to-face meeting with President Donald Trump has not been confirmed."],
    "aid", "aid", 3, "zelenskyy-g7-air-defense-request", sec=["diplomacy"]),
  E(None, "A deadly night in Odesa",
    ["A Russian drone attack on Odesa overnight into Sunday killed two people and damaged apartment buildings and a kindergarten, regional officials said.",
     "Ukraine's air force said it had downed most of the more than 50 drones launched across the country."],
    "strikes", "strikes", 3, "odesa-drone-attack-2025-06-15"),
  E(None, "Oil price cap under discussion",
    ["European officials want the G7 to lower the price cap on Russian seaborne oil from $60 a barrel, but the United States has not said whether it will go along."],
    "diplomacy", "diplomacy", 2, "russian-oil-price-cap-g7"),
  E(None, "Return of the fallen",
    ["Ukraine and Russia carried out another exchange of soldiers' bodies over the weekend under an arrangement reached at talks in Istanbul earlier this month.",
     "Kyiv said it received more than 1,200 bodies in the latest round."],
    "diplomacy", "diplomacy", 2, "body-exchange-2025-06-14"),
  E(None, "Fighting in the north",
    ["Russian troops pressed attacks in the Sumy region, where Moscow has been trying to carve out what it calls a buffer zone along the border.",
     "Ukraine's top commander said his forces had slowed the advance and retaken a village."],
    "other", "frontline", 2, "sumy-border-fighting-june-2025"),
  ]))

SEEDS.append(dict(id="9903", name="9903_thegardenisland-briefs", ext="txt", source="The Garden Island", zone="Pacific/Honolulu", render=r_tgi, curly=True,
  title="Ukraine briefs: Trump and Zelenskyy talk at the Vatican; Moscow claims Kursk", byline="The Associated Press", dateline_t="2025-04-26 19:40",
  lede="A roundup of the day\u2019s developments in the war in Ukraine, compiled from Associated Press reports.",
  notes="The Garden Island (Kauai; Oahu Publications theme) round-up, text scrape. The briefs have NO headlines: each starts with an AP dateline in capitals "
        "('VATICAN CITY (AP) \u2014'), which is part of its first sentence; a brief's later paragraphs carry no dateline. No per-brief time: every entry takes the "
        "page line 'Saturday, April 26, 2025, 7:40 p.m.' (HST, UTC-10, implied), i.e. 2025-04-27 05:40 UTC, so the printed local day (26 April) differs from the UTC day. "
        "Page byline 'By The Associated Press' is every entry's author. An 'Advertisement' line sits between briefs 3 and 4.",
  not_entries=["'Skip to content', masthead, tagline, masthead date, Subscribe/Log In/e-Edition", "navigation line", "section label 'Nation & World'", "title line",
               "byline/date line", "'Share this story' and share labels", "lede 'A roundup of the day's developments ...'", "'Advertisement'",
               "subscribe plug", "'More Nation & World' related headlines", "'Most Read' headlines", "copyright line"],
  entries=[
  E(None, None,
    ["VATICAN CITY (AP) \u2014 Donald Trump and Volodymyr Zelenskyy spoke privately for about 15 minutes inside the basilica before Pope Francis' funeral on Saturday, their first meeting since a tense Oval Office encounter in February.",
     "Zelenskyy's office called the talk productive, and the White House described it as very productive."],
    "diplomacy", "diplomacy", 3, "trump-zelenskyy-vatican-meeting"),
  E(None, None,
    ["MOSCOW (AP) \u2014 Russia's chief of the general staff told President Vladimir Putin on Saturday that the last Ukrainian units had been driven out of the Kursk region, nine months after their surprise incursion.",
     "Ukraine's military denied that its troops had been pushed out and said fighting in the area was continuing."],
    "other", "frontline", 3, "kursk-region-recapture-claim"),
  E(None, None,
    ["KYIV, Ukraine (AP) \u2014 Families in the capital buried relatives killed in Thursday's Russian missile and drone attack, which city officials said had claimed 12 lives.",
     "It was the deadliest attack on Kyiv since last summer."],
    "strikes", "strikes", 3, "kyiv-missile-attack-2025-04-24"),
  E(None, None,
    ["KHARKIV, Ukraine (AP) \u2014 Russian drones struck a residential area of Kharkiv late Saturday, injuring three people and setting parked cars on fire, the mayor said."],
    "strikes", "strikes", 2, "kharkiv-drone-strike-2025-04-26"),
  E(None, None,
    ["WASHINGTON (AP) \u2014 Secretary of State Marco Rubio said the coming week would be very important in deciding whether the United States stays involved in mediating between Russia and Ukraine.",
     "He said both sides were closer to a deal but not yet close enough."],
    "diplomacy", "diplomacy", 2, "rubio-mediation-deadline-april-2025"),
  E(None, None,
    ["BERLIN (AP) \u2014 Friedrich Merz, expected to become Germany's chancellor next month, repeated that he was open to sending long-range Taurus cruise missiles to Ukraine if European partners agreed."],
    "aid", "aid", 2, "germany-taurus-debate-april-2025"),
  ]))

SEEDS.append(dict(id="9904", name="9904_ketchikandailynews-feed", ext="xml", source="Ketchikan Daily News", zone="America/Sitka", render=r_ketchikan,
  title="ketchikandailynews.com - RSS Results in news/nation_world of type article",
  notes="Ketchikan Daily News (TownNews BLOX) search RSS for news/nation_world, newest first. pubDate carries the local offset -0800 (AKDT). Descriptions are "
        "summary-only (one paragraph) with &#x27; entities. Local times run from Friday 27 June afternoon to Saturday 28 June (crossing local midnight); all on UTC 28 June. "
        "dc:creator gives the agency. Entry 04 (US Supreme Court ruling) is off-beat.",
  not_entries=["channel title/link/description/pubDate/ttl/image", "<guid> and <enclosure> image URLs"],
  entries=[
  E("2025-06-28 14:40", "Ukraine says it downed most of overnight drone wave",
    ["Ukraine's air force said Saturday it had shot down or jammed 80 of the 100 drones Russia launched overnight, with damage reported in the Dnipropetrovsk and Poltava regions."],
    "strikes", "strikes", 2, "russian-drone-attack-2025-06-28", a="The Associated Press"),
  E("2025-06-28 11:05", "Zelenskyy moves to quit treaty banning anti-personnel mines",
    ["President Volodymyr Zelenskyy signed a decree starting Ukraine's withdrawal from the international treaty that bans anti-personnel land mines, citing Russia's widespread use of them. Parliament must still approve the step."],
    "diplomacy", "diplomacy", 2, "ukraine-ottawa-convention-withdrawal", a="The Associated Press"),
  E("2025-06-28 08:30", "Glide bombs kill 3 in Kostiantynivka",
    ["Russian aircraft dropped guided bombs on Kostiantynivka in eastern Ukraine, killing three civilians and damaging a school, the regional governor said."],
    "strikes", "strikes", 3, "kostiantynivka-glide-bomb-strike-2025-06-28", a="The Associated Press"),
  OFF("2025-06-28 06:10", "Supreme Court curbs nationwide injunctions in birthright citizenship fight",
      ["The Supreme Court ruled 6-3 that federal judges generally cannot issue nationwide orders blocking presidential policies, a win for the Trump administration in its fight over birthright citizenship."],
      "scotus-nationwide-injunctions", a="The Associated Press", n="US Supreme Court."),
  E("2025-06-27 21:45", "Drones hit Odesa port area, 2 injured",
    ["A Russian drone attack on the port area of Odesa late Friday injured two workers and damaged a grain warehouse, the regional governor said."],
    "strikes", "strikes", 2, "odesa-port-drone-attack-2025-06-27", a="The Associated Press"),
  E("2025-06-27 18:20", "Putin says Russia ready for new round of talks in Istanbul",
    ["Russian President Vladimir Putin said Friday that Moscow was ready for a third round of direct talks with Ukraine in Istanbul but that no date had been agreed."],
    "diplomacy", "diplomacy", 3, "putin-third-round-istanbul-readiness", a="Reuters"),
  E("2025-06-27 16:30", "EU extends economic sanctions on Russia for 6 more months",
    ["European Union leaders agreed to roll over the bloc's economic sanctions against Russia for another six months, though Slovakia held up approval of a new package of measures."],
    "diplomacy", "diplomacy", 3, "eu-sanctions-rollover-june-2025", a="The Associated Press"),
  ]))

SEEDS.append(dict(id="9905", name="9905_kodiakdailymirror-nationworld", ext="html", source="Kodiak Daily Mirror", zone="America/Anchorage", render=r_kodiak,
  title="Nation/World",
  notes="Kodiak Daily Mirror (TownNews BLOX) Nation/World section front, newest first. Cards: headline, byline, a <time> element whose visible text is only the "
        "date ('Jun 12, 2025') while its datetime attribute carries the full local time with offset (-08:00, AKDT), then a one-paragraph summary. stamp = the "
        "visible date text; published comes from the datetime attribute. Local times cross midnight (11 to 12 June AKDT); all on UTC 12 June. Entries 01 and 04 are "
        "the same Kharkiv attack (toll 3 -> 4). Entry 06 (Los Angeles curfew) is off-beat.",
  not_entries=["top links (Subscribe, Log In, e-Edition)", "logo, weather box and navigation", "h1 'Nation/World' (section title)", "'Advertisement'",
               "'Next' pagination", "Breaking News newsletter box", "footer incl. 'Powered by BLOX ...'"],
  entries=[
  E("2025-06-12 13:50", "Kharkiv strike toll rises to 4",
    ["A fourth person has died after Russian drones struck apartment buildings in Kharkiv, Ukraine's second-largest city, officials said Thursday."],
    "strikes", "strikes", 3, "kharkiv-drone-strike-2025-06-11", a="The Associated Press"),
  E("2025-06-12 10:15", "Russia and Ukraine exchange more war dead",
    ["Ukraine received the bodies of more than 1,200 soldiers from Russia in the latest exchange agreed at talks in Istanbul, Ukrainian officials said."],
    "diplomacy", "diplomacy", 3, "body-exchange-2025-06-12", a="The Associated Press"),
  E("2025-06-12 07:40", "Hegseth signals smaller Ukraine aid request in next budget",
    ["Defense Secretary Pete Hegseth told lawmakers the Pentagon's next budget would include less money for Ukraine, arguing that Europe should carry more of the load."],
    "aid", "aid", 2, "hegseth-ukraine-aid-budget", a="Reuters"),
  E("2025-06-11 22:05", "Drone attack on Kharkiv kills 3, injures dozens",
    ["Russian drones hit Kharkiv overnight, killing three people and wounding more than 60, the city's mayor said."],
    "strikes", "strikes", 3, "kharkiv-drone-strike-2025-06-11", a="The Associated Press"),
  E("2025-06-11 19:30", "Ukraine says it halted Russian push in Sumy region",
    ["Ukraine's top commander said his troops had stopped Russian forces from advancing deeper into the Sumy region and had begun pushing them back in places."],
    "other", "frontline", 2, "sumy-region-advance-halted", a="The Associated Press"),
  OFF("2025-06-11 16:45", "Los Angeles keeps downtown curfew in place",
      ["The mayor of Los Angeles said an overnight curfew in part of downtown would stay in effect as protests over immigration raids continued."],
      "los-angeles-curfew-june-2025", a="The Associated Press", n="US protests."),
  ]))

SEEDS.append(dict(id="9906", name="9906_sitkasentinel-nationworld", ext="txt", source="Sitka Sentinel", zone="America/Sitka", render=r_sitka,
  title="Nation/World", parse_args=["--date", "2025-04-16"],
  notes="Daily Sitka Sentinel web edition, Nation/World page, text scrape, newest first. The edition line 'Wednesday, April 16' has NO year and no year appears "
        "anywhere on the page (parse_args --date 2025-04-16). Each story: headline, 'Posted 1:35 p.m.' (time only, no zone: Alaska AKDT, UTC-8, implied), "
        "'By ...' line, body, 'Email this story | Print this story', a '-----' rule. All entries are 16 April local and 16 April UTC.",
  not_entries=["masthead 'Daily Sitka Sentinel', 'Sitka, Alaska', edition date line", "navigation line", "section title 'Nation/World'", "'By ...' byline lines (author)",
               "'Email this story | Print this story' lines", "'-----' rules", "'Advertise in the Sentinel'", "'Back to top' and footer lines"],
  entries=[
  E("2025-04-16 13:35", "Kremlin says no date yet for next Putin-Trump call",
    ["The Kremlin said Wednesday that no new phone call between Vladimir Putin and Donald Trump had been scheduled, while stressing that contacts with Washington were continuing."],
    "diplomacy", "diplomacy", 2, "kremlin-no-date-putin-trump-call", a="The Associated Press"),
  E("2025-04-16 11:50", "Drone strike on Dnipro kills 3",
    ["A Russian drone attack on the city of Dnipro killed three people, including a child, and started fires in a residential neighborhood, the regional governor said.",
     "Ukraine's air force said it intercepted most of the drones launched overnight."],
    "strikes", "strikes", 3, "dnipro-drone-strike-2025-04-16", a="The Associated Press"),
  E("2025-04-16 10:05", "Sumy mourns as Palm Sunday strike toll reaches 35",
    ["Residents of Sumy laid flowers at the spot where two Russian ballistic missiles struck the city center on Sunday, as officials confirmed that 35 people had been killed.",
     "Moscow said it had targeted a meeting of Ukrainian officers, a claim Kyiv rejected."],
    "strikes", "strikes", 3, "sumy-palm-sunday-strike", a="The Associated Press"),
  E("2025-04-16 09:10", "Ukraine says its drones hit Russian explosives plant",
    ["Ukraine's military said its long-range drones struck a plant in Russia's Bryansk region that makes explosives for artillery shells.",
     "Russian officials said only that drones had been shot down over the region."],
    "strikes", "strikes", 2, "ukraine-drone-strike-bryansk-explosives-plant", a="The Associated Press"),
  E("2025-04-16 08:20", "Murkowski joins backers of tougher Russia sanctions bill",
    ["Alaska Senator Lisa Murkowski has added her name to a Senate bill that would impose steep tariffs on countries that buy Russian oil if Moscow refuses to negotiate in good faith.",
     "Sponsors say the bill now has support from more than half of the Senate."],
    "diplomacy", "diplomacy", 2, "senate-russia-sanctions-bill", a="Sentinel Staff"),
  E("2025-04-16 06:45", "Zelenskyy urges Trump to visit Ukraine before any deal",
    ["Ukrainian President Volodymyr Zelenskyy invited President Donald Trump to come to Ukraine and see the damage caused by Russian strikes before making decisions about a peace agreement."],
    "diplomacy", "diplomacy", 2, "zelenskyy-invites-trump-to-ukraine", a="The Associated Press"),
  ]))

SEEDS.append(dict(id="9907", name="9907_peninsulaclarion-news", ext="txt", source="Peninsula Clarion", zone="America/Anchorage", render=r_clarion,
  title="News",
  notes="Peninsula Clarion (Kenai; Black Press Media / Sound Publishing theme) News listing, text scrape, newest first. Each card: headline, then "
        "'By NAME \u2022 Sunday, September 14, 2025 2:05pm' (date and 12 h time glued to 'pm', no zone: AKDT, UTC-8, implied), a one-paragraph summary, 'Read More'. "
        "Local times cross midnight (13 to 14 Sept); all on UTC 14 Sept. Entry 03 (salmon derby) is a local off-beat item.",
  not_entries=["'Skip to content', masthead, Subscribe, navigation, Search", "section title 'News'", "'Read More' links", "newsletter sign-up box", "'Load More'",
               "'Advertisement'", "footer and 'Part of the Black Press Media family'"],
  entries=[
  E("2025-09-14 14:05", "Ukrainian drones set fire at one of Russia's largest refineries",
    ["A Ukrainian drone attack caused a fire at the Kirishi oil refinery in Russia's Leningrad region, the regional governor said, adding that the blaze had been put out."],
    "strikes", "strikes", 3, "kirishi-refinery-drone-attack-2025-09-14", a=AP),
  E("2025-09-14 09:40", "Belarus and Russia stage war games near NATO borders",
    ["Russian and Belarusian troops pressed on with large joint military exercises in Belarus, while neighboring Poland and Lithuania kept extra forces on alert."],
    "other", "security", 2, "zapad-2025-exercises", a="Reuters"),
  OFF("2025-09-14 07:15", "Silver salmon derby wraps up with record turnout",
      ["Organizers said more anglers took part in this year's silver salmon derby on the Kenai Peninsula than in any year since the event began."],
      "kenai-silver-salmon-derby-2025", a="Clarion staff", n="local fishing derby."),
  E("2025-09-14 00:20", "Poland closes 2 eastern airports as Russia pounds western Ukraine",
    ["Poland temporarily shut airports in Rzeszow and Lublin and scrambled aircraft overnight as Russia launched drones at targets in western Ukraine, Polish military officials said."],
    "other", "security", 2, "poland-airspace-closure-2025-09-14", a=AP, sec=["strikes"]),
  E("2025-09-13 21:30", "Romania scrambles fighter jets after drone enters its airspace",
    ["Romania's defense ministry said a drone crossed into its airspace during a Russian attack on Ukrainian ports on the Danube, prompting it to scramble two F-16 fighter jets."],
    "strikes", "strikes", 2, "romania-drone-airspace-violation-2025-09-13", a=AP),
  E("2025-09-13 18:10", "Trump says he is ready for major Russia sanctions if NATO stops buying Russian oil",
    ["President Donald Trump said he was prepared to impose major sanctions on Russia once all NATO countries had agreed to stop purchasing Russian oil."],
    "diplomacy", "diplomacy", 3, "trump-nato-oil-sanctions-letter", a=AP),
  E("2025-09-13 16:45", "NATO sends more jets east after drones cross into Poland",
    ["NATO said allies including Denmark, France, Germany and Britain would send aircraft and other assets to the alliance's eastern flank under a new mission called Eastern Sentry."],
    "other", "security", 2, "nato-eastern-sentry", a=AP),
  ]))

SEEDS.append(dict(id="9908", name="9908_frontiersman-timeline", ext="html", source="Mat-Su Frontiersman", zone="America/Anchorage", render=r_matsu,
  title="Timeline: Alaska readies for a Trump-Putin summit", byline="Frontiersman Staff", published_t="2025-08-09 16:20", updated_t="2025-08-10 14:25",
  lede=["Events moved quickly over the weekend after the White House said the two presidents would meet in Alaska on Friday. Here is how the weekend unfolded, with the newest developments at the bottom."],
  box=["The meeting is set for Friday, Aug. 15, somewhere in Alaska; the venue has not been announced.",
       "Ukraine says it must have a seat at the table and will not give up land.",
       "State and Anchorage officials say they are preparing for heavy security."],
  tail="The Associated Press contributed to this report.",
  notes="Mat-Su Frontiersman (TownNews BLOX) timeline article, HTML, OLDEST first. Entries have NO headlines: each is a paragraph that opens with a bold time "
        "('<strong>4:35 p.m.</strong>') followed by the text; dates come from the h3 day sub-heads 'Saturday, Aug. 9' / 'Sunday, Aug. 10', which print no year (the "
        "year is in the article dates 'Aug 9, 2025' and the JSON-LD). No zone is printed next to the times (AKDT, UTC-8, implied; the <time> attributes of the article "
        "header show -08:00). Local Saturday evening to Sunday afternoon = UTC 10 Aug throughout. 'WHAT TO KNOW' is a summary box, not a Key Points block: key_point false. "
        "Page byline 'Frontiersman Staff' is every entry's author. Entries 03 and 06 are the same story (Alaska's hosting preparations).",
  not_entries=["logo, navigation, Subscribe/Log In", "h1 title", "byline and article dates (Aug 9, 2025 / Updated Aug 10, 2025)", "share tools",
               "lede paragraph 'Events moved quickly ...'", "'WHAT TO KNOW' summary box and its three bullets", "day sub-heads 'Saturday, Aug. 9' and 'Sunday, Aug. 10'",
               "'Advertisement'", "closing credit 'The Associated Press contributed to this report.'", "'Related to this story' links", "footer"],
  entries=[
  E("2025-08-09 16:35", None,
    ["Ukrainian President Volodymyr Zelenskyy said in a video address that Ukraine would not hand its land to the occupier and that any decision taken without Kyiv would be a decision against peace.",
     "He said a meeting of the American and Russian leaders without Ukraine would produce nothing."],
    "diplomacy", "diplomacy", 3, "zelenskyy-no-land-concessions-2025-08-09", a="Frontiersman Staff"),
  E("2025-08-09 19:50", None,
    ["The leaders of France, Italy, Germany, Poland, Britain and Finland, together with the European Commission president, said in a joint statement that the path to peace in Ukraine could not be decided without Ukraine."],
    "diplomacy", "diplomacy", 3, "european-leaders-statement-before-alaska-summit", a="Frontiersman Staff"),
  E("2025-08-09 22:15", None,
    ["Alaska Governor Mike Dunleavy said the state was ready to welcome both presidents and that Alaska's position between the United States and Russia made it a natural meeting place."],
    "diplomacy", "diplomacy", 2, "alaska-summit-hosting-preparations", a="Frontiersman Staff"),
  E("2025-08-10 06:05", None,
    ["A Russian drone struck a minibus near Kherson on Sunday, killing two passengers and wounding four, Ukrainian regional officials said."],
    "strikes", "strikes", 2, "kherson-minibus-drone-strike-2025-08-10", a="Frontiersman Staff"),
  E("2025-08-10 08:40", None,
    ["Vice President JD Vance said in a television interview that the administration was working toward a settlement that neither side would be completely happy with."],
    "diplomacy", "diplomacy", 2, "vance-settlement-comments-2025-08-10", a="Frontiersman Staff"),
  E("2025-08-10 11:25", None,
    ["Anchorage hotels reported a rush of bookings from journalists and government staff, though the White House still had not said where in Alaska the summit would take place.",
     "Some lodges in the Mat-Su Valley said they had also taken inquiries."],
    "diplomacy", "diplomacy", 2, "alaska-summit-hosting-preparations", a="Frontiersman Staff"),
  E("2025-08-10 14:10", None,
    ["Ukraine's military said Sunday that its drones had hit an oil refinery in Russia's Saratov region, causing a fire."],
    "strikes", "strikes", 2, "saratov-refinery-drone-strike-2025-08-10", a="Frontiersman Staff"),
  ]))

SEEDS.append(dict(id="9909", name="9909_nomenugget-news", ext="txt", source="Nome Nugget", zone="America/Nome", render=r_nome,
  title="News",
  notes="The Nome Nugget (Drupal) News listing, text scrape, newest first. Each teaser: headline, 'Submitted by NAME on Thu, 09/18/2025 - 11:42' (Drupal medium "
        "date, US month/day order, 24 h, no zone: AKDT, UTC-8, implied), body excerpt, 'Read more'. stamp = the date part after 'on'; author = the submitting user. "
        "Local times cross midnight (17 to 18 Sept); all on UTC 18 Sept. Entry 04 (port contract) is a local off-beat item.",
  not_entries=["'Skip to main content', masthead and tagline", "navigation line", "'Search form' / 'Search'", "section title 'News'", "'Read more' links",
               "pager line", "Drupal 'User login' block (Username, Password, Create new account, Request new password)", "footer lines"],
  entries=[
  E("2025-09-18 11:42", "NORAD jets shadow Russian patrol planes off Alaska coast",
    ["Fighter jets from Joint Base Elmendorf-Richardson flew out over the Bering Sea this week to track two Russian maritime patrol aircraft that entered the Alaska Air Defense Identification Zone, NORAD said.",
     "The Russian planes stayed in international airspace, and such flights are not considered a threat, the command said."],
    "other", "security", 2, "norad-russian-aircraft-adiz-2025-09", a="Kara Penrose"),
  E("2025-09-18 10:15", "Families across the strait still waiting for visits to resume",
    ["For Yupik families with relatives in Chukotka, the visa-free visits that once brought people across the Bering Strait each summer remain suspended, more than three years after Russia invaded Ukraine.",
     "Elders in Gambell and Savoonga say the separation is hardest for those who remember the last exchanges.",
     "Tribal leaders have asked the State Department to keep the program alive on paper."],
    "other", "humanitarian", 2, "bering-strait-family-visits-suspended", a="Joel Atanak"),
  E("2025-09-18 09:05", "Russian crab ban keeps Norton Sound prices up",
    ["Fishermen in Norton Sound say a U.S. ban on Russian seafood imports has helped keep red king crab prices high this fall.",
     "Buyers paid more per pound than last season, according to the regional development corporation."],
    "diplomacy", "diplomacy", 2, "russian-seafood-import-ban-effect", a="Kara Penrose"),
  OFF("2025-09-17 21:30", "Council approves next phase of port work",
      ["The Nome Common Council voted 5-1 at its meeting this week to approve a contract for the next phase of the city's deep-draft port project."],
      "nome-port-contract-2025-09", a="Joel Atanak", n="local council/port."),
  E("2025-09-17 18:40", "Coast Guard cutter follows Russian warships in Bering Sea",
    ["A Coast Guard cutter on patrol in the Bering Sea monitored a group of Russian naval vessels as they passed through the U.S. exclusive economic zone last week, the Coast Guard's Alaska district said."],
    "other", "security", 2, "coast-guard-russian-vessels-bering-sea-2025-09", a="Nome Nugget"),
  E("2025-09-17 16:20", "Nome veterans collect winter gear for Ukrainian families",
    ["Members of a Nome veterans post have packed more than 40 boxes of coats, boots and sleeping bags to send to families displaced by the war in Ukraine.",
     "The boxes will travel by air cargo to Anchorage and on to a charity warehouse in Poland."],
    "aid", "aid", 2, "nome-veterans-winter-gear-drive", a="Joel Atanak"),
  ]))


# ============================================================ PART B, day 1: 2025-07-24 (UTC)
D1 = "Day 1 (2025-07-24 UTC): 9920, 9921, 9922, 9923, 9924."
ODESA = "odesa-overnight-strike-2025-07-24"
IST = "istanbul-talks-third-round-2025-07-23"
IZM = "izmail-port-drone-attack-2025-07-24"
NABU = "nabu-sap-independence-bill-2025"
PAT = "germany-patriot-systems-for-ukraine-2025-07-24"

SEEDS.append(dict(id="9920", name="9920_harnsey-textlive", ext="txt", source="Harnsey Live", zone="Europe/Kyiv", render=r_harnsey,
  title="Ukraine war live: Odesa toll rises after night attack; Istanbul talks agree new prisoner swap", dateline="Thursday 24 July 2025",
  tznote="All times are Kyiv time (EEST)",
  summary=["Russian missiles and drones hit Odesa overnight; the toll rose during the day.", "Third round of talks in Istanbul ends with a deal on prisoners but no ceasefire.",
           "Zelensky sends parliament a bill restoring the anti-corruption agencies' powers."],
  notes="Invented outlet. Text live blog, OLDEST first; each post opens with 'Posted by NAME \u00b7 16.05' (24 h with a dot, Kyiv EEST = UTC+3) BEFORE the headline. "
        "'Summary' bullets at the top are a lede, not a Key Points block. Spelling 'Odesa'; toll one -> two -> three during the day. Entry 05 repeats entry 02 nearly "
        "verbatim (duplicate_of 9920-02). Entry 07 is the day's theme piece (analysis). " + D1,
  not_entries=["masthead, menu, Sign in/Subscribe", "title and date lines", "'All times are Kyiv time (EEST)'", "'Summary' heading and its three bullets",
               "'Posted by ...' lines (author and stamp)", "'Share \u00b7 Copy link' lines", "'Advertisement'", "'End of today's live coverage' and footer"],
  entries=[
  E("2025-07-24 06:40", "Russian missiles and drones hit Odesa overnight",
    ["Russia attacked Odesa with drones and missiles overnight, killing one person and damaging apartment buildings, a market and port facilities, local officials said.",
     "Explosions were heard in the city for more than two hours."],
    "strikes", "strikes", 3, ODESA, a="Anna Vellacott"),
  E("2025-07-24 09:00", "Istanbul talks end with deal on new prisoner exchange",
    ["Ukrainian and Russian delegations agreed in Istanbul late on Wednesday to exchange at least 1,200 prisoners of war each, Ukraine's chief negotiator Rustem Umerov said.",
     "Kyiv also proposed that Presidents Zelensky and Putin meet before the end of August; the Russian side said such a meeting would only make sense to sign a final agreement."],
    "diplomacy", "diplomacy", 3, IST, a="Tomas Redfern"),
  E("2025-07-24 11:15", "Odesa: second victim found under rubble",
    ["Rescuers pulled a second body from the collapsed section of a five-storey building in Odesa's Peresyp district, the regional administration said."],
    "strikes", "strikes", 3, ODESA, a="Anna Vellacott"),
  E("2025-07-24 13:40", "Germany says Patriot systems for Ukraine could arrive within months",
    ["Germany's defence minister said two additional Patriot air defence systems paid for by Berlin could reach Ukraine within two to three months, after Washington agreed to replenish German stocks first.",
     "Kyiv has asked its allies for ten more systems to counter Russian ballistic missiles."],
    "aid", "aid", 3, PAT, a="Tomas Redfern"),
  E("2025-07-24 14:55", "Istanbul talks end with agreement on new prisoner exchange",
    ["Ukrainian and Russian delegations agreed in Istanbul late on Wednesday to exchange at least 1,200 prisoners of war each, Ukraine's chief negotiator Rustem Umerov said.",
     "Kyiv also proposed that Presidents Zelensky and Putin meet before the end of August; the Russian side said such a meeting would only make sense to sign a final agreement."],
    "diplomacy", "diplomacy", 1, IST, a="Tomas Redfern", dup="9920-02", n="Near-verbatim repeat of 9920-02 (one word of the headline changed) -> importance 1."),
  E("2025-07-24 16:05", "Zelensky sends parliament a bill restoring anti-graft agencies' powers",
    ["President Volodymyr Zelensky submitted a draft law that would restore the independence of the National Anti-Corruption Bureau and the Specialised Anti-Corruption Prosecutor's Office, two days after signing a measure that curbed it.",
     "Protesters had gathered in Kyiv and other cities for a third night."],
    "other", "politics", 3, NABU, a="Anna Vellacott"),
  E("2025-07-24 19:25", "Analysis: why prisoner swaps survive when everything else stalls",
    ["Wednesday's meeting in Istanbul lasted less than an hour and brought no movement on a ceasefire, yet the two delegations again found common ground on prisoners.",
     "Exchanges cost both governments little politically, they are easy to verify, and they let negotiators show that the channel still works.",
     "The harder questions of territory, security guarantees and sanctions have not been touched in any of the three rounds."],
    "diplomacy", "diplomacy", 2, "analysis-prisoner-swaps-outlast-talks", a="Tomas Redfern", n="Theme piece (analysis with body): own story, importance 2; not the Istanbul event itself."),
  E("2025-07-24 21:50", "Odesa toll rises to three",
    ["A third person has died in hospital after the overnight Russian attack on Odesa, regional governor Oleh Kiper said.",
     "Nineteen people were wounded, among them two children."],
    "strikes", "strikes", 3, ODESA, a="Anna Vellacott"),
  ]))

SEEDS.append(dict(id="9921", name="9921_pellanby-ldlive", ext="html", source="Pellanby Journal", zone="Europe/Kyiv", render=r_pellanby,
  title="Russia-Ukraine war: Odessa struck overnight, Kremlin cool on leaders' meeting", url="https://pellanby.example/live/ukraine-2025-07-24",
  lede="Live coverage from our correspondents in Kyiv and Istanbul.",
  notes="Invented outlet. HTML live blog, newest first, LiveBlogPosting JSON-LD with per-update datePublished (+03:00); visible meta after each h2: "
        "'By NAME \u00b7 <time>24 July 2025, 10:42 EEST</time>'. Spelling 'Odessa'. Entry 04 is a video teaser ('Watch:') without body. Entry 01 is the Kremlin's "
        "reaction to the Istanbul round (same story). Entry 02 (Sweden) and the German Patriot story of other seeds are the same theme but different decisions: must not merge. "
        "Entry 03 (Izmail) is a different attack from Odesa city: must not merge. " + D1,
  not_entries=["cookie consent bar", "header and menu", "h1 title", "standfirst 'Live coverage from ...'", "video embed placeholder", "share links", "newsletter box", "footer"],
  entries=[
  E("2025-07-24 20:15", "Kremlin: leaders' meeting is premature",
    ["Kremlin spokesman Dmitry Peskov said a meeting between Vladimir Putin and Volodymyr Zelensky could only crown a negotiating process and was not yet on the agenda.",
     "He called the outcome of the Istanbul round a modest step forward."],
    "diplomacy", "diplomacy", 3, IST, a="Lucja Tarrant", n="Reaction whose content is the Istanbul round itself -> same story."),
  E("2025-07-24 17:30", "Sweden adds air defence and radars to its next package",
    ["Sweden will give Ukraine air defence equipment and surveillance radars worth about 1.2 billion kronor, the government in Stockholm said."],
    "aid", "aid", 2, "sweden-air-defence-package-2025-07-24", a="Rhys Aldington", n="Different aid decision from Germany's Patriots: must not merge."),
  E("2025-07-24 14:05", "Izmail port hit by drones, grain terminal on fire",
    ["Russian drones attacked the Danube port of Izmail shortly after noon, setting fire to a grain terminal, the Odessa regional administration said.",
     "No one was hurt, according to preliminary information."],
    "strikes", "strikes", 3, IZM, a="Rhys Aldington", n="Same region as the Odessa city strike but a different attack: must not merge."),
  E("2025-07-24 11:50", "Watch: rescuers search Odessa apartment block", [], "strikes", "strikes", 1, ODESA, n="Video teaser without body -> importance 1."),
  E("2025-07-24 10:20", "Anti-corruption protests continue as Zelensky promises fix",
    ["Several thousand people, many of them students, rallied near the presidential office in Kyiv on Wednesday evening, demanding that the anti-corruption agencies' independence be restored.",
     "Zelensky said on Thursday morning that he would put forward a new bill."],
    "other", "politics", 3, NABU, a="Lucja Tarrant"),
  E("2025-07-24 08:10", "Odessa: one dead after overnight missile and drone attack",
    ["One person was killed and at least eleven were injured when Russia struck Odessa overnight, regional governor Oleh Kiper said.",
     "A five-storey residential building partly collapsed."],
    "strikes", "strikes", 3, ODESA, a="Rhys Aldington"),
  ]))

SEEDS.append(dict(id="9922", name="9922_scarnbeck-worldrss", ext="xml", source="Scarnbeck World Service", zone="UTC", render=r_rss, off="GMT",
  title="Scarnbeck World Service - Top stories", url="https://scarnbeck.example", lede="The world's news from the Scarnbeck newsroom",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, no authors; four of six items off-beat (Thailand-Cambodia clashes, An-24 crash "
        "in Russia's Far East, ECB rates, Japan-US tariff deal). The An-24 crash happened in Russia but is not about the war: off-beat. Spelling 'Odesa'; toll two. " + D1,
  not_entries=["channel title/link/description/language", "<category> and <guid> values"],
  entries=[
  OFF("2025-07-24 19:45", "Thai and Cambodian forces clash along disputed border",
      ["Fighting broke out at several points along the border between Thailand and Cambodia, with both sides reporting civilian deaths and Thailand sending F-16 jets against Cambodian positions."],
      "thailand-cambodia-border-clashes", n="South-east Asian border conflict."),
  OFF("2025-07-24 16:10", "Passenger plane crashes in Russia's Far East",
      ["An Antonov An-24 with around 50 people on board crashed while approaching the town of Tynda in the Amur region, Russian emergency officials said.",
       "Investigators are examining poor visibility and crew error as possible causes."],
      "amur-an24-crash", n="air crash inside Russia, not related to the war."),
  E("2025-07-24 13:20", "Odesa: two killed in overnight Russian strike",
    ["Russian missiles and drones killed two people and damaged homes and port facilities in the Ukrainian city of Odesa overnight, officials said."],
    "strikes", "strikes", 3, ODESA),
  OFF("2025-07-24 12:30", "ECB leaves interest rates unchanged",
      ["The European Central Bank held its deposit rate at 2 percent, pausing after eight cuts, as policymakers waited to see how US tariffs would affect the economy."],
      "ecb-rates-2025-07-24", n="euro-area monetary policy."),
  E("2025-07-24 09:05", "Russia and Ukraine agree new prisoner exchange after short Istanbul meeting",
    ["Delegations from Russia and Ukraine met for less than an hour in Istanbul on Wednesday and agreed to swap more prisoners, but remained far apart on a ceasefire."],
    "diplomacy", "diplomacy", 3, IST),
  OFF("2025-07-24 06:40", "Japan and US seal tariff deal",
      ["Japan agreed to a trade deal with the United States that sets a 15 percent tariff on its exports, including cars, Japanese officials said."],
      "japan-us-tariff-deal-2025", n="trade."),
  ]))

SEEDS.append(dict(id="9923", name="9923_wickhollow-atom", ext="xml", source="Wickhollow Review", zone="Europe/Kyiv", render=r_atom, mode="content",
  title="Wickhollow Review \u2014 War in Ukraine", url="https://wickhollow.example",
  notes="Invented outlet (Kyiv-based). Atom 1.0, newest first, <published> with +03:00 (EEST), escaped-HTML content, per-entry <author>. Spelling 'Odesa'; toll three. "
        "Entry 04 (Izmail) is re-posted nearly verbatim on day 2 by 9931-02. Entry 05 (Kharkiv glide bomb) is a different attack from Odesa: must not merge. " + D1,
  not_entries=["feed title/links/id/updated", "<updated> and <id> of each entry"],
  entries=[
  E("2025-07-24 22:30", "Three dead, 19 injured: Odesa counts the cost of the night attack",
    ["The number of people killed in the overnight attack on Odesa has risen to three, the regional military administration said, with 19 injured.",
     "City authorities opened temporary shelters for residents whose flats were destroyed."],
    "strikes", "strikes", 3, ODESA, a="Iryna Holub"),
  E("2025-07-24 18:00", "Berlin promises Patriot deliveries in two to three months",
    ["Two Patriot systems financed by Germany are expected to reach Ukraine within two to three months, Defence Minister Boris Pistorius said after talks with his Ukrainian counterpart."],
    "aid", "aid", 3, PAT, a="Maksym Dovzhenko"),
  E("2025-07-24 15:20", "Umerov: exchange of 1,200 prisoners to start soon",
    ["The swap of at least 1,200 prisoners from each side agreed in Istanbul should begin in the coming days, Rustem Umerov said.",
     "He said Ukraine had also handed the Russian side a list of children it says were taken to Russia."],
    "diplomacy", "diplomacy", 3, IST, a="Iryna Holub"),
  E("2025-07-24 14:50", "Izmail: drones set grain terminal ablaze",
    ["Russian drones struck the port of Izmail on the Danube at midday, starting a fire at a grain terminal, the regional administration said.",
     "Romania, whose territory lies across the river, said it was monitoring the situation."],
    "strikes", "strikes", 3, IZM, a="Iryna Holub"),
  E("2025-07-24 12:40", "Kharkiv: glide bomb damages clinic",
    ["A Russian guided aerial bomb hit a district of Kharkiv, damaging a medical clinic and wounding two people, Mayor Ihor Terekhov said."],
    "strikes", "strikes", 2, "kharkiv-glide-bomb-2025-07-24", a="Maksym Dovzhenko", n="Different attack from Odesa: must not merge."),
  ]))

SEEDS.append(dict(id="9924", name="9924_corsewell-article", ext="txt", source="Corsewell Courier", zone="Europe/Kyiv", render=r_textarticle,
  title="A deadly night in Odessa, a short day in Istanbul", byline="Marta Ilnytska", dateline_t="2025-07-24 18:40", crumb="World \u203a Ukraine",
  dateline=lambda d: f"Published {d:%d.%m.%Y}, {d:%H:%M} (Kyiv)",
  lede="Ukraine spent Thursday burying the dead of another night attack while its negotiators explained what little Istanbul had produced.",
  more="Who sits at the Istanbul table",
  notes="Invented outlet. Text article with three section headings; one entry per section, stamp null, published = the dateline 'Published 24.07.2025, 18:40 (Kyiv)' "
        "(EEST, UTC+3 -> 15:40 UTC); page byline as author. Spelling 'Odessa'; toll two. " + D1,
  not_entries=["outlet name and breadcrumb", "title line", "byline and dateline lines", "lede paragraph", "'Share this article'", "'More on this story: ...' link", "copyright line"],
  entries=[
  E(None, "Night of fire in Odessa",
    ["Russia's overnight attack on Odessa killed two people and wounded at least 15, according to regional officials, and left a residential block in the Peresyp district partly destroyed.",
     "Port warehouses and a market were also hit."],
    "strikes", "strikes", 3, ODESA, a="Marta Ilnytska"),
  E(None, "Istanbul: prisoners yes, summit no",
    ["The third round of direct talks produced an agreement on another large prisoner exchange but no progress on a ceasefire or on a meeting of the two presidents.",
     "Russia proposed setting up three working groups on political, humanitarian and military questions."],
    "diplomacy", "diplomacy", 3, IST, a="Marta Ilnytska"),
  E(None, "Street protests force a rethink in Kyiv",
    ["The president's decision to submit a new anti-corruption bill followed three nights of protests and sharp criticism from the European Commission."],
    "other", "politics", 3, NABU, a="Marta Ilnytska"),
  ]))

# ============================================================ PART B, day 2: 2025-07-25 (UTC) — the day after day 1
D2 = "Day 2 (2025-07-25 UTC): 9930, 9931, 9932, 9933, 9934."
DNI = "dnipro-missile-strike-2025-07-25"
NL = "netherlands-air-defence-funding-2025-07-25"

SEEDS.append(dict(id="9930", name="9930_merriwick-htmllive", ext="html", source="Merriwick Post", zone="Europe/Kyiv", render=r_merriwick,
  title="Ukraine live: missiles hit Dnipro overnight", dateline="Friday 25 July 2025", tznote="Times shown are Kyiv time.",
  notes="Invented outlet. HTML live blog, newest first, no JSON-LD; visible stamps '10:40' in <time datetime> attributes given in UTC (Z); author line '\u2014 NAME' "
        "after the body. Entry 04 is a photo teaser without body. Entry 02 is the day's theme piece (explainer). Entry 05 continues the day-1 anti-corruption story "
        "with a new development (keeps the day-1 slug). Spelling 'Dnipro'; toll two -> five. " + D2,
  not_entries=["header and menu", "h1 title", "date line", "'Times shown are Kyiv time.'", "photo gallery images", "'— NAME' author lines", "reader-funding plug", "footer"],
  entries=[
  E("2025-07-25 20:40", "Dnipro toll climbs to five",
    ["Five people are now confirmed dead after the overnight strike on Dnipro, the regional governor said, and 26 were wounded."],
    "strikes", "strikes", 3, DNI, a="Olena Vasko"),
  E("2025-07-25 18:10", "Explainer: how interceptor drones are changing Ukraine's air defence",
    ["Ukraine is turning to cheap, fast drones that ram Russian Shahed-type drones in flight, a tactic that costs a fraction of a missile interceptor.",
     "Manufacturers say they can now build several hundred a day, though crews still need training and good radar coverage to use them well."],
    "strikes", "strikes", 2, "explainer-interceptor-drones", a="Ilya Brandt", n="Theme piece (explainer with body): own story, importance 2."),
  E("2025-07-25 15:25", "Netherlands to fund air defence purchase from US",
    ["The Netherlands will contribute about 300 million euros so that Ukraine can buy American-made air defence equipment, the Dutch defence ministry said."],
    "aid", "aid", 3, NL, a="Ilya Brandt", n="Different aid decision from Canada's drones: must not merge."),
  E("2025-07-25 12:05", "Photos: Dnipro after the night attack", [], "strikes", "strikes", 1, DNI, n="Photo teaser without body -> importance 1."),
  E("2025-07-25 10:30", "Rada committee backs restoring anti-corruption bureau's independence",
    ["A parliamentary committee unanimously recommended the president's bill restoring the powers of Ukraine's anti-corruption bodies, clearing the way for a vote next week."],
    "other", "politics", 2, NABU, a="Olena Vasko", n="Day-2 continuation of the day-1 story with a new development; keeps the day-1 slug."),
  E("2025-07-25 07:15", "Missiles strike Dnipro overnight, two dead",
    ["Russian missiles struck an industrial area and nearby apartment blocks in Dnipro overnight, killing two people, local authorities said."],
    "strikes", "strikes", 3, DNI, a="Olena Vasko"),
  ]))

SEEDS.append(dict(id="9931", name="9931_glasserton-textlive", ext="txt", source="Glasserton Live", zone="Europe/London", render=r_glasserton,
  title="Russia-Ukraine war: Dnipro counts its dead, Odesa mourns \u2013 as it happened", dateline="Friday 25 July", tznote="All times BST",
  lede="Our live coverage of the war in Ukraine has ended for today.", parse_args=["--date", "2025-07-25"],
  notes="Invented outlet. Text live blog, OLDEST first; the date line 'Friday 25 July' has NO year and no year appears anywhere (parse_args --date 2025-07-25); "
        "'All times BST' (UTC+1); each post a '8.05am' line BEFORE its headline and a '\u2013 NAME' line after the body. Spelling 'Dnepr'. Entry 02 re-posts the day-1 "
        "entry 9923-04 nearly verbatim (importance 1; duplicate_of null because duplicate_of is defined within one seed). Entry 04 continues the day-1 Odesa story "
        "(keeps the day-1 slug). Entry 06 repeats entry 03 nearly verbatim (duplicate_of 9931-03). Entry 05 (Nikopol) is a different attack in the same region as "
        "Dnipro: must not merge. " + D2,
  not_entries=["outlet name and menu", "title and date lines", "'All times BST'", "lede line", "'\u2013 NAME' author lines", "newsletter plug", "'This live blog is now closed.' and footer"],
  entries=[
  E("2025-07-25 08:05", "Dnepr: industrial zone hit, two killed",
    ["Several Russian missiles hit an industrial zone in Dnepr overnight, killing two people and injuring at least 12, Ukrainian officials said."],
    "strikes", "strikes", 3, DNI, a="Callum Fairweather"),
  E("2025-07-25 09:30", "Izmail: drones set grain terminal ablaze",
    ["Russian drones struck the port of Izmail on the Danube at midday, starting a fire at a grain terminal, the regional administration said.",
     "Romania, whose territory lies across the river, said it was monitoring the situation."],
    "strikes", "strikes", 1, IZM, n="Re-post of day-1 entry 9923-04 (Wickhollow Review, 24 July), nearly verbatim: importance 1."),
  E("2025-07-25 11:45", "Canada announces drone and armoured vehicle package",
    ["Canada will send Ukraine about 2,000 small reconnaissance drones and a batch of armoured vehicles, its defence minister said."],
    "aid", "aid", 2, "canada-drone-package-2025-07-25", a="Priti Lowther", n="Different aid decision from the Dutch air-defence money: must not merge."),
  E("2025-07-25 13:20", "Odesa mourns victims as toll reaches four",
    ["The city of Odesa observed a day of mourning on Friday after a fourth person died of injuries sustained in the Russian attack early on Thursday."],
    "strikes", "strikes", 3, ODESA, a="Callum Fairweather", n="Day-2 continuation of the day-1 story (new toll, day of mourning); keeps the day-1 slug."),
  E("2025-07-25 15:05", "Nikopol shelled again, one injured",
    ["Russian artillery fired on Nikopol from across the Dnipro river, injuring a 60-year-old man and damaging a power line, regional officials said."],
    "strikes", "strikes", 2, "nikopol-shelling-2025-07-25", a="Priti Lowther", n="Different attack from the Dnipro city strike: must not merge."),
  E("2025-07-25 17:40", "Canada unveils drone and armoured vehicle package",
    ["Canada will send Ukraine about 2,000 small reconnaissance drones and a batch of armoured vehicles, its defence minister said."],
    "aid", "aid", 1, "canada-drone-package-2025-07-25", a="Priti Lowther", dup="9931-03", n="Near-verbatim repeat of 9931-03 -> importance 1."),
  ]))

SEEDS.append(dict(id="9932", name="9932_cobhallow-rss", ext="xml", source="Cobhallow Herald", zone="Europe/Kyiv", render=r_rss, off=None, cat="Ukraine",
  title="Cobhallow Herald \u2014 Latest", url="https://cobhallow.example", lede="News from Ukraine",
  notes="Invented outlet (Kyiv-based). RSS 2.0, newest first, pubDate with +0300 (EEST), dc:creator per item, CDATA paragraphs. Entry 04 is the air force's "
        "tally of the night whose main target was Dnipro: same story as the Dnipro strike. Entry 05 continues the day-1 Istanbul story (lists for the agreed exchange). " + D2,
  not_entries=["channel title/link/description/language", "<category> and <guid> values"],
  entries=[
  E("2025-07-25 21:10", "Odesa buries its dead; fourth victim named",
    ["Funerals were held in Odesa on Friday for victims of Thursday's night attack, as officials named a fourth person who died in hospital."],
    "strikes", "strikes", 3, ODESA, a="Dariia Mazur", n="Day-2 continuation of the day-1 story; keeps the day-1 slug."),
  E("2025-07-25 17:45", "Russian defence ministry claims village near Kupiansk",
    ["Russia's defence ministry said its forces had captured a village north of Kupiansk in the Kharkiv region, a claim Ukraine's general staff did not confirm."],
    "other", "frontline", 2, "russia-claims-village-near-kupiansk-2025-07-25", a="Dariia Mazur"),
  E("2025-07-25 14:30", "Dnipro: death toll rises to four, 22 injured",
    ["The number of people killed in the Russian missile strike on Dnipro has risen to four, with 22 injured, the regional military administration reported."],
    "strikes", "strikes", 3, DNI, a="Petro Ivaniuk"),
  E("2025-07-25 11:00", "Air force: 12 missiles and 90 drones launched overnight",
    ["Russia launched 12 missiles and 90 drones at Ukraine overnight, of which air defences destroyed 9 missiles and 71 drones, the air force said.",
     "The main target was the city of Dnipro."],
    "strikes", "strikes", 3, DNI, a="Petro Ivaniuk", n="Tally of the same night's attack, naming Dnipro as the main target -> same story."),
  E("2025-07-25 08:20", "Exchange lists being checked, ombudsman says",
    ["Ukraine's human rights commissioner Dmytro Lubinets said the lists of prisoners for the exchange agreed in Istanbul were being verified and that the first stage could come soon."],
    "diplomacy", "diplomacy", 2, IST, a="Dariia Mazur", n="Continues the day-1 Istanbul story (keeps its slug)."),
  ]))

SEEDS.append(dict(id="9933", name="9933_fennimere-worldatom", ext="xml", source="Fennimere World Desk", zone="UTC", render=r_atom, mode="summary",
  title="Fennimere World Desk", url="https://fennimere.example",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in Z (UTC), plain <summary> only, no authors; four of six entries off-beat "
        "(Cambodia/Thailand, France and Palestine, Turkey heat, An-24 recorders). " + D2,
  not_entries=["feed title/links/id/updated", "<updated> and <id> of each entry"],
  entries=[
  OFF("2025-07-25 21:30", "Cambodia calls for emergency UN meeting as border fighting spreads",
      ["Cambodia asked the UN Security Council to meet urgently after a second day of clashes with Thailand forced more than 100,000 people from their homes."],
      "thailand-cambodia-border-clashes", n="South-east Asian border conflict."),
  E("2025-07-25 18:15", "Ukraine's Dnipro counts dead after missile strike",
    ["At least four people were killed when Russian missiles hit the Ukrainian city of Dnipro overnight, officials said."],
    "strikes", "strikes", 3, DNI),
  OFF("2025-07-25 15:00", "France will recognise a Palestinian state, Macron says",
      ["President Emmanuel Macron said France would formally recognise a Palestinian state at the UN General Assembly in September."],
      "france-to-recognise-palestine", n="Middle East diplomacy."),
  OFF("2025-07-25 12:45", "Turkey records its highest temperature as wildfires burn",
      ["A weather station in south-eastern Turkey recorded 50.5 degrees Celsius, the highest temperature in the country's history, as firefighters battled blazes in several provinces."],
      "turkey-heat-record-2025-07", n="weather."),
  E("2025-07-25 10:20", "Odesa holds day of mourning after deadly strike",
    ["The Ukrainian port city of Odesa declared a day of mourning on Friday for people killed in a Russian missile and drone attack earlier in the week."],
    "strikes", "strikes", 3, ODESA, n="Day-2 continuation of the day-1 story; keeps the day-1 slug."),
  OFF("2025-07-25 07:10", "Flight recorders recovered from crashed An-24",
      ["Investigators found both flight recorders at the site where a regional airliner came down in Russia's Amur region, killing everyone on board."],
      "amur-an24-crash", n="air crash inside Russia, not related to the war."),
  ]))

SEEDS.append(dict(id="9934", name="9934_ostlecombe-article", ext="html", source="Ostlecombe Gazette", zone="Europe/Berlin", render=r_ostlecombe,
  title="Dnipro hit, Odesa mourns, The Hague pays for air defence", byline="Henrike Aldous", dateline_t="2025-07-25 17:05",
  lede="A week of heavy strikes on Ukrainian cities ends with new money for air defence.", more="What the Patriot shortage means for Ukraine",
  notes="Invented outlet. HTML article with three h2 sections and NewsArticle JSON-LD; one entry per section, stamp null, published = the visible dateline "
        "'25 July 2025 \u00b7 17:05 CEST' (UTC+2 -> 15:05 UTC); page byline as author. " + D2,
  not_entries=["header and menu", "kicker 'Ukraine'", "h1 title", "byline and dateline", "bold lede", "share links", "'Read more: ...' link", "footer"],
  entries=[
  E(None, "Dnipro hit again",
    ["The missile strike on Dnipro, which local officials said killed at least four people, was one of the heaviest attacks on the city this summer.",
     "Much of the damage was in an industrial zone on the city's edge."],
    "strikes", "strikes", 3, DNI, a="Henrike Aldous"),
  E(None, "Air defence money from The Hague",
    ["The Dutch government has set aside around 300 million euros to buy American air defence systems for Ukraine, the defence ministry in The Hague said on Friday."],
    "aid", "aid", 3, NL, a="Henrike Aldous"),
  E(None, "Odesa in mourning",
    ["Odesa held a day of mourning for the victims of the attack of 24 July, in which four people were killed."],
    "strikes", "strikes", 3, ODESA, a="Henrike Aldous", n="Day-2 continuation of the day-1 story; keeps the day-1 slug."),
  ]))

# ============================================================ PART B, day 3: 2025-11-24 (UTC)
D3 = "Day 3 (2025-11-24 UTC): 9940, 9941, 9942, 9943, 9944."
GEN = "geneva-us-ukraine-peace-framework-talks"
ABU = "us-russia-contacts-abu-dhabi-2025-11-24"
EURO = "european-counterproposal-peace-plan"
KHK = "kharkiv-drone-strike-2025-11-23"

SEEDS.append(dict(id="9940", name="9940_lathridge-textlive", ext="txt", source="Lathridge Daily", zone="Europe/London", render=r_lathridge,
  title="Ukraine peace plan: Geneva talks yield 'refined' framework \u2013 live", dateline="Monday 24 November 2025",
  lede="Follow the latest on the US-backed plan to end the war, and the overnight attack on Kharkiv.",
  notes="Invented outlet. Text live blog, newest first, '13:05 GMT' line BEFORE each headline (London in November = GMT = UTC), 'By NAME' after the headline. "
        "The 'Key Points' block lists three headlines (entries 02, 04, 06): key_point true, importance 3. Entry 07 is a video teaser without body; entry 03 is the "
        "day's theme piece (analysis). Spelling 'Kharkiv'. " + D3,
  not_entries=["masthead and menu", "title and date lines", "lede", "'Key Points' heading and its bullets (they point at posts)", "'Latest' heading", "'By NAME' lines",
               "'Advertisement'", "'Show earlier posts' and footer"],
  entries=[
  E("2025-11-24 19:40", "Driscoll meets Russian officials in Abu Dhabi",
    ["US Army Secretary Dan Driscoll held talks with a Russian delegation in Abu Dhabi on Monday evening, according to a US official, a day after the Geneva meeting with Ukraine."],
    "diplomacy", "diplomacy", 3, ABU, a="Priya Stanhope", n="Separate meeting from the Geneva round: must not merge."),
  E("2025-11-24 17:15", "Zelensky: sensitive points to be settled with Trump",
    ["Volodymyr Zelensky said the list of steps needed to end the war could be workable, but that the most sensitive issues would have to be discussed with President Trump personally."],
    "diplomacy", "diplomacy", 3, GEN, a="Priya Stanhope", kp=True),
  E("2025-11-24 14:50", "Analysis: the original 28 points and what changed",
    ["The draft first circulated last week would have required Ukraine to withdraw from the part of Donetsk it still holds, cap its army and give up on joining NATO.",
     "Officials on both sides of the Atlantic say the version discussed in Geneva is shorter and leaves the territorial question open for the leaders.",
     "What Moscow makes of the changes is unclear."],
    "diplomacy", "diplomacy", 2, "analysis-28-point-plan-changes", a="Marcus Delaney", n="Theme piece (analysis with body): own story, importance 2."),
  E("2025-11-24 12:30", "Kharkiv death toll rises to four",
    ["A fourth person has died after the Russian drone attack on Kharkiv on Sunday night, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 3, KHK, a="Marcus Delaney", kp=True),
  E("2025-11-24 10:05", "Europeans table their own version of a peace plan",
    ["Britain, France and Germany sent Washington a counter-proposal that would freeze the fighting along the current line and leave territorial talks for later, according to a copy seen by several news outlets."],
    "diplomacy", "diplomacy", 3, EURO, a="Marcus Delaney", n="European initiative, separate from the US-Ukraine Geneva round: must not merge."),
  E("2025-11-24 08:20", "Geneva talks produce 'refined' peace framework",
    ["American and Ukrainian negotiators said after talks in Geneva that they had drafted an updated and refined framework for a peace deal, and that work would continue in the coming days."],
    "diplomacy", "diplomacy", 3, GEN, a="Priya Stanhope", kp=True),
  E("2025-11-24 06:45", "Watch: Kharkiv residents sweep up glass after night attack", [], "strikes", "strikes", 1, KHK, n="Video teaser without body -> importance 1."),
  ]))

SEEDS.append(dict(id="9941", name="9941_brackenwold-htmllive", ext="html", source="Brackenwold Times", zone="Europe/Berlin", render=r_brackenwold,
  title="Peace plan talks: the day after Geneva", dateline="Monday, 24 November 2025", url="https://brackenwold.example/live/ukraine-2025-11-24",
  lede="Our correspondents in Berlin, Kyiv and Geneva follow the day.",
  notes="Invented outlet. HTML live blog, OLDEST first; JSON-LD @graph whose page node has @type ['BlogPosting','LiveBlogPosting'] and a liveBlogUpdate list with "
        "per-update datePublished (+01:00); visible '07:10 CET' span before each h2, author after the body. Spelling 'Kharkov'. Entry 05 repeats entry 02 nearly "
        "verbatim (duplicate_of 9941-02). Entry 04 is the Kremlin's reaction to the Geneva round (same story). Entry 06 (EU leaders in Luanda) is a different "
        "meeting from the European counter-proposal: must not merge. Entry 03 (Zaporizhzhia) is a different attack from Kharkiv: must not merge. " + D3,
  not_entries=["header and menu", "h1 title", "date line", "intro paragraph", "author lines", "'Live coverage continues tomorrow.'", "footer"],
  entries=[
  E("2025-11-24 07:10", "Kharkov: drones hit apartment blocks, three dead",
    ["Russian drones struck two apartment buildings and a petrol station in Kharkov late on Sunday, killing three people, Ukrainian officials said."],
    "strikes", "strikes", 3, KHK, a="Jannik Hollweg"),
  E("2025-11-24 09:35", "Geneva: US and Ukraine report progress",
    ["The United States and Ukraine said their talks in Geneva had been productive and had produced an updated framework, without publishing any details.",
     "Both delegations are to report to their presidents."],
    "diplomacy", "diplomacy", 3, GEN, a="Jannik Hollweg"),
  E("2025-11-24 11:50", "Zaporizhzhia: glide bombs damage industrial sites",
    ["Russian guided bombs hit industrial facilities in Zaporizhzhia on Monday morning, wounding five people, the regional governor said."],
    "strikes", "strikes", 2, "zaporizhzhia-glide-bomb-strike-2025-11-24", a="Sophie Kerrigan", n="Different attack from Kharkiv: must not merge."),
  E("2025-11-24 14:20", "Kremlin says it has not received the new text",
    ["Kremlin spokesman Dmitry Peskov said Moscow had not yet been given the amended version of the plan discussed in Geneva."],
    "diplomacy", "diplomacy", 3, GEN, a="Sophie Kerrigan", n="Reaction whose content is the Geneva round -> same story."),
  E("2025-11-24 16:45", "Geneva talks: US and Ukraine report progress",
    ["The United States and Ukraine said their talks in Geneva had been productive and had produced an updated framework, without publishing any details.",
     "Both delegations are to report to their presidents."],
    "diplomacy", "diplomacy", 1, GEN, a="Jannik Hollweg", dup="9941-02", n="Near-verbatim repeat of 9941-02 -> importance 1."),
  E("2025-11-24 19:05", "EU leaders discuss the plan on the sidelines of the Luanda summit",
    ["European Union leaders held an informal meeting on Ukraine on the margins of the EU-African Union summit in Luanda, European Council President Ant\u00f3nio Costa said."],
    "diplomacy", "diplomacy", 2, "eu-leaders-luanda-ukraine-meeting", a="Sophie Kerrigan"),
  ]))

SEEDS.append(dict(id="9942", name="9942_kilvarra-worldrss", ext="xml", source="Kilvarra World News", zone="Asia/Kolkata", render=r_rss, off=None,
  title="Kilvarra World News | World", url="https://kilvarra.example", lede="World headlines from the Kilvarra desk",
  notes="Invented outlet. General world-news RSS 2.0 feed from an Indian desk, newest first, pubDate with +0530 (IST); no authors; four of six items off-beat "
        "(volcanic ash over India, Italian regional elections, Dhaka earthquake inspections, COP30). The newest item is 25 Nov in IST but still 24 Nov in UTC. " + D3,
  not_entries=["channel title/link/description/language", "<category> and <guid> values"],
  entries=[
  OFF("2025-11-25 01:15", "Ash from Ethiopian volcano disrupts flights over north India",
      ["Airlines cancelled or rerouted dozens of flights as a plume of ash from the Hayli Gubbi volcano in Ethiopia drifted over Gujarat, Rajasthan and Delhi."],
      "hayli-gubbi-ash-flights", n="volcanic ash and aviation."),
  E("2025-11-24 22:40", "US, Ukraine say Geneva talks yielded updated peace framework",
    ["Washington and Kyiv said on Monday they had narrowed their differences on a US-drafted plan to end the war in Ukraine after talks in Geneva, though key issues remain unresolved."],
    "diplomacy", "diplomacy", 3, GEN),
  OFF("2025-11-24 19:05", "Right holds Veneto as Italian regions vote",
      ["Italy's governing coalition kept control of the Veneto region while the centre-left won Campania and Puglia, preliminary results showed."],
      "italy-regional-elections-2025-11", n="Italian politics."),
  OFF("2025-11-24 15:30", "Dhaka quake: engineers inspect damaged buildings",
      ["Engineers in Bangladesh began inspecting hundreds of buildings in Dhaka for cracks after last week's earthquake, which killed at least ten people."],
      "dhaka-earthquake-inspections", n="earthquake aftermath."),
  E("2025-11-24 12:20", "Drone attack kills three in Ukraine's Kharkiv",
    ["Russian drones hit residential buildings in Kharkiv in north-eastern Ukraine, killing three people and wounding more than a dozen, officials said."],
    "strikes", "strikes", 3, KHK),
  OFF("2025-11-24 09:10", "COP30 ends with adaptation finance deal but no fossil fuel roadmap",
      ["Negotiators in Belem agreed to triple money for climate adaptation but dropped language on a roadmap away from fossil fuels after objections from oil producers."],
      "cop30-outcome", n="climate talks."),
  ]))

SEEDS.append(dict(id="9943", name="9943_trevanneth-atom", ext="xml", source="Trevanneth Review", zone="Europe/Kyiv", render=r_atom, mode="content",
  title="Trevanneth Review: Ukraine", url="https://trevanneth.example",
  notes="Invented outlet (Kyiv-based). Atom 1.0, newest first, <published> with +02:00 (EET in November), escaped-HTML content, per-entry author. Entry 04 (Odesa region "
        "energy strike) is a different attack from Kharkiv: must not merge. Entry 01 (Abu Dhabi) is a separate meeting from Geneva: must not merge. " + D3,
  not_entries=["feed title/links/id/updated", "<updated> and <id> of each entry"],
  entries=[
  E("2025-11-24 23:30", "Driscoll holds talks with Russian delegation in Abu Dhabi",
    ["US Army Secretary Dan Driscoll met Russian representatives in Abu Dhabi on Monday, a US official told journalists, without giving details of the discussions."],
    "diplomacy", "diplomacy", 3, ABU, a="Oksana Hrytsenko"),
  E("2025-11-24 20:10", "Yermak: first stage of work on the plan complete",
    ["Andriy Yermak, head of the presidential office, said Ukraine and the United States had finished the first stage of their work on the plan and would continue consultations."],
    "diplomacy", "diplomacy", 3, GEN, a="Oksana Hrytsenko"),
  E("2025-11-24 16:40", "Kharkiv: fourth victim dies in hospital",
    ["A woman injured in Sunday night's drone attack on Kharkiv has died in hospital, bringing the death toll to four, the regional governor said."],
    "strikes", "strikes", 3, KHK, a="Vasyl Kordiuk"),
  E("2025-11-24 12:15", "Energy facilities hit in Odesa region",
    ["Russian drones damaged energy infrastructure in the Odesa region overnight, leaving several thousand households without power, the regional administration said."],
    "strikes", "strikes", 2, "odesa-region-energy-strike-2025-11-24", a="Vasyl Kordiuk"),
  E("2025-11-24 08:30", "Geneva round ends with joint statement",
    ["Ukrainian and US delegations ended their talks in Geneva late on Sunday with a joint statement saying they had drafted an updated and refined peace framework."],
    "diplomacy", "diplomacy", 3, GEN, a="Oksana Hrytsenko"),
  ]))

SEEDS.append(dict(id="9944", name="9944_mossgarth-article", ext="txt", source="Mossgarth Courier", zone="Europe/London", render=r_textarticle,
  title="After Geneva, a shorter plan and the same hard questions", byline="Eleanor Quarry", dateline_t="2025-11-24 16:30", crumb="World \u203a Europe",
  dateline=lambda d: f"{d:%a} {d.day} {d:%b %Y} {d:%H.%M} GMT",
  lede="Negotiators spent Monday explaining what changed in Geneva, while Kharkiv counted its dead.", more="Who is Dan Driscoll?",
  notes="Invented outlet. Text article with three section headings; one entry per section, stamp null, published = the dateline 'Mon 24 Nov 2025 16.30 GMT'; "
        "page byline as author. " + D3,
  not_entries=["outlet name and breadcrumb", "title line", "byline and dateline lines", "lede paragraph", "'Share this article'", "'More on this story: ...' link", "copyright line"],
  entries=[
  E(None, "What was agreed in Geneva",
    ["The two delegations said they had produced an updated framework, but neither side published the text, and officials said the questions of territory and security guarantees remained open."],
    "diplomacy", "diplomacy", 3, GEN, a="Eleanor Quarry"),
  E(None, "Europe's counter-proposal",
    ["A European draft circulated at the weekend would allow Ukraine a larger peacetime army than the US plan and would leave any discussion of territory until after a ceasefire."],
    "diplomacy", "diplomacy", 3, EURO, a="Eleanor Quarry"),
  E(None, "Kharkiv buries its dead",
    ["In Kharkiv, where a Russian drone attack on Sunday night killed four people, residents spent Monday boarding up windows as funerals began."],
    "strikes", "strikes", 3, KHK, a="Eleanor Quarry"),
  ]))


# ============================================================ emit
BASIS = {
  "r_maui": "pubDate '{s}' (explicit +0000; seconds kept); local Hawaii time HST = UTC-10",
  "r_htrib": "meta line '{s}' relative to the masthead date 'Saturday, March 29, 2025' (Today = 29 Mar, Yesterday = 28 Mar); no zone printed, Hawaii HST = UTC-10 implied by the outlet",
  "r_wht": "no per-section time; the article byline date 'Monday, June 16, 2025, 12:05 a.m.' (12:05 a.m. = 00:05) used for every section; Hawaii HST = UTC-10 implied; JSON-LD datePublished agrees",
  "r_tgi": "no per-brief time; the page line 'Saturday, April 26, 2025, 7:40 p.m.' used for every brief; Hawaii HST = UTC-10 implied, so UTC is the next day",
  "r_ketchikan": "pubDate '{s}' (explicit -0800, AKDT)",
  "r_kodiak": "visible date '{s}' only; time from the <time datetime> attribute ({iso}, AKDT = UTC-8)",
  "r_sitka": "'{s}' under the edition line 'Wednesday, April 16' (no year: parse_args --date 2025-04-16); no zone printed, Alaska AKDT = UTC-8 implied",
  "r_clarion": "stamp '{s}' (full date, 12 h time); no zone printed, Alaska AKDT = UTC-8 implied",
  "r_matsu": "bold time '{s}' under the day sub-head for {d} (sub-head has no year; year from the article date); no zone printed next to the times, AKDT = UTC-8 (article <time> attributes show -08:00)",
  "r_nome": "Drupal date '{s}' (MM/DD/YYYY, 24 h); no zone printed, Nome AKDT = UTC-8 implied",
  "r_harnsey": "stamp '{s}' (24 h with a dot) on the page's date {d}; the page says Kyiv time, EEST = UTC+3",
  "r_pellanby": "stamp '{s}' (explicit date and EEST = UTC+3); <time datetime> and JSON-LD update time agree",
  "r_rss": "pubDate '{s}' (explicit zone)",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_textarticle": "no per-section time; the article dateline ({d}, {z}) used for every section",
  "r_merriwick": "visible '{s}' on the page's date {d} (Kyiv time, EEST = UTC+3 per the page note); <time datetime> in UTC agrees",
  "r_glasserton": "stamp '{s}' under the date line 'Friday 25 July' (no year: parse_args --date 2025-07-25); BST = UTC+1",
  "r_ostlecombe": "no per-section time; the visible dateline (25 July 2025, 17:05 CEST = UTC+2) used for every section; JSON-LD datePublished agrees",
  "r_lathridge": "stamp '{s}' on the page's date {d}; GMT = UTC",
  "r_brackenwold": "stamp '{s}' on the page's date {d}; CET = UTC+1; JSON-LD update time agrees",
}


def main():
    for sub in ("seeds", "gold"):
        os.makedirs(os.path.join(ROOT, sub), exist_ok=True)
        for f in os.listdir(os.path.join(ROOT, sub)):
            os.remove(os.path.join(ROOT, sub, f))
    for S in SEEDS:
        for e in S["entries"]:
            if e["t"] is None:
                e["t"] = S["dateline_t"]
            if e["a"] is None and S.get("byline") and e["p"]:  # one page byline: every entry's author
                e["a"] = e["by"] = S["byline"]
            if S.get("curly"):
                e["h"] = curly(e["h"]) if e["h"] else None
                e["p"] = [curly(p) for p in e["p"]]
        if S.get("curly"):
            S["title"] = curly(S["title"])
        text, stamps = S["render"](S)
        fn = f"{S['name']}.{S['ext']}"
        with open(os.path.join(ROOT, "seeds", fn), "w", encoding="utf-8") as fh:
            fh.write(text)
        rname = S["render"].__name__
        ents = []
        for i, e in enumerate(S["entries"]):
            d = dt(e["t"], S["zone"]); u = d.astimezone(UTC)
            fs = first_sentence(e["p"][0]) if e["p"] else None
            assert fs is None or (len(fs) > 25 and fs.rstrip()[-1] in ".!?\u201d\""), (S["id"], fs)
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), z=S["zone"], iso=d.isoformat()),
                         "author": e["a"], "first_sentence": fs, "body_paragraphs": len(e["p"]),
                         "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                         "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"], "notes": e["n"]})
        gold = {"seed": fn, "source": S["source"], "page_title": S["title"], "page_timezone": S["zone"]}
        if S.get("parse_args"):
            gold["parse_args"] = S["parse_args"]
        gold.update({"notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]})
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print(fn, len(ents))


if __name__ == "__main__":
    main()

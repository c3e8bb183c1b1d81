#!/usr/bin/env python3
"""Builds the eval/ar seeds and gold files from one hand-written data table (below).
All news text is invented or paraphrased by the blind tester in their own words; Part B outlets are invented.
Deterministic. Run from the project root: python3 eval/ar/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON_DOT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."]
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


def wp(s):  # WordPress-style output: curly quotes as numeric entities
    return esc(s).replace("\u2019", "&#8217;").replace("\u2018", "&#8216;").replace("\u201c", "&#8220;").replace("\u201d", "&#8221;")


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def h12(d):
    return d.hour % 12 or 12


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def check_order(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    assert ts == sorted(ts, reverse=newest_first), (S["id"], "entries must be in page order", "newest first" if newest_first else "oldest first")


# ============================================================ Part A renderers (layouts of real outlets; all wording is mine)

def r_nation(S):  # Daily Nation (nation.africa) article page, HTML. AFP round-up with "- Subhead -" section kickers.
    z = S["zone"]; d0 = dt(S["dateline_t"], z); S["page_dateline"] = d0.isoformat()
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": S["url"], "headline": S["title"],
          "description": S["lede"], "datePublished": d0.isoformat(), "dateModified": d0.isoformat(),
          "author": {"@type": "Organization", "name": "AFP"},
          "publisher": {"@type": "Organization", "name": "Nation", "logo": {"@type": "ImageObject", "url": "https://nation.africa/resource/crblob/logo.png"}},
          "image": ["https://nation.africa/resource/image/3765710/landscape_ratio16x9/1140/641/ukr-war.jpg"]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Nation</title>',
           f'<meta name="description" content="{html.escape(S["lede"])}">', f'<link rel="canonical" href="{S["url"]}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="skip"><a href="#main">Skip to main content</a></div>',
           '<header class="header"><a class="logo" href="/kenya">Nation</a><div class="header-actions"><a href="/kenya/subscribe">Subscribe</a> <a href="/kenya/login">Sign in</a></div>',
           '<nav class="main-nav"><a href="/kenya">Home</a> <a href="/kenya/news">News</a> <a href="/kenya/counties">Counties</a> <a href="/kenya/business">Business</a> '
           '<a href="/kenya/blogs-opinion">Blogs &amp; Opinion</a> <a href="/kenya/sports">Sports</a> <a href="/kenya/life-and-style">Life &amp; Style</a> '
           '<a href="/kenya/health">Health</a> <a href="/kenya/videos">Videos</a> <a href="/kenya/podcasts">Podcasts</a> <a href="https://epaper.nation.africa">ePaper</a></nav></header>',
           '<main id="main"><article class="article">', '<div class="article-topic"><a href="/kenya/news/world">World</a></div>',
           f'<h1 class="title-medium">{esc(S["title"])}</h1>', f'<div class="date-time"><span class="date">{esc(S["visible_date"])}</span></div>',
           '<figure class="article-figure"><img src="/resource/image/3765710/ukr-war.jpg" alt=""><figcaption>'
           f'{esc(S["caption"])}<span class="credit">Photo credit: AFP</span></figcaption></figure>',
           '<div class="article-summary"><h4>What you need to know:</h4><ul>' + "".join(f"<li>{esc(b)}</li>" for b in S["summary"]) + '</ul></div>',
           '<div class="article-authors"><span class="byline">By AFP</span> <a class="more-by" href="/authors/afp">More by this Author</a></div>',
           '<div class="body-copy">', f'<p>{esc(S["intro"])}</p>']
    for e in S["entries"]:
        out.append(f'<p><strong>- {esc(e["h"])} -</strong></p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
    out += ['</div>', '<div class="share-bar">Share <a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a> <a>LinkedIn</a></div>',
            '<section class="related"><h3>Related</h3><ul>' + "".join(f"<li><a>{esc(r)}</a></li>" for r in S["related"]) + '</ul></section>',
            '</article></main>', '<footer><p>Nation Media Group</p><a>About us</a> <a>Contact us</a> <a>Terms of use</a> <a>Privacy policy</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_sowetan(S):  # SowetanLIVE (Arena Holdings) World section, text scrape; "By AFP - 24 March 2022 - 21:15" line after the headline
    z = S["zone"]; check_order(S, True)
    L = ["Skip to main content", "SowetanLIVE", "Subscribe", "Sign in", "",
         "NEWS  SPORT  ENTERTAINMENT  LIFESTYLE  OPINION  SMILE  VIDEOS  E-EDITION", "",
         "This site uses cookies. By continuing to browse the site you agree to our use of cookies. Find out more", "",
         "News  >  World", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"By {e['a']} - {d.day:02d} {MONTHS[d.month - 1]} {d.year} - {d:%H:%M}"; stamps.append(st)
        L += [e["kicker"], e["h"], st] + e["p"] + [""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Load more", "", "Most Read", "1. Taxi strike leaves commuters stranded in Soweto", "2. Matric results: schools that shone", "3. Chiefs coach under pressure after derby loss", "",
          "Sowetan  |  About us  |  Contact us  |  Terms and conditions  |  Privacy policy", "\u00a9 2022 Arena Holdings. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_pajhwok(S):  # Pajhwok Afghan News RSS 2.0 (WordPress-style): pubDate with the Kabul offset +0430, dc:creator, excerpt + content:encoded, sign-off initials
    z = S["zone"]; check_order(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<atom:link href="https://pajhwok.com/feed/" rel="self" type="application/rss+xml" />',
           '<link>https://pajhwok.com</link>', "<description>Afghanistan&#039;s independent news agency</description>",
           f'<lastBuildDate>{S["build"]}</lastBuildDate>', '<language>en-US</language>', '<sy:updatePeriod>hourly</sy:updatePeriod>', '<sy:updateFrequency>1</sy:updateFrequency>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        excerpt = e["p"][0][:150].rsplit(" ", 1)[0] + " [&#8230;]"
        out += ["<item>", f"<title>{wp(e['h'])}</title>", f"<link>https://pajhwok.com/2022/04/12/{re.sub(r'[^a-z0-9]+', '-', e['h'].lower()).strip('-')}/</link>",
                f"<dc:creator><![CDATA[{e['a']}]]></dc:creator>", f"<pubDate>{st}</pubDate>", f"<category><![CDATA[{e['cat']}]]></category>",
                f'<guid isPermaLink="false">https://pajhwok.com/?p={i + 1004211}</guid>', f"<description><![CDATA[{excerpt}]]></description>",
                "<content:encoded><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + f"<p>{e['signoff']}</p>]]></content:encoded>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_island(S):  # The Island (island.lk) WordPress category page, HTML; "Published 3 hours ago on 2022/05/11" in <time datetime>; cache-plugin comment gives the capture time
    z = S["zone"]; check_order(S, True)
    cap = dt(S["captured"], z)
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": "https://island.lk/category/world/", "url": "https://island.lk/category/world/", "name": "World Archives - The Island",
         "isPartOf": {"@id": "https://island.lk/#website"}, "inLanguage": "en-US"},
        {"@type": "WebSite", "@id": "https://island.lk/#website", "url": "https://island.lk/", "name": "The Island", "inLanguage": "en-US"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', '<title>World Archives - The Island</title>',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(graph) + '</script></head>',
           '<body class="archive category category-world">',
           '<div id="mvp-top-head"><a class="mvp-logo" href="https://island.lk/">The Island</a>',
           '<nav class="mvp-main-nav"><ul><li><a>Home</a></li><li><a>Latest News</a></li><li><a>News</a></li><li><a>Editorial</a></li><li><a>Features</a></li>'
           '<li><a>Business</a></li><li><a>Sports</a></li><li><a>Opinion</a></li><li><a>Midweek Review</a></li><li><a>World</a></li></ul></nav>',
           '<div class="mvp-search">Search</div></div>', '<div id="mvp-main-body-wrap">', f'<h1 class="mvp-feat1-pop-head"><span class="mvp-feat1-pop-head">{esc(S["title"])}</span></h1>',
           '<ul class="mvp-blog-story-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((cap - d).total_seconds() // 60); assert mins >= 0
        rel = f"{mins} mins ago" if mins < 60 else ("1 hour ago" if mins < 120 else f"{mins // 60} hours ago")
        st = f"Published {rel} on {d:%Y/%m/%d}"; stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")
        out += ['<li class="mvp-blog-story-wrap left relative infinite-post">',
                f'<div class="mvp-blog-story-img"><a href="https://island.lk/{slug}/"><img src="https://island.lk/wp-content/uploads/2022/05/img.jpg" alt=""></a></div>',
                f'<div class="mvp-blog-story-text"><div class="mvp-cat-date-wrap"><span class="mvp-cd-cat">World</span></div><h2><a href="https://island.lk/{slug}/" rel="bookmark">{wp(e["h"])}</a></h2>',
                "".join(f"<p>{esc(p)}</p>" for p in e["p"]),
                f'<div class="mvp-author-info-wrap"><span class="mvp-author-info-name">By <a href="#" rel="author">{esc(e["a"])}</a></span> '
                f'<time class="post-date updated" datetime="{d.isoformat()}">{st}</time></div>',
                '<a class="mvp-more" href="#">Continue Reading</a></div></li>']
        if i == 3:
            out.append('<li class="mvp-ad">Advertisement</li>')
    out += ['</ul>', '<div class="mvp-inf-more-wrap"><a href="#" class="mvp-inf-more-but">More Posts</a></div></div>',
            '<footer id="mvp-foot-wrap"><div class="mvp-foot-logo">The Island</div><p>Copyright \u00a9 2022 The Island. All rights reserved.</p><a>Privacy Policy</a> <a>Contact Us</a></footer>',
            '</body></html>', f'<!-- Performance optimized by W3 Total Cache. Learn more: https://www.boldgrid.com/w3-total-cache/',
            f'Page Caching using disk: enhanced', f'Served from: island.lk @ {cap:%Y-%m-%d %H:%M:%S} by W3 Total Cache -->']
    return "\n".join(out) + "\n", stamps


def r_theprint(S):  # ThePrint tag archive, HTML (WordPress); per-card agency byline + "6 April, 2022 11:46 pm IST" in <time datetime>
    z = S["zone"]; check_order(S, True)
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": S["url"], "url": S["url"], "name": S["title"] + " Archives - ThePrint", "isPartOf": {"@id": "https://theprint.in/#website"},
         "breadcrumb": {"@id": S["url"] + "#breadcrumb"}, "inLanguage": "en-US"},
        {"@type": "BreadcrumbList", "@id": S["url"] + "#breadcrumb", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Home", "item": "https://theprint.in/"},
                                                                                        {"@type": "ListItem", "position": 2, "name": S["title"]}]},
        {"@type": "WebSite", "@id": "https://theprint.in/#website", "url": "https://theprint.in/", "name": "ThePrint"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} Archives - ThePrint</title>',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(graph) + '</script></head><body class="archive tag">',
           '<div class="td-header-top-menu"><span class="td_data_time">Thursday, 7 April, 2022</span> <a>Subscribe</a> <a>Support Our Journalism</a></div>',
           '<div class="td-header-logo"><a href="https://theprint.in/">ThePrint</a></div>',
           '<nav class="td-header-main-menu"><a>Politics</a> <a>Governance</a> <a>Economy</a> <a>Defence</a> <a>India</a> <a>Judiciary</a> <a>Opinion</a> '
           '<a>World</a> <a>Features</a> <a>Videos</a> <a>ThePrint Hindi</a></nav>',
           f'<div class="td-category-header"><div class="td-crumb-container"><span><a>Home</a></span> <span>{esc(S["title"])}</span></div>',
           f'<h1 class="entry-title td-page-title"><span>{esc(S["title"])}</span></h1></div>', '<div class="td-ss-main-content">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{d.day} {MONTHS[d.month - 1]}, {d.year} {h12(d):02d}:{d.minute:02d} {'am' if d.hour < 12 else 'pm'} IST"; stamps.append(st)
        out += ['<div class="td_module_10 td_module_wrap td-animation-stack"><div class="td-module-thumb"><img src="https://static.theprint.in/wp-content/uploads/2022/04/thumb.jpg" alt=""></div>',
                f'<div class="item-details"><h3 class="entry-title td-module-title"><a href="#" rel="bookmark">{wp(e["h"])}</a></h3>',
                f'<div class="td-module-meta-info"><span class="td-post-author-name"><a href="#">{esc(e["a"])}</a></span> '
                f'<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{d.isoformat()}">{st}</time></span></div>',
                '<div class="td-excerpt">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + '</div></div></div>']
        if i == 2:
            out.append('<div class="td-a-rec">Advertisement</div>')
            out.append('<div class="support-box"><h4>Support Our Journalism</h4><p>Independent reporting needs readers who pay for it.</p><a>Subscribe Now</a></div>')
    out += ['<div class="page-nav td-pb-padding-side"><span class="current">1</span><a>2</a><a>3</a><a class="last">Next</a></div></div>',
            '<footer class="td-footer-wrapper"><p>ThePrint</p><a>About Us</a> <a>Careers</a> <a>Contact Us</a> <a>Privacy Policy</a> <a>Terms of Use</a>',
            '<p>Copyright \u00a9 2022 Printline Media Pvt. Ltd. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_nst(S):  # New Straits Times article, text scrape; "By AFP - August 1, 2022 @ 11:32pm"; sub-headed sections, no per-section time
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    S["page_dateline"] = f"By AFP - {MONTHS[d0.month - 1]} {d0.day}, {d0.year} @ {h12(d0)}:{d0.minute:02d}{'am' if d0.hour < 12 else 'pm'}"
    L = ["New Straits Times", "", "NEWS  BUSINESS  SPORTS  LIFESTYLE  OPINION  WORLD  PROPERTIES  EDUCATION  VIDEOS  NST LEADER", "", "Sign In  |  Subscribe", "",
         "World", "Europe", "", S["title"], S["page_dateline"], "", S["caption"] + " - AFP PIC", "", S["lede"], ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["Read More", "Mykolaiv endures its heaviest bombardment yet", "Malaysia monitors wheat supply, says ministry", ""]
    L += ["#Ukraine  #Russia  #Odesa  #Grain", "", "Download our app", "Sign up for NST newsletters", "",
          "New Straits Times  |  About Us  |  Contact Us  |  Advertise  |  Privacy Policy", "Copyright \u00a9 2022 New Straits Times Press (M) Bhd"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_japantoday(S):  # Japan Today "Latest News" listing, text scrape; "Dec. 7 08:20 am JST" without year, comment counts, category kickers
    z = S["zone"]; check_order(S, True)
    L = ["Japan Today", "Tokyo  11\u00b0C", "Sign up  Login", "",
         "National  Politics  Crime  Business  Tech  Entertainment  Sports  Events  World  Lifestyle  Features  Opinions", "",
         "We use cookies to improve your experience. By using the site you accept our cookie policy. OK", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{MON_DOT[d.month - 1]} {d.day} {h12(d):02d}:{d.minute:02d} {'am' if d.hour < 12 else 'pm'} JST"; stamps.append(st)
        L += [e["kicker"], e["h"], st, f"{e['comments']} Comments" if e["comments"] != 1 else "1 Comment"]
        if e["a"]:
            L.append(f"By {e['a']}")
        L += e["p"] + [""]
        if i == 3:
            L += ["Sponsored Content", "Find your next apartment in Tokyo with our partner agents", ""]
    L += ["Load more", "", "Login to comment", "", "About Japan Today  \u00b7  Terms of Service  \u00b7  Privacy Policy  \u00b7  Contact Us", "\u00a9 GPlusMedia Inc."]
    return "\n".join(L) + "\n", stamps


def r_chronicle(S):  # Gibraltar Chronicle WordPress RSS 2.0: +0000 pubDates, dc:creator, slash:comments, Yoast "The post ... appeared first on" footer
    z = S["zone"]; check_order(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"',
           '\txmlns:content="http://purl.org/rss/1.0/modules/content/"', '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"',
           '\txmlns:dc="http://purl.org/dc/elements/1.1/"', '\txmlns:atom="http://www.w3.org/2005/Atom"', '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"', '\t>',
           '<channel>', f'\t<title>{esc(S["title"])}</title>', '\t<atom:link href="https://www.chronicle.gi/feed/" rel="self" type="application/rss+xml" />',
           '\t<link>https://www.chronicle.gi</link>', '\t<description>Gibraltar&#039;s daily newspaper</description>', f'\t<lastBuildDate>{S["build"]}</lastBuildDate>',
           '\t<language>en-GB</language>', '\t<generator>https://wordpress.org/?v=5.9.2</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], z).astimezone(UTC); st = u.strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-"); link = f"https://www.chronicle.gi/{slug}/"
        footer = f'<p>The post <a rel="nofollow" href="{link}">{wp(e["h"])}</a> appeared first on <a rel="nofollow" href="https://www.chronicle.gi">Gibraltar Chronicle</a>.</p>'
        excerpt = e["p"][0][:160].rsplit(" ", 1)[0] + " &#8230;"
        out += ["\t<item>", f"\t\t<title>{wp(e['h'])}</title>", f"\t\t<link>{link}</link>", f"\t\t<dc:creator><![CDATA[{e['a']}]]></dc:creator>",
                f"\t\t<pubDate>{st}</pubDate>", f"\t\t<category><![CDATA[{e['cat']}]]></category>", f'\t\t<guid isPermaLink="false">https://www.chronicle.gi/?p={i + 80311}</guid>',
                f"\t\t<description><![CDATA[<p>{excerpt}</p>\n{footer}]]></description>",
                "\t\t<content:encoded><![CDATA[" + "\n".join(f"<p>{wp(p)}</p>" for p in e["p"]) + f"\n{footer}]]></content:encoded>",
                f"\t\t<wfw:commentRss>{link}feed/</wfw:commentRss>", f"\t\t<slash:comments>{e.get('comments', 0)}</slash:comments>", "\t</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_gazette(S):  # The Royal Gazette (Bermuda) World listing, text scrape; "Created: May 13, 2022 05:40 PM" line BEFORE the headline
    z = S["zone"]; check_order(S, True)
    L = ["The Royal Gazette", "Subscribe  |  Log In  |  e-Edition", "", "News  Business  Sport  Lifestyle  Opinion  Obituaries  Classifieds  Jobs", "",
         S["clock"], "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"Created: {MONTHS[d.month - 1][:3]} {d.day:02d}, {d.year} {h12(d):02d}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"; stamps.append(st)
        L += [st, e["h"]]
        if e["a"]:
            L.append(f"By {e['a']}")
        L += e["p"] + ["Read more", ""]
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["Next page", "", "Most Popular", "Pedestrian hurt in Paget collision", "Fuel adjustment rate rises again", "",
          "The Royal Gazette  \u00b7  About us  \u00b7  Contact  \u00b7  Terms of use", "\u00a9 2022 The Royal Gazette. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_digi24(S):  # Digi24 (Romania) "LIVE TEXT" page, HTML with Romanian chrome; bare "23:10" per update; most updates have no headline
    z = S["zone"]; check_order(S, True)
    d0 = dt(S["published_t"], z); d1 = dt(S["updated_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(), "dateModified": d1.isoformat(),
          "author": [{"@type": "Person", "name": S["byline"]}], "publisher": {"@type": "Organization", "name": "Digi24", "url": "https://www.digi24.ro"},
          "inLanguage": "ro-RO", "mainEntityOfPage": S["url"]}
    out = ['<!DOCTYPE html>', '<html lang="ro"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Digi24</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div id="cookie-consent">Acest site folose\u0219te cookie-uri pentru a-\u021bi oferi o experien\u021b\u0103 c\u00e2t mai bun\u0103. <button>Sunt de acord</button> <button>Set\u0103ri</button></div>',
           '<header class="header"><a class="logo" href="/">Digi24</a><nav><a>Actualitate</a> <a>Externe</a> <a>Economie</a> <a>Sport</a> <a>S\u0103n\u0103tate</a> '
           '<a>\u0218tiin\u021b\u0103</a> <a>Timp liber</a> <a>Opinii</a> <a>Emisiuni</a> <a>Video</a> <a>Digi24 LIVE</a></nav></header>',
           '<main><div class="breadcrumb"><a>Digi24</a> \u203a <a>Externe</a> \u203a <a>R\u0103zboiul din Ucraina</a></div>', '<article class="article">',
           f'<h1 class="article-title">{esc(S["title"])}</h1>',
           f'<div class="article-meta"><span class="author">de {esc(S["byline"])}</span> <span class="date">Data public\u0103rii: {d0:%d.%m.%Y %H:%M}</span> '
           f'<span class="date">Data actualiz\u0103rii: {d1:%d.%m.%Y %H:%M}</span></div>',
           '<div class="share"><a>Distribuie pe Facebook</a> <a>Distribuie pe WhatsApp</a> <a>Urm\u0103re\u0219te-ne pe Google News</a></div>',
           f'<p class="article-intro">{esc(S["lede"])}</p>', '<div class="live-feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="live-item" id="live-{i + 1}"><span class="live-time">{st}</span>' + (f'<h3>{esc(e["h"])}</h3>' if e["h"] else ""))
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
        if i == 2:
            out.append('<div class="read-also"><strong>Cite\u0219te \u0219i:</strong> <a>Ce \u0219tim despre centrala nuclear\u0103 de la Zaporojie</a></div>')
        if i == 4:
            out.append('<div class="ad">Publicitate</div>')
    out += ['</div>', '<div class="newsletter">Aboneaz\u0103-te la newsletterul Digi24 <input type="email"> <button>Abonare</button></div>',
            '<section class="related"><h3>Cele mai citite</h3><a>Cum arat\u0103 vremea \u00een weekend</a> <a>Pre\u021bul benzinei scade din nou</a></section>',
            '</article></main>', '<footer>\u00a9 2022 Digi24 \u00b7 Termeni \u0219i condi\u021bii \u00b7 Politica de confiden\u021bialitate \u00b7 Contact</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ============================================================ Part B renderers (invented outlets)

def r_brellow(S):  # text live, newest first; "18:50 GMT" line BEFORE the headline; Key Points block; "— Name" signature after the body; page "Updated" line
    z = S["zone"]; check_order(S, True)
    L = ["BRELLOW GAZETTE", "News | World | Ukraine | Business | Sport | Puzzles", "Sign in   Subscribe", "",
         "We and our partners use cookies to personalise content. Accept all | Manage choices", "", S["title"], S["dateline"],
         f"Updated {dt(S['entries'][0]['t'], z):%H:%M} GMT", "", "Key Points"] + ["- " + e["h"] for e in S["entries"] if e["kp"]] + [""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} GMT"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"\u2014 {e['a']}", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Show earlier posts", "", "Brellow Gazette \u00b7 Contact us \u00b7 Complaints \u00b7 Privacy \u00b7 Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_sarnhold(S):  # HTML live, OLDEST first; LiveBlogPosting JSON-LD with correct per-update times/authors; <time datetime> "09:05"; "by NAME" after the body
    z = S["zone"]; check_order(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#update-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
                    "articleBody": " ".join(e["p"]), "author": {"@type": "Person", "name": e["a"]}})
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups,
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<header><a class="brand" href="/">{S["source"]}</a> <nav><a>Ukraine</a> <a>Europe</a> <a>Business</a> <a>Culture</a> <a>Donate</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="tz-note">{esc(S["tznote"])}</p>',
           f'<p class="standfirst">{esc(S["lede"])}</p>', '<p class="order-note">Updates appear in the order they were published.</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="update-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append(f'<p class="by">by {esc(e["a"])}</p><div class="tools"><a>Share</a> <a>Copy link</a></div></article>')
        if i == 3:
            out.append('<aside class="promo"><p>Our reporters are in Kyiv, Lviv and Dnipro. Support them with a monthly gift.</p></aside>')
    out += ["</main>", f"<footer>{S['source']} \u00b7 Editorial standards \u00b7 Privacy \u00b7 Contact</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss(S):  # RSS 2.0 general world feed; pubDate in the outlet's zone ("GMT" or a numeric offset); description as CDATA or escaped HTML
    z = S["zone"]; check_order(S, True)
    ns = ' xmlns:media="http://search.yahoo.com/mrss/"' if S.get("media") else ""
    out = ['<?xml version="1.0" encoding="UTF-8"?>', f'<rss version="2.0"{ns}>', "<channel>", f"<title>{esc(S['title'])}</title>",
           f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>", "<language>en</language>", f"<ttl>15</ttl>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if S["rfc"] == "GMT" else d.strftime("%z")); stamps.append(st)
        body = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        desc = f"<description><![CDATA[{body}]]></description>" if S["desc"] == "cdata" else f"<description>{esc(body)}</description>"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/{e['cat'].lower()}/{i + 7101}</link>", f'<guid isPermaLink="true">{S["url"]}/{e["cat"].lower()}/{i + 7101}</guid>',
                f"<pubDate>{st}</pubDate>", f"<category>{e['cat']}</category>", desc]
        if S.get("media"):
            out.append(f'<media:content url="{S["url"]}/img/{i + 7101}.jpg" medium="image" width="1280" height="720"/>')
        out.append("</item>")
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_atom(S):  # Atom 1.0, newest first; <published> with the outlet's offset; content as escaped HTML, XHTML or CDATA; per-entry author
    z = S["zone"]; check_order(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f"<title>{esc(S['title'])}</title>",
           f"<subtitle>{esc(S['lede'])}</subtitle>", f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/feed.atom"/>',
           f"<id>{S['url']}/feed.atom</id>", f"<updated>{dt(S['entries'][0]['t'], z).isoformat().replace('+00:00', 'Z')}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat().replace("+00:00", "Z"); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link rel="alternate" href="{S["url"]}/story/{i + 911}"/>', f"<id>tag:{S['url'][8:]},2022:{i + 911}</id>",
                f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        body = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        if S["content"] == "escaped":
            out.append(f'<content type="html">{esc(body)}</content>')
        elif S["content"] == "xhtml":
            out.append(f'<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">{body}</div></content>')
        else:
            out.append(f'<content type="html"><![CDATA[{body}]]></content>')
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_textarticle(S):  # text article: title, byline, dateline with time and zone, lede, section headings; one entry per section, stamp null
    L = [S["source"].upper(), S["crumb"], "", S["title"], "", f"By {S['byline']}", S["page_dateline"], "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Share this article:  Email  Facebook  X", "Related: " + S["more"], "", S["footer"]]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_lissanbrook(S):  # HTML live, newest first, no JSON-LD; "21:10 GMT" span ABOVE the h2; "By NAME" paragraph under the h2
    z = S["zone"]; check_order(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Lissanbrook Herald</title></head><body>",
           '<div class="cookie-bar">This site uses cookies. <a>Accept</a> <a>Reject</a> <a>Preferences</a></div>',
           '<header><div class="mast">Lissanbrook Herald</div><nav><a>Home</a> <a>News</a> <a>World</a> <a>Ukraine</a> <a>Comment</a> <a>Sport</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} GMT"; stamps.append(st)
        out.append(f'<section class="post"><span class="stamp">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">By {esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</section>")
        if i == 2:
            out.append('<aside class="related"><h3>Read more</h3><a>Who is Mateusz Morawiecki?</a> <a>Map: where the fighting is</a></aside>')
    out += ['<a class="older">Load older posts</a></main><footer>Lissanbrook Herald \u00b7 Terms \u00b7 Privacy \u00b7 Corrections</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_fenmarsh(S):  # text live, OLDEST first; stamp and headline on ONE line: "[06:05] Headline"; "Reporter: NAME" after the body
    z = S["zone"]; check_order(S, False)
    L = ["FENMARSH SIGNAL", "Latest | Poland | Europe | Ukraine | Economy", "", S["title"], S["dateline"], S["tznote"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"[{d:%H:%M}]"; stamps.append(st)
        L += [f"{st} {e['h']}", ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Reporter: {e['a']}", ""]
        if i == 3:
            L += ["Newsletter: get the Fenmarsh morning briefing in your inbox", ""]
    L += ["This live page is now closed. Coverage continues on Wednesday.", "Fenmarsh Signal \u00b7 Imprint \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_emberlowe(S):  # HTML article with sections and NewsArticle JSON-LD; visible dateline in <time datetime>; one entry per h2 section
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    S["page_dateline"] = f"{DAYS_EN[d0.weekday()]} {d0.day} {MONTHS[d0.month - 1]} {d0.year} {d0:%H:%M} GMT"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(), "dateModified": d0.isoformat(),
          "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": S["source"]}, "articleSection": "World"}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<header><span class="logo">{S["source"]}</span><nav><a>World</a> <a>Europe</a> <a>Analysis</a> <a>Letters</a></nav></header>',
           f"<main><article><h1>{esc(S['title'])}</h1>", f'<p class="byline">By {esc(S["byline"])}</p>',
           f'<p class="dateline"><time datetime="{d0.isoformat()}">{S["page_dateline"]}</time></p>', f'<p class="lede"><strong>{esc(S["lede"])}</strong></p>']
    for e in S["entries"]:
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
    out += ['<p class="tags">Topics: Ukraine, Poland, United States</p>', "</article></main>", f"<footer>\u00a9 {S['source']} 2022</footer></body></html>"]
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_wennacott(S):  # text live, OLDEST first; date line WITHOUT year; bare "06.40" line before the headline; one "Compiled by" page byline
    z = S["zone"]; check_order(S, False)
    L = ["WENNACOTT STANDARD", "Home   World   Ukraine   Opinion   Podcasts", "", S["title"], S["dateline"], f"Compiled by {S['byline']}", S["tznote"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Sign up for our evening newsletter", ""]
    L += ["That's all from us today. Thanks for following.", "\u00a9 Wennacott Standard \u00b7 Privacy \u00b7 Terms"]
    return "\n".join(L) + "\n", stamps


def r_harrowdene(S):  # HTML live, newest first; Key Points box; visible "20.10 GMT" in <time datetime>; LiveBlogPosting JSON-LD whose updates all carry the PAGE's time and headline
    z = S["zone"]; check_order(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#block-{len(S['entries']) - i}", "headline": S["title"], "datePublished": first.isoformat(),
            "dateModified": last.isoformat(), "articleBody": " ".join(e["p"])[:300]} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "coverageEndTime": last.isoformat(),
          "author": [{"@type": "Person", "name": a} for a in S["authors"]], "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Harrowdene Post</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header>Harrowdene Post <nav><a>News</a> <a>Opinion</a> <a>Sport</a> <a>Culture</a> <a>Lifestyle</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="meta">{esc(S["dateline"])}</p>', f'<div class="standfirst"><p>{esc(S["lede"])}</p></div>',
           '<div class="key-points"><h2>Key Points</h2><ul>']
    out += [f'<li><a href="#block-{len(S["entries"]) - i}">{esc(e["h"])}</a></li>' for i, e in enumerate(S["entries"]) if e["kp"]]
    out.append("</ul></div>")
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M} GMT"; stamps.append(st)
        out.append(f'<div class="block" id="block-{len(S["entries"]) - i}"><p class="block-time"><time datetime="{d.isoformat()}">{st}</time></p><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="contributor">{esc(e["a"])}</p>')
        out.append('<div class="share">Share</div></div>')
        if i == 1:
            out.append('<aside class="epic"><p>Help keep our reporting free to read. Support the Harrowdene Post from just \u00a31.</p></aside>')
    out += ['<a class="older">Older posts</a></main><footer>Harrowdene Post \u00b7 About \u00b7 Complaints \u00b7 Privacy policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ============================================================ PART A: single pages (layouts of real outlets, own words)
SEEDS = []

SEEDS.append(dict(id="4500", name="4500_nation-roundup", ext="html", source="Daily Nation", zone="Africa/Nairobi", render=r_nation,
  title="Ukraine war: latest developments", visible_date="Monday, March 07, 2022", dateline_t="2022-03-07 21:40",
  url="https://nation.africa/kenya/news/world/ukraine-war-latest-developments-3740112",
  caption="Volunteers load sandbags onto a truck in western Ukraine.",
  summary=["A third round of talks in Belarus ended with Kyiv reporting only small steps on evacuation routes.",
           "Oil prices hit their highest level since 2008 as Washington weighed a ban on Russian crude."],
  intro="Here is a round-up of the main events on the twelfth day of Russia's invasion of Ukraine.",
  lede="Talks in Belarus, a row over evacuation routes and a jump in oil prices on the twelfth day of the war.",
  related=["Kenyan wheat millers warn of higher flour prices", "Explainer: what the Swift ban means for Russia", "Stranded Kenyans in Sumy appeal for help"],
  notes="Imitates a nation.africa (Daily Nation, Kenya) World article page in HTML: an AFP round-up republished under 'By AFP'. Six sections, each opened by an AFP-style kicker paragraph '- Heading -' in bold; one entry per section (headline = the kicker text without the dashes), stamp null. The visible date line 'Monday, March 07, 2022' has no time: the time comes only from the NewsArticle JSON-LD datePublished '2022-03-07T21:40:00+03:00' (Kenya, EAT = UTC+3), used for every section. The 'What you need to know:' summary box is a standfirst, not a Key Points block, so key_point is false throughout. Page byline 'By AFP' = author of every section.",
  not_entries=["'Skip to main content'", "logo, 'Subscribe', 'Sign in' and the menu", "topic kicker 'World'", "h1 title (page title)", "date line 'Monday, March 07, 2022'",
               "photo caption and 'Photo credit: AFP'", "'What you need to know:' summary box with two bullets (standfirst, not Key Points)", "byline 'By AFP' and 'More by this Author'",
               "intro paragraph 'Here is a round-up of the main events ...'", "share bar", "'Related' list with three links", "footer"],
  entries=[
  E("2022-03-07 21:40", "Talks in Belarus",
    ["Russian and Ukrainian negotiators met for a third time in western Belarus on Monday, but the talks broke up after about three hours without any agreement on a ceasefire.",
     "A Ukrainian delegate said there had been small positive steps on the logistics of humanitarian corridors, while the head of the Russian team said Moscow's expectations had not been met."],
    "diplomacy", "diplomacy", 3, "belarus-talks-third-round-2022-03-07", a="AFP"),
  E("2022-03-07 21:40", "Corridors to Russia",
    ["Kyiv rejected a Russian offer to open evacuation routes from Kyiv, Kharkiv, Mariupol and Sumy after maps published in Moscow showed most of them leading into Russia or Belarus.",
     "Deputy Prime Minister Iryna Vereshchuk called the plan unacceptable and proposed eight routes towards western Ukraine instead."],
    "other", "humanitarian", 2, "russia-corridors-toward-russia-belarus", a="AFP", n="Evacuation-route dispute: humanitarian, kept apart from the talks story (a separate Russian offer made that morning)."),
  E("2022-03-07 21:40", "Oil ban talk",
    ["Brent crude jumped to nearly 140 dollars a barrel in early Asian trading after US Secretary of State Antony Blinken said Washington and its allies were discussing a ban on Russian oil imports.",
     "Germany and the Netherlands said they were not ready to stop buying Russian energy overnight."],
    "diplomacy", "diplomacy", 2, "us-allies-weigh-russian-oil-ban", a="AFP", n="Sanctions debate -> diplomacy; the price jump is its market effect."),
  E("2022-03-07 21:40", "Kharkiv and Mykolaiv shelled",
    ["Rocket fire hit residential areas of Kharkiv and Mykolaiv overnight, local officials said, with at least eight people reported killed in the two cities.",
     "Rescuers in Kharkiv said a school and a dormitory were among the buildings damaged."],
    "strikes", "strikes", 3, "kharkiv-mykolaiv-shelling-2022-03-07", a="AFP"),
  E("2022-03-07 21:40", "World court hearing",
    ["Russia stayed away from the International Court of Justice in The Hague, where Ukraine asked judges to order an immediate halt to the invasion.",
     "Kyiv's representative told the court that Moscow had twisted the Genocide Convention to justify its attack."],
    "diplomacy", "diplomacy", 2, "icj-ukraine-provisional-measures-hearing", a="AFP", n="UN court proceedings between states -> diplomacy."),
  E("2022-03-07 21:40", "Kenyan students home",
    ["Another group of Kenyan students who escaped the fighting landed at Jomo Kenyatta International Airport on Monday night, the foreign affairs ministry said.",
     "Officials said 34 students had arrived on the latest flights and that a handful of Kenyans remained in the eastern city of Sumy."],
    "other", "humanitarian", 2, "kenyan-students-return-from-ukraine", a="AFP"),
  ]))

SEEDS.append(dict(id="4501", name="4501_sowetan-world", ext="txt", source="Sowetan", zone="Africa/Johannesburg", render=r_sowetan,
  title="World",
  notes="Imitates the SowetanLIVE (Arena Holdings) World section, copied as text. Newest first. Each card: a kicker line ('WORLD' or 'SOUTH AFRICA'), the headline, then a byline/date line 'By AFP - 24 March 2022 - 21:15' AFTER the headline, then the excerpt. No zone printed: South African time (SAST, UTC+2) implied by the outlet. The stamp is the whole byline/date line; author is the name part (agency credits count as authors).",
  not_entries=["'Skip to main content', site name, 'Subscribe', 'Sign in'", "menu line", "cookie notice", "breadcrumb 'News  >  World'", "section title 'World'",
               "kicker lines 'WORLD' / 'SOUTH AFRICA' above each headline", "'Advertisement'", "'Load more'", "'Most Read' list (three local links)", "footer links and copyright"],
  entries=[
  E("2022-03-24 21:15", "Nato to send four more battlegroups to eastern Europe",
    ["Nato leaders meeting in Brussels on Thursday agreed to deploy four new multinational battlegroups to Bulgaria, Hungary, Romania and Slovakia, doubling the alliance's presence on its eastern flank.",
     "Secretary-general Jens Stoltenberg said allies would also help Ukraine protect itself against chemical, biological and nuclear threats."],
    "diplomacy", "diplomacy", 3, "nato-summit-brussels-2022-03-24", a="AFP", kicker="WORLD", n="Alliance summit decision -> diplomacy (NATO meetings)."),
  E("2022-03-24 19:40", "Biden backs expelling Russia from the G20",
    ["US President Joe Biden said Russia should be removed from the Group of 20 major economies, adding that Ukraine should be allowed to attend its meetings if other members disagreed."],
    "diplomacy", "diplomacy", 2, "biden-russia-g20-remark", a="Reuters", kicker="WORLD"),
  E("2022-03-24 17:05", "SA abstains as UN assembly blames Russia for Ukraine's humanitarian crisis",
    ["South Africa abstained on Thursday when the UN General Assembly adopted a resolution holding Russia responsible for the humanitarian situation in Ukraine by 140 votes to five.",
     "A rival South African draft that did not mention Russia failed to get enough support to be put to a vote.",
     "Pretoria said its text had been meant to focus only on the needs of civilians."],
    "diplomacy", "diplomacy", 3, "unga-humanitarian-resolution-2022-03-24", a="Kgomotso Ramphele", kicker="SOUTH AFRICA"),
  E("2022-03-24 14:30", "Ukraine says it destroyed Russian landing ship in Berdyansk",
    ["Ukraine's navy said it had destroyed a large Russian landing ship at the occupied port of Berdyansk on the Sea of Azov, and published footage of a fire and explosions at the dock.",
     "Moscow did not comment on the claim."],
    "strikes", "strikes", 3, "berdyansk-landing-ship-strike", a="Reuters", kicker="WORLD"),
  E("2022-03-24 11:50", "Motorists face record petrol price in April",
    ["Motorists should brace for another steep fuel price increase next month, with analysts blaming the rise in crude prices since Russia invaded Ukraine.",
     "Early data from the Central Energy Fund points to a hike of more than R1 a litre for petrol."],
    "other", "politics", 2, "sa-fuel-price-april-2022", a="Lindiwe Khoza", kicker="SOUTH AFRICA", n="Domestic economic effect of the war; not off-beat."),
  E("2022-03-24 09:20", "Moscow expels US diplomats as relations sink",
    ["Russia's foreign ministry said it was expelling several US diplomats in retaliation for Washington's decision to send home twelve members of Moscow's mission to the United Nations."],
    "diplomacy", "diplomacy", 2, "russia-expels-us-diplomats-2022-03-23", a="AFP", kicker="WORLD"),
  OFF("2022-03-24 07:45", "Eskom warns of stage 2 load-shedding tonight",
      ["Eskom said it would implement stage 2 load-shedding from 5pm until midnight after breakdowns at several power stations."],
      "eskom-load-shedding-2022-03-24", a="Staff Reporter", kicker="SOUTH AFRICA", n="South African power cuts."),
  ]))

SEEDS.append(dict(id="4502", name="4502_pajhwok-feed", ext="xml", source="Pajhwok Afghan News", zone="Asia/Kabul", render=r_pajhwok,
  title="Pajhwok Afghan News", build="Tue, 12 Apr 2022 20:14:03 +0430",
  notes="Imitates the Pajhwok Afghan News English WordPress feed (RSS 2.0). pubDates carry the Kabul offset +0430 (UTC+4:30), so the local evening items are mid-afternoon UTC and the 05:00 item is 00:30 UTC. Every body opens with a dateline ('KABUL (Pajhwok): ...'), kept as part of the first sentence as printed. content:encoded ends with a reporters' sign-off line of initials (e.g. 'zs/ma'), which is not a body paragraph. description is a truncated excerpt ending in '[…]'. dc:creator is the author.",
  not_entries=["channel title/description/lastBuildDate/sy: elements", "the truncated <description> excerpts (repeat the start of the first paragraph)", "<category> and <guid> values",
               "the initials sign-off paragraph at the end of each content:encoded (e.g. 'zs/ma')"],
  entries=[
  E("2022-04-12 20:10", "Flour prices climb again in Kabul markets",
    ["KABUL (Pajhwok): The price of flour has risen again in Kabul markets, with traders blaming the war in Ukraine for reduced wheat supplies from Kazakhstan and higher transport costs.",
     "A 49-kilogram sack of flour now sells for 2,300 afghanis, up from 1,900 a month ago, traders in the Mandawi market told Pajhwok.",
     "Residents urged the authorities to control prices during the holy month of Ramadan."],
    "other", "humanitarian", 2, "kabul-flour-prices-april-2022", a="Zarghona Salehi", cat="Economy", signoff="zs/ma", n="Food-price knock-on of the war in Afghanistan; not off-beat."),
  E("2022-04-12 18:35", "Putin says talks with Kyiv have hit a dead end",
    ["MOSCOW (Pajhwok): Russian President Vladimir Putin said on Tuesday that peace talks with Ukraine had reached a dead end and that Russia's military operation would go on until its goals were met.",
     "Speaking at the Vostochny space centre in the Far East, Putin accused Kyiv of backtracking on proposals made in Istanbul last month."],
    "diplomacy", "diplomacy", 3, "putin-talks-dead-end-vostochny", a="Pajhwok Report", cat="World", signoff="pr/ma"),
  E("2022-04-12 16:20", "Ukraine detains pro-Russian politician Medvedchuk",
    ["KYIV (Pajhwok): Ukraine's security service said it had detained Viktor Medvedchuk, a pro-Russian politician and businessman who escaped from house arrest shortly after the invasion began.",
     "President Volodymyr Zelensky posted a photograph of him in handcuffs and proposed swapping him for Ukrainians held by Russia."],
    "other", "security", 2, "medvedchuk-detained-2022-04-12", a="Pajhwok Report", cat="World", signoff="pr/ma", n="Treason suspect caught by the security service -> other/security."),
  E("2022-04-12 13:05", "Afghan evacuees from Ukraine still waiting in Poland",
    ["KABUL (Pajhwok): Dozens of Afghans who moved to Ukraine after the change of government last August and had to flee again when the war started are still waiting for papers in Poland, relatives in Kabul say.",
     "One man said his brother's family had been living in a shelter near the border for six weeks."],
    "other", "humanitarian", 2, "afghan-evacuees-from-ukraine-in-poland", a="Zarghona Salehi", cat="Afghanistan", signoff="zs/ma"),
  E("2022-04-12 10:40", "Western capitals check reports of chemical attack in Mariupol",
    ["LONDON (Pajhwok): Britain and the United States said they were working to verify reports that Russian forces had used a toxic substance in the besieged port city of Mariupol.",
     "The claim was made by a Ukrainian regiment defending the city, which said several people had breathing problems; it could not be confirmed independently."],
    "strikes", "strikes", 2, "mariupol-chemical-attack-claim", a="Pajhwok Report", cat="World", signoff="pr/ma", n="Unconfirmed claim about an attack -> strikes."),
  E("2022-04-12 07:15", "Islamic Emirate urges both sides to end fighting in Ukraine",
    ["KABUL (Pajhwok): The Islamic Emirate's foreign ministry has called on Russia and Ukraine to stop the fighting and settle their differences through dialogue.",
     "A ministry spokesman said Afghanistan wanted good relations with both countries and was concerned about Afghans still living in Ukraine."],
    "diplomacy", "diplomacy", 2, "afghan-government-ukraine-ceasefire-call", a="Abdul Qadir Noori", cat="Afghanistan", signoff="aqn/ma"),
  OFF("2022-04-12 05:00", "Cricket board names squad for summer training camp",
      ["KABUL (Pajhwok): The Afghanistan Cricket Board has named a 16-member squad for a training camp in Kabul ahead of the team's summer fixtures."],
      "afghan-cricket-training-squad", a="Sports Desk", cat="Sports", signoff="sd/ma", n="Afghan cricket."),
  ]))

SEEDS.append(dict(id="4503", name="4503_island-world", ext="html", source="The Island", zone="Asia/Colombo", render=r_island,
  title="World", captured="2022-05-12 01:40",
  notes="Imitates The Island (island.lk, Sri Lanka) World category page (WordPress, Zox-style theme). Newest first. Each card: category label, h2 headline, excerpt, then 'By <agency>' and a stamp 'Published 3 hours ago on 2022/05/11' inside <time datetime=\"2022-05-11T22:30:00+05:30\">. The visible stamp gives a relative time plus the local date only; the exact time is in the datetime attribute (Sri Lanka time, UTC+05:30), and the relative part agrees with the capture time in the W3 Total Cache comment at the end of the HTML (2022-05-12 01:40:00). The first card is dated 2022/05/12 locally but is still 11 May in UTC (local midnight crossing). Off-beat Philippine election item at the bottom.",
  not_entries=["logo, menu and 'Search'", "category title 'World'", "category label 'World' on every card", "'Continue Reading' links", "'Advertisement'", "'More Posts' button",
               "footer and copyright", "W3 Total Cache HTML comment"],
  entries=[
  E("2022-05-12 01:10", "Kyiv to try first Russian soldier for war crimes",
    ["Ukraine will put a captured Russian tank commander on trial for the killing of an unarmed civilian, the first war crimes case to come to court since the invasion, Prosecutor General Iryna Venediktova said.",
     "The 21-year-old sergeant is accused of shooting a 62-year-old man on a bicycle in the Sumy region in late February."],
    "other", "humanitarian", 2, "first-russian-war-crimes-trial-kyiv", a="AFP", n="War-crimes case -> other/humanitarian. Local date 12 May, UTC 11 May."),
  E("2022-05-11 22:30", "Kherson's Moscow-installed administration wants to join Russia",
    ["The Russian-installed authorities in Ukraine's southern Kherson region said they would ask President Vladimir Putin to incorporate the region into Russia, without holding a referendum first.",
     "The Kremlin said it was for the residents of the region to decide."],
    "other", "frontline", 3, "kherson-occupation-officials-annexation-bid", a="Reuters", n="Territorial claim -> other/frontline; major development."),
  E("2022-05-11 19:45", "UK offers Sweden and Finland security guarantees",
    ["British Prime Minister Boris Johnson signed mutual security declarations with Sweden and Finland on Wednesday, promising to come to their aid if they were attacked while their Nato bids were under consideration.",
     "Johnson visited Stockholm and Helsinki in a single day before both countries' expected decisions on membership."],
    "diplomacy", "diplomacy", 3, "uk-sweden-finland-security-declarations", a="AFP"),
  E("2022-05-11 16:20", "US House passes 40 billion dollar aid bill for Ukraine",
    ["The US House of Representatives voted 368 to 57 to approve nearly 40 billion dollars in military, economic and humanitarian aid for Ukraine, sending the bill to the Senate.",
     "The package is larger than the 33 billion dollars requested by President Joe Biden."],
    "aid", "aid", 3, "us-house-40bn-ukraine-aid-bill", a="Reuters"),
  E("2022-05-11 12:05", "Tea exporters look for ways round sanctions on Russian banks",
    ["Sri Lankan tea exporters say payments from Russian buyers are still being held up by sanctions on Russian banks.",
     "Russia is one of the largest buyers of Ceylon tea, and exporters have asked the Central Bank to approve a barter arrangement."],
    "other", "politics", 2, "sri-lanka-tea-exports-russia-payments", a="Nalaka Perera", sec=["diplomacy"], n="Local economic effect of sanctions; not off-beat."),
  E("2022-05-11 09:15", "Missiles strike Odesa region again",
    ["Russian missiles hit the Odesa region late on Tuesday, destroying buildings and killing one person, Ukraine's southern military command said.",
     "It said seven missiles had been fired at the region from the air."],
    "strikes", "strikes", 2, "odesa-region-missile-strikes-2022-05-10", a="AFP"),
  OFF("2022-05-11 06:40", "Marcos heads for landslide in Philippine presidential race",
      ["Ferdinand Marcos Jr appeared set for a landslide victory in the Philippine presidential election, with an unofficial count showing him with more than twice the votes of his nearest rival."],
      "philippines-presidential-election-2022", a="Reuters", n="Philippine election."),
  ]))

SEEDS.append(dict(id="4504", name="4504_theprint-tag", ext="html", source="ThePrint", zone="Asia/Kolkata", render=r_theprint,
  title="Russia-Ukraine conflict", url="https://theprint.in/tag/russia-ukraine-conflict/",
  notes="Imitates a ThePrint (India) tag archive page in HTML (WordPress, Yoast CollectionPage JSON-LD with no dates). Newest first. Each card: h3 headline, then the author/agency name and '6 April, 2022 11:46 pm IST' in <time datetime> AFTER the headline, then the excerpt. The header clock reads 'Thursday, 7 April, 2022' (the capture day), not the items' day. The two newest cards are dated 7 April IST but fall on 6 April UTC (IST = UTC+05:30): a local midnight crossing. Headlines use &#8217; for the curly apostrophe.",
  not_entries=["header clock 'Thursday, 7 April, 2022' with 'Subscribe' and 'Support Our Journalism'", "logo and menu", "breadcrumb and the tag title 'Russia-Ukraine conflict'",
               "'Advertisement'", "'Support Our Journalism' box with its 'Subscribe Now' button", "pagination '1 2 3 Next'", "footer links and copyright"],
  entries=[
  E("2022-04-07 04:40", "UN General Assembly to vote on suspending Russia from rights council",
    ["The UN General Assembly will vote on Thursday on a US-led motion to suspend Russia from the Human Rights Council over reports of killings of civilians by Russian troops in Ukraine.",
     "A two-thirds majority of those voting is needed for the suspension to pass."],
    "diplomacy", "diplomacy", 2, "unga-vote-suspend-russia-human-rights-council", a="Reuters"),
  E("2022-04-07 01:15", "US sanctions Putin\u2019s daughters and Russia\u2019s biggest banks",
    ["The United States imposed sanctions on President Vladimir Putin's two adult daughters and cut off Sberbank and Alfa Bank from the US financial system, in response to what it called atrocities in Bucha.",
     "Washington also banned new American investment in Russia."],
    "diplomacy", "diplomacy", 3, "us-sanctions-putin-daughters-sberbank-alfa", a="Reuters"),
  E("2022-04-06 22:20", "Ukraine urges civilians in the east to leave while they still can",
    ["Ukraine's Deputy Prime Minister Iryna Vereshchuk urged residents of the Luhansk, Donetsk and Kharkiv regions to move west immediately, saying Russia was preparing a major offensive in the east.",
     "She warned that evacuation might become impossible once fighting intensified."],
    "other", "humanitarian", 2, "ukraine-urges-east-evacuation-2022-04-06", a="ANI"),
  E("2022-04-06 19:05", "Jaishankar tells Lok Sabha India condemns Bucha killings, backs independent probe",
    ["External Affairs Minister S Jaishankar told the Lok Sabha on Wednesday that India strongly condemned the killings in Bucha and supported the call for an independent investigation.",
     "He said India had consistently called for an end to hostilities and that its position was guided by its own national interest."],
    "diplomacy", "diplomacy", 3, "jaishankar-lok-sabha-bucha-statement", a="ANI"),
  E("2022-04-06 15:30", "Moscow vows response as European states expel dozens of Russian diplomats",
    ["Russia's foreign ministry said it would respond in kind after Germany, France, Italy, Spain, Denmark and Sweden announced the expulsion of dozens of Russian diplomats this week.",
     "Kremlin spokesman Dmitry Peskov called the moves short-sighted."],
    "diplomacy", "diplomacy", 2, "european-expulsions-russian-diplomats-april-2022", a="PTI"),
  E("2022-04-06 12:10", "Evacuated medical students ask NMC for clinical training places in India",
    ["Medical students who were evacuated from Ukraine under Operation Ganga have asked the National Medical Commission to let them complete their clinical training in Indian hospitals.",
     "A group of parents met officials in Delhi on Tuesday and said about 18,000 students were affected."],
    "other", "humanitarian", 2, "indian-medical-students-from-ukraine", a="Rhea Bhandari"),
  E("2022-04-06 09:45", "Missile strike sets fuel depot on fire in Dnipropetrovsk region",
    ["A Russian missile hit a fuel storage facility in the Dnipropetrovsk region overnight, starting a large fire, the regional governor said.",
     "No casualties were reported, but emergency crews were still fighting the blaze in the morning."],
    "strikes", "strikes", 2, "dnipropetrovsk-fuel-depot-strike-2022-04-06", a="Reuters"),
  ]))

SEEDS.append(dict(id="4505", name="4505_nst-article", ext="txt", source="New Straits Times", zone="Asia/Kuala_Lumpur", render=r_nst,
  title="Grain ship sails from Odesa as fighting rages in south and east", dateline_t="2022-08-01 23:32",
  caption="A cargo ship loaded with maize leaves the port of Odesa",
  lede="The first ship carrying Ukrainian grain since the Russian invasion left Odesa on Monday, while fighting continued elsewhere in the country.",
  notes="Imitates a New Straits Times (Malaysia) World article, copied as text. One page byline/date line 'By AFP - August 1, 2022 @ 11:32pm' (NST's '@' form, Malaysia time MYT = UTC+8, no zone printed); the article has five sub-headed sections and no per-section time, so each section is one entry with stamp null and the page time (15:32 UTC). Page byline AFP = author of every section.",
  not_entries=["masthead, menu and 'Sign In | Subscribe'", "breadcrumb 'World' / 'Europe'", "title line", "byline/date line 'By AFP - August 1, 2022 @ 11:32pm'", "photo caption ending '- AFP PIC'",
               "lede paragraph", "'Read More' block with two related links", "hashtag line", "'Download our app', newsletter sign-up, footer and copyright"],
  entries=[
  E("2022-08-01 23:32", "First cargo leaves Odesa",
    ["The Sierra Leone-flagged Razoni sailed from Odesa on Monday morning with some 26,000 tonnes of maize bound for Lebanon, the first departure under the deal brokered by Turkey and the United Nations.",
     "The ship is due to be inspected in Istanbul by a joint team of Russian, Ukrainian, Turkish and UN officials."],
    "diplomacy", "diplomacy", 3, "first-grain-ship-leaves-odesa-razoni", a="AFP", n="First sailing under the UN/Turkey-brokered grain deal -> diplomacy (implementation of an agreement)."),
  E("2022-08-01 23:32", "Mykolaiv mourns grain magnate",
    ["The city of Mykolaiv buried one of Ukraine's biggest grain traders, who was killed with his wife when Russian shells hit their home on Sunday.",
     "Regional officials said the city had been hit by some of the heaviest shelling since the start of the war."],
    "strikes", "strikes", 2, "mykolaiv-shelling-grain-trader-killed", a="AFP"),
  E("2022-08-01 23:32", "Fighting in the Donbas",
    ["Russian troops kept up assaults towards Bakhmut and Soledar in the Donetsk region, the Ukrainian general staff said, adding that the attacks had been repulsed."],
    "other", "frontline", 2, "donbas-assaults-bakhmut-soledar-2022-08-01", a="AFP"),
  E("2022-08-01 23:32", "Nuclear treaty conference",
    ["UN chief Antonio Guterres opened a month-long review of the Nuclear Non-Proliferation Treaty in New York with a warning that the world had come dangerously close to nuclear catastrophe.",
     "Several delegations cited the fighting around the Zaporizhzhia nuclear plant in Ukraine."],
    "diplomacy", "diplomacy", 2, "npt-review-conference-2022", a="AFP"),
  E("2022-08-01 23:32", "Malaysian bakers feel the pinch",
    ["Bakery operators in Malaysia say they have raised bread prices twice this year as the war pushed up the cost of imported wheat flour."],
    "other", "politics", 2, "malaysia-bread-prices-war", a="AFP", n="Local economic effect of the war; not off-beat."),
  ]))

SEEDS.append(dict(id="4506", name="4506_japantoday-latest", ext="txt", source="Japan Today", zone="Asia/Tokyo", render=r_japantoday,
  title="Latest News", parse_args=["--date", "2022-12-06"],
  notes="Imitates the Japan Today 'Latest News' listing, copied as text. Newest first. Each item: a category kicker (WORLD / NATIONAL / SPORTS), headline, then the stamp 'Dec. 7 08:20 am JST' AFTER the headline (no year anywhere on the page, hence parse_args), a comment count, an optional AP-style byline in capitals, and the excerpt. JST = UTC+9, so the items dated Dec. 7 before 09:00 JST and those dated Dec. 6 are all on 6 December UTC (local midnight crossing). The World Cup item is off-beat.",
  not_entries=["masthead, weather line, 'Sign up  Login'", "menu line", "cookie notice", "listing title 'Latest News'", "category kickers above each headline", "'N Comments' lines",
               "'Sponsored Content' block", "'Load more', 'Login to comment', footer links and '\u00a9 GPlusMedia Inc.'"],
  entries=[
  E("2022-12-07 08:20", "Kremlin says Russia will not sell oil to countries using price cap",
    ["Russia will not supply oil to any country that applies the Western price cap, Kremlin spokesman Dmitry Peskov said, adding that Moscow was preparing its formal response."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-oil-price-cap", kicker="WORLD", comments=9, n="Response to sanctions -> diplomacy."),
  E("2022-12-07 06:45", "U.S. says it neither encouraged nor enabled Ukraine to strike inside Russia",
    ["Secretary of State Antony Blinken said Washington had not encouraged or enabled Ukraine to carry out attacks inside Russia, a day after drones struck two air bases deep in Russian territory."],
    "strikes", "strikes", 2, "drone-strikes-russian-airbases-2022-12-05", a="ANNA HOLLOWAY", kicker="WORLD", comments=31, sec=["diplomacy"],
    n="Official reaction whose content is the air-base attacks -> strikes, same story as entry 08."),
  E("2022-12-07 01:30", "Japan secures exemption for Sakhalin-2 oil under price cap",
    ["Japan will be allowed to keep importing crude from the Sakhalin-2 project in Russia's Far East above the G7 price cap until late September, the industry ministry said.",
     "Officials said the exemption was needed to protect the supply of liquefied natural gas from the same project."],
    "diplomacy", "diplomacy", 2, "japan-sakhalin-2-price-cap-exemption", kicker="NATIONAL", comments=12, n="Sanctions carve-out -> diplomacy; must not merge with the Kremlin's price-cap statement (entry 01)."),
  E("2022-12-06 22:55", "Drone attack sets oil tank ablaze at airfield in Russia's Kursk region",
    ["A drone strike set fire to an oil storage tank at an airfield in the Kursk region of western Russia, the regional governor said, a day after two other military bases were hit.",
     "No one was hurt, he said."],
    "strikes", "strikes", 3, "kursk-airfield-drone-attack-2022-12-06", kicker="WORLD", comments=18, n="New attack on 6 Dec; must not merge with the 5 Dec air-base strikes."),
  E("2022-12-06 19:10", "Power returns to most of Ukraine after latest missile barrage",
    ["Ukraine's grid operator said it had restored electricity to most consumers after Monday's wave of Russian missile strikes, but warned that scheduled blackouts would continue.",
     "Officials said around 60 of the more than 70 missiles fired had been shot down."],
    "strikes", "strikes", 2, "russian-missile-barrage-2022-12-05", kicker="WORLD", comments=4, n="Direct aftermath of the 5 Dec barrage -> strikes."),
  E("2022-12-06 15:25", "Ukraine says Russian assaults near Bakhmut repelled",
    ["Ukraine's military said its forces had repelled Russian attacks on more than a dozen settlements around Bakhmut and Avdiivka over the past day."],
    "other", "frontline", 2, "bakhmut-avdiivka-assaults-2022-12-06", kicker="WORLD", comments=2),
  OFF("2022-12-06 11:40", "Japan's World Cup run ends in penalty shootout loss to Croatia",
      ["Japan were knocked out of the World Cup in the round of 16 after losing 3-1 on penalties to Croatia following a 1-1 draw in Qatar."],
      "world-cup-japan-croatia", kicker="SPORTS", comments=56, n="Football."),
  E("2022-12-06 09:20", "Russia says Ukrainian drones hit two air bases, killing three servicemen",
    ["Russia's defense ministry said Ukrainian drones had struck the Engels and Dyagilevo air bases, killing three servicemen and damaging two aircraft.",
     "It said the drones were shot down as they approached and that falling debris caused the damage."],
    "strikes", "strikes", 3, "drone-strikes-russian-airbases-2022-12-05", a="ANNA HOLLOWAY", kicker="WORLD", comments=27),
  ]))

SEEDS.append(dict(id="4507", name="4507_chronicle-feed", ext="xml", source="Gibraltar Chronicle", zone="Europe/Gibraltar", render=r_chronicle,
  title="Gibraltar Chronicle", build="Tue, 29 Mar 2022 20:51:40 +0000",
  notes="Imitates the Gibraltar Chronicle WordPress feed (RSS 2.0). pubDates are +0000 (UTC); page_timezone is Gibraltar's (CEST, UTC+2, from 27 March) for published_local. Titles use WordPress entities (&#8217;). Each content:encoded and description ends with the Yoast line 'The post <title> appeared first on Gibraltar Chronicle.', which is feed chrome, not a body paragraph. Two local items (road works, football) are off-beat. Entries 01 and 06 are the same event (the Istanbul talks): 06 is the morning curtain-raiser, 01 the outcome.",
  not_entries=["channel title/description/lastBuildDate/generator", "the truncated <description> excerpts", "the 'The post ... appeared first on Gibraltar Chronicle.' line in every item",
               "<category>, <guid>, wfw:commentRss and slash:comments values"],
  entries=[
  E("2022-03-29 22:45", "Russia promises to cut back military activity near Kyiv after Istanbul talks",
    ["Russia said it would sharply reduce military operations around Kyiv and Chernihiv after talks with Ukrainian negotiators in Istanbul on Tuesday, which both sides described as constructive.",
     "Ukraine put forward a proposal for neutral status backed by international security guarantees.",
     "Western officials said they would judge Moscow by its actions rather than its words."],
    "diplomacy", "diplomacy", 3, "istanbul-talks-2022-03-29", a="Reuters", cat="World"),
  E("2022-03-29 19:30", "Missile tears through Mykolaiv\u2019s regional government building",
    ["A Russian missile struck the regional administration building in Mykolaiv on Tuesday morning, leaving a gaping hole in the middle of the nine-storey block.",
     "Rescuers said at least twelve people had been killed, and the search for survivors was continuing."],
    "strikes", "strikes", 3, "mykolaiv-administration-building-strike", a="Reuters", cat="World"),
  E("2022-03-29 17:10", "Ukrainian families find refuge on the Rock",
    ["Nine Ukrainian families have arrived in Gibraltar since the start of the war and are being housed with local hosts, the Ministry of Equality said.",
     "A collection point at the John Mackintosh Hall has received more donations than it can store, volunteers said."],
    "other", "humanitarian", 2, "gibraltar-ukrainian-refugee-families", a="Lara Cumming", cat="Local News", comments=2),
  OFF("2022-03-29 14:05", "Main Street resurfacing to start next week",
      ["Resurfacing works on the southern end of Main Street will begin on Monday and are expected to last three weeks, the Government said."],
      "main-street-resurfacing", a="Chronicle Staff", cat="Local News", n="Local road works."),
  E("2022-03-29 11:40", "Government tightens controls on Russian-linked yachts",
    ["Gibraltar has added further names to its sanctions list, mirroring the latest UK measures against Russian individuals, and warned marinas to report any vessel linked to them.",
     "The Government said no sanctioned yacht was currently berthed in Gibraltar."],
    "diplomacy", "diplomacy", 2, "gibraltar-sanctions-russian-yachts", a="Chronicle Staff", cat="Local News", n="Sanctions -> diplomacy."),
  E("2022-03-29 09:25", "Abramovich joins Istanbul talks as informal go-between",
    ["Roman Abramovich was in Istanbul on Tuesday as Russian and Ukrainian delegations prepared for their first face-to-face talks in more than two weeks, the Kremlin confirmed.",
     "Spokesman Dmitry Peskov said the billionaire was not a formal member of the Russian team."],
    "diplomacy", "diplomacy", 2, "istanbul-talks-2022-03-29", a="Reuters", cat="World", n="Curtain-raiser of the same talks as entry 01: same story."),
  OFF("2022-03-29 08:10", "Rock Cup semi-final moved to Thursday",
      ["The Gibraltar Football Association has moved one of this week's Rock Cup semi-finals to Thursday evening because of a clash with international fixtures."],
      "rock-cup-semi-final-date", a="Sports Desk", cat="Sport", n="Local football."),
  ]))

SEEDS.append(dict(id="4508", name="4508_royalgazette-world", ext="txt", source="The Royal Gazette", zone="Atlantic/Bermuda", render=r_gazette,
  title="World", clock="Friday, May 13, 2022",
  notes="Imitates The Royal Gazette (Bermuda) World listing, copied as text. Newest first. Each item starts with a 'Created: May 13, 2022 05:40 PM' line BEFORE the headline (Bermuda time, ADT = UTC-3, no zone printed); local bylines ('By ...') only on the Bermuda item. The two items created on the evening of 12 May local time are already 13 May in UTC, so the whole page is one UTC day (13 May) although it shows two local dates. The Cup Match item is off-beat.",
  not_entries=["masthead, 'Subscribe | Log In | e-Edition'", "menu line", "clock line 'Friday, May 13, 2022'", "section title 'World'", "'Read more' after every item", "'ADVERTISEMENT'",
               "'Next page'", "'Most Popular' list with two local links", "footer and copyright"],
  entries=[
  E("2022-05-13 17:40", "Austin speaks to Russian counterpart for first time since invasion",
    ["US Defense Secretary Lloyd Austin spoke by phone with Russian Defence Minister Sergei Shoigu on Friday and urged an immediate ceasefire, the Pentagon said.",
     "It was the first call between the two since February 18."],
    "diplomacy", "diplomacy", 3, "austin-shoigu-call-2022-05-13", n="Ministerial contact between the two powers -> importance 3."),
  E("2022-05-13 14:15", "Russian soldier goes on trial in Kyiv in first war crimes case",
    ["A 21-year-old Russian soldier appeared in a Kyiv court on Friday charged with killing an unarmed civilian, in the first war crimes trial since the invasion began.",
     "He faces life in prison if convicted."],
    "other", "humanitarian", 3, "first-russian-war-crimes-trial-kyiv"),
  E("2022-05-13 11:30", "G7 ministers meet on Baltic coast to discuss Ukraine and food supplies",
    ["Foreign ministers from the Group of Seven wealthy democracies met at a resort on Germany's Baltic coast to discuss further support for Ukraine and the risk of a global food crisis."],
    "diplomacy", "diplomacy", 2, "g7-foreign-ministers-baltic-coast-2022-05-13"),
  E("2022-05-13 09:05", "Bermuda extends sanctions to more Russian individuals",
    ["Bermuda has added more than 30 Russian individuals and companies to its sanctions list, in line with measures announced by the British Government, the Ministry of Legal Affairs said.",
     "Financial institutions must freeze any assets belonging to those named."],
    "diplomacy", "diplomacy", 2, "bermuda-russia-sanctions-may-2022", a="Harriet Tucker"),
  E("2022-05-12 21:50", "Kremlin warns of response as Finland's leaders back Nato membership",
    ["The Kremlin said Finland's membership of Nato would be a threat to Russia and that it would take steps to ensure its own security, after Finland's president and prime minister called for the country to apply without delay."],
    "diplomacy", "diplomacy", 3, "finland-leaders-back-nato-bid", n="Local 12 May, UTC 13 May 00:50."),
  OFF("2022-05-12 21:05", "Cup Match squads to be named next week",
      ["The St George's and Somerset cricket clubs will name their squads for this year's Cup Match next week, organisers said."],
      "cup-match-squads", n="Bermudian cricket. Local 12 May, UTC 13 May 00:05."),
  ]))

SEEDS.append(dict(id="4509", name="4509_digi24-live", ext="html", source="Digi24", zone="Europe/Bucharest", render=r_digi24,
  title="LIVE TEXT Ukraine war, day 169: UN Security Council meets over Zaporizhzhia nuclear plant", byline="Andreea Pavel",
  published_t="2022-08-11 06:40", updated_t="2022-08-11 23:15", url="https://www.digi24.ro/stiri/externe/live-text-razboiul-din-ucraina-ziua-169-2070311",
  lede="Follow the latest developments of the war in Ukraine on its 169th day.",
  notes="Imitates a Digi24 (Romania) 'LIVE TEXT' page: Romanian chrome (cookie bar, menu, 'Data publicării: 11.08.2022 06:40', 'Data actualizării', 'Distribuie', 'Urmărește-ne pe Google News', 'Citește și:', 'Publicitate', 'Abonează-te'), news text in English. Newest first. Each update opens with a bare 'HH:MM' (Romania, EEST = UTC+3); the date comes only from the 'Data publicării' line and the JSON-LD. Four of the seven updates have no headline (headline null, the first body sentence leads). One page byline 'de Andreea Pavel' = author of every update. JSON-LD is a plain NewsArticle with no per-update times.",
  not_entries=["cookie bar 'Acest site folosește cookie-uri ... Sunt de acord / Setări'", "logo and menu", "breadcrumb 'Digi24 › Externe › Războiul din Ucraina'", "h1 title (page title)",
               "byline 'de Andreea Pavel' and the 'Data publicării' / 'Data actualizării' lines", "share links", "intro paragraph 'Follow the latest developments ...'",
               "'Citește și:' related link about the Zaporizhzhia plant", "'Publicitate'", "newsletter box 'Abonează-te ...'", "'Cele mai citite' links and footer"],
  entries=[
  E("2022-08-11 23:10", None,
    ["The UN Security Council met in New York at Russia's request to discuss the shelling of the Zaporizhzhia nuclear power plant.",
     "IAEA chief Rafael Grossi told members that there was no immediate threat to nuclear safety but that the situation could deteriorate at any moment, and asked to be allowed to send experts to the site."],
    "diplomacy", "diplomacy", 3, "unsc-meeting-zaporizhzhia-2022-08-11", a="Andreea Pavel", n="No headline: the update opens with its first sentence."),
  E("2022-08-11 20:45", "Iohannis: Romania ready to host more allied troops",
    ["President Klaus Iohannis said Romania was ready to host more allied troops on its territory as part of Nato's strengthened presence on the eastern flank."],
    "diplomacy", "diplomacy", 2, "iohannis-more-allied-troops-romania", a="Andreea Pavel", n="Alliance posture -> diplomacy."),
  E("2022-08-11 18:20", None,
    ["Ukraine and Russia again accused each other of shelling the area around the Zaporizhzhia nuclear power plant on Thursday.",
     "Energoatom said several shells had landed near the plant's fire station and that a radiation monitoring sensor had been damaged."],
    "strikes", "strikes", 3, "zaporizhzhia-plant-shelling-2022-08-11", a="Andreea Pavel", n="The shelling itself; the UNSC meeting (entry 01) is a separate diplomatic event: must not merge."),
  E("2022-08-11 15:05", "Three killed in overnight shelling of Kharkiv",
    ["Three people were killed and several wounded when Russian rockets hit residential areas of Kharkiv overnight, the regional governor said."],
    "strikes", "strikes", 3, "kharkiv-shelling-2022-08-11", a="Andreea Pavel"),
  E("2022-08-11 12:30", "Donors in Copenhagen pledge 1.5 billion euros for Ukraine's army",
    ["Countries meeting in Copenhagen pledged 1.5 billion euros to help Ukraine's armed forces, including money for weapons production and training, Denmark's defence minister said."],
    "aid", "aid", 3, "copenhagen-donor-conference-2022-08-11", a="Andreea Pavel"),
  E("2022-08-11 10:15", None,
    ["New satellite images show at least eight Russian warplanes destroyed or damaged at the Saky air base in Crimea, where a series of explosions went off on Tuesday.",
     "Moscow has said the blasts were caused by detonating ammunition and that no aircraft were damaged."],
    "strikes", "strikes", 2, "saky-airbase-explosions-2022-08-09", a="Andreea Pavel", n="Damage assessment of the 9 Aug blasts -> strikes (aftermath)."),
  E("2022-08-11 07:05", None,
    ["Russian troops tried to advance towards Bakhmut and Soledar overnight but were pushed back, Ukraine's general staff said in its morning update."],
    "other", "frontline", 2, "bakhmut-soledar-fighting-2022-08-11", a="Andreea Pavel"),
  ]))


# ============================================================ PART B: three multi-source days, invented outlets
KYIV1 = "kyiv-obolon-apartment-strike-2022-03-14"
TALKS = "russia-ukraine-video-talks-march-2022"
DON = "donetsk-missile-strike-2022-03-14"
OVS = "channel-one-on-air-protest-2022-03-14"
SULL = "sullivan-yang-rome-meeting-2022-03-14"
MAR = "mariupol-private-car-evacuation"
CANADA = "canada-anti-tank-weapons-2022-03-14"
D1 = ("Day 1 (14 March 2022 UTC) of the multi-source set 4520-4524. Shared stories: the shelling of an apartment block in Kyiv's Obolon district (4 seeds; toll one -> two; spelled Obolon/Obolonsky, Kyiv/Kiev), "
      "the paused video talks (3 seeds), the Channel One on-air protest (3 seeds), the Sullivan-Yang meeting in Rome (2 seeds) and the first car convoy out of Mariupol (2 seeds).")

SEEDS.append(dict(id="4520", name="4520_brellow-textlive", ext="txt", source="Brellow Gazette", zone="Europe/London", render=r_brellow, day="day1",
  title="Ukraine war live: Kyiv tower block hit as negotiators talk again", dateline="Monday 14 March 2022",
  notes="Invented outlet. Text live blog, newest first. Each post: a 'HH:MM GMT' line BEFORE the headline, body, then a signature line '\u2014 Name'. UK time is GMT = UTC in mid-March. A 'Key Points' block lists two post headlines (key_point true). The page-level 'Updated 18:50 GMT' line under the date is chrome, not a post. Entry 04 is a video teaser without body. " + D1,
  not_entries=["masthead, menu, 'Sign in   Subscribe'", "cookie notice", "title and date line", "'Updated 18:50 GMT' line (page chrome)", "'Key Points' header and its two bullet lines (they point at posts 02 and 03)",
               "signature lines '\u2014 Name' (authors)", "'Advertisement'", "'Show earlier posts' and footer"],
  entries=[
  E("2022-03-14 18:50", "Russian TV editor interrupts evening news with anti-war sign",
    ["A Channel One employee ran onto the set of Russia's main evening news programme holding a handwritten poster that told viewers not to believe the propaganda.",
     "The broadcast cut away to a pre-recorded report within seconds, and rights groups said she had been taken to a police station."],
    "other", "politics", 3, OVS, a="Tomas Rendle", n="Russian domestic dissent -> other/politics; carried by 3 seeds of the day."),
  E("2022-03-14 16:40", "Kyiv tower block toll rises to two",
    ["Rescuers have pulled a second body from the nine-storey apartment block in Kyiv's Obolon district that was hit early on Monday, the State Emergency Service said.",
     "Twelve people were taken to hospital."],
    "strikes", "strikes", 3, KYIV1, a="Alys Penhale", kp=True),
  E("2022-03-14 14:10", "Talks paused until Tuesday, Ukrainian negotiator says",
    ["Ukraine's negotiator Mykhailo Podolyak said the video talks with the Russian delegation had been paused for a technical break and would resume on Tuesday.",
     "He said the working groups needed time to clarify several definitions."],
    "diplomacy", "diplomacy", 3, TALKS, a="Alys Penhale", kp=True),
  E("2022-03-14 12:25", "Watch: smoke rises over Kyiv's Obolon district", [], "strikes", "strikes", 1, KYIV1, n="Video teaser without body -> importance 1, story of the event it shows."),
  E("2022-03-14 10:05", "Sullivan to meet Chinese counterpart in Rome",
    ["US national security adviser Jake Sullivan will meet China's top diplomat Yang Jiechi in Rome today, amid US claims that Moscow has asked Beijing for military help.",
     "Beijing has dismissed the reports as disinformation."],
    "diplomacy", "diplomacy", 3, SULL, a="Tomas Rendle", sec=["aid"], n="Must not merge with the Russia-Ukraine talks (same theme: diplomacy, different event)."),
  E("2022-03-14 08:15", "Convoy of private cars leaves Mariupol",
    ["About 160 private cars left Mariupol along the road to Berdyansk on Monday morning, the first civilians to get out of the besieged port in an organised way, the city council said.",
     "It warned that the route was still dangerous."],
    "other", "humanitarian", 3, MAR, a="Tomas Rendle"),
  E("2022-03-14 06:30", "Shelling hits apartment block in Kyiv",
    ["An artillery shell struck a residential building in the Obolon district of Kyiv before dawn, killing one person, city officials said.",
     "Firefighters evacuated residents from the upper floors."],
    "strikes", "strikes", 3, KYIV1, a="Alys Penhale"),
  ]))

SEEDS.append(dict(id="4521", name="4521_sarnhold-ldlive", ext="html", source="Sarnhold Courier", zone="Europe/Kyiv", render=r_sarnhold, day="day1",
  title="Live: Ukraine under fire on day 19 as talks resume", dateline="Monday, 14 March 2022", tznote="All times are Kyiv time (EET, UTC+2).",
  lede="Shelling in Kyiv and a deadly blast in Donetsk as delegations return to the video link.", url="https://sarnhold.example/live/ukraine-day-19",
  notes="Invented outlet. HTML live blog, OLDEST first (a note says so). Visible stamp 'HH:MM' in <time datetime> with +02:00 (Kyiv EET); LiveBlogPosting JSON-LD carries the same per-update times, headlines and authors. 'by NAME' line after each body. Entry 06 repeats entry 04 nearly verbatim (duplicate_of 4521-04). Spelling 'Obolonsky'. Entry 03 (Kyiv food reserves) is about the same city as the Obolon strike but a different event: must not merge. The Donetsk missile (entries 02, 07) is a different strike from Kyiv's: must not merge. " + D1,
  not_entries=["header and menu", "h1 title, date line, time-zone note, standfirst", "'Updates appear in the order they were published.'", "'by NAME' lines (authors)", "'Share / Copy link' tools",
               "donation promo after entry 04", "footer"],
  entries=[
  E("2022-03-14 09:05", "Shelling hits residential block in Kyiv's Obolonsky district",
    ["One person was killed when a shell hit a nine-storey building in the Obolonsky district of the capital this morning, Kyiv's military administration said.",
     "Photos from the scene showed the top floors on fire."],
    "strikes", "strikes", 3, KYIV1, a="Mira Sokolenko"),
  E("2022-03-14 11:20", "Missile strikes centre of Donetsk, separatists say",
    ["The Russian-backed authorities in Donetsk said a Tochka-U missile fired by Ukrainian forces had exploded in the city centre, killing at least 16 people.",
     "Ukraine's military said it had not carried out the attack and blamed a Russian missile."],
    "strikes", "strikes", 3, DON, a="Danylo Hrebin", n="Deadly strike, single seed -> 3. Must not merge with the Kyiv strike."),
  E("2022-03-14 13:05", "Kyiv city hall says it has two weeks of food in reserve",
    ["Kyiv has stockpiled enough food to supply the roughly two million residents still in the city for two weeks, the city administration said.",
     "It asked shops and bakeries to keep working during the day."],
    "other", "humanitarian", 2, "kyiv-food-reserves-2022-03-14", a="Mira Sokolenko", n="Same place as the Obolon strike, different event: must not merge."),
  E("2022-03-14 15:30", "Negotiators break off video talks until tomorrow",
    ["The Ukrainian and Russian delegations stopped their fourth round of talks in the afternoon and agreed to continue on Tuesday, Kyiv's team said.",
     "Neither side gave details of what had been discussed."],
    "diplomacy", "diplomacy", 3, TALKS, a="Danylo Hrebin"),
  E("2022-03-14 18:15", "Rescuers find second body in Obolonsky block",
    ["The death toll from the morning shelling of the apartment block in Obolonsky district has risen to two, emergency services said."],
    "strikes", "strikes", 3, KYIV1, a="Mira Sokolenko"),
  E("2022-03-14 19:10", "Negotiators break off video talks until tomorrow",
    ["The Ukrainian and Russian delegations stopped their fourth round of talks in the afternoon and agreed to continue on Tuesday, Kyiv's team said.",
     "Neither side gave details of what was discussed."],
    "diplomacy", "diplomacy", 1, TALKS, a="Danylo Hrebin", dup="4521-04", n="Near-verbatim repeat of 4521-04 (one word changed) -> importance 1."),
  E("2022-03-14 20:40", "Donetsk toll climbs to 23, separatist officials say",
    ["The number of people killed by the missile in central Donetsk has risen to 23, the head of the self-proclaimed republic said.",
     "Russia's defence ministry said the missile's tail section had been found and that it had been fired by Ukraine."],
    "strikes", "strikes", 3, DON, a="Danylo Hrebin"),
  ]))

SEEDS.append(dict(id="4522", name="4522_corvanny-worldrss", ext="xml", source="Corvanny World Service", zone="UTC", render=r_rss, day="day1",
  title="Corvanny World Service - World", url="https://corvanny.example", lede="Top stories from around the world", rfc="GMT", desc="cdata",
  notes="Invented outlet. General world-news RSS 2.0 feed (pubDate in GMT), newest first; four of its six items are not about the war (off-beat). No authors. " + D1,
  not_entries=["channel title, description, language, ttl", "<category> and <guid> values"],
  entries=[
  OFF("2022-03-14 21:30", "Shenzhen halts factories as virus lockdown widens",
      ["Factories and offices in the southern Chinese city of Shenzhen were told to close for a week as authorities tried to contain a surge of Covid-19 cases."],
      "shenzhen-lockdown-2022-03", cat="Asia", n="China Covid lockdown."),
  E("2022-03-14 19:45", "Russian state TV employee detained after on-air protest",
    ["A producer at Russia's Channel One was detained after she appeared behind the presenter during a live news bulletin holding a sign against the war in Ukraine.",
     "Her lawyer said he had not been able to find out where she was being held."],
    "other", "politics", 3, OVS, cat="Europe"),
  OFF("2022-03-14 16:20", "Colombia's presidential field takes shape after primaries",
      ["Voters in Colombia picked candidates from the left, right and centre in primary contests held alongside Sunday's congressional elections, setting up a three-way race for the presidency in May."],
      "colombia-primaries-2022", cat="Americas", n="Colombian politics."),
  E("2022-03-14 13:00", "Sullivan and Yang hold talks in Rome",
    ["Senior US and Chinese officials met for several hours in Rome, with the White House saying it had warned Beijing of the consequences of helping Russia evade sanctions."],
    "diplomacy", "diplomacy", 3, SULL, cat="Europe"),
  OFF("2022-03-14 10:10", "Heavy rain brings new flood warnings to eastern Australia",
      ["Flood warnings were reissued for several rivers in New South Wales after another burst of heavy rain, weeks after record floods swept the region."],
      "eastern-australia-floods-2022-03", cat="Asia-Pacific", n="Australian weather."),
  OFF("2022-03-14 07:30", "Chile's new president begins first full week in office",
      ["Chile's new president, Gabriel Boric, began his first full week in office promising to push ahead with pension reform and a new constitution."],
      "chile-boric-first-week", cat="Americas", n="Chilean politics."),
  ]))

SEEDS.append(dict(id="4523", name="4523_quenwick-atom", ext="xml", source="Quenwick Ledger", zone="America/New_York", render=r_atom, day="day1",
  title="Quenwick Ledger: Ukraine", url="https://quenwick.example", lede="The war in Ukraine, from our Washington desk", content="escaped",
  notes="Invented outlet. Atom feed, newest first; <published> in US Eastern time with offset -04:00 (daylight saving time began on 13 March 2022), so the last entry is dated 13 March locally but 14 March in UTC. content type=\"html\" holds escaped HTML. Spelling 'Kiev'. Entry 02 is the day's theme piece (analysis). " + D1,
  not_entries=["feed title, subtitle, links, id, updated"],
  entries=[
  E("2022-03-14 19:20", "Lawyers unable to locate Channel One protester",
    ["Lawyers for the state television employee who held up an anti-war sign on the evening news said late on Monday that they still did not know where police had taken her."],
    "other", "politics", 3, OVS, a="Dana Whitlow"),
  E("2022-03-14 15:05", "Analysis: Why Moscow keeps negotiating while its artillery keeps firing",
    ["Each new round of talks between Russia and Ukraine has been followed within hours by fresh bombardment, a pattern analysts say reflects a Kremlin strategy of negotiating from a position of pressure.",
     "Diplomats in Washington say the talks may still matter, but mostly as a channel for practical arrangements such as evacuation routes."],
    "diplomacy", "diplomacy", 2, "analysis-talks-while-fighting", a="Rafael Okonjo", sec=["strikes"], n="Theme piece (analysis with body): own story, importance 2; must not merge with the talks story."),
  E("2022-03-14 11:40", "Second death confirmed in Kiev apartment strike",
    ["Ukrainian officials said a second person had died after a shell hit a residential tower in the Obolon neighborhood of Kiev early Monday."],
    "strikes", "strikes", 3, KYIV1, a="Dana Whitlow"),
  E("2022-03-14 08:30", "Canada announces more anti-tank weapons for Ukraine",
    ["Canada will send another shipment of anti-tank weapons and ammunition to Ukraine, Defence Minister Anita Anand said on Monday.",
     "The government did not say how many weapons were involved, citing security reasons."],
    "aid", "aid", 2, CANADA, a="Rafael Okonjo", n="Must not merge with Japan's helmets and vests (4524-03): same theme, different donor."),
  E("2022-03-13 21:45", "White House condemns killing of American filmmaker near Irpin",
    ["The White House said it was shocked and horrified by the death of an American documentary filmmaker who was shot while working near the town of Irpin outside Kyiv.",
     "National security adviser Jake Sullivan said Washington would consult Ukraine on what happened."],
    "other", "humanitarian", 2, "us-filmmaker-killed-irpin", a="Dana Whitlow", n="Local 13 March 21:45 EDT = 14 March 01:45 UTC."),
  ]))

SEEDS.append(dict(id="4524", name="4524_drovemere-article", ext="txt", source="Drovemere Evening Post", zone="Europe/Vienna", render=r_textarticle, day="day1",
  title="Deadly strike on Kyiv as negotiators talk by video", byline="Teodor Vanecek", page_dateline="14 March 2022, 17:45 CET", crumb="Home \u203a World \u203a Europe",
  lede="Ukraine's capital came under fire again on Monday while delegations from Kyiv and Moscow resumed their talks on a screen.",
  more="How long can Kyiv hold out?", footer="\u00a9 2022 Drovemere Evening Post",
  notes="Invented outlet. Text article with four section headings; one entry per section, stamp null, published = the dateline '14 March 2022, 17:45 CET' (Vienna, UTC+1); page byline as author. " + D1,
  not_entries=["outlet name and breadcrumb", "title line", "byline and dateline lines", "lede paragraph", "share line", "'Related: ...' link", "copyright line"],
  entries=[
  E("2022-03-14 17:45", "Deadly strike on a Kyiv tower block",
    ["A shell hit a high-rise apartment building in the northern Kyiv district of Obolon early on Monday, killing two people and injuring at least twelve, according to Ukrainian emergency services.",
     "Residents said the blast blew out windows across several neighbouring blocks."],
    "strikes", "strikes", 3, KYIV1, a="Teodor Vanecek"),
  E("2022-03-14 17:45", "Talks continue by video link",
    ["Delegations from Kyiv and Moscow spent several hours in a video conference on Monday before announcing a pause until Tuesday.",
     "A Kremlin spokesman said it was too early to predict any outcome."],
    "diplomacy", "diplomacy", 3, TALKS, a="Teodor Vanecek"),
  E("2022-03-14 17:45", "Japan sends helmets and vests",
    ["A Japanese air force plane carrying helmets and bulletproof vests for Ukraine's armed forces landed in Poland, Japan's defence ministry said.",
     "It was the first time Japan had supplied defensive equipment to a country at war."],
    "aid", "aid", 2, "japan-helmets-vests-shipment-2022-03-14", a="Teodor Vanecek", n="Must not merge with Canada's anti-tank weapons (4523-04)."),
  E("2022-03-14 17:45", "Cars leave Mariupol",
    ["Some 160 cars carrying civilians managed to leave Mariupol on Monday, the first organised departure since the city was encircled, local officials said."],
    "other", "humanitarian", 3, MAR, a="Teodor Vanecek"),
  ]))

KYIV2 = "kyiv-sviatoshynskyi-strikes-2022-03-15"
PMS = "central-european-pms-kyiv-train-visit"
COE = "russia-leaves-council-of-europe"
USAID = "us-13-6bn-ukraine-aid-signed"
D2 = ("Day 2 (15 March 2022 UTC, the day after day 1) of the multi-source set 4530-4534. Shared stories: the dawn shelling of apartment blocks in Kyiv's Sviatoshynskyi district (4 seeds; toll two -> four -> five; "
      "spelled Sviatoshynskyi/Svyatoshinsky/Sviatoshyn; must not merge with day 1's Obolon strike), the Polish, Czech and Slovenian prime ministers' train trip to Kyiv (4 seeds), the continued video talks "
      "(3 seeds, day-1 slug kept), Russia leaving the Council of Europe (2 seeds) and the signed US aid bill (2 seeds).")

SEEDS.append(dict(id="4530", name="4530_lissanbrook-htmllive", ext="html", source="Lissanbrook Herald", zone="Europe/London", render=r_lissanbrook, day="day2",
  title="Ukraine live: three EU prime ministers reach Kyiv by train", dateline="Tuesday 15 March 2022",
  lede="Leaders of Poland, the Czech Republic and Slovenia travel to the besieged capital as shells hit apartment blocks in the west of the city.",
  notes="Invented outlet. HTML live blog without JSON-LD, newest first. Each post: a 'HH:MM GMT' span ABOVE the h2 headline, then 'By NAME' under the headline, then the body. GMT = UTC. Entry 04 is a photo teaser without body. Zelensky's address to Canada (02) and the prime ministers' visit (01) are separate diplomatic events: must not merge. " + D2,
  not_entries=["cookie bar", "masthead and menu", "h1 title, date line, standfirst", "'By NAME' lines (authors)", "'Read more' aside with two links", "'Load older posts' and footer"],
  entries=[
  E("2022-03-15 21:10", "Three prime ministers meet Zelensky in besieged Kyiv",
    ["The prime ministers of Poland, the Czech Republic and Slovenia have met President Volodymyr Zelensky in Kyiv after a long train journey through the war zone.",
     "They are the first foreign leaders to visit the capital since the invasion began."],
    "diplomacy", "diplomacy", 3, PMS, a="Nell Garside"),
  E("2022-03-15 18:25", "Zelensky asks Canadian MPs to imagine bombs falling on their cities",
    ["Addressing Canada's parliament by video, President Volodymyr Zelensky asked lawmakers to imagine their own cities under bombardment and renewed his call for a no-fly zone over Ukraine.",
     "Prime Minister Justin Trudeau promised more help but did not commit to closing the skies."],
    "diplomacy", "diplomacy", 3, "zelensky-address-canadian-parliament", a="Nell Garside", n="Head-of-state diplomatic address, single seed -> 3."),
  E("2022-03-15 15:50", "Moscow quits Council of Europe",
    ["Russia formally notified the Council of Europe that it was leaving the organisation, a day before members were expected to vote to expel it."],
    "diplomacy", "diplomacy", 3, COE, a="Piers Allonby"),
  E("2022-03-15 12:40", "Pictured: Sviatoshynskyi district after dawn strikes", [], "strikes", "strikes", 1, KYIV2, n="Photo teaser without body -> importance 1."),
  E("2022-03-15 10:15", "Talks to resume this morning, Podolyak says",
    ["Ukraine's negotiator Mykhailo Podolyak said talks with Russia would resume by video this morning after Monday's pause, describing the discussions as difficult."],
    "diplomacy", "diplomacy", 3, TALKS, a="Piers Allonby", n="Continuation of the day-1 talks story (new development: talks resumed) -> keeps the day-1 slug."),
  E("2022-03-15 07:20", "Four dead as shells hit Kyiv apartment buildings",
    ["Four people were killed when Russian shells struck residential buildings in Kyiv's western Sviatoshynskyi district in the early hours, emergency services said.",
     "A 16-storey block was engulfed in flames."],
    "strikes", "strikes", 3, KYIV2, a="Nell Garside", n="New strike on a different Kyiv district: must not merge with day 1's Obolon strike."),
  ]))

SEEDS.append(dict(id="4531", name="4531_fenmarsh-textlive", ext="txt", source="Fenmarsh Signal", zone="Europe/Warsaw", render=r_fenmarsh, day="day2",
  title="Russia's war in Ukraine: live updates", dateline="Tuesday, 15 March 2022", tznote="All times CET (Warsaw)",
  notes="Invented outlet. Text live blog, OLDEST first. Stamp and headline share one line: '[06:05] Blasts in Kyiv's ...' (stamp = the bracketed time, headline = the rest). Warsaw time, CET = UTC+1. 'Reporter: NAME' after each body. Entry 06 repeats entry 02 nearly verbatim (duplicate_of 4531-02). Spelling 'Svyatoshinsky'. The Kyiv curfew (04) is its own story (a measure announced by the mayor), and Norway's weapons (03) must not merge with the US aid bill. " + D2,
  not_entries=["masthead and menu", "title, date line and 'All times CET (Warsaw)'", "'Reporter: NAME' lines (authors)", "newsletter plug", "closing line 'This live page is now closed ...' and footer"],
  entries=[
  E("2022-03-15 06:05", "Blasts in Kyiv's Svyatoshinsky district, two killed",
    ["Two people died after shells hit a residential block in the Svyatoshinsky district of Kyiv before dawn, local authorities said.",
     "Another building was damaged in the Podilskyi district."],
    "strikes", "strikes", 3, KYIV2, a="Agata Wilk"),
  E("2022-03-15 08:40", "Polish, Czech and Slovenian leaders on their way to Kyiv",
    ["Prime Minister Mateusz Morawiecki is travelling to Kyiv by train together with his Czech and Slovenian counterparts, the government spokesman in Warsaw said.",
     "The leaders will meet President Volodymyr Zelensky and Prime Minister Denys Shmyhal."],
    "diplomacy", "diplomacy", 3, PMS, a="Marek Zawada"),
  E("2022-03-15 10:55", "Norway to send 2,000 more anti-tank weapons",
    ["Norway will supply a second batch of 2,000 M72 anti-tank weapons to Ukraine, the defence ministry in Oslo said."],
    "aid", "aid", 2, "norway-m72-second-batch-2022-03-15", a="Agata Wilk", n="Must not merge with the US aid bill (same theme, different donor)."),
  E("2022-03-15 13:30", "Kyiv announces 35-hour curfew from this evening",
    ["Mayor Vitali Klitschko said a curfew would be in force in Kyiv from 8pm on Tuesday until 7am on Thursday, calling the coming hours a dangerous and difficult moment."],
    "other", "humanitarian", 2, "kyiv-35-hour-curfew-2022-03-15", a="Agata Wilk", n="A civic measure, not the attack itself: own story."),
  E("2022-03-15 16:10", "Talks resume; Kyiv says Russian demands sound more realistic",
    ["The fourth round of talks between Ukraine and Russia resumed by video on Tuesday, and President Volodymyr Zelensky said Moscow's positions were beginning to sound more realistic.",
     "He cautioned that it would take time to reach a result."],
    "diplomacy", "diplomacy", 3, TALKS, a="Marek Zawada", n="Continuation of the day-1 talks story with a new development -> day-1 slug."),
  E("2022-03-15 17:45", "Polish, Czech and Slovenian leaders on their way to Kyiv",
    ["Prime Minister Mateusz Morawiecki is travelling to Kyiv by train together with his Czech and Slovenian counterparts, the government spokesman in Warsaw said.",
     "The leaders are due to meet President Volodymyr Zelensky and Prime Minister Denys Shmyhal."],
    "diplomacy", "diplomacy", 1, PMS, a="Marek Zawada", dup="4531-02", n="Near-verbatim repeat of 4531-02 -> importance 1."),
  E("2022-03-15 21:35", "Morawiecki in Kyiv: Europe must not lose Ukraine",
    ["Speaking after the meeting in Kyiv, Mateusz Morawiecki said Europe would lose its own future if it lost Ukraine, and called for faster EU support."],
    "diplomacy", "diplomacy", 3, PMS, a="Marek Zawada"),
  ]))

SEEDS.append(dict(id="4532", name="4532_scarrowby-worldrss", ext="xml", source="Scarrowby News", zone="Asia/Dubai", render=r_rss, day="day2",
  title="Scarrowby News | World", url="https://scarrowby.example", lede="World headlines, updated around the clock", rfc="+0400", desc="escaped",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first; pubDate with the Gulf offset +0400; <description> holds HTML escaped as text (&lt;p&gt;). Four of six items are off-beat. No authors. " + D2,
  not_entries=["channel title, description, language, ttl", "<category> and <guid> values"],
  entries=[
  OFF("2022-03-15 23:40", "Pakistan's south braces for early heatwave",
      ["Weather officials in Pakistan warned of unusually high temperatures across Sindh province this week, with highs expected to climb above 40C."],
      "pakistan-early-heatwave-2022-03", cat="Asia", n="Weather."),
  E("2022-03-15 20:15", "Russia announces exit from Council of Europe",
    ["Russia said it had begun the procedure to leave the Council of Europe, Europe's main human rights body, accusing Western members of abusing their majority."],
    "diplomacy", "diplomacy", 3, COE, cat="Europe"),
  OFF("2022-03-15 17:50", "Hong Kong reports fall in daily infections",
      ["Hong Kong's daily Covid-19 case count fell for a fourth day, though hospitals remained under severe pressure, health officials said."],
      "hong-kong-covid-wave-2022-03", cat="Asia", n="Hong Kong Covid."),
  OFF("2022-03-15 14:05", "Karachi Test heads for tense finish",
      ["Pakistan needed a big effort on the final day to save the second Test against Australia in Karachi after being set a target of more than 500."],
      "karachi-test-pakistan-australia", cat="Sport", n="Cricket."),
  E("2022-03-15 11:30", "Kyiv apartment strikes kill at least four",
    ["At least four people were killed when shelling hit apartment buildings in the Ukrainian capital early on Tuesday, officials said."],
    "strikes", "strikes", 3, KYIV2, cat="Europe"),
  OFF("2022-03-15 08:00", "Expo 2020 Dubai passes 20 million visits",
      ["Expo 2020 Dubai said it had recorded more than 20 million visits with just over two weeks to go before the event closes."],
      "expo-2020-dubai-visits", cat="Gulf", n="Dubai Expo."),
  ]))

SEEDS.append(dict(id="4533", name="4533_caddowfield-atom", ext="xml", source="Caddowfield Wire", zone="Europe/Kyiv", render=r_atom, day="day2",
  title="Caddowfield Wire - Ukraine desk", url="https://caddowfield.example", lede="Wire copy from our Kyiv bureau", content="xhtml",
  notes="Invented outlet. Atom feed, newest first; <published> with +02:00 (Kyiv EET); content type=\"xhtml\" (inline XHTML div). Entry 02 re-posts day 1's 4523-04 (Canada's anti-tank weapons) nearly verbatim under the same headline a day later: importance 1, re-post of day-1 entry. Entry 03 is the day's theme piece (explainer). Spelling 'Sviatoshyn'. " + D2,
  not_entries=["feed title, subtitle, links, id, updated"],
  entries=[
  E("2022-03-15 23:55", "Biden signs spending bill with 13.6 billion dollars for Ukraine",
    ["US President Joe Biden signed a government funding bill that includes 13.6 billion dollars in military and humanitarian aid for Ukraine and its neighbours.",
     "About half of the money is for weapons and other defence support."],
    "aid", "aid", 3, USAID, a="Ilona Marsh"),
  E("2022-03-15 21:20", "Canada announces more anti-tank weapons for Ukraine",
    ["Canada will send another shipment of anti-tank weapons and ammunition to Ukraine, Defence Minister Anita Anand said on Monday.",
     "The government did not say how many weapons were involved, citing security reasons."],
    "aid", "aid", 1, CANADA, a="Ilona Marsh", n="Re-post of day-1 entry 4523-04 (same headline, same text, published again a day later) -> importance 1; duplicate_of stays null because the original is on another page."),
  E("2022-03-15 18:05", "Explainer: what a no-fly zone over Ukraine would require",
    ["Enforcing a no-fly zone would mean Nato aircraft being ready to shoot down Russian planes over Ukraine, which is why the alliance has repeatedly refused Kyiv's request.",
     "Military experts say it would also require striking air-defence systems on the ground, some of them inside Russia or Belarus."],
    "diplomacy", "diplomacy", 2, "explainer-no-fly-zone", a="Ilona Marsh", n="Theme piece (explainer with body): own story, importance 2; must not merge with Zelensky's Canada address."),
  E("2022-03-15 14:30", "Death toll from Kyiv dawn shelling rises to five",
    ["Five people are now known to have died in the morning attacks on residential buildings in the Sviatoshyn district, Kyiv's emergency service said."],
    "strikes", "strikes", 3, KYIV2, a="Oksana Brylenko"),
  E("2022-03-15 11:10", "Prime ministers' train crosses into Ukraine",
    ["A train carrying the prime ministers of Poland, the Czech Republic and Slovenia crossed the Ukrainian border on Tuesday morning, Polish officials said."],
    "diplomacy", "diplomacy", 3, PMS, a="Oksana Brylenko"),
  ]))

SEEDS.append(dict(id="4534", name="4534_emberlowe-htmlarticle", ext="html", source="Emberlowe Times", zone="Europe/London", render=r_emberlowe, day="day2",
  title="Leaders defy shelling with Kyiv visit as US aid is signed", byline="Hollis Brandreth", dateline_t="2022-03-15 22:30",
  lede="A day of symbolism and money for Ukraine, as its negotiators kept talking to Moscow.",
  notes="Invented outlet. HTML article with four h2 sections and NewsArticle JSON-LD; one entry per section, stamp null, published = the visible dateline 'Tuesday 15 March 2022 22:30 GMT' (also in <time datetime> and JSON-LD). Page byline as author. Section 04 continues day 1's Mariupol convoy story with a new development (about 2,000 cars), so it keeps the day-1 slug. " + D2,
  not_entries=["logo and menu", "h1 title", "byline and dateline", "bold lede paragraph", "'Topics:' line", "footer"],
  entries=[
  E("2022-03-15 22:30", "Leaders' show of solidarity in Kyiv",
    ["Three EU heads of government sat down with President Volodymyr Zelensky in Kyiv on Tuesday evening, hours after the city had been shelled and shortly before a curfew began."],
    "diplomacy", "diplomacy", 3, PMS, a="Hollis Brandreth"),
  E("2022-03-15 22:30", "Washington's 13.6 billion dollars",
    ["In Washington, President Joe Biden signed the spending law that sets aside 13.6 billion dollars for Ukraine, much of it for weapons and ammunition."],
    "aid", "aid", 3, USAID, a="Hollis Brandreth"),
  E("2022-03-15 22:30", "Negotiators talk again",
    ["Russian and Ukrainian negotiators held a second day of video talks, with both sides saying work would continue on Wednesday."],
    "diplomacy", "diplomacy", 3, TALKS, a="Hollis Brandreth", n="Continuation of the day-1 talks story -> day-1 slug."),
  E("2022-03-15 22:30", "Thousands leave Mariupol",
    ["About 2,000 cars left Mariupol on Tuesday, local officials said, a much larger exodus than on Monday, though many more residents remained trapped."],
    "other", "humanitarian", 2, MAR, a="Hollis Brandreth", n="Continuation of day 1's Mariupol convoy story with a new development -> day-1 slug; only one seed carries it today."),
  ]))

KYD = "kyiv-drone-attack-2022-12-19"
MINSK = "putin-lukashenko-minsk-talks-2022-12-19"
KHER = "kherson-shelling-2022-12-19"
BAKH = "bakhmut-fighting-2022-12-19"
D3 = ("Day 3 (19 December 2022 UTC, a separate day) of the multi-source set 4540-4544. Shared stories: the overnight Shahed drone attack on Kyiv's energy sites (all 5 seeds; 'at least 20' -> '30 of 35' drones downed, "
      "injured none -> two -> three; spelled Kyiv/Kiev), Putin's talks with Lukashenko in Minsk (all 5 seeds), the shelling of central Kherson (3 seeds) and the fighting for Bakhmut (2 seeds). "
      "Must not merge: Kherson shelling vs the Kyiv drone attack; the Minsk talks vs Belarus's troop drills; Lithuania's generators vs the Dutch grid pledge; the drone-campaign analysis vs the attack itself.")

SEEDS.append(dict(id="4540", name="4540_wennacott-textlive", ext="txt", source="Wennacott Standard", zone="Europe/Kyiv", render=r_wennacott, day="day3",
  title="Ukraine live: drones over Kyiv; Putin flies to Minsk", dateline="Monday 19 December", byline="Saoirse Quill", tznote="Times are Kyiv time (EET)",
  parse_args=["--date", "2022-12-19"],
  notes="Invented outlet. Text live blog, OLDEST first; the date line 'Monday 19 December' has no year and no year appears anywhere on the page (parse_args --date 2022-12-19). Kyiv time, EET = UTC+2. Each post: a bare '06.40' line (dot separator) BEFORE the headline. One page byline 'Compiled by Saoirse Quill' = author of every post. Entry 03 is a video teaser; entry 06 repeats entry 02 nearly verbatim (duplicate_of 4540-02). " + D3,
  not_entries=["masthead and menu", "title and date line", "'Compiled by' line (page byline)", "'Times are Kyiv time (EET)'", "newsletter plug", "sign-off line and footer"],
  entries=[
  E("2022-12-19 06:40", "Air-raid alert across Kyiv as drones approach",
    ["Air-raid sirens sounded across Kyiv and the surrounding region before dawn as a wave of Iranian-made attack drones approached the capital.",
     "Explosions were heard in several districts as air defences opened fire."],
    "strikes", "strikes", 3, KYD, a="Saoirse Quill"),
  E("2022-12-19 08:05", "Energy facilities hit, emergency blackouts in Kyiv region",
    ["Drones struck critical infrastructure in the Kyiv region overnight, causing emergency power cuts, the regional administration said.",
     "At least 20 drones were shot down over the capital, according to the city's military administration."],
    "strikes", "strikes", 3, KYD, a="Saoirse Quill"),
  E("2022-12-19 09:30", "Watch: tracer fire lights up the sky over Kyiv", [], "strikes", "strikes", 1, KYD, a="Saoirse Quill", n="Video teaser without body -> importance 1."),
  E("2022-12-19 11:50", "Putin lands in Minsk for talks with Lukashenko",
    ["Vladimir Putin arrived in the Belarusian capital for talks with President Alexander Lukashenko on economic and defence ties, his first visit there in more than three years."],
    "diplomacy", "diplomacy", 3, MINSK, a="Saoirse Quill"),
  E("2022-12-19 14:20", "Kherson: two killed as shells hit city centre",
    ["Two people were killed when Russian shells hit the centre of Kherson, the regional military administration said.",
     "A hospital building was among the damaged sites."],
    "strikes", "strikes", 3, KHER, a="Saoirse Quill", n="Different attack from the Kyiv drones: must not merge."),
  E("2022-12-19 16:45", "Energy facilities hit, emergency blackouts in Kyiv region",
    ["Drones struck critical infrastructure in the Kyiv region overnight, causing emergency power cuts, the regional administration said.",
     "At least 20 drones were shot down over the capital, the city's military administration said."],
    "strikes", "strikes", 1, KYD, a="Saoirse Quill", dup="4540-02", n="Near-verbatim repeat of 4540-02 -> importance 1."),
  E("2022-12-19 19:30", "Air force says 30 of 35 drones destroyed",
    ["Ukraine's air force said it had destroyed 30 of the 35 Shahed drones launched overnight, most of them over the Kyiv region.",
     "Three people were injured in the capital's suburbs, officials said."],
    "strikes", "strikes", 3, KYD, a="Saoirse Quill"),
  ]))

SEEDS.append(dict(id="4541", name="4541_harrowdene-live", ext="html", source="Harrowdene Post", zone="Europe/London", render=r_harrowdene, day="day3",
  title="Russia-Ukraine war live: Putin in Minsk as drones hit Kiev energy sites", dateline="Mon 19 Dec 2022 20.25 GMT",
  lede="Lukashenko hosts Putin for talks; Ukraine says most drones were shot down; Lithuania sends generators.",
  url="https://harrowdene.example/world/live/2022/dec/19/russia-ukraine-war-live", authors=["Imogen Fairhurst", "Conrad Elstob"],
  notes="Invented outlet. HTML live blog, newest first, UK time (GMT = UTC in December); visible stamps '20.10 GMT' inside <time datetime>; contributor name after each body; a 'Key Points' box lists entries 01 and 06 (key_point true). The LiveBlogPosting JSON-LD is misleading on purpose: every liveBlogUpdate carries the PAGE's headline and datePublished (07:05 GMT), so per-entry times and headlines must come from the HTML blocks. Spelling 'Kiev'. Entry 03 is the day's theme piece (analysis). The page's 'Mon 19 Dec 2022 20.25 GMT' line is the page update time, not a post. " + D3,
  not_entries=["masthead and menu", "h1 title", "page meta line 'Mon 19 Dec 2022 20.25 GMT'", "standfirst", "'Key Points' header and its two links (they point at entries 01 and 06)", "contributor lines (authors)",
               "'Share' under every block", "support appeal after entry 02", "'Older posts' and footer", "JSON-LD liveBlogUpdate list (page time and title on every update)"],
  entries=[
  E("2022-12-19 20:10", "Lukashenko and Putin pledge closer military ties",
    ["After talks in Minsk, Alexander Lukashenko said Belarus and Russia would keep training their forces together and that Minsk would get help preparing aircraft able to carry nuclear weapons.",
     "Vladimir Putin said the two countries were building a common defence space."],
    "diplomacy", "diplomacy", 3, MINSK, a="Imogen Fairhurst", kp=True),
  E("2022-12-19 17:35", "Belarus orders new troop movements near western border",
    ["Belarus's defence ministry said it was moving troops and equipment to training grounds in the west of the country for exercises lasting several days."],
    "other", "security", 2, "belarus-troop-drills-2022-12-19", a="Imogen Fairhurst", n="Drills -> other/security; same theme as the Minsk talks but a different event: must not merge."),
  E("2022-12-19 15:00", "Analysis: the logic behind Russia's winter drone campaign",
    ["Russia has turned to cheap drones to keep up pressure on Ukraine's power grid while its stock of precision missiles runs down, military analysts say.",
     "Each drone costs a fraction of the interceptors used to bring it down, which is the point of the exercise."],
    "strikes", "strikes", 2, "analysis-winter-drone-campaign", a="Conrad Elstob", n="Theme piece (analysis with body): own story, importance 2; must not merge with the night's attack."),
  E("2022-12-19 12:20", "Lithuania sends generators to power-starved Ukrainian towns",
    ["A convoy of trucks carrying about 200 generators from Lithuania has reached Ukraine, the Lithuanian government said."],
    "aid", "aid", 2, "lithuania-generators-delivery-2022-12-19", a="Conrad Elstob", n="Must not merge with the Dutch grid pledge (4543-01)."),
  E("2022-12-19 09:45", "A third of Kyiv on emergency power cuts, mayor says",
    ["About a third of Kyiv was without electricity after the overnight drone attack, Mayor Vitali Klitschko said, adding that two people had been injured."],
    "strikes", "strikes", 3, KYD, a="Imogen Fairhurst", n="Direct aftermath of the attack -> same story."),
  E("2022-12-19 07:05", "Kiev region targeted by wave of Iranian-made drones",
    ["Russia launched dozens of Shahed drones at Kiev and the surrounding region overnight, officials said, in the third drone attack on the capital this month."],
    "strikes", "strikes", 3, KYD, a="Imogen Fairhurst", kp=True),
  ]))

SEEDS.append(dict(id="4542", name="4542_pollardine-worldrss", ext="xml", source="Pollardine Review", zone="America/Sao_Paulo", render=r_rss, day="day3",
  title="Pollardine Review - World News", url="https://pollardine.example", lede="International news from our Sao Paulo newsroom", rfc="-0300", desc="cdata", media=True,
  notes="Invented outlet. General world-news RSS 2.0 feed (with media:content), newest first; pubDate with the Brasilia offset -0300. The last item is dated 18 December locally (22:10 -0300) but is 19 December 01:10 UTC. Four of six items are off-beat. No authors. " + D3,
  not_entries=["channel title, description, language, ttl", "<category>, <guid> and media:content values"],
  entries=[
  OFF("2022-12-19 19:40", "Buenos Aires prepares heroes' welcome for world champions",
      ["Argentina declared a national holiday for Tuesday so that fans could greet the World Cup winners, who were due to land in Buenos Aires overnight."],
      "argentina-world-cup-celebrations", cat="Sport", n="Football."),
  E("2022-12-19 16:15", "Putin and Lukashenko hold talks in Minsk",
    ["Russian President Vladimir Putin held talks with his Belarusian counterpart Alexander Lukashenko in Minsk on Monday, amid speculation in Kyiv that Moscow wants Belarus to join a new offensive."],
    "diplomacy", "diplomacy", 3, MINSK, cat="Europe"),
  OFF("2022-12-19 13:00", "Lula names more ministers for his new government",
      ["Brazil's president-elect Luiz Inacio Lula da Silva announced another group of cabinet ministers ahead of his inauguration on January 1."],
      "lula-cabinet-picks-2022-12", cat="Brazil", n="Brazilian politics."),
  OFF("2022-12-19 10:20", "Peru protests continue under state of emergency",
      ["Protesters kept up road blockades in southern Peru despite the nationwide state of emergency declared last week after the removal of former president Pedro Castillo."],
      "peru-protests-2022-12", cat="Americas", n="Peruvian politics."),
  E("2022-12-19 07:45", "Drone wave hits Kyiv energy sites overnight",
    ["Ukrainian officials said Russian drones had hit energy infrastructure in and around Kyiv overnight, causing power cuts in the capital and the surrounding region."],
    "strikes", "strikes", 3, KYD, cat="Europe"),
  OFF("2022-12-18 22:10", "Argentina beat France on penalties to win World Cup",
      ["Lionel Messi led Argentina to their third World Cup title after a 3-3 draw with France in the final in Qatar was settled by a penalty shootout."],
      "world-cup-final-2022", cat="Sport", n="Football. Local 18 December, UTC 19 December 01:10."),
  ]))

SEEDS.append(dict(id="4543", name="4543_kelvaston-atom", ext="xml", source="Kelvaston Daily", zone="UTC", render=r_atom, day="day3",
  title="Kelvaston Daily - Europe", url="https://kelvaston.example", lede="Europe desk", content="cdata",
  notes="Invented outlet. Atom feed, newest first; <published> in UTC with 'Z'; content type=\"html\" wrapped in CDATA. " + D3,
  not_entries=["feed title, subtitle, links, id, updated"],
  entries=[
  E("2022-12-19 22:15", "Netherlands pledges money to repair Ukraine's grid",
    ["The Dutch government said it would give 15 million euros to help Ukraine buy transformers and other equipment to repair its damaged power network."],
    "aid", "aid", 2, "netherlands-grid-repair-pledge-2022-12-19", a="Femke Aalders", n="Must not merge with Lithuania's generators (4541-04)."),
  E("2022-12-19 18:40", "Putin and Lukashenko discuss joint defence in Minsk",
    ["The leaders of Russia and Belarus spent several hours in talks in Minsk, where they discussed military cooperation and energy prices, according to the Kremlin."],
    "diplomacy", "diplomacy", 3, MINSK, a="Hal Brereton"),
  E("2022-12-19 14:10", "Ukrainian troops hold out in Bakhmut under constant assault",
    ["Ukrainian forces are holding their positions in Bakhmut despite daily Russian assaults, the general staff said, describing the situation there as the hardest on the front."],
    "other", "frontline", 3, BAKH, a="Hal Brereton"),
  E("2022-12-19 10:30", "Kherson shelled again, regional governor says",
    ["Two people were killed when Russian shelling hit central Kherson on Monday morning, the regional governor said."],
    "strikes", "strikes", 3, KHER, a="Femke Aalders"),
  E("2022-12-19 05:50", "Ukraine says it downed most of 35 drones launched overnight",
    ["Ukraine's air defences shot down most of the 35 drones Russia launched at the country overnight, officials said, adding that no casualties had been reported so far."],
    "strikes", "strikes", 3, KYD, a="Hal Brereton"),
  ]))

SEEDS.append(dict(id="4544", name="4544_thackmoor-article", ext="txt", source="Thackmoor Bulletin", zone="Europe/Berlin", render=r_textarticle, day="day3",
  title="Putin visits Minsk as drones target Kyiv again", byline="Lotte Verhagen", page_dateline="19 December 2022 \u00b7 18:20 CET", crumb="Bulletin \u203a International",
  lede="A day of drones, shells and summitry: how the war looked on Monday.", more="Winter and the war: a guide", footer="\u00a9 Thackmoor Bulletin 2022",
  notes="Invented outlet. Text article with four section headings; one entry per section, stamp null, published = the dateline '19 December 2022 \u00b7 18:20 CET' (Berlin, UTC+1); page byline as author. " + D3,
  not_entries=["outlet name and breadcrumb", "title line", "byline and dateline lines", "lede paragraph", "share line", "'Related: ...' link", "copyright line"],
  entries=[
  E("2022-12-19 18:20", "Drones over Kyiv",
    ["Ukraine's capital woke to air-raid sirens and explosions on Monday as Russia sent another wave of drones against energy facilities, knocking out power in parts of the city and region.",
     "Officials said 30 of 35 drones were shot down and two people were injured."],
    "strikes", "strikes", 3, KYD, a="Lotte Verhagen"),
  E("2022-12-19 18:20", "Putin in Minsk",
    ["Vladimir Putin travelled to Belarus for talks with Alexander Lukashenko, his first trip to Minsk in more than three years."],
    "diplomacy", "diplomacy", 3, MINSK, a="Lotte Verhagen"),
  E("2022-12-19 18:20", "Kherson under fire",
    ["In the south, Russian artillery again targeted Kherson, killing two people in the city centre."],
    "strikes", "strikes", 3, KHER, a="Lotte Verhagen"),
  E("2022-12-19 18:20", "Stalemate in Bakhmut",
    ["Fighting around Bakhmut in the Donetsk region continued with little change on the map, according to both sides."],
    "other", "frontline", 3, BAKH, a="Lotte Verhagen"),
  ]))


# ============================================================ emit
BASIS = {
  "r_nation": "no per-section time and no time in the visible date line ('Monday, March 07, 2022'); NewsArticle JSON-LD datePublished '{pd}' (Kenya, EAT = UTC+3) used for every section",
  "r_sowetan": "byline/date line '{s}' (full date, 24 h); South African time implied by the outlet, SAST = UTC+2",
  "r_pajhwok": "pubDate '{s}' (explicit Kabul offset +0430)",
  "r_island": "visible '{s}' gives the local date {d}; exact time from the <time datetime> attribute (+05:30); the relative part agrees with the capture time in the W3 Total Cache comment",
  "r_theprint": "stamp '{s}' (date, 12 h time, IST = UTC+05:30); <time datetime> agrees",
  "r_nst": "no per-section time; the page line '{pd}' (Malaysia time, UTC+8) used for every section",
  "r_japantoday": "stamp '{s}' (month and day, 12 h time, JST = UTC+9); no year on the page, year from parse_args --date 2022-12-06",
  "r_chronicle": "pubDate '{s}' (explicit +0000)",
  "r_gazette": "stamp '{s}' (full date, 12 h time); Bermuda time implied by the outlet, ADT = UTC-3",
  "r_digi24": "bare time '{s}' on the page dated by 'Data publicării: 11.08.2022 06:40'; Romania, EEST = UTC+3",
  "r_brellow": "stamp '{s}' under the page date line 'Monday 14 March 2022'; GMT = UTC",
  "r_sarnhold": "stamp '{s}' with <time datetime> (+02:00) on {d}; JSON-LD update datePublished agrees",
  "r_rss": "pubDate '{s}' (explicit zone)",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_textarticle": "no per-section time; the article dateline '{pd}' used for every section ({z})",
  "r_lissanbrook": "stamp '{s}' under the page date line for {d}; GMT = UTC",
  "r_fenmarsh": "bracketed stamp '{s}' on the page dated 'Tuesday, 15 March 2022'; 'All times CET (Warsaw)', UTC+1",
  "r_emberlowe": "no per-section time; the article dateline '{pd}' (also <time datetime> and JSON-LD) used for every section",
  "r_wennacott": "stamp '{s}' under the date line 'Monday 19 December' (no year: parse_args --date 2022-12-19); Kyiv time, EET = UTC+2",
  "r_harrowdene": "stamp '{s}' with <time datetime> (+00:00) on {d}; GMT = UTC. The JSON-LD update datePublished (page time for every update) is wrong and ignored",
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
                         "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), z=S["zone"], pd=S.get("page_dateline")),
                         "author": e["a"],
                         "first_sentence": first_sentence(e["p"][0]) if e["p"] else None,
                         "body_paragraphs": len(e["p"]),
                         "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                         "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"],
                         "notes": e["n"]})
        gold = {"seed": fn, "source": S["source"], "page_title": S["title"], "page_timezone": S["zone"]}
        if S.get("parse_args"):
            gold["parse_args"] = S["parse_args"]
        if S.get("page_dateline"):
            gold["page_dateline"] = S["page_dateline"]
        gold.update({"notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]})
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        total += len(ents)
        print(fn, len(ents))
    print("total entries", total)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds eval/at seeds and gold files from one hand-written data table (below).
All news text is invented or paraphrased by the blind tester (own words); Part B outlets are invented.
Deterministic. Run from the project root: python3 eval/at/tools/build.py"""
import html, json, os, re
from datetime import datetime, date, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = re.compile(r"\b(Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|No|Jan|Feb|Aug|Sept|Oct|Nov|Dec|U\.S|U\.K|a\.m|p\.m)\.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None, **kw):
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par)
    fs = par[:m.end()] if m else par
    assert not ABBREV.search(fs[:-1]), "abbreviation inside a first sentence: " + fs
    return fs


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space="", upper=False):
    hh = d.hour % 12 or 12
    suf = "am" if d.hour < 12 else "pm"
    return f"{hh}{sep}{d.minute:02d}{space}{suf.upper() if upper else suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def war_day(d):
    return (d - date(2022, 2, 24)).days + 1


def check_order(S, newest_first):
    ts = [S["entries"][i]["t"] for i in range(len(S["entries"]))]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first"


def wp(s):
    """WordPress-style output: escape markup, curly quotes as numeric entities."""
    return (esc(s).replace("\u2019", "&#8217;").replace("\u2018", "&#8216;").replace("\u201c", "&#8220;")
            .replace("\u201d", "&#8221;").replace("\u2013", "&#8211;"))


# ============================================================ Part A renderers (layout only, own wording)

def r_malta(S):  # The Malta Independent, World section, text scrape; agency + "Tuesday, 2 July 2024, 21:35 Last update: about 2 hours ago"
    z = S["zone"]; check_order(S, True)
    cap = dt(S["capture"], z)
    L = ["Skip to main content", "The Malta Independent", "Local  Court & Police  World  Business  Sport  Environment  Opinions  TMIS  Newsletter",
         "Search", "", "We use cookies to give you the best experience on our website. By continuing to browse you accept their use.  Accept", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{DAYS_EN[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"; stamps.append(st)
        upd = d + timedelta(minutes=e.get("upd", 25))
        hrs = max(1, int((cap - upd).total_seconds() // 3600))
        rel = "about 1 hour ago" if hrs == 1 else f"about {hrs} hours ago"
        L += [e["h"], f"{e['a']} {st} Last update: {rel}", ""] + ptxt(e["p"]) + ["Read more", ""]
        if i == 2:
            L += ["Newsletter", "Get the day's top stories from Malta and abroad in your inbox every morning.  Subscribe", ""]
    L += ["Most Read", "Roadworks in Marsa to continue until September", "Heatwave warning extended for the weekend",
          "Council approves new bus routes for Gozo", "", "1 2 3 4 \u2026 Next", "",
          "\u00a9 2024 Standard Publications Ltd.  Contact us  Privacy Policy  Cookie Policy"]
    return "\n".join(L) + "\n", stamps


def r_vijesti(S):  # Vijesti (Montenegro) English pages, HTML listing; Montenegrin chrome; "21.07.2024. 00:40" before h2; "Izvor:" credit
    z = S["zone"]; check_order(S, True)
    out = ['<!DOCTYPE html>', '<html lang="cnr"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Vijesti</title>',
           '<meta property="og:site_name" content="Vijesti"><meta name="viewport" content="width=device-width, initial-scale=1"></head><body>',
           '<div class="cookie-bar">Ova stranica koristi kolačiće (cookies) kako bi vam pružila bolje korisničko iskustvo. <button>Prihvatam</button></div>',
           '<header class="site-header"><a class="logo" href="/">Vijesti</a><nav><a href="/vijesti">Vijesti</a> <a href="/svijet">Svijet</a> '
           '<a href="/ekonomija">Ekonomija</a> <a href="/sport">Sport</a> <a href="/kultura">Kultura</a> <a href="/zabava">Zabava</a> <a href="/english">English</a></nav>'
           '<a class="login" href="/prijava">Prijava</a></header>',
           '<main><div class="breadcrumb"><a href="/english">English</a> / <span>World</span></div>', f'<h1>{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y}. {d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="news-item"><div class="meta"><span class="date">{st}</span> '
                   f'<a class="comments" href="/english/world/{720400 + i}#komentari">Komentari ({e.get("cm", 0)})</a></div>'
                   f'<h2><a href="/english/world/{720400 + i}">{esc(e["h"])}</a></h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append(f'<p class="source">Izvor: {esc(e["a"])}</p><div class="share"><a>Podijeli</a> <a>Facebook</a> <a>X</a> <a>Viber</a></div></article>')
        if i == 2:
            out.append('<aside class="most-read"><h3>Najčitanije</h3><ol><li><a>Gužve na graničnom prelazu Debeli brijeg</a></li>'
                       '<li><a>Počinje sezona koncerata na Kotorskom festivalu</a></li></ol></aside>')
    out += ['<a class="more" href="/english?page=2">Učitaj još</a></main>',
            '<footer>© 2024 Daily Press d.o.o. Sva prava zadržana. <a>Impresum</a> <a>Marketing</a> <a>Uslovi korišćenja</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_mia(S):  # MIA (North Macedonia) English RSS 2.0; pubDate +0100; bodies start with the agency dateline "City, 7 November 2024 (MIA) –"
    z = S["zone"]; check_order(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>',
           f"<title>{esc(S['title'])}</title>", "<link>https://mia.mk/en</link>",
           '<atom:link href="https://mia.mk/en/feed" rel="self" type="application/rss+xml"/>',
           "<description>Macedonian Information Agency – news in English</description>", "<language>en</language>",
           f"<lastBuildDate>{S['build']}</lastBuildDate>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://mia.mk/en/story/{S['slugs'][i]}</link>",
                f'<guid isPermaLink="false">mia-en-{884210 + i}</guid>', f"<pubDate>{st}</pubDate>", f"<category>{e.get('cat', 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out.append("</channel></rss>")
    return "\n".join(out) + "\n", stamps


def r_adn(S):  # Albanian Daily News, text scrape of a day page of updates; oldest first; "13.05.2024 | 09:35" line AFTER the headline; page byline
    z = S["zone"]; check_order(S, False)
    d0 = dt(S["entries"][0]["t"], z)
    L = ["ALBANIAN DAILY NEWS", f"{DAYS_EN[d0.weekday()]}, {d0.day} {MONTHS[d0.month - 1]} {d0.year}",
         "HOME  POLITICS  ECONOMY  SOCIETY  REGION  WORLD  INTERVIEWS  CULTURE  SPORTS", "", "WORLD", "", S["title"], "",
         f"By {S['byline']}", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y} | {d:%H:%M}"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"])
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Tags: Russia, Ukraine, war", "", "Related News", "Rama meets Italian counterpart on migration deal", "Energy prices fall for the third month",
          "", "Leave a Reply", "Your email address will not be published. Required fields are marked *", "",
          "\u00a9 2024 Albanian Daily News. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_tengri(S):  # Tengrinews (Kazakhstan) English news list, text scrape; "Today, 02:15" / "Yesterday, 22:45" + view counter; no date anywhere
    z = S["zone"]; check_order(S, True)
    today = date.fromisoformat(S["parse_args"][1])
    L = ["Tengrinews.kz", "ҚАЗ  РУС  ENG", "Kazakhstan  World  Business  Sport  Science  Life  Opinions", "Astana +23\u00b0   USD 475.62   EUR 511.07",
         "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); diff = (today - d.date()).days
        word = {0: "Today", 1: "Yesterday"}[diff]
        st = f"{word}, {d:%H:%M}"; stamps.append(st)
        L += [e["h"], f"{st}   \U0001f441 {e['views']}", ""] + ptxt(e["p"])
        if i == 3:
            L += ["Subscribe to Tengrinews on Telegram", ""]
    L += ["Show more news", "", "Tengrinews.kz \u00a9 2024. Republication is allowed only with an active hyperlink to the source.",
          "About us  Advertising  Contacts"]
    return "\n".join(L) + "\n", stamps


def r_borneo(S):  # Borneo Bulletin WordPress category feed: RSS 2.0, pubDate +0000, dc:creator CDATA, texturized entities, "The post ... appeared first on"
    z = S["zone"]; check_order(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"',
           '\txmlns:content="http://purl.org/rss/1.0/modules/content/"', '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"',
           '\txmlns:dc="http://purl.org/dc/elements/1.1/"', '\txmlns:atom="http://www.w3.org/2005/Atom"',
           '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"', '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"', '\t>', "<channel>",
           f"\t<title>{wp(S['title'])}</title>", '\t<atom:link href="https://borneobulletin.com.bn/category/world/feed/" rel="self" type="application/rss+xml" />',
           "\t<link>https://borneobulletin.com.bn</link>", "\t<description>The leading English daily of Brunei Darussalam</description>",
           f"\t<lastBuildDate>{S['build']}</lastBuildDate>", "\t<language>en-US</language>", "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>",
           "\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>", "\t<generator>https://wordpress.org/?v=6.6.2</generator>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        url = f"https://borneobulletin.com.bn/{S['slugs'][i]}/"
        words = e["p"][0].split()
        excerpt = wp(" ".join(words[:22])) + " [&#8230;]" if len(words) > 22 else wp(e["p"][0])
        out += ["\t<item>", f"\t\t<title>{wp(e['h'])}</title>", f"\t\t<link>{url}</link>", f"\t\t<comments>{url}#respond</comments>",
                f"\t\t<dc:creator><![CDATA[{e['a']}]]></dc:creator>", f"\t\t<pubDate>{st}</pubDate>",
                "\t\t<category><![CDATA[World]]></category>", f'\t\t<guid isPermaLink="false">https://borneobulletin.com.bn/?p={418230 + i * 7}</guid>',
                f"\t\t<description><![CDATA[<p>{excerpt}</p>\n"
                f"<p>The post <a href=\"{url}\">{wp(e['h'])}</a> appeared first on <a href=\"https://borneobulletin.com.bn\">Borneo Bulletin Online</a>.</p>\n]]></description>",
                "\t\t<content:encoded><![CDATA[" + "\n".join(f"<p>{wp(p)}</p>" for p in e["p"]) + "\n"
                f"<p>The post <a href=\"{url}\">{wp(e['h'])}</a> appeared first on <a href=\"https://borneobulletin.com.bn\">Borneo Bulletin Online</a>.</p>\n]]></content:encoded>",
                f"\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>", "\t\t<slash:comments>0</slash:comments>", "\t</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_islands(S):  # Islands Business (Fiji) round-up article, HTML; Yoast JSON-LD @graph; one <time> for the article; h3 sections; "In this briefing" box
    z = S["zone"]
    d = dt(S["entries"][0]["t"], z)
    assert all(e["t"] == S["entries"][0]["t"] for e in S["entries"])
    url = "https://islandsbusiness.com/news-break/" + S["slug"] + "/"
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": url + "#article", "isPartOf": {"@id": url}, "author": {"name": S["byline"], "@id": "https://islandsbusiness.com/#/schema/person/8f1c"},
         "headline": S["title"], "datePublished": d.isoformat(), "dateModified": (d + timedelta(minutes=14)).isoformat(),
         "mainEntityOfPage": {"@id": url}, "wordCount": 612, "publisher": {"@id": "https://islandsbusiness.com/#organization"},
         "articleSection": ["News Break"], "inLanguage": "en-US"},
        {"@type": "WebPage", "@id": url, "url": url, "name": S["title"] + " - Islands Business", "datePublished": d.isoformat(),
         "breadcrumb": {"@id": url + "#breadcrumb"}},
        {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://islandsbusiness.com/"},
            {"@type": "ListItem", "position": 2, "name": S["title"]}]},
        {"@type": "Organization", "@id": "https://islandsbusiness.com/#organization", "name": "Islands Business", "url": "https://islandsbusiness.com/"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} - Islands Business</title>',
           f'<meta property="article:published_time" content="{d.isoformat()}" />',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld, ensure_ascii=False) + "</script></head>",
           '<body class="post-template-default single single-post">',
           '<header id="masthead"><a class="site-title" href="/">Islands Business</a><nav><a>Home</a> <a>News Break</a> <a>Business</a> <a>Politics</a> '
           '<a>Climate Change</a> <a>Magazine</a> <a>Subscribe</a></nav></header>',
           '<main><article class="post"><div class="cat-links"><a href="/category/news-break/">News Break</a></div>',
           f'<h1 class="entry-title">{esc(S["title"])}</h1>',
           f'<div class="entry-meta"><span class="byline">By <a class="author">{esc(S["byline"])}</a></span> '
           f'<time class="entry-date published" datetime="{d.isoformat()}">{MONTHS[d.month - 1]} {d.day}, {d.year}</time></div>',
           '<figure><img src="/wp-content/uploads/2024/09/briefs.jpg" alt=""><figcaption>File photo</figcaption></figure>',
           '<div class="entry-content">', f"<p><em>{esc(S['lede'])}</em></p>", '<div class="summary-box"><h4>In this briefing</h4><ul>']
    out += [f"<li>{esc(e['h'])}</li>" for e in S["entries"]]
    out.append("</ul></div>")
    for e in S["entries"]:
        out.append(f"<h3>{esc(e['h'])}</h3>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
    out += ["</div>", '<div class="sharedaddy"><h3 class="sd-title">Share this:</h3><a>Facebook</a> <a>X</a> <a>LinkedIn</a> <a>WhatsApp</a></div>',
            '<div class="related-posts"><h3>Related</h3><a>Forum leaders back regional policing plan</a> <a>Tuna catch falls in western Pacific</a></div>',
            '</article></main><aside class="newsletter">Subscribe to our newsletter for the latest Pacific news.</aside>',
            "<footer>\u00a9 2024 Islands Business International. All rights reserved.</footer></body></html>"]
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_nepali(S):  # Nepali Times article with appended "UPDATE 12:35PM" blocks, text scrape; oldest first; no headlines; one page byline
    z = S["zone"]; check_order(S, False)
    L = ["Nepali Times", "Nation  Editorial  Opinion  Here Now  Multimedia  Podcast  Archive", "Subscribe", "", "NATION", "", S["title"], "",
         S["lede"], "", S["byline"]]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if i == 0:
            st = f"{d.day} {MONTHS[d.month - 1]} {d.year}, {ampm(d, upper=True)}"
            L += [st, "", "Relatives of migrant workers at the Foreign Ministry in Kathmandu. Photo: NEPALI TIMES ARCHIVE", ""] + ptxt(e["p"])
        else:
            st = f"UPDATE {ampm(d, upper=True)}"
            L += [st, ""] + ptxt(e["p"])
        stamps.append(st)
        if i == 1:
            L += ["Read also: Trapped in Russia\u2019s war, Anil Chhetri", ""]
    L += ["Read also: The long road home from Rostov, Manish Bhandari", "", "Most Read", "Monsoon floods cut Kathmandu-Pokhara road",
          "", "Subscribe to our newsletter", "", "\u00a9 Himalmedia Pvt Ltd | All Rights Reserved"]
    return "\n".join(L) + "\n", stamps


def r_frontier(S):  # Frontier Myanmar "Latest" listing, HTML; cards with kicker, excerpt, "By Frontier", <time datetime=+06:30> showing the date only
    z = S["zone"]; check_order(S, True)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": "https://www.frontiermyanmar.net/en/latest/", "url": "https://www.frontiermyanmar.net/en/latest/",
         "name": "Latest - Frontier Myanmar", "isPartOf": {"@id": "https://www.frontiermyanmar.net/#website"}, "inLanguage": "en-US"},
        {"@type": "WebSite", "@id": "https://www.frontiermyanmar.net/#website", "name": "Frontier Myanmar"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f"<title>{esc(S['title'])} - Frontier Myanmar</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header><a class="logo" href="/en/">Frontier Myanmar</a><nav><a>News</a> <a>Insight</a> <a>Business</a> <a>Culture</a> <a>Opinion</a> '
           '<a>Podcasts</a> <a>မြန်မာ</a></nav><a class="btn">Subscribe</a> <a class="btn">Log in</a></header>',
           f'<main><h1 class="archive-title">{esc(S["title"])}</h1><div class="cards">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year}"; stamps.append(st)
        out.append(f'<article class="card"><span class="kicker">{e.get("kicker", "NEWS")}</span><h3><a href="/en/{S["slugs"][i]}/">{esc(e["h"])}</a></h3>')
        out += [f'<p class="excerpt">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<div class="meta"><span class="author">By {esc(e["a"])}</span> · <time datetime="{d.isoformat()}">{st}</time></div></article>')
        if i == 2:
            out.append('<aside class="newsletter"><h4>Frontier\'s daily briefing</h4><p>The news you need on Myanmar, every weekday morning.</p>'
                       '<input type="email" placeholder="Email address"><button>Sign up</button></aside>')
    out += ['</div><a class="load-more">Load more</a></main>', "<footer>\u00a9 2024 Frontier Myanmar · About · Advertise · Contact · Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_bworld(S):  # BusinessWorld (Philippines) World listing, HTML; "November 23, 2024 | 2:10 am" in <time> after the h3; "— Reuters" credit line
    z = S["zone"]; check_order(S, True)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": "https://www.bworldonline.com/world/", "url": "https://www.bworldonline.com/world/", "name": "World Archives - BusinessWorld Online"},
        {"@type": "Organization", "@id": "https://www.bworldonline.com/#organization", "name": "BusinessWorld"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', "<title>World Archives - BusinessWorld Online</title>",
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<div class="td-header-top"><span class="td-date">Saturday, November 23, 2024</span> <a>Subscribe</a> <a>E-Paper</a></div>',
           '<header><a class="logo" href="/">BusinessWorld</a><nav><a>Top Stories</a> <a>Economy</a> <a>Banking &amp; Finance</a> <a>Corporate</a> '
           '<a>Markets</a> <a>Property</a> <a>World</a> <a>Opinion</a> <a>Arts &amp; Leisure</a> <a>Sports</a></nav></header>',
           '<div id="cookie-notice">This website uses cookies. By continuing to use it you agree to our privacy policy. <a>Ok</a></div>',
           f'<main><h1 class="td-page-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} | {ampm(d, space=' ')}"; stamps.append(st)
        out.append(f'<div class="td_module_10 td_module_wrap"><h3 class="entry-title"><a href="/world/{S["slugs"][i]}/">{esc(e["h"])}</a></h3>'
                   f'<div class="td-module-meta-info"><span class="td-post-date"><time class="entry-date" datetime="{d.isoformat()}">{st}</time></span></div>'
                   '<div class="td-excerpt">')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append(f'<p class="credit">\u2014 {esc(e["a"])}</p></div></div>')
        if i == 3:
            out.append('<div class="td-a-rec">Advertisement</div>')
    out += ['<div class="page-nav"><span class="current">1</span> <a>2</a> <a>3</a> <a>Next</a></div></main>',
            "<footer>\u00a9 Copyright 2024 BusinessWorld Publishing Corporation. All rights reserved.</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


# ============================================================ Part B renderers (invented outlets)

def r_wray(S):  # text live, newest first; Key Points block; body then "Posted 9.40pm by NAME"; date line with year; UK time implied
    z = S["zone"]; check_order(S, True)
    L = ["WRAYHOLME COURIER", "News  World  Ukraine  Business  Sport  Opinion  Puzzles", "", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Posted {ampm(d, sep='.')}" + (f" by {e['a']}" if e["a"] else ""); stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [st, ""]
        if i == 3:
            L += ["Sign up to the Courier's evening newsletter", ""]
    L += ["Show older posts", "", "Wrayholme Courier \u00b7 Contact \u00b7 Complaints \u00b7 Privacy \u00b7 Cookies"]
    return "\n".join(L) + "\n", stamps


def r_sallow(S):  # HTML live, OLDEST first; LiveBlogPosting JSON-LD with per-update datePublished (+02:00) and author; visible "09:05 CEST"
    z = S["zone"]; check_order(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "Organization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<header><span class="brand">{S["source"]}</span><nav><a>Europe</a> <a>Ukraine</a> <a>Economy</a> <a>Culture</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="teaser">{esc(S["lede"])}</p>', f'<p class="date">{esc(S["dateline"])}</p>',
           '<div class="sort">Sort: <a>Newest first</a> | <b>Oldest first</b></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} CEST"; stamps.append(st)
        out.append(f'<div class="update" id="update-{i + 1}"><span class="time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="author">By {esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<a class="permalink">Link to this update</a></div>')
    out += ["</main>", f"<footer>{S['source']} \u00b7 Imprint \u00b7 Data protection</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss(S):  # RSS 2.0 world feed; pubDate in the outlet's own offset (S['rfc']: 'GMT' or '%z'); HTML paragraphs in CDATA; no authors
    z = S["zone"]; check_order(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0"><channel>', f"<title>{esc(S['title'])}</title>",
           f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>", f"<lastBuildDate>{S['build']}</lastBuildDate>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if S["rfc"] == "GMT" else d.strftime("%z")); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/{S['path']}/{S['slugs'][i]}</link>",
                f"<guid>{S['url']}/{S['path']}/{S['slugs'][i]}</guid>", f"<pubDate>{st}</pubDate>", f"<category>{e.get('cat', 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel></rss>"]
    return "\n".join(out) + "\n", stamps


def r_atom(S):  # Atom 1.0, newest first; <published> with +03:00; escaped HTML content; per-entry author
    z = S["zone"]; check_order(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f"<title>{esc(S['title'])}</title>",
           f"<subtitle>{esc(S['lede'])}</subtitle>", f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/feed.atom"/>',
           f"<id>{S['url']}/feed.atom</id>", f"<updated>{dt(S['entries'][0]['t'], z).isoformat()}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link rel="alternate" href="{S["url"]}/news/{S["slugs"][i]}"/>',
                f"<id>tag:{S['url'][8:]},2024:{S['slugs'][i]}</id>", f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        if e["p"]:
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_brant(S):  # HTML live, newest first, no JSON-LD; <time datetime="...Z"> showing bare 24 h "21:20"; "Reporting: NAME" after the body
    z = S["zone"]; check_order(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - {S['source']}</title></head><body>",
           '<div class="consent">We and our partners use cookies. <button>Agree</button> <button>Options</button></div>',
           f'<header><a class="logo">{S["source"]}</a><nav><a>Home</a> <a>News</a> <a>World</a> <a>Ukraine</a> <a>Sport</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="summary">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        iso = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        out.append(f'<section class="post"><time datetime="{iso}">{st}</time><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="credit">Reporting: {esc(e["a"])}</p>')
        out.append("</section>")
        if i == 2:
            out.append('<aside class="related"><h3>Read more</h3><a>How Kharkiv lives under daily bombardment</a></aside>')
    out += ["</main>", f"<footer>{S['source']} \u00a9 2024 \u00b7 Terms \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_article(S):  # text article with section headings: one entry per section, stamp null, published = the printed dateline; page byline
    L = [S["source"].upper(), S["crumb"], "", S["title"], "", f"By {S['byline']}", S["dateline"], "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Share: Facebook  X  Email  Copy link", "Read next: " + S["more"], "", f"\u00a9 2024 {S['source']}"]
    assert all(e["t"] == S["entries"][0]["t"] for e in S["entries"])
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_thwaite(S):  # text live, OLDEST first; date line without year; "08:20 (Kyiv time)" line BEFORE the headline; "Reporter:" line after body
    z = S["zone"]; check_order(S, False)
    L = ["THWAITEHEAD JOURNAL", "Live  Ukraine  Europe  Explainers  Newsletters", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} (Kyiv time)"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Reporter: {e['a']}", ""]
        if i == 1:
            L += ["Advertisement", ""]
    L += ["This live page has now closed.", "Thwaitehead Journal \u00b7 About \u00b7 Corrections \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_marraby(S):  # text live, newest first; "19:20 EET \u2014 Headline" on one line; pinned lead "22:45 EET Text" without headline; date line without year
    z = S["zone"]; check_order(S, True)
    L = ["Marraby Chronicle", "World \u00b7 Europe \u00b7 Ukraine war \u00b7 Video", "", S["title"], "", S["lede"], "", S["dateline"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} EET"; stamps.append(st)
        if e["h"] is None:
            L += [f"{st} {e['p'][0]}", ""] + ptxt(e["p"][1:]) + ["Read more", "", "Earlier updates \u2193", ""]
        else:
            L += [f"{st} \u2014 {e['h']}", ""] + ptxt(e["p"])
    L += ["Updates from Wednesday, November 27", "", "Marraby Chronicle \u00b7 Terms \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_dunholt(S):  # HTML live, OLDEST first; JSON-LD updates all carry the PAGE datePublished (not their own); visible "05:05 GMT" span before h3
    z = S["zone"]; check_order(S, False)
    start = dt(S["coverage"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#block-{i + 1}", "headline": S["title"], "datePublished": start.isoformat(),
            "articleBody": " ".join(e["p"])[:200] if e["p"] else ""} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": start.isoformat(),
          "dateModified": dt(S["entries"][-1]["t"], z).isoformat(), "coverageStartTime": start.isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<header><b>{S["source"]}</b> <nav><a>UK</a> <a>World</a> <a>Business</a> <a>Opinion</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} GMT"; stamps.append(st)
        out.append(f'<div class="block" id="block-{i + 1}"><span class="ts">{st}</span><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="by">Posted by {esc(e["a"])}</p>')
        out.append("</div>")
        if i == 3:
            out.append('<div class="promo">Get the Dunholt Observer morning briefing \u2013 sign up here</div>')
    out += ["</main>", f"<footer>{S['source']} \u00b7 Privacy \u00b7 Terms</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


# ============================================================ PART A: single pages (layouts of real outlets, own words)
SEEDS = []

SEEDS.append(dict(id="4700", name="4700_maltaindependent-world", ext="txt", source="The Malta Independent", zone="Europe/Malta", render=r_malta,
  title="World", capture="2024-07-02 23:50",
  notes="Imitates The Malta Independent's World section, copied as plain text. Newest first. Each item: headline, then one line with the agency or reporter glued by a space to the stamp 'Tuesday, 2 July 2024, 21:35' and to a relative 'Last update: about N hours ago' (the update time, relative to an unknown capture moment: not the publication time), teaser paragraphs, 'Read more'. No zone printed: Malta time (CEST, UTC+2) implied by the outlet. Two off-beat items (Caribbean hurricane, French election).",
  not_entries=["'Skip to main content', masthead, section menu and 'Search'", "cookie notice", "section title 'World'", "'Last update: about N hours ago' parts of the byline lines",
               "'Read more' after every item", "newsletter box ('Newsletter' / 'Get the day's top stories ... Subscribe')", "'Most Read' box with three local links",
               "pagination '1 2 3 4 \u2026 Next'", "copyright and policy links"],
  entries=[
  E("2024-07-02 21:35", "Orbán urges Zelensky to weigh a quick ceasefire",
    ["Hungarian Prime Minister Viktor Orbán used his first visit to Kyiv since the full-scale invasion to ask President Volodymyr Zelensky to consider a ceasefire before any peace talks begin.",
     "Zelensky gave no public answer, and his office said the two leaders had mostly discussed trade and the rights of the Hungarian minority in western Ukraine.",
     "The trip came a day after Hungary took over the rotating presidency of the Council of the European Union."],
    "diplomacy", "diplomacy", 3, "orban-kyiv-visit-ceasefire-call", a="Associated Press", upd=10),
  E("2024-07-02 19:50", "Glide bombs kill three in Zaporizhzhia region village",
    ["Russian aircraft dropped guided bombs on a village in the Zaporizhzhia region on Tuesday afternoon, killing three people and damaging a school and several houses, the regional governor said.",
     "Rescue teams were still searching the ruins of one house in the evening."],
    "strikes", "strikes", 3, "zaporizhzhia-village-glide-bombs-2024-07-02", a="Reuters"),
  OFF("2024-07-02 17:10", "Beryl leaves trail of destruction on Grenada's smaller islands",
      ["Hurricane Beryl flattened homes and cut communications on Carriacou and Petite Martinique, Grenada's prime minister said, after the storm passed over them as a category four system."],
      "hurricane-beryl-grenada", a="Associated Press", n="Caribbean hurricane."),
  E("2024-07-02 15:45", "Fire at Russian oil depot after drone attack, governor says",
    ["A drone attack set fire to an oil storage tank in Russia's Tambov region overnight, the regional governor said, adding that nobody was hurt.",
     "Russia's defence ministry said air defences had destroyed several Ukrainian drones over border regions during the night."],
    "strikes", "strikes", 2, "tambov-oil-depot-drone-2024-07-02", a="Reuters"),
  OFF("2024-07-02 12:30", "Hundreds of candidates quit French runoff races",
      ["More than 200 candidates have pulled out of Sunday's second round of France's parliamentary election, most of them to improve the chances of beating the far right in three-way contests."],
      "france-runoff-withdrawals", a="AFP", n="French election."),
  E("2024-07-02 10:05", "Malta to fund demining equipment for Ukraine",
    ["Malta will contribute to an international fund that buys mine-clearing equipment for Ukraine, Foreign Minister Ian Borg told reporters in Valletta.",
     "He said the contribution was humanitarian and in line with the country's constitutional neutrality."],
    "aid", "aid", 2, "malta-ukraine-demining-fund", a="Maria Azzopardi", n="Local angle; reporter byline instead of an agency."),
  E("2024-07-02 08:15", "Ukraine says it downed most of the drones launched overnight",
    ["Ukraine's air force said it had shot down 20 of the 24 attack drones Russia launched overnight, mostly over the southern and central regions.",
     "Falling debris damaged a warehouse in the Mykolaiv region, local officials said."],
    "strikes", "strikes", 2, "overnight-drone-attack-2024-07-02", a="Reuters"),
  ]))

SEEDS.append(dict(id="4701", name="4701_vijesti-english", ext="html", source="Vijesti", zone="Europe/Podgorica", render=r_vijesti,
  title="World",
  notes="Imitates a Vijesti (Montenegro) English-pages listing in HTML, with Montenegrin chrome (cookie bar, menu, 'Komentari (N)', 'Izvor:', 'Podijeli', 'Najčitanije', 'Učitaj još'). Newest first. Each item: a date line '21.07.2024. 00:40' ABOVE the h2 headline, body paragraphs, 'Izvor: <credit>' (agency or desk; used as author). No zone printed: Montenegro (CEST, UTC+2) implied. The page crosses local midnight: the top item is dated 21.07.2024 locally but is still 20 July in UTC, like the rest. No JSON-LD.",
  not_entries=["cookie bar 'Ova stranica koristi kolačiće ... Prihvatam'", "logo, menu and 'Prijava'", "breadcrumb 'English / World' and h1 'World'",
               "'Komentari (N)' links", "'Izvor: ...' credit lines (author)", "share rows 'Podijeli Facebook X Viber'", "'Najčitanije' box with two local links",
               "'Učitaj još' (load more)", "footer"],
  entries=[
  E("2024-07-21 00:40", "Moscow says drones attacked Crimea overnight",
    ["Russian air defences destroyed several drones over Crimea shortly after midnight, the Russian-installed governor of Sevastopol said, adding that falling fragments had damaged power lines.",
     "Ukraine's military did not comment."],
    "strikes", "strikes", 2, "crimea-drone-attack-night-2024-07-20", a="Reuters", cm=3, n="Printed local date 21.07.2024; UTC 22:40 on 20 July."),
  E("2024-07-20 23:15", "Two killed as Russian drone hits car in Kherson region",
    ["A Russian drone struck a civilian car on a road outside Kherson on Saturday evening, killing the driver and a passenger, the regional military administration said."],
    "strikes", "strikes", 3, "kherson-drone-car-2024-07-20", a="Agencije", cm=1),
  E("2024-07-20 19:40", "Montenegro aligns with latest EU sanctions on Russia",
    ["Montenegro has adopted the European Union's newest package of restrictive measures against Russia, the foreign ministry said in a statement on Saturday.",
     "The country, a candidate for EU membership, has followed every round of EU sanctions since 2022."],
    "diplomacy", "diplomacy", 2, "montenegro-aligns-eu-sanctions-2024-07", a="Vijesti online", cm=12),
  E("2024-07-20 16:05", "Glide bombs hit Kharkiv outskirts, two dead",
    ["Two people were killed and five wounded when Russian guided bombs struck a suburb on the northern edge of Kharkiv, Governor Oleh Syniehubov said.",
     "Several private houses and a petrol station were destroyed."],
    "strikes", "strikes", 3, "kharkiv-suburb-glide-bombs-2024-07-20", a="Agencije", cm=0),
  OFF("2024-07-20 12:20", "Airlines still clearing backlog after global IT outage",
      ["Airports in Europe and Asia reported fewer cancellations on Saturday as airlines recovered from the software failure that grounded flights a day earlier."],
      "global-it-outage-2024-07", a="Reuters", cm=5, n="IT outage."),
  E("2024-07-20 09:30", "Zelensky says he and Trump agreed to meet",
    ["Ukrainian President Volodymyr Zelensky said he had agreed with Donald Trump in a phone call to discuss in person what steps could make peace fair and lasting.",
     "The Republican presidential candidate wrote after the call that he would end the war if elected."],
    "diplomacy", "diplomacy", 3, "zelensky-trump-phone-call", a="Reuters", cm=27),
  E("2024-07-20 06:50", "Russian assaults intensify near Pokrovsk, Ukraine's army says",
    ["Ukraine's general staff said its troops had repelled more than 40 Russian assaults in the Pokrovsk direction over the past day, the highest number anywhere along the front."],
    "other", "frontline", 2, "pokrovsk-assaults-2024-07-20", a="Agencije", cm=2),
  ]))

SEEDS.append(dict(id="4702", name="4702_mia-feed", ext="xml", source="MIA", zone="Europe/Skopje", render=r_mia,
  title="MIA | Macedonian Information Agency – English", build="Fri, 08 Nov 2024 07:31:12 +0100",
  slugs=["zelensky-tells-budapest-summit", "mickoski-north-macedonia-stands-with-eu-partners", "four-killed-in-zaporizhzhia",
         "kremlin-contacts-with-new-us-team", "rutte-keep-arming-ukraine", "parliament-begins-budget-debate", "ukraine-north-korean-troops-kursk"],
  notes="Imitates the MIA (North Macedonia) English news feed: RSS 2.0, newest first, pubDate with +0100 (CET). No bylines (author null). Every body opens with the agency dateline 'City, 7 November 2024 (MIA) – '; the dateline is printed as part of the first paragraph, so first_sentence keeps it (see README conventions). One off-beat item (domestic budget debate).",
  not_entries=["channel title, link, description, language and lastBuildDate", "<category> and <guid> values"],
  entries=[
  E("2024-11-07 20:40", "Zelensky tells Budapest summit that concessions to Moscow would be unacceptable",
    ["Budapest, 7 November 2024 (MIA) – Ukrainian President Volodymyr Zelensky told leaders at the European Political Community summit that pressing Kyiv to give ground to Russia would be unacceptable for Ukraine and dangerous for Europe.",
     "He asked European governments to keep up weapons deliveries regardless of the change of administration in Washington."],
    "diplomacy", "diplomacy", 3, "zelensky-epc-summit-budapest"),
  E("2024-11-07 18:15", "Mickoski: North Macedonia stands with its EU partners on Ukraine",
    ["Budapest, 7 November 2024 (MIA) – Prime Minister Hristijan Mickoski said that North Macedonia would continue to follow the common European line on Russia's war against Ukraine.",
     "Speaking to reporters on the margins of the summit, he said the country would keep aligning with EU foreign policy decisions, including sanctions."],
    "diplomacy", "diplomacy", 2, "mickoski-epc-ukraine-remarks", cat="Macedonia"),
  E("2024-11-07 15:30", "Four killed in guided bomb strike on Zaporizhzhia",
    ["Kyiv, 7 November 2024 (MIA) – Russian guided aerial bombs hit an industrial district of Zaporizhzhia on Thursday, killing four people and wounding more than 30, regional governor Ivan Fedorov said.",
     "Medical facilities and residential buildings were also damaged, he added."],
    "strikes", "strikes", 3, "zaporizhzhia-guided-bombs-2024-11-07"),
  E("2024-11-07 13:05", "Kremlin: contacts with new US team depend on Washington",
    ["Moscow, 7 November 2024 (MIA) – Kremlin spokesman Dmitry Peskov said Russia was open to dialogue with the incoming US administration but would judge it by its actions on Ukraine.",
     "He said there were no concrete plans for contacts yet."],
    "diplomacy", "diplomacy", 2, "kremlin-on-dialogue-with-trump-team-2024-11-07"),
  E("2024-11-07 11:20", "Rutte: Europe and US must keep arming Ukraine",
    ["Budapest, 7 November 2024 (MIA) – NATO Secretary General Mark Rutte said on arrival at the summit that allies on both sides of the Atlantic had to step up military support for Ukraine.",
     "He said the deployment of North Korean troops to Russia showed that the war threatened security well beyond Europe."],
    "aid", "aid", 2, "rutte-epc-arms-for-ukraine", sec=["diplomacy"]),
  OFF("2024-11-07 09:45", "Parliament begins debate on 2025 budget",
      ["Skopje, 7 November 2024 (MIA) – Lawmakers began debating the government's draft budget for next year, which the finance ministry says will raise capital spending on roads and railways."],
      "north-macedonia-budget-2025", n="domestic budget.", cat="Macedonia"),
  E("2024-11-07 08:10", "Ukraine says its forces clashed with North Korean troops in Kursk region",
    ["Kyiv, 7 November 2024 (MIA) – Ukraine's defence ministry said its units had fought the first small engagements with North Korean soldiers deployed to Russia's Kursk region.",
     "It gave no details of casualties."],
    "other", "frontline", 2, "north-korean-troops-kursk-clashes", sec=["aid"], n="Foreign troops fighting for Russia: frontline, aid to Russia as secondary."),
  ]))

SEEDS.append(dict(id="4703", name="4703_albaniandailynews-updates", ext="txt", source="Albanian Daily News", zone="Europe/Tirane", render=r_adn,
  title=f"Russia-Ukraine war, day {war_day(date(2024, 5, 13))}: main developments", byline="Elira Kastrati",
  lede="Albanian Daily News follows the main events of the war in Ukraine and reactions in the region throughout the day.",
  notes="Imitates an Albanian Daily News day page of war updates, copied as text. OLDEST first. Each item: headline, then the stamp line '13.05.2024 | 09:35' AFTER the headline, then the body. One page byline ('By Elira Kastrati') used as every entry's author. No zone printed: Albania (CEST, UTC+2) implied. The date header 'Monday, 13 May 2024' at the top is the site's clock. One off-beat item (tourism figures).",
  not_entries=["masthead, date header 'Monday, 13 May 2024' and menu", "section label 'WORLD'", "title line", "byline 'By Elira Kastrati'", "intro paragraph",
               "'Advertisement'", "'Tags: ...' line", "'Related News' with two links", "'Leave a Reply' comment form text", "copyright line"],
  entries=[
  E("2024-05-13 08:10", "Kremlin says economist Belousov will bring innovation to defence ministry",
    ["The Kremlin said Andrei Belousov, a former first deputy prime minister with no military background, was picked to run the defence ministry because the army's growing budget had to be spent more efficiently.",
     "Sergei Shoigu, who led the ministry for 12 years, moves to the post of secretary of the Security Council.",
     "The reshuffle still has to be approved by the upper house of parliament."],
    "other", "politics", 3, "belousov-replaces-shoigu", a="Elira Kastrati"),
  E("2024-05-13 10:25", "Heavy fighting around Vovchansk as Russian push in Kharkiv region continues",
    ["Ukrainian troops were fighting Russian units on the northern edge of Vovchansk, the town's military administration said, as Moscow pressed an offensive launched across the border last week.",
     "Officials said most remaining residents had been taken out of the town."],
    "other", "frontline", 2, "vovchansk-fighting-2024-05-13", a="Elira Kastrati"),
  E("2024-05-13 12:40", "Belgorod building collapse: death toll rises to 15",
    ["Rescuers in Belgorod recovered more bodies from the ruins of an apartment block whose entrance collapsed on Sunday, bringing the number of dead to 15, Russian officials said.",
     "Moscow blamed a Ukrainian missile attack; Kyiv has not commented."],
    "strikes", "strikes", 3, "belgorod-apartment-collapse-2024-05-12", a="Elira Kastrati"),
  E("2024-05-13 14:55", "Tirana and Kyiv discuss joint ammunition production",
    ["Albanian and Ukrainian defence officials met in Tirana to discuss plans to produce artillery ammunition together, the defence ministry said.",
     "Albania offered Ukraine the use of its military industrial sites earlier this year."],
    "aid", "aid", 2, "albania-ukraine-ammunition-talks", a="Elira Kastrati"),
  E("2024-05-13 16:30", "Strike on Kharkiv kills one, wounds eight",
    ["A Russian guided bomb hit an industrial area of Kharkiv on Monday afternoon, killing one man and injuring eight, the city's mayor said."],
    "strikes", "strikes", 3, "kharkiv-strike-2024-05-13", a="Elira Kastrati"),
  OFF("2024-05-13 18:45", "Tourist arrivals up sharply in first months of the year",
      ["Albania welcomed more foreign visitors in the first four months of 2024 than in the same period last year, data from the national statistics institute showed."],
      "albania-tourism-figures-2024", a="Elira Kastrati", n="Albanian tourism statistics."),
  E("2024-05-13 20:20", "Prague: money found for another 500,000 shells",
    ["The Czech-led initiative to buy artillery ammunition for Ukraine outside Europe has secured funding for a further 500,000 shells, President Petr Pavel said.",
     "He said the first deliveries would reach Ukraine in June."],
    "aid", "aid", 2, "czech-ammunition-initiative-funding", a="Elira Kastrati", n="Different aid story from the Albanian talks: must not merge."),
  ]))

SEEDS.append(dict(id="4704", name="4704_tengrinews-world", ext="txt", source="Tengrinews", zone="Asia/Almaty", render=r_tengri,
  title="World news", parse_args=["--date", "2024-07-04"],
  notes="Imitates the Tengrinews (Kazakhstan) English news list, copied as text. Newest first. Stamps are relative day words only: 'Today, 02:15' / 'Yesterday, 22:45', followed by a view counter ('\U0001f441 1 204'). The page prints NO date and no year anywhere: parse_args --date 2024-07-04 (the capture's local 'Today'). Kazakhstan time, implied by the outlet: Asia/Almaty, which is UTC+5 since 1 March 2024 (it was UTC+6 before; an outdated time-zone table gives times one hour off). Local times run from Wednesday 3 July 09:20 to Thursday 4 July 02:15, crossing local midnight; all are 3 July in UTC. No bylines. One off-beat item (road closures).",
  not_entries=["site name, language switch and menu", "weather and exchange-rate line", "list title 'World news'", "view counters after each stamp",
               "'Subscribe to Tengrinews on Telegram'", "'Show more news'", "copyright and footer links"],
  entries=[
  E("2024-07-04 02:15", "Erdogan tells Putin Türkiye can help set the stage for ending the war",
    ["Turkish President Recep Tayyip Erdogan told Vladimir Putin at their meeting in Astana that Ankara could lay the groundwork for ending the war in Ukraine with a ceasefire and talks, his office said.",
     "The Kremlin said Putin thanked him for the offer but repeated Moscow's conditions."],
    "diplomacy", "diplomacy", 3, "erdogan-putin-astana-meeting", views="3 418"),
  E("2024-07-04 00:30", "Putin and Xi meet on sidelines of SCO summit",
    ["Vladimir Putin and Xi Jinping held talks in Astana on the eve of the Shanghai Cooperation Organisation summit, calling relations between their countries the best in their history.",
     "Ukraine was not mentioned in the opening remarks released by the Kremlin."],
    "diplomacy", "diplomacy", 3, "putin-xi-astana-talks", views="5 902"),
  E("2024-07-03 22:45", "Deputy minister: Kazakhstan will not become a route around sanctions",
    ["Kazakhstan is taking steps to stop goods under Western sanctions from being re-exported to Russia, a deputy trade minister told journalists in Astana.",
     "He said customs officers had tightened checks on dual-use items."],
    "diplomacy", "diplomacy", 2, "kazakhstan-sanctions-reexport-checks", views="2 117"),
  OFF("2024-07-03 19:10", "Road closures in Astana for SCO summit",
      ["Several central streets in Astana will be closed to traffic on Thursday while heads of state attend the summit, the city administration said."],
      "astana-sco-road-closures", views="8 330", n="city traffic notice."),
  E("2024-07-03 16:30", "Putin arrives in Astana",
    ["Russian President Vladimir Putin landed in Astana for a two-day visit that includes the SCO summit and meetings with several leaders.",
     "President Kassym-Jomart Tokayev met him at the airport."],
    "diplomacy", "diplomacy", 2, "putin-arrives-astana-sco", views="6 745"),
  E("2024-07-03 13:05", "Missile strike on Dnipro kills five",
    ["At least five people were killed and more than 30 injured when Russian missiles struck the centre of Dnipro, Ukrainian officials said.",
     "A shopping centre and the offices of a transport company were hit."],
    "strikes", "strikes", 3, "dnipro-missile-strike-2024-07-03", views="4 051"),
  E("2024-07-03 09:20", "Moscow says Ukrainian drones targeted airfield in south of Russia",
    ["Russia's defence ministry said it had destroyed a number of Ukrainian drones over the Krasnodar region, where a military airfield was targeted overnight.",
     "Ukraine did not comment on the claim."],
    "strikes", "strikes", 2, "krasnodar-airfield-drones-2024-07-03", views="1 204"),
  ]))

SEEDS.append(dict(id="4705", name="4705_borneobulletin-feed", ext="xml", source="Borneo Bulletin", zone="Asia/Brunei", render=r_borneo,
  title="World \u2013 Borneo Bulletin Online", build="Sun, 10 Nov 2024 23:58:41 +0000",
  slugs=["moscow-airports-curb-flights-after-drone-raid", "russia-sends-145-drones-at-ukraine", "philippines-braces-for-typhoon-toraji",
         "report-says-trump-urged-putin-not-to-escalate", "russia-gathers-force-for-kursk-counter-offensive", "north-korea-shipping-more-artillery-to-russia"],
  notes="Imitates the Borneo Bulletin (Brunei) WordPress category feed: RSS 2.0, newest first, pubDate in +0000 (UTC) although the paper is in Brunei (UTC+8; page_timezone Asia/Brunei is used for published_local). Texturized text: apostrophes are printed as the entity &#8217; (decoded: U+2019), so headlines and sentences carry the curly apostrophe. Each item has dc:creator in CDATA (agency credits), a <description> excerpt cut with ' [&#8230;]' plus the WordPress line 'The post ... appeared first on Borneo Bulletin Online.', and the full text in content:encoded (ending with the same 'The post ...' line, which is chrome, not body). One off-beat item (typhoon).",
  not_entries=["channel title/link/description/lastBuildDate/generator/sy: lines", "the <description> excerpts (a cut copy of the first paragraph)",
               "'The post ... appeared first on Borneo Bulletin Online.' lines in description and content:encoded", "<category>, <guid>, comments and slash:comments values"],
  entries=[
  E("2024-11-10 23:20", "Moscow airports curb flights after Ukraine\u2019s biggest drone raid on capital",
    ["Russia said it shot down 34 drones over the Moscow region early on Sunday in the largest Ukrainian drone attack on the capital since the start of the war.",
     "Flights were diverted from three of the city\u2019s airports for several hours, and one woman was injured in a town outside Moscow, officials said."],
    "strikes", "strikes", 3, "moscow-drone-raid-2024-11-10", a="AFP"),
  E("2024-11-10 20:05", "Russia sends 145 drones at Ukraine overnight, Kyiv says",
    ["Ukraine\u2019s air force said Russia launched 145 drones overnight, of which 62 were shot down while most of the rest were lost to electronic jamming.",
     "Debris damaged houses in the Kyiv and Odesa regions."],
    "strikes", "strikes", 3, "russian-drone-barrage-2024-11-10", a="Xinhua", n="Large attack (145 drones) -> importance 3."),
  OFF("2024-11-10 17:40", "Philippines braces for Typhoon Toraji",
      ["Thousands of people were moved from coastal villages in northern Luzon as Typhoon Toraji approached, the third storm to threaten the Philippines in under two weeks."],
      "typhoon-toraji-philippines", a="AFP", n="typhoon."),
  E("2024-11-10 15:15", "Report says Trump urged Putin not to escalate war",
    ["President-elect Donald Trump spoke to Vladimir Putin by phone days after the election and advised him against escalating the war in Ukraine, The Washington Post reported, citing people familiar with the call.",
     "Neither side had confirmed the conversation."],
    "diplomacy", "diplomacy", 2, "trump-putin-call-report-2024-11", a="AFP"),
  E("2024-11-10 12:30", "Russia gathers large force for Kursk counter-offensive, Kyiv says",
    ["Ukraine\u2019s military intelligence said Russia had massed tens of thousands of troops, including North Korean soldiers, to try to push Ukrainian forces out of the Kursk region."],
    "other", "frontline", 2, "kursk-russian-buildup-2024-11", a="ANN/THE KOREA HERALD"),
  E("2024-11-10 10:10", "North Korea shipping more artillery systems to Russia, Seoul says",
    ["South Korea\u2019s military said North Korea had sent self-propelled howitzers and multiple rocket launchers to Russia on top of the troops it deployed last month."],
    "aid", "aid", 2, "north-korea-artillery-to-russia-2024-11", a="ANN/THE KOREA HERALD", n="Arms transfer to Russia -> aid."),
  ]))

SEEDS.append(dict(id="4706", name="4706_islandsbusiness-briefs", ext="html", source="Islands Business", zone="Pacific/Fiji", render=r_islands,
  title="World briefs: Kyiv names new foreign minister, Putin floats talks", byline="Salote Naivalu", slug="world-briefs-6-september-2024",
  lede="Our round-up of overnight world news and what it means for the Pacific.",
  notes="Imitates an Islands Business (Fiji) round-up article in WordPress HTML with a Yoast JSON-LD @graph. One entry per h3 section (headline = section heading), stamp null; every section takes the article's time, given only in <time datetime='2024-09-06T08:30:00+12:00'> (visible text 'September 6, 2024', no time), the article:published_time meta and the JSON-LD datePublished. Fiji time (UTC+12, no summer time in 2024): the page's local date is Friday 6 September, but the instant is 20:30 UTC on Thursday 5 September; 'Thursday' and 'Wednesday' in the text refer to Ukrainian days. An 'In this briefing' summary box repeats the section headings: it is a table of contents, not a Key Points block (key_point false). Page byline used as author. Two off-beat Pacific items.",
  not_entries=["masthead and menu", "category link 'News Break'", "h1 title", "byline and date line", "figure caption 'File photo'", "italic intro paragraph",
               "'In this briefing' box (list of the section headings)", "'Share this:' row", "'Related' links", "newsletter box", "footer"],
  entries=[
  E("2024-09-06 08:30", "Ukraine gets a new foreign minister",
    ["Ukraine's parliament approved Andrii Sybiha as foreign minister on Thursday, replacing Dmytro Kuleba, who resigned as part of the biggest government reshuffle since the invasion began.",
     "Sybiha, a career diplomat, had been Kuleba's first deputy."],
    "other", "politics", 2, "sybiha-appointed-foreign-minister", a="Salote Naivalu"),
  E("2024-09-06 08:30", "Putin says Istanbul draft could be basis for talks",
    ["Russian President Vladimir Putin told an economic forum in Vladivostok that a draft agreement discussed in Istanbul in 2022 could serve as a starting point for peace talks.",
     "He named China, Brazil and India as countries that could act as mediators."],
    "diplomacy", "diplomacy", 3, "putin-vladivostok-talks-remarks", a="Salote Naivalu"),
  E("2024-09-06 08:30", "Lviv buries victims of Wednesday's missile strike",
    ["Funerals were held in Lviv for some of the seven people killed when Russian missiles hit the city's historic centre on Wednesday, among them a mother and her three daughters.",
     "The city declared three days of mourning."],
    "strikes", "strikes", 3, "lviv-missile-strike-2024-09-04", a="Salote Naivalu"),
  E("2024-09-06 08:30", "Ukrainian grain keeps flour prices steady in the region",
    ["Flour millers in Fiji say wheat prices have eased this year as Ukrainian exports through the Black Sea have recovered, helping keep bread prices unchanged.",
     "Importers warn that any new disruption to shipping would quickly reach Pacific consumers."],
    "other", "politics", 2, "pacific-wheat-prices-ukraine-exports", a="Salote Naivalu", n="Economic effect of the war in the Pacific; not off-beat."),
  OFF("2024-09-06 08:30", "Port Moresby gets ready for papal visit",
      ["Papua New Guinea's capital has closed some roads and declared a public holiday as it prepares to welcome Pope Francis on Friday evening."],
      "pope-visit-papua-new-guinea", a="Salote Naivalu", n="papal visit."),
  OFF("2024-09-06 08:30", "Samoa counts down to Commonwealth meeting",
      ["Samoa's government says hotels and venues are on track for next month's Commonwealth Heads of Government Meeting in Apia, the first to be held in a Pacific island nation."],
      "samoa-chogm-preparations", a="Salote Naivalu", n="Commonwealth meeting."),
  ]))

SEEDS.append(dict(id="4707", name="4707_nepalitimes-article", ext="txt", source="Nepali Times", zone="Asia/Kathmandu", render=r_nepali,
  title="Families of Nepali recruits in Russia demand answers", byline="Rubina Gurung",
  lede="As more deaths are confirmed, relatives ask why the government cannot bring the men home",
  notes="Imitates a Nepali Times news article that was updated through the day, copied as text. The original report (dated '15 August 2024, 10:20AM' under the byline) is followed by appended blocks headed 'UPDATE 12:35PM' etc., OLDEST first. No entry has its own headline: the page title belongs to the page, so entry 01 (the original report) and every update have headline null; the stamp is the date line or the UPDATE line. Nepal time (UTC+05:45) implied by the outlet. One page byline (author of every entry). 'Read also:' lines and the photo caption are chrome. Entries 02 and 04 are the same diplomatic exchange (request to Moscow and the embassy's reply).",
  not_entries=["masthead, menu and 'Subscribe'", "section label 'NATION'", "title line", "standfirst 'As more deaths are confirmed, ...'", "byline 'Rubina Gurung'",
               "photo caption 'Relatives of migrant workers ... Photo: NEPALI TIMES ARCHIVE'", "'Read also: ...' links (two)", "'Most Read' and its link",
               "'Subscribe to our newsletter'", "copyright line"],
  entries=[
  E("2024-08-15 10:20", None,
    ["At least 33 Nepali men who joined the Russian army have now been confirmed dead, according to figures the Foreign Ministry shared with parliament's international relations committee on Wednesday.",
     "Officials believe hundreds more are still serving on the front line in Ukraine, many of them recruited through manpower agents who promised jobs and Russian citizenship.",
     "Five Nepalis are known to be held as prisoners of war in Ukraine."],
    "other", "humanitarian", 2, "nepali-recruits-deaths-russian-army", a="Rubina Gurung", n="Original report; the page title is not its headline."),
  E("2024-08-15 12:35", None,
    ["The Foreign Ministry said it had formally asked Moscow, through the Russian embassy in Kathmandu, for a list of all Nepali citizens serving in its forces and for the bodies of those killed to be sent home."],
    "diplomacy", "diplomacy", 2, "nepal-asks-russia-for-recruits-list", a="Rubina Gurung"),
  E("2024-08-15 14:10", None,
    ["Around 200 relatives of men fighting for Russia gathered at Maitighar Mandala, holding photographs and calling on the government to bring their sons and husbands back.",
     "Some said they had not heard from them for months."],
    "other", "humanitarian", 2, "nepali-recruits-families-protest", a="Rubina Gurung"),
  E("2024-08-15 15:45", None,
    ["The Russian embassy said in a statement that foreigners serve in the Russian army under voluntary contracts, and that it was working with Nepali officials on the ministry's request."],
    "diplomacy", "diplomacy", 2, "nepal-asks-russia-for-recruits-list", a="Rubina Gurung", n="Reply to the ministry's request (entry 02): same exchange, same story."),
  E("2024-08-15 17:20", None,
    ["Police in Kathmandu said they had arrested three more manpower agents accused of sending young men to Russia on tourist visas, bringing to 18 the number held since January."],
    "other", "humanitarian", 2, "nepal-arrests-recruitment-agents", a="Rubina Gurung"),
  E("2024-08-15 19:50", None,
    ["Prime Minister K P Sharma Oli told the House of Representatives that the government would not let citizens fight in foreign wars and would press Moscow to release Nepalis from their contracts."],
    "other", "politics", 2, "oli-parliament-russia-recruits", a="Rubina Gurung"),
  ]))

SEEDS.append(dict(id="4708", name="4708_frontiermyanmar-latest", ext="html", source="Frontier Myanmar", zone="Asia/Yangon", render=r_frontier,
  title="Latest",
  slugs=["junta-hopes-trump-win-will-bring-new-start", "families-say-myanmar-men-tricked-into-fighting-for-russia", "arakan-army-says-it-overran-battalion-base",
         "junta-delegation-in-moscow-backs-russia-over-ukraine", "un-envoy-backs-general-assembly-text-on-ukraine", "kyat-weakens-again"],
  notes="Imitates Frontier Myanmar's 'Latest' listing in HTML. Newest first. Each card: kicker, h3 headline, excerpt paragraph(s), 'By Frontier' and a <time datetime='...+06:30'> whose VISIBLE text is the date only ('November 6, 2024'): the time of day exists only in the datetime attribute. Myanmar time UTC+06:30. The JSON-LD is a CollectionPage with no items. Half the cards are Myanmar news unrelated to the war (off-beat).",
  not_entries=["header, menu, 'Subscribe' and 'Log in'", "h1 'Latest'", "kickers (NEWS, INSIGHT, BUSINESS)", "'By Frontier' lines (author)",
               "newsletter box 'Frontier's daily briefing'", "'Load more'", "footer"],
  entries=[
  OFF("2024-11-06 22:05", "Junta hopes Trump win will bring new start with Washington",
      ["A military spokesperson said the regime expected better relations with the United States under Donald Trump and hoped for fewer sanctions."],
      "junta-reaction-us-election", a="Frontier", n="Myanmar politics (US election)."),
  E("2024-11-06 19:30", "Families say Myanmar men were tricked into fighting for Russia",
    ["Relatives of at least six men from Mandalay and Sagaing regions say they were offered construction jobs in Russia but ended up in military training camps and were sent to fight in Ukraine.",
     "The families have asked the Russian embassy in Yangon for information but say they have had no reply."],
    "other", "humanitarian", 2, "myanmar-men-recruited-russian-army", a="Frontier", kicker="INSIGHT"),
  OFF("2024-11-06 16:45", "Arakan Army says it overran another battalion base",
      ["The Arakan Army said its fighters had captured a military battalion headquarters in southern Rakhine State after weeks of fighting."],
      "arakan-army-rakhine-offensive", a="Frontier", n="Myanmar's own civil war, not the Russia-Ukraine war."),
  E("2024-11-06 13:20", "Junta delegation in Moscow voices support for Russia over Ukraine",
    ["A regime delegation led by a deputy defence minister told a security conference in Moscow that Myanmar supported Russia's position on Ukraine and opposed Western sanctions.",
     "The visit is the latest in a series of high-level contacts between Naypyidaw and Moscow this year."],
    "diplomacy", "diplomacy", 2, "junta-moscow-security-conference-2024-11", a="Frontier"),
  E("2024-11-06 10:10", "UN envoy backs General Assembly text on Ukraine",
    ["Kyaw Moe Tun, who still represents Myanmar at the United Nations despite the coup, voted for a General Assembly resolution on the safety of Ukraine's nuclear power plants, a move the junta called illegitimate."],
    "diplomacy", "diplomacy", 2, "myanmar-un-envoy-ukraine-vote", a="Frontier"),
  OFF("2024-11-06 07:35", "Kyat weakens again on informal market",
      ["The kyat fell to a new low against the dollar on Yangon's informal market, traders said, as importers scrambled for foreign currency."],
      "kyat-informal-market-low", a="Frontier", n="currency market.", kicker="BUSINESS"),
  ]))

SEEDS.append(dict(id="4709", name="4709_bworld-world", ext="html", source="BusinessWorld", zone="Asia/Manila", render=r_bworld,
  title="World",
  slugs=["putin-says-russia-will-put-oreshnik-into-serial-production", "ukraines-parliament-cancels-sitting-over-missile-threat", "russian-drone-strike-on-sumy-kills-two",
         "peso-ends-week-weaker", "kremlin-calls-new-missile-strike-a-warning", "japans-core-inflation-eases", "nato-and-ukraine-to-hold-emergency-talks"],
  notes="Imitates the BusinessWorld (Philippines) World section listing in WordPress HTML. Newest first. Each item: h3 headline, then the stamp 'November 23, 2024 | 2:10 am' in <time datetime> AFTER the headline, excerpt, and a credit line '\u2014 Reuters' (author). Philippine time (UTC+8), printed nowhere but in the datetime offsets. The header clock says Saturday, November 23, 2024 (capture day). The list crosses local midnight: the two top items are dated November 23 locally but are 22 November in UTC, like the rest. Two off-beat business items.",
  not_entries=["header clock 'Saturday, November 23, 2024', 'Subscribe', 'E-Paper'", "logo and menu", "cookie notice", "h1 'World'", "credit lines '\u2014 Reuters' (author)",
               "'Advertisement'", "pagination", "footer"],
  entries=[
  E("2024-11-23 02:10", "Putin says Russia will put Oreshnik missile into serial production",
    ["Russian President Vladimir Putin said on Friday that the new intermediate-range missile fired at Ukraine this week would go into serial production and that testing would continue in combat conditions."],
    "other", "security", 2, "oreshnik-serial-production", sec=["strikes"], a="Reuters", n="Weapons production and testing -> other/security; separate from the Kremlin's comment on the Dnipro strike (entry 05)."),
  E("2024-11-23 00:35", "Ukraine's parliament cancels sitting over missile threat",
    ["Ukraine's parliament called off Friday's session after the security services warned of a higher risk of Russian strikes on government buildings in Kyiv, lawmakers said."],
    "other", "security", 2, "rada-session-cancelled-2024-11-22", a="Reuters"),
  E("2024-11-22 21:50", "Russian drone strike on Sumy kills two",
    ["Two people were killed and a dozen injured when a Russian drone hit a residential area of Sumy, in northeastern Ukraine, regional authorities said."],
    "strikes", "strikes", 3, "sumy-drone-strike-2024-11-22", a="Reuters"),
  OFF("2024-11-22 18:15", "Peso ends week weaker against dollar",
      ["The peso closed at its weakest level in almost two years on Friday as a stronger dollar weighed on emerging-market currencies."],
      "peso-weekly-close", a="Katrina B. Dalisay", n="currency market."),
  E("2024-11-22 15:40", "Kremlin calls new missile strike a warning to the West",
    ["The Kremlin said Thursday's strike on Dnipro with a new missile was meant as a clear message to Western governments that had allowed Ukraine to fire their long-range weapons into Russia."],
    "strikes", "strikes", 3, "oreshnik-strike-dnipro-2024-11-21", a="Reuters", n="Official reaction whose content is the attack itself -> strikes, the attack's story."),
  OFF("2024-11-22 11:20", "Japan's core inflation eases in October",
      ["Consumer prices in Japan excluding fresh food rose at a slower pace in October, giving the central bank more room to consider its next rate move."],
      "japan-inflation-october", a="Reuters", n="Japanese economy."),
  E("2024-11-22 08:30", "NATO and Ukraine to hold emergency talks",
    ["NATO ambassadors will meet Ukrainian representatives in Brussels next week at Kyiv's request to discuss this week's escalation, diplomats said."],
    "diplomacy", "diplomacy", 2, "nato-ukraine-council-emergency-talks-2024-11", a="Reuters"),
  ]))


# ============================================================ PART B: three multi-source days (invented outlets)
KHX = "kharkiv-hypermarket-strike-2024-05-25"
G7 = "g7-stresa-frozen-assets-plan"
GLIDE = "explainer-glide-bombs"
D1 = "Multi-source day 1 (2024-05-25)."
D2 = "Multi-source day 2 (2024-05-26)."
D3 = "Multi-source day 3 (2024-11-28)."

SEEDS.append(dict(id="4720", name="4720_wrayholme-textlive", ext="txt", source="Wrayholme Courier", zone="Europe/London", render=r_wray,
  title="Russia-Ukraine war live: Kharkiv hypermarket strike kills 12", dateline="Saturday 25 May 2024",
  lede="Guided bombs set a crowded DIY store ablaze in Ukraine's second city; Zelensky renews his call for air defence.",
  notes="Invented outlet. Text live blog, newest first; a Key Points block lists the headlines of entries 01 and 05. Each post: headline, body, then a stamp line AFTER the body: 'Posted 9.40pm by NAME' (12 h clock with a dot; no zone printed, UK outlet: BST = UTC+1; the date comes from the line 'Saturday 25 May 2024'). Entry 04 is a 'Watch:' teaser without body. Spelling Kharkiv, store 'Epicentr'. " + D1,
  not_entries=["masthead and menu", "title and date lines", "lede paragraph", "'Key Points' header and its bullet list (the bullets repeat entry headlines)", "'Latest'",
               "newsletter line", "'Show older posts'", "footer"],
  entries=[
  E("2024-05-25 21:40", "Kharkiv hypermarket death toll rises to 12",
    ["Twelve people have now been confirmed dead after the attack on the Epicentr store in Kharkiv, regional governor Oleh Syniehubov said, with 43 injured and about 16 still unaccounted for.",
     "Rescuers were working through the night in the gutted building."],
    "strikes", "strikes", 3, KHX, a="Tamsin Hollowell", kp=True),
  E("2024-05-25 20:10", "Second strike hits Kharkiv city centre, ten wounded",
    ["A few hours after the hypermarket was hit, a missile struck a residential street in the centre of Kharkiv, wounding at least ten people, Mayor Ihor Terekhov said.",
     "Windows were blown out in several neighbouring buildings."],
    "strikes", "strikes", 2, "kharkiv-centre-evening-strike-2024-05-25", a="Tamsin Hollowell", n="Same city, same day, different attack from the hypermarket strike: must not merge."),
  E("2024-05-25 18:55", "Zelensky: Russia knew the store would be full",
    ["President Volodymyr Zelensky said Russian forces had deliberately chosen a busy shopping centre on a Saturday afternoon, and again urged allies to send Kharkiv more air-defence systems.",
     "He said more than 200 people may have been inside when the bombs hit."],
    "strikes", "strikes", 3, KHX, sec=["aid"], a="Joe Pennock", n="Reaction whose content is the attack itself: same story."),
  E("2024-05-25 17:30", "Watch: smoke pours from burning hypermarket in Kharkiv", [], "strikes", "strikes", 1, KHX, n="Video teaser without body -> importance 1."),
  E("2024-05-25 16:25", "Russian glide bombs hit crowded DIY store in Kharkiv",
    ["At least two people were killed and 24 injured when two Russian guided bombs hit a large home-improvement store in Kharkiv on Saturday afternoon, local officials said.",
     "A huge fire broke out and thick black smoke could be seen across the city."],
    "strikes", "strikes", 3, KHX, a="Joe Pennock", kp=True),
  E("2024-05-25 14:05", "Swiss summit organisers say more than 80 delegations have confirmed",
    ["More than 80 countries and organisations have confirmed they will attend next month's peace summit on Ukraine at the Bürgenstock resort, the Swiss foreign ministry said.",
     "Russia has not been invited."],
    "diplomacy", "diplomacy", 2, "swiss-peace-summit-attendance-2024-05-25", a="Joe Pennock", n="Different event from day 2's Zelensky invitation to Biden and Xi."),
  E("2024-05-25 11:30", "Russia claims capture of Arkhanhelske in Donetsk region",
    ["Russia's defence ministry said its troops had taken the village of Arkhanhelske, north of Avdiivka.",
     "Ukraine's army did not confirm the loss and said fighting was continuing in the area."],
    "other", "frontline", 2, "arkhanhelske-capture-claim", a="Tamsin Hollowell"),
  E("2024-05-25 09:15", "Drones downed over southern regions overnight, air force says",
    ["Ukraine's air force said it had shot down 24 of the 31 Shahed drones launched overnight, most of them over the Mykolaiv and Kherson regions."],
    "strikes", "strikes", 2, "overnight-drones-south-2024-05-25", a="Tamsin Hollowell"),
  ]))

SEEDS.append(dict(id="4721", name="4721_sallowgate-htmllive", ext="html", source="Sallowgate Dispatch", zone="Europe/Berlin", render=r_sallow,
  title="Live: Russia's war in Ukraine \u2013 Saturday's developments", dateline="Saturday, 25 May 2024", url="https://sallowgate-dispatch.example/live/ukraine-2024-05-25",
  lede="Follow the day's news on the war, from the front line to the G7 finance meeting in Italy.",
  notes="Invented outlet. HTML live blog listed OLDEST first (the 'Oldest first' sort is selected). LiveBlogPosting JSON-LD with one BlogPosting per update carrying its own datePublished (+02:00) and author, matching the visible '09:05 CEST' stamps. Spelling 'Epicenter'. Entry 06 repeats entry 02 nearly verbatim (shorter headline, same body): duplicate_of 4721-02. " + D1,
  not_entries=["header and menu", "h1 title", "teaser paragraph", "date line", "sort switch 'Sort: Newest first | Oldest first'", "'By NAME' lines (author)",
               "'Link to this update' links", "footer"],
  entries=[
  E("2024-05-25 09:05", "Lithuania unveils new military aid package for Kyiv",
    ["Lithuania will send Ukraine another package of military aid including ammunition, anti-drone equipment and generators, the defence ministry in Vilnius said.",
     "The ministry did not give a value for the package."],
    "aid", "aid", 2, "lithuania-military-aid-package-2024-05-25", a="Henrike Vossberg", n="Different aid story from the G7 asset plan: must not merge."),
  E("2024-05-25 12:40", "G7 finance ministers back plan to tap frozen Russian assets",
    ["Finance ministers from the Group of Seven said at the end of their meeting in Stresa, Italy, that they had made progress on a plan to use future profits from immobilised Russian central bank assets to support Ukraine.",
     "They left the details of a possible loan of around 50 billion dollars to be settled before the leaders' summit in June."],
    "aid", "aid", 3, G7, sec=["diplomacy"], a="Henrike Vossberg"),
  E("2024-05-25 14:10", "Belgorod governor: one killed in shelling",
    ["A man was killed and two people were injured when Ukrainian shells hit a village in Russia's Belgorod region, Governor Vyacheslav Gladkov said."],
    "strikes", "strikes", 3, "belgorod-shelling-2024-05-25", a="Mats Ohlendorf", n="Deadly strike -> importance 3."),
  E("2024-05-25 15:55", "Strike on Kharkiv hardware store, casualties feared",
    ["Russian forces have hit a large hardware and garden store in the east of Kharkiv, and there are fears that many shoppers were inside, Mayor Ihor Terekhov said.",
     "Early reports speak of at least two dead."],
    "strikes", "strikes", 3, KHX, a="Mats Ohlendorf"),
  E("2024-05-25 17:20", "Kharkiv: six dead and dozens hurt at Epicenter store",
    ["The number of people killed at the Epicenter home-improvement centre in Kharkiv has risen to six, with about 40 injured, the regional prosecutor's office said.",
     "Firefighters said the blaze covered more than 10,000 square metres."],
    "strikes", "strikes", 3, KHX, a="Mats Ohlendorf"),
  E("2024-05-25 18:45", "G7 finance ministers back plan to tap Russian assets",
    ["Finance ministers from the Group of Seven said at the end of their meeting in Stresa, Italy, that they had made progress on a plan to use future profits from immobilised Russian central bank assets to support Ukraine.",
     "They left the details of a possible loan of around 50 billion dollars to be settled before the leaders' summit in June."],
    "aid", "aid", 1, G7, sec=["diplomacy"], a="Henrike Vossberg", dup="4721-02", n="Near-verbatim repeat of 4721-02 (headline shortened) -> importance 1."),
  E("2024-05-25 20:30", "Kharkiv toll climbs to 11 as search goes on",
    ["Eleven people have now died as a result of the strike on the Kharkiv hypermarket, Governor Oleh Syniehubov said on Saturday evening.",
     "He said 16 people were still missing and that some of the dead could not yet be identified."],
    "strikes", "strikes", 3, KHX, a="Henrike Vossberg"),
  ]))

SEEDS.append(dict(id="4722", name="4722_tollerby-worldrss", ext="xml", source="Tollerby World Service", zone="UTC", render=r_rss, rfc="GMT",
  title="Tollerby World Service \u2013 Top stories", url="https://tollerby.example", path="news", lede="Top stories from around the world", build="Sat, 25 May 2024 20:31:07 GMT",
  slugs=["kharkov-store-strike-toll-12", "fa-cup-final", "india-votes-sixth-phase", "g7-frozen-funds-kyiv", "png-landslide-rescuers", "bay-of-bengal-storm"],
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT; the war is a minority (4 of 6 items off-beat). Spelling 'Kharkov'. No authors. " + D1,
  not_entries=["channel title, link, description and lastBuildDate", "<category> and <guid> values"],
  entries=[
  E("2024-05-25 20:15", "Kharkov store strike: death toll reaches 12",
    ["Twelve people were killed when Russian bombs set fire to a crowded DIY hypermarket in Kharkov, Ukraine's second-largest city, officials said on Saturday night.",
     "Dozens more were injured and rescuers were still searching for the missing."],
    "strikes", "strikes", 3, KHX, cat="Europe"),
  OFF("2024-05-25 18:50", "Manchester United stun City to lift FA Cup",
      ["Manchester United beat Manchester City 2-1 at Wembley to win the FA Cup, denying their neighbours a second successive league and cup double."],
      "fa-cup-final-2024", n="football.", cat="Sport"),
  OFF("2024-05-25 16:05", "India votes in sixth phase of general election",
      ["Voters in 58 constituencies, including the capital Delhi, cast ballots in the sixth of seven rounds of India's general election, with temperatures above 40C in many areas."],
      "india-election-phase-six", n="Indian election.", cat="Asia"),
  E("2024-05-25 12:30", "G7 agrees to press on with using frozen Russian funds for Kyiv",
    ["Group of Seven finance ministers meeting in northern Italy agreed to keep working on ways to turn the earnings from frozen Russian assets into a larger financial package for Ukraine.",
     "Washington has pushed for a loan that would be repaid from those earnings."],
    "aid", "aid", 3, G7, sec=["diplomacy"], cat="Business"),
  OFF("2024-05-25 09:40", "Papua New Guinea landslide: rescuers struggle to reach buried villages",
      ["Relief teams were trying to reach remote communities in Enga province, where a huge landslide buried homes in the early hours of Friday, aid agencies said."],
      "png-enga-landslide", n="landslide.", cat="Asia-Pacific"),
  OFF("2024-05-25 06:20", "Bay of Bengal storm expected to strengthen into cyclone",
      ["A low-pressure system over the Bay of Bengal was likely to become a cyclone and reach the coasts of Bangladesh and India's West Bengal by Sunday night, forecasters said."],
      "cyclone-remal", n="weather.", cat="Asia"),
  ]))

SEEDS.append(dict(id="4723", name="4723_kelmarsh-atom", ext="xml", source="Kelmarsh Ledger", zone="Europe/Kyiv", render=r_atom,
  title="Kelmarsh Ledger \u2013 Ukraine", url="https://kelmarsh-ledger.example", lede="News and explainers from Kyiv",
  slugs=["kharkiv-mourns-hypermarket-11-dead", "explainer-glide-bombs", "vovchansk-evacuation-convoys", "kharkiv-advance-halted"],
  notes="Invented outlet. Atom feed of a Kyiv-based English outlet, newest first, <published> with +03:00 (EEST); escaped HTML content; author per entry. Spelling 'Epicentre'. Entry 02 is the day's theme piece (explainer); it is re-posted by the same outlet on day 2 (4733-03). " + D1,
  not_entries=["feed title, subtitle, links, id and updated"],
  entries=[
  E("2024-05-25 22:10", "Kharkiv mourns after glide bombs set hypermarket ablaze; 11 confirmed dead",
    ["Eleven bodies had been recovered from the burnt-out Epicentre hypermarket in Kharkiv by Saturday night, according to the regional administration.",
     "Officials said two guided bombs hit the building at about 4pm local time, when it was full of weekend shoppers."],
    "strikes", "strikes", 3, KHX, a="Oksana Vereshchak"),
  E("2024-05-25 19:30", "Explainer: why Ukraine struggles to stop Russian glide bombs",
    ["Glide bombs are old free-fall bombs fitted with wings and satellite guidance, which let Russian jets release them 40 to 70 kilometres from their targets without entering the range of most Ukrainian air defences.",
     "Shooting down the jets before they release the bombs would require long-range systems such as Patriot close to the front, where they would themselves be at risk.",
     "Kharkiv, about 30 kilometres from the border, is especially exposed."],
    "strikes", "strikes", 2, GLIDE, a="Pavlo Ostapchuk", n="Theme piece (explainer with body): own story, importance 2; must not merge with the hypermarket strike."),
  E("2024-05-25 15:45", "Vovchansk: evacuation convoys keep running under fire",
    ["Police and volunteers took another 60 residents out of Vovchansk and nearby villages on Saturday, the Kharkiv regional police said, despite constant shelling of the roads.",
     "Fewer than 200 civilians are believed to remain in the town."],
    "other", "humanitarian", 2, "vovchansk-evacuations-2024-05-25", a="Oksana Vereshchak"),
  E("2024-05-25 10:20", "Russian advance in Kharkiv region has been stopped, Ukraine's commander says",
    ["Ukrainian forces have halted the Russian offensive launched across the border near Kharkiv two weeks ago and are now counter-attacking in places, the commander of the armed forces said.",
     "Russian troops still hold several villages along the border."],
    "other", "frontline", 2, "kharkiv-offensive-halted-claim", a="Pavlo Ostapchuk", n="Different frontline story from the Arkhanhelske claim: must not merge."),
  ]))

SEEDS.append(dict(id="4730", name="4730_brantholme-htmllive", ext="html", source="Brantholme Herald", zone="Europe/London", render=r_brant,
  title="Ukraine war: Kharkiv mourns as toll from store attack reaches 16", dateline="Sunday 26 May 2024",
  lede="Kharkiv holds a day of mourning; Zelensky appeals to Biden and Xi to join the Swiss peace summit.",
  notes="Invented outlet. HTML live blog, newest first, no JSON-LD; each post starts with <time datetime='...Z'> (UTC) whose visible text is a bare 24 h time in UK local time ('21:20' = 20:20 UTC; BST = UTC+1); 'Reporting: NAME' after the body. Entry 03 is a 'Photos:' teaser without body. Continues day 1's hypermarket story (toll 14 -> 16). " + D2,
  not_entries=["consent bar", "header and menu", "h1 title", "date line", "summary paragraph", "'Reporting: NAME' lines (author)", "'Read more' related link", "footer"],
  entries=[
  E("2024-05-26 21:20", "Zelensky invites Biden and Xi to Swiss summit",
    ["President Volodymyr Zelensky appealed directly to Joe Biden and Xi Jinping to take part in next month's peace summit in Switzerland, saying their presence would show that the world supports a just end to the war.",
     "He made the appeal in a video address recorded in Kharkiv."],
    "diplomacy", "diplomacy", 3, "zelensky-invites-biden-xi-peace-summit", a="Laurie Ashdown"),
  E("2024-05-26 18:05", "Kharkiv in mourning as death toll reaches 16",
    ["Sixteen people are now confirmed to have died in Saturday's strike on a Kharkiv hypermarket, and five are still missing, the regional governor said.",
     "Kharkiv observed a day of mourning, with flags at half-mast across the city."],
    "strikes", "strikes", 3, KHX, a="Laurie Ashdown", n="Continuation of the day-1 story with a new development (toll 16, mourning): keeps the day-1 slug."),
  E("2024-05-26 15:30", "Photos: flowers and candles outside the burned-out store", [], "strikes", "strikes", 1, KHX, n="Photo teaser without body -> importance 1."),
  E("2024-05-26 12:45", "Kherson: drone drops explosives near bus stop, three hurt",
    ["A Russian drone dropped explosives close to a bus stop in Kherson's Dniprovskyi district, wounding three people waiting for a bus, the city military administration said."],
    "strikes", "strikes", 2, "kherson-drone-bus-stop-2024-05-26", a="Nadia Ferrall"),
  E("2024-05-26 10:10", "Store attack: 14 dead, DNA tests to identify victims",
    ["The number of dead from the Kharkiv hypermarket attack has risen to 14, and investigators are using DNA tests because several bodies were badly burned, police said."],
    "strikes", "strikes", 3, KHX, a="Nadia Ferrall"),
  E("2024-05-26 08:35", "Russia says it shot down drones over Crimea",
    ["Russia's defence ministry said its air defences had destroyed 11 Ukrainian drones over Crimea and the Black Sea overnight.",
     "There was no word on damage."],
    "strikes", "strikes", 2, "crimea-drones-downed-claim-2024-05-26", a="Nadia Ferrall"),
  ]))

SEEDS.append(dict(id="4731", name="4731_corrowdale-article", ext="txt", source="Corrowdale Post", zone="Europe/Paris", render=r_article,
  title="Kharkiv counts its dead as Kyiv courts Washington and Beijing", byline="Elodie Marchetti", dateline="Published on 26/05/2024 at 19:05 (Paris time)",
  crumb="International > Europe", lede="A day after the deadliest attack on Kharkiv this year, Ukraine turned to diplomacy.", more="Glide bombs: the weapon Kharkiv fears most",
  notes="Invented outlet. Text article with three section headings; one entry per section (headline = heading), stamp null, published = the dateline 'Published on 26/05/2024 at 19:05 (Paris time)' (CEST, UTC+2) for every section; page byline as author. Section 03 is the day's theme piece (analysis). " + D2,
  not_entries=["outlet name and breadcrumb", "title line", "byline and dateline lines", "lede paragraph", "share row", "'Read next: ...' link", "copyright line"],
  entries=[
  E("2024-05-26 19:05", "Kharkiv buries its dead",
    ["Kharkiv held the first funerals on Sunday for victims of the Russian bombs that destroyed the Epicentr hypermarket a day earlier, as the death toll rose to 16.",
     "Among the dead were a 12-year-old girl and several store employees, city officials said."],
    "strikes", "strikes", 3, KHX, a="Elodie Marchetti", n="Continuation of the day-1 story."),
  E("2024-05-26 19:05", "Zelensky's invitation to Biden and Xi",
    ["In a video message on Sunday, Volodymyr Zelensky called on the American and Chinese presidents to attend the June summit on Ukraine in Switzerland.",
     "China has said it will only take part in a conference that both Russia and Ukraine accept."],
    "diplomacy", "diplomacy", 3, "zelensky-invites-biden-xi-peace-summit", a="Elodie Marchetti"),
  E("2024-05-26 19:05", "What a Swiss summit can and cannot do",
    ["The Bürgenstock meeting is not a negotiation: with Russia absent, the organisers hope to agree on a few shared principles such as nuclear safety, food security and the return of prisoners and deported children.",
     "The value of any final statement will depend on how many countries of the global South sign it."],
    "diplomacy", "diplomacy", 2, "analysis-swiss-summit-limits", a="Elodie Marchetti", n="Theme piece (analysis with body): own story, importance 2; must not merge with Zelensky's invitation."),
  ]))

SEEDS.append(dict(id="4732", name="4732_gannetsby-worldrss", ext="xml", source="Gannetsby World Service", zone="Australia/Sydney", render=r_rss, rfc="%z",
  title="Gannetsby World Service: World", url="https://gannetsby.example", path="world", lede="World news from the Gannetsby newsroom", build="Mon, 27 May 2024 08:52:40 +1000",
  slugs=["cyclone-remal-landfall", "zelensky-asks-biden-xi-to-attend-summit", "leclerc-wins-monaco", "png-landslide-un-estimate", "kharkiv-store-toll-14", "palme-dor-anora"],
  notes="Invented outlet. General world-news RSS 2.0 feed from Australia, newest first, pubDate with +1000 (AEST): the top three items are dated Monday 27 May locally but are 26 May in UTC (crossing local midnight). 4 of 6 items off-beat. No authors. " + D2,
  not_entries=["channel title, link, description and lastBuildDate", "<category> and <guid> values"],
  entries=[
  OFF("2024-05-27 08:40", "Cyclone Remal makes landfall between Bangladesh and India",
      ["Cyclone Remal crossed the coast near the border between Bangladesh and India late on Sunday with winds of up to 120 kilometres an hour, after more than a million people were moved to shelters."],
      "cyclone-remal", n="weather.", cat="Asia"),
  E("2024-05-27 06:15", "Zelensky asks Biden, Xi to attend peace summit",
    ["Ukraine's president has urged his US and Chinese counterparts to join a gathering of world leaders in Switzerland in mid-June aimed at building support for Kyiv's peace terms.",
     "He recorded the appeal in Kharkiv, a day after a deadly strike on a shopping centre there."],
    "diplomacy", "diplomacy", 3, "zelensky-invites-biden-xi-peace-summit", cat="Europe"),
  OFF("2024-05-27 02:10", "Leclerc wins Monaco Grand Prix at last",
      ["Charles Leclerc won his home Formula One race for the first time, leading from pole position after a crash caused a long stoppage on the opening lap."],
      "monaco-grand-prix-2024", n="motor racing.", cat="Sport"),
  OFF("2024-05-26 20:05", "UN agency fears more than 600 dead in PNG landslide",
      ["The International Organization for Migration said more than 670 people were believed to have been buried by the landslide in Papua New Guinea's Enga province, far above earlier estimates."],
      "png-enga-landslide", n="landslide.", cat="Pacific"),
  E("2024-05-26 16:50", "Kharkiv store strike toll rises to 14",
    ["Two more bodies were found overnight in the burnt-out hypermarket in Kharkiv, raising the death toll from Saturday's Russian attack to 14, Ukrainian officials said."],
    "strikes", "strikes", 3, KHX, cat="Europe", n="Continuation of the day-1 story."),
  OFF("2024-05-26 12:10", "Palme d'Or goes to Sean Baker's Anora",
      ["American director Sean Baker won the top prize at the Cannes Film Festival for Anora, a comedy-drama about a young dancer in New York."],
      "cannes-palme-dor-2024", n="film festival.", cat="Arts"),
  ]))

SEEDS.append(dict(id="4733", name="4733_kelmarsh-atom", ext="xml", source="Kelmarsh Ledger", zone="Europe/Kyiv", render=r_atom,
  title="Kelmarsh Ledger \u2013 Ukraine", url="https://kelmarsh-ledger.example", lede="News and explainers from Kyiv",
  slugs=["chasiv-yar-attacks-repelled", "norway-air-defence-money", "explainer-glide-bombs-2", "sumy-border-shelling"],
  notes="Invented outlet (same as 4723). Atom feed, newest first, +03:00. Entry 03 re-posts day 1's explainer (4723-02) word for word with a new date: importance 1, duplicate_of null (duplicate_of is defined within one seed), story kept from day 1. " + D2,
  not_entries=["feed title, subtitle, links, id and updated"],
  entries=[
  E("2024-05-26 23:05", "Russian attacks near Chasiv Yar repelled, army says",
    ["Ukrainian troops beat back seven Russian attacks near Chasiv Yar during the day, the general staff said in its evening update.",
     "Russian forces have been trying for weeks to capture the hilltop town west of Bakhmut."],
    "other", "frontline", 2, "chasiv-yar-attacks-repelled-2024-05-26", a="Pavlo Ostapchuk"),
  E("2024-05-26 17:40", "Norway to pay for more air defence for Ukraine",
    ["Norway will spend about 6 billion kroner on air-defence equipment and ammunition for Ukraine, the government in Oslo announced.",
     "Part of the money will go to a joint purchase led by Germany."],
    "aid", "aid", 2, "norway-air-defence-funding-2024-05", a="Oksana Vereshchak"),
  E("2024-05-26 14:10", "Explainer: why Ukraine struggles to stop Russian glide bombs",
    ["Glide bombs are old free-fall bombs fitted with wings and satellite guidance, which let Russian jets release them 40 to 70 kilometres from their targets without entering the range of most Ukrainian air defences.",
     "Shooting down the jets before they release the bombs would require long-range systems such as Patriot close to the front, where they would themselves be at risk.",
     "Kharkiv, about 30 kilometres from the border, is especially exposed."],
    "strikes", "strikes", 1, GLIDE, a="Pavlo Ostapchuk", n="Re-post of day-1 entry 4723-02 (same outlet, same text, new date) -> importance 1."),
  E("2024-05-26 11:00", "Sumy region: border villages shelled 30 times overnight",
    ["Russian forces shelled border communities in the Sumy region 30 times during the night and morning, the regional administration said, damaging homes and a power line.",
     "No casualties were reported."],
    "strikes", "strikes", 2, "sumy-border-shelling-2024-05-26", a="Oksana Vereshchak"),
  ]))

SEEDS.append(dict(id="4734", name="4734_thwaitehead-textlive", ext="txt", source="Thwaitehead Journal", zone="Europe/Kyiv", render=r_thwaite,
  title="Ukraine live: Sunday's updates", dateline="Sunday 26 May", parse_args=["--date", "2024-05-26"],
  lede="Updates through the day from our correspondents in Ukraine.",
  notes="Invented outlet. Text live blog, OLDEST first; the date line 'Sunday 26 May' has no year (parse_args --date 2024-05-26); each post has a '08:20 (Kyiv time)' line BEFORE the headline (EEST, UTC+3) and a 'Reporter:' line after the body. Entry 04 repeats entry 02 nearly verbatim (headline reworded, same body): duplicate_of 4734-02. " + D2,
  not_entries=["masthead and menu", "title and date lines", "lede paragraph", "'Reporter:' lines (author)", "'Advertisement'", "closing line and footer"],
  entries=[
  E("2024-05-26 08:20", "Two killed by overnight shelling in Kharkiv region village",
    ["Russian artillery hit the village of Zolochiv in the Kharkiv region overnight, killing two men and damaging several houses, the regional governor said.",
     "Emergency services put out a fire in a barn."],
    "strikes", "strikes", 3, "zolochiv-shelling-2024-05-26", a="Ruth Kellaway", n="Deadly strike -> 3. Same region, different event from the Kharkiv hypermarket strike: must not merge."),
  E("2024-05-26 11:40", "Zelensky urges Biden and Xi to come to Bürgenstock",
    ["Volodymyr Zelensky said the leaders of the United States and China should show their support for peace by attending the summit at the Bürgenstock resort near Lucerne on 15 and 16 June.",
     "He made the appeal in a video address on Sunday morning."],
    "diplomacy", "diplomacy", 3, "zelensky-invites-biden-xi-peace-summit", a="Simon Etheridge"),
  E("2024-05-26 13:15", "Ukraine reinforces northern border with Belarus",
    ["Ukraine's border guard service said it had strengthened its positions along the Belarusian border after Minsk announced new military exercises near the frontier.",
     "A spokesman said there was no sign of an attack force gathering."],
    "other", "security", 2, "belarus-border-reinforcement-2024-05", a="Simon Etheridge"),
  E("2024-05-26 15:50", "Zelensky urges Biden and Xi to attend Bürgenstock summit",
    ["Volodymyr Zelensky said the leaders of the United States and China should show their support for peace by attending the summit at the Bürgenstock resort near Lucerne on 15 and 16 June.",
     "He made the appeal in a video address on Sunday morning."],
    "diplomacy", "diplomacy", 1, "zelensky-invites-biden-xi-peace-summit", a="Simon Etheridge", dup="4734-02", n="Near-verbatim repeat of 4734-02 -> importance 1."),
  E("2024-05-26 19:30", "Drone attack causes fire at fuel depot in Belgorod region",
    ["A Ukrainian drone attack set fire to a fuel storage site in Russia's Belgorod region, Governor Vyacheslav Gladkov said, adding that there were no casualties."],
    "strikes", "strikes", 2, "belgorod-fuel-depot-drone-2024-05-26", a="Ruth Kellaway", n="Not the same event as day 1's Belgorod shelling."),
  ]))

ENG = "russian-energy-strike-2024-11-28"
ORE = "putin-oreshnik-threat-kyiv-2024-11-28"

SEEDS.append(dict(id="4740", name="4740_marraby-textlive", ext="txt", source="Marraby Chronicle", zone="Europe/Kyiv", render=r_marraby,
  title="Live: Russia hits Ukraine's power grid for the second time this month", dateline="Thursday, November 28", parse_args=["--date", "2024-11-28"],
  lede=f"Day {war_day(date(2024, 11, 28)):,} of Russia's full-scale invasion of Ukraine.",
  notes="Invented outlet. Text live blog, newest first, stamps and headlines on one line: '19:20 EET \u2014 Headline' (Kyiv winter time, UTC+2). The pinned lead '22:45 EET More than a million ...' has no headline: headline null, its text after the stamp is the first sentence (body_paragraphs counts that text as paragraph 1), followed by 'Read more'. The date line 'Thursday, November 28' has no year (parse_args --date 2024-11-28). Spellings Lviv/Kharkiv. No authors. " + D3,
  not_entries=["masthead and menu", "title line", "lede 'Day 1,009 of ...'", "date line 'Thursday, November 28'", "'Read more' after the lead", "'Earlier updates \u2193'",
               "footer link 'Updates from Wednesday, November 27'", "footer"],
  entries=[
  E("2024-11-28 22:45", None,
    ["More than a million households in western Ukraine were still without electricity late on Thursday after the day's strikes, the energy ministry said.",
     "Grid operator Ukrenergo said emergency shutdowns would continue in most regions on Friday."],
    "strikes", "strikes", 3, ENG, n="Pinned lead without headline."),
  E("2024-11-28 19:20", "Putin: Oreshnik could target 'decision-making centres' in Kyiv",
    ["Vladimir Putin said in Astana that Russia might use its new Oreshnik missile against military targets or decision-making centres in Kyiv, and that the defence ministry was choosing the targets.",
     "He called the morning's strikes a response to Ukrainian attacks with US-made ATACMS missiles."],
    "strikes", "strikes", 3, ORE, sec=["diplomacy"], n="A threat of future strikes: its own story, separate from the energy strike it mentions."),
  E("2024-11-28 16:05", "Sweden to fund long-range drones for Ukraine",
    ["Sweden will finance the production of long-range drones in Ukraine as part of a new military support package worth about 1.3 billion kronor, the defence minister said."],
    "aid", "aid", 2, "sweden-long-range-drone-funding"),
  E("2024-11-28 13:30", "Russia claims two villages near Kurakhove",
    ["Russia's defence ministry said its troops had captured two villages south of Kurakhove in the Donetsk region.",
     "Ukraine's army said fighting was continuing there."],
    "other", "frontline", 2, "kurakhove-villages-capture-claim", n="Different frontline story from the Kursk counter-attacks: must not merge."),
  E("2024-11-28 10:15", "Lviv region: half a million without power after strikes",
    ["About 523,000 customers in the Lviv region lost electricity after energy facilities were hit, Governor Maksym Kozytskyi said.",
     "Water pumps in several towns were switched to backup generators."],
    "strikes", "strikes", 3, ENG),
  E("2024-11-28 07:40", "Air force: dozens of missiles and drones shot down",
    ["Ukraine's air force said it had destroyed 79 of the 91 missiles and 35 of the drones Russia launched at energy infrastructure overnight and in the morning."],
    "strikes", "strikes", 3, ENG),
  E("2024-11-28 06:10", "Massive missile attack targets energy facilities across Ukraine",
    ["Explosions were heard in Kyiv, Lviv, Rivne, Lutsk and Kharkiv as Russia launched a combined missile and drone attack on Ukraine's energy system early on Thursday.",
     "Emergency power cuts were introduced in most regions."],
    "strikes", "strikes", 3, ENG),
  ]))

SEEDS.append(dict(id="4741", name="4741_dunholt-htmllive", ext="html", source="Dunholt Observer", zone="Europe/London", render=r_dunholt,
  title="Ukraine war live: Russia pounds power grid as Putin threatens Kyiv", dateline="Thursday 28 November 2024", coverage="2024-11-28 05:00",
  url="https://dunholt-observer.example/world/live/2024/nov/28/ukraine-war-live", lede="Air-raid alerts across Ukraine as missiles and drones target energy sites.",
  notes="Invented outlet. HTML live blog, OLDEST first; visible '05:05 GMT' span before each h3 (GMT = UTC in November); 'Posted by NAME' after the body. The LiveBlogPosting JSON-LD lists one BlogPosting per block, but every block carries the PAGE's headline and the page's datePublished (2024-11-28T05:00:00+00:00), not its own: take times and headlines from the visible blocks. Entry 02 is a 'Watch:' teaser without body; entry 06 is the day's theme piece (analysis); entry 07 repeats entry 05 nearly verbatim (duplicate_of 4741-05). " + D3,
  not_entries=["header and menu", "h1 title", "date line", "standfirst", "'Posted by NAME' lines (author)", "newsletter promo", "footer"],
  entries=[
  E("2024-11-28 05:05", "Russia launches huge barrage at Ukraine's power grid",
    ["Russia has fired cruise missiles and attack drones at energy facilities across Ukraine in what the energy minister called another massive attack on the power system.",
     "Air-raid alerts were in force across the whole country."],
    "strikes", "strikes", 3, ENG, a="Harriet Coombe"),
  E("2024-11-28 08:30", "Watch: queues at generator points in Lviv", [], "strikes", "strikes", 1, ENG, n="Video teaser without body -> importance 1."),
  E("2024-11-28 10:50", "Ukraine says it repelled counter-attacks in Kursk region",
    ["Ukraine's general staff said its troops in Russia's Kursk region had beaten off 22 Russian attacks over the past day, some involving North Korean soldiers."],
    "other", "frontline", 2, "kursk-counterattacks-repelled-2024-11-28", a="Harriet Coombe"),
  E("2024-11-28 12:40", "Glide bomb hits Kharkiv apartment block, nine wounded",
    ["A Russian glide bomb hit a nine-storey apartment block in Kharkiv's Saltivka district around midday, wounding nine people, Mayor Ihor Terekhov said.",
     "It was a separate attack from the overnight strikes on the region's energy sites."],
    "strikes", "strikes", 2, "kharkiv-saltivka-glide-bomb-2024-11-28", a="Callum Frere", n="Same city and day as part of the energy barrage, different attack: must not merge."),
  E("2024-11-28 14:15", "Putin threatens Kyiv 'decision-making centres' with new missile",
    ["Speaking at a summit of a Moscow-led security bloc in Kazakhstan, Vladimir Putin said Russia could strike decision-making centres in Kyiv with the Oreshnik missile, which he claimed could not be intercepted."],
    "strikes", "strikes", 3, ORE, sec=["diplomacy"], a="Callum Frere"),
  E("2024-11-28 16:55", "Analysis: how much more can Ukraine's grid take?",
    ["Thursday's attack was the eleventh large strike on Ukraine's energy system this year, and engineers say repairs are taking longer each time because spare transformers are running out.",
     "Spreading generation across small gas turbines and solar plants makes the grid harder to knock out, but that work is years from completion."],
    "strikes", "strikes", 2, "analysis-ukraine-grid-resilience", a="Harriet Coombe", n="Theme piece (analysis with body): own story, importance 2; must not merge with the energy strike."),
  E("2024-11-28 18:20", "Putin threatens Kyiv 'decision-making centres' with Oreshnik",
    ["Speaking at a summit of a Moscow-led security bloc in Kazakhstan, Vladimir Putin said Russia could strike decision-making centres in Kyiv with the Oreshnik missile, which he claimed could not be intercepted."],
    "strikes", "strikes", 1, ORE, sec=["diplomacy"], a="Callum Frere", dup="4741-05", n="Near-verbatim repeat of 4741-05 -> importance 1."),
  E("2024-11-28 20:10", "Outages pass one million as repair crews work into the night",
    ["More than a million customers are without power in western and central Ukraine, the energy ministry said, as repair crews worked to reconnect hospitals and water plants first."],
    "strikes", "strikes", 3, ENG, a="Callum Frere"),
  ]))

SEEDS.append(dict(id="4742", name="4742_ashlock-worldrss", ext="xml", source="Ashlock Evening Wire", zone="America/New_York", render=r_rss, rfc="%z",
  title="Ashlock Evening Wire | World", url="https://ashlock-wire.example", path="world", lede="International headlines", build="Thu, 28 Nov 2024 14:31:55 -0500",
  slugs=["romania-court-orders-recount", "georgia-shelves-eu-talks", "putin-warns-kyiv-hypersonic", "thanksgiving-parade-winds", "russia-pounds-ukraine-grid", "australia-social-media-ban"],
  notes="Invented outlet. General world-news RSS 2.0 feed from the US east coast, newest first, pubDate with -0500 (EST). 4 of 6 items off-beat. Spelling 'Lvov'. No authors. " + D3,
  not_entries=["channel title, link, description and lastBuildDate", "<category> and <guid> values"],
  entries=[
  OFF("2024-11-28 14:20", "Romania's top court orders recount of presidential first round",
      ["Romania's Constitutional Court ordered a recount of all ballots cast in Sunday's first round of the presidential election, which a far-right outsider won."],
      "romania-election-recount", n="Romanian election.", cat="Europe"),
  OFF("2024-11-28 12:30", "Georgia shelves EU membership talks until 2028",
      ["Georgia's prime minister said his government would not pursue accession talks with the European Union until the end of 2028, a sharp turn that set off protests in Tbilisi."],
      "georgia-eu-talks-suspended", n="Georgian politics (not the war).", cat="Europe"),
  E("2024-11-28 11:05", "Putin warns Kyiv could be hit by hypersonic missile",
    ["Russian President Vladimir Putin said Thursday that his military could use its new intermediate-range missile against government buildings in Kyiv, raising the stakes after a week of escalating threats."],
    "strikes", "strikes", 3, ORE, sec=["diplomacy"], cat="Europe"),
  OFF("2024-11-28 08:40", "Winds may ground giant balloons at Thanksgiving parade",
      ["Organizers of the Thanksgiving Day parade in Manhattan said they were watching gusty winds and rain that could keep the largest character balloons low or out of the sky."],
      "thanksgiving-parade-weather", n="US holiday.", cat="US"),
  E("2024-11-28 05:50", "Russia pounds Ukrainian power grid; over a million lose electricity",
    ["Russian missiles and drones struck power plants and substations across Ukraine early Thursday, leaving more than a million customers without electricity, many of them in the western region around Lvov, officials said."],
    "strikes", "strikes", 3, ENG, cat="Europe"),
  OFF("2024-11-28 03:15", "Australia passes social media ban for children under 16",
      ["Australia's parliament passed a law barring children under 16 from social media platforms, with fines of up to 50 million Australian dollars for companies that fail to comply."],
      "australia-social-media-ban", n="Australian law.", cat="Asia-Pacific"),
  ]))

SEEDS.append(dict(id="4743", name="4743_pewsham-article", ext="txt", source="Pewsham Gazette", zone="Europe/Warsaw", render=r_article,
  title="Russia's strikes leave western Ukraine in the dark", byline="Zofia Kędzierska", dateline="28.11.2024, 18:30 CET",
  crumb="World / Eastern Europe", lede="Poland's neighbour spent Thursday in emergency blackouts after another Russian attack on its power system.", more="How Poland protects its airspace during Russian strikes",
  notes="Invented outlet. Text article with three section headings; one entry per section (headline = heading), stamp null, published = the dateline '28.11.2024, 18:30 CET' (UTC+1) for every section; page byline as author. Spelling 'Lviv (Lwów)'. " + D3,
  not_entries=["outlet name and breadcrumb", "title line", "byline and dateline lines", "lede paragraph", "share row", "'Read next: ...' link", "copyright line"],
  entries=[
  E("2024-11-28 18:30", "Blackouts from Lviv to Rivne",
    ["Cities across western Ukraine, including Lviv (Lwów), Lutsk and Rivne, lost power on Thursday after Russian missiles hit substations and power plants, regional authorities said.",
     "In Lviv trams stopped running and schools moved lessons online."],
    "strikes", "strikes", 3, ENG, a="Zofia Kędzierska"),
  E("2024-11-28 18:30", "Kremlin: no contacts with Trump's team on Ukraine",
    ["Kremlin spokesman Dmitry Peskov said Moscow had not been in touch with Donald Trump's transition team about Ukraine and would not comment on reports of peace plans being drafted in Washington."],
    "diplomacy", "diplomacy", 2, "kremlin-no-contact-trump-team-2024-11-28", a="Zofia Kędzierska"),
  E("2024-11-28 18:30", "Polish convoy takes generators to Ukraine",
    ["A convoy of trucks carrying more than 100 power generators left Rzeszów for Ukraine on Thursday, paid for by the Polish government and local authorities.",
     "The generators are meant for hospitals and schools in the Lviv and Volyn regions."],
    "aid", "aid", 2, "poland-generators-convoy-2024-11-28", a="Zofia Kędzierska", n="Aid delivery prompted by the blackouts: its own story, not the strike."),
  ]))


# ============================================================ emit
BASIS = {
  "r_malta": "stamp '{s}' (weekday, full date, 24 h) in the byline line; Malta time implied by the outlet, CEST = UTC+2; the 'Last update: about N hours ago' part is ignored",
  "r_vijesti": "date line '{s}' (dd.mm.yyyy. HH:MM) above the headline; Montenegro time implied by the outlet, CEST = UTC+2",
  "r_mia": "pubDate '{s}' (explicit +0100)",
  "r_adn": "stamp line '{s}' after the headline (dd.mm.yyyy | HH:MM); Albania time implied by the outlet, CEST = UTC+2",
  "r_tengri": "relative stamp '{s}' resolved against the capture day {pa} (parse_args; 'Yesterday' = the day before); Kazakhstan time implied by the outlet, Asia/Almaty = UTC+5 since March 2024",
  "r_borneo": "pubDate '{s}' (explicit +0000); Brunei local time {l}",
  "r_islands": "no per-section time; the article's <time datetime>, article:published_time and JSON-LD datePublished {iso} (Fiji, UTC+12) used for every section; visible date only 'September 6, 2024'",
  "r_nepali": "stamp '{s}'; date from the article's date line ({d}); Nepal time implied by the outlet, UTC+05:45",
  "r_frontier": "visible date '{s}' plus the time in its <time datetime='{iso}'> attribute (Myanmar, UTC+06:30)",
  "r_bworld": "stamp '{s}' in <time datetime='{iso}'> after the headline; Philippine time, UTC+8",
  "r_wray": "stamp '{s}' after the body, on the page's date line (Saturday 25 May 2024); UK outlet, BST = UTC+1",
  "r_sallow": "stamp '{s}' on the page's date ({d}); CEST = UTC+2; JSON-LD update datePublished agrees",
  "r_rss": "pubDate '{s}' (explicit zone)",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_brant": "visible '{s}' (UK local, BST = UTC+1) with <time datetime='{utc}'> on the page's date line ({d})",
  "r_article": "no per-section time; the article dateline ({d}, {z}) used for every section",
  "r_thwaite": "stamp '{s}' under the date line 'Sunday 26 May' (no year; parse_args --date 2024-05-26); Kyiv EEST = UTC+3",
  "r_marraby": "stamp '{s}' under the date line 'Thursday, November 28' (no year; parse_args --date 2024-11-28); EET = UTC+2",
  "r_dunholt": "visible stamp '{s}' on the page's date ({d}); GMT = UTC; the JSON-LD update datePublished is the page's, not the block's, and is ignored",
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
            basis = BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), z=S["zone"], iso=d.isoformat(), l=d.strftime("%Y-%m-%d %H:%M"),
                                        utc=u.strftime("%Y-%m-%dT%H:%M:%SZ"), pa=(S.get("parse_args") or ["", ""])[1])
            fs = first_sentence(e["p"][0]) if e["p"] else None
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": basis, "author": e["a"], "first_sentence": fs, "body_paragraphs": len(e["p"]),
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

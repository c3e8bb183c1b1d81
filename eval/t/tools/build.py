#!/usr/bin/env python3
"""Builds eval/t seeds and gold files from the hand-written table below.
All news text is invented or paraphrased in the tester's own words; Part B outlets are invented.
Deterministic. Run from the project root: python3 eval/t/tools/build.py"""
import json, html, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None, **extra):
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n, **extra)


def OFF(t, h, p, st, a=None, n="", **extra):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **extra)


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par)
    return par[:m.end()] if m else par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:70]


def ampm_compact(d, sep="."):
    """2.35pm / 10.05am"""
    return f"{d.hour % 12 or 12}{sep}{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"


def paras_txt(ps, blank=True):
    out = []
    for p in ps:
        out += [p, ""] if blank else [p]
    return out


def ld_escape(s):
    """JSON-LD strings as some CMSs print them: apostrophes and ampersands as HTML entities."""
    return s.replace("&", "&amp;").replace("'", "&#039;").replace('"', "&quot;")


# =============================================================== PART A renderers

def r_espreso(S):  # Espreso TV English news feed scrape: date line without year, time on its own line BEFORE headline
    z = S["zone"]
    L = ["Espreso", "UA | EN", "",
         "This website uses cookies to work properly. By continuing to browse you agree to their use. Got it", "",
         "News   War   Politics   Economy   Society   World   Culture   Espreso TV online", "Search", "",
         S["title"], "", S["lede"], "", "News feed", "", S["dateline"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M"); stamps.append(st)
        L += [st, e["h"]] + paras_txt(e["p"], blank=False)
        if e.get("more"):
            L += ["Read more: " + e["more"]]
        L += ["Share:  Facebook  Telegram  X", ""]
        if i == 3:
            L += ["Advertising", "", "Subscribe to our Telegram channel so you don't miss the main news", ""]
    L += ["Show more news", "", "About us   Advertising   Contacts   Privacy policy",
          "All rights reserved. Any use of materials requires a hyperlink to Espreso. © 2022"]
    return "\n".join(L) + "\n", stamps


def r_armyinform(S):  # ArmyInform English news listing, HTML; "08 February 2024 20:15" stamps, per-item author
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">',
           f"<title>{esc(S['title'])} – ArmyInform</title>",
           '<meta property="og:site_name" content="ArmyInform"></head><body class="archive category">',
           '<header class="site-header"><a class="logo" href="https://armyinform.com.ua/en/">ARMYINFORM</a>'
           '<nav class="main-menu"><a href="/en/news/">News</a> <a href="/en/frontline/">At the front</a> <a href="/en/weapons/">Weapons</a> '
           '<a href="/en/society/">Society</a> <a href="/en/video/">Video</a> <a href="/en/photo/">Photo</a></nav>'
           '<div class="lang-switch"><a href="/">UA</a> <span>EN</span></div></header>',
           '<div class="breadcrumbs"><a href="/en/">Home</a> » <span>News</span></div>',
           f'<main class="content"><h1 class="page-title">{esc(S["title"])}</h1>', '<div class="news-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day:02d} {MONTHS[d.month-1]} {d.year} {d.strftime('%H:%M')}"; stamps.append(st)
        out.append(f'<article class="news-item" id="post-{S["id"]}{i+1:02d}">')
        out.append(f'<div class="news-item__meta"><span class="news-item__date">{st}</span>'
                   f'<span class="news-item__author">Author: {esc(e["a"])}</span></div>')
        out.append(f'<h3 class="news-item__title"><a href="https://armyinform.com.ua/en/{d.strftime("%Y/%m/%d")}/{slug(e["h"])}/">{esc(e["h"])}</a></h3>')
        out.append('<div class="news-item__text">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "</div>")
        out.append('<div class="share">Share: <a href="#">Facebook</a> <a href="#">Telegram</a> <a href="#">X</a></div></article>')
        if i == 2:
            out.append('<div class="subscribe-box"><p>Subscribe to ArmyInform on Telegram: verified news from the Ministry of Defence</p><a href="#">Subscribe</a></div>')
    out += ["</div>", '<div class="pagination"><a href="?page=2">Next page »</a></div></main>',
            '<aside class="sidebar"><h4>Most read</h4><ul><li><a href="#">How to join an assault brigade: a step-by-step guide</a></li>'
            '<li><a href="#">Photo report: a day with air-defence gunners in the Kyiv region</a></li></ul></aside>',
            '<footer class="site-footer"><p>ArmyInform — information agency of the Ministry of Defence of Ukraine</p>'
            '<p>© 2024 ArmyInform. When quoting, a hyperlink to armyinform.com.ua is required.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_znua(S):  # ZN.ua English news feed scrape: date header, headline then time on its own line AFTER it, tags
    z = S["zone"]
    L = ["ZN.UA", "Dzerkalo Tyzhnia | Mirror Weekly", "UKR   ENG", "",
         "Politics   Economics   War   Society   World   Culture   Opinions   Archive", "Subscribe", "", S["title"], "", S["dateline"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M"); stamps.append(st)
        L += [e["h"], st, ""] + paras_txt(e["p"])
        L += ["Tags: " + e["tags"], ""]
        if i == 2:
            L += ["POPULAR", "Why the grain corridor talks keep stalling", "The fuel market after the Kremenchuk refinery strikes", ""]
    L += ["Load more news", "", "Copyright ZN.UA © 1994–2022. All rights reserved.",
          "Use of materials is allowed only with a direct hyperlink to zn.ua"]
    return "\n".join(L) + "\n", stamps


def r_almonitor(S):  # Al-Monitor RSS 1.0 (RDF) feed, dc:date with -04:00 offset, entity-escaped HTML descriptions
    z = S["zone"]
    urls = [f"https://www.al-monitor.com/originals/{dt(e['t'], z).strftime('%Y/%m')}/{slug(e['h'])}" for e in S["entries"]]
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/">',
           '<channel rdf:about="https://www.al-monitor.com/rss">', f"<title>{esc(S['title'])}</title>",
           "<link>https://www.al-monitor.com</link>", "<description>Independent, trusted coverage of the Middle East</description>",
           "<items>", "<rdf:Seq>"] + [f'<rdf:li rdf:resource="{u}"/>' for u in urls] + ["</rdf:Seq>", "</items>", "</channel>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        desc = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        out += [f'<item rdf:about="{urls[i]}">', f"<title>{esc(e['h'])}</title>", f"<link>{urls[i]}</link>",
                f"<description>{esc(desc)}</description>", f"<dc:creator>{esc(e['a'])}</dc:creator>",
                f"<dc:date>{st}</dc:date>", f"<dc:subject>{esc(e['subj'])}</dc:subject>", "</item>"]
    out.append("</rdf:RDF>")
    return "\n".join(out) + "\n", stamps


def r_skyau(S):  # Sky News Australia world listing scrape: relative stamps against a printed "Updated" line, one absolute stamp
    z = S["zone"]; ref = dt(S["ref"], z)
    L = ["Sky News Australia", "Watch Live   Sky News   Politics   Business   World   Opinion   Lifestyle   Weather   Sign in", "",
         "We use cookies to personalise content and ads. Manage preferences   Accept", "", S["title"], "",
         f"Updated {ampm_compact(ref, ':')} AEST, {DAYS_EN[ref.weekday()]} {ref.day} {MONTHS[ref.month-1]} {ref.year}", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if e.get("absolute"):
            st = f"{MONTHS[d.month-1]} {d.day}, {d.year} - {d.hour % 12 or 12}:{d.minute:02d}{'AM' if d.hour < 12 else 'PM'}"
        else:
            mins = int((ref - d).total_seconds() // 60)
            assert mins < 60 or mins % 60 == 0, (e["h"], mins)
            st = f"{mins} minutes ago" if mins < 60 else (f"{mins // 60} hours ago" if mins >= 120 else "1 hour ago")
        stamps.append(st)
        L += [e["h"]] + paras_txt(e["p"], blank=False)
        L += ([e["a"]] if e["a"] else []) + [st, ""]
        if i == 2:
            L += ["Advertisement", "", "Sky News Australia Newsletter", "Get the latest headlines delivered to your inbox", "Sign up", ""]
    L += ["Load more", "", "Sky News Australia is a multi-platform business delivering the latest breaking news. © 2024 Australian News Channel Pty Ltd",
          "Terms of Use   Privacy Policy   Contact Us"]
    return "\n".join(L) + "\n", stamps


def r_abcau(S):  # ABC News (Australia) live blog HTML: Key events list, "2:35pm" stamps, midnight crossing, LiveBlogPosting JSON-LD
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#live-post-{i+1}", "headline": ld_escape(e["h"]),
             "datePublished": d.isoformat(), "articleBody": ld_escape(" ".join(e["p"]))}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": ld_escape(S["title"]),
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "Organization", "name": "ABC News"}, "liveBlogUpdate": ups}

    def hm(d):
        return f"{d.hour % 12 or 12}:{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"
    out = ['<!DOCTYPE html>', '<html lang="en-AU"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - ABC News</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header><a href="/news">ABC NEWS</a> <nav><a href="/news/justin">Just In</a> <a href="/news/world">World</a> '
           '<a href="/news/politics">Politics</a> <a href="/news/business">Business</a> <a href="/news/analysis">Analysis</a> '
           '<a href="/news/sport">Sport</a></nav> <a href="/news/watch">Watch live</a></header>',
           f'<main><h1>{esc(S["title"])}</h1>',
           f'<p class="timestamps">Posted {S["posted"]}, updated {S["updated"]}</p>',
           '<div class="live-label">Live updates</div>',
           '<aside class="key-events"><h2>Key events</h2><ul>' +
           "".join(f'<li><a href="#live-post-{i+1}">{esc(e["h"])}</a></li>' for i, e in enumerate(S["entries"]) if e["kp"]) + "</ul></aside>",
           '<div class="live-posts">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = hm(d); stamps.append(st)
        u = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        out.append(f'<article class="live-post" id="live-post-{i+1}"><div class="post-meta"><time datetime="{u}">{st}</time></div>')
        if e["kp"]:
            out.append('<span class="key-event-label">Key Event</span>')
        out.append(f"<h2>{esc(e['h'])}</h2>")
        if e["a"]:
            out.append(f'<p class="byline">By {esc(e["a"])}</p>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        if not e["p"]:
            out.append('<div class="video-embed" data-duration="0:46">Video player: press play to watch</div>')
        out.append('<div class="share-post">Share this post</div></article>')
        if i == 3:
            out.append('<div class="promo">Get all the latest news from the ABC NEWS app. Download now</div>')
    out += ["</div>", '<nav class="pagination"><a href="?page=2">Show more</a> <a href="#top">Back to top</a></nav></main>',
            '<footer><p>ABC acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, learn and work.</p>'
            '<p>© 2022 ABC</p><p>Terms of Use | Privacy Policy | Accessibility</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_irishnews(S):  # The Irish News round-up article scrape: one bullet = one entry, no per-bullet time (article dateline)
    z = S["zone"]; d = dt(S["published"], z)
    dl = f"{d.day:02d} {MONTHS[d.month-1]}, {d.year} {d.strftime('%H:%M')}"
    L = ["The Irish News", "Subscribe   Sign in", "",
         "News   Sport   Business   Opinion   Life   Digital Edition   Jobs   Death notices", "",
         "We use cookies to give you the best experience on our website. Accept all cookies   Cookie settings", "",
         "World news", "", S["title"], "", S["author"], dl, "", "Facebook   Twitter   WhatsApp   Email", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        stamps.append(None)
        assert len(e["p"]) == 1
        L += ["• " + e["p"][0], ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Read more", "", "Stormont stalemate: parties return for fresh talks", "Heatwave warning issued as temperatures set to climb", "",
          "Sign up to our newsletter", "The day's top stories sent to your inbox every morning.", "Sign up", "",
          "© Copyright The Irish News Limited 2022. All rights reserved.", "Terms and Conditions   Privacy Policy   Contact Us"]
    return "\n".join(L) + "\n", stamps


def r_hungarytoday(S):  # Hungary Today WordPress RSS 2.0: +0000 pubDates, &#8217; in titles, excerpt + content:encoded with footer
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"',
           '\txmlns:content="http://purl.org/rss/1.0/modules/content/"', '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"',
           '\txmlns:dc="http://purl.org/dc/elements/1.1/"', '\txmlns:atom="http://www.w3.org/2005/Atom"',
           '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"', '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"', "\t>", "", "<channel>",
           f"\t<title>{esc(S['title'])}</title>", '\t<atom:link href="https://hungarytoday.hu/feed/" rel="self" type="application/rss+xml" />',
           "\t<link>https://hungarytoday.hu</link>", "\t<description>Hungarian news in English</description>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z).astimezone(UTC); st = d.strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        if i == 0:
            out += [f"\t<lastBuildDate>{st}</lastBuildDate>", "\t<language>en-US</language>",
                    "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>", "\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>",
                    "\t<generator>https://wordpress.org/?v=6.4.3</generator>"]
        title = esc(e["h"]).replace("\u2019", "&#8217;")
        link = f"https://hungarytoday.hu/{slug(e['h'])}/"
        body = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        excerpt = esc(e["p"][0][:120].rsplit(" ", 1)[0]) + " &#8230;"
        out += ["\t<item>", f"\t\t<title>{title}</title>", f"\t\t<link>{link}</link>", f"\t\t<dc:creator><![CDATA[{e['a']}]]></dc:creator>",
                f"\t\t<pubDate>{st}</pubDate>", f"\t\t<category><![CDATA[{e['cat']}]]></category>",
                f'\t\t<guid isPermaLink="false">https://hungarytoday.hu/?p={S["id"]}{i+1:03d}</guid>',
                f"\t\t<description><![CDATA[<p>{excerpt}</p>\n<p>The post <a href=\"{link}\">{title}</a> appeared first on <a href=\"https://hungarytoday.hu\">Hungary Today</a>.</p>]]></description>",
                f"\t\t<content:encoded><![CDATA[{body}\n<p>The post <a href=\"{link}\">{title}</a> appeared first on <a href=\"https://hungarytoday.hu\">Hungary Today</a>.</p>]]></content:encoded>",
                "\t</item>"]
    out += ["\t</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_nova(S):  # Agenzia Nova English section listing, HTML, "16/06/2022 - 19:20" stamps, no authors
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Agenzia Nova</title></head><body>",
           '<div class="topbar">Agenzia Nova <span class="edition">English edition</span> <a href="/">IT</a> <a href="/en/">EN</a></div>',
           '<nav class="menu"><a href="/en/italy/">Italy</a> <a href="/en/europe/">Europe</a> <a href="/en/mediterranean/">Mediterranean</a> '
           '<a href="/en/middle-east/">Middle East</a> <a href="/en/africa/">Africa</a> <a href="/en/asia/">Asia</a> <a href="/en/americas/">Americas</a> '
           '<a href="/en/ukraine/">Ukraine crisis</a></nav>',
           f'<main><h1 class="section-title">{esc(S["title"])}</h1>', '<div class="list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%d/%m/%Y - %H:%M"); stamps.append(st)
        out.append('<div class="article-card">')
        out.append(f'<div class="article-card__top"><span class="article-card__cat">{esc(e["cat"])}</span> <span class="article-card__date">{st}</span></div>')
        out.append(f'<h2 class="article-card__title"><a href="/en/{slug(e["h"])}/">{esc(e["h"])}</a></h2>')
        for p in e["p"]:
            out.append(f'<p class="article-card__abstract">{esc(p)}</p>')
        out.append("</div>")
        if i == 3:
            out.append('<div class="banner-newsletter"><b>Nova newsletter</b> Every morning the news that matters from Italy and the Mediterranean. <a href="#">Sign up</a></div>')
    out += ["</div></main>",
            '<aside class="most-read"><h3>Most read</h3><ol><li><a href="#">Libya: oil output back above one million barrels</a></li>'
            '<li><a href="#">Tunisia: the draft constitution explained</a></li></ol></aside>',
            "<footer>Agenzia Nova – press agency registered with the Court of Rome. Reproduction reserved. VAT no. 00000000000</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_expats(S):  # Expats.cz tag page HTML, ItemList JSON-LD of NewsArticle with &#039; entities, "05.04.2022 - 18:45" stamps
    z = S["zone"]
    items = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        items.append({"@type": "ListItem", "position": i + 1, "item": {"@type": "NewsArticle", "headline": ld_escape(e["h"]),
                      "datePublished": d.isoformat(), "url": f"https://www.expats.cz/czech-news/article/{slug(e['h'])}",
                      "author": {"@type": "Person", "name": e["a"]}}})
    ld = {"@context": "https://schema.org", "@type": "CollectionPage", "name": S["title"],
          "mainEntity": {"@type": "ItemList", "itemListElement": items}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Expats.cz</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header class="header"><a class="logo" href="/">Expats.cz</a><nav><a href="/czech-news">News</a> <a href="/praguerealestate">Real Estate</a> '
           '<a href="/jobs">Jobs</a> <a href="/directory">Directory</a> <a href="/events">Events</a> <a href="/forum">Forum</a></nav></header>',
           '<div class="cookie-bar">We use cookies to analyse traffic and personalise ads. <button>I agree</button> <button>Settings</button></div>',
           f'<main class="tag-page"><h1>{esc(S["title"])}</h1>', f'<p class="tag-desc">{esc(S["lede"])}</p>', '<div class="articles">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%d.%m.%Y - %H:%M"); stamps.append(st)
        out.append('<div class="article-item">')
        out.append(f'<h2><a href="/czech-news/article/{slug(e["h"])}">{esc(e["h"]).replace(chr(39), "&#039;")}</a></h2>')
        out.append(f'<div class="article-item__meta"><span class="author">{esc(e["a"])}</span><span class="date">{st}</span></div>')
        for p in e["p"]:
            out.append(f'<p class="perex">{esc(p)}</p>')
        if not e["p"]:
            out.append('<span class="video-badge">VIDEO</span>')
        out.append("</div>")
        if i == 2:
            out.append('<div class="ad">ADVERTISEMENT</div><div class="newsletter">Get the Expats.cz newsletter: Prague news in English every weekday. <a href="#">Subscribe</a></div>')
    out += ["</div>", '<div class="load-more"><a href="?page=2">More articles</a></div></main>',
            '<aside><h3>Popular this week</h3><ul><li><a href="#">Where to find the best svíčková in Prague</a></li>'
            '<li><a href="#">Czech tax returns: deadline reminder for foreigners</a></li></ul></aside>',
            "<footer>© 2022 Expats.cz – Prague's leading English-language portal. All rights reserved.</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


# =============================================================== PART B renderers (invented outlets)

def r_kittiwake(S):  # text live blog, newest first, "2.35pm" stamps (BST), Key Points block, "Reporting by" after body
    z = S["zone"]
    L = ["KITTIWAKE LIVE", "Home | UK | World | Ukraine | Money | Sport | Weather", "", S["title"], "", S["dateline"], "",
         "Key Points"] + [e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm_compact(d); stamps.append(st)
        L += [st, e["h"]] + paras_txt(e["p"], blank=False)
        if e["a"]:
            L += ["Reporting by " + e["a"]]
        L += ["Share this post", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["That's all from us today. Our live coverage will resume tomorrow morning.", "",
          "Kittiwake Live · About · Corrections · Privacy · © 2024"]
    return "\n".join(L) + "\n", stamps


def r_tallowmere(S):  # HTML live blog, Kyiv time, date divider, <time datetime> + LiveBlogPosting JSON-LD with per-update times
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{i+1}", "headline": ld_escape(e["h"]), "datePublished": d.isoformat(),
             "articleBody": ld_escape(" ".join(e["p"]))}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": ld_escape(S["title"]),
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "Organization", "name": "Tallowmere Journal"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Tallowmere Journal</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header class="tj-head"><a href="/" class="tj-logo">Tallowmere Journal</a><nav><a href="/ukraine">Ukraine</a> <a href="/europe">Europe</a> '
           '<a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/support">Support us</a></nav></header>',
           f'<main><span class="tj-live">LIVE</span><h1>{esc(S["title"])}</h1>', f'<p class="tj-standfirst">{esc(S["lede"])}</p>',
           '<p class="tj-tz">All times are Kyiv time (EEST).</p>', '<section class="tj-feed">']
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); lab = f"{d.day} {MONTHS[d.month-1]} {d.year}"
        if lab != cur:
            cur = lab; out.append(f'<h3 class="tj-date">{lab}</h3>')
        st = d.strftime("%H:%M"); stamps.append(st)
        out.append(f'<article class="tj-update" id="update-{i+1}"><time datetime="{d.isoformat()}">{st}</time>')
        out.append(f"<h2>{esc(e['h'])}</h2>")
        if e["a"]:
            out.append(f'<p class="tj-by">By {esc(e["a"])}</p>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append('<div class="tj-share"><a href="#">Copy link</a> <a href="#">Share</a></div></article>')
        if i == 1:
            out.append('<aside class="tj-support">Independent journalism from Ukraine needs your help. <a href="/support">Become a member</a></aside>')
    out += ["</section>", '<div class="tj-related"><h4>Read also</h4><a href="#">Ukraine’s grid after two winters of attacks: a visual guide</a></div></main>',
            '<footer>© Tallowmere Journal 2024. All rights reserved.</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):  # general world RSS 2.0 feed; pubDate in the page zone's offset (GMT or +0100); CDATA paragraphs
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', "<channel>",
           f"<title>{esc(S['title'])}</title>", f"<link>{S['link']}</link>", f"<description>{esc(S['desc'])}</description>",
           "<language>en-gb</language>", "<ttl>15</ttl>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S GMT") if S.get("gmt") else d.strftime("%a, %d %b %Y %H:%M:%S %z")
        stamps.append(st)
        out += ["<item>", f"<title><![CDATA[{e['h']}]]></title>", f"<link>{S['link']}/{d.strftime('%Y%m%d')}-{slug(e['h'])}</link>",
                f'<guid isPermaLink="false">{S["id"]}-{i+1:02d}</guid>', f"<pubDate>{st}</pubDate>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out.append("<description><![CDATA[" + "".join(f"<p>{p}</p>" for p in e["p"]) + "]]></description>")
        out.append(f'<category>{esc(e.get("cat", "World"))}</category>')
        out.append("</item>")
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_textarticle(S):  # text article with section headings; one entry per section; stamp null; dateline "7.45pm BST"
    z = S["zone"]; d = dt(S["published"], z)
    L = [S["masthead"], S["menu"], "", S["title"], "", S["lede"], "", f"By {S['author']}", S["datetext"], "Share   Save   Comments", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        stamps.append(None)
        assert e["t"] == S["published"]
        L += [e["h"], ""] + paras_txt(e["p"])
        if i == 0 and S.get("caption"):
            L += [S["caption"], ""]
    L += ["More on this story"] + S["more"] + ["", S["footer"]]
    return "\n".join(L) + "\n", stamps


def r_iverholm(S):  # general world Atom feed, Z times, escaped HTML content, <author><name>
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           '<link href="https://iverholmtimes.example/world" rel="alternate"/>', '<link href="https://iverholmtimes.example/world/atom.xml" rel="self"/>',
           "<id>tag:iverholmtimes.example,2024:world</id>",
           f"<updated>{dt(S['entries'][0]['t'], z).astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        st = dt(e["t"], z).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="https://iverholmtimes.example/world/{slug(e["h"])}"/>',
                f"<id>tag:iverholmtimes.example,2024:{S['id']}{i+1:02d}</id>", f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        out.append(f'<category term="{e.get("cat", "world")}"/>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_skelwith(S):  # text live, OLDEST first, stamp line "0620 GMT" then headline, no bylines
    z = S["zone"]
    L = ["SKELWITH DAILY", "News | World | Ukraine | Analysis | Sport", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H%M") + " GMT"; stamps.append(st)
        L += [st, e["h"]] + paras_txt(e["p"], blank=False) + [""]
        if i == 3:
            L += ["Sponsored", "Find out how our readers support independent reporting", ""]
    L += ["This page is no longer being updated.", "Skelwith Daily © 2024 | Contact | Terms"]
    return "\n".join(L) + "\n", stamps


def r_wendlebury(S):  # HTML article with h2 sections and NewsArticle JSON-LD; US Eastern dateline
    z = S["zone"]; d = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": ld_escape(S["title"]), "datePublished": d.isoformat(),
          "dateModified": d.isoformat(), "author": [{"@type": "Person", "name": S["author"]}],
          "publisher": {"@type": "Organization", "name": "Wendlebury Courant"},
          "articleBody": ld_escape(" ".join(p for e in S["entries"] for p in e["p"]))}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Wendlebury Courant</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header><a href="/" class="brand">Wendlebury Courant</a> <nav><a href="/world">World</a> <a href="/politics">Politics</a> '
           '<a href="/national-security">National Security</a> <a href="/subscribe">Subscribe</a></nav></header>',
           f'<article><h1>{esc(S["title"])}</h1>', f'<p class="dek">{esc(S["lede"])}</p>',
           f'<div class="byline">By <a href="/staff/{slug(S["author"])}">{esc(S["author"])}</a></div>', f'<div class="dateline">{esc(S["datetext"])}</div>',
           f'<figure><img src="/img/{S["id"]}.jpg" alt=""><figcaption>{esc(S["caption"])}</figcaption></figure>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        stamps.append(None)
        out.append(f"<h2>{esc(e['h'])}</h2>")
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        if i == 0:
            out.append('<div class="inline-newsletter">Sign up for The Briefing, our free morning newsletter. <a href="#">Sign up</a></div>')
    out += ["</article>", '<aside class="more"><h3>More from World</h3><ul><li><a href="#">How the Senate could handle the aid bills</a></li></ul></aside>',
            '<footer>© 2024 Wendlebury Courant. All rights reserved.</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_lindow(S):  # text live, OLDEST first, headline then time on its own line AFTER it (Kyiv time), Key Points, "— NAME" sign-off
    z = S["zone"]
    L = ["Lindow Live", "Front page   Ukraine   Europe   World   Opinion", "", S["title"], S["dateline"], "",
         "Key Points"] + ["- " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Live feed (oldest first)", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M"); stamps.append(st)
        L += [e["h"], st] + paras_txt(e["p"], blank=False)
        if e["a"]:
            L += ["— " + e["a"]]
        L += [""]
        if i == 4:
            L += ["Advertisement", ""]
    L += ["The live feed has ended. Thank you for following.", "Lindow Live © 2022"]
    return "\n".join(L) + "\n", stamps


def r_stannary(S):  # HTML live, no JSON-LD, stamp "14:38 BST" above h3, "by NAME" under it, newest first
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} — Stannary Journal</title></head><body>",
           '<div class="masthead">Stannary Journal</div><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/uk">UK</a> <a href="/money">Money</a> <a href="/culture">Culture</a></nav>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>', f'<p class="page-date">{esc(S["dateline"])}</p>',
           '<ol class="live">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M") + " BST"; stamps.append(st)
        out.append(f'<li class="post"><p class="stamp">{st}</p><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="by">by {esc(e["a"])}</p>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        if not e["p"]:
            out.append('<div class="embed">[Video]</div>')
        out.append('<p class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></p></li>')
        if i == 2:
            out.append('<li class="promo">Advertisement</li>')
    out += ["</ol>", '<p class="more"><a href="#">Older posts</a></p></main>', '<footer>Stannary Journal © 2022 · Privacy · Cookies</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# =============================================================== PART A data
SEEDS = []

SEEDS.append(dict(id="2100", name="2100_espreso-feed", ext="txt", source="Espreso TV", zone="Europe/Kyiv", render=r_espreso,
  title="Massive Russian missile attack on Ukraine: news feed, 29 December",
  lede="Russia has launched another large-scale missile strike on Ukrainian cities. We follow the consequences across the regions.",
  dateline="29 December, Thursday", parse_args=["--date", "2022-12-29"],
  fmt="plain-text scrape; date line without year; time on its own line before the headline; 'Read more:' links inside entries",
  notes="Espreso TV English news feed (layout imitated), newest first. The date line '29 December, Thursday' names no year; the year appears only in the footer '© 2022' (29 Dec 2022 was a Thursday), hence parse_args --date 2022-12-29. Each post: bare 'HH:MM' line (Kyiv time, EET = UTC+2 in December, no zone printed), headline line, body lines, optional 'Read more:' related link (not body), 'Share:' line. Entries 01 and 03-07 all belong to the same nationwide barrage (same story); 02 (Belarus says it downed a Ukrainian S-300) is a separate event.",
  not_entries=["masthead 'Espreso', language switch, cookie line, menu, 'Search'", "page title and lede paragraph", "'News feed' label and date line",
               "'Read more:' related links inside entries 03 and 06", "'Share:' lines", "'Advertising' marker and Telegram promo", "'Show more news' and footer"],
  entries=[
  E("2022-12-29 21:35", "Zelensky: repair crews already at work in every affected region",
    ["In his evening video address, President Volodymyr Zelensky said energy workers had begun restoring supply in all regions hit during the day, with the hardest situation in the Lviv, Kyiv and Odesa regions.",
     "He thanked the air-defence units, saying most of the missiles had been stopped."],
    "strikes", "strikes", 3, "missile-barrage-2022-12-29", n="Reaction whose main content is the attack and its damage -> strikes, same story."),
  E("2022-12-29 18:10", "Belarus claims it downed a Ukrainian S-300 missile in the Brest region",
    ["The Belarusian defence ministry said its air defence intercepted a Ukrainian S-300 missile in the morning and that fragments fell on farmland in the Brest region.",
     "Ukraine's military said it would investigate, noting that such incidents can happen when Ukrainian air defence tries to stop Russian cruise missiles."],
    "strikes", "strikes", 2, "belarus-s300-debris-brest-2022-12-29",
    n="Claim about an interception -> strikes. A separate event from the barrage on Ukraine (own story)."),
  E("2022-12-29 15:25", "Air Force: 54 of 69 missiles shot down",
    ["Russia fired 69 cruise missiles from aircraft and ships during the morning wave, and Ukrainian air defence destroyed 54 of them, the Air Force command said.",
     "Eleven attack drones had also been downed overnight, it added."],
    "strikes", "strikes", 3, "missile-barrage-2022-12-29", more="Where the missiles were launched from: a map"),
  E("2022-12-29 13:40", "Odesa: energy facilities hit, emergency power cuts in the city",
    ["Russian missiles struck energy infrastructure in Odesa, the regional military administration said, and the city switched to emergency outage schedules.",
     "No casualties had been reported by early afternoon."],
    "strikes", "strikes", 3, "missile-barrage-2022-12-29"),
  E("2022-12-29 12:05", "Lviv: Sadovyi says 90% of the city is without electricity",
    ["Lviv mayor Andriy Sadovyi said about nine in ten households in the city had lost power after the strikes and that trams and trolleybuses had stopped.",
     "Water supply was also interrupted in several districts."],
    "strikes", "strikes", 3, "missile-barrage-2022-12-29"),
  E("2022-12-29 10:50", "Explosions in Kyiv; Klitschko reports three injured",
    ["Several explosions were heard in the capital, where mayor Vitali Klitschko said three people, among them a 14-year-old girl, had been hurt in the Darnytskyi district.",
     "Debris from a downed missile damaged a private house and an industrial building."],
    "strikes", "strikes", 3, "missile-barrage-2022-12-29", more="How to prepare for a long blackout: a checklist"),
  E("2022-12-29 08:20", "Air-raid alert across Ukraine as Russian bombers take off",
    ["Sirens sounded in every region of Ukraine in the morning after monitoring channels reported strategic bombers taking off from Russian airfields.",
     "Officials urged people to stay in shelters until the all-clear."],
    "strikes", "strikes", 2, "missile-barrage-2022-12-29", n="Early alert post of the same barrage: same story, secondary (judgement)."),
  ]))

SEEDS.append(dict(id="2101", name="2101_armyinform-news", ext="html", source="ArmyInform", zone="Europe/Kyiv", render=r_armyinform,
  title="Latest news",
  fmt="HTML news listing; '08 February 2024 20:15' stamps; per-item 'Author:' line",
  notes="ArmyInform English news listing (layout imitated), newest first. Each item: date+time span '08 February 2024 21:05' (Kyiv time, EET = UTC+2, no zone printed), 'Author: NAME' span (author = the name without the 'Author:' label), linked h3 headline, excerpt paragraphs, share row. Entry 02 is a reaction to the appointment in 01 (same story). Entry 06 is a feature (theme piece, own story).",
  not_entries=["header, menu and language switch", "breadcrumbs", "page heading 'Latest news'", "'Share:' rows", "Telegram subscribe box", "pagination link",
               "'Most read' sidebar links", "footer"],
  entries=[
  E("2024-02-08 21:05", "Oleksandr Syrskyi appointed Commander-in-Chief of the Armed Forces of Ukraine",
    ["President Volodymyr Zelensky has signed a decree appointing Colonel General Oleksandr Syrskyi, who until now commanded the Ground Forces, as the new Commander-in-Chief.",
     "Syrskyi replaces General Valerii Zaluzhnyi, who had led the army since July 2021.",
     "The President said the change was needed to renew the way the army is managed in 2024."],
    "other", "politics", 3, "syrskyi-appointed-commander-in-chief", a="Iryna Hlushko"),
  E("2024-02-08 19:45", "Defence Minister Umerov thanks Zaluzhnyi for his service",
    ["Defence Minister Rustem Umerov said he had met General Valerii Zaluzhnyi and thanked him for leading the army through two years of full-scale war.",
     "Umerov said a new team would now take over the command of the Armed Forces."],
    "other", "politics", 2, "syrskyi-appointed-commander-in-chief", a="Serhii Lazarenko",
    n="Reaction to the change of commander announced the same evening -> same story."),
  E("2024-02-08 16:30", "General Staff: heaviest fighting in the Avdiivka and Marinka sectors",
    ["Ukrainian units repelled dozens of Russian assaults along the front over the past day, with the heaviest pressure in the Avdiivka and Marinka sectors, the General Staff said in its afternoon update.",
     "Russian forces also dropped guided bombs on frontline settlements."],
    "other", "frontline", 2, "general-staff-update-2024-02-08", a="Mariia Teslenko"),
  E("2024-02-08 13:15", "Air defence destroys 15 of 17 attack drones overnight",
    ["Russia launched 17 Shahed-type drones at Ukraine overnight, and air-defence units destroyed 15 of them over the Mykolaiv, Odesa and Dnipropetrovsk regions, the Air Force said.",
     "Mobile fire groups took part in repelling the attack."],
    "strikes", "strikes", 2, "overnight-drones-2024-02-08", a="Mariia Teslenko"),
  E("2024-02-08 11:40", "Ministry of Defence codifies 20 more Ukrainian-made drones",
    ["The Ministry of Defence has approved 20 more domestically produced drones for use by the army, including reconnaissance and strike models.",
     "Codification allows units to order the systems through state procurement."],
    "other", "security", 2, "mod-codifies-drones-2024-02-08", a="Serhii Lazarenko",
    n="Defence-industry approval, not a transfer between states -> other/security (judgement)."),
  E("2024-02-08 09:20", "A night shift with the medics of a mechanised brigade",
    ["A combat medic with the call sign Lys describes how her team drives armoured ambulances towards the front near Avdiivka after dark to collect wounded soldiers.",
     "The crews now wait for enemy drones to leave the area before they move, she says.",
     "Her unit has evacuated more than 300 wounded since the autumn."],
    "other", "humanitarian", 2, "feature-brigade-medics-avdiivka", a="Iryna Hlushko", n="Feature (theme piece) with body: own story, importance 2."),
  ]))

SEEDS.append(dict(id="2102", name="2102_znua-feed", ext="txt", source="ZN.ua", zone="Europe/Kyiv", render=r_znua,
  title="War in Ukraine: latest news", dateline="30 June 2022",
  fmt="plain-text scrape; date header; headline line then the time on its own line AFTER it; tags line",
  notes="ZN.ua (Dzerkalo Tyzhnia) English news feed (layout imitated), newest first, under one date header '30 June 2022'. Each item: headline line, then a bare 'HH:MM' line (Kyiv time, EEST = UTC+3, no zone printed), body, 'Tags:' line. Entries 05 and 06 tell the same event (Russian forces leave Snake Island); 01 is an explainer about it (theme piece, own story). The 'POPULAR' block is navigation.",
  not_entries=["masthead, edition line, language switch, menu, 'Subscribe'", "page title", "date header", "'Tags:' lines", "'POPULAR' block and its two links", "'Load more news' and copyright lines"],
  entries=[
  E("2022-06-30 22:10", "Explained: what losing Snake Island means for Russia's grip on the Black Sea",
    ["Snake Island lies about 35 kilometres off the coast near the Danube delta, close to the shipping lanes that lead to Odesa and to Romania's ports.",
     "Holding it let Russia watch and threaten vessels heading for Ukrainian harbours; without it, analysts say, Russian ships near the western coast become easier targets."],
    "other", "frontline", 2, "explainer-snake-island-importance", tags="Snake Island, Black Sea, analysis",
    n="Explainer with body (theme piece): own story, importance 2."),
  E("2022-06-30 19:35", "Biden: US will announce another $800 million in weapons for Ukraine",
    ["Speaking at the close of the NATO summit in Madrid, President Joe Biden said Washington would announce a new $800 million weapons package for Ukraine in the coming days.",
     "He said it would include air-defence systems and counter-battery radars."],
    "aid", "aid", 3, "us-800m-package-2022-06-30", tags="USA, military aid"),
  E("2022-06-30 17:50", "Madrid summit ends: NATO allies pledge support for Ukraine 'for as long as it takes'",
    ["Allied leaders wrapped up the Madrid summit, where they adopted a new strategic concept that names Russia the most significant and direct threat to their security.",
     "Secretary General Jens Stoltenberg said support for Ukraine would continue for as long as it was needed."],
    "diplomacy", "diplomacy", 3, "nato-madrid-summit-2022", tags="NATO, Madrid"),
  E("2022-06-30 14:20", "Mykolaiv: search at damaged apartment block completed, seven dead",
    ["Rescuers have finished clearing the rubble of a five-storey residential building in Mykolaiv that was hit by a Russian missile on Wednesday, the State Emergency Service said.",
     "Seven people were killed and six injured."],
    "strikes", "strikes", 2, "mykolaiv-apartment-strike-2022-06-29", tags="Mykolaiv, shelling"),
  E("2022-06-30 11:05", "Moscow calls withdrawal from Snake Island a 'goodwill gesture'",
    ["The Russian Defence Ministry said its troops had left Snake Island to show that Russia was not blocking UN efforts to organise grain exports from Ukraine.",
     "Ukrainian officials dismissed the explanation, saying the garrison fled after heavy artillery and missile fire."],
    "other", "frontline", 3, "russia-leaves-snake-island", tags="Snake Island, Russia",
    n="Russia's version of the same withdrawal -> same story as 06."),
  E("2022-06-30 09:40", "Operational Command South: the enemy has left Snake Island after a night of strikes",
    ["Russian forces hurriedly evacuated what remained of their garrison from Snake Island on two speedboats after a night of Ukrainian missile and artillery fire, the Southern command said.",
     "The island is now on fire, the command added."],
    "other", "frontline", 3, "russia-leaves-snake-island", tags="Snake Island, Armed Forces of Ukraine",
    n="Territorial change -> other/frontline, secondary strikes.", sec=["strikes"]),
  E("2022-06-30 07:55", "Kharkiv: morning shelling damages homes, two injured",
    ["Russian troops shelled two districts of Kharkiv early in the morning, injuring two people and damaging private houses, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 2, "kharkiv-shelling-2022-06-30", tags="Kharkiv, shelling"),
  ]))

SEEDS.append(dict(id="2103", name="2103_almonitor-rdf", ext="xml", source="Al-Monitor", zone="America/New_York", render=r_almonitor,
  title="Al-Monitor: The Pulse of the Middle East",
  fmt="RSS 1.0 (RDF) feed; dc:date with -04:00; entity-escaped HTML descriptions; two items dated the previous local day",
  notes="Al-Monitor RSS 1.0 (RDF) feed (layout imitated). Items newest first with dc:date in US Eastern time (EDT, -04:00). The last two items carry a local date of 22 October (21:10 and 20:25 EDT), which is already 23 October in UTC, so the whole feed sits on UTC 2024-10-23. Descriptions are entity-escaped HTML. 3 of 7 items are Middle East news unrelated to the war (off-beat).",
  not_entries=["channel title, link and description", "rdf:Seq list of item links", "dc:subject values"],
  entries=[
  E("2024-10-23 17:30", "Erdogan tells Putin in Kazan that Turkey can host Russia-Ukraine talks",
    ["Turkish President Recep Tayyip Erdogan told Vladimir Putin on the sidelines of the BRICS summit in Kazan that Ankara was ready to host negotiations to end the war in Ukraine.",
     "The two leaders also discussed Gaza, Syria and gas cooperation, Erdogan's office said."],
    "diplomacy", "diplomacy", 3, "erdogan-putin-kazan-2024-10-23", a="Selin Karaca", subj="Turkey"),
  E("2024-10-23 14:05", "Analysis: How the UAE became the go-between for Russian-Ukrainian prisoner swaps",
    ["Abu Dhabi has quietly brokered a string of exchanges of prisoners of war between Moscow and Kyiv this year, building on ties it kept with both sides after the invasion.",
     "Diplomats say the Emiratis' access to the Kremlin and their economic links to Ukraine make them an unusually trusted channel."],
    "diplomacy", "diplomacy", 2, "analysis-uae-prisoner-mediation", a="Rami Haddad", subj="Gulf",
    n="Analysis with body (theme piece): own story, importance 2."),
  OFF("2024-10-23 10:20", "Gunmen attack Turkish Aerospace headquarters near Ankara",
    ["Attackers armed with rifles and explosives struck the headquarters of the state-owned defence company TUSAS outside Ankara, killing several people, Turkish officials said."],
    "tusas-attack-ankara", a="Selin Karaca", n="attack on a Turkish defence company, not about the Russia-Ukraine war.", subj="Turkey"),
  E("2024-10-23 08:15", "Pezeshkian and Putin meet in Kazan, vow to finish strategic pact",
    ["Iran's President Masoud Pezeshkian met Vladimir Putin at the BRICS summit and said the two countries would soon complete a long-planned comprehensive partnership treaty."],
    "diplomacy", "diplomacy", 2, "pezeshkian-putin-kazan-2024-10-23", a="Amir Tabrizi", subj="Iran"),
  OFF("2024-10-23 06:00", "Blinken meets Saudi crown prince in Riyadh on Gaza and Lebanon",
    ["US Secretary of State Antony Blinken held talks with Crown Prince Mohammed bin Salman on ending the wars in Gaza and Lebanon, on his eleventh trip to the region since October last year."],
    "blinken-riyadh-2024-10-23", a="Lena Morcos", n="Middle East diplomacy, not about the Russia-Ukraine war.", subj="Gulf"),
  E("2024-10-22 21:10", "Iran again denies supplying ballistic missiles to Russia",
    ["Iran's foreign ministry rejected Western reports that it had shipped short-range ballistic missiles to Russia for use in Ukraine, calling them baseless.",
     "Washington and European governments have imposed new sanctions on Iranian airlines over the alleged transfers."],
    "aid", "aid", 2, "iran-denies-missiles-to-russia", a="Amir Tabrizi", subj="Iran",
    n="Arms transfer to Russia (denial) -> aid. Printed local date is 22 Oct (EDT); UTC date is 23 Oct."),
  OFF("2024-10-22 20:25", "Israeli strikes pound Beirut's southern suburbs",
    ["Israeli warplanes carried out a series of strikes on Beirut's southern suburbs late on Tuesday after the army issued evacuation warnings for several buildings."],
    "israel-strikes-beirut-2024-10-22", a="Lena Morcos", n="Israel-Hezbollah war, not about the Russia-Ukraine war; shares the word 'strikes'.", subj="Lebanon"),
  ]))

SEEDS.append(dict(id="2104", name="2104_skynewsau-world", ext="txt", source="Sky News Australia", zone="Australia/Sydney", render=r_skyau,
  title="World News", ref="2024-06-17 00:50",
  fmt="plain-text scrape of a section listing; relative stamps ('3 hours ago') against a printed 'Updated 12:50am AEST, Monday 17 June 2024'; one absolute stamp",
  notes="Sky News Australia world section listing (layout imitated), newest first. Each card: headline, standfirst paragraph(s), byline line (or 'Sky News Australia'), then a relative stamp. Relative stamps are resolved against the printed 'Updated 12:50am AEST, Monday 17 June 2024' (AEST = UTC+10): the page's printed date is 17 June local, but every item falls on UTC 16 June. The oldest card has an absolute stamp 'June 16, 2024 - 10:43AM'. The 'WATCH:' card has no body (video teaser, importance 1). The Li Qiang visit is not about the war (off-beat).",
  not_entries=["masthead, menu, cookie line", "section title 'World News'", "'Updated ...' line", "byline lines", "'Advertisement' and newsletter box", "'Load more' and footer"],
  entries=[
  E("2024-06-17 00:15", "Peace summit backs Ukraine's territorial integrity but key nations refuse to sign",
    ["Most of the countries gathered at a Swiss mountain resort endorsed a closing statement supporting Ukraine's sovereignty and calling for the return of deported children.",
     "India, Saudi Arabia, South Africa and several other countries that attended did not put their names to the document."],
    "diplomacy", "diplomacy", 3, "burgenstock-peace-summit-communique", a="Daniel Whitcombe"),
  E("2024-06-16 21:50", "Bill Shorten flies the flag for Australia at Swiss summit",
    ["Cabinet minister Bill Shorten is representing Australia at the two-day gathering and told reporters Canberra would keep backing Ukraine for as long as the war lasted."],
    "diplomacy", "diplomacy", 2, "australia-shorten-at-peace-summit", a="Kirsty Malone"),
  E("2024-06-16 19:50", "WATCH: Zelensky hails 'first step' towards peace", [], "diplomacy", "diplomacy", 1,
    "burgenstock-peace-summit-communique", n="Video teaser without body -> importance 1."),
  E("2024-06-16 17:50", "Zelensky dismisses Putin's ceasefire terms as an ultimatum",
    ["Volodymyr Zelensky said the Kremlin's demand that Ukraine hand over four regions before any talks could start was an ultimatum that no sovereign country could accept."],
    "diplomacy", "diplomacy", 2, "zelensky-rejects-putin-terms", a="Daniel Whitcombe",
    n="Separate statement on Putin's terms: own story, not the summit communique."),
  OFF("2024-06-16 12:50", "Chinese Premier Li Qiang tours Adelaide on first full day of Australia visit",
    ["Li Qiang visited Adelaide Zoo, where two giant pandas live on loan from China, before meeting South Australian business leaders.",
     "He travels to Canberra on Monday for talks with Prime Minister Anthony Albanese."],
    "li-qiang-australia-visit", a="Kirsty Malone", n="Chinese premier's visit to Australia, not about the war."),
  E("2024-06-16 10:43", "Kremlin says a summit without Russia is pointless",
    ["Kremlin spokesman Dmitry Peskov said any peace talks that did not include Moscow could not produce results and that the Swiss meeting would be forgotten quickly."],
    "diplomacy", "diplomacy", 2, "kremlin-dismisses-peace-summit", a=None, absolute=True,
    n="Absolute stamp 'June 16, 2024 - 10:43AM' (AEST). Kremlin comment on the summit: own story (a separate statement, judgement)."),
  ]))

SEEDS.append(dict(id="2105", name="2105_abcau-live", ext="html", source="ABC News (Australia)", zone="Australia/Sydney", render=r_abcau,
  title="Russia launches invasion of Ukraine as Putin orders 'military operation' — as it happened",
  url="https://www.abc.net.au/news/2022-02-24/russia-ukraine-live-updates/100000000",
  posted="Thu 24 Feb 2022 at 2:00pm", updated="Fri 25 Feb 2022 at 9:20am",
  fmt="HTML live blog; 'Key events' list; '2:35pm' stamps; crosses local midnight; LiveBlogPosting JSON-LD with entity-escaped strings",
  notes="ABC News (Australia) live blog (layout imitated), newest first, Sydney time (AEDT = UTC+11 in February). Visible stamps are bare '2:05pm'-style times; the page header says 'Posted Thu 24 Feb 2022 at 2:00pm, updated Fri 25 Feb 2022 at 9:20am', so the posts from '12:40am' upwards are on Fri 25 Feb local (midnight crossing) - all posts are on UTC 24 Feb. Each <time> carries a UTC datetime attribute; the JSON-LD LiveBlogPosting repeats headline/datePublished per update with HTML entities (&#039;, &quot;) inside the JSON strings. The 'Key events' block (ABC's name for Key Points) lists four post headlines -> key_point true for those. Entry 06 is a video teaser without body.",
  not_entries=["header and menu", "page title", "'Posted ..., updated ...' line", "'Live updates' label", "'Key events' heading and its four links (they point to posts)",
               "'Key Event' labels on posts", "'By NAME' bylines", "'Share this post'", "video player placeholder", "ABC app promo", "pagination and footer"],
  entries=[
  E("2022-02-25 09:20", "Zelensky says 137 Ukrainians killed on the first day of the invasion",
    ["In a late-night video address, President Volodymyr Zelensky said 137 Ukrainians, soldiers and civilians, had been killed and 316 wounded since the invasion began.",
     "He said Ukraine had been left alone to defend itself."],
    "other", "frontline", 3, "ukraine-first-day-toll-2022-02-24", a="Ruby Ashcroft", sec=["strikes"]),
  E("2022-02-25 05:35", "Biden unveils sweeping sanctions, says Putin 'chose this war'",
    ["US President Joe Biden has announced sanctions on Russia's largest banks and curbs on high-tech exports, saying they would impose a severe cost on the Russian economy over time.",
     "He said American troops would not fight in Ukraine but would defend every inch of NATO territory."],
    "diplomacy", "diplomacy", 3, "biden-sanctions-2022-02-24", a="Liam Petrakis", kp=True),
  E("2022-02-25 03:10", "Ukraine says it has lost control of the Chornobyl site",
    ["Russian forces have taken the Chornobyl nuclear power plant after heavy fighting, an adviser to the Ukrainian president's office said.",
     "The plant's staff remain on site, Ukrainian officials said."],
    "other", "frontline", 3, "chornobyl-site-captured", a="Liam Petrakis", kp=True),
  E("2022-02-25 00:40", "Heavy fighting reported at airfield on Kyiv's outskirts",
    ["Russian troops landed by helicopter at Hostomel airfield, on the north-western edge of the capital, and Ukrainian forces were fighting to retake it, officials said."],
    "other", "frontline", 2, "hostomel-airfield-battle", a="Ruby Ashcroft", n="First post after local midnight: Fri 25 Feb AEDT, still 24 Feb UTC."),
  E("2022-02-24 20:15", "Morrison condemns 'unprovoked' attack, promises more sanctions",
    ["Prime Minister Scott Morrison told reporters in Sydney that Australia would extend its sanctions on Russian individuals and entities in the coming days.",
     "He also criticised Beijing for easing restrictions on Russian wheat imports."],
    "diplomacy", "diplomacy", 2, "morrison-condemns-invasion", a="Ruby Ashcroft"),
  E("2022-02-24 17:05", "Watch: Air-raid sirens wail over Kyiv", [], "strikes", "strikes", 1,
    "russian-strikes-ukrainian-cities-2022-02-24", a=None, n="Video teaser without body -> importance 1."),
  E("2022-02-24 15:10", "Zelensky declares martial law across Ukraine",
    ["President Volodymyr Zelensky has imposed martial law nationwide and asked citizens to stay at home where they can."],
    "other", "politics", 2, "ukraine-martial-law-2022-02-24", a="Liam Petrakis"),
  E("2022-02-24 14:30", "Explosions heard in Kyiv, Kharkiv and Odesa",
    ["Loud blasts were reported before dawn in several Ukrainian cities, including the capital, as Russia launched missile strikes on military targets.",
     "Ukraine's interior ministry said cruise and ballistic missiles had hit airfields and army headquarters."],
    "strikes", "strikes", 3, "russian-strikes-ukrainian-cities-2022-02-24", a="Liam Petrakis", kp=True),
  E("2022-02-24 14:05", "Putin announces 'special military operation' in Ukraine",
    ["In a televised address before dawn Moscow time, Vladimir Putin said he had authorised a military operation in Ukraine and warned other countries not to interfere."],
    "other", "frontline", 3, "putin-announces-invasion", a="Ruby Ashcroft", kp=True,
    n="Start of the invasion (ground war) -> other/frontline (judgement); the missile strikes are a separate post and story."),
  ]))

SEEDS.append(dict(id="2106", name="2106_irishnews-keyevents", ext="txt", source="The Irish News", zone="Europe/London", render=r_irishnews,
  title="Ukraine war: key events on day 167 of the Russian invasion", author="Aoife Mulgrew", published="2022-08-09 21:05",
  lede="Here are the main developments from Tuesday.",
  fmt="plain-text scrape of a round-up article; each bullet is one entry (no headline, no own time); byline then '09 August, 2022 21:05'",
  notes="The Irish News round-up article (layout imitated). Byline line 'Aoife Mulgrew' then dateline '09 August, 2022 21:05' (UK time, BST = UTC+1). The lede sentence is not an entry. Each '•' bullet is one entry: headline null, stamp null, published = the article's dateline, author = the page byline, body = the bullet text (one paragraph; the bullet sign is not part of first_sentence). Bullets 01 and 02 tell the same event (Saky air base blasts). Day 167: 24 Feb 2022 is day 1.",
  not_entries=["masthead, sign-in, menu, cookie line", "section label 'World news'", "title", "byline and dateline lines", "share line",
               "lede 'Here are the main developments from Tuesday.'", "'Advertisement'", "'Read more' block with two unrelated links", "newsletter box and footer"],
  entries=[
  E("2022-08-09 21:05", None,
    ["A series of explosions tore through the Saky military air base on the west coast of Crimea in the afternoon, sending smoke over nearby beaches. Russia's defence ministry said aviation ammunition had detonated and insisted there had been no attack."],
    "strikes", "strikes", 3, "saky-airbase-explosions", a="Aoife Mulgrew"),
  E("2022-08-09 21:05", None,
    ["One person was killed and several were hurt, the Russian-installed head of Crimea, Sergei Aksyonov, said, adding that homes near the base had been damaged."],
    "strikes", "strikes", 3, "saky-airbase-explosions", a="Aoife Mulgrew", n="Casualties of the same Saky blasts -> same story."),
  E("2022-08-09 21:05", None,
    ["The Pentagon set out details of a 1 billion dollar package for Ukraine announced the previous day, its biggest so far, including more rockets for HIMARS launchers and anti-armour weapons."],
    "aid", "aid", 3, "us-1bn-package-2022-08-08", a="Aoife Mulgrew"),
  E("2022-08-09 21:05", None,
    ["Russian rockets hit residential streets in Nikopol overnight, damaging dozens of homes and a gas pipeline, regional officials said."],
    "strikes", "strikes", 2, "nikopol-shelling-2022-08-09", a="Aoife Mulgrew"),
  E("2022-08-09 21:05", None,
    ["Estonia's prime minister Kaja Kallas and Finland's Sanna Marin urged fellow EU members to stop issuing tourist visas to Russians."],
    "diplomacy", "diplomacy", 2, "eu-tourist-visa-ban-calls", a="Aoife Mulgrew"),
  E("2022-08-09 21:05", None,
    ["Two more ships carrying Ukrainian grain and sunflower products left Chornomorsk under the UN-brokered export deal."],
    "other", "humanitarian", 2, "black-sea-grain-ships-2022-08-09", a="Aoife Mulgrew",
    n="Grain exports under the Black Sea deal -> other/humanitarian (judgement)."),
  E("2022-08-09 21:05", None,
    ["President Volodymyr Zelensky said in his nightly address that the war had begun with Crimea and must end with its liberation."],
    "diplomacy", "diplomacy", 2, "zelensky-crimea-liberation-remark", a="Aoife Mulgrew",
    n="Statement of war aims -> diplomacy (judgement); not part of the Saky story."),
  ]))

SEEDS.append(dict(id="2107", name="2107_hungarytoday-rss", ext="xml", source="Hungary Today", zone="Europe/Budapest", render=r_hungarytoday,
  title="Hungary Today",
  fmt="WordPress RSS 2.0; pubDate in +0000; &#8217; in titles; excerpt description and content:encoded with 'The post ... appeared first on' footer",
  notes="Hungary Today WordPress feed (layout imitated), newest first. pubDates are printed in +0000 (UTC) although the outlet is in Budapest (CET = UTC+1); published_local gives Budapest time. Titles use &#8217; for the apostrophe (decoded: U+2019). Each item has an excerpt <description> ending in '&#8230;' and a full <content:encoded>; both end with the WordPress line 'The post ... appeared first on Hungary Today.' (chrome, not body). Entry 01 (Swedish PM's thanks) is a reaction to 03 (same story). Entries 02 (presidential election) and 07 (weather) are not about the war (off-beat).",
  not_entries=["channel title, link, description, lastBuildDate, sy:update lines, generator", "<description> excerpts (repeat the first paragraph)",
               "'The post ... appeared first on Hungary Today.' lines", "category values"],
  entries=[
  E("2024-02-26 20:40", "Swedish PM Thanks Hungarian Lawmakers After Long-Awaited Vote",
    ["Swedish Prime Minister Ulf Kristersson said Sweden was ready to carry its share of responsibility for NATO's security after the Hungarian parliament approved its membership.",
     "He wrote on social media that it was a historic day."],
    "diplomacy", "diplomacy", 2, "hungary-ratifies-sweden-nato", a="Dóra Kiss", cat="Politics", n="Reaction to the ratification -> same story."),
  OFF("2024-02-26 18:25", "Tamás Sulyok Elected as Hungary\u2019s New Head of State",
    ["Parliament elected Tamás Sulyok, until now president of the Constitutional Court, as president of the republic.",
     "He succeeds Katalin Novák, who resigned earlier this month."],
    "sulyok-elected-president", a="Hungary Today", cat="Politics", n="Hungarian domestic politics, not about the war."),
  E("2024-02-26 16:10", "Hungarian Parliament Ratifies Sweden\u2019s NATO Accession",
    ["After months of delay, the National Assembly voted 188 to 6 to approve Sweden's accession to NATO, removing the last obstacle to the Nordic country joining the alliance.",
     "Sweden applied to join in May 2022, after Russia's full-scale invasion of Ukraine."],
    "diplomacy", "diplomacy", 3, "hungary-ratifies-sweden-nato", a="Tamás Fekete", cat="Politics"),
  E("2024-02-26 13:35", "Hungary to Buy Four More Gripen Fighter Jets",
    ["Under an agreement sealed during the Swedish prime minister's visit to Budapest last week, Hungary will acquire four additional JAS 39 Gripen fighters, bringing its fleet to 18."],
    "other", "security", 2, "hungary-gripen-purchase", a="Tamás Fekete", cat="Politics", n="Procurement by a non-party -> other/security."),
  E("2024-02-26 11:05", "Szijjártó: Hungary Will Not Send Weapons to Ukraine",
    ["Foreign Minister Péter Szijjártó repeated that Hungary would not deliver arms to Ukraine and would not let joint EU funds be spent on weapons against its will."],
    "aid", "aid", 2, "szijjarto-no-weapons-for-ukraine", a="Dóra Kiss", cat="Foreign Affairs"),
  E("2024-02-26 09:20", "Ukrainian Pupils Make Up a Growing Share of Budapest Classrooms",
    ["Several thousand children who fled the war in Ukraine are now enrolled in Hungarian schools, most of them in Budapest and in the counties along the Ukrainian border, the education ministry said."],
    "other", "humanitarian", 2, "ukrainian-pupils-hungary", a="Hungary Today", cat="Society"),
  OFF("2024-02-26 07:30", "Record-Warm February Brings Spring Temperatures to Budapest",
    ["Temperatures climbed above 18 degrees Celsius in the capital on Sunday, breaking the daily record, and forecasters expect the mild spell to last all week."],
    "budapest-warm-february", a="Hungary Today", cat="Society", n="weather."),
  ]))

SEEDS.append(dict(id="2108", name="2108_agenzianova-ukraine", ext="html", source="Agenzia Nova", zone="Europe/Rome", render=r_nova,
  title="Ukraine crisis",
  fmt="HTML section listing; '16/06/2022 - 19:20' stamps; no authors",
  notes="Agenzia Nova English section listing (layout imitated), newest first. Each card: category label, stamp 'dd/mm/yyyy - HH:MM' (Rome time, CEST = UTC+2, no zone printed), linked h2 headline, abstract paragraph(s); no bylines (author null). Entries 01, 02, 04 and 05 belong to the visit of the Italian, French and German leaders (and Romania's president) to Kyiv; 01 is Medvedev's reaction to it. Entry 07 (Po drought) is off-beat.",
  not_entries=["top bar and edition switch", "menu", "section heading 'Ukraine crisis'", "category labels", "newsletter banner", "'Most read' sidebar", "footer"],
  entries=[
  E("2022-06-16 19:20", "Medvedev mocks European leaders' trip to Kyiv",
    ["Dmitry Medvedev, deputy head of Russia's Security Council, derided the visit on social media, saying the European guests would leave Ukraine with nothing more than promises and old howitzers."],
    "diplomacy", "diplomacy", 2, "eu-leaders-visit-kyiv-2022-06-16", cat="Russia", n="Reaction to the leaders' visit -> same story."),
  E("2022-06-16 17:05", "Draghi: Italy wants Ukraine to become an EU candidate",
    ["Prime Minister Mario Draghi told a joint news conference in Kyiv that Italy, France, Germany and Romania supported giving Ukraine the status of candidate for EU membership straight away.",
     "He said Italy would keep helping Ukraine to defend itself."],
    "diplomacy", "diplomacy", 3, "eu-leaders-visit-kyiv-2022-06-16", cat="Italy"),
  E("2022-06-16 15:30", "Severodonetsk: hundreds of civilians still sheltering at the Azot plant",
    ["About 568 people, including 38 children, remain in the bomb shelters of the Azot chemical plant in Severodonetsk, Luhansk governor Serhiy Haidai said.",
     "He said evacuation was impossible while fighting continued in the city."],
    "other", "humanitarian", 2, "severodonetsk-azot-civilians", cat="Ukraine"),
  E("2022-06-16 13:40", "Draghi, Macron and Scholz visit Irpin",
    ["The three leaders, joined by Romanian President Klaus Iohannis, walked through the ruined streets of Irpin, a town north-west of Kyiv that Russian troops occupied in March."],
    "diplomacy", "diplomacy", 3, "eu-leaders-visit-kyiv-2022-06-16", cat="Europe"),
  E("2022-06-16 11:25", "Draghi, Macron and Scholz arrive in Kyiv on overnight train",
    ["The leaders of Italy, France and Germany reached the Ukrainian capital on Thursday morning after travelling overnight by special train from Poland."],
    "diplomacy", "diplomacy", 3, "eu-leaders-visit-kyiv-2022-06-16", cat="Europe"),
  E("2022-06-16 09:10", "Stoltenberg: allies will send more heavy weapons to Ukraine",
    ["NATO Secretary General Jens Stoltenberg said after a meeting of defence ministers in Brussels that allies would step up deliveries of heavy weapons and long-range systems to Ukraine."],
    "aid", "aid", 2, "nato-heavy-weapons-pledge-2022-06-16", cat="NATO"),
  OFF("2022-06-16 08:00", "Drought: Po river at lowest level in seventy years",
    ["Northern Italy's main river has fallen to its lowest level for the season in seven decades, and farmers' groups warn that rice and maize harvests are at risk."],
    "po-river-drought", cat="Italy", n="Italian drought."),
  ]))

SEEDS.append(dict(id="2109", name="2109_expatscz-tag", ext="html", source="Expats.cz", zone="Europe/Prague", render=r_expats,
  title="Ukraine", lede="All our coverage of the war in Ukraine and how it affects the Czech Republic.",
  fmt="HTML tag listing; author span and '05.04.2022 - 18:45' date span; CollectionPage/ItemList JSON-LD with &#039; in headlines; one video card without text",
  notes="Expats.cz tag page (layout imitated), newest first. Each card: linked h2 headline (apostrophes as &#039;), author span, date span 'dd.mm.yyyy - HH:MM' (Prague time, CEST = UTC+2, no zone printed), perex paragraph(s). The JSON-LD ItemList repeats headlines with &#039; entities inside the JSON strings. Entry 02 is a video card without text (teaser, importance 1). Entry 04 is an explainer (theme piece). Entry 06 (fuel prices) is off-beat.",
  not_entries=["header, menu and cookie bar", "tag heading 'Ukraine' and its description", "'VIDEO' badge", "advertisement and newsletter box", "'More articles' link", "'Popular this week' sidebar", "footer"],
  entries=[
  E("2022-04-05 18:45", "Czech Republic has sent T-72 tanks to Ukraine, reports say",
    ["The Czech Republic has delivered Soviet-designed T-72 tanks and BVP-1 infantry fighting vehicles to Ukraine, according to Czech media, the first country known to send tanks since the invasion began.",
     "The defence ministry declined to comment, citing security reasons."],
    "aid", "aid", 3, "czech-t72-tanks-to-ukraine", a="Daniel Vojtek"),
  E("2022-04-05 16:20", "Watch: Ukrainian children's choir sings on Old Town Square", [], "other", "humanitarian", 1,
    "ukrainian-choir-old-town-square", a="Kateřina Hrubá", n="Video card without text -> teaser, importance 1."),
  E("2022-04-05 14:05", "Czechia expels Russian diplomat over Bucha killings",
    ["The Czech foreign ministry ordered a Russian diplomat to leave the country within 72 hours, citing the killing of civilians in Bucha and other towns near Kyiv."],
    "diplomacy", "diplomacy", 2, "czech-expels-russian-diplomat", a="Daniel Vojtek"),
  E("2022-04-05 11:30", "Explainer: Health insurance, work and school for Ukrainians in Prague",
    ["Ukrainians granted temporary protection in Czechia are covered by public health insurance from the day their visa is issued and can take a job without a separate work permit.",
     "Here is what newcomers need to know about registration, benefits and schooling."],
    "other", "humanitarian", 2, "explainer-refugee-rights-czechia", a="Kateřina Hrubá", n="Explainer with body (theme piece): own story, importance 2."),
  E("2022-04-05 10:15", "Czechia's count of Ukrainian refugees passes 300,000",
    ["The interior ministry said it had issued more than 300,000 special long-term visas to people fleeing Ukraine since the start of the war."],
    "other", "humanitarian", 2, "czech-refugee-numbers", a="Kateřina Hrubá"),
  OFF("2022-04-05 08:40", "Petrol prices in Czechia fall for a third straight week",
    ["The average price of Natural 95 petrol dropped below 45 crowns a litre, according to data from the CCS fuel card company, though diesel remains more expensive."],
    "czech-fuel-prices", a="Daniel Vojtek", n="Czech fuel prices (economy), not war news."),
  ]))


# =============================================================== PART B, day 1: 2024-04-17 (UTC)
D1 = "Multi-source day 1 (2024-04-17 UTC): 2120, 2121, 2122, 2123."
SEEDS.append(dict(id="2120", name="2120_kittiwake-textlive", ext="txt", source="Kittiwake Live", zone="Europe/London", render=r_kittiwake,
  title="Ukraine war live: missile strike on Chernihiv kills at least 13", dateline="Wednesday 17 April 2024 · all times BST",
  fmt="text live blog, newest first, '2.35pm' stamps (BST), Key Points block, 'Reporting by' after body", invented=True,
  notes="Invented outlet. Text live blog, newest first. Each post: stamp line like '8.20pm' (BST = UTC+1, stated in the date line), headline, body lines, optional 'Reporting by NAME', 'Share this post'. The Key Points block lists three exact headlines (02, 04, 06). Entry 03 repeats entry 06 nearly verbatim (one word changed, headline slightly reworded) -> duplicate_of 2120-06. Entry 07 is a video teaser without body. Entry 01 (Zelensky on the Chernihiv strike) is a reaction to the strike itself: same story. " + D1,
  not_entries=["masthead and menu", "page title", "date line", "'Key Points' heading and its three lines", "'Latest' label", "'Reporting by' lines (author)", "'Share this post'", "'Advertisement'", "closing line and footer"],
  entries=[
  E("2024-04-17 22:05", "Zelensky: Chernihiv would not have been hit if Ukraine had enough air defence",
    ["Volodymyr Zelensky said in his evening address that the strike on Chernihiv could have been prevented had partners supplied enough air-defence systems.",
     "The number of dead in the northern city has risen to 17, he said."],
    "strikes", "strikes", 3, "chernihiv-missile-strike-2024-04-17", a="Hannah Pryce", sec=["aid"],
    n="Reaction whose main content is the strike (and its toll) -> same story; the air-defence plea is secondary."),
  E("2024-04-17 20:20", "US House leaders publish long-delayed Ukraine aid bill",
    ["House Speaker Mike Johnson has released the text of a bill providing about 61 billion dollars for Ukraine, part of a package that also covers Israel and Taiwan.",
     "A vote is expected on Saturday."],
    "aid", "aid", 3, "us-house-ukraine-aid-bill-2024-04", a="Owen Talbot", kp=True),
  E("2024-04-17 17:20", "Ukraine hits air base at Dzhankoi, Crimea",
    ["Ukrainian forces hit a military airfield at Dzhankoi in northern Crimea overnight, a source in Ukraine's defence intelligence said, claiming air-defence launchers and radars were destroyed.",
     "Russian-installed officials reported explosions and a power cut but gave no details of damage."],
    "strikes", "strikes", 1, "dzhankoi-airfield-strike-2024-04-17", a="Owen Talbot", dup="2120-06",
    n="Near-verbatim repeat of 2120-06 ('struck' -> 'hit', headline reworded) -> importance 1."),
  E("2024-04-17 15:10", "Chernihiv toll rises to 13 as rescuers search the rubble",
    ["Thirteen people are now known to have died after three Russian missiles hit the centre of Chernihiv in the morning, regional governor Viacheslav Chaus said.",
     "More than 60 people were injured, among them children, and a hotel and a hospital were damaged."],
    "strikes", "strikes", 3, "chernihiv-missile-strike-2024-04-17", a="Hannah Pryce", kp=True),
  E("2024-04-17 13:00", "G7 foreign ministers arrive on Capri",
    ["Foreign ministers from the Group of Seven began arriving on the Italian island of Capri, where host Antonio Tajani said Ukraine's need for air defence would be discussed alongside the crisis in the Middle East."],
    "diplomacy", "diplomacy", 3, "g7-capri-foreign-ministers-2024-04", a="Owen Talbot"),
  E("2024-04-17 11:30", "Ukraine hits air base at Dzhankoi in Crimea",
    ["Ukrainian forces struck a military airfield at Dzhankoi in northern Crimea overnight, a source in Ukraine's defence intelligence said, claiming air-defence launchers and radars were destroyed.",
     "Russian-installed officials reported explosions and a power cut but gave no details of damage."],
    "strikes", "strikes", 3, "dzhankoi-airfield-strike-2024-04-17", a="Owen Talbot", kp=True,
    n="Ukrainian strike on Crimea: must not merge with the Russian strike on Chernihiv the same day."),
  E("2024-04-17 10:15", "Watch: Rescuers at work in central Chernihiv", [], "strikes", "strikes", 1,
    "chernihiv-missile-strike-2024-04-17", a=None, n="Video teaser without body -> importance 1."),
  E("2024-04-17 08:40", "Russian troops press on towards Ocheretyne, army says",
    ["Russian forces are throwing infantry and armour at Ukrainian positions north-west of Avdiivka, a spokesman for the army's eastern grouping said, describing the area around Ocheretyne as the hottest part of the front."],
    "other", "frontline", 2, "ocheretyne-assaults-2024-04-17", a="Hannah Pryce"),
  ]))

SEEDS.append(dict(id="2121", name="2121_tallowmere-htmllive", ext="html", source="Tallowmere Journal", zone="Europe/Kyiv", render=r_tallowmere,
  title="Chernihiv strike: live updates from Ukraine", url="https://tallowmere.example/live/2024-04-17-chernihiv",
  lede="Russian missiles hit the centre of a northern city, while Kyiv's allies debate how to close the gaps in its air defence.",
  fmt="HTML live blog, newest first, '21:40' stamps under a date divider, <time datetime +03:00>, LiveBlogPosting JSON-LD with per-update times and entity-escaped strings", invented=True,
  notes="Invented outlet. HTML live blog, Kyiv time (EEST = UTC+3, stated on the page), one date divider '17 April 2024'. Each update has <time datetime> with the offset and a 'By NAME' line; the JSON-LD LiveBlogPosting lists the same updates with correct per-update datePublished and HTML entities (&#039;) inside the JSON strings. Entry 02 is an explainer (theme piece, own story). Entry 03 (Danish package) must not merge with the US House bill. Entry 01 (NATO-Ukraine Council on air defence) is a separate statement, not the Chernihiv story. " + D1,
  not_entries=["header and menu", "'LIVE' label, title, standfirst", "time-zone note", "date divider", "'By NAME' lines (author)", "share links", "membership appeal", "'Read also' link", "footer"],
  entries=[
  E("2024-04-17 21:40", "Stoltenberg calls NATO-Ukraine Council meeting on air defence",
    ["NATO Secretary General Jens Stoltenberg said he had convened the NATO-Ukraine Council for Friday, at Kyiv's request, to discuss more air defence for Ukraine.",
     "Defence ministers will join by video link, he said."],
    "aid", "aid", 2, "nato-ukraine-council-air-defence-2024-04", a="Olena Marchuk", sec=["diplomacy"],
    n="Air-defence request discussed by the alliance -> aid primary, diplomacy secondary (research note's hard case)."),
  E("2024-04-17 19:15", "Explainer: why Ukraine is running short of air-defence missiles",
    ["Ukraine's Patriot batteries and other Western systems depend on interceptors that are made slowly and in small numbers, while Russia has stepped up its launches of missiles and drones.",
     "Older Soviet-era systems are short of ammunition too, leaving officials to choose which cities to protect."],
    "aid", "aid", 2, "explainer-air-defence-shortage-2024-04", a="Taras Vovk", n="Explainer with body (theme piece): own story, importance 2."),
  E("2024-04-17 16:30", "Denmark announces new military aid package",
    ["Denmark will send ammunition, armoured vehicles and air-defence equipment worth about 2.6 billion kroner in its latest package, the Danish defence ministry said."],
    "aid", "aid", 2, "denmark-aid-package-2024-04-17", a="Olena Marchuk", n="Must not merge with the US House aid bill (a different donor and package)."),
  E("2024-04-17 12:50", "Chernihiv: death toll rises to 11",
    ["Eleven people were killed and at least 40 injured when missiles hit the centre of Chernihiv this morning, the city's acting mayor, Oleksandr Lomako, said.",
     "Rescuers are still searching a damaged building."],
    "strikes", "strikes", 3, "chernihiv-missile-strike-2024-04-17", a="Taras Vovk"),
  E("2024-04-17 11:30", "Crimea's Dzhankoi airfield hit overnight, Russian-installed officials report power cut",
    ["Explosions shook Dzhankoi in northern Crimea during the night, and the Russian-installed authorities said a power line was damaged and some residents lost electricity.",
     "Ukrainian media, citing sources, said the target was an airfield housing S-400 air-defence launchers."],
    "strikes", "strikes", 3, "dzhankoi-airfield-strike-2024-04-17", a="Olena Marchuk"),
  E("2024-04-17 10:05", "Missiles hit central Chernihiv",
    ["A Russian missile attack hit the centre of Chernihiv shortly before 9am, damaging a multi-storey building, regional officials said.",
     "There are dead and wounded, according to first reports."],
    "strikes", "strikes", 3, "chernihiv-missile-strike-2024-04-17", a="Taras Vovk"),
  ]))

SEEDS.append(dict(id="2122", name="2122_veldcroft-worldrss", ext="xml", source="Veldcroft World Service", zone="UTC", render=r_worldrss, gmt=True,
  title="Veldcroft World Service – World", link="https://veldcroft.example/world", desc="Top world stories, updated around the clock",
  fmt="RSS 2.0, GMT pubDates, general world feed (5 of 8 items off-beat)", invented=True,
  notes="Invented outlet. GENERAL world-news RSS feed, pubDates in GMT (= UTC), CDATA titles and descriptions, no authors. Only 3 of 8 items are about the war; the others are football, floods in Dubai, UK inflation and Israel/Iran (off-beat). Spelling 'Chernigov' (Russian transliteration) for Chernihiv. " + D1,
  not_entries=["channel title, link, description, language, ttl", "category values"],
  entries=[
  OFF("2024-04-17 21:55", "Real Madrid knock holders Manchester City out on penalties",
    ["Real Madrid reached the Champions League semi-finals after beating Manchester City 4-3 in a shoot-out at the Etihad Stadium, following a 1-1 draw.",
     "The tie finished 4-4 on aggregate."], "real-madrid-man-city-2024-04-17", n="football."),
  OFF("2024-04-17 21:20", "Bayern edge past Arsenal into semi-finals",
    ["Joshua Kimmich's header gave Bayern Munich a 1-0 win over Arsenal and a 3-2 aggregate victory."], "bayern-arsenal-2024-04-17", n="football."),
  E("2024-04-17 17:50", "US House Speaker unveils long-awaited foreign aid bills",
    ["Mike Johnson published the text of bills worth about 95 billion dollars in aid for Ukraine, Israel and Taiwan, and said the House would vote on them on Saturday.",
     "About 61 billion dollars is earmarked for Ukraine."],
    "aid", "aid", 3, "us-house-ukraine-aid-bill-2024-04"),
  E("2024-04-17 16:10", "Death toll from Chernigov missile strike rises to 14",
    ["At least 14 people were killed when Russian missiles struck the centre of Chernigov, a city of about 250,000 people in northern Ukraine, officials said.",
     "More than 60 were wounded."],
    "strikes", "strikes", 3, "chernihiv-missile-strike-2024-04-17", n="'Chernigov' = Chernihiv."),
  E("2024-04-17 14:25", "G7 ministers meet on Capri with Middle East and Ukraine on agenda",
    ["Top diplomats of the Group of Seven opened talks on Capri, with Italy's Antonio Tajani saying they would seek to calm tensions between Israel and Iran and to strengthen Ukraine's defences."],
    "diplomacy", "diplomacy", 3, "g7-capri-foreign-ministers-2024-04"),
  OFF("2024-04-17 12:40", "Dubai airport limits arrivals after record rainfall",
    ["Dubai International Airport restricted incoming flights for a second day after the heaviest rain in 75 years flooded runways and roads across the United Arab Emirates."],
    "dubai-floods-2024-04", n="weather."),
  OFF("2024-04-17 09:05", "UK inflation eases to lowest level in two and a half years",
    ["Consumer price inflation in the UK fell to 3.2% in March from 3.4% in February, official figures showed, a smaller drop than economists had expected."],
    "uk-inflation-march-2024", n="UK economy."),
  OFF("2024-04-17 06:15", "Israel's war cabinet meets again on response to Iran",
    ["Israel's war cabinet met for the third time in as many days to decide how to respond to Iran's weekend drone and missile attack, as allies urged restraint."],
    "israel-iran-response-2024-04", n="Middle East conflict; shares 'drone and missile attack' vocabulary with war news."),
  ]))

SEEDS.append(dict(id="2123", name="2123_lochbrae-article", ext="txt", source="Lochbrae Review", zone="Europe/London", render=r_textarticle,
  masthead="LOCHBRAE REVIEW", menu="World | Politics | Ukraine | Business | Opinion | Culture",
  title="Missiles tear through Chernihiv as Kyiv's calls for air defence grow louder", author="Fiona Rennick",
  published="2024-04-17 19:45", datetext="Wednesday 17 April 2024 · 7.45pm BST",
  lede="A morning strike on a northern city shows how thin Ukraine's protection has become, just as Washington finally moves on aid.",
  caption="Rescue workers at a damaged building in the centre of Chernihiv. Photograph: agency",
  more=["What is in the House aid bill?", "Our correspondent's diary from Kharkiv"], footer="© Lochbrae Review 2024. All rights reserved.",
  fmt="text article with three section headings; one entry per section; dateline '7.45pm BST'", invented=True,
  notes="Invented outlet. Plain-text article with three section headings; one entry per section (headline = heading), stamp null, published = the article dateline 'Wednesday 17 April 2024 · 7.45pm BST' (18:45 UTC); the page byline 'By Fiona Rennick' is every section's author. Photo caption after section 1 is not body. Section 2 reports the air force spokesman's own appeal (separate statement, own story; must not merge with Zelensky's reaction in 2120-01 or Stoltenberg's council in 2121-01). " + D1,
  not_entries=["masthead and menu", "title and standfirst", "byline and dateline", "share line", "photo caption", "'More on this story' with two links", "footer"],
  entries=[
  E("2024-04-17 19:45", "Three missiles, little warning",
    ["Three missiles struck the heart of Chernihiv on Wednesday morning, killing at least 17 people and wounding more than 60, according to Ukrainian officials.",
     "Residents said there was barely time to reach shelters; the city lies close to the borders with Russia and Belarus and has little air defence of its own.",
     "A hotel, a hospital and dozens of cars were damaged."],
    "strikes", "strikes", 3, "chernihiv-missile-strike-2024-04-17", a="Fiona Rennick"),
  E("2024-04-17 19:45", "The air force's arithmetic",
    ["Yurii Ihnat, the air force spokesman, said Ukraine could not shoot down ballistic missiles over most of the country without more Patriot-type systems and urged allies to send them within weeks rather than months.",
     "He said Chernihiv had nothing that could stop an Iskander."],
    "aid", "aid", 2, "ihnat-air-defence-appeal-2024-04-17", a="Fiona Rennick",
    n="Separate official's appeal for air defence: own story (LABELS: separate appeals are separate stories)."),
  E("2024-04-17 19:45", "Washington moves at last",
    ["In Washington, Speaker Mike Johnson published the text of a roughly 61 billion dollar Ukraine bill, setting up a vote on Saturday.",
     "Part of the money would be provided as a loan, a concession to Republicans wary of open-ended aid."],
    "aid", "aid", 3, "us-house-ukraine-aid-bill-2024-04", a="Fiona Rennick"),
  ]))


# =============================================================== PART B, day 2: 2024-04-18 (UTC)
D2 = "Multi-source day 2 (2024-04-18 UTC, the day after day 1): 2130, 2131, 2132, 2133."
SEEDS.append(dict(id="2130", name="2130_tallowmere-htmllive", ext="html", source="Tallowmere Journal", zone="Europe/Kyiv", render=r_tallowmere,
  title="G7 on Capri, drones over Kharkiv: live updates", url="https://tallowmere.example/live/2024-04-18-g7-capri",
  lede="Allies meeting in Italy promise to help close Ukraine's air-defence gaps; Chernihiv buries its dead.",
  fmt="HTML live blog (same layout as 2121), Kyiv time, LiveBlogPosting JSON-LD", invented=True,
  notes="Invented outlet (same outlet and layout as 2121, next day). Kyiv time (EEST = UTC+3). Entry 05 re-posts yesterday's 2121-05 (Dzhankoi) nearly verbatim under the same headline: a re-post of a previous day's entry -> importance 1, duplicate_of null (duplicate_of is within a seed). Entry 03 continues day 1's Chernihiv story with a new development (day of mourning, toll 18) and keeps the day-1 slug. Entry 02 (Finnish package) must not merge with the US aid bills; entry 04 (Kharkiv drones) must not merge with the Belgorod drones in 2131-06. " + D2,
  not_entries=["header and menu", "'LIVE' label, title, standfirst", "time-zone note", "date divider", "'By NAME' lines (author)", "share links", "membership appeal", "'Read also' link", "footer"],
  entries=[
  E("2024-04-18 22:30", "G7 backs more air defence for Ukraine after Capri talks",
    ["Foreign ministers of the G7 agreed on Capri to strengthen Ukraine's air defence, with Italy's Antonio Tajani saying partners would look at which systems they could spare.",
     "NATO chief Jens Stoltenberg, who joined the talks, said some allies had Patriot batteries in storage that could be sent."],
    "diplomacy", "diplomacy", 3, "g7-capri-foreign-ministers-2024-04", a="Olena Marchuk", sec=["aid"],
    n="Day-2 development of the two-day G7 meeting that opened on day 1 -> keeps the day-1 slug."),
  E("2024-04-18 18:40", "Finland unveils its 20th military aid package",
    ["Finland will send ammunition and heavy equipment worth about 188 million euros, the defence ministry in Helsinki said, its twentieth package since the full-scale invasion."],
    "aid", "aid", 2, "finland-aid-package-2024-04-18", a="Taras Vovk", n="Must not merge with the US House aid bills."),
  E("2024-04-18 15:05", "Chernihiv mourns as death toll reaches 18",
    ["Chernihiv held a day of mourning on Thursday as the number of people killed in the missile strike on the city centre rose to 18, local officials said.",
     "Flags flew at half-mast and entertainment events were cancelled."],
    "strikes", "strikes", 3, "chernihiv-missile-strike-2024-04-17", a="Taras Vovk",
    n="Continuation of day 1's Chernihiv strike with a new development (mourning, toll 18): keeps the day-1 slug; story also carried on day 2 by 2132 (teaser) -> importance 3."),
  E("2024-04-18 12:10", "Kharkiv: overnight drone attack damages energy facility",
    ["Russian drones struck Kharkiv during the night, damaging an energy facility and cutting power in parts of the city, Mayor Ihor Terekhov said.",
     "No one was killed, he said."],
    "strikes", "strikes", 3, "kharkiv-drone-attack-2024-04-18", a="Olena Marchuk"),
  E("2024-04-18 10:20", "Crimea's Dzhankoi airfield hit overnight, Russian-installed officials report power cut",
    ["Explosions shook Dzhankoi in northern Crimea during the night, and the Russian-installed authorities said a power line was damaged and some residents lost electricity.",
     "Ukrainian media, citing sources, said the target was an airfield with S-400 air-defence launchers."],
    "strikes", "strikes", 1, "dzhankoi-airfield-strike-2024-04-17", a="Olena Marchuk",
    n="Re-post of day-1 entry 2121-05 (same headline, body nearly verbatim) -> importance 1; duplicate_of null because the original is in another seed."),
  ]))

SEEDS.append(dict(id="2131", name="2131_iverholm-worldatom", ext="xml", source="Iverholm Times", zone="UTC", render=r_iverholm,
  title="Iverholm Times — World",
  fmt="Atom 1.0, Z times, escaped HTML content, general world feed (5 of 7 off-beat)", invented=True,
  notes="Invented outlet. GENERAL world-news Atom feed, times in Z (UTC), escaped HTML content. Only 2 of 7 entries are about the war; the rest (UN vote on Palestine, Netflix, Trump trial, Indonesian volcano, Dubai schools) are off-beat. Entry 06 (drones downed over Belgorod) must not merge with the Russian drone attack on Kharkiv (2130-04, 2132-01). " + D2,
  not_entries=["feed title, links, id, updated", "category terms"],
  entries=[
  OFF("2024-04-18 21:45", "US blocks Palestinian bid for full UN membership",
    ["The United States vetoed a draft Security Council resolution that would have recommended admitting Palestine as a full member of the United Nations.",
     "Twelve council members voted in favour, while Britain and Switzerland abstained."],
    "un-palestine-membership-veto", a="Priya Ramsay", cat="un", n="UN politics on the Middle East."),
  OFF("2024-04-18 20:15", "Netflix beats forecasts with 9 million new subscribers",
    ["Netflix added about 9.3 million subscribers in the first three months of the year, well above analysts' estimates, but said it would stop reporting the figure next year."],
    "netflix-q1-2024", a="Joel Marr", cat="business", n="company earnings."),
  OFF("2024-04-18 18:30", "Twelve jurors sworn in for Trump trial in New York",
    ["A full jury of twelve New Yorkers has been seated in Donald Trump's hush money trial, and the judge said opening statements could begin as early as Monday."],
    "trump-trial-jury-seated", a="Joel Marr", cat="us", n="US politics."),
  E("2024-04-18 16:45", "G7 ministers pledge to reinforce Ukraine's air defences",
    ["Meeting on the island of Capri, the Group of Seven's top diplomats said they would step up efforts to supply Kyiv with air-defence systems and interceptor missiles."],
    "diplomacy", "diplomacy", 3, "g7-capri-foreign-ministers-2024-04", a="Priya Ramsay", cat="europe", sec=["aid"]),
  OFF("2024-04-18 13:20", "Indonesia evacuates islanders as Ruang volcano erupts again",
    ["Authorities ordered thousands of people off the island of Ruang in North Sulawesi after the volcano erupted several times, sending ash more than two kilometres into the sky."],
    "ruang-volcano-eruption", a="Priya Ramsay", cat="asia", n="natural disaster."),
  E("2024-04-18 10:05", "Belgorod governor says drones shot down over region",
    ["Russian air defences destroyed several Ukrainian drones over the Belgorod region overnight, Governor Vyacheslav Gladkov said, adding that a car was damaged by falling debris."],
    "strikes", "strikes", 2, "belgorod-drones-downed-2024-04-18", a="Joel Marr", cat="europe",
    n="Ukrainian drones over Russia: must not merge with the Russian drone attack on Kharkiv."),
  OFF("2024-04-18 07:40", "Dubai schools stay shut as flood clean-up goes on",
    ["Schools in Dubai will remain closed until next week while crews pump water from flooded streets, the emirate's government said."],
    "dubai-floods-2024-04", a="Joel Marr", cat="middle-east", n="weather aftermath (same floods as day 1's 2122-06)."),
  ]))

SEEDS.append(dict(id="2132", name="2132_skelwith-textlive", ext="txt", source="Skelwith Daily", zone="UTC", render=r_skelwith,
  title="Ukraine: Thursday's developments", dateline="Thursday 18 April 2024",
  lede="We bring you the latest from Ukraine and from the G7 meeting in Italy. All times GMT.",
  fmt="text live blog, OLDEST first, '1320 GMT' stamp line then headline, no bylines", invented=True,
  notes="Invented outlet. Text live blog, oldest first; each post is a stamp line 'HHMM GMT' (the page says all times GMT; GMT = UTC), then headline and body. No bylines (author null). Entry 06 repeats entry 01 nearly verbatim (second sentence changed) -> duplicate_of 2132-01. Entry 02 is a photo teaser without body (day-2 Chernihiv story). Entry 03 is an explainer (theme piece). Entry 04 (Kuleba's appeal on Capri) is a separate statement, not the G7 pledge itself. " + D2,
  not_entries=["masthead and menu", "title and date line", "intro line", "'Sponsored' block", "closing lines"],
  entries=[
  E("2024-04-18 06:20", "Drones hit Kharkiv overnight, governor says",
    ["Regional governor Oleh Syniehubov said Russian drones had struck critical infrastructure in Kharkiv overnight, leaving some districts without electricity.",
     "Emergency crews were at the scene."],
    "strikes", "strikes", 3, "kharkiv-drone-attack-2024-04-18"),
  E("2024-04-18 08:35", "Pictured: Chernihiv mourns its dead", [], "strikes", "strikes", 1, "chernihiv-missile-strike-2024-04-17",
    n="Photo teaser without body -> importance 1; day-2 follow-up of the day-1 Chernihiv story."),
  E("2024-04-18 10:10", "Explainer: the road to Saturday's House vote",
    ["Before the aid bills can reach the House floor, the Rules Committee has to agree the terms of debate, a step that hardliners on the panel could try to delay.",
     "If the rule passes, members will vote on four separate bills, with the money for Ukraine, Israel and the Indo-Pacific split apart."],
    "aid", "aid", 2, "explainer-house-aid-vote-procedure", n="Explainer with body (theme piece): own story, importance 2."),
  E("2024-04-18 13:20", "Kuleba presses G7 ministers for Patriot batteries",
    ["Foreign Minister Dmytro Kuleba, invited to the G7 talks on Capri, urged the ministers to find Patriot systems for Ukraine, saying they were worth more than any statement of solidarity."],
    "aid", "aid", 2, "kuleba-capri-patriot-appeal-2024-04-18",
    n="Kuleba's own appeal: separate statement, own story (must not merge with the G7 ministers' pledge)."),
  E("2024-04-18 15:00", "G7 ministers promise more air defence for Kyiv",
    ["The G7's foreign ministers promised on Thursday to help Ukraine strengthen its air defences, according to officials briefing reporters on the island.",
     "Details are expected in the final statement on Friday."],
    "diplomacy", "diplomacy", 3, "g7-capri-foreign-ministers-2024-04", sec=["aid"]),
  E("2024-04-18 16:50", "Drones hit Kharkiv overnight, governor says",
    ["Regional governor Oleh Syniehubov said Russian drones had struck critical infrastructure in Kharkiv overnight, leaving some districts without electricity.",
     "Repair crews were at the scene."],
    "strikes", "strikes", 1, "kharkiv-drone-attack-2024-04-18", dup="2132-01", n="Near-verbatim repeat of 2132-01 -> importance 1."),
  E("2024-04-18 17:45", "Rules Committee takes up Ukraine aid bills",
    ["The House Rules Committee began considering the foreign aid bills on Thursday afternoon, the last procedural step before Saturday's planned votes."],
    "aid", "aid", 3, "us-house-ukraine-aid-bill-2024-04", n="Day-2 development of the day-1 US aid-bill story -> keeps the day-1 slug."),
  ]))

SEEDS.append(dict(id="2133", name="2133_wendlebury-article", ext="html", source="Wendlebury Courant", zone="America/New_York", render=r_wendlebury,
  title="Allies hunt for spare Patriots as House readies Ukraine vote", author="Marcus Ellery",
  published="2024-04-18 14:10", datetext="April 18, 2024, 2:10 p.m. EDT",
  lede="Western diplomats and House leaders moved on separate tracks Thursday to get Ukraine the weapons it says it needs.",
  caption="A Patriot launcher during an exercise in Germany last year.",
  fmt="HTML article with two h2 sections and NewsArticle JSON-LD; US Eastern dateline", invented=True,
  notes="Invented outlet. Single HTML article with two h2 section headings; one entry per section (headline = heading), stamp null, published = the dateline 'April 18, 2024, 2:10 p.m. EDT' (18:10 UTC); the byline is each section's author. NewsArticle JSON-LD repeats the text with HTML entities. " + D2,
  not_entries=["header and menu", "title and dek", "byline and dateline", "photo caption", "newsletter box", "'More from World' aside", "footer"],
  entries=[
  E("2024-04-18 14:10", "The search for Patriots",
    ["Top diplomats from the Group of Seven, meeting on the Italian island of Capri, said Thursday they would do more to shield Ukrainian cities from Russian missiles.",
     "NATO's secretary general urged members with Patriot batteries in storage to part with them."],
    "diplomacy", "diplomacy", 3, "g7-capri-foreign-ministers-2024-04", a="Marcus Ellery", sec=["aid"]),
  E("2024-04-18 14:10", "Saturday's vote",
    ["In Washington, Speaker Mike Johnson pressed ahead with plans for votes on Saturday on roughly 95 billion dollars in foreign aid, about 61 billion of it for Ukraine.",
     "Some hardline Republicans threatened to try to remove him over the plan."],
    "aid", "aid", 3, "us-house-ukraine-aid-bill-2024-04", a="Marcus Ellery"),
  ]))


# =============================================================== PART B, day 3: 2022-10-08 (UTC)
D3 = "Multi-source day 3 (2022-10-08 UTC): 2140, 2141, 2142, 2143."
SEEDS.append(dict(id="2140", name="2140_torrisdale-worldrss", ext="xml", source="Torrisdale World", zone="Europe/London", render=r_worldrss,
  title="Torrisdale World: Top stories", link="https://torrisdale.example/news", desc="The day's top stories from Torrisdale World",
  fmt="RSS 2.0, +0100 pubDates (BST), dc:creator, general world feed (4 of 7 off-beat)", invented=True,
  notes="Invented outlet. GENERAL world-news RSS feed; pubDates carry +0100 (BST); CDATA titles and descriptions; dc:creator bylines. Only 3 of 7 items are about the war; the others (storm Julia, Brazil's run-off campaign, Formula One qualifying in Japan, cholera in Haiti) are off-beat. 'Crimea bridge' / 'bridge linking Crimea to Russia' = the Kerch bridge. " + D3,
  not_entries=["channel title, link, description, language, ttl", "category values"],
  entries=[
  OFF("2022-10-08 21:40", "Storm Julia strengthens on course for Nicaragua",
    ["Tropical Storm Julia gathered strength over the Caribbean and was expected to reach Nicaragua's coast as a hurricane late on Saturday or early on Sunday, forecasters said."],
    "storm-julia-nicaragua", a="Ellen Quayle", cat="Americas", n="weather."),
  E("2022-10-08 19:15", "Putin orders inquiry as traffic partly resumes on Crimea bridge",
    ["Vladimir Putin ordered tighter security around the bridge to Crimea and a government commission was set up to deal with the blast, as cars began crossing on one of the surviving lanes.",
     "Russian officials said three people had been killed."],
    "strikes", "strikes", 3, "crimean-bridge-explosion-2022-10-08", a="Ellen Quayle", cat="Europe"),
  OFF("2022-10-08 16:30", "Lula and Bolsonaro chase swing voters ahead of Brazil run-off",
    ["Both candidates criss-crossed the south-east of Brazil, the country's most populous region, three weeks before the second round of the presidential election."],
    "brazil-runoff-campaign", a="Marco Tiller", cat="Americas", n="Brazilian election."),
  E("2022-10-08 13:05", "Russia names Sergei Surovikin to lead forces in Ukraine",
    ["Russia's defence ministry said Army General Sergei Surovikin, head of the aerospace forces, would command the combined group of troops fighting in Ukraine."],
    "other", "politics", 3, "surovikin-appointed-commander-2022-10-08", a="Marco Tiller", cat="Europe",
    n="Military appointment -> other/politics (LABELS: appointments). Must not merge with the bridge blast."),
  OFF("2022-10-08 10:05", "Verstappen takes pole position at Suzuka",
    ["Max Verstappen edged Charles Leclerc to pole position for the Japanese Grand Prix, where he can clinch the world championship on Sunday."],
    "f1-japan-qualifying-2022", a="Marco Tiller", cat="Sport", n="Formula One."),
  E("2022-10-08 08:20", "Blast and fire hit bridge linking Crimea to Russia",
    ["A powerful explosion set fuel tanks on a freight train ablaze on the Kerch Strait bridge early on Saturday and brought down part of the road section, Russian officials said."],
    "strikes", "strikes", 3, "crimean-bridge-explosion-2022-10-08", a="Ellen Quayle", cat="Europe",
    n="Explosion on a military-logistics target (cause then unclaimed) -> strikes (judgement)."),
  OFF("2022-10-08 07:10", "Cholera cases spread in Haiti's capital",
    ["Health workers in Port-au-Prince reported a rising number of suspected cholera cases, as fuel shortages caused by a gang blockade left hospitals struggling to operate."],
    "haiti-cholera-2022", a="Ellen Quayle", cat="Americas", n="public health elsewhere."),
  ]))

SEEDS.append(dict(id="2141", name="2141_lindow-textlive", ext="txt", source="Lindow Live", zone="Europe/Kyiv", render=r_lindow,
  title="Russia-Ukraine war: Saturday live", dateline="Saturday, 8 October 2022. Times are Kyiv time (UTC+3).",
  fmt="text live blog, OLDEST first, headline then time on its own line after it, Key Points, '— NAME' sign-off", invented=True,
  notes="Invented outlet. Text live blog, oldest first; each post: headline line, then a bare 'HH:MM' line (Kyiv time, EEST = UTC+3, stated in the date line), body lines, '— NAME' sign-off. The Key Points block lists three exact headlines (01, 05, 07), printed with '- ' list markers. Entry 06 repeats entry 01 nearly verbatim (headline minus 'the', last clause reworded) -> duplicate_of 2141-01. Entry 04 is an explainer (theme piece). Entries 02 (Podolyak) and 08 (Zelensky's address) are reactions to the bridge blast: same story. Entry 03 (Nikopol shelling) must not merge with the bridge blast. " + D3,
  not_entries=["masthead and menu", "title and date line", "'Key Points' heading and its three lines", "'Live feed (oldest first)' label", "'— NAME' sign-offs (author)", "'Advertisement'", "closing lines"],
  entries=[
  E("2022-10-08 07:15", "Fire on the Kerch bridge, Russian media report",
    ["A large fire broke out on the bridge linking annexed Crimea with Russia's Krasnodar region early on Saturday, Russian news agencies reported, citing local officials.",
     "Video shared online showed flames rising from rail tankers and a collapsed section of the roadway."],
    "strikes", "strikes", 3, "crimean-bridge-explosion-2022-10-08", a="Yana Koval", kp=True),
  E("2022-10-08 08:50", "Podolyak: the bridge fire is only 'the beginning'",
    ["Mykhailo Podolyak, an adviser to Ukraine's president, posted a short message online describing the fire on the bridge as the beginning, without saying Ukraine was behind it.",
     "Kyiv has not claimed responsibility."],
    "strikes", "strikes", 3, "crimean-bridge-explosion-2022-10-08", a="Yana Koval", n="Reaction about the event itself -> same story."),
  E("2022-10-08 10:30", "Nikopol shelled overnight, homes damaged",
    ["Russian forces fired dozens of shells at Nikopol and nearby villages across the Dnipro overnight, the Dnipropetrovsk regional governor, Valentyn Reznichenko, said.",
     "Several houses and a power line were damaged; no one was hurt."],
    "strikes", "strikes", 2, "nikopol-shelling-2022-10-08", a="Dmytro Hnatiuk", n="Separate attack on another place: must not merge with the bridge blast."),
  E("2022-10-08 12:45", "Explainer: what travels over the Kerch bridge",
    ["The 19-kilometre crossing carries both a road and a railway and is the only fixed link between Russia and the Crimean peninsula.",
     "Fuel, ammunition and heavy equipment for Russian troops in southern Ukraine move over it by train, which is why analysts have long seen it as a target."],
    "other", "frontline", 2, "explainer-kerch-bridge-logistics", a="Dmytro Hnatiuk",
    n="Explainer with body (theme piece): own story, importance 2; supply lines -> other/frontline (judgement)."),
  E("2022-10-08 14:20", "Russian investigators: three killed in bridge blast",
    ["Russia's Investigative Committee said three people had been killed in the explosion, which it blamed on a lorry bomb on the road section of the bridge.",
     "Two of the bodies were recovered from the water, it said."],
    "strikes", "strikes", 3, "crimean-bridge-explosion-2022-10-08", a="Yana Koval", kp=True),
  E("2022-10-08 16:05", "Fire on Kerch bridge, Russian media report",
    ["A large fire broke out on the bridge linking annexed Crimea with Russia's Krasnodar region early on Saturday, Russian news agencies reported, citing local officials.",
     "Video shared online showed flames rising from rail tankers and part of the roadway lying in the water."],
    "strikes", "strikes", 1, "crimean-bridge-explosion-2022-10-08", a="Yana Koval", dup="2141-01",
    n="Near-verbatim repeat of 2141-01 -> importance 1."),
  E("2022-10-08 18:40", "Surovikin put in charge of Russian forces in Ukraine",
    ["General Sergei Surovikin, who previously led Russian forces in Syria, has been appointed commander of the joint group of forces in Ukraine, Moscow said."],
    "other", "politics", 3, "surovikin-appointed-commander-2022-10-08", a="Dmytro Hnatiuk", kp=True),
  E("2022-10-08 22:50", "Zelensky quips about the weather in Crimea",
    ["In his evening address, Volodymyr Zelensky remarked that it had been mostly sunny in Ukraine on Saturday but cloudy in Crimea, without mentioning the bridge directly."],
    "strikes", "strikes", 3, "crimean-bridge-explosion-2022-10-08", a="Yana Koval",
    n="Oblique reaction to the bridge blast -> same story (judgement); carried also by 2142-01."),
  ]))

SEEDS.append(dict(id="2142", name="2142_stannary-htmllive", ext="html", source="Stannary Journal", zone="Europe/London", render=r_stannary,
  title="Crimean Bridge explosion: live", dateline="Saturday 8 October 2022",
  lede="A blast has damaged the only bridge between Russia and Crimea. Follow the latest here.",
  fmt="HTML live blog, no JSON-LD, '15:40 BST' stamp above each h3, 'by NAME' line, newest first", invented=True,
  notes="Invented outlet. HTML live blog without JSON-LD, newest first; each post: stamp '15:40 BST' (BST = UTC+1), h3 headline, 'by NAME', body. Entry 02 is a video teaser without body. Entry 04 (fighting in Kherson region) is a separate story. Entry 01 (Zelensky's remark) is the same event as 2141-08. " + D3,
  not_entries=["masthead and menu", "title, standfirst, page date", "'by NAME' lines (author)", "'[Video]' embed placeholder", "share lines", "'Advertisement'", "'Older posts' link", "footer"],
  entries=[
  E("2022-10-08 21:20", "Zelensky jokes about Crimea's weather in nightly address",
    ["Ukraine's president made only a sideways reference to the bridge in his evening video, observing that the weather in Crimea had been cloudy but warm."],
    "strikes", "strikes", 3, "crimean-bridge-explosion-2022-10-08", a="Tamsin Hale", n="Reaction to the bridge blast -> same story."),
  E("2022-10-08 18:05", "Video: Smoke over the Kerch Strait", [], "strikes", "strikes", 1, "crimean-bridge-explosion-2022-10-08", a=None,
    n="Video teaser without body -> importance 1."),
  E("2022-10-08 15:40", "Rail traffic over Crimean Bridge to restart, Russia says",
    ["Russian officials said passenger and freight trains would be allowed back onto the railway section of the bridge this evening, while cars were already using one lane of the road.",
     "Lorries will have to take the ferry for now."],
    "strikes", "strikes", 3, "crimean-bridge-explosion-2022-10-08", a="Gareth Oduya"),
  E("2022-10-08 12:15", "Ukrainian troops keep pushing south in Kherson region",
    ["Ukraine's southern command said its forces had retaken more villages along the west bank of the Dnipro this week, while Russian troops were digging new defensive lines."],
    "other", "frontline", 2, "kherson-counteroffensive-2022-10-08", a="Gareth Oduya"),
  E("2022-10-08 10:00", "Kremlin: Putin briefed, government commission set up",
    ["Kremlin spokesman Dmitry Peskov said Vladimir Putin had been told about the fire on the Crimean Bridge and had ordered a government commission to deal with its consequences."],
    "strikes", "strikes", 3, "crimean-bridge-explosion-2022-10-08", a="Tamsin Hale",
    n="Official reaction whose content is the attack and its aftermath -> same story."),
  E("2022-10-08 07:40", "Explosion on the Crimean Bridge: what we know",
    ["A lorry blew up on the road section of the Crimean Bridge shortly after 6am Moscow time, setting fire to fuel tankers on a passing train, according to Russia's national anti-terrorism committee.",
     "Part of one carriageway has collapsed into the sea."],
    "strikes", "strikes", 3, "crimean-bridge-explosion-2022-10-08", a="Tamsin Hale"),
  ]))

SEEDS.append(dict(id="2143", name="2143_ulverscote-article", ext="txt", source="Ulverscote Review", zone="Europe/London", render=r_textarticle,
  masthead="ULVERSCOTE REVIEW", menu="News · World · Politics · Ideas · Books",
  title="Crimea's bridge burns, and the Kremlin turns to a new commander", author="Rhys Kettering",
  published="2022-10-08 17:20", datetext="Saturday 8 October 2022 – 5.20pm BST",
  lede="A symbol of Russia's annexation was damaged on Putin's birthday weekend; within hours Moscow had a new man in charge of the war.",
  caption=None, more=["Why Crimea matters to Moscow", "Ukraine's autumn counter-offensive in maps"], footer="Ulverscote Review © 2022",
  fmt="text article with two section headings; one entry per section; dateline '5.20pm BST'", invented=True,
  notes="Invented outlet. Plain-text article with two section headings; one entry per section, stamp null, published = the dateline 'Saturday 8 October 2022 – 5.20pm BST' (16:20 UTC); the page byline 'By Rhys Kettering' is each section's author. 'Krymsky bridge' = the Kerch/Crimean bridge. " + D3,
  not_entries=["masthead and menu", "title and standfirst", "byline and dateline", "share line", "'More on this story' with two links", "footer"],
  entries=[
  E("2022-10-08 17:20", "The blast",
    ["An explosion on Saturday morning brought down two spans of the road on the Krymsky bridge, the 19-kilometre crossing Moscow built after annexing Crimea, and set a fuel train alight.",
     "Russian investigators said three people died."],
    "strikes", "strikes", 3, "crimean-bridge-explosion-2022-10-08", a="Rhys Kettering"),
  E("2022-10-08 17:20", "The new commander",
    ["Hours later, the defence ministry announced that General Sergei Surovikin, nicknamed General Armageddon by some in the Russian military, would take overall command of the war.",
     "He previously commanded Russia's forces in Syria."],
    "other", "politics", 3, "surovikin-appointed-commander-2022-10-08", a="Rhys Kettering"),
  ]))


# =============================================================== emit
BASIS = {
  "r_espreso": "bare stamp '{s}' under the date line '29 December, Thursday' (no year on the page except the footer '© 2022'; 29 Dec 2022 was a Thursday); Kyiv time, EET = UTC+2 in December",
  "r_armyinform": "stamp '{s}' (full date and time); Kyiv time implied by the outlet, EET = UTC+2 in February",
  "r_znua": "bare stamp '{s}' (printed on the line after the headline) under the date header '30 June 2022'; Kyiv time implied by the outlet, EEST = UTC+3",
  "r_almonitor": "dc:date '{s}' (explicit offset, US Eastern daylight time)",
  "r_skyau": "stamp '{s}' resolved against the printed 'Updated 12:50am AEST, Monday 17 June 2024' (absolute stamps read directly); AEST = UTC+10",
  "r_abcau": "visible stamp '{s}' (Sydney time, AEDT = UTC+11); local date {d} from the page's 'Posted Thu 24 Feb ... updated Fri 25 Feb' range and newest-first order (posts from 12:40am on are after local midnight); the <time datetime> attribute (UTC) agrees",
  "r_irishnews": "no per-bullet time; the article's dateline '09 August, 2022 21:05' (UK time, BST = UTC+1) used for every bullet",
  "r_hungarytoday": "pubDate '{s}' (explicit +0000)",
  "r_nova": "stamp '{s}' (dd/mm/yyyy); Rome time implied by the outlet, CEST = UTC+2",
  "r_expats": "stamp '{s}' (dd.mm.yyyy); Prague time implied by the outlet, CEST = UTC+2; JSON-LD datePublished agrees",
  "r_kittiwake": "stamp '{s}' on the page's date {d} (date line); BST = UTC+1 (date line says all times BST)",
  "r_tallowmere": "stamp '{s}' under the date divider {d}; Kyiv time EEST = UTC+3 (page note); <time datetime> and JSON-LD agree",
  "r_worldrss": "pubDate '{s}' (explicit zone)",
  "r_textarticle": "no per-section time; the article dateline ({d}, {z}) used for every section",
  "r_iverholm": "<published> '{s}' (Z = UTC)",
  "r_skelwith": "stamp '{s}' on the page's date {d}; GMT = UTC (page says all times GMT)",
  "r_wendlebury": "no per-section time; the article dateline 'April 18, 2024, 2:10 p.m. EDT' (UTC-4) used for every section",
  "r_lindow": "bare stamp '{s}' (on the line after the headline) on the page's date {d}; Kyiv time UTC+3 (date line)",
  "r_stannary": "stamp '{s}' on the page's date {d}; BST = UTC+1",
}


def main():
    for sub in ("seeds", "gold"):
        for f in os.listdir(os.path.join(ROOT, sub)):
            os.remove(os.path.join(ROOT, sub, f))
    for S in SEEDS:
        text, stamps = S["render"](S)
        fn = f"{S['name']}.{S['ext']}"
        with open(os.path.join(ROOT, "seeds", fn), "w", encoding="utf-8") as fh:
            fh.write(text)
        rname = S["render"].__name__
        ents = []
        for i, e in enumerate(S["entries"]):
            d = dt(e["t"], S["zone"]); u = d.astimezone(UTC)
            g = {"id": f"{S['id']}-{i+1:02d}", "headline": e["h"], "stamp": stamps[i],
                 "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                 "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                 "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), z=S["zone"]),
                 "author": e["a"],
                 "first_sentence": first_sentence(e["p"][0]) if e["p"] else None,
                 "body_paragraphs": len(e["p"]),
                 "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                 "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"],
                 "notes": e["n"] or ""}
            ents.append(g)
        gold = {"seed": fn, "source": S["source"], "page_title": S["title"], "page_timezone": S["zone"], "notes": S["notes"]}
        if S.get("parse_args"):
            gold["parse_args"] = S["parse_args"]
        gold["entries"] = ents
        gold["not_entries"] = S["not_entries"]
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print(fn, len(ents))


if __name__ == "__main__":
    main()

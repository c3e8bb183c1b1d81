#!/usr/bin/env python3
"""Builds eval/al seeds and gold files from the hand-written table below (one table renders both).
All news text is invented or paraphrased in the author's own words; Part B outlets are invented. Deterministic.
Run from the project root: python3 eval/al/tools/build.py"""
import json, html, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None, **extra):
    """t: local time 'YYYY-MM-DD HH:MM' in the page zone; h: headline or None; p: body paragraphs."""
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n, **extra)


def OFF(t, h, p, st, a=None, n="", **extra):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **extra)


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par)
    return par[:m.end()] if m else par


def esc(s):
    return html.escape(s, quote=False)


def ent(s):
    """HTML-entity flavoured string as some CMSs put into JSON-LD."""
    return s.replace("\u2019", "&#8217;").replace("'", "&#039;").replace("&", "&amp;").replace("&amp;#", "&#").replace("\u2018", "&#8216;").replace("\u00e1", "&aacute;")


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", (s or "item").lower()).strip("-")[:60]


def ampm_dot(d):  # 2.35pm
    return f"{d.hour % 12 or 12}.{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"


def ampm_sp(d):  # 9:45 am
    return f"{d.hour % 12 or 12}:{d.minute:02d} {'am' if d.hour < 12 else 'pm'}"


def ampm_ap(d):  # 8:35 p.m.
    return f"{d.hour % 12 or 12}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'}"


def ampm_cmp(d):  # 4:05pm
    return f"{d.hour % 12 or 12}:{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


# =============================================================== Part A renderers

def r_newvision(S):  # HTML wire wrap, "1409 GMT" stamps under a date line, newest first, one page byline
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - New Vision Official</title>",
           '<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>',
           '<header class="nv-top"><a class="logo" href="/">New Vision</a><nav><a href="/news">News</a> <a href="/business">Business</a> <a href="/sports">Sports</a> <a href="/entertainment">Entertainment</a> <a href="/world">World</a> <a href="/opinion">Opinion</a> <a href="/epaper">E-Paper</a></nav><a class="sub" href="/subscribe">Subscribe</a></header>',
           '<main class="article">', '<p class="cat">WORLD</p>', f"<h1>{esc(S['title'])}</h1>",
           f'<div class="meta"><span class="author">By {esc(S["author"])}</span> <span class="pubdate">{esc(S["publine"])}</span></div>',
           '<div class="share">Share <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div>',
           f'<p class="intro"><strong>{esc(S["lede"])}</strong></p>', f'<p class="dateline"><strong>{esc(S["dateline"])}</strong></p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], S["zone"]); st = d.strftime("%H%M") + " GMT"; stamps.append(st)
        out.append(f'<p class="upd"><strong>{st} \u2014 {esc(e["h"])}</strong></p>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        if i == 2:
            out.append('<div class="related"><b>RELATED</b> <a href="/a1">Uganda, Russia sign deal on nuclear energy cooperation</a></div>')
        if i == 4:
            out.append('<div class="ad">ADVERTISEMENT</div>')
    out += ["</main>", '<aside class="trending"><h3>Trending</h3><ol><li>Cabinet approves new fuel reserve plan</li><li>KCCA steps up drainage works</li></ol></aside>',
            '<div class="newsletter"><h4>Get our daily newsletter</h4><input placeholder="Email address"/><button>Sign up</button></div>',
            '<footer>© 2023 Vision Group. All rights reserved. <a href="/privacy">Privacy</a> <a href="/contact">Contact us</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_economynext(S):  # RSS 2.0, +0530 pubDate, dc:creator, excerpt description + content:encoded
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           "<channel>", f"<title>{esc(S['title'])}</title>", '<atom:link href="https://economynext.com/feed/" rel="self" type="application/rss+xml"/>',
           "<link>https://economynext.com</link>", "<description>Sri Lanka business and economic news</description>", "<language>en-US</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        if i == 0:
            out += [f"<lastBuildDate>{st}</lastBuildDate>", "<generator>https://wordpress.org/?v=6.3.2</generator>"]
        u = f"https://economynext.com/{slug(e['h'])}-{S['id']}{i+1:02d}/"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{u}</link>", f"<dc:creator><![CDATA[{e['a']}]]></dc:creator>",
                f"<pubDate>{st}</pubDate>", f"<category><![CDATA[{e['cat']}]]></category>", f'<guid isPermaLink="false">https://economynext.com/?p={S["id"]}{i+1:02d}</guid>',
                f"<description><![CDATA[ECONOMYNEXT \u2013 {' '.join(e['p'][0].split()[:14])} [&#8230;]]]></description>",
                "<content:encoded><![CDATA[" + "".join(f"<p>{p}</p>" for p in e["p"]) + "]]></content:encoded>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_roya(S):  # plain-text scrape of a listing, relative stamps, printed "Last updated" anchor
    z = S["zone"]; ref = dt(S["ref"], z)
    L = ["Roya News", "English", "", "Home   Local   Middle East   World   Sports   Health   Videos   العربية", "",
         "We use cookies to improve your experience on our website. By browsing this website, you agree to our use of cookies.   Accept", "",
         S["title"], f"Last updated: {ref.strftime('%A')}, {ref.day:02d} {MONTHS[ref.month-1]} {ref.year} {ref.strftime('%H:%M')}", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        assert mins < 60 or mins % 60 == 0
        st = f"{mins} minutes ago" if mins < 60 else (f"{mins // 60} hours ago" if mins >= 120 else "1 hour ago"); stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"]) + ["Read more", ""]
        if i == 2:
            L += ["Most Read", "1. Traffic diversions announced in Amman ahead of holiday", "2. Weather: cold front brings rain to the north", ""]
        if i == 4:
            L += ["Follow Roya News on WhatsApp", ""]
    L += ["Load more", "", "Roya News © 2023 All rights reserved   About us   Contact   Privacy policy"]
    return "\n".join(L) + "\n", stamps


def r_tca(S):  # RSS 1.0 (RDF), dc:date with +06:00, dc:creator, content:encoded
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
           '<channel rdf:about="https://timesca.com/feed/rdf/">', f"<title>{esc(S['title'])}</title>", "<link>https://timesca.com</link>",
           "<description>News and analysis from Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan</description>",
           f"<dc:date>{dt(S['entries'][0]['t'], z).isoformat()}</dc:date>", "<items><rdf:Seq>"]
    urls = [f"https://timesca.com/{slug(e['h'])}/" for e in S["entries"]]
    out += [f'<rdf:li rdf:resource="{u}"/>' for u in urls] + ["</rdf:Seq></items>", "</channel>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        out += [f'<item rdf:about="{urls[i]}">', f"<title>{esc(e['h'])}</title>", f"<link>{urls[i]}</link>", f"<dc:creator>{esc(e['a'])}</dc:creator>",
                f"<dc:date>{st}</dc:date>", f"<dc:subject>{e['cat']}</dc:subject>",
                "<content:encoded><![CDATA[" + "".join(f"<p>{p}</p>" for p in e["p"]) + "]]></content:encoded>", "</item>"]
    out.append("</rdf:RDF>")
    return "\n".join(out) + "\n", stamps


def r_fmt(S):  # HTML article, NewsArticle JSON-LD (entities in strings), "Key events" bullets are the entries
    z = S["zone"]; d = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": ent(S["title"]), "description": ent(S["lede"]),
          "datePublished": d.isoformat(), "dateModified": d.isoformat(), "author": {"@type": "Person", "name": S["author"]},
          "publisher": {"@type": "Organization", "name": "Free Malaysia Today", "logo": {"@type": "ImageObject", "url": "https://www.freemalaysiatoday.com/logo.png"}},
          "mainEntityOfPage": "https://www.freemalaysiatoday.com/category/world/2023/07/08/ukraine-war-key-events-on-day-500/"}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="UTF-8">', f"<title>{esc(S['title'])} | Free Malaysia Today (FMT)</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header id="fmt-header"><a href="/">FMT</a><nav><a href="/category/nation/">News</a> <a href="/category/business/">Business</a> <a href="/category/leisure/">Lifestyle</a> <a href="/category/opinion/">Opinion</a> <a href="/category/world/">World</a> <a href="/category/sports/">Sports</a> <a href="/category/bahasa/">Berita</a></nav></header>',
           '<main><article>', '<div class="cat-label">World</div>', f"<h1>{esc(S['title'])}</h1>",
           f'<div class="byline"><span>{esc(S["author"])}</span> - <time datetime="{d.isoformat()}">{esc(S["dateline"])}</time></div>',
           '<figure><img src="/img/kyiv.jpg" alt=""/><figcaption>A memorial wall for fallen soldiers in central Kyiv. (AP pic)</figcaption></figure>',
           '<div class="share-buttons"><a>Facebook</a> <a>X</a> <a>Telegram</a> <a>WhatsApp</a> <a>Copy link</a></div>',
           f"<p>{esc(S['lede'])}</p>", "<h3>Key events</h3>", "<ul>"]
    stamps = []
    for e in S["entries"]:
        stamps.append(None)
        out.append(f"<li>{esc(e['p'][0])}</li>")
    out += ["</ul>", '<p class="more">Stay current - Follow FMT on WhatsApp, Google News and Telegram</p>', "</article>",
            '<aside class="related"><h4>Related</h4><ul><li><a href="/r1">Putrajaya urges restraint, backs UN call for peace</a></li><li><a href="/r2">Palm oil futures climb as Black Sea worries return</a></li></ul></aside>',
            '<div class="newsletter"><p>Subscribe to our newsletter and get news delivered to your mailbox.</p><input type="email"/><button>Subscribe</button></div>',
            "</main>", '<footer>© 2009-2023 FMT Media Sdn Bhd (1235734-T) All rights reserved.</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_samoa(S):  # text scrape, date heading (Samoa date), "9:45 am" line after headline, "By X" bylines
    z = S["zone"]
    L = ["Samoa Observer", "", "Menu   Home   Samoa   Pacific   World   Sports   Business   Opinion   Weather", "Subscribe   Login", "",
         "World", "", S["dateline"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm_sp(d); stamps.append(st)
        L += [e["h"], st, f"By {e['a']}", ""] + ptxt(e["p"]) + ["Share   Tweet   Email", ""]
        if i == 1:
            L += ["ADVERTISEMENT", ""]
        if i == 4:
            L += ["Related Stories", "Apia gears up for festive season markets", ""]
    L += ["Load More", "", "Samoa Observer © 2023. Vailima, Apia, Samoa   Privacy Policy   Terms & Conditions"]
    return "\n".join(L) + "\n", stamps


def r_adn(S):  # HTML wire page, date headers crossing local midnight, "8:35 p.m." line after headline, newest first
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Anchorage Daily News</title></head><body>",
           '<div class="top-banner">Support local journalism. <a href="/subscribe">Subscribe</a> | <a href="/login">Log in</a></div>',
           '<header><a class="masthead" href="/">Anchorage Daily News</a><nav><a href="/alaska-news/">Alaska News</a> <a href="/politics/">Politics</a> <a href="/nation-world/">Nation/World</a> <a href="/sports/">Sports</a> <a href="/opinions/">Opinions</a> <a href="/weather/">Weather</a></nav></header>',
           f'<main><h1 class="section-title">{esc(S["title"])}</h1>', '<p class="section-note">Stories from our wire services and the ADN newsroom.</p>']
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        lab = f"{d.strftime('%A')}, {MONTHS[d.month-1]} {d.day}, {d.year}"
        if lab != cur:
            cur = lab; out.append(f'<h2 class="day-divider">{lab}</h2>')
        st = ampm_ap(d); stamps.append(st)
        out.append(f'<div class="story-card"><h3><a href="/nation-world/{d.year}/{d.month:02d}/{d.day:02d}/{slug(e["h"])}/">{esc(e["h"])}</a></h3>')
        out.append(f'<p class="timestamp">{st}</p>')
        if e["a"]:
            out.append(f'<p class="byline">By {esc(e["a"])}</p>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append("</div>")
        if i == 2:
            out.append('<div class="newsletter-box"><b>Sign up for our daily headlines</b> <input type="email" placeholder="Email"/> <button>Sign up</button></div>')
    out += ["</main>", '<aside class="most-read"><h4>Most read</h4><ol><li>Assembly passes dividend bill</li><li>Bear sightings near Far North Bicentennial Park</li></ol></aside>',
            '<footer>© 2023 Anchorage Daily News. All rights reserved. <a href="/about">About</a> <a href="/contact">Contact</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_catalan(S):  # HTML live, LiveBlogPosting JSON-LD with entity-escaped strings, Key points box, per-post authors
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#post-{i+1}", "headline": ent(e["h"]), "datePublished": d.isoformat(),
                    "articleBody": ent(" ".join(e["p"])), "author": {"@type": "Person", "name": e["a"]}})
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": ent(S["title"]),
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "Organization", "name": "Catalan News"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Catalan News</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header><a class="logo" href="/">Catalan News</a><nav><a href="/politics">Politics</a> <a href="/society">Society</a> <a href="/business">Business</a> <a href="/culture">Culture</a> <a href="/sports">Sports</a> <a href="/podcasts">Podcasts</a></nav></header>',
           '<main class="live">', '<span class="live-badge">LIVE</span>', f"<h1>{esc(S['title'])}</h1>", f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="live-date">{esc(S["dateline"])}</p>', '<section class="key-points"><h2>Key points</h2><ul>'
           + "".join(f"<li>{esc(e['h'])}</li>" for e in S["entries"] if e["kp"]) + "</ul></section>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M"); stamps.append(st)
        out.append(f'<article class="live-post" id="post-{i+1}"><time datetime="{d.isoformat()}">{st}</time>')
        out.append(f"<h3>{esc(e['h'])}</h3>")
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append(f'<p class="post-author">{esc(e["a"])}</p>')
        out.append('<div class="share"><a>Share</a> <a>Copy link</a></div></article>')
        if i == 3:
            out.append('<div class="promo">Listen to our weekly podcast, Filling the Sink</div>')
    out += ["</main>", '<aside><h4>Most read</h4><ul><li><a href="/m1">Barcelona beaches fill as first heat wave arrives</a></li></ul></aside>',
            '<footer>© Catalan News · Catalan News Agency (ACN) · Legal notice · Cookies</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_exit(S):  # plain-text scrape of a tag page: author glued to "12 January 2023 21:15", "Read More", share labels
    z = S["zone"]
    L = ["Exit - Explaining Albania", "", "News   Politics   Business   Culture   Opinion   Investigations   Podcast   Donate", "",
         "This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. Accept   Read More", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{e['a']}{d.day} {MONTHS[d.month-1]} {d.year} {d.strftime('%H:%M')}"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"]) + ["Read More", "Facebook   Twitter   LinkedIn   Email", ""]
        if i == 2:
            L += ["Support independent journalism in Albania. Donate to Exit", ""]
    L += ["Older posts", "", "Exit News © 2023. All rights reserved.   About   Contact   Terms"]
    return "\n".join(L) + "\n", stamps


def r_charter(S):  # plain-text scrape: "5.04.2023, 21:30" line before headline, no bylines, comment counters
    z = S["zone"]
    L = ["Charter'97 :: News from Belarus - Belarusian News - Republic of Belarus - Minsk", "", "News   Politics   Economy   Society   Opinions   Video   English   Беларуская   Русский", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day}.{d.month:02d}.{d.year}, {d.strftime('%H:%M')}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"]) + [f"Comments: {e['com']}", ""]
        if i == 1:
            L += ["Subscribe to Charter97 on Telegram", ""]
        if i == 4:
            L += ["Read also: Why the regime fears the word \u201cpartisan\u201d", ""]
    L += ["Next page", "", "Charter97.org © 1998-2023. When using materials, a hyperlink to charter97.org is required."]
    return "\n".join(L) + "\n", stamps


# =============================================================== Part B renderers

def r_ottery(S):  # text live blog, OLDEST first, "8.05am" stamps, date line, "All times BST", Key Points, page byline
    z = S["zone"]
    L = ["OTTERY EVENING NEWS", "News   Sport   Business   World   Opinion   Puzzles", "", S["title"], S["byline"], "", S["dateline"], "All times BST", "",
         "Key Points"]
    L += ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]]
    L += ["", "Our live coverage runs oldest to newest; scroll down for the latest.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm_dot(d); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Advertisement", ""]
        if i == 5:
            L += ["Read more: The cathedral that survived Stalin", ""]
    L += ["Share this live blog: Facebook | X | Email", "", "\u00a9 Ottery Evening News 2023"]
    return "\n".join(L) + "\n", stamps


def r_pentire(S):  # HTML live, LiveBlogPosting JSON-LD (per-update times, entity-escaped strings), <time> HH:MM, byline after headline
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#p{i+1}", "headline": ent(e["h"]), "datePublished": d.isoformat(), "articleBody": ent(" ".join(e["p"]))}
        if e["a"]:
            u["author"] = [{"@type": "Person", "name": e["a"]}]
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": ent(S["title"]), "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@type": "Organization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<header class="pe-head"><a href="/">{S["source"]}</a> <a href="/world">World</a> <a href="/europe">Europe</a> <a href="/ukraine">Ukraine</a> <a href="/newsletters">Newsletters</a></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="standfirst">{esc(S["lede"])}</p>', f'<p class="note">{esc(S["tznote"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M"); stamps.append(st)
        out.append(f'<article class="post" id="p{i+1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">By {esc(e["a"])}</p>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append("</article>")
        if i == 3:
            out.append('<aside class="promo">Sign up to First Edition, our free daily newsletter <button>Sign up</button></aside>')
    out += ["</main>", f"<footer>\u00a9 {S['source']} 2023 | Terms | Privacy | Cookie settings</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss_world(S):  # general world RSS 2.0, pubDate with the feed's own offset style, CDATA description
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">', "<channel>",
           f"<title>{esc(S['title'])}</title>", f"<link>{S['link']}</link>", f"<description>{esc(S['desc'])}</description>", "<language>en-gb</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT") if S.get("gmt") else d.strftime("%a, %d %b %Y %H:%M:%S %z")
        stamps.append(st)
        out += ["<item>", f"<title><![CDATA[{e['h']}]]></title>", f"<link>{S['link']}/{slug(e['h'])}</link>",
                f'<guid isPermaLink="false">{S["id"]}-{i+1:03d}</guid>', f"<pubDate>{st}</pubDate>", f"<category>{e.get('cat', 'World')}</category>",
                f'<media:thumbnail url="{S["link"]}/img/{S["id"]}{i}.jpg" width="320" height="180"/>',
                "<description><![CDATA[" + "".join(f"<p>{p}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_textarticle(S):  # text article with section headings; one entry per section; stamp null; dateline printed
    L = list(S["head"]); stamps = []
    for e in S["entries"]:
        stamps.append(None)
        L += [e["h"], ""] + ptxt(e["p"])
    L += list(S["foot"])
    return "\n".join(L) + "\n", stamps


def r_trevone(S):  # HTML live, no JSON-LD, "14:38 BST" span AFTER the headline, optional byline, newest first
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>",
           f'<meta property="og:title" content="{esc(S["title"])}"></head><body>',
           f'<div class="nav">{S["source"]} \u00b7 <a href="/news">News</a> \u00b7 <a href="/world">World</a> \u00b7 <a href="/money">Money</a> \u00b7 <a href="/sport">Sport</a> \u00b7 <a href="/weather">Weather</a></div>',
           f'<div class="hero"><h1>{esc(S["title"])}</h1><p>{esc(S["lede"])}</p><p class="date">{esc(S["dateline"])}</p></div>', '<div class="feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M") + " BST"; stamps.append(st)
        out.append(f'<div class="entry"><h2>{esc(e["h"])}</h2><span class="stamp">{st}</span>')
        if e["a"]:
            out.append(f'<span class="author">{esc(e["a"])}</span>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append('<div class="tools"><a>Share</a> <a>Link</a></div></div>')
        if i == 2:
            out.append('<div class="ad-slot">Advertisement</div>')
    out += ["</div>", '<div class="more"><a href="/live/yesterday">Yesterday: Odesa cathedral hit in missile strike</a></div>', f"<footer>{S['source']} \u00a9 2023 \u00b7 Privacy \u00b7 Cookies</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_atom(S):  # Atom 1.0, offset or Z times, html content (entity-escaped), author per entry
    z = S["zone"]
    def fmt(d):
        return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if S.get("zulu") else d.isoformat()
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f"<title>{esc(S['title'])}</title>",
           f"<subtitle>{esc(S['desc'])}</subtitle>", f'<link rel="alternate" href="{S["link"]}"/>', f'<link rel="self" href="{S["link"]}/feed.atom"/>',
           f"<id>{S['link']}/</id>", f"<updated>{fmt(dt(S['entries'][0]['t'], z))}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = fmt(d); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link rel="alternate" href="{S["link"]}/{d:%Y/%m/%d}/{slug(e["h"])}"/>',
                f"<id>tag:{S['link'][8:]},{d:%Y-%m-%d}:{S['id']}{i+1:02d}</id>", f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        out.append(f'<category term="{e.get("cat", "Europe")}"/>')
        if e.get("dupsuffix"):
            pass
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_yanwath(S):  # text live, OLDEST first, bare "06:50" stamps, Kyiv time stated once, "Reporting:" line after body
    z = S["zone"]
    L = ["Yanwath Times", "Home | World | Ukraine | Analysis | Podcasts | Log in", "", S["title"], "", S["dateline"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M"); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Reporting: {e['a']}", ""]
        if i == 1:
            L += ["ADVERTISEMENT", ""]
        if i == 3:
            L += ["See also: A year of Ukraine's grain corridor, in charts", ""]
    L += ["This page is no longer being updated. Follow our coverage on 25 July here.", "", "Yanwath Times Ltd. Privacy | Terms"]
    return "\n".join(L) + "\n", stamps


def r_otterburn(S):  # text live, OLDEST first, bare "09:10" stamps, Kyiv time note, Key Points bullets
    z = S["zone"]
    L = ["Otterburn Echo", "Front page  |  Ukraine  |  Europe  |  Business  |  Culture", "", S["title"], "", S["dateline"], S["tznote"], "", "Key Points"]
    L += ["- " + e["h"] for e in S["entries"] if e["kp"]]
    L += ["", "Live updates (oldest first)", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M"); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 3:
            L += ["Sponsored content", ""]
    L += ["Comments are closed for this live blog.", "", "Otterburn Echo \u00a9 2023 \u2013 Privacy notice \u2013 Contact the newsroom"]
    return "\n".join(L) + "\n", stamps


def r_tresillian(S):  # HTML live, @graph JSON-LD with @type array, visible "4:05pm" stamps, newest first, byline line
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#e{i+1}", "headline": e["h"], "datePublished": d.isoformat(),
                    "articleBody": " ".join(e["p"]) if e["p"] else ""})
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": "https://tresilliantimes.example/#org", "name": S["source"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@id": "https://tresilliantimes.example/#org"},
         "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} \u2013 {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<header><strong>{S["source"]}</strong> <nav><a href="/news">News</a> <a href="/world">World</a> <a href="/opinion">Opinion</a> <a href="/subscribe">Subscribe</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="dek">{esc(S["lede"])}</p>', f'<p class="meta">{esc(S["meta"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm_cmp(d); stamps.append(st)
        out.append(f'<section class="update" id="e{i+1}"><div class="when">{st}</div><h3>{esc(e["h"])}</h3>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        if e["a"]:
            out.append(f'<p class="sig">Reporting by {esc(e["a"])}</p>')
        out.append("</section>")
        if i == 1:
            out.append('<div class="inline-newsletter">Get the Tresillian Times morning briefing <button>Subscribe</button></div>')
    out += ["</main>", f"<footer>\u00a9 2023 {S['source']}</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_htmlarticle(S):  # HTML article with h2 sections; dateline printed with "6.20pm GMT"
    out = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title></head><body>",
           f'<header>{S["source"]} <a href="/world">World</a> <a href="/europe">Europe</a> <a href="/comment">Comment</a></header>', "<article>",
           f"<h1>{esc(S['title'])}</h1>", f'<p class="standfirst">{esc(S["lede"])}</p>', f'<p class="byline">By {esc(S["author"])}</p>',
           f'<p class="dateline">{esc(S["datetext"])}</p>',
           '<figure><img src="/img/kyiv-office.jpg" alt=""/><figcaption>The presidential office on Bankova Street, Kyiv. Photo: agency</figcaption></figure>']
    stamps = []
    for e in S["entries"]:
        stamps.append(None)
        out.append(f"<h2>{esc(e['h'])}</h2>")
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
    out += ['<aside>More on this story: <a href="/x">Who is who in Zelensky\u2019s inner circle</a></aside>', "</article>",
            f"<footer>{S['source']} \u00b7 Terms \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


# =============================================================== PART A: single pages
SEEDS = []

SEEDS.append(dict(id="3900", name="3900_newvision-summit-wrap", ext="html", source="New Vision", zone="UTC", render=r_newvision,
  title="Russia-Africa summit, Ukraine war: latest updates", author="Vision Reporter", publine="Publish Date: Jul 27, 2023",
  lede="Heads of state and government from across Africa gather in St Petersburg as Russia courts the continent. Below, a running account from our desk and wire services.",
  dateline="Thursday, July 27, 2023",
  imitates="New Vision (Uganda) world page running wire updates", fmt="HTML, 'HHMM GMT \u2014 Headline' lines under a date line, newest first, one page byline",
  notes="New Vision-style HTML wrap for Thursday 27 July 2023. Updates are bold lines 'HHMM GMT \u2014 Headline' under one date line 'Thursday, July 27, 2023'; newest first; times are GMT (= UTC), so page_timezone is UTC. One page byline ('By Vision Reporter') and no per-update bylines: every entry's author is the page byline. 0850 GMT is a 'Watch:' video teaser with no body. The 0530 GMT Kampala weather item is off-beat.",
  not_entries=["site header and section menu", "'WORLD' category label", "page byline and 'Publish Date' line", "share buttons", "bold intro paragraph", "date line 'Thursday, July 27, 2023'", "RELATED link box", "ADVERTISEMENT", "Trending list", "newsletter box", "footer"],
  entries=[
  E("2023-07-27 19:05", "Putin promises free grain to six African countries",
    ["Russian President Vladimir Putin told the summit that Moscow was ready to ship between 25,000 and 50,000 tonnes of grain free of charge to six African states within three to four months.",
     "He named Burkina Faso, Zimbabwe, Mali, Somalia, the Central African Republic and Eritrea, and said Russia could replace Ukrainian grain on commercial terms as well."],
    "diplomacy", "diplomacy", 3, "putin-free-grain-africa-pledge", a="Vision Reporter", n="Head-of-state pledge at the summit, the page's lead -> 3."),
  E("2023-07-27 16:40", "Museveni calls for talks to end the war in Ukraine",
    ["President Yoweri Museveni told fellow leaders that Africa wanted the fighting in Ukraine to stop and urged both sides to return to negotiations.",
     "He said rising fuel and fertiliser prices caused by the war were hurting farmers in Uganda."],
    "diplomacy", "diplomacy", 2, "museveni-peace-talks-appeal-st-petersburg", a="Vision Reporter"),
  E("2023-07-27 14:09", "Russian-installed officials say drones downed over Crimea",
    ["Air defences shot down several Ukrainian drones over northern Crimea early on Thursday, the Moscow-appointed administration of the peninsula said.",
     "It said no one was hurt. Kyiv did not comment."],
    "strikes", "strikes", 2, "crimea-drones-downed-2023-07-27", a="Vision Reporter"),
  E("2023-07-27 11:22", "Missile strike on Odesa port kills security guard",
    ["A Russian missile hit port facilities in Odesa overnight, killing a security guard and damaging a warehouse, Ukraine's southern military command said.",
     "Kyiv said the attack was part of a campaign against grain export routes since Moscow quit the Black Sea grain deal last week.",
     "Russia said it had targeted sites where Ukrainian naval drones were being prepared."],
    "strikes", "strikes", 3, "odesa-port-strike-2023-07-27", a="Vision Reporter", n="Deadly strike on grain infrastructure -> 3."),
  E("2023-07-27 08:50", "Watch: African leaders arrive in St Petersburg", [], "diplomacy", "diplomacy", 1, "russia-africa-summit-opens", a="Vision Reporter",
    n="Video teaser, no body -> 1."),
  E("2023-07-27 07:15", "Summit opens with fewer heads of state than in 2019",
    ["Seventeen African heads of state are attending the two-day meeting, down from 43 at the first Russia-Africa summit in Sochi four years ago, the Kremlin said.",
     "Moscow accused Western countries of pressuring African governments to stay away."],
    "diplomacy", "diplomacy", 2, "russia-africa-summit-opens", a="Vision Reporter"),
  OFF("2023-07-27 05:30", "Heavy rain floods roads in Kampala suburbs",
    ["Motorists were stranded for hours on Thursday morning after a night of heavy rain flooded roads in Kawempe and Nakawa divisions.",
     "The city authority said drainage crews had been deployed."],
    "kampala-floods-2023-07-27", a="Vision Reporter", n="local weather"),
  ]))

SEEDS.append(dict(id="3901", name="3901_economynext-feed", ext="xml", source="EconomyNext", zone="Asia/Colombo", render=r_economynext,
  title="EconomyNext", imitates="EconomyNext (Sri Lanka) WordPress RSS feed", fmt="RSS 2.0, +0530 pubDate, dc:creator, excerpt description plus content:encoded",
  notes="EconomyNext-style RSS 2.0 feed for Friday 17 Nov 2023. pubDate carries +0530 (Sri Lanka time); items 07:45-21:40 local = 02:15-16:10 UTC, all 17 Nov. Each item has a short excerpt <description> starting 'ECONOMYNEXT \u2013' and ending '[\u2026]' (not a separate paragraph of the body; the body is content:encoded). Business feed: two of six items are local economy (off-beat).",
  not_entries=["channel title/link/description/lastBuildDate/generator", "each item's excerpt <description> (duplicates the start of the body)", "categories and guids"],
  entries=[
  OFF("2023-11-17 21:40", "Sri Lanka rupee ends steady, bond yields edge down",
    ["Sri Lanka's rupee closed broadly unchanged against the dollar on Friday while yields on two-year bonds slipped, dealers said.",
     "Traders said importer demand was light ahead of the weekend."],
    "sri-lanka-rupee-close-2023-11-17", a="Economynext", cat="Markets", n="local markets"),
  E("2023-11-17 19:15", "EU plan to ban Russian diamonds worries Indian polishers",
    ["A proposed European Union ban on Russian diamonds in the bloc's twelfth sanctions package could disrupt supply for polishing firms in India, industry analysts said.",
     "The package, put forward by the European Commission this week, also adds firms accused of helping Moscow dodge earlier restrictions."],
    "diplomacy", "diplomacy", 2, "eu-12th-sanctions-package-diamonds", a="Himal Wijesekara", cat="Global Economy"),
  E("2023-11-17 16:30", "War-risk premiums for Odesa-bound ships ease as new corridor holds",
    ["Insurance costs for vessels calling at Ukraine's Black Sea ports have fallen by around a third since September as Kyiv's own shipping corridor keeps operating, brokers said.",
     "More than 150 ships have used the route since August despite Russian attacks on port infrastructure."],
    "other", "humanitarian", 2, "ukraine-black-sea-corridor-insurance", a="Himal Wijesekara", cat="Global Economy",
    n="Grain-export corridor economics: other/humanitarian (food exports), as for grain-deal items."),
  OFF("2023-11-17 14:05", "Colombo tea auction prices rise on Middle East buying",
    ["Average prices at the weekly Colombo tea auction rose for a third week, helped by stronger demand from buyers in Iraq and the Gulf, brokers said.",
     "Low-grown teas saw the biggest gains."],
    "colombo-tea-auction-2023-11-17", a="Economynext", cat="Commodities", n="local commodities"),
  E("2023-11-17 11:50", "IMF staff agree second review of Ukraine loan, clearing way for 900 million dollars",
    ["International Monetary Fund staff have reached agreement with Kyiv on the second review of its 15.6 billion dollar lending programme, which would release about 900 million dollars once the board approves.",
     "The fund said Ukraine's economy had proved more resilient than expected this year but that the outlook depended on continued outside financing."],
    "aid", "aid", 3, "imf-ukraine-second-review-2023-11", a="Economynext", cat="Global Economy", n="Financial support to Ukraine, large sum -> 3."),
  E("2023-11-17 09:20", "Discounts on Russian crude widen as price-cap checks tighten",
    ["The discount on Russia's Urals crude to Brent has widened to its largest since the summer after Washington sanctioned several tankers for breaching the Western price cap, traders said.",
     "Indian refiners, major buyers of Russian oil, have slowed purchases while they check shipping documents."],
    "diplomacy", "diplomacy", 2, "russian-oil-price-cap-enforcement-2023-11", a="Himal Wijesekara", cat="Global Economy", n="Sanctions enforcement -> diplomacy."),
  ]))

SEEDS.append(dict(id="3902", name="3902_roya-world-listing", ext="txt", source="Roya News", zone="Asia/Amman", render=r_roya,
  title="World", ref="2023-12-03 21:30",
  imitates="Roya News English (Jordan) world-news listing", fmt="plain text, relative stamps ('2 hours ago') under each headline, printed 'Last updated' anchor",
  notes="Roya News English-style text scrape of the World listing. Stamps are relative ('30 minutes ago', 'N hours ago'), resolved against the printed 'Last updated: Sunday, 03 December 2023 21:30' (Jordan time, UTC+3 all year since late 2022). Items 05:30-21:00 local = 02:30-18:00 UTC, all 3 Dec. Each item ends with 'Read more'. Three items are about the Gaza war or Jordan (off-beat: not this war). No bylines.",
  not_entries=["site name, 'English' and menu lines", "cookie notice", "page heading 'World' and the 'Last updated' line", "'Read more' links", "Most Read box", "WhatsApp promo", "'Load more' and footer"],
  entries=[
  OFF("2023-12-03 21:00", "Israeli strikes on southern Gaza kill dozens, health ministry says",
    ["Israeli air strikes on Khan Younis and Rafah killed dozens of people on Sunday, the health ministry in Gaza said, as fighting resumed after the collapse of a week-long truce."],
    "gaza-strikes-2023-12-03", n="another war"),
  E("2023-12-03 19:30", "Russian shelling kills two in Kherson",
    ["Two civilians were killed and four wounded when Russian artillery hit residential streets in Kherson on Sunday afternoon, the regional governor said.",
     "A bus stop and several private houses were damaged."],
    "strikes", "strikes", 3, "kherson-shelling-2023-12-03", n="Deadly strike -> 3."),
  OFF("2023-12-03 17:30", "Safadi urges immediate ceasefire in Gaza",
    ["Foreign Minister Ayman Safadi called for an immediate and lasting ceasefire in Gaza during a phone call with his Egyptian counterpart, the ministry said."],
    "jordan-safadi-gaza-ceasefire-call", n="Jordanian diplomacy on Gaza"),
  E("2023-12-03 15:30", "Ukraine says troops holding out near Avdiivka",
    ["Ukrainian forces repelled more than 20 Russian assaults around the eastern town of Avdiivka over the past day, the general staff said.",
     "Moscow has been trying to encircle the town since October."],
    "other", "frontline", 2, "avdiivka-fighting-2023-12-03"),
  E("2023-12-03 12:30", "Moscow says it stopped drone attack on Crimea",
    ["Russia's defence ministry said air defences destroyed 11 Ukrainian drones over Crimea and the Black Sea overnight.",
     "There was no word on damage."],
    "strikes", "strikes", 2, "crimea-drones-2023-12-03"),
  E("2023-12-03 09:30", "Finland keeps eastern border shut, citing Russian-organised crossings",
    ["Finland will keep all crossings on its border with Russia closed until mid-December, the interior ministry said, accusing Moscow of steering asylum seekers towards the frontier.",
     "The Kremlin has denied the charge."],
    "other", "security", 2, "finland-russia-border-closure"),
  OFF("2023-12-03 05:30", "Aqaba port reports record container traffic",
    ["Aqaba's container terminal handled more boxes in November than in any month on record, the port company said."],
    "aqaba-port-record-2023-11", n="Jordanian economy"),
  ]))

SEEDS.append(dict(id="3903", name="3903_timesca-rdf", ext="xml", source="The Times of Central Asia", zone="Asia/Almaty", render=r_tca,
  title="The Times of Central Asia", imitates="The Times of Central Asia feed", fmt="RSS 1.0 (RDF), dc:date with +06:00, dc:creator, content:encoded",
  notes="Times of Central Asia-style RSS 1.0 (rdf:RDF) feed for Thursday 20 April 2023. Times are dc:date ISO strings with +06:00 (Almaty time in 2023); items 09:00-22:10 local = 03:00-16:10 UTC, all 20 April. Two of six items are regional news not about the war (off-beat). Two separate sanctions stories (Kazakh customs tracking vs the EU envoy's trip) are different events.",
  not_entries=["channel title/link/description/date", "rdf:Seq list of item URLs", "dc:subject categories"],
  entries=[
  E("2023-04-20 22:10", "Kazakhstan tightens tracking of goods bound for Russia",
    ["Kazakhstan's finance ministry said it would introduce electronic tracking for 106 categories of goods shipped to Russia to make sure sanctioned items are not re-exported through the country.",
     "Officials in Astana have repeatedly said they will not help Moscow get around Western restrictions."],
    "diplomacy", "diplomacy", 2, "kazakhstan-goods-tracking-sanctions", a="Staff Writer", cat="Kazakhstan", n="Sanctions compliance -> diplomacy."),
  E("2023-04-20 19:40", "Kyrgyz trade in dual-use goods with Russia draws Western scrutiny",
    ["Exports of electronics and machine parts from Kyrgyzstan to Russia have grown several times over since 2022, according to trade figures reviewed by this publication.",
     "Bishkek says it abides by its obligations within the Eurasian Economic Union."],
    "diplomacy", "diplomacy", 2, "kyrgyzstan-dual-use-exports-russia", a="Aidana Sultanova", cat="Kyrgyzstan"),
  OFF("2023-04-20 16:05", "Uzbekistan plans new reservoir in Fergana Valley",
    ["Uzbekistan will build a reservoir in the Fergana Valley to ease summer water shortages for cotton and wheat farmers, the water ministry said."],
    "uzbekistan-fergana-reservoir", a="Staff Writer", cat="Uzbekistan", n="regional infrastructure"),
  E("2023-04-20 13:30", "EU sanctions envoy to visit Astana and Bishkek",
    ["The European Union's special envoy for sanctions, David O'Sullivan, will travel to Kazakhstan and Kyrgyzstan next week to discuss how to stop sanctioned goods reaching Russia, an EU official said.",
     "Brussels has warned that firms in third countries could be listed if the flows continue."],
    "diplomacy", "diplomacy", 2, "eu-sanctions-envoy-central-asia-trip", a="Staff Writer", cat="Region"),
  E("2023-04-20 11:15", "Tajik migrants weigh leaving Russia after electronic call-up law",
    ["Labour migrants from Tajikistan who hold Russian passports fear being drafted under a new law allowing electronic call-up papers, community leaders in Moscow said.",
     "Dushanbe has advised dual citizens to check their military registration status."],
    "other", "politics", 2, "russia-electronic-draft-law-tajik-migrants", a="Farrukh Nazarov", cat="Tajikistan"),
  OFF("2023-04-20 09:00", "Turkmenistan and China resume talks on fourth gas pipeline line",
    ["Officials from Ashgabat and Beijing met to revive plans for a fourth branch of the Central Asia-China gas pipeline, Turkmen state media reported."],
    "turkmenistan-china-gas-line-d", a="Staff Writer", cat="Turkmenistan", n="energy, not about the war"),
  ]))

SEEDS.append(dict(id="3904", name="3904_fmt-key-events", ext="html", source="Free Malaysia Today", zone="Asia/Kuala_Lumpur", render=r_fmt,
  title="Ukraine war: key events on day 500", author="Nadia Hamzah", dateline="Saturday, 08 Jul 2023 11.50pm",
  lede="Here are the main developments as Russia\u2019s invasion of Ukraine reaches its 500th day.",
  imitates="Free Malaysia Today world article (wire 'key events' list)", fmt="HTML article, NewsArticle JSON-LD with HTML entities in strings, 'Key events' bullet list",
  notes="FMT-style world article of Saturday 8 July 2023, 11.50pm Malaysia time (UTC+8) = 15:50 UTC. The entries are the six bullets under 'Key events': each bullet is one event with no headline and no own time, so headline and stamp are null and published is the article's dateline. 'Key events' is not a 'Key Points' block of headlines, so key_point is false; importance is judged per event. Author: the single byline 'Nadia Hamzah' applies to every bullet. The intro sentence above the list is page lede, not an entry. JSON-LD NewsArticle carries entity-escaped strings (&#8217;).",
  not_entries=["header and menu", "'World' label", "byline/date line", "photo caption", "share buttons", "intro sentence above 'Key events'", "'Key events' heading", "'Stay current' promo", "Related links", "newsletter box", "footer"],
  entries=[
  E("2023-07-08 23:50", None, ["Russian shelling of the eastern town of Lyman killed eight civilians and wounded 13 on Saturday morning, the Donetsk regional governor said."],
    "strikes", "strikes", 3, "lyman-shelling-2023-07-08", a="Nadia Hamzah", n="Deadly strike -> 3."),
  E("2023-07-08 23:50", None, ["President Volodymyr Zelensky marked the 500th day of the war with a video recorded on Snake Island, thanking the troops who retook it last year."],
    "other", "politics", 2, "zelensky-snake-island-day-500", a="Nadia Hamzah"),
  E("2023-07-08 23:50", None, ["Turkish President Tayyip Erdogan said after talks with Zelensky in Istanbul that Ukraine deserved membership of NATO."],
    "diplomacy", "diplomacy", 3, "erdogan-zelensky-istanbul-talks", a="Nadia Hamzah", n="Head-of-state diplomacy -> 3."),
  E("2023-07-08 23:50", None, ["Britain, Spain and Canada said they opposed the use of cluster bombs, a day after Washington agreed to send the weapons to Kyiv as part of a new military aid package."],
    "aid", "aid", 3, "us-cluster-munitions-for-ukraine", a="Nadia Hamzah", sec=["diplomacy"], n="Allies' reactions to the US decision to supply cluster munitions; the supply leads -> aid, 3."),
  E("2023-07-08 23:50", None, ["The UN human rights office said it had confirmed more than 9,000 civilian deaths since the invasion began, including over 500 children, and that the real toll was probably higher."],
    "other", "humanitarian", 2, "un-civilian-toll-day-500", a="Nadia Hamzah"),
  E("2023-07-08 23:50", None, ["Russia's defence ministry said its forces had beaten back Ukrainian attacks near Bakhmut and on the Zaporizhzhia front."],
    "other", "frontline", 2, "frontline-bakhmut-zaporizhzhia-2023-07-08", a="Nadia Hamzah"),
  ]))

SEEDS.append(dict(id="3905", name="3905_samoaobserver-world", ext="txt", source="Samoa Observer", zone="Pacific/Apia", render=r_samoa,
  title=None, dateline="Tuesday 28 November 2023",
  imitates="Samoa Observer world section", fmt="plain text, one Samoa date heading, 'h:mm am/pm' line after each headline, 'By X' bylines",
  notes="Samoa Observer-style scrape of the World section. The only date printed is the local heading 'Tuesday 28 November 2023'; times are Samoa time (UTC+13, no DST), so every item (12:10 am-12:40 pm local on 28 Nov) falls on Monday 27 Nov UTC (11:10-23:40 UTC): the printed date is not the UTC day. Each item: headline, time line, byline, body, share line. No page title line beyond the section name 'World'. Three items are Pacific news (off-beat).",
  not_entries=["site name, menu, Subscribe/Login", "section name 'World'", "date heading", "share lines", "ADVERTISEMENT", "Related Stories link", "'Load More' and footer"],
  entries=[
  E("2023-11-28 12:40", "Finland to close last crossing on Russian border",
    ["Finland will shut the only checkpoint still open on its long border with Russia, the government said, accusing Moscow of funnelling migrants towards the frontier.",
     "The closure takes effect at midnight on Wednesday and will last at least two weeks."],
    "other", "security", 2, "finland-closes-last-border-crossing", a="UPI"),
  OFF("2023-11-28 11:05", "Tonga braces for early start to cyclone season",
    ["Forecasters in Nuku'alofa warned that warmer seas could bring the first tropical cyclone of the season within weeks."],
    "tonga-cyclone-season", a="PACNEWS", n="Pacific weather"),
  E("2023-11-28 09:45", "NATO foreign ministers to weigh long-term Ukraine support",
    ["Foreign ministers of the 31 NATO allies meet in Brussels on Tuesday and Wednesday, with Ukraine's Dmytro Kuleba due to join them for talks on air defence and ammunition.",
     "Secretary-General Jens Stoltenberg said allies must be ready to support Kyiv for the long haul."],
    "diplomacy", "diplomacy", 2, "nato-foreign-ministers-brussels-2023-11", a="UPI"),
  E("2023-11-28 08:20", "Russia says drones shot down over Moscow region",
    ["Russian air defences destroyed two Ukrainian drones approaching Moscow, Mayor Sergei Sobyanin said, adding that there were no casualties.",
     "Flights at two of the capital's airports were briefly restricted."],
    "strikes", "strikes", 2, "moscow-region-drones-2023-11-27", a="UPI"),
  OFF("2023-11-28 06:30", "Samoa adds two golds at Pacific Games in Honiara",
    ["Samoa's weightlifters won two more gold medals on Monday, lifting the team to fourth place on the medal table in the Solomon Islands."],
    "pacific-games-samoa-medals", a="Observer Sports Desk", n="sport"),
  E("2023-11-28 03:15", "Kyiv says Russian assaults around Avdiivka repelled",
    ["Ukrainian troops fought off more than 20 Russian attacks near the eastern town of Avdiivka in the past day, the general staff said.",
     "Heavy snow across much of Ukraine has slowed fighting elsewhere on the front."],
    "other", "frontline", 2, "avdiivka-fighting-2023-11-27", a="UPI"),
  OFF("2023-11-28 00:10", "Fiji opens consultation on new constitution review",
    ["Fiji's government launched public hearings on a review of the 2013 constitution, the attorney general's office said."],
    "fiji-constitution-review", a="PACNEWS", n="Pacific politics"),
  ]))

SEEDS.append(dict(id="3906", name="3906_adn-nation-world", ext="html", source="Anchorage Daily News", zone="America/Anchorage", render=r_adn,
  title="Nation/World",
  imitates="Anchorage Daily News Nation/World page", fmt="HTML listing, day dividers crossing local midnight, '8:35 p.m.' line after each headline, newest first",
  notes="ADN-style Nation/World listing with day dividers 'Monday, July 3, 2023' and 'Sunday, July 2, 2023'; newest first. Times print as '3:40 p.m.' on their own line after the headline, Alaska time (AKDT, UTC-8; no zone printed, the outlet's home zone). The Sunday evening items (4:20-11:50 p.m. on 2 July local) and the Monday items all fall on Monday 3 July UTC (00:20-23:40 UTC): the local date changes inside the page, the UTC date does not. 11:50 p.m. is a 'Photos:' teaser with no body. Two local Alaska items are off-beat. Items without a byline line have author null.",
  not_entries=["subscribe banner", "masthead and menu", "section title and note", "day dividers", "newsletter sign-up box", "Most read list", "footer"],
  entries=[
  E("2023-07-03 15:40", "Allies move to keep Stoltenberg at NATO for another year",
    ["NATO members are set to extend Secretary-General Jens Stoltenberg's term by a year after failing to agree on a successor before next week's summit in Vilnius, diplomats said Monday.",
     "The Norwegian has led the alliance since 2014."],
    "diplomacy", "diplomacy", 2, "stoltenberg-term-extension", a="Kelsey Mardell"),
  OFF("2023-07-03 13:15", "Wildfire near Delta Junction grows past 2,000 acres",
    ["Crews were working to keep a lightning-sparked fire away from homes near Delta Junction after it roughly doubled in size overnight, the Alaska Division of Forestry said."],
    "delta-junction-wildfire-2023-07", a="Tess Rowland", n="Alaska wildfire"),
  E("2023-07-03 10:05", "Ukraine says it is gaining ground on Bakhmut's flanks",
    ["Ukrainian forces advanced up to a kilometre on the northern and southern edges of Bakhmut over the past week, Deputy Defense Minister Hanna Maliar said.",
     "Russia said it had repelled the attacks."],
    "other", "frontline", 2, "bakhmut-flanks-2023-07-03"),
  E("2023-07-03 07:30", "Drone strike damages building in Ukraine's Sumy",
    ["A Russian drone hit an administrative building in the center of Sumy on Monday morning, injuring at least 18 people, regional officials said.",
     "Windows were blown out in nearby apartment blocks."],
    "strikes", "strikes", 2, "sumy-drone-strike-2023-07-03"),
  E("2023-07-03 00:45", "Kremlin says mutiny will not slow its campaign in Ukraine",
    ["The Kremlin said the short-lived Wagner uprising had no effect on what it calls its special military operation, and that Wagner fighters could sign contracts with the defense ministry.",
     "The whereabouts of Wagner chief Yevgeny Prigozhin remained unclear."],
    "other", "politics", 2, "kremlin-wagner-mutiny-aftermath"),
  E("2023-07-02 23:50", "Photos: Ukrainian crews train on Leopard tanks in Poland", [], "aid", "aid", 1, "leopard-crew-training-poland", n="Photo teaser, no body -> 1."),
  E("2023-07-02 20:35", "Russian missile strike on Kostiantynivka kills two",
    ["Two people were killed and five wounded when a Russian missile hit a residential neighborhood in Kostiantynivka in eastern Ukraine on Sunday evening, local officials said."],
    "strikes", "strikes", 3, "kostiantynivka-missile-strike-2023-07-02", a="Kelsey Mardell", n="Deadly strike -> 3. Sunday evening in Alaska = Monday 04:35 UTC."),
  OFF("2023-07-02 16:20", "Cook Inlet fishery opens early after strong sockeye counts",
    ["State managers opened the Upper Cook Inlet commercial drift fishery a day early after sonar counts showed sockeye returning in large numbers."],
    "cook-inlet-fishery-2023", a="Tess Rowland", n="Alaska fisheries"),
  ]))

SEEDS.append(dict(id="3907", name="3907_catalannews-live", ext="html", source="Catalan News", zone="Europe/Madrid", render=r_catalan,
  title="Live: Sánchez in Kyiv as Spain takes over EU Council presidency", url="https://www.catalannews.com/politics/item/live-sanchez-kyiv-eu-presidency",
  lede="Spain's prime minister travels to the Ukrainian capital on the first day of the country's six-month term at the helm of the Council of the EU.",
  dateline="Saturday, 1 July 2023",
  imitates="Catalan News (Catalonia, Spain) live page", fmt="HTML live, LiveBlogPosting JSON-LD (entity-escaped strings), 'Key points' box, <time> HH:MM, per-post author line",
  notes="Catalan News-style live page for Saturday 1 July 2023 (date line), newest first. Stamps are bare HH:MM in <time datetime> (+02:00); Madrid time (CEST, UTC+2). 08:05-19:40 local = 06:05-17:40 UTC. Each post ends with its own author line (per-post authors; no page byline). A 'Key points' box lists two post headlines; those two entries are key_point true. JSON-LD headlines/bodies carry HTML entities (&#039;, &aacute;). The Lleida heat item is off-beat.",
  not_entries=["header and menu", "LIVE badge", "standfirst", "date line", "'Key points' box (its items are headlines of entries below, not entries)", "share/copy link lines", "podcast promo", "Most read", "footer"],
  entries=[
  E("2023-07-01 19:40", "Zelensky thanks Spain and presses for EU talks this year",
    ["Volodymyr Zelensky thanked Spain for its support and said he hoped Ukraine could open accession negotiations with the EU before the end of the year.",
     "He spoke at a joint news conference with Pedro Sánchez."],
    "diplomacy", "diplomacy", 2, "sanchez-kyiv-visit-2023-07-01", a="Oriol Serra", n="Part of the visit story (same event: the joint news conference); rated 2 as a secondary post."),
  E("2023-07-01 17:15", "Sánchez announces four more Leopard tanks for Ukraine",
    ["Spain will send four additional Leopard 2A4 tanks along with armoured ambulances and a field hospital, Pedro Sánchez told Ukraine's parliament.",
     "The shipment brings the number of Spanish Leopards pledged to Kyiv to ten."],
    "aid", "aid", 3, "spain-leopard-tanks-pledge-2023-07-01", a="Laia Comas", kp=True, n="Listed under Key points -> 3."),
  E("2023-07-01 15:05", "Sánchez tours Bucha and lays flowers at memorial",
    ["The Spanish prime minister visited Bucha, where he laid flowers at a memorial to civilians killed during the Russian occupation last year.",
     "He called for those responsible to face justice."],
    "diplomacy", "diplomacy", 2, "sanchez-kyiv-visit-2023-07-01", a="Oriol Serra", sec=["humanitarian"]),
  E("2023-07-01 12:30", "Spanish PM arrives in Kyiv on first day of EU presidency",
    ["Pedro Sánchez arrived in Kyiv by overnight train in a symbolic start to Spain's term leading the Council of the European Union.",
     "It is his second visit to Ukraine since the full-scale invasion."],
    "diplomacy", "diplomacy", 3, "sanchez-kyiv-visit-2023-07-01", a="Oriol Serra", kp=True, n="Listed under Key points; head-of-government visit -> 3."),
  E("2023-07-01 10:50", "Some 30,000 Ukrainians under temporary protection in Catalonia",
    ["Around 30,000 people who fled Ukraine hold temporary protection status in Catalonia, according to Catalan government figures.",
     "Most live in the Barcelona area and a third are children."],
    "other", "humanitarian", 2, "ukrainian-refugees-catalonia-2023", a="Laia Comas"),
  E("2023-07-01 09:20", "Catalan government ships generators to Kharkiv",
    ["A convoy carrying 40 power generators and medical supplies paid for by the Catalan government left Barcelona for Kharkiv.",
     "The aid was coordinated with Ukraine's consulate in Barcelona."],
    "aid", "aid", 2, "catalan-generators-kharkiv", a="Laia Comas"),
  OFF("2023-07-01 08:05", "Heat alert in Lleida as temperatures near 40C",
    ["Catalonia's civil protection agency activated its heat plan for the Lleida plain, where temperatures are expected to reach 39C on Saturday afternoon."],
    "lleida-heat-alert-2023-07-01", a="Laia Comas", n="weather"),
  ]))

SEEDS.append(dict(id="3908", name="3908_exitnews-ukraine-tag", ext="txt", source="Exit News", zone="Europe/Tirane", render=r_exit,
  title="Tag: Ukraine",
  imitates="Exit News (Albania) tag page", fmt="plain text, author name glued to 'DD Month YYYY HH:MM' on the line under each headline",
  notes="Exit News-style scrape of the 'Ukraine' tag page, newest first. Under each headline the byline is glued to the date and time with no space ('Dorina Shehu12 January 2023 21:15'); Albanian time (CET, UTC+1), no zone printed. 06:30-21:15 local = 05:30-20:15 UTC on Thursday 12 Jan. 'Read More' and share lines close each item. One local tourism item is off-beat.",
  not_entries=["site name and menu", "cookie notice (with its own 'Read More')", "page heading 'Tag: Ukraine'", "'Read More' links", "share lines", "donation appeal", "'Older posts' and footer"],
  entries=[
  E("2023-01-12 21:15", "Rama: Albania will keep in step with EU sanctions on Russia",
    ["Prime Minister Edi Rama said Albania would continue to adopt every European Union sanctions package against Russia as soon as Brussels agrees it.",
     "Albania, an EU candidate, has aligned fully with the bloc's foreign policy since the invasion began."],
    "diplomacy", "diplomacy", 2, "rama-albania-eu-sanctions-alignment", a="Dorina Shehu"),
  E("2023-01-12 18:40", "Wagner claims Soledar, Kyiv says battle goes on",
    ["Russia's Wagner group said its fighters had taken full control of the salt-mining town of Soledar in eastern Ukraine.",
     "Ukraine's military said fighting was continuing and that the town had not fallen."],
    "other", "frontline", 3, "soledar-battle-2023-01", a="Arben Kola", n="The day's main battlefield development; frontline, rated 3."),
  E("2023-01-12 16:05", "Duda says Poland ready to send Leopards within a coalition",
    ["Polish President Andrzej Duda said Warsaw would hand over a company of Leopard 2 tanks to Ukraine as part of a wider international coalition.",
     "Germany, which makes the tank, would have to approve any transfer."],
    "aid", "aid", 3, "poland-leopard-coalition-offer", a="Arben Kola", n="Head-of-state arms pledge -> 3."),
  E("2023-01-12 13:20", "Tirana court jails two Russians over Gramsh arms plant intrusion",
    ["A court in Tirana sentenced two Russian nationals to prison for breaking into the Gramsh military plant in August 2022, when a guard was injured.",
     "A Ukrainian man tried alongside them received a shorter term."],
    "other", "security", 2, "gramsh-plant-intrusion-trial", a="Dorina Shehu", n="Invented verdict for the 2022 intrusion case (test material)."),
  OFF("2023-01-12 11:00", "Albania reports record tourism income for 2022",
    ["Foreign visitors spent more in Albania last year than ever before, central bank figures show, with arrivals from Italy and Kosovo leading growth."],
    "albania-tourism-record-2022", a="Exit Staff", n="Albanian economy"),
  E("2023-01-12 06:30", "Russian missiles hit energy sites in Kharkiv region",
    ["Russian missiles struck energy infrastructure in the Kharkiv region overnight, causing power cuts in several districts, the regional governor said.",
     "No casualties were reported."],
    "strikes", "strikes", 2, "kharkiv-energy-strike-2023-01-12", a="Exit Staff"),
  ]))

SEEDS.append(dict(id="3909", name="3909_charter97-news", ext="txt", source="Charter 97", zone="Europe/Minsk", render=r_charter,
  title="News",
  imitates="Charter 97 (Belarus) English news feed", fmt="plain text, 'd.mm.yyyy, HH:MM' line above each headline, no bylines, comment counters",
  notes="Charter97-style English news listing for Wednesday 5 April 2023, newest first. Each item: a stamp line '5.04.2023, 21:30' (day without leading zero, Minsk time UTC+3, no zone printed) above the headline, body, 'Comments: N'. No bylines: author null. 05:15-21:30 local = 02:15-18:30 UTC. Two items on Belarusian domestic matters not tied to the war are off-beat. Transliterations follow the outlet (Lukashenka, Tsikhanouskaya, Asipovichy).",
  not_entries=["site title line and menu", "heading 'News'", "'Comments: N' counters", "Telegram promo", "'Read also' link", "'Next page' and footer"],
  entries=[
  E("2023-04-05 21:30", "Lukashenka arrives in Moscow for talks with Putin",
    ["Alyaksandr Lukashenka flew to Moscow on Wednesday evening for two days of meetings with Vladimir Putin, including a session of the so-called Union State council.",
     "Security guarantees for Belarus and the stationing of Russian weapons are expected to be discussed."],
    "diplomacy", "diplomacy", 3, "lukashenka-moscow-visit-2023-04", com=41, n="Head-of-state visit -> 3."),
  E("2023-04-05 18:10", "Partisans claim sabotage on railway near Asipovichy",
    ["A Belarusian partisan group said it had damaged signalling equipment on a line near Asipovichy used to move Russian military cargo.",
     "Railway officials did not comment."],
    "other", "security", 2, "asipovichy-railway-sabotage-claim", com=17),
  E("2023-04-05 15:45", "Tsikhanouskaya: the regime is pulling Belarus deeper into the war",
    ["Opposition leader Sviatlana Tsikhanouskaya said the planned deployment of Russian nuclear weapons showed that Lukashenka was turning the country into a launch pad for Moscow.",
     "She urged Western governments to widen sanctions on Minsk."],
    "other", "politics", 2, "tsikhanouskaya-nuclear-deployment-warning", com=23),
  E("2023-04-05 12:20", "Minsk says storage for Russian nuclear weapons will be ready by July",
    ["Facilities for Russian tactical nuclear weapons in Belarus will be completed by 1 July, the Belarusian ambassador in Moscow said.",
     "The plan was announced by Putin last month."],
    "other", "security", 2, "russian-nuclear-weapons-belarus", com=58),
  E("2023-04-05 10:05", "Ukraine says Russian drones again entered from Belarusian airspace",
    ["Several Iranian-made drones launched at Ukraine overnight crossed into the Kyiv region from Belarus, Ukraine's border service said.",
     "Air defences shot down most of them, it said."],
    "strikes", "strikes", 2, "drones-from-belarus-2023-04-05", com=12),
  OFF("2023-04-05 07:40", "Viasna: number of political prisoners passes 1,450",
    ["The human rights centre Viasna said it now recognises more than 1,450 people in Belarus as political prisoners."],
    "viasna-political-prisoners-count", com=9, n="Belarusian domestic repression, not tied to the war here"),
  OFF("2023-04-05 05:15", "Belarusian ruble weakens against the dollar",
    ["The Belarusian ruble fell against the US dollar at morning trading on the currency exchange."],
    "belarus-ruble-2023-04-05", com=3, n="currency"),
  ]))


# =============================================================== PART B, day 1: 2023-07-23 (UTC)
ODESA = "odesa-cathedral-strike-2023-07-23"
PL = "putin-lukashenko-meeting-2023-07-23"

SEEDS.append(dict(id="3920", name="3920_ottery-live", ext="txt", source="Ottery Evening News", zone="Europe/London", render=r_ottery, day="day1",
  title="Ukraine war live: Odesa counts damage after night of missile strikes", byline="Compiled by Harriet Quilliam", dateline="Sunday 23 July 2023",
  fmt="plain text live blog, oldest first, '8.05am' stamps, date line and 'All times BST', Key Points, one page byline",
  notes="Invented outlet. Text live blog for Sunday 23 July 2023, OLDEST FIRST. Stamps like '8.05am' / '2.35pm' on their own line above each headline; 'All times BST' (UTC+1). One page byline ('Compiled by Harriet Quilliam') and no per-post bylines: every entry's author is the page byline. Key Points lists two headlines (entries 01 and 07). 11.20am is a 'Recap:' near-verbatim repeat of the 8.05am post (duplicate_of 3920-01). 4.40pm is a 'Pictured:' teaser with no body.",
  not_entries=["masthead and menu", "page title, byline, date line, 'All times BST'", "Key Points block (headlines repeated from entries)", "'oldest to newest' note", "Advertisement", "'Read more:' link", "share line and copyright"],
  entries=[
  E("2023-07-23 08:05", "Missiles hit Odesa overnight, damaging cathedral",
    ["Russia fired a barrage of missiles at Odesa in the early hours, killing one person and injuring 19, and badly damaging the city's Transfiguration Cathedral, regional officials said.",
     "The Orthodox cathedral, rebuilt in the 2000s after Soviet authorities blew it up, stands in the historic centre listed by Unesco.",
     "Rescuers were still searching damaged buildings at dawn."],
    "strikes", "strikes", 3, ODESA, a="Harriet Quilliam", kp=True, n="Main event of the day; Key Points."),
  E("2023-07-23 09:40", "Moscow says drones downed over Crimea",
    ["Russia's defence ministry said air defences had destroyed several Ukrainian drones over north-western Crimea overnight, without giving details of any damage.",
     "A Russian-installed official said a fuel depot near Dzhankoi had caught fire."],
    "strikes", "strikes", 2, "crimea-drones-2023-07-23", a="Harriet Quilliam", n="Different attack from the Odesa strike: must not merge."),
  E("2023-07-23 11:20", "Recap: missiles hit Odesa overnight, damaging cathedral",
    ["Russia fired a barrage of missiles at Odesa in the early hours, killing one person and injuring 19, and badly damaging the city's Transfiguration Cathedral, officials said.",
     "The Orthodox cathedral, rebuilt in the 2000s after Soviet authorities blew it up, stands in the historic centre listed by Unesco."],
    "strikes", "strikes", 1, ODESA, a="Harriet Quilliam", dup="3920-01", n="Near-verbatim repeat of 3920-01."),
  E("2023-07-23 12:10", "Norway pledges two billion kroner for Ukraine's power grid",
    ["Norway will give two billion kroner, about 190 million dollars, to repair and protect Ukraine's electricity network before winter, its foreign ministry said.",
     "The money will go through a World Bank fund."],
    "aid", "aid", 2, "norway-grid-aid-2023-07-23", a="Harriet Quilliam", n="Must not merge with Canada's demining package (3921)."),
  E("2023-07-23 14:35", "Odesa death toll rises to two",
    ["A second person has died in hospital after the overnight strike on Odesa, regional governor Oleh Kiper said, taking the toll to two.",
     "Twenty-two people were injured, four of them children."],
    "strikes", "strikes", 3, ODESA, a="Harriet Quilliam"),
  E("2023-07-23 16:40", "Pictured: inside the damaged Transfiguration Cathedral", [], "strikes", "strikes", 1, ODESA, a="Harriet Quilliam",
    n="Photo teaser, no body -> 1."),
  E("2023-07-23 18:15", "Putin hosts Lukashenko near St Petersburg",
    ["Vladimir Putin welcomed Alexander Lukashenko to the Konstantinovsky Palace outside St Petersburg for talks expected to cover the Wagner group and security on the Belarus-Poland border.",
     "Putin told his guest that Ukraine's counteroffensive had failed, a claim Kyiv rejects."],
    "diplomacy", "diplomacy", 3, PL, a="Harriet Quilliam", kp=True),
  E("2023-07-23 19:50", "Zelensky vows retaliation after Odesa strike",
    ["President Volodymyr Zelensky said Russia would answer for the attack on Odesa and published a video of clergy clearing rubble from the cathedral.",
     "\u201cThere will definitely be retaliation against the Russian terrorists for Odesa,\u201d he wrote."],
    "strikes", "strikes", 3, ODESA, a="Harriet Quilliam", n="Reaction about the event itself: same story."),
  ]))

SEEDS.append(dict(id="3921", name="3921_pentire-live", ext="html", source="Pentire Examiner", zone="Europe/Kyiv", render=r_pentire, day="day1",
  title="Russia-Ukraine war live: Odessa cathedral hit in overnight missile attack", url="https://pentire-examiner.example/world/live/2023/jul/23/russia-ukraine-war-live",
  lede="Historic centre damaged as Russia keeps up strikes on Ukraine's ports; Putin meets Lukashenko.", tznote="All times are Kyiv time (EEST).",
  fmt="HTML live blog, LiveBlogPosting JSON-LD with per-update times and entity-escaped strings, <time> HH:MM, 'By X' line under some headlines, newest first",
  notes="Invented outlet. HTML live blog for Sunday 23 July 2023, newest first; times are Kyiv time (EEST, UTC+3), given both as visible HH:MM and as <time datetime> with +03:00; JSON-LD liveBlogUpdate agrees (strings carry &#8217;/&#039; entities). Spelling 'Odessa'. Posts without a 'By' line have author null. 07:30-22:30 local = 04:30-19:30 UTC, all 23 July.",
  not_entries=["header/menu", "standfirst and time-zone note", "newsletter promo", "footer"],
  entries=[
  E("2023-07-23 22:30", "Kremlin denies hitting Odessa cathedral, blames Ukrainian air defence",
    ["Russia's defence ministry said its strikes on Odessa had hit sites where it claimed attacks against Russia were being prepared, and that the cathedral was most likely damaged by a Ukrainian interceptor.",
     "Ukrainian officials called the claim a lie."],
    "strikes", "strikes", 3, ODESA, a="Tamsin Kerrow", n="Russian version of the same attack: same story."),
  E("2023-07-23 20:10", "Lukashenko says Wagner fighters are itching to head west",
    ["Alexander Lukashenko told Putin that Wagner fighters based in Belarus were asking to go on an 'excursion' to Warsaw and Rzeszów, adding that he was keeping them in central Belarus.",
     "Poland has moved troops towards its eastern border."],
    "diplomacy", "diplomacy", 3, PL, a="Tamsin Kerrow", sec=["security"], n="Remark made at the Putin-Lukashenko meeting: same story."),
  E("2023-07-23 17:45", "Unesco condemns 'brazen' attack on Odessa's historic centre",
    ["Unesco said it was deeply dismayed by the damage to the Transfiguration Cathedral and other buildings inside the World Heritage zone and called for an inquiry.",
     "Experts from the agency are due to visit the site."],
    "strikes", "strikes", 3, ODESA, sec=["diplomacy"], n="Reaction to the event: same story."),
  E("2023-07-23 15:20", "Odessa strike toll climbs to two dead and 22 injured",
    ["The number of people killed in the overnight missile attack on Odessa has risen to two, with 22 injured, including four children, the regional administration said."],
    "strikes", "strikes", 3, ODESA, a="Dmytro Havrylenko"),
  E("2023-07-23 13:00", "Canada announces demining package for Ukraine",
    ["Canada will spend 15 million Canadian dollars on mine-clearing equipment and training for Ukrainian sappers, Defence Minister Anita Anand said.",
     "The package includes armoured demining machines."],
    "aid", "aid", 2, "canada-demining-aid-2023-07-23", a="Dmytro Havrylenko", n="Separate aid package from Norway's grid money (3920): must not merge."),
  E("2023-07-23 11:05", "Shelling kills man in Kherson region village",
    ["A 61-year-old man was killed when Russian shells hit a village on the right bank of the Dnipro in the Kherson region, the regional governor said."],
    "strikes", "strikes", 2, "kherson-region-shelling-2023-07-23", n="Different attack from Odesa: must not merge."),
  E("2023-07-23 09:15", "Ukrainian forces report progress near Bakhmut",
    ["Ukrainian troops advanced on the southern flank of Bakhmut over the past day, Deputy Defence Minister Hanna Maliar said.",
     "She said fighting remained heavy in the south of the country."],
    "other", "frontline", 2, "bakhmut-south-flank-2023-07-23", a="Tamsin Kerrow"),
  E("2023-07-23 07:30", "Overnight missile attack on Odessa kills one, damages cathedral",
    ["At least one person was killed and 19 wounded as Russian missiles struck central Odessa overnight, officials said.",
     "The Transfiguration Cathedral, the city's largest Orthodox church, was badly damaged, and several historic buildings nearby lost their roofs."],
    "strikes", "strikes", 3, ODESA, a="Dmytro Havrylenko"),
  ]))

SEEDS.append(dict(id="3922", name="3922_scarth-world-rss", ext="xml", source="Scarth World Desk", zone="UTC", render=r_rss_world, day="day1", gmt=True,
  title="Scarth World Desk: Top stories", link="https://scarthworld.example/news", desc="The biggest stories from around the world",
  fmt="RSS 2.0 general world feed, GMT pubDate, CDATA descriptions, no authors",
  notes="Invented outlet. General world-news RSS feed, pubDate in GMT, newest first; five of seven items are not about this war (off-beat: Spanish election, Rhodes fires, Cambodian election, Women's World Cup, Netanyahu's pacemaker). No authors.",
  not_entries=["channel title/link/description", "media:thumbnail tags", "category tags"],
  entries=[
  OFF("2023-07-23 21:05", "Spain's snap election ends without a clear majority",
    ["Spain's conservative Popular Party won the most seats in Sunday's general election but fell short of a majority, even with the far-right Vox, early results showed."],
    "spain-election-2023-07-23", n="European politics"),
  E("2023-07-23 18:20", "Russian missiles strike Odesa, cathedral badly damaged",
    ["Russian missiles hit the Ukrainian port city of Odesa overnight, killing two people and damaging one of its best-known churches, the Transfiguration Cathedral.",
     "Moscow has pounded Odesa almost nightly since it pulled out of the deal that let Ukraine ship grain across the Black Sea."],
    "strikes", "strikes", 3, ODESA),
  OFF("2023-07-23 16:00", "Thousands evacuated as wildfires spread on Rhodes",
    ["Greek authorities moved thousands of residents and tourists away from the south-east of Rhodes as wildfires driven by strong winds reached coastal resorts."],
    "rhodes-wildfires-2023-07", n="wildfires"),
  OFF("2023-07-23 13:40", "Cambodia votes with no serious challenger to ruling party",
    ["Cambodians voted in a general election in which the main opposition party had been barred, clearing the way for Prime Minister Hun Sen to hand power to his son."],
    "cambodia-election-2023", n="Asian politics"),
  E("2023-07-23 11:15", "Putin to meet Lukashenko in St Petersburg",
    ["Vladimir Putin will receive Belarusian leader Alexander Lukashenko for talks on Sunday, the Kremlin said, weeks after Wagner fighters moved to Belarus following their aborted mutiny."],
    "diplomacy", "diplomacy", 3, PL, n="Preview of the meeting: same story (3 seeds)."),
  OFF("2023-07-23 09:30", "Sweden edge South Africa at Women's World Cup",
    ["Sweden came from behind to beat South Africa 2-1 in Wellington with a late header."],
    "womens-world-cup-sweden-south-africa", n="sport"),
  OFF("2023-07-23 07:45", "Netanyahu fitted with pacemaker ahead of key vote",
    ["Israeli Prime Minister Benjamin Netanyahu had a pacemaker fitted overnight, his office said, a day before parliament votes on part of his plan to overhaul the judiciary."],
    "netanyahu-pacemaker", n="Middle East politics"),
  ]))

SEEDS.append(dict(id="3923", name="3923_rydal-article", ext="txt", source="Rydal Observer", zone="Europe/London", render=r_textarticle, day="day1",
  title="Odesa's old town counts the cost of a night of missiles",
  head=["Rydal Observer", "World | Europe | Ukraine", "", "Odesa's old town counts the cost of a night of missiles",
        "A cathedral, a wine cellar and a row of 19th-century houses were hit as Russia widened its attacks on the port city", "",
        "By Ewan Pettigrew", "Sunday 23 July 2023 5.05pm BST", ""],
  foot=["Topics: Ukraine, Russia, Odesa", "", "Rydal Observer \u00b7 Contact \u00b7 Privacy"],
  fmt="plain-text article with three section headings, dateline '5.05pm BST', one byline",
  notes="Invented outlet. Text article (not a live blog) with three section headings; one entry per section, no per-section time, so stamp null and published = the dateline 'Sunday 23 July 2023 5.05pm BST' (16:05 UTC); the page byline is each entry's author. Section 2 is a theme piece (why Odesa is targeted) and is its own story; sections 1 and 3 report the attack and Moscow's account of it.",
  not_entries=["masthead and section path", "title and standfirst", "byline and dateline", "topics line and footer"],
  entries=[
  E("2023-07-23 17:05", "A night of explosions",
    ["Residents of Odesa's old town spent the early hours of Sunday in corridors and basements as missiles slammed into the city centre, killing two people.",
     "The roof of the Transfiguration Cathedral collapsed into the nave, and a neighbouring wine cellar caught fire."],
    "strikes", "strikes", 3, ODESA, a="Ewan Pettigrew"),
  E("2023-07-23 17:05", "Why the port city",
    ["Odesa has become a prime target since Russia tore up the Black Sea grain arrangement on 17 July, with Moscow saying the port is used to prepare naval drone attacks.",
     "Analysts say the strikes aim to persuade shipowners and insurers that Ukrainian ports are no longer safe, squeezing the country's export earnings."],
    "strikes", "strikes", 2, "explainer-why-russia-targets-odesa-ports", a="Ewan Pettigrew", sec=["humanitarian"],
    n="Theme piece (explainer on the campaign against Odesa's ports): its own story, importance 2."),
  E("2023-07-23 17:05", "Moscow's account",
    ["Russia's defence ministry said it had used precision weapons against sites where 'terrorist acts' were being planned and denied aiming at the cathedral.",
     "Ukrainian officials said there were no military targets in the area that was hit."],
    "strikes", "strikes", 3, ODESA, a="Ewan Pettigrew"),
  ]))


# =============================================================== PART B, day 2: 2023-07-24 (UTC) — the day after day 1
MOS = "moscow-drone-attack-2023-07-24"
RENI = "reni-port-drone-strike-2023-07-24"

SEEDS.append(dict(id="3930", name="3930_trevone-live", ext="html", source="Trevone Daily Record", zone="Europe/London", render=r_trevone, day="day2",
  title="Ukraine war latest: drones hit Moscow office blocks; Danube port attacked",
  lede="Russia blames Kyiv for a pre-dawn drone attack on the capital, while Russian drones strike grain facilities on the Danube.",
  dateline="Monday 24 July 2023",
  fmt="HTML live blog without JSON-LD, headline then '14:38 BST' stamp, optional author span, newest first",
  notes="Invented outlet. HTML live blog for Monday 24 July 2023 (date line), newest first. Each entry: h2 headline, then a '14:38 BST' stamp (BST = UTC+1), then an author span when signed (unsigned posts: author null). 18:20 is a 'Watch:' teaser with no body. 16:05 continues the day-1 Odesa cathedral story with a new development (Italy's offer) and keeps the day-1 slug. Spelling 'Komsomolsky Prospekt'.",
  not_entries=["nav bar", "title, lede and date line", "Share/Link tools", "Advertisement", "link to yesterday's coverage", "footer"],
  entries=[
  E("2023-07-24 20:55", "Zelensky: Reni attack shows Russia wants a global food crisis",
    ["President Volodymyr Zelensky said the strike on grain silos in Reni proved Moscow was deliberately trying to push up food prices around the world.",
     "He asked partners for more air defence for the Odesa region."],
    "strikes", "strikes", 3, RENI, n="Zelensky's reaction to the Reni attack: same story (carried by 2 seeds)."),
  E("2023-07-24 18:20", "Watch: damaged office block on Moscow's Komsomolsky Prospekt", [], "strikes", "strikes", 1, MOS, n="Video teaser, no body -> 1."),
  E("2023-07-24 16:05", "Italy offers to help rebuild Odesa cathedral",
    ["Italian Prime Minister Giorgia Meloni said Italy was ready to help restore the Transfiguration Cathedral in Odesa, damaged in Sunday's missile attack.",
     "Italy has long experience of restoring historic churches, she said."],
    "strikes", "strikes", 2, ODESA, sec=["diplomacy"], a="Fiona Ashdown",
    n="Day-2 continuation of the day-1 Odesa story with a new development; keeps the day-1 slug; only this day-2 seed carries it -> 2."),
  E("2023-07-24 14:38", "Russian drones hit grain silos at Danube port of Reni",
    ["Russian drones struck port facilities in Reni on the Danube overnight, damaging grain silos and wounding seven people, Ukrainian officials said.",
     "The port lies across the river from Romania, a NATO member."],
    "strikes", "strikes", 3, RENI, a="Fiona Ashdown", n="Different attack from the Moscow drone strike: must not merge."),
  E("2023-07-24 11:10", "Explainer: how Ukrainian drones are reaching Moscow",
    ["Ukraine has never confirmed responsibility for drone attacks on Moscow, but analysts say long-range models made at home can fly up to 1,000 kilometres.",
     "They are cheap, hard to spot on radar at low altitude and force Russia to spread out its air defences."],
    "strikes", "strikes", 2, "explainer-ukrainian-long-range-drones", a="Ben Carthew", n="Theme piece: its own story, importance 2."),
  E("2023-07-24 09:25", "EU releases next 1.5 billion euros for Ukraine's budget",
    ["The European Commission paid out a further 1.5 billion euros in loans to Ukraine to help keep hospitals, schools and pensions running.",
     "It is the seventh tranche of an 18 billion euro package agreed last year."],
    "aid", "aid", 2, "eu-macro-financial-tranche-2023-07-24", a="Ben Carthew", n="Must not merge with Lithuania's armoured vehicles (3932)."),
  E("2023-07-24 06:40", "Drones strike two buildings in Moscow, Russia blames Kyiv",
    ["Two drones hit non-residential buildings in Moscow before dawn, Mayor Sergei Sobyanin said, with one striking an office block on Komsomolsky Prospekt not far from the defence ministry.",
     "No one was seriously hurt. Russia's defence ministry said both drones were brought down by electronic jamming."],
    "strikes", "strikes", 3, MOS, a="Ben Carthew"),
  ]))

SEEDS.append(dict(id="3931", name="3931_porlock-atom", ext="xml", source="Porlock Tribune", zone="Europe/Kyiv", render=r_atom, day="day2",
  title="Porlock Tribune \u2013 Ukraine", desc="Our Ukraine coverage", link="https://porlocktribune.example/ukraine",
  fmt="Atom 1.0, +03:00 offsets, entity-escaped html content, author per entry",
  notes="Invented outlet. Atom feed, newest first, <published> with +03:00 (Kyiv time); 03:40-21:30 local = 00:40-18:30 UTC, all 24 July. 07:15 re-posts, nearly verbatim, the day-1 item 'Canada announces demining package for Ukraine' (3921-05): importance 1, same story (duplicate_of is null because the original is on another seed/day). Spelling 'Komsomolskiy Avenue'.",
  not_entries=["feed title, subtitle, links, id, updated", "category terms"],
  entries=[
  E("2023-07-24 21:30", "Kremlin calls Moscow drone strike an act of terrorism",
    ["Kremlin spokesman Dmitry Peskov said the drone attack on Moscow was a terrorist act by the Kyiv regime and that the capital's air defences were being strengthened."],
    "strikes", "strikes", 3, MOS, a="Nell Tregarthen", n="Official reaction whose content is the attack: same story."),
  E("2023-07-24 17:00", "Danube grain route under threat after Reni attack",
    ["The overnight drone attack on Reni has raised fears for Ukraine's last working grain export route, along the Danube, traders said.",
     "Ukraine shipped about a quarter of its grain via the river ports last month."],
    "strikes", "strikes", 3, RENI, a="Nell Tregarthen", sec=["humanitarian"]),
  E("2023-07-24 13:45", "Ukrainian troops report advance near Staromaiorske",
    ["Ukrainian units pushed forward near the village of Staromaiorske in the south of Donetsk region, a military spokesman said, without giving distances."],
    "other", "frontline", 2, "staromaiorske-advance-2023-07-24", a="Oles Dovbush"),
  E("2023-07-24 10:20", "Moscow drone attack: two office buildings damaged, no serious injuries",
    ["Moscow's emergency services said windows and facades were damaged at two business centres, on Komsomolskiy Avenue and Likhachev Avenue, after the pre-dawn drone attack.",
     "A security guard was treated for cuts."],
    "strikes", "strikes", 3, MOS, a="Nell Tregarthen"),
  E("2023-07-24 07:15", "Canada announces demining package for Ukraine",
    ["Canada will spend 15 million Canadian dollars on mine-clearing equipment and training for Ukrainian sappers, Defence Minister Anita Anand said.",
     "The package includes armoured demining machines."],
    "aid", "aid", 1, "canada-demining-aid-2023-07-23", a="Oles Dovbush",
    n="Re-post of a day-1 entry (3921-05) nearly verbatim on day 2 -> importance 1; duplicate_of null (defined within a seed)."),
  E("2023-07-24 03:40", "Explosions heard in Moscow before dawn, residents say",
    ["Residents of south-western Moscow reported two loud blasts shortly after 4am local time, and videos posted online showed smoke rising from an office tower."],
    "strikes", "strikes", 3, MOS, a="Oles Dovbush"),
  ]))

SEEDS.append(dict(id="3932", name="3932_yanwath-live", ext="txt", source="Yanwath Times", zone="Europe/Kyiv", render=r_yanwath, day="day2",
  title="Russia-Ukraine war: Monday's developments", dateline="Monday 24 July \u2014 all times Kyiv (GMT+3)",
  fmt="plain text live, OLDEST first, bare HH:MM stamps, zone stated once in the date line, 'Reporting:' line after body",
  notes="Invented outlet. Text live page, OLDEST FIRST. The date line 'Monday 24 July \u2014 all times Kyiv (GMT+3)' gives day and zone (no year printed: 2023 from the surrounding coverage, parse_args --date). Bare HH:MM stamp on its own line above each headline. 'Reporting: NAME' after the body gives the author; posts without it have author null. 11:45 repeats the 06:50 post nearly verbatim (duplicate_of 3932-01). Two aid items (EU tranche in 3930 vs Lithuania's vehicles here) and two statements (Zelensky in 3930 vs Kuleba here) are separate stories.",
  not_entries=["site name and menu", "page title and date line", "ADVERTISEMENT", "'See also' link", "closing note and footer"],
  parse_args=["--date", "2023-07-24"],
  entries=[
  E("2023-07-24 06:50", "Two drones hit Moscow buildings near defence ministry",
    ["Two Ukrainian drones struck buildings in the centre and south of Moscow early on Monday, Russian officials said, one of them about two kilometres from the defence ministry.",
     "Moscow said the drones were disabled by electronic warfare before impact."],
    "strikes", "strikes", 3, MOS, a="Ivo Penhale"),
  E("2023-07-24 09:30", "Lithuania delivers armoured personnel carriers to Ukraine",
    ["Lithuania has handed over a new batch of M577 armoured vehicles and spare parts to Ukraine, its defence ministry said."],
    "aid", "aid", 2, "lithuania-apc-delivery-2023-07-24", a="Ivo Penhale", n="Must not merge with the EU budget tranche (3930)."),
  E("2023-07-24 11:45", "Two drones hit Moscow buildings near defence ministry",
    ["Two Ukrainian drones struck buildings in the centre and south of Moscow early on Monday, Russian officials said, one of them about two kilometres from the defence ministry."],
    "strikes", "strikes", 1, MOS, a="Ivo Penhale", dup="3932-01", n="Near-verbatim repeat of 3932-01."),
  E("2023-07-24 14:15", "Kuleba asks allies for more air defence for the south",
    ["Foreign Minister Dmytro Kuleba said Ukraine urgently needed more air-defence systems to protect Odesa and the Danube ports after a week of Russian attacks.",
     "He made the appeal after a call with his Romanian counterpart."],
    "aid", "aid", 2, "kuleba-air-defence-appeal-south-2023-07-24", sec=["diplomacy"], n="Separate statement from Zelensky's Reni remarks: own story."),
  E("2023-07-24 17:40", "Russian border region says Ukrainian shelling damaged homes",
    ["The governor of Russia's Bryansk region said Ukrainian shelling had damaged several houses and a power line in a border village, without casualties."],
    "strikes", "strikes", 2, "bryansk-shelling-2023-07-24", n="Different attack from the Moscow drones: must not merge."),
  E("2023-07-24 20:20", "Flights briefly halted at Vnukovo after Moscow drone attack",
    ["Flights at Moscow's Vnukovo airport were suspended for about an hour on Monday morning as a precaution during the drone attack, Russian aviation authorities confirmed.",
     "Several arriving aircraft were diverted."],
    "strikes", "strikes", 3, MOS, a="Ivo Penhale"),
  ]))

SEEDS.append(dict(id="3933", name="3933_wadhurst-world-rss", ext="xml", source="Wadhurst Signal", zone="America/New_York", render=r_rss_world, day="day2",
  title="Wadhurst Signal | World", link="https://wadhurstsignal.example/world", desc="World headlines from the Wadhurst Signal",
  fmt="RSS 2.0 general world feed, pubDate with -0400 offset, CDATA descriptions, no authors",
  notes="Invented outlet. General world feed published from New York: pubDate with -0400 (EDT); 02:30-19:10 local = 06:30-23:10 UTC, all 24 July. Five of six items are not about this war (off-beat). The Moscow drone item is the only war item.",
  not_entries=["channel title/link/description", "thumbnails and categories"],
  entries=[
  OFF("2023-07-24 19:10", "Israel's parliament passes first part of judicial overhaul",
    ["Israeli lawmakers approved a law curbing the Supreme Court's power to overturn government decisions, as tens of thousands protested outside the Knesset."],
    "israel-judicial-overhaul-vote", n="Middle East politics"),
  OFF("2023-07-24 15:30", "Fires force new evacuations on Corfu and Evia",
    ["Greek authorities ordered fresh evacuations on the islands of Corfu and Evia as wildfires spread for a second week."],
    "greece-wildfires-2023-07-24", n="wildfires"),
  E("2023-07-24 12:05", "Drone attack on Moscow damages office towers",
    ["Drones struck two office buildings in Moscow early Monday, Russian officials said, blaming Ukraine for an attack that came hours after Russian missiles hit Odesa again.",
     "Kyiv did not claim responsibility."],
    "strikes", "strikes", 3, MOS),
  OFF("2023-07-24 09:40", "Spain's Sánchez and Feijóo both claim right to govern",
    ["Spanish Prime Minister Pedro Sánchez and conservative leader Alberto Núñez Feijóo each said they could form a government after an inconclusive election."],
    "spain-post-election-2023-07-24", n="European politics"),
  OFF("2023-07-24 06:15", "Oil climbs to three-month high on supply worries",
    ["Crude prices rose to their highest since April as Saudi output cuts tightened supply."],
    "oil-prices-2023-07-24", n="markets"),
  OFF("2023-07-24 02:30", "China's leaders pledge more support for the economy",
    ["China's Politburo promised stronger policy support for an economic recovery it described as tortuous, state media reported."],
    "china-politburo-economy", n="Asian economy"),
  ]))


# =============================================================== PART B, day 3: 2023-01-24 (UTC)
PURGE = "ukraine-officials-dismissed-2023-01-24"
POLREQ = "poland-asks-germany-leopard-permission"
GERLEO = "germany-leopard-decision-reports-2023-01-24"

SEEDS.append(dict(id="3940", name="3940_otterburn-live", ext="txt", source="Otterburn Echo", zone="Europe/Kyiv", render=r_otterburn, day="day3",
  title="Ukraine live: Kyiv shake-up widens as Poland seeks Leopard green light", dateline="Tuesday 24 January 2023", tznote="Times are Kyiv time (GMT+2)",
  fmt="plain text live, OLDEST first, bare HH:MM stamps, Kyiv time note, Key Points with '- ' bullets, no bylines",
  notes="Invented outlet. Text live blog, OLDEST FIRST, bare 'HH:MM' stamps; 'Times are Kyiv time (GMT+2)' (EET). 09:10-21:30 local = 07:10-19:30 UTC. Key Points lists two headlines (entries 01 and 05). No bylines (author null). 15:50 repeats the 10:25 Tymoshenko post nearly verbatim under a slightly different headline (duplicate_of 3940-02). 19:45 is a 'Video:' teaser with no body. The resignations, the deputy minister's exit and the governors' dismissals are one story: the government's single day of personnel decisions.",
  not_entries=["site name and menu", "title, date line, time note", "Key Points block (headlines repeated from entries)", "'Live updates (oldest first)' line", "Sponsored content", "closing comments note and footer"],
  entries=[
  E("2023-01-24 09:10", "Poland formally asks Berlin to approve Leopard transfers",
    ["Poland has sent Germany a formal request for permission to re-export Leopard 2 tanks to Ukraine, Defence Minister Mariusz Błaszczak said.",
     "He urged Berlin to join a coalition of countries ready to supply the tanks."],
    "aid", "aid", 3, POLREQ, kp=True, n="Key Points; carried by 2 seeds. Must not merge with the reports of Germany's own decision."),
  E("2023-01-24 10:25", "Deputy head of Zelensky's office Tymoshenko resigns",
    ["Kyrylo Tymoshenko, a deputy head of the presidential office, has stepped down, publishing a letter of resignation and thanking Zelensky for the chance to serve.",
     "He had been criticised over his use of cars donated for humanitarian purposes."],
    "other", "politics", 3, PURGE),
  E("2023-01-24 11:40", "Deputy defence minister quits over army food contracts",
    ["Deputy Defence Minister Vyacheslav Shapovalov, who oversaw supplies to troops, resigned after media reports that the ministry had paid inflated prices for food.",
     "The ministry said he left to avoid damaging trust in the army."],
    "other", "politics", 3, PURGE),
  E("2023-01-24 13:05", "Russian shelling kills three in Kherson",
    ["Three people were killed and six injured when Russian shells hit a residential area of Kherson on Tuesday, the head of the regional military administration said."],
    "strikes", "strikes", 3, "kherson-shelling-2023-01-24", n="Deadly strike -> 3. Must not merge with the Kramatorsk missile strike (3942)."),
  E("2023-01-24 14:30", "Five regional governors dismissed in government reshuffle",
    ["The cabinet has removed the governors of the Dnipropetrovsk, Zaporizhzhia, Kyiv, Sumy and Kherson regions, bringing the number of senior officials leaving office on Tuesday to at least ten.",
     "Officials said more personnel decisions could follow."],
    "other", "politics", 3, PURGE, kp=True),
  E("2023-01-24 15:50", "Tymoshenko steps down as deputy head of Zelensky's office",
    ["Kyrylo Tymoshenko, a deputy head of the presidential office, has stepped down, publishing a letter of resignation and thanking Zelensky for the chance to serve."],
    "other", "politics", 1, PURGE, dup="3940-02", n="Near-verbatim repeat of 3940-02."),
  E("2023-01-24 19:45", "Video: Zelensky's evening address", [], "other", "politics", 1, PURGE, n="Video teaser, no body -> 1 (the address is about the dismissals)."),
  E("2023-01-24 21:30", "Germany to send Leopard 2 tanks, reports say",
    ["Chancellor Olaf Scholz has decided to supply Ukraine with Leopard 2 tanks and allow other countries to do the same, German media reported on Tuesday evening, citing unnamed sources.",
     "The government did not confirm the reports."],
    "aid", "aid", 3, GERLEO, n="Carried by 2 seeds."),
  ]))

SEEDS.append(dict(id="3941", name="3941_sandsend-world-atom", ext="xml", source="Sandsend World", zone="UTC", render=r_atom, day="day3", zulu=True,
  title="Sandsend World \u2014 Latest", desc="Breaking news and top stories worldwide", link="https://sandsendworld.example/latest",
  fmt="Atom 1.0 general world feed, Z times, entity-escaped html content",
  notes="Invented outlet. General world Atom feed, <published> in Z (UTC), newest first; four of seven items are not about this war (off-beat). Poland's request and the reports of Germany's decision are different events.",
  not_entries=["feed title/subtitle/links/id/updated", "category terms"],
  entries=[
  E("2023-01-24 22:40", "Germany will send Leopard tanks to Ukraine, magazine reports",
    ["Germany has decided to deliver Leopard 2 battle tanks to Ukraine, a German news magazine reported, after weeks of pressure from allies.",
     "The decision would also free Poland and others to send their own Leopards."],
    "aid", "aid", 3, GERLEO, a="Rosa Kettlewell"),
  OFF("2023-01-24 22:05", "Chris Hipkins sworn in as New Zealand prime minister",
    ["Chris Hipkins was sworn in as New Zealand's 41st prime minister, replacing Jacinda Ardern, who stepped down last week."],
    "hipkins-sworn-in", n="Pacific politics"),
  E("2023-01-24 17:30", "Ukraine sacks governors and deputy ministers in graft crackdown",
    ["Ukraine dismissed four deputy ministers and five regional governors on Tuesday, the biggest shake-up of officials since the invasion, after allegations of corruption in army procurement.",
     "A deputy prosecutor general was also removed after a holiday abroad."],
    "other", "politics", 3, PURGE, a="Rosa Kettlewell"),
  OFF("2023-01-24 14:50", "Power returns across Pakistan after nationwide blackout",
    ["Electricity was restored to most of Pakistan a day after a grid failure left millions without power, officials said."],
    "pakistan-blackout-2023-01", n="South Asia"),
  E("2023-01-24 11:20", "Poland asks Germany for permission to send Leopards",
    ["Warsaw has formally asked Berlin to allow the re-export of German-made Leopard tanks to Ukraine, Poland's defence minister said."],
    "aid", "aid", 3, POLREQ),
  OFF("2023-01-24 08:05", "Doomsday Clock moved to 90 seconds to midnight",
    ["The Bulletin of the Atomic Scientists moved its Doomsday Clock closer to midnight than ever before, citing nuclear risks and climate change."],
    "doomsday-clock-2023", n="science/security, not a news development of this war"),
  OFF("2023-01-24 05:30", "Japan warns of heaviest snow in a decade",
    ["Japan's weather agency warned of heavy snow and freezing temperatures across much of the country over the next two days."],
    "japan-cold-wave-2023-01", n="weather"),
  ]))

SEEDS.append(dict(id="3942", name="3942_tresillian-live", ext="html", source="Tresillian Times", zone="Europe/Kyiv", render=r_tresillian, day="day3",
  title="Ukraine war live: wave of dismissals in Kyiv", url="https://tresilliantimes.example/live/ukraine-2023-01-24",
  lede="Top officials leave their posts in the biggest personnel shake-up since the invasion.", meta="Updated continuously \u00b7 Tuesday, January 24, 2023 \u00b7 Times in Kyiv time (EET)",
  fmt="HTML live, @graph JSON-LD with @type array [NewsArticle, LiveBlogPosting], visible '4:05pm' stamps, newest first, 'Reporting by' line",
  notes="Invented outlet. HTML live blog for Tuesday 24 January 2023, newest first. Visible stamps '4:05pm' (Kyiv time, EET = UTC+2, stated in the meta line); JSON-LD under @graph with @type ['NewsArticle','LiveBlogPosting'] gives the same times with +02:00. 'Reporting by NAME' after the body gives the author; unsigned posts have author null. Spelling 'Timoshenko' and 'Dnepropetrovsk'. The Kramatorsk missile strike and Kherson shelling (3940) are different attacks; Stoltenberg's Berlin remarks and the reports of Germany's tank decision (3940/3941) are different stories.",
  not_entries=["header/menu", "title, dek, meta line", "newsletter box", "footer"],
  entries=[
  E("2023-01-24 21:10", "Zelensky: personnel decisions were necessary and fair",
    ["In his nightly address, Volodymyr Zelensky said the day's dismissals were needed to keep the state strong and that officials must not be distracted by anything but the war.",
     "He promised that more decisions would follow."],
    "other", "politics", 3, PURGE, a="Mykola Verbytsky", n="Reaction by the president about the dismissals themselves: same story."),
  E("2023-01-24 18:35", "Missile hits Kramatorsk apartment block",
    ["A Russian missile struck a residential building in Kramatorsk in the evening, trapping people under rubble, the mayor said.",
     "Rescue teams were at the scene."],
    "strikes", "strikes", 2, "kramatorsk-missile-strike-2023-01-24", n="Different attack from the Kherson shelling: must not merge."),
  E("2023-01-24 16:05", "Analysis: why Leopard 2 tanks matter so much to Kyiv",
    ["More than 2,000 Leopard 2 tanks are spread across a dozen European armies, which makes them the only Western tank Ukraine could receive quickly and in large numbers.",
     "Spare parts, training and a shared supply chain would also be easier to organise than for several different types."],
    "aid", "aid", 2, "analysis-leopard-2-importance", a="Helen Treloar", n="Theme piece (analysis): its own story, importance 2."),
  E("2023-01-24 14:00", "Dnepropetrovsk, Zaporizhzhia, Kyiv, Sumy and Kherson governors removed",
    ["The heads of five regional administrations have been dismissed, government representative Taras Melnychuk said, as the shake-up in Kyiv widened."],
    "other", "politics", 3, PURGE, a="Mykola Verbytsky"),
  E("2023-01-24 12:15", "Stoltenberg in Berlin urges allies to send heavier weapons",
    ["NATO Secretary-General Jens Stoltenberg, speaking alongside German Defence Minister Boris Pistorius, said allies must give Ukraine heavier and more advanced weapons.",
     "He did not say whether Germany should send tanks."],
    "aid", "aid", 2, "stoltenberg-berlin-heavier-weapons", sec=["diplomacy"], a="Helen Treloar", n="Separate statement: must not merge with the Leopard decision reports."),
  E("2023-01-24 10:05", "Timoshenko leaves presidential office",
    ["Kyrylo Timoshenko, deputy head of the president's office, announced his resignation on Tuesday morning, the first of several officials to leave their posts."],
    "other", "politics", 3, PURGE, a="Mykola Verbytsky"),
  ]))

SEEDS.append(dict(id="3943", name="3943_upleadon-article", ext="html", source="Upleadon Post", zone="Europe/London", render=r_htmlarticle, day="day3",
  title="Kyiv's day of resignations: who has gone and why", author="Imogen Halsey", datetext="Tuesday 24 January 2023, 6.20pm GMT",
  lede="A deputy head of the president's office, four deputy ministers, a deputy prosecutor general and five governors are out.",
  fmt="HTML article, two h2 sections, dateline '6.20pm GMT', one byline",
  notes="Invented outlet. HTML article (not a live blog) with two h2 sections; one entry per section, stamp null, published = the dateline 'Tuesday 24 January 2023, 6.20pm GMT' (18:20 UTC); page byline = author of each section. Both sections are about the dismissals (the second gives the reasons for the same event), so both share the main story.",
  not_entries=["header/menu", "title and standfirst", "byline and dateline", "photo caption", "'More on this story' aside", "footer"],
  entries=[
  E("2023-01-24 18:20", "Those who left",
    ["By Tuesday evening more than a dozen senior Ukrainian officials had resigned or been dismissed, among them deputy presidential chief of staff Kyrylo Tymoshenko and deputy defence minister Vyacheslav Shapovalov.",
     "Governors of five front-line and border regions were also removed."],
    "other", "politics", 3, PURGE, a="Imogen Halsey"),
  E("2023-01-24 18:20", "The reasons given",
    ["The departures followed a newspaper report that the defence ministry had agreed to pay two to three times the shop price for eggs and potatoes for soldiers.",
     "Zelensky had promised at the weekend that there would be no return to the way things were done before the war."],
    "other", "politics", 3, PURGE, a="Imogen Halsey", n="Background to the same event: same story."),
  ]))


# =============================================================== emit
SINGLE = [str(i) for i in range(3900, 3910)]
DAYS = {"day1": ["3920", "3921", "3922", "3923"], "day2": ["3930", "3931", "3932", "3933"], "day3": ["3940", "3941", "3942", "3943"]}
BASIS = {
  "r_newvision": "stamp '{s}' under the page's date line ({d}); GMT = UTC",
  "r_economynext": "pubDate '{s}' (explicit +0530 offset)",
  "r_roya": "relative stamp '{s}' resolved against the printed 'Last updated: Sunday, 03 December 2023 21:30' (Jordan time, UTC+3)",
  "r_tca": "dc:date '{s}' (explicit +06:00 offset)",
  "r_fmt": "no own time: the article's dateline 'Saturday, 08 Jul 2023 11.50pm' (Malaysia time, UTC+8) used for every bullet",
  "r_samoa": "time '{s}' under the page's date heading 'Tuesday 28 November 2023' (local {d}); Samoa time UTC+13, so the UTC date is the day before",
  "r_adn": "time '{s}' under the day divider for {d}; Alaska time implied by the outlet, AKDT = UTC-8",
  "r_catalan": "stamp '{s}' with <time datetime> (+02:00) on the page's date {d}; Madrid CEST",
  "r_exit": "stamp '{s}' (author glued to full date and time); Albanian time implied by the outlet, CET = UTC+1",
  "r_charter": "stamp '{s}' (d.mm.yyyy); Minsk time implied by the outlet, UTC+3",
  "r_ottery": "stamp '{s}' on the page's date line {d}; 'All times BST' = UTC+1",
  "r_pentire": "stamp '{s}' with <time datetime> (+03:00) on {d}; Kyiv EEST (page note); JSON-LD agrees",
  "r_rss_world": "pubDate '{s}' (explicit zone)",
  "r_textarticle": "no per-section time; the article dateline ({d}, {z}) used for every section",
  "r_trevone": "stamp '{s}' on the page's date line {d}; BST = UTC+1",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_yanwath": "stamp '{s}' under the date line 'Monday 24 July' (no year printed; 2023 from --date); Kyiv time GMT+3 (date line)",
  "r_otterburn": "stamp '{s}' on the page's date line {d}; Kyiv time GMT+2 (page note)",
  "r_tresillian": "stamp '{s}' on {d} (meta line); Kyiv EET = UTC+2; JSON-LD datePublished agrees",
  "r_htmlarticle": "no per-section time; the article dateline ({d}, GMT) used for every section",
}


def main():
    for sub in ("seeds", "gold"):
        os.makedirs(os.path.join(ROOT, sub), exist_ok=True)
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
            ents.append({"id": f"{S['id']}-{i+1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), z=S["zone"]),
                         "author": e["a"],
                         "first_sentence": first_sentence(e["p"][0]) if e["p"] else None,
                         "body_paragraphs": len(e["p"]),
                         "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                         "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"],
                         "notes": e["n"]})
        gold = {"seed": fn, "source": S["source"], "page_title": S["title"], "page_timezone": S["zone"], "notes": S["notes"]}
        if S.get("parse_args"):
            gold["parse_args"] = S["parse_args"]
        gold["format"] = S["fmt"]
        if S.get("imitates"):
            gold["imitates"] = S["imitates"]
        gold["entries"] = ents
        gold["not_entries"] = S["not_entries"]
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print(fn, len(ents))


if __name__ == "__main__":
    main()

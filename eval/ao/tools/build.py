#!/usr/bin/env python3
"""Builds eval/ao seeds and gold files from the hand-written table below.
All news text is invented or paraphrased in the tester's own words; Part B outlets are invented. Deterministic.
Run: python3 eval/ao/tools/build.py"""
import json, html, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None, **extra):
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n, **extra)


def OFF(t, h, p, st, a=None, n="", **extra):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **extra)


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par)
    return par[:m.end()] if m else par


def esc(s):
    return html.escape(s, quote=False)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:70]


def ampm12(d, style):
    hh = d.hour % 12 or 12
    pm = d.hour >= 12
    if style == "am":      # 6:40 pm
        return f"{hh}:{d.minute:02d} {'pm' if pm else 'am'}"
    if style == "dotam":   # 9.50pm
        return f"{hh}.{d.minute:02d}{'pm' if pm else 'am'}"
    if style == "a.m.":    # 8:35 a.m.
        return f"{hh}:{d.minute:02d} {'p.m.' if pm else 'a.m.'}"
    if style == "PM":      # 7:45 PM
        return f"{hh}:{d.minute:02d} {'PM' if pm else 'AM'}"
    raise ValueError(style)


def paras_txt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def ld_escape(s):
    """WordPress-style JSON-LD strings: curly apostrophes and ampersands as HTML entities."""
    return s.replace("&", "&amp;").replace("\u2019", "&#8217;").replace("\u2018", "&#8216;")


# =============================================================== Part A renderers

def r_dominican(S):  # Dominican Today tag listing (HTML): "By X | August 4, 2023 - 6:40 pm", excerpt, Read more
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f"<title>{esc(S['title'])} - Dominican Today</title>",
           '<meta name="viewport" content="width=device-width, initial-scale=1">', "</head><body class=\"archive tag\">",
           '<div class="topbar"><span class="date-today">Friday, August 4, 2023</span> <a href="/subscribe">Subscribe</a> <a href="/login">Log in</a></div>',
           '<header id="masthead"><a class="site-logo" href="/">Dominican Today</a>',
           '<nav class="main-nav"><a href="/local">Local</a> <a href="/economy">Economy</a> <a href="/tourism">Tourism</a> <a href="/politics">Politics</a> <a href="/world">World</a> <a href="/sports">Sports</a> <a href="/opinion">Opinion</a></nav></header>',
           '<main id="primary">', f'<h1 class="page-title">Tag: <span>{esc(S["title"])}</span></h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{MONTHS[d.month-1]} {d.day}, {d.year} - {ampm12(d, 'am')}"; stamps.append(st)
        out.append(f'<article class="post type-post"><h2 class="entry-title"><a href="https://dominicantoday.com/dr/world/{d:%Y/%m/%d}/{slug(e["h"])}/">{esc(e["h"])}</a></h2>')
        out.append(f'<div class="entry-meta"><span class="byline">By {esc(e["a"])}</span> | <time datetime="{d.isoformat()}">{st}</time></div>')
        out.append('<div class="entry-summary">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "</div>")
        out.append('<a class="more-link" href="#">Read more</a>')
        out.append('<div class="share"><span>Share:</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div></article>')
        if i == 2:
            out.append('<aside class="newsletter"><h3>Get Dominican Today in your inbox</h3><p>The day\'s top stories, every morning at 7.</p><input type="email" placeholder="Your email"><button>Sign up</button></aside>')
    out += ['<div class="pagination"><a href="/tag/russia-ukraine/page/2/">Older posts</a></div>', "</main>",
            '<aside id="secondary"><h3>Most read</h3><ul><li><a href="/a">Punta Cana airport passenger traffic hits July record</a></li><li><a href="/b">Power outages frustrate residents of Santiago</a></li></ul></aside>',
            '<footer id="colophon"><p>© 2023 Dominican Today. All rights reserved.</p><p><a href="/privacy">Privacy policy</a> · <a href="/contact">Contact</a></p>',
            '<div class="cookie-notice">This site uses cookies to improve your experience. <button>Accept</button></div></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_tirana(S):  # Tirana Times category page scrape: headline, byline glued to date, excerpt, Read more; site date = fetch day
    z = S["zone"]
    L = ["Wednesday, 6 September 2023", "Login", "", "Tirana Times", "Albania's English-language newspaper since 2005", "",
         "Home", "Politics", "Economy", "Society", "Culture", "World", "Opinion", "Subscribe", "",
         "We use cookies to give you the best experience on our website. By continuing you agree to our cookie policy.  Accept  Read more", "",
         "World", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{e['a']}{d.day} {MONTHS[d.month-1]} {d.year} {d:%H:%M}"; stamps.append(st)
        L += [e["h"], st, ""] + paras_txt(e["p"]) + ["Read more", "Share  Tweet  Email", ""]
        if i == 3:
            L += ["ADVERTISEMENT", ""]
    L += ["Load more", "", "Popular", "Tourist numbers on the Albanian Riviera break August record", "Parliament opens autumn session with judicial reform on agenda", "",
          "About us  |  Advertise  |  Contact", "© 2023 Tirana Times. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_ubpost(S):  # The UB Post world digest scrape: one date line, oldest first, headline then time on its own line; crosses local midnight
    z = S["zone"]
    L = ["THE UB POST", "Mongolia's leading English-language newspaper", "",
         "HOME  NEWS  BUSINESS  POLITICS  SOCIETY  CULTURE  SPORTS  WORLD  OPINION", "", "Search for:", "",
         S["title"], "", S["dateline"], "By UB Post World Desk", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M"); stamps.append(st)
        L += [e["h"], st, ""] + paras_txt(e["p"])
        if i == 2:
            L += ["Related: Mongolia and Japan sign memorandum on rare earth minerals", ""]
    L += ["Share this:", "Facebook", "X", "Print", "", "Like this:", "Loading...", "",
          "© 2023 The UB Post. Published by Mongol News Group."]
    return "\n".join(L) + "\n", stamps


def r_rthk(S):  # RTHK English international news list: "2023-12-08 HKT 14:38" under each title, no bylines
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - RTHK</title>", "</head><body>",
           '<div id="header"><a class="rthklogo" href="/">RTHK 香港電台</a><ul class="langSelector"><li><a href="/">中文</a></li><li class="on">English</li></ul></div>',
           '<ul class="mainNav"><li><a href="/rthk/news/englishnews/local">Local</a></li><li><a href="/rthk/news/englishnews/greaterchina">Greater China</a></li><li class="active"><a href="/rthk/news/englishnews/world">World</a></li><li><a href="/rthk/news/englishnews/finance">Finance</a></li><li><a href="/rthk/news/englishnews/sport">Sport</a></li></ul>',
           f'<div class="catTitle"><h1>{esc(S["title"])}</h1></div>', '<div class="newsList">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%Y-%m-%d HKT %H:%M"); stamps.append(st)
        out.append(f'<div class="ns2-inner"><h4 class="ns2-title"><a href="/rthk/en/component/k2/{S["id"]}{i+1:02d}">{esc(e["h"])}</a></h4>')
        out.append(f'<div class="ns2-created">{st}</div>')
        out.append('<div class="itemFullText">' + "<br/><br/>".join(esc(p) for p in e["p"]).replace("<br/><br/>", "<br/><br/>\n") + "</div>")
        out.append('<div class="shareBtn"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div></div>')
    out += ["</div>", '<div class="otherNews"><h3>Other News</h3><ul><li><a href="#">Hang Seng index ends week lower</a></li><li><a href="#">Cold front to bring cooler weather on Sunday</a></li></ul></div>',
            '<div id="footer">Copyright © 2023 RTHK. All Rights Reserved. <a href="#">Privacy Policy</a> <a href="#">Terms of Use</a></div></body></html>']
    return "\n".join(out) + "\n", stamps


def r_tuoitre(S):  # Tuoi Tre News world RSS 2.0: pubDate "Thu, 11 May 2023 21:05:00 GMT+7", thumbnail + summary in CDATA
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "<channel>", f"<title>{esc(S['title'])}</title>",
           "<link>https://tuoitrenews.vn/world</link>", "<description>Tuoi Tre News - World</description>", "<language>en-US</language>",
           "<copyright>Tuoi Tre News</copyright>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S") + " GMT+7"; stamps.append(st)
        out += ["<item>", f"<title><![CDATA[{e['h']}]]></title>", f"<link>https://tuoitrenews.vn/news/world/{d:%Y%m%d}/{slug(e['h'])}/{S['id']}{i}.html</link>",
                f"<guid>https://tuoitrenews.vn/news/world/{d:%Y%m%d}/{slug(e['h'])}/{S['id']}{i}.html</guid>", f"<pubDate>{st}</pubDate>"]
        body = f'<a href="https://tuoitrenews.vn/news/world/{d:%Y%m%d}/"><img src="https://cdn.tuoitrenews.vn/thumb_w/586/{S["id"]}{i}.jpg" /></a>'
        body += "".join(f"<p>{p}</p>" for p in e["p"])
        out += [f"<description><![CDATA[{body}]]></description>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_postcourier(S):  # Post-Courier world page scrape: date line WITHOUT year, headline, time line "9.50pm" after it, "By X"
    z = S["zone"]
    L = ["Post-Courier", "Papua New Guinea's Leading Newspaper", "", "Home | National | Business | Sport | World | Pacific | Opinion | Weekender", "",
         "Skip to content", "", "World", "", S["dateline"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm12(d, "dotam"); stamps.append(st)
        L += [e["h"], st]
        if e["a"]:
            L += [f"By {e['a']}"]
        L += [""] + paras_txt(e["p"])
        L += ["Share this article", ""]
        if i == 1:
            L += ["ADVERTISEMENT", "Digicel: stay connected this Christmas", ""]
    L += ["Previous  Next", "", "Subscribe to the Post-Courier e-paper", "", "© Copyright South Pacific Post Limited. All Rights Reserved."]
    return "\n".join(L) + "\n", stamps


def r_barbados(S):  # Barbados Today round-up article (HTML): bullets under section heads are the entries; NewsArticle JSON-LD with entities
    z = S["zone"]
    d0 = dt(S["pubt"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": ld_escape(S["title"]),
          "datePublished": d0.isoformat(), "dateModified": d0.isoformat(),
          "author": {"@type": "Person", "name": S["author"]},
          "publisher": {"@type": "Organization", "name": "Barbados Today", "logo": {"@type": "ImageObject", "url": "https://barbadostoday.bb/logo.png"}},
          "articleSection": "World &amp; Regional", "mainEntityOfPage": S["url"]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f"<title>{esc(S['title'])} | Barbados Today</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>", "</head><body>",
           '<header class="site-header"><a class="logo" href="/">Barbados Today</a><nav><a href="/local-news">Local News</a> <a href="/business">Business</a> <a href="/sports">Sports</a> <a href="/world">World</a> <a href="/opinion">Opinion</a> <a href="/e-paper">E-paper</a></nav></header>',
           '<main><article class="single">', '<span class="cat">World</span>', f"<h1 class=\"entry-title\">{esc(S['title'])}</h1>",
           f'<div class="meta"><span class="author">by {esc(S["author"])}</span> <span class="date">{MONTHS[d0.month-1]} {d0.day}, {d0.year} {ampm12(d0, "PM")}</span></div>',
           '<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">WhatsApp</a></div>',
           '<div class="entry-content">', f"<p>{esc(S['lede'])}</p>"]
    stamps = []; cur = None
    for e in S["entries"]:
        stamps.append(None)
        if e["sec_head"] != cur:
            if cur is not None:
                out.append("</ul>")
            cur = e["sec_head"]; out.append(f"<h3>{cur}</h3>"); out.append("<ul>")
        out.append(f"<li>{esc(' '.join(e['p']))}</li>")
    out += ["</ul>", "</div>", '<div class="related"><h4>Related</h4><a href="#">Cricket West Indies names squad for Zimbabwe tour</a></div>',
            '<div class="newsletter">Sign up for the Barbados Today newsletter <input type="email"> <button>Subscribe</button></div>',
            "</article></main>", '<footer>© 2023 Barbados Today Inc. All rights reserved. | <a href="#">Privacy</a> | <a href="#">Terms</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_club(S):  # Club of Mozambique latest-news scrape: relative stamps against a printed "Last updated" line
    L = ["Club of Mozambique", "", "Home  Business  Politics  Society  Tourism  Sport  Opinion  Subscribe", "",
         "This website uses cookies. By continuing to browse, you accept their use. OK  More info", "",
         S["updated"], "", "Latest news", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        st = e["rel"]; stamps.append(st)
        L += [e["h"], st, ""] + paras_txt(e["p"]) + ["Continue reading", ""]
        if i == 3:
            L += ["Subscribe to our daily newsletter", "Email address", "Sign up", ""]
    L += ["Load more news", "", "Club of Mozambique Lda. Copyright © 2023. All rights reserved.", "Privacy policy | Terms and conditions"]
    return "\n".join(L) + "\n", stamps


def r_reporter(S):  # The Reporter (Ethiopia) RSS 1.0 (RDF) with dc:date offsets, dc:creator, content:encoded
    z = S["zone"]
    items = []; stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        url = f"https://www.thereporterethiopia.com/{S['id']}{i+1:02d}/"
        items.append((url, d, st, e))
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
           '<channel rdf:about="https://www.thereporterethiopia.com/feed/rdf">', f"<title>{esc(S['title'])}</title>",
           "<link>https://www.thereporterethiopia.com</link>", "<description>The Reporter Ethiopia - World</description>",
           f"<dc:date>{items[0][2]}</dc:date>", "<items><rdf:Seq>"]
    out += [f'<rdf:li rdf:resource="{u}"/>' for u, _, _, _ in items]
    out += ["</rdf:Seq></items>", "</channel>"]
    for u, d, st, e in items:
        out += [f'<item rdf:about="{u}">', f"<title>{esc(e['h'])}</title>", f"<link>{u}</link>",
                f"<dc:creator>{esc(e['a'])}</dc:creator>" if e["a"] else "<dc:creator>The Reporter</dc:creator>",
                f"<dc:date>{st}</dc:date>", "<dc:subject>World</dc:subject>",
                f"<description>{esc(first_sentence(e['p'][0]))} [&#8230;]</description>",
                "<content:encoded><![CDATA[" + "".join(f"<p>{p}</p>" for p in e["p"]) + "]]></content:encoded>", "</item>"]
    out.append("</rdf:RDF>")
    return "\n".join(out) + "\n", stamps


def r_incyprus(S):  # In-Cyprus live blog (HTML): LiveBlogPosting JSON-LD with entity-escaped strings, Key Points box, date line + HH:MM
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{i+1}", "headline": ld_escape(e["h"]), "datePublished": d.isoformat()}
        if e["p"]:
            u["articleBody"] = ld_escape(" ".join(e["p"]))
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": ld_escape(S["title"]),
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "Organization", "name": "in-cyprus.philenews.com"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="UTF-8">', f"<title>{esc(S['title'])} - in-cyprus.philenews.com</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header><a class="brand" href="/">in-cyprus</a> <nav><a href="/local">Local</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/lifestyle">Lifestyle</a></nav></header>',
           f'<main><h1 class="post-title">{esc(S["title"])}</h1>', f'<p class="excerpt">{esc(S["lede"])}</p>',
           '<div class="social"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Copy link</a></div>',
           '<div class="key-points"><h3>Key Points</h3><ul>' + "".join(f"<li>{esc(e['h'])}</li>" for e in S["entries"] if e["kp"]) + "</ul></div>",
           f'<p class="liveblog-date">{esc(S["dateline"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M"); stamps.append(st)
        out.append(f'<div class="lb-post" id="post-{i+1}"><span class="lb-time"><time datetime="{d.isoformat()}">{st}</time></span>')
        out.append(f"<h2>{esc(e['h'])}</h2>")
        if e["a"]:
            out.append(f'<span class="lb-author">{esc(e["a"])}</span>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        if not e["p"]:
            out.append(f'<figure><img src="/img/{S["id"]}-{i}.jpg" alt=""></figure>')
        out.append("</div>")
        if i == 3:
            out.append('<aside class="nl">Get the in-cyprus morning briefing: <a href="/newsletter">sign up</a></aside>')
    out += ['<div class="related"><h4>Read also</h4><a href="#">Larnaca marina project gets final approval</a></div>', "</main>",
            "<footer>© 2023 in-cyprus.philenews.com · Terms · Cookie settings</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


# =============================================================== Part B renderers

def r_textlive_bst(S):  # text live blog: "14:38 BST" line, headline, body, "— NAME" signature; Key Points; order as given
    z = S["zone"]
    L = [S["masthead"], "News  World  Politics  Business  Sport  Weather", "", S["title"], "", S["dateline"], "", "Key Points"]
    L += ["• " + e["h"] for e in S["entries"] if e["kp"]]
    L += ["", S["ordernote"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M") + " " + S["abbr"]; stamps.append(st)
        L += [st, e["h"], ""] + paras_txt(e["p"])
        if e["a"]:
            L += ["— " + e["a"], ""]
        L += ["Share", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Load more updates", "", f"© {S['masthead']} 2023 · Cookies · Privacy · Contact us"]
    return "\n".join(L) + "\n", stamps


def r_htmllive_ld(S):  # HTML live with LiveBlogPosting JSON-LD (per-update times), byline before h2, <time> visible HH:MM or full date
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#u{i+1}", "headline": e["h"], "datePublished": d.isoformat()}
        if e["p"]:
            u["articleBody"] = "\n\n".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ts = sorted(dt(e["t"], z) for e in S["entries"])
    node = {"@type": S.get("ldtype", "LiveBlogPosting"), "@id": S["url"], "headline": S["title"], "datePublished": ts[0].isoformat(),
            "dateModified": ts[-1].isoformat(), "coverageStartTime": ts[0].isoformat(),
            "publisher": {"@type": "Organization", "name": S["source"]}, "liveBlogUpdate": ups}
    ld = {"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "@id": S["url"] + "#webpage", "name": S["title"]}, node]} if S.get("graph") \
        else dict({"@context": "https://schema.org"}, **node)
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<header class="top"><a href="/">{S["source"]}</a> <nav><a href="/world">World</a> <a href="/europe">Europe</a> <a href="/ukraine">Ukraine</a> <a href="/newsletters">Newsletters</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>', f'<p class="note">{esc(S["tznote"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{d.day} {MONTHS[d.month-1]} {d.year} {d:%H:%M}" if S.get("fulldate") else d.strftime("%H:%M")
        stamps.append(st)
        out.append(f'<article class="post" id="u{i+1}"><div class="post-meta"><time datetime="{d.isoformat()}">{st}</time>'
                   + (f' <span class="byline">{esc(e["a"])}</span>' if e["a"] else "") + "</div>")
        out.append(f"<h2>{esc(e['h'])}</h2>")
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        if not e["p"]:
            out.append('<div class="video-embed" data-src="player"></div>')
        out.append('<div class="post-share"><button>Copy link</button> <button>Share</button></div></article>')
        if i == 2:
            out.append('<aside class="promo">Newsletter: <a href="/newsletters/ukraine">Ukraine war briefing, every weekday</a></aside>')
    out += ["</main>", f'<aside class="more"><a href="/live/previous">Previous day\'s coverage</a></aside>', f"<footer>{S['source']} · About us · Privacy · Cookies</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_atom_world(S):  # general world Atom feed, Z times, html content
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           f'<link href="{S["link"]}" rel="alternate"/>', f"<id>{S['link']}</id>",
           f"<updated>{dt(S['entries'][0]['t'], z).astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="{S["link"]}/{slug(e["h"])}" rel="alternate"/>',
                f"<id>tag:{S['tag']},2023:{S['id']}{i+1:03d}</id>", f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        out.append(f'<category term="{e.get("cat", "World")}"/>')
        out.append('<content type="html">' + esc("".join(f"<p>{p}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_rss_world(S):  # general world RSS 2.0, RFC 822 pubDate in the given zone, CDATA paragraphs
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', "<channel>",
           f"<title>{esc(S['title'])}</title>", f"<link>{S['link']}</link>", f"<description>{esc(S['desc'])}</description>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if S.get("gmt") else d.strftime("%z")); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['link']}/{slug(e['h'])}</link>",
                f'<guid isPermaLink="false">{S["id"]}-{i+1:03d}</guid>', f"<pubDate>{st}</pubDate>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out.append(f"<category>{e.get('cat', 'World')}</category>")
        out.append("<description><![CDATA[" + "".join(f"<p>{p}</p>" for p in e["p"]) + "]]></description>")
        out.append("</item>")
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_textarticle(S):  # text article with section headings; one entry per section; stamp null
    L = list(S["head"]); stamps = []
    for e in S["entries"]:
        stamps.append(None)
        L += [e["h"], ""] + paras_txt(e["p"])
    L += list(S["foot"])
    return "\n".join(L) + "\n", stamps


def r_htmllive_dot(S):  # HTML live without JSON-LD: "14.35" stamps, zone only in the header note, byline under headline
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           f'<meta property="og:site_name" content="{S["source"]}"></head><body>',
           f'<div class="bar">{S["source"]} <a href="/news">News</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/sport">Sport</a> <a href="/account">My account</a></div>',
           f'<div class="live-header"><span class="live">LIVE</span><h1>{esc(S["title"])}</h1><p class="dek">{esc(S["lede"])}</p><p class="dateline">{esc(S["dateline"])}</p></div>',
           '<ol class="timeline">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H.%M"); stamps.append(st)
        out.append(f'<li class="entry"><span class="ts">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="by">By {esc(e["a"])}</p>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        if not e["p"]:
            out.append('<div class="video" data-id="v1"></div>')
        out.append("</li>")
        if i == 1:
            out.append('<li class="ad">Advertisement</li>')
    out += ["</ol>", '<div class="next"><a href="/live/yesterday">Yesterday\'s live blog</a></div>', f"<footer>© {S['source']} 2023 · Imprint · Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_textlive_us(S):  # text live, OLDEST first, "8:35 a.m." stamp line, one page byline
    z = S["zone"]
    L = [S["masthead"], "Home  Nation  World  Business  Opinion  Sports", "", S["title"], "", S["byline"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm12(d, "a.m."); stamps.append(st)
        L += [st, e["h"], ""] + paras_txt(e["p"])
        if i == 1:
            L += ["RELATED: How the war has reshaped global grain markets", ""]
    L += ["Sign up for our World Brief newsletter", "", f"© 2023 {S['masthead']}"]
    return "\n".join(L) + "\n", stamps


def r_textlive_gmt(S):  # text live, newest first, "1409 GMT — Headline" on one line, Key Points, one page byline
    z = S["zone"]
    L = [S["masthead"], "UK  World  Politics  Money  Sport  Culture", "", S["title"], "", S["byline"], S["dateline"], "", "Key Points"]
    L += ["- " + e["h"] for e in S["entries"] if e["kp"]]
    L += [""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H%M") + " GMT"; stamps.append(st)
        L += [f"{st} — {e['h']}", ""] + paras_txt(e["p"])
        if i == 2:
            L += ["Read more: Inside the race to rebuild Ukraine's power grid", ""]
    L += ["More updates to follow", "", f"{S['masthead']} · Terms · Privacy · Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_htmlarticle(S):  # HTML article with h2 section headings; one entry per section; stamp null; date line in meta
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} — {S['source']}</title>", "</head><body>",
           f'<header><a href="/">{S["source"]}</a> <nav><a href="/analysis">Analysis</a> <a href="/world">World</a> <a href="/podcasts">Podcasts</a></nav></header>',
           f'<main><article><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="meta">By {esc(S["author"])} · {esc(S["dateline"])}</p>']
    stamps = []
    for e in S["entries"]:
        stamps.append(None)
        out.append(f"<h2>{esc(e['h'])}</h2>")
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
    out += ['<div class="share">Share this article: <a href="#">Email</a> <a href="#">X</a> <a href="#">LinkedIn</a></div>', "</article></main>",
            f"<footer>{S['source']} · Subscribe · Contact</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


# =============================================================== PART A: single pages
SEEDS = []

SEEDS.append(dict(
    id="4200", name="4200_dominican-today-tag", ext="html", render=r_dominican, source="Dominican Today", zone="America/Santo_Domingo",
    title="Russia-Ukraine",
    notes="Dominican Today tag listing page 'Russia-Ukraine', newest first. Each story is an h2 link, a meta line 'By X | August 4, 2023 - 6:40 pm' (lower-case am/pm, no zone) and a one- or two-paragraph excerpt followed by 'Read more'. Times are Santo Domingo local (AST, UTC-4, no DST). Sidebar 'Most read' and the pagination link are chrome. The Navalny sentencing appears on the tag page but is not about the war (off-beat).",
    not_entries=["top bar with the site date and subscribe/log-in links", "masthead navigation", "'Tag: Russia-Ukraine' page heading",
                 "'Read more' links and share buttons under each story", "newsletter sign-up box", "'Older posts' pagination",
                 "'Most read' sidebar (two local stories)", "footer with copyright, links and cookie notice"],
    entries=[
        E("2023-08-04 18:40", "Ukraine says sea drones damaged Russian warship at Novorossiysk",
          ["A Russian landing ship was left listing after Ukrainian naval drones struck the Black Sea port of Novorossiysk before dawn, according to a source in Ukraine's security service.",
           "Russia's defence ministry said it had repelled an attack by two unmanned boats, while images shared online showed a vessel being towed with a heavy tilt."],
          "strikes", "strikes", 3, "novorossiysk-sea-drone-attack-2023-08-04", a="Pilar Valdez"),
        E("2023-08-04 16:15", "Saudi Arabia to host weekend talks on Ukraine peace formula",
          ["Senior officials from about 40 countries are expected in Jeddah on Saturday for talks on ending the war in Ukraine, without any Russian delegation.",
           "Kyiv hopes the meeting will broaden support for President Volodymyr Zelensky's ten-point plan among countries of the global south."],
          "diplomacy", "diplomacy", 3, "jeddah-peace-talks-2023-08", a="Pilar Valdez"),
        OFF("2023-08-04 13:50", "Russian court adds 19 years to Navalny's prison term",
            ["A court sitting inside a prison colony east of Moscow sentenced opposition politician Alexei Navalny to a further 19 years on extremism charges.",
             "His team called the trial a farce and said the verdict was written in advance."],
            "navalny-sentence-2023-08-04", a="Newsroom", n="Russian domestic court case, not about the war"),
        E("2023-08-04 11:05", "Dominican foreign ministry calls for 'just and lasting peace' in Ukraine",
          ["The Dominican Republic's foreign ministry said it welcomed any dialogue that respects Ukraine's sovereignty, ahead of the Jeddah meeting.",
           "Foreign Minister Roberto Álvarez said the country would keep voting with the majority at the United Nations on resolutions about the war."],
          "diplomacy", "diplomacy", 2, "dominican-statement-ukraine-peace-2023-08-04", a="Ramón Cuevas"),
        E("2023-08-04 09:30", "Kherson hit by overnight shelling, governor says",
          ["Russian artillery fired on residential streets of Kherson overnight, wounding three people and damaging a school, regional governor Oleksandr Prokudin said.",
           "The city on the Dnipro's right bank has been shelled almost daily since Ukrainian forces retook it last November."],
          "strikes", "strikes", 2, "kherson-shelling-2023-08-04", a="Ramón Cuevas"),
        E("2023-08-04 07:10", "Poland moves extra troops toward Belarus border over Wagner presence",
          ["Poland said it was sending more soldiers to its eastern frontier after Wagner mercenaries relocated to Belarus were reported near the Suwałki gap.",
           "Warsaw also accused two Belarusian helicopters of violating its airspace earlier in the week."],
          "other", "security", 2, "poland-troops-belarus-border-wagner", a="Newsroom"),
    ]))

SEEDS.append(dict(
    id="4201", name="4201_tirana-times-world", ext="txt", render=r_tirana, source="Tirana Times", zone="Europe/Tirane",
    title=None,
    notes="Plain-text scrape of the Tirana Times 'World' category page. The site date line at the top ('Wednesday, 6 September 2023') is the day the page was fetched, NOT the articles' date: every story is dated 5 September 2023. Each story: headline, then the author's name glued to the date and time with no space ('Elira Kola5 September 2023 21:40'), then the excerpt, 'Read more' and share labels. Times are Albanian local time (CEST, UTC+2); the page prints no zone. No page title line (the section label 'World' is navigation).",
    not_entries=["site date line 'Wednesday, 6 September 2023' (fetch day) and Login", "masthead and tagline", "navigation list", "cookie line",
                 "'World' section label", "'Read more' and 'Share  Tweet  Email' after each story", "ADVERTISEMENT marker", "'Load more'",
                 "'Popular' box with two local stories", "footer links and copyright"],
    entries=[
        E("2023-09-05 21:40", "Ukraine's parliament votes to dismiss Reznikov as defence minister",
          ["Ukrainian lawmakers approved the dismissal of Oleksii Reznikov on Tuesday, clearing the way for Rustem Umerov to take over the defence ministry.",
           "President Volodymyr Zelensky had said the ministry needed a new approach after a series of procurement scandals."],
          "other", "politics", 3, "reznikov-dismissed-umerov-defence-minister", a="Elira Kola"),
        E("2023-09-05 18:05", "Romania checks reports of drone debris near its Danube border",
          ["Romania's defence ministry said it was examining claims that pieces of a Russian drone came down on its side of the Danube during an attack on a Ukrainian port.",
           "Officials in Bucharest said there was no direct threat to Romanian territory but that patrols had been stepped up."],
          "other", "security", 2, "romania-drone-debris-danube-2023-09", a="Besnik Dushaj"),
        E("2023-09-05 15:30", "Albania raises Danube port attacks at UN Security Council",
          ["Albania's mission to the United Nations called Russian strikes on Ukraine's river ports an assault on global food security.",
           "Ambassador Ferit Hoxha told the council that attacks on grain infrastructure hurt countries far from the battlefield."],
          "diplomacy", "diplomacy", 2, "albania-un-danube-ports-statement", a="Besnik Dushaj"),
        E("2023-09-05 12:10", "Erdogan says grain deal could return after talks with Putin",
          ["Turkish President Recep Tayyip Erdogan said the Black Sea grain arrangement could be revived soon, a day after meeting Vladimir Putin in Sochi.",
           "The Kremlin has insisted that Western restrictions on Russian farm exports be lifted first."],
          "diplomacy", "diplomacy", 3, "erdogan-putin-sochi-grain-deal", a="Elira Kola"),
        E("2023-09-05 09:45", "Overnight drone strike hits grain facilities in Odesa region",
          ["Russian drones struck port infrastructure on the Danube in Odesa region overnight, damaging grain silos and injuring two people, Ukraine's military said.",
           "The air force said 17 of 25 drones launched from the south were shot down."],
          "strikes", "strikes", 3, "odesa-region-drone-strike-2023-09-05", a="Elira Kola"),
        E("2023-09-05 07:20", "Tirana hosts regional meeting on schooling for Ukrainian refugees",
          ["Education officials from the Western Balkans met in Tirana to discuss how to keep Ukrainian refugee children in school as the new term begins.",
           "Albania currently hosts several hundred Ukrainians under temporary protection."],
          "other", "humanitarian", 2, "tirana-ukrainian-refugee-schooling-meeting", a="Arta Lleshi"),
    ]))

SEEDS.append(dict(
    id="4202", name="4202_ub-post-world-digest", ext="txt", render=r_ubpost, source="The UB Post", zone="Asia/Ulaanbaatar",
    title="World Digest: Russia quits arms treaty as NATO responds",
    dateline="Tuesday, November 7, 2023",
    lede="Our running digest of international news, updated through the day and night. Times are Ulaanbaatar time.",
    notes="Plain-text scrape of a UB Post running world digest, OLDEST first. Only one date line ('Tuesday, November 7, 2023'); each update is a headline followed by its time on its own line ('14:40'). The timeline crosses local midnight: after 23:10 come 01:35 and 05:50, which belong to Wednesday 8 November local time (Ulaanbaatar, UTC+8) but are still 7 November in UTC. 'By UB Post World Desk' is the page byline; there are no per-update bylines, so author is that desk for every entry.",
    not_entries=["masthead, tagline and navigation", "'Search for:'", "page date line and byline", "digest lede (italic intro)",
                 "'Related:' link about a Mongolia-Japan memorandum", "share and like widgets, 'Loading...'", "footer copyright"],
    entries=[
        E("2023-11-07 10:15", "Russia completes exit from Cold War conventional arms treaty",
          ["Moscow said its withdrawal from the Treaty on Conventional Armed Forces in Europe took effect on Tuesday, calling the pact a relic of a different era.",
           "The foreign ministry blamed NATO enlargement for making the limits on tanks and troops meaningless."],
          "diplomacy", "diplomacy", 3, "russia-leaves-cfe-treaty", a="UB Post World Desk"),
        E("2023-11-07 14:40", "NATO allies suspend their own obligations under the CFE treaty",
          ["NATO members said they would freeze their participation in the conventional forces treaty in response to Russia's departure.",
           "The alliance said a treaty respected by only one side could not keep Europe safe."],
          "diplomacy", "diplomacy", 3, "nato-suspends-cfe-treaty", a="UB Post World Desk"),
        E("2023-11-07 17:05", "Shelling kills two in Kherson region, officials say",
          ["Two civilians died when Russian shells landed in villages along the Dnipro in Kherson region, the regional administration reported.",
           "A power line was also damaged, leaving several settlements without electricity."],
          "strikes", "strikes", 2, "kherson-region-shelling-2023-11-07", a="UB Post World Desk"),
        OFF("2023-11-07 19:30", "Herders warned of harsh winter as early snow covers western aimags",
            ["The National Emergency Management Agency urged herders in western provinces to stock fodder after heavy snow fell two weeks earlier than usual.",
             "Forecasters expect colder than average temperatures through January."],
            "mongolia-early-snow-dzud-warning", a="UB Post World Desk", n="Mongolian weather, not about the war"),
        E("2023-11-07 23:10", "Kyiv says air defences downed most drones in evening wave",
          ["Ukraine's air force said it shot down 18 of 22 attack drones launched at central and southern regions late on Tuesday.",
           "Falling debris started a fire at a warehouse in Khmelnytskyi region, where no casualties were reported."],
          "strikes", "strikes", 2, "drone-wave-2023-11-07", a="UB Post World Desk"),
        E("2023-11-08 01:35", "Zelensky expects EU accession report within days",
          ["President Volodymyr Zelensky said he expected the European Commission to publish its assessment of Ukraine's membership bid this week.",
           "He told officials that the reforms demanded by Brussels were largely complete."],
          "diplomacy", "diplomacy", 2, "eu-commission-ukraine-accession-report", a="UB Post World Desk"),
        E("2023-11-08 05:50", "Russia says it repelled drone attack on Bryansk region",
          ["Russia's defence ministry said three Ukrainian drones were destroyed over Bryansk region, which borders Ukraine.",
           "The regional governor said a farm building was damaged but nobody was hurt."],
          "strikes", "strikes", 2, "bryansk-drones-2023-11-07", a="UB Post World Desk"),
    ]))

SEEDS.append(dict(
    id="4203", name="4203_rthk-world", ext="html", render=r_rthk, source="RTHK English", zone="Asia/Hong_Kong",
    title="International",
    notes="RTHK English 'International' news list (HTML), newest first. Each item: h4 title, a created line '2023-12-08 HKT 14:20' (date, the literal zone label HKT = UTC+8, time), then the text with <br/> paragraph breaks, then share links. No bylines. The two newest items are dated 9 December local time (after Hong Kong midnight) but fall on 8 December UTC like the others. COP28 is off-beat.",
    not_entries=["header with logo and language selector", "section navigation", "share links under each item", "'Other News' box with two local stories", "footer"],
    entries=[
        E("2023-12-09 06:30", "White House says Ukraine funding will run dry within weeks",
          ["The White House warned that money to send weapons to Ukraine would be exhausted by the end of the year unless Congress approved new funding.",
           "Republican senators have tied further aid to tougher measures at the southern US border."],
          "aid", "aid", 3, "us-ukraine-funding-running-out-2023-12"),
        E("2023-12-09 01:05", "Putin confirms he will stand in March presidential election",
          ["Vladimir Putin said he would run for another term as Russia's president, announcing the decision after an awards ceremony at the Kremlin.",
           "The vote is scheduled for next March and he faces no serious challenger."],
          "other", "politics", 3, "putin-announces-2024-election-run"),
        OFF("2023-12-08 17:50", "COP28 negotiators work through night on fossil fuel wording",
            ["Delegates at the climate summit in Dubai were drafting new language on the future of coal, oil and gas, with talks due to end next week.",
             "Several oil-producing states oppose any call to phase out fossil fuels."],
            "cop28-fossil-fuel-negotiations", n="climate summit, not about the war"),
        E("2023-12-08 14:20", "Kyiv hit in pre-dawn missile attack, one dead",
          ["One person was killed and several were injured when Russia fired ballistic and cruise missiles at Kyiv early on Friday, Ukrainian officials said.",
           "The air force said 14 of 19 missiles were intercepted, and debris damaged homes on the capital's outskirts."],
          "strikes", "strikes", 3, "kyiv-missile-attack-2023-12-08"),
        E("2023-12-08 10:05", "Beijing envoy says China will keep pushing for talks on Ukraine",
          ["China's special representative Li Hui said Beijing would continue to encourage Russia and Ukraine to return to negotiations.",
           "He said both sides still had very different positions."],
          "diplomacy", "diplomacy", 2, "china-envoy-li-hui-ukraine-talks"),
        E("2023-12-08 08:40", "Russian drones target Kharkiv region overnight",
          ["Several drones struck infrastructure in Kharkiv region overnight, damaging a gas pipeline and a warehouse, the regional governor said.",
           "There were no immediate reports of casualties."],
          "strikes", "strikes", 2, "kharkiv-drones-2023-12-08"),
    ]))

SEEDS.append(dict(
    id="4204", name="4204_tuoi-tre-world-rss", ext="xml", render=r_tuoitre, source="Tuoi Tre News", zone="Asia/Ho_Chi_Minh",
    title="Tuoi Tre News - World",
    notes="Tuoi Tre News world RSS 2.0 feed. pubDate carries the non-standard zone suffix 'GMT+7' (Vietnam time, UTC+7) instead of an RFC 822 offset. Titles in CDATA; each description is CDATA with a thumbnail link and a one- or two-paragraph summary. No authors. The newest item (12 May local, 05:40) still falls on 11 May UTC. The Kremlin's reaction to the Storm Shadow decision shares the decision's story. The Thai election item is off-beat.",
    not_entries=["channel title, link, description, language and copyright", "thumbnail image link at the top of each description"],
    entries=[
        E("2023-05-12 05:40", "Kremlin warns London over long-range missile supplies to Kyiv",
          ["The Kremlin said Britain's decision to send long-range cruise missiles to Ukraine would require an adequate military response.",
           "Spokesman Dmitry Peskov said the move drags London deeper into the conflict."],
          "aid", "aid", 3, "uk-storm-shadow-missiles-ukraine", sec=["diplomacy"]),
        E("2023-05-11 21:05", "UK confirms it is sending Storm Shadow cruise missiles to Ukraine",
          ["Britain became the first country to announce deliveries of long-range cruise missiles to Ukraine, Defence Secretary Ben Wallace told parliament.",
           "The Storm Shadow can hit targets more than 250 km away, giving Kyiv's forces a much longer reach."],
          "aid", "aid", 3, "uk-storm-shadow-missiles-ukraine"),
        E("2023-05-11 17:30", "Zelensky says counteroffensive needs 'a bit more time'",
          ["President Volodymyr Zelensky said Ukraine's army was not yet ready to launch its expected spring counteroffensive because it was still waiting for some equipment.",
           "He said attacking now would cost too many lives."],
          "other", "frontline", 2, "zelensky-counteroffensive-delay"),
        E("2023-05-11 14:10", "Wagner chief claims flanks near Bakhmut are crumbling",
          ["Yevgeny Prigozhin said Russian regular troops were retreating from positions north and south of Bakhmut, a claim Moscow's defence ministry denied.",
           "Ukrainian commanders reported local advances around the city."],
          "other", "frontline", 2, "bakhmut-flanks-prigozhin-2023-05-11"),
        OFF("2023-05-11 10:20", "Thai parties make final push before Sunday's election",
            ["Thailand's opposition parties held large rallies in Bangkok as campaigning entered its last days."],
            "thailand-election-campaign-2023", n="Thai election, not about the war"),
        E("2023-05-11 08:15", "Russian shelling kills two in Kherson",
          ["Two people were killed when Russian artillery hit a residential area of Kherson, the regional military administration said."],
          "strikes", "strikes", 2, "kherson-shelling-2023-05-11"),
    ]))

SEEDS.append(dict(
    id="4205", name="4205_post-courier-world", ext="txt", render=r_postcourier, source="Post-Courier", zone="Pacific/Port_Moresby",
    title=None, dateline="Monday, December 4",
    parse_args=["--date", "2023-12-04"],
    notes="Plain-text scrape of the Post-Courier 'World' page. The date line above the stories says 'Monday, December 4' with NO year (2023, hence parse_args --date 2023-12-04). Each story: headline, then its time on its own line in the form '9.50pm', then an optional 'By X' line, body, 'Share this article'. Times are Papua New Guinea time (UTC+10, no DST), newest first; all fall on 4 December in UTC as well. The 'Explained:' item has no body (teaser, importance 1). The Manam volcano item is off-beat.",
    not_entries=["masthead, tagline and navigation", "'Skip to content'", "'World' section label", "date line 'Monday, December 4'",
                 "'Share this article' labels", "ADVERTISEMENT and Digicel promo", "'Previous  Next'", "e-paper subscription line", "footer"],
    entries=[
        E("2023-12-04 21:50", "Zelensky visits troops near Kupiansk as fighting intensifies",
          ["Ukraine's president met soldiers on the Kupiansk front in the northeast, where Russian forces have been attacking for weeks.",
           "He handed out awards and heard reports on ammunition shortages."],
          "other", "frontline", 2, "zelensky-visits-kupiansk-front", a="Gabriel Iamo"),
        OFF("2023-12-04 19:15", "Manam volcano alert lowered as ash emission eases",
            ["Authorities in Madang Province lowered the alert level for Manam Island after a week of reduced activity.",
             "Families evacuated to the mainland have been told to wait for further advice before returning."],
            "manam-volcano-alert", a="Maria Kuman", n="PNG volcano, not about the war"),
        E("2023-12-04 16:40", "Russia says air defences destroyed drones over Moscow region",
          ["Russia's defence ministry said it shot down several Ukrainian drones heading for Moscow, and the city's mayor reported no damage.",
           "Flights at two Moscow airports were briefly restricted."],
          "strikes", "strikes", 2, "moscow-region-drones-2023-12-04", a=None),
        E("2023-12-04 14:35", "Japan prepares new financial support package for Ukraine",
          ["Japan is preparing several billion dollars in additional financial aid for Ukraine, including help to rebuild energy infrastructure, government sources said.",
           "Prime Minister Fumio Kishida is expected to present the package at a G7 video summit this week."],
          "aid", "aid", 3, "japan-financial-aid-ukraine-2023-12", a="Gabriel Iamo"),
        E("2023-12-04 11:20", "Ukraine's army chief says Avdiivka front under heavy pressure",
          ["Russian forces have stepped up attacks around the eastern town of Avdiivka, sending waves of infantry and armoured vehicles, Ukraine's military said.",
           "Ukrainian units say they are holding their positions despite heavy losses on both sides."],
          "other", "frontline", 2, "avdiivka-fighting-2023-12", a=None),
        E("2023-12-04 10:05", "Explained: Why Russia is targeting Ukraine's power grid again", [],
          "strikes", "strikes", 1, "explainer-power-grid-winter-2023", a=None, n="teaser: headline only, the explainer's text is not on the page"),
    ]))

SEEDS.append(dict(
    id="4206", name="4206_barbados-today-roundup", ext="html", render=r_barbados, source="Barbados Today", zone="America/Barbados",
    title="Ukraine war roundup: the day’s main developments (day 574)",
    author="Sherine Alleyne", pubt="2023-09-20 19:45", url="https://barbadostoday.bb/2023/09/20/ukraine-war-roundup-day-574/",
    lede="Here is how things stand on the 574th day of Russia's invasion of Ukraine.",
    notes="Barbados Today daily round-up article (HTML) with NewsArticle JSON-LD (strings carry HTML entities: &#8217; and &amp;). The article has no per-item times: each bullet under the section heads 'Fighting', 'Diplomacy' and 'Weapons' is one entry (headline null, stamp null), published at the article's printed time 'September 20, 2023 7:45 PM' (Barbados AST, UTC-4), i.e. 23:45 UTC on 20 September. The compiler's byline is the author of every bullet. The section heads are not a Key Points block, so key_point is false throughout.",
    not_entries=["site header and navigation", "category label 'World'", "byline/date meta line", "share links", "intro sentence ('Here is how things stand ...')",
                 "section heads Fighting / Diplomacy / Weapons", "'Related' link about cricket", "newsletter box", "footer"],
    entries=[
        E("2023-09-20 19:45", None, ["Russian missiles and drones hit several Ukrainian cities overnight, starting a large fire at warehouses in Lviv and damaging buildings in Cherkasy and Rivne. At least one person was killed and about a dozen were injured, regional officials said."],
          "strikes", "strikes", 3, "overnight-strikes-lviv-cherkasy-rivne-2023-09-20", sec_head="Fighting"),
        E("2023-09-20 19:45", None, ["Ukraine's military said its troops made further gains south of Bakhmut, around the villages of Andriivka and Klishchiivka."],
          "other", "frontline", 2, "bakhmut-south-advances-2023-09", sec_head="Fighting"),
        E("2023-09-20 19:45", None, ["Zelensky told the UN Security Council in New York that Russia should be stripped of its veto while it wages war on a neighbour. Foreign Minister Sergei Lavrov was not in the chamber when he spoke."],
          "diplomacy", "diplomacy", 3, "zelensky-un-security-council-2023-09-20", sec_head="Diplomacy"),
        E("2023-09-20 19:45", None, ["Lavrov later accused Western countries of dragging the world into conflict and said Kyiv's peace formula could not be implemented."],
          "diplomacy", "diplomacy", 2, "lavrov-un-security-council-2023-09-20", sec_head="Diplomacy"),
        E("2023-09-20 19:45", None, ["Poland's prime minister Mateusz Morawiecki said Warsaw was no longer supplying weapons to Ukraine and would focus on arming itself, amid a bitter row over grain imports."],
          "aid", "aid", 3, "poland-halts-arms-to-ukraine-grain-row", sec_head="Weapons"),
        E("2023-09-20 19:45", None, ["Norway's defence ministry said it would send more air-defence missiles and spare parts for equipment already delivered."],
          "aid", "aid", 2, "norway-air-defence-missiles-2023-09", sec_head="Weapons"),
    ]))

SEEDS.append(dict(
    id="4207", name="4207_club-of-mozambique-latest", ext="txt", render=r_club, source="Club of Mozambique", zone="Africa/Maputo",
    title=None, updated="Last updated: Tuesday, 15 August 2023 22:10 CAT",
    notes="Plain-text scrape of Club of Mozambique's 'Latest news' page mixing Mozambican and world news. Stamps are relative ('5 hours ago') and must be resolved against the printed 'Last updated: Tuesday, 15 August 2023 22:10 CAT' line (Maputo, UTC+2). Three of seven items are Mozambican news (off-beat). Two items tell the Lviv missile strike (early report, later toll update): same story. No bylines.",
    not_entries=["site name and navigation", "cookie notice", "'Last updated' line (used only as the anchor for relative stamps)", "'Latest news' label",
                 "'Continue reading' after each item", "newsletter sign-up lines", "'Load more news'", "footer"],
    entries=[
        E("2023-08-15 21:10", "Kyiv says first ships ready to test new Black Sea corridor", ["Ukraine said several cargo ships stuck in Odesa since the war began were ready to sail through a temporary corridor hugging the coast, despite Russian warnings.", "Insurers are watching the first voyages closely."],
          "other", "humanitarian", 2, "black-sea-temporary-corridor-2023-08", rel="1 hour ago"),
        OFF("2023-08-15 20:10", "Fuel prices unchanged for August, regulator says", ["Mozambique's energy regulator said pump prices of petrol and diesel would stay at current levels this month."],
            "mozambique-fuel-prices-august", rel="2 hours ago", n="Mozambican fuel prices"),
        E("2023-08-15 17:10", "Lviv toll rises to three after Russian missile attack", ["Rescuers in Lviv pulled a third body from the rubble of an apartment block hit in the overnight strike, the city's mayor Andriy Sadovyi said.", "More than a dozen people were wounded across the region."],
          "strikes", "strikes", 3, "lviv-missile-strike-2023-08-15", rel="5 hours ago"),
        OFF("2023-08-15 14:10", "Displaced families return to Mocímboa da Praia", ["Hundreds of families who fled the insurgency in Cabo Delgado have returned to Mocímboa da Praia, district authorities said."],
            "cabo-delgado-returns", rel="8 hours ago", n="Cabo Delgado insurgency, not the Ukraine war"),
        E("2023-08-15 11:10", "Lviv and Lutsk struck in overnight missile barrage", ["Russian missiles hit residential buildings in the western Ukrainian cities of Lviv and Lutsk before dawn, killing at least two people.", "Ukraine's air force said most of the 28 cruise missiles launched were destroyed."],
          "strikes", "strikes", 3, "lviv-missile-strike-2023-08-15", rel="11 hours ago"),
        E("2023-08-15 08:10", "Berlin still weighing Kyiv's request for Taurus missiles", ["Germany's government said no decision had been taken on supplying Taurus cruise missiles, despite repeated requests from Kyiv."],
          "aid", "aid", 2, "germany-taurus-debate-2023-08", rel="14 hours ago"),
        OFF("2023-08-15 03:10", "Mambas squad named for Afcon qualifier", ["The national coach named 23 players for next month's qualifier, with three uncapped midfielders included."],
            "mozambique-mambas-squad", rel="19 hours ago", n="football"),
    ]))

SEEDS.append(dict(
    id="4208", name="4208_reporter-ethiopia-rdf", ext="xml", render=r_reporter, source="The Reporter", zone="Africa/Addis_Ababa",
    title="The Reporter Ethiopia » World",
    notes="The Reporter (Ethiopia) RSS 1.0 (RDF) feed, newest first. dc:date values carry +03:00 (East Africa Time). Each item has a description that repeats the first sentence followed by '[…]' and a content:encoded CDATA body, which is the full text. dc:creator names the reporter. The Addis Ababa inflation item is off-beat. The wheat shipment for Ethiopia is grain trade/humanitarian, not aid to a war party.",
    not_entries=["channel title, link, description and the rdf:Seq list of item URLs", "each item's description (a truncated copy of the first sentence)"],
    entries=[
        E("2023-05-26 21:30", "Dnipro clinic struck by Russian missile, casualties reported",
          ["A Russian missile hit a medical clinic in the city of Dnipro, killing at least two people and wounding more than 20, Ukrainian officials said.",
           "Rescuers were searching the wreckage of the building and a nearby veterinary hospital."],
          "strikes", "strikes", 3, "dnipro-clinic-strike-2023-05-26", a="Kalkidan Abera"),
        E("2023-05-26 18:10", "Ukrainian wheat for Ethiopia arrives at Djibouti",
          ["A vessel carrying about 30,000 tonnes of Ukrainian wheat bound for Ethiopia docked at Djibouti under Kyiv's humanitarian grain programme.",
           "The cargo will be distributed to drought-hit areas by the World Food Programme."],
          "other", "humanitarian", 2, "ukrainian-wheat-ethiopia-djibouti", a="Yonas Bekele"),
        E("2023-05-26 14:45", "Minsk says Russian tactical nuclear weapons are on the move",
          ["Belarus's leader Alexander Lukashenko said the transfer of Russian tactical nuclear warheads to his country had started.",
           "Washington said it saw no sign that Moscow was preparing to use them."],
          "other", "security", 2, "belarus-tactical-nuclear-transfer", a="Kalkidan Abera"),
        OFF("2023-05-26 11:20", "Annual inflation in Addis Ababa eases slightly",
            ["Consumer prices rose at a slightly slower pace in April, the statistics service said, though food costs remain a heavy burden for households."],
            "ethiopia-inflation-april-2023", a="Yonas Bekele", n="Ethiopian economy"),
        E("2023-05-26 09:05", "African leaders prepare peace mission to Kyiv and Moscow",
          ["A group of African heads of state is finalising plans to visit both Kyiv and Moscow to press for an end to the war, officials involved said.",
           "South Africa's president Cyril Ramaphosa is among those leading the initiative."],
          "diplomacy", "diplomacy", 2, "african-peace-mission-2023", a="Kalkidan Abera"),
        E("2023-05-26 06:40", "Russia says drones hit Krasnodar region fuel depot",
          ["Officials in Russia's Krasnodar region said two drones struck near an oil depot overnight, causing a small fire.",
           "Kyiv did not comment on the incident."],
          "strikes", "strikes", 2, "krasnodar-drones-2023-05-26", a=None),
    ]))

SEEDS.append(dict(
    id="4209", name="4209_in-cyprus-live", ext="html", render=r_incyprus, source="In-Cyprus", zone="Asia/Nicosia",
    title="Ukraine war live: EU weighs diamond ban; Kyiv’s air defences busy overnight",
    url="https://in-cyprus.philenews.com/world/ukraine-war-live-22-november-2023/",
    lede="Follow our live coverage of the war in Ukraine and its fallout for Cyprus and the EU.",
    dateline="Wednesday 22 November 2023",
    notes="In-Cyprus live blog (HTML), newest first, one date line 'Wednesday 22 November 2023' and HH:MM stamps in Cyprus time (EET, UTC+2 in November). LiveBlogPosting JSON-LD carries per-update datePublished values that agree with the visible times; headline and body strings there contain HTML entities (&#8217;, &amp;). A 'Key Points' box near the top lists two of the update headlines. The 'Pictured:' update is a photo with no text (teaser). Per-post author names where printed.",
    not_entries=["site header and navigation", "live blog intro line", "share/tweet/copy-link buttons", "the Key Points box itself (its items are the headlines of 4209-01 and 4209-04)",
                 "newsletter promo", "'Read also' link about Larnaca marina", "footer"],
    entries=[
        E("2023-11-22 21:15", "EU envoys discuss 12th sanctions package including Russian diamond ban",
          ["Ambassadors of EU member states began detailed talks on a twelfth round of sanctions that would ban imports of Russian diamonds and tighten the oil price cap.",
           "Diplomats said several states, including Cyprus, asked for more time to study the shipping measures."],
          "diplomacy", "diplomacy", 3, "eu-12th-sanctions-package-talks", a="Marina Christou", kp=True),
        E("2023-11-22 18:40", "Nicosia says it will cooperate fully with sanctions investigations",
          ["The Cypriot foreign ministry said authorities would assist any investigation into companies suspected of helping Russian clients evade sanctions.",
           "The statement followed reports about Cyprus-registered firms in an international media inquiry."],
          "diplomacy", "diplomacy", 2, "cyprus-sanctions-investigations-cooperation", a="Marina Christou"),
        E("2023-11-22 16:05", "Drone attack damages energy facility in Sumy region",
          ["A Russian drone hit an energy installation in Sumy region, cutting power to several thousand households, Ukraine's energy ministry said.",
           "Repair crews began work once the air-raid alert was lifted."],
          "strikes", "strikes", 2, "sumy-energy-drone-2023-11-22", a=None),
        E("2023-11-22 13:30", "Ukraine’s air force says 18 of 24 drones downed overnight",
          ["Ukrainian air defences destroyed 18 of the 24 Iranian-designed drones launched overnight, most of them over the Kyiv and Odesa regions, the air force said.",
           "Debris fell on a residential area on the edge of the capital, slightly injuring one man."],
          "strikes", "strikes", 3, "overnight-drones-2023-11-22", a="Andreas Pavlou", kp=True),
        E("2023-11-22 11:10", "Lavrov says West is not ready for serious talks",
          ["Russia's foreign minister Sergei Lavrov said Western governments had shown no genuine interest in negotiations and were only seeking to prolong the fighting.",
           "Kyiv has rejected any talks that would leave Russian troops on its territory."],
          "diplomacy", "diplomacy", 2, "lavrov-west-not-ready-for-talks-2023-11", a=None),
        E("2023-11-22 09:25", "Pictured: residents clear debris after overnight drone attack", [],
          "strikes", "strikes", 1, "overnight-drones-2023-11-22", a=None, n="photo teaser, no text"),
        E("2023-11-22 07:40", "Finland to close all but one crossing on Russian border",
          ["Finland's government said it would shut all but its northernmost crossing point on the Russian border, accusing Moscow of steering migrants toward it.",
           "The Kremlin denied the accusation and said it regretted the decision."],
          "other", "security", 2, "finland-closes-russia-border-crossings", a="Andreas Pavlou"),
    ]))

# =============================================================== PART B, day 1: 2023-09-11 (UTC)
SEEDS.append(dict(
    id="4220", name="4220_brindlecombe-textlive", ext="txt", render=r_textlive_bst, source="Brindlecombe Evening Post", zone="Europe/London",
    masthead="Brindlecombe Evening Post", abbr="BST",
    title="Ukraine war live: Russian drones pound Danube port of Izmail",
    dateline="Monday 11 September 2023", ordernote="This blog runs oldest first. All times BST.",
    notes="Invented outlet. Plain-text live blog, OLDEST first, each post: a stamp line '07:05 BST', the headline, body, '— NAME' signature, 'Share'. A Key Points list near the top names two post headlines (4220-01, 4220-04). 4220-06 repeats 4220-03 nearly verbatim with a reworded headline (duplicate). 4220-05 is an analysis piece (theme, own story).",
    not_entries=["masthead and navigation", "page title line", "date line", "'Key Points' heading and its two bullets (they repeat post headlines)",
                 "order note 'This blog runs oldest first. All times BST.'", "'Share' labels", "Advertisement", "'Load more updates'", "footer"],
    entries=[
        E("2023-09-11 07:05", "Russian drones strike Danube port of Izmail overnight",
          ["Russian attack drones hit port buildings and grain silos in Izmail overnight, injuring two people, Odesa's regional governor Oleh Kiper said.",
           "It was the latest in a string of attacks on the river ports that Ukraine has used to export grain since Moscow quit the Black Sea deal."],
          "strikes", "strikes", 3, "izmail-drone-attack-2023-09-11", a="Owen Treharne", kp=True),
        E("2023-09-11 08:30", "Canada pledges demining kit and training for Ukraine",
          ["Canada said it would provide mine-clearing equipment and train Ukrainian sappers, in a package its defence ministry valued at 33 million Canadian dollars.",
           "Large areas of farmland in the south and east remain contaminated by mines."],
          "aid", "aid", 2, "canada-demining-aid-2023-09-11", a="Owen Treharne"),
        E("2023-09-11 10:15", "Kherson shelling kills two, says regional governor",
          ["Two men were killed when Russian shells landed near a bus stop in Kherson's Dniprovskyi district on Monday morning, governor Oleksandr Prokudin said.",
           "A woman was taken to hospital with shrapnel wounds."],
          "strikes", "strikes", 3, "kherson-shelling-2023-09-11", a="Owen Treharne"),
        E("2023-09-11 11:50", "Ukraine says it has retaken Black Sea gas platforms",
          ["Ukraine's military intelligence agency said special forces had regained control of several offshore drilling platforms between Odesa and Crimea, known as the Boyko towers.",
           "The agency said the rigs had been used by Russia to place radar equipment."],
          "other", "frontline", 3, "boyko-towers-recaptured", a="Priya Castell", kp=True),
        E("2023-09-11 13:20", "Analysis: Why Moscow keeps aiming at the Danube",
          ["Since the grain deal collapsed in July, Izmail and Reni have become Ukraine's main back door to world markets, moving millions of tonnes along the river to Romania's Black Sea coast.",
           "Striking them raises insurance costs and scares off shipowners without Russia having to close the sea lanes outright.",
           "The attacks also test NATO, because the ports lie just across the water from Romanian villages."],
          "other", "security", 2, "analysis-danube-ports-targeting", a="Priya Castell", n="theme piece: analysis of why the Danube ports are attacked; own story"),
        E("2023-09-11 14:38", "Kherson shelling kills two, regional governor says",
          ["Two men were killed when Russian shells landed near a bus stop in Kherson's Dniprovskyi district on Monday morning, governor Oleksandr Prokudin said.",
           "A woman was taken to hospital with shrapnel wounds, he added."],
          "strikes", "strikes", 1, "kherson-shelling-2023-09-11", a="Owen Treharne", dup="4220-03", n="near-verbatim repeat of 4220-03"),
        E("2023-09-11 16:55", "Kuleba: strikes on ports are an attack on the world's food supply",
          ["Foreign Minister Dmytro Kuleba said the overnight attack on Izmail showed Russia wanted to starve importing countries of Ukrainian grain.",
           "He urged partners to send more air-defence systems to protect the Odesa region."],
          "strikes", "strikes", 3, "izmail-drone-attack-2023-09-11", sec=["diplomacy"], a="Priya Castell"),
        E("2023-09-11 21:10", "Izmail toll rises to one dead as port fires are put out",
          ["A port worker has died of his injuries and six people are now being treated in hospital after the night attack on Izmail, regional officials said.",
           "Firefighters needed most of the day to put out blazes at two grain warehouses."],
          "strikes", "strikes", 3, "izmail-drone-attack-2023-09-11", a="Owen Treharne"),
    ]))

SEEDS.append(dict(
    id="4221", name="4221_cressington-ldlive", ext="html", render=r_htmllive_ld, source="Cressington Report", zone="Europe/Kyiv",
    title="Russia-Ukraine war: live updates for 11 September 2023", url="https://cressingtonreport.example/live/ukraine-2023-09-11",
    lede="Izmayil port hit again; Denmark adds to its aid; Kherson shelled.", tznote="All times are Kyiv time (EEST).",
    notes="Invented outlet. HTML live blog, newest first, with LiveBlogPosting JSON-LD whose updates carry their own datePublished (+03:00) matching the visible <time> HH:MM (Kyiv time). Byline before each headline. Spells the port 'Izmayil'. 4221-03 is a photo teaser with no text.",
    not_entries=["header navigation", "standfirst summarising the day", "time-zone note", "'Copy link'/'Share' buttons", "newsletter promo", "'Previous day's coverage' link", "footer"],
    entries=[
        E("2023-09-11 23:40", "Zelensky: troops pushing forward near Bakhmut and in the south",
          ["In his nightly address, President Volodymyr Zelensky said Ukrainian units had advanced on both the Bakhmut and Zaporizhzhia fronts during the day.",
           "He gave no details of the ground gained."],
          "other", "frontline", 2, "zelensky-evening-address-advances-2023-09-11", a="Taras Melnyk"),
        E("2023-09-11 20:15", "Denmark unveils new military aid package",
          ["Denmark's defence minister Troels Lund Poulsen announced a new donation worth about 5.8 billion kroner, focused on artillery ammunition and armoured vehicles.",
           "He said part of the money would go to repairing equipment already in Ukraine."],
          "aid", "aid", 3, "denmark-aid-package-2023-09-11", a="Ida Hvidt"),
        E("2023-09-11 18:30", "Photos: Izmayil port after the night raid", [],
          "strikes", "strikes", 1, "izmail-drone-attack-2023-09-11", a=None, n="photo teaser, no body"),
        E("2023-09-11 16:05", "Izmayil: one dead, six wounded, grain terminal damaged",
          ["The death toll from the overnight drone raid on Izmayil has risen to one, with six wounded, the Odesa regional administration said.",
           "A grain terminal and an administrative building were badly damaged."],
          "strikes", "strikes", 3, "izmail-drone-attack-2023-09-11", a="Taras Melnyk"),
        E("2023-09-11 13:45", "Shoigu claims Kyiv's counteroffensive has stalled",
          ["Russian defence minister Sergei Shoigu said Ukraine had lost tens of thousands of troops since June without breaking through Russian lines.",
           "His figures could not be independently verified."],
          "other", "frontline", 2, "shoigu-claims-counteroffensive-stalled", a=None),
        E("2023-09-11 11:20", "Two killed as Russian shells hit Kherson",
          ["Russian artillery killed two men in Kherson on Monday morning, the regional governor said, and a woman was wounded."],
          "strikes", "strikes", 3, "kherson-shelling-2023-09-11", a="Taras Melnyk"),
        E("2023-09-11 07:50", "Night drone raid targets Odesa region's Danube port",
          ["Russia launched a wave of Shahed drones at the Odesa region overnight, hitting port facilities in Izmayil, the Southern Defence Forces said.",
           "Two people were injured, according to first reports."],
          "strikes", "strikes", 3, "izmail-drone-attack-2023-09-11", a="Taras Melnyk"),
    ]))

SEEDS.append(dict(
    id="4222", name="4222_damsonford-world-atom", ext="xml", render=r_atom_world, source="Damsonford Radio", zone="UTC",
    title="Damsonford Radio — World headlines", link="https://damsonfordradio.example/world", tag="damsonfordradio.example",
    notes="Invented outlet. General world-news Atom feed (Z times); four of six entries are not about the war (Morocco earthquake, Libya floods, Biden in Vietnam, rugby). Spells the port 'Ismail'. Content is entity-escaped HTML.",
    not_entries=["feed title, link, id and updated", "category terms"],
    entries=[
        OFF("2023-09-11 19:30", "Morocco quake: rescuers race to reach mountain villages",
            ["Rescue teams in the High Atlas were clearing rockfalls to reach remote villages three days after the earthquake, as the number of dead rose above 2,800."],
            "morocco-earthquake-2023", cat="Africa", n="Morocco earthquake"),
        OFF("2023-09-11 17:10", "Flooding after Storm Daniel leaves thousands missing in eastern Libya",
            ["Two dams burst near the coastal city of Derna, sending torrents through residential districts, officials in eastern Libya said."],
            "libya-derna-floods", cat="Africa", n="Libya floods"),
        E("2023-09-11 14:25", "Ukraine says commandos seized drilling rigs off Crimea",
          ["Ukrainian special forces took back offshore gas platforms in the western Black Sea that Russia had held since 2015, Ukraine's intelligence service said.",
           "A Russian vessel was reportedly fired upon during the operation."],
          "other", "frontline", 3, "boyko-towers-recaptured", cat="Europe"),
        OFF("2023-09-11 11:40", "Biden ends Vietnam visit with upgraded partnership",
            ["President Joe Biden wrapped up his trip to Hanoi after the two countries lifted their ties to the highest diplomatic level."],
            "biden-vietnam-visit", cat="Asia", n="US-Vietnam ties"),
        E("2023-09-11 09:05", "Drone attack on Ukraine's Ismail port injures two",
          ["Russian drones struck the Danube port of Ismail in southern Ukraine overnight, wounding two people and damaging grain storage, local authorities said."],
          "strikes", "strikes", 3, "izmail-drone-attack-2023-09-11", cat="Europe"),
        OFF("2023-09-11 06:20", "Rugby World Cup: hosts France top pool after opening win",
            ["France lead their group after beating New Zealand in the tournament opener in Paris."],
            "rugby-world-cup-2023", cat="Sport", n="rugby"),
    ]))

SEEDS.append(dict(
    id="4223", name="4223_felbridge-article", ext="txt", render=r_textarticle, source="Felbridge Journal", zone="Europe/London",
    title="Danube port hit again as Denmark steps up support",
    head=["Felbridge Journal", "World | Europe | Ukraine", "", "Danube port hit again as Denmark steps up support", "",
          "A round-up of Monday's main developments in the war", "", "By Hannah Colbeck", "Monday 11 September 2023 18.20 BST", ""],
    foot=["Topics: Ukraine, Russia, Denmark", "", "Most viewed", "Council tax rise pencilled in for next spring", "", "© Felbridge Journal 2023"],
    notes="Invented outlet. Plain-text article with three section headings; one entry per section (headline = heading, stamp null), published at the article's date line 'Monday 11 September 2023 18.20 BST' (UTC+1); the page byline is every entry's author.",
    not_entries=["masthead and section trail", "title line (also page_title)", "standfirst", "byline and date line", "'Topics:' line", "'Most viewed' box", "footer"],
    entries=[
        E("2023-09-11 18:20", "Danube port hit again",
          ["Russia attacked Izmail's port on the Danube for the third time in a week overnight, and by evening officials said one worker had died and six were in hospital.",
           "Romania, whose territory lies a few hundred metres across the river, said it was monitoring the situation."],
          "strikes", "strikes", 3, "izmail-drone-attack-2023-09-11", a="Hannah Colbeck"),
        E("2023-09-11 18:20", "Copenhagen adds to its support",
          ["Denmark announced a further military donation of roughly 5.8 billion kroner, heavy on artillery shells and armoured vehicles.",
           "Danish officials said the country remained one of Ukraine's largest backers relative to its size."],
          "aid", "aid", 3, "denmark-aid-package-2023-09-11", a="Hannah Colbeck"),
        E("2023-09-11 18:20", "Winter preparations",
          ["Prime Minister Denys Shmyhal said most of the power plants damaged last winter had been repaired and that reserves of gas were higher than a year ago.",
           "He warned that Russia was likely to resume attacks on the grid once temperatures fell."],
          "other", "politics", 2, "shmyhal-winter-energy-readiness", a="Hannah Colbeck"),
    ]))

# =============================================================== PART B, day 2: 2023-09-12 (UTC) — the day after day 1
SEEDS.append(dict(
    id="4230", name="4230_gatesgill-htmllive", ext="html", render=r_htmllive_dot, source="Gatesgill News", zone="Europe/Berlin",
    title="Ukraine live: Kim Jong Un's train enters Russia",
    lede="North Korea's leader is on his way to meet Vladimir Putin; shelling in Sumy region.",
    dateline="Tuesday, 12 September 2023 · all times CEST",
    notes="Invented outlet. HTML live blog without JSON-LD, newest first; stamps printed as '22.40' (dot separator), zone only in the date line ('all times CEST', UTC+2). 4230-03 is a video teaser with no text.",
    not_entries=["top bar navigation", "LIVE badge", "dek", "date line", "Advertisement list item", "'Yesterday's live blog' link", "footer"],
    entries=[
        E("2023-09-12 22:40", "Kremlin: Putin and Kim to meet at Vostochny cosmodrome",
          ["Vladimir Putin told reporters in Vladivostok that he would receive Kim Jong Un at the Vostochny space launch centre in Russia's Far East.",
           "The Kremlin said the talks would cover cooperation in several fields but gave no agenda."],
          "diplomacy", "diplomacy", 3, "kim-jong-un-visit-russia-2023-09", a="Lena Brauer"),
        E("2023-09-12 19:05", "Netherlands adds funds for F-16 training hub in Romania",
          ["The Dutch government said it would put additional money into the training centre in Romania where Ukrainian pilots are to learn to fly F-16 jets.",
           "The first aircraft for the centre are due to arrive this autumn."],
          "aid", "aid", 2, "netherlands-f16-training-romania-2023-09-12", a="Lena Brauer"),
        E("2023-09-12 16:20", "Watch: Kim's armoured train rolls into Russia", [],
          "diplomacy", "diplomacy", 1, "kim-jong-un-visit-russia-2023-09", a=None, n="video teaser, no body"),
        E("2023-09-12 13:45", "Border villages in Sumy region shelled dozens of times",
          ["Russian forces fired on border communities in Sumy region more than 40 times over the past day, wounding one resident, the regional military administration said.",
           "Mortars, artillery and guided bombs were used."],
          "strikes", "strikes", 3, "sumy-border-shelling-2023-09-12", a="Jonas Eckert"),
        E("2023-09-12 10:30", "Stoltenberg: allies must brace for a long war",
          ["NATO Secretary General Jens Stoltenberg said member states should prepare for fighting in Ukraine to continue for a long time.",
           "He said steady supplies of weapons were the fastest route to a negotiated peace."],
          "diplomacy", "diplomacy", 2, "stoltenberg-long-war-warning-2023-09-12", a="Jonas Eckert"),
        E("2023-09-12 08:15", "North Korean leader's train crosses into Russia",
          ["Kim Jong Un's armoured train has entered Russian territory, Russian and South Korean media reported, ahead of a rare summit with Vladimir Putin.",
           "Washington has warned that the two leaders may discuss arms supplies for Russia's war in Ukraine."],
          "diplomacy", "diplomacy", 3, "kim-jong-un-visit-russia-2023-09", sec=["aid"], a="Lena Brauer"),
    ]))

SEEDS.append(dict(
    id="4231", name="4231_hemblington-world-rss", ext="xml", render=r_rss_world, source="Hemblington Daily", zone="Europe/London",
    title="Hemblington Daily: World", link="https://hemblingtondaily.example/world", desc="International news from the Hemblington Daily",
    notes="Invented outlet. General world-news RSS 2.0 feed; pubDate with +0100 (BST). Four of seven items are not about the war (Libya floods, Apple launch, Morocco earthquake, UK jobs figures). 4231-03 is an analysis piece (theme, own story). Spells the leader 'Kim Jong-un'.",
    not_entries=["channel title, link and description", "category labels"],
    entries=[
        OFF("2023-09-12 21:20", "Derna death toll climbs as floodwaters recede",
            ["Officials in eastern Libya said thousands were feared dead in Derna after the dams above the city gave way during Storm Daniel."],
            "libya-derna-floods", cat="Africa", n="Libya floods"),
        E("2023-09-12 19:40", "Kim Jong-un arrives in Russia for talks with Putin",
          ["North Korea's leader Kim Jong-un has arrived in Russia's Far East by train for a summit with Vladimir Putin, the Kremlin confirmed.",
           "Western officials fear Moscow wants North Korean artillery shells and rockets for the war in Ukraine."],
          "diplomacy", "diplomacy", 3, "kim-jong-un-visit-russia-2023-09", sec=["aid"], a="Rhys Penhale"),
        E("2023-09-12 17:55", "Analysis: What Pyongyang can offer Moscow's war machine",
          ["North Korea has vast stocks of Soviet-calibre shells and rockets that fit Russian guns, built up over decades of preparing for war on the peninsula.",
           "In return, Pyongyang is thought to want help with satellites, submarines and food.",
           "Any transfer would breach UN sanctions that Russia itself voted for."],
          "aid", "aid", 2, "analysis-north-korea-arms-for-russia", a="Rhys Penhale", n="theme piece: analysis of possible North Korean arms supplies; own story"),
        OFF("2023-09-12 15:10", "Apple unveils new iPhone range with USB-C charging",
            ["Apple presented its latest iPhones at its California headquarters, switching to the USB-C connector required by EU rules."],
            "apple-iphone-15-launch", cat="Technology", n="tech launch"),
        E("2023-09-12 12:30", "Russia says it downed drones over Crimea and Bryansk",
          ["Russia's defence ministry said it destroyed Ukrainian drones over the annexed Crimean peninsula and the Bryansk border region overnight.",
           "No damage was reported."],
          "strikes", "strikes", 3, "russia-downs-drones-crimea-bryansk-2023-09-12", a=None),
        OFF("2023-09-12 10:05", "Morocco accepts help from four countries after earthquake",
            ["Morocco said it had accepted rescue teams from Spain, Britain, Qatar and the United Arab Emirates, while turning down other offers for now."],
            "morocco-earthquake-2023", cat="Africa", n="Morocco earthquake"),
        OFF("2023-09-12 08:00", "UK unemployment rises to 4.3%",
            ["The UK jobless rate rose to its highest level in nearly two years, official figures showed, while wage growth stayed strong."],
            "uk-unemployment-september-2023", cat="Business", n="UK economy"),
    ]))

SEEDS.append(dict(
    id="4232", name="4232_cressington-ldlive", ext="html", render=r_htmllive_ld, source="Cressington Report", zone="Europe/Kyiv",
    title="Russia-Ukraine war: live updates for 12 September 2023", url="https://cressingtonreport.example/live/ukraine-2023-09-12",
    lede="Kim Jong-un in Russia; second death after the Izmayil strike; Budanov on winter fighting.", tznote="All times are Kyiv time (EEST).",
    notes="Invented outlet (same as 4221, next day). HTML live blog, newest first, LiveBlogPosting JSON-LD with per-update times (+03:00). 4232-04 re-posts yesterday's 4221-02 (Denmark package) nearly verbatim: importance 1 (re-post of a previous day's entry; duplicate_of is null because the original is in another seed). 4232-03 continues day 1's Izmayil story with a new development (second death, port reopens) and keeps the day-1 story slug.",
    not_entries=["header navigation", "standfirst", "time-zone note", "'Copy link'/'Share' buttons", "newsletter promo", "'Previous day's coverage' link", "footer"],
    entries=[
        E("2023-09-12 22:10", "Kuleba: Kim's trip shows how isolated Moscow has become",
          ["Ukraine's foreign minister Dmytro Kuleba said Russia's need to court North Korea proved that its war effort was running short of supplies and friends.",
           "He urged countries to enforce existing sanctions on Pyongyang."],
          "diplomacy", "diplomacy", 3, "kim-jong-un-visit-russia-2023-09", a="Ida Hvidt"),
        E("2023-09-12 19:35", "Budanov says counteroffensive will go on through the cold months",
          ["Ukraine's military intelligence chief Kyrylo Budanov said operations would continue into the winter, although rain and cold would slow them.",
           "He rejected suggestions that the offensive had failed."],
          "other", "frontline", 2, "budanov-counteroffensive-winter", a="Taras Melnyk"),
        E("2023-09-12 17:00", "Second victim of Izmayil drone strike dies; port resumes loading",
          ["A second person has died in hospital after Monday's drone attack on Izmayil, the Odesa regional administration said.",
           "Grain loading at the port's undamaged berths resumed on Tuesday afternoon."],
          "strikes", "strikes", 2, "izmail-drone-attack-2023-09-11", a="Taras Melnyk", n="day-2 continuation of day 1's Izmail story (new development: second death, port reopens); keeps the day-1 slug"),
        E("2023-09-12 14:20", "Denmark unveils new military aid package",
          ["Denmark's defence minister Troels Lund Poulsen announced a new donation worth about 5.8 billion kroner, focused on artillery ammunition and armoured vehicles.",
           "He said part of the money would go to repairing equipment already in Ukraine."],
          "aid", "aid", 1, "denmark-aid-package-2023-09-11", a="Ida Hvidt", n="re-post of day 1's 4221-02 nearly verbatim (previous day's entry): importance 1"),
        E("2023-09-12 11:45", "Kim Jong-un reaches Russia's Far East for talks with Putin",
          ["The North Korean leader crossed the border at Khasan on his armoured train early on Tuesday, Russian officials said.",
           "Peskov said Putin would hold talks and a dinner with him in the coming days."],
          "diplomacy", "diplomacy", 3, "kim-jong-un-visit-russia-2023-09", a="Ida Hvidt"),
        E("2023-09-12 09:10", "Russia says Ukrainian drones shot down over Bryansk and Crimea",
          ["The Russian defence ministry said air defences destroyed several Ukrainian drones overnight over Bryansk region and the Crimean peninsula."],
          "strikes", "strikes", 3, "russia-downs-drones-crimea-bryansk-2023-09-12", a=None),
    ]))

SEEDS.append(dict(
    id="4233", name="4233_lowick-textlive", ext="txt", render=r_textlive_us, source="Lowick Bulletin", zone="America/New_York",
    masthead="Lowick Bulletin", title="Russia-Ukraine war: Kim heads to Russia as Washington warns against arms deal",
    byline="Compiled by Dana Whitlock", dateline="Tuesday, Sept. 12, 2023 (times ET)",
    lede="Updates on the war in Ukraine and its global fallout, oldest first.",
    notes="Invented outlet. Plain-text live blog, OLDEST first; stamp line '4:10 a.m.' (12-hour, a.m./p.m. with periods) then headline; times are US Eastern (EDT, UTC-4, per the date line). One page byline ('Compiled by Dana Whitlock') is every entry's author. 4233-04 repeats 4233-01 nearly verbatim (duplicate).",
    not_entries=["masthead and navigation", "title line", "byline and date line", "lede", "'RELATED:' link", "newsletter line", "footer"],
    entries=[
        E("2023-09-12 04:10", "Kim Jong Un heads to Russia by train",
          ["North Korea's leader has left Pyongyang on his private train for Russia, where he is expected to meet President Vladimir Putin, state media in both countries said.",
           "US officials believe the meeting could seal a deal for North Korean ammunition."],
          "diplomacy", "diplomacy", 3, "kim-jong-un-visit-russia-2023-09", a="Dana Whitlock"),
        E("2023-09-12 06:25", "Sumy region: Russian shelling hits border communities",
          ["Russian artillery and mortars struck a string of villages along the border in Ukraine's Sumy region, local authorities said, injuring one person."],
          "strikes", "strikes", 3, "sumy-border-shelling-2023-09-12", a="Dana Whitlock"),
        E("2023-09-12 08:35", "Lithuania ships generators and ammunition to Ukraine",
          ["Lithuania's defence ministry said a new shipment of generators, anti-drone equipment and ammunition had been sent to Ukraine ahead of winter."],
          "aid", "aid", 2, "lithuania-generators-ammunition-2023-09-12", a="Dana Whitlock"),
        E("2023-09-12 11:50", "Kim Jong Un travels to Russia by train",
          ["North Korea's leader has left Pyongyang on his private train for Russia, where he is expected to meet President Vladimir Putin, state media in both countries reported.",
           "US officials believe the meeting could seal a deal for North Korean ammunition."],
          "diplomacy", "diplomacy", 1, "kim-jong-un-visit-russia-2023-09", a="Dana Whitlock", dup="4233-01", n="near-verbatim repeat of 4233-01"),
        E("2023-09-12 14:15", "US warns Pyongyang against arms deal with Moscow",
          ["The State Department said North Korea would pay a price if it supplied weapons to Russia, and urged Pyongyang to stop talks on arms sales.",
           "A spokesman said any such deal would violate several Security Council resolutions."],
          "diplomacy", "diplomacy", 3, "kim-jong-un-visit-russia-2023-09", sec=["aid"], a="Dana Whitlock"),
    ]))

# =============================================================== PART B, day 3: 2023-12-19 (UTC)
SEEDS.append(dict(
    id="4240", name="4240_abberley-textlive", ext="txt", render=r_textlive_gmt, source="Abberley Times", zone="Europe/London",
    masthead="Abberley Times", title="Ukraine war latest: Zelensky says military wants up to half a million more troops",
    byline="By Callum Fenwick", dateline="Tuesday 19 December 2023",
    notes="Invented outlet. Plain-text live blog, newest first, each post on one line '1409 GMT — Headline' (HHMM without colon, GMT = UTC in December) followed by body. Key Points list (2 headlines). One page byline ('By Callum Fenwick') is every entry's author. Zelensky's preview (4240-04) and his remarks (4240-01) share the press-conference story; Putin's defence-board speech is a separate statement (own story).",
    not_entries=["masthead and navigation", "title line", "byline and date line", "'Key Points' heading and its two items", "'Read more:' link", "'More updates to follow'", "footer"],
    entries=[
        E("2023-12-19 17:45", "Zelensky: army wants up to half a million more troops",
          ["Volodymyr Zelensky said military commanders had asked to mobilise an extra 450,000 to 500,000 people, but that he needed more arguments before backing such a step.",
           "Speaking at his year-end news conference in Kyiv, he said the cost would be about 500 billion hryvnias."],
          "other", "politics", 3, "zelensky-year-end-press-conference-2023-12-19", a="Callum Fenwick", kp=True),
        E("2023-12-19 14:09", "Putin tells defence chiefs Russia has no plans to attack NATO",
          ["Vladimir Putin told an expanded meeting of the defence ministry board that Russia had no interest in fighting NATO, calling Western warnings nonsense.",
           "He said Moscow would not give up what he called the goals of its special military operation."],
          "diplomacy", "diplomacy", 3, "putin-defence-board-2023-12-19", a="Callum Fenwick"),
        E("2023-12-19 11:20", "Sweden announces new artillery-focused aid package",
          ["Sweden's government said its latest military package would concentrate on artillery ammunition and spare parts for vehicles it had already supplied."],
          "aid", "aid", 2, "sweden-aid-package-2023-12-19", a="Callum Fenwick"),
        E("2023-12-19 09:15", "Zelensky to give year-end news conference in Kyiv",
          ["Ukraine's president will face reporters this afternoon, with questions expected on mobilisation, Western funding and the front line."],
          "other", "politics", 3, "zelensky-year-end-press-conference-2023-12-19", a="Callum Fenwick"),
        E("2023-12-19 06:40", "Kyiv under drone attack for second night running",
          ["Air defences were in action over Kyiv for several hours as Russia sent waves of Shahed drones toward the capital, the city's military administration said.",
           "Falling debris damaged a house and several cars in the Sviatoshynskyi district."],
          "strikes", "strikes", 3, "kyiv-drone-attack-2023-12-19", a="Callum Fenwick", kp=True),
    ]))

SEEDS.append(dict(
    id="4241", name="4241_chelwood-ldlive", ext="html", render=r_htmllive_ld, source="Chelwood News", zone="Europe/Kyiv",
    title="Live: Zelensky's year-end press conference", url="https://chelwoodnews.example/live/ukraine-19-december-2023",
    lede="Kyiv shakes off another drone raid before the president faces the media.", tznote="Updates appear in the order they were posted. Times are Kyiv time.",
    graph=True, ldtype=["NewsArticle", "LiveBlogPosting"], fulldate=True,
    notes="Invented outlet. HTML live blog, OLDEST first. JSON-LD is an @graph whose live node has @type ['NewsArticle','LiveBlogPosting'] and per-update datePublished (+02:00). Visible stamps print the full date and time ('19 December 2023 07:15', Kyiv time, EET = UTC+2). 4241-03 repeats 4241-01 nearly verbatim (duplicate). 4241-05 is a video teaser without text; 4241-07 is an explainer (theme, own story).",
    not_entries=["header navigation", "standfirst", "order/time-zone note", "'Copy link'/'Share' buttons", "newsletter promo", "'Previous day's coverage' link", "footer"],
    entries=[
        E("2023-12-19 07:15", "Drones downed over Kyiv; debris damages homes in two districts",
          ["Ukrainian air defences shot down all the drones that approached Kyiv overnight, but falling wreckage damaged houses in two western districts, officials said.",
           "Nobody was killed, according to the head of the city's military administration, Serhiy Popko."],
          "strikes", "strikes", 3, "kyiv-drone-attack-2023-12-19", a="Olena Savchuk"),
        E("2023-12-19 09:30", "Kherson: shelling kills woman, wounds three",
          ["A 64-year-old woman was killed and three people were wounded when Russian artillery hit a residential street in Kherson, the regional governor said."],
          "strikes", "strikes", 2, "kherson-shelling-2023-12-19", a="Olena Savchuk"),
        E("2023-12-19 11:05", "Drones downed over Kyiv; debris damages houses in two districts",
          ["Ukrainian air defences shot down all the drones that approached Kyiv overnight, but falling wreckage damaged houses in two western districts, officials said.",
           "Nobody was killed, according to Serhiy Popko, head of the city's military administration."],
          "strikes", "strikes", 1, "kyiv-drone-attack-2023-12-19", a="Olena Savchuk", dup="4241-01", n="near-verbatim repeat of 4241-01"),
        E("2023-12-19 13:40", "Zelensky opens year-end briefing with assessment of the front",
          ["President Volodymyr Zelensky began his news conference by saying Russia had failed to achieve any of its main goals this year.",
           "He said the military had proposed a call-up of up to half a million more people, a decision he called very sensitive."],
          "other", "politics", 3, "zelensky-year-end-press-conference-2023-12-19", a="Mark Ellery"),
        E("2023-12-19 14:10", "Watch: Zelensky's year-end news conference in under three minutes", [],
          "other", "politics", 1, "zelensky-year-end-press-conference-2023-12-19", a=None, n="video teaser, no body"),
        E("2023-12-19 15:55", "Zelensky: 'I am confident the United States will not let us down'",
          ["Asked about the blocked funding in Washington, Zelensky said he was sure Ukraine's biggest backer would keep its promises.",
           "He added that European support was also vital for next year."],
          "other", "politics", 3, "zelensky-year-end-press-conference-2023-12-19", sec=["aid"], a="Mark Ellery"),
        E("2023-12-19 18:20", "Explainer: What a bigger call-up would mean for Ukraine",
          ["Ukraine currently mobilises men aged 27 and over, and a draft bill would lower that to 25 while tightening rules on deferments.",
           "Any large new call-up would have to be paid for, trained and equipped, which depends heavily on Western money.",
           "Many families fear that those already at the front will not be relieved."],
          "other", "politics", 2, "explainer-ukraine-mobilisation-rules", a="Mark Ellery", n="theme piece: explainer on mobilisation rules; own story"),
    ]))

SEEDS.append(dict(
    id="4242", name="4242_instow-world-rss", ext="xml", render=r_rss_world, source="Instow Radio", zone="UTC", gmt=True,
    title="Instow Radio | World News", link="https://instowradio.example/world", desc="The latest world headlines from Instow Radio",
    notes="Invented outlet. General world-news RSS 2.0 feed with GMT pubDates; four of six items are not about the war (Colorado court ruling on Trump, Red Sea shipping, Iceland eruption, Gansu earthquake). Writes the mobilisation figure as '450,000 to 500,000'.",
    not_entries=["channel title, link and description", "category labels"],
    entries=[
        OFF("2023-12-19 21:30", "Colorado court rules Trump ineligible for state ballot",
            ["Colorado's supreme court ruled that Donald Trump cannot appear on the state's primary ballot, citing the constitution's insurrection clause."],
            "colorado-trump-ballot-ruling", cat="Americas", n="US politics"),
        E("2023-12-19 18:45", "Putin says Russia will keep fighting until its goals are met",
          ["Russia's president told senior military officers that Moscow would press on in Ukraine and said claims that he planned to attack Europe were absurd."],
          "diplomacy", "diplomacy", 3, "putin-defence-board-2023-12-19", a="Instow Radio newsdesk"),
        E("2023-12-19 15:20", "Zelensky says 450,000 to 500,000 mobilisation figure needs more debate",
          ["Ukraine's president said he had not yet approved the army's request for 450,000 to 500,000 new recruits and wanted to hear how they would be trained and paid."],
          "other", "politics", 3, "zelensky-year-end-press-conference-2023-12-19", a="Instow Radio newsdesk"),
        OFF("2023-12-19 12:05", "Shipping firms reroute as Red Sea attacks continue",
            ["More container lines said they would avoid the Red Sea after attacks on merchant ships by Yemen's Houthi movement."],
            "red-sea-shipping-attacks", cat="Middle East", n="another conflict"),
        OFF("2023-12-19 08:40", "Iceland eruption: lava fountains light sky near Grindavik",
            ["A volcanic fissure several kilometres long opened on the Reykjanes peninsula late on Monday, weeks after the town of Grindavik was evacuated."],
            "iceland-eruption-reykjanes", cat="Europe", n="volcano"),
        OFF("2023-12-19 04:10", "Gansu earthquake toll passes 120",
            ["Rescuers in northwestern China were searching collapsed homes in freezing temperatures after a strong earthquake struck Gansu province."],
            "gansu-earthquake", cat="Asia", n="earthquake"),
    ]))

SEEDS.append(dict(
    id="4243", name="4243_marhamchurch-article", ext="html", render=r_htmlarticle, source="Marhamchurch Review", zone="Europe/London",
    title="Half a million more soldiers? Kyiv's hard choices at the year's end", author="Tamsin Rowe",
    lede="Zelensky's press conference dominated a day that also brought new Norwegian help and fresh EU sanctions.",
    dateline="19 December 2023 19:05 GMT",
    notes="Invented outlet. HTML article with three h2 section headings; one entry per section (headline = heading, stamp null), published at the article's date line '19 December 2023 19:05 GMT'; the page byline is every entry's author.",
    not_entries=["header navigation", "title (page_title)", "standfirst", "byline/date meta line", "share links", "footer"],
    entries=[
        E("2023-12-19 19:05", "The mobilisation question",
          ["Zelensky used his annual press conference to reveal that generals wanted up to 500,000 more people called up, a figure that stunned many Ukrainians.",
           "He avoided endorsing it, saying the government first had to show where the money and the trainers would come from."],
          "other", "politics", 3, "zelensky-year-end-press-conference-2023-12-19", a="Tamsin Rowe"),
        E("2023-12-19 19:05", "Norway widens air-defence support",
          ["Norway said it would add more than a billion kroner to its support for Ukrainian air defence, including missiles for systems it had previously donated."],
          "aid", "aid", 2, "norway-air-defence-aid-2023-12-19", a="Tamsin Rowe"),
        E("2023-12-19 19:05", "Europe's latest sanctions round",
          ["The EU's twelfth package of sanctions, agreed at the end of last week, entered into force, adding a ban on Russian diamonds and new curbs on firms in third countries."],
          "diplomacy", "diplomacy", 2, "eu-12th-sanctions-package-in-force", a="Tamsin Rowe"),
    ]))

# =============================================================== emit
BASIS = {
    "r_dominican": "stamp '{s}' (full date, 12 h am/pm); Santo Domingo time implied by the outlet (AST, UTC-4)",
    "r_tirana": "stamp '{s}' (author fused to date and time); Albanian local time implied by the outlet (CEST, UTC+2); the site date line is the fetch day, not the article date",
    "r_ubpost": "time '{s}' under the single date line 'Tuesday, November 7, 2023'; oldest-first order, times after midnight roll to the next local day ({d}); Ulaanbaatar UTC+8 (page note)",
    "r_rthk": "stamp '{s}' (date + HKT = UTC+8)",
    "r_tuoitre": "pubDate '{s}' (GMT+7 suffix = UTC+7)",
    "r_postcourier": "time '{s}' under the date line 'Monday, December 4' (no year; 2023 from --date); PNG time UTC+10 implied by the outlet",
    "r_barbados": "no per-item time; the article's printed time 'September 20, 2023 7:45 PM' (Barbados AST, UTC-4) used for every bullet",
    "r_club": "relative stamp '{s}' resolved against the printed 'Last updated: Tuesday, 15 August 2023 22:10 CAT' (UTC+2)",
    "r_reporter": "dc:date '{s}' (explicit offset)",
    "r_incyprus": "stamp '{s}' under the date line 'Wednesday 22 November 2023'; Cyprus EET = UTC+2; JSON-LD datePublished agrees",
    "r_textlive_bst": "stamp '{s}' on the page's date {d}; BST = UTC+1",
    "r_htmllive_ld": "stamp '{s}' with <time datetime> on {d}; Kyiv time ({z}); JSON-LD datePublished agrees",
    "r_atom_world": "<published> '{s}' (Z = UTC)",
    "r_rss_world": "pubDate '{s}' (explicit offset/GMT)",
    "r_textarticle": "no per-section time; the article date line ({d}, {z}) used for every section",
    "r_htmllive_dot": "stamp '{s}' on the page's date {d}; CEST = UTC+2 (date line)",
    "r_textlive_us": "stamp '{s}' on the page's date {d}; ET in September = EDT = UTC-4",
    "r_textlive_gmt": "stamp '{s}' on the page's date {d}; GMT = UTC",
    "r_htmlarticle": "no per-section time; the article date line ({d}, GMT) used for every section",
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
            g = {"id": f"{S['id']}-{i+1:02d}", "headline": e["h"], "stamp": stamps[i],
                 "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                 "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                 "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), z=S["zone"]),
                 "author": e["a"],
                 "first_sentence": first_sentence(e["p"][0]) if e["p"] else None,
                 "body_paragraphs": len(e["p"]),
                 "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                 "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"],
                 "notes": e["n"]}
            ents.append(g)
        gold = {"seed": fn, "source": S["source"], "page_title": S["title"], "page_timezone": S["zone"],
                "notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]}
        if S.get("parse_args"):
            gold["parse_args"] = S["parse_args"]
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print(fn, len(ents))


if __name__ == "__main__":
    main()

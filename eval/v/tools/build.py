#!/usr/bin/env python3
"""Builds eval/v seeds and gold files from the hand-written table below (one table renders both).
All news text is written for this set (invented or paraphrased); Part B outlets are invented. Deterministic.
Run from the project root: python3 eval/v/tools/build.py"""
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
    m = re.search(r'[.!?]["\u201d\u2019\']?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par)
    return par[:m.end()] if m else par


def esc(s):
    return html.escape(s, quote=False)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:60]


def ampm(d, sep=":", style="pm"):
    hh = d.hour % 12 or 12
    if style == "pm":
        return f"{hh}{sep}{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"
    return f"{hh}{sep}{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def ld(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + "</script>"


# =============================================================== Part A renderers

def r_spectator(S):  # tag page scrape: author line, headline, standfirst, "29 July 2022, 2:38pm"
    z = S["zone"]
    L = ["Skip to content", "The Spectator", "Subscribe   Sign in", "",
         "Coffee House   Politics   World   Life   Culture   Magazine   Podcasts   Spectator TV   Newsletters", "",
         "We use cookies to give you the best experience on our website. Manage preferences   Accept all", "",
         S["title"], "", "Latest", ""]
    st = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); s = f"{d.day} {MONTHS[d.month-1]} {d.year}, {ampm(d)}"; st.append(s)
        L += [e["a"], e["h"], ""] + ptxt(e["p"]) + [s, "Share   Comment", ""]
        if i == 2:
            L += ["Sign up to the Evening Blend", "Our pick of the day's best writing, sent every weekday at 6pm.", "Enter your email   Sign up", ""]
        if i == 4:
            L += ["Advertisement", ""]
    L += ["Load more", "", "Subscribe from just £1 a week", "", "About us   Contact   Advertise   Privacy   Terms and conditions", "The Spectator (1828) Ltd"]
    return "\n".join(L) + "\n", st


def r_jakarta(S):  # article made of bulleted events under section headings; NewsArticle JSON-LD with entities
    z = S["zone"]; d = dt(S["published"], z)
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"],
           "description": S["ldesc"], "datePublished": d.isoformat(), "dateModified": d.isoformat(),
           "author": [{"@type": "Person", "name": S["author"]}], "publisher": {"@type": "Organization", "name": "The Jakarta Post"},
           "mainEntityOfPage": S["url"]}
    o = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - World - The Jakarta Post</title>",
         ld(obj), "</head><body>",
         '<header><div class="topbar"><a href="/">The Jakarta Post</a> <a href="/subscribe">Subscribe</a> <a href="/login">Log in</a></div>',
         '<nav><a href="/indonesia">Indonesia</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/world">World</a> <a href="/culture">Culture</a> <a href="/adv-longform">Longform</a></nav></header>',
         '<main><article><div class="breadcrumb">World / Europe</div>', f"<h1>{esc(S['title'])}</h1>",
         f'<p class="lead">{esc(S["lede"])}</p>',
         f'<div class="author-meta"><span class="name">{esc(S["author"])}</span> <span class="loc">The Jakarta Post</span></div>',
         f'<div class="date-meta">Jakarta ● {esc(S["datetext"])}</div>',
         '<div class="share">Share <a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>Copy link</a></div>',
         '<figure><img src="/img/ukraine.jpg" alt=""><figcaption>A firefighter works at the site of a strike in central Ukraine. (Handout/State Emergency Service)</figcaption></figure>']
    cur = None
    for e in S["entries"]:
        if e["sect"] != cur:
            if cur is not None:
                o.append("</ul>")
            cur = e["sect"]; o.append(f"<h3>{esc(cur)}</h3>"); o.append("<ul>")
        o.append(f"<li>{esc(' '.join(e['p']))}</li>")
    o += ["</ul>", '<aside class="newsletter"><h4>Your weekly dose of world news</h4><p>Sign up for our free newsletter.</p><button>Subscribe</button></aside>',
          '<div class="tags">Topics: <a>Russia</a> <a>Ukraine</a> <a>war</a> <a>G20</a></div>', "</article>",
          '<aside class="related"><h4>Related articles</h4><ul><li><a>Jokowi hails G20 declaration as summit closes in Bali</a></li><li><a>Indonesia\'s wheat importers look to Black Sea corridor</a></li></ul></aside>',
          "</main>", "<footer>© 2022 The Jakarta Post. All rights reserved. <a>Privacy Policy</a> <a>Contact</a></footer></body></html>"]
    return "\n".join(o) + "\n", [None] * len(S["entries"])


def r_arirang(S):  # news timeline: date headings, time line BEFORE headline ('8:35 p.m.'), one page byline
    z = S["zone"]
    o = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Arirang News</title>", "</head><body>",
         '<header><a class="logo" href="/">arirang NEWS</a><nav><a>Korea</a> <a>North Korea</a> <a>World</a> <a>Business</a> <a>Culture</a> <a>Sports</a> <a>Programs</a></nav><a class="onair">ON AIR</a></header>',
         '<main><section class="timeline">', f"<h2>{esc(S['title'])}</h2>", f'<p class="reporter">{esc(S["byline"])}</p>']
    st = []; cur = None
    for e in S["entries"]:
        d = dt(e["t"], z)
        lab = f"{d.strftime('%A')}, {MONTHS[d.month-1]} {d.day}, {d.year}"
        if lab != cur:
            cur = lab; o.append(f'<h4 class="date">{lab}</h4>')
        s = ampm(d, style="a.m."); st.append(s)
        o.append(f'<div class="item"><p class="time">{s}</p><h3>{esc(e["h"])}</h3>')
        o += [f"<p>{esc(p)}</p>" for p in e["p"]]
        o.append('<div class="sns"><a>Facebook</a> <a>X</a> <a>KakaoTalk</a></div></div>')
    o += ["</section>", '<aside><h4>Most viewed</h4><ol><li><a>BTS member begins military service</a></li><li><a>Won hits two-year low against dollar</a></li></ol></aside>',
          "</main>", "<footer>Arirang International Broadcasting · Seoul · Copyright © Arirang. All rights reserved.</footer></body></html>"]
    return "\n".join(o) + "\n", st


def r_tvn24(S):  # listing scrape: headline, relative stamp, lead, 'Author:'; anchored by 'Updated: dd.mm.yyyy, HH:MM'
    z = S["zone"]; ref = dt(S["ref"], z)
    L = ["TVN24", "TVN24 News in English", "", "Poland   World   Business   Ukraine   Politics   Tech   Sport", "",
         "We and our partners use cookies to personalise content and ads. Accept all   Settings", "",
         S["title"], f"Updated: {ref.strftime('%d.%m.%Y, %H:%M')}", ""]
    st = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            s = f"{mins} minutes ago"
        else:
            assert mins % 60 == 0, e["h"]
            s = "1 hour ago" if mins == 60 else f"{mins // 60} hours ago"
        st.append(s)
        L += [e["h"], s, ""] + ptxt(e["p"]) + [f"Author: {e['a']}", "Read more", ""]
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["Show more", "", "TVN24 GO   Contact   Privacy policy", "© TVN S.A."]
    return "\n".join(L) + "\n", st


def r_moldpres(S):  # RSS 2.0, +0200 pubDate, entity-escaped HTML descriptions, no authors
    z = S["zone"]
    o = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', "<channel>",
         f"<title>{esc(S['title'])}</title>", "<link>https://www.moldpres.md/en</link>",
         "<description>MOLDPRES State News Agency - news in English</description>", "<language>en</language>",
         '<atom:link href="https://www.moldpres.md/en/rss" rel="self" type="application/rss+xml"/>']
    st = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); s = d.strftime("%a, %d %b %Y %H:%M:%S %z"); st.append(s)
        if i == 0:
            o.append(f"<lastBuildDate>{s}</lastBuildDate>")
        body = "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in e["p"])
        o += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://www.moldpres.md/en/post/{slug(e['h'])}</link>",
              f"<guid>https://www.moldpres.md/en/post/{S['id']}{i+1:02d}</guid>", f"<pubDate>{s}</pubDate>",
              f"<category>{e['cat']}</category>", f"<description>{html.escape(body, quote=False)}</description>", "</item>"]
    o += ["</channel>", "</rss>"]
    return "\n".join(o) + "\n", st


def r_georgiatoday(S):  # category listing: cards with author span + '24 May 2022, 18:20' (no zone, no datetime attr)
    z = S["zone"]
    o = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f"<title>{esc(S['title'])} - Georgia Today</title>", "</head><body>",
         '<div class="top-strip"><span class="weather">Tbilisi 24°C</span> <span class="rates">USD 2.88 · EUR 3.08</span></div>',
         '<header><a class="logo" href="/">GEORGIA TODAY</a><nav><a>Politics</a> <a>Business</a> <a>Society</a> <a>Culture</a> <a>World</a> <a>Sport</a> <a>Opinion</a></nav></header>',
         f'<main><h1 class="cat-title">{esc(S["title"])}</h1><div class="cards">']
    st = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); s = f"{d.day} {MONTHS[d.month-1]} {d.year}, {d.strftime('%H:%M')}"; st.append(s)
        o.append(f'<article class="card"><h2><a href="/{slug(e["h"])}">{esc(e["h"])}</a></h2>')
        o.append(f'<div class="meta"><span class="by">by <a class="author">{esc(e["a"])}</span> <span class="date">{s}</span></div>')
        o += [f"<p>{esc(p)}</p>" for p in e["p"]]
        o.append('<a class="more">Read More</a></article>')
        if i == 3:
            o.append('<div class="promo"><b>Subscribe to the GT newsletter</b> <input placeholder="Your email"> <button>Join</button></div>')
    o += ["</div>", '<div class="pagination"><a>1</a> <a>2</a> <a>3</a> <a>Next »</a></div></main>',
          '<aside class="sidebar"><h3>Popular</h3><ul><li><a>Wine Festival returns to Old Tbilisi</a></li><li><a>Lari strengthens for third week</a></li></ul></aside>',
          "<footer>© 2022 Georgia Today. All rights reserved. <a>About</a> <a>Advertise</a> <a>Contact</a></footer></body></html>"]
    return "\n".join(o) + "\n", st


def r_kazinform(S):  # RSS 1.0 (RDF), dc:date with +06:00, dc:creator on some items
    z = S["zone"]
    o = ['<?xml version="1.0" encoding="utf-8"?>',
         '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
         '<channel rdf:about="https://www.inform.kz/en/rss">', f"<title>{esc(S['title'])}</title>", "<link>https://www.inform.kz/en</link>",
         "<description>Kazinform International News Agency</description>", "<items>", "<rdf:Seq>"]
    for i, e in enumerate(S["entries"]):
        o.append(f'<rdf:li rdf:resource="https://www.inform.kz/en/a{S["id"]}{i+1:02d}"/>')
    o += ["</rdf:Seq>", "</items>", "</channel>"]
    st = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); s = d.isoformat(timespec="seconds"); st.append(s)
        o += [f'<item rdf:about="https://www.inform.kz/en/a{S["id"]}{i+1:02d}">', f"<title>{esc(e['h'])}</title>",
              f"<link>https://www.inform.kz/en/a{S['id']}{i+1:02d}</link>", f"<description>{esc(' '.join(e['p']))}</description>",
              f"<dc:date>{s}</dc:date>"]
        if e["a"]:
            o.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        o.append("</item>")
    o.append("</rdf:RDF>")
    return "\n".join(o) + "\n", st


def r_czech(S):  # listing scrape; site clock shows the FETCH day; byline glued to '28 May 2024 06:07'
    z = S["zone"]
    L = [S["clock"], "Czech Radio", "iROZHLAS", "English", "", "Home   News   Politics   Business   Culture   Sport   Podcasts   Česky", "",
         "This website uses cookies to improve your experience. I agree   Settings", "", S["title"], ""]
    st = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); s = f"{e['a']}{d.day} {MONTHS[d.month-1]} {d.year} {d.strftime('%H:%M')}"; st.append(s)
        L += [e["h"], s, ""] + ptxt(e["p"]) + ["Share on Facebook   Share on X   Copy link", ""]
        if i == 3:
            L += ["Listen to Radio Prague International on your smart speaker", ""]
    L += ["Older articles", "", "Czech Radio   Vinohradská 12, Prague 2", "© Český rozhlas"]
    return "\n".join(L) + "\n", st


def r_standard(S):  # HK article: NewsArticle JSON-LD with entity-escaped strings; date line above a '1409 GMT' timeline
    z = S["zone"]
    def ent(s):
        return s.replace("&", "&amp;").replace("'", "&#39;")
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": ent(S["title"]), "description": ent(S["lede"]),
           "datePublished": S["ldpub"], "dateModified": S["ldmod"], "author": {"@type": "Person", "name": S["author"]},
           "publisher": {"@type": "Organization", "name": "The Standard"}, "articleSection": "World"}
    o = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | The Standard</title>", ld(obj), "</head><body>",
         '<header><a class="logo">The Standard</a><nav><a>Local</a> <a>China</a> <a>World</a> <a>Finance</a> <a>Sport</a> <a>Editorial</a> <a>e-Paper</a></nav><a class="lang">繁</a></header>',
         f'<main><article><h1>{esc(S["title"])}</h1>',
         f'<div class="byline">{esc(S["author"])}</div><div class="dates">{esc(S["pubtext"])}<br>{esc(S["updtext"])}</div>',
         '<div class="share"><a>WhatsApp</a> <a>Facebook</a> <a>Copy</a> <a>Print</a></div>',
         f'<p class="lead">{esc(S["lede"])}</p>', f'<p class="dateline"><b>{esc(S["dateline"])}</b></p>']
    st = []
    for e in S["entries"]:
        d = dt(e["t"], z); s = d.strftime("%H%M") + " GMT"; st.append(s)
        o.append(f'<div class="tl-item"><span class="tl-time">{s}</span> <h3>{esc(e["h"])}</h3>')
        o += [f"<p>{esc(p)}</p>" for p in e["p"]]
        o.append("</div>")
    o += ['<div class="newsletter">Get The Standard in your inbox <button>Sign up</button></div>', "</article>",
          '<aside><h4>Read more</h4><ul><li><a>Hang Seng slips as tech stocks retreat</a></li><li><a>Observatory warns of rough seas</a></li></ul></aside>',
          "</main>", "<footer>Copyright © The Standard. Sing Tao News Corporation Ltd.</footer></body></html>"]
    return "\n".join(o) + "\n", st


def r_irishmirror(S):  # live blog scrape without any date; Key Events; headline, then time '14:35' on its own line, then author
    z = S["zone"]
    L = ["Irish Mirror", "News   Sport   GAA   Showbiz   Lifestyle   Money   Travel", "",
         "We use cookies and similar technologies. Select 'Accept' to agree. Accept   Manage options", "",
         "NewsWorld News", "", S["title"], "", S["lede"], "", "Key Events"]
    L += [e["h"] for e in S["entries"] if e["kp"]]
    L += ["", "Bookmark", "Comments", ""]
    st = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); s = d.strftime("%H:%M"); st.append(s)
        L += [e["h"], s] + ([e["a"]] if e["a"] else []) + [""] + ptxt(e["p"]) + ["Share", ""]
        if i == 2:
            L += ["Get the biggest Irish stories sent straight to your inbox by signing up to our free newsletter. Sign up", ""]
    L += ["Show more", "", "Follow Irish Mirror", "Contact us   Privacy Notice   Cookie Notice   Terms and conditions", "© Reach plc"]
    return "\n".join(L) + "\n", st


# =============================================================== Part B renderers (invented outlets)

def r_textlive_ampm(S):  # text live, OLDEST first, '9.10am' stamp line, headline, 'By NAME', Key Points
    z = S["zone"]
    L = [S["source"], "Live   World   Politics   Money   Sport", "", S["title"], S["dateline"], S["tznote"], "", S["lede"], "", "Key Points"]
    L += ["• " + e["h"] for e in S["entries"] if e["kp"]]
    L += ["", "Latest updates (oldest first)", ""]
    st = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); s = ampm(d, sep="."); st.append(s)
        L += [s, e["h"]] + ([f"By {e['a']}"] if e["a"] else []) + [""] + ptxt(e["p"])
        if i == 3:
            L += ["Advertisement", ""]
    L += ["This live page has now closed.", "", f"© {S['source']}"]
    return "\n".join(L) + "\n", st


def r_rss_world(S):  # general world RSS 2.0, GMT pubDates, CDATA descriptions, no authors
    o = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">', "<channel>",
         f"<title>{esc(S['title'])}</title>", f"<link>{S['link']}</link>", f"<description>{esc(S['desc'])}</description>", "<ttl>15</ttl>"]
    st = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], "UTC"); s = d.strftime("%a, %d %b %Y %H:%M:%S GMT"); st.append(s)
        o += ["<item>", f"<title><![CDATA[{e['h']}]]></title>", f"<link>{S['link']}/{d.strftime('%Y%m%d')}-{slug(e['h'])}</link>",
              f'<guid isPermaLink="false">{S["id"]}-{d.strftime("%H%M")}</guid>', f"<pubDate>{s}</pubDate>",
              "<description><![CDATA[" + "".join(f"<p>{p}</p>" for p in e["p"]) + "]]></description>",
              f'<media:thumbnail url="{S["link"]}/img/{i}.jpg" width="240" height="135"/>', "</item>"]
    o += ["</channel>", "</rss>"]
    return "\n".join(o) + "\n", st


def r_htmllive_ld(S):  # HTML live, newest first, LiveBlogPosting JSON-LD with per-update times, <time datetime> 'HH:MM'
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{len(S['entries'])-i}", "headline": e["h"], "datePublished": d.isoformat(timespec="seconds")}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    obj = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
           "datePublished": first.isoformat(timespec="seconds"), "dateModified": last.isoformat(timespec="seconds"),
           "coverageStartTime": first.isoformat(timespec="seconds"), "publisher": {"@type": "Organization", "name": S["source"]}, "liveBlogUpdate": ups}
    o = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {esc(S['source'])}</title>", ld(obj), "</head><body>",
         f'<header><a class="brand">{esc(S["source"])}</a><nav><a>Ukraine</a> <a>World</a> <a>Business</a> <a>Opinion</a> <a>Support us</a></nav></header>',
         f'<main><h1>{esc(S["title"])}</h1><p class="standfirst">{esc(S["lede"])}</p><p class="note">{esc(S["tznote"])}</p><div class="feed">']
    st = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); s = d.strftime("%H:%M"); st.append(s)
        o.append(f'<article class="post" id="post-{len(S["entries"])-i}"><time datetime="{d.isoformat(timespec="seconds")}">{s}</time>')
        o.append(f"<h2>{esc(e['h'])}</h2>")
        if e["a"]:
            o.append(f'<p class="byline">{esc(e["a"])}</p>')
        o += [f"<p>{esc(p)}</p>" for p in e["p"]]
        o.append('<div class="share"><button>Share</button> <button>Copy link</button></div></article>')
        if i == 2:
            o.append('<div class="donate">Independent journalism needs you. <a>Become a member</a></div>')
    o += ["</div></main>", f"<footer>© 2022 {esc(S['source'])}</footer></body></html>"]
    return "\n".join(o) + "\n", st


def r_textarticle(S):  # text article with section headings; one entry per section; stamp null; dateline printed once
    L = [S["source"], "Home   News   World   Comment", "", S["title"], "", S["lede"], "", f"By {S['author']}", S["datetext"], "",
         "Share this article   Email   X   Facebook", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 0:
            L += ["Read more: " + S["readmore"], ""]
    L += ["Topics: " + S["topics"], "", f"© {S['source']} — Terms — Privacy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_htmllive_et(S):  # HTML live, newest first, no JSON-LD, '8:35 a.m. ET', date line, byline before body
    z = S["zone"]
    o = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - {esc(S['source'])}</title>", "</head><body>",
         f'<header><div class="brand">{esc(S["source"])}</div><nav><a>U.S.</a> <a>World</a> <a>Politics</a> <a>Markets</a> <a>Live</a></nav></header>',
         f'<main><span class="badge">LIVE</span><h1>{esc(S["title"])}</h1><p class="dek">{esc(S["lede"])}</p><p class="dateline">{esc(S["dateline"])}</p>']
    st = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); s = ampm(d, style="a.m.") + " ET"; st.append(s)
        o.append(f'<section class="update"><p class="stamp">{s}</p><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            o.append(f'<p class="by">By {esc(e["a"])}</p>')
        o += [f"<p>{esc(p)}</p>" for p in e["p"]]
        o.append("</section>")
        if i == 3:
            o.append('<div class="ad">Advertisement</div>')
    o += ["</main>", f"<footer>© 2022 {esc(S['source'])} · Terms · Privacy</footer></body></html>"]
    return "\n".join(o) + "\n", st


def r_textlive_bst(S):  # text live, OLDEST first, '14:38 BST' stamp line, headline, 'Posted by NAME'
    z = S["zone"]
    L = [S["source"], "News   Opinion   Sport   Culture   Live", "", S["title"], S["dateline"], "", S["lede"], ""]
    st = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); s = d.strftime("%H:%M ") + S["abbr"]; st.append(s)
        L += [s, e["h"], f"Posted by {e['a']}", ""] + ptxt(e["p"])
        if i == 4:
            L += ["SPONSORED", ""]
    L += ["That's all from us today.", "", f"{S['source']} · Privacy · Cookies"]
    return "\n".join(L) + "\n", st


def r_htmlarticle_ld(S):  # HTML article with NewsArticle JSON-LD, h2 sections; one entry per section
    z = S["zone"]; d = dt(S["published"], z)
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d.isoformat(timespec="seconds"),
           "author": {"@type": "Person", "name": S["author"]}, "publisher": {"@type": "Organization", "name": S["source"]}}
    o = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {esc(S['source'])}</title>", ld(obj), "</head><body>",
         f'<header><a class="brand">{esc(S["source"])}</a><nav><a>News</a> <a>Analysis</a> <a>Europe</a> <a>Podcast</a></nav></header>',
         f'<main><article><h1>{esc(S["title"])}</h1><p class="standfirst">{esc(S["lede"])}</p>',
         f'<p class="byline">By {esc(S["author"])}</p><p class="date">{esc(S["datetext"])}</p>',
         '<figure><img src="/i/1.jpg" alt=""><figcaption>A man walks past a poster announcing the vote. Photograph: handout</figcaption></figure>']
    for e in S["entries"]:
        o.append(f"<h2>{esc(e['h'])}</h2>")
        o += [f"<p>{esc(p)}</p>" for p in e["p"]]
    o += ["</article>", '<aside><h3>More on this story</h3><ul><li><a>What the mobilisation order says</a></li><li><a>Inside liberated Kharkiv region</a></li></ul></aside>',
          f"</main><footer>© {esc(S['source'])}</footer></body></html>"]
    return "\n".join(o) + "\n", [None] * len(S["entries"])


def r_atom_world(S):  # general world Atom feed, Z times, html-escaped content, no authors
    o = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
         f'<link href="{S["link"]}" rel="alternate"/>', f"<id>{S['link']}/feed</id>",
         f"<updated>{dt(S['entries'][0]['t'], 'UTC').strftime('%Y-%m-%dT%H:%M:%SZ')}</updated>"]
    st = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], "UTC"); s = d.strftime("%Y-%m-%dT%H:%M:%SZ"); st.append(s)
        body = "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in e["p"])
        o += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="{S["link"]}/{slug(e["h"])}"/>', f"<id>{S['link']}/{S['id']}-{i+1}</id>",
              f"<published>{s}</published>", f"<updated>{s}</updated>", f'<content type="html">{html.escape(body, quote=False)}</content>', "</entry>"]
    o.append("</feed>")
    return "\n".join(o) + "\n", st


def r_htmllive_graph(S):  # HTML live, newest first; Yoast-style @graph, @type array, per-update times; visible 'HH:MM'
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "headline": e["h"], "datePublished": d.isoformat(timespec="seconds"), "url": f"{S['url']}#u{i+1}"}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        if e["a"]:
            u["author"] = [{"@type": "Person", "name": e["a"]}]
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z)
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": S["url"], "name": S["title"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"] + "#live", "headline": S["title"], "isPartOf": {"@id": S["url"]},
         "datePublished": first.isoformat(timespec="seconds"), "coverageStartTime": first.isoformat(timespec="seconds"), "liveBlogUpdate": ups},
        {"@type": "Organization", "@id": S["url"] + "#org", "name": S["source"]}]}
    o = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} – {esc(S['source'])}</title>",
         '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(graph, ensure_ascii=False) + "</script>", "</head><body>",
         f'<div class="masthead"><a>{esc(S["source"])}</a> <a>News</a> <a>Regions</a> <a>Economy</a> <a>Opinion</a> <a>Donate</a></div>',
         f'<main class="live"><h1>{esc(S["title"])}</h1><div class="intro"><p>{esc(S["lede"])}</p><p>{esc(S["tznote"])}</p></div>']
    st = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); s = d.strftime("%H:%M"); st.append(s)
        o.append(f'<div class="live-entry" id="u{i+1}"><div class="live-time">{s}</div><h2>{esc(e["h"])}</h2>')
        o += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            o.append(f'<p class="sig">Author: {esc(e["a"])}</p>')
        o.append("</div>")
        if i == 3:
            o.append('<div class="subscribe">Get our morning briefing on Telegram <a>Join</a></div>')
    o += ["</main>", f"<footer>© 2024 {esc(S['source'])}. Reprints with a link only.</footer></body></html>"]
    return "\n".join(o) + "\n", st


def r_textlive_gmt(S):  # text live, OLDEST first, '07.55 GMT' line then headline; page-level byline
    z = S["zone"]
    L = [S["source"], "", S["title"], S["byline"], S["dateline"], "", S["lede"], ""]
    st = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); s = d.strftime("%H.%M GMT"); st.append(s)
        L += [s, e["h"], ""] + ptxt(e["p"])
        if i == 4:
            L += ["Sponsored content", ""]
    L += ["We are pausing our live coverage here.", "", f"© {S['source']}"]
    return "\n".join(L) + "\n", st


# =============================================================== PART A: single pages (layout of real outlets; text is mine)
SEEDS = []

SEEDS.append(dict(id="2300", name="2300_spectator-topic", ext="txt", source="The Spectator", zone="Europe/London", render=r_spectator,
  title="Topic: Ukraine", fmt="text scrape of a topic listing; author line above headline, standfirst, '29 July 2022, 2:38pm'",
  notes="Topic listing scrape, newest first. Each card: author line, headline, one standfirst paragraph, then the date line '29 July 2022, 2:38pm' (UK local time, BST = UTC+1, no zone printed). Two cards are not about the war (Conservative leadership race, hosepipe bans). 'Share   Comment' lines, newsletter box, advert and footer are chrome.",
  not_entries=["'Skip to content', masthead, sign-in and menu lines", "cookie line", "'Topic: Ukraine' and 'Latest' headings", "'Share   Comment' after each card",
               "Evening Blend newsletter box", "'Advertisement'", "'Load more', subscription line and footer"],
  entries=[
  E("2022-07-29 21:45", "Who blew up the barracks at Olenivka?",
    ["Dozens of Ukrainian prisoners of war, many of them defenders of the Mariupol steelworks, died when a building at a Russian-run camp in occupied Olenivka was destroyed overnight. Moscow blames a Ukrainian rocket, while Kyiv says the blast was staged to cover up abuse."],
    "strikes", "strikes", 3, "olenivka-prison-blast", a="Owen Marchbank", sec=["humanitarian"],
    n="Contested explosion at a prison camp: both sides describe an attack (rocket strike vs. staged blast) -> strikes, humanitarian secondary."),
  E("2022-07-29 18:20", "Blinken and Lavrov are talking again – but mostly about prisoners",
    ["The American secretary of state and his Russian counterpart spoke by phone on Friday for the first time since the invasion began. The conversation centred on two Americans held in Russia rather than on Ukraine."],
    "diplomacy", "diplomacy", 3, "blinken-lavrov-call", a="Harriet Coyle"),
  E("2022-07-29 16:05", "Mykolaiv's long summer under fire",
    ["The shipbuilding city in southern Ukraine is shelled almost every night, and its residents have learned to sleep in corridors. On Friday morning rockets landed near the port and a bus stop, the mayor said."],
    "strikes", "strikes", 2, "mykolaiv-shelling-2022-07-29", a="Dmytro Savchuk"),
  OFF("2022-07-29 13:30", "Truss's lead is growing – can Sunak still stop her?",
    ["A fresh poll of Conservative members gives the Foreign Secretary a comfortable advantage just as ballot papers land on doormats. The former chancellor's team insists the race is far from over."],
    "conservative-leadership-race", a="Isabel Thorne", n="UK party politics."),
  E("2022-07-29 11:15", "The bridges that could decide the battle for Kherson",
    ["Ukrainian rocket strikes have left the Antonivskyi road bridge over the Dnipro unusable for heavy traffic, making Russian supply lines west of the river ever more fragile. Moscow is ferrying equipment across on pontoons."],
    "strikes", "strikes", 2, "antonivskyi-bridge-strikes", a="Gareth Lyle", sec=["frontline"]),
  E("2022-07-29 09:40", "The first grain convoy from Odesa is almost ready",
    ["Officials in Ukraine say loading has begun at ports around Odesa under the deal signed in Istanbul last week. The first ships could leave within days if the promised safe corridor holds."],
    "other", "humanitarian", 2, "black-sea-grain-first-convoy", a="Harriet Coyle", sec=["diplomacy"],
    n="Implementation of the grain deal (ships and food supply), not a new negotiation -> other/humanitarian (convention, see README)."),
  OFF("2022-07-29 07:55", "Hosepipe bans loom as the south stays dry",
    ["Water companies in southern England are preparing restrictions after one of the driest Julys on record. Reservoir levels are falling faster than usual."],
    "uk-drought-hosepipe-bans", a="Neil Ashdown", n="weather in England."),
  ]))

SEEDS.append(dict(id="2301", name="2301_jakartapost-glance", ext="html", source="The Jakarta Post", zone="Asia/Jakarta", render=r_jakarta,
  title="Ukraine war at a glance: Day 267", author="Ratna Wulandari", published="2022-11-17 14:05", datetext="Thu, November 17, 2022 / 14:05 WIB",
  url="https://www.thejakartapost.com/world/2022/11/17/ukraine-war-at-a-glance-day-267.html",
  lede="The latest developments in Russia's war in Ukraine, from the front line to the negotiating table.",
  ldesc="Here&#039;s what we know on day 267 of Russia&#039;s invasion &amp; the diplomacy around it.",
  fmt="HTML article of bulleted events under three section headings; NewsArticle JSON-LD (entities in strings)",
  notes="One article whose body is a bulleted list of the day's events under the headings 'Fighting', 'Diplomacy', 'Economy and energy'. Each <li> is one entry: no headline, no stamp; published = the article's date line (14:05 WIB = 07:05 UTC); the page byline is every entry's author. Section headings are structure, not entries. JSON-LD description carries HTML entities (&#039;, &amp;).",
  not_entries=["header/menu", "title, lead paragraph", "byline and date line", "share buttons", "photo caption", "section headings 'Fighting', 'Diplomacy', 'Economy and energy'",
               "newsletter box", "topic tags", "'Related articles' aside", "footer"],
  entries=[
  E("2022-11-17 14:05", None, ["Russian missiles and drones hit energy and industrial sites in Dnipro, Odesa and the Kharkiv region early on Thursday, wounding more than a dozen people in Dnipro, regional officials said. Ukraine's air force said it shot down most of the cruise missiles."],
    "strikes", "strikes", 3, "russian-energy-strikes-2022-11-17", a="Ratna Wulandari", sect="Fighting"),
  E("2022-11-17 14:05", None, ["Fighting remained heavy around Bakhmut in the Donetsk region, where the Ukrainian general staff reported repelling attacks on several villages."],
    "other", "frontline", 2, "bakhmut-fighting-2022-11-17", a="Ratna Wulandari", sect="Fighting"),
  E("2022-11-17 14:05", None, ["The deal that lets Ukraine export grain across the Black Sea was extended for 120 days, officials in Ankara and Kyiv said, two days before it was due to expire."],
    "diplomacy", "diplomacy", 3, "grain-deal-extension-2022-11", a="Ratna Wulandari", sect="Diplomacy"),
  E("2022-11-17 14:05", None, ["Poland's President Andrzej Duda said the missile that killed two men in the village of Przewodów on Tuesday was most likely fired by Ukrainian air defence. Ukrainian experts were allowed to visit the site."],
    "other", "security", 2, "przewodow-missile-investigation", a="Ratna Wulandari", sect="Diplomacy"),
  E("2022-11-17 14:05", None, ["A Dutch court convicted two Russians and a Ukrainian separatist in absentia of murder over the downing of flight MH17 above eastern Ukraine in 2014, and acquitted a fourth defendant."],
    "other", "security", 2, "mh17-verdict", a="Ratna Wulandari", sect="Diplomacy", n="Court verdict on the 2014 airliner downing -> other/security (trials), though listed under 'Diplomacy' by the page."),
  E("2022-11-17 14:05", None, ["Ukraine's grid operator ordered emergency power cuts in Kyiv and several regions after the latest strikes, and officials asked residents not to use heavy appliances in the evening."],
    "other", "humanitarian", 2, "ukraine-emergency-power-cuts-2022-11-17", a="Ratna Wulandari", sect="Economy and energy"),
  ]))

SEEDS.append(dict(id="2302", name="2302_arirang-timeline", ext="html", source="Arirang News", zone="Asia/Seoul", render=r_arirang,
  title="North Korean troops in Russia: latest", byline="Reporter: Yoon Ha-neul",
  fmt="HTML timeline with date headings, time line before the headline ('9:15 p.m.'), one page byline; crosses local midnight",
  notes="Timeline page, newest first, with date headings 'Wednesday, November 6, 2024' and 'Tuesday, November 5, 2024'. Each item: time on its own line BEFORE the headline ('9:15 p.m.'), Korea time (KST = UTC+9, no zone printed). The top item is 12:40 a.m. on 6 November local = 15:40 UTC on 5 November, so the whole page is one UTC day. One page byline ('Reporter: Yoon Ha-neul') is every entry's author. Two items are not about the war (US election, stock market).",
  not_entries=["logo, menu and ON AIR link", "page heading", "'Reporter:' line (author)", "date headings", "share links under each item", "'Most viewed' aside", "footer"],
  entries=[
  OFF("2024-11-06 00:40", "Americans vote as Seoul prepares for new administration",
    ["Voting was under way across the United States as Americans chose between Kamala Harris and Donald Trump. South Korea's foreign ministry said it had set up a task force to analyse what the result would mean for the alliance."],
    "us-election-2024-seoul", a="Yoon Ha-neul", n="US presidential election."),
  E("2024-11-05 21:15", "Ukraine says its troops have clashed with North Korean soldiers",
    ["Ukraine's defence minister Rustem Umerov told a South Korean broadcaster that the first small-scale engagements with North Korean soldiers had taken place in Russia's Kursk region. He gave no details of casualties."],
    "other", "frontline", 3, "north-korean-troops-first-clashes", a="Yoon Ha-neul"),
  E("2024-11-05 18:30", "Seoul weighs sending military observers to Ukraine",
    ["The defence ministry said it was reviewing whether to send a small team to study North Korean battlefield tactics in Ukraine. Officials stressed that no combat troops would be deployed."],
    "other", "security", 2, "seoul-monitoring-team-ukraine", a="Yoon Ha-neul"),
  E("2024-11-05 15:05", "North Korea's top diplomat wraps up Moscow visit after meeting Putin",
    ["Foreign Minister Choe Son Hui left Moscow after talks in which both sides pledged closer military and political cooperation, North Korean state media reported. Choe said Pyongyang would stand with Russia until its victory."],
    "diplomacy", "diplomacy", 2, "choe-son-hui-moscow-visit", a="Yoon Ha-neul"),
  E("2024-11-05 11:20", "N. Korea fires short-range ballistic missiles into East Sea",
    ["North Korea launched several short-range ballistic missiles toward the East Sea on Tuesday morning, the Joint Chiefs of Staff said. The launch came hours before Americans began voting."],
    "other", "security", 2, "north-korea-missile-launch-2024-11-05", a="Yoon Ha-neul", n="Weapons test by a party supplying Russia; not an attack -> other/security."),
  E("2024-11-05 10:05", "Russian glide bombs hit Zaporizhzhia, injuring 17",
    ["Russian aircraft dropped guided bombs on the Ukrainian city of Zaporizhzhia overnight, damaging a medical facility and homes, the regional governor said. Seventeen people were injured."],
    "strikes", "strikes", 2, "zaporizhzhia-glide-bombs-2024-11-05", a="Yoon Ha-neul"),
  OFF("2024-11-05 09:10", "KOSPI edges higher ahead of US vote",
    ["Seoul's main stock index opened slightly higher as investors waited for the US presidential election. The won was steady against the dollar."],
    "kospi-opening-2024-11-05", a="Yoon Ha-neul", n="markets."),
  ]))

SEEDS.append(dict(id="2303", name="2303_tvn24-english", ext="txt", source="TVN24", zone="Europe/Warsaw", render=r_tvn24,
  title="Latest news", ref="2024-09-10 22:15",
  fmt="text scrape of an English-news listing; relative stamps ('35 minutes ago', '4 hours ago') anchored by 'Updated: 10.09.2024, 22:15'",
  notes="Listing scrape, newest first. Each item: headline, relative stamp on its own line, lead paragraph(s), 'Author: NAME', 'Read more'. The only absolute time is the page's 'Updated: 10.09.2024, 22:15' (Warsaw local time, CEST = UTC+2, no zone printed); relative stamps are resolved against it. One item (weather warning) is not about the war.",
  not_entries=["masthead and menu", "cookie line", "'Latest news' heading and 'Updated:' line", "'Author:' lines (author)", "'Read more' after each item", "'ADVERTISEMENT'", "'Show more' and footer"],
  entries=[
  E("2024-09-10 21:40", "Blinken: Iran has sent ballistic missiles to Russia",
    ["Russia has received shipments of Iranian close-range ballistic missiles and is likely to use them in Ukraine within weeks, US Secretary of State Antony Blinken said in London.",
     "Britain, France and Germany announced new measures against Iran in response."],
    "aid", "aid", 3, "iran-ballistic-missiles-to-russia", a="Jakub Nowicki", sec=["diplomacy"], n="Arms transfer to Russia -> aid (to-Russia)."),
  E("2024-09-10 20:15", "Search for suspected drone near Tyszowce ends without result",
    ["Soldiers and police ended a two-day search in the Lublin province for an object the army believes entered Polish airspace from Belarus during a Russian attack on Ukraine. Nothing was found."],
    "other", "security", 2, "poland-drone-search-tyszowce", a="Anna Wrzos"),
  E("2024-09-10 18:15", "Moscow region: woman killed in largest drone attack on the capital",
    ["A woman was killed in Ramenskoye near Moscow when a drone hit a residential building, the regional governor said.",
     "Russia's defence ministry claimed 144 drones were shot down over nine regions overnight, 20 of them over the Moscow region."],
    "strikes", "strikes", 3, "moscow-region-drone-attack-2024-09-10", a="Jakub Nowicki"),
  E("2024-09-10 15:15", "Sikorski: Poland ready to train another brigade of Ukrainian soldiers",
    ["Foreign Minister Radosław Sikorski said Warsaw was prepared to train and equip an additional brigade of Ukrainian soldiers on Polish soil. Details are being discussed with Kyiv, he said."],
    "aid", "aid", 2, "poland-training-ukrainian-brigade", a="Anna Wrzos"),
  E("2024-09-10 12:15", "Sumy without power after Russian strikes on energy sites",
    ["Russian drones hit energy infrastructure in the Ukrainian city of Sumy, cutting electricity and water to parts of the city, local authorities said. Hospitals switched to generators."],
    "strikes", "strikes", 2, "sumy-energy-strikes-2024-09-10", a="Michał Kędzior"),
  OFF("2024-09-10 09:15", "Weather service warns of heavy rain in southern Poland",
    ["The national weather service issued warnings of torrential rain for the weekend in the southern provinces, where rivers could rise sharply. Local authorities are preparing sandbags."],
    "poland-heavy-rain-warning", a="Michał Kędzior", n="weather."),
  ]))

SEEDS.append(dict(id="2304", name="2304_moldpres-rss", ext="xml", source="Moldpres", zone="Europe/Chisinau", render=r_moldpres,
  title="MOLDPRES News Agency - English",
  fmt="RSS 2.0, '+0200' pubDates, entity-escaped HTML descriptions, no authors",
  notes="State news agency RSS 2.0 feed, newest first; pubDate carries +0200 (Moldova, EET, before the 31 March DST change). Descriptions are entity-escaped HTML paragraphs. No author elements. Two items (wine exports, weather) are not about the war.",
  not_entries=["channel title, link, description, lastBuildDate", "category elements"],
  entries=[
  E("2024-03-19 19:40", "Chisinau summons Russian ambassador over polling stations in Transnistrian region",
    ["The Foreign Ministry summoned Russia's ambassador Oleg Vasnetsov to protest against the opening of polling stations for Russia's presidential election in the Transnistrian region without Moldova's consent.",
     "Minister Mihai Popșoi said Moldova would respond in a measured way."],
    "diplomacy", "diplomacy", 3, "moldova-summons-russian-ambassador-transnistria", cat="Politics"),
  E("2024-03-19 17:25", "Government approves humanitarian shipment for Ukrainian children's hospitals",
    ["The cabinet approved the delivery of medical supplies worth four million lei to children's hospitals in the Odesa region, Prime Minister Dorin Recean announced.",
     "The goods will be transported next week."],
    "aid", "aid", 2, "moldova-medical-aid-odesa-hospitals", cat="Social"),
  E("2024-03-19 15:10", "Border police find drone fragments near Etulia",
    ["Border police found fragments of a drone in a field near the village of Etulia in the south of the country, close to Ukraine's Danube ports.",
     "Experts were sent to the scene and residents were asked to keep away."],
    "other", "security", 2, "drone-fragments-etulia", cat="Social"),
  OFF("2024-03-19 13:00", "Moldovan wine exports grow for third year in a row",
    ["Moldova exported more than 130 million bottles of wine last year, the National Office for Vine and Wine said.", "Poland and Romania remained the largest buyers."],
    "moldova-wine-exports", n="economy.", cat="Economy"),
  E("2024-03-19 11:35", "Defence Minister Anatolie Nosatîi receives head of NATO liaison office",
    ["Defence Minister Anatolie Nosatîi met the head of the NATO liaison office in Chisinau to discuss army reform and the regional security situation.",
     "The minister said the war in neighbouring Ukraine required better air surveillance."],
    "diplomacy", "diplomacy", 2, "nosatii-nato-liaison-meeting", cat="Politics"),
  OFF("2024-03-19 09:50", "Spring-like weather to continue, forecasters say",
    ["Temperatures will reach up to 20 degrees Celsius in the coming days, the State Hydrometeorological Service said.", "Light rain is expected at the weekend."],
    "moldova-weather-march", n="weather.", cat="Social"),
  E("2024-03-19 08:20", "Sandu: Moldova will keep backing Ukraine in international forums",
    ["President Maia Sandu said Moldova would continue to support Ukraine in international organisations, speaking at a meeting with foreign ambassadors.",
     "She said Russia's war remained the main threat to Moldova's security."],
    "diplomacy", "diplomacy", 2, "sandu-support-ukraine-ambassadors", cat="Politics"),
  ]))

SEEDS.append(dict(id="2305", name="2305_georgiatoday-world", ext="html", source="Georgia Today", zone="Asia/Tbilisi", render=r_georgiatoday,
  title="World",
  fmt="HTML category listing; 'by NAME' then '24 May 2022, 18:20' (no zone, no datetime attribute)",
  notes="Category listing, newest first. Each card: headline link, 'by AUTHOR' and a date '24 May 2022, 18:20' in Tbilisi time (GMT+4, not printed; no machine-readable datetime), an excerpt paragraph and 'Read More'. One card (opposition rally in Tbilisi) is Georgian domestic politics, off-beat. Weather/currency strip, newsletter promo, pagination, sidebar and footer are chrome.",
  not_entries=["weather and currency strip", "logo and menu", "category heading 'World'", "'Read More' links", "newsletter promo", "pagination", "'Popular' sidebar", "footer"],
  entries=[
  E("2022-05-24 22:10", "Fierce battles for Sievierodonetsk as Russia presses Luhansk offensive",
    ["Russian forces are attacking Sievierodonetsk from three directions, the Luhansk regional governor said, describing the situation as extremely difficult. He said bridges towards neighbouring Lysychansk had been destroyed."],
    "other", "frontline", 3, "sievierodonetsk-battle-2022-05", a="Nino Tsintsadze"),
  E("2022-05-24 19:45", "Chinese and Russian bombers fly near Japan as Quad leaders meet in Tokyo",
    ["Japan's defence minister called the joint flight near the country's airspace a provocation timed to the summit. Tokyo conveyed its grave concern through diplomatic channels."],
    "other", "security", 2, "china-russia-bombers-near-japan-quad", a="Levan Chikovani"),
  E("2022-05-24 16:30", "Zelensky: up to 100 Ukrainian soldiers may be dying every day in the east",
    ["President Volodymyr Zelensky said Ukraine was losing between 50 and 100 soldiers a day in the Donbas, where the heaviest fighting is taking place. He spoke in an interview with a Ukrainian broadcaster."],
    "other", "frontline", 2, "zelensky-daily-losses-donbas", a="Nino Tsintsadze"),
  E("2022-05-24 14:05", "Denmark to send Harpoon launcher to Ukraine, Pentagon chief says",
    ["Denmark will provide a Harpoon launcher and missiles to help Ukraine defend its coast, US Defense Secretary Lloyd Austin said after a virtual meeting of some 40 countries backing Kyiv."],
    "aid", "aid", 3, "denmark-harpoon-launcher", a="Levan Chikovani"),
  OFF("2022-05-24 12:20", "Opposition parties announce joint rally for Georgia's EU bid",
    ["Several opposition parties said they would gather outside parliament to urge the government to do more to win EU candidate status. The European Commission is expected to give its opinion in June."],
    "georgia-opposition-eu-rally", a="Mariam Gelashvili", n="Georgian domestic politics."),
  E("2022-05-24 10:40", "Georgian Legion says volunteer killed near Kharkiv",
    ["A Georgian volunteer fighting alongside Ukrainian forces was killed in the Kharkiv region, the Georgian Legion said. More than 20 Georgian citizens have died in the war since February, according to the unit."],
    "other", "frontline", 2, "georgian-volunteer-killed-kharkiv", a="Mariam Gelashvili"),
  E("2022-05-24 09:15", "Russian diplomat in Geneva resigns over the war",
    ["Boris Bondarev, a counsellor at Russia's mission to the United Nations in Geneva, quit his post and denounced the invasion in a letter to colleagues. He wrote that he had never been so ashamed of his country."],
    "other", "politics", 2, "bondarev-resignation-geneva", a="Nino Tsintsadze", sec=["diplomacy"]),
  ]))

SEEDS.append(dict(id="2306", name="2306_kazinform-rdf", ext="xml", source="Kazinform", zone="Asia/Almaty", render=r_kazinform,
  title="Kazinform - Latest news",
  fmt="RSS 1.0 (RDF), dc:date with +06:00, dc:creator on some items; newest item is after local midnight",
  notes="RSS 1.0 (RDF) feed, newest first; dc:date carries +06:00 (Almaty time in 2022). The newest item is dated 00:15 on 28 September local = 18:15 UTC on 27 September, so the page is one UTC day. dc:creator is given for some items only (author null elsewhere). Two items (harvest, frosts) are not about the war.",
  not_entries=["channel title, link, description", "rdf:Seq item list"],
  entries=[
  E("2022-09-28 00:15", "Russia to open draft office at Upper Lars border crossing",
    ["A military enlistment point will be set up at the Upper Lars checkpoint on the border with Georgia, authorities in North Ossetia said, as thousands of men keep leaving Russia. The queue at the crossing stretched for several kilometres."],
    "other", "politics", 2, "upper-lars-draft-office", a="Aigerim Sadykova"),
  E("2022-09-27 21:40", "Voting in Russian-held regions of Ukraine ends",
    ["Voting in the referendums organised by Moscow-installed authorities in four occupied regions of Ukraine has ended. Kyiv and Western governments say they will not recognise the results."],
    "other", "politics", 3, "occupied-regions-referendums-end", a=None),
  E("2022-09-27 19:05", "Denmark and Sweden investigate leaks on Nord Stream pipelines",
    ["Three leaks were detected on the Nord Stream 1 and 2 gas pipelines in the Baltic Sea, and Swedish seismologists recorded underwater explosions. Denmark's prime minister said it was hard to imagine the damage was accidental."],
    "other", "security", 3, "nord-stream-leaks", a=None),
  E("2022-09-27 16:20", "Tokayev: Kazakhstan to look after people arriving from Russia",
    ["President Kassym-Jomart Tokayev said most of those arriving from Russia had been forced to leave by a hopeless situation and that Kazakhstan must ensure their safety. He told the government to take care of them."],
    "other", "humanitarian", 2, "tokayev-russians-arriving", a="Dana Omarova"),
  E("2022-09-27 13:45", "Over 98,000 Russian citizens entered Kazakhstan in a week",
    ["More than 98,000 Russian citizens have crossed into Kazakhstan since September 21, the Interior Ministry said. About 64,000 left the country in the same period."],
    "other", "humanitarian", 2, "russians-entering-kazakhstan-count", a="Aigerim Sadykova"),
  E("2022-09-27 11:10", "Foreign Ministry: Kazakhstan upholds territorial integrity of states",
    ["Kazakhstan's position rests on the principle of territorial integrity set out in the UN Charter, the ministry's spokesman said when asked about the votes in occupied Ukrainian regions."],
    "diplomacy", "diplomacy", 2, "kazakhstan-territorial-integrity-statement", a=None),
  OFF("2022-09-27 08:30", "Grain harvest passes 70 percent mark",
    ["Farmers have harvested grain from more than 70 percent of the sown area, the Ministry of Agriculture said. Yields in the northern regions are higher than last year."],
    "kazakhstan-grain-harvest", a=None, n="agriculture."),
  OFF("2022-09-27 06:50", "First frosts expected in northern Kazakhstan",
    ["Forecasters expect night frosts of down to minus three degrees in the north of the country on Wednesday. Daytime temperatures in Almaty will stay around 20 degrees."],
    "kazakhstan-frosts", a=None, n="weather."),
  ]))

SEEDS.append(dict(id="2307", name="2307_czechradio-english", ext="txt", source="Czech Radio", zone="Europe/Prague", render=r_czech,
  title="News in English", clock="Thursday, 16 October 2025",
  fmt="text scrape of an English-news listing; byline glued to '28 May 2024 21:50'; site clock shows the fetch day",
  notes="Listing scrape, newest first. Each item: headline, then the author's name glued to the date and time ('Tomáš Vrba28 May 2024 21:50', Prague local time, CEST = UTC+2, not printed), then the body. The first line is the site's clock for the day the page was FETCHED (Thursday, 16 October 2025): it is not the date of any entry. Two items (hockey celebration, inflation) are not about the war.",
  not_entries=["site clock line 'Thursday, 16 October 2025' (fetch day)", "station names and menu", "cookie line", "'News in English' heading",
               "share line after each item", "smart-speaker promo", "'Older articles' and footer"],
  entries=[
  E("2024-05-28 21:50", "Zelensky secures Belgian F-16 pledge on visit to Brussels",
    ["Belgium will deliver 30 F-16 fighter jets to Ukraine by 2028, Prime Minister Alexander De Croo said after signing a security agreement with President Volodymyr Zelensky. The first aircraft are due this year.",
     "Zelensky is touring European capitals ahead of next month's peace summit in Switzerland."],
    "aid", "aid", 3, "belgium-f16-security-pact", a="Tomáš Vrba", sec=["diplomacy"]),
  E("2024-05-28 18:35", "Fiala: first shells from Czech initiative to reach Ukraine in June",
    ["The first deliveries of artillery ammunition bought through the Czech-led initiative will reach Ukraine in June, Prime Minister Petr Fiala said. Around 15 countries have contributed money to the scheme.",
     "Fiala declined to give numbers, citing security reasons."],
    "aid", "aid", 3, "czech-ammunition-initiative-june-deliveries", a="Jana Kořínková"),
  E("2024-05-28 15:20", "Pavel backs letting Ukraine hit military targets inside Russia",
    ["President Petr Pavel said Ukraine should be allowed to use Western weapons against military targets on Russian territory, noting that attacks on Kharkiv were launched from just across the border. He spoke during a visit to Germany."],
    "diplomacy", "diplomacy", 2, "pavel-weapons-use-inside-russia", a="Tomáš Vrba", sec=["aid"],
    n="Ally's policy statement on the use of supplied weapons -> diplomacy (alliance politics), aid secondary."),
  E("2024-05-28 12:40", "Russian strikes kill three in Kharkiv region",
    ["Russian missiles and glide bombs hit the Kharkiv region, killing three people and injuring 12, Governor Oleh Syniehubov said. The city of Kharkiv has been under heavy attack for weeks."],
    "strikes", "strikes", 2, "kharkiv-region-strikes-2024-05-28", a="Jana Kořínková"),
  E("2024-05-28 10:05", "Police charge man over foiled arson attack on Prague buses",
    ["Czech police said a suspect detained last month had been charged with trying to set fire to city buses in Prague. Interior Minister Vít Rakušan said the attack may have been organised from Russia."],
    "other", "security", 2, "prague-bus-arson-charge", a="Petra Horká"),
  OFF("2024-05-28 08:15", "Hockey champions celebrated by huge crowd in Old Town Square",
    ["Tens of thousands of fans filled the square to celebrate the national team's world championship title, the first since 2010. Coach Radim Rulík thanked the crowd."],
    "czech-hockey-world-title", a="Petra Horká", n="sport."),
  OFF("2024-05-28 06:07", "Czech inflation slows, central bank signals further cuts",
    ["Consumer prices rose at the slowest pace in three years, preliminary data showed. Central bank board members said there was room for another interest rate cut in June."],
    "czech-inflation-may-2024", a="Tomáš Vrba", n="economy."),
  ]))

SEEDS.append(dict(id="2308", name="2308_thestandard-timeline", ext="html", source="The Standard", zone="UTC", render=r_standard,
  title="Kuleba's China trip: Beijing calls for talks 'when conditions are ripe'", author="Mandy Lo",
  lede="China's foreign minister met his Ukrainian counterpart in Guangzhou as fighting and air attacks continued.",
  pubtext="24 Jul 2024 10:50 PM", updtext="Updated: 25 Jul 2024 6:30 AM", ldpub="2024-07-24T22:50:00+08:00", ldmod="2024-07-25T06:30:00+08:00",
  dateline="Wednesday, July 24, 2024",
  fmt="HTML article with a date line above a '1409 GMT' timeline; NewsArticle JSON-LD with entity-escaped strings",
  notes="Hong Kong page whose body is a timeline under a single date line 'Wednesday, July 24, 2024'; stamps are printed as 'HHMM GMT' (= UTC), newest first, so page_timezone is UTC although the page's own meta times ('24 Jul 2024 10:50 PM', 'Updated: 25 Jul 2024 6:30 AM') are Hong Kong time. Page byline 'Mandy Lo' is every entry's author. JSON-LD headline/description use HTML entities (&#39;). The Kremlin reaction (1135 GMT) is about the Kuleba-Wang meeting and shares its story.",
  not_entries=["header/menu", "title, byline, publish/updated lines", "share links", "lead paragraph", "date line 'Wednesday, July 24, 2024'", "newsletter box", "'Read more' aside", "footer"],
  entries=[
  E("2024-07-24 22:15", "Russian and Chinese bombers intercepted near Alaska",
    ["The North American air defence command said it tracked and intercepted two Russian and two Chinese long-range bombers operating near Alaska. The aircraft stayed in international airspace."],
    "other", "security", 2, "russia-china-bombers-alaska"),
  E("2024-07-24 14:09", "Wang Yi tells Kuleba China will keep pushing for talks",
    ["China's foreign minister Wang Yi told his Ukrainian counterpart Dmytro Kuleba in Guangzhou that Beijing would keep playing a constructive role in seeking a ceasefire.",
     "Kuleba said Ukraine was ready to negotiate with Russia once Moscow was prepared to do so in good faith."],
    "diplomacy", "diplomacy", 3, "kuleba-china-visit"),
  E("2024-07-24 11:35", "Kremlin wants details before judging Kuleba's remarks",
    ["Kremlin spokesman Dmitry Peskov said Moscow had heard Kuleba's comments in China and wanted details before saying more. He repeated that Russia would only negotiate on its own terms."],
    "diplomacy", "diplomacy", 3, "kuleba-china-visit", n="Reaction whose subject is the Kuleba-Wang meeting -> same story."),
  E("2024-07-24 09:50", "Strike on Kharkiv industrial area injures four",
    ["A Russian missile hit an industrial site in Kharkiv, injuring four workers, Mayor Ihor Terekhov said. A fire broke out in a warehouse."],
    "strikes", "strikes", 2, "kharkiv-industrial-strike-2024-07-24"),
  E("2024-07-24 07:15", "Czech-led scheme has delivered first 50,000 shells, Prague says",
    ["The first 50,000 artillery shells bought under the Czech-led ammunition initiative have reached Ukraine, the Czech government said. More are due in August."],
    "aid", "aid", 2, "czech-ammunition-initiative-first-50000"),
  OFF("2024-07-24 05:40", "Observatory issues standby signal as Typhoon Gaemi nears Taiwan",
    ["The Hong Kong Observatory said the typhoon, which is heading for Taiwan, would pass about 700 kilometres from the city. Rough seas are forecast."],
    "typhoon-gaemi-hong-kong", n="weather."),
  E("2024-07-24 03:10", "Russia says it downed dozens of drones over Rostov and Kursk",
    ["Russia's defence ministry said air defences destroyed 29 Ukrainian drones overnight over the Rostov, Kursk and Bryansk regions. In Rostov a fire broke out at an oil depot, the governor said."],
    "strikes", "strikes", 2, "drones-rostov-kursk-2024-07-24"),
  ]))

SEEDS.append(dict(id="2309", name="2309_irishmirror-live", ext="txt", source="Irish Mirror", zone="Europe/Dublin", render=r_irishmirror,
  title="Ukraine war live: Biden and Xi hold call as missiles hit Lviv", parse_args=["--date", "2022-03-18"],
  lede="Follow our live updates as the war in Ukraine enters its fourth week.",
  fmt="text live-blog scrape with NO date anywhere; headline, then '14:35' on its own line, then author; Key Events",
  notes="Live-blog scrape, newest first, that prints no date or year at all (the header date was not captured), so parse needs --date 2022-03-18 (parse_args). Stamps are bare 24 h times on their own line AFTER the headline, then the post's author on its own line; Irish time (GMT = UTC in March, no zone printed). A 'Key Events' block lists two post headlines (key_point). Entry 06 is a video teaser without body.",
  not_entries=["masthead and menu", "cookie line", "breadcrumb 'NewsWorld News'", "title and intro line", "'Key Events' heading and its two lines", "'Bookmark', 'Comments'",
               "'Share' after each post", "newsletter sign-up line", "'Show more' and footer"],
  entries=[
  E("2022-03-18 20:10", "More than 8,000 refugees from Ukraine have arrived in Ireland, Minister says",
    ["More than 8,000 people fleeing the war in Ukraine have arrived in Ireland, Minister Roderic O'Gorman said. Most are staying with relatives or host families."],
    "other", "humanitarian", 2, "ukrainian-refugees-ireland-8000", a="Aoife Brennan"),
  E("2022-03-18 17:05", "Biden warns Xi of consequences in nearly two-hour call",
    ["Joe Biden told Chinese leader Xi Jinping there would be consequences if Beijing gave material support to Russia's invasion, the White House said. The two men spoke by video for almost two hours."],
    "diplomacy", "diplomacy", 3, "biden-xi-call-2022-03-18", a="Ciarán Dolan", kp=True),
  E("2022-03-18 15:20", "Putin tells stadium crowd the operation is going to plan",
    ["Vladimir Putin addressed tens of thousands of people at a Moscow stadium to mark eight years since the annexation of Crimea. State television briefly cut away from his speech, blaming a technical fault."],
    "other", "politics", 2, "putin-luzhniki-rally", a="Ciarán Dolan"),
  E("2022-03-18 13:40", "Mariupol theatre: 130 people rescued from basement shelter",
    ["Rescuers have brought 130 people out of the shelter beneath the Mariupol drama theatre that was hit by an air strike on Wednesday, Ukraine's human rights ombudswoman said.",
     "Hundreds more are believed to be trapped under the rubble."],
    "strikes", "strikes", 3, "mariupol-theatre-bombing", a="Aoife Brennan", sec=["humanitarian"]),
  E("2022-03-18 11:15", "Kramatorsk: homes damaged in overnight shelling",
    ["Russian rockets struck a residential area of Kramatorsk in the Donetsk region, injuring several people, local officials said. Two apartment blocks were damaged."],
    "strikes", "strikes", 2, "kramatorsk-shelling-2022-03-18", a="Ciarán Dolan"),
  E("2022-03-18 09:30", "Watch: Smoke rises over Lviv airport", [], "strikes", "strikes", 1, "lviv-aircraft-plant-strike", a="Aoife Brennan",
    n="Video teaser without body -> importance 1, same story as entry 07."),
  E("2022-03-18 08:05", "Missiles hit aircraft repair plant near Lviv airport",
    ["Several missiles struck an aircraft repair plant close to the airport in Lviv early this morning, the city's mayor Andriy Sadovyi said. No one was killed, and work at the plant had stopped before the strike.",
     "It is the closest the fighting has come to the western city, which has become a refuge for hundreds of thousands of displaced people."],
    "strikes", "strikes", 3, "lviv-aircraft-plant-strike", a="Aoife Brennan", kp=True),
  ]))

for e in SEEDS[-2]["entries"]:   # The Standard: the page byline is every entry's author
    e["a"] = "Mandy Lo"

# =============================================================== PART B, day 1: 2022-09-22 (UTC)
D1 = "Day 1 (2022-09-22 UTC): 2320, 2321, 2322, 2323."
SEEDS.append(dict(id="2320", name="2320_linnet-textlive", ext="txt", source="Linnet Report", zone="Europe/London", render=r_textlive_ampm, invented=True,
  title="Ukraine live: Azovstal commanders freed in prisoner swap", dateline="Thursday 22 September 2022", tznote="All times BST",
  lede="Rolling coverage of the war in Ukraine and Russia's mobilisation.",
  fmt="text live blog, OLDEST first, '9.10am' stamp line, 'By NAME', Key Points",
  notes="Invented outlet. Text live blog, oldest first. Each post: stamp line '9.05am' (BST = UTC+1, stated under the date line), headline, 'By NAME', body. A 'Key Points' block lists two post headlines (entries 01 and 03). Entry 05 is a video teaser without body or byline. Entry 08 repeats entry 02 nearly verbatim (duplicate_of 2320-02). The explainer (06) is a theme piece, its own story. " + D1,
  not_entries=["outlet name and menu", "title, date line, 'All times BST', intro line", "'Key Points' heading and its two bullet lines", "'Latest updates (oldest first)'", "'By NAME' lines (author)", "'Advertisement'", "closing line and copyright"],
  entries=[
  E("2022-09-22 07:50", "Azovstal commanders among 215 freed in surprise swap",
    ["Ukraine has brought home 215 prisoners of war, among them five commanders who led the defence of the Azovstal steelworks in Mariupol, in the biggest exchange since the invasion began.",
     "In return Kyiv handed over 55 Russian servicemen and Viktor Medvedchuk, a pro-Kremlin politician who had been facing treason charges.",
     "President Volodymyr Zelensky said the commanders would stay in Turkey until the end of the war under an arrangement brokered by President Recep Tayyip Erdogan."],
    "diplomacy", "diplomacy", 3, "azovstal-commanders-prisoner-exchange", a="Rhiannon Keel", kp=True),
  E("2022-09-22 09:05", "Queues at borders as Russians rush to leave after call-up",
    ["Long lines of cars formed at Russia's land borders with Georgia, Finland and Kazakhstan overnight, a day after Vladimir Putin ordered the mobilisation of reservists.",
     "One-way flights from Moscow to Istanbul and Yerevan were sold out for the coming days, according to booking sites."],
    "other", "humanitarian", 3, "russians-flee-mobilisation", a="Dominic Varga"),
  E("2022-09-22 10:40", "Donetsk market shelled, five reported dead",
    ["At least five people were killed when shells hit a market in the Kuibyshevskyi district of Russian-held Donetsk, the Moscow-installed mayor said.",
     "He blamed Ukrainian forces; Kyiv did not comment."],
    "strikes", "strikes", 3, "donetsk-market-shelling-2022-09-22", a="Rhiannon Keel", kp=True),
  E("2022-09-22 12:15", "Norway pledges money for generators and winter kit",
    ["Norway will give 1.1 billion kroner to help Ukraine buy generators, heating equipment and winter clothing for its troops, the defence ministry in Oslo said.",
     "The money will go through a fund managed by Britain."],
    "aid", "aid", 3, "norway-winter-equipment-aid", a="Dominic Varga", n="Must-not-merge with Slovakia's Zuzana howitzers (2322-04), a different package."),
  E("2022-09-22 13:30", "Watch: Freed fighters greeted by relatives", [], "diplomacy", "diplomacy", 1, "azovstal-commanders-prisoner-exchange",
    n="Video teaser without body -> importance 1."),
  E("2022-09-22 15:00", "Explainer: What 'partial' mobilisation really means",
    ["The decree Vladimir Putin signed on Wednesday lets the defence ministry call up reservists, but its wording sets no firm upper limit on numbers.",
     "Defence Minister Sergei Shoigu spoke of 300,000 men with military experience, yet one clause of the decree was never published.",
     "Analysts say that leaves room for wider call-ups later."],
    "other", "politics", 2, "explainer-partial-mobilisation", a="Maeve Ostler", n="Theme piece (explainer with body): own story, importance 2."),
  E("2022-09-22 17:20", "Blinken tells Security Council to press Moscow over nuclear threats",
    ["Secretary of State Antony Blinken urged members of the UN Security Council to tell Russia to stop its reckless nuclear threats, at a meeting in New York.",
     "He said the principles the council was built on were under attack."],
    "diplomacy", "diplomacy", 3, "blinken-unsc-speech-2022-09-22", a="Rhiannon Keel",
    n="Must-not-merge with Lavrov's separate speech at the same meeting (2321-02, 2322-01): different officials' statements."),
  E("2022-09-22 19:05", "Queues at borders as Russians rush to leave after call-up",
    ["Long lines of cars formed at Russia's land borders with Georgia, Finland and Kazakhstan, a day after Vladimir Putin ordered the mobilisation of reservists.",
     "One-way flights from Moscow to Istanbul and Yerevan were sold out for the coming days, according to booking sites."],
    "other", "humanitarian", 1, "russians-flee-mobilisation", a="Dominic Varga", dup="2320-02", n="Near-verbatim repeat of 2320-02 ('overnight' dropped) -> importance 1."),
  ]))

SEEDS.append(dict(id="2321", name="2321_wyvern-worldrss", ext="xml", source="Wyvern World Service", render=r_rss_world, zone="UTC", invented=True,
  title="Wyvern World Service - World", link="https://wyvernworld.example/world", desc="Top stories from around the world",
  fmt="RSS 2.0 general world feed, GMT pubDates, CDATA, no authors (4 of 7 off-beat)",
  notes="Invented outlet. GENERAL world-news RSS feed, newest first, GMT pubDates (= UTC), CDATA titles and descriptions, no authors. Four of seven items are off-beat (hurricane, Bank of England rates, yen intervention, Iran protests). The Saudi-brokered release of ten foreigners was part of the same exchange as the Azovstal swap: same story. " + D1,
  not_entries=["channel title, link, description, ttl", "media thumbnails"],
  entries=[
  OFF("2022-09-22 22:10", "Fiona strengthens as it heads for Atlantic Canada",
    ["Hurricane Fiona grew into a powerful category 4 storm over the Atlantic and is forecast to reach Nova Scotia late on Friday.", "Canadian officials urged residents to prepare for power cuts and flooding."],
    "hurricane-fiona", n="weather."),
  E("2022-09-22 19:50", "Lavrov accuses West of arming Kyiv to prolong war",
    ["Russia's foreign minister Sergei Lavrov told the Security Council that Western governments were prolonging the war by supplying weapons to Ukraine.",
     "He left the chamber shortly after speaking and did not listen to other ministers."],
    "diplomacy", "diplomacy", 3, "lavrov-unsc-speech-2022-09-22"),
  E("2022-09-22 16:40", "Saudi Arabia says it helped free ten foreign fighters",
    ["Ten foreign nationals captured while fighting for Ukraine, including five Britons and two Americans, were flown to Riyadh after Saudi mediation, the kingdom's foreign ministry said.",
     "The release was part of a wider exchange between Russia and Ukraine."],
    "diplomacy", "diplomacy", 3, "azovstal-commanders-prisoner-exchange"),
  OFF("2022-09-22 13:20", "Bank of England raises rates to 2.25%",
    ["The Bank of England increased interest rates by half a percentage point, its seventh rise in a row, and said the economy may already be shrinking.", "Three policymakers wanted a bigger increase."],
    "bank-of-england-rates-september", n="economy elsewhere."),
  OFF("2022-09-22 10:30", "Japan steps in to prop up the yen for first time since 1998",
    ["Japanese authorities bought yen in the currency market after it fell to a 24-year low against the dollar.", "The finance ministry's top currency official confirmed the intervention."],
    "japan-yen-intervention", n="economy elsewhere."),
  E("2022-09-22 08:15", "Russians scramble for flights after mobilisation order",
    ["Airline tickets out of Russia to visa-free destinations sold out within hours of the mobilisation order, and prices for the few remaining seats soared.",
     "Traffic at the Vaalimaa crossing into Finland was heavier than usual, Finnish border guards said."],
    "other", "humanitarian", 3, "russians-flee-mobilisation"),
  OFF("2022-09-22 06:05", "Protests over woman's death in custody spread across Iran",
    ["Demonstrations over the death of 22-year-old Mahsa Amini, who died after being detained by the morality police, reached more than a dozen cities.", "Mobile internet was restricted in parts of the country."],
    "iran-mahsa-amini-protests", n="unrest elsewhere."),
  ]))

SEEDS.append(dict(id="2322", name="2322_juneberry-htmllive", ext="html", source="Juneberry Post", zone="Europe/Kyiv", render=r_htmllive_ld, invented=True,
  title="War in Ukraine, day 211: prisoners come home", url="https://juneberrypost.example/live/2022-09-22",
  lede="Ukraine celebrates the return of the Azovstal defenders as Russia begins calling up reservists.", tznote="All times are Kyiv time.",
  fmt="HTML live blog, LiveBlogPosting JSON-LD with per-update times (+03:00), <time datetime>, byline under headline",
  notes="Invented outlet. HTML live blog, newest first; visible 'HH:MM' in <time datetime> with +03:00 (Kyiv, EEST); JSON-LD LiveBlogPosting repeats the updates with correct per-update times and authors. Entry 02 is a photo teaser without body or byline. The Donetsk market toll has grown to six (five in 2320-03). Zaporizhzhia hotel strike (05) and Donetsk market shelling (06) are different attacks: must not merge. Peskov's comment (03) is about the swap itself: same story. " + D1,
  not_entries=["masthead/menu", "title, standfirst, time-zone note", "share buttons", "membership box", "footer"],
  entries=[
  E("2022-09-22 23:40", "Lavrov leaves Security Council chamber after speech",
    ["Sergei Lavrov arrived late for the UN meeting, delivered remarks accusing Kyiv of persecuting Russian speakers and walked out before his Ukrainian counterpart Dmytro Kuleba spoke.",
     "Kuleba said Russian diplomats were running away from the truth."],
    "diplomacy", "diplomacy", 3, "lavrov-unsc-speech-2022-09-22", a="Olha Tkachenko"),
  E("2022-09-22 21:15", "Photos: Cars queue at Upper Lars crossing into Georgia", [], "other", "humanitarian", 1, "russians-flee-mobilisation",
    n="Photo teaser without body -> importance 1."),
  E("2022-09-22 18:30", "Kremlin says swap was agreed with help of partners",
    ["Kremlin spokesman Dmitry Peskov declined to explain why Moscow agreed to hand over the Azovstal commanders, saying only that the exchange had been negotiated with the help of partners.",
     "Some pro-war Russian bloggers called the deal a betrayal."],
    "diplomacy", "diplomacy", 3, "azovstal-commanders-prisoner-exchange", a="Serhiy Bondar"),
  E("2022-09-22 15:05", "Slovakia hands over first Zuzana howitzers",
    ["The first of eight Zuzana 2 self-propelled howitzers built in Slovakia have arrived in Ukraine, the Slovak defence ministry said.",
     "The guns were paid for jointly by Denmark, Germany and Norway."],
    "aid", "aid", 2, "slovakia-zuzana-howitzers", a="Olha Tkachenko", n="Must-not-merge with Norway's winter-equipment money (2320-04, 2323-02)."),
  E("2022-09-22 12:20", "Zaporizhzhia: missile hits hotel, one killed",
    ["A Russian missile struck a hotel in the centre of Zaporizhzhia on Thursday morning, killing one person and injuring five, the regional administration said.",
     "Several nearby houses were damaged."],
    "strikes", "strikes", 2, "zaporizhzhia-hotel-strike-2022-09-22", a="Serhiy Bondar", n="Must-not-merge with the Donetsk market shelling."),
  E("2022-09-22 10:45", "Six dead in Donetsk market shelling, Russian-installed officials say",
    ["The death toll from the shelling of a market in occupied Donetsk has risen to six, the Russian-installed administration said.",
     "Ukraine's military denies targeting civilians in the city."],
    "strikes", "strikes", 3, "donetsk-market-shelling-2022-09-22", a="Olha Tkachenko"),
  E("2022-09-22 07:20", "Zelensky: 215 of our people are home",
    ["President Volodymyr Zelensky said in a late-night address that 215 Ukrainians had been freed from Russian captivity, 108 of them members of the Azov regiment.",
     "He thanked Turkey and Saudi Arabia for their help."],
    "diplomacy", "diplomacy", 3, "azovstal-commanders-prisoner-exchange", a="Serhiy Bondar"),
  ]))

SEEDS.append(dict(id="2323", name="2323_sedgefield-article", ext="txt", source="Sedgefield Echo", zone="Europe/London", render=r_textarticle, invented=True,
  title="A day of swaps, pledges and warnings", author="Moira Haslam", datetext="Thursday 22 September 2022 19:40 BST",
  lede="Ukraine welcomed home its soldiers while allies argued over Russia's threats.", readmore="Who are the Azovstal commanders?", topics="Ukraine, Russia, United Nations",
  fmt="text article with 3 section headings; one dateline",
  notes="Invented outlet. Single text article with three section headings; one entry per section, stamp null, published = the dateline (19:40 BST = 18:40 UTC); page byline is the author of every section. The 'Read more:' line is a related link. " + D1,
  not_entries=["outlet name and menu", "title and standfirst", "byline and dateline", "share line", "'Read more:' link", "topics line and footer"],
  entries=[
  E("2022-09-22 19:40", "The exchange",
    ["Ukrainian officials spent Thursday confirming the details of an exchange that returned 215 prisoners, including fighters who held out in the Mariupol steelworks for nearly three months.",
     "Viktor Medvedchuk, once the Kremlin's closest ally in Ukraine, was among those sent the other way."],
    "diplomacy", "diplomacy", 3, "azovstal-commanders-prisoner-exchange", a="Moira Haslam"),
  E("2022-09-22 19:40", "Money for the winter",
    ["Norway's pledge of 1.1 billion kroner will pay for generators, tents and warm clothing, officials in Oslo said.",
     "The ministry said deliveries would start before the first frosts."],
    "aid", "aid", 3, "norway-winter-equipment-aid", a="Moira Haslam"),
  E("2022-09-22 19:40", "At the Security Council",
    ["Antony Blinken used the council meeting in New York to accuse Russia of trying to wipe out Ukraine's identity.",
     "He urged countries that have avoided criticising Moscow to speak up."],
    "diplomacy", "diplomacy", 3, "blinken-unsc-speech-2022-09-22", a="Moira Haslam"),
  ]))

# =============================================================== PART B, day 2: 2022-09-23 (UTC) — the day after day 1
D2 = "Day 2 (2022-09-23 UTC, the day after day 1): 2330, 2331, 2332, 2333."
SEEDS.append(dict(id="2330", name="2330_loughrigg-htmllive", ext="html", source="Loughrigg Live", zone="America/New_York", render=r_htmllive_et, invented=True,
  title="Russia stages votes in occupied Ukraine", dateline="Friday, Sept. 23, 2022",
  lede="Moscow-installed officials began voting on annexation as Kyiv cut ties with Tehran over drones.",
  fmt="HTML live blog, newest first, no JSON-LD, '8:35 a.m. ET' stamps, date line",
  notes="Invented outlet. HTML live blog without JSON-LD, newest first; stamps '7:45 a.m. ET' (EDT = UTC-4) under one date line 'Friday, Sept. 23, 2022'. 'By NAME' under the headline. Biden's statement (01) is a reaction to the votes: same story. Entry 05 is a video teaser without body; it shows day 1's story (queues at borders) and keeps its slug. Nikopol shelling (04) and the Odesa drone strike (06) are different attacks; the Iran downgrade (02) is a diplomatic act, separate from the Odesa attack. " + D2,
  not_entries=["header/menu", "LIVE badge, title, dek", "date line", "'Advertisement'", "footer"],
  entries=[
  E("2022-09-23 19:10", "Biden: US will never recognize Russia's claims to Ukrainian land",
    ["President Joe Biden said the votes staged by Russia in occupied parts of Ukraine were a sham and that Washington would work with allies to impose swift costs on Moscow.",
     "Leaders of the Group of Seven said in a joint statement that they would never recognize the results."],
    "other", "politics", 3, "occupied-regions-annexation-votes", a="Casey Whitford", sec=["diplomacy"], n="Reaction to the votes -> same story."),
  E("2022-09-23 16:25", "Ukraine downgrades relations with Iran over drone supplies",
    ["Ukraine said it was stripping Iran's ambassador of his accreditation and sharply reducing the number of Iranian diplomats in Kyiv in response to Tehran's supply of drones to Russia.",
     "The foreign ministry called the deliveries an unfriendly act."],
    "diplomacy", "diplomacy", 3, "ukraine-downgrades-iran-ties", a="Priya Sandoval"),
  E("2022-09-23 13:40", "Izium exhumations end with 447 bodies recovered",
    ["Investigators have finished exhuming bodies from a burial site in a forest near Izium, recovering 447, most of them civilians, the Kharkiv regional governor said.",
     "He said 30 bore signs of torture."],
    "other", "humanitarian", 3, "izium-mass-grave-exhumations", a="Casey Whitford"),
  E("2022-09-23 11:05", "Nikopol shelled again from across the river",
    ["Russian forces fired rockets and artillery at Nikopol overnight from positions near the occupied Zaporizhzhia nuclear plant, damaging homes and a gas pipeline, the regional governor said.",
     "No one was hurt."],
    "strikes", "strikes", 2, "nikopol-shelling-2022-09-23", a="Priya Sandoval", n="Must-not-merge with the Odesa drone strike."),
  E("2022-09-23 09:20", "Video: Traffic backs up at Russia-Georgia border", [], "other", "humanitarian", 1, "russians-flee-mobilisation",
    n="Video teaser without body -> importance 1; shows the day-1 story (keeps its slug)."),
  E("2022-09-23 07:45", "Drones strike Odesa's port, one killed",
    ["Attack drones hit the administrative building of Odesa's port early on Friday, killing a civilian, Ukraine's southern command said.",
     "The military said the drones were Iranian-made Shahed-136 models."],
    "strikes", "strikes", 3, "odesa-shahed-drone-attack-2022-09-23", a="Casey Whitford"),
  E("2022-09-23 06:10", "Residents in occupied regions vote under armed escort",
    ["Voting began on Friday in four Russian-occupied regions of Ukraine, with officials carrying ballot boxes door to door accompanied by soldiers, residents and Ukrainian officials said.",
     "Moscow is expected to use the results to justify annexing the territory."],
    "other", "politics", 3, "occupied-regions-annexation-votes", a="Priya Sandoval"),
  ]))

SEEDS.append(dict(id="2331", name="2331_ismere-textlive", ext="txt", source="Ismere Times", zone="Europe/London", render=r_textlive_bst, invented=True,
  title="Russia-Ukraine war: Friday's updates", dateline="Friday 23 September 2022", abbr="BST",
  lede="Our correspondents follow the votes in occupied Ukraine and the fallout of Russia's call-up.",
  fmt="text live blog, OLDEST first, '14:38 BST' stamp line, 'Posted by NAME'",
  notes="Invented outlet. Text live blog, oldest first; each post is a stamp line '14:38 BST' (UTC+1), headline, 'Posted by NAME', body. Entry 05 repeats entry 02 nearly verbatim (duplicate_of 2331-02). Entry 07 continues day 1's prisoner-exchange story with a new development (the freed Britons land in the UK) and keeps the day-1 slug. " + D2,
  not_entries=["outlet name and menu", "title, date line, intro", "'Posted by' lines (author)", "'SPONSORED'", "closing line and footer"],
  entries=[
  E("2022-09-23 08:10", "Ballot boxes go door to door in occupied regions",
    ["Russian-installed officials in the Luhansk, Donetsk, Zaporizhzhia and Kherson regions began five days of voting on joining Russia, with teams visiting homes and workplaces.",
     "Ukraine's foreign ministry said the ballots were worthless."],
    "other", "politics", 3, "occupied-regions-annexation-votes", a="Tobias Arkwright"),
  E("2022-09-23 09:35", "Drones made in Iran strike Odesa's port",
    ["A civilian was killed when kamikaze drones struck the port area of Odesa on Friday morning, Ukraine's military said.",
     "The drones were identified as Iranian-made Shahed-136 models."],
    "strikes", "strikes", 3, "odesa-shahed-drone-attack-2022-09-23", a="Leah Mundy"),
  E("2022-09-23 11:50", "Kremlin exempts IT specialists and bankers from call-up",
    ["Russia's defence ministry said workers in information technology, communications and some financial institutions would not be called up under the partial mobilisation.",
     "Reports of men without military experience receiving draft papers continued to spread."],
    "other", "politics", 2, "russia-mobilisation-exemptions", a="Leah Mundy"),
  E("2022-09-23 13:25", "Kyiv strips Iranian envoy of accreditation",
    ["Ukraine's foreign ministry said it would revoke the accreditation of Iran's ambassador and cut the number of Iranian embassy staff, citing drone deliveries to Russia.",
     "Tehran has denied supplying weapons for use in the war."],
    "diplomacy", "diplomacy", 3, "ukraine-downgrades-iran-ties", a="Tobias Arkwright"),
  E("2022-09-23 14:38", "Drones made in Iran strike Odesa's port",
    ["A civilian was killed when kamikaze drones struck the port area of Odesa on Friday, Ukraine's military said.",
     "The drones were identified as Iranian-made Shahed-136 models."],
    "strikes", "strikes", 1, "odesa-shahed-drone-attack-2022-09-23", a="Leah Mundy", dup="2331-02", n="Near-verbatim repeat of 2331-02 ('morning' dropped) -> importance 1."),
  E("2022-09-23 16:05", "Finland to limit entry for Russian tourists",
    ["Finland's government said it would sharply restrict entry for Russian tourists holding Schengen visas, citing a surge in crossings since the mobilisation order.",
     "Foreign Minister Pekka Haavisto said the decision would take effect within days."],
    "diplomacy", "diplomacy", 2, "finland-restricts-russian-tourists", a="Leah Mundy"),
  E("2022-09-23 21:20", "Freed Britons back home after months in captivity",
    ["Five British men released by Russian-backed forces this week have landed in the UK and been reunited with their families, Foreign Secretary James Cleverly said.",
     "Among them were Aiden Aslin and Shaun Pinner, who had been sentenced to death in Donetsk in June."],
    "diplomacy", "diplomacy", 2, "azovstal-commanders-prisoner-exchange", a="Tobias Arkwright",
    n="Continuation of the day-1 exchange with a new development -> keeps the day-1 slug; only one day-2 seed carries it -> importance 2."),
  ]))

SEEDS.append(dict(id="2332", name="2332_tarrant-article", ext="html", source="Tarrant Review", zone="Europe/London", render=r_htmlarticle_ld, invented=True,
  title="Votes under guard and graves in the forest", author="Harriet Ambrose", published="2022-09-23 17:20", datetext="23 September 2022 · 17:20 BST",
  lede="Two scenes from Ukraine on the first day of Moscow's annexation votes.",
  fmt="HTML article with NewsArticle JSON-LD and 3 h2 sections",
  notes="Invented outlet. HTML analysis article with three h2 sections; one entry per section, stamp null, published = the date line (17:20 BST = 16:20 UTC); byline used for all sections. Section 3 is an explainer (theme piece): own story, importance 2. Photo caption is not body. " + D2,
  not_entries=["header/menu", "title and standfirst", "byline and date line", "photo caption", "'More on this story' aside", "footer"],
  entries=[
  E("2022-09-23 17:20", "Ballots under guard",
    ["In the occupied south and east, the voting that began on Friday looked less like an election than a census taken by soldiers.",
     "Residents of Melitopol who spoke to us by phone said officials wrote down the names of people who refused a ballot."],
    "other", "politics", 3, "occupied-regions-annexation-votes", a="Harriet Ambrose"),
  E("2022-09-23 17:20", "The Izium site",
    ["In Izium, retaken two weeks ago, forensic teams closed the last of the graves at the forest burial site.",
     "Regional officials put the total at 447 bodies, among them children."],
    "other", "humanitarian", 3, "izium-mass-grave-exhumations", a="Harriet Ambrose"),
  E("2022-09-23 17:20", "How annexation would work",
    ["If Moscow follows the Crimean precedent, the results will be followed within days by treaties signed in the Kremlin and ratified by both houses of parliament.",
     "Russian officials have hinted that attacks on the annexed land would then be treated as attacks on Russia itself."],
    "other", "politics", 2, "explainer-annexation-procedure", a="Harriet Ambrose", n="Theme piece (explainer with body): own story, importance 2."),
  ]))

SEEDS.append(dict(id="2333", name="2333_wyvern-worldrss", ext="xml", source="Wyvern World Service", render=r_rss_world, zone="UTC", invented=True,
  title="Wyvern World Service - World", link="https://wyvernworld.example/world", desc="Top stories from around the world",
  fmt="RSS 2.0 general world feed, GMT pubDates (4 of 7 off-beat); re-posts a day-1 item",
  notes="Invented outlet (same feed as 2321, fetched a day later). GENERAL world-news RSS feed, newest first, GMT pubDates, no authors; four of seven items are off-beat (football, UK budget, hurricane, Iran). Item 05 re-posts day 1's 2321-02 (same headline, one word changed) with a new pubDate: importance 1, duplicate_of null (other seed). " + D2,
  not_entries=["channel title, link, description, ttl", "media thumbnails"],
  entries=[
  OFF("2022-09-23 21:30", "England relegated in Nations League after defeat in Milan",
    ["Italy beat England 1-0 at San Siro, sending Gareth Southgate's side down to the second tier of the Nations League.", "Giacomo Raspadori scored the only goal."],
    "italy-england-nations-league", n="football."),
  E("2022-09-23 18:45", "Russian-run votes begin in occupied Ukraine",
    ["Referendums on joining Russia started in four partly occupied Ukrainian regions, in a move condemned by Kyiv and its allies as illegitimate.", "Voting is due to last until Tuesday."],
    "other", "politics", 3, "occupied-regions-annexation-votes"),
  OFF("2022-09-23 15:10", "Pound slides after UK unveils biggest tax cuts in 50 years",
    ["Sterling fell to a 37-year low against the dollar after Chancellor Kwasi Kwarteng announced sweeping tax cuts paid for by borrowing.", "Government bond yields jumped."],
    "uk-mini-budget-pound", n="economy elsewhere."),
  E("2022-09-23 12:35", "Iranian-made drones hit Odesa",
    ["Ukraine said Shahed drones supplied by Iran struck the port city of Odesa, killing one person.", "Kyiv later moved to downgrade diplomatic ties with Tehran."],
    "strikes", "strikes", 3, "odesa-shahed-drone-attack-2022-09-23"),
  E("2022-09-23 10:05", "Lavrov accuses West of arming Kyiv to prolong war",
    ["Russia's foreign minister Sergei Lavrov told the Security Council that Western governments were prolonging the war by supplying weapons to Ukraine.",
     "He left the chamber soon after speaking and did not listen to other ministers."],
    "diplomacy", "diplomacy", 1, "lavrov-unsc-speech-2022-09-22",
    n="Re-post of day 1's 2321-02 nearly verbatim ('shortly' -> 'soon') with a new pubDate -> importance 1; duplicate_of null because the original is in another seed/day."),
  OFF("2022-09-23 07:20", "Fiona takes aim at Nova Scotia",
    ["Hurricane Fiona is expected to make landfall in eastern Canada as one of the strongest storms on record there.", "Evacuation centres opened across the region."],
    "hurricane-fiona", n="weather."),
  OFF("2022-09-23 04:40", "Iran's president warns against chaos as protests continue",
    ["President Ebrahim Raisi said Iran would not tolerate acts of chaos after a week of protests over Mahsa Amini's death.", "State media said rallies in support of the government were held in several cities."],
    "raisi-warns-protesters", n="unrest elsewhere."),
  ]))

# =============================================================== PART B, day 3: 2024-01-02 (UTC)
D3 = "Day 3 (2024-01-02 UTC): 2340, 2341, 2342, 2343."
SEEDS.append(dict(id="2340", name="2340_iona-worldatom", ext="xml", source="Iona World Service", zone="UTC", render=r_atom_world, invented=True,
  title="Iona World Service: latest", link="https://ionaworld.example/news",
  fmt="Atom 1.0 general world feed, Z times, html-escaped content, no authors (5 of 8 off-beat)",
  notes="Invented outlet. GENERAL world-news Atom feed, newest first, Z times, entity-escaped HTML content, no author elements. Five of eight entries are off-beat: a US university resignation, a strike in Beirut (another war: 'strike' is not this war), the Haneda runway collision, Japan's earthquake toll and an attack on a South Korean politician. The Belgorod rockets (03) are a separate event from the Russian barrage on Ukraine (05). " + D3,
  not_entries=["feed title, link, id, updated"],
  entries=[
  OFF("2024-01-02 21:50", "Harvard president resigns after months of criticism",
    ["Claudine Gay stepped down as president of Harvard University after criticism of her testimony to Congress and accusations of plagiarism in her academic work.", "She had held the post for six months."],
    "harvard-president-resigns", n="US higher education."),
  OFF("2024-01-02 18:20", "Senior Hamas official killed in strike on Beirut suburb",
    ["Saleh al-Arouri, deputy head of Hamas's political bureau, was killed in an explosion in the southern suburbs of Beirut, Lebanese and Palestinian officials said.", "Israel did not comment."],
    "beirut-strike-arouri", n="another war (Middle East); shares the word 'strike'."),
  E("2024-01-02 15:30", "Russia says two hurt as rockets target Belgorod",
    ["Air defences shot down ten rockets over the Belgorod region, Russia's defence ministry said, and the regional governor reported two people injured by debris.",
     "The city has come under repeated attack since Saturday."],
    "strikes", "strikes", 3, "belgorod-rockets-2024-01-02", n="Must-not-merge with the Russian barrage on Kyiv and Kharkiv."),
  E("2024-01-02 12:10", "Poland scrambles jets during Russian missile attack on Ukraine",
    ["Poland's operational command said it had put fighter aircraft in the air as Russia carried out a massive attack on Ukraine, including on targets near the western border.",
     "Polish radar tracked the missiles and no object entered Polish airspace, it said."],
    "other", "security", 3, "poland-scrambles-jets-2024-01-02", sec=["strikes"],
    n="Precautionary air-defence posture by a non-party -> other/security (own story, not the barrage)."),
  E("2024-01-02 09:45", "At least three dead as Russia fires missiles at Kyiv and Kharkiv",
    ["Russia launched one of its largest missile attacks of the war on Tuesday morning, killing at least three people in Kyiv and Kharkiv and injuring dozens, Ukrainian officials said.",
     "The air force said it intercepted 72 of 99 missiles."],
    "strikes", "strikes", 3, "kyiv-kharkiv-missile-barrage-2024-01-02"),
  OFF("2024-01-02 09:20", "Japan Airlines jet bursts into flames after runway collision at Haneda",
    ["All 379 people on board a Japan Airlines passenger jet escaped after it collided with a coast guard aircraft on landing at Tokyo's Haneda airport.", "Five of the six crew on the coast guard plane were killed."],
    "haneda-runway-collision", n="air accident."),
  OFF("2024-01-02 06:15", "Death toll from Japan earthquake rises to 48",
    ["Rescuers in Ishikawa prefecture searched collapsed homes as the number of confirmed deaths from Monday's earthquake rose to 48.", "Thousands remain in evacuation centres."],
    "noto-earthquake", n="natural disaster."),
  OFF("2024-01-02 02:30", "South Korean opposition leader stabbed in Busan",
    ["Lee Jae-myung, head of the Democratic Party, was attacked with a knife during a visit to the site of a planned airport in Busan.", "He was flown to a hospital in Seoul for surgery."],
    "lee-jae-myung-stabbing", n="South Korean politics."),
  ]))

SEEDS.append(dict(id="2341", name="2341_jura-htmllive", ext="html", source="Jura Daily", zone="Europe/Kyiv", render=r_htmllive_graph, invented=True,
  title="Russia's New Year missile attack: live", url="https://juradaily.example/live/2024/01/02/missile-attack",
  lede="Russia struck Kyiv and Kharkiv with dozens of missiles on Tuesday morning.", tznote="Times are Kyiv time (EET).",
  fmt="HTML live blog, newest first; Yoast-style @graph JSON-LD, @type array, per-update times; visible 'HH:MM'; 'Author:' line after body",
  notes="Invented outlet. HTML live blog, newest first; visible 'HH:MM' (Kyiv, EET = UTC+2, stated in the intro) with the author's name after the body ('Author: NAME'). JSON-LD is a Yoast-style @graph whose live node has @type ['NewsArticle','LiveBlogPosting'] and per-update datePublished (+02:00). The analysis (04) is a theme piece with its own story. Shmyhal's appeal (02) and Kuleba's NATO request (2343-02) are separate statements; the Estonian package (01) and the British missiles (2342-04) are different aid packages. " + D3,
  not_entries=["masthead/menu", "title and intro (incl. time-zone note)", "'Author:' lines (author)", "Telegram promo", "footer"],
  entries=[
  E("2024-01-02 21:10", "Estonia announces new package of artillery rounds",
    ["Estonia will send Ukraine a further package of artillery ammunition and anti-tank weapons worth about 80 million euros, Defence Minister Hanno Pevkur said.",
     "The delivery is part of a pledge to give 0.25 percent of Estonia's GDP in military aid every year."],
    "aid", "aid", 2, "estonia-ammunition-package-2024-01-02", a="Mykola Serhiienko", n="Must-not-merge with the UK's air-defence missiles (2342-04)."),
  E("2024-01-02 19:00", "Shmyhal: air defence is the top need after the attack",
    ["Prime Minister Denys Shmyhal said Ukraine needed more air-defence systems and missiles from its partners as soon as possible after the morning attack.",
     "He said he had raised the matter with the European Commission."],
    "aid", "aid", 2, "shmyhal-air-defence-appeal-2024-01-02", a="Kateryna Lysenko", n="Appeal for air defence -> aid; separate statement from Kuleba's NATO request."),
  E("2024-01-02 17:05", "Polish army: jets in the air as missiles flew towards western Ukraine",
    ["Poland's armed forces said they had activated fighter jets and ground-based air defences during the Russian attack.",
     "The command said it was monitoring the situation with NATO allies."],
    "other", "security", 3, "poland-scrambles-jets-2024-01-02", a="Mykola Serhiienko", sec=["strikes"]),
  E("2024-01-02 14:40", "Analysis: Why Moscow saved its missiles for the new year",
    ["For weeks before the holidays, Ukrainian intelligence warned that Russia was holding back cruise and ballistic missiles for a winter campaign.",
     "Tuesday's attack, four days after the barrage of 29 December, suggests that stockpile is now being spent.",
     "The question is whether Kyiv's partners can resupply interceptors at the same pace."],
    "strikes", "strikes", 2, "analysis-russian-missile-stockpile", a="Kateryna Lysenko", n="Theme piece (analysis with body): own story, importance 2."),
  E("2024-01-02 12:25", "Kyiv death toll rises to three",
    ["Three people have now died in Kyiv after the morning missile attack, Mayor Vitali Klitschko said.",
     "Damage was reported in at least seven districts of the capital."],
    "strikes", "strikes", 3, "kyiv-kharkiv-missile-barrage-2024-01-02", a="Mykola Serhiienko"),
  E("2024-01-02 10:15", "Air force: 72 of 99 missiles shot down, including all Kinzhals",
    ["Ukraine's commander-in-chief Valerii Zaluzhnyi said Russia had launched 99 missiles of various types and that air defences destroyed 72 of them.",
     "All ten Kinzhal missiles fired at Kyiv were intercepted, he said."],
    "strikes", "strikes", 3, "kyiv-kharkiv-missile-barrage-2024-01-02", a="Kateryna Lysenko"),
  E("2024-01-02 08:20", "Explosions in Kyiv and Kharkiv as Russia attacks again",
    ["Loud explosions were heard in Kyiv and Kharkiv shortly after 7am as air-raid sirens sounded across Ukraine.",
     "Officials urged residents to stay in shelters."],
    "strikes", "strikes", 3, "kyiv-kharkiv-missile-barrage-2024-01-02", a="Mykola Serhiienko"),
  ]))

SEEDS.append(dict(id="2342", name="2342_swaledale-textlive", ext="txt", source="Swaledale Live", zone="Europe/London", render=r_textlive_gmt, invented=True,
  title="Russia attacks Kiev and Kharkov: as it happened", byline="Compiled by Alistair Brogden", dateline="Tuesday 2 January 2024",
  lede="Updates through the day on Russia's missile attack on Ukraine.",
  fmt="text live blog, OLDEST first, '07.55 GMT' stamp line then headline, page-level byline",
  notes="Invented outlet. Text live blog, oldest first; stamp line '05.40 GMT' (dot separator; London = UTC in January) then the headline. One page byline ('Compiled by Alistair Brogden') is every entry's author. Uses the spellings Kiev and Kharkov. Entry 06 is a photo teaser; entry 07 repeats entry 03 nearly verbatim (one number changed; duplicate_of 2342-03). " + D3,
  not_entries=["outlet name", "title", "'Compiled by' line", "date line", "intro line", "'Sponsored content'", "closing line and footer"],
  entries=[
  E("2024-01-02 05:40", "Air raid alert across Ukraine, blasts in Kiev",
    ["Air defence units were in action over Kiev as Russia launched a new wave of missiles, the city's military administration said.", "Residents reported a series of powerful explosions."],
    "strikes", "strikes", 3, "kyiv-kharkiv-missile-barrage-2024-01-02", a="Alistair Brogden"),
  E("2024-01-02 06:35", "Kharkov hit several times, mayor says",
    ["At least ten missiles hit Kharkov, Ukraine's second city, Mayor Ihor Terekhov said, reporting damage to homes and infrastructure."],
    "strikes", "strikes", 3, "kyiv-kharkiv-missile-barrage-2024-01-02", a="Alistair Brogden"),
  E("2024-01-02 08:20", "Two dead in Kiev as toll begins to rise",
    ["Two people were killed and more than 30 injured in Kiev, officials said, as rescuers worked at several damaged apartment blocks."],
    "strikes", "strikes", 3, "kyiv-kharkiv-missile-barrage-2024-01-02", a="Alistair Brogden"),
  E("2024-01-02 09:45", "UK to send 200 air-defence missiles, Shapps says",
    ["Defence Secretary Grant Shapps said Britain would send around 200 air-defence missiles to Ukraine in the coming weeks.", "He said the attack showed Putin's aim was to wipe out Ukraine."],
    "aid", "aid", 2, "uk-air-defence-missiles-2024-01-02", a="Alistair Brogden"),
  E("2024-01-02 11:30", "Poland puts jets on alert during attack",
    ["Poland's military said it had scrambled aircraft as a precaution during the Russian strikes on Ukraine.", "It reported no violation of Polish airspace."],
    "other", "security", 3, "poland-scrambles-jets-2024-01-02", a="Alistair Brogden", sec=["strikes"]),
  E("2024-01-02 13:10", "Photos: Rescuers search a damaged block in Kiev", [], "strikes", "strikes", 1, "kyiv-kharkiv-missile-barrage-2024-01-02", a="Alistair Brogden",
    n="Photo teaser without body -> importance 1."),
  E("2024-01-02 14:50", "Two dead in Kiev as toll begins to rise",
    ["Two people were killed and more than 40 injured in Kiev, officials said, as rescuers worked at several damaged apartment blocks."],
    "strikes", "strikes", 1, "kyiv-kharkiv-missile-barrage-2024-01-02", a="Alistair Brogden", dup="2342-03", n="Near-verbatim repeat of 2342-03 (30 -> 40 injured) -> importance 1."),
  E("2024-01-02 16:40", "Belgorod: Russia says rockets downed over city",
    ["Russia's defence ministry said ten Ukrainian rockets had been shot down over the Belgorod region, the latest in a string of attacks on the border city.", "The governor said two people were hurt by falling debris."],
    "strikes", "strikes", 3, "belgorod-rockets-2024-01-02", a="Alistair Brogden"),
  ]))

SEEDS.append(dict(id="2343", name="2343_kelmscott-article", ext="txt", source="Kelmscott Review", zone="Europe/London", render=r_textarticle, invented=True,
  title="Missiles over two cities, and a call to NATO", author="Imogen Fairlie", datetext="Tuesday 2 January 2024, 19:30 GMT",
  lede="The first big attack of the year killed five people and sent Kyiv back to its allies.", readmore="How Ukraine's air defences work", topics="Ukraine, Russia, NATO, Poland",
  fmt="text article with 3 section headings; one dateline",
  notes="Invented outlet. Single text article with three section headings; one entry per section, stamp null, published = the dateline (19:30 GMT = UTC); page byline is the author of every section. The toll has grown to five. Kuleba's request for a NATO-Ukraine Council meeting (02) is a separate statement from Shmyhal's appeal (2341-02). " + D3,
  not_entries=["outlet name and menu", "title and standfirst", "byline and dateline", "share line", "'Read more:' link", "topics line and footer"],
  entries=[
  E("2024-01-02 19:30", "The attack",
    ["Five people were killed and more than 130 injured when Russia fired close to a hundred missiles at Ukraine on Tuesday morning, most of them aimed at Kyiv and Kharkiv.",
     "The dead included three in Kyiv and two in Kharkiv, according to local officials."],
    "strikes", "strikes", 3, "kyiv-kharkiv-missile-barrage-2024-01-02", a="Imogen Fairlie"),
  E("2024-01-02 19:30", "A request to NATO",
    ["Foreign Minister Dmytro Kuleba said Ukraine had asked for an emergency meeting of the NATO-Ukraine Council to discuss more air-defence deliveries.",
     "He said partners should not wait for the next attack to act."],
    "diplomacy", "diplomacy", 2, "kuleba-nato-ukraine-council-request", a="Imogen Fairlie", sec=["aid"],
    n="Request for an alliance meeting (diplomacy) about air defence (aid secondary); separate statement from Shmyhal's appeal."),
  E("2024-01-02 19:30", "Warsaw on alert",
    ["Poland's armed forces again put fighter jets in the air, days after a Russian missile briefly crossed into Polish airspace.",
     "President Andrzej Duda met his national security advisers."],
    "other", "security", 3, "poland-scrambles-jets-2024-01-02", a="Imogen Fairlie", sec=["strikes"]),
  ]))

# =============================================================== emit
DAYS = {"day1": ["2320", "2321", "2322", "2323"], "day2": ["2330", "2331", "2332", "2333"], "day3": ["2340", "2341", "2342", "2343"]}
BASIS = {
  "r_spectator": "date line '{s}' (full date, 12 h time); UK local time implied by the outlet, BST = UTC+1",
  "r_jakarta": "no per-bullet time; the article's date line ({d} 14:05 WIB, UTC+7) used for every bullet",
  "r_arirang": "time '{s}' under the date heading for {d}; Korea time implied by the outlet, KST = UTC+9",
  "r_tvn24": "relative stamp '{s}' resolved against the printed 'Updated: 10.09.2024, 22:15' (Warsaw, CEST = UTC+2)",
  "r_moldpres": "pubDate '{s}' (explicit offset)",
  "r_georgiatoday": "date '{s}' (full date, 24 h); Tbilisi time implied by the outlet, UTC+4",
  "r_kazinform": "dc:date '{s}' (explicit offset)",
  "r_czech": "date '{s}' glued to the byline (full date, 24 h); Prague time implied by the outlet, CEST = UTC+2; the site clock line is the fetch day, ignored",
  "r_standard": "stamp '{s}' (GMT = UTC) under the page's date line 'Wednesday, July 24, 2024'",
  "r_irishmirror": "bare time '{s}'; the page prints no date (parse with --date {d}); Irish time, GMT = UTC in March",
  "r_textlive_ampm": "stamp '{s}' on the page's date {d}; 'All times BST' = UTC+1",
  "r_rss_world": "pubDate '{s}' (GMT = UTC)",
  "r_htmllive_ld": "stamp '{s}' with <time datetime> (+03:00) on {d}; Kyiv EEST; JSON-LD agrees",
  "r_textarticle": "no per-section time; the article dateline ({d}, {z}) used for every section",
  "r_htmllive_et": "stamp '{s}' under the date line {d}; ET in September = EDT = UTC-4",
  "r_textlive_bst": "stamp '{s}' on the page's date {d}; BST = UTC+1",
  "r_htmlarticle_ld": "no per-section time; the article date line ({d}, BST) used for every section; JSON-LD datePublished agrees",
  "r_atom_world": "<published> '{s}' (Z = UTC)",
  "r_htmllive_graph": "stamp '{s}' on {d}; Kyiv time (intro note), EET = UTC+2; JSON-LD update datePublished agrees",
  "r_textlive_gmt": "stamp '{s}' on the page's date {d}; GMT = UTC",
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
                 "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"]}
            if e["n"]:
                g["notes"] = e["n"]
            ents.append(g)
        gold = {"seed": fn, "source": S["source"], "page_title": S["title"], "page_timezone": S["zone"]}
        if S.get("parse_args"):
            gold["parse_args"] = S["parse_args"]
        gold.update({"format": S["fmt"], "notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]})
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print(fn, len(ents))


if __name__ == "__main__":
    main()

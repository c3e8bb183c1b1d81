#!/usr/bin/env python3
"""Builds eval/ai seeds and gold files from the hand-written table below (one table renders both).
All news text is invented or paraphrased; Part B outlets are invented. Deterministic.
Run: python3 eval/ai/tools/build.py"""
import json, html, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None):
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par)
    return par[:m.end()] if m else par


def esc(s):
    return html.escape(s, quote=False)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", (s or "item").lower()).strip("-")[:60]


def ap(d, style):
    hh = d.hour % 12 or 12
    am = d.hour < 12
    if style == "dotpm":      # 2.35pm
        return f"{hh}.{d.minute:02d}{'am' if am else 'pm'}"
    if style == "a.m.":       # 7:50 p.m.
        return f"{hh}:{d.minute:02d} {'a.m.' if am else 'p.m.'}"
    if style == "AM":         # 04:20 PM
        return f"{hh:02d}:{d.minute:02d} {'AM' if am else 'PM'}"
    if style == "am":         # 02:05 pm
        return f"{hh:02d}:{d.minute:02d} {'am' if am else 'pm'}"
    raise ValueError(style)


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def ldjson(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + "</script>"


def ent(s):  # HTML entities inside JSON-LD strings, as some CMSs emit them
    return s.replace("&", "&amp;").replace("'", "&#039;").replace('"', "&quot;")


# =============================================================== Part A renderers

def r_arabtimes(S):  # text scrape of a tag page; byline glued to the date: 'Nabil HaddadFebruary 01, 2023 - 04:20 PM'
    z = S["zone"]
    L = ["ARAB TIMES", "Kuwait's First English Language Daily", "", S["clock"],
         "Fajr 05:06  Sunrise 06:27  Dhuhr 12:03  Asr 15:10  Maghrib 17:36  Isha 18:53", "Kuwait City 17°C", "",
         "Home   Kuwait News   Business   World   Sports   Entertainment   Health   Opinion   E-Paper", "", "World",
         S["title"], f"{len(S['entries'])} articles", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{e['a']}{d:%B} {d:%d}, {d:%Y} - {ap(d, 'AM')}"; stamps.append(st)
        L += [e["h"], "By " + st, ""] + ptxt(e["p"]) + ["Read more", ""]
        if i == 2:
            L += ["Advertisement", ""]
        if i == 4:
            L += ["Subscribe to our newsletter", "Get the top stories from Kuwait and the world in your inbox.", "Enter your email", "Sign up", ""]
    L += ["Load more", "", "This website uses cookies to improve your experience. We'll assume you're ok with this. Accept  Read More", "",
          "About Us   Contact Us   Advertise   Privacy Policy", "Copyright © Arab Times. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_tbs(S):  # HTML topic listing; stamps '02 March, 2023, 02:05 pm'; CollectionPage JSON-LD with entity-escaped strings
    z = S["zone"]
    items = [{"@type": "ListItem", "position": i + 1, "name": ent(e["h"]), "url": f"https://www.tbsnews.net/world/{slug(e['h'])}-{S['id']}{i}"}
             for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@type": "CollectionPage", "name": ent(S["title"]),
          "description": ent("Latest news & analysis on the Russia-Ukraine war from The Business Standard"),
          "mainEntity": {"@type": "ItemList", "itemListElement": items}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | The Business Standard</title>",
           ldjson(ld), "</head><body>",
           '<header class="site-header"><div class="top-strip">Thursday, March 02, 2023</div><a class="logo" href="/">The Business Standard</a>',
           '<nav><a href="/">Home</a> <a href="/economy">Economy</a> <a href="/bangladesh">Bangladesh</a> <a href="/world">World</a> <a href="/sports">Sports</a> <a href="/features">Features</a> <a href="/videos">Videos</a></nav>',
           '<a class="epaper" href="/epaper">E-Paper</a></header>', '<main class="topic-page">', f"<h1>{esc(S['title'])}</h1>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d} {d:%B}, {d:%Y}, {ap(d, 'am')}"; stamps.append(st)
        out.append(f'<div class="card" id="c{i+1}"><h3 class="card-title"><a href="/world/{slug(e["h"])}">{esc(e["h"])}</a></h3>')
        out.append(f'<div class="card-meta"><span class="author">{esc(e["a"])}</span> <span class="date">{st}</span></div>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append('<div class="share"><a>Facebook</a> <a>Twitter</a> <a>Linkedin</a> <a>Whatsapp</a></div></div>')
        if i == 2:
            out.append('<aside class="most-read"><h4>Most Read</h4><ul><li><a href="/x1">Dollar rate climbs at kerb market</a></li><li><a href="/x2">Metro rail opens two more stations</a></li></ul></aside>')
    out += ['<a class="load-more" href="?page=2">Load More</a></main>',
            '<div class="newsletter"><h4>Subscribe to our newsletter</h4><input placeholder="Email"><button>Subscribe</button></div>',
            '<footer>Copyright © The Business Standard. All rights reserved. <a>About</a> <a>Privacy Policy</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_newsroom(S):  # text scrape of a running world update; date lines above the timeline, '2.35pm' stamps, newest first, crosses local midnight
    z = S["zone"]
    L = ["Newsroom", "Menu", "Politics   Business   Environment   Health   Technology   Sport   Ideas   World", "Become a member", "",
         "World", S["title"], S["lede"], "", S["byline"], "World Editor", "", "Share   Facebook   X   LinkedIn   Email", ""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        day = f"{d:%A} {d.day} {d:%B} {d:%Y}"
        if day != cur:
            L += [day, ""]; cur = day
        st = ap(d, "dotpm"); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 3:
            L += ["Newsroom is free to read. Support independent journalism — become a member today.", ""]
    L += ["Related stories", "NZ extends training deployment for Ukrainian soldiers", "", "Comments are closed.", "",
          "Newsroom is New Zealand's independent, non-partisan news site.", "About   Contact   Privacy   Terms"]
    return "\n".join(L) + "\n", stamps


def r_guardian_ng(S):  # HTML category page; relative stamps '3 hours ago' against the printed 'Updated: 10:30 PM' of the dated top bar
    z = S["zone"]; ref = dt(S["ref"], z)
    out = ['<!DOCTYPE html>', '<html lang="en-NG"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - The Guardian Nigeria News - Nigeria and World News</title></head><body>",
           f'<div class="topbar">{ref:%A}, {ref:%B} {ref.day}, {ref:%Y} | Updated: {ap(ref, "AM").lstrip("0")}</div>',
           '<header><a class="logo" href="/">The Guardian</a> <span class="motto">Conscience, Nurtured by Truth</span>',
           '<nav><a>News</a> <a>Nigeria</a> <a>World</a> <a>Africa</a> <a>Europe</a> <a>Politics</a> <a>Sport</a> <a>Business</a> <a>Opinion</a> <a>ePaper</a></nav></header>',
           f'<main><h1 class="category">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        st = f"{mins // 60} hours ago" if mins % 60 == 0 and mins >= 120 else (f"{mins} minutes ago" if mins < 60 else None)
        assert st, (e["t"], mins)
        stamps.append(st)
        out.append(f'<article class="post"><h2><a href="/news/world/{slug(e["h"])}">{esc(e["h"])}</a></h2>')
        out.append(f'<p class="meta">By <span class="author">{esc(e["a"])}</span> | <span class="time">{st}</span></p>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append('<div class="share">Share <a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a> <a>Email</a></div></article>')
        if i == 1:
            out.append('<aside class="related"><h3>Related</h3><a href="/r1">Naira steadies at official window</a></aside>')
    out += ['<div class="pagination"><a>1</a> <a>2</a> <a>3</a> <a>Next</a></div></main>',
            '<div class="newsletter">Get the latest news delivered to your inbox. <input placeholder="Your Email"> <button>Subscribe</button></div>',
            '<footer>© Guardian Newspapers. All rights reserved.</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_colombiaone(S):  # WordPress RSS 2.0: pubDate in +0000 although the outlet is in Bogota; 'The post ... appeared first on' tail
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           "<channel>", f"<title>{esc(S['title'])}</title>", "<link>https://colombiaone.com</link>",
           "<description>Colombia news in English</description>", "<language>en-US</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], S["zone"]).astimezone(UTC); st = u.strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        if i == 0:
            out.append(f"<lastBuildDate>{st}</lastBuildDate>")
        link = f"https://colombiaone.com/2023/09/08/{slug(e['h'])}/"
        body = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        body += f'<p>The post <a href="{link}">{esc(e["h"])}</a> appeared first on <a href="https://colombiaone.com">Colombia One</a>.</p>'
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{link}</link>", f"<dc:creator><![CDATA[{e['a']}]]></dc:creator>",
                f"<pubDate>{st}</pubDate>", f"<category><![CDATA[{S['cats'][i]}]]></category>",
                f'<guid isPermaLink="false">https://colombiaone.com/?p={S["id"]}{i+1}</guid>',
                f"<content:encoded><![CDATA[{body}]]></content:encoded>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_andina(S):  # RSS 1.0 (RDF) with dc:date -05:00 and entity-escaped HTML descriptions, no creators
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
           '<channel rdf:about="https://andina.pe/ingles/rss">', f"<title>{esc(S['title'])}</title>", "<link>https://andina.pe/ingles/</link>",
           "<description>Peruvian news agency, English service</description>", "<items><rdf:Seq>"]
    links = [f"https://andina.pe/ingles/noticia-{slug(e['h'])}-{S['id']}{i}.aspx" for i, e in enumerate(S["entries"])]
    out += [f'<rdf:li rdf:resource="{l}"/>' for l in links] + ["</rdf:Seq></items>", "</channel>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        desc = esc("".join(f"<p>{esc(p)}</p>" for p in e["p"]))
        out += [f'<item rdf:about="{links[i]}">', f"<title>{esc(e['h'])}</title>", f"<link>{links[i]}</link>",
                f"<description>{desc}</description>", f"<dc:date>{st}</dc:date>", "<dc:subject>International</dc:subject>", "</item>"]
    out.append("</rdf:RDF>")
    return "\n".join(out) + "\n", stamps


def r_khaosod(S):  # HTML running page with LiveBlogPosting JSON-LD (HTML entities inside JSON strings); '5 December 2023 14:38' in <time>
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{i+1}", "headline": ent(e["h"]), "datePublished": d.isoformat(),
             "articleBody": ent(" ".join(e["p"]))}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": ent(S["title"]),
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "Organization", "name": "Khaosod English"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Khaosod English</title>", ldjson(ld),
           "</head><body>", '<header class="kh-head"><a class="logo" href="/">Khaosod English</a><nav><a>News</a> <a>Politics</a> <a>Business</a> <a>Culture</a> <a>World</a> <a>Opinion</a> <a>Video</a></nav>',
           '<form class="search"><input placeholder="Search"></form></header>', '<main class="live">', '<span class="badge">LIVE UPDATES</span>',
           f"<h1>{esc(S['title'])}</h1>", f'<p class="excerpt">{esc(S["lede"])}</p>',
           '<div class="share-top"><a>Facebook</a> <a>X</a> <a>Line</a> <a>Copy link</a></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {d:%B} {d:%Y} {d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="update-{i+1}">')
        out.append(f'<time datetime="{d.isoformat()}">{st}</time>')
        out.append(f"<h2>{esc(e['h'])}</h2>")
        if e["a"]:
            out.append(f'<span class="by">By {esc(e["a"])}</span>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append("</article>")
        if i == 2:
            out.append('<div class="ad">Advertisement</div>')
    out += ["</main>", '<aside class="related"><h3>Related</h3><ul><li><a>Phuket welcomes record cruise arrivals</a></li><li><a>Baht weakens against dollar</a></li></ul></aside>',
            '<div class="newsletter">Subscribe to our newsletter <input placeholder="Email"> <button>Subscribe</button></div>',
            '<footer>© Khaosod English. All rights reserved. <a>About us</a> <a>Contact</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_observer(S):  # text scrape of a 'key events' article: each bullet line is one event; no per-item time, article dateline
    z = S["zone"]; d0 = dt(S["dateline"], z)
    L = ["Jamaica Observer", "Sign In   Subscribe", "Latest   News   Business   Sports   Entertainment   Lifestyle   Columns   World   ePaper", "",
         "World", S["title"], "", f"By {S['byline']}", f"{d0:%B} {d0.day}, {d0:%Y} {ap(d0, 'AM').lstrip('0')}", "",
         "Share   Facebook   X   WhatsApp   Email", "", S["lede"], ""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        if e["sec_head"] != cur:
            L += [e["sec_head"], ""]; cur = e["sec_head"]
        stamps.append(None)
        L += ptxt(e["p"])
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Now you can read the Jamaica Observer ePaper anytime, anywhere.", "", "Related Stories",
          "Cabinet approves new road repair budget", "Reggae Boyz name squad for Nations League", "",
          "Comments", "Please read our community guidelines before commenting.", "", "© Jamaica Observer. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_kosovo(S):  # HTML listing; '03.03.2023 14:38' on its own line AFTER the headline; header date is the fetch day (next day)
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Kosovo Online</title></head><body>",
           f'<div class="date-bar">{esc(S["clock"])}</div>',
           '<header><a class="logo" href="/en">Kosovo Online</a> <span class="langs">SRB | ALB | ENG</span>',
           '<nav><a>News</a> <a>Politics</a> <a>Dialogue</a> <a>Region</a> <a>World</a> <a>Economy</a> <a>Culture</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y} {d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="news-item"><h2><a href="/en/world/{slug(e["h"])}">{esc(e["h"])}</a></h2>')
        out.append(f'<div class="date">{st}</div>')
        if e["a"]:
            out.append(f'<div class="author">{esc(e["a"])}</div>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append('<div class="share"><a>Facebook</a> <a>Twitter</a> <a>Viber</a></div></div>')
        if i == 3:
            out.append('<aside class="most-read"><h3>Most read</h3><a>Mitrovica bridge reopening postponed again</a></aside>')
    out += ['<a class="more" href="?page=2">Older news</a></main>', '<footer>Kosovo Online © All rights reserved. Impressum | Contact | Marketing</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_newsam(S):  # text scrape of a news feed; bare 'HH:MM' on its own line BEFORE each headline; the page names no date at all
    z = S["zone"]
    L = ["NEWS.am", "Armenian news", "Arm   Rus   Eng   Tur", "", "Politics   Economy   Society   Region   World   Sport   Incidents   Culture", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"]) + ["Share   Facebook   Telegram", ""]
        if i == 3:
            L += ["Advertising", ""]
    L += ["All news", "", "When using materials, a hyperlink to NEWS.am is mandatory.", "© NEWS.am. All rights reserved."]
    return "\n".join(L) + "\n", stamps


# =============================================================== Part B renderers

def r_cawsand(S):  # text live blog, OLDEST first, '06:05 BST' stamps, Key Points, '— NAME' signature after body
    z = S["zone"]
    L = ["CAWSAND LIVE", "News   World   Politics   Money   Sport   Weather", "", S["title"], S["lede"], "", S["dateline"], "", "Key Points"]
    L += ["- " + e["h"] for e in S["entries"] if e["kp"]]
    L += ["", "Updates run oldest first. All times BST.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} BST"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += ["— " + e["a"], ""]
        L += ["Share this update", ""]
        if i == 4:
            L += ["ADVERTISEMENT", ""]
    L += ["That's all from us today. Coverage continues tomorrow.", "", "Cawsand Live · Terms · Privacy · Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_breage(S):  # HTML live, LiveBlogPosting JSON-LD with correct per-update times, <time datetime> with bare 'HH:MM', byline BEFORE headline
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#p{i+1}", "headline": e["h"], "datePublished": d.isoformat(), "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Breage Times</title>", ldjson(ld), "</head><body>",
           '<header><a class="brand" href="/">Breage Times</a><nav><a>World</a> <a>Ukraine</a> <a>Europe</a> <a>Business</a> <a>Opinion</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1><p class="dek">{esc(S["lede"])}</p><p class="date">{esc(S["dateline"])}</p><p class="note">{esc(S["note"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="post" id="p{i+1}"><time datetime="{d.isoformat()}">{st}</time>')
        if e["a"]:
            out.append(f'<p class="byline">By {esc(e["a"])}</p>')
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<div class="share"><button>Share</button> <button>Copy link</button></div></article>')
        if i == 2:
            out.append('<div class="promo">Read more: <a href="/ukraine">Our full coverage of the war in Ukraine</a></div>')
    out += ["</main>", "<footer>© Breage Times · About · Contact · Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss_world(S):  # general world RSS 2.0, GMT pubDates, escaped-HTML descriptions, no authors
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "<channel>", f"<title>{esc(S['title'])}</title>",
           f"<link>{S['url']}</link>", "<description>Top stories from around the world</description>", "<language>en-gb</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], S["zone"]).astimezone(UTC); st = u.strftime("%a, %d %b %Y %H:%M:%S GMT"); stamps.append(st)
        if i == 0:
            out.append(f"<lastBuildDate>{st}</lastBuildDate>")
        desc = esc("".join(f"<p>{esc(p)}</p>" for p in e["p"]))
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}news/{slug(e['h'])}</link>",
                f'<guid isPermaLink="false">{S["id"]}-{i+1}</guid>', f"<pubDate>{st}</pubDate>", f"<description>{desc}</description>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_textarticle(S):  # text article with section headings; one entry per section; stamp null, dateline time applies
    L = [S["mast"], "Home   World   Europe   Analysis   Sport", "", S["title"], S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Share   Email   Print", ""]
    stamps = []
    for e in S["entries"]:
        stamps.append(None)
        if S.get("sections", True):
            L += [e["h"], ""]
        L += ptxt(e["p"])
    L += ["More on this story", S["more"], "", f"© {S['mast']}. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_kenwyn(S):  # HTML live blog WITHOUT JSON-LD, newest first, '7:50 p.m. ET' stamps, author after headline
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Kenwyn Daily</title></head><body>",
           '<header class="kd"><a href="/">Kenwyn Daily</a> <nav><a>U.S.</a> <a>World</a> <a>Politics</a> <a>Markets</a> <a>Opinion</a></nav> <a class="sub">Subscribe</a></header>',
           f'<main><h1>{esc(S["title"])}</h1><p class="updated">{esc(S["updated"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ap(d, 'a.m.')} ET"; stamps.append(st)
        out.append(f'<div class="entry"><span class="stamp">{st}</span>')
        out.append(f"<h3>{esc(e['h'])}</h3>")
        if e["a"]:
            out.append(f'<span class="author">From {esc(e["a"])}</span>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
        if i == 1:
            out.append('<div class="ad-slot">Advertisement</div>')
    out += ['<button class="more">Load more updates</button></main>', "<footer>Kenwyn Daily © 2023 · Terms · Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_atom(S):  # Atom 1.0, explicit offsets in the page's zone, entity-escaped HTML content, per-entry author
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           f'<link href="{S["url"]}"/>', f"<id>{S['url']}</id>", f"<updated>{dt(S['entries'][0]['t'], z).isoformat()}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if S.get("utc") else d.isoformat(); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="{S["url"]}{slug(e["h"])}"/>', f"<id>{S['url']}{S['id']}-{i+1}</id>",
                f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_madron(S):  # text live, OLDEST first, '0740 GMT — Headline' on one line, 'By X' line under body
    z = S["zone"]
    L = ["MADRON REPORT", "Home | World | Ukraine | Economy | Sport", "", S["title"], S["lede"], "", S["dateline"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H%M} GMT"; stamps.append(st)
        L += [f"{st} — {e['h']}", ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"By {e['a']}", ""]
        if i == 2:
            L += ["Read more: Who is fighting around Bakhmut?", ""]
    L += ["Load more", "", "Madron Report 2023"]
    return "\n".join(L) + "\n", stamps


def r_illogan(S):  # HTML article, NewsArticle JSON-LD (entity-escaped), h2 sections, dateline '15 September 2023 • 16:45 BST'
    z = S["zone"]; d0 = dt(S["dt"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": ent(S["title"]), "datePublished": d0.isoformat(),
          "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": "Illogan Journal"},
          "description": ent(S["lede"])}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Illogan Journal</title>", ldjson(ld), "</head><body>",
           '<header><a href="/">Illogan Journal</a> <nav><a>News</a> <a>World</a> <a>Analysis</a> <a>Culture</a></nav></header>',
           f'<article class="story"><h1>{esc(S["title"])}</h1><p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="byline">By {esc(S["byline"])}</p><p class="dateline">{d0.day} {d0:%B} {d0:%Y} • {d0:%H:%M} BST</p>']
    stamps = []
    for e in S["entries"]:
        stamps.append(None)
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
    out += ['<div class="share">Share this article <a>Email</a> <a>Facebook</a></div></article>',
            '<aside><h3>Most read</h3><a>Autumn budget: what to expect</a></aside>', "<footer>© Illogan Journal</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_crantock(S):  # text live, OLDEST first, '2.35pm' stamps, 'Key events' block, author line 'Reporting by X'
    z = S["zone"]
    L = ["Crantock Live", "Live   News   Politics   World   Business   Sport", "", S["title"], "", S["dateline"], "All times GMT", "", "Key events"]
    L += [e["h"] for e in S["entries"] if e["kp"]]
    L += ["", "Show key events only", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ap(d, "dotpm"); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Reporting by {e['a']}", ""]
        if i == 3:
            L += ["Sponsored", ""]
    L += ["Back to top", "", "Crantock Live — independent news"]
    return "\n".join(L) + "\n", stamps


def r_duloe(S):  # HTML live with LiveBlogPosting JSON-LD (@graph, @type array), newest first, Kyiv EET '16:20' in <time>
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#u{i+1}", "headline": e["h"], "datePublished": d.isoformat(),
                    "articleBody": " ".join(e["p"]), "author": [{"@type": "Person", "name": e["a"]}] if e["a"] else []})
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "@id": "https://www.duloetimes.com/#site", "name": "Duloe Times"},
          {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
           "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} — Duloe Times</title>", ldjson(ld), "</head><body>",
           '<header><a href="/">Duloe Times</a> <nav><a>War in Ukraine</a> <a>World</a> <a>Economy</a> <a>Culture</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1><p class="lead">{esc(S["lede"])}</p><p class="tz">{esc(S["note"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<section class="live-item" id="u{i+1}"><header><time datetime="{d.isoformat()}">{st}</time> <h2>{esc(e["h"])}</h2></header>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<footer class="sig">{esc(e["a"])}</footer>')
        out.append("</section>")
        if i == 3:
            out.append('<div class="newsletter">Get our morning briefing: <input placeholder="email"> <button>Sign up</button></div>')
    out += ["</main>", "<footer>© Duloe Times 2023</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


# =============================================================== Part A table
SEEDS = []

SEEDS.append(dict(id="3600", name="3600_arabtimes-tag", ext="txt", source="Arab Times", zone="Asia/Kuwait", render=r_arabtimes,
  fmt="plain text, tag listing, byline glued to 'February 01, 2023 - 04:20 PM'", imitates="Arab Times (Kuwait)",
  title="Russia-Ukraine War", clock="Wednesday, February 1, 2023",
  notes="Text scrape of an Arab Times-style tag page, newest first. Each card: headline, then 'By ' + author name glued to the date ('Nabil HaddadFebruary 01, 2023 - 04:20 PM', no space), body, 'Read more'. Bodies open with an agency-style dateline ('KYIV, Feb 1, (Agencies):'), which is part of the first sentence. No zone printed: Kuwait time (UTC+3) implied by the outlet. All items 08:10-22:40 local = 05:10-19:40 UTC, 1 Feb 2023.",
  not_entries=["masthead and slogan", "site date line", "prayer-times line", "weather line", "section menu", "'World' section label and tag heading", "'7 articles' count", "'Read more' links", "'Advertisement'", "newsletter box", "'Load more'", "cookie notice", "footer links and copyright"],
  entries=[
  E("2023-02-01 22:40", "Russian missile strikes apartment block in Kramatorsk",
    ["KYIV, Feb 1, (Agencies): A Russian missile slammed into a residential building in the eastern city of Kramatorsk late on Wednesday, killing at least three people and trapping others under the rubble, regional officials said.",
     "Rescue teams worked through the night in freezing temperatures, and the Donetsk regional governor said the toll could rise."],
    "strikes", "strikes", 3, "kramatorsk-missile-strike-2023-02-01", a="Nabil Haddad", n="Deadly strike -> 3."),
  E("2023-02-01 19:15", "Ukraine's security service searches home of tycoon Kolomoisky",
    ["KYIV, Feb 1, (Agencies): Ukrainian investigators searched properties linked to billionaire Ihor Kolomoisky on Wednesday as part of a widening anti-corruption drive, officials said.",
     "The raids also targeted a former interior minister and tax officials, days before a planned summit with European Union leaders."],
    "other", "politics", 2, "kolomoisky-anticorruption-searches", a="Reem Al-Saleh"),
  E("2023-02-01 16:20", "Washington weighs longer-range rockets for Kyiv",
    ["WASHINGTON, Feb 1, (Agencies): The United States is preparing a new military aid package for Ukraine worth more than two billion dollars that could include rockets with roughly double the range of those already supplied, two officials said.",
     "The package has not yet been formally announced."],
    "aid", "aid", 2, "us-longer-range-rockets-package-report", a="Nabil Haddad", n="Reported, not yet announced -> 2 (judgement)."),
  E("2023-02-01 13:05", "Kuwait Red Crescent ships winter supplies for Ukrainian families",
    ["KUWAIT CITY, Feb 1: The Kuwait Red Crescent Society has dispatched a shipment of blankets, heaters and food parcels for displaced families in Ukraine, its secretary-general said on Wednesday.",
     "The cargo is being routed through Poland and is the society's third consignment since the start of the winter."],
    "aid", "aid", 2, "kuwait-red-crescent-winter-aid-ukraine", a="Reem Al-Saleh", n="Humanitarian goods to Ukraine -> aid."),
  E("2023-02-01 11:30", "Zelensky warns Moscow is gathering forces for new offensive",
    ["KYIV, Feb 1, (Agencies): President Volodymyr Zelensky said Russia was massing troops in the east and that Ukraine expected a major push within weeks.",
     "He repeated his appeal for faster deliveries of the battle tanks promised by Western governments last week."],
    "other", "frontline", 2, "zelensky-warns-russian-offensive-buildup", a="Nabil Haddad", sec=["aid"]),
  E("2023-02-01 09:45", "EU commissioners head to Kyiv ahead of summit",
    ["BRUSSELS, Feb 1, (Agencies): European Commission President Ursula von der Leyen and a team of commissioners are travelling to Kyiv for talks with the Ukrainian government before Friday's EU-Ukraine summit, the Commission said."],
    "diplomacy", "diplomacy", 2, "eu-commission-kyiv-visit-2023-02", a="Reem Al-Saleh"),
  E("2023-02-01 08:10", "Wagner fighters claim gains north of Bakhmut",
    ["MOSCOW, Feb 1, (Agencies): Russia's Wagner mercenary group said its fighters had captured a village north of Bakhmut, a claim Ukraine's military did not confirm.",
     "Kyiv's general staff said its troops had repelled attacks on several settlements in the area over the past day."],
    "other", "frontline", 2, "wagner-claims-village-north-of-bakhmut-2023-02-01", a="Nabil Haddad"),
  ]))

SEEDS.append(dict(id="3601", name="3601_tbs-topic", ext="html", source="The Business Standard", zone="Asia/Dhaka", render=r_tbs,
  fmt="HTML topic listing, '02 March, 2023, 02:05 pm' stamps, CollectionPage JSON-LD (entity-escaped names)", imitates="The Business Standard (Bangladesh)",
  title="Russia-Ukraine War",
  notes="HTML topic page of a Bangladeshi business daily, newest first. Each card: h3 headline, author span, date span '02 March, 2023, 02:05 pm' (12 h, lower-case am/pm), body paragraphs, share links. JSON-LD is a CollectionPage/ItemList with entity-escaped names (&#039;), no times. No zone printed: Bangladesh time (UTC+6) implied. 08:30-23:10 local = 02:30-17:10 UTC, 2 Mar 2023.",
  not_entries=["top strip date", "logo, nav, E-Paper link", "topic heading", "share links under each card", "'Most Read' aside", "'Load More'", "newsletter box", "footer"],
  entries=[
  E("2023-03-02 23:10", "Blinken and Lavrov meet briefly on G20 sidelines",
    ["US Secretary of State Antony Blinken spoke with Russian Foreign Minister Sergei Lavrov for about ten minutes in New Delhi on Thursday, the first face-to-face contact between the two since the invasion of Ukraine began.",
     "Blinken said he had urged Moscow to return to the New START nuclear treaty and to release a jailed American."],
    "diplomacy", "diplomacy", 3, "blinken-lavrov-g20-delhi-encounter", a="Sakib Hasan", n="Ministerial diplomatic move -> 3."),
  E("2023-03-02 20:35", "G20 foreign ministers end meeting without joint statement",
    ["A meeting of G20 foreign ministers in New Delhi ended without a joint communique after Russia and China objected to language on the war in Ukraine, host India said.",
     "India instead issued a chair's summary noting the disagreement."],
    "diplomacy", "diplomacy", 3, "g20-foreign-ministers-no-joint-statement-2023-03-02", a="Farzana Mitu",
    n="Separate story from the Blinken-Lavrov encounter at the same meeting (must not merge)."),
  E("2023-03-02 17:50", "Russia accuses Ukrainian saboteurs of raid in Bryansk region",
    ["Russian officials said on Thursday that an armed group from Ukraine had crossed into the Bryansk region and attacked villagers, an account Kyiv called a deliberate provocation.",
     "President Vladimir Putin described the incident as a terrorist act and cancelled a planned trip."],
    "other", "security", 2, "bryansk-incursion-claim-2023-03-02", a="Sakib Hasan"),
  E("2023-03-02 14:05", "Dhaka and Moscow agree yuan route for Rooppur payments",
    ["Bangladesh will pay for the Russian-built Rooppur nuclear power plant in Chinese yuan to get around Western sanctions on Russian banks, finance ministry officials said.",
     "About 300 million dollars in overdue instalments had been held up since last year."],
    "diplomacy", "diplomacy", 2, "rooppur-yuan-payments-sanctions", a="Farzana Mitu", n="Sanctions workaround -> diplomacy (sanctions)."),
  E("2023-03-02 11:20", "Missile strike on Zaporizhzhia apartment block kills three",
    ["A Russian missile hit a five-storey residential building in Zaporizhzhia early on Thursday, killing at least three people, Ukrainian emergency services said.",
     "Rescuers were still searching the rubble for survivors hours after the blast."],
    "strikes", "strikes", 3, "zaporizhzhia-apartment-missile-strike-2023-03-02", a="Sakib Hasan"),
  OFF("2023-03-02 08:30", "Garment exporters brace for weaker European orders",
    ["Bangladesh's apparel makers expect orders from European buyers to slow further in the coming months as high prices squeeze consumers, industry leaders said."],
    "bangladesh-garment-export-orders", a="Farzana Mitu", n="Bangladeshi garment exports."),
  ]))

SEEDS.append(dict(id="3602", name="3602_newsroom-timeline", ext="txt", source="Newsroom", zone="Pacific/Auckland", render=r_newsroom,
  fmt="plain text running update, date lines above the timeline, '2.35pm' stamps, crosses local midnight", imitates="Newsroom (New Zealand)",
  title="Ukraine war: the latest", lede="Developments from the war in Ukraine, updated through the day (NZ time).", byline="Tessa Marsh",
  notes="Text scrape of a running world update on a New Zealand site, newest first. Date lines ('Thursday 6 July 2023', 'Wednesday 5 July 2023') sit above the stamps; stamps are '2.35pm' style in NZ time (NZST, UTC+12 in July). The page crosses local midnight: entries run from 1.10pm Wed 5 July to 10.40am Thu 6 July local, which is 01:10-22:40 UTC on 5 July, one UTC day. Single page byline 'Tessa Marsh' (with a 'World Editor' title line) is used as every entry's author. 3602-07 is an 'Explained:' teaser with no body.",
  not_entries=["site name, menu and section links", "'Become a member'", "'World' label", "page title and lede", "byline and 'World Editor' lines", "share line", "date lines", "membership appeal", "'Related stories' link", "'Comments are closed.'", "footer"],
  entries=[
  E("2023-07-06 10:40", "Missiles hit apartment block in Lviv",
    ["Russian cruise missiles struck a residential building in the western Ukrainian city of Lviv overnight local time, killing at least four people, the city's mayor Andriy Sadovyi said.",
     "The attack was one of the heaviest on Lviv since the start of the full-scale invasion."],
    "strikes", "strikes", 3, "lviv-missile-strike-2023-07-06", a="Tessa Marsh", n="Deadly strike -> 3. Newest entry, printed under 'Thursday 6 July 2023' but 22:40 UTC on 5 July."),
  E("2023-07-06 08:15", "Zelensky expected in Bulgaria for talks on weapons and Nato",
    ["Ukraine's president is due in Sofia later on Thursday for talks with Bulgaria's new government, according to Bulgarian media.",
     "The trip comes days before Nato leaders gather in Vilnius."],
    "diplomacy", "diplomacy", 2, "zelensky-bulgaria-visit-2023-07", a="Tessa Marsh", n="Announced trip, not yet made -> 2."),
  E("2023-07-06 01:05", "IAEA asks for access to rooftops at Zaporizhzhia plant",
    ["The UN nuclear watchdog said its experts at the Zaporizhzhia nuclear power plant had not seen any mines or explosives during recent inspections but still needed access to the reactor roofs."],
    "other", "security", 2, "iaea-znpp-rooftop-access-request", a="Tessa Marsh",
    n="Separate statement from the Kremlin's warning about the same plant (3602-04): must not merge."),
  E("2023-07-05 23:50", "Kremlin says situation at nuclear plant 'tense'",
    ["Kremlin spokesman Dmitry Peskov said the situation around the Zaporizhzhia plant was tense and accused Kyiv of planning sabotage there, a claim Ukraine rejects."],
    "other", "security", 2, "kremlin-znpp-sabotage-warning-2023-07-05", a="Tessa Marsh"),
  E("2023-07-05 18:20", "Defence Force trainers to stay in Britain until mid-2024",
    ["New Zealand will keep its army instructors in the United Kingdom for another year to help train Ukrainian recruits, Defence Minister Andrew Little announced."],
    "aid", "aid", 2, "nz-training-deployment-extended", a="Tessa Marsh"),
  E("2023-07-05 15:30", "Heavy fighting reported on flanks of Bakhmut",
    ["Ukraine's deputy defence minister Hanna Maliar said troops were making gradual progress on the northern and southern flanks of Bakhmut."],
    "other", "frontline", 2, "bakhmut-flanks-fighting-2023-07-05", a="Tessa Marsh"),
  E("2023-07-05 13:10", "Explained: What happens at Nato's Vilnius summit", [], "diplomacy", "diplomacy", 1, "nato-vilnius-summit-preview",
    a="Tessa Marsh", n="Teaser link without body -> importance 1."),
  ]))

SEEDS.append(dict(id="3603", name="3603_guardianng-world", ext="html", source="The Guardian (Nigeria)", zone="Africa/Lagos", render=r_guardian_ng,
  fmt="HTML category page, relative stamps ('4 hours ago') against 'Updated: 10:30 PM' on a dated top bar", imitates="The Guardian (Nigeria)",
  title="World", ref="2023-05-09 22:30",
  notes="HTML world-news category page of a Nigerian daily, newest first. Cards show only relative stamps ('25 minutes ago', '4 hours ago'); the top bar prints 'Tuesday, May 9, 2023 | Updated: 10:30 PM' (West Africa Time, UTC+1, implied by the outlet), against which they resolve. Author in 'By X |' meta line. 09:30-22:05 WAT = 08:30-21:05 UTC, 9 May 2023.",
  not_entries=["top bar date/updated line", "logo, motto, nav", "category heading", "share rows", "'Related' aside", "pagination", "newsletter box", "footer"],
  entries=[
  E("2023-05-09 22:05", "Von der Leyen in Kyiv as EU marks Europe Day",
    ["European Commission President Ursula von der Leyen arrived in Kyiv on Tuesday for talks with President Volodymyr Zelensky, coinciding with the European Union's annual Europe Day celebrations.",
     "She said the bloc was working on an eleventh package of sanctions against Moscow."],
    "diplomacy", "diplomacy", 3, "von-der-leyen-kyiv-europe-day-2023", a="Chinedu Okafor"),
  E("2023-05-09 20:30", "Putin tells Red Square parade the West has unleashed war on Russia",
    ["President Vladimir Putin used a scaled-down Victory Day parade in Moscow to accuse Western countries of waging a real war against Russia.",
     "Only one tank rolled across Red Square this year, and several cities cancelled their parades citing security concerns."],
    "other", "politics", 2, "putin-victory-day-speech-2023", a="Adaeze Nwosu", sec=["diplomacy"],
    n="Domestic set-piece speech -> other/politics (judgement; diplomacy secondary)."),
  E("2023-05-09 18:30", "Kyiv says it downed most drones and missiles in overnight attack",
    ["Ukraine's air defences shot down 23 of 25 cruise missiles fired at the country overnight, the military said, with debris injuring five people in Kyiv."],
    "strikes", "strikes", 3, "kyiv-overnight-missile-attack-2023-05-09", a="Chinedu Okafor", n="Large attack -> 3."),
  E("2023-05-09 15:30", "Missiles set food warehouse ablaze in Odesa",
    ["A Russian missile attack on Odesa set fire to a food storage facility and killed one worker, the southern military command said."],
    "strikes", "strikes", 2, "odesa-warehouse-missile-strike-2023-05-09", a="Adaeze Nwosu",
    n="Different place from the Kyiv attack (3603-03): must not merge. Single death, secondary -> 2 (judgement)."),
  E("2023-05-09 12:30", "Nigerian students who fled Ukraine still waiting for placements",
    ["More than a year after they were evacuated from Ukraine, hundreds of Nigerian medical students say they are still waiting to be admitted to universities at home or abroad.",
     "A spokesman for the Ministry of Education said the federal government was reviewing transfer requests case by case."],
    "other", "humanitarian", 2, "nigerian-students-ukraine-placements", a="Tobi Adeyemi"),
  E("2023-05-09 09:30", "Grain deal talks to resume in Istanbul this week",
    ["Delegations from Russia, Ukraine, Turkey and the United Nations are to meet in Istanbul on Wednesday and Thursday to discuss the future of the Black Sea grain deal, Turkish officials said."],
    "diplomacy", "diplomacy", 2, "black-sea-grain-deal-istanbul-talks-2023-05", a="Tobi Adeyemi"),
  ]))

SEEDS.append(dict(id="3604", name="3604_colombiaone-feed", ext="xml", source="Colombia One", zone="America/Bogota", render=r_colombiaone,
  fmt="WordPress RSS 2.0, pubDate in +0000, content:encoded with 'The post ... appeared first on' tail", imitates="Colombia One",
  title="Colombia One", cats=["Politics", "World", "World", "Economy", "World", "Bogotá"],
  notes="WordPress-style RSS 2.0 of a Colombian English-language site. pubDates are printed in +0000 (UTC) although the outlet is in Bogota (UTC-5): published is the UTC instant; published_local is Bogota time. dc:creator is the author. content:encoded ends with a WordPress 'The post ... appeared first on Colombia One.' paragraph, which is chrome (not counted in body_paragraphs). 08:10-18:30 Bogota = 13:10-23:30 UTC, 8 Sep 2023.",
  not_entries=["channel title/description", "'The post ... appeared first on Colombia One.' tail in every item", "category tags"],
  entries=[
  E("2023-09-08 18:30", "Petro says Latin America could help broker peace in Ukraine",
    ["President Gustavo Petro said on Friday that Latin American countries could act as neutral mediators between Russia and Ukraine, repeating his refusal to send weapons to either side.",
     "He made the remarks at an event in Bogotá ahead of his trip to the United Nations General Assembly later this month."],
    "diplomacy", "diplomacy", 2, "petro-latin-america-mediation-ukraine", a="Ana Lucía Rojas", n="Statement, not a move -> 2."),
  E("2023-09-08 15:45", "Family of Colombian volunteer killed in Ukraine asks for help to repatriate body",
    ["The family of a former Colombian soldier who died fighting with Ukrainian forces near Bakhmut has asked the Foreign Ministry to help bring his remains home.",
     "Hundreds of retired Colombian servicemen are believed to have joined Ukraine's international legion."],
    "other", "humanitarian", 2, "colombian-volunteer-killed-repatriation", a="Camilo Vargas"),
  E("2023-09-08 13:20", "Colombian army offers demining know-how to Ukraine",
    ["Colombia's army has offered to train Ukrainian sappers in clearing landmines, drawing on decades of experience in its own conflict, a defence ministry official said.",
     "The offer covers instruction only and does not include any equipment."],
    "aid", "aid", 2, "colombia-demining-training-offer", a="Camilo Vargas"),
  OFF("2023-09-08 11:05", "Coffee exports slip in August as prices ease",
    ["Colombia's coffee exports fell by about eight percent in August compared with the same month last year, the national growers' federation reported."],
    "colombia-coffee-exports-august-2023", a="Ana Lucía Rojas", n="Colombian coffee exports."),
  E("2023-09-08 09:40", "Drone attack damages grain silos in Odesa region",
    ["Russian drones struck port infrastructure in Ukraine's Odesa region overnight, damaging grain silos, the regional governor said.",
     "No injuries were reported."],
    "strikes", "strikes", 2, "odesa-region-port-drone-attack-2023-09-08", a="Camilo Vargas"),
  OFF("2023-09-08 08:10", "Bogotá air quality alert lifted after rains",
    ["The city government lifted an environmental alert in the south-west of Bogotá after heavy overnight rain cleared pollution from the air."],
    "bogota-air-quality-alert-2023-09", a="Ana Lucía Rojas", n="Bogotá local news."),
  ]))

SEEDS.append(dict(id="3605", name="3605_andina-rdf", ext="xml", source="Andina", zone="America/Lima", render=r_andina,
  fmt="RSS 1.0 (RDF), dc:date with -05:00, entity-escaped HTML descriptions, no authors", imitates="Andina (Peru, English service)",
  title="Andina - International",
  notes="RSS 1.0 / RDF feed of a Peruvian state news agency's English service, newest first. dc:date carries the Lima offset (-05:00). Descriptions are entity-escaped HTML paragraphs. No creators: author null. Two of six items are Peruvian news unrelated to the war. 06:30-18:40 Lima = 11:30-23:40 UTC, 10 Nov 2023.",
  not_entries=["channel title/description", "rdf:Seq item list", "dc:subject labels"],
  entries=[
  OFF("2023-11-10 18:40", "Central bank expects inflation to keep easing after rate cut",
    ["Peru's central bank expects annual inflation to return to its target range in the coming months after lowering its reference rate to 7.25 percent, its chief economist said on Friday."],
    "peru-central-bank-inflation-outlook", n="Peruvian monetary policy."),
  E("2023-11-10 16:15", "EU leaders to weigh opening membership talks with Ukraine",
    ["European Union governments will decide in December whether to open accession negotiations with Ukraine, after the European Commission recommended the step this week.",
     "Hungary has signalled it could block the decision."],
    "diplomacy", "diplomacy", 2, "eu-ukraine-accession-talks-recommendation"),
  E("2023-11-10 13:50", "Russian missile strikes Odesa port, injuring eight",
    ["A Russian missile hit a civilian vessel and port buildings in Odesa on Friday, injuring eight people, Ukraine's southern command said."],
    "strikes", "strikes", 2, "odesa-port-missile-strike-2023-11-10", n="Injuries, no deaths -> 2 (judgement)."),
  E("2023-11-10 11:20", "Peru backs UN call for safety at Zaporizhzhia nuclear plant",
    ["Peru has co-sponsored a draft resolution at the UN General Assembly calling for the Zaporizhzhia nuclear plant to be returned to Ukrainian control, the Foreign Ministry reported."],
    "diplomacy", "diplomacy", 2, "peru-un-znpp-resolution"),
  OFF("2023-11-10 09:05", "Machu Picchu to sell extra tickets for the holiday season",
    ["Peru's Culture Ministry will offer additional daily tickets to the Machu Picchu citadel between December and January to meet demand from tourists."],
    "machu-picchu-extra-tickets", n="Peruvian tourism."),
  E("2023-11-10 06:30", "Ukraine says Russian forces keep up assaults near Avdiivka",
    ["Ukraine's military said it had repelled more than 20 Russian attacks around the eastern town of Avdiivka over the past day."],
    "other", "frontline", 2, "avdiivka-assaults-2023-11-10"),
  ]))

SEEDS.append(dict(id="3606", name="3606_khaosod-live", ext="html", source="Khaosod English", zone="Asia/Bangkok", render=r_khaosod,
  fmt="HTML running page, LiveBlogPosting JSON-LD with HTML entities in strings, '5 December 2023 14:38' in <time>", imitates="Khaosod English (Thailand)",
  title="Ukraine war: latest updates", lede="Key developments from the war, updated through the day (Bangkok time).", url="https://www.khaosodenglish.com/world/ukraine-live-5-dec",
  notes="HTML running page, newest first, with schema.org LiveBlogPosting JSON-LD whose headline/articleBody strings contain HTML entities (&#039; &quot; &amp;) as some CMSs emit them; per-update datePublished carries +07:00 and agrees with the visible <time> text '5 December 2023 14:38'. Some updates have a 'By X' line under the headline, others none (author null). Bangkok time UTC+7. 07:40-22:50 local = 00:40-15:50 UTC, 5 Dec 2023.",
  not_entries=["header, nav, search", "'LIVE UPDATES' badge", "page title and excerpt", "top share links", "'Advertisement'", "'Related' aside", "newsletter box", "footer"],
  entries=[
  E("2023-12-05 22:50", "White House warns Ukraine aid money will run out by year-end",
    ["The White House budget director told Congress the United States would run out of money to send weapons and equipment to Ukraine by the end of the year unless lawmakers approve more funding.",
     "Republican leaders in the House have tied any new aid to tougher measures on the US-Mexico border."],
    "aid", "aid", 3, "white-house-ukraine-funding-warning-2023-12", a="Pravit Somsak", n="Funding decisions/debate in Congress, major -> 3."),
  E("2023-12-05 20:15", "Zelensky drops out of video briefing for US senators",
    ["Ukraine's president cancelled a planned video appearance before US senators on Tuesday at the last minute, according to Senate leader Chuck Schumer."],
    "aid", "aid", 2, "zelensky-cancels-senate-briefing-2023-12-05", sec=["diplomacy"],
    n="Part of the Senate aid debate; own event (cancelled appearance), not the budget warning."),
  E("2023-12-05 17:30", "Kremlin confirms Putin will travel to Gulf this week",
    ["President Vladimir Putin will visit the United Arab Emirates and Saudi Arabia on Wednesday, the Kremlin said, a rare trip abroad since the International Criminal Court issued a warrant for his arrest."],
    "diplomacy", "diplomacy", 2, "putin-gulf-trip-2023-12"),
  E("2023-12-05 14:38", "Shelling kills two in Kherson region villages",
    ["Russian artillery fire killed two civilians and wounded three others in villages along the Dnipro river in the Kherson region, the regional governor said."],
    "strikes", "strikes", 2, "kherson-region-shelling-2023-12-05", a="Nattaya Chaiwat"),
  OFF("2023-12-05 11:05", "Bangkok air quality worsens as haze returns",
    ["Fine dust levels exceeded safe limits in more than 30 Bangkok districts on Tuesday, and city officials urged residents to wear masks outdoors."],
    "bangkok-pm25-haze-2023-12", a="Nattaya Chaiwat", n="Bangkok air pollution."),
  E("2023-12-05 07:40", "Russia says drones shot down over Crimea and Black Sea",
    ["Russia's defence ministry said its air defences destroyed 41 Ukrainian drones over Crimea and the Black Sea overnight."],
    "strikes", "strikes", 2, "crimea-drones-downed-2023-12-05"),
  ]))

SEEDS.append(dict(id="3607", name="3607_observer-keyevents", ext="txt", source="Jamaica Observer", zone="America/Jamaica", render=r_observer,
  fmt="plain text article; 'key events' list where each paragraph under Fighting/Diplomacy/Weapons headings is one event; no per-item time",
  imitates="Jamaica Observer", title="Russia-Ukraine war: Key events on Tuesday, July 25", byline="Kemar Blackwood", dateline="2023-07-25 16:35",
  lede="Here is a look at the main developments in the war on its 517th day.",
  notes="Text scrape of a syndicated 'key events' article. Each paragraph under the section headings (Fighting, Diplomacy and security, Weapons and aid) is one event with no headline of its own (headline null) and no time of its own: published is the article dateline 'July 25, 2023 4:35 PM' (Jamaica time, UTC-5, no DST) = 21:35 UTC, 25 Jul 2023; author is the page byline. These paragraphs are the entries themselves, not a Key Points block, so key_point is false for all. 3607-04 (Lukashenko on Wagner) and 3607-05 (Poland moving troops) are separate statements/actions (must not merge).",
  not_entries=["masthead, sign-in, menu", "'World' label", "title, byline, dateline", "share line", "lede sentence", "section headings", "'Advertisement'", "ePaper promo", "'Related Stories' links", "comments block", "copyright"],
  entries=[
  dict(E("2023-07-25 16:35", None, ["Russian drones struck grain warehouses at the Danube port of Reni overnight, Ukrainian officials said, in the latest attack on the country's export routes. Seven people were injured."],
    "strikes", "strikes", 2, "reni-port-drone-strike-2023-07-24", a="Kemar Blackwood"), sec_head="Fighting"),
  dict(E("2023-07-25 16:35", None, ["Russian officials said two Ukrainian drones hit office buildings in central Moscow on Monday, including one close to the defence ministry headquarters. No one was killed."],
    "strikes", "strikes", 2, "moscow-drone-strike-2023-07-24", a="Kemar Blackwood", n="Different place from the Reni attack: must not merge."), sec_head="Fighting"),
  dict(E("2023-07-25 16:35", None, ["Ukraine's deputy defence minister said troops had retaken about 12 square kilometres in the south over the past week."],
    "other", "frontline", 2, "ukraine-southern-gains-weekly-2023-07-24", a="Kemar Blackwood"), sec_head="Fighting"),
  dict(E("2023-07-25 16:35", None, ["Belarusian leader Alexander Lukashenko said Wagner fighters based in his country were eager to head west, remarks that alarmed neighbouring Poland."],
    "other", "security", 2, "lukashenko-wagner-remarks-2023-07", a="Kemar Blackwood"), sec_head="Diplomacy and security"),
  dict(E("2023-07-25 16:35", None, ["Poland said it would move more troops to its eastern border in response to the arrival of Wagner forces in Belarus."],
    "other", "security", 2, "poland-troops-eastern-border-2023-07", a="Kemar Blackwood"), sec_head="Diplomacy and security"),
  dict(E("2023-07-25 16:35", None, ["Turkey's president said he would discuss reviving the Black Sea grain deal with Vladimir Putin when the two next meet."],
    "diplomacy", "diplomacy", 2, "erdogan-grain-deal-revival-2023-07", a="Kemar Blackwood"), sec_head="Diplomacy and security"),
  dict(E("2023-07-25 16:35", None, ["Denmark and the Netherlands said a coalition of countries would begin training Ukrainian pilots on F-16 jets in August."],
    "aid", "aid", 2, "f16-training-coalition-august-2023", a="Kemar Blackwood"), sec_head="Weapons and aid"),
  ]))

SEEDS.append(dict(id="3608", name="3608_kosovoonline-world", ext="html", source="Kosovo Online", zone="Europe/Belgrade", render=r_kosovo,
  fmt="HTML listing, '03.03.2023 14:38' on its own line after the headline; header shows the next day (fetch day)", imitates="Kosovo Online (English)",
  title="World", clock="Saturday, 4 March 2023",
  notes="HTML news listing, newest first. The date bar shows the fetch day (Saturday, 4 March 2023), not the items' day; every item prints its own '03.03.2023 14:38' line below the headline. No zone printed: Central European Time (UTC+1) implied by the outlet. No bylines (author null). 3608-05 (Kosovo-Serbia dialogue) is not about the war: off-beat. 08:15-21:15 CET = 07:15-20:15 UTC, 3 Mar 2023.",
  not_entries=["date bar (fetch day)", "logo, language switch, nav", "page heading", "share links", "'Most read' aside", "'Older news' link", "footer"],
  entries=[
  E("2023-03-03 21:15", "US announces 400 million dollar weapons package for Ukraine",
    ["The United States unveiled a new 400 million dollar military aid package for Ukraine on Friday, made up mostly of ammunition for HIMARS launchers and artillery."],
    "aid", "aid", 3, "us-400m-package-2023-03-03", n="Major aid package -> 3."),
  E("2023-03-03 18:40", "Vučić: Serbia will not join sanctions against Russia",
    ["Serbian President Aleksandar Vučić said Belgrade would not impose sanctions on Moscow despite pressure from Brussels, adding that Serbia respected Ukraine's territorial integrity."],
    "diplomacy", "diplomacy", 2, "vucic-no-sanctions-on-russia-2023-03"),
  E("2023-03-03 15:20", "Prigozhin says Bakhmut practically surrounded",
    ["Wagner chief Yevgeny Prigozhin claimed his fighters had almost encircled the eastern Ukrainian city of Bakhmut and urged President Volodymyr Zelensky to let his troops leave."],
    "other", "frontline", 2, "prigozhin-bakhmut-encirclement-claim"),
  E("2023-03-03 12:05", "Kosovo to host more Ukrainian journalists under relocation programme",
    ["Kosovo will take in a second group of Ukrainian journalists for a year-long stay, the government in Pristina said, extending a programme launched in 2022."],
    "other", "humanitarian", 2, "kosovo-ukrainian-journalists-programme"),
  OFF("2023-03-03 10:30", "Lajčák: leaders to discuss implementation of EU proposal in Ohrid",
    ["EU envoy Miroslav Lajčák said leaders of Serbia and Kosovo would meet in Ohrid later this month to discuss implementing the European proposal on normalising relations."],
    "ohrid-belgrade-pristina-meeting", n="Belgrade-Pristina dialogue, not the Russia-Ukraine war."),
  E("2023-03-03 08:15", "Kherson comes under heavy shelling overnight",
    ["Russian forces shelled Kherson and nearby villages dozens of times overnight, wounding four civilians, the regional administration said."],
    "strikes", "strikes", 2, "kherson-shelling-2023-03-03"),
  ]))

SEEDS.append(dict(id="3609", name="3609_newsam-feed", ext="txt", source="NEWS.am", zone="Asia/Yerevan", render=r_newsam,
  fmt="plain text news feed, bare 'HH:MM' line before each headline, page names no date (--date needed)", imitates="news.am (Armenia, English)",
  title="News feed", parse_args=["--date", "2023-05-24"],
  notes="Text scrape of an Armenian site's English news feed, newest first. Each item: bare 'HH:MM' line, headline, body, share line. The page names no date or year anywhere, so the day comes from --date 2023-05-24 (parse_args). No zone printed: Armenia time (UTC+4) implied by the outlet. No bylines. 3609-01 (EAEU summit trip) and 3609-05 (metro fares) are not about the war: off-beat. 09:10-21:05 local = 05:10-17:05 UTC.",
  not_entries=["site name, language switch, menu", "'News feed' heading", "share lines", "'Advertising'", "'All news'", "reuse notice and copyright"],
  entries=[
  OFF("2023-05-24 21:05", "Pashinyan leaves for Moscow to attend EAEU summit",
    ["Prime Minister Nikol Pashinyan departed for Moscow, where he will take part in a meeting of the Supreme Eurasian Economic Council on Thursday."],
    "pashinyan-eaeu-summit-moscow-2023-05", n="Eurasian Economic Union summit, not about the war."),
  E("2023-05-24 19:40", "Russian MoD: armed group that crossed into Belgorod region routed",
    ["Russia's defence ministry said the units that entered the Belgorod region from Ukraine earlier this week had been pushed back and more than 70 fighters killed."],
    "other", "frontline", 2, "belgorod-incursion-2023-05"),
  E("2023-05-24 17:15", "Drones hit buildings in Krasnodar",
    ["Two drones struck an office building and a residential area in the southern Russian city of Krasnodar early on Wednesday, the regional governor reported."],
    "strikes", "strikes", 2, "krasnodar-drone-strike-2023-05-24"),
  E("2023-05-24 15:30", "Kremlin sees no basis for talks with Kyiv",
    ["Kremlin spokesman Dmitry Peskov said there were currently no conditions for peace negotiations with Ukraine."],
    "diplomacy", "diplomacy", 2, "kremlin-no-talks-basis-2023-05-24"),
  OFF("2023-05-24 12:20", "Yerevan raises metro fares from next month",
    ["The Yerevan municipality has approved an increase in the metro fare to 150 drams, starting next month."],
    "yerevan-metro-fares", n="Yerevan city news."),
  E("2023-05-24 10:05", "F-16 training coalition to start with Ukrainian pilots this summer",
    ["The Netherlands and Denmark will lead a European coalition to train Ukrainian pilots on F-16 fighter jets, the Dutch defence minister said."],
    "aid", "aid", 2, "f16-coalition-netherlands-denmark-2023-05"),
  E("2023-05-24 09:10", "Kyiv: all drones launched overnight destroyed",
    ["Ukraine's air force said it had shot down all 36 drones Russia launched overnight, most of them over the Kyiv region."],
    "strikes", "strikes", 2, "overnight-drone-attack-2023-05-24"),
  ]))


# =============================================================== Part B, day 1: Thursday 2023-09-14
IZ1 = "izmail-port-drone-strike-2023-09-14"
KIM = "kim-jong-un-russia-far-east-tour-2023-09"
CRI = "crimea-s400-yevpatoria-strike-2023-09-14"
JAP_H = "Japan approves grant for generators to Ukraine"
JAP_P1 = "Japan's government approved a grant to buy mobile power generators and transformers for Ukrainian towns whose energy networks were damaged by Russian attacks, its embassy in Kyiv said."
KIM_P1 = "North Korea's leader left the Vostochny space centre, where he held talks with Vladimir Putin on Wednesday, and travelled on by armoured train to other sites in the Russian Far East."

SEEDS.append(dict(id="3620", name="3620_cawsand-textlive", ext="txt", source="Cawsand Live", zone="Europe/London", render=r_cawsand,
  fmt="text live, oldest first, '06:05 BST' stamps, Key Points, '— NAME' signature",
  title="Ukraine war live: drones hit Danube port of Izmail",
  lede="Ukrainian officials report injuries after an overnight attack on grain facilities; Kim Jong Un continues his Russia trip.",
  dateline="Thursday 14 September 2023",
  notes="Text live blog, oldest first ('Updates run oldest first. All times BST.'). Stamps '06:05 BST' (UK summer time, UTC+1) on the line above each headline; signature '— NAME' after the body. The Key Points block lists the headlines of 3620-01 and 3620-02. 3620-03 is a 'Watch:' teaser without body. 3620-08 repeats 3620-04 nearly verbatim (one word changed). Izmail injury toll grows from two (3620-01) to six (3620-06). 06:05-17:50 BST = 05:05-16:50 UTC, 14 Sep 2023.",
  not_entries=["masthead and menu", "title and lede", "date line", "'Key Points' heading and its list (headlines of 3620-01/-02, not separate entries)", "'Updates run oldest first...' note", "'— NAME' signature lines", "'Share this update'", "'ADVERTISEMENT'", "closing note", "footer"],
  entries=[
  E("2023-09-14 06:05", "Drones hit grain facilities at Izmail port",
    ["Russian attack drones targeted the Danube river port of Izmail overnight, damaging grain storage and port buildings, the Odesa regional governor Oleh Kiper said.",
     "Two people were injured, according to the first reports. Air defences shot down most of the drones launched at the south of the country, the air force said."],
    "strikes", "strikes", 3, IZ1, a="Ruth Penrose", kp=True),
  E("2023-09-14 07:20", "Ukraine says it destroyed Russian air defence system in Crimea",
    ["Ukraine's military intelligence said an S-400 surface-to-air missile system near Yevpatoria in occupied Crimea had been destroyed in a drone and missile operation.",
     "Moscow has not commented on the claim."],
    "strikes", "strikes", 3, CRI, a="Ruth Penrose", kp=True, n="Different place and direction from the Izmail attack: must not merge."),
  E("2023-09-14 08:45", "Watch: smoke rises over the Izmail waterfront", [], "strikes", "strikes", 1, IZ1, n="Video teaser without body -> importance 1."),
  E("2023-09-14 10:30", "Kim Jong Un continues tour of Russia's Far East",
    [KIM_P1, "Western governments fear the visit will lead to North Korean artillery shells being supplied to Russia for its war in Ukraine."],
    "diplomacy", "diplomacy", 3, KIM, a="Ifan Lloyd", n="Carried by 3620, 3622, 3623 -> 3."),
  E("2023-09-14 12:15", "Netherlands pledges funds for demining Ukrainian farmland",
    ["The Dutch government said it would provide 12 million euros to clear mines and unexploded munitions from agricultural land in the Kharkiv and Mykolaiv regions."],
    "aid", "aid", 2, "netherlands-demining-pledge-2023-09-14", a="Ifan Lloyd", n="Must not merge with Japan's generator grant (3621-02)."),
  E("2023-09-14 14:38", "Izmail port attack: number of injured rises to six",
    ["Six people are now known to have been hurt in the overnight drone attack on Izmail, regional officials said, up from two earlier in the day.",
     "Ukraine's deputy prime minister for reconstruction, Oleksandr Kubrakov, said the strike destroyed more than 6,000 tonnes of grain bound for Africa and Asia."],
    "strikes", "strikes", 3, IZ1, a="Ruth Penrose", n="Toll update of the same attack -> same story."),
  E("2023-09-14 16:05", "Kuleba presses allies for more air defence before winter",
    ["Foreign Minister Dmytro Kuleba urged Ukraine's partners to deliver additional air defence systems before the cold season, warning that Russia was stockpiling missiles to attack the power grid again."],
    "aid", "aid", 2, "kuleba-air-defence-appeal-2023-09-14", a="Ifan Lloyd",
    n="Separate statement from Zelensky's evening address (3621-01): must not merge."),
  E("2023-09-14 17:50", "Kim Jong Un continues tour of Russia's Far East",
    [KIM_P1, "Western governments fear the visit will lead to North Korean artillery shells being supplied to Russia for the war in Ukraine."],
    "diplomacy", "diplomacy", 1, KIM, a="Ifan Lloyd", dup="3620-04", n="Near-verbatim repeat of 3620-04 -> importance 1."),
  ]))

SEEDS.append(dict(id="3621", name="3621_breage-ldlive", ext="html", source="Breage Times", zone="Europe/Kyiv", render=r_breage,
  fmt="HTML live + LiveBlogPosting JSON-LD, <time datetime> with bare 'HH:MM', byline before headline", url="https://www.breagetimes.com/world/ukraine-live-2023-09-14",
  title="Russia-Ukraine war: live updates", dateline="Thursday, 14 September 2023", lede="Drone strike on Izmayil port, Crimea air-defence claim and more.", note="All times are Kyiv time (UTC+3).",
  notes="HTML live blog, newest first, date line 'Thursday, 14 September 2023' under the title. Each post: <time datetime='...+03:00'> with visible 'HH:MM' (Kyiv time, stated in the page note), optional 'By X' line BEFORE the h2 headline, body. LiveBlogPosting JSON-LD has correct per-update datePublished. Spelling 'Izmayil'. 3621-03 is an analysis (theme piece) about attacks on the Danube ports: own story, not the Izmail attack. Toll here: four injured (at 13:25 Kyiv). 09:15-21:05 Kyiv = 06:15-18:05 UTC, 14 Sep 2023.",
  not_entries=["header and nav", "title, dek and time-zone note", "'By X' lines (author)", "share buttons", "'Read more' promo", "footer"],
  entries=[
  E("2023-09-14 21:05", "Zelensky: 'We must get through this winter with more air defence'",
    ["In his nightly video address, President Volodymyr Zelensky said Ukraine was preparing for a hard winter and thanked partners who had already committed new air defence systems."],
    "aid", "aid", 2, "zelensky-evening-address-air-defence-2023-09-14", a="Olena Marchuk", n="Separate statement from Kuleba's appeal (3620-07)."),
  E("2023-09-14 18:40", JAP_H, [JAP_P1, "The equipment is expected to arrive before the heating season."],
    "aid", "aid", 2, "japan-generators-grant-2023-09-14", a="Tom Hesketh"),
  E("2023-09-14 16:10", "Analysis: Why Russia keeps going after the Danube ports",
    ["Since Moscow quit the Black Sea grain deal in July, the small river ports of Reni and Izmayil have handled a growing share of Ukraine's farm exports.",
     "Striking them raises shipping and insurance costs and sends a message to traders, even when the damage is quickly repaired.",
     "Because the ports sit across the river from Romania, every attack also tests how NATO responds to debris falling near its territory."],
    "strikes", "strikes", 2, "analysis-danube-ports-targeted", a="Tom Hesketh", n="Theme piece (analysis with body) -> importance 2, own story; must not merge with the Izmail attack."),
  E("2023-09-14 13:25", "Four injured as drones strike Izmayil port",
    ["Four people, among them a lorry driver, were hurt when Shahed drones hit the port of Izmayil on the Danube, the Odesa regional administration said.",
     "Infrastructure minister Oleksandr Kubrakov said grain silos and an administrative building were damaged."],
    "strikes", "strikes", 3, IZ1, a="Olena Marchuk"),
  E("2023-09-14 11:00", "Crimea: Kyiv claims hit on S-400 launcher near Yevpatoria",
    ["Ukraine's defence intelligence agency published footage it said showed the destruction of a Russian S-400 launcher near Yevpatoria on the west coast of Crimea.",
     "The system was worth about 1.2 billion dollars, the agency claimed."],
    "strikes", "strikes", 3, CRI, a="Olena Marchuk"),
  E("2023-09-14 09:15", "Fighting continues near Klishchiivka, general staff says",
    ["Ukraine's general staff said its forces were continuing offensive operations near Klishchiivka, south of Bakhmut, and had repelled Russian attacks near Kupiansk."],
    "other", "frontline", 2, "klishchiivka-fighting-2023-09-14"),
  ]))

SEEDS.append(dict(id="3622", name="3622_gorran-worldrss", ext="xml", source="Gorran World Service", zone="UTC", render=r_rss_world,
  fmt="RSS 2.0 general world feed, GMT pubDates, escaped HTML descriptions", url="https://www.gorranworld.com/",
  title="Gorran World Service - Top stories",
  notes="General world-news RSS (4 of 6 items not about the war: ECB rates, Libya floods, Morocco earthquake, rugby). pubDate in GMT. No authors. Spelling 'Ismail'; toll six.",
  not_entries=["channel title/description/link", "lastBuildDate"],
  entries=[
  OFF("2023-09-14 19:30", "ECB raises interest rates to record 4%",
    ["The European Central Bank raised its main deposit rate to 4%, the highest since the euro was launched, but hinted that it may now have finished tightening."],
    "ecb-rate-rise-2023-09-14", n="euro-zone monetary policy."),
  OFF("2023-09-14 17:10", "Derna flood: rescuers race to find survivors",
    ["Rescue teams in eastern Libya were searching collapsed buildings and the coastline around Derna, where thousands died after two dams burst during a storm."],
    "libya-derna-floods-2023-09", n="Libya floods."),
  E("2023-09-14 14:55", "Russian drone attack damages Danube port of Ismail",
    ["Six people were injured and grain stores damaged when Russian drones struck the Ukrainian port of Ismail on the Danube overnight, officials said.",
     "The port, a short distance from the Romanian border, has become a key outlet for Ukrainian grain since Russia withdrew from a UN-brokered shipping deal."],
    "strikes", "strikes", 3, IZ1),
  OFF("2023-09-14 12:40", "Morocco earthquake: mountain villages still waiting for aid",
    ["Residents of remote villages in the Atlas mountains said aid was arriving slowly, almost a week after the earthquake that killed nearly 3,000 people."],
    "morocco-earthquake-aid-2023-09", n="Morocco earthquake."),
  E("2023-09-14 10:20", "North Korean leader extends stay in Russia",
    ["Kim Jong Un will visit military and industrial sites in Russia's Far East after his summit with President Putin, the Kremlin said, amid speculation about possible arms deals."],
    "diplomacy", "diplomacy", 3, KIM),
  OFF("2023-09-14 08:05", "Rugby World Cup: Wales make changes for Portugal match",
    ["Wales have made several changes to their starting side for Saturday's World Cup match against Portugal in Nice."],
    "rugby-world-cup-wales-portugal", n="sport."),
  ]))

SEEDS.append(dict(id="3623", name="3623_lelant-article", ext="txt", source="Lelant Review", zone="Europe/London", render=r_textarticle,
  fmt="text article, 3 section headings, dateline '18:30 BST'", mast="Lelant Review", byline="Harriet Vose",
  title="Danube port hit again as Kim tours Russia's Far East", lede="Our evening wrap of the day's events in and around Ukraine.",
  dateline="Thursday 14 September 2023 18:30 BST", more="Explainer: what the Black Sea corridor means for grain prices",
  notes="Text evening-wrap article with three section headings; one entry per section, stamp null, published = the article dateline (18:30 BST = 17:30 UTC), page byline as author. Toll here: seven wounded (latest of the day).",
  not_entries=["masthead and menu", "title and standfirst", "byline and dateline lines", "share line", "'More on this story' link", "copyright"],
  entries=[
  E("2023-09-14 18:30", "A port under fire again",
    ["Seven people were wounded when drones hit the port of Izmail overnight, Ukrainian officials said on Thursday evening, revising the toll upwards for the third time.",
     "It was the latest in a string of attacks on the Danube ports since July."],
    "strikes", "strikes", 3, IZ1, a="Harriet Vose"),
  E("2023-09-14 18:30", "Kim in the Far East",
    ["After his talks with Vladimir Putin at the Vostochny cosmodrome, Kim Jong Un continued his journey through the Russian Far East on Thursday.",
     "Kremlin spokesman Dmitry Peskov said no agreements had been signed during the visit."],
    "diplomacy", "diplomacy", 3, KIM, a="Harriet Vose"),
  E("2023-09-14 18:30", "Slow going in the south",
    ["Ukrainian units pushing south from Robotyne reported small gains towards the village of Verbove, though officials declined to give details."],
    "other", "frontline", 2, "southern-front-robotyne-2023-09-14", a="Harriet Vose"),
  ]))

# =============================================================== Part B, day 2: Friday 2023-09-15
AND = "andriivka-recaptured-2023-09-15"
AND_P1 = "Ukrainian troops have taken full control of Andriyivka in the Donetsk region, according to the army's ground forces command."

SEEDS.append(dict(id="3630", name="3630_kenwyn-htmllive", ext="html", source="Kenwyn Daily", zone="America/New_York", render=r_kenwyn,
  fmt="HTML live, no JSON-LD, '7:50 p.m. ET' stamps, 'From X' author line",
  title="Russia-Ukraine war: Kyiv says village near Bakhmut retaken", updated="Updated 7:52 p.m. ET, Fri September 15, 2023",
  notes="US-style HTML live blog without JSON-LD, newest first. Stamps '9:20 a.m. ET' (EDT, UTC-4 in September); the date comes from the 'Updated ..., Fri September 15, 2023' line. 'From X' line after the headline is the author. 3630-05 is a 'Watch:' teaser without body. 3630-04 continues the day-1 Izmail story (new development: loading resumed). Russia's rebuttal (3630-01, 'Andreyevka') is a reaction to the Andriivka event: same story. 3630-02 is an explainer (theme piece). 7:15 a.m.-7:50 p.m. EDT = 11:15-23:50 UTC, 15 Sep 2023.",
  not_entries=["header and nav", "title", "'Updated ...' line", "'From X' author lines", "'Advertisement'", "'Load more updates'", "footer"],
  entries=[
  E("2023-09-15 19:50", "Moscow says its forces still hold positions near Andreyevka",
    ["Russia's defence ministry said Ukrainian assaults near the village it calls Andreyevka had been repelled, contradicting Kyiv's announcement earlier in the day.",
     "The ministry's statement did not say who controlled the village itself."],
    "other", "frontline", 3, AND, a="Dana Whitfield", n="Reaction/denial about the same event -> same story; carried by 4 seeds -> 3."),
  E("2023-09-15 15:05", "Explainer: Why the villages south of Bakhmut matter",
    ["The railway line and high ground south of Bakhmut give whoever holds them a view over the roads supplying the city.",
     "Ukrainian commanders say taking the villages along that line is a step towards making the Russian garrison in Bakhmut itself hard to supply."],
    "other", "frontline", 2, "explainer-bakhmut-southern-flank", a="Marcus Bell", n="Theme piece (explainer with body) -> importance 2, own story."),
  E("2023-09-15 13:30", "Senate leaders spar over Ukraine money as shutdown deadline nears",
    ["Senate Democrats and some Republicans pressed to attach 24 billion dollars for Ukraine to a stopgap spending bill, while hard-line House Republicans said they would oppose any such package."],
    "aid", "aid", 2, "us-congress-ukraine-funding-stopgap-2023-09", a="Marcus Bell"),
  E("2023-09-15 11:40", "Izmail port resumes loading after drone attack",
    ["Ships resumed loading grain at the Danube port of Izmail on Friday, a day after a Russian drone strike damaged silos there, the port authority said.",
     "Officials put the final number of injured at seven."],
    "strikes", "strikes", 2, IZ1, a="Dana Whitfield", n="Continues the day-1 story with a new development; keeps the day-1 slug; only one day-2 seed carries it -> 2."),
  E("2023-09-15 10:05", "Watch: Ukrainian soldiers in Andriivka", [], "other", "frontline", 1, AND, n="Video teaser without body -> importance 1."),
  E("2023-09-15 09:20", "Ukraine says its troops have retaken Andriivka, south of Bakhmut",
    ["Ukraine's military said on Friday that its forces had recaptured the village of Andriivka, about ten kilometres south of Bakhmut, after days of fighting.",
     "The 3rd Separate Assault Brigade posted footage it said was filmed in the ruined village."],
    "other", "frontline", 3, AND, a="Dana Whitfield"),
  E("2023-09-15 07:15", "Russia says it downed drones over Crimea and Bryansk",
    ["Russia's defence ministry said air defences intercepted eight Ukrainian drones over Crimea and the Bryansk region overnight, with no damage reported."],
    "strikes", "strikes", 2, "crimea-bryansk-drones-2023-09-15", a="Marcus Bell"),
  ]))

SEEDS.append(dict(id="3631", name="3631_feock-worldatom", ext="xml", source="Feock Post", zone="Europe/Kyiv", render=r_atom,
  fmt="Atom, +03:00 offsets, general world feed, entity-escaped HTML content", url="https://www.feockpost.com/world/",
  title="Feock Post - World",
  notes="General world Atom feed (4 of 6 entries not about the war). <published> carries +03:00. 3631-03 re-posts the day-1 entry 3621-02 (Breage Times, 14 Sep) nearly verbatim: importance 1, same story, duplicate_of null because the original is in another seed.",
  not_entries=["feed title/link/id/updated"],
  entries=[
  OFF("2023-09-15 22:10", "Detroit car workers strike at three plants",
    ["The United Auto Workers union began a strike at three plants run by General Motors, Ford and Stellantis after talks on a new contract failed to reach a deal."],
    "uaw-strike-detroit-2023-09", a="Lowenna Carne", n="US labour dispute."),
  E("2023-09-15 19:30", "Kyiv reports recapture of Andriivka near Bakhmut",
    ["Ukrainian forces have taken back Andriivka, a village south of the ruined city of Bakhmut, the general staff said on Friday.",
     "Russia has not acknowledged the loss."],
    "other", "frontline", 3, AND, a="Lowenna Carne"),
  E("2023-09-15 16:45", JAP_H, [JAP_P1, "The equipment should arrive before the heating season begins."],
    "aid", "aid", 1, "japan-generators-grant-2023-09-14", a="Lowenna Carne",
    n="Re-post of day-1 entry 3621-02 nearly verbatim -> importance 1 (cross-day repeat; duplicate_of null since the original is in another seed)."),
  OFF("2023-09-15 13:20", "China's factory output beats forecasts",
    ["Industrial production in China grew faster than expected in August, official data showed, adding to signs that the economy may be stabilising."],
    "china-industrial-output-august-2023", a="Pol Hendra", n="Chinese economy."),
  OFF("2023-09-15 11:05", "Libya: UN appeals for aid after Derna floods",
    ["The United Nations launched an appeal for more than 70 million dollars to help people affected by the floods in eastern Libya."],
    "libya-floods-un-appeal-2023-09", a="Pol Hendra", n="Libya floods."),
  OFF("2023-09-15 09:00", "Cricket: India face Bangladesh in final Super Four match",
    ["India, already through to the Asia Cup final, meet Bangladesh in Colombo in their last match of the Super Four stage."],
    "asia-cup-india-bangladesh", a="Pol Hendra", n="sport."),
  ]))

SEEDS.append(dict(id="3632", name="3632_madron-textlive", ext="txt", source="Madron Report", zone="UTC", render=r_madron,
  fmt="text live, oldest first, '0740 GMT — Headline' on one line, 'By X' after body",
  title="Ukraine live: Andriyivka retaken, says Kyiv", lede="Friday's developments from the war, compiled by our Kyiv desk.", dateline="Friday, 15 September 2023",
  notes="Text live blog, oldest first. Each update line is '0740 GMT — Headline' (stamp and headline on one line), then body, then 'By X'. GMT = UTC. Spelling 'Andriyivka'. 3632-02 continues the day-1 Kim story (new development: aircraft plant visit, day-1 slug kept). 3632-06 repeats 3632-01 nearly verbatim. Must not merge: Kupiansk glide bombs (3632-04) vs Kherson shelling (3632-05); Germany's mine-clearing vehicles (3632-03) vs day 1's Dutch demining money (3620-05).",
  not_entries=["masthead and menu", "title and lede", "date line", "'By X' lines", "'Read more:' link", "'Load more'", "footer"],
  entries=[
  E("2023-09-15 07:40", "Andriyivka recaptured, Ukraine's army says",
    [AND_P1, "The village lies on the southern approaches to Bakhmut, which Russian forces captured in May."],
    "other", "frontline", 3, AND, a="Yuliia Koval"),
  E("2023-09-15 09:30", "Kim inspects fighter jet factory in Komsomolsk-on-Amur",
    ["North Korea's Kim Jong Un visited an aircraft plant in Komsomolsk-on-Amur on Friday, where he was shown Su-35 fighter jets, Russian media reported.",
     "The visit extends a trip that began with his summit with Vladimir Putin on Wednesday."],
    "diplomacy", "diplomacy", 2, KIM, a="Yuliia Koval", n="Continues the day-1 Kim story with a new development; only one day-2 seed -> 2."),
  E("2023-09-15 11:30", "Germany pledges mine-clearing vehicles",
    ["Germany will deliver additional armoured mine-clearing vehicles to Ukraine in the coming weeks, Defence Minister Boris Pistorius said."],
    "aid", "aid", 2, "germany-mine-clearing-vehicles-2023-09-15", a="Sam Trewin"),
  E("2023-09-15 14:05", "Glide bombs hit Kupiansk district",
    ["Russian aircraft dropped guided bombs on villages in the Kupiansk district of the Kharkiv region, damaging homes and a school, the regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 2, "kupiansk-glide-bombs-2023-09-15", a="Sam Trewin"),
  E("2023-09-15 16:20", "Two killed by shelling in Kherson",
    ["Russian shelling of central Kherson killed two men and wounded a woman, the city's military administration said."],
    "strikes", "strikes", 2, "kherson-shelling-2023-09-15", a="Sam Trewin", n="Deadly but small, single source -> 2 (judgement)."),
  E("2023-09-15 18:50", "Andriyivka recaptured, Ukraine's army says",
    [AND_P1, "The village lies on the southern approaches to Bakhmut, which Russian troops captured in May."],
    "other", "frontline", 1, AND, a="Yuliia Koval", dup="3632-01", n="Near-verbatim repeat of 3632-01 -> importance 1."),
  ]))

SEEDS.append(dict(id="3633", name="3633_illogan-article", ext="html", source="Illogan Journal", zone="Europe/London", render=r_illogan,
  fmt="HTML article, NewsArticle JSON-LD (entity-escaped), 2 h2 sections, dateline '16:45 BST'", dt="2023-09-15 16:45", byline="Morwenna Hale",
  title="Ukraine retakes village on Bakhmut's southern edge", lede="Kyiv hails a symbolic gain as its counteroffensive grinds on in the east and south.",
  notes="HTML article with two h2 sections; one entry per section, stamp null, published = the dateline '15 September 2023 • 16:45 BST' (= 15:45 UTC); page byline as author. JSON-LD NewsArticle strings are entity-escaped.",
  not_entries=["header/nav", "h1 title and standfirst", "byline and dateline", "share line", "'Most read' aside", "footer"],
  entries=[
  E("2023-09-15 16:45", "A village in ruins",
    ["Ukraine's army says it has retaken Andriivka, a village of a few hundred pre-war residents a short drive south of Bakhmut.",
     "Almost no building in the village is left standing, according to soldiers who spoke by phone."],
    "other", "frontline", 3, AND, a="Morwenna Hale"),
  E("2023-09-15 16:45", "Little movement near Verbove",
    ["In the south, Ukrainian troops are still trying to break through Russian defensive lines near Verbove, east of Robotyne, with slow progress reported."],
    "other", "frontline", 2, "southern-front-verbove-2023-09-15", a="Morwenna Hale"),
  ]))

# =============================================================== Part B, day 3: Wednesday 2023-11-29
NATO = "nato-ukraine-council-foreign-ministers-2023-11-29"
KHE = "kherson-hospital-shelling-2023-11-29"
KHE_P = "Russian artillery shelled Kherson early on Wednesday, hitting the grounds of a hospital and wounding four people, {}regional governor Oleksandr Prokudin said."

SEEDS.append(dict(id="3640", name="3640_boscastle-worldatom", ext="xml", source="Boscastle World", zone="UTC", render=r_atom, utc=True,
  fmt="Atom, Z times, general world feed", url="https://www.boscastleworld.com/",
  title="Boscastle World - Latest",
  notes="General world Atom feed (5 of 6 entries not about the Russia-Ukraine war: Kissinger's death, Champions League, US GDP, Gaza truce, COP28). <published> in Z (UTC). No authors.",
  not_entries=["feed title/link/id/updated"],
  entries=[
  OFF("2023-11-29 21:00", "Henry Kissinger dies aged 100",
    ["Henry Kissinger, the former US secretary of state who shaped American foreign policy during the Cold War, has died at his home in Connecticut at the age of 100."],
    "henry-kissinger-dies", n="obituary."),
  OFF("2023-11-29 20:10", "Champions League: Galatasaray and Manchester United share six goals",
    ["Galatasaray came from behind twice to draw 3-3 with Manchester United in Istanbul, leaving the English side's hopes of reaching the knockout stage in doubt."],
    "galatasaray-manchester-united-2023-11-29", n="sport."),
  E("2023-11-29 18:20", "NATO promises Ukraine continued support as foreign ministers meet",
    ["Foreign ministers of NATO's member states met their Ukrainian counterpart in Brussels and pledged to keep up military support through the winter.",
     "Secretary General Jens Stoltenberg said allies must not let Ukraine's needs slip down the agenda."],
    "diplomacy", "diplomacy", 3, NATO),
  OFF("2023-11-29 15:10", "US economy grew faster than first thought",
    ["The US economy expanded at an annual rate of 5.2% in the third quarter, revised up from an earlier estimate of 4.9%, official figures showed."],
    "us-gdp-q3-revision", n="US economy."),
  OFF("2023-11-29 12:35", "Gaza truce: mediators push for further extension",
    ["Qatar and Egypt were working to extend the truce between Israel and Hamas beyond Thursday, as a further group of hostages and Palestinian prisoners was expected to be freed."],
    "gaza-truce-extension-talks", n="another war (Israel-Hamas)."),
  OFF("2023-11-29 09:15", "COP28 climate summit opens in Dubai on Thursday",
    ["Delegates from nearly 200 countries are arriving in Dubai for the UN climate talks, where the future of fossil fuels is expected to dominate."],
    "cop28-opens-dubai", n="climate summit."),
  ]))

SEEDS.append(dict(id="3641", name="3641_crantock-textlive", ext="txt", source="Crantock Live", zone="Europe/London", render=r_crantock,
  fmt="text live, oldest first, '2.35pm' stamps, 'Key events' block, 'Reporting by X'",
  title="Ukraine war live: NATO ministers meet Kuleba in Brussels", dateline="Wednesday 29 November 2023",
  notes="Text live blog, oldest first, 'All times GMT' (= UTC in November). Stamps '2.35pm' on the line above the headline; 'Reporting by X' after the body is the author. The 'Key events' block lists the headlines of 3641-02 and 3641-06 (key_point true). 3641-05 is a 'Pictured:' teaser without body. 3641-08 repeats 3641-02 nearly verbatim under a slightly reworded headline (duplicate_of 3641-02; not listed under Key events). Must not merge: Kyiv-region drones (3641-01) vs Kherson shelling; Szijjártó's statement (3641-04) vs the NATO meeting; Germany's winter package (3641-07) vs the Dutch budget pledge (3642-03).",
  not_entries=["masthead and menu", "title", "date line and 'All times GMT'", "'Key events' heading and list", "'Show key events only'", "'Reporting by X' lines", "'Sponsored'", "'Back to top'", "footer"],
  entries=[
  E("2023-11-29 08:05", "Air defences down drones over Kyiv region",
    ["Ukraine's air force said it destroyed 14 of the 17 drones launched by Russia overnight, most of them over the Kyiv and Zhytomyr regions."],
    "strikes", "strikes", 2, "kyiv-region-drones-2023-11-29", a="Jory Pascoe"),
  E("2023-11-29 09:40", "Kherson hospital area shelled, four wounded", [KHE_P.format("the ")],
    "strikes", "strikes", 3, KHE, a="Jory Pascoe", kp=True),
  E("2023-11-29 10:55", "Kuleba arrives in Brussels for NATO talks",
    ["Ukraine's foreign minister, Dmytro Kuleba, has arrived at NATO headquarters for the first meeting of the NATO-Ukraine Council at foreign minister level.",
     "He told reporters he would ask allies for more air defence and artillery ammunition."],
    "diplomacy", "diplomacy", 3, NATO, a="Elowen Trist"),
  E("2023-11-29 12:30", "Szijjártó: Hungary won't back opening EU talks with Ukraine",
    ["Hungary's foreign minister Péter Szijjártó said his government would not support starting accession negotiations with Ukraine at next month's EU summit."],
    "diplomacy", "diplomacy", 2, "szijjarto-eu-accession-talks-2023-11-29", a="Elowen Trist", n="Separate statement, not the NATO meeting: must not merge."),
  E("2023-11-29 13:45", "Pictured: Stoltenberg greets Kuleba at NATO headquarters", [], "diplomacy", "diplomacy", 1, NATO, n="Photo teaser without body -> importance 1."),
  E("2023-11-29 14:35", "NATO allies promise Ukraine long-term support",
    ["NATO foreign ministers told Ukraine they would stand by it for as long as it takes, after a session of the NATO-Ukraine Council in Brussels.",
     "Jens Stoltenberg said the alliance would decide on Ukraine's membership when conditions were met."],
    "diplomacy", "diplomacy", 3, NATO, a="Elowen Trist", kp=True),
  E("2023-11-29 16:10", "Germany unveils winter aid of generators and air defence shells",
    ["Germany's foreign minister Annalena Baerbock announced a winter package for Ukraine including generators and ammunition for the Gepard anti-aircraft guns."],
    "aid", "aid", 2, "germany-winter-package-2023-11-29", a="Jory Pascoe"),
  E("2023-11-29 17:20", "Kherson hospital shelling: four wounded", [KHE_P.format("")],
    "strikes", "strikes", 1, KHE, a="Jory Pascoe", dup="3641-02", n="Near-verbatim repeat of 3641-02 -> importance 1."),
  ]))

SEEDS.append(dict(id="3642", name="3642_duloe-ldlive", ext="html", source="Duloe Times", zone="Europe/Kyiv", render=r_duloe,
  fmt="HTML live, @graph JSON-LD with @type array, Kyiv EET 'HH:MM' in <time>, signature after body", url="https://www.duloetimes.com/war/live-2023-11-29",
  title="War in Ukraine: live updates from Kyiv", lede="NATO foreign ministers meet Ukraine's Dmytro Kuleba; shelling in Kherson.", note="Times are Kyiv time (UTC+2).",
  notes="HTML live blog, newest first; JSON-LD @graph with @type ['NewsArticle','LiveBlogPosting'] and per-update datePublished (+02:00). Visible <time> 'HH:MM' (Kyiv time, UTC+2 in November, stated in the page note); signature after body is the author. 3642-02 is an analysis (theme piece). Kuleba's doorstep remarks (3642-06) and Stoltenberg's press remarks (3642-01) are part of the NATO meeting story; Zelensky's fortifications order (3642-04) is a separate statement. 09:15-21:40 Kyiv = 07:15-19:40 UTC, 29 Nov 2023.",
  not_entries=["header/nav", "title, lead and time-zone note", "signature lines", "newsletter box", "footer"],
  entries=[
  E("2023-11-29 21:40", "Stoltenberg: Ukraine closer to NATO than ever",
    ["Speaking after the meeting with Ukraine's foreign minister, NATO Secretary General Jens Stoltenberg said Ukraine had never been closer to membership."],
    "diplomacy", "diplomacy", 3, NATO, a="Iryna Dovzhenko"),
  E("2023-11-29 19:05", "Analysis: Can Ukraine's air defences hold through a second war winter?",
    ["Ukraine enters its second winter of Russian attacks on energy infrastructure with more Western air defence systems than a year ago, but fewer interceptor missiles than its commanders would like.",
     "Officials expect Russia to use the stockpile of cruise missiles it has built up since the summer."],
    "aid", "aid", 2, "analysis-air-defence-second-winter", a="Mark Treloar", sec=["strikes"], n="Theme piece (analysis with body) -> importance 2, own story."),
  E("2023-11-29 17:30", "Netherlands sets aside extra €2bn for Ukraine next year",
    ["The Dutch government has reserved a further two billion euros in military support for Ukraine in its 2024 budget, the defence ministry said."],
    "aid", "aid", 2, "netherlands-2bn-ukraine-2024", a="Mark Treloar", n="Different package from Germany's winter aid (3641-07): must not merge."),
  E("2023-11-29 15:10", "Zelensky orders faster building of defences along the front",
    ["President Volodymyr Zelensky said construction of fortifications must be accelerated in the most threatened sectors, including Avdiivka and Kupiansk."],
    "other", "frontline", 2, "zelensky-fortifications-order-2023-11-29"),
  E("2023-11-29 12:25", "Shelling hits Kherson hospital grounds",
    ["A hospital in Kherson came under Russian fire in the morning; four people were wounded, including a nurse, according to local officials."],
    "strikes", "strikes", 3, KHE, a="Iryna Dovzhenko"),
  E("2023-11-29 10:50", "Kuleba: we will ask allies for air defence and shells",
    ["Before the NATO-Ukraine Council, Dmytro Kuleba said his priorities in Brussels were air defence and ammunition."],
    "diplomacy", "diplomacy", 3, NATO, a="Iryna Dovzhenko", sec=["aid"]),
  E("2023-11-29 09:15", "Russian forces press attacks around Avdiivka",
    ["Ukraine's military reported more than 20 Russian assaults around Avdiivka in the past day, with heavy artillery fire on the town's outskirts."],
    "other", "frontline", 2, "avdiivka-assaults-2023-11-29"),
  ]))

SEEDS.append(dict(id="3643", name="3643_lanreath-article", ext="txt", source="Lanreath Review", zone="Europe/London", render=r_textarticle, sections=False,
  fmt="text article, no sections, dateline '17:45 GMT'", mast="Lanreath Review", byline="Kerensa Vosper",
  title="NATO ministers pledge to stand by Ukraine as winter sets in", lede="Allies promise long-term help but give no timetable for membership.",
  dateline="29 November 2023, 17:45 GMT", more="Henry Kissinger, diplomat who divided opinion, dies at 100",
  notes="Single-story text article: one entry whose headline is the article title; stamp null; published = the dateline (17:45 GMT = UTC); page byline as author. The standfirst line is a lede, not body.",
  not_entries=["masthead and menu", "standfirst", "byline and dateline", "share line", "'More on this story' link", "copyright"],
  entries=[
  E("2023-11-29 17:45", "NATO ministers pledge to stand by Ukraine as winter sets in",
    ["Allied foreign ministers meeting in Brussels on Wednesday told Ukraine's Dmytro Kuleba that support would not waver, even as attention shifts to the Middle East.",
     "The NATO-Ukraine Council, set up at the Vilnius summit in July, met at foreign minister level for the first time.",
     "Diplomats said the talks focused on air defence and on keeping ammunition production running."],
    "diplomacy", "diplomacy", 3, NATO, a="Kerensa Vosper"),
  ]))


# =============================================================== emit
DAYS = {"day1": ["3620", "3621", "3622", "3623"], "day2": ["3630", "3631", "3632", "3633"], "day3": ["3640", "3641", "3642", "3643"]}
BASIS = {
  "r_arabtimes": "stamp '{s}' (author glued to full date, 12 h); Kuwait time implied by the outlet, AST = UTC+3",
  "r_tbs": "stamp '{s}' (full date, 12 h); Bangladesh time implied by the outlet, BST (Bangladesh) = UTC+6",
  "r_newsroom": "stamp '{s}' under the date line for {d}; NZ time (page says 'NZ time'), NZST = UTC+12 in July",
  "r_guardian_ng": "relative stamp '{s}' resolved against the top bar 'Tuesday, May 9, 2023 | Updated: 10:30 PM' (WAT, UTC+1)",
  "r_colombiaone": "pubDate '{s}' (explicit +0000 offset)",
  "r_andina": "dc:date '{s}' (explicit offset)",
  "r_khaosod": "stamp '{s}' in <time> (datetime attribute and JSON-LD agree); Bangkok time UTC+7",
  "r_observer": "no per-item time; the article dateline ({d}, Jamaica time UTC-5) applies to every item",
  "r_kosovo": "stamp '{s}' (day.month.year 24 h) printed under the headline; CET = UTC+1 implied by the outlet; the date bar shows the fetch day, not the item day",
  "r_newsam": "bare stamp '{s}'; the page names no date, so the day is the --date argument {d}; Armenia time UTC+4 implied by the outlet",
  "r_cawsand": "stamp '{s}' on the page's date line {d}; BST = UTC+1",
  "r_breage": "stamp '{s}' with <time datetime> (+03:00) on {d}; Kyiv EEST (page note)",
  "r_rss_world": "pubDate '{s}' (GMT = UTC)",
  "r_textarticle": "no per-section time; the article dateline ({d}, {z}) used",
  "r_kenwyn": "stamp '{s}' on the 'Updated ..., Fri September 15, 2023' date; ET in September = EDT = UTC-4",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_madron": "stamp '{s}' on the page's date line {d}; GMT = UTC",
  "r_illogan": "no per-section time; the article dateline ({d}, BST = UTC+1) used",
  "r_crantock": "stamp '{s}' on the page's date line {d}; 'All times GMT' = UTC",
  "r_duloe": "stamp '{s}' with <time datetime> (+02:00) on {d}; Kyiv EET (page note); JSON-LD agrees",
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
                 "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"]}
            if e["n"]:
                g["notes"] = e["n"]
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

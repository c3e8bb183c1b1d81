#!/usr/bin/env python3
"""Builds eval/y seeds and gold files from the hand-written table below.
All news text is invented or paraphrased in the tester's own words; Part B outlets are invented. Deterministic.
Run: python3 eval/y/tools/build.py"""
import json, html, os, re
from datetime import datetime, timedelta
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


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:60]


def ampm(d, style):
    hh = d.hour % 12 or 12
    if style == "a.m.":
        return f"{hh}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'}"
    if style == "pm":
        return f"{hh}.{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"
    if style == "PM":
        return f"{hh:02d}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"
    raise ValueError(style)


def paras(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def iso(d):
    return d.isoformat()


# =============================================================== Part A renderers (each returns text, stamps)

def r_firstpost(S):  # HTML live blog, IST, time-only stamps on their own line before the headline, crosses local midnight, Key Events, LiveBlogPosting JSON-LD
    z = S["zone"]; ents = S["entries"]
    ups = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#lb-{i+1}", "headline": html.escape(e["h"], quote=True),
                    "datePublished": iso(d), "articleBody": html.escape(" ".join(e["p"]), quote=True)})
    first = dt(ents[-1]["t"], z); last = dt(ents[0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "url": S["url"], "headline": html.escape(S["title"], quote=True),
          "datePublished": iso(first), "dateModified": iso(last), "coverageStartTime": iso(first),
          "author": {"@type": "Person", "name": S["author"]}, "publisher": {"@type": "Organization", "name": "Firstpost"},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Firstpost</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>", "</head><body>",
           '<header class="fp-header"><a class="logo" href="/">firstpost</a><nav><a href="/india/">India</a> <a href="/world/">World</a> <a href="/explainers/">Explainers</a> <a href="/opinion/">Opinion</a> <a href="/business/">Business</a> <a href="/sports/">Sports</a> <a href="/tech/">Tech</a> <a href="/vantage/">Vantage</a></nav><a class="btn" href="/subscribe">Subscribe</a></header>',
           '<div class="breadcrumb"><a href="/">Home</a> › <a href="/world/">World</a> › Live Updates</div>',
           '<main class="live"><span class="live-badge">LIVE</span>', f"<h1>{esc(S['title'])}</h1>",
           f'<div class="meta"><span class="author">{esc(S["author"])}</span> • <span class="upd">{esc(S["updated"])}</span></div>',
           f'<p class="summary">{esc(S["lede"])}</p>',
           '<div class="share"><a>Share on X</a> <a>Share on Facebook</a> <a>WhatsApp</a> <a>Copy link</a></div>',
           '<section class="key-events"><h3>Key Events</h3><ul>']
    for i, e in enumerate(ents):
        if e["kp"]:
            out.append(f'<li><a href="#lb-{i+1}">{esc(e["h"])}</a></li>')
    out += ["</ul></section>", '<div class="lb-feed">']
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = d.strftime("%H:%M") + " (IST)"; stamps.append(st)
        out.append(f'<div class="lb-post" id="lb-{i+1}">')
        out.append(f'<div class="lb-time">{st}</div>')
        out.append(f'<h2 class="lb-title">{esc(e["h"])}</h2>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append('<div class="lb-share">Share</div></div>')
        if i == 3:
            out.append('<aside class="ad">Advertisement</aside>')
        if i == 5:
            out.append('<aside class="also-read"><b>Also Read</b> <a href="/world/explained-ukraine-aid-vote.html">Explained: what the Senate deal means for Kyiv</a></aside>')
    out += ["</div></main>",
            '<aside class="newsletter"><h4>Get the Firstpost Daily Brief</h4><input placeholder="Enter your email"><button>Subscribe</button></aside>',
            '<aside class="trending"><h4>Trending</h4><ul><li><a href="/sports/">Cricket: Jaiswal double century powers India in Vizag</a></li><li><a href="/tech/">Budget smartphones launching this week</a></li></ul></aside>',
            '<footer><p>Copyright © Firstpost. All rights reserved.</p><p><a>About us</a> | <a>Privacy</a> | <a>Cookie Policy</a> | <a>Terms of use</a></p></footer>',
            "</body></html>"]
    return "\n".join(out) + "\n", stamps


def r_gazeta(S):  # text scrape, relative stamps resolved against a printed "Last updated" line
    z = S["zone"]; ref = dt(S["ref"], z)
    L = ["Gazeta Express", "LAJME   SPORT   SHOWBIZ   EKONOMI   BOTA   ENGLISH   VIDEO", "Kërko / Search", "",
         "This website uses cookies to improve your experience. Accept | Settings", "",
         "ENGLISH › WORLD", "", S["title"], "", f"Last updated: {ref.strftime('%d.%m.%Y %H:%M')}", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        st = f"{mins} minutes ago" if mins < 60 else (f"{mins // 60} hours ago" if mins // 60 > 1 else "1 hour ago")
        assert mins < 60 or mins % 60 == 0, e["h"]
        stamps.append(st)
        L += [e["h"], st, ""] + paras(e["p"]) + ["Lexo më shumë / Read more", "Shpërndaje: Facebook  Twitter  Viber", ""]
        if i == 2:
            L += ["REKLAMË", ""]
    L += ["Më të lexuarat / Most read", "Kosovo's Independence Day parade in pictures", "Prices of bread rise again in Prishtina", "",
          "© Gazeta Express. Të gjitha të drejtat e rezervuara.", "Rreth nesh | Kontakt | Marketing"]
    return "\n".join(L) + "\n", stamps


def r_sofiaglobe(S):  # text scrape of a tag page: byline glued to "5 April 2024 16:12", excerpt, "Read more"
    z = S["zone"]
    L = ["The Sofia Globe", "Sofia Globe – News from Bulgaria in English", "Home  Politics  Business  Society  Culture  Europe  Opinion  Subscribe", "",
         "Tag: Ukraine", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{e['a']}{d.day} {MONTHS[d.month-1]} {d.year} {d.strftime('%H:%M')}"; stamps.append(st)
        L += [e["h"], st, ""] + paras(e["p"]) + ["Read more", ""]
        if i == 1:
            L += ["Support The Sofia Globe: become a patron for as little as one euro a month", ""]
    L += ["« Older Entries", "", "Follow us on Facebook and X", "© The Sofia Globe. All rights reserved. Privacy & Cookies Policy"]
    return "\n".join(L) + "\n", stamps


def r_tcn(S):  # text scrape, date line without a year above an oldest-first timeline with "2.35pm" stamps; one page byline
    z = S["zone"]
    L = ["TOTAL CROATIA NEWS", "News  Lifestyle  Travel  Business  Made in Croatia  Sport  Search", "",
         "We use cookies to give you the best experience. Accept all | Reject | Preferences", "",
         S["title"], "", f"By {S['author']}", "", S["lede"], "", S["dateline"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, "pm"); stamps.append(st)
        L += [f"{st} – {e['h']}", ""] + paras(e["p"])
        if i == 2:
            L += ["READ MORE: Croatia's foreign policy and the war – a TCN guide", ""]
    L += ["Want to keep up with the latest news from Croatia? Follow TCN on Facebook.", "",
          "Share  Facebook  X  LinkedIn  Email", "", "© Total Croatia News  |  Impressum  |  Advertise"]
    return "\n".join(L) + "\n", stamps


def r_maltatoday(S):  # HTML section listing: per-card stamp "7 June 2024 06:07", per-card author, ItemList JSON-LD of NewsArticle
    z = S["zone"]; ents = S["entries"]
    items = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z)
        items.append({"@type": "ListItem", "position": i + 1, "item": {"@type": "NewsArticle", "headline": e["h"].replace("\u2019", "&#8217;"),
                      "datePublished": iso(d), "author": {"@type": "Person", "name": e["a"]}, "url": f"https://www.maltatoday.com.mt/news/world/{130400+i}/{slug(e['h'])}"}})
    ld = {"@context": "https://schema.org", "@type": "ItemList", "name": "World", "itemListElement": items}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header><div class="mt-logo">MaltaToday</div><nav><a>News</a> <a>National</a> <a>Court &amp; Police</a> <a class="on">World</a> <a>Business</a> <a>Sport</a> <a>Opinion</a> <a>Elections 2024</a></nav><a class="sub">Subscribe</a></header>',
           '<div class="cookie">We use cookies to personalise content and ads. <button>I agree</button></div>',
           f'<main><h1 class="section">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month-1]} {d.year} {d.strftime('%H:%M')}"; stamps.append(st)
        out.append('<article class="card">')
        out.append(f'<h2><a href="/news/world/{130400+i}/">{esc(e["h"])}</a></h2>')
        out.append(f'<div class="byline"><span class="name">{esc(e["a"])}</span> <span class="date">{st}</span></div>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append('<div class="share"><a>Facebook</a> <a>X</a> <a>Email</a></div></article>')
        if i == 2:
            out.append('<aside class="newsletter"><h4>Sign up to our newsletter</h4><p>Malta\u2019s news, delivered every morning.</p><input type="email"><button>Sign up</button></aside>')
    out += ['</main><aside class="most-read"><h4>Most Read</h4><ol><li>Traffic diversions in Valletta this weekend</li><li>Property prices: what the latest figures say</li></ol></aside>',
            '<footer>© MaltaToday. MediaToday Co. Ltd. <a>Privacy</a> <a>Terms</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_portugal(S):  # HTML category listing: header shows the fetch day (next day); time on its own line AFTER the headline; "By X" line
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | The Portugal News</title></head><body>",
           f'<div class="topbar"><span class="today">{S["today"]}</span> <span class="weather">Lisbon 24°C</span> <a>Subscribe to the print edition</a></div>',
           '<header><a class="logo">The Portugal News</a><nav><a>News</a> <a>Lifestyle</a> <a>Business</a> <a>Property</a> <a>Travel</a> <a class="on">World</a> <a>Sport</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month-1][:3]} {d.year}, {d.strftime('%H:%M')}"; stamps.append(st)
        out.append('<div class="article-card">')
        out.append(f'<h3><a href="/en/news/{slug(e["h"])}/{88200+i}">{esc(e["h"])}</a></h3>')
        out.append(f'<div class="date">{st}</div>')
        out.append(f'<div class="author">By {esc(e["a"])}, in World</div>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append('<a class="more">Read full article</a> <span class="comments">0 Comments</span></div>')
        if i == 1:
            out.append('<aside class="banner">Advertise with The Portugal News – the most read English newspaper in Portugal</aside>')
    out += ['</main><aside class="newsletter"><h4>Newsletter</h4><p>Get our top stories each week.</p><button>Subscribe</button></aside>',
            '<footer>Copyright © The Portugal News. All rights reserved. <a>Contact</a> <a>Privacy Policy</a> <a>Cookies</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_greekreporter(S):  # HTML tag page: cards with "by X" and "August 19, 2024 at 8:35 p.m."; NewsArticle JSON-LD for the lead card only
    z = S["zone"]; ents = S["entries"]
    d0 = dt(ents[0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": html.escape(ents[0]["h"], quote=True), "datePublished": iso(d0),
          "author": [{"@type": "Person", "name": ents[0]["a"]}], "publisher": {"@type": "Organization", "name": "Greek Reporter"}}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - GreekReporter.com</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header><a class="logo">Greek Reporter</a><nav><a>Greece</a> <a>Europe</a> <a>World</a> <a>Ancient Greece</a> <a>Diaspora</a> <a>Science</a> <a>Sports</a> <a>Travel</a></nav><a class="donate">Support Greek Reporter</a></header>',
           f'<main><h1 class="tag-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = f"{MONTHS[d.month-1]} {d.day}, {d.year} at {ampm(d, 'a.m.')}"; stamps.append(st)
        out.append('<article class="post">')
        out.append(f'<span class="category">{esc(e.get("cat", "World"))}</span>')
        out.append(f'<h2><a href="/{d.year}/{d.month:02d}/{d.day:02d}/{slug(e["h"])}/">{esc(e["h"])}</a></h2>')
        out.append(f'<div class="meta"><span class="by">by <a>{esc(e["a"])}</a></span> <time datetime="{iso(d)}">{st}</time></div>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append('<div class="share-bar">Share: <a>Facebook</a> <a>X</a> <a>Pinterest</a> <a>Email</a></div></article>')
        if i == 3:
            out.append('<aside class="nl"><b>Subscribe to our daily newsletter</b> <input placeholder="Email"><button>Sign up</button></aside>')
    out += ['<div class="pagination"><a>Older posts</a></div></main>',
            '<aside class="related"><h4>Related</h4><a>Ancient shipwreck found off Kythira</a></aside>',
            '<footer>© Greek Reporter. All Rights Reserved. <a>About</a> <a>Contact</a> <a>Privacy</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_emerging(S):  # RSS 2.0 (WordPress-style), +0000 pubDate, short description + content:encoded CDATA
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           "<channel>", f"<title>{esc(S['title'])}</title>", "<link>https://emerging-europe.com</link>",
           '<atom:link href="https://emerging-europe.com/feed/" rel="self" type="application/rss+xml"/>',
           "<description>News, analysis and intelligence on emerging Europe</description>", "<language>en-GB</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z).astimezone(UTC); st = d.strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        if i == 0:
            out.append(f"<lastBuildDate>{st}</lastBuildDate>")
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://emerging-europe.com/news/{slug(e['h'])}/</link>",
                f"<dc:creator><![CDATA[{e['a']}]]></dc:creator>", f"<pubDate>{st}</pubDate>",
                f"<category><![CDATA[{e.get('cat', 'News')}]]></category>",
                f'<guid isPermaLink="false">https://emerging-europe.com/?p={77100+i}</guid>',
                f"<description><![CDATA[{e['p'][0][:90].rsplit(' ', 1)[0]} [&#8230;]]]></description>",
                "<content:encoded><![CDATA[" + "".join(f"<p>{p}</p>" for p in e["p"]) + '<p>The post <a href="https://emerging-europe.com/">appeared first on Emerging Europe</a>.</p>]]></content:encoded>',
                "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_tribune(S):  # text scrape of a "key developments" article: each bullet (one line, no headline) is one event; one dateline
    z = S["zone"]; d = dt(S["entries"][0]["t"], z); up = d + timedelta(minutes=37)
    L = ["The Tribune", "Home  Punjab  Haryana  Himachal  J&K  Chandigarh  Nation  World  Sports  Business  Opinions  Tribune Shorts", "",
         "Trending:  Haryana results  Ratan Tata  Hurricane Milton", "", "World", "", S["title"], "", S["lede"], "",
         S["author"], f"Posted At: {d.strftime('%b %d, %Y')} {ampm(d, 'PM')} (IST)", f"Updated At: {up.strftime('%b %d, %Y')} {ampm(up, 'PM')} (IST)", "",
         "Follow Us", "", "Here are the key developments:", ""]
    stamps = []
    for e in S["entries"]:
        stamps.append(None)
        L += paras(e["p"])
    L += ["Tags :", "#Russia  #Ukraine  #Zelenskyy", "", "Join Whatsapp Channel of The Tribune for latest updates.", "",
          "Subscribe To Our Newsletter", "", "© The Tribune Trust. Designed and developed by Tribune IT team."]
    return "\n".join(L) + "\n", stamps


def r_caucasus(S):  # RSS 1.0 (RDF), dc:date with +04:00, entity-escaped HTML descriptions
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
           '<channel rdf:about="https://caucasuswatch.de/en/news.html">', f"<title>{esc(S['title'])}</title>",
           "<link>https://caucasuswatch.de/en/news.html</link>", "<description>News and analysis on the South Caucasus and its neighbours</description>",
           "<items><rdf:Seq>"]
    for i, e in enumerate(S["entries"]):
        out.append(f'<rdf:li rdf:resource="https://caucasuswatch.de/en/news/{slug(e["h"])}.html"/>')
    out.append("</rdf:Seq></items></channel>")
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        u = f"https://caucasuswatch.de/en/news/{slug(e['h'])}.html"
        out += [f'<item rdf:about="{u}">', f"<title>{esc(e['h'])}</title>", f"<link>{u}</link>",
                f"<description>{esc(''.join(f'<p>{esc(p)}</p>' for p in e['p']))}</description>",
                f"<dc:creator>{esc(e['a'])}</dc:creator>" if e["a"] else "<dc:creator></dc:creator>", f"<dc:date>{st}</dc:date>",
                f"<dc:subject>{e.get('cat', 'News')}</dc:subject>", "</item>"]
    out.append("</rdf:RDF>")
    return "\n".join(out) + "\n", stamps


# =============================================================== Part B renderers (invented outlets)

def r_stackpole(S):  # text live blog, OLDEST first, "14:38 GMT" stamp line above headline, Key Points, "Reporting by" line
    z = S["zone"]
    L = [S["source"].upper(), "Home  News  World  Business  Sport  Culture  Podcasts", "", S["title"], "", S["dateline"], "", "Key Points"]
    L += [e["h"] for e in S["entries"] if e["kp"]]
    L += ["", "Latest updates appear at the bottom of this page.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M") + " GMT"; stamps.append(st)
        L += [st, e["h"], ""] + paras(e["p"])
        if e["a"]:
            L += [f"Reporting by {e['a']}", ""]
        L += ["Share this update", ""]
        if i == 3:
            L += ["ADVERTISEMENT", ""]
    L += ["Back to top", "", f"© {S['source']}  Terms  Privacy  Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_htmllive(S):  # HTML live blog; optional JSON-LD (plain or @graph with @type array); <time datetime> with 24 h text + optional zone label
    z = S["zone"]; ents = S["entries"]; lab = S.get("stamp_suffix", "")
    ld = None
    if S.get("jsonld"):
        ups = []
        for i, e in enumerate(ents):
            d = dt(e["t"], z)
            u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{i+1}", "headline": e["h"], "datePublished": iso(d)}
            if e["p"]:
                u["articleBody"] = "\n".join(e["p"])
            if e["a"]:
                u["author"] = {"@type": "Person", "name": e["a"]}
            ups.append(u)
        first = dt(ents[-1]["t"], z); last = dt(ents[0]["t"], z)
        node = {"@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": iso(first), "dateModified": iso(last),
                "coverageStartTime": iso(first), "publisher": {"@type": "Organization", "name": S["source"]}, "liveBlogUpdate": ups}
        if S["jsonld"] == "graph":
            node["@type"] = ["LiveBlogPosting", "NewsArticle"]
            ld = {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": S["source"], "url": S["url"].split("/live")[0]}, node]}
        else:
            ld = dict({"@context": "https://schema.org"}, **node)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>"]
    if ld:
        out.append('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>")
    out += ["</head><body>", f'<header class="site"><a class="brand">{S["source"]}</a><nav><a>World</a> <a>Europe</a> <a>Ukraine</a> <a>Opinion</a> <a>Newsletters</a></nav></header>',
            f'<main><p class="kicker">LIVE</p><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
            f'<p class="dateline">{esc(S["dateline"])}</p>', '<div class="share"><a>Share</a> <a>Copy link</a></div>']
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = d.strftime("%H:%M") + lab; stamps.append(st)
        out.append(f'<article class="post" id="post-{i+1}"><time datetime="{iso(d)}">{st}</time>')
        out.append(f"<h2>{esc(e['h'])}</h2>")
        if e["a"]:
            out.append(f'<p class="byline">By {esc(e["a"])}</p>')
        if e.get("img"):
            out.append(f'<figure><img src="/img/{S["id"]}-{i}.jpg" alt=""><figcaption>{esc(e["img"])}</figcaption></figure>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append("</article>")
        if i == 2:
            out.append('<aside class="newsletter"><h3>Get our morning briefing</h3><input type="email" placeholder="Your email"><button>Sign up</button></aside>')
        if i == 4:
            out.append('<aside class="related"><h3>Related</h3><a>Our full coverage of the war in Ukraine</a></aside>')
    out += ["</main>", f"<footer>© {S['source']} · About us · Contact · Cookie settings · Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss2(S):  # RSS 2.0; pubDate with the given offset style ("GMT" or numeric); description CDATA or entity-escaped HTML
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', "<channel>",
           f"<title>{esc(S['title'])}</title>", f"<link>{S['url']}</link>", f"<description>{esc(S['desc'])}</description>", "<language>en</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT") if S["pubfmt"] == "GMT" else d.strftime("%a, %d %b %Y %H:%M:%S %z")
        stamps.append(st)
        body = "".join(f"<p>{p}</p>" for p in e["p"])
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/{d.strftime('%Y/%m/%d')}/{slug(e['h'])}</link>",
                f'<guid isPermaLink="false">{S["id"]}-{i+1}</guid>', f"<pubDate>{st}</pubDate>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out.append(f"<category>{e.get('cat', 'World')}</category>")
        if S["desc_style"] == "cdata":
            out.append(f"<description><![CDATA[{body}]]></description>")
        else:
            out.append(f"<description>{esc(body)}</description>")
        out.append("</item>")
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_atom(S):  # Atom 1.0, Z times, html content escaped
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           f'<link href="{S["url"]}"/>', f"<id>{S['url']}/</id>", f"<updated>{dt(S['entries'][0]['t'], z).astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z).astimezone(UTC); st = d.strftime("%Y-%m-%dT%H:%M:%SZ"); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="{S["url"]}/{slug(e["h"])}"/>', f"<id>tag:{S['id']},{i+1}</id>",
                f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        out.append(f'<category term="{e.get("cat", "world")}"/>')
        if e["p"]:
            out.append('<content type="html">' + esc("".join(f"<p>{p}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_article_html(S):  # HTML article, one entry per h2 section, dateline with time; stamp null
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - {S['source']}</title></head><body>",
           f'<header><a class="masthead">{S["source"]}</a><nav><a>U.S.</a> <a>World</a> <a>Politics</a> <a>Business</a> <a>Opinion</a></nav><a>Subscribe</a></header>',
           f"<main><article><h1>{esc(S['title'])}</h1>", f'<p class="dek">{esc(S["lede"])}</p>',
           f'<p class="byline">By {esc(S["author"])}</p>', f'<p class="date">{esc(S["dateline"])}</p>',
           '<div class="tools"><a>Gift this article</a> <a>Share</a> <a>Save</a></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        stamps.append(None)
        out.append(f"<h2>{esc(e['h'])}</h2>")
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        if i == 0:
            out.append('<aside class="inline-promo">Read more: <a>Ukraine\u2019s long fight for air defence</a></aside>')
    out += ["</article></main>", f"<footer>© {S['source']}. All rights reserved. <a>Terms</a> <a>Privacy</a></footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_yarcombe(S):  # text live, OLDEST first, "2.35pm" stamps before headline on one line "2.35pm: Headline", All times GMT
    z = S["zone"]
    L = ["Yarcombe Live", "News | World | Sport | What's On | Weather", "", S["title"], "", S["dateline"], "All times GMT", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, "pm"); stamps.append(st)
        L += [f"{st}: {e['h']}", ""] + paras(e["p"])
        if e["a"]:
            L += [f"Posted by {e['a']}", ""]
        if i == 4:
            L += ["Sponsored content", ""]
    L += ["Load more", "", "Yarcombe Live · Contact us · Complaints · Cookie policy"]
    return "\n".join(L) + "\n", stamps


def r_castleton(S):  # text live, OLDEST first, date header, headline then "1409 GMT" on its own line AFTER it
    z = S["zone"]
    L = ["The Castleton Post", "World  Politics  Money  Sport  Weather", "", S["title"], "", S["dateline"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H%M") + " GMT"; stamps.append(st)
        L += [e["h"], st, ""] + paras(e["p"])
        if i == 2:
            L += ["Read more: Who is running Ukraine's power grid?", ""]
    L += ["Page compiled by the Castleton Post world desk.", "", "© The Castleton Post"]
    return "\n".join(L) + "\n", stamps


def r_wistman(S):  # text article with section headings, one dateline "13 December 2024 • 17:50 GMT", page byline
    L = [S["source"], "Menu  Search  Sign in", "", S["title"], "", S["lede"], "", f"By {S['author']}", S["dateline"], "",
         "Share  Save", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        stamps.append(None)
        L += [e["h"], ""] + paras(e["p"])
        if i == 0:
            L += ["Image caption: A substation engineer at work outside Lviv", ""]
    L += ["More on this story", "Ukraine's energy system: a guide", "", f"© {S['source']}"]
    return "\n".join(L) + "\n", stamps


# =============================================================== PART A: single pages
SEEDS = []

SEEDS.append(dict(id="2600", name="2600_firstpost-live", ext="html", source="Firstpost", zone="Asia/Kolkata", render=r_firstpost,
  url="https://www.firstpost.com/world/russia-ukraine-war-live-updates-feb-5-2024-13700001.html", author="FP Staff",
  title="Russia-Ukraine War LIVE Updates: Zelenskyy mulls leadership 'reset'; US Senate unveils Ukraine funding deal",
  updated="Updated: February 06, 2024 01:50:12 IST",
  lede="Follow Firstpost for the latest on the war in Ukraine, diplomacy in Washington and reactions from New Delhi.",
  fmt="HTML live blog, LiveBlogPosting JSON-LD (HTML entities in strings), time-only '20:35 (IST)' stamps, Key Events, crosses local midnight",
  imitates="Firstpost (Indian news site) live-updates page",
  notes="Firstpost-style live blog for Monday 5 Feb 2024 (UTC). Newest first. Stamps print only the time '20:35 (IST)' on their own line BEFORE the headline; the date comes from the header line 'Updated: February 06, 2024 01:50:12 IST'. The two newest posts (01:50 and 00:25 IST) fall after local midnight on 6 Feb IST, the rest on 5 Feb IST; all are 5 Feb UTC (IST = UTC+5:30). Key Events box lists two post headlines. One page byline 'FP Staff' and no per-post bylines: taken as every entry's author. JSON-LD strings are HTML-escaped (&#039;). One video teaser without body.",
  not_entries=["site header and menu", "breadcrumb", "LIVE badge", "page title", "page byline/updated line", "summary paragraph", "share buttons", "Key Events box (links to posts, not posts)", "per-post 'Share' labels", "Advertisement", "Also Read link", "newsletter box", "Trending box", "footer"],
  entries=[
  E("2024-02-06 01:50", "Russian shelling hits Kherson riverside district, one wounded",
    ["A man in his sixties was wounded when Russian artillery shelled the Korabelnyi district of Kherson late on Monday, the regional administration said.",
     "Shells also damaged a pharmacy and several private houses along the Dnipro embankment."],
    "strikes", "strikes", 2, "kherson-shelling-2024-02-05", a="FP Staff",
    n="01:50 IST on 6 Feb = 20:20 UTC on 5 Feb (local midnight crossing)."),
  E("2024-02-06 00:25", "US Senate negotiators release border deal that bundles $60 billion for Ukraine",
    ["Senators released the text of a long-negotiated package that ties new border-security measures to about $60 billion in military and economic help for Ukraine.",
     "Majority Leader Chuck Schumer said a first procedural vote could come as early as Wednesday, though several Republicans signalled they would oppose it.",
     "The bill also includes money for Israel and for partners in the Indo-Pacific."],
    "aid", "aid", 3, "us-senate-border-ukraine-package-2024-02", a="FP Staff", kp=True),
  E("2024-02-05 22:40", "Zelenskyy says he is weighing a 'reset' of Ukraine's leadership",
    ["President Volodymyr Zelenskyy told an Italian broadcaster that he was thinking about replacing a number of senior officials, not only in the military.",
     "He did not name anyone, but the remark fuelled days of speculation over the future of army chief Valerii Zaluzhnyi."],
    "other", "politics", 3, "zelensky-leadership-reset-remarks", a="FP Staff", kp=True,
    n="Domestic appointments -> other/politics; listed under Key Events -> 3."),
  E("2024-02-05 20:35", "Kremlin sees no sign Kyiv is ready to negotiate",
    ["Kremlin spokesman Dmitry Peskov said Moscow saw nothing to suggest that Ukraine or its Western backers wanted talks.",
     "He repeated that Russia would pursue its goals in Ukraine by military means for as long as that remained the case."],
    "diplomacy", "diplomacy", 2, "peskov-no-talks-signal-2024-02-05", a="FP Staff"),
  E("2024-02-05 18:10", "Russia says it downed seven Ukrainian drones over Belgorod region",
    ["Russia's defence ministry said its air defences destroyed seven drones over the Belgorod region in the afternoon.",
     "Regional governor Vyacheslav Gladkov said falling debris damaged a power line near the border, cutting electricity to two villages."],
    "strikes", "strikes", 2, "belgorod-drones-downed-2024-02-05", a="FP Staff"),
  E("2024-02-05 15:45", "India reiterates call for dialogue as Kyiv seeks wider support",
    ["The Ministry of External Affairs said India's position on the conflict was unchanged and that differences should be settled through dialogue and diplomacy.",
     "The spokesperson was responding to a question about Ukraine's hopes of hosting a peace-formula meeting with countries of the Global South."],
    "diplomacy", "diplomacy", 2, "india-mea-dialogue-call-2024-02-05", a="FP Staff"),
  E("2024-02-05 13:05", "Watch: Firefighters battle blaze at Odesa warehouse after drone attack", [],
    "strikes", "strikes", 1, "overnight-shahed-attack-2024-02-05", a="FP Staff", n="Video teaser, no body -> importance 1; shows the overnight attack."),
  E("2024-02-05 11:20", "Ukraine's air force says 16 of 24 Shahed drones shot down overnight",
    ["Ukraine's air force said Russia launched 24 Shahed attack drones overnight, mainly at the southern Odesa and Mykolaiv regions, and that 16 were destroyed.",
     "A warehouse in Odesa caught fire after it was hit; no one was hurt, the regional governor said."],
    "strikes", "strikes", 2, "overnight-shahed-attack-2024-02-05", a="FP Staff"),
  ]))

SEEDS.append(dict(id="2601", name="2601_gazetaexpress-world", ext="txt", source="Gazeta Express", zone="Europe/Belgrade", render=r_gazeta,
  ref="2024-02-19 22:40", title="World: latest news in English",
  fmt="plain-text scrape, relative stamps ('3 hours ago') under each headline, printed 'Last updated: 19.02.2024 22:40'",
  imitates="Gazeta Express (Kosovo news site) English/world section",
  notes="Gazeta Express-style text scrape of the English/world listing, Monday 19 Feb 2024. Relative stamps ('35 minutes ago', '3 hours ago') on the line after each headline, resolved against the printed 'Last updated: 19.02.2024 22:40' (Pristina time, CET = UTC+1; the page prints no zone, so the outlet's home zone Europe/Belgrade is used). No bylines (author null). Bilingual chrome lines ('Lexo më shumë / Read more', share line, REKLAMË) are not body. One football item is off-beat.",
  not_entries=["masthead and section menu", "search", "cookie line", "breadcrumb", "page heading", "'Last updated' line", "'Lexo më shumë / Read more' lines", "share lines", "REKLAMË (ad marker)", "Most read box and its links", "copyright/footer"],
  entries=[
  E("2024-02-19 22:05", "Navalnaya asks EU ministers not to recognise Putin's re-election",
    ["Yulia Navalnaya, the widow of opposition leader Alexei Navalny, met European Union foreign ministers in Brussels on Monday and urged them not to recognise next month's Russian presidential vote.",
     "Several ministers said they would consider sanctions on those they hold responsible for Navalny's death in an Arctic prison."],
    "diplomacy", "diplomacy", 2, "navalnaya-meets-eu-ministers"),
  E("2024-02-19 20:40", "Ukrainian units dig in west of Avdiivka after pull-out",
    ["Ukrainian troops who withdrew from Avdiivka at the weekend are building new defensive lines a few kilometres to the west, a military spokesman said.",
     "He acknowledged that Russian forces were pressing on villages near the town but said the front had been stabilised."],
    "other", "frontline", 2, "avdiivka-aftermath-new-lines"),
  E("2024-02-19 19:40", "Borrell expects 13th sanctions package before anniversary",
    ["EU foreign policy chief Josep Borrell said he expected the bloc to approve its thirteenth package of sanctions against Russia before Saturday, the second anniversary of the full-scale invasion.",
     "The package mainly adds companies and individuals accused of helping Moscow obtain military technology."],
    "diplomacy", "diplomacy", 2, "eu-13th-sanctions-package-timing"),
  E("2024-02-19 17:40", "Kurti: Kosovo's support for Ukraine will not waver",
    ["Prime Minister Albin Kurti said Kosovo would keep backing Ukraine politically and with humanitarian help for as long as the war lasts.",
     "He spoke after meeting a delegation of Ukrainian lawmakers in Pristina."],
    "diplomacy", "diplomacy", 2, "kurti-ukraine-support-statement"),
  E("2024-02-19 14:40", "Drone strike damages industrial site in Dnipro, governor says",
    ["A Russian drone hit an industrial facility in Dnipro in the early afternoon, starting a fire that crews put out within an hour, regional governor Serhii Lysak said.",
     "Two workers were treated for smoke inhalation."],
    "strikes", "strikes", 2, "dnipro-industrial-drone-strike-2024-02-19"),
  OFF("2024-02-19 11:40", "Superliga: Ballkani stretch lead at the top",
    ["Ballkani beat Drita 2-0 in Suhareka on Sunday evening to open a five-point gap at the top of Kosovo's Superliga.",
     "Both goals came in the second half."],
    "kosovo-superliga-ballkani", n="Kosovo football result."),
  ]))

SEEDS.append(dict(id="2602", name="2602_sofiaglobe-tag", ext="txt", source="The Sofia Globe", zone="Europe/Sofia", render=r_sofiaglobe,
  title="Tag: Ukraine",
  fmt="plain-text scrape of a tag page; byline glued to the date '5 April 2024 16:12'; excerpts + 'Read more'",
  imitates="The Sofia Globe (Bulgarian English-language site) tag listing",
  notes="Sofia Globe-style text scrape of the 'Ukraine' tag page, Friday 5 Apr 2024. Each card: headline, then the author name glued to the date and time with no space ('Milena Dimova5 April 2024 16:12' -- a copy-all artefact), excerpt paragraphs, 'Read more'. Sofia time is not printed; the outlet's zone is Europe/Sofia (EEST = UTC+3 in April). Newest first. Stamp = the whole glued line; author = the name part. One airport item is off-beat.",
  not_entries=["masthead, tagline and menu", "'Tag: Ukraine' heading (page title)", "'Read more' lines", "patron appeal", "'« Older Entries'", "social/footer lines"],
  entries=[
  E("2024-04-05 19:05", "Second batch of Bulgarian armoured carriers has reached Ukraine, ministry says",
    ["Bulgaria's Defence Ministry said a second group of armoured personnel carriers from its old stocks had been handed over to Ukraine.",
     "The ministry did not give a number, saying details of military shipments remain classified."],
    "aid", "aid", 2, "bulgaria-apc-second-batch", a="Milena Dimova"),
  E("2024-04-05 16:12", "Four killed as drones strike Kharkiv for second night running",
    ["Four people died when Russian drones hit residential streets in Kharkiv overnight, Mayor Ihor Terekhov said, the second deadly attack on the city in as many nights.",
     "Among the dead were three rescue workers who had arrived at the scene after the first impact.",
     "Ukraine's air force said it intercepted most of the drones launched across the country."],
    "strikes", "strikes", 3, "kharkiv-drone-strike-2024-04-05", a="Milena Dimova", n="Deadly strike -> 3."),
  E("2024-04-05 13:30", "Varna to host Black Sea mine-clearing group's next meeting",
    ["Bulgaria, Romania and Turkey will hold the next meeting of their joint Black Sea mine countermeasures task group in Varna, the Bulgarian navy said.",
     "The group was set up to clear drifting sea mines that have threatened merchant shipping since 2022."],
    "other", "security", 2, "black-sea-mine-countermeasures-varna", a="Stefan Iliev"),
  OFF("2024-04-05 11:00", "Sofia Airport passenger numbers up a fifth in first quarter",
    ["Sofia Airport handled about a fifth more passengers in January to March than a year earlier, the concession operator said.",
     "New low-cost routes to Italy and Spain accounted for most of the growth."],
    "sofia-airport-passenger-growth", a="Stefan Iliev", n="Bulgarian aviation statistics."),
  E("2024-04-05 09:40", "Bulgaria declares Russian diplomat persona non grata",
    ["The Foreign Ministry in Sofia ordered a Russian embassy employee to leave the country within 72 hours over activities it said were incompatible with diplomatic status.",
     "Russia's embassy called the decision unfriendly and said Moscow would respond."],
    "other", "security", 2, "bulgaria-expels-russian-diplomat-2024-04-05", a="The Sofia Globe staff",
    n="Espionage-related expulsion -> other/security."),
  E("2024-04-05 08:20", "Kuleba urges NATO allies to find more Patriot systems for Ukraine",
    ["Ukrainian Foreign Minister Dmytro Kuleba said after a NATO ministers' meeting in Brussels that Ukraine needed at least seven more Patriot batteries to protect its cities.",
     "He said allies had promised to look at what they could release from their own stocks."],
    "aid", "aid", 2, "kuleba-patriot-appeal-nato-ministers", a="The Sofia Globe staff"),
  ]))

SEEDS.append(dict(id="2603", name="2603_tcn-timeline", ext="txt", source="Total Croatia News", zone="Europe/Zagreb", render=r_tcn,
  author="Ana Kovačević", dateline="Wednesday, 24 April", parse_date="2024-04-24",
  title="Croatia and the War in Ukraine: Wednesday's Updates",
  lede="From Zagreb's defence plans to the vote in Washington, here is how Wednesday unfolded for Croatia and Ukraine.",
  fmt="plain-text scrape, date line WITHOUT year above an oldest-first timeline, '2.35pm – Headline' lines, one page byline",
  imitates="Total Croatia News (TCN) daily updates article",
  notes="TCN-style daily updates article. A date line 'Wednesday, 24 April' (no year anywhere on the page) sits above the timeline; parse with --date 2024-04-24. Stamps '9.10am'/'2.35pm' (Zagreb time, CEST = UTC+2; not printed) at the start of each update line, followed by ' – ' and the headline. Oldest first. One page byline 'By Ana Kovačević' = every entry's author. One football item is off-beat.",
  not_entries=["site name and menu", "cookie line", "page title", "byline line", "intro paragraph", "date line", "'READ MORE' link", "follow-us line", "share line", "footer"],
  entries=[
  E("2024-04-24 09:10", "Anušić: more Croatian howitzers for Ukraine under consideration",
    ["Defence Minister Ivan Anušić said Croatia was looking at sending further self-propelled howitzers to Ukraine once replacements for its own army had been ordered.",
     "He told reporters in Zagreb that no decision would be taken before the new government is formed."],
    "aid", "aid", 2, "croatia-howitzers-consideration", a="Ana Kovačević"),
  E("2024-04-24 11:25", "Drones damage port facilities in Izmail on the Danube",
    ["Russian drones hit grain-handling facilities in the Danube port of Izmail overnight, Ukraine's southern command said.",
     "Romanian authorities said they had scrambled fighter jets but that no debris fell on their territory."],
    "strikes", "strikes", 2, "izmail-port-drone-attack-2024-04-24", a="Ana Kovačević"),
  E("2024-04-24 13:40", "Plenković confirms Croatia will attend Swiss peace summit",
    ["Prime Minister Andrej Plenković said Croatia would be represented at the peace conference on Ukraine that Switzerland plans to host in June.",
     "He said lasting peace had to respect Ukraine's internationally recognised borders."],
    "diplomacy", "diplomacy", 2, "plenkovic-swiss-peace-summit", a="Ana Kovačević"),
  E("2024-04-24 14:35", "Croatian deminers to train Ukrainian teams in Lika",
    ["Croatia's demining centre will host a new group of Ukrainian deminers for six weeks of field training near Gospić, the interior ministry said.",
     "The course is funded by Croatia and the European Union."],
    "aid", "aid", 2, "croatia-demining-training-ukraine", a="Ana Kovačević", n="Training support for Ukraine -> aid."),
  E("2024-04-24 18:05", "Biden signs $61 billion Ukraine aid bill into law",
    ["US President Joe Biden signed the long-delayed foreign aid bill, which includes about $61 billion for Ukraine, hours after the Senate passed it.",
     "He said the first weapons shipments would start moving within days."],
    "aid", "aid", 3, "biden-signs-ukraine-aid-bill", a="Ana Kovačević", n="Major aid decision -> 3."),
  OFF("2024-04-24 20:50", "Hajduk Split part ways with head coach after cup exit",
    ["Hajduk Split have dismissed their head coach a day after being knocked out of the Croatian Cup semi-finals, the club said.",
     "An assistant will take charge for the remaining league matches."],
    "hajduk-coach-dismissed", a="Ana Kovačević", n="Croatian football."),
  ]))

SEEDS.append(dict(id="2604", name="2604_maltatoday-world", ext="html", source="MaltaToday", zone="Europe/Malta", render=r_maltatoday,
  title="World",
  fmt="HTML section listing, per-card author and '7 June 2024 06:07' stamp, ItemList/NewsArticle JSON-LD with &#8217; entities",
  imitates="MaltaToday (Maltese news site) World section",
  notes="MaltaToday-style World listing, Friday 7 Jun 2024 (eve of Malta's European and local elections). Each card: linked headline, byline span with author and date '7 June 2024 06:07' (Malta time, CEST = UTC+2, zone not printed), summary paragraphs, share links. Newest first. ItemList JSON-LD mirrors the cards (headline apostrophes as &#8217;). One campaign-silence item is off-beat.",
  not_entries=["masthead and menu", "cookie bar", "section heading 'World'", "share links", "newsletter box", "Most Read box", "footer"],
  entries=[
  E("2024-06-07 21:15", "Macron and Zelensky agree Mirage jets deal and brigade training plan",
    ["French President Emmanuel Macron said after talks with Volodymyr Zelensky in Paris that France would supply Mirage 2000 fighter jets and train Ukrainian pilots.",
     "He added that France intended to equip and train a full Ukrainian brigade of about 4,500 soldiers."],
    "aid", "aid", 3, "france-mirage-jets-brigade-training", a="Agencies", sec=["diplomacy"], n="Major arms supply by a head of state -> 3."),
  E("2024-06-07 19:55", "Biden says sorry to Zelensky for months of aid delay",
    ["US President Joe Biden apologised to Zelensky in Paris for the months in which Congress held up new military aid.",
     "He announced a further $225 million package and said American support would not waver."],
    "diplomacy", "diplomacy", 3, "biden-apologises-zelensky-paris", a="Agencies", sec=["aid"]),
  E("2024-06-07 18:40", "Guided bombs hit village in Kharkiv region, two dead",
    ["Two people were killed when Russian guided bombs struck a village north-east of Kharkiv in the afternoon, the regional governor said.",
     "Several houses and a shop were destroyed."],
    "strikes", "strikes", 2, "kharkiv-region-glide-bombs-2024-06-07", a="Rebecca Camilleri Grech"),
  E("2024-06-07 15:20", "Abela: neutral Malta won\u2019t join ammunition drive for Ukraine",
    ["Prime Minister Robert Abela said Malta's constitutional neutrality ruled out any contribution to European efforts to buy artillery shells for Ukraine.",
     "He said Malta would continue to send humanitarian supplies and to support reconstruction."],
    "aid", "aid", 2, "malta-neutrality-ammunition", a="Matthew Farrugia"),
  OFF("2024-06-07 12:05", "Campaign silence begins before Saturday\u2019s European and local elections",
    ["Political parties ended their campaigns at midnight, and no political advertising is allowed until polls close on Saturday evening.",
     "The Electoral Commission expects turnout to be lower than in 2019."],
    "malta-election-silence", a="Matthew Farrugia", n="Maltese election item."),
  E("2024-06-07 09:30", "Ukrainian drones set fire to oil depot in southern Russia",
    ["Drones hit an oil storage site in Russia's Krasnodar region before dawn, starting a fire that burned for several hours, local officials said.",
     "Ukraine did not comment, but a source in its security service said the depot supplied Russian forces."],
    "strikes", "strikes", 2, "krasnodar-oil-depot-drones-2024-06-07", a="Agencies"),
  E("2024-06-07 06:07", "Ukraine shoots down 20 drones and two missiles overnight",
    ["Ukraine's air force said it shot down all 20 attack drones and two cruise missiles launched by Russia overnight.",
     "Debris damaged a school in the Zhytomyr region."],
    "strikes", "strikes", 2, "overnight-interceptions-2024-06-07", a="Rebecca Camilleri Grech"),
  ]))

SEEDS.append(dict(id="2605", name="2605_portugalnews-world", ext="html", source="The Portugal News", zone="Europe/Lisbon", render=r_portugal,
  today="Wednesday, 26 June 2024", title="World",
  fmt="HTML category listing; header shows the fetch day (26 June) while the stories are of 25 June; '25 Jun 2024, 14:38' line AFTER each headline",
  imitates="The Portugal News (English-language weekly, Portugal) World listing",
  notes="Portugal News-style World listing captured on Wednesday 26 Jun 2024 (the top bar prints the fetch day), all stories dated Tuesday 25 Jun 2024. The stamp '25 Jun 2024, 14:38' is on its own line AFTER the headline, followed by 'By X, in World'. Lisbon time (WEST = UTC+1 in June; not printed). Newest first. Two items (Alentejo heat, Assange) are off-beat.",
  not_entries=["top bar with the fetch day and weather", "masthead and menu", "'World' heading", "'Read full article' / comment counts", "print-edition banner", "newsletter box", "footer"],
  entries=[
  E("2024-06-25 20:10", "EU opens membership negotiations with Ukraine and Moldova",
    ["The European Union formally opened accession talks with Ukraine and Moldova at intergovernmental conferences in Luxembourg on Tuesday.",
     "Ukraine's delegation was led by Deputy Prime Minister Olha Stefanishyna, who called it the start of a new chapter."],
    "diplomacy", "diplomacy", 3, "eu-accession-talks-ukraine-moldova-open", a="TPN/Lusa"),
  E("2024-06-25 17:45", "Rangel hails 'historic' start of Ukraine's EU talks",
    ["Foreign Minister Paulo Rangel said the opening of negotiations with Kyiv was a historic day for Europe and that Portugal would help Ukraine with the reforms ahead.",
     "He spoke on the sidelines of the ministers' meeting in Luxembourg."],
    "diplomacy", "diplomacy", 2, "eu-accession-talks-ukraine-moldova-open", a="TPN/Lusa",
    n="Reaction about the event itself -> same story; single seed -> 2."),
  E("2024-06-25 14:38", "Portuguese volunteers drive ambulances to Lviv",
    ["A convoy of six ambulances donated by fire brigades in northern Portugal reached Lviv after a five-day drive across Europe.",
     "The organisers said the vehicles would be sent on to hospitals near the front."],
    "aid", "aid", 2, "portuguese-ambulances-lviv", a="Hannah Brooks"),
  E("2024-06-25 11:20", "Glide bombs strike Kharkiv suburb, injuring nine",
    ["Russian aircraft dropped guided bombs on a suburb of Kharkiv in the morning, injuring nine people, the regional governor said.",
     "A kindergarten building was among those damaged."],
    "strikes", "strikes", 2, "kharkiv-suburb-glide-bombs-2024-06-25", a="TPN/Lusa"),
  OFF("2024-06-25 09:05", "Orange heat warning for Alentejo as temperatures near 40 degrees",
    ["The weather institute IPMA placed three Alentejo districts under an orange warning, with highs close to 40 degrees expected on Wednesday.",
     "Civil protection also raised the wildfire risk level."],
    "alentejo-heat-warning", a="TPN/Lusa", n="Portuguese weather."),
  OFF("2024-06-25 07:30", "Assange freed from British prison after plea agreement",
    ["WikiLeaks founder Julian Assange has left Britain after being released from Belmarsh prison under a plea deal with US prosecutors.",
     "He is expected to appear before a court on a Pacific island before returning to Australia."],
    "assange-release", a="TPN/Lusa", n="Not about the war."),
  ]))

SEEDS.append(dict(id="2606", name="2606_greekreporter-tag", ext="html", source="Greek Reporter", zone="Europe/Athens", render=r_greekreporter,
  title="Ukraine",
  fmt="HTML tag page, cards 'by X' + 'August 19, 2024 at 8:35 p.m.', NewsArticle JSON-LD for the lead card",
  imitates="Greek Reporter (Greek news site in English) tag page",
  notes="Greek Reporter-style tag page 'Ukraine', Monday 19 Aug 2024. Each card: category label, headline, 'by AUTHOR' and '<time>August 19, 2024 at 8:35 p.m.</time>', excerpt paragraphs, share bar. Athens time (EEST = UTC+3; not printed). Newest first; the top card is 11:55 p.m. Athens = 20:55 UTC, still 19 Aug UTC. A NewsArticle JSON-LD describes only the lead card. One wildfire item is off-beat.",
  not_entries=["masthead, menu and donate link", "tag heading 'Ukraine'", "category labels", "share bars", "newsletter box", "'Older posts'", "Related box", "footer"],
  entries=[
  E("2024-08-19 23:55", "Ukraine says it hit a third bridge over the Seym river",
    ["Ukraine's air force commander said his pilots had struck another bridge across the Seym river in Russia's Kursk region, the third in a week.",
     "Russian military bloggers said the strikes were making it harder to supply troops cut off south of the river."],
    "strikes", "strikes", 2, "seym-bridges-strikes-kursk", a="Eleni Markou"),
  E("2024-08-19 20:35", "Mitsotakis rules out sending Greece's S-300 systems to Kyiv",
    ["Prime Minister Kyriakos Mitsotakis said Greece would not part with its S-300 air-defence systems because they remain vital to the country's own security.",
     "He said Athens would keep supplying ammunition and other equipment that does not weaken its deterrence."],
    "aid", "aid", 2, "greece-s300-not-for-ukraine", a="Tasos Vlachos"),
  E("2024-08-19 17:10", "Zelensky says Kursk push aims to create a buffer zone",
    ["Volodymyr Zelensky said for the first time that one goal of the incursion into Russia's Kursk region was to set up a buffer zone to stop cross-border shelling.",
     "Ukraine's army chief said troops had advanced further and now held more than 90 settlements."],
    "other", "frontline", 2, "kursk-incursion-buffer-zone", a="Eleni Markou", n="Ground operation / territorial claims -> other/frontline."),
  E("2024-08-19 14:25", "Kyiv targeted by ballistic missiles for third time this month",
    ["Air defences over Kyiv shot down several ballistic missiles early on Monday, the city's military administration said.",
     "Debris fell in two districts, but no casualties were reported."],
    "strikes", "strikes", 2, "kyiv-ballistic-missiles-2024-08-19", a="Eleni Markou"),
  E("2024-08-19 11:40", "Greek tanker owners cut Russian oil cargoes under price cap",
    ["Greek-owned tankers carried far fewer Russian crude cargoes in July than a year ago as Western enforcement of the oil price cap tightened, shipping data show.",
     "Shipowners said insurers had become more cautious about documents certifying the price paid."],
    "diplomacy", "diplomacy", 2, "greek-tankers-russian-oil-price-cap", a="Tasos Vlachos", n="Sanctions enforcement -> diplomacy."),
  OFF("2024-08-19 09:15", "Firefighters contain blaze on Evia after two days",
    ["A wildfire in the north of Evia island was brought under control on Monday morning, the fire service said.",
     "Several villages had been evacuated as a precaution on Saturday."],
    "evia-wildfire-contained", a="Tasos Vlachos", n="Greek wildfire."),
  ]))

SEEDS.append(dict(id="2607", name="2607_emergingeurope-rss", ext="xml", source="Emerging Europe", zone="Europe/London", render=r_emerging,
  title="Emerging Europe",
  fmt="RSS 2.0 (WordPress style), '+0000' pubDate, truncated description + content:encoded CDATA",
  imitates="Emerging Europe (London-based site on Central and Eastern Europe) RSS feed",
  notes="Emerging Europe-style WordPress RSS, Friday 30 Aug 2024. pubDate with '+0000' (UTC); the outlet's home zone Europe/London (BST) is used for published_local. <description> is a cut-off teaser ending '[…]'; the full text is in content:encoded, whose last paragraph ('The post ... appeared first on Emerging Europe.') is feed boilerplate, not body. Two items (Polish rates, Estonian start-up) are off-beat.",
  not_entries=["channel metadata", "truncated <description> teasers (the body is content:encoded)", "'The post ... appeared first on Emerging Europe' boilerplate", "category elements"],
  entries=[
  E("2024-08-30 21:20", "Russian glide bomb strike on Kharkiv kills six, including a child",
    ["At least six people were killed and dozens wounded when Russian guided bombs hit a residential area of Kharkiv on Friday evening, regional officials said.",
     "A 14-storey apartment building was among the buildings damaged."],
    "strikes", "strikes", 3, "kharkiv-glide-bomb-strike-2024-08-30", a="Emerging Europe Staff", n="Deadly strike -> 3."),
  E("2024-08-30 18:45", "Zelensky dismisses air force commander after F-16 loss",
    ["President Volodymyr Zelensky replaced the commander of Ukraine's air force, Mykola Oleshchuk, days after one of the country's first F-16 jets crashed, killing its pilot.",
     "Zelensky gave no reason, saying only that the decision was about the air force's people."],
    "other", "politics", 2, "ukraine-air-force-commander-dismissed", a="Piotr Nowicki", n="Military appointment -> other/politics."),
  E("2024-08-30 15:10", "EU ministers weigh training mission inside Ukraine",
    ["European foreign ministers meeting informally in Brussels discussed whether EU military instructors could one day train Ukrainian troops inside Ukraine.",
     "Josep Borrell said there was no consensus yet and that the debate would continue."],
    "diplomacy", "diplomacy", 2, "eu-gymnich-training-mission-debate", a="Piotr Nowicki"),
  OFF("2024-08-30 12:30", "Poland's inflation edges up as energy price caps unwind",
    ["Consumer prices in Poland rose faster in August than in July, flash data from the statistics office show, as household energy bills climbed.",
     "Economists expect the central bank to keep rates on hold for the rest of the year."],
    "poland-inflation-august-2024", a="Emerging Europe Staff", n="Polish economy.", cat="Business"),
  E("2024-08-30 10:05", "Lithuania to co-fund long-range drone production in Ukraine",
    ["Lithuania will finance the production of long-range attack drones by Ukrainian manufacturers under a new bilateral agreement, its defence ministry said.",
     "Vilnius will pay for the drones, which will be built in Ukraine and delivered directly to its armed forces."],
    "aid", "aid", 2, "lithuania-funds-ukrainian-drones", a="Piotr Nowicki"),
  OFF("2024-08-30 08:30", "Estonian logistics start-up raises 12 million euros",
    ["A Tallinn-based start-up that builds software for freight forwarders has closed a 12 million euro funding round led by a Nordic investor.",
     "The company plans to open an office in Warsaw."],
    "estonian-startup-funding", a="Emerging Europe Staff", n="Business item.", cat="Business"),
  ]))

SEEDS.append(dict(id="2608", name="2608_tribune-keydevelopments", ext="txt", source="The Tribune", zone="Asia/Kolkata", render=r_tribune,
  author="Tribune Web Desk",
  title="Russia-Ukraine war: Zelenskyy takes his 'victory plan' to Paris and Rome; Moscow claims another village",
  lede="The Ukrainian President is touring European capitals to win backing for his proposals before winter.",
  fmt="plain-text scrape of a 'key developments' article: each bullet line (no headline, no stamp) is one event; 'Posted At: Oct 10, 2024 08:35 PM (IST)'",
  imitates="The Tribune (Chandigarh, India) world news article",
  notes="Tribune-style article of Thursday 10 Oct 2024 listing key developments as bullets; copy-all dropped the bullet glyphs, so each bullet is one line of text. Each bullet is one entry: headline null, stamp null, published = the article's 'Posted At: Oct 10, 2024 08:35 PM (IST)' (= 15:05 UTC); the 'Updated At' line is later and not used. Page byline 'Tribune Web Desk' = every entry's author.",
  not_entries=["masthead and menu", "Trending line", "section label 'World'", "headline and standfirst (page title/lede)", "byline, Posted/Updated lines", "'Follow Us'", "'Here are the key developments:'", "Tags", "WhatsApp/newsletter prompts", "footer"],
  entries=[
  E("2024-10-10 20:35", None,
    ["Ukrainian President Volodymyr Zelenskyy met French President Emmanuel Macron at the Elysee Palace on Thursday to present his 'victory plan', which he hopes allies will endorse before the end of the year."],
    "diplomacy", "diplomacy", 3, "zelensky-macron-victory-plan-paris", a="Tribune Web Desk", n="Head-of-state diplomatic visit -> 3."),
  E("2024-10-10 20:35", None,
    ["Later in the day he flew to Rome for talks with Prime Minister Giorgia Meloni, who said Italy's support would continue but repeated that Italian weapons may not be used on Russian territory."],
    "diplomacy", "diplomacy", 2, "zelensky-meloni-rome-talks", a="Tribune Web Desk", n="Separate meeting in another capital -> own story."),
  E("2024-10-10 20:35", None,
    ["A Russian missile struck a civilian container ship as it was leaving the port of Odesa, killing one crew member and injuring five, Ukraine's navy said."],
    "strikes", "strikes", 2, "odesa-container-ship-strike-2024-10-10", a="Tribune Web Desk"),
  E("2024-10-10 20:35", None,
    ["Russia's defence ministry claimed its troops had taken control of a village south of Toretsk in the Donetsk region, a claim Kyiv did not confirm."],
    "other", "frontline", 2, "toretsk-village-claim-2024-10-10", a="Tribune Web Desk"),
  E("2024-10-10 20:35", None,
    ["In New Delhi, the Ministry of External Affairs said it was pressing Moscow to release the remaining Indian nationals who had been recruited into the Russian army as support staff."],
    "other", "humanitarian", 2, "indians-in-russian-army-release", a="Tribune Web Desk"),
  E("2024-10-10 20:35", None,
    ["Belgium announced it would deliver the first of its promised F-16 fighter jets to Ukraine before the end of the year, earlier than planned."],
    "aid", "aid", 2, "belgium-f16-delivery-timing", a="Tribune Web Desk"),
  ]))

SEEDS.append(dict(id="2609", name="2609_caucasuswatch-rdf", ext="xml", source="Caucasus Watch", zone="Asia/Tbilisi", render=r_caucasus,
  title="Caucasus Watch – News",
  fmt="RSS 1.0 (RDF) with dc:date '+04:00' and entity-escaped HTML descriptions",
  imitates="Caucasus Watch (South Caucasus news/analysis site) news feed",
  notes="Caucasus Watch-style RSS 1.0 (rdf:RDF) feed, Monday 16 Dec 2024. dc:date in ISO form with +04:00 (Tbilisi/Baku/Yerevan time). Descriptions are entity-escaped HTML paragraphs. The channel's rdf:Seq of links is not entries. Two items about Georgian and Armenian domestic/regional politics are off-beat (not about the Russia-Ukraine war).",
  not_entries=["channel title/link/description", "rdf:Seq item list", "dc:subject values"],
  entries=[
  E("2024-12-16 22:40", "EU adopts 15th package of sanctions against Russia",
    ["European Union foreign ministers approved a fifteenth round of sanctions against Russia, adding dozens of tankers from Moscow's shadow fleet to the list.",
     "Several Chinese firms accused of supplying drone components were also listed."],
    "diplomacy", "diplomacy", 3, "eu-15th-sanctions-package", a="Lasha Beridze", n="Major sanctions package -> 3."),
  OFF("2024-12-16 20:05", "Hungary and Slovakia block EU visa measures against Georgian officials",
    ["An EU proposal to suspend visa-free travel for Georgian officials over the crackdown on protesters failed to win unanimity in Brussels.",
     "Several member states said they would act nationally instead."],
    "georgia-eu-visa-measures-blocked", a="Lasha Beridze", n="Georgian domestic crisis / EU relations, not the war."),
  E("2024-12-16 16:30", "Azerbaijan sends second shipment of power equipment to Ukraine",
    ["Azerbaijan delivered transformers and cable to Ukrainian energy companies, its embassy in Kyiv said, the second such shipment this winter.",
     "The equipment is meant to help repair substations damaged by Russian strikes."],
    "aid", "aid", 2, "azerbaijan-power-equipment-ukraine", a="Nigar Aliyeva"),
  E("2024-12-16 13:15", "Georgian volunteer killed fighting near Pokrovsk",
    ["A Georgian national serving with a foreign volunteer unit in Ukraine's armed forces was killed near Pokrovsk, the unit said.",
     "More than 70 Georgian volunteers have died in Ukraine since 2022, according to volunteer groups."],
    "other", "frontline", 2, "georgian-volunteer-killed-pokrovsk", a="Lasha Beridze"),
  OFF("2024-12-16 10:50", "Armenia will not pay CSTO contributions for 2024, Yerevan says",
    ["Armenia's Foreign Ministry said the country would not pay its share of the Russian-led security bloc's budget, as its participation remains frozen.",
     "Prime Minister Nikol Pashinyan has accused the alliance of failing to protect Armenia."],
    "armenia-csto-contributions", a="Anahit Sargsyan", n="Armenian foreign policy, not the war."),
  E("2024-12-16 09:12", "Lavrov says Moscow open to contacts with next US administration",
    ["Russian Foreign Minister Sergei Lavrov said Moscow was ready to listen to proposals from Donald Trump's team but would not accept a freeze that ignored its security demands.",
     "He spoke in an interview with a Russian state broadcaster."],
    "diplomacy", "diplomacy", 2, "lavrov-trump-team-contacts", a="Nigar Aliyeva"),
  ]))


# =============================================================== PART B, day 1: 2024-10-29 (UTC)
MAIN1 = "zaporizhzhia-high-rise-strike-2024-10-29"

SEEDS.append(dict(id="2620", name="2620_stackpole-textlive", ext="txt", source="Stackpole Daily", zone="Europe/London", render=r_stackpole,
  title="Ukraine war live: deadly strike on Zaporizhzhia apartment block", dateline="Tuesday 29 October 2024",
  fmt="text live, OLDEST first, '14:38 GMT' stamp line above headline, Key Points, 'Reporting by' line", imitates="invented",
  notes="Invented UK outlet, text live blog for Tuesday 29 Oct 2024, oldest first. Stamps 'HH:MM GMT' (UK back on GMT since 27 Oct, = UTC) on the line above each headline; date from the dateline. Key Points block at the top lists three headlines. 'Reporting by X' after a body is the author. 13:50 is a near-verbatim repeat of the 10:15 post.",
  not_entries=["masthead and menu", "page title", "dateline", "'Key Points' heading and its list (a summary of posts)", "'Latest updates appear at the bottom' note", "'Reporting by' lines (author)", "'Share this update' labels", "ADVERTISEMENT", "'Back to top' and footer"],
  entries=[
  E("2024-10-29 08:40", "Sybiha urges Beijing to rein in Pyongyang over troop deployment",
    ["Ukraine's Foreign Minister Andrii Sybiha called on China to use its influence with North Korea to stop the dispatch of North Korean soldiers to Russia.",
     "He said Beijing could not claim neutrality while a second Asian power joined the war in Europe."],
    "diplomacy", "diplomacy", 2, "sybiha-appeal-china-north-korea-troops", a="Helen Tregarthen",
    n="Separate statement from Rutte's (2622-06): must not merge."),
  E("2024-10-29 10:15", "Russian strike on Zaporizhzhia apartment block kills at least three",
    ["At least three people were killed and 16 injured when a Russian missile hit a nine-storey apartment building in Zaporizhzhia this morning, regional governor Ivan Fedorov said.",
     "Rescue teams are searching the upper floors, which partly collapsed."],
    "strikes", "strikes", 3, MAIN1, a="Helen Tregarthen", kp=True),
  E("2024-10-29 12:30", "Drones hit Kharkiv's northern districts, two hurt",
    ["Two people were injured when Russian drones struck the Kyivskyi and Saltivskyi districts of Kharkiv around midday, Mayor Ihor Terekhov said.",
     "A fire broke out at a garage cooperative."],
    "strikes", "strikes", 3, "kharkiv-drone-attack-2024-10-29", a="Owen Pascoe",
    n="Different attack, different city: must not merge with the Zaporizhzhia strike."),
  E("2024-10-29 13:50", "Strike on Zaporizhzhia apartment block kills at least three",
    ["At least three people were killed and 16 injured when a Russian missile hit a nine-storey apartment building in Zaporizhzhia this morning, regional governor Ivan Fedorov said.",
     "Rescue teams are still searching the upper floors, which partly collapsed."],
    "strikes", "strikes", 1, MAIN1, a="Helen Tregarthen", dup="2620-02", n="Near-verbatim repeat of 2620-02."),
  E("2024-10-29 15:05", "Netherlands pledges €400m for F-16 ammunition",
    ["The Dutch government said it would spend 400 million euros on munitions for the F-16 jets it has supplied to Ukraine, including air-to-air missiles.",
     "Defence Minister Ruben Brekelmans announced the package during a visit to a training base."],
    "aid", "aid", 3, "netherlands-f16-munitions-package", a="Owen Pascoe", kp=True,
    n="Must not merge with Canada's package (2621-03) or the US drawdown (2623-03)."),
  E("2024-10-29 17:20", "Russia says 20 Ukrainian drones downed over Bryansk region",
    ["Russia's defence ministry said air defences destroyed 20 Ukrainian drones over the Bryansk region during the afternoon.",
     "The regional governor reported no casualties."],
    "strikes", "strikes", 2, "bryansk-drones-downed-2024-10-29", a="Owen Pascoe"),
  E("2024-10-29 19:45", "Zelensky: Zaporizhzhia strike shows why we need long-range permission",
    ["President Volodymyr Zelensky said the attack on Zaporizhzhia proved that Russia would keep hitting homes as long as its launch sites remained out of Ukraine's reach.",
     "He renewed his call on allies to lift restrictions on the use of Western long-range weapons."],
    "strikes", "strikes", 3, MAIN1, a="Helen Tregarthen", sec=["aid"],
    n="Reaction whose main content is the attack -> same story."),
  E("2024-10-29 21:10", "Zaporizhzhia death toll rises to nine",
    ["The number of people killed in the morning strike on Zaporizhzhia has risen to nine, including a teenage girl, Fedorov said.",
     "More than 30 people were injured, and the search of the building has ended."],
    "strikes", "strikes", 3, MAIN1, a="Helen Tregarthen", kp=True),
  ]))

SEEDS.append(dict(id="2621", name="2621_trevose-htmllive", ext="html", source="Trevose Live", zone="Europe/Kyiv", render=r_htmllive, jsonld="plain",
  url="https://www.trevoselive.example/live/ukraine-2024-10-29",
  title="Russia-Ukraine war: live updates from Kyiv", lede="Our correspondents report on the day's events across Ukraine.",
  dateline="Tuesday, 29 October 2024 · Kyiv time (EET)",
  fmt="HTML live, LiveBlogPosting JSON-LD with per-update times, <time datetime> 24 h, byline under headline", imitates="invented",
  notes="Invented outlet, HTML live blog for Tuesday 29 Oct 2024, newest first. Visible stamps 'HH:MM' in <time datetime> (+02:00 = Kyiv EET since 27 Oct); the JSON-LD liveBlogUpdate items carry the same times. Byline 'By X' under the headline. A video teaser without body (spelling 'Zaporozhye'); an explainer (theme piece).",
  not_entries=["site header/menu", "LIVE kicker", "page title and standfirst", "dateline/zone line", "share links", "newsletter box", "Related box", "footer"],
  entries=[
  E("2024-10-29 22:55", "Zaporizhzhia: nine dead, more than 30 wounded as rescue operation ends",
    ["Emergency services in Zaporizhzhia said they had finished clearing rubble at the apartment block hit this morning, and the death toll stands at nine.",
     "The city has declared Wednesday a day of mourning."],
    "strikes", "strikes", 3, MAIN1, a="Iryna Kovalchuk"),
  E("2024-10-29 21:30", "Explainer: what winter holds for Ukraine's battered power grid",
    ["Ukraine enters its third winter of full-scale war with much of its thermal generation destroyed and its hydro plants damaged.",
     "Officials hope that imports from the EU, small gas-fired units and repaired substations will limit blackouts to a few hours a day, but a large new barrage could change that.",
     "The key variable, engineers say, is how much air-defence cover the remaining plants receive."],
    "strikes", "strikes", 2, "explainer-winter-power-grid", a="Mark Penrose", sec=["other"],
    n="Theme piece (explainer) with body: importance 2, its own story."),
  E("2024-10-29 19:10", "Canada announces drone and armoured-vehicle package",
    ["Canada will send Ukraine around 20,000 small surveillance drones and a batch of armoured vehicles, Defence Minister Bill Blair said.",
     "The equipment is paid for from funds Ottawa set aside earlier this year."],
    "aid", "aid", 2, "canada-drone-package-2024-10-29", a="Mark Penrose",
    n="Different donor from the Dutch package: must not merge. Re-posted on day 2 by 2633."),
  E("2024-10-29 17:45", "Dutch to fund F-16 munitions with 400 million euros",
    ["The Netherlands has set aside 400 million euros to buy missiles and other munitions for Ukraine's F-16 fleet, the defence ministry in The Hague said.",
     "Part of the money will go to air-to-air missiles ordered from the United States."],
    "aid", "aid", 3, "netherlands-f16-munitions-package", a="Mark Penrose"),
  E("2024-10-29 15:20", "Watch: rescuers dig through rubble in Zaporozhye", [],
    "strikes", "strikes", 1, MAIN1, a=None, n="Video teaser without body -> importance 1."),
  E("2024-10-29 14:40", "Two injured as Shahed drones strike Kharkiv",
    ["Shahed drones struck two districts of Kharkiv shortly after noon, injuring a man and a woman, the city's mayor said.",
     "Air-raid sirens sounded across the region for more than an hour."],
    "strikes", "strikes", 3, "kharkiv-drone-attack-2024-10-29", a="Iryna Kovalchuk"),
  E("2024-10-29 12:05", "Russian strike on Zaporizhzhia high-rise kills three",
    ["A Russian missile hit a residential high-rise in Zaporizhzhia, killing three people and injuring at least 16, the regional governor said.",
     "Photographs from the scene show the top floors of one entrance torn away."],
    "strikes", "strikes", 3, MAIN1, a="Iryna Kovalchuk"),
  ]))

SEEDS.append(dict(id="2622", name="2622_whitsand-worldrss", ext="xml", source="Whitsand World Service", zone="UTC", render=r_rss2,
  url="https://news.whitsand.example/world", title="Whitsand World Service – Top Stories", desc="World headlines, updated through the day",
  pubfmt="GMT", desc_style="cdata",
  fmt="RSS 2.0, GMT pubDate, CDATA paragraphs, general world feed (4 of 6 off-beat)", imitates="invented",
  notes="Invented general world-news RSS for Tuesday 29 Oct 2024; pubDate in GMT (= UTC). Only two items concern the war; floods in Spain, Georgia's election dispute, Japanese politics and oil prices are off-beat. No authors.",
  not_entries=["channel title/link/description", "category elements"],
  entries=[
  OFF("2024-10-29 20:40", "Flash floods hit eastern Spain after torrential rain",
    ["Torrential rain caused flash floods across the Valencia region, sweeping away cars and cutting roads and rail lines.",
     "Emergency services said several people were missing."],
    "spain-valencia-floods-2024-10", n="Weather disaster elsewhere."),
  E("2024-10-29 18:15", "Zaporizhzhia strike toll climbs to seven",
    ["Seven people are now known to have died after a Russian missile struck an apartment building in the Ukrainian city of Zaporizhzhia, officials said.",
     "Ukraine's president called for more air-defence systems."],
    "strikes", "strikes", 3, MAIN1),
  OFF("2024-10-29 16:00", "Georgian president refuses to accept parliamentary election result",
    ["Georgia's President Salome Zourabichvili said she would not recognise the official result of Saturday's election, citing what she called systematic fraud.",
     "The ruling Georgian Dream party rejected the allegations."],
    "georgia-election-dispute-2024-10", n="Georgian domestic politics."),
  OFF("2024-10-29 13:35", "Japan's ruling coalition scrambles for partners after losing majority",
    ["Prime Minister Shigeru Ishiba's coalition began talks with smaller parties after it fell short of a majority in Sunday's election.",
     "Opposition leaders said they would not join a formal coalition."],
    "japan-coalition-talks-2024-10", n="Japanese politics."),
  OFF("2024-10-29 11:20", "Oil prices steady after slide on Middle East relief",
    ["Brent crude stabilised after its sharpest fall in two years, as traders judged that Israel's strikes on Iran had spared oil facilities.",
     "Analysts expect prices to stay in a narrow range this week."],
    "oil-prices-steady-2024-10-29", n="Commodity markets."),
  E("2024-10-29 09:05", "NATO chief says North Korean units are now in Kursk region",
    ["NATO Secretary General Mark Rutte said the alliance had confirmed that North Korean military units had been deployed to Russia's Kursk region.",
     "He called it a significant escalation and a dangerous expansion of the war."],
    "diplomacy", "diplomacy", 2, "rutte-north-korean-troops-kursk",
    n="Separate statement from Sybiha's appeal (2620-01): must not merge."),
  ]))

SEEDS.append(dict(id="2623", name="2623_cardinham-article", ext="html", source="Cardinham Post", zone="America/New_York", render=r_article_html,
  title="After a deadly morning in Zaporizhzhia, Ukraine presses allies again", author="Dana Whitcombe",
  lede="A strike on a residential tower renews Kyiv's push for air defence and for permission to hit launch sites in Russia.",
  dateline="October 29, 2024, 4:10 p.m. EDT",
  fmt="HTML article, 3 h2 sections, one dateline '4:10 p.m. EDT', page byline", imitates="invented",
  notes="Invented US outlet, HTML article of Tuesday 29 Oct 2024 with three h2 sections. One entry per section; stamp null; published = the article dateline 'October 29, 2024, 4:10 p.m. EDT' (= 20:10 UTC). Page byline Dana Whitcombe = every section's author. Section 1 is the day's main story (toll 'at least seven' at that time); section 2 is the regional governor's own appeal (separate statement); section 3 a US package (separate aid).",
  not_entries=["masthead and menu", "headline and dek (page title/lede)", "byline and dateline", "gift/share tools", "'Read more' promo", "footer"],
  entries=[
  E("2024-10-29 16:10", "Seven dead in a nine-storey block",
    ["By late afternoon, rescuers in Zaporizhzhia had recovered seven bodies from the apartment building struck by a Russian missile shortly after 10 a.m. local time.",
     "Dozens of residents were treated for cuts and burns, and hundreds of windows in neighbouring blocks were blown out."],
    "strikes", "strikes", 3, MAIN1, a="Dana Whitcombe"),
  E("2024-10-29 16:10", "A governor's appeal",
    ["Ivan Fedorov, the regional governor, used a video address to ask Western partners for additional short-range air-defence systems for the city, which lies about 30 miles from the front.",
     "He said guided bombs and missiles reach Zaporizhzhia in less than a minute, leaving residents almost no warning."],
    "aid", "aid", 2, "fedorov-air-defence-appeal-2024-10-29", a="Dana Whitcombe",
    n="A separate appeal by a different official -> own story (LABELS: separate appeals are separate stories)."),
  E("2024-10-29 16:10", "Washington's next tranche",
    ["Pentagon officials said a new drawdown package of about $425 million, including air-defence interceptors and armoured vehicles, was being finalised and could be announced within days.",
     "The administration is trying to spend the remaining funds approved by Congress before the presidential transition."],
    "aid", "aid", 2, "us-drawdown-package-prep-2024-10", a="Dana Whitcombe",
    n="US package in preparation; must not merge with the Dutch or Canadian packages."),
  ]))


# =============================================================== PART B, day 2: 2024-10-30 (UTC) — the day after day 1
MAIN2 = "kyiv-overnight-drone-attack-2024-10-30"

SEEDS.append(dict(id="2630", name="2630_yarcombe-textlive", ext="txt", source="Yarcombe Live", zone="Europe/London", render=r_yarcombe,
  title="Ukraine live: drones hit Kyiv apartment block overnight", dateline="Wednesday 30 October 2024",
  fmt="text live, OLDEST first, '2.35pm: Headline' lines, 'All times GMT', 'Posted by' after body", imitates="invented",
  notes="Invented UK outlet, text live blog for Wednesday 30 Oct 2024, oldest first. Each update line is '6.05am: Headline' (GMT = UTC, stated under the dateline). 'Posted by X' after the body is the author. 9.45am is a near-verbatim repeat of 6.05am. 11.30am continues day 1's Zaporizhzhia story (new development: day of mourning, toll ten). The 6.10pm photo item has no body.",
  not_entries=["masthead and menu", "page title", "dateline and 'All times GMT'", "'Posted by' lines (author)", "Sponsored content", "'Load more' and footer"],
  entries=[
  E("2024-10-30 06:05", "Drone attack on Kyiv leaves one dead, nine injured",
    ["One person was killed and nine injured when debris from a downed drone hit a 16-storey apartment building in Kyiv's Solomianskyi district overnight, the city's military administration said.",
     "Fires broke out on two floors."],
    "strikes", "strikes", 3, MAIN2, a="Rhys Carnell"),
  E("2024-10-30 08:20", "Border villages in Sumy region shelled, one killed",
    ["Russian artillery shelled several villages along the border in the Sumy region, killing a 70-year-old man, the regional administration said.",
     "Officials counted more than 60 explosions over the night."],
    "strikes", "strikes", 3, "sumy-border-shelling-2024-10-30", a="Rhys Carnell",
    n="Different attack (shelling, Sumy): must not merge with the Kyiv drone attack."),
  E("2024-10-30 09:45", "Drone attack on Kyiv leaves one dead and nine injured",
    ["One person was killed and nine injured when debris from a downed drone hit a 16-storey apartment building in Kyiv's Solomianskyi district overnight, the city's military administration said.",
     "Fires broke out on two floors of the building."],
    "strikes", "strikes", 1, MAIN2, a="Rhys Carnell", dup="2630-01", n="Near-verbatim repeat of 2630-01."),
  E("2024-10-30 11:30", "Zaporizhzhia mourns as toll from Tuesday's strike reaches 10",
    ["Zaporizhzhia is observing a day of mourning for the victims of Tuesday's missile strike on an apartment block, and the number of dead has risen to ten after a woman died in hospital.",
     "Flags were lowered and entertainment events cancelled."],
    "strikes", "strikes", 3, MAIN1, a="Lowri Petherick", n="Continues the day-1 story with a new development (day of mourning, toll 10); keeps the day-1 slug; 2 seeds on day 2 -> 3."),
  E("2024-10-30 13:15", "Germany delivers another IRIS-T air-defence system",
    ["Germany has handed over another IRIS-T SLM air-defence system to Ukraine, the government in Berlin said, as part of a package promised in the summer.",
     "Further launchers are due before the end of the year."],
    "aid", "aid", 3, "germany-iris-t-delivery-2024-10-30", a="Lowri Petherick",
    n="Must not merge with the EU asset-profits transfer (2632-02)."),
  E("2024-10-30 14:35", "Lavrov accuses the West of dragging out the war",
    ["Russian Foreign Minister Sergei Lavrov said Western governments were prolonging the fighting by supplying weapons and ruled out talks on what he called Kyiv's terms.",
     "He was speaking at a news conference in Moscow with a visiting counterpart."],
    "diplomacy", "diplomacy", 2, "lavrov-west-prolonging-war-2024-10-30", a="Lowri Petherick",
    n="Separate statement from Yermak's (2633-02): must not merge."),
  E("2024-10-30 16:50", "Kyiv toll rises to two after second body found",
    ["Rescuers found a second body in the Kyiv apartment building hit by drone debris overnight, raising the toll to two, the State Emergency Service said.",
     "The number of injured has risen to 14."],
    "strikes", "strikes", 3, MAIN2, a="Rhys Carnell"),
  E("2024-10-30 18:10", "Photos: Kyiv residents clear debris in Solomianskyi district", [],
    "strikes", "strikes", 1, MAIN2, a=None, n="Photo teaser without body -> importance 1."),
  ]))

SEEDS.append(dict(id="2631", name="2631_bodmin-worldatom", ext="xml", source="Bodmin World Desk", zone="UTC", render=r_atom,
  url="https://bodminworld.example/feed", title="Bodmin World Desk",
  fmt="Atom 1.0, Z times, html content, general world feed (4 of 6 off-beat)", imitates="invented",
  notes="Invented general world-news Atom feed for Wednesday 30 Oct 2024, times in UTC (Z). Spells the capital 'Kiev'. Four of six items are off-beat (Spanish floods, Israeli strikes in Lebanon, typhoon, eurozone growth); one is an analysis piece (theme).",
  not_entries=["feed title/link/id/updated", "category terms"],
  entries=[
  OFF("2024-10-30 21:30", "Spain's flood death toll passes 60",
    ["At least 62 people have died in flash floods in the Valencia region, regional authorities said, and dozens are still missing.",
     "The government declared three days of national mourning."],
    "spain-valencia-floods-2024-10", a=None, n="Weather disaster elsewhere."),
  E("2024-10-30 18:05", "Kiev apartment block hit as drones target capital; two dead",
    ["Two people died and 14 were injured after a Russian drone attack on Kiev damaged a high-rise in the south-west of the city overnight, Ukrainian officials said.",
     "Ukraine's air force said it shot down most of the 60-odd drones launched across the country."],
    "strikes", "strikes", 3, MAIN2, a=None),
  OFF("2024-10-30 15:40", "Israeli strikes hit Lebanon's Bekaa valley",
    ["Israeli air strikes struck several towns in Lebanon's eastern Bekaa valley, Lebanese officials said, as fighting with Hezbollah continued.",
     "Thousands of residents of Baalbek fled after an evacuation warning."],
    "israel-strikes-bekaa-2024-10-30", a=None, n="Another war (Israel-Hezbollah)."),
  OFF("2024-10-30 12:10", "Typhoon Kong-rey heads for Taiwan",
    ["Taiwan closed schools and offices in several counties as Typhoon Kong-rey approached its east coast with sustained winds of more than 180 km/h.",
     "Forecasters expect landfall on Thursday."],
    "typhoon-kong-rey-taiwan", a=None, n="Weather."),
  OFF("2024-10-30 09:25", "Eurozone growth beats expectations in third quarter",
    ["The eurozone economy grew by 0.4% in the third quarter, twice the pace of the previous three months, flash estimates showed.",
     "Germany narrowly avoided a technical recession."],
    "eurozone-q3-growth-2024", a=None, n="Economy elsewhere."),
  E("2024-10-30 07:00", "Analysis: how cheap decoy drones wear down Ukraine's air defences",
    ["Russia now mixes unarmed decoy drones into almost every night-time raid, forcing Ukrainian gunners and radar crews to track dozens of targets that carry no warhead.",
     "Ukrainian officials say the decoys cost a fraction of a Shahed but soak up interceptors and ammunition.",
     "Mobile fire groups with machine guns have become the cheapest answer."],
    "strikes", "strikes", 2, "analysis-decoy-drones", a=None,
    n="Theme piece (analysis) with body: importance 2, own story."),
  ]))

SEEDS.append(dict(id="2632", name="2632_tintagel-htmllive", ext="html", source="Tintagel Observer", zone="Europe/Kyiv", render=r_htmllive, jsonld=None,
  url="https://tintagelobserver.example/live/ukraine-30-october", stamp_suffix=" EET",
  title="Ukraine war latest: Kyiv counts damage after night of drones", lede="Updates from our team in Kyiv and Zaporizhzhia.",
  dateline="Wednesday, 30 October 2024",
  fmt="HTML live, no JSON-LD, '21:15 EET' in <time datetime>, byline under headline", imitates="invented",
  notes="Invented outlet, HTML live blog (no JSON-LD) for Wednesday 30 Oct 2024, newest first. Stamps '21:15 EET' (Kyiv, UTC+2). Spellings 'Solomyanskyi'. 15:05 continues day 1's Zaporizhzhia story (day of mourning, toll 10).",
  not_entries=["site header/menu", "LIVE kicker", "page title and standfirst", "dateline", "share links", "newsletter box", "Related box", "footer"],
  entries=[
  E("2024-10-30 21:15", "Kyiv: two dead, 14 injured after overnight drone strike on Solomyanskyi district",
    ["Kyiv's military administration confirmed a second death from the overnight attack, a man whose body was found on the upper floors of the damaged block.",
     "Fourteen people were hurt, including two children."],
    "strikes", "strikes", 3, MAIN2, a="Oksana Hrytsenko"),
  E("2024-10-30 18:30", "EU transfers €1.5bn from frozen Russian asset profits",
    ["The European Commission said it had sent a further 1.5 billion euros generated by immobilised Russian central bank assets to Ukraine.",
     "Most of the money will be used to buy weapons and to rebuild energy facilities."],
    "aid", "aid", 2, "eu-frozen-asset-profits-transfer-2024-10-30", a="Jago Treloar",
    n="Must not merge with Germany's IRIS-T delivery."),
  E("2024-10-30 15:05", "Zaporizhzhia declares day of mourning as death toll reaches 10",
    ["A woman injured in Tuesday's strike on a Zaporizhzhia apartment block died in hospital, bringing the number of dead to ten, the regional governor said.",
     "The city is holding a day of mourning."],
    "strikes", "strikes", 3, MAIN1, a="Oksana Hrytsenko", n="Continuation of the day-1 story (keeps the day-1 slug)."),
  E("2024-10-30 12:20", "Russian shelling kills pensioner in Sumy border village",
    ["A 70-year-old man was killed when Russian shells hit a village in the Shostka district near the Russian border, the Sumy regional administration said.",
     "Power lines were also damaged."],
    "strikes", "strikes", 3, "sumy-border-shelling-2024-10-30", a="Jago Treloar"),
  E("2024-10-30 09:40", "Kyiv drone attack: one dead as debris hits high-rise",
    ["One person was killed when the wreckage of a drone shot down over Kyiv fell on a residential high-rise, the mayor said.",
     "Nine people needed hospital treatment."],
    "strikes", "strikes", 3, MAIN2, a="Oksana Hrytsenko"),
  ]))

SEEDS.append(dict(id="2633", name="2633_dunwich-rss", ext="xml", source="Dunwich Report", zone="Europe/Kyiv", render=r_rss2,
  url="https://dunwichreport.example/ukraine", title="Dunwich Report – Ukraine", desc="Ukraine coverage from the Dunwich Report",
  pubfmt="num", desc_style="escaped",
  fmt="RSS 2.0, '+0200' pubDate, entity-escaped HTML descriptions, dc:creator", imitates="invented",
  notes="Invented outlet, RSS 2.0 for Wednesday 30 Oct 2024, pubDate with +0200 (Kyiv EET). Descriptions are entity-escaped HTML. The 08:10 item re-posts day 1's 2621-03 (Canada package) nearly verbatim: importance 1, duplicate_of null because the original is on another page/day.",
  not_entries=["channel title/link/description", "category elements"],
  entries=[
  E("2024-10-30 20:50", "Berlin confirms handover of another IRIS-T system",
    ["The German government confirmed that an additional IRIS-T medium-range air-defence system had reached Ukraine this week.",
     "Chancellor Olaf Scholz said air defence remained Germany's top priority in its support for Kyiv."],
    "aid", "aid", 3, "germany-iris-t-delivery-2024-10-30", a="Ewan Polglase"),
  E("2024-10-30 17:25", "Yermak: North Korean troops will be treated like any other invaders",
    ["Andriy Yermak, head of the presidential office, said North Korean soldiers sent to fight for Russia would be legitimate targets as soon as they crossed into Ukraine or joined the fighting in Kursk.",
     "He urged Seoul and Western capitals to respond to the deployment."],
    "other", "frontline", 2, "yermak-north-korean-troops-warning", a="Ewan Polglase",
    n="Separate statement from Lavrov's: must not merge."),
  E("2024-10-30 13:10", "Kiev drone raid: one dead, rescuers search the rubble",
    ["One person has died after drone debris struck an apartment building in the capital overnight, and rescuers are still checking the upper floors, city officials said.",
     "Residents of neighbouring blocks were evacuated for several hours."],
    "strikes", "strikes", 3, MAIN2, a="Ewan Polglase"),
  E("2024-10-30 08:10", "Canada announces drone and armoured-vehicle package",
    ["Canada will send Ukraine around 20,000 small surveillance drones and a batch of armoured vehicles, Defence Minister Bill Blair said.",
     "The equipment is paid for from funds Ottawa set aside earlier this year."],
    "aid", "aid", 1, "canada-drone-package-2024-10-29", a="Ewan Polglase",
    n="Re-post of day 1's 2621-03 nearly verbatim (same headline and body) -> importance 1; duplicate_of null (different page)."),
  ]))


# =============================================================== PART B, day 3: 2024-12-13 (UTC)
MAIN3 = "energy-barrage-2024-12-13"

SEEDS.append(dict(id="2640", name="2640_castleton-textlive", ext="txt", source="The Castleton Post", zone="Europe/London", render=r_castleton,
  title="Ukraine war: Russia pounds energy system in huge overnight attack", dateline="Friday, December 13, 2024",
  fmt="text live, OLDEST first, date header, headline then '1409 GMT' on its own line AFTER it, no bylines", imitates="invented",
  notes="Invented UK outlet, text live blog for Friday 13 Dec 2024, oldest first. Each update: headline line, then the stamp 'HHMM GMT' (= UTC) on its own line after it, then body. No bylines (author null). 1240 GMT is a near-verbatim repeat of 0640 GMT.",
  not_entries=["masthead and menu", "page title", "date header", "'Read more' link", "compiler line and copyright"],
  entries=[
  E("2024-12-13 05:12", "Russia launches massive missile and drone attack on Ukraine's energy system",
    ["Explosions were reported in Kyiv, Lviv, Ternopil and several other cities before dawn as Russia fired waves of missiles and drones at power facilities across Ukraine.",
     "Energy Minister Herman Halushchenko said the grid was once again the main target."],
    "strikes", "strikes", 3, MAIN3),
  E("2024-12-13 06:40", "Ukrenergo imposes emergency blackouts in several regions",
    ["The grid operator Ukrenergo introduced emergency power cuts in a number of regions after the overnight strikes damaged generating and transmission facilities.",
     "It asked consumers to use electricity sparingly in the evening peak."],
    "strikes", "strikes", 3, MAIN3, n="Damage/aftermath of the barrage -> same story."),
  E("2024-12-13 08:15", "Moscow says the barrage was retaliation for ATACMS strike",
    ["Russia's defence ministry said its forces had carried out a massive strike on critical energy facilities in response to Ukraine's use of US-made ATACMS missiles against an airfield in Taganrog.",
     "It said all designated targets had been hit."],
    "strikes", "strikes", 3, MAIN3, n="Official claim about the same attack -> same story."),
  E("2024-12-13 09:30", "Ukrainian drones set fuel depot ablaze in Russia's Bryansk region",
    ["A fuel storage site in Russia's Bryansk region caught fire after an overnight drone attack, the regional governor said.",
     "Ukraine's General Staff later said the depot supplied Russian units near the border."],
    "strikes", "strikes", 3, "bryansk-fuel-depot-drone-strike-2024-12-13",
    n="Ukrainian strike on Russia: must not merge with the Russian barrage."),
  E("2024-12-13 11:05", "Zelensky: 93 missiles and almost 200 drones used overnight",
    ["President Volodymyr Zelensky said Russia had used 93 missiles, including North Korean-supplied ballistic missiles, and nearly 200 drones in the attack, and that 81 missiles were shot down.",
     "He said F-16 pilots had destroyed several cruise missiles."],
    "strikes", "strikes", 3, MAIN3),
  E("2024-12-13 12:40", "Emergency blackouts imposed in several regions, Ukrenergo says",
    ["The grid operator Ukrenergo introduced emergency power cuts in a number of regions after the overnight strikes damaged generating and transmission facilities.",
     "It asked consumers to use electricity sparingly during the evening peak."],
    "strikes", "strikes", 1, MAIN3, dup="2640-02", n="Near-verbatim repeat of 2640-02."),
  E("2024-12-13 14:09", "Orbán repeats call for a Christmas truce",
    ["Hungarian Prime Minister Viktor Orbán said he would keep pushing for a Christmas ceasefire and a large prisoner exchange, despite Kyiv's rejection of the idea.",
     "He said a pause was the only way to give diplomacy a chance."],
    "diplomacy", "diplomacy", 2, "orban-christmas-truce-call"),
  E("2024-12-13 15:55", "US unveils $500m weapons package",
    ["The United States announced a further $500 million in weapons for Ukraine from its own stocks, including HIMARS rockets and drones.",
     "Secretary of State Antony Blinken said the administration would use all remaining authority before leaving office."],
    "aid", "aid", 3, "us-500m-package-2024-12", n="Must not merge with Norway's gas funding (2641-02)."),
  ]))

SEEDS.append(dict(id="2641", name="2641_ebbor-ldlive", ext="html", source="Ebbor Review", zone="Europe/Kyiv", render=r_htmllive, jsonld="graph",
  url="https://ebborreview.example/live/ukraine-13-december-2024",
  title="Live: Russian strikes target Ukraine's power plants", lede="Rolling coverage from Kyiv and western Ukraine.",
  dateline="13 December 2024 · all times Kyiv",
  fmt="HTML live, @graph JSON-LD with @type array [LiveBlogPosting, NewsArticle], <time datetime> 24 h", imitates="invented",
  notes="Invented outlet, HTML live blog for Friday 13 Dec 2024, newest first. Visible stamps 'HH:MM' in <time datetime> (+02:00 = Kyiv EET). JSON-LD: @graph with a WebSite node and a node whose @type is an array; updates have per-update times; the photo item has no articleBody. Spelling 'Ternopol'. Explainer = theme piece.",
  not_entries=["site header/menu", "LIVE kicker", "page title and standfirst", "dateline", "share links", "figure caption of the photo item", "newsletter box", "Related box", "footer"],
  entries=[
  E("2024-12-13 20:45", "Pictured: Ternopil in darkness after the strikes", [],
    "strikes", "strikes", 1, MAIN3, a=None, img="Ternopil's central square without street lighting on Friday evening.",
    n="Photo teaser without body -> importance 1."),
  E("2024-12-13 19:20", "Norway to pay for gas imports to get Ukraine through winter",
    ["Norway will give Ukraine's state energy company money to buy natural gas for the heating season, the foreign ministry in Oslo said.",
     "The grant comes on top of Norway's existing multi-year support programme."],
    "aid", "aid", 2, "norway-gas-funding-2024-12-13", a="Sofiia Marchenko",
    n="Different aid from the US package: must not merge."),
  E("2024-12-13 17:35", "Washington's $500 million package includes HIMARS rockets",
    ["The new US package worth 500 million dollars contains HIMARS ammunition, drones and armoured vehicles, according to a Pentagon list.",
     "It is one of the last drawdowns expected before the change of administration in January."],
    "aid", "aid", 3, "us-500m-package-2024-12", a="Tom Yelland"),
  E("2024-12-13 15:10", "Explainer: why Russia waits for frost before hitting the grid",
    ["Russia's largest raids on Ukraine's energy system have tended to come when temperatures drop, when demand peaks and damaged equipment is hardest to repair.",
     "Heating plants that also produce electricity are especially exposed, because a single hit can cut both heat and power to a city.",
     "Engineers have spent the autumn building concrete shelters around key transformers."],
    "strikes", "strikes", 2, "explainer-frost-timed-grid-attacks", a="Tom Yelland",
    n="Theme piece (explainer) with body: importance 2, own story."),
  E("2024-12-13 13:25", "Bryansk governor reports oil depot fire after drone raid",
    ["Bryansk regional governor Alexander Bogomaz said Ukrainian drones had attacked a fuel facility overnight, causing a fire that was later contained.",
     "He reported no casualties."],
    "strikes", "strikes", 3, "bryansk-fuel-depot-drone-strike-2024-12-13", a="Tom Yelland"),
  E("2024-12-13 10:50", "Energy facilities hit in Ternopol and Ivano-Frankivsk regions",
    ["Regional officials in western Ukraine said energy infrastructure had been damaged in the Ternopol and Ivano-Frankivsk regions, leaving many households without power.",
     "In Ternopil city, water supply was also interrupted."],
    "strikes", "strikes", 3, MAIN3, a="Sofiia Marchenko"),
  E("2024-12-13 08:05", "Massive Russian strike targets power plants across Ukraine",
    ["Russia attacked Ukraine's energy system with missiles and drones overnight in one of the largest raids of the war, officials said.",
     "DTEK, the largest private power company, said its thermal plants had been seriously damaged."],
    "strikes", "strikes", 3, MAIN3, a="Sofiia Marchenko"),
  ]))

SEEDS.append(dict(id="2642", name="2642_ufford-worldrss", ext="xml", source="Ufford Live", zone="Europe/Paris", render=r_rss2,
  url="https://uffordlive.example/world", title="Ufford Live – World", desc="International news from the Ufford Live desk",
  pubfmt="num", desc_style="cdata",
  fmt="RSS 2.0, '+0100' pubDate, CDATA paragraphs, general world feed (4 of 5 off-beat)", imitates="invented",
  notes="Invented general world-news RSS for Friday 13 Dec 2024, pubDate with +0100 (Paris CET). Only one item concerns the war; Syria, French politics, a cyclone warning and markets are off-beat. No authors.",
  not_entries=["channel title/link/description", "category elements"],
  entries=[
  OFF("2024-12-13 21:30", "Crowds fill Damascus squares for first Friday after Assad's fall",
    ["Tens of thousands of people gathered in Damascus and other Syrian cities for Friday prayers and celebrations, the first since the fall of Bashar al-Assad.",
     "The new authorities urged civil servants to return to work."],
    "syria-first-friday-after-assad", n="Another conflict (Syria)."),
  E("2024-12-13 19:05", "Ukraine's grid hit by one of the war's biggest barrages",
    ["Russia struck power plants and substations across Ukraine with close to 100 missiles and around 200 drones, forcing emergency blackouts from Kyiv to the western border, Ukrainian officials said.",
     "Moscow called it a reprisal for Ukrainian strikes with US missiles."],
    "strikes", "strikes", 3, MAIN3),
  OFF("2024-12-13 16:40", "Macron names François Bayrou prime minister",
    ["President Emmanuel Macron appointed the centrist veteran François Bayrou as France's prime minister, nine days after the previous government fell in a no-confidence vote.",
     "Bayrou must now assemble a cabinet able to pass a budget."],
    "france-bayrou-prime-minister", n="French domestic politics."),
  OFF("2024-12-13 12:15", "Mayotte braces for Cyclone Chido",
    ["Authorities in the French Indian Ocean territory of Mayotte raised the cyclone alert to its highest level ahead of Cyclone Chido's expected arrival on Saturday.",
     "Residents were told to shelter in solid buildings."],
    "cyclone-chido-mayotte", n="Weather."),
  OFF("2024-12-13 09:50", "European shares steady after ECB's latest rate cut",
    ["European stock markets opened little changed, a day after the European Central Bank lowered its deposit rate by a quarter point.",
     "Investors expect further cuts in the first half of next year."],
    "ecb-rate-cut-markets-2024-12", n="Markets."),
  ]))

SEEDS.append(dict(id="2643", name="2643_wistman-article", ext="txt", source="Wistman Review", zone="Europe/London", render=r_wistman,
  title="A cold night in Ukraine: how the grid took another hit", author="Morwenna Hext",
  lede="Russia's latest strikes aimed at the heat and light of a country entering winter.",
  dateline="13 December 2024 • 17:50 GMT",
  fmt="text article, 3 section headings, one dateline '13 December 2024 • 17:50 GMT', page byline", imitates="invented",
  notes="Invented UK outlet, text article of Friday 13 Dec 2024 with three section headings; one entry per section, stamp null, published = the dateline 17:50 GMT (= UTC). Page byline = every section's author. Sections 1-2 are the day's main story; section 3 is the foreign minister's own appeal (separate statement).",
  not_entries=["site name and menu", "title and standfirst", "byline and dateline", "share/save line", "image caption", "'More on this story' links", "copyright"],
  entries=[
  E("2024-12-13 17:50", "The night of the attack",
    ["Air-raid sirens sounded across the whole of Ukraine shortly after midnight and did not stop for most of the night.",
     "By morning, officials in at least seven regions reported damage to power stations, substations or heating plants."],
    "strikes", "strikes", 3, MAIN3, a="Morwenna Hext"),
  E("2024-12-13 17:50", "The repair crews",
    ["Engineers from the national grid operator were out before dawn, rerouting power around damaged lines so that hospitals and water pumps could keep running.",
     "Scheduled outages of up to six hours are expected in several regions over the weekend."],
    "strikes", "strikes", 3, MAIN3, a="Morwenna Hext", n="Aftermath of the same barrage -> same story."),
  E("2024-12-13 17:50", "Sybiha's appeal",
    ["Foreign Minister Andrii Sybiha wrote to his counterparts in allied countries asking for at least 20 more Patriot or similar systems, saying that no grid in the world could survive such attacks without them.",
     "He named no country but said some partners had systems in storage."],
    "aid", "aid", 2, "sybiha-patriot-appeal-2024-12-13", a="Morwenna Hext",
    n="A minister's separate appeal -> own story."),
  ]))


# =============================================================== emit
DAYS = {"day1": ["2620", "2621", "2622", "2623"], "day2": ["2630", "2631", "2632", "2633"], "day3": ["2640", "2641", "2642", "2643"]}
BASIS = {
  "2600": "time-only stamp '{s}' (IST = UTC+5:30); date from the header 'Updated: February 06, 2024 01:50:12 IST' and newest-first order: posts after 00:00 IST are 6 Feb IST, the rest 5 Feb IST (midnight crossing); JSON-LD datePublished agrees",
  "2601": "relative stamp '{s}' resolved against the printed 'Last updated: 19.02.2024 22:40' (Pristina, CET = UTC+1)",
  "2602": "glued byline+date stamp '{s}'; Sofia time implied by the outlet, EEST = UTC+3",
  "2603": "stamp '{s}' under the date line 'Wednesday, 24 April' (no year on the page: year from --date 2024-04-24); Zagreb CEST = UTC+2 implied by the outlet",
  "2604": "stamp '{s}'; Malta time implied by the outlet, CEST = UTC+2",
  "2605": "stamp '{s}' on the line after the headline (not the top bar's fetch day); Lisbon WEST = UTC+1 implied by the outlet",
  "2606": "stamp '{s}' in <time datetime> (+03:00); Athens EEST",
  "2607": "pubDate '{s}' (explicit +0000 = UTC)",
  "2608": "no per-bullet time; the article's 'Posted At: Oct 10, 2024 08:35 PM (IST)' used for every bullet",
  "2609": "dc:date '{s}' (explicit +04:00)",
  "2620": "stamp '{s}' under the dateline {d}; GMT = UTC",
  "2621": "stamp '{s}' with <time datetime> (+02:00) on {d}; Kyiv EET; JSON-LD agrees",
  "2622": "pubDate '{s}' (GMT = UTC)",
  "2623": "no per-section time; the article dateline 'October 29, 2024, 4:10 p.m. EDT' (UTC-4) used for every section",
  "2630": "stamp '{s}' under the dateline {d}; 'All times GMT' = UTC",
  "2631": "<published> '{s}' (Z = UTC)",
  "2632": "stamp '{s}' in <time datetime> (+02:00) on {d}",
  "2633": "pubDate '{s}' (explicit +0200)",
  "2640": "stamp '{s}' (line after the headline) under the date header {d}; GMT = UTC",
  "2641": "stamp '{s}' with <time datetime> (+02:00) on {d}; Kyiv EET; JSON-LD agrees",
  "2642": "pubDate '{s}' (explicit +0100)",
  "2643": "no per-section time; the article dateline '13 December 2024 • 17:50 GMT' used for every section",
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
        ents = []
        for i, e in enumerate(S["entries"]):
            d = dt(e["t"], S["zone"]); u = d.astimezone(UTC)
            g = {"id": f"{S['id']}-{i+1:02d}", "headline": e["h"], "stamp": stamps[i],
                 "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                 "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                 "published_basis": BASIS[S["id"]].format(s=stamps[i], d=d.strftime("%Y-%m-%d")),
                 "author": e["a"],
                 "first_sentence": first_sentence(e["p"][0]) if e["p"] else None,
                 "body_paragraphs": len(e["p"]),
                 "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                 "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"]}
            g["notes"] = e["n"] or ""
            ents.append(g)
        gold = {"seed": fn, "source": S["source"], "page_title": S["title"], "page_timezone": S["zone"],
                "notes": S["notes"], "format": S["fmt"], "imitates": S["imitates"]}
        if S.get("parse_date"):
            gold["parse_args"] = ["--date", S["parse_date"]]
        gold["entries"] = ents
        gold["not_entries"] = S["not_entries"]
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print(fn, len(ents))


if __name__ == "__main__":
    main()

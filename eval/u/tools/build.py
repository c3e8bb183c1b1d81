#!/usr/bin/env python3
"""Builds eval/u seeds and gold files from the hand-written table below.
All news text is invented or paraphrased in the tester's own words; Part B outlets are invented. Deterministic.
Run from the project root: python3 eval/u/tools/build.py"""
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
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=ZoneInfo(zone))


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:70]


def ampm_dots(d):  # 6:22 p.m.
    return f"{d.hour % 12 or 12}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'}"


def ampm_uk(d):  # 2.35pm
    return f"{d.hour % 12 or 12}.{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"


def rfc(d, tail=None):
    s = d.strftime("%a, %d %b %Y %H:%M:%S ")
    return s + (tail if tail else d.strftime("%z"))


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def ldjson(obj, entities=False):
    s = json.dumps(obj, ensure_ascii=False)
    if entities:  # WordPress/Yoast-style: typographic characters as numeric HTML entities inside JSON strings
        s = s.replace("\u2019", "&#8217;").replace("\u2018", "&#8216;").replace("\u201c", "&#8220;").replace("\u201d", "&#8221;").replace("\u2013", "&#8211;").replace("\u2014", "&#8212;")
    return '<script type="application/ld+json">' + s + "</script>"

# =============================================================== Part A renderers (layouts only)

def r_defnews(S):  # Defense News tag listing, HTML; "Jun 13, 2023, 6:22 p.m." (ET implied), kicker, dek, byline
    z = S["zone"]
    items = [{"@type": "ListItem", "position": i + 1, "url": f"https://www.defensenews.com/global/europe/2023/06/13/{slug(e['h'])}/"} for i, e in enumerate(S["entries"])]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Defense News</title>",
           ldjson({"@context": "https://schema.org", "@type": "CollectionPage", "name": S["title"], "mainEntity": {"@type": "ItemList", "itemListElement": items}}),
           "</head><body>",
           '<header class="site-header"><a class="logo" href="/">Defense News</a><nav><a href="/air/">Air</a> <a href="/land/">Land</a> <a href="/naval/">Naval</a> <a href="/space/">Space</a> <a href="/pentagon/">Pentagon</a> <a href="/congress/">Congress</a> <a href="/global/">Global</a> <a href="/industry/">Industry</a> <a href="/opinion/">Opinion</a> <a href="/video/">Video</a></nav><a class="btn" href="/newsletters/">Newsletters</a> <a class="btn" href="/account/">Sign in</a></header>',
           '<div class="breaking-bar"><span>Trending</span> <a href="/t1">Paris Air Show preview</a> <a href="/t2">NDAA markup</a></div>',
           f'<main><h1 class="tag-title">{esc(S["title"])}</h1><p class="tag-desc">{esc(S["lede"])}</p><div class="results">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.strftime('%b')} {d.day}, {d.year}, {ampm_dots(d)}"; stamps.append(st)
        out.append('<article class="story-card">')
        out.append(f'<span class="kicker">{e.get("kicker", "Global")}</span>')
        out.append(f'<h2><a href="{items[i]["url"]}">{esc(e["h"])}</a></h2>')
        for p in e["p"]:
            out.append(f'<p class="dek">{esc(p)}</p>')
        if e["a"]:
            out.append(f'<div class="byline">By <a href="/author/{slug(e["a"])}/">{esc(e["a"])}</a></div>')
        out.append(f'<time class="timestamp">{st}</time></article>')
        if i == 2:
            out.append('<aside class="newsletter"><h3>Early Bird Brief</h3><p>Get the defense industry\'s most comprehensive news and information straight to your inbox.</p><form><input placeholder="Email address"/><button>Subscribe</button></form></aside>')
        if i == 4:
            out.append('<div class="ad">ADVERTISEMENT</div>')
    out += ['</div><button class="load-more">Load more</button></main>',
            '<aside class="most-read"><h3>Most read</h3><ol><li>Navy picks shipyard for frigate repairs</li><li>Army weighs future of scout helicopters</li></ol></aside>',
            '<footer><p>About Us | Contact Us | Advertise | Terms of Use | Privacy Policy</p><p>© Sightline Media Group</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_conversation(S):  # The Conversation UK topic page, text scrape; "Published: 8 February 2023 2.35pm GMT"
    z = S["zone"]
    L = ["The Conversation", "Edition:", "United Kingdom", "Academic rigour, journalistic flair", "",
         "We use cookies to improve your experience. Find out more in our privacy policy. Accept", "",
         "Arts + Culture", "Business + Economy", "Education", "Environment", "Health", "Politics + Society", "Science + Technology", "Podcasts", "Search",
         "Get newsletter", "Donate", "", "Topics", "", S["title"], "Follow topic", "", S["lede"], "", "Displaying 1 - 20 of 2,114 articles", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month-1]} {d.year} {ampm_uk(d)} GMT"; stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [f"{e['a']}, {e['aff']}", f"Published: {st}", ""]
        if i == 1:
            L += ["Like what you've read? Want more?", "Sign up for The Conversation's newsletter", "Sign up", ""]
    L += ["Older articles", "", "Who we are", "Our charter", "Our team", "Partners and funders", "Contact us", "",
          "Privacy policy   Terms and conditions   Corrections", "Copyright © 2010–2023, The Conversation Trust (UK) Limited"]
    return "\n".join(L) + "\n", stamps


def r_lbua(S):  # LB.ua English news feed, HTML; date dividers WITHOUT year, bare HH:MM above each headline, crosses midnight
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | LB.ua</title></head><body>",
           '<header class="header"><a class="logo" href="/">LB.ua</a><nav><a href="/news">News</a> <a href="/politics">Politics</a> <a href="/economics">Economics</a> <a href="/society">Society</a> <a href="/culture">Culture</a> <a href="/world">World</a> <a href="/blog">Blogs</a></nav><div class="langs"><a href="/ua">UA</a> <a href="/ru">RU</a> <b>EN</b></div></header>',
           f'<main><h1>{esc(S["title"])}</h1><div class="feed">']
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        lab = f"{d.day} {MONTHS[d.month-1]}, {d.strftime('%A')}"
        if lab != cur:
            cur = lab; out.append(f'<div class="feed-date">{lab}</div>')
        st = d.strftime("%H:%M"); stamps.append(st)
        out.append(f'<div class="feed-item"><div class="time">{st}</div>')
        out.append(f'<div class="title"><a href="/news/{S["id"]}{i:02d}_{slug(e["h"])[:30]}.html">{esc(e["h"])}</a>' + (' <span class="mark">photo</span>' if e.get("photo") else "") + "</div>")
        for p in e["p"]:
            out.append(f'<p class="lead">{esc(p)}</p>')
        out.append("</div>")
        if i == 3:
            out.append('<div class="promo">Subscribe to LB.ua on Telegram: the main things in one channel</div>')
    out += ['</div><a class="more" href="/news/page-2">More news</a></main>',
            '<aside class="popular"><h3>Most read</h3><ul><li><a href="/p1">Interview: a frontline surgeon on the first year of war</a></li><li><a href="/p2">How the grain corridor works without the deal</a></li></ul></aside>',
            '<footer>LB.ua. All rights reserved. Use of materials is allowed only with a hyperlink to LB.ua.</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_babel(S):  # Babel.ua English, text scrape of a "main events of the day" article; every bullet is one entry (no headline)
    L = ["Babel", "", "News   Articles   War   Ukraine   World   Economy   Science   Culture   Podcasts", "Support Babel", "EN  UA", "",
         "We use cookies to make the site work better. OK", "", "News", "", S["title"], "", f"Author: {S['author']}", S["datetext"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        stamps.append(None)
        L += ["• " + e["p"][0], ""]
        if i == 3:
            L += ["Read also: How the winter fuel crisis is hitting frontline towns", ""]
    L += ["Share:  Facebook   Telegram   X   Copy link", "", "Babel is funded by its readers. Support us on Patreon or with a one-off donation.", "",
          "More news", "Follow Babel on Telegram and Instagram", "", "© Babel. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_atlantic(S):  # Atlantic Council UkraineAlert article, HTML, Yoast @graph JSON-LD NewsArticle with &#8217; entities; one entry per h2 section
    z = S["zone"]; d = dt(S["t"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": S["url"] + "#article", "headline": S["title"], "datePublished": d.astimezone(UTC).isoformat(),
         "dateModified": d.astimezone(UTC).isoformat(), "author": {"@type": "Person", "name": S["author"]}, "articleSection": ["UkraineAlert"],
         "isPartOf": {"@id": S["url"]}, "publisher": {"@id": "https://www.atlanticcouncil.org/#organization"}},
        {"@type": "WebPage", "@id": S["url"], "name": S["title"] + " - Atlantic Council"},
        {"@type": "Organization", "@id": "https://www.atlanticcouncil.org/#organization", "name": "Atlantic Council"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f"<title>{esc(S['title'])} - Atlantic Council</title>",
           ldjson(ld, entities=True), "</head><body>",
           '<header class="ac-header"><a href="/">Atlantic Council</a><nav><a href="/issues/">Issues</a> <a href="/region/">Regions</a> <a href="/programs/">Programs</a> <a href="/experts/">Experts</a> <a href="/insights-impact/">Insights &amp; Impact</a> <a href="/events/">Events</a> <a href="/about/">About</a></nav><a class="support" href="/support/">Support</a></header>',
           '<main><article class="ac-article">', '<p class="eyebrow"><a href="/category/blogs/ukrainealert/">UkraineAlert</a></p>',
           f"<h1>{esc(S['title'])}</h1>", f'<p class="date">{S["datetext"]}</p>', f'<p class="byline">By <a href="/expert/{slug(S["author"])}/">{esc(S["author"])}</a></p>',
           '<div class="share"><a>Share on X</a> <a>Share on Facebook</a> <a>Share on LinkedIn</a> <a>Email</a> <a>Print</a></div>',
           f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        stamps.append(None)
        out.append(f"<h2>{esc(e['h'])}</h2>")
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        if i == 1:
            out.append('<aside class="inline-related"><span>Further reading</span> <a href="/blogs/ukrainealert/x/">Why sanctions on Russia’s shadow fleet need teeth</a></aside>')
    out += [f'<p class="author-bio"><em>{esc(S["bio"])}</em></p>',
            '<p class="disclaimer"><em>Further reading</em></p>',
            '<p class="disclaimer"><em>The views expressed in UkraineAlert are solely those of the authors and do not necessarily reflect the views of the Atlantic Council, its staff, or its supporters.</em></p>',
            '</article><aside class="newsletter"><h3>Sign up for UkraineAlert</h3><p>A weekly look at the news and analysis on Ukraine.</p><button>Subscribe</button></aside>',
            '<aside class="related"><h3>Related content</h3><ul><li><a href="/r1">Ukraine’s drone industry is rewriting the rules of war</a></li><li><a href="/r2">The Black Sea after the grain deal</a></li></ul></aside>',
            '</main><footer>© 2025 Atlantic Council · Privacy Policy · Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_estonian(S):  # Estonian World, WordPress RSS 2.0, +0000 pubDate with seconds, dc:creator, excerpt + content:encoded CDATA
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"',
           '\txmlns:content="http://purl.org/rss/1.0/modules/content/"', '\txmlns:dc="http://purl.org/dc/elements/1.1/"',
           '\txmlns:atom="http://www.w3.org/2005/Atom"', '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"', ">", "<channel>",
           f"\t<title>{esc(S['title'])}</title>", '\t<atom:link href="https://estonianworld.com/feed/" rel="self" type="application/rss+xml" />',
           "\t<link>https://estonianworld.com</link>", "\t<description>Stories from Estonia and Estonians around the world</description>",
           f"\t<lastBuildDate>{rfc(dt(S['entries'][0]['t'], z).astimezone(UTC), '+0000')}</lastBuildDate>", "\t<language>en-GB</language>",
           "\t<sy:updatePeriod>hourly</sy:updatePeriod>", "\t<sy:updateFrequency>1</sy:updateFrequency>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc(d.astimezone(UTC), "+0000"); stamps.append(st)
        link = f"https://estonianworld.com/{e['cat'].lower()}/{slug(e['h'])}/"
        out += ["\t<item>", f"\t\t<title>{esc(e['h'])}</title>", f"\t\t<link>{link}</link>",
                f"\t\t<dc:creator><![CDATA[{e['a']}]]></dc:creator>", f"\t\t<pubDate>{st}</pubDate>",
                f"\t\t\t\t<category><![CDATA[{e['cat']}]]></category>", f'\t\t<guid isPermaLink="false">https://estonianworld.com/?p={S["id"]}{i+1:02d}</guid>']
        if e["p"]:
            words = e["p"][0].split()
            out.append(f"\t\t<description><![CDATA[{' '.join(words[:18])} [&#8230;]]]></description>")
            body = "".join(f"<p>{p}</p>" for p in e["p"]) + f'<p>The post <a href="{link}">{e["h"]}</a> appeared first on <a href="https://estonianworld.com">Estonian World</a>.</p>'
            out.append(f"\t\t<content:encoded><![CDATA[{body}]]></content:encoded>")
        out.append("\t</item>")
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_krym(S):  # Krym.Realii English, text scrape; headline, then "22 September 2023 12:15" on its own line AFTER it; Kyiv time implied
    z = S["zone"]
    L = ["Krym.Realii", "Crimea.Realities", "", "Skip to main content", "", "News   Crimea   Ukraine   Russia   Human rights   Video   Podcasts   Opinion", "Search",
         "Українська   Русский   Qırımtatarca   English", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month-1]} {d.year} {d.strftime('%H:%M')}"; stamps.append(st)
        L += [e["h"], st, ""]
        if e["a"]:
            L += [e["a"], ""]
        L += ptxt(e["p"])
        if e["p"]:
            L += ["Share", ""]
        if i == 2:
            L += ["See also: Who runs Crimea's courts: a guide to the occupation judiciary", ""]
        if i == 4:
            L += ["Subscribe to our Telegram channel", ""]
    L += ["Load more", "", "About us   Contacts   Privacy policy", "All rights reserved. Krym.Realii"]
    return "\n".join(L) + "\n", stamps


def r_nee(S):  # New Eastern Europe, RSS 1.0 (RDF), dc:date with +02:00, entity-escaped HTML descriptions, podcast item with no description
    z = S["zone"]
    urls = [f"https://neweasterneurope.eu/2023/04/26/{slug(e['h'])}/" for e in S["entries"]]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:admin="http://webns.net/mvcb/">',
           '<channel rdf:about="https://neweasterneurope.eu/feed/rdf/">', f"<title>{esc(S['title'])}</title>", "<link>https://neweasterneurope.eu</link>",
           "<description>A bimonthly magazine on Central and Eastern European affairs</description>",
           f"<dc:date>{dt(S['entries'][0]['t'], z).isoformat()}</dc:date>", "<sy:updatePeriod>hourly</sy:updatePeriod>",
           "<items>", "<rdf:Seq>"] + [f'<rdf:li rdf:resource="{u}"/>' for u in urls] + ["</rdf:Seq>", "</items>", "</channel>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        out += [f'<item rdf:about="{urls[i]}">', f"<title>{esc(e['h'])}</title>", f"<link>{urls[i]}</link>", f"<dc:date>{st}</dc:date>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out.append(f"<dc:subject>{e['cat']}</dc:subject>")
        if e["p"]:
            out.append("<description>" + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</description>")
        out.append("</item>")
    out.append("</rdf:RDF>")
    return "\n".join(out) + "\n", stamps


def r_ch4(S):  # Channel 4 News topic page, HTML; relative stamps "3 hours ago" against a printed "Updated at 21:40 GMT" (no date anywhere)
    z = S["zone"]; ref = dt(S["ref"], z)
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Channel 4 News</title></head><body>",
           '<div class="cookie-banner">We use cookies to personalise content and ads and to analyse our traffic. <button>Accept all</button> <button>Manage settings</button></div>',
           '<header class="c4-header"><a class="logo" href="/">Channel 4 News</a><nav><a href="/">Home</a> <a href="/uk">UK</a> <a href="/world">World</a> <a href="/politics">Politics</a> <a href="/investigations">Investigations</a> <a href="/factcheck">FactCheck</a> <a href="/culture">Culture</a></nav><a class="watch" href="/live">Watch live</a></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="updated">Updated at {ref.strftime("%H:%M")} GMT</p>', '<div class="story-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        assert mins < 60 or mins % 60 == 0, e["t"]
        st = f"{mins} minutes ago" if mins < 60 else (f"{mins // 60} hours ago" if mins >= 120 else "1 hour ago"); stamps.append(st)
        out.append('<article class="story">')
        out.append(f'<h3><a href="/news/{slug(e["h"])}">{esc(e["h"])}</a></h3>')
        out.append('<p class="meta">' + (f'<span class="author">By {esc(e["a"])}</span> ' if e["a"] else "") + f'<span class="ago">{st}</span></p>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        if e["p"]:
            out.append('<div class="share"><a>Share on Facebook</a> <a>Share on X</a> <a>Copy link</a></div>')
        out.append("</article>")
        if i == 2:
            out.append('<aside class="promo"><h4>Watch the latest programme</h4><p>Channel 4 News, weeknights at 7pm. Stream it on Channel 4.</p></aside>')
    out += ['</div></main>', '<aside class="newsletter"><h4>Get the Channel 4 News newsletter</h4><button>Sign up</button></aside>',
            '<footer>Channel 4 News is produced by ITN · Terms · Privacy · Cookies</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_spectator(S):  # The Slovak Spectator tag page, text scrape; byline glued to "17. Feb 2023 at 14:05"; site clock shows the (later) fetch day
    z = S["zone"]
    L = ["The Slovak Spectator", S["clock"], "", "News   Business   Culture & Society   Travel   Spectacular Slovakia   Events   Subscription   Log in", "",
         "This website uses cookies. By continuing to browse you agree to their use. More info   OK", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{e['a']}{d.day}. {d.strftime('%b')} {d.year} at {d.strftime('%H:%M')}"; stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [st, "Read more", ""]
        if i == 2:
            L += ["Subscribe to our newsletter Today in Slovakia", "Your e-mail   Subscribe", ""]
    L += ["Previous articles", "", "Top stories", "Central Europe's housing squeeze in five charts", "", "© The Slovak Spectator. All rights reserved."]
    return "\n".join(L) + "\n", stamps

# =============================================================== Part B renderers (invented outlets)

def r_bellhaven(S):  # text live, newest first, "8:35 p.m." stamp line, headline, body, "Reporting by NAME"; Key Points block
    z = S["zone"]
    L = ["BELLHAVEN DAILY", "Home   News   World   Business   Sport   Weather   Opinion", "", S["title"], S["dateline"], "All times are UK time (BST)", "", "Key Points"]
    L += ["• " + e["h"] for e in S["entries"] if e["kp"]]
    L += ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm_dots(d); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Reporting by {e['a']}", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Show earlier updates", "", "Bellhaven Daily © 2023 | Contact | Cookie preferences"]
    return "\n".join(L) + "\n", stamps


def r_crossfell(S):  # HTML live + LiveBlogPosting JSON-LD (+03:00 per update), <time datetime> HH:MM, author after body
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#p{i+1}", "headline": e["h"], "datePublished": d.isoformat(), "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@type": "Organization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} — {S['source']}</title>", ldjson(ld), "</head><body>",
           f'<header><a class="brand" href="/">{S["source"]}</a> <a href="/ukraine">Ukraine</a> <a href="/europe">Europe</a> <a href="/analysis">Analysis</a> <a href="/donate">Donate</a></header>',
           f'<main><p class="label">LIVE</p><h1>{esc(S["title"])}</h1><p class="standfirst">{esc(S["lede"])}</p><p class="note">{esc(S["tznote"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M"); stamps.append(st)
        out.append(f'<section class="post" id="p{i+1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        if e["a"]:
            out.append(f'<p class="author">{esc(e["a"])}</p>')
        out.append("</section>")
        if i == 3:
            out.append('<aside class="newsletter">Get our morning briefing from Kyiv. <a href="/subscribe">Subscribe</a></aside>')
    out += ["</main>", f"<footer>{S['source']} · Editorial standards · Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss_gmt(S):  # general world RSS 2.0, "GMT" pubDate, CDATA description
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "<channel>", f"<title>{esc(S['title'])}</title>", f"<link>{S['link']}</link>",
           f"<description>{esc(S['desc'])}</description>", "<language>en-gb</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc(d.astimezone(UTC), "GMT"); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['link']}/{slug(e['h'])}</link>", f'<guid isPermaLink="false">{S["id"]}-{i+1:03d}</guid>',
                f"<pubDate>{st}</pubDate>", f"<category>{e.get('cat', 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{p}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_textarticle(S):  # text article with section headings; one entry per section; stamp null; dateline printed at top
    L = list(S["head"]); stamps = []
    for i, e in enumerate(S["entries"]):
        stamps.append(None)
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 0 and S.get("mid"):
            L += list(S["mid"])
    L += list(S["foot"])
    return "\n".join(L) + "\n", stamps


def r_gildersby(S):  # HTML live blog without JSON-LD; "14:38 BST" span, h3 headline, byline under headline; date line
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>",
           f'<meta property="og:site_name" content="{S["source"]}"></head><body>',
           f'<div class="topnav">{S["source"]} <a href="/news">News</a> <a href="/world">World</a> <a href="/money">Money</a> <a href="/sport">Sport</a> <a href="/puzzles">Puzzles</a></div>',
           f'<div class="live-top"><span class="live">LIVE</span><h1>{esc(S["title"])}</h1><p class="summary">{esc(S["lede"])}</p><p class="date">{esc(S["dateline"])}</p></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M") + " BST"; stamps.append(st)
        out.append(f'<div class="entry"><span class="stamp">{st}</span><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="by">{esc(e["a"])}</p>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append("</div>")
        if i == 2:
            out.append('<div class="ad-slot">Advertisement</div>')
        if i == 4:
            out.append('<div class="related">Read more: <a href="/x">What the end of the grain deal means for bread prices</a></div>')
    out += [f"<footer>© {S['source']} 2023 · Terms · Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rushmere(S):  # text live, newest first, "1409 GMT" stamp line then headline; date header; zone UTC
    z = S["zone"]
    L = ["RUSHMERE RADIO", "Listen live   News   World   Podcasts   Schedule", "", S["title"], "", S["dateline"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H%M") + " GMT"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"(Reporting by {e['a']})", ""]
        if i == 1:
            L += ["Listen: the Rushmere World Tonight podcast", ""]
    L += ["For yesterday's updates, click here.", "", "Rushmere Radio · All rights reserved"]
    return "\n".join(L) + "\n", stamps


def r_rss_escaped(S):  # RSS 2.0, explicit-offset pubDate, dc:creator, entity-escaped HTML description
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', "<channel>",
           f"<title>{esc(S['title'])}</title>", f"<link>{S['link']}</link>", f"<description>{esc(S['desc'])}</description>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc(d, S.get("tail")) if S.get("tail") != "GMT" else rfc(d.astimezone(UTC), "GMT"); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['link']}/{slug(e['h'])}</link>", f"<guid>{S['link']}/{S['id']}{i+1:02d}</guid>", f"<pubDate>{st}</pubDate>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out.append("<description>" + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</description>")
        out.append("</item>")
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_ambrey(S):  # HTML article, NewsArticle JSON-LD, h2 sections, visible dateline "2 August 2023 · 19:05 CEST"
    z = S["zone"]; d = dt(S["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d.isoformat(),
          "author": [{"@type": "Person", "name": S["author"]}], "publisher": {"@type": "Organization", "name": S["source"]}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>", ldjson(ld), "</head><body>",
           f'<header>{S["source"]} <a href="/europe">Europe</a> <a href="/economy">Economy</a> <a href="/long-reads">Long reads</a></header>', "<article>",
           f"<h1>{esc(S['title'])}</h1>", f'<p class="standfirst">{esc(S["lede"])}</p>', f'<p class="byline">By {esc(S["author"])}</p>',
           f'<p class="dateline">{d.day} {MONTHS[d.month-1]} {d.year} · {d.strftime("%H:%M")} CEST</p>']
    stamps = []
    for e in S["entries"]:
        stamps.append(None)
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
    out += ["</article>", '<aside class="more"><h3>More from Ambrey</h3><a href="/a">Romania’s ports brace for more traffic</a></aside>',
            f"<footer>© {S['source']} · Subscribe · Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_atom_z(S):  # general world Atom, Z times, html content (entity-escaped)
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f"<title>{esc(S['title'])}</title>",
           f"<subtitle>{esc(S['desc'])}</subtitle>", f'<link href="{S["link"]}" rel="alternate"/>', f"<id>{S['link']}/</id>",
           f"<updated>{dt(S['entries'][-1]['t'], z).astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="{S["link"]}/{slug(e["h"])}" rel="alternate"/>', f"<id>tag:brisco.example,2025:{S['id']}{i+1:02d}</id>",
                f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        out.append(f'<category term="{e.get("cat", "World")}"/>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_hexmoor(S):  # text live, oldest first, Key Points, "2.35pm" stamp line, headline line, optional "By X" line
    z = S["zone"]
    L = ["Hexmoor Live", "", S["title"], S["dateline"], "", "Key Points"]
    L += ["• " + e["h"] for e in S["entries"] if e["kp"]]
    L += ["", "Share this page", "", "Live updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm_uk(d); stamps.append(st)
        L += [st, e["h"]]
        if e["a"]:
            L += [f"By {e['a']}"]
        L += [""] + ptxt(e["p"])
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Load more updates", "", "Hexmoor Live — independent news · Terms · Privacy"]
    return "\n".join(L) + "\n", stamps


def r_marchbank(S):  # HTML live, Yoast-like @graph with ["NewsArticle","LiveBlogPosting"] type array, entities in JSON strings; visible "8:35 a.m. ET"
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#entry-{i+1}", "headline": e["h"], "datePublished": d.isoformat(), "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = [{"@type": "Person", "name": e["a"]}]
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(), "dateModified": last.isoformat(),
         "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups},
        {"@type": "Organization", "@id": "https://marchbank.example/#org", "name": S["source"]}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - {S['source']}</title>", ldjson(ld, entities=True), "</head><body>",
           f'<header><b>{S["source"]}</b> <a href="/nation">Nation</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/subscribe">Subscribe</a> <a href="/login">Log in</a></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="dek">{esc(S["lede"])}</p>', f'<p class="updated">{esc(S["updated"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm_dots(d) + " ET"; stamps.append(st)
        out.append(f'<div class="live-entry" id="entry-{i+1}"><h3>{esc(e["h"])}</h3><p class="entry-time">{st}</p>')
        if e["a"]:
            out.append(f'<p class="entry-byline">By {esc(e["a"])}</p>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append("</div>")
        if i == 2:
            out.append('<div class="ad">Advertisement</div><div class="nl">Sign up for Marchbank’s World Brief newsletter</div>')
    out += ["</main>", f"<footer>© 2025 {S['source']}</footer></body></html>"]
    return "\n".join(out) + "\n", stamps

# =============================================================== PART A: single pages
SEEDS = []

SEEDS.append(dict(id="2200", name="2200_defensenews-tag", ext="html", source="Defense News", zone="America/New_York", render=r_defnews,
  title="Russia-Ukraine War", lede="Coverage of the war in Ukraine and its effect on militaries and the defense industry.",
  fmt="HTML tag listing, kicker + headline + dek + byline + 'Jun 13, 2023, 6:22 p.m.' (ET implied), CollectionPage JSON-LD without dates",
  imitates="Defense News (tag/topic listing page)",
  notes="Defense News-style tag page for Tuesday 13 June 2023 (US Eastern time, EDT = UTC-4, never printed). Each card: kicker ('Global', 'Pentagon', 'Video'...), linked headline, one dek paragraph (the entry body), 'By NAME' byline, and a stamp like 'Jun 13, 2023, 6:22 p.m.' below. Newest first. The CollectionPage JSON-LD lists only URLs. Entry 04 is a video card with no dek and no byline (teaser). All stamps 8:20 a.m.-6:22 p.m. EDT = 12:20-22:22 UTC, 13 June.",
  not_entries=["site header and section menu, 'Newsletters', 'Sign in'", "'Trending' bar links", "tag title and tag description", "kicker labels", "'Early Bird Brief' newsletter box", "'ADVERTISEMENT'", "'Load more' button", "'Most read' list", "footer links and copyright"],
  entries=[
  E("2023-06-13 18:22", "Pentagon sends Ukraine $325 million package heavy on armored vehicles",
    ["The new drawdown adds 15 Bradley fighting vehicles and 10 Strykers to replace losses from the opening days of Ukraine's counteroffensive, along with rockets for HIMARS launchers and munitions for NASAMS air defense batteries."],
    "aid", "aid", 3, "us-325m-package-2023-06-13", a="Colin Draper", kicker="Pentagon",
    n="Major US aid package -> 3."),
  E("2023-06-13 16:05", "Air Defender 23 fills German skies as NATO's biggest air drill gets underway",
    ["About 250 aircraft from 25 nations are flying out of bases in Germany, the Czech Republic and the Netherlands in an exercise planners say was designed after Russia's 2014 seizure of Crimea."],
    "other", "security", 2, "air-defender-23-exercise", a="Marta Sobczyk", kicker="Air",
    n="Allied drill -> other/security (LABELS: drills)."),
  E("2023-06-13 14:40", "Poland signs for 22 more AW149 helicopters as it rebuilds its army aviation",
    ["Warsaw's armament agency said the order, worth roughly 1.7 billion zloty, would be built largely at the PZL-Świdnik plant in eastern Poland."],
    "other", "security", 2, "poland-aw149-order", a="Marta Sobczyk",
    n="Procurement by a non-party -> other/security. Figures invented."),
  E("2023-06-13 12:15", "Watch: Inside a Pennsylvania depot refurbishing M113s for Kyiv", [],
    "aid", "aid", 1, "video-m113-depot", a=None, kicker="Video",
    n="Video card without dek or byline -> teaser, importance 1."),
  E("2023-06-13 10:30", "Analysis: Ukraine's drone builders race to beat Russian jamming",
    ["Small workshops supplying first-person-view drones to Ukrainian brigades say they now change radio frequencies and firmware every few weeks, as Russian electronic warfare units adapt almost as fast."],
    "other", "frontline", 2, "analysis-ukraine-drones-jamming", a="Colin Draper", kicker="Unmanned",
    n="Analysis piece with a body: importance 2, own story. Battlefield technology -> other/frontline (judgement)."),
  E("2023-06-13 09:05", "Lancet loitering munitions take growing toll on Ukrainian artillery, officials say",
    ["Ukrainian officers told reporters that Russian Lancet strikes had become the main threat to towed guns near the southern front, forcing crews to move after every few rounds."],
    "strikes", "strikes", 2, "lancet-strikes-ukrainian-artillery", a="Jonah Reyes"),
  E("2023-06-13 08:20", "Austin to host Ukraine contact group at NATO headquarters on Thursday",
    ["Defense Secretary Lloyd Austin will chair the next meeting of the roughly 50-nation group coordinating weapons for Kyiv in Brussels, a day before NATO defense ministers gather there."],
    "diplomacy", "diplomacy", 2, "udcg-brussels-meeting-announced", a="Jonah Reyes", sec=["aid"], kicker="Pentagon",
    n="Announcement of a ministerial meeting (future): 2."),
  ]))

SEEDS.append(dict(id="2201", name="2201_conversation-topic", ext="txt", source="The Conversation", zone="Europe/London", render=r_conversation,
  title="Russia-Ukraine war", lede="Analysis and comment from academics on Russia's invasion of Ukraine and its consequences.",
  fmt="plain-text scrape of a topic listing; 'Published: 8 February 2023 2.35pm GMT' below 'Author, role, university'",
  imitates="The Conversation (UK edition topic page)",
  notes="The Conversation UK-style topic page scraped as text, Wednesday 8 February 2023 (GMT = UTC). Each article card: headline, one or two standfirst paragraphs (the body), an author line 'NAME, ROLE, UNIVERSITY' and 'Published: 8 February 2023 6.02pm GMT' (12-hour clock with a dot, no space before pm). Newest first. Most cards are analysis; one is the Turkey-Syria earthquake (off-beat). Newsletter box after the second card.",
  not_entries=["site name, edition selector and tagline", "cookie line", "section menu, 'Search', 'Get newsletter', 'Donate'", "'Topics' label, topic title and 'Follow topic'", "topic description", "'Displaying 1 - 20 of 2,114 articles'", "author/affiliation lines (author)", "'Published:' lines (stamps)", "newsletter box", "'Older articles'", "footer links and copyright"],
  entries=[
  E("2023-02-08 18:02", "Zelensky in Westminster: what his plea for fighter jets asks of Britain",
    ["Volodymyr Zelensky's surprise visit to London, his first since the invasion, ended with an address to both houses of parliament in which he asked for 'wings for freedom'.",
     "Rishi Sunak has promised to train Ukrainian pilots on NATO-standard jets, but sending the aircraft themselves would raise hard questions about spares, bases and escalation."],
    "diplomacy", "diplomacy", 3, "zelensky-london-visit-2023-02-08", a="Helen Markham", aff="Reader in International Security, University of Bristol", sec=["aid"],
    n="Reports and analyses a head-of-state visit on the day -> 3 (judgement)."),
  E("2023-02-08 16:10", "Why the promised Leopards will take months to reach the front",
    ["Pledging tanks is the easy part: crews need weeks of training, workshops need spare parts, and several donor armies have discovered that their stored vehicles need overhauls first."],
    "aid", "aid", 2, "analysis-leopard-delivery-timeline", a="Tomasz Wierzbicki", aff="Lecturer in Defence Studies, King's College London",
    n="Analysis: 2, own story."),
  OFF("2023-02-08 14:35", "Turkey-Syria earthquake: why so many modern buildings collapsed",
    ["Engineers say Turkey's building codes are strong on paper, but repeated construction amnesties let thousands of non-compliant blocks stand in the quake zone."],
    "turkey-syria-earthquake-buildings", a="Selin Aydın", aff="Professor of Structural Engineering, University of Leeds",
    n="earthquake analysis, not about the war."),
  E("2023-02-08 12:20", "Russia's winter push in Luhansk shows how it is trading men for metres",
    ["Fresh Russian attacks around Kreminna follow a pattern seen at Bakhmut: waves of lightly trained infantry probing Ukrainian lines before heavier units follow."],
    "other", "frontline", 2, "analysis-luhansk-winter-offensive", a="David Orme", aff="Senior Lecturer in War Studies, University of Birmingham"),
  E("2023-02-08 10:05", "A year of sanctions: is Russia's economy bending or breaking?",
    ["Russia's budget deficit widened sharply in January as oil and gas revenues fell, but the economy as a whole has shrunk far less than many forecasters expected.",
     "The price cap on Russian crude has cut Moscow's margins without taking its oil off the market, which was the point."],
    "diplomacy", "diplomacy", 2, "analysis-sanctions-russian-economy", a="Anna Kuznetsova", aff="Associate Professor of Economics, University of Nottingham",
    n="Sanctions analysis -> diplomacy (LABELS: sanctions)."),
  E("2023-02-08 07:15", "Bakhmut: the grim arithmetic of a battle neither side will give up",
    ["For Moscow, the town is a symbol it can sell at home; for Kyiv, every week it holds costs the attackers far more than the defenders, or so its commanders argue."],
    "other", "frontline", 2, "analysis-bakhmut-battle", a="David Orme", aff="Senior Lecturer in War Studies, University of Birmingham"),
  ]))

SEEDS.append(dict(id="2202", name="2202_lbua-feed", ext="html", source="LB.ua", zone="Europe/Kyiv", render=r_lbua, parse_args=["--date", "2023-10-13"],
  title="All news",
  fmt="HTML news feed, date dividers '14 October, Saturday' WITHOUT a year, bare 'HH:MM' above each headline, crosses local midnight",
  imitates="LB.ua (English news feed)",
  notes="LB.ua-style news feed. Date dividers print day, month and weekday but no year ('14 October, Saturday', '13 October, Friday'), and no year appears anywhere on the page, hence parse_args --date 2023-10-13. Kyiv time (EEST = UTC+3), never printed. Newest first; the top item (00:35 under '14 October') is after local midnight but still 21:35 UTC on 13 October, so the whole page is one UTC day (13 Oct 2023, 04:05-21:35 UTC). No authors. One 'photo' marker after a headline.",
  not_entries=["header, section menu and language switch", "page heading 'All news'", "date dividers", "'photo' marker", "Telegram promo", "'More news'", "'Most read' sidebar", "footer"],
  entries=[
  E("2023-10-14 00:35", "Explosions in Kharkiv as drones approach the city, Terekhov says",
    ["Kharkiv Mayor Ihor Terekhov reported several explosions in the Kyivskyi district shortly after midnight and urged residents to stay in shelters.",
     "Information on damage was being clarified."],
    "strikes", "strikes", 2, "kharkiv-drones-night-2023-10-14",
    n="Printed under '14 October' (local), but 21:35 UTC on 13 October: midnight crossing."),
  E("2023-10-13 21:50", "Avdiivka: General Staff reports 15 Russian assaults repelled in a day",
    ["Russian forces kept up attacks on Avdiivka from three directions for a fourth day, with heavy losses in armour, Ukraine's General Staff said in its evening update."],
    "other", "frontline", 2, "avdiivka-assaults-2023-10-13", photo=True),
  E("2023-10-13 19:20", "Shmyhal: first money from EU's Ukraine Facility expected early next year",
    ["Prime Minister Denys Shmyhal said Kyiv hoped to receive the first tranche of the proposed 50 billion euro EU fund in the first quarter of 2024, subject to reform benchmarks."],
    "aid", "aid", 2, "shmyhal-ukraine-facility-tranche"),
  E("2023-10-13 16:05", "Russian shelling kills two in Kherson's Dniprovskyi district",
    ["Two men were killed and a woman was wounded when Russian artillery hit a residential street in Kherson, the regional military administration said.",
     "Several private houses and a power line were damaged."],
    "strikes", "strikes", 3, "kherson-shelling-2023-10-13", n="Deadly strike -> 3. Figures invented."),
  E("2023-10-13 13:30", "Rada committee backs bill to let reservists defer service for studies",
    ["The parliament's national security committee recommended the bill for a first reading; its authors say it would close loopholes while protecting students at accredited universities."],
    "other", "politics", 2, "rada-reservist-studies-bill"),
  E("2023-10-13 11:15", "Netherlands: first F-16s for the Romanian training centre to arrive in November",
    ["The Dutch defence ministry said the first of up to 18 jets for the training hub near Constanța would be flown in next month, with Ukrainian pilots starting soon after."],
    "aid", "aid", 2, "f16-romania-training-centre"),
  E("2023-10-13 08:40", "Two more cargo ships leave Odesa ports through the temporary corridor",
    ["Two bulk carriers loaded with wheat and sunflower meal left Chornomorsk and Pivdennyi overnight, the navy said, bringing the number of vessels to use the route to more than twenty."],
    "other", "humanitarian", 2, "odesa-corridor-ships-2023-10-13",
    n="Grain shipping via the Ukrainian corridor -> other/humanitarian (judgement)."),
  E("2023-10-13 07:05", "Air defence downs 11 of 16 Shahed drones overnight",
    ["Ukraine's air force said the drones were launched from Primorsko-Akhtarsk and most were shot down over the Mykolaiv and Odesa regions."],
    "strikes", "strikes", 2, "overnight-shaheds-2023-10-13"),
  ]))

SEEDS.append(dict(id="2203", name="2203_babel-main-events", ext="txt", source="Babel", zone="Europe/Kyiv", render=r_babel,
  title="War, day 1,064. The main events of 22 January", author="Daryna Savchuk", datetext="22 January 2025, 21:40",
  lede="Babel has gathered the most important news of the day. The list is updated once, in the evening.",
  fmt="plain-text scrape of a 'main events of the day' article: each bullet is one event (no headlines), single byline and dateline",
  imitates="Babel.ua (English edition, daily main-events article)",
  notes="Babel-style article for Wednesday 22 January 2025. Title line, 'Author: NAME', dateline '22 January 2025, 21:40' (Kyiv time, EET = UTC+2, not printed), a lede, then seven bullets ('• ' prefix in the scrape), each one event: one entry per bullet, headline null, stamp null, published = the article's dateline (19:40 UTC), author = the page byline. The bullets are the article's content, not a separate 'Key Points' block, so key_point is false. A 'Read also' link sits between bullets 4 and 5.",
  not_entries=["site name, menu, 'Support Babel', language switch", "cookie line", "'News' section label", "title line", "'Author:' line and dateline", "lede paragraph", "'Read also:' link", "share line", "donation appeal", "'More news' and Telegram promo", "copyright"],
  entries=[
  E("2025-01-22 21:40", None, ["Donald Trump wrote that if Moscow did not agree to end the war soon, he would have no choice but to put high taxes, tariffs and sanctions on everything Russia sells to the United States."],
    "diplomacy", "diplomacy", 3, "trump-threatens-russia-sanctions-2025-01-22", a="Daryna Savchuk", n="Head-of-state statement on sanctions/peace -> 3."),
  E("2025-01-22 21:40", None, ["Russian forces struck Zaporizhzhia with guided aerial bombs in the afternoon, killing one man and wounding nine people, Governor Ivan Fedorov said."],
    "strikes", "strikes", 3, "zaporizhzhia-strike-2025-01-22", a="Daryna Savchuk", n="Deadly strike -> 3. Figures invented."),
  E("2025-01-22 21:40", None, ["Overnight, Russia launched 99 attack drones at Ukraine; air defence shot down 65 of them and another 30 were lost to electronic warfare, according to the air force."],
    "strikes", "strikes", 2, "overnight-drones-2025-01-22", a="Daryna Savchuk"),
  E("2025-01-22 21:40", None, ["Drones attacked an oil depot in Russia's Bryansk region, where the governor reported a fire but no casualties."],
    "strikes", "strikes", 2, "bryansk-oil-depot-drones-2025-01-22", a="Daryna Savchuk", n="Must not merge with the Zaporizhzhia strike or the overnight Shahed attack."),
  E("2025-01-22 21:40", None, ["The General Staff counted 143 clashes along the front during the day, more than a third of them near Pokrovsk."],
    "other", "frontline", 2, "frontline-clashes-2025-01-22", a="Daryna Savchuk"),
  E("2025-01-22 21:40", None, ["Ukraine's culture ministry said it had agreed with Poland on a timetable for further exhumations of Polish victims of the 1940s Volhynia killings."],
    "diplomacy", "diplomacy", 2, "ukraine-poland-volhynia-exhumations", a="Daryna Savchuk"),
  E("2025-01-22 21:40", None, ["Lithuania's government approved a new package for Ukraine that includes ammunition, anti-drone equipment and generators."],
    "aid", "aid", 2, "lithuania-aid-package-2025-01-22", a="Daryna Savchuk"),
  ]))

SEEDS.append(dict(id="2204", name="2204_atlantic-ukrainealert", ext="html", source="Atlantic Council", zone="America/New_York", render=r_atlantic,
  title="Putin’s summer escalation: five things to watch as talks stall", url="https://www.atlanticcouncil.org/blogs/ukrainealert/putins-summer-escalation-five-things-to-watch/",
  t="2025-06-11 15:41", datetext="June 11, 2025", author="Halyna Ostapchuk",
  lede="Russia has answered the Istanbul talks with its heaviest air attacks of the war and a new push on the ground. Here is what matters most in the weeks ahead.",
  bio="Halyna Ostapchuk is a nonresident fellow with the Atlantic Council’s Eurasia Center.",
  fmt="HTML article (UkraineAlert), Yoast @graph NewsArticle JSON-LD with &#8217; entities, five h2 sections; visible date without time",
  imitates="Atlantic Council (UkraineAlert blog article)",
  notes="Atlantic Council UkraineAlert-style opinion article, Wednesday 11 June 2025. The visible page prints only 'June 11, 2025' (no time); the time comes from the JSON-LD datePublished 2025-06-11T19:41:00+00:00 (15:41 EDT). Convention: one entry per h2 section (five), stamp null, published = the article's datePublished, author = the byline. JSON-LD strings carry numeric HTML entities (&#8217;). Every section is analysis (importance 2, own story).",
  not_entries=["site header and menu, 'Support'", "'UkraineAlert' eyebrow", "title", "date line and byline", "share links", "intro paragraph (lede)", "'Further reading' aside", "author bio", "disclaimer lines", "newsletter box", "related content", "footer"],
  entries=[
  E("2025-06-11 15:41", "Record air raids are testing Ukraine’s defenses",
    ["The attack on the night of June 10 combined more than 300 drones with a handful of missiles and hit Kyiv and Odesa at once, a pattern designed to exhaust interceptors.",
     "Russia’s drone output now appears large enough to sustain raids of this size every few nights."],
    "strikes", "strikes", 2, "analysis-record-air-raids-june-2025", a="Halyna Ostapchuk", n="Analysis section: 2, own story."),
  E("2025-06-11 15:41", "Patriot missiles are the scarcest currency in Kyiv",
    ["Every ballistic missile that gets through raises the price of each interceptor Ukraine still has.",
     "European governments are looking at buying American systems on Ukraine’s behalf, but deliveries would take months."],
    "aid", "aid", 2, "analysis-patriot-shortage-2025", a="Halyna Ostapchuk"),
  E("2025-06-11 15:41", "Prisoner swaps are the only part of Istanbul that works",
    ["The exchanges of young and wounded soldiers agreed at the talks have continued in stages this week, and they matter greatly to the families involved.",
     "They have not, however, produced any movement on a ceasefire."],
    "diplomacy", "diplomacy", 2, "analysis-istanbul-prisoner-swaps", a="Halyna Ostapchuk"),
  E("2025-06-11 15:41", "The push into Dnipropetrovsk region is about politics as much as ground",
    ["Moscow’s claim to have entered a new region is meant to show Ukrainians and Western capitals that time is on the Kremlin’s side."],
    "other", "frontline", 2, "analysis-dnipropetrovsk-push", a="Halyna Ostapchuk"),
  E("2025-06-11 15:41", "Europe’s next sanctions package will show how serious it is",
    ["A lower price cap on Russian crude would hurt Moscow more than any new list of names, but it needs every member state on board."],
    "diplomacy", "diplomacy", 2, "analysis-eu-sanctions-price-cap-2025", a="Halyna Ostapchuk"),
  ]))

SEEDS.append(dict(id="2205", name="2205_estonianworld-rss", ext="xml", source="Estonian World", zone="Europe/Tallinn", render=r_estonian,
  title="Estonian World",
  fmt="WordPress RSS 2.0, '+0000' pubDate with seconds, dc:creator CDATA, short excerpt + content:encoded CDATA with an 'appeared first on' line",
  imitates="Estonian World (WordPress feed)",
  notes="Estonian World-style WordPress feed for Wednesday 20 August 2025 (Restoration of Independence Day). pubDates are '+0000' with seconds; published keeps the seconds; page zone Europe/Tallinn (EEST = UTC+3) for published_local. Each item has a truncated excerpt in <description> ending '[…]' and the full text in content:encoded, whose last paragraph 'The post ... appeared first on Estonian World.' is feed chrome (not counted in body_paragraphs). Three of seven items are not about the war (off-beat).",
  not_entries=["channel title, link, description, lastBuildDate, language, sy: fields", "each item's <description> excerpt (duplicate of the first paragraph, truncated with '[…]')", "each item's closing 'The post ... appeared first on Estonian World.' paragraph", "category and guid"],
  entries=[
  E("2025-08-20 20:52:41", "Estonia’s defence ministry orders more ammunition for Ukraine",
    ["The government approved a further purchase of artillery rounds for Ukraine under Estonia’s pledge to spend a quarter of a percent of GDP on military help every year.",
     "Defence Minister Hanno Pevkur said the deliveries would start before the end of the year."],
    "aid", "aid", 2, "estonia-ammunition-for-ukraine-2025-08-20", a="Mari Kask", cat="Security", n="Amounts not given -> 2."),
  OFF("2025-08-20 17:30:05", "Thousands gather on Freedom Square for Restoration of Independence Day",
    ["An open-air concert and a torch walk marked 34 years since the Supreme Council of Estonia declared the restoration of the country’s independence."],
    "estonia-restoration-day-2025", a="Liis Saar", cat="Culture", n="national holiday, not about the war."),
  E("2025-08-20 14:18:12", "Kallas: security guarantees for Ukraine must have troops and money behind them",
    ["The EU’s foreign policy chief, Kaja Kallas, said any guarantees discussed after the White House meeting had to be backed by real forces and long-term funding, not only by signatures."],
    "diplomacy", "diplomacy", 2, "kallas-security-guarantees-2025-08-20", a="Mari Kask", cat="Opinion"),
  OFF("2025-08-20 11:04:50", "Tallinn start-up raises 12 million euros to expand its battery recycling plant",
    ["The company says the money will let it triple the amount of used car batteries it can process at its plant near Maardu."],
    "tallinn-startup-battery-recycling", a="Kristjan Tamm", cat="Business", n="business news, not about the war."),
  E("2025-08-20 08:45:33", "Narva crossing: Russian border guards slow checks again",
    ["Travellers reported waits of up to six hours at the Narva-Ivangorod crossing after Russian officers again limited how many people they would process, the Estonian Police and Border Guard Board said."],
    "other", "security", 2, "narva-border-checks-2025-08-20", a="Kristjan Tamm", cat="Security"),
  E("2025-08-20 06:20:00", "Estonia starts building the first bunkers of the Baltic Defence Line in the south-east",
    ["Work began on the first concrete bunkers near the Russian border in Võru county, part of a joint plan with Latvia and Lithuania."],
    "other", "security", 2, "baltic-defence-line-bunkers", a="Mari Kask", cat="Security"),
  OFF("2025-08-20 05:10:27", "Weather: a warm end to August, with thunderstorms on the islands",
    ["Forecasters expect temperatures of up to 27 degrees in the coming days, with heavy showers over Saaremaa and Hiiumaa on Thursday."],
    "estonia-weather-2025-08-20", a="Liis Saar", cat="News", n="weather, not about the war."),
  ]))

SEEDS.append(dict(id="2206", name="2206_krymrealii-news", ext="txt", source="Krym.Realii", zone="Europe/Kyiv", render=r_krym,
  title="Crimea: latest news",
  fmt="plain-text scrape; headline line, then '22 September 2023 12:15' on its own line AFTER it; Kyiv time implied",
  imitates="Krym.Realii / Crimea.Realities (news list)",
  notes="Krym.Realii-style news list for Friday 22 September 2023, the day of the missile strike on the Black Sea Fleet headquarters in Sevastopol. Each item: headline, then its date-and-time line ('22 September 2023 12:15', Kyiv time EEST = UTC+3 implied by the outlet), optional author line, body, 'Share'. Newest first. The Sevastopol strike is told in three bodied entries plus a video teaser (same story).",
  not_entries=["site name lines, 'Skip to main content', menu, 'Search', language switch", "page heading", "'Share' lines", "'See also:' link", "Telegram promo", "'Load more'", "footer"],
  entries=[
  E("2023-09-22 19:40", "Kerch bridge closed again after air alert", ["Traffic on the Kerch bridge was halted for about two hours in the evening, the occupation authorities said, without giving a reason."],
    "other", "security", 2, "kerch-bridge-closure-2023-09-22"),
  E("2023-09-22 17:55", "Ukraine's military says it struck the Black Sea Fleet headquarters",
    ["Ukraine's armed forces said the strike on the fleet command building in Sevastopol was carried out during a meeting of senior naval officers.",
     "They gave no details of the weapons used."],
    "strikes", "strikes", 3, "sevastopol-fleet-hq-strike-2023-09-22"),
  E("2023-09-22 15:10", "Video: smoke over Sevastopol bay after the attack", [], "strikes", "strikes", 1, "sevastopol-fleet-hq-strike-2023-09-22",
    n="Video teaser, no body -> 1."),
  E("2023-09-22 13:25", "Razvozhayev: one serviceman missing after missile attack on fleet headquarters",
    ["The Russian-installed governor of Sevastopol, Mikhail Razvozhayev, said one serviceman was missing and that debris had fallen near a theatre next to the building.",
     "He asked residents not to film or share footage of the area."],
    "strikes", "strikes", 3, "sevastopol-fleet-hq-strike-2023-09-22", a="Olena Yarmolenko"),
  E("2023-09-22 12:15", "Explosions in Sevastopol: smoke over the Black Sea Fleet headquarters",
    ["Residents reported several loud explosions in central Sevastopol around midday, and smoke was seen rising from the fleet headquarters on Lenin Street.",
     "An air-raid siren sounded across the city."],
    "strikes", "strikes", 3, "sevastopol-fleet-hq-strike-2023-09-22"),
  E("2023-09-22 10:05", "Court in Rostov-on-Don jails Crimean Tatar man for 13 years",
    ["A Russian military court sentenced a 41-year-old man from Bakhchysarai on charges of belonging to a banned Islamic group; rights groups say the case was fabricated."],
    "other", "humanitarian", 2, "crimean-tatar-sentence-2023-09-22", a="Olena Yarmolenko", n="Political prisoner case in occupied Crimea -> other/humanitarian."),
  E("2023-09-22 07:30", "Occupation authorities say drones were downed over western Crimea overnight",
    ["Russia's defence ministry said air defences destroyed 19 drones over the peninsula and the Black Sea during the night; there was no independent confirmation."],
    "strikes", "strikes", 2, "crimea-overnight-drones-2023-09-22", n="Night-time drone attack: separate from the midday missile strike on the HQ."),
  ]))

SEEDS.append(dict(id="2207", name="2207_nee-rdf", ext="xml", source="New Eastern Europe", zone="Europe/Warsaw", render=r_nee,
  title="New Eastern Europe",
  fmt="RSS 1.0 (RDF), dc:date with +02:00, entity-escaped HTML in <description>, one podcast item without description",
  imitates="New Eastern Europe (magazine feed)",
  notes="New Eastern Europe-style RSS 1.0 feed for Wednesday 26 April 2023 (Warsaw, CEST = UTC+2). Items carry dc:date with offset, dc:creator, dc:subject and an entity-escaped HTML <description> holding the body. The podcast item has no description (teaser, importance 1). One item about Moldovan regional politics is off-beat.",
  not_entries=["channel title, link, description, dc:date, rdf:Seq of item links", "dc:subject labels"],
  entries=[
  E("2023-04-26 19:10", "Xi and Zelensky finally speak: a first call since the invasion",
    ["Chinese leader Xi Jinping and Volodymyr Zelensky held an hour-long phone call, their first contact since February 2022.",
     "Beijing says it will send a special envoy to Kyiv, but it is far from clear that China is ready to press Moscow."],
    "diplomacy", "diplomacy", 3, "xi-zelensky-call-2023-04-26", a="Adam Reichardt-Nowak", cat="Ukraine", n="Head-of-state call -> 3."),
  E("2023-04-26 16:30", "Russian nuclear weapons in Belarus: what changes on NATO's eastern flank",
    ["Moving tactical warheads to Belarus adds little to Russia's military options, but it ties Minsk even more closely to Moscow's war."],
    "other", "security", 2, "analysis-belarus-tactical-nukes", a="Hanna Lutsevich", cat="Belarus"),
  E("2023-04-26 13:45", "Podcast: Is Ukraine ready for its spring counteroffensive?", [], "other", "frontline", 1, "podcast-counteroffensive-readiness", a=None, cat="Podcast",
    n="Podcast teaser, no body -> 1."),
  OFF("2023-04-26 11:20", "Gagauzia's election and the limits of Chișinău's reach",
    ["The race for governor of the autonomous region has become a contest over Moldova's relations with the EU, and candidates close to the fugitive oligarch Ilan Shor are doing well."],
    "gagauzia-governor-election-2023", a="Ion Bostan", cat="Moldova", n="Moldovan regional politics, not about this war (judgement)."),
  E("2023-04-26 09:05", "Warsaw and Kyiv try to calm the grain import row",
    ["After Poland's unilateral ban on Ukrainian grain, the two governments agreed on transit under seal, but farmers' groups say that will not be enough."],
    "other", "politics", 2, "poland-ukraine-grain-import-row-2023", a="Katarzyna Lis", cat="Poland",
    n="Trade dispute caused by the war -> other/politics (judgement)."),
  E("2023-04-26 07:40", "Vilnius prepares to host an alliance at a crossroads",
    ["Lithuania's capital will host NATO leaders in July, and the Baltic states want a clear statement on Ukraine's path to membership."],
    "diplomacy", "diplomacy", 2, "vilnius-nato-summit-preparations", a="Katarzyna Lis", cat="Lithuania"),
  ]))

SEEDS.append(dict(id="2208", name="2208_channel4-topic", ext="html", source="Channel 4 News", zone="Europe/London", render=r_ch4, parse_args=["--date", "2025-03-03"],
  title="Ukraine", ref="2025-03-03 21:40",
  fmt="HTML topic page, relative stamps ('3 hours ago') with a printed 'Updated at 21:40 GMT' and no date anywhere",
  imitates="Channel 4 News (topic page)",
  notes="Channel 4 News-style topic page captured on Monday 3 March 2025. Stamps are relative ('40 minutes ago', '13 hours ago') and must be resolved against the printed 'Updated at 21:40 GMT'; the page prints no date at all, hence parse_args --date 2025-03-03. GMT = UTC. Per-story bylines; one video teaser without body or byline.",
  not_entries=["cookie banner", "header and menu, 'Watch live'", "page heading", "'Updated at 21:40 GMT' line (reference for relative stamps)", "share links", "'Watch the latest programme' promo", "newsletter box", "footer"],
  entries=[
  E("2025-03-03 21:00", "Starmer tells MPs a 'coalition of the willing' will stand behind any deal",
    ["Keir Starmer told the Commons that Britain and a group of European allies would be ready to back a ceasefire in Ukraine with troops and aircraft, but that American support remained vital.",
     "He said the plan agreed at Sunday's London summit was the start of a process, not the end."],
    "diplomacy", "diplomacy", 3, "starmer-commons-coalition-2025-03-03", a="Ayesha Rahman", n="Head-of-government statement -> 3."),
  E("2025-03-03 18:40", "Macron floats a one-month truce in the air, at sea and on energy",
    ["The French president suggested a partial ceasefire that would not cover ground fighting, arguing that it would be easier to monitor.",
     "Downing Street said no truce had yet been agreed."],
    "diplomacy", "diplomacy", 2, "macron-partial-truce-proposal"),
  E("2025-03-03 16:40", "Belfast factory to build 5,000 air defence missiles for Kyiv",
    ["The missiles, part of a 1.6 billion pound deal paid for with British export finance, will be made at a plant in Northern Ireland, the defence secretary said."],
    "aid", "aid", 2, "uk-belfast-missiles-deal", a="Ben Castell"),
  E("2025-03-03 14:40", "Watch: Life under drone fire in Zaporizhzhia", [], "other", "humanitarian", 1, "video-zaporizhzhia-drones", n="Video teaser, no body -> 1."),
  E("2025-03-03 11:40", "Two killed as Russian guided bombs hit village in Kharkiv region",
    ["Two people died and four were injured when glide bombs hit a village east of Kharkiv this morning, the regional governor said."],
    "strikes", "strikes", 3, "kharkiv-region-glide-bombs-2025-03-03", a="Ben Castell", n="Deadly strike -> 3. Figures invented."),
  E("2025-03-03 08:40", "Zelensky says Ukraine still needs Washington after Oval Office clash",
    ["Volodymyr Zelensky said his country was grateful for American help and wanted a strong relationship with the United States, three days after his meeting with Donald Trump broke down."],
    "diplomacy", "diplomacy", 2, "zelensky-us-relations-2025-03-03", a="Ayesha Rahman"),
  ]))

SEEDS.append(dict(id="2209", name="2209_slovakspectator-tag", ext="txt", source="The Slovak Spectator", zone="Europe/Bratislava", render=r_spectator,
  title="War in Ukraine", clock="Sunday, 19. February, 2023",
  fmt="plain-text scrape of a tag page; byline glued to '17. Feb 2023 at 14:05'; site clock shows the later fetch day",
  imitates="The Slovak Spectator (tag page)",
  notes="Slovak Spectator-style tag page scraped on Sunday 19 February 2023 (site clock line 'Sunday, 19. February, 2023' = fetch day, NOT the articles' day); all articles are from Friday 17 February 2023 (Bratislava, CET = UTC+1, zone implied). Each item: headline, summary paragraph(s), then the author's name fused to the date ('Juraj Bielik17. Feb 2023 at 18:30'), then 'Read more'. Newest first. Two items are Slovak domestic news not about the war (off-beat).",
  not_entries=["site name", "site clock line (fetch day)", "menu", "cookie line", "tag heading", "'Read more' lines", "newsletter box", "'Previous articles'", "'Top stories' and its link", "copyright"],
  entries=[
  E("2023-02-17 18:30", "Naď: decision on MiG-29s for Ukraine could come within weeks",
    ["Defence Minister Jaroslav Naď said the caretaker government had the legal analysis it needed and could decide on handing over the grounded MiG-29 fighters soon.",
     "He said Slovakia would ask for compensation from the EU and allies."],
    "aid", "aid", 2, "slovakia-mig29-decision-2023-02-17", a="Juraj Bielik", n="Possible (not yet decided) transfer -> 2."),
  E("2023-02-17 16:10", "Káčer in Munich: Slovakia backs Ukraine's path to the EU",
    ["Foreign Minister Rastislav Káčer told a panel at the Munich Security Conference that Ukraine's accession talks should start this year."],
    "diplomacy", "diplomacy", 2, "kacer-munich-ukraine-eu", a="Martina Kočišová"),
  E("2023-02-17 14:05", "Refugees from Ukraine to keep free rail travel until summer",
    ["The transport ministry said people with temporary protection would be able to use second-class trains for free at least until the end of June."],
    "other", "humanitarian", 2, "slovakia-refugee-rail-travel", a="Martina Kočišová"),
  E("2023-02-17 11:40", "Košice hospital treats another group of wounded Ukrainian soldiers",
    ["Twelve soldiers brought in by a medical train are being treated at the Louis Pasteur University Hospital, the health ministry said."],
    "other", "humanitarian", 2, "kosice-hospital-ukrainian-soldiers", a="Juraj Bielik"),
  OFF("2023-02-17 09:20", "Snow and black ice close mountain roads in the High Tatras",
    ["Road workers closed two passes overnight and police asked drivers to fit snow chains."], "high-tatras-snow", a="Tomáš Hudec", n="weather, not about the war."),
  OFF("2023-02-17 08:00", "Parties start the long campaign for September's early election",
    ["With the vote set for the autumn, opposition parties have begun collecting signatures and touring the regions."], "slovakia-early-election-campaign", a="Tomáš Hudec",
    n="domestic politics, not about the war."),
  E("2023-02-17 07:15", "Slovak ammunition maker to double 155mm shell output",
    ["The company said new production lines in western Slovakia would let it make twice as many shells by next year, with orders from several NATO armies."],
    "other", "security", 2, "slovak-shell-production", a="Juraj Bielik", n="Production/procurement by a non-party -> other/security (judgement)."),
  ]))

# =============================================================== PART B, day 1: 2023-08-01 (UTC)
D1 = "Day 1 (2023-08-01 UTC): 2220, 2221, 2222, 2223"
MAIN1 = "moscow-city-drone-strike-2023-08-01"
NORWAY = ["Norway will give 1.5 billion kroner to buy artillery ammunition for Ukraine through a fund run with Britain and Denmark, Defence Minister Bjørn Arild Gram said.",
          "The money is part of the five-year Nansen programme agreed by the Norwegian parliament earlier this year."]
NORWAY_REP = ["Norway will give 1.5 billion kroner to buy artillery shells for Ukraine through a fund run with Britain and Denmark, Defence Minister Bjørn Arild Gram said.",
              "The money is part of the five-year Nansen programme agreed by the Norwegian parliament earlier this year."]

SEEDS.append(dict(id="2220", name="2220_bellhaven-textlive", ext="txt", source="Bellhaven Daily", zone="Europe/London", render=r_bellhaven, invented=True,
  title="Ukraine war live: drone hits Moscow business district for second time in three days", dateline="Tuesday 1 August 2023",
  fmt="text live blog, newest first, '8:35 p.m.' stamps (BST), Key Points, 'Reporting by NAME' signature",
  notes="Invented outlet. Text live blog, NEWEST FIRST, stamp line ('8:35 p.m.', UK time BST = UTC+1 as the page says) above each headline, paragraphs, then 'Reporting by NAME'. Key Points block lists three exact headlines (entries 03, 06, 07). Entry 05 is a video teaser (no body); entry 02 repeats entry 04 nearly verbatim (duplicate_of 2220-04). " + D1,
  not_entries=["masthead and menu", "title line, date line, 'All times are UK time (BST)'", "'Key Points' heading and its three bullet lines", "'Latest' label", "'Reporting by' lines (author)", "'Advertisement'", "'Show earlier updates' and footer"],
  entries=[
  E("2023-08-01 20:35", "Kremlin: Moscow faces a threat, but measures are being taken",
    ["Kremlin spokesman Dmitry Peskov said the repeated drone attacks on the capital were a threat that the authorities were dealing with, and declined to say what new steps had been taken.",
     "He blamed Kyiv for what he called acts of desperation."],
    "strikes", "strikes", 3, MAIN1, a="Fiona Harker", n="Official reaction whose content is the attack itself -> same story (LABELS strikes)."),
  E("2023-08-01 16:45", "Norway pledges 1.5 billion kroner for Ukraine's artillery shells", NORWAY_REP,
    "aid", "aid", 1, "norway-ammunition-pledge-2023-08-01", a="Tom Akers", dup="2220-04", n="Near-verbatim repeat of 2220-04 (headline and one word changed) -> importance 1."),
  E("2023-08-01 15:10", "Germany's latest delivery list adds two IRIS-T launchers",
    ["Berlin's updated list of weapons handed to Ukraine shows two more IRIS-T SLM launchers and additional Gepard anti-aircraft guns delivered since mid-July.",
     "The government publishes the list roughly every week."],
    "aid", "aid", 3, "germany-delivery-list-2023-08-01", a="Tom Akers", kp=True, n="Must not merge with Norway's pledge (different donor, different package). Listed under Key Points -> 3."),
  E("2023-08-01 11:15", "Norway pledges 1.5 billion kroner for Ukraine's artillery ammunition", NORWAY,
    "aid", "aid", 3, "norway-ammunition-pledge-2023-08-01", a="Tom Akers", n="Carried by 2220 and 2221 -> 3."),
  E("2023-08-01 09:40", "Watch: dawn footage of the damaged Moscow tower", [], "strikes", "strikes", 1, MAIN1, n="Video teaser, no body -> 1."),
  E("2023-08-01 08:20", "Two killed as Russian shelling hits Kherson",
    ["Russian artillery struck a residential area of Kherson in the morning, killing two people and wounding three, the regional governor Oleksandr Prokudin said."],
    "strikes", "strikes", 3, "kherson-shelling-2023-08-01", a="Fiona Harker", kp=True, n="Must not merge with the Moscow drone strike (different attack, different place). Carried by 2 seeds -> 3."),
  E("2023-08-01 07:05", "Moscow tower: one guard hurt, 150 square metres of glazing destroyed",
    ["Emergency services said a security guard was injured by flying glass and that about 150 square metres of the facade had been destroyed.",
     "Vnukovo airport briefly halted flights during the attack."],
    "strikes", "strikes", 3, MAIN1, a="Fiona Harker", kp=True),
  E("2023-08-01 06:30", "Tower in Moscow-City hit by drone for the second time in three days",
    ["A drone struck the same glass office tower in Moscow's business district early on Tuesday, smashing windows on the 21st floor, Mayor Sergei Sobyanin said.",
     "The tower, known as IQ-kvartal, had been hit in an attack on Sunday."],
    "strikes", "strikes", 3, MAIN1, a="Fiona Harker"),
  ]))

SEEDS.append(dict(id="2221", name="2221_crossfell-ldlive", ext="html", source="Crossfell Report", zone="Europe/Kyiv", render=r_crossfell, invented=True,
  title="Live: drone strikes Moskva-City again; two dead in Kherson", url="https://crossfell.example/live/2023-08-01",
  lede="Our rolling coverage of Russia's war against Ukraine on Tuesday 1 August 2023.", tznote="All times are Kyiv time (EEST).",
  fmt="HTML live + LiveBlogPosting JSON-LD (+03:00 per update), <time datetime> with 'HH:MM', author line after the body",
  notes="Invented outlet. HTML live blog, newest first; visible stamps 'HH:MM' Kyiv time (page note 'All times are Kyiv time (EEST)', UTC+3) inside <time datetime> with the full +03:00 timestamp; JSON-LD per-update datePublished agrees. Entry 03 is a theme piece (explainer). " + D1,
  not_entries=["header and menu", "'LIVE' label, title, standfirst, time-zone note", "author lines (author)", "newsletter box", "footer"],
  entries=[
  E("2023-08-01 22:45", "Russian defence ministry: jammed drone lost control before hitting tower",
    ["Russia's defence ministry said air defences had shot down two drones over the Odintsovo district west of Moscow and that a third, disabled by electronic warfare, had crashed into a building in the Moskva-City complex."],
    "strikes", "strikes", 3, MAIN1, a="Iryna Kovalchuk"),
  E("2023-08-01 20:50", "General Staff: Ukrainian troops advance south of Bakhmut",
    ["Ukraine's forces made small gains near Klishchiivka and Andriivka, the General Staff said, while Russian attacks around Kupiansk were repelled."],
    "other", "frontline", 2, "bakhmut-south-advance-2023-08-01", a="Iryna Kovalchuk"),
  E("2023-08-01 18:30", "Explainer: how far can Ukraine's long-range drones fly?",
    ["Ukraine has built several types of fixed-wing drones that can carry a small warhead more than 800 kilometres, far enough to reach Moscow from the border.",
     "Officials rarely confirm individual attacks, but they no longer hide that the programme exists."],
    "strikes", "strikes", 2, "explainer-ukraine-long-range-drones-2023", a="Pavlo Hrytsenko", n="Theme piece (explainer with a body): importance 2, own story."),
  E("2023-08-01 17:05", "Norway to fund artillery rounds with 1.5 billion kroner",
    ["Oslo will channel the money through the international fund managed by Britain to buy 155mm shells for Ukraine's army, the Norwegian defence ministry said."],
    "aid", "aid", 3, "norway-ammunition-pledge-2023-08-01", a="Pavlo Hrytsenko"),
  E("2023-08-01 15:40", "Guterres urges Moscow to rejoin the Black Sea grain deal",
    ["UN Secretary-General António Guterres appealed to Russia to return to the arrangement that let Ukraine ship grain from its ports, warning that food prices were rising again."],
    "diplomacy", "diplomacy", 2, "guterres-grain-deal-appeal-2023-08-01", a="Iryna Kovalchuk", n="Separate statement from Erdogan's (2222-06): must not merge."),
  E("2023-08-01 12:25", "Kherson: two dead after artillery strike on Korabelnyi district",
    ["Two residents were killed and three wounded when Russian shells hit the Korabelnyi district of Kherson, the city administration said."],
    "strikes", "strikes", 3, "kherson-shelling-2023-08-01", a="Pavlo Hrytsenko"),
  E("2023-08-01 09:10", "Sobyanin: drone hits Moskva-City business district again",
    ["Moscow Mayor Sergei Sobyanin said a drone had struck a tower in the Moskva-City complex overnight, damaging the facade on one floor."],
    "strikes", "strikes", 3, MAIN1, a="Iryna Kovalchuk"),
  ]))

SEEDS.append(dict(id="2222", name="2222_mirewick-worldrss", ext="xml", source="Mirewick World", zone="UTC", render=r_rss_gmt, invented=True,
  title="Mirewick World – Top stories", link="https://mirewick.example/world", desc="International headlines from Mirewick World",
  fmt="RSS 2.0, GMT pubDate, CDATA description, general world feed (5 of 7 off-beat)",
  notes="Invented outlet. General world-news RSS feed; pubDates in GMT (= UTC). Newest first. Only two items are about the war (the Moscow drone strike and Erdogan's grain-deal remarks); five are off-beat. " + D1,
  not_entries=["channel title, link, description, language", "category labels", "guid"],
  entries=[
  OFF("2023-08-01 22:40", "Trump indicted over efforts to overturn 2020 election",
    ["A federal grand jury in Washington charged the former president with four counts linked to his attempts to stay in power after losing the 2020 vote."],
    "trump-federal-indictment-2023-08-01", n="US politics."),
  OFF("2023-08-01 21:25", "Fitch strips United States of top AAA credit rating",
    ["The ratings agency cut the country's long-term rating by one notch, citing repeated standoffs over the debt limit and rising government debt."], "fitch-us-downgrade", n="US economy.", cat="Business"),
  OFF("2023-08-01 16:10", "France begins evacuating its citizens from Niger",
    ["The first French military flight left Niamey with evacuees on board, a week after soldiers detained President Mohamed Bazoum."], "france-niger-evacuation", n="Sahel coup."),
  OFF("2023-08-01 13:55", "Beijing hit by heaviest rain in years as floods kill several",
    ["Storms left over from Typhoon Doksuri flooded roads and villages on the edge of the Chinese capital, and thousands of people were moved to shelters."], "beijing-floods-2023", n="weather disaster."),
  OFF("2023-08-01 12:05", "England thrash China 6-1 to top their World Cup group",
    ["Lauren James scored twice and set up three more as the European champions reached the last 16 of the Women's World Cup in Adelaide."], "womens-world-cup-england-china", n="sport.", cat="Sport"),
  E("2023-08-01 10:20", "Erdogan says he will push Putin to revive the grain corridor",
    ["Turkish President Recep Tayyip Erdogan said he would raise the collapsed Black Sea grain arrangement with Vladimir Putin when the two next speak, and that he expected a visit by the Russian leader soon."],
    "diplomacy", "diplomacy", 2, "erdogan-grain-deal-remarks-2023-08-01", n="Separate statement from Guterres' appeal (2221-05): must not merge."),
  E("2023-08-01 07:50", "Drone damages Moscow office tower already hit at weekend",
    ["An office building in the Russian capital's financial district was struck by a drone for the second time in three days, local officials said.",
     "One person was reported injured."],
    "strikes", "strikes", 3, MAIN1),
  ]))

SEEDS.append(dict(id="2223", name="2223_fenwold-article", ext="txt", source="Fenwold Journal", zone="Europe/London", render=r_textarticle, invented=True,
  title="The war reaches Moscow's glass towers",
  head=["Fenwold Journal", "World | Europe | Ukraine", "", "The war reaches Moscow's glass towers",
        "A second drone strike in three days on the city's business district has rattled Muscovites and embarrassed the Kremlin", "",
        "By Eleanor Whitby", "Tuesday 1 August 2023 4.20pm BST", "", "Share   Save   Comment", ""],
  foot=["More on this story", "Analysis: What Moscow's air defences can and cannot do", "", "Fenwold Journal © 2023 · Contact · Cookies"],
  fmt="text article, 3 section headings, dateline '4.20pm BST'",
  notes="Invented outlet. Text article with three section headings; convention: one entry per section, stamp null, published = the article dateline 'Tuesday 1 August 2023 4.20pm BST' (15:20 UTC), author = page byline. All three sections tell the main story (the strike, the Kremlin's response, Kyiv's reaction). " + D1,
  not_entries=["masthead and section path", "title and standfirst", "byline and dateline", "'Share   Save   Comment'", "'More on this story' link", "footer"],
  entries=[
  E("2023-08-01 16:20", "A second strike on the same tower",
    ["For the second time since Sunday, a drone slammed into the IQ-kvartal tower in Moskva-City before dawn on Tuesday, blowing out windows high above the Moscow river.",
     "A guard was hurt, officials said, and flights at Vnukovo were briefly halted."],
    "strikes", "strikes", 3, MAIN1, a="Eleanor Whitby"),
  E("2023-08-01 16:20", "The Kremlin's response",
    ["The defence ministry said the drone had been knocked off course by jamming, a version that avoids admitting that air defences missed it.",
     "Officials promised more protection for the capital, without saying what it would be."],
    "strikes", "strikes", 3, MAIN1, a="Eleanor Whitby", n="Section about the Kremlin's reaction to the strike -> same story."),
  E("2023-08-01 16:20", "Kyiv's message",
    ["Ukrainian officials did not claim the attack, but presidential adviser Mykhailo Podolyak said Muscovites were getting used to a war they had been told was far away."],
    "strikes", "strikes", 3, MAIN1, a="Eleanor Whitby", n="Kyiv's reaction to the strike -> same story."),
  ]))

# =============================================================== PART B, day 2: 2023-08-02 (UTC) — the day after day 1
D2 = "Day 2 (2023-08-02 UTC, the day after day 1): 2230, 2231, 2232, 2233"
MAIN2 = "izmail-port-drone-attack-2023-08-02"
DENMARK = "denmark-leopard-repair-fund-2023-08-02"

SEEDS.append(dict(id="2230", name="2230_gildersby-htmllive", ext="html", source="Gildersby Post", zone="Europe/London", render=r_gildersby, invented=True,
  title="Russia-Ukraine war: drones hit Danube port of Izmail, grain stores burn", dateline="Wednesday 2 August 2023",
  lede="Russia attacks Ukraine's river route for grain exports, a few hundred metres from Romania.",
  fmt="HTML live blog without JSON-LD, '14:38 BST' stamps, byline under the headline, date line",
  notes="Invented outlet. HTML live blog without JSON-LD, OLDEST FIRST, stamps 'HH:MM BST' (UTC+1) under the page's date line 'Wednesday 2 August 2023'. Entry 05 is a photo teaser (no body). Entry 04 continues day 1's Moscow-City story with a new development (same slug as day 1). " + D2,
  not_entries=["top navigation", "'LIVE' badge, title, summary, date line", "byline lines (author)", "'Advertisement'", "'Read more:' related link", "footer"],
  entries=[
  E("2023-08-02 07:15", "Russian drones hit grain silos at Danube port of Izmail",
    ["Russian drones struck port and grain infrastructure in Izmail on the Danube overnight, setting warehouses on fire, the Odesa regional governor Oleh Kiper said.",
     "Izmail has become one of Ukraine's main export routes since Russia quit the Black Sea grain deal."],
    "strikes", "strikes", 3, MAIN2, a="Rosa Penhale"),
  E("2023-08-02 08:40", "Guided bombs hit Kupiansk, two wounded",
    ["Russian aircraft dropped guided bombs on the centre of Kupiansk in the Kharkiv region, wounding two people and damaging a clinic, the local administration said."],
    "strikes", "strikes", 2, "kupiansk-guided-bombs-2023-08-02", a="Rosa Penhale", n="Must not merge with the Izmail attack (different place, different attack)."),
  E("2023-08-02 10:05", "Romania condemns attack 'a few hundred metres' from its border",
    ["Romania's foreign ministry said the strikes on Izmail, just across the Danube from Romanian territory, were unacceptable and a danger to shipping on the river."],
    "strikes", "strikes", 3, MAIN2, a="Rosa Penhale", sec=["diplomacy"], n="Reaction whose content is the attack itself -> same story."),
  E("2023-08-02 11:30", "Moscow-City: investigators open terrorism case as tenants are sent home",
    ["Russia's Investigative Committee said it was treating Tuesday's drone strike on the IQ-kvartal tower as terrorism, and several firms in the building told staff to work from home while the facade is repaired."],
    "strikes", "strikes", 2, MAIN1, a="Daniel Ormsby", n="Continues day 1's Moscow-City strike with a new development (criminal case, tenants sent home): keeps the day-1 slug; only one day-2 seed carries it -> 2."),
  E("2023-08-02 13:20", "Photos: charred grain sacks in Izmail warehouses", [], "strikes", "strikes", 1, MAIN2, n="Photo teaser, no body -> 1."),
  E("2023-08-02 15:45", "Denmark to pay for repairs of Leopard 1 tanks bound for Kyiv",
    ["The Danish defence ministry said it would fund the overhaul of dozens of older Leopard 1 tanks at a German plant so they can be sent to Ukraine next year."],
    "aid", "aid", 3, DENMARK, a="Daniel Ormsby", n="Carried by 2230 and 2231 -> 3."),
  E("2023-08-02 17:10", "Kubrakov: nearly 40,000 tonnes of grain destroyed in Izmail",
    ["Infrastructure Minister Oleksandr Kubrakov said the attack had destroyed almost 40,000 tonnes of grain that was meant for countries in Africa, China and Israel."],
    "strikes", "strikes", 3, MAIN2, a="Rosa Penhale", n="Toll has grown from the morning (compare 2231-03's 30,000 tonnes)."),
  ]))

SEEDS.append(dict(id="2231", name="2231_rushmere-textlive", ext="txt", source="Rushmere Radio", zone="UTC", render=r_rushmere, invented=True,
  title="Ukraine latest: Russia strikes Izmayil port on the Danube", dateline="Wednesday, 2 August 2023",
  fmt="text live blog, newest first, '1409 GMT' stamp line above the headline, agency credit in brackets",
  notes="Invented outlet. Text live blog, NEWEST FIRST, stamps 'HHMM GMT' (= UTC) on their own line above the headline, under the date header 'Wednesday, 2 August 2023'. Some posts end with a bracketed '(Reporting by NAME)' credit: that name is the author; posts without one have author null. Spelling 'Izmayil'. Entry 05 repeats entry 07 nearly verbatim (duplicate_of 2231-07, the earlier-published original, which sits lower on this newest-first page). " + D2,
  not_entries=["station name and menu", "title", "date header", "bracketed credit lines (author)", "podcast promo", "'For yesterday's updates, click here.'", "footer"],
  entries=[
  E("2023-08-02 16:30", "Iohannis: attacks so close to Romania are unacceptable",
    ["Romanian President Klaus Iohannis said Russia's strikes on Ukrainian Danube ports next to his country's border were war crimes against civilian infrastructure and a threat to food security."],
    "strikes", "strikes", 3, MAIN2, a="Aled Price", sec=["diplomacy"], n="Reaction about the attack itself -> same story."),
  E("2023-08-02 14:09", "Poland to move more troops east after Belarusian helicopters cross border",
    ["Poland's defence ministry said it would send additional troops and helicopters to its eastern border after two Belarusian military helicopters violated Polish airspace near Białowieża on Tuesday."],
    "other", "security", 2, "poland-belarus-helicopters-border", a="Nia Rowntree"),
  E("2023-08-02 12:25", "About 30,000 tonnes of grain damaged in Izmayil, minister says",
    ["Initial checks show that around 30,000 tonnes of grain were damaged in the overnight attack on the Izmayil port, Ukraine's infrastructure minister said.",
     "Ships were still loading at other berths."],
    "strikes", "strikes", 3, MAIN2, a="Aled Price"),
  E("2023-08-02 10:10", "Denmark finances overhaul of Leopard 1 tanks for Ukraine",
    ["Copenhagen will pay to refurbish older Leopard 1 battle tanks in Germany for delivery to Ukrainian forces, the Danish defence ministry announced."],
    "aid", "aid", 3, DENMARK, a="Nia Rowntree"),
  E("2023-08-02 08:30", "Drones hit Izmayil port overnight, governor says",
    ["Russian drones hit the port of Izmayil on the Danube during the night, damaging grain silos and an administrative building, the Odesa regional governor said."],
    "strikes", "strikes", 1, MAIN2, a=None, dup="2231-07", n="Near-verbatim repeat of 2231-07 (re-run with 'regional' added and the headline reworded) -> 1."),
  E("2023-08-02 07:45", "Czech Republic hands over more attack helicopters",
    ["Prague has delivered another batch of Mi-24 helicopters to Ukraine, the Czech defence minister said, without giving the number."],
    "aid", "aid", 2, "czech-helicopters-2023-08-02", a="Nia Rowntree", n="Must not merge with Denmark's tank funding (different donor and package)."),
  E("2023-08-02 05:10", "Drones strike port of Izmayil overnight, governor says",
    ["Russian drones hit the port of Izmayil on the Danube during the night, damaging grain silos and an administrative building, the Odesa governor said."],
    "strikes", "strikes", 3, MAIN2, a=None),
  ]))

SEEDS.append(dict(id="2232", name="2232_nethercott-worldrss", ext="xml", source="Nethercott News Agency", zone="UTC", render=r_rss_escaped, invented=True,
  title="Nethercott News Agency – World", link="https://nethercott.example/world", desc="World news from Nethercott", tail="GMT",
  fmt="RSS 2.0, GMT pubDate, dc:creator, entity-escaped HTML description; general world feed (5 of 7 off-beat)",
  notes="Invented outlet. General world-news RSS feed (agency), newest first, GMT pubDates. Item 07 re-posts day 1's 2220-04 (Norway's ammunition pledge) word for word at 00:40 UTC on 2 August: importance 1, same story as day 1. Five items are off-beat. " + D2,
  not_entries=["channel title, link, description", "guid"],
  entries=[
  OFF("2023-08-02 19:30", "Trump to appear in Washington court on Thursday",
    ["The former president is due to be arraigned on the four federal charges linked to the 2020 election, his lawyers said."], "trump-arraignment-scheduled", n="US politics."),
  OFF("2023-08-02 15:20", "Stocks slide after the United States loses its top credit rating",
    ["Shares fell in Europe and Asia as investors digested the downgrade, although Treasury yields barely moved."], "markets-after-fitch-downgrade", n="markets."),
  OFF("2023-08-02 12:15", "Brazil knocked out of World Cup after goalless draw with Jamaica",
    ["Marta's last World Cup ended in the group stage as Jamaica held on for a draw in Melbourne that sent them through instead."], "womens-world-cup-brazil-out", n="sport."),
  E("2023-08-02 09:05", "Russia strikes Ukrainian river port, grain stores damaged",
    ["Russian drones attacked Ukraine's port of Ismail on the Danube overnight, damaging warehouses holding grain bound for export, Ukrainian officials said."],
    "strikes", "strikes", 3, MAIN2, n="Spelling 'Ismail'."),
  OFF("2023-08-02 06:30", "First evacuation flights from Niger land in Europe",
    ["Hundreds of people, most of them French citizens, arrived in Paris and Rome on overnight flights from Niamey."], "niger-evacuation-flights", n="Sahel coup."),
  OFF("2023-08-02 03:15", "Beijing flood deaths rise as rain eases",
    ["Rescue teams were still searching for missing people in districts west of the capital, state media reported."], "beijing-floods-2023", n="weather disaster."),
  E("2023-08-02 00:40", "Norway pledges 1.5 billion kroner for Ukraine's artillery ammunition", NORWAY,
    "aid", "aid", 1, "norway-ammunition-pledge-2023-08-01",
    n="Re-post of day 1's 2220-04 (same headline and text) on day 2 -> importance 1 (LABELS); duplicate_of null because it repeats an entry of another seed."),
  ]))

SEEDS.append(dict(id="2233", name="2233_ambrey-article", ext="html", source="Ambrey Review", zone="Europe/Paris", render=r_ambrey, invented=True,
  title="Why Russia is now bombing the Danube", t="2023-08-02 19:05", author="Claire Dumesnil",
  lede="After the end of the grain deal, Ukraine's river ports carry a growing share of its exports. Moscow has noticed.",
  fmt="HTML article, NewsArticle JSON-LD, 2 h2 sections, dateline '2 August 2023 · 19:05 CEST'",
  notes="Invented outlet. HTML article with NewsArticle JSON-LD (+02:00) and two h2 sections; convention: one entry per section, stamp null, published = the dateline '2 August 2023 · 19:05 CEST' (17:05 UTC), author = byline. Section 1 reports the Izmail attack (main story); section 2 is an explainer of the Danube export route (theme piece, own story). " + D2,
  not_entries=["header links", "title and standfirst", "byline and dateline", "'More from Ambrey' aside", "footer"],
  entries=[
  E("2023-08-02 19:05", "What was hit in Izmail",
    ["The drones that reached Izmail early on Wednesday hit grain elevators and warehouses on the port's river front, according to Ukrainian officials and local residents.",
     "Romanian officials across the water in Tulcea county reported hearing the blasts."],
    "strikes", "strikes", 3, MAIN2, a="Claire Dumesnil"),
  E("2023-08-02 19:05", "Why the Danube route matters",
    ["Since the Black Sea deal ended in July, barges and small ships sailing from Reni and Izmail to Romania's port of Constanța have become Ukraine's safest outlet to the world.",
     "The route cannot replace the big Odesa terminals, but it keeps a few million tonnes a month moving."],
    "other", "humanitarian", 2, "explainer-danube-export-route", a="Claire Dumesnil", sec=["strikes"], n="Theme piece (explainer with body): importance 2, own story. Grain exports -> other/humanitarian (judgement)."),
  ]))

# =============================================================== PART B, day 3: 2025-02-18 (UTC)
D3 = "Day 3 (2025-02-18 UTC): 2240, 2241, 2242, 2243"
MAIN3 = "us-russia-talks-riyadh-2025-02-18"
POLTAVA = "poltava-energy-drone-attack-2025-02-18"
ANKARA = "zelensky-erdogan-ankara-2025-02-18"
FINLAND = "finland-aid-package-2025-02-18"
POLTAVA_P = ["Russian drones damaged an energy facility in the Poltava region overnight, cutting power to several villages, the regional governor said.",
             "Air defence shot down most of the drones over central Ukraine, according to the air force."]
POLTAVA_REP = ["Russian drones damaged an energy facility in the Poltava region overnight, cutting electricity to several villages, the regional governor said.",
               "Air defence shot down most of the drones over central Ukraine, according to the air force."]

SEEDS.append(dict(id="2240", name="2240_brisco-worldatom", ext="xml", source="Brisco World Desk", zone="UTC", render=r_atom_z, invented=True,
  title="Brisco World Desk", link="https://brisco.example/world", desc="The world's news, around the clock",
  fmt="Atom 1.0, Z times, entity-escaped html content; general world feed (5 of 7 off-beat)",
  notes="Invented outlet. General world-news Atom feed, OLDEST FIRST, <published> in Z (UTC). Two items are about the war (the Riyadh talks), five are off-beat. " + D3,
  not_entries=["feed title, subtitle, link, id, updated", "category terms"],
  entries=[
  OFF("2025-02-18 03:20", "Toronto crash: investigators examine jet that flipped on landing",
    ["All 80 people on board survived when the regional jet overturned on a snowy runway at Toronto Pearson, and most of the injured have left hospital."], "toronto-plane-flip", n="air accident."),
  E("2025-02-18 07:45", "US and Russian delegations meet in Riyadh",
    ["American and Russian officials began talks in the Saudi capital on Tuesday, the first high-level meeting between the two countries since the invasion of Ukraine.",
     "Ukraine was not invited."],
    "diplomacy", "diplomacy", 3, MAIN3),
  OFF("2025-02-18 09:30", "Pope remains in hospital with respiratory infection",
    ["The Vatican said Pope Francis had spent a quiet night and would stay in Rome's Gemelli hospital for further tests."], "pope-hospital-2025-02", n="religion/health."),
  E("2025-02-18 12:50", "Rubio: both sides agreed to restore embassy staff",
    ["Secretary of State Marco Rubio said Washington and Moscow would return staff to their embassies and appoint teams to work on ending the war in Ukraine."],
    "diplomacy", "diplomacy", 3, MAIN3),
  OFF("2025-02-18 14:15", "M23 rebels tighten grip on Bukavu",
    ["Fighters of the Rwanda-backed group patrolled the streets of the eastern Congolese city after government troops withdrew."], "drc-m23-bukavu", n="another war (DR Congo)."),
  OFF("2025-02-18 17:05", "German parties enter final week before Sunday's election",
    ["Opinion polls show the conservatives well ahead, with the far-right AfD in second place."], "germany-election-campaign-2025", n="German politics."),
  OFF("2025-02-18 20:40", "Heavy snow closes Alpine passes",
    ["Avalanche warnings were raised to the second-highest level in parts of Switzerland and Austria."], "alps-snow-2025-02-18", n="weather."),
  ]))

SEEDS.append(dict(id="2241", name="2241_hexmoor-textlive", ext="txt", source="Hexmoor Live", zone="Europe/Kyiv", render=r_hexmoor, invented=True,
  title="Ukraine live: US and Russia talk in Riyadh without Kyiv", dateline="Tuesday 18 February 2025 · times are Kyiv time (EET)",
  fmt="text live blog, oldest first, '2.35pm' stamps (Kyiv EET), 'By NAME' after the headline, Key Points",
  notes="Invented outlet. Text live blog, OLDEST FIRST; each post: stamp line ('2.35pm', Kyiv time EET = UTC+2 per the date line), headline, optional 'By NAME' line, paragraphs. Key Points lists three exact headlines (entries 01, 03, 05). Entry 04 is a photo teaser (no body). Entry 07 repeats entry 01 nearly verbatim (duplicate_of 2241-01). " + D3,
  not_entries=["site name", "title and date line", "'Key Points' heading and its bullets", "'Share this page'", "'Live updates' label", "'By' lines (author)", "'Advertisement'", "'Load more updates' and footer"],
  entries=[
  E("2025-02-18 08:05", "Russian drones hit energy facility in Poltava region", POLTAVA_P,
    "strikes", "strikes", 3, POLTAVA, a="Mykola Dziuba", kp=True),
  E("2025-02-18 10:30", "US and Russian delegations gather in Riyadh for first talks",
    ["Marco Rubio, Mike Waltz and Steve Witkoff sat down with Sergei Lavrov and Yuri Ushakov at a palace in Riyadh on Tuesday morning.",
     "Kyiv has said it will not recognise any agreement reached without it."],
    "diplomacy", "diplomacy", 3, MAIN3, a="Olha Marchenko"),
  E("2025-02-18 11:50", "Finland announces new defence package worth 90 million euros",
    ["Finland's defence ministry said its latest package for Ukraine would focus on air defence and artillery ammunition."],
    "aid", "aid", 3, FINLAND, a="Mykola Dziuba", kp=True),
  E("2025-02-18 13:40", "Photos: Diriyah palace as talks get under way", [], "diplomacy", "diplomacy", 1, MAIN3, n="Photo teaser, no body -> 1."),
  E("2025-02-18 14:20", "Zelensky arrives in Ankara for talks with Erdogan",
    ["Volodymyr Zelensky landed in the Turkish capital for a meeting with President Recep Tayyip Erdogan, saying Turkey could play a role in future security guarantees."],
    "diplomacy", "diplomacy", 3, ANKARA, a="Olha Marchenko", kp=True, n="Separate diplomatic event from the Riyadh talks: must not merge."),
  E("2025-02-18 15:45", "Lavrov: the talks were useful, but no date yet for a Putin-Trump summit",
    ["Sergei Lavrov said the Russian and American sides had listened to each other and agreed to keep talking, but that preparing a meeting of the two presidents would take time."],
    "diplomacy", "diplomacy", 3, MAIN3, a="Olha Marchenko"),
  E("2025-02-18 17:10", "Drones hit energy site in Poltava region, officials say", POLTAVA_REP,
    "strikes", "strikes", 1, POLTAVA, a="Mykola Dziuba", dup="2241-01", n="Near-verbatim repeat of 2241-01 (headline reworded, one word changed) -> 1."),
  E("2025-02-18 19:25", "Japan to send more budget support through the World Bank",
    ["Tokyo will provide a further grant to help Ukraine pay pensions and public salaries, the Japanese embassy in Kyiv said."],
    "aid", "aid", 2, "japan-budget-support-2025-02-18", n="Must not merge with Finland's package (different donor)."),
  ]))

SEEDS.append(dict(id="2242", name="2242_marchbank-htmllive", ext="html", source="Marchbank Times", zone="America/New_York", render=r_marchbank, invented=True,
  title="Live updates: U.S. and Russian officials meet in Saudi Arabia to discuss Ukraine war", url="https://marchbank.example/live/2025/02/18/ukraine-russia-talks",
  lede="Secretary of State Marco Rubio led the American delegation in the first face-to-face talks with Moscow in years.",
  updated="Updated Feb. 18, 2025, 2:30 p.m. ET",
  fmt="HTML live, @graph JSON-LD with ['NewsArticle','LiveBlogPosting'] type array and &#8217; entities; visible '8:35 a.m. ET' below the headline",
  notes="Invented outlet. HTML live blog, newest first; visible stamps '8:35 a.m. ET' BELOW each headline (Eastern time, EST = UTC-5 in February); JSON-LD @graph node typed as an array with per-update times that agree. Entry 04 is a theme piece (explainer). " + D3,
  not_entries=["header and menu", "title, dek and 'Updated' line", "byline lines (author)", "'Advertisement' and newsletter promo", "footer"],
  entries=[
  E("2025-02-18 14:30", "Zelensky postpones visit to Saudi Arabia",
    ["Volodymyr Zelensky said he had put off a trip to Riyadh planned for Wednesday, so as not to give any appearance of legitimacy to talks held without Ukraine."],
    "diplomacy", "diplomacy", 2, "zelensky-postpones-saudi-visit", a="Grace Whitlock", n="Separate decision by Zelensky; not the Riyadh talks themselves and not the Ankara visit."),
  E("2025-02-18 12:05", "Talks end after four and a half hours; teams to work on a ‘Ukraine track’",
    ["The meeting at Diriyah palace ended in the early evening local time, with both delegations describing it as positive.",
     "Rubio said ending the war would require concessions from all sides."],
    "diplomacy", "diplomacy", 3, MAIN3, a="Sam Okafor"),
  E("2025-02-18 10:20", "Ukrainian drones damaged oil pumping station, pipeline group says",
    ["The Caspian Pipeline Consortium said a drone attack on its Kropotkinskaya pumping station in Russia's Krasnodar region had cut the flow of oil through the line."],
    "strikes", "strikes", 2, "kropotkinskaya-pumping-station-drones", a="Sam Okafor", n="Ukrainian strike on Russia: must not merge with the Russian drone attack on Poltava region."),
  E("2025-02-18 08:35", "Explainer: what Washington and Moscow each want from the Saudi talks",
    ["The American side wants a quick ceasefire and a path to a leaders' summit; Moscow wants to discuss the wider security order in Europe and the easing of sanctions.",
     "Neither delegation included anyone from Ukraine or the European Union."],
    "diplomacy", "diplomacy", 2, "explainer-riyadh-talks-aims", a="Grace Whitlock", n="Theme piece (explainer with body): importance 2, own story."),
  E("2025-02-18 05:55", "Zelensky meets Erdogan in Ankara, says Ukraine must be at any table",
    ["Volodymyr Zelensky held talks with Turkish President Recep Tayyip Erdogan in Ankara and said no decision on the war could be made behind Ukraine's back."],
    "diplomacy", "diplomacy", 3, ANKARA, a="Grace Whitlock"),
  E("2025-02-18 03:40", "Overnight drone attack cuts power in Poltava region",
    ["A Russian drone strike damaged energy equipment in the Poltava region, leaving thousands of homes without electricity, Ukrainian officials said."],
    "strikes", "strikes", 3, POLTAVA, a="Sam Okafor"),
  E("2025-02-18 01:15", "Rubio and Lavrov sit down in Riyadh as Kyiv watches warily",
    ["The top American and Russian diplomats opened their talks in Ar Riyadh with aides from both presidents at the table."],
    "diplomacy", "diplomacy", 3, MAIN3, a="Sam Okafor", n="Spelling 'Ar Riyadh'."),
  ]))

SEEDS.append(dict(id="2243", name="2243_ellerby-rss", ext="xml", source="Ellerby Dispatch", zone="Europe/Warsaw", render=r_rss_escaped, invented=True,
  title="Ellerby Dispatch – Europe", link="https://ellerby.example/europe", desc="European affairs from Ellerby",
  fmt="RSS 2.0, +0100 pubDate, dc:creator, entity-escaped HTML description",
  notes="Invented outlet. RSS 2.0 feed, newest first, pubDates with +0100 (Warsaw, CET). " + D3,
  not_entries=["channel title, link, description", "guid"],
  entries=[
  E("2025-02-18 15:40", "Riyadh talks: Washington and Moscow agree to name negotiating teams",
    ["Russia and the United States agreed after Tuesday's meeting in the Saudi capital to set up high-level teams to work on a settlement in Ukraine, the State Department said."],
    "diplomacy", "diplomacy", 3, MAIN3, a="Piotr Grabski"),
  E("2025-02-18 13:05", "Sikorski: Europe cannot be a spectator while others decide its security",
    ["Polish Foreign Minister Radosław Sikorski said European governments had to be part of any negotiations on Ukraine, because they would be the ones guaranteeing the outcome."],
    "diplomacy", "diplomacy", 2, "sikorski-europe-at-the-table-2025-02-18", a="Piotr Grabski", n="Separate statement by a different official: not the Riyadh story."),
  E("2025-02-18 10:30", "Finland's new aid package targets air defence and ammunition",
    ["Finland will send Ukraine equipment worth about 90 million euros, with air-defence materiel and artillery rounds making up most of it, Defence Minister Antti Häkkänen said."],
    "aid", "aid", 3, FINLAND, a="Marta Nowicka"),
  E("2025-02-18 08:10", "Polish arms plant to repair Ukrainian howitzers",
    ["A state-owned factory in southern Poland signed a contract to overhaul Krab self-propelled howitzers returned from the front."],
    "aid", "aid", 2, "poland-krab-repairs-2025-02-18", a="Marta Nowicka"),
  ]))

# =============================================================== emit
DAYS = {"day1": ["2220", "2221", "2222", "2223"], "day2": ["2230", "2231", "2232", "2233"], "day3": ["2240", "2241", "2242", "2243"]}
BASIS = {
  "r_defnews": "stamp '{s}' (month, day, year, 12-hour time); US Eastern time implied by the outlet, EDT = UTC-4",
  "r_conversation": "'Published: {s}' (full date, 12-hour time with a dot); GMT = UTC",
  "r_lbua": "stamp '{s}' under the date divider for {d} (divider has no year: year from parse_args --date); Kyiv time implied by the outlet, EEST = UTC+3",
  "r_babel": "no per-bullet time; the article dateline '22 January 2025, 21:40' (Kyiv time implied, EET = UTC+2) used for every bullet",
  "r_atlantic": "no per-section time and no visible time (only 'June 11, 2025'); the JSON-LD datePublished 2025-06-11T19:41:00+00:00 used for every section",
  "r_estonian": "pubDate '{s}' (explicit +0000 offset, seconds kept)",
  "r_krym": "date-and-time line '{s}' printed after the headline; Kyiv time implied by the outlet, EEST = UTC+3",
  "r_nee": "dc:date '{s}' (explicit offset)",
  "r_ch4": "relative stamp '{s}' resolved against the printed 'Updated at 21:40 GMT' on the day given by parse_args --date 2025-03-03 (the page prints no date)",
  "r_spectator": "date and time fused to the byline in '{s}'; Bratislava time implied by the outlet, CET = UTC+1 (the site clock line is the later fetch day, not the article day)",
  "r_bellhaven": "stamp '{s}' on the page's date {d}; 'All times are UK time (BST)' = UTC+1",
  "r_crossfell": "stamp '{s}' with <time datetime> (+03:00) on {d}; Kyiv EEST (page note); JSON-LD agrees",
  "r_rss_gmt": "pubDate '{s}' (GMT = UTC)",
  "r_textarticle": "no per-section time; the article dateline ({d}, printed with its time) used for every section",
  "r_gildersby": "stamp '{s}' on the page's date {d}; BST = UTC+1",
  "r_rushmere": "stamp '{s}' under the date header {d}; GMT = UTC",
  "r_rss_escaped": "pubDate '{s}' (explicit offset or GMT)",
  "r_ambrey": "no per-section time; the dateline '2 August 2023 · 19:05 CEST' (UTC+2) used for both sections; JSON-LD datePublished agrees",
  "r_atom_z": "<published> '{s}' (Z = UTC)",
  "r_hexmoor": "stamp '{s}' on the page's date {d}; Kyiv time EET = UTC+2 (date line)",
  "r_marchbank": "stamp '{s}' on the page's date {d}; ET in February = EST = UTC-5; JSON-LD update times agree",
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
        gold = {"seed": fn, "source": S["source"], "page_title": S["title"], "page_timezone": S["zone"]}
        if S.get("parse_args"):
            gold["parse_args"] = S["parse_args"]
        gold.update({"format": S["fmt"], "imitates": S.get("imitates", "invented outlet"), "notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]})
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print(fn, len(ents))


if __name__ == "__main__":
    main()

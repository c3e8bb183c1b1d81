#!/usr/bin/env python3
"""Builds eval/ba seeds and gold files from one hand-written data table (below).
All news text is invented or paraphrased by the blind tester; Part B outlets are invented. Deterministic.
Run from the project root: python3 eval/ba/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None):
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def first_sentence(par):
    m = re.search(r'[.!?]["\'\u201d\u2019]?(?=\s+["\'\u201c\u2018]?[A-Z0-9]|$)', par)
    return par[:m.end()] if m else par


def esc(s):
    return html.escape(s, quote=False)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space="", dots=False, upper=False):
    hh = d.hour % 12 or 12
    suf = ("a.m." if d.hour < 12 else "p.m.") if dots else ("am" if d.hour < 12 else "pm")
    if upper:
        suf = suf.upper()
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def iso_ms_z(d):
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def ld(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + "</script>"


# ============================================================ Part A renderers (layout only, no real wording)

def r_stuff(S):  # Stuff / Taranaki Daily News live page, text scrape; newest first; day dividers without year; "8.40am" line BEFORE headline
    z = S["zone"]
    L = ["Skip to main content", "stuff", "Taranaki Daily News", "", "Menu", "Search", "Sign in", "",
         "Home  National  World  Politics  Business  Climate change  Sport  Entertainment  Life & style  Travel  Puzzles", "",
         "World", "", "LIVE", S["title"], "", S["byline"], "", S["lede"], "", "Share", "Facebook  X  Email  Copy link", ""]
    stamps = []; day = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        label = f"{DAYS_EN[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"
        if label != day:
            L += [label, ""]; day = label
        st = ampm(d, sep="."); stamps.append(st)
        L += [st] + ([e["h"]] if e["h"] else []) + [""] + ptxt(e["p"])
        if e["a"] != S["byline"]:
            L += ["\u2013 " + e["a"], ""]
        if i == 2:
            L += ["Advertisement", "Scroll to continue reading", ""]
    L += ["Read more:", "Why Russia keeps hitting Ukraine's power grid in winter", "The New Zealanders volunteering in Ukraine", "",
          "stuff", "About Stuff  Contact us  Privacy policy  Terms and conditions  Advertising", "\u00a9 Stuff Limited"]
    return "\n".join(L) + "\n", stamps


def r_newscorp(S):  # Townsville Bulletin (News Corp Australia) live coverage, HTML; "January 8, 2024 - 3:30PM" page line; "11.35pm" + author above h2; Key points box
    z = S["zone"]; ents = S["entries"]
    first = dt(min(e["t"] for e in ents), z); last = dt(max(e["t"] for e in ents), z)
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": iso_ms_z(first),
            "dateModified": iso_ms_z(last), "articleSection": "World",
            "author": [{"@type": "Person", "name": n} for n in S["authors"]],
            "publisher": {"@type": "Organization", "name": "Townsville Bulletin", "logo": {"@type": "ImageObject", "url": "https://www.townsvillebulletin.com.au/logo.png"}}}
    def ncdate(d):
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year} - {ampm(d, upper=True)}"
    out = ['<!DOCTYPE html>', '<html lang="en-AU"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Townsville Bulletin</title>',
           '<meta name="viewport" content="width=device-width, initial-scale=1">', ld(data), '</head><body>',
           '<header class="site-header"><a class="masthead" href="/">Townsville Bulletin</a>'
           '<nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/lifestyle">Lifestyle</a> <a href="/real-estate">Real Estate</a> '
           '<a href="/puzzles">Puzzles</a> <a href="/digital-print-edition">Digital Print Edition</a></nav>'
           '<a class="btn" href="/subscribe">Subscribe</a> <a class="btn" href="/login">Log In</a></header>',
           '<main><div class="kicker"><a href="/news/world">World</a></div><span class="badge">Live</span>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="standfirst">{esc(S["lede"])}</p>', f'<div class="byline">{esc(S["pagebyline"])}</div>',
           f'<div class="date-published">{ncdate(first)}</div>',
           '<div class="follow">Don\u2019t miss out on the headlines from World. Followed categories will be added to My News.</div>',
           '<div class="share"><a>Share</a> <a>Save</a> <a>Comments</a></div>',
           '<section class="key-points"><h2>Key points</h2><ul>']
    out += [f"<li>{esc(e['h'])}</li>" for e in ents if e["kp"]]
    out.append("</ul></section>")
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        out.append(f'<article class="live-post" id="post-{8100 + i}"><div class="live-post__meta"><span class="live-post__time">{st}</span> '
                   f'<span class="live-post__author">{esc(e["a"])}</span></div><h2 class="live-post__title">{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</article>")
        if i == 2:
            out.append('<div class="ad">Advertisement</div>')
    out += ['<section class="comments"><h3>Join the conversation</h3><p>Comments are closed on this live coverage.</p></section>',
            '<section class="more"><h3>More Coverage</h3><a href="/m1">How Ukraine\u2019s air defences work</a> <a href="/m2">Aussie volunteers on the front</a></section>',
            '</main><footer>Townsville Bulletin \u00b7 Editorial Code of Conduct \u00b7 Privacy Policy \u00b7 Terms of Use \u00b7 Contact Us</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_oregonian(S):  # The Oregonian / OregonLive article with sections, text scrape; "Updated: ... | Published: Jan. 25, 2024, 9:46 a.m." (no zone printed)
    z = S["zone"]; pub = dt(S["published"], z); upd = dt(S["updated"], z)
    def ol(d):
        return f"{AP_MONTHS[d.month - 1]} {d.day}, {d.year}, {ampm(d, space=' ', dots=True)}"
    L = ["Skip to Article", "The Oregonian", "", "Subscribe", "Sign In", "",
         "News  Sports  Politics  Business  Entertainment  Life  Food  Opinion  Obituaries  Jobs  Classifieds", "",
         "Nation & World", "", S["title"], "", f"Updated: {ol(upd)}", "|", f"Published: {ol(pub)}", "", f"By {S['byline']}", "",
         "Facebook Share", "Twitter Share", "", S["lede"], ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["ADVERTISEMENT", ""]
        if i == 3:
            L += ["Our journalism needs your support. Please become a subscriber today at OregonLive.com/subscribe", ""]
    L += ["\u2014 The Associated Press", "", "If you buy a product or sign up for an account through a link on our site, we may be paid a commission.",
          "By using this site you agree to our User Agreement and acknowledge our Privacy Policy.", "\u00a9 2024 Advance Local Media LLC. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_kcstar(S):  # The Kansas City Star (McClatchy) timeline article, HTML; "Feb. 8, 6:10 p.m. CST" stamp above each item, no item headlines; oldest first
    z = S["zone"]; ents = S["entries"]
    pub = dt(S["published"], z); upd = dt(S["updated"], z)
    data = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": pub.isoformat(),
            "dateModified": upd.isoformat(), "author": {"@type": "Person", "name": S["byline"]},
            "publisher": {"@type": "Organization", "name": "The Kansas City Star"}}
    out = ['<!doctype html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | The Kansas City Star</title>', ld(data), '</head><body>',
           '<header class="masthead"><a href="/" class="logo">The Kansas City Star</a><nav><a>Local</a> <a>Sports</a> <a>Chiefs</a> <a>Royals</a> '
           '<a>Politics</a> <a>Opinion</a> <a>Food &amp; Drink</a> <a>Obituaries</a> <a>eEdition</a></nav><a class="sub">Subscribe</a> <a>Sign In</a></header>',
           '<article class="story-body"><p class="kicker"><a>World</a></p>', f'<h1 class="h1">{esc(S["title"])}</h1>',
           f'<div class="byline">By <a class="ng-author">{esc(S["byline"])}</a></div>',
           f'<time class="update-date" datetime="{upd.isoformat()}">Updated {MONTHS[upd.month - 1]} {upd.day:02d}, {upd.year} {ampm(upd, space=" ", upper=True)}</time>',
           '<div class="share-tools"><a>Share</a> <a>Copy link</a> <a>Facebook</a> <a>X</a> <a>Email</a></div>',
           '<p class="listen">Only have a minute? Listen instead</p>', f'<p class="lede">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z)
        st = f"{AP_MONTHS[d.month - 1]} {d.day}, {ampm(d, space=' ', dots=True)} {d.tzname()}"; stamps.append(st)
        out.append(f'<div class="timeline-item"><p class="timeline-stamp"><strong>{st}</strong></p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
        if i == 3:
            out.append('<div class="inline-ad">ADVERTISEMENT</div>')
    out += [f'<p class="footnote"><em>This story was originally published {MONTHS[pub.month - 1]} {pub.day}, {pub.year}, {ampm(pub, space=" ", upper=True)}.</em></p>',
            '<aside class="read-next"><h3>READ NEXT</h3><a href="/r1">Chiefs fans pack Union Station for parade plans</a></aside>',
            '<div class="newsletter">Get the top news from The Star in your inbox every morning. <input type="email"> Sign up</div>',
            '</article><footer>Copyright \u00a9 2024 The Kansas City Star \u00b7 Privacy Policy \u00b7 Terms of Service</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_courier(S):  # The Courier (Dundee) tag page, text scrape; newest first; headline, standfirst, "By NAME", then "February 23 2024, 7.40pm"
    z = S["zone"]
    L = ["Skip to content", "The Courier", "Subscribe", "Sign in", "",
         "News  Sport  Business  Politics  Lifestyle  Opinion  Motoring  Property  Whats On  Obituaries  Puzzles", "",
         "We use cookies and similar technologies to run this site and to show you relevant content. Manage preferences  Accept all", "",
         S["title"], "", "Follow", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{MONTHS[d.month - 1]} {d.day} {d.year}, {ampm(d, sep='.')}"; stamps.append(st)
        L += [e["h"]] + e["p"] + [f"By {e['a']}", st, ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Load more", "", "Sign up for The Courier's daily newsletter", "Enter your email  Sign up", "",
          "Most Read", "Dundee bus lane cameras to go live next month", "Fife coastal path section closed after landslip", "",
          "\u00a9 DC Thomson & Co Ltd. Registered in Scotland. Privacy  Cookie policy  Terms and conditions"]
    return "\n".join(L) + "\n", stamps


def r_hurriyet(S):  # Hürriyet Daily News RSS 2.0; pubDate with +0300; description = one summary paragraph with &#39; entities; no authors
    z = S["zone"]; ents = S["entries"]
    last = dt(max(e["t"] for e in ents), z)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f"<title>{esc(S['title'])}</title>", "<link>https://www.hurriyetdailynews.com/world/</link>",
           "<description>Hürriyet Daily News - Türkiye's leading English-language news site</description>", "<language>en-us</language>",
           f"<lastBuildDate>{last.strftime('%a, %d %b %Y %H:%M:%S %z')}</lastBuildDate>",
           '<atom:link href="https://www.hurriyetdailynews.com/rss/world" rel="self" type="application/rss+xml" />']
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")
        link = f"https://www.hurriyetdailynews.com/{slug}-{190512 + i * 7}"
        out += ["<item>", f"<title>{esc(e['h']).replace(chr(39), '&#39;')}</title>", f"<link>{link}</link>",
                f"<description>{esc(' '.join(e['p'])).replace(chr(39), '&#39;')}</description>",
                f"<pubDate>{st}</pubDate>", f'<guid isPermaLink="true">{link}</guid>',
                f'<enclosure url="https://image.hurriyetdailynews.com/i/hurriyetdailynews/75/600x338/{6590 + i}.jpg" type="image/jpeg" length="0" />',
                "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_arabweekly(S):  # The Arab Weekly round-up, HTML; visible date "Sunday 14/01/2024" without time; time only in JSON-LD; h3 item headlines; DATELINE-- openers
    z = S["zone"]; pub = dt(S["published"], z)
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": S["url"], "headline": S["title"],
            "datePublished": pub.isoformat(), "dateModified": pub.isoformat(), "author": {"@type": "Organization", "name": S["byline"]},
            "publisher": {"@type": "Organization", "name": "The Arab Weekly"}, "description": S["lede"]}
    out = ['<!DOCTYPE html>', '<html lang="en" dir="ltr"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | AW</title>',
           f'<meta property="article:published_time" content="{pub.isoformat()}">', ld(data), '</head><body class="page-node-type-article">',
           '<header><a class="logo" href="/">The Arab Weekly</a><nav><a>Politics</a> <a>Economy</a> <a>Society</a> <a>Culture</a> '
           '<a>Sports</a> <a>Opinion</a> <a>Special reports</a></nav><a>Newsletter</a> <a>Search</a></header>',
           f'<main><div class="date">{DAYS_EN[pub.weekday()]} {pub:%d/%m/%Y}</div>', '<p class="section">Ukraine war</p>',
           f'<h1 class="title">{esc(S["title"])}</h1>', f'<p class="subtitle"><em>{esc(S["lede"])}</em></p>',
           f'<div class="byline">{esc(S["byline"])}</div>', '<div class="share">Share <a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a> <a>Email</a></div>']
    for i, e in enumerate(S["entries"]):
        out.append(f"<h3>{esc(e['h'])}</h3>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if i == 2:
            out.append('<div class="related"><strong>Read also</strong> <a href="/r1">Gulf states weigh costs of neutrality on Ukraine</a></div>')
    out += ['<div class="newsletter">Subscribe to our newsletter <input type="email"> Subscribe</div>', '</main>',
            '<footer>Copyright \u00a9 2024 The Arab Weekly. All rights reserved. <a>About us</a> <a>Contact</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_dailypost(S):  # Daily Post (Nigeria) WordPress RSS 2.0; pubDate +0000; dc:creator CDATA; &#8217; in titles; 'The post ... appeared first on Daily Post Nigeria.'
    z = S["zone"]; ents = S["entries"]
    last = dt(max(e["t"] for e in ents), z).astimezone(UTC)
    def wpt(s):
        return esc(s).replace("\u2019", "&#8217;").replace("\u2018", "&#8216;")
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" '
           'xmlns:slash="http://purl.org/rss/1.0/modules/slash/">', "<channel>", f"<title>{esc(S['title'])}</title>",
           '<atom:link href="https://dailypost.ng/feed/" rel="self" type="application/rss+xml" />', "<link>https://dailypost.ng</link>",
           "<description>Nigeria News, Politics, Sports, Entertainment</description>", f"<lastBuildDate>{last.strftime('%a, %d %b %Y %H:%M:%S +0000')}</lastBuildDate>",
           "<language>en-US</language>", "<sy:updatePeriod>hourly</sy:updatePeriod>", "<sy:updateFrequency>1</sy:updateFrequency>",
           "<generator>https://wordpress.org/?v=6.4.3</generator>"]
    stamps = []
    for i, e in enumerate(ents):
        u = dt(e["t"], z).astimezone(UTC); st = u.strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        link = f"https://dailypost.ng/2024/03/21/{re.sub(r'[^a-z0-9]+', '-', e['h'].lower()).strip('-')}/"
        tail = f'<p>The post <a href="{link}">{wpt(e["h"])}</a> appeared first on <a href="https://dailypost.ng">Daily Post Nigeria</a>.</p>'
        excerpt = esc(e["p"][0][:150].rsplit(" ", 1)[0]) + " [&#8230;]"
        out += ["<item>", f"<title>{wpt(e['h'])}</title>", f"<link>{link}</link>", f"<dc:creator><![CDATA[{e['a']}]]></dc:creator>",
                f"<pubDate>{st}</pubDate>", f"<category><![CDATA[{e.get('cat', 'News')}]]></category>",
                f'<guid isPermaLink="false">https://dailypost.ng/?p={1201840 + i * 13}</guid>',
                f"<description><![CDATA[<p>{excerpt}</p>\n{tail}]]></description>",
                "<content:encoded><![CDATA[" + "\n".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "\n" + tail + "]]></content:encoded>",
                f"<slash:comments>{i % 3}</slash:comments>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_wort(S):  # Luxemburger Wort live ticker, HTML, German chrome, English posts; oldest first; "07:40" in <time>; LiveBlogPosting JSON-LD with updates
    z = S["zone"]; ents = S["entries"]
    first = dt(ents[0]["t"], z); last = dt(ents[-1]["t"], z)
    ups = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#entry-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
                    "articleBody": " ".join(e["p"])})
    data = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
            "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
            "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": "Luxemburger Wort"},
            "liveBlogUpdate": ups}
    def de(d):
        return f"{d:%d.%m.%Y} um {d:%H:%M} Uhr"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Luxemburger Wort</title>', ld(data), '</head><body>',
           '<div class="consent">Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. <button>Alle akzeptieren</button> <button>Einstellungen</button></div>',
           '<header><a class="logo" href="/">Luxemburger Wort</a><nav><a>Lokales</a> <a>Politik</a> <a>Wirtschaft</a> <a>International</a> '
           '<a>Sport</a> <a>Kultur</a> <a>Meinung</a></nav><span class="lang">DE | EN | FR | PT</span> <a>Abo</a> <a>Anmelden</a></header>',
           '<main><p class="kicker">Live-Ticker \u00b7 Krieg in der Ukraine</p>', f'<h1>{esc(S["title"])}</h1>',
           f'<div class="meta">Von {esc(S["byline"])} \u00b7 {de(first)} \u00b7 Aktualisiert: {de(last)} \u00b7 Lesezeit: 5 Min.</div>',
           '<div class="share">Teilen: <a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>E-Mail</a> <a>Link kopieren</a></div>',
           f'<p class="dayline">{DE_DAYS[first.weekday()]}, {first.day}. {DE_MONTHS[first.month - 1]} {first.year}</p>',
           '<p class="sort">Sortierung: \u00c4lteste zuerst</p>']
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="ticker-entry" id="entry-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</article>")
        if i == 3:
            out.append('<div class="paywall-teaser">Jetzt weiterlesen mit dem Wort-Abo. <a>Abo abschlie\u00dfen</a></div>')
    out += ['<section class="related"><h3>Das k\u00f6nnte Sie auch interessieren</h3><a>Tram-Linie nach Findel: Eröffnung verschoben</a></section>',
            '</main><footer>\u00a9 Mediahuis Luxembourg S.A. \u00b7 Impressum \u00b7 Datenschutz \u00b7 Cookie-Einstellungen</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_gdn(S):  # Gulf Daily News World page, text scrape; newest first; headline, agency, "Mon, 25 Mar | 10:15 PM" (no year), summary, Read More
    z = S["zone"]
    L = ["Gulf Daily News", "The Voice of Bahrain", "", "Home  Local News  Gulf/Arab  World  Business  Sport  Lifestyle  Opinion  E-Paper  Subscribe", "",
         S["clock"], "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{d:%a}, {d.day} {d:%b} | {ampm(d, space=' ', upper=True)}"; stamps.append(st)
        L += [e["h"], e["a"], st] + e["p"] + ["Read More", ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["More News", "", "Gulf Daily News \u00b7 Al Hilal Publishing & Marketing Group \u00b7 Contact Us \u00b7 Privacy Policy"]
    return "\n".join(L) + "\n", stamps


# ============================================================ Part B renderers (invented outlets)

def r_b_keypoints_live(S):  # text live, OLDEST first; Key Points block; "08:55 CET" line, headline, "By NAME", body
    z = S["zone"]
    L = [S["source"].upper(), "World  |  Europe  |  Ukraine  |  Economy  |  Culture", "", S["title"], S["dateline"], "",
         "Key Points"] + ["- " + e["h"] for e in S["entries"] if e["kp"]] + ["", S["lede"], "", "Latest (oldest first)", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"]] + ([f"By {e['a']}"] if e["a"] else []) + [""] + ptxt(e["p"])
        if i == 3:
            L += ["Newsletter: the war in Ukraine, every evening in your inbox. Sign up", ""]
    L += ["This live page is closed. Coverage continues tomorrow.", f"{S['source']} \u00b7 Legal notice \u00b7 Cookies"]
    return "\n".join(L) + "\n", stamps


def r_b_ldlive(S):  # HTML live, newest first; LiveBlogPosting JSON-LD with per-update datePublished; "By NAME" ABOVE h2; <time datetime> HH:MM
    z = S["zone"]; ents = S["entries"]
    ups = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{len(ents) - i}", "headline": e["h"], "datePublished": d.isoformat()}
        if e["p"]:
            u["articleBody"] = "\n\n".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    times = sorted(dt(e["t"], z) for e in ents)
    data = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
            "datePublished": times[0].isoformat(), "dateModified": times[-1].isoformat(), "coverageStartTime": times[0].isoformat(),
            "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} \u2014 {S['source']}</title>", ld(data), "</head><body>",
           f'<header><strong>{S["source"]}</strong> <nav><a>Front page</a> <a>War</a> <a>Politics</a> <a>Regions</a> <a>Support us</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="update-{len(ents) - i}"><div class="meta"><time datetime="{d.isoformat()}">{st}</time></div>'
                   + (f'<p class="by">By {esc(e["a"])}</p>' if e["a"] else "") + f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if not e["p"]:
            out.append('<div class="video-embed" data-src="rescue.mp4"></div>')
        out.append('<div class="tools"><a>Share</a> <a>Copy link</a></div></article>')
    out += ["</main>", f"<footer>{S['source']} \u00b7 Editorial standards \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_b_rss(S):  # RSS 2.0 general world feed, newest first; pubDate in GMT or with the outlet's numeric offset; CDATA paragraphs; no authors
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0"><channel>', f"<title>{esc(S['title'])}</title>",
           f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>", "<language>en</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if S["rfc"] == "GMT" else d.strftime("%z")); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/news/{i + 7701}</link>", f"<guid>{S['url']}/news/{i + 7701}</guid>",
                f"<pubDate>{st}</pubDate>", f"<category>{e.get('cat', 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel></rss>"]
    return "\n".join(out) + "\n", stamps


def r_b_atom(S):  # Atom 1.0, newest first; <published> with Z or a numeric offset; escaped HTML content; optional per-entry author
    z = S["zone"]; ents = S["entries"]
    def stamp(d):
        return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if S["offset"] == "Z" else d.isoformat()
    newest = max(dt(e["t"], z) for e in ents)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f"<id>{S['url']}/atom.xml</id>", f"<updated>{stamp(newest)}</updated>"]
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = stamp(d); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="{S["url"]}/story/{i + 431}"/>', f"<id>tag:{S['url'][8:]},2024:{i + 431}</id>",
                f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        if e["p"]:
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_b_textarticle(S):  # text article: title, byline, dateline with time and zone, lede, section headings; one entry per section; stamp null
    L = [S["source"], "News \u203a World \u203a Ukraine", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline_text"], "",
         "Share on X  Share on Facebook  Email", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 0:
            L += ["Read more: " + S["more"], ""]
    L += ["Topics: Ukraine, Russia, Europe", "", f"\u00a9 {S['source']} 2024"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_b_us_live(S):  # HTML live, newest first, no JSON-LD; "3:30 p.m. ET" span above h2; byline below h2; page spans the US DST switch
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - {S['source']}</title></head><body>",
           '<div id="consent">We use cookies to personalize content and ads. <button>Agree</button> <button>Manage choices</button></div>',
           f'<header>{S["source"]} <nav><a>U.S.</a> <a>World</a> <a>Politics</a> <a>Business</a> <a>Live</a></nav></header>',
           f"<main><span class=\"live\">LIVE</span><h1>{esc(S['title'])}</h1>", f'<p class="dateline">{esc(S["dateline"])}</p>',
           f'<p class="note">{esc(S["note"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} ET"; stamps.append(st)
        out.append(f'<section class="post"><span class="stamp">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">{esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if not e["p"]:
            out.append('<figure class="gallery"><img src="g1.jpg" alt=""><img src="g2.jpg" alt=""></figure>')
        out.append("</section>")
        if i == 2:
            out.append('<aside class="promo"><h3>Related</h3><a href="/x">What is a glide bomb?</a></aside>')
    out += ["</main>", f"<footer>\u00a9 2024 {S['source']} \u00b7 Terms \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_b_posted_after(S):  # text live, OLDEST first; headline, then "Posted 09:20 · NAME" line AFTER the headline; "All times CET"
    z = S["zone"]
    L = [S["source"], "Home / International / Ukraine", "", S["title"], S["dateline"], "All times CET", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Posted {d:%H:%M}" + (f" \u00b7 {e['a']}" if e["a"] else ""); stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"])
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Older coverage: Saturday's live page", f"{S['source']} \u00b7 Imprint \u00b7 Data protection"]
    return "\n".join(L) + "\n", stamps


def r_b_hstamp_live(S):  # text live, newest first; "19h05" stamp line BEFORE headline; "— NAME" line after body
    z = S["zone"]
    L = [S["source"], "Belgium  Europe  World  Ukraine  Opinion", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.hour}h{d.minute:02d}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"\u2014 {e['a']}", ""]
        if i == 3:
            L += ["Support our journalism: subscribe from 1 euro for the first month", ""]
    L += ["See yesterday's live page", f"{S['source']} \u00b7 Contact \u00b7 Privacy \u00b7 Cookies"]
    return "\n".join(L) + "\n", stamps


def r_b_graphlive(S):  # HTML live, OLDEST first; JSON-LD @graph, LiveBlogPosting with @type array and ONE liveBlogUpdate object (the latest); <time datetime> HH:MM
    z = S["zone"]; ents = S["entries"]
    first = dt(ents[0]["t"], z); last = dt(ents[-1]["t"], z); e_last = ents[-1]
    data = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "@id": S["url"].split("/live")[0] + "/#website", "name": S["source"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
         "liveBlogUpdate": {"@type": "BlogPosting", "headline": e_last["h"], "datePublished": last.isoformat(), "articleBody": " ".join(e_last["p"])}}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>", ld(data), "</head><body>",
           f'<header><a href="/">{S["source"]}</a> <nav><a>News</a> <a>War</a> <a>Analysis</a> <a>Podcast</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="tz">{esc(S["tznote"])}</p>']
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="entry"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="author">{esc(e["a"])}</p>')
        out.append("</div>")
    out += ['<div class="donate">Independent journalism from Ukraine depends on readers. Donate</div>', "</main>",
            f"<footer>{S['source']} \u00b7 About \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_b_htmlarticle(S):  # HTML article with h2 sections, NewsArticle JSON-LD; visible dateline "Saturday 6 January 2024 · 17:55 GMT"; one entry per section
    z = S["zone"]; pub = dt(S["published"], z)
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": pub.isoformat(),
            "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": S["source"]}}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>", ld(data), "</head><body>",
           f'<header>{S["source"]} <nav><a>News</a> <a>World</a> <a>Business</a> <a>Comment</a></nav></header>',
           f"<article><h1>{esc(S['title'])}</h1>", f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="byline">By {esc(S["byline"])}</p>',
           f'<p class="dateline">{DAYS_EN[pub.weekday()]} {pub.day} {MONTHS[pub.month - 1]} {pub.year} \u00b7 {pub:%H:%M} {pub.tzname()}</p>']
    for i, e in enumerate(S["entries"]):
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if i == 1:
            out.append('<aside class="inline-related">Related: <a href="/r">How Belgorod became a target</a></aside>')
    out += ['</article><footer>\u00a9 ' + S["source"] + ' 2024 \u00b7 Terms \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


# ============================================================ PART A: single pages (layouts of real outlets, own words)

SEEDS = []

DON = "donetsk-market-shelling-2024-01-21"
SEEDS.append(dict(id="5400", name="5400_taranakidailynews-live", ext="txt", source="Taranaki Daily News", zone="Pacific/Auckland", render=r_stuff,
  title="Live: Russia-Ukraine war \u2013 shelling at Donetsk market kills dozens, fire at Baltic fuel terminal",
  byline="Stuff reporters and wire services", lede="Follow the night's developments in the war in Ukraine, updated by our world desk.",
  parse_args=["--date", "2024-01-22"],
  notes="Imitates a Stuff live page as carried on the Taranaki Daily News masthead, copied as plain text. Newest first. Day dividers 'Monday, January 22' and 'Sunday, January 21' carry no year (parse_args --date 2024-01-22, the newest printed local day). Each post: a '8.40am' time line BEFORE the headline; two posts (02, 06) have no headline, the text follows the time directly. An agency credit line '\u2013 Reuters' / '\u2013 AP' / '\u2013 AFP' closes some posts and is the author; posts without a credit take the page byline. No zone printed: New Zealand time (NZDT, UTC+13) implied by the outlet. The page crosses local midnight (Monday 8.40am back to Sunday 5.05pm) but all posts fall on one UTC day, 2024-01-21.",
  not_entries=["'Skip to main content', 'stuff' logo, masthead, 'Menu', 'Search', 'Sign in'", "section menu line", "section label 'World' and the 'LIVE' badge",
               "page title line", "page byline 'Stuff reporters and wire services'", "intro line 'Follow the night's developments ...'", "'Share' and share labels",
               "day dividers 'Monday, January 22' and 'Sunday, January 21'", "agency credit lines ('\u2013 Reuters', '\u2013 AP', '\u2013 AFP') closing posts",
               "'Advertisement' / 'Scroll to continue reading'", "'Read more:' block with two related links", "footer lines"],
  entries=[
  E("2024-01-22 08:40", "Donetsk market toll climbs to 27",
    ["The Moscow-installed mayor of Donetsk now says 27 people died when artillery fire hit a crowded street market in the city's western Tekstilshchik district on Sunday morning.",
     "He said 25 more were being treated in hospital. The figures could not be independently checked."],
    "strikes", "strikes", 3, DON, a="Reuters"),
  E("2024-01-22 06:15", None,
    ["Ukraine's armed forces have denied shelling the Donetsk market and accuse Moscow of trying to pin on Kyiv an attack in territory Russia itself controls.",
     "A military spokesman said Ukrainian units do not fire on civilians and called for an independent inquiry."],
    "strikes", "strikes", 2, DON, a="Stuff reporters and wire services", n="Headline-less post; official denial about the market attack -> same story."),
  E("2024-01-22 01:05", "Fire at Baltic fuel terminal after drone sighting",
    ["A large blaze broke out overnight at a gas processing and fuel export terminal in the Russian port of Ust-Luga, about 110km west of St Petersburg, regional officials said.",
     "Russian media reported drones over the area before the fire started, while Ukrainian outlets quoting unnamed security sources described it as a planned strike."],
    "strikes", "strikes", 3, "ust-luga-terminal-drone-attack-2024-01-21", a="AP"),
  E("2024-01-21 23:50", "NZ sends another rotation of trainers to Britain",
    ["New Zealand is sending a further group of Defence Force personnel to the United Kingdom to help train Ukrainian recruits, the Government has confirmed.",
     "The contingent of about 60 will spend up to four months teaching basic infantry skills, extending a mission that began in 2022.",
     "Officials stressed that none of the personnel would enter Ukraine."],
    "aid", "aid", 2, "nz-defence-force-training-rotation", a="Stuff reporters and wire services"),
  E("2024-01-21 20:25", "Market in occupied Donetsk shelled, officials say",
    ["Shells struck a street market in the Russian-held city of Donetsk on Sunday morning, killing at least 13 people, according to the city's Moscow-appointed administration.",
     "Footage posted on Russian channels showed bodies among the stalls and a bus stop on fire."],
    "strikes", "strikes", 3, DON, a="Reuters"),
  E("2024-01-21 18:40", None,
    ["Russia's defence ministry says air defence units destroyed 14 Ukrainian drones over the Bryansk, Oryol and Tula regions overnight.",
     "The Tula governor said one drone came down near an industrial site without hurting anyone."],
    "strikes", "strikes", 2, "russia-downs-drones-bryansk-oryol-tula-2024-01-21", a="AFP", n="Headline-less post."),
  E("2024-01-21 17:05", "S-300 missiles hit Kharkiv industrial area",
    ["Two S-300 missiles struck an industrial area of Kharkiv shortly after midnight local time, regional governor Oleh Syniehubov said.",
     "A security guard was hurt and several warehouses caught fire."],
    "strikes", "strikes", 2, "kharkiv-s300-strike-2024-01-21", a="Stuff reporters and wire services"),
  ]))

BAR = "russian-missile-drone-barrage-2024-01-08"
SEEDS.append(dict(id="5401", name="5401_townsvillebulletin-live", ext="html", source="Townsville Bulletin", zone="Australia/Brisbane", render=r_newscorp,
  title="Russia fires dozens of missiles and drones at Ukraine in winter barrage",
  lede="Ukrainian cities from Kyiv to Kryvyi Rih came under attack as Russia launched one of its largest strikes of the new year.",
  pagebyline="Staff writers and wires", authors=["Ellie Drummond", "Tom Baxendale"],
  notes="Imitates a News Corp Australia live coverage page on the Townsville Bulletin masthead (HTML). Newest first. Page line 'January 8, 2024 - 3:30PM' gives the date; each post has a '11.35pm' time and an author name ABOVE the h2 headline. A 'Key points' box lists the headlines of posts 02 and 05 (key_point true). NewsArticle JSON-LD carries only page-level times in Z with milliseconds. No zone printed: Townsville is in Queensland, AEST = UTC+10 all year (no daylight saving, unlike Sydney's UTC+11 in January).",
  not_entries=["masthead, menu, Subscribe / Log In", "kicker 'World' and 'Live' badge", "h1 page title", "standfirst 'Ukrainian cities from Kyiv to Kryvyi Rih ...'",
               "page byline 'Staff writers and wires'", "page date line 'January 8, 2024 - 3:30PM'", "'Don\u2019t miss out on the headlines from World ...' follow prompt",
               "'Share', 'Save', 'Comments' tools", "'Key points' box (its two items point at posts 02 and 05)", "'Advertisement'",
               "'Join the conversation' box", "'More Coverage' links", "footer"],
  entries=[
  E("2024-01-08 23:35", "Moscow says every target was hit",
    ["Russia's defence ministry said its overnight strike had hit all of its intended targets, which it described as military industry sites and airfields in Ukraine.",
     "Ukrainian officials say the missiles hit homes, a shopping centre and factories in at least four regions."],
    "strikes", "strikes", 2, BAR, a="Ellie Drummond", n="Russian claim about the same attack -> same story."),
  E("2024-01-08 21:10", "Death toll rises to five, dozens wounded",
    ["At least five people were killed and more than 40 wounded in Monday's attacks, Ukrainian regional officials said, with the heaviest losses in Khmelnytskyi and Kryvyi Rih.",
     "Rescue crews in Kryvyi Rih were still pulling residents from a damaged apartment block after dark."],
    "strikes", "strikes", 3, BAR, a="Ellie Drummond", kp=True),
  E("2024-01-08 19:45", "Poland puts jets in the air as missiles head west",
    ["Poland's operational command said Polish and allied aircraft were scrambled early on Monday as Russian missiles flew towards western Ukraine.",
     "It said radar tracked the missiles throughout and none entered Polish airspace."],
    "other", "security", 2, "poland-scrambles-jets-2024-01-08", a="Tom Baxendale", sec=["strikes"]),
  E("2024-01-08 18:20", "Lavarack soldiers ready for next Ukraine training stint",
    ["Soldiers from Townsville's Lavarack Barracks are among the next group of Australian Defence Force personnel heading to Britain to train Ukrainian recruits under Operation Kudu.",
     "A Defence spokeswoman said the rotation would leave later this month and spend about four months teaching weapons handling, first aid and patrolling."],
    "aid", "aid", 2, "adf-operation-kudu-rotation-2024-01", a="Tom Baxendale", n="Military training support for Ukraine -> aid."),
  E("2024-01-08 16:55", "Zelensky says 51 missiles and drones were launched",
    ["Ukraine's President Volodymyr Zelensky said Russia launched 51 missiles of several types and a number of attack drones in the morning wave, and thanked the air defence crews who brought most of them down.",
     "He urged partners to speed up deliveries of air defence systems before Moscow builds up its stockpile again."],
    "strikes", "strikes", 3, BAR, a="Ellie Drummond", sec=["aid"], kp=True),
  E("2024-01-08 15:30", "Explosions across Ukraine as dawn attack begins",
    ["Explosions were heard in Kyiv, Kharkiv, Zaporizhzhia, Khmelnytskyi and Kryvyi Rih early on Monday local time as Ukraine's air force warned of incoming cruise and ballistic missiles.",
     "Residents of the capital were told to stay in shelters."],
    "strikes", "strikes", 3, BAR, a="Tom Baxendale"),
  ]))

SEEDS.append(dict(id="5402", name="5402_oregonian-article", ext="txt", source="The Oregonian", zone="America/Los_Angeles", render=r_oregonian,
  title="Russia and Ukraine trade blame over downed transport plane as UN Security Council meets",
  byline="The Associated Press", published="2024-01-25 09:46", updated="2024-01-25 13:20",
  lede="Here is a look at where things stand in the war on Thursday.",
  notes="Imitates an OregonLive (The Oregonian) Nation & World article carrying AP copy, copied as plain text. One entry per section heading (6), stamp null. The page prints 'Updated: Jan. 25, 2024, 1:20 p.m.' and 'Published: Jan. 25, 2024, 9:46 a.m.' with no zone; Pacific time (PST, UTC-8) implied by the outlet. Every section is dated by the Published line (first publication), 17:46 UTC. Page byline 'By The Associated Press' is every entry's author.",
  not_entries=["'Skip to Article', logo, 'Subscribe', 'Sign In'", "section menu", "section label 'Nation & World'", "h1 title", "Updated / '|' / Published lines",
               "byline 'By The Associated Press'", "'Facebook Share', 'Twitter Share'", "lede 'Here is a look at where things stand in the war on Thursday.'",
               "'ADVERTISEMENT'", "subscription plea line", "closing credit '\u2014 The Associated Press'", "affiliate-link and user-agreement notices", "copyright line"],
  entries=[
  E("2024-01-25 09:46", "Dispute over the plane crash",
    ["Moscow insists a Ukrainian air defence missile brought down the Il-76 military transport plane that crashed in the Belgorod region on Wednesday, and says 65 captured Ukrainian soldiers on their way to a prisoner swap were among the 74 people on board.",
     "Ukraine's military intelligence agency said it had been told of a planned exchange, but that Russia had not asked for the airspace near Belgorod to be kept clear as it had before earlier swaps.",
     "Neither side has released evidence that would show who was on the aircraft."],
    "strikes", "strikes", 3, "il-76-crash-belgorod-2024-01-24", a="The Associated Press", n="Claims and counter-claims about who shot the plane down -> strikes."),
  E("2024-01-25 09:46", "Security Council session",
    ["Russia requested an emergency meeting of the UN Security Council, scheduled for Thursday afternoon in New York, to discuss the crash.",
     "Ukraine's foreign ministry said it would use the session to push for an international investigation."],
    "diplomacy", "diplomacy", 3, "unsc-meeting-il-76-crash-2024-01-25", a="The Associated Press", sec=["strikes"]),
  E("2024-01-25 09:46", "Fighting around Avdiivka",
    ["Russian troops kept up their assaults on the southern edge of Avdiivka, where Ukrainian commanders say small infantry groups are trying to cut the last supply road into the town.",
     "Ukraine's general staff reported more than 20 attacks in the area over the past day."],
    "other", "frontline", 2, "avdiivka-fighting-2024-01-25", a="The Associated Press"),
  E("2024-01-25 09:46", "Aid package stalls in Congress",
    ["In Washington, senators were still trying to agree on a border security deal that Republican leaders say must come with any new money for Ukraine.",
     "The White House has warned that funding for weapons deliveries has already run out."],
    "aid", "aid", 2, "us-senate-ukraine-aid-border-deal-2024-01", a="The Associated Press"),
  E("2024-01-25 09:46", "Portland group ships generators",
    ["A Portland nonprofit founded by Ukrainian immigrants said it has sent its 40th shipment of generators and medical supplies to hospitals in the Kharkiv region since the invasion began.",
     "Volunteers packed the latest crates this week at a warehouse in Northeast Portland."],
    "aid", "aid", 2, "portland-nonprofit-generators-kharkiv", a="The Associated Press", n="Humanitarian support sent to Ukraine -> aid."),
  E("2024-01-25 09:46", "Kharkiv hit again",
    ["Russian missiles struck residential neighborhoods of Kharkiv on Tuesday, killing at least eight people, Ukrainian officials said, and rescuers spent two days searching the rubble.",
     "It was one of several attacks on Ukraine's second-largest city this week."],
    "strikes", "strikes", 2, "kharkiv-missile-strike-2024-01-23", a="The Associated Press", n="Recap of an attack two days earlier."),
  ]))

CARL = "putin-carlson-interview-2024-02-08"
SEEDS.append(dict(id="5403", name="5403_kansascitystar-timeline", ext="html", source="The Kansas City Star", zone="America/Chicago", render=r_kcstar,
  title="Timeline: Putin\u2019s Carlson interview, a new Ukrainian army chief and the Senate\u2019s aid vote",
  byline="Dana Whitcomb", published="2024-02-09 06:05", updated="2024-02-09 15:25",
  lede="Here is how the last day unfolded, in Central time.",
  notes="Imitates a Kansas City Star (McClatchy) timeline article, HTML. Oldest first. Items have NO headlines: each is a bold 'Feb. 8, 6:10 p.m. CST' stamp line (AP-style month, no year) followed by one or two paragraphs; the year comes from 'Updated February 09, 2024 3:25 PM' and the footnote 'originally published February 9, 2024, 6:05 AM'. The timeline crosses local midnight (Feb. 8 evening to Feb. 9 afternoon, Central time UTC-6) while every item falls on UTC 2024-02-09. One page byline, used as every item's author. NewsArticle JSON-LD has page-level times only.",
  not_entries=["masthead, menu, Subscribe / Sign In", "kicker 'World'", "h1 title", "byline 'By Dana Whitcomb'", "'Updated February 09, 2024 3:25 PM'",
               "share tools", "'Only have a minute? Listen instead'", "lede 'Here is how the last day unfolded, in Central time.'", "'ADVERTISEMENT'",
               "footnote 'This story was originally published ...'", "'READ NEXT' link", "newsletter box", "footer"],
  entries=[
  E("2024-02-08 18:10", None,
    ["Conservative commentator Tucker Carlson posts his two-hour interview with Russian President Vladimir Putin, recorded in Moscow earlier in the week.",
     "Putin opens with a long lecture on Russian history and says Moscow is willing to talk about ending the fighting in Ukraine."],
    "diplomacy", "diplomacy", 3, CARL, a="Dana Whitcomb"),
  E("2024-02-08 20:45", None,
    ["In the same interview, Putin suggests that jailed Wall Street Journal reporter Evan Gershkovich could be released in an exchange, saying contacts are under way through the security services."],
    "diplomacy", "diplomacy", 2, CARL, a="Dana Whitcomb", n="Another statement from the same interview -> same story."),
  E("2024-02-08 23:30", None,
    ["Oleksandr Syrskyi, named commander-in-chief of Ukraine's armed forces hours earlier in place of Valerii Zaluzhnyi, tells troops in his first message that the army must change how it plans operations.",
     "He says the lives of soldiers are the highest value."],
    "other", "politics", 3, "syrskyi-replaces-zaluzhnyi-2024-02-08", a="Dana Whitcomb", n="Military appointment -> other/politics."),
  E("2024-02-09 00:40", None,
    ["Ukraine's air force says Russia launched a wave of Shahed drones at the Kharkiv and Dnipropetrovsk regions overnight, and that 10 of 14 were shot down."],
    "strikes", "strikes", 2, "shahed-drones-kharkiv-dnipro-2024-02-09", a="Dana Whitcomb"),
  E("2024-02-09 06:20", None,
    ["Kremlin spokesman Dmitry Peskov tells reporters the interview shows Putin is open to dialogue, and criticizes Western outlets that did not seek one."],
    "diplomacy", "diplomacy", 2, CARL, a="Dana Whitcomb", n="Kremlin comment on the interview itself -> same story."),
  E("2024-02-09 10:50", None,
    ["The Senate holds another procedural vote on a $95 billion foreign aid package that includes about $60 billion for Ukraine, with a final vote expected next week."],
    "aid", "aid", 3, "us-senate-95bn-aid-package-2024-02", a="Dana Whitcomb"),
  E("2024-02-09 14:30", None,
    ["A Kansas City-area church group that has resettled 40 Ukrainian families says it will hold a fundraiser later this month to mark the second anniversary of the invasion."],
    "other", "humanitarian", 2, "kc-church-ukrainian-families", a="Dana Whitcomb"),
  ]))

SEEDS.append(dict(id="5404", name="5404_thecourier-tag", ext="txt", source="The Courier", zone="Europe/London", render=r_courier,
  title="Ukraine",
  notes="Imitates The Courier (Dundee, DC Thomson) 'Ukraine' tag page, copied as plain text. Newest first. Each card: headline, a one-paragraph standfirst (the entry body), 'By NAME', then the stamp 'February 23 2024, 7.40pm' AFTER the headline and byline. No zone printed: UK time, GMT = UTC in February. 'Press Association' cards are agency copy; the credit is the author.",
  not_entries=["'Skip to content', masthead, 'Subscribe', 'Sign in'", "menu line", "cookie notice", "tag title 'Ukraine' and 'Follow' button",
               "'By NAME' lines (authors)", "'Advertisement'", "'Load more'", "newsletter sign-up lines", "'Most Read' block with two local headlines", "footer"],
  entries=[
  E("2024-02-23 19:40", "Dundee Ukrainians to gather in City Square on second anniversary of invasion",
    ["Members of Dundee's Ukrainian community will hold a candlelit vigil on Saturday evening to remember those killed since Russia's full-scale invasion began."],
    "other", "humanitarian", 2, "dundee-anniversary-vigil-2024", a="Graham Brodie"),
  E("2024-02-23 17:15", "UK unveils fresh sanctions on Russian arms suppliers ahead of war anniversary",
    ["The UK Government has announced more than 50 new sanctions, targeting firms accused of supplying munitions and components to Moscow's military."],
    "diplomacy", "diplomacy", 3, "uk-sanctions-anniversary-2024-02", a="Press Association"),
  E("2024-02-23 15:05", "Fife couple who took in Kharkiv family say two years have \u2018flown by\u2019",
    ["A couple from Glenrothes who opened their home under the Homes for Ukraine scheme say the mother and son they welcomed now feel like part of the family."],
    "other", "humanitarian", 2, "fife-homes-for-ukraine-family", a="Lindsay Macrae"),
  E("2024-02-23 12:30", "Drone attack on Odesa damages port buildings",
    ["Russian drones struck port infrastructure in Odesa overnight, injuring a dock worker and setting fire to a grain warehouse, Ukrainian officials said."],
    "strikes", "strikes", 2, "odesa-port-drone-attack-2024-02-23", a="Press Association", n="One injured, no deaths: notable, not a main development."),
  E("2024-02-23 10:10", "Perth charity convoy sets off with ambulances for eastern Ukraine",
    ["Two second-hand ambulances and a van full of medical supplies left Perth on Friday morning at the start of an 1,800-mile journey to the Dnipro region."],
    "aid", "aid", 2, "perth-charity-ambulances-2024-02", a="Kieran Lowe", n="Humanitarian supplies sent to Ukraine -> aid."),
  E("2024-02-23 08:05", "Zelensky warns of shell shortages as war nears third year",
    ["Ukraine's president said troops on parts of the front were having to ration artillery shells because promised deliveries had been delayed."],
    "aid", "aid", 2, "zelensky-shell-shortage-warning-2024-02-23", a="Press Association"),
  ]))

SEEDS.append(dict(id="5405", name="5405_hurriyetdailynews-feed", ext="xml", source="Hürriyet Daily News", zone="Europe/Istanbul", render=r_hurriyet,
  title="Hürriyet Daily News - World",
  notes="Imitates a Hürriyet Daily News RSS 2.0 feed. Newest first. pubDate carries +0300 (Türkiye time, UTC+3 all year). Each item has one summary paragraph in <description> (apostrophes written as &#39;), an image enclosure and no author. Two items are Turkish domestic news (off-beat).",
  not_entries=["channel title/link/description/language/lastBuildDate", "<guid> and image <enclosure> of each item"],
  entries=[
  E("2024-01-18 21:30", "Erdoğan tells Putin Türkiye ready to host peace talks",
    ["President Recep Tayyip Erdoğan told Russian President Vladimir Putin in a phone call on Thursday that Türkiye stands ready to host talks between Moscow and Kyiv, the Communications Directorate said."],
    "diplomacy", "diplomacy", 3, "erdogan-putin-phone-call-2024-01-18"),
  OFF("2024-01-18 19:10", "Istanbul ferry fares to rise 30 percent from February",
      ["Istanbul's municipal ferry operator will raise ticket prices by 30 percent from next month, citing fuel and staff costs."],
      "istanbul-ferry-fares-2024", n="Istanbul transport prices."),
  E("2024-01-18 16:45", "Black Sea mine-clearing group to start patrols in spring",
    ["The joint mine countermeasures task force formed by Türkiye, Romania and Bulgaria to deal with drifting sea mines from the war in Ukraine will begin patrols in the spring, a Turkish defense ministry official said."],
    "other", "security", 2, "black-sea-mine-countermeasures-group"),
  E("2024-01-18 13:20", "Turkish aid workers unhurt as missile hits Kharkiv warehouse",
    ["A Russian missile struck a warehouse of humanitarian supplies in Kharkiv where a Turkish charity's staff had been unloading blankets an hour earlier, the group said."],
    "strikes", "strikes", 2, "kharkiv-warehouse-missile-strike-2024-01-18"),
  OFF("2024-01-18 10:05", "Snow cuts off roads to 300 villages in eastern provinces",
      ["Heavy snowfall blocked roads to more than 300 villages in Van, Bitlis and Muş, local authorities said, as temperatures dropped to minus 20 degrees Celsius."],
      "eastern-turkey-snow-2024-01", n="Turkish weather."),
  E("2024-01-18 07:40", "Baykar says work on Ukraine drone plant continues",
    ["Turkish drone maker Baykar is pressing ahead with building a production plant near Kyiv despite the war, a company executive told reporters."],
    "aid", "aid", 2, "baykar-ukraine-plant", n="Arms production for a party -> aid."),
  ]))

SEEDS.append(dict(id="5406", name="5406_thearabweekly-roundup", ext="html", source="The Arab Weekly", zone="Europe/London", render=r_arabweekly,
  title="Gulf envoys at Davos peace talks, Iranian denials and drone raids: Ukraine war round-up",
  lede="Arab states are edging into roles as go-betweens as the conflict nears its third year.", byline="The Arab Weekly",
  published="2024-01-14 11:20", url="https://thearabweekly.com/gulf-envoys-davos-peace-talks-ukraine-war-round-up",
  notes="Imitates a round-up article on The Arab Weekly (London-based), HTML. One entry per h3 item (6), stamp null. The visible page prints only 'Sunday 14/01/2024' (dd/mm/yyyy, no time); the time 11:20 comes from the JSON-LD datePublished and the article:published_time meta (+00:00, London = UTC in January). Item bodies open with the outlet's capitalised dateline and double hyphen ('DAVOS--', 'DOHA--'); the dateline is part of the exact first sentence. Byline 'The Arab Weekly' (desk credit) is the author. The last item (Red Sea freight) is off-beat.",
  not_entries=["logo, menu, Newsletter / Search", "date line 'Sunday 14/01/2024'", "section label 'Ukraine war'", "h1 title", "italic subtitle",
               "byline 'The Arab Weekly'", "share tools", "'Read also' related link", "newsletter box", "footer"],
  entries=[
  E("2024-01-14 11:20", "Gulf officials join Davos meeting on Ukrainian peace plan",
    ["DAVOS--Senior officials from Saudi Arabia, Qatar and the UAE joined national security advisers from more than 80 countries in Davos on Sunday for a fourth round of talks on Ukraine's ten-point peace formula.",
     "Russia was not invited, and Ukrainian officials said they hoped Gulf participation would help draw in countries that have stayed neutral."],
    "diplomacy", "diplomacy", 3, "davos-peace-formula-meeting-2024-01-14", a="The Arab Weekly"),
  E("2024-01-14 11:20", "Qatar-brokered deal returns more children to Ukraine",
    ["DOHA--Qatar said four more Ukrainian children taken to Russia had been reunited with relatives in Kyiv after talks mediated by its diplomats.",
     "Doha has been quietly arranging such returns since last autumn."],
    "diplomacy", "diplomacy", 2, "qatar-mediated-child-returns-2024-01", a="The Arab Weekly", sec=["other"], n="Mediated return of deported children -> diplomacy (mediation), humanitarian secondary."),
  E("2024-01-14 11:20", "Tehran again denies sending missiles to Moscow",
    ["TEHRAN--Iran's foreign ministry rejected Western reports that it was preparing to ship short-range ballistic missiles to Russia, calling them part of a campaign to tarnish the country's image."],
    "aid", "aid", 2, "iran-denies-missiles-to-russia-2024-01", a="The Arab Weekly", n="Arms transfer to Russia (denial) -> aid."),
  E("2024-01-14 11:20", "Drones pound border regions on both sides",
    ["KYIV--Russia and Ukraine each said they had downed dozens of drones overnight, with Moscow reporting attacks on Kursk and Belgorod and Kyiv saying Shahed drones targeted the Mykolaiv and Odesa regions.",
     "No deaths were reported."],
    "strikes", "strikes", 2, "overnight-drone-exchanges-2024-01-14", a="The Arab Weekly"),
  E("2024-01-14 11:20", "Russian envoy courts Gulf investors despite sanctions",
    ["DUBAI--A Russian deputy economy minister told a business forum in Dubai that Gulf money remained welcome in Russia and that Western sanctions had not slowed trade with the region."],
    "diplomacy", "diplomacy", 2, "russia-courts-gulf-investors-2024-01", a="The Arab Weekly", n="Sanctions politics -> diplomacy."),
  OFF("2024-01-14 11:20", "Red Sea shipping costs jump as vessels reroute",
      ["LONDON--Freight rates between Asia and Europe more than doubled this week as container lines sent ships around the Cape of Good Hope to avoid attacks in the Red Sea."],
      "red-sea-freight-rates-2024-01", a="The Arab Weekly", n="Red Sea shipping, not about the war in Ukraine."),
  ]))

SEEDS.append(dict(id="5407", name="5407_dailypost-feed", ext="xml", source="Daily Post", zone="Africa/Lagos", render=r_dailypost,
  title="Daily Post Nigeria",
  notes="Imitates the Daily Post (Nigeria) WordPress feed (RSS 2.0). Newest first. pubDates are printed in +0000 (UTC) while the outlet's zone is Lagos (WAT, UTC+1) for published_local. dc:creator in CDATA is the author. Curly quotes in titles are written as &#8216;/&#8217; (headline given decoded). <description> holds a truncated excerpt ending in [&#8230;]; content:encoded holds the full text; both end with WordPress's 'The post ... appeared first on Daily Post Nigeria.' line, which is chrome and not counted as a paragraph. Two items (football, naira) are off-beat.",
  not_entries=["channel title/link/description/lastBuildDate/generator/sy:update lines", "the truncated <description> excerpts",
               "'The post ... appeared first on Daily Post Nigeria.' trailer in every item", "<category>, <guid> and slash:comments values"],
  entries=[
  E("2024-03-21 20:30", "FG warns Nigerians against \u2018security jobs\u2019 in Russia",
    ["The Federal Government has cautioned young Nigerians against online offers of security or construction work in Russia, saying some recruits ended up close to the front line in Ukraine.",
     "A foreign affairs ministry spokesman said in Abuja on Thursday that the families of at least three men had asked the ministry for help.",
     "He urged job seekers to check such offers with the ministry before travelling."],
    "other", "security", 2, "nigeria-warns-russia-job-offers-2024-03", a="Chidi Okafor", n="Recruitment of foreigners for Russia's army -> other/security."),
  dict(OFF("2024-03-21 18:10", "NPFL: Rangers edge Lobi Stars in Enugu",
      ["Enugu Rangers moved up to third on the Nigeria Premier Football League table after a 1-0 win over Lobi Stars on Thursday."],
      "npfl-rangers-lobi-stars", a="Amaka Eze", n="Nigerian football."), cat="Sport"),
  E("2024-03-21 15:40", "EU leaders back plan to fund Ukraine weapons from frozen Russian assets",
    ["European Union leaders meeting in Brussels on Thursday endorsed a proposal to use profits earned on frozen Russian central bank assets to buy weapons for Ukraine.",
     "The plan could raise about three billion euros a year, according to the European Commission."],
    "aid", "aid", 3, "eu-summit-frozen-assets-arms-2024-03-21", a="Chidi Okafor"),
  E("2024-03-21 13:05", "Ukraine won\u2019t accept frozen conflict \u2013 Kuleba",
    ["Ukraine's Foreign Minister Dmytro Kuleba has said any ceasefire that leaves Russian troops on Ukrainian land would only give Moscow time to regroup.",
     "He spoke at a news conference in Kyiv with a visiting European delegation."],
    "diplomacy", "diplomacy", 2, "kuleba-rejects-frozen-conflict-2024-03-21", a="Ifeoma Nwosu"),
  dict(OFF("2024-03-21 11:20", "Naira gains against dollar at official window",
      ["The naira appreciated against the US dollar at the official foreign exchange market on Thursday, closing at N1,480 per dollar."],
      "naira-exchange-rate-2024-03-21", a="Ifeoma Nwosu", n="Nigerian currency market."), cat="Business"),
  E("2024-03-21 08:45", "Russia says 11 Ukrainian drones downed over Belgorod, Kursk",
    ["Russia's defence ministry said its air defences destroyed 11 Ukrainian drones over the Belgorod and Kursk regions early on Thursday."],
    "strikes", "strikes", 2, "russia-downs-drones-belgorod-kursk-2024-03-21", a="Chidi Okafor"),
  E("2024-03-21 06:30", "Russia-Ukraine war: Kyiv hit by over 30 missiles, 13 injured",
    ["Russia fired 31 ballistic and cruise missiles at Kyiv in the early hours of Thursday, the first large strike on the capital in weeks, Ukrainian officials said.",
     "Mayor Vitali Klitschko said 13 people were injured, including a child, and falling debris set homes and cars on fire in several districts.",
     "Ukraine's air force said all the missiles aimed at the city were shot down."],
    "strikes", "strikes", 3, "kyiv-missile-attack-2024-03-21", a="Chidi Okafor"),
  ]))

SEEDS.append(dict(id="5408", name="5408_luxemburgerwort-ticker", ext="html", source="Luxemburger Wort", zone="Europe/Luxembourg", render=r_wort,
  title="Ukraine war live: Luxembourg joins Czech-led drive to buy artillery shells",
  byline="Carla Schmit", url="https://www.wort.lu/en/international/ukraine-war-live-20-march",
  notes="Imitates a Luxemburger Wort live ticker in English with the site's German chrome (consent banner, 'Von ...', 'Aktualisiert: 20.03.2024 um 19:40 Uhr', 'Lesezeit', 'Teilen', day line 'Mittwoch, 20. März 2024', 'Sortierung: Älteste zuerst'). OLDEST first. Each post: bare '07:40' in <time datetime> (+01:00) above the h2. No zone printed in the visible text: Luxembourg time (CET, UTC+1 in March before the switch on the 31st) implied by the outlet; the LiveBlogPosting JSON-LD carries per-update times with +01:00. One page byline ('Von Carla Schmit') is every entry's author.",
  not_entries=["cookie consent banner (German)", "logo, menu, language switch, 'Abo', 'Anmelden'", "kicker 'Live-Ticker \u00b7 Krieg in der Ukraine'", "h1 title",
               "meta line 'Von Carla Schmit \u00b7 20.03.2024 um 07:40 Uhr \u00b7 Aktualisiert: ... \u00b7 Lesezeit: 5 Min.'", "'Teilen' share tools",
               "day line 'Mittwoch, 20. März 2024'", "'Sortierung: Älteste zuerst'", "paywall teaser 'Jetzt weiterlesen mit dem Wort-Abo'",
               "'Das könnte Sie auch interessieren' related link", "footer"],
  entries=[
  E("2024-03-20 07:40", "Night of drone attacks on Sumy and Kharkiv regions",
    ["Ukraine's air force said it destroyed 12 of 17 Shahed drones launched overnight, most of them over the Sumy and Kharkiv regions.",
     "A power line near the town of Shostka was damaged, leaving several villages without electricity."],
    "strikes", "strikes", 2, "overnight-drones-sumy-kharkiv-2024-03-20", a="Carla Schmit"),
  E("2024-03-20 09:15", "Two killed in missile strike on Kharkiv industrial site",
    ["Two people died and eight were injured when a Russian missile hit an industrial enterprise in Kharkiv in the morning, the regional governor said."],
    "strikes", "strikes", 3, "kharkiv-industrial-missile-strike-2024-03-20", a="Carla Schmit"),
  E("2024-03-20 11:30", "Luxembourg to contribute to Czech ammunition initiative",
    ["Luxembourg will put several million euros into the Czech-led effort to buy artillery shells for Ukraine on markets outside the EU, Defence Minister Yuriko Backes told reporters in Luxembourg City.",
     "She said the exact sum would be confirmed once the government had approved the budget line."],
    "aid", "aid", 3, "luxembourg-czech-ammunition-initiative-2024-03", a="Carla Schmit", n="The page's title story (editor signal) and a ministerial aid decision -> importance 3."),
  E("2024-03-20 13:50", "Frieden rules out Luxembourg troops for Ukraine",
    ["Prime Minister Luc Frieden said Luxembourg would not send soldiers to Ukraine and did not consider the question a live one for NATO."],
    "diplomacy", "diplomacy", 2, "frieden-rules-out-troops-2024-03", a="Carla Schmit", n="Alliance politics -> diplomacy."),
  E("2024-03-20 15:20", "Russia claims capture of village west of Avdiivka",
    ["Russia's defence ministry said its forces had taken control of a village west of Avdiivka, a claim Ukraine's military did not immediately confirm."],
    "other", "frontline", 2, "russia-claims-village-west-of-avdiivka-2024-03-20", a="Carla Schmit"),
  E("2024-03-20 17:05", "Commission proposes using windfall profits for arms",
    ["The European Commission proposed on Wednesday that most of the windfall profits from immobilised Russian central bank assets should go into a fund that pays for weapons for Ukraine."],
    "aid", "aid", 3, "eu-commission-windfall-profits-proposal-2024-03-20", a="Carla Schmit"),
  E("2024-03-20 19:40", "Ukrainians under temporary protection in Luxembourg top 4,000",
    ["The number of Ukrainians holding temporary protection status in the Grand Duchy has passed 4,000, according to figures from the immigration directorate.",
     "Most of them live in Luxembourg City and Esch-sur-Alzette."],
    "other", "humanitarian", 2, "ukrainians-temporary-protection-luxembourg", a="Carla Schmit"),
  ]))

KYIV25 = "kyiv-missile-attack-2024-03-25"
SEEDS.append(dict(id="5409", name="5409_gulfdailynews-world", ext="txt", source="Gulf Daily News", zone="Asia/Bahrain", render=r_gdn,
  title="World", clock="Monday, March 25", parse_args=["--date", "2024-03-25"],
  notes="Imitates the Gulf Daily News (Bahrain) World section, copied as plain text. Newest first. Each card: headline, agency credit (the author), then the stamp 'Mon, 25 Mar | 10:15 PM' AFTER the headline, one summary paragraph and 'Read More'. No year anywhere on the page (parse_args --date 2024-03-25). No zone printed: Bahrain time (UTC+3, no daylight saving) implied. Three cards are off-beat (Gaza resolution, South China Sea, Senegal election). The Crocus concert-hall item is kept as war-related (other/security) because it turns on Russia's claim of a Ukrainian link.",
  not_entries=["masthead and tagline", "menu line", "header clock 'Monday, March 25'", "section title 'World'", "agency credit lines (authors)",
               "'Read More' after every card", "'Advertisement'", "'More News' and footer"],
  entries=[
  OFF("2024-03-25 22:15", "UN Security Council demands immediate Gaza ceasefire",
      ["The UN Security Council on Monday passed its first resolution demanding an immediate ceasefire in Gaza for the rest of Ramadan, after the United States abstained."],
      "unsc-gaza-ceasefire-resolution", a="AFP", n="Gaza."),
  E("2024-03-25 20:05", "Four men charged over Moscow concert hall attack",
    ["A Moscow court charged four men with terrorism over Friday's attack on the Crocus City Hall concert venue, as Russian officials kept claiming without evidence that Ukraine was involved."],
    "other", "security", 2, "crocus-attack-charges-2024-03-25", a="Reuters", n="Terror attack in Russia, war-related only through Moscow's claim of a Ukrainian link."),
  E("2024-03-25 17:30", "Kyiv says Zircon missiles used in morning attack",
    ["Ukrainian investigators said fragments found in the capital showed Russia had fired Zircon hypersonic missiles in Monday morning's attack.",
     "The air force said both missiles were shot down."],
    "strikes", "strikes", 3, KYIV25, a="AFP"),
  OFF("2024-03-25 14:40", "Manila protests water cannon attack on supply boat",
      ["The Philippines summoned a Chinese diplomat on Monday after a Chinese coast guard vessel fired water cannon at a Philippine supply boat near Second Thomas Shoal at the weekend."],
      "south-china-sea-water-cannon-2024-03", a="Reuters", n="South China Sea."),
  E("2024-03-25 11:10", "Explosions in Kyiv as missiles downed over capital",
    ["Explosions rang out over Kyiv during the morning rush hour on Monday as air defences intercepted incoming missiles, the city's military administration said.",
     "Falling debris injured at least seven people and damaged a building in the Pecherskyi district."],
    "strikes", "strikes", 3, KYIV25, a="Reuters"),
  E("2024-03-25 09:20", "Poland says Russian missile crossed into its airspace",
    ["Poland's armed forces said a Russian cruise missile aimed at western Ukraine crossed into Polish airspace for 39 seconds early on Sunday, and Warsaw demanded an explanation from Moscow."],
    "other", "security", 2, "russian-missile-polish-airspace-2024-03-24", a="AFP", sec=["strikes"]),
  OFF("2024-03-25 06:45", "Senegal opposition candidate takes early lead",
      ["Early results from Senegal's presidential election put opposition candidate Bassirou Diomaye Faye ahead of the ruling coalition's candidate, local media reported."],
      "senegal-election-2024", a="AFP", n="Senegal election."),
  ]))

# ============================================================ PART B: three multi-source days (invented outlets)

SUMY = "sumy-apartment-drone-strike-2024-03-09"
POPE = "pope-white-flag-remarks-2024-03-09"
SUMB = "sumy-border-shelling-2024-03-09"
CZ = "czech-ammunition-initiative-funding-2024-03"
DUTCH = "netherlands-drone-funding-2024-03-09"
D1 = "Day 1 (2024-03-09 UTC): 5420, 5421, 5422, 5423, 5424."

SEEDS.append(dict(id="5420", name="5420_langstrath-keylive", ext="txt", source="Langstrath Monitor", zone="Europe/Paris", render=r_b_keypoints_live,
  title="Ukraine war live: drone strike on Soumy apartment block; Pope urges \u2018courage of the white flag\u2019",
  dateline="Saturday 9 March 2024", lede="Our correspondents follow the day's events from Paris and Kyiv.",
  notes="Invented outlet (Paris). Text live blog, OLDEST first. Each post: 'HH:MM CET' line, headline, 'By NAME', body. Key Points block lists posts 05 and 06 (key_point true). French-style spelling 'Soumy' for Sumy. Post 07 repeats post 05 nearly verbatim with a reworded headline (duplicate_of 5420-05). Post 04 is the day's theme piece (analysis). " + D1,
  not_entries=["masthead and menu", "title and date lines", "'Key Points' block (points at posts 05 and 06)", "lede line", "'Latest (oldest first)'",
               "'By NAME' lines (authors)", "newsletter plug", "closing line and footer"],
  entries=[
  E("2024-03-09 08:55", "Drone hits apartment block in Soumy overnight",
    ["A Russian drone struck a five-storey residential building in the north-eastern city of Soumy during the night, killing one person, the regional military administration said.",
     "Emergency crews said several people were believed to be trapped under the collapsed section."],
    "strikes", "strikes", 3, SUMY, a="H\u00e9l\u00e8ne Marchetti"),
  E("2024-03-09 10:20", "Shelling reported in border villages of Soumy region",
    ["Separately, Russian artillery and mortar fire hit seven border communities in the Soumy region over the past day, damaging homes and a school but causing no casualties, regional authorities said."],
    "strikes", "strikes", 3, SUMB, a="H\u00e9l\u00e8ne Marchetti", n="Same region as the apartment strike, different attack: must not merge."),
  E("2024-03-09 12:05", "Soumy toll rises to three",
    ["Rescuers have recovered two more bodies from the rubble of the apartment block in Soumy, bringing the number of dead to three, emergency services said."],
    "strikes", "strikes", 3, SUMY, a="Bastien Leroux"),
  E("2024-03-09 14:30", "Analysis: why Kyiv is rationing its interceptors",
    ["Ukraine's air defence commanders make hard choices every night about what to protect, because stocks of interceptor missiles for Western systems are falling faster than they are replaced.",
     "Officials say the gap is widest for Patriot and IRIS-T ammunition, which cannot be produced quickly.",
     "The shortfall helps explain why cheap Shahed drones are again getting through to cities far from the front."],
    "aid", "aid", 2, "analysis-ukraine-interceptor-shortage", a="Bastien Leroux", sec=["strikes"],
    n="Theme piece (analysis of air-defence stocks): own story, importance 2."),
  E("2024-03-09 16:10", "Pope says Ukraine should have \u2018courage of the white flag\u2019",
    ["Pope Francis said in an interview with Swiss television that Ukraine should have the courage to raise the white flag and negotiate, in comments released on Saturday ahead of the full broadcast.",
     "Asked about calls for Kyiv to give in, he said negotiating was not a sign of weakness when a country sees it is losing."],
    "diplomacy", "diplomacy", 3, POPE, a="H\u00e9l\u00e8ne Marchetti", kp=True),
  E("2024-03-09 18:45", "Death toll in Soumy strike climbs to five",
    ["Five people, including a teenage boy, are now known to have died in the drone strike on Soumy, the regional governor said in the evening.",
     "Ten others were injured and around 40 residents have been moved to temporary housing."],
    "strikes", "strikes", 3, SUMY, a="Bastien Leroux", kp=True),
  E("2024-03-09 20:30", "Pope: Ukraine should show \u2018courage of the white flag\u2019",
    ["Pope Francis said in an interview with Swiss television that Ukraine should have the courage to raise the white flag and negotiate, in remarks released on Saturday ahead of the full broadcast."],
    "diplomacy", "diplomacy", 1, POPE, a="H\u00e9l\u00e8ne Marchetti", dup="5420-05", n="Near-verbatim repeat of 5420-05 (headline reworded, one paragraph dropped) -> importance 1."),
  ]))

SEEDS.append(dict(id="5421", name="5421_stainmore-ldlive", ext="html", source="Stainmore Dispatch", zone="Europe/Kyiv", render=r_b_ldlive,
  title="Russia's war in Ukraine: live updates", dateline="Saturday 9 March 2024 \u00b7 Kyiv time", url="https://stainmore.example/live/2024-03-09",
  lede="Updates from our newsroom in Kyiv on the 745th day of the full-scale war.",
  notes="Invented outlet (Kyiv). HTML live blog, newest first, with LiveBlogPosting JSON-LD whose updates carry their own datePublished (+02:00), headline and author. Visible stamps are bare '21:15' in <time datetime>; 'By NAME' sits ABOVE the h2. Post 03 is a video teaser without body (importance 1). " + D1,
  not_entries=["header and menu", "h1 title", "dateline 'Saturday 9 March 2024 \u00b7 Kyiv time'", "standfirst", "'By NAME' lines (authors)",
               "video embed placeholder in post 03", "'Share' / 'Copy link' tools", "footer"],
  entries=[
  E("2024-03-09 21:15", "Czech shells could reach Ukraine within weeks, Pavel says",
    ["Czech President Petr Pavel said the first artillery shells bought under his country's initiative could arrive in Ukraine within weeks, now that partners have covered the cost of the first 300,000 rounds.",
     "He told reporters in Prague that the money was already in the bank."],
    "aid", "aid", 3, CZ, a="Oksana Melnyk"),
  E("2024-03-09 19:40", "Sumy drone strike: five dead, including a 15-year-old",
    ["The number of people killed by the Russian drone that hit an apartment building in Sumy has risen to five, among them a 15-year-old boy, governor Volodymyr Artiukh said.",
     "Ten people were wounded, two of them seriously."],
    "strikes", "strikes", 3, SUMY, a="Taras Hnatiuk"),
  E("2024-03-09 17:05", "Watch: rescuers dig through rubble in Sumy", [], "strikes", "strikes", 1, SUMY, n="Video teaser without body -> importance 1."),
  E("2024-03-09 14:50", "Border villages in Sumy region shelled 60 times in a day",
    ["Russian forces fired on border settlements in the Sumy region about 60 times over the past 24 hours, using artillery, mortars and glide bombs, the regional administration reported.",
     "The Velyka Pysarivka and Krasnopillia communities were hit hardest."],
    "strikes", "strikes", 3, SUMB, a="Taras Hnatiuk", n="Must not merge with the Sumy apartment strike."),
  E("2024-03-09 12:30", "Netherlands to spend 150 million euros on drones for Ukraine",
    ["The Dutch government said it would spend 150 million euros this year on drones for Ukraine as part of an international drone coalition.",
     "Defence officials said the money would go mostly to Ukrainian manufacturers."],
    "aid", "aid", 2, DUTCH, a="Oksana Melnyk", n="Different aid decision from the Czech shell initiative: must not merge."),
  E("2024-03-09 10:05", "Sumy: one dead as drone hits residential building",
    ["One woman was killed and at least eight people were injured when a Shahed drone struck a residential block in central Sumy shortly after 2am, local officials said.",
     "Part of the building's upper floors collapsed."],
    "strikes", "strikes", 3, SUMY, a="Taras Hnatiuk"),
  ]))

SEEDS.append(dict(id="5422", name="5422_birkrigg-worldrss", ext="xml", source="Birkrigg World Service", zone="UTC", render=r_b_rss, rfc="GMT",
  title="Birkrigg World Service: World", url="https://birkrigg.example", lede="Top world stories from the Birkrigg World Service newsroom",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, no authors; four of six items are off-beat (Haiti, Portugal, Gaza aid ship, Oscars). Spelling 'Sumi'. " + D1,
  not_entries=["channel title/link/description/language", "<guid> and <category> values"],
  entries=[
  OFF("2024-03-09 21:40", "Gangs attack police stations in Haiti's capital",
      ["Armed gangs attacked several police stations in Port-au-Prince overnight, residents said, as the government extended a state of emergency in the capital."],
      "haiti-gang-attacks-2024-03", n="Haiti."),
  OFF("2024-03-09 19:05", "Portugal's parties hold final rallies before snap election",
      ["Portugal's main parties held their last rallies on Saturday before a snap general election in which polls show the centre-right alliance narrowly ahead."],
      "portugal-final-rallies-2024-03-09", n="Portuguese election campaign."),
  E("2024-03-09 16:30", "Pope's \u2018white flag\u2019 remark on Ukraine stirs anger",
    ["Pope Francis has said Ukraine should find the courage to negotiate an end to the war, using the image of a white flag in an interview recorded for Swiss television.",
     "The comments drew immediate anger on Ukrainian social media."],
    "diplomacy", "diplomacy", 3, POPE),
  OFF("2024-03-09 13:15", "Aid ship readies in Cyprus for sea route to Gaza",
      ["A ship loaded with about 200 tonnes of food was preparing to leave Cyprus for Gaza, organisers said, opening a trial sea route for aid."],
      "cyprus-gaza-sea-corridor-2024-03", n="Gaza aid."),
  E("2024-03-09 10:20", "Drone strike on Sumi apartment block kills two",
    ["Two people were killed and nine injured when a Russian drone slammed into a residential building in the Ukrainian city of Sumi overnight, officials said.",
     "Rescue workers were searching for others feared buried."],
    "strikes", "strikes", 3, SUMY),
  OFF("2024-03-09 07:30", "Hollywood prepares for Sunday's Oscars",
      ["Christopher Nolan's 'Oppenheimer' goes into Sunday's Academy Awards as the clear favourite, with 13 nominations."],
      "oscars-2024-preview", n="Film awards."),
  ]))

SEEDS.append(dict(id="5423", name="5423_whitbarrow-article", ext="txt", source="Whitbarrow Ledger", zone="Europe/London", render=r_b_textarticle,
  title="Sumy mourns as Czech ammunition plan gathers pace", byline="Rosalind Thwaite", dateline_text="Saturday 9 March 2024, 15:30 GMT",
  lede="A deadly drone strike in northern Ukraine came as allies closed a funding gap for artillery shells.", more="Inside the race to find shells for Ukraine",
  notes="Invented outlet (London). Text article with three section headings; one entry per section, stamp null, published = the dateline 'Saturday 9 March 2024, 15:30 GMT'; page byline as author. " + D1,
  not_entries=["outlet name and breadcrumb", "title line", "lede line", "byline and dateline lines", "share labels", "'Read more: ...' link", "'Topics:' line", "copyright line"],
  entries=[
  E("2024-03-09 15:30", "Strike on Sumy",
    ["Four people were killed after a Russian drone tore into an apartment block in Sumy during the night, the regional governor said.",
     "The building stands a few hundred metres from the city's main square."],
    "strikes", "strikes", 3, SUMY, a="Rosalind Thwaite"),
  E("2024-03-09 15:30", "Czech initiative",
    ["The Czech-led drive to buy artillery shells outside Europe for Ukraine has now secured pledges for about 300,000 rounds, officials in Prague said.",
     "Canada, Belgium and the Netherlands are among the latest contributors."],
    "aid", "aid", 3, CZ, a="Rosalind Thwaite"),
  E("2024-03-09 15:30", "Fighting in the east",
    ["Ukrainian troops were holding a new defensive line west of Avdiivka, the army said, after Russian units pushed into several villages last month."],
    "other", "frontline", 2, "avdiivka-defensive-line-2024-03-09", a="Rosalind Thwaite"),
  ]))

SEEDS.append(dict(id="5424", name="5424_keasden-atom", ext="xml", source="Keasden Evening Mail", zone="America/New_York", render=r_b_atom, offset="local",
  title="Keasden Evening Mail \u2014 World", url="https://keasden.example", lede="World news from the Keasden Evening Mail",
  notes="Invented outlet (US East Coast). Atom feed, newest first, <published> with -05:00 (EST, before the 10 March switch to daylight time), per-entry authors, HTML content escaped. The Vatican's clarification of the Pope's words belongs to the Pope story (the speaker's own office explaining the same statement). " + D1,
  not_entries=["feed title/subtitle/links/id/updated", "<id> and <updated> of each entry"],
  entries=[
  E("2024-03-09 13:20", "Vatican says pope's \u2018white flag\u2019 remark meant talks, not surrender",
    ["The Vatican's spokesman said Pope Francis had used the image of a white flag to mean a halt to hostilities and a truce reached through negotiation, not a call for Ukraine to capitulate.",
     "The clarification came hours after excerpts of the interview circulated on Saturday."],
    "diplomacy", "diplomacy", 3, POPE, a="Nora Delacourt"),
  E("2024-03-09 11:05", "House Democrats gather signatures to force Ukraine aid vote",
    ["Democrats in the House of Representatives are collecting signatures on a discharge petition that would force a floor vote on the Senate-passed aid package for Ukraine and Israel.",
     "They need the backing of a handful of Republicans to reach the 218 required."],
    "aid", "aid", 2, "house-discharge-petition-ukraine-aid-2024-03", a="Marcus Feld"),
  E("2024-03-09 09:40", "Denmark to pay for more artillery built in Ukraine",
    ["Denmark said it would pay for additional self-propelled howitzers built by Ukrainian manufacturers, expanding a scheme under which donor money is spent inside Ukraine."],
    "aid", "aid", 2, "denmark-funds-ukrainian-howitzers-2024-03", a="Marcus Feld", n="Same theme as the Czech shell initiative, different decision: must not merge."),
  E("2024-03-09 07:15", "Strike on Sumy apartment building kills three",
    ["A Russian drone attack on an apartment building in the northeastern Ukrainian city of Sumy killed three people overnight, officials said."],
    "strikes", "strikes", 3, SUMY, a="Nora Delacourt"),
  ]))

MYR = "myrnohrad-glide-bomb-strike-2024-03-10"
KUL = "kuleba-rejects-pope-white-flag-2024-03-10"
POK = "pokrovsk-shelling-2024-03-10"
D2 = "Day 2 (2024-03-10 UTC, the day after day 1): 5430, 5431, 5432, 5433."

SEEDS.append(dict(id="5430", name="5430_kirkstone-uslive", ext="html", source="Kirkstone Wire", zone="America/New_York", render=r_b_us_live,
  title="Ukraine live updates: Russian bombs hit Myrnohrad; Kyiv rebuffs pope", dateline="Sunday, March 10, 2024",
  note="Times are Eastern. Clocks moved forward one hour at 2 a.m. today.",
  notes="Invented outlet (US). HTML live blog, newest first, no JSON-LD. Stamps '3:30 p.m. ET' in a span above each h2; byline below the h2. The page spans the US switch to daylight time on 10 March 2024: '12:50 a.m. ET' is EST (UTC-5) and every later stamp is EDT (UTC-4). Post 03 is a photo teaser without body (importance 1). Post 05 continues day 1's Sumy story with a new development (rescue over, final toll, mourning) and keeps the day-1 slug. " + D2,
  not_entries=["cookie banner", "header and menu", "'LIVE' badge", "h1 title", "dateline 'Sunday, March 10, 2024'", "note on Eastern time and the clock change",
               "byline lines (authors)", "photo gallery in post 03", "'Related' promo", "footer"],
  entries=[
  E("2024-03-10 15:30", "Myrnohrad toll climbs to five",
    ["Five people are now confirmed dead after Russian guided bombs struck a residential neighborhood of Myrnohrad, the Donetsk regional governor said Sunday afternoon.",
     "Rescue crews were still searching two damaged homes."],
    "strikes", "strikes", 3, MYR, a="Caleb Worth"),
  E("2024-03-10 13:10", "Kuleba rejects pope's call to \u2018raise the white flag\u2019",
    ["Foreign Minister Dmytro Kuleba said Ukraine would never raise any flag but its own, in a sharp reply to Pope Francis's remarks about negotiating with Russia.",
     "He added that the Vatican should be urging Moscow, not Kyiv, to stop the war."],
    "diplomacy", "diplomacy", 3, KUL, a="Lena Sorokina", n="A rebuttal by another party is a new statement, its own story (not the day-1 Pope story)."),
  E("2024-03-10 11:25", "Photos: neighbors sift through debris in Myrnohrad", [], "strikes", "strikes", 1, MYR, n="Photo teaser without body -> importance 1."),
  E("2024-03-10 09:40", "Guided bombs hit Myrnohrad, killing two",
    ["Russian aircraft dropped at least three guided bombs on Myrnohrad, a mining town near Pokrovsk, killing two people and wounding six, Ukrainian officials said."],
    "strikes", "strikes", 3, MYR, a="Caleb Worth"),
  E("2024-03-10 07:15", "Sumy holds day of mourning as rescue work ends",
    ["Sumy observed a day of mourning on Sunday after emergency crews finished clearing the rubble of the apartment block hit by a Russian drone early Saturday, bringing the final toll to seven dead."],
    "strikes", "strikes", 3, SUMY, a="Lena Sorokina", n="Continuation of day 1's Sumy strike with a new development (final toll, mourning): keeps the day-1 story slug."),
  E("2024-03-10 03:35", "Air force: 35 of 39 drones shot down overnight",
    ["Ukraine's air force said it shot down 35 of 39 attack drones that Russia launched overnight at southern and central regions."],
    "strikes", "strikes", 2, "overnight-shahed-attack-2024-03-10", a="Caleb Worth"),
  E("2024-03-10 00:50", "Two drones downed on approach to Moscow, mayor says",
    ["Moscow Mayor Sergei Sobyanin said air defences had brought down two drones flying toward the capital, with no damage reported."],
    "strikes", "strikes", 2, "drones-downed-near-moscow-2024-03-10", a="Caleb Worth", n="Same theme as the Belgorod depot attack (5431), different event: must not merge."),
  ]))

SEEDS.append(dict(id="5431", name="5431_martindale-atom", ext="xml", source="Martindale Monitor", zone="Europe/Kyiv", render=r_b_atom, offset="local",
  title="Martindale Monitor: Ukraine", url="https://martindale.example", lede="Reporting from Ukraine's regions",
  notes="Invented outlet (Kyiv). Atom feed, newest first, <published> with +02:00, per-entry authors, escaped HTML content. Entry 01 is the day's theme piece (explainer on glide bombs). Entry 04 continues day 1's Sumy story (keeps the slug). " + D2,
  not_entries=["feed title/subtitle/links/id/updated", "<id> and <updated> of each entry"],
  entries=[
  E("2024-03-10 20:45", "Explainer: why Russia relies on glide bombs",
    ["Glide bombs are Soviet-era free-fall bombs fitted with folding wings and satellite guidance, which lets Russian jets release them 40 to 60 kilometres from their targets, beyond the reach of most Ukrainian air defences.",
     "Each can carry up to 1.5 tonnes of explosives, and they have become the main weapon in Russia's assaults on frontline towns."],
    "strikes", "strikes", 2, "explainer-glide-bombs", a="Iryna Savchuk", n="Theme piece (explainer): own story, importance 2; must not merge with the Myrnohrad strike."),
  E("2024-03-10 17:30", "Toll in Myrnohrad rises to four",
    ["Four civilians were killed and nine injured in the Russian air strike on Myrnohrad, the Donetsk regional military administration said, updating an earlier toll."],
    "strikes", "strikes", 3, MYR, a="Andrii Polishchuk"),
  E("2024-03-10 14:20", "Pokrovsk shelled, two wounded",
    ["Russian artillery shelled the outskirts of Pokrovsk on Sunday morning, wounding two men and damaging a railway depot, local authorities reported."],
    "strikes", "strikes", 3, POK, a="Andrii Polishchuk", n="Neighbouring town, different attack from Myrnohrad: must not merge."),
  E("2024-03-10 11:05", "Sumy buries its dead as rescue operation ends",
    ["Rescuers in Sumy have completed their search of the apartment block struck by a Russian drone, and the final death toll stands at seven, including two children, the State Emergency Service said."],
    "strikes", "strikes", 3, SUMY, a="Iryna Savchuk", n="Continuation of day 1's Sumy strike (final toll): keeps the day-1 story slug."),
  E("2024-03-10 09:30", "Drone attack sets fire to oil depot in Belgorod region",
    ["A drone attack caused a fire at an oil depot in Russia's Belgorod region overnight, the regional governor said, adding that no one was hurt."],
    "strikes", "strikes", 2, "belgorod-oil-depot-drone-2024-03-10", a="Andrii Polishchuk"),
  ]))

SEEDS.append(dict(id="5432", name="5432_grizedale-postedlive", ext="txt", source="Grizedale Sentinel", zone="Europe/Berlin", render=r_b_posted_after,
  title="Ukraine on Sunday: glide bombs on Mirnohrad, Kuleba answers the pope", dateline="Sunday, 10 March 2024",
  lede="The main events of the day in and around Ukraine, in order.",
  notes="Invented outlet (Berlin). Text live blog, OLDEST first; each post: headline, then 'Posted 09:20 \u00b7 NAME' AFTER the headline (stamp = that whole line), body. 'All times CET' (UTC+1). Spelling 'Mirnohrad'. Post 02 re-posts day-1 entry 5421-05 nearly verbatim (importance 1). Post 06 repeats post 04 nearly verbatim (duplicate_of 5432-04). " + D2,
  not_entries=["masthead and breadcrumb", "title and date lines", "'All times CET'", "lede line", "'Advertisement'", "'Older coverage' link and footer"],
  entries=[
  E("2024-03-10 09:20", "Pokrovsk district shelled, two wounded",
    ["Two men were injured when Russian shells hit a district of Pokrovsk close to the railway station, the town's military administration said."],
    "strikes", "strikes", 3, POK, a="Katrin Wolff"),
  E("2024-03-10 11:30", "Netherlands to spend 150 million euros on drones for Ukraine",
    ["The Dutch government said it would spend 150 million euros this year on drones for Ukraine as part of an international drone coalition."],
    "aid", "aid", 1, DUTCH, a="Jonas Brandt", n="Re-post of day-1 entry 5421-05 (same headline, first paragraph verbatim) -> importance 1."),
  E("2024-03-10 14:05", "Glide bombs strike Mirnohrad",
    ["Russian jets dropped glide bombs on Mirnohrad in the Donetsk region on Sunday morning, killing at least two people, regional officials said."],
    "strikes", "strikes", 3, MYR, a="Katrin Wolff"),
  E("2024-03-10 16:50", "Kuleba: Ukraine's flag is yellow and blue",
    ["Responding to Pope Francis, Ukraine's Foreign Minister Dmytro Kuleba wrote that his country's only flag is the yellow and blue one and that it will never raise another."],
    "diplomacy", "diplomacy", 3, KUL, a="Jonas Brandt"),
  E("2024-03-10 19:15", "Mirnohrad: death toll rises to five",
    ["The number of dead in Mirnohrad, a town in the Donetsk region hit by Russian glide bombs in the morning, has risen to five, Ukrainian officials said."],
    "strikes", "strikes", 3, MYR, a="Katrin Wolff"),
  E("2024-03-10 20:30", "Kuleba: our flag is yellow and blue",
    ["Responding to Pope Francis, Ukraine's Foreign Minister Dmytro Kuleba wrote that his country's only flag is the yellow and blue one and that it will never raise another."],
    "diplomacy", "diplomacy", 1, KUL, a="Jonas Brandt", dup="5432-04", n="Near-verbatim repeat of 5432-04 -> importance 1."),
  E("2024-03-10 21:40", "Scholz again rules out sending Taurus missiles",
    ["Chancellor Olaf Scholz said in a television interview that Germany would not deliver Taurus cruise missiles to Ukraine, arguing that doing so could draw German soldiers into the conflict."],
    "aid", "aid", 2, "scholz-rules-out-taurus-2024-03-10", a="Jonas Brandt"),
  ]))

SEEDS.append(dict(id="5433", name="5433_dunnerdale-worldrss", ext="xml", source="Dunnerdale Courier", zone="Africa/Lagos", render=r_b_rss, rfc="offset",
  title="Dunnerdale Courier - World", url="https://dunnerdale.example", lede="World headlines from the Dunnerdale Courier",
  notes="Invented outlet (Lagos). General world-news RSS 2.0 feed, newest first, pubDate with +0100, no authors; four of six items are off-beat (Ramadan, Portugal exit polls, Haiti evacuation, Kuriga pupils). Spelling 'Mirnograd'. " + D2,
  not_entries=["channel title/link/description/language", "<guid> and <category> values"],
  entries=[
  OFF("2024-03-10 22:10", "Saudi Arabia announces Ramadan begins on Monday",
      ["Saudi Arabia's Supreme Court said the crescent moon had been sighted on Sunday evening, so the holy month of Ramadan will begin on Monday."],
      "ramadan-start-2024", n="Religious calendar."),
  OFF("2024-03-10 21:25", "Centre-right leads in Portugal vote, exit polls show",
      ["Exit polls after Portugal's snap election put the centre-right Democratic Alliance narrowly ahead of the Socialists, with the far-right Chega party surging into third place."],
      "portugal-election-exit-polls-2024-03-10", n="Portuguese election result."),
  E("2024-03-10 18:40", "Ukraine rejects pope's \u2018white flag\u2019 remark",
    ["Kyiv has rebuffed Pope Francis after he suggested Ukraine should have the courage to negotiate, with its foreign minister saying the country would never raise any flag but its own."],
    "diplomacy", "diplomacy", 3, KUL),
  OFF("2024-03-10 15:55", "US military flies embassy staff out of Haiti",
      ["The US military flew non-essential embassy staff out of Port-au-Prince by helicopter and sent extra troops to protect the mission, as gang violence paralysed the Haitian capital."],
      "haiti-embassy-evacuation-2024-03", n="Haiti."),
  OFF("2024-03-10 12:30", "Parents of abducted Kuriga pupils plead for rescue",
      ["Families of the schoolchildren kidnapped from Kuriga in Kaduna State last week appealed to the federal government to speed up rescue efforts."],
      "kuriga-school-abduction-2024", n="Nigeria kidnapping."),
  E("2024-03-10 10:45", "Russian glide bombs hit Mirnograd in eastern Ukraine",
    ["A Russian air strike with guided bombs hit the eastern Ukrainian town of Mirnograd on Sunday morning, killing at least one person, officials said."],
    "strikes", "strikes", 3, MYR),
  ]))

POKR = "pokrovsk-missile-strike-2024-01-06"
BELE = "belgorod-relocation-offer-2024-01-06"
BELS = "belgorod-shelling-2024-01-06"
KUR = "kurakhove-shelling-2024-01-06"
D3 = "Day 3 (2024-01-06 UTC): 5440, 5441, 5442, 5443."

SEEDS.append(dict(id="5440", name="5440_hebblethwaite-worldatom", ext="xml", source="Hebblethwaite Herald", zone="UTC", render=r_b_atom, offset="Z",
  title="Hebblethwaite Herald \u2014 World", url="https://hebblethwaite.example", lede="The Herald's world desk",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in Z (UTC), no authors; four of six entries off-beat (737 Max 9 grounding, Noto earthquake, Bangladesh election, Golden Globes). " + D3,
  not_entries=["feed title/subtitle/links/id/updated", "<id> and <updated> of each entry"],
  entries=[
  OFF("2024-01-06 21:50", "US regulator grounds some Boeing 737 Max 9 jets after cabin panel blowout",
      ["The US Federal Aviation Administration ordered the temporary grounding of about 170 Boeing 737 Max 9 aircraft for inspection after a cabin panel blew out on an Alaska Airlines flight shortly after take-off from Portland."],
      "faa-737-max-9-grounding", n="Aviation safety."),
  E("2024-01-06 18:35", "Death toll in Pokrovsk missile strike rises to 11",
    ["Eleven people, five of them children, were killed when Russian missiles hit Pokrovsk and a nearby village in Ukraine's Donetsk region, the regional governor said."],
    "strikes", "strikes", 3, POKR),
  OFF("2024-01-06 15:10", "Japan quake: search goes on as toll passes 120",
      ["Rescue teams on Japan's Noto peninsula kept digging through collapsed houses on Saturday as the number of confirmed deaths from the New Year's Day earthquake rose above 120."],
      "noto-earthquake-2024", n="Japan earthquake."),
  E("2024-01-06 12:40", "Belgorod offers to move residents away from the border",
    ["Authorities in Russia's Belgorod region said residents who wanted to leave the city because of repeated Ukrainian attacks would be offered temporary housing elsewhere in the region."],
    "other", "humanitarian", 3, BELE),
  OFF("2024-01-06 09:05", "Bangladesh votes on Sunday as main opposition boycotts",
      ["Bangladesh goes to the polls on Sunday in an election that Prime Minister Sheikh Hasina's Awami League is widely expected to win, with the main opposition party staying away."],
      "bangladesh-election-2024", n="Bangladesh election."),
  OFF("2024-01-06 06:20", "Golden Globes return with new owners",
      ["Hollywood's awards season opens on Sunday with the Golden Globes, the first ceremony since the awards were sold to new owners."],
      "golden-globes-2024", n="Film awards."),
  ]))

SEEDS.append(dict(id="5441", name="5441_ortonscar-hlive", ext="txt", source="Orton Scar Daily", zone="Europe/Brussels", render=r_b_hstamp_live,
  title="War in Ukraine: missiles hit Pokrovs'k, Belgorod offers to rehouse residents \u2013 live", dateline="Saturday 6 January 2024",
  lede="Live coverage from our Brussels desk. Times are Brussels time.",
  notes="Invented outlet (Brussels). Text live blog, newest first; stamps in the francophone '19h05' form on their own line BEFORE the headline; '\u2014 NAME' line after the body gives the author. CET = UTC+1. Spelling \"Pokrovs'k\". Post 02 is a 'Pictured:' teaser without body (importance 1). " + D3,
  not_entries=["masthead and menu", "title and date lines", "lede line ('Times are Brussels time')", "'\u2014 NAME' author lines", "subscription plug", "'See yesterday's live page' and footer"],
  entries=[
  E("2024-01-06 22:30", "Pokrovs'k: toll rises to 11, five children among the dead",
    ["Ukraine's emergency service says 11 people died in Saturday's missile strike on Pokrovs'k and the village of Rivne, including five children."],
    "strikes", "strikes", 3, POKR, a="Sophie Verhaegen"),
  E("2024-01-06 19:05", "Pictured: rescuers search the ruins of a house in Rivne village", [], "strikes", "strikes", 1, POKR, n="Photo teaser without body -> importance 1."),
  E("2024-01-06 17:20", "Belgorod shelled again, one wounded",
    ["A woman was injured when shells hit a residential street in Belgorod on Saturday afternoon, governor Vyacheslav Gladkov said, the third attack on the city this week."],
    "strikes", "strikes", 3, BELS, a="Pieter Claes", n="Same city as the relocation offer, different event: must not merge."),
  E("2024-01-06 15:45", "Kurakhove shelled, two killed",
    ["Two civilians were killed by Russian shelling in Kurakhove, west of Donetsk city, the regional prosecutor's office said."],
    "strikes", "strikes", 3, KUR, a="Pieter Claes", n="Same region as the Pokrovsk strike, different attack: must not merge."),
  E("2024-01-06 13:10", "Missiles hit Pokrovs'k, at least six dead",
    ["Russian S-300 missiles struck homes in Pokrovs'k and the neighbouring village of Rivne in the late morning, killing at least six people, regional governor Vadym Filashkin said."],
    "strikes", "strikes", 3, POKR, a="Sophie Verhaegen"),
  E("2024-01-06 11:40", "Belgorod residents offered relocation",
    ["Belgorod's governor said families living in the districts most exposed to shelling could move to hotels and dormitories in other towns of the region, with the authorities covering the costs."],
    "other", "humanitarian", 3, BELE, a="Pieter Claes"),
  E("2024-01-06 09:15", "Lithuania pledges generators and ammunition in new package",
    ["Lithuania's defence ministry said it would send generators, anti-drone equipment and ammunition to Ukraine in a new package worth around 10 million euros."],
    "aid", "aid", 2, "lithuania-aid-package-2024-01-06", a="Sophie Verhaegen"),
  ]))

SEEDS.append(dict(id="5442", name="5442_swindale-graphlive", ext="html", source="Swindale Observer", zone="Europe/Kyiv", render=r_b_graphlive,
  title="Saturday's war updates: missile strike on Pokrovsk", dateline="Saturday, 6 January 2024", tznote="All times Kyiv (GMT+2)",
  url="https://swindale.example/live/2024-01-06",
  notes="Invented outlet (Kyiv). HTML live blog, OLDEST first. JSON-LD @graph whose page node has @type ['NewsArticle','LiveBlogPosting'] and a single liveBlogUpdate OBJECT (only the latest post), so most posts exist only in the HTML. Visible stamps bare '12:00' in <time datetime> (+02:00); 'All times Kyiv (GMT+2)'. Author line after the body. Post 03 is the day's theme piece (explainer). Post 06 repeats post 05 nearly verbatim (duplicate_of 5442-05). " + D3,
  not_entries=["header and menu", "h1 title", "date line", "'All times Kyiv (GMT+2)'", "author lines", "donation appeal", "footer"],
  entries=[
  E("2024-01-06 10:10", "Russia says it downed 36 drones over Crimea",
    ["Russia's defence ministry said air defences destroyed 36 Ukrainian drones over Crimea and the Black Sea during the night."],
    "strikes", "strikes", 2, "crimea-drones-downed-2024-01-06", a="Mariia Kostenko"),
  E("2024-01-06 12:00", "Missile strike on Pokrovsk: at least two killed",
    ["At least two people were killed after Russian missiles hit a residential area of Pokrovsk in the Donetsk region, local officials reported."],
    "strikes", "strikes", 3, POKR, a="Mariia Kostenko"),
  E("2024-01-06 14:25", "Explainer: why Russia fires S-300 air defence missiles at towns",
    ["The S-300 was designed to shoot down aircraft, but Russia has increasingly used it against targets on the ground because it has large stocks and a short flight time.",
     "Used this way the missile is highly inaccurate, which is one reason strikes with it so often hit homes."],
    "strikes", "strikes", 2, "explainer-s300-ground-attack", a="Denys Horbenko", n="Theme piece (explainer): own story, importance 2; must not merge with the Pokrovsk strike."),
  E("2024-01-06 16:50", "Shelling hits Belgorod residential street",
    ["Shelling damaged houses and cars on a residential street in Belgorod, the Russian region's governor said, adding that one woman was hurt."],
    "strikes", "strikes", 3, BELS, a="Denys Horbenko"),
  E("2024-01-06 18:30", "Pokrovsk strike toll climbs to nine",
    ["Nine people, among them several children, have now been confirmed dead in the Russian missile attack on Pokrovsk and the village of Rivne, Donetsk regional officials said."],
    "strikes", "strikes", 3, POKR, a="Mariia Kostenko"),
  E("2024-01-06 20:15", "Toll in Pokrovsk strike climbs to nine",
    ["Nine people, among them several children, have now been confirmed dead in the Russian missile attack on Pokrovsk and the village of Rivne, Donetsk regional officials said."],
    "strikes", "strikes", 1, POKR, a="Mariia Kostenko", dup="5442-05", n="Near-verbatim repeat of 5442-05 (headline reworded) -> importance 1."),
  ]))

SEEDS.append(dict(id="5443", name="5443_brimham-article", ext="html", source="Brimham Journal", zone="Europe/London", render=r_b_htmlarticle,
  title="Missile strike on Donetsk towns kills children as Belgorod offers residents a way out", byline="Eleanor Pryce", published="2024-01-06 17:55",
  lede="Saturday brought fresh bloodshed on both sides of the border.",
  notes="Invented outlet (London). HTML article with four h2 sections and NewsArticle JSON-LD; one entry per section, stamp null, published = the visible dateline 'Saturday 6 January 2024 \u00b7 17:55 GMT'; page byline as author. Section 04 (Zelensky's air-defence appeal) is an appeal for aid triggered by the strike: its own story. " + D3,
  not_entries=["header and menu", "h1 title", "standfirst", "byline", "dateline", "inline 'Related:' link", "footer"],
  entries=[
  E("2024-01-06 17:55", "Children among the dead in Pokrovsk",
    ["Russian missiles killed at least nine people, five of them children, in Pokrovsk and a nearby village on Saturday, according to Ukrainian officials."],
    "strikes", "strikes", 3, POKR, a="Eleanor Pryce"),
  E("2024-01-06 17:55", "Kurakhove under fire",
    ["Further south, two people died when shells landed in Kurakhove, a town under near-constant bombardment since Russian troops pushed into nearby Marinka."],
    "strikes", "strikes", 3, KUR, a="Eleanor Pryce"),
  E("2024-01-06 17:55", "Belgorod relocation offer",
    ["Across the border, officials in Belgorod offered to rehouse residents of the most exposed districts, a week after the deadliest Ukrainian strike on the city since the war began."],
    "other", "humanitarian", 3, BELE, a="Eleanor Pryce"),
  E("2024-01-06 17:55", "Appeal for air defence",
    ["President Volodymyr Zelensky said the attack showed again why Ukraine needed more air defence systems, and asked partners to speed up promised deliveries."],
    "aid", "aid", 2, "zelensky-air-defence-appeal-2024-01-06", a="Eleanor Pryce", sec=["strikes"],
    n="Appeal for air defence triggered by the strike: its own story (aid), must not merge with the strike."),
  ]))

# ============================================================ emit

BASIS = {
  "r_stuff": "time line '{s}' under the day divider for {d} (no year printed: parse_args); New Zealand NZDT = UTC+13 implied by the outlet",
  "r_newscorp": "post time '{s}' on the page date 'January 8, 2024'; Townsville (Queensland) AEST = UTC+10 implied, no daylight saving",
  "r_oregonian": "no per-section time; the article's 'Published: Jan. 25, 2024, 9:46 a.m.' line (Pacific time, PST = UTC-8, implied)",
  "r_kcstar": "timeline stamp '{s}' (month and day printed, year from the page's Updated line); CST = UTC-6",
  "r_courier": "card stamp '{s}' (full date, 12 h); UK time, GMT = UTC in February",
  "r_hurriyet": "pubDate '{s}' (explicit +0300)",
  "r_arabweekly": "no per-item time; visible date 'Sunday 14/01/2024' plus JSON-LD datePublished 2024-01-14T11:20:00+00:00",
  "r_dailypost": "pubDate '{s}' (explicit +0000); Lagos WAT = UTC+1 for published_local",
  "r_wort": "ticker time '{s}' on the day line 'Mittwoch, 20. März 2024'; Luxembourg CET = UTC+1 implied; <time datetime> and JSON-LD agree",
  "r_gdn": "card stamp '{s}' (day and month, no year: parse_args --date 2024-03-25); Bahrain = UTC+3 implied",
  "r_b_keypoints_live": "stamp '{s}' on the page date {d}; CET = UTC+1",
  "r_b_ldlive": "stamp '{s}' with <time datetime> (+02:00) on {d}; JSON-LD update datePublished agrees",
  "r_b_rss": "pubDate '{s}' (explicit zone)",
  "r_b_atom": "<published> '{s}' (explicit offset)",
  "r_b_textarticle": "no per-section time; the article dateline ({d}, {z}) used for every section",
  "r_b_us_live": "stamp '{s}' on the page date {d}; US Eastern: EST (UTC-5) before 2 a.m., EDT (UTC-4) after the clock change",
  "r_b_posted_after": "stamp line '{s}' after the headline, on the page date {d}; 'All times CET' = UTC+1",
  "r_b_hstamp_live": "stamp '{s}' on the page date {d}; Brussels CET = UTC+1",
  "r_b_graphlive": "stamp '{s}' with <time datetime> (+02:00) on {d}; 'All times Kyiv (GMT+2)'",
  "r_b_htmlarticle": "no per-section time; the visible dateline ({d}, {z}) used for every section; JSON-LD datePublished agrees",
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
                         "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), z=S["zone"]),
                         "author": e["a"],
                         "first_sentence": first_sentence(e["p"][0]) if e["p"] else None,
                         "body_paragraphs": len(e["p"]),
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

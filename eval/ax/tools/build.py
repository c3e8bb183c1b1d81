#!/usr/bin/env python3
"""Builds eval/ax seeds and gold files from one hand-written data table (below).
All news text is invented or paraphrased by the blind tester in his own words; Part B outlets are invented.
Deterministic. Run from the project root: python3 eval/ax/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NO_MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"]
NO_DAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
ABBREV = ("U.S.", "U.N.", "U.K.", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "St.", "No.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None, **kw):
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018\u20ac$\u00a3]|$)', par):
        head = par[:m.end()]
        if any(head.endswith(" " + a) or head == a for a in ABBREV):
            continue
        return head
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space="", dots=False, upper=False):
    hh = d.hour % 12 or 12
    suf = ("a.m." if d.hour < 12 else "p.m.") if dots else ("am" if d.hour < 12 else "pm")
    if upper:
        suf = suf.upper()
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def ptxt(ps, blank=True):
    out = []
    for p in ps:
        out += [p, ""] if blank else [p]
    return out


# ============================================================ Part A renderers (layout imitations; wording is mine)

def r_inquirer(S):  # inquirer.com topic page copied as text; cards: kicker, headline, dek, byline, then "Published Feb. 16, 2024, 3:10 p.m. ET"
    z = S["zone"]
    L = ["Skip to content", "The Philadelphia Inquirer", "Subscribe", "Log In", "Sections",
         "News", "Sports", "Betting", "Business", "Opinion", "Politics", "Entertainment", "Life", "Food", "Health", "Real Estate", "Obituaries", "Jobs",
         "Advertisement", S["title"], "Follow", "Latest"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"Published {AP_MONTHS[d.month - 1]} {d.day}, {d.year}, {ampm(d, space=' ', dots=True)} ET"; stamps.append(st)
        L += [e["kicker"], e["h"]] + e["p"] + [e["byline"], st]
        if i == 2:
            L += ["Advertisement"]
        if i == 4:
            L += ["Sign up for the Inquirer Morning Newsletter", "Get the news you need to start your day", "Your Email Address", "Sign Up"]
    L += ["Load More", "About Us", "News & Info", "Contact Us", "Careers", "Terms of Use", "Privacy Policy",
          "© 2024 The Philadelphia Inquirer, LLC", "Do Not Sell My Personal Information"]
    return "\n".join(L) + "\n", stamps


def r_strib(S):  # startribune.com World section, HTML; byline "By NAME Associated Press", date "APRIL 19, 2024 — 11:02AM"; no zone printed (Central)
    z = S["zone"]
    ld = {"@context": "https://schema.org", "@type": "CollectionPage", "name": "World", "url": "https://www.startribune.com/world/",
          "publisher": {"@type": "NewsMediaOrganization", "name": "Star Tribune"}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', '<title>World news | Star Tribune</title>',
           '<script type="application/ld+json">' + json.dumps(ld) + '</script></head><body>',
           '<div class="skip"><a href="#main">Skip to main content</a></div>',
           '<header class="site-header"><a class="logo" href="/">Star Tribune</a><nav><a href="/local/">Local</a> <a href="/minnesota/">Minnesota</a> '
           '<a href="/business/">Business</a> <a href="/sports/">Sports</a> <a href="/variety/">Variety</a> <a href="/opinion/">Opinion</a> '
           '<a href="/obituaries/">Obituaries</a> <a href="/e-edition/">e-Edition</a></nav><a class="subscribe" href="/subscribe">Subscribe</a> <a href="/login">Log in</a></header>',
           '<main id="main"><h1 class="section-title">World</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{MONTHS[d.month - 1].upper()} {d.day}, {d.year} \u2014 {ampm(d, upper=True)}"; stamps.append(st)
        out.append(f'<div class="article-preview"><h3 class="tease-headline"><a href="/{e["slug"]}/{600358201 + i * 37}/">{esc(e["h"])}</a></h3>')
        out.append(f'<div class="article-byline">{esc(e["byline"])}</div><div class="article-dateline">{st}</div>')
        out += [f'<p class="tease-summary">{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="comments"><a>Comments</a></div></div>' if e.get("comments") else "</div>")
        if i == 2:
            out.append('<div class="ad-slot">Advertisement</div>')
        if i == 5:
            out.append('<aside class="newsletter"><p>Get the Star Tribune headlines in your inbox</p><input type="email" placeholder="Email address"> <button>Sign up</button></aside>')
    out += ['<a class="load-more">Load more stories</a></main>',
            '<footer><p>\u00a9 2024 StarTribune. All rights reserved.</p><a>Terms of Use</a> <a>Privacy Policy</a> <a>Cookie Preferences</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_calgary(S):  # Postmedia WordPress feed (RSS 2.0): pubDate +0000, dc:creator CDATA, two categories, excerpt + content:encoded, media:content
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:media="http://search.yahoo.com/mrss/">',
           '<channel>', f'<title>{esc(S["title"])}</title>',
           '<atom:link href="https://calgaryherald.com/category/news/world/feed" rel="self" type="application/rss+xml" />',
           '<link>https://calgaryherald.com</link>', '<description>World news from Calgary Herald</description>',
           f'<lastBuildDate>{S["build"]}</lastBuildDate>', '<language>en-CA</language>', '<sy:updatePeriod>hourly</sy:updatePeriod>', '<sy:updateFrequency>1</sy:updateFrequency>',
           '<generator>https://wordpress.org/?v=6.4.3</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], z).astimezone(UTC); st = u.strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        excerpt = e["p"][0][:150].rsplit(" ", 1)[0] + " [\u2026]"
        link = f"https://calgaryherald.com/news/world/{e['slug']}"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{link}</link>",
                f"<dc:creator><![CDATA[{e['a']}]]></dc:creator>", f"<pubDate>{st}</pubDate>",
                f"<category><![CDATA[News]]></category>", f"<category><![CDATA[{e.get('cat', 'World')}]]></category>",
                f'<guid isPermaLink="false">https://calgaryherald.com/?p={5261140 + i * 13}</guid>',
                f"<description><![CDATA[<p>{esc(excerpt)}</p>]]></description>",
                "<content:encoded><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></content:encoded>",
                f'<media:content url="https://smartcdn.gprod.postmedia.digital/calgaryherald/wp-content/uploads/2024/03/{e["slug"][:20]}.jpg" medium="image" />',
                "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_echo(S):  # Newsquest (Northern Echo) national-news list copied as text; "By PA News Agency"; "Published: 15th January, 20:10" (no year)
    z = S["zone"]
    L = ["Skip to main content", "The Northern Echo", "Sign In", "Subscribe",
         "News  Sport  Darlington & Stockton Times  What's On  Echo Memories  Business  Jobs  Announcements  Puzzles", "",
         "Menu", "National news", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"Published: {ordinal(d.day)} {MONTHS[d.month - 1]}, {d:%H:%M}"; stamps.append(st)
        L += [e["h"]] + e["p"] + [f"By {e['a']}"] + ([e["role"]] if e.get("role") else []) + [st, f"{e.get('comments', 0)} comments", ""]
        if i == 1:
            L += ["Advertisement", ""]
        if i == 3:
            L += ["Sign up to our daily newsletter", "Get the top stories from across the North East in your inbox", "Sign up", ""]
    L += ["Most read", "", "Contact us  Terms  Privacy  Cookie settings  Advertise",
          "This site is part of Newsquest's audited local and national newspaper network.",
          "The Northern Echo follows the Independent Press Standards Organisation's Editors' Code of Practice."]
    return "\n".join(L) + "\n", stamps


def r_pj(S):  # DC Thomson (Press and Journal) article, HTML: "May 27 2024, 7.00am" dateline; oldest-first timeline, "<strong>8.05am</strong>" before each h2; NewsArticle JSON-LD
    z = S["zone"]; d0 = dt(S["pub"], z); d1 = dt(S["upd"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(), "dateModified": d1.isoformat(),
          "author": [{"@type": "Person", "name": S["byline"]}], "publisher": {"@type": "NewsMediaOrganization", "name": "The Press and Journal"},
          "articleSection": "UK & World"}

    def pjd(d):
        return f"{MONTHS[d.month - 1]} {d.day} {d.year}, {ampm(d, sep='.')}"
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Press and Journal</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="cookie-bar">We use cookies to give you the best experience. <button>Accept</button> <button>Settings</button></div>',
           '<header><a class="logo" href="/">Press and Journal</a><nav><a>News</a> <a>Sport</a> <a>Business</a> <a>Opinion</a> <a>Past Times</a> '
           '<a>Fishing</a> <a>Farming</a> <a>Lifestyle</a> <a>Puzzles</a></nav><a class="btn">Subscribe</a> <a class="btn">Sign in</a></header>',
           '<main><ol class="breadcrumb"><li><a>News</a></li><li><a>UK &amp; World</a></li></ol>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<div class="byline">By <a class="author">{esc(S["byline"])}</a></div>',
           f'<div class="dates"><time datetime="{d0.isoformat()}">{pjd(d0)}</time> <span class="updated">Updated: <time datetime="{d1.isoformat()}">{pjd(d1)}</time></span></div>',
           '<div class="share"><a>Share</a> <a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>Email</a></div>', '<div class="article-body">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        out.append(f"<p><strong>{st}</strong></p>")
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if i == 2:
            out.append('<aside class="read-more"><p>Read more:</p><ul><li><a>Aberdeen charity sends second convoy of generators</a></li></ul></aside>')
    out += ['</div><section class="comments"><h3>Conversation</h3><p>Already a subscriber? Sign in</p></section>',
            '<section class="related"><h3>More from UK &amp; World</h3><a>Ferry disruption continues on Pentland Firth</a></section></main>',
            '<footer>\u00a9 DC Thomson &amp; Co Ltd 2024 \u00b7 Privacy \u00b7 Terms \u00b7 Contact</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_mercury(S):  # News Corp (The Mercury) live coverage, HTML; newest first; "9.20pm" per post, no day headers; some posts without a headline; Key Points box
    z = S["zone"]; d0 = dt(S["first"], z); d1 = dt(S["upd"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"],
          "datePublished": d0.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "dateModified": d1.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "publisher": {"@type": "Organization", "name": "The Mercury"}}

    def md(d):
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year} {ampm(d, sep='.')}"
    out = ['<!DOCTYPE html>', '<html lang="en-AU"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | The Mercury</title>',
           '<script type="application/ld+json">' + json.dumps(ld) + '</script></head><body>',
           '<header class="masthead"><a href="/">The Mercury</a><nav><a>News</a> <a>Sport</a> <a>TasWeekend</a> <a>Talking Point</a> <a>Lifestyle</a> '
           '<a>Property</a> <a>Puzzles</a></nav><a class="subscribe">Subscribe</a> <a class="login">Log In</a></header>',
           '<main><p class="kicker">World</p><span class="live-badge">LIVE</span>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<div class="dates"><span>First published {md(d0)}</span> <span>Updated {md(d1)}</span></div>',
           '<div class="share"><a>Share</a> <a>Facebook</a> <a>X</a> <a>Email</a> <a>Copy link</a></div>',
           '<div class="key-points"><h2>Key Points</h2><ul>']
    out += [f"<li><a>{esc(e['h'])}</a></li>" for e in S["entries"] if e["kp"]]
    out.append('</ul></div><div class="live-posts">')
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        out.append(f'<article class="live-post"><div class="post-meta"><span class="post-time">{st}</span> <span class="post-author">{esc(e["a"])}</span></div>')
        if e["h"]:
            out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</article>")
        if i == 3:
            out.append('<div class="ad">Advertisement</div>')
    out += ['</div><p class="syndication">Originally published as ' + esc(S["title"]) + '</p>',
            '<section class="more"><h3>More Coverage</h3><a>Hobart hosts rally for Ukraine on war anniversary</a></section></main>',
            '<footer>\u00a9 Davies Brothers Pty Ltd. Terms of Use \u00b7 Privacy \u00b7 Contact Us</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_libya(S):  # Drupal tag page (Libya Observer): views rows, "Tue, 20/02/2024 - 19:10"; no bylines; zone not printed (Tripoli)
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en" dir="ltr"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | The Libya Observer</title>',
           '<meta name="Generator" content="Drupal 8 (https://www.drupal.org)"></head><body class="path-taxonomy">',
           '<div id="header"><a href="/" rel="home" class="site-logo">The Libya Observer</a>',
           '<ul class="menu"><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li><li><a href="/economy">Economy</a></li>'
           '<li><a href="/security">Security</a></li><li><a href="/society">Society</a></li><li><a href="/opinion">Opinion</a></li>'
           '<li><a href="/interviews">Interviews</a></li><li><a href="https://libyaobserver.ly/ar">\u0639\u0631\u0628\u064a</a></li></ul></div>',
           '<div class="breadcrumb">You are here <a href="/">Home</a> \u00bb <a href="/tags">Tags</a> \u00bb Russia</div>',
           f'<h1 class="page-title">{esc(S["title"])}</h1>', '<div class="view-content">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%a}, {d:%d/%m/%Y} - {d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="views-row"><div class="views-field views-field-title"><h2 class="field-content"><a href="/news/{e["slug"]}">{esc(e["h"])}</a></h2></div>')
        out.append(f'<div class="views-field views-field-created"><span class="field-content">{st}</span></div>')
        out.append('<div class="views-field views-field-body"><div class="field-content">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "</div></div>")
        out.append(f'<div class="views-field views-field-view-node"><a href="/news/{e["slug"]}">Read more</a></div></div>')
    out += ['</div><nav class="pager"><ul><li class="pager__item is-active">1</li><li><a>2</a></li><li><a>3</a></li><li><a>next \u203a</a></li><li><a>last \u00bb</a></li></ul></nav>',
            '<aside class="sidebar"><h2>Most Read</h2><ul><li><a>Central Bank and Audit Bureau spar over spending figures</a></li>'
            '<li><a>Power cuts return to Tripoli neighbourhoods</a></li></ul><h2>Follow us</h2><a>Facebook</a> <a>Twitter</a> <a>Telegram</a></aside>',
            '<footer><p>\u00a9 2024 The Libya Observer. All Rights Reserved.</p><a>About us</a> | <a>Contact</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_addis(S):  # WordPress Atom feed (Addis Fortune): published/updated in Z, Title Case headlines with &#8217; in CDATA, category terms, summary + content
    z = S["zone"]
    upd = max(dt(e["t"], z) for e in S["entries"]).astimezone(UTC)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0" xml:lang="en-US">',
           f'<title type="text">{esc(S["title"])}</title>', '<subtitle type="text">Independent business weekly from Addis Abeba</subtitle>',
           f'<updated>{upd:%Y-%m-%dT%H:%M:%SZ}</updated>', '<link rel="alternate" type="text/html" href="https://addisfortune.news" />',
           '<id>https://addisfortune.news/feed/atom/</id>', '<link rel="self" type="application/atom+xml" href="https://addisfortune.news/feed/atom/" />',
           '<generator uri="https://wordpress.org/" version="6.5.3">WordPress</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], z).astimezone(UTC); st = f"{u:%Y-%m-%dT%H:%M:%SZ}"; stamps.append(st)
        href = f"https://addisfortune.news/{e['slug']}/"
        title = esc(e["h"]).replace("\u2019", "&#8217;")
        out += ["<entry>", f"<author><name>{esc(e['a'])}</name></author>", f'<title type="html"><![CDATA[{title}]]></title>',
                f'<link rel="alternate" type="text/html" href="{href}" />', f"<id>https://addisfortune.news/?p={90411 + i * 7}</id>",
                f"<updated>{st}</updated>", f"<published>{st}</published>",
                f'<category scheme="https://addisfortune.news" term="{e["cat"]}" />',
                '<summary type="html"><![CDATA[' + esc(e["p"][0][:120].rsplit(" ", 1)[0]).replace("\u2019", "&#8217;") + ' [&#8230;]]]></summary>',
                f'<content type="html" xml:base="{href}"><![CDATA[' + "".join("<p>" + esc(p).replace("\u2019", "&#8217;") + "</p>" for p in e["p"]) + "]]></content>",
                f'<link rel="replies" type="text/html" href="{href}#respond" thr:count="0" />', "<thr:total>0</thr:total>", "</entry>"]
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_cable(S):  # TheCable category page copied as text; "Author | April 6, 2024 4:57 pm"; excerpt; "Read More"; zone not printed (Lagos)
    z = S["zone"]
    L = ["TheCable", "Search", "Newsletter", "Home", "News", "Business", "Sports", "Lifestyle", "Tech", "Opinion", "Features", "TheCable TV", "",
         "Advertisement", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} {ampm(d, space=' ')}"; stamps.append(st)
        L += [e["h"], f"{e['a']} | {st}"] + ptxt(e["p"], blank=False) + ["Read More", ""]
        if i == 3:
            L += ["Advertisement", "Follow us on WhatsApp for breaking news", ""]
    L += ["Load more", "", "About Us  Contact Us  Advertise  Privacy Policy", "Copyright 2024 TheCable. All rights reserved.", "Back to top"]
    return "\n".join(L) + "\n", stamps


def r_nrk(S):  # NRK live page in English with Norwegian chrome: stamp "4. juni 2024 kl. 14.23"; author + role AFTER body; some posts without headline
    z = S["zone"]; d0 = dt(S["pub"], z)
    L = ["Hopp til innhold", "NRK", "Meny", "Søk", "Nyheter  Sport  Kultur  Livsstil  Urix  Distrikt", "", "NRK in English", "DIREKTE", S["title"],
         f"Publisert {d0.day}. {NO_MONTHS[d0.month - 1][:3]}. {d0.year} kl. {d0:%H.%M}", "Del", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day}. {NO_MONTHS[d.month - 1]} {d.year} kl. {d:%H.%M}"; stamps.append(st)
        L += [st] + ([e["h"]] if e["h"] else []) + e["p"] + [e["a"], e["role"], "Del innlegget", ""]
        if i == 2:
            L += ["Les også", S["also"], ""]
    L += ["Vis flere oppdateringer", "", "Les også", "Norway's aid to Ukraine, explained", "",
          "Kontakt NRK  Personvern  Informasjonskapsler  Tilgjengelighet", "Ansvarlig redaktør: kringkastingssjefen"]
    return "\n".join(L) + "\n", stamps


# ============================================================ Part B renderers (invented outlets)

def r_harrowgill(S):  # text live, newest first; "21:05 GMT" line BEFORE headline; Key Points list; "Reporting by" after body
    z = S["zone"]
    L = ["HARROWGILL EXAMINER", "Home | News | World | Business | Sport | Puzzles", "", S["title"], S["dateline"], S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} GMT"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Reporting by {e['a']}", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Show earlier posts", "", "Harrowgill Examiner \u00b7 Terms \u00b7 Privacy \u00b7 Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_fellgarth(S):  # HTML live + LiveBlogPosting JSON-LD (per-update times); <time datetime> HH:MM; byline BEFORE headline; newest first
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{e['pid']}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ds = [dt(e["t"], z) for e in S["entries"]]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": min(ds).isoformat(),
          "dateModified": max(ds).isoformat(), "coverageStartTime": S["cov"], "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} \u2014 Fellgarth Wire</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header><b>Fellgarth Wire</b> <nav><a href="/">Home</a> <a href="/ukraine">Ukraine</a> <a href="/europe">Europe</a> <a href="/support">Support us</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="standfirst">{esc(S["lede"])}</p>', '<p class="tz">All times are Kyiv time (EET, UTC+2).</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="post" id="post-{e["pid"]}"><div class="meta">' + (f'<span class="by">{esc(e["a"])}</span> ' if e["a"] else "")
                   + f'<time datetime="{d.isoformat()}">{st}</time></div><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<div class="share">Share <a>Copy link</a></div></article>')
    out += ["</main>", "<footer>Fellgarth Wire \u00b7 About \u00b7 Corrections \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss(S):  # RSS 2.0 world feed; pubDate with 'GMT' or the outlet's numeric offset; CDATA paragraphs; no authors
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0"><channel>', f"<title>{esc(S['title'])}</title>",
           f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>", "<language>en</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if S["rfc"] == "GMT" else d.strftime("%z")); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/story/{e['slug']}</link>", f"<guid>{S['url']}/story/{e['slug']}</guid>",
                f"<pubDate>{st}</pubDate>", f"<category>{e.get('cat', 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel></rss>"]
    return "\n".join(out) + "\n", stamps


def r_atom(S):  # Atom 1.0; <published> with the outlet's offset (or Z); escaped HTML content; optional author per entry; newest first
    z = S["zone"]
    ds = [dt(e["t"], z) for e in S["entries"]]
    fmt = (lambda d: d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")) if S.get("zulu") else (lambda d: d.isoformat())
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           f'<link href="{S["url"]}"/>', f"<id>{S['url']}/feed</id>", f"<updated>{fmt(max(ds))}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = fmt(d); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="{S["url"]}/a/{e["slug"]}"/>', f"<id>{S['url']}/a/{e['slug']}</id>",
                f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        if e["p"]:
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_textarticle(S):  # text article: title, byline, dateline with time and zone, lede, section headings; one entry per section; stamp null
    L = [S["source"].upper(), S["crumb"], "", S["title"], "", f"By {S['byline']}", S["dateline"], "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Share this article", "Related: " + S["more"], "", S["foot"]]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_htmlarticle(S):  # HTML article with NewsArticle JSON-LD; h2 sections; dateline "1 February 2024 · 18:30 CET"; one entry per section
    z = S["zone"]; d0 = dt(S["pub"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(),
          "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": S["source"]}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<header>{S["source"]} <nav><a>Europe</a> <a>World</a> <a>Ukraine</a> <a>Opinion</a></nav></header>',
           f"<main><article><h1>{esc(S['title'])}</h1>", f'<p class="byline">By {esc(S["byline"])}</p>',
           f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="lede"><em>{esc(S["lede"])}</em></p>']
    for e in S["entries"]:
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
    out += [f'<aside class="related"><h3>Related</h3><a>{esc(S["more"])}</a></aside></article></main>',
            f"<footer>{S['source']} \u00b7 Imprint \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_tarnbeck(S):  # text bulletin page, OLDEST first; date line without year; bare "07:00" bulletin line BEFORE headline; no authors
    z = S["zone"]
    L = ["Tarnbeck Radio", "Listen live | Schedule | News | Travel | Weather", "", S["title"], S["dateline"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"]] + ptxt(e["p"], blank=False) + [""]
        if i == 1:
            L += ["Tarnbeck Radio traffic and travel: every 20 minutes at peak times", ""]
    L += ["Listen again on the Tarnbeck Radio app", "Tarnbeck Radio \u00b7 Contact the newsroom \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_lanercost(S):  # text live, OLDEST first; date lines WITH year (a new one after local midnight); bare "07:20" BEFORE headline; Key Points; "Posted by"
    z = S["zone"]
    L = ["LANERCOST JOURNAL", "News  Ukraine  Europe  Analysis  Newsletters", "", S["title"], S["lede"], "All times are Kyiv time (EEST)", "",
         "Key Points"] + ["- " + e["h"] for e in S["entries"] if e["kp"]] + [""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        day = f"{DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}"
        if day != cur:
            cur = day; L += [day, ""]
        st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"]) + [f"Posted by {e['a']}", ""]
        if i == 3:
            L += ["Lanercost Journal is reader-funded. Become a supporter", ""]
    L += ["That's all from us for tonight.", "Lanercost Journal \u00b7 About \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_threlkeld(S):  # HTML live; JSON-LD @graph with @type array and no update list; visible "9.50pm" in <time datetime>; newest first; signature after body
    z = S["zone"]; ds = [dt(e["t"], z) for e in S["entries"]]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": "https://threlkeldpost.example/#org", "name": "Threlkeld Post"},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": min(ds).isoformat(),
         "dateModified": max(ds).isoformat(), "coverageStartTime": min(ds).isoformat(), "publisher": {"@id": "https://threlkeldpost.example/#org"}}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header>Threlkeld Post <nav><a>UK</a> <a>World</a> <a>Ukraine war</a> <a>Newsletters</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="date">{esc(S["dateline"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        out.append(f'<div class="block"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">{esc(e["a"])}</p>')
        out.append("</div>")
    out += ['<div class="promo">Get the Threlkeld Post morning briefing</div></main><footer>Threlkeld Post \u00b7 Privacy \u00b7 Terms</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ============================================================ PART A: ten real outlets' layouts (own words throughout)
SEEDS = []

SEEDS.append(dict(id="5100", name="5100_inquirer-topic", ext="txt", source="The Philadelphia Inquirer", zone="America/New_York", render=r_inquirer,
  title="Russia-Ukraine war",
  notes="Imitates an inquirer.com topic page copied as plain text (no blank lines between blocks). Newest first. Each card: a kicker ('World', 'Philly', 'Politics', 'Transportation'), the headline, a one-paragraph dek, a byline line ('by NAME, Associated Press', 'by NAME'), and only THEN the stamp 'Published Feb. 16, 2024, 3:10 p.m. ET' (AP-style abbreviated month, a.m./p.m. with dots, explicit ET = EST, UTC-5). The stamp closes the card, so it belongs to the headline ABOVE it. The dek is the whole body (1 paragraph). Author = the person's name; the ', Associated Press' credit is not part of it. One dek contains 'Feb. 24' mid-sentence (abbreviation, not a sentence end).",
  not_entries=["'Skip to content', masthead, 'Subscribe', 'Log In', 'Sections' and the 17-item section menu", "'Advertisement' (twice)", "topic title 'Russia-Ukraine war', 'Follow', 'Latest'",
               "kicker lines above each headline ('World', 'Philly', 'Politics', 'Transportation')", "byline lines (they give the author, they are not entries)",
               "newsletter box 'Sign up for the Inquirer Morning Newsletter' / 'Get the news you need to start your day' / 'Your Email Address' / 'Sign Up'",
               "'Load More'", "footer links, copyright and 'Do Not Sell My Personal Information'"],
  entries=[
  E("2024-02-16 18:20", "Alexei Navalny, Putin's fiercest critic, dies in Arctic penal colony, Russia says",
    ["Russian prison officials said the opposition leader collapsed after a walk and could not be revived, and leaders gathered in Munich were quick to hold the Kremlin responsible."],
    "other", "politics", 2, "navalny-death-2024-02-16", a="Irina Voskresenskaya", kicker="World", byline="by Irina Voskresenskaya, Associated Press",
    n="Russian domestic politics, not a war development as such: other/politics, importance 2."),
  E("2024-02-16 15:10", "Zelenskyy secures 10-year security pacts from Germany and France",
    ["The agreements signed in Berlin and Paris promise years of weapons, training and money for Kyiv, though neither amounts to the NATO membership Ukraine still wants."],
    "diplomacy", "diplomacy", 3, "ukraine-security-pacts-germany-france", a="Karin Oldenburg", sec=["aid"], kicker="World", byline="by Karin Oldenburg, Associated Press",
    n="Head-of-state treaties; aid is the content, diplomacy (signing) leads."),
  E("2024-02-16 12:25", "Ukrainian troops fall back to new positions inside besieged Avdiivka",
    ["A Ukrainian general in charge of the sector said some units had pulled back to prepared lines as Russian assault groups pressed into the town from the north and south."],
    "other", "frontline", 2, "avdiivka-battle-2024-02-16", a="Oleksandr Hrytsenko", kicker="World", byline="by Oleksandr Hrytsenko, Associated Press"),
  E("2024-02-16 10:05", "Ukrainian families in the Northeast plan a vigil as the war nears its third year",
    ["Organizers at a Somerton church expect several hundred people on Feb. 24 and will collect medical supplies for hospitals in western Ukraine."],
    "other", "humanitarian", 2, "philadelphia-ukrainian-vigil", a="Maya Kessler", sec=["aid"], kicker="Philly", byline="by Maya Kessler",
    n="Local community angle; first sentence contains 'Feb. 24'."),
  E("2024-02-16 08:40", "Russian missiles target Kyiv and Lviv overnight; most are shot down, Ukraine says",
    ["Debris from intercepted missiles damaged a warehouse outside Lviv and injured two people in the capital, regional officials said."],
    "strikes", "strikes", 2, "russian-missiles-kyiv-lviv-2024-02-16", a="Oleksandr Hrytsenko", kicker="World", byline="by Oleksandr Hrytsenko, Associated Press"),
  OFF("2024-02-16 07:30", "SEPTA to study overnight service on the Broad Street Line",
      ["The transit agency's board agreed to pay for a six-month review of whether trains could run through the night on weekends."],
      "septa-overnight-service-study", a="Jared Finnegan", n="Philadelphia transit.", kicker="Transportation", byline="by Jared Finnegan"),
  E("2024-02-16 06:15", "House Republicans head home without a vote on Ukraine aid",
    ["The $95 billion package the Senate approved this week remains stuck as Speaker Mike Johnson says border measures must come first."],
    "aid", "aid", 2, "us-congress-ukraine-aid-2024-02", a="Tom Delancey", kicker="Politics", byline="by Tom Delancey, Associated Press"),
  ]))

SEEDS.append(dict(id="5101", name="5101_startribune-world", ext="html", source="Star Tribune", zone="America/Chicago", render=r_strib,
  title="World",
  notes="Imitates the startribune.com World section in HTML. Newest first. Each card: h3 headline, byline 'By NAME Associated Press' (no comma, agency appended), date 'APRIL 19, 2024 \u2014 11:02AM' (upper-case month, em dash, AM/PM glued), one or two teaser paragraphs. No zone is printed anywhere: Minneapolis time (CDT, UTC-5) is implied by the outlet. The two oldest cards are dated APRIL 18 local but fall on 19 April in UTC (9:40PM and 7:05PM CDT). The CollectionPage JSON-LD carries no dates. Author = the person's name (agency credit dropped).",
  not_entries=["'Skip to main content'", "header logo, section menu, 'Subscribe', 'Log in'", "section heading 'World' (page title)", "byline lines",
               "'Comments' links", "'Advertisement'", "newsletter box", "'Load more stories'", "footer"],
  entries=[
  E("2024-04-19 17:20", "Ukraine says it brought down a Russian strategic bomber for the first time",
    ["Ukraine's air force said a Soviet-era air defense system hit a Tu-22M3 bomber that had just launched missiles, while Russia's Defense Ministry blamed a technical fault for the crash in the Stavropol region.",
     "One crew member died and two were rescued, according to the regional governor."],
    "strikes", "strikes", 3, "tu22m3-bomber-downed-2024-04-19", a="Viktor Semeniuk", byline="By Viktor Semeniuk Associated Press", slug="ukraine-russia-bomber-shot-down", comments=True),
  OFF("2024-04-19 13:45", "Iran plays down explosions near Isfahan as Israel stays silent",
      ["Iranian state media said air defenses fired at small drones near a military base and that no damage was done."],
      "iran-isfahan-explosions-2024-04-19", a="Leila Haddadi", n="Middle East, not about the war.", byline="By Leila Haddadi Associated Press", slug="iran-isfahan-explosions"),
  E("2024-04-19 12:40", "Minnesota's House members split as Ukraine aid clears key hurdle",
    ["Six of the state's eight U.S. House members voted to advance the long-delayed foreign aid bills, setting up final votes on Saturday.",
     "Two Republicans from greater Minnesota voted no, saying the money should stay at home."],
    "aid", "aid", 2, "us-house-ukraine-aid-procedural-vote", a="Rolf Anderberg", byline="By Rolf Anderberg Star Tribune", slug="minnesota-house-ukraine-aid-vote", comments=True,
    n="Local delegation angle on the procedural vote; 'U.S. House' mid-sentence."),
  E("2024-04-19 11:02", "Russian missiles kill 8 in Dnipro region, including two children",
    ["A morning barrage struck a railway station and apartment blocks in the city of Dnipro and the nearby town of Synelnykove, regional officials said, injuring at least 25 people."],
    "strikes", "strikes", 3, "dnipro-region-missile-strike-2024-04-19", a="Viktor Semeniuk", byline="By Viktor Semeniuk Associated Press", slug="russia-missiles-dnipro-region",
    n="Different attack from the bomber shoot-down: must not merge."),
  E("2024-04-19 09:30", "G7 diplomats vow to strengthen Ukraine's air defenses",
    ["Foreign ministers meeting on the Italian island of Capri said they would step up deliveries of air-defense systems to Kyiv and keep pressure on Russia's economy."],
    "aid", "aid", 3, "g7-capri-air-defense-pledge", a="Paola Ferrante", sec=["diplomacy"], byline="By Paola Ferrante Associated Press", slug="g7-capri-ukraine-air-defense",
    n="Ministerial pledge of air defence -> aid primary."),
  E("2024-04-19 07:15", "Zelenskyy to press NATO allies for Patriot systems at emergency meeting",
    ["Ukraine's president will join NATO-Ukraine Council talks by video on Friday to ask for more of the U.S.-made air defense systems."],
    "diplomacy", "diplomacy", 2, "nato-ukraine-council-patriots-2024-04-19", a="Viktor Semeniuk", sec=["aid"], byline="By Viktor Semeniuk Associated Press", slug="zelenskyy-nato-patriots"),
  E("2024-04-18 21:40", "Russian shelling damages water plant in Kherson",
    ["Artillery fire hit a water treatment facility in Kherson on Thursday evening, leaving parts of the city without running water, the regional administration said."],
    "strikes", "strikes", 2, "kherson-water-plant-shelling-2024-04-18", a="Viktor Semeniuk", byline="By Viktor Semeniuk Associated Press", slug="kherson-water-plant-shelling",
    n="Printed local date April 18, UTC 2024-04-19 02:40."),
  OFF("2024-04-18 19:05", "Indonesian volcano erupts again, forcing more evacuations",
      ["Authorities widened the exclusion zone around Mount Ruang in North Sulawesi after a new eruption sent ash several kilometers into the sky."],
      "ruang-volcano-eruption", a="Dewi Santoso", n="natural disaster in Indonesia.", byline="By Dewi Santoso Associated Press", slug="indonesia-ruang-volcano"),
  ]))

SEEDS.append(dict(id="5102", name="5102_calgaryherald-feed", ext="xml", source="Calgary Herald", zone="America/Edmonton", render=r_calgary,
  title="World | Calgary Herald", build="Sat, 30 Mar 2024 04:12:09 +0000",
  notes="Imitates the Postmedia WordPress category feed of the Calgary Herald (RSS 2.0). pubDates are in +0000 (UTC); page_timezone is Calgary's (MDT, UTC-6, DST began 10 March) for published_local. dc:creator in CDATA is the author (agency names 'Reuters', 'Bloomberg News', 'The Canadian Press' or a staff name). Each item has a truncated <description> excerpt ending in ' [\u2026]' and the full text in content:encoded; body counts the content:encoded paragraphs. The oldest item (02:15 UTC) is 28 March in Calgary. Newest first.",
  not_entries=["channel title/link/description/lastBuildDate/generator/syndication tags", "the truncated <description> excerpts (duplicate the first paragraph)",
               "<category>, <guid> and <media:content> values"],
  entries=[
  E("2024-03-29 16:10", "Canada to ship surplus rocket motors to Ukraine for drone program",
    ["Defence Minister Bill Blair said the first of thousands of decommissioned CRV7 rocket motors will leave Canada within weeks, to be refitted by a Ukrainian contractor as propulsion for long-range drones.",
     "Ottawa had been paying to store the motors, which were withdrawn from service years ago."],
    "aid", "aid", 2, "canada-crv7-rocket-motors", a="The Canadian Press", slug="canada-crv7-rocket-motors-ukraine"),
  E("2024-03-29 12:45", "Russia pounds Ukraine's power plants in largest attack on energy system",
    ["Russia fired dozens of missiles and drones at Ukraine's power stations overnight and into Friday morning, knocking out generating units in the west and centre of the country, the energy ministry said.",
     "The country's largest private energy company said three of its thermal plants were badly damaged.",
     "One person died in the Dnipropetrovsk region, officials said."],
    "strikes", "strikes", 3, "energy-grid-attack-2024-03-29", a="Reuters", slug="russia-strikes-ukraine-power-plants"),
  E("2024-03-29 10:20", "Poland scrambles jets as Russian missiles target western Ukraine",
    ["Poland's operational command said it put fighter jets in the air and raised readiness of ground-based air defences during the Russian attack on western Ukraine.",
     "It said no missile had entered Polish airspace this time."],
    "other", "security", 2, "poland-scrambles-jets-2024-03-29", a="Reuters", slug="poland-scrambles-jets",
    n="Posture of a non-party, not an engagement: other/security, separate story from the energy attack."),
  E("2024-03-29 07:05", "Calgary's Ukrainian newcomers race March 31 deadline for emergency travel program",
    ["Settlement agencies in Calgary say dozens of Ukrainians approved under the federal emergency travel program are scrambling to land in Canada before the arrival window closes on Sunday.",
     "Those who miss it will have to apply through regular immigration streams."],
    "other", "humanitarian", 2, "cuaet-arrival-deadline", a="Marnie Oakwood", slug="calgary-ukrainians-cuaet-deadline", cat="Local News"),
  E("2024-03-29 04:30", "Zelenskyy says Ukraine could be forced to retreat without U.S. aid",
    ["Ukraine's president warned that his troops would have to pull back in small steps if American military aid stayed blocked in Congress, because they would run short of shells and air-defence missiles."],
    "aid", "aid", 2, "zelensky-warns-retreat-without-us-aid", a="Bloomberg News", slug="zelenskyy-retreat-us-aid",
    n="First sentence has 'U.S.' only in the headline; body uses 'American'."),
  OFF("2024-03-29 01:40", "Calgary Stampede unveils 2024 poster",
      ["The Stampede revealed this year's poster, a painting of a chuckwagon race at dusk by a southern Alberta artist."],
      "calgary-stampede-poster", a="Calgary Herald", n="local culture.", slug="stampede-2024-poster", cat="Local News"),
  E("2024-03-28 20:15", "Russia claims capture of village west of Avdiivka",
    ["Moscow's defence ministry announced the capture of one more Donetsk region village as its troops push west from Avdiivka, which Ukrainian forces abandoned last month.",
     "Ukraine's military said fighting in the area continued."],
    "other", "frontline", 2, "russia-claims-village-west-of-avdiivka", a="Reuters", slug="russia-claims-village-avdiivka",
    n="28 March in Calgary, 29 March 02:15 UTC."),
  ]))

SEEDS.append(dict(id="5103", name="5103_northernecho-national", ext="txt", source="The Northern Echo", zone="Europe/London", render=r_echo,
  title="National news", parse_args=["--date", "2024-01-15"],
  notes="Imitates a Newsquest (Northern Echo) news list copied as plain text. Newest first. Each item: headline, one summary paragraph, a byline ('By PA News Agency' or a local reporter with a role line), then 'Published: 15th January, 20:10' (ordinal day, month, 24 h time, NO YEAR anywhere on the page: parse_args --date 2024-01-15), and a comment count. UK time, GMT = UTC in January. Agency credit 'PA News Agency' is the author where no person is named.",
  not_entries=["'Skip to main content', masthead, 'Sign In', 'Subscribe', section menu, 'Menu'", "section title 'National news'", "byline and role lines",
               "'N comments' lines", "'Advertisement'", "newsletter box (three lines)", "'Most read'", "footer lines incl. the network and editors' code lines"],
  entries=[
  E("2024-01-15 20:10", "Ukraine says it destroyed Russian spy plane and command aircraft over Sea of Azov",
    ["Ukraine's military chief said his forces brought down an A-50 airborne early warning plane and damaged an Il-22 command aircraft on Sunday evening, a claim Moscow has not addressed."],
    "strikes", "strikes", 3, "a50-il22-aircraft-downed-2024-01-14", a="PA News Agency", comments=14),
  E("2024-01-15 17:35", "Switzerland agrees to host peace summit after Zelensky visit",
    ["Swiss President Viola Amherd said her country would organise a high-level meeting on Ukraine's peace plan after talks with Volodymyr Zelensky in Bern."],
    "diplomacy", "diplomacy", 3, "swiss-peace-summit-agreed", a="PA News Agency", comments=3),
  E("2024-01-15 15:47", "Darlington volunteers wave off ambulances bound for Ukraine",
    ["Three refitted ambulances packed with medical kit left a depot on the edge of Darlington on Monday, the latest convoy organised by a group of local volunteers since 2022."],
    "aid", "aid", 2, "darlington-ambulances-for-ukraine", a="Ellen Thorburn", role="Reporter", comments=6,
    n="Humanitarian support sent to Ukraine -> aid."),
  E("2024-01-15 13:20", "Defence Secretary warns UK must prepare for a more dangerous world",
    ["Grant Shapps said Britain had moved from a post-war to a pre-war era and that allies should expect threats from Russia, China, Iran and North Korea within five years."],
    "other", "security", 2, "shapps-defence-speech-2024-01-15", a="PA News Agency", comments=41),
  E("2024-01-15 11:05", "Overnight shelling damages homes in Kharkiv region",
    ["Russian artillery and guided bombs struck villages near Kupiansk overnight, wounding three people and damaging more than 20 houses, the regional governor said."],
    "strikes", "strikes", 2, "kharkiv-region-shelling-2024-01-15", a="PA News Agency"),
  OFF("2024-01-15 09:30", "Yellow warnings for snow and ice across the North East",
      ["Forecasters expect up to 10cm of snow on higher ground in County Durham and North Yorkshire on Tuesday night."],
      "north-east-snow-warning", a="Sam Pryor", n="local weather.", role="Weather reporter"),
  ]))

SEEDS.append(dict(id="5104", name="5104_pressandjournal-timeline", ext="html", source="The Press and Journal", zone="Europe/London", render=r_pj,
  title="Ukraine war: Zelensky signs Spanish deal as Kharkiv counts cost of weekend strike", byline="Iain Carrick",
  pub="2024-05-27 07:00", upd="2024-05-27 21:32",
  lede="How Monday unfolded, from Kharkiv to Madrid and the Moray coast.",
  notes="Imitates a DC Thomson (Press and Journal) article in HTML: dateline 'May 27 2024, 7.00am' and 'Updated: May 27 2024, 9.32pm' (no comma after the day, dot in the time), one page byline, NewsArticle JSON-LD. The body is a timeline OLDEST FIRST: a bold '8.05am' paragraph before each h2 headline, then the text. UK time (BST, UTC+1). The page byline is every entry's author.",
  not_entries=["cookie bar", "header, menu, 'Subscribe', 'Sign in'", "breadcrumb 'News / UK & World'", "standfirst 'How Monday unfolded ...'", "byline and the two date lines",
               "share links", "'Read more:' box with one local link", "'Conversation' / 'Already a subscriber? Sign in'", "'More from UK & World' with one link", "footer"],
  entries=[
  E("2024-05-27 08:05", "Kharkiv hypermarket strike toll rises to 18",
    ["Rescuers in Kharkiv recovered more bodies overnight from the burnt-out DIY hypermarket hit by two guided bombs on Saturday, bringing the number of dead to 18, the regional governor said.",
     "Several people are still listed as missing."],
    "strikes", "strikes", 3, "kharkiv-hypermarket-strike-2024-05-25", a="Iain Carrick"),
  E("2024-05-27 10:20", "Zelensky in Madrid to sign security agreement with Spain",
    ["Volodymyr Zelensky and Pedro S\u00e1nchez signed a ten-year security agreement in Madrid, with Spain committing \u20ac1 billion in military aid this year.",
     "Spain said the package would include more missiles for the Patriot systems it has already sent."],
    "diplomacy", "diplomacy", 3, "spain-ukraine-security-agreement", a="Iain Carrick", sec=["aid"]),
  E("2024-05-27 12:40", "Lossiemouth patrol aircraft shadow Russian submarine",
    ["RAF Poseidon aircraft from Lossiemouth tracked a Russian submarine as it passed through the North Sea over the weekend, the Ministry of Defence said.",
     "The aircraft worked with a Royal Navy frigate until the vessel left the UK's area of interest."],
    "other", "security", 2, "lossiemouth-poseidon-submarine-tracking", a="Iain Carrick"),
  E("2024-05-27 14:15", "Stoltenberg: allies should let Kyiv strike military targets inside Russia",
    ["Nato's secretary general said members should reconsider limits on using Western weapons against targets on Russian soil, especially with fighting near Kharkiv so close to the border."],
    "diplomacy", "diplomacy", 2, "stoltenberg-weapons-restrictions-remarks", a="Iain Carrick", sec=["aid"]),
  E("2024-05-27 16:30", "Aberdeen extends payments to households hosting Ukrainians",
    ["Aberdeen City Council will keep paying \u00a3350 a month to residents who host Ukrainian refugees until at least next spring, councillors agreed."],
    "other", "humanitarian", 2, "aberdeen-host-payments-extended", a="Iain Carrick"),
  E("2024-05-27 19:10", "Moscow says troops captured village in Donetsk region",
    ["The Russian military claimed a village north-west of Avdiivka; Ukraine's army did not comment on the claim."],
    "other", "frontline", 2, "russia-claims-village-donetsk-2024-05-27", a="Iain Carrick"),
  E("2024-05-27 21:15", "Fresh strike on Kharkiv damages power lines",
    ["A Russian missile hit the outskirts of Kharkiv on Monday evening, damaging power lines and injuring one man, officials said."],
    "strikes", "strikes", 2, "kharkiv-evening-strike-2024-05-27", a="Iain Carrick", n="Different attack from the weekend hypermarket strike: must not merge."),
  ]))

SEEDS.append(dict(id="5105", name="5105_themercury-live", ext="html", source="The Mercury", zone="Australia/Hobart", render=r_mercury,
  title="Russia-Ukraine war live: Missile lands near Zelenskyy and Greek PM in Odesa", first="2024-03-06 13:30", upd="2024-03-07 10:25",
  lede="Follow the latest from the war in Ukraine.",
  notes="Imitates a News Corp live-coverage page of The Mercury (Hobart) in HTML. Newest first; each post has only a bare '9.20pm' time and an author, with NO day headers; the page prints 'First published March 6, 2024 1.30pm' and 'Updated March 7, 2024 10.25am'. Times are Hobart time (AEDT, UTC+11; no zone printed), so the posts from 10.25am back to 12.30am are 7 March local and from 11.40pm back are 6 March local (midnight crossing inferred from the order); all are 6 March in UTC. Three posts have no headline (headline null, the body's first sentence is first_sentence). A Key Points box lists two post headlines (key_point true). JSON-LD gives only page dates. 'Originally published as ...' is syndication chrome.",
  not_entries=["masthead and menu, 'Subscribe', 'Log In'", "kicker 'World' and 'LIVE' badge", "standfirst 'Follow the latest from the war in Ukraine.'", "'First published' / 'Updated' line",
               "share links", "'Key Points' heading and its two list items (they point at posts)", "'Advertisement'", "'Originally published as ...'", "'More Coverage' with one link", "footer"],
  entries=[
  E("2024-03-07 10:25", None,
    ["Greek Prime Minister Kyriakos Mitsotakis has told reporters he heard a loud explosion moments after his motorcade left the port area of Odesa with Mr Zelenskyy.",
     "He said it showed what Ukrainians live with every day."],
    "strikes", "strikes", 3, "odesa-strike-zelensky-mitsotakis-visit", a="Lauren Pike", n="No headline."),
  E("2024-03-07 08:50", "Wong flags new sanctions over Navalny death",
    ["Foreign Minister Penny Wong says Australia is preparing further sanctions on Russian officials linked to the imprisonment of Alexei Navalny."],
    "diplomacy", "diplomacy", 2, "australia-sanctions-navalny", a="Tom Harrington"),
  E("2024-03-07 06:15", "Swedish PM heads to Washington to complete NATO entry",
    ["Ulf Kristersson is flying to Washington, where Sweden's formal accession documents will be handed over, making it NATO's 32nd member."],
    "diplomacy", "diplomacy", 3, "sweden-nato-accession", a="Tom Harrington"),
  E("2024-03-07 00:30", "Odesa death toll rises to five",
    ["Ukraine's navy says five people were killed when the missile struck the port, and several more were injured."],
    "strikes", "strikes", 3, "odesa-strike-zelensky-mitsotakis-visit", a="Lauren Pike", kp=True,
    n="00:30 on 7 March local = 13:30 UTC 6 March; the next post down (11.40pm) is 6 March local."),
  E("2024-03-06 23:40", None,
    ["A spokesman for Ukraine's navy said the missile was aimed at port infrastructure and struck a hangar a few hundred metres from where the two leaders had been.",
     "Russia's defence ministry said it had hit a hangar where Ukraine was preparing naval drones."],
    "strikes", "strikes", 3, "odesa-strike-zelensky-mitsotakis-visit", a="Lauren Pike", n="No headline."),
  E("2024-03-06 21:20", "Missile strikes Odesa during Zelenskyy visit with Greek leader",
    ["A Russian missile hit the port of Odesa while President Volodymyr Zelenskyy was showing the visiting Greek Prime Minister around the city, Ukrainian officials say.",
     "Neither leader was hurt."],
    "strikes", "strikes", 3, "odesa-strike-zelensky-mitsotakis-visit", a="Lauren Pike", kp=True),
  E("2024-03-06 16:05", "Drones hit Kharkiv overnight, damaging homes",
    ["Shahed drones struck residential streets in Kharkiv overnight, wounding two people and setting several houses on fire, the mayor says."],
    "strikes", "strikes", 2, "kharkiv-drone-attack-2024-03-06", a="Tom Harrington", n="Separate attack: must not merge with Odesa."),
  E("2024-03-06 13:30", None,
    ["Russia's defence ministry says its troops have taken another village west of Avdiivka, which we have not been able to verify."],
    "other", "frontline", 2, "russia-claims-village-west-of-avdiivka-2024-03-06", a="Tom Harrington", n="No headline; oldest post."),
  ]))

SEEDS.append(dict(id="5106", name="5106_libyaobserver-tag", ext="html", source="Libya Observer", zone="Africa/Tripoli", render=r_libya,
  title="Russia",
  notes="Imitates a Drupal tag page ('Russia') of the Libya Observer in HTML: views rows with an h2 title link, a created date 'Tue, 20/02/2024 - 19:10' (day/month/year, 24 h), the body, 'Read more'. No bylines (author null). No zone printed: Libya time (EET, UTC+2, no DST) implied by the outlet. Newest first; the newest row is dated Wed, 21/02/2024 00:50 local, which is still 20 February in UTC. The Libyan items about Russia's own military footprint are not about the war and count as off-beat.",
  not_entries=["header logo and menu (incl. the Arabic-language link)", "breadcrumb 'You are here Home \u00bb Tags \u00bb Russia'", "tag title 'Russia'", "'Read more' links",
               "pager", "sidebar 'Most Read' with two Libyan links and 'Follow us' links", "footer"],
  entries=[
  E("2024-02-21 00:50", "Ukrainian embassy to resume consular work in Tripoli next month",
    ["Ukraine's foreign ministry said its embassy in Tripoli would reopen its consular section in March, two years after staff were withdrawn when the full-scale war began.",
     "The chargé d'affaires said Ukrainian citizens working in Libya's oil sector had been travelling to Tunis for passports."],
    "diplomacy", "diplomacy", 2, "ukraine-embassy-tripoli-consular", slug="ukrainian-embassy-resume-consular-work-tripoli",
    n="Local 21/02 00:50 = UTC 20 February 22:50."),
  E("2024-02-20 19:10", "Dbeibah receives Ukrainian delegation, discusses wheat supplies",
    ["The Prime Minister of the Government of National Unity, Abdulhamid Dbeibah, received a Ukrainian delegation led by a deputy foreign minister in Tripoli on Tuesday.",
     "The two sides discussed increasing Ukrainian wheat deliveries to Libya and the return of Ukrainian companies to stalled construction projects."],
    "diplomacy", "diplomacy", 2, "dbeibah-ukrainian-delegation", slug="dbeibah-receives-ukrainian-delegation"),
  OFF("2024-02-20 16:35", "Report: Russian military cargo flights to eastern Libya increase",
      ["A monitoring group said it had tracked at least eleven Russian military transport flights landing at Al-Khadim air base since the start of February.",
       "It linked the flights to the reorganisation of Wagner's former units in Africa under Russian defence ministry control."],
      "russian-flights-eastern-libya", n="Russia's military presence in Libya, not about the war in Ukraine.", slug="report-russian-military-cargo-flights-eastern-libya"),
  E("2024-02-20 13:44", "Libyan students in Ukraine ask government to pay delayed grants",
    ["Libyan students who stayed at Ukrainian universities after 2022 say their scholarship payments have not arrived for five months.",
     "The Ministry of Higher Education said the transfers had been held up by banking restrictions linked to the war."],
    "other", "humanitarian", 2, "libyan-students-ukraine-grants", slug="libyan-students-ukraine-delayed-grants"),
  E("2024-02-20 11:20", "Ukraine says it downed 23 of 31 Russian drones overnight",
    ["Ukraine's air force said it destroyed 23 attack drones launched by Russia overnight, mostly over the Kharkiv, Poltava and Odesa regions.",
     "Falling debris damaged a grain warehouse in the Odesa region."],
    "strikes", "strikes", 2, "russian-drone-attack-2024-02-20", slug="ukraine-downs-23-russian-drones"),
  E("2024-02-20 09:05", "Flour prices climb in Tripoli as Black Sea wheat costs rise",
    ["Bakers in Tripoli say the price of a 50 kg sack of flour has gone up by a fifth since December, as traders pay more for wheat shipped from Black Sea ports under threat of attack."],
    "other", "humanitarian", 2, "tripoli-flour-prices-black-sea", slug="flour-prices-climb-tripoli",
    n="War-driven food price effect in Libya: not off-beat."),
  OFF("2024-02-20 07:15", "Derna reconstruction fund opens bids for new bridges",
      ["The fund set up to rebuild Derna after last September's floods has invited bids for two road bridges over the wadi that splits the city."],
      "derna-reconstruction-bridges", n="Libyan reconstruction after the floods.", slug="derna-reconstruction-fund-bridges"),
  ]))

SEEDS.append(dict(id="5107", name="5107_addisfortune-atom", ext="xml", source="Addis Fortune", zone="Africa/Addis_Ababa", render=r_addis,
  title="Addis Fortune",
  notes="Imitates the WordPress Atom feed of Addis Fortune. Newest first. <published> is in UTC ('Z'); page_timezone is Addis Ababa's (EAT, UTC+3) for published_local. Title Case headlines; apostrophes are written as the entity &#8217; inside CDATA of type='html' titles and content, so the decoded headline has U+2019. Each entry has an author, a category term (Fortune News, Viewpoints, Editorial, Commentaries), a summary excerpt ending in ' [&#8230;]' and the full content. The weekly edition was posted on Saturday 18 May. The war is a minority theme here: three of seven entries are off-beat Ethiopian business news.",
  not_entries=["feed title/subtitle/updated/id/generator", "the <summary> excerpts (duplicate the start of the content)", "category terms and reply-count links"],
  entries=[
  E("2024-05-18 21:40", "Kyiv\u2019s Envoy Courts Addis Ahead of Swiss Peace Summit",
    ["Ukraine\u2019s ambassador in Addis Abeba has asked the Ministry of Foreign Affairs to send a delegation to next month\u2019s peace summit in Switzerland, offering more grain shipments under Kyiv\u2019s humanitarian programme.",
     "Officials at the Ministry have not said who, if anyone, will attend."],
    "diplomacy", "diplomacy", 2, "ukraine-invites-ethiopia-swiss-summit", a="Eyob Tesfaye", cat="Fortune News", slug="kyivs-envoy-courts-addis"),
  E("2024-05-18 16:05", "Fertiliser Ships Delayed as Suppliers Reroute Around Sanctions",
    ["Nearly a third of the urea Ethiopia ordered for the main rainy season is still at sea or in Djibouti, after Russian suppliers changed banks and shipping lines to avoid Western sanctions imposed over the war in Ukraine.",
     "The Ethiopian Agricultural Businesses Corporation says the rest should arrive before planting peaks in July."],
    "other", "humanitarian", 2, "ethiopia-fertiliser-delays-sanctions", a="Meron Alemu", cat="Fortune News", slug="fertiliser-ships-delayed",
    n="Knock-on of war sanctions in Ethiopia: not off-beat."),
  OFF("2024-05-18 12:30", "Central Bank Caps Lending Growth for Another Quarter",
      ["The National Bank of Ethiopia has kept its 14pc ceiling on annual credit growth for commercial banks, citing stubborn inflation."],
      "nbe-credit-cap", a="Fortune Staff", n="Ethiopian monetary policy.", cat="Fortune News", slug="central-bank-caps-lending-growth"),
  E("2024-05-18 09:15", "Ethiopia\u2019s Studied Silence on Ukraine Has a Price",
    ["Ethiopia has abstained or stayed away from every UN General Assembly vote on Russia\u2019s invasion of Ukraine, a stance officials defend as non-alignment.",
     "The costs of that caution show up when Addis needs support from European lenders."],
    "diplomacy", "diplomacy", 2, "viewpoint-ethiopia-neutrality-ukraine", a="Selam Kebede", cat="Viewpoints", slug="ethiopias-studied-silence-on-ukraine",
    n="Opinion (theme piece) with a body: own story, importance 2."),
  E("2024-05-18 07:20", "Wheat Import Bill Swells as Black Sea Freight Costs Climb",
    ["Ethiopia paid more per tonne for imported wheat in the past quarter than a year ago, as Russian attacks on Ukraine\u2019s Odesa ports pushed up insurance and freight costs, customs data show."],
    "other", "humanitarian", 2, "ethiopia-wheat-import-costs", a="Meron Alemu", cat="Fortune News", slug="wheat-import-bill-swells"),
  OFF("2024-05-18 05:45", "Ethio Telecom Share Sale Draws Tepid Demand",
      ["Fewer than a fifth of the shares Ethio Telecom offered to the public have been sold, two months after the deadline was extended."],
      "ethio-telecom-share-sale", a="Fortune Staff", n="Ethiopian corporate news.", cat="Fortune News", slug="ethio-telecom-share-sale"),
  OFF("2024-05-18 04:10", "Pension Reform Needs More Than a New Formula",
      ["The draft private pension law fixes the arithmetic but leaves untouched the problem of who manages the money."],
      "editorial-pension-reform", a="Fortune Editorial", n="Ethiopian pensions editorial.", cat="Editorial", slug="pension-reform-needs-more"),
  ]))

SEEDS.append(dict(id="5108", name="5108_thecable-international", ext="txt", source="TheCable", zone="Africa/Lagos", render=r_cable,
  title="INTERNATIONAL",
  notes="Imitates TheCable (Nigeria) 'International' category page copied as plain text. Newest first. Each item: headline, then 'AUTHOR | April 6, 2024 4:57 pm' (author glued to the date with ' | '), one excerpt paragraph, 'Read More'. No zone printed: Nigeria time (WAT, UTC+1) implied. The stamp is the date-and-time part after ' | '.",
  not_entries=["masthead, 'Search', 'Newsletter' and the menu lines", "'Advertisement' (twice)", "category title 'INTERNATIONAL'", "'Read More' after every item",
               "'Follow us on WhatsApp for breaking news'", "'Load more'", "footer lines and 'Back to top'"],
  entries=[
  E("2024-04-06 21:10", "FG cautions Nigerians against overseas job offers tied to Russian army",
    ["The federal government has warned Nigerians to be wary of foreign job adverts after reports that some young men recruited for security work abroad ended up in Russian army camps."],
    "other", "humanitarian", 2, "nigeria-warning-russian-army-recruitment", a="Adaeze Nwosu"),
  E("2024-04-06 17:45", "Zelensky: Ukraine needs at least 25 Patriot systems to protect its cities",
    ["President Volodymyr Zelensky says Ukraine needs 25 more Patriot air defence systems, each with six to eight batteries, to cover its territory against Russian missiles."],
    "aid", "aid", 2, "zelensky-25-patriots-appeal", a="Chinedu Okafor"),
  E("2024-04-06 14:30", "Ukraine, Nigeria discuss direct grain shipments",
    ["Ukraine's ambassador to Nigeria met officials of the ministry of agriculture in Abuja to discuss shipping Ukrainian wheat directly to Lagos ports instead of through European traders."],
    "diplomacy", "diplomacy", 2, "ukraine-nigeria-grain-talks", a="Chinedu Okafor"),
  OFF("2024-04-06 11:05", "NNPC says fuel queues in Abuja, Lagos will ease within days",
      ["The national oil company said supply disruptions that caused long queues at filling stations had been resolved and trucks were loading at depots again."],
      "nnpc-fuel-queues", a="Adaeze Nwosu", n="Nigerian fuel supply."),
  E("2024-04-06 09:20", "Russian drone attack kills six in Ukraine's Kharkiv",
    ["At least six people were killed and eleven injured when Russian drones struck residential areas of Kharkiv shortly after midnight, regional officials said."],
    "strikes", "strikes", 3, "kharkiv-drone-attack-2024-04-06", a="Chinedu Okafor"),
  E("2024-04-06 07:40", "Russia says it repelled drone attack on Morozovsk airbase",
    ["Russia's defence ministry says air defences shot down dozens of Ukrainian drones over the Rostov region, where a military airfield was targeted."],
    "strikes", "strikes", 2, "morozovsk-airbase-drone-attack", a="Chinedu Okafor", n="Different attack from Kharkiv: must not merge."),
  OFF("2024-04-06 06:15", "Super Falcons land in Pretoria for Olympic qualifier",
      ["Nigeria's women's team arrived in South Africa ahead of the second leg of their Olympic qualifier on Tuesday."],
      "super-falcons-olympic-qualifier", a="Tunde Bakare", n="Nigerian football."),
  ]))

SEEDS.append(dict(id="5109", name="5109_nrk-english-live", ext="txt", source="NRK", zone="Europe/Oslo", render=r_nrk,
  title="Live: Norway and the war in Ukraine", pub="2024-06-04 07:00",
  lede="Følg de siste oppdateringene om Norge og krigen i Ukraina.", also="Dette vet vi om de norske F-16-flyene",
  notes="Imitates an NRK live page in English with NRK's Norwegian chrome, copied as plain text. Newest first. Each post starts with a Norwegian stamp '4. juni 2024 kl. 14.23' (day, month name in Norwegian, year, 'kl.' and HH.MM), then an optional headline, the text, and the author's name and role on two lines AFTER the body, then 'Del innlegget'. Oslo time (CEST, UTC+2). The newest post is '5. juni 2024 kl. 00.35' local, still 4 June in UTC. Two posts have no headline.",
  not_entries=["'Hopp til innhold', 'NRK', 'Meny', 'Søk', section menu", "'NRK in English', 'DIREKTE', the page title", "'Publisert 4. jun. 2024 kl. 07.00' and 'Del'",
               "Norwegian standfirst 'Følg de siste oppdateringene ...'", "author name and role lines after each post", "'Del innlegget' after each post",
               "'Les også' boxes with their links", "'Vis flere oppdateringer'", "footer lines"],
  entries=[
  E("2024-06-05 00:35", "Storting majority backs extra billions for Ukraine",
    ["A majority in the Storting has agreed to add NOK 5 billion to this year's support for Ukraine, most of it for air defence and ammunition.",
     "The money comes on top of the multi-year Nansen programme."],
    "aid", "aid", 3, "norway-extra-ukraine-funding-2024-06", a="Kari Lunde", role="journalist",
    n="Local 5 June 00:35 = UTC 4 June 22:35. Major package from a donor parliament: importance 3."),
  E("2024-06-04 21:10", None,
    ["Russia's embassy in Oslo says any Norwegian F-16s flown by Ukraine would be treated as legitimate targets, wherever they are based.",
     "The foreign ministry in Oslo called the statement unsurprising."],
    "diplomacy", "diplomacy", 2, "russian-embassy-warning-f16s", a="Kari Lunde", role="journalist", sec=["aid"], n="No headline."),
  E("2024-06-04 18:40", "GPS jamming disrupts flights to Kirkenes again",
    ["Pilots flying into Kirkenes reported losing satellite navigation signals on Tuesday afternoon, and Avinor said two flights had to use backup approaches.",
     "Norwegian authorities have blamed jamming from the Russian side of the border for similar problems in recent months."],
    "other", "security", 2, "finnmark-gps-jamming", a="Anders Midtbø", role="journalist"),
  E("2024-06-04 15:05", None,
    ["Ukrainian officials say a Russian guided bomb hit a village in the Kharkiv region on Tuesday afternoon, killing one man and damaging a school."],
    "strikes", "strikes", 2, "kharkiv-region-glide-bomb-2024-06-04", a="Anders Midtbø", role="journalist", n="No headline."),
  E("2024-06-04 12:20", "Støre confirms he will attend Swiss peace summit",
    ["Prime Minister Jonas Gahr Støre says he will travel to the peace conference on Ukraine in Switzerland later this month, and hopes countries from the Global South will take part."],
    "diplomacy", "diplomacy", 3, "store-swiss-peace-summit", a="Ingrid Solberg", role="politisk journalist"),
  E("2024-06-04 09:30", "More Ukrainian refugees in work, says NAV",
    ["The share of Ukrainian refugees in Norway who have a job has risen to about one in four, according to new figures from the labour and welfare administration NAV."],
    "other", "humanitarian", 2, "ukrainian-refugees-norway-employment", a="Ingrid Solberg", role="journalist"),
  E("2024-06-04 07:15", "Overnight strike on energy facility in Zaporizhzhia region",
    ["A Russian missile damaged an energy facility in the Zaporizhzhia region overnight, cutting power to several thousand homes, the regional governor said."],
    "strikes", "strikes", 2, "zaporizhzhia-energy-strike-2024-06-04", a="Anders Midtbø", role="journalist"),
  ]))

# ============================================================ PART B: three multi-source days, invented outlets
KR = "kryvyi-rih-strike-2024-01-31"
PX = "prisoner-exchange-2024-01-31"
EU50 = "eu-50bn-ukraine-facility"
SHELLS = "eu-shell-shortfall-borrell"
MOB = "ukraine-mobilisation-bill-revised"
D1 = ("Multi-source day 1 (31 Jan 2024, seeds 5120-5124). Main story " + KR + " (four seeds; toll two -> three -> four -> five -> six; spelled Kryvyi Rih / Kryvyy Rih / Krivoy Rog); "
      "also multi-seed " + PX + ", " + EU50 + ", " + SHELLS + ", " + MOB + ".")

SEEDS.append(dict(id="5120", name="5120_harrowgill-textlive", ext="txt", source="Harrowgill Examiner", zone="Europe/London", render=r_harrowgill,
  title="Ukraine war live: Kryvyi Rih toll rises; Hungary hints at EU aid deal", dateline="Wednesday 31 January 2024",
  lede="Follow the latest from the war in Ukraine. All times GMT.",
  notes="Invented outlet. Text live blog, newest first; each post a '21:05 GMT' line BEFORE its headline and a 'Reporting by NAME' line after the body. Key Points block at the top lists two post headlines (key_point true). Entry 05 is a video teaser without body. " + D1,
  not_entries=["masthead and menu line", "title and date line", "lede 'Follow the latest ... All times GMT.'", "'Key Points' heading and its two bullets (they point at posts)", "'Latest'",
               "'Reporting by' lines", "'Advertisement'", "'Show earlier posts' and footer"],
  entries=[
  E("2024-01-31 21:05", "Kryvyi Rih toll climbs to six as rescuers end search",
    ["Rescue crews in Kryvyi Rih have finished clearing the rubble of a four-storey block hit by a missile early on Wednesday, and the number of dead has risen to six, the head of the city's military administration said.",
     "Among the dead is a 14-year-old girl. Twenty-two people were injured, nine of whom remain in hospital.",
     "The city, the largest in the Dnipropetrovsk region and the president's hometown, has been a frequent target of Russian missiles."],
    "strikes", "strikes", 3, KR, a="Mark Ellory", kp=True),
  E("2024-01-31 18:30", "Hungary signals it could drop its veto on EU aid for Kyiv",
    ["Hungary has hinted it might lift its objection to a \u20ac50bn EU support package for Ukraine, a day before the bloc's leaders meet in Brussels.",
     "Diplomats said Budapest had stopped demanding a yearly unanimous vote on releasing the money and was now asking for an annual review debate instead.",
     "Several leaders have said they are ready to go ahead with the other 26 member states if Viktor Orb\u00e1n does not move."],
    "aid", "aid", 3, EU50, a="Clare Whitfield", sec=["diplomacy"], kp=True),
  E("2024-01-31 16:10", "Borrell concedes EU will miss its million-shell target",
    ["The EU will have sent Ukraine only a little over half of the one million artillery shells it promised by the end of March, the bloc's foreign policy chief Josep Borrell has said.",
     "He told defence ministers that deliveries should reach about 1.1 million rounds by December as European factories increase output."],
    "aid", "aid", 3, SHELLS, a="Clare Whitfield", n="Different EU aid matter from the \u20ac50bn facility: must not merge."),
  E("2024-01-31 13:45", "MPs get revised mobilisation bill after first draft was withdrawn",
    ["Ukraine's parliament has begun examining a reworked bill on mobilisation, after the government withdrew an earlier version that drew hundreds of amendments.",
     "The new draft keeps a lower call-up age of 25 but drops some of the penalties for men who fail to register that critics called unconstitutional."],
    "other", "politics", 3, MOB, a="Mark Ellory"),
  E("2024-01-31 11:20", "Watch: rescuers search the wreckage in Kryvyi Rih", [], "strikes", "strikes", 1, KR, n="Video teaser without body -> importance 1."),
  E("2024-01-31 09:40", "Two killed as Russian missiles strike Kryvyi Rih",
    ["At least two people were killed and more than a dozen injured when Russian missiles hit a residential area of Kryvyi Rih in central Ukraine on Wednesday morning, local officials said.",
     "Oleksandr Vilkul, head of the city's military administration, said people were still trapped under the rubble of an apartment building."],
    "strikes", "strikes", 3, KR, a="Mark Ellory"),
  ]))

SEEDS.append(dict(id="5121", name="5121_fellgarth-ldlive", ext="html", source="Fellgarth Wire", zone="Europe/Kyiv", render=r_fellgarth,
  title="Live: Russia and Ukraine swap hundreds of prisoners; missile strike on Kryvyy Rih", lede="Rolling coverage from our Kyiv desk.",
  url="https://fellgarthwire.example/live/2024-01-31-ukraine", cov="2024-01-31T00:00:00+02:00",
  notes="Invented outlet. HTML live blog, newest first, with LiveBlogPosting JSON-LD whose updates carry their own headline and datePublished (+02:00). Visible stamps are bare 'HH:MM' in <time datetime> (Kyiv time, EET = UTC+2, stated in a note line); byline BEFORE the headline. Entry 02 repeats entry 04 nearly verbatim (duplicate_of 5121-04). Spelling 'Kryvyy Rih'. " + D1,
  not_entries=["header and menu", "h1 title", "standfirst 'Rolling coverage from our Kyiv desk.'", "time-zone note line", "byline spans", "'Share Copy link' under every post", "footer"],
  entries=[
  E("2024-01-31 22:40", "One killed as rockets hit Kharkiv's Saltivka district",
    ["Russian rockets struck the Saltivka district in north-eastern Kharkiv on Wednesday evening, killing a 61-year-old man and damaging a school, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 2, "kharkiv-saltivka-rocket-strike-2024-01-31", a="Yulia Marchenko", pid=907, n="Different attack from Kryvyi Rih: must not merge."),
  E("2024-01-31 19:55", "Ukraine and Russia carry out UAE-brokered prisoner swap",
    ["Ukraine has brought home 207 of its citizens in the first prisoner exchange with Russia since a military transport plane crashed in Russia's Belgorod region last week, officials in Kyiv said.",
     "Russia said 195 of its servicemen were returned under the deal, which was mediated by the United Arab Emirates."],
    "diplomacy", "diplomacy", 1, PX, a="Yulia Marchenko", pid=906, dup="5121-04", n="Near-verbatim repeat of 5121-04 (one headline word and one verb form changed, third paragraph dropped) -> importance 1."),
  E("2024-01-31 17:10", "Kryvyy Rih: four now confirmed dead",
    ["The number of people killed in the morning missile strike on Kryvyy Rih has risen to four, the regional governor said.",
     "Two of the injured are in a serious condition, he added."],
    "strikes", "strikes", 3, KR, a="Andriy Kostenko", pid=905),
  E("2024-01-31 15:20", "Ukraine and Russia carry out UAE-mediated prisoner swap",
    ["Ukraine has brought home 207 of its citizens in the first prisoner exchange with Russia since a military transport plane crashed in Russia's Belgorod region last week, officials in Kyiv said.",
     "Russia said 195 of its servicemen had been returned under the deal, which was mediated by the United Arab Emirates.",
     "Ukraine's human rights ombudsman Dmytro Lubinets said those released included soldiers who had defended Mariupol and Snake Island."],
    "diplomacy", "diplomacy", 3, PX, a="Yulia Marchenko", pid=904),
  E("2024-01-31 12:05", "Russia says drones downed over Belgorod region",
    ["Russia's defence ministry said air defences destroyed seven Ukrainian drones over the Belgorod region during the morning.",
     "Governor Vyacheslav Gladkov reported damage to a power line near the border town of Shebekino but no injuries."],
    "strikes", "strikes", 2, "belgorod-drones-downed-2024-01-31", a="Andriy Kostenko", pid=903),
  E("2024-01-31 09:15", "Overnight barrage: missiles and drones target central Ukraine",
    ["Russia launched ballistic missiles and attack drones at central and southern Ukraine overnight, the air force said, with explosions reported in Kryvyy Rih shortly after dawn.",
     "Air defences shot down 20 of the 26 drones, it said; there was no immediate word on casualties."],
    "strikes", "strikes", 3, KR, a="Yulia Marchenko", pid=902, n="First report of the same attack."),
  E("2024-01-31 02:30", "Presidential office declines to comment on army chief reports",
    ["Volodymyr Zelensky's office has again declined to comment on media reports that the president is preparing to replace the commander-in-chief, Valerii Zaluzhnyi.",
     "The defence ministry earlier dismissed a similar report as untrue."],
    "other", "politics", 2, "zaluzhnyi-dismissal-reports", a="Andriy Kostenko", pid=901),
  ]))

SEEDS.append(dict(id="5122", name="5122_cobhaven-worldrss", ext="xml", source="Cobhaven World Service", zone="UTC", render=r_rss, rfc="GMT",
  title="Cobhaven World Service - World", url="https://cobhaven.example/world", lede="Top world stories from Cobhaven World Service",
  notes="Invented outlet. General world-news RSS 2.0 feed (pubDate in GMT), newest first, no authors; only two of six items are about the war. " + D1,
  not_entries=["channel title/link/description/language", "<category> and <guid> values"],
  entries=[
  OFF("2024-01-31 21:30", "Fed holds rates steady and plays down a March cut",
      ["The US Federal Reserve left its benchmark interest rate unchanged for a fourth meeting in a row and signalled that a cut in March was unlikely."],
      "us-fed-rates-2024-01-31", n="US monetary policy.", slug="fed-holds-rates", cat="Business"),
  E("2024-01-31 18:05", "Kyiv and Moscow exchange more than 400 prisoners",
    ["Russia and Ukraine swapped more than 400 prisoners of war on Wednesday in a deal brokered by the United Arab Emirates, both sides said.",
     "It was the first such exchange since Moscow accused Kyiv of shooting down a plane it said was carrying Ukrainian captives."],
    "diplomacy", "diplomacy", 3, PX, slug="kyiv-moscow-prisoner-exchange"),
  OFF("2024-01-31 15:40", "Farmers block roads around Brussels ahead of EU summit",
      ["Hundreds of tractors blocked motorways and border crossings in Belgium as farmers protested against rising costs and environmental rules."],
      "belgium-farmers-blockade-2024-01-31", n="farm protests.", slug="farmers-block-brussels-roads"),
  E("2024-01-31 12:50", "EU will deliver only half of promised shells by March, Borrell says",
    ["Europe will fall well short of its pledge to supply Ukraine with a million artillery rounds by March, with just over 520,000 expected to arrive by then, EU foreign policy chief Josep Borrell said."],
    "aid", "aid", 3, SHELLS, slug="eu-shells-shortfall"),
  OFF("2024-01-31 09:15", "Pakistan's Imran Khan and wife sentenced in state gifts case",
      ["A court in Pakistan sentenced former prime minister Imran Khan and his wife Bushra Bibi to 14 years in prison for illegally selling state gifts, a day after he received a separate 10-year term."],
      "imran-khan-sentenced-2024-01-31", n="Pakistani politics.", slug="imran-khan-sentenced"),
  OFF("2024-01-31 06:20", "Snowstorm grounds flights in Helsinki",
      ["Dozens of flights were cancelled at Helsinki airport as heavy snow and strong winds swept across southern Finland."],
      "helsinki-snowstorm-flights", n="weather.", slug="helsinki-snowstorm"),
  ]))

SEEDS.append(dict(id="5123", name="5123_stennack-article", ext="txt", source="Stennack Observer", zone="Europe/Brussels", render=r_textarticle,
  title="Krivoy Rog mourns as EU heads for showdown over Ukraine money", byline="Pieter Vandamme", dateline="31 January 2024, 19:40 CET",
  crumb="Europe \u203a Ukraine", lede="A deadly strike in central Ukraine and a late shift from Budapest set the scene for Thursday's EU summit.",
  more="EU leaders gather in Brussels", foot="\u00a9 Stennack Observer",
  notes="Invented outlet. Text article with three section headings; one entry per section, stamp null, published = the dateline '31 January 2024, 19:40 CET' (UTC+1); page byline as author. Spelling 'Krivoy Rog'. Section 3 is the day's theme piece (analysis). " + D1,
  not_entries=["outlet name and breadcrumb", "title line", "byline and dateline lines", "lede paragraph", "'Share this article'", "'Related: ...' link", "copyright line"],
  entries=[
  E("2024-01-31 19:40", "Krivoy Rog counts its dead",
    ["At least five people died after Russian missiles struck an apartment block in Krivoy Rog, the industrial city in central Ukraine where President Zelensky grew up, regional authorities said in the evening.",
     "Rescue teams worked through the day with cranes and sniffer dogs."],
    "strikes", "strikes", 3, KR, a="Pieter Vandamme"),
  E("2024-01-31 19:40", "Budapest softens its tone",
    ["Hungarian officials no longer insist on a veto over each year's payments from the planned \u20ac50bn Ukraine fund, according to three diplomats briefed on the talks.",
     "Instead Budapest wants leaders to hold a yearly discussion on how the money is spent, a compromise other capitals appear willing to consider."],
    "aid", "aid", 3, EU50, a="Pieter Vandamme", sec=["diplomacy"]),
  E("2024-01-31 19:40", "Why the veto keeps coming back",
    ["Hungary has used or threatened its veto on Ukraine-related decisions more than a dozen times since 2022, often dropping it after EU funds frozen over rule-of-law concerns were released.",
     "Analysts say the pattern gives Budapest leverage precisely because unanimity remains the rule for foreign policy and the long-term budget."],
    "diplomacy", "diplomacy", 2, "analysis-hungary-veto-leverage", a="Pieter Vandamme",
    n="Theme piece (analysis with body): own story, importance 2; must not merge with the \u20ac50bn story."),
  ]))

SEEDS.append(dict(id="5124", name="5124_wythburn-atom", ext="xml", source="Wythburn Standard", zone="Europe/Kyiv", render=r_atom,
  title="Wythburn Standard \u2014 Ukraine", url="https://wythburn.example/ukraine",
  notes="Invented outlet. Atom 1.0 feed, newest first, <published> with +02:00 (Kyiv, EET), escaped HTML content, author per entry. Entry 01 is an explainer (theme piece) about how exchanges are brokered: must not merge with the exchange itself. " + D1,
  not_entries=["feed title/link/id/updated"],
  entries=[
  E("2024-01-31 20:15", "Explainer: how prisoner exchanges get brokered",
    ["Most exchanges since 2022 have been arranged through intermediaries, chiefly the United Arab Emirates, Turkey and Saudi Arabia, which pass lists of names between the two sides.",
     "Negotiators say each swap can take weeks to agree, and deals have collapsed at the last minute over a handful of names."],
    "diplomacy", "diplomacy", 2, "explainer-prisoner-exchange-mediation", a="Halyna Dorosh", slug="explainer-prisoner-exchanges",
    n="Theme piece (explainer with body): own story, importance 2."),
  E("2024-01-31 16:50", "Swap brings home 207 soldiers and civilians",
    ["Buses carrying 207 freed Ukrainians crossed into the Sumy region on Wednesday afternoon after the latest exchange of captives with Russia, the coordination headquarters for prisoners of war said.",
     "Some of those released had been held since the first weeks of the full-scale invasion."],
    "diplomacy", "diplomacy", 3, PX, a="Halyna Dorosh", slug="swap-brings-home-207"),
  E("2024-01-31 13:30", "Death toll in Kryvyi Rih rises to three",
    ["Kryvyi Rih's military administration reported a third fatality from the morning missile attack on a residential district.",
     "Firefighters were still working at the scene."],
    "strikes", "strikes", 3, KR, a="Bohdan Kravets", slug="kryvyi-rih-toll-three"),
  E("2024-01-31 10:05", "Defence committee starts work on new mobilisation draft",
    ["The Verkhovna Rada's national security and defence committee has started reviewing the government's revised mobilisation bill, which lawmakers hope to put to a first vote next week."],
    "other", "politics", 3, MOB, a="Bohdan Kravets", slug="mobilisation-draft-committee"),
  E("2024-01-31 07:40", "Air force: 20 of 26 attack drones shot down",
    ["Ukraine's air force said it destroyed 20 of the 26 Shahed drones Russia launched overnight, mostly over the Dnipropetrovsk and Mykolaiv regions.",
     "Two ballistic missiles were also fired, it said, without saying whether they had been intercepted."],
    "strikes", "strikes", 3, KR, a="Bohdan Kravets", slug="air-force-drones-overnight", n="Air force tally of the same overnight attack."),
  ]))

# ---------------------------------------------------------------- day 2: 2024-02-01
IV = "ivanovets-missile-boat-sunk"
D2 = ("Multi-source day 2 (1 Feb 2024, seeds 5130-5134, the day after day 1). Main story " + IV + " (all five seeds; spelled Ivanovets / Ivanovec; Donuzlav / Lake Donuzlav); "
      "the day-1 story " + EU50 + " continues with a new development (leaders agree the package; all five seeds). 5131-04 re-posts day-1 entry 5121-04.")

SEEDS.append(dict(id="5130", name="5130_harrowgill-textlive", ext="txt", source="Harrowgill Examiner", zone="Europe/London", render=r_harrowgill,
  title="Ukraine war live: EU agrees \u20ac50bn for Kyiv; Ukraine says it sank Russian missile boat", dateline="Thursday 1 February 2024",
  lede="Follow the latest from the war in Ukraine. All times GMT.",
  notes="Invented outlet (same layout as 5120). Text live blog, newest first, 'HH:MM GMT' before each headline, Key Points block listing two headlines. Entry 03 is a video teaser without body. " + D2,
  not_entries=["masthead and menu line", "title and date line", "lede", "'Key Points' heading and bullets", "'Latest'", "'Reporting by' lines", "'Advertisement'", "'Show earlier posts' and footer"],
  entries=[
  E("2024-02-01 20:20", "Moscow stays silent on claimed loss of the Ivanovets",
    ["Russia's defence ministry had not commented by Thursday evening on Ukraine's claim to have sunk the missile corvette Ivanovets.",
     "Several Russian military bloggers acknowledged the loss, and one called for the commander of the Black Sea Fleet to be replaced."],
    "strikes", "strikes", 3, IV, a="Mark Ellory"),
  E("2024-02-01 14:30", "Drones strike port infrastructure in Izmail",
    ["Russian drones damaged grain storage at a port on the Danube in the Izmail district overnight, the Odesa regional governor said, adding that no one was hurt."],
    "strikes", "strikes", 2, "izmail-port-drone-strike-2024-02-01", a="Clare Whitfield", n="Different attack from the Crimea sinking: must not merge."),
  E("2024-02-01 12:05", "Video: sea drones close in on the Ivanovets", [], "strikes", "strikes", 1, IV, n="Video teaser without body -> importance 1."),
  E("2024-02-01 10:40", "EU leaders agree \u20ac50bn for Ukraine after Orb\u00e1n relents",
    ["All 27 EU leaders have backed a \u20ac50bn package of grants and loans for Ukraine running until 2027, less than an hour into their summit in Brussels, European Council President Charles Michel said.",
     "Hungary's Viktor Orb\u00e1n, who blocked the deal in December, agreed after leaders promised an annual debate on how the money is used and a possible review in two years."],
    "aid", "aid", 3, EU50, a="Clare Whitfield", sec=["diplomacy"], kp=True, n="Continuation of the day-1 story with a new development (agreement)."),
  E("2024-02-01 08:50", "Ukraine says sea drones sank Russian missile boat off Crimea",
    ["Ukraine's military intelligence agency says its special forces sank the Russian missile corvette Ivanovets in the Black Sea overnight using naval drones.",
     "The agency released night-vision footage which it said showed several drones striking the vessel's hull near Lake Donuzlav on Crimea's western coast."],
    "strikes", "strikes", 3, IV, a="Mark Ellory", kp=True),
  ]))

SEEDS.append(dict(id="5131", name="5131_fellgarth-ldlive", ext="html", source="Fellgarth Wire", zone="Europe/Kyiv", render=r_fellgarth,
  title="Live: Ukraine claims sinking of Russian corvette; EU leaders back \u20ac50bn fund", lede="Rolling coverage from our Kyiv desk.",
  url="https://fellgarthwire.example/live/2024-02-01-ukraine", cov="2024-02-01T00:00:00+02:00",
  notes="Invented outlet (same layout as 5121). HTML live blog with per-update LiveBlogPosting JSON-LD, newest first, Kyiv time (EET). Entry 01 is the day's theme piece (analysis). Entry 04 is a re-post of the day-1 entry 5121-04 (same headline and text, new time): importance 1, duplicate_of null because the original is in another seed. Spelling 'Ivanovec' in entry 05. " + D2,
  not_entries=["header and menu", "h1 title", "standfirst", "time-zone note line", "byline spans", "'Share Copy link' under every post", "footer"],
  entries=[
  E("2024-02-01 21:30", "Analysis: how sea drones rewrote the naval war",
    ["Ukraine has no warships of note, yet Russia's Black Sea Fleet has moved most of its vessels from Sevastopol to Novorossiysk after a string of losses.",
     "Cheap remote-controlled boats packed with explosives have done much of the damage, forcing Russia to keep ships in harbour behind booms and barges."],
    "strikes", "strikes", 2, "analysis-sea-drones-black-sea", a="Andriy Kostenko", pid=1019,
    n="Theme piece (analysis with body): own story, importance 2; must not merge with the Ivanovets sinking."),
  E("2024-02-01 18:15", "Missiles downed over Sevastopol; Kerch ferry halted",
    ["Russian-installed officials in Crimea said air defences shot down several missiles over Sevastopol in the afternoon, and ferry traffic across the Kerch Strait was briefly suspended.",
     "No damage was reported."],
    "strikes", "strikes", 2, "sevastopol-afternoon-missiles-2024-02-01", a="Yulia Marchenko", pid=1018,
    n="Separate afternoon attack on Crimea: must not merge with the overnight sinking."),
  E("2024-02-01 14:40", "Zelensky hails EU 'unity' after \u20ac50bn deal",
    ["President Volodymyr Zelensky thanked EU leaders for agreeing the long-term funding, saying it would strengthen Ukraine's economic and financial stability.",
     "He said continued support from the European Union showed the bloc's unity was more than words."],
    "aid", "aid", 3, EU50, a="Yulia Marchenko", pid=1017, sec=["diplomacy"], n="Reaction whose content is the agreement itself: same story."),
  E("2024-02-01 11:10", "Ukraine and Russia carry out UAE-mediated prisoner swap",
    ["Ukraine has brought home 207 of its citizens in the first prisoner exchange with Russia since a military transport plane crashed in Russia's Belgorod region last week, officials in Kyiv said.",
     "Russia said 195 of its servicemen had been returned under the deal, which was mediated by the United Arab Emirates.",
     "Ukraine's human rights ombudsman Dmytro Lubinets said those released included soldiers who had defended Mariupol and Snake Island."],
    "diplomacy", "diplomacy", 1, PX, a="Yulia Marchenko", pid=1016, n="Re-post of day-1 entry 5121-04 (same headline and text) -> importance 1."),
  E("2024-02-01 09:25", "Military intelligence: 'Ivanovec' hit by six drones",
    ["Ukraine's military intelligence said the Ivanovec, a Project 1241 missile corvette, took at least six direct hits to the hull and rolled over before sinking.",
     "The ship usually carries a crew of about 40; the fate of the sailors is unknown."],
    "strikes", "strikes", 3, IV, a="Andriy Kostenko", pid=1015),
  E("2024-02-01 06:05", "Explosions reported at Donuzlav overnight",
    ["Residents of villages around Donuzlav in western Crimea reported a series of explosions and gunfire from the direction of the lake after midnight, according to local Telegram channels."],
    "strikes", "strikes", 3, IV, a="Andriy Kostenko", pid=1014, n="Early report of the same attack."),
  ]))

SEEDS.append(dict(id="5132", name="5132_marishes-worldatom", ext="xml", source="Marishes World Service", zone="UTC", render=r_atom, zulu=True,
  title="Marishes World Service: World", url="https://marishes.example/world",
  notes="Invented outlet. General world-news Atom feed, <published> in Z, no authors, newest first; two of six entries are about the war. " + D2,
  not_entries=["feed title/link/id/updated"],
  entries=[
  OFF("2024-02-01 22:05", "Meta announces first dividend as profit soars",
      ["Facebook's parent company said it would pay shareholders a dividend for the first time after its quarterly profit roughly tripled."],
      "meta-first-dividend", n="business.", slug="meta-first-dividend"),
  E("2024-02-01 17:25", "EU seals \u20ac50bn Ukraine deal in under an hour",
    ["European Union leaders unanimously approved \u20ac50bn in funding for Ukraine at a summit in Brussels, ending weeks of resistance from Hungary."],
    "aid", "aid", 3, EU50, sec=["diplomacy"], slug="eu-seals-ukraine-deal"),
  OFF("2024-02-01 14:10", "Tractors ring EU summit as farmers vent anger",
      ["Farmers lit fires and threw eggs at the European Parliament as hundreds of tractors filled the streets near the leaders' meeting."],
      "brussels-farmers-protest-2024-02-01", n="farm protests.", slug="tractors-ring-summit"),
  OFF("2024-02-01 12:00", "Bank of England holds rates at 5.25%",
      ["The Bank of England kept its main interest rate at a 16-year high of 5.25% but dropped its warning that further rises might be needed."],
      "boe-rates-2024-02-01", n="UK monetary policy.", slug="boe-holds-rates"),
  E("2024-02-01 09:45", "Ukraine claims it sank Russian warship in Crimea",
    ["Ukraine said naval drones had destroyed a Russian missile boat in the Black Sea, releasing video of what it said was the attack."],
    "strikes", "strikes", 3, IV, slug="ukraine-claims-warship-sunk"),
  OFF("2024-02-01 06:30", "Heavy snow strands travellers in central China",
      ["Thousands of drivers were stuck on motorways in Hubei province as snow and freezing rain hit central China days before the Lunar New Year travel rush."],
      "china-snow-travel-chaos", n="weather.", slug="snow-strands-china"),
  ]))

SEEDS.append(dict(id="5133", name="5133_ousebridge-article", ext="html", source="Ousebridge Herald", zone="Europe/Brussels", render=r_htmlarticle,
  title="A deal in fifty minutes: how the EU finally unlocked Ukraine's \u20ac50bn", byline="Sophie Verhaegen", pub="2024-02-01 18:30",
  dateline="1 February 2024 \u00b7 18:30 CET", lede="Thursday's summit ended Hungary's blockade sooner than anyone expected, but left a second money question open.",
  more="Farmers' protest turns Brussels quarter into a no-go zone",
  notes="Invented outlet. HTML article with NewsArticle JSON-LD and three h2 sections; one entry per section, stamp null, published = the dateline '1 February 2024 \u00b7 18:30 CET' (UTC+1); page byline as author. Section 2 (military fund top-up) must not merge with section 1 (the \u20ac50bn deal). " + D2,
  not_entries=["header and menu", "h1 title", "byline and dateline", "italic lede", "'Related' box", "footer"],
  entries=[
  E("2024-02-01 18:30", "Fifty billion and a quick handshake",
    ["Leaders had braced for a long night, but Charles Michel announced the agreement on social media before coffee was served.",
     "The package combines \u20ac33bn in loans with \u20ac17bn in grants and is meant to keep Ukraine's state running until 2027."],
    "aid", "aid", 3, EU50, a="Sophie Verhaegen", sec=["diplomacy"]),
  E("2024-02-01 18:30", "Military fund top-up left for later",
    ["A separate plan to add \u20ac5bn to the European Peace Facility, which reimburses member states for weapons sent to Kyiv, was not settled and has been handed back to ambassadors.",
     "France and Germany still disagree over whether the money should be spent only on arms made in Europe."],
    "aid", "aid", 2, "eu-peace-facility-topup-delayed", a="Sophie Verhaegen", n="Different EU aid decision from the \u20ac50bn deal: must not merge."),
  E("2024-02-01 18:30", "Loss of the Ivanovets",
    ["Hours before the summit, Ukraine's military intelligence said it had sunk the Russian missile corvette Ivanovets in Lake Donuzlav, a naval anchorage on the western side of Crimea.",
     "Moscow has not confirmed the loss."],
    "strikes", "strikes", 3, IV, a="Sophie Verhaegen"),
  ]))

SEEDS.append(dict(id="5134", name="5134_tarnbeck-bulletins", ext="txt", source="Tarnbeck Radio", zone="Europe/London", render=r_tarnbeck,
  title="News bulletins", dateline="Thursday 1 February", parse_args=["--date", "2024-02-01"],
  notes="Invented outlet. Text page of hourly radio bulletins, OLDEST first; the date line 'Thursday 1 February' has no year (parse_args --date 2024-02-01); bare '07:00' lines before each headline; UK time (GMT = UTC). No authors. The 13:00 item repeats the 11:00 item nearly verbatim (duplicate_of 5134-03). " + D2,
  not_entries=["station name and menu line", "'News bulletins' title and date line", "traffic-and-travel line", "'Listen again ...' and footer"],
  entries=[
  E("2024-02-01 07:00", "Ukraine claims sinking of Russian warship off Crimea",
    ["Ukraine's military says it has destroyed a Russian missile ship near Crimea using sea drones. Russia has not commented."],
    "strikes", "strikes", 3, IV),
  E("2024-02-01 09:00", "Extra help for Tarnbeck families hosting Ukrainians",
    ["Households in the Tarnbeck area who are hosting Ukrainian refugees will get an extra \u00a3150 a month from April, the district council has confirmed."],
    "other", "humanitarian", 2, "tarnbeck-host-families-support"),
  E("2024-02-01 11:00", "EU agrees \u20ac50bn support package for Ukraine",
    ["European Union leaders have agreed a \u20ac50bn support package for Ukraine after Hungary dropped its opposition at a summit in Brussels.", "The money will be paid over four years."],
    "aid", "aid", 3, EU50, sec=["diplomacy"]),
  E("2024-02-01 13:00", "EU agrees \u20ac50bn support package for Ukraine",
    ["European Union leaders have agreed a \u20ac50bn support package for Ukraine after Hungary dropped its opposition at a summit in Brussels.", "The money will be paid out over four years."],
    "aid", "aid", 1, EU50, sec=["diplomacy"], dup="5134-03", n="Near-verbatim repeat of the 11:00 item (one word added) -> importance 1."),
  E("2024-02-01 15:00", "Russia says its troops took village near Bakhmut",
    ["Russia's defence ministry says its forces have captured a village north of Bakhmut in the Donetsk region. Ukraine's military says fighting there is continuing."],
    "other", "frontline", 2, "russia-claims-village-bakhmut-2024-02-01"),
  ]))

# ---------------------------------------------------------------- day 3: 2024-05-23
KH = "kharkiv-printing-house-strike-2024-05-23"
G7 = "g7-stresa-frozen-assets-loan"
MINSK = "putin-minsk-visit-2024-05-23"
D3 = ("Multi-source day 3 (23 May 2024, seeds 5140-5144). Main story " + KH + " (all five seeds; toll three -> five -> seven; spelled Kharkiv / Kharkov); "
      "also multi-seed " + G7 + " and " + MINSK + ".")

SEEDS.append(dict(id="5140", name="5140_lanercost-textlive", ext="txt", source="Lanercost Journal", zone="Europe/Kyiv", render=r_lanercost,
  title="Ukraine live: deadly strike on Kharkiv printing works", lede="Our live coverage of the war, from Kharkiv and beyond.",
  notes="Invented outlet. Text live blog, OLDEST first; 'All times are Kyiv time (EEST)' (UTC+3); bare 'HH:MM' line BEFORE each headline, 'Posted by NAME' after the body. Date lines 'Thursday 23 May 2024' and, after local midnight, 'Friday 24 May 2024' (the last post, 01:15 local, is 22:15 UTC on 23 May). Key Points block lists two headlines. Entry 05 repeats entry 04 nearly verbatim (duplicate_of 5140-04). " + D3,
  not_entries=["masthead and menu", "title, lede and time-zone line", "'Key Points' heading and its two items", "date lines 'Thursday 23 May 2024' and 'Friday 24 May 2024'",
               "'Posted by' lines", "supporter appeal", "closing line and footer"],
  entries=[
  E("2024-05-23 07:20", "Moscow says 10 Ukrainian drones downed over Belgorod and Kursk",
    ["Russia's defence ministry said air defences destroyed ten Ukrainian drones overnight over the Belgorod and Kursk regions.",
     "The Kursk governor said a drone fell on a farm building near the border but no one was hurt."],
    "strikes", "strikes", 2, "russian-mod-drones-downed-2024-05-23", a="Olena Shevchuk"),
  E("2024-05-23 10:05", "Drone strike in Merefa injures two",
    ["A Russian drone hit a private house in Merefa, a town south-west of Kharkiv, injuring a man and a woman, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 2, "merefa-drone-strike-2024-05-23", a="Olena Shevchuk", n="Different attack in the same region: must not merge with the printing house."),
  E("2024-05-23 12:30", "Russia claims another village in Kharkiv region",
    ["Russia's defence ministry said its troops had taken the village of Starytsia in the Kharkiv region, a claim Ukraine's general staff did not confirm."],
    "other", "frontline", 2, "russia-claims-starytsia-2024-05-23", a="Piers Ashworth"),
  E("2024-05-23 15:10", "Missiles hit Kharkiv printing works, three killed",
    ["Russian missiles struck a large printing house in Kharkiv on Thursday afternoon, killing at least three people and injuring more than a dozen, the city's mayor Ihor Terekhov said.",
     "The plant prints about a third of Ukraine's books, its owners say; fire spread through several halls."],
    "strikes", "strikes", 3, KH, a="Piers Ashworth", kp=True),
  E("2024-05-23 16:40", "Missiles hit Kharkiv printing plant, three killed",
    ["Russian missiles struck a large printing house in Kharkiv on Thursday afternoon, killing at least three people and injuring more than ten, the city's mayor Ihor Terekhov said."],
    "strikes", "strikes", 1, KH, a="Piers Ashworth", dup="5140-04", n="Near-verbatim repeat of 5140-04 (one headline word and one number form changed, second paragraph dropped) -> importance 1."),
  E("2024-05-23 19:25", "Zelensky: two Patriot systems would change things in Kharkiv",
    ["President Volodymyr Zelensky said two more Patriot air-defence systems for the Kharkiv region would stop most attacks like today's, and urged partners to decide quickly."],
    "aid", "aid", 2, "zelensky-patriots-for-kharkiv", a="Olena Shevchuk", n="A separate appeal for air defence, not the strike itself: must not merge."),
  E("2024-05-23 23:50", "Kharkiv toll reaches seven",
    ["Governor Syniehubov said late on Thursday that the printing house attack had claimed seven lives.",
     "Twenty-one people were injured."],
    "strikes", "strikes", 3, KH, a="Piers Ashworth", kp=True),
  E("2024-05-24 01:15", "Putin and Lukashenko begin talks in Minsk",
    ["Vladimir Putin held talks with Alexander Lukashenko in Minsk on Thursday evening at the start of a two-day visit, his second foreign trip since his inauguration.",
     "The two leaders are expected to discuss joint exercises with non-strategic nuclear weapons."],
    "diplomacy", "diplomacy", 3, MINSK, a="Piers Ashworth", n="Local 24 May 01:15 = UTC 23 May 22:15 (after the second date line)."),
  ]))

SEEDS.append(dict(id="5141", name="5141_threlkeld-htmllive", ext="html", source="Threlkeld Post", zone="Europe/London", render=r_threlkeld,
  title="Russia-Ukraine war: Kharkov printing house strike kills five; Putin heads to Minsk", dateline="Thursday 23 May 2024",
  url="https://threlkeldpost.example/live/ukraine-2024-05-23",
  notes="Invented outlet. HTML live blog, newest first; JSON-LD @graph whose page node has @type ['NewsArticle','LiveBlogPosting'] and no liveBlogUpdate list; visible stamps '9.50pm' in <time datetime> (+01:00, BST). Spelling 'Kharkov'. Entry 03 is a photo teaser without body; entry 05 is the day's theme piece (explainer). Signature line after the body gives the author. " + D3,
  not_entries=["header and menu", "h1 title", "date line", "signature lines (author)", "newsletter promo", "footer"],
  entries=[
  E("2024-05-23 21:50", "Putin lands in Minsk for two-day visit",
    ["Vladimir Putin has arrived in the Belarusian capital for talks with Alexander Lukashenko, the Kremlin said.",
     "It is his first visit to Belarus since he was sworn in for a fifth term this month."],
    "diplomacy", "diplomacy", 3, MINSK, a="Rachel Dunmore"),
  E("2024-05-23 18:20", "Kharkov strike: five dead as printing plant burns",
    ["Five people were killed and at least 16 wounded when Russian missiles hit a printing plant in Kharkov, Ukraine's second city, officials said.",
     "About 50 people were inside when the missiles struck."],
    "strikes", "strikes", 3, KH, a="Rachel Dunmore"),
  E("2024-05-23 16:05", "Pictured: the burnt-out print hall in Kharkov", [], "strikes", "strikes", 1, KH, n="Photo teaser without body -> importance 1."),
  E("2024-05-23 13:30", "G7 finance chiefs gather in Stresa with Russian assets on the table",
    ["Finance ministers from the G7 are meeting on the shores of Lake Maggiore to try to agree on a US plan to lend Ukraine about $50bn, to be repaid from the profits of frozen Russian central bank assets.",
     "European officials remain wary of the legal risks."],
    "aid", "aid", 3, G7, a="Callum Reay", sec=["diplomacy"]),
  E("2024-05-23 11:15", "Explainer: what Russia's tactical nuclear drills involve",
    ["The exercises announced this month are the first in which Russia has publicly rehearsed the use of battlefield nuclear weapons, which are smaller than the warheads on its intercontinental missiles.",
     "In the first stage, units in the Southern Military District practise receiving the weapons and fitting them to Iskander missiles and aircraft that carry Kinzhal missiles."],
    "other", "security", 2, "explainer-tactical-nuclear-drills", a="Callum Reay",
    n="Theme piece (explainer with body): own story, importance 2; must not merge with the drills news item."),
  E("2024-05-23 08:40", "Moscow says first stage of nuclear drills continues",
    ["Russia's defence ministry released footage of troops loading training warheads onto launchers as the first stage of its non-strategic nuclear exercises continued in the south of the country."],
    "other", "security", 2, "russia-nuclear-drills-first-stage", a="Callum Reay"),
  ]))

SEEDS.append(dict(id="5142", name="5142_kentmere-worldrss", ext="xml", source="Kentmere World Desk", zone="Asia/Singapore", render=r_rss, rfc="+0800",
  title="Kentmere World Desk", url="https://kentmere.example", lede="World news, updated around the clock from Singapore",
  notes="Invented outlet. General world-news RSS 2.0 feed with pubDate offsets +0800 (Singapore), newest first, no authors; two of six items are about the war. The two newest items are dated Fri, 24 May local but are 23 May in UTC. " + D3,
  not_entries=["channel title/link/description/language", "<category> and <guid> values"],
  entries=[
  OFF("2024-05-24 06:10", "China's military begins second day of drills around Taiwan",
      ["Chinese warships and aircraft surrounded Taiwan for a second day of exercises that Beijing described as punishment for separatist acts."],
      "china-taiwan-drills-2024-05", n="Asia security, not about the war.", slug="china-taiwan-drills-day-two", cat="Asia"),
  E("2024-05-24 03:40", "Toll in Kharkiv printing house strike rises to seven",
    ["Seven people died after Russian missiles hit a printing house in Kharkiv on Thursday, Ukrainian officials said."],
    "strikes", "strikes", 3, KH, slug="kharkiv-printing-house-toll", cat="Europe"),
  OFF("2024-05-23 22:15", "Sunak and Starmer hit the road on first full day of campaign",
      ["Britain's prime minister and the opposition leader toured marginal seats a day after the surprise announcement of a July election."],
      "uk-election-campaign-2024-05-23", n="UK politics.", slug="uk-campaign-day-one", cat="Europe"),
  E("2024-05-23 19:30", "G7 finance ministers meet in Italy over Russian asset plan",
    ["Group of Seven finance ministers began two days of talks in northern Italy on Thursday on using interest earned on immobilised Russian assets to help Ukraine."],
    "aid", "aid", 3, G7, sec=["diplomacy"], slug="g7-finance-russian-assets", cat="Europe"),
  OFF("2024-05-23 15:05", "Mourners fill Mashhad streets for Raisi's burial",
      ["Huge crowds gathered in the Iranian holy city of Mashhad for the burial of President Ebrahim Raisi, who died in a helicopter crash on Sunday."],
      "raisi-burial-mashhad", n="Iranian politics.", slug="raisi-burial", cat="Middle East"),
  OFF("2024-05-23 09:20", "Nvidia revenue more than triples on AI chip demand",
      ["The chipmaker reported quarterly revenue more than three times higher than a year earlier and announced a ten-for-one stock split."],
      "nvidia-results-2024-05", n="business.", slug="nvidia-results", cat="Business"),
  ]))

SEEDS.append(dict(id="5143", name="5143_pooley-briefing", ext="txt", source="Pooley Bulletin", zone="Europe/Rome", render=r_textarticle,
  title="Evening briefing: Kharkiv burns, G7 weighs Russian assets, Putin heads for Minsk", byline="Giulia Marchetti", dateline="23 May 2024, 19:00 CEST",
  crumb="Briefings \u203a Europe", lede="Three things to know this evening.", more="What the G7 can and cannot do with frozen assets", foot="\u00a9 Pooley Bulletin",
  notes="Invented outlet. Text evening briefing with three one-word section headings; one entry per section, stamp null, published = the dateline '23 May 2024, 19:00 CEST' (UTC+2); page byline as author. " + D3,
  not_entries=["outlet name and breadcrumb", "title line", "byline and dateline lines", "lede 'Three things to know this evening.'", "'Share this article'", "'Related: ...' link", "copyright line"],
  entries=[
  E("2024-05-23 19:00", "Kharkiv",
    ["A Russian missile strike on one of Ukraine's biggest printing houses killed at least five people in Kharkiv in the afternoon, Ukrainian officials said.",
     "Photographs from the site showed burnt books scattered across the yard."],
    "strikes", "strikes", 3, KH, a="Giulia Marchetti"),
  E("2024-05-23 19:00", "Stresa",
    ["G7 finance ministers gathering at Stresa on Lake Maggiore will try to bridge differences over a US proposal to borrow against the future profits of frozen Russian assets, Italy's finance minister said on arrival."],
    "aid", "aid", 3, G7, a="Giulia Marchetti", sec=["diplomacy"]),
  E("2024-05-23 19:00", "Minsk",
    ["Vladimir Putin is due in Minsk tonight for talks with Alexander Lukashenko, with military cooperation, including the nuclear drills both countries are holding, expected to be on the agenda."],
    "diplomacy", "diplomacy", 3, MINSK, a="Giulia Marchetti"),
  ]))

SEEDS.append(dict(id="5144", name="5144_seatoller-atom", ext="xml", source="Seatoller Daily", zone="Europe/Kyiv", render=r_atom,
  title="Seatoller Daily: Ukraine", url="https://seatoller.example/ukraine",
  notes="Invented outlet. Atom 1.0 feed, newest first, <published> with +03:00 (Kyiv, EEST), escaped HTML content, author per entry. Entry 01 (EU windfall profits) must not merge with the G7 loan story. " + D3,
  not_entries=["feed title/link/id/updated"],
  entries=[
  E("2024-05-23 21:10", "EU to send first windfall profits from frozen assets in July",
    ["The European Commission expects to transfer the first tranche of about \u20ac1.5bn in windfall profits from immobilised Russian assets to Ukraine in July, a spokesperson said.",
     "Most of the money will pay for weapons through the European Peace Facility."],
    "aid", "aid", 2, "eu-windfall-profits-first-tranche", a="Iryna Bondar", slug="eu-windfall-profits-july",
    n="Different decision from the G7 loan plan (same theme, frozen assets): must not merge."),
  E("2024-05-23 17:30", "Kharkiv: printing house hit, five dead",
    ["The death toll from the missile strike on a printing house in Kharkiv has risen to five, the regional prosecutor's office said."],
    "strikes", "strikes", 3, KH, a="Iryna Bondar", slug="kharkiv-printing-house-five-dead"),
  E("2024-05-23 12:45", "Ukrenergo: rolling blackouts across most regions this evening",
    ["Grid operator Ukrenergo said it would cut power to households in most regions between 6pm and midnight because of damage to power plants from earlier Russian attacks."],
    "other", "humanitarian", 2, "ukraine-rolling-blackouts-2024-05-23", a="Mykola Savchuk", sec=["strikes"], slug="ukrenergo-rolling-blackouts"),
  E("2024-05-23 08:20", "Kyiv city council renames 20 streets with Russian names",
    ["Kyiv's city council voted to rename 20 streets and squares whose names were linked to Russia or the Soviet Union, the latest step in a policy that began in 2022."],
    "other", "politics", 2, "kyiv-street-renaming-2024-05", a="Mykola Savchuk", slug="kyiv-renames-streets"),
  ]))


# ============================================================ emit
BASIS = {
  "r_inquirer": "stamp '{s}' printed after the card's headline, dek and byline (full date, 12 h time, explicit ET = EST, UTC-5)",
  "r_strib": "date line '{s}' (full date, 12 h time); no zone printed, Minneapolis time implied by the outlet (CDT, UTC-5)",
  "r_calgary": "pubDate '{s}' (explicit +0000); local time shown in Calgary's zone (MDT, UTC-6)",
  "r_echo": "stamp '{s}' (day and month, no year: parse_args --date 2024-01-15); UK time, GMT = UTC in January",
  "r_pj": "timeline time '{s}' on the article's date {d} (dateline 'May 27 2024, 7.00am'); UK time, BST = UTC+1",
  "r_mercury": "bare post time '{s}'; local date {d} from the order of the newest-first posts between 'First published March 6, 2024' and 'Updated March 7, 2024' (midnight crossing between 12.30am and 11.40pm); Hobart time implied (AEDT, UTC+11)",
  "r_libya": "created date '{s}' (day/month/year, 24 h); no zone printed, Libya time implied (EET, UTC+2)",
  "r_addis": "<published> '{s}' (explicit Z); local time shown in Addis Ababa's zone (EAT, UTC+3)",
  "r_cable": "date '{s}' after the author (full date, 12 h time); no zone printed, Nigeria time implied (WAT, UTC+1)",
  "r_nrk": "Norwegian stamp '{s}' (day, month, year, 'kl.' HH.MM); Oslo time, CEST = UTC+2",
  "r_harrowgill": "stamp '{s}' on the page's date {d} (date line with year); GMT = UTC",
  "r_fellgarth": "stamp '{s}' with <time datetime> (+02:00) on {d}; the JSON-LD update has the same time",
  "r_rss": "pubDate '{s}' (explicit zone)",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_textarticle": "no per-section time; the article dateline ({d}, {z}) used for every section",
  "r_htmlarticle": "no per-section time; the article dateline ({d}, {z}) used for every section; JSON-LD datePublished agrees",
  "r_tarnbeck": "bulletin time '{s}' under the date line 'Thursday 1 February' (no year: parse_args --date 2024-02-01); GMT = UTC",
  "r_lanercost": "stamp '{s}' under the date line for {d} (oldest first; a new date line follows local midnight); Kyiv time, EEST = UTC+3",
  "r_threlkeld": "stamp '{s}' with <time datetime> (+01:00) on {d}; BST = UTC+1",
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
        title = S["title"]
        gold = {"seed": fn, "source": S["source"], "page_title": title, "page_timezone": S["zone"]}
        if S.get("parse_args"):
            gold["parse_args"] = S["parse_args"]
        gold.update({"notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]})
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        total += len(ents)
        print(f"{fn:38s} {len(ents)}")
    print("total entries", total)


if __name__ == "__main__":
    main()

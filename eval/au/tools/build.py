#!/usr/bin/env python3
"""Builds the eval/au seed pages and their gold files from one hand-written data table (below).

Every headline and paragraph was written by the blind tester for this set (invented or paraphrased in own words).
Part A imitates the page layouts of ten real outlets; Part B outlets are invented. Entries in the table are listed in
PAGE ORDER (top to bottom), so gold ids follow the page. Deterministic; run from the project root:
    python3 eval/au/tools/build.py
"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None, **extra):
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(extra)
    return d


def OFF(t, h, p, st, a=None, n="", **extra):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **extra)


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018(]|$)', par)
    return par[:m.end()] if m else par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def h12(d, sep=":", space="", suf=("am", "pm")):
    return f"{d.hour % 12 or 12}{sep}{d.minute:02d}{space}{suf[0] if d.hour < 12 else suf[1]}"


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def blank_join(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def ld(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + "</script>"


# =====================================================================================================================
# Part A renderers: layouts of real outlets (chrome reconstructed from memory; all news wording is the tester's own)
# =====================================================================================================================

def r_yorkshire(S):
    """Yorkshire Post (National World) live blog, 'select all, copy' text. Ordinal date lines in the header
    ('Published 24th Feb 2025, 07:45 GMT'); each post: bare 'HH:MM' line, headline, body; one page byline; newest first."""
    z = S["zone"]; p0 = dt(S["published"], z); up = dt(S["updated"], z)
    L = ["Skip to content", "Yorkshire Post", "Subscribe", "Sign In", "",
         "News  Sport  Business  Politics  Opinion  Farming  Heritage & Retro  Lifestyle  Puzzles  Newsletters", "",
         "We and our partners use cookies to store and access information on your device. You can manage your choices at any time. Accept All  Manage Preferences", "",
         "World", "LIVE", S["title"], "", S["lede"], "", f"By {S['byline']}",
         f"Published {ordinal(p0.day)} {p0:%b} {p0.year}, {p0:%H:%M} GMT",
         f"Updated {ordinal(up.day)} {up:%b} {up.year}, {up:%H:%M} GMT", "Comment", "Share", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + blank_join(e["p"])
        if e.get("more"):
            L += [f"READ MORE: {e['more']}", ""]
        if i in (1, 4):
            L += ["Advertisement", "Hide Ad", ""]
    L += ["Show more", "", "Comments", "Want to join the conversation? Please or to comment on this article.", "",
          "Follow us on Facebook, X and Instagram", "National World Publishing Ltd. All rights reserved.  Cookie Settings  Terms and Conditions  Privacy notice"]
    return "\n".join(L) + "\n", stamps


def r_liverpool(S):
    """Liverpool Echo (Reach) live blog in HTML. LiveBlogPosting JSON-LD with per-update times; header
    '08:00, 10 MAY 2025' / 'Updated 00:52, 11 MAY 2025'; KEY EVENTS box (time + headline); each post: bare 'HH:MM',
    author name, h3 headline, body; newest first; the newest post is after local midnight (next local day)."""
    z = S["zone"]; start = dt(S["published"], z); up = dt(S["updated"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#post-{900 - i}", "headline": e["h"], "datePublished": d.isoformat(),
                    "articleBody": " ".join(e["p"]), "author": {"@type": "Person", "name": e["a"]}})
    obj = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
           "datePublished": start.isoformat(), "dateModified": up.isoformat(), "coverageStartTime": start.isoformat(),
           "publisher": {"@type": "Organization", "name": "Liverpool Echo"}, "liveBlogUpdate": ups}
    stamp_of = lambda dd: f"{dd:%H:%M}"
    hdr = lambda dd: f"{dd:%H:%M}, {dd.day} {MONTHS[dd.month - 1][:3].upper()} {dd.year}"
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Liverpool Echo</title>",
           ld(obj), "</head><body>",
           '<div class="cookie-banner"><p>We care about your privacy. We and our partners use cookies and similar technologies on this site.</p><button>I Accept</button> <button>Show Purposes</button></div>',
           '<header class="mod-header"><a class="logo" href="/">Liverpool Echo</a><nav><a href="/news/">News</a> <a href="/all-about/liverpool-fc">Liverpool FC</a> '
           '<a href="/all-about/everton-fc">Everton FC</a> <a href="/whats-on/">What\'s On</a> <a href="/news/liverpool-news/">Local News</a> '
           '<a href="/all-about/property">Property</a> <a href="/all-about/job-ads">Jobs</a></nav><a class="signin">Sign in</a></header>',
           '<main><article class="live-blog"><span class="live-label">LIVE</span>', f"<h1>{esc(S['title'])}</h1>",
           f'<p class="standfirst">{esc(S["lede"])}</p>',
           '<div class="article-information"><div class="publication-info">',
           f'<time datetime="{start.isoformat()}">{hdr(start)}</time><span class="updated">Updated</span>',
           f'<time datetime="{up.isoformat()}">{hdr(up)}</time></div>',
           '<ul class="share"><li>Bookmark</li><li>Share</li><li><a href="#comments-wrapper">Comments</a></li></ul></div>',
           '<div class="newsletter-signup"><p>Get the biggest stories from across Merseyside sent to your inbox every morning</p>'
           '<input type="email" placeholder="Enter email"><button>Sign up</button><p class="small">We use your sign-up to send you the newsletters you asked for. You can unsubscribe at any time.</p>'
           '<p class="error">Invalid email</p></div>',
           '<section class="key-events"><h2>KEY EVENTS</h2><ul>']
    for i, e in enumerate(S["entries"]):
        if e["kp"]:
            d = dt(e["t"], z)
            out.append(f'<li><a href="#post-{900 - i}"><span class="time">{stamp_of(d)}</span><span class="title">{esc(e["h"])}</span></a></li>')
    out.append("</ul></section>")
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = stamp_of(d); stamps.append(st)
        out.append(f'<div class="live-event" id="post-{900 - i}"><div class="time-stamp"><span>{st}</span></div>'
                   f'<div class="author-name">{esc(e["a"])}</div><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<div class="share-post"><a>Share</a></div></div>')
        if i == 3:
            out.append('<div class="read-more"><span>Read More</span><a href="/news/liverpool-news/ukrainian-families-merseyside">Ukrainian families who made Merseyside home share three years of stories</a></div>')
    out += ['<button class="load-more">Load more</button>', '</article><aside class="most-read"><h3>Most Read</h3><ol><li>Ferry timetable changes for bank holiday</li><li>Road closures planned in city centre</li></ol></aside></main>',
            '<footer><p>Liverpool Echo</p><a>Contact us</a> <a>Privacy notice</a> <a>Terms and conditions</a> <a>Corrections and clarifications</a><p>&copy; 2025 a Reach plc subsidiary</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_thewest(S):
    """The West Australian topic page, HTML. Cards: kicker, headline link, standfirst, then a byline row
    'Name · AGENCY · Sat, 1 February 2025 11:40PM' (no zone printed: Perth time, AWST = UTC+8). Newest first."""
    z = S["zone"]
    crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "News", "item": "https://thewest.com.au/news"},
        {"@type": "ListItem", "position": 2, "name": "World", "item": "https://thewest.com.au/news/world"},
        {"@type": "ListItem", "position": 3, "name": S["title"], "item": S["url"]}]}
    out = ['<!DOCTYPE html>', '<html lang="en-AU"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | The West Australian</title>",
           ld(crumbs), "</head><body>",
           '<header><a class="masthead" href="/">The West Australian</a><nav><a>News</a> <a>Sport</a> <a>Business</a> <a>Politics</a> <a>Opinion</a> '
           '<a>Entertainment</a> <a>Lifestyle</a> <a>Regional</a> <a>Puzzles</a> <a>Today\'s Paper</a></nav><a class="btn">Subscribe</a> <a class="btn">Log In</a></header>',
           f'<main><nav class="breadcrumb"><a>News</a> / <a>World</a></nav><h1>{esc(S["title"])}</h1>', f'<p class="topic-desc">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{DAYS[d.weekday()][:3]}, {d.day} {MONTHS[d.month - 1]} {d.year} {h12(d, suf=('AM', 'PM'))}"; stamps.append(st)
        who = [esc(x) for x in (e["a"] if e["a"] != e["src"] else None, e["src"]) if x]
        out.append(f'<article class="card"><span class="kicker">{esc(e.get("kicker", "World"))}</span><h2><a href="/news/world/story-{i + 5570}">{esc(e["h"])}</a></h2>')
        out += [f'<p class="teaser">{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="byline">' + " <span>&middot;</span> ".join(f'<span class="who">{w}</span>' for w in who) +
                   f' <span>&middot;</span> <span class="date">{st}</span></div></article>')
        if i == 2:
            out.append('<div class="ad-slot">Advertisement</div>')
    out += ['<button class="load-more">Load more</button></main>',
            '<aside><h3>Most Popular</h3><ol><li><a>Heatwave warning for Perth metro area</a></li><li><a>Eagles name unchanged side for derby</a></li></ol></aside>',
            '<footer><p>&copy; West Australian Newspapers Limited 2025</p><a>Privacy Policy</a> <a>Terms of Use</a> <a>Contact Us</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_vancouver(S):
    """Vancouver Sun (Postmedia, WordPress) category feed, RSS 2.0: pubDate in +0000, dc:creator CDATA,
    description = truncated excerpt ending '[&#8230;]', content:encoded = full text. Page zone America/Vancouver (PDT)."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">', "<channel>",
           f"<title>{esc(S['title'])}</title>", '<atom:link href="https://vancouversun.com/category/news/world/feed/" rel="self" type="application/rss+xml" />',
           "<link>https://vancouversun.com</link>", "<description>Read the latest World news from Vancouver Sun</description>",
           f"<lastBuildDate>{S['build']}</lastBuildDate>", "<language>en-CA</language>", "<sy:updatePeriod>hourly</sy:updatePeriod>",
           "<sy:updateFrequency>1</sy:updateFrequency>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], z).astimezone(UTC); st = u.strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        excerpt = e["p"][0][:110].rsplit(" ", 1)[0] + " [&#8230;]"
        body = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        if e.get("readmore"):
            body += f'<p><strong>Read more:</strong> <a href="https://vancouversun.com/news/{i + 7100}">{esc(e["readmore"])}</a></p>'
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://vancouversun.com/news/world/story-{i + 6630}</link>",
                f"<dc:creator><![CDATA[{e['a']}]]></dc:creator>", f"<pubDate>{st}</pubDate>",
                f"<category><![CDATA[{e.get('cat', 'World')}]]></category>", f'<guid isPermaLink="false">https://vancouversun.com/?p={i + 4817200}</guid>',
                f"<description><![CDATA[{excerpt}]]></description>", f"<content:encoded><![CDATA[{body}]]></content:encoded>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_globe(S):
    """Boston Globe article in HTML with section subheads. NewsArticle JSON-LD; visible 'WORLD' label, h1, deck,
    'By NAME Globe Staff', date line 'March 2, 2025, 6:12 p.m.' (no zone printed: Eastern). One entry per subhead."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(),
           "dateModified": d0.isoformat(), "author": [{"@type": "Person", "name": S["byline"]}],
           "publisher": {"@type": "Organization", "name": "The Boston Globe"}, "articleSection": "World"}
    pm = "a.m." if d0.hour < 12 else "p.m."
    dline = f"{MONTHS[d0.month - 1]} {d0.day}, {d0.year}, {d0.hour % 12 or 12}:{d0.minute:02d} {pm}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - The Boston Globe</title>", ld(obj), "</head><body>",
           '<header><a class="logo" href="/">The Boston Globe</a><nav><a>Metro</a> <a>Business</a> <a>Politics</a> <a>Opinion</a> <a>Sports</a> <a>Arts</a> '
           '<a>Lifestyle</a> <a>Magazine</a> <a>Globe Rhode Island</a></nav><a class="sub">Subscribe Now</a> <a>Log In</a></header>',
           '<main><div class="section-label">WORLD</div>', f"<h1>{esc(S['title'])}</h1>", f'<h2 class="deck">{esc(S["deck"])}</h2>',
           f'<div class="byline">By <a href="/about/staff-list/staff/{S["byline"].lower().replace(" ", "-")}">{esc(S["byline"])}</a> Globe Staff</div>',
           f'<div class="datetime">{dline}</div>',
           '<div class="share"><a>Share on Facebook</a> <a>Share on X</a> <a>Email to a Friend</a> <a>Gift this article</a></div>',
           f"<p>{esc(S['lede'])}</p>"]
    for i, e in enumerate(S["entries"]):
        out.append(f'<h3 class="subhead">{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if i == 2:
            out.append('<aside class="related"><span>Related:</span> <a>What Trump\'s clash with Zelensky means for US aid</a></aside>')
    out += [f'<p class="tagline"><em>{esc(S["byline"])} can be reached at {S["byline"].lower().replace(" ", ".")}@globe.com.</em></p>',
            '<section class="most-popular"><h3>Most Popular</h3><ol><li>Snow expected overnight across Greater Boston</li><li>MBTA to close Red Line segment for repairs</li></ol></section></main>',
            '<footer><p>&copy;2025 Boston Globe Media Partners, LLC</p><a>Privacy Policy</a> <a>Terms of Service</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_seattle(S):
    """Seattle Times page carrying an AP 'The Latest' story, copied as text. No year printed anywhere
    ('Jan. 10 at 6:05 am'); items have NO headline: '___' separator, time line '6:05 a.m.', body; oldest first;
    one page byline; no zone printed (the page's home, Pacific time, is implied)."""
    z = S["zone"]; first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    L = ["Skip to main content", "The Seattle Times", "Log In", "Subscribe", "",
         "Local News  Business  Nation & World  Opinion  Sports  Entertainment  Life  Homes & Real Estate", "",
         "Nation & World", "", S["title"], "",
         f"{AP_MON[first.month - 1]} {first.day} at {h12(first, space=' ')}",
         f"Updated {AP_MON[last.month - 1]} {last.day} at {h12(last, space=' ')}", "",
         "Share story", "", f"By {S['byline']}", "The Associated Press", "", S["lede"], "", "Here's the latest:", ""]
    stamps = []
    for e in S["entries"]:
        d = dt(e["t"], z); st = h12(d, space=" ", suf=("a.m.", "p.m.")); stamps.append(st)
        L += ["___", "", st] + blank_join(e["p"])
    L += ["", "Most Read Nation & World Stories", "", "Comments are turned off for wire stories on this site; see our community guidelines for details.", "",
          "The Seattle Times  Contact  Privacy statement  Terms of service"]
    return "\n".join(L) + "\n", stamps


def r_euobserver(S):
    """EUobserver RSS 2.0: pubDate with the Brussels offset (+0100), plain-text teaser in <description>
    (subscriber articles: only the teaser is public), dc:creator, category. Newest first."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', "<channel>",
           f"<title>{esc(S['title'])}</title>", "<link>https://euobserver.com</link>",
           "<description>Independent news from Brussels</description>", "<language>en</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://euobserver.com/{e.get('sect', 'eu-and-the-world')}/ar{i + 3015}</link>",
                f"<description>{esc(chr(10).join(e['p']))}</description>", f"<pubDate>{st}</pubDate>",
                f"<dc:creator>{esc(e['a'])}</dc:creator>", f"<category>{esc(e.get('cat', 'EU & the World'))}</category>",
                f'<guid isPermaLink="true">https://euobserver.com/{e.get("sect", "eu-and-the-world")}/ar{i + 3015}</guid>', "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_k24(S):
    """Kurdistan24 English 'World' section, HTML listing. Cards: headline, stamp '6/25/2025 7:15 PM' (US month/day
    order, 12 h, no zone: Erbil time, UTC+3), one or two paragraphs opening with a '(Kurdistan24) –' dateline. Newest first;
    the newest card is after local midnight (next local day). No bylines."""
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Kurdistan24</title></head><body>",
           '<div class="top-bar"><a>کوردی</a> | <a>Kurmancî</a> | <a>العربية</a> | <a>فارسی</a> | <a>Türkçe</a> | <a>English</a></div>',
           '<header><a class="logo" href="/en">Kurdistan24</a><nav><a>Home</a> <a>Kurdistan</a> <a>Iraq</a> <a>Middle East</a> <a>World</a> '
           '<a>Economy</a> <a>Sport</a> <a>Opinion</a> <a>Video</a></nav><a class="live">Watch Live</a></header>',
           f'<main><h1 class="section-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.month}/{d.day}/{d.year} {h12(d, space=' ', suf=('AM', 'PM'))}"; stamps.append(st)
        out.append(f'<div class="news-item"><a href="/en/story/{i + 844120}"><h3>{esc(e["h"])}</h3></a><div class="date">{st}</div>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
        if i == 3:
            out.append('<div class="app-promo">Download the Kurdistan24 app</div>')
    out += ['<a class="more">More</a></main>',
            '<footer><p>Follow us: Facebook  X  Instagram  YouTube  Telegram</p><p>Copyright &copy; 2025 Kurdistan24. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_sudantribune(S):
    """Sudan Tribune 'World' category page, text copy. Header shows the fetch day (Friday, the day AFTER the items).
    Each item: headline, body, then the meta line AFTER the body: 'AUTHOR | February 13, 2025 at 9:50 pm'
    (no zone: Khartoum time, UTC+2), 'Read More »'. Newest first."""
    z = S["zone"]
    L = ["Sudan Tribune", "Plural news and views on Sudan", "", S["clock"], "",
         "Home  Politics  Economy  Sudan  South Sudan  World  Opinion  Analysis  Interviews  Press Releases  Contact Us", "Search", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} at {h12(d, space=' ')}"; stamps.append(st)
        L += [e["h"], ""] + blank_join(e["p"]) + [f"{e['a']} | {st}", "Read More \u00bb", ""]
    L += ["\u00ab Previous Page", "Next Page \u00bb", "", "Sudan Tribune \u00a9 2025. All rights reserved.  About Us  Privacy Policy"]
    return "\n".join(L) + "\n", stamps


def r_dailytrust(S):
    """Daily Trust (Nigeria) 'World' section, text copy. Each item: headline, 'By NAME', stamp
    'Fri, 23 May 2025 23:20 WAT', reading time, body. Newest first."""
    z = S["zone"]
    L = ["Daily Trust", "Trust TV  |  e-Paper  |  Newsletter", "",
         "Home  News  Politics  Business  Sports  Entertainment  Opinion  World  Features  Health  Agriculture", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{DAYS[d.weekday()][:3]}, {d.day} {MONTHS[d.month - 1][:3]} {d.year} {d:%H:%M} WAT"; stamps.append(st)
        L += [e["h"], f"By {e['a']}", st, (lambda k: f"{k} min read" if k == 1 else f"{k} mins read")(1 + len(" ".join(e["p"])) // 250), ""] + blank_join(e["p"]) + ["Continue Reading", ""]
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["Load More", "", "Don't miss a story: subscribe to our newsletter", "",
          "\u00a9 2025 Media Trust Ltd. All rights reserved.  About Us  Contact  Privacy"]
    return "\n".join(L) + "\n", stamps


# =====================================================================================================================
# Part B renderers (invented outlets)
# =====================================================================================================================

def r_brinkhollow(S):
    """Text live blog, newest first; 'All times BST' note; Key Points bullets; stamp line '8.55pm' BEFORE the
    headline; 'Posted by NAME' after the body."""
    z = S["zone"]
    L = ["BRINKHOLLOW DISPATCH", "World | UK | Ukraine | Business | Culture | Sport", "", "Live", S["title"], S["dateline"], "All times BST", "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, sep="."); stamps.append(st)
        L += [st, e["h"], ""] + blank_join(e["p"])
        if e["a"]:
            L += [f"Posted by {e['a']}", ""]
        if i == 2:
            L += ["Sponsored", ""]
    L += ["Show older posts", "", "Brinkhollow Dispatch \u00b7 About \u00b7 Privacy \u00b7 Cookie choices"]
    return "\n".join(L) + "\n", stamps


def r_saltreach(S):
    """HTML live blog, OLDEST first; LiveBlogPosting JSON-LD with per-update times and authors; each post:
    <time datetime> showing '09:40', h2 headline, body, 'By NAME' footer after the body. Kyiv time."""
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#u{i + 1}", "headline": e["h"], "datePublished": d.isoformat(), "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    obj = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
           "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>", ld(obj), "</head><body>",
           f'<header><strong>{S["source"]}</strong> <nav><a>Front page</a> <a>War in Ukraine</a> <a>Opinion</a> <a>Support us</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="intro">{esc(S["lede"])}</p>', f'<p class="tz">{esc(S["tznote"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="u{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<footer class="post-author">By {esc(e["a"])}</footer>')
        out.append("</article>")
    out += ['<p class="end">Coverage continues tomorrow.</p></main>', f"<footer>{S['source']} \u00b7 Editorial standards \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):
    """General world-news RSS 2.0 feed; pubDate with 'GMT' or a numeric offset; CDATA HTML paragraphs; no authors."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0"><channel>', f"<title>{esc(S['title'])}</title>",
           f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>", "<language>en-gb</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if S["rfc"] == "GMT" else d.strftime("%z")); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/news/{i + 8801}</link>", f"<guid>{S['url']}/news/{i + 8801}</guid>",
                f"<pubDate>{st}</pubDate>", f"<category>{e.get('cat', 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out.append("</channel></rss>")
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first. <published> with the outlet's offset (or Z); content as escaped HTML
    (S['content']='html') or plain <summary type='text'> with blank-line paragraphs; optional per-entry author;
    entries without body carry no content at all."""
    z = S["zone"]
    newest = max(dt(e["t"], z) for e in S["entries"])
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f"<title>{esc(S['title'])}</title>",
           f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/feed.atom"/>', f"<id>{S['url']}/feed.atom</id>",
           f"<updated>{newest.isoformat().replace('+00:00', 'Z')}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat().replace("+00:00", "Z"); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link rel="alternate" href="{S["url"]}/p/{i + 5120}"/>', f"<id>{S['url']}/p/{i + 5120}</id>",
                f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        if e["p"]:
            if S.get("content") == "text":
                out.append('<summary type="text">' + esc("\n\n".join(e["p"])) + "</summary>")
            else:
                out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_textarticle(S):
    """Text article with section headings; one entry per section; no per-section time (stamp null); the article's
    dateline line carries date, time and zone."""
    L = [S["source"], S["crumb"], "", S["title"], "", S["bylineline"], S["dateline"], "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + blank_join(e["p"])
    L += S["tail"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_lowfold(S):
    """HTML live blog without JSON-LD, newest first; '21:30 BST' span ABOVE the h2; byline paragraph BELOW the h2."""
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - {S['source']}</title></head><body>",
           '<div class="consent">This site uses cookies. <button>Accept all</button> <button>Reject non-essential</button></div>',
           f'<header>{S["source"]} <nav><a>News</a> <a>World</a> <a>Ukraine</a> <a>Podcasts</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} BST"; stamps.append(st)
        out.append(f'<section class="post"><span class="post-time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">{esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</section>")
        if i == 2:
            out.append('<aside class="related"><h3>Related</h3><a>Kryvyi Rih: a steel city on the front line of Russia\'s missile war</a></aside>')
    out += ["</main>", f"<footer>{S['source']} \u00a9 2025 \u00b7 Terms \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_ferncastle(S):
    """Text live blog, OLDEST first; the stamp line comes AFTER the body: 'Filed 09:40 CEST \u00b7 NAME'."""
    z = S["zone"]
    L = ["Ferncastle Observer", "International edition", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for e in S["entries"]:
        d = dt(e["t"], z); st = f"Filed {d:%H:%M} CEST \u00b7 {e['a']}"; stamps.append(st)
        L += [e["h"], ""] + blank_join(e["p"]) + [st, ""]
    L += ["More updates tomorrow", "Ferncastle Observer \u00b7 Imprint \u00b7 Data protection"]
    return "\n".join(L) + "\n", stamps


def r_vessington(S):
    """HTML article with h2 sections and NewsArticle JSON-LD; visible dateline 'Saturday 5 April 2025 18:30 BST'."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(),
           "dateModified": d0.isoformat(), "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": S["source"]}}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>", ld(obj), "</head><body>",
           f'<header>{S["source"]} <nav><a>Home</a> <a>World</a> <a>Europe</a> <a>Newsletters</a></nav></header>',
           f"<main><article><h1>{esc(S['title'])}</h1>", f'<p class="byline">By {esc(S["byline"])}</p>',
           f'<p class="dateline">{DAYS[d0.weekday()]} {d0.day} {MONTHS[d0.month - 1]} {d0.year} {d0:%H:%M} BST</p>', f'<p class="lede"><strong>{esc(S["lede"])}</strong></p>']
    for e in S["entries"]:
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
    out += ['<div class="share">Share this article: <a>Email</a> <a>Bluesky</a> <a>Facebook</a></div></article></main>',
            f"<footer>\u00a9 2025 {S['source']}</footer></body></html>"]
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_thistlebeck(S):
    """Text live blog, OLDEST first; date line without year ('Saturday 17 May'); the time is printed in brackets on
    the headline line ('[07:10] Drone hits ...'); '\u2014 NAME' after the body. Kyiv time."""
    z = S["zone"]
    L = ["THISTLEBECK LIVE", "Home  \u00b7  Ukraine  \u00b7  Europe  \u00b7  Explainers  \u00b7  Donate", "", S["title"], S["dateline"], "Times are Kyiv time", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [f"[{st}] {e['h']}", ""] + blank_join(e["p"])
        if e["a"]:
            L += [f"\u2014 {e['a']}", ""]
        if i == 3:
            L += ["Thistlebeck Live is free to read. Chip in to keep it that way.", ""]
    L += ["That's all for today.", "Thistlebeck Live \u00b7 Contact \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_cobbleford(S):
    """HTML live blog; JSON-LD @graph with an @type ARRAY and no liveBlogUpdate list; visible 12 h times like '9.45am'
    inside <time datetime>; newest first; signature line after the body."""
    z = S["zone"]
    first = min(dt(e["t"], z) for e in S["entries"]); last = max(dt(e["t"], z) for e in S["entries"])
    obj = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": "https://cobbleford.example/#org", "name": S["source"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@id": "https://cobbleford.example/#org"}}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>", ld(obj), "</head><body>",
           f'<header>{S["source"]} <nav><a>News</a> <a>World</a> <a>Ukraine war</a> <a>Sign up</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="date">{esc(S["dateline"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, sep="."); stamps.append(st)
        out.append(f'<div class="block"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">\u2014 {esc(e["a"])}</p>')
        out.append("</div>")
    out += ['<div class="promo">Get our evening briefing by email</div></main>', f"<footer>{S['source']} \u00b7 Privacy \u00b7 Terms</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_harlowick(S):
    """RSS 2.0 topic feed with dc:creator and content:encoded; pubDate with the Vilnius offset (+0300)."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">', "<channel>",
           f"<title>{esc(S['title'])}</title>", f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/{i + 2207}</link>", f"<dc:creator>{esc(e['a'])}</dc:creator>",
                f"<pubDate>{st}</pubDate>", f"<description>{esc(e['p'][0][:90].rsplit(' ', 1)[0])}\u2026</description>",
                "<content:encoded><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></content:encoded>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


# =====================================================================================================================
# PART A: ten real outlets' layouts, one page each, one UTC day each (entries in page order)
# =====================================================================================================================
SEEDS = []

SEEDS.append(dict(id="4800", name="4800_yorkshirepost-liveblog", ext="txt", source="Yorkshire Post", zone="Europe/London", render=r_yorkshire,
  title="Ukraine war three years on: European leaders gather in Kyiv as UN splits over rival resolutions \u2013 live",
  lede="Follow our coverage through the day as Ukraine marks three years since Russia's full-scale invasion.",
  byline="Eleanor Birkby", published="2025-02-24 07:45", updated="2025-02-24 21:35",
  notes="Imitates a Yorkshire Post (National World) live blog copied as plain text. Newest first. Header: one page byline and "
        "'Published 24th Feb 2025, 07:45 GMT' / 'Updated 24th Feb 2025, 21:35 GMT' (ordinal day, abbreviated month). Each post: a bare "
        "'HH:MM' line, the headline, body paragraphs; 'READ MORE:' links and 'Advertisement / Hide Ad' pairs sit between posts. "
        "Posts carry no per-post byline, so the page byline is every entry's author. February: GMT = UTC. The two UN votes "
        "(General Assembly 4800-03, Security Council 4800-01) and the two sanctions packages (EU 4800-04, UK 4800-05) are separate stories.",
  not_entries=["'Skip to content', masthead, 'Subscribe', 'Sign In' and the menu line", "cookie consent line",
               "section label 'World' and 'LIVE' label", "page title line", "lede 'Follow our coverage through the day ...'",
               "byline 'By Eleanor Birkby'", "'Published 24th Feb 2025, 07:45 GMT' and 'Updated 24th Feb 2025, 21:35 GMT' lines",
               "'Comment' and 'Share' labels", "'READ MORE: ...' related links (two)", "'Advertisement' / 'Hide Ad' pairs",
               "'Show more', comments prompt, social line and footer"],
  entries=[
  E("2025-02-24 21:30", "Security Council passes US-drafted text that avoids blaming Moscow",
    ["The UN Security Council has adopted a short American resolution calling for a swift end to the war, after attempts by European members to add language naming Russia as the aggressor were voted down.",
     "It is the first resolution on the conflict to clear the 15-member council since February 2022, because Russia's veto had blocked every earlier draft.",
     "Britain and France abstained rather than use their own vetoes."],
    "diplomacy", "diplomacy", 3, "unsc-us-resolution-2025-02-24", a="Eleanor Birkby",
    n="Must not merge with the General Assembly vote 4800-03 (different body, different text)."),
  E("2025-02-24 19:15", "Macron tells Trump any peace must not mean Ukraine's surrender",
    ["Emmanuel Macron used his White House visit to press Donald Trump for security guarantees for Kyiv, telling reporters in the Oval Office that a truce without them would not last.",
     "Mr Trump said he believed the war could end within weeks and that he would meet Vladimir Putin when the time was right."],
    "diplomacy", "diplomacy", 3, "macron-trump-white-house-2025-02-24", a="Eleanor Birkby"),
  E("2025-02-24 16:40", "General Assembly backs Kyiv's resolution as US votes with Russia",
    ["A resolution drafted by Ukraine and European states that names Russia as the aggressor has passed the UN General Assembly with 93 votes in favour, while the United States voted against it alongside Russia, Belarus and North Korea.",
     "Sixty-five countries abstained.",
     "Washington's own shorter text was amended by European members before it passed, and the US then abstained on it."],
    "diplomacy", "diplomacy", 3, "unga-ukraine-resolution-2025-02-24", a="Eleanor Birkby",
    more="Ukrainian choir to sing at York Minster anniversary service"),
  E("2025-02-24 14:05", "EU agrees 16th round of sanctions on the anniversary",
    ["EU foreign ministers have signed off a 16th package of sanctions, adding a ban on imports of Russian primary aluminium and listing dozens more vessels from the so-called shadow fleet.",
     "Kaja Kallas, the bloc's foreign policy chief, said work on a 17th package had already begun."],
    "diplomacy", "diplomacy", 3, "eu-16th-sanctions-package-2025-02-24", a="Eleanor Birkby"),
  E("2025-02-24 12:20", "UK unveils biggest sanctions package in nearly three years",
    ["The Foreign Office has announced more than 100 new sanctions designations, which ministers described as the largest single package since the opening months of the invasion.",
     "The measures target suppliers of machine tools and electronics to Russian arms makers, as well as a North Korean official linked to troop deployments.",
     "Foreign Secretary David Lammy said the aim was to cut off the money and equipment that keep the Kremlin's war going."],
    "diplomacy", "diplomacy", 3, "uk-sanctions-package-2025-02-24", a="Eleanor Birkby",
    n="Same theme as the EU package 4800-04 but a different decision by a different government: must not merge."),
  E("2025-02-24 10:10", "Leaders arrive in Kyiv by train for anniversary summit",
    ["More than a dozen European leaders have stepped off overnight trains in Kyiv to mark three years since the invasion, among them the presidents of the European Commission and the European Council.",
     "Canada's Justin Trudeau and Spain's Pedro S\u00e1nchez were also in the group received by President Volodymyr Zelensky at the station.",
     "Sir Keir Starmer is taking part by video link from London."],
    "diplomacy", "diplomacy", 3, "kyiv-anniversary-summit-2025-02-24", a="Eleanor Birkby"),
  E("2025-02-24 08:30", "Russia fires record number of drones on eve of anniversary",
    ["Ukraine's air force says Russia launched 267 attack drones overnight, the largest number in a single night since the start of the full-scale war, along with three ballistic missiles.",
     "Most of the drones were shot down or lost to electronic jamming, officials said, but damage was reported in at least five regions."],
    "strikes", "strikes", 3, "russian-drone-barrage-2025-02-23-night", a="Eleanor Birkby",
    more="Sheffield steelworkers raise funds for generators"),
  E("2025-02-24 07:50", "Yorkshire hosts who opened their homes look back on three years",
    ["Families in Leeds, Harrogate and Sheffield who took in Ukrainian refugees under the Homes for Ukraine scheme say many of their guests now have jobs and homes of their own.",
     "Several said the hardest part had been the uncertainty over how long visas would last."],
    "other", "humanitarian", 2, "yorkshire-homes-for-ukraine-hosts", a="Eleanor Birkby"),
  ]))

SEEDS.append(dict(id="4801", name="4801_liverpoolecho-liveblog", ext="html", source="Liverpool Echo", zone="Europe/London", render=r_liverpool,
  title="Ukraine war live: Starmer and European leaders in Kyiv demand unconditional ceasefire",
  lede="Sir Keir Starmer has travelled to Kyiv with the leaders of France, Germany and Poland as pressure grows on Vladimir Putin to accept a 30-day truce.",
  url="https://www.liverpoolecho.co.uk/news/uk-world-news/ukraine-war-live-starmer-kyiv-31602211", published="2025-05-10 08:00", updated="2025-05-11 00:52",
  notes="Imitates a Liverpool Echo (Reach plc) live blog in HTML. Newest first. Header times '08:00, 10 MAY 2025' and 'Updated 00:52, 11 MAY 2025'; "
        "each post shows only a bare 'HH:MM' (UK time, BST = UTC+1), then the author's name, then an h3 headline. The newest post (00:40) is "
        "after local midnight, so its local date is 11 May while every entry is on UTC 10 May (23:40 UTC). LiveBlogPosting JSON-LD carries "
        "each update's time with +01:00 and its author. The KEY EVENTS box lists three posts (time + headline): treated as the page's Key "
        "Points block (key_point true, importance 3). The Kremlin's reply 4801-03 and Putin's late-night Istanbul proposal 4801-02 are "
        "separate statements, not the leaders' visit story.",
  not_entries=["cookie banner", "masthead, menu and 'Sign in'", "'LIVE' label", "h1 title", "standfirst paragraph",
               "header times '08:00, 10 MAY 2025' / 'Updated' / '00:52, 11 MAY 2025'", "'Bookmark', 'Share', 'Comments'",
               "newsletter sign-up box with 'Invalid email'", "KEY EVENTS box (its three links repeat posts 02, 06, 07)",
               "'Share' link under each post", "'Read More' related link between posts", "'Load more' button", "'Most Read' list", "footer"],
  entries=[
  E("2025-05-11 00:40", "Air raid alerts spread across eastern Ukraine",
    ["Sirens have sounded across the Kharkiv, Sumy and Dnipropetrovsk regions shortly after midnight, with Ukraine's air force warning of groups of attack drones heading west.",
     "There has been no immediate word of damage."],
    "strikes", "strikes", 2, "air-alerts-eastern-ukraine-2025-05-11", a="Aoife Brennock",
    n="Local 11 May 00:40 BST = 10 May 23:40 UTC (midnight crossing). Not the overnight attack of 4801-08 (different night)."),
  E("2025-05-10 23:25", "Putin proposes direct talks with Ukraine in Istanbul next week",
    ["Vladimir Putin has proposed that Russian and Ukrainian negotiators meet in Istanbul on Thursday, in a late-night statement at the Kremlin that did not answer the ceasefire demand made in Kyiv earlier in the day.",
     "He said the talks should address what he called the root causes of the conflict and did not rule out agreeing a new truce along the way."],
    "diplomacy", "diplomacy", 3, "putin-proposes-istanbul-talks-2025-05-10", a="Aoife Brennock", kp=True),
  E("2025-05-10 21:10", "Kremlin dismisses 'confrontational' ceasefire ultimatum",
    ["A Kremlin spokesman said Moscow would not be swayed by what he described as confrontational messages from European capitals, and repeated that any truce would have to address Russian concerns about Western weapons deliveries."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-ceasefire-ultimatum-2025-05-10", a="Rhys Penhale",
    n="A separate statement (Moscow's reply), not the Kyiv visit story."),
  E("2025-05-10 17:35", "Merseyside fire engines handed over for Ukrainian crews",
    ["Two retired fire engines from Merseyside Fire and Rescue Service are on their way to Ukraine after being handed over at a ceremony in Bootle on Saturday morning.",
     "The service said the vehicles, along with hoses and breathing apparatus, would go to crews in the Zaporizhzhia region who have lost equipment in shelling."],
    "aid", "aid", 2, "merseyside-fire-engines-for-ukraine", a="Jade Calloway", n="Donated emergency equipment = humanitarian support to Ukraine -> aid."),
  E("2025-05-10 14:50", "Leaders phone Trump from Kyiv after talks with Zelensky",
    ["The four leaders and President Zelensky spoke to Donald Trump by phone from the Mariinskyi Palace, Downing Street said, and the US president was said to back their call for an unconditional ceasefire.",
     "Sir Keir said the coalition would keep planning for a force to help secure any peace."],
    "diplomacy", "diplomacy", 3, "kyiv-coalition-leaders-visit-2025-05-10", a="Rhys Penhale"),
  E("2025-05-10 12:15", "European leaders demand 30-day truce starting Monday",
    ["Standing alongside Volodymyr Zelensky, the leaders of the UK, France, Germany and Poland called on Russia to agree a full and unconditional 30-day ceasefire from Monday.",
     "They warned that if Moscow refused, they would work with Washington on tougher sanctions aimed at its banks and energy exports.",
     "Emmanuel Macron said the ball was now in Putin's court."],
    "diplomacy", "diplomacy", 3, "kyiv-coalition-leaders-visit-2025-05-10", a="Rhys Penhale", kp=True),
  E("2025-05-10 09:40", "Starmer, Macron, Merz and Tusk arrive in Kyiv together",
    ["The four leaders have arrived in the Ukrainian capital on an overnight train, the first time they have travelled to Kyiv together.",
     "It is Friedrich Merz's first visit since he became German chancellor this week."],
    "diplomacy", "diplomacy", 3, "kyiv-coalition-leaders-visit-2025-05-10", a="Jade Calloway", kp=True),
  E("2025-05-10 08:05", "Ukraine reports more than 100 drones overnight as leaders travel",
    ["Russia launched just over 100 drones at Ukraine overnight, the air force said, a day after the end of the three-day truce Moscow declared for its Victory Day commemorations.",
     "Most were shot down or jammed, according to the military."],
    "strikes", "strikes", 2, "russian-drone-attack-2025-05-10-night", a="Jade Calloway"),
  ]))

SEEDS.append(dict(id="4802", name="4802_thewest-topic", ext="html", source="The West Australian", zone="Australia/Perth", render=r_thewest,
  title="Russia-Ukraine war", lede="The latest news, analysis and pictures from the war in Ukraine.", url="https://thewest.com.au/topic/russia-ukraine-war",
  notes="Imitates The West Australian's topic page in HTML. Newest first. Each card: kicker, headline, standfirst paragraph(s), then a byline "
        "row 'NAME \u00b7 AGENCY \u00b7 Sat, 1 February 2025 11:40PM' (agency only when there is no reporter). No zone is printed anywhere: "
        "Perth time (AWST, UTC+8, no daylight saving) is implied by the outlet, so local 09:35-23:40 on 1 Feb = 01:35-15:40 UTC on 1 Feb. "
        "Only a BreadcrumbList JSON-LD (no dates). The two Poltava cards (05 first report, 01 final toll) are one story.",
  not_entries=["masthead, menu, 'Subscribe' / 'Log In'", "breadcrumb 'News / World'", "h1 'Russia-Ukraine war' (page title)",
               "topic description line", "kicker labels ('World', 'Defence')", "'Advertisement' slot", "'Load more' button",
               "'Most Popular' list", "footer"],
  entries=[
  E("2025-02-01 23:40", "Poltava strike toll reaches 14 as search ends",
    ["Rescuers in the central Ukrainian city of Poltava have finished searching the rubble of a five-storey apartment block hit by a Russian missile, with 14 people confirmed dead, including two children."],
    "strikes", "strikes", 3, "poltava-apartment-strike-2025-02-01", a="Reuters", src="Reuters"),
  E("2025-02-01 21:15", "Ukrainian drones spark fire at Russian oil depot",
    ["A Ukrainian drone attack set fire to an oil depot in Russia's Volgograd region, the local governor said, adding that debris from downed drones had fallen on an industrial area.",
     "Ukraine's general staff said later that the site supplied fuel to Russian forces."],
    "strikes", "strikes", 2, "ukraine-drones-volgograd-depot-2025-02-01", a="AP", src="AP"),
  E("2025-02-01 18:30", "Kremlin says no contacts yet on Putin-Trump meeting",
    ["The Kremlin said there had been no concrete contacts with Washington about a meeting between Vladimir Putin and Donald Trump, despite the US president's remarks that talks were going well."],
    "diplomacy", "diplomacy", 2, "kremlin-no-contacts-putin-trump-meeting-2025-02-01", a="Reuters", src="Reuters"),
  E("2025-02-01 15:05", "Russia claims another village on the road to Pokrovsk",
    ["Russia's defence ministry said its troops had taken a village south of Pokrovsk in the Donetsk region, a claim that Ukraine's military did not confirm."],
    "other", "frontline", 2, "russia-claims-village-near-pokrovsk-2025-02-01", a="AP", src="AP"),
  E("2025-02-01 12:50", "Russian missile hits apartment block in Poltava",
    ["A Russian missile struck a residential building in Poltava before dawn on Saturday, killing at least nine people and trapping others under the collapsed floors, officials said.",
     "President Volodymyr Zelensky posted video of firefighters working in the ruins and renewed his call for more air defence systems."],
    "strikes", "strikes", 3, "poltava-apartment-strike-2025-02-01", a="Olena Marchuk", src="AP"),
  E("2025-02-01 11:20", "First Australian Abrams tanks loaded for Ukraine",
    ["The first of the retired M1A1 Abrams tanks promised by Australia have been loaded for shipment to Ukraine, Defence Minister Richard Marles confirmed on Saturday.",
     "Canberra pledged 49 of the tanks last year in a package worth about $245 million."],
    "aid", "aid", 3, "australia-abrams-tanks-shipment", a="Cameron Tuckey", src="The West Australian", kicker="Defence",
    n="Delivery of a major arms package -> importance 3."),
  E("2025-02-01 09:35", "Thousands march in Slovak cities against Fico's Moscow turn",
    ["Tens of thousands of people rallied in Bratislava and other Slovak towns on Friday evening, accusing Prime Minister Robert Fico of steering the country away from the EU and towards Russia."],
    "other", "politics", 2, "slovakia-protests-fico-russia-policy", a="Reuters", src="Reuters",
    n="Domestic politics driven by the war -> other/politics, not off-beat. 09:35 AWST = 01:35 UTC on 1 Feb (Friday evening in Europe)."),
  ]))

SEEDS.append(dict(id="4803", name="4803_vancouversun-feed", ext="xml", source="Vancouver Sun", zone="America/Vancouver", render=r_vancouver,
  title="World | Vancouver Sun", build="Sun, 27 Apr 2025 00:10:41 +0000",
  notes="Imitates the Vancouver Sun (Postmedia, WordPress) World category feed, RSS 2.0. pubDates are in +0000; page_timezone is Vancouver's "
        "(PDT, UTC-7) for published_local, so the UTC day 26 April runs from 17:00 on 25 April to 16:59 on 26 April local: the two oldest items "
        "are dated 25 April locally (local-midnight crossing). Each item: dc:creator (agency or reporter), a truncated description ending "
        "'[&#8230;]' (repeats the start of the first paragraph) and the full text in content:encoded; body counts content:encoded paragraphs. "
        "One item's content ends with a 'Read more:' related link paragraph (not counted). Two items are off-beat (B.C. election campaign, "
        "Iranian port blast). Trump's evening post 4803-01 is a separate statement from the Vatican meeting 4803-05.",
  not_entries=["channel title/link/description/lastBuildDate/sy:update fields", "the truncated <description> excerpts (repeat the first paragraph)",
               "<category> and <guid> values", "the 'Read more: Canada sends more armoured vehicles to Ukraine' paragraph closing item 03's content"],
  entries=[
  E("2025-04-26 16:05", "Trump questions whether Putin wants to end the war after meeting Zelenskyy",
    ["Donald Trump said Saturday he was starting to doubt that Vladimir Putin wants to stop the fighting, hours after a brief one-on-one meeting with Volodymyr Zelenskyy inside St Peter's Basilica.",
     "In a social media post written on his way back to the United States, Trump said recent Russian missile strikes on civilian areas gave him reason to think Putin was stringing him along.",
     "He suggested banking or secondary sanctions could follow."],
    "diplomacy", "diplomacy", 2, "trump-post-doubts-putin-2025-04-26", a="Associated Press"),
  OFF("2025-04-26 11:30", "Leaders make final B.C. swing before Monday's federal vote",
      ["The Liberal and Conservative leaders both held rallies in the Lower Mainland on Saturday as the federal election campaign entered its final weekend.",
       "Advance polling turnout set a record, Elections Canada said."],
      "canada-election-final-weekend-bc", a="Dale Harnett", n="Canadian federal election campaign.", cat="Canada"),
  E("2025-04-26 05:55", "Russia says Kursk region fully retaken; Kyiv says fighting goes on",
    ["Russia's top general told Vladimir Putin on Saturday that the last Ukrainian-held villages in the Kursk region had been cleared, nine months after Ukraine's cross-border incursion began.",
     "Ukraine's general staff denied the claim, saying its units were still holding positions in the region.",
     "Valery Gerasimov also said for the first time that North Korean soldiers had taken part in the fighting."],
    "other", "frontline", 2, "russia-claims-kursk-retaken-2025-04-26", a="Reuters", readmore="Canada sends more armoured vehicles to Ukraine"),
  OFF("2025-04-26 03:10", "Huge explosion at Iranian port kills and injures scores",
      ["A powerful blast tore through stacked containers at Iran's Shahid Rajaee port near Bandar Abbas on Saturday, killing at least 14 people and injuring hundreds, state media said."],
      "iran-shahid-rajaee-port-explosion", a="Associated Press", n="Iranian port explosion."),
  E("2025-04-26 01:40", "Zelenskyy and Trump talk alone in St Peter's before funeral",
    ["Volodymyr Zelenskyy and Donald Trump spoke for about 15 minutes on two chairs set up inside St Peter's Basilica before the funeral of Pope Francis, their first face-to-face meeting since the February clash in the Oval Office.",
     "Zelenskyy's office said the two men discussed a full ceasefire and that the talk was promising.",
     "The White House described it as very productive."],
    "diplomacy", "diplomacy", 3, "trump-zelenskyy-vatican-meeting-2025-04-26", a="Associated Press"),
  E("2025-04-25 21:15", "Kremlin says Putin and Witkoff narrowed differences",
    ["A Kremlin aide said Vladimir Putin's three-hour meeting with Washington's envoy Steve Witkoff had brought the Russian and American positions closer on a number of issues, including Ukraine.",
     "The aide said the two sides had discussed the possibility of direct talks between Russia and Ukraine."],
    "diplomacy", "diplomacy", 3, "witkoff-putin-kremlin-meeting-2025-04-25", a="Reuters",
    n="Local 25 April 21:15 PDT = 26 April 04:15 UTC."),
  E("2025-04-25 17:30", "Suspect detained after car bomb kills Russian general near Moscow",
    ["Russian investigators said Friday they had detained a man suspected of planting the explosive device that killed a senior general in a town outside Moscow.",
     "The general, a deputy head of the armed forces' main operations directorate, died when a parked car blew up as he walked past."],
    "other", "security", 2, "moscow-region-car-bomb-general-2025-04-25", a="Reuters",
    n="Local 25 April 17:30 PDT = 26 April 00:30 UTC. Sabotage/assassination inside Russia -> other/security."),
  ]))

SEEDS.append(dict(id="4804", name="4804_bostonglobe-article", ext="html", source="Boston Globe", zone="America/New_York", render=r_globe,
  title="European leaders close ranks around Zelensky in London after Oval Office rupture",
  deck="Starmer says a coalition of the willing will draft a peace plan to put to Washington", byline="Nora Whitcombe", dateline_t="2025-03-02 18:12",
  lede="LONDON \u2014 Two days after his televised falling-out with President Trump, Volodymyr Zelensky was greeted with hugs and handshakes at Lancaster House on Sunday, where European and Canadian leaders pledged to keep Ukraine armed and to carry more of the burden of any settlement.",
  notes="Imitates a Boston Globe article page in HTML with section subheads. One entry per subhead (headline = subhead), stamp null; "
        "published = the article's only printed time 'March 2, 2025, 6:12 p.m.' (no zone printed: Boston, EST = UTC-5 -> 23:12 UTC), "
        "which the NewsArticle JSON-LD datePublished confirms. One page byline 'By Nora Whitcombe Globe Staff' = every entry's author. "
        "The opening LONDON paragraph is the article lede (not an entry). The Belfast missile financing (aid) is a separate story from the "
        "summit's coalition plan (diplomacy).",
  not_entries=["masthead, menu, 'Subscribe Now' / 'Log In'", "section label 'WORLD'", "h1 title", "deck line", "byline 'By Nora Whitcombe Globe Staff'",
               "date line 'March 2, 2025, 6:12 p.m.'", "share links", "lede paragraph 'LONDON \u2014 Two days after ...'",
               "'Related:' link", "reporter contact tagline", "'Most Popular' list", "footer"],
  entries=[
  E("2025-03-02 18:12", "A coalition of the willing",
    ["Prime Minister Keir Starmer said Britain and France would work with Ukraine on a plan to halt the fighting and would then present it to the United States.",
     "Other countries willing to help guarantee a settlement, possibly with troops and aircraft, would be invited to join, he said, adding that Europe had to do the heavy lifting.",
     "Starmer did not say how many nations had signed up."],
    "diplomacy", "diplomacy", 3, "london-leaders-summit-2025-03-02", a="Nora Whitcombe"),
  E("2025-03-02 18:12", "Missiles made in Belfast",
    ["Starmer also announced that Ukraine would be able to use 1.6 billion pounds of British export financing to buy more than 5,000 air-defense missiles produced by Thales in Northern Ireland.",
     "The deal follows a loan of 2.26 billion pounds that Britain agreed with Kyiv on Saturday, to be repaid from the profits on frozen Russian assets."],
    "aid", "aid", 3, "uk-air-defence-missiles-financing-2025-03-02", a="Nora Whitcombe"),
  E("2025-03-02 18:12", "Tea with the king",
    ["Zelensky traveled on Sunday afternoon to Sandringham, the royal estate in Norfolk, for a private meeting with King Charles III.",
     "Buckingham Palace released no details of their conversation."],
    "diplomacy", "diplomacy", 2, "zelensky-meets-king-charles-2025-03-02", a="Nora Whitcombe"),
  E("2025-03-02 18:12", "Washington's response",
    ["In Washington, national security adviser Mike Waltz said the administration needed a Ukrainian leader who could deal with Russia and end the war, fueling speculation that the White House wanted Zelensky to step aside.",
     "Democrats in Congress accused the administration of abandoning an ally."],
    "diplomacy", "diplomacy", 2, "waltz-remarks-zelensky-leadership-2025-03-02", a="Nora Whitcombe"),
  E("2025-03-02 18:12", "Overnight attacks",
    ["Back in Ukraine, the air force said Russia had launched 73 drones and a ballistic missile overnight, and that a strike in the Kharkiv region damaged houses and a school."],
    "strikes", "strikes", 2, "russian-drone-attack-2025-03-02-night", a="Nora Whitcombe"),
  E("2025-03-02 18:12", "Support on Boston Common",
    ["Several hundred people, many waving blue and yellow flags, gathered on Boston Common on Sunday afternoon in support of Ukraine, with speakers urging Massachusetts' congressional delegation to keep military aid flowing."],
    "other", "politics", 2, "boston-common-rally-ukraine-2025-03-02", a="Nora Whitcombe", n="Local rally -> other/politics."),
  ]))

SEEDS.append(dict(id="4805", name="4805_seattletimes-thelatest", ext="txt", source="Seattle Times", zone="America/Los_Angeles", render=r_seattle,
  title="The Latest: US hits Russia's oil trade with its broadest sanctions yet", byline="Marcus Ellery", parse_args=["--date", "2025-01-10"],
  lede="WASHINGTON (AP) \u2014 With ten days left in office, the Biden administration is using its final weeks to squeeze the oil income that pays for Russia's war in Ukraine.",
  notes="Imitates a Seattle Times page carrying an AP 'The Latest' story, copied as plain text. No year is printed anywhere ('Jan. 10 at "
        "6:05 am', 'Updated Jan. 10 at 3:20 pm'), hence parse_args --date 2025-01-10 (the printed local day). Items have NO headline: a "
        "'___' separator, a time line such as '6:05 a.m.', then the body; oldest first. No zone is printed: the page's home (Seattle, "
        "PST = UTC-8) is implied, so 6:05 a.m.-3:20 p.m. local = 14:05-23:20 UTC on 10 Jan. One page byline (AP reporter) = every "
        "entry's author. Reactions by Kyiv (02) and Moscow (07) to the sanctions announcement share its story.",
  not_entries=["'Skip to main content', masthead, 'Log In', 'Subscribe', menu line", "section label 'Nation & World'", "title line",
               "'Jan. 10 at 6:05 am' and 'Updated Jan. 10 at 3:20 pm' lines", "'Share story'", "byline 'By Marcus Ellery' and 'The Associated Press'",
               "lede paragraph 'WASHINGTON (AP) \u2014 ...'", "'Here's the latest:'", "'___' separators", "'Most Read Nation & World Stories'",
               "comment-policy line and footer"],
  entries=[
  E("2025-01-10 06:05", None,
    ["The Treasury Department on Friday imposed sanctions on Gazprom Neft and Surgutneftegas, two of Russia's largest oil companies, and on more than 180 vessels it says form part of a shadow fleet moving Russian crude.",
     "Officials said the measures could cost Moscow billions of dollars a month."],
    "diplomacy", "diplomacy", 3, "us-oil-sanctions-2025-01-10", a="Marcus Ellery"),
  E("2025-01-10 07:30", None,
    ["Ukrainian President Volodymyr Zelenskyy welcomed the sanctions, saying they would strike a serious blow at the money Russia uses to pay for the war.",
     "He urged the incoming administration in Washington to keep them in place."],
    "diplomacy", "diplomacy", 2, "us-oil-sanctions-2025-01-10", a="Marcus Ellery", n="Kyiv's reaction to the sanctions: same story."),
  E("2025-01-10 08:45", None,
    ["Ukraine's air force said it shot down 33 of 72 drones launched by Russia overnight, and that dozens more were lost to electronic jamming.",
     "Falling debris damaged homes in the Kyiv and Odesa regions, officials said."],
    "strikes", "strikes", 2, "russian-drone-attack-2025-01-10-night", a="Marcus Ellery"),
  E("2025-01-10 10:15", None,
    ["President-elect Donald Trump said a meeting with Russian President Vladimir Putin was being set up, though he gave no date or place.",
     "Trump told Republican governors at his Florida estate that Putin wanted to meet and that the war had to be ended."],
    "diplomacy", "diplomacy", 3, "trump-says-putin-meeting-being-arranged-2025-01", a="Marcus Ellery"),
  E("2025-01-10 11:40", None,
    ["A fire at an oil depot in Russia's Saratov region that was hit by Ukrainian drones earlier this week was still burning on Friday, local authorities said.",
     "Two firefighters died while trying to put out the blaze, according to the regional governor."],
    "strikes", "strikes", 2, "engels-oil-depot-fire-2025-01", a="Marcus Ellery"),
  E("2025-01-10 13:10", None,
    ["Ukraine's military said its troops had repelled dozens of Russian assaults in Russia's Kursk region, where Kyiv has held territory since August.",
     "North Korean soldiers are fighting alongside Russian forces there, according to Ukrainian and Western officials."],
    "other", "frontline", 2, "kursk-fighting-2025-01-10", a="Marcus Ellery"),
  E("2025-01-10 15:20", None,
    ["Russia's Foreign Ministry said the new sanctions were an attempt to damage the Russian economy even at the cost of higher world oil prices.",
     "A ministry spokeswoman said Moscow would take them into account in its planning."],
    "diplomacy", "diplomacy", 2, "us-oil-sanctions-2025-01-10", a="Marcus Ellery", n="Moscow's reaction to the sanctions: same story."),
  ]))

SEEDS.append(dict(id="4806", name="4806_euobserver-feed", ext="xml", source="EUobserver", zone="Europe/Brussels", render=r_euobserver,
  title="EUobserver",
  notes="Imitates the EUobserver RSS 2.0 feed. Newest first; pubDate with the Brussels offset (+0100, CET); each item's <description> is "
        "only the public teaser (one paragraph, plain text), so body_paragraphs is 1; dc:creator per item. The summit produced two separate "
        "decisions (Ukraine text at 26, ReArm Europe endorsement) and Zelensky's own appearance: three stories. The opinion piece on frozen "
        "assets is a theme piece with a body (importance 2).",
  not_entries=["channel title/link/description/language", "<category> and <guid> values"],
  entries=[
  E("2025-03-06 23:15", "Ukraine text adopted by 26 as Orb\u00e1n stays out",
    ["Twenty-six EU leaders backed a statement of support for Ukraine at Thursday's emergency summit in Brussels, after Hungary's Viktor Orb\u00e1n refused to sign it."],
    "diplomacy", "diplomacy", 3, "eu-summit-ukraine-text-26-2025-03-06", a="Wiebke Aalders"),
  E("2025-03-06 21:05", "Leaders endorse ReArm Europe and its \u20ac150bn loan scheme",
    ["EU leaders welcomed the Commission's plan to free up as much as \u20ac800bn for defence, including loans worth \u20ac150bn for joint purchases, and asked for the legal texts to be fast-tracked."],
    "other", "security", 3, "rearm-europe-endorsed-2025-03-06", a="Nikolaj Brandt", sect="defence",
    n="European rearmament (procurement by non-parties) -> other/security; a main development of the day."),
  E("2025-03-06 17:30", "Zelensky tells summit: 'We are not alone'",
    ["Volodymyr Zelensky joined the summit in person and told leaders that Ukraine was grateful Europe had not left it alone at a difficult moment."],
    "diplomacy", "diplomacy", 2, "zelensky-at-eu-summit-2025-03-06", a="Wiebke Aalders"),
  E("2025-03-06 14:10", "Macron's nuclear offer splits capitals",
    ["Reactions ranged from cautious interest in Warsaw and the Baltic capitals to scepticism elsewhere after Emmanuel Macron said he was ready to discuss using France's deterrent to protect European allies."],
    "other", "security", 2, "macron-nuclear-deterrent-offer-2025-03", a="Nikolaj Brandt", sect="defence"),
  E("2025-03-06 11:25", "Opinion: Time to stop freezing and start seizing Russia's assets",
    ["Europe keeps more than \u20ac200bn of Russian central bank money immobilised while Ukraine runs short of funds, and the legal arguments against confiscation have grown thin."],
    "aid", "aid", 2, "opinion-seize-russian-frozen-assets", a="Ilse Vandermeer", sect="opinion", cat="Opinion",
    n="Theme piece (opinion with body): own story, importance 2."),
  E("2025-03-06 08:15", "Czech shell initiative has money for 2025, Prague says",
    ["The Czech-led initiative that buys artillery ammunition for Ukraine outside Europe has secured enough funding to keep deliveries going through this year, the Czech government said."],
    "aid", "aid", 2, "czech-ammunition-initiative-funding-2025", a="Nikolaj Brandt"),
  ]))

SEEDS.append(dict(id="4807", name="4807_kurdistan24-world", ext="html", source="Kurdistan 24", zone="Asia/Baghdad", render=r_k24,
  title="World",
  notes="Imitates the Kurdistan24 English 'World' section listing in HTML. Newest first. Each card: headline, a stamp such as "
        "'6/25/2025 7:15 PM' (US month/day/year order, 12-hour clock, no zone: Erbil time, UTC+3, implied by the outlet), then one or "
        "two paragraphs, some opening with a '(Kurdistan24) \u2013' dateline that is part of the first sentence. The newest card, "
        "'6/26/2025 1:20 AM', is after local midnight but still 25 June in UTC (22:20). No bylines (author null). Two cards are "
        "off-beat (Erbil-Baghdad talks, Iran-Israel ceasefire). Dnipro: strike of 24 June, toll update published 25 June UTC.",
  not_entries=["language bar", "masthead, menu and 'Watch Live'", "section title 'World'", "app promotion line", "'More' link",
               "footer social line and copyright"],
  entries=[
  E("2025-06-26 01:20", "Death toll from Dnipro missile strike rises to 20",
    ["DNIPRO, Ukraine (Kurdistan24) \u2013 The number of people killed by Tuesday's Russian missile strike on the city of Dnipro has risen to 20, Ukraine's emergency service said, after two of the wounded died in hospital.",
     "The attack hit a passenger train and residential streets in the middle of the day."],
    "strikes", "strikes", 3, "dnipro-missile-strike-2025-06-24",
    n="Local 26 June 01:20 (UTC+3) = 25 June 22:20 UTC (midnight crossing)."),
  E("2025-06-25 21:40", "Erdogan offers to host Putin and Zelensky in Istanbul",
    ["THE HAGUE (Kurdistan24) \u2013 Turkish President Recep Tayyip Erdogan told Volodymyr Zelensky on the sidelines of the NATO summit that T\u00fcrkiye was ready to host a meeting of the Russian and Ukrainian leaders, the Turkish presidency said."],
    "diplomacy", "diplomacy", 3, "erdogan-offers-istanbul-leaders-meeting-2025-06-25"),
  E("2025-06-25 19:15", "Trump and Zelensky meet at NATO summit, discuss air defence",
    ["US President Donald Trump met Volodymyr Zelensky for about 50 minutes in The Hague and said afterwards that Washington would see whether it could make more Patriot missile systems available to Kyiv."],
    "diplomacy", "diplomacy", 3, "trump-zelensky-meeting-the-hague-2025-06-25", sec=["aid"]),
  E("2025-06-25 16:50", "NATO allies agree to raise defence spending to five percent of GDP",
    ["NATO leaders meeting in The Hague endorsed a pledge to spend five percent of their economic output on defence and security by 2035, with Spain securing room to aim lower.",
     "The final declaration named Russia as a long-term threat to the alliance."],
    "diplomacy", "diplomacy", 3, "nato-five-percent-spending-pledge-2025-06-25", n="NATO summit decision -> diplomacy (alliance politics)."),
  OFF("2025-06-25 13:30", "KRG and Baghdad resume talks on salaries and oil exports",
      ["ERBIL (Kurdistan24) \u2013 A Kurdistan Region delegation arrived in Baghdad on Wednesday for a new round of talks with the federal government over public sector salaries and the resumption of oil exports through T\u00fcrkiye."],
      "krg-baghdad-salaries-oil-talks", n="Kurdistan Region - Baghdad talks."),
  E("2025-06-25 11:05", "Russia says it downed Ukrainian drones over Moscow region",
    ["Russia's defence ministry said its air defences destroyed 22 Ukrainian drones overnight, including several approaching Moscow, and flights at two of the capital's airports were briefly halted."],
    "strikes", "strikes", 2, "ukrainian-drones-moscow-region-2025-06-25"),
  OFF("2025-06-25 07:45", "Iran-Israel ceasefire holds through second day",
      ["A ceasefire between Iran and Israel announced by US President Donald Trump appeared to be holding on Wednesday, with no new strikes reported overnight by either side."],
      "iran-israel-ceasefire-holds", n="Iran-Israel war, not the Russia-Ukraine war."),
  ]))

SEEDS.append(dict(id="4808", name="4808_sudantribune-world", ext="txt", source="Sudan Tribune", zone="Africa/Khartoum", render=r_sudantribune,
  title="World", clock="Friday, February 14, 2025",
  notes="Imitates a Sudan Tribune category page copied as plain text. The header shows the fetch day ('Friday, February 14, 2025'), not "
        "the items' day. Newest first. Each item: headline, body, and only THEN the meta line 'AUTHOR | February 13, 2025 at 9:50 pm' "
        "(stamp after the body; no zone: Khartoum time, CAT = UTC+2), then 'Read More \u00bb'. Sudan Tribune's own items open with "
        "'(ST) \u2013 PLACE \u2013', which is part of the first sentence. 'Agencies' and 'Sudan Tribune' are the printed bylines. Two "
        "items are off-beat for this war (Russian naval base in Sudan, El Fasher fighting).",
  not_entries=["masthead and tagline", "header date 'Friday, February 14, 2025' (fetch day)", "menu line and 'Search'", "category title 'World'",
               "meta lines 'AUTHOR | date' (they are the stamps, not entries)", "'Read More \u00bb' after every item", "'\u00ab Previous Page' / 'Next Page \u00bb'", "footer"],
  entries=[
  E("2025-02-13 21:50", "Zelensky: Ukraine will not accept any deal made behind its back",
    ["Ukrainian President Volodymyr Zelensky said on Thursday his country would not accept agreements about its future reached without its participation, a day after US President Donald Trump and Russian President Vladimir Putin spoke by phone.",
     "He said he expected to meet US Vice President JD Vance in Munich on Friday."],
    "diplomacy", "diplomacy", 3, "zelensky-rejects-deals-without-ukraine-2025-02-13", a="Agencies"),
  E("2025-02-13 18:30", "Hegseth says Europe must take the lead on Ukraine's security",
    ["US Defence Secretary Pete Hegseth told NATO defence ministers in Brussels that European countries, not the United States, should provide most of the future military and financial support for Ukraine.",
     "He said any peacekeeping troops sent to Ukraine should not be deployed as a NATO mission."],
    "diplomacy", "diplomacy", 2, "hegseth-nato-defence-ministers-2025-02-13", a="Agencies", sec=["aid"]),
  OFF("2025-02-13 15:05", "Sudanese minister says Russian naval base agreement is complete",
      ["(ST) \u2013 PORT SUDAN \u2013 Sudan's Foreign Minister Ali Youssef said talks with Moscow on a Russian naval logistics facility on the Red Sea coast had been concluded and that no obstacles remained."],
      "sudan-russia-naval-base-agreement", a="Sudan Tribune", n="Russia-Sudan naval base: not about the Russia-Ukraine war."),
  E("2025-02-13 12:20", "Ukraine ships wheat to Port Sudan under food programme",
    ["(ST) \u2013 PORT SUDAN \u2013 A ship carrying 25,000 tonnes of Ukrainian wheat docked in Port Sudan on Thursday as part of Kyiv's Grain from Ukraine initiative, the World Food Programme said.",
     "The grain will be distributed to families displaced by the fighting in Darfur and Kordofan."],
    "diplomacy", "diplomacy", 2, "grain-from-ukraine-sudan-shipment-2025-02",
    a="Sudan Tribune", n="Ukraine's wartime food diplomacy abroad -> diplomacy (not aid to a party of the war)."),
  OFF("2025-02-13 10:10", "Fighting around El Fasher forces thousands more to flee",
      ["(ST) \u2013 EL FASHER \u2013 Thousands of people fled camps on the outskirts of El Fasher this week as the Rapid Support Forces shelled areas held by the army, aid groups said."],
      "el-fasher-displacement-2025-02", a="Sudan Tribune", n="Sudan's own war."),
  E("2025-02-13 08:00", "Drone attack cuts power to parts of Odesa",
    ["Russian drones struck energy facilities in Odesa overnight, leaving several districts without electricity and heating, the regional governor said on Thursday.",
     "One person was injured."],
    "strikes", "strikes", 2, "odesa-drone-attack-2025-02-13", a="Agencies"),
  ]))

SEEDS.append(dict(id="4809", name="4809_dailytrust-world", ext="txt", source="Daily Trust", zone="Africa/Lagos", render=r_dailytrust,
  title="World",
  notes="Imitates the Daily Trust (Nigeria) World section copied as plain text. Newest first. Each item: headline, 'By NAME' "
        "('Agency Report' is the paper's printed credit for wire copy and counts as author), stamp 'Fri, 23 May 2025 23:20 WAT' "
        "(WAT = UTC+1), reading time, body, 'Continue Reading'. One off-beat item (Lagos drainage demolitions). The Kyiv attack began "
        "after midnight Kyiv time (24 May local there) but the item is stamped 23:20 WAT = 22:20 UTC on 23 May.",
  not_entries=["masthead, 'Trust TV | e-Paper | Newsletter', menu line", "section title 'World'", "'N min(s) read' lines",
               "'Continue Reading' after each item", "'ADVERTISEMENT'", "'Load More'", "newsletter line and footer"],
  entries=[
  E("2025-05-23 23:20", "Explosions heard in Kyiv as Russia launches drones and missiles",
    ["Loud explosions were heard in Kyiv early on Saturday local time as Ukraine's air force warned that Russia had launched a combined attack on the capital with drones and ballistic missiles.",
     "Residents were told to stay in shelters."],
    "strikes", "strikes", 3, "kyiv-combined-attack-2025-05-24-night", a="Agency Report"),
  E("2025-05-23 20:05", "Russia, Ukraine swap 390 prisoners each in first stage of major exchange",
    ["Russia and Ukraine each released 390 people on Friday in the first stage of an exchange of 1,000 prisoners per side agreed during last week's talks in Istanbul.",
     "The swap, carried out on the border with Belarus, is the largest of the war, officials on both sides said."],
    "diplomacy", "diplomacy", 3, "prisoner-exchange-1000-stage-one-2025-05-23", a="Agency Report"),
  E("2025-05-23 16:40", "Lavrov: Moscow will hand Kyiv a draft peace memorandum after swap",
    ["Russian Foreign Minister Sergei Lavrov said Moscow would give Ukraine a draft document setting out conditions for a lasting settlement once the prisoner exchange was completed."],
    "diplomacy", "diplomacy", 2, "lavrov-draft-memorandum-2025-05-23", a="Agency Report"),
  OFF("2025-05-23 13:15", "Lagos to pull down structures on drainage channels",
      ["The Lagos State Government said it would begin removing structures built on drainage channels in parts of Lekki and Ajah next week to reduce flooding during the rainy season."],
      "lagos-drainage-demolitions", a="Chinedu Okafor", n="Lagos flooding policy."),
  E("2025-05-23 11:00", "Moscow airports shut as Russia reports over 100 Ukrainian drones",
    ["Russia's defence ministry said it had shot down more than 100 Ukrainian drones in 24 hours, including dozens over the Moscow region, forcing temporary closures at the capital's airports."],
    "strikes", "strikes", 2, "ukrainian-drones-moscow-airports-2025-05-23", a="Agency Report"),
  E("2025-05-23 09:30", "Flour millers say Black Sea shipping costs keep bread prices high",
    ["Nigerian flour millers say the cost of shipping wheat from the Black Sea remains well above pre-war levels, one reason bread prices have stayed high despite a stronger naira."],
    "other", "politics", 2, "nigeria-wheat-costs-black-sea-2025-05", a="Halima Danjuma",
    n="Economic knock-on of the war in Nigeria -> other/politics, not off-beat."),
  ]))


# =====================================================================================================================
# PART B, day 1: 2025-04-04 (UTC). Five invented outlets.
# =====================================================================================================================
D1 = "Multi-source day 1 (2025-04-04 UTC): 4820, 4821, 4822, 4823, 4824."
KR = "kryvyi-rih-missile-strike-2025-04-04"
KH = "kharkiv-drone-strike-2025-04-03-night"
NATO = "nato-foreign-ministers-rubio-2025-04-04"

SEEDS.append(dict(id="4820", name="4820_brinkhollow-textlive", ext="txt", source="Brinkhollow Dispatch", zone="Europe/London", render=r_brinkhollow,
  title="Ukraine war live: missile strike on Kryvyi Rih kills children; Rubio says Moscow's intentions will be clear within weeks",
  dateline="Friday 4 April 2025",
  notes="Invented outlet. Text live blog, newest first, 'All times BST' (UTC+1). Key Points block lists three headlines (01, 03, 04). Each "
        "post: a 12-hour stamp line like '8.55pm' BEFORE the headline, body, 'Posted by NAME'. The 'Watch:' teaser (02) has no body and "
        "no byline. Theme piece 06 (analysis of ballistic-missile defence) is its own story. Kryvyi Rih toll grows 12 -> 16 on this page. " + D1,
  not_entries=["outlet name and menu line", "'Live' label", "title line", "date line 'Friday 4 April 2025'", "'All times BST'",
               "'Key Points' header and its three bullets (they repeat posts 01, 03, 04)", "'Latest' label", "'Posted by ...' lines (author)",
               "'Sponsored' marker", "'Show older posts'", "footer"],
  entries=[
  E("2025-04-04 20:55", "Kryvyi Rih toll rises to 16, six of them children",
    ["Sixteen people are now known to have died in the missile strike on Kryvyi Rih, including six children, according to Serhiy Lysak, head of the regional military administration.",
     "More than 50 people were wounded, he said, and several are in a serious condition."],
    "strikes", "strikes", 3, KR, a="Imogen Trethewey", kp=True),
  E("2025-04-04 19:30", "Watch: rescuers at the scene in Kryvyi Rih", [], "strikes", "strikes", 1, KR, n="Video teaser without body -> importance 1."),
  E("2025-04-04 18:05", "Missile strikes residential area of Kryvyi Rih",
    ["A Russian missile has hit a residential neighbourhood of Kryvyi Rih, the central Ukrainian city where President Volodymyr Zelensky was born, killing at least 12 people.",
     "Local officials said the missile landed close to a children's playground and set apartment buildings and cars on fire."],
    "strikes", "strikes", 3, KR, a="Imogen Trethewey", kp=True),
  E("2025-04-04 15:20", "Rubio: we will know 'in weeks, not months' whether Russia is serious",
    ["America's top diplomat, Marco Rubio, told NATO foreign ministers in Brussels that Washington would know within weeks whether Russia was genuinely interested in peace.",
     "He warned that the United States would not be drawn into endless negotiations."],
    "diplomacy", "diplomacy", 3, NATO, a="Callum Ashby", kp=True),
  E("2025-04-04 13:10", "Next Ramstein meeting set for 11 April at NATO headquarters",
    ["Britain and Germany will chair the next meeting of the Ukraine Defence Contact Group on 11 April, the Ministry of Defence said, the first since the United States stepped back from leading the group."],
    "aid", "aid", 2, "ramstein-meeting-announced-2025-04-04", a="Callum Ashby",
    n="Same venue and theme as the NATO ministers' meeting but a different event: must not merge with " + NATO + "."),
  E("2025-04-04 11:00", "Analysis: why Ukraine's cities remain exposed to ballistic missiles",
    ["Drones make up most of what Russia fires at Ukraine, but it is the ballistic missiles that Ukrainian commanders worry about most, because only a handful of Western systems can stop them.",
     "Patriot batteries are the main defence, and Ukraine has fewer than a dozen, spread between Kyiv and the front.",
     "Each interceptor costs several million dollars, and production in the United States and Europe is far below what Ukraine says it needs."],
    "aid", "aid", 2, "analysis-ballistic-missile-defence-gap", a="Callum Ashby", sec=["strikes"],
    n="Theme piece (analysis with body): own story, importance 2; not merged with Zelensky's Patriot appeal 4821-02 or the Kryvyi Rih strike."),
  E("2025-04-04 09:25", "Five dead as drones hit Kharkiv apartment blocks",
    ["Five people were killed and more than 30 injured when Russian drones hit residential buildings in Kharkiv late on Thursday, the city's mayor, Ihor Terekhov, said.",
     "Fires broke out in several high-rise blocks in the Osnovianskyi district."],
    "strikes", "strikes", 3, KH, a="Imogen Trethewey", n="Different attack from Kryvyi Rih (other city, previous night): must not merge."),
  ]))

SEEDS.append(dict(id="4821", name="4821_saltreach-ldlive", ext="html", source="Saltreach Herald", zone="Europe/Kyiv", render=r_saltreach,
  title="Live: Kharkiv counts its dead, missile hits Kryvyi Rih \u2014 4 April 2025", url="https://saltreach.example/live/2025-04-04",
  lede="Updates through the day from our team in Kyiv.", tznote="All times are Kyiv time (EEST).",
  notes="Invented outlet. HTML live blog, OLDEST first, with LiveBlogPosting JSON-LD (per-update datePublished +03:00 and author). Each "
        "update: <time datetime> showing 'HH:MM' Kyiv time, h2 headline, body, then 'By NAME' after the body. Entry 03 repeats entry 01 "
        "nearly verbatim (headline reworded, same body): duplicate_of 4821-01. Spelling 'Kryvyy Rih' in 07. Russia's claim about the "
        "target (06) is an official statement about the attack itself: same story, strikes. " + D1,
  not_entries=["outlet name and menu", "h1 title", "intro 'Updates through the day ...'", "'All times are Kyiv time (EEST).'",
               "'By NAME' footers (author)", "'Coverage continues tomorrow.'", "footer"],
  entries=[
  E("2025-04-04 09:40", "Kharkiv drone attack: death toll rises to five",
    ["The number of people killed in Thursday night's drone attack on Kharkiv has risen to five, regional governor Oleh Syniehubov said on Friday morning.",
     "Thirty-four people were injured, among them a child, and rescuers were still checking damaged apartments."],
    "strikes", "strikes", 3, KH, a="Yaryna Solonenko"),
  E("2025-04-04 12:15", "Zelensky renews appeal for Patriot systems",
    ["President Volodymyr Zelensky said Ukraine was ready to buy additional Patriot systems and asked partners to make them available quickly, in a post on social media after the Kharkiv attack."],
    "aid", "aid", 2, "zelensky-patriot-appeal-2025-04-04", a="Yaryna Solonenko",
    n="An appeal for air defence (aid); a separate statement from the theme analysis 4820-06."),
  E("2025-04-04 13:05", "Kharkiv drone attack: toll rises to five",
    ["The number of people killed in Thursday night's drone attack on Kharkiv has risen to five, regional governor Oleh Syniehubov said on Friday morning.",
     "Thirty-four people were injured, among them a child, and rescuers were still checking damaged apartments."],
    "strikes", "strikes", 1, KH, a="Yaryna Solonenko", dup="4821-01", n="Near-verbatim repeat of 4821-01 -> importance 1."),
  E("2025-04-04 14:30", "Kyiv reviewing new American draft of minerals deal",
    ["Ukrainian officials are studying a revised draft of the minerals agreement sent by Washington, which lawyers in Kyiv say goes much further than the framework discussed in February.",
     "Deputy Prime Minister Yulia Svyrydenko said the government would not accept terms that conflict with Ukraine's path to EU membership."],
    "diplomacy", "diplomacy", 2, "us-ukraine-minerals-draft-review-2025-04-04", a="Petro Havryliuk"),
  E("2025-04-04 19:10", "Ballistic missile hits Kryvyi Rih, at least six killed",
    ["A ballistic missile struck a residential area of Kryvyi Rih shortly before 19:00, killing at least six people, the head of the city's defence council, Oleksandr Vilkul, said."],
    "strikes", "strikes", 3, KR, a="Petro Havryliuk"),
  E("2025-04-04 21:45", "Russia claims it struck a meeting of commanders in Kryvyi Rih",
    ["Russia's defence ministry said its missile hit a restaurant where Ukrainian unit commanders and Western instructors were meeting, a claim Ukraine's general staff dismissed as a lie meant to cover a strike on civilians."],
    "strikes", "strikes", 3, KR, a="Yaryna Solonenko", n="Official claim about the attack itself -> same story (LABELS: strikes)."),
  E("2025-04-04 23:50", "Kryvyy Rih strike: 18 dead, nine of them children",
    ["The death toll in Kryvyy Rih has risen to 18, including nine children, regional authorities said late on Friday.",
     "Vilkul said three days of mourning would begin in the city on Saturday."],
    "strikes", "strikes", 3, KR, a="Petro Havryliuk", n="23:50 EEST = 20:50 UTC, still 4 April."),
  ]))

SEEDS.append(dict(id="4822", name="4822_orvane-worldrss", ext="xml", source="Orvane World Service", zone="UTC", render=r_worldrss, rfc="GMT",
  title="Orvane World Service - World headlines", url="https://orvane.example", lede="Headlines from around the world",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, CDATA HTML paragraphs, no authors. Four of six "
        "items are off-beat (Bangkok summit, Chinese tariffs, Myanmar quake, South Korea). Spelling 'Krivoy Rog'. " + D1,
  not_entries=["channel title/link/description/language", "<category> and <guid> values"],
  entries=[
  E("2025-04-04 22:30", "Krivoy Rog missile strike kills 18, including nine children",
    ["A Russian missile attack on the Ukrainian city of Krivoy Rog on Friday evening killed 18 people, nine of them children, according to Ukrainian officials.",
     "Moscow said it had targeted a gathering of military officers."],
    "strikes", "strikes", 3, KR),
  OFF("2025-04-04 18:40", "Bay of Bengal leaders meet in Bangkok",
      ["Leaders of the seven BIMSTEC countries met in Bangkok on Friday and agreed a plan to widen cooperation on shipping and disaster response."],
      "bimstec-summit-bangkok", n="regional summit in Asia.", cat="Asia"),
  E("2025-04-04 15:10", "NATO ministers urge Russia to accept ceasefire",
    ["NATO foreign ministers ended two days of talks in Brussels on Friday with a call on Russia to match Ukraine's acceptance of an unconditional ceasefire.",
     "The American secretary of state said Moscow's answer would become clear soon."],
    "diplomacy", "diplomacy", 3, NATO),
  OFF("2025-04-04 12:05", "China hits back with 34% tariff on all US imports",
      ["China said it would impose an additional 34% tariff on all goods from the United States from 10 April, matching the duty announced by Washington earlier in the week."],
      "china-retaliatory-tariffs-2025-04", n="US-China trade.", cat="Business"),
  OFF("2025-04-04 09:20", "Myanmar quake survivors sleep outdoors a week after disaster",
      ["Thousands of people in Mandalay and Sagaing are still sleeping in the open a week after the earthquake, aid agencies said, as the confirmed death toll passed 3,000."],
      "myanmar-earthquake-aftermath", n="natural disaster.", cat="Asia"),
  OFF("2025-04-04 02:40", "South Korea's constitutional court removes Yoon from office",
      ["South Korea's Constitutional Court unanimously upheld the impeachment of President Yoon Suk Yeol on Friday, removing him from office over his brief declaration of martial law in December.",
       "A presidential election must now be held within 60 days."],
      "south-korea-yoon-removed", n="South Korean politics.", cat="Asia"),
  ]))

SEEDS.append(dict(id="4823", name="4823_tamblyn-atom", ext="xml", source="Tamblyn Gazette", zone="Europe/Kyiv", render=r_atom, content="html",
  title="Tamblyn Gazette \u2014 Ukraine", url="https://tamblyn.example",
  notes="Invented outlet. Atom 1.0 feed, newest first, <published> with +03:00 (Kyiv EEST), escaped-HTML <content>, per-entry <author>. "
        "Entry 01 ('Photos:') has no content and no author: teaser, importance 1. Entry 04 is re-posted verbatim on day 2 by 4831-05. " + D1,
  not_entries=["feed title/links/id/updated", "each entry's <id>, <updated> and <link>"],
  entries=[
  E("2025-04-04 22:55", "Photos: night falls on a grieving Kryvyi Rih", [], "strikes", "strikes", 1, KR, n="Photo teaser without body -> importance 1."),
  E("2025-04-04 19:35", "Kryvyi Rih: missile lands near playground, eight dead",
    ["At least eight people were killed when a Russian missile came down near a playground in a residential district of Kryvyi Rih, local authorities said.",
     "Ambulances and fire crews were still arriving at the scene as darkness fell."],
    "strikes", "strikes", 3, KR, a="Marko Bilyk"),
  E("2025-04-04 13:40", "Kyiv and Moscow trade blame over energy truce",
    ["Ukraine's foreign ministry accused Russia of breaking the partial moratorium on strikes against energy infrastructure with an attack on a power line in the Kherson region, while Moscow said Ukrainian drones had hit a substation in Bryansk."],
    "diplomacy", "diplomacy", 2, "energy-truce-violation-claims-2025-04-04", a="Olha Pasichnyk", sec=["strikes"],
    n="Mutual accusations about the US-brokered energy moratorium -> diplomacy (ceasefire talk)."),
  E("2025-04-04 07:20", "Drones strike Kharkiv overnight, five reported dead",
    ["Russian attack drones hit apartment blocks in Kharkiv late on Thursday, killing five people, Mayor Ihor Terekhov said.",
     "Dozens were injured and several fires broke out in high-rise buildings."],
    "strikes", "strikes", 3, KH, a="Olha Pasichnyk"),
  ]))

SEEDS.append(dict(id="4824", name="4824_kestlemere-article", ext="txt", source="Kestlemere Post", zone="Europe/Warsaw", render=r_textarticle,
  title="A city in mourning: missile kills children in Zelensky's home town",
  crumb="World \u203a Eastern Europe", bylineline="By Agnieszka Lenart", dateline="4 April 2025, 23:40 CEST",
  lede="Friday's attack on Kryvyi Rih was one of the deadliest on a Ukrainian city this year.",
  tail=["Share: Email | Facebook | Bluesky", "Read next: Poland's air-defence shield, explained", "", "\u00a9 2025 Kestlemere Post"],
  notes="Invented outlet. Text article with three section headings; one entry per section (headline = heading), stamp null, published = the "
        "dateline '4 April 2025, 23:40 CEST' (UTC+2 -> 21:40 UTC) for every section; page byline = author. " + D1,
  not_entries=["outlet name and breadcrumb", "title line", "byline and dateline lines", "lede paragraph", "share line", "'Read next:' link", "copyright line"],
  entries=[
  E("2025-04-04 23:40", "Children among the dead",
    ["Eighteen people, nine of them children, were killed when a Russian ballistic missile exploded above a street next to a playground in Kryvyi Rih on Friday evening, Ukrainian officials said.",
     "Zelensky, who grew up in the city, said the missile had been fitted with cluster munitions to cause as many casualties as possible."],
    "strikes", "strikes", 3, KR, a="Agnieszka Lenart"),
  E("2025-04-04 23:40", "Rubio's timetable",
    ["At NATO headquarters, the American secretary of state said Washington would not wait months to find out whether Moscow was serious about a ceasefire.",
     "Poland's foreign minister, Rados\u0142aw Sikorski, said the strike on Kryvyi Rih was Russia's answer."],
    "diplomacy", "diplomacy", 3, NATO, a="Agnieszka Lenart"),
  E("2025-04-04 23:40", "Jets scrambled over south-eastern Poland",
    ["Polish and allied aircraft were scrambled in the early hours of Friday as Russia launched drones and missiles at western Ukraine, the Operational Command said, and ground-based air defence was put on the highest alert.",
     "No violation of Polish airspace was reported."],
    "other", "security", 2, "poland-scrambles-jets-2025-04-04", a="Agnieszka Lenart"),
  ]))

# =====================================================================================================================
# PART B, day 2: 2025-04-05 (UTC), the day after day 1
# =====================================================================================================================
D2 = "Multi-source day 2 (2025-04-05 UTC, the day after day 1): 4830, 4831, 4832, 4833, 4834."
KHE = "kherson-minibus-drone-strike-2025-04-05"
ZUS = "zelensky-criticises-us-embassy-statement-2025-04-05"

SEEDS.append(dict(id="4830", name="4830_lowfold-htmllive", ext="html", source="Lowfold Bulletin", zone="Europe/London", render=r_lowfold,
  title="Ukraine: Kryvyi Rih mourns its dead as drone hits minibus in Kherson", dateline="Saturday 5 April 2025",
  lede="Three days of mourning begin in Kryvyi Rih; Zelensky criticises the US embassy's response to the strike.",
  notes="Invented outlet. HTML live blog without JSON-LD, newest first; each post has a '21:30 BST' span ABOVE the h2 (UTC+1) and a byline "
        "paragraph BELOW it. 'Pictured:' teaser (02) has no body. Kryvyi Rih entries (02, 05, 06) continue the day-1 story with new "
        "developments (mourning, toll 19) and keep its slug. " + D2,
  not_entries=["cookie consent bar", "outlet name and menu", "h1 title", "date line 'Saturday 5 April 2025'", "standfirst paragraph",
               "byline paragraphs (author)", "'Related' aside with one link", "footer"],
  entries=[
  E("2025-04-05 21:30", "Zelensky criticises US embassy over 'weak' statement on strike",
    ["President Volodymyr Zelensky said the US embassy's reaction to the Kryvyi Rih attack was surprisingly weak, because its statement expressed horror at the strike without naming Russia as the country that carried it out.",
     "His chief of staff, Andriy Yermak, said words mattered and that the aggressor had to be named."],
    "diplomacy", "diplomacy", 3, ZUS, a="Harriet Pengelly",
    n="A new statement about another statement: own story, not the strike itself (must not merge with " + KR + ")."),
  E("2025-04-05 17:15", "Pictured: toys and candles at the Kryvyi Rih memorial", [], "strikes", "strikes", 1, KR, n="Photo teaser without body -> importance 1."),
  E("2025-04-05 14:40", "Kherson: Russian drone hits minibus, one killed",
    ["A Russian drone struck a minibus carrying passengers in Kherson's Dniprovskyi district, killing one man and injuring five others, the regional administration said."],
    "strikes", "strikes", 3, KHE, a="Owen Tregarthen"),
  E("2025-04-05 11:05", "Russia says it shot down 24 Ukrainian drones",
    ["Russia's defence ministry said its air defences destroyed 24 Ukrainian drones overnight over the Kursk, Belgorod and Bryansk regions and over the Sea of Azov."],
    "strikes", "strikes", 2, "russia-downs-ukrainian-drones-2025-04-05", a="Owen Tregarthen"),
  E("2025-04-05 09:05", "Kryvyi Rih death toll rises to 19",
    ["A woman wounded in Friday's missile strike on Kryvyi Rih has died in hospital, bringing the number of dead to 19, the regional governor said.",
     "Nine of those killed were children."],
    "strikes", "strikes", 3, KR, a="Owen Tregarthen", n="Day-2 continuation of the day-1 story (toll rises): keeps the day-1 slug."),
  E("2025-04-05 07:10", "Kryvyi Rih begins three days of mourning",
    ["Flags are flying at half-mast in Kryvyi Rih as the city begins three days of mourning for the victims of Friday's strike.",
     "Entertainment events have been cancelled and shops have been asked not to play music."],
    "strikes", "strikes", 3, KR, a="Harriet Pengelly", sec=["other"], n="Mourning for the strike's victims: same story (continuation)."),
  ]))

SEEDS.append(dict(id="4831", name="4831_pelmarsh-atom", ext="xml", source="Pelmarsh Review", zone="Europe/Kyiv", render=r_atom, content="html",
  title="Pelmarsh Review: Ukraine updates", url="https://pelmarsh.example",
  notes="Invented outlet. Atom 1.0 feed, newest first, <published> with +03:00 (Kyiv EEST), escaped-HTML content, per-entry author. Entry 05 "
        "re-posts the day-1 entry 4823-04 (Tamblyn Gazette, 4 April) word for word: a re-post, importance 1, story kept. " + D2,
  not_entries=["feed title/links/id/updated", "each entry's <id>, <updated> and <link>"],
  entries=[
  E("2025-04-05 22:40", "Sumy region: shelling damages houses in border communities",
    ["Russian artillery and guided bombs hit several communities in the Sumy region near the Russian border during the day, damaging houses and a power line, the regional military administration said."],
    "strikes", "strikes", 2, "sumy-region-shelling-2025-04-05", a="Iryna Tkachuk", n="Different attack and region from Kherson: must not merge."),
  E("2025-04-05 18:20", "Umerov expects new air defence deliveries after Ramstein",
    ["Defence Minister Rustem Umerov said he expected partners to announce new air defence deliveries at next week's meeting of the Ukraine Defence Contact Group."],
    "aid", "aid", 2, "umerov-air-defence-deliveries-expected-2025-04-05", a="Iryna Tkachuk",
    n="Same theme as Germany's IRIS-T promise 4832-02, different statement: must not merge."),
  E("2025-04-05 15:10", "Kherson minibus hit by drone, passenger killed",
    ["A drone attack on a minibus in Kherson killed a passenger and wounded several others, Governor Oleksandr Prokudin said."],
    "strikes", "strikes", 3, KHE, a="Bohdan Lysenko"),
  E("2025-04-05 11:45", "Kryvyi Rih: 19 dead, funerals to begin on Sunday",
    ["Kryvyi Rih officials said 19 people were now confirmed dead and that the first funerals of the children killed on Friday would be held on Sunday."],
    "strikes", "strikes", 3, KR, a="Bohdan Lysenko", n="Day-2 continuation of the day-1 story."),
  E("2025-04-05 08:30", "Drones strike Kharkiv overnight, five reported dead",
    ["Russian attack drones hit apartment blocks in Kharkiv late on Thursday, killing five people, Mayor Ihor Terekhov said.",
     "Dozens were injured and several fires broke out in high-rise buildings."],
    "strikes", "strikes", 1, KH, a="Olha Pasichnyk", n="Re-post of day-1 entry 4823-04 (Tamblyn Gazette, 4 April), word for word and syndicated with its original byline: importance 1."),
  ]))

SEEDS.append(dict(id="4832", name="4832_ferncastle-textlive", ext="txt", source="Ferncastle Observer", zone="Europe/Berlin", render=r_ferncastle,
  title="Live: Ukraine the day after the Kryvyi Rih attack", dateline="Saturday, 5 April 2025",
  lede="Our correspondents in Kyiv and Berlin follow the day's events.",
  notes="Invented outlet. Text live blog, OLDEST first; the stamp line comes AFTER the body: 'Filed 09:40 CEST \u00b7 NAME' (UTC+2). Spelling "
        "'Cherson' (German transliteration) for Kherson. Entry 04 repeats entry 01 nearly verbatim (headline shortened): duplicate_of "
        "4832-01. Kherson toll grows 1 -> 2 here. " + D2,
  not_entries=["outlet name and edition line", "title and date lines", "lede paragraph", "'More updates tomorrow'", "footer"],
  entries=[
  E("2025-04-05 09:40", "Kryvyi Rih: 19 dead as rescuers end search",
    ["Rescue crews in Kryvyi Rih have finished clearing the debris at the site of Friday's missile strike, and regional officials put the number of dead at 19.",
     "Seventy-two people were wounded."],
    "strikes", "strikes", 3, KR, a="Helga Brandauer", n="Day-2 continuation of the day-1 story."),
  E("2025-04-05 11:30", "Berlin promises two more IRIS-T systems",
    ["Germany will deliver two more IRIS-T air defence systems to Ukraine this year, the defence ministry in Berlin said on Saturday, after a request from Kyiv following the Kryvyi Rih strike."],
    "aid", "aid", 2, "germany-iris-t-pledge-2025-04-05", a="Jannik Vogelsang"),
  E("2025-04-05 13:45", "Cherson: drone hits minibus, one passenger killed",
    ["In the southern city of Cherson, a Russian drone attacked a minibus at a stop, killing one passenger and injuring five, according to the regional administration."],
    "strikes", "strikes", 3, KHE, a="Jannik Vogelsang"),
  E("2025-04-05 16:20", "Kryvyi Rih: 19 dead as search ends",
    ["Rescue crews in Kryvyi Rih have finished clearing the debris at the site of Friday's missile strike, and regional officials put the number of dead at 19.",
     "Seventy-two people were wounded."],
    "strikes", "strikes", 1, KR, a="Helga Brandauer", dup="4832-01", n="Near-verbatim repeat of 4832-01 (headline shortened) -> importance 1."),
  E("2025-04-05 19:05", "Zelensky: US statement did not even name Russia",
    ["Volodymyr Zelensky accused the US embassy in Kyiv of being afraid to say the word Russia in its statement on the Kryvyi Rih attack, which he called weak."],
    "diplomacy", "diplomacy", 3, ZUS, a="Helga Brandauer"),
  E("2025-04-05 22:50", "Cherson: second victim of minibus attack dies",
    ["A woman injured in the drone attack on a minibus in Cherson has died in hospital, raising the death toll to two, regional officials said."],
    "strikes", "strikes", 3, KHE, a="Jannik Vogelsang", n="22:50 CEST = 20:50 UTC, still 5 April."),
  ]))

SEEDS.append(dict(id="4833", name="4833_glintwater-worldrss", ext="xml", source="Glintwater World Desk", zone="Europe/Paris", render=r_worldrss, rfc="offset",
  title="Glintwater World Desk", url="https://glintwater.example", lede="The world in brief, updated through the day",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate with +0200 (Paris CEST), CDATA paragraphs, no authors. Four "
        "of six items are off-beat (US protests, Grand National, Modi in Colombo, Ohio River floods). " + D2,
  not_entries=["channel title/link/description/language", "<category> and <guid> values"],
  entries=[
  OFF("2025-04-05 23:10", "Crowds protest across US against Trump and Musk",
      ["Demonstrators rallied in hundreds of American cities on Saturday against President Donald Trump and Elon Musk's cuts to the federal workforce, in the largest protests since Trump returned to office."],
      "us-hands-off-protests-2025-04-05", n="US domestic protests.", cat="Americas"),
  E("2025-04-05 19:30", "Kherson: drone attack on minibus kills passenger",
    ["A Russian drone hit a minibus in the southern Ukrainian city of Kherson on Saturday, killing one passenger, officials said."],
    "strikes", "strikes", 3, KHE),
  OFF("2025-04-05 17:55", "Aintree crowds gather for the Grand National",
      ["Racegoers filled Aintree on Saturday for the Grand National, with more than 30 horses declared for the steeplechase over four and a quarter miles."],
      "grand-national-2025", n="horse racing.", cat="Sport"),
  E("2025-04-05 13:20", "Ukraine mourns victims of Kryvyi Rih strike",
    ["Ukraine's central city of Kryvyi Rih began three days of mourning on Saturday for the 19 people killed by a Russian missile on Friday evening, including nine children."],
    "strikes", "strikes", 3, KR, n="Day-2 continuation of the day-1 story."),
  OFF("2025-04-05 10:40", "Modi signs defence pact in Colombo",
      ["Indian Prime Minister Narendra Modi and Sri Lankan President Anura Kumara Dissanayake signed their countries' first defence cooperation agreement in Colombo on Saturday."],
      "india-sri-lanka-defence-pact", n="South Asian diplomacy.", cat="Asia"),
  OFF("2025-04-05 07:15", "Floodwaters rise along the Ohio River after days of storms",
      ["Rivers across Kentucky and southern Indiana kept rising on Saturday after days of torrential rain, forcing evacuations in several towns."],
      "ohio-river-floods-2025-04", n="US weather.", cat="Americas"),
  ]))

SEEDS.append(dict(id="4834", name="4834_vessington-article", ext="html", source="Vessington Times", zone="Europe/London", render=r_vessington,
  title="Kryvyi Rih mourns as Russian drones stalk Kherson's streets", byline="Rosalind Farquhar", dateline_t="2025-04-05 18:30",
  lede="A day after the deadliest strike of the spring, Ukraine buries its dead and waits on Washington.",
  notes="Invented outlet. HTML article with three h2 sections and NewsArticle JSON-LD; one entry per section, stamp null, published = the "
        "dateline 'Saturday 5 April 2025 18:30 BST' (= 17:30 UTC; JSON-LD datePublished agrees); page byline = author. Section 03 is an "
        "explainer with a body (theme piece, importance 2). " + D2,
  not_entries=["outlet name and menu", "h1 title", "byline and dateline paragraphs", "bold lede paragraph", "share line", "footer"],
  entries=[
  E("2025-04-05 18:30", "Mourning in Kryvyi Rih",
    ["Kryvyi Rih marked the first of three days of mourning on Saturday, with residents leaving soft toys and flowers at the playground where the missile landed.",
     "Officials said 19 people had died, nine of them children, and that dozens of the wounded remained in hospital."],
    "strikes", "strikes", 3, KR, a="Rosalind Farquhar", n="Day-2 continuation of the day-1 story."),
  E("2025-04-05 18:30", "A minibus in Kherson",
    ["In Kherson, a drone attacked a minibus on Saturday morning, killing one passenger; the city has faced drone attacks on civilian vehicles almost daily for months."],
    "strikes", "strikes", 3, KHE, a="Rosalind Farquhar"),
  E("2025-04-05 18:30", "Explainer: what a US minerals deal would mean",
    ["The agreement Washington is pushing would give the United States a share of revenue from Ukraine's future mining, oil and gas projects through a joint investment fund.",
     "Kyiv has asked for clearer security guarantees and for past American aid not to be treated as a debt."],
    "diplomacy", "diplomacy", 2, "explainer-us-ukraine-minerals-deal", a="Rosalind Farquhar", sec=["aid"],
    n="Theme piece (explainer with body): own story, importance 2."),
  ]))

# =====================================================================================================================
# PART B, day 3: 2025-05-17 (UTC), a separate day
# =====================================================================================================================
D3 = "Multi-source day 3 (2025-05-17 UTC): 4840, 4841, 4842, 4843, 4844."
BP = "bilopillia-bus-drone-strike-2025-05-17"
EXCH = "istanbul-1000-prisoner-exchange-preparation-2025-05-17"
TRUMP = "trump-announces-putin-call-2025-05-17"

SEEDS.append(dict(id="4840", name="4840_aldercove-worldatom", ext="xml", source="Aldercove Radio", zone="UTC", render=r_atom, content="text",
  title="Aldercove Radio \u2014 World news", url="https://aldercove.example",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in UTC ('Z'), plain-text <summary type='text'> with "
        "blank-line paragraphs, no authors. Four of six entries are off-beat (Eurovision, FA Cup, Romania, India-Pakistan). Bus strike toll "
        "here: eight. " + D3,
  not_entries=["feed title/links/id/updated", "each entry's <id>, <updated> and <link>"],
  entries=[
  OFF("2025-05-17 19:05", "Eurovision: 26 acts take to the stage in Basel final",
      ["Twenty-six countries are competing in tonight's Eurovision Song Contest final in Basel, with Sweden's entry the favourite among bookmakers."],
      "eurovision-final-basel-2025", n="song contest."),
  OFF("2025-05-17 17:40", "Crystal Palace beat Manchester City to win the FA Cup",
      ["Crystal Palace won the first major trophy in their history, beating Manchester City 1-0 in the FA Cup final at Wembley."],
      "fa-cup-final-2025", n="football."),
  E("2025-05-17 14:10", "Kyiv and Moscow prepare lists for 1,000-prisoner swap",
    ["Ukraine and Russia are drawing up lists for the exchange of 1,000 prisoners each agreed at Friday's talks in Istanbul, Ukrainian officials said, adding that it could take place within days.",
     "It would be the largest exchange of the war."],
    "diplomacy", "diplomacy", 3, EXCH),
  OFF("2025-05-17 11:40", "Romania's run-off campaigns wind up before Sunday vote",
      ["Romania's two presidential candidates held final rallies before Sunday's run-off between the nationalist George Simion and the Bucharest mayor, Nicusor Dan."],
      "romania-presidential-runoff-2025", n="Romanian election."),
  E("2025-05-17 08:25", "Drone strike on bus in northern Ukraine kills eight",
    ["A Russian drone hit a bus carrying civilians out of the town of Bilopillia in Ukraine's Sumy region on Saturday morning, killing eight people, regional authorities said."],
    "strikes", "strikes", 3, BP),
  OFF("2025-05-17 05:50", "India-Pakistan ceasefire holds for a week",
      ["The ceasefire between India and Pakistan held for a seventh day on Saturday, with no firing reported overnight along the Line of Control, Indian army officials said."],
      "india-pakistan-ceasefire-2025-05", n="South Asian conflict, not the Russia-Ukraine war."),
  ]))

SEEDS.append(dict(id="4841", name="4841_thistlebeck-textlive", ext="txt", source="Thistlebeck Live", zone="Europe/Kyiv", render=r_thistlebeck,
  title="Russia's war on Ukraine, day by day", dateline="Saturday 17 May", parse_args=["--date", "2025-05-17"],
  notes="Invented outlet. Text live blog, OLDEST first; the date line 'Saturday 17 May' prints no year (parse_args --date 2025-05-17); "
        "'Times are Kyiv time' (EEST = UTC+3); each post's time is in brackets on the headline line ('[07:10] Drone hits ...'), so the "
        "headline is the rest of that line; '\u2014 NAME' after the body. Entry 05 repeats entry 01 word for word: duplicate_of 4841-01. "
        "Bus strike toll 7 -> 9 on this page. Zelensky's calls with Trump and Europeans (04) must not merge with Trump's announced call "
        "with Putin (4842-01, 4844-01). " + D3,
  not_entries=["outlet name and menu line", "title line", "date line 'Saturday 17 May'", "'Times are Kyiv time'", "'\u2014 NAME' lines (author)",
               "donation appeal line", "'That's all for today.'", "footer"],
  entries=[
  E("2025-05-17 07:10", "Drone hits bus carrying evacuees near Bilopillia",
    ["A Russian drone struck a passenger bus on the road between Bilopillia and Sumy early on Saturday, killing at least seven people, the Sumy regional administration said.",
     "The bus was carrying residents leaving the frontline town."],
    "strikes", "strikes", 3, BP, a="Nadiia Horbenko"),
  E("2025-05-17 08:45", "Sumy region declares three days of mourning",
    ["The Sumy regional governor, Oleh Hryhorov, declared three days of mourning for the victims of the bus attack."],
    "strikes", "strikes", 3, BP, a="Nadiia Horbenko", sec=["other"], n="Mourning for the bus victims: same story."),
  E("2025-05-17 10:30", "Umerov: lists for the 1,000-for-1,000 exchange being drawn up",
    ["Defence Minister Rustem Umerov, who led Ukraine's delegation in Istanbul, said work had begun on the lists of prisoners to be swapped under Friday's agreement."],
    "diplomacy", "diplomacy", 3, EXCH, a="Taras Holub"),
  E("2025-05-17 11:20", "Zelensky briefed Trump and European leaders after Istanbul",
    ["President Volodymyr Zelensky said he had spoken by phone with Donald Trump and with the leaders of France, Germany, the UK and Poland after the Istanbul talks, and that they agreed pressure on Moscow must grow if it refuses a full ceasefire."],
    "diplomacy", "diplomacy", 2, "zelensky-calls-trump-europeans-after-istanbul-2025-05", a="Taras Holub"),
  E("2025-05-17 12:15", "Drone hits bus carrying evacuees near Bilopillia",
    ["A Russian drone struck a passenger bus on the road between Bilopillia and Sumy early on Saturday, killing at least seven people, the Sumy regional administration said.",
     "The bus was carrying residents leaving the frontline town."],
    "strikes", "strikes", 1, BP, a="Nadiia Horbenko", dup="4841-01", n="Verbatim repeat of 4841-01 -> importance 1."),
  E("2025-05-17 14:50", "Kherson: drones wound four in Dniprovskyi district",
    ["Four people were injured when Russian drones dropped explosives on streets in Kherson's Dniprovskyi district, the city's military administration said."],
    "strikes", "strikes", 2, "kherson-drone-attacks-2025-05-17", a="Taras Holub", n="Different attack from the bus strike: must not merge."),
  E("2025-05-17 20:40", "Bilopillia bus attack: toll rises to nine",
    ["Nine people are now confirmed dead after the drone strike on the evacuation bus near Bilopillia, and seven others were injured, regional officials said."],
    "strikes", "strikes", 3, BP, a="Nadiia Horbenko"),
  ]))

SEEDS.append(dict(id="4842", name="4842_cobbleford-htmllive", ext="html", source="Cobbleford Journal", zone="Europe/London", render=r_cobbleford,
  title="Ukraine war: drone kills bus passengers in Sumy region; Trump to call Putin on Monday", dateline="Saturday 17 May 2025",
  url="https://cobbleford.example/world/ukraine-live-17-may-2025",
  notes="Invented outlet. HTML live blog, newest first; JSON-LD is a @graph whose article node has @type [\"NewsArticle\", \"LiveBlogPosting\"] "
        "and no liveBlogUpdate list; visible 12-hour times like '9.45am' inside <time datetime> (+01:00, BST); signature '\u2014 NAME' "
        "after the body. 'Video:' teaser (03) has no body. Spelling 'Bilopillya'. Theme piece 02 (analysis of the Istanbul talks) is its own "
        "story. " + D3,
  not_entries=["outlet name and menu", "h1 title", "date line 'Saturday 17 May 2025'", "signature lines (author)", "newsletter promo", "footer"],
  entries=[
  E("2025-05-17 21:30", "Trump says he will speak with Putin on Monday",
    ["Donald Trump said he would talk to Vladimir Putin by phone on Monday about stopping what he called the bloodbath in Ukraine, and would then speak with Volodymyr Zelensky and Nato leaders."],
    "diplomacy", "diplomacy", 3, TRUMP, a="Ellis Wrayford"),
  E("2025-05-17 18:05", "Analysis: Istanbul delivered a swap, not a ceasefire",
    ["The first direct talks between Russian and Ukrainian officials in three years lasted less than two hours and ended with only one concrete result: an agreement to exchange prisoners.",
     "Moscow's delegation repeated demands that Kyiv withdraw from regions Russia claims, and there was no movement towards the 30-day truce Europe and Washington want."],
    "diplomacy", "diplomacy", 2, "analysis-istanbul-talks-outcome", a="Gwen Alderley",
    n="Theme piece (analysis with body): own story, importance 2; not merged with the exchange preparation " + EXCH + "."),
  E("2025-05-17 15:40", "Video: the burnt-out bus on the road out of Bilopillya", [], "strikes", "strikes", 1, BP, n="Video teaser without body -> importance 1."),
  E("2025-05-17 12:20", "Kremlin: a Putin-Zelensky meeting must follow agreements",
    ["A meeting between Vladimir Putin and Volodymyr Zelensky is possible, but only after the two delegations have reached agreements, Kremlin spokesman Dmitry Peskov told state television."],
    "diplomacy", "diplomacy", 2, "peskov-leaders-meeting-conditions-2025-05-17", a="Ellis Wrayford",
    n="Separate statement; must not merge with Trump's announced call."),
  E("2025-05-17 09:45", "Bilopillya bus attack: eight killed",
    ["Eight people were killed when a Russian drone hit a bus evacuating civilians from Bilopillya in north-eastern Ukraine, local officials said.",
     "Zelensky said the attack was a deliberate killing of civilians."],
    "strikes", "strikes", 3, BP, a="Gwen Alderley"),
  ]))

SEEDS.append(dict(id="4843", name="4843_quenmoor-article", ext="txt", source="Quenmoor Review", zone="Europe/Kyiv", render=r_textarticle,
  title="After Istanbul, a deadly morning on the road from Belopolye",
  crumb="Europe | Ukraine", bylineline="Words: Maren \u00d8stby", dateline="Published 17 May 2025 at 19:40 (Kyiv time)",
  lede="The day after the first direct talks in three years, a drone turned an evacuation into a massacre.",
  tail=["Tags: Ukraine, Sumy, Istanbul talks", "", "Quenmoor Review \u00b7 Independent since 1998"],
  notes="Invented outlet. Text article with three section headings; one entry per section, stamp null, published = the dateline "
        "'Published 17 May 2025 at 19:40 (Kyiv time)' (EEST = UTC+3 -> 16:40 UTC); byline line 'Words: Maren \u00d8stby' = author of every "
        "section. Russian-style spelling 'Belopolye' (Bilopillia). The Sumy city drone attack (03) is a different event from the bus "
        "strike (same region): must not merge. " + D3,
  not_entries=["outlet name and breadcrumb", "title line", "byline line 'Words: ...' and dateline line", "lede paragraph", "tags line", "footer"],
  entries=[
  E("2025-05-17 19:40", "The bus from Belopolye",
    ["Nine civilians died on Saturday when a drone hit a bus leaving Belopolye, a town a few kilometres from the Russian border that Ukrainians call Bilopillia.",
     "Russia's defence ministry said it had struck a military staging area in the Sumy region."],
    "strikes", "strikes", 3, BP, a="Maren \u00d8stby"),
  E("2025-05-17 19:40", "A thousand for a thousand",
    ["The only agreement from Istanbul, a swap of 1,000 prisoners from each side, is now in the hands of military officials who must agree the names.",
     "Ukrainian negotiators said they hoped to include civilians as well as soldiers."],
    "diplomacy", "diplomacy", 3, EXCH, a="Maren \u00d8stby"),
  E("2025-05-17 19:40", "Drones over Sumy city",
    ["In the regional capital, Sumy, drones struck a garage cooperative and damaged a hospital outbuilding during the afternoon, the city's acting mayor said; no one was hurt."],
    "strikes", "strikes", 2, "sumy-city-drone-attack-2025-05-17", a="Maren \u00d8stby"),
  ]))

SEEDS.append(dict(id="4844", name="4844_harlowick-rss", ext="xml", source="Harlowick Sentinel", zone="Europe/Vilnius", render=r_harlowick,
  title="Harlowick Sentinel \u2014 Ukraine and the Baltic", url="https://harlowick.example/ukraine", lede="War and security news from the Baltic region",
  notes="Invented outlet. RSS 2.0 topic feed, newest first; pubDate with +0300 (Vilnius EEST); dc:creator; a cut <description> ending "
        "with an ellipsis plus the full text in content:encoded. Bus strike toll 7 -> 9 here; Zelensky's condemnation (02) is an official "
        "reaction whose content is the attack: same story, strikes. " + D3,
  not_entries=["channel title/link/description", "the cut <description> excerpts (repeat the first paragraph)"],
  entries=[
  E("2025-05-17 23:35", "Trump to call Putin on Monday, then Zelensky and NATO leaders",
    ["President Donald Trump wrote on his social media platform that he would speak with Vladimir Putin on Monday and afterwards with Volodymyr Zelensky and several NATO leaders.",
     "He said he hoped the call would lead to a ceasefire."],
    "diplomacy", "diplomacy", 3, TRUMP, a="Ruta Vaitkute"),
  E("2025-05-17 19:10", "Zelensky: bus strike was a deliberate killing of civilians",
    ["President Volodymyr Zelensky said the Russian drone strike on a bus in the Sumy region, which killed nine people, was a deliberate attack on civilians and showed Moscow was not interested in ending the war."],
    "strikes", "strikes", 3, BP, a="Ruta Vaitkute", n="Official reaction whose content is the attack itself -> same story (LABELS)."),
  E("2025-05-17 15:25", "Lithuania signs deal for more NASAMS batteries",
    ["Lithuania's defence ministry said it had signed a contract for additional NASAMS air defence systems, part of a plan to raise defence spending above 5% of GDP next year."],
    "other", "security", 2, "lithuania-nasams-purchase-2025-05-17", a="Tomas Kairys", n="Procurement by a non-party -> other/security."),
  E("2025-05-17 11:05", "Estonian navy shadows sanctioned tanker in Gulf of Finland",
    ["An Estonian patrol ship followed a sanctioned tanker from Russia's shadow fleet through the Gulf of Finland overnight, the navy said, days after a Russian fighter jet briefly entered Estonian airspace during a similar incident."],
    "other", "security", 2, "estonia-shadow-fleet-tanker-2025-05-17", a="Tomas Kairys"),
  E("2025-05-17 08:20", "Drone attack on evacuation bus kills seven in Sumy region",
    ["Seven people were killed when a drone struck a bus taking people out of Bilopillia in the Sumy region, Ukraine's national police said."],
    "strikes", "strikes", 3, BP, a="Ruta Vaitkute"),
  ]))


# =====================================================================================================================
# emit seeds and gold
# =====================================================================================================================
BASIS = {
  "r_yorkshire": "bare stamp '{s}' under the header 'Published 24th Feb 2025' (one-day blog, times ascend downwards in reverse); UK time, GMT = UTC in February",
  "r_liverpool": "bare stamp '{s}' (UK time, BST = UTC+1); date from the header '08:00, 10 MAY 2025' / 'Updated 00:52, 11 MAY 2025' and newest-first order; JSON-LD update datePublished agrees",
  "r_thewest": "byline-row stamp '{s}' (full date, 12 h); no zone printed: Perth time implied by the outlet, AWST = UTC+8",
  "r_vancouver": "pubDate '{s}' (explicit +0000); local {l} in Vancouver (PDT = UTC-7)",
  "r_globe": "no per-section time; the article's printed time 'March 2, 2025, 6:12 p.m.' (no zone printed: Boston, EST = UTC-5) used for every section; JSON-LD datePublished agrees",
  "r_seattle": "time line '{s}' (no date on the item); the page prints 'Jan. 10' without a year (parse_args --date 2025-01-10); no zone printed: Seattle, PST = UTC-8",
  "r_euobserver": "pubDate '{s}' (explicit +0100)",
  "r_k24": "stamp '{s}' (month/day/year, 12 h); no zone printed: Erbil time implied by the outlet, UTC+3",
  "r_sudantribune": "meta-line stamp '{s}' printed after the body; no zone printed: Khartoum time implied by the outlet, CAT = UTC+2",
  "r_dailytrust": "stamp '{s}' (WAT = UTC+1)",
  "r_brinkhollow": "stamp '{s}' on the page's date line 'Friday 4 April 2025'; 'All times BST' (UTC+1)",
  "r_saltreach": "stamp '{s}' in <time datetime> (+03:00) on 4 April 2025; JSON-LD update datePublished agrees",
  "r_worldrss": "pubDate '{s}' (explicit zone)",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_textarticle": "no per-section time; the article dateline ({l}) used for every section",
  "r_lowfold": "stamp '{s}' on the page's date line 'Saturday 5 April 2025'; BST = UTC+1",
  "r_ferncastle": "stamp line '{s}' printed after the body, on the page's date 'Saturday, 5 April 2025'; CEST = UTC+2",
  "r_vessington": "no per-section time; the article dateline 'Saturday 5 April 2025 18:30 BST' used for every section; JSON-LD datePublished agrees",
  "r_thistlebeck": "bracketed stamp '{s}' under the date line 'Saturday 17 May' (no year: parse_args --date 2025-05-17); Kyiv EEST = UTC+3",
  "r_cobbleford": "stamp '{s}' in <time datetime> (+01:00) on 17 May 2025; BST = UTC+1",
  "r_harlowick": "pubDate '{s}' (explicit +0300)",
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
                         "published_basis": BASIS[rname].format(s=stamps[i], l=d.strftime("%Y-%m-%d %H:%M ") + S["zone"]),
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
        print(f"{fn:40s} {len(ents)}")
    print("total entries", total)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds the eval/bo seed pages and their gold answers from ONE data table (SEEDS, below).

Every headline, paragraph, stamp, byline and page title is written into the page by a renderer and copied into the
gold file from the same value, so they are exact substrings of the page by construction. All news text is the blind
tester's own invention or paraphrase; Part B outlets are invented. Deterministic: same output on every run.

Run from the project root:  python3 eval/bo/tools/build.py
"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
AP_MON = ["Jan.", "Feb.", "March", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]  # AP / CP style
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
AP_WD = ["Mon.", "Tues.", "Wed.", "Thurs.", "Fri.", "Sat.", "Sun."]


# ------------------------------------------------------------------ data-table helpers
def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=""):
    """One entry: local time 'YYYY-MM-DD HH:MM' in the page zone, headline (or None), paragraphs, labels."""
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    """An item not about the war: topic other, subtopic unrelated, importance 1."""
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def first_sentence(par):
    m = re.search(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par)
    return par[:m.end()] if m else par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def h12(d, sep=":", suffix=("am", "pm")):
    return f"{d.hour % 12 or 12}{sep}{d.minute:02d}{suffix[0] if d.hour < 12 else suffix[1]}"


def lines_of(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def ordered(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    assert ts == sorted(ts, reverse=newest_first), (S["id"], "entries must be listed in page order", ts)


# ================================================================== PART A renderers (layouts of real outlets)

def r_ndl(S):
    """The Northern Daily Leader (ACM) World section, copied as text. Cards: headline, standfirst, then an ACM date line
    'January 10 2024 - 7:15pm' (full date, 12 h, no zone: NSW time implied). Newest first; no bylines on cards."""
    z = S["zone"]; ordered(S, True)
    L = ["Skip to main content", "The Northern Daily Leader", "Subscribe   Log in", "",
         "Local News   Sport   Comment   Lifestyle   What's On   Property   Classifieds   Jobs   Puzzles   Today's Paper", "",
         "We use cookies so the site works properly and to understand how it is used. Keep browsing if you're happy with that. Find out more", "",
         "Home  /  News  /  World", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{MONTHS[d.month - 1]} {d.day} {d.year} - {h12(d)}"; stamps.append(st)
        L += [e["h"]] + e["p"] + [st, ""]
        if i == 2:
            L += ["Advertisement", ""]
        if i == 4:
            L += ["Get the latest Tamworth news in your inbox", "Sign up for our newsletter to stay up to date.",
                  "Your details are handled under our Privacy Policy.", "Sign up", ""]
    L += ["Load more", "", "Most read", "Peel Street works to close lanes for a fortnight", "Junior rugby league draw released for the season",
          "Heat sends crowds to the Tamworth pool", "", "\u00a9 2024 Australian Community Media. All rights reserved.  |  Terms  |  Privacy  |  Advertising  |  Help centre"]
    return "\n".join(L) + "\n", stamps


def r_dl(S):
    """Daily Liberal (ACM) article page, HTML, with h2 sections; one page byline; date line 'January 17 2024 - 10:30am'
    (AEDT, not printed); NewsArticle JSON-LD with +11:00 offsets. Sections carry no time of their own."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    line = f"{MONTHS[d0.month - 1]} {d0.day} {d0.year} - {h12(d0)}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["lede"],
          "datePublished": d0.isoformat(), "dateModified": d0.isoformat(),
          "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "Daily Liberal", "logo": {"@type": "ImageObject", "url": "https://www.dailyliberal.com.au/images/logo.svg"}},
          "mainEntityOfPage": "https://www.dailyliberal.com.au/story/8512377/"}
    out = ['<!DOCTYPE html>', '<html lang="en-AU"><head><meta charset="utf-8">',
           f'<title>{esc(S["title"])} | Daily Liberal | Dubbo, NSW</title>',
           f'<meta property="og:title" content="{attr(S["title"])}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>',
           '<style>.hidden{display:none}</style></head><body>',
           '<header class="masthead"><a href="/" class="logo">Daily Liberal</a>'
           '<nav><a href="/news/local-news/">Local News</a> <a href="/sport/">Sport</a> <a href="/news/national/">National</a> '
           '<a href="/news/world/">World</a> <a href="/lifestyle/">Lifestyle</a> <a href="/puzzles/">Puzzles</a></nav>'
           '<a class="btn" href="/subscribe/">Subscribe</a> <a class="btn" href="/login/">Log in</a></header>',
           '<main><article class="story">', '<nav class="breadcrumbs"><a href="/news/">News</a> / <a href="/news/world/">World</a></nav>',
           f'<h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<div class="byline">By <a href="/profile/2291/">{esc(S["byline"])}</a></div>',
           f'<div class="date"><time datetime="{d0.isoformat()}">{line}</time></div>',
           '<div class="share">Share <button>Facebook</button> <button>X</button> <button>Email</button> <button>Copy link</button></div>',
           '<figure><img src="/images/transform/v1/crop/frm/davos.jpg" alt=""><figcaption>Delegates arrive in the Swiss resort of Davos. Picture by AP</figcaption></figure>']
    for i, e in enumerate(S["entries"]):
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if i == 1:
            out.append('<aside class="newsletter"><h4>Get the latest Dubbo news in your inbox</h4><p>Sign up for our newsletter to stay up to date.</p>'
                       '<input type="email" placeholder="Email address"> <button>Sign up</button></aside>')
        if i == 3:
            out.append('<div class="ad">Advertisement</div>')
    out += ['<div class="tags">More on: <a>Ukraine</a> <a>Russia</a> <a>World Economic Forum</a></div>', '</article>',
            '<section class="related"><h3>More from World</h3><ul><li><a href="/story/8512001/">Taiwan votes as Beijing watches</a></li>'
            '<li><a href="/story/8511870/">Red Sea shipping rates climb again</a></li></ul></section></main>',
            '<footer>\u00a9 Australian Community Media. All rights reserved · Help centre · Privacy · Terms of sale · Advertise with us</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_mb(S):
    """The Morning Bulletin (News Corp regional) live blog, copied as text. Newest first; one day divider
    'Sunday, March 3' and no year anywhere; each post: '9.14pm' line, headline, author line, body."""
    z = S["zone"]; ordered(S, True)
    first = dt(S["entries"][0]["t"], z)
    L = ["Skip to navigation", "Skip to content", "Skip to footer", "", "The Morning Bulletin", "Subscribe   Log in", "",
         "News   Sport   Lifestyle   Property   Puzzles   Regional   World", "", "World   Europe", "",
         "Follow World to see its newest headlines in My News.", "", S["title"], "", "Staff writers and wires",
         f"Updated {h12(first, '.')}", "Comments 14", "Share", "", S["lede"], ""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); day = f"{WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"
        if day != cur:
            cur = day; L += [day, ""]
        st = h12(d, "."); stamps.append(st)
        L += [st, e["h"]] + ([e["a"]] if e["a"] else []) + [""] + lines_of(e["p"])
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Join the conversation", "", "Read next", "Navy divers join Red Sea mission", "Queensland beef exports hit record", "",
          "The Morning Bulletin is a News Corp Australia site", "Terms of Use   Privacy Policy   Contact Us"]
    return "\n".join(L) + "\n", stamps


def r_nm(S):
    """Bundaberg NewsMail (News Corp regional) live blog, HTML. Key Points box, day dividers without a year, posts with
    <time datetime> (+10:00) and visible '7.35pm', per-post bylines; newest first; LiveBlogPosting JSON-LD."""
    z = S["zone"]; ordered(S, True)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
                    "articleBody": " ".join(e["p"]), "author": {"@type": "Person", "name": e["a"]} if e["a"] else None})
    for u in ups:
        if u["author"] is None:
            del u["author"]
    first = dt(S["published_t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "Organization", "name": "NewsMail"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-AU"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | NewsMail</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="cookie-banner">This site uses cookies. By continuing you agree to their use. <button>OK</button></div>',
           '<header><a class="logo" href="/">Bundaberg NewsMail</a><nav><a>News</a> <a>Sport</a> <a>Lifestyle</a> <a>Property</a> '
           '<a>Puzzles</a> <a>Regional</a> <a>World</a></nav><a class="sub">Subscribe</a> <a>Log in</a></header>',
           '<main><p class="kicker">World</p>', f'<h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<div class="meta"><span class="byline">Staff writers</span> <span class="date">{esc(S["published_line"])}</span></div>',
           '<div class="share">Share <a>Facebook</a> <a>X</a> <a>Email</a></div>',
           '<section class="key-points"><h2>Key Points</h2><ul>']
    out += [f"<li>{esc(e['h'])}</li>" for e in S["entries"] if e["kp"]]
    out.append('</ul></section><section class="live-feed">')
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); day = f"{WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"
        if day != cur:
            cur = day; out.append(f'<h3 class="day-divider">{day}</h3>')
        st = h12(d, "."); stamps.append(st)
        out.append(f'<article class="post" id="post-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="post-author">{esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<div class="post-share">Share</div></article>')
        if i == 3:
            out.append('<aside class="newsletter">Sign up to the NewsMail Breaking News newsletter <input type="email"> <button>Sign up</button></aside>')
    out += ['</section></main><footer>Bundaberg NewsMail · Part of the News Corp Australia network · Terms of Use · Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_th(S):
    """Timaru Herald (Stuff) RSS 2.0 world feed: pubDate in GMT, plain-text description (standfirst), dc:creator
    agency credits, media:content images; no body beyond the description. Newest first."""
    z = S["zone"]; ordered(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://www.stuff.co.nz/timaru-herald</link>',
           '<atom:link href="https://www.stuff.co.nz/timaru-herald/world/rss" rel="self" type="application/rss+xml"/>',
           '<description>World news from the Timaru Herald</description>', '<language>en-nz</language>',
           f'<lastBuildDate>{S["build"]}</lastBuildDate>', '<ttl>10</ttl>',
           '<image><url>https://www.stuff.co.nz/static/timaru-herald-logo.png</url><title>Timaru Herald</title><link>https://www.stuff.co.nz/timaru-herald</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], z).astimezone(UTC); st = u.strftime("%a, %d %b %Y %H:%M:%S GMT"); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://www.stuff.co.nz/world/{350 + i * 7}/{S['slugs'][i]}</link>",
                "<description>" + esc(" ".join(e["p"])).replace("'", "&#39;") + "</description>",
                f"<pubDate>{st}</pubDate>", f'<guid isPermaLink="false">stuff-{350 + i * 7}</guid>']
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out += [f'<media:content url="https://www.stuff.co.nz/images/{350 + i * 7}.jpg" type="image/jpeg" medium="image"/>', "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_rdp(S):
    """Rotorua Daily Post (NZME) live updates page, HTML. One page byline and date '27 Jan, 2024 07:35 PM'; oldest first;
    each post: '8.40pm' then an h3 headline; the posts run past local midnight without a new date line (NZDT implied)."""
    z = S["zone"]; ordered(S, False)
    d0 = dt(S["dateline_t"], z); dl = dt(S["entries"][-1]["t"], z)
    top = f"{d0.day} {MON3[d0.month - 1]}, {d0.year} {d0.strftime('%I:%M %p')}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(),
          "dateModified": dl.isoformat(), "author": {"@type": "Person", "name": S["byline"]},
          "publisher": {"@type": "Organization", "name": "NZME"}, "isAccessibleForFree": True}
    out = ['<!DOCTYPE html>', '<html lang="en-NZ"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Rotorua Daily Post</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><a class="brand" href="/rotorua-daily-post/">Rotorua Daily Post</a><nav><a>Latest news</a> <a>Rotorua</a> <a>Bay of Plenty</a> '
           '<a>New Zealand</a> <a>World</a> <a>Sport</a> <a>Business</a> <a>Opinion</a></nav><a>Subscribe</a> <a>Sign In</a></header>',
           '<main><article>', '<p class="section-label">World</p>', f'<h1>{esc(S["title"])}</h1>',
           f'<div class="byline">By {esc(S["byline"])}</div>', f'<div class="article-date">{top}</div>', '<div class="read-time">4 mins to read</div>',
           '<div class="share">Share this article</div>', f'<p class="lede"><strong>{esc(S["lede"])}</strong></p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, "."); stamps.append(st)
        out.append(f'<div class="live-post"><div class="live-post__time">{st}</div><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
        if i in (1, 4):
            out.append('<div class="ad-slot">Advertisement</div>')
    out += ['<p class="premium-note">Reminder: some stories on this site are Premium and need a subscription to read.</p>',
            '</article><section class="latest"><h2>Latest from World</h2><a href="/world/1">Storm warning for eastern Australia</a> '
            '<a href="/world/2">Farmers protest across France</a></section></main>',
            '<footer>© Copyright 2024 NZME Publishing Limited</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_ba(S):
    """Barrie Advance (Metroland/Torstar) page carrying an AP 'The Latest' file, copied as text. One page byline, date line
    'Mon., March 11, 2024', 'All times Eastern.'; entries have NO headline: a '7:40 p.m.' line, then paragraphs that
    start with an AP dateline; '___' separators. Newest first."""
    z = S["zone"]; ordered(S, True)
    d0 = dt(S["entries"][0]["t"], z)
    L = ["Barrie Advance", "Sign In   Subscribe", "", "News   Barrie   Sports   Opinion   Life   Obituaries   World   Flyers", "",
         "World", "", S["title"], "", f"{AP_WD[d0.weekday()]}, {MONTHS[d0.month - 1]} {d0.day}, {d0.year}",
         "timer3 min. read", f"Updated {AP_MON[d0.month - 1]} {d0.day}, {d0.year} at {ap_time(dt(S['updated_t'], z))}",
         "", f"By {S['byline']}", "", "Share   Facebook   X   Email   Copy link", "", S["lede"], "", "All times Eastern.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ap_time(d); stamps.append(st)
        L += [st, ""] + lines_of(e["p"]) + ["___", ""]
    L += ["Report an error", "Journalistic Standards", "", "Join the conversation",
          "Comments are the opinions of readers and must follow our Community Guidelines.", "",
          "Metroland Media Group Ltd.  |  Privacy Policy  |  Terms of Use  |  Accessibility"]
    return "\n".join(L) + "\n", stamps


def ap_time(d):
    return f"{d.hour % 12 or 12}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'}"


def r_kcn(S):
    """Kelowna Capital News (Black Press Media) tag page 'Russia-Ukraine war', HTML. Cards: h3 headline link, summary, then a
    meta line with the credit and a CP-style date 'Apr. 3, 2024 4:20 p.m.' (Pacific time, not printed). Newest first; the
    list crosses local midnight (Apr. 2 evening is already Apr. 3 UTC). BreadcrumbList JSON-LD only."""
    z = S["zone"]; ordered(S, True)
    ld = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://www.kelownacapnews.com/"},
        {"@type": "ListItem", "position": 2, "name": S["title"], "item": "https://www.kelownacapnews.com/tag/russia-ukraine-war"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-CA"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Kelowna Capital News</title>',
           '<script type="application/ld+json">' + json.dumps(ld) + '</script></head><body>',
           '<div id="consent">We use cookies to personalize content and to analyze our traffic. <button>Accept</button> <button>Manage options</button></div>',
           '<header><a class="logo" href="/">Kelowna Capital News</a><nav><a>News</a> <a>Local News</a> <a>Sports</a> <a>Business</a> '
           '<a>Opinion</a> <a>Entertainment</a> <a>Obituaries</a> <a>Classifieds</a> <a>e-Edition</a></nav>'
           '<a class="btn">Sign Up for Newsletters</a></header>',
           f'<main><h1 class="tag-title">{esc(S["title"])}</h1><div class="cards">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{AP_MON[d.month - 1]} {d.day}, {d.year} {ap_time(d)}"; stamps.append(st)
        out.append(f'<div class="card"><h3><a href="/news/{S["slugs"][i]}-{7301 + i * 13}">{esc(e["h"])}</a></h3>')
        out += [f'<p class="summary">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<div class="meta"><span class="credit">{esc(e["a"])}</span> <span class="sep">|</span> <span class="date">{st}</span></div>'
                   f'<a class="more" href="/news/{S["slugs"][i]}-{7301 + i * 13}">Read more</a></div>')
        if i == 2:
            out.append('<div class="promo">Get local stories you won\'t find anywhere else right to your inbox. <a>Sign up here</a></div>')
    out += ['</div><button class="load-more">Load More</button></main>',
            '<footer>Kelowna Capital News · Black Press Media · Terms of Use · Privacy Policy · About Us</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_mhn(S):
    """Medicine Hat News (WordPress) category feed, RSS 2.0: pubDate in +0000, dc:creator CDATA, an excerpt description that ends
    with the 'The post ... appeared first on ...' footer, full text in content:encoded. Newest first."""
    z = S["zone"]; ordered(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" '
           'xmlns:slash="http://purl.org/rss/1.0/modules/slash/">', '<channel>', f'<title>{esc(S["title"])}</title>',
           '<atom:link href="https://medicinehatnews.com/category/news/world/feed/" rel="self" type="application/rss+xml" />',
           '<link>https://medicinehatnews.com</link>', '<description>Southeastern Alberta&#039;s source for news</description>',
           f'<lastBuildDate>{S["build"]}</lastBuildDate>', '<language>en-US</language>', '<sy:updatePeriod>hourly</sy:updatePeriod>',
           '<sy:updateFrequency>1</sy:updateFrequency>', '<generator>https://wordpress.org/?v=6.5.2</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], z).astimezone(UTC); st = u.strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        link = f"https://medicinehatnews.com/news/world/2024/05/08/{S['slugs'][i]}/"
        words = e["p"][0].split(" ")
        excerpt = esc(" ".join(words[:14])) + " [&#8230;]"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{link}</link>",
                f"<comments>{link}#respond</comments>", f"<dc:creator><![CDATA[{e['a']}]]></dc:creator>", f"<pubDate>{st}</pubDate>",
                f"<category><![CDATA[{S['cats'][i]}]]></category>", f'<guid isPermaLink="false">https://medicinehatnews.com/?p={228140 + i * 31}</guid>',
                f'<description><![CDATA[<p>{excerpt}</p>\n<p>The post <a href="{link}">{esc(e["h"])}</a> appeared first on <a href="https://medicinehatnews.com">Medicine Hat News</a>.</p>\n]]></description>',
                "<content:encoded><![CDATA[" + "\n".join(f"<p>{esc(p)}</p>" for p in e["p"])
                + f'\n<p>The post <a href="{link}">{esc(e["h"])}</a> appeared first on <a href="https://medicinehatnews.com">Medicine Hat News</a>.</p>\n]]></content:encoded>',
                f"<wfw:commentRss>{link}feed/</wfw:commentRss>", "<slash:comments>0</slash:comments>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_dg(S):
    """The Daily Gleaner (Postmedia / Brunswick News) live-updates page, copied as text. 'Published Jun 17, 2024 • Last updated
    ...' header; posts newest first with the headline FIRST and the '9:05 a.m.' stamp line AFTER it; 'Article content' ad-slot
    labels between paragraphs (as a copy of a Postmedia page gives them); a credit line closes each post ('— The Canadian Press').
    Atlantic time implied by the outlet, never printed."""
    z = S["zone"]; ordered(S, True)
    d0 = dt(S["entries"][-1]["t"], z)
    L = ["Skip to Content", "The Daily Gleaner", "Subscribe   Sign In", "",
         "News   Local News   Provincial   Canada   World   Sports   Opinion   Obituaries   ePaper", "", "News", "World", "",
         S["title"], "", S["lede"], "", "Author of the article:", "The Daily Gleaner",
         f"Published {MON3[d0.month - 1]} {d0.day}, {d0.year}  \u2022  Last updated 38 minutes ago  \u2022  5 minute read", "",
         "Join the conversation", "", "Share this Story : " + S["title"], "Share this Story : Facebook  X  LinkedIn  Email", "",
         "Article content", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ap_time(d); stamps.append(st)
        L += [e["h"], st, ""]
        for j, p in enumerate(e["p"]):
            if j == 1:
                L += ["Article content", ""]
            L += [p, ""]
        L += [f"\u2014 {e['a']}", ""]
        if i == 2:
            L += ["THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY", "Subscribe now to read the latest news in your city and across Canada.", ""]
    L += ["Article content", "", "Sign up to receive daily headline news from The Daily Gleaner.", "Sign Up", "",
          "Trending", "Fredericton council debates transit plan", "Heat wave to peak Wednesday", "",
          "Postmedia Network Inc.  |  Terms of Use  |  Privacy Policy  |  Accessibility"]
    return "\n".join(L) + "\n", stamps


# ================================================================== PART B renderers (invented outlets)

def r_copple(S):
    """Copplestone Ledger (invented): text live blog, newest first, 'Key Points' list at the top, each post: headline, then a
    stamp line AFTER it, 'By NAME, 17:45 BST' (or just '08:20 BST' when unsigned), then the body."""
    z = S["zone"]; ordered(S, True)
    L = ["COPPLESTONE LEDGER", "News | World | Ukraine | Business | Sport | Opinion | Puzzles", "",
         "Cookies help us run this site. Accept all | Reject non-essential | Settings", "",
         S["title"], S["dateline"], "", S["lede"], "", "Key Points"]
    L += ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]]
    L += ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = (f"By {e['a']}, " if e["a"] else "") + f"{d:%H:%M} BST"; stamps.append(st)
        L += [e["h"], st, ""] + lines_of(e["p"]) + ["Share this post", ""]
        if i == 3:
            L += ["ADVERTISEMENT", ""]
    L += ["Show older posts", "", "Copplestone Ledger \u00b7 Contact \u00b7 Complaints \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_ashbarrow(S):
    """Ashbarrow Courier (invented, Kyiv): HTML live blog, OLDEST first; LiveBlogPosting JSON-LD with per-update times (+03:00)
    listed newest first; visible '<time datetime=...>09:20</time>' above each h2; signature '— NAME' after the body."""
    z = S["zone"]; ordered(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#u{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "liveBlogUpdate": list(reversed(ups))}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Ashbarrow Courier</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><strong>Ashbarrow Courier</strong> <nav><a>War</a> <a>Politics</a> <a>Business</a> <a>Culture</a> <a>Support us</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           '<p class="tz">Times are Kyiv time.</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="u{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sign">&mdash; {esc(e["a"])}</p>')
        out.append('<button class="copy">Copy link</button></article>')
        if i == 2:
            out.append('<aside class="donate">Independent journalism from Ukraine needs your support. <a>Become a member</a></aside>')
    out += ['</main><footer>Ashbarrow Courier \u00b7 Editorial policy \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss_world(S):
    """General world-news RSS 2.0 feed (invented outlets). S['rfc'] is 'GMT' or 'offset' (the outlet's own +hhmm);
    S['html_desc'] puts the text in CDATA <p> paragraphs, else plain text. Newest first."""
    z = S["zone"]; ordered(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT") if S["rfc"] == "GMT" else d.strftime("%a, %d %b %Y %H:%M:%S %z")
        stamps.append(st)
        desc = ("<![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]>") if S.get("html_desc") else esc(" ".join(e["p"]))
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/news/{S['id']}{i + 11}</link>",
                f'<guid isPermaLink="false">{S["id"]}-{i + 11}</guid>', f"<pubDate>{st}</pubDate>",
                f"<category>{S['cats'][i]}</category>", f"<description>{desc}</description>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out.append("</item>")
    out.append("</channel></rss>")
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed (invented outlets). <published> in the outlet's offset (or Z); S['content'] = 'xhtml' (inline XHTML div),
    'html' (escaped HTML) or 'summary' (plain-text summary only). Newest first."""
    z = S["zone"]; ordered(S, True)
    upd = dt(S["entries"][0]["t"], z).isoformat().replace("+00:00", "Z")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
           f'<title>{esc(S["title"])}</title>', f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}"/>',
           f'<link rel="self" href="{S["url"]}/feed.atom"/>', f'<id>{S["url"]}/</id>', f'<updated>{upd}</updated>',
           f'<author><name>{esc(S["source"])}</name></author>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat().replace("+00:00", "Z"); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="{S["url"]}/{S["id"]}/{i + 1}"/>',
                f"<id>tag:{S['url'][8:]},2024:{S['id']}-{i + 1}</id>", f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        if S["content"] == "xhtml":
            out.append('<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "</div></content>")
        elif S["content"] == "html":
            out.append(f'<summary>{esc(e["p"][0][:90].rsplit(" ", 1)[0])}\u2026</summary>')
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        else:
            out.append(f"<summary>{esc(' '.join(e['p']))}</summary>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_marlstone(S):
    """Marlstone Daily (invented, Berlin): HTML live blog without JSON-LD; newest first; h3 headline FIRST, then
    '<p class="ts">14:05 CEST</p>', then 'By NAME' and the body."""
    z = S["zone"]; ordered(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 Marlstone Daily</title></head><body>',
           '<div class="consent">We and our partners use cookies. <button>Agree</button> <button>Options</button></div>',
           '<header>Marlstone Daily <nav><a>Europe</a> <a>Germany</a> <a>Ukraine war</a> <a>Economy</a> <a>Podcasts</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} CEST"; stamps.append(st)
        out.append(f'<div class="ticker-item"><h3>{esc(e["h"])}</h3><p class="ts">{st}</p>')
        if e["a"]:
            out.append(f'<p class="by">By {esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
        if i == 4:
            out.append('<aside><h4>Related</h4><a href="/a/1">Germany\'s Patriot pledge explained</a> <a href="/a/2">Who is Andrei Belousov?</a></aside>')
    out += ['<p class="more"><a>Load earlier entries</a></p></main><footer>Marlstone Daily \u00b7 Imprint \u00b7 Privacy \u00b7 Terms</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_elmsworth(S):
    """Elmsworth Live (invented, Kyiv): text live blog, OLDEST first, date line without a year ('Monday 20 May'); each post a
    bare '09:05' line BEFORE the headline; no per-post bylines (the page names its live team)."""
    z = S["zone"]; ordered(S, False)
    L = ["ELMSWORTH LIVE", "Front line | Politics | Economy | Explainers | Newsletter", "", S["title"], S["dateline"],
         "Kyiv time (EEST)", S["team"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + lines_of(e["p"])
        if i == 3:
            L += ["Like our coverage? Support Elmsworth Live from \u20ac3 a month", ""]
    L += ["This live page is now closed. Follow tomorrow's coverage here.", "Elmsworth Live \u00b7 About \u00b7 Contact"]
    return "\n".join(L) + "\n", stamps


def r_hollowcombe(S):
    """Hollowcombe Live (invented, UK): HTML live blog, newest first. Its LiveBlogPosting JSON-LD lists updates whose headline and
    datePublished are the PAGE's values (only @id and a cut articleBody differ); the visible '<time datetime>4.35pm BST</time>'
    is the only per-post time. Signature line after the body."""
    z = S["zone"]; ordered(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}?page=with:block-{i + 101}", "headline": S["title"], "datePublished": first.isoformat(),
            "dateModified": last.isoformat(), "articleBody": (" ".join(e["p"]) or e["h"])[:120]} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "coverageEndTime": dt(S["entries"][0]["t"][:10] + " 23:59", z).isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Hollowcombe Live</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header>Hollowcombe Live <nav><a>UK</a> <a>World</a> <a>Ukraine</a> <a>Middle East</a> <a>Sport</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<div class="standfirst"><p>{esc(S["lede"])}</p></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, ".") + " BST"; stamps.append(st)
        out.append(f'<div class="block" id="block-{i + 101}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="signature">{esc(e["a"])}</p>')
        out.append("</div>")
        if i == 2:
            out.append('<div class="promo">Sign up for the Hollowcombe morning email <button>Sign up</button></div>')
    out += ['</main><footer>Hollowcombe Live \u00b7 Privacy \u00b7 Terms \u00b7 Contact</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_kestlow(S):
    """Kestlow Herald (invented, Warsaw): text live blog, OLDEST first; date line 'Sunday, 14.04.2024', 'All times CEST';
    each post: headline, then 'Posted 09:30' AFTER it, body, 'Reporting: NAME'."""
    z = S["zone"]; ordered(S, False)
    L = ["Kestlow Herald", "Poland | Europe | Ukraine | Opinion | English edition", "", S["title"], S["dateline"], "All times CEST", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Posted {d:%H:%M}"; stamps.append(st)
        L += [e["h"], st, ""] + lines_of(e["p"])
        if e["a"]:
            L += [f"Reporting: {e['a']}", ""]
        if i == 2:
            L += ["Newsletter: the week in Central Europe, every Friday. Subscribe", ""]
    L += ["End of live coverage", "Kestlow Herald \u00b7 Imprint \u00b7 Data protection"]
    return "\n".join(L) + "\n", stamps


def r_larch(S):
    """Larchbourne Journal (invented, Kyiv): text article, title, byline, dateline '14 April 2024, 21:40 EEST', lede, then
    section headings; one entry per section, no per-section time."""
    L = ["LARCHBOURNE JOURNAL", "Home \u203a War \u203a Analysis", "", S["title"], "", f"By {S['byline']}", S["dateline"], "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + lines_of(e["p"])
    L += ["Read also: " + S["more"], "Share: Facebook | X | Telegram", "", "\u00a9 Larchbourne Journal"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ================================================================== PART A: one page per real outlet (layout only; own words)
SEEDS = []

SEEDS.append(dict(id="6800", name="6800_northerndailyleader-world", ext="txt", source="The Northern Daily Leader", zone="Australia/Sydney",
  render=r_ndl, title="World",
  notes="Imitates The Northern Daily Leader (Tamworth, ACM) World section copied as text. Newest first. Each card: headline, a one-line standfirst (the entry body), then the ACM date line 'January 11 2024 - 1:25am' (full date with year, 12-hour clock, no zone printed: NSW summer time AEDT, UTC+11, is implied by the outlet). The list crosses local midnight: the two newest cards are dated January 11 locally, but every card falls on 10 January UTC. Cards carry no bylines, so author is null. 'Most read' at the foot is a list of local links without dates or text (not entries).",
  not_entries=["'Skip to main content', masthead, 'Subscribe   Log in'", "navigation menu line", "cookie notice", "breadcrumb 'Home / News / World'",
               "section title 'World'", "'Advertisement'", "newsletter box ('Get the latest Tamworth news in your inbox' ... 'Sign up')", "'Load more'",
               "'Most read' heading and its three local headline links (no date, no body)", "footer line"],
  entries=[
  E("2024-01-11 01:25", "NATO and Kyiv agree to hunt for more air defence systems",
    ["Ukraine's envoys left a special meeting with NATO ambassadors in Brussels with promises that allies would comb their stocks for spare air defence launchers and interceptor missiles."],
    "aid", "aid", 2, "nato-ukraine-council-air-defence-2024-01-10", sec=["diplomacy"], n="NATO-Ukraine Council at ambassador level; the subject is air-defence supply, so aid leads. No package, no minister: importance 2."),
  E("2024-01-11 00:10", "Zelensky opens Baltic tour with Vilnius visit",
    ["Ukraine's president landed in Lithuania on Wednesday for talks with President Gitanas Nauseda, the first stop of a tour that will also take him to Estonia and Latvia."],
    "diplomacy", "diplomacy", 3, "zelensky-baltic-tour-vilnius-2024-01-10"),
  E("2024-01-10 22:35", "Missiles wound 11 in Kharkiv before dawn",
    ["Russian S-300 missiles struck two districts of Kharkiv before dawn on Wednesday, wounding 11 people and blowing out the windows of a block of flats, the regional governor said."],
    "strikes", "strikes", 2, "kharkiv-missile-strike-2024-01-10", n="Wounded only, no deaths: importance 2."),
  OFF("2024-01-10 20:50", "Ecuador sends soldiers onto the streets after TV studio siege",
      ["Ecuador's president ordered the army to take on armed gangs after masked men burst into a television studio in Guayaquil during a live broadcast."],
      "ecuador-tv-studio-siege", n="Ecuador security crisis."),
  E("2024-01-10 19:15", "Shell shortage forcing Ukrainian gunners to ration fire",
    ["Ukrainian artillery crews on the eastern front are firing a fraction of the shells they used in the summer because deliveries from allies have slowed, a military spokesman said."],
    "aid", "aid", 2, "ukraine-artillery-shell-shortage-2024-01", n="Ammunition stocks and the slowdown of deliveries -> aid (LABELS: stocks and pleas)."),
  E("2024-01-10 17:30", "Russian court jails man over rail sabotage plan",
    ["A military court in southern Russia sentenced a 24-year-old man to 12 years in prison for plotting to derail a freight train carrying army equipment, state media reported."],
    "other", "security", 2, "russia-rail-sabotage-sentence-2024-01-10"),
  OFF("2024-01-10 16:05", "Taiwan's candidates make final push before Saturday's vote",
      ["The three men running to be Taiwan's next president crisscrossed the island in a last round of rallies, with relations with Beijing dominating the campaign."],
      "taiwan-election-campaign-2024", n="Taiwan election."),
  ]))

SEEDS.append(dict(id="6801", name="6801_dailyliberal-article", ext="html", source="Daily Liberal", zone="Australia/Sydney", render=r_dl,
  title="Zelensky takes his case to Davos as missiles hit Kharkiv", byline="Erin Calloway", dateline_t="2024-01-17 10:30",
  lede="Ukraine's leader told business and political leaders in Switzerland that any freeze in the fighting would only help Russia regroup.",
  notes="Imitates a Daily Liberal (Dubbo, ACM) article page in HTML: h1, standfirst, one page byline, the ACM date line 'January 17 2024 - 10:30am' (no zone printed; AEDT, UTC+11, implied by the outlet and confirmed by the NewsArticle JSON-LD '+11:00'), then five h2 sections. One entry per section (headline = the h2), stamp null, published = the article's date line, author = the page byline. The local date is 17 January but the UTC instant is 16 January 23:30. The standfirst, photo caption, newsletter box, tags and 'More from World' links are not entries.",
  not_entries=["masthead, menu, 'Subscribe' / 'Log in'", "breadcrumb 'News / World'", "h1 title", "standfirst paragraph (page lede)", "byline 'By Erin Calloway'",
               "date line 'January 17 2024 - 10:30am'", "share buttons", "photo caption 'Delegates arrive in the Swiss resort of Davos. Picture by AP'",
               "newsletter box after section 2", "'Advertisement'", "tags line 'More on: ...'", "'More from World' with two links", "footer"],
  entries=[
  E("2024-01-17 10:30", "A warning in Davos",
    ["Volodymyr Zelensky used his speech at the World Economic Forum to argue that Vladimir Putin would not settle for a partial victory.",
     "He told the audience not to mistake a pause in the fighting for peace, saying Moscow would use any lull to rebuild its army and attack again."],
    "diplomacy", "diplomacy", 3, "zelensky-davos-address-2024-01-16", a="Erin Calloway", n="Head of state's address at an international forum."),
  E("2024-01-17 10:30", "Blinken pledges to keep aid flowing",
    ["Antony Blinken met Zelensky on the sidelines of the forum and said Washington was determined to keep supporting Ukraine despite the funding bill stuck in Congress.",
     "The two men discussed air defence and the next steps of Kyiv's peace formula, officials said."],
    "aid", "aid", 3, "blinken-zelensky-davos-meeting-2024-01-16", sec=["diplomacy"], a="Erin Calloway",
    n="Headline leads with the aid pledge (primary aid); the meeting itself is diplomacy (secondary). Ministerial: importance 3."),
  E("2024-01-17 10:30", "Night strike on Kharkiv",
    ["Two missiles struck central Kharkiv late on Tuesday, injuring at least 13 people and setting a building on fire, regional governor Oleh Syniehubov said.",
     "Among the injured were foreign journalists staying in a hotel near the impact site, local officials said."],
    "strikes", "strikes", 2, "kharkiv-night-missile-strike-2024-01-16", a="Erin Calloway", n="Wounded, no deaths reported: importance 2 (as 6800-03)."),
  E("2024-01-17 10:30", "Moscow claims ground near Kupiansk",
    ["Russia's defence ministry said its troops had taken a village in the Kupiansk direction, a claim Ukraine's general staff did not confirm."],
    "other", "frontline", 2, "kupiansk-russian-claim-2024-01-16", a="Erin Calloway"),
  E("2024-01-17 10:30", "Estonia readies more military help",
    ["Estonia's government said it was preparing another military package for Ukraine, made up mainly of ammunition and drones, to be approved next month."],
    "aid", "aid", 2, "estonia-military-package-2024-01", a="Erin Calloway"),
  ]))

SEEDS.append(dict(id="6802", name="6802_morningbulletin-live", ext="txt", source="The Morning Bulletin", zone="Australia/Brisbane", render=r_mb,
  title="Live: Odesa death toll climbs as rescuers finish search of wrecked block", parse_args=["--date", "2024-03-03"],
  lede="Rescuers in the Ukrainian port city of Odesa have spent a second day digging through a partly collapsed apartment building hit by a Russian drone.",
  notes="Imitates a Morning Bulletin (Rockhampton, News Corp regional) live blog copied as text. Newest first. No year is printed anywhere: one day divider 'Sunday, March 3' (parse_args --date 2024-03-03, the printed local day). Posts: a '9.14pm' line, the headline, an author line (reporter name or agency credit 'AFP' / 'Staff writers'), then the body; the watch teaser (06) has no author and no body. No zone printed: Queensland time (AEST, UTC+10, no daylight saving) implied by the outlet, so every post is on 3 March UTC too. The 'Updated 9.14pm' line at the top repeats the newest stamp and is not an entry.",
  not_entries=["'Skip to ...' links", "masthead, 'Subscribe   Log in', menu and 'World   Europe'", "'Follow World ...' line", "title line",
               "'Staff writers and wires' (page byline)", "'Updated 9.14pm' (page update time)", "'Comments 14' and 'Share'", "lede paragraph under the title",
               "day divider 'Sunday, March 3'", "'Advertisement'", "'Join the conversation'", "'Read next' and its two links", "footer lines"],
  entries=[
  E("2024-03-03 21:14", "Odesa toll rises to 12",
    ["Emergency crews in Odesa have pulled another body from the ruins of the apartment block hit by a Russian drone early on Saturday, taking the death toll to 12.",
     "Five of the dead were children, the youngest of them four months old, the regional governor said."],
    "strikes", "strikes", 3, "odesa-apartment-drone-strike-2024-03-02", a="Amelia Hurst"),
  E("2024-03-03 19:40", "Villages in Kharkiv region shelled",
    ["Russian artillery and guided bombs hit several villages in the Kharkiv region over the past day, wounding three civilians, local officials said."],
    "strikes", "strikes", 2, "kharkiv-region-shelling-2024-03-03", a="AFP"),
  E("2024-03-03 17:55", "Zelensky thanks backers of Czech ammunition drive",
    ["President Volodymyr Zelensky said he was grateful to the countries that had joined a Czech plan to buy hundreds of thousands of artillery shells for Ukraine from outside Europe.",
     "About 15 governments have said they will chip in, according to Prague."],
    "aid", "aid", 2, "czech-ammunition-initiative-backers-2024-03", a="Staff writers"),
  E("2024-03-03 15:20", "Russia says 38 drones downed over Crimea",
    ["Russia's defence ministry said its air defences destroyed 38 Ukrainian drones over Crimea and the Krasnodar region overnight.",
     "There was no independent confirmation of the figure."],
    "strikes", "strikes", 2, "crimea-drones-downed-2024-03-03", a="AFP"),
  E("2024-03-03 13:05", "Rescuers work through the night in Odesa",
    ["Rescuers in Odesa worked through the night to reach people trapped under the collapsed section of the nine-storey building, where the toll had reached ten.",
     "Mourners left flowers and toys at the edge of the cordon."],
    "strikes", "strikes", 3, "odesa-apartment-drone-strike-2024-03-02", a="Amelia Hurst"),
  E("2024-03-03 11:30", "Analysis: why the front has gone quiet, and why it won't last",
    ["Spring mud and worn-out brigades have slowed the fighting along much of the front, but both armies are using the pause to dig in and rebuild.",
     "Western officials expect Russia to try again in the summer, once the ground hardens.",
     "For Kyiv, the question is whether enough shells arrive before then."],
    "other", "frontline", 2, "analysis-front-lull-spring-2024", a="Jack Dunmore", n="Analysis piece with a body: its own story, importance 2."),
  E("2024-03-03 10:20", "Watch: Odesa residents search the rubble", [], "strikes", "strikes", 1, "odesa-apartment-drone-strike-2024-03-02",
    n="Video teaser without body or author -> importance 1, story of the strike it shows."),
  ]))

SEEDS.append(dict(id="6803", name="6803_newsmail-live", ext="html", source="Bundaberg NewsMail", zone="Australia/Brisbane", render=r_nm,
  title="Russia votes on day two as Odesa buries its dead", url="https://www.news-mail.com.au/news/world/live-russia-election-day-two",
  published_line="March 16, 2024 - 6:30PM", published_t="2024-03-16 18:30",
  lede="Follow the latest from Ukraine and Russia as the presidential vote enters its second day.",
  notes="Imitates a Bundaberg NewsMail (News Corp regional) live blog in HTML. Newest first. A 'Key Points' box lists three post headlines (key_point true, importance 3). Day dividers 'Sunday, March 17' / 'Saturday, March 16' carry no year (the year is in the page's 'March 16, 2024 - 6:30PM' line and in the JSON-LD). Each post: <time datetime> with +10:00 and visible '1.10am' style, h2 headline, per-post author line (reporter or agency), body. The posts cross local midnight (Sunday 1.10am is the newest), but all fall on 16 March UTC. LiveBlogPosting JSON-LD carries correct per-update times.",
  not_entries=["cookie banner", "masthead and menu", "kicker 'World'", "h1 title", "standfirst", "'Staff writers' page byline and the 'March 16, 2024 - 6:30PM' line",
               "share links", "'Key Points' box (points at posts; not entries itself)", "day dividers", "per-post 'Share'", "newsletter box", "footer"],
  entries=[
  E("2024-03-17 01:10", "Belgorod governor says shelling killed two",
    ["Ukrainian shelling killed two people in the Russian border region of Belgorod on Saturday, Governor Vyacheslav Gladkov said.",
     "Schools in the regional capital will stay on remote lessons for another week."],
    "strikes", "strikes", 3, "belgorod-shelling-2024-03-16", a="AFP", kp=True),
  E("2024-03-16 23:45", "Moscow says border raids repelled again",
    ["Russia's defence ministry said it had beaten back another attempt by pro-Ukrainian fighters to push into the Kursk and Belgorod regions.",
     "The armed groups, made up of Russian citizens fighting for Kyiv, said the raids would go on."],
    "other", "frontline", 2, "russian-volunteer-border-raids-2024-03", a="Reuters"),
  E("2024-03-16 21:50", "Odesa holds funerals for victims of Friday's strike",
    ["Families in Odesa began burying the 21 people killed when a Russian missile struck a residential area and a second missile hit the rescuers who rushed to help.",
     "The city is observing a day of mourning."],
    "strikes", "strikes", 3, "odesa-double-tap-strike-2024-03-15", a="Staff writers", kp=True),
  E("2024-03-16 20:20", "Kyiv says vote in occupied areas is void",
    ["Ukraine's foreign ministry said ballots cast in the occupied parts of the country were null and void and urged governments not to recognise the result."],
    "diplomacy", "diplomacy", 2, "ukraine-rejects-vote-in-occupied-areas-2024-03", a="AFP"),
  E("2024-03-16 19:35", "Drones hit refinery in Samara region",
    ["Ukrainian drones set fire to an oil refinery in Russia's Samara region, the regional governor said, the latest in a run of long-range attacks on Russian fuel plants.",
     "The blaze was put out within hours."],
    "strikes", "strikes", 3, "samara-refinery-drone-strike-2024-03-16", a="Reuters", kp=True),
  E("2024-03-16 18:55", "Drone attack injures four in Kharkiv",
    ["A Russian drone hit a street in Kharkiv's Kyivskyi district in the early afternoon, injuring four people and damaging cars and a shop, city officials said."],
    "strikes", "strikes", 2, "kharkiv-drone-attack-2024-03-16", a="Staff writers"),
  ]))

SEEDS.append(dict(id="6804", name="6804_timaruherald-feed", ext="xml", source="Timaru Herald", zone="Pacific/Auckland", render=r_th,
  title="Timaru Herald | World", build="Mon, 19 Feb 2024 00:12:44 GMT",
  slugs=["russia-claims-avdiivka", "canterbury-heat", "ukraine-downs-jets", "zelensky-munich", "gaza-truce-talks", "polish-farmers-border"],
  notes="Imitates a Timaru Herald (Stuff) world-news RSS 2.0 feed. Newest first. pubDate is printed in GMT; page_timezone is New Zealand's (NZDT, UTC+13) for published_local, so most items fall on 19 February locally but all are 18 February UTC. Each item's only text is the plain-text description (one paragraph, apostrophes as &#39;); dc:creator holds agency credits or the paper's name. Two items are off-beat (Canterbury weather, Gaza talks); the Polish border blockade is a trade fallout of the war (not off-beat).",
  not_entries=["channel title, link, description, language, lastBuildDate, ttl and image block", "<guid> and <media:content> of each item"],
  entries=[
  E("2024-02-19 10:40", "Russia claims full control of Avdiivka as Ukraine counts the cost",
    ["Russian troops have raised their flag over the ruins of Avdiivka, a day after Ukraine pulled its units out of the eastern town to stop them being surrounded."],
    "other", "frontline", 3, "avdiivka-falls-2024-02", a="Reuters", n="Biggest territorial change in months: importance 3."),
  OFF("2024-02-19 07:05", "Canterbury braces for another scorcher",
      ["Temperatures inland from Timaru could pass 32C on Monday, MetService says, and a total fire ban is already in place across the district."],
      "canterbury-heat-2024-02", a="Timaru Herald", n="local weather."),
  E("2024-02-19 03:30", "Ukraine says it shot down three Russian jets in two days",
    ["Ukraine's air force said it had destroyed three Russian Su-34 and Su-35 fighter-bombers along the eastern front, a claim Moscow did not comment on."],
    "strikes", "strikes", 2, "ukraine-downs-russian-jets-2024-02", a="AP", n="Air-defence engagement -> strikes."),
  E("2024-02-18 23:15", "Zelensky in Munich: slow deliveries are helping Putin",
    ["Volodymyr Zelensky told the Munich Security Conference that his army's shortage of weapons was an artificial one created by allies' slow decisions, and that only Putin gained from it."],
    "aid", "aid", 2, "zelensky-munich-aid-appeal-2024-02", a="Reuters", n="Plea for weapons -> aid."),
  OFF("2024-02-18 19:50", "Gaza truce talks stall, mediators say",
      ["Qatar said talks on a pause in the fighting in Gaza had not gone as hoped in recent days, while Israel said it would press on with its campaign."],
      "gaza-truce-talks-2024-02", a="AP", n="Middle East."),
  E("2024-02-18 15:20", "Polish farmers widen blockade of Ukrainian border",
    ["Farmers in Poland blocked more crossings on the Ukrainian border, saying cheap grain imported from Ukraine was driving them out of business."],
    "other", "politics", 2, "polish-farmers-border-blockade-2024-02", a="Reuters", n="Trade dispute caused by the war's grain routes; not off-beat."),
  ]))

SEEDS.append(dict(id="6805", name="6805_rotoruadailypost-live", ext="html", source="Rotorua Daily Post", zone="Pacific/Auckland", render=r_rdp,
  title="Russia-Ukraine war live: drones, a siege anniversary and a long night in Kharkiv", byline="Hana Whitcombe", dateline_t="2024-01-27 19:35",
  lede="Updates through the evening from Ukraine and Russia, compiled from agency reports.",
  notes="Imitates a Rotorua Daily Post (NZME / NZ Herald platform) live updates page in HTML. OLDEST first. One page byline (every entry's author) and one date line '27 Jan, 2024 07:35 PM' (NZDT, UTC+13, implied). Each post: a '7.40pm' style time div BEFORE an h3 headline. The posts run past local midnight ('12.45am', '1.55am' are 28 January locally) with no new date line; all are 27 January UTC. NewsArticle JSON-LD gives page-level dates only.",
  not_entries=["masthead and menu, 'Subscribe' / 'Sign In'", "section label 'World'", "h1 title", "byline and date line", "'4 mins to read'", "'Share this article'",
               "lede in bold", "'Advertisement' slots", "premium reminder line", "'Latest from World' and its two links", "footer"],
  entries=[
  E("2024-01-27 19:40", "Russia says it downed drones over three regions",
    ["Russia's defence ministry said air defences shot down Ukrainian drones over the Bryansk, Kaluga and Oryol regions overnight, with no damage reported."],
    "strikes", "strikes", 2, "russia-downs-drones-bryansk-kaluga-oryol-2024-01-27", a="Hana Whitcombe"),
  OFF("2024-01-27 21:05", "St Petersburg marks 80 years since the siege was lifted",
      ["Wreaths were laid at the Piskaryovskoye cemetery as the city remembered the end of the 872-day wartime blockade of Leningrad in January 1944."],
      "leningrad-siege-anniversary-2024", a="Hana Whitcombe", n="Second World War anniversary; no link to the present war in the text."),
  E("2024-01-27 22:30", "Strike on Kharkiv residential area wounds five",
    ["A Russian missile hit a residential street in Kharkiv in the morning, wounding five people and damaging a kindergarten, the city's mayor said.",
     "It was the third attack on the city in a week."],
    "strikes", "strikes", 2, "kharkiv-strike-2024-01-27", a="Hana Whitcombe"),
  E("2024-01-27 23:50", "Orban signals room for compromise on EU's Ukraine fund",
    ["Hungary's prime minister said he was open to a deal on the European Union's 50 billion euro support plan for Ukraine ahead of next week's summit, provided the money was reviewed every year."],
    "aid", "aid", 2, "hungary-eu-ukraine-fund-stance-2024-01", a="Hana Whitcombe"),
  E("2024-01-28 00:45", "Heavy assaults reported near Avdiivka",
    ["Ukraine's army said it had repelled more than 20 Russian assaults around Avdiivka in the past day, with the heaviest fighting on the town's southern edge."],
    "other", "frontline", 2, "avdiivka-assaults-2024-01-27", a="Hana Whitcombe"),
  E("2024-01-28 01:55", "Families ordered out of villages near Kupiansk",
    ["Local authorities ordered the compulsory evacuation of families with children from another eight villages near Kupiansk because of constant shelling."],
    "other", "humanitarian", 2, "kupiansk-villages-evacuation-2024-01", a="Hana Whitcombe"),
  ]))

SEEDS.append(dict(id="6806", name="6806_barrieadvance-latest", ext="txt", source="Barrie Advance", zone="America/Toronto", render=r_ba,
  title="The Latest: Sweden's flag goes up at NATO headquarters", byline="The Associated Press", updated_t="2024-03-11 19:52",
  lede="The latest on Russia's war in Ukraine and its fallout.",
  notes="Imitates a Barrie Advance (Metroland / Torstar) page carrying an AP 'The Latest' file, copied as text. Newest first. Entries have NO headlines: each is a time line '7:40 p.m.', a body whose first paragraph opens with an AP dateline ('BRUSSELS (AP) \u2014 ...'), and a '___' separator. Date from the line 'Mon., March 11, 2024'; 'All times Eastern.' (EDT since 10 March, UTC-4). One page byline, The Associated Press, is every entry's author. 'Updated March 11, 2024 at 7:52 p.m.' is page chrome.",
  not_entries=["masthead, 'Sign In   Subscribe', menu, section 'World'", "title line", "date line 'Mon., March 11, 2024' and 'timer3 min. read'", "'Updated March 11, 2024 at 7:52 p.m.'",
               "byline 'By The Associated Press'", "share line", "lede 'The latest on Russia's war ...'", "'All times Eastern.'", "'___' separators",
               "'Report an error', 'Journalistic Standards'", "'Join the conversation' and the comments rule", "footer"],
  entries=[
  E("2024-03-11 19:40", None,
    ["WASHINGTON (AP) \u2014 The White House said it was looking at other ways to help Ukraine while the aid bill remains stuck in the House, but had no new weapons package to announce.",
     "A spokesperson said the ammunition Ukraine's troops need could not be replaced by anything else."],
    "aid", "aid", 2, "white-house-ukraine-aid-options-2024-03-11", a="The Associated Press"),
  E("2024-03-11 16:55", None,
    ["KHARKIV, Ukraine (AP) \u2014 A Russian missile hit an industrial area of Kharkiv on Monday afternoon, wounding four workers, regional officials said."],
    "strikes", "strikes", 2, "kharkiv-industrial-strike-2024-03-11", a="The Associated Press"),
  E("2024-03-11 14:20", None,
    ["VATICAN CITY (AP) \u2014 The Vatican tried to clarify Pope Francis' remark that Ukraine should find the courage of the white flag, saying he had meant a ceasefire reached through talks, not surrender.",
     "The comments, made in an interview recorded last month, drew sharp criticism in Kyiv and among its allies."],
    "diplomacy", "diplomacy", 2, "pope-white-flag-remark-2024-03", a="The Associated Press"),
  E("2024-03-11 11:05", None,
    ["BRUSSELS (AP) \u2014 Sweden's blue and yellow flag was raised outside NATO headquarters on Monday, formally marking the country's entry into the alliance as its 32nd member.",
     "Swedish Prime Minister Ulf Kristersson said two centuries of non-alignment had ended because of Russia's full-scale invasion of Ukraine.",
     "Alliance Secretary-General Jens Stoltenberg called it a historic day."],
    "diplomacy", "diplomacy", 3, "sweden-nato-flag-raising-2024-03-11", a="The Associated Press", n="NATO membership milestone, head of government present: importance 3."),
  E("2024-03-11 08:30", None,
    ["MOSCOW (AP) \u2014 Russia's defence ministry said its air defences destroyed dozens of Ukrainian drones over several regions overnight, one of the largest drone raids of the year.",
     "Officials in the Belgorod region said a power line was damaged."],
    "strikes", "strikes", 2, "ukrainian-drone-raid-russia-2024-03-11", a="The Associated Press"),
  E("2024-03-11 06:05", None,
    ["KYIV, Ukraine (AP) \u2014 Ukraine's foreign minister rejected the idea of talks under pressure, saying the only flag his country would raise was its own.",
     "He thanked the pope for his prayers but said the Vatican should stand with the victim."],
    "diplomacy", "diplomacy", 2, "kuleba-rejects-white-flag-2024-03", a="The Associated Press",
    n="Kyiv's own answer to the pope (a separate statement by another party): own story, not merged with the Vatican's clarification."),
  ]))

SEEDS.append(dict(id="6807", name="6807_kelownacapnews-tag", ext="html", source="Kelowna Capital News", zone="America/Vancouver", render=r_kcn,
  title="Russia-Ukraine war",
  slugs=["nato-five-year-fund", "okanagan-hosts-housing", "ukraine-mobilization-age", "taiwan-earthquake", "tatarstan-drone", "ottawa-drone-funding"],
  notes="Imitates a Kelowna Capital News (Black Press Media) tag page in HTML. Newest first. Card: h3 headline link, summary paragraph (the entry body), then a meta line with the credit ('The Canadian Press', 'The Associated Press', a staff reporter) and a CP-style date 'Apr. 3, 2024 4:20 p.m.' (Pacific time, PDT UTC-7, not printed). The last card is dated Apr. 2 locally but is 3 April UTC, like all others. The only JSON-LD is a BreadcrumbList (no dates). One off-beat card (Taiwan earthquake).",
  not_entries=["cookie consent box", "masthead and menu, 'Sign Up for Newsletters'", "tag title 'Russia-Ukraine war'", "'|' separators in meta lines",
               "'Read more' under every card", "newsletter promo after the third card", "'Load More' button", "footer"],
  entries=[
  E("2024-04-03 16:20", "NATO allies weigh five-year fund for Ukraine",
    ["NATO foreign ministers meeting in Brussels discussed a plan for a five-year fund of up to 100 billion euros in military aid for Ukraine, meant to shield support from political swings in member countries."],
    "aid", "aid", 3, "nato-five-year-ukraine-fund-2024-04-03", sec=["diplomacy"], a="The Associated Press", n="Major package proposal at a ministerial meeting: importance 3."),
  E("2024-04-03 13:05", "Okanagan hosts say Ukrainian newcomers need help finding homes",
    ["Families in the Okanagan who took in Ukrainians fleeing the war say many of their guests cannot find rentals they can afford as federal support winds down."],
    "other", "humanitarian", 2, "okanagan-ukrainian-newcomers-housing-2024-04", a="Petra Halvorsen"),
  E("2024-04-03 10:15", "Ukraine lowers minimum age for combat mobilization to 25",
    ["President Volodymyr Zelensky has signed a law lowering the age at which men can be called up for combat duty from 27 to 25, as Ukraine tries to replenish its depleted ranks."],
    "other", "politics", 2, "ukraine-mobilization-age-25-2024-04", a="The Associated Press"),
  OFF("2024-04-03 07:40", "Strong earthquake rattles Taiwan",
      ["A powerful earthquake struck off Taiwan's east coast during the morning rush, damaging buildings in Hualien and setting off tsunami warnings around the region."],
      "taiwan-earthquake-2024-04-03", a="The Associated Press", n="natural disaster in Taiwan."),
  E("2024-04-03 05:10", "Ukrainian drones reach Tatarstan, 1,200 km from the front",
    ["Ukrainian drones hit an industrial zone in Russia's Tatarstan region, far beyond the range of earlier attacks, damaging a dormitory and injuring several people, Russian officials said."],
    "strikes", "strikes", 2, "tatarstan-drone-strike-2024-04-02", a="The Associated Press", n="Record range but no deaths and modest damage: importance 2 (LABELS: deadly or large strikes are 3)."),
  E("2024-04-02 20:30", "Ottawa says it will pay for more drones for Kyiv",
    ["Defence Minister Bill Blair said Canada would put more money toward drones for Ukraine, on top of the hundreds of surveillance drones it has already promised."],
    "aid", "aid", 2, "canada-drone-funding-2024-04", a="The Canadian Press"),
  ]))

SEEDS.append(dict(id="6808", name="6808_medicinehatnews-feed", ext="xml", source="Medicine Hat News", zone="America/Edmonton", render=r_mhn,
  title="World \u2013 Medicine Hat News", build="Wed, 08 May 2024 23:05:19 +0000",
  slugs=["ukraine-pleads-for-patriots", "church-group-generators", "council-downtown-plan", "russia-hammers-power-plants", "plot-against-zelensky", "inauguration-boycott"],
  cats=["World", "Local News", "Local News", "World", "World", "Canada"],
  notes="Imitates the Medicine Hat News (WordPress) category feed, RSS 2.0. Newest first. pubDate in +0000 (UTC); page_timezone is Alberta's (MDT, UTC-6) for published_local, so the oldest item is 7 May locally but every item is 8 May UTC. dc:creator in CDATA ('Canadian Press' or the paper's name). <description> holds a cut excerpt ending in '[…]' plus WordPress's 'The post ... appeared first on Medicine Hat News.' line; the full text is in content:encoded, whose last paragraph is the same footer (not body). One local off-beat item (council).",
  not_entries=["channel title, links, description, lastBuildDate, sy:* and generator", "the truncated <description> excerpts (repeat the first paragraph)",
               "'The post ... appeared first on Medicine Hat News.' footer in description and content:encoded", "<category>, <guid>, <comments>, wfw:commentRss and slash:comments"],
  entries=[
  E("2024-05-08 16:40", "Ukraine pleads for more Patriots after strikes on power plants",
    ["Ukraine's foreign minister asked allies for at least seven more Patriot batteries after an overnight barrage damaged power stations in several regions.",
     "Only a handful of countries own the system, and most have said they cannot spare more."],
    "aid", "aid", 2, "ukraine-patriot-appeal-2024-05-08", a="Canadian Press"),
  E("2024-05-08 13:05", "Church group raises $18,000 for Ukrainian hospital generators",
    ["A Medicine Hat church group has raised more than $18,000 to buy generators for a children's hospital in western Ukraine.",
     "Organizers said the first two units would be shipped from Poland next month."],
    "other", "humanitarian", 2, "medicine-hat-generator-fundraiser-2024-05", a="Medicine Hat News", n="Local aid drive by private donors: humanitarian, not government aid."),
  OFF("2024-05-08 09:20", "Council backs downtown parking plan",
      ["City council voted 6-3 on Tuesday night to convert two downtown lots into short-term parking and a small public square."],
      "medicine-hat-council-parking-2024-05", a="Medicine Hat News", n="city council."),
  E("2024-05-08 05:30", "Russia hammers Ukraine's power plants with missiles and drones",
    ["Russia fired more than 50 missiles and 20 drones at power facilities across Ukraine overnight, forcing grid operators to cut electricity in several regions.",
     "Ukraine's air force said most of the missiles were shot down.",
     "Officials in Kyiv said it was the fifth large attack on the energy system since March."],
    "strikes", "strikes", 3, "russia-energy-strike-2024-05-08", a="Canadian Press"),
  E("2024-05-08 00:10", "Ukraine says it foiled Russian plot against Zelensky",
    ["Ukraine's security service said it had detained two colonels of the state guard service who were allegedly recruited by Russia to help plan an attack on President Volodymyr Zelensky."],
    "other", "security", 2, "zelensky-assassination-plot-sbu-2024-05", a="Canadian Press"),
  E("2024-05-07 19:45", "Canada stays away from Putin's inauguration",
    ["Canada's ambassador did not attend Vladimir Putin's swearing-in for a fifth term in the Kremlin, joining most Western countries in staying away over the war in Ukraine."],
    "diplomacy", "diplomacy", 2, "western-boycott-putin-inauguration-2024-05", a="Canadian Press"),
  ]))

SEEDS.append(dict(id="6809", name="6809_dailygleaner-live", ext="txt", source="The Daily Gleaner", zone="America/Moncton", render=r_dg,
  title="Ukraine peace summit fallout: live updates",
  lede="Reaction to the weekend's peace conference in Switzerland, and the latest from the war.",
  notes="Imitates a Daily Gleaner (Fredericton; Brunswick News / Postmedia) live-updates page copied as text. Newest first. Each post: headline line FIRST, then the stamp line '9:05 a.m.' AFTER it, body paragraphs with Postmedia's 'Article content' ad-slot labels between them (not body), and a closing credit line '\u2014 The Canadian Press' (the author; the page-level 'Author of the article: The Daily Gleaner' is not). Date from 'Published Jun 17, 2024'; Atlantic time (ADT, UTC-3) implied by the outlet, never printed. One off-beat local item (heat warning).",
  not_entries=["'Skip to Content', masthead, 'Subscribe   Sign In', menu, 'News' / 'World' labels", "title and deck", "'Author of the article:' / 'The Daily Gleaner'", "'Published Jun 17, 2024 \u2022 Last updated ...' line",
               "'Join the conversation'", "both 'Share this Story : ...' lines", "every 'Article content' line (ad-slot labels, also between paragraphs)", "credit lines ('\u2014 NAME'; author)",
               "subscriber paywall lines", "newsletter lines", "'Trending' and its links", "footer"],
  entries=[
  E("2024-06-17 17:20", "Stoltenberg heads to Washington ahead of NATO summit",
    ["NATO Secretary-General Jens Stoltenberg will meet President Joe Biden at the White House this week to prepare next month's alliance summit, where support for Ukraine will top the agenda."],
    "diplomacy", "diplomacy", 2, "stoltenberg-washington-visit-2024-06", a="The Associated Press"),
  E("2024-06-17 14:45", "Fredericton church collects supplies for Kharkiv",
    ["A Fredericton parish has filled a shipping container with bedding, medical kits and canned food bound for families in Kharkiv.",
     "Volunteers said donations had picked up since Russian attacks on the city intensified in May."],
    "other", "humanitarian", 2, "fredericton-kharkiv-supply-drive-2024-06", a="Maeve Thibodeau"),
  E("2024-06-17 12:10", "Glide bombs hit Kharkiv again",
    ["Russian aircraft dropped guided bombs on Kharkiv on Monday, injuring at least six people and damaging a high-rise, the regional governor said."],
    "strikes", "strikes", 2, "kharkiv-glide-bombs-2024-06-17", a="The Canadian Press"),
  E("2024-06-17 10:30", "Summit countries to draft next steps on nuclear safety and food",
    ["Ukraine's presidential office said working groups from the countries that signed the weekend communique would start drafting plans on nuclear safety, food security and the return of prisoners and deported children."],
    "diplomacy", "diplomacy", 2, "peace-summit-working-groups-2024-06", a="The Canadian Press"),
  E("2024-06-17 09:05", "Kremlin dismisses summit communique as meaningless",
    ["The Kremlin said the declaration signed in Switzerland by about 80 countries would lead nowhere because Russia had not been in the room.",
     "Spokesman Dmitry Peskov said Moscow remained open to talks on its own terms."],
    "diplomacy", "diplomacy", 2, "kremlin-dismisses-peace-summit-2024-06", a="The Associated Press", n="A spokesman's reaction, not a head-of-state or ministerial move: importance 2."),
  OFF("2024-06-17 06:40", "Heat warning issued for central New Brunswick",
      ["Environment Canada says daytime highs near 33C and warm nights are expected from Tuesday in Fredericton and the upper Saint John River valley."],
      "nb-heat-warning-2024-06", a="The Daily Gleaner", n="weather."),
  E("2024-06-17 06:10", "Canada's summit pledge targets energy and demining",
    ["Prime Minister Justin Trudeau used the weekend summit to announce new money for repairing Ukraine's power grid and clearing mines from farmland, his office said."],
    "aid", "aid", 2, "canada-summit-pledge-2024-06", a="The Canadian Press"),
  ]))


# ================================================================== PART B: three multi-source days, invented outlets
# Day 1 = Sunday 2024-05-19 (UTC), day 2 = Monday 2024-05-20, day 3 = Sunday 2024-04-14.
RES = "kharkiv-lakeside-resort-strike-2024-05-19"     # 3+ sources on day 1 (toll 2 -> 3 -> 5 -> 6 -> 7); continued on day 2 (8)
PIS = "pishchane-shelling-kupiansk-2024-05-19"        # same region, same day, different attack: must not merge with RES
KRA = "krasnodar-drone-raid-refinery-2024-05-19"
ZEL = "zelensky-asks-allies-to-down-missiles-2024-05" # day 1; re-posted on day 2 (importance 1)
MER = "merefa-missile-strike-2024-05-20"              # 3+ sources on day 2 (toll 2 -> 4 -> 6; Kharkiv/Kharkov)
F16 = "zelensky-f16-count-interview-2024-05-20"
TERM = "kremlin-questions-zelensky-legitimacy-2024-05-20"
ZAP = "zaporizhzhia-missile-strike-2024-04-14"        # 3+ sources on day 3 (toll 1 -> 2 -> 3 -> 4; Zaporizhzhia/Zaporozhye/Zaporizhia)
PAT = "germany-third-patriot-system-2024-04"
ISR = "zelensky-contrasts-israel-air-defence-2024-04-14"

D1 = "Day 1 (2024-05-19) seeds: 6820-6823."
D2 = "Day 2 (2024-05-20) seeds: 6830-6833."
D3 = "Day 3 (2024-04-14) seeds: 6840-6843."

SEEDS.append(dict(id="6820", name="6820_copplestone-textlive", ext="txt", source="Copplestone Ledger", zone="Europe/London", render=r_copple,
  title="Ukraine war live: missiles hit lakeside resort near Kharkiv", dateline="Sunday 19 May 2024",
  lede="Russian missiles struck a recreation area outside Ukraine's second city on a warm Sunday afternoon. Follow the latest.",
  notes="Invented outlet. Text live blog, newest first, 'Key Points' list at the top (two post headlines: key_point true). Each post: headline, then a stamp line AFTER it ('By NAME, 17:45 BST', or just '08:20 BST' when unsigned), then the body. UK time (BST, UTC+1). Entry 03 is a watch teaser without body. " + D1,
  not_entries=["masthead and menu", "cookie line", "title, date line and lede", "'Key Points' block (points at posts)", "'Latest'", "'Share this post' after each post",
               "'ADVERTISEMENT'", "'Show older posts'", "footer"],
  entries=[
  E("2024-05-19 21:10", "Kharkiv resort strike: death toll rises to seven",
    ["Seven people are now known to have died after Russian missiles hit a lakeside recreation area outside Kharkiv on Sunday afternoon, the regional governor said.",
     "Another 27 were wounded, among them two children, and several remain in a serious condition."],
    "strikes", "strikes", 3, RES, a="Mara Quint"),
  E("2024-05-19 17:40", "Swiss summit organisers say 50 leaders have confirmed",
    ["About 50 heads of state and government have confirmed they will attend next month's peace conference near Lucerne, Switzerland's foreign ministry said.",
     "Russia has not been invited, and China has yet to say whether it will send anyone."],
    "diplomacy", "diplomacy", 2, "swiss-peace-summit-attendance-2024-05", a="Tom Achterberg"),
  E("2024-05-19 15:25", "Watch: smoke rises over the lakeside resort after the strike", [], "strikes", "strikes", 1, RES,
    n="Video teaser without body -> importance 1, story of the strike it shows."),
  E("2024-05-19 14:50", "Russian missiles hit lakeside resort near Kharkiv",
    ["At least three people were killed and about a dozen injured when Russian missiles struck a recreation area by a lake near the village of Cherkaska Lozova, just outside Kharkiv, officials said.",
     "Families had gone there to spend a warm Sunday afternoon by the water."],
    "strikes", "strikes", 3, RES, a="Mara Quint", kp=True),
  E("2024-05-19 12:30", "Zelensky: let allied jets shoot down missiles over Ukraine",
    ["President Volodymyr Zelensky has asked Western partners to use their own aircraft and air defences to shoot down Russian missiles and drones over Ukrainian territory.",
     "In an interview published on Sunday, he said allies had done the same for Israel in April and could do it for Ukraine without firing at Russia itself."],
    "aid", "aid", 3, ZEL, sec=["diplomacy"], a="Tom Achterberg", n="Plea for air defence -> aid (LABELS); carried by 6820 and 6821."),
  E("2024-05-19 10:05", "Czech shell initiative: first deliveries due in June",
    ["The first artillery shells bought under the Czech-led scheme to source ammunition outside Europe will reach Ukraine in June, the government in Prague says.",
     "It says money for some 500,000 rounds has been raised so far."],
    "aid", "aid", 2, "czech-shell-initiative-deliveries-2024-05", a="Mara Quint", n="Different aid matter from Zelensky's jets appeal: must not merge."),
  E("2024-05-19 08:20", "Refinery ablaze after drone raid on Krasnodar region",
    ["A fire broke out at an oil refinery in Slavyansk-on-Kuban after a wave of Ukrainian drones targeted Russia's Krasnodar region overnight, local authorities said.",
     "Russia's defence ministry said it had shot down 57 drones over the region."],
    "strikes", "strikes", 3, KRA, kp=True),
  ]))

SEEDS.append(dict(id="6821", name="6821_ashbarrow-htmllive", ext="html", source="Ashbarrow Courier", zone="Europe/Kyiv", render=r_ashbarrow,
  title="Russia's war against Ukraine: Sunday, 19 May", dateline="Sunday, 19 May 2024", url="https://ashbarrow.example/live/2024-05-19",
  lede="Our newsroom in Kyiv follows the day's events.",
  notes="Invented outlet. HTML live blog, OLDEST first; LiveBlogPosting JSON-LD with correct per-update times (+03:00) listed newest first; visible '<time datetime>09:20</time>' above each h2; 'Times are Kyiv time.' (EEST, UTC+3); signature '\u2014 NAME' after the body. Entry 05 repeats entry 01 nearly verbatim (same body, reworded headline): duplicate_of 6821-01. Entry 03 is re-posted on day 2 by 6832. Spelling 'Cherkaska Lozova'. " + D1,
  not_entries=["header and menu", "h1 title", "date line", "standfirst", "'Times are Kyiv time.'", "signature lines (author)", "'Copy link' buttons",
               "membership appeal", "footer"],
  entries=[
  E("2024-05-19 08:15", "Shelling kills four in village near Kupiansk",
    ["Four people, among them a married couple in their seventies, were killed when Russian artillery hit the village of Pishchane in the Kupiansk district early on Sunday, the Kharkiv regional administration said.",
     "Two houses and a shop were destroyed."],
    "strikes", "strikes", 3, PIS, a="Oksana Drach", n="Deadly strike; same region and day as the resort strike but a different attack: must not merge with " + RES + "."),
  E("2024-05-19 10:40", "Commanders say Ukrainian line around Vovchansk is holding",
    ["Ukrainian units in the northern Kharkiv region have stopped Russian troops from advancing beyond the centre of Vovchansk, a military spokesman said.",
     "Fighting in the town went on street by street, he added."],
    "other", "frontline", 2, "vovchansk-fighting-2024-05-19", a="Andriy Kosach", n="Ground fighting; must not merge with the buffer-zone analysis (6823-02)."),
  E("2024-05-19 13:20", "Zelensky urges allies to down Russian missiles over Ukraine",
    ["Volodymyr Zelensky said partner countries could protect western Ukraine by shooting down Russian missiles from their own territory or with their own jets, as they did over Israel.",
     "He said the question of Ukraine's air defence was now a question of lives."],
    "aid", "aid", 3, ZEL, sec=["diplomacy"], a="Oksana Drach"),
  E("2024-05-19 16:05", "Strike on recreation area in Cherkaska Lozova",
    ["Two people were killed and several injured in a Russian strike on a recreation area in Cherkaska Lozova on the edge of Kharkiv, Governor Oleh Syniehubov said."],
    "strikes", "strikes", 3, RES, a="Andriy Kosach"),
  E("2024-05-19 17:30", "Four killed by shelling in village near Kupiansk",
    ["Four people, among them a married couple in their seventies, were killed when Russian artillery hit the village of Pishchane in the Kupiansk district early on Sunday, the Kharkiv regional administration said.",
     "Two houses and a shop were destroyed."],
    "strikes", "strikes", 1, PIS, a="Oksana Drach", dup="6821-01", n="Near-verbatim repeat of 6821-01 (headline reworded, body identical) -> importance 1."),
  E("2024-05-19 19:45", "Resort strike toll climbs to six",
    ["The number of people killed in the afternoon strike on the Cherkaska Lozova recreation area has risen to six, with 27 wounded, regional officials said.",
     "Rescuers finished searching the site shortly before dark."],
    "strikes", "strikes", 3, RES, a="Andriy Kosach"),
  E("2024-05-19 22:10", "Ukraine says it hit air defence systems in Crimea",
    ["Ukraine's military intelligence said its drones had damaged a Russian air defence radar and a missile launcher near Yevpatoria in occupied Crimea."],
    "strikes", "strikes", 2, "crimea-air-defence-strike-2024-05-19", a="Oksana Drach", n="Ukrainian strike on Russian-held territory; must not merge with the Krasnodar raid."),
  ]))

SEEDS.append(dict(id="6822", name="6822_wrangaton-worldrss", ext="xml", source="Wrangaton World Service", zone="UTC", render=r_rss_world,
  title="Wrangaton World Service - Top stories", url="https://wrangaton.example", rfc="GMT",
  lede="The latest world news from Wrangaton World Service", cats=["Asia", "Europe", "Middle East", "Americas", "Americas", "Europe"],
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, plain-text descriptions, no authors. Four of six items are off-beat (Taiwan inauguration, Iran helicopter, Brazil floods, Dominican election). Spelling 'Cherkasska Lozova'. " + D1,
  not_entries=["channel title, link, description, language", "<guid> and <category> of each item"],
  entries=[
  OFF("2024-05-19 21:05", "Taiwan's incoming president prepares for inauguration",
      ["Lai Ching-te will be sworn in as Taiwan's president on Monday and is expected to call for peace and the status quo across the Taiwan Strait in his first speech."],
      "lai-inauguration-preparations-2024-05", n="Taiwan politics."),
  E("2024-05-19 15:45", "Russian strike on resort near Kharkiv kills five",
    ["Five people were killed when missiles hit a recreation area near the village of Cherkasska Lozova, outside Ukraine's second-largest city, Ukrainian officials said."],
    "strikes", "strikes", 3, RES),
  OFF("2024-05-19 13:50", "Helicopter carrying Iran's president makes 'hard landing'",
      ["A helicopter carrying Iranian President Ebrahim Raisi came down in fog in the mountainous north-west of the country, state media reported, and rescue teams were struggling to reach the site."],
      "raisi-helicopter-crash-2024-05", n="Iran."),
  OFF("2024-05-19 12:15", "Floodwaters recede slowly in southern Brazil",
      ["Water levels in the Brazilian state of Rio Grande do Sul have begun to fall, but tens of thousands of people remain in shelters weeks after the floods began."],
      "brazil-floods-2024-05", n="Brazil floods."),
  OFF("2024-05-19 09:30", "Dominican Republic votes in general election",
      ["Voters in the Dominican Republic are choosing a president and a new congress, with the incumbent, Luis Abinader, expected to win a second term."],
      "dominican-election-2024", n="Dominican Republic election."),
  E("2024-05-19 07:10", "Russia says 57 Ukrainian drones downed over Krasnodar",
    ["Russian air defences destroyed 57 drones over the southern Krasnodar region overnight, the defence ministry in Moscow said, while a refinery in Slavyansk-on-Kuban reported a fire."],
    "strikes", "strikes", 3, KRA),
  ]))

SEEDS.append(dict(id="6823", name="6823_calderholt-atom", ext="xml", source="Calderholt Review", zone="Europe/Warsaw", render=r_atom, content="xhtml",
  title="Calderholt Review \u2014 Ukraine", url="https://calderholt.example", lede="Reporting and analysis on the war, from Warsaw",
  notes="Invented outlet. Atom feed, newest first, <published> with +02:00 (Warsaw, CEST), per-entry <author>, body as inline XHTML (<content type=\"xhtml\">). Entry 02 is the day's theme piece (analysis). Entry 03 gives the resort toll as six. " + D1,
  not_entries=["feed title, subtitle, links, id, updated and feed-level author", "<id> and <updated> of each entry"],
  entries=[
  E("2024-05-19 22:30", "Poland scrambles jets as Russia strikes western Ukraine",
    ["Polish and allied aircraft were put in the air late on Sunday as Russia launched missiles at targets in western Ukraine, Poland's operational command said.",
     "No violation of Polish airspace was recorded."],
    "other", "security", 2, "poland-scrambles-jets-2024-05-19", a="Piotr Halas", n="Headline leads with Poland's air-policing measure (a non-party's military precaution) -> other/security."),
  E("2024-05-19 19:55", "Six dead after missiles hit lakeside resort outside Kharkiv",
    ["Six people were killed and 27 injured in the Russian strike on a recreation area on a lake near Cherkaska Lozova, the Kharkiv regional governor said on Sunday evening.",
     "Ukraine's president said the attack showed again why the country needed more air defence."],
    "strikes", "strikes", 3, RES, a="Piotr Halas"),
  E("2024-05-19 15:10", "Analysis: what Moscow means by a 'buffer zone' north of Kharkiv",
    ["Russia says its push across the border into the Kharkiv region is meant to create a buffer zone that keeps Ukrainian artillery away from Belgorod.",
     "Military analysts say the offensive also forces Kyiv to pull reserves away from the Donetsk front, where Russia's main effort remains.",
     "How deep such a zone would have to be, and whether Russia could hold it, are open questions."],
    "other", "frontline", 2, "analysis-kharkiv-buffer-zone-2024-05", a="Ewa Sadowska",
    n="Theme piece (analysis with body): own story, importance 2; must not merge with the Vovchansk fighting report (6821-02)."),
  E("2024-05-19 11:40", "Russian governor says drone killed driver near Shebekino",
    ["A man was killed when a Ukrainian drone hit his car near the town of Shebekino in Russia's Belgorod region, Governor Vyacheslav Gladkov said."],
    "strikes", "strikes", 2, "shebekino-drone-attack-2024-05-19", a="Piotr Halas"),
  ]))

SEEDS.append(dict(id="6830", name="6830_marlstone-htmllive", ext="html", source="Marlstone Daily", zone="Europe/Berlin", render=r_marlstone,
  title="Ukraine live: missiles hit Merefa; Kharkiv mourns resort victims", dateline="Monday, 20 May 2024",
  lede="Our live ticker on Russia's war against Ukraine. All times CEST.",
  notes="Invented outlet. HTML live ticker without JSON-LD, newest first. Each item: h3 headline FIRST, then '<p class=\"ts\">14:05 CEST</p>' AFTER it, then 'By NAME' and the body. Berlin time (CEST, UTC+2). Entry 04 is a photo teaser without body. Entry 07 continues day 1's resort strike (same slug, toll eight). " + D2,
  not_entries=["cookie consent", "header and menu", "h1 title", "date line", "intro 'Our live ticker ... All times CEST.'", "'By NAME' lines (author)",
               "'Related' box with two links", "'Load earlier entries'", "footer"],
  entries=[
  E("2024-05-20 21:45", "Merefa death toll rises to six",
    ["Six people are now confirmed dead after Russian missiles struck the town of Merefa, south-west of Kharkiv, earlier on Monday, regional officials said.",
     "More than 20 people were injured, several of them seriously."],
    "strikes", "strikes", 3, MER, a="Lena Fischbach"),
  E("2024-05-20 18:30", "Russia's new defence minister makes first trip to the front",
    ["Andrei Belousov, who replaced Sergei Shoigu as Russia's defence minister last week, visited a command post of troops fighting in Ukraine, his ministry said."],
    "other", "politics", 2, "belousov-first-front-visit-2024-05", a="Jonas Reinke"),
  E("2024-05-20 16:05", "Zelensky: Ukraine needs up to 130 F-16s to match Russia in the air",
    ["Ukraine would need between 120 and 130 F-16 fighter jets to achieve parity with Russia's air force, President Volodymyr Zelensky said in an interview.",
     "He said the first jets promised by allies had still not arrived."],
    "aid", "aid", 3, F16, a="Jonas Reinke", n="Must not merge with the re-posted day-1 appeal to shoot down missiles (6832-05): a different statement."),
  E("2024-05-20 13:20", "Photos: the scene in Merefa after the missile strike", [], "strikes", "strikes", 1, MER,
    n="Photo teaser without body -> importance 1."),
  E("2024-05-20 12:50", "Missiles strike Merefa near Kharkiv",
    ["Russian missiles hit the town of Merefa near Kharkiv around midday, killing at least two people, Governor Oleh Syniehubov said."],
    "strikes", "strikes", 3, MER, a="Lena Fischbach"),
  E("2024-05-20 10:15", "EU moves towards using frozen-asset profits for Ukraine's weapons",
    ["European Union governments are set to formally approve a plan to channel windfall profits from frozen Russian central bank assets into weapons for Ukraine, diplomats said."],
    "aid", "aid", 2, "eu-frozen-asset-profits-for-arms-2024-05", a="Jonas Reinke"),
  E("2024-05-20 08:40", "Kharkiv mourns resort strike victims as toll reaches eight",
    ["Kharkiv declared a day of mourning on Monday after the number of people killed in Sunday's strike on a lakeside recreation area rose to eight."],
    "strikes", "strikes", 3, RES, a="Lena Fischbach",
    n="Continuation of day 1's resort strike with a new development (toll eight, day of mourning): keeps the day-1 slug; carried by 6830 and 6831 on day 2 -> importance 3. Must not merge with the Merefa strike."),
  ]))

SEEDS.append(dict(id="6831", name="6831_elmsworth-textlive", ext="txt", source="Elmsworth Live", zone="Europe/Kyiv", render=r_elmsworth,
  title="War in Ukraine, day 817: live updates", dateline="Monday 20 May", parse_args=["--date", "2024-05-20"],
  team="Live team: Nadiya Petruk, Sam Ellery", lede="Updates from our reporters in Kyiv and Kharkiv, oldest first.",
  notes="Invented outlet. Text live blog, OLDEST first. The date line 'Monday 20 May' has no year and none is printed anywhere (parse_args --date 2024-05-20); 'Kyiv time (EEST)' (UTC+3). Each post: a bare '09:05' line BEFORE the headline, then the body. No per-post bylines; the page names a two-person live team, so author is null. Entry 05 repeats entry 03 (same headline, body with two words added): duplicate_of 6831-03. Entry 01 continues day 1's resort strike. " + D2,
  not_entries=["masthead and menu", "title and date line", "'Kyiv time (EEST)'", "'Live team: ...' line (not attributable to single posts)", "lede",
               "support appeal", "closing line 'This live page is now closed ...'", "footer"],
  entries=[
  E("2024-05-20 09:05", "Woman hurt in Sunday's lakeside strike dies in hospital",
    ["A 56-year-old woman wounded in Sunday's missile strike on the recreation area near Kharkiv has died in hospital, bringing the death toll to eight, the city's mayor said."],
    "strikes", "strikes", 3, RES, n="Continuation of day 1's resort strike (new death): keeps the day-1 slug."),
  E("2024-05-20 11:30", "Kremlin: Zelensky's legitimacy now an open question",
    ["Kremlin spokesman Dmitry Peskov said the question of Volodymyr Zelensky's legitimacy had arisen now that his five-year term would formally have ended.",
     "Ukrainian officials replied that the constitution keeps the president in office until a successor is elected after martial law ends."],
    "other", "politics", 3, TERM, sec=["diplomacy"], n="Statement about Ukraine's leadership -> other/politics; carried by 6831 and 6833 -> importance 3."),
  E("2024-05-20 14:10", "Merefa: four killed in missile attack",
    ["Four people were killed and 18 injured when Russian missiles hit Merefa in the Kharkiv region, the regional prosecutor's office said.",
     "Rescuers were still working at the site of a damaged industrial building."],
    "strikes", "strikes", 3, MER),
  E("2024-05-20 15:00", "Russian troops press into northern Vovchansk",
    ["Russian assault groups tried again to advance through the northern streets of Vovchansk, where Ukrainian units are fighting for every building, a brigade spokesman said."],
    "other", "frontline", 2, "vovchansk-fighting-2024-05-20", n="Fighting in the town; must not merge with the evacuation report (6831-06)."),
  E("2024-05-20 17:25", "Merefa: four killed in missile attack",
    ["Four people were killed and 18 injured when Russian missiles hit Merefa in the Kharkiv region on Monday, the regional prosecutor's office said.",
     "Rescuers were still working at the site of a damaged industrial building."],
    "strikes", "strikes", 1, MER, dup="6831-03", n="Near-verbatim repeat of 6831-03 ('on Monday' added) -> importance 1."),
  E("2024-05-20 19:40", "Evacuation from Vovchansk area nears completion",
    ["More than 10,000 people have been moved out of the Vovchansk area since the Russian offensive began on 10 May, regional officials said."],
    "other", "humanitarian", 2, "vovchansk-evacuation-2024-05"),
  E("2024-05-20 22:15", "Air raid alert as Russia launches attack drones",
    ["Ukraine's air force warned of groups of Shahed attack drones heading towards the central and southern regions late on Monday."],
    "strikes", "strikes", 2, "shahed-launch-alert-2024-05-20"),
  ]))

SEEDS.append(dict(id="6832", name="6832_dunmarsh-atom", ext="xml", source="Dunmarsh Post", zone="Europe/Kyiv", render=r_atom, content="html",
  title="Dunmarsh Post: Ukraine", url="https://dunmarsh.example", lede="News from Ukraine in English",
  notes="Invented outlet. Atom feed, newest first, <published> with +03:00 (Kyiv, EEST), per-entry author, a cut <summary> ending in '\u2026' plus the full text as escaped HTML in <content type=\"html\">. Entry 03 is the day's theme piece (explainer). Entry 05 is a re-post of day 1's 6821-03 (same headline, body as before): importance 1. " + D2,
  not_entries=["feed title, subtitle, links, id, updated, feed author", "the cut <summary> of each entry (repeats the start of the first paragraph)", "<id> and <updated>"],
  entries=[
  E("2024-05-20 20:10", "Netherlands to lead drive for more Patriot parts",
    ["The Netherlands said it would lead an effort among European countries to find Patriot launchers, spare parts and missiles that could be sent to Ukraine quickly."],
    "aid", "aid", 2, "dutch-patriot-parts-initiative-2024-05", a="Halyna Borovyk"),
  E("2024-05-20 16:30", "Russia says drones shot down over Belgorod and Kursk",
    ["Russia's defence ministry said air defences had destroyed nine Ukrainian drones over the Belgorod and Kursk regions during the day."],
    "strikes", "strikes", 2, "belgorod-kursk-drones-2024-05-20", a="Dmytro Lysak"),
  E("2024-05-20 13:45", "Explainer: why Ukraine is not electing a president this spring",
    ["Ukraine's constitution and election law rule out national votes while martial law is in force, and parliament has extended martial law every 90 days since February 2022.",
     "Most of Zelensky's domestic opponents have said an election during the war could not be held fairly, with millions abroad or under occupation.",
     "Moscow argues the opposite and has begun to describe him as a leader without a mandate."],
    "other", "politics", 2, "explainer-ukraine-election-martial-law-2024-05", a="Halyna Borovyk",
    n="Theme piece (explainer with body): own story, importance 2; must not merge with the Kremlin statement (" + TERM + ")."),
  E("2024-05-20 10:20", "Ukraine needs 120 to 130 F-16s, Zelensky tells interviewer",
    ["President Volodymyr Zelensky said Ukraine needed 120 to 130 modern fighter jets to counter Russia's air superiority, in an interview with a news agency published on Monday."],
    "aid", "aid", 3, F16, a="Dmytro Lysak"),
  E("2024-05-20 08:00", "Zelensky urges allies to down Russian missiles over Ukraine",
    ["Volodymyr Zelensky said partner countries could protect western Ukraine by shooting down Russian missiles from their own territory or with their own jets, as they did over Israel.",
     "He said the question of Ukraine's air defence was now a question of lives."],
    "aid", "aid", 1, ZEL, sec=["diplomacy"], a="Halyna Borovyk",
    n="Re-post of day-1 entry 6821-03 (Ashbarrow Courier, 19 May), same headline and body, re-dated by this feed -> importance 1; duplicate_of stays null (it is in another seed)."),
  ]))

SEEDS.append(dict(id="6833", name="6833_gildersleigh-worldrss", ext="xml", source="Gildersleigh World Feed", zone="Australia/Sydney", render=r_rss_world,
  title="Gildersleigh World Feed", url="https://gildersleigh.example", rfc="offset", html_desc=True,
  lede="World headlines, updated around the clock", cats=["Australia", "Europe", "World", "Europe", "Asia", "Middle East"],
  notes="Invented outlet. General world-news RSS 2.0 feed from Sydney, newest first, pubDate with the outlet's own offset '+1000' (AEST), CDATA HTML descriptions, dc:creator agency credits. Four of six items are off-beat (cold snap, ICC warrants, Taiwan inauguration, Raisi's death). The two newest items are dated 21 May locally but are 20 May UTC. Spelling 'Kharkov'. " + D2,
  not_entries=["channel title, link, description, language", "<guid> and <category> of each item"],
  entries=[
  OFF("2024-05-21 05:40", "Cold snap to bring frost to the south-east",
      ["Temperatures across inland New South Wales and Victoria are forecast to drop below zero overnight, the Bureau of Meteorology said."],
      "south-east-australia-cold-snap-2024-05", a="Staff", n="Australian weather."),
  E("2024-05-21 02:10", "Missile strike on town outside Kharkov kills four",
    ["A Russian missile strike on the town of Merefa in the Kharkov region killed four people and injured at least 18, Ukrainian officials said."],
    "strikes", "strikes", 3, MER, a="AFP"),
  OFF("2024-05-20 23:30", "Prosecutor seeks arrest warrants for Israeli and Hamas leaders",
      ["The International Criminal Court's chief prosecutor said he had applied for arrest warrants for Israel's prime minister and defence minister and for three Hamas leaders."],
      "icc-warrant-requests-2024-05", a="Reuters", n="Middle East / ICC."),
  E("2024-05-20 20:15", "Moscow questions Zelensky's mandate as term lapses",
    ["The Kremlin said on Monday that Volodymyr Zelensky's legitimacy was in doubt because the five-year term he won in 2019 had run out, a view Kyiv rejects."],
    "other", "politics", 3, TERM, sec=["diplomacy"], a="AFP"),
  OFF("2024-05-20 15:05", "Taiwan's Lai sworn in, urges Beijing to stop intimidation",
      ["Lai Ching-te took office as Taiwan's president and called on China to stop its military pressure on the island."],
      "lai-sworn-in-2024-05-20", a="Reuters", n="Taiwan politics."),
  OFF("2024-05-20 13:20", "Iran confirms president killed in helicopter crash",
      ["Iranian state media confirmed that President Ebrahim Raisi, the foreign minister and seven others were killed when their helicopter crashed in fog in the north-west of the country."],
      "raisi-helicopter-crash-2024-05", a="AFP", n="Iran (continues day 1's off-beat story)."),
  ]))

SEEDS.append(dict(id="6840", name="6840_tadcombe-worldatom", ext="xml", source="Tadcombe World Desk", zone="UTC", render=r_atom, content="summary",
  title="Tadcombe World Desk", url="https://tadcombe.example", lede="Around the world in headlines",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in Z (UTC), plain-text <summary> only, no per-entry authors (feed-level author is the outlet). Four of six entries are off-beat (the Masters, India manifesto, Iran's attack on Israel twice). Spelling 'Zaporozhye'. " + D3,
  not_entries=["feed title, subtitle, links, id, updated, feed-level author", "<id> and <updated> of each entry"],
  entries=[
  OFF("2024-04-14 21:30", "Leaders tee off in final round of the Masters",
      ["The leaders set off in the final round of the Masters at Augusta National in warm, breezy conditions."],
      "masters-final-round-2024", n="golf."),
  OFF("2024-04-14 16:45", "India's ruling party publishes election manifesto",
      ["Prime Minister Narendra Modi's party released its manifesto days before voting begins in India's general election, promising free housing and more spending on roads and railways."],
      "bjp-manifesto-2024", n="Indian election."),
  E("2024-04-14 14:10", "Berlin pledges third Patriot battery for Kyiv",
    ["Germany will send Ukraine another Patriot air defence system from its own army's stocks, the defence ministry said, in addition to the two it has already delivered."],
    "aid", "aid", 3, PAT),
  E("2024-04-14 13:00", "Missiles hit Zaporozhye, two reported dead",
    ["Russian missiles struck the southern Ukrainian city of Zaporozhye, killing two people and damaging an industrial site and a residential building, local officials said."],
    "strikes", "strikes", 3, ZAP),
  OFF("2024-04-14 06:30", "Israel says almost all Iranian drones and missiles were intercepted",
      ["Israel's military said 99 percent of the more than 300 drones and missiles fired by Iran overnight had been shot down, with help from the United States and other allies."],
      "iran-attack-on-israel-2024-04-14", n="Middle East (not about the Russia-Ukraine war)."),
  OFF("2024-04-14 00:40", "Iran launches drone and missile attack on Israel",
      ["Iran launched waves of drones and missiles towards Israel late on Saturday, its first direct military attack on Israeli territory."],
      "iran-attack-on-israel-2024-04-14", n="Middle East (not about the Russia-Ukraine war)."),
  ]))

SEEDS.append(dict(id="6841", name="6841_hollowcombe-htmllive", ext="html", source="Hollowcombe Live", zone="Europe/London", render=r_hollowcombe,
  title="Ukraine war live: Zaporizhzhia hit by missiles; Germany pledges third Patriot", dateline="Sunday 14 April 2024",
  url="https://hollowcombe.example/world/live/2024/apr/14/ukraine-war-live",
  lede="Kyiv draws lessons from the overnight defence of Israel as Russian missiles strike the south-east.",
  notes="Invented outlet. HTML live blog, newest first. Its LiveBlogPosting JSON-LD lists one update per post, but every update repeats the PAGE's headline and datePublished (only @id and a 120-character articleBody differ): per-post time and headline must come from the visible blocks, '<time datetime=...>4.35pm BST</time>' above an h2. Signature line after the body (author). Entry 04 is a video teaser without body; entry 03 is the day's theme piece (explainer). " + D3,
  not_entries=["header and menu", "h1 title", "date line", "standfirst", "signature lines (author)", "newsletter promo", "footer"],
  entries=[
  E("2024-04-14 18:10", "Third death confirmed in Zaporizhzhia",
    ["The number of dead from the morning strike on Zaporizhzhia has reached three, the head of the regional military administration said.",
     "Fifteen people were injured."],
    "strikes", "strikes", 3, ZAP, a="Fern Ashdown"),
  E("2024-04-14 15:45", "Drone hits training centre at Zaporizhzhia nuclear plant, IAEA told",
    ["The International Atomic Energy Agency said its team at the Zaporizhzhia nuclear power plant had been told by the Russian-installed management that a drone struck the plant's training centre.",
     "The agency said there was no damage to the reactors."],
    "strikes", "strikes", 2, "znpp-training-centre-drone-2024-04-14", a="Fern Ashdown",
    n="Same place name as the city strike but a different event at the nuclear plant: must not merge with " + ZAP + "."),
  E("2024-04-14 13:30", "Explainer: why the shield over Israel can't simply be copied for Ukraine",
    ["Israel's layered air defences cover a country smaller than the Kharkiv region, were built up over decades and were backed on Saturday night by American, British and French aircraft.",
     "Ukraine has to spread far fewer systems over a country almost 30 times larger, and its allies have ruled out sending their own jets into its airspace."],
    "aid", "aid", 2, "explainer-israel-ukraine-air-defence-2024-04", sec=["strikes"], a="Colin Marwood",
    n="Theme piece (explainer with body): own story, importance 2; must not merge with Zelensky's statement (" + ISR + ")."),
  E("2024-04-14 11:50", "Watch: firefighters at work in Zaporizhzhia", [], "strikes", "strikes", 1, ZAP, n="Video teaser without body -> importance 1."),
  E("2024-04-14 11:15", "Missile strike on Zaporizhzhia kills one",
    ["One person was killed and several were injured when Russian missiles hit Zaporizhzhia on Sunday morning, regional governor Ivan Fedorov said."],
    "strikes", "strikes", 3, ZAP, a="Colin Marwood"),
  E("2024-04-14 09:40", "Zelensky: world's response over Israel shows what is possible",
    ["Volodymyr Zelensky said the way allies helped shoot down Iran's drones and missiles over Israel showed that unity could save lives, and that Ukraine's skies deserved the same."],
    "aid", "aid", 3, ISR, sec=["diplomacy"], a="Colin Marwood", n="Plea for air defence -> aid; carried by 6841 and 6842 -> importance 3."),
  E("2024-04-14 08:05", "Germany to send Ukraine a third Patriot system",
    ["Germany's defence ministry said it would hand over a third Patriot air defence system to Ukraine, a move welcomed in Kyiv after months of appeals."],
    "aid", "aid", 3, PAT, a="Colin Marwood", n="Must not merge with Zelensky's Israel remarks (same air-defence theme, different event)."),
  ]))

SEEDS.append(dict(id="6842", name="6842_kestlow-textlive", ext="txt", source="Kestlow Herald", zone="Europe/Warsaw", render=r_kestlow,
  title="Ukraine and the region: live", dateline="Sunday, 14.04.2024", lede="Our correspondents follow the war and its echoes in Poland.",
  notes="Invented outlet. Text live blog, OLDEST first; date line 'Sunday, 14.04.2024', 'All times CEST' (UTC+2). Each post: headline, then 'Posted 09:30' AFTER it, body, and a 'Reporting: NAME' line (author). Entry 05 repeats entry 03 (same headline; 'asked' -> 'questioned'): duplicate_of 6842-03. Spelling 'Zaporizhia' in entry 06. " + D3,
  not_entries=["masthead and menu", "title and date line", "'All times CEST'", "lede", "'Reporting: NAME' lines (author)", "newsletter line", "'End of live coverage'", "footer"],
  entries=[
  E("2024-04-14 09:30", "Scholz lands in China for three-day visit",
    ["German Chancellor Olaf Scholz arrived in Chongqing at the start of a three-day trip to China, where he is expected to urge Xi Jinping to use his influence on Moscow over the war in Ukraine."],
    "diplomacy", "diplomacy", 3, "scholz-china-visit-2024-04", a="Bartek Osowski", n="Head of government's diplomatic trip: importance 3."),
  E("2024-04-14 10:45", "Drones damage energy facility in Kharkiv region",
    ["Russian Shahed drones hit an energy facility in the Kharkiv region overnight, cutting power to some 200,000 customers, the grid operator said."],
    "strikes", "strikes", 2, "kharkiv-energy-drone-strike-2024-04-14", a="Bartek Osowski", n="Different attack and place from Zaporizhzhia: must not merge."),
  E("2024-04-14 13:05", "Zelensky contrasts allies' help for Israel with Ukraine's wait",
    ["President Volodymyr Zelensky said the overnight defence of Israel by its allies showed what was possible when partners acted together, and asked why Ukrainian cities under daily attack did not get the same protection."],
    "aid", "aid", 3, ISR, sec=["diplomacy"], a="Agnieszka Rudnik"),
  E("2024-04-14 14:40", "Zaporizhzhia: two killed as missiles hit industrial area",
    ["Two people were killed when Russian missiles struck an industrial area and nearby homes in Zaporizhzhia, the regional administration said."],
    "strikes", "strikes", 3, ZAP, a="Agnieszka Rudnik"),
  E("2024-04-14 16:20", "Zelensky contrasts allies' help for Israel with Ukraine's wait",
    ["President Volodymyr Zelensky said the overnight defence of Israel by its allies showed what was possible when partners acted together, and questioned why Ukrainian cities under daily attack did not get the same protection."],
    "aid", "aid", 1, ISR, sec=["diplomacy"], a="Agnieszka Rudnik", dup="6842-03", n="Near-verbatim repeat of 6842-03 -> importance 1."),
  E("2024-04-14 19:50", "Toll in Zaporizhia rises to four",
    ["Four people have now died as a result of Sunday's missile attack on Zaporizhia, officials in the city said, and two more remain in intensive care."],
    "strikes", "strikes", 3, ZAP, a="Bartek Osowski"),
  ]))

SEEDS.append(dict(id="6843", name="6843_larchbourne-article", ext="txt", source="Larchbourne Journal", zone="Europe/Kyiv", render=r_larch,
  title="A Sunday of missiles in Zaporizhzhia, and a pledge from Berlin", byline="Iryna Solovei", dateline="14 April 2024, 21:40 EEST",
  lede="Ukraine buried new victims of the air war on Sunday even as it won the promise of one more Patriot battery.",
  more="How Ukraine rations its interceptors",
  notes="Invented outlet. Text article with three section headings; one entry per section, stamp null, published = the dateline '14 April 2024, 21:40 EEST' (UTC+3), page byline as author. " + D3,
  not_entries=["outlet name and breadcrumb", "title line", "byline and dateline", "lede paragraph", "'Read also: ...' link", "share line", "copyright line"],
  entries=[
  E("2024-04-14 21:40", "Zaporizhzhia counts its dead",
    ["The toll from the morning strike on Zaporizhzhia reached four by evening, with more than a dozen people in hospital.",
     "Residents said the first missile hit before the air raid siren had finished sounding."],
    "strikes", "strikes", 3, ZAP, a="Iryna Solovei"),
  E("2024-04-14 21:40", "Berlin's third Patriot",
    ["Germany's promise of a third Patriot system was the biggest single boost to Ukraine's air defences in months, officials in Kyiv said.",
     "The battery will come from Bundeswehr stocks and is expected to arrive within weeks."],
    "aid", "aid", 3, PAT, a="Iryna Solovei"),
  E("2024-04-14 21:40", "Syrskyi: the east has got worse",
    ["Ukraine's commander-in-chief Oleksandr Syrskyi said the situation on the eastern front had deteriorated significantly in recent days as Russia pressed attacks west of Avdiivka and near Chasiv Yar."],
    "other", "frontline", 2, "syrskyi-eastern-front-worse-2024-04", a="Iryna Solovei"),
  ]))


# ================================================================== how each page's times were resolved (published_basis)
BASIS = {
  "6800": "ACM date line '{s}' (full date, 12-hour clock); no zone printed, NSW daylight time (AEDT, UTC+11) implied by the outlet",
  "6801": "no per-section time; the article's date line 'January 17 2024 - 10:30am' (AEDT, UTC+11 implied; JSON-LD +11:00 agrees) used for every section",
  "6802": "stamp '{s}' under the day divider 'Sunday, March 3' (no year printed: parse_args --date 2024-03-03); Queensland time AEST, UTC+10, implied",
  "6803": "stamp '{s}' in <time datetime> (+10:00) under the day divider for {d}; Queensland time AEST, UTC+10; JSON-LD update time agrees",
  "6804": "pubDate '{s}' (explicit GMT); local NZDT (UTC+13) day {d}",
  "6805": "stamp '{s}' on the page dated '27 Jan, 2024 07:35 PM', oldest first; posts after the 11.50pm post crossed local midnight, so they are 28 Jan locally; NZDT, UTC+13, implied",
  "6806": "time line '{s}' under the date line 'Mon., March 11, 2024'; 'All times Eastern.' = EDT, UTC-4",
  "6807": "CP-style date '{s}' (full date, a.m./p.m.); no zone printed, Pacific daylight time (PDT, UTC-7) implied by the outlet",
  "6808": "pubDate '{s}' (explicit +0000); local MDT (UTC-6) day {d}",
  "6809": "stamp '{s}' after the headline, on the page's 'Published Jun 17, 2024' day; Atlantic daylight time (ADT, UTC-3) implied by the outlet",
  "6820": "stamp line '{s}' (after the headline) on the page's date line 'Sunday 19 May 2024'; BST = UTC+1",
  "6821": "stamp '{s}' with <time datetime> (+03:00) on the page date 'Sunday, 19 May 2024'; Kyiv EEST = UTC+3; JSON-LD update time agrees",
  "6822": "pubDate '{s}' (explicit GMT)",
  "6823": "<published> '{s}' (explicit offset)",
  "6830": "stamp '{s}' (after the headline) on the page's date line 'Monday, 20 May 2024'; CEST = UTC+2",
  "6831": "stamp '{s}' under the date line 'Monday 20 May' (no year: parse_args --date 2024-05-20); 'Kyiv time (EEST)' = UTC+3",
  "6832": "<published> '{s}' (explicit offset)",
  "6833": "pubDate '{s}' (explicit +1000, AEST)",
  "6840": "<published> '{s}' (explicit Z)",
  "6841": "visible stamp '{s}' in <time datetime> (+01:00) on 'Sunday 14 April 2024' (the JSON-LD update dates are the page's, not the post's)",
  "6842": "stamp line '{s}' after the headline, on the date line 'Sunday, 14.04.2024'; 'All times CEST' = UTC+2",
  "6843": "no per-section time; the article dateline '14 April 2024, 21:40 EEST' (UTC+3) used for every section",
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
        ents = []
        for i, e in enumerate(S["entries"]):
            d = dt(e["t"], S["zone"]); u = d.astimezone(UTC)
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": BASIS[S["id"]].format(s=stamps[i], d=d.strftime("%Y-%m-%d")),
                         "author": e["a"],
                         "first_sentence": first_sentence(e["p"][0]) if e["p"] else None,
                         "body_paragraphs": len(e["p"]),
                         "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                         "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"],
                         "notes": e["n"] or None})
        gold = {"seed": fn, "source": S["source"], "page_title": S["title"], "page_timezone": S["zone"]}
        if S.get("parse_args"):
            gold["parse_args"] = S["parse_args"]
        gold.update({"notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]})
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        total += len(ents)
        print(f"{fn:40s} {len(ents)}")
    print("total entries:", total)


if __name__ == "__main__":
    main()

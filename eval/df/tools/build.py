#!/usr/bin/env python3
"""Builds the eval/df seed pages and their gold files from one hand-written data table (further below).
All news text is the blind tester's own wording (invented or paraphrased; no copied sentences). Part A imitates the
page layouts of ten real Pennsylvania outlets from memory (2025 days); Part B outlets are invented (2024 days).
Deterministic. Run from the project root:  python3 eval/df/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
ADV_MON = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."]
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NO_SPLIT = ("U.S.", "U.N.", "Gov.", "Gen.", "Sen.", "Rep.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.", "Jan.", "Feb.",
            "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Pa.")


# ---------------------------------------------------------------- table helpers
def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", by=None):
    """one entry: t = local time 'YYYY-MM-DD HH:MM[:SS]' in the page zone; h = headline (None if the page prints none);
    p = body paragraphs; top/sub = topic/subtopic; imp = importance; st = story slug; a = author for the gold;
    by = the byline exactly as the page prints it (when it differs from a)."""
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n, by=by)


def OFF(t, h, p, st, a=None, by=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, by=by, n="off-beat: " + n)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par):
        head = par[:m.end()]
        if m.end() < len(par) and head.endswith(NO_SPLIT):
            continue
        return head
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=ZoneInfo(zone))


def clock12(d, style):
    """style: 'pm' -> '2:47 pm', 'PM' -> '1:14 PM', 'p.m.' -> '7:15 a.m.'"""
    h = d.hour % 12 or 12
    am = d.hour < 12
    suf = {"pm": "am" if am else "pm", "PM": "AM" if am else "PM", "p.m.": "a.m." if am else "p.m."}[style]
    return f"{h}:{d.minute:02d} {suf}"


def paras(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def in_order(S, newest_first):
    ts = [dt(e["t"], S["zone"]) for e in S["entries"]]
    assert ts == sorted(ts, reverse=newest_first), f"{S['id']}: entries not {'newest' if newest_first else 'oldest'} first"


def slug(s):
    out = re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
    return out if len(out) <= 60 else out[:60].rsplit("-", 1)[0]


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_timesleader(S):
    """Times Leader (Wilkes-Barre; WordPress) 'Nation & World' category page, text scrape. Newest first. Card: headline,
    meta line 'By NAME, Associated Press — May 31, 2025 2:47 pm' (no zone), excerpt, 'Read more'."""
    z = S["zone"]; in_order(S, True); day = dt(S["entries"][0]["t"], z)
    L = ["Skip to content", "", "Times Leader", f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, {day.year}",
         "Wilkes-Barre 71° Mostly sunny", "", "Subscribe | e-Edition | Log in | Contact us", "",
         "News   Local   Sports   Opinion   Obituaries   Business   Entertainment   Community   Classifieds   Jobs", "",
         "Home » News » Nation & World", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} {clock12(d, 'pm')}"; stamps.append(st)
        L += [e["h"], f"By {e['by'] or e['a']} — {st}", ""] + paras(e["p"]) + ["Read more", ""]
        if i == 2:
            L += ["ADVERTISEMENT", "", "Get the Times Leader morning headlines in your inbox. Sign up today.", ""]
    L += ["Older posts", "", "Most Read", "Luzerne County council weighs changes to election board", "Wilkes-Barre Area school board approves budget", "",
          "© 2025 Times Leader. All rights reserved. | Privacy Policy | Terms of Use"]
    return "\n".join(L) + "\n", stamps


def r_citizensvoice(S):
    """The Citizens' Voice (MediaNews Group WordPress) article page, HTML: h1, byline, 'PUBLISHED: June 30, 2025 at 4:38 PM EDT',
    h2 sections with paragraphs (one entry per section, no per-section time), 'Originally Published' line, Yoast-style @graph."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    pub = f"{MONTHS[d0.month - 1]} {d0.day}, {d0.year} at {clock12(d0, 'PM')} EDT"
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": S["url"] + "#article", "headline": S["title"], "datePublished": d0.isoformat(),
         "dateModified": d0.isoformat(), "author": [{"@type": "Person", "name": n} for n in S["authors"]],
         "publisher": {"@id": "https://www.citizensvoice.com/#organization"}, "articleSection": ["News", "World News"],
         "isPartOf": {"@id": S["url"]}},
        {"@type": "WebPage", "@id": S["url"], "url": S["url"], "name": S["title"] + " – Citizens' Voice"},
        {"@type": "Organization", "@id": "https://www.citizensvoice.com/#organization", "name": "The Citizens' Voice"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} – Citizens&#039; Voice</title>',
           f'<link rel="canonical" href="{S["url"]}">',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="post-template-default single single-post">',
           '<header class="site-header"><a class="custom-logo-link" href="/">The Citizens&#039; Voice</a>'
           '<nav class="main-navigation"><a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/obituaries/">Obituaries</a> '
           '<a href="/opinion/">Opinion</a> <a href="/things-to-do/">Things To Do</a> <a href="/business/">Business</a> '
           '<a href="/e-edition/">e-Edition</a> <a href="/newsletters/">Newsletters</a></nav>'
           '<a class="subscribe" href="/subscribe/">Subscribe</a> <a href="/login/">Log In</a></header>',
           '<main id="main"><article class="post">',
           '<div class="breadcrumbs"><a href="/news/">News</a> | <a href="/news/world-news/">World News</a></div>',
           f'<h1 class="entry-title">{esc(S["title"])}</h1>',
           f'<div class="byline"><span class="author">By {esc(S["byline"])}</span> | <span class="org">The Associated Press</span></div>',
           f'<div class="time"><span class="label">PUBLISHED:</span> <time datetime="{d0.isoformat()}">{pub}</time></div>',
           '<div class="social-share"><a>Facebook</a> <a>X</a> <a>Email</a> <a>Print</a></div>',
           f'<figure class="wp-caption"><img alt=""><figcaption>{esc(S["caption"])}</figcaption></figure>',
           '<div class="body-copy">', f'<p>{esc(S["lede"])}</p>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 2:
            out.append('<div class="newsletter-signup"><p>Sign up for email newsletters</p><p>Get the latest headlines delivered to your inbox.</p>'
                       '<button>Sign Up</button></div>')
    out += ['</div>', f'<p class="originally-published">Originally Published: {pub}</p>', '</article>',
            '<aside class="trending"><h3>Trending Nationally</h3><ul><li><a>Heat wave expected to break records across the East Coast</a></li>'
            '<li><a>Senate returns to work on sweeping budget bill</a></li></ul></aside></main>',
            '<footer class="site-footer"><p>Copyright © 2025 MediaNews Group</p><a>Privacy Policy</a> <a>Terms of Use</a> '
            '<a>Cookie Policy</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_poconorecord(S):
    """Pocono Record (Gannett / USA TODAY Network) live blog, HTML. Newest first; each post: h2 headline, then byline +
    'USA TODAY NETWORK' + '4:52 p.m. ET' (no date); the page line 'Published ... ET Aug. 4, 2025 | Updated ...' gives the date.
    JSON-LD LiveBlogPosting with liveBlogUpdate items (headline + datePublished with offset)."""
    z = S["zone"]; in_order(S, True)
    pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "headline": e["h"], "datePublished": d.isoformat(), "url": f"{S['url']}#post-{70412 - i}"}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
          "datePublished": pub.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": pub.isoformat(),
          "liveBlogUpdate": ups, "publisher": {"@type": "NewsMediaOrganization", "name": "Pocono Record"}}
    pl = f"Published {clock12(pub, 'p.m.')} ET {AP_MON[pub.month - 1]} {pub.day}, {pub.year}"
    ul = f"Updated {clock12(last, 'p.m.')} ET {AP_MON[last.month - 1]} {last.day}, {last.year}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<meta property="og:site_name" content="Pocono Record">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body><div class="gnt_n_tb"><a href="/">Pocono Record</a> <span>Part of the USA TODAY Network</span></div>',
           '<nav class="gnt_n_mn"><a>News</a> <a>Sports</a> <a>Entertainment</a> <a>Opinion</a> <a>Obituaries</a> <a>eNewspaper</a> '
           '<a>Legals</a> <a>Subscribe</a> <a>Sign In</a></nav>',
           '<main><article class="gnt_lb"><div class="gnt_ar_lbl">WORLD</div>', f'<h1>{esc(S["title"])}</h1>',
           '<div class="gnt_ar_by">' + ", ".join(esc(n) for n in S["authors"]) + ' <span>USA TODAY NETWORK</span></div>',
           f'<div class="gnt_ar_dt">{pl} | {ul}</div>', f'<p class="gnt_ar_b_p">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{clock12(d, 'p.m.')} ET"; stamps.append(st)
        out.append(f'<section class="gnt_lb_pt" id="post-{70412 - i}"><h2>{esc(e["h"])}</h2>')
        who = f'<span class="gnt_lb_au">{esc(e["a"])}</span> ' if e["a"] else ''
        out.append(f'<div class="gnt_lb_meta">{who}<span class="gnt_lb_org">USA TODAY NETWORK</span> <span class="gnt_lb_ts">{st}</span></div>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<figure class="gnt_em_vp"><span>Video player</span> <span>0:58</span></figure>')
        out.append('</section>')
        if i == 3:
            out.append('<aside class="gnt_nl"><p>Never miss a story: sign up for the Pocono Record daily newsletter.</p><button>Sign up</button></aside>')
    out += [f'<p><em>{esc(S["contrib"])}</em></p></article>',
            '<aside><h3>Popular</h3><a>Stroudsburg council debates parking changes</a> <a>Pocono Raceway prepares for race weekend</a></aside></main>',
            '<footer><a>About Us</a> <a>Newsletters</a> <a>Support</a> <a>Terms of Service</a> <a>Privacy Notice</a>'
            '<p>© 2025 www.poconorecord.com. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_morningcall(S):
    """The Morning Call (MediaNews Group WordPress) 'World News' section front, text scrape. Newest first. Card: headline,
    'By NAME | The Associated Press', 'PUBLISHED: October 27, 2025 at 1:14 PM EDT', excerpt."""
    z = S["zone"]; in_order(S, True)
    L = ["Skip to content", "", "The Morning Call", "Sign up for email newsletters", "Subscribe   Log In", "",
         "News   Lehigh Valley   Sports   Business   Opinion   Obituaries   Things to Do   Newsletters   eNewspaper", "",
         "News | World News", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} at {clock12(d, 'PM')} EDT"; stamps.append(st)
        L += [e["h"], f"By {e['by'] or e['a']}", f"PUBLISHED: {st}", ""] + paras(e["p"])
        if i == 3:
            L += ["Advertisement", "", "Trending Nationally", "Clocks fall back next weekend as daylight saving time ends", ""]
    L += ["Load More", "", "Copyright © 2025 The Morning Call | Privacy Policy | Terms of Service | Cookie Settings"]
    return "\n".join(L) + "\n", stamps


def r_readingeagle(S):
    """Reading Eagle (MediaNews Group) timeline article, text scrape. Oldest first; items are a bare '7:05 a.m.' line and
    text, no headlines; the date and zone are printed only in the 'PUBLISHED: ... | UPDATED: ...' line."""
    z = S["zone"]; in_order(S, False)
    p0 = dt(S["published"], z); last = dt(S["entries"][-1]["t"], z)
    fmt = lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year} at {clock12(d, 'PM')} EDT"
    L = ["Skip to content", "", "Reading Eagle", "Subscribe   Log In   e-Edition", "",
         "News   Berks County   Sports   Business   Life   Opinion   Obituaries   Newsletters", "",
         "News | World News", "", S["title"], "", S["credit"], f"PUBLISHED: {fmt(p0)} | UPDATED: {fmt(last)}", "",
         "Facebook   X   Email   Print", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = clock12(d, "p.m."); stamps.append(st)
        L += [st, ""] + paras(e["p"])
        if i == 3:
            L += ["Sign up for email newsletters", "Get the latest headlines delivered to your inbox.", ""]
    L += [f"Originally Published: {fmt(p0)}", "", "Trending Nationally", "College football rankings shake-up after upset weekend", "",
          "Copyright © 2025 MediaNews Group"]
    return "\n".join(L) + "\n", stamps


def r_pennlive(S):
    """PennLive / The Patriot-News (Advance Local, Arc XP) 'World News' river, HTML. Newest first. Card: h2 headline link,
    summary, 'By The Associated Press' or 'By NAME | email', 'Published: Oct. 06, 2025, 7:15 a.m.' (no zone). JSON-LD: CollectionPage."""
    z = S["zone"]; in_order(S, True)
    ld = {"@context": "https://schema.org", "@type": "CollectionPage", "name": S["title"], "url": S["url"],
          "publisher": {"@type": "NewsMediaOrganization", "name": "PennLive", "url": "https://www.pennlive.com"}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - pennlive.com</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="masthead"><a class="logo" href="/">pennlive</a> <span class="print-brand">The Patriot-News</span>'
           '<nav><a>News</a> <a>Sports</a> <a>Penn State</a> <a>Steelers</a> <a>Eagles</a> <a>Business</a> <a>Opinion</a> '
           '<a>Living</a> <a>Obituaries</a> <a>Jobs</a></nav><a>Subscribe</a> <a>Sign in</a></header>',
           f'<main><h1 class="section-title">{esc(S["title"])}</h1>', '<div class="river">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{ADV_MON[d.month - 1]} {d.day:02d}, {d.year}, {clock12(d, 'p.m.')}"; stamps.append(st)
        link = f"/nation-world/{d.year}/{d.month:02d}/{slug(e['h'])}.html"
        out.append(f'<article class="river-item"><h2 class="river-item__headline"><a href="{link}">{esc(e["h"])}</a></h2>')
        out += [f'<p class="river-item__summary">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<div class="river-item__byline">By {esc(e["by"] or e["a"])}</div>')
        out.append(f'<time class="river-item__time" datetime="{d.isoformat()}">Published: {st}</time></article>')
        if i == 1:
            out.append('<div class="ad">Advertisement</div>')
        if i == 3:
            out.append('<div class="newsletter">Get the news you need, delivered to your inbox. Sign up for our newsletters.</div>')
    out += ['</div><a class="more" href="?page=2">More stories</a></main>',
            '<footer><p>Registering on or using this site means you accept our User Agreement and Privacy Policy.</p>'
            '<p>© 2025 Advance Local Media LLC. All rights reserved.</p><p>Community Rules apply to everything you post here.</p></footer>'
            '</body></html>']
    return "\n".join(out) + "\n", stamps


def r_tribdem(S):
    """The Tribune-Democrat (Johnstown; TownNews BLOX) section Atom feed: <published> with the local offset (-04:00),
    <author><name>By NAME Associated Press</name>, summary as escaped HTML."""
    z = S["zone"]; in_order(S, True)
    top = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">',
           f'<title>{esc(S["title"])}</title>', f'<id>{esc(S["url"])}</id>', f'<link rel="self" href="{attr(S["url"])}"/>',
           f'<link rel="alternate" type="text/html" href="https://www.tribdem.com/news/national_news/"/>',
           f'<updated>{top.isoformat()}</updated>', '<generator uri="https://www.townnews.com">TownNews.com Dynamic Site Engine</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        uid = f"{0x4e7a1c00 + i * 65537:08x}-83{i}b-11f0-b{i}2e-{0x2d9c4b1a7e30 + i * 97:012x}"
        link = f"https://www.tribdem.com/news/national_news/article_{uid}.html"
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<id>{link}</id>', f'<link rel="alternate" href="{link}"/>',
                f'<published>{st}</published>', f'<updated>{st}</updated>', f'<author><name>{esc(e["by"])}</name></author>',
                '<summary type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</summary>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_centredaily(S):
    """Centre Daily Times (McClatchy) 'Nation & World' section, HTML. Newest first. Card: kicker, h3 headline, summary,
    'By NAME' + 'Associated Press', <time> 'November 07, 2025 3:12 PM' (no zone). JSON-LD: organization only."""
    z = S["zone"]; in_order(S, True)
    ld = {"@context": "https://schema.org", "@type": "NewsMediaOrganization", "name": "Centre Daily Times", "url": "https://www.centredaily.com"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Centre Daily Times</title>',
           '<script type="application/ld+json">' + json.dumps(ld) + '</script></head><body>',
           '<header class="masthead"><a class="logo" href="/">Centre Daily Times</a><nav><a>Local</a> <a>Penn State</a> '
           '<a>Sports</a> <a>Opinion</a> <a>Obituaries</a> <a>Real Estate</a> <a>eEdition</a></nav><a>Subscribe</a> <a>Log In</a></header>',
           f'<main><h1 class="section-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{MONTHS[d.month - 1]} {d.day:02d}, {d.year} {clock12(d, 'PM')}"; stamps.append(st)
        out.append(f'<div class="package"><p class="kicker">{esc(e.get("kicker", "WORLD"))}</p><h3><a href="/news/nation-world/{slug(e["h"])}.html">{esc(e["h"])}</a></h3>')
        out += [f'<p class="summary">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="byline">By {esc(e["a"])}</p><p class="byline-org">Associated Press</p>'
                   f'<time class="update-date" datetime="{d.isoformat()}">{st}</time></div>')
        if i == 2:
            out.append('<div class="ad-container">ADVERTISEMENT</div>')
    out += ['<a class="load-more">LOAD MORE</a></main>', '<aside><h4>Read Next</h4><a>Penn State trustees to meet on stadium project</a></aside>',
            '<footer><a>Copyright</a> <a>Commenting Policy</a> <a>Privacy Policy</a> <a>Terms of Service</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_dailyitem(S):
    """The Daily Item (Sunbury; TownNews BLOX) 'Nation & World' section front, text scrape. Header clock; cards: headline,
    summary, 'By NAME Associated Press', relative time ('24 min ago', '2 hrs ago'). Newest first."""
    z = S["zone"]; in_order(S, True); ref = dt(S["ref"], z)
    L = ["Skip to main content", "", "The Daily Item", f"{WEEKDAYS[ref.weekday()]}, {MONTHS[ref.month - 1]} {ref.day}, {ref.year} {clock12(ref, 'pm')}", "",
         "Sunbury, PA (17801)", "Today", "Humid with scattered thunderstorms this evening. Low 69F.", "",
         "Subscribe   Log In   e-Edition", "",
         "News   Sports   Obituaries   Opinion   Lifestyles   Valley Business   Photos   Classifieds   Contact Us", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        mins = int((ref - dt(e["t"], z)).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} min ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hr ago" if mins == 60 else f"{mins // 60} hrs ago"
        stamps.append(st)
        L += [e["h"], ""] + paras(e["p"]) + [e["by"], st, ""]
        if i == 2:
            L += ["Daily Headlines", "Sign up for our free email newsletter to get the latest local news every morning.", "Sign up!", ""]
    L += ["More Headlines", "", "Most Popular", "Selinsgrove pool reopens after repairs", "Northumberland County fair lineup announced", "",
          "© 2025 The Daily Item", "Powered by BLOX Content Management System from TownNews.com."]
    return "\n".join(L) + "\n", stamps


def r_sungazette(S):
    """Williamsport Sun-Gazette (WordPress) category RSS 2.0: pubDate always '+0000' with seconds, dc:creator in CDATA,
    excerpt in <description> ending ' [&#8230;]', full text in <content:encoded>."""
    z = S["zone"]; in_order(S, True)
    top = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" '
           'xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<atom:link href="{attr(S["url"])}" rel="self" type="application/rss+xml" />',
           '<link>https://www.sungazette.com</link>', '<description>Williamsport Sun-Gazette</description>',
           f'<lastBuildDate>{rfc822(top)}</lastBuildDate>', '<language>en-US</language>',
           '<sy:updatePeriod>hourly</sy:updatePeriod>', '<sy:updateFrequency>1</sy:updateFrequency>',
           '<generator>https://wordpress.org/?v=6.8.3</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://www.sungazette.com/news/nation-world/{d.year}/{d.month:02d}/{slug(e['h'])}/"
        excerpt = e["p"][0][:150].rsplit(" ", 1)[0] + " [&#8230;]"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>',
                f'<dc:creator><![CDATA[{e["by"] or e["a"]}]]></dc:creator>', f'<pubDate>{st}</pubDate>',
                '<category><![CDATA[Nation/World]]></category>', '<category><![CDATA[News]]></category>',
                f'<guid isPermaLink="false">https://www.sungazette.com/?p={1883102 - i * 37}</guid>',
                f'<description><![CDATA[{excerpt}]]></description>',
                '<content:encoded><![CDATA[' + "\n".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></content:encoded>',
                '<slash:comments>0</slash:comments>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


# ================================================================ Part B renderers (invented outlets)

def r_harbridge(S):
    """text live, newest first; 'Key Points' bullets; headline line, then 'Posted 21:10 BST', body, '— NAME' signature."""
    z = S["zone"]; in_order(S, True)
    L = [S["source"], "Home | UK | World | Money | Sport | Live", "", "LIVE  " + S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["• " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} BST"; stamps.append(st)
        L += [e["h"], f"Posted {st}", ""] + paras(e["p"])
        if e["a"]:
            L += [f"— {e['a']}", ""]
        if i == 2:
            L += ["Get our World Briefing newsletter every morning. Sign up", ""]
    L += ["Show older posts", "", f"© {S['source']} · About · Contact · Privacy"]
    return "\n".join(L) + "\n", stamps


def r_kelstone(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with correct per-update datePublished; visible stamp
    '30.06.2024 10:40' in <time datetime>; author line below the h3."""
    z = S["zone"]; in_order(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 301}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} — {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header class="top"><a href="/">{S["source"]}</a> <nav><a>War</a> <a>Politics</a> <a>Economy</a> <a>Regions</a> <a>Donate</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="lead">{esc(S["lede"])}</p>', '<p class="tz">Kyiv time (EEST)</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y %H:%M}"; stamps.append(st)
        out.append(f'<div class="post" id="post-{i + 301}"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="by">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<p class="share">Share · Copy link</p></div>')
        if i == 3:
            out.append('<aside class="see-also"><h4>See also</h4><a>How Odesa’s ports kept exporting through two years of attacks</a></aside>')
    out += ['</main>', f'<footer>{S["source"]} · Editorial policy · Advertising · Contacts</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):
    """RSS 2.0 world feed, newest first. pubDate with GMT or the outlet's numeric offset; optional dc:creator; CDATA description."""
    z = S["zone"]; in_order(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>', f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), S["gmt"])}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, S["gmt"]); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/story/{i + 40511}</link>',
                f'<guid isPermaLink="false">{S["guid"]}:{i + 40511}</guid>', f'<pubDate>{st}</pubDate>',
                f'<category>{esc(e.get("cat") or "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_saltonstall(S):
    """text article, one entry per section heading; page byline and 'Published on 30/06/2024 at 14:10 CEST'; no per-section time."""
    L = [S["source"], "Front page › International › Europe", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Share: Facebook · X · LinkedIn · E-mail", ""]
    for e in S["entries"]:
        L += [e["h"], ""] + paras(e["p"])
    L += [S["more"], "", f"© {S['source']} · Terms · Privacy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_amberley(S):
    """HTML live, newest first; JSON-LD is a plain NewsArticle (no LiveBlogPosting); visible '1 July 2024, 22:10' in <time>."""
    z = S["zone"]; in_order(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "author": {"@type": "Organization", "name": S["source"]}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="cookies">This site uses cookies. <button>Agree</button></div>',
           f'<header><b>{S["source"]}</b> <nav><a>Poland</a> <a>World</a> <a>Business</a> <a>Ukraine war</a> <a>Opinion</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="live-item"><h2>{esc(e["h"])}</h2><time datetime="{d.isoformat()}">{st}</time>')
        if e["a"]:
            out.append(f'<p class="author">By {esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">Gallery (12 photos)</div>')
        out.append('</article>')
        if i == 2:
            out.append('<aside class="related"><h3>Read more</h3><a>Poland’s air-defence shield: what is being bought and when</a></aside>')
    out += ['<p><a>Earlier coverage</a></p></main>', f'<footer>{S["source"]} · Contact · Privacy · All times are Central European Summer Time</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0, newest first; <published> ISO with the outlet's offset (Z for UTC); escaped HTML content; optional author."""
    z = S["zone"]; in_order(S, True)
    iso = lambda d: d.isoformat().replace("+00:00", "Z")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>{S["url"]}/atom.xml</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link href="{S["url"]}/a/{i + 2207}"/>', f'<id>{S["url"]}/a/{i + 2207}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out += ['<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_gorsley(S):
    """text live, oldest first; '6:10 a.m. EDT' line before each headline; no per-post authors; generic desk credit."""
    z = S["zone"]; in_order(S, False)
    L = [S["source"].upper(), "Local · Nation · World · Sports · Opinion", "", S["title"], S["dateline"], S["credit"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{clock12(d, 'p.m.')} EDT"; stamps.append(st)
        L += [st, e["h"], ""] + paras(e["p"])
        if i == 3:
            L += ["ADVERTISEMENT", ""]
    L += ["Refresh for the latest updates.", "", f"{S['source']} · Terms of Use · Privacy"]
    return "\n".join(L) + "\n", stamps


def r_millbeck(S):
    """text live, oldest first; date line without a year; bare '08:10' before the headline; two-name page byline; no year anywhere."""
    z = S["zone"]; in_order(S, False)
    L = [S["source"], "Live · Ukraine · Russia · Europe · Analysis", "", S["title"], S["dateline"], S["byline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + paras(e["p"])
        if i == 2:
            L += ["Support independent reporting from Ukraine: become a member.", ""]
    L += ["Our live coverage continues tomorrow.", "", f"{S['source']} · Who we are · Contact · Privacy"]
    return "\n".join(L) + "\n", stamps


def r_redstow(S):
    """HTML live, newest first; JSON-LD LiveBlogPosting whose liveBlogUpdate items all carry the PAGE's datePublished (a quirk:
    per-entry times only in the visible '9:40 PM IST'); page date printed once under the title."""
    z = S["zone"]; in_order(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#u{i + 1}", "headline": e["h"], "datePublished": first.isoformat(),
            "dateModified": last.isoformat(), "articleBody": " ".join(e["p"])[:500]} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-IN"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header>{S["source"]} <nav><a>India</a> <a>World</a> <a>Business</a> <a>Cricket</a> <a>Opinion</a> <a>E-Paper</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="updated">{esc(S["dateline"])}</p>', f'<p class="summary">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{clock12(d, 'PM')} IST"; stamps.append(st)
        out.append(f'<div class="lb-card"><span class="lb-time">{st}</span><h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="lb-author">Posted by {esc(e["a"])}</p>')
        out.append('</div>')
        if i == 1:
            out.append('<div class="promo">Download the Redstow Journal app for live alerts</div>')
    out += ['</main>', f'<footer>© {S["source"]} · About us · Contact · Privacy policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ================================================================ PART A: ten real outlets' layouts (own words, 2025)
SEEDS = []

# ---------------------------------------------------------------- 11100 Times Leader (2025-05-31)
SEEDS.append(dict(
  id="11100", name="11100_timesleader-nationworld", ext="txt", source="Times Leader", zone="America/New_York", render=r_timesleader,
  title="Nation & World",
  basis="card stamp '{s}' (date and 12-hour clock, no zone printed: the outlet's home zone, Eastern, EDT = UTC-4); local {d} in {z}",
  notes="Imitates the Times Leader (Wilkes-Barre, WordPress) 'Nation & World' category page as a text scrape. Newest first. Each card: headline, a meta line 'By NAME, Associated Press — May 31, 2025 2:47 pm' (no zone; home zone America/New_York assumed), excerpt paragraphs, 'Read more'. AP spelling 'Zelenskyy'. Two wire stories are off the war (Polish runoff, Hegseth in Singapore). The Kharkiv-region bombing (11100-03) and the overnight drone tally (11100-06) are different events: must not merge.",
  not_entries=["'Skip to content'", "masthead, header date line and weather widget", "'Subscribe | e-Edition | Log in | Contact us'", "navigation bar",
               "breadcrumb 'Home » News » Nation & World'", "section title 'Nation & World' (page title)", "'Read more' link after every card",
               "'ADVERTISEMENT' marker and newsletter promo after the third card", "'Older posts'", "'Most Read' rail with two local headlines", "footer"],
  entries=[
  E("2025-05-31 18:38", "Ukraine says it still has not seen Russia’s promised peace memorandum",
    ["Ukraine’s foreign minister said Saturday that Kyiv was still waiting for the written proposals Moscow promised to hand over before a second round of direct talks that Russia wants to hold in Istanbul on Monday.",
     "Andrii Sybiha said going into a meeting without the document risked making it an empty exercise, and he asked Turkey and other mediators to press Moscow to share it."],
    "diplomacy", "diplomacy", 3, "istanbul-talks-memorandum-2025-05", a="Halyna Ostapchuk", by="Halyna Ostapchuk, Associated Press"),
  OFF("2025-05-31 16:12", "Poland heads into tight presidential runoff",
      ["Polish voters choose Sunday between Warsaw Mayor Rafał Trzaskowski and conservative historian Karol Nawrocki in a runoff that polls show as too close to call.",
       "The winner will succeed President Andrzej Duda, whose second term ends in August."],
      "poland-presidential-runoff-2025-06-01", a="Nils Fogarty", by="Nils Fogarty, Associated Press", n="Polish election preview"),
  E("2025-05-31 14:47", "Russian guided bombs and drones kill 2 in Kharkiv region",
    ["Two people were killed and nine wounded when Russian guided bombs and drones struck villages in Ukraine’s northeastern Kharkiv region on Saturday morning, regional Gov. Oleh Syniehubov said.",
     "One of the bombs destroyed a shop in the center of a village near Kupiansk, he said."],
    "strikes", "strikes", 3, "kharkiv-region-strikes-2025-05-31", a="Ruth Amadi", by="Ruth Amadi, Associated Press",
    n="deadly strike; must not merge with the overnight drone tally 11100-06"),
  E("2025-05-31 12:20", "Ukraine says Russian troops are pressing into border areas of Sumy region",
    ["Ukraine’s border guard service said Saturday that small Russian assault groups had crossed into the northern Sumy region at several points and were trying to take villages to carve out what Moscow calls a buffer zone.",
     "President Volodymyr Zelenskyy said earlier in the week that Russia had massed about 50,000 troops along that stretch of the border."],
    "other", "frontline", 2, "russian-push-sumy-border-2025-05", a="Kateryna Zhuk", by="Kateryna Zhuk, Associated Press"),
  OFF("2025-05-31 10:05", "Hegseth tells Asian security forum that China poses a real threat",
      ["Defense Secretary Pete Hegseth told a security conference in Singapore on Saturday that the United States would stand with its partners in Asia, and accused China of preparing to use force to change the balance of power in the region."],
      "hegseth-shangri-la-2025-05-31", a="Ben Castellano", by="Ben Castellano, Associated Press", n="US-China defense speech"),
  E("2025-05-31 08:30", "Ukraine says air defenses stopped most drones in overnight attack",
    ["Ukraine’s air force said Saturday that it shot down or jammed 76 of the 98 drones Russia launched overnight, along with one of three ballistic missiles.",
     "Falling debris damaged houses in the Odesa and Dnipropetrovsk regions, but no deaths were reported."],
    "strikes", "strikes", 2, "overnight-drone-attack-2025-05-31", a="Irina Voss", by="Irina Voss, Associated Press",
    n="non-deadly overnight tally; must not merge with the Kharkiv-region bombing 11100-03"),
  E("2025-05-31 06:15", "Lithuania pledges new ammunition and drone shipment for Ukraine",
    ["Lithuania will send Ukraine another package of military aid made up of artillery ammunition, anti-drone equipment and electronic warfare systems, its defense ministry said.",
     "The ministry did not give a value for the package but said it would arrive within weeks."],
    "aid", "aid", 2, "lithuania-military-aid-2025-05", a="Associated Press", by="Associated Press", n="agency-only byline"),
  ]))

# ---------------------------------------------------------------- 11101 The Citizens' Voice (2025-06-30)
SEEDS.append(dict(
  id="11101", name="11101_citizensvoice-article", ext="html", source="The Citizens' Voice", zone="America/New_York", render=r_citizensvoice,
  title="Moscow claims all of Luhansk as Kyiv moves to exit mine treaty",
  url="https://www.citizensvoice.com/2025/06/30/russia-ukraine-war-luhansk-mine-treaty/",
  dateline_t="2025-06-30 16:38", authors=["Sanya Kostiuk", "Marek Lindqvist"], byline="Sanya Kostiuk and Marek Lindqvist",
  caption="Rescue workers clear debris from a damaged building in Kharkiv, Ukraine, on Monday. (AP Photo)",
  lede="Here is a look at Monday’s main developments in Russia’s war in Ukraine.",
  basis="no per-section time: the page prints 'PUBLISHED: June 30, 2025 at 4:38 PM EDT' (EDT = UTC-4); every section gets that time; local {d} in {z}",
  notes="Imitates a MediaNews Group (WordPress) article page as run by The Citizens' Voice: h1, 'By NAMES | The Associated Press', 'PUBLISHED: June 30, 2025 at 4:38 PM EDT', a photo caption, a one-line intro, then six h2 sections with paragraphs, and 'Originally Published:' at the end. Each h2 section is one entry (headline = heading, stamp null, published = the page's PUBLISHED time). The first section's first paragraph starts with the wire dateline 'KYIV, Ukraine (AP) — ', kept in first_sentence. Author = the two-name page byline as one string. JSON-LD is a Yoast-style @graph (NewsArticle + WebPage + Organization) with page times only.",
  not_entries=["header logo and navigation, Subscribe / Log In", "breadcrumbs 'News | World News'", "h1 page title", "byline line 'By ... | The Associated Press'",
               "'PUBLISHED: June 30, 2025 at 4:38 PM EDT' line", "share buttons", "photo caption",
               "intro line 'Here is a look at Monday’s main developments ...'", "newsletter sign-up box after the third section",
               "'Originally Published: ...' line", "'Trending Nationally' list (two unrelated national links)", "footer"],
  entries=[
  E("2025-06-30 16:38", "Russia’s installed leader says Luhansk region is fully under Moscow’s control",
    ["KYIV, Ukraine (AP) — The Moscow-installed head of Ukraine’s Luhansk region said Monday that Russian forces now hold all of its territory, more than three years after the full-scale invasion began.",
     "Leonid Pasechnik made the claim on Russian state television. Ukraine’s military did not respond directly, and independent analysts have said small pockets of the region were still contested in recent weeks.",
     "Luhansk is one of four Ukrainian regions that Russia declared annexed in 2022."],
    "other", "frontline", 3, "luhansk-full-control-claim-2025-06-30", a="Sanya Kostiuk and Marek Lindqvist",
    n="first_sentence keeps the wire dateline; big territorial claim, page title story"),
  E("2025-06-30 16:38", "Zelenskyy signs decree to pull Ukraine out of land mine treaty",
    ["President Volodymyr Zelenskyy signed a decree over the weekend that starts Ukraine’s withdrawal from the Ottawa Convention, the international treaty banning anti-personnel mines.",
     "Parliament still has to approve the step. Officials in Kyiv argue that Russia, which never signed the treaty, lays mines on a huge scale and that Ukraine cannot be held to stricter rules than its attacker.",
     "Poland and the three Baltic states have already announced plans to leave the convention."],
    "diplomacy", "diplomacy", 3, "ukraine-ottawa-convention-withdrawal-2025-06", a="Sanya Kostiuk and Marek Lindqvist",
    n="treaty withdrawal by head-of-state decree -> diplomacy"),
  E("2025-06-30 16:38", "Drones injure seven in Kharkiv overnight",
    ["Russian drones struck two districts of Kharkiv overnight, injuring seven people and damaging an apartment building and a warehouse, Mayor Ihor Terekhov said."],
    "strikes", "strikes", 2, "kharkiv-drone-attack-2025-06-30", a="Sanya Kostiuk and Marek Lindqvist"),
  E("2025-06-30 16:38", "Kremlin says timing of new talks depends on Kyiv",
    ["Kremlin spokesman Dmitry Peskov said Moscow was ready for a third round of direct negotiations in Istanbul but that no date had been set, and he blamed Ukraine for the delay.",
     "The two sides met in Istanbul on May 16 and June 2, agreeing on large prisoner exchanges but making no progress toward a ceasefire."],
    "diplomacy", "diplomacy", 2, "kremlin-third-round-talks-2025-06-30", a="Sanya Kostiuk and Marek Lindqvist"),
  E("2025-06-30 16:38", "Ukraine says it hit ammunition depot near occupied Horlivka",
    ["Ukraine’s General Staff said its forces struck a Russian ammunition depot near occupied Horlivka overnight, setting off a chain of secondary explosions. The claim could not be independently verified."],
    "strikes", "strikes", 2, "horlivka-ammunition-depot-strike-2025-06-30", a="Sanya Kostiuk and Marek Lindqvist"),
  E("2025-06-30 16:38", "UN monitors say civilian casualties are climbing",
    ["The U.N. human rights monitoring mission in Ukraine said civilian deaths and injuries had risen sharply this month, driven mostly by long-range missile and drone attacks on cities far from the front.",
     "The mission said older people made up a large share of those killed."],
    "other", "humanitarian", 2, "un-civilian-casualties-june-2025", a="Sanya Kostiuk and Marek Lindqvist", sec=["strikes"],
    n="'U.N.' inside the first sentence is not a sentence end"),
  ]))

# ---------------------------------------------------------------- 11102 Pocono Record (2025-08-04)
SEEDS.append(dict(
  id="11102", name="11102_poconorecord-live", ext="html", source="Pocono Record", zone="America/New_York", render=r_poconorecord,
  title="Russia-Ukraine war live updates: Kremlin expects Witkoff; Trump targets India over oil",
  url="https://www.poconorecord.com/story/news/world/2025/08/04/russia-ukraine-war-live-updates-witkoff-india/85512390007/",
  published="2025-08-04 06:10", authors=["Celine Abara", "Marisa Lund", "Tom Vasquez-Reed"],
  lede="Follow along for the latest on Russia’s war in Ukraine as the White House weighs its next steps ahead of President Donald Trump’s Friday deadline.",
  contrib="Contributing: Reuters",
  basis="post stamp '{s}' (Eastern, 'ET' printed; EDT = UTC-4); no date per post: the page line 'Published 6:10 a.m. ET Aug. 4, 2025 | Updated 4:52 p.m. ET Aug. 4, 2025' gives the day; local {d} in {z}",
  notes="Imitates a USA TODAY Network (Gannett) live blog as carried by the Pocono Record. Newest first. Each post: h2 headline, then author (if any) + 'USA TODAY NETWORK' + time ('4:52 p.m. ET', no date). Dates only in the page line 'Published ... | Updated ...'. JSON-LD LiveBlogPosting carries every post with its own datePublished (-04:00), matching the visible times. 11102-02 is a 'Watch:' video teaser with no text and no author. The Sochi teaser and the Sochi post share the story. The Kremlin's nuclear-rhetoric remark (11102-04) and the Witkoff visit (11102-03) are separate statements: must not merge.",
  not_entries=["top bar 'Pocono Record — Part of the USA TODAY Network'", "navigation (News, Sports, ..., Subscribe, Sign In)", "section label 'WORLD'",
               "h1 page title", "page byline (three names + 'USA TODAY NETWORK')", "'Published ... | Updated ...' line", "intro paragraph 'Follow along ...' (page lede)",
               "'USA TODAY NETWORK' label in each post's meta line", "video player placeholder in the teaser post",
               "newsletter box after the fourth post", "'Contributing: Reuters' credit", "'Popular' rail", "footer"],
  entries=[
  E("2025-08-04 16:52", "Trump says India will face higher tariffs for buying Russian oil",
    ["President Donald Trump said Monday he would sharply raise tariffs on goods from India, accusing New Delhi of buying large volumes of Russian oil and reselling much of it at a profit.",
     "India’s foreign ministry called the criticism unjustified and said its energy purchases were driven by the needs of its consumers."],
    "diplomacy", "diplomacy", 3, "trump-india-tariff-russian-oil-2025-08-04", a="Celine Abara", n="economic pressure on Russia's buyers -> diplomacy (sanctions-like)"),
  E("2025-08-04 15:35", "Watch: Flames rise over Sochi oil depot after drone strike", [],
    "strikes", "strikes", 1, "sochi-oil-depot-drone-attack-2025-08-03", n="video teaser without body or author"),
  E("2025-08-04 14:10", "Kremlin says Witkoff visit expected later this week",
    ["Kremlin aide Yuri Ushakov said Moscow expects U.S. special envoy Steve Witkoff to visit in the coming days, ahead of the Friday deadline Trump set for Russia to agree to a ceasefire or face new sanctions.",
     "Ushakov said no date had been fixed and that a meeting with President Vladimir Putin was possible."],
    "diplomacy", "diplomacy", 3, "witkoff-moscow-visit-2025-08", a="Marisa Lund", n="'U.S.' before a lowercase word is not a sentence end"),
  E("2025-08-04 12:40", "Kremlin urges caution on nuclear talk after Trump’s submarine order",
    ["Kremlin spokesman Dmitry Peskov said Monday that everyone should be very careful with nuclear rhetoric, days after Trump ordered two U.S. nuclear submarines moved in response to remarks by former Russian President Dmitry Medvedev."],
    "diplomacy", "diplomacy", 2, "kremlin-nuclear-rhetoric-submarines-2025-08-04", a="Marisa Lund",
    n="same day, same speakers' theme as the Witkoff visit but a separate statement: must not merge with 11102-03"),
  E("2025-08-04 11:05", "Drone attack sets fire to oil depot near Sochi airport",
    ["A Ukrainian drone attack early Sunday set a fuel tank ablaze at an oil depot near Sochi’s airport, officials in Russia’s Krasnodar region said, and flights were briefly halted.",
     "More than 120 firefighters worked to put out the blaze, officials said. Ukraine’s military has not commented."],
    "strikes", "strikes", 2, "sochi-oil-depot-drone-attack-2025-08-03", a="Tom Vasquez-Reed"),
  E("2025-08-04 09:20", "Russian drones damage apartment buildings in Kharkiv",
    ["At least five people were injured when Russian drones hit residential buildings in Kharkiv overnight, regional Gov. Oleh Syniehubov said.",
     "Windows were blown out across several blocks and a kindergarten was damaged, he said."],
    "strikes", "strikes", 2, "kharkiv-drone-attack-2025-08-04", a="Tom Vasquez-Reed", n="must not merge with the Sochi depot attack (strikes the other way)"),
  E("2025-08-04 07:30", "Zelenskyy says the next prisoner exchange is being prepared",
    ["Ukrainian President Volodymyr Zelenskyy said in his nightly address that officials were working on the next stage of the prisoner exchange agreed at last month’s talks in Istanbul, which foresaw the release of 1,200 captives on each side."],
    "diplomacy", "diplomacy", 2, "prisoner-exchange-preparations-2025-08", a="Celine Abara"),
  ]))

# ---------------------------------------------------------------- 11103 The Morning Call (2025-10-27)
SEEDS.append(dict(
  id="11103", name="11103_mcall-worldnews", ext="txt", source="The Morning Call", zone="America/New_York", render=r_morningcall,
  title="World News",
  basis="card stamp 'PUBLISHED: {s}' (EDT printed = UTC-4); local {d} in {z}",
  notes="Imitates The Morning Call (Allentown; MediaNews Group WordPress) 'World News' section front as a text scrape. Newest first. Card: headline, 'By NAME | The Associated Press', 'PUBLISHED: October 27, 2025 at 1:14 PM EDT', excerpt. The gold stamp is the date-time part after 'PUBLISHED: '. Three wire stories are off the war (Hurricane Melissa, Trump in Tokyo, Argentina's midterms). Pokrovsk (11103-05) is ground fighting, not the Kyiv drone strike: must not merge.",
  not_entries=["'Skip to content'", "masthead, 'Sign up for email newsletters', 'Subscribe   Log In'", "navigation bar", "breadcrumb 'News | World News'",
               "section title 'World News' (page title)", "'Advertisement' marker and 'Trending Nationally' box after the fourth card", "'Load More'", "footer"],
  entries=[
  OFF("2025-10-27 17:46", "Hurricane Melissa grows into Category 5 storm as it nears Jamaica",
      ["Hurricane Melissa strengthened into a Category 5 storm on Monday as it crawled toward Jamaica, with forecasters warning of catastrophic flooding and landslides."],
      "hurricane-melissa-jamaica-2025-10", a="Lorna Beckford", by="Lorna Beckford | The Associated Press", n="Caribbean hurricane"),
  E("2025-10-27 15:58", "Kremlin says missile test was no message to Washington after Trump rebuke",
    ["Kremlin spokesman Dmitry Peskov said Monday that Russia’s test of its nuclear-powered Burevestnik cruise missile should not be read as a threat to the United States, after President Donald Trump said Vladimir Putin ought to be ending the war in Ukraine instead of testing missiles.",
     "Russia’s military chief said the missile had flown for about 15 hours during the test, which Putin announced on Sunday."],
    "other", "security", 3, "burevestnik-missile-test-2025-10", a="Joel Stavros", by="Joel Stavros | The Associated Press", sec=["diplomacy"],
    n="weapons test by a party plus head-of-state reaction; headline leads with the test"),
  E("2025-10-27 13:14", "Russian drone attack on Kyiv kills 2 and wounds more than a dozen",
    ["Russian drones hit residential buildings in several districts of Kyiv overnight, killing two people and wounding at least 14, city officials said.",
     "Mayor Vitali Klitschko said fires broke out in a high-rise in the Desnianskyi district and in a row of garages."],
    "strikes", "strikes", 3, "kyiv-drone-attack-2025-10-27", a="Olena Mirna", by="Olena Mirna | The Associated Press"),
  E("2025-10-27 11:32", "Ukraine says troops are holding on in Pokrovsk as Russian units slip into the city",
    ["Ukraine’s military said Monday that its soldiers were still holding positions in Pokrovsk, though small Russian units had managed to infiltrate parts of the city.",
     "Pokrovsk, once a logistics hub for Ukrainian forces in the Donetsk region, has been a main target of Russia’s offensive for more than a year."],
    "other", "frontline", 2, "pokrovsk-battle-2025-10-27", a="Olena Mirna", by="Olena Mirna | The Associated Press"),
  E("2025-10-27 09:50", "Russian envoy calls weekend meetings in US ‘constructive’",
    ["Kirill Dmitriev, the Kremlin’s envoy for investment and economic cooperation, said talks he held with Trump administration officials in the United States over the weekend had been constructive.",
     "He said Russia, the U.S. and Ukraine were close to a diplomatic solution, a claim Kyiv did not echo."],
    "diplomacy", "diplomacy", 2, "dmitriev-us-visit-2025-10", a="Joel Stavros", by="Joel Stavros | The Associated Press"),
  OFF("2025-10-27 08:15", "Trump lands in Tokyo as Japan prepares for talks with its new leader",
      ["President Donald Trump arrived in Tokyo on Monday for the second stop of his Asia trip, where he is due to meet Prime Minister Sanae Takaichi, who took office last week."],
      "trump-asia-trip-japan-2025-10", a="Lucas Brandt", by="Lucas Brandt | The Associated Press", n="US-Japan diplomacy, not the war"),
  OFF("2025-10-27 06:40", "Milei’s party scores big win in Argentina’s midterm elections",
      ["Argentine President Javier Milei’s party won about 40% of the national vote in Sunday’s midterm elections, a stronger result than polls had predicted."],
      "argentina-midterms-2025-10-26", a="Colin Reyes", by="Colin Reyes | The Associated Press", n="Argentine election"),
  ]))

# ---------------------------------------------------------------- 11104 Reading Eagle (2025-09-27)
SEEDS.append(dict(
  id="11104", name="11104_readingeagle-timeline", ext="txt", source="Reading Eagle", zone="America/New_York", render=r_readingeagle,
  title="Russia-Ukraine war: How Saturday unfolded",
  published="2025-09-27 06:52", credit="From staff and wire reports",
  lede="Here is how the day’s events unfolded. Updates are listed in the order they happened; all times are Eastern.",
  basis="bare item time '{s}' (no date per item); the day comes from the page line 'PUBLISHED: September 27, 2025 at 6:52 AM EDT | UPDATED: ...' (EDT = UTC-4); local {d} in {z}",
  notes="Imitates a Reading Eagle (MediaNews Group) timeline article as a text scrape. Oldest first. Items have no headlines: a bare '7:05 a.m.' line, then text; so headline is null for every entry and the first sentence anchors it. The only date is in 'PUBLISHED: September 27, 2025 at 6:52 AM EDT | UPDATED: September 27, 2025 at 7:48 PM EDT'. Credit 'From staff and wire reports' names no person -> author null. The last item (7:48 p.m. EDT = 23:48 UTC) reports an attack starting after midnight Kyiv time on Sept. 28, but it is published on Sept. 27 UTC. The Odesa-region energy hit at dawn (11104-01) and the late attack on Kyiv (11104-07) are different attacks: must not merge.",
  not_entries=["'Skip to content'", "masthead and 'Subscribe   Log In   e-Edition'", "navigation bar", "breadcrumb 'News | World News'", "title line (page title)",
               "credit line 'From staff and wire reports'", "'PUBLISHED: ... | UPDATED: ...' line", "share line", "intro paragraph 'Here is how the day’s events unfolded ...'",
               "newsletter promo after the fourth item", "'Originally Published: ...' line", "'Trending Nationally' box", "footer"],
  entries=[
  E("2025-09-27 07:05", None,
    ["Russia fired 43 drones and two ballistic missiles at Ukraine overnight, Ukraine’s air force said, adding that 37 of the drones were brought down.",
     "A drone hit an energy facility in the Odesa region, cutting power to several villages, the regional administration said."],
    "strikes", "strikes", 2, "overnight-attack-odesa-energy-2025-09-27", n="must not merge with the late attack on Kyiv 11104-07"),
  E("2025-09-27 09:30", None,
    ["The Zaporizhzhia nuclear power plant has been running on emergency diesel generators since Tuesday, when its last outside power line was cut, the International Atomic Energy Agency said.",
     "IAEA Director General Rafael Grossi said repairs could not start until fighting near the line stopped, and he called the situation unsustainable."],
    "other", "security", 2, "zaporizhzhia-npp-power-loss-2025-09", n="nuclear safety at an occupied plant -> other/security"),
  E("2025-09-27 11:15", None,
    ["Poland’s armed forces said they scrambled fighter jets and put ground-based air defenses on high alert early Saturday as Russia launched strikes on western Ukraine near the Polish border."],
    "other", "security", 2, "poland-scrambles-jets-2025-09-27"),
  E("2025-09-27 13:40", None,
    ["Ukraine’s General Staff said its drones struck an oil refinery in Russia’s Krasnodar region overnight, starting a fire. Russian regional officials confirmed a fire at an industrial site but gave no further details."],
    "strikes", "strikes", 2, "krasnodar-refinery-drone-strike-2025-09-27"),
  E("2025-09-27 15:20", None,
    ["Russian Foreign Minister Sergey Lavrov told the U.N. General Assembly that Moscow had no intention of attacking NATO or European Union countries, but warned that any aggression against Russia would meet a decisive response.",
     "He also repeated Moscow’s claim that the West was using Ukraine to wage war on Russia."],
    "diplomacy", "diplomacy", 3, "lavrov-unga-speech-2025-09-27", n="ministerial statement at the UN"),
  E("2025-09-27 17:10", None,
    ["Ukrainian President Volodymyr Zelenskyy said Ukraine was ready to share its experience in shooting down drones with European partners after recent incursions into NATO airspace.",
     "He said Ukrainian teams had already begun training with Polish and Danish units."],
    "diplomacy", "diplomacy", 2, "zelenskyy-offers-drone-expertise-2025-09"),
  E("2025-09-27 19:48", None,
    ["Explosions were heard in Kyiv in the early hours of Sunday local time as Russia launched a large combined drone and missile attack on the capital, Mayor Vitali Klitschko said.",
     "He urged residents to stay in shelters until the all-clear."],
    "strikes", "strikes", 3, "kyiv-combined-attack-2025-09-28", n="large attack starting; published 23:48 UTC on Sept. 27"),
  ]))

# ---------------------------------------------------------------- 11105 The Patriot-News / PennLive (2025-10-06)
SEEDS.append(dict(
  id="11105", name="11105_pennlive-world", ext="html", source="The Patriot-News", zone="America/New_York", render=r_pennlive,
  title="World News", url="https://www.pennlive.com/nation-world/",
  basis="card stamp 'Published: {s}' (date and 12-hour clock, no zone printed: the outlet's home zone, Eastern, EDT = UTC-4); local {d} in {z}",
  notes="Imitates PennLive / The Patriot-News (Harrisburg; Advance Local, Arc XP) 'World News' river. Newest first. Card: h2 headline link, summary, 'By The Associated Press' or a staff byline 'By NAME | email', and <time> 'Published: Oct. 06, 2025, 7:15 a.m.' (zero-padded day, no zone; home zone America/New_York assumed). The gold stamp is the part after 'Published: '. JSON-LD is only a CollectionPage. Two wire stories are off the war (French government, Gaza talks). 11105-03 is a local staff story about a Harrisburg parish's aid drive.",
  not_entries=["masthead (pennlive / The Patriot-News) and navigation", "section title 'World News' (page title)", "'Advertisement' after the second card",
               "newsletter promo after the fourth card", "'More stories' link", "footer (user agreement line, copyright, community rules)"],
  entries=[
  E("2025-10-06 17:42", "Trump says he has ‘sort of’ made a decision on Tomahawks for Ukraine",
    ["President Donald Trump said Monday that he had more or less made up his mind about sending long-range Tomahawk cruise missiles to Ukraine, but that he first wanted to know how Kyiv would use them.",
     "Ukrainian officials have asked for the missiles for months, arguing they would let Ukraine hit military targets deep inside Russia."],
    "aid", "aid", 3, "tomahawk-decision-2025-10", a="The Associated Press", by="The Associated Press"),
  OFF("2025-10-06 15:18", "France’s new prime minister resigns hours after naming his government",
      ["French Prime Minister Sébastien Lecornu stepped down on Monday, less than a day after announcing his Cabinet, deepening the country’s political crisis."],
      "france-lecornu-resignation-2025-10-06", a="The Associated Press", by="The Associated Press", n="French politics"),
  E("2025-10-06 13:05", "Harrisburg parish collects generators for Ukrainian towns before winter",
    ["Members of a Ukrainian Catholic parish in Harrisburg have raised enough money to ship 40 generators to towns near the front line before winter, organizers said Monday.",
     "The first 15 generators left by truck for a port in New Jersey over the weekend."],
    "aid", "aid", 2, "harrisburg-parish-generators-ukraine-2025-10", a="Ryan Mellor", by="Ryan Mellor | rmellor@pennlive.com",
    n="private humanitarian support; staff byline with e-mail (author = name only)"),
  E("2025-10-06 11:20", "Ukraine says it struck oil terminal in occupied Crimea",
    ["Ukraine’s military said Monday that its drones hit an oil terminal in Feodosia, in Russian-occupied Crimea, starting a fire.",
     "Russian-installed officials in Crimea said a drone attack had set fuel tanks alight but reported no injuries."],
    "strikes", "strikes", 2, "feodosia-oil-terminal-strike-2025-10-06", a="The Associated Press", by="The Associated Press", n="must not merge with the Russian strikes on gas sites 11105-06"),
  OFF("2025-10-06 09:40", "Israel and Hamas send negotiators to Egypt for talks on Gaza plan",
      ["Israeli and Hamas negotiators headed to Egypt on Monday for indirect talks on a U.S. plan to end the war in Gaza and free the remaining hostages."],
      "gaza-talks-egypt-2025-10-06", a="The Associated Press", by="The Associated Press", n="Middle East"),
  E("2025-10-06 07:15", "Russian strikes on gas sites leave Ukrainian towns short of heat",
    ["Russian missiles and drones hit natural gas production sites in Ukraine’s Kharkiv and Poltava regions overnight, the state energy company Naftogaz said, the latest in a series of attacks on the country’s gas supply.",
     "The company said repairs would take weeks and that some towns could face heating cuts when the season starts."],
    "strikes", "strikes", 2, "gas-infrastructure-strikes-2025-10-06", a="The Associated Press", by="The Associated Press"),
  ]))

# ---------------------------------------------------------------- 11106 The Tribune-Democrat (2025-08-27)
SEEDS.append(dict(
  id="11106", name="11106_tribdem-worldatom", ext="xml", source="The Tribune-Democrat", zone="America/New_York", render=r_tribdem,
  title="tribdem.com - National/World News", url="https://www.tribdem.com/search/?f=atom&c=news/national_news",
  basis="Atom <published> '{s}' (explicit -04:00 offset); local {d} in {z}",
  notes="Imitates The Tribune-Democrat (Johnstown; TownNews BLOX) section Atom feed. Newest first. <published>/<updated> with the local offset -04:00; <author><name> holds the BLOX byline 'By NAME Associated Press' (author = NAME as printed, capitals kept) or 'By The Associated Press'; the summary is HTML escaped once. Two items are off the war (Denmark/Greenland, the Cabinet meeting). The Dnipropetrovsk-region bombing (11106-04) and Russia's village claims in the same area (11106-06) are different events: must not merge.",
  not_entries=["feed <title>, <id>, <link>s, <updated> and <generator> (channel metadata)", "the 'By ... Associated Press' wrappers around author names"],
  entries=[
  E("2025-08-27 18:20", "Ukraine says drones hit 2 Russian oil refineries",
    ["Ukrainian drones struck oil refineries in Russia’s Krasnodar and Samara regions overnight, Ukraine’s General Staff said Wednesday, part of a campaign aimed at Russia’s fuel supply.",
     "Russian officials reported fires at both sites and said air defenses downed dozens of drones."],
    "strikes", "strikes", 2, "russian-refineries-drone-strikes-2025-08-27", a="PAVEL DUDEK", by="By PAVEL DUDEK Associated Press"),
  OFF("2025-08-27 16:05", "Denmark summons top US diplomat over reported influence efforts in Greenland",
      ["Denmark’s foreign minister summoned the most senior U.S. diplomat in Copenhagen on Wednesday after Danish media reported that people with ties to President Donald Trump were trying to stir up separatist sentiment in Greenland."],
      "denmark-greenland-us-envoy-2025-08-27", a="NADIA FERRANTE", by="By NADIA FERRANTE Associated Press", n="Denmark-US dispute"),
  E("2025-08-27 13:40", "Zelenskyy says security guarantee plans should be on paper this week",
    ["Ukrainian President Volodymyr Zelenskyy said Wednesday that the outline of security guarantees being drafted with European partners and the United States should be written down within days.",
     "He said Ukraine wanted the guarantees settled before any meeting with Russian President Vladimir Putin."],
    "diplomacy", "diplomacy", 3, "security-guarantees-framework-2025-08", a="YULIIA HORBACH", by="By YULIIA HORBACH Associated Press"),
  E("2025-08-27 11:15", "Russian strike kills 2 in village in Dnipropetrovsk region",
    ["Two people were killed and four wounded when Russian guided bombs hit a village in Ukraine’s Dnipropetrovsk region, regional officials said Wednesday.",
     "A school and several houses were damaged."],
    "strikes", "strikes", 3, "dnipropetrovsk-village-strike-2025-08-27", a="EVAN TOLLIVER", by="By EVAN TOLLIVER Associated Press",
    n="deadly strike; must not merge with the Russian village claims 11106-06 (same region, ground fighting)"),
  OFF("2025-08-27 09:30", "Trump’s Cabinet meeting runs for more than three hours",
      ["President Donald Trump presided over a Cabinet meeting that lasted more than three hours on Tuesday, with members taking turns praising the administration’s record."],
      "trump-cabinet-meeting-2025-08-26", a="COLIN REYES", by="By COLIN REYES Associated Press", n="US politics"),
  E("2025-08-27 07:10", "Russia says its forces captured 2 villages in eastern Ukraine",
    ["Russia’s Defense Ministry said Wednesday that its troops had taken two villages, one in the Donetsk region and one in the neighboring Dnipropetrovsk region, where Moscow’s forces have been pushing since early summer."],
    "other", "frontline", 2, "russia-claims-villages-2025-08-27", a="The Associated Press", by="By The Associated Press", n="agency-only byline"),
  ]))

# ---------------------------------------------------------------- 11107 Centre Daily Times (2025-11-07)
SEEDS.append(dict(
  id="11107", name="11107_centredaily-world", ext="html", source="Centre Daily Times", zone="America/New_York", render=r_centredaily,
  title="Nation & World",
  basis="card <time> '{s}' (date and 12-hour clock, no zone printed: the outlet's home zone, Eastern; EST = UTC-5 after Nov. 2); local {d} in {z}",
  notes="Imitates the Centre Daily Times (State College; McClatchy) 'Nation & World' section. Newest first. Card: kicker, h3 headline, summary, 'By NAME', 'Associated Press', and <time> 'November 07, 2025 3:12 PM' (zero-padded day, no zone). Daylight saving time ended on Nov. 2, so Eastern time is UTC-5 here. JSON-LD is only the organization. Two wire stories are off the war (flight cuts in the shutdown, Pelosi's retirement).",
  not_entries=["masthead and navigation", "section title 'Nation & World' (page title)", "kicker labels ('WORLD', 'POLITICS', ...)", "'Associated Press' line under each byline",
               "'ADVERTISEMENT' after the third card", "'LOAD MORE'", "'Read Next' rail", "footer"],
  entries=[
  E("2025-11-07 17:55", "Orbán says Hungary won exemption from US sanctions on Russian energy",
    ["Hungarian Prime Minister Viktor Orbán said after meeting President Donald Trump at the White House on Friday that Hungary had been granted an exemption from U.S. sanctions on purchases of Russian oil and gas.",
     "A White House official said the exemption would last one year, while Orbán described it as open-ended."],
    "diplomacy", "diplomacy", 3, "hungary-us-sanctions-exemption-2025-11-07", a="Marta Sikorska"),
  dict(OFF("2025-11-07 15:12", "Flight cuts begin at major US airports as shutdown drags on",
      ["Airlines canceled hundreds of flights on Friday as a federal order to reduce traffic at 40 major airports took effect during the government shutdown."],
      "faa-flight-cuts-shutdown-2025-11-07", a="Colin Reyes", n="US shutdown"), kicker="NATIONAL"),
  E("2025-11-07 13:30", "Russia says its troops are clearing Pokrovsk; Ukraine says the fight goes on",
    ["Russia’s Defense Ministry said Friday that its forces were clearing the last Ukrainian positions in Pokrovsk, while Ukraine’s military said its troops were still fighting in the north of the city."],
    "other", "frontline", 2, "pokrovsk-battle-2025-11-07", a="Yuliia Horbach"),
  E("2025-11-07 11:45", "Ukrainian drones spark fire at refinery in Russia’s Volgograd region",
    ["A Ukrainian drone attack set off a fire at an oil refinery in Russia’s Volgograd region overnight, the regional governor said, adding that no one was hurt."],
    "strikes", "strikes", 2, "volgograd-refinery-drone-strike-2025-11-07", a="Pavel Dudek", n="must not merge with the Russian strikes on Ukraine's power plants 11107-05"),
  E("2025-11-07 09:20", "Russian strikes on power plants bring blackouts to several Ukrainian regions",
    ["Russian missiles and drones damaged power plants and substations in central and eastern Ukraine overnight, forcing emergency blackouts in at least five regions, the national grid operator said.",
     "No casualties were reported."],
    "strikes", "strikes", 2, "energy-strikes-blackouts-2025-11-07", a="Yuliia Horbach"),
  dict(OFF("2025-11-07 07:05", "Pelosi’s retirement opens race for her San Francisco seat",
      ["Former House Speaker Nancy Pelosi’s decision not to seek another term has set off a crowded contest for the San Francisco seat she has held since 1987."],
      "pelosi-retirement-2025-11", a="Colin Reyes", n="US politics"), kicker="POLITICS"),
  ]))

# ---------------------------------------------------------------- 11108 The Daily Item (2025-07-20)
SEEDS.append(dict(
  id="11108", name="11108_dailyitem-nationworld", ext="txt", source="The Daily Item", zone="America/New_York", render=r_dailyitem,
  title="Nation & World", ref="2025-07-20 19:35",
  basis="relative stamp '{s}' counted back from the printed header clock 'Sunday, July 20, 2025 7:35 pm' (no zone printed: the outlet's home zone, Eastern, EDT = UTC-4); local {d} in {z}",
  notes="Imitates The Daily Item (Sunbury; TownNews BLOX) 'Nation & World' section front as a text scrape. Newest first. Card: headline, summary, 'By NAME Associated Press' (or 'By The Associated Press'), then a relative time ('24 min ago', '2 hrs ago'). The only clock is the header line 'Sunday, July 20, 2025 7:35 pm' (no zone; home zone America/New_York assumed); stamps are counted back from it exactly. Zelenskyy's proposal (11108-05) and the Kremlin's answer (11108-02) are one story (a reply whose content is the proposal). One wire story is off the war (Japan's election). The deadly overnight attack on western Ukraine (11108-04) and the drone attack on Moscow (11108-03) must not merge.",
  not_entries=["'Skip to main content'", "masthead and header date/clock line", "weather widget 'Sunbury, PA (17801)' ...", "'Subscribe   Log In   e-Edition'",
               "navigation bar", "section title 'Nation & World' (page title)", "'Daily Headlines' newsletter box after the third card", "'More Headlines'",
               "'Most Popular' rail", "footer and BLOX credit"],
  entries=[
  OFF("2025-07-20 19:11", "Japan’s ruling coalition set to lose upper house majority, exit polls suggest",
      ["Prime Minister Shigeru Ishiba’s governing coalition was projected to lose its majority in Japan’s upper house in Sunday’s election, according to exit polls by public broadcaster NHK."],
      "japan-upper-house-election-2025-07-20", a="LUCAS BRANDT", by="By LUCAS BRANDT Associated Press", n="Japanese election"),
  E("2025-07-20 17:35", "Kremlin open to new talks but warns of a ‘difficult’ road",
    ["Kremlin spokesman Dmitry Peskov said Sunday that Russia was ready for another round of talks with Ukraine after President Volodymyr Zelenskyy proposed a meeting next week, but cautioned that reaching a peace deal would take a long time.",
     "Peskov said the two sides first needed to finish work on draft memorandums exchanged in June."],
    "diplomacy", "diplomacy", 3, "new-talks-proposal-2025-07", a="ANYA PETRENKO", by="By ANYA PETRENKO Associated Press",
    n="reply to 11108-05; same story"),
  E("2025-07-20 15:35", "Moscow airports halt flights as drones target Russian capital",
    ["Dozens of flights were delayed or canceled at Moscow’s airports on Sunday after Russian authorities said air defenses shot down drones flying toward the capital.",
     "Mayor Sergei Sobyanin said there were no reports of damage."],
    "strikes", "strikes", 2, "moscow-drone-attack-2025-07-20", a="The Associated Press", by="By The Associated Press"),
  E("2025-07-20 12:35", "Russian overnight attack on western Ukraine kills 1",
    ["Russia struck the Ivano-Frankivsk region in western Ukraine with drones and missiles overnight, killing one person and damaging homes and an industrial site, regional officials said."],
    "strikes", "strikes", 3, "western-ukraine-overnight-attack-2025-07-20", a="GRANT ASHBY", by="By GRANT ASHBY Associated Press"),
  E("2025-07-20 09:35", "Zelenskyy proposes new round of talks with Russia next week",
    ["Ukrainian President Volodymyr Zelenskyy said he had proposed a new round of negotiations with Russia for next week, saying the focus should be on prisoner exchanges, the return of children and preparing a meeting of leaders."],
    "diplomacy", "diplomacy", 3, "new-talks-proposal-2025-07", a="ANYA PETRENKO", by="By ANYA PETRENKO Associated Press"),
  E("2025-07-20 06:35", "Ukraine’s new prime minister promises faster weapons production",
    ["Yulia Svyrydenko, confirmed as Ukraine’s prime minister last week, said her government would aim to sharply expand domestic weapons production within six months."],
    "other", "politics", 2, "svyrydenko-government-priorities-2025-07", a="JOEL STAVROS", by="By JOEL STAVROS Associated Press"),
  ]))

# ---------------------------------------------------------------- 11109 Williamsport Sun-Gazette (2025-11-30)
SEEDS.append(dict(
  id="11109", name="11109_sungazette-worldrss", ext="xml", source="Williamsport Sun-Gazette", zone="UTC", render=r_sungazette,
  title="Nation/World | Williamsport Sun-Gazette", url="https://www.sungazette.com/news/nation-world/feed/",
  basis="RSS pubDate '{s}' (WordPress always prints +0000 = UTC, with seconds); local {d} in {z}",
  notes="Imitates the Williamsport Sun-Gazette (WordPress) category RSS feed. Newest first. pubDate is always '+0000' with seconds (WordPress), so page_timezone is UTC although the outlet's home zone is America/New_York (EST). <dc:creator> in CDATA; <description> is a cut excerpt ending ' [&#8230;]' and <content:encoded> holds the full paragraphs. Two items are off the war (Honduras election, Pope Leo in Lebanon). The CPC terminal strike (11109-03) and the Russian strikes on Dnipro and the Kyiv region (11109-05) go opposite ways: must not merge.",
  not_entries=["channel <title>, <link>, <description>, <lastBuildDate>, <language>, sy:update*, <generator>", "category tags 'Nation/World' and 'News'",
               "<description> excerpts ending ' [&#8230;]' (cut copies of the first paragraph)", "<slash:comments> counts"],
  entries=[
  E("2025-11-30 22:41:07", "Ukrainian delegation holds talks with US officials in Florida",
    ["Ukraine’s top security official, Rustem Umerov, led a delegation to talks with Secretary of State Marco Rubio and special envoy Steve Witkoff in Florida on Sunday, part of a push to refine a U.S.-drafted plan to end the war.",
     "Rubio called the meeting productive but said there was more work to do. Umerov was leading the delegation after the resignation of Zelenskyy’s chief of staff."],
    "diplomacy", "diplomacy", 3, "florida-peace-talks-2025-11-30", a="Simon Okafor", n="must not merge with the Yermak resignation 11109-06 (politics, separate event)"),
  OFF("2025-11-30 19:02:55", "Hondurans vote in tight presidential race",
      ["Voters in Honduras cast ballots on Sunday in a close presidential election marked by accusations of fraud from all three main candidates."],
      "honduras-election-2025-11-30", a="Lidia Barna", n="Central American election"),
  E("2025-11-30 16:26:30", "Kazakhstan protests drone strike on Black Sea oil terminal",
    ["Kazakhstan’s foreign ministry said a drone attack on the Caspian Pipeline Consortium terminal near the Russian port of Novorossiysk had damaged a mooring point, and it called the strike an attack on a purely civilian facility.",
     "Most of Kazakhstan’s oil exports pass through the terminal."],
    "strikes", "strikes", 2, "cpc-terminal-drone-strike-2025-11-29", a="Tomas Kerr", sec=["diplomacy"],
    n="official reaction whose content is the attack -> strikes"),
  OFF("2025-11-30 13:15:12", "Pope Leo arrives in Lebanon after Turkey visit",
      ["Pope Leo XIV arrived in Beirut on Sunday for the second leg of his first trip abroad as pontiff, after three days in Turkey."],
      "pope-leo-lebanon-2025-11-30", a="Lidia Barna", n="papal trip"),
  E("2025-11-30 10:48:40", "Russian drone strikes on Dnipro and Kyiv region kill 3",
    ["Russian drones struck Dnipro and several towns in the Kyiv region overnight, killing three people and injuring at least 19, Ukrainian officials said.",
     "In Dnipro, a drone hit a nine-story apartment building, setting several floors on fire."],
    "strikes", "strikes", 3, "dnipro-kyiv-region-strikes-2025-11-30", a="Tomas Kerr"),
  E("2025-11-30 07:20:18", "Zelenskyy weighs new chief of staff after Yermak’s resignation",
    ["Ukrainian President Volodymyr Zelenskyy said he would hold consultations on who should lead his office after Andriy Yermak stepped down on Friday, hours after anti-corruption investigators searched his home.",
     "Yermak had also been Ukraine’s chief negotiator in talks with the United States."],
    "other", "politics", 2, "yermak-resignation-2025-11", a="Simon Okafor"),
  ]))


# ================================================================ PART B: three multi-source days (invented outlets, 2024)
# Day 1 = 2024-06-30 (UTC), day 2 = 2024-07-01, day 3 = 2024-07-21.
ODESA = "odesa-port-missile-strike-2024-06-30"
SWEDEN = "sweden-ukrainian-drone-funding-2024-06-30"
TORETSK = "toretsk-village-claim-2024-06-30"
PORTS = "analysis-black-sea-port-attacks-2024-06"
PORTS_H = "Analysis: Why Russia keeps hitting Ukraine’s Black Sea ports"
PORTS_P = ["Sunday’s strike on Odesa is the latest in a long run of Russian attacks on the ports that carry most of Ukraine’s grain and metal exports.",
           "Since Ukraine opened its own shipping corridor along the western Black Sea coast last summer, Russia has aimed missiles and drones at the terminals themselves, because its navy can no longer stop ships at sea.",
           "Each attack raises insurance costs and slows loading, officials say, but traffic through the corridor has held up better than many expected."]

# ---------------------------------------------------------------- 11120 Harbridge Chronicle (day 1)
SEEDS.append(dict(
  id="11120", name="11120_harbridge-textlive", ext="txt", source="Harbridge Chronicle", zone="Europe/London", render=r_harbridge,
  title="Ukraine war: Odesa port strike toll rises; Sweden to fund Ukrainian drones", dateline="Sunday 30 June 2024",
  lede="Russian missiles hit Odesa’s port; Moscow claims a village near Toretsk; Sweden backs drone production in Ukraine.",
  basis="'Posted {s}' (UK time printed as BST = UTC+1) under the dateline 'Sunday 30 June 2024'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. A 'Key Points' block lists two post headlines (key_point true). Each post: headline, 'Posted HH:MM BST', body, optional '— NAME' signature (author). 11120-02 is a 'Watch:' teaser with no body (spelling 'Odessa'). 11120-03 is a theme piece (analysis of attacks on Black Sea ports) that mentions the Odesa strike but is its own story; it is re-posted verbatim on day 2 by 11132. 11120-06 (drone attack on Izmail, also in the Odesa region) is a different event from the Odesa city missile strike: must not merge.",
  not_entries=["masthead and navigation", "'LIVE' title line and dateline 'Sunday 30 June 2024'", "standfirst summary line", "'Key Points' header and its two bullets (pointers to posts)",
               "'Latest' label", "'Posted HH:MM BST' lines are stamps, not body", "'— NAME' signature lines (authors, not body)", "newsletter promo after the third post",
               "'Show older posts'", "footer"],
  entries=[
  E("2024-06-30 21:10", "Odesa port strike: death toll rises to five",
    ["Five people are now known to have died after Russian missiles hit port facilities in Odesa on Sunday morning, the regional governor, Oleh Kiper, said.",
     "A crane operator who had been pulled from the wreckage earlier in the day died in hospital, he added. Sixteen people were injured."],
    "strikes", "strikes", 3, ODESA, a="Rhiannon Tate", kp=True, n="toll 5 dead, 16 injured"),
  E("2024-06-30 19:45", "Watch: Smoke pours from Odessa docks after missile hit", [], "strikes", "strikes", 1, ODESA,
    n="teaser without body; spelling 'Odessa'"),
  E("2024-06-30 17:20", PORTS_H, PORTS_P, "strikes", "strikes", 2, PORTS, a="Conor Blythe",
    n="theme piece (analysis of attacks on Black Sea ports); mentions the Odesa strike but must not merge with it"),
  E("2024-06-30 15:05", "Sweden to pay for Ukrainian-built long-range drones",
    ["Sweden will spend about 500 million kronor on long-range drones made by Ukrainian manufacturers, its defence ministry said, under a model in which donors pay for production inside Ukraine instead of sending their own stocks."],
    "aid", "aid", 3, SWEDEN, a="Conor Blythe", kp=True, n="carried by 11120 and 11123"),
  E("2024-06-30 13:00", "Russia claims capture of village near Toretsk",
    ["Russia’s defence ministry said its forces had captured a village on the approaches to Toretsk, a town in the Donetsk region that has come under heavy assault in recent weeks.",
     "Ukraine’s military did not confirm the loss and said fighting in the area was continuing."],
    "other", "frontline", 3, TORETSK, a="Rhiannon Tate", n="carried by 11120, 11121, 11123"),
  E("2024-06-30 11:15", "Drones damage grain silo at Izmail port on the Danube",
    ["Russian drones hit port infrastructure in Izmail, on the Danube in the south of the Odesa region, overnight, damaging a grain silo and an administrative building, local officials said. No one was hurt."],
    "strikes", "strikes", 2, "izmail-port-drone-attack-2024-06-30", a="Rhiannon Tate",
    n="same region as the Odesa strike but another attack (overnight drones on Izmail): must not merge"),
  E("2024-06-30 09:05", "Missile strike hits Odesa port, at least two killed",
    ["Russian missiles struck port infrastructure in Odesa at about half past nine on Sunday morning, killing at least two people and injuring ten, according to the regional administration.",
     "Air-raid sirens sounded only minutes before the explosions, residents said."],
    "strikes", "strikes", 3, ODESA, a="Rhiannon Tate", n="toll 2 dead, 10 injured"),
  ]))

# ---------------------------------------------------------------- 11121 Kelstone Herald (day 1)
SEEDS.append(dict(
  id="11121", name="11121_kelstone-htmllive", ext="html", source="Kelstone Herald", zone="Europe/Kyiv", render=r_kelstone,
  title="War in Ukraine, day 858: live", url="https://kelstone-herald.example/live/2024-06-30",
  lede="Missiles hit the port of Odesa; fighting near Toretsk; drone strike reported in Russia’s Kursk region.",
  basis="visible '{s}' in <time datetime> (Kyiv time, EEST = UTC+3, printed as 'Kyiv time (EEST)'); JSON-LD update datePublished agrees; local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first, with LiveBlogPosting JSON-LD whose liveBlogUpdate items carry correct per-update times (+03:00). Visible stamps are numeric '30.06.2024 10:40' in <time datetime>; a line 'Kyiv time (EEST)' gives the zone. 11121-05 is a near-verbatim re-publication of 11121-03 (one article dropped), importance 1. 11121-06 (Ukrainian drone strike on a substation in Russia's Kursk region) is a different strike from the Odesa one: must not merge.",
  not_entries=["header brand and navigation", "h1 page title", "lead paragraph (page summary)", "'Kyiv time (EEST)' zone note", "'Share · Copy link' under every post",
               "'See also' related link after the fourth post", "footer"],
  entries=[
  E("2024-06-30 10:40", "Russian missiles hit Odesa port; two dead, ten wounded",
    ["Two people were killed and ten wounded when Russian missiles struck a port enterprise in Odesa at 09:30, Governor Oleh Kiper said on Telegram.",
     "Warehouses and a grain terminal were damaged, and several fires broke out."],
    "strikes", "strikes", 3, ODESA, a="Oksana Melnyk", n="toll 2 dead"),
  E("2024-06-30 11:55", "Russia says its troops took a village near Toretsk",
    ["The Russian defence ministry claimed the capture of a village near Toretsk in the Donetsk region. Ukraine’s General Staff reported 14 Russian assaults in the Toretsk direction over the past day."],
    "other", "frontline", 3, TORETSK, a="Andrii Savchuk"),
  E("2024-06-30 13:10", "Third victim found under rubble at Odesa port",
    ["Rescuers found the body of a third victim under the rubble of a warehouse at the Odesa port, the State Emergency Service said.",
     "The search for one more missing worker continues."],
    "strikes", "strikes", 3, ODESA, a="Oksana Melnyk", n="toll 3 dead"),
  E("2024-06-30 14:30", "Moscow says Odesa strike targeted a depot of Western weapons",
    ["Russia’s defence ministry said its missiles had destroyed a warehouse at the Odesa port where, it claimed, weapons supplied by Western countries were stored.",
     "Ukrainian officials said the site held grain and building materials and called the claim a lie."],
    "strikes", "strikes", 3, ODESA, a="Andrii Savchuk", n="Russian claim about the same attack: same story"),
  E("2024-06-30 15:45", "Third victim found under rubble at Odesa port",
    ["Rescuers found the body of a third victim under the rubble of a warehouse at Odesa port, the State Emergency Service said.",
     "The search for one more missing worker continues."],
    "strikes", "strikes", 1, ODESA, a="Oksana Melnyk", dup="11121-03", n="near-verbatim repeat of 11121-03 ('the' dropped)"),
  E("2024-06-30 17:20", "Kursk governor reports Ukrainian drone strike on substation",
    ["The governor of Russia’s Kursk region, Alexei Smirnov, said a Ukrainian drone had hit an electricity substation near the border, cutting power to several villages."],
    "strikes", "strikes", 2, "kursk-substation-drone-strike-2024-06-30", a="Andrii Savchuk", n="another strike the same day, other side: must not merge with Odesa"),
  E("2024-06-30 19:05", "More villages near Vovchansk ordered to evacuate",
    ["Authorities in the Kharkiv region ordered the compulsory evacuation of families with children from four more villages near Vovchansk because of constant shelling, the regional administration said."],
    "other", "humanitarian", 2, "vovchansk-area-evacuations-2024-06-30", a="Oksana Melnyk"),
  ]))

# ---------------------------------------------------------------- 11122 Draycote World Service (day 1, general world feed)
SEEDS.append(dict(
  id="11122", name="11122_draycote-worldrss", ext="xml", source="Draycote World Service", zone="UTC", render=r_worldrss,
  title="Draycote World Service – World", url="https://draycote-world.example", guid="dws-2024", gmt=True,
  lede="Top world stories from the Draycote World Service newsroom.",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world RSS feed, newest first, pubDate in GMT, no authors. Only one of six items is about the war (Odesa strike, spelled 'Odessa', toll four); the other five are off-beat (French election, Alpine storms, Euro 2024, cricket, Mongolia).",
  not_entries=["channel title, link, description, language, lastBuildDate", "<category> tags"],
  entries=[
  OFF("2024-06-30 21:30", "Far right leads first round of French parliamentary election",
      ["Marine Le Pen’s National Rally and its allies came first in Sunday’s snap parliamentary election in France with about a third of the vote, according to projections, ahead of a left-wing alliance and President Emmanuel Macron’s centrists."],
      "france-election-first-round-2024-06-30", n="French election"),
  OFF("2024-06-30 18:50", "Storms trigger deadly landslides in Swiss Alps",
      ["Several people were killed or are missing after violent storms caused floods and landslides in southern Switzerland and northern Italy, authorities said."],
      "alps-storms-2024-06-30", n="weather disaster"),
  dict(E("2024-06-30 17:40", "Four killed as missiles strike Odessa port",
    ["The death toll from Sunday morning’s Russian missile strike on the port of Odessa in southern Ukraine has risen to four, local officials said.",
     "Ukraine’s President Volodymyr Zelensky said the attack showed again why the country needed more air defence systems."],
    "strikes", "strikes", 3, ODESA, n="the only war item; spelling 'Odessa'; toll 4"), cat="Europe"),
  dict(OFF("2024-06-30 16:10", "England need extra time to get past Slovakia at Euro 2024",
      ["England came from behind to beat Slovakia 2-1 after extra time in Gelsenkirchen and reach the quarter-finals of the European Championship."],
      "euro-2024-england-slovakia", n="football"), cat="Sport"),
  dict(OFF("2024-06-30 11:05", "Kohli and Sharma quit T20 internationals after World Cup win",
      ["India’s Virat Kohli and captain Rohit Sharma announced their retirement from Twenty20 international cricket after leading their side to the T20 World Cup title in Barbados."],
      "kohli-sharma-t20-retirement", n="cricket"), cat="Sport"),
  OFF("2024-06-30 08:20", "Mongolia’s ruling party keeps narrow majority",
      ["Mongolia’s governing Mongolian People’s Party won a reduced majority in the country’s parliamentary election, official results showed."],
      "mongolia-election-2024-06", n="Mongolian election"),
  ]))

# ---------------------------------------------------------------- 11123 Saltonstall Review (day 1)
SEEDS.append(dict(
  id="11123", name="11123_saltonstall-article", ext="txt", source="Saltonstall Review", zone="Europe/Berlin", render=r_saltonstall,
  title="The war in Ukraine on Sunday: ports, drones and Toretsk", byline="Lotte Brenner",
  dateline="Published on 30/06/2024 at 14:10 CEST",
  lede="Three developments from the war in Ukraine, summarised by our Europe desk.",
  more="More on this topic: Ukraine’s grain corridor one year on",
  dateline_t="2024-06-30 14:10",
  basis="no per-section time: the page prints 'Published on 30/06/2024 at 14:10 CEST' (CEST = UTC+2); every section gets that time; local {d} in {z}",
  notes="Invented outlet. Text article with three section headings; each section is one entry (headline = heading, stamp null, published = the page's dateline time, numeric day-first date '30/06/2024'). Single page byline 'By Lotte Brenner' used as author for every section. Odesa toll three at this time.",
  not_entries=["outlet name and breadcrumb", "article title (page title)", "lede line", "byline 'By Lotte Brenner'", "dateline 'Published on 30/06/2024 at 14:10 CEST'",
               "share line", "'More on this topic: ...' related link", "footer"],
  entries=[
  E("2024-06-30 14:10", "Odesa port under fire",
    ["Russian missiles hit the port of Odesa on Sunday morning, killing three people, Ukrainian officials said.",
     "The strike damaged warehouses and a grain terminal. The regional governor said one worker was still missing under the rubble."],
    "strikes", "strikes", 3, ODESA, a="Lotte Brenner", n="toll 3"),
  E("2024-06-30 14:10", "Swedish money for Ukrainian drones",
    ["Sweden has announced it will finance the production of long-range drones by Ukrainian companies.",
     "The Swedish defence ministry said the arrangement would get weapons to the front faster than if Sweden bought them elsewhere."],
    "aid", "aid", 3, SWEDEN, a="Lotte Brenner"),
  E("2024-06-30 14:10", "Toretsk under pressure",
    ["Moscow said its troops had taken a village close to Toretsk in eastern Ukraine.",
     "Kyiv has not confirmed the claim. Ukrainian commanders say Russia has moved reserves to the area in recent weeks."],
    "other", "frontline", 3, TORETSK, a="Lotte Brenner"),
  ]))

# ---------------------------------------------------------------- day 2 (2024-07-01)
MYRH = "myrhorod-missile-strike-2024-07-01"

# ---------------------------------------------------------------- 11130 Amberley Post (day 2)
SEEDS.append(dict(
  id="11130", name="11130_amberley-htmllive", ext="html", source="Amberley Post", zone="Europe/Warsaw", render=r_amberley,
  title="Ukraine live: missiles hit Myrhorod; Odesa mourns",
  lede="Russia strikes a town with a military airfield in the Poltava region; Odesa’s port toll rises to six.",
  basis="visible '{s}' in <time datetime> (Polish time; footer 'All times are Central European Summer Time', CEST = UTC+2); local {d} in {z}",
  notes="Invented outlet. HTML live blog, newest first. JSON-LD is a plain NewsArticle (page-level, no LiveBlogPosting, no updates). Visible stamps carry the full date: '1 July 2024, 22:10' after each h2; the zone is only stated in the footer. 11130-02 is a 'Photos:' gallery teaser without text. 11130-03 continues day 1's Odesa story (toll six, day of mourning). 11130-06 is Poland buying air defence for itself (procurement by a non-party, other/security).",
  not_entries=["cookie bar", "header brand and navigation", "h1 page title", "standfirst", "'By NAME' lines (authors)", "gallery placeholder 'Gallery (12 photos)'",
               "'Read more' related link after the third post", "'Earlier coverage' link", "footer (with the time-zone note)"],
  entries=[
  E("2024-07-01 22:10", "Myrhorod toll climbs to five as rescuers end search",
    ["Five people were killed and more than 30 wounded in Monday’s missile strike on Myrhorod, in Ukraine’s Poltava region, Governor Filip Pronin said after rescuers ended their search of the site."],
    "strikes", "strikes", 3, MYRH, a="Kasia Drozd", n="toll 5"),
  E("2024-07-01 19:15", "Photos: Aftermath of the missile strike on Myrhorod", [], "strikes", "strikes", 1, MYRH, n="gallery teaser without text"),
  E("2024-07-01 17:05", "Odesa declares day of mourning as port strike toll reaches six",
    ["Odesa will hold a day of mourning on Tuesday after the death toll from Sunday’s missile strike on the city’s port rose to six, Governor Oleh Kiper said.",
     "A port worker died in hospital overnight, he said."],
    "strikes", "strikes", 3, ODESA, a="Tomasz Wierzba", n="day-1 story continued with a new development (toll 6, mourning)"),
  E("2024-07-01 15:30", "Russia claims strike destroyed jets at Myrhorod airbase",
    ["Russia’s defence ministry said its Iskander missiles had destroyed five Su-27 fighter jets and damaged two more at an airfield in Myrhorod. Kyiv did not comment on the claim."],
    "strikes", "strikes", 3, MYRH, a="Kasia Drozd", n="Russian claim about the same attack: same story"),
  E("2024-07-01 13:50", "Missile strike on Myrhorod kills two, Poltava governor says",
    ["Russian missiles hit the town of Myrhorod in the Poltava region just after midday, killing two people and injuring at least 20, Governor Filip Pronin said."],
    "strikes", "strikes", 3, MYRH, a="Kasia Drozd", n="toll 2"),
  E("2024-07-01 10:20", "Poland orders more air-defence batteries for its own army",
    ["Poland’s defence ministry said it had signed a contract for additional short-range air-defence batteries for its own forces, citing lessons from Russia’s air war against Ukraine."],
    "other", "security", 2, "poland-air-defence-procurement-2024-07-01", a="Tomasz Wierzba", n="procurement by a non-party"),
  ]))

# ---------------------------------------------------------------- 11131 Lowmoor Dispatch (day 2)
SEEDS.append(dict(
  id="11131", name="11131_lowmoor-atom", ext="xml", source="Lowmoor Dispatch", zone="Europe/Kyiv", render=r_atom,
  title="Lowmoor Dispatch — Ukraine", url="https://lowmoor-dispatch.example/ukraine",
  lede="Reporting from Ukraine by the Lowmoor Dispatch.",
  basis="Atom <published> '{s}' (explicit +03:00 offset, Kyiv summer time); local {d} in {z}",
  notes="Invented outlet. Atom feed, newest first, <published> with +03:00, per-entry authors, escaped HTML content. Spelling 'Mirgorod' (Russian transliteration of Myrhorod). 11131-02 (the air force's call to hit Russian airfields) shares the 'airfields' theme with the Myrhorod strike but is a separate statement: must not merge. 11131-05 (overnight drone attack on a fuel depot in the same Poltava region) is another attack: must not merge with Myrhorod.",
  not_entries=["feed title, subtitle, links, id, updated"],
  entries=[
  E("2024-07-01 23:30", "Death toll in Mirgorod missile attack rises to five",
    ["The number of people killed by Monday’s Russian missile attack on Mirgorod has risen to five, regional officials said late on Monday. Thirty-one people were injured."],
    "strikes", "strikes", 3, MYRH, a="Serhii Danko", n="spelling 'Mirgorod'; toll 5"),
  E("2024-07-01 20:10", "Ukraine’s air force calls for strikes on the airfields Russia’s bombers use",
    ["Ukraine’s air force spokesman, Yurii Ihnat, said the most effective way to stop Russian glide bombs was to hit the aircraft on the ground, and urged partners to lift limits on striking airfields inside Russia with Western weapons."],
    "diplomacy", "diplomacy", 2, "air-force-appeal-strike-russian-airfields-2024-07-01", a="Ivanna Sydor", sec=["aid"],
    n="same theme (airfields) as the Myrhorod strike, different event: must not merge"),
  E("2024-07-01 17:45", "Odesa mourns port workers killed in Sunday’s strike",
    ["Flags will fly at half-mast in Odesa on Tuesday for the six people killed when Russian missiles hit the port, the city’s military administration said.",
     "Port operations resumed on Monday afternoon at the terminals that were not damaged."],
    "strikes", "strikes", 3, ODESA, a="Serhii Danko", n="day-1 story continued (toll 6, port reopens)"),
  E("2024-07-01 14:20", "Two killed as Russian missiles hit Mirgorod",
    ["Russian missiles struck Mirgorod in central Ukraine’s Poltava region around midday on Monday, killing two people, the regional governor said."],
    "strikes", "strikes", 3, MYRH, a="Ivanna Sydor", n="toll 2"),
  E("2024-07-01 09:15", "Drones hit fuel depot in Poltava region overnight",
    ["Russian drones set fire to a fuel depot in the Poltava region overnight, the regional administration said, adding that there were no casualties."],
    "strikes", "strikes", 2, "poltava-region-fuel-depot-drone-attack-2024-07-01", a="Ivanna Sydor",
    n="same region, earlier and different attack: must not merge with Myrhorod"),
  ]))

# ---------------------------------------------------------------- 11132 Gorsley Evening Star (day 2)
SEEDS.append(dict(
  id="11132", name="11132_gorsley-textlive", ext="txt", source="Gorsley Evening Star", zone="America/New_York", render=r_gorsley,
  title="Russia-Ukraine war: live updates", dateline="Monday, July 1, 2024", credit="From Evening Star staff and wire services",
  lede="Russian missiles hit Myrhorod in central Ukraine; the toll from Sunday’s Odesa port strike rises.",
  basis="stamp '{s}' (US Eastern, EDT = UTC-4) under the dateline 'Monday, July 1, 2024'; local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first; each post: 'h:mm a.m. EDT' line, headline, body. No per-post authors; the generic credit 'From Evening Star staff and wire services' names no person, so author is null. 11132-02 re-posts day 1's analysis 11120-03 verbatim (same headline and text): re-post of day-1 entry, importance 1, same story. 11132-03 is a theme piece (why airfields are hard to defend) that mentions Myrhorod but is its own story. 11132-05 is a near-verbatim repeat of 11132-01 ('airfield' -> 'air base').",
  not_entries=["masthead and navigation", "title line (page title)", "dateline 'Monday, July 1, 2024'", "credit line 'From Evening Star staff and wire services'",
               "lede line", "'ADVERTISEMENT' after the fourth post", "'Refresh for the latest updates.'", "footer"],
  entries=[
  E("2024-07-01 06:10", "Russian missiles strike Myrhorod, killing at least two",
    ["Russian missiles hit Myrhorod, a town in central Ukraine’s Poltava region that is home to a military airfield, killing at least two people, local officials said.",
     "The governor said several buildings were damaged and that the number of injured was still being counted."],
    "strikes", "strikes", 3, MYRH, n="toll 2"),
  E("2024-07-01 07:35", PORTS_H, PORTS_P, "strikes", "strikes", 1, PORTS,
    n="re-post of day-1 entry 11120-03 (verbatim, same headline and text); importance 1"),
  E("2024-07-01 09:00", "Explainer: Why Ukraine’s airfields are so hard to defend",
    ["Monday’s strike on Myrhorod is a reminder that Ukraine’s air bases sit well within range of Russian ballistic missiles, which give defenders only a few minutes of warning.",
     "Ukraine has a small number of Patriot batteries able to stop such missiles, and most are deployed around cities and power plants rather than airfields.",
     "With the first F-16 fighter jets due to arrive this summer, officials say protecting the bases they will use is becoming a priority."],
    "strikes", "strikes", 2, "explainer-ukraine-airfield-defence-2024-07", sec=["aid"],
    n="theme piece (explainer); mentions Myrhorod but must not merge with it"),
  E("2024-07-01 10:25", "Odesa port strike toll reaches six",
    ["A sixth person has died from injuries suffered in Sunday’s Russian missile strike on the port of Odesa, Ukrainian officials said, and the city has declared a day of mourning."],
    "strikes", "strikes", 3, ODESA, n="day-1 story continued (toll 6)"),
  E("2024-07-01 11:50", "Russian missiles strike Myrhorod, killing at least two",
    ["Russian missiles hit Myrhorod, a town in central Ukraine’s Poltava region that is home to a military air base, killing at least two people, local officials said.",
     "The governor said several buildings were damaged and that the number of injured was still being counted."],
    "strikes", "strikes", 1, MYRH, dup="11132-01", n="near-verbatim repeat of 11132-01"),
  E("2024-07-01 13:30", "NATO allies near deal on yearly support pledge for Ukraine",
    ["NATO members are close to agreeing to provide Ukraine with at least 40 billion euros in military support every year, diplomats said, ahead of the alliance’s summit in Washington next week."],
    "aid", "aid", 2, "nato-annual-support-pledge-2024-07", sec=["diplomacy"]),
  E("2024-07-01 15:45", "Myrhorod death toll climbs to four",
    ["Four people are now confirmed dead after the missile strike on Myrhorod, and more than 30 were injured, Poltava regional officials said."],
    "strikes", "strikes", 3, MYRH, n="toll 4"),
  ]))

# ---------------------------------------------------------------- 11133 Ferriby World Report (day 2, general world feed)
SEEDS.append(dict(
  id="11133", name="11133_ferriby-worldrss", ext="xml", source="Ferriby World Report", zone="Australia/Sydney", render=r_worldrss,
  title="Ferriby World Report: World", url="https://ferriby-world.example", guid="fwr", gmt=False,
  lede="World news from the Ferriby World Report, Sydney.",
  basis="RSS pubDate '{s}' (explicit +1000 offset, Sydney winter time); local {d} in {z}",
  notes="Invented outlet (Sydney). General world RSS feed, newest first, pubDate with +1000. Items dated 'Tue, 02 Jul 2024' local are still 1 July in UTC: all six fall on 2024-07-01 UTC. Only one item is about the war (Myrhorod, toll five); five are off-beat (US Supreme Court, Wimbledon, Seoul crash, Japanese banknotes, Tour de France).",
  not_entries=["channel title, link, description, language, lastBuildDate", "<category> tags"],
  entries=[
  OFF("2024-07-02 08:45", "US Supreme Court rules Trump has partial immunity",
      ["The US Supreme Court ruled that former president Donald Trump has immunity from prosecution for official acts, a decision likely to delay his trial on charges of trying to overturn the 2020 election."],
      "us-supreme-court-immunity-2024-07-01", n="US court ruling"),
  dict(E("2024-07-02 06:30", "Missile strike on Myrhorod kills five, Ukraine says",
    ["A Russian missile attack on the central Ukrainian town of Myrhorod has killed five people and wounded more than 30, Ukrainian officials said."],
    "strikes", "strikes", 3, MYRH, n="the only war item; local date 2 July = 1 July UTC"), cat="Europe"),
  dict(OFF("2024-07-02 03:15", "Wimbledon gets under way with Murray’s fitness in doubt",
      ["The Wimbledon championships began in London with two-time champion Andy Murray still deciding whether he is fit enough to play after back surgery."],
      "wimbledon-opening-day-2024", n="tennis"), cat="Sport"),
  OFF("2024-07-02 00:40", "Car ploughs into pedestrians in central Seoul",
      ["A car mounted a pavement and struck pedestrians near Seoul City Hall, killing several people, South Korean police said."],
      "seoul-car-crash-2024-07-01", n="road disaster"),
  OFF("2024-07-01 16:00", "Japan prepares to issue first redesigned banknotes in 20 years",
      ["Japan will put new 10,000, 5,000 and 1,000 yen notes into circulation this week, the first redesign in two decades."],
      "japan-new-banknotes-2024-07", n="economy"),
  dict(OFF("2024-07-01 10:30", "Pogačar takes yellow at Tour de France",
      ["Tadej Pogačar took the overall lead of the Tour de France after attacking on the final climbs of Sunday’s second stage in Bologna."],
      "tour-de-france-stage-2-2024", n="cycling"), cat="Sport"),
  ]))

# ---------------------------------------------------------------- day 3 (2024-07-21)
MYK = "mykolaiv-missile-strike-2024-07-21"
ZBIDEN = "zelensky-thanks-biden-2024-07-21"

# ---------------------------------------------------------------- 11140 Kirkbride Times (day 3, general world feed)
SEEDS.append(dict(
  id="11140", name="11140_kirkbride-worldatom", ext="xml", source="Kirkbride Times", zone="UTC", render=r_atom,
  title="Kirkbride Times — World", url="https://kirkbride-times.example/world",
  lede="The latest world headlines from the Kirkbride Times.",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, newest first, <published> in Z, no authors. One of six items is about the war (Mykolaiv strike, toll two); five are off-beat (Biden quits the race, Harris endorsements, Tour de France, Bangladesh quotas, Israeli strike in Yemen). Zelensky's thanks to Biden (11141-07, 11143-01) is war-related diplomacy and must not merge with the off-beat Biden items here.",
  not_entries=["feed title, subtitle, links, id, updated"],
  entries=[
  OFF("2024-07-21 22:40", "Harris gathers endorsements after Biden quits race",
      ["Vice President Kamala Harris moved quickly to secure the Democratic nomination, winning endorsements from party leaders hours after President Joe Biden ended his re-election campaign."],
      "harris-endorsements-2024-07-21", n="US politics; must not merge with Zelensky's thanks to Biden"),
  OFF("2024-07-21 18:05", "Biden drops out of presidential race and backs Harris",
      ["President Joe Biden announced he was ending his campaign for a second term, bowing to weeks of pressure from fellow Democrats after his debate performance, and endorsed Vice President Kamala Harris."],
      "biden-withdraws-2024-07-21", n="US politics; must not merge with Zelensky's thanks to Biden"),
  OFF("2024-07-21 15:20", "Pogačar wins third Tour de France",
      ["Slovenia’s Tadej Pogačar won the Tour de France for the third time after taking the final time trial in Nice."],
      "tour-de-france-final-2024", n="cycling"),
  E("2024-07-21 12:10", "Two killed as Russian missiles strike Mykolaiv",
    ["Russian missiles hit an industrial area and houses in the southern Ukrainian city of Mykolaiv on Sunday morning, killing two people, the regional governor said."],
    "strikes", "strikes", 3, MYK, n="the only war item; toll 2"),
  OFF("2024-07-21 09:30", "Bangladesh court cuts job quotas after deadly unrest",
      ["Bangladesh’s Supreme Court scaled back a quota system for government jobs that had sparked protests in which more than 100 people were killed."],
      "bangladesh-quota-ruling-2024-07-21", n="South Asia"),
  OFF("2024-07-21 06:45", "Israel strikes Yemen’s Hodeidah port after Houthi drone hit Tel Aviv",
      ["Israeli warplanes struck the Houthi-held port of Hodeidah in Yemen, a day after a drone launched by the group killed a man in Tel Aviv."],
      "israel-hodeidah-strike-2024-07-20", n="Middle East"),
  ]))

# ---------------------------------------------------------------- 11141 Millbeck Courier (day 3)
SEEDS.append(dict(
  id="11141", name="11141_millbeck-textlive", ext="txt", source="Millbeck Courier", zone="Europe/Kyiv", render=r_millbeck,
  title="Ukraine live: missiles hit Mykolaiv at dawn", dateline="Sunday 21 July · all times Kyiv", byline="Natalka Brun and Owen Pryce",
  lede="A Russian missile strike on Mykolaiv kills two; shelling hits Ochakiv; Zelensky reacts to Biden’s decision.",
  parse_args=["--date", "2024-07-21"],
  basis="bare stamp '{s}' (Kyiv time, EEST = UTC+3, stated as 'all times Kyiv') under the date line 'Sunday 21 July' (no year anywhere: year from parse_args); local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first, bare 'HH:MM' line before each headline. The page prints no year anywhere (date line 'Sunday 21 July'), so parse_args gives --date 2024-07-21. Page byline is a two-name line without 'By', 'Natalka Brun and Owen Pryce',, used as author for every post (kept as one string). 11141-02 is a 'Video:' teaser without body. 11141-03 is a theme piece (warning times for ballistic missiles) that mentions the Mykolaiv strike but is its own story. 11141-04 (shelling of Ochakiv, same region) must not merge with the Mykolaiv strike. 11141-06 is a near-verbatim repeat of 11141-05.",
  not_entries=["outlet name and navigation", "title line (page title)", "date line 'Sunday 21 July · all times Kyiv'", "page byline line", "lede line",
               "membership promo after the third post", "'Our live coverage continues tomorrow.'", "footer"],
  entries=[
  E("2024-07-21 08:10", "Russian missiles hit Mykolaiv at dawn; one dead",
    ["One person was killed and at least five injured when Russian missiles struck Mykolaiv shortly before 07:00, Governor Vitaliy Kim said.",
     "An industrial building caught fire and several private houses were damaged."],
    "strikes", "strikes", 3, MYK, a="Natalka Brun and Owen Pryce", n="toll 1"),
  E("2024-07-21 09:35", "Video: Firefighters battle blaze after Mykolaiv strike", [], "strikes", "strikes", 1, MYK,
    a="Natalka Brun and Owen Pryce", n="teaser without body"),
  E("2024-07-21 11:00", "Analysis: Southern cities get barely a minute’s warning of ballistic missiles",
    ["This morning’s attack on Mykolaiv shows again how little time people in southern cities have to take cover.",
     "Ballistic missiles fired from occupied Crimea or the Kherson region can reach Mykolaiv or Odesa in one to two minutes, often before the sirens sound.",
     "Officials say only more Patriot-type systems can change that, and those remain in short supply."],
    "strikes", "strikes", 2, "analysis-ballistic-missile-warning-times-2024-07", a="Natalka Brun and Owen Pryce",
    n="theme piece (analysis); mentions Mykolaiv but must not merge with it"),
  E("2024-07-21 12:20", "Ochakiv shelled again; one man wounded",
    ["Russian forces shelled Ochakiv, a port town in the Mykolaiv region, wounding a 58-year-old man and damaging a school, the regional administration said."],
    "strikes", "strikes", 2, "ochakiv-shelling-2024-07-21", a="Natalka Brun and Owen Pryce", n="same region, other attack: must not merge with Mykolaiv"),
  E("2024-07-21 14:45", "Mykolaiv strike: second victim dies in hospital",
    ["A woman injured in this morning’s missile attack on Mykolaiv has died in hospital, bringing the death toll to two, Governor Vitaliy Kim said."],
    "strikes", "strikes", 3, MYK, a="Natalka Brun and Owen Pryce", n="toll 2"),
  E("2024-07-21 16:05", "Mykolaiv strike: second victim dies in hospital",
    ["A woman injured in this morning’s missile attack on Mykolaiv died in hospital, bringing the death toll to two, Governor Vitaliy Kim said."],
    "strikes", "strikes", 1, MYK, a="Natalka Brun and Owen Pryce", dup="11141-05", n="near-verbatim repeat of 11141-05"),
  E("2024-07-21 21:30", "Zelensky thanks Biden for ‘bold’ support",
    ["President Volodymyr Zelensky thanked Joe Biden for his support of Ukraine after the US president announced he would not seek re-election, saying Biden had taken strong and bold decisions at a difficult time."],
    "diplomacy", "diplomacy", 3, ZBIDEN, a="Natalka Brun and Owen Pryce", n="carried by 11141 and 11143; must not merge with the off-beat Biden items in 11140"),
  ]))

# ---------------------------------------------------------------- 11142 Northwold Wire (day 3)
SEEDS.append(dict(
  id="11142", name="11142_northwold-rss", ext="xml", source="Northwold Wire", zone="Europe/Riga", render=r_worldrss,
  title="Northwold Wire — Ukraine and the region", url="https://northwold-wire.example", guid="nw-wire", gmt=False,
  lede="Baltic-based wire coverage of Ukraine and its neighbours.",
  basis="RSS pubDate '{s}' (explicit +0300 offset, Riga summer time); local {d} in {z}",
  notes="Invented outlet (Riga). RSS feed, newest first, pubDate with +0300, dc:creator. Spelling 'Nikolaev' for Mykolaiv. 11142-03 (Ukrainian drones on an oil depot in Russia's Rostov region) is a different strike: must not merge with Mykolaiv.",
  not_entries=["channel title, link, description, language, lastBuildDate", "<category> tags"],
  entries=[
  E("2024-07-21 23:40", "Death toll in Nikolaev missile strike rises to three",
    ["A third person has died after Sunday’s Russian missile strike on Nikolaev, in southern Ukraine, regional officials said late on Sunday."],
    "strikes", "strikes", 3, MYK, a="Ilze Berzina", n="spelling 'Nikolaev'; toll 3"),
  E("2024-07-21 20:15", "Latvia sends new batch of drones to Ukraine",
    ["Latvia has delivered another batch of reconnaissance and attack drones to Ukraine as part of the drone coalition it leads with Britain, the Latvian defence ministry said."],
    "aid", "aid", 2, "latvia-drone-delivery-2024-07-21", a="Ilze Berzina"),
  E("2024-07-21 17:30", "Ukrainian drones target oil depot in Russia’s Rostov region",
    ["Rostov regional governor Vasily Golubev said Ukrainian drones had attacked an oil depot in the region overnight, causing a fire that was later put out."],
    "strikes", "strikes", 2, "rostov-oil-depot-drone-attack-2024-07-21", a="Edgars Lapins", n="other strike, other side: must not merge with Mykolaiv"),
  E("2024-07-21 14:10", "Russia claims gains near Chasiv Yar",
    ["Russian forces advanced on the eastern edge of Chasiv Yar, the Russian defence ministry claimed. Ukrainian officials said their troops were holding their positions in the town."],
    "other", "frontline", 2, "chasiv-yar-fighting-2024-07-21", a="Edgars Lapins"),
  E("2024-07-21 11:25", "Russian missiles hit industrial area in Nikolaev, one dead",
    ["Russian missiles struck an industrial area in the southern city of Nikolaev early on Sunday, killing one person, local authorities said."],
    "strikes", "strikes", 3, MYK, a="Ilze Berzina", n="toll 1"),
  ]))

# ---------------------------------------------------------------- 11143 Redstow Journal (day 3)
SEEDS.append(dict(
  id="11143", name="11143_redstow-htmllive", ext="html", source="Redstow Journal", zone="Asia/Kolkata", render=r_redstow,
  title="Russia-Ukraine war live updates: Mykolaiv hit; Kyiv reacts to Biden exit", url="https://redstow-journal.example/world/ukraine-live-21-07",
  dateline="Updated: July 21, 2024", lede="Catch all the latest updates on the Russia-Ukraine war here.",
  basis="visible '{s}' (India time, IST = UTC+5:30) on the page dated 'Updated: July 21, 2024'; the JSON-LD update times are the page's, not the entries'; local {d} in {z}",
  notes="Invented outlet (India). HTML live blog, newest first. Visible stamps '9:40 PM IST' (UTC+5:30, a half-hour offset) with the day printed once ('Updated: July 21, 2024'). The LiveBlogPosting JSON-LD lists every update but gives all of them the PAGE's datePublished (the earliest post's time), so per-entry times must come from the visible stamps. Signature 'Posted by NAME' after the body (author). Spelling 'Nikolayev' in 11143-03. 11143-05 (drones over the Kyiv region overnight) must not merge with the Mykolaiv strike.",
  not_entries=["header brand and navigation", "h1 page title", "'Updated: July 21, 2024' line", "summary line 'Catch all the latest updates ...'",
               "'Posted by NAME' signatures (authors, not body)", "app promo after the second card", "footer"],
  entries=[
  E("2024-07-21 23:55", "Zelensky thanks Biden after US President exits race",
    ["Ukrainian President Volodymyr Zelensky thanked Joe Biden for his backing of Ukraine, shortly after Biden said he would not run for a second term."],
    "diplomacy", "diplomacy", 3, ZBIDEN, a="Ananya Rao"),
  E("2024-07-21 19:20", "Two killed in Russian missile attack on Mykolaiv",
    ["Two people were killed when Russian missiles hit the Ukrainian port city of Mykolaiv on Sunday, according to regional governor Vitaliy Kim."],
    "strikes", "strikes", 3, MYK, a="Vikram Sethi", n="toll 2"),
  E("2024-07-21 15:05", "Russia says it hit shipyard in Nikolayev used for naval drones",
    ["Russia’s defence ministry said its missiles had struck a shipyard in Nikolayev where, it said, Ukraine assembled naval drones. Ukraine did not comment on the claim."],
    "strikes", "strikes", 3, MYK, a="Vikram Sethi", n="Russian claim about the same attack (spelling 'Nikolayev'): same story"),
  E("2024-07-21 11:40", "MEA says more Indians discharged from Russian army",
    ["India’s external affairs ministry said Russia had released several more Indian nationals who had been recruited into its army, following Prime Minister Narendra Modi’s visit to Moscow earlier this month."],
    "diplomacy", "diplomacy", 2, "indians-in-russian-army-discharge-2024-07", a="Ananya Rao", n="result of a bilateral government deal -> diplomacy"),
  E("2024-07-21 07:50", "Drones target Kyiv region overnight; no casualties",
    ["Ukraine’s air defences shot down drones over the Kyiv region overnight, the regional military administration said, adding that there were no casualties or damage."],
    "strikes", "strikes", 2, "kyiv-region-drone-attack-2024-07-21", a="Ananya Rao", n="other attack the same day: must not merge with Mykolaiv"),
  ]))


# ================================================================ build
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
                         "published_local": d.strftime("%Y-%m-%d %H:%M:%S " if e["t"].count(":") == 2 else "%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": S["basis"].format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M"), z=S["zone"]),
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
        print(f"{fn:40s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds the eval/dd seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented or paraphrased, no copied sentences);
Part A imitates, from memory, the page layouts of ten real outlets; Part B outlets are invented. Deterministic.
Run from the project root:  python3 eval/dd/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    e = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    e.update(kw)
    return e


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par):
        head = par[:m.end()]
        if m.end() < len(par) and head.endswith(ABBREV):
            continue
        return head
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ampm(d, space="", dots=False, upper=False):
    hh = d.hour % 12 or 12
    if dots:
        suf = "a.m." if d.hour < 12 else "p.m."
    else:
        suf = "am" if d.hour < 12 else "pm"
        if upper:
            suf = suf.upper()
    return f"{hh}:{d.minute:02d}{space}{suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first (page order)"


def rfc822(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + d.strftime("%z")


def rfc822_gmt(d):
    return d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")


def iso(d):
    return d.isoformat(timespec="seconds")


def isoz(d):
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def blox_uuid(seed, i):
    x = (seed * 2654435761 + i * 40503) & 0xFFFFFFFFFFFFFFFF
    h = f"{x:016x}{(x * 31 + 7) & 0xFFFFFFFFFFFFFFFF:016x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_gazettemail(S):
    """Charleston Gazette-Mail (HD Media, TownNews BLOX) article page carrying AP's 'The Latest' roll-up, copied as text.
    One page byline 'By The Associated Press', the page date 'Jan 9, 2023' plus a relative 'Updated' line. Items are
    newest first, each opened by a bare AP clock ('5:40 p.m.', Eastern time, no zone printed), no item headlines,
    separated by '___' lines; most items open with a wire dateline."""
    z = S["zone"]; order_check(S, True); first = dt(S["entries"][-1]["t"], z)
    L = ["Skip to main content", "You have permission to edit this article.", "Edit", "Close", "",
         "Charleston Gazette-Mail", "Subscribe", "Log In", "e-Edition", "",
         "News   Sports   Opinion   Obituaries   Lifestyles   Business   Outdoors   Politics   Weather   Jobs   Classifieds", "",
         "Charleston, WV", "34°", "Cloudy", "", "Nation & World", "", S["title"], "", "By The Associated Press", "",
         f"{SHORT_MONTHS[first.month - 1]} {first.day}, {first.year}", "Updated 7 hrs ago", "",
         "Facebook   Twitter   WhatsApp   SMS   Email   Print   Save", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, space=" ", dots=True); stamps.append(st)
        if i:
            L += ["___", ""]
        L += [st, ""] + ptxt(e["p"])
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Copyright 2023 The Associated Press. All rights reserved.", "",
          "Tags", "Russia-Ukraine War   Ukraine   Russia   Military And Defense   General News", "",
          "Most Popular", "Kanawha County Schools closed Tuesday as roads ice over",
          "Charleston council approves new sidewalk plan for West Side", "",
          "Sign up for our newsletters", "Get the day's top headlines delivered to your inbox.", "",
          "© Copyright 2023 Charleston Gazette-Mail, 1001 Virginia St. E Charleston, WV | Terms of Use | Privacy Policy",
          "Powered by BLOX Content Management System from TownNews.com."]
    return "\n".join(L) + "\n", stamps


def r_hd_rss(S):
    """The Herald-Dispatch (HD Media, BLOX) 'Nation & World' section RSS 2.0: pubDate with the local offset (-0400 in
    March), plain-text summary in a CDATA description, dc:creator 'By NAME Associated Press', BLOX guid and enclosure."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:georss="http://www.georss.org/georss" '
           'xmlns:media="http://search.yahoo.com/mrss/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.herald-dispatch.com/news/nation_world/</link>',
           f'<atom:link href="{attr(S["url"])}" rel="self" type="application/rss+xml" />',
           '<description>Nation and world news from The Associated Press on herald-dispatch.com</description>',
           '<generator>TownNews.com Dynamic Site Engine</generator>', '<language>en-US</language>',
           '<ttl>30</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        uid = blox_uuid(901, i)
        link = f"https://www.herald-dispatch.com/news/nation_world/{e['slug']}/article_{uid}.html"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>',
                f'<description><![CDATA[{" ".join(e["p"])}]]></description>',
                f'<pubDate>{st}</pubDate>', f'<guid isPermaLink="false">{uid}</guid>',
                f'<dc:creator>{esc(e["byline"])}</dc:creator>']
        for c in e.get("cats", []):
            out.append(f'<category>{esc(c)}</category>')
        out += [f'<enclosure url="https://bloximages.newyork1.vip.townnews.com/herald-dispatch.com/content/tncms/assets/v3/editorial/{uid[0]}/{uid[1:3]}/{uid}/ap-image.sized-1000x1000.jpg" length="{210000 + i * 3371}" type="image/jpeg" />',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_dailyprogress(S):
    """The Daily Progress (Lee Enterprises, BLOX) article page with AP live coverage, HTML. NewsArticle JSON-LD (page
    times only). Page date 'Apr 8, 2023'; entries newest first, each a clock with zone ('5:10 PM EDT') above an h3
    headline; one page byline 'By The Associated Press'."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": S["url"], "headline": S["title"],
          "datePublished": iso(first), "dateModified": iso(last), "articleSection": "World",
          "author": [{"@type": "Person", "name": "The Associated Press"}],
          "publisher": {"@type": "Organization", "name": "The Daily Progress",
                        "logo": {"@type": "ImageObject", "url": "https://bloximages.chicago2.vip.townnews.com/dailyprogress.com/content/tncms/custom/image/dp-logo.png"}}}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | World | dailyprogress.com</title>',
           f'<link rel="canonical" href="{S["url"]}">', '<meta property="og:site_name" content="The Daily Progress">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="asset-body">',
           '<div id="site-top-nav"><a href="/eedition/">e-Edition</a> <a href="/users/login/">Log In</a> <a href="/subscribe/">Subscribe</a></div>',
           '<header id="site-header"><a class="navbar-brand" href="/">The Daily Progress</a>'
           '<div class="weather-now">Charlottesville, VA <span class="temp">58°</span> Sunny</div>'
           '<nav><a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/sports/uva/">UVA</a> <a href="/opinion/">Opinion</a> '
           '<a href="/obituaries/">Obituaries</a> <a href="/business/">Business</a> <a href="/entertainment/">Entertainment</a> '
           '<a href="/lifestyles/">Lifestyles</a> <a href="/classifieds/">Classifieds</a></nav></header>',
           '<main><article id="article-body">',
           '<div class="asset-section"><a href="/news/nation-world/">Nation &amp; World</a></div>',
           f'<h1 class="headline"><span class="tnt-headline">{esc(S["title"])}</span></h1>',
           '<ul class="list-inline asset-byline"><li><span class="tnt-byline">By The Associated Press</span></li></ul>',
           f'<ul class="list-inline"><li><time datetime="{iso(first)}">{SHORT_MONTHS[first.month - 1]} {first.day}, {first.year}</time></li></ul>',
           '<div class="share-container"><a>Facebook</a> <a>Twitter</a> <a>Email</a> <a>Print</a> <a>Copy article link</a> <a>Save</a></div>',
           '<div id="article-content" class="asset-content">', f'<p>{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, space=" ", upper=True) + " " + d.tzname(); stamps.append(st)
        out.append(f'<div class="tnt-live-entry" id="entry-{4410 - i}">')
        out.append(f'<p class="entry-time"><time datetime="{iso(d)}">{st}</time></p>')
        out.append(f'<h3 class="entry-headline">{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 1:
            out.append('<div class="tnt-ads"><span>Advertisement</span></div>')
        if i == 3:
            out.append('<aside class="newsletter-promo"><h4>Get the latest local and national news</h4>'
                       '<p>Sign up for our free email newsletter.</p><button>Sign up!</button></aside>')
    out += ['</div>', '<p class="copyright">Copyright 2023 The Associated Press. All rights reserved.</p>',
            '<div class="tags"><a>Politics</a> <a>Russia-Ukraine War</a> <a>Military And Defense</a></div>',
            '<section class="related"><h4>Related to this story</h4><ul>'
            '<li><a href="/news/nation-world/ukraine-power-grid-repairs/">Ukraine races to repair power lines before next winter</a></li></ul></section>',
            '</article></main>',
            '<footer><p>© Copyright 2023, The Daily Progress, 685 W. Rio Rd. Charlottesville, VA</p>'
            '<p>Powered by BLOX Content Management System from TownNews.com.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_newsadvance(S):
    """The News & Advance (Lee, BLOX) 'Nation & World' section front, copied as text. Top bar with the date and clock
    ('Tue, Apr 11, 2023 | 6:12 PM', the only absolute time), weather widget, cards newest first: headline, AP byline
    in capitals, 'Updated 38 min ago' / 'Updated 2 hrs ago', one summary paragraph."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = ["Skip to main content", "",
         f"{DAYS_EN[ref.weekday()][:3]}, {SHORT_MONTHS[ref.month - 1]} {ref.day}, {ref.year} | {ampm(ref, space=' ', upper=True)}", "",
         "The News & Advance", "Lynchburg, VA", "63°", "Partly Cloudy", "",
         "Subscribe   Log In   e-Edition   Newsletters", "",
         "Home   News   Sports   Obituaries   Opinion   Business   Lifestyles   Entertainment   Jobs   Classifieds", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"Updated {mins} min ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "Updated 1 hr ago" if mins == 60 else f"Updated {mins // 60} hrs ago"
        stamps.append(st)
        L += [e["h"], e["byline"], st, ""] + ptxt(e["p"])
        if i == 2:
            L += ["Breaking News", "Get the latest breaking news sent directly to your inbox.", "Sign up", ""]
        if i == 4:
            L += ["Advertisement", ""]
    L += ["Show more", "", "Trending", "Lynchburg City Council weighs Rivermont Avenue repaving", "Liberty baseball sweeps weekend series", "",
          "© Copyright 2023 The News & Advance, 101 Wyndale Dr Lynchburg, VA | Terms of Use | Privacy Policy",
          "Powered by BLOX Content Management System from TownNews.com."]
    return "\n".join(L) + "\n", stamps


def r_journalnow_atom(S):
    """Winston-Salem Journal (Lee, BLOX) section Atom feed: <published>/<updated> with the local offset (-04:00),
    <author><name>By NAME Associated Press</name>, escaped-HTML <content type="html">."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-US">',
           f'<title>{esc(S["title"])}</title>', f'<id>{esc(S["url"])}</id>',
           f'<link rel="self" type="application/atom+xml" href="{attr(S["url"])}" />',
           '<link rel="alternate" type="text/html" href="https://journalnow.com/news/nation-world/" />',
           f'<updated>{iso(last)}</updated>', '<generator uri="https://www.townnews.com">TownNews.com Dynamic Site Engine</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        uid = blox_uuid(904, i)
        body = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        out += ['<entry>', f'<title type="html">{esc(e["h"])}</title>', f'<id>urn:uuid:{uid}</id>',
                f'<link rel="alternate" type="text/html" href="https://journalnow.com/news/nation-world/{e["slug"]}/article_{uid}.html" />',
                f'<published>{st}</published>', f'<updated>{st}</updated>',
                f'<author><name>{esc(e["byline"])}</name></author>',
                f'<content type="html">{esc(body)}</content>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def gannett_ap(d):
    return f"{AP_MONTHS[d.month - 1]} {d.day}"


def r_fayobserver(S):
    """The Fayetteville Observer (Gannett / USA TODAY Network) live blog, HTML. Newest first; each post: h2 headline,
    author + 'USA TODAY', then '3:20 p.m. ET May 27' (clock, zone and AP-style date, no year); the year is only in the
    page's 'Published ... | Updated ...' line. The posts cross local midnight (May 26 -> May 27). LiveBlogPosting
    JSON-LD with one liveBlogUpdate per post."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = []
    for e in S["entries"]:
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "headline": e["h"], "datePublished": iso(d), "author": {"@type": "Person", "name": e["a"]}}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
          "datePublished": iso(first), "dateModified": iso(last), "coverageStartTime": iso(first),
          "author": [{"@type": "Person", "name": n} for n in S["authors"]],
          "publisher": {"@type": "NewsMediaOrganization", "name": "The Fayetteville Observer", "url": "https://www.fayobserver.com"},
          "liveBlogUpdate": ups}
    pl = f"Published {ampm(first, space=' ', dots=True)} ET {AP_MONTHS[first.month - 1]} {first.day}, {first.year}"
    ul = f"Updated {ampm(last, space=' ', dots=True)} ET {AP_MONTHS[last.month - 1]} {last.day}, {last.year}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<meta property="og:site_name" content="The Fayetteville Observer">', f'<link rel="canonical" href="{S["url"]}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="gnt_pr">',
           '<header class="gnt_n"><a class="gnt_n_logo" href="/" aria-label="The Fayetteville Observer logo">The Fayetteville Observer</a>'
           '<nav class="gnt_n_mn"><a href="/news/">News</a><a href="/news/military/">Military</a><a href="/sports/">Sports</a>'
           '<a href="/entertainment/">Entertainment</a><a href="/opinion/">Opinion</a><a href="/obituaries/">Obituaries</a>'
           '<a href="https://eedition.fayobserver.com/">eNewspaper</a><a href="/legal-notices/">Legals</a></nav>'
           '<a class="gnt_n_us" href="/subscribe/">Subscribe</a> <a class="gnt_n_us" href="/login/">Sign In</a></header>',
           '<main class="gnt_cw"><article class="gnt_pr">',
           '<div class="gnt_ar_lbl"><a href="/news/world/">WORLD</a></div>',
           f'<h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
           '<div class="gnt_ar_by">' + " ".join(f'<a class="gnt_ar_by_a" href="/staff/{i + 7731}/">{esc(n)}</a>' for i, n in enumerate(S["authors"]))
           + '<div class="gnt_ar_by_o">USA TODAY</div></div>',
           f'<div class="gnt_ar_dt" aria-label="{pl} | {ul}">{pl} | {ul}</div>',
           '<div class="gnt_ss"><button>Facebook</button> <button>Email</button> <button>Twitter</button> <button>Share</button></div>',
           f'<p class="gnt_ar_b_p">{esc(S["lede"])}</p>', '<div class="gnt_lb">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} ET {gannett_ap(d)}"; stamps.append(st)
        out.append(f'<article class="gnt_lb_p" id="post-{5520 - i}"><h2 class="gnt_lb_hl">{esc(e["h"])}</h2>')
        out.append(f'<div class="gnt_lb_meta"><span class="gnt_lb_au">{esc(e["a"])}</span> <span class="gnt_lb_org">USA TODAY</span> '
                   f'<span class="gnt_lb_ts">{st}</span></div>')
        if e["p"]:
            out += [f'<p class="gnt_lb_b_p">{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<figure class="gnt_em_vp"><div class="gnt_em_vp_c">Video player: 0:58</div></figure>')
        out.append('</article>')
        if i == 3:
            out.append('<aside class="gnt_nl"><p>Stay on top of the news from Fort Liberty and beyond.</p><p>Sign up for our Daily Briefing newsletter.</p>'
                       '<input type="email" placeholder="Enter email address"> <button>Sign Up</button></aside>')
    out += ['</div>', f'<p class="gnt_ar_b_p"><em>{esc(S["contrib"])}</em></p>', '</article>',
            '<aside class="gnt_rr"><h3>Most Popular</h3><ul><li><a href="/story/news/local/2023/05/26/fayetteville-memorial-day-events/">Memorial Day events planned across Cumberland County</a></li>'
            '<li><a href="/story/sports/2023/05/26/cape-fear-baseball-regional/">Cape Fear rallies to reach regional final</a></li></ul></aside></main>',
            '<footer class="gnt_f"><a href="/about/">About Us</a> <a href="/newsletters/">Newsletters</a> <a href="/help/">Help Center</a> '
            '<a href="/privacy/">Privacy Policy</a> <a href="/terms/">Terms of Service</a> <a href="/privacy-choices/">Your Privacy Choices</a>'
            '<p>© 2023 www.fayobserver.com. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_starnews(S):
    """StarNews (Gannett) article with section headings, copied as text. No per-section time: the page prints
    'Published 6:02 a.m. ET June 30, 2023 | Updated 11:47 a.m. ET June 30, 2023' once; one byline (name + 'USA TODAY')."""
    z = S["zone"]; pub = dt(S["published"], z); upd = dt(S["updated"], z)
    for e in S["entries"]:
        assert e["t"] == S["published"]
    L = ["Skip to main content", "", "StarNews", "Subscribe", "Sign In", "",
         "Home   News   Sports   Wrightsville Beach   Things to Do   Opinion   Obituaries   eNewspaper   Legals", "",
         "WORLD", "", S["title"], "", S["author"], "USA TODAY", "",
         f"Published {ampm(pub, space=' ', dots=True)} ET {AP_MONTHS[pub.month - 1]} {pub.day}, {pub.year} | "
         f"Updated {ampm(upd, space=' ', dots=True)} ET {AP_MONTHS[upd.month - 1]} {upd.day}, {upd.year}", "",
         S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        stamps.append(None)
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["Related: Ukraine's counteroffensive, explained in maps", ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += [S["contrib"], "", "Most Popular", "Wilmington beaches brace for holiday weekend crowds", "Port City fireworks: where to watch on the Fourth", "",
          "About Us   Newsletters   Help Center   Privacy Policy   Terms of Service   Your Privacy Choices",
          "© 2023 www.starnewsonline.com. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_reflector(S):
    """The Daily Reflector (Adams Publishing, BLOX) 'AP World' section front, HTML. Cards newest first: h3 headline,
    AP byline, summary, and a <time datetime="...-04:00"> whose visible text is relative ('2 hrs ago', floored at capture
    time); no absolute clock is printed. No JSON-LD."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | reflector.com</title>',
           '<meta property="og:site_name" content="The Daily Reflector">', '<link rel="canonical" href="https://www.reflector.com/ap/world/">',
           '</head><body class="section-front">',
           '<div class="top-bar"><a href="/eedition/">e-Edition</a> <a href="/subscribe/">Subscribe</a> <a href="/users/login/">Login</a></div>',
           '<header><a class="navbar-brand" href="/">The Daily Reflector</a>'
           f'<div class="weather">Greenville, NC <span>88°</span> Partly Cloudy</div>'
           '<nav><a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/sports/ecu/">ECU Pirates</a> <a href="/opinion/">Opinion</a> '
           '<a href="/obituaries/">Obituaries</a> <a href="/community/">Community</a> <a href="/ap/">AP</a></nav></header>',
           f'<main><h1 class="block-title">{esc(S["title"])}</h1>', '<div class="card-grid">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        st = f"{mins} min ago" if mins < 60 else ("1 hr ago" if mins < 120 else f"{mins // 60} hrs ago")
        stamps.append(st)
        uid = blox_uuid(907, i)
        out += [f'<article class="tnt-asset-type-article card" id="article_{uid}">',
                f'<h3 class="tnt-headline"><a href="/ap/world/{e["slug"]}/article_{uid}.html">{esc(e["h"])}</a></h3>',
                f'<ul class="list-inline card-byline"><li><span class="tnt-byline">{esc(e["byline"])}</span></li>'
                f'<li><time datetime="{iso(d)}" class="tnt-date asset-date text-muted">{st}</time></li></ul>']
        out += [f'<p class="tnt-summary">{esc(p)}</p>' for p in e["p"]]
        out.append('</article>')
        if i == 2:
            out.append('<div class="tnt-ads-container"><span>Advertisement</span></div>')
    out += ['</div>', '<a class="btn load-more" href="?o=7">Load more</a>', '</main>',
            '<aside><h4>Most Read</h4><ul><li><a>Pitt County commissioners set vote on school bond</a></li>'
            '<li><a>Pirates open camp with quarterback battle unsettled</a></li></ul></aside>',
            '<footer><p>© Copyright 2023 The Daily Reflector, 1150 Sugg Parkway Greenville, NC | Terms of Use | Privacy Policy</p>'
            '<p>Powered by BLOX Content Management System from TownNews.com.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_bdt(S):
    """Bluefield Daily Telegraph (CNHI, BLOX) print-style 'Nation & World briefs' page, copied as text. One credit line
    ('From wire reports'), one posting line with date and clock (no zone; Eastern implied). Each brief: headline, wire
    dateline paragraph(s); no per-brief time."""
    z = S["zone"]; pub = dt(S["published"], z)
    for e in S["entries"]:
        assert e["t"] == S["published"]
    L = ["Skip to main content", "", "Bluefield Daily Telegraph", "Subscribe   Login   e-Edition", "",
         "News   Sports   Obituaries   Opinion   Community   Classifieds   Contact Us", "",
         "Bluefield, WV", "52°", "Clear", "", "News", "", S["title"], "", S["credit"], "",
         f"Posted {SHORT_MONTHS[pub.month - 1]} {pub.day}, {pub.year} at {ampm(pub, space=' ', dots=True)}", "",
         "Facebook   Twitter   Email   Print", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        stamps.append(None)
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Trending Now", "Mercer County Halloween events move indoors", "Graham football clinches playoff berth", "",
          "Copyright 2023 Bluefield Daily Telegraph, a CNHI company.", "Powered by BLOX Content Management System from TownNews.com."]
    return "\n".join(L) + "\n", stamps


def r_fls(S):
    """The Free Lance-Star (Lee, BLOX) day timeline, HTML. NewsArticle JSON-LD (page times). Oldest first; each item a
    '6:10 a.m. EST' line above an h3 headline, body paragraphs and a trailing credit line ('— The Associated Press' or
    '— Free Lance-Star staff'). Page date 'Nov 19, 2023' and a generic page credit."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": S["url"], "headline": S["title"],
          "datePublished": iso(first), "dateModified": iso(last), "articleSection": "Nation & World",
          "author": [{"@type": "Organization", "name": "The Free Lance-Star"}],
          "publisher": {"@type": "Organization", "name": "The Free Lance-Star"}}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | fredericksburg.com</title>',
           f'<link rel="canonical" href="{S["url"]}">', '<meta property="og:site_name" content="The Free Lance-Star">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="asset-body">',
           '<header id="site-header"><a class="navbar-brand" href="/">The Free Lance-Star</a>'
           '<div class="weather-now">Fredericksburg, VA <span>49°</span> Clear</div>'
           '<nav><a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> '
           '<a href="/entertainment/">Entertainment</a> <a href="/eedition/">e-Edition</a> <a href="/subscribe/">Subscribe</a></nav></header>',
           '<main><article>', '<div class="asset-section"><a href="/news/nation-world/">Nation &amp; World</a></div>',
           f'<h1 class="headline"><span class="tnt-headline">{esc(S["title"])}</span></h1>',
           f'<ul class="list-inline asset-byline"><li><span class="tnt-byline">{esc(S["credit"])}</span></li></ul>',
           f'<ul class="list-inline"><li><time datetime="{iso(first)}">{SHORT_MONTHS[first.month - 1]} {first.day}, {first.year}</time></li></ul>',
           '<div id="article-content" class="asset-content">', f'<p>{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} {d.tzname()}"; stamps.append(st)
        out.append('<div class="timeline-item">')
        out.append(f'<p class="timeline-time"><strong>{st}</strong></p>')
        out.append(f'<h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="credit"><em>— {esc(e["credit"])}</em></p>')
        out.append('</div>')
        if i == 2:
            out.append('<aside class="newsletter-promo"><h4>Daily Headlines</h4><p>Sign up to get the top stories delivered each morning.</p><button>Sign up!</button></aside>')
    out += ['</div>', '<div class="tags"><a>Russia-Ukraine War</a> <a>Ukraine</a> <a>Fredericksburg</a></div>',
            '<section class="related"><h4>Related to this story</h4><ul><li><a href="/news/local/ukrainian-family-settles-in-spotsylvania/">Ukrainian family finds a new start in Spotsylvania</a></li></ul></section>',
            '</article></main>',
            '<footer><p>© Copyright 2023, The Free Lance-Star, 1340 Central Park Blvd. Suite 100 Fredericksburg, VA</p>'
            '<p>Powered by BLOX Content Management System from TownNews.com.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ================================================================ Part B renderers (invented outlets)

def r_kestrel(S):
    """Kestrelmouth Courier: text live blog, newest first, 'HH:MM GMT' line above the headline, 'Key Points' block,
    trailing '— Reporting by NAME' lines."""
    z = S["zone"]; order_check(S, True)
    L = ["Kestrelmouth Courier", "Home | News | World | Business | Sport | Opinion", "", "LIVE", S["title"], S["dateline"], "",
         S["lede"], "", "Key Points"]
    for e in S["entries"]:
        if e["kp"]:
            L.append(e["h"])
    L += ["", "Latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"— Reporting by {e['a']}", ""]
        if i == 3:
            L += ["Sign up to the Courier's World Briefing, sent every weekday morning.", ""]
    L += ["Load earlier updates", "", "© Kestrelmouth Courier | Contact us | Privacy | Cookies"]
    return "\n".join(L) + "\n", stamps


def r_fennistone(S):
    """Fennistone Herald: HTML live blog, oldest first. JSON-LD @graph whose main node has @type
    ["NewsArticle","LiveBlogPosting"] and one liveBlogUpdate per post (own headline and datePublished +02:00).
    Visible per-post <time datetime> showing 'HH:MM' (Kyiv time); date printed once in the header."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": e["h"], "datePublished": iso(d),
                    "articleBody": " ".join(e["p"]), "author": {"@type": "Person", "name": e["a"]}})
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "@id": "https://fennistone-herald.example/#website", "name": S["source"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"] + "#live", "headline": S["title"],
         "datePublished": iso(first), "dateModified": iso(last), "coverageStartTime": iso(first),
         "isPartOf": {"@id": "https://fennistone-herald.example/#website"}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header class="masthead"><a href="/">{S["source"]}</a><nav><a>World</a> <a>Europe</a> <a>Ukraine</a> <a>Opinion</a></nav></header>',
           '<main class="live">', '<span class="live-badge">Live</span>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="live-date">{S["dateline"]}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           '<p class="tz-note">All times are Kyiv time.</p>', '<ol class="posts">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<li class="post" id="post-{i + 1}"><time datetime="{iso(d)}">{st}</time>')
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="post-byline">By {esc(e["a"])}</p></li>')
        if i == 2:
            out.append('<li class="promo">Read more: How Ukraine’s air defences are stretched across a 1,000km front</li>')
    out += ['</ol>', '</main>', f'<footer>{S["source"]} · About · Contact · Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):
    """Generic RSS 2.0 news feed (pubDate in GMT or with a numeric offset, optional dc:creator)."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["home"]}</link>',
           f'<atom:link href="{attr(S["url"])}" rel="self" type="application/rss+xml" />',
           f'<description>{esc(S["desc"])}</description>', '<language>en-gb</language>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822_gmt(d) if S.get("gmt") else rfc822(d); stamps.append(st)
        link = f"{S['home']}{e['slug']}-{i + 101}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>']
        if e.get("creator"):
            out.append(f'<dc:creator>{esc(e["creator"])}</dc:creator>')
        out += [f'<description>{esc(" ".join(e["p"]))}</description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Generic Atom feed (published/updated as ISO with offset or Z, optional author, escaped-HTML summary)."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    fmt = isoz if S.get("zulu") else iso
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<link href="{attr(S["url"])}" rel="self" />', f'<link href="{attr(S["home"])}" />', f'<id>{esc(S["url"])}</id>',
           f'<updated>{fmt(last)}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = fmt(d); stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link href="{S["home"]}{e["slug"]}" />',
                f'<id>tag:{S["tag"]},{d:%Y-%m-%d}:{i + 501}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e.get("creator"):
            out.append(f'<author><name>{esc(e["creator"])}</name></author>')
        body = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        out += [f'<summary type="html">{esc(body)}</summary>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_article(S):
    """Merrowcliff Review: text article with a dateline (date, clock, CET), one byline and section headings;
    each section is one entry without its own time."""
    L = [S["source"], "World | Europe", "", S["title"], "", S["standfirst"], "", S["byline_line"], S["dateline"], ""]
    stamps = []
    for e in S["entries"]:
        assert e["t"] == S["published"]
        stamps.append(None)
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Topics: Ukraine, Russia, Central Asia", "More from the Review: The quiet race for Central Asia’s gas"]
    return "\n".join(L) + "\n", stamps


def r_tovington(S):
    """Tovington Post: HTML live blog without JSON-LD, newest first, '19:30 EET' in a <span> above each h2,
    date printed once; 'Photos:' teaser post with only a gallery."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8">', f'<title>{esc(S["title"])} – {S["source"]}</title></head><body>',
           f'<div class="brand">{S["source"]}</div>', '<div class="menu">News · World · Ukraine war · Video · Newsletters</div>',
           f'<h1>{esc(S["title"])}</h1>', f'<div class="updated">{S["dateline"]}</div>', f'<div class="intro">{esc(S["lede"])}</div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        out.append(f'<section class="entry"><span class="ts">{st}</span>')
        out.append(f'<h2>{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">[gallery: 9 images]</div>')
        out.append('</section>')
        if i == 1:
            out.append('<div class="ad">Advertisement</div>')
    out += ['<div class="more">Show older posts</div>', f'<footer>© {S["source"]}</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_snaithby(S):
    """Snaithby Evening News: text live blog, oldest first, '5:10 AM ET' line, headline, 'Posted by NAME' line
    (a syndicated item names its original outlet in brackets), body."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "News  World  Politics  Business  Sport", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', upper=True)} ET"; stamps.append(st)
        L += [st, e["h"], e["posted"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["This live coverage has ended.", f"© {S['source']}"]
    return "\n".join(L) + "\n", stamps


def r_inglestow(S):
    """Inglestow Courier: text live blog, oldest first, bare 'HH:MM' lines (Kyiv time said once), date line without a
    year, two-name page byline, 'Video:' teaser."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Front page · World · Ukraine · Comment · Podcasts", "", S["title"], S["dateline"], S["byline_line"], "",
         S["lede"], "All times are Kyiv time.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if not e["p"]:
            L += ["[video, 0:41]", ""]
        if i == 3:
            L += ["Support independent reporting: become a Courier member.", ""]
    L += ["Refresh for the latest updates", f"{S['source']} · Terms · Privacy"]
    return "\n".join(L) + "\n", stamps


def r_amberhithe(S):
    """Amberhithe Journal: HTML live blog, newest first. LiveBlogPosting JSON-LD whose liveBlogUpdate items all carry the
    PAGE's headline and datePublished (only articleBody is per post); visible per-post <time datetime="...Z">2:05pm</time>
    and a '— NAME' signature."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    pub = dt(S["published"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#block-{7700 + i}", "headline": S["title"], "datePublished": isoz(pub),
            "dateModified": isoz(last), "articleBody": " ".join(e["p"])} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": isoz(pub), "dateModified": isoz(last), "coverageStartTime": isoz(pub),
          "publisher": {"@type": "Organization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="logo" href="/">{S["source"]}</a><nav>News Ukraine World Business Culture</nav></header>',
           '<main>', f'<h1>{esc(S["title"])}</h1>', f'<p class="meta">{S["dateline"]}</p>', f'<div class="summary">{esc(S["lede"])}</div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d); stamps.append(st)
        out.append(f'<div class="block" id="block-{7700 + i}"><time datetime="{isoz(d)}">{st}</time>')
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="sig">— {esc(e["a"])}</p></div>')
        if i == 2:
            out.append('<div class="promo">Get the Amberhithe Journal daily briefing</div>')
    out += ['</main>', f'<footer>{S["source"]} · Contact · Privacy · Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def B(e, byline, **kw):
    e["byline"] = byline
    e.update(kw)
    return e


# ================================================================ PART A: ten real outlets' layouts (own words)
SEEDS = []
ET = "America/New_York"

# ---------------------------------------------------------------- 10900 Charleston Gazette-Mail (AP 'The Latest', text)
SEEDS.append(dict(
  id="10900", name="10900_wvgazettemail-thelatest", ext="txt", source="Charleston Gazette-Mail", zone=ET, render=r_gazettemail,
  title="The Latest: Ukraine says its troops are holding on in Soledar",
  lede="KYIV, Ukraine (AP) — The Latest on Russia's war in Ukraine:",
  basis="bare AP clock '{s}' (Eastern time implied: the page prints no zone; AP's 'The Latest' runs on ET and the outlet is in Charleston, WV, EST = UTC-5) on the page dated 'Jan 9, 2023'; newest first, no midnight crossing; local {d} in {z}",
  notes="Imitates a TownNews BLOX article page of the Charleston Gazette-Mail carrying AP's 'The Latest' roll-up, copied as text. One page byline 'By The Associated Press' (author of every item), page date 'Jan 9, 2023' and a relative 'Updated 7 hrs ago' chrome line. Items newest first, each opened by a bare clock line ('5:40 p.m.', no zone, no date) with NO item headline (headline null; first_sentence includes the wire dateline where one is printed) and separated by '___' lines. Times are Eastern (EST, UTC-5); all seven fall on 2023-01-09 in UTC.",
  not_entries=["'Skip to main content' and the BLOX editor chrome ('You have permission to edit this article.', 'Edit', 'Close')",
               "masthead, Subscribe / Log In / e-Edition and the navigation menu", "weather widget (Charleston, WV, 34°, Cloudy)",
               "section label 'Nation & World'", "page headline (page title)", "page byline 'By The Associated Press'",
               "page date 'Jan 9, 2023' and 'Updated 7 hrs ago'", "share bar (Facebook, Twitter, WhatsApp, SMS, Email, Print, Save)",
               "lede line 'KYIV, Ukraine (AP) — The Latest on Russia's war in Ukraine:'", "'___' separator lines between items",
               "'Advertisement' marker", "AP copyright line", "'Tags' and the tag list", "'Most Popular' with two local headlines",
               "newsletter sign-up box", "footer copyright and BLOX credit lines"],
  entries=[
  E("2023-01-09 17:40", None,
    ["Ukraine's military says its soldiers are still holding Soledar despite what a deputy defense minister called the heaviest Russian assault on the salt-mining town in months.",
     "Deputy Defense Minister Hanna Maliar said Monday evening that Russian commanders had sent fresh waves of Wagner fighters against Ukrainian positions and that the fighting was going on street by street.",
     "Her statement came hours after the head of the Wagner group claimed on social media that his men controlled most of the town, a claim that could not be independently verified."],
    "other", "frontline", 2, "soledar-fighting-2023-01-09", a="The Associated Press"),
  E("2023-01-09 15:55", None,
    ["OSLO, Norway — Norway will send Ukraine another shipment of 155mm artillery shells and help pay for repairs to worn-out howitzers, Defense Minister Bjørn Arild Gram said Monday.",
     "Gram did not say how many shells were involved. He said the decision followed a request from Kyiv for ammunition to keep its guns firing in the east through the winter."],
    "aid", "aid", 2, "norway-artillery-shells-2023-01-09", a="The Associated Press"),
  E("2023-01-09 14:20", None,
    ["KHERSON, Ukraine — Russian shelling killed two civilians and wounded five others in the city of Kherson on Monday, the regional governor said.",
     "Yaroslav Yanushevych wrote on Telegram that shells hit a residential street and a bus stop near the city's central market. Kherson has come under near-daily fire from Russian forces on the far bank of the Dnieper River since Ukraine retook it in November."],
    "strikes", "strikes", 3, "kherson-shelling-2023-01-09", a="The Associated Press"),
  E("2023-01-09 12:05", None,
    ["MOSCOW — The Kremlin said Monday it sees no basis for peace talks with Ukraine for now, repeating that Kyiv would have to accept what Moscow calls the new territorial realities.",
     "Kremlin spokesman Dmitry Peskov told reporters that Russia had not received any serious proposals from the Ukrainian side. Ukrainian officials have said they will not negotiate until Russian troops leave the country."],
    "diplomacy", "diplomacy", 2, "kremlin-no-basis-for-talks-2023-01-09", a="The Associated Press"),
  E("2023-01-09 10:30", None,
    ["MINSK, Belarus — Belarus' Defense Ministry said Monday its air force would hold joint exercises with Russian aviation units starting next week, the latest in a series of drills that have kept Ukraine on alert along its northern border.",
     "The ministry called the drills defensive. Ukrainian officials have warned repeatedly that Russia could try to use Belarusian territory for a new push toward Kyiv."],
    "other", "security", 2, "belarus-russia-air-drills-announced-2023-01-09", a="The Associated Press"),
  E("2023-01-09 08:45", None,
    ["Ukraine's national grid operator said power cuts would stay in place in Kyiv and eight other regions on Monday as engineers kept repairing equipment damaged by Russian missile strikes.",
     "Ukrenergo said milder weather had eased demand somewhat, but it urged households to limit the use of heaters and other appliances in the evening."],
    "other", "humanitarian", 2, "ukraine-power-cuts-2023-01-09", a="The Associated Press", sec=["strikes"]),
  E("2023-01-09 06:15", None,
    ["KRAMATORSK, Ukraine — Reporters who visited two college dormitories in Kramatorsk that Russia said it had struck found no sign of the mass casualties claimed by Moscow.",
     "Russia's Defense Ministry said Sunday that a missile attack on the buildings had killed hundreds of Ukrainian soldiers, calling it revenge for a deadly New Year's strike on Russian troops in Makiivka. The buildings had broken windows but no visible direct hits, and local officials said no one was killed."],
    "strikes", "strikes", 2, "kramatorsk-dormitory-strike-claim-2023-01-08", a="The Associated Press",
    n="claim about an attack (Russian claim disputed on the ground) -> strikes"),
  ]))

# ---------------------------------------------------------------- 10901 The Herald-Dispatch (BLOX RSS)
SEEDS.append(dict(
  id="10901", name="10901_heralddispatch-nationworldrss", ext="xml", source="The Herald-Dispatch", zone=ET, render=r_hd_rss,
  title="herald-dispatch.com - Nation & World",
  url="https://www.herald-dispatch.com/search/?f=rss&t=article&c=news/nation_world&l=50&s=start_time&sd=desc",
  basis="RSS pubDate '{s}' (explicit -0400 offset, EDT); local {d} in {z}",
  notes="Imitates the TownNews BLOX RSS 2.0 feed of The Herald-Dispatch's 'Nation & World' section. Newest first. Each item: title, link, one plain-text summary in a CDATA description (body_paragraphs 1), pubDate with the local offset (-0400), guid, dc:creator 'By NAME Associated Press' (author = NAME as printed, capitals kept; 'By The Associated Press' gives 'The Associated Press'), category tags and an image enclosure. Two of six items are not about the war (off-beat). first_sentence includes the '(AP) —' dateline.",
  not_entries=["channel title, link, description, generator, language and ttl", "atom:link self reference", "per-item guid, link, category tags and image enclosure"],
  entries=[
  B(E("2023-03-24 18:20", "EU leaders back plan to rush a million artillery shells to Ukraine",
      ["BRUSSELS (AP) — European Union leaders on Friday endorsed a plan to send Ukraine one million artillery shells within a year, combining deliveries from national stockpiles with the bloc's first joint purchases of ammunition. The plan, backed by about 2 billion euros from an EU fund, still depends on defense companies raising their output."],
      "aid", "aid", 3, "eu-one-million-shells-plan-2023-03", a="ANNELIESE VOSS", n="major aid package"),
    "By ANNELIESE VOSS Associated Press", slug="eu-leaders-back-plan-to-rush-a-million-artillery-shells-to-ukraine", cats=["Politics", "Military And Defense"]),
  B(E("2023-03-24 16:05", "Russian missiles hit Kostiantynivka, killing 3",
      ["KYIV, Ukraine (AP) — A Russian missile attack on the eastern city of Kostiantynivka killed three civilians and wounded at least nine on Friday, Ukrainian officials said. The Donetsk regional governor, Pavlo Kyrylenko, said the missiles damaged apartment buildings, a school and an office block."],
      "strikes", "strikes", 3, "kostiantynivka-missile-strike-2023-03-24", a="DARIA HOLUB"),
    "By DARIA HOLUB Associated Press", slug="russian-missiles-hit-kostiantynivka-killing-3", cats=["Russia-Ukraine War"]),
  B(OFF("2023-03-24 14:30", "King Charles III's state visit to France postponed amid pension unrest",
        ["PARIS (AP) — King Charles III's first state visit as monarch, planned for next week in France, has been put off because of the violent protests over President Emmanuel Macron's pension reform, the French presidency said Friday. Officials said the trip would be rescheduled as soon as possible."],
        "king-charles-france-visit-postponed-2023-03-24", a="CLAIRE DUMAS", n="French pension protests / royal visit"),
    "By CLAIRE DUMAS Associated Press", slug="king-charles-iiis-state-visit-to-france-postponed", cats=["Royalty"]),
  B(E("2023-03-24 12:10", "Ukrainian commander says counterattack near Bakhmut could come soon",
      ["KYIV, Ukraine (AP) — The commander of Ukraine's ground forces, Col. Gen. Oleksandr Syrskyi, said Russian troops attacking Bakhmut were losing strength and that Ukraine would soon take advantage of it. In a Telegram post, he said Wagner fighters had suffered heavy losses in recent weeks."],
      "other", "frontline", 2, "syrskyi-bakhmut-counterattack-remark-2023-03", a="YURI MELNYK"),
    "By YURI MELNYK Associated Press", slug="ukrainian-commander-says-counterattack-near-bakhmut-could-come-soon", cats=["Russia-Ukraine War"]),
  B(OFF("2023-03-24 10:45", "Deutsche Bank shares slide as banking jitters return",
        ["FRANKFURT, Germany (AP) — Shares in Deutsche Bank fell sharply Friday as worries about the health of the banking sector resurfaced, a week after the rescue of Credit Suisse. Germany's chancellor said the lender was profitable and that there was no reason for concern."],
        "deutsche-bank-shares-slide-2023-03-24", a="MARTIN ROLFE", n="European bank shares"),
    "By MARTIN ROLFE Associated Press", slug="deutsche-bank-shares-slide-as-banking-jitters-return", cats=["Business"]),
  B(E("2023-03-24 08:30", "UN monitors say both sides executed prisoners of war",
      ["KYIV, Ukraine (AP) — The U.N. human rights monitoring mission in Ukraine said Friday it had documented summary executions of prisoners of war by both Russian and Ukrainian forces, and it urged both sides to investigate. The mission said most of the cases it recorded involved Ukrainian soldiers killed soon after capture."],
      "other", "humanitarian", 2, "un-pow-executions-report-2023-03-24", a="The Associated Press", n="war-crimes report -> other/humanitarian"),
    "By The Associated Press", slug="un-monitors-say-both-sides-executed-prisoners-of-war", cats=["Russia-Ukraine War", "United Nations"]),
  ]))

# ---------------------------------------------------------------- 10902 The Daily Progress (BLOX live article, HTML)
SEEDS.append(dict(
  id="10902", name="10902_dailyprogress-live", ext="html", source="The Daily Progress", zone=ET, render=r_dailyprogress,
  title="Ukraine war live: Children taken to Russia return home; Pentagon reviews document leak",
  url="https://dailyprogress.com/news/nation-world/ukraine-war-live-children-return-pentagon-leak/article_5c1f0e2a-d61b-11ed-9a3e-7b1f4c0d2e11.html",
  lede="Follow the latest developments in Russia's war in Ukraine on Saturday.",
  basis="entry clock '{s}' (zone printed: EDT = UTC-4) under the page date 'Apr 8, 2023'; local {d} in {z}",
  notes="Imitates a Lee Enterprises BLOX article page (The Daily Progress) with AP live coverage. NewsArticle JSON-LD gives page times only (first and last entry); no LiveBlogPosting. Entries newest first: a '<time>' line such as '5:10 PM EDT' (capital AM/PM with zone) above an h3 headline. One page byline 'By The Associated Press' for every entry. The date is printed only once ('Apr 8, 2023').",
  not_entries=["top bar (e-Edition, Log In, Subscribe)", "masthead, weather widget and navigation", "section label 'Nation & World'",
               "page headline (page title)", "page byline 'By The Associated Press'", "page date 'Apr 8, 2023'", "share bar",
               "intro paragraph 'Follow the latest developments ...'", "'Advertisement' marker", "newsletter sign-up box",
               "AP copyright line", "tags", "'Related to this story' link", "footer"],
  entries=[
  E("2023-04-08 17:10", "Zelenskyy says Bakhmut defenders face relentless pressure",
    ["President Volodymyr Zelenskyy said Saturday that Ukrainian units defending Bakhmut were under constant attack and that commanders on the ground would decide whether to keep holding their positions.",
     "In his nightly video address, he thanked several brigades in the city by name and said Russia was paying a heavy price for every street it took."],
    "other", "frontline", 2, "zelenskyy-bakhmut-remarks-2023-04-08", a="The Associated Press"),
  E("2023-04-08 15:25", "Russian shelling kills 2 in Kupiansk area, governor says",
    ["Russian artillery fire killed two men and wounded a woman in villages near Kupiansk in the Kharkiv region, Gov. Oleh Syniehubov said Saturday.",
     "He said a farm building and several houses caught fire. Kupiansk, a rail hub retaken by Ukraine in September, has come under heavier attack as Russian forces push west from the Luhansk region."],
    "strikes", "strikes", 3, "kupiansk-area-shelling-2023-04-08", a="The Associated Press"),
  E("2023-04-08 13:40", "Pentagon reviewing leak of apparently secret war documents",
    ["The Pentagon said it was still assessing dozens of documents marked as classified that describe the war in Ukraine and have circulated on social media sites.",
     "A spokesperson said the matter had been referred to the Justice Department. Some of the images appeared to have been altered, U.S. officials said, including casualty figures changed to understate Russian losses."],
    "other", "security", 2, "pentagon-document-leak-2023-04", a="The Associated Press"),
  E("2023-04-08 11:55", "Children taken to Russia reunited with families",
    ["Thirty-one Ukrainian children who had been taken to Russia or to Russian-occupied areas were back with their families on Saturday after a rescue effort organized by a Ukrainian charity.",
     "Some of the children said they had been placed in camps or boarding schools and told they would not go home. Ukraine says thousands of children have been deported, an accusation Russia rejects."],
    "other", "humanitarian", 2, "ukraine-children-returned-from-russia-2023-04-08", a="The Associated Press"),
  E("2023-04-08 10:05", "Slovakia says remaining MiG-29 jets will reach Ukraine within weeks",
    ["Slovakia's defense minister, Jaroslav Naď, said Saturday that the rest of the MiG-29 fighter jets his country promised Ukraine would be handed over in the coming weeks.",
     "Slovakia delivered the first four of 13 jets last month. The planes are being moved in parts and reassembled by Ukrainian crews."],
    "aid", "aid", 2, "slovakia-mig29-delivery-2023-04", a="The Associated Press"),
  E("2023-04-08 08:20", "Russia says air defenses downed drones over Crimea",
    ["Russian-installed officials in Crimea said air defenses shot down several drones near the port city of Sevastopol early Saturday and that no damage was reported.",
     "Ukraine seldom comments on attacks on the peninsula, which Russia annexed in 2014."],
    "strikes", "strikes", 2, "crimea-drones-downed-2023-04-08", a="The Associated Press"),
  ]))

# ---------------------------------------------------------------- 10903 The News & Advance (BLOX section front, text)
SEEDS.append(dict(
  id="10903", name="10903_newsadvance-nationworld", ext="txt", source="The News & Advance", zone=ET, render=r_newsadvance,
  title="Nation & World", ref="2023-04-11 18:12",
  basis="BLOX relative stamp '{s}' counted back from the top-bar clock 'Tue, Apr 11, 2023 | 6:12 PM' (Lynchburg, Eastern time implied, EDT = UTC-4); local {d} in {z}",
  notes="Imitates a TownNews BLOX section front ('Nation & World') of The News & Advance as copied from the browser. The only absolute time is the top bar 'Tue, Apr 11, 2023 | 6:12 PM' (no zone printed; Lynchburg = Eastern, EDT). Cards newest first: headline, AP byline in capitals, relative 'Updated 38 min ago' / 'Updated 2 hrs ago', one summary paragraph. Every stamp is resolved back from the top-bar clock (the relative stamps are whole hours or minutes here, so they are exact). Author = the name between 'By' and 'Associated Press'; 'By The Associated Press' gives 'The Associated Press'. Two off-beat wire items (Biden in Belfast, IMF outlook).",
  not_entries=["'Skip to main content'", "top-bar date and clock line (capture time, used as the anchor)", "masthead and weather widget (Lynchburg, VA, 63°, Partly Cloudy)",
               "Subscribe / Log In / e-Edition / Newsletters", "navigation menu", "section heading 'Nation & World' (page title)",
               "'Breaking News' sign-up box", "'Advertisement' marker", "'Show more'", "'Trending' with two local headlines", "footer copyright and BLOX credit"],
  entries=[
  B(E("2023-04-11 17:34", "Russian lawmakers approve electronic draft notices",
      ["MOSCOW (AP) — Russia's lower house of parliament on Tuesday approved a bill allowing military call-up notices to be delivered electronically, a change critics say will make it much harder for men to avoid being drafted. The bill still needs the approval of the upper house and President Vladimir Putin's signature."],
      "other", "politics", 2, "russia-electronic-draft-notices-bill-2023-04-11", a="OLGA MARTYNOVA"), "By OLGA MARTYNOVA Associated Press"),
  B(E("2023-04-11 17:12", "Austin vows to find source of leaked war documents",
      ["WASHINGTON (AP) — Defense Secretary Lloyd Austin said Tuesday that the Pentagon would keep investigating until it found who leaked classified documents about the war in Ukraine, and that U.S. allies had been briefed on the breach."],
      "other", "security", 2, "austin-leak-investigation-vow-2023-04-11", a="TARA WILKES"), "By TARA WILKES Associated Press"),
  B(OFF("2023-04-11 16:12", "Biden arrives in Belfast for peace deal anniversary",
        ["BELFAST, Northern Ireland (AP) — President Joe Biden landed in Northern Ireland on Tuesday evening to mark 25 years since the Good Friday peace accord, beginning a four-day trip that will also take him to his ancestral homeland in the Republic of Ireland."],
        "biden-northern-ireland-visit-2023-04-11", a="AIDAN CLEARY", n="US president in Northern Ireland"), "By AIDAN CLEARY Associated Press"),
  B(E("2023-04-11 15:12", "Russia test-fires intercontinental ballistic missile",
      ["MOSCOW (AP) — Russia's military said Tuesday it had launched an intercontinental ballistic missile from a test range in the country's south, in what it described as a check of the reliability of its nuclear forces."],
      "other", "security", 2, "russia-icbm-test-2023-04-11", a="The Associated Press", n="weapons test -> other/security"), "By The Associated Press"),
  B(E("2023-04-11 13:12", "Shelling kills 2 in Nikopol across river from nuclear plant",
      ["KYIV, Ukraine (AP) — Russian shelling killed two people in the city of Nikopol on Tuesday, according to the governor of the Dnipropetrovsk region, who said dozens of shells hit the city overnight and into the morning."],
      "strikes", "strikes", 3, "nikopol-shelling-2023-04-11", a="HANNA SOKIL"), "By HANNA SOKIL Associated Press"),
  B(OFF("2023-04-11 11:12", "IMF trims outlook as banking turmoil adds to risks",
        ["WASHINGTON (AP) — The International Monetary Fund lowered its forecast for global growth this year and warned that recent stress in the banking system could slow the world economy further if it spreads."],
        "imf-world-economic-outlook-2023-04-11", a="DENNIS HARLOW", n="IMF forecast"), "By DENNIS HARLOW Associated Press"),
  B(E("2023-04-11 09:12", "Brazil's Lula heads to China, pitching a peace 'club' for Ukraine",
      ["SAO PAULO (AP) — Brazilian President Luiz Inácio Lula da Silva left for China on Tuesday carrying a proposal for a group of countries not directly involved in the war to mediate between Russia and Ukraine."],
      "diplomacy", "diplomacy", 3, "lula-ukraine-peace-club-2023-04", a="CARLA MENDES", n="head-of-state diplomatic move (mediation proposal)"), "By CARLA MENDES Associated Press"),
  ]))

# ---------------------------------------------------------------- 10904 Winston-Salem Journal (BLOX Atom)
SEEDS.append(dict(
  id="10904", name="10904_journalnow-worldatom", ext="xml", source="Winston-Salem Journal", zone=ET, render=r_journalnow_atom,
  title="journalnow.com - World", url="https://journalnow.com/search/?f=atom&t=article&c=news/nation-world&l=25&s=start_time&sd=desc",
  basis="Atom <published> '{s}' (explicit -04:00 offset, EDT); local {d} in {z}",
  notes="Imitates a TownNews BLOX Atom feed of the Winston-Salem Journal's world section. Newest first. <published>/<updated> carry the local offset (-04:00); <author><name> holds the BLOX byline 'By NAME Associated Press' (author = NAME; 'By The Associated Press' gives 'The Associated Press'); <content type=\"html\"> holds escaped <p> paragraphs. Two of six entries are off-beat (Sudan evacuation, London Marathon).",
  not_entries=["feed title, id, links, updated and generator", "per-entry id, alternate link and updated (same as published)"],
  entries=[
  B(E("2023-04-23 17:25", "Ukrainian troops gain foothold on Dnieper's eastern bank, analysts say",
      ["KYIV, Ukraine (AP) — Ukrainian troops appear to have set up positions on the Russian-held eastern bank of the Dnieper River near Kherson, a U.S.-based think tank said, citing geolocated footage.",
       "Ukraine's military declined to comment, saying such operations require silence."],
      "other", "frontline", 2, "ukraine-dnieper-east-bank-positions-2023-04", a="MYKOLA DANYLIUK"), "By MYKOLA DANYLIUK Associated Press",
    slug="ukrainian-troops-gain-foothold-on-dnieper-eastern-bank"),
  B(OFF("2023-04-23 15:10", "U.S. troops evacuate embassy staff from Sudan",
        ["WASHINGTON (AP) — U.S. special forces flew American diplomats and their families out of Sudan's capital, Khartoum, as fighting between rival generals entered its second week, President Joe Biden said.",
         "Thousands of private U.S. citizens remain in the country."],
        "sudan-embassy-evacuation-2023-04-23", a="ELLEN KNOX", n="Sudan fighting"), "By ELLEN KNOX Associated Press",
    slug="us-troops-evacuate-embassy-staff-from-sudan"),
  B(E("2023-04-23 13:40", "Russian shelling kills 2 in village near Kherson",
      ["KHERSON, Ukraine (AP) — Russian shelling killed two people in the village of Bilozerka outside Kherson on Sunday, the regional military administration said."],
      "strikes", "strikes", 3, "bilozerka-shelling-2023-04-23", a="The Associated Press"), "By The Associated Press",
    slug="russian-shelling-kills-2-in-village-near-kherson"),
  B(E("2023-04-23 11:55", "Berlin and Moscow trade diplomatic expulsions",
      ["BERLIN (AP) — Germany's Foreign Office said Sunday that a large number of Russian diplomats had been told to leave the country, and Moscow responded by announcing the expulsion of more than 20 German embassy staff.",
       "Relations between the two countries have sunk to their lowest point in decades since the invasion of Ukraine."],
      "diplomacy", "diplomacy", 3, "germany-russia-diplomat-expulsions-2023-04", a="GREGOR BLUM", n="ministerial diplomatic move (mass expulsions)"), "By GREGOR BLUM Associated Press",
    slug="berlin-and-moscow-trade-diplomatic-expulsions"),
  B(OFF("2023-04-23 10:20", "Kiptum wins London Marathon in course record",
        ["LONDON (AP) — Kelvin Kiptum of Kenya won the London Marathon on Sunday in the second-fastest time ever run over the distance, breaking the course record by more than a minute."],
        "london-marathon-2023-04-23", a="PATRICK LOWE", n="sport"), "By PATRICK LOWE Associated Press",
    slug="kiptum-wins-london-marathon-in-course-record"),
  B(E("2023-04-23 08:35", "Lavrov arrives in New York to chair U.N. Security Council meeting",
      ["UNITED NATIONS (AP) — Russian Foreign Minister Sergey Lavrov arrived in New York on Sunday ahead of a Security Council meeting he will chair on Monday while Russia holds the council's rotating presidency.",
       "Western diplomats said they would use the session to challenge Moscow over the war."],
      "diplomacy", "diplomacy", 3, "lavrov-un-security-council-visit-2023-04", a="MARGARET HOLT", n="ministerial diplomatic move"),
    "By MARGARET HOLT Associated Press", slug="lavrov-arrives-in-new-york-to-chair-un-security-council-meeting"),
  ]))

# ---------------------------------------------------------------- 10905 The Fayetteville Observer (Gannett live blog, HTML)
CLINIC = "dnipro-clinic-strike-2023-05-26"
SEEDS.append(dict(
  id="10905", name="10905_fayobserver-live", ext="html", source="The Fayetteville Observer", zone=ET, render=r_fayobserver,
  title="Russia-Ukraine war live updates: Zaluzhnyi video hints counteroffensive is near; Dnipro clinic toll rises",
  url="https://www.fayobserver.com/story/news/world/2023/05/26/russia-ukraine-war-live-updates-counteroffensive-dnipro/70261148007/",
  authors=["Erin Castellano", "Dev Rajan", "Noah Whitcomb"],
  lede="Follow here for the latest on the war in Ukraine as Kyiv prepares for an expected counteroffensive.",
  contrib="Contributing: The Associated Press",
  basis="post stamp '{s}' (clock, 'ET' and AP-style date printed per post; year from the page line 'Published 10:35 p.m. ET May 26, 2023 | Updated 3:20 p.m. ET May 27, 2023'; EDT = UTC-4); local {d} in {z}",
  notes="Imitates a USA TODAY Network (Gannett) live blog as run by The Fayetteville Observer. Newest first. Each post: h2 headline, author + 'USA TODAY', then '3:20 p.m. ET May 27' (no year per post; the year is only in the 'Published ... | Updated ...' line). The posts cross local midnight: the last one is 10:35 p.m. ET on May 26, which is 02:35 UTC on May 27, so all seven fall on 2023-05-27 in UTC. LiveBlogPosting JSON-LD with one liveBlogUpdate per post (times agree with the page). The last post is a 'Watch:' video teaser with no text.",
  not_entries=["header logo and navigation menu, Subscribe / Sign In", "section label 'WORLD'", "page headline (page title)",
               "page byline list (three names + 'USA TODAY')", "'Published ... | Updated ...' line", "share buttons",
               "intro paragraph 'Follow here for the latest ...' (page lede)", "'USA TODAY' affiliation label in each post's meta line",
               "video player placeholder 'Video player: 0:58' in the teaser post", "newsletter sign-up box after the fourth post",
               "'Contributing: The Associated Press' credit line", "'Most Popular' rail with two local links", "footer links and copyright line"],
  entries=[
  E("2023-05-27 15:20", "Zaluzhnyi video hints counteroffensive is close",
    ["Ukraine's commander in chief, Gen. Valerii Zaluzhnyi, posted a short video on Saturday showing soldiers preparing for battle, the clearest signal yet that Kyiv's long-awaited counteroffensive is near.",
     "The clip ends with a call to take back what belongs to Ukraine. Officials in Kyiv have declined to say when or where the push will begin."],
    "other", "frontline", 2, "zaluzhnyi-counteroffensive-video-2023-05-27", a="Erin Castellano"),
  E("2023-05-27 13:05", "Death toll from Dnipro clinic strike rises to 4",
    ["The death toll from Friday's Russian missile strike on a medical clinic in Dnipro rose to four on Saturday after rescuers recovered another body from the rubble, regional officials said.",
     "More than 30 people were wounded. Zelenskyy called the attack on the clinic, which also housed a veterinary hospital, a crime against humanity."],
    "strikes", "strikes", 3, CLINIC, a="Dev Rajan"),
  E("2023-05-27 11:10", "Air defenses down drones over Kyiv ahead of city's anniversary",
    ["Ukraine's air force said it shot down all of the drones Russia launched at Kyiv overnight, a day before the capital celebrates the anniversary of its founding.",
     "Falling debris damaged several cars in the Obolon district, city officials said. No injuries were reported."],
    "strikes", "strikes", 2, "kyiv-overnight-drone-attack-2023-05-27", a="Noah Whitcomb"),
  E("2023-05-27 09:40", "Wagner says handover of Bakhmut positions to Russian army has begun",
    ["The head of the Wagner mercenary group said his fighters had started handing over their positions in and around Bakhmut to regular Russian troops and would finish leaving by early June.",
     "Ukrainian officials said their forces still held a small area on the city's outskirts and were advancing on its flanks."],
    "other", "frontline", 2, "wagner-bakhmut-handover-2023-05", a="Dev Rajan"),
  E("2023-05-27 07:55", "Zelenskyy proposes 50-year sanctions on Iran",
    ["President Volodymyr Zelenskyy sent parliament a bill on Saturday that would impose sanctions on Iran for 50 years, citing Tehran's supply of attack drones to Russia.",
     "The measures would include a ban on trade and on the transit of goods across Ukrainian territory."],
    "diplomacy", "diplomacy", 3, "ukraine-iran-sanctions-bill-2023-05-27", a="Erin Castellano", sec=["aid"],
    n="head-of-state sanctions move (sanctions -> diplomacy; Iranian drones to Russia as secondary aid)"),
  E("2023-05-27 00:40", "Pentagon official: F-16 training for Ukrainian pilots could start within weeks",
    ["Training for Ukrainian pilots on U.S.-made F-16 fighter jets could begin within weeks, a senior Pentagon official said late Friday, once allies agree on where the instruction will take place.",
     "The Biden administration said last week it would support a coalition of countries training Ukrainian crews and eventually supplying the jets."],
    "aid", "aid", 2, "f16-training-timeline-2023-05", a="Noah Whitcomb"),
  E("2023-05-26 22:35", "Watch: Rescuers search rubble of clinic hit in Dnipro", [],
    "strikes", "strikes", 1, CLINIC, a="Erin Castellano", n="video teaser, no text body; local May 26 but 02:35 UTC May 27"),
  ]))

# ---------------------------------------------------------------- 10906 StarNews (Gannett article with sections, text)
SEEDS.append(dict(
  id="10906", name="10906_starnewsonline-article", ext="txt", source="StarNews", zone=ET, render=r_starnews,
  title="Kramatorsk death toll climbs to 13 as Russia's commanders face questions after mutiny: Ukraine war updates",
  author="Maria Delgado", published="2023-06-30 06:02", updated="2023-06-30 11:47",
  lede="Here is what we know about the war in Ukraine on Friday.",
  contrib="Contributing: The Associated Press",
  basis="no time per section; published = the page's 'Published 6:02 a.m. ET June 30, 2023' (EDT = UTC-4); local {d} in {z}",
  notes="Imitates a Gannett (USA TODAY Network) round-up article as run by StarNews, copied as text. Six section headings, each an entry (headline = heading, stamp null); no per-section time, so every entry takes the page's first-publication time from 'Published 6:02 a.m. ET June 30, 2023 | Updated 11:47 a.m. ET June 30, 2023' (convention: Published, not Updated). One byline (Maria Delgado, USA TODAY) used as author of every section. A 'Related:' link line sits between sections.",
  not_entries=["'Skip to main content', masthead, Subscribe / Sign In and navigation", "section label 'WORLD'", "page headline (page title)",
               "byline 'Maria Delgado' + 'USA TODAY'", "'Published ... | Updated ...' line", "lede 'Here is what we know about the war in Ukraine on Friday.'",
               "'Related: Ukraine's counteroffensive, explained in maps' link line", "'Advertisement' marker",
               "'Contributing: The Associated Press'", "'Most Popular' with two local headlines", "footer links and copyright"],
  entries=[
  E("2023-06-30 06:02", "Kramatorsk toll reaches 13",
    ["The number of people killed by a Russian missile that hit a busy pizza restaurant in the eastern city of Kramatorsk on Tuesday has risen to 13, including three teenagers, Ukraine's emergency service said.",
     "Ukrainian authorities have detained a man they accuse of helping to direct the strike by sending Russian forces information about the restaurant."],
    "strikes", "strikes", 3, "kramatorsk-restaurant-strike-2023-06-27", a="Maria Delgado"),
  E("2023-06-30 06:02", "Surovikin has not been seen since mutiny",
    ["Gen. Sergei Surovikin, a deputy commander of Russia's forces in Ukraine, has not appeared in public since the Wagner group's short-lived rebellion last weekend, fueling speculation that he has been detained.",
     "The Kremlin declined to comment on his whereabouts and referred questions to the Defense Ministry."],
    "other", "politics", 2, "surovikin-whereabouts-2023-06", a="Maria Delgado"),
  E("2023-06-30 06:02", "Ukraine reports gains around Bakhmut",
    ["Ukraine's deputy defense minister said troops had advanced about a kilometer on Bakhmut's southern flank over the past week and were pressing Russian positions north of the city."],
    "other", "frontline", 2, "ukraine-bakhmut-flank-gains-2023-06-30", a="Maria Delgado"),
  E("2023-06-30 06:02", "EU leaders weigh tapping frozen Russian assets",
    ["European Union leaders meeting in Brussels agreed to keep working on ways to use frozen Russian central bank assets to help pay for Ukraine's reconstruction, though several governments warned of legal risks."],
    "aid", "aid", 2, "eu-frozen-russian-assets-2023-06", a="Maria Delgado", sec=["diplomacy"]),
  E("2023-06-30 06:02", "Kyiv warns of threat at nuclear plant",
    ["President Volodymyr Zelenskyy repeated his warning that Russian forces may be preparing a \"provocation\" at the occupied Zaporizhzhia nuclear power plant, citing intelligence reports.",
     "Russian officials dismissed the claim. The International Atomic Energy Agency said its inspectors at the site had seen no explosives but had not been given access to every area."],
    "other", "security", 2, "zaporizhzhia-nuclear-plant-warnings-2023-06", a="Maria Delgado"),
  E("2023-06-30 06:02", "Grain deal's future in question",
    ["Russia again suggested it may not extend the Black Sea grain deal when it expires next month, saying its own farm exports were still being held up by Western restrictions."],
    "diplomacy", "diplomacy", 2, "black-sea-grain-deal-extension-2023-06", a="Maria Delgado"),
  ]))

# ---------------------------------------------------------------- 10907 The Daily Reflector (BLOX 'AP World' section front, HTML)
SEEDS.append(dict(
  id="10907", name="10907_reflector-apworld", ext="html", source="The Daily Reflector", zone=ET, render=r_reflector,
  title="AP World", ref="2023-08-26 19:05",
  basis="visible BLOX relative stamp '{s}' (floored at capture time); exact time from the card's <time datetime> attribute (explicit -04:00, EDT); local {d} in {z}",
  notes="Imitates a TownNews BLOX section front ('AP World') of The Daily Reflector, HTML, no JSON-LD. Cards newest first: h3 headline, AP byline ('By NAME Associated Press' -> NAME; 'By The Associated Press' -> 'The Associated Press'), a <time datetime=\"...-04:00\"> whose visible text is relative and floored ('1 hr ago' for 1 h 15 min), and a summary. No absolute clock is printed anywhere; published comes from the datetime attributes (capture time was 7:05 p.m. EDT). Two off-beat wire items (Gabon election, world athletics championships).",
  not_entries=["top bar (e-Edition, Subscribe, Login)", "masthead, weather widget and navigation", "section heading 'AP World' (page title)",
               "'Advertisement' container", "'Load more' button", "'Most Read' rail with two local headlines", "footer"],
  entries=[
  B(OFF("2023-08-26 17:50", "Gabon votes as Bongo seeks a third term",
        ["LIBREVILLE, Gabon (AP) — Voters in Gabon went to the polls Saturday in an election in which President Ali Bongo Ondimba is seeking to extend his family's decades-long hold on power, amid opposition complaints about the organization of the vote."],
        "gabon-election-2023-08-26", a="ALAIN MBOUMBA", n="African election"), "By ALAIN MBOUMBA Associated Press", slug="gabon-votes-as-bongo-seeks-a-third-term"),
  B(E("2023-08-26 16:20", "Ukraine says troops push south of Robotyne",
      ["KYIV, Ukraine (AP) — Ukrainian forces have advanced further south of the village of Robotyne in the Zaporizhzhia region, a deputy defense minister said Saturday, describing slow progress through dense Russian minefields."],
      "other", "frontline", 2, "robotyne-advance-2023-08", a="KATERYNA PAVLENKO"), "By KATERYNA PAVLENKO Associated Press", slug="ukraine-says-troops-push-south-of-robotyne"),
  B(E("2023-08-26 14:05", "Russian glide bomb kills man in Kupiansk district",
      ["KHARKIV, Ukraine (AP) — A Russian guided bomb killed a man and wounded two other people in a village in the Kupiansk district on Saturday, the Kharkiv regional governor said."],
      "strikes", "strikes", 3, "kupiansk-district-glide-bomb-2023-08-26", a="The Associated Press"), "By The Associated Press", slug="russian-glide-bomb-kills-man-in-kupiansk-district"),
  B(E("2023-08-26 12:30", "Wagner fighters' future in doubt after plane crash",
      ["MOSCOW (AP) — The future of the Wagner group's thousands of fighters was unclear Saturday, days after a plane crash that Russian aviation authorities say killed its founder, Yevgeny Prigozhin, along with other top commanders."],
      "other", "politics", 2, "wagner-future-after-prigozhin-crash-2023-08", a="ANTON BELOV"), "By ANTON BELOV Associated Press", slug="wagner-fighters-future-in-doubt-after-plane-crash"),
  B(OFF("2023-08-26 10:10", "Sprinters chase gold on penultimate night in Budapest",
        ["BUDAPEST, Hungary (AP) — The relay finals headline the second-to-last night of the world athletics championships, with the U.S. teams favored in both sprint relays."],
        "world-athletics-championships-2023-08-26", a="BARRY KOLB", n="sport"), "By BARRY KOLB Associated Press", slug="sprinters-chase-gold-on-penultimate-night-in-budapest"),
  B(E("2023-08-26 09:15", "Russia says it downed drones over Bryansk and Crimea",
      ["MOSCOW (AP) — Russia's Defense Ministry said Saturday that air defenses destroyed several Ukrainian drones over the Bryansk region and the Crimean Peninsula overnight, with no casualties reported."],
      "strikes", "strikes", 2, "russia-drones-downed-bryansk-crimea-2023-08-26", a="The Associated Press"), "By The Associated Press", slug="russia-says-it-downed-drones-over-bryansk-and-crimea"),
  B(E("2023-08-26 07:40", "Ukrainian pilots begin F-16 training in Denmark",
      ["COPENHAGEN, Denmark (AP) — A first group of Ukrainian pilots has begun training on F-16 fighter jets in Denmark, the Danish military said, days after Copenhagen and the Netherlands pledged to give Ukraine dozens of the planes."],
      "aid", "aid", 2, "f16-training-denmark-2023-08", a="SOREN KJAER"), "By SOREN KJAER Associated Press", slug="ukrainian-pilots-begin-f-16-training-in-denmark"),
  ]))

# ---------------------------------------------------------------- 10908 Bluefield Daily Telegraph (briefs, text)
SEEDS.append(dict(
  id="10908", name="10908_bdtonline-briefs", ext="txt", source="Bluefield Daily Telegraph", zone=ET, render=r_bdt,
  title="Nation & World briefs", credit="From wire reports", published="2023-10-31 04:15",
  basis="no time per brief; published = the page's posting line 'Posted Oct 31, 2023 at 4:15 a.m.' (no zone printed; Bluefield = Eastern, EDT = UTC-4); local {d} in {z}",
  notes="Imitates the print-style 'Nation & World briefs' page of the Bluefield Daily Telegraph (CNHI, BLOX), copied as text. Six briefs, each a headline and a wire-dateline paragraph ('KHERSON, Ukraine (AP) — ...'); no time per brief, so all take the posting time 'Posted Oct 31, 2023 at 4:15 a.m.' (Eastern implied). The credit 'From wire reports' names no person or agency -> author null. Three briefs are off-beat (Gaza, UAW deal, Dagestan airport riot: Russian news but not about the war).",
  not_entries=["'Skip to main content', masthead, Subscribe / Login / e-Edition and navigation", "weather widget (Bluefield, WV, 52°, Clear)",
               "section label 'News'", "page title 'Nation & World briefs'", "credit line 'From wire reports'", "posting line 'Posted Oct 31, 2023 at 4:15 a.m.'",
               "share bar", "'Advertisement' marker", "'Trending Now' with two local headlines", "copyright and BLOX credit"],
  entries=[
  E("2023-10-31 04:15", "Russian shelling kills 2 in Kherson",
    ["KHERSON, Ukraine (AP) — Russian shelling killed two people and wounded four in Kherson on Monday, the regional governor said, as Russian forces kept up their bombardment of the city from across the Dnieper River."],
    "strikes", "strikes", 3, "kherson-shelling-2023-10-30"),
  E("2023-10-31 04:15", "Austin and Blinken to press senators on wartime aid",
    ["WASHINGTON (AP) — Defense Secretary Lloyd Austin and Secretary of State Antony Blinken are set to urge senators on Tuesday to approve President Joe Biden's request for roughly $106 billion in emergency funding that includes money for Ukraine and Israel.",
     "Some House Republicans want to separate the aid to Israel from the money for Ukraine."],
    "aid", "aid", 2, "us-senate-ukraine-israel-aid-hearing-2023-10-31", n="funding debate in the US Congress -> aid"),
  E("2023-10-31 04:15", "Israel widens ground operation in Gaza",
    ["TEL AVIV, Israel (AP) — Israeli troops pushed further into the Gaza Strip on Monday as the military said it was expanding ground operations against Hamas, while aid groups warned of worsening conditions for civilians."],
    "other", "unrelated", 1, "israel-gaza-ground-operation-2023-10-30", n="off-beat: Israel-Hamas war"),
  E("2023-10-31 04:15", "UAW reaches tentative deal with GM, ending strikes at Detroit automakers",
    ["DETROIT (AP) — The United Auto Workers union reached a tentative contract agreement with General Motors on Monday, following similar deals with Ford and Stellantis and bringing an end to six weeks of strikes."],
    "other", "unrelated", 1, "uaw-gm-tentative-deal-2023-10-30", n="off-beat: US labor"),
  E("2023-10-31 04:15", "Russia says it repelled Ukrainian attacks near Avdiivka",
    ["MOSCOW (AP) — Russia's Defense Ministry said Monday its troops had beaten back several Ukrainian attacks near Avdiivka, the eastern town that Russian forces have been trying to encircle for three weeks."],
    "other", "frontline", 2, "avdiivka-fighting-2023-10-30"),
  E("2023-10-31 04:15", "Russia detains dozens after airport mob in Dagestan",
    ["MOSCOW (AP) — Russian police detained more than 60 people after a crowd stormed the main airport in the southern republic of Dagestan looking for passengers arriving on a flight from Israel, officials said."],
    "other", "unrelated", 1, "dagestan-airport-riot-2023-10-29", n="off-beat: Russian domestic news not about the war"),
  ]))

# ---------------------------------------------------------------- 10909 The Free Lance-Star (BLOX day timeline, HTML)
AP = "The Associated Press"
SEEDS.append(dict(
  id="10909", name="10909_fredericksburg-timeline", ext="html", source="The Free Lance-Star", zone=ET, render=r_fls,
  title="Ukraine war: How Sunday unfolded",
  url="https://fredericksburg.com/news/nation-world/ukraine-war-how-sunday-unfolded/article_1b7f3e54-8711-11ee-b2c9-0f6d2a93c4e8.html",
  credit="From staff and wire reports",
  lede="A timeline of Sunday's developments in Russia's war in Ukraine, compiled from staff reporting and The Associated Press.",
  basis="timeline stamp '{s}' (zone printed: EST = UTC-5) on the page dated 'Nov 19, 2023'; oldest first; local {d} in {z}",
  notes="Imitates a Lee Enterprises BLOX article (The Free Lance-Star) laid out as a day timeline, HTML with NewsArticle JSON-LD (page times only). Oldest first; each item: '6:10 a.m. EST' in bold above an h3 headline, body paragraphs, then a trailing credit line in italics ('— The Associated Press' -> author 'The Associated Press'; '— Free Lance-Star staff' names no person -> author null). The credit lines are not body paragraphs. The page credit 'From staff and wire reports' is generic. One local community item (Fredericksburg fundraiser for a Ukrainian hospital) is war-related (other/humanitarian), not off-beat.",
  not_entries=["masthead, weather widget and navigation", "section label 'Nation & World'", "page headline (page title)", "page credit 'From staff and wire reports'",
               "page date 'Nov 19, 2023'", "intro paragraph 'A timeline of Sunday's developments ...'", "trailing credit line of each item ('— The Associated Press', '— Free Lance-Star staff')",
               "newsletter promo", "tags", "'Related to this story' link", "footer"],
  entries=[
  E("2023-11-19 06:10", "Ukraine says it downed 15 of 20 Russian drones overnight",
    ["Ukraine's air force said Sunday that air defenses shot down 15 of the 20 Shahed drones Russia launched overnight, mostly over the Mykolaiv, Kherson and Kyiv regions.",
     "It did not say what the remaining drones hit."],
    "strikes", "strikes", 2, "overnight-drone-attack-2023-11-19", a=AP, credit=AP),
  E("2023-11-19 08:45", "Shelling kills woman in village outside Kherson",
    ["A 60-year-old woman was killed when Russian shells hit her home in the village of Antonivka, just outside Kherson, regional officials said Sunday."],
    "strikes", "strikes", 3, "antonivka-shelling-2023-11-19", a=AP, credit=AP),
  E("2023-11-19 10:30", "Ukrainian marines say they are holding positions on Dnieper's east bank",
    ["Ukrainian marines who crossed to the Russian-occupied eastern bank of the Dnieper River near the village of Krynky said they were holding on under heavy artillery and drone fire.",
     "Russian officials have called the crossing a futile operation, while Ukrainian commanders describe it as a foothold that ties down Russian troops."],
    "other", "frontline", 2, "krynky-bridgehead-2023-11", a=AP, credit=AP),
  E("2023-11-19 12:15", "Kuleba says EU should open membership talks in December",
    ["Foreign Minister Dmytro Kuleba said Sunday he expected European Union leaders to agree at their December summit to open membership negotiations with Ukraine."],
    "diplomacy", "diplomacy", 2, "kuleba-eu-accession-talks-2023-11-19", a=AP, credit=AP),
  E("2023-11-19 14:40", "Fredericksburg's Ukrainian community raises money for ambulance",
    ["Members of the Fredericksburg area's Ukrainian community raised more than $12,000 on Sunday to buy a used ambulance for a hospital near the front line in eastern Ukraine.",
     "Organizers said the vehicle would be shipped from Baltimore next month."],
    "other", "humanitarian", 2, "fredericksburg-ambulance-fundraiser-2023-11-19", a=None, credit="Free Lance-Star staff",
    n="local staff item, war-related (not off-beat); generic staff credit -> author null"),
  E("2023-11-19 16:55", "Denmark says first F-16s will reach Ukraine next year",
    ["Denmark's defense ministry said Sunday that the first of the F-16 fighter jets it has pledged to Ukraine should be delivered in the first half of next year, once Ukrainian pilots finish their training."],
    "aid", "aid", 2, "denmark-f16-delivery-timeline-2023-11", a=AP, credit=AP),
  ]))

# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2023-02-28 (UTC), day 2 = 2023-03-01, day 3 = 2023-11-11.
ZAP = "zaporizhzhia-missile-strike-2023-02-28"
ORIKHIV = "orikhiv-hospital-shelling-2023-02-28"
RUSDRONE = "drone-attacks-on-russian-regions-2023-02-28"
BAKHMUT = "bakhmut-supply-roads-open-2023-02-28"
BLINKEN = "blinken-central-asia-astana-2023-02-28"
S300 = "analysis-s300-missiles-against-cities"
S300_H = "Analysis: Why Russia keeps firing S-300 air-defence missiles at cities"
S300_P = ["The missiles that struck Zaporizhzhya this morning were, according to Ukraine’s air force, S-300s: weapons built to shoot down aircraft that Russia has increasingly turned against targets on the ground.",
          "Used this way they are inaccurate, because their guidance was never meant to find a point on the ground, but they are plentiful and cheap compared with cruise missiles, and their short flight time leaves little warning.",
          "For cities within about 100 kilometres of the front, such as Zaporizhzhya and Kharkiv, that means air-raid sirens often sound only after the impacts."]

# ---------------------------------------------------------------- 10920 Kestrelmouth Courier (day 1)
SEEDS.append(dict(
  id="10920", name="10920_kestrelmouth-textlive", ext="txt", source="Kestrelmouth Courier", zone="Europe/London", render=r_kestrel,
  title="Russia-Ukraine war live: Zaporizhzhya missile strike kills four; Blinken in Kazakhstan",
  dateline="Tuesday 28 February 2023",
  lede="Missiles hit a residential district of Zaporizhzhya; drones reported over several Russian regions; the US secretary of state meets Central Asian ministers in Astana.",
  basis="stamp '{s}' (UK time printed as GMT = UTC in February) under the dateline 'Tuesday 28 February 2023'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. A 'Key Points' block lists two entry headlines (key_point true). Each post: 'HH:MM GMT' line, headline, body, optional '— Reporting by NAME' line (author; not a body paragraph). 10920-06 is a 'Watch:' teaser with no body (spelling 'Zaporozhye'). 10920-03 is a theme piece (analysis of S-300 use against cities) that mentions the main strike but is its own story; it is re-posted verbatim by 10932 on day 2.",
  not_entries=["masthead and navigation", "'LIVE' label", "page title and dateline 'Tuesday 28 February 2023'", "standfirst/lede summary line",
               "'Key Points' header and its two headline lines (pointers to posts)", "'Latest updates' label", "'— Reporting by ...' lines (author credits, not body)",
               "newsletter promo after the fourth post", "'Load earlier updates'", "footer line"],
  entries=[
  E("2023-02-28 20:10", "Zaporizhzhya death toll rises to four",
    ["Four people are now known to have died after Russian missiles hit a residential district of Zaporizhzhya early on Tuesday, the city council said.",
     "Rescue teams finished clearing the remains of a two-storey house in the evening. Eleven people were treated in hospital, three of them in a serious condition."],
    "strikes", "strikes", 3, ZAP, a="Rhiannon Pask", kp=True, n="toll 4 dead, 11 in hospital"),
  E("2023-02-28 18:30", "Blinken urges Central Asian states to hold the line on sanctions",
    ["Antony Blinken told foreign ministers from five Central Asian countries in Astana that Washington would help them cope with the side effects of sanctions on Russia, while urging them not to become a route for goods that Moscow can no longer buy elsewhere.",
     "Kazakhstan’s foreign minister, Mukhtar Tileuberdi, said his country would not allow its territory to be used to get round the restrictions."],
    "diplomacy", "diplomacy", 3, BLINKEN, a="Owen Barraclough", kp=True),
  E("2023-02-28 16:55", S300_H, S300_P, "strikes", "strikes", 2, S300, a="Owen Barraclough",
    n="theme piece (analysis of S-300 missiles used against ground targets; mentions the Zaporizhzhya strike); must not merge with the main strike story"),
  E("2023-02-28 15:20", "Drone crashes near Moscow as Russia reports attacks in several regions",
    ["A drone came down near the village of Gubastovo in the Kolomna district south-east of Moscow, the region’s governor, Andrei Vorobyov, said, adding that it had probably been aimed at civilian infrastructure but caused no damage.",
     "Officials in the Belgorod and Bryansk regions and in Adygea also reported drones overnight, and a fire broke out at an oil depot near the Black Sea port of Tuapse."],
    "strikes", "strikes", 3, RUSDRONE, a="Rhiannon Pask", n="drones flying the other way (attacks on Russia); must not merge with the Zaporizhzhya strike"),
  E("2023-02-28 12:20", "Bakhmut supply roads still open, Ukrainian army says",
    ["Serhiy Cherevatyi, a spokesman for Ukraine’s eastern command, said the roads used to supply troops in Bakhmut remained open, although Russian forces were shelling them constantly.",
     "He said Ukrainian units were holding their positions and that Wagner fighters had suffered heavy losses in attacks on the town’s northern edge."],
    "other", "frontline", 3, BAKHMUT, a="Owen Barraclough"),
  E("2023-02-28 11:05", "Watch: Rescuers search homes hit in Zaporozhye", [],
    "strikes", "strikes", 1, ZAP, n="teaser without body; spelling 'Zaporozhye'"),
  E("2023-02-28 08:15", "Russian missiles hit residential area of Zaporizhzhya overnight",
    ["At least one person was killed when Russian missiles struck a residential area of Zaporizhzhya shortly after 5am local time, the head of the regional military administration said.",
     "Officials said several private houses were destroyed and a school was damaged."],
    "strikes", "strikes", 3, ZAP, a="Rhiannon Pask", n="toll 1 dead"),
  ]))

# ---------------------------------------------------------------- 10921 Fennistone Herald (day 1)
SEEDS.append(dict(
  id="10921", name="10921_fennistone-htmllive", ext="html", source="Fennistone Herald", zone="Europe/Kyiv", render=r_fennistone,
  title="Live: Russia’s war in Ukraine, day 370", url="https://fennistone-herald.example/live/ukraine-day-370",
  dateline="Tuesday, 28 February 2023",
  lede="Missile strike on Zaporizhzhia; shelling in Orikhiv; drones over Russia; Pentagon defends aid oversight.",
  basis="<time datetime> '{s}' (explicit +02:00; page says 'All times are Kyiv time', EET) under the date 'Tuesday, 28 February 2023'; also the matching liveBlogUpdate datePublished in the JSON-LD; local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first. JSON-LD is an @graph whose main node has @type [\"NewsArticle\",\"LiveBlogPosting\"] and one liveBlogUpdate per post with its own headline and datePublished (+02:00; consistent with the visible <time datetime>, which shows 'HH:MM'). Per-post 'By NAME' lines. 10921-05 re-publishes 10921-01 verbatim (same headline and text, later time): duplicate_of 10921-01. A 'Read more:' promo sits between posts 3 and 4. Orikhiv (10921-02) is another strike in the same region as the Zaporizhzhia city strike: must not merge.",
  not_entries=["masthead and navigation", "'Live' badge", "page title and date line", "standfirst", "'All times are Kyiv time.' note",
               "per-post 'By NAME' lines (author credits)", "'Read more: How Ukraine’s air defences are stretched ...' promo", "footer"],
  entries=[
  E("2023-02-28 07:10", "Missiles strike Zaporizhzhia, one killed",
    ["Russian missiles hit a residential district of Zaporizhzhia before dawn on Tuesday, killing one man and destroying several houses, according to the regional administration.",
     "Ukraine’s air force said the city was struck with S-300 missiles fired from the occupied part of the region."],
    "strikes", "strikes", 3, ZAP, a="Marta Kowalczyk", n="toll 1 dead"),
  E("2023-02-28 09:25", "Orikhiv hospital hit by shelling, one dead",
    ["Russian artillery hit the hospital in Orikhiv, a frontline town in the Zaporizhzhia region, killing a medical worker, regional officials said.",
     "The town, about 50 kilometres south-east of Zaporizhzhia city, has been shelled almost daily for months."],
    "strikes", "strikes", 3, ORIKHIV, a="Taras Hnatiuk", n="same region as the Zaporizhzhia city strike, different attack: must not merge"),
  E("2023-02-28 11:40", "Supply routes to Bakhmut not cut, says eastern command",
    ["Ukraine’s eastern command insisted that Russian forces had not cut the roads into Bakhmut, with spokesman Serhiy Cherevatyi saying supplies were still getting through despite heavy fire."],
    "other", "frontline", 3, BAKHMUT, a="Taras Hnatiuk"),
  E("2023-02-28 13:15", "Drone downed near Kolomna, Moscow region governor says",
    ["A drone fell near Kolomna, about 110 kilometres from Moscow, on Tuesday morning, Governor Andrei Vorobyov said, adding that it had caused no casualties or damage.",
     "Russia’s defence ministry said separately that its air defences had repelled drone attacks on infrastructure in the south of the country."],
    "strikes", "strikes", 3, RUSDRONE, a="Marta Kowalczyk", n="attacks on Russia; must not merge with the Zaporizhzhia strike"),
  E("2023-02-28 15:05", "Missiles strike Zaporizhzhia, one killed",
    ["Russian missiles hit a residential district of Zaporizhzhia before dawn on Tuesday, killing one man and destroying several houses, according to the regional administration.",
     "Ukraine’s air force said the city was struck with S-300 missiles fired from the occupied part of the region."],
    "strikes", "strikes", 1, ZAP, a="Marta Kowalczyk", dup="10921-01", n="verbatim repeat of 10921-01 published again later"),
  E("2023-02-28 17:20", "Pentagon: no sign Western weapons are being diverted",
    ["A senior Pentagon official, Colin Kahl, told US lawmakers there was no evidence that weapons sent to Ukraine were being diverted, as Republicans pressed for closer oversight of the aid."],
    "aid", "aid", 2, "us-house-ukraine-aid-oversight-hearing-2023-02-28", a="Taras Hnatiuk"),
  E("2023-02-28 19:45", "Zaporizhzhia toll rises to two as search continues",
    ["A second body was found under the ruins of a house in Zaporizhzhia, the city council said, as rescuers kept searching through the evening."],
    "strikes", "strikes", 3, ZAP, a="Marta Kowalczyk", n="toll 2 dead"),
  ]))

# ---------------------------------------------------------------- 10922 Larchholme World Service (day 1, general world feed)
SEEDS.append(dict(
  id="10922", name="10922_larchholme-worldrss", ext="xml", source="Larchholme World Service", zone="UTC", render=r_worldrss, gmt=True,
  title="Larchholme World Service – World news", url="https://larchholme-world.example/world/rss.xml", home="https://larchholme-world.example/world/",
  desc="World news from the Larchholme World Service",
  basis="RSS pubDate '{s}' (GMT); local {d} in {z}",
  notes="Invented outlet. General world RSS feed, newest first, pubDate in GMT, no dc:creator (author null). Four of six items are off-beat (Greek train collision, Chicago election, Windsor Framework, Nigeria's election); two are war items (the Zaporizhzhia toll, Blinken in Astana). Each description is one paragraph.",
  not_entries=["channel title, link, description, language", "atom:link self reference", "per-item link and guid"],
  entries=[
  OFF("2023-02-28 23:05", "Passenger and freight trains collide in central Greece",
      ["A passenger train and a freight train collided near the city of Larissa in central Greece late on Tuesday, the fire service said, with carriages derailed and at least one on fire. There was no immediate word on casualties."],
      "greece-train-collision-2023-02-28", n="Greek rail crash", slug="greece-train-collision"),
  E("2023-02-28 21:30", "Four killed in Russian missile strike on Zaporizhzhia",
    ["The death toll from Tuesday’s Russian missile strike on Zaporizhzhia in south-eastern Ukraine has risen to four, local officials said, as rescuers finished searching the ruins of a destroyed house."],
    "strikes", "strikes", 3, ZAP, slug="zaporizhzhia-strike-toll", n="toll 4 dead"),
  OFF("2023-02-28 19:10", "Chicago votes in mayoral election",
      ["Voters in Chicago are choosing a mayor, with the incumbent, Lori Lightfoot, facing eight challengers in a race dominated by crime and public safety. If no candidate wins a majority, the top two go to a run-off in April."],
      "chicago-mayoral-election-2023-02-28", n="US city election", slug="chicago-mayoral-vote"),
  E("2023-02-28 16:45", "Blinken meets Central Asian ministers in Astana",
    ["US Secretary of State Antony Blinken met the foreign ministers of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan in the Kazakh capital on his first visit to the region since Russia’s full-scale invasion of Ukraine."],
    "diplomacy", "diplomacy", 3, BLINKEN, slug="blinken-astana"),
  OFF("2023-02-28 13:20", "Sunak takes Northern Ireland trade deal to MPs",
      ["Prime Minister Rishi Sunak urged MPs and Northern Ireland’s unionist parties to back the Windsor Framework agreed with the European Union, saying it removes most checks on goods crossing the Irish Sea."],
      "windsor-framework-2023-02", n="UK-EU trade deal", slug="windsor-framework-mps"),
  OFF("2023-02-28 09:40", "Nigeria’s opposition demands rerun of presidential vote",
      ["Two of Nigeria’s main opposition parties called for Saturday’s presidential election to be cancelled and held again, accusing the electoral commission of manipulating the count."],
      "nigeria-election-dispute-2023-02", n="Nigerian election", slug="nigeria-opposition-rerun"),
  ]))

# ---------------------------------------------------------------- 10923 Merrowcliff Review (day 1, article)
SEEDS.append(dict(
  id="10923", name="10923_merrowcliff-article", ext="txt", source="Merrowcliff Review", zone="Europe/Berlin", render=r_article,
  title="Deadly strike in Zaporozhye as Washington courts Central Asia", published="2023-02-28 16:20",
  standfirst="A missile attack on a city near the southern front, a US charm offensive in Moscow’s backyard and a brief scare over Russia’s second city.",
  byline_line="By Lena Hartwig", dateline="28 February 2023, 16:20 CET",
  basis="no time per section; published = the article dateline '28 February 2023, 16:20 CET' (CET = UTC+1); local {d} in {z}",
  notes="Invented outlet. Text article with a dateline, one byline and three section headings; each section is one entry (headline = heading, stamp null, published = the dateline time, author = the byline 'Lena Hartwig'). Spelling 'Zaporozhye' (Russian form) in the headline and first sentence of section 1.",
  not_entries=["outlet name and section line 'World | Europe'", "article title", "standfirst", "byline line 'By Lena Hartwig'", "dateline", "'Topics:' line", "'More from the Review:' related link"],
  entries=[
  E("2023-02-28 16:20", "Two dead in Zaporozhye",
    ["Russian missiles struck a residential neighbourhood of Zaporozhye, as Zaporizhzhia is known in Russian, early on Tuesday, killing two people, Ukrainian officials said.",
     "The city lies some 50 kilometres from the front line, within easy reach of missiles fired from the occupied south of the region."],
    "strikes", "strikes", 3, ZAP, a="Lena Hartwig", n="toll 2 dead; spelling 'Zaporozhye'"),
  E("2023-02-28 16:20", "Blinken in Astana",
    ["The US secretary of state, Antony Blinken, used a visit to Kazakhstan to assure the former Soviet republics of Central Asia that Washington supports their sovereignty, a message aimed squarely at Moscow.",
     "He also promised extra money to help the region’s economies adjust to Western sanctions on Russia."],
    "diplomacy", "diplomacy", 3, BLINKEN, a="Lena Hartwig"),
  E("2023-02-28 16:20", "Airspace over St Petersburg briefly closed",
    ["Flights to and from St Petersburg’s Pulkovo airport were halted for about two hours around midday after local media reported an unidentified flying object near the city.",
     "Russia’s defence ministry later said the closure had been part of an air-defence exercise."],
    "other", "security", 2, "st-petersburg-airspace-closure-2023-02-28", a="Lena Hartwig", n="drill/airspace closure -> other/security; not the drone attacks"),
  ]))

# ---------------------------------------------------------------- day 2 stories
XILUK = "xi-lukashenko-beijing-talks-2023-03-01"
G20 = "g20-foreign-ministers-new-delhi-2023-03"

# ---------------------------------------------------------------- 10930 Tovington Post (day 2)
SEEDS.append(dict(
  id="10930", name="10930_tovington-htmllive", ext="html", source="Tovington Post", zone="Europe/Kyiv", render=r_tovington,
  title="Ukraine live: Xi hosts Lukashenko in Beijing; Zaporizhzhia mourns its dead",
  dateline="Wednesday, 1 March 2023",
  lede="Belarus’s leader in China; day of mourning in Zaporizhzhia; shelling in the south.",
  basis="stamp '{s}' (zone printed: EET = UTC+2) under the date line 'Wednesday, 1 March 2023'; local {d} in {z}",
  notes="Invented outlet. HTML live blog without JSON-LD, newest first; '19:30 EET' in a span above each h2; no authors (author null). 10930-02 is a 'Photos:' teaser with only a gallery placeholder (no text body). Stepnohirsk (10930-03) is another strike in the same region as the Zaporizhzhia city strike: must not merge. 10930-04 continues day 1's Zaporizhzhia story with a new development (fifth death, day of mourning).",
  not_entries=["outlet name and menu", "page title and date line", "intro line", "gallery placeholder '[gallery: 9 images]' in the teaser", "'Advertisement'", "'Show older posts'", "footer"],
  entries=[
  E("2023-03-01 19:30", "Xi tells Lukashenko China wants a ‘political settlement’",
    ["Chinese leader Xi Jinping told Belarus’s Alexander Lukashenko in Beijing that countries should stop turning the world economy into a political weapon and should work towards a ceasefire in Ukraine, Chinese state media reported.",
     "Lukashenko said Minsk fully supported the position paper China published last week."],
    "diplomacy", "diplomacy", 3, XILUK),
  E("2023-03-01 17:05", "Photos: Zaporizhzhia says goodbye to strike victims", [],
    "strikes", "strikes", 1, ZAP, n="teaser without body (gallery only)"),
  E("2023-03-01 15:40", "Shelling kills one in Stepnohirsk",
    ["A man was killed when Russian shells hit the village of Stepnohirsk, near the front line in the Zaporizhzhia region, the regional administration said."],
    "strikes", "strikes", 3, "stepnohirsk-shelling-2023-03-01", n="same region as the Zaporizhzhia city strike, different attack: must not merge"),
  E("2023-03-01 13:10", "Zaporizhzhia declares day of mourning as toll rises to five",
    ["Zaporizhzhia declared Wednesday a day of mourning after a fifth person died of injuries from Tuesday’s missile strike on the city, the acting mayor said.",
     "Flags were lowered on public buildings and entertainment events were cancelled."],
    "strikes", "strikes", 3, ZAP, n="continuation of day 1 with a new development: toll 5, day of mourning"),
  E("2023-03-01 11:20", "Syrskyi visits troops near Bakhmut",
    ["Ukraine’s ground forces commander, Oleksandr Syrskyi, visited units defending Bakhmut and said the situation around the town was extremely tense, his office said."],
    "other", "frontline", 2, "syrskyi-bakhmut-visit-2023-03-01"),
  E("2023-03-01 09:00", "UN says confirmed civilian deaths exceed 8,000",
    ["The UN human rights office said it had confirmed the deaths of more than 8,000 civilians in Ukraine since the invasion began, adding that the true figure was likely to be considerably higher."],
    "other", "humanitarian", 2, "un-civilian-death-toll-2023-03"),
  ]))

# ---------------------------------------------------------------- 10931 Culvermere Dispatch (day 2, Atom)
SEEDS.append(dict(
  id="10931", name="10931_culvermere-atom", ext="xml", source="Culvermere Dispatch", zone="Europe/Warsaw", render=r_atom,
  title="Culvermere Dispatch – Ukraine", url="https://culvermere-dispatch.example/ukraine/atom.xml", home="https://culvermere-dispatch.example/ukraine/",
  tag="culvermere-dispatch.example",
  basis="Atom <published> '{s}' (explicit +01:00, CET); local {d} in {z}",
  notes="Invented outlet. Atom feed, newest first, +01:00 offsets (Warsaw, CET), <author><name> per entry, escaped-HTML summary with <p> paragraphs. Spelling 'Lukashenka' (Belarusian form) in 10931-01. 10931-03 continues day 1's Zaporizhzhia story (search over, toll 5).",
  not_entries=["feed title, links, id and updated", "per-entry id, link and updated"],
  entries=[
  E("2023-03-01 21:15", "Lukashenka backs China’s peace paper in talks with Xi",
    ["Belarusian leader Alyaksandr Lukashenka told Xi Jinping that Minsk supports every point of Beijing’s proposal for ending the war in Ukraine, according to a statement from his office.",
     "The two men also signed a series of trade and investment agreements during Lukashenka’s three-day state visit."],
    "diplomacy", "diplomacy", 3, XILUK, a="Agata Wrona", creator="Agata Wrona", slug="lukashenka-xi-talks", n="spelling 'Lukashenka'"),
  E("2023-03-01 18:40", "Lavrov and Blinken both heading to G20 in New Delhi",
    ["Russia’s foreign minister, Sergei Lavrov, and US Secretary of State Antony Blinken are both due at a meeting of G20 foreign ministers in New Delhi on Thursday, where India hopes to find common language on the war."],
    "diplomacy", "diplomacy", 3, G20, a="Piotr Lasek", creator="Piotr Lasek", slug="g20-new-delhi",
    n="same 'peace/diplomacy' theme as the Xi-Lukashenko talks, different event: must not merge"),
  E("2023-03-01 16:00", "Five dead after Zaporizhzhia strike as search ends",
    ["Rescuers in Zaporizhzhia ended their search of the rubble on Wednesday after the toll from Tuesday’s Russian missile attack on the city reached five, the emergency service said."],
    "strikes", "strikes", 3, ZAP, a="Agata Wrona", creator="Agata Wrona", slug="zaporizhzhia-search-ends", n="continuation of day 1: toll 5, search over"),
  E("2023-03-01 12:30", "Estonia presses EU partners on joint shell buying",
    ["Estonia urged fellow EU members to agree quickly on buying artillery ammunition for Ukraine together, arguing that pooling orders would get shells to the front faster and more cheaply."],
    "aid", "aid", 2, "estonia-joint-ammunition-purchase-proposal-2023-03", a="Piotr Lasek", creator="Piotr Lasek", slug="estonia-joint-shells"),
  E("2023-03-01 08:45", "Belgorod governor reports shelling of border village",
    ["Shells fired from Ukraine damaged several houses and a power line in a village in Russia’s Belgorod region, Governor Vyacheslav Gladkov said, adding that nobody was hurt."],
    "strikes", "strikes", 2, "belgorod-border-village-shelling-2023-03-01", a="Agata Wrona", creator="Agata Wrona", slug="belgorod-border-shelling"),
  ]))

# ---------------------------------------------------------------- 10932 Snaithby Evening News (day 2)
SEEDS.append(dict(
  id="10932", name="10932_snaithby-textlive", ext="txt", source="Snaithby Evening News", zone="America/New_York", render=r_snaithby,
  title="Live: Xi and Lukashenko meet in Beijing as China pushes its Ukraine plan", dateline="Wednesday, March 1, 2023",
  lede="Belarus' leader is in Beijing for talks with Xi Jinping. Follow our live coverage.",
  basis="stamp '{s}' (ET printed; EST = UTC-5 on this date) under the date line 'Wednesday, March 1, 2023'; local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first: '5:10 AM ET' line, headline, 'Posted by NAME' line (author), body. 10932-02 re-posts day 1's analysis 10920-03 verbatim (same headline and text, credited '(Kestrelmouth Courier)'): importance 1, same story as day 1, duplicate_of null because duplicate_of is defined within one seed. 10932-03 is a theme piece (explainer on China's position paper) that mentions the Xi-Lukashenko meeting but is its own story. 10932-06 repeats 10932-04 nearly verbatim (duplicate_of 10932-04). 10932-07 is Kyiv's reaction to the Beijing talks (same story).",
  not_entries=["outlet name and menu line", "page title and date line", "lede", "'Posted by ...' lines (author credits)", "'ADVERTISEMENT'", "'This live coverage has ended.'", "footer"],
  entries=[
  E("2023-03-01 05:10", "Xi to host Lukashenko for talks in Beijing",
    ["Chinese leader Xi Jinping is due to meet Belarusian President Alexander Lukashenko in Beijing on Wednesday, a week after China set out its position on ending the war in Ukraine."],
    "diplomacy", "diplomacy", 3, XILUK, a="Dana Whitfield", posted="Posted by Dana Whitfield"),
  E("2023-03-01 06:30", S300_H, S300_P, "strikes", "strikes", 1, S300, a="Owen Barraclough",
    posted="Posted by Owen Barraclough (Kestrelmouth Courier)",
    n="re-post of day-1 entry 10920-03 (syndicated verbatim, same headline and text); importance 1, same story slug"),
  E("2023-03-01 08:15", "Explainer: What China’s 12-point paper on Ukraine says",
    ["China’s position paper, published on the anniversary of the invasion, calls for a ceasefire, a return to peace talks and respect for the sovereignty of all countries, without saying whether Russia should withdraw its troops.",
     "Western governments have greeted it coolly, and Ukraine says any plan must start with Russian forces leaving its territory. Lukashenko has said he backs the document, which is expected to feature in his talks with Xi."],
    "diplomacy", "diplomacy", 2, "explainer-china-position-paper-ukraine", a="Marcus Oyelaran", posted="Posted by Marcus Oyelaran",
    n="theme piece (explainer on China's position paper; mentions the Xi-Lukashenko talks); must not merge with the Beijing talks"),
  E("2023-03-01 09:40", "Xi and Lukashenko call for ceasefire after Beijing talks",
    ["After talks in Beijing, Xi Jinping and Alexander Lukashenko issued a joint statement calling for a ceasefire and negotiations in Ukraine and expressing deep concern about the conflict.",
     "The statement did not mention Russia’s withdrawal from Ukrainian territory."],
    "diplomacy", "diplomacy", 3, XILUK, a="Dana Whitfield", posted="Posted by Dana Whitfield"),
  E("2023-03-01 11:05", "Zaporizhzhia toll climbs to five",
    ["A fifth person has died after Tuesday’s Russian missile strike on the southeastern Ukrainian city of Zaporizhzhia, local officials said, and the city is observing a day of mourning."],
    "strikes", "strikes", 3, ZAP, a="Marcus Oyelaran", posted="Posted by Marcus Oyelaran", n="continuation of day 1: toll 5"),
  E("2023-03-01 12:20", "Xi and Lukashenko call for ceasefire after Beijing talks",
    ["After talks in Beijing, Xi Jinping and Alexander Lukashenko issued a joint statement calling for a ceasefire and negotiations in Ukraine and expressing deep concern about the conflict."],
    "diplomacy", "diplomacy", 1, XILUK, a="Dana Whitfield", posted="Posted by Dana Whitfield", dup="10932-04",
    n="near-verbatim repeat of 10932-04 (first paragraph only)"),
  E("2023-03-01 14:45", "Kyiv says Minsk cannot be a peacemaker",
    ["A senior adviser to Ukraine’s president, Mykhailo Podolyak, said Belarus could play no part in any settlement because it had let Russian troops attack Ukraine from its territory.",
     "He was responding to the statement issued in Beijing after Lukashenko’s meeting with Xi."],
    "diplomacy", "diplomacy", 3, XILUK, a="Marcus Oyelaran", posted="Posted by Marcus Oyelaran", n="reaction to the Beijing talks (same story)"),
  ]))

# ---------------------------------------------------------------- 10933 Gorsedown World Report (day 2, general world feed)
SEEDS.append(dict(
  id="10933", name="10933_gorsedown-worldrss", ext="xml", source="Gorsedown World Report", zone="America/Toronto", render=r_worldrss,
  title="Gorsedown World Report: Top international stories", url="https://gorsedown-report.example/feeds/world.rss", home="https://gorsedown-report.example/world/",
  desc="International news from the Gorsedown World Report",
  basis="RSS pubDate '{s}' (explicit -0500, EST); local {d} in {z}",
  notes="Invented outlet. General world RSS feed, newest first, pubDate with -0500 (Toronto, EST). dc:creator on two items only (others author null). Four of six items are off-beat (Greek rail crash, Nigeria's election result, Chicago election, NASA launch); two are war items (the Xi-Lukashenko talks, G20 foreign ministers).",
  not_entries=["channel title, link, description, language", "atom:link self reference", "per-item link and guid"],
  entries=[
  OFF("2023-03-01 16:50", "Greece mourns as train crash toll climbs",
      ["Greece declared three days of national mourning after a head-on collision between a passenger train and a freight train in the centre of the country killed dozens of people, many of them students."],
      "greece-train-collision-2023-02-28", n="Greek rail crash", slug="greece-train-crash-mourning"),
  E("2023-03-01 14:20", "Lukashenko endorses Beijing’s plan as Xi calls for peace",
    ["Belarus’s leader voiced support for China’s proposals on the war in Ukraine during a meeting with President Xi Jinping, who urged countries to stop politicizing the world economy."],
    "diplomacy", "diplomacy", 3, XILUK, a="Jordan Beaulieu", creator="Jordan Beaulieu", slug="lukashenko-xi-beijing"),
  OFF("2023-03-01 12:05", "Tinubu declared winner of Nigeria’s presidential election",
      ["Nigeria’s electoral commission declared Bola Tinubu of the governing party the winner of Saturday’s presidential election, a result the main opposition candidates said they would challenge in court."],
      "nigeria-election-result-2023-03-01", n="Nigerian election", slug="tinubu-declared-winner"),
  E("2023-03-01 10:30", "G20 foreign ministers gather in India amid divisions over war",
    ["Foreign ministers from the Group of 20 began arriving in New Delhi for talks on Thursday, with Western and Russian delegations expected to clash over the war in Ukraine."],
    "diplomacy", "diplomacy", 3, G20, a="Jordan Beaulieu", creator="Jordan Beaulieu", slug="g20-ministers-india"),
  OFF("2023-03-01 08:15", "Chicago mayor Lightfoot loses re-election bid",
      ["Chicago Mayor Lori Lightfoot failed to make the run-off in the city’s mayoral election, with Paul Vallas and Brandon Johnson advancing to an April vote."],
      "chicago-mayoral-election-2023-02-28", n="US city election", slug="lightfoot-loses"),
  OFF("2023-03-01 06:40", "NASA sets new date for Crew-6 launch",
      ["NASA said it would try again early Thursday to launch four astronauts to the International Space Station after a ground-system problem forced it to scrub Monday’s attempt."],
      "nasa-crew6-launch-2023-03", n="space launch", slug="nasa-crew6-new-date"),
  ]))

# ---------------------------------------------------------------- day 3 stories
ODESA = "odesa-port-missile-strike-2023-11-11"
GERMANY = "germany-2024-military-aid-doubling-2023-11"
KHERSON = "kherson-anniversary-shelling-2023-11-11"
AVDIIVKA = "avdiivka-attacks-repelled-2023-11-11"
ODESA_H = "Explosions in Odesa; four injured"
ODESA_P = ["Four people were injured when a Russian missile hit the port area of Odesa this morning, the regional governor, Oleh Kiper, said on Telegram.",
           "Windows were blown out in nearby apartment blocks."]

# ---------------------------------------------------------------- 10940 Pelhambury Times (day 3, general world feed)
SEEDS.append(dict(
  id="10940", name="10940_pelhambury-worldatom", ext="xml", source="Pelhambury Times", zone="UTC", render=r_atom, zulu=True,
  title="Pelhambury Times | World", url="https://pelhambury-times.example/world/feed.atom", home="https://pelhambury-times.example/world/",
  tag="pelhambury-times.example",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, newest first, times in Z. <author><name> is either a reporter or the generic 'Pelhambury Times staff' (-> author null). Four of six entries are off-beat (London Armistice Day march, Gaza hospital, APEC, Singles Day); two are war items (the Odesa strike, German aid plans).",
  not_entries=["feed title, links, id and updated", "per-entry id, link and updated"],
  entries=[
  OFF("2023-11-11 16:30", "Hundreds of thousands march in London on Armistice Day",
      ["Police in London said about 300,000 people joined a march calling for a ceasefire in Gaza, while officers kept counter-protesters away from the Cenotaph."],
      "london-gaza-march-2023-11-11", n="UK protest", creator="Pelhambury Times staff", slug="london-armistice-day-march"),
  OFF("2023-11-11 14:55", "Gaza’s largest hospital says fuel has run out",
      ["Doctors at al-Shifa hospital in Gaza City said generators had stopped for lack of fuel and that fighting around the compound made it impossible to move patients."],
      "gaza-al-shifa-hospital-2023-11", n="Israel-Hamas war", creator="Pelhambury Times staff", slug="al-shifa-fuel"),
  E("2023-11-11 13:40", "Seven hurt as Russian missile hits Odesa port area",
    ["A Russian missile struck port infrastructure in Odesa on Saturday morning, injuring seven people and damaging a historic building nearby, the regional governor said."],
    "strikes", "strikes", 3, ODESA, a="Nadia Grell", creator="Nadia Grell", slug="odesa-missile-strike", n="toll 7 injured"),
  E("2023-11-11 11:20", "Germany set to double military aid for Ukraine to €8bn",
    ["Germany plans to double its military aid to Ukraine next year to 8 billion euros, according to people familiar with the budget talks, which would make it by far Kyiv’s biggest European backer."],
    "aid", "aid", 3, GERMANY, a="Nadia Grell", creator="Nadia Grell", slug="germany-ukraine-aid-8bn"),
  OFF("2023-11-11 09:10", "APEC ministers gather in San Francisco",
      ["Trade and foreign ministers from the Asia-Pacific Economic Cooperation forum began meetings in San Francisco ahead of next week’s leaders’ summit."],
      "apec-san-francisco-2023-11", n="trade summit", creator="Pelhambury Times staff", slug="apec-ministers"),
  OFF("2023-11-11 06:00", "Singles Day sales muted as Chinese shoppers stay cautious",
      ["China’s biggest online shopping festival opened with retailers offering deep discounts, but analysts expected spending to grow only slowly as consumers worried about the economy."],
      "singles-day-2023-11-11", n="retail", creator="Pelhambury Times staff", slug="singles-day-sales"),
  ]))

# ---------------------------------------------------------------- 10941 Inglestow Courier (day 3, no year printed)
SEEDS.append(dict(
  id="10941", name="10941_inglestow-textlive", ext="txt", source="Inglestow Courier", zone="Europe/Kyiv", render=r_inglestow,
  title="Ukraine live: missile hits Odesa port; Kherson marks a year since liberation", dateline="Saturday 11 November",
  byline_line="By Halyna Sorel and Tom Brierley",
  lede="Russian missile strikes Odesa; drones hit Danube port facilities; Kherson shelled on its anniversary.",
  parse_args=["--date", "2023-11-11"],
  basis="bare stamp '{s}' (page says 'All times are Kyiv time', EET = UTC+2) under the date line 'Saturday 11 November' (no year printed; year from parse_args); local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first, bare 'HH:MM' lines; the date line 'Saturday 11 November' prints no year, so parse_args gives --date 2023-11-11. Two-name page byline, no per-post authors: every entry gets the page byline as one string. 10941-03 is a 'Video:' teaser (only a '[video, 0:41]' placeholder; spelling 'Odessa'). 10941-05 is a theme piece (analysis of Russia's missile stockpile) that mentions the Odesa strike. 10941-07 repeats 10941-02 verbatim (duplicate_of 10941-02). Izmail (10941-01) is another attack in the same region (Odesa region), a drone raid that began on Friday night: must not merge with the Odesa port missile strike. 10941-04 (Zelensky's anniversary message) and 10941-06 (shelling of Kherson) concern the same city but are different events.",
  not_entries=["outlet name and menu line", "page title, date line and two-name byline line", "lede", "'All times are Kyiv time.'",
               "video placeholder '[video, 0:41]'", "membership promo after the fourth post", "'Refresh for the latest updates'", "footer"],
  entries=[
  E("2023-11-11 07:10", "Drones hit port facilities in Izmail district",
    ["Russian drones damaged a grain warehouse and port equipment in the Izmail district of the Odesa region during an attack that began late on Friday, the regional governor, Oleh Kiper, said.",
     "Nobody was hurt, he said. The Danube ports around Izmail have become a key route for Ukrainian grain since Russia quit the Black Sea export deal."],
    "strikes", "strikes", 2, "izmail-drone-attack-2023-11-10", a="Halyna Sorel and Tom Brierley",
    n="same region as the Odesa port strike, different attack (Friday-night drone raid on the Danube ports): must not merge"),
  E("2023-11-11 08:20", ODESA_H, ODESA_P, "strikes", "strikes", 3, ODESA, a="Halyna Sorel and Tom Brierley", n="toll 4 injured"),
  E("2023-11-11 09:45", "Video: Smoke rises over Odessa port after strike", [],
    "strikes", "strikes", 1, ODESA, a="Halyna Sorel and Tom Brierley", n="teaser without body; spelling 'Odessa'"),
  E("2023-11-11 11:30", "Zelensky marks a year since Kherson’s liberation",
    ["President Volodymyr Zelensky thanked the people of Kherson for their endurance in a video address marking a year since Ukrainian troops retook the city.",
     "He said the city was still shelled every day from the opposite bank of the Dnipro."],
    "other", "politics", 2, "zelensky-kherson-anniversary-message-2023-11-11", a="Halyna Sorel and Tom Brierley",
    n="same city as the Kherson shelling, different event: must not merge"),
  E("2023-11-11 13:15", "Analysis: Is Russia saving its missiles for winter?",
    ["Today’s strike on Odesa was one of only a handful of Russian missile attacks in recent weeks, and Ukrainian officials believe the lull is deliberate.",
     "Ukraine’s military intelligence says Moscow has built up a stock of several hundred cruise and ballistic missiles, which it expects to be fired at power plants and substations once temperatures drop.",
     "Last winter a similar campaign left millions of people without heating and electricity for days at a time."],
    "strikes", "strikes", 2, "analysis-russia-missile-stockpile-winter-2023", a="Halyna Sorel and Tom Brierley",
    n="theme piece (analysis of the missile stockpile; mentions the Odesa strike); must not merge with the Odesa strike"),
  E("2023-11-11 15:40", "Shelling kills man in Kherson on liberation anniversary",
    ["A 71-year-old man was killed when Russian shells hit a residential street in Kherson’s Dniprovskyi district, the regional administration said."],
    "strikes", "strikes", 3, KHERSON, a="Halyna Sorel and Tom Brierley"),
  E("2023-11-11 16:50", ODESA_H, ODESA_P, "strikes", "strikes", 1, ODESA, a="Halyna Sorel and Tom Brierley", dup="10941-02",
    n="verbatim repeat of 10941-02 published again later"),
  ]))

# ---------------------------------------------------------------- 10942 Moorvale Wire (day 3, RSS)
SEEDS.append(dict(
  id="10942", name="10942_moorvale-rss", ext="xml", source="Moorvale Wire", zone="Europe/Helsinki", render=r_worldrss,
  title="Moorvale Wire – Ukraine", url="https://moorvale-wire.example/ukraine/rss", home="https://moorvale-wire.example/ukraine/",
  desc="Ukraine and Russia coverage from the Moorvale Wire",
  basis="RSS pubDate '{s}' (explicit +0200, EET); local {d} in {z}",
  notes="Invented outlet. RSS 2.0, newest first, pubDate with +0200 (Helsinki, EET), dc:creator per item (author). One-paragraph descriptions. 10942-01 gives the Odesa toll at its highest (one dead, eight injured).",
  not_entries=["channel title, link, description, language", "atom:link self reference", "per-item link and guid"],
  entries=[
  E("2023-11-11 18:05", "Odesa strike: one dead, eight injured",
    ["One of the people injured in Saturday’s Russian missile strike on the port of Odesa has died in hospital, bringing the toll to one dead and eight wounded, Ukraine’s southern defence forces said."],
    "strikes", "strikes", 3, ODESA, a="Ilona Saarinen", creator="Ilona Saarinen", slug="odesa-toll", n="toll 1 dead, 8 injured"),
  E("2023-11-11 15:40", "Ukraine says it repelled 20 attacks near Avdiivka",
    ["Ukrainian troops beat back about 20 Russian assaults around Avdiivka over the past day, General Oleksandr Tarnavskyi said, describing the fighting as intense."],
    "other", "frontline", 3, AVDIIVKA, a="Ilona Saarinen", creator="Ilona Saarinen", slug="avdiivka-20-attacks"),
  E("2023-11-11 12:10", "Germany to double military support for Kyiv",
    ["The German government intends to raise military aid for Ukraine to about 8 billion euros in 2024, twice this year’s amount, budget sources said."],
    "aid", "aid", 3, GERMANY, a="Mikko Lahti", creator="Mikko Lahti", slug="germany-double-aid"),
  E("2023-11-11 10:30", "EU recommendation on membership talks ‘historic’, Kuleba says",
    ["Ukrainian Foreign Minister Dmytro Kuleba said the European Commission’s recommendation to open accession negotiations was a historic step and urged member states to endorse it in December."],
    "diplomacy", "diplomacy", 2, "kuleba-eu-accession-recommendation-2023-11", a="Mikko Lahti", creator="Mikko Lahti", slug="kuleba-historic"),
  E("2023-11-11 09:15", "Russia says drones shot down over Crimea and Bryansk",
    ["Russia’s defence ministry said its air defences destroyed several Ukrainian drones over Crimea and the Bryansk region overnight."],
    "strikes", "strikes", 2, "russia-drones-downed-crimea-bryansk-2023-11-11", a="Ilona Saarinen", creator="Ilona Saarinen", slug="russia-drones-crimea-bryansk"),
  E("2023-11-11 07:20", "Martial law extended for another 90 days",
    ["President Volodymyr Zelensky has signed laws extending martial law and general mobilisation in Ukraine for a further 90 days, his office said."],
    "other", "politics", 2, "ukraine-martial-law-extension-2023-11", a="Mikko Lahti", creator="Mikko Lahti", slug="martial-law-extended"),
  ]))

# ---------------------------------------------------------------- 10943 Amberhithe Journal (day 3, HTML live)
SEEDS.append(dict(
  id="10943", name="10943_amberhithe-htmllive", ext="html", source="Amberhithe Journal", zone="Europe/London", render=r_amberhithe,
  title="Russia-Ukraine war: Odessa port hit; Kherson shelled on anniversary – as it happened",
  url="https://amberhithe-journal.example/world/live/2023/nov/11/russia-ukraine-war-latest", published="2023-11-11 07:45",
  dateline="Sat 11 Nov 2023 18.02 GMT",
  lede="Missile strike injures seven in the port city; a man is killed in Kherson; Ukraine says it repelled attacks around Avdiivka.",
  basis="visible <time datetime> '{s}' (explicit Z; UK time = GMT in November) on the page dated 'Sat 11 Nov 2023'; the JSON-LD update dates are the page's and are ignored; local {d} in {z}",
  notes="Invented outlet. HTML live blog, newest first, '2:05pm'-style clock in <time datetime=\"...Z\"> per block and a '— NAME' signature line (author). The LiveBlogPosting JSON-LD lists one liveBlogUpdate per block, but every update carries the PAGE's headline and datePublished (07:45 GMT); only articleBody differs: per-entry headline and time must come from the HTML. Spelling 'Odessa'.",
  not_entries=["logo and navigation", "page title", "page date line 'Sat 11 Nov 2023 18.02 GMT'", "summary paragraph", "'— NAME' signature lines (author credits)",
               "'Get the Amberhithe Journal daily briefing' promo", "footer"],
  entries=[
  E("2023-11-11 17:50", "Ukraine says Avdiivka attacks repelled",
    ["Ukrainian forces repelled about 20 Russian attacks near the eastern town of Avdiivka in the past 24 hours, according to the commander of the Tavria military grouping."],
    "other", "frontline", 3, AVDIIVKA, a="Kit Farrant"),
  E("2023-11-11 15:30", "Kherson shelled on liberation anniversary, one killed",
    ["Russian shelling killed a man in Kherson on Saturday, the first anniversary of the city’s recapture by Ukrainian forces, local officials said."],
    "strikes", "strikes", 3, KHERSON, a="Kit Farrant"),
  E("2023-11-11 13:05", "Kremlin: Putin yet to decide on election bid",
    ["The Kremlin said Vladimir Putin had not yet announced whether he would stand in next March’s presidential election, dismissing reports that a decision had already been made."],
    "other", "politics", 2, "putin-election-bid-undecided-2023-11", a="Sorcha Lemon"),
  E("2023-11-11 10:15", "Odessa strike injures seven",
    ["Seven people were injured after a Russian missile struck the port area of Odessa, the governor of the region said, adding that a nearby apartment block was also damaged."],
    "strikes", "strikes", 3, ODESA, a="Sorcha Lemon", n="toll 7 injured; spelling 'Odessa'"),
  E("2023-11-11 08:30", "Dutch F-16s arrive at Romanian training centre",
    ["The first Dutch F-16 fighter jets to be used for training Ukrainian pilots have arrived at an air base in Romania, the Dutch defence ministry said."],
    "aid", "aid", 2, "f16-romania-training-centre-2023-11", a="Sorcha Lemon"),
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
            basis = S["basis"].format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M"), z=S["zone"])
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": basis,
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
        print(f"{fn:42s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds the eval/dg seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented or paraphrased, no copied sentences).
Part A imitates, from memory, the page layouts of ten real Wisconsin outlets (Gannett / USA TODAY Network-Wisconsin,
Lee Enterprises and APG sites on TownNews BLOX); Part B outlets are invented. Deterministic.
Run from the project root:  python3 eval/dg/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
CHI = "America/Chicago"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Jr.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=""):
    """one entry: local time 'YYYY-MM-DD HH:MM' in the page zone, headline, paragraphs, labels, author, notes."""
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def B(e, byline, **kw):
    """attach the byline exactly as the page prints it (the author field keeps only the person or credit)."""
    e["byline"] = byline
    e.update(kw)
    return e


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


def ampm(d, dots=True, space=" ", upper=False):
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
    ts = [dt(e["t"], S["zone"]) for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first"


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:60]


def zabbr(d):
    return d.tzname()


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_postcrescent(S):
    """The Post-Crescent (postcrescent.com, Gannett / USA TODAY Network-Wisconsin) live blog, HTML. Newest first.
    Per post: byline + 'USA TODAY' label, then the clock '5:35 p.m. CDT' (no date), then the h2 headline, then the body.
    Dates only in the page line 'Published ... CT June 21, 2022 | Updated ...'. JSON-LD LiveBlogPosting with liveBlogUpdate."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "headline": e["h"], "datePublished": d.isoformat(), "url": f"{S['url']}#post-{40210 - i}",
             "author": {"@type": "Person", "name": e["a"]}}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        ups.append(u)
    ld = {"@context": "http://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
          "datePublished": pub.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": pub.isoformat(),
          "publisher": {"@type": "Organization", "name": "Appleton Post-Crescent"}, "liveBlogUpdate": ups}
    pl = f"Published {ampm(pub)} CT {MONTHS[pub.month - 1]} {pub.day}, {pub.year}"
    ul = f"Updated {ampm(last)} CT {MONTHS[last.month - 1]} {last.day}, {last.year}"
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">',
           f'<title>{esc(S["title"])}</title>', '<meta name="description" content="The latest on the Russian invasion of Ukraine.">',
           f'<link rel="canonical" href="{S["url"]}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="gnt_pr_body">',
           '<a class="gnt_skip" href="#mainContent">Skip to main content</a>',
           '<header class="gnt_hd"><a class="gnt_hd_lg" href="/" aria-label="Appleton Post-Crescent">The Post-Crescent</a>'
           '<nav class="gnt_hd_nav"><a href="/news/">News</a><a href="/sports/">Sports</a><a href="/sports/packers/">Packers</a>'
           '<a href="/entertainment/">Entertainment</a><a href="/opinion/">Opinion</a><a href="/obituaries/">Obituaries</a>'
           '<a href="https://eedition.postcrescent.com/">E-Edition</a><a href="/legal-notices/">Legal Notices</a></nav>'
           '<a class="gnt_hd_sub" href="/subscribe/">Subscribe</a> <a class="gnt_hd_sub" href="/login/">Sign In</a></header>',
           '<main id="mainContent"><article>', '<div class="gnt_sl"><a href="/news/world/">WORLD</a></div>',
           f'<h1 class="gnt_hl">{esc(S["title"])}</h1>',
           '<div class="gnt_byl">' + esc(S["page_byline"]) + ' <span class="gnt_byl_o">USA TODAY</span></div>',
           f'<div class="gnt_dt">{pl} | {ul}</div>',
           '<div class="gnt_shr"><button>Facebook</button> <button>Twitter</button> <button>Email</button></div>',
           f'<p class="gnt_b_p">{esc(S["lede"])}</p>', '<section class="gnt_lb_list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d)} {zabbr(d)}"; stamps.append(st)
        out.append(f'<article class="gnt_lbp" id="post-{40210 - i}">')
        out.append(f'<div class="gnt_lbp_by"><span class="gnt_lbp_au">{esc(e["a"])}</span> <span class="gnt_lbp_org">USA TODAY</span></div>')
        out.append(f'<div class="gnt_lbp_ts">{st}</div>')
        out.append(f'<h2 class="gnt_lbp_hl">{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p class="gnt_lbp_p">{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gnt_vid"><span class="gnt_vid_d">1:47</span></div>')
        out.append('</article>')
        if i == 2:
            out.append('<aside class="gnt_nl"><h3>Breaking News</h3><p>Get alerts on the biggest stories as they happen.</p>'
                       '<input type="email" aria-label="Email"> <button>Sign up</button></aside>')
    out += ['</section>', f'<p class="gnt_b_p"><em>{esc(S["contrib"])}</em></p>', '</article></main>',
            '<aside class="gnt_rr"><h3>Most Popular</h3><ol><li><a href="/story/news/local/2022/06/20/appleton-road-work/">Road work to close part of College Avenue</a></li>'
            '<li><a href="/story/sports/2022/06/20/timber-rattlers/">Timber Rattlers rally late against Cougars</a></li></ol></aside>',
            '<footer class="gnt_ft"><a href="/about/">About Us</a> <a href="/contact-us/">Contact Us</a> <a href="/newsletters/">Newsletters</a> '
            '<a href="/help/">Help Center</a> <a href="/privacy/">Privacy Policy</a> <a href="/terms/">Terms of Service</a>'
            '<p>© 2022 www.postcrescent.com. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_gbpg(S):
    """Green Bay Press-Gazette (greenbaypressgazette.com, Gannett) USA TODAY day-article with bold subheads, text scrape.
    One page byline (two names) and one 'Published 4:12 p.m. CT July 18, 2022' line; subheads carry no time."""
    z = S["zone"]; pub = dt(S["published"], z)
    L = ["Skip to main content", "", "Green Bay Press-Gazette", "Subscribe", "Sign In", "",
         "News   Packers   Sports   Entertainment   Opinion   Obituaries   E-Edition   Legals", "", "WORLD", "",
         S["title"], "", S["page_byline"], "USA TODAY", "",
         f"Published {ampm(pub)} CT {AP_MONTHS[pub.month - 1]} {pub.day}, {pub.year}", "",
         "Facebook   Twitter   Email", "", S["caption"], "", S["lede"], ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["Advertisement", "", f"RELATED: {S['related']}", ""]
    L += [S["contrib"], "", "Get the Press-Gazette Daily Briefing newsletter in your inbox.", "",
          "About Us   Newsletters   Help Center   Privacy Policy   Terms of Service   Your California Privacy Rights",
          "© 2022 www.greenbaypressgazette.com. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_gannett_rss(S):
    """Wausau Daily Herald (Gannett) section RSS 2.0: pubDate in GMT, plain-text description (teaser paragraph),
    feedburner-style origLink, media:content image; dc:creator only on some items."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0" version="2.0">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>',
           '<description>World news from the USA TODAY Network</description>', '<language>en-us</language>',
           '<copyright>Copyright 2022, Wausau Daily Herald</copyright>', '<image><title>Wausau Daily Herald</title>'
           '<url>https://www.wausaudailyherald.com/static/images/logos/wausau-rss.png</url></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z).astimezone(UTC); st = d.strftime("%a, %d %b %Y %H:%M:%S GMT"); stamps.append(st)
        sid = 7021000002 + i * 13
        link = f"https://www.wausaudailyherald.com/story/news/world/{d.year}/{d.month:02d}/{d.day:02d}/{slug(e['h'])}/{sid}/"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>http://rssfeeds.wausaudailyherald.com/~/{sid}/0/wausau/world~{slug(e["h"])[:30]}/</link>',
                f'<guid isPermaLink="false">{sid}</guid>', f'<pubDate>{st}</pubDate>', f'<description>{esc(" ".join(e["p"]))}</description>']
        if e.get("byline"):
            out.append(f'<dc:creator>{esc(e["byline"])}</dc:creator>')
        out += [f'<media:content url="https://www.gannett-cdn.com/presto/{d.year}/{d.month:02d}/{d.day:02d}/USAT/{sid}.jpg" medium="image"/>',
                f'<feedburner:origLink>{link}</feedburner:origLink>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_oshkosh(S):
    """Oshkosh Northwestern (thenorthwestern.com, Gannett) live blog, text scrape. Newest first. Per post: clock line
    '9:10 p.m. CST' (no date) BEFORE the headline, then the author line, then the body. Dates only in the page's
    'Published ... Nov. 7, 2022 | Updated ... Nov. 8, 2022' line; the posts cross local midnight."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    L = ["Skip to main content", "", "Oshkosh Northwestern", "Subscribe", "Sign In", "",
         "News   Sports   Things To Do   Opinion   Obituaries   E-Edition   Legal Notices", "", "WORLD", "",
         S["title"], "", S["page_byline"], "USA TODAY", "",
         f"Published {ampm(pub)} CT {AP_MONTHS[pub.month - 1]} {pub.day}, {pub.year} | Updated {ampm(last)} CT {AP_MONTHS[last.month - 1]} {last.day}, {last.year}",
         "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d)} {zabbr(d)}"; stamps.append(st)
        L += [st, e["h"], e["a"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["Advertisement", "", "Want more world news? Sign up for the Daily Briefing newsletter.", ""]
    L += [S["contrib"], "", "About Us   Newsletters   Help Center   Privacy Policy   Terms of Service",
          "© 2022 www.thenorthwestern.com. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_journaltimes(S):
    """The Journal Times (journaltimes.com, Lee Enterprises on TownNews BLOX) 'Nation & World' section front, HTML.
    Cards: headline, summary, 'By NAME Associated Press', relative time ('3 hrs ago') inside <time datetime=ISO>.
    JSON-LD only a WebSite node with a SearchAction."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    ld = {"@context": "http://schema.org", "@type": "WebSite", "name": "Racine Journal Times", "url": "https://journaltimes.com/",
          "potentialAction": {"@type": "SearchAction", "target": "https://journaltimes.com/search/?q={search_term}",
                              "query-input": "required name=search_term"}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">',
           f'<title>{esc(S["title"])} | journaltimes.com</title>',
           '<script type="application/ld+json">' + json.dumps(ld) + '</script></head><body class="section-nation-world">',
           '<div id="tncms-region-nav-top"><a href="#main-page-container">Skip to main content</a></div>',
           '<header id="site-header"><a class="navbar-brand" href="/">The Journal Times</a>'
           f'<div class="date-weather"><span class="date">{WEEKDAYS[ref.weekday()]}, {MONTHS[ref.month - 1]} {ref.day}, {ref.year}</span> '
           '<span class="weather">Racine, WI (53403) 49&deg;F Partly cloudy</span></div>'
           '<nav><a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> '
           '<a href="/lifestyles/">Lifestyles</a> <a href="/classifieds/">Classifieds</a> <a href="/eedition/">e-Edition</a></nav>'
           '<a class="btn" href="/users/signup/">Subscribe</a> <a class="btn" href="/users/login/">Log In</a></header>',
           f'<main id="main-page-container"><h1 class="block-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        assert mins % 60 == 0 and mins >= 60, e["t"]
        st = "1 hr ago" if mins == 60 else f"{mins // 60} hrs ago"; stamps.append(st)
        link = f"/news/nation-world/{slug(e['h'])}/article_{0x4be1c0de + i * 977:08x}-56f1-11ed-9a3c-{0x0042ac120002 + i:012x}.html"
        out.append(f'<article class="tnt-asset-type-article"><div class="card-headline"><h3 class="tnt-headline"><a href="{link}">{esc(e["h"])}</a></h3></div>')
        out += [f'<div class="card-lead"><p class="tnt-summary">{esc(p)}</p></div>' for p in e["p"]]
        out.append(f'<ul class="card-meta"><li class="card-byline">{esc(e["byline"])}</li>'
                   f'<li class="card-date"><time datetime="{d.isoformat()}">{st}</time></li></ul></article>')
        if i == 2:
            out.append('<div class="tnt-ads-container">Advertisement</div>')
    out += ['<a class="btn-more" href="?o=10">More stories</a></main>',
            '<aside class="tnt-section-sidebar"><h4>Most Popular</h4><a href="/news/local/">Racine Unified board weighs boundary changes</a></aside>',
            '<footer>© Copyright 2022 The Journal Times, 212 Fourth St. Racine, WI | Terms of Use | Privacy Policy<br>'
            'Powered by BLOX Content Management System from TownNews.com.</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_kenosha_atom(S):
    """Kenosha News (kenoshanews.com, TownNews BLOX) section Atom feed: <published>/<updated> with the local offset
    (-06:00 in November), <author><name> as printed by BLOX, summary of type html (escaped once)."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">',
           f'<title>{esc(S["title"])}</title>', f'<subtitle>{esc(S["lede"])}</subtitle>',
           f'<link rel="alternate" type="text/html" href="{S["url"]}" />', f'<link rel="self" href="{attr(S["url"])}?f=atom" />',
           f'<id>{S["url"]}?f=atom</id>', f'<updated>{last.isoformat()}</updated>',
           '<generator uri="https://www.townnews.com">TownNews.com Dynamic Site Engine</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        link = f"https://www.kenoshanews.com/news/nation-world/{slug(e['h'])}/article_{0x1f0c7a00 + i * 6151:08x}-6e2b-11ed-8c1a-{0x5f3d11aa0b00 + i:012x}.html"
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<id>{link}</id>', f'<link rel="alternate" type="text/html" href="{link}" />',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e.get("byline"):
            out.append(f'<author><name>{esc(e["byline"])}</name></author>')
        out.append('<summary type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</summary>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_wsj(S):
    """Wisconsin State Journal (madison.com, Lee Enterprises on BLOX) 'World' section front, text scrape. Header date line
    with the capture clock 'Sunday, December 25, 2022 4:35 pm'; cards: headline, 'By NAME Associated Press', relative
    time ('45 min ago', '6 hrs ago'), summary, comment count."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = ["Skip to main content", "You are the owner of this article.", "", "Wisconsin State Journal",
         f"{WEEKDAYS[ref.weekday()]}, {MONTHS[ref.month - 1]} {ref.day}, {ref.year} {ampm(ref, dots=False)}", "",
         "Madison, WI (53703)", "Today", "Cloudy and very cold. High 12F. Winds light and variable.", "",
         "Subscribe for $1", "Log In", "e-Edition", "",
         "News   Local   Sports   Badgers   Opinion   Obituaries   Entertainment   Business   Weather   e-Edition", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} min ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hr ago" if mins == 60 else f"{mins // 60} hrs ago"
        stamps.append(st)
        L += [e["h"], e["byline"], st, ""] + ptxt(e["p"]) + [f"{e.get('cc', 0)} comments" if e.get("cc", 0) != 1 else "1 comment", ""]
        if i == 2:
            L += ["Get local news delivered to your inbox!", "Subscribe to our Daily Headlines newsletter.", "Sign up!", ""]
    L += ["Load more", "", "Most Read", "Madison homeless shelters open extra beds for cold snap", "Badgers add transfer quarterback", "",
          "© Copyright 2022, Wisconsin State Journal, 1901 Fish Hatchery Road Madison, WI", "Powered by BLOX Content Management System from TownNews.com."]
    return "\n".join(L) + "\n", stamps


def r_sheboygan(S):
    """The Sheboygan Press (sheboyganpress.com, Gannett) updates article, HTML with NewsArticle JSON-LD. Oldest first;
    each update is a bare clock ('6:30 a.m.', no zone, no date) above an h2; the zone and date only in the page's
    'Published ... CT March 30, 2024 | Updated ...' line. One page byline. A 'Photos:' gallery teaser without text."""
    z = S["zone"]; order_check(S, False)
    pub = dt(S["published"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": pub.isoformat(), "dateModified": last.isoformat(), "articleSection": "World",
          "author": [{"@type": "Person", "name": S["page_byline"]}],
          "publisher": {"@type": "NewsMediaOrganization", "name": "Sheboygan Press", "url": "https://www.sheboyganpress.com"}}
    pl = f"Published {ampm(pub)} CT {MONTHS[pub.month - 1]} {pub.day}, {pub.year}"
    ul = f"Updated {ampm(last)} CT {MONTHS[last.month - 1]} {last.day}, {last.year}"
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="gnt_n"><a class="gnt_n_lg" href="/">Sheboygan Press</a><nav><a href="/news/">News</a> <a href="/sports/">Sports</a> '
           '<a href="/sports/packers/">Packers</a> <a href="/things-to-do/">Things to Do</a> <a href="/opinion/">Opinion</a> '
           '<a href="/obituaries/">Obituaries</a> <a href="https://eedition.sheboyganpress.com/">eNewspaper</a></nav>'
           '<a href="/subscribe/">Subscribe</a> <a href="/login/">Sign In</a></header>',
           '<main><article class="gnt_pr"><div class="gnt_ar_lbl">WORLD</div>', f'<h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
           f'<div class="gnt_ar_by"><a href="/staff/2648{len(S["page_byline"])}/">{esc(S["page_byline"])}</a> <span>USA TODAY</span></div>',
           f'<div class="gnt_ar_dt">{pl} | {ul}</div>',
           f'<figure class="gnt_em"><figcaption>{esc(S["caption"])}</figcaption></figure>', f'<p class="gnt_ar_b_p">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d); stamps.append(st)
        out.append(f'<p class="gnt_ar_b_p"><strong>{st}</strong></p>')
        out.append(f'<h2 class="gnt_ar_b_h2">{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p class="gnt_ar_b_p">{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gnt_em_gl">Gallery: 14 photos</div>')
        if i == 1:
            out.append('<aside class="gnt_em_nl">Stay up to date: sign up for the Sheboygan Press Daily Briefing newsletter.</aside>')
    out += [f'<p class="gnt_ar_b_p"><em>{esc(S["contrib"])}</em></p>', '</article></main>',
            '<footer><a href="/about/">About Us</a> <a href="/newsletters/">Newsletters</a> <a href="/help/">Help Center</a> '
            '<a href="/privacy/">Privacy Policy</a> <a href="/terms/">Terms of Service</a><p>© 2024 www.sheboyganpress.com. All rights reserved.</p></footer>',
            '</body></html>']
    return "\n".join(out) + "\n", stamps


def r_leadertelegram(S):
    """Leader-Telegram (leadertelegram.com, APG on TownNews BLOX) 'World digest' print round-up, text scrape. One
    'Posted: Thursday, August 29, 2024 11:40 am' line and a generic 'From wire reports' credit; each brief is a headline
    plus paragraphs starting with a wire dateline ('KYIV, Ukraine (AP) — '). Briefs carry no time of their own."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    L = ["Skip to main content", "", "Leader-Telegram", "Eau Claire, Wisconsin", "", "Subscribe   Login   e-Edition", "",
         "News   Sports   Opinion   Obituaries   Features   Calendar   Classifieds   Public Notices", "", "Nation/World", "",
         S["title"], "", S["page_byline"], f"Posted: {WEEKDAYS[d0.weekday()]}, {MONTHS[d0.month - 1]} {d0.day}, {d0.year} {ampm(d0, dots=False)}", "",
         "Facebook   Twitter   Email   Print   Save", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 3:
            L += ["Advertisement", ""]
    L += [f"Tags: {S['tags']}", "", "0 comments", "", "Sign up for our newsletters: Daily Headlines, Breaking News, Obituaries", "",
          "© Copyright 2024 Leader-Telegram, 701 S. Farwell St. Eau Claire, WI | Terms of Use | Privacy Policy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_stevenspoint(S):
    """Stevens Point Journal (stevenspointjournal.com, Gannett) live blog, HTML. Newest first; per post the h3 headline,
    then a dated stamp 'Dec. 30, 2024, 6:40 p.m. CT', then author and body. Page-level LiveBlogPosting JSON-LD without
    liveBlogUpdate. The posts cross local midnight (Dec. 30 evening to Dec. 31)."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "author": [{"@type": "Person", "name": n} for n in S["authors"]],
          "publisher": {"@type": "NewsMediaOrganization", "name": "Stevens Point Journal"}}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           f'<link rel="canonical" href="{S["url"]}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="gnt_n"><a class="gnt_n_lg" href="/">Stevens Point Journal</a><nav><a href="/news/">News</a> <a href="/sports/">Sports</a> '
           '<a href="/sports/packers/">Packers</a> <a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> '
           '<a href="https://eedition.stevenspointjournal.com/">eNewspaper</a> <a href="/legal-notices/">Legals</a></nav>'
           '<a href="/subscribe/">Subscribe</a> <a href="/login/">Sign In</a></header>',
           '<main><article class="gnt_lb_article"><div class="gnt_ar_lbl">WORLD</div>', f'<h1>{esc(S["title"])}</h1>',
           '<p class="gnt_ar_by">' + ", ".join(esc(n) for n in S["authors"]) + ' <span>USA TODAY</span></p>',
           f'<p class="gnt_ar_b_p">{esc(S["lede"])}</p>', '<div class="gnt_lb_feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{AP_MONTHS[d.month - 1]} {d.day}, {d.year}, {ampm(d)} CT"; stamps.append(st)
        out.append(f'<div class="gnt_lb_post" data-post-id="{88451 - i}"><h3 class="gnt_lb_post_hl">{esc(e["h"])}</h3>')
        out.append(f'<div class="gnt_lb_post_ts">{st}</div><div class="gnt_lb_post_au">{esc(e["a"])}</div>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 3:
            out.append('<aside class="gnt_lb_promo">Download the Stevens Point Journal app for breaking news alerts.</aside>')
    out += ['</div>', f'<p class="gnt_ar_b_p"><em>{esc(S["contrib"])}</em></p>', '</article></main>',
            '<footer><a href="/about/">About Us</a> <a href="/newsletters/">Newsletters</a> <a href="/privacy/">Privacy Policy</a> '
            '<a href="/terms/">Terms of Service</a> <a href="/privacy-choices/">Your Privacy Choices</a><p>© 2024 www.stevenspointjournal.com. All rights reserved.</p></footer>',
            '</body></html>']
    return "\n".join(out) + "\n", stamps


# ================================================================ Part B renderers (invented outlets)

def r_corvingham(S):
    """text live, newest first; 'Key points' block with bullet lines; stamp line '22:15 EET' before the headline;
    signature '(Name)' after the body."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Home · Ukraine · Europe · World · Opinion · Live", "", "LIVE UPDATES", S["title"], S["dateline"], "",
         S["lede"], "", "Key points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "All updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {zabbr(d)}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"({e['a']})", ""]
        if i == 2:
            L += ["Support independent reporting from Ukraine: become a Courier member.", ""]
    L += ["Show older updates", "", f"{S['source']} · About · Ethics code · Contact · Privacy"]
    return "\n".join(L) + "\n", stamps


def r_feldharrow(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with per-update datePublished; visible '07:05 GMT' in <time>;
    'By NAME' below the headline; a 'Watch:' video teaser without text."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#p{i + 1}", "headline": e["h"], "datePublished": d.isoformat()}
        if e["p"]:
            u["articleBody"] = "\n\n".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="cookie">This site uses cookies. <button>Accept</button> <button>Manage</button></div>',
           f'<header><a class="mast" href="/">{esc(S["source"])}</a><nav><a href="/news">News</a> <a href="/world">World</a> '
           '<a href="/ukraine">Ukraine</a> <a href="/business">Business</a> <a href="/sport">Sport</a></nav></header>',
           f'<main><p class="kicker">LIVE</p><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>',
           f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} GMT"; stamps.append(st)
        out.append(f'<article class="lb-post" id="p{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">By {esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="video-embed">[Video, 0:58]</div>')
        out.append('<div class="post-share"><a>Share</a> <a>Link</a></div></article>')
        if i == 3:
            out.append('<aside class="related"><h3>Related</h3><a href="/world/danube-shipping-explained">How the Danube became Ukraine\u2019s back door to the sea</a></aside>')
    out += ['</main>', f'<footer>{esc(S["source"])} · Terms · Privacy · Contact the newsroom</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """RSS 2.0, newest first; pubDate with the outlet's numeric offset; CDATA <p> paragraphs; dc:creator when given."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           f'<atom:link href="{S["url"]}/rss.xml" rel="self" type="application/rss+xml"/>', '<language>en</language>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{e.get("cat", "world").lower()}/{slug(e["h"])}</link>',
                f'<guid isPermaLink="false">{S["guid"]}-{i + 301}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0, newest first; <published> ISO with the outlet's offset ('Z' for UTC); escaped HTML content; optional author."""
    z = S["zone"]; order_check(S, True)

    def iso(d):
        return d.isoformat().replace("+00:00", "Z")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>tag:{S["url"].split("//")[1]},2023:feed</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" href="{S["url"]}/a/{slug(e["h"])}"/>',
                f'<id>tag:{S["url"].split("//")[1]},2023:{i + 7700}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_kettlemere(S):
    """HTML live, newest first, no JSON-LD; bare '21:30' in a <span> above the h3, printed note 'All times CET';
    optional author line below the h3; a 'Photos:' gallery teaser without text; an 'Analysis:' piece."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 {S["source"]}</title></head><body>',
           '<div class="gdpr">We value your privacy. <button>Agree</button> <button>More options</button></div>',
           f'<header><a href="/" class="logo">{esc(S["source"])}</a> <nav><a>Poland</a> <a>Ukraine</a> <a>Europe</a> <a>Business</a> <a>Culture</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])} | {esc(S["tznote"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<section class="entry"><span class="entry-time">{st}</span><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="entry-author">{esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">[Photo gallery \u00b7 12 images]</div>')
        out.append('</section>')
        if i == 2:
            out.append('<aside><h4>Read more</h4><a href="/ukraine/danube-ports">Izmail and Reni: the ports Russia keeps hitting</a></aside>')
    out += ['<p class="archive"><a href="/live/ukraine-2023-12-21">Thursday\u2019s live page</a></p></main>',
            f'<footer>{esc(S["source"])} \u00b7 Editorial team \u00b7 Advertising \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_article_txt(S):
    """text article with section headings (one entry per section), one byline and a dateline with time and zone."""
    L = [S["source"], "World / Europe / Ukraine", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Share · Tweet · Email · Print", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["ADVERTISEMENT", ""]
    L += [S["more"], "", f"\u00a9 {S['source']} \u00b7 Terms \u00b7 Privacy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_oxhallow(S):
    """text live, oldest first; '6:05 a.m. EST' line before each headline; desk credit; dateline with year."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Local · Nation · World · Sports · Opinion", "", S["title"], S["dateline"], S["byline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d)} {zabbr(d)}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["This blog is no longer being updated.", "", f"{S['source']} · Contact · Terms · Privacy"]
    return "\n".join(L) + "\n", stamps


def r_umbervale(S):
    """text live, oldest first; date line with weekday and day but NO year anywhere; bare '08:05' line before the
    headline; page byline with two names."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "Live · Ukraine · Region · Culture · Podcasts", "", S["title"], S["dateline"], S["byline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 3:
            L += ["Newsletter: get the Ledger's evening digest in your inbox.", ""]
    L += ["Our live coverage continues tomorrow.", "", f"{S['source']} · Who we are · Contact · Privacy"]
    return "\n".join(L) + "\n", stamps


def r_wrexcombe(S):
    """HTML live, newest first; JSON-LD @graph with an Organization and a LiveBlogPosting (@type array) whose
    liveBlogUpdate carries per-update times; visible '21.40' in <time datetime>; 'By NAME' after the headline."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    base = S["url"].split("/live")[0]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#e{len(S['entries']) - i}", "headline": e["h"], "datePublished": d.isoformat()}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        if e["a"]:
            u["author"] = [{"@type": "Person", "name": e["a"]}]
        ups.append(u)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": base + "/#org", "name": S["source"], "url": base},
        {"@type": ["LiveBlogPosting", "NewsArticle"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@id": base + "/#org"},
         "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><span class="brand">{esc(S["source"])}</span> <nav><a>France</a> <a>Europe</a> <a>World</a> <a>Economy</a> <a>Ideas</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="chapo">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.hour:02d}.{d.minute:02d}"; stamps.append(st)
        out.append(f'<div class="post" id="e{len(S["entries"]) - i}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="signature">By {esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="player">Video \u00b7 1 min 20</div>')
        out.append('</div>')
        if i == 1:
            out.append('<div class="subscribe-box">Read the Observer without limits: subscribe from \u20ac1.</div>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Legal notice \u00b7 Contact \u00b7 Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ================================================================ PART A: ten real outlets' layouts (own words)
SEEDS = []

# ---------------------------------------------------------------- 11200 The Post-Crescent (2022-06-21)
SEEDS.append(dict(
  id="11200", name="11200_postcrescent-live", ext="html", source="The Post-Crescent", zone=CHI, render=r_postcrescent,
  title="Russia-Ukraine live updates: Garland makes unannounced trip to Ukraine; Moscow threatens Lithuania over Kaliningrad",
  url="https://www.postcrescent.com/story/news/world/2022/06/21/russia-ukraine-live-updates-garland-kaliningrad/7690314001/",
  published="2022-06-21 05:58", page_byline="Celina Brandt, Marcus Oyelaran and Dana Kowalczyk",
  lede="Catch up on the latest developments in Russia's war in Ukraine, plus how Fox Cities residents are helping families who fled the fighting.",
  contrib="Contributing: The Associated Press, Reuters",
  basis="post clock '{s}' (Central daylight time printed as CDT); no date per post: the page line 'Published 5:58 a.m. CT June 21, 2022 | Updated 5:35 p.m. CT June 21, 2022' gives the day; local {d} in {z}",
  notes="Imitates a Gannett (USA TODAY Network-Wisconsin) live blog on postcrescent.com. Newest first. Each post: author + 'USA TODAY' label, then a clock '5:35 p.m. CDT' (no date), then the h2 headline, then the body; i.e. the stamp comes BEFORE the headline. Dates only in the page's 'Published ... | Updated ...' line (June 21, 2022). JSON-LD LiveBlogPosting with liveBlogUpdate items whose datePublished agree with the visible clocks. Post 2 is a 'Watch:' video teaser with no text (a video duration '1:47' only). Times are CDT = UTC-5; every post falls on 2022-06-21 in UTC.",
  not_entries=["'Skip to main content' link", "header logo and navigation (News, Sports, Packers, ...), Subscribe / Sign In", "section label 'WORLD'",
               "page headline (page title)", "page byline 'Celina Brandt, Marcus Oyelaran and Dana Kowalczyk USA TODAY'", "'Published ... | Updated ...' line",
               "share buttons", "intro paragraph 'Catch up on the latest developments ...' (page lede)", "'USA TODAY' label in every post's byline row",
               "video duration '1:47' inside the teaser post", "'Breaking News' sign-up box after the third post", "'Contributing: The Associated Press, Reuters'",
               "'Most Popular' rail with two local links", "footer links and copyright"],
  entries=[
  E("2022-06-21 17:35", "Attorney General Garland makes surprise visit, vows to help Ukraine pursue war crimes",
    ["U.S. Attorney General Merrick Garland traveled to Ukraine on Tuesday without prior announcement and met Prosecutor General Iryna Venediktova to discuss how American investigators can support her office.",
     "Garland said the Justice Department would set up a dedicated team to help identify people responsible for atrocities and to prosecute any who fall under U.S. jurisdiction.",
     "\u201cThe United States will not look away from what is happening here,\u201d Garland told reporters who accompanied him."],
    "diplomacy", "diplomacy", 3, "garland-ukraine-visit-2022-06-21", a="Celina Brandt", n="US cabinet member's visit; war-crimes cooperation"),
  E("2022-06-21 15:50", "Watch: Zelenskyy tells African leaders Russia is holding their food 'hostage'", [],
    "diplomacy", "diplomacy", 1, "zelenskyy-african-union-address-2022-06-20", a="Marcus Oyelaran", n="video teaser without text body"),
  E("2022-06-21 13:20", "Russia threatens Lithuania with 'serious' response over Kaliningrad rail curbs",
    ["Moscow warned Tuesday that it would retaliate against Lithuania for halting rail shipments of some sanctioned goods to Kaliningrad, the Russian exclave squeezed between Lithuania and Poland.",
     "Nikolai Patrushev, secretary of Russia's Security Council, said during a visit to the region that Lithuanians would feel the consequences. Lithuania says it is simply applying European Union sanctions on steel and other metals."],
    "diplomacy", "diplomacy", 3, "kaliningrad-transit-dispute-2022-06", a="Marcus Oyelaran"),
  E("2022-06-21 11:05", "Shelling kills at least 5 in Kharkiv region",
    ["Russian artillery and rocket fire killed at least five civilians and wounded 11 in Kharkiv and nearby towns over the past day, regional Gov. Oleh Syniehubov said Tuesday.",
     "He said neighborhoods on the city's northern edge took the heaviest fire and urged residents to stay close to shelters."],
    "strikes", "strikes", 3, "kharkiv-shelling-2022-06-21", a="Celina Brandt"),
  E("2022-06-21 09:40", "Russian troops press toward Lysychansk after seizing village",
    ["Russian forces took the village of Toshkivka south of Sievierodonetsk and are pushing toward the neighboring city of Lysychansk, Luhansk Gov. Serhiy Haidai said.",
     "Ukrainian units still hold parts of the Azot chemical plant in Sievierodonetsk, where hundreds of civilians have been sheltering for weeks."],
    "other", "frontline", 2, "sievierodonetsk-lysychansk-battle-2022-06", a="Marcus Oyelaran"),
  E("2022-06-21 07:15", "Fox Cities families open their homes to Ukrainian refugees",
    ["Three households in the Appleton area have taken in Ukrainian families under the federal Uniting for Ukraine program, and a Grand Chute church is recruiting volunteers to help them settle.",
     "Organizers say the biggest needs are rides to appointments, English lessons and help finding jobs."],
    "other", "humanitarian", 2, "fox-cities-ukrainian-refugee-hosts-2022-06", a="Dana Kowalczyk", n="local angle, war-related (refugees)"),
  ]))

# ---------------------------------------------------------------- 11201 Green Bay Press-Gazette (2022-07-18)
SEEDS.append(dict(
  id="11201", name="11201_greenbaypressgazette-article", ext="txt", source="Green Bay Press-Gazette", zone=CHI, render=r_gbpg,
  title="Ukraine updates: Zelenskyy sidelines security chief and prosecutor general; EU weighs Russian gold ban",
  published="2022-07-18 16:12", page_byline="Tova Lindqvist and Rafael Ocampo",
  caption="A man walks past a building damaged by a Russian strike in Mykolaiv, Ukraine. (Photo: Getty Images)",
  lede="President Volodymyr Zelenskyy's shake-up of his security services dominated Monday in Kyiv, while European ministers debated fresh penalties for Moscow.",
  related="Grain, gas and guns: What to know as the war nears its sixth month",
  contrib="Contributing: The Associated Press",
  basis="no time per section: the article line 'Published 4:12 p.m. CT July 18, 2022' (CT = CDT, UTC-5) dates every section; local {d} in {z}",
  notes="Imitates a USA TODAY day-article as syndicated on greenbaypressgazette.com (Gannett), copied as text. No live stamps: one 'Published 4:12 p.m. CT July 18, 2022' line for the whole article; five bold subheads, each taken as one entry (headline = subhead, stamp null, published = the article time). The two-name page byline is the author of every section (kept as one string). 'RELATED:' is a link, not a section.",
  not_entries=["'Skip to main content'", "masthead, Subscribe / Sign In, navigation menu", "section label 'WORLD'", "article headline (page title)",
               "byline 'Tova Lindqvist and Rafael Ocampo' and 'USA TODAY' label", "'Published 4:12 p.m. CT July 18, 2022' line", "share buttons",
               "photo caption 'A man walks past a building damaged ...'", "intro paragraph (lede) 'President Volodymyr Zelenskyy's shake-up ...'",
               "'Advertisement' marker", "'RELATED: Grain, gas and guns: ...' link", "'Contributing: The Associated Press'",
               "newsletter line", "footer links and copyright"],
  entries=[
  E("2022-07-18 16:12", "Zelenskyy suspends security service chief and top prosecutor",
    ["Zelenskyy suspended Ivan Bakanov, head of the SBU security service, and Prosecutor General Iryna Venediktova, saying that employees of their agencies were suspected in dozens of cases of working with Russia.",
     "In a late-night video address, the president said more than 60 staff members of the two agencies had stayed in occupied areas and were now working against Ukraine.",
     "Bakanov is a childhood friend of Zelenskyy and once ran his entertainment company."],
    "other", "politics", 3, "zelenskyy-suspends-bakanov-venediktova-2022-07-17", a="Tova Lindqvist and Rafael Ocampo"),
  E("2022-07-18 16:12", "Missiles slam into Mykolaiv for a second day",
    ["Russian forces fired about a dozen missiles at Mykolaiv early Monday, hitting an industrial zone and a university building and killing one person, Mayor Oleksandr Senkevych said.",
     "The southern port city, which sits on the road to Odesa, has been shelled almost every day since the start of the invasion."],
    "strikes", "strikes", 3, "mykolaiv-missile-strikes-2022-07-18", a="Tova Lindqvist and Rafael Ocampo"),
  E("2022-07-18 16:12", "EU foreign ministers weigh ban on Russian gold",
    ["European Union foreign ministers meeting in Brussels discussed adding a ban on imports of Russian gold to the bloc's sanctions, a step proposed by the European Commission last week.",
     "EU foreign policy chief Josep Borrell said he expected governments to sign off on the package soon."],
    "diplomacy", "diplomacy", 2, "eu-russian-gold-ban-proposal-2022-07", a="Tova Lindqvist and Rafael Ocampo", n="sanctions proposal under discussion"),
  E("2022-07-18 16:12", "Putin heads to Tehran for talks with Iran and Turkey",
    ["Russian President Vladimir Putin will fly to Iran on Tuesday for meetings with Iranian leaders and Turkish President Recep Tayyip Erdogan, the Kremlin said.",
     "U.S. officials have warned that Tehran is getting ready to provide Moscow with hundreds of drones, some of them able to carry weapons."],
    "diplomacy", "diplomacy", 3, "putin-tehran-visit-2022-07-19", a="Tova Lindqvist and Rafael Ocampo", n="head-of-state trip"),
  E("2022-07-18 16:12", "Turkey sees grain deal within days",
    ["Turkish officials said a deal to let Ukraine ship grain out of its Black Sea ports could be signed within days, after delegations from Russia, Ukraine, Turkey and the United Nations met in Istanbul last week.",
     "Tens of millions of tons of grain are stuck in Ukrainian silos, and aid groups warn the blockade is driving up hunger in Africa and the Middle East."],
    "diplomacy", "diplomacy", 2, "black-sea-grain-deal-talks-2022-07", a="Tova Lindqvist and Rafael Ocampo"),
  ]))

# ---------------------------------------------------------------- 11202 Wausau Daily Herald (2022-07-21), RSS in GMT
SEEDS.append(dict(
  id="11202", name="11202_wausaudailyherald-worldrss", ext="xml", source="Wausau Daily Herald", zone="UTC", render=r_gannett_rss,
  title="Wausau Daily Herald - World", url="https://www.wausaudailyherald.com/news/world/",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Imitates a Gannett section RSS 2.0 feed (Wausau Daily Herald, 'World'): feedburner-style item links with a feedburner:origLink, pubDate in GMT, plain-text description (the story's teaser paragraph), media:content image, dc:creator only on some items (the reporter's name as printed; author = that name; items without it get null). Newest first. Three of seven items are off the war (Jan. 6 committee, Biden's COVID-19 test, Draghi's resignation). The page zone is UTC because the feed prints GMT (the outlet's home zone would be America/Chicago).",
  not_entries=["channel title, link, description, language, copyright and image", "item link, guid, media:content and feedburner:origLink elements"],
  entries=[
  OFF("2022-07-21 22:48", "Jan. 6 committee's prime-time hearing zeroes in on Trump's 187 minutes",
      ["The House committee investigating the Capitol attack used its second prime-time hearing Thursday to walk through what then-President Donald Trump did and did not do while rioters were inside the building."],
      "jan6-committee-primetime-hearing-2022-07-21", n="US politics"),
  B(E("2022-07-21 20:15", "Russian rockets kill 3 at Kharkiv bus stop, officials say",
      ["A Russian rocket attack struck a public transport stop and nearby homes in Kharkiv on Thursday, killing three people including a teenager and wounding more than 20, regional authorities said."],
      "strikes", "strikes", 3, "kharkiv-bus-stop-strike-2022-07-21", a="Orla Fenwick"), "Orla Fenwick"),
  OFF("2022-07-21 18:02", "Biden tests positive for COVID-19, White House says symptoms are mild",
      ["President Joe Biden has tested positive for COVID-19 and is isolating at the White House while continuing to work, his press secretary said."],
      "biden-covid-positive-2022-07-21", n="US president's health"),
  B(E("2022-07-21 16:30", "Deal to reopen Ukraine's grain exports to be signed Friday in Istanbul",
      ["Russia and Ukraine are expected to sign an agreement on Friday that would restart grain shipments from Ukraine's Black Sea ports, Turkey's presidency said, in a ceremony attended by U.N. Secretary-General Antonio Guterres."],
      "diplomacy", "diplomacy", 3, "black-sea-grain-deal-signing-2022-07-22", a="Dmitri Saltykov"), "Dmitri Saltykov"),
  OFF("2022-07-21 14:05", "Italy's Draghi steps down after coalition partners desert him",
      ["Italian Premier Mario Draghi handed his resignation to the president on Thursday after three parties in his governing coalition boycotted a confidence vote, setting the stage for early elections."],
      "draghi-resignation-2022-07-21", n="Italian politics"),
  E("2022-07-21 12:40", "Pentagon: Four more HIMARS rocket launchers headed to Ukraine",
    ["Defense Secretary Lloyd Austin said the United States will send four more HIMARS multiple rocket launchers to Ukraine, raising the number promised to 16, after a virtual meeting of about 50 countries that support Kyiv."],
    "aid", "aid", 3, "us-himars-four-more-2022-07"),
  E("2022-07-21 09:15", "Ukraine's first lady asks Congress for air defense systems",
    ["Olena Zelenska told members of Congress on Wednesday that Ukraine needs more air defense systems to stop Russian missiles from killing children, in an unusual address by a foreign first lady."],
    "aid", "aid", 2, "zelenska-congress-address-2022-07-20", sec=["diplomacy"], n="appeal for air defense"),
  ]))

# ---------------------------------------------------------------- 11203 Oshkosh Northwestern (2022-11-08)
SEEDS.append(dict(
  id="11203", name="11203_thenorthwestern-live", ext="txt", source="Oshkosh Northwestern", zone=CHI, render=r_oshkosh,
  title="Russia-Ukraine live updates: Zelenskyy sets out terms for any talks as Americans head to the polls",
  published="2022-11-07 20:25", page_byline="Reba Castellanos, Ahmad Nouri and Peter Lindgren",
  lede="Ukraine's president laid out what it would take for Kyiv to negotiate, while Russian troops in Kherson appeared to dig in. Here's the latest.",
  contrib="Contributing: The Associated Press, Reuters",
  basis="post clock '{s}' (Central standard time printed as CST); no date per post: the page line 'Published 8:25 p.m. CT Nov. 7, 2022 | Updated 3:40 p.m. CT Nov. 8, 2022' and the newest-first order put the 9:10 p.m. post on Nov. 7 and the others after midnight on Nov. 8; local {d} in {z}",
  notes="Imitates a Gannett live blog as run on thenorthwestern.com, copied as text. Newest first. Each post: a clock line '3:40 p.m. CST' (no date) BEFORE the headline, then the author's name on its own line, then the body. Dates only in 'Published 8:25 p.m. CT Nov. 7, 2022 | Updated 3:40 p.m. CT Nov. 8, 2022'. The posts cross local midnight: the last (oldest) post, 9:10 p.m., is Nov. 7 local; in UTC (CST = UTC-6) it is 03:10 on Nov. 8, so all six posts fall on 2022-11-08 UTC. The midterm post is an outlook piece on US aid.",
  not_entries=["'Skip to main content'", "masthead, Subscribe / Sign In, navigation", "section label 'WORLD'", "page headline (page title)",
               "page byline (three names) and 'USA TODAY'", "'Published ... | Updated ...' line", "intro paragraph (page lede)",
               "author name line under each headline (author, not body)", "'Advertisement' marker", "newsletter sign-up line",
               "'Contributing: The Associated Press, Reuters'", "footer links and copyright"],
  entries=[
  E("2022-11-08 15:40", "Midterm results could test bipartisan backing for Ukraine aid",
    ["Kyiv is watching Tuesday's vote closely because some Republicans, including House GOP leader Kevin McCarthy, have said a Republican majority would not hand Ukraine a \"blank check.\"",
     "Congress has approved tens of billions of dollars for Ukraine since February, and the White House wants more before the year ends."],
    "aid", "aid", 2, "us-midterms-ukraine-aid-outlook-2022-11", a="Reba Castellanos", n="outlook piece on US aid politics"),
  E("2022-11-08 13:05", "Ukraine says Russian troops are digging in and looting in Kherson",
    ["Ukrainian officials said Russian soldiers in Kherson were moving into empty apartments, stripping hospitals of equipment and changing into civilian clothes, which Kyiv reads as preparation for street fighting rather than a pullout."],
    "other", "frontline", 2, "kherson-russian-preparations-2022-11", a="Ahmad Nouri"),
  E("2022-11-08 10:20", "Shelling kills 4 in Donetsk region, governor says",
    ["Russian shelling killed four civilians and wounded nine in the Donetsk region over the past day, Gov. Pavlo Kyrylenko said Tuesday, with Bakhmut and Avdiivka again among the places hit."],
    "strikes", "strikes", 3, "donetsk-region-shelling-2022-11-08", a="Ahmad Nouri"),
  E("2022-11-08 07:45", "Blackouts scheduled for Kyiv and six regions",
    ["Ukraine's grid operator Ukrenergo announced rolling power cuts for Tuesday in Kyiv and six other regions while crews repair power plants and substations damaged by weeks of Russian missile and drone attacks."],
    "other", "humanitarian", 2, "ukraine-scheduled-blackouts-2022-11", a="Peter Lindgren", sec=["strikes"]),
  E("2022-11-08 00:30", "White House won't confirm report of Sullivan talks with Kremlin aides",
    ["The White House declined to confirm a Wall Street Journal report that national security adviser Jake Sullivan has held private conversations with senior aides to Russian President Vladimir Putin about lowering the risk of a wider war.",
     "A spokesperson said only that channels to Moscow remain open and gave no details."],
    "diplomacy", "diplomacy", 2, "sullivan-kremlin-contacts-report-2022-11", a="Peter Lindgren"),
  E("2022-11-07 21:10", "Zelenskyy lists conditions for peace talks with Russia",
    ["In his nightly address, President Volodymyr Zelenskyy said Ukraine would negotiate only if Russia restored the country's territorial integrity, paid for the damage it caused and let those guilty of war crimes face justice.",
     "The remarks came amid reports that Washington had privately encouraged Kyiv to signal openness to talks."],
    "diplomacy", "diplomacy", 3, "zelenskyy-peace-talks-conditions-2022-11-07", a="Reba Castellanos", n="local Nov. 7 evening; UTC Nov. 8"),
  ]))

# ---------------------------------------------------------------- 11204 The Journal Times (2022-10-28)
SEEDS.append(dict(
  id="11204", name="11204_journaltimes-nationworld", ext="html", source="The Journal Times", zone=CHI, render=r_journaltimes,
  title="Nation & World", ref="2022-10-28 17:50", url="https://journaltimes.com/news/nation-world/",
  basis="BLOX relative stamp '{s}' wrapped in <time datetime=\"{iso}\"> (ISO with -05:00, CDT); the visible header gives only the date 'Friday, October 28, 2022'; local {d} in {z}",
  notes="Imitates a TownNews BLOX section front ('Nation & World') of journaltimes.com (Lee Enterprises), HTML. Cards, newest first: headline, summary, 'By NAME Associated Press', and a relative time ('1 hr ago', '3 hrs ago') inside <time datetime=\"...-05:00\">. The visible page prints no clock (only the header date 'Friday, October 28, 2022'); the exact time of each card comes from its datetime attribute, with which the relative texts agree (reference 5:50 p.m. CDT). JSON-LD is only a WebSite node with a SearchAction. Author = the name between 'By' and 'Associated Press'. Two cards are off the war (Pelosi attack, Twitter takeover).",
  not_entries=["'Skip to main content'", "masthead 'The Journal Times'", "header date 'Friday, October 28, 2022' and weather widget", "navigation, Subscribe / Log In",
               "section heading 'Nation & World' (page title)", "'Advertisement' slot", "'More stories' button", "'Most Popular' sidebar link", "footer with address and BLOX credit"],
  entries=[
  B(OFF("2022-10-28 16:50", "Pelosi's husband assaulted with hammer at couple's San Francisco home",
        ["An intruder attacked Paul Pelosi, the husband of House Speaker Nancy Pelosi, in the couple's San Francisco home early Friday, and he was taken to a hospital for surgery, police and her office said."],
        "pelosi-husband-attack-2022-10-28", a="Lorna Fitch", n="US crime/politics"), "By Lorna Fitch Associated Press"),
  B(E("2022-10-28 14:50", "Russia says call-up of reservists is complete",
      ["Russian Defense Minister Sergei Shoigu told President Vladimir Putin on Friday that 300,000 reservists had been called up and that no further call-up was planned, bringing to an end a mobilization that set off protests and an exodus of men.",
       "Putin thanked the reservists and said mistakes made early in the call-up had to be fixed."],
      "other", "politics", 3, "russia-partial-mobilization-complete-2022-10-28", a="Yuri Sandomirsky"), "By Yuri Sandomirsky Associated Press"),
  B(E("2022-10-28 12:50", "Shelling kills 2 in Nikopol, across the river from nuclear plant",
      ["Russian forces shelled the city of Nikopol overnight, killing two people and damaging dozens of homes and a gas pipeline, the regional governor said.",
       "Nikopol lies across the Dnieper River from the Russian-occupied Zaporizhzhia nuclear power plant, and Ukraine says Russian troops fire on it from the plant's grounds."],
      "strikes", "strikes", 3, "nikopol-shelling-2022-10-28", a="Olena Marchuk"), "By Olena Marchuk Associated Press"),
  B(E("2022-10-28 10:50", "Zelenskyy: 4 million Ukrainians face power limits after strikes",
      ["About 4 million people in Ukraine are living with limits on their electricity use after weeks of Russian attacks on power stations, President Volodymyr Zelenskyy said."],
      "other", "humanitarian", 2, "ukraine-power-restrictions-2022-10", a="Olena Marchuk", sec=["strikes"]), "By Olena Marchuk Associated Press"),
  B(E("2022-10-28 08:50", "Russian-installed officials widen evacuation zone in Kherson",
      ["Moscow-installed authorities in the occupied Kherson region said they were extending the area from which civilians must leave to a 15-kilometer strip along the Dnieper River, citing the threat of a Ukrainian offensive."],
      "other", "humanitarian", 2, "kherson-evacuation-zone-2022-10", a="Yuri Sandomirsky"), "By Yuri Sandomirsky Associated Press"),
  B(OFF("2022-10-28 06:50", "Musk takes over Twitter and ousts top executives",
        ["Elon Musk completed his $44 billion purchase of Twitter and immediately fired the company's chief executive and several other senior managers, according to people familiar with the deal."],
        "musk-twitter-takeover-2022-10", a="Grant Ellery", n="tech business"), "By Grant Ellery Associated Press"),
  ]))

# ---------------------------------------------------------------- 11205 Kenosha News (2022-11-27), BLOX Atom
SEEDS.append(dict(
  id="11205", name="11205_kenoshanews-nationworldatom", ext="xml", source="Kenosha News", zone=CHI, render=r_kenosha_atom,
  title="kenoshanews.com - Nation & World", url="https://www.kenoshanews.com/news/nation-world/",
  lede="Nation and world news from the Kenosha News",
  basis="Atom <published> '{s}' (explicit -06:00 offset, CST); local {d} in {z}",
  notes="Imitates a TownNews BLOX section Atom feed (kenoshanews.com, Lee Enterprises). Newest first. <published> with -06:00; <author><name> as BLOX prints it ('By NAME Associated Press', or just 'Associated Press'); summary type='html' escaped once. Author = the person named; an agency-only credit gives 'Associated Press'. The oldest item (00:45 local) is still 2022-11-27 in UTC (06:45Z). Two items are off the war (World Cup, China protests).",
  not_entries=["feed title, subtitle, links, id, updated and generator", "entry id/link elements"],
  entries=[
  B(OFF("2022-11-27 16:40", "Morocco stuns Belgium 2-0 at the World Cup",
        ["Morocco beat second-ranked Belgium 2-0 in Qatar on Sunday, one of the biggest upsets of the tournament so far, setting off celebrations among its fans."],
        "world-cup-morocco-belgium-2022-11-27", a="Associated Press", n="sport"), "Associated Press"),
  B(E("2022-11-27 14:15", "Shelling kills 2 in Kherson as residents leave city",
      ["Russian shelling killed two people in Kherson on Sunday, the regional administration said, as hundreds of residents boarded evacuation trains and buses leaving the city that Ukrainian forces retook this month.",
       "Officials are urging people to spend the winter in safer regions because much of Kherson still has no electricity, heating or running water."],
      "strikes", "strikes", 3, "kherson-shelling-2022-11-27", a="Taras Melnyk"), "By Taras Melnyk Associated Press"),
  B(E("2022-11-27 11:30", "Kyiv restores most power and water after strikes, but outages persist",
      ["Engineers have brought back electricity and water to most of Kyiv after last week's missile barrage, but many households still face scheduled outages of several hours a day, the city's mayor said."],
      "other", "humanitarian", 2, "kyiv-power-restoration-2022-11", a="Taras Melnyk", sec=["strikes"]), "By Taras Melnyk Associated Press"),
  B(E("2022-11-27 09:05", "Poland keeps pressing Germany to send Patriots straight to Ukraine",
      ["Polish officials repeated their call for Germany to deliver the Patriot air-defense batteries it offered Poland to Ukraine instead, arguing they would be more useful protecting Ukrainian cities.",
       "German officials say Patriots supplied through NATO are meant for alliance territory."],
      "aid", "aid", 2, "poland-germany-patriot-offer-2022-11", a="Wiktor Zielinski", sec=["diplomacy"]), "By Wiktor Zielinski Associated Press"),
  B(OFF("2022-11-27 06:20", "Protests against COVID-19 lockdowns spread in Chinese cities",
        ["Crowds in Shanghai and several other Chinese cities protested over the weekend against strict COVID-19 measures, in a rare public show of defiance after a deadly apartment fire in Urumqi."],
        "china-covid-protests-2022-11", a="Associated Press", n="China"), "Associated Press"),
  B(E("2022-11-27 00:45", "Leaders visiting Kyiv pledge help for Ukraine's winter and grain exports",
      ["The prime ministers of Belgium, Poland and Lithuania traveled to Kyiv on Saturday and pledged money for generators, air defense and shipments of Ukrainian grain to countries facing hunger.",
       "Zelenskyy hosted the visitors at a food-security summit that he said had raised about $150 million for the grain program."],
      "aid", "aid", 3, "kyiv-leaders-visit-grain-summit-2022-11-26", a="Taras Melnyk", sec=["diplomacy"]), "By Taras Melnyk Associated Press"),
  ]))

# ---------------------------------------------------------------- 11206 Wisconsin State Journal (2022-12-25)
SEEDS.append(dict(
  id="11206", name="11206_madison-world", ext="txt", source="Wisconsin State Journal", zone=CHI, render=r_wsj,
  title="World", ref="2022-12-25 16:35",
  basis="BLOX relative stamp '{s}' counted back from the header clock 'Sunday, December 25, 2022 4:35 pm' (Madison, Central time implied, CST = UTC-6); local {d} in {z}",
  notes="Imitates the TownNews BLOX 'World' section front of madison.com (Wisconsin State Journal), copied as text. Cards, newest first: headline, 'By NAME Associated Press', relative time ('45 min ago', '2 hrs ago'), summary, comment count. The only clock on the page is the header line 'Sunday, December 25, 2022 4:35 pm' (no zone printed; Madison = Central, CST); every stamp is counted back from it. Author = the person named. Two cards are off the war (blizzard, Bethlehem). The Pope's Christmas message is labelled diplomacy (an appeal for peace in Ukraine).",
  not_entries=["'Skip to main content' and 'You are the owner of this article.'", "masthead and header clock line (capture time, used as the anchor)",
               "weather widget (Madison, WI (53703), Today, forecast)", "Subscribe / Log In / e-Edition", "navigation menu", "section heading 'World' (page title)",
               "comment counts under each card", "newsletter box after the third card", "'Load more'", "'Most Read' with two local headlines", "copyright and BLOX credit"],
  entries=[
  B(OFF("2022-12-25 15:50", "Buffalo blizzard death toll climbs as crews dig out",
        ["The number of people killed in the blizzard that buried western New York rose on Sunday as rescuers reached stranded cars and homes without heat, officials said."],
        "buffalo-blizzard-2022-12", a="Hollis Varga", n="US weather"), "By Hollis Varga Associated Press", cc=14),
  B(E("2022-12-25 14:35", "Putin says Moscow is ready to negotiate, blames Kyiv and West for lack of talks",
      ["Russian President Vladimir Putin said in a television interview broadcast Sunday that Russia was prepared to negotiate with everyone involved in the conflict, but that Ukraine and its Western backers were refusing to talk.",
       "Ukrainian officials dismissed the remarks, saying Moscow wants talks only to escape responsibility for the invasion."],
      "diplomacy", "diplomacy", 3, "putin-ready-to-negotiate-2022-12-25", a="Yuri Sandomirsky"), "By Yuri Sandomirsky Associated Press", cc=61),
  B(E("2022-12-25 12:35", "Pope's Christmas message pleads for an end to 'senseless war' in Ukraine",
      ["Pope Francis used his Christmas Day blessing to call for an immediate end to the war in Ukraine, saying the people there are spending the holiday in darkness and cold."],
      "diplomacy", "diplomacy", 2, "pope-christmas-message-ukraine-2022", a="Nicola Brandi", n="peace appeal"), "By Nicola Brandi Associated Press", cc=8),
  B(E("2022-12-25 10:35", "Kherson buries victims of Christmas Eve shelling",
      ["Funerals were held in Kherson on Sunday for some of those killed when Russian shells hit the city center on Christmas Eve, as regional officials raised the death toll to 11.",
       "More than 60 people were wounded in the attack, which struck a busy area near the central market."],
      "strikes", "strikes", 3, "kherson-christmas-eve-shelling-2022-12-24", a="Oksana Lytvyn"), "By Oksana Lytvyn Associated Press", cc=3),
  B(E("2022-12-25 08:35", "Ukrainians celebrate Christmas by candlelight and in shelters",
      ["Many Ukrainians marked Christmas on Dec. 25 this year instead of in January, a shift encouraged by church leaders, and services in Kyiv were held by candlelight because of power cuts."],
      "other", "humanitarian", 2, "ukraine-christmas-2022", a="Oksana Lytvyn"), "By Oksana Lytvyn Associated Press", cc=0),
  B(E("2022-12-25 06:35", "Fighting grinds on around Bakhmut, Ukrainian military says",
      ["Ukraine's General Staff said Russian forces kept up assaults around Bakhmut and Soledar over the holiday weekend, making little headway at heavy cost."],
      "other", "frontline", 2, "bakhmut-fighting-2022-12", a="Hanna Yermak"), "By Hanna Yermak Associated Press", cc=1),
  B(OFF("2022-12-25 05:35", "Bethlehem draws its largest Christmas crowds since the pandemic",
        ["Thousands of pilgrims and tourists filled Manger Square in Bethlehem for Christmas celebrations, the largest turnout since the coronavirus pandemic, local officials said."],
        "bethlehem-christmas-2022", a="Samir Haddad", n="religion/travel"), "By Samir Haddad Associated Press", cc=2),
  ]))

# ---------------------------------------------------------------- 11207 The Sheboygan Press (2024-03-30)
SEEDS.append(dict(
  id="11207", name="11207_sheboyganpress-updates", ext="html", source="The Sheboygan Press", zone=CHI, render=r_sheboygan,
  title="Russia keeps up assault on Ukraine's power grid; Zelenskyy warns of retreat without U.S. aid: Live updates",
  url="https://www.sheboyganpress.com/story/news/world/2024/03/30/russia-ukraine-war-updates-energy-strikes-us-aid/73151120007/",
  published="2024-03-30 06:30", page_byline="Natalie Ferraro",
  caption="Firefighters work at a thermal power plant damaged in a Russian attack in Ukraine. (Photo: Ukrainian Emergency Service via AP)",
  lede="Russia's campaign against Ukraine's energy system continued as Kyiv pressed Washington to unblock military aid. Here is what we know Saturday.",
  contrib="Contributing: The Associated Press",
  basis="bare clock '{s}' printed above the subhead (no zone, no date per update); the page line 'Published 6:30 a.m. CT March 30, 2024 | Updated 4:45 p.m. CT March 30, 2024' gives the day and Central time (CDT = UTC-5); local {d} in {z}",
  notes="Imitates a USA TODAY updates article on sheboyganpress.com (Gannett), HTML with NewsArticle JSON-LD (page times only). Oldest first. Each update: a bold bare clock ('6:30 a.m.', no zone, no date) above an h2 subhead, then the body. The zone is only implied by 'CT' in the 'Published ... | Updated ...' line. One page byline (author of every update). The last update is a 'Photos:' gallery teaser without text.",
  not_entries=["header logo, navigation, Subscribe / Sign In", "section label 'WORLD'", "article headline (page title)", "byline 'Natalie Ferraro USA TODAY'",
               "'Published ... | Updated ...' line", "photo caption 'Firefighters work at a thermal power plant ...'", "intro paragraph (page lede)",
               "newsletter box after the second update", "'Gallery: 14 photos' placeholder in the teaser", "'Contributing: The Associated Press'", "footer"],
  entries=[
  E("2024-03-30 06:30", "Russia hits Ukraine's power plants for the second time in a week",
    ["Russia launched dozens of missiles and drones at Ukraine's energy system overnight into Friday, damaging thermal and hydroelectric plants in several regions, Ukrainian officials said.",
     "DTEK, the country's largest private power company, said three of its plants had been badly damaged and that it had lost most of its generating capacity over the past week."],
    "strikes", "strikes", 3, "russia-energy-strikes-2024-03-29", a="Natalie Ferraro"),
  E("2024-03-30 08:10", "Zelenskyy warns Ukraine may have to retreat 'in small steps' without U.S. aid",
    ["President Volodymyr Zelenskyy said in an interview published Friday that Ukrainian troops would have to pull back gradually if the stalled U.S. military aid package is not approved.",
     "He said Ukraine was short of artillery shells, air-defense missiles and long-range weapons."],
    "aid", "aid", 3, "zelenskyy-warns-retreat-without-us-aid-2024-03", a="Natalie Ferraro"),
  E("2024-03-30 10:25", "Drone attack injures 3 in Kharkiv",
    ["Three people were injured when Russian drones hit a residential area of Kharkiv early Saturday, regional Gov. Oleh Syniehubov said."],
    "strikes", "strikes", 2, "kharkiv-drone-attack-2024-03-30", a="Natalie Ferraro"),
  E("2024-03-30 12:40", "Russia claims another village west of Avdiivka",
    ["Russia's Defense Ministry said its troops had taken control of a village west of Avdiivka, the town Ukraine withdrew from in February. Kyiv did not confirm the claim."],
    "other", "frontline", 2, "russia-claims-village-west-of-avdiivka-2024-03-30", a="Natalie Ferraro"),
  E("2024-03-30 14:50", "House speaker signals vote on Ukraine aid after Easter recess",
    ["House Speaker Mike Johnson told Republicans he intends to move a Ukraine aid bill when lawmakers return from their Easter recess, possibly with changes such as making some of the money a loan.",
     "The Senate passed a $95 billion foreign aid package in February, but it has not been brought to the House floor."],
    "aid", "aid", 2, "house-ukraine-aid-vote-plans-2024-03", a="Natalie Ferraro", n="signal of a future vote, not a vote"),
  E("2024-03-30 16:45", "Photos: Ukrainians cope with outages after attacks on power plants", [],
    "strikes", "strikes", 1, "russia-energy-strikes-2024-03-29", a="Natalie Ferraro", n="photo gallery teaser without text body"),
  ]))

# ---------------------------------------------------------------- 11208 Leader-Telegram (2024-08-29)
SEEDS.append(dict(
  id="11208", name="11208_leadertelegram-worlddigest", ext="txt", source="Leader-Telegram", zone=CHI, render=r_leadertelegram,
  title="World digest: Ukraine loses first F-16 in crash; typhoon slams southern Japan", page_byline="From wire reports",
  dateline_t="2024-08-29 11:40", tags="Ukraine, Russia, Japan, Gaza, Weather",
  basis="no time per brief: the page line 'Posted: Thursday, August 29, 2024 11:40 am' (Eau Claire, Central time implied, CDT = UTC-5) dates every brief; local {d} in {z}",
  notes="Imitates a print-style 'World digest' round-up on leadertelegram.com (TownNews BLOX), copied as text. One 'Posted: Thursday, August 29, 2024 11:40 am' line (no zone printed; Central time) and a generic credit 'From wire reports'. Seven briefs: headline, then paragraphs whose first one starts with a wire dateline ('KYIV, Ukraine (AP) — '); first_sentence keeps the dateline as printed. Author null for every brief (desk credit naming no person; the '(AP)' in the dateline is not a byline). Two briefs are off the war (typhoon, Gaza polio campaign). The F-16 brief is labelled strikes (the jet was lost while intercepting a Russian air attack), secondary aid.",
  not_entries=["'Skip to main content'", "masthead 'Leader-Telegram' and 'Eau Claire, Wisconsin'", "Subscribe / Login / e-Edition and navigation", "section label 'Nation/World'",
               "page headline (page title)", "credit 'From wire reports'", "'Posted: Thursday, August 29, 2024 11:40 am' line", "share tools line",
               "'Advertisement' marker", "'Tags:' line", "'0 comments'", "newsletter sign-up line", "copyright line"],
  entries=[
  E("2024-08-29 11:40", "Ukraine says its first F-16 was lost in crash, pilot killed",
    ["KYIV, Ukraine (AP) \u2014 One of the F-16 fighter jets Ukraine received from Western partners crashed while fending off a large Russian missile and drone attack on Monday, killing its pilot, the Ukrainian military said Thursday.",
     "The General Staff said the pilot, Oleksii Mes, had shot down three cruise missiles and a drone before contact with his aircraft was lost. The cause of the crash is being investigated."],
    "strikes", "strikes", 3, "ukraine-first-f16-crash-2024-08-26", sec=["aid"]),
  E("2024-08-29 11:40", "EU's top diplomat urges lifting limits on Ukraine's use of Western arms",
    ["BRUSSELS (AP) \u2014 The European Union's foreign policy chief, Josep Borrell, urged member countries on Thursday to drop restrictions that stop Ukraine from using the weapons they provide against military targets inside Russia.",
     "He spoke at an informal meeting of EU foreign ministers that Ukraine's foreign minister, Dmytro Kuleba, attended."],
    "diplomacy", "diplomacy", 2, "borrell-weapons-restrictions-appeal-2024-08-29", sec=["aid"]),
  E("2024-08-29 11:40", "Russian forces edge closer to Pokrovsk",
    ["POKROVSK, Ukraine (AP) \u2014 Russian troops have advanced to within about 10 kilometers (6 miles) of Pokrovsk, a logistics hub in eastern Ukraine, local officials said as they urged families with children to leave."],
    "other", "frontline", 2, "pokrovsk-russian-advance-2024-08"),
  E("2024-08-29 11:40", "Ukraine's top commander says troops hold about 100 settlements in Kursk region",
    ["KYIV, Ukraine (AP) \u2014 Ukraine's commander in chief, Oleksandr Syrskyi, said his forces controlled about 100 settlements and more than 1,200 square kilometers in Russia's Kursk region after a cross-border push that began Aug. 6."],
    "other", "frontline", 2, "kursk-incursion-control-claim-2024-08"),
  OFF("2024-08-29 11:40", "Typhoon Shanshan makes landfall in southern Japan",
      ["TOKYO (AP) \u2014 Typhoon Shanshan slammed into Japan's southern main island of Kyushu on Thursday with powerful winds and heavy rain, knocking out power to tens of thousands of homes and disrupting flights and trains."],
      "typhoon-shanshan-japan-2024-08-29", n="weather"),
  OFF("2024-08-29 11:40", "Limited pauses in Gaza fighting planned for polio vaccinations, WHO says",
      ["GENEVA (AP) \u2014 Israel has agreed to brief pauses in fighting in parts of Gaza so that hundreds of thousands of children can be vaccinated against polio, a World Health Organization official said."],
      "gaza-polio-vaccination-pauses-2024-08", n="Middle East"),
  E("2024-08-29 11:40", "Russian drones injure 6 in Kharkiv suburbs",
    ["KHARKIV, Ukraine (AP) \u2014 Russian drones struck residential areas on the outskirts of Kharkiv overnight, injuring six people and setting several houses on fire, regional officials said."],
    "strikes", "strikes", 2, "kharkiv-suburbs-drone-attack-2024-08-29"),
  ]))

# ---------------------------------------------------------------- 11209 Stevens Point Journal (2024-12-31)
SEEDS.append(dict(
  id="11209", name="11209_stevenspointjournal-live", ext="html", source="Stevens Point Journal", zone=CHI, render=r_stevenspoint,
  title="Russia-Ukraine war live: Gas transit through Ukraine ends at midnight; Kyiv hit on New Year's Eve",
  url="https://www.stevenspointjournal.com/story/news/world/2024/12/31/russia-ukraine-war-live-updates-new-years-eve/77333510007/",
  authors=["Mateo Lindahl", "Priya Okonjo"],
  lede="Follow the latest on the war in Ukraine as the year ends, from a new U.S. weapons package to the end of Russian gas transit to Europe through Ukraine.",
  contrib="Contributing: The Associated Press, Reuters",
  basis="dated post stamp '{s}' (CT, Central time; CST = UTC-6 in December); local {d} in {z}",
  notes="Imitates a Gannett live blog on stevenspointjournal.com, HTML. Newest first. Each post: h3 headline, then a dated stamp 'Dec. 30, 2024, 6:40 p.m. CT' AFTER the headline, then the author and body. JSON-LD is a page-level LiveBlogPosting without liveBlogUpdate. The posts cross local midnight (two posts on the evening of Dec. 30 local), but in UTC (CST = UTC-6) all six fall on 2024-12-31. The gas-transit post is labelled diplomacy (Kyiv's refusal to extend the transit deal with Gazprom, a sanctions-like interstate move).",
  not_entries=["header logo, navigation, Subscribe / Sign In", "section label 'WORLD'", "page headline (page title)", "page byline 'Mateo Lindahl, Priya Okonjo USA TODAY'",
               "intro paragraph (page lede)", "app promo after the fourth post", "'Contributing: The Associated Press, Reuters'", "footer"],
  entries=[
  E("2024-12-31 16:20", "Zelenskyy, in New Year's address, says 2025 must bring a 'just peace'",
    ["President Volodymyr Zelenskyy said in his New Year's Eve address that Ukraine wanted the war to end next year but would not accept a settlement that rewards Russia for the invasion.",
     "He thanked allies for their help and said Kyiv was counting on U.S. support under the incoming administration."],
    "diplomacy", "diplomacy", 2, "zelenskyy-new-year-address-2024-12-31", a="Priya Okonjo"),
  E("2024-12-31 12:45", "Russian gas transit through Ukraine to Europe ends at midnight",
    ["Russian natural gas will stop flowing through Ukraine to Europe on New Year's Day after Kyiv refused to renew a five-year transit agreement with Gazprom that expires at midnight.",
     "Slovakia's prime minister, Robert Fico, has threatened to retaliate, while Ukrainian officials say they will not let Moscow keep earning money from the pipeline during the war."],
    "diplomacy", "diplomacy", 3, "russian-gas-transit-via-ukraine-ends-2025-01-01", a="Mateo Lindahl", n="interstate energy/sanctions move; Slovakia dispute"),
  E("2024-12-31 09:30", "Ballistic missiles hit Kyiv on New Year's Eve, killing 1",
    ["Russia fired ballistic missiles at Kyiv on Tuesday, killing one person and damaging buildings in the city center, Mayor Vitali Klitschko said.",
     "The Ukrainian air force said it shot down most of the missiles and several dozen drones launched overnight."],
    "strikes", "strikes", 3, "kyiv-missile-attack-2024-12-31", a="Priya Okonjo"),
  E("2024-12-31 06:10", "Russia claims capture of another village near Kurakhove",
    ["Russia's Defense Ministry said its forces had seized a village near Kurakhove in the Donetsk region, continuing their slow advance in the east. Ukraine did not comment on the claim."],
    "other", "frontline", 2, "russia-claims-village-near-kurakhove-2024-12-31", a="Mateo Lindahl"),
  E("2024-12-30 20:50", "Ukraine and Russia swap 150 prisoners each in UAE-brokered exchange",
    ["Ukraine and Russia exchanged 150 prisoners of war each on Monday in a swap mediated by the United Arab Emirates, officials on both sides said.",
     "Zelenskyy posted pictures of freed Ukrainian soldiers wrapped in national flags and said work was under way on further exchanges."],
    "diplomacy", "diplomacy", 3, "ukraine-russia-prisoner-exchange-2024-12-30", a="Priya Okonjo", n="local Dec. 30 evening; UTC Dec. 31"),
  E("2024-12-30 18:40", "US announces nearly $2.5 billion in new weapons for Ukraine",
    ["The Biden administration announced almost $2.5 billion in additional military aid for Ukraine on Monday, part of a push to spend the remaining money Congress approved before President-elect Donald Trump takes office.",
     "The package includes weapons drawn from U.S. stockpiles and longer-term contracts for air-defense and artillery ammunition."],
    "aid", "aid", 3, "us-weapons-package-2024-12-30", a="Mateo Lindahl", n="local Dec. 30 evening; UTC Dec. 31"),
  ]))

# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2023-12-21 (UTC), day 2 = 2023-12-22, day 3 = 2023-12-24.
IZM = "izmail-port-drone-attack-2023-12-21"
SENATE = "us-senate-ukraine-aid-delayed-2023-12"
DANUBE = "explainer-danube-ports-attacks"
DANUBE_H = "Explainer: Why Russia keeps hitting Ukraine\u2019s Danube ports"
DANUBE_P = ["Since Russia walked away from the Black Sea grain deal in July, the small river ports of Izmail and Reni have become one of Ukraine\u2019s main routes for sending grain abroad, and one of Moscow\u2019s most frequent targets.",
            "Ships load on the Danube a few hundred metres from the Romanian bank, then sail to the sea or to the Romanian port of Constanta. Every strike on the terminals raises insurance costs and slows the flow of grain, as Thursday\u2019s deadly attack on Izmail showed.",
            "Kyiv has asked allies for more short-range air defences in the region, while Romania has built shelters in border villages after drone fragments landed on its territory."]

# ---------------------------------------------------------------- 11220 Corvingham Courier (day 1, text live, Kyiv time)
SEEDS.append(dict(
  id="11220", name="11220_corvingham-textlive", ext="txt", source="Corvingham Courier", zone="Europe/Kyiv", render=r_corvingham,
  title="War in Ukraine, day 666: Izmail port toll rises; US Senate leaves without aid vote",
  dateline="Thursday 21 December 2023",
  lede="Russian drones hit the Danube port of Izmail overnight; Kyiv's allies in Washington fail to pass new funding before the holidays.",
  basis="stamp '{s}' (Kyiv time printed as EET = UTC+2) under the dateline 'Thursday 21 December 2023'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. A 'Key points' block lists two entry headlines (key_point true for those). Each post: 'HH:MM EET' line, headline, body, then an optional signature '(Name)' (author, not body). 11220-05 (air force tally of the overnight drones, saying those that got through hit Izmail) is part of the Izmail attack story.",
  not_entries=["masthead and navigation", "'LIVE UPDATES' label", "page title and dateline 'Thursday 21 December 2023'", "standfirst/lede line",
               "'Key points' header and its two bullet lines (pointers to posts, not entries)", "'All updates' label", "signature lines '(Name)'",
               "membership promo after the third post", "'Show older updates'", "footer line"],
  entries=[
  E("2023-12-21 22:15", "Izmail toll rises to three as another body is found",
    ["Rescuers in Izmail have recovered the body of a port worker from a burnt-out warehouse, bringing the number of people killed in last night\u2019s drone attack to three, Odesa regional governor Oleh Kiper said.",
     "Nine people were injured, two of them seriously."],
    "strikes", "strikes", 3, IZM, a="Oksana Dovzhenko", kp=True, n="toll 3 dead, 9 injured"),
  E("2023-12-21 19:50", "US Senate leaves for holidays without voting on Ukraine aid",
    ["Senators left Washington for the holiday recess without voting on the roughly $61bn in military and economic aid for Ukraine requested by the White House, leaving the money tied up in a dispute over US border policy.",
     "Senate majority leader Chuck Schumer and Republican leader Mitch McConnell said negotiators would keep working and hoped for a vote early in the new year."],
    "aid", "aid", 3, SENATE, a="Ruslan Hordiienko", kp=True),
  E("2023-12-21 17:05", "Kuleba and Sikorski discuss ending Polish truckers\u2019 blockade",
    ["Foreign minister Dmytro Kuleba said he had spoken with his new Polish counterpart, Rados\u0142aw Sikorski, about lifting the blockade of border crossings by Polish hauliers, which has left thousands of lorries stuck for weeks."],
    "diplomacy", "diplomacy", 2, "kuleba-sikorski-border-blockade-call-2023-12-21", a="Ruslan Hordiienko", n="routine ministerial call"),
  E("2023-12-21 14:20", "Russian assaults on Avdiivka continue, general staff says",
    ["Ukrainian forces fought off 24 Russian attacks around Avdiivka over the past day, the general staff said in its afternoon update, calling the area the most intense part of the front."],
    "other", "frontline", 2, "avdiivka-assaults-2023-12-21", a="Oksana Dovzhenko"),
  E("2023-12-21 11:30", "Air force: 19 of 24 Shahed drones shot down overnight",
    ["Ukraine\u2019s air force said it destroyed 19 of the 24 Shahed drones Russia launched overnight, mostly over the Odesa and Mykolaiv regions.",
     "The drones that got through hit port infrastructure in Izmail, it said."],
    "strikes", "strikes", 3, IZM, a="Oksana Dovzhenko", n="tally of the same overnight attack"),
  E("2023-12-21 09:40", "Drone attack sets Izmail port ablaze, one killed",
    ["One person was killed and five injured when Russian drones hit port facilities and a five-storey apartment building in Izmail overnight, regional officials said.",
     "Fire crews spent several hours putting out a blaze at a grain terminal."],
    "strikes", "strikes", 3, IZM, a="Oksana Dovzhenko", n="toll 1 dead, 5 injured"),
  E("2023-12-21 08:10", "Four more children return from Russia after Qatari mediation",
    ["Four Ukrainian children who had been taken to Russia or Russian-occupied areas have been reunited with relatives in Kyiv, the presidential office said, crediting mediation by Qatar."],
    "other", "humanitarian", 2, "children-returned-qatar-mediation-2023-12-21", a="Ruslan Hordiienko", sec=["diplomacy"]),
  ]))

# ---------------------------------------------------------------- 11221 Feldharrow Herald (day 1, HTML live + LiveBlogPosting, GMT)
SEEDS.append(dict(
  id="11221", name="11221_feldharrow-htmllive", ext="html", source="Feldharrow Herald", zone="Europe/London", render=r_feldharrow,
  title="Russia-Ukraine war: drones hit Izmayil port \u2013 as it happened", url="https://feldharrow-herald.example/world/live/2023/dec/21/russia-ukraine-war",
  dateline="Thursday 21 December 2023",
  lede="Overnight drone strike on the Danube port of Izmayil; a missile hits warehouses outside Odesa; Germany sends more air defence.",
  basis="visible '{s}' in <time datetime> (GMT = UTC in December) under the dateline 'Thursday 21 December 2023'; the JSON-LD update datePublished agrees; local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first, with LiveBlogPosting JSON-LD whose liveBlogUpdate items carry the right per-update times and authors. Visible stamps 'HH:MM GMT' in <time datetime>, 'By NAME' below the headline. Spelling 'Izmayil' (and 'Izmail' in the teaser). 11221-02 is a 'Watch:' video teaser without text. 11221-06 re-publishes 11221-04 almost word for word (first paragraph identical, second reworded from 'remain in hospital' to 'are still in hospital'), importance 1. 11221-05 (missile on warehouses near Odesa in the afternoon) is a different event in the same region as the Izmail drone attack: must not merge.",
  not_entries=["cookie banner", "masthead and navigation", "'LIVE' kicker", "page title", "dateline 'Thursday 21 December 2023'", "standfirst",
               "video placeholder '[Video, 0:58]' in the teaser", "'Share' / 'Link' tools under every post", "'Related' box with a link about the Danube", "footer"],
  entries=[
  E("2023-12-21 07:05", "Drones hit port and flats in Izmayil overnight",
    ["Russia attacked the Odesa region with drones overnight, hitting a port terminal and a residential building in the Danube town of Izmayil, Ukraine\u2019s southern military command said.",
     "One man was killed, according to the regional administration."],
    "strikes", "strikes", 3, IZM, a="Harriet Okafor", n="spelling 'Izmayil'; toll 1"),
  E("2023-12-21 08:30", "Watch: Fire crews battle port blaze in Izmail", [],
    "strikes", "strikes", 1, IZM, n="video teaser without text body"),
  E("2023-12-21 10:15", "Germany delivers another IRIS-T system, Umerov says",
    ["Ukraine has received another IRIS-T air-defence system from Germany, defence minister Rustem Umerov said, thanking Berlin for a delivery that came before the worst of the winter."],
    "aid", "aid", 2, "germany-iris-t-delivery-2023-12-21", a="Harriet Okafor"),
  E("2023-12-21 12:40", "Izmayil death toll rises to two",
    ["A woman pulled from the damaged apartment block in Izmayil has died in hospital, bringing the toll from the overnight attack to two, governor Oleh Kiper said.",
     "Five other people remain in hospital."],
    "strikes", "strikes", 3, IZM, a="Harriet Okafor", n="toll 2"),
  E("2023-12-21 14:55", "Missile strike damages warehouses near Odesa",
    ["A Russian missile hit warehouses on the outskirts of Odesa early this afternoon, injuring two security guards, the regional military administration said.",
     "It was not immediately clear what was stored in the buildings."],
    "strikes", "strikes", 2, "odesa-warehouse-missile-strike-2023-12-21", a="Colm Reddaway",
    n="same region (Odesa) as the Izmail drone attack but a different event (afternoon missile, Odesa outskirts): must not merge"),
  E("2023-12-21 16:20", "Izmayil death toll rises to two",
    ["A woman pulled from the damaged apartment block in Izmayil has died in hospital, bringing the toll from the overnight attack to two, governor Oleh Kiper said.",
     "Five other people are still in hospital."],
    "strikes", "strikes", 1, IZM, a="Harriet Okafor", dup="11221-04", n="near-verbatim repeat of 11221-04 (second paragraph reworded)"),
  E("2023-12-21 18:45", "Kremlin: no basis for talks with Kyiv for now",
    ["Kremlin spokesman Dmitry Peskov said there was currently no basis for negotiations with Ukraine and that Russia would keep pursuing the goals of its military operation."],
    "diplomacy", "diplomacy", 2, "kremlin-no-basis-for-talks-2023-12-21", a="Colm Reddaway"),
  ]))

# ---------------------------------------------------------------- 11222 Ivelston World Desk (day 1, general world RSS, New York time)
SEEDS.append(dict(
  id="11222", name="11222_ivelston-worldrss", ext="xml", source="Ivelston World Desk", zone="America/New_York", render=r_rss,
  title="Ivelston World Desk: Top international stories", url="https://ivelston.example/world", guid="ivwd-231221",
  lede="International headlines, updated around the clock.",
  basis="RSS pubDate '{s}' (explicit -0500 offset, EST); local {d} in {z}",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate with -0500, CDATA <p> paragraphs, no authors. The war is a minority: 4 of 6 items are off-beat (UN Gaza vote, Prague shooting, Iceland eruption, DR Congo election). The Izmail item spells the town 'Ismail' and carries the evening toll of three.",
  not_entries=["channel title/link/description/language and atom:link", "item link, guid and category elements"],
  entries=[
  OFF("2023-12-21 17:40", "UN Security Council vote on Gaza aid delayed again",
      ["A vote at the UN Security Council on a resolution to speed up aid deliveries to Gaza was postponed for another day as diplomats haggled over wording with the United States."],
      "un-gaza-aid-resolution-delay-2023-12-21", n="Middle East"),
  E("2023-12-21 15:05", "Russian drones kill three in Ukraine\u2019s Danube port of Ismail",
    ["Three people died after Russian drones struck the Ukrainian river port of Ismail overnight, officials said on Thursday, in the latest attack on the routes Kyiv uses to export grain."],
    "strikes", "strikes", 3, IZM, n="spelling 'Ismail'; toll 3"),
  OFF("2023-12-21 12:30", "Gunman kills at least 14 at Prague university",
      ["A student opened fire inside a Charles University building in central Prague on Thursday, killing at least 14 people and wounding many more before he was found dead, Czech police said."],
      "prague-university-shooting-2023-12-21", n="Czech crime"),
  E("2023-12-21 10:10", "Ukraine aid stalls as US senators head home",
    ["The US Senate is set to adjourn for the year without approving new aid for Ukraine, after talks between the White House and Republicans on border security failed to produce a deal."],
    "aid", "aid", 3, SENATE),
  OFF("2023-12-21 07:45", "Iceland volcano eruption shows signs of easing",
      ["The volcanic eruption near the Icelandic town of Grindavik was losing strength on Thursday, scientists said, though they warned that new fissures could still open."],
      "iceland-eruption-2023-12", n="natural hazard"),
  OFF("2023-12-21 05:20", "Vote counting begins in Congo after chaotic election",
      ["Officials in the Democratic Republic of Congo began counting ballots after a general election marred by late openings, missing voter lists and broken machines, with voting extended into a second day in some areas."],
      "drc-election-count-2023-12", n="African politics"),
  ]))

# ---------------------------------------------------------------- 11223 Jarrowfield Review (day 1, Atom, Berlin time)
SEEDS.append(dict(
  id="11223", name="11223_jarrowfield-atom", ext="xml", source="Jarrowfield Review", zone="Europe/Berlin", render=r_atom,
  title="Jarrowfield Review \u2013 Ukraine", url="https://jarrowfield-review.example/ukraine",
  lede="Reporting and analysis on the war in Ukraine.",
  basis="Atom <published> '{s}' (explicit +01:00 offset, CET); local {d} in {z}",
  notes="Invented outlet. Atom 1.0 feed about the war, newest first, <published> with +01:00, escaped HTML content, authors. 11223-01 is a theme piece (explainer on attacks on the Danube ports) that mentions Thursday's Izmail attack but is its own story; it is re-posted verbatim on day 2 by 11232. Spelling 'Izmayil' in 11223-03.",
  not_entries=["feed title, subtitle, links, id and updated", "entry link/id elements"],
  entries=[
  E("2023-12-21 21:10", DANUBE_H, DANUBE_P, "strikes", "strikes", 2, DANUBE, a="Leopold Aumann",
    n="theme piece (explainer on the Danube ports, mentions the Izmail attack): must not merge with the Izmail attack story"),
  E("2023-12-21 18:30", "Defence ministry to present mobilisation bill by Christmas",
    ["Ukraine\u2019s defence ministry said it would send parliament a draft law on mobilisation within days, after the army asked for up to half a million more soldiers."],
    "other", "politics", 2, "ukraine-mobilisation-bill-plans-2023-12", a="Leopold Aumann"),
  E("2023-12-21 15:45", "Izmayil: death toll climbs to two after drone raid",
    ["The number of people killed in the overnight Russian drone attack on the Danube port of Izmayil has risen to two, Ukrainian officials said."],
    "strikes", "strikes", 3, IZM, a="Svenja Koller", n="spelling 'Izmayil'; toll 2"),
  E("2023-12-21 12:05", "Russia claims further gains around Marinka",
    ["Russia\u2019s defence ministry said its troops had pushed Ukrainian forces out of several positions on the western edge of Marinka, a town near Donetsk that has been almost entirely destroyed."],
    "other", "frontline", 2, "marinka-fighting-2023-12-21", a="Svenja Koller"),
  E("2023-12-21 09:20", "Denmark to fund drone production in Ukraine",
    ["Denmark will pay for the production of reconnaissance and attack drones by Ukrainian manufacturers, its defence ministry said, without giving the size of the order."],
    "aid", "aid", 2, "denmark-funds-ukrainian-drones-2023-12-21", a="Leopold Aumann"),
  ]))

# ---------------------------------------------------------------- day 2 (2023-12-22)
MYK = "mykolaiv-missile-strike-2023-12-22"
SANCT = "us-secondary-sanctions-foreign-banks-2023-12-22"

# ---------------------------------------------------------------- 11230 Kettlemere Post (day 2, HTML live without JSON-LD, Warsaw time)
SEEDS.append(dict(
  id="11230", name="11230_kettlemere-htmllive", ext="html", source="Kettlemere Post", zone="Europe/Warsaw", render=r_kettlemere,
  title="Ukraine live: missile strike on Mykolaiv; Izmail mourns its dead", dateline="Friday, 22 December 2023", tznote="All times CET",
  lede="A Russian missile hits a residential district of Mykolaiv; the Danube port of Izmail holds funerals and reopens its terminals.",
  basis="bare '{s}' above the headline; the page prints 'Friday, 22 December 2023 | All times CET' (CET = UTC+1); local {d} in {z}",
  notes="Invented outlet. HTML live blog without any JSON-LD, newest first. Visible stamps are bare 'HH:MM' in a span above the h3; the zone is only in the page note 'All times CET'. Optional author line below the h3. 11230-04 is a 'Photos:' gallery teaser without text. 11230-02 is a theme piece (analysis of ballistic-missile defence) that mentions the Mykolaiv strike but is its own story. 11230-03 continues day 1's Izmail story with a new development (funerals, port reopens).",
  not_entries=["privacy banner", "logo and navigation", "page title", "'Friday, 22 December 2023 | All times CET' line", "intro paragraph",
               "gallery placeholder '[Photo gallery · 12 images]'", "'Read more' box with a link about Izmail and Reni", "link to Thursday's live page", "footer"],
  entries=[
  E("2023-12-22 21:30", "Mykolaiv toll rises to four",
    ["Four people are now known to have died in this morning\u2019s missile strike on Mykolaiv, regional governor Vitaliy Kim said, after rescuers found two more bodies under the rubble of a two-storey building.",
     "Seventeen people were injured."],
    "strikes", "strikes", 3, MYK, a="Agnieszka Wr\u00f3bel", n="toll 4 dead, 17 injured"),
  E("2023-12-22 19:10", "Analysis: Why ballistic missiles keep getting through",
    ["Today\u2019s strike on Mykolaiv is a reminder of the gap in Ukraine\u2019s air defence: ballistic missiles such as the Iskander fly too fast for most of the systems Ukraine has, and only the few Patriot batteries can reliably stop them.",
     "Those batteries are concentrated around Kyiv. Southern cities close to the front line get a few minutes\u2019 warning at best, and often none."],
    "strikes", "strikes", 2, "analysis-ballistic-missile-defence-gap", a="Tadeusz Borkowski",
    n="theme piece (mentions the Mykolaiv strike): must not merge with the Mykolaiv strike story"),
  E("2023-12-22 16:40", "Izmail buries its dead as port reopens",
    ["Funerals were held in Izmail for the three people killed in Thursday\u2019s drone attack, and the port authority said grain loading had resumed at the two undamaged terminals.",
     "The burnt-out warehouse will take several months to rebuild, officials said."],
    "strikes", "strikes", 3, IZM, a="Tadeusz Borkowski", n="day-2 continuation of the day-1 Izmail story (new development)"),
  E("2023-12-22 14:05", "Photos: Clearing the rubble in Mykolaiv", [],
    "strikes", "strikes", 1, MYK, n="photo gallery teaser without text body"),
  E("2023-12-22 12:20", "Polish ministers promise to end hauliers\u2019 border blockade",
    ["Poland\u2019s new infrastructure minister said the government would reach an agreement with protesting hauliers within days to reopen crossings on the Ukrainian border."],
    "diplomacy", "diplomacy", 2, "poland-hauliers-blockade-talks-2023-12-22", a="Agnieszka Wr\u00f3bel"),
  E("2023-12-22 10:15", "Missile hits Mykolaiv, one dead",
    ["A Russian missile struck a residential area of Mykolaiv this morning, killing one person and injuring seven, the city\u2019s mayor Oleksandr Senkevych said."],
    "strikes", "strikes", 3, MYK, a="Agnieszka Wr\u00f3bel", n="first report, toll 1"),
  ]))

# ---------------------------------------------------------------- 11231 Larkspire Journal (day 2, text article with sections, Kyiv time)
SEEDS.append(dict(
  id="11231", name="11231_larkspire-article", ext="txt", source="Larkspire Journal", zone="Europe/Kyiv", render=r_article_txt,
  title="Southern Ukraine under fire: Mykolaiv struck, Izmail mourns", byline="Halyna Tkachuk",
  dateline="22 December 2023, 17:30 EET",
  lede="Four developments from Ukraine\u2019s south on Friday, from a deadly missile strike to drones over the Danube.",
  more="Read also: Ukraine\u2019s grain corridor, five months on",
  basis="no per-section time: the article dateline '22 December 2023, 17:30 EET' (EET = UTC+2) dates every section; local {d} in {z}",
  notes="Invented outlet. Text article with four section headings; each section is one entry (headline = heading, stamp null, published = the dateline, author = the page byline). Must-not-merge inside the page: 'Drones over Reni' (11231-03, a new overnight attack on another Danube port in the same region) is not the Izmail story; 'Ochakiv under fire' (11231-04, artillery on a town in the same region as Mykolaiv) is not the Mykolaiv missile strike.",
  not_entries=["outlet name and breadcrumb", "article title", "standfirst/lede", "byline 'By Halyna Tkachuk'", "dateline '22 December 2023, 17:30 EET'", "share line",
               "'ADVERTISEMENT' marker", "'Read also: ...' related link", "footer"],
  entries=[
  E("2023-12-22 17:30", "Strike on Mykolaiv",
    ["At least two people were killed when a Russian missile hit a residential street in Mykolaiv on Friday morning, the regional governor said.",
     "The blast destroyed a two-storey building and damaged a school and several shops nearby."],
    "strikes", "strikes", 3, MYK, a="Halyna Tkachuk", n="toll 2"),
  E("2023-12-22 17:30", "Izmail mourns",
    ["The Danube port town held funerals on Friday for the victims of Thursday\u2019s drone strike, while the port authority said loading had restarted at terminals that were not hit."],
    "strikes", "strikes", 3, IZM, a="Halyna Tkachuk", n="day-2 continuation of the day-1 Izmail story (new development)"),
  E("2023-12-22 17:30", "Drones over Reni",
    ["Overnight into Friday, Russian drones damaged a warehouse in the port of Reni, further up the Danube, the southern command said. Nobody was hurt."],
    "strikes", "strikes", 2, "reni-port-drone-attack-2023-12-22", a="Halyna Tkachuk",
    n="same region and same target type as the Izmail attack, but a new attack on another port: must not merge"),
  E("2023-12-22 17:30", "Ochakiv under fire",
    ["Russian artillery on the Kinburn spit shelled Ochakiv again on Friday, wounding one man, local authorities said."],
    "strikes", "strikes", 2, "ochakiv-shelling-2023-12-22", a="Halyna Tkachuk",
    n="same region (Mykolaiv) as the Mykolaiv missile strike, different event: must not merge"),
  ]))

# ---------------------------------------------------------------- 11232 Oxhallow Evening Star (day 2, text live, New York time)
SEEDS.append(dict(
  id="11232", name="11232_oxhallow-textlive", ext="txt", source="Oxhallow Evening Star", zone="America/New_York", render=r_oxhallow,
  title="Russia-Ukraine war: Live updates for Friday", dateline="Friday, December 22, 2023", byline="Compiled by the Evening Star world desk",
  lede="Biden moves against banks that help Russia\u2019s war effort, and a missile strike hits the southern city of Mykolayiv.",
  basis="stamp '{s}' (Eastern time printed as EST = UTC-5) under the dateline 'Friday, December 22, 2023'; local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first, '6:05 a.m. EST' line before each headline, a generic desk credit (author null for every post). Spelling 'Mykolayiv'. 11232-02 re-publishes day 1's explainer 11223-01 verbatim (same headline and text): importance 1, same story slug; duplicate_of stays null because duplicate_of only points inside a page. 11232-05 repeats 11232-03 almost word for word (importance 1).",
  not_entries=["outlet name and navigation", "page title", "dateline 'Friday, December 22, 2023'", "desk credit 'Compiled by the Evening Star world desk'",
               "lede line", "'ADVERTISEMENT' marker", "'This blog is no longer being updated.'", "footer"],
  entries=[
  E("2023-12-22 06:05", "Russian missile strike hits Mykolayiv",
    ["A Russian missile slammed into a residential neighborhood of the southern Ukrainian city of Mykolayiv on Friday morning, killing at least one person, local officials said."],
    "strikes", "strikes", 3, MYK, n="spelling 'Mykolayiv'; toll 1"),
  E("2023-12-22 08:20", DANUBE_H, DANUBE_P, "strikes", "strikes", 1, DANUBE,
    n="re-post of day-1 entry 11223-01 (verbatim, syndicated); importance 1"),
  E("2023-12-22 10:45", "Biden widens sanctions to foreign banks that help Russia\u2019s war machine",
    ["President Joe Biden signed an executive order on Friday that allows the Treasury to cut off foreign banks from the US financial system if they handle transactions for Russia\u2019s military industry.",
     "Officials said the measure is aimed at lenders in countries such as China, Turkey and the United Arab Emirates that have helped Moscow obtain machine tools and electronics."],
    "diplomacy", "diplomacy", 3, SANCT),
  E("2023-12-22 12:30", "Mykolayiv toll rises to two",
    ["A second person has died from injuries suffered in the morning missile strike on Mykolayiv, the city\u2019s mayor said."],
    "strikes", "strikes", 3, MYK, n="toll 2"),
  E("2023-12-22 14:10", "Biden widens sanctions to foreign banks that help Russia\u2019s war machine",
    ["President Joe Biden signed an executive order on Friday that lets the Treasury cut off foreign banks from the US financial system if they handle transactions for Russia\u2019s military industry.",
     "Officials said the measure is aimed at lenders in countries such as China, Turkey and the United Arab Emirates that have helped Moscow obtain machine tools and electronics."],
    "diplomacy", "diplomacy", 1, SANCT, dup="11232-03", n="near-verbatim repeat of 11232-03 (one word changed)"),
  E("2023-12-22 16:40", "Ukraine shifts to defense along parts of the front, commander says",
    ["Ukraine\u2019s ground forces commander said his troops had moved to defensive operations in several sectors to save ammunition and rebuild units, while still holding positions on the east bank of the Dnipro."],
    "other", "frontline", 2, "ukraine-defensive-posture-2023-12-22"),
  ]))

# ---------------------------------------------------------------- 11233 Sandholme Wire (day 2, general world Atom, UTC)
SEEDS.append(dict(
  id="11233", name="11233_sandholme-worldatom", ext="xml", source="Sandholme Wire", zone="UTC", render=r_atom,
  title="Sandholme Wire \u2013 World", url="https://sandholme-wire.example/world",
  lede="The day\u2019s main world news in brief.",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in UTC ('Z'), no authors. The war is a minority: 4 of 6 items are off-beat (UN Gaza resolution, Storm Pia, El Gordo lottery, Prague vigil). The Mykolaiv item spells the city 'Nikolaev'.",
  not_entries=["feed title, subtitle, links, id and updated", "entry link/id elements"],
  entries=[
  OFF("2023-12-22 21:15", "UN Security Council passes Gaza aid resolution after days of delay",
      ["The UN Security Council approved a resolution calling for more humanitarian aid to reach Gaza, after the United States abstained following a week of negotiations over the text."],
      "un-gaza-aid-resolution-adopted-2023-12-22", n="Middle East"),
  E("2023-12-22 18:40", "US moves to punish foreign banks that aid Russia\u2019s military",
    ["The United States will be able to sanction foreign financial institutions that facilitate purchases for Russia\u2019s defence industry under an order signed by President Joe Biden on Friday."],
    "diplomacy", "diplomacy", 3, SANCT),
  OFF("2023-12-22 14:20", "Storm Pia batters Denmark and northern Germany",
      ["Storm Pia brought gale-force winds and flooding to coastal areas of Denmark and northern Germany, cancelling ferries and cutting power to thousands of homes."],
      "storm-pia-2023-12", n="weather"),
  E("2023-12-22 11:40", "Nikolaev missile strike kills two, governor says",
    ["Two people were killed when a Russian missile hit the southern Ukrainian city of Nikolaev (Mykolaiv) on Friday morning, regional governor Vitaliy Kim said."],
    "strikes", "strikes", 3, MYK, n="spelling 'Nikolaev'; toll 2"),
  OFF("2023-12-22 09:30", "Spain\u2019s El Gordo lottery hands out its Christmas jackpot",
      ["Spain\u2019s Christmas lottery, El Gordo, drew its winning numbers in Madrid, sharing out billions of euros in prizes among thousands of ticket holders."],
      "el-gordo-lottery-2023", n="society"),
  OFF("2023-12-22 07:00", "Prague holds vigil for university shooting victims",
      ["Thousands of people gathered in central Prague to lay candles and flowers outside the Charles University building where a gunman killed 14 people on Thursday."],
      "prague-shooting-vigil-2023-12-22", n="Czech crime aftermath"),
  ]))

# ---------------------------------------------------------------- day 3 (2023-12-24)
KHA = "kharkiv-christmas-eve-missile-strike-2023-12-24"
XMAS = "ukraine-first-christmas-on-december-25-2023"

# ---------------------------------------------------------------- 11240 Tarrowby Globe (day 3, general world RSS, India time)
SEEDS.append(dict(
  id="11240", name="11240_tarrowby-worldrss", ext="xml", source="Tarrowby Globe", zone="Asia/Kolkata", render=r_rss,
  title="Tarrowby Globe | World", url="https://tarrowby-globe.example/world", guid="tg-world",
  lede="World news from the Tarrowby Globe.",
  basis="RSS pubDate '{s}' (explicit +0530 offset, IST); local {d} in {z}",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate with +0530 (a half-hour offset). The newest item is dated Mon, 25 Dec 2023 02:10 local but is 2023-12-24 20:40 in UTC, so all six items fall on 2023-12-24 UTC. The war is a minority: 4 of 6 items are off-beat (Bethlehem, wrestling federation, Serbian protests, cricket). dc:creator is printed for one item only.",
  not_entries=["channel title/link/description/language and atom:link", "item link, guid and category elements"],
  entries=[
  OFF("2023-12-25 02:10", "Bethlehem marks a subdued Christmas Eve",
      ["Bethlehem cancelled its usual Christmas celebrations because of the war in Gaza, and only a few hundred people gathered in Manger Square for midnight prayers."],
      "bethlehem-subdued-christmas-2023", n="Middle East; local date 25 Dec, UTC 24 Dec"),
  E("2023-12-24 23:45", "Ukraine celebrates Christmas on December 25 for the first time",
    ["Ukrainians are celebrating Christmas on December 25 as an official holiday for the first time this year, after a law moved the date away from the January 7 observed in Russia."],
    "other", "politics", 3, XMAS, a="Ananya Rao"),
  OFF("2023-12-24 19:20", "Sports ministry suspends newly elected wrestling federation",
      ["India\u2019s sports ministry suspended the newly elected body of the national wrestling federation, saying it had broken its own rules when it announced junior championships in haste."],
      "india-wrestling-federation-suspended-2023-12-24", n="Indian sport"),
  E("2023-12-24 15:30", "Russian missiles hit Kharkiv on Christmas Eve, one dead",
    ["At least one person was killed when Russian missiles struck the centre of Kharkiv, Ukraine\u2019s second-largest city, on Sunday morning, local officials said."],
    "strikes", "strikes", 3, KHA, n="toll 1"),
  OFF("2023-12-24 12:05", "Serbian opposition calls new rally over disputed vote",
      ["Serbia\u2019s opposition called supporters back onto the streets of Belgrade on Sunday, saying last week\u2019s elections were marred by fraud and must be repeated."],
      "serbia-election-protests-2023-12", n="European politics"),
  OFF("2023-12-24 08:40", "India arrive in Centurion ahead of Boxing Day Test",
      ["India\u2019s Test squad completed its first training session in Centurion ahead of the opening match of the series against South Africa on Tuesday."],
      "india-south-africa-test-preview-2023-12", n="cricket"),
  ]))

# ---------------------------------------------------------------- 11241 Umbervale Ledger (day 3, text live, no year printed, Kyiv time)
UMB_BY = "Marta Holub and Declan Ferris"
SEEDS.append(dict(
  id="11241", name="11241_umbervale-textlive", ext="txt", source="Umbervale Ledger", zone="Europe/Kyiv", render=r_umbervale,
  title="Ukraine live: missiles strike Kharkiv on Christmas Eve", dateline="Sunday 24 December", byline=f"By {UMB_BY}",
  lede="Russian missiles hit central Kharkiv as Ukraine prepares to celebrate Christmas on 25 December for the first time.",
  parse_args=["--date", "2023-12-24"],
  basis="bare stamp '{s}' (Kyiv time, EET = UTC+2) under the date line 'Sunday 24 December' (no year printed; year from parse_args --date 2023-12-24); local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first, bare 'HH:MM' line before each headline. The page prints no year anywhere (date line 'Sunday 24 December'), hence parse_args. Page byline with two names, used as the author of every post (kept as one string). 11241-05 repeats 11241-03 almost word for word (importance 1). 11241-04 (shelling of Kupiansk, same region) must not merge with the Kharkiv city missile strike.",
  not_entries=["masthead and navigation", "page title", "date line 'Sunday 24 December'", "byline 'By Marta Holub and Declan Ferris'", "lede line",
               "newsletter promo after the fourth post", "'Our live coverage continues tomorrow.'", "footer"],
  entries=[
  E("2023-12-24 08:05", "Explosions in Kharkiv as missiles strike city centre",
    ["Several loud explosions were heard in Kharkiv shortly after 07:30, and mayor Ihor Terekhov said Russian missiles had hit the city centre.",
     "There was no immediate information on casualties."],
    "strikes", "strikes", 3, KHA, a=UMB_BY, n="first report"),
  E("2023-12-24 09:20", "Ukraine gets ready for its first Christmas on 25 December",
    ["Churches across Ukraine are preparing for Christmas Eve services tonight, the first since a law moved the official holiday from 7 January to 25 December, a change the government presents as a break with Moscow."],
    "other", "politics", 3, XMAS, a=UMB_BY),
  E("2023-12-24 10:45", "Kharkiv: one killed, nine injured in morning strike",
    ["One person was killed and nine injured when Russian missiles hit central Kharkiv this morning, regional governor Oleh Syniehubov said.",
     "A residential building, a hotel and several cars were damaged."],
    "strikes", "strikes", 3, KHA, a=UMB_BY, n="toll 1 dead, 9 injured"),
  E("2023-12-24 12:30", "Kupiansk shelled again, two wounded",
    ["Russian artillery hit Kupiansk in the east of the Kharkiv region, wounding two men and damaging a school, the local military administration said."],
    "strikes", "strikes", 2, "kupiansk-shelling-2023-12-24", a=UMB_BY,
    n="same region (Kharkiv oblast) as the Kharkiv city strike, different event: must not merge"),
  E("2023-12-24 14:10", "Kharkiv: one killed, nine injured in morning strike",
    ["One person was killed and nine injured when Russian missiles struck central Kharkiv this morning, regional governor Oleh Syniehubov said.",
     "A residential building, a hotel and several cars were damaged."],
    "strikes", "strikes", 1, KHA, a=UMB_BY, dup="11241-03", n="near-verbatim repeat of 11241-03 (one word changed)"),
  E("2023-12-24 16:50", "Navy says troops still hold positions at Krynky",
    ["Ukrainian marines are still holding a foothold on the left bank of the Dnipro near the village of Krynky despite constant Russian attacks, a navy spokesman said."],
    "other", "frontline", 2, "krynky-bridgehead-2023-12-24", a=UMB_BY),
  E("2023-12-24 19:30", "Kharkiv toll rises to two as injured woman dies",
    ["A woman injured in this morning\u2019s missile strike on Kharkiv has died in hospital, bringing the death toll to two, governor Oleh Syniehubov said."],
    "strikes", "strikes", 3, KHA, a=UMB_BY, n="toll 2"),
  ]))

# ---------------------------------------------------------------- 11242 Wrexcombe Observer (day 3, HTML live + @graph JSON-LD, Paris time)
SEEDS.append(dict(
  id="11242", name="11242_wrexcombe-htmllive", ext="html", source="Wrexcombe Observer", zone="Europe/Paris", render=r_wrexcombe,
  title="War in Ukraine: Kharkov hit by missiles on Christmas Eve \u2013 live", url="https://wrexcombe-observer.example/live/ukraine-2023-12-24",
  dateline="Sunday 24 December 2023 \u00b7 Paris time (CET)",
  lede="Missiles hit the centre of Kharkov (Kharkiv); a man is killed by shelling in Beryslav; Ukrainians celebrate Christmas under a new calendar.",
  basis="visible '{s}' in <time datetime> (Paris time, CET = UTC+1, printed in the dateline) under 'Sunday 24 December 2023'; the JSON-LD update datePublished agrees; local {d} in {z}",
  notes="Invented outlet. HTML live blog, newest first. JSON-LD is an @graph with an organisation and a node whose @type is an array ['LiveBlogPosting','NewsArticle'] with liveBlogUpdate items (per-update times, authors). Visible stamps use a dot: '21.40', in <time datetime>; 'By NAME' after the headline. Spelling 'Kharkov'. 11242-01 is a theme piece (analysis) that mentions the Christmas Eve strike but is its own story. 11242-03 is a 'Video:' teaser without text. Must not merge with the Kharkiv strike: 11242-04 (deadly shelling of Beryslav, another Christmas Eve attack) and 11242-06 (overnight drone raid elsewhere).",
  not_entries=["brand and navigation", "page title", "dateline 'Sunday 24 December 2023 · Paris time (CET)'", "standfirst (chapo)",
               "video placeholder 'Video · 1 min 20'", "subscription box after the second post", "footer"],
  entries=[
  E("2023-12-24 21:40", "Analysis: Kharkov, the city that never gets a quiet night",
    ["Sunday\u2019s strike on the city centre was the latest of hundreds: Kharkov lies barely 30 kilometres from the Russian border, so missiles fired from the Belgorod region reach it in under a minute.",
     "City officials have moved classrooms underground and keep repair crews on standby around the clock. Residents say they no longer go down to shelters for every alert, because the warning often comes after the explosion."],
    "strikes", "strikes", 2, "analysis-kharkiv-under-constant-fire", a="Elodie Marchand",
    n="theme piece (mentions the Christmas Eve strike): must not merge with the Kharkiv strike story"),
  E("2023-12-24 19:55", "Christmas Eve services held across Ukraine under the new calendar",
    ["Congregations gathered in churches from Lviv to Kyiv on Sunday evening for the first Christmas Eve services since Ukraine moved the holiday to 25 December, with many services ending early because of the curfew."],
    "other", "politics", 3, XMAS, a="Elodie Marchand"),
  E("2023-12-24 17:20", "Video: Inside a Kharkov building hit on Christmas Eve", [],
    "strikes", "strikes", 1, KHA, n="video teaser without text body"),
  E("2023-12-24 15:05", "Russian shelling kills man in Beryslav",
    ["A 57-year-old man was killed when Russian artillery shelled Beryslav in the Kherson region on Sunday afternoon, the regional governor said."],
    "strikes", "strikes", 3, "beryslav-shelling-2023-12-24", a="Bastien Loriot",
    n="another deadly Christmas Eve attack (same theme), different event: must not merge with the Kharkiv strike"),
  E("2023-12-24 12:30", "Kharkov missile strike kills one, injures 11",
    ["The morning missile strike on Kharkov killed one person and injured 11, regional officials said, revising an earlier count of the wounded.",
     "Rescuers were still checking damaged flats near the central square."],
    "strikes", "strikes", 3, KHA, a="Bastien Loriot", n="spelling 'Kharkov'; toll 1 dead, 11 injured"),
  E("2023-12-24 09:10", "Air force downs 10 of 14 drones overnight",
    ["Ukraine\u2019s air defences destroyed 10 of the 14 Shahed drones launched by Russia overnight over the Dnipropetrovsk, Zaporizhzhia and Khmelnytskyi regions, the air force said."],
    "strikes", "strikes", 2, "overnight-drone-attack-2023-12-24", a="Bastien Loriot",
    n="overnight drone raid on other regions, not the Kharkiv missile strike: must not merge"),
  ]))

# ---------------------------------------------------------------- 11243 Yarnbury Dispatch (day 3, Atom, Kyiv time)
SEEDS.append(dict(
  id="11243", name="11243_yarnbury-atom", ext="xml", source="Yarnbury Dispatch", zone="Europe/Kyiv", render=r_atom,
  title="Yarnbury Dispatch: Ukraine", url="https://yarnbury-dispatch.example/ukraine",
  lede="News from Ukraine and its neighbours.",
  basis="Atom <published> '{s}' (explicit +02:00 offset, EET); local {d} in {z}",
  notes="Invented outlet. Atom feed about the war, newest first, <published> with +02:00, escaped HTML content, authors. The Kharkiv strike appears twice (early report and evening damage count), both importance 3.",
  not_entries=["feed title, subtitle, links, id and updated", "entry link/id elements"],
  entries=[
  E("2023-12-24 22:30", "Kharkiv counts the damage after Christmas Eve missile attack",
    ["Two people died and 14 were injured in Sunday morning\u2019s missile attack on central Kharkiv, and about 20 buildings were damaged, the regional administration said in its evening update."],
    "strikes", "strikes", 3, KHA, a="Iryna Savchuk", n="toll 2 dead, 14 injured"),
  E("2023-12-24 18:15", "Lithuania sends generators for Ukrainian hospitals",
    ["Lithuania has shipped 40 industrial generators to hospitals in Ukraine\u2019s front-line regions, its embassy in Kyiv said."],
    "aid", "aid", 2, "lithuania-generators-hospitals-2023-12-24", a="Iryna Savchuk"),
  E("2023-12-24 13:40", "Russia says it shot down drones over Belgorod region",
    ["Russia\u2019s defence ministry said its air defences destroyed six Ukrainian drones over the Belgorod region overnight. The regional governor reported damage to a power line but no injuries."],
    "strikes", "strikes", 2, "belgorod-drones-downed-2023-12-24", a="Pavlo Zaiets"),
  E("2023-12-24 09:50", "Missiles strike central Kharkiv, casualties reported",
    ["Russian missiles hit the centre of Kharkiv on Sunday morning, mayor Ihor Terekhov said, adding that at least five people had been injured."],
    "strikes", "strikes", 3, KHA, a="Pavlo Zaiets", n="early report"),
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
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": S["basis"].format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M"), iso=d.isoformat(), z=S["zone"]),
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

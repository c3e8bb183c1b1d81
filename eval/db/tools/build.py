#!/usr/bin/env python3
"""Builds the eval/db seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented or paraphrased, no copied sentences).
Part A imitates, from memory, the page layouts of ten real Ohio/Michigan outlets; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/db/tools/build.py"""
import html, json, os, re
from datetime import datetime, date
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Col.", "Lt.", "Gov.", "Sen.", "Rep.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    e = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    e.update(kw)
    return e


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018\u00ab]|$)', par):
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


def ampm(d, sep=":", space=" ", style="dots"):
    """12-hour clock: style 'dots' -> 4:05 p.m., 'upper' -> 4:05 PM, 'lower' -> 4.05pm (with sep='.', space='')."""
    hh = d.hour % 12 or 12
    if style == "dots":
        suf = "a.m." if d.hour < 12 else "p.m."
    elif style == "upper":
        suf = "AM" if d.hour < 12 else "PM"
    else:
        suf = "am" if d.hour < 12 else "pm"
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def ap_date(d, year=True):
    s = f"{AP_MONTHS[d.month - 1]} {d.day}"
    return f"{s}, {d.year}" if year else s


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    assert ts == sorted(ts, reverse=newest_first), f"{S['id']}: entries must run {'newest' if newest_first else 'oldest'} first"


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def slug(s, n=60):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:n].strip("-")


def iso(d):
    return d.isoformat().replace("+00:00", "Z")


# ====================================================================== Part A renderers (real outlets' layouts, from memory)

def r_blade(S):
    """The Blade (toledoblade.com) World section front, HTML. Story cards newest first: kicker, headline, 'By NAME / Associated Press',
    'Published on April 2, 2025 | Updated 5:12 PM' (no zone; Toledo = Eastern), summary, comment count. JSON-LD: organization only."""
    z = S["zone"]; order_check(S, True); top = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsMediaOrganization", "name": "The Blade", "url": "https://www.toledoblade.com/",
          "logo": {"@type": "ImageObject", "url": "https://www.toledoblade.com/images/blade-logo.png"},
          "sameAs": ["https://www.facebook.com/toledoblade", "https://x.com/toledonews"]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | The Blade</title>',
           '<meta name="description" content="World news from The Blade, Toledo, Ohio">',
           '<script type="application/ld+json">' + json.dumps(ld) + '</script></head>', '<body class="section-world">',
           f'<div class="utility-bar"><span class="today">{WEEKDAYS[top.weekday()]}, {MONTHS[top.month - 1]} {top.day}, {top.year}</span> '
           '<a href="https://eblade.toledoblade.com/">e-Edition</a> <a href="/subscribe">Subscribe</a> <a href="/login">Log In</a></div>',
           '<header class="masthead"><a class="logo" href="/">The Blade</a> <span class="tagline">Toledo, Ohio</span>'
           '<div class="weather-widget">Toledo <span class="temp">46&deg;</span> Cloudy</div>'
           '<nav class="main-nav"><a href="/local">Local</a> <a href="/sports">Sports</a> <a href="/business">Business</a> '
           '<a href="/opinion">Opinion</a> <a href="/a-e">A&amp;E</a> <a href="/food">Food</a> <a href="/news/Nation">Nation</a> '
           '<a href="/news/World">World</a> <a href="https://www.legacy.com/us/obituaries/toledoblade/">Obituaries</a> '
           '<a href="/classifieds">Classifieds</a> <a href="/jobs">Jobs</a></nav></header>',
           f'<main id="main"><h1 class="section-title">{esc(S["title"])}</h1>', '<div class="story-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"Published on {MONTHS[d.month - 1]} {d.day}, {d.year} | Updated {ampm(d, style='upper')}"; stamps.append(st)
        link = f"/news/World/{d:%Y/%m/%d}/{slug(e['h'])}/stories/{d:%Y%m%d}{141 + i * 7}"
        out.append(f'<div class="story-card"><div class="kicker">World</div><h3 class="headline"><a href="{attr(link)}">{esc(e["h"])}</a></h3>')
        out.append(f'<p class="byline">{esc(e["byline"])}</p><p class="date">{st}</p>')
        out += [f'<p class="summary">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<a class="comment-count" href="{attr(link)}#comments">{e.get("cc", 0)} Comments</a></div>')
        if i == 2:
            out.append('<div class="ad-slot">ADVERTISEMENT</div>')
        if i == 4:
            out.append('<div class="newsletter-box"><h4>Sign up for The Blade\'s Morning Update</h4><p>The day\'s top stories, delivered to your inbox.</p>'
                       '<input type="email" placeholder="Email address"> <button>Sign Up</button></div>')
    out += ['</div><a class="more" href="/news/World?page=2">More World stories</a></main>',
            '<aside class="most-read"><h3>Most Read</h3><ol><li><a href="/local/2025/04/02/anthony-wayne-trail-lane-closures">Lane closures set on Anthony Wayne Trail</a></li>'
            '<li><a href="/sports/mud-hens/2025/04/01/mud-hens-opening-week">Mud Hens open home slate at Fifth Third Field</a></li></ol></aside>',
            '<footer><p>Copyright 2025 The Blade. All rights reserved.</p><a href="/privacy">Privacy Policy</a> <a href="/terms">Terms of Use</a> '
            '<a href="/contact">Contact Us</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_vindy(S):
    """The Vindicator (vindy.com, Ogden Newspapers) 'Nation & World' page carrying an AP 'The Latest' file, text scrape.
    Ogden chrome (date 'Feb 8, 2025', 'Save Article', newsletter form); items newest first, separated by '___', each a bare
    '4:45 p.m.' line (no zone) and paragraphs, no headlines. Crosses local midnight at the bottom."""
    z = S["zone"]; order_check(S, True); pub = dt(S["page_date"], z)
    L = ["Skip to content", "", "The Vindicator", "Youngstown, Ohio", "Subscribe   Log In   Today's Paper   Contact Us", "",
         "Youngstown 29°F   Light snow", "",
         "News   Sports   Opinion   Obituaries   Lifestyle   Classifieds   Jobs   Announcements   Contests   Vindy Archives", "",
         "News, Nation & World", "", S["title"], "", f"{SHORT[pub.month - 1]} {pub.day}, {pub.year}", "", S["byline"], "",
         "Save Article", "", "Facebook   Twitter   Email", "", S["caption"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d); stamps.append(st)
        L += ["___", "", st, ""] + ptxt(e["p"])
        if i == 3:
            L += ["Today's breaking news and more in your inbox", "I'm interested in (please check all that apply)",
                  "Daily Newsletter   Breaking News   Obituaries", "Are you a paying subscriber to the newspaper? *", "Yes   No", "Submit", ""]
    L += ["___", "", "Follow AP's coverage of the war at https://apnews.com/hub/russia-ukraine", "", "Latest News",
          "Austintown trustees delay vote on road levy", "Mahoning County food bank expands weekend hours", "YSU hoops falls at home", "",
          "Starting at $4.38/week.", "Subscribe Today", "", "© Copyright 2025 The Vindicator | https://www.vindy.com | 8270 Market St., Boardman, OH"]
    return "\n".join(L) + "\n", stamps


def r_mansfield(S):
    """Mansfield News Journal (Gannett / USA TODAY Network) live blog, text scrape. Page dates only in the
    'Published ... | Updated ...' line; each post: stamp line '3:48 p.m. ET' ABOVE the headline, author line, body."""
    z = S["zone"]; order_check(S, True); pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    L = ["Skip to main content", "", "Mansfield News Journal", "Subscribe", "Sign In", "",
         "Home   News   Sports   Ohio State   Opinion   Obituaries   Things to Do   Business   eNewspaper   Legals", "", "WORLD", "",
         S["title"], ""] + S["authors"] + ["USA TODAY", "",
         f"Published {ampm(pub)} ET {MONTHS[pub.month - 1]} {pub.day}, {pub.year} | Updated {ampm(last)} ET {MONTHS[last.month - 1]} {last.day}, {last.year}", "",
         "Share", "Facebook   Email   X", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d)} ET"; stamps.append(st)
        L += [st, e["h"], e["a"], ""]
        L += ptxt(e["p"]) if e["p"] else ["Video player", "0:57", ""]
        if i == 2:
            L += ["Newsletter", "Get the Daily Briefing newsletter in your inbox.", "Sign Up", ""]
    L += ["Contributing: Reuters", "", "About Us   Newsletters   Help Center   Corrections & Clarifications   Privacy Policy   Terms of Service",
          "© 2025 www.mansfieldnewsjournal.com. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_lima(S):
    """The Lima News (limaohio.com) WordPress RSS 2.0: pubDate in +0000, dc:creator in CDATA, excerpt description ending in
    [&#8230;], full text in content:encoded."""
    order_check(S, True); z = S["zone"]
    top = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"', '\txmlns:content="http://purl.org/rss/1.0/modules/content/"',
           '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"', '\txmlns:dc="http://purl.org/dc/elements/1.1/"',
           '\txmlns:atom="http://www.w3.org/2005/Atom"', '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"',
           '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"', '\t>', '', '<channel>', f'\t<title>{esc(S["title"])}</title>',
           '\t<atom:link href="https://www.limaohio.com/feed/" rel="self" type="application/rss+xml" />', '\t<link>https://www.limaohio.com</link>',
           '\t<description>Lima, Ohio news, sports, obituaries and more</description>', f'\t<lastBuildDate>{rfc822(top)}</lastBuildDate>',
           '\t<language>en-US</language>', '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>', '\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>',
           '\t<generator>https://wordpress.org/?v=6.8.1</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://www.limaohio.com/{e['cat'].lower().replace(' ', '-')}/{d:%Y/%m/%d}/{slug(e['h'])}/"
        words = " ".join(e["p"]).split()
        excerpt = " ".join(words[:22]) + " [&#8230;]"
        out += ['\t\t<item>', f'\t\t<title>{esc(e["h"])}</title>', f'\t\t<link>{link}</link>',
                f'\t\t<comments>{link}#respond</comments>', f'\t\t<dc:creator><![CDATA[{e["creator"]}]]></dc:creator>',
                f'\t\t<pubDate>{st}</pubDate>', f'\t\t<category><![CDATA[{e["cat"]}]]></category>',
                f'\t\t<guid isPermaLink="false">https://www.limaohio.com/?p={489211 + i * 13}</guid>',
                f'\t\t<description><![CDATA[{excerpt}]]></description>',
                '\t\t<content:encoded><![CDATA[' + "\n".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></content:encoded>',
                f'\t\t<wfw:commentRss>{link}feed/</wfw:commentRss>', '\t\t<slash:comments>0</slash:comments>', '\t\t</item>']
    out += ['\t</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_chillicothe(S):
    """Chillicothe Gazette (Gannett) article with h2 sections, HTML with NewsArticle JSON-LD. Page byline and
    'Published 5:10 a.m. ET May 5, 2025 | Updated ...'. Each section is one entry (headline = the h2, no own time)."""
    z = S["zone"]; pub = dt(S["published"], z); upd = dt(S["updated"], z)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["lede"],
          "datePublished": iso(pub.astimezone(UTC)), "dateModified": iso(upd.astimezone(UTC)),
          "author": [{"@type": "Person", "name": S["byline"]}], "articleSection": "world",
          "publisher": {"@type": "NewsMediaOrganization", "name": "Chillicothe Gazette", "url": "https://www.chillicothegazette.com"},
          "mainEntityOfPage": {"@type": "WebPage", "@id": S["url"]}, "isAccessibleForFree": False}
    pl = f"Published {ampm(pub)} ET {MONTHS[pub.month - 1]} {pub.day}, {pub.year}"
    ul = f"Updated {ampm(upd)} ET {MONTHS[upd.month - 1]} {upd.day}, {upd.year}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           f'<link rel="canonical" href="{attr(S["url"])}">', '<meta property="og:site_name" content="Chillicothe Gazette">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>', '<body>',
           '<header class="gnt_n"><a class="gnt_n_logo" href="/">Chillicothe Gazette</a><nav><a href="/news/">News</a> <a href="/sports/">Sports</a> '
           '<a href="/entertainment/">Things to Do</a> <a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> '
           '<a href="https://chillicothegazette.oh-ohio.newsmemory.com/">eNewspaper</a> <a href="/legals/">Legals</a></nav>'
           '<a href="/subscribe/">Subscribe</a> <a href="/login/">Sign In</a></header>',
           '<main><article><div class="gnt_ar_lbl">WORLD</div>', f'<h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
           f'<div class="gnt_ar_by"><a href="/staff/">{esc(S["byline"])}</a><div>USA TODAY NETWORK</div></div>',
           f'<div class="gnt_ar_dt">{pl} | {ul}</div>',
           '<div class="gnt_ss"><button>Facebook</button> <button>Email</button> <button>X</button></div>',
           f'<figure><img src="https://www.gannett-cdn.com/presto/2025/05/05/photo.jpg" alt=""><figcaption>{esc(S["caption"])}</figcaption></figure>',
           '<div class="gnt_ar_b">', f'<p class="gnt_ar_b_p">{esc(S["lede"])}</p>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2 class="gnt_ar_b_h2">{esc(e["h"])}</h2>')
        out += [f'<p class="gnt_ar_b_p">{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append(f'<p class="gnt_ar_b_p"><strong>More:</strong> <a href="/story/news/world/2025/05/02/">{esc(S["more"])}</a></p>')
        if i == 2:
            out.append('<aside class="gnt_em_nl">Get the latest news in your inbox. Sign up for the Daily Briefing newsletter.</aside>')
    out += [f'<p class="gnt_ar_b_p"><em>{esc(S["contrib"])}</em></p>', '</div></article></main>',
            '<footer><a href="/about/">About Us</a> <a href="/newsletters/">Newsletters</a> <a href="/privacy/">Privacy Policy</a> '
            '<a href="/terms/">Terms of Service</a><p>© 2025 www.chillicothegazette.com. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_marietta(S):
    """The Marietta Times (mariettatimes.com, Ogden / WordPress) Atom feed: <published>/<updated> in Z, <author><name>,
    CDATA summary and content."""
    order_check(S, True); z = S["zone"]
    top = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?><feed', '  xmlns="http://www.w3.org/2005/Atom"', '  xmlns:thr="http://purl.org/syndication/thread/1.0"',
           '  xml:lang="en-US"', '  >', f'\t<title type="text">{esc(S["title"])}</title>',
           '\t<subtitle type="text">News, Sports, Jobs - Marietta Times</subtitle>', '', f'\t<updated>{iso(top)}</updated>', '',
           '\t<link rel="alternate" type="text/html" href="https://www.mariettatimes.com" />',
           '\t<id>https://www.mariettatimes.com/feed/atom/</id>',
           '\t<link rel="self" type="application/atom+xml" href="https://www.mariettatimes.com/feed/atom/" />', '',
           '\t<generator uri="https://wordpress.org/" version="6.8.2">WordPress</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        link = f"https://www.mariettatimes.com/news/{e['cat'].lower().replace(' ', '-')}/{d:%Y/%m}/{slug(e['h'])}/"
        out += ['\t<entry>', '\t\t<author>', f'\t\t\t<name>{esc(e["a"] or "")}</name>' if e["a"] else '\t\t\t<name></name>', '\t\t</author>',
                f'\t\t<title type="html"><![CDATA[{e["h"]}]]></title>',
                f'\t\t<link rel="alternate" type="text/html" href="{link}" />', f'\t\t<id>https://www.mariettatimes.com/?p={1038842 + i * 17}</id>',
                f'\t\t<updated>{st}</updated>', f'\t\t<published>{st}</published>',
                f'\t\t<category scheme="https://www.mariettatimes.com" term="{e["cat"]}" />',
                f'\t\t<summary type="html"><![CDATA[{esc(e["p"][0])}]]></summary>',
                f'\t\t<content type="html" xml:base="{link}"><![CDATA[' + "".join(f"<p>{esc(p)}</p>\n" for p in e["p"]) + ']]></content>',
                '\t</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_recordeagle(S):
    """Traverse City Record-Eagle (record-eagle.com, TownNews BLOX) 'Nation & World' section front, HTML. Header date/clock line,
    weather widget; cards newest first with 'By NAME Associated Press' and a relative <time> ('17 min ago', '2 hrs ago')."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    ld = {"@context": "http://schema.org", "@type": "WebSite", "name": "Traverse City Record-Eagle", "url": "https://www.record-eagle.com/",
          "potentialAction": {"@type": "SearchAction", "target": "https://www.record-eagle.com/search/?q={search_term_string}",
                              "query-input": "required name=search_term_string"}}
    clock = f"{WEEKDAYS[ref.weekday()][:3]}, {SHORT[ref.month - 1]} {ref.day}, {ref.year} {ampm(ref, style='upper')}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">',
           f'<title>{esc(S["title"])} | record-eagle.com</title>',
           '<script type="application/ld+json">' + json.dumps(ld) + '</script></head><body class="section-news-nation-world">',
           f'<div id="site-top-nav"><span class="site-date">{clock}</span> <a href="/eedition/">e-Edition</a> '
           '<a href="/users/signup/">Sign Up</a> <a href="/users/login/">Log In</a></div>',
           '<header id="site-header"><a class="site-logo" href="/">Traverse City Record-Eagle</a>'
           '<div class="weather-widget"><span class="location">Traverse City, MI (49684)</span> <span class="day">Today</span> '
           '<span class="forecast">Sunny to partly cloudy. High 76F. Winds light and variable.</span></div>'
           '<nav id="main-navigation"><a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/opinion/">Opinion</a> '
           '<a href="/obituaries/">Obituaries</a> <a href="/news/lifestyles/">Lifestyles</a> <a href="/northern_michigan/">Northern Michigan</a> '
           '<a href="/marketplace/">Marketplace</a> <a href="/eedition/">e-Edition</a></nav></header>',
           f'<main><h1 class="block-title"><span class="block-title-inner">{esc(S["title"])}</span></h1>', '<div class="tnt-section-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} min ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hr ago" if mins == 60 else f"{mins // 60} hrs ago"
        stamps.append(st)
        link = f"/news/nation_world/{slug(e['h'], 48)}/article_{0x4e1d2a00 + i * 7741:08x}-87{i}e-11f0-9c{i}a-{0x5b2e4f6a7c1d + i:012x}.html"
        out.append(f'<article class="tnt-asset-type-article card"><div class="card-label-section"><a href="/news/nation_world/">{esc(e["label"])}</a></div>'
                   f'<h3 class="tnt-headline"><a href="{attr(link)}">{esc(e["h"])}</a></h3>')
        out.append(f'<ul class="card-byline list-inline"><li><span class="tnt-byline">{esc(e["byline"])}</span></li>'
                   f'<li class="card-date"><time datetime="{d.isoformat()}" class="tnt-date asset-date text-muted">{st}</time></li></ul>')
        out += [f'<p class="tnt-summary">{esc(p)}</p>' for p in e["p"]]
        out.append('</article>')
        if i == 3:
            out.append('<div class="tnt-ads-container">Advertisement</div>'
                       '<div class="newsletter-signup"><h4>Breaking News</h4><p>Get the latest breaking news delivered to your inbox.</p><button>Sign up!</button></div>')
    out += ['</div><a class="btn" href="?o=10">Load more</a></main>',
            '<aside><h4>Most Popular</h4><ul><li><a href="/news/local_news/">Cherry Capital Airport sets summer passenger record</a></li>'
            '<li><a href="/sports/">Trojans open season with road win</a></li></ul></aside>',
            '<footer>Traverse City Record-Eagle, 120 W Front St, Traverse City, MI 49684 | © 2025 record-eagle.com | '
            'Powered by BLOX Content Management System from TownNews.com. | Terms of Use | Privacy Policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_mining(S):
    """The Mining Journal (miningjournal.net, Ogden Newspapers) 'Nation/World briefs' page, text scrape. Ogden chrome; one page
    date 'Jan 31, 2025' (no time anywhere), no byline; briefs = headline line + paragraphs starting with a wire dateline."""
    z = S["zone"]; pd = datetime.strptime(S["page_date"], "%Y-%m-%d")
    L = ["Skip to content", "", "The Mining Journal", "News, Sports, Jobs - Marquette, Michigan", "",
         "Subscribe   Log In   Today's Paper   Contact Us", "", "Marquette 14°F   Snow showers", "",
         "News   Sports   Opinion   Obituaries   Lifestyle   Classifieds   Jobs   Contests   Special Sections", "",
         "News, Nation & World", "", S["title"], "", f"{SHORT[pd.month - 1]} {pd.day}, {pd.year}", "", "Save Article", "",
         "Facebook   Twitter   Email", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Today's breaking news and more in your inbox", "I'm interested in (please check all that apply)",
                  "Daily Newsletter   Breaking News   Obituaries", "Submit", ""]
    L += ["Latest News", "Marquette County board approves snowplow contract", "NMU hockey sweeps weekend series", "",
          "Starting at $4.62/week.", "Subscribe Today", "", "© Copyright 2025 The Mining Journal | 249 W. Washington St., Marquette, MI 49855"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_lansing(S):
    """Lansing State Journal (Gannett) live blog, HTML with LiveBlogPosting JSON-LD that lists every update (headline,
    datePublished with -05:00, articleBody, author). Visible: h2 headline, author + 'USA TODAY' + '4:05 p.m. ET'; newest first."""
    z = S["zone"]; order_check(S, True); pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "headline": e["h"], "datePublished": d.isoformat(), "url": f"{S['url']}#post-{5518 - i}",
             "author": {"@type": "Person", "name": e["a"]}}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
          "datePublished": pub.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": pub.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": "Lansing State Journal"}, "liveBlogUpdate": ups}
    pl = f"Published {ampm(pub)} ET {ap_date(pub)}"
    ul = f"Updated {ampm(last)} ET {ap_date(last)}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<meta property="og:site_name" content="Lansing State Journal">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>', '<body class="gnt_pr">',
           '<header class="gnt_n"><a class="gnt_n_logo" href="/">Lansing State Journal</a><nav><a href="/news/">News</a> '
           '<a href="/sports/">Sports</a> <a href="/sports/college/msu/">MSU</a> <a href="/entertainment/">Things to Do</a> '
           '<a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> <a href="/news/michigan/">Michigan</a> '
           '<a href="https://lsj.newsmemory.com/">eNewspaper</a></nav><a href="/subscribe/">Subscribe</a> <a href="/login/">Sign In</a></header>',
           '<main><article><div class="gnt_ar_lbl">WORLD</div>', f'<h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
           '<div class="gnt_ar_by">' + " ".join(f'<a href="/staff/{7720 + i}/">{esc(n)}</a>' for i, n in enumerate(S["authors"])) + '<div>USA TODAY</div></div>',
           f'<div class="gnt_ar_dt">{pl} | {ul}</div>', f'<p class="gnt_ar_b_p">{esc(S["lede"])}</p>', '<div class="gnt_lb">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d)} ET"; stamps.append(st)
        out.append(f'<article class="gnt_lb_p" id="post-{5518 - i}"><h2 class="gnt_lb_hl">{esc(e["h"])}</h2>'
                   f'<div class="gnt_lb_meta"><span class="gnt_lb_au">{esc(e["a"])}</span> <span>USA TODAY</span> <span class="gnt_lb_ts">{st}</span></div>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gnt_em_vp">Video player: 0:46</div>')
        out.append('</article>')
        if i == 3:
            out.append('<aside class="gnt_nl">Get the On Politics newsletter in your inbox. <button>Sign Up</button></aside>')
    out += ['</div>', f'<p><em>{esc(S["contrib"])}</em></p></article></main>',
            '<footer><a href="/about/">About Us</a> <a href="/newsletters/">Newsletters</a> <a href="/privacy/">Privacy Policy</a>'
            '<p>© 2025 www.lansingstatejournal.com. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_holland(S):
    """The Holland Sentinel (Gannett) live updates, text scrape: page byline, 'Published ... | Updated ...' with AP dates,
    oldest first, in-page date headers without year ('Tuesday, Dec. 31'), bare '7:40 p.m.' stamps above each headline.
    Crosses local midnight (New Year's Eve into New Year's Day)."""
    z = S["zone"]; order_check(S, False); pub = dt(S["published"], z); last = dt(S["entries"][-1]["t"], z)
    L = ["Skip to main content", "", "The Holland Sentinel", "Subscribe", "Sign In", "",
         "Home   News   Sports   Obituaries   Opinion   Business   Things to Do   eNewspaper   Legals", "", "WORLD", "",
         S["title"], "", S["byline"], "The Holland Sentinel", "",
         f"Published {ampm(pub)} ET {ap_date(pub)} | Updated {ampm(last)} ET {ap_date(last)}", "", "Share", "Facebook   Email   X", "", S["lede"], ""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if d.date() != cur:
            cur = d.date(); L += [f"{WEEKDAYS[d.weekday()]}, {ap_date(d, year=False)}", ""]
        st = ampm(d); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 3:
            L += ["Advertisement", "", f"More: {S['more']}", ""]
    L += [S["contrib"], "", "Get the latest news in your inbox. Sign up for the newsletter.", "",
          "About Us   Newsletters   Help Center   Privacy Policy   Terms of Service   Your Privacy Choices", "© 2025 www.hollandsentinel.com. All rights reserved."]
    return "\n".join(L) + "\n", stamps


# ====================================================================== Part B renderers (invented outlets)

def r_calverdown(S):
    """text live blog, newest first; Key Points bullets ('• '); each post: headline, then '2 Nov 2025 14.10 GMT', then 'By NAME'."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "News | World | Politics | Business | Sport | Opinion | Puzzles", "", "Ukraine war live", S["title"], S["dateline"], "",
         S["lede"], "", "Key Points"] + ["• " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {SHORT[d.month - 1]} {d.year} {d:%H.%M} GMT"; stamps.append(st)
        L += [e["h"], st]
        if e["a"]:
            L.append(f"By {e['a']}")
        L.append("")
        L += ptxt(e["p"]) if e["p"] else ["[Video, 1 min 04 sec]", ""]
        L += ["Share this update", ""]
        if i == 2:
            L += ["Get our Ukraine briefing in your inbox every weekday evening. Sign up", ""]
    L += ["Show older updates", "", f"© {S['source']} 2025 · Terms · Privacy · Contact · Complaints"]
    return "\n".join(L) + "\n", stamps


def r_brailsmoor(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with per-update headline/datePublished/author; visible '2 Nov, 07:15' in <time>."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} · {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="cookie-notice">{esc(S["source"])} uses cookies to measure readership. <button>Agree</button> <button>Manage</button></div>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a><nav><a href="/war">War</a> <a href="/region">Region</a> <a href="/world">World</a> '
           '<a href="/opinion">Opinion</a> <a href="/donate">Donate</a></nav></header>',
           f'<main><p class="kicker">LIVE</p><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>',
           f'<p class="standfirst">{esc(S["lede"])}</p>', '<ol class="live-feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {SHORT[d.month - 1]}, {d:%H:%M}"; stamps.append(st)
        out.append(f'<li class="post" id="post-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="post-author">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="post-tools"><a>Copy link</a> <a>Share</a></div></li>')
        if i == 3:
            out.append(f'<li class="related"><span>Read also</span> <a href="/analysis/winter-grid">{esc(S["related"])}</a></li>')
    out += ['</ol></main>', f'<footer>{esc(S["source"])} · About · Editorial policy · Contacts</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):
    """RSS 2.0 feed, newest first: pubDate 'GMT' or numeric offset (S['rfc']); CDATA paragraphs; dc:creator when the item has one."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>',
           f'<atom:link href="{S["url"]}/rss.xml" rel="self" type="application/rss+xml"/>',
           f'<description>{esc(S["lede"])}</description>', f'<language>{S.get("lang", "en-gb")}</language>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), gmt=S["rfc"] == "GMT")}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S["rfc"] == "GMT"); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{e.get("cat", "world").lower()}/{S["guid"]}-{i + 301}</link>',
                f'<guid isPermaLink="false">{S["guid"]}-{i + 301}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_ketterwyn(S):
    """text article with section headings (one entry per section), page byline and a dateline '2 November 2025, 17:40 CET'."""
    L = [S["source"], "Home  /  World  /  Europe  /  Ukraine", "", S["kicker"], S["title"], "", S["lede"], "",
         f"By {S['byline']}", S["dateline"], "", "Share  ·  Print  ·  Save for later", "", S["caption"], ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
    L += [S["more"], "", "Topics: Ukraine, Russia, Europe, Defence", "", f"© {S['source']} 2025  ·  Imprint  ·  Data protection  ·  Subscriptions"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_copperfen(S):
    """HTML live, newest first, no JSON-LD; bare '17:50' span above each h2 and a printed 'All times CET'; byline under the h2."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           '<meta name="robots" content="max-image-preview:large"></head><body>',
           '<div class="rodo">We use cookies and similar technologies. <button>I agree</button> <button>Settings</button></div>',
           f'<header><span class="brand">{esc(S["source"])}</span><nav><a>Home</a> <a>Poland</a> <a>Europe</a> <a>World</a> <a>Ukraine war</a> <a>Business</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])} · {esc(S["tznote"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<section class="entry"><span class="entry-time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="entry-author">{esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">[Photo gallery: 12 images]</div>')
        out.append('</section>')
        if i == 2:
            out.append(f'<aside class="see-also"><h3>See also</h3><a href="/europe/reparations-loan">{esc(S["related"])}</a></aside>')
    out += ['<p class="archive"><a href="/live/ukraine-2-11">Sunday\u2019s live coverage</a></p></main>',
            f'<footer>{esc(S["source"])} · Editorial office · Advertising · Privacy policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0, newest first; <published> ISO with the outlet's offset (Z for UTC); escaped HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>{S["url"]}/atom.xml</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link href="{S["url"]}/story/{S["guid"]}{i + 71}"/>',
                f'<id>tag:{S["url"].split("//")[1]},2025:{S["guid"]}{i + 71}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_southharbour(S):
    """text live, oldest first; page byline; date headers 'Monday 3 November' inside the page; '3.20pm AEDT' above each headline;
    local midnight crossed (Sydney evening into the next morning)."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "News  ·  World  ·  Australia  ·  Business  ·  Sport  ·  Live", "", S["title"], S["dateline"], S["byline"], "", S["lede"], ""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if d.date() != cur:
            cur = d.date(); L += [f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]}", ""]
        st = f"{ampm(d, sep='.', space='', style='lower')} AEDT"; stamps.append(st)
        L += [st, e["h"]]
        if e.get("sig"):
            L.append(e["sig"])
        L.append("")
        L += ptxt(e["p"])
        if i == 2:
            L += ["Advertisement", ""]
    L += ["That's all from us for now. Our live coverage continues tomorrow.", "", f"{S['source']}  ·  Terms  ·  Privacy  ·  Contact"]
    return "\n".join(L) + "\n", stamps


def r_amberlane(S):
    """text live, newest first; date line 'Saturday, June 21' with NO year anywhere; '22:10 EEST' line above each headline; page byline."""
    z = S["zone"]; order_check(S, True); d0 = dt(S["entries"][0]["t"], z)
    L = [S["source"].upper(), "Lithuania  ·  Baltics  ·  Ukraine  ·  World  ·  Opinion", "", "LIVE", S["title"],
         f"{WEEKDAYS[d0.weekday()]}, {MONTHS[d0.month - 1]} {d0.day}", S["byline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} EEST"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["(video, 0:38)", ""]
        if i == 3:
            L += ["Support independent journalism from the Baltics. Subscribe.", ""]
    L += ["End of today's live coverage.", "", f"{S['source']}  ·  About us  ·  Contacts  ·  Privacy"]
    return "\n".join(L) + "\n", stamps


def r_dunlathy(S):
    """HTML live, newest first; Guardian-style LiveBlogPosting JSON-LD whose updates carry the PAGE headline and the PAGE datePublished
    (no per-entry time or headline there); visible '<time datetime>20.30 BST</time>'; signature line after the body."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#block-{6100 + i * 3}", "headline": S["title"], "datePublished": first.isoformat(),
            "dateModified": last.isoformat(), "articleBody": " ".join(e["p"])[:300]} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "coverageEndTime": last.isoformat(),
          "author": [{"@type": "Person", "name": n} for n in S["authors"]], "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a href="/">{esc(S["source"])}</a> <nav><a>News</a> <a>Opinion</a> <a>Sport</a> <a>Culture</a> <a>Lifestyle</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<div class="standfirst"><p>{esc(S["lede"])}</p></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M} BST"; stamps.append(st)
        out.append(f'<div class="block" id="block-{6100 + i * 3}"><p class="block-time"><time datetime="{d.isoformat()}">{st}</time></p><h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">\u2013 {esc(e["a"])}</p>')
        out.append('</div>')
        if i == 1:
            out.append('<aside class="promo">Sign up to First Edition, our free daily newsletter</aside>')
    out += ['</main>', f'<footer>{esc(S["source"])} · About us · Contact · Privacy policy · Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def B(e, byline, **kw):
    e["byline"] = byline
    e.update(kw)
    return e


SEEDS = []
# ====================================================================== PART A: ten real outlets' layouts (own words)

# ---------------------------------------------------------------------- 10700 The Blade (Toledo)
SEEDS.append(dict(
  id="10700", name="10700_toledoblade-world", ext="html", source="The Blade", zone="America/New_York", render=r_blade, title="World",
  basis="card stamp '{s}' (date and update time; no zone printed, Toledo = Eastern, EDT = UTC-4); the update time is the only clock, so it is taken as the publication time; local {d} in {z}",
  notes="Imitates the World section front of toledoblade.com (The Blade, Toledo). Cards newest first: 'World' kicker, headline, byline 'By NAME / Associated Press' or 'By Associated Press', then 'Published on April 2, 2025 | Updated 5:12 PM' (12-hour clock with capital PM, no zone: Eastern time implied), one or two summary paragraphs, comment count. The printed update time is the only time, so published = that time. Author = the name before ' / Associated Press'; agency-only 'By Associated Press' gives 'Associated Press'. JSON-LD is only the NewsMediaOrganization block. Two off-beat wire stories (US tariffs, Myanmar quake).",
  not_entries=["utility bar with the date 'Wednesday, April 2, 2025', e-Edition / Subscribe / Log In", "masthead, tagline 'Toledo, Ohio', weather widget 'Toledo 46° Cloudy'",
               "main navigation", "section heading 'World' (page title)", "'World' kicker on every card", "'N Comments' link on every card", "'ADVERTISEMENT' slot",
               "newsletter box 'Sign up for The Blade's Morning Update'", "'More World stories' link", "'Most Read' rail with two local headlines", "footer"],
  entries=[
  B(OFF("2025-04-02 19:05", "Trump announces sweeping new tariffs, calling it 'Liberation Day'",
    ["President Donald Trump on Wednesday imposed a 10% tax on most imports and announced far higher rates for dozens of countries he accused of treating American goods unfairly.",
     "Markets in Asia were expected to react sharply when trading resumes on Thursday."],
    "us-reciprocal-tariffs-2025-04-02", a="Associated Press", n="US trade policy"), "By Associated Press", cc=212),
  B(E("2025-04-02 16:40", "Zelenskyy says new U.S. draft of minerals deal needs more work",
    ["Ukrainian President Volodymyr Zelenskyy said Wednesday that Kyiv would not accept any version of a minerals agreement with Washington that gets in the way of its bid to join the European Union.",
     "Negotiators have been trading drafts since a planned signing at the White House fell apart in February."],
    "diplomacy", "diplomacy", 2, "us-ukraine-minerals-deal-draft-2025-04", a="Dana Kolbe", sec=["aid"]), "By Dana Kolbe / Associated Press", cc=18),
  B(E("2025-04-02 14:15", "Russian drones hit Kharkiv, injuring 5",
    ["A wave of Russian drones struck Kharkiv on Wednesday evening, setting a warehouse on fire and injuring five people, Mayor Ihor Terekhov said.",
     "Ukraine's air force said more drones were heading toward the northeastern city."],
    "strikes", "strikes", 2, "kharkiv-drone-attack-2025-04-02", a="Dana Kolbe"), "By Dana Kolbe / Associated Press", cc=4),
  B(E("2025-04-02 11:50", "Rubio heads to Brussels as NATO allies seek clarity on U.S. commitment",
    ["Secretary of State Marco Rubio arrived in Brussels on Wednesday for a two-day meeting of NATO foreign ministers, where European allies hope to hear how firmly the Trump administration stands behind the alliance."],
    "diplomacy", "diplomacy", 2, "nato-foreign-ministers-brussels-2025-04", a="Lorne Becker"), "By Lorne Becker / Associated Press", cc=9),
  B(OFF("2025-04-02 09:30", "Myanmar earthquake toll passes 2,700 as hopes for survivors fade",
    ["The number of people confirmed dead in last week's earthquake in Myanmar rose above 2,700, the military government said, as rescuers searching collapsed buildings found fewer signs of life."],
    "myanmar-earthquake-2025-03-28", a="Associated Press", n="natural disaster"), "By Associated Press", cc=3),
  B(E("2025-04-02 07:20", "Russia says its troops took a village in Donetsk region",
    ["Russia's Defense Ministry said Wednesday that its forces had captured a village near the town of Kostiantynivka, a claim that Ukrainian officials did not immediately address."],
    "other", "frontline", 2, "russia-claims-village-near-kostiantynivka-2025-04-02", a="Associated Press"), "By Associated Press", cc=0),
  B(E("2025-04-02 06:05", "Kremlin insists it is honoring energy truce despite Kyiv's complaints",
    ["The Kremlin said Wednesday that Russian forces were sticking to a U.S.-brokered pause in attacks on energy facilities, and accused Ukraine of breaking it again and again.",
     "Kyiv says Russian drones and shells have kept hitting power lines and substations since the moratorium was announced in March."],
    "diplomacy", "diplomacy", 2, "energy-strike-moratorium-accusations-2025-04", a="Lorne Becker", sec=["strikes"]), "By Lorne Becker / Associated Press", cc=27),
  ]))

# ---------------------------------------------------------------------- 10701 The Vindicator (Youngstown)
SEEDS.append(dict(
  id="10701", name="10701_vindy-thelatest", ext="txt", source="The Vindicator", zone="America/New_York", render=r_vindy,
  title="The Latest: Zelenskyy looks to Munich as drones fly both ways", page_date="2025-02-08 17:00", byline="By The Associated Press",
  caption="A firefighter works at the site of a drone strike in the Kyiv region. (AP Photo)",
  lede="KYIV, Ukraine (AP) \u2014 The latest on the war in Ukraine, with the newest items first:",
  basis="bare stamp '{s}' (no zone printed; Youngstown = Eastern, EST = UTC-5) under the page date 'Feb 8, 2025'; local {d} in {z}",
  notes="Imitates an AP 'The Latest' file as run on vindy.com (The Vindicator, Youngstown; Ogden Newspapers site). One page date 'Feb 8, 2025' and the byline 'By The Associated Press' (author of every item). Items newest first, separated by '___', each a bare 12-hour time line ('4:45 p.m.', no zone: Eastern implied) and paragraphs, no headlines, so headline is null and the first sentence carries the item. Midnight crossing: after '12:40 a.m.' the last item is '11:30 p.m.', which belongs to Friday Feb 7 local (its text says 'late Friday'); in UTC it is still Feb 8 (04:30Z), like every other item. The Ogden newsletter form between items 4 and 5 is chrome.",
  not_entries=["'Skip to content', masthead 'The Vindicator', 'Youngstown, Ohio', Subscribe / Log In / Today's Paper / Contact Us", "weather line 'Youngstown 29°F Light snow'",
               "navigation menu", "breadcrumb 'News, Nation & World'", "page title 'The Latest: ...'", "page date 'Feb 8, 2025'", "byline 'By The Associated Press'",
               "'Save Article', share links", "photo caption", "lede 'KYIV, Ukraine (AP) \u2014 The latest on the war in Ukraine, with the newest items first:'",
               "'___' separators", "Ogden newsletter form ('Today's breaking news and more in your inbox', checkboxes, 'Submit')",
               "'Follow AP's coverage ...' link line", "'Latest News' rail with three local headlines", "subscription offer and copyright footer"],
  entries=[
  E("2025-02-08 16:45", None,
    ["Ukrainian President Volodymyr Zelenskyy said Saturday that he expects to sit down with members of President Donald Trump's team at the Munich Security Conference next week.",
     "He told reporters in Kyiv that security guarantees for Ukraine had to be settled before any talks with Moscow, and that Europe needed a seat at the table."],
    "diplomacy", "diplomacy", 2, "zelenskyy-munich-meeting-plans-2025-02", a="The Associated Press"),
  E("2025-02-08 13:20", None,
    ["Ukraine's top commander said Saturday that troops who launched a fresh push in Russia's Kursk region this week had held on to most of the ground they took.",
     "Col. Gen. Oleksandr Syrskyi said Russian and North Korean units were counterattacking around the clock."],
    "other", "frontline", 2, "ukraine-kursk-push-2025-02", a="The Associated Press"),
  E("2025-02-08 10:05", None,
    ["A Russian guided bomb hit a residential street in Krasnopillia, a town in Ukraine's Sumy region close to the Russian border, killing a 62-year-old woman and injuring two men, regional officials said."],
    "strikes", "strikes", 3, "krasnopillia-guided-bomb-2025-02-08", a="The Associated Press"),
  E("2025-02-08 07:30", None,
    ["Ukraine's air force said Saturday morning that it had shot down 71 of the 139 Russian drones launched overnight, while dozens more were lost to electronic jamming.",
     "Debris damaged houses in the Kyiv, Poltava and Khmelnytskyi regions, officials said."],
    "strikes", "strikes", 2, "overnight-russian-drone-attack-2025-02-08", a="The Associated Press"),
  E("2025-02-08 04:15", None,
    ["Russia's Defense Ministry said its air defenses brought down 28 Ukrainian drones over the Bryansk, Kursk and Belgorod regions during the night."],
    "strikes", "strikes", 2, "russia-says-downed-ukrainian-drones-2025-02-08", a="The Associated Press"),
  E("2025-02-08 00:40", None,
    ["President Donald Trump said he would probably meet Zelenskyy next week, possibly in Washington, and that he also expected to speak with Russian President Vladimir Putin.",
     "Trump did not say when a call with Putin might take place."],
    "diplomacy", "diplomacy", 3, "trump-plans-zelenskyy-meeting-2025-02-07", a="The Associated Press"),
  E("2025-02-07 23:30", None,
    ["The European Union's executive arm sent member states a proposal for a 16th package of sanctions against Russia late Friday, aiming to have it approved before the third anniversary of the invasion later this month."],
    "diplomacy", "diplomacy", 2, "eu-16th-sanctions-package-2025-02", a="The Associated Press",
    n="midnight crossing: printed after 12:40 a.m. in a newest-first file, so Friday Feb 7 local (text: 'late Friday'); 04:30 UTC Feb 8"),
  ]))

# ---------------------------------------------------------------------- 10702 Mansfield News Journal
PUTADM = "putin-temporary-administration-remarks-2025-03-27"
PARIS = "paris-coalition-summit-reassurance-force-2025-03-27"
SEEDS.append(dict(
  id="10702", name="10702_mansfieldnewsjournal-live", ext="txt", source="Mansfield News Journal", zone="America/New_York", render=r_mansfield,
  title="Russia-Ukraine war live updates: Putin floats UN administration for Ukraine; Europe weighs troops",
  published="2025-03-28 06:12", authors=["Josie Harwell", "Marcus Oyelaran", "Beth Kalinowski"],
  lede="European leaders are weighing how to keep any ceasefire in place while the Kremlin floats new conditions. Here's the latest.",
  basis="post stamp '{s}' (Eastern time, 'ET' printed; EDT = UTC-4); no date per post: the page line 'Published 6:12 a.m. ET March 28, 2025 | Updated 3:48 p.m. ET March 28, 2025' dates every post; local {d} in {z}",
  notes="Imitates a USA TODAY Network (Gannett) live blog as carried by the Mansfield News Journal, copied as text. Newest first. Each post: stamp line '3:48 p.m. ET' ABOVE the headline, then the author line, then the body. The only dates are in the 'Published ... | Updated ...' line (March 28, 2025). The last post is a 'Watch:' video teaser (video player placeholder, no text). Posts 10702-01 and 10702-05 are the same story (Putin's proposal and Zelenskyy's rejection of it); the teaser belongs to the Paris summit story with 10702-03.",
  not_entries=["'Skip to main content', masthead, Subscribe / Sign In", "navigation menu", "section label 'WORLD'", "page title", "page author list (three names) and 'USA TODAY'",
               "'Published ... | Updated ...' line", "share buttons", "intro paragraph (page lede)", "'Video player' and '0:57' placeholder in the teaser post",
               "newsletter box after the third post", "'Contributing: Reuters'", "footer links and copyright"],
  entries=[
  E("2025-03-28 15:48", "Zelenskyy dismisses Putin's 'temporary administration' idea",
    ["Ukrainian President Volodymyr Zelenskyy on Friday rejected a suggestion by Vladimir Putin that Ukraine be placed under an interim administration, calling it another attempt by Moscow to drag out the war.",
     "\"Putin wants to delay peace, not reach it,\" Zelenskyy said during a visit to a front-line region."],
    "diplomacy", "diplomacy", 3, PUTADM, a="Josie Harwell", n="reaction whose content is Putin's proposal: same story as 10702-05"),
  E("2025-03-28 14:10", "Drone attack sets Dnipro ablaze; at least 2 killed",
    ["Russian drones struck Dnipro on Friday evening, starting fires in several buildings and killing at least two people, regional Gov. Serhiy Lysak said.",
     "Video posted by residents showed flames rising from a commercial building in the city center."],
    "strikes", "strikes", 3, "dnipro-drone-attack-2025-03-28", a="Marcus Oyelaran"),
  E("2025-03-28 12:25", "Macron: European 'reassurance force' could be based in key Ukrainian cities",
    ["French President Emmanuel Macron said a European force meant to help secure any ceasefire could be stationed in strategic Ukrainian cities and bases rather than along the front line.",
     "He spoke after hosting about 30 leaders in Paris on Thursday for talks on supporting Ukraine once the fighting stops."],
    "diplomacy", "diplomacy", 3, PARIS, a="Beth Kalinowski"),
  E("2025-03-28 10:40", "Russia claims another village near Pokrovsk",
    ["Russia's Defense Ministry said Friday that its troops had captured a village southwest of Pokrovsk, the logistics hub in Ukraine's Donetsk region that Moscow's forces have been trying to take for months."],
    "other", "frontline", 2, "russia-claims-village-near-pokrovsk-2025-03-28", a="Marcus Oyelaran"),
  E("2025-03-28 08:55", "Putin floats UN-run 'temporary administration' for Ukraine",
    ["Russian President Vladimir Putin suggested that Ukraine could be put under a temporary administration backed by the United Nations so that new elections could be held, an idea that drew swift rejection from Kyiv's allies.",
     "Putin made the remarks late Thursday while visiting sailors aboard a nuclear submarine in the northern port of Murmansk."],
    "diplomacy", "diplomacy", 3, PUTADM, a="Josie Harwell"),
  E("2025-03-28 07:20", "Kherson shelling leaves 45,000 without power, Ukraine says",
    ["Russian shelling damaged a power line in the Kherson region overnight, cutting electricity to about 45,000 customers, Ukraine's energy ministry said, accusing Moscow of ignoring its pledge to spare energy sites."],
    "strikes", "strikes", 2, "kherson-power-line-shelling-2025-03-28", a="Beth Kalinowski"),
  E("2025-03-28 06:12", "Watch: Zelenskyy speaks after Paris summit on Ukraine's security", [],
    "diplomacy", "diplomacy", 1, PARIS, a="Josie Harwell", n="video teaser without text body"),
  ]))

# ---------------------------------------------------------------------- 10703 The Lima News
SEEDS.append(dict(
  id="10703", name="10703_limaohio-feed", ext="xml", source="The Lima News", zone="UTC", render=r_lima, title="The Lima News",
  basis="RSS pubDate '{s}' (explicit +0000 = UTC); local {d} in {z}",
  notes="Imitates the WordPress RSS feed of limaohio.com (The Lima News). Whole-site feed, newest first, so local stories are mixed with AP world copy: 3 of 7 items are off-beat (Musk, two Lima local stories). pubDate in +0000 (WordPress default), dc:creator in CDATA (a reporter's name or 'The Associated Press'), description = an excerpt cut after 22 words and ending in ' [\u2026]', full text in content:encoded (body_paragraphs counts its <p> paragraphs).",
  not_entries=["channel title/link/description/language/generator and sy:update elements", "per item: comments link, guid, wfw:commentRss, slash:comments, category",
               "description excerpt (a truncated copy of the body ending in ' [\u2026]')"],
  entries=[
  OFF("2025-05-28 23:50", "Musk says his stint in Trump administration is ending",
    ["Elon Musk said Wednesday night that his time as a special government employee in President Donald Trump's administration was coming to an end."],
    "musk-leaves-administration-2025-05-28", a="The Associated Press", n="US politics", creator="The Associated Press", cat="Nation/World"),
  E("2025-05-28 21:40", "Merz: Germany will help Ukraine build long-range weapons",
    ["German Chancellor Friedrich Merz said Wednesday that Germany would pay for the production of long-range weapons in Ukraine, after hosting President Volodymyr Zelenskyy in Berlin.",
     "Merz gave no figures but said the first systems could be ready within weeks.",
     "Zelenskyy called the arrangement an important step toward making more of the arms Ukraine needs at home."],
    "aid", "aid", 3, "germany-long-range-weapons-production-2025-05-28", a="Gerda Fenwick", creator="Gerda Fenwick", cat="Nation/World"),
  E("2025-05-28 16:30", "Russia proposes second round of talks with Ukraine in Istanbul",
    ["Russian Foreign Minister Sergey Lavrov said Wednesday that Moscow was proposing direct talks with Ukraine in Istanbul on June 2, where the Russian delegation would present a memorandum setting out its terms."],
    "diplomacy", "diplomacy", 3, "istanbul-talks-second-round-proposal-2025-05-28", a="Gerda Fenwick", creator="Gerda Fenwick", cat="Nation/World"),
  E("2025-05-28 14:05", "Ukraine says Russia launched 88 drones overnight",
    ["Ukraine's air force said Wednesday that Russia had launched 88 attack drones and decoys overnight, and that 54 of them were shot down.",
     "Damage was reported in the Dnipropetrovsk and Sumy regions, but no deaths."],
    "strikes", "strikes", 2, "overnight-russian-drones-2025-05-28", a="Ivan Petrash", creator="Ivan Petrash", cat="Nation/World"),
  OFF("2025-05-28 11:50", "Lima council approves summer paving list",
    ["Lima City Council on Tuesday approved a list of 14 streets to be resurfaced this summer, with work expected to begin in late June.",
     "The city engineer said the work would be paid for from the street levy and a state grant."],
    "lima-summer-paving-2025", a="Kara Blaylock", n="local news", creator="Kara Blaylock", cat="Top Stories"),
  E("2025-05-28 09:20", "More villages near Sumy border ordered to evacuate",
    ["Ukrainian authorities ordered the evacuation of 11 more villages in the Sumy region as Russian troops pressed attacks across the border, regional officials said."],
    "other", "humanitarian", 2, "sumy-border-villages-evacuation-2025-05", a="Ivan Petrash", creator="Ivan Petrash", cat="Nation/World"),
  OFF("2025-05-28 06:10", "Lima Public Library extends summer reading hours",
    ["The Lima Public Library will stay open until 8 p.m. on weekdays from June through August to make room for its summer reading program, the library said."],
    "lima-library-summer-hours-2025", a="Kara Blaylock", n="local news", creator="Kara Blaylock", cat="Local News"),
  ]))

# ---------------------------------------------------------------------- 10704 Chillicothe Gazette
SEEDS.append(dict(
  id="10704", name="10704_chillicothegazette-article", ext="html", source="Chillicothe Gazette", zone="America/New_York", render=r_chillicothe,
  title="Russia-Ukraine war: What to know as Putin's Victory Day ceasefire nears",
  url="https://www.chillicothegazette.com/story/news/world/2025/05/05/russia-ukraine-war-victory-day-ceasefire/83461902007/",
  published="2025-05-05 05:10", updated="2025-05-05 12:36", byline="Alden Marsh",
  lede="Russia's three-day pause in fighting is due to start Thursday, but Kyiv says it wants a far longer truce, and drones kept flying in both directions overnight.",
  caption="People walk past a building damaged in a Russian strike in Kharkiv, Ukraine. (Reuters)",
  more="Ukraine and US sign minerals deal after weeks of talks", contrib="Contributing: The Associated Press",
  basis="no per-section time: the page line 'Published 5:10 a.m. ET May 5, 2025 | Updated 12:36 p.m. ET May 5, 2025' (EDT = UTC-4); every section takes the Published time; local {d} in {z}",
  notes="Imitates a Gannett explainer-style article (h2 sections) as run by the Chillicothe Gazette, HTML with a NewsArticle JSON-LD block. One byline (Alden Marsh, USA TODAY NETWORK) = author of every section. Each h2 section is one entry (headline = the h2); stamp null; published = the printed Published time (05:10 EDT), not the Updated time. The intro paragraph under the photo is the page lede; the 'More:' line inside section 2 is a related-article link.",
  not_entries=["header logo, navigation, Subscribe / Sign In", "label 'WORLD'", "page title (h1)", "byline 'Alden Marsh' / 'USA TODAY NETWORK'",
               "'Published ... | Updated ...' line", "share buttons", "photo caption", "intro paragraph (page lede)",
               "'More: Ukraine and US sign minerals deal after weeks of talks' related link", "newsletter aside", "'Contributing: The Associated Press'", "footer"],
  entries=[
  E("2025-05-05 05:10", "What Putin has offered",
    ["The Kremlin says Russian forces will stop fighting from May 8 to May 10 to mark the 80th anniversary of the Soviet victory in World War II.",
     "Kyiv has called the offer a gesture for the parade, not a step toward peace, and says it is ready for a 30-day ceasefire starting at any moment."],
    "diplomacy", "diplomacy", 3, "putin-victory-day-truce-2025-05", a="Alden Marsh"),
  E("2025-05-05 05:10", "Drones target Moscow again",
    ["Moscow Mayor Sergei Sobyanin said air defenses destroyed several drones flying toward the Russian capital overnight, and there were no reports of serious damage.",
     "Flights at two Moscow airports were briefly restricted."],
    "strikes", "strikes", 2, "drones-target-moscow-2025-05-05", a="Alden Marsh"),
  E("2025-05-05 05:10", "Glide bombs hit Kharkiv region",
    ["Russian glide bombs struck a village outside Kharkiv on Sunday evening, injuring nine people, among them a 12-year-old girl, according to the regional governor."],
    "strikes", "strikes", 2, "kharkiv-region-glide-bombs-2025-05-04", a="Alden Marsh"),
  E("2025-05-05 05:10", "Warning over Moscow parade guests",
    ["Zelenskyy said over the weekend that Ukraine could not guarantee what might happen in Moscow on May 9, a remark the Kremlin called a threat to the foreign leaders invited to the Red Square parade."],
    "diplomacy", "diplomacy", 2, "zelenskyy-moscow-parade-warning-2025-05", a="Alden Marsh"),
  E("2025-05-05 05:10", "Minerals deal goes to parliament",
    ["Ukraine's government has sent the minerals agreement it signed with the United States last week to parliament for ratification, and lawmakers could vote on it as early as Thursday."],
    "diplomacy", "diplomacy", 2, "us-ukraine-minerals-deal-ratification-2025-05", a="Alden Marsh", sec=["aid"]),
  ]))

# ---------------------------------------------------------------------- 10705 The Marietta Times
SEEDS.append(dict(
  id="10705", name="10705_mariettatimes-atom", ext="xml", source="The Marietta Times", zone="UTC", render=r_marietta, title="Marietta Times",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Imitates the WordPress Atom feed (/feed/atom/) of mariettatimes.com (The Marietta Times, Ogden Newspapers). Whole-site feed, newest first, <published>/<updated> in Z, <author><name> per entry, CDATA title, summary = first paragraph, content = all paragraphs. Two of six entries are off-beat (US statistics chief firing, Marietta parking).",
  not_entries=["feed title/subtitle/updated/link/id/generator", "per entry: link, id, updated, category",
               "summary (a copy of the first paragraph; the content element holds the body)"],
  entries=[
  E("2025-08-02 22:05", "Kyiv death toll rises to 32 as search of apartment block ends",
    ["Rescuers finished clearing the rubble of a nine-story apartment building in Kyiv that was hit by a Russian missile this week, and the death toll from the attack rose to 32, city officials said Saturday.",
     "Ukraine held a day of mourning on Friday for the victims, who included five children."],
    "strikes", "strikes", 3, "kyiv-missile-drone-attack-2025-07-31", a="The Associated Press", cat="Nation World"),
  OFF("2025-08-02 19:30", "Firing of statistics chief draws concern from economists",
    ["Economists and some Republican lawmakers voiced concern Saturday over President Donald Trump's decision to fire the official in charge of the government's monthly jobs figures."],
    "bls-commissioner-fired-2025-08-01", a="The Associated Press", n="US politics/economy", cat="Nation World"),
  E("2025-08-02 16:10", "Putin says meeting with Zelenskyy possible, but only at the end",
    ["Russian President Vladimir Putin said a meeting with Ukraine's leader could take place only once negotiators had worked out a settlement, and that Moscow's conditions had not changed."],
    "diplomacy", "diplomacy", 3, "putin-zelenskyy-meeting-conditions-2025-08-01", a="Hanna Voss", cat="Nation World"),
  E("2025-08-02 13:45", "Drone debris sparks fire near Russian fuel depot, governor says",
    ["Falling debris from a Ukrainian drone shot down over Russia's Voronezh region started a fire near a fuel depot and wounded two people, the regional governor said Saturday."],
    "strikes", "strikes", 2, "voronezh-drone-debris-fire-2025-08-02", a="Hanna Voss", cat="Nation World"),
  OFF("2025-08-02 10:20", "Council weighs downtown parking changes",
    ["Marietta City Council will take up a proposal next week to extend free two-hour parking on Front Street through the end of the year.",
     "Business owners have asked for the change to draw more evening visitors downtown."],
    "marietta-downtown-parking-2025", a="Evan Bright", n="local news", cat="Local News"),
  E("2025-08-02 07:55", "Trump says envoy Witkoff will travel to Russia",
    ["President Donald Trump said his special envoy Steve Witkoff would go to Russia next week, as a deadline he set for Moscow to agree to a ceasefire draws near."],
    "diplomacy", "diplomacy", 2, "witkoff-russia-trip-2025-08", a="The Associated Press", cat="Nation World"),
  ]))

# ---------------------------------------------------------------------- 10706 Traverse City Record-Eagle
SEEDS.append(dict(
  id="10706", name="10706_recordeagle-nationworld", ext="html", source="Traverse City Record-Eagle", zone="America/Detroit", render=r_recordeagle,
  title="Nation & World", ref="2025-09-01 19:48",
  basis="BLOX relative stamp '{s}' counted back from the page's header clock 'Mon, Sep 1, 2025 7:48 PM' (Traverse City, Eastern time, EDT = UTC-4; the <time datetime> attribute agrees); local {d} in {z}",
  notes="Imitates a TownNews BLOX section front ('Nation & World') of record-eagle.com (Traverse City Record-Eagle, CNHI). Cards newest first: section label, headline, byline 'By NAME Associated Press' or 'By The Associated Press', relative time ('17 min ago', '2 hrs ago') inside <time datetime='...-04:00'>, summary. The only absolute clock in the visible text is the header line 'Mon, Sep 1, 2025 7:48 PM' (no zone: Eastern). Author = the name between 'By' and 'Associated Press' as printed (capitals kept); 'By The Associated Press' gives 'The Associated Press'. JSON-LD is only a WebSite block. Two off-beat stories (Afghanistan quake, Labor Day protests).",
  not_entries=["header date/clock line 'Mon, Sep 1, 2025 7:48 PM' (capture time; used as the anchor)", "e-Edition / Sign Up / Log In", "logo, weather widget (Traverse City, MI (49684), forecast)",
               "main navigation", "section heading 'Nation & World' (page title)", "card section labels ('Nation & World', 'National', 'World')",
               "'Advertisement' and the 'Breaking News' sign-up box", "'Load more'", "'Most Popular' rail", "footer"],
  entries=[
  B(OFF("2025-09-01 19:31", "Afghanistan earthquake kills more than 800",
    ["A powerful earthquake struck eastern Afghanistan late Sunday, killing more than 800 people and injuring thousands, the Taliban government said."],
    "afghanistan-earthquake-2025-08-31", a="The Associated Press", n="natural disaster"), "By The Associated Press", label="World"),
  B(E("2025-09-01 17:48", "Putin tells summit in China that the West is to blame for the war in Ukraine",
    ["Russian President Vladimir Putin told a summit of the Shanghai Cooperation Organization in China on Monday that the war in Ukraine was caused by Western efforts to pull Kyiv into NATO.",
     "Chinese leader Xi Jinping, the host, called for a fairer world order but did not mention Ukraine in his opening remarks."],
    "diplomacy", "diplomacy", 3, "putin-sco-summit-tianjin-2025-09-01", a="KATYA ROWE"), "By KATYA ROWE Associated Press", label="World"),
  B(E("2025-09-01 15:48", "Ukraine charges man in killing of former parliament speaker",
    ["Ukrainian prosecutors on Monday charged a Lviv man with the murder of Andriy Parubiy, the former speaker of parliament who was shot dead in the western city on Saturday.",
     "Investigators have said they are examining possible Russian involvement."],
    "other", "security", 2, "parubiy-killing-2025-08-30", a="DENYS MALKO"), "By DENYS MALKO Associated Press", label="World"),
  B(E("2025-09-01 13:48", "GPS jamming hit EU chief's flight to Bulgaria, Commission says",
    ["The European Commission said Monday that a plane carrying its president, Ursula von der Leyen, lost satellite navigation while approaching Plovdiv in Bulgaria on Sunday, and that Bulgarian authorities suspected Russian interference."],
    "other", "security", 2, "von-der-leyen-plane-gps-jamming-2025-08-31", a="KATYA ROWE"), "By KATYA ROWE Associated Press", label="World"),
  B(OFF("2025-09-01 10:48", "Labor Day rallies planned in hundreds of cities",
    ["Unions and activist groups planned rallies in hundreds of U.S. cities on Labor Day to protest the Trump administration's policies on workers and federal jobs."],
    "labor-day-protests-2025", a="The Associated Press", n="US politics"), "By The Associated Press", label="National"),
  B(E("2025-09-01 08:48", "Drones set refinery on fire in Russia's Krasnodar region, officials say",
    ["A fire broke out at an oil refinery in Russia's Krasnodar region after a Ukrainian drone attack overnight, regional officials said Monday."],
    "strikes", "strikes", 2, "krasnodar-refinery-drone-attack-2025-09-01", a="DENYS MALKO"), "By DENYS MALKO Associated Press", label="Nation & World"),
  B(E("2025-09-01 05:48", "Zelenskyy says Russia is massing troops for new offensives",
    ["Ukrainian President Volodymyr Zelenskyy said Russia was gathering forces near the Zaporizhzhia and Pokrovsk fronts for new offensives, days before European officials meet to discuss security guarantees."],
    "other", "frontline", 2, "russia-troop-buildup-zelenskyy-warning-2025-08-31", a="The Associated Press"), "By The Associated Press", label="Nation & World"),
  ]))

# ---------------------------------------------------------------------- 10707 The Mining Journal (Marquette)
SEEDS.append(dict(
  id="10707", name="10707_miningjournal-briefs", ext="txt", source="The Mining Journal", zone="America/Detroit", render=r_mining,
  title="Nation/World briefs", page_date="2025-01-31",
  basis="no time anywhere: the page prints only the date 'Jan 31, 2025', so published is date-only (local date in {z})",
  notes="Imitates an Ogden Newspapers briefs page on miningjournal.net (The Mining Journal, Marquette), copied as text. One page date 'Jan 31, 2025' and NO time anywhere, so every brief gets a date-only published ('2025-01-31', as in the shared Euronews gold) and stamp null. No byline is printed; the wire dateline credit '(AP)' at the start of each brief is not a byline, so author is null. Each brief is a headline line plus paragraphs; first_sentence includes the dateline ('ODESA, Ukraine (AP) \u2014 ...') as printed. One off-beat brief (Potomac crash).",
  not_entries=["'Skip to content', masthead 'The Mining Journal' and tagline", "Subscribe / Log In / Today's Paper / Contact Us", "weather 'Marquette 14°F Snow showers'",
               "navigation menu", "breadcrumb 'News, Nation & World'", "page title 'Nation/World briefs'", "page date 'Jan 31, 2025'", "'Save Article', share links",
               "Ogden newsletter form after the third brief", "'Latest News' rail", "subscription offer and copyright footer"],
  entries=[
  E("2025-01-31", "Missile strike damages historic Odesa hotel",
    ["ODESA, Ukraine (AP) \u2014 A Russian ballistic missile slammed into the historic center of Odesa on Friday, damaging the landmark Bristol Hotel and several nearby buildings and injuring at least seven people, officials said.",
     "The area is part of a UNESCO World Heritage site."],
    "strikes", "strikes", 2, "odesa-historic-center-missile-strike-2025-01-31"),
  E("2025-01-31", "Trump says talks with Russia on Ukraine are 'very serious'",
    ["WASHINGTON (AP) \u2014 President Donald Trump said Friday that his administration had already held \"very serious\" discussions with Russia about ending the war in Ukraine, but he gave no details."],
    "diplomacy", "diplomacy", 3, "trump-serious-talks-russia-2025-01-31"),
  OFF("2025-01-31", "Both black boxes recovered from Potomac collision",
    ["WASHINGTON (AP) \u2014 Investigators have recovered both flight recorders from the passenger jet that collided with an Army helicopter near Reagan Washington National Airport, federal officials said."],
    "potomac-midair-collision-2025-01-29", n="US air accident"),
  E("2025-01-31", "Drones spark fire at refinery in southern Russia",
    ["MOSCOW (AP) \u2014 A Ukrainian drone attack set off a fire at an oil refinery in Russia's Volgograd region, the regional governor said, adding that firefighters put it out within hours."],
    "strikes", "strikes", 2, "volgograd-refinery-drone-fire-2025-01"),
  E("2025-01-31", "Seoul says North Korean troops pulled back from Kursk front",
    ["SEOUL, South Korea (AP) \u2014 North Korean soldiers sent to fight for Russia appear to have been withdrawn from front-line positions in the Kursk region after heavy losses, South Korea's spy agency said."],
    "other", "frontline", 2, "north-korean-troops-kursk-pullback-2025"),
  E("2025-01-31", "Zelenskyy: No election while martial law is in force",
    ["KYIV, Ukraine (AP) \u2014 Ukrainian President Volodymyr Zelenskyy said an election could be held only after the fighting stops and martial law is lifted, pushing back against calls from Moscow for a vote."],
    "other", "politics", 2, "zelenskyy-elections-martial-law-2025-01"),
  ]))

# ---------------------------------------------------------------------- 10708 Lansing State Journal
TRUMPFO = "trump-not-final-offer-2025-11-22"
SEEDS.append(dict(
  id="10708", name="10708_lansingstatejournal-live", ext="html", source="Lansing State Journal", zone="America/Detroit", render=r_lansing,
  title="Ukraine peace plan live updates: Europe pushes back; U.S. and Ukrainian teams head to Geneva",
  url="https://www.lansingstatejournal.com/story/news/world/2025/11/22/ukraine-peace-plan-live-updates/87392015007/",
  published="2025-11-22 07:05", authors=["Trevor Haight", "Lucia Ferrante"],
  lede="Kyiv and its European partners are racing to shape a U.S. proposal to end the war before a deadline set by President Donald Trump.",
  contrib="Contributing: The Associated Press, Reuters",
  basis="post stamp '{s}' (Eastern time, 'ET' printed; EST = UTC-5) dated by the page line 'Published 7:05 a.m. ET Nov. 22, 2025 | Updated 5:50 p.m. ET Nov. 22, 2025'; the LiveBlogPosting JSON-LD gives the same time per update; local {d} in {z}",
  notes="Imitates a USA TODAY Network (Gannett) live blog as run by the Lansing State Journal, HTML. Newest first. Each post: h2 headline, author + 'USA TODAY' + '4:05 p.m. ET'. Dates only in 'Published 7:05 a.m. ET Nov. 22, 2025 | Updated 5:50 p.m. ET Nov. 22, 2025'. The LiveBlogPosting JSON-LD lists every update with headline, datePublished (-05:00), author and articleBody (none for the video post). 10708-02 is a 'Watch:' video teaser without text (same story as 10708-03). 10708-08 is an explainer of the plan's terms (theme piece, own story).",
  not_entries=["header, navigation, Subscribe / Sign In", "label 'WORLD'", "page title", "page byline (two names + 'USA TODAY')", "'Published ... | Updated ...' line",
               "intro paragraph (page lede)", "'USA TODAY' affiliation in each post's meta line", "'Video player: 0:46' placeholder in the teaser",
               "newsletter aside after the fourth post", "'Contributing: The Associated Press, Reuters'", "footer"],
  entries=[
  E("2025-11-22 17:50", "European leaders say U.S. peace plan needs 'additional work'",
    ["Leaders of Britain, France, Germany and several other countries said Saturday that the U.S. draft plan to end the war contained important elements but would need additional work before it could serve as the basis for a deal.",
     "They issued the statement on the sidelines of the Group of 20 summit in Johannesburg."],
    "diplomacy", "diplomacy", 3, "european-response-us-peace-plan-2025-11-22", a="Lucia Ferrante"),
  E("2025-11-22 16:05", "Watch: Trump says the plan is not his final offer", [],
    "diplomacy", "diplomacy", 1, TRUMPFO, a="Trevor Haight", n="video teaser without text body"),
  E("2025-11-22 13:30", "Trump says peace proposal is not his 'final offer' to Ukraine",
    ["President Donald Trump told reporters Saturday that the 28-point plan his administration sent to Kyiv was not a final offer and that he wanted the war to end one way or another."],
    "diplomacy", "diplomacy", 3, TRUMPFO, a="Trevor Haight"),
  E("2025-11-22 11:45", "U.S. and Ukrainian teams to meet in Geneva",
    ["Secretary of State Marco Rubio and special envoy Steve Witkoff will travel to Geneva on Sunday for talks with Ukrainian officials on the U.S. plan, according to two people familiar with the arrangements."],
    "diplomacy", "diplomacy", 3, "geneva-us-ukraine-talks-2025-11-23", a="Lucia Ferrante"),
  E("2025-11-22 10:10", "Russian attacks kill 3 in Dnipropetrovsk region",
    ["Russian drones and artillery killed three people and wounded at least 10 in Ukraine's Dnipropetrovsk region over the past day, the regional administration said Saturday."],
    "strikes", "strikes", 3, "dnipropetrovsk-region-attacks-2025-11-22", a="Trevor Haight"),
  E("2025-11-22 09:00", "Zelenskyy names Yermak to lead negotiating team",
    ["Zelenskyy signed a decree Saturday naming his chief of staff, Andriy Yermak, to head Ukraine's delegation in talks with the United States and other partners on the peace proposal."],
    "diplomacy", "diplomacy", 2, "ukraine-negotiating-team-decree-2025-11-22", a="Lucia Ferrante"),
  E("2025-11-22 08:05", "Putin says U.S. plan could be basis for a settlement",
    ["Russian President Vladimir Putin said the American proposal could serve as the basis for a final settlement but warned that Russian troops would keep advancing if Kyiv turned it down."],
    "diplomacy", "diplomacy", 3, "putin-response-us-peace-plan-2025-11-21", a="Trevor Haight"),
  E("2025-11-22 07:05", "What's in the 28-point plan?",
    ["The draft calls for Ukraine to give up the parts of the Donetsk region it still holds, cap the size of its armed forces and rule out NATO membership, in return for security guarantees whose details remain vague.",
     "Several points deal with frozen Russian assets, sanctions relief and reconstruction funding."],
    "diplomacy", "diplomacy", 2, "explainer-us-28-point-plan", a="Lucia Ferrante", n="theme piece (explainer of the plan's terms); own story"),
  ]))

# ---------------------------------------------------------------------- 10709 The Holland Sentinel
GAS = "russian-gas-transit-via-ukraine-ends-2025-01-01"
SEEDS.append(dict(
  id="10709", name="10709_hollandsentinel-live", ext="txt", source="The Holland Sentinel", zone="America/Detroit", render=r_holland,
  title="Russian gas stops flowing through Ukraine: New Year's live updates", byline="Hollis Brandt", published="2024-12-31 19:40",
  lede="A Soviet-era gas route to Europe is closing as the war nears its fourth year. Follow along for updates through New Year's Day.",
  more="What the end of Russian gas transit means for Europe", contrib="Contributing: The Associated Press, Reuters",
  basis="bare stamp '{s}' (Eastern time from the page line 'Published ... ET'; EST = UTC-5) under the in-page date header for that day (headers have no year; the year comes from 'Published 7:40 p.m. ET Dec. 31, 2024 | Updated 12:50 p.m. ET Jan. 1, 2025'); local {d} in {z}",
  notes="Imitates a Gannett live-updates page as run by The Holland Sentinel (Holland, Michigan), copied as text. Oldest first, crossing local midnight: date headers 'Tuesday, Dec. 31' and 'Wednesday, Jan. 1' (no year) inside the page; the years come from 'Published 7:40 p.m. ET Dec. 31, 2024 | Updated 12:50 p.m. ET Jan. 1, 2025'. Each post: bare '7:40 p.m.' line, headline, body. One page byline (Hollis Brandt) = author of every post. Local Dec 31 evening posts (7:40 p.m. and later) are already Jan 1 in UTC, so all seven posts fall on 2025-01-01 UTC. Posts 10709-03 and 10709-04 tell the same story (gas transit ending, then ended).",
  not_entries=["'Skip to main content', masthead, Subscribe / Sign In", "navigation menu", "label 'WORLD'", "page title", "byline 'Hollis Brandt' / 'The Holland Sentinel'",
               "'Published ... | Updated ...' line", "share links", "lede paragraph", "date headers 'Tuesday, Dec. 31' and 'Wednesday, Jan. 1' (structure)",
               "'Advertisement'", "'More: What the end of Russian gas transit means for Europe' related link", "'Contributing: ...' line", "newsletter line and footer"],
  entries=[
  E("2024-12-31 19:40", "Zelenskyy uses New Year's address to thank troops and allies",
    ["In a video address timed for midnight in Kyiv, Ukrainian President Volodymyr Zelenskyy thanked soldiers on the front line and said 2025 had to be the year Ukraine secured a just peace.",
     "He also said Ukraine was counting on the incoming U.S. administration to help force Russia to stop."],
    "other", "politics", 2, "zelenskyy-new-year-address-2024-12-31", a="Hollis Brandt"),
  E("2024-12-31 21:30", "Putin's New Year's message steers clear of battlefield setbacks",
    ["Russian President Vladimir Putin's televised New Year's message praised soldiers fighting in Ukraine as heroes but made no mention of the Ukrainian incursion into Russia's Kursk region."],
    "other", "politics", 2, "putin-new-year-address-2024-12-31", a="Hollis Brandt"),
  E("2024-12-31 23:55", "Hours left on Russian gas transit deal",
    ["A five-year agreement that has let Russian natural gas flow through Ukraine to Europe expires at dawn Wednesday, and neither Kyiv nor Moscow has shown any interest in extending it."],
    "diplomacy", "diplomacy", 3, GAS, a="Hollis Brandt"),
  E("2025-01-01 01:20", "Russian gas stops flowing through Ukraine",
    ["Russian gas deliveries to Europe through Ukraine stopped on Wednesday morning after the transit contract expired, ending an arrangement that dated back to Soviet times.",
     "Ukraine's energy minister called the halt a historic event, while Gazprom said it no longer had the legal basis to send gas via Ukraine."],
    "diplomacy", "diplomacy", 3, GAS, a="Hollis Brandt"),
  E("2025-01-01 02:45", "Drone attack on Kyiv kills 2 on New Year's morning",
    ["Russian drones attacked Kyiv early on New Year's Day, killing two people and damaging a residential building in the central Pecherskyi district, city officials said.",
     "Ukraine's air force said it shot down most of the drones launched overnight."],
    "strikes", "strikes", 3, "kyiv-new-years-drone-attack-2025-01-01", a="Hollis Brandt"),
  E("2025-01-01 08:10", "Transnistria cuts heat and hot water as gas halt bites",
    ["Moldova's breakaway Transnistria region turned off heating and hot water for households on Wednesday after Russian gas supplies stopped, local authorities said."],
    "other", "humanitarian", 2, "transnistria-energy-crisis-2025-01", a="Hollis Brandt", sec=["diplomacy"]),
  E("2025-01-01 12:50", "Slovakia's Fico warns of fallout from gas halt",
    ["Slovak Prime Minister Robert Fico said the end of gas transit would hurt the European Union more than Russia and repeated a threat to cut electricity supplies to Ukraine."],
    "diplomacy", "diplomacy", 2, "fico-gas-transit-reaction-2025-01-01", a="Hollis Brandt", n="same theme (gas), other statement: not the transit-halt story"),
  ]))

# ====================================================================== PART B: three invented multi-source days

# ---------------------------------------------------------------------- day 1 (2025-11-02)
ZAP = "zaporizhzhia-missile-drone-attack-2025-11-02"
TUA = "tuapse-port-drone-attack-2025-11-02"
POK = "pokrovsk-fighting-2025-11-02"
AN1 = "analysis-russia-energy-strikes-before-winter-2025"
AN1_H = "Analysis: Why Russia is hitting Ukraine's power plants before the cold sets in"
AN1_P = ["Russia's strikes on Ukrainian energy sites follow a familiar calendar: as the nights lengthen, the missiles and drones move from rail depots and arms plants to power stations, gas fields and substations.",
         "The overnight attack that killed people in Zaporizhzhia fits the pattern, as do the raids that left parts of the Kharkiv and Poltava regions without power last month.",
         "Ukrainian engineers have become faster at repairs, but spare transformers are running short and the grid has less slack each winter. Officials in Kyiv say air defence around generating plants now matters more than anything else."]

SEEDS.append(dict(
  id="10720", name="10720_calverdown-textlive", ext="txt", source="Calverdown Evening Post", zone="Europe/London", render=r_calverdown,
  title="Russia-Ukraine war: deaths in Zaporizhzhia after overnight barrage; tanker burns at Tuapse", dateline="Sunday 2 November 2025",
  lede="Russia struck the southern Ukrainian city overnight with missiles and drones, while a Ukrainian drone raid set a tanker alight at a Russian Black Sea oil port.",
  basis="stamp '{s}' (date, time and GMT printed; UK time = UTC in November); local {d} in {z}",
  notes="Invented outlet (UK evening paper). Text live blog, newest first. 'Key Points' block with two bulleted headlines (10720-04, 10720-05). Each post: headline, then the stamp line '2 Nov 2025 14.10 GMT' (dot between hour and minute), then 'By NAME' when signed, then the body and a 'Share this update' line. 10720-01 is an analysis (theme piece) that mentions the Zaporizhzhia attack but is its own story; it is re-published verbatim on day 2 by 10732. 10720-03 is a 'Watch:' teaser with only a video placeholder.",
  not_entries=["outlet name and navigation", "'Ukraine war live' label", "page title", "dateline 'Sunday 2 November 2025'", "lede paragraph",
               "'Key Points' header and its two bullets (they repeat entry headlines)", "'Latest' header", "'[Video, 1 min 04 sec]' placeholder in the teaser",
               "'Share this update' after every post", "newsletter promo after the third post", "'Show older updates'", "footer"],
  entries=[
  E("2025-11-02 19:20", AN1_H, AN1_P, "strikes", "strikes", 2, AN1, a="Imogen Stallard",
    n="theme piece (analysis of the energy campaign); mentions the Zaporizhzhia attack but must not merge with it; re-posted verbatim on day 2 (10732-04)"),
  E("2025-11-02 17:05", "Zelensky: talks with Washington on long-range missiles are not over",
    ["Volodymyr Zelensky said discussions with the United States about Tomahawk cruise missiles were continuing, despite signals from Donald Trump that he was not ready to approve them.",
     "Ukraine argues that the missiles would let it hit the airfields and depots from which Russia launches its attacks."],
    "aid", "aid", 2, "ukraine-tomahawk-request-2025-11", a="Rafe Dunnock", sec=["diplomacy"]),
  E("2025-11-02 15:30", "Watch: Rescuers search wrecked apartment block in Zaporizhzhia", [], "strikes", "strikes", 1, ZAP,
    n="teaser without body (video placeholder only)"),
  E("2025-11-02 13:45", "Zaporizhzhia death toll rises to four as search goes on",
    ["Four people are now known to have died after Russian missiles and drones struck Zaporizhzhia overnight, the regional governor, Ivan Fedorov, said.",
     "More than 20 people were injured. Rescuers were still searching the partly collapsed section of a nine-storey block in the south of the city.",
     "A student dormitory and a kindergarten were also damaged."],
    "strikes", "strikes", 3, ZAP, a="Rafe Dunnock", kp=True, n="toll 4"),
  E("2025-11-02 11:10", "Tanker on fire at Tuapse oil port after Ukrainian drone attack",
    ["A tanker caught fire and a berth was damaged at the Black Sea port of Tuapse after a Ukrainian drone attack, officials in Russia's Krasnodar region said.",
     "Loading at the port's oil terminal was suspended. There were no reports of casualties."],
    "strikes", "strikes", 3, TUA, a="Imogen Stallard", kp=True, n="must not merge with the Zaporizhzhia attack (strike the other way, other place)"),
  E("2025-11-02 09:25", "Netherlands pledges \u20ac90m for repairs to Ukraine's power grid",
    ["The Dutch government said it would give \u20ac90m to help Ukraine repair power plants and buy generators before winter."],
    "aid", "aid", 2, "netherlands-energy-aid-2025-11-02", a="Rafe Dunnock"),
  E("2025-11-02 07:40", "Russia claims two villages in Dnipropetrovsk region",
    ["Russia's defence ministry said its forces had taken two villages in Ukraine's Dnipropetrovsk region, pressing an offensive near the boundary with the Donetsk and Zaporizhzhia regions."],
    "other", "frontline", 2, "russia-claims-dnipropetrovsk-villages-2025-11-02", a="Imogen Stallard"),
  ]))

SEEDS.append(dict(
  id="10721", name="10721_brailsmoor-ldlive", ext="html", source="Brailsmoor Courier", zone="Europe/Kyiv", render=r_brailsmoor,
  title="War in Ukraine, day 1,348: Zaporizhzhia hit overnight", url="https://brailsmoor-courier.example/live/war-day-1348",
  dateline="Sunday 2 November 2025 \u00b7 Kyiv time (EET)",
  lede="Follow our rolling coverage of Russia's full-scale war against Ukraine.", related="How Ukraine's grid is preparing for another winter of attacks",
  basis="visible stamp '{s}' in <time datetime> (Kyiv time, EET = UTC+2, printed in the dateline 'Sunday 2 November 2025 \u00b7 Kyiv time (EET)'); the JSON-LD update gives the same instant; local {d} in {z}",
  notes="Invented outlet (Ukrainian English-language site). HTML live blog, oldest first, LiveBlogPosting JSON-LD with one BlogPosting per update (headline, datePublished +02:00, articleBody, author when signed). Visible stamps '2 Nov, 07:15' (no year in the stamp; year in the dateline). Author line under the headline on signed posts. Zaporizhzhia toll grows 2 \u2192 6 during the day. 10721-05 repeats 10721-01 nearly verbatim (only 'regional governor' \u2192 'governor'). 10721-02 (a deadly drone strike near Orikhiv) is in the same region as the Zaporizhzhia city attack but another event; 10721-04 (Kharkiv-region substation) shares the energy-strike theme but is another event.",
  not_entries=["cookie notice", "logo and navigation", "'LIVE' kicker", "page title", "dateline", "standfirst", "'Read also' related link after the fourth post",
               "'Copy link' / 'Share' tools under every post", "footer"],
  entries=[
  E("2025-11-02 07:15", "Two killed as Russian missiles and drones strike Zaporizhzhia",
    ["Russian forces attacked Zaporizhzhia with missiles and drones overnight, killing two people and wounding at least 11, regional governor Ivan Fedorov said.",
     "An apartment building and a student dormitory were hit, and several fires broke out across the city."],
    "strikes", "strikes", 3, ZAP, a="Olena Martyniuk", n="first report; toll 2"),
  E("2025-11-02 09:00", "Drone kills tractor driver near Orikhiv",
    ["A Russian drone struck a tractor working a field outside Orikhiv in the Zaporizhzhia region, killing the driver, local officials said."],
    "strikes", "strikes", 3, "orikhiv-drone-strike-2025-11-02", a="Olena Martyniuk",
    n="same region, other strike: must not merge with the Zaporizhzhia city attack"),
  E("2025-11-02 10:40", "Syrskyi: defenders holding Pokrovsk's northern districts",
    ["Ukraine's commander-in-chief, Oleksandr Syrskyi, said Ukrainian units were holding the northern part of Pokrovsk and clearing Russian infiltration groups from the city centre.",
     "Russia's defence ministry has claimed that its troops are advancing inside the town."],
    "other", "frontline", 3, POK, a="Taras Holub"),
  E("2025-11-02 12:30", "Strike on substation leaves 30,000 without power in Kharkiv region",
    ["A Russian drone hit a substation in the Kharkiv region, cutting electricity to about 30,000 households, the regional energy company said."],
    "strikes", "strikes", 2, "kharkiv-region-substation-strike-2025-11-02", a="Taras Holub",
    n="same theme (energy strikes), other event: must not merge with the Zaporizhzhia attack or the analysis 10720-01"),
  E("2025-11-02 14:50", "Two killed as Russian missiles and drones strike Zaporizhzhia",
    ["Russian forces attacked Zaporizhzhia with missiles and drones overnight, killing two people and wounding at least 11, governor Ivan Fedorov said.",
     "An apartment building and a student dormitory were hit, and several fires broke out across the city."],
    "strikes", "strikes", 1, ZAP, a="Olena Martyniuk", dup="10721-01", n="near-verbatim repeat of 10721-01 (stale toll)"),
  E("2025-11-02 17:20", "Tuapse port ablaze after drone attack, Krasnodar officials say",
    ["Officials in Russia's Krasnodar region said a Ukrainian drone attack on the port of Tuapse had set a tanker and part of the oil terminal on fire."],
    "strikes", "strikes", 3, TUA),
  E("2025-11-02 21:45", "Zaporizhzhia toll rises to six, Zelensky says",
    ["The number of people killed in the overnight attack on Zaporizhzhia has risen to six, President Volodymyr Zelensky said in his evening address, urging allies to speed up deliveries of air defence."],
    "strikes", "strikes", 3, ZAP, a="Olena Martyniuk", n="toll 6; reaction whose content is the attack"),
  ]))

SEEDS.append(dict(
  id="10722", name="10722_drumquarry-worldrss", ext="xml", source="Drumquarry World Service", zone="UTC", render=r_worldrss, rfc="GMT",
  title="Drumquarry World Service \u2013 World", url="https://drumquarry-world.example", guid="dws-20251102", lede="International news from Drumquarry World Service",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world-news RSS feed, newest first, pubDate in GMT, no authors. 4 of 6 items are off-beat (New York mayoral race, US shutdown, cricket, Hurricane Melissa). War items: the Zaporizhzhia attack spelled 'Zaporozhye' (toll 5) and the Tuapse port fire.",
  not_entries=["channel title/link/description/language/lastBuildDate", "item link, guid and category elements"],
  entries=[
  OFF("2025-11-02 21:10", "New York mayoral race enters final stretch",
      ["Candidates for mayor of New York City made a last weekend push for votes ahead of Tuesday's election, with Zohran Mamdani ahead in most polls."],
      "nyc-mayoral-election-2025", n="US local politics", cat="US"),
  E("2025-11-02 18:40", "Zaporozhye strike toll rises to five",
    ["Five people were killed when Russian missiles and drones hit the southern Ukrainian city of Zaporozhye overnight, Ukrainian officials said on Sunday."],
    "strikes", "strikes", 3, ZAP, n="spelling 'Zaporozhye'; toll 5", cat="Europe"),
  OFF("2025-11-02 15:55", "Food aid in limbo as US shutdown drags on",
      ["Millions of Americans who depend on federal food assistance faced delays to their November benefits as the US government shutdown entered its second month."],
      "us-government-shutdown-2025", n="US politics", cat="US"),
  E("2025-11-02 12:20", "Fire at Russian oil port of Tuapse after drone attack",
    ["A Ukrainian drone attack set a tanker alight at the Black Sea port of Tuapse, Russian officials said, the latest in a series of strikes on Russia's oil export infrastructure."],
    "strikes", "strikes", 3, TUA, cat="Europe"),
  OFF("2025-11-02 09:30", "India and South Africa meet in Women's World Cup final",
      ["India and South Africa play for the Women's Cricket World Cup title in Navi Mumbai on Sunday, with both teams chasing their first win in the tournament."],
      "womens-cricket-world-cup-final-2025", n="sport", cat="Sport"),
  OFF("2025-11-02 06:45", "Jamaica counts the cost of Hurricane Melissa",
      ["Aid agencies in Jamaica said tens of thousands of people were still without power or clean water days after Hurricane Melissa tore across the island."],
      "hurricane-melissa-jamaica-2025", n="natural disaster", cat="Americas"),
  ]))

SEEDS.append(dict(
  id="10723", name="10723_ketterwyn-article", ext="txt", source="Ketterwyn Review", zone="Europe/Berlin", render=r_ketterwyn,
  kicker="WAR IN UKRAINE", title="Five dead in Zaporizhia as fighting for Pokrovsk intensifies", byline="Lena Marchetti",
  dateline="2 November 2025, 17:40 CET", dateline_t="2025-11-02 17:40",
  lede="A night of Russian missile and drone strikes hit the south, while the battle for a key Donetsk town enters a critical phase.",
  caption="Firefighters at a damaged apartment block in Zaporizhia on Sunday. Photo: agency",
  more="More on the war in Ukraine: our guide to the front line in Donetsk",
  basis="no per-section time: the dateline '2 November 2025, 17:40 CET' (CET = UTC+1) dates every section; local {d} in {z}",
  notes="Invented outlet (German-based English-language weekly's website). Text article with three section headings, one entry each; stamp null; published = the dateline time. Page byline 'By Lena Marchetti' = author of all sections. Spells the city 'Zaporizhia' (toll 5).",
  not_entries=["outlet name and breadcrumb", "kicker 'WAR IN UKRAINE'", "page title", "lede", "byline 'By Lena Marchetti'", "dateline", "share line", "photo caption",
               "'More on the war in Ukraine: ...' related link", "'Topics:' line", "footer"],
  entries=[
  E("2025-11-02 17:40", "A night of missiles",
    ["Five people were killed and more than 20 wounded when Russia struck Zaporizhia with missiles and drones during the night, according to Ukrainian officials.",
     "Residents described a series of explosions shortly after 3am, followed by fires in an apartment block and a dormitory."],
    "strikes", "strikes", 3, ZAP, a="Lena Marchetti", n="spelling 'Zaporizhia'; toll 5"),
  E("2025-11-02 17:40", "Pokrovsk under pressure",
    ["Russian troops are trying to push into Pokrovsk from the south and east, and Moscow's defence ministry says its units are fighting inside the town.",
     "Ukraine's army chief insists the northern districts remain in Ukrainian hands."],
    "other", "frontline", 3, POK, a="Lena Marchetti"),
  E("2025-11-02 17:40", "Berlin weighs more air defence",
    ["Germany is considering sending Ukraine more air-defence systems before the end of the year, a government spokesperson said, without saying how many.",
     "Officials in Kyiv have asked for systems that can protect power plants in the south and east."],
    "aid", "aid", 2, "germany-air-defence-consideration-2025-11", a="Lena Marchetti",
    n="same aid theme as the Dutch grid pledge (10720-06) but another event"),
  ]))

# ---------------------------------------------------------------------- day 2 (2025-11-03)
KHAR = "kharkiv-drone-attack-2025-11-03"
OUT = "ukraine-power-outage-schedules-2025-11-03"
SIK = "sikorski-reparations-loan-call-2025-11-03"

SEEDS.append(dict(
  id="10730", name="10730_copperfen-htmllive", ext="html", source="Copperfen Gazette", zone="Europe/Warsaw", render=r_copperfen,
  title="Russia's war in Ukraine: deadly drone attack on Kharkiv \u2013 live", dateline="Monday, 3 November 2025", tznote="All times CET",
  lede="Russian drones hit apartment blocks in Ukraine's second city overnight. Follow the latest here.",
  related="What the EU's reparations loan would mean for Ukraine",
  basis="bare stamp '{s}' (CET = UTC+1, printed as 'All times CET' beside the dateline 'Monday, 3 November 2025'); local {d} in {z}",
  notes="Invented outlet (Polish English-language site). HTML live blog, newest first, no JSON-LD. Bare 'HH:MM' span above each h2; the zone is printed once ('All times CET'). Author line under the h2 when signed. 10730-04 is a 'Photos:' teaser with only a gallery placeholder. Kharkiv toll 3 \u2192 4.",
  not_entries=["cookie banner", "brand and navigation", "page title", "meta line 'Monday, 3 November 2025 \u00b7 All times CET'", "lead paragraph",
               "'[Photo gallery: 12 images]' placeholder", "'See also' aside after the third entry", "link to Sunday's live coverage", "footer"],
  entries=[
  E("2025-11-03 18:40", "Kharkiv toll rises to four, mayor says",
    ["Four people have now died as a result of the overnight drone attack on Kharkiv, the city's mayor, Ihor Terekhov, said. About 30 people were injured, including three children."],
    "strikes", "strikes", 3, KHAR, a="Agata Lisowska", n="toll 4"),
  E("2025-11-03 15:10", "Ukrenergo announces hourly outages in six regions",
    ["Ukraine's grid operator said households in six regions, including Kharkiv and Sumy, would face scheduled outages of up to four hours on Tuesday because of damage from recent Russian attacks."],
    "other", "humanitarian", 3, OUT, sec=["strikes"]),
  E("2025-11-03 12:05", "Polish jets scrambled during Russian attack on western Ukraine",
    ["Poland's operational command said Polish and allied aircraft were put on alert overnight as Russia launched drones and missiles at targets in western Ukraine."],
    "other", "security", 2, "poland-scrambles-jets-2025-11-03", a="Agata Lisowska"),
  E("2025-11-03 10:20", "Photos: Kharkiv's Saltivka district after the night attack", [], "strikes", "strikes", 1, KHAR,
    n="teaser without body (gallery placeholder only)"),
  E("2025-11-03 08:45", "Russian drones kill at least three in Kharkiv",
    ["At least three people were killed when Russian drones hit residential buildings in Kharkiv overnight, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 3, KHAR, a="Micha\u0142 Grzesik", n="toll 3"),
  E("2025-11-03 07:30", "Sikorski: EU must approve reparations loan for Ukraine by December",
    ["Poland's foreign minister, Rados\u0142aw Sikorski, said EU governments should agree by their December summit to lend Ukraine money backed by frozen Russian assets."],
    "diplomacy", "diplomacy", 3, SIK, a="Micha\u0142 Grzesik", sec=["aid"]),
  ]))

SEEDS.append(dict(
  id="10731", name="10731_ravelrig-atom", ext="xml", source="Ravelrig Wire", zone="Europe/Kyiv", render=r_atom,
  title="Ravelrig Wire: Ukraine", url="https://ravelrig-wire.example", guid="rw25110", lede="Agency reports on Russia's war against Ukraine",
  basis="Atom <published> '{s}' (explicit +02:00, Kyiv winter time); local {d} in {z}",
  notes="Invented outlet (news agency). Atom feed, newest first, <published> with +02:00, <author> per entry. Carries the day-1 continuation: the Zaporizhzhia toll reaches seven and funerals begin (10731-01). 10731-03 (deadly shelling in the Kupiansk district of the Kharkiv region) must not merge with the Kharkiv city drone attack.",
  not_entries=["feed title, subtitle, links, id and updated elements", "entry link and id elements"],
  entries=[
  E("2025-11-03 19:55", "Zaporizhzhia buries its dead as toll reaches seven",
    ["Funerals began in Zaporizhzhia on Monday for victims of Sunday's missile and drone attack, after a seventh person died in hospital, regional governor Ivan Fedorov said.",
     "The city declared Monday a day of mourning."],
    "strikes", "strikes", 3, ZAP, a="Bohdan Levko", n="continuation of day-1 story with a new development (toll 7, funerals, mourning)"),
  E("2025-11-03 16:30", "Scheduled power cuts return to six regions",
    ["Ukrenergo said scheduled power cuts would be applied in six regions on Tuesday, blaming damage from Russian strikes on power plants and substations."],
    "other", "humanitarian", 3, OUT, a="Iryna Sadova", sec=["strikes"]),
  E("2025-11-03 13:10", "Shelling kills two in Kupiansk district",
    ["Russian shelling killed two men in a village in the Kupiansk district of the Kharkiv region, the regional prosecutor's office said."],
    "strikes", "strikes", 3, "kupiansk-district-shelling-2025-11-03", a="Bohdan Levko",
    n="same region, other strike: must not merge with the Kharkiv city drone attack"),
  E("2025-11-03 10:45", "Kremlin says no date set for Putin-Trump summit",
    ["Kremlin spokesman Dmitry Peskov said there was still no date for a meeting between Vladimir Putin and Donald Trump, after plans for talks in Budapest were shelved last month."],
    "diplomacy", "diplomacy", 2, "putin-trump-summit-no-date-2025-11-03", a="Iryna Sadova"),
  E("2025-11-03 08:30", "Two dead as drones hit Kharkiv apartment blocks",
    ["Two people were killed and at least 15 injured when Russian attack drones struck apartment blocks in Kharkiv's Saltivskyi district overnight, city officials said."],
    "strikes", "strikes", 3, KHAR, a="Bohdan Levko", n="toll 2"),
  ]))

SEEDS.append(dict(
  id="10732", name="10732_southharbour-textlive", ext="txt", source="South Harbour Herald", zone="Australia/Sydney", render=r_southharbour,
  title="Ukraine war live: Kharkiv hit by deadly drone attack", dateline="Monday 3 November 2025", byline="Live coverage by Tamsin Hale",
  lede="Russia has launched another large drone attack on Ukraine, with deaths reported in Kharkiv. Stay with us for the latest.",
  basis="stamp '{s}' (Sydney time, AEDT = UTC+11) under the in-page date header for that day (year in the dateline 'Monday 3 November 2025'); local {d} in {z}",
  notes="Invented outlet (Sydney). Text live blog, oldest first, crossing local midnight: date headers 'Monday 3 November' and 'Tuesday 4 November' inside the page; stamps '3.20pm AEDT' above each headline. Sydney evening of Nov 3 and morning of Nov 4 are both 3 November in UTC. One page byline ('Live coverage by Tamsin Hale') = author of every post except the syndicated re-post, which carries its own byline line. 10732-03 repeats 10732-01 nearly verbatim (duplicate_of 10732-01). 10732-02 is a theme piece (explainer on air-raid alerts) that mentions the Kharkiv attack. 10732-04 re-posts day-1 entry 10720-01 verbatim (same headline and text; re-post of day-1 entry, importance 1; duplicate_of stays null because the original is on another page).",
  not_entries=["outlet name and navigation", "page title", "dateline 'Monday 3 November 2025'", "byline line 'Live coverage by Tamsin Hale'", "lede",
               "date headers 'Monday 3 November' and 'Tuesday 4 November' (structure)", "'Advertisement'", "closing line 'That's all from us for now ...'", "footer"],
  entries=[
  E("2025-11-03 15:20", "Russian drone attack on Kharkiv kills one",
    ["One person was killed and more than a dozen injured when Russian drones hit residential buildings in Kharkiv overnight, Ukrainian officials said.",
     "The attack came as Russia launched more than 100 drones at Ukraine, according to the Ukrainian air force."],
    "strikes", "strikes", 3, KHAR, a="Tamsin Hale", n="first report; toll 1"),
  E("2025-11-03 17:45", "Explainer: How Ukraine's air-raid alerts work",
    ["When a siren sounds in Kharkiv, residents often have only seconds before a drone or glide bomb arrives, which is why the city's alert system is among the most closely watched in Ukraine.",
     "Alerts are issued region by region by the military, based on radar and observers' reports, and pushed to phones through official apps as well as sirens.",
     "Monday's attack on Kharkiv showed the limits: fast drones flying low can reach a district before the warning does."],
    "other", "humanitarian", 2, "explainer-ukraine-air-raid-alerts", a="Tamsin Hale", sec=["strikes"],
    n="theme piece (explainer); mentions the Kharkiv attack but must not merge with it"),
  E("2025-11-03 19:30", "Russian drone attack on Kharkiv kills one",
    ["One person was killed and more than a dozen people injured when Russian drones hit residential buildings in Kharkiv overnight, Ukrainian officials said.",
     "The attack came as Russia launched more than 100 drones at Ukraine, according to the Ukrainian air force."],
    "strikes", "strikes", 1, KHAR, a="Tamsin Hale", dup="10732-01", n="near-verbatim repeat of 10732-01"),
  E("2025-11-03 21:15", AN1_H, AN1_P, "strikes", "strikes", 1, AN1, a="Imogen Stallard", sig="By Imogen Stallard, Calverdown Evening Post",
    n="re-post of day-1 entry 10720-01 (syndicated verbatim, with its own byline line); importance 1"),
  E("2025-11-03 23:40", "Marles flags more Australian support for Ukraine",
    ["Defence Minister Richard Marles said the government was considering further military help for Ukraine, including more Bushmaster vehicles, and would announce details before the end of the year."],
    "aid", "aid", 2, "australia-further-ukraine-aid-2025-11", a="Tamsin Hale"),
  E("2025-11-04 02:10", "Poland urges EU to agree reparations loan by December",
    ["Polish Foreign Minister Rados\u0142aw Sikorski has urged European Union governments to approve a loan for Ukraine backed by frozen Russian assets at their December summit."],
    "diplomacy", "diplomacy", 3, SIK, a="Tamsin Hale", sec=["aid"], n="local Tuesday 4 November, UTC 3 November"),
  E("2025-11-04 07:05", "Kharkiv toll climbs to four",
    ["The number of people killed in Monday's drone attack on Kharkiv has risen to four, the city's mayor said."],
    "strikes", "strikes", 3, KHAR, a="Tamsin Hale", n="toll 4; local Tuesday 4 November, UTC 3 November"),
  ]))

SEEDS.append(dict(
  id="10733", name="10733_maplethorne-worldrss", ext="xml", source="Maplethorne World Report", zone="America/Toronto", render=r_worldrss, rfc="num",
  title="Maplethorne World Report", url="https://maplethorne-report.example", guid="mwr-1103", lede="World headlines from the Maplethorne World Report", lang="en-ca",
  basis="RSS pubDate '{s}' (explicit -0500 = Eastern Standard Time, the day after the clocks went back); local {d} in {z}",
  notes="Invented outlet (Canada). General world-news RSS feed, newest first, pubDate with -0500 (EST began on 2 November). 4 of 6 items are off-beat (Canadian budget, US shutdown, Sudan, New York election). The last item is Sunday evening local time but already 3 November in UTC. War items: the Kharkiv attack spelled 'Kharkov' (toll 4) and the day-1 Zaporizhzhia continuation (toll 7, mourning).",
  not_entries=["channel title/link/description/language/lastBuildDate", "item link, guid and category elements"],
  entries=[
  OFF("2025-11-03 18:20", "Ottawa set to table budget with deep deficit",
      ["Finance Minister Fran\u00e7ois-Philippe Champagne will present the federal budget on Tuesday, with economists expecting a deficit far larger than last year's forecast."],
      "canada-federal-budget-2025", a="Amrit Gill", n="Canadian politics", cat="Canada"),
  E("2025-11-03 15:10", "Kharkov strike toll climbs to four",
    ["Four people died after Russian drones struck apartment buildings in the Ukrainian city of Kharkov overnight into Monday, local officials said."],
    "strikes", "strikes", 3, KHAR, n="spelling 'Kharkov'; toll 4", cat="World"),
  OFF("2025-11-03 12:45", "US shutdown nears record length",
      ["The US government shutdown entered its 34th day on Monday, one day short of the record set in 2019, with no deal in sight in Congress."],
      "us-government-shutdown-2025", n="US politics", cat="World"),
  OFF("2025-11-03 09:30", "Aid groups warn of famine around El Fasher",
      ["Humanitarian agencies warned that thousands of people who fled El Fasher in Sudan's Darfur region were without food or shelter, a week after the city fell to the paramilitary Rapid Support Forces."],
      "sudan-el-fasher-2025", a="Amrit Gill", n="Sudan", cat="World"),
  E("2025-11-03 06:15", "Zaporizhzhia declares mourning as toll rises to seven",
    ["Zaporizhzhia declared a day of mourning after the death toll from Sunday's Russian missile and drone attack rose to seven."],
    "strikes", "strikes", 3, ZAP, n="continuation of day-1 story (toll 7, mourning)", cat="World"),
  OFF("2025-11-02 21:40", "New Yorkers prepare to choose a mayor",
      ["Voters in New York City go to the polls on Tuesday to pick a successor to Mayor Eric Adams, after a campaign dominated by housing costs and public safety."],
      "nyc-mayoral-election-2025", n="US local politics; Sunday local, Monday 02:40 UTC", cat="World"),
  ]))

# ---------------------------------------------------------------------- day 3 (2025-06-21)
ODS = "odesa-missile-drone-strike-2025-06-21"
PWX = "prisoner-exchange-2025-06-21"
PUT = "putin-all-ukraine-is-ours-2025-06-20"
IZM = "izmail-port-drone-attack-2025-06-21"

SEEDS.append(dict(
  id="10740", name="10740_glenkindie-worldatom", ext="xml", source="Glenkindie Times", zone="UTC", render=r_atom,
  title="Glenkindie Times: World", url="https://glenkindie-times.example", guid="gt0621-", lede="World news from the Glenkindie Times",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in Z, no authors. 4 of 6 entries are off-beat (Israel-Iran, Club World Cup, heatwave, UK assisted-dying bill). War items: the Odesa strike spelled 'Odessa' (toll 1) and NATO's spending target before the Hague summit.",
  not_entries=["feed title, subtitle, links, id and updated elements", "entry link and id elements"],
  entries=[
  OFF("2025-06-21 22:15", "Israel and Iran exchange strikes for ninth day",
      ["Israel and Iran traded missile and air strikes for a ninth straight day on Saturday as European diplomats struggled to restart talks on Tehran's nuclear programme."],
      "israel-iran-war-2025-06", n="Middle East"),
  OFF("2025-06-21 18:40", "Storms and heat disrupt Club World Cup games",
      ["Lightning delays and afternoon heat have disrupted several matches at the Club World Cup in the United States, prompting complaints from players and coaches."],
      "club-world-cup-weather-2025", n="sport"),
  E("2025-06-21 15:05", "NATO allies close in on 5% spending target ahead of Hague summit",
    ["NATO diplomats said allies were close to agreeing a target of spending 5% of economic output on defence, days before leaders meet in The Hague, though Spain was still seeking an exemption."],
    "diplomacy", "diplomacy", 2, "nato-five-percent-target-2025-06"),
  E("2025-06-21 11:30", "Russian strike on Odessa kills one",
    ["A Russian missile and drone attack on the Ukrainian port city of Odessa killed one person and damaged apartment buildings overnight, the regional governor said."],
    "strikes", "strikes", 3, ODS, n="spelling 'Odessa'; toll 1"),
  OFF("2025-06-21 08:20", "Europe braces for early-summer heatwave",
      ["Weather services in Spain, France and Italy issued heat warnings for the coming week, with temperatures forecast to pass 40C in parts of southern Europe."],
      "europe-heatwave-2025-06", n="weather"),
  OFF("2025-06-21 05:45", "Assisted dying bill clears Commons after emotional debate",
      ["A bill to allow terminally ill adults in England and Wales to seek help to end their lives passed the House of Commons on Friday and now moves to the House of Lords."],
      "uk-assisted-dying-bill-2025", n="UK politics"),
  ]))

SEEDS.append(dict(
  id="10741", name="10741_amberlane-textlive", ext="txt", source="Amberlane Post", zone="Europe/Vilnius", render=r_amberlane,
  title="Live: Odesa counts damage after overnight strike; new prisoner swap", byline="By R\u016bta Valait\u0117",
  lede="Russia attacked the Black Sea port overnight as Kyiv and Moscow carried out another exchange agreed in Istanbul.",
  parse_args=["--date", "2025-06-21"],
  basis="stamp '{s}' (EEST = UTC+3 printed in every stamp) on the page's date line 'Saturday, June 21' (no year anywhere; parse_args gives 2025-06-21); local {d} in {z}",
  notes="Invented outlet (Vilnius). Text live blog, newest first. Date line 'Saturday, June 21' with NO year anywhere on the page (parse_args --date 2025-06-21). Stamp line '22:10 EEST' above each headline. One page byline with Lithuanian diacritics ('By R\u016bta Valait\u0117') = author of every entry. 10741-04 is a 'Video:' teaser with a placeholder only. Odesa toll 1 \u2192 3.",
  not_entries=["outlet name and navigation", "'LIVE' label", "page title", "date line 'Saturday, June 21'", "byline", "lede", "'(video, 0:38)' placeholder in the teaser",
               "subscription promo after the fourth entry", "'End of today's live coverage.'", "footer"],
  entries=[
  E("2025-06-21 22:10", "Odesa toll rises to three",
    ["A third person has died after the overnight Russian strike on Odesa, the city's military administration said. Seventeen people remain in hospital."],
    "strikes", "strikes", 3, ODS, a="R\u016bta Valait\u0117", n="toll 3"),
  E("2025-06-21 19:35", "Lithuania to fund more drones for Ukraine",
    ["Lithuania's defence ministry said it would spend another \u20ac20 million on drones for Ukraine's armed forces under a joint procurement scheme with Kyiv."],
    "aid", "aid", 2, "lithuania-drone-funding-2025-06", a="R\u016bta Valait\u0117"),
  E("2025-06-21 17:05", "Ukraine and Russia swap wounded prisoners",
    ["Ukraine and Russia exchanged another group of prisoners of war on Saturday, including seriously wounded soldiers and men under 25, under the deal reached at talks in Istanbul."],
    "diplomacy", "diplomacy", 3, PWX, a="R\u016bta Valait\u0117"),
  E("2025-06-21 14:20", "Video: Firefighters battle blaze in Odesa high-rise", [], "strikes", "strikes", 1, ODS, a="R\u016bta Valait\u0117",
    n="teaser without body (video placeholder only)"),
  E("2025-06-21 12:00", "Naus\u0117da: Hague summit must name Russia as the main threat",
    ["Lithuanian President Gitanas Naus\u0117da said NATO leaders meeting in The Hague next week should name Russia as the alliance's main long-term threat and back Ukraine's path to membership."],
    "diplomacy", "diplomacy", 2, "nauseda-nato-summit-call-2025-06", a="R\u016bta Valait\u0117"),
  E("2025-06-21 09:15", "Russian strike on Odesa kills one, damages port buildings",
    ["One person was killed and at least 14 injured when Russia attacked Odesa with missiles and drones overnight, regional governor Oleh Kiper said.",
     "Port warehouses and two apartment buildings were damaged."],
    "strikes", "strikes", 3, ODS, a="R\u016bta Valait\u0117", n="first report; toll 1"),
  E("2025-06-21 06:40", "Russia claims village in Sumy region",
    ["Russia's defence ministry said its troops had captured a village in Ukraine's Sumy region, where Russian forces have pushed across the border since the spring."],
    "other", "frontline", 2, "russia-claims-sumy-village-2025-06-21", a="R\u016bta Valait\u0117"),
  ]))

SEEDS.append(dict(
  id="10742", name="10742_dunlathy-ldlive", ext="html", source="Dunlathy Journal", zone="Europe/London", render=r_dunlathy,
  title="Russia-Ukraine war: Odessa strike toll rises; Putin says \u2018all of Ukraine is ours\u2019 \u2013 as it happened",
  url="https://dunlathy-journal.example/world/live/2025/jun/21/russia-ukraine-war-live", dateline="Saturday 21 June 2025",
  authors=["Fergus Lyle", "Moira Keane"], lede="Second victim dies after overnight attack on Black Sea port; Russian drones also hit the Danube port of Izmail.",
  basis="visible stamp '{s}' in <time datetime> (BST = UTC+1) under the dateline 'Saturday 21 June 2025'; the JSON-LD updates carry only page-level times; local {d} in {z}",
  notes="Invented outlet (UK daily). HTML live blog, newest first. JSON-LD imitates the Guardian pattern: LiveBlogPosting whose liveBlogUpdate items all carry the PAGE headline and the PAGE datePublished/dateModified (no per-entry time or headline there), with a truncated articleBody; per-entry time and headline come from the HTML (<time datetime> with visible '20.30 BST', h2). Signature line '\u2013 NAME' after the body (author). Spells the city 'Odessa' (toll 2). 10742-03 repeats 10742-05 nearly verbatim ('hurt' for 'injured'), published later. 10742-05 (Izmail port drones, Odesa region) must not merge with the Odesa city strike. 10742-01 is an analysis (theme piece) mentioning the Odesa strike.",
  not_entries=["header and navigation", "page title", "dateline", "standfirst", "newsletter promo after the second block", "footer"],
  entries=[
  E("2025-06-21 20:30", "Analysis: Black Sea ports are back in Moscow's sights",
    ["The strike on Odessa is part of a wider Russian effort to disrupt the ports that carry most of Ukraine's grain and steel exports.",
     "Since the spring, drones and missiles have hit warehouses, grain silos and ships in Odesa, Chornomorsk and the Danube ports, pushing up insurance costs for shipowners.",
     "Ukraine's naval drones drove the Russian fleet away from the western Black Sea, but keeping the ports open now depends on air defence."],
    "strikes", "strikes", 2, "analysis-black-sea-ports-under-fire-2025", a="Fergus Lyle",
    n="theme piece (analysis); mentions the Odesa strike but must not merge with it"),
  E("2025-06-21 18:15", "Putin: \u2018all of Ukraine is ours\u2019",
    ["Vladimir Putin told an economic forum in St Petersburg that he regarded Russians and Ukrainians as one people and that, in that sense, \u2018all of Ukraine is ours\u2019.",
     "Kyiv said the remark showed Moscow had no interest in a negotiated peace."],
    "diplomacy", "diplomacy", 3, PUT, a="Fergus Lyle"),
  E("2025-06-21 16:50", "Drones hit Danube port of Izmail",
    ["Russian drones struck port facilities in Izmail on the Danube overnight, damaging a warehouse and a grain terminal, Odesa regional officials said. No one was hurt."],
    "strikes", "strikes", 1, IZM, a="Moira Keane", dup="10742-05", n="near-verbatim repeat of 10742-05"),
  E("2025-06-21 15:40", "Odessa strike: second victim dies in hospital",
    ["A woman wounded in the overnight attack on Odessa has died in hospital, bringing the death toll to two, the city's mayor, Hennadiy Trukhanov, said."],
    "strikes", "strikes", 3, ODS, a="Moira Keane", n="spelling 'Odessa'; toll 2"),
  E("2025-06-21 13:05", "Drones hit Danube port of Izmail",
    ["Russian drones struck port facilities in Izmail on the Danube overnight, damaging a warehouse and a grain terminal, Odesa regional officials said. No one was injured."],
    "strikes", "strikes", 2, IZM, a="Moira Keane", n="same region (Odesa oblast), other strike: must not merge with the Odesa city strike"),
  E("2025-06-21 10:05", "UK to send more air-defence missiles to Ukraine, Healey says",
    ["Britain will send Ukraine several hundred more short-range air-defence missiles over the summer, the defence secretary, John Healey, said."],
    "aid", "aid", 2, "uk-air-defence-missiles-2025-06-21", a="Fergus Lyle"),
  ]))

SEEDS.append(dict(
  id="10743", name="10743_wyebridge-rss", ext="xml", source="Wyebridge Agency", zone="Europe/Istanbul", render=r_worldrss, rfc="num",
  title="Wyebridge Agency \u2013 Russia-Ukraine", url="https://wyebridge-agency.example", guid="wya-0621", lede="Wire copy on the Russia-Ukraine war",
  basis="RSS pubDate '{s}' (explicit +0300, Istanbul time); local {d} in {z}",
  notes="Invented outlet (news agency, Istanbul bureau). RSS 2.0, newest first, pubDate with +0300, dc:creator per item (author, Turkish diacritics kept). The body repatriation (10743-01) shares the prisoner theme with the exchange (10743-02) but is another event (must not merge).",
  not_entries=["channel title/link/description/language/lastBuildDate", "item link, guid and category elements"],
  entries=[
  E("2025-06-21 21:50", "Russia hands over 1,200 bodies to Ukraine",
    ["Ukraine received 1,200 bodies that Russia says are those of Ukrainian soldiers, the coordination headquarters for prisoners of war said on Saturday."],
    "other", "humanitarian", 2, "bodies-repatriation-2025-06-21", a="Selin Ayd\u0131n",
    n="same theme as the prisoner exchange, other event: must not merge"),
  E("2025-06-21 19:20", "New prisoner swap frees wounded Ukrainian and Russian soldiers",
    ["Russia and Ukraine carried out a new exchange of prisoners of war on Saturday, the latest stage of a swap agreed at their talks in Istanbul earlier this month."],
    "diplomacy", "diplomacy", 3, PWX, a="Deniz Kaplan"),
  E("2025-06-21 16:45", "Odesa toll rises to two after overnight strike",
    ["The death toll from a Russian missile and drone attack on the Ukrainian port city of Odesa rose to two on Saturday, local officials said."],
    "strikes", "strikes", 3, ODS, a="Selin Ayd\u0131n", n="toll 2"),
  E("2025-06-21 12:30", "Erdo\u011fan offers to host Putin-Zelensky meeting",
    ["Turkish President Recep Tayyip Erdo\u011fan said Turkey was ready to host a meeting between Vladimir Putin and Volodymyr Zelensky, with Donald Trump also taking part, to build on the Istanbul talks."],
    "diplomacy", "diplomacy", 3, "erdogan-offers-leaders-summit-2025-06-21", a="Deniz Kaplan"),
  E("2025-06-21 08:10", "Putin: Russians and Ukrainians 'one people', all of Ukraine 'ours'",
    ["Russian President Vladimir Putin said at the St Petersburg International Economic Forum that Russia did not seek Ukraine's capitulation but repeated that he considered all of Ukraine to be 'ours'."],
    "diplomacy", "diplomacy", 3, PUT, a="Selin Ayd\u0131n"),
  ]))


# ====================================================================== build
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
            if len(e["t"]) == 10:   # date-only page (no time printed anywhere)
                pub, loc, dd = e["t"], f"{e['t']} {S['zone']}", e["t"]
            else:
                d = dt(e["t"], S["zone"])
                pub = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
                loc = d.strftime("%Y-%m-%d %H:%M ") + S["zone"]; dd = d.strftime("%Y-%m-%d %H:%M")
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i], "published": pub, "published_local": loc,
                         "published_basis": S["basis"].format(s=stamps[i], d=dd, z=S["zone"]),
                         "author": e["a"], "first_sentence": first_sentence(e["p"][0]) if e["p"] else None, "body_paragraphs": len(e["p"]),
                         "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"], "importance": e["imp"], "key_point": e["kp"],
                         "duplicate_of": e["dup"], "story": e["st"], "notes": e["n"]})
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

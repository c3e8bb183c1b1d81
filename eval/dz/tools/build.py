#!/usr/bin/env python3
"""Builds the eval/dz seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented; 2026 events are made up, set in the war's
real places with real institutions and office-holders in plausible roles). Part A imitates the page layouts of ten
real fact-checking / OSINT / media-monitoring outlets from memory; Part B outlets are invented. Deterministic.
Run from the project root:  python3 eval/dz/tools/build.py"""
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
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


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


def ampm(d, sep=":", space="", dots=False, upper=False):
    hh = d.hour % 12 or 12
    if dots:
        suf = "a.m." if d.hour < 12 else "p.m."
    else:
        suf = "am" if d.hour < 12 else "pm"
        if upper:
            suf = suf.upper()
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def slug(s, n=60):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:n].strip("-")


def order_check(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first (page order)"


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def ldjson(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + '</script>'


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_stopfake(S):
    """StopFake (stopfake.org, WordPress): the English Atom feed /en/feed/atom/. <published> in Z with seconds, one
    <author><name>, WordPress categories, <summary> = excerpt ending in [&#8230;], <content> with the full text and the
    SEO plugin's closing line 'The post ... appeared first on StopFake.'; video posts carry only an embed."""
    z = S["zone"]; order_check(S, True)
    stamps = []
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?><feed', '  xmlns="http://www.w3.org/2005/Atom"', '  xmlns:thr="http://purl.org/syndication/thread/1.0"',
           '  xml:lang="en-US"', '  >', '\t<title type="text">StopFake</title>',
           '\t<subtitle type="text">Struggle against fake information about events in Ukraine</subtitle>', '',
           f'\t<updated>{last.strftime("%Y-%m-%dT%H:%M:%SZ")}</updated>', '',
           '\t<link rel="alternate" type="text/html" href="https://www.stopfake.org/en/" />', '\t<id>https://www.stopfake.org/en/feed/atom/</id>',
           '\t<link rel="self" type="application/atom+xml" href="https://www.stopfake.org/en/feed/atom/" />', '',
           '\t<generator uri="https://wordpress.org/" version="6.8.3">WordPress</generator>']
    for i, e in enumerate(S["entries"]):
        e["_s"] = (i * 17 + 11) % 60; d = dt(e["t"], z).replace(second=e["_s"])
        st = d.strftime("%Y-%m-%dT%H:%M:%SZ"); stamps.append(st)
        link = f"https://www.stopfake.org/en/{slug(e['h'])}/"
        pid = 742310 - i * 37
        if e["p"]:
            summ = esc(e["p"][0][:180].rsplit(" ", 1)[0]) + " [&#8230;]"
            body = "".join(f"<p>{esc(p)}</p>\n" for p in e["p"])
        else:
            summ = ""
            body = f'<p><iframe title="{attr(e["h"])}" width="640" height="360" src="https://www.youtube.com/embed/{e["yt"]}?feature=oembed" frameborder="0" allowfullscreen></iframe></p>\n'
        body += f'<p>The post <a href="{link}">{esc(e["h"])}</a> appeared first on <a href="https://www.stopfake.org/en/">StopFake</a>.</p>\n'
        out += ['\t<entry>', '\t\t<author>', f'\t\t\t<name>{esc(e["a"])}</name>', '\t\t</author>',
                f'\t\t<title type="html"><![CDATA[{e["h"]}]]></title>', f'\t\t<link rel="alternate" type="text/html" href="{link}" />',
                f'\t\t<id>https://www.stopfake.org/en/?p={pid}</id>', f'\t\t<updated>{st}</updated>', f'\t\t<published>{st}</published>']
        out += [f'\t\t<category scheme="https://www.stopfake.org/en/" term="{attr(c)}" />' for c in e["cats"]]
        out += [f'\t\t<summary type="html"><![CDATA[{summ}]]></summary>',
                f'\t\t<content type="html" xml:base="{link}"><![CDATA[{body}]]></content>',
                f'\t\t<link rel="replies" type="text/html" href="{link}#respond" thr:count="0" />',
                f'\t\t<link rel="replies" type="application/atom+xml" href="{link}feed/atom/" thr:count="0" />', '\t\t<thr:total>0</thr:total>', '\t</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_euvsd(S):
    """EUvsDisinfo (euvsdisinfo.eu, WordPress): RSS 2.0 /feed/. pubDate '+0000' with seconds, dc:creator 'EUvsDisinfo' in
    CDATA, categories, <description> = excerpt with [&#8230;], content:encoded with the full text."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"', '\txmlns:content="http://purl.org/rss/1.0/modules/content/"',
           '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"', '\txmlns:dc="http://purl.org/dc/elements/1.1/"',
           '\txmlns:atom="http://www.w3.org/2005/Atom"', '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"',
           '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"', '\t>', '', '<channel>', '\t<title>EUvsDisinfo</title>',
           '\t<atom:link href="https://euvsdisinfo.eu/feed/" rel="self" type="application/rss+xml" />', '\t<link>https://euvsdisinfo.eu/</link>',
           '\t<description>Don&#039;t be deceived: countering pro-Kremlin disinformation</description>',
           f'\t<lastBuildDate>{rfc822(last)}</lastBuildDate>', '\t<language>en-GB</language>', '\t<sy:updatePeriod>', '\thourly\t</sy:updatePeriod>',
           '\t<sy:updateFrequency>', '\t1\t</sy:updateFrequency>', '\t<generator>https://wordpress.org/?v=6.8.3</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        e["_s"] = (i * 23 + 5) % 60; d = dt(e["t"], z).replace(second=e["_s"]); st = rfc822(d); stamps.append(st)
        link = f"https://euvsdisinfo.eu/{'report/' if e['h'].startswith('DISINFO') else ''}{slug(e['h'].replace('DISINFO:', ''))}/"
        exc = esc(e["p"][0][:200].rsplit(" ", 1)[0]) + " [&#8230;]"
        out += ['\t<item>', f'\t\t<title>{esc(e["h"])}</title>', f'\t\t<link>{link}</link>',
                f'\t\t\t\t\t<comments>{link}#respond</comments>', '', f'\t\t<dc:creator><![CDATA[{e["a"]}]]></dc:creator>',
                f'\t\t<pubDate>{st}</pubDate>']
        out += [f'\t\t<category><![CDATA[{c}]]></category>' for c in e["cats"]]
        out += [f'\t\t<guid isPermaLink="false">https://euvsdisinfo.eu/?p={118040 + i * 13}</guid>', '',
                f'\t\t\t\t\t<description><![CDATA[<p>{exc}</p>\n]]></description>',
                '\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[' + "".join(f"<p>{esc(p)}</p>\n" for p in e["p"]) + ']]></content:encoded>',
                f'\t\t\t\t\t<wfw:commentRss>{link}feed/</wfw:commentRss>', '\t\t\t<slash:comments>0</slash:comments>', '\t\t</item>']
    out += ['\t</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_fullfact(S):
    """Full Fact (fullfact.org) live fact-checking page, text scrape. Newest first; each post is a bare 24-hour time
    ('13:58', UK time, no zone printed), the post heading, then text; the page carries one byline and one date line."""
    z = S["zone"]; order_check(S, True)
    L = ["Skip to main content", "", "Full Fact", "Fact checks   Latest   Topics   Get involved   About us   Donate", "Search", "",
         "Full Fact is the UK\u2019s independent fact checking charity.", "", "LIVE", S["title"], "", S["byline"], S["dateline"], "",
         S["lede"], "", "Share this", "Facebook   X   WhatsApp   Email", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["We need your help", "Full Fact fights bad information. Will you support our work with a monthly donation? Donate now", ""]
    L += ["This live fact check has now finished. Thanks for following.", "",
          "Was this article useful?   Yes   No", "", "Related articles",
          "What the UK has spent supporting Ukraine, explained", "How many Ukrainian refugees are living in the UK?", "",
          "Full Fact   About   Our team   Funding   Corrections   Contact   Privacy   Cookies"]
    return "\n".join(L) + "\n", stamps


def r_politifact(S):
    """PolitiFact (politifact.com) article, text scrape: 'By NAME \u2022 January 19, 2026' (date only, no time), the
    'If Your Time is short' bullet box, then one section per checked claim (heading = quoted claim), 'Our Sources'."""
    L = ["PolitiFact", "The Poynter Institute", "", "Latest   Truth-O-Meter   Promises   Personalities   Issues   Elections   Newsletters   Donate", "",
         "Stand up for the facts!", "Our only agenda is to publish the truth so you can be an informed participant in democracy.",
         "We need your help.", "I would like to contribute", "", S["kicker"], "", S["title"], "", S["byline"], "",
         "If Your Time is short"] + ["\u2022 " + b for b in S["short"]] + ["", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Our Sources"] + S["sources"] + ["", "Read About Our Process", "", "Browse the Truth-O-Meter", "",
          "\u00a9 All Rights Reserved Poynter Institute 2026, a 501(c)(3) nonprofit organization"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_afp(S):
    """AFP Fact Check (factcheck.afp.com) listing of the latest fact-checks, HTML. Cards: title, the desk credit
    ('AFP Ukraine', 'AFP USA', ...), 'Published on January 10, 2026 at 18:40' (24-hour, no zone), teaser text.
    JSON-LD: only a WebSite node with a SearchAction."""
    z = S["zone"]; order_check(S, True)
    ld = {"@context": "https://schema.org", "@type": "WebSite", "url": "https://factcheck.afp.com/", "name": "AFP Fact Check",
          "potentialAction": {"@type": "SearchAction", "target": "https://factcheck.afp.com/search?keys={search_term_string}",
                              "query-input": "required name=search_term_string"}}
    out = ['<!DOCTYPE html>', '<html lang="en" dir="ltr"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | AFP Fact Check</title>',
           '<meta name="viewport" content="width=device-width, initial-scale=1.0">', ldjson(ld), '</head><body class="path-list">',
           '<div class="skip"><a href="#main-content">Skip to main content</a></div>',
           '<header class="site-header"><a class="logo" href="/" title="AFP Fact Check">AFP Fact Check</a>',
           '<nav class="main-menu"><a href="/list">Latest</a> <a href="/list/all/all/all/38561/22">Ukraine</a> <a href="/methodology">Methodology</a> '
           '<a href="/fact-checking-tips">Tips and tools</a> <a href="/about-us">About us</a> <a href="/contact">Contact</a></nav>',
           '<div class="lang"><a href="https://factuel.afp.com">Fran\u00e7ais</a> <a href="https://faktencheck.afp.com">Deutsch</a> '
           '<a href="https://factual.afp.com">Espa\u00f1ol</a> <a href="https://checamos.afp.com">Portugu\u00eas</a></div></header>',
           f'<main id="main-content"><h1 class="page-title">{esc(S["title"])}</h1>', '<div class="view-content">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} at {d:%H:%M}"; stamps.append(st)
        link = f"/doc.afp.com.{e['doc']}"
        out += ['<div class="card">', f'<a href="{link}"><div class="card-img"><img src="/sites/default/files/medias/factchecking/{e["doc"].lower()}-1.jpg" alt=""></div></a>',
                f'<div class="card-body"><h3 class="card-title"><a href="{link}">{esc(e["h"])}</a></h3>',
                f'<span class="meta-author">{esc(e["a"])}</span>', f'<small class="date">Published on {st}</small>']
        out += [f'<p class="card-text">{esc(p)}</p>' for p in e["p"]]
        out.append('</div></div>')
        if i == 3:
            out.append('<div class="newsletter-block"><h4>Subscribe to our newsletter</h4><p>Get the week\u2019s fact-checks in your inbox.</p>'
                       '<input type="email" placeholder="Your email"> <button>Subscribe</button></div>')
    out += ['</div><nav class="pager"><a href="?page=1">Next \u203a</a> <a href="?page=40">Last \u00bb</a></nav></main>',
            '<footer><p><a href="/methodology">Methodology</a> <a href="/corrections-policy">Corrections policy</a> <a href="/legal">Legal notice</a> '
            '<a href="/privacy">Privacy</a></p><p>AFP is a verified signatory of the International Fact-Checking Network\u2019s code of principles.</p>'
            '<p>Copyright \u00a9 AFP 2017-2026. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_snopes(S):
    """Snopes (snopes.com) 'Latest Fact Checks' listing, text scrape. Cards: question headline, rating word, one-line
    description, 'By NAME', then 'Jan. 25, 2026, 9:40 a.m. PST' (12-hour clock with dots and the zone)."""
    z = S["zone"]; order_check(S, True)
    L = ["Snopes", "", "Search", "Latest   Fact Checks   News   Top Rumors   Collections   Quizzes   Newsletters", "Sign In   Become a Member", "",
         "Ad-free experience: become a Snopes member.", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{AP_MONTHS[d.month - 1]} {d.day}, {d.year}, {ampm(d, space=' ', dots=True)} PST"; stamps.append(st)
        L += [e["h"], f"Rating: {e['rating']}"] + [p for p in e["p"]] + [f"By {e['a']}", st, ""]
        if i == 2:
            L += ["Advertisement", "", "Sign up for Snopes\u2019 newsletter: the week\u2019s rumors, checked.", "Subscribe", ""]
    L += ["Load More", "", "Snopes is the internet\u2019s definitive fact-checking resource.", "About   Masthead   Contact   Privacy   Terms   Ratings Explained",
          "\u00a9 1995 - 2026 by Snopes Media Group Inc."]
    return "\n".join(L) + "\n", stamps


def r_bellingcat(S):
    """Bellingcat (bellingcat.com, WordPress + Yoast) article with a timeline section, HTML. Yoast @graph JSON-LD
    (Article, WebPage, Person, Organization); visible date 'February 1, 2026' and byline; the timeline items are a bold
    bare time ('03:55') above an h3 heading; a note says all times are Kyiv time (EET, UTC+2)."""
    z = S["zone"]; order_check(S, False)
    pub = dt(S["published"], z).astimezone(UTC)
    base = "https://www.bellingcat.com"
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": S["url"] + "#article", "isPartOf": {"@id": S["url"]}, "author": [{"name": n, "@id": f"{base}/#/schema/person/{slug(n)}"} for n in S["authors"]],
         "headline": S["title"], "datePublished": pub.strftime("%Y-%m-%dT%H:%M:%S+00:00"), "dateModified": pub.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
         "mainEntityOfPage": {"@id": S["url"]}, "publisher": {"@id": f"{base}/#organization"}, "articleSection": ["Investigations", "Ukraine"], "inLanguage": "en-GB"},
        {"@type": "WebPage", "@id": S["url"], "url": S["url"], "name": S["title"] + " - bellingcat", "isPartOf": {"@id": f"{base}/#website"},
         "datePublished": pub.strftime("%Y-%m-%dT%H:%M:%S+00:00")},
        {"@type": "Organization", "@id": f"{base}/#organization", "name": "Bellingcat", "url": base + "/"}] +
        [{"@type": "Person", "@id": f"{base}/#/schema/person/{slug(n)}", "name": n} for n in S["authors"]]}
    d0 = dt(S["published"], z)
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} - bellingcat</title>', ldjson(ld), '</head>',
           '<body class="post-template-default single single-post">',
           '<header class="header"><a class="header__logo" href="/">bellingcat</a><nav class="header__nav"><a href="/category/news/">Investigations</a> '
           '<a href="/category/resources/">Guides</a> <a href="/resources/">Resources</a> <a href="/workshops/">Workshops</a> <a href="/tech/">Tech</a> '
           '<a href="/about/">About</a> <a class="header__donate" href="/donate/">Donate</a></nav></header>',
           '<main><article class="single-article">', '<div class="single-article__categories"><a href="/category/news/uk-and-europe/">UK and Europe</a></div>',
           f'<h1 class="single-article__title">{esc(S["title"])}</h1>',
           f'<div class="single-article__meta"><span class="single-article__date">{MONTHS[d0.month - 1]} {d0.day}, {d0.year}</span> '
           f'<span class="single-article__author">{esc(S["byline"])}</span></div>',
           '<div class="single-article__translations">Translations: <a href="/uk/">\u0423\u043a\u0440\u0430\u0457\u043d\u0441\u044c\u043a\u0430</a></div>',
           '<div class="single-article__content">'] + [f'<p>{esc(p)}</p>' for p in S["intro"]] + [
           '<h2>Timeline</h2>', f'<p><em>{esc(S["tznote"])}</em></p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="timeline-item"><p class="timeline-item__time"><strong>{st}</strong></p><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e.get("cap"):
            out.append(f'<figure class="wp-block-image"><img src="/app/uploads/2026/02/{slug(e["h"], 30)}.jpg" alt=""><figcaption>{esc(e["cap"])}</figcaption></figure>')
        out.append('</div>')
    out += [f'<p>{esc(p)}</p>' for p in S["outro"]]
    out += ['</div>', '<div class="single-article__tags">Tags: <a href="/tag/ukraine/">Ukraine</a> <a href="/tag/geolocation/">Geolocation</a> <a href="/tag/russia/">Russia</a></div>',
            '<aside class="donate-box"><p>Bellingcat is a non-profit and the ability to carry out our work is dependent on the kind support of individual donors. '
            'If you would like to support our work, you can do so here.</p></aside>',
            '<section class="related"><h3>Related Articles</h3><a href="/news/2025/12/ukraine-energy-strikes-map/">Mapping a winter of strikes on Ukraine\u2019s energy grid</a></section>',
            '</article></main>', '<footer class="footer"><a href="/about/">About</a> <a href="/contact/">Contact</a> <a href="/privacy/">Privacy Policy</a> '
            '<p>\u00a9 Bellingcat 2026</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_dfrlab(S):
    """DFRLab (Atlantic Council, WordPress + Yoast) 'Russian War Report', HTML. Visible date only ('March 6, 2026');
    the publication time is only in the Yoast JSON-LD (datePublished). One section per item (h2 heading, text, an
    em-dash author signature); boilerplate 'Cite this Russian War Report' and DFRLab blurb."""
    z = S["zone"]
    pub = dt(S["published"], z)
    base = "https://www.atlanticcouncil.org"
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": S["url"] + "#article", "isPartOf": {"@id": S["url"]}, "author": {"name": "Digital Forensic Research Lab", "@id": f"{base}/#/schema/person/dfrlab"},
         "headline": S["title"], "datePublished": pub.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00"),
         "dateModified": (pub + timedelta(minutes=47)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00"),
         "mainEntityOfPage": {"@id": S["url"]}, "publisher": {"@id": f"{base}/#organization"}, "articleSection": ["DFRLab", "Russian War Report"], "inLanguage": "en-US"},
        {"@type": "WebPage", "@id": S["url"], "url": S["url"], "name": S["title"] + " - Atlantic Council", "isPartOf": {"@id": f"{base}/#website"}},
        {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Home", "item": base + "/"},
                                                        {"@type": "ListItem", "position": 2, "name": "Blogs", "item": base + "/blogs/"},
                                                        {"@type": "ListItem", "position": 3, "name": S["title"]}]},
        {"@type": "Organization", "@id": f"{base}/#organization", "name": "Atlantic Council", "url": base + "/"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} - Atlantic Council</title>', ldjson(ld), '</head><body>',
           '<header class="ac-header"><a class="ac-logo" href="/">Atlantic Council</a><nav><a href="/programs/">Programs</a> <a href="/experts/">Experts</a> '
           '<a href="/events/">Events</a> <a href="/in-depth-research-reports/">In-depth research &amp; reports</a> <a href="/blogs/">Blogs</a> '
           '<a href="/podcasts/">Podcasts</a> <a href="/support/">Support</a></nav></header>',
           '<main><div class="breadcrumbs"><a href="/programs/digital-forensic-research-lab/">Digital Forensic Research Lab</a> \u203a <a href="/blogs/new-atlanticist/">Blogs</a></div>',
           '<article><p class="eyebrow">DFRLab</p>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="byline">{esc(S["byline"])}</p>', f'<p class="gta-date">{MONTHS[pub.month - 1]} {pub.day}, {pub.year}</p>',
           '<div class="share">Share: <a>X</a> <a>LinkedIn</a> <a>Email</a> <a>Print</a></div>', '<div class="entry-content">',
           f'<p><em>{esc(S["blurb"])}</em></p>']
    for e in S["entries"]:
        out.append(f'<h2 class="wp-block-heading">{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p>\u2014{esc(e["a"])}</p>')
    out += [f'<p><em>Cite this Russian War Report:</em> DFRLab, \u201c{esc(S["title"])},\u201d Atlantic Council, {MONTHS[pub.month - 1]} {pub.day}, {pub.year}.</p>',
            '<hr><p>The Atlantic Council\u2019s Digital Forensic Research Lab (DFRLab) builds digital resilience by exposing falsehoods and fake news, documenting human rights abuses, and building a global network of digital forensic researchers.</p>',
            '</div><section class="further-reading"><h3>Further reading</h3><a href="/blogs/new-atlanticist/russias-winter-campaign-against-ukraines-grid/">Russia\u2019s winter campaign against Ukraine\u2019s grid</a></section>',
            '</article></main>', '<footer><p>\u00a9 2026 Atlantic Council. All rights reserved.</p><a href="/privacy-policy/">Privacy Policy</a> <a href="/contact/">Contact</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_detector(S):
    """Detector Media (detector.media, English edition) 'All news' feed, text scrape. Newest first; a date header
    ('21 February 2026') starts each day; each item is a bare Kyiv time ('21:40'), headline, lead text. The page is
    captured after local midnight, so the top items sit under the next day's header."""
    z = S["zone"]; order_check(S, True)
    L = ["Detector Media", "\u0423\u041a\u0420   ENG", "", "News   Articles   Monitoring   Media literacy   Propaganda   Investigations   About us", "",
         "Support Detector Media", "", S["title"], ""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if d.date() != cur:
            cur = d.date(); L += [f"{d.day} {MONTHS[d.month - 1]} {d.year}", ""]
        st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"]] + ptxt(e["p"])
        if i == 3:
            L += ["Subscribe to our Telegram channel", ""]
    L += ["Show more news", "", "\u00a9 2004\u20132026 Detector Media. Materials may be quoted with a hyperlink to detector.media.", "Contacts   Editorial policy   Donate"]
    return "\n".join(L) + "\n", stamps


def r_leadstories(S):
    """Lead Stories (leadstories.com) front listing, HTML, no JSON-LD. Cards: 'Fact Check: ... Does NOT ...' headline,
    'Written by NAME', 'Mar 22, 2026 10:13 AM' (12-hour, no zone: Eastern time implied), teaser text."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', '<title>Lead Stories</title>',
           '<meta name="description" content="Lead Stories is a fact checking website that is always looking for the latest false, misleading, deceptive or inaccurate stories.">',
           '</head><body>', '<div class="topbar"><a href="/about-lead-stories.html">About</a> <a href="/our-process.html">Our Process</a> '
           '<a href="/contact.html">Contact</a> <a href="/tips.html">Submit a tip</a></div>',
           '<header><a class="logo" href="/">Lead Stories</a><nav><a href="/hoax-alert/">Hoax Alert</a> <a href="/politics/">Politics</a> <a href="/health/">Health</a> '
           '<a href="/world/">World</a> <a href="/tech/">Tech</a> <a href="/ai/">AI</a></nav></header>', '<main><section class="latest">', f'<h1>{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{SHORT_MONTHS[d.month - 1]} {d.day}, {d.year} {ampm(d, space=' ', upper=True)}"; stamps.append(st)
        link = f"/hoax-alert/{d:%Y/%m}/fact-check-{slug(e['h'].replace('Fact Check:', ''), 70)}.html"
        out += ['<article class="story-card">', f'<a href="{link}"><img src="/assets/images/{slug(e["h"], 24)}.jpg" alt=""></a>',
                f'<h2><a href="{link}">{esc(e["h"])}</a></h2>',
                f'<div class="byline">Written by <a href="/about-lead-stories.html#{slug(e["a"])}">{esc(e["a"])}</a> <span class="sep">|</span> <time>{st}</time></div>']
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</article>')
        if i == 2:
            out.append('<aside class="newsletter"><p>Want to get a notification when we write about a hoax? Sign up for our newsletter.</p><input type="email"> <button>Subscribe</button></aside>')
    out += ['</section><a class="more" href="/?page=2">Older stories</a></main>',
            '<footer><p>Lead Stories is a signatory of the IFCN Code of Principles.</p><p>\u00a9 Lead Stories LLC</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ================================================================ PART A: ten real outlets' layouts (own words, invented 2026 events)
SEEDS = []

# ---------------------------------------------------------------- 13100 StopFake (WordPress Atom)
SEEDS.append(dict(
  id="13100", name="13100_stopfake-atom", ext="xml", source="StopFake", zone="UTC", render=r_stopfake,
  title="StopFake",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Imitates the WordPress Atom feed of StopFake's English edition (/en/feed/atom/). Newest first; <published> in Z with seconds; one author per entry; WordPress categories; <summary> is a cut excerpt ending in '[&#8230;]' and <content> carries the full text plus the SEO plugin line 'The post ... appeared first on StopFake.' (chrome, not counted). 13100-02 is a video post ('Video: StopFake News #419 [ENG]') whose content is only a YouTube embed: a teaser without body. Fact-check labels ('Fake:', 'Manipulation:') are part of the headline. Topics follow the claim checked (see README).",
  not_entries=["feed title 'StopFake', subtitle, updated, links, id, generator", "each entry's <summary> excerpt (a cut copy of the first paragraph ending in [\u2026])",
               "closing line 'The post ... appeared first on StopFake.' in every <content>", "reply links and thr:total counts", "category terms"],
  entries=[
  E("2026-01-03 18:25", "Fake: Ukraine to call up 17-year-olds from February",
    ["Pro-Kremlin Telegram channels are spreading a screenshot of a supposed Cabinet of Ministers resolution that would make 17-year-old boys subject to mobilisation from 1 February 2026.",
     "No such resolution exists on the government portal, and the document number in the screenshot belongs to a 2024 order on road repairs in Vinnytsia region. Ukraine\u2019s Defence Ministry called the image a forgery on Saturday.",
     "Under current law the mobilisation age in Ukraine starts at 25; men aged 18 to 24 may only sign voluntary contracts."],
    "other", "politics", 2, "fake-mobilisation-17-year-olds-2026-01", a="Olena Hnatiuk", cats=["News", "Fake"]),
  E("2026-01-03 15:40", "Video: StopFake News #419 [ENG]", [], "other", "security", 1, "stopfake-news-419", a="StopFake", cats=["StopFake News"], yt="q8Zt3LmW0sE",
    n="teaser: video post with only an embed, no text"),
  E("2026-01-03 13:05", "Manipulation: Russian media claim foreign instructors died in strike on Kharkiv hotel",
    ["Russian state media reported that a missile strike on a hotel in Kharkiv on 2 January killed \u201cmore than 20 foreign instructors\u201d, citing an anonymous source in the security services.",
     "Kharkiv regional officials said the strike wounded eleven civilians, among them hotel staff and two journalists, and that no foreigners were among the casualties. Photos published by the Russian outlets were taken in Kharkiv in 2024."],
    "strikes", "strikes", 2, "russian-claim-foreign-instructors-kharkiv-hotel", a="Taras Mykytenko", cats=["News", "Manipulation"],
    n="a claim about an attack: strikes"),
  E("2026-01-03 10:50", "Fake: Poland is preparing to take over western Ukraine",
    ["A video styled as a report by a German broadcaster claims Warsaw has drawn up plans to \u201ctake control\u201d of Lviv, Volyn and Ternopil regions once a ceasefire is agreed.",
     "The broadcaster has no such report on its channels, and the voice-over was generated with artificial intelligence, StopFake found. The claim has circulated in Russian propaganda since 2022 in different versions."],
    "diplomacy", "diplomacy", 2, "fake-poland-annex-western-ukraine", a="Iryna Vovk", cats=["News", "Fake"]),
  E("2026-01-03 08:15", "Fake: Children evacuated from Kherson are being sent abroad for adoption",
    ["Posts on X and TikTok allege that children evacuated from frontline villages in Kherson region are being handed to foreign families for adoption.",
     "Kherson regional officials said the evacuated children travelled with their parents or guardians and are staying in Odesa and Mykolaiv regions. Ukrainian law bars international adoption while martial law is in force."],
    "other", "humanitarian", 2, "fake-kherson-children-adoption", a="Olena Hnatiuk", cats=["News", "Fake"]),
  E("2026-01-03 06:30", "Fake: Ukraine sold French Caesar howitzers to a Mexican cartel",
    ["A fabricated \u201cinvestigation\u201d attributed to a French news site claims that two Caesar howitzers supplied to Ukraine turned up in the hands of a Mexican drug cartel.",
     "The site never published the story, and the photo used to illustrate it shows a Caesar gun at a 2023 exhibition near Paris. Ukraine\u2019s Defence Ministry says Western artillery is tracked under a joint accounting system with its partners."],
    "aid", "aid", 2, "fake-caesar-howitzers-cartel", a="Taras Mykytenko", cats=["News", "Fake"]),
  ]))

# ---------------------------------------------------------------- 13101 EUvsDisinfo (WordPress RSS)
SEEDS.append(dict(
  id="13101", name="13101_euvsdisinfo-rss", ext="xml", source="EUvsDisinfo", zone="UTC", render=r_euvsd,
  title="EUvsDisinfo",
  basis="RSS pubDate '{s}' (explicit +0000 = UTC); local {d} in {z}",
  notes="Imitates EUvsDisinfo's WordPress RSS 2.0 feed. Newest first; pubDate '+0000' with seconds; dc:creator is always the organisation 'EUvsDisinfo' (kept as author, as printed); <description> is a cut excerpt ending in '[&#8230;]' and content:encoded has the full text. Database cases carry the 'DISINFO:' prefix in the title (kept in the headline). 13101-04 (Moldova cloned sites) is about Russian interference in Moldova, not the war: other/unrelated.",
  not_entries=["channel title, self link, description, lastBuildDate, language, sy:update*, generator", "each item's <description> excerpt (cut copy of the first paragraph with [\u2026])",
               "categories, comments links, wfw:commentRss, slash:comments, guid"],
  entries=[
  E("2026-01-23 16:20", "DISINFO: Kyiv shelled its own power plant in Enerhodar to blame Russia",
    ["Pro-Kremlin outlets claim that Ukrainian forces shelled a thermal power plant in Russian-occupied Enerhodar this week in order to accuse Moscow of endangering the nearby nuclear station.",
     "The claim offers no evidence and repeats a narrative used since 2022, in which Ukraine is said to attack its own people and infrastructure. IAEA experts on site have not attributed the damage to either side."],
    "strikes", "strikes", 2, "disinfo-enerhodar-shelling-claim", a="EUvsDisinfo", cats=["Disinfo Database", "Ukraine"]),
  E("2026-01-23 13:45", "Figure of the week: 2,300",
    ["2,300 is the number of new cases our database has added since January 2025, most of them aimed at Ukraine and its partners.",
     "The most common themes of the past year were claims that Western aid is stolen, that Ukraine is a \u201cNazi\u201d state and that Kyiv alone is blocking peace."],
    "other", "security", 2, "euvsdisinfo-figure-of-the-week-2300", a="EUvsDisinfo", cats=["Figure of the week"],
    n="information-operations statistic: other/security"),
  E("2026-01-23 11:10", "Peace on whose terms? How pro-Kremlin outlets spun the Paris declaration",
    ["After leaders of the so-called coalition of the willing met in Paris, pro-Kremlin media told audiences that Europe had \u201cdeclared war\u201d on Russia by agreeing to send troops to Ukraine.",
     "The declaration in fact describes a reassurance force that would deploy only after a ceasefire, drafted in consultation with Washington. Russian outlets left that part out.",
     "The same outlets presented the meeting as proof that Europe does not want the war to end, a line that has been repeated in at least nine languages this week."],
    "diplomacy", "diplomacy", 2, "disinfo-paris-declaration-spin", a="EUvsDisinfo", cats=["Disinfo Review"]),
  OFF("2026-01-23 08:30", "Moldova: cloned news sites push fake heating price hikes",
      ["A network of cloned websites imitating Moldovan news outlets published fake reports of a 70 percent rise in heating prices this week, our partners found.",
       "The sites copied the design of three national media and were promoted through paid ads on social networks."],
      "moldova-cloned-sites-heating-prices", a="EUvsDisinfo", n="Russian interference in Moldova, not the war", cats=["Disinfo Review", "Moldova"]),
  E("2026-01-23 06:05", "DISINFO: Western weapons sent to Ukraine are fuelling conflicts in Africa",
    ["Russian state media claim that anti-tank missiles given to Ukraine by the West have been sold on to armed groups in the Sahel.",
     "No evidence supports the claim; it recycles a narrative that EUvsDisinfo has recorded dozens of times since 2022. Independent researchers have found no Western arms from Ukraine\u2019s stocks on African battlefields."],
    "aid", "aid", 2, "disinfo-western-weapons-africa", a="EUvsDisinfo", cats=["Disinfo Database", "Africa"]),
  ]))

# ---------------------------------------------------------------- 13102 Full Fact (live fact check, text)
SEEDS.append(dict(
  id="13102", name="13102_fullfact-live", ext="txt", source="Full Fact", zone="Europe/London", render=r_fullfact,
  title="Live: fact checking the Prime Minister\u2019s statement on Ukraine",
  byline="By Maya Ellison and Rhys Carrow", dateline="15 January 2026",
  lede="We\u2019re checking the claims made during Keir Starmer\u2019s Commons statement on Ukraine and the questions that followed. The latest posts are at the top.",
  basis="bare post time '{s}' (UK time, no zone printed: GMT = UTC in January) on the page date '15 January 2026'; local {d} in {z}",
  notes="Imitates a Full Fact live fact-checking page (text scrape). Newest first; each post is a bare 'HH:MM' line (UK time, no zone printed; GMT in January), the post heading, then text. The only date is the page line '15 January 2026'. One page byline with two names, used as every entry's author. Most posts check a claim (importance 2); 13102-04 (new air-defence package) and 13102-05 (UK-led force after a ceasefire) report the Prime Minister's announcements themselves (importance 3). The donation box after the third post is chrome.",
  not_entries=["skip link, site name and navigation", "charity tagline", "'LIVE' label", "page title", "byline line", "date line '15 January 2026'", "lede paragraph",
               "share buttons", "donation box 'We need your help ...' after the third post", "closing line 'This live fact check has now finished ...'",
               "'Was this article useful?' widget", "related article links", "footer links"],
  entries=[
  E("2026-01-15 14:12", "Claim that Russia has lost \u2018over a million\u2019 soldiers",
    ["Several MPs said Russia had lost more than a million soldiers in Ukraine.",
     "That figure is Ukraine\u2019s count of Russian soldiers killed and wounded, not killed alone. The Ministry of Defence\u2019s own estimate, published last week, put Russian casualties at around 1.2 million, of whom it thought roughly a quarter had died."],
    "other", "frontline", 2, "claim-russian-losses-over-a-million"),
  E("2026-01-15 13:51", "Badenoch: defence spending \u2018lower than at any point in the Cold War\u2019",
    ["Conservative leader Kemi Badenoch said UK defence spending was lower as a share of GDP than at any point during the Cold War.",
     "That\u2019s correct on the government\u2019s own figures. Spending was about 2.4% of GDP last year, against a Cold War low of around 4% in the late 1980s, though the way defence spending is counted has changed since then."],
    "other", "politics", 2, "badenoch-defence-spending-claim"),
  E("2026-01-15 13:30", "PM: UK has committed \u00a321.8 billion to Ukraine",
    ["Keir Starmer told MPs the UK had now committed \u00a321.8 billion in military, economic and humanitarian support to Ukraine since 2022.",
     "This appears to be right if you add together the government\u2019s published totals, but not all of that money has been spent. Around \u00a33 billion of the military pledges are for future years."],
    "aid", "aid", 2, "starmer-ukraine-support-total-claim"),
  E("2026-01-15 13:14", "New \u00a3450 million air defence package announced",
    ["The Prime Minister announced that the UK will fund 5,000 more lightweight air defence missiles for Ukraine, in a package worth \u00a3450 million.",
     "The missiles are made in Belfast and the first deliveries are due in the spring, Downing Street said. The package comes on top of the \u00a33 billion a year the government has pledged in military aid."],
    "aid", "aid", 3, "uk-air-defence-missiles-package-2026-01-15", n="the announcement itself (major package)"),
  E("2026-01-15 12:58", "Starmer: UK would lead \u2018multinational force\u2019 after a ceasefire",
    ["The Prime Minister confirmed that British troops would lead a multinational force in Ukraine if a ceasefire is agreed, with a headquarters planned in Kyiv.",
     "He said the force would be there to deter a renewed Russian attack rather than to police a front line, and that MPs would get a vote before any deployment."],
    "diplomacy", "diplomacy", 3, "uk-multinational-force-pledge-2026-01-15", n="head-of-government diplomatic position"),
  E("2026-01-15 12:40", "Viral clip of \u2018Ukrainian soldiers burning a Union flag\u2019 is fake",
    ["Ahead of the statement, a video claiming to show Ukrainian soldiers burning a Union flag was shared thousands of times on X.",
     "The clip has been edited: the original, posted by a Ukrainian brigade in December, shows soldiers burning a Russian flag. The colours were changed digitally."],
    "other", "security", 2, "fake-video-ukrainian-soldiers-union-flag", n="disinformation item: other/security"),
  ]))
for e in SEEDS[-1]["entries"]:
    e["a"] = "Maya Ellison and Rhys Carrow"

# ---------------------------------------------------------------- 13103 PolitiFact (article with sections, date only)
SEEDS.append(dict(
  id="13103", name="13103_politifact-article", ext="txt", source="PolitiFact", zone="America/New_York", render=r_politifact, dateonly=True,
  title="Fact-checking Donald Trump\u2019s claims about Ukraine aid and peace talks", kicker="Ukraine",
  byline="By Dana Whitcomb \u2022 January 19, 2026",
  short=["President Donald Trump repeated an inflated figure for U.S. aid to Ukraine at a weekend press conference.",
         "He was closer to the mark on battlefield deaths, but European aid has matched or exceeded U.S. aid by most counts.",
         "We could not verify what Russian President Vladimir Putin told him in a private call."],
  lede="At a press conference at Mar-a-Lago on Saturday, President Donald Trump spoke at length about the war in Ukraine and his administration\u2019s efforts to end it. We checked five of his statements.",
  sources=["Kiel Institute, Ukraine Support Tracker, accessed Jan. 18, 2026", "Kremlin, readout of telephone conversation with Donald Trump, Jan. 14, 2026",
           "Congress.gov, Ukraine-related supplemental appropriations, 2022-2024", "Email exchange with Ukraine\u2019s Ministry of Energy press office, Jan. 18, 2026"],
  basis="date only: the byline prints 'January 19, 2026' and no time appears anywhere on the page, so published is the local date 2026-01-19 without a time (as in the shared Euronews gold)",
  notes="Imitates a PolitiFact article (text scrape): one section per checked statement, the heading being the quoted statement; byline 'By Dana Whitcomb \u2022 January 19, 2026' with no time anywhere, so every entry's published is the date only ('2026-01-19'). The 'If Your Time is short' bullets are a summary box, not entries and not Key Points. The rulings ('We rate this claim False.') are part of the section text. Author for every section: Dana Whitcomb.",
  not_entries=["site name, Poynter line and navigation", "donation appeal 'Stand up for the facts! ...'", "kicker 'Ukraine'", "page title", "byline with date",
               "'If Your Time is short' heading and its three bullets (summary box)", "lede paragraph about the Mar-a-Lago press conference",
               "'Our Sources' list", "'Read About Our Process', 'Browse the Truth-O-Meter'", "copyright line"],
  entries=[
  E("2026-01-19", "\u2018We gave Ukraine $350 billion.\u2019",
    ["Trump has used this number many times, and the record does not support it.",
     "Congress approved about $175 billion in war-related aid across five bills in 2022 and 2024, and not all of it went directly to Ukraine. The Kiel Institute, which tracks pledges, puts U.S. allocations at about $130 billion. We rate this claim False."],
    "aid", "aid", 2, "trump-claim-350-billion-ukraine-aid"),
  E("2026-01-19", "\u2018Europe has given much less than we have.\u2019",
    ["This depends on how you count, but by most measures it is wrong.",
     "By the Kiel Institute\u2019s tally, European governments and EU institutions together have allocated more than the United States since 2022, especially once budget support and loans are included. Since early 2025, Washington has approved almost no new aid, while European countries buy American weapons for Ukraine through a NATO mechanism. We rate this claim Mostly False."],
    "aid", "aid", 2, "trump-claim-europe-gave-less"),
  E("2026-01-19", "\u2018Putin told me he wants to make a deal.\u2019",
    ["We can\u2019t know what was said in a private phone call.",
     "The Kremlin\u2019s readout of the Jan. 14 call said Putin was \u201copen to continuing dialogue\u201d but repeated Russia\u2019s demand that Ukraine withdraw from the rest of the Donetsk region. Without more evidence, we are not rating this statement."],
    "diplomacy", "diplomacy", 2, "trump-claim-putin-wants-deal"),
  E("2026-01-19", "\u2018Thousands of soldiers are dying every week.\u2019",
    ["Estimates of military deaths are uncertain, but this is in line with what independent researchers say.",
     "A study by a British think tank published in December estimated combined Russian and Ukrainian military deaths at between 1,500 and 3,000 a week in 2025. We rate this claim Mostly True."],
    "other", "frontline", 2, "trump-claim-weekly-soldier-deaths"),
  E("2026-01-19", "\u2018Ukraine\u2019s power plants have all been destroyed.\u2019",
    ["Russian strikes have badly damaged Ukraine\u2019s power system, but the claim goes too far.",
     "Ukraine\u2019s energy ministry says most large thermal and hydroelectric plants have been hit at least once since 2022, and many are out of service. Its three working nuclear plants, which produce more than half of the country\u2019s electricity, have not been struck. We rate this claim False."],
    "strikes", "strikes", 2, "trump-claim-ukraine-power-plants-destroyed", n="claim about damage from attacks: strikes"),
  ]))
for e in SEEDS[-1]["entries"]:
    e["a"] = "Dana Whitcomb"

# ---------------------------------------------------------------- 13104 AFP Fact Check (listing, HTML)
SEEDS.append(dict(
  id="13104", name="13104_afpfactcheck-list", ext="html", source="AFP Fact Check", zone="Europe/Paris", render=r_afp,
  title="Latest fact-checks",
  basis="card stamp 'Published on {s}' (24-hour clock, no zone printed: AFP's home zone Paris, CET = UTC+1 in January); local {d} in {z}",
  notes="Imitates the AFP Fact Check listing page (factcheck.afp.com, HTML). Newest first; each card has a title, the desk credit ('AFP Ukraine', 'AFP Germany', ...; kept as author, as printed), 'Published on January 10, 2026 at 19:25' (no zone; Paris time assumed, CET) and a teaser paragraph. JSON-LD is only a WebSite/SearchAction node. Two cards are off the war (Queensland floods photo, measles clip): other/unrelated.",
  not_entries=["skip link, logo and menu", "language switcher", "page heading 'Latest fact-checks'", "card images", "newsletter box after the fourth card", "pager", "footer (methodology, IFCN line, copyright)"],
  entries=[
  E("2026-01-10 19:25", "AI-generated video falsely shows Ukrainian troops surrendering near Pokrovsk",
    ["A video of dozens of soldiers with Ukrainian flags on their sleeves walking towards a Russian position has been viewed more than two million times, with users claiming it shows a mass surrender near Pokrovsk. The footage was made with artificial intelligence: it carries the watermark of a video generator and shows tell-tale errors in the soldiers\u2019 hands and faces."],
    "other", "frontline", 2, "ai-video-ukrainian-surrender-pokrovsk", a="AFP Ukraine"),
  OFF("2026-01-10 17:10", "Photo of flooded Queensland highway dates from 2011",
      ["Social media posts claim a photo shows a highway near Rockhampton under water after this week\u2019s storms. The image was taken during the floods of January 2011."],
      "queensland-flood-photo-2011", a="AFP Australia", n="Australian weather"),
  E("2026-01-10 15:45", "Germany has not stopped arms deliveries to Ukraine",
    ["Posts in German and Russian claim Berlin has halted all weapons deliveries to Ukraine because of budget cuts. The defence ministry said deliveries continue as planned, and the 2026 federal budget sets aside 11.5 billion euros for military support to Ukraine."],
    "aid", "aid", 2, "false-claim-germany-halts-arms-to-ukraine", a="AFP Germany"),
  E("2026-01-10 13:20", "Photo does not show Russian strike on a Kyiv maternity hospital",
    ["An image of a burning building captioned as a Kyiv maternity ward hit by a Russian missile on January 9 was taken in Dnipro in 2023, a reverse image search shows. A Russian drone attack on Kyiv that night damaged residential buildings in two districts, city officials said, but no hospital was hit."],
    "strikes", "strikes", 2, "miscaptioned-photo-kyiv-maternity-hospital", a="AFP Ukraine"),
  OFF("2026-01-10 11:05", "Clip of crowded hospital ward misrepresented as Texas measles outbreak",
      ["A video shared as showing an overcrowded Texas hospital during a measles outbreak was filmed in a hospital in Romania in 2019."],
      "measles-clip-misattributed-texas", a="AFP USA", n="US health"),
  E("2026-01-10 09:30", "Posts falsely claim EU loan will pay Ukrainian pensions with European taxpayers\u2019 money",
    ["Posts in several languages claim that a new EU loan for Ukraine will be used to pay Ukrainian pensions with money taken from European taxpayers. The European Commission said the loan supports Ukraine\u2019s budget and defence needs under conditions agreed by member states, and no part of it is earmarked for individual pensions."],
    "aid", "aid", 2, "false-claim-eu-loan-ukrainian-pensions", a="AFP Europe"),
  E("2026-01-10 07:50", "Fabricated news report claims Zelensky bought a villa in Tuscany",
    ["A video made to look like a Euronews report claims President Volodymyr Zelensky bought a 14-million-euro villa in Tuscany through a relative. Euronews said it never produced the video, and Italian property records show no such sale."],
    "other", "politics", 2, "fake-report-zelensky-tuscany-villa", a="AFP Ukraine"),
  ]))
for i, e in enumerate(SEEDS[-1]["entries"]):
    e["doc"] = ["39XK4P7", "39XJ8QM", "39XH2RD", "39XG6TW", "39XF9AB", "39XE3CV", "39XD7ZN"][i]

# ---------------------------------------------------------------- 13105 Snopes (listing, text)
SEEDS.append(dict(
  id="13105", name="13105_snopes-latest", ext="txt", source="Snopes", zone="America/Los_Angeles", render=r_snopes,
  title="Latest Fact Checks",
  basis="card stamp '{s}' (12-hour clock with 'PST' printed = UTC-8); local {d} in {z}",
  notes="Imitates Snopes' 'Latest Fact Checks' listing (text scrape). Newest first; each card: question headline, 'Rating: ...', one description line, 'By NAME', then 'Jan. 25, 2026, 2:50 p.m. PST'. All cards fall on 25 January 2026 in UTC too (08:00-23:59 UTC = 00:00-15:59 PST). Two cards are off the war (Super Bowl venue hoax, fake blizzard map). 13105-03 verifies footage of a deadly strike but is itself a fact-check (importance 2). The rating line is chrome, not body.",
  not_entries=["site name, search, navigation, sign-in links", "membership promo line", "page heading 'Latest Fact Checks'", "each card's 'Rating: ...' line",
               "advertisement marker and newsletter promo after the third card", "'Load More'", "footer and copyright"],
  entries=[
  E("2026-01-25 14:50", "Did Zelenskyy Cancel Ukraine\u2019s Elections Indefinitely?",
    ["Ukraine\u2019s constitution bars national elections while martial law is in force, and parliament extended martial law again in January 2026. But President Volodymyr Zelenskyy has said a vote could be held within months of a ceasefire, so the claim that elections were cancelled for good is misleading."],
    "other", "politics", 2, "snopes-zelenskyy-elections-claim", a="Jordan Ellery", rating="Mixture"),
  OFF("2026-01-25 12:15", "No, the NFL Did Not Move Super Bowl LX Out of California",
      ["A satirical post claiming the league had moved the Feb. 8 game to Las Vegas was shared as if it were real. The game remains scheduled for Levi\u2019s Stadium in Santa Clara."],
      "super-bowl-venue-hoax", a="Marcus Dale", n="US sport", rating="False"),
  E("2026-01-25 10:30", "Video Shows Russian Drone Striking Kyiv Apartment Block?",
    ["The footage, which spread on Jan. 24, 2026, was filmed in Kyiv\u2019s Obolonskyi district during a Russian drone attack that killed three people, according to city officials. We matched the building and the street layout to satellite imagery."],
    "strikes", "strikes", 2, "snopes-video-drone-kyiv-apartment-block", a="Priya Natarajan", rating="Correct Attribution",
    n="fact-check confirming footage of a strike: strikes, importance 2"),
  E("2026-01-25 08:45", "Did the US Send Ukraine $200 Million in Cash Last Week?",
    ["No record shows such a cash transfer, and the U.S. has approved no new direct aid package for Ukraine since early 2025. The claim began with an anonymous account on X and was copied by dozens of others."],
    "aid", "aid", 2, "snopes-us-cash-to-ukraine-claim", a="Marcus Dale", rating="False"),
  OFF("2026-01-25 06:20", "Is This Viral \u2018Blizzard Warning\u2019 Map for Texas Real?",
      ["The map was made with an online weather graphics tool and was not issued by the National Weather Service."],
      "fake-texas-blizzard-map", a="Jordan Ellery", n="US weather", rating="Fake"),
  E("2026-01-25 03:10", "Did Russia Ban Christmas Trees in Occupied Areas of Ukraine?",
    ["Ukrainian officials say occupation authorities discouraged some holiday celebrations in occupied towns, but we found no evidence of a formal ban on Christmas trees."],
    "other", "humanitarian", 2, "snopes-christmas-trees-occupied-ukraine", a="Priya Natarajan", rating="Unproven"),
  ]))

# ---------------------------------------------------------------- 13106 Bellingcat (timeline article, HTML)
SEEDS.append(dict(
  id="13106", name="13106_bellingcat-timeline", ext="html", source="Bellingcat", zone="Europe/Kyiv", render=r_bellingcat,
  title="What We Know About the Overnight Strikes on Kharkiv, Lviv and Bryansk",
  url="https://www.bellingcat.com/news/2026/02/01/what-we-know-overnight-strikes-kharkiv-lviv-bryansk/",
  published="2026-02-01 20:30", authors=["Anna Reitz", "Oleksii Marchenko"], byline="By Anna Reitz and Oleksii Marchenko",
  intro=["Overnight on February 1, Russian missiles and drones hit targets in Kharkiv and near Lviv, while Ukrainian drones struck a fuel depot in Russia\u2019s Bryansk region.",
         "Below we set out what open sources show, in the order the events unfolded, and where official accounts and online claims do not match the evidence."],
  tznote="All times are Kyiv time (EET, UTC+2).",
  outro=["We will update this article as more information becomes available."],
  basis="timeline item time '{s}' (Kyiv time, EET = UTC+2, printed in the note above the timeline) on the article date 'February 1, 2026'; local {d} in {z}",
  notes="Imitates a Bellingcat article (WordPress + Yoast @graph JSON-LD, whose datePublished is the article's own time, 18:30 UTC, not the items'). The entries are the timeline items: a bold bare 'HH:MM' (Kyiv time, as the note 'All times are Kyiv time (EET, UTC+2).' says), an h3 heading and text, oldest first. Three separate events of the same night: the deadly Kharkiv ballistic strike (4 items: first reports, geolocation, Russian MoD claim, pro-Kremlin counter-claim), the drone strike on a substation near Lviv, and the Ukrainian drone strike on the Unecha fuel depot in Bryansk region (2 items). They must not merge with each other. Page byline (two names) for every entry.",
  not_entries=["header logo and navigation", "category label", "article title", "date and byline line", "translations line", "two intro paragraphs",
               "'Timeline' heading", "time-zone note 'All times are Kyiv time (EET, UTC+2).'", "photo caption in the third item", "closing line 'We will update this article ...'",
               "tags", "donation box", "related articles", "footer"],
  entries=[
  E("2026-02-01 02:40", "Ballistic missiles hit Kharkiv\u2019s Kholodnohirskyi district",
    ["Kharkiv mayor Ihor Terekhov reported a series of explosions in the city\u2019s Kholodnohirskyi district on Telegram. Less than an hour later, regional governor Oleh Syniehubov said two people had been killed and fourteen wounded.",
     "Videos filmed by residents show a five-storey residential building with its upper floors collapsed."],
    "strikes", "strikes", 3, "kharkiv-ballistic-strike-2026-02-01", n="deadly strike; must not merge with the Lviv or Bryansk strikes of the same night"),
  E("2026-02-01 03:55", "Drones strike electrical substation near Lviv",
    ["Lviv regional governor Maksym Kozytskyi said drones had hit an energy facility in the Lviv district, causing power cuts in several villages. No one was injured.",
     "We geolocated two videos of the fire to a substation about 12 kilometres east of the city centre."],
    "strikes", "strikes", 2, "lviv-substation-drone-strike-2026-02-01", n="must not merge with the Kharkiv strike (same night, other city)"),
  E("2026-02-01 05:20", "Footage geolocated to residential block in Kharkiv",
    ["Using the shape of the building, a nearby school and a row of garages, we matched the most widely shared video of the Kharkiv strike to an apartment block on Poltavskyi Shliakh street.",
     "Satellite imagery captured later in the morning shows a crater in the courtyard consistent with a ballistic missile impact."],
    "strikes", "strikes", 3, "kharkiv-ballistic-strike-2026-02-01", cap="A still from a resident\u2019s video, matched to the apartment block. Source: Telegram."),
  E("2026-02-01 07:10", "Ukrainian drones hit oil depot in Russia\u2019s Bryansk region",
    ["Bryansk governor Alexander Bogomaz said air defences had repelled a drone attack on the region and that falling debris had started a fire at \u201can industrial facility\u201d.",
     "Videos posted to Russian Telegram channels show a large fire at a fuel storage site on the outskirts of the town of Unecha, which we were able to geolocate."],
    "strikes", "strikes", 2, "unecha-fuel-depot-drone-strike-2026-02-01", n="Ukrainian strike on Russia; must not merge with the Russian strikes on Kharkiv and Lviv"),
  E("2026-02-01 09:30", "Russian Defence Ministry says it hit a drone workshop in Kharkiv",
    ["Russia\u2019s Defence Ministry said its forces had carried out a \u201cprecision strike\u201d on a workshop assembling long-range drones in Kharkiv.",
     "It did not give a location. None of the footage we reviewed shows military equipment at the site, and the building that was hit is listed in the city\u2019s property register as residential."],
    "strikes", "strikes", 3, "kharkiv-ballistic-strike-2026-02-01", n="official claim about the Kharkiv attack: same story"),
  E("2026-02-01 12:45", "Pro-Kremlin channels blame Ukrainian air defence for Kharkiv damage",
    ["Several large pro-Kremlin Telegram channels began sharing a claim that the Kharkiv building had been hit by a falling Ukrainian air-defence missile, contradicting the Russian Defence Ministry\u2019s own statement.",
     "The channels used a photo of missile debris that was first published in Kharkiv in May 2024."],
    "strikes", "strikes", 3, "kharkiv-ballistic-strike-2026-02-01", n="counter-claim about the same attack: same story"),
  E("2026-02-01 14:20", "Satellite image shows burned tanks at the Unecha depot",
    ["A satellite image taken shortly after midday shows at least four scorched storage tanks at the Unecha site, with smoke still rising from one of them."],
    "strikes", "strikes", 2, "unecha-fuel-depot-drone-strike-2026-02-01"),
  ]))
for e in SEEDS[-1]["entries"]:
    e["a"] = "Anna Reitz and Oleksii Marchenko"

# ---------------------------------------------------------------- 13107 DFRLab Russian War Report (sections, HTML)
SEEDS.append(dict(
  id="13107", name="13107_dfrlab-warreport", ext="html", source="DFRLab", zone="America/New_York", render=r_dfrlab,
  title="Russian War Report: Forged evacuation order targets Zaporizhzhia residents",
  url="https://www.atlanticcouncil.org/blogs/new-atlanticist/russian-war-report-forged-evacuation-order-targets-zaporizhzhia-residents/",
  published="2026-03-06 10:15", byline="By Digital Forensic Research Lab",
  blurb="The DFRLab follows Russia\u2019s war against Ukraine across the military, cyber and information domains. This edition collects our latest findings.",
  basis="no time is printed (visible date 'March 6, 2026' only); the publication time comes from the Yoast JSON-LD datePublished '2026-03-06T15:15:00+00:00' = 10:15 EST in Washington (the Atlantic Council's home zone); every section gets it; local {d} in {z}",
  notes="Imitates a DFRLab 'Russian War Report' on the Atlantic Council site (WordPress + Yoast @graph JSON-LD). One entry per h2 section; each section ends with an em-dash author signature ('\u2014Iryna Kovalchuk'), used as that entry's author. The page shows only the date 'March 6, 2026'; the time comes from JSON-LD datePublished (15:15 UTC); the page byline 'By Digital Forensic Research Lab' is not used because every section is signed. 13107-02 (deadly drone strike on the Shostka rail depot) is importance 3.",
  not_entries=["header and navigation", "breadcrumb", "eyebrow 'DFRLab'", "page title", "byline 'By Digital Forensic Research Lab'", "date line", "share links",
               "italic intro blurb", "each section's em-dash signature line", "'Cite this Russian War Report: ...' line", "DFRLab boilerplate paragraph", "'Further reading' link", "footer"],
  entries=[
  E("2026-03-06 10:15", "Telegram channels circulate forged evacuation order for Zaporizhzhia",
    ["On March 3, a forged order from the Zaporizhzhia regional military administration began circulating on Telegram, telling residents of three city districts to leave within 48 hours.",
     "The administration called the document fake. We traced its first appearance to a channel that has previously spread material from Russian influence operations, and found that 41 accounts posted it within ten minutes, a pattern typical of coordinated amplification."],
    "other", "humanitarian", 2, "forged-zaporizhzhia-evacuation-order-2026-03", a="Iryna Kovalchuk"),
  E("2026-03-06 10:15", "Drone strike on Shostka rail depot kills two workers",
    ["Two railway workers were killed and four injured when Russian drones struck a locomotive depot in Shostka, in Ukraine\u2019s Sumy region, on March 5, Ukrzaliznytsia said.",
     "It was the third strike on rail infrastructure in Sumy region in a week. Open-source imagery we reviewed shows damage to two diesel locomotives and the depot roof."],
    "strikes", "strikes", 3, "shostka-rail-depot-drone-strike-2026-03-05", a="Oleksandr Hrytsenko"),
  E("2026-03-06 10:15", "Russian outlets twist Kallas remarks on frozen assets",
    ["Russian state media reported that EU foreign policy chief Kaja Kallas had \u201cadmitted\u201d the bloc was preparing to confiscate Russian assets to buy weapons.",
     "In the remarks, made to reporters in Brussels on March 4, Kallas said the EU would keep the assets immobilised until Russia pays for the damage it has caused. She did not mention weapons purchases."],
    "diplomacy", "diplomacy", 2, "kallas-frozen-assets-remarks-distorted", a="Jakub Lewandowski"),
  E("2026-03-06 10:15", "North Korean shells recovered in Zaporizhzhia region, investigators say",
    ["Ukrainian prosecutors published photos of artillery shell fragments with Korean-language markings recovered after the shelling of Stepnohirsk in late February.",
     "The markings match those documented on North Korean 122mm rounds in earlier investigations, adding to evidence that Pyongyang\u2019s ammunition deliveries to Russia continue."],
    "aid", "aid", 2, "north-korean-shells-zaporizhzhia-2026-03", a="Oleksandr Hrytsenko", n="arms transfer to Russia: aid"),
  E("2026-03-06 10:15", "Hungarian campaign ads recycle Russian claims about Ukraine",
    ["Ahead of Hungary\u2019s April parliamentary election, paid political ads seen by more than three million users claim that Ukraine\u2019s EU accession would ruin Hungarian farmers and drag the country into the war.",
     "Several ads reuse images and phrasing that first appeared on Russian state-affiliated websites, our review of Meta\u2019s ad library found."],
    "other", "politics", 2, "hungary-campaign-ads-ukraine-narratives", a="Jakub Lewandowski"),
  E("2026-03-06 10:15", "Russia claims village near Lyman; footage suggests otherwise",
    ["Russia\u2019s Defence Ministry said on March 5 that its troops had captured the village of Zarichne near Lyman in Donetsk region.",
     "The video it released as proof shows soldiers raising a flag beside a building that we geolocated to a different village about six kilometres to the east, which Russian forces already held."],
    "other", "frontline", 2, "russia-claims-zarichne-near-lyman-2026-03", a="Iryna Kovalchuk"),
  ]))

# ---------------------------------------------------------------- 13108 Detector Media (news feed, text)
SEEDS.append(dict(
  id="13108", name="13108_detectormedia-news", ext="txt", source="Detector Media", zone="Europe/Kyiv", render=r_detector,
  title="All news",
  basis="bare item time '{s}' (Kyiv time, no zone printed: EET = UTC+2) under the date header of its day; local {d} in {z}",
  notes="Imitates the English 'All news' feed of Detector Media (text scrape). Newest first, date headers ('22 February 2026', '21 February 2026'), each item a bare Kyiv time line, headline and lead text; no authors. The page was captured after local midnight: the top two items sit under '22 February 2026' (00:35 and 01:20 EET) but are 21 February in UTC, so the whole page is one UTC day (2026-02-21). 13108-06 (book festival dates) is off the war. The Telegram promo after the fourth item is chrome.",
  not_entries=["site name, language switch, navigation, support link", "page heading 'All news'", "date header lines", "Telegram promo after the fourth item", "'Show more news'", "copyright and footer"],
  entries=[
  E("2026-02-22 01:20", "Russian drone hits TV tower in Sumy region",
    ["A Russian drone struck a television and radio tower near Okhtyrka overnight, taking Suspilne Sumy and two local channels off the air, the regional administration said. No one was hurt."],
    "strikes", "strikes", 2, "okhtyrka-tv-tower-drone-strike-2026-02-22"),
  E("2026-02-22 00:35", "Telegram channels spread fake order on mobilising women",
    ["A forged Defence Ministry order claiming that women aged 20 to 45 with medical training will be called up from March is circulating on Telegram, the Centre for Countering Disinformation said.",
     "The ministry said no such order exists. Ukrainian law allows women to serve in the army only as volunteers."],
    "other", "politics", 2, "fake-order-mobilising-women-2026-02"),
  E("2026-02-21 19:45", "Camera operator killed in drone strike near Sloviansk",
    ["A camera operator for a Ukrainian television channel was killed and a correspondent wounded when a Russian FPV drone hit their car near Sloviansk, the National Union of Journalists of Ukraine said.",
     "The crew\u2019s car was marked as press, and they were filming a report on the evacuation of civilians, the channel said."],
    "strikes", "strikes", 3, "sloviansk-drone-kills-camera-operator-2026-02-21", n="deadly strike"),
  E("2026-02-21 16:10", "National Council fines broadcaster over Russian singer\u2019s concert clip",
    ["Ukraine\u2019s media regulator fined a Kyiv regional channel 180,000 hryvnias for airing a concert fragment featuring a Russian singer who supports the invasion."],
    "other", "politics", 2, "national-council-fines-channel-russian-singer"),
  E("2026-02-21 13:05", "EU adds three Russian outlets to broadcast ban",
    ["The EU\u2019s new sanctions package extends the broadcasting ban to three more Russian state-controlled media outlets, including a channel aimed at audiences in Moldova, according to the text published in the Official Journal."],
    "diplomacy", "diplomacy", 2, "eu-sanctions-russian-outlets-broadcast-ban-2026-02"),
  OFF("2026-02-21 10:30", "Book Arsenal festival announces dates for its Kyiv edition",
      ["The Book Arsenal festival will take place in Kyiv in late May at its usual venue, the organisers said, with more than 300 events on the programme."],
      "book-arsenal-festival-dates-2026", n="culture"),
  E("2026-02-21 07:40", "Hackers hijack regional TV stream to show deepfake of Zelensky",
    ["Hackers took over the online stream of a regional broadcaster in Chernihiv for about ten minutes on Saturday morning and showed a fabricated video of President Volodymyr Zelensky announcing a surrender, the channel said.",
     "The SBU security service said it was investigating and blamed a unit of Russian military intelligence."],
    "other", "security", 2, "chernihiv-tv-stream-hijack-deepfake-2026-02-21"),
  ]))

# ---------------------------------------------------------------- 13109 Lead Stories (listing, HTML)
SEEDS.append(dict(
  id="13109", name="13109_leadstories-home", ext="html", source="Lead Stories", zone="America/New_York", render=r_leadstories,
  title="Latest Fact Checks",
  basis="card stamp '{s}' (12-hour clock, no zone printed: Lead Stories' home zone, Eastern daylight time = UTC-4 after 8 March); local {d} in {z}",
  notes="Imitates the Lead Stories front listing (HTML, no JSON-LD). Newest first; 'Fact Check: ... Does NOT ...' headlines; each card 'Written by NAME | Mar 22, 2026 6:48 PM' (no zone; Eastern time assumed, EDT since 8 March) and a teaser paragraph. Two cards are off the war (Oklahoma tornado photo, grocery chain hoax). The newsletter box after the third card is chrome.",
  not_entries=["top bar links", "logo and navigation", "page heading 'Latest Fact Checks'", "card images", "newsletter box after the third card", "'Older stories' link", "footer (IFCN line, copyright)"],
  entries=[
  E("2026-03-22 18:48", "Fact Check: Video Does NOT Show Ukrainian Drone Hitting The Kremlin In March 2026 -- It\u2019s From 2023",
    ["A video of a small explosion above a Kremlin dome is being shared as if it showed a new Ukrainian drone attack on Moscow. The footage was first published in May 2023, when two drones were destroyed over the Kremlin."],
    "strikes", "strikes", 2, "old-kremlin-drone-video-shared-as-new", a="Alan Brighton"),
  E("2026-03-22 16:05", "Fact Check: Zelensky Did NOT Say Ukraine Will Give Up Donbas For Peace -- Quote Is Fabricated",
    ["A quote card attributing to Ukrainian President Volodymyr Zelensky the words \u201cDonbas is a price worth paying for peace\u201d does not match any of his speeches or interviews. His office called it a forgery."],
    "diplomacy", "diplomacy", 2, "fabricated-zelensky-donbas-quote", a="Ilse Varga"),
  OFF("2026-03-22 13:30", "Fact Check: Photo Does NOT Show Tornado Hitting Oklahoma City On March 21, 2026",
      ["The image shows a tornado near Moore, Oklahoma, in May 2013. It has been recycled after several severe storms since then."],
      "oklahoma-tornado-photo-2013", a="Tomas Rusk", n="US weather"),
  E("2026-03-22 11:12", "Fact Check: NATO Did NOT Announce Troops Will Deploy To Ukraine Next Week",
    ["A post claiming that NATO Secretary General Mark Rutte announced a deployment of allied troops to Ukraine is based on a doctored screenshot of a news site. NATO has no plans to deploy forces to Ukraine, its spokesperson said."],
    "diplomacy", "diplomacy", 2, "false-claim-nato-troops-to-ukraine", a="Ilse Varga"),
  E("2026-03-22 09:40", "Fact Check: Pentagon Did NOT Halt All Weapons Shipments To Ukraine On March 20",
    ["Posts claiming a total halt in US weapons deliveries misrepresent a Pentagon statement about a review of one air-defence interceptor contract. Deliveries of weapons bought by European allies for Ukraine continue, the department said."],
    "aid", "aid", 2, "false-claim-pentagon-halts-ukraine-weapons", a="Alan Brighton"),
  OFF("2026-03-22 07:25", "Fact Check: Grocery Chain Is NOT Closing All Its Stores In April",
      ["A viral post about the closure of every store in a national supermarket chain is a hoax; the company said it is closing eleven underperforming locations."],
      "grocery-chain-closure-hoax", a="Tomas Rusk", n="US retail"),
  E("2026-03-22 05:10", "Fact Check: Image Of \u2018Russian Soldiers In Kherson City Center\u2019 Is AI-Generated",
    ["An image claiming to show Russian troops patrolling the center of Kherson was created with an AI tool: street signs are unreadable and one soldier has three hands. Kherson has been under Ukrainian control since November 2022."],
    "other", "frontline", 2, "ai-image-russian-soldiers-kherson", a="Tomas Rusk"),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_dunstaffen(S):
    """text live, newest first; 'Key Points' list; headline FIRST, then a '21:10 GMT' line, body, 'Reporting by NAME'."""
    z = S["zone"]; order_check(S, True)
    top = dt(S["entries"][0]["t"], z)
    L = [S["source"].upper(), "Home | UK | World | Business | Opinion | Sport | Live", "", "LIVE", S["title"], S["dateline"], f"Last updated {top:%H:%M} GMT", "",
         S["lede"], "", "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} GMT"; stamps.append(st)
        L += [e["h"], st, ""]
        if e["p"]:
            L += ptxt(e["p"])
        else:
            L += ["[Video, 0:48]", ""]
        if e["a"]:
            L += [f"Reporting by {e['a']}", ""]
        if i == 2:
            L += [f"Get the {S['source']} war briefing in your inbox every morning. Sign up", ""]
    L += ["Show older posts", "", f"\u00a9 {S['source']} 2026 | Terms | Privacy | Complaints"]
    return "\n".join(L) + "\n", stamps


def r_penvarrow(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with per-update datePublished and headline; visible '09:20' in <time datetime>; author under the headline."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 101}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>', ldjson(ld), '</head><body>',
           f'<div class="cookie">This site uses cookies. <button>Accept</button> <button>Manage</button></div>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a href="/war">War</a> <a href="/ukraine">Ukraine</a> <a href="/world">World</a> '
           '<a href="/economy">Economy</a> <a href="/donate">Donate</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>', '<section class="live-feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="post" id="post-{i + 101}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="post-author">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="post-share"><a>Copy link</a> <a>Telegram</a> <a>X</a></div></article>')
        if i == 3:
            out.append('<aside class="read-also"><h3>Read also</h3><a href="/war/ports-explained">How Ukraine keeps its Black Sea corridor open</a></aside>')
    out += ['</section></main>', f'<footer>{esc(S["source"])} \u00b7 Editorial policy \u00b7 Advertising \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):
    """RSS 2.0 world feed, newest first: pubDate with 'GMT' (S['rfc'] == 'GMT') or the numeric offset; CDATA paragraphs; category; dc:creator when an author exists."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<atom:link href="{S["url"]}/rss.xml" rel="self" type="application/rss+xml"/>',
           f'<description>{esc(S["lede"])}</description>', '<language>en</language>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), S["rfc"] == "GMT")}</lastBuildDate>', '<ttl>15</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, S["rfc"] == "GMT"); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{e.get("cat", "world").lower()}/{slug(e["h"], 50)}</link>',
                f'<guid isPermaLink="false">{S["guid"]}-{i + 3301}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO with the outlet's offset (Z for UTC); escaped HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    iso = lambda d: d.isoformat().replace("+00:00", "Z")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>tag:{S["url"].split("//")[1]},2026:feed</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>',
           f'<rights>\u00a9 {esc(S["source"])}</rights>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" href="{S["url"]}/{d:%Y/%m/%d}/{slug(e["h"], 50)}"/>',
                f'<id>tag:{S["url"].split("//")[1]},2026:{i + 7710}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        if e.get("cat"):
            out.append(f'<category term="{attr(e["cat"])}"/>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_cairnholt(S):
    """text live, oldest first; '6:20 a.m. EST' line before each headline; dateline with year; page byline; no per-post authors."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "News  \u00b7  World  \u00b7  Politics  \u00b7  Business  \u00b7  Sports  \u00b7  Opinion", "", "LIVE UPDATES", S["title"], S["byline"], S["dateline"], "",
         S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} EST"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i in (2, 5):
            L += ["ADVERTISEMENT", ""]
    L += ["Our live coverage has ended for today.", "", f"{S['source']}  \u00b7  Contact  \u00b7  Subscriber agreement  \u00b7  Privacy policy"]
    return "\n".join(L) + "\n", stamps


def r_oderbrook(S):
    """HTML live, oldest first, no JSON-LD; bare '12:05' span before the h3; page note 'All times CET'; author line after the h3; gallery teaser."""
    z = S["zone"]; order_check(S, False)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 {esc(S["source"])}</title></head><body>',
           '<div id="gdpr">We value your privacy. <button>Agree</button> <button>More options</button></div>',
           f'<header><strong>{esc(S["source"])}</strong> <nav><a>Poland</a> <a>Region</a> <a>Europe</a> <a>Ukraine war</a> <a>Business</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])} | {esc(S["tznote"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="relacja-wpis"><span class="hour">{st}</span><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="autor">{esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">[Gallery: 12 photos]</div>')
        out.append('</div>')
        if i == 2:
            out.append('<aside><h4>Also read</h4><a href="/europe/shadow-fleet-baltic">Shadow fleet tankers off the Polish coast: what the navy sees</a></aside>')
    out += ['<p class="archive"><a href="/live/ukraine-8-february">Sunday\u2019s live coverage</a></p></main>',
            f'<footer>{esc(S["source"])} \u00b7 About us \u00b7 Advertising \u00b7 Privacy policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_article(S):
    """text article with section headings (one entry per section), page byline and a dateline with time and zone; no per-section stamp."""
    L = [S["source"], "Home  /  Ukraine  /  War", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Share:  Facebook  \u00b7  X  \u00b7  Telegram  \u00b7  Email", ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += [S["more"], "", f"\u00a9 {S['source']} 2026  \u00b7  About  \u00b7  Editorial standards"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_vorskla(S):
    """text live, oldest first; date line with weekday and day but no year; bare '08:05' line before the headline; two-name page byline."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "Live  \u00b7  Poltava region  \u00b7  Ukraine  \u00b7  World  \u00b7  Explainers", "", S["title"], S["dateline"], S["byline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["[video]", ""]
        if i == 4:
            L += ["Support independent regional journalism. Become a member.", ""]
    L += ["That\u2019s all from us today. Live coverage resumes tomorrow morning.", "", f"{S['source']} \u00b7 Team \u00b7 Contacts \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_lindenhafen(S):
    """HTML live, newest first; LiveBlogPosting JSON-LD whose liveBlogUpdate items repeat the PAGE's headline and datePublished
    (only articleBody is per update); visible per-entry '20:15' in <time datetime>; note 'All times CET'; signature after the body."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}?entry={9400 + i}", "headline": S["title"], "datePublished": first.isoformat(),
            "dateModified": last.isoformat(), "articleBody": " ".join(e["p"])[:400]} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "coverageEndTime": (last + timedelta(hours=2)).isoformat(),
          "author": [{"@type": "Person", "name": n} for n in S["authors"]], "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>', ldjson(ld), '</head><body>',
           f'<header>{esc(S["source"])} <nav><a>Hamburg</a> <a>Germany</a> <a>World</a> <a>Business</a> <a>Live</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])} \u00b7 {esc(S["tznote"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="ticker-entry" id="entry-{9400 + i}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="signature">\u2013 {esc(e["a"])}</p>')
        out.append('</div>')
        if i == 1:
            out.append('<div class="promo">Our morning briefing: the night\u2019s news from Ukraine at 6am. <a>Subscribe</a></div>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Imprint \u00b7 Privacy \u00b7 Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ================================================================ PART B: three invented multi-source days
# ---------------------------------------------------------------- day 1 (2026-02-08)
ODESA = "odesa-port-strike-2026-02-08"
IZMAIL = "izmail-port-drone-attack-2026-02-08"
RUBIO = "rubio-lavrov-call-2026-02-08"
IRIS = "germany-iris-t-pledge-2026-02-08"
IRIS_H = "Pistorius: Germany will deliver two IRIS-T systems this spring"
IRIS_P = ["Germany will hand Ukraine two more IRIS-T air defence systems by the end of spring, Defence Minister Boris Pistorius told the broadcaster ZDF, adding that Berlin was also paying for missiles for the systems already in service."]

# ---------------------------------------------------------------- 13120 Dunstaffen Post
SEEDS.append(dict(
  id="13120", name="13120_dunstaffen-textlive", ext="txt", source="Dunstaffen Post", zone="Europe/London", render=r_dunstaffen,
  title="Ukraine war live: Odesa toll rises after Russian strike on port", dateline="Sunday 8 February 2026",
  lede="Russia hit the Black Sea port city of Odesa with missiles and drones overnight; Germany promises more air defence; US and Russian top diplomats talk by phone.",
  basis="post stamp '{s}' (printed after the headline; GMT = UTC) on the page date 'Sunday 8 February 2026'; local {d} in {z}",
  notes="Invented outlet (UK). Text live blog, newest first. Each post: headline FIRST, then a 'HH:MM GMT' line, body, 'Reporting by NAME' (author). A 'Key Points' block at the top lists three post headlines (key_point true, importance 3). 13120-05 is a 'Watch:' video teaser with no text ('[Video, 0:48]' placeholder) and no reporter. 13120-03 is a theme piece (analysis of attacks on Black Sea ports) that mentions the Odesa strike but is its own story. 13120-06 (deadly drone strike in Belgorod region) must not merge with the Odesa strike. 'Last updated 21:10 GMT' under the date line is page chrome.",
  not_entries=["outlet name and navigation", "'LIVE' label", "page title", "date line", "'Last updated 21:10 GMT' line", "lede", "'Key Points' heading and its three bullets (they repeat post headlines)",
               "'Latest' heading", "'[Video, 0:48]' placeholder in the teaser", "'Reporting by ...' lines", "newsletter promo after the third post", "'Show older posts'", "footer"],
  entries=[
  E("2026-02-08 21:10", "Odesa death toll rises to eight",
    ["Eight people are now known to have died in Sunday\u2019s Russian attack on Odesa, after rescuers pulled two more bodies from a collapsed apartment block in the Kyivskyi district, regional governor Oleh Kiper said.",
     "More than 30 people were injured. Several berths and a grain terminal in the port were damaged."],
    "strikes", "strikes", 3, ODESA, a="Fiona Hale", kp=True, n="toll 8"),
  E("2026-02-08 19:30", "Rubio and Lavrov discuss prisoner exchange in phone call",
    ["US Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov spoke by phone on Sunday about a proposed large prisoner exchange between Russia and Ukraine, the State Department said.",
     "Moscow\u2019s readout said the two men also discussed \u201cthe parameters of a settlement\u201d, but gave no details."],
    "diplomacy", "diplomacy", 3, RUBIO, a="Tom Ashworth", kp=True),
  E("2026-02-08 17:45", "Analysis: Why Russia keeps hammering Ukraine\u2019s Black Sea ports",
    ["Sunday\u2019s strike on Odesa is the latest in a campaign that has hit Ukraine\u2019s three main Black Sea ports more than 40 times since the autumn.",
     "Moscow\u2019s aim appears to be to choke the grain and steel exports that bring Ukraine hard currency, and to raise insurance costs for the foreign ships that still call there.",
     "So far exports have held up: Ukraine shipped more grain through its own corridor in January than a year earlier. But port operators say each attack costs days of work."],
    "strikes", "strikes", 2, "analysis-black-sea-ports-targeted", a="Fiona Hale",
    n="theme piece (analysis); mentions the Odesa strike but is its own story: must not merge with the Odesa strike"),
  E("2026-02-08 15:20", "Germany to send two more IRIS-T systems, Pistorius says",
    ["German Defence Minister Boris Pistorius said Berlin would deliver two more IRIS-T SLM air defence systems to Ukraine this spring, paid for from this year\u2019s military aid budget."],
    "aid", "aid", 3, IRIS, a="Tom Ashworth", kp=True),
  E("2026-02-08 12:05", "Watch: Smoke over Odesa port after overnight attack", [], "strikes", "strikes", 1, ODESA, n="teaser without body"),
  E("2026-02-08 10:40", "Drone strike on car kills man in Belgorod region, governor says",
    ["A man was killed when a Ukrainian drone hit his car near the town of Shebekino in Russia\u2019s Belgorod region, governor Vyacheslav Gladkov said."],
    "strikes", "strikes", 3, "belgorod-drone-strike-car-2026-02-08", a="Fiona Hale", n="deadly strike on the other side; must not merge with the Odesa strike"),
  E("2026-02-08 08:15", "Russian strike on Odesa kills three, damages port",
    ["Russia attacked Odesa with missiles and drones overnight, killing three people and damaging port infrastructure and a residential building, Ukrainian officials said.",
     "Ukraine\u2019s air force said it shot down 62 of 85 drones and four of seven missiles launched across the country."],
    "strikes", "strikes", 3, ODESA, a="Tom Ashworth", n="first report; toll 3"),
  ]))

# ---------------------------------------------------------------- 13121 Penvarrow Herald
SEEDS.append(dict(
  id="13121", name="13121_penvarrow-ldlive", ext="html", source="Penvarrow Herald", zone="Europe/Kyiv", render=r_penvarrow,
  title="Russia\u2019s war: Odesa and Izmail ports hit, Germany pledges air defence",
  url="https://penvarrow-herald.example/live/war-8-february-2026", dateline="Sunday, 8 February 2026 \u00b7 Kyiv time",
  lede="Live updates on the Russian attack on Odesa region\u2019s ports and the day\u2019s other developments.",
  basis="visible '{s}' in <time datetime> (Kyiv time, EET = UTC+2; the JSON-LD update carries the same instant) on 'Sunday, 8 February 2026'; local {d} in {z}",
  notes="Invented outlet (Ukraine, English edition). HTML live blog, oldest first, with LiveBlogPosting JSON-LD whose updates carry their own headline and datePublished (+02:00). Visible stamps are bare 'HH:MM' in <time datetime>; author line under the headline. 13121-05 repeats 13121-03 nearly verbatim (duplicate_of 13121-03). 13121-02 (drone strike on the Danube port of Izmail) must not merge with the Odesa city strike (same region, other target). 13121-04 (Zelensky's appeal for Patriot missiles) is an aid appeal of its own: must not merge with the German IRIS-T pledge.",
  not_entries=["cookie banner", "header and navigation", "page title", "dateline", "standfirst", "share links under each post", "'Read also' box after the fourth post", "footer"],
  entries=[
  E("2026-02-08 09:20", "Russia strikes Odesa with missiles and drones; three killed",
    ["Three people were killed and at least 15 wounded in a combined missile and drone attack on Odesa overnight, governor Oleh Kiper said.",
     "A nine-storey residential building partly collapsed, and fires broke out at the port."],
    "strikes", "strikes", 3, ODESA, a="Kateryna Moroz", n="toll 3"),
  E("2026-02-08 10:05", "Izmail port hit by drones, grain silo damaged",
    ["Russian drones struck the Danube port of Izmail in Odesa region before dawn, damaging a grain silo and a warehouse, the regional administration said. No casualties were reported."],
    "strikes", "strikes", 3, IZMAIL, a="Kateryna Moroz", n="must not merge with the Odesa city strike (same region, other target)"),
  E("2026-02-08 12:30", "Odesa toll rises to six as rescuers search rubble",
    ["The number of people killed in the Russian attack on Odesa has risen to six, emergency services said, as rescuers continued to search the damaged apartment block.",
     "Among the dead is a 12-year-old girl."],
    "strikes", "strikes", 3, ODESA, a="Andrii Savchuk", n="toll 6"),
  E("2026-02-08 13:15", "Zelensky: \u2018We need Patriot missiles, not condolences\u2019",
    ["President Volodymyr Zelensky urged Ukraine\u2019s partners to speed up deliveries of Patriot interceptors, saying Russia had fired ballistic missiles at Odesa that only Patriots can stop.",
     "\u201cEvery missile that arrives late leaves a city open,\u201d he said in a video statement."],
    "aid", "aid", 2, "zelensky-patriot-appeal-2026-02-08", a="Andrii Savchuk", sec=["diplomacy"],
    n="appeal for air defence (its own story); must not merge with the German IRIS-T pledge (same aid theme)"),
  E("2026-02-08 15:50", "Odesa toll rises to six as rescuers search rubble",
    ["The number of people killed in the Russian attack on Odesa has risen to six, emergency services said, as rescuers kept searching the damaged apartment block.",
     "Among the dead is a 12-year-old girl."],
    "strikes", "strikes", 1, ODESA, a="Andrii Savchuk", dup="13121-03", n="near-verbatim repeat of 13121-03"),
  E("2026-02-08 17:40", IRIS_H, IRIS_P, "aid", "aid", 3, IRIS, a="Andrii Savchuk"),
  E("2026-02-08 20:05", "Russia claims capture of Ternuvate in Zaporizhzhia region",
    ["Russia\u2019s Defence Ministry said its forces had captured Ternuvate, a village in the Zaporizhzhia region. Ukraine\u2019s General Staff said fighting in the area was continuing."],
    "other", "frontline", 2, "russia-claims-ternuvate-2026-02-08", a="Kateryna Moroz"),
  ]))

# ---------------------------------------------------------------- 13122 Tidewick World Service (general world feed)
SEEDS.append(dict(
  id="13122", name="13122_tidewick-worldrss", ext="xml", source="Tidewick World Service", zone="UTC", render=r_worldrss, rfc="GMT",
  title="Tidewick World Service \u2013 World", url="https://tidewick.example/world", guid="tws-20260208",
  lede="Top world stories from the Tidewick World Service",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, no authors. 4 of 6 items are off the war (Super Bowl, Portugal's presidential run-off, Winter Olympics, Madagascar cyclone). The war items spell the city 'Odessa' (toll 6) and report the Rubio-Lavrov call.",
  not_entries=["channel title, link, self link, description, language, lastBuildDate, ttl", "item link, guid and category elements"],
  entries=[
  OFF("2026-02-08 22:40", "Super Bowl LX under way in Santa Clara",
      ["The 60th Super Bowl kicked off at Levi\u2019s Stadium in Santa Clara, California, in front of a crowd of about 70,000."],
      "super-bowl-lx-kickoff", n="US sport", cat="Sport"),
  E("2026-02-08 20:15", "Odessa strike: six dead as Russia hits port city",
    ["Russian missiles and drones killed at least six people in the Ukrainian port city of Odessa on Sunday, officials said, in one of the deadliest attacks on the city this winter."],
    "strikes", "strikes", 3, ODESA, n="spelling 'Odessa'; toll 6"),
  OFF("2026-02-08 18:00", "Portugal votes in presidential run-off",
      ["Portuguese voters chose a new head of state on Sunday in the country\u2019s first presidential run-off in four decades."],
      "portugal-presidential-runoff-2026", n="Portuguese politics"),
  OFF("2026-02-08 15:30", "Winter Olympics: crowds pack Cortina for first weekend of alpine races",
      ["Spectators filled the slopes above Cortina d\u2019Ampezzo for the first weekend of alpine skiing at the Milan-Cortina Winter Olympics."],
      "winter-olympics-cortina-crowds", n="sport", cat="Sport"),
  E("2026-02-08 12:10", "US and Russian top diplomats hold call on prisoner exchange",
    ["Marco Rubio and Sergei Lavrov discussed a possible exchange of prisoners between Russia and Ukraine in a phone call on Sunday, according to both governments."],
    "diplomacy", "diplomacy", 3, RUBIO),
  OFF("2026-02-08 07:45", "Cyclone brings flooding to eastern Madagascar",
      ["A tropical cyclone made landfall on Madagascar\u2019s east coast overnight, flooding low-lying districts and forcing thousands of people from their homes, the national disaster office said."],
      "madagascar-cyclone-flooding-2026-02", n="weather disaster"),
  ]))

# ---------------------------------------------------------------- 13123 Greyling Press Agency (Atom)
SEEDS.append(dict(
  id="13123", name="13123_greyling-atom", ext="xml", source="Greyling Press Agency", zone="Europe/Berlin", render=r_atom,
  title="Greyling Press Agency \u2013 Ukraine", url="https://greyling-press.example/ukraine", lede="Agency copy on the war in Ukraine",
  basis="Atom <published> '{s}' (explicit +01:00 = CET); local {d} in {z}",
  notes="Invented outlet (German news agency, English service). Atom feed, newest first, <published> with +01:00, one author per entry. 13123-04 (Ukrainian drones over Krasnodar, drones the other way) must not merge with the Odesa strike; 13123-05 (Izmail) is the same event as 13121-02, not the Odesa city strike.",
  not_entries=["feed title, subtitle, links, id, updated and rights elements", "entry link, id and updated elements"],
  entries=[
  E("2026-02-08 21:35", "Eight killed in Odesa strike, regional governor says",
    ["The death toll from Russia\u2019s missile and drone attack on the Ukrainian port city of Odesa has risen to eight, regional governor Oleh Kiper said on Sunday evening.",
     "Kiper said 34 people were injured, four of them children."],
    "strikes", "strikes", 3, ODESA, a="Jonas Weller", n="toll 8"),
  E("2026-02-08 18:50", "Ukraine\u2019s parliament set to extend martial law for another 90 days",
    ["Ukraine\u2019s parliament is expected to vote this week on extending martial law and general mobilisation for another 90 days, lawmakers said, after President Volodymyr Zelensky submitted the decrees."],
    "other", "politics", 2, "ukraine-martial-law-extension-2026-02", a="Marta Sokil"),
  E("2026-02-08 16:10", "Berlin adds two IRIS-T systems to Ukraine air defence pledge",
    ["Germany will supply two more IRIS-T SLM air defence systems to Ukraine, Defence Minister Boris Pistorius said on Sunday, bringing the number of such systems promised by Berlin to more than a dozen."],
    "aid", "aid", 3, IRIS, a="Jonas Weller"),
  E("2026-02-08 13:25", "Russia says it downed 40 Ukrainian drones over Krasnodar region",
    ["Russia\u2019s Defence Ministry said air defences destroyed 40 Ukrainian drones over the Krasnodar region and the Black Sea overnight.",
     "The regional governor said a fire broke out at a fuel terminal in the port of Tuapse but was quickly put out."],
    "strikes", "strikes", 2, "krasnodar-drone-attack-2026-02-08", a="Marta Sokil", n="Ukrainian drones on Russia; must not merge with the Odesa strike"),
  E("2026-02-08 09:55", "Drone attack on Izmail damages port grain terminal",
    ["Russian drones hit the port of Izmail on the Danube overnight, damaging a grain terminal, Ukrainian officials said. There were no reports of casualties."],
    "strikes", "strikes", 3, IZMAIL, a="Marta Sokil", n="same event as 13121-02; must not merge with the Odesa city strike"),
  ]))

# ---------------------------------------------------------------- day 2 (2026-02-09)
KOST = "kostiantynivka-glide-bomb-strike-2026-02-09"
SANCT = "eu-20th-sanctions-package-proposal-2026-02-09"
DRUZH = "druzhkivka-shelling-2026-02-09"

# ---------------------------------------------------------------- 13130 Lisserton Times (general world feed, Atom)
SEEDS.append(dict(
  id="13130", name="13130_lisserton-worldatom", ext="xml", source="Lisserton Times", zone="Europe/Paris", render=r_atom,
  title="Lisserton Times \u2013 International", url="https://lisserton-times.example/international", lede="International news from the Lisserton Times",
  basis="Atom <published> '{s}' (explicit +01:00 = CET); local {d} in {z}",
  notes="Invented outlet (France, English edition). General world-news Atom feed, newest first, <published> with +01:00, no authors. 4 of 6 entries are off the war (Bangladesh election campaign, Super Bowl audience, Winter Olympics, cholera in Darfur). The Kostiantynivka strike is spelled 'Konstantinovka' (toll 6).",
  not_entries=["feed title, subtitle, links, id, updated and rights elements", "entry link, id, updated and category elements"],
  entries=[
  OFF("2026-02-09 22:10", "Bangladesh enters final days of election campaign",
      ["Parties in Bangladesh held their last big rallies ahead of this week\u2019s general election, the first since the 2024 uprising that ended Sheikh Hasina\u2019s rule."],
      "bangladesh-election-campaign-2026", n="South Asian politics"),
  E("2026-02-09 19:45", "EU proposes new sanctions aimed at Russia\u2019s shadow fleet",
    ["The European Commission proposed a 20th package of sanctions against Russia on Monday, adding more than 100 tankers of the so-called shadow fleet to its blacklist and tightening curbs on banks in third countries."],
    "diplomacy", "diplomacy", 3, SANCT),
  OFF("2026-02-09 16:30", "Super Bowl halftime show sets streaming record, league says",
      ["Sunday\u2019s Super Bowl halftime show was the most-streamed in the event\u2019s history, the NFL said on Monday."],
      "super-bowl-halftime-streaming-record", n="US sport/media", cat="Sport"),
  E("2026-02-09 14:05", "Glide bombs kill six in Konstantinovka, Ukraine says",
    ["Russian glide bombs killed six people at a market in the eastern Ukrainian town of Konstantinovka on Monday, regional officials said."],
    "strikes", "strikes", 3, KOST, n="spelling 'Konstantinovka'; toll 6"),
  OFF("2026-02-09 11:20", "Olympics: home crowds cheer Italian skiers in Bormio",
      ["Thousands of Italian fans lined the course in Bormio as home skiers raced at the Milan-Cortina Winter Games."],
      "winter-olympics-bormio-crowds", n="sport", cat="Sport"),
  OFF("2026-02-09 08:40", "Cholera cases rise in Sudan\u2019s Darfur, WHO warns",
      ["The World Health Organization said cholera cases in Sudan\u2019s Darfur region had doubled in a month, as fighting and displacement strain the few health facilities still working."],
      "darfur-cholera-2026-02", n="health/Sudan"),
  ]))

# ---------------------------------------------------------------- 13131 Cairnholt Daily (text live, US)
SEEDS.append(dict(
  id="13131", name="13131_cairnholt-textlive", ext="txt", source="Cairnholt Daily", zone="America/New_York", render=r_cairnholt,
  title="Russia-Ukraine war: Deadly strike on Donetsk market town; Odesa mourns", byline="By Nora Quill and Sam Petrakis",
  dateline="Monday, Feb. 9, 2026", lede="Follow our live coverage of the war in Ukraine. All times Eastern.",
  basis="post stamp '{s}' (12-hour clock, 'EST' printed = UTC-5) on the dateline 'Monday, Feb. 9, 2026'; local {d} in {z}",
  notes="Invented outlet (US). Text live blog, oldest first; '6:20 a.m. EST' line before each headline; one page byline with two names (author of every entry). 13131-03 re-publishes day 1's 13121-06 (Penvarrow Herald, Pistorius on IRIS-T) verbatim, as syndicated copy: importance 1, same story, duplicate_of null (duplicates are defined within a seed). 13131-01 continues the day-1 Odesa story with a new development (toll 9, day of mourning, port reopening). 13131-04 is a theme piece (analysis of Donetsk towns emptying) that mentions Kostiantynivka but is its own story. 13131-05 spells 'Kostyantynivka'. 13131-07 (shelling of Druzhkivka) must not merge with the Kostiantynivka strike.",
  not_entries=["outlet name and navigation", "'LIVE UPDATES' label", "page title", "byline", "dateline", "lede 'Follow our live coverage ...'", "two 'ADVERTISEMENT' markers",
               "closing line 'Our live coverage has ended for today.'", "footer"],
  entries=[
  E("2026-02-09 06:20", "Odesa mourns nine dead as port partly reopens",
    ["Odesa held a day of mourning on Monday after the death toll from Sunday\u2019s Russian strike rose to nine, city officials said. A woman pulled from the rubble died in hospital overnight.",
     "Port operators said two of the damaged berths had resumed loading grain."],
    "strikes", "strikes", 3, ODESA, n="continuation of the day-1 Odesa story: new development (toll 9, mourning, port reopening)"),
  E("2026-02-09 07:45", "Russian glide bombs hit Kostiantynivka market, killing four",
    ["Russian aircraft dropped at least two guided bombs on a market in Kostiantynivka in Ukraine\u2019s Donetsk region on Monday, killing four people, regional governor Vadym Filashkin said.",
     "The town lies about 15 kilometres from the front line and has been under near-daily attack for months."],
    "strikes", "strikes", 3, KOST, n="first report; toll 4"),
  E("2026-02-09 08:30", IRIS_H, IRIS_P, "aid", "aid", 1, IRIS,
    n="re-post of day-1 entry 13121-06 (verbatim syndicated copy of the Penvarrow Herald post), importance 1"),
  E("2026-02-09 10:10", "Analysis: Donetsk towns empty as the front creeps closer",
    ["Monday\u2019s attack on Kostiantynivka is a reminder of how little is left of normal life in the towns of the Donetsk region still held by Ukraine.",
     "Fewer than 8,000 of Kostiantynivka\u2019s pre-war population of 67,000 remain, officials say, most of them elderly. Buses leave twice a week for Dnipro, and volunteers drive out those who cannot walk.",
     "Officials in nearby Druzhkivka and Kramatorsk are preparing for the same exodus."],
    "other", "humanitarian", 2, "analysis-donetsk-towns-emptying", sec=["strikes"],
    n="theme piece (analysis); mentions Kostiantynivka but is its own story: must not merge with the strike"),
  E("2026-02-09 11:35", "Kostyantynivka toll climbs to seven",
    ["Seven people are now confirmed dead after Monday\u2019s glide-bomb attack on the market in Kostyantynivka, Ukraine\u2019s prosecutor general\u2019s office said. Eighteen people were wounded."],
    "strikes", "strikes", 3, KOST, n="spelling 'Kostyantynivka'; toll 7"),
  E("2026-02-09 13:15", "Witkoff to travel to Moscow next week, White House says",
    ["US special envoy Steve Witkoff will travel to Moscow next week for talks with Kremlin officials on a possible ceasefire, White House press secretary Karoline Leavitt said."],
    "diplomacy", "diplomacy", 2, "witkoff-moscow-trip-announced-2026-02-09"),
  E("2026-02-09 15:50", "Druzhkivka shelled hours after Kostiantynivka strike; three wounded",
    ["Russian artillery shelled the centre of Druzhkivka on Monday afternoon, wounding three people and damaging a school, the town\u2019s military administration said."],
    "strikes", "strikes", 3, DRUZH, n="must not merge with the Kostiantynivka strike (same region, other attack)"),
  ]))
for e in SEEDS[-1]["entries"]:
    e["a"] = "Nora Quill and Sam Petrakis"

# ---------------------------------------------------------------- 13132 Oderbrook Gazette (HTML live, Poland)
SEEDS.append(dict(
  id="13132", name="13132_oderbrook-htmllive", ext="html", source="Oderbrook Gazette", zone="Europe/Warsaw", render=r_oderbrook,
  title="War in Ukraine, Monday: Odesa in mourning, market hit in Donetsk region", dateline="Monday, 9 February 2026", tznote="All times CET",
  lede="Our reporters follow the war next door throughout the day.",
  basis="bare '{s}' in a span before the headline (CET = UTC+1, printed as 'All times CET') on 'Monday, 9 February 2026'; local {d} in {z}",
  notes="Invented outlet (Poland, English edition). HTML live blog without JSON-LD, oldest first; bare 'HH:MM' span before each h3 and a page note 'All times CET'; author line after the headline. 13132-04 is a 'Photos:' gallery teaser without text. 13132-05 repeats 13132-02 nearly verbatim (duplicate_of 13132-02). 13132-02 continues the day-1 Odesa story (toll 9, mourning).",
  not_entries=["privacy banner", "header and navigation", "page title", "date line with 'All times CET'", "intro", "'Also read' box after the third entry",
               "'[Gallery: 12 photos]' placeholder in the teaser", "link to Sunday's live coverage", "footer"],
  entries=[
  E("2026-02-09 09:40", "Poland scrambles jets as Russia strikes western Ukraine",
    ["Polish and allied aircraft were scrambled early on Monday as Russia launched drones and missiles at targets in western Ukraine, Poland\u2019s Operational Command said. Ground-based air defence was put on alert.",
     "The command said Polish airspace had not been violated."],
    "other", "security", 2, "poland-scrambles-jets-2026-02-09", a="Piotr Zawadzki", sec=["strikes"],
    n="allied air-policing response to strikes on western Ukraine: other/security, secondary strikes"),
  E("2026-02-09 12:05", "Odesa declares day of mourning; toll now nine",
    ["Authorities in Odesa declared Monday a day of mourning as the number of people killed in Sunday\u2019s Russian strike on the city rose to nine.",
     "Flags flew at half-mast and entertainment events were cancelled."],
    "strikes", "strikes", 3, ODESA, a="Agnieszka Lis", n="continuation of the day-1 Odesa story (toll 9, mourning)"),
  E("2026-02-09 14:30", "Kostiantynivka: six dead after glide-bomb attack on market",
    ["Six people were killed and at least a dozen wounded when Russian glide bombs hit a market in Kostiantynivka in eastern Ukraine on Monday, Ukrainian officials said."],
    "strikes", "strikes", 3, KOST, a="Piotr Zawadzki", n="toll 6"),
  E("2026-02-09 15:10", "Photos: The aftermath in Kostiantynivka", [], "strikes", "strikes", 1, KOST, n="teaser without body (gallery)"),
  E("2026-02-09 17:25", "Odesa declares day of mourning; toll now nine",
    ["Authorities in Odesa declared Monday a day of mourning after the number of people killed in Sunday\u2019s Russian strike on the city rose to nine.",
     "Flags flew at half-mast and entertainment events were cancelled."],
    "strikes", "strikes", 1, ODESA, a="Agnieszka Lis", dup="13132-02", n="near-verbatim repeat of 13132-02"),
  E("2026-02-09 20:40", "EU\u2019s new sanctions proposal targets more shadow-fleet tankers",
    ["The European Commission\u2019s proposed 20th sanctions package would add more than 100 vessels to the list of shadow-fleet tankers barred from EU ports, officials in Brussels said.",
     "Poland and the Baltic states want the package to include a full ban on maritime services for Russian oil, a step several southern members oppose."],
    "diplomacy", "diplomacy", 3, SANCT, a="Agnieszka Lis"),
  ]))

# ---------------------------------------------------------------- 13133 Horynka Review (text article)
SEEDS.append(dict(
  id="13133", name="13133_horynka-article", ext="txt", source="Horynka Review", zone="Europe/Kyiv", render=r_article,
  title="Bombs on a market, sanctions in Brussels: Monday in the war", byline="Halyna Dorosh", dateline="Kyiv, 9 February 2026, 16:45 (EET)",
  lede="A deadly attack on Kostiantynivka, shelling in Druzhkivka and a new EU sanctions proposal.",
  more="Read more: Odesa port back at work a day after deadly strike",
  basis="no per-section time: the article dateline 'Kyiv, 9 February 2026, 16:45 (EET)' (EET = UTC+2) dates every section; local {d} in {z}",
  notes="Invented outlet (Ukraine, English edition). Text article with three section headings; one entry per section (headline = heading, stamp null, published = the dateline time 16:45 EET). Page byline 'By Halyna Dorosh' is every section's author. Section 3 (Druzhkivka shelling) must not merge with section 1 (Kostiantynivka strike). The closing 'Read more:' link is chrome.",
  not_entries=["outlet name and breadcrumb", "page title", "lede", "byline", "dateline", "share line", "'Read more: ...' related link", "footer"],
  entries=[
  E("2026-02-09 16:45", "A market hit before noon",
    ["Russian glide bombs struck a crowded market in Kostiantynivka shortly before noon on Monday, killing at least six people, according to the Donetsk regional administration.",
     "Witnesses said the first bomb hit the covered hall and the second a row of stalls outside."],
    "strikes", "strikes", 3, KOST, a="Halyna Dorosh", n="toll 6"),
  E("2026-02-09 16:45", "Brussels readies its 20th package",
    ["The European Commission on Monday sent member states a draft 20th package of sanctions, which diplomats said targets shadow-fleet tankers, banks in third countries and imports of Russian metals.",
     "The package needs the backing of all 27 members, and Hungary and Slovakia have signalled reservations."],
    "diplomacy", "diplomacy", 3, SANCT, a="Halyna Dorosh"),
  E("2026-02-09 16:45", "Druzhkivka under fire",
    ["In nearby Druzhkivka, artillery shells hit the town centre in the early afternoon, wounding three people, the military administration said."],
    "strikes", "strikes", 3, DRUZH, a="Halyna Dorosh", n="must not merge with the Kostiantynivka strike (same region, other attack)"),
  ]))

# ---------------------------------------------------------------- day 3 (2026-03-15)
KREM = "kremenchuk-missile-strike-2026-03-15"
NOVO = "novokuibyshevsk-refinery-drone-strike-2026-03-15"
ANKARA = "sybiha-fidan-black-sea-talks-2026-03-15"

# ---------------------------------------------------------------- 13140 Fenstanton Ledger (general world feed, RSS)
SEEDS.append(dict(
  id="13140", name="13140_fenstanton-worldrss", ext="xml", source="Fenstanton Ledger", zone="America/New_York", render=r_worldrss, rfc="num",
  title="Fenstanton Ledger | World", url="https://fenstanton-ledger.example/world", guid="fl-20260315",
  lede="World and national headlines from the Fenstanton Ledger",
  basis="RSS pubDate '{s}' (explicit -0400 = Eastern daylight time); local {d} in {z}",
  notes="Invented outlet (US). General news RSS 2.0 feed, newest first, pubDate with -0400 (EDT since 8 March). 4 of 6 items are off the war (Academy Awards, NCAA Selection Sunday, Artemis II, Alpine snow). War items spell 'Kremenchug' (toll 4) and 'Novokuybyshevsk'.",
  not_entries=["channel title, link, self link, description, language, lastBuildDate, ttl", "item link, guid and category elements"],
  entries=[
  OFF("2026-03-15 19:30", "Stars arrive in Hollywood for the Academy Awards",
      ["Nominees walked the red carpet outside the Dolby Theatre on Sunday evening ahead of the 98th Academy Awards."],
      "academy-awards-2026-red-carpet", n="entertainment", cat="Entertainment"),
  OFF("2026-03-15 18:10", "Selection Sunday: NCAA unveils men\u2019s tournament bracket",
      ["The NCAA announced the 68-team field for the men\u2019s basketball tournament, which opens on Tuesday with the First Four in Dayton, Ohio."],
      "ncaa-selection-sunday-2026", n="US sport", cat="Sports"),
  E("2026-03-15 14:45", "Missile strike on Kremenchug kills four",
    ["A Russian missile strike on the central Ukrainian city of Kremenchug on Sunday killed four people and damaged an industrial plant and nearby homes, local officials said."],
    "strikes", "strikes", 3, KREM, n="spelling 'Kremenchug'; toll 4"),
  OFF("2026-03-15 11:20", "NASA sets new target for Artemis II crewed moon flight",
      ["NASA said it was aiming to launch Artemis II, which will carry four astronauts around the moon, within weeks after finishing repairs on the ground."],
      "artemis-ii-launch-target", n="space", cat="Science"),
  E("2026-03-15 08:05", "Ukrainian drones set Russian refinery ablaze",
    ["Ukrainian drones struck an oil refinery in Novokuybyshevsk in Russia\u2019s Samara region early on Sunday, starting a large fire, the regional governor said."],
    "strikes", "strikes", 3, NOVO, n="spelling 'Novokuybyshevsk'"),
  OFF("2026-03-15 02:30", "Heavy snow closes Alpine passes in Switzerland and Austria",
      ["Several Alpine passes and rail lines were closed on Sunday after up to a metre of fresh snow fell overnight, raising the avalanche risk to its second-highest level."],
      "alpine-snow-closures-2026-03", n="weather"),
  ]))

# ---------------------------------------------------------------- 13141 Vorskla Evening Post (text live, no year)
SEEDS.append(dict(
  id="13141", name="13141_vorskla-textlive", ext="txt", source="Vorskla Evening Post", zone="Europe/Kyiv", render=r_vorskla,
  title="Live: Missiles hit Kremenchuk; drones strike refinery in Samara region", dateline="Sunday 15 March \u00b7 Kyiv time",
  byline="Live reporting: Mariia Shevchuk and Denys Ostapenko", parse_args=["--date", "2026-03-15"],
  lede="A Russian missile strike on Kremenchuk, a Ukrainian drone attack on a Russian refinery and talks in Ankara.",
  basis="bare stamp '{s}' (Kyiv time, EET = UTC+2, as the date line says) on 'Sunday 15 March' (no year printed; parse_args gives 2026-03-15); local {d} in {z}",
  notes="Invented outlet (Poltava region, Ukraine, English edition). Text live blog, oldest first; date line 'Sunday 15 March \u00b7 Kyiv time' with NO year anywhere on the page (parse_args --date 2026-03-15). Bare 'HH:MM' line before each headline; one page byline with two names (author of every entry). 13141-03 is a 'Video:' teaser without text. 13141-04 is a theme piece (explainer on Ukraine's refinery strikes) that mentions Novokuibyshevsk but is its own story. 13141-05 repeats 13141-01 nearly verbatim (duplicate_of 13141-01). 13141-06 (drone attack on Poltava city) must not merge with the Kremenchuk strike (same region).",
  not_entries=["outlet name and navigation", "page title", "date line 'Sunday 15 March \u00b7 Kyiv time'", "byline 'Live reporting: ...'", "lede", "'[video]' placeholder in the teaser",
               "membership promo after the fifth post", "closing line 'That\u2019s all from us today ...'", "footer"],
  entries=[
  E("2026-03-15 07:10", "Russian missiles hit Kremenchuk; two dead",
    ["Russian missiles struck Kremenchuk early on Sunday, hitting an industrial plant and a residential street, Mayor Vitalii Maletskyi said. Two people were killed and nine wounded.",
     "The city, home to one of Ukraine\u2019s largest oil refineries, has been targeted repeatedly since the full-scale invasion began."],
    "strikes", "strikes", 3, KREM, n="first report; toll 2"),
  E("2026-03-15 08:25", "Drones strike refinery in Novokuibyshevsk, Samara governor says",
    ["Samara regional governor Vyacheslav Fedorishchev said drones had attacked an oil refinery in Novokuibyshevsk overnight, starting a fire. He said no one was hurt."],
    "strikes", "strikes", 3, NOVO),
  E("2026-03-15 09:50", "Video: Fire at Kremenchuk industrial site", [], "strikes", "strikes", 1, KREM, n="teaser without body"),
  E("2026-03-15 11:30", "Explainer: Why Ukraine keeps hitting Russian refineries",
    ["This morning\u2019s strike on Novokuibyshevsk is part of a campaign that Ukraine has waged against Russian oil refining for about two years.",
     "The logic is economic: refineries are hard to repair, and lost processing capacity means fewer fuel exports and higher prices at home. Kyiv says the strikes also reduce the fuel available to Russia\u2019s army.",
     "Western partners have at times urged restraint, fearing a jump in global oil prices. Ukraine has answered by pointing to Russia\u2019s attacks on its own energy system."],
    "strikes", "strikes", 2, "explainer-ukraine-refinery-campaign",
    n="theme piece (explainer); mentions Novokuibyshevsk but is its own story: must not merge with the refinery strike"),
  E("2026-03-15 12:45", "Russian missiles hit Kremenchuk; two dead",
    ["Russian missiles struck Kremenchuk early on Sunday, hitting an industrial plant and a residential street, Mayor Vitalii Maletskyi said. Two people were killed and nine were wounded.",
     "The city, home to one of Ukraine\u2019s largest oil refineries, has been targeted repeatedly since the full-scale invasion began."],
    "strikes", "strikes", 1, KREM, dup="13141-01", n="near-verbatim repeat of 13141-01"),
  E("2026-03-15 14:20", "Drone attack on Poltava injures three",
    ["Drones hit a residential area of Poltava in the afternoon, injuring three people and damaging a kindergarten, the regional military administration said."],
    "strikes", "strikes", 2, "poltava-drone-attack-2026-03-15", n="must not merge with the Kremenchuk strike (same region, other attack)"),
  E("2026-03-15 16:05", "Sybiha and Fidan discuss Black Sea shipping in Ankara",
    ["Foreign Minister Andrii Sybiha met his Turkish counterpart Hakan Fidan in Ankara to discuss guarantees for merchant shipping in the Black Sea, Ukraine\u2019s foreign ministry said.",
     "Turkey has offered to host further talks between Ukrainian and Russian delegations on the issue."],
    "diplomacy", "diplomacy", 3, ANKARA),
  E("2026-03-15 18:40", "Kremenchuk toll rises to five",
    ["Five people have now died as a result of this morning\u2019s missile strike on Kremenchuk, the Poltava regional administration said. Rescue work at the site has ended."],
    "strikes", "strikes", 3, KREM, n="toll 5"),
  ]))
for e in SEEDS[-1]["entries"]:
    e["a"] = "Mariia Shevchuk and Denys Ostapenko"

# ---------------------------------------------------------------- 13142 Lindenhafen Herald (HTML live, Germany)
SEEDS.append(dict(
  id="13142", name="13142_lindenhafen-htmllive", ext="html", source="Lindenhafen Herald", zone="Europe/Berlin", render=r_lindenhafen,
  title="Ukraine ticker: Kremenchuk toll rises; Turkey offers Black Sea talks", url="https://lindenhafen-herald.example/live/ukraine-ticker-sunday",
  dateline="Sunday, 15 March 2026", tznote="All times CET", authors=["Lena Hartwig", "Jan Albers"],
  lede="The latest on Russia\u2019s war against Ukraine, updated through the day.",
  basis="visible '{s}' in <time datetime> (CET = UTC+1, page note 'All times CET') on 'Sunday, 15 March 2026'; the JSON-LD update datePublished values are the page's and are not used; local {d} in {z}",
  notes="Invented outlet (Germany, English edition). HTML live ticker, newest first. LiveBlogPosting JSON-LD whose liveBlogUpdate items all repeat the PAGE's headline and datePublished (08:30 CET) \u2014 only articleBody differs \u2014 so per-entry headline and time must come from the visible HTML (<time datetime> + h2). Signature line '\u2013 NAME' after each body (author). 13142-03 (drones downed near Moscow) must not merge with the Novokuybyshevsk refinery strike (13142-05; same theme, other event). Spellings 'Novokuybyshevsk' and 'Kremenchuk'.",
  not_entries=["header and navigation", "page title", "date line with 'All times CET'", "standfirst", "signature lines", "newsletter promo after the second entry", "footer"],
  entries=[
  E("2026-03-15 20:15", "Kremenchuk strike: five dead, mayor says",
    ["The death toll from Sunday\u2019s Russian missile strike on Kremenchuk has risen to five, Mayor Vitalii Maletskyi said, as rescuers finished searching the damaged buildings."],
    "strikes", "strikes", 3, KREM, a="Lena Hartwig", n="toll 5"),
  E("2026-03-15 17:30", "Turkey offers to host new Black Sea talks",
    ["Turkey is ready to host a new round of talks on safe navigation in the Black Sea, Foreign Minister Hakan Fidan said after meeting Ukraine\u2019s Andrii Sybiha in Ankara on Sunday."],
    "diplomacy", "diplomacy", 3, ANKARA, a="Jan Albers"),
  E("2026-03-15 15:05", "Moscow airports restrict flights as drones downed near capital",
    ["Moscow mayor Sergei Sobyanin said air defences had shot down eleven drones approaching the capital, and Vnukovo and Domodedovo airports briefly suspended flights."],
    "strikes", "strikes", 2, "moscow-region-drones-airports-2026-03-15", a="Jan Albers",
    n="must not merge with the Novokuybyshevsk refinery strike (same theme, other event)"),
  E("2026-03-15 12:40", "Netherlands pledges \u20ac90 million for Ukrainian drone production",
    ["The Dutch government will provide \u20ac90 million to fund the production of long-range drones in Ukraine, the defence ministry in The Hague announced."],
    "aid", "aid", 2, "netherlands-drone-production-funding-2026-03-15", a="Lena Hartwig"),
  E("2026-03-15 10:20", "Refinery fire in Novokuybyshevsk still burning, Russian officials say",
    ["Firefighters were still battling a blaze at the Novokuybyshevsk oil refinery in Russia\u2019s Samara region hours after a Ukrainian drone attack, Russian officials said."],
    "strikes", "strikes", 3, NOVO, a="Jan Albers", n="spelling 'Novokuybyshevsk'"),
  E("2026-03-15 08:30", "Russia fires missiles at Kremenchuk industrial zone",
    ["Russia launched missiles at the industrial zone of Kremenchuk in central Ukraine early on Sunday. At least two people were killed, local officials said."],
    "strikes", "strikes", 3, KREM, a="Lena Hartwig", n="first report; toll 2"),
  ]))

# ---------------------------------------------------------------- 13143 Hallowmead Wire (Atom, UTC)
SEEDS.append(dict(
  id="13143", name="13143_hallowmead-atom", ext="xml", source="Hallowmead Wire", zone="UTC", render=r_atom,
  title="Hallowmead Wire: Russia-Ukraine", url="https://hallowmead-wire.example/russia-ukraine", lede="Wire copy on the Russia-Ukraine war",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Invented outlet (news agency). Atom feed, newest first, <published> in Z, one author per entry. 13143-05 (deadly shelling of Kherson) must not merge with the Kremenchuk strike (another deadly attack the same day).",
  not_entries=["feed title, subtitle, links, id, updated and rights elements", "entry link, id and updated elements"],
  entries=[
  E("2026-03-15 19:50", "Kremenchuk toll reaches five as rescue work ends",
    ["Five people were killed in Sunday\u2019s Russian missile strike on Kremenchuk, Ukrainian officials said as rescue operations at the damaged plant and apartment buildings ended."],
    "strikes", "strikes", 3, KREM, a="Owen Pryce", n="toll 5"),
  E("2026-03-15 16:25", "Russia says it took village in Kharkiv region",
    ["Russia\u2019s Defence Ministry said its troops had captured the village of Kamianka in the Kharkiv region. Ukraine\u2019s military did not immediately comment."],
    "other", "frontline", 2, "russia-claims-kamianka-kharkiv-2026-03-15", a="Clara Nyberg"),
  E("2026-03-15 13:00", "Fidan and Sybiha agree to work on Black Sea shipping guarantees",
    ["The foreign ministers of Turkey and Ukraine agreed in Ankara on Sunday to draw up proposals for guaranteeing the safety of commercial ships in the Black Sea, which Turkey would then present to Moscow."],
    "diplomacy", "diplomacy", 3, ANKARA, a="Clara Nyberg"),
  E("2026-03-15 09:40", "Samara governor: drone attack sparked fire at Novokuibyshevsk refinery",
    ["A drone attack caused a fire at the refinery in Novokuibyshevsk, Samara governor Vyacheslav Fedorishchev said on Sunday, adding that no one was hurt."],
    "strikes", "strikes", 3, NOVO, a="Owen Pryce"),
  E("2026-03-15 06:15", "Russian shelling kills man in Kherson",
    ["A 58-year-old man was killed when Russian artillery shelled the Dniprovskyi district of Kherson early on Sunday, the regional administration said."],
    "strikes", "strikes", 3, "kherson-shelling-2026-03-15", a="Owen Pryce", n="deadly strike; must not merge with the Kremenchuk strike"),
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
            if S.get("dateonly"):
                pub, loc, dloc = e["t"], f"{e['t']} {S['zone']}", e["t"]
            else:
                d = dt(e["t"], S["zone"]).replace(second=e.get("_s", 0))
                pub = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
                dloc = d.strftime("%Y-%m-%d %H:%M:%S" if d.second else "%Y-%m-%d %H:%M")
                loc = f"{dloc} {S['zone']}"
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i], "published": pub, "published_local": loc,
                         "published_basis": S["basis"].format(s=stamps[i], d=dloc, z=S["zone"]),
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
        print(f"{fn:36s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


if __name__ == "__main__":
    main()

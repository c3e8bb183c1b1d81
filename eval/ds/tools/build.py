#!/usr/bin/env python3
"""Builds the eval/ds seed pages and their gold files from one hand-written data table (SEEDS, further below).
Every headline and paragraph is the blind tester's own invented wording (no copied sentences). Part A imitates the
page layouts of ten real think-tank sites from memory; Part B outlets are invented. Deterministic.
Run from the project root:  python3 eval/ds/tools/build.py"""
import html, json, os, re
from datetime import datetime, date
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.", "No.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=""):
    """one entry: t = local time 'YYYY-MM-DD HH:MM' (or 'YYYY-MM-DD' when the page prints a date only), h = headline,
    p = body paragraphs, topic/subtopic/importance/story, a = author, sec = secondary topics, kp = Key Points, dup = id repeated."""
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def first_sentence(par):
    for m in re.finditer(r'[.!?][\]"\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par):
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
    if len(s) == 10:
        return datetime.strptime(s, "%Y-%m-%d").replace(tzinfo=ZoneInfo(zone))
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space="", upper=False):
    hh = d.hour % 12 or 12
    suf = "am" if d.hour < 12 else "pm"
    if upper:
        suf = suf.upper()
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def long_date(d):          # 30 March 2026
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def us_date(d):            # April 22, 2026
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:70]


def order_check(S, newest_first):
    ts = [dt(e["t"], S["zone"]) for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first (page order)"


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def one_time(S):
    """pages whose entries all carry the page's single publication time (articles with sections)"""
    ts = {e["t"] for e in S["entries"]}
    assert len(ts) == 1, S["id"]
    return ts.pop()


def ld_script(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + '</script>'


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_chatham(S):
    """Chatham House expert comment, text scrape: type label, title, standfirst, 'Published 30 March 2026', 'N minute read',
    photo caption, author + role, h2 sections, related content, newsletter box, charity footer. Date only, no time."""
    d = dt(one_time(S), S["zone"])
    L = ["Skip to main content", "Chatham House", "Search", "Log in", "",
         "Topics   Regions   Events   Research   Publications   About us   Support us   Membership", "",
         "Home  /  Expert comment", "", "Expert comment", S["title"], S["lede"], "",
         f"Published {long_date(d)}", S["readtime"], "", S["caption"], "", S["byline"], S["role"], ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Newsletter", "Chatham House analysis of the war in Ukraine, in your inbox every fortnight. Sign up", ""]
    L += ["Related content", ""]
    for kind, t in S["related"]:
        L += [kind, t, ""]
    L += ["Explore other topics:  Russia and Eurasia Programme  |  Ukraine  |  Defence and security  |  Europe", "",
          "Chatham House, the Royal Institute of International Affairs, 10 St James’s Square, London SW1Y 4LE",
          "Registered charity number: 208223", "Privacy policy   Terms and conditions   Accessibility   Cookie settings"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_ecfr(S):
    """ECFR commentary (WordPress + Yoast): @graph JSON-LD with Article/WebPage datePublished (+02:00), visible
    'Commentary' label, author card, date '1 April 2026' in <time datetime>, read time, h2 sections, disclaimer, newsletter box."""
    d = dt(one_time(S), S["zone"]); iso = d.isoformat(); mod = dt(S["modified"], S["zone"]).isoformat()
    url = S["url"]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": url + "#article", "isPartOf": {"@id": url}, "author": {"name": S["byline"], "@id": "https://ecfr.eu/#/schema/person/7c1e52d0a4"},
         "headline": S["title"], "datePublished": iso, "dateModified": mod, "mainEntityOfPage": {"@id": url}, "wordCount": 1164,
         "publisher": {"@id": "https://ecfr.eu/#organization"}, "articleSection": ["Commentary"], "inLanguage": "en-GB"},
        {"@type": "WebPage", "@id": url, "url": url, "name": S["title"] + " – European Council on Foreign Relations", "isPartOf": {"@id": "https://ecfr.eu/#website"},
         "datePublished": iso, "dateModified": mod, "breadcrumb": {"@id": url + "#breadcrumb"}, "inLanguage": "en-GB"},
        {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://ecfr.eu/"},
            {"@type": "ListItem", "position": 2, "name": "Commentary", "item": "https://ecfr.eu/article/"},
            {"@type": "ListItem", "position": 3, "name": S["title"]}]},
        {"@type": "WebSite", "@id": "https://ecfr.eu/#website", "url": "https://ecfr.eu/", "name": "European Council on Foreign Relations",
         "publisher": {"@id": "https://ecfr.eu/#organization"}},
        {"@type": "Organization", "@id": "https://ecfr.eu/#organization", "name": "European Council on Foreign Relations", "url": "https://ecfr.eu/"},
        {"@type": "Person", "@id": "https://ecfr.eu/#/schema/person/7c1e52d0a4", "name": S["byline"]}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} – European Council on Foreign Relations</title>',
           '<meta property="og:site_name" content="European Council on Foreign Relations">', '<meta property="og:type" content="article">',
           f'<meta property="article:published_time" content="{iso}">', f'<link rel="canonical" href="{url}">',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="wp-singular post-template-default single single-post">',
           '<header class="site-header"><a class="site-logo" href="https://ecfr.eu/">ECFR</a> <span class="site-name">European Council on Foreign Relations</span>'
           '<nav class="main-nav"><a href="/publications/">Publications</a> <a href="/podcasts/">Podcasts</a> <a href="/events/">Events</a> '
           '<a href="/experts/">Experts</a> <a href="/programmes/">Programmes</a> <a href="/about/">About</a> <a href="/support/">Support ECFR</a></nav>'
           '<a class="search-toggle" href="/?s=">Search</a></header>',
           '<main id="main"><article class="post">', '<div class="post-type"><a href="/article/">Commentary</a></div>',
           f'<h1 class="post-title">{esc(S["title"])}</h1>', f'<p class="post-summary">{esc(S["lede"])}</p>',
           f'<div class="post-authors"><a class="author-name" href="/profile/{slug(S["byline"])}/">{esc(S["byline"])}</a> '
           f'<span class="author-role">{esc(S["role"])}</span></div>',
           f'<div class="post-meta"><time datetime="{iso}">{long_date(d)}</time> <span class="read-time">{S["readtime"]}</span></div>',
           '<div class="share-links"><a>Share on X</a> <a>Share on LinkedIn</a> <a>Share on Facebook</a> <a>Copy link</a></div>',
           f'<figure class="post-image"><figcaption>{esc(S["caption"])}</figcaption></figure>', '<div class="post-content">']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2 class="wp-block-heading">{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append('<aside class="inline-newsletter"><p class="nl-title">Get ECFR’s weekly newsletter</p><p>Analysis of European foreign policy every Friday.</p>'
                       '<input type="email" placeholder="Your email"> <button>Subscribe</button></aside>')
    out += ['</div>', f'<p class="disclaimer"><em>{esc(S["disclaimer"])}</em></p>',
            '<div class="post-tags">Topics: <a>Wider Europe</a> <a>Ukraine</a> <a>European security</a> <a>Russia</a></div>',
            '<section class="related-posts"><h3>Related</h3>' + "".join(f'<a href="/article/{slug(t)}/">{esc(t)}</a> ' for t in S["related"]) + '</section>',
            '</article></main>',
            '<footer class="site-footer"><p>ECFR · Berlin · London · Madrid · Paris · Rome · Sofia · Warsaw</p><a href="/privacy/">Privacy policy</a> '
            '<a href="/cookies/">Cookie policy</a> <p>© ECFR 2026</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_csis(S):
    """CSIS analysis feed (Drupal RSS 2.0): xml:base, HTML-escaped <p> teaser in <description>, pubDate with the
    site's offset (-0400 in April), dc:creator with the experts' names, guid 'NID at https://www.csis.org'."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<rss version="2.0" xml:base="https://www.csis.org/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '  <channel>', f'    <title>{esc(S["title"])}</title>', '    <link>https://www.csis.org/analysis</link>',
           f'    <description>{esc(S["lede"])}</description>', '    <language>en</language>',
           '    <atom:link href="https://www.csis.org/analysis/feed" rel="self" type="application/rss+xml" />']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        out += ['    <item>', f'  <title>{esc(e["h"])}</title>', f'  <link>https://www.csis.org/analysis/{slug(e["h"])}</link>',
                '  <description>' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</description>',
                f'  <pubDate>{st}</pubDate>']
        if e["a"]:
            out.append(f'    <dc:creator>{esc(e["a"])}</dc:creator>')
        out += [f'    <guid isPermaLink="false">{131482 - i * 7} at https://www.csis.org</guid>', '    </item>']
    out += ['  </channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_ac(S):
    """Atlantic Council site feed (WordPress RSS 2.0 + Yoast): pubDate +0000, dc:creator and categories in CDATA,
    55-word excerpt '[&#8230;]' plus 'The post ... appeared first on Atlantic Council.' in <description>, full text in content:encoded."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"', '\txmlns:content="http://purl.org/rss/1.0/modules/content/"',
           '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"', '\txmlns:dc="http://purl.org/dc/elements/1.1/"',
           '\txmlns:atom="http://www.w3.org/2005/Atom"', '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"',
           '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"', '\t>', '', '<channel>', '\t<title>Atlantic Council</title>',
           '\t<atom:link href="https://www.atlanticcouncil.org/feed/" rel="self" type="application/rss+xml" />',
           '\t<link>https://www.atlanticcouncil.org/</link>', '\t<description>Shaping the global future together</description>',
           f'\t<lastBuildDate>{rfc822(last)}</lastBuildDate>', '\t<language>en-US</language>',
           '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>', '\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>',
           '\t<generator>https://wordpress.org/?v=6.9</generator>', '',
           '<image>', '\t<url>https://www.atlanticcouncil.org/wp-content/uploads/2019/09/favicon-150x150.png</url>', '\t<title>Atlantic Council</title>',
           '\t<link>https://www.atlanticcouncil.org/</link>', '\t<width>32</width>', '\t<height>32</height>', '</image> ']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://www.atlanticcouncil.org/blogs/{e['blog']}/{slug(e['h'])}/"
        words = " ".join(e["p"]).split()
        excerpt = esc(" ".join(words[:55])) + (" [&#8230;]" if len(words) > 55 else "")
        post = f'<p>The post <a href="{link}">{esc(e["h"])}</a> appeared first on <a href="https://www.atlanticcouncil.org">Atlantic Council</a>.</p>'
        content = "".join(f"<p>{esc(p)}</p>\n" for p in e["p"])
        if e["blog"] == "ukrainealert":
            content += f"<p><em>{esc(S['ua_disclaimer'])}</em></p>\n"
        out += ['\t<item>', f'\t\t<title>{esc(e["h"])}</title>', f'\t\t<link>{link}</link>', '\t\t\t\t\t',
                f'\t\t<dc:creator><![CDATA[{e["a"]}]]></dc:creator>', f'\t\t<pubDate>{st}</pubDate>']
        out += [f'\t\t<category><![CDATA[{c}]]></category>' for c in e["cats"]]
        out += [f'\t\t<guid isPermaLink="false">https://www.atlanticcouncil.org/?p={914372 - i * 113}</guid>', '',
                f'\t\t\t\t\t<description><![CDATA[<p>{excerpt}</p>\n{post}\n]]></description>',
                f'\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{content}{post}\n]]></content:encoded>', '\t\t\t\t\t', '\t\t', '\t\t', '\t\t\t</item>']
    out += ['\t</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_brookings(S):
    """Brookings commentary (WordPress + Yoast): @graph JSON-LD (Article datePublished -04:00), 'Commentary' label,
    author + title line, 'April 22, 2026', read time, share/print row, h2 sections, Authors / More On / Related Content blocks."""
    d = dt(one_time(S), S["zone"]); iso = d.isoformat(); url = S["url"]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": url + "#article", "isPartOf": {"@id": url}, "author": [{"name": S["byline"], "@id": "https://www.brookings.edu/#/schema/person/3f9a21"}],
         "headline": S["title"], "datePublished": iso, "dateModified": dt(S["modified"], S["zone"]).isoformat(), "mainEntityOfPage": {"@id": url},
         "publisher": {"@id": "https://www.brookings.edu/#organization"}, "keywords": ["Russia", "Sanctions", "Ukraine", "U.S. Congress"], "inLanguage": "en-US"},
        {"@type": "WebPage", "@id": url, "url": url, "name": S["title"] + " | Brookings", "datePublished": iso, "inLanguage": "en-US"},
        {"@type": "Organization", "@id": "https://www.brookings.edu/#organization", "name": "Brookings", "url": "https://www.brookings.edu/"},
        {"@type": "Person", "@id": "https://www.brookings.edu/#/schema/person/3f9a21", "name": S["byline"], "jobTitle": S["role"]}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} | Brookings</title>',
           '<meta property="og:site_name" content="Brookings">', f'<link rel="canonical" href="{url}">',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="article-template-default single">',
           '<header class="site-header"><a class="logo" href="https://www.brookings.edu/" aria-label="Brookings">Brookings</a>'
           '<nav><a href="/topics/">Topics</a> <a href="/regions/">Regions</a> <a href="/research-commentary/">Research &amp; Commentary</a> '
           '<a href="/experts/">Experts</a> <a href="/events/">Events</a> <a href="/about-us/">About Us</a></nav>'
           '<a class="donate" href="/donate/">Donate</a> <button class="search">Search</button></header>',
           '<main><article>', '<div class="article-type">Commentary</div>', f'<h1 class="article-title">{esc(S["title"])}</h1>',
           f'<div class="byline"><a class="byline-name" href="/people/{slug(S["byline"])}/">{esc(S["byline"])}</a> '
           f'<span class="byline-title">{esc(S["role"])}</span></div>',
           f'<div class="article-meta"><span class="date">{us_date(d)}</span> <span class="read-time">{S["readtime"]}</span></div>',
           '<div class="share"><a>Bluesky</a> <a>Facebook</a> <a>LinkedIn</a> <a>X</a> <a>Email</a> <a>Print</a></div>',
           f'<figure><figcaption>{esc(S["caption"])}</figcaption></figure>', '<div class="article-content">']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
    out += ['</div>', '<section class="authors"><h3>Authors</h3>' + f'<a>{esc(S["byline"])}</a> <span>{esc(S["role"])}</span></section>',
            '<section class="more-on"><h3>More On</h3><a>Foreign Policy</a> <a>Russia</a> <a>Ukraine</a> <a>Sanctions</a> <a>U.S. Congress</a></section>',
            '<section class="program"><h3>Program</h3><a>Foreign Policy</a> <h3>Center</h3><a>Center on the United States and Europe</a></section>',
            '<section class="related"><h3>Related Content</h3>' + "".join(f'<div class="card"><span>Commentary</span> <a>{esc(t)}</a></div>' for t in S["related"]) + '</section>',
            '<aside class="newsletter"><h3>Get the latest from Brookings</h3><input type="email" placeholder="Enter Email"> <button>Sign Up</button></aside>',
            '</article></main>',
            '<footer><p>The Brookings Institution, 1775 Massachusetts Ave., NW, Washington, D.C. 20036</p><a>Privacy Policy</a> <a>Terms</a> '
            '<p>Copyright 2026 The Brookings Institution</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_wilson(S):
    """Wilson Center (Kennan Institute, The Russia File blog) 'experts react' post, text scrape: program banner, 'Blog Post'
    label, title, date 'April 27, 2026', intro, sections = heading + 'Name, Title' line + text; disclaimer, program blurb."""
    d = dt(one_time(S), S["zone"])
    L = ["Skip to main content", "Wilson Center", "", "Research Programs   Insights & Analysis   Events   Experts   Wilson Center Press   About", "Donate", "Search", "",
         "Kennan Institute", "", "Blog Post", "The Russia File", "", S["title"], "", us_date(d), "", "Share", "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], e["sig"], ""] + ptxt(e["p"])
    L += [S["disclaimer"], "", "Program", "Kennan Institute", S["program"], "Read more", "", "Related",
          "Explainer   Russia’s Wartime Budget, Line by Line", "Event   The Future of Ukrainian Energy Security", "",
          "Get the latest from the Kennan Institute", "Sign up", "",
          "Wilson Center", "Ronald Reagan Building and International Trade Center", "One Woodrow Wilson Plaza", "1300 Pennsylvania Ave NW", "Washington, DC 20004-3027",
          "Privacy   Accessibility   Careers"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_kiel(S):
    """Kiel Institute news item (Ukraine Support Tracker release), HTML, no JSON-LD: breadcrumb, 'News' label and date
    '05.05.2026', title, bold teaser, h2 sections, media contact, tracker boilerplate, downloads."""
    d = dt(one_time(S), S["zone"])
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Kiel Institute</title>',
           '<meta name="generator" content="TYPO3 CMS"></head><body>',
           '<header class="page-header"><a class="logo" href="/">Kiel Institute for the World Economy</a>'
           '<nav class="mainnav"><a href="/research-centers/">Research</a> <a href="/publications/">Publications</a> <a href="/experts/">Experts</a> '
           '<a href="/events/">Events</a> <a href="/media/">Media</a> <a href="/about/">About us</a></nav><a class="lang" href="/de/">Deutsch</a></header>',
           '<main><nav class="breadcrumb"><a href="/">Home</a> › <a href="/media/">Media</a> › <a href="/media/news/">News</a></nav>',
           f'<div class="news-meta"><span class="news-type">News</span> <span class="news-date">{d:%d.%m.%Y}</span></div>',
           '<div class="topic-tag"><a href="/topics/war-against-ukraine/ukraine-support-tracker/">Ukraine Support Tracker</a></div>',
           f'<h1>{esc(S["title"])}</h1>', f'<p class="teaser"><strong>{esc(S["lede"])}</strong></p>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append(f'<figure class="chart"><figcaption>{esc(S["caption"])}</figcaption></figure>')
    out += ['<section class="about"><h3>About the Ukraine Support Tracker</h3>' + f'<p>{esc(S["about"])}</p></section>',
            '<section class="downloads"><h3>Downloads</h3><a>Ukraine Support Tracker data set (xlsx)</a> <a>Release notes (pdf)</a></section>',
            '<section class="contact"><h3>Media contact</h3><p>Corinna Heldt</p><p>Press officer</p><p>T +49 431 8814-329</p><p>press@ifw-kiel.de</p></section>',
            '<section class="related"><h3>Related research</h3><a>Ukraine Support Tracker</a> <a>Kiel Report: Financing Europe’s defence</a></section></main>',
            '<footer><p>Kiel Institute for the World Economy, Kiellinie 66, 24105 Kiel</p><a>Imprint</a> <a>Data protection</a> <a>Accessibility</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_isw(S):
    """ISW Russian Offensive Campaign Assessment, text scrape: title with the date, author list, 'May 14, 2026, 7:10pm ET',
    map notes, data cut-off note, topline, 'Key Takeaways:' (sentences, not headlines), axis sections, endnotes."""
    d = dt(one_time(S), S["zone"])
    L = ["Institute for the Study of War", "Research   Maps   Publications   Events   Support ISW   About", "", S["title"], "", S["byline"], "",
         f"{us_date(d)}, {ampm(d)} ET", "", S["mapnote"], "", S["cutoff"], ""] + ptxt(S["topline"]) + ["Key Takeaways:", ""]
    L += [f"{k}" for k in S["takeaways"]] + [""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Endnotes", ""] + S["endnotes"] + ["", "© Institute for the Study of War. All rights reserved.", "Donate   Careers   Contact   Privacy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_carnegie(S):
    """Carnegie Politika commentary, HTML: 'Commentary' + 'Carnegie Politika' labels, title, dek, author + role, date,
    Russian-language link, h2 sections, disclaimer, JSON-LD Article with datePublished (-04:00)."""
    d = dt(one_time(S), S["zone"]); iso = d.isoformat(); url = S["url"]
    ld = {"@context": "https://schema.org", "@type": "Article", "headline": S["title"], "description": S["lede"], "url": url,
          "datePublished": iso, "dateModified": iso, "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "Carnegie Endowment for International Peace", "url": "https://carnegieendowment.org"},
          "inLanguage": "en"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Carnegie Endowment for International Peace</title>',
           '<meta property="og:site_name" content="Carnegie Endowment for International Peace">', ld_script(ld), '</head><body>',
           '<header><a class="logo" href="/">Carnegie Endowment for International Peace</a><nav><a>Research</a> <a>Regions</a> <a>Topics</a> '
           '<a>Experts</a> <a>Events</a> <a>Programs</a> <a>About</a></nav><a class="donate">Donate</a> <button>Search</button></header>',
           '<main><article><div class="eyebrow"><span>Commentary</span> <a href="/russia-eurasia/politika">Carnegie Politika</a></div>',
           f'<h1>{esc(S["title"])}</h1>', f'<p class="dek">{esc(S["lede"])}</p>',
           f'<div class="authors"><a class="author">{esc(S["byline"])}</a> <span class="author-title">{esc(S["role"])}</span></div>',
           f'<div class="meta"><span class="date">Published on {us_date(d)}</span> <a class="lang-link" href="/russia-eurasia/politika/ru">Читать на русском</a></div>',
           '<div class="share"><a>Email</a> <a>X</a> <a>Facebook</a> <a>LinkedIn</a> <a>Copy link</a></div>',
           '<div class="program-tag">Program mention: <a>Russia and Eurasia</a> · Carnegie Russia Eurasia Center</div>', '<div class="body">']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 2:
            out.append('<aside class="inline-promo"><p>Carnegie Politika: independent analysis of Russia and its neighbours.</p><a>Subscribe</a></aside>')
    out += ['</div>', f'<p class="disclaimer"><em>{esc(S["disclaimer"])}</em></p>',
            '<section class="more"><h3>More from Carnegie Politika</h3>' + "".join(f'<a>{esc(t)}</a> ' for t in S["related"]) + '</section>',
            '</article></main><footer><p>Carnegie Endowment for International Peace · Washington · Berlin · Beirut · New Delhi · Singapore</p>'
            '<a>Privacy</a> <a>Terms</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_rusi(S):
    """RUSI commentary, text scrape: 'Commentary' label, title, dek, author + role, date '4 June 2026', 'N Mins' read time,
    topic tags, h2 sections, views disclaimer, pitch invitation, 'WRITTEN BY' card, related, member promo."""
    d = dt(one_time(S), S["zone"])
    L = ["RUSI", "Royal United Services Institute", "Research   Events   Publications   Membership   Expertise   About", "Become a member   Login   Search", "",
         "Commentary", "", S["title"], S["lede"], "", S["byline"], S["role"], "", long_date(d), S["readtime"], "",
         S["caption"], "", "Air Power   Missile Defence   Russia   Ukraine   UK Defence", "", "Share", ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["", S["disclaimer"], "", S["pitch"], "", "WRITTEN BY", "", S["byline"], S["role"], "View profile", "",
          "Related Research", "", "Commentary   Drones at the Front: What Changed in Two Years", "Commentary   Britain’s Missing Missile Shield", "",
          "Support RUSI’s independent research: become a member today.", "", "© RUSI · Whitehall, London SW1A 2ET · Privacy · Cookies"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ================================================================ Part B renderers (invented outlets)

def r_valeport(S):
    """text live, newest first, Key Points block, bare 'HH:MM' line before the headline, '— Name' signature after the body;
    one date line; the newest post is after local midnight (next local day)."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Home   Ukraine   Europe   Business   Opinion   Live", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["• " + e["h"] for e in S["kp_order"]] + ["", "Latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"— {e['a']}", ""]
        if i == 3:
            L += ["Support independent journalism from Ukraine. Become a member", ""]
    L += ["Load earlier posts", "", f"{S['source']} · About us · Editorial policy · Contact · Privacy"]
    return "\n".join(L) + "\n", stamps


def r_wrenhollow(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with per-update datePublished; visible '6.30am BST' in <time datetime>;
    author under the headline."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#block-{4410 + i * 3}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           ld_script(ld), '</head><body>',
           f'<div class="cmp">{esc(S["source"])} and our partners use cookies. <button>Yes, I’m happy</button> <button>Manage</button></div>',
           f'<header><a class="masthead" href="/">{esc(S["source"])}</a><nav><a>News</a> <a>World</a> <a>Politics</a> <a>Sport</a> <a>Weather</a></nav>'
           '<span class="weather">Wrenhollow 11°C, light rain</span></header>',
           f'<main><p class="kicker">LIVE</p><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>',
           f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, sep='.')} BST"; stamps.append(st)
        out.append(f'<article class="block" id="block-{4410 + i * 3}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="block-author">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="block-share"><a>Share</a></div></article>')
        if i == 2:
            out.append('<aside class="related"><h3>Read more</h3><a href="/world/europe/ukraine-air-defence-explained">Ukraine’s air defences, explained</a></aside>')
    out += ['<p class="end">Show more updates</p></main>', f'<footer>© {S["source"]} · Contact · Complaints · Privacy notice</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):
    """RSS 2.0 feed, newest first: pubDate with the outlet's numeric offset, <p> paragraphs in CDATA, optional dc:creator."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>', f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "world").lower()}/{slug(e["h"])}-{i + 3071}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_elmcastle(S):
    """text article with section headings (one entry per section), byline and a dateline with time and zone; no per-section stamp."""
    L = [S["source"], "Politics   World   Economy   Opinion   Podcasts", "World  ›  Europe  ›  Ukraine", "", S["title"], "", S["lede"], "",
         f"By {S['byline']}", S["dateline"], "", "Share   Print   Listen to this article (6 min)", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 0:
            L += ["Also read: What Berlin’s air-defence budget buys", ""]
    L += ["More on this topic", "Ukraine’s southern cities under ballistic fire", "", f"© {S['source']} · Imprint · Privacy · Terms"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_starvale(S):
    """HTML live, newest first, no JSON-LD; '9:40 PM' (12-hour clock, no zone printed; home zone Kyiv) in a span above
    the h2; the date only in the page meta line; one page byline; 'Photos:' gallery teaser."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - {S["source"]}</title></head><body>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a>War</a> <a>Politics</a> <a>Business</a> <a>Kyiv</a> <a>Opinion</a></nav>'
           '<a class="support">Support us</a></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta"><span class="author">{esc(S["byline"])}</span> · <span class="date">{esc(S["dateline"])}</span></p>',
           f'<p class="lead">{esc(S["lede"])}</p>', '<div class="live-feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, space=" ", upper=True); stamps.append(st)
        out.append(f'<div class="live-item"><span class="live-time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery" data-count="12">Gallery · 12 photos</div>')
        out.append('</div>')
        if i == 2:
            out.append('<aside class="banner">Our reporters are on the ground across Ukraine. Become a member</aside>')
    out += ['</div><p class="prev"><a href="/live/day-1513">Read yesterday’s live updates</a></p></main>',
            f'<footer>{esc(S["source"])} · About · Team · Ethics code · Advertising</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO with the outlet's offset (Z for UTC); escaped HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    def iso(d):
        return d.isoformat().replace("+00:00", "Z")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>tag:{S["url"].split("//")[1]},2026:feed</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" href="{S["url"]}/a/{slug(e["h"])}"/>',
                f'<id>tag:{S["url"].split("//")[1]},2026:{6120 + i}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_copperleigh(S):
    """text live, oldest first; headline line, then 'By NAME | 6:10 AM EDT' (stamp after the headline); date in the header."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "News   Nation   World   Politics   Business   Sports   Opinion", "", "LIVE UPDATES", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', upper=True)} EDT"; stamps.append(st)
        L += [e["h"], f"By {e['a']} | {st}", ""] + ptxt(e["p"])
        if i == 2:
            L += ["ADVERTISEMENT", ""]
        if i == 4:
            L += ["Related: How Ukraine keeps its trains running", ""]
    L += ["Updates have ended for today.", "", f"{S['source']} · Subscribe · Newsletters · Terms of Use · Privacy Policy"]
    return "\n".join(L) + "\n", stamps


def r_ravenscar(S):
    """text live, newest first; relative stamps ('25 minutes ago', '3 hours ago') counted back from the printed
    'Last updated 21:40 BST, Saturday 13 June' clock; no year anywhere on the page; 'Video:' teaser."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = [S["source"], "News   Sport   Business   Culture   Live", "", "LIVE", S["title"],
         f"Last updated {ref:%H:%M} BST, {DAYS_EN[ref.weekday()]} {ref.day} {MONTHS[ref.month - 1]}", "", S["lede"], "",
         "Weather: North Yorkshire coast, 14°C, sunny spells", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} minutes ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hour ago" if mins == 60 else f"{mins // 60} hours ago"
        stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 3:
            L += ["Get our morning briefing. Sign up", ""]
    L += ["Load more", "", f"{S['source']} · About · Contact · Privacy · Terms"]
    return "\n".join(L) + "\n", stamps


def r_merriden(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD whose updates all repeat the page's own datePublished (useless for
    per-entry times); visible bare '08:10' in a span, with 'All times are Paris time (CEST)' in the date line."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    page_pub = dt(S["page_published"], z).isoformat()
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": S["title"], "datePublished": page_pub,
            "dateModified": last.isoformat(), "articleBody": " ".join(e["p"])[:300]} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"], "datePublished": page_pub,
          "dateModified": last.isoformat(), "coverageStartTime": page_pub, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} — {S["source"]}</title>', ld_script(ld), '</head><body>',
           f'<header>{esc(S["source"])} <nav><a>France</a> <a>Europe</a> <a>World</a> <a>Economy</a> <a>Culture</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="chapo">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<section class="post" id="post-{i + 1}"><span class="post-time">{st}</span><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</section>')
        if i == 2:
            out.append('<div class="promo">Download the Merriden Journal app for alerts</div>')
    out += ['</main>', f'<footer>{esc(S["source"])} · Legal notice · Cookies · Contact</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def W(e, **kw):
    e.update(kw)
    return e


SEEDS = []
# ================================================================ PART A: ten real outlets' layouts (invented content)

# ---------------------------------------------------------------- 12400 Chatham House
T = "2026-03-30"
SEEDS.append(dict(
  id="12400", name="12400_chathamhouse-expertcomment", ext="txt", source="Chatham House", zone="Europe/London", render=r_chatham,
  title="Russia’s spring offensive is testing Europe’s promises to Ukraine",
  lede="As Russian forces press on several fronts and strike Ukraine’s power system again, European governments need to turn the commitments they made over the winter into deliveries.",
  readtime="5 minute read", byline="Imogen Varley", role="Senior Research Fellow, Russia and Eurasia Programme",
  caption="Image — Utility workers repair a damaged substation in the Poltava region after a Russian attack. Photo: Artem Vlasenko/Anadolu via Getty Images.",
  related=[("Expert comment", "How Ukraine’s power grid survived a fourth winter of war"), ("Research paper", "Russia’s war economy in 2026: strain without collapse"),
           ("Explainer", "What is the coalition of the willing?")],
  basis="page prints only the date line 'Published 30 March 2026' (no time, no zone; Chatham House is in London); every section shares the page date, so published is date-only",
  notes="Imitates a Chatham House 'Expert comment' page (text scrape). One author (name line + role line) for the whole piece, used as every entry's author. The page prints a date only ('Published 30 March 2026', plus a '5 minute read' line), so published is date-only (2026-03-30, London). Each of the five h2 sections is one entry (headline = section heading, stamp null). The standfirst under the title is the page lede, the photo caption ('Image — ...') and the mid-page newsletter box are chrome.",
  not_entries=["skip link, logo, search, log in, top navigation", "breadcrumb 'Home / Expert comment'", "content-type label 'Expert comment'", "page title",
               "standfirst 'As Russian forces press on several fronts ...' (page lede)", "'Published 30 March 2026' and '5 minute read'",
               "photo caption 'Image — Utility workers repair ...'", "author name and role lines (byline)",
               "newsletter box after the third section ('Newsletter' + sign-up line)", "'Related content' list (three typed links)",
               "'Explore other topics' line", "footer address, charity number and legal links"],
  entries=[
  E(T, "A renewed push around Kostiantynivka",
    ["Russian commanders opened their spring campaign in the last week of March with repeated mechanized assaults on Kostiantynivka, one of the last large towns Ukraine still holds in Donetsk oblast.",
     "Ukraine’s General Staff reported more than 60 combat engagements on that axis on 28 March alone. The attackers have gained ground on the town’s south-eastern outskirts, but at a cost in armoured vehicles that Russia will struggle to sustain through the summer."],
    "other", "frontline", 2, "russian-assaults-kostiantynivka-2026-03", a="Imogen Varley"),
  E(T, "The weekend strike on the grid",
    ["Overnight on 28–29 March, Russia launched around 480 drones and 40 missiles at Ukraine, aiming most of them at power plants and substations in the Kyiv, Poltava and Kharkiv regions.",
     "Four people were killed, and the national grid operator imposed emergency outages in nine regions on Sunday. It was the largest attack on energy infrastructure since January."],
    "strikes", "strikes", 3, "russian-energy-strike-2026-03-29", a="Imogen Varley", n="deadly mass strike (4 killed)"),
  E(T, "Washington’s stalled track",
    ["The US-led negotiating track has produced little since the February round in Abu Dhabi, and the White House has signalled that it will not table new proposals until Moscow answers the last ones.",
     "That leaves Kyiv’s European partners to keep the diplomatic process alive while avoiding any impression that they are negotiating over Ukraine’s head."],
    "diplomacy", "diplomacy", 2, "us-led-peace-talks-stall-2026-03", a="Imogen Varley"),
  E(T, "Money is not the only gap",
    ["The EU’s €90 billion loan for 2026 and 2027 has removed the immediate risk of a budget crisis in Kyiv, and the first disbursement is due in April.",
     "Air defence is a different matter. Ukraine’s stock of interceptors for its Patriot and SAMP/T systems remains thin, and European production lines will not reach promised rates until next year."],
    "aid", "aid", 2, "ukraine-funding-and-air-defence-gaps-2026-03", a="Imogen Varley"),
  E(T, "What Europe should do now",
    ["European capitals should prioritise buying interceptors wherever they can be found, including through NATO’s scheme for purchasing US weapons, rather than waiting for their own factories.",
     "They should also make clear, before any ceasefire talks resume, which guarantees they are willing to provide, so that Moscow cannot use uncertainty about Europe’s resolve as a bargaining chip."],
    "aid", "aid", 2, "chatham-recommendations-europe-2026-03", a="Imogen Varley", sec=["diplomacy"], n="recommendations section (analysis)"),
  ]))

# ---------------------------------------------------------------- 12401 ECFR
T = "2026-04-01 11:20"
SEEDS.append(dict(
  id="12401", name="12401_ecfr-commentary", ext="html", source="European Council on Foreign Relations", zone="Europe/Berlin", render=r_ecfr,
  title="After Paris: Can the coalition of the willing deliver before summer?",
  url="https://ecfr.eu/article/after-paris-can-the-coalition-of-the-willing-deliver-before-summer/", modified="2026-04-01 16:05",
  lede="European leaders agreed new steps for Ukraine’s security at a meeting in Paris this week. The hard part is turning them into capabilities that Moscow takes seriously.",
  byline="Katarzyna Wolan", role="Senior Policy Fellow, Wider Europe programme", readtime="6 minute read",
  caption="Leaders pose for a family photo at the Élysée Palace in Paris on 31 March 2026. Photo: IMAGO / Hans Lucas",
  disclaimer="Like all ECFR publications, this commentary represents only its author’s views; ECFR as an institution holds no collective position.",
  related=["Europe’s reassurance force: five questions before deployment", "Hungary’s veto and the future of enlargement"],
  basis="no time is printed in the visible text (only '1 April 2026'); the <time datetime> attribute and the Yoast JSON-LD Article/WebPage datePublished give {d} +02:00 (Berlin); all sections share it",
  notes="Imitates an ECFR commentary (WordPress with a Yoast schema @graph). Visible date '1 April 2026' only; the time comes from <time datetime> and JSON-LD datePublished 2026-04-01T11:20:00+02:00 (= 09:20 UTC), used for every section. One author card (name + role). Five h2 sections = five entries (stamp null). The summary under the title is the lede; the inline newsletter box after the second section, the italic disclaimer and the tag/related links are chrome.",
  not_entries=["header, logo, navigation and search", "'Commentary' type label", "page title", "summary/standfirst (lede)", "author card (name and role)",
               "date '1 April 2026' and '6 minute read'", "share links", "photo caption", "inline newsletter box after the second section",
               "italic disclaimer about ECFR's positions", "topic tags", "'Related' links", "footer (offices, privacy, copyright)"],
  entries=[
  E(T, "What was agreed in Paris",
    ["Leaders and ministers from 31 countries met at the Élysée on 31 March and agreed to set up a permanent planning cell for a future reassurance force, based in Paris with a forward element in Kyiv.",
     "They also endorsed a joint air-policing concept for western Ukraine that would take effect only after a ceasefire. No government announced new troop numbers."],
    "diplomacy", "diplomacy", 3, "coalition-of-the-willing-paris-meeting-2026-03-31", a="Katarzyna Wolan", n="leaders' summit decisions"),
  E(T, "Germany’s air-defence pledge",
    ["Chancellor Friedrich Merz used the meeting to announce that Germany would pay for two additional Patriot fire units for Ukraine, taken from Bundeswehr stocks and replaced later from new production.",
     "Berlin gave no delivery date, but officials indicated that the first unit could arrive within three months."],
    "aid", "aid", 3, "germany-two-patriot-units-2026-03-31", a="Katarzyna Wolan", n="major air-defence pledge"),
  E(T, "Budapest’s shadow",
    ["Hungary again blocked a joint statement on opening the first cluster of Ukraine’s EU accession negotiations, less than two weeks before Hungarians vote in a parliamentary election.",
     "Several member states now openly discuss moving ahead in a smaller format if the veto persists after the vote."],
    "diplomacy", "diplomacy", 2, "hungary-blocks-ukraine-accession-cluster-2026-03", a="Katarzyna Wolan"),
  E(T, "Sanctions: the shadow fleet again",
    ["The European Commission is preparing another sanctions package aimed at tankers of Russia’s shadow fleet and at the insurers and flag registries that keep them at sea.",
     "Diplomats expect a proposal in April. Its value will depend on whether coastal states in the Baltic and North seas get clearer legal grounds to inspect suspect vessels."],
    "diplomacy", "diplomacy", 2, "eu-shadow-fleet-sanctions-package-2026-04", a="Katarzyna Wolan"),
  E(T, "The Black Sea: a quieter success",
    ["Less noticed in Paris was the progress of the Black Sea mine-countermeasures group run by Turkey, Romania and Bulgaria, which has cleared more than 200 square kilometres of shipping lanes since January.",
     "Grain and steel exports from Odesa’s ports have recovered to their pre-winter levels despite continued Russian drone attacks on port infrastructure."],
    "other", "security", 2, "black-sea-mine-countermeasures-progress-2026", a="Katarzyna Wolan"),
  ]))

# ---------------------------------------------------------------- 12402 CSIS
SEEDS.append(dict(
  id="12402", name="12402_csis-analysisrss", ext="xml", source="CSIS", zone="America/New_York", render=r_csis,
  title="Analysis | CSIS", lede="Analysis and commentary from the Center for Strategic and International Studies.",
  basis="RSS pubDate '{s}' (explicit -0400 = US Eastern daylight time, CSIS's home zone); local {d} in {z}",
  notes="Imitates the CSIS analysis feed (Drupal RSS 2.0: xml:base, teaser paragraphs HTML-escaped inside <description>, guid 'NID at https://www.csis.org', dc:creator with the experts' names). Newest first. Mixed topics: three items are not about the war (Taiwan budget, US-China minerals talks, Sahel health security) and are other/unrelated. 12402-05 'Critical Questions' reports a new US air-defence sale to Ukraine (aid, 3). Two-name creators are kept as one string.",
  not_entries=["channel title, link, description, language and atom:link", "item link and guid elements"],
  entries=[
  E("2026-04-07 17:40", "How Many Drones Can Russia Build? Inside the Geran Production Surge",
    ["Russia now assembles close to 3,000 Geran-type attack drones a month at its Alabuga plant and a second site in Izhevsk, up from fewer than 1,000 a year ago.",
     "This analysis estimates what that output means for the size of Russia’s nightly raids this summer and for the interceptors Ukraine will need."],
    "other", "security", 2, "russian-geran-drone-production-2026", a="Ethan R. Caldwell", n="Russia's own weapons production (not a transfer)"),
  OFF("2026-04-07 15:05", "Taiwan’s Special Defense Budget: What Passed and What Did Not",
      ["Taiwan’s legislature approved most of the government’s special defense budget last week but cut funding for two missile programs. The cuts reveal the limits of cross-party consensus on deterrence."],
      "taiwan-special-defense-budget-2026", a="Grace Lin-Whitaker", n="Taiwan"),
  OFF("2026-04-07 13:30", "Critical Minerals After the Trade Truce: Where U.S.-China Talks Stand",
      ["Negotiators from Washington and Beijing met in Geneva this week to review the truce on rare earth export licenses. Progress has been slower than either side promised."],
      "us-china-critical-minerals-talks-2026-04", a="Samuel Okonjo", n="US-China trade"),
  E("2026-04-07 11:15", "Russia’s Campaign Against Ukraine’s Gas Production",
    ["Since January, Russian missiles and drones have struck Ukrainian gas production and storage sites at least 40 times, knocking out roughly a third of domestic output.",
     "Kyiv has had to buy more imported gas through Poland and Slovakia ahead of next winter. The commentary maps the attacks and what repairs are possible before October."],
    "strikes", "strikes", 2, "russian-strikes-ukraine-gas-production-2026", a="Ethan R. Caldwell and Lena Morozova", n="analysis of a strike campaign"),
  E("2026-04-07 10:00", "Critical Questions: What Is in the New Air Defense Sale to Ukraine?",
    ["On April 6, the State Department approved a possible $1.1 billion sale of air defense equipment and sustainment services to Ukraine, to be funded largely by European governments.",
     "CSIS experts explain what the package contains, how it fits with NATO’s purchasing list for Ukraine, and how quickly the first items could arrive."],
    "aid", "aid", 3, "us-air-defense-sale-ukraine-2026-04-06", a="Lena Morozova and Ethan R. Caldwell", n="new $1.1bn arms sale (major aid)"),
  OFF("2026-04-07 09:20", "Health Security in the Sahel After the Aid Cuts",
      ["Measles and cholera cases are rising in Mali, Burkina Faso and Niger as donor-funded clinics close. A new CSIS survey documents the gaps."],
      "sahel-health-security-2026", a="Aminata Keita-Rowe", n="public health, Africa"),
  E("2026-04-07 08:05", "Europe’s Defense Industrial Output: A Progress Report",
    ["European arms makers have roughly doubled artillery shell production since 2024, but air defense missiles and long-range fires remain the slowest to scale up.",
     "This report tracks 14 major programs, including those meant to supply Ukraine."],
    "other", "security", 2, "european-defense-industrial-output-2026", a="Marta Ilves", n="procurement by non-parties; war-related"),
  ]))

# ---------------------------------------------------------------- 12403 Atlantic Council
UA = ["UkraineAlert", "Conflict", "Russia", "Ukraine"]
SEEDS.append(dict(
  id="12403", name="12403_atlanticcouncil-feed", ext="xml", source="Atlantic Council", zone="UTC", render=r_ac,
  title="Atlantic Council",
  ua_disclaimer="Opinions published in UkraineAlert belong to the authors alone; they are not positions of the Atlantic Council, its staff or its supporters.",
  basis="RSS pubDate '{s}' (explicit +0000); local {d} in {z}",
  notes="Imitates the Atlantic Council site feed (WordPress RSS 2.0 with Yoast): newest first; each item has dc:creator and categories in CDATA, a 55-word excerpt ending '[…]' followed by 'The post ... appeared first on Atlantic Council.' in <description>, and the full text in content:encoded (ending with the same 'The post ...' line and, for UkraineAlert items, an italic views disclaimer). body_paragraphs counts the article paragraphs of content:encoded only. Items from UkraineAlert and New Atlanticist are about the war; MENASource, Econographics and EnergySource items are not (other/unrelated). 12403-01 reports the deadly Easter Sunday strike on Sumy of 12 April (importance 3).",
  not_entries=["channel title/link/description, lastBuildDate, sy:update*, generator, image block", "item categories, guid, link",
               "the excerpt in each <description> (a truncated copy of the first paragraph ending '[…]')",
               "'The post ... appeared first on Atlantic Council.' lines (Yoast feed footer), in description and content:encoded",
               "italic UkraineAlert views disclaimer at the end of UkraineAlert items"],
  entries=[
  W(E("2026-04-13 20:45", "Putin’s Easter truce that never was",
    ["Russian missiles struck the center of Sumy on the morning of April 12 as residents gathered for Orthodox Easter services, killing nine people and wounding more than 60, according to Ukrainian officials.",
     "The attack came days after the Kremlin floated the idea of a holiday pause in the fighting. Ukrainian officials said two Iskander-M missiles hit a street near the city’s main cathedral.",
     "Western governments condemned the strike, but condemnation alone will not change Moscow’s calculations. Only more air defense for Ukraine’s northern cities will."],
    "strikes", "strikes", 3, "sumy-easter-missile-strike-2026-04-12", a="Mariana Doroshenko", sec=["aid"], n="deadly strike of 12 April, reported with its toll"),
    blog="ukrainealert", cats=UA),
  W(OFF("2026-04-13 18:10", "The dollar’s share of global reserves slips again",
      ["New IMF data show the US dollar’s share of disclosed foreign exchange reserves fell to 56 percent at the end of 2025, its lowest level in three decades.",
       "The euro and a group of smaller currencies picked up most of the difference."],
      "dollar-share-global-reserves-2025", a="Josh Lipsky-Carr", n="currency reserves"),
    blog="econographics", cats=["Econographics", "Dollar Dominance"]),
  W(E("2026-04-13 16:30", "Ukraine’s drone makers are ready to export. Kyiv should let them.",
    ["Ukraine now has more than 500 drone manufacturers, and many of them produce more than the armed forces can buy with the current defense budget.",
     "Controlled exports to trusted partners would bring in hard currency and keep production lines running, while the government keeps first call on output in wartime.",
     "The latest draft rules from the Ministry of Strategic Industries are a step in the right direction but remain too restrictive."],
    "other", "security", 2, "ukraine-drone-export-debate-2026-04", a="Oleksandr Tkachuk"),
    blog="ukrainealert", cats=UA + ["Defense Industry"]),
  W(OFF("2026-04-13 14:00", "What the Syria reconstruction conference did and did not achieve",
      ["Donors in Brussels pledged about $6 billion for Syria’s recovery last week, less than half of what the transitional government requested.",
       "Sanctions relief and security in the northeast will decide whether the money can be spent."],
      "syria-reconstruction-conference-2026", a="Rana Haddad", n="Syria"),
    blog="menasource", cats=["MENASource", "Syria"]),
  W(E("2026-04-13 12:20", "Russia’s recruitment crisis is forcing the Kremlin into hard choices",
    ["Russian regions have raised sign-up bonuses for army contract soldiers three times since January, a sign that the flow of volunteers is slowing.",
     "The Kremlin has so far avoided a new mobilization wave before September’s Duma elections, but it is running out of cheaper alternatives.",
     "For Ukraine’s partners, the lesson is that Russian manpower is finite and that economic pressure on the regions matters."],
    "other", "politics", 2, "russia-recruitment-bonuses-2026", a="Peter Dunleavy"),
    blog="ukrainealert", cats=UA),
  W(E("2026-04-13 10:05", "The Ankara summit agenda is taking shape. Ukraine must be on it.",
    ["With NATO leaders due to meet in Ankara in July, allied diplomats are drafting a summit declaration that currently mentions Ukraine only in passing.",
     "That would be a mistake at a moment when Russia is testing the alliance with drones over Poland and the Baltic states."],
    "diplomacy", "diplomacy", 2, "nato-ankara-summit-ukraine-agenda-2026", a="Claire Westbrook"),
    blog="new-atlanticist", cats=["New Atlanticist", "NATO", "Ukraine"]),
  W(OFF("2026-04-13 08:30", "North Sea wind auctions bounce back",
      ["Britain, Denmark and the Netherlands awarded a record amount of offshore wind capacity in their latest auctions, reversing two years of failed tenders.",
       "Higher strike prices did most of the work."],
      "north-sea-wind-auctions-2026", a="Ingrid Solberg", n="energy markets"),
    blog="energysource", cats=["EnergySource", "Renewables"]),
  ]))

# ---------------------------------------------------------------- 12404 Brookings
T = "2026-04-22 10:35"
SANCT = "senate-committee-russia-sanctions-bill-2026-04-21"
SEEDS.append(dict(
  id="12404", name="12404_brookings-commentary", ext="html", source="Brookings", zone="America/New_York", render=r_brookings,
  title="The Senate’s Russia sanctions bill is moving. Here’s what it would change.",
  url="https://www.brookings.edu/articles/the-senates-russia-sanctions-bill-is-moving-heres-what-it-would-change/", modified="2026-04-22 15:10",
  byline="Daniel K. Whitford", role="Senior Fellow - Foreign Policy, Center on the United States and Europe", readtime="7 min read",
  caption="The U.S. Capitol in Washington, D.C. REUTERS/Kevin Lamarque",
  related=["Can secondary tariffs work where sanctions failed?", "Ukraine’s air defense needs for 2026", "The Kremlin’s oil revenue problem"],
  basis="visible date 'April 22, 2026' only; the Yoast JSON-LD Article datePublished gives {d} -04:00 (Eastern daylight time); all sections share it",
  notes="Imitates a Brookings commentary (WordPress, Yoast @graph). Visible date only ('April 22, 2026' plus '7 min read'); JSON-LD datePublished 2026-04-22T10:35:00-04:00 (14:35 UTC) used for every section. One author (name + title). Five h2 sections = five entries. 12404-03 (Kyiv's and Moscow's reactions to the committee vote) shares the vote's story; 12404-02 explains the bill's tariff clause and is its own (explainer) story; 12404-04 reports a deadly strike on Zaporizhzhia on 21 April.",
  not_entries=["header, logo, navigation, donate and search", "'Commentary' label", "page title", "byline (name and title)", "date and read time",
               "share/print row", "photo caption", "'Authors' block", "'More On' topic links", "'Program' / 'Center' block",
               "'Related Content' cards", "newsletter sign-up box", "footer address and copyright"],
  entries=[
  E(T, "A committee vote, at last",
    ["The Senate Foreign Relations Committee voted 17-4 on Tuesday to send the Sanctioning Russia Act to the full Senate, more than a year after the bill was first introduced with a long bipartisan list of co-sponsors.",
     "Majority Leader John Thune has said he will bring it to the floor once the White House signals support. The administration has so far said only that it is reviewing the text."],
    "diplomacy", "diplomacy", 3, SANCT, a="Daniel K. Whitford", n="committee vote on sanctions law"),
  E(T, "The tariff clause is the point",
    ["The bill’s most consequential provision would let the president impose tariffs of up to 500 percent on imports from countries that keep buying Russian oil, gas, and uranium.",
     "In practice, that means China, India, and Turkey. Few expect tariffs at that level ever to be applied, but the threat alone could push refiners to cut purchases, as last year’s sanctions on Rosneft and Lukoil did."],
    "diplomacy", "diplomacy", 2, "explainer-sanctions-bill-secondary-tariffs", a="Daniel K. Whitford", n="explainer of one clause: own story"),
  E(T, "Kyiv and Moscow react",
    ["Ukrainian Foreign Minister Andrii Sybiha welcomed the vote as a sign that Congress still sees pressure on Moscow as the route to a settlement.",
     "Kremlin spokesman Dmitry Peskov said on Wednesday that Russia would not negotiate under threats and that new sanctions would only harden its position."],
    "diplomacy", "diplomacy", 2, SANCT, a="Daniel K. Whitford", n="reactions to the vote: same story"),
  E(T, "Meanwhile, the war goes on",
    ["Hours before the committee met, a Russian guided-bomb and missile attack on Zaporizhzhia killed seven people and damaged a children’s hospital, according to regional governor Ivan Fedorov.",
     "Ukraine’s air force said Russia launched more than 200 drones across the country the same night."],
    "strikes", "strikes", 3, "zaporizhzhia-strike-2026-04-21", a="Daniel K. Whitford", n="deadly strike (7 killed)"),
  E(T, "What Congress should do next",
    ["If the bill passes, Congress should pair it with money, because Ukraine’s air defense needs for the rest of 2026 will not be met by European purchases alone.",
     "A modest appropriation to refill Patriot interceptor stocks, channeled through NATO’s purchasing mechanism, would cost less than a week of Russian oil revenue and do more for Ukraine’s cities than any statement."],
    "aid", "aid", 2, "brookings-call-congress-air-defense-funding-2026-04", a="Daniel K. Whitford", n="recommendation (analysis)"),
  ]))

# ---------------------------------------------------------------- 12405 Wilson Center
T = "2026-04-27"
SEEDS.append(dict(
  id="12405", name="12405_wilsoncenter-expertsreact", ext="txt", source="Wilson Center", zone="America/New_York", render=r_wilson,
  title="Talks, Swaps, and Anniversaries: Kennan Institute Experts on a Busy Week",
  lede="Russian and Ukrainian delegations met in Istanbul, Chornobyl marked forty years since the disaster, and the fighting continued. We asked Kennan Institute experts what stood out.",
  disclaimer="The opinions in this post belong to the individual authors and are not necessarily those of the Wilson Center.",
  program="The Kennan Institute is the Wilson Center’s hub for research on Russia, Ukraine, and Eurasia, linking scholars and policymakers since 1974.",
  basis="page prints only the date 'April 27, 2026' (no time; Washington outlet, so US Eastern); every section shares the page date, so published is date-only",
  notes="Imitates a Wilson Center (Kennan Institute, 'The Russia File') blog post of the 'experts react' kind, text scrape. Each of the six sections is a heading line, then the contributor line 'Name, Title', then the text: author = the contributor's name (title dropped). Date only ('April 27, 2026'): published is date-only, US Eastern. The intro paragraph under 'Share' is the lede. Sections cover different events of the week, so each is its own story.",
  not_entries=["skip link, logo, navigation, donate, search", "program banner 'Kennan Institute'", "'Blog Post' label and blog name 'The Russia File'", "page title",
               "date line 'April 27, 2026'", "'Share'", "intro paragraph 'Russian and Ukrainian delegations met in Istanbul ...' (lede)",
               "contributor lines ('Name, Title') under each heading (authors, not body)", "opinion disclaimer", "'Program' block with the Kennan Institute blurb and 'Read more'",
               "'Related' list", "newsletter sign-up", "footer address and links"],
  entries=[
  W(E(T, "Istanbul: a swap, not a settlement",
    ["The only concrete result from Istanbul was an agreement to exchange 1,200 prisoners of war from each side in stages over the coming month, the largest swap the two countries have arranged.",
     "That matters enormously to the families involved. But neither delegation moved on territory, and Russia’s team repeated its demand that Ukraine withdraw from the parts of Donetsk oblast it still holds."],
    "diplomacy", "diplomacy", 3, "istanbul-talks-prisoner-swap-agreement-2026-04-25", a="Miriam Holt", n="direct talks + largest prisoner-exchange deal"),
    sig="Miriam Holt, Senior Fellow, Kennan Institute"),
  W(E(T, "Chornobyl at forty",
    ["Sunday’s anniversary ceremony at Chornobyl took place under a damaged roof: the drone strike of February 2025 tore a hole in the protective arch that has only been patched, not repaired.",
     "The International Atomic Energy Agency says radiation levels are normal, but full repairs will cost more than €100 million and cannot start while Russian drones still fly overhead."],
    "other", "security", 2, "chornobyl-40th-anniversary-2026-04-26", a="Oksana Bilyk", n="nuclear safety"),
    sig="Oksana Bilyk, Title VIII Research Scholar"),
  W(E(T, "Moscow’s budget squeeze",
    ["Russia’s Finance Ministry has again raised its deficit forecast for 2026 and is drawing down the liquid part of the National Wealth Fund faster than planned.",
     "Military spending is protected, so the cuts fall on regional transfers and infrastructure, which is where ordinary Russians will notice them first."],
    "other", "politics", 2, "russia-budget-deficit-forecast-2026-04", a="Alexei Granin"),
    sig="Alexei Granin, Global Fellow"),
  W(E(T, "Kharkiv under glide bombs",
    ["On Saturday evening, Russian aircraft dropped guided bombs on a residential part of Kharkiv’s Saltivskyi district, killing three people and injuring 27, Mayor Ihor Terekhov said.",
     "Kharkiv’s residents have lived with this for four years now, and the city’s underground schools are full."],
    "strikes", "strikes", 3, "kharkiv-glide-bomb-strike-2026-04-25", a="Natalia Voss", n="deadly strike"),
    sig="Natalia Voss, Senior Advisor, Kennan Institute"),
  W(E(T, "Minsk keeps its options open",
    ["Alexander Lukashenko freed another 30 political prisoners after a visit by a US envoy, continuing the quiet bargaining that began last year.",
     "Minsk wants sanctions relief for its potash exports; Washington wants a channel to Moscow and fewer prisoners. Neither side expects a breakthrough."],
    "diplomacy", "diplomacy", 2, "belarus-prisoner-release-us-envoy-2026-04", a="Paul Reznik"),
    sig="Paul Reznik, Fellow"),
  W(E(T, "Kyiv’s mobilization debate",
    ["Ukraine’s parliament has again postponed a vote on lowering the mobilization age from 25 to 23, after the government failed to agree on exemptions for students.",
     "Commanders say the manpower shortage is now more pressing than the shortage of shells."],
    "other", "politics", 2, "ukraine-mobilization-age-debate-2026-04", a="Halyna Dovzhenko"),
    sig="Halyna Dovzhenko, Title VIII Research Scholar"),
  ]))

# ---------------------------------------------------------------- 12406 Kiel Institute
T = "2026-05-05"
KIEL = "kiel-ukraine-support-tracker-update-2026-05-05"
SEEDS.append(dict(
  id="12406", name="12406_kielinstitute-supporttracker", ext="html", source="Kiel Institute for the World Economy", zone="Europe/Berlin", render=r_kiel,
  title="Ukraine Support Tracker: European military aid reaches record high as US weapons are now mostly sold, not donated",
  lede="Europe allocated more military aid to Ukraine in January and February 2026 than in any two-month period since the tracker began. This is the main finding of the latest update of the Ukraine Support Tracker, which covers data up to the end of February.",
  caption="Figure: Military aid allocations to Ukraine by donor group, two-month totals, 2022–2026 (in billion euros)",
  about="The Ukraine Support Tracker records and quantifies military, financial and humanitarian aid pledged and delivered to Ukraine by governments since the start of the full-scale invasion. It covers 41 countries and the EU institutions and is updated every two months.",
  basis="page prints only the date '{dd}' (German day.month.year; no time; Kiel Institute, Germany); all sections share the page date, so published is date-only",
  notes="Imitates a Kiel Institute news item on a Ukraine Support Tracker release (TYPO3 HTML, no JSON-LD). Date only ('05.05.2026' in German format), so published is date-only. No author byline (only a press-office media contact), so author is null. The bold teaser under the title is the lede. Five h2 sections = five entries; all report findings of the same data release, so they share one story (the release); sections with new aid figures are importance 3, the humanitarian-trend and quote sections 2. Figure caption, 'About' boilerplate, downloads and contact are chrome.",
  not_entries=["header, logo, navigation, language switch", "breadcrumb 'Home › Media › News'", "'News' label and date '05.05.2026'", "topic tag 'Ukraine Support Tracker'",
               "page title", "bold teaser paragraph (lede)", "figure caption after the second section", "'About the Ukraine Support Tracker' boilerplate",
               "'Downloads' links", "'Media contact' block", "'Related research' links", "footer"],
  entries=[
  E(T, "Record European military allocations",
    ["European governments allocated €21.4 billion in new military aid to Ukraine in January and February 2026, the highest two-month total since the tracker began in 2022.",
     "Germany, the United Kingdom and the Nordic countries accounted for almost two thirds of the sum. Much of it is earmarked for air defence and for long-range drones built in Ukraine."],
    "aid", "aid", 3, KIEL, n="headline finding of the release"),
  E(T, "United States: from donations to sales",
    ["The United States allocated no new military aid from its own budget in the period. American weapons still reach Ukraine, but almost exclusively as sales paid for by European governments through NATO’s PURL mechanism.",
     "The tracker counts these purchases as aid from the paying country, which lifts Europe’s share of total military support above 90 percent."],
    "aid", "aid", 3, KIEL),
  E(T, "Financial aid: the EU loan starts to flow",
    ["On the financial side, the first €12 billion of the EU’s €90 billion loan for 2026 and 2027 now appears in the data as allocated.",
     "Japan and Canada added smaller budget-support loans that are repaid from the profits on immobilised Russian central bank assets."],
    "aid", "aid", 3, KIEL),
  E(T, "Humanitarian aid keeps falling",
    ["Humanitarian allocations continued to decline, reaching their lowest level since the start of the full-scale invasion at under €300 million for the two months."],
    "aid", "aid", 2, KIEL),
  E(T, "“Europe is carrying the load”",
    ["“For the first time, Europe is covering almost the entire military support for Ukraine on its own,” says Jonas Reinholdt, head of the Ukraine Support Tracker. “The question is whether this pace can be kept up through the year without new joint instruments.”"],
    "aid", "aid", 2, KIEL, n="quote section of the release"),
  ]))

# ---------------------------------------------------------------- 12407 ISW
T = "2026-05-14 19:10"
ISWBY = "Olena Kravets, Marcus Dalby, Hannah Whitcombe, Jonah Fiedler, and Elias Brandt"
SEEDS.append(dict(
  id="12407", name="12407_isw-campaignassessment", ext="txt", source="Institute for the Study of War", zone="America/New_York", render=r_isw,
  title="Russian Offensive Campaign Assessment, May 14, 2026", byline=ISWBY,
  mapnote="Click here to open ISW’s interactive map of the Russian invasion of Ukraine, which is updated every day together with the static maps in this report.",
  cutoff="Note: Data cut-off for this product was 11:30am ET on May 14. ISW will address later reports in its May 15 Russian Offensive Campaign Assessment.",
  topline=["Russian forces conducted the largest combined strike of the month overnight on May 13 to 14, and Ukrainian forces struck a refinery deep inside Russia the same night. Russian forces continue to make slow, costly gains around Kostiantynivka.",
           "ISW continues to assess that the Kremlin is not interested in a ceasefire on terms other than Ukraine's capitulation."],
  takeaways=["Russian forces launched the largest combined strike of May against Ukraine overnight on May 13 to 14, killing at least four civilians in Kyiv.",
             "Ukrainian drones struck an oil refinery in Samara Oblast for the second time this month.",
             "Russian forces recently advanced in southeastern Kostiantynivka and are attempting to envelop the town from the south and east.",
             "Russian occupation officials continue to send Ukrainian children from occupied Zaporizhia Oblast to camps in Russia."],
  endnotes=["[1] https://t.me/fedorishchev_63/5512", "[2] https://x.com/geoconfirmed/status/1922800000000000001", "[3] https://www.facebook.com/GeneralStaff.ua/posts/pfbid0x7Hk2",
            "[4] https://t.me/ombr_155/3321", "[5] https://suspilne.media/kharkiv/1033871", "[6] https://t.me/kpszsu/41207", "[7] https://t.me/tkachenkotimur/2218",
            "[8] https://mod.gov.ua/news/interceptor-drones-april", "[9] https://t.me/zo_govt/9014"],
  basis="page stamp line 'May 14, 2026, 7:10pm ET' (Eastern daylight time, UTC-4) under the byline; no per-section time, all sections share it: local {d} in {z}",
  notes="Imitates ISW's daily Russian Offensive Campaign Assessment (text scrape). One page stamp 'May 14, 2026, 7:10pm ET' (= 23:10 UTC, still 14 May) and one author list used as every entry's author. Map note, data cut-off note and the two topline paragraphs are page chrome/lede. The 'Key Takeaways:' block lists sentences, not entry headlines, so key_point is false everywhere (LABELS: headline must be listed); by this set's convention the four sections a takeaway summarises (01, 02, 05, 07) are importance 3. Each axis section = one entry (headline = section heading). Footnote markers like '[1]' are kept in the body as printed; ISW spells 'Zaporizhia'. Endnotes list is chrome.",
  not_entries=["site name and navigation", "page title line (also names the date)", "author list line", "page stamp 'May 14, 2026, 7:10pm ET'",
               "interactive-map note", "data cut-off note", "two topline paragraphs (page lede)", "'Key Takeaways:' header and its four takeaway sentences (summary, not entries)",
               "'Endnotes' header and the nine numbered source links", "copyright and footer links"],
  entries=[
  E(T, "Ukrainian Operations in the Russian Federation",
    ["Ukrainian forces continued their long-range strike campaign against Russian oil infrastructure on the night of May 13 to 14.",
     "Samara Oblast Governor Vyacheslav Fedorishchev claimed that Russian air defenses downed drones over Novokuibyshevsk and that falling debris caused a fire at an industrial facility.[1] Geolocated footage published on May 14 shows a large fire at the Novokuibyshevsk Oil Refinery.[2]",
     "The Ukrainian General Staff confirmed the strike and reported that the refinery processes about 4.9 million tons of crude oil per year.[3]"],
    "strikes", "strikes", 3, "novokuibyshevsk-refinery-drone-strike-2026-05-14", a=ISWBY, n="summarised in Key Takeaways"),
  E(T, "Russian Main Effort – Kostiantynivka Direction",
    ["Russian forces recently advanced in the Kostiantynivka direction.",
     "Geolocated footage published on May 13 indicates that Russian forces advanced along a street in southeastern Kostiantynivka.[4] Russian milbloggers claimed further gains northwest of Ozaryanivka, but ISW has not observed confirmation of these claims.",
     "The commander of a Ukrainian brigade operating in the direction stated that Russian forces are using small infantry groups on motorcycles to infiltrate Ukrainian positions."],
    "other", "frontline", 3, "russian-advance-kostiantynivka-2026-05-13", a=ISWBY, n="summarised in Key Takeaways"),
  E(T, "Russian Supporting Effort – Northern Axis",
    ["Russian forces continued limited offensive operations in northern Sumy and Kharkiv oblasts on May 14 but did not make confirmed advances.",
     "Fighting continued near Yunakivka and Vovchansk. A Ukrainian military spokesperson reported that Russian forces conducted 19 assaults on the Vovchansk axis in the past day.[5]"],
    "other", "frontline", 2, "northern-axis-fighting-2026-05-14", a=ISWBY),
  E(T, "Russian Supporting Effort – Southern Axis",
    ["Russian forces continued offensive operations in the Hulyaipole and Orikhiv directions on May 14 but did not make confirmed gains.",
     "Russian sources claimed that Russian forces seized Novoivanivka, but available geolocated footage does not support the claim."],
    "other", "frontline", 2, "southern-axis-fighting-2026-05-14", a=ISWBY),
  E(T, "Russian Air, Missile, and Drone Campaign",
    ["Russian forces conducted a large combined missile and drone strike against Ukraine on the night of May 13 to 14.",
     "The Ukrainian Air Force reported that Russian forces launched 412 Shahed-type and decoy drones, 14 Kh-101 cruise missiles, and six Iskander-M ballistic missiles, and that Ukrainian forces downed 371 drones and 13 cruise missiles.[6] Kyiv City Military Administration Head Tymur Tkachenko reported that the strike killed four civilians and injured 22 in Kyiv.[7]"],
    "strikes", "strikes", 3, "russian-combined-strike-kyiv-2026-05-14", a=ISWBY, n="summarised in Key Takeaways; deadly"),
  E(T, "Ukrainian Defense Industrial Efforts",
    ["Ukrainian officials continue efforts to expand domestic production of interceptor drones.",
     "Ukraine's Ministry of Defense reported on May 14 that Ukrainian manufacturers delivered more than 1,500 interceptor drones per day on average in April.[8]"],
    "other", "security", 2, "ukraine-interceptor-drone-production-2026-04", a=ISWBY),
  E(T, "Russian Occupation Affairs",
    ["Russian occupation officials continue to remove Ukrainian children from occupied areas under the guise of recreational programs.",
     "Occupation authorities in Zaporizhia Oblast announced on May 13 that 140 children from occupied Zaporizhia Oblast would travel to a \"patriotic\" summer camp in Krasnodar Krai.[9]"],
    "other", "humanitarian", 3, "zaporizhia-children-sent-to-russian-camps-2026-05", a=ISWBY, n="summarised in Key Takeaways"),
  ]))

# ---------------------------------------------------------------- 12408 Carnegie Politika
T = "2026-05-20 06:30"
SEEDS.append(dict(
  id="12408", name="12408_carnegie-politika", ext="html", source="Carnegie Endowment for International Peace", zone="America/New_York", render=r_carnegie,
  title="Moscow’s Summer Calculus: Why the Kremlin Is in No Hurry to Settle",
  url="https://carnegieendowment.org/russia-eurasia/politika/2026/05/moscow-summer-calculus",
  lede="The Kremlin believes that time is on its side. Its budget, its recruiters and its diplomats suggest a more complicated picture.",
  byline="Pavel Serebryakov", role="Visiting Fellow, Carnegie Russia Eurasia Center",
  disclaimer="Carnegie takes no institutional positions on questions of public policy; the views here are the author’s own and do not necessarily reflect those of Carnegie, its staff or its trustees.",
  related=["How the war changed Russia’s regions", "The Duma election that is already decided"],
  basis="visible 'Published on May 20, 2026' only; the JSON-LD Article datePublished gives {d} -04:00 (Washington, Eastern daylight time); all sections share it",
  notes="Imitates a Carnegie Politika commentary (carnegieendowment.org). Eyebrow 'Commentary' + 'Carnegie Politika', one author with title, visible 'Published on May 20, 2026' and a Russian-language link; JSON-LD Article datePublished 2026-05-20T06:30:00-04:00 (10:30 UTC) gives the time for every section. Six h2 sections = six entries about different events/themes (each its own story). Dek, promo box, disclaimer and 'More from Carnegie Politika' are chrome.",
  not_entries=["header, logo, navigation, donate, search", "eyebrow 'Commentary' / 'Carnegie Politika'", "page title", "dek (lede)", "author and title",
               "'Published on May 20, 2026' and the 'Читать на русском' link", "share links", "program tag line", "inline subscribe promo after the third section",
               "italic disclaimer", "'More from Carnegie Politika' links", "footer"],
  entries=[
  E(T, "The recruitment machine slows",
    ["Regional authorities across Russia have raised one-off payments for new army contract soldiers for the third time this year, with Bashkortostan now offering 3.5 million rubles.",
     "Data from regional budgets suggest that the number of new contracts signed in April was about a quarter lower than a year earlier."],
    "other", "politics", 2, "russia-army-recruitment-bonuses-2026-05", a="Pavel Serebryakov"),
  E(T, "A budget under strain",
    ["On May 15, the Finance Ministry quietly revised its 2026 deficit forecast to 3.1 percent of GDP, more than double the figure the Duma approved in November.",
     "Lower oil prices and the discounts that Western sanctions force on Russian crude explain most of the gap."],
    "other", "politics", 2, "russia-deficit-forecast-revision-2026-05-15", a="Pavel Serebryakov"),
  E(T, "The refinery war",
    ["Ukrainian drone strikes have knocked out, at least for a time, about a fifth of Russia’s primary refining capacity since March.",
     "The government has extended its ban on gasoline exports until the end of August to keep pump prices from jumping before the September Duma elections."],
    "strikes", "strikes", 2, "ukrainian-refinery-strikes-fuel-impact-2026", a="Pavel Serebryakov", n="analysis of a strike campaign's effects"),
  E(T, "Elections without surprises",
    ["United Russia’s primaries for the September Duma elections ended on May 17, with veterans of the war in Ukraine taking a quarter of the party’s places on the ballot.",
     "The Kremlin’s domestic policy team sees this “generation of the special military operation” as a new pillar of loyalty, but also as a group whose expectations will be hard to meet."],
    "other", "politics", 2, "united-russia-primaries-veterans-2026-05-17", a="Pavel Serebryakov"),
  E(T, "Talking to Washington, not to Kyiv",
    ["Putin’s envoy Kirill Dmitriev was back in the United States last week, pitching joint Arctic energy projects to American investors.",
     "Moscow’s bet remains that business ties with Washington can be traded for a settlement on Russian terms, with Kyiv simply presented with the result."],
    "diplomacy", "diplomacy", 2, "dmitriev-us-visit-2026-05", a="Pavel Serebryakov"),
  E(T, "What would change the Kremlin’s mind",
    ["Only two things are likely to push the Kremlin toward serious talks: a sharp fall in oil revenue or a military setback that cannot be hidden from the public.",
     "Neither is in sight this summer, which is why Moscow’s negotiators can afford to wait."],
    "diplomacy", "diplomacy", 2, "kremlin-settlement-outlook-politika-2026-05", a="Pavel Serebryakov", n="concluding analysis"),
  ]))

# ---------------------------------------------------------------- 12409 RUSI
T = "2026-06-04"
SEEDS.append(dict(
  id="12409", name="12409_rusi-commentary", ext="txt", source="RUSI", zone="Europe/London", render=r_rusi,
  title="Interceptors, Not Promises: Ukraine’s Air Defence Heading into Summer",
  lede="The latest mass strike on Kyiv and Lviv shows that Ukraine’s air defence has adapted faster than its supply of interceptors.",
  byline="Callum Drysdale", role="Research Fellow, Military Sciences", readtime="6 Mins",
  caption="Main image courtesy of the State Emergency Service of Ukraine",
  disclaimer="The views in this Commentary are the author’s alone and do not represent RUSI or any other institution.",
  pitch="Have an idea for a Commentary? Send a short pitch to the RUSI commentary editors.",
  basis="page prints only the date '4 June 2026' (no time; RUSI is in London); all sections share it, so published is date-only",
  notes="Imitates a RUSI Commentary (text scrape): label, title, dek, author + role, date '4 June 2026' and read time '6 Mins', image credit, topic tags, five h2 sections (= five entries), disclaimer, pitch line, 'WRITTEN BY' card. Date only, so published is date-only (London). 12409-01 reports the deadly mass strike of 2–3 June (importance 3); the rest is analysis.",
  not_entries=["site name and navigation", "'Commentary' label", "page title", "dek (lede)", "author and role lines", "date '4 June 2026' and '6 Mins'",
               "image credit line", "topic tags line", "'Share'", "views disclaimer", "pitch invitation line", "'WRITTEN BY' author card and 'View profile'",
               "'Related Research' list", "membership promo", "footer"],
  entries=[
  E(T, "The night of 2–3 June",
    ["Russia’s attack on the night of 2–3 June was among the largest of the war: Ukraine’s air force counted 620 drones and 52 missiles, with Kyiv and Lviv the main targets.",
     "Twelve people were killed in Kyiv, where a ballistic missile hit a residential block in the Solomianskyi district, and two in Lviv. Ukrainian units intercepted around 88% of the drones but only half of the ballistic missiles."],
    "strikes", "strikes", 3, "russian-mass-strike-kyiv-lviv-2026-06-03", a="Callum Drysdale", n="deadly mass strike"),
  E(T, "Interceptor drones have changed the arithmetic",
    ["Cheap interceptor drones now account for a large share of Shahed kills around Kyiv, freeing guns and short-range missiles for other tasks.",
     "Crews report that the Russians have responded by flying at higher altitudes and by using faster, jet-powered Geran variants."],
    "other", "security", 2, "ukraine-interceptor-drones-effect-2026", a="Callum Drysdale"),
  E(T, "Ballistic missiles remain the problem",
    ["Against ballistic threats there is still no substitute for Patriot, and the supply of PAC-3 MSE interceptors is the binding constraint.",
     "Expanded production in the US will not reach Ukraine in meaningful quantities before 2027, as American and Gulf orders sit ahead in the queue."],
    "aid", "aid", 2, "patriot-interceptor-shortage-ukraine-2026", a="Callum Drysdale"),
  E(T, "Europe’s deliveries",
    ["Germany delivered the last of the IRIS-T SLM systems it had promised for 2026 in May, and the Franco-Italian SAMP/T NG is due later in the year.",
     "The batch of PAC-3 interceptors bought by the Nordic countries in April has begun to arrive, but it covers only weeks of intense use."],
    "aid", "aid", 2, "european-air-defence-deliveries-2026-05", a="Callum Drysdale"),
  E(T, "Lessons for the UK",
    ["For the UK, the lesson is uncomfortable: the British Army has no ground-based defence against ballistic missiles, and plans for one remain unfunded.",
     "The Strategic Defence Review’s promise of integrated air and missile defence needs a procurement timetable, not another study."],
    "other", "security", 2, "uk-air-defence-gap-2026", a="Callum Drysdale"),
  ]))


# ================================================================ PART B: invented outlets, three multi-source days
# ---------------------------------------------------------------- Day 1: Thursday 16 April 2026
MK = "mykolaiv-missile-strike-2026-04-16"
NORD = "nordic-patriot-interceptor-purchase-2026-04-16"
DIP = "sybiha-ankara-visit-2026-04-16"

d1_valeport = [
  E("2026-04-17 00:35", "Zelensky: Mykolaiv shows Patriot deliveries cannot wait",
    ["In his evening address, President Volodymyr Zelensky said the missiles that hit Mykolaiv were ballistic and that only Patriot-type systems could have stopped them.",
     "He thanked Norway, Denmark and Sweden for the interceptor purchase announced earlier in the day and urged other partners to follow."],
    "strikes", "strikes", 3, MK, a="Olha Marchenko", sec=["aid"],
    n="reaction whose content is the attack: same story; posted after local midnight (17 April Kyiv = 16 April UTC)"),
  E("2026-04-16 22:50", "Explainer: Why ballistic missiles with cluster warheads are so deadly",
    ["Thursday’s strike on Mykolaiv follows a pattern seen in Sumy, Kharkiv and Odesa: an Iskander-M missile that scatters dozens of small bomblets over a wide area shortly before impact.",
     "Cluster warheads do little damage to reinforced buildings but are lethal to people in the open, which is why strikes during the morning rush hour produce such high tolls.",
     "Ballistic missiles fired from Crimea reach southern cities within three or four minutes, leaving residents almost no warning time."],
    "strikes", "strikes", 2, "explainer-cluster-warhead-ballistic-missiles", a="Dmytro Savchuk",
    n="theme piece (explainer); mentions Mykolaiv but is its own story: must not merge with the Mykolaiv strike"),
  E("2026-04-16 19:40", "Nordic trio to fund $600m Patriot interceptor purchase",
    ["Norway, Denmark and Sweden will jointly pay for $600 million worth of Patriot interceptors for Ukraine, bought from the United States through NATO’s PURL scheme, the three defence ministers said in a joint statement.",
     "The first missiles are expected to reach Ukraine within weeks."],
    "aid", "aid", 3, NORD, a="Olha Marchenko", kp=True, n="Key Point"),
  E("2026-04-16 16:15", "Ukraine repels assault near Huliaipole, General Staff says",
    ["Ukrainian forces beat back an attack by two Russian mechanised companies west of Huliaipole in the Zaporizhzhia region, the General Staff said, claiming eight armoured vehicles destroyed."],
    "other", "frontline", 2, "huliaipole-assault-repelled-2026-04-16", a="Dmytro Savchuk"),
  E("2026-04-16 13:30", "Mykolaiv death toll rises to nine",
    ["Nine people are now confirmed dead and 54 injured after this morning’s missile strike on Mykolaiv, regional governor Vitaliy Kim said.",
     "Among the dead is a 14-year-old girl who was waiting at a tram stop. Rescuers are still working at a damaged four-storey building."],
    "strikes", "strikes", 3, MK, a="Olha Marchenko", kp=True, n="Key Point; toll 9"),
  E("2026-04-16 11:05", "Watch: Rescuers search the rubble in central Mykolaiv", [],
    "strikes", "strikes", 1, MK, a="Dmytro Savchuk", n="video teaser without body"),
  E("2026-04-16 09:20", "Drones hit Ochakiv port overnight, two injured",
    ["Russian attack drones struck port facilities in Ochakiv, on the Mykolaiv region’s coast, overnight, injuring two dock workers and setting a warehouse on fire, the regional administration said.",
     "Ochakiv, which faces the Kinburn Spit, comes under shelling and drone attack almost every day."],
    "strikes", "strikes", 2, "ochakiv-port-drone-attack-2026-04-16", a="Dmytro Savchuk",
    n="same region, different strike (overnight drones on Ochakiv): must not merge with the Mykolaiv missile strike"),
  E("2026-04-16 08:10", "Ballistic missiles strike Mykolaiv during morning rush hour",
    ["At least two people were killed when ballistic missiles hit central Mykolaiv shortly before 8am, Governor Vitaliy Kim said on Telegram.",
     "Kim said one missile exploded near a market in the Tsentralnyi district and another in an industrial area. Ambulances and rescue crews are at both sites."],
    "strikes", "strikes", 3, MK, a="Olha Marchenko", kp=True, n="Key Point; first report, toll 2"),
]
SEEDS.append(dict(
  id="12420", name="12420_valeport-textlive", ext="txt", source="Valeport Courier", zone="Europe/Kyiv", render=r_valeport,
  title="Ukraine war live: Mykolaiv counts its dead after ballistic missile strike", dateline="Thursday 16 April 2026 · All times Kyiv (EEST)",
  lede="Russian ballistic missiles hit the southern city of Mykolaiv during the morning rush hour. Follow our live coverage.",
  basis="bare stamp '{s}' (Kyiv time, EEST = UTC+3, printed in the date line) on the page's only date line 'Thursday 16 April 2026'; local {d} in {z}",
  basis_first="bare stamp '{s}' at the top of a newest-first page whose only date line is 'Thursday 16 April 2026': it comes after the 22:50 post, so the blog crossed local midnight and this post is 17 April 00:35 Kyiv time (EEST, UTC+3) = 16 April 21:35 UTC; local {d} in {z}",
  notes="Invented outlet (Kyiv, English). Text live blog, newest first; 'Key Points' block with three headlines (key_point true, importance 3). Bare 'HH:MM' line before each headline, '— Name' signature after the body (author). The only date line says Thursday 16 April 2026, but the newest post (00:35) was written after local midnight: it is 17 April in Kyiv and still 16 April in UTC (midnight crossing). 12420-06 is a 'Watch:' teaser without body. 12420-02 is a theme piece (explainer) that mentions the Mykolaiv strike but is its own story. 12420-07 (Ochakiv drones, same region) must not merge with the Mykolaiv strike.",
  not_entries=["masthead and navigation", "'LIVE' label", "page title", "date line 'Thursday 16 April 2026 · All times Kyiv (EEST)'", "lede",
               "'Key Points' header and its three bullet headlines (they point to entries below)", "'Latest updates'", "'— Name' signatures (authors, not body)",
               "membership promo after the fourth post", "'Load earlier posts'", "footer"],
  kp_order=[d1_valeport[7], d1_valeport[4], d1_valeport[2]], entries=d1_valeport))

SEEDS.append(dict(
  id="12421", name="12421_wrenhollow-ldlive", ext="html", source="Wrenhollow Gazette", zone="Europe/London", render=r_wrenhollow,
  title="Russia-Ukraine war: missiles hit Mykolaiv as Sybiha heads to Ankara – live", url="https://wrenhollow-gazette.example/world/live/2026/apr/16/russia-ukraine-war-live",
  dateline="Thu 16 Apr 2026", lede="Our live coverage of Thursday’s developments in Russia’s war in Ukraine. All times BST.",
  basis="visible '{s}' in <time datetime> (UK time, BST = UTC+1) under the dateline 'Thu 16 Apr 2026'; JSON-LD liveBlogUpdate datePublished agrees; local {d} in {z}",
  notes="Invented outlet (UK). HTML live blog, oldest first, LiveBlogPosting JSON-LD with per-update datePublished and author; visible stamps like '6.30am BST' in <time datetime>; author line under each headline. Spells the Russian claim's city 'Nikolayev' (12421-02). 12421-07 repeats 12421-04 nearly verbatim (duplicate_of 12421-04). 12421-05 (a deadly drone strike in Belgorod) must not merge with the Mykolaiv strike. 12421-06 is re-posted verbatim the next day by Orchardine Dispatch (12431-04).",
  not_entries=["cookie banner", "masthead, navigation and weather widget", "'LIVE' kicker", "page title", "dateline", "standfirst", "'Read more' related link after the third post",
               "author lines under headlines (authors, not body)", "'Share' links", "'Show more updates'", "footer"],
  entries=[
  E("2026-04-16 06:30", "Deadly missile strike on Mykolaiv",
    ["Russian missiles have struck the southern Ukrainian city of Mykolaiv, killing at least three people, local officials say.",
     "The city’s mayor, Oleksandr Senkevych, urged residents to stay in shelters as the air-raid alert remained in force."],
    "strikes", "strikes", 3, MK, a="Rosalind Pike", n="toll 3"),
  E("2026-04-16 08:40", "Moscow says it hit ‘military targets’ in Nikolayev",
    ["Russia’s defence ministry says its forces carried out a ‘precision strike’ on a site in Nikolayev where, it claims, Ukrainian military personnel and foreign instructors had gathered.",
     "The ministry offered no evidence. Ukrainian officials say the missiles landed next to a market and a tram stop."],
    "strikes", "strikes", 3, MK, a="Rosalind Pike", n="Russian claim about the same attack; spelling 'Nikolayev'"),
  E("2026-04-16 10:15", "Mykolaiv toll rises to five",
    ["The number of people killed in this morning’s attack on Mykolaiv has risen to five, with more than 40 injured, according to the regional governor, Vitaliy Kim.",
     "A tram depot and a row of shops were among the buildings damaged."],
    "strikes", "strikes", 3, MK, a="Rosalind Pike", n="toll 5"),
  E("2026-04-16 11:50", "Sybiha in Ankara to discuss new round of talks",
    ["Ukraine’s foreign minister, Andrii Sybiha, has arrived in Ankara for talks with his Turkish counterpart, Hakan Fidan, on Turkey’s offer to host a new round of negotiations with Russia.",
     "Sybiha said Kyiv was ready for ‘any format that brings a real ceasefire closer’, but that it would not discuss giving up territory."],
    "diplomacy", "diplomacy", 3, DIP, a="Daniel Okafor"),
  E("2026-04-16 13:05", "Belgorod man killed in drone attack, governor says",
    ["A man was killed when a Ukrainian drone hit a car on the outskirts of Belgorod, the regional governor, Vyacheslav Gladkov, said.",
     "Russia’s defence ministry said air defences had destroyed 31 Ukrainian drones over border regions overnight and in the morning."],
    "strikes", "strikes", 3, "belgorod-drone-strike-2026-04-16", a="Daniel Okafor",
    n="deadly strike on the other side: must not merge with the Mykolaiv strike"),
  E("2026-04-16 14:30", "Nordic countries agree joint Patriot interceptor purchase",
    ["Norway, Denmark and Sweden have agreed to fund a $600m package of Patriot interceptor missiles for Ukraine, to be bought from US stocks through Nato’s purchasing scheme for Kyiv.",
     "Ukraine’s defence ministry said the missiles would be used to protect cities in the south and east, which are most exposed to ballistic attacks."],
    "aid", "aid", 3, NORD, a="Daniel Okafor"),
  E("2026-04-16 16:45", "Sybiha in Ankara to discuss new round of talks",
    ["Ukraine’s foreign minister, Andrii Sybiha, has arrived in Ankara for talks with his Turkish counterpart, Hakan Fidan, on Turkey’s offer to host a new round of negotiations with Russia.",
     "Sybiha said Kyiv was ready for ‘any format that brings a real ceasefire closer’ but would not discuss giving up territory."],
    "diplomacy", "diplomacy", 1, DIP, a="Daniel Okafor", dup="12421-04", n="near-verbatim repeat of 12421-04"),
  ]))

SEEDS.append(dict(
  id="12422", name="12422_norrington-worldrss", ext="xml", source="Norrington Daily Wire", zone="America/New_York", render=r_worldrss,
  title="Norrington Daily Wire – World", url="https://norrington-wire.example", lede="World news from the Norrington Daily Wire",
  basis="RSS pubDate '{s}' (explicit -0400 = US Eastern daylight time); local {d} in {z}",
  notes="Invented outlet (US). General world RSS feed, newest first, -0400 offsets, dc:creator per item. The war is a minority: four of six items are off-beat (IMF outlook, Peru election, Philippine earthquake, Asian markets). Spells the struck city 'Nikolaev' and carries the highest toll of the day (12).",
  not_entries=["channel title/link/description/language/lastBuildDate", "item link, guid and category elements"],
  entries=[
  E("2026-04-16 14:05", "Death toll in Russian missile strike on Nikolaev rises to 12",
    ["The death toll from Thursday's Russian ballistic missile strike on the southern Ukrainian city of Nikolaev rose to 12, including a teenage girl, regional officials said.",
     "More than 60 people were wounded in the morning attack, which hit a market area and a tram stop."],
    "strikes", "strikes", 3, MK, a="Grace Halloran", n="spelling 'Nikolaev'; toll 12"),
  OFF("2026-04-16 12:40", "IMF trims global growth forecast, citing tariffs and weak investment",
      ["The International Monetary Fund lowered its forecast for global growth this year to 2.9%, saying trade barriers and uncertainty were weighing on business investment."],
      "imf-world-economic-outlook-2026-04", a="Victor Amsel", n="economy"),
  OFF("2026-04-16 11:15", "Peru's presidential race heads to a June runoff",
      ["With nearly all votes counted from Sunday's election in Peru, no candidate has come close to a majority, setting up a runoff between the top two finishers on June 7."],
      "peru-election-runoff-2026", a="Lucia Ferrante", n="Latin American election"),
  E("2026-04-16 09:30", "Ukraine's top diplomat in Turkey to discuss new talks with Russia",
    ["Ukrainian Foreign Minister Andrii Sybiha met Turkish Foreign Minister Hakan Fidan in Ankara on Thursday to discuss Turkey's offer to host another round of direct talks between Kyiv and Moscow."],
    "diplomacy", "diplomacy", 3, DIP, a="Grace Halloran"),
  OFF("2026-04-16 07:50", "Strong quake shakes southern Philippines; no tsunami threat",
      ["A magnitude 6.4 earthquake struck off the island of Mindanao early Thursday, cracking roads and sending residents into the streets, but officials said there was no tsunami threat."],
      "mindanao-earthquake-2026-04-16", a="Victor Amsel", n="natural disaster"),
  OFF("2026-04-16 06:10", "Asian shares edge higher as earnings season picks up",
      ["Asian shares rose modestly on Thursday as investors looked ahead to a busy week of corporate earnings reports."],
      "asian-markets-2026-04-16", a="Victor Amsel", n="markets"),
  ]))

SEEDS.append(dict(
  id="12423", name="12423_elmcastle-article", ext="txt", source="Elmcastle Review", zone="Europe/Berlin", render=r_elmcastle,
  title="Missiles on Mykolayiv, diplomacy in Ankara: Ukraine’s Thursday", dateline="16 April 2026, 15:20 CEST", byline="Katrin Vollmer",
  lede="A deadly strike in the south, a diplomatic push in Turkey and a new German air-defence promise.",
  basis="no per-section stamp; the article's dateline '16 April 2026, 15:20 CEST' (Berlin, UTC+2) applies to every section; local {d} in {z}",
  notes="Invented outlet (Germany, English edition). One text article with three section headings = three entries; byline used as every entry's author; dateline '16 April 2026, 15:20 CEST'. Spells the struck city 'Mykolayiv' (toll 11). 12423-03 (German IRIS-T systems) is a separate aid story and must not merge with the Nordic Patriot purchase.",
  not_entries=["outlet name, navigation and breadcrumb", "page title", "lede", "byline 'By Katrin Vollmer'", "dateline", "share/print/listen line",
               "'Also read' link after the first section", "'More on this topic' link", "footer"],
  entries=[
  E("2026-04-16 15:20", "Missile strike on Mykolayiv",
    ["At least eleven people were killed on Thursday morning when Russian ballistic missiles struck the centre of Mykolayiv, a shipbuilding city of some 400,000 people near the Black Sea.",
     "According to the regional administration, one missile carried a cluster warhead that scattered bomblets over a market and a tram stop. More than 50 people were injured.",
     "Moscow said it had targeted a gathering of Ukrainian officers, a claim Kyiv dismissed as a lie."],
    "strikes", "strikes", 3, MK, a="Katrin Vollmer", n="spelling 'Mykolayiv'; toll 11"),
  E("2026-04-16 15:20", "Kyiv’s foreign minister in Ankara",
    ["Foreign Minister Andrii Sybiha travelled to Ankara to sound out Turkey about hosting a new round of direct talks with Russia, the first since last summer.",
     "Turkish officials said they were ready to receive delegations in Istanbul at short notice."],
    "diplomacy", "diplomacy", 3, DIP, a="Katrin Vollmer"),
  E("2026-04-16 15:20", "Berlin promises more IRIS-T",
    ["Defence Minister Boris Pistorius said Germany would deliver two more IRIS-T SLM air-defence systems to Ukraine before the end of June, paid for from this year’s budget.",
     "The announcement is separate from the Nordic purchase of Patriot missiles agreed on the same day."],
    "aid", "aid", 2, "germany-iris-t-additional-systems-2026-04-16", a="Katrin Vollmer",
    n="same aid theme, different pledge: must not merge with the Nordic Patriot purchase"),
  ]))

# ---------------------------------------------------------------- Day 2: Friday 17 April 2026
KR = "kropyvnytskyi-missile-drone-attack-2026-04-17"
REF = "saratov-refinery-drone-strike-2026-04-17"
DIP2 = "istanbul-talks-date-set-2026-04-24"
NORD_REPOST = SEEDS[[s["id"] for s in SEEDS].index("12421")]["entries"][5]

SEEDS.append(dict(
  id="12430", name="12430_starvale-htmllive", ext="html", source="Starvale Post", zone="Europe/Kyiv", render=r_starvale,
  title="Russia’s war against Ukraine, day 1,514: Kropyvnytskyi hit overnight", byline="By Iryna Sokil", dateline="April 17, 2026",
  lede="Russia struck the central city of Kropyvnytskyi with missiles and drones overnight. Mykolaiv mourns its dead. Follow our updates.",
  basis="visible '{s}' (12-hour clock, no zone printed; home zone Kyiv, EEST = UTC+3) on the page date 'April 17, 2026' (meta line); local {d} in {z}",
  notes="Invented outlet (Kyiv). HTML live blog, newest first, no JSON-LD at all. Stamps '9:40 PM' with no zone anywhere on the page: Kyiv local time assumed (the outlet's home zone, EEST). The date appears only in the meta line 'By Iryna Sokil · April 17, 2026'; that page byline is used as every entry's author ('Iryna Sokil'). 12430-05 is a 'Photos:' gallery teaser without text. 12430-04 (drone strike on a rail depot in Oleksandriia, same Kirovohrad region) must not merge with the Kropyvnytskyi attack. 12430-03 continues day 1's Mykolaiv story (day of mourning, toll 14).",
  not_entries=["header, navigation, 'Support us'", "page title", "meta line (byline and date)", "lead paragraph", "gallery placeholder 'Gallery · 12 photos' in the teaser",
               "membership banner after the third post", "'Read yesterday’s live updates' link", "footer"],
  entries=[
  E("2026-04-17 21:40", "Turkey says Ukraine-Russia talks will resume in Istanbul on April 24",
    ["Turkish Foreign Minister Hakan Fidan said delegations from Ukraine and Russia had agreed to meet in Istanbul on April 24, after he spoke by phone with Sergei Lavrov.",
     "Kyiv confirmed that its delegation would be led by Rustem Umerov, secretary of the National Security and Defence Council."],
    "diplomacy", "diplomacy", 3, DIP2, a="Iryna Sokil",
    n="new event (date fixed for talks): must not merge with day 1's Sybiha visit to Ankara"),
  E("2026-04-17 19:15", "Kropyvnytskyi toll rises to six as search ends",
    ["Rescuers in Kropyvnytskyi have finished searching the rubble of a five-storey apartment building, and the number of people killed in the overnight attack has risen to six, the State Emergency Service said.",
     "Twenty-three people were injured, four of them children."],
    "strikes", "strikes", 3, KR, a="Iryna Sokil", n="toll 6"),
  E("2026-04-17 16:05", "Mykolaiv holds day of mourning as toll reaches 14",
    ["Mykolaiv observed a day of mourning on Friday for the victims of Thursday’s ballistic missile strike, whose death toll rose overnight to 14 after two wounded people died in hospital.",
     "Flags flew at half-mast and entertainment events were cancelled. Governor Vitaliy Kim said 31 people remained in hospital."],
    "strikes", "strikes", 3, MK, a="Iryna Sokil", n="continuation of day 1's story with a new development (toll 14, mourning)"),
  E("2026-04-17 13:30", "Drones damage rail depot in Oleksandriia",
    ["A separate Russian drone attack around midday damaged a railway depot and two locomotives in Oleksandriia, about 70 km east of Kropyvnytskyi, Ukrzaliznytsia said. No one was hurt."],
    "strikes", "strikes", 2, "oleksandriia-rail-depot-drone-strike-2026-04-17", a="Iryna Sokil",
    n="same region (Kirovohrad), different strike: must not merge with the Kropyvnytskyi attack"),
  E("2026-04-17 11:20", "Photos: Kropyvnytskyi after the night attack", [], "strikes", "strikes", 1, KR, a="Iryna Sokil", n="photo gallery teaser without text"),
  E("2026-04-17 09:10", "Two killed as missiles and drones hit Kropyvnytskyi",
    ["Two people were killed and at least 15 injured when Russian missiles and drones struck Kropyvnytskyi, the administrative centre of the Kirovohrad region, overnight, regional officials said.",
     "An industrial plant and two apartment buildings were hit. Fires broke out in several places and have since been put out."],
    "strikes", "strikes", 3, KR, a="Iryna Sokil", n="toll 2"),
  E("2026-04-17 07:45", "Russia launched 146 drones and 11 missiles overnight, air force says",
    ["Russia attacked Ukraine overnight with 146 drones and 11 missiles, Ukraine’s air force said, adding that 121 drones and seven missiles were shot down or jammed.",
     "The main target was the Kirovohrad region. Hits were also recorded in the Dnipropetrovsk and Poltava regions."],
    "strikes", "strikes", 3, KR, a="Iryna Sokil", n="the overnight raid whose main target was Kropyvnytskyi: same story"),
  ]))

SEEDS.append(dict(
  id="12431", name="12431_orchardine-atom", ext="xml", source="Orchardine Dispatch", zone="Europe/Paris", render=r_atom,
  title="Orchardine Dispatch — Europe & Ukraine", url="https://orchardine-dispatch.example", lede="Wire copy on Europe and the war in Ukraine",
  basis="Atom <published> '{s}' (explicit +02:00 = Paris summer time); local {d} in {z}",
  notes="Invented outlet (France, English wire). Atom 1.0, newest first, +02:00 offsets, <author> per entry, escaped-HTML content. Spells the day's main city 'Kropivnitsky'. 12431-04 re-posts day 1's entry 12421-06 (Wrenhollow Gazette, 16 April) verbatim, same headline, body and author: a syndicated re-post of a day-1 entry, importance 1, same story slug, duplicate_of null (that field is for repeats within a seed). 12431-02 (Ukrainian drones on a Saratov refinery) must not merge with the Kropyvnytskyi attack.",
  not_entries=["feed title, subtitle, links, id, updated", "entry link, id and updated elements"],
  entries=[
  E("2026-04-17 22:30", "Kropivnitsky death toll reaches six",
    ["Six people were killed in the overnight Russian attack on Kropivnitsky in central Ukraine, emergency services said after rescuers finished clearing a damaged apartment block."],
    "strikes", "strikes", 3, KR, a="Léa Fontanel", n="spelling 'Kropivnitsky'; toll 6"),
  E("2026-04-17 19:05", "Saratov refinery halts units after Ukrainian drone strike",
    ["Ukrainian drones struck an oil refinery in the Russian city of Saratov early on Friday, causing a fire that forced the plant to halt two processing units, according to an industry source.",
     "Saratov governor Roman Busargin said debris from downed drones had damaged residential buildings but caused no casualties."],
    "strikes", "strikes", 3, REF, a="Marc Delorme", n="strike in the other direction, same day: must not merge with the Kropyvnytskyi attack"),
  E("2026-04-17 15:40", "Ankara sets April 24 for next Ukraine-Russia talks",
    ["Turkey will host the next round of direct talks between Ukraine and Russia in Istanbul on April 24, Turkish diplomatic sources said on Friday."],
    "diplomacy", "diplomacy", 3, DIP2, a="Marc Delorme"),
  W(E("2026-04-17 12:20", NORD_REPOST["h"], NORD_REPOST["p"], "aid", "aid", 1, NORD, a=NORD_REPOST["a"],
      n="re-post of day-1 entry 12421-06 (verbatim; syndicated a day later): importance 1, same story"), repost=True),
  E("2026-04-17 10:10", "Russian strike on Kropivnitsky kills four",
    ["A Russian missile and drone attack on Kropivnitsky overnight killed four people and damaged an industrial plant and apartment buildings, the regional governor said."],
    "strikes", "strikes", 3, KR, a="Léa Fontanel", n="toll 4"),
  E("2026-04-17 07:30", "France to train more Ukrainian pilots on Mirage jets",
    ["France will double the number of Ukrainian pilots it trains on Mirage 2000 fighters this year, the armed forces ministry said, as Paris prepares to hand over more aircraft."],
    "aid", "aid", 2, "france-mirage-pilot-training-2026-04-17", a="Marc Delorme"),
  ]))

SEEDS.append(dict(
  id="12432", name="12432_copperleigh-textlive", ext="txt", source="Copperleigh Tribune", zone="America/New_York", render=r_copperleigh,
  title="Live updates: Russia strikes central Ukraine as Mykolaiv mourns", dateline="Friday, April 17, 2026",
  lede="Follow the latest on Russia's war in Ukraine. All times Eastern.",
  basis="stamp '{s}' after the headline in the 'By NAME | time' line (US Eastern daylight time, UTC-4) on the header date 'Friday, April 17, 2026'; local {d} in {z}",
  notes="Invented outlet (US). Text live blog, oldest first. Each post: headline line, then 'By NAME | 6:10 AM EDT' (stamp after the headline), then body. Spells the main city 'Kropyvnytskyy'. 12432-04 is a theme piece (analysis of strikes on central Ukraine's rail hubs) that mentions Kropyvnytskyy and Oleksandriia but is its own story. 12432-05 repeats 12432-01 nearly verbatim (duplicate_of 12432-01; 'fired' -> 'launched'), carrying the stale toll of four. 12432-03 continues day 1's Mykolaiv story.",
  not_entries=["outlet name and navigation", "'LIVE UPDATES' label", "page title", "header date line", "lede", "'By NAME | time' lines (author and stamp, not body)",
               "'ADVERTISEMENT' marker", "'Related:' link after the fifth post", "'Updates have ended for today.'", "footer"],
  entries=[
  E("2026-04-17 06:10", "Russia pounds central Ukrainian city overnight",
    ["Russian missiles and drones slammed into the central Ukrainian city of Kropyvnytskyy overnight, killing at least four people and setting an industrial plant on fire, officials said Friday.",
     "Ukraine's air force said Russia fired 11 missiles and nearly 150 drones across the country."],
    "strikes", "strikes", 3, KR, a="Nathan Brooks", n="spelling 'Kropyvnytskyy'; toll 4"),
  E("2026-04-17 07:35", "Ukrainian drones set Saratov refinery ablaze, governor says",
    ["A Ukrainian drone attack set fire to an oil refinery in Saratov, a city on the Volga River about 500 miles from the border, the regional governor said Friday.",
     "Ukraine's General Staff said the plant supplies fuel to Russian forces fighting in Ukraine."],
    "strikes", "strikes", 3, REF, a="Nathan Brooks", n="must not merge with the Kropyvnytskyi attack"),
  E("2026-04-17 09:00", "Mykolaiv toll reaches 14 as city mourns",
    ["The death toll from Thursday's missile strike on Mykolaiv rose to 14 on Friday as the southern Ukrainian city held a day of mourning.",
     "Ukrainian prosecutors said the attack used an Iskander-M missile fitted with a cluster warhead and opened a war crimes investigation."],
    "strikes", "strikes", 3, MK, a="Maria Esposito", n="continuation of day 1's story with a new development"),
  E("2026-04-17 10:45", "Analysis: Why Russia keeps hitting rail hubs in central Ukraine",
    ["Friday's attacks on Kropyvnytskyy and Oleksandriia fit a pattern that has become clear since the winter: Russia is going after the rail junctions and depots of central Ukraine.",
     "The region sits on the lines that carry fuel, ammunition and grain between the western border and the front. Damaging them slows supplies without any need to cross the front line.",
     "Ukrainian railway officials say repair crews now restore most damaged track within a day, but locomotives are harder to replace."],
    "strikes", "strikes", 2, "analysis-russian-strikes-central-ukraine-rail-hubs", a="Maria Esposito",
    n="theme piece (analysis); mentions the day's attacks but is its own story: must not merge with the Kropyvnytskyi attack"),
  E("2026-04-17 12:20", "Russia pounds central Ukrainian city overnight",
    ["Russian missiles and drones slammed into the central Ukrainian city of Kropyvnytskyy overnight, killing at least four people and setting an industrial plant on fire, officials said Friday.",
     "Ukraine's air force said Russia launched 11 missiles and nearly 150 drones across the country."],
    "strikes", "strikes", 1, KR, a="Nathan Brooks", dup="12432-01", n="near-verbatim repeat of 12432-01"),
  E("2026-04-17 13:50", "Ukraine's parliament extends martial law for another 90 days",
    ["Ukraine's parliament voted Friday to extend martial law and general mobilization for another 90 days, until late July."],
    "other", "politics", 2, "ukraine-martial-law-extension-2026-04-17", a="Maria Esposito"),
  E("2026-04-17 15:30", "Senate panel to take up Russia sanctions bill next week",
    ["The Senate Foreign Relations Committee will vote Tuesday on a bill that would impose sweeping new sanctions on Russia and tariffs on buyers of its oil, the committee's chairman said Friday."],
    "diplomacy", "diplomacy", 2, "senate-panel-schedules-russia-sanctions-vote-2026-04-17", a="Nathan Brooks"),
  ]))

SEEDS.append(dict(
  id="12433", name="12433_zandercove-worldrss", ext="xml", source="Zandercove Times", zone="Asia/Singapore", render=r_worldrss,
  title="Zandercove Times | World", url="https://zandercove-times.example", lede="The latest world news from the Zandercove Times",
  basis="RSS pubDate '{s}' (explicit +0800 = Singapore time); local {d} in {z}",
  notes="Invented outlet (Singapore). General world RSS feed, newest first, +0800 offsets, no dc:creator (author null). The war is a minority: four of six items are off-beat (Singapore exports, Japanese stocks, Jakarta floods, South China Sea protest). The newest item is dated 18 April in Singapore but is 17 April in UTC.",
  not_entries=["channel title/link/description/language/lastBuildDate", "item link, guid and category elements"],
  entries=[
  E("2026-04-18 02:10", "Ukraine says Russian strike on Kropyvnytskyi kills six",
    ["Six people died in a Russian missile and drone attack on the central Ukrainian city of Kropyvnytskyi, Ukraine's emergency service said on Friday."],
    "strikes", "strikes", 3, KR, n="local date 18 April (Singapore) = 17 April UTC"),
  OFF("2026-04-17 23:30", "Singapore's non-oil exports rise 4.2% in March",
      ["Singapore's non-oil domestic exports grew 4.2% in March from a year earlier, helped by strong demand for electronics, official data showed."],
      "singapore-nodx-march-2026", n="economy"),
  E("2026-04-17 20:45", "Istanbul to host Ukraine-Russia talks on April 24, Turkey says",
    ["Turkey said on Friday that Ukrainian and Russian negotiators would meet in Istanbul on April 24 for their first direct talks in months."],
    "diplomacy", "diplomacy", 3, DIP2),
  OFF("2026-04-17 17:15", "Nikkei closes at record high on chip rally",
      ["Japan's Nikkei share average closed at a record on Friday, led by semiconductor stocks after strong results from a major chip equipment maker."],
      "nikkei-record-2026-04-17", n="markets"),
  OFF("2026-04-17 14:00", "Heavy rain floods parts of Jakarta; thousands evacuated",
      ["Torrential overnight rain flooded several districts of Jakarta, forcing more than 5,000 residents to move to temporary shelters, the disaster agency said."],
      "jakarta-floods-2026-04-17", n="weather"),
  OFF("2026-04-17 10:20", "Manila lodges protest over coast guard water-cannon incident",
      ["The Philippines said it had lodged a diplomatic protest with China after a Chinese coast guard ship fired a water cannon at a Philippine supply vessel near Second Thomas Shoal."],
      "south-china-sea-water-cannon-2026-04", n="South China Sea"),
  ]))

# ---------------------------------------------------------------- Day 3: Saturday 13 June 2026
NOV = "novorossiysk-naval-base-drone-attack-2026-06-13"
ODS = "odesa-port-drone-attack-2026-06-13"
G7 = "g7-evian-summit-ukraine-2026-06"
PRIS = "uae-mediated-prisoner-exchange-2026-06-13"

SEEDS.append(dict(
  id="12440", name="12440_amberlyn-worldatom", ext="xml", source="Amberlyn World Service", zone="UTC", render=r_atom,
  title="Amberlyn World Service: Top stories", url="https://amberlyn-world.example", lede="Top world stories, updated around the clock",
  basis="Atom <published> '{s}' (explicit Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, newest first, Z times, no authors. The war is a minority: four of six items are off-beat (Trooping the Colour, monsoon, World Cup, Greek wildfire).",
  not_entries=["feed title, subtitle, links, id, updated", "entry link, id and updated elements"],
  entries=[
  E("2026-06-13 19:40", "G7 leaders arrive in Evian with Ukraine and trade on the agenda",
    ["Leaders of the Group of Seven began arriving in the French spa town of Evian on Saturday for a three-day summit expected to focus on trade tensions, artificial intelligence and support for Ukraine.",
     "President Volodymyr Zelensky is due to join the talks on Monday."],
    "diplomacy", "diplomacy", 3, G7),
  OFF("2026-06-13 17:05", "King leads Trooping the Colour parade in London",
      ["King Charles took the salute at the annual Trooping the Colour parade in central London on Saturday, marking his official birthday."],
      "trooping-the-colour-2026", n="royal event"),
  OFF("2026-06-13 14:20", "Monsoon rains reach Mumbai after weeks of heat",
      ["The south-west monsoon arrived in Mumbai on Saturday, bringing relief after weeks of temperatures above 38C, India's weather office said."],
      "mumbai-monsoon-onset-2026", n="weather"),
  E("2026-06-13 11:45", "Ukraine says sea drones hit warships in Novorossiysk",
    ["Ukraine's navy said on Saturday that sea drones and long-range air drones had struck Russian warships and an oil terminal in the Black Sea port of Novorossiysk overnight.",
     "Russian officials said one person was killed and confirmed damage at the port, but did not comment on the warships."],
    "strikes", "strikes", 3, NOV, n="toll 1"),
  OFF("2026-06-13 09:30", "World Cup fan zones packed as tournament's first weekend begins",
      ["Hundreds of thousands of fans filled official fan festivals from Mexico City to Toronto on Saturday as the World Cup entered its first weekend."],
      "world-cup-first-weekend-2026", n="sport"),
  OFF("2026-06-13 06:15", "Wildfire forces evacuations on the Greek island of Chios",
      ["Firefighters backed by water-dropping aircraft battled a wildfire on Chios overnight, and authorities ordered the evacuation of four villages."],
      "chios-wildfire-2026-06", n="wildfire"),
  ]))

SEEDS.append(dict(
  id="12441", name="12441_ravenscar-textlive", ext="txt", source="Ravenscar Chronicle", zone="Europe/London", render=r_ravenscar,
  title="Ukraine war live: drones strike Russia’s Novorossiysk naval base", ref="2026-06-13 21:40", parse_args=["--date", "2026-06-13"],
  lede="Ukraine attacks the Black Sea port overnight; prisoners come home; Russia claims a village near Kupiansk.",
  basis="relative stamp '{s}' counted back from the printed clock 'Last updated 21:40 BST, Saturday 13 June' (UK time, BST = UTC+1; no year on the page, parse_args gives 2026-06-13); local {d} in {z}",
  notes="Invented outlet (UK). Text live blog, newest first, relative stamps only ('25 minutes ago', '3 hours ago') against the printed header clock 'Last updated 21:40 BST, Saturday 13 June'. No year anywhere on the page (parse_args --date 2026-06-13). No per-post authors (author null). 12441-04 is a 'Video:' teaser without body. 12441-02 is a theme piece (explainer on sea drones) that mentions Novorossiysk but is its own story. 12441-08 (Russian drones on Odesa's port) must not merge with the Novorossiysk attack.",
  not_entries=["outlet name and navigation", "'LIVE' label", "page title", "'Last updated 21:40 BST, Saturday 13 June' clock line", "lede", "weather widget line",
               "newsletter promo after the fourth post", "'Load more'", "footer"],
  entries=[
  E("2026-06-13 21:15", "Novorossiysk: second death confirmed as port fire burns on",
    ["A second person has died after the overnight attack on Novorossiysk, the governor of Russia’s Krasnodar region, Veniamin Kondratyev, said, adding that a fire at an oil storage site was still not fully out."],
    "strikes", "strikes", 3, NOV, n="toll 2"),
  E("2026-06-13 20:40", "Explainer: How Ukraine’s sea drones reshaped the Black Sea war",
    ["Saturday’s raid on Novorossiysk is the latest in a campaign that has pushed most of Russia’s Black Sea Fleet out of Crimea.",
     "Ukraine’s uncrewed surface vessels are cheap, sit low in the water and are hard to spot at night. Newer versions carry their own air-defence missiles or launch small aerial drones.",
     "Russia has answered with booms, patrol helicopters and more guns on its ships, but it has not found a way to keep the drones out of its remaining bases."],
    "strikes", "strikes", 2, "explainer-ukraine-sea-drones",
    n="theme piece (explainer); mentions Novorossiysk but is its own story: must not merge with the Novorossiysk attack"),
  E("2026-06-13 18:40", "Prisoner exchange: 150 Ukrainians return home",
    ["Ukraine and Russia have each released 150 prisoners of war in an exchange mediated by the United Arab Emirates, Ukraine’s coordination headquarters for prisoners of war said.",
     "Among those returned were defenders of Mariupol who had been held since the fall of the city."],
    "diplomacy", "diplomacy", 3, PRIS),
  E("2026-06-13 17:40", "Video: Smoke rises over Novorossiysk bay", [], "strikes", "strikes", 1, NOV, n="video teaser without body"),
  E("2026-06-13 15:40", "Russia claims capture of village near Kupiansk",
    ["Russia’s defence ministry claimed its troops had captured the village of Petropavlivka, east of Kupiansk in the Kharkiv region.",
     "Ukraine’s military did not confirm the claim."],
    "other", "frontline", 2, "russia-claims-village-near-kupiansk-2026-06-13"),
  E("2026-06-13 12:40", "Netherlands pledges €300m for Ukrainian drone production",
    ["The Netherlands will give €300m to finance the production of long-range drones in Ukraine under the so-called Danish model, the Dutch defence ministry said."],
    "aid", "aid", 2, "netherlands-drone-production-pledge-2026-06-13"),
  E("2026-06-13 09:40", "Ukrainian drones strike Novorossiysk naval base",
    ["Ukraine has attacked the Russian naval base at Novorossiysk with more than 20 air and sea drones overnight, according to Russian officials and Ukrainian sources.",
     "Russian officials said one person was killed and several ships were damaged, without giving details."],
    "strikes", "strikes", 3, NOV, n="first report here: more than 20 drones, toll 1"),
  E("2026-06-13 07:40", "Russian drones hit Odesa port, one dead",
    ["A Russian drone attack on Odesa overnight killed a port worker and damaged grain storage facilities, the regional governor, Oleh Kiper, said."],
    "strikes", "strikes", 3, ODS, n="same theme (ports), opposite direction: must not merge with the Novorossiysk attack"),
  ]))

SEEDS.append(dict(
  id="12442", name="12442_quillford-rss", ext="xml", source="Quillford Wire", zone="Europe/Kyiv", render=r_worldrss,
  title="Quillford Wire — War in Ukraine", url="https://quillford-wire.example", lede="News agency copy on Russia’s war against Ukraine",
  basis="RSS pubDate '{s}' (explicit +0300 = Kyiv summer time); local {d} in {z}",
  notes="Invented outlet (Kyiv news agency). RSS 2.0, newest first, +0300 offsets, dc:creator per item. Spells the Russian port 'Novorossiisk'; drone counts grow during the day (explosions reported -> 40 air drones and six sea drones). 12442-04 (a non-deadly guided-bomb strike on Kharkiv) is its own story.",
  not_entries=["channel title/link/description/language/lastBuildDate", "item link, guid and category elements"],
  entries=[
  E("2026-06-13 22:50", "Prisoner swap: Ukraine brings home 150 soldiers",
    ["A total of 150 Ukrainian prisoners of war returned home on Saturday in an exchange brokered by the United Arab Emirates, President Volodymyr Zelensky said."],
    "diplomacy", "diplomacy", 3, PRIS, a="Taras Hnatyuk"),
  E("2026-06-13 18:20", "Novorossiisk attack: navy says frigate and tanker hit",
    ["Ukraine’s navy said 40 long-range drones and six sea drones took part in the overnight attack on Novorossiisk, hitting a Russian frigate at its mooring and a tanker loading at the Sheskharis oil terminal.",
     "Russia’s defence ministry said it had destroyed all the sea drones and 38 air drones."],
    "strikes", "strikes", 3, NOV, a="Svitlana Moroz", n="spelling 'Novorossiisk'; 40 air + 6 sea drones"),
  E("2026-06-13 15:05", "Zelensky to attend G7 summit in Evian on Monday",
    ["President Volodymyr Zelensky will travel to France on Monday to take part in the G7 summit in Evian, where he plans to seek new air-defence commitments, his office said."],
    "diplomacy", "diplomacy", 3, G7, a="Taras Hnatyuk"),
  E("2026-06-13 12:30", "Kharkiv: guided bomb hits industrial site, three injured",
    ["A Russian guided aerial bomb struck an industrial facility in Kharkiv’s Kholodnohirskyi district, injuring three workers, Mayor Ihor Terekhov said."],
    "strikes", "strikes", 2, "kharkiv-guided-bomb-industrial-site-2026-06-13", a="Svitlana Moroz", n="separate non-deadly strike"),
  E("2026-06-13 09:15", "Odesa: port worker killed in night drone attack",
    ["A Russian drone attack on the port of Odesa killed a 52-year-old worker and set fire to a grain warehouse overnight, Governor Oleh Kiper said."],
    "strikes", "strikes", 3, ODS, a="Svitlana Moroz", n="must not merge with the Novorossiysk attack"),
  E("2026-06-13 07:40", "Explosions reported in Novorossiisk as sea drones attack",
    ["Residents of the Russian port city of Novorossiisk reported explosions and anti-aircraft fire for several hours overnight, as local authorities announced a sea-drone alert."],
    "strikes", "strikes", 3, NOV, a="Taras Hnatyuk", n="first report"),
  ]))

SEEDS.append(dict(
  id="12443", name="12443_merriden-htmllive", ext="html", source="Merriden Journal", zone="Europe/Paris", render=r_merriden,
  title="Live: Ukraine strikes Novorossiysk, G7 gathers in Evian", url="https://merriden-journal.example/en/live/2026/06/13/ukraine-g7",
  dateline="Saturday 13 June 2026 — all times are Paris time (CEST)", page_published="2026-06-13 07:55",
  lede="Follow our live coverage of the war in Ukraine and the run-up to the G7 summit in Evian.",
  basis="visible bare '{s}' above the headline (Paris time, CEST = UTC+2, as printed in the date line 'Saturday 13 June 2026 — all times are Paris time (CEST)'); the JSON-LD update times are all the page's own datePublished and are ignored; local {d} in {z}",
  notes="Invented outlet (France, English edition). HTML live blog, oldest first. LiveBlogPosting JSON-LD is present, but every liveBlogUpdate repeats the page's datePublished (07:55) and the page title as headline, so per-entry times and headlines come from the visible HTML (bare '08:10' spans; the date line says all times are Paris time). No authors. 12443-04 repeats 12443-01 nearly verbatim (duplicate_of 12443-01). 12443-02 (Odesa port) must not merge with the Novorossiysk attack.",
  not_entries=["header and navigation", "page title", "date line", "chapo/standfirst", "app promo after the third post", "footer"],
  entries=[
  E("2026-06-13 08:10", "Black Sea: Ukraine strikes Novorossiysk naval base overnight",
    ["Ukrainian drones attacked Russia’s naval base in Novorossiysk overnight, Russian officials said, in one of the largest strikes on the port since the start of the war.",
     "Videos posted by residents showed fires near the oil terminal and tracer fire over the bay."],
    "strikes", "strikes", 3, NOV),
  E("2026-06-13 10:25", "Odesa port hit by Russian drones",
    ["Russian drones hit port facilities in Odesa overnight, killing one worker and damaging a grain store, Ukrainian authorities said."],
    "strikes", "strikes", 3, ODS, n="must not merge with the Novorossiysk attack"),
  E("2026-06-13 12:50", "Macron: G7 must ‘speak with one voice’ on Ukraine",
    ["Emmanuel Macron said on Saturday that the G7 must ‘speak with one voice’ on Ukraine when leaders meet in Evian, on the eve of the summit he is hosting."],
    "diplomacy", "diplomacy", 3, G7),
  E("2026-06-13 15:30", "Black Sea: Ukraine strikes Novorossiysk naval base overnight",
    ["Ukrainian drones attacked Russia’s naval base in Novorossiysk overnight, Russian officials said, in one of the largest strikes on the port since the war began.",
     "Videos posted by residents showed fires near the oil terminal and tracer fire over the bay."],
    "strikes", "strikes", 1, NOV, dup="12443-01", n="near-verbatim repeat of 12443-01"),
  E("2026-06-13 17:45", "EU envoys agree to extend economic sanctions on Russia",
    ["EU ambassadors agreed on Saturday to extend the bloc’s economic sanctions on Russia for another six months, until the end of January, diplomats said."],
    "diplomacy", "diplomacy", 2, "eu-extends-russia-economic-sanctions-2026-06-13"),
  E("2026-06-13 19:30", "Novorossiysk toll rises to two, Krasnodar governor says",
    ["A second person has died of injuries sustained in the overnight drone attack on Novorossiysk, Krasnodar regional governor Veniamin Kondratyev said."],
    "strikes", "strikes", 3, NOV, n="toll 2"),
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
            d = dt(e["t"], S["zone"])
            if len(e["t"]) == 10:
                pub, loc = e["t"], f"{e['t']} {S['zone']}"
            else:
                pub = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"); loc = d.strftime("%Y-%m-%d %H:%M ") + S["zone"]
            basis = S.get("basis_first") if (i == 0 and S.get("basis_first")) else S["basis"]
            basis = basis.format(s=stamps[i], d=(e["t"] if len(e["t"]) == 10 else d.strftime("%Y-%m-%d %H:%M")), z=S["zone"],
                                 dd=d.strftime("%d.%m.%Y"))
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i], "published": pub, "published_local": loc,
                         "published_basis": basis, "author": e["a"],
                         "first_sentence": first_sentence(e["p"][0]) if e["p"] else None, "body_paragraphs": len(e["p"]),
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
        print(f"{fn:40s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


if __name__ == "__main__":
    main()

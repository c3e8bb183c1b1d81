#!/usr/bin/env python3
"""Builds the eval/eg seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented or paraphrased, no copied sentences);
Part A imitates the page layouts of ten real outlets from memory, Part B outlets are invented. Deterministic.
Run from the project root:  python3 eval/eg/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=""):
    """one entry: t = local time 'YYYY-MM-DD HH:MM' in the page zone (or 'YYYY-MM-DD' when the page prints no time)."""
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


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
    suf = ("a.m." if d.hour < 12 else "p.m.") if dots else ("am" if d.hour < 12 else "pm")
    if upper:
        suf = suf.upper()
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first (page order)"


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def slug(s, n=60):
    return re.sub(r"[^a-z0-9]+", "-", s.lower().replace("\u2019", "")).strip("-")[:n].strip("-")


def ld(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + '</script>'


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_nature(S):
    """Nature (nature.com) 'Nature Briefing' daily article, HTML. Article type label + date only ('2 November 2026'), one
    author, items = <h3> headline + paragraph(s) + a source line ('Nature | 4 min read'), a 'Features & opinion' section,
    'Quote of the day', sign-off. JSON-LD: WebPage whose mainEntity is the article, datePublished at T00:00:00Z."""
    day = datetime.strptime(S["date"], "%Y-%m-%d")
    datestr = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    data = {"mainEntity": {"headline": S["title"], "description": S["lede"], "datePublished": f"{S['date']}T00:00:00Z",
                           "dateModified": f"{S['date']}T00:00:00Z", "pageStart": "", "pageEnd": "", "sameAs": f"https://doi.org/{S['doi']}",
                           "keywords": ["Research management", "Physics", "Ecology", "Society"],
                           "image": [f"https://media.springernature.com/lw1200/magazine-assets/{S['doi'].split('/')[1]}/{S['doi'].split('/')[1]}_2741.jpg"],
                           "isPartOf": {"name": "Nature", "issn": ["1476-4687", "0028-0836"], "@type": ["Periodical"]},
                           "publisher": {"name": "Nature Publishing Group UK", "logo": {"url": "https://www.springernature.com/app-sn/public/images/logo-springernature.png", "@type": "ImageObject"}, "@type": "Organization"},
                           "author": [{"name": S["author"], "@type": "Person"}], "isAccessibleForFree": True, "@type": "NewsArticle"},
            "@context": "https://schema.org", "@type": "WebPage"}
    out = ['<!DOCTYPE html>', '<html lang="en" class="grade-c">', '<head>', '<meta charset="utf-8">',
           f'<title>{esc(S["title"])}</title>', f'<meta name="dc.title" content="{attr(S["title"])}">',
           f'<meta name="dc.date" content="{S["date"]}">', f'<meta name="dc.identifier" content="doi:{S["doi"]}">',
           f'<meta name="citation_publication_date" content="{S["date"].replace("-", "/")}">',
           '<meta name="dc.publisher" content="Nature Publishing Group UK">', ld(data), '</head>', '<body>',
           '<a class="c-skip-link" href="#content">Skip to main content</a>',
           '<div class="c-grade-c-banner"><p>Thank you for visiting nature.com. You are using a browser version with limited support for CSS. '
           'To obtain the best experience, we recommend you use a more up to date browser (or turn off compatibility mode in Internet Explorer). '
           'In the meantime, to ensure continued support, we are displaying the site without styles and JavaScript.</p></div>',
           '<header class="c-header"><a href="/" data-track-label="header">nature</a> <a href="/siteindex">View all journals</a> '
           '<a href="/search">Search</a> <a href="/login">Log in</a>'
           '<nav><a href="#explore">Explore content</a> <a href="#about-the-journal">About the journal</a> <a href="#publish-with-us">Publish with us</a></nav>'
           '<a href="/nature/subscribe">Subscribe</a> <a href="/my-account/alerts/subscribe-journal?list-id=1">Sign up for alerts</a> '
           '<a href="https://www.nature.com/nature.rss">RSS feed</a></header>',
           '<nav aria-label="breadcrumbs"><ol class="c-breadcrumbs"><li><a href="/">nature</a></li><li><a href="/nature/articles?type=nature-briefing">nature briefing</a></li><li>article</li></ol></nav>',
           '<main id="content"><article>',
           f'<ul class="c-article-identifiers"><li class="c-article-identifiers__item">NATURE BRIEFING</li>'
           f'<li class="c-article-identifiers__item"><time datetime="{S["date"]}">{datestr}</time></li></ul>',
           f'<h1 class="c-article-magazine-title">{esc(S["title"])}</h1>',
           f'<div class="c-article-teaser-text">{esc(S["lede"])}</div>',
           f'<ul class="c-article-author-list"><li class="c-article-author-list__item"><a href="#author-0">{esc(S["author"])}</a></li></ul>',
           '<ul class="c-article-share"><li><a>Twitter</a></li><li><a>Facebook</a></li><li><a>Email</a></li></ul>',
           '<div class="c-article-body main-content">',
           '<p>Hello Nature readers, would you like to get this Briefing in your inbox free every day? <a href="/briefing/signup">Sign up here</a>.</p>',
           f'<figure><figcaption>{esc(S["caption"])}</figcaption></figure>']
    cur = None
    for e in S["entries"]:
        if e.get("sect") != cur:
            cur = e.get("sect")
            if cur:
                out.append(f'<h2>{esc(cur)}</h2>')
        out.append(f'<h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="c-briefing__source"><a href="#">{esc(e["src"])}</a></p>')
        if e.get("ref"):
            out.append(f'<p class="c-briefing__reference">Reference: <a href="#">{esc(e["ref"])}</a></p>')
    out += ['<h2>Quote of the day</h2>', f'<p><strong>{esc(S["quote"])}</strong></p>', f'<p>{esc(S["quote_by"])}</p>',
            f'<p>{esc(S["signoff"])}</p>', f'<p><em>{esc(S["signoff_by"])}</em></p>',
            '<p><strong>Want more?</strong> Sign up to our other free Nature Briefing newsletters: Nature Briefing: Cancer, Nature Briefing: AI &amp; Robotics and Nature Briefing: Microbiology.</p>',
            '</div>', f'<p class="c-article-doi">doi: <a href="https://doi.org/{S["doi"]}">https://doi.org/{S["doi"]}</a></p>',
            '<section class="c-latest-on"><h2>Latest on:</h2><a href="/subjects/research-management">Research management</a> '
            '<a href="/subjects/physics">Physics</a> <a href="/subjects/ecology">Ecology</a></section>',
            '<aside class="c-nature-briefing-signup"><p>Sign up for the Nature Briefing newsletter \u2014 what matters in science, free to your inbox daily.</p>'
            '<label>Email address <input type="email"></label> <button>Sign up</button>'
            '<p>I agree my information will be processed in accordance with the Nature and Springer Nature Limited Privacy Policy.</p></aside>',
            '</article></main>',
            '<footer class="c-footer"><p>Nature (Nature) ISSN 1476-4687 (online) ISSN 0028-0836 (print)</p>'
            '<p>nature.com sitemap \u00b7 About Nature Portfolio \u00b7 Discover content \u00b7 Publishing policies \u00b7 Author &amp; Researcher services \u00b7 Libraries &amp; institutions \u00b7 Advertising &amp; partnerships</p>'
            '<p>\u00a9 2026 Springer Nature Limited</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_newscientist(S):
    """New Scientist home RSS 2.0: pubDate '+0000', description = the standfirst, one category, utm-tagged links,
    media:thumbnail; no author element."""
    order_check(S, True)
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss xmlns:media="http://search.yahoo.com/mrss/" version="2.0">', '<channel>',
           '<title>New Scientist - Home</title>', '<link>https://www.newscientist.com/home/</link>',
           f'<description>{esc(S["lede"])}</description>', '<language>en</language>',
           f'<lastBuildDate>{rfc822(dt(S["built"], z))}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        num = 2503117 + 37 * (len(S["entries"]) - i)
        path = f"{num}-{slug(e['h'])}/"
        out += ['<item>', f'<title>{esc(e["h"])}</title>',
                f'<link>https://www.newscientist.com/article/{path}?utm_campaign=RSS%7CNSNS&amp;utm_source=NSNS&amp;utm_medium=RSS&amp;utm_content=home</link>',
                f'<description>{esc(" ".join(e["p"]))}</description>', f'<category>{esc(e["cat"])}</category>',
                f'<guid isPermaLink="false">{path}</guid>', f'<pubDate>{st}</pubDate>',
                f'<media:thumbnail url="https://images.newscientist.com/wp-content/uploads/{d:%Y/%m/%d}/{d:%H%M%S}/SEI_{num % 100000}.jpg" width="1200" height="800"/>',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_carbonbrief(S):
    """Carbon Brief 'Daily Briefing', text scrape. Label, title, generic byline, '11.11.2026 | 9:14am' (UK time, no zone),
    items = headline line + summary paragraphs (source credit inside the text), section labels 'Comment.' and 'Research.',
    sign-up box at the end. No per-item times."""
    d0 = dt(S["dateline_t"], S["zone"])
    L = ["Carbon Brief", "Clear on Climate", "", "Search", "Newsletter sign-up", "",
         "Home   Latest   Science   Policy   Energy   Nature   Food & farming   Finance   In-depth   Interactive   Explainers   Daily Brief", "",
         "DAILY BRIEFING", "", S["title"], "", S["byline"], f"{d0:%d.%m.%Y} | {ampm(d0)}", "", "Share  Tweet  Email", ""]
    cur = None
    for e in S["entries"]:
        if e.get("sect") != cur:
            cur = e.get("sect")
            if cur:
                L += [cur, ""]
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Sign up to receive Carbon Brief\u2019s free \u201cDaily Briefing\u201d email newsletter. All you need to do is fill in the form below.", "",
          "Carbon Brief Daily Briefing", "Email address", "Sign up", "",
          "Related Articles", S["related"], "",
          "\u00a9 2026 Carbon Brief Ltd | Company No. 07222041 | Privacy & Cookies Policy | Terms & Conditions"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_grist(S):
    """Grist (grist.org, WordPress) article with h2 sections, HTML. Category kicker, dek, byline, 'Published Nov 17, 2026'
    (date only on the page), 'Republish' button, photo credit; Yoast @graph JSON-LD with datePublished (UTC offset)."""
    pub = dt(S["published"], S["zone"]).astimezone(UTC)
    url = S["url"]
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": url + "#article", "isPartOf": {"@id": url}, "author": [{"name": S["author"], "@id": "https://grist.org/#/schema/person/7f3c"}],
         "headline": S["title"], "datePublished": pub.isoformat(), "dateModified": (pub + timedelta(hours=2, minutes=13)).isoformat(),
         "mainEntityOfPage": {"@id": url}, "wordCount": 1184, "publisher": {"@id": "https://grist.org/#organization"},
         "articleSection": ["Energy", "International"], "inLanguage": "en-US"},
        {"@type": "WebPage", "@id": url, "url": url, "name": S["title"] + " | Grist", "isPartOf": {"@id": "https://grist.org/#website"},
         "datePublished": pub.isoformat(), "breadcrumb": {"@id": url + "#breadcrumb"}, "inLanguage": "en-US"},
        {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://grist.org/"},
            {"@type": "ListItem", "position": 2, "name": "Energy", "item": "https://grist.org/energy/"},
            {"@type": "ListItem", "position": 3, "name": S["title"]}]},
        {"@type": "Organization", "@id": "https://grist.org/#organization", "name": "Grist", "url": "https://grist.org/"},
        {"@type": "Person", "@id": "https://grist.org/#/schema/person/7f3c", "name": S["author"]}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US">', '<head>', '<meta charset="UTF-8">', f'<title>{esc(S["title"])} | Grist</title>',
           f'<link rel="canonical" href="{url}">', '<meta property="og:type" content="article">',
           f'<meta property="article:published_time" content="{pub.isoformat()}">', ld(graph), '</head>', '<body class="single single-post">',
           '<a class="skip-link" href="#main">Skip to content</a>',
           '<header class="site-header"><a class="site-header__logo" href="/">Grist</a>'
           '<nav class="site-header__nav"><a href="/climate/">Climate</a> <a href="/energy/">Energy</a> <a href="/politics/">Politics</a> '
           '<a href="/solutions/">Solutions</a> <a href="/science/">Science</a> <a href="/food/">Food</a> <a href="/cities/">Cities</a> '
           '<a href="/justice/">Justice</a> <a href="/accountability/">Accountability</a></nav>'
           '<a class="site-header__newsletter" href="/newsletters/">Newsletters</a> <a class="site-header__donate" href="/donate/">Donate</a></header>',
           '<main id="main"><article class="article">',
           '<p class="article-header__kicker"><a href="/energy/">Energy</a></p>', f'<h1 class="article-header__title">{esc(S["title"])}</h1>',
           f'<p class="article-header__dek">{esc(S["dek"])}</p>',
           f'<div class="article-header__meta"><span class="byline">{esc(S["author"])}</span> <span class="contributor-info">{esc(S["author_role"])}</span> '
           f'<span class="article-header__date">Published {SHORT_MONTHS[pub.month - 1]} {pub.day}, {pub.year}</span></div>',
           '<div class="article-header__actions"><button>Share</button> <button>Republish</button></div>',
           f'<figure class="article-hero"><figcaption>{esc(S["caption"])}</figcaption></figure>',
           '<div class="article-body">'] + [f'<p>{esc(p)}</p>' for p in S["intro"]]
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append('<aside class="newsletter-inline"><p>Stay in the loop on climate news.</p><p>Get Grist\u2019s free daily newsletter in your inbox.</p>'
                       '<input type="email" placeholder="Your email address"> <button>Sign up</button></aside>')
    out += ['</div>',
            '<aside class="donation-ask"><p>Grist is powered by readers. This story was made possible by people like you who support independent, nonprofit climate journalism.</p>'
            '<a href="/donate/">Donate now</a></aside>',
            '<section class="republish"><h3>Republish this story</h3><p>This article is licensed under a Creative Commons license. You may republish it for free with credit to Grist.</p></section>',
            '<section class="read-next"><h3>Read Next</h3>' + "".join(f'<a href="/energy/{slug(x)}/">{esc(x)}</a> ' for x in S["read_next"]) + '</section>',
            '</article></main>',
            '<footer class="site-footer"><p>Grist is a nonprofit, independent media organization dedicated to telling stories of climate solutions and a just future.</p>'
            '<p>About \u00b7 Staff \u00b7 Jobs \u00b7 Contact \u00b7 Privacy policy \u00b7 Terms of use</p><p>\u00a9 1999-2026 Grist Magazine, Inc. All rights reserved.</p></footer>',
            '</body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_mongabay(S):
    """Mongabay (news.mongabay.com, WordPress) RSS 2.0: dc:creator, several categories, excerpt description ending in
    ' [&#8230;]' + 'The post ... appeared first on Mongabay Environmental News.', content:encoded with the full text."""
    order_check(S, True)
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"',
           '\txmlns:content="http://purl.org/rss/1.0/modules/content/"', '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"',
           '\txmlns:dc="http://purl.org/dc/elements/1.1/"', '\txmlns:atom="http://www.w3.org/2005/Atom"',
           '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"', '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"', '\t>', '', '<channel>',
           '\t<title>Mongabay</title>', '\t<atom:link href="https://news.mongabay.com/feed/" rel="self" type="application/rss+xml" />',
           '\t<link>https://news.mongabay.com</link>', f'\t<description>{esc(S["lede"])}</description>',
           f'\t<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>', '\t<language>en-US</language>',
           '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>', '\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>',
           '\t<generator>https://wordpress.org/?v=6.8.3</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://news.mongabay.com/{d:%Y/%m}/{slug(e['h'])}/"
        post = "The post " + f'<a href="{link}">{esc(e["h"])}</a>' + ' appeared first on <a href="https://news.mongabay.com">Mongabay Environmental News</a>.'
        words = e["p"][0].split()
        excerpt = " ".join(words[:40]) + " [&#8230;]" if len(words) > 40 else e["p"][0]
        out += ['\t<item>', f'\t\t<title>{esc(e["h"])}</title>', f'\t\t<link>{link}</link>',
                f'\t\t<dc:creator><![CDATA[{e["a"]}]]></dc:creator>', f'\t\t<pubDate>{st}</pubDate>']
        out += [f'\t\t<category><![CDATA[{c}]]></category>' for c in e["cats"]]
        out += [f'\t\t<guid isPermaLink="false">https://news.mongabay.com/?p={318400 + 53 * (len(S["entries"]) - i)}</guid>',
                f'\t\t<description><![CDATA[<p>{excerpt}</p>\n<p>{post}</p>\n]]></description>',
                '\t\t<content:encoded><![CDATA[' + "\n".join(f"<p>{esc(p)}</p>" for p in e["p"])
                + f'\n<p><em>Banner image: {esc(e["banner"])}</em></p>\n<p>{post}</p>\n]]></content:encoded>',
                '\t</item>']
    out += ['\t</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_agripulse(S):
    """Agri-Pulse 'Daybreak' article, text scrape: nav, title, byline, copyright line, 'Monday, November 23, 2026 6:02 AM'
    (Eastern time, no zone printed), items = headline line + paragraphs, 'He said it.' quote at the end."""
    d0 = dt(S["dateline_t"], S["zone"])
    L = ["Skip to main content", "", "Agri-Pulse Communications, Inc.", "Subscribe   Log in   Free Trial", "",
         "Home   Farm Policy   Trade   Food & Nutrition   Energy   Environment   Agri-Pulse Daybreak   Washington Week Ahead   Open Mic   Events   Newsmakers", "",
         S["title"], "", f"By {S['byline']}", "\u00a9 Copyright Agri-Pulse Communications, Inc.",
         f"{DAYS_EN[d0.weekday()]}, {MONTHS[d0.month - 1]} {d0.day}, {d0.year} {ampm(d0, space=' ', upper=True)}", "",
         "Facebook   Twitter   LinkedIn   Email   Print", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Advertisement", "", S["promo"], ""]
    L += ["He said it.", "", S["quote"], "", S["quote_note"], "",
          "Questions, comments, tips? Email the Daybreak team.", "",
          "For more news, go to www.Agri-Pulse.com.", "", "\u00a9 2026 Agri-Pulse Communications, Inc. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_fwi(S):
    """Farmers Weekly (fwi.co.uk) news listing, HTML. Cards: category label, headline link, standfirst, author and
    '<time datetime>Friday 27 November 2026 16:20</time>' (UK time, no zone printed). Newest first. Yoast CollectionPage graph."""
    order_check(S, True)
    z = S["zone"]
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": "https://www.fwi.co.uk/news", "url": "https://www.fwi.co.uk/news", "name": "News - Farmers Weekly",
         "isPartOf": {"@id": "https://www.fwi.co.uk/#website"}, "breadcrumb": {"@id": "https://www.fwi.co.uk/news#breadcrumb"}, "inLanguage": "en-GB"},
        {"@type": "BreadcrumbList", "@id": "https://www.fwi.co.uk/news#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://www.fwi.co.uk/"}, {"@type": "ListItem", "position": 2, "name": "News"}]},
        {"@type": "WebSite", "@id": "https://www.fwi.co.uk/#website", "url": "https://www.fwi.co.uk/", "name": "Farmers Weekly"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB">', '<head>', '<meta charset="UTF-8">', f'<title>{esc(S["title"])} - Farmers Weekly</title>', ld(graph), '</head>',
           '<body class="archive category-news">',
           '<div class="cookie-notice">We use cookies to give you the best experience on our website. <button>Accept</button> <button>Manage settings</button></div>',
           '<header class="site-header"><a class="logo" href="/">Farmers Weekly</a>'
           '<nav><a href="/news">News</a> <a href="/business">Business</a> <a href="/arable">Arable</a> <a href="/livestock">Livestock</a> '
           '<a href="/machinery">Machinery</a> <a href="/farm-life">Farm Life</a> <a href="/weather">Weather</a> <a href="https://www.fwi.co.uk/jobs">Jobs</a> '
           '<a href="/events">Events</a></nav><a class="btn" href="/subscribe">Subscribe</a> <a class="btn" href="/login">Log in</a></header>',
           '<main>', f'<h1 class="archive-title">{esc(S["title"])}</h1>', '<div class="article-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{DAYS_EN[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year} {d:%H:%M}"; stamps.append(st)
        link = f"/{e['cat'].lower().replace(' ', '-')}/{slug(e['h'])}"
        out.append(f'<article class="card"><span class="card__category">{esc(e["cat"])}</span>'
                   f'<h2 class="card__title"><a href="{link}">{esc(e["h"])}</a></h2>')
        out += [f'<p class="card__excerpt">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="card__meta"><span class="card__author">{esc(e["a"])}</span> '
                   f'<time datetime="{d.isoformat()}">{st}</time></p></article>')
        if i == 2:
            out.append('<aside class="promo"><p>Farmers Weekly newsletters</p><p>Get the latest news and analysis delivered to your inbox.</p><a href="/newsletters">Sign up</a></aside>')
        if i == 4:
            out.append('<div class="advert">Advertisement</div>')
    out += ['</div><nav class="pagination"><a href="/news/page/2">Next page</a></nav></main>',
            '<aside class="sidebar"><h3>Most read</h3><a href="/business/land-prices-hold-firm">Farmland prices hold firm despite tax changes</a></aside>',
            '<footer class="site-footer"><p>Farmers Weekly is part of MA Agriculture Ltd.</p><p>About us \u00b7 Contact us \u00b7 Advertise \u00b7 Privacy policy \u00b7 Terms &amp; conditions</p>'
            '<p>\u00a9 MA Agriculture Ltd 2026</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_dtn(S):
    """DTN Progressive Farmer news listing, text scrape. Card: headline, 'By NAME, DTN TITLE', '12/1/2026 | 4:10 PM CST',
    summary. Newest first."""
    order_check(S, True)
    z = S["zone"]
    L = ["DTN Progressive Farmer", "Log In   Subscribe   Help", "",
         "Home   News   Markets   Weather   Equipment   Crops   Livestock   Ag Policy   Farm Business   Videos   Podcasts", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.month}/{d.day}/{d.year} | {ampm(d, space=' ', upper=True)} CST"; stamps.append(st)
        L += [e["h"], e["byline"], st, ""] + ptxt(e["p"])
        if i == 3:
            L += ["ADVERTISEMENT", "", "Get DTN\u2019s free daily ag news email. Sign up today.", ""]
    L += ["More News", "", "DTN Progressive Farmer", "About Us   Contact Us   Advertise   Privacy Policy   Terms of Use",
          "\u00a9 Copyright 2026 DTN, LLC. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_latifundist(S):
    """Latifundist.com (Kyiv agribusiness media) English news feed, text scrape. Date headers ('1 November 2026') and a bare
    'HH:MM' line before each headline (Kyiv time, no zone printed), one lead paragraph, tag line. Newest first; crosses local midnight."""
    order_check(S, True)
    z = S["zone"]
    L = ["LATIFUNDIST.COM", "Agribusiness media", "UA  EN", "",
         "News   Articles   Interviews   Rankings   Companies   Agri Brands   Events   Jobs", "", "Subscribe to Latifundist on Telegram", "",
         S["title"], ""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if d.date() != cur:
            cur = d.date(); L += [f"{d.day} {MONTHS[d.month - 1]} {d.year}", ""]
        st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"]) + ["Tags: " + ", ".join(e["tags"]), ""]
        if i == 3:
            L += ["Latifundist.com \u2014 the main agribusiness events of the week in one letter. Subscribe", ""]
    L += ["Show more news", "", "\u00a9 2026 Latifundist.com. All rights reserved. Use of materials is allowed only with a hyperlink to latifundist.com"]
    return "\n".join(L) + "\n", stamps


def r_the(S):
    """Times Higher Education 'News in brief', HTML (Drupal). Section label 'News', title, date 'November 26, 2026' (no time
    printed), briefs headed by a country name (h2), one paragraph each; newsletter box. JSON-LD NewsArticle with datePublished."""
    pub = dt(S["published"], S["zone"])
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["lede"],
            "datePublished": pub.isoformat(), "dateModified": pub.isoformat(), "mainEntityOfPage": S["url"],
            "publisher": {"@type": "Organization", "name": "Times Higher Education", "logo": {"@type": "ImageObject", "url": "https://www.timeshighereducation.com/sites/default/themes/custom/the_responsive/logo.png"}},
            "isAccessibleForFree": "False"}
    out = ['<!DOCTYPE html>', '<html lang="en" dir="ltr">', '<head>', '<meta charset="utf-8">',
           f'<title>{esc(S["title"])} | Times Higher Education (THE)</title>', f'<link rel="canonical" href="{S["url"]}">', ld(data), '</head>',
           '<body class="path-node page-node-type-article">',
           '<a href="#main-content" class="visually-hidden focusable">Skip to main content</a>',
           '<header class="site-header"><a class="logo" href="/">THE</a> <span class="logo-text">Times Higher Education</span>'
           '<nav><a href="/world-university-rankings">Rankings</a> <a href="/student">Student</a> <a href="/academic">Academic</a> <a href="/news">News</a> '
           '<a href="/opinion">Opinion</a> <a href="/features">Features</a> <a href="/podcasts">Podcasts</a> <a href="/events">Events</a> '
           '<a href="https://www.timeshighereducation.com/unijobs/">Jobs</a></nav>'
           '<a href="/user/login">Login</a> <a href="/user/register">Register</a> <a href="/subscribe">Subscribe</a></header>',
           '<main id="main-content"><article>', '<div class="article-type">News</div>',
           f'<h1 class="article-title">{esc(S["title"])}</h1>', f'<div class="standfirst">{esc(S["lede"])}</div>',
           f'<div class="article-meta"><span class="date">{MONTHS[pub.month - 1]} {pub.day}, {pub.year}</span></div>',
           '<div class="share-links"><a>Share on twitter</a> <a>Share on facebook</a> <a>Share on linkedin</a> <a>Share on mail</a></div>',
           f'<figure><figcaption>{esc(S["caption"])}</figcaption></figure>', '<div class="article-content">']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
    out += ['<p><em>For more world news, sign up for THE\u2019s daily news email.</em></p>', '</div>',
            '<section class="related-articles"><h3>Related articles</h3>' + "".join(f'<a href="/news/{slug(x)}">{esc(x)}</a> ' for x in S["related"]) + '</section>',
            '<aside class="newsletter"><h3>Sign up to THE\u2019s newsletters</h3><p>Get the latest higher education news and analysis in your inbox.</p><button>Sign up</button></aside>',
            '<section class="comments"><h3>Reader\u2019s comments (0)</h3><p>You must sign in or register to comment.</p></section>',
            '</article></main>',
            '<footer><p>Times Higher Education \u00b7 Inside Higher Ed \u00b7 THE Student</p><p>About THE \u00b7 Contact us \u00b7 Terms and conditions \u00b7 Privacy \u00b7 Cookie policy</p>'
            '<p>\u00a9 Times Higher Education 2026</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])



# ================================================================ Part B renderers (invented outlets)

def r_brackenford(S):
    """text live, newest first, 'Key Points' block, '17:30 GMT' line before the headline, 'Reporting by NAME' after the body."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Home | UK | World | Business | Sport | Opinion | Live", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} GMT"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Reporting by {e['a']}", ""]
        if not e["p"]:
            L += ["[Video: 0:58]", ""]
        if i == 3:
            L += ["Get the Courier\u2019s Ukraine Briefing in your inbox every weekday. Sign up here.", ""]
    L += ["Show earlier updates", "", f"{S['source']} \u00b7 About us \u00b7 Corrections \u00b7 Privacy \u00b7 Cookies"]
    return "\n".join(L) + "\n", stamps


def r_sollerby(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with one BlogPosting per update (datePublished with offset, author);
    visible '06.30' in <time datetime>, page note 'All times CET'; author line under the headline."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{101 + i}", "headline": e["h"], "datePublished": d.isoformat(),
             "dateModified": d.isoformat(), "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    data = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
            "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
            "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en">', '<head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>', ld(data), '</head><body>',
           f'<div class="consent">{esc(S["source"])} uses cookies to measure traffic. <button>Accept</button> <button>Only necessary</button></div>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a href="/sweden">Sweden</a> <a href="/nordics">Nordics</a> <a href="/world">World</a> '
           '<a href="/ukraine">Ukraine</a> <a href="/opinion">Opinion</a></nav></header>',
           f'<main><p class="label">LIVE</p><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>',
           f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M}"; stamps.append(st)
        out.append(f'<article class="post" id="post-{101 + i}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="post-author">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="post-tools"><a>Copy link</a> <a>Share</a></div></article>')
        if i == 2:
            out.append('<aside class="related"><h3>Read more</h3><a href="/world/how-sweden-funds-ukraine">How Sweden\u2019s support for Ukraine is financed</a></aside>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Editorial policy \u00b7 Contact \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):
    """RSS 2.0 world feed, newest first: pubDate with 'GMT' or the numeric offset (S['rfc']), CDATA paragraphs, dc:creator when the entry has an author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>', f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), S["rfc"] == "GMT")}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, S["rfc"] == "GMT"); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{e.get("cat", "World").lower()}/{slug(e["h"], 40)}-{i + 4410}</link>',
                f'<guid isPermaLink="false">{S["guid"]}-{i + 4410}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_minchbury(S):
    """text article with section headings (one entry per section), two-name byline and a dateline with time and zone; no per-section stamp."""
    L = [S["source"], "Home  \u203a  International  \u203a  Ukraine", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Share  \u00b7  Print  \u00b7  Send", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 0:
            L += [f"Also read: {S['also']}", ""]
    L += [S["more"], "", f"\u00a9 {S['source']} 2026 \u00b7 Imprint \u00b7 Privacy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_wrenhaven(S):
    """HTML live, newest first, no JSON-LD; '4.05pm' in a span above the h2 (Irish time, no zone printed), dateline with year,
    byline below the h2; a 'Photos:' post with a gallery and no text."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en-IE">', '<head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 {S["source"]}</title></head><body>',
           '<div id="cookie-bar">We value your privacy. <button>Accept all</button> <button>Manage</button></div>',
           f'<header><strong>{S["source"]}</strong> <nav><a>News</a> <a>Ireland</a> <a>World</a> <a>Business</a> <a>Sport</a> <a>Opinion</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        out.append(f'<div class="live-post"><span class="live-time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="live-author">{esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">[Gallery: 12 images]</div>')
        out.append('</div>')
        if i == 2:
            out.append('<aside class="promo"><h3>Sign up</h3><p>Get the Herald\u2019s world news digest every morning.</p></aside>')
    out += ['<p class="more"><a href="/live/ukraine-20-november">Read yesterday\u2019s live coverage</a></p></main>',
            f'<footer>{S["source"]} \u00b7 About \u00b7 Advertise \u00b7 Privacy statement</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO with the outlet's offset (Z for UTC); escaped HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    def iso(d):
        return d.isoformat().replace("+00:00", "Z")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/feed.atom"/>',
           f'<id>{S["url"]}/feed.atom</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link href="{S["url"]}/a/{i + 7730}"/>', f'<id>tag:{S["url"].split("//")[1]},2026:{i + 7730}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_lowenbury(S):
    """text live, oldest first; '6:05 a.m. ET' line before each headline; dateline with year; no per-post authors."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "News  \u00b7  Nation  \u00b7  World  \u00b7  Business  \u00b7  Sports  \u00b7  Newsletters", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} ET"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["Our live coverage has ended for today.", "", f"{S['source']} \u00b7 Terms of Use \u00b7 Privacy Notice"]
    return "\n".join(L) + "\n", stamps


def r_copperbeck(S):
    """HTML live, newest first; JSON-LD @graph whose article node has @type ['NewsArticle','LiveBlogPosting'] and liveBlogUpdate
    items with +11:00 times; visible '9.50am AEDT' in <time>; local dateline 'Sunday 6 December 2026' (a day after the UTC day)."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    base = re.match(r"https?://[^/]+", S["url"]).group(0)
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat(), "url": f"{S['url']}#b{ 880 - i}"}
           for i, e in enumerate(S["entries"])]
    data = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": base + "/#org", "name": S["source"], "url": base},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@id": base + "/#org"}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en-AU">', '<head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>', ld(data), '</head><body>',
           f'<header>{S["source"]} <nav><a>National</a> <a>World</a> <a>Business</a> <a>Politics</a> <a>Sport</a> <a>Culture</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep=".") + " AEDT"; stamps.append(st)
        out.append(f'<div class="lb-post" id="b{880 - i}"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="video-embed">[Video 1:24]</div>')
        if e["a"]:
            out.append(f'<p class="sig">\u2014 {esc(e["a"])}</p>')
        out.append('</div>')
        if i == 1:
            out.append('<div class="promo">Sign up for our Morning Edition newsletter</div>')
    out += ['</main>', f'<footer>{S["source"]} \u00b7 Contact \u00b7 Privacy \u00b7 Terms</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_wistmoor(S):
    """text live, newest first; relative stamps ('35 min ago', '2 hrs ago') counted back from the printed
    'Updated: Saturday 5 December 2026, 19:40 CET' line; author after the body ('- NAME')."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = [S["source"].upper(), "Poland  |  Europe  |  World  |  War in Ukraine  |  Business  |  Opinion", "", S["title"],
         f"Updated: {DAYS_EN[ref.weekday()]} {ref.day} {MONTHS[ref.month - 1]} {ref.year}, {ref:%H:%M} CET", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} min ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hr ago" if mins == 60 else f"{mins // 60} hrs ago"
        stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"\u2013 {e['a']}", ""]
        if i == 2:
            L += ["Support independent journalism from Central Europe. Subscribe.", ""]
    L += ["Load older posts", "", f"\u00a9 {S['source']} 2026 \u00b7 Contact \u00b7 Privacy policy"]
    return "\n".join(L) + "\n", stamps


def r_vasterby(S):
    """text wire ticker, oldest first; 'DD.MM.YYYY HH:MM | HEADLINE' on one line (Riga time, printed note 'All times EET'),
    body, sign-off '(Reporting by NAME; editing by NAME)'."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Wire  \u00b7  Baltics  \u00b7  Nordics  \u00b7  Ukraine  \u00b7  Markets", "", S["title"], "All times EET", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y %H:%M}"; stamps.append(st)
        L += [f"{st} | {e['h']}", ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"(Reporting by {e['a']}; editing by {S['editor']})", ""]
        if i == 2:
            L += ["--- Subscribe to the full wire service for real-time alerts ---", ""]
    L += [f"\u00a9 2026 {S['source']}. Redistribution prohibited without written consent."]
    return "\n".join(L) + "\n", stamps


def B(e, **kw):
    e.update(kw)
    return e


SEEDS = []
# PART_A_DATA
# ================================================================ PART A: ten real outlets' layouts (own words)

# ---------------------------------------------------------------- 13800 Nature (Nature Briefing)
SEEDS.append(dict(
  id="13800", name="13800_nature-briefing", ext="html", source="Nature", zone="Europe/London", render=r_nature,
  title="Daily briefing: Drones damage a physics institute in Kharkiv", date="2026-11-02", doi="10.1038/d41586-026-03517-y",
  author="Harriet Lumley",
  lede="Russian drones hit a Ukrainian physics institute, the European Union opens a research fund for Ukraine and bird flu reaches the Antarctic Peninsula.",
  caption="A laboratory block at the Kharkiv Institute of Physics and Technology after the weekend attack. Credit: Serhii Kovalenko/Reuters",
  quote="\u201cThe neutron source came through it, but half of our windows did not, and the heating season has started.\u201d",
  quote_by="A physicist at the Kharkiv institute describes the aftermath of the weekend\u2019s attack. (Nature | 4 min read)",
  signoff="Today I\u2019m wondering how many of you also plan your experiments around a power-cut timetable. Tell me about it at briefing@nature.com.",
  signoff_by="Thanks for reading, Harriet Lumley, editor, Nature Briefing",
  basis="no time printed anywhere: the page shows only the date '2 November 2026' (NATURE BRIEFING label); JSON-LD datePublished is the day at T00:00:00Z, a placeholder, not a time; published is the date only",
  notes="Imitates a Nature Briefing daily article on nature.com. Items are an <h3> headline, one or two paragraphs and a source line ('Nature | 4 min read', sometimes 'Reference: ...'); the last two items sit under an h2 'Features & opinion'. The only date is '2 November 2026' (no time), so published is date-only (like the shared Euronews gold) and stamp is null. JSON-LD is a WebPage whose mainEntity is a NewsArticle with datePublished '2026-11-02T00:00:00Z' (midnight placeholder). The page byline (one editor) is used as every item's author. 3 of 6 items are off-beat science news. 13800-01 and 13800-05 are both about Ukrainian labs but different stories (a strike on one institute vs a feature on power cuts): must not merge.",
  not_entries=["grade-c browser banner", "header links (nature, View all journals, Search, Log in), nav, Subscribe, Sign up for alerts, RSS feed", "breadcrumbs",
               "type label 'NATURE BRIEFING' and the date", "page title", "teaser/standfirst", "author list", "share links",
               "'Hello Nature readers ... Sign up here.' intro", "photo caption with credit", "source lines ('Nature | 4 min read' etc.) and 'Reference:' lines after each item",
               "section heading 'Features & opinion'", "'Quote of the day' heading, the quote and its attribution", "sign-off paragraph and 'Thanks for reading' line",
               "'Want more?' newsletter paragraph", "doi line", "'Latest on:' subject links", "Nature Briefing sign-up box", "footer (ISSN, sitemap, copyright)"],
  entries=[
  B(E("2026-11-02", "Drones damage Kharkiv physics institute",
    ["Russian drones struck the campus of the Kharkiv Institute of Physics and Technology in eastern Ukraine over the weekend, blowing out windows and damaging a laboratory block next to the institute\u2019s subcritical neutron source.",
     "The institute\u2019s director said the source had been shut down in advance and was not hit, and that monitors recorded no release of radiation. Ukraine\u2019s nuclear regulator has asked the International Atomic Energy Agency to send inspectors."],
    "strikes", "strikes", 2, "kharkiv-physics-institute-drone-strike-2026-11", a="Harriet Lumley",
    n="no deaths reported; must not merge with the feature 13800-05 (same theme, Ukrainian labs)"), src="Nature | 4 min read"),
  B(OFF("2026-11-02", "Bird flu reaches seals on the Antarctic Peninsula",
    ["Researchers have confirmed that a highly pathogenic strain of H5N1 avian influenza killed dozens of elephant seals at two colonies on the Antarctic Peninsula, the farthest south the virus has been found in mammals."],
    "h5n1-antarctic-peninsula-seals", a="Harriet Lumley", n="animal disease"), src="Science | 5 min read"),
  B(E("2026-11-02", "EU opens research fund for scientists in Ukraine",
    ["The European Commission has launched a \u20ac120-million programme to pay the salaries of researchers who remain in Ukraine and to rebuild laboratories damaged in the war.",
     "Grants will be awarded together with Ukraine\u2019s National Research Foundation, and the first calls close in February."],
    "aid", "aid", 2, "eu-research-fund-ukraine-2026-11", a="Harriet Lumley", n="financial support to Ukraine (research budget)"),
    src="Science|Business | 3 min read"),
  B(OFF("2026-11-02", "Physicists pin down a rare kaon decay",
    ["An experiment at CERN has measured how often a charged kaon decays into a pion and two neutrinos more precisely than ever before, and the result agrees with the standard model of particle physics."],
    "cern-rare-kaon-decay-measurement", a="Harriet Lumley", n="particle physics"), src="Nature | 5 min read", ref="Phys. Rev. Lett. paper"),
  B(E("2026-11-02", "Doing science on generator power",
    ["Ukrainian researchers describe how they keep experiments going through scheduled power cuts, from storing cell lines in borrowed freezers to timing measurements around the daily outage charts.",
     "Many laboratories now share diesel generators and satellite internet terminals, and some groups have moved their work to partner institutes in Poland for the winter."],
    "other", "humanitarian", 2, "ukraine-labs-power-cuts-feature", a="Harriet Lumley", sec=["strikes"],
    n="theme piece (feature on working through blackouts); its own story"), src="Nature | 9 min read", sect="Features & opinion"),
  B(OFF("2026-11-02", "Why the Atlantic hurricane season fizzled",
    ["Forecasters expected a busy hurricane season in 2026, but dry air over the tropical Atlantic and a developing El Ni\u00f1o kept storms in check, writes a climate scientist."],
    "atlantic-hurricane-season-2026-quiet", a="Harriet Lumley", n="weather/climate"), src="Nature | 6 min read", sect="Features & opinion"),
  ]))

# ---------------------------------------------------------------- 13801 New Scientist (home RSS)
SEEDS.append(dict(
  id="13801", name="13801_newscientist-homerss", ext="xml", source="New Scientist", zone="Europe/London", render=r_newscientist,
  title="New Scientist - Home", built="2026-11-05 18:10",
  lede="Science news and long reads from New Scientist\u2019s journalists, covering science, technology, health and the environment.",
  basis="RSS pubDate '{s}' (explicit +0000 offset; London is on GMT in November); local {d} in {z}",
  notes="Imitates the New Scientist home RSS 2.0 feed. Newest first; pubDate with +0000; description is the one-sentence standfirst; one category per item; links carry utm tracking parameters; media:thumbnail; no author element (author null). 4 of 7 items are off-beat science stories. The three war items are a weapons test, a damage analysis and a front-line technology piece.",
  not_entries=["channel title/link/description/language/lastBuildDate", "item link, guid, category and media:thumbnail elements"],
  entries=[
  B(OFF("2026-11-05 18:00", "Dementia drug still slowing decline after four years",
    ["People with early Alzheimer\u2019s disease who kept taking an antibody drug for four years declined more slowly than a comparison group, although the gap stopped widening after the second year."],
    "alzheimers-antibody-four-year-data", n="medicine"), cat="Health"),
  B(E("2026-11-05 16:00", "Ukraine is testing interceptor drones that hunt Shaheds without a pilot",
    ["Ukrainian engineers are field-testing small interceptor drones that use onboard image recognition to find and ram Russian attack drones at night, removing the need for a human operator to steer them in the final seconds."],
    "other", "security", 2, "ukraine-autonomous-interceptor-drones-test", n="weapons test (LABELS: security)"), cat="Technology"),
  B(OFF("2026-11-05 14:30", "JWST finds hints of a thick atmosphere on a rocky exoplanet",
    ["The James Webb Space Telescope has detected heat being carried around a hot rocky world some 40 light years away, which astronomers say points to an atmosphere rich in carbon dioxide."],
    "jwst-rocky-exoplanet-atmosphere", n="astronomy"), cat="Space"),
  B(E("2026-11-05 12:00", "Satellites reveal how little of Ukraine\u2019s power generation is left",
    ["An analysis of night-time satellite images and plant-by-plant damage reports suggests that Russian missile and drone strikes have knocked out about 60 per cent of the electricity generating capacity Ukraine had before the war."],
    "strikes", "strikes", 2, "ukraine-power-capacity-satellite-analysis", n="damage from attacks, no single strike"), cat="Environment"),
  B(OFF("2026-11-05 10:15", "Antarctic sea ice hits a third low winter in a row",
    ["The area of sea ice around Antarctica peaked well below the long-term average again this year, strengthening the case that the region has shifted into a new, lower state."],
    "antarctic-sea-ice-third-low-year", n="climate"), cat="Environment"),
  B(E("2026-11-05 09:00", "Fibre-optic drones are rewriting the rules of the front line in Ukraine",
    ["Drones that unspool a hair-thin optical cable as they fly cannot be jammed, and Russian and Ukrainian forces now both use them to hit vehicles up to 20 kilometres behind the front."],
    "other", "frontline", 2, "fibre-optic-drones-front-line", n="technology feature about ground fighting"), cat="Technology"),
  B(OFF("2026-11-05 07:30", "Quantum computer beats classical machines at simulating a magnet",
    ["A superconducting quantum processor has modelled the behaviour of a small magnetic material faster than the best classical simulation methods, its developers claim, though other researchers say the contest is not settled."],
    "quantum-magnet-simulation-claim", n="computing"), cat="Physics"),
  ]))

# ---------------------------------------------------------------- 13802 Carbon Brief (Daily Briefing)
SEEDS.append(dict(
  id="13802", name="13802_carbonbrief-dailybriefing", ext="txt", source="Carbon Brief", zone="Europe/London", render=r_carbonbrief,
  title="Russian strikes hit Ukrainian power plants as COP31 enters second week", dateline_t="2026-11-11 09:14", byline="Carbon Brief Staff",
  related="Q&A: How Russia\u2019s war has reshaped Europe\u2019s gas market",
  basis="no per-item time: the page line '11.11.2026 | 9:14am' (UK time, no zone printed; GMT in November) dates every item; local {d} in {z}",
  notes="Imitates a Carbon Brief 'Daily Briefing' page as copied from the browser. One page line '11.11.2026 | 9:14am' (day.month.year, 12-hour clock, no zone: UK time = GMT = UTC in November); items have no own time, so every item gets the page time and stamp null. Items are a headline line plus a summary that credits the outlet it comes from ('..., Reuters reports.'); the credit stays part of first_sentence as printed. Section labels 'Comment.' and 'Research.' are chrome. Byline 'Carbon Brief Staff' is generic, so author null. 3 of 7 items are off-beat climate news. 13802-06 (opinion on energy attacks) is a theme piece and must not merge with 13802-01 (the night's strikes).",
  not_entries=["masthead 'Carbon Brief' / 'Clear on Climate', Search, Newsletter sign-up, navigation", "label 'DAILY BRIEFING'", "page title",
               "byline 'Carbon Brief Staff' and the date line '11.11.2026 | 9:14am'", "'Share  Tweet  Email'", "section labels 'Comment.' and 'Research.'",
               "newsletter sign-up paragraph and form labels", "'Related Articles' and its link", "footer copyright line"],
  entries=[
  E("2026-11-11 09:14", "Russian strikes hit Ukrainian power plants",
    ["Russia launched one of its largest attacks on Ukraine\u2019s energy system in weeks overnight, hitting thermal and hydroelectric plants in several regions and killing two workers at a plant in the Kyiv region, Reuters reports.",
     "Ukraine\u2019s grid operator ordered emergency blackouts in eight regions on Wednesday morning, according to the Kyiv Independent."],
    "strikes", "strikes", 3, "russia-energy-strikes-2026-11-11", n="deadly strike"),
  OFF("2026-11-11 09:14", "COP31: Negotiators trade new drafts on adaptation finance",
    ["Negotiators at the COP31 climate summit in Antalya worked late into the night on a new draft text on finance for adaptation, with developing countries saying the sums on offer fall far short of what they need, the Guardian reports."],
    "cop31-adaptation-finance-drafts", n="climate talks"),
  E("2026-11-11 09:14", "EU agrees to end Russian LNG imports a year early",
    ["EU energy ministers have agreed to bring forward a ban on imports of Russian liquefied natural gas to the start of 2027, Politico Europe reports.",
     "Hungary and Slovakia voted against the measure, which passed by qualified majority, the outlet adds."],
    "diplomacy", "diplomacy", 3, "eu-russian-lng-ban-brought-forward-2026-11", n="sanctions-type trade measure agreed by ministers"),
  OFF("2026-11-11 09:14", "UK extends heat pump grants to 2030",
    ["The UK government has confirmed that its grants for households switching from gas boilers to heat pumps will run until at least 2030, BusinessGreen reports."],
    "uk-heat-pump-grants-2030", n="UK energy policy"),
  E("2026-11-11 09:14", "Ukraine turns to rooftop solar to ride out blackouts",
    ["Ukrainian hospitals, schools and water utilities have installed more than 1.5 gigawatts of rooftop solar panels and batteries since the start of the full-scale invasion, as they try to keep working when the grid goes down, Bloomberg reports."],
    "other", "humanitarian", 2, "ukraine-rooftop-solar-resilience", sec=["strikes"]),
  B(E("2026-11-11 09:14", "Russia\u2019s attacks on energy are a climate issue too",
    ["Writing in the Financial Times, a former Ukrainian energy minister argues that rebuilding the country\u2019s shattered grid around renewables would make it both harder to attack and cleaner, and urges COP31 delegates to back the idea."],
    "strikes", "strikes", 2, "comment-energy-attacks-climate-issue",
    n="theme piece (opinion); must not merge with the night's strikes 13802-01"), sect="Comment."),
  B(OFF("2026-11-11 09:14", "Thawing permafrost lakes release more methane than models assume",
    ["Lakes forming on thawing permafrost in Siberia and Alaska give off methane at up to three times the rate that current models assume, according to a new study in Nature Geoscience."],
    "permafrost-lake-methane-study", n="climate science"), sect="Research."),
  ]))

# ---------------------------------------------------------------- 13803 Grist (article with sections)
SEEDS.append(dict(
  id="13803", name="13803_grist-article", ext="html", source="Grist", zone="America/Los_Angeles", render=r_grist,
  title="Russia\u2019s strikes on Ukraine\u2019s grid are also an attack on its clean-energy future",
  url="https://grist.org/energy/russia-strikes-ukraine-grid-clean-energy-future/", published="2026-11-17 03:30",
  author="Lena Okafor", author_role="Staff Writer",
  dek="As winter sets in, Ukrainians face rolling blackouts \u2014 and a debate over how to rebuild a power system that keeps getting bombed.",
  caption="Workers repair a damaged substation in the Kyiv region. Oleh Hrytsenko / Anadolu via Getty Images",
  intro=["Ukraine woke up on Tuesday to a third straight week of scheduled power cuts. Here is what happened overnight, and what it means for the country\u2019s energy system and its climate plans."],
  read_next=["How heat pumps got Ukraine\u2019s schools through last winter", "The fight over Europe\u2019s last Russian gas pipeline"],
  basis="no per-section time and no time on the page ('Published Nov 17, 2026'); the time comes from the Yoast JSON-LD datePublished '2026-11-17T11:30:00+00:00' (= 03:30 PST in Seattle, Grist's home zone); local {d} in {z}",
  notes="Imitates a Grist (WordPress) article. One entry per h2 section (five), as with the sectioned Euronews article in the shared gold; the intro paragraph before the first h2 is the article's lede (not an entry). The page prints only 'Published Nov 17, 2026'; the time of every section is the article's datePublished from the Yoast @graph JSON-LD (2026-11-17T11:30:00+00:00), stamp null. Page byline 'Lena Okafor' (with the role 'Staff Writer', not part of the name) is every section's author. Sections are separate stories: the night's mass strike, EU equipment shipments, a war-emissions estimate, Ukraine's pitch at COP31, the IAEA-brokered repair pause at Zaporizhzhia.",
  not_entries=["skip link, logo, navigation, Newsletters, Donate", "kicker 'Energy'", "page title", "dek", "byline with role and 'Published Nov 17, 2026'",
               "Share / Republish buttons", "photo caption and credit", "intro paragraph before the first section (lede)", "inline newsletter box after the second section",
               "donation ask", "'Republish this story' box", "'Read Next' links", "footer"],
  entries=[
  E("2026-11-17 03:30", "The latest attack",
    ["Russia fired about 40 missiles and more than 300 drones at Ukraine overnight into Tuesday, targeting substations and gas production sites in six regions, Ukraine\u2019s air force said. Three people were killed in the Lviv region when a missile hit a residential street near a substation.",
     "Grid operator Ukrenergo said electricity would be rationed in every region on Tuesday."],
    "strikes", "strikes", 3, "russia-mass-strike-energy-2026-11-17", a="Lena Okafor", n="deadly mass strike"),
  E("2026-11-17 03:30", "Europe\u2019s emergency shipments",
    ["The European Union has shipped more than 40 high-voltage transformers and about 200 industrial generators to Ukraine since September, under a program paid for by member states and the European Investment Bank.",
     "Officials in Brussels say the equipment buys time but cannot replace whole power stations."],
    "aid", "aid", 2, "eu-energy-equipment-shipments-ukraine", a="Lena Okafor"),
  E("2026-11-17 03:30", "The carbon ledger",
    ["Researchers who track the climate cost of the war estimate that it has produced more than 230 million metric tons of greenhouse gases since February 2022, about as much as Austria and Hungary emit in a year combined.",
     "Fires at fuel depots and the rebuilding of damaged homes and factories account for much of the total."],
    "other", "humanitarian", 2, "war-greenhouse-gas-emissions-estimate", a="Lena Okafor", n="war impact estimate"),
  E("2026-11-17 03:30", "Ukraine\u2019s pitch at COP31",
    ["At the climate talks in Antalya, Ukraine\u2019s environment minister asked governments to count environmental harm in the international register of damage caused by Russia\u2019s invasion.",
     "Several European delegations said they would support the request when the register\u2019s member states meet next year."],
    "diplomacy", "diplomacy", 2, "ukraine-cop31-environmental-damage-register", a="Lena Okafor"),
  E("2026-11-17 03:30", "The nuclear plant in limbo",
    ["Repair crews restored the last external power line to the Russian-occupied Zaporizhzhia nuclear plant last week after the International Atomic Energy Agency negotiated a local pause in fighting around the site.",
     "The plant\u2019s six reactors remain in cold shutdown."],
    "diplomacy", "diplomacy", 2, "zaporizhzhia-npp-power-line-repair-truce", a="Lena Okafor", n="IAEA-mediated local pause"),
  ]))

# ---------------------------------------------------------------- 13804 Mongabay (WordPress RSS)
SEEDS.append(dict(
  id="13804", name="13804_mongabay-rss", ext="xml", source="Mongabay", zone="UTC", render=r_mongabay,
  title=None, lede="Environmental science and conservation news",
  basis="RSS pubDate '{s}' (explicit +0000 offset); local {d} in {z}",
  notes="Imitates the WordPress RSS 2.0 feed of news.mongabay.com. Newest first; pubDate +0000 (25 October is the day Europe leaves summer time, which does not affect this feed); dc:creator in CDATA (author); several categories per item; description is a 40-word excerpt ending in ' [\u2026]' plus WordPress's 'The post ... appeared first on Mongabay Environmental News.' line; content:encoded holds the full text, a 'Banner image:' credit and the same 'The post ...' line (both chrome, not counted in body_paragraphs). 3 of 6 items are off-beat. 13804-02 (shelling fires in a reserve) and 13804-04 (fires in mined forests) share a theme but are different stories: must not merge. The channel title 'Mongabay' is the outlet name, so page_title null.",
  not_entries=["channel title/link/description/lastBuildDate/language/sy:update*/generator", "item link, guid and category elements",
               "excerpt descriptions (shortened copies of the first paragraph)", "'The post ... appeared first on Mongabay Environmental News.' lines",
               "'Banner image: ...' credit lines"],
  entries=[
  B(OFF("2026-10-25 21:05", "Amazon deforestation falls for a third straight year, Brazil says",
    ["Clear-cutting in Brazil\u2019s Amazon fell by about 11% in the 12 months to July, according to preliminary figures from the country\u2019s space research institute, the third annual decline in a row.",
     "Officials credited more field inspections and the seizure of cattle raised on illegally cleared land, while researchers warned that forest degradation from fire is still rising."],
    "amazon-deforestation-third-annual-fall", a="Rafael T\u00e1vora", n="deforestation"),
    cats=["Amazon Deforestation", "Deforestation", "Environment", "Forests", "Rainforests"], banner="A cattle ranch on the edge of the forest in Par\u00e1 state. Image by Rafael T\u00e1vora for Mongabay."),
  B(E("2026-10-25 17:40", "Shelling sparks fires in Ukraine\u2019s Black Sea Biosphere Reserve",
    ["Artillery fire from Russian positions across the Dnipro River has set off fires that burned through about 3,000 hectares of coastal steppe and reed beds in Ukraine\u2019s Black Sea Biosphere Reserve this month, according to the country\u2019s environment ministry.",
     "Rangers have been unable to enter large parts of the reserve since 2022, and the fires are being tracked only by satellite.",
     "Ecologists are worried about breeding colonies of terns and the reserve\u2019s rare sand-steppe plants."],
    "strikes", "strikes", 2, "black-sea-biosphere-reserve-shelling-fires", a="Yuliia Marchenko",
    n="must not merge with 13804-04 (fires in mined forests, same theme)"),
    cats=["Conflict", "Environment", "Fires", "Protected Areas", "Wetlands", "Wildlife"], banner="Reed beds on the Kinburn Spit. Image by Yuliia Marchenko for Mongabay."),
  B(OFF("2026-10-25 13:20", "Survey finds an unexpected orangutan population in a Borneo peat forest",
    ["A drone and ground survey in West Kalimantan has found signs of several hundred Bornean orangutans in a peat swamp forest that had been written off as too degraded to support them."],
    "borneo-peat-forest-orangutan-survey", a="Ahmad Fauzi Rahman", n="wildlife"),
    cats=["Apes", "Biodiversity", "Great Apes", "Orangutans", "Peatlands"], banner="An orangutan nest in a peat forest canopy. Image by Ahmad Fauzi Rahman for Mongabay."),
  B(E("2026-10-25 09:55", "In Ukraine\u2019s mined forests, wildfires burn with no one to fight them",
    ["Foresters in Ukraine\u2019s Kharkiv and Kherson regions say they can no longer fight fires across large tracts of woodland because the ground is littered with mines and unexploded shells.",
     "Government estimates put the area of forest that needs to be cleared of explosives at more than 1 million hectares, a job that could take decades."],
    "other", "humanitarian", 2, "ukraine-mined-forests-wildfires", a="Yuliia Marchenko", n="war legacy (mines); not a strike"),
    cats=["Conflict", "Environment", "Forests", "Fires"], banner="A burned pine stand in the Kharkiv region. Image by Yuliia Marchenko for Mongabay."),
  B(OFF("2026-10-25 06:30", "Nickel boom pushes mining roads deeper into Sulawesi forests",
    ["New haul roads built for nickel mines have cut into more than 2,000 hectares of forest in Central Sulawesi over the past year, according to satellite analysis shared with Mongabay."],
    "sulawesi-nickel-mining-roads", a="Ahmad Fauzi Rahman", n="mining"),
    cats=["Deforestation", "Energy", "Mining", "Roads"], banner="A nickel haul road in Central Sulawesi. Image by Ahmad Fauzi Rahman for Mongabay."),
  B(E("2026-10-25 02:10", "Aging tanker linked to Russia\u2019s shadow fleet leaks oil off Finland",
    ["Finnish authorities say an aging oil tanker that carries Russian crude under a flag of convenience leaked fuel oil into the Gulf of Finland after an engine failure, fouling a stretch of shoreline near a bird sanctuary.",
     "The ship is on the European Union\u2019s list of vessels sanctioned for helping Russia get around limits on its oil exports."],
    "other", "security", 2, "shadow-fleet-tanker-oil-leak-gulf-of-finland", a="Elina Saarinen", n="sanctions-evasion fleet incident"),
    cats=["Conflict", "Marine", "Oil", "Oil Spills", "Pollution"], banner="A tanker anchored off the Finnish coast. Image by Elina Saarinen for Mongabay."),
  ]))

# ---------------------------------------------------------------- 13805 Agri-Pulse (Daybreak)
SEEDS.append(dict(
  id="13805", name="13805_agripulse-daybreak", ext="txt", source="Agri-Pulse", zone="America/New_York", render=r_agripulse,
  title="Agri-Pulse Daybreak: Port strike jolts wheat as Congress returns", dateline_t="2026-11-23 06:02", byline="Aria Thornbury",
  promo="Don\u2019t miss the Agri-Pulse Ag Outlook Forum in Washington next month. Register now.",
  quote="\u201cEvery time a drone hits a port near Odesa, my phone starts ringing with elevator managers in Kansas.\u201d",
  quote_note="\u2014 A grain merchandiser in Wichita, on how Black Sea attacks move U.S. wheat bids.",
  basis="no per-item time: the page line 'Monday, November 23, 2026 6:02 AM' (no zone printed; Agri-Pulse is in Washington, Eastern time, EST = UTC-5) dates every item; local {d} in {z}",
  notes="Imitates an 'Agri-Pulse Daybreak' morning newsletter page on agri-pulse.com, copied from the browser. One page byline ('By Aria Thornbury', used as every item's author), the copyright line, and a date-time line with a 12-hour clock and no zone (Eastern time implied, EST in late November). Items are a headline line and paragraphs, no own time (stamp null, published = the page time). The closing 'He said it.' quote is chrome. 3 of 6 items are off-beat U.S. farm-policy/market news.",
  not_entries=["'Skip to main content'", "company name, Subscribe / Log in / Free Trial, navigation", "page title", "byline and copyright line",
               "date-time line 'Monday, November 23, 2026 6:02 AM'", "share links", "'Advertisement' and the forum promo line", "'He said it.' heading, the quote and its attribution",
               "'Questions, comments, tips?' line", "'For more news, go to www.Agri-Pulse.com.'", "copyright footer"],
  entries=[
  E("2026-11-23 06:02", "Strike on Odesa-area grain terminal jolts wheat",
    ["Wheat futures climbed in overnight trading after Russian drones struck a grain terminal at the port of Pivdennyi near Odesa on Sunday, killing two workers, according to Ukrainian officials.",
     "Traders said the attack revived worries about insurance costs for Black Sea shipping, although Ukrainian ports kept loading vessels on Monday."],
    "strikes", "strikes", 3, "pivdennyi-grain-terminal-drone-strike-2026-11-22", a="Aria Thornbury", n="deadly strike (Sunday 22 Nov)"),
  OFF("2026-11-23 06:02", "House Ag leaders eye December farm bill markup",
    ["Leaders of the House Agriculture Committee hope to take up a new farm bill before the end of the year, though aides say the timing depends on how quickly Congress wraps up its spending work."],
    "house-farm-bill-markup-timing", a="Aria Thornbury", n="US farm policy"),
  E("2026-11-23 06:02", "EU fertilizer tariffs on Russia step up in January",
    ["The European Union\u2019s tariffs on fertilizer from Russia and Belarus will rise to \u20ac60 per metric ton on Jan. 1, part of a schedule meant to squeeze the two countries out of the EU market by 2028.",
     "U.S. nitrogen exporters see an opening, but European farm groups warn the duties will raise their costs."],
    "diplomacy", "diplomacy", 2, "eu-russia-fertilizer-tariffs-step-up-2027", a="Aria Thornbury", n="trade measure against Russia (sanctions-type)"),
  OFF("2026-11-23 06:02", "USDA updates bird flu indemnity rules",
    ["USDA is changing how it pays poultry producers for flocks destroyed because of avian influenza, requiring a biosecurity audit before a second payment can be made."],
    "usda-bird-flu-indemnity-rules", a="Aria Thornbury", n="animal health"),
  E("2026-11-23 06:02", "Week ahead: Senate takes up defense bill with Ukraine money",
    ["The Senate is expected to begin debate this week on the annual defense policy bill, which includes $500 million for the Ukraine Security Assistance Initiative, a program that pays U.S. companies to build weapons for Kyiv.",
     "Some Republicans want the money cut, setting up a floor fight."],
    "aid", "aid", 2, "us-senate-defense-bill-usai-2026-11", a="Aria Thornbury"),
  OFF("2026-11-23 06:02", "China books more U.S. soybeans",
    ["Exporters reported sales of 264,000 metric tons of soybeans to China for delivery in the 2026-27 marketing year, USDA said Friday."],
    "china-us-soybean-purchases-2026-11", a="Aria Thornbury", n="grain trade"),
  ]))

# ---------------------------------------------------------------- 13806 Farmers Weekly (news listing)
SEEDS.append(dict(
  id="13806", name="13806_fwi-news", ext="html", source="Farmers Weekly", zone="Europe/London", render=r_fwi,
  title="News",
  basis="card time '{s}' (UK local time, no zone printed; GMT in November; the <time datetime> attribute agrees); local {d} in {z}",
  notes="Imitates the news listing of fwi.co.uk (Farmers Weekly). Newest first. Each card: category label, headline, standfirst, author and a visible time 'Friday 27 November 2026 16:20' (no zone: UK time, GMT = UTC in November) inside <time datetime>. JSON-LD is only a Yoast CollectionPage/BreadcrumbList/WebSite graph (no articles). 3 of 7 items are off-beat UK farming news. The Izmail port strike (13806-01) and the landmine death (13806-05) are different events.",
  not_entries=["cookie notice", "logo, navigation, Subscribe / Log in", "page heading 'News'", "category labels on each card",
               "newsletter promo after the third card", "'Advertisement'", "'Next page'", "'Most read' sidebar link", "footer", "JSON-LD CollectionPage graph (no entries)"],
  entries=[
  B(E("2026-11-27 16:20", "Drone strikes hit Danube grain port of Izmail",
    ["Russian drones damaged grain storage and a berth at the Ukrainian Danube port of Izmail overnight, the regional governor said, prompting a brief rise in Paris wheat futures."],
    "strikes", "strikes", 2, "izmail-port-drone-strike-2026-11-27", a="Hannah Pryce", n="no casualties reported"), cat="Markets"),
  B(OFF("2026-11-27 14:05", "Bluetongue restricted zone extended across eastern England",
    ["Defra has widened the bluetongue restricted zone to cover all of Lincolnshire and Cambridgeshire after new cases were confirmed in cattle near Spalding."],
    "bluetongue-zone-eastern-england", a="Tom Aldous", n="animal disease"), cat="Livestock"),
  B(E("2026-11-27 12:30", "UK funds clearance of mines from Ukrainian farmland",
    ["The UK government will spend \u00a335m over three years helping Ukraine clear mines and unexploded shells from farmland, the Foreign Office has announced."],
    "aid", "aid", 2, "uk-demining-farmland-funding-2026-11", a="Hannah Pryce"), cat="World"),
  B(OFF("2026-11-27 11:10", "Sustainable Farming Incentive to reopen in spring, Defra confirms",
    ["Farmers will be able to apply for new Sustainable Farming Incentive agreements again from April, Defra has confirmed, with a smaller menu of actions and a cap on payments per business."],
    "sfi-reopening-spring", a="Gwen Harland", n="UK farm policy"), cat="Policy"),
  B(E("2026-11-27 10:41", "Ukrainian farmer killed by landmine while ploughing",
    ["A farmer in Ukraine\u2019s Kharkiv region was killed when his tractor struck an anti-tank mine, local officials said, the third such death in the region this autumn."],
    "other", "humanitarian", 2, "kharkiv-farmer-landmine-death-2026-11", a="Hannah Pryce", n="mine left from fighting, not a strike"), cat="World"),
  B(OFF("2026-11-27 09:15", "Two milk buyers announce price cuts for January",
    ["Two of the UK\u2019s larger milk processors will cut their standard litre price by 1p from 1 January, blaming weaker cream and butter markets."],
    "milk-price-cuts-january", a="Tom Aldous", n="dairy markets"), cat="Dairy"),
  B(E("2026-11-27 08:00", "UK and Ukraine sign agricultural cooperation memorandum",
    ["Ministers from the UK and Ukraine have signed a memorandum on agricultural research and trade, including a plan for British plant breeders to test wheat varieties in Ukrainian conditions."],
    "diplomacy", "diplomacy", 2, "uk-ukraine-agriculture-memorandum-2026-11", a="Gwen Harland"), cat="Policy"),
  ]))

# ---------------------------------------------------------------- 13807 DTN Progressive Farmer (news listing)
SEEDS.append(dict(
  id="13807", name="13807_dtnpf-agnews", ext="txt", source="DTN Progressive Farmer", zone="America/Chicago", render=r_dtn,
  title="Latest Ag News",
  basis="stamp '{s}' after the byline (Central standard time, 'CST' printed, UTC-6); local {d} in {z}",
  notes="Imitates a DTN Progressive Farmer (dtnpf.com) news listing as copied from the browser. Newest first. Each card: headline, byline 'By NAME, DTN TITLE' (author = NAME; the title is not part of it), stamp '12/1/2026 | 4:10 PM CST' (month/day/year), summary. 'DTN Staff Report' names no person, so author null. 3 of 7 items are off-beat market reports. Stamps follow the headline and byline.",
  not_entries=["masthead, Log In / Subscribe / Help, navigation", "section heading 'Latest Ag News'", "'ADVERTISEMENT' and the newsletter promo line", "'More News'", "footer"],
  entries=[
  B(E("2026-12-01 16:10", "EU Moves to End Russian Fertilizer Imports by 2028",
    ["European Union governments agreed Tuesday to phase out fertilizer imports from Russia and Belarus by 2028, a step that could open room in Europe for U.S. and Canadian potash and nitrogen suppliers."],
    "diplomacy", "diplomacy", 2, "eu-russian-fertilizer-phaseout-2028", a="Carl Wendling"), byline="By Carl Wendling, DTN Ag Policy Editor"),
  B(OFF("2026-12-01 14:25", "DTN Closing Livestock Comments: Cattle Futures Slip",
    ["Live and feeder cattle futures closed lower Tuesday as traders took profits ahead of Friday's cattle-on-feed report, while lean hogs ended mixed."],
    "dtn-closing-livestock-2026-12-01", a="Monica Hebert", n="market report"), byline="By Monica Hebert, DTN Livestock Analyst"),
  B(E("2026-12-01 12:40", "Russian Missile Hits Chornomorsk Grain Terminal; Wheat Rallies",
    ["A Russian ballistic missile struck a grain terminal at the Ukrainian port of Chornomorsk on Tuesday, killing one dock worker, and Chicago wheat futures rose as much as 9 cents in response.",
     "Ukraine's navy said ships were still moving through the Black Sea corridor."],
    "strikes", "strikes", 3, "chornomorsk-grain-terminal-missile-strike-2026-12-01", a="Jared Okonkwo", n="deadly strike"),
    byline="By Jared Okonkwo, DTN Markets Editor"),
  B(OFF("2026-12-01 10:52", "USDA Crop Progress: Winter Wheat Condition Improves",
    ["USDA rated 52% of the U.S. winter wheat crop in good-to-excellent condition, up 3 percentage points from the previous week, in its final weekly Crop Progress report of the season."],
    "usda-crop-progress-2026-11-30", a="Jared Okonkwo", n="crop report"), byline="By Jared Okonkwo, DTN Markets Editor"),
  B(E("2026-12-01 09:30", "Ukraine's Farmers Race to Finish Corn Harvest Near Front Line",
    ["Farmers in Ukraine's Zaporizhzhia and Dnipropetrovsk regions are harvesting corn at night and fitting drone detectors to their combines as Russian forces shell fields within range of the front."],
    "other", "humanitarian", 2, "ukraine-frontline-corn-harvest", a="Olena Hrytsak"), byline="By Olena Hrytsak, DTN Correspondent"),
  B(OFF("2026-12-01 07:15", "DTN Fertilizer Outlook: Retail Prices Drift Lower",
    ["Average retail prices for eight major fertilizers were mostly lower again in the fourth week of November, led by anhydrous and UAN28."],
    "dtn-retail-fertilizer-prices-2026-11", a="Rhett Kellerman", n="fertilizer prices"), byline="By Rhett Kellerman, DTN Staff Reporter"),
  B(E("2026-12-01 05:40", "Defense Bill Talks Stall Over Ukraine Aid Language",
    ["House and Senate negotiators on the annual defense bill remain split over how much money to set aside for weapons for Ukraine, and a final vote is unlikely before mid-December."],
    "aid", "aid", 2, "us-defense-bill-ukraine-aid-talks-2026-12", n="'DTN Staff Report' names no person: author null"), byline="DTN Staff Report"),
  ]))

# ---------------------------------------------------------------- 13808 Latifundist (news feed)
SEEDS.append(dict(
  id="13808", name="13808_latifundist-news", ext="txt", source="Latifundist", zone="Europe/Kyiv", render=r_latifundist,
  title="News",
  basis="bare stamp '{s}' (Kyiv time, no zone printed; EET = UTC+2 after 25 October) under the date header for {dd:%-d %B %Y}; local {d} in {z}",
  notes="Imitates the English news feed of latifundist.com (Kyiv agribusiness media) as copied from the browser. Newest first, grouped under date headers ('1 November 2026', '31 October 2026'); each item: bare 'HH:MM' line BEFORE the headline, one lead paragraph, 'Tags:' line. No zone is printed: Kyiv time (EET, UTC+2). Midnight crossing: the top item is 01:15 on 1 November local, which is 23:15 UTC on 31 October, so all seven items fall on UTC 31 October. No authors. 2 of 7 items are off-beat agribusiness news. The two demining items (13808-02 state compensation, 13808-03 Japanese machines) share a theme but are different stories: must not merge.",
  not_entries=["masthead, tagline, language switch, navigation", "Telegram promo", "page heading 'News'", "date headers '1 November 2026' and '31 October 2026'",
               "'Tags: ...' lines", "newsletter promo after the fourth item", "'Show more news'", "copyright footer"],
  entries=[
  B(E("2026-11-01 01:15", "Drones hit grain elevator in Odesa region overnight",
    ["Russian drones struck a grain elevator in the Izmail district of Odesa region late on Saturday, starting a fire and injuring one worker, the regional military administration reported."],
    "strikes", "strikes", 2, "odesa-region-elevator-drone-strike-2026-10-31", n="local 1 November 01:15 = 31 October 23:15 UTC"), tags=["war", "logistics", "elevators"]),
  B(E("2026-10-31 21:40", "Cabinet expands compensation for demining of farmland",
    ["The Cabinet of Ministers has raised the share of demining costs that the state reimburses to farmers to 90% and extended the programme to land in Sumy and Chernihiv regions, the Ministry of Economy said."],
    "other", "humanitarian", 2, "ukraine-farmland-demining-compensation-expanded", n="must not merge with 13808-03 (same theme)"), tags=["demining", "state support"]),
  B(E("2026-10-31 18:20", "Japan hands Ukraine demining machines for agricultural land",
    ["Japan has delivered 12 remote-controlled demining machines to Ukraine to clear farmland, the Japanese embassy in Kyiv said, as part of a wider equipment package funded through JICA."],
    "aid", "aid", 2, "japan-demining-machines-ukraine-2026-10"), tags=["demining", "international aid"]),
  B(OFF("2026-10-31 15:05", "Ukraine\u2019s corn harvest passes 60% mark",
    ["Ukrainian farmers have harvested corn from 61% of the planned area with an average yield of 6.8 tonnes per hectare, according to the Ministry of Economy."],
    "ukraine-corn-harvest-progress-2026-10", n="harvest statistics"), tags=["corn", "harvest 2026"]),
  B(E("2026-10-31 12:30", "Russian shelling kills tractor driver in Kherson region",
    ["A tractor driver was killed when Russian artillery hit a field near the village of Tiahynka in Kherson region during sowing work, the regional military administration said."],
    "strikes", "strikes", 3, "kherson-region-tractor-driver-shelling-2026-10-31", n="deadly shelling"), tags=["war", "Kherson region"]),
  B(OFF("2026-10-31 09:10", "Kernel reports higher quarterly sunflower oil exports",
    ["Agroholding Kernel exported 1.1 million tonnes of sunflower oil in July\u2013September, up 8% year on year, the company said in an operational update."],
    "kernel-quarterly-sunflower-oil-exports", n="company results"), tags=["Kernel", "sunflower oil"]),
  B(E("2026-10-31 04:35", "Landmine injures farmer in Kharkiv region",
    ["A farmer was injured when his tractor drove over a mine on a field in the Izium district of Kharkiv region on Friday evening, the State Emergency Service said."],
    "other", "humanitarian", 2, "kharkiv-region-farmer-mine-injury-2026-10-30"), tags=["demining", "Kharkiv region"]),
  ]))

# ---------------------------------------------------------------- 13809 Times Higher Education (news in brief)
SEEDS.append(dict(
  id="13809", name="13809_the-newsinbrief", ext="html", source="Times Higher Education", zone="Europe/London", render=r_the,
  title="World news in brief", published="2026-11-26 05:00",
  url="https://www.timeshighereducation.com/news/world-news-brief-26-november-2026",
  lede="Missile strike damages a Ukrainian campus, Russia orders drone courses, and Polish universities enrol a record number of Ukrainians.",
  caption="Sumy State University. Source: iStock",
  related=["Ukrainian universities count the cost of a fifth winter of war", "Russian scholars cut off from European collaborations"],
  basis="no time on the page (only 'November 26, 2026'); the time comes from the NewsArticle JSON-LD datePublished '2026-11-26T05:00:00+00:00'; local {d} in {z}",
  notes="Imitates a Times Higher Education 'news in brief' round-up (Drupal). Each brief is headed by a country name in an h2 ('Ukraine', 'Russia', ...) that serves as its headline, followed by one paragraph. The page prints only 'November 26, 2026'; every brief gets the NewsArticle JSON-LD datePublished (05:00 UTC), stamp null. No byline: author null. 3 of 6 briefs are off-beat higher-education news.",
  not_entries=["skip link, logo, navigation, Login / Register / Subscribe", "type label 'News'", "page title", "standfirst", "date 'November 26, 2026'",
               "share links", "photo caption", "closing line 'For more world news, sign up for THE\u2019s daily news email.'", "'Related articles' links",
               "newsletter box", "comments box", "footer"],
  entries=[
  E("2026-11-26 05:00", "Ukraine",
    ["A Russian missile attack on Sumy on 24 November damaged two teaching buildings of Sumy State University and a student dormitory, the university said, although no one was hurt because classes had moved online that week."],
    "strikes", "strikes", 2, "sumy-state-university-missile-damage-2026-11-24", n="headline is the country heading"),
  E("2026-11-26 05:00", "Russia",
    ["Russia\u2019s education ministry has ordered every state university to open a degree programme in unmanned aircraft systems by September 2027, a move critics say will turn campuses into recruiting grounds for the military."],
    "other", "politics", 2, "russia-universities-drone-programmes-order"),
  E("2026-11-26 05:00", "Poland",
    ["Polish universities enrolled a record 19,000 Ukrainian students this autumn, according to the science ministry, and several rectors have asked for more scholarship money for students whose families lost their homes in the war."],
    "other", "humanitarian", 2, "poland-record-ukrainian-student-enrolment"),
  OFF("2026-11-26 05:00", "Australia",
    ["The Australian government has set next year\u2019s cap on new international student enrolments at 295,000, slightly above this year\u2019s level, ending months of speculation in the sector."],
    "australia-international-student-cap-2027", n="higher-education policy"),
  OFF("2026-11-26 05:00", "United States",
    ["A federal judge has blocked a plan to limit payments for the indirect costs of research grants to 15 per cent, ruling that the agency had not followed proper rule-making procedures."],
    "us-indirect-cost-cap-blocked", n="research funding"),
  OFF("2026-11-26 05:00", "Japan",
    ["The University of Tokyo will raise undergraduate tuition fees for the first time in two decades from April, citing rising energy and staff costs."],
    "university-of-tokyo-tuition-rise", n="tuition"),
  ]))

# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2026-11-20 (UTC), day 2 = 2026-11-21, day 3 = 2026-12-05.
MYK = "mykolaiv-missile-strike-2026-11-20"
SANC = "eu-sanctions-package-stalls-2026-11-20"
DEN = "denmark-air-defence-package-2026-11-20"
EXPL = "analysis-ballistic-missile-defence-gaps"
EXPL_H = "Analysis: Why ballistic missiles still get through Ukraine\u2019s defences"
EXPL_P = ["Friday\u2019s strike on Mykolaiv was carried out with ballistic missiles, the weapon Ukraine\u2019s air defences find hardest to stop.",
          "Only the US-made Patriot and, to a lesser degree, the Franco-Italian SAMP/T can reliably intercept them, and Ukraine has too few launchers to cover more than a handful of cities at once.",
          "Each interceptor costs several million dollars, and factories in the United States and Europe still turn out far fewer of them than the number of missiles Russia can fire in a month."]

# ---------------------------------------------------------------- 13820 Brackenford Courier (day 1)
SEEDS.append(dict(
  id="13820", name="13820_brackenford-textlive", ext="txt", source="Brackenford Courier", zone="Europe/London", render=r_brackenford,
  title="Ukraine war live: Russian missiles kill eight in Mykolaiv; EU sanctions talks stall", dateline="Friday 20 November 2026",
  lede="Follow the latest from Ukraine as Mykolaiv counts the dead from a morning missile strike.",
  basis="stamp '{s}' (GMT printed; = UTC) under the dateline 'Friday 20 November 2026'; local {d} in {z}",
  notes="Invented outlet (UK). Text live blog, newest first, 'HH:MM GMT' line before each headline, 'Reporting by NAME' after the body (author). Key Points block lists three headlines (13820-01, -02, -05). 13820-03 is a theme piece (analysis of why ballistic missiles get through) that mentions Mykolaiv but is its own story. 13820-04 is a 'Watch:' teaser with only a video placeholder. Must-not-merge: the Ochakiv port drone attack (13820-06, same Mykolaiv region) and the Belgorod drone death (13820-05) are not the Mykolaiv missile strike.",
  not_entries=["outlet name and navigation", "'LIVE' label, page title, dateline", "lede 'Follow the latest ...'", "'Key Points' block (lists headlines of entries)",
               "'Latest updates' heading", "video placeholder '[Video: 0:58]'", "newsletter promo after the fourth post", "'Show earlier updates'", "footer"],
  entries=[
  E("2026-11-20 17:30", "Mykolaiv death toll rises to eight",
    ["Eight people are now known to have died in Friday morning\u2019s Russian missile strike on Mykolaiv, regional governor Vitaliy Kim said, after rescuers found two more bodies under the rubble of a five-storey apartment block.",
     "Thirty-four people were injured, 11 of them children, Kim said. The search is expected to go on through the night."],
    "strikes", "strikes", 3, MYK, a="Tamsin Reddaway", kp=True, n="toll 8"),
  E("2026-11-20 15:50", "EU envoys fail to agree new Russia sanctions package",
    ["European Union ambassadors ended a meeting in Brussels without agreeing the bloc\u2019s next package of sanctions on Russia after Slovakia refused to drop its objection to new curbs on Russian nuclear fuel, diplomats said.",
     "Another attempt is planned for next week."],
    "diplomacy", "diplomacy", 3, SANC, a="Owen Castleford", kp=True),
  E("2026-11-20 13:05", EXPL_H, EXPL_P, "strikes", "strikes", 2, EXPL, a="Owen Castleford",
    n="theme piece (analysis); mentions Mykolaiv but is its own story: must not merge with the Mykolaiv strike"),
  E("2026-11-20 11:20", "Watch: Rescuers search the ruins of a Mykolaiv apartment block", [], "strikes", "strikes", 1, MYK,
    n="teaser without body (video placeholder only)"),
  E("2026-11-20 09:40", "Drone attack on Belgorod kills one, governor says",
    ["A Ukrainian drone hit a car on the outskirts of Belgorod on Friday morning, killing the driver, the Russian region\u2019s governor said on Telegram."],
    "strikes", "strikes", 3, "belgorod-drone-attack-2026-11-20", a="Tamsin Reddaway", kp=True,
    n="deadly strike on the Russian side; must not merge with the Mykolaiv strike"),
  E("2026-11-20 08:25", "Russian drones hit Ochakiv port facilities",
    ["Russian attack drones damaged port buildings and a fishing boat in Ochakiv, a town in the Mykolaiv region, overnight, local officials said. One person was slightly injured."],
    "strikes", "strikes", 2, "ochakiv-port-drone-attack-2026-11-20", a="Tamsin Reddaway",
    n="same region, other strike: must not merge with the Mykolaiv city missile strike"),
  E("2026-11-20 07:10", "Russian missiles strike Mykolaiv, killing three",
    ["At least three people were killed and 19 injured when Russian ballistic missiles hit a residential district of Mykolaiv early on Friday, the southern city\u2019s mayor, Oleksandr Senkevych, said.",
     "One missile struck a five-storey apartment block, bringing down part of it."],
    "strikes", "strikes", 3, MYK, a="Tamsin Reddaway", n="first report; toll 3"),
  ]))

# ---------------------------------------------------------------- 13821 Sollerby Post (day 1)
SEEDS.append(dict(
  id="13821", name="13821_sollerby-ldlive", ext="html", source="Sollerby Post", zone="Europe/Stockholm", render=r_sollerby,
  title="Russia\u2019s war in Ukraine: live", dateline="Friday 20 November 2026 \u00b7 All times CET",
  url="https://sollerbypost.example/world/live-ukraine-20-november-2026",
  lede="Missile strike on Mykolaiv, a new Danish air defence package and the latest from the front.",
  basis="visible '{s}' in <time datetime> (CET = UTC+1, 'All times CET' printed in the dateline 'Friday 20 November 2026'); JSON-LD update datePublished agrees; local {d} in {z}",
  notes="Invented outlet (Sweden, English edition). HTML live blog, oldest first; LiveBlogPosting JSON-LD with one BlogPosting per update (own datePublished with +01:00 and author). Visible stamps '06.30' (dot separator) in <time datetime>; 'By NAME' line under each headline. 13821-05 repeats 13821-02 nearly verbatim (duplicate_of 13821-02; 'fund' -> 'finance'). 13821-06 is Zelensky's reaction to the Mykolaiv strike (same story). 13821-07 (Sweden's 2027 aid budget) is the same theme as the Danish package but another event: must not merge.",
  not_entries=["cookie consent bar", "brand and navigation", "'LIVE' label, page title, dateline", "standfirst", "'Copy link / Share' tools under each post",
               "'Read more' related link after the third post", "footer"],
  entries=[
  E("2026-11-20 06:30", "Explosions in Mykolaiv as ballistic missiles hit the city",
    ["Russia fired ballistic missiles at the southern Ukrainian city of Mykolaiv shortly before dawn, and local officials say at least three people have been killed.",
     "Footage posted by residents shows a partly collapsed apartment building and cars burning in a courtyard."],
    "strikes", "strikes", 3, MYK, a="Ebba Sandstr\u00f6m", n="first report; toll 3"),
  E("2026-11-20 08:15", "Denmark to fund new air defence package for Ukraine",
    ["Denmark will pay for a new package of air defence equipment for Ukraine worth 4.2 billion kroner, including radars and short-range missiles, Defence Minister Troels Lund Poulsen said on Friday.",
     "Deliveries are due to begin early next year."],
    "aid", "aid", 3, DEN, a="Johan Berglund"),
  E("2026-11-20 10:00", "Mykolaiv toll climbs to five",
    ["The number of people killed in the missile strike on Mykolaiv has risen to five, regional governor Vitaliy Kim said.",
     "More than 20 people were injured, several of them seriously."],
    "strikes", "strikes", 3, MYK, a="Ebba Sandstr\u00f6m", n="toll 5"),
  E("2026-11-20 11:40", "Russia claims capture of village near Kupiansk",
    ["Russia\u2019s defence ministry said its forces had taken a village east of Kupiansk in the Kharkiv region. Ukraine\u2019s military said fighting in the area was continuing."],
    "other", "frontline", 2, "russia-claims-village-near-kupiansk-2026-11-20", a="Johan Berglund"),
  E("2026-11-20 12:55", "Denmark to fund new air defence package for Ukraine",
    ["Denmark will finance a new package of air defence equipment for Ukraine worth 4.2 billion kroner, including radars and short-range missiles, Defence Minister Troels Lund Poulsen said on Friday.",
     "Deliveries are due to begin early next year."],
    "aid", "aid", 1, DEN, a="Johan Berglund", dup="13821-02", n="near-verbatim repeat of 13821-02"),
  E("2026-11-20 14:20", "Zelensky: strike on Mykolaiv was \u2018pure terror\u2019",
    ["President Volodymyr Zelensky condemned the missile strike on Mykolaiv as \u201cpure terror\u201d against civilians and said Russia had used four ballistic missiles in the attack.",
     "\u201cEvery strike like this is a reminder that we need more Patriot systems, not promises,\u201d he wrote on social media."],
    "strikes", "strikes", 3, MYK, a="Ebba Sandstr\u00f6m", n="reaction whose content is the strike itself: same story"),
  E("2026-11-20 16:45", "Sweden sets 2027 military aid budget for Ukraine",
    ["The Swedish government said it would set aside 40 billion kronor for military support to Ukraine next year, the same as this year."],
    "aid", "aid", 2, "sweden-2027-military-aid-budget", a="Johan Berglund", n="same theme as the Danish package, other event: must not merge"),
  ]))

# ---------------------------------------------------------------- 13822 Pilgrim Bay World Service (day 1, general world feed)
SEEDS.append(dict(
  id="13822", name="13822_pilgrimbay-worldrss", ext="xml", source="Pilgrim Bay World Service", zone="UTC", render=r_worldrss, rfc="GMT",
  title="Pilgrim Bay World Service \u2013 World", url="https://pilgrimbay.example/world", guid="pbws-20261120",
  lede="World news from the Pilgrim Bay World Service",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, no authors. 4 of 6 items are off-beat (COP31 overtime, Brazil floods, Japan's extra budget, Indonesian volcano). War items: the Mykolaiv strike spelled 'Nikolaev' (toll 6) and the stalled EU sanctions package.",
  not_entries=["channel title/link/description/language/lastBuildDate", "item link, guid and category elements"],
  entries=[
  OFF("2026-11-20 20:40", "COP31 talks run into overtime in Antalya",
      ["Climate negotiators in Antalya failed to reach a deal by the scheduled close of the COP31 summit on Friday, with disputes over finance and fossil fuels pushing the talks into the weekend."],
      "cop31-overtime-2026-11-20", n="climate talks"),
  OFF("2026-11-20 18:15", "Floods force thousands from homes in southern Brazil",
      ["Heavy rain in Rio Grande do Sul has forced more than 12,000 people from their homes, state officials said, two years after the region\u2019s worst floods on record."],
      "rio-grande-do-sul-floods-2026-11", n="weather"),
  E("2026-11-20 14:30", "EU fails to agree Russia sanctions as Slovakia holds out",
    ["EU governments could not agree a new round of sanctions on Russia on Friday after Slovakia kept its veto over proposed restrictions on Russian nuclear fuel, diplomats said."],
    "diplomacy", "diplomacy", 3, SANC),
  E("2026-11-20 11:45", "Nikolaev missile strike kills six",
    ["Six people were killed and more than 25 wounded when Russian missiles struck the Ukrainian port city of Nikolaev on Friday morning, Ukrainian officials said."],
    "strikes", "strikes", 3, MYK, n="spelling 'Nikolaev'; toll 6"),
  OFF("2026-11-20 08:05", "Japan\u2019s cabinet approves extra budget",
      ["Japan\u2019s cabinet approved a supplementary budget of about 14 trillion yen on Friday to pay for energy subsidies and higher defence spending."],
      "japan-supplementary-budget-2026-11", n="Japanese economy"),
  OFF("2026-11-20 03:20", "Volcano eruption grounds flights in eastern Indonesia",
      ["An eruption of Mount Lewotobi Laki-laki on Flores island sent ash 9 kilometres into the sky, forcing airlines to cancel flights to Bali and Labuan Bajo."],
      "lewotobi-eruption-flights-2026-11", n="natural disaster"),
  ]))

# ---------------------------------------------------------------- 13823 Minchbury Review (day 1, article)
SEEDS.append(dict(
  id="13823", name="13823_minchbury-article", ext="txt", source="Minchbury Review", zone="Europe/Berlin", render=r_minchbury,
  title="Deadly missile strike on Mykolayiv as EU sanctions stall",
  lede="A Russian attack on a southern Ukrainian city, a new Danish air defence pledge and deadlock in Brussels.",
  byline="Jonas Werle and Petra Halloran", dateline="20 November 2026, 16:20 CET",
  also="What a ceasefire line in Zaporizhzhia would look like", more="More on the war in Ukraine: minchbury-review.example/ukraine",
  basis="no per-section time: the article dateline '20 November 2026, 16:20 CET' (CET = UTC+1) dates every section; local {d} in {z}",
  notes="Invented outlet (Germany, English). Text article with three section headings, one entry each (headline = section heading), stamp null, published = the dateline time. Two-name byline kept as one author string for every section. Spells the city 'Mykolayiv' (toll 7). 'Also read:' after section 1 is a related link.",
  not_entries=["outlet name and breadcrumb", "article title", "lede", "byline", "dateline", "share line", "'Also read: ...' related link", "'More on the war in Ukraine: ...' line", "footer"],
  entries=[
  E("2026-11-20 16:20", "Mykolayiv counts its dead",
    ["The death toll from Friday\u2019s Russian missile attack on Mykolayiv rose to seven in the afternoon, the regional administration said, as cranes lifted concrete slabs from a collapsed section of an apartment block.",
     "Regional governor Vitaliy Kim said four ballistic missiles had been fired at the city and one had been shot down."],
    "strikes", "strikes", 3, MYK, a="Jonas Werle and Petra Halloran", n="spelling 'Mykolayiv'; toll 7"),
  E("2026-11-20 16:20", "Copenhagen\u2019s new package",
    ["Denmark\u2019s new air defence package for Ukraine, worth 4.2 billion kroner, will be paid for partly from the windfall profits of frozen Russian assets, the Danish defence ministry said."],
    "aid", "aid", 3, DEN, a="Jonas Werle and Petra Halloran"),
  E("2026-11-20 16:20", "Sanctions stalemate in Brussels",
    ["EU ambassadors again failed to agree the bloc\u2019s next package of sanctions against Russia, with Slovakia blocking proposed restrictions on Russian nuclear fuel.",
     "Diplomats said Hungary had dropped its own objections after a concession on gas imports."],
    "diplomacy", "diplomacy", 3, SANC, a="Jonas Werle and Petra Halloran"),
  ]))

# ---------------------------------------------------------------- day 2 (2026-11-21)
RYA = "ryazan-refinery-drone-attack-2026-11-21"
ZBER = "zelensky-merz-berlin-talks-2026-11-21"

# ---------------------------------------------------------------- 13830 Wrenhaven Herald (day 2)
SEEDS.append(dict(
  id="13830", name="13830_wrenhaven-htmllive", ext="html", source="Wrenhaven Herald", zone="Europe/Dublin", render=r_wrenhaven,
  title="Russia-Ukraine war: Zelensky in Berlin as drones set Ryazan refinery ablaze", dateline="Saturday 21 November",
  parse_args=["--date", "2026-11-21"],
  lede="Updates throughout the day on Russia\u2019s war in Ukraine.",
  basis="bare stamp '{s}' (Irish time, no zone printed; GMT = UTC in November) on 'Saturday 21 November' (no year printed; parse_args gives 2026-11-21); local {d} in {z}",
  notes="Invented outlet (Ireland). HTML live blog without JSON-LD, newest first; '7.20pm' stamps (Irish style, no zone: Irish time = GMT in November) in a span above each h2, author line under the h2. The dateline 'Saturday 21 November' has NO year and no year appears anywhere on the page, so parse_args gives --date 2026-11-21. 13830-03 is a 'Photos:' teaser with a gallery and no text. 13830-04 continues day 1's Mykolaiv story with a new development (search over, toll 9, day of mourning). Must-not-merge: the Kharkiv glide-bomb strike (13830-05) is not the Mykolaiv strike.",
  not_entries=["cookie bar", "outlet name and navigation", "page title", "dateline 'Saturday 21 November'", "lead paragraph", "gallery placeholder '[Gallery: 12 images]'",
               "sign-up promo after the third post", "link to yesterday's live coverage", "footer"],
  entries=[
  E("2026-11-21 19:20", "Zelensky and Merz discuss air defence in Berlin",
    ["Volodymyr Zelensky met German chancellor Friedrich Merz in Berlin on Saturday evening, with air defence and the use of frozen Russian assets at the top of the agenda, the German government said.",
     "Merz told reporters afterwards that Germany would deliver two more IRIS-T systems before the end of the year."],
    "diplomacy", "diplomacy", 3, ZBER, a="Ciar\u00e1n Molloy", sec=["aid"]),
  E("2026-11-21 16:05", "One dead after drone attack on Ryazan refinery, governor says",
    ["One person has died and four have been injured in the Ukrainian drone attack on the oil refinery in Ryazan, the Russian region\u2019s governor said, raising the toll from the morning."],
    "strikes", "strikes", 3, RYA, a="Aoife Brennan", n="toll 1 dead, 4 injured"),
  E("2026-11-21 13:40", "Photos: Mykolaiv holds a day of mourning", [], "strikes", "strikes", 1, MYK,
    n="teaser without body (gallery only); day-1 story"),
  E("2026-11-21 11:15", "Mykolaiv toll rises to nine as search ends",
    ["Rescuers in Mykolaiv have ended their search of the apartment block hit by Russian missiles on Friday, and the death toll stands at nine, the regional governor said.",
     "Saturday was declared a day of mourning in the city."],
    "strikes", "strikes", 3, MYK, a="Ciar\u00e1n Molloy", n="continuation of the day-1 Mykolaiv story with a new development (toll 9, search over)"),
  E("2026-11-21 09:30", "Glide bombs kill two in Kharkiv",
    ["Two people were killed when Russian guided bombs hit an industrial area of Kharkiv on Saturday morning, the city\u2019s mayor, Ihor Terekhov, said."],
    "strikes", "strikes", 3, "kharkiv-glide-bomb-strike-2026-11-21", a="Aoife Brennan", n="deadly strike; must not merge with the Mykolaiv strike"),
  E("2026-11-21 07:50", "Drones set Ryazan refinery ablaze",
    ["Ukrainian drones struck an oil refinery in the Russian city of Ryazan overnight, starting a large fire, Russian officials said. Two people were reported injured."],
    "strikes", "strikes", 3, RYA, a="Aoife Brennan", n="first report; 2 injured"),
  ]))

# ---------------------------------------------------------------- 13831 Nettlebridge Dispatch (day 2)
SEEDS.append(dict(
  id="13831", name="13831_nettlebridge-atom", ext="xml", source="Nettlebridge Dispatch", zone="Europe/Kyiv", render=r_atom,
  title="Nettlebridge Dispatch \u2014 Ukraine", url="https://nettlebridge.example", lede="News from Kyiv and the regions",
  basis="Atom <published> '{s}' (explicit +02:00 offset = Kyiv winter time); local {d} in {z}",
  notes="Invented outlet (Kyiv). Atom feed, newest first, <published> with +02:00, <author><name> per entry. Uses the Ukrainian transliteration 'Riazan' for Ryazan. 13831-04 continues day 1's Mykolaiv story (toll 9). Must-not-merge: the Bryansk drone attack (13831-02) is the same theme as the Riazan refinery strike but another event; the Odesa port attack (13831-05) is another strike.",
  not_entries=["feed title, subtitle, links, id and updated elements", "entry link and id elements"],
  entries=[
  E("2026-11-21 21:10", "Zelensky meets Merz in Berlin, secures more IRIS-T systems",
    ["President Volodymyr Zelensky held talks with Chancellor Friedrich Merz in Berlin, and Germany promised to deliver two more IRIS-T air defence systems by the end of the year."],
    "diplomacy", "diplomacy", 3, ZBER, a="Iryna Kovalchuk", sec=["aid"]),
  E("2026-11-21 17:30", "Russia says drones downed over Bryansk region; substation hit",
    ["Russia\u2019s defence ministry said air defences destroyed 23 Ukrainian drones over the Bryansk region, while the regional governor said one drone hit an electrical substation, cutting power to several villages."],
    "strikes", "strikes", 2, "bryansk-drone-attack-2026-11-21", a="Serhii Tkach", n="same theme as the Ryazan refinery strike, other event: must not merge"),
  E("2026-11-21 14:45", "General Staff confirms strike on Riazan refinery",
    ["Ukraine\u2019s General Staff said its drones hit the Riazan oil refinery overnight, damaging a primary distillation unit that processes about a fifth of the plant\u2019s crude."],
    "strikes", "strikes", 3, RYA, a="Serhii Tkach", n="spelling 'Riazan'"),
  E("2026-11-21 12:20", "Mykolaiv mourns nine victims of Friday\u2019s missile strike",
    ["Mykolaiv observed a day of mourning on Saturday for the nine people killed when Russian ballistic missiles hit a residential district on Friday, Mayor Oleksandr Senkevych said."],
    "strikes", "strikes", 3, MYK, a="Iryna Kovalchuk", n="continuation of the day-1 Mykolaiv story (toll 9)"),
  E("2026-11-21 09:05", "Odesa port hit by drones, three injured",
    ["Russian drones struck port infrastructure in Odesa overnight, injuring three people and damaging a grain warehouse, the regional governor said."],
    "strikes", "strikes", 2, "odesa-port-drone-strike-2026-11-21", a="Serhii Tkach"),
  E("2026-11-21 06:40", "Ukraine says troops repelled 40 assaults near Pokrovsk",
    ["Ukrainian forces repelled about 40 Russian assaults in the Pokrovsk direction over the past day, the General Staff said in its morning update."],
    "other", "frontline", 2, "pokrovsk-assaults-2026-11-21", a="Iryna Kovalchuk"),
  ]))

# ---------------------------------------------------------------- 13832 Lowenbury Evening Star (day 2)
SEEDS.append(dict(
  id="13832", name="13832_lowenbury-textlive", ext="txt", source="Lowenbury Evening Star", zone="America/New_York", render=r_lowenbury,
  title="Russia-Ukraine war: live updates", dateline="Saturday, November 21, 2026",
  lede="The latest on the war in Ukraine. All times Eastern.",
  basis="stamp '{s}' (Eastern time, EST = UTC-5) under the dateline 'Saturday, November 21, 2026'; local {d} in {z}",
  notes="Invented outlet (US). Text live blog, oldest first, 'h:mm a.m. ET' line before each headline, no per-post authors. 13832-02 is a theme piece (why Ukraine targets refineries) that mentions Ryazan but is its own story. 13832-03 is a verbatim re-post of day 1's analysis 13820-03 (same headline and text, syndicated without a new date): importance 1, same story slug as on day 1. 13832-06 repeats 13832-01 nearly verbatim (duplicate_of 13832-01; 'biggest' -> 'largest'). 13832-07 is the Kremlin's reaction to the refinery attack (same story).",
  not_entries=["outlet name and navigation", "page title and dateline", "lede 'The latest on the war in Ukraine. All times Eastern.'", "'ADVERTISEMENT'",
               "closing line 'Our live coverage has ended for today.'", "footer"],
  entries=[
  E("2026-11-21 06:05", "Ukrainian drones hit oil refinery in Russia\u2019s Ryazan",
    ["Ukrainian drones struck one of Russia\u2019s biggest oil refineries, in the city of Ryazan southeast of Moscow, overnight, setting off a fire that burned for hours, the regional governor said.",
     "Two people were injured, he said."],
    "strikes", "strikes", 3, RYA, n="2 injured"),
  E("2026-11-21 08:30", "Analysis: Why Ukraine keeps going after Russia\u2019s refineries",
    ["The attack on Ryazan is the latest in a campaign that Ukraine\u2019s military says has hit more than 20 Russian refineries this year.",
     "Kyiv wants to cut the fuel and revenue that feed Russia\u2019s war effort, and analysts say the strikes have at times knocked out a sixth of Russia\u2019s refining capacity.",
     "Repairs usually take weeks, but Russia has become quicker at fixing damaged units and has shifted to exporting more crude oil instead of fuel."],
    "strikes", "strikes", 2, "analysis-ukraine-refinery-campaign",
    n="theme piece (analysis); mentions Ryazan but is its own story: must not merge with the Ryazan attack"),
  E("2026-11-21 10:10", EXPL_H, EXPL_P, "strikes", "strikes", 1, EXPL,
    n="re-post of day-1 entry 13820-03 (verbatim syndicated analysis), importance 1"),
  E("2026-11-21 12:25", "Ryazan governor says one killed, four injured in drone attack",
    ["One person has been killed and four injured in the drone attack on Ryazan\u2019s refinery, regional governor Pavel Malkov said."],
    "strikes", "strikes", 3, RYA, n="toll 1 dead, 4 injured"),
  E("2026-11-21 14:00", "Senators revive Russia sanctions bill",
    ["A bipartisan group of senators said it would push for a vote next month on a bill that would put steep tariffs on countries that keep buying Russian oil."],
    "diplomacy", "diplomacy", 2, "us-senate-russia-sanctions-bill-2026-11"),
  E("2026-11-21 15:40", "Ukrainian drones hit oil refinery in Russia\u2019s Ryazan",
    ["Ukrainian drones struck one of Russia\u2019s largest oil refineries, in the city of Ryazan southeast of Moscow, overnight, setting off a fire that burned for hours, the regional governor said.",
     "Two people were injured, he said."],
    "strikes", "strikes", 1, RYA, dup="13832-01", n="near-verbatim repeat of 13832-01"),
  E("2026-11-21 17:15", "Kremlin vows response to refinery attack",
    ["Kremlin spokesman Dmitry Peskov said the attack on the Ryazan refinery showed that Kyiv was not interested in peace and that Russia would respond."],
    "strikes", "strikes", 3, RYA, sec=["diplomacy"], n="official reaction whose content is the attack: same story"),
  ]))

# ---------------------------------------------------------------- 13833 Fennimore Globe (day 2, general world feed)
SEEDS.append(dict(
  id="13833", name="13833_fennimore-worldrss", ext="xml", source="Fennimore Globe", zone="America/Toronto", render=r_worldrss, rfc="num",
  title="The Fennimore Globe | World", url="https://fennimoreglobe.example/world", guid="fg-20261121",
  lede="World news from the Fennimore Globe",
  basis="RSS pubDate '{s}' (explicit -0500 offset = Eastern standard time); local {d} in {z}",
  notes="Invented outlet (Canada). General world-news RSS 2.0 feed, newest first, pubDate with -0500, no authors. 4 of 6 items are off-beat (APEC, Atlantic Canada storm, California wildfire, Philippine typhoon). The Mykolaiv item continues the day-1 story (toll 9).",
  not_entries=["channel title/link/description/language/lastBuildDate", "item link, guid and category elements"],
  entries=[
  OFF("2026-11-21 17:45", "APEC leaders wrap up summit in Shenzhen",
      ["Leaders of the Asia-Pacific Economic Cooperation forum ended their annual meeting in Shenzhen with a statement on supply chains that avoided any mention of tariffs."],
      "apec-shenzhen-summit-2026", n="trade summit"),
  E("2026-11-21 15:20", "Drone strike on Russian refinery in Ryazan kills one",
    ["A Ukrainian drone attack on an oil refinery in Ryazan, south-east of Moscow, killed one person and injured four, Russian officials said on Saturday."],
    "strikes", "strikes", 3, RYA, n="toll 1 dead, 4 injured"),
  OFF("2026-11-21 12:05", "Storm knocks out power to 100,000 in Atlantic Canada",
      ["High winds and heavy rain left more than 100,000 homes and businesses in Nova Scotia and New Brunswick without electricity on Saturday, utilities said."],
      "atlantic-canada-storm-outages-2026-11", n="weather"),
  E("2026-11-21 09:30", "Mykolaiv strike toll reaches nine",
    ["The number of people killed by Friday\u2019s Russian missile strike on the Ukrainian city of Mykolaiv has reached nine, local officials said."],
    "strikes", "strikes", 3, MYK, n="continuation of the day-1 Mykolaiv story (toll 9)"),
  OFF("2026-11-21 06:10", "Thousands evacuated as wildfire spreads in southern California",
      ["A wind-driven wildfire in the hills above Ventura forced more than 8,000 people to leave their homes overnight, fire officials said."],
      "ventura-wildfire-evacuations-2026-11", n="wildfire"),
  OFF("2026-11-21 02:15", "Philippines braces for typhoon",
      ["Authorities in the Philippines moved tens of thousands of people from coastal villages on Luzon ahead of a typhoon expected to make landfall on Sunday."],
      "philippines-typhoon-evacuations-2026-11", n="weather"),
  ]))

# ---------------------------------------------------------------- day 3 (2026-12-05)
PX = "prisoner-exchange-2026-12-05"
KHV = "kharkiv-missile-strike-2026-12-05"

# ---------------------------------------------------------------- 13840 Copperbeck Times (day 3; Sydney, local date is the next day)
SEEDS.append(dict(
  id="13840", name="13840_copperbeck-htmllive", ext="html", source="Copperbeck Times", zone="Australia/Sydney", render=r_copperbeck,
  title="Ukraine war live: hundreds of prisoners swapped as Kharkiv strike toll rises",
  url="https://copperbeck-times.example/world/live/ukraine-war-6-december-2026", dateline="Sunday 6 December 2026",
  lede="Overnight developments in Russia\u2019s war in Ukraine, with our Europe correspondent.",
  basis="visible '{s}' in <time datetime> (AEDT = UTC+11) under the local dateline 'Sunday 6 December 2026'; local {d} in {z} = the previous day in UTC",
  notes="Invented outlet (Australia). HTML live blog, newest first; JSON-LD @graph whose article node has @type ['NewsArticle','LiveBlogPosting'] and liveBlogUpdate items (headline, datePublished with +11:00, no body). Visible stamps '9.50am AEDT' in <time datetime>; signature line '\u2014 NAME' after the body (author). The page's local date is Sunday 6 December, but every post (00:20-09:50 AEDT) falls on Saturday 5 December in UTC, the day of the European events it reports. 13840-03 is a 'Video:' teaser with no text. 13840-05 is a theme piece (how exchanges are arranged) that mentions Saturday's swap but is its own story: must not merge with the exchange.",
  not_entries=["header and navigation", "page title", "local dateline 'Sunday 6 December 2026'", "standfirst", "video placeholder '[Video 1:24]'",
               "newsletter promo after the second post", "footer"],
  entries=[
  E("2026-12-06 09:50", "Ukraine and Russia swap 307 prisoners each",
    ["Russia and Ukraine each released 307 prisoners of war on Saturday in an exchange brokered by the United Arab Emirates, officials in both countries said.",
     "Ukraine said 12 civilians were also returned as part of the deal."],
    "diplomacy", "diplomacy", 3, PX, a="Mara Kinsella", n="307 each + 12 civilians"),
  E("2026-12-06 08:35", "Kharkiv strike: death toll rises to five",
    ["A fifth person has died in hospital after Saturday\u2019s Russian missile strike on Kharkiv, the city\u2019s mayor said."],
    "strikes", "strikes", 3, KHV, a="Mara Kinsella", n="toll 5"),
  E("2026-12-06 07:15", "Video: Freed soldiers step off the buses in Chernihiv region", [], "diplomacy", "diplomacy", 1, PX,
    n="teaser without body (video placeholder only)"),
  E("2026-12-06 05:40", "Australia to send more drones to Ukraine",
    ["Defence Minister Richard Marles has announced a further A$95 million package for Ukraine, made up mostly of Australian-built drones and counter-drone equipment."],
    "aid", "aid", 2, "australia-drone-package-ukraine-2026-12", a="Liam Pearce"),
  E("2026-12-06 03:00", "Explainer: How prisoner swaps between Russia and Ukraine are arranged",
    ["Saturday\u2019s exchange is the latest of dozens since 2022, and most of them follow the same pattern.",
     "Lists of names are negotiated for weeks through intermediaries, most often the United Arab Emirates or T\u00fcrkiye, and the International Committee of the Red Cross is usually asked to confirm identities.",
     "Both sides tend to trade equal numbers, so the size of each swap depends on how many captives the side holding fewer prisoners can offer."],
    "diplomacy", "diplomacy", 2, "explainer-prisoner-exchanges", a="Mara Kinsella",
    n="theme piece (explainer); mentions the swap but is its own story: must not merge with the exchange"),
  E("2026-12-06 00:20", "Russian missiles hit Kharkiv, killing four",
    ["Four people were killed and at least 30 wounded when Russian missiles hit a residential area of Kharkiv on Saturday morning, Ukrainian officials said."],
    "strikes", "strikes", 3, KHV, a="Liam Pearce", n="toll 4"),
  ]))

# ---------------------------------------------------------------- 13841 Wistmoor Gazette (day 3)
SEEDS.append(dict(
  id="13841", name="13841_wistmoor-textlive", ext="txt", source="Wistmoor Gazette", zone="Europe/Warsaw", render=r_wistmoor,
  title="Live: Russia and Ukraine exchange prisoners; missile strike on Kharkiv", ref="2026-12-05 19:40",
  lede="Our correspondents follow the war in Ukraine from Warsaw and Kyiv.",
  basis="relative stamp '{s}' counted back from the printed 'Updated: Saturday 5 December 2026, 19:40 CET' (CET = UTC+1); local {d} in {z}",
  notes="Invented outlet (Poland, English). Text live blog, newest first. Each post: relative stamp ('35 min ago', '2 hrs ago') BEFORE the headline, body, then '\u2013 NAME' (author). The only absolute time is the line 'Updated: Saturday 5 December 2026, 19:40 CET'; every stamp is counted back from it. Must-not-merge: the repatriation of 1,000 soldiers' bodies (13841-04) is the same theme as the prisoner exchange but a separate event; the Kupiansk shelling death (13841-06) is the same region as the Kharkiv city missile strike but another attack. 13841-01 is Zelensky's reaction to the exchange (same story).",
  not_entries=["outlet name and navigation", "page title", "'Updated: ...' line (the anchor for relative stamps)", "lede", "subscription promo after the third post",
               "'Load older posts'", "footer"],
  entries=[
  E("2026-12-05 19:05", "Zelensky thanks UAE after 307-for-307 exchange",
    ["President Volodymyr Zelensky thanked the United Arab Emirates for mediating Saturday\u2019s exchange, saying 307 soldiers and 12 civilians were back home and that Kyiv was already working on the next swap."],
    "diplomacy", "diplomacy", 3, PX, a="Karolina Wi\u015bniewska", n="reaction whose content is the exchange: same story"),
  E("2026-12-05 17:40", "Polish jets scrambled as Russia strikes western Ukraine",
    ["Poland\u2019s operational command scrambled fighter jets and put ground-based air defences on alert during a Russian attack on western Ukraine, but no violation of Polish airspace was recorded."],
    "other", "security", 2, "poland-scrambles-jets-2026-12-05", a="Tomasz Rudnik", n="a NATO neighbour's air-defence readiness (security)"),
  E("2026-12-05 15:40", "Kharkiv toll rises to four after missile strike",
    ["Four people were killed and 31 injured in the morning missile strike on Kharkiv, regional governor Oleh Syniehubov said, updating an earlier toll of three."],
    "strikes", "strikes", 3, KHV, a="Tomasz Rudnik", n="toll 4"),
  E("2026-12-05 14:40", "Ukraine receives bodies of 1,000 fallen soldiers",
    ["Ukraine received the bodies of 1,000 soldiers killed in the war in a separate repatriation on Saturday, the coordination headquarters for prisoners of war said, and Russia received the remains of 41 of its servicemen."],
    "other", "humanitarian", 2, "repatriation-of-fallen-soldiers-2026-12-05", a="Karolina Wi\u015bniewska",
    n="same theme as the prisoner exchange, separate event: must not merge"),
  E("2026-12-05 13:40", "Prisoner exchange under way, Kyiv says",
    ["Ukraine and Russia have begun exchanging prisoners of war, with about 300 people expected to return on each side, Ukraine\u2019s coordination headquarters said."],
    "diplomacy", "diplomacy", 3, PX, a="Karolina Wi\u015bniewska", n="first report; 'about 300'"),
  E("2026-12-05 11:40", "Shelling kills man in Kupiansk",
    ["Russian shelling killed a 62-year-old man in the town of Kupiansk in the Kharkiv region on Saturday morning, the regional governor said."],
    "strikes", "strikes", 3, "kupiansk-shelling-2026-12-05", a="Tomasz Rudnik",
    n="deadly; same region as the Kharkiv city strike, other attack: must not merge"),
  ]))

# ---------------------------------------------------------------- 13842 Pembrey World Desk (day 3, general world feed)
SEEDS.append(dict(
  id="13842", name="13842_pembrey-worldatom", ext="xml", source="Pembrey World Desk", zone="UTC", render=r_atom,
  title="Pembrey World Desk", url="https://pembrey-world.example", lede="Top world stories, around the clock",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in Z, no authors. 4 of 6 entries are off-beat (Alpine snow, Nairobi protest, Peruvian landslide, Japanese earthquake). War items: the prisoner exchange (307 each) and the Kharkiv strike spelled 'Kharkov' (toll 3, the earliest count).",
  not_entries=["feed title, subtitle, links, id and updated elements", "entry link and id elements"],
  entries=[
  OFF("2026-12-05 21:30", "Early snow opens ski season across the Alps",
      ["Resorts in Austria, Switzerland and France opened their slopes a week ahead of schedule after the heaviest early-December snowfall in more than a decade."],
      "alps-early-ski-season-2026", n="weather/leisure"),
  E("2026-12-05 18:20", "Russia and Ukraine swap 307 prisoners each in UAE-brokered deal",
    ["Russia and Ukraine exchanged 307 prisoners of war each on Saturday under a deal mediated by the United Arab Emirates, the UAE foreign ministry said."],
    "diplomacy", "diplomacy", 3, PX),
  OFF("2026-12-05 15:10", "Thousands march in Nairobi over fuel prices",
      ["Police fired tear gas at protesters in central Nairobi as thousands marched against an increase in fuel taxes that took effect this week."],
      "nairobi-fuel-tax-protest-2026-12", n="Kenyan politics"),
  OFF("2026-12-05 12:00", "Landslide blocks key highway in Peru\u2019s Andes",
      ["A landslide buried a stretch of the Central Highway east of Lima, cutting the main road between the capital and the central Andes, transport officials said."],
      "peru-central-highway-landslide", n="natural disaster"),
  E("2026-12-05 09:45", "Missile strike on Kharkov kills three",
    ["Russian missiles struck a residential district of Kharkov, Ukraine\u2019s second-largest city, on Saturday morning, killing three people, the regional governor said."],
    "strikes", "strikes", 3, KHV, n="spelling 'Kharkov'; toll 3"),
  OFF("2026-12-05 06:15", "Strong earthquake off northern Japan, no tsunami warning",
      ["A magnitude 6.4 earthquake struck off the coast of Aomori prefecture early on Saturday, shaking buildings across northern Japan, but no tsunami warning was issued."],
      "aomori-offshore-earthquake-2026-12", n="natural disaster"),
  ]))

# ---------------------------------------------------------------- 13843 Vasterby Wire (day 3)
SEEDS.append(dict(
  id="13843", name="13843_vasterby-ticker", ext="txt", source="Vasterby Wire", zone="Europe/Riga", render=r_vasterby,
  title="Ukraine war ticker", lede="Rolling wire coverage of the war in Ukraine", editor="M\u0101rti\u0146\u0161 Ozols",
  basis="stamp '{s}' (day.month.year and Riga time; 'All times EET' printed, EET = UTC+2) before the headline on the same line; local {d} in {z}",
  notes="Invented outlet (news agency, Riga). Text ticker, oldest first. Each item: 'DD.MM.YYYY HH:MM | HEADLINE' on one line (stamp before the headline, numeric European date), body, sign-off '(Reporting by NAME; editing by NAME)': author = the reporter, not the editor. 13843-05 repeats 13843-04 nearly verbatim (duplicate_of 13843-04; 'bringing' -> 'taking'). Latvia's drone pledge (13843-03) stands alone.",
  not_entries=["outlet name and navigation", "page title", "'All times EET'", "lede", "subscription line after the third item", "'(Reporting by ...; editing by ...)' sign-off lines", "footer"],
  entries=[
  E("2026-12-05 08:40", "Missiles hit Kharkiv; casualties reported",
    ["Several Russian missiles hit Kharkiv on Saturday morning, damaging apartment buildings in two districts, and there are casualties, Mayor Ihor Terekhov said."],
    "strikes", "strikes", 3, KHV, a="Inga Kalni\u0146a", n="first report, no toll yet"),
  E("2026-12-05 12:10", "Ukraine and Russia begin prisoner exchange",
    ["Ukraine and Russia started a new exchange of prisoners of war on Saturday at the border with Belarus, a Ukrainian official said."],
    "diplomacy", "diplomacy", 3, PX, a="Inga Kalni\u0146a"),
  E("2026-12-05 13:25", "Latvia pledges 1,000 drones for Ukraine",
    ["Latvia will send 1,000 reconnaissance and attack drones made by Latvian companies to Ukraine early next year, the defence ministry in Riga said."],
    "aid", "aid", 2, "latvia-drone-pledge-2026-12", a="Rihards B\u0113rzi\u0146\u0161"),
  E("2026-12-05 15:50", "Exchange completed: 307 for 307, UAE says",
    ["The United Arab Emirates said its mediation had secured the release of 307 Ukrainian and 307 Russian prisoners of war, bringing the number of exchanges it has helped arrange to more than 20."],
    "diplomacy", "diplomacy", 3, PX, a="Inga Kalni\u0146a"),
  E("2026-12-05 18:05", "Exchange completed: 307 for 307, UAE says",
    ["The United Arab Emirates said its mediation had secured the release of 307 Ukrainian and 307 Russian prisoners of war, taking the number of exchanges it has helped arrange to more than 20."],
    "diplomacy", "diplomacy", 1, PX, a="Inga Kalni\u0146a", dup="13843-04", n="near-verbatim repeat of 13843-04"),
  E("2026-12-05 20:30", "Kharkiv strike toll rises to five",
    ["The number of people killed by the morning missile strike on Kharkiv rose to five after a woman died in hospital, the regional governor said."],
    "strikes", "strikes", 3, KHV, a="Rihards B\u0113rzi\u0146\u0161", n="toll 5"),
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
            if len(e["t"]) == 10:  # the page prints a date but no time
                pub, loc, dd = e["t"], f"{e['t']} {S['zone']}", e["t"]
            else:
                d = dt(e["t"], S["zone"]); u = d.astimezone(UTC)
                pub, loc, dd = u.strftime("%Y-%m-%dT%H:%M:%SZ"), d.strftime("%Y-%m-%d %H:%M ") + S["zone"], d
            basis = S["basis"].format(s=stamps[i], d=dd if isinstance(dd, str) else dd.strftime("%Y-%m-%d %H:%M"), dd=dd, z=S["zone"])
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": pub, "published_local": loc, "published_basis": basis,
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

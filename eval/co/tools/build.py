#!/usr/bin/env python3
"""Builds the eval/co seed pages and gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented or paraphrased); Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/co/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ABBR = {"Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "Sgt", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
        "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun", "No", "U.S", "U.N", "a.m", "p.m", "Jr", "Sr"}


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", fs=None, **extra):
    """One entry. t = local time in the page zone ('YYYY-MM-DD HH:MM' or with ':SS'); p = body paragraphs;
    extra = renderer details (comment count, category, section, views, minutes until <updated>)."""
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n, fs=fs, **extra)


def OFF(t, h, p, st, a=None, n="", **extra):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **extra)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par):
        if par[m.start()] == ".":
            w = re.search(r"([A-Za-z.]+)$", par[:m.start()])
            if w and (w.group(1) in ABBR or re.fullmatch(r"[A-Z]", w.group(1))):
                continue
        return par[:m.end()]
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=ZoneInfo(zone))


def h12(d, space=" ", low=False, dots=False):
    hh = d.hour % 12 or 12
    if dots:
        suf = "a.m." if d.hour < 12 else "p.m."
    else:
        suf = "AM" if d.hour < 12 else "PM"
        suf = suf.lower() if low else suf
    return f"{hh}:{d.minute:02d}{space}{suf}"


def mdy(d, short=False):
    m = MONTHS[d.month - 1]
    return f"{m[:3] if short else m} {d.day}, {d.year}"


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def paras_txt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:60]


def check_order(S, newest_first):
    ts = [dt(e["t"], S["zone"]) for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first"


# ======================================================================= Part A renderers (layouts only; text is mine)

def r_nassau(S):
    """The Nassau Guardian, HTML article page carrying an AP-style 'The Latest' timeline: items have NO headline;
    a bare '12:40 a.m.' line comes BEFORE each item; times are Kyiv local; newest first; page byline only."""
    z = S["zone"]; check_order(S, True)
    pub = dt(S["pub"], "America/Nassau"); upd = dt(S["upd"], "America/Nassau")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": pub.isoformat(),
          "dateModified": upd.isoformat(), "author": {"@type": "Organization", "name": S["byline"]},
          "publisher": {"@type": "Organization", "name": "The Nassau Guardian"}, "articleSection": "World"}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">',
           f'<title>{esc(S["title"])} | The Nassau Guardian</title>',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="single-article world">',
           f'<div class="top-bar"><span class="today">{S["topdate"]}</span> <span class="wx">Nassau 77&deg;F Partly cloudy</span> '
           '<a href="/e-edition/">E-Edition</a> <a href="/subscribe/">Subscribe</a> <a href="/login/">Log In</a></div>',
           '<header class="masthead"><a class="logo" href="/">The Nassau Guardian</a>'
           '<nav><ul><li><a href="/news/">News</a></li><li><a href="/national-review/">National Review</a></li><li><a href="/business/">Business</a></li>'
           '<li><a href="/sports/">Sports</a></li><li><a href="/lifestyles/">Lifestyles</a></li><li><a href="/opinion/">Opinion</a></li>'
           '<li><a href="/obituaries/">Obituaries</a></li><li><a href="/world/">World</a></li></ul></nav></header>',
           '<main><article class="story">', '<p class="kicker"><a href="/world/">World</a></p>', f'<h1 class="headline">{esc(S["title"])}</h1>',
           f'<div class="byline">By {esc(S["byline"])}</div>',
           f'<div class="dates"><span class="posted">{esc(S["upd_text"])}</span></div>',
           '<div class="share-tools"><a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a> <a>Email</a> <a>Print</a></div>',
           '<div class="story-body">', f'<p class="intro"><em>{esc(S["intro"])}</em></p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, dots=True); stamps.append(st)
        out.append(f"<p><strong>{st}</strong></p>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if i == 2:
            out.append('<div class="ad-slot">ADVERTISEMENT</div>')
    out += ['<p class="tagline">Follow the AP&rsquo;s coverage of the war at https://apnews.com/hub/russia-ukraine</p>',
            '<p class="copyright">Copyright 2023 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.</p>',
            '</div></article>', '<div class="comments-count"><a href="#comments">0 Comments</a></div>',
            '<section class="related"><h3>Related Stories</h3><ul><li><a href="/news/1">Bahamas records rise in tourist arrivals</a></li>'
            '<li><a href="/world/2">Davos forum closes with warnings on global growth</a></li></ul></section>',
            '<aside class="newsletter"><p>Get the Guardian\'s morning headlines in your inbox.</p><input type="email" placeholder="Email address"> <button>Sign Up</button></aside>',
            '</main><footer><p>&copy; 2023 The Nassau Guardian. All rights reserved.</p><p><a>Terms of Use</a> | <a>Privacy Policy</a> | <a>Contact Us</a></p></footer>',
            '</body></html>']
    return "\n".join(out) + "\n", stamps


def r_amandala(S):
    """Amandala, text scrape of a round-up article: section headings, one page byline, posted date-time, Belize dateline in the first section."""
    z = S["zone"]; d0 = dt(S["posted"], z)
    posted = f"{WEEKDAYS[d0.weekday()]}, {MONTHS[d0.month - 1]} {ordinal(d0.day)}, {d0.year}, {h12(d0, low=True)}"
    S["posted_text"] = posted
    L = ["Skip to content", "Amandala Newspaper", "", "Home  News  Editorial  Features  Sports  Letters  Classifieds  KREM Radio  Archives", "",
         "Search for:", "", "International", "", S["title"], "", posted, f"by {S['byline']}", "",
         "Share this: Facebook  X  WhatsApp  Email", "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + paras_txt(e["p"])
    L += ["Related Posts", "", "Sugar industry talks resume in Orange Walk", "Price of flour unchanged, says Ministry", "",
          "Leave a Reply", "Your email address will not be published. Required fields are marked *", "Comment *", "Name *  Email *  Website",
          "Post Comment", "", "Copyright \u00a9 Kremandala Ltd. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_bbn(S):
    """Breaking Belize News tag page, HTML (tagDiv-style modules): visible date WITHOUT time, the time only in <time datetime>;
    per-post authors; comment-count bubbles; Yoast JSON-LD graph without item times. Newest first."""
    z = S["zone"]; check_order(S, True)
    base = "https://www.breakingbelizenews.com"
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": f"{base}/tag/ukraine/", "url": f"{base}/tag/ukraine/", "name": "Ukraine Archives - Breaking Belize News",
         "isPartOf": {"@id": f"{base}/#website"}, "breadcrumb": {"@id": f"{base}/tag/ukraine/#breadcrumb"}, "inLanguage": "en-US"},
        {"@type": "BreadcrumbList", "@id": f"{base}/tag/ukraine/#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": f"{base}/"}, {"@type": "ListItem", "position": 2, "name": "Ukraine"}]},
        {"@type": "WebSite", "@id": f"{base}/#website", "url": f"{base}/", "name": "Breaking Belize News",
         "description": "Belize's leading online news source", "inLanguage": "en-US"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', '<title>Ukraine Archives - Breaking Belize News</title>',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="archive tag tag-ukraine td-standard-pack">',
           f'<div class="td-header-top-menu"><div class="td_data_time">{S["topdate"]}</div>'
           '<ul class="top-header-menu"><li><a>Advertise With Us</a></li><li><a>Contact Us</a></li><li><a>Submit a News Tip</a></li></ul></div>',
           '<div class="td-header-menu-wrap"><ul id="menu-main-menu"><li><a href="/">Home</a></li><li><a>News</a></li><li><a>Belize</a></li>'
           '<li><a>Crime</a></li><li><a>Politics</a></li><li><a>Business</a></li><li><a>Sports</a></li><li><a>Entertainment</a></li>'
           '<li><a>International</a></li><li><a>Weather</a></li></ul></div>',
           '<div class="td-crumb-container"><div class="entry-crumbs"><span><a href="/">Home</a></span> <i class="td-icon-right td-bread-sep"></i> '
           '<span>Tags</span> <i class="td-icon-right td-bread-sep"></i> <span class="td-bred-no-url-last">Ukraine</span></div></div>',
           '<div class="td-page-header"><h1 class="entry-title td-page-title"><span>Tag: Ukraine</span></h1></div>',
           '<div class="td-ss-main-content">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = mdy(d); stamps.append(st)
        url = f"{base}/{d:%Y/%m/%d}/{slugify(e['h'])}/"
        out += ['<div class="td_module_10 td_module_wrap td-animation-stack">',
                f'<div class="td-module-thumb"><a href="{url}" rel="bookmark" class="td-image-wrap" title="{attr(e["h"])}"><img width="218" height="150" class="entry-thumb" src="/wp-content/uploads/{i + 1}.jpg" alt="" title="{attr(e["h"])}"/></a></div>',
                '<div class="item-details">', f'<h3 class="entry-title td-module-title"><a href="{url}" rel="bookmark" title="{attr(e["h"])}">{esc(e["h"])}</a></h3>',
                f'<div class="td-module-meta-info"><span class="td-post-author-name"><a href="{base}/author/{slugify(e["a"])}/">{esc(e["a"])}</a> <span>-</span> </span>'
                f'<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{d.isoformat()}" >{st}</time></span>'
                f'<span class="td-module-comments"><a href="{url}#respond">{e.get("cc", 0)}</a></span></div>',
                f'<div class="td-excerpt">{esc(e["p"][0])}</div>', '</div></div>']
        if i == 2:
            out.append('<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">- Advertisement -</span></div>')
    out += ['<div class="page-nav td-pb-padding-side"><span class="current">1</span><a href="/tag/ukraine/page/2/" class="page">2</a>'
            '<a href="/tag/ukraine/page/3/" class="page">3</a><span class="extend">...</span><a href="/tag/ukraine/page/41/" class="last">41</a>'
            '<a href="/tag/ukraine/page/2/"><i class="td-icon-menu-right"></i></a><span class="pages">Page 1 of 41</span></div>',
            '</div><div class="td-ss-main-sidebar"><div class="block-title"><span>STAY CONNECTED</span></div>'
            '<div class="td-social-list"><span>152,880</span> <span>Fans</span> <a>LIKE</a> <span>9,411</span> <span>Followers</span> <a>FOLLOW</a></div>'
            '<div class="block-title"><span>MOST POPULAR</span></div><ul><li><a>San Pedro hosts regional sailing regatta</a></li>'
            '<li><a>Power outage scheduled for parts of Belmopan</a></li></ul></div>',
            '<div class="td-footer-wrapper"><div class="td-sub-footer-copy">&copy; Copyright 2023 - Breaking Belize News. All Rights Reserved.</div></div>',
            '</body></html>']
    return "\n".join(out) + "\n", stamps


def r_kaieteur(S):
    """Kaieteur News site-wide WordPress RSS 2.0: pubDate in +0000, dc:creator CDATA, excerpt with [&#8230;] and the
    'The post ... appeared first on Kaieteur News.' footer in both description and content:encoded. Newest first."""
    z = S["zone"]; check_order(S, True)
    base = "https://www.kaieteurnewsonline.com"
    last = dt(S["entries"][0]["t"], z).astimezone(UTC)
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"',
           '\txmlns:content="http://purl.org/rss/1.0/modules/content/"', '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"',
           '\txmlns:dc="http://purl.org/dc/elements/1.1/"', '\txmlns:atom="http://www.w3.org/2005/Atom"',
           '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"', '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"', '>',
           '<channel>', '\t<title>Kaieteur News</title>', f'\t<atom:link href="{base}/feed/" rel="self" type="application/rss+xml" />',
           f'\t<link>{base}</link>', '\t<description>News from Guyana and the world</description>',
           f'\t<lastBuildDate>{last.strftime("%a, %d %b %Y %H:%M:%S +0000")}</lastBuildDate>', '\t<language>en-US</language>',
           '\t<sy:updatePeriod>hourly</sy:updatePeriod>', '\t<sy:updateFrequency>1</sy:updateFrequency>', '\t<generator>https://wordpress.org/?v=6.2</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], z).astimezone(UTC); st = u.strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        url = f"{base}/{u:%Y/%m/%d}/{slugify(e['h'])}/"
        foot = f'<p>The post <a href="{url}">{esc(e["h"])}</a> appeared first on <a href="{base}">Kaieteur News</a>.</p>'
        words = e["p"][0].split()
        excerpt = " ".join(words[:30]) + " [&#8230;]" if len(words) > 30 else e["p"][0]
        out += ['\t<item>', f'\t\t<title>{esc(e["h"])}</title>', f'\t\t<link>{url}</link>', f'\t\t<comments>{url}#respond</comments>',
                f'\t\t<dc:creator><![CDATA[{e["a"]}]]></dc:creator>', f'\t\t<pubDate>{st}</pubDate>',
                f'\t\t<category><![CDATA[{e.get("cat", "World News")}]]></category>',
                f'\t\t<guid isPermaLink="false">{base}/?p={i * 37 + 578120}</guid>',
                f'\t\t<description><![CDATA[{esc(excerpt)}{foot}]]></description>',
                '\t\t<content:encoded><![CDATA[' + "".join(f"<p>{esc(p)}</p>\n" for p in e["p"]) + foot + ']]></content:encoded>',
                f'\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>', '\t\t<slash:comments>0</slash:comments>', '\t</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_newsroom(S):
    """Newsroom Panama, text scrape of a Blogger label page: date headers, headline, body, then 'Posted by ... at 7:40 PM'
    AFTER the body; no zone printed (Panama implied); newest first."""
    z = S["zone"]; check_order(S, True)
    L = ["Newsroom Panama", "Panama news in English, since 2009", "", "Home   Panama   Business   World   Opinion   Contact", "",
         "Search This Blog", "", "Showing posts with label World. Show all posts", ""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        day = f"{WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}"
        if day != cur:
            cur = day; L += [day, ""]
        st = f"Posted by {e['a']} at {h12(d)}"; stamps.append(st)
        L += [e["h"], ""] + paras_txt(e["p"]) + [st, "No comments:", "Email ThisBlogThis!Share to TwitterShare to FacebookShare to Pinterest",
                                                  "Labels: " + e.get("labels", "Ukraine, World"), ""]
    L += ["Newer Posts Home Older Posts", "Subscribe to: Posts (Atom)", "", "Popular Posts", "Tocumen passenger numbers climb",
          "Colon Free Zone exports rise", "", "Powered by Blogger."]
    return "\n".join(L) + "\n", stamps


def r_stlucia(S):
    """St Lucia Times 'International' listing, text scrape: header clock, BREAKING ticker, 'Author | 5 hours ago' line AFTER
    each headline (relative time against the printed header clock), Read More, cookie bar. Newest first."""
    z = S["zone"]; check_order(S, True); ref = dt(S["ref"], z)
    clock = f"{WEEKDAYS[ref.weekday()]}, {mdy(ref)} | {h12(ref)}"
    S["clock_text"] = clock
    L = [clock, "St Lucia Times", "", "Home  News  Local  Regional  International  Business  Sports  Entertainment  Opinion  Contact Us", "",
         "BREAKING: Castries market vendors relocated during repairs", "", "International", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        assert mins % 60 == 0 and mins >= 60, e["t"]
        hrs = mins // 60; st = f"{hrs} hour{'s' if hrs > 1 else ''} ago"; stamps.append(st)
        L += [e["h"], f"{e['a']}  |  {st}", ""] + paras_txt(e["p"]) + ["Read More \u00bb", ""]
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["Load More", "", "Subscribe to our newsletter", "Email address  Subscribe", "",
          "We use cookies to ensure that we give you the best experience on our website. Ok  Privacy policy", "",
          "\u00a9 St Lucia Times. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_antigua(S):
    """Antigua Observer, HTML news-briefs article: Key Points box (lists two section headings), h2 sections, one page byline,
    visible date+time without zone (Antigua implied); Yoast JSON-LD graph with the article time."""
    z = S["zone"]; d0 = dt(S["posted"], z)
    vis = f"{mdy(d0)} at {h12(d0, low=True)}"; S["posted_text"] = vis
    base = "https://antiguaobserver.com"; url = f"{base}/{slugify(S['title'])}/"
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": url + "#article", "isPartOf": {"@id": url}, "author": {"name": S["byline"], "@id": f"{base}/#/schema/person/7a1"},
         "headline": S["title"], "datePublished": d0.isoformat(), "dateModified": d0.isoformat(), "mainEntityOfPage": {"@id": url},
         "publisher": {"@id": f"{base}/#organization"}, "articleSection": ["International"], "inLanguage": "en-US"},
        {"@type": "WebPage", "@id": url, "url": url, "name": S["title"] + " - Antigua Observer Newspaper", "datePublished": d0.isoformat()},
        {"@type": "Organization", "@id": f"{base}/#organization", "name": "Antigua Observer Newspaper", "url": base + "/"},
        {"@type": "Person", "@id": f"{base}/#/schema/person/7a1", "name": S["byline"]}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} - Antigua Observer Newspaper</title>',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="post-template-default single single-post">',
           f'<div class="topbar"><span class="date">{S["topdate"]}</span> <a class="listen">Listen Live: Observer Radio 91.1 FM</a></div>',
           '<header><a class="site-logo" href="/">Antigua Observer</a><nav><a>Home</a> <a>News</a> <a>Business</a> <a>Sports</a> <a>Entertainment</a> '
           '<a>Opinion</a> <a>Observer Radio</a> <a>Classifieds</a> <a>E-Paper</a></nav></header>',
           '<main><article>', '<div class="cat-links"><a href="/category/international/">International</a></div>',
           f'<h1 class="entry-title">{esc(S["title"])}</h1>',
           f'<div class="entry-meta"><span class="byline">by <a>{esc(S["byline"])}</a></span> <span class="posted-on"><time datetime="{d0.isoformat()}">{vis}</time></span>'
           ' <span class="comments-link"><a href="#respond">0 Comments</a></span></div>',
           '<div class="key-points"><h4>Key Points</h4><ul>']
    out += [f"<li>{esc(e['h'])}</li>" for e in S["entries"] if e["kp"]]
    out += ['</ul></div>', '<div class="entry-content">', f'<p><em>{esc(S["lede"])}</em></p>']
    for i, e in enumerate(S["entries"]):
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if i == 1:
            out.append('<div class="advert">Advertisement</div>')
    out += ['</div>', '<div class="sharedaddy"><h3>Share this:</h3><a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>Email</a></div>',
            '<section class="related"><h3>Related</h3><a>Cricket West Indies names squad for England series</a> <a>V.C. Bird airport upgrade on schedule</a></section>',
            '<div id="respond"><h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p></div>',
            '</article></main><footer>&copy; 2023 Observer Media Group. All rights reserved. | <a>Privacy Policy</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_curacao(S):
    """Curaçao Chronicle WordPress Atom feed (wp-atom): <published>/<updated> in Z, author per entry, CDATA summary and content
    with 'WILLEMSTAD -'/'KYIV -' datelines inside the first paragraph. Newest first."""
    z = S["zone"]; check_order(S, True)
    base = "https://www.curacaochronicle.com"
    top = max(dt(e["t"], z).astimezone(UTC) + timedelta(minutes=e.get("upd", 0)) for e in S["entries"])
    out = ['<?xml version="1.0" encoding="UTF-8"?><feed', '  xmlns="http://www.w3.org/2005/Atom"', '  xmlns:thr="http://purl.org/syndication/thread/1.0"',
           '  xml:lang="en-US"', f'  xml:base="{base}/wp-atom.php"', '  >', '\t<title type="text">Curaçao Chronicle</title>',
           '\t<subtitle type="text">News from Curaçao and the region</subtitle>', f'\t<updated>{top:%Y-%m-%dT%H:%M:%SZ}</updated>',
           f'\t<link rel="alternate" type="text/html" href="{base}" />', f'\t<id>{base}/feed/atom/</id>',
           f'\t<link rel="self" type="application/atom+xml" href="{base}/feed/atom/" />',
           '\t<generator uri="https://wordpress.org/" version="6.2.2">WordPress</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], z).astimezone(UTC); st = f"{u:%Y-%m-%dT%H:%M:%SZ}"; stamps.append(st)
        upd = u + timedelta(minutes=e.get("upd", 0))
        url = f"{base}/{e.get('cat', 'international').lower()}/{slugify(e['h'])}/"
        out += ['\t<entry>', '\t\t<author>', f'\t\t\t<name>{esc(e["a"])}</name>', '\t\t</author>',
                f'\t\t<title type="html"><![CDATA[{e["h"]}]]></title>', f'\t\t<link rel="alternate" type="text/html" href="{url}" />',
                f'\t\t<id>{base}/?p={i * 13 + 191402}</id>', f'\t\t<updated>{upd:%Y-%m-%dT%H:%M:%SZ}</updated>', f'\t\t<published>{st}</published>',
                f'\t\t<category scheme="{base}" term="{e.get("cat", "International")}" />',
                f'\t\t<summary type="html"><![CDATA[{esc(" ".join(e["p"][0].split()[:25]))} [&#8230;]]]></summary>',
                f'\t\t<content type="html" xml:base="{url}"><![CDATA[' + "".join(f"<p>{esc(p)}</p>\n" for p in e["p"]) + ']]></content>',
                f'\t\t<link rel="replies" type="text/html" href="{url}#respond" thr:count="0" />', '\t\t<thr:total>0</thr:total>', '\t</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_colombia(S):
    """Colombia Reports, text scrape of a one-day updates page: NO year anywhere (parse_args), oldest first, per-post author and
    bare '7:40 AM' on a line AFTER the headline; no zone printed (Bogotá implied)."""
    z = S["zone"]; check_order(S, False)
    L = ["Colombia Reports", "", "Politics   Economy   Security   Peace & Conflict   Drugs   Travel   Premium   Donate", "",
         "Colombia Reports is reader-funded. Become a member to keep our reporting free for everyone.", "", S["title"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d); stamps.append(st)
        L += [e["h"], f"{e['a']}  |  {st}", ""] + paras_txt(e["p"]) + ["Share: Twitter  Facebook  WhatsApp", ""]
        if i == 2:
            L += ["Colombia Reports Premium: unlock all analysis and our daily newsletter. Subscribe", ""]
    L += ["Related posts", "Petro's first months in office: what changed", "Colombia's defense budget explained", "",
          "\u00a9 Colombia Reports \u00b7 About \u00b7 Contact \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_santiago(S):
    """The Santiago Times 'World' section, HTML: Spanish-language date chrome ('martes 2 de mayo de 2023 · 18:30 hrs.'),
    per-item author, Spanish cookie bar, no zone printed (Chile implied, -04 in May). Newest first; crosses local midnight."""
    z = S["zone"]; check_order(S, True)
    ld = {"@context": "https://schema.org", "@type": "CollectionPage", "name": "World", "url": "https://santiagotimes.cl/category/world/",
          "inLanguage": "en-US", "isPartOf": {"@type": "WebSite", "name": "The Santiago Times", "url": "https://santiagotimes.cl/"}}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', '<title>World | The Santiago Times</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body class="archive category-world">',
           '<div id="cookie-notice">Usamos cookies para mejorar su experiencia en nuestro sitio. <button>Aceptar</button> <button>Más información</button></div>',
           f'<div class="barra-superior"><span class="fecha-hoy">{S["topdate"]}</span> <span class="idioma"><a>EN</a> | <a>ES</a></span></div>',
           '<header><a class="logo" href="/">The Santiago Times</a><nav><a>Chile</a> <a>Politics</a> <a>Business</a> <a>Environment</a> <a>World</a> '
           '<a>Culture</a> <a>Travel</a> <a>Opinion</a></nav></header>', '<main><h1 class="archive-title">World</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{ES_DAYS[d.weekday()]} {d.day} de {ES_MONTHS[d.month - 1]} de {d.year} \u00b7 {d:%H:%M} hrs."; stamps.append(st)
        out += ['<article class="post">', f'<h2 class="entry-title"><a href="/world/{slugify(e["h"])}/">{esc(e["h"])}</a></h2>',
                f'<div class="meta"><span class="autor">{esc(e["a"])}</span> <span class="fecha">{st}</span></div>']
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out += ['<a class="leer-mas">Read more</a>', '</article>']
        if i == 3:
            out.append('<div class="boletin">Get The Santiago Times in your inbox every morning. <input type="email"> <button>Subscribe</button></div>')
    out += ['<div class="paginacion"><a>Older posts</a></div></main>',
            '<footer>&copy; The Santiago Times 2023 &middot; <a>About</a> &middot; <a>Advertise</a> &middot; <a>Contact</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ======================================================================= Part B renderers (invented outlets)

def r_tumblemoor(S):
    """Text live blog, newest first; 'Key Points' list of headlines; each post on one line 'HH:MM GMT | Headline', body,
    then an '— Name' signature. Page date line with year."""
    z = S["zone"]; check_order(S, True)
    L = ["TUMBLEMOOR GAZETTE", "News | World | Ukraine | Business | Sport | Opinion | Puzzles", "", S["title"], S["dateline"], "",
         S["lede"], "", "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} GMT"; stamps.append(st)
        L += [f"{st} | {e['h']}", ""] + paras_txt(e["p"])
        if e["a"]:
            L += [f"\u2014 {e['a']}", ""]
        if i == 2:
            L += ["Sign up for the Tumblemoor morning briefing, free every weekday", ""]
    L += ["Show older posts", "", "\u00a9 Tumblemoor Gazette Ltd \u00b7 Privacy \u00b7 Cookies \u00b7 Complaints"]
    return "\n".join(L) + "\n", stamps


def r_idlewharf(S):
    """HTML live page, newest first, 'All times CET' note; each update: meta line with <time datetime> 'HH:MM' and the author
    BEFORE the h2 headline; LiveBlogPosting JSON-LD with per-update datePublished and author."""
    z = S["zone"]; check_order(S, True)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#u{len(S['entries']) - i}", "headline": e["h"], "datePublished": d.isoformat(),
                    "articleBody": "\n\n".join(e["p"]), "author": {"@type": "Person", "name": e["a"]}})
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@type": "Organization", "name": S["source"]},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="brand" href="/">{S["source"]}</a> <nav><a>Europe</a> <a>Ukraine</a> <a>Germany</a> <a>Opinion</a> <a>Podcast</a></nav></header>',
           f'<main class="liveblog"><h1>{esc(S["title"])}</h1>', f'<p class="lede">{esc(S["lede"])}</p>', f'<p class="tz">{esc(S["tznote"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out += [f'<article class="update" id="u{len(S["entries"]) - i}">',
                f'<div class="update-meta"><time datetime="{d.isoformat()}">{st}</time> <span class="author">{esc(e["a"])}</span></div>',
                f'<h2>{esc(e["h"])}</h2>'] + [f"<p>{esc(p)}</p>" for p in e["p"]] + ['<footer class="share">Share this update</footer>', '</article>']
        if i == 1:
            out.append('<div class="promo">Our weekly Ukraine newsletter: <a>subscribe here</a></div>')
    out += ['<button class="more">Load earlier updates</button></main>', f'<footer>{S["source"]} \u00b7 Imprint \u00b7 Data protection</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss_world(S):
    """RSS 2.0 general world feed, newest first; pubDate in the outlet's own offset (S['rfc'] = 'GMT' or a strftime %z) ; no authors."""
    z = S["zone"]; check_order(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           f'<atom:link href="{S["url"]}/rss/world.xml" rel="self" type="application/rss+xml"/>', '<language>en</language>', '<ttl>15</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if S["rfc"] == "GMT" else d.strftime("%z")); stamps.append(st)
        link = f"{S['url']}/news/{d:%Y%m%d}-{slugify(e['h'])}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>',
                '<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_article(S):
    """Text article with section headings; one entry per section; stamp null; published = the dateline; page byline."""
    L = [S["masthead"], S["crumbs"], "", S["title"], "", f"By {S['byline']}", S["dateline"], "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + paras_txt(e["p"])
    L += S["tail"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_inchmurrin(S):
    """HTML live page, newest first, no JSON-LD; visible '09.12 GMT' (dot separator) above each h2, no datetime attribute;
    page date 'Mon 30 Jan 2023' in the header; signature paragraph with the author after the body."""
    z = S["zone"]; check_order(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title></head><body>',
           '<div class="cookie-banner">We and our partners use cookies. <button>Yes, I\u2019m happy</button> <button>Manage my cookies</button></div>',
           f'<header><b>{S["source"]}</b> <nav><a>News</a> <a>Opinion</a> <a>Sport</a> <a>Culture</a> <a>Lifestyle</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="dateline">{last:%a} {last.day} {last:%b} {last.year} {last:%H.%M} GMT</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M} GMT"; stamps.append(st)
        out += ['<div class="block">', f'<p class="block-time">{st}</p>', f'<h2>{esc(e["h"])}</h2>'] + [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">{esc(e["a"])}</p>')
        out.append('</div>')
        if i == 3:
            out.append('<aside class="rich-link">Related: <a>Ukraine\u2019s winter front line, in maps</a></aside>')
    out += ['<button>Show 12 more updates</button></main>', f'<footer>\u00a9 {S["source"]} \u00b7 Terms \u00b7 Privacy \u00b7 Help</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_atom_world(S):
    """Atom world feed, newest first; <published> in the outlet's offset (+08:00); escaped HTML content; no authors."""
    z = S["zone"]; check_order(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/feeds/world.atom"/>',
           f'<id>{S["url"]}/feeds/world</id>', f'<updated>{dt(S["entries"][0]["t"], z).isoformat()}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        link = f"{S['url']}/world/{slugify(e['h'])}"
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link href="{link}"/>', f'<id>{link}</id>', f'<published>{st}</published>',
                f'<updated>{(d + timedelta(minutes=e.get("upd", 0))).isoformat()}</updated>']
        if e["p"]:
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_telegram(S):
    """Telegram channel web preview (t.me/s/...) saved as HTML: posts have NO headline; oldest first; a service date line
    'January 30' without year; visible 'HH:MM' with the full instant in <time datetime> (+00:00); view counts."""
    z = S["zone"]; check_order(S, False)
    ch = S["handle"]
    out = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 Telegram</title>',
           f'<meta property="og:title" content="{attr(S["source"])}">', f'<meta property="og:description" content="{attr(S["lede"])}">',
           '</head><body class="widget_frame_base tgme_webpreview">',
           f'<header class="tgme_header"><div class="tgme_header_title"><span>{esc(S["source"])}</span></div>'
           f'<div class="tgme_header_counter">{S["subs"]}</div><a class="tgme_action_button_new" href="tg://resolve?domain={ch}">Preview channel</a></header>',
           '<main class="tgme_main"><section class="tgme_channel_history js-message_history">']
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        day = f"{MONTHS[d.month - 1]} {d.day}"
        if day != cur:
            cur = day; out.append(f'<div class="tgme_widget_message_service_date_wrap"><div class="tgme_widget_message_service_date">{day}</div></div>')
        pid = 9140 + i * 3
        out += [f'<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message js-widget_message" data-post="{ch}/{pid}">',
                f'<div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" href="https://t.me/{ch}"><span dir="auto">{esc(S["source"])}</span></a></div>',
                '<div class="tgme_widget_message_text js-message_text" dir="auto">' + "<br/><br/>".join(esc(p) for p in e["p"]) + '</div>',
                f'<div class="tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_message_info short js-message_info">'
                f'<span class="tgme_widget_message_views">{e.get("views", "11.2K")}</span><span class="copyonly"> views</span>'
                f'<span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/{ch}/{pid}">'
                f'<time datetime="{d.isoformat()}" class="time">{st}</time></a></span></div></div>', '</div></div>']
    out += ['</section></main>', '<div class="tgme_footer">If you have <b>Telegram</b>, you can view and join this channel right away.</div></body></html>']
    return "\n".join(out) + "\n", stamps


def r_haverlock(S):
    """Text live blog, OLDEST first; one line 'HH:MM CEST \u2014 Headline'; 'Reporting: Name' after the body; page date with year."""
    z = S["zone"]; check_order(S, False)
    L = ["HAVERLOCK COURIER", "Home \u00b7 Germany \u00b7 Europe \u00b7 World \u00b7 Economy \u00b7 Live", "", "LIVE", S["title"], S["dateline"], "",
         S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} CEST"; stamps.append(st)
        L += [f"{st} \u2014 {e['h']}", ""] + paras_txt(e["p"])
        if e["a"]:
            L += [f"Reporting: {e['a']}", ""]
        if i == 3:
            L += ["Courier+ members read without ads. Join today.", ""]
    L += ["This live blog is now closed. Tuesday's coverage continues here.", "", "Haverlock Courier \u00b7 Imprint \u00b7 Privacy \u00b7 Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_brisbourne(S):
    """HTML live page, newest first; JSON-LD @graph (Organization, WebPage, LiveBlogPosting with a liveBlogUpdate array);
    visible '10:15 a.m. ET' inside <time datetime> (-04:00); 'By Name' line under each h3; one teaser without body."""
    z = S["zone"]; check_order(S, True)
    ups = []
    for e in S["entries"]:
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "headline": e["h"], "datePublished": d.isoformat()}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": f"{S['url']}#org", "name": S["source"]},
        {"@type": "WebPage", "@id": S["url"], "url": S["url"], "name": S["title"]},
        {"@type": "LiveBlogPosting", "@id": S["url"] + "#live", "mainEntityOfPage": {"@id": S["url"]}, "headline": S["title"],
         "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
         "publisher": {"@id": f"{S['url']}#org"}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header class="site"><a href="/">{S["source"]}</a> <nav><a>Local</a> <a>Nation</a> <a>World</a> <a>Business</a> <a>Sports</a> <a>Obituaries</a> <a>e-Edition</a></nav>'
           '<a class="subscribe">Subscribe for $1</a></header>',
           f'<main><p class="label">LIVE UPDATES</p><h1>{esc(S["title"])}</h1>', f'<p class="dek">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{h12(d, dots=True)} ET"; stamps.append(st)
        out += ['<div class="live-update">', f'<time datetime="{d.isoformat()}">{st}</time>', f'<h3>{esc(e["h"])}</h3>']
        if e["a"]:
            out.append(f'<p class="byline">By {esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]] + ['</div>']
        if i == 2:
            out.append('<div class="inline-newsletter">Sign up for our World Briefing newsletter <input type="email"> <button>Sign up</button></div>')
    out += ['</main>', f'<footer>\u00a9 2023 {S["source"]} \u00b7 Terms of Service \u00b7 Privacy Policy \u00b7 Your Privacy Choices</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_keyevents(S):
    """Text 'key events' round-up: bullets under section headings, NO headlines and NO per-bullet time; published = the
    dateline; page byline as author."""
    L = [S["masthead"], S["crumbs"], "", S["title"], "", f"By {S['byline']}", S["dateline"], "", S["lede"], ""]
    cur = None
    for e in S["entries"]:
        if e.get("sect") != cur:
            cur = e["sect"]; L += [cur, ""]
        L += ["\u2022 " + " ".join(e["p"]), ""]
    L += S["tail"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ======================================================================= PART A: ten real outlets' layouts (own words)
SEEDS = []

SEEDS.append(dict(id="9400", name="9400_nassauguardian-latest", ext="html", source="The Nassau Guardian", zone="Europe/Kyiv", render=r_nassau,
  title="The Latest: Allies line up arms pledges on eve of Ramstein meeting", byline="The Associated Press",
  pub="2023-01-19 02:15", upd="2023-01-19 17:52", upd_text="Updated Jan 19, 2023", topdate="Thursday, January 19, 2023",
  intro="Updates on the war in Ukraine from Associated Press journalists around the world. All times Kyiv.",
  notes="Imitates a Nassau Guardian (Bahamas) World article page that republishes an AP-style 'The Latest' timeline. The items have NO headlines: "
        "each is a bold time line ('12:40 a.m.') followed by one to three paragraphs opening with an AP dateline ('KYIV, Ukraine \u2014'). "
        "Newest first. The intro says 'All times Kyiv', so the printed times are Kyiv time (EET, UTC+2), NOT Nassau time (the outlet's home, UTC-5); "
        "the page's own date line 'Updated Jan 19, 2023' and the JSON-LD NewsArticle dates are in Nassau time. The top item (12:40 a.m.) is after "
        "Kyiv midnight, i.e. 20 January in Kyiv, yet still 19 January in UTC (22:40Z); all items fall on UTC 2023-01-19. One page byline "
        "('By The Associated Press') is every item's author. headline null, stamp = the time line.",
  not_entries=["top bar: date 'Thursday, January 19, 2023', Nassau weather, E-Edition/Subscribe/Log In", "masthead and section menu", "kicker 'World'",
               "h1 page title", "byline 'By The Associated Press'", "'Updated Jan 19, 2023'", "share tools (Facebook, Twitter, WhatsApp, Email, Print)",
               "intro line 'Updates on the war in Ukraine ... All times Kyiv.'", "'ADVERTISEMENT' slot", "'Follow the AP's coverage ...' tagline",
               "AP copyright paragraph", "'0 Comments'", "'Related Stories' links", "newsletter sign-up box", "footer"],
  entries=[
  E("2023-01-20 00:40", None,
    ["KYIV, Ukraine \u2014 President Volodymyr Zelenskyy told Ukrainians in his nightly video address that he expected the allies meeting in Germany on Friday to take \u201cstrong decisions\u201d on heavier weapons.",
     "He did not name the battle tanks Kyiv has been requesting for weeks, but said that every delay was being paid for with Ukrainian lives."],
    "aid", "aid", 2, "zelenskyy-appeal-before-ramstein-2023-01-19", a="The Associated Press",
    n="After Kyiv midnight: 20 January local, 19 January UTC. An appeal for weapons -> aid."),
  E("2023-01-19 22:55", None,
    ["WASHINGTON \u2014 The Pentagon unveiled a new military aid package for Ukraine worth about $2.5 billion, one of its largest so far, with dozens of Stryker armored personnel carriers and more Bradley fighting vehicles.",
     "The package does not include M1 Abrams tanks, which U.S. officials say would be too hard for Ukraine's forces to maintain.",
     "Defense officials said the timing was meant to encourage allies to match it at Friday's meeting."],
    "aid", "aid", 3, "us-2-5bn-package-strykers-bradleys", a="The Associated Press", n="Washington dateline but the time is still Kyiv time (page rule)."),
  E("2023-01-19 20:20", None,
    ["TALLINN, Estonia \u2014 Britain, Estonia, Poland and six other European countries pledged in a joint statement to send Ukraine more artillery, air defense systems and ammunition, and called on other allies to follow.",
     "Estonia alone promised a package worth more than 110 million euros, the largest in its history relative to the size of its economy."],
    "aid", "aid", 3, "tallinn-pledge-european-arms-2023-01-19", a="The Associated Press"),
  E("2023-01-19 17:45", None,
    ["KYIV, Ukraine \u2014 Ukraine's government named the national police chief, Ihor Klymenko, as acting interior minister, a day after a helicopter crash outside the capital killed his predecessor and 13 other people.",
     "Investigators said they were still examining whether a technical fault, a breach of flight rules or sabotage brought the aircraft down over the town of Brovary."],
    "other", "politics", 2, "klymenko-acting-interior-minister", a="The Associated Press"),
  E("2023-01-19 14:10", None,
    ["ZAPORIZHZHIA, Ukraine \u2014 Russian shelling damaged homes and a school in three villages of the Zaporizhzhia region over the past day, wounding three civilians, the regional governor said.",
     "A bakery in the town of Orikhiv was also hit, he said."],
    "strikes", "strikes", 2, "zaporizhzhia-region-shelling-2023-01-19", a="The Associated Press"),
  E("2023-01-19 11:30", None,
    ["DAVOS, Switzerland \u2014 Ukraine's foreign minister told business and political leaders at the World Economic Forum that Western hesitation over tanks was costing time that Ukraine did not have.",
     "Dmytro Kuleba compared the debate over which country should move first to a group of people standing at a door, each waiting for another to walk through."],
    "aid", "aid", 2, "kuleba-davos-tank-appeal", a="The Associated Press", sec=["diplomacy"], n="Plea for weapons at a forum -> aid primary, diplomacy secondary."),
  E("2023-01-19 09:05", None,
    ["KYIV, Ukraine \u2014 The Ukrainian military said its forces had repelled Russian assaults on more than a dozen settlements in the Donetsk region over the past 24 hours, with the heaviest fighting around Bakhmut.",
     "Russia's Defense Ministry claimed its troops had improved their positions near Soledar, the salt-mining town Moscow says it captured last week."],
    "other", "frontline", 2, "donetsk-frontline-report-2023-01-19", a="The Associated Press"),
  ]))

SEEDS.append(dict(id="9401", name="9401_amandala-roundup", ext="txt", source="Amandala", zone="America/Belize", render=r_amandala,
  title="World roundup: Grossi back at nuclear plant, Russia rolls out Yars launchers", byline="Amandala Staff", posted="2023-03-29 19:05",
  lede="The following is a summary of international developments connected to the war in Ukraine, compiled from wire reports.",
  notes="Imitates an Amandala (Belize) article page copied as text: section headings, one page byline ('by Amandala Staff'), a posted line "
        "'Wednesday, March 29th, 2023, 7:05 pm' (ordinal day, lower-case pm, no zone: Belize time UTC-6 implied by the outlet). One entry per "
        "section, stamp null, published = the posted time. 7:05 pm on 29 March in Belize is 01:05 UTC on 30 March, so every entry's UTC day is "
        "2023-03-30 while the page's local date is 29 March. The first section opens with Amandala's dateline style 'ENERHODAR, Ukraine, Wed. Mar. 29, 2023--' "
        "(abbreviations with full stops inside the first sentence).",
  not_entries=["'Skip to content'", "site name", "menu line", "'Search for:'", "category label 'International'", "title line", "posted date line",
               "byline 'by Amandala Staff'", "share labels", "intro paragraph ('The following is a summary ...')", "'Related Posts' and its two links",
               "comment form ('Leave a Reply', field labels, 'Post Comment')", "copyright line"],
  entries=[
  E("2023-03-29 19:05", "Grossi crosses front line to Zaporizhzhia plant",
    ["ENERHODAR, Ukraine, Wed. Mar. 29, 2023-- The director general of the International Atomic Energy Agency, Rafael Grossi, crossed the front line today to visit the Zaporizhzhia nuclear power station for the second time since Russian troops took it over.",
     "Grossi told reporters that safety at Europe's largest nuclear plant was not getting any better and that he was still working on a proposal to shield it from shelling.",
     "All six reactors are shut down, but the plant still needs a steady supply of electricity to keep its fuel cool."],
    "diplomacy", "diplomacy", 2, "grossi-zaporizhzhia-plant-visit-2023-03-29", a="Amandala Staff",
    n="Visit by the head of a UN agency -> diplomacy (diplomatic visit); the first sentence includes the dateline with 'Wed.' and 'Mar.'."),
  E("2023-03-29 19:05", "Russia begins drills with Yars missile launchers",
    ["Russia's defence ministry said about 3,000 troops and some 300 vehicles were taking part in exercises with mobile launchers for its Yars intercontinental ballistic missiles across three regions.",
     "The drills come days after President Vladimir Putin said Russia would station tactical nuclear weapons in neighbouring Belarus."],
    "other", "security", 2, "russia-yars-missile-drills-2023-03-29", a="Amandala Staff"),
  E("2023-03-29 19:05", "Turkish parliament set to vote on Finland's NATO bid",
    ["Turkey's parliament is expected to vote as early as Thursday on Finland's application to join NATO, the last hurdle before the Nordic country can become the alliance's 31st member.",
     "Hungary's lawmakers approved Finland's membership on Monday, but both countries are still holding up Sweden's application."],
    "diplomacy", "diplomacy", 2, "turkey-vote-finland-nato-accession", a="Amandala Staff"),
  E("2023-03-29 19:05", "Sloviansk buries victims of Monday's strike",
    ["Residents of the eastern Ukrainian city of Sloviansk held funerals for two of the people killed when Russian missiles hit an office building and apartment blocks on Monday.",
     "Officials now put the death toll at three, with more than 30 people injured."],
    "strikes", "strikes", 3, "sloviansk-missile-strike-2023-03-27", a="Amandala Staff", n="Deadly strike (toll update) -> importance 3."),
  E("2023-03-29 19:05", "Belize cane farmers still feeling fertilizer squeeze",
    ["Cane farmers in the north say fertilizer prices, which shot up after Russia invaded Ukraine last year, have come down only slightly, leaving many to cut back on how much they apply this crop.",
     "The cane farmers' association has asked Government to consider a subsidy before the next planting."],
    "other", "politics", 2, "belize-cane-farmers-fertilizer-prices", a="Amandala Staff",
    n="Local economic knock-on of the war (the body names the invasion as the cause) -> other/politics, not off-beat."),
  ]))

SEEDS.append(dict(id="9402", name="9402_breakingbelizenews-tag", ext="html", source="Breaking Belize News", zone="America/Belize", render=r_bbn,
  title="Tag: Ukraine", topdate="Tuesday, January 3, 2023",
  notes="Imitates a Breaking Belize News tag page (tagDiv-style theme). Newest first. Each module: h3 headline link, author link, a visible date "
        "WITHOUT time ('January 3, 2023') whose full time is only in <time datetime='...-06:00'>, a comment-count bubble, and a one-paragraph "
        "excerpt cut off with '...'. Belize time (UTC-6) is given only by the datetime attributes. The two oldest items are dated 2 January "
        "locally (19:30 and 21:50) but fall on 3 January UTC, like the rest. Yoast JSON-LD (CollectionPage, BreadcrumbList, WebSite) carries no item "
        "times. stamp = the visible date text; published from the datetime attribute. Per-post authors. body_paragraphs = 1 (the excerpt).",
  not_entries=["top-bar date 'Tuesday, January 3, 2023' and top menu", "main menu", "breadcrumbs 'Home > Tags > Ukraine'", "h1 'Tag: Ukraine'",
               "thumbnail images", "comment-count bubbles", "'- Advertisement -'", "page navigation ('1 2 3 ... 41', 'Page 1 of 41')",
               "sidebar 'STAY CONNECTED' counters and 'MOST POPULAR' links", "footer copyright"],
  entries=[
  E("2023-01-03 15:40", "Russia raises Makiivka death toll, blames soldiers' phones",
    ["Russia's defence ministry raised to 89 the number of soldiers killed when Ukrainian rockets hit a building housing troops in Makiivka on New Year's night. It said the use of personal mobile phones by the soldiers had allowed Ukraine to locate the..."],
    "strikes", "strikes", 3, "makiivka-new-year-strike", a="BBN Staff", cc=2),
  E("2023-01-03 12:10", "Belizean medical student who fled Kharkiv resumes classes online",
    ["A Belizean medical student who escaped Kharkiv by train in the first week of the invasion says she has resumed her studies online with her Ukrainian university. She said lectures are often cut short when air raid sirens sound in the..."],
    "other", "humanitarian", 2, "belizean-student-kharkiv-online-classes", a="Keisha Flowers", cc=5),
  E("2023-01-03 09:25", "Ukraine downs drones in third straight night of attacks",
    ["Ukraine's air force said it shot down all 39 drones Russia launched overnight, most of them aimed at Kyiv, in the third night of attacks since New Year's Eve. Power was cut in parts of the capital after debris hit an energy..."],
    "strikes", "strikes", 3, "kyiv-drone-attacks-2023-01-02", a="BBN Staff", cc=0, n="Mass drone attack on the capital -> large strike, importance 3."),
  E("2023-01-03 07:05", "Zelensky asks allies to speed up air defence deliveries",
    ["President Volodymyr Zelensky urged Ukraine's partners to hurry deliveries of air defence systems, saying Russia was planning a long campaign of drone attacks to wear the country down. In his nightly address, he said Moscow was betting on..."],
    "aid", "aid", 2, "zelensky-air-defence-appeal-2023-01-02", a="BBN Staff", cc=1, n="Appeal for air defence (aid), not the drone attack itself: must not merge with the drone story."),
  E("2023-01-02 21:50", "Erdogan offers Zelensky help with prisoner swaps and grain",
    ["Turkish President Recep Tayyip Erdogan told Volodymyr Zelensky in a phone call that Ankara was ready to help arrange more prisoner exchanges and to keep the Black Sea grain deal running. Erdogan's office said the two leaders also discussed..."],
    "diplomacy", "diplomacy", 3, "erdogan-zelensky-phone-call-2023-01-02", a="Reuters", cc=0),
  E("2023-01-02 19:30", "Russia admits 63 soldiers killed in strike on Makiivka",
    ["Russia's defence ministry made a rare admission of heavy losses, saying 63 soldiers were killed when a temporary barracks in the occupied town of Makiivka in the Donetsk region was struck by HIMARS rockets. Ukraine had claimed a far higher..."],
    "strikes", "strikes", 3, "makiivka-new-year-strike", a="BBN Staff", cc=3, n="Same strike as 9402-01 (earlier toll)."),
  ]))

SEEDS.append(dict(id="9403", name="9403_kaieteurnews-feed", ext="xml", source="Kaieteur News", zone="America/Guyana", render=r_kaieteur, title="Kaieteur News",
  notes="Imitates the Kaieteur News (Guyana) site-wide WordPress RSS 2.0 feed. Newest first; pubDate in +0000 (UTC); dc:creator 'Kaieteur News' "
        "on every item (desk credit, used as author); description = excerpt (cut with [&#8230;]) + the WordPress footer 'The post ... appeared first "
        "on Kaieteur News.', which is repeated at the end of content:encoded and is not body. The site-wide feed mixes local news (off-beat) "
        "with world news. page_timezone is the outlet's home (Guyana, UTC-4): the oldest item (02:30 UTC) is still 20 April in Georgetown.",
  not_entries=["channel title/link/description/lastBuildDate/generator", "the 'The post ... appeared first on Kaieteur News.' line in each description and content",
               "the excerpt in <description> (a truncated copy of the first paragraph)", "comments links, guid, wfw:commentRss, slash:comments"],
  entries=[
  E("2023-04-21 18:40:17", "Austin urges allies to keep ammunition flowing at Ramstein meeting",
    ["US Defence Secretary Lloyd Austin on Friday told a gathering of around 50 countries at the Ramstein air base in Germany that Ukraine would need a steady supply of ammunition for the fighting ahead.",
     "He said allies had delivered more than 230 tanks and over 1,550 armoured vehicles to Kyiv in recent months.",
     "Germany's defence minister said a group of countries would help Ukraine maintain the air defence systems already sent."],
    "aid", "aid", 3, "ramstein-contact-group-2023-04-21", a="Kaieteur News"),
  E("2023-04-21 15:15:40", "Poland, Ukraine agree to reopen grain transit",
    ["Poland and Ukraine reached a deal to let Ukrainian grain cross Polish territory again from Friday night, a week after Warsaw banned imports to protect its own farmers.",
     "The ban on sales inside Poland stays in place, Poland's agriculture minister said."],
    "diplomacy", "diplomacy", 2, "poland-ukraine-grain-transit-deal", a="Kaieteur News", n="Bilateral agreement between governments -> diplomacy."),
  E("2023-04-21 11:05:02", "Russian warplane accidentally dropped bomb on Belgorod, Moscow admits",
    ["Russia's defence ministry said one of its Sukhoi jets had accidentally released a bomb over the city of Belgorod, near the Ukrainian border, leaving a large crater in a residential street.",
     "Two women were injured and a car was thrown onto the roof of a shop, local officials said."],
    "strikes", "strikes", 2, "belgorod-accidental-bomb-2023-04-20", a="Kaieteur News"),
  OFF("2023-04-21 07:30:55", "Region Three rice farmers receive new drainage pumps",
      ["Rice farmers in Region Three should see fewer flooded fields this season after the Ministry of Agriculture handed over four new drainage pumps on Thursday."],
      "region-three-drainage-pumps", a="Kaieteur News", n="local agriculture.", cat="News"),
  E("2023-04-21 05:10:21", "UN counts more than 8,500 civilians killed in Ukraine",
    ["The UN human rights office said it had confirmed the deaths of 8,534 civilians in Ukraine since the Russian invasion began, and that the real figure was likely to be considerably higher.",
     "Most of the deaths were caused by explosive weapons with wide-area effects, such as artillery and missiles."],
    "other", "humanitarian", 2, "un-civilian-toll-ukraine-2023-04", a="Kaieteur News"),
  OFF("2023-04-21 00:05:48", "Guyana, Suriname sign accord on Corentyne bridge",
      ["Guyana and Suriname signed an agreement on Thursday on the financing and design of a bridge across the Corentyne River, which officials say could be built within four years."],
      "corentyne-bridge-accord", a="Kaieteur News", n="regional infrastructure.", cat="News"),
  E("2023-04-21 00:05:12", "Stoltenberg makes first wartime visit to Kyiv",
    ["NATO Secretary General Jens Stoltenberg made an unannounced visit to Kyiv on Thursday, his first since Russia's full-scale invasion, and told President Volodymyr Zelensky that Ukraine's rightful place was in the alliance.",
     "Zelensky said he wanted an invitation to join NATO at the alliance's summit in Vilnius in July."],
    "diplomacy", "diplomacy", 3, "stoltenberg-kyiv-visit-2023-04-20", a="Kaieteur News"),
  OFF("2023-04-20 22:30:09", "SpaceX's Starship explodes minutes into first test flight",
      ["SpaceX's giant Starship rocket blew up over the Gulf of Mexico about four minutes after lifting off from Texas on its first full test flight on Thursday.",
       "Company founder Elon Musk congratulated his team and said much had been learned for the next attempt."],
      "spacex-starship-test-flight", a="Kaieteur News", n="space."),
  ]))

SEEDS.append(dict(id="9404", name="9404_newsroompanama-label", ext="txt", source="Newsroom Panama", zone="America/Panama", render=r_newsroom, title=None,
  notes="Imitates a Newsroom Panama label page ('Showing posts with label World') on a Blogger-style layout, copied as text. Newest first under "
        "date headers ('Wednesday, May 10, 2023', 'Tuesday, May 9, 2023'); each post: headline, body, then the stamp line AFTER the body "
        "('Posted by Newsroom Panama at 7:40 PM'), 'No comments:', glued share labels, 'Labels: ...'. No zone printed: Panama time (UTC-5, no DST) "
        "is implied by the outlet. The two posts under 9 May (19:40 and 22:10 local) are already 10 May in UTC, like the rest. No page title line "
        "survives in the scrape (the label banner is chrome), so page_title is null. Author = the name in the 'Posted by' line.",
  not_entries=["site name and tagline", "menu line", "'Search This Blog'", "label banner 'Showing posts with label World. Show all posts'",
               "date header lines", "'Posted by ... at ...' lines (stamps)", "'No comments:' lines", "share labels 'Email ThisBlogThis!Share to Twitter...'",
               "'Labels: ...' lines", "'Newer Posts Home Older Posts'", "'Subscribe to: Posts (Atom)'", "'Popular Posts' links", "'Powered by Blogger.'"],
  entries=[
  E("2023-05-10 18:20", "Prigozhin says army units are deserting Bakhmut's flanks",
    ["The head of Russia's Wagner mercenary group, Yevgeny Prigozhin, accused regular Russian army units of abandoning positions on the northern and southern edges of Bakhmut, saying his fighters risked being surrounded.",
     "Russia's defence ministry did not address the claim directly but said airborne troops were reinforcing the area."],
    "other", "frontline", 2, "prigozhin-bakhmut-flanks-claim", a="Newsroom Panama"),
  OFF("2023-05-10 13:05", "Canal sets new draft limits as Gatun Lake drops",
      ["The Panama Canal Authority announced further limits on how deep ships may sit in the water when using the Neopanamax locks, citing low levels in Gatun Lake after a weak start to the rainy season."],
      "panama-canal-draft-limits", a="Newsroom Panama", n="Panama Canal water levels.", labels="Canal, World"),
  E("2023-05-10 10:30", "EU weighs penalties for companies helping Russia dodge sanctions",
    ["European Union governments began discussing an eleventh package of sanctions against Russia that would, for the first time, let the bloc restrict exports to third countries suspected of passing goods on to Moscow.",
     "Several member states were reported to have doubts about naming Chinese companies."],
    "diplomacy", "diplomacy", 2, "eu-eleventh-sanctions-package-draft", a="Newsroom Panama"),
  E("2023-05-10 07:45", "Kyiv region air defences shoot down drones",
    ["Ukraine's air force said it destroyed most of the Iranian-made drones Russia launched overnight, mainly over the Kyiv region, and that no one was hurt.",
     "Falling debris damaged two private houses outside the capital, regional officials said."],
    "strikes", "strikes", 2, "kyiv-region-drone-attack-2023-05-10", a="Newsroom Panama"),
  E("2023-05-09 22:10", "US announces $1.2 billion package to bolster Ukraine's air defences",
    ["The Pentagon announced a $1.2 billion aid package to help Ukraine strengthen its air defences and secure more artillery ammunition, to be bought from US manufacturers rather than taken from existing stocks.",
     "Officials said some of the equipment could take months or years to arrive."],
    "aid", "aid", 3, "us-1-2bn-air-defence-package-2023-05-09", a="Newsroom Panama"),
  E("2023-05-09 19:40", "Putin tells scaled-back parade that a war is being waged on Russia",
    ["President Vladimir Putin told a reduced Victory Day parade on Red Square that a \"real war\" had been unleashed against Russia, and accused Western elites of wanting the country to collapse.",
     "Only one tank, a Second World War T-34, crossed the square this year."],
    "other", "politics", 2, "putin-victory-day-speech-2023", a="Newsroom Panama", n="Domestic set-piece speech about the war -> other/politics."),
  ]))

SEEDS.append(dict(id="9405", name="9405_stluciatimes-international", ext="txt", source="St Lucia Times", zone="America/St_Lucia", render=r_stlucia,
  title="International", ref="2023-04-13 21:48",
  notes="Imitates a St Lucia Times 'International' category page copied as text. Newest first. Each item: headline, then 'Author  |  5 hours ago' "
        "AFTER the headline, a one- or two-paragraph excerpt, 'Read More \u00bb'. Times are RELATIVE; they resolve against the header clock "
        "'Thursday, April 13, 2023 | 9:48 PM' (St Lucia time, UTC-4, implied by the outlet). 'N hours ago' is taken as exactly N hours before the clock. "
        "The 'BREAKING:' ticker is a local headline, not an entry. Agency credits (Associated Press, Reuters) and the desk label 'St Lucia Times' are authors.",
  not_entries=["header clock line (the anchor for relative times)", "site name", "menu line", "'BREAKING:' ticker headline", "category heading 'International'",
               "'Read More \u00bb' links", "'ADVERTISEMENT'", "'Load More'", "newsletter box", "cookie notice", "copyright line"],
  entries=[
  E("2023-04-13 19:48", "US airman arrested over leak of secret war documents",
    ["Federal agents arrested a 21-year-old member of the Massachusetts Air National Guard on Thursday over the online leak of classified US documents, many of them about the war in Ukraine.",
     "Attorney General Merrick Garland said the airman would be charged with removing and sharing classified national defence information."],
    "other", "security", 2, "pentagon-documents-leak-arrest", a="Associated Press"),
  E("2023-04-13 16:48", "Lula arrives in China pushing for group of nations to broker peace",
    ["Brazil's President Luiz In\u00e1cio Lula da Silva arrived in China on Thursday for a state visit, saying he would ask Chinese leader Xi Jinping to join a group of countries willing to mediate between Russia and Ukraine.",
     "Lula has refused to send weapons to Ukraine and argues that both sides must be brought to the negotiating table."],
    "diplomacy", "diplomacy", 3, "lula-china-visit-peace-group", a="Reuters"),
  E("2023-04-13 12:48", "Zelenskyy demands response to video of beheaded soldier",
    ["Ukraine's president called on world leaders to respond to a video circulating online that appears to show a Russian fighter beheading a Ukrainian prisoner of war.",
     "The Kremlin called the footage terrible but said its authenticity had to be checked."],
    "other", "humanitarian", 2, "beheading-video-ukrainian-pow", a="Associated Press", n="War-crimes report -> other/humanitarian."),
  OFF("2023-04-13 08:48", "Biden to address Irish parliament on second day of visit",
      ["US President Joe Biden was due to speak to a joint sitting of the Irish parliament on Thursday, on a trip that has focused largely on his family's roots in the country."],
      "biden-ireland-visit", a="Associated Press", n="US president's visit to Ireland."),
  E("2023-04-13 02:48", "Ukrainian envoy seeks Eastern Caribbean support at UN",
    ["Ukraine's ambassador, who covers the Eastern Caribbean from Bras\u00edlia, met officials of the Organisation of Eastern Caribbean States on Wednesday to seek support for Kyiv's peace plan at the United Nations.",
     "The OECS Commission said the talks also touched on scholarships for Caribbean students and help with grain supplies."],
    "diplomacy", "diplomacy", 2, "ukraine-envoy-oecs-meeting", a="St Lucia Times"),
  E("2023-04-13 00:48", "Russian shelling kills one in Kherson, damages hospital",
    ["Russian forces shelled Kherson and nearby villages more than 60 times over the past day, killing one man and damaging a hospital, the regional governor said."],
    "strikes", "strikes", 3, "kherson-shelling-2023-04-12", a="Reuters", n="Deadly shelling -> importance 3."),
  ]))

SEEDS.append(dict(id="9406", name="9406_antiguaobserver-briefs", ext="html", source="Antigua Observer", zone="America/Antigua", render=r_antigua,
  title="World briefs: Zelensky flies to Buenos Aires as Ukraine aid stalls in Washington", byline="Kadeem Samuel", posted="2023-12-09 18:15",
  topdate="Saturday, December 9, 2023",
  lede="A round-up of the day's main international developments linked to the war in Ukraine.",
  notes="Imitates an Antigua Observer article page (WordPress, Yoast JSON-LD graph). A 'Key Points' box lists two of the five section headings "
        "(sections 1 and 3: key_point true). One entry per h2 section, stamp null, published = the visible post time 'December 9, 2023 at 6:15 pm' "
        "(no zone printed; Antigua time UTC-4 implied by the outlet; the JSON-LD datePublished agrees). One page byline.",
  not_entries=["top bar date and 'Listen Live: Observer Radio 91.1 FM'", "logo and menu", "category link 'International'", "h1 title", "byline/date/comments line",
               "'Key Points' box (a list of two section headings, not separate entries)", "italic intro paragraph", "'Advertisement'", "'Share this:' labels",
               "'Related' links", "'Leave a Reply' block", "footer"],
  entries=[
  E("2023-12-09 18:15", "Zelensky heads to Argentina for Milei's inauguration",
    ["Ukrainian President Volodymyr Zelensky was travelling to Buenos Aires to attend Sunday's swearing-in of Argentina's new president, Javier Milei, in what would be his first visit to Latin America since the full-scale invasion.",
     "Kyiv hopes to use the trip to meet several Latin American leaders and to push for a summit between Ukraine and the region."],
    "diplomacy", "diplomacy", 3, "zelensky-argentina-milei-inauguration", a="Kadeem Samuel", kp=True),
  E("2023-12-09 18:15", "Putin confirms he will stand again",
    ["Vladimir Putin said on Friday that he would run for another six-year term in the March 2024 presidential election, announcing the decision after an awards ceremony at the Kremlin.",
     "His victory is widely regarded as a foregone conclusion."],
    "other", "politics", 2, "putin-2024-reelection-bid", a="Kadeem Samuel"),
  E("2023-12-09 18:15", "Ukraine aid package remains stuck in US Congress",
    ["An emergency spending bill that includes about 61 billion dollars for Ukraine remained stalled in Washington after Senate Republicans blocked it this week, demanding tougher measures on the border with Mexico.",
     "The White House has warned that money for weapons for Kyiv will run out by the end of the year."],
    "aid", "aid", 3, "us-congress-ukraine-aid-impasse-2023-12", a="Kadeem Samuel", kp=True),
  E("2023-12-09 18:15", "Two hurt as drone debris falls in Kyiv region",
    ["Two people were injured overnight when debris from a downed drone fell on a house in the Kyiv region, local officials said, as Ukraine's air force reported shooting down most of the drones Russia had launched."],
    "strikes", "strikes", 2, "kyiv-region-drone-debris-2023-12-09", a="Kadeem Samuel"),
  E("2023-12-09 18:15", "Orban repeats threat to block Ukraine's EU talks",
    ["Hungarian Prime Minister Viktor Orban said he would not agree to open European Union membership negotiations with Ukraine at next week's summit in Brussels, arguing that Kyiv was not ready.",
     "EU leaders need unanimity to start the talks."],
    "diplomacy", "diplomacy", 2, "orban-ukraine-eu-talks-veto-threat", a="Kadeem Samuel", n="A threat ahead of the summit (statement), not yet a veto -> importance 2 (convention)."),
  ]))

SEEDS.append(dict(id="9407", name="9407_curacaochronicle-atom", ext="xml", source="Curaçao Chronicle", zone="America/Curacao", render=r_curacao, title="Curaçao Chronicle",
  notes="Imitates the Curaçao Chronicle WordPress Atom feed (/feed/atom/). Newest first; <published> and <updated> in Z; <updated> differs from "
        "<published> on the top entry (published is the entry time). Author 'Curacao Chronicle' (no cedilla) on every entry; <summary> is a "
        "truncated copy of the first paragraph; <content> paragraphs start with a dateline ('KYIV -', 'WILLEMSTAD -'), which is part of the "
        "first sentence. page_timezone is the outlet's home (UTC-4): the two oldest entries are 1 June locally but 2 June in UTC.",
  not_entries=["feed title/subtitle/updated/id/links/generator", "<summary> excerpts (truncated copies of the first paragraph)", "replies links and thr:total"],
  entries=[
  E("2023-06-02 18:10:27", "Blinken: Russia's war in Ukraine a 'strategic failure'",
    ["HELSINKI - US Secretary of State Antony Blinken said on Friday that Russia's invasion of Ukraine had been a strategic failure that left the country weaker militarily, economically and diplomatically.",
     "Speaking in Finland, NATO's newest member, Blinken said Washington would oppose any ceasefire that simply froze the conflict along the current lines."],
    "diplomacy", "diplomacy", 2, "blinken-helsinki-speech-2023-06-02", a="Curacao Chronicle", upd=31,
    n="A policy speech (statement), not a diplomatic act -> importance 2 (convention)."),
  OFF("2023-06-02 15:45:03", "Curaçao welcomes record number of cruise passengers in May",
      ["WILLEMSTAD - The Curaçao Ports Authority said more cruise passengers came ashore in May than in any previous May, with 22 ship calls over the month."],
      "curacao-cruise-arrivals-may-2023", a="Curacao Chronicle", n="local tourism.", cat="Local"),
  E("2023-06-02 12:20:44", "Russian border town evacuates children after days of shelling",
    ["MOSCOW - Authorities in Russia's Belgorod region began evacuating children from the town of Shebekino and nearby villages after several days of shelling from the Ukrainian side, the regional governor said.",
     "Armed groups of Russian volunteers fighting for Ukraine said they were operating inside the region, a claim Moscow denied."],
    "other", "humanitarian", 2, "shebekino-child-evacuation-2023-06-02", a="Curacao Chronicle", sec=["strikes"]),
  E("2023-06-02 08:35:10", "Kyiv orders checks of bomb shelters after deaths at locked door",
    ["KYIV - Ukrainian authorities began inspecting bomb shelters across Kyiv after three people were killed on Thursday by a missile strike while trying to get into a clinic's shelter that was locked.",
     "President Volodymyr Zelensky called it negligence and ordered an audit of shelters nationwide."],
    "other", "humanitarian", 2, "kyiv-shelter-inspections-2023-06-02", a="Curacao Chronicle", sec=["strikes"],
    n="Follow-up measure (inspections), not the strike itself: own story."),
  E("2023-06-02 04:05:38", "Kyiv repels another night-time attack",
    ["KYIV - Ukraine's air defences shot down all 15 cruise missiles and 21 drones launched at the country overnight, the military said, in the sixth attack on the capital in a week.",
     "Falling debris injured two people in Kyiv's Darnytskyi district."],
    "strikes", "strikes", 3, "kyiv-overnight-attack-2023-06-02", a="Curacao Chronicle", n="Large attack (36 missiles and drones) -> importance 3."),
  OFF("2023-06-01 23:50:15", "Aruba and Curaçao plan joint tourism campaign",
      ["WILLEMSTAD - The tourism boards of Aruba and Curaçao agreed to market the two islands together in South America for the first time, starting with a campaign in Colombia."],
      "aruba-curacao-joint-tourism-campaign", a="Curacao Chronicle", n="regional tourism.", cat="Local"),
  E("2023-06-01 21:15:52", "European leaders meet in Moldova, pledge support for Kyiv",
    ["CHISINAU - Nearly 50 European leaders gathered at a castle outside Moldova's capital on Thursday for a summit of the European Political Community that was dominated by Russia's war in Ukraine.",
     "Ukrainian President Volodymyr Zelensky, who attended in person, urged the leaders to give Kyiv clear answers on NATO membership and on fighter jets."],
    "diplomacy", "diplomacy", 3, "epc-summit-moldova-2023-06-01", a="Curacao Chronicle"),
  ]))

SEEDS.append(dict(id="9408", name="9408_colombiareports-updates", ext="txt", source="Colombia Reports", zone="America/Bogota", render=r_colombia,
  title="Colombia and the war in Ukraine: updates for Friday, January 27", parse_args=["--date", "2023-01-27"],
  lede="We follow Colombian reactions to the war through the day. Newest updates at the bottom.",
  notes="Imitates a Colombia Reports page copied as text: a one-day updates page, OLDEST first, with NO year anywhere on the page (title names "
        "'Friday, January 27'; the footer carries no year) -> parse_args --date 2023-01-27. Each update: headline, then 'Author  |  7:40 AM' on the "
        "line AFTER the headline, body, share labels. No zone printed: Bogot\u00e1 time (UTC-5) implied by the outlet; 18:40 local is 23:40 UTC, "
        "still 27 January. Per-post authors. The ELN peace-talks item is off-beat (peace talks, but not about the war in Ukraine).",
  not_entries=["site name and menu", "membership appeal", "title line", "intro line ('We follow Colombian reactions ...')", "share labels after each update",
               "'Colombia Reports Premium' promo", "'Related posts' links", "footer"],
  entries=[
  E("2023-01-27 07:40", "Petro: Colombia's Russian-made hardware will not go to Ukraine",
    ["President Gustavo Petro said Colombia would not hand its ageing Russian-made military equipment to the United States to be passed on to Ukraine, even if the hardware ends up as scrap.",
     "Petro said the constitution committed Colombia to peace and that the country would not take sides in a war between two European nations.",
     "Washington has approached several Latin American governments about swapping Soviet-era equipment for new American gear."],
    "aid", "aid", 3, "petro-rejects-russian-arms-transfer", a="Laura Quintero", sec=["diplomacy"],
    n="Head of state refuses an arms transfer -> aid primary (arms supply), importance 3."),
  E("2023-01-27 09:55", "Air force admits Mi-17 fleet short of spare parts",
    ["Colombia's air force acknowledged that a large part of its fleet of Russian-built Mi-17 helicopters was grounded for lack of spare parts and maintenance, which sanctions on Russia have made harder to obtain.",
     "Defense Minister Iv\u00e1n Vel\u00e1squez said the government was studying ways to keep the aircraft flying."],
    "other", "security", 2, "colombia-mi17-fleet-spare-parts", a="Tom\u00e1s Arango", n="Same theme as Petro's refusal but a different fact/statement: must not merge."),
  E("2023-01-27 12:20", "Germany's Scholz heads to South America with Ukraine on the agenda",
    ["German Chancellor Olaf Scholz will visit Argentina, Chile and Brazil from Saturday, and officials in Berlin said the war in Ukraine would come up at every stop.",
     "Colombia is not on the itinerary."],
    "diplomacy", "diplomacy", 2, "scholz-south-america-tour-2023-01", a="Laura Quintero"),
  OFF("2023-01-27 14:45", "ELN peace talks to resume in Mexico next month",
      ["The government and the ELN guerrilla group will begin a second round of peace talks in Mexico in February, the two negotiating teams said in a joint statement."],
      "eln-peace-talks-mexico-round", a="Tom\u00e1s Arango", n="Colombian peace process, unrelated to the war in Ukraine."),
  E("2023-01-27 16:30", "Families of Colombians killed in Ukraine ask for help bringing bodies home",
    ["Relatives of at least three Colombian army veterans who died fighting for Ukraine's international legion asked the Foreign Ministry for help in repatriating their bodies.",
     "Hundreds of retired Colombian soldiers are believed to have signed up to fight in Ukraine, drawn by pay far higher than at home."],
    "other", "humanitarian", 2, "colombian-volunteers-killed-ukraine-repatriation", a="Valentina Ruiz"),
  E("2023-01-27 18:40", "Russian embassy praises Petro's stance",
    ["Russia's embassy in Bogot\u00e1 welcomed Petro's refusal to send Russian-made weapons to Ukraine, calling it a sign of Colombia's independent foreign policy.",
     "Ukraine's embassy did not comment."],
    "diplomacy", "diplomacy", 2, "russia-embassy-praises-petro-stance", a="Valentina Ruiz", sec=["aid"],
    n="A separate statement by another actor about Petro's refusal -> its own story (LABELS: one statement = one story); must not merge with 9408-01."),
  ]))

SEEDS.append(dict(id="9409", name="9409_santiagotimes-world", ext="html", source="The Santiago Times", zone="America/Santiago", render=r_santiago, title="World",
  topdate="martes, 2 de mayo de 2023",
  notes="Imitates The Santiago Times 'World' section (English news, Spanish-language date chrome). Newest first. Each item: h2 headline, then an "
        "author span and a Spanish date stamp 'martes 2 de mayo de 2023 \u00b7 18:30 hrs.' AFTER the headline, a paragraph or two, 'Read more'. "
        "No zone printed: Chile time (CLT, UTC-4 in May, after the April change from UTC-3) implied by the outlet. The list crosses local midnight: "
        "the two bottom items are dated 1 May locally (21:15, 23:40) but fall on 2 May in UTC like the rest. Spanish cookie bar and top-bar date are chrome.",
  not_entries=["Spanish cookie bar", "top bar date 'martes, 2 de mayo de 2023' and EN | ES switch", "logo and menu", "section heading 'World'", "'Read more' links",
               "newsletter box", "'Older posts'", "footer"],
  entries=[
  E("2023-05-02 18:30", "Kyiv and Moscow say they know nothing of Vatican peace mission",
    ["Both Ukraine and Russia said they had not been told of any Vatican peace initiative, two days after Pope Francis said the Holy See was involved in a mission to end the war.",
     "Kremlin spokesman Dmitry Peskov said Moscow was not aware of any such plan."],
    "diplomacy", "diplomacy", 2, "vatican-peace-mission-claim", a="AFP"),
  E("2023-05-02 14:05", "White House estimates 100,000 Russian casualties since December",
    ["The White House said Russian forces had suffered more than 100,000 casualties, including over 20,000 killed, since December, most of them in the fighting for Bakhmut.",
     "Moscow did not comment on the estimate, which could not be independently verified."],
    "other", "frontline", 2, "us-estimate-russian-casualties-since-december", a="Reuters"),
  OFF("2023-05-02 09:15", "Chile votes on Sunday for new constitutional council",
      ["Chileans go to the polls on Sunday to elect the 50 members of a council that will draft a new constitution, the second attempt after voters rejected a proposed text in September."],
      "chile-constitutional-council-election", a="Santiago Times Staff", n="Chilean politics."),
  E("2023-05-02 06:40", "Pavlohrad strike: number of injured rises to 40",
    ["The number of people injured in Monday's Russian missile strike on the industrial city of Pavlohrad in eastern Ukraine has risen to 40, including five children, regional officials said.",
     "The attack damaged dozens of houses and several apartment blocks and set a railway facility on fire."],
    "strikes", "strikes", 3, "pavlohrad-missile-strike-2023-05-01", a="AFP"),
  E("2023-05-02 00:20", "Chile offers demining experts to Ukraine",
    ["Chile's government said it was prepared to send army specialists to help train Ukrainian personnel in clearing landmines, which would be its first direct security assistance to Kyiv.",
     "Officials stressed that Chile would not supply weapons."],
    "aid", "aid", 2, "chile-demining-training-offer", a="Santiago Times Staff", n="Invented detail; training support -> aid."),
  E("2023-05-01 23:40", "Russia says it struck Ukrainian ammunition plants",
    ["Russia's defence ministry said its long-range missile strike early on Monday had hit Ukrainian plants producing ammunition and military equipment, and that all targets had been destroyed.",
     "Ukraine said it had intercepted 15 of the 18 cruise missiles fired."],
    "strikes", "strikes", 3, "pavlohrad-missile-strike-2023-05-01", a="Reuters", n="Russian claim about the same barrage that hit Pavlohrad -> same story."),
  OFF("2023-05-01 21:15", "May Day marches end peacefully in Santiago",
      ["Thousands of workers marched through central Santiago on Monday to mark International Workers' Day, with unions calling for a shorter working week and higher pensions."],
      "santiago-may-day-marches", a="Santiago Times Staff", n="Chilean labour day."),
  ]))


# ======================================================================= PART B, day 1: 2023-01-29 (UTC)
D1 = "Day 1 (2023-01-29 UTC): 9420, 9421, 9422, 9423."
KH = "kharkiv-apartment-strike-2023-01-29"
KHE = "kherson-city-shelling-2023-01-29"
BLAH = "wagner-claims-blahodatne-2023-01-29"
STOLT = "stoltenberg-seoul-arms-appeal"

SEEDS.append(dict(id="9420", name="9420_tumblemoor-textlive", ext="txt", source="Tumblemoor Gazette", zone="Europe/London", render=r_tumblemoor,
  title="Ukraine war live: missile hits Kharkiv apartment block; shelling in Kherson", dateline="Sunday 29 January 2023",
  lede="Follow our live coverage of Russia's war in Ukraine. All times GMT.",
  notes="Invented outlet. Text live blog, newest first. 'Key Points' lists the headlines of 9420-06 and 9420-08 (key_point true). Each post is one "
        "line 'HH:MM GMT | Headline', the body, then a signature line '\u2014 Name'. GMT = UTC (January). Entry 9420-01 (17:50) repeats 9420-06 "
        "(10:05) nearly verbatim (duplicate_of points to the EARLIER-published original, which sits lower on this newest-first page). "
        "Entry 9420-07 is a video teaser with no body. " + D1,
  not_entries=["masthead and menu", "title and date lines", "lede line 'Follow our live coverage ... All times GMT.'", "'Key Points' block (list of two headlines)",
               "'Latest' label", "signature lines ('\u2014 Name')", "newsletter promo", "'Show older posts'", "footer"],
  entries=[
  E("2023-01-29 17:50", "Russian shelling kills two in Kherson city",
    ["Russian artillery hit the centre of Kherson on Sunday morning, killing two people and wounding five others, the regional military administration said.",
     "A hospital and a bus stop were among the places hit."],
    "strikes", "strikes", 1, KHE, a="Owen Pryce", dup="9420-06", n="Near-verbatim repeat of 9420-06 (headline and one word changed) -> importance 1."),
  E("2023-01-29 16:20", "Lukashenko: Belarus will only fight if attacked",
    ["Belarusian leader Alexander Lukashenko said his army would enter the war only if Ukraine attacked Belarus first, dismissing claims that Minsk was preparing to join a new Russian offensive.",
     "Thousands of Russian troops have been training at Belarusian bases since October."],
    "other", "security", 2, "lukashenko-belarus-only-if-attacked", a="Owen Pryce"),
  E("2023-01-29 14:05", "Kharkiv toll rises to two",
    ["A second person, a man in his sixties, has died after this morning's missile strike on a residential building in Kharkiv, the city's mayor, Ihor Terekhov, said.",
     "Three people remain in hospital."],
    "strikes", "strikes", 3, KH, a="Harriet Lowe"),
  E("2023-01-29 13:15", "Kyiv spared scheduled power cuts for first time in weeks",
    ["Ukraine's grid operator said there would be no scheduled blackouts in Kyiv on Sunday, the first such day since Russian strikes on energy facilities began in October.",
     "Milder weather and repairs had narrowed the shortfall in the system, it said."],
    "other", "humanitarian", 2, "kyiv-no-scheduled-blackouts-2023-01-29", a="Harriet Lowe"),
  E("2023-01-29 11:40", "Wagner claims capture of Blahodatne; Kyiv says fighting continues",
    ["The head of the Wagner mercenary group, Yevgeny Prigozhin, said his fighters had taken the village of Blahodatne, north of Bakhmut.",
     "Ukraine's military said its troops were still holding positions around the village and had repelled attacks there."],
    "other", "frontline", 3, BLAH, a="Owen Pryce"),
  E("2023-01-29 10:05", "Russian shelling kills two in Kherson",
    ["Russian artillery hit the centre of Kherson on Sunday morning, killing two people and wounding five, the regional military administration said.",
     "A hospital and a bus stop were among the places hit."],
    "strikes", "strikes", 3, KHE, a="Owen Pryce", kp=True, n="Different attack from the Kharkiv missile strike: must not merge."),
  E("2023-01-29 08:30", "Watch: rescuers dig through rubble in Kharkiv", [], "strikes", "strikes", 1, KH,
    n="Video teaser without body -> importance 1, story of the strike it shows."),
  E("2023-01-29 07:45", "Missile hits apartment block in Kharkiv",
    ["A Russian missile struck a four-storey apartment building in the centre of Kharkiv shortly after 9am local time, killing one woman and injuring at least three other people, the regional governor, Oleh Syniehubov, said.",
     "Rescuers were searching the rubble for anyone who might be trapped."],
    "strikes", "strikes", 3, KH, a="Harriet Lowe", kp=True),
  ]))

SEEDS.append(dict(id="9421", name="9421_idlewharf-htmllive", ext="html", source="Idlewharf Dispatch", zone="Europe/Berlin", render=r_idlewharf,
  title="Ukraine live: Kharkiw strike toll rises; Stoltenberg presses Seoul", url="https://idlewharf.example/live/ukraine-2023-01-29",
  lede="Russia's war against Ukraine, day 340.", tznote="All times CET.",
  notes="Invented outlet (English-language, Germany). HTML live page, newest first; 'All times CET' (UTC+1); each update has a meta line with "
        "<time datetime='...+01:00'>HH:MM</time> and the author BEFORE the h2 headline. LiveBlogPosting JSON-LD with per-update datePublished and "
        "author (agrees with the visible times). Spelling 'Kharkiw'. Entry 9421-04 is the day's theme piece (an 'Explainer:' WITH a body, so "
        "importance 2, not a teaser). " + D1,
  not_entries=["header and menu", "h1 title", "lede 'Russia's war against Ukraine, day 340.'", "'All times CET.'", "newsletter promo", "'Share this update' footers",
               "'Load earlier updates' button", "footer"],
  entries=[
  E("2023-01-29 19:40", "Kharkiw: search ends with toll at three",
    ["Rescue workers ended their search of the damaged building in Kharkiw on Sunday evening after recovering the body of a third victim, the regional emergency service said.",
     "Nine people were injured in the strike, which destroyed the building's top two floors."],
    "strikes", "strikes", 3, KH, a="Jonas Reventlow"),
  E("2023-01-29 17:05", "Zelensky: situation in Donetsk region 'very tough'",
    ["President Volodymyr Zelensky said the situation in the Donetsk region was very tough, with Russian forces attacking constantly around Bakhmut and Vuhledar.",
     "He said Ukraine needed faster weapons deliveries to change the dynamics on the battlefield."],
    "other", "frontline", 2, "zelensky-donetsk-very-tough-2023-01-29", a="Lena Marquardt", n="Same theme as the Blahodatne claim, different statement: must not merge."),
  E("2023-01-29 15:30", "Scholz hears a polite no in Buenos Aires",
    ["Argentina has no plans to send weapons to Ukraine or to Russia, President Alberto Fern\u00e1ndez said after meeting German Chancellor Olaf Scholz in Buenos Aires on Saturday.",
     "Scholz, who is touring South America, said he respected the decision and that both governments wanted the war to end."],
    "diplomacy", "diplomacy", 3, "scholz-fernandez-buenos-aires-meeting", a="Lena Marquardt",
    n="Head-of-government visit -> importance 3. Same theme as Stoltenberg's appeal in Seoul (asking non-NATO states for arms), different event: must not merge."),
  E("2023-01-29 14:10", "Explainer: when will the Leopards reach the front?",
    ["Germany's decision last week to send Leopard 2 tanks, and to let other countries send theirs, has raised a simple question in Kyiv: how soon will they arrive?",
     "Officials in Berlin say the first German tanks could be in Ukraine by the end of March, once Ukrainian crews have been trained on them in Germany.",
     "Other countries' deliveries depend on the state of their stocks, and some older tanks need repairs before they can be sent."],
    "aid", "aid", 2, "explainer-leopard-delivery-timeline", a="Jonas Reventlow", n="Theme piece (explainer with a body) -> own story, importance 2."),
  E("2023-01-29 12:45", "Stoltenberg urges South Korea to rethink its ban on arms for Ukraine",
    ["NATO Secretary General Jens Stoltenberg, on a visit to Seoul, called on South Korea to reconsider its policy of not supplying weapons to countries at war, saying Ukraine urgently needed ammunition.",
     "Several NATO allies had already changed similar rules since the invasion, he said."],
    "aid", "aid", 3, STOLT, a="Lena Marquardt", sec=["diplomacy"]),
  E("2023-01-29 11:20", "Second death after missile hits Kharkiw apartment building",
    ["The number of people killed by a Russian missile that struck a residential building in Kharkiw on Sunday morning has risen to two, local authorities said.",
     "Kharkiw, Ukraine's second-largest city, lies about 30 kilometres from the Russian border."],
    "strikes", "strikes", 3, KH, a="Jonas Reventlow"),
  E("2023-01-29 09:20", "Children evacuated from shelled villages near Kherson",
    ["Authorities in the Kherson region said they had moved another 40 children and their parents out of villages along the Dnipro river that come under Russian fire every day.",
     "The families were taken by bus to Mykolaiv and Odesa, a regional official said."],
    "other", "humanitarian", 2, "kherson-region-child-evacuations-2023-01-29", a="Lena Marquardt",
    n="Same place as the Kherson shelling, different event (evacuation): must not merge."),
  ]))

SEEDS.append(dict(id="9422", name="9422_crannach-worldrss", ext="xml", source="Crannach World Service", zone="America/New_York", render=r_rss_world, rfc="%z",
  title="Crannach World Service \u2014 World", url="https://crannach.example", lede="Top world news from Crannach World Service",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in -0500 (US Eastern Standard Time), no authors. Four of six items "
        "are off-beat (Peru, Blinken in Egypt, Australian Open, Czech election). Spelling 'Kharkov'. The oldest item's pubDate reads Sat, 28 Jan "
        "22:10 -0500, which is 03:10 UTC on 29 January. " + D1,
  not_entries=["channel title/link/description/language/ttl", "guid and category of each item"],
  entries=[
  OFF("2023-01-29 17:40", "Peru's Congress rejects proposal to bring elections forward",
      ["Peru's Congress voted down a proposal to hold general elections in October this year, prolonging a political crisis that has brought weeks of deadly protests against President Dina Boluarte."],
      "peru-congress-early-election-vote", n="Peruvian politics.", cat="Americas"),
  E("2023-01-29 13:30", "Death toll in Kharkov apartment strike climbs to three",
    ["Three people were killed when a Russian missile hit an apartment building in the northeastern Ukrainian city of Kharkov on Sunday, local officials said.",
     "Ukraine's foreign ministry called the attack a deliberate strike on civilians."],
    "strikes", "strikes", 3, KH, cat="Europe"),
  OFF("2023-01-29 10:20", "Blinken arrives in Egypt at start of Middle East tour",
      ["US Secretary of State Antony Blinken landed in Cairo on Sunday for talks with President Abdel Fattah al-Sisi before travelling on to Israel and the West Bank, where violence has surged."],
      "blinken-middle-east-tour-2023-01", n="US diplomacy in the Middle East.", cat="Middle East"),
  OFF("2023-01-29 06:50", "Djokovic takes 10th Australian Open crown",
      ["Novak Djokovic beat Stefanos Tsitsipas in straight sets in Melbourne to win a record-extending 10th Australian Open title and draw level with Rafael Nadal on 22 Grand Slam singles titles."],
      "australian-open-mens-final-2023", n="tennis.", cat="Sport"),
  E("2023-01-29 04:05", "NATO chief presses Seoul to send weapons to Kyiv",
    ["NATO Secretary General Jens Stoltenberg urged South Korea on Sunday to increase its military support for Ukraine, arguing that the outcome of the war mattered for security in Asia as well as in Europe.",
     "Seoul has sent humanitarian aid to Ukraine but has a long-standing policy against supplying arms to countries in conflict."],
    "aid", "aid", 3, STOLT, sec=["diplomacy"], cat="Asia"),
  OFF("2023-01-28 22:10", "Retired general Pavel wins Czech presidency",
      ["Petr Pavel, a retired army general and former senior NATO official, won the Czech Republic's presidential runoff on Saturday, beating former prime minister Andrej Babis with about 58 percent of the vote."],
      "czech-presidential-runoff-2023", n="Czech domestic election (not about the war).", cat="Europe"),
  ]))

SEEDS.append(dict(id="9423", name="9423_pennistraw-article", ext="txt", source="Pennistraw Times", zone="Europe/Kyiv", render=r_article,
  masthead="PENNISTRAW TIMES", crumbs="Home \u203a World \u203a Ukraine", title="Kharkiv counts its dead as Russia presses on in the east",
  byline="Solomiia Hrytsenko", dateline="Sunday, January 29, 2023 | 9:30 PM Kyiv time",
  lede="A missile strike on an apartment building in Kharkiv, renewed shelling of Kherson and a disputed claim by Wagner fighters near Bakhmut marked the 340th day of the war.",
  tail=["Read more: Ukraine\u2019s winter without power, in pictures", "", "Share this article  |  Print", "", "\u00a9 Pennistraw Times"],
  notes="Invented outlet. Text article with four section headings; one entry per section, stamp null, published = the dateline "
        "'Sunday, January 29, 2023 | 9:30 PM Kyiv time' (EET, UTC+2, so 19:30 UTC); page byline as author. " + D1,
  not_entries=["masthead and breadcrumb", "title line", "byline and dateline lines", "lede paragraph (summary of the sections)", "'Read more:' link",
               "'Share this article | Print'", "copyright line"],
  entries=[
  E("2023-01-29 21:30", "Three dead in Kharkiv",
    ["The toll from Sunday morning's missile strike on a residential building in Kharkiv rose to three in the evening, when rescuers pulled a man's body from the rubble.",
     "Mayor Ihor Terekhov said the missile had hit the building's upper floors and that about 20 flats could no longer be lived in."],
    "strikes", "strikes", 3, KH, a="Solomiia Hrytsenko"),
  E("2023-01-29 21:30", "Kherson under fire",
    ["In Kherson, where Russian forces fire across the Dnipro almost every day, shelling killed two people in the city centre on Sunday morning, regional officials said.",
     "Since Ukraine retook the city in November, its residents have had little respite from artillery fire from the opposite bank."],
    "strikes", "strikes", 3, KHE, a="Solomiia Hrytsenko"),
  E("2023-01-29 21:30", "A village changes hands, or not",
    ["Wagner's founder Yevgeny Prigozhin claimed his fighters now controlled Blahodatne, a small village north of Bakhmut, but the Ukrainian general staff said attacks there had been repelled.",
     "Neither side's account could be independently verified."],
    "other", "frontline", 3, BLAH, a="Solomiia Hrytsenko"),
  E("2023-01-29 21:30", "NATO's appeal in Seoul",
    ["Far from the front, NATO's secretary general used a visit to South Korea to ask Seoul to rethink its refusal to arm Ukraine.",
     "South Korea is one of the world's largest producers of artillery ammunition."],
    "aid", "aid", 3, STOLT, a="Solomiia Hrytsenko", sec=["diplomacy"]),
  ]))


# ======================================================================= PART B, day 2: 2023-01-30 (UTC) - the day after day 1
D2 = "Day 2 (2023-01-30 UTC): 9430, 9431, 9432, 9433, 9434."
KOS = "kostiantynivka-missile-strike-2023-01-30"
JETS = "macron-fighter-jets-not-excluded"

SEEDS.append(dict(id="9430", name="9430_inchmurrin-htmllive", ext="html", source="Inchmurrin Herald", zone="Europe/London", render=r_inchmurrin,
  title="Russia-Ukraine war live: strike on Kostiantynivka; Macron says nothing ruled out on jets",
  lede="Kharkiv mourns its dead; France opens the door to fighter jets while Washington says no to F-16s.",
  notes="Invented outlet. HTML live page, newest first, no JSON-LD and no datetime attributes: each block shows '09.12 GMT' (dot separator) above "
        "its h2; the date comes only from the header line 'Mon 30 Jan 2023 22.35 GMT'. Signature paragraph (author) after each body. Entry "
        "9430-06 is a photo teaser without body. 9430-05 continues day 1's Kharkiv strike story with a new development (fourth death, day of "
        "mourning) and keeps the day-1 slug. 9430-04 is the day's theme piece (analysis). " + D2,
  not_entries=["cookie banner", "header and menu", "h1 title", "standfirst", "date/last-updated line 'Mon 30 Jan 2023 22.35 GMT'", "signature lines (authors)",
               "'Related:' rich link", "'Show 12 more updates' button", "footer"],
  entries=[
  E("2023-01-30 22:35", "Biden says no when asked about sending F-16s",
    ["Asked by reporters at the White House whether the United States would provide F-16 fighter jets to Ukraine, President Joe Biden answered with a single word: \"No.\"",
     "Ukrainian officials said they would keep pressing the request."],
    "aid", "aid", 3, "biden-rules-out-f16s-2023-01-30", a="Priya Holloway", n="Same theme as Macron's remarks (jets), different statement: must not merge."),
  E("2023-01-30 17:45", "Macron: nothing is ruled out on fighter jets",
    ["French President Emmanuel Macron said France did not rule anything out when asked whether it might send fighter jets to Ukraine, but set conditions for any such step.",
     "Speaking in The Hague alongside Dutch Prime Minister Mark Rutte, Macron said a request would have to come formally from Kyiv, must not lead to escalation and must not weaken France's own defences."],
    "aid", "aid", 3, JETS, a="Callum Reddie"),
  E("2023-01-30 15:05", "Kostiantynivka toll rises to three",
    ["A third person has died after the morning strike on Kostiantynivka, regional governor Pavlo Kyrylenko said, adding that 14 people had now been injured."],
    "strikes", "strikes", 3, KOS, a="Priya Holloway"),
  E("2023-01-30 12:15", "Analysis: why the jets debate is harder than the tanks debate",
    ["Only a week after Germany agreed to send tanks, Kyiv has moved on to its next request: Western fighter jets, above all the American F-16.",
     "Jets raise harder questions than tanks did: pilots need months of training, the aircraft need long runways and a steady flow of spare parts, and some allies fear they could be used to strike deep inside Russia.",
     "That is why even governments sympathetic to Kyiv's request are speaking of conditions rather than refusals."],
    "aid", "aid", 2, "analysis-fighter-jets-debate", a="Callum Reddie", n="Theme piece (analysis with a body) -> own story, importance 2."),
  E("2023-01-30 10:40", "Kharkiv mourns as fourth victim of Sunday's strike dies",
    ["A woman injured in Sunday's missile strike on an apartment building in Kharkiv has died in hospital, bringing the toll to four, regional governor Oleh Syniehubov said.",
     "The city has declared Monday a day of mourning."],
    "strikes", "strikes", 3, KH, a="Callum Reddie", n="Continuation of day 1's story with a new development: keeps the day-1 slug; two day-2 seeds -> importance 3."),
  E("2023-01-30 08:25", "Pictured: the damaged school in Kostiantynivka", [], "strikes", "strikes", 1, KOS, n="Photo teaser without body -> importance 1."),
  E("2023-01-30 07:10", "Missile strike on Kostiantynivka kills two",
    ["Two people were killed and at least five injured when a Russian missile hit the centre of Kostiantynivka in the Donetsk region early on Monday, the regional governor, Pavlo Kyrylenko, said.",
     "The strike damaged a school, a hotel and several apartment buildings."],
    "strikes", "strikes", 3, KOS, a="Priya Holloway"),
  ]))

SEEDS.append(dict(id="9431", name="9431_tumblemoor-textlive", ext="txt", source="Tumblemoor Gazette", zone="Europe/London", render=r_tumblemoor,
  title="Ukraine war live: Kostiantynivka strike; Kharkiv holds day of mourning", dateline="Monday 30 January 2023",
  lede="Follow our live coverage of Russia's war in Ukraine. All times GMT.",
  notes="Invented outlet (same outlet and layout as 9420, next day's page). Text live blog, newest first, 'Key Points' lists the headlines of "
        "9431-03 and 9431-05. 9431-06 (06:30) re-posts day 1's entry 9420-05 verbatim (same headline, body and signature): re-post of day-1 "
        "content, importance 1, duplicate_of null (duplicate_of is defined within one seed). 9431-05 continues day 1's Kharkiv story. " + D2,
  not_entries=["masthead and menu", "title and date lines", "lede line", "'Key Points' block", "'Latest' label", "signature lines", "newsletter promo",
               "'Show older posts'", "footer"],
  entries=[
  E("2023-01-30 19:30", "Kostiantynivka toll climbs to five",
    ["Five people were killed in Monday's missile strike on Kostiantynivka, the regional prosecutor's office said, after two of the injured died in hospital."],
    "strikes", "strikes", 3, KOS, a="Harriet Lowe"),
  E("2023-01-30 16:10", "NATO's Stoltenberg moves on to Tokyo",
    ["After two days in South Korea, NATO Secretary General Jens Stoltenberg flew to Japan, where he is due to meet Prime Minister Fumio Kishida on Tuesday.",
     "He has used the trip to argue that security in Europe and in the Indo-Pacific is closely linked."],
    "diplomacy", "diplomacy", 2, "stoltenberg-tokyo-visit-2023-01-31", a="Owen Pryce",
    n="A new trip, not a new development of the Seoul appeal: own story (must not merge with day 1's stoltenberg-seoul-arms-appeal)."),
  E("2023-01-30 13:40", "Kostiantynivka strike: three dead, market damaged",
    ["Three people are now known to have died in the morning missile strike on Kostiantynivka, where the blast also wrecked stalls at the central market, local officials said.",
     "The town lies about 20 kilometres from the fighting around Bakhmut."],
    "strikes", "strikes", 3, KOS, a="Harriet Lowe", kp=True),
  E("2023-01-30 11:15", "Donetsk governor urges remaining families to leave front-line towns",
    ["The governor of the Donetsk region, Pavlo Kyrylenko, appealed to families with children still living in front-line towns to move to safer parts of Ukraine, saying free transport and housing were available.",
     "About 10,000 children remain in the part of the region held by Ukraine, he said."],
    "other", "humanitarian", 2, "donetsk-evacuation-appeal-2023-01-30", a="Owen Pryce",
    n="Same region and same official as the Kostiantynivka strike reports, different event: must not merge."),
  E("2023-01-30 09:50", "Kharkiv holds day of mourning after strike",
    ["Flags flew at half-mast in Kharkiv on Monday as the city mourned the four people killed when a Russian missile hit an apartment block on Sunday.",
     "Regional officials said 14 residents had been moved to temporary housing."],
    "strikes", "strikes", 3, KH, a="Harriet Lowe", kp=True, n="Continuation of day 1's Kharkiv story (keeps the slug)."),
  E("2023-01-30 06:30", "Wagner claims capture of Blahodatne; Kyiv says fighting continues",
    ["The head of the Wagner mercenary group, Yevgeny Prigozhin, said his fighters had taken the village of Blahodatne, north of Bakhmut.",
     "Ukraine's military said its troops were still holding positions around the village and had repelled attacks there."],
    "other", "frontline", 1, BLAH, a="Owen Pryce", n="Re-post of day-1 entry 9420-05 (verbatim) -> importance 1."),
  ]))

SEEDS.append(dict(id="9432", name="9432_murlough-worldatom", ext="xml", source="Murlough World Wire", zone="Asia/Singapore", render=r_atom_world,
  title="Murlough World Wire: World", url="https://murlough.example", lede="World news, updated around the clock",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in +08:00 (Singapore), no authors; <updated> later than "
        "<published> on one entry. Four of six entries are off-beat (Pope's Africa trip, Blinken in Israel, Peshawar bombing, Adani). The two "
        "newest entries print 31 January (+08:00) but are 30 January in UTC. Spelling 'Konstantinovka'. " + D2,
  not_entries=["feed title/subtitle/links/id/updated", "<id>, <link> and <updated> of each entry"],
  entries=[
  OFF("2023-01-31 04:05", "Pope Francis sets off for Africa on Tuesday",
      ["Pope Francis will fly to the Democratic Republic of Congo on Tuesday at the start of a six-day trip that will also take him to South Sudan."],
      "pope-africa-trip-2023", n="religion/travel."),
  E("2023-01-31 01:20", "Macron keeps door open to sending warplanes to Ukraine",
    ["France has not ruled out sending fighter jets to Ukraine, President Emmanuel Macron said on Monday, while listing conditions such as a formal request from Kyiv and no risk of escalation."],
    "aid", "aid", 3, JETS, upd=25),
  OFF("2023-01-30 22:40", "Blinken meets Netanyahu, urges calm",
      ["US Secretary of State Antony Blinken met Israeli Prime Minister Benjamin Netanyahu in Jerusalem and called on all sides to take steps to calm tensions after a week of deadly violence."],
      "blinken-netanyahu-meeting-2023-01-30", n="Middle East diplomacy."),
  E("2023-01-30 20:10", "Missile strike on Konstantinovka kills three",
    ["A Russian missile strike killed three people in the eastern Ukrainian town of Konstantinovka on Monday, Ukrainian officials said, as Moscow's forces pressed their attacks in the Donetsk region."],
    "strikes", "strikes", 3, KOS),
  OFF("2023-01-30 17:30", "Suicide bomb at Peshawar mosque kills dozens",
      ["A suicide bomber blew himself up during afternoon prayers at a mosque inside a police compound in the Pakistani city of Peshawar, killing at least 28 people, officials said."],
      "peshawar-mosque-bombing-2023-01-30", n="Pakistan."),
  OFF("2023-01-30 10:15", "Adani Group hits back at short-seller report",
      ["India's Adani Group published a long rebuttal of a US short seller's allegations of fraud, calling the report an attack on India, as its shares stayed under pressure."],
      "adani-short-seller-rebuttal", n="Indian markets."),
  ]))

SEEDS.append(dict(id="9433", name="9433_siverne-telegram", ext="html", source="Siverne Front Notes", zone="UTC", render=r_telegram,
  title="Siverne Front Notes", handle="siverne_notes", subs="48.2K subscribers", lede="Front-line news from eastern Ukraine, in English.",
  notes="Invented outlet. A Telegram channel's web preview (t.me/s/...) saved as HTML. Posts have NO headline; OLDEST first; one service date "
        "line 'January 30' with no year; visible 'HH:MM' times whose instants are in <time datetime='...+00:00'> (so page_timezone UTC; the year "
        "is only in the attributes, as on real previews, so no parse_args). The channel name above each post is the source, not an author (author null). "
        "9433-04 repeats 9433-01 nearly verbatim (duplicate_of 9433-01). Spelling 'Kostyantynivka'. " + D2,
  not_entries=["channel header (name, subscriber count, 'Preview channel')", "service date line 'January 30'", "channel-name line above each post",
               "view counters ('15.2K views')", "footer 'If you have Telegram ...'"],
  entries=[
  E("2023-01-30 06:50", None,
    ["A Russian missile hit the centre of Kostyantynivka this morning.",
     "According to the town's military administration, at least two people were killed and several wounded.",
     "Emergency crews are working at the scene."],
    "strikes", "strikes", 3, KOS, views="15.2K"),
  E("2023-01-30 09:15", None,
    ["Ukrainian units near Vuhledar report beating back another Russian attack overnight.",
     "The brigade holding the town says several armoured vehicles were destroyed on its approaches."],
    "other", "frontline", 2, "vuhledar-assault-repelled-2023-01-30", views="12.9K"),
  E("2023-01-30 11:05", None,
    ["Update on Kostyantynivka: the number of dead has risen to three.",
     "Among the damaged buildings are a school and a hotel."],
    "strikes", "strikes", 3, KOS, views="14.4K"),
  E("2023-01-30 13:20", None,
    ["A Russian missile hit the centre of Kostyantynivka this morning.",
     "According to the town's military administration, at least two people were killed and several wounded.",
     "Emergency crews are at work at the scene."],
    "strikes", "strikes", 1, KOS, dup="9433-01", views="9.8K", n="Near-verbatim repeat of 9433-01 (one phrase changed) -> importance 1."),
  E("2023-01-30 16:40", None,
    ["Air defence units in the south shot down six Shahed drones overnight, Southern Command says.",
     "No casualties were reported."],
    "strikes", "strikes", 2, "southern-shahed-drones-downed-2023-01-30", views="10.1K"),
  ]))

SEEDS.append(dict(id="9434", name="9434_wrenhaugh-article", ext="txt", source="Wrenhaugh Post", zone="Europe/Paris", render=r_article,
  masthead="WRENHAUGH POST", crumbs="International \u203a Europe", title="Macron opens the door to jets, with conditions",
  byline="Claire Vautrin", dateline="30/01/2023 \u2013 23:10 CET",
  lede="France's president has joined the debate over fighter jets for Ukraine, on a day marked by another deadly strike in the Donetsk region.",
  tail=["Share  |  Comment", "", "More from Europe: Dutch farmers' protest returns to The Hague", "", "\u00a9 Wrenhaugh Post"],
  notes="Invented outlet. Text article with three section headings; one entry per section, stamp null, published = the dateline '30/01/2023 \u2013 23:10 CET' "
        "(day/month order, UTC+1, so 22:10 UTC); page byline as author. Section 3 (Caesar howitzers) is another French arms decision: must not merge with "
        "the jets remarks. " + D2,
  not_entries=["masthead and breadcrumb", "title", "byline and dateline", "lede paragraph", "'Share | Comment'", "'More from Europe' link", "copyright line"],
  entries=[
  E("2023-01-30 23:10", "What Macron said in The Hague",
    ["Emmanuel Macron said in The Hague on Monday evening that France would consider any Ukrainian request for fighter jets on its merits, provided it did not risk escalation or weaken the French armed forces.",
     "Dutch Prime Minister Mark Rutte, standing beside him, said there was no taboo in the Netherlands either, but that it would be a big step."],
    "aid", "aid", 3, JETS, a="Claire Vautrin"),
  E("2023-01-30 23:10", "A market town hit again",
    ["Earlier in the day, a Russian missile hit Kostiantynivka, a town near Bakhmut, killing at least three people and damaging a school, Ukrainian officials said."],
    "strikes", "strikes", 3, KOS, a="Claire Vautrin"),
  E("2023-01-30 23:10", "More Caesar guns on order",
    ["France's armed forces ministry confirmed it had asked the manufacturer to speed up production of Caesar truck-mounted howitzers, some of which are intended for Ukraine.",
     "Ukraine has already received 18 of the guns from France."],
    "aid", "aid", 2, "france-caesar-howitzer-production-2023-01", a="Claire Vautrin", n="Different French arms decision from the jets remarks: must not merge."),
  ]))


# ======================================================================= PART B, day 3: 2023-06-12 (UTC)
D3 = "Day 3 (2023-06-12 UTC): 9440, 9441, 9442, 9443."
VIL = "ukraine-recaptures-southern-villages-2023-06-12"
FLOOD = "kakhovka-dam-flood-toll"
AIRDEF = "air-defender-23-exercise-begins"
BOAT = "kherson-evacuation-boat-shelled-2023-06-12"

SEEDS.append(dict(id="9440", name="9440_haverlock-textlive", ext="txt", source="Haverlock Courier", zone="Europe/Berlin", render=r_haverlock,
  title="Ukraine live: Kyiv reports first gains in southern push", dateline="Monday, June 12, 2023",
  lede="Ukraine says its forces have retaken several villages; NATO starts its biggest air exercise. All times CEST.",
  notes="Invented outlet (English-language, Germany). Text live blog, OLDEST first; each post one line 'HH:MM CEST \u2014 Headline' (UTC+2), "
        "body, then 'Reporting: Name'. The village count grows through the day (two, then four, then seven). 9440-06 repeats 9440-04 nearly "
        "verbatim (duplicate_of 9440-04). " + D3,
  not_entries=["masthead and menu", "'LIVE' label", "title and date lines", "lede line", "'Reporting:' lines", "membership promo", "closing line 'This live blog is now closed ...'", "footer"],
  entries=[
  E("2023-06-12 07:30", "Drones downed over Odesa region overnight",
    ["Ukraine's southern command said air defences destroyed ten Shahed drones over the Odesa region overnight, and that falling debris started a fire at a warehouse.",
     "No one was hurt."],
    "strikes", "strikes", 2, "odesa-drone-attack-2023-06-12", a="Miriam Falkner"),
  E("2023-06-12 09:45", "Ukraine says it has retaken Storozheve",
    ["Ukrainian troops have recaptured the village of Storozheve in the Donetsk region, a brigade fighting in the area said, publishing a video of soldiers raising the national flag.",
     "The brigade said it had also pushed Russian forces out of neighbouring Makarivka."],
    "other", "frontline", 3, VIL, a="Miriam Falkner"),
  E("2023-06-12 11:20", "Air Defender 23: NATO's largest air drill begins",
    ["The largest air deployment exercise in NATO's history began over Germany on Monday, with about 250 aircraft from 25 countries taking part over the next 12 days.",
     "Organisers say the drill is not aimed at any country, but German officials have made clear it is meant as a signal to Moscow."],
    "other", "security", 3, AIRDEF, a="Thilo Brandner", n="Military exercise -> other/security; carried by two seeds -> importance 3."),
  E("2023-06-12 13:05", "Russian fire hits evacuation boat near Kherson, three killed",
    ["Russian troops opened fire on a boat evacuating residents from a flooded area on the Dnipro near Kherson, killing three people and wounding ten, the Ukrainian regional prosecutor's office said.",
     "The victims had been trying to leave the Russian-held east bank."],
    "strikes", "strikes", 3, BOAT, a="Miriam Falkner", n="Same place as the flood, different event (an attack): must not merge with the flood toll."),
  E("2023-06-12 15:40", "Kyiv claims four villages in the south",
    ["Ukraine's deputy defence minister, Hanna Maliar, said four villages in the south-east had been retaken over the weekend and on Monday: Blahodatne, Makarivka, Neskuchne and Storozheve.",
     "She said Russian forces were putting up stiff resistance."],
    "other", "frontline", 3, VIL, a="Thilo Brandner"),
  E("2023-06-12 18:15", "Russian fire hits evacuation boat near Kherson, three dead",
    ["Russian troops opened fire on a boat evacuating residents from a flooded area on the Dnipro near Kherson, killing three people and wounding ten, the Ukrainian regional prosecutor's office said.",
     "The victims had been trying to escape the Russian-held east bank."],
    "strikes", "strikes", 1, BOAT, a="Miriam Falkner", dup="9440-04", n="Near-verbatim repeat of 9440-04 -> importance 1."),
  E("2023-06-12 21:50", "Maliar: seven settlements and 90 square kilometres",
    ["In an evening update, Hanna Maliar said Ukrainian forces had liberated seven settlements covering about 90 square kilometres in the past week, on two axes in the Donetsk and Zaporizhzhia regions."],
    "other", "frontline", 3, VIL, a="Thilo Brandner"),
  ]))

SEEDS.append(dict(id="9441", name="9441_brisbourne-htmllive", ext="html", source="Brisbourne Tribune", zone="America/New_York", render=r_brisbourne,
  title="Russia-Ukraine war: Kyiv says villages retaken as flood toll rises", url="https://brisbourne.example/world/live/russia-ukraine-2023-06-12",
  lede="Live updates on the war in Ukraine from our correspondents and wire services.",
  notes="Invented outlet (US). HTML live page, newest first; visible stamps '10:15 a.m. ET' inside <time datetime='...-04:00'> (EDT); 'By Name' "
        "under each h3; JSON-LD @graph with a LiveBlogPosting whose liveBlogUpdate array agrees with the page (the teaser has no articleBody). "
        "Spelling 'Storozhove'. 9441-05 is a video teaser without body; 9441-04 is the day's theme piece (analysis). The flood toll is 17 on the "
        "occupied bank (9441-07) and 10 on the government-held bank (9441-02): one story. " + D3,
  not_entries=["header, menu and 'Subscribe for $1'", "'LIVE UPDATES' label", "h1 title", "dek", "'By Name' lines", "newsletter box", "footer"],
  entries=[
  E("2023-06-12 17:30", "Kyiv claims seven villages retaken in a week",
    ["Ukraine's deputy defense minister Hanna Maliar said seven villages and about 90 square kilometers had been retaken since the start of last week, the first official tally of the counteroffensive's gains.",
     "The Kremlin said Ukraine's attacks were failing."],
    "other", "frontline", 3, VIL, a="Marcus Oyelaran"),
  E("2023-06-12 14:45", "Ukraine puts flood deaths on its side at 10",
    ["Ukraine's interior minister, Ihor Klymenko, said 10 people had died in flooding on the Ukrainian-controlled bank of the Dnipro and 41 were still missing.",
     "More than 3,600 people have been evacuated from the flood zone on the government-held side."],
    "other", "humanitarian", 3, FLOOD, a="Dana Whitlock"),
  E("2023-06-12 12:20", "IAEA chief to visit Zaporizhzhia plant as reservoir drains",
    ["Rafael Grossi, the head of the International Atomic Energy Agency, said he would travel to the Zaporizhzhia nuclear plant this week to assess the effect of the falling water level in the Kakhovka reservoir, which supplies its cooling water.",
     "He said there was no immediate danger but that the situation was serious."],
    "diplomacy", "diplomacy", 2, "grossi-znpp-visit-cooling-water-2023-06", a="Dana Whitlock",
    n="Announced visit by the IAEA chief -> diplomacy (as 9401-01). Same cause (the dam) as the flood toll, different event: must not merge."),
  E("2023-06-12 09:55", "Analysis: a slow, deliberate start to Ukraine's counteroffensive",
    ["A week into what Kyiv's allies describe as the opening phase of its counteroffensive, Ukraine's gains are measured in villages rather than cities.",
     "Western officials say that is by design: Ukraine is probing Russian lines for weak points before committing most of its new Western-trained brigades.",
     "The minefields and trenches Russia built over the winter mean that any breakthrough is likely to be costly."],
    "other", "frontline", 2, "analysis-counteroffensive-opening-phase", a="Marcus Oyelaran", n="Theme piece (analysis with a body) -> own story, importance 2."),
  E("2023-06-12 06:30", "Video: Ukrainian soldiers raise flag in recaptured village", [], "other", "frontline", 1, VIL,
    n="Video teaser without body -> importance 1."),
  E("2023-06-12 05:10", "Ukrainian brigade says Storozhove is back under Kyiv's control",
    ["A Ukrainian brigade said it had liberated Storozhove, a village in the south of the Donetsk region, and posted drone footage of soldiers moving through its streets.",
     "Russia's defense ministry said its forces had repelled Ukrainian attacks in the same area."],
    "other", "frontline", 3, VIL, a="Marcus Oyelaran"),
  E("2023-06-12 02:40", "Flood toll on occupied bank rises to 17, Russian-installed officials say",
    ["Seventeen people have died in flooding in the Russian-occupied part of the Kherson region since the Kakhovka dam was destroyed last week, the Moscow-installed authorities said.",
     "Ukraine has accused Russian forces of blocking evacuations from the occupied towns of Oleshky and Hola Prystan."],
    "other", "humanitarian", 3, FLOOD, a="Dana Whitlock"),
  ]))

SEEDS.append(dict(id="9442", name="9442_orrisfold-worldrss", ext="xml", source="Orrisfold World Report", zone="UTC", render=r_rss_world, rfc="GMT",
  title="Orrisfold World Report | World", url="https://orrisfold.example", lede="Headlines from around the world",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT (= UTC), no authors. Four of six items are off-beat "
        "(Trump in Miami, wildfire smoke, Berlusconi, Cyclone Biparjoy); the NATO air exercise and the Ukrainian village claims are war-related. " + D3,
  not_entries=["channel title/link/description/language/ttl", "guid and category of each item"],
  entries=[
  OFF("2023-06-12 21:15", "Trump arrives in Miami ahead of federal court appearance",
      ["Former US President Donald Trump arrived in Miami on Monday, a day before he is due to appear in federal court to answer charges over his handling of classified documents."],
      "trump-miami-arraignment-2023-06", n="US politics.", cat="US"),
  OFF("2023-06-12 17:50", "Smoke from Canadian wildfires drifts back over US Midwest",
      ["Air quality alerts were issued in several Midwestern US states as smoke from hundreds of wildfires burning in Canada drifted south again."],
      "canada-wildfire-smoke-midwest", n="environment.", cat="Americas"),
  E("2023-06-12 14:35", "Ukraine reports first villages recaptured in southern push",
    ["Ukraine said on Monday its forces had recaptured several villages in the southeast, the first territorial gains it has claimed since stepping up attacks along the front last week."],
    "other", "frontline", 3, VIL, cat="Europe"),
  E("2023-06-12 12:00", "NATO launches biggest air exercise in its history",
    ["Some 250 military aircraft from 25 nations began a NATO exercise over Germany on Monday that is designed to test how quickly the alliance can reinforce Europe's air defences in a crisis."],
    "other", "security", 3, AIRDEF, cat="Europe"),
  OFF("2023-06-12 10:20", "Silvio Berlusconi dies at 86",
      ["Silvio Berlusconi, the media tycoon who served as Italy's prime minister four times, died in a Milan hospital on Monday at the age of 86."],
      "berlusconi-death", n="Italian politics.", cat="Europe"),
  OFF("2023-06-12 05:30", "Gujarat moves thousands from coast as Cyclone Biparjoy nears",
      ["Authorities in the Indian state of Gujarat began moving thousands of people living near the coast to shelters as Cyclone Biparjoy headed towards landfall later in the week."],
      "cyclone-biparjoy-gujarat-evacuations", n="weather in India.", cat="Asia"),
  ]))

SEEDS.append(dict(id="9443", name="9443_velindre-keyevents", ext="txt", source="Velindre Digest", zone="Europe/Kyiv", render=r_keyevents,
  masthead="VELINDRE DIGEST", crumbs="Home / Europe / Russia-Ukraine war", title="Russia-Ukraine war: key events, day 474",
  byline="Velindre Digest staff", dateline="Published 12 Jun 2023, 22:40 EEST",
  lede="These are the main developments on Monday, June 12.",
  tail=["Keep reading: Inside the flooded villages of the Dnipro delta", "", "Velindre Digest \u00b7 About \u00b7 Ethics \u00b7 Contact"],
  notes="Invented outlet. Text 'key events' round-up: bullets under four section headings (Fighting, Humanitarian, Politics and diplomacy, "
        "Military aid); each bullet is one entry with NO headline and NO time of its own: headline null, stamp null, published = the dateline "
        "'Published 12 Jun 2023, 22:40 EEST' (UTC+3, so 19:40 UTC); the page byline is every bullet's author. The flood bullet gives the combined "
        "toll of both banks (27). " + D3,
  not_entries=["masthead and breadcrumb", "title", "byline and dateline", "lede line", "section headings (Fighting, Humanitarian, ...)", "'Keep reading:' link", "footer"],
  entries=[
  E("2023-06-12 22:40", None,
    ["Ukraine says its troops have recaptured seven villages in the south and east over the past week, an area of about 90 square kilometres, according to Deputy Defence Minister Hanna Maliar."],
    "other", "frontline", 3, VIL, a="Velindre Digest staff", sect="Fighting"),
  E("2023-06-12 22:40", None,
    ["Russia's defence ministry says its forces repelled Ukrainian attacks near Vremivka and Orikhiv and destroyed several Western-supplied armoured vehicles."],
    "other", "frontline", 2, "russia-claims-repelled-attacks-2023-06-12", a="Velindre Digest staff", sect="Fighting",
    n="Russia's own claim about different fighting: must not merge with Kyiv's village claims."),
  E("2023-06-12 22:40", None,
    ["The number of people killed by flooding after the destruction of the Kakhovka dam has risen to at least 27, counting deaths on both sides of the Dnipro river."],
    "other", "humanitarian", 3, FLOOD, a="Velindre Digest staff", sect="Humanitarian"),
  E("2023-06-12 22:40", None,
    ["The UN's humanitarian coordinator for Ukraine says Russia has not given the UN access to flooded areas under its control."],
    "other", "humanitarian", 2, "un-access-occupied-flood-areas-2023-06-12", a="Velindre Digest staff", sect="Humanitarian",
    n="A separate statement about access, not the flood toll: own story (must not merge)."),
  E("2023-06-12 22:40", None,
    ["Foreign Minister Dmytro Kuleba says Ukraine expects a clear invitation to join NATO at the alliance's summit in Vilnius next month, not just more promises."],
    "diplomacy", "diplomacy", 2, "kuleba-vilnius-invitation-demand", a="Velindre Digest staff", sect="Politics and diplomacy", n="A minister's statement, not a diplomatic act -> importance 2 (convention)."),
  E("2023-06-12 22:40", None,
    ["Estonia's defence ministry says it will send Ukraine another package of artillery ammunition and anti-tank weapons worth about 20 million euros."],
    "aid", "aid", 2, "estonia-ammunition-package-2023-06-12", a="Velindre Digest staff", sect="Military aid"),
  ]))


# ======================================================================= emit
BASIS = {
  "r_nassau": "time line '{s}' under the intro 'All times Kyiv' (EET, UTC+2); the Kyiv date follows from the page date 'Updated Jan 19, 2023' and the newest-first order (the top item is past Kyiv midnight): {d}",
  "r_amandala": "no per-section time; the posted line '{posted}' (Belize, UTC-6, implied by the outlet) is used for every section",
  "r_bbn": "visible date '{s}' has no time; the time comes from <time datetime> on the same element (Belize, -06:00)",
  "r_kaieteur": "pubDate '{s}' (explicit +0000)",
  "r_newsroom": "stamp line '{s}' after the body, under the date header for {d}; Panama time (UTC-5) implied by the outlet",
  "r_stlucia": "relative stamp '{s}' resolved against the header clock '{clock}' (St Lucia, UTC-4, implied by the outlet)",
  "r_antigua": "no per-section time; the post time '{posted}' (Antigua, UTC-4, implied by the outlet; JSON-LD datePublished agrees) is used for every section",
  "r_curacao": "<published> '{s}' (explicit Z)",
  "r_colombia": "time '{s}' on the page's day {d} (the page names 'Friday, January 27' without a year: parse_args --date); Bogota time (UTC-5) implied by the outlet",
  "r_santiago": "Spanish date stamp '{s}'; Chile time (CLT, UTC-4 in May) implied by the outlet",
  "r_tumblemoor": "stamp '{s}' on the page's date {d}; GMT = UTC",
  "r_idlewharf": "stamp '{s}' in <time datetime> (+01:00; the page says 'All times CET') on {d}; JSON-LD update time agrees",
  "r_rss_world": "pubDate '{s}' (explicit zone)",
  "r_article": "no per-section time; the article dateline '{dateline}' is used for every section",
  "r_inchmurrin": "stamp '{s}' on the page's date {d} (header 'Mon 30 Jan 2023'); GMT = UTC",
  "r_atom_world": "<published> '{s}' (explicit offset)",
  "r_telegram": "visible '{s}' with <time datetime> (+00:00) on {d}",
  "r_haverlock": "stamp '{s}' on the page's date {d}; CEST = UTC+2",
  "r_brisbourne": "stamp '{s}' in <time datetime> (-04:00, EDT) on {d}; JSON-LD update time agrees",
  "r_keyevents": "no per-bullet time; the dateline '{dateline}' is used for every bullet",
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
            fs = (e["fs"] or first_sentence(e["p"][0])) if e["p"] else None
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), posted=S.get("posted_text", ""),
                                                                clock=S.get("clock_text", ""), dateline=S.get("dateline", "")),
                         "author": e["a"], "first_sentence": fs, "body_paragraphs": len(e["p"]),
                         "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                         "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"], "notes": e["n"] or ""})
        gold = {"seed": fn, "source": S["source"], "page_title": S["title"], "page_timezone": S["zone"]}
        if S.get("parse_args"):
            gold["parse_args"] = S["parse_args"]
        gold.update({"notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]})
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        total += len(ents)
        print(f"{fn:40s} {len(ents):2d}  {S['zone']:18s} {sorted({x['published'][:10] for x in ents})}")
    print("total entries:", total)


if __name__ == "__main__":
    main()

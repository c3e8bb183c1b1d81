#!/usr/bin/env python3
"""Builds the eval/ed seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented or paraphrased; no copied sentences).
Part A imitates, from memory, the page layouts of ten real technology outlets; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/ed/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.", "Inc.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "vs.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


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
    """'YYYY-MM-DD HH:MM[:SS]' local time in zone (a date alone is allowed for date-only pages)."""
    for f in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d"):
        try:
            return datetime.strptime(s, f).replace(tzinfo=ZoneInfo(zone))
        except ValueError:
            pass
    raise ValueError(s)


def ampm(d, sep=":", space=" ", dots=False, upper=True):
    hh = d.hour % 12 or 12
    if dots:
        suf = "a.m." if d.hour < 12 else "p.m."
    else:
        suf = "AM" if d.hour < 12 else "PM"
        if not upper:
            suf = suf.lower()
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [dt(e["t"], S["zone"]) for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first (page order)"


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def iso(d):
    return d.isoformat()


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:70].strip("-")


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_verge_atom(S):
    """The Verge section feed: Atom 1.0 (the Verge's '/rss/index.xml' feeds are Atom), newest first, <published> and
    <updated> with the Eastern offset (-05:00 in winter), <author><name>, escaped HTML <content> that opens with a
    <figure> (image + figcaption credit) on some posts."""
    z = S["zone"]; order_check(S, True)
    top = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
           f'  <title type="text">{esc(S["title"])}</title>',
           '  <icon>https://cdn.vox-cdn.com/community_logos/52801/VER_Logomark_32x32..png</icon>',
           f'  <updated>{iso(top)}</updated>', f'  <id>{S["url"]}</id>',
           '  <link type="text/html" href="https://www.theverge.com/policy" rel="alternate"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        url = f"https://www.theverge.com/{e.get('sec_path', 'policy')}/{86120 + i * 37}/{slugify(e['h'])}"
        body = ""
        if e.get("fig"):
            body += f'<figure><img alt="" src="https://platform.theverge.com/wp-content/uploads/sites/2/2026/01/img{i}.jpg?quality=90&amp;strip=all&amp;crop=0,0,100,100" /><figcaption>{esc(e["fig"])}</figcaption></figure>'
        body += "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        out += ['  <entry>', f'    <published>{st}</published>', f'    <updated>{st}</updated>',
                f'    <title type="html">{esc(e["h"])}</title>', f'    <content type="html">{esc(body)}</content>',
                f'    <link rel="alternate" type="text/html" href="{attr(url)}"/>', f'    <id>{url}</id>',
                f'    <author>', f'      <name>{esc(e["a"])}</name>', f'    </author>', '  </entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_wired(S):
    """WIRED 'Security News This Week' round-up, text scrape. Rubric, title, dek, byline, one page stamp
    'Jan 17, 2026 9:30 AM' (no zone; WIRED prints US Eastern time), photo credit, intro about WIRED's own stories, then
    the round-up proper: one heading per item (no per-item time or byline)."""
    z = S["zone"]; pub = dt(S["published"], z)
    st = f"{SHORT_MONTHS[pub.month - 1]} {pub.day}, {pub.year} {ampm(pub)}"; S["pstamp"] = st
    L = ["Skip to main content", "", "WIRED", "Security   Politics   The Big Story   Business   Science   Culture   Reviews", "",
         "Sign In", "Subscribe", "", "Dara Quillen", "Security", st, "", S["title"], S["dek"], "",
         "Photo-Illustration: WIRED Staff; Getty Images", "", "Save this story", "Save", "Comment", ""]
    L += ptxt(S["intro"])
    L += [S["bridge"], ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Get WIRED's security newsletter, sent every Thursday. Sign up", ""]
    L += ["You Might Also Like \u2026", "", "In your inbox: Upgrade your life with WIRED-tested gear", "",
          "The spy who hacked the grid: inside a GRU operation", "", "Big Story: The drone makers racing to outbuild Russia", "",
          "Comments", "Back to top", "", "\u00a9 2026 Cond\u00e9 Nast. All rights reserved. WIRED may earn a portion of sales from products "
          "that are purchased through our site as part of our Affiliate Partnerships with retailers."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_ars(S):
    """Ars Technica section front (Policy), HTML. Cards newest first: h2 headline link, excerpt, author (rendered in
    capitals by CSS only), <time datetime="...+00:00"> showing '1/5/2026, 11:12 AM' (US Eastern, no zone printed), comment
    count bubble. JSON-LD: WebSite only."""
    z = S["zone"]; order_check(S, True)
    ld = {"@context": "https://schema.org", "@type": "WebSite", "name": "Ars Technica", "url": "https://arstechnica.com/",
          "potentialAction": {"@type": "SearchAction", "target": "https://arstechnica.com/search/?q={search_term_string}",
                              "query-input": "required name=search_term_string"}}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])}</title>',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           '<script type="application/ld+json">' + json.dumps(ld) + '</script>',
           '<style>.byline .author{text-transform:uppercase}</style></head>',
           '<body class="archive category category-tech-policy">',
           '<header class="site-header"><a class="logo" href="https://arstechnica.com/" aria-label="Ars Technica home">Ars Technica</a>',
           '<nav class="primary"><a href="/ai/">AI</a> <a href="/gadgets/">Biz &amp; IT</a> <a href="/cars/">Cars</a> '
           '<a href="/culture/">Culture</a> <a href="/gaming/">Gaming</a> <a href="/health/">Health</a> <a href="/tech-policy/">Policy</a> '
           '<a href="/science/">Science</a> <a href="/security/">Security</a> <a href="/space/">Space</a> <a href="/gadgets/">Tech</a></nav>',
           '<a class="subscribe" href="/store/product/subscriptions/">Subscribe</a> <a class="signin" href="/civis/login">Sign in</a></header>',
           '<main id="main"><h1 class="section-title">Policy</h1>', '<p class="section-dek">The law, government and the tech industry.</p>',
           '<ol class="river">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); u = d.astimezone(UTC)
        st = f"{d.month}/{d.day}/{d.year}, {ampm(d)}"; stamps.append(st)
        url = f"https://arstechnica.com/tech-policy/2026/{d.month:02d}/{slugify(e['h'])}/"
        out += [f'<li class="tease article" id="post-{2104410 - i * 113}">',
                f'<h2><a href="{attr(url)}">{esc(e["h"])}</a></h2>',
                f'<p class="excerpt">{esc(e["p"][0])}</p>' if e["p"] else '',
                f'<p class="byline"><span class="author" itemprop="name">{esc(e["a"])}</span> \u2013 '
                f'<time class="date" datetime="{u.strftime("%Y-%m-%dT%H:%M:%S+00:00")}">{st}</time></p>',
                f'<a class="comment-count" href="{attr(url)}#comments"><span class="comment-count-number">{e.get("cc", 0)}</span></a>',
                '</li>']
        if i == 2:
            out.append('<li class="ad ad--river"><div class="ad-label">Advertisement</div></li>')
        assert len(e["p"]) <= 1, "Ars cards carry one excerpt paragraph"
    out += ['</ol>', '<a class="load-more" href="/tech-policy/page/2/">Older stories</a></main>',
            '<footer class="site-footer"><a href="/about-us/">About us</a> <a href="/staff-directory/">Staff directory</a> '
            '<a href="/contact-us/">Contact us</a> <a href="/rss-feeds/">RSS feeds</a>',
            '<p>\u00a9 2026 Cond\u00e9 Nast. All rights reserved. Use of and/or registration on any portion of this site constitutes '
            'acceptance of our User Agreement and Privacy Policy and Cookie Statement and Ars Technica Addendum and Your California Privacy Rights.</p>',
            '</footer></body></html>']
    return "\n".join(x for x in out if x) + "\n", stamps


def r_techcrunch(S):
    """TechCrunch tag page ('Ukraine'), HTML. Cards newest first: category label, h3 headline link, excerpt, author link,
    <time datetime> showing '8:05 AM PST \u00b7 February 11, 2026'. Yoast-style JSON-LD @graph (CollectionPage,
    BreadcrumbList, WebSite, Organization; no per-card times)."""
    z = S["zone"]; order_check(S, True)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": "https://techcrunch.com/tag/ukraine/", "url": "https://techcrunch.com/tag/ukraine/",
         "name": S["title"], "isPartOf": {"@id": "https://techcrunch.com/#website"},
         "breadcrumb": {"@id": "https://techcrunch.com/tag/ukraine/#breadcrumb"}, "inLanguage": "en-US"},
        {"@type": "BreadcrumbList", "@id": "https://techcrunch.com/tag/ukraine/#breadcrumb",
         "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Home", "item": "https://techcrunch.com/"},
                             {"@type": "ListItem", "position": 2, "name": "Ukraine"}]},
        {"@type": "WebSite", "@id": "https://techcrunch.com/#website", "url": "https://techcrunch.com/", "name": "TechCrunch",
         "publisher": {"@id": "https://techcrunch.com/#organization"}},
        {"@type": "Organization", "@id": "https://techcrunch.com/#organization", "name": "TechCrunch", "url": "https://techcrunch.com/",
         "sameAs": ["https://x.com/techcrunch", "https://www.linkedin.com/company/techcrunch"]}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld) + '</script></head>',
           '<body class="archive tag tag-ukraine">',
           '<header class="wp-block-tc23-site-header"><a class="tc23-site-logo" href="https://techcrunch.com/">TechCrunch</a>',
           '<nav><a href="/latest/">Latest</a> <a href="/category/startups/">Startups</a> <a href="/category/venture/">Venture</a> '
           '<a href="/category/apple/">Apple</a> <a href="/category/security/">Security</a> <a href="/category/artificial-intelligence/">AI</a> '
           '<a href="/category/apps/">Apps</a> <a href="/events/">Events</a> <a href="/podcasts/">Podcasts</a> <a href="/newsletters/">Newsletters</a></nav>',
           '<button class="search-toggle">Search</button> <a class="tc-login" href="/login/">Sign In</a></header>',
           '<main><h1 class="wp-block-query-title">Ukraine</h1>', '<ul class="wp-block-post-template">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        abbr = d.tzname()
        st = f"{ampm(d)} {abbr} \u00b7 {MONTHS[d.month - 1]} {d.day}, {d.year}"; stamps.append(st)
        url = f"https://techcrunch.com/{d.year}/{d.month:02d}/{d.day:02d}/{slugify(e['h'])}/"
        out += ['<li class="wp-block-post">', '<div class="loop-card">',
                f'<a class="loop-card__cat" href="/category/{slugify(e["cat"])}/">{esc(e["cat"])}</a>',
                f'<h3 class="loop-card__title"><a class="loop-card__title-link" href="{attr(url)}">{esc(e["h"])}</a></h3>']
        out += [f'<p class="loop-card__excerpt">{esc(p)}</p>' for p in e["p"]]
        out += [f'<div class="loop-card__meta"><a class="loop-card__author" href="/author/{slugify(e["a"])}/">{esc(e["a"])}</a> '
                f'<time class="loop-card__time" datetime="{iso(d)}">{st}</time></div>', '</div>', '</li>']
        if i == 3:
            out.append('<li class="wp-block-tc-ads-ad-slot-river"><div class="ad-unit">Advertisement</div></li>')
    out += ['</ul>', '<nav class="wp-block-query-pagination"><a href="/tag/ukraine/page/2/">Next</a></nav></main>',
            '<footer><p>TechCrunch Daily News</p><p>Every weekday and Sunday, you can get the best of TechCrunch\u2019s coverage.</p>'
            '<p><a href="/about-techcrunch/">About TechCrunch</a> <a href="/staff/">Staff</a> <a href="/contact-us/">Contact Us</a> '
            '<a href="/advertise/">Advertise</a></p><p>\u00a9 2026 Yahoo. All rights reserved. Powered by WordPress VIP.</p></footer>',
            '</body></html>']
    return "\n".join(out) + "\n", stamps


def r_engadget(S):
    """Engadget RSS 2.0 (Yahoo stack): CDATA titles and descriptions, dc:creator, pubDate with +0000, category and
    media:content per item; newest first."""
    z = S["zone"]; order_check(S, True)
    top = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" version="2.0">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://www.engadget.com/</link>',
           f'<description>{esc(S["lede"])}</description>', '<language>en-US</language>',
           '<copyright>Copyright Yahoo 2026</copyright>', f'<lastBuildDate>{rfc822(top)}</lastBuildDate>',
           '<image><url>https://s.yimg.com/rz/p/yahoo_frontpage_en-US_s_f_p_205x58_frontpage.png</url><title>Engadget</title>'
           '<link>https://www.engadget.com/</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        url = f"https://www.engadget.com/{e.get('path', 'big-tech')}/{slugify(e['h'])}-{150012000 + i * 3907}.html"
        out += ['<item>', f'<title><![CDATA[{e["h"]}]]></title>',
                f'<description><![CDATA[' + "".join(f"<p>{p}</p>" for p in e["p"]) + ']]></description>',
                f'<link>{attr(url)}</link>', f'<guid isPermaLink="false">{slugify(e["h"])[:40]}-{150012000 + i * 3907}</guid>',
                f'<dc:creator><![CDATA[{e["a"]}]]></dc:creator>', f'<pubDate>{st}</pubDate>',
                f'<category><![CDATA[{e.get("cat", "Technology & Electronics")}]]></category>',
                f'<media:content height="1200" width="1800" url="https://s.yimg.com/os/creatr-uploaded-images/2026-01/img-{i}.jpg"></media:content>',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_bleeping(S):
    """BleepingComputer front page, text scrape. Top bar and menu, 'Latest news' list: headline, excerpt, then the
    meta list items each on its own line: 'By NAME', 'January 26, 2026', '10:22 AM' (US Eastern, no zone printed), comment
    count. Newest first; one sponsored card."""
    z = S["zone"]; order_check(S, True)
    L = ["BleepingComputer", "Login", "Register", "", "News   Downloads   VPNs   Virus Removal Guides   Tutorials   Deals   Forums   More", "",
         "Featured   Latest   Popular", "", "Latest news", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = ampm(d); stamps.append(st)
        L += [e.get("cat", "Security"), e["h"]] + e["p"] + [f"By {e['a']}", f"{MONTHS[d.month - 1]} {d.day}, {d.year}", st, str(e.get("cc", 0)), ""]
        assert len(e["p"]) == 1, "BleepingComputer cards carry one excerpt paragraph"
        if i == 2:
            L += ["Sponsored Content", "Why identity is the new perimeter for mid-size companies", "By Sponsored Content", "", ""]
    L += ["Load More", "", "Popular Stories", "Windows 11 update breaks file sharing for some users", "", "Newsletter Sign Up",
          "To receive periodic updates and news from BleepingComputer, please use the form below.", "",
          "Terms of Use - Privacy Policy - Ethics Statement - Affiliate Disclosure",
          "Copyright @ 2003 - 2026 Bleeping Computer\u00ae LLC - All Rights Reserved"]
    return "\n".join(L) + "\n", stamps


def r_cyberscoop(S):
    """CyberScoop (Scoop News Group, WordPress) article, HTML. Visible dateline shows the date only ('February 2, 2026');
    the time is only in the Yoast JSON-LD (NewsArticle datePublished) and the <time datetime>. Byline 'By NAME', h2 sections
    (one entry each, no per-section stamp), newsletter box and related links."""
    z = S["zone"]; pub = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": S["url"] + "#article", "headline": S["title"], "datePublished": iso(pub), "dateModified": iso(pub),
         "author": {"@type": "Person", "name": S["byline"]}, "articleSection": ["Government", "Geopolitics"],
         "publisher": {"@id": "https://cyberscoop.com/#organization"}, "mainEntityOfPage": S["url"]},
        {"@type": "Organization", "@id": "https://cyberscoop.com/#organization", "name": "CyberScoop", "url": "https://cyberscoop.com/"}]}
    vis = f"{MONTHS[pub.month - 1]} {pub.day}, {pub.year}"
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} | CyberScoop</title>',
           f'<meta property="article:published_time" content="{iso(pub)}">',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld) + '</script></head>',
           '<body class="post-template-default single single-post">',
           '<header class="site-header"><a class="site-logo" href="https://cyberscoop.com/">CyberScoop</a>',
           '<nav><a href="/news/government/">Government</a> <a href="/news/threats/">Threats</a> <a href="/news/financial/">Financial</a> '
           '<a href="/news/policy/">Policy</a> <a href="/news/geopolitics/">Geopolitics</a> <a href="/podcasts/">Podcasts</a> '
           '<a href="/events/">Events</a></nav><a class="subscribe" href="/newsletter/">Subscribe</a></header>',
           '<main><article>', '<a class="single-article__category" href="/news/geopolitics/">Geopolitics</a>',
           f'<h1 class="single-article__title">{esc(S["title"])}</h1>', f'<p class="single-article__dek">{esc(S["dek"])}</p>',
           f'<div class="single-article__meta"><span class="author">By <a href="/author/{slugify(S["byline"])}/">{esc(S["byline"])}</a></span> '
           f'<time datetime="{iso(pub)}">{vis}</time></div>',
           '<figure><img src="https://cyberscoop.com/wp-content/uploads/sites/3/2026/02/lead.jpg" alt=""><figcaption>'
           f'{esc(S["caption"])}</figcaption></figure>', '<div class="single-article__content">']
    out += [f'<p>{esc(p)}</p>' for p in S["intro"]]
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append('<div class="newsletter-signup"><p>Get CyberScoop\u2019s daily newsletter</p><input type="email" placeholder="Email address"> <button>Subscribe</button></div>')
    out += ['</div>', f'<div class="author-bio"><p>Written by {esc(S["byline"])}</p><p>{esc(S["bio"])}</p></div>', '</article>',
            '<aside class="related"><h3>Latest Podcasts</h3><a href="/podcast/safe-mode-ukraine/">Safe Mode: What four years of cyberwar taught Kyiv</a>'
            '<h3>Related</h3><a href="/news/volt-typhoon-update/">Officials say Chinese hackers still lurk in US utilities</a></aside></main>',
            '<footer class="site-footer"><p>\u00a9 2026 Scoop News Group</p><a href="/privacy-policy/">Privacy Policy</a> <a href="/about/">About</a></footer>',
            '</body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_spacenews(S):
    """SpaceNews rolling news page, HTML, oldest first. Each update opens with a line like '10:42 a.m. Eastern' (the
    SpaceNews 'Updated 3:40 p.m. Eastern' convention), a bold headline, the body and a reporter signature. Date printed
    once under the title; NewsArticle JSON-LD with the first and last update times."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": iso(first),
          "dateModified": iso(last), "author": [{"@type": "Person", "name": n} for n in S["authors"]],
          "publisher": {"@type": "Organization", "name": "SpaceNews", "logo": {"@type": "ImageObject", "url": "https://spacenews.com/logo.png"}}}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} - SpaceNews</title>',
           '<script type="application/ld+json">' + json.dumps(ld) + '</script></head><body>',
           '<div class="top-bar"><a href="/subscribe/">Subscribe</a> <a href="/newsletters/">Newsletters</a> <a href="/events/">Events</a></div>',
           '<header><a class="logo" href="https://spacenews.com/">SpaceNews</a><nav><a href="/section/launch/">Launch</a> '
           '<a href="/section/commercial/">Commercial</a> <a href="/section/military/">Military</a> <a href="/section/civil/">Civil</a> '
           '<a href="/section/policy-politics/">Policy &amp; Politics</a> <a href="/section/opinion/">Opinion</a></nav></header>',
           '<main><article>', '<div class="category"><a href="/section/military/">Military</a></div>',
           f'<h1>{esc(S["title"])}</h1>', f'<p class="dek">{esc(S["dek"])}</p>',
           f'<p class="byline">by {" and ".join(esc(n) for n in S["authors"])} \u2014 {MONTHS[first.month - 1]} {first.day}, {first.year}</p>',
           f'<p class="note"><em>{esc(S["note"])}</em></p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, dots=True)} Eastern"; stamps.append(st)
        out += [f'<section class="update" id="u{i + 1}">', f'<p class="update-time">{st}</p>', f'<h3><strong>{esc(e["h"])}</strong></h3>']
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out += [f'<p class="sig">\u2014 {esc(e["a"])}</p>', '</section>']
        if i == 2:
            out.append('<aside class="promo"><p>Get the SpaceNews Military Space newsletter every Thursday.</p><a href="/newsletters/">Sign up</a></aside>')
    out += ['</article>', '<aside class="related"><h4>Related</h4><a href="/space-force-budget-2027/">Space Force budget request grows again</a></aside></main>',
            '<footer><p>\u00a9 2026 SpaceNews. All rights reserved.</p><a href="/privacy-policy/">Privacy</a> <a href="/contact/">Contact</a></footer>',
            '</body></html>']
    return "\n".join(out) + "\n", stamps


def r_darkreading(S):
    """Dark Reading (Informa TechTarget) 'Latest news' list, text scrape. Cards: topic label, headline, summary, 'NAME, ROLE',
    date only ('Feb 23, 2026'), 'N Min Read'. No clock times anywhere: published is the date only."""
    L = ["Dark Reading", "", "Cybersecurity Topics   World   The Edge   DR Technology   Events   Resources", "", "SUBSCRIBE", "",
         "Latest News", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], S["zone"]); st = f"{SHORT_MONTHS[d.month - 1]} {d.day}, {d.year}"; stamps.append(st)
        assert len(e["p"]) == 1
        L += [e["cat"], e["h"], e["p"][0], f"{e['a']}, {e['role']}", st, f"{e.get('mins', 4)} Min Read", ""]
        if i == 3:
            L += ["Webinar", "Securing OT in a Converged World \u2014 Register Now", ""]
    L += ["Keep up with the latest cybersecurity threats, newly discovered vulnerabilities, data breach information, and emerging trends.",
          "Subscribe", "", "About Us   Advertise   Contact Us   Reprints", "Copyright \u00a9 2026 TechTarget, Inc. d/b/a Informa TechTarget. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_restofworld(S):
    """Rest of World dispatch round-up, text scrape. Header, title, dek, page date line with time and zone, then one
    section per country: heading, dateline place, 'By NAME' (per-section reporter), paragraphs. No per-section stamp."""
    z = S["zone"]; pub = dt(S["published"], z)
    st = f"{MONTHS[pub.month - 1]} {pub.day}, {pub.year} \u00b7 {ampm(pub)} {pub.tzname().replace('EDT', 'ET').replace('EST', 'ET')}"
    S["pstamp"] = st
    L = ["Rest of World", "Reporting Global Tech Stories", "", "Latest   Labor   Platforms   Finance   Culture   Climate   Newsletters   About", "",
         "Dispatches", S["title"], S["dek"], "", st, "", "Illustration by Rest of World", ""]
    L += ptxt(S["intro"])
    for i, e in enumerate(S["entries"]):
        L += [e["h"], e["place"], f"By {e['a']}", ""] + ptxt(e["p"])
        if i == 2:
            L += ["Sign up for Rest of World\u2019s newsletters", "Our reporters on how tech is shaping the world beyond the West.", ""]
    L += ["Read more", "", "Rest of World is a nonprofit publication. Support our journalism.", "",
          "About   Team   Careers   Contact   Privacy Policy", "\u00a9 2026 Rest of World"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def B(e, **kw):
    e.update(kw)
    return e


SEEDS = []

# ================================================================ PART A: ten real outlets' layouts (own words, invented events)

# ---------------------------------------------------------------- 13500 The Verge (Atom)
SEEDS.append(dict(
  id="13500", name="13500_theverge-policyatom", ext="xml", source="The Verge", zone="America/New_York", render=r_verge_atom,
  title="The Verge -  Policy Posts", url="https://www.theverge.com/rss/policy/index.xml",
  basis="Atom <published> '{s}' (explicit -05:00 offset, US Eastern winter time); local {d} in {z}",
  notes="The Verge section feed (Atom 1.0), newest first, seconds in the stamps, <author><name> per entry, escaped HTML content; the "
        "page title keeps the Verge's double space ('The Verge -  Policy Posts'). Entry 13500-01 content opens with a <figure> whose "
        "<figcaption> is a photo credit (not a body paragraph). Two gadget posts (13500-04 CES preview, 13500-06 favourite gadgets) are "
        "off the war. All times fall on 1 January 2026 in both Eastern time and UTC.",
  not_entries=["feed title, icon, id, updated and alternate link", "figure/figcaption photo credit inside 13500-01 content",
               "each entry's link and id elements"],
  entries=[
  E("2026-01-01 17:40:12", "Russia opened 2026 with a drone barrage on Ukraine\u2019s power grid",
    ["Russia launched more than 200 drones and a dozen missiles at Ukraine overnight into New Year\u2019s Day, hitting power plants and substations in the Odesa and Kharkiv regions and leaving about 600,000 households without electricity, according to Ukraine\u2019s energy ministry.",
     "A 62-year-old woman was killed when debris fell on a house in the Odesa region, local officials said. Grid operator Ukrenergo said emergency outages would continue through the weekend while crews repair damaged equipment in freezing temperatures.",
     "Ukraine\u2019s air force said it shot down or jammed 176 of the drones, many of them with the small interceptor drones Kyiv has been handing out to cities since last year."],
    "strikes", "strikes", 3, "russian-new-year-drone-barrage-energy-2026-01-01", a="Marisol Eckhart",
    fig="A repair crew at a damaged substation in the Odesa region. Photo: Anadolu via Getty Images", n="deadly, large strike"),
  E("2026-01-01 15:10:47", "SpaceX is blocking Starlink terminals that haven\u2019t been registered in Ukraine",
    ["SpaceX has started cutting off Starlink terminals near the front line that are not on a list approved by Ukraine\u2019s defense ministry, a move meant to stop Russian units from using smuggled dishes to guide their drones.",
     "Ukrainian officials had complained for months that Russian troops were buying terminals through third countries. Ukrainian units now register their terminals through a government portal, and soldiers told The Verge the process took about a day."],
    "other", "security", 2, "starlink-unregistered-terminal-block-ukraine", a="Nadia Ferrante"),
  E("2026-01-01 13:25:03", "Russia is throttling Telegram in regions bordering Ukraine",
    ["Russia\u2019s internet regulator Roskomnadzor has slowed Telegram to a crawl in the Belgorod, Kursk and Bryansk regions, saying Ukrainian intelligence uses the app to recruit saboteurs and spot targets for drone strikes.",
     "Residents reported that voice calls stopped working entirely on Wednesday and that videos would not load. The regulator has been steering Russians toward Max, a state-backed messenger that must now come preinstalled on new phones."],
    "other", "security", 2, "russia-throttles-telegram-border-regions", a="Nadia Ferrante"),
  OFF("2026-01-01 11:50:29", "The gadgets we\u2019re most excited to see at CES 2026",
    ["CES opens in Las Vegas next week, and we already have a good idea of what to expect: brighter TVs, a fresh wave of AI laptops and more robots that promise to fold your laundry.",
     "Here is what The Verge\u2019s team will be watching for on the show floor."],
    "ces-2026-preview", a="Jules Okafor", n="CES preview", sec_path="tech"),
  E("2026-01-01 10:05:41", "Denmark is paying for Ukraine\u2019s cheap interceptor drones",
    ["Denmark will spend about 600 million kroner on Ukrainian-made interceptor drones for Ukraine\u2019s air defense units, the Danish defense ministry said on Thursday.",
     "The small, fast drones cost a few thousand dollars each and are built to ram Russian Shahed-type drones in midair. Ukraine says they now account for a growing share of its kills, saving expensive missiles for ballistic and cruise threats."],
    "aid", "aid", 2, "denmark-funds-ukrainian-interceptor-drones", a="Marisol Eckhart"),
  OFF("2026-01-01 08:30:15", "Our favorite gadgets of 2025, ranked by how much we actually used them",
    ["Every year we test hundreds of products, and most of them go back in the box. These are the ones that stayed on our desks, in our bags and on our wrists long after the review was published."],
    "verge-favorite-gadgets-2025", a="Tobias Wren", n="year-end gadget list", sec_path="tech"),
  E("2026-01-01 07:15:58", "Zelensky says a peace deal is \u201890 percent ready\u2019 in New Year\u2019s address",
    ["Ukrainian President Volodymyr Zelensky said in his New Year\u2019s address that a peace agreement with Russia was about 90 percent ready, but warned that the remaining 10 percent, covering territory and security guarantees, would decide the fate of Ukraine and Europe.",
     "The speech, posted to YouTube and Telegram shortly before midnight in Kyiv, came as American, Ukrainian and European negotiators prepare another round of talks in January."],
    "diplomacy", "diplomacy", 3, "zelensky-new-year-address-peace-deal", a="Tobias Wren", n="head of state sets a diplomatic position"),
  ]))

# ---------------------------------------------------------------- 13501 WIRED (text round-up)
SEEDS.append(dict(
  id="13501", name="13501_wired-securitynews", ext="txt", source="Wired", zone="America/New_York", render=r_wired,
  published="2026-01-17 09:30",
  title="Security News This Week: Poland Says Russian Hackers Tried to Sabotage Its Wind Farms",
  dek="Plus: Ukraine\u2019s spies claim a wiper attack on a Russian drone maker, GPS jamming keeps snarling Baltic flights, and more.",
  intro=["This week, WIRED went inside the workshops where Ukrainian volunteers assemble thousands of first-person-view drones a month, and found a supply chain that still leans on Chinese parts despite Kyiv\u2019s push to make everything at home.",
         "We also looked at how a popular password manager handled a flawed update, and explained what a new federal rule means for the data brokers that sell your location."],
  bridge="But that\u2019s not all. Each week, we round up the security and privacy news we didn\u2019t cover in depth ourselves. Click on the headlines to read the full stories. And stay safe out there.",
  basis="no per-item stamp; the page's only stamp 'Jan 17, 2026 9:30 AM' (no zone printed; WIRED prints US Eastern time, EST = UTC-5) applies to every section; local {d} in {z}",
  notes="WIRED weekly security round-up (text scrape). Header chrome, byline 'Dara Quillen', rubric 'Security', one page stamp 'Jan 17, 2026 9:30 AM' "
        "(no zone; home zone America/New_York), title, dek, photo credit, two intro paragraphs about WIRED's own stories and the 'But that\u2019s not all' "
        "bridge paragraph: none of these are entries. Each heading after the bridge is one entry (stamp null, published = page time, author = page "
        "byline). 13501-04 (a US health-insurer breach) is off the war.",
  not_entries=["skip link, WIRED nav, Sign In / Subscribe", "byline 'Dara Quillen', rubric 'Security' and the page stamp", "title and dek",
               "photo credit 'Photo-Illustration: WIRED Staff; Getty Images'", "'Save this story', 'Save', 'Comment' buttons",
               "two intro paragraphs about WIRED's own stories of the week", "bridge paragraph 'But that\u2019s not all. ...'",
               "newsletter promo after the third item", "'You Might Also Like' links", "footer"],
  entries=[
  E("2026-01-17 09:30", "Poland Says Russian Military Hackers Tried to Sabotage Its Wind Farms",
    ["Polish officials said this week that hackers working for Russia\u2019s military intelligence agency broke into the control systems of two wind farms and a combined heat and power plant in late December, in what the digital affairs minister called the most serious attempt yet to cause a blackout in the country.",
     "The intruders were spotted before they could shut down turbines, according to the ministry, which said the operation bore the hallmarks of the GRU unit known as Sandworm. Poland has been the main hub for weapons deliveries to Ukraine since 2022, and its officials have repeatedly warned that Moscow is probing its infrastructure."],
    "other", "security", 2, "poland-wind-farm-hack-attempt-gru", a="Dara Quillen"),
  E("2026-01-17 09:30", "Ukraine\u2019s Military Intelligence Claims It Wiped Servers at a Russian Drone Maker",
    ["Ukraine\u2019s HUR intelligence agency said its hackers destroyed more than 40 terabytes of design files and production data at a company in Russia\u2019s Tatarstan region that assembles attack drones, and posted screenshots it said showed the firm\u2019s internal systems.",
     "The claim could not be independently verified. Ukrainian agencies have published several similar claims since the full-scale invasion, sometimes timed to coincide with physical strikes on the same facilities."],
    "other", "security", 2, "hur-wiper-attack-russian-drone-maker", a="Dara Quillen"),
  E("2026-01-17 09:30", "GPS Jamming Blamed on Russia Keeps Disrupting Flights Around the Baltic",
    ["Airlines flying over Estonia, Latvia and Finland reported lost or spoofed satellite navigation signals on hundreds of flights in the first two weeks of January, according to data compiled by a flight-tracking service.",
     "Baltic governments blame the interference on transmitters in Russia\u2019s Kaliningrad exclave and around St. Petersburg. Pilots can fall back on ground-based navigation aids, but regulators worry about the growing number of incidents."],
    "other", "security", 2, "baltic-gps-jamming-flights-2026-01", a="Dara Quillen"),
  OFF("2026-01-17 09:30", "A Health Insurer Breach Exposed Data on Nearly 9 Million People",
    ["A US health insurance company disclosed that attackers stole names, Social Security numbers and claims data belonging to almost 9 million customers after breaking into a third-party billing vendor last fall.",
     "The company said it had found no evidence the data had been published, but a ransomware group has listed it on its leak site."],
    "health-insurer-billing-vendor-breach", a="Dara Quillen", n="US data breach"),
  E("2026-01-17 09:30", "German Prosecutors Say a Telegram Channel Recruiting Saboteurs Was Run From Russia",
    ["Federal prosecutors in Germany charged three men with planning arson attacks on rail lines used to move military equipment, saying they were recruited through a Telegram channel that offered cash for \u201csmall jobs\u201d and was administered from Russia.",
     "Investigators say the scheme resembles others uncovered in Poland and the Baltic states, in which Russian handlers hire people online for a few hundred euros per task."],
    "other", "security", 2, "germany-rail-sabotage-telegram-recruits", a="Dara Quillen"),
  E("2026-01-17 09:30", "US Treasury Sanctions Companies Supplying Chips for Russia\u2019s Attack Drones",
    ["The US Treasury Department sanctioned 14 companies in China, Hong Kong and the United Arab Emirates that it says shipped microelectronics used in the Geran drones Russia launches at Ukrainian cities almost every night.",
     "Researchers who examine wreckage of the drones have found Western-designed chips in nearly every one, many of them bought through distributors that change names after each round of sanctions."],
    "diplomacy", "diplomacy", 2, "us-treasury-sanctions-drone-chip-suppliers", a="Dara Quillen", sec=["aid"]),
  ]))

# ---------------------------------------------------------------- 13502 Ars Technica (HTML section front)
SEEDS.append(dict(
  id="13502", name="13502_arstechnica-policy", ext="html", source="Ars Technica", zone="America/New_York", render=r_ars,
  title="Policy - Ars Technica",
  basis="visible '{s}' in <time datetime> (US Eastern, EST = UTC-5; no zone printed; the datetime attribute carries the UTC instant); local {d} in {z}",
  notes="Ars Technica Policy section front (HTML), newest first. Each card: h2 headline link, one excerpt paragraph, author (the capitals come from CSS "
        "only: the HTML text is mixed case), '1/5/2026, 11:12 AM' in <time datetime=...+00:00>, comment count bubble (a bare number, not part of the body). "
        "JSON-LD is a WebSite node only. An advertisement slot follows the third card. 13502-03 (New York congestion pricing) is off the war.",
  not_entries=["header logo and section nav, Subscribe / Sign in", "section title 'Policy' and dek", "comment-count numbers on each card",
               "'Advertisement' slot after the third card", "'Older stories' link", "footer"],
  entries=[
  E("2026-01-05 16:12", "Russia\u2019s jet-powered drones are outrunning Ukraine\u2019s cheap interceptors",
    ["Ukraine\u2019s air force says Russia has started mixing dozens of jet-powered Geran-3 drones into its nightly raids, and at about 350 km/h they are too fast for most of the propeller-driven interceptor drones Kyiv has come to rely on."],
    "strikes", "strikes", 2, "russian-jet-drones-outpace-interceptors", a="Colin Pratt", cc=214),
  E("2026-01-05 13:40", "Russian missiles knock out a Kyiv power plant as temperatures drop to -15\u00b0C",
    ["A combined missile and drone attack before dawn on Monday hit a thermal power plant that heats districts on Kyiv\u2019s left bank, and city officials say two people were killed and 19 hurt across the capital."],
    "strikes", "strikes", 3, "kyiv-thermal-plant-strike-2026-01-05", a="Maren Holt", cc=387, n="deadly strike"),
  OFF("2026-01-05 12:05", "Congestion pricing raised $550 million in its first year, New York says",
    ["One year after New York began charging drivers to enter lower Manhattan, transit officials say the toll has cut traffic by about 10 percent and brought in more than half a billion dollars for subway repairs."],
    "nyc-congestion-pricing-first-year", a="Dev Ramaswamy", n="US transport policy", cc=512),
  E("2026-01-05 10:30", "Baltic states place first orders for a \u2018drone wall\u2019 built on Ukrainian designs",
    ["Estonia, Latvia and Lithuania have signed contracts worth a combined \u20ac120 million for radar-cued interceptor drones adapted from systems Ukraine developed to stop Russian Shaheds, the first purchases under the EU\u2019s eastern-flank drone defense plan."],
    "other", "security", 2, "baltic-drone-wall-first-contracts", a="Maren Holt", cc=96, n="procurement by non-parties"),
  E("2026-01-05 08:50", "Ukraine\u2019s Diia app will now show men their military registration status",
    ["Ukrainian men aged 18 to 60 will be able to see their military registration data and any call-up notices in Diia, the government\u2019s all-purpose smartphone app, starting this month, the digital transformation ministry said."],
    "other", "politics", 2, "diia-military-registration-status", a="Dev Ramaswamy", cc=58),
  E("2026-01-05 07:15", "US clears $1.1 billion Patriot sale for Ukraine, with European allies picking up the tab",
    ["The State Department has approved the sale of Patriot interceptors and radar spare parts to Ukraine worth about $1.1 billion, paid for by European NATO members through the alliance\u2019s arrangement for buying American weapons for Kyiv."],
    "aid", "aid", 3, "us-patriot-sale-ukraine-nato-funded", a="Colin Pratt", cc=341, n="major arms transfer"),
  ]))

# ---------------------------------------------------------------- 13503 TechCrunch (HTML tag page)
SEEDS.append(dict(
  id="13503", name="13503_techcrunch-ukrainetag", ext="html", source="TechCrunch", zone="America/Los_Angeles", render=r_techcrunch,
  title="Ukraine | TechCrunch",
  basis="visible '{s}' in <time datetime> (Pacific time printed as PST = UTC-8); local {d} in {z}",
  notes="TechCrunch tag page 'Ukraine' (HTML), newest first. Each loop card: category label (chrome), h3 headline, excerpt paragraph(s), author link and "
        "'8:05 AM PST \u00b7 February 11, 2026' (TechCrunch prints Pacific time with the zone abbreviation). Yoast @graph JSON-LD (CollectionPage, "
        "BreadcrumbList, WebSite, Organization) has no per-card dates. 13503-03 (a fintech layoff) is off the war.",
  not_entries=["header logo and nav, Search, Sign In", "tag title 'Ukraine'", "category labels on each card (Venture, Security, Fintech, ...)",
               "'Advertisement' slot after the fourth card", "'Next' pagination", "footer with the TechCrunch Daily News promo"],
  entries=[
  E("2026-02-11 15:20", "Ukrainian drone startup Tarnavia raises $48M as European defense funds pile in",
    ["Tarnavia, a Kyiv-based company that builds autonomous guidance kits for strike drones, has raised $48 million in a Series B round led by a group of European defense-focused funds, the company told TechCrunch.",
     "The startup says its kits are already installed on tens of thousands of drones used by Ukrainian units and that it plans to open a second production site in Poland."],
    "other", "security", 2, "tarnavia-drone-startup-funding", a="Rhea Castellano", cat="Venture"),
  E("2026-02-11 13:10", "Russian hackers are phishing Ukrainian soldiers with fake Signal device-linking codes",
    ["Google\u2019s threat intelligence team says a Russian state-backed group has been sending Ukrainian troops malicious QR codes that, when scanned, quietly link the victim\u2019s Signal account to a device controlled by the hackers.",
     "The lures are dressed up as group invitations from commanders or as security alerts from Signal itself."],
    "other", "security", 2, "russian-signal-qr-phishing-ukrainian-soldiers", a="Lorenzo Vidal", cat="Security"),
  OFF("2026-02-11 11:30", "Payments startup Paylark cuts 20% of staff as it chases profitability",
    ["Paylark, the London-based startup that offers instant payouts to gig workers, is laying off about 20% of its 400 employees, its co-founder said in a memo seen by TechCrunch."],
    "paylark-layoffs", a="Megan Sato", n="fintech layoffs", cat="Fintech"),
  E("2026-02-11 09:55", "EU agrees \u20ac1.5B fund to buy drones and counter-drone tech, with a share set aside for Ukraine",
    ["European Union governments agreed on Wednesday to create a \u20ac1.5 billion fund for joint purchases of drones and counter-drone systems, with at least a third earmarked for Ukraine\u2019s armed forces, according to the European Commission."],
    "aid", "aid", 3, "eu-drone-fund-ukraine-share", a="Rhea Castellano", cat="Government & Policy", n="major aid package"),
  E("2026-02-11 08:05", "Russian missile strike on Lutsk hits a plant making drone components, killing two",
    ["A Russian missile attack early on Wednesday struck an industrial site in the western Ukrainian city of Lutsk that made electronic components for drones, killing two workers and injuring nine, regional officials said.",
     "The company, which asked that its name not be published, said production would resume at a backup site within weeks."],
    "strikes", "strikes", 3, "lutsk-missile-strike-drone-plant-2026-02-11", a="Lorenzo Vidal", cat="Hardware", n="deadly strike"),
  E("2026-02-11 06:20", "Meta takes down a network of fake Ukrainian \u2018war bloggers\u2019 run from Russia",
    ["Meta said it removed about 300 Facebook and Instagram accounts posing as Ukrainian soldiers and their relatives, which it traced to a marketing firm in St. Petersburg working to spread claims that Kyiv was about to give up territory."],
    "other", "security", 2, "meta-removes-fake-ukrainian-war-bloggers", a="Megan Sato", cat="Social"),
  ]))

# ---------------------------------------------------------------- 13504 Engadget (RSS)
SEEDS.append(dict(
  id="13504", name="13504_engadget-rss", ext="xml", source="Engadget", zone="UTC", render=r_engadget,
  title="Engadget is a web magazine with obsessive daily coverage of everything new in gadgets and consumer electronics",
  lede="Engadget is a web magazine with obsessive daily coverage of everything new in gadgets and consumer electronics",
  basis="RSS pubDate '{s}' (explicit +0000 offset); local {d} in {z}",
  notes="Engadget main RSS 2.0 feed (Yahoo stack): CDATA titles, descriptions and dc:creator, pubDate with +0000, a category and media:content per item; "
        "newest first. The channel title is Engadget's long tagline. Three items are CES/gadget posts off the war (13504-01, -03, -06).",
  not_entries=["channel title, link, description, language, copyright, lastBuildDate, image", "item link, guid, category and media:content elements"],
  entries=[
  OFF("2026-01-04 21:15:00", "How to watch Samsung\u2019s CES 2026 press conference",
    ["Samsung will hold its CES press event on Monday in Las Vegas, where it is expected to show new TVs, appliances and its latest home robot. Here is when it starts and where to stream it."],
    "samsung-ces-2026-how-to-watch", a="Ivy Calloway", n="CES livestream guide", cat="Entertainment", path="entertainment"),
  E("2026-01-04 19:40:00", "Ukraine says its fiber-optic drones now reach 40 kilometers behind Russian lines",
    ["Ukraine\u2019s unmanned systems forces say new fiber-optic controlled drones, which cannot be jammed because they trail a thin glass cable, have hit Russian supply trucks as far as 40 kilometers behind the front line.",
     "Both sides have raced to extend the range of such drones since Russia fielded them at scale in the Kursk region in 2024. The longer spools add weight, so the new models carry smaller warheads."],
    "strikes", "strikes", 2, "ukraine-fiber-optic-drones-range", a="Theo Marchetti", cat="Military"),
  OFF("2026-01-04 17:05:00", "LG\u2019s new OLED TVs promise to be twice as bright as last year\u2019s",
    ["LG says its 2026 OLED lineup uses a new panel design that doubles peak brightness on its flagship models, and that the TVs will get five years of software updates."],
    "lg-2026-oled-tvs", a="Ivy Calloway", n="TV announcement", cat="Home Entertainment", path="home"),
  E("2026-01-04 14:30:00", "Russian drone strike kills four in Kharkiv as Ukraine warns of jam-resistant models",
    ["A Russian drone hit a nine-story apartment building in Kharkiv on Sunday afternoon, killing four people and wounding 11, the city\u2019s mayor Ihor Terekhov said.",
     "Ukrainian officials said wreckage suggested the drone used a mesh radio modem that let operators steer it around jamming, a feature increasingly found on Russia\u2019s Geran models."],
    "strikes", "strikes", 3, "kharkiv-drone-strike-2026-01-04", a="Theo Marchetti", cat="Military", n="deadly strike"),
  E("2026-01-04 12:10:00", "Google Maps will blur more military sites in Ukraine at Kyiv\u2019s request",
    ["Google has agreed to lower the resolution of satellite imagery over several dozen Ukrainian military and energy sites after a request from Ukraine\u2019s defense ministry, which says Russia uses public maps to plan strikes."],
    "other", "security", 2, "google-maps-blurs-ukraine-sites", a="Sasha Brennan", cat="Internet"),
  OFF("2026-01-04 10:20:00", "The best smart home gadgets for 2026",
    ["Whether you want smarter lights, a video doorbell or a thermostat that learns your schedule, these are the devices we recommend after months of testing."],
    "best-smart-home-gadgets-2026", a="Sasha Brennan", n="buying guide", cat="Home", path="home"),
  E("2026-01-04 08:45:00", "Japan is sending Ukraine more portable power stations to get through blackouts",
    ["Japan will send about 4,000 portable power stations and 120 large generators to Ukraine this winter through its development agency, to keep hospitals, schools and water pumps running during blackouts caused by Russian strikes."],
    "aid", "aid", 2, "japan-power-stations-ukraine", a="Theo Marchetti", cat="Energy"),
  ]))

# ---------------------------------------------------------------- 13505 BleepingComputer (text front page)
SEEDS.append(dict(
  id="13505", name="13505_bleepingcomputer-latest", ext="txt", source="BleepingComputer", zone="America/New_York", render=r_bleeping,
  title=None,
  basis="time line '{s}' under the date line of the same card (US Eastern, EST = UTC-5; no zone printed); local {d} in {z}",
  notes="BleepingComputer front page 'Latest news' (text scrape), newest first. Each card: category label (chrome), headline, one excerpt paragraph, then "
        "the meta items each on its own line: 'By NAME', 'January 26, 2026', the time '10:22 AM' (no zone; home zone America/New_York) and the "
        "comment count (a bare number). The stamp recorded is the time line; the date comes from the line above it. No page title line is captured "
        "(page_title null). A 'Sponsored Content' card after the third entry is not an entry. 13505-02 (dental chain ransomware) and 13505-06 (Chrome "
        "zero-day) are off the war.",
  not_entries=["site name, Login/Register, menu, 'Featured Latest Popular' tabs, 'Latest news' heading", "category label above each headline",
               "comment counts", "'Sponsored Content' card after the third entry", "'Load More', 'Popular Stories' and its link",
               "newsletter sign-up text", "footer links and copyright"],
  entries=[
  E("2026-01-26 17:45", "Russian hackers hit Ukrainian grain exporters with new \u2018ZeroCrop\u2019 wiper",
    ["A Russian state-sponsored hacking group has been deploying a previously unseen data-wiping malware named ZeroCrop against Ukrainian agricultural exporters, erasing files on servers that handle logistics and port bookings."],
    "other", "security", 2, "zerocrop-wiper-ukraine-grain-exporters", a="Radu Marinescu", cc=4),
  OFF("2026-01-26 15:30", "Ransomware gang claims attack on US dental services chain",
    ["The Nightjar ransomware operation has claimed responsibility for a cyberattack that disrupted appointments at more than 200 dental offices across the United States last week."],
    "nightjar-ransomware-dental-chain", a="Paul Kerrigan", n="ransomware", cc=11),
  E("2026-01-26 13:05", "CERT-UA warns of phishing emails posing as Ukraine\u2019s Defense Ministry",
    ["Ukraine\u2019s computer emergency response team, CERT-UA, is warning of a phishing campaign that impersonates the Ministry of Defense to infect government and military computers with a remote access trojan hidden in fake mobilization documents."],
    "other", "security", 2, "cert-ua-defense-ministry-phishing", a="Radu Marinescu", cc=0),
  E("2026-01-26 11:40", "Police take down pro-Russian DDoS network that targeted European election sites",
    ["Law enforcement agencies in seven countries have disrupted the infrastructure of a pro-Russian hacktivist group that launched denial-of-service attacks on government and election websites in countries supporting Ukraine, Europol announced today."],
    "other", "security", 2, "europol-pro-russian-ddos-takedown", a="Paul Kerrigan", cc=7),
  E("2026-01-26 10:22", "Russian strike on Odesa knocks out Kyivstar mobile service for 300,000 users",
    ["Ukrainian telecom operator Kyivstar says a Russian missile and drone attack on Odesa early Monday damaged power equipment and base stations, leaving about 300,000 subscribers without mobile service for several hours."],
    "strikes", "strikes", 2, "odesa-strike-kyivstar-outage-2026-01-26", a="Lena Armitage", cc=2, cat="Technology", n="strike without deaths"),
  OFF("2026-01-26 08:50", "Google fixes Chrome zero-day exploited in attacks",
    ["Google has released an emergency Chrome update to fix a high-severity vulnerability in the V8 JavaScript engine that it says is being exploited in the wild."],
    "chrome-zero-day-fix-2026-01", a="Lena Armitage", n="browser patch", cc=3, cat="Google"),
  E("2026-01-26 07:15", "US sanctions Russian hosting provider linked to GRU hacking operations",
    ["The US Treasury has sanctioned a Russian bulletproof hosting provider that it says rented servers to GRU hackers behind attacks on Ukrainian infrastructure and to several ransomware gangs."],
    "diplomacy", "diplomacy", 2, "us-sanctions-russian-hosting-provider-gru", a="Radu Marinescu", cc=1),
  ]))

# ---------------------------------------------------------------- 13506 CyberScoop (HTML article with sections)
SEEDS.append(dict(
  id="13506", name="13506_cyberscoop-article", ext="html", source="CyberScoop", zone="America/New_York", render=r_cyberscoop,
  published="2026-02-02 11:45", url="https://cyberscoop.com/russia-ukraine-cyberwar-week-developments/",
  title="What we\u2019re watching in Russia\u2019s cyberwar on Ukraine this week",
  dek="Arrests in Kyiv, fresh money for Ukraine\u2019s IT coalition and a railway hack in Czechia point to a conflict that keeps spreading beyond the front line.",
  byline="Tamsin Greer", bio="Tamsin Greer covers cybersecurity policy and nation-state hacking for CyberScoop.",
  caption="A Ukrainian cyber police officer at work in Kyiv. (Image: Getty Images)",
  intro=["Russia\u2019s cyber operations against Ukraine rarely make headlines on their own anymore, but the past week was a reminder of how wide the campaign has become. Here are the developments CyberScoop is tracking."],
  basis="no per-section stamp; the visible dateline 'February 2, 2026' gives the date only, the time comes from the page's JSON-LD datePublished and "
        "<time datetime> ({d} US Eastern, EST = UTC-5); local {d} in {z}",
  notes="CyberScoop article (HTML) with five h2 sections, one entry each (stamp null). The visible dateline shows only 'February 2, 2026'; the publication "
        "time 11:45 EST is only machine-readable (Yoast NewsArticle datePublished 2026-02-02T11:45:00-05:00, article:published_time meta and the "
        "<time datetime> attribute). Byline 'By Tamsin Greer' is used as every entry's author. Intro paragraph, newsletter box, author bio and related "
        "links are not entries.",
  not_entries=["header nav and Subscribe", "category label 'Geopolitics'", "title and dek", "byline and date line", "photo caption",
               "intro paragraph before the first h2", "newsletter box after the second section", "author bio 'Written by ...'",
               "'Latest Podcasts' and 'Related' links", "footer"],
  entries=[
  E("2026-02-02 11:45", "Kyiv arrests administrators of a pro-Kremlin hacking forum",
    ["Ukraine\u2019s cyber police said they detained two men in Kharkiv and Dnipro who allegedly ran an underground forum where hackers traded access to Ukrainian government networks and offered it to Russian intelligence services.",
     "Officials said the forum had about 6,000 registered users and that investigators seized servers holding stolen credentials from dozens of agencies."],
    "other", "security", 2, "kyiv-arrests-pro-kremlin-forum-admins", a="Tamsin Greer"),
  E("2026-02-02 11:45", "NATO allies put \u20ac40 million more into Ukraine\u2019s IT coalition",
    ["A group of NATO countries led by Estonia and Luxembourg said they would add \u20ac40 million to the coalition that buys software licenses, network equipment and cyber training for Ukraine\u2019s government, bringing its total to more than \u20ac250 million.",
     "Ukrainian officials have said the money is most urgently needed to replace hardware destroyed in missile strikes on data centers."],
    "aid", "aid", 2, "ukraine-it-coalition-new-funding", a="Tamsin Greer"),
  E("2026-02-02 11:45", "Czech officials blame GRU hackers for railway signaling outage",
    ["The Czech rail infrastructure agency said a two-hour outage of signaling systems on a line near Ostrava last week was caused by an intrusion it attributes to Russia\u2019s military intelligence service.",
     "The line carries freight to Poland, including, according to Czech media, military equipment bound for Ukraine."],
    "other", "security", 2, "czech-railway-signaling-hack-gru", a="Tamsin Greer"),
  E("2026-02-02 11:45", "Senators press the administration on lapsed cyber support for Kyiv",
    ["A bipartisan group of senators wrote to the State Department asking why US funding for cyber assistance to Ukraine was allowed to lapse last year, and urged officials to restore it in the next budget.",
     "The letter argues that defending Ukrainian networks has given American agencies early warning of Russian tools later used against US targets."],
    "aid", "aid", 2, "us-senators-ukraine-cyber-aid-letter", a="Tamsin Greer"),
  E("2026-02-02 11:45", "Influence operation impersonates European news sites to smear Ukrainian refugees",
    ["Researchers at a European disinformation lab said they found more than 70 websites mimicking outlets in Germany, France and Poland that published fabricated stories about crimes committed by Ukrainian refugees.",
     "The sites reuse infrastructure previously linked to the Russian campaign known as Doppelganger, the researchers said."],
    "other", "security", 2, "doppelganger-style-refugee-smear-sites", a="Tamsin Greer"),
  ]))

# ---------------------------------------------------------------- 13507 SpaceNews (HTML rolling updates)
SEEDS.append(dict(
  id="13507", name="13507_spacenews-militaryupdates", ext="html", source="SpaceNews", zone="America/New_York", render=r_spacenews,
  title="Live updates: military space developments tied to the war in Ukraine",
  dek="Launches, satellite services and strikes on space infrastructure, updated through the day.",
  note="This page is updated through the day. Times are Eastern.", authors=["Harlan Meeks", "Sonia Drach"],
  basis="update line '{s}' (US Eastern; EDT = UTC-4 since 8 March) on the date printed in the byline line 'March 11, 2026'; local {d} in {z}",
  notes="SpaceNews rolling page (HTML), oldest first. One date in the byline line ('by Harlan Meeks and Sonia Drach \u2014 March 11, 2026'); each "
        "update opens with '10:42 a.m. Eastern', then a bold h3 headline, body and a signature '\u2014 NAME' (author). US daylight time began on "
        "8 March 2026, so Eastern = UTC-4. NewsArticle JSON-LD gives only the first and last update times. 13507-03 (Rocket Lab Neutron) is off the war.",
  not_entries=["top bar and section nav", "category 'Military'", "title, dek and byline/date line", "italic note 'This page is updated through the day. Times are Eastern.'",
               "signature lines '\u2014 NAME'", "newsletter promo after the third update", "'Related' link", "footer"],
  entries=[
  E("2026-03-11 08:10", "Russia launches military satellite from Plesetsk",
    ["A Soyuz-2.1b rocket lifted off from the Plesetsk Cosmodrome in northern Russia early Wednesday carrying a Kosmos-series satellite that Western analysts believe is an optical reconnaissance spacecraft.",
     "Ukrainian officials have said Russia uses such satellites to assess damage after strikes on Ukrainian infrastructure."],
    "other", "security", 2, "plesetsk-kosmos-launch-2026-03-11", a="Sonia Drach"),
  E("2026-03-11 09:35", "Germany funds radar satellite imagery for Ukraine\u2019s military",
    ["Germany will pay for a year of synthetic aperture radar imagery from a European commercial provider for Ukraine\u2019s armed forces, the German defense ministry said, in a deal worth about \u20ac45 million.",
     "Radar satellites can see through clouds and at night, which Ukrainian commanders say makes them more useful than optical imagery in winter."],
    "aid", "aid", 2, "germany-funds-sar-imagery-ukraine", a="Harlan Meeks"),
  OFF("2026-03-11 11:20", "Rocket Lab sets date for first Neutron launch",
    ["Rocket Lab said its Neutron medium-lift rocket is scheduled to make its first flight from Wallops Island, Virginia, in the second quarter, after a series of delays."],
    "rocket-lab-neutron-first-launch-date", a="Sonia Drach", n="commercial launch schedule"),
  E("2026-03-11 13:05", "EU contract extends OneWeb service for Ukraine\u2019s armed forces",
    ["The European Commission awarded Eutelsat a contract worth about \u20ac60 million to provide OneWeb broadband terminals and service to Ukraine\u2019s military and emergency services through 2027, as Kyiv tries to reduce its reliance on Starlink."],
    "aid", "aid", 2, "eu-oneweb-contract-ukraine", a="Harlan Meeks"),
  E("2026-03-11 14:50", "Russian missile strike on satellite ground station near Kyiv kills three",
    ["Ukraine\u2019s State Emergency Service said a Russian missile struck a satellite communications ground station in the Kyiv region on Wednesday, killing three employees and injuring five.",
     "The facility relays data for several commercial satellite operators, according to a Ukrainian official who was not authorized to speak publicly."],
    "strikes", "strikes", 3, "kyiv-region-ground-station-strike-2026-03-11", a="Harlan Meeks", n="deadly strike"),
  E("2026-03-11 16:30", "Pentagon budget request funds commercial imagery for Ukraine",
    ["The Pentagon\u2019s fiscal 2027 budget request includes $80 million to keep buying commercial satellite imagery for Ukraine, according to budget documents released Wednesday."],
    "aid", "aid", 2, "pentagon-budget-commercial-imagery-ukraine", a="Sonia Drach"),
  ]))

# ---------------------------------------------------------------- 13508 Dark Reading (text listing, date only)
SEEDS.append(dict(
  id="13508", name="13508_darkreading-latest", ext="txt", source="Dark Reading", zone="America/New_York", render=r_darkreading,
  title="Latest News",
  basis="card date '{s}' only; Dark Reading prints no clock time anywhere, so published is the date alone (local date {d} in {z})",
  notes="Dark Reading 'Latest News' list (text scrape). Each card: topic label (chrome), headline, one summary paragraph, 'NAME, ROLE' (author = NAME), "
        "date only 'Feb 23, 2026', 'N Min Read'. No time of day is printed anywhere, so published is date-only ('2026-02-23', as the Euronews "
        "sample gold does) and stamp is the card date. Straight apostrophes as printed. A webinar promo after the fourth card is not an entry. "
        "13508-03 (VPN appliance flaw) and 13508-05 (CISO budgets for AI agents) are off the war.",
  not_entries=["site name, topic menu, SUBSCRIBE", "'Latest News' heading (page title)", "topic labels above each headline", "', ROLE' after each author name",
               "'N Min Read' lines", "webinar promo after the fourth card", "newsletter blurb and footer"],
  entries=[
  E("2026-02-23", "Russian APT Targets Ukraine's Drone Supply Chain With Trojanized Firmware",
    ["Researchers say a group tied to Russia's FSB has planted malicious firmware updates on a website used by Ukrainian volunteers to flash drone flight controllers, letting the attackers track where drones are assembled."],
    "other", "security", 2, "fsb-trojanized-drone-firmware", a="Keira Lindholm", role="Contributing Writer", cat="Threat Intelligence"),
  E("2026-02-23", "Four Years In, Ukraine's Grid Is the World's Most Attacked OT Network",
    ["As the full-scale war nears its fourth anniversary, Ukrainian grid engineers describe how they have kept substations running through missile strikes and a steady stream of Russian intrusion attempts, and what utilities elsewhere can learn from them."],
    "other", "security", 2, "ukraine-grid-ot-lessons-four-years", a="Bram Okonkwo", role="Senior Editor", cat="ICS/OT Security", mins=7,
    n="feature/analysis"),
  OFF("2026-02-23", "Critical Flaw in Widely Used VPN Appliances Under Active Attack",
    ["Attackers are exploiting an authentication bypass in a popular line of SSL VPN appliances, and the vendor has urged customers to patch immediately or take the devices offline."],
    "vpn-appliance-auth-bypass-2026-02", a="Keira Lindholm", role="Contributing Writer", cat="Vulnerabilities & Threats", mins=3, n="vulnerability"),
  E("2026-02-23", "Pro-Russian Hacktivists Claim DDoS Attacks on German Arms Makers",
    ["A pro-Russian hacktivist collective claimed responsibility for denial-of-service attacks that briefly took down the websites of three German defense companies supplying Ukraine, calling it retaliation for new arms deliveries."],
    "other", "security", 2, "hacktivist-ddos-german-arms-makers", a="Bram Okonkwo", role="Senior Editor", cat="Cyberattacks & Data Breaches", mins=3),
  OFF("2026-02-23", "How CISOs Are Budgeting for AI Agents in 2026",
    ["Security leaders say autonomous AI agents are forcing them to rethink identity management, and many are carving out new budget lines to monitor what the agents can reach."],
    "ciso-ai-agent-budgets-2026", a="Priya Nandakumar", role="Contributing Writer", cat="Cybersecurity Operations", mins=6, n="security management"),
  E("2026-02-23", "Ukraine's SBU Says It Foiled Russian Sabotage Plot at Rivne Nuclear Plant",
    ["Ukraine's security service said it detained a contractor who was paid by Russian intelligence to plug an infected USB drive into systems at the Rivne nuclear power plant, which it says could have disrupted cooling pumps."],
    "other", "security", 2, "sbu-rivne-nuclear-sabotage-plot", a="Priya Nandakumar", role="Contributing Writer", cat="Cyber Risk"),
  ]))

# ---------------------------------------------------------------- 13509 Rest of World (text dispatch round-up)
SEEDS.append(dict(
  id="13509", name="13509_restofworld-dispatches", ext="txt", source="Rest of World", zone="America/New_York", render=r_restofworld,
  published="2026-03-17 08:00",
  title="Recruiters, chips and sanctions: how Russia\u2019s war reaches the rest of the world",
  dek="Our reporters follow the war\u2019s ripple effects through job platforms, export hubs and outsourcing firms.",
  intro=["Four years after Russia\u2019s full-scale invasion, the war touches workers and companies thousands of kilometers from the front. This week our reporters looked at some of those connections, and at one story from our payments beat."],
  basis="no per-section stamp; the page date line '{s0}' (ET, here EDT = UTC-4) applies to every section; local {d} in {z}",
  notes="Rest of World dispatch round-up (text scrape). Page date line 'March 17, 2026 \u00b7 8:00 AM ET' (ET = US Eastern; EDT in March after 8 March). Five "
        "sections, one entry each (stamp null, published = page time): heading, a place dateline in capitals, 'By NAME' (per-section author), paragraphs. "
        "The intro paragraph, illustration credit and newsletter promo are not entries. 13509-04 (Brazil's Pix) is off the war.",
  not_entries=["site name, tagline, nav", "rubric 'Dispatches'", "title, dek and date line", "'Illustration by Rest of World'", "intro paragraph",
               "place datelines (KATHMANDU, NEPAL ...) and 'By NAME' lines", "newsletter promo after the third section", "'Read more', support blurb and footer"],
  entries=[
  E("2026-03-17 08:00", "Nepal presses Moscow to send home citizens lured by online job ads",
    ["Nepal\u2019s foreign ministry summoned Russia\u2019s ambassador on Monday and demanded the return of more than 200 Nepali men it says were recruited through TikTok and Facebook job ads and ended up fighting in Ukraine.",
     "Families say the men were promised security jobs in Moscow paying $2,000 a month. Nepal barred its citizens from working in Russia and Ukraine in 2024, but recruiters moved to encrypted chats and agents in Dubai."],
    "diplomacy", "diplomacy", 2, "nepal-summons-russian-ambassador-recruits", a="Rojina Adhikari", place="KATHMANDU, NEPAL"),
  E("2026-03-17 08:00", "Kenyan police raid agency accused of trafficking men to Russia\u2019s army",
    ["Police in Nairobi arrested four people at a recruitment agency that allegedly sent at least 60 Kenyan men to Russia on promises of warehouse work, only for them to be handed military contracts on arrival.",
     "Two of the men have been reported killed near the front in eastern Ukraine, according to relatives who spoke to Rest of World."],
    "other", "humanitarian", 2, "kenya-raid-russia-army-recruitment-agency", a="Brian Otieno", place="NAIROBI, KENYA"),
  E("2026-03-17 08:00", "Chinese drone-part sellers reroute through Kyrgyz middlemen",
    ["Exports of drone motors, cameras and flight controllers from China to Kyrgyzstan have tripled since the start of the year, according to customs data reviewed by Rest of World, as sellers look for ways around new US and EU sanctions on shipments to Russia.",
     "Two Bishkek logistics managers said most of the parts are trucked on to Russia within days."],
    "aid", "aid", 2, "chinese-drone-parts-kyrgyz-transit-russia", a="Aidana Sultanova", place="BISHKEK, KYRGYZSTAN", sec=["diplomacy"],
    n="weapons components flowing to Russia (aid to-Russia); sanctions evasion as secondary"),
  OFF("2026-03-17 08:00", "Brazil\u2019s Pix passes 180 million users",
    ["Brazil\u2019s instant payment system Pix now has more than 180 million individual users, the central bank said, as it prepares to roll out installment payments nationwide."],
    "brazil-pix-180-million-users", a="Lucas Fernandes", place="S\u00c3O PAULO, BRAZIL", n="payments"),
  E("2026-03-17 08:00", "Indian IT firms drop Russian clients after US secondary sanctions threat",
    ["At least three mid-sized Indian software outsourcing companies have ended contracts with Russian banks and retailers in the past month, executives told Rest of World, after US officials warned that firms servicing sanctioned Russian entities could be cut off from the American market."],
    "diplomacy", "diplomacy", 2, "indian-it-firms-drop-russian-clients-sanctions", a="Karthik Raman", place="BENGALURU, INDIA"),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_vellmarsh(S):
    """text live, newest first; 'Key Points' bullets; headline, then 'NAME \u00b7 14:05 GMT' meta line, then body."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Home | World | Ukraine | Business | Opinion | Sport", "", "Russia-Ukraine war live", S["title"], S["dateline"], "",
         S["lede"], "", "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        L += [e["h"], f"{e['a']} \u00b7 {st}" if e["a"] else st, ""] + ptxt(e["p"])
        if not e["p"]:
            L += ["[Video: 0:58]", ""]
        if i == 2:
            L += ["Get the Chronicle\u2019s Ukraine newsletter every weekday evening. Sign up here.", ""]
    L += ["Show earlier posts", "", f"\u00a9 {S['source']} \u00b7 About us \u00b7 Corrections \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_orlestone(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with one BlogPosting per update (own datePublished); visible
    '<time datetime>08:45</time>' plus author in a meta line above the h3; printed note 'All times are Kyiv time (EET)'."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": e["h"], "datePublished": iso(d),
                    "articleBody": " ".join(e["p"]), "author": {"@type": "Person", "name": e["a"]}})
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "datePublished": iso(first), "dateModified": iso(last), "coverageStartTime": iso(first),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="cookie">We use cookies to understand how our site is used. <button>Accept</button> <button>Manage</button></div>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a><nav><a href="/war">War</a> <a href="/politics">Politics</a> '
           '<a href="/economy">Economy</a> <a href="/regions">Regions</a> <a href="/donate">Donate</a></nav></header>',
           f'<main><p class="kicker">LIVE</p><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>',
           f'<p class="tz">{esc(S["tznote"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out += [f'<article class="post" id="post-{i + 1}">',
                f'<div class="post-meta"><time datetime="{iso(d)}">{st}</time> <span class="by">{esc(e["a"])}</span></div>',
                f'<h3>{esc(e["h"])}</h3>'] + [f'<p>{esc(p)}</p>' for p in e["p"]] + \
               ['<div class="share"><a>Link</a> <a>Facebook</a> <a>X</a></div>', '</article>']
        if i == 3:
            out.append('<aside class="also"><h4>Also read</h4><a href="/explainers/shadow-fleet">What is Russia\u2019s shadow fleet?</a></aside>')
    out += ['<button class="more">Load more</button></main>', f'<footer>{esc(S["source"])} \u00b7 Editorial policy \u00b7 Team \u00b7 Contacts</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss_world(S):
    """RSS 2.0 world feed, newest first; pubDate in GMT (S['gmt']) or with the numeric offset; plain-text description
    (S['cdata'] False) or CDATA HTML paragraphs; dc:creator only when the item has an author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>',
           f'<atom:link href="{S["url"]}/rss.xml" rel="self" type="application/rss+xml"/>',
           f'<description>{esc(S["lede"])}</description>', '<language>en-gb</language>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), gmt=S.get("gmt", False))}</lastBuildDate>', '<ttl>15</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S.get("gmt", False)); stamps.append(st)
        link = f"{S['url']}/{e.get('cat', 'world').lower()}/{slugify(e['h'])[:48]}-{70410 + i * 13}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{esc(e.get("cat", "World"))}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        if S.get("cdata"):
            out.append('<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>')
        else:
            out.append(f'<description>{esc(" ".join(e["p"]))}</description>')
        out.append('</item>')
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_cawdrey(S):
    """text article with section headings (one entry each); page byline and a dateline with time and zone; no per-section stamps."""
    L = [S["source"], "Politics \u00b7 Economy \u00b7 World \u00b7 Culture \u00b7 Podcasts", "", "World / Europe", "", S["title"], "", S["lede"], "",
         f"By {S['byline']}", S["dateline"], "", "Reading time: 4 minutes", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 0:
            L += ["[Photo: Rescue workers at the damaged apartment block. Credit: Reuters]", ""]
    L += ["More on this topic", "EU sanctions: who is on the new list", "", f"\u00a9 {S['source']} \u00b7 Imprint \u00b7 Privacy \u00b7 Subscriptions"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_thistlecross(S):
    """HTML live, newest first, no JSON-LD; h2 headline, then meta line 'NAME, 17:50 CET'; gallery placeholder for photo teasers."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 {esc(S["source"])}</title>',
           '<meta property="og:type" content="article"></head><body>',
           '<div id="consent">This site uses cookies. <button>Agree</button> <button>Options</button></div>',
           f'<header><span class="brand">{esc(S["source"])}</span> <nav><a>Poland</a> <a>World</a> <a>War in Ukraine</a> <a>Business</a> <a>Opinion</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        out += ['<section class="entry">', f'<h2>{esc(e["h"])}</h2>', f'<p class="meta">{esc(e["a"])}, {st}</p>']
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery"><span>Gallery</span> <span>1/12</span></div>')
        out.append('</section>')
        if i == 2:
            out.append('<aside class="related"><b>Related</b> <a href="/world/odesa-grain-corridor">How the grain corridor works</a></aside>')
    out += ['<p class="prev"><a href="/live/ukraine-27-02">Friday\u2019s live coverage</a></p></main>',
            f'<footer>{esc(S["source"])} \u00b7 Contact \u00b7 Advertising \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_atom_feed(S):
    """Atom 1.0, newest first; <published> with the outlet's offset (Z for UTC); content as inline XHTML (S['xhtml']) or
    escaped HTML; <author> only when the entry has one."""
    z = S["zone"]; order_check(S, True)
    def ts(d):
        return iso(d).replace("+00:00", "Z")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>tag:{S["url"].split("//")[1]},2026:feed</id>', f'<updated>{ts(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ts(d); stamps.append(st)
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" href="{S["url"]}/a/{30550 + i * 17}"/>',
                f'<id>tag:{S["url"].split("//")[1]},2026:{30550 + i * 17}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        if S.get("xhtml"):
            out.append('<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + '</div></content>')
        else:
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_wyvernhurst(S):
    """text live, oldest first; headline, then 'Posted 5:30 AM EST' line, then body; one generic desk credit for the page."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "World \u00b7 Nation \u00b7 Business \u00b7 Sports \u00b7 Opinion \u00b7 Obituaries", "", S["title"], S["dateline"], S["byline"], "",
         S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d)} {d.tzname()}"; stamps.append(st)
        L += [e["h"], f"Posted {st}", ""] + ptxt(e["p"])
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["This live coverage has ended.", "", f"{S['source']} \u00b7 Subscribe \u00b7 Terms \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_holmwick(S):
    """HTML world listing, newest first; header clock 'Updated 19:40 GMT, Saturday 28 February 2026'; each card shows a
    relative age ('35 mins ago', '2 hrs ago') counted back from that clock; no JSON-LD."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    clock = f"Updated {ref:%H:%M} {ref.tzname()}, {DAYS_EN[ref.weekday()]} {ref.day} {MONTHS[ref.month - 1]} {ref.year}"
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title></head><body>',
           f'<header><div class="masthead">{esc(S["source"])}</div><nav><a>Home</a> <a>World</a> <a>UK</a> <a>Business</a> <a>Science</a> <a>Sport</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="updated">{clock}</p>', '<ul class="stories">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} mins ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hr ago" if mins == 60 else f"{mins // 60} hrs ago"
        stamps.append(st)
        out += ['<li class="story">', f'<span class="tag">{esc(e.get("cat", "World"))}</span>', f'<h3><a href="/news/{slugify(e["h"])[:50]}">{esc(e["h"])}</a></h3>']
        out += [f'<p class="summary">{esc(p)}</p>' for p in e["p"]]
        out += [f'<span class="age">{st}</span>', '</li>']
        if i == 2:
            out.append('<li class="promo">Listen: The World Tonight podcast</li>')
    out += ['</ul></main>', f'<footer>{esc(S["source"])} \u00b7 Terms of use \u00b7 About \u00b7 Accessibility</footer></body></html>']
    S["pstamp"] = clock
    return "\n".join(out) + "\n", stamps


def r_wrexfield(S):
    """text live, oldest first; date line with weekday and day but NO year; bare 'HH:MM' line before each headline; page byline."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "Live \u00b7 Ukraine \u00b7 Europe \u00b7 Economy \u00b7 Explainers", "", S["title"], S["dateline"], S["byline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 4:
            L += ["Support independent reporting from Ukraine \u2014 become a member.", ""]
    L += ["Our live coverage continues tomorrow.", "", f"{S['source']} \u00b7 About \u00b7 Team \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_ulvercombe(S):
    """HTML live, newest first. JSON-LD LiveBlogPosting whose liveBlogUpdate items all repeat the PAGE's datePublished
    and headline (Guardian-style) with a shortened articleBody; the real times are only in the visible
    '<time datetime>10.05am BST</time>'. Signature line after each body."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}?page=with:block-{9000 + i}#block-{9000 + i}", "headline": S["title"],
            "datePublished": iso(first), "dateModified": iso(last), "articleBody": (" ".join(e["p"]))[:140]}
           for i, e in enumerate(S["entries"]) if e["p"]]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": iso(first),
          "dateModified": iso(last), "coverageStartTime": iso(first), "coverageEndTime": iso(last),
          "author": [{"@type": "Person", "name": n} for n in S["authors"]], "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header>{esc(S["source"])} <nav><a>News</a> <a>Ukraine</a> <a>World</a> <a>Money</a> <a>Culture</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, sep='.', space='', upper=False)} {d.tzname()}"; stamps.append(st)
        out += [f'<div class="block" id="block-{9000 + i}"><time datetime="{iso(d)}">{st}</time>', f'<h2>{esc(e["h"])}</h2>']
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out += [f'<p class="sig">\u2013 {esc(e["a"])}</p>', '</div>']
        if i == 1:
            out.append('<div class="promo">Sign up to First Edition, our free daily newsletter</div>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Contact \u00b7 Complaints \u00b7 Cookies</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ================================================================ PART B: three invented multi-source days
# ---------------------------------------------------------------- day 1 (2026-02-27, Friday)
ZAP = "zaporizhzhia-missile-strike-2026-02-27"
EUSANC = "eu-20th-sanctions-package-2026-02"
TALKS = "geneva-trilateral-talks-2026-03"
EUSANC_H = "EU envoys agree 20th sanctions package aimed at Russia\u2019s shadow fleet"
EUSANC_P = ["Ambassadors of the 27 European Union countries reached agreement on a 20th package of sanctions against Russia on Friday, targeting more tankers in Moscow\u2019s so-called shadow fleet and banks in third countries that help it dodge earlier measures.",
            "Ministers are expected to approve the package formally later in the day."]

# ---------------------------------------------------------------- 13520 Vellmarsh Chronicle (day 1)
SEEDS.append(dict(
  id="13520", name="13520_vellmarsh-textlive", ext="txt", source="Vellmarsh Chronicle", zone="Europe/London", render=r_vellmarsh,
  title="Deadly missile strike on Zaporizhzhia; EU agrees new sanctions", dateline="Friday 27 February 2026",
  lede="Follow the day\u2019s developments in Russia\u2019s war in Ukraine. All times GMT.",
  basis="meta line stamp '{s}' (UK time, GMT = UTC in February) under the page date 'Friday 27 February 2026'; local {d} in {z}",
  notes="Invented outlet (UK). Text live blog, newest first, Key Points block listing three post headlines (13520-01, -04, -06). Each post: headline, "
        "then 'NAME \u00b7 HH:MM GMT', then the body. 13520-05 is a 'Watch:' video teaser without body (a '[Video: 0:58]' placeholder line only). "
        "Must not merge: the Kharkiv substation drone attack (13520-02) is another strike on the same day, not the Zaporizhzhia missile strike. "
        "Toll grows 3 (09:10) -> 8 (18:40).",
  not_entries=["outlet name and nav", "'Russia-Ukraine war live' kicker, title, date line, lede", "'Key Points' block (its three bullets repeat post headlines)",
               "'Latest' label", "meta lines 'NAME \u00b7 HH:MM GMT'", "'[Video: 0:58]' placeholder in the teaser", "newsletter promo after the third post",
               "'Show earlier posts'", "footer"],
  entries=[
  E("2026-02-27 18:40", "Zaporizhzhia death toll rises to eight",
    ["Eight people are now confirmed dead after Friday morning\u2019s Russian missile strike on Zaporizhzhia, the regional governor said, after rescuers pulled two more bodies from a damaged apartment block.",
     "Thirty-one people were wounded. The city has declared Saturday a day of mourning."],
    "strikes", "strikes", 3, ZAP, a="Anya Pell", kp=True, n="toll 8"),
  E("2026-02-27 16:10", "Kharkiv substation hit by drones, thousands without power",
    ["Russian drones struck an electricity substation on the outskirts of Kharkiv on Friday afternoon, cutting power to about 40,000 homes, the city\u2019s mayor said. No one was hurt.",
     "Engineers expected to restore most supplies by night."],
    "strikes", "strikes", 2, "kharkiv-substation-drone-attack-2026-02-27", a="Tom Ashdown",
    n="another strike on the same day (same theme): must not merge with the Zaporizhzhia missile strike"),
  E("2026-02-27 14:20", "Poland scrambles jets as Russian drones fly near its border",
    ["Poland\u2019s operational command said it scrambled fighter jets and put ground-based air defences on alert early on Friday as Russian drones attacked targets in western Ukraine near the Polish border.",
     "No violation of Polish airspace was recorded, the command said."],
    "other", "security", 2, "poland-scrambles-jets-2026-02-27", a="Tom Ashdown", sec=["strikes"]),
  E("2026-02-27 12:30", EUSANC_H, EUSANC_P, "diplomacy", "diplomacy", 3, EUSANC, a="Tom Ashdown", kp=True),
  E("2026-02-27 10:35", "Watch: Rescuers search rubble in Zaporizhzhia", [], "strikes", "strikes", 1, ZAP, a="Anya Pell", n="teaser without body"),
  E("2026-02-27 09:10", "Russian missiles strike Zaporizhzhia, killing at least three",
    ["At least three people were killed when Russian ballistic missiles hit Zaporizhzhia in south-eastern Ukraine on Friday morning, regional officials said.",
     "The strike damaged an apartment block and several industrial buildings. Ukraine\u2019s air force said it had been unable to intercept the missiles, which were fired from occupied Crimea."],
    "strikes", "strikes", 3, ZAP, a="Anya Pell", kp=True, n="toll 3"),
  E("2026-02-27 07:00", "Zelensky to visit Oslo for talks with Nordic leaders",
    ["Volodymyr Zelensky will travel to Oslo next week to meet the leaders of the five Nordic countries, who are expected to announce new funding for Ukrainian drone production, Norway\u2019s prime minister said."],
    "diplomacy", "diplomacy", 2, "zelensky-oslo-nordic-visit-2026-03", a="Tom Ashdown", sec=["aid"], n="announced visit (arrangement)"),
  ]))

# ---------------------------------------------------------------- 13521 Orlestone Herald (day 1)
SEEDS.append(dict(
  id="13521", name="13521_orlestone-ldlive", ext="html", source="Orlestone Herald", zone="Europe/Kyiv", render=r_orlestone,
  title="War in Ukraine, day 1,465: missiles hit Zaporizhia", url="https://orlestone-herald.example/live/2026-02-27",
  dateline="Friday, 27 February 2026", tznote="All times are Kyiv time (EET).",
  lede="Our reporters in Kyiv and Zaporizhia follow the day\u2019s events.",
  basis="visible '{s}' in <time datetime> (Kyiv time, EET = UTC+2, printed in the page note) on 'Friday, 27 February 2026'; JSON-LD update datePublished agrees; local {d} in {z}",
  notes="Invented outlet (Ukraine, English edition). HTML live blog, oldest first; LiveBlogPosting JSON-LD with one BlogPosting per update (own "
        "datePublished with +02:00, headline, articleBody, author). Visible meta line '<time>08:45</time> NAME' above each h3; the page note says "
        "'All times are Kyiv time (EET).' Spells the city 'Zaporizhia'. 13521-06 repeats 13521-04 nearly verbatim (duplicate_of 13521-04). "
        "Must not merge: the Orikhiv guided-bomb strike (13521-03) is in the same region but is another attack. Toll grows 2 -> 5.",
  not_entries=["cookie banner", "header and nav", "'LIVE' kicker, title, date, time-zone note, intro", "meta lines with time and author",
               "share links after each post", "'Also read' link after the fourth post", "'Load more' button", "footer"],
  entries=[
  E("2026-02-27 08:45", "Explosions in Zaporizhia as air force warns of ballistic missiles",
    ["Several loud explosions were heard in Zaporizhia shortly after 08:30, minutes after Ukraine\u2019s air force warned of ballistic missiles heading for the south-east.",
     "Regional governor Ivan Fedorov urged residents to stay in shelters."],
    "strikes", "strikes", 3, ZAP, a="Oksana Ferenc", n="first report; spelling 'Zaporizhia'"),
  E("2026-02-27 10:20", "Zaporizhia strike: at least two killed, industrial area hit",
    ["At least two people were killed and 14 injured when Russian missiles struck an industrial district of Zaporizhia and a nearby apartment block, Fedorov said.",
     "Photos from the scene show a five-storey building with its upper floors torn open and cars burning in a courtyard."],
    "strikes", "strikes", 3, ZAP, a="Oksana Ferenc", n="toll 2"),
  E("2026-02-27 11:30", "Guided bomb kills one in Orikhiv",
    ["A Russian guided aerial bomb hit a residential street in Orikhiv, a frontline town about 50 kilometres south-east of Zaporizhia, killing a 71-year-old man, the regional administration said.",
     "Orikhiv has been shelled almost daily since 2022 and most of its residents have left."],
    "strikes", "strikes", 3, "orikhiv-guided-bomb-2026-02-27", a="Danylo Hrytsak",
    n="same region, other strike: must not merge with the Zaporizhia city missile strike; deadly, so importance 3"),
  E("2026-02-27 12:15", "Geneva to host next round of US-Russia-Ukraine talks, Umerov says",
    ["The next round of talks between Ukrainian, American and Russian delegations will take place in Geneva next week, Ukraine\u2019s chief negotiator Rustem Umerov said.",
     "He said the meeting would focus on a mechanism to monitor a possible ceasefire and on the exchange of all prisoners of war."],
    "diplomacy", "diplomacy", 3, TALKS, a="Danylo Hrytsak"),
  E("2026-02-27 13:40", "Zaporizhia toll rises to five; 27 injured",
    ["The number of people killed in the morning strike on Zaporizhia has risen to five, and 27 are being treated in hospital, including three children, Fedorov said.",
     "Rescuers are still working through the rubble of the apartment block."],
    "strikes", "strikes", 3, ZAP, a="Oksana Ferenc", n="toll 5"),
  E("2026-02-27 15:05", "Geneva to host next round of US-Russia-Ukraine talks, Umerov says",
    ["The next round of talks between Ukrainian, American and Russian delegations will take place in Geneva next week, Ukraine\u2019s chief negotiator Rustem Umerov said.",
     "He said the meeting would focus on a way to monitor a possible ceasefire and on the exchange of all prisoners of war."],
    "diplomacy", "diplomacy", 1, TALKS, a="Danylo Hrytsak", dup="13521-04", n="near-verbatim repeat of 13521-04 (one phrase changed in the second paragraph)"),
  E("2026-02-27 17:50", "EU ministers sign off on 20th sanctions package",
    ["European Union governments formally adopted their 20th package of sanctions against Russia, adding about 120 shadow-fleet tankers to the list of ships barred from EU ports and cutting off several more Russian banks, the EU\u2019s foreign policy chief Kaja Kallas said.",
     "The package had been held up for two weeks by objections from Hungary and Slovakia."],
    "diplomacy", "diplomacy", 3, EUSANC, a="Danylo Hrytsak"),
  ]))

# ---------------------------------------------------------------- 13522 Tamsford World Service (day 1, general world feed)
SEEDS.append(dict(
  id="13522", name="13522_tamsford-worldrss", ext="xml", source="Tamsford World Service", zone="UTC", render=r_rss_world, gmt=True, cdata=False,
  title="Tamsford World Service \u2013 World", url="https://tamsford-world.example", lede="Top stories from around the world",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world RSS 2.0 feed, newest first, pubDate in GMT, plain-text descriptions, no authors. Only two of six items are about "
        "the war (13522-02, spelled 'Zaporozhye', toll 6; 13522-05 the sanctions deal in the making); four are off the war.",
  not_entries=["channel title, link, atom:link, description, language, lastBuildDate, ttl", "item link, guid and category elements"],
  entries=[
  OFF("2026-02-27 20:05", "Portugal braces for third Atlantic storm in a week",
    ["Portugal\u2019s civil protection agency put coastal districts on red alert as a third Atlantic storm in seven days approached, bringing gusts of up to 130 km/h and heavy rain to areas still cleaning up from earlier flooding."],
    "portugal-atlantic-storms-2026-02", n="weather", cat="Europe"),
  E("2026-02-27 16:40", "Zaporozhye missile strike kills at least six, Ukraine says",
    ["At least six people died and more than 25 were injured when Russian missiles struck the south-eastern Ukrainian city of Zaporozhye on Friday morning, Ukrainian officials said.",
     "Moscow\u2019s defence ministry said it had hit facilities producing drones for the Ukrainian army."],
    "strikes", "strikes", 3, ZAP, n="spelling 'Zaporozhye'; toll 6", cat="Europe"),
  OFF("2026-02-27 14:15", "Indonesia\u2019s central bank holds interest rates steady",
    ["Bank Indonesia kept its benchmark rate unchanged for a third straight month, citing the need to support the rupiah amid volatile global markets."],
    "bank-indonesia-rates-2026-02", n="monetary policy", cat="Business"),
  OFF("2026-02-27 11:50", "Chile declares emergency as wildfires spread near Valpara\u00edso",
    ["Chile declared a state of emergency in the Valpara\u00edso region as wildfires fanned by strong winds destroyed dozens of homes and forced thousands of people to flee."],
    "chile-valparaiso-wildfires-2026-02", n="wildfires", cat="Americas"),
  E("2026-02-27 09:30", "EU nears agreement on new package of Russia sanctions",
    ["European Union diplomats said they were close to agreeing a 20th package of sanctions against Russia after Hungary dropped its objections overnight, clearing the way for a deal on Friday."],
    "diplomacy", "diplomacy", 3, EUSANC, cat="Europe"),
  OFF("2026-02-27 07:10", "Kenya and Ethiopia sign deal to expand cross-border power trade",
    ["Kenya and Ethiopia signed an agreement to double the amount of electricity traded over their high-voltage link, as Ethiopia\u2019s giant Nile dam raises its output."],
    "kenya-ethiopia-power-trade-2026-02", n="energy trade", cat="Africa"),
  ]))

# ---------------------------------------------------------------- 13523 Cawdrey Review (day 1, article)
SEEDS.append(dict(
  id="13523", name="13523_cawdrey-article", ext="txt", source="Cawdrey Review", zone="Europe/Berlin", render=r_cawdrey,
  title="Ukraine: deadly strike on Zaporizhzhia as talks move to Geneva", byline="Henrike Vos", dateline="27 February 2026, 16:30 CET",
  lede="Russian missiles killed at least six people in south-eastern Ukraine, while negotiators prepare a new round of talks.",
  basis="no per-section stamp; the page dateline '27 February 2026, 16:30 CET' (CET = UTC+1) applies to every section; local {d} in {z}",
  notes="Invented outlet (Germany, English edition). Text article, one dateline with time and zone, byline 'By Henrike Vos' used for every section; "
        "three section headings, one entry each (stamp null). 13523-03 is a theme piece (analysis of ballistic-missile defence): it mentions the "
        "Zaporizhzhia strike but is its own story and must not merge with it. A bracketed photo caption after section 1 is not body text.",
  not_entries=["outlet name and nav", "breadcrumb 'World / Europe'", "title and lede", "byline and dateline", "'Reading time: 4 minutes'",
               "photo caption line after the first section", "'More on this topic' link", "footer"],
  entries=[
  E("2026-02-27 16:30", "Deadly strike on Zaporizhzhia",
    ["At least six people were killed in Zaporizhzhia on Friday morning when Russian ballistic missiles struck an industrial district and a residential building in the south-eastern city, according to Ukrainian officials.",
     "Governor Ivan Fedorov said 28 people had been injured. Russia said it had targeted arms production sites."],
    "strikes", "strikes", 3, ZAP, a="Henrike Vos", n="toll 6"),
  E("2026-02-27 16:30", "Talks move to Geneva",
    ["Ukraine, the United States and Russia will meet again in Geneva next week, Kyiv\u2019s negotiator Rustem Umerov announced, after two earlier rounds in Abu Dhabi produced agreement on prisoner exchanges but no breakthrough on territory.",
     "The Kremlin confirmed that a Russian delegation would attend but played down expectations."],
    "diplomacy", "diplomacy", 3, TALKS, a="Henrike Vos"),
  E("2026-02-27 16:30", "Analysis: Why ballistic missiles still get through",
    ["Friday\u2019s attack on Zaporizhzhia shows the limits of Ukraine\u2019s air defences against ballistic missiles, which fall too fast for most of the systems Kyiv has.",
     "Only the American Patriot and the Franco-Italian SAMP/T can reliably intercept them, and Ukraine has a handful of batteries to protect a country the size of France. Cities near the front, such as Zaporizhzhia and Kharkiv, get little warning because the missiles are launched from close range.",
     "European producers are expanding output of interceptors, but officials in Kyiv say deliveries will not match Russia\u2019s production of Iskander missiles before next year."],
    "strikes", "strikes", 2, "analysis-ballistic-missile-defence-gap", a="Henrike Vos", sec=["aid"],
    n="theme piece (analysis); mentions the Zaporizhzhia strike but is its own story: must not merge with it"),
  ]))

# ---------------------------------------------------------------- day 2 (2026-02-28, Saturday)
ODESA = "odesa-port-ship-strike-2026-02-28"
NOVO = "novokuibyshevsk-refinery-drone-attack-2026-02-28"

# ---------------------------------------------------------------- 13530 Thistlecross Post (day 2)
SEEDS.append(dict(
  id="13530", name="13530_thistlecross-htmllive", ext="html", source="Thistlecross Post", zone="Europe/Warsaw", render=r_thistlecross,
  title="Russia\u2019s war in Ukraine: grain ship hit in Odesa port", dateline="Saturday, 28 February 2026",
  lede="Live updates from our correspondents in Warsaw and Kyiv.",
  basis="meta line stamp '{s}' (Central European Time, CET = UTC+1) under the page date 'Saturday, 28 February 2026'; local {d} in {z}",
  notes="Invented outlet (Poland, English edition). HTML live blog without JSON-LD, newest first. Each entry: h2 headline, then 'NAME, HH:MM CET', then "
        "the body. 13530-02 is a 'Photos:' gallery teaser without body. 13530-03 continues day 1's Zaporizhzhia strike (toll 10, day of mourning). "
        "Odesa toll grows 2 -> 5 on this page.",
  not_entries=["consent banner", "header and nav", "title, date, lead", "meta lines 'NAME, HH:MM CET'", "gallery placeholder 'Gallery 1/12' in the teaser",
               "'Related' link after the third entry", "link to Friday's live coverage", "footer"],
  entries=[
  E("2026-02-28 20:10", "Odesa port strike: death toll rises to five",
    ["A fifth crew member of the grain ship hit in Odesa port on Saturday morning has died in hospital, the regional military administration said.",
     "The vessel, sailing under the Panamanian flag, had been loading wheat for Egypt."],
    "strikes", "strikes", 3, ODESA, a="Marta Zielonka", n="toll 5"),
  E("2026-02-28 18:30", "Photos: Aftermath of the Odesa port strike", [], "strikes", "strikes", 1, ODESA, a="Marta Zielonka", n="teaser without body"),
  E("2026-02-28 16:05", "Zaporizhzhia mourns as toll from Friday\u2019s strike reaches 10",
    ["Zaporizhzhia held a day of mourning on Saturday after the death toll from Friday\u2019s Russian missile strike rose to 10, with two more victims dying in hospital overnight, the regional governor said.",
     "Flags flew at half mast and entertainment events were cancelled."],
    "strikes", "strikes", 3, ZAP, a="Piotr Lasek", n="continuation of day 1 (new development: toll 10, mourning)"),
  E("2026-02-28 13:40", "Tusk: Warsaw will host Ukraine recovery conference in June",
    ["Prime Minister Donald Tusk said Poland would host this year\u2019s international conference on Ukraine\u2019s recovery in Warsaw in June, bringing together governments, lenders and companies."],
    "diplomacy", "diplomacy", 2, "warsaw-ukraine-recovery-conference-2026", a="Piotr Lasek", sec=["aid"]),
  E("2026-02-28 11:15", "Russian missile hits grain ship in Odesa port, killing two",
    ["Two crew members were killed and five injured when a Russian ballistic missile struck a cargo ship loading grain in the port of Odesa on Saturday morning, Ukraine\u2019s navy said.",
     "Fire broke out on deck and was put out after about an hour."],
    "strikes", "strikes", 3, ODESA, a="Marta Zielonka", n="toll 2"),
  E("2026-02-28 09:00", "Ukrainian drones set Novokuibyshevsk refinery ablaze, governor says",
    ["A fire broke out at the Novokuibyshevsk oil refinery in Russia\u2019s Samara region after an overnight Ukrainian drone attack, regional governor Vyacheslav Fedorishchev said.",
     "Russia\u2019s defence ministry said air defences destroyed 58 drones over several regions overnight."],
    "strikes", "strikes", 3, NOVO, a="Piotr Lasek", n="Ukrainian strike on Russia (same theme as the Odesa strike, other event): must not merge with it"),
  ]))

# ---------------------------------------------------------------- 13531 Scarrowfell Dispatch (day 2, Atom)
SEEDS.append(dict(
  id="13531", name="13531_scarrowfell-atom", ext="xml", source="Scarrowfell Dispatch", zone="Europe/Kyiv", render=r_atom_feed, xhtml=True,
  title="Scarrowfell Dispatch: Ukraine", url="https://scarrowfell-dispatch.example", lede="News from Ukraine, in English",
  basis="Atom <published> '{s}' (explicit +02:00 offset = Kyiv winter time); local {d} in {z}",
  notes="Invented outlet (Ukraine). Atom 1.0, newest first, <published> with +02:00, <author> per entry, inline XHTML content. Spells the refinery town "
        "'Novokuybyshevsk'. Must not merge: the Izmail port drone attack (13531-03) is in the same region as Odesa but is another attack; the Kherson "
        "shelling (13531-06) is another deadly strike. 13531-01 continues day 1's Zaporizhzhia story.",
  not_entries=["feed title, subtitle, links, id, updated", "entry link and id elements"],
  entries=[
  E("2026-02-28 21:30", "Zaporizhzhia buries victims; strike toll now 10",
    ["Funerals began in Zaporizhzhia on Saturday for victims of Friday\u2019s missile strike, whose death toll has risen to 10, city officials said.",
     "Among the dead were a teacher and her 12-year-old son who lived on the top floor of the damaged building."],
    "strikes", "strikes", 3, ZAP, a="Iryna Kostenko", n="continuation of day 1"),
  E("2026-02-28 19:05", "Odesa: four dead after missile hits grain ship",
    ["The death toll from Saturday\u2019s Russian missile strike on a grain ship in Odesa port has risen to four, Ukraine\u2019s infrastructure ministry said, calling the attack a deliberate blow to the grain corridor."],
    "strikes", "strikes", 3, ODESA, a="Iryna Kostenko", n="toll 4"),
  E("2026-02-28 15:20", "Drones hit Izmail port overnight; no casualties",
    ["Russian drones damaged warehouses and a fuel tank in the Danube port of Izmail overnight, the Odesa regional administration said. Nobody was hurt."],
    "strikes", "strikes", 2, "izmail-port-drone-attack-2026-02-28", a="Serhii Voloshyn",
    n="same region (Odesa oblast), other strike: must not merge with the Odesa port ship strike"),
  E("2026-02-28 12:45", "Novokuybyshevsk refinery halts crude processing after drone strike",
    ["The Novokuybyshevsk refinery in Russia\u2019s Samara region stopped processing crude after a Ukrainian drone strike damaged its main distillation unit, two industry sources said.",
     "Ukraine\u2019s general staff confirmed the attack and said the plant supplies fuel to Russian forces."],
    "strikes", "strikes", 3, NOVO, a="Serhii Voloshyn", n="spelling 'Novokuybyshevsk'"),
  E("2026-02-28 10:10", "Kyiv says new Patriot systems from Germany have arrived",
    ["Two more Patriot air defence systems promised by Germany have arrived in Ukraine and will be deployed within days, Ukraine\u2019s defence ministry said."],
    "aid", "aid", 2, "germany-patriot-delivery-2026-02", a="Iryna Kostenko"),
  E("2026-02-28 08:30", "Russian shelling kills one in Kherson",
    ["A 58-year-old man was killed when Russian artillery shelled the Dniprovskyi district of Kherson early on Saturday, the regional governor said."],
    "strikes", "strikes", 3, "kherson-shelling-2026-02-28", a="Serhii Voloshyn", n="another deadly strike: must not merge with the Odesa port strike"),
  ]))

# ---------------------------------------------------------------- 13532 Wyvernhurst Evening Star (day 2)
SEEDS.append(dict(
  id="13532", name="13532_wyvernhurst-textlive", ext="txt", source="Wyvernhurst Evening Star", zone="America/New_York", render=r_wyvernhurst,
  title="Ukraine live: Russian missile hits grain ship in Odessa", dateline="Saturday, February 28, 2026", byline="By the Evening Star foreign desk",
  lede="The latest on Russia\u2019s war in Ukraine, updated through the day.",
  basis="'Posted {s}' line (US Eastern, EST = UTC-5) on the page date 'Saturday, February 28, 2026'; local {d} in {z}",
  notes="Invented outlet (USA). Text live blog, oldest first; headline, then 'Posted 5:30 AM EST', then the body. The only byline is a generic desk "
        "credit ('By the Evening Star foreign desk'), so author is null. Spells the port 'Odessa'. 13532-02 re-posts day 1's 13520-04 verbatim "
        "(syndicated copy, importance 1, same story). 13532-03 is a theme piece (explainer on Russia's strikes on Black Sea ports) that mentions "
        "today's Odessa strike but is its own story. 13532-06 repeats 13532-04 nearly verbatim (duplicate_of 13532-04). 13532-05 (US Senate "
        "sanctions bill) mentions the Geneva talks but is another event: must not merge with them.",
  not_entries=["outlet name and nav", "title, date line, desk credit, lede", "'Posted ...' lines", "'ADVERTISEMENT' after the third post",
               "'This live coverage has ended.'", "footer"],
  entries=[
  E("2026-02-28 05:30", "Russian missile strike on Odessa port kills two sailors",
    ["A Russian missile struck a cargo ship in the Ukrainian port of Odessa on Saturday, killing two sailors, Ukrainian officials said.",
     "The ship had been loading grain for export, the officials said."],
    "strikes", "strikes", 3, ODESA, n="spelling 'Odessa'; toll 2"),
  E("2026-02-28 07:15", EUSANC_H, EUSANC_P, "diplomacy", "diplomacy", 1, EUSANC,
    n="re-post of day-1 entry 13520-04 (same headline and text, syndicated a day later); duplicate_of is defined within a seed only, so null"),
  E("2026-02-28 09:40", "Explainer: Why Russia keeps hitting Ukraine\u2019s Black Sea ports",
    ["Saturday\u2019s strike on a grain ship in Odessa is part of a long Russian campaign against the ports that carry most of Ukraine\u2019s exports.",
     "Since Ukraine pushed Russia\u2019s fleet away from its coast in 2023, ships have sailed a corridor hugging the western Black Sea shore. Russia has answered by striking docks, silos and, increasingly, the vessels themselves.",
     "Insurers have raised premiums after each attack, and shipowners say a few more hits could make the route unviable."],
    "strikes", "strikes", 2, "explainer-russian-strikes-black-sea-ports",
    n="theme piece (explainer); mentions the Odessa strike but is its own story: must not merge with it"),
  E("2026-02-28 11:20", "Zaporizhzhia toll climbs to 10 as city mourns",
    ["The death toll from Friday\u2019s Russian missile attack on the Ukrainian city of Zaporizhzhia has risen to 10, officials said Saturday, as the city observed a day of mourning."],
    "strikes", "strikes", 3, ZAP, n="continuation of day 1"),
  E("2026-02-28 14:10", "US senators push Russia sanctions bill ahead of Geneva talks",
    ["A bipartisan group of US senators said they would seek a vote next month on a bill imposing steep tariffs on countries that buy Russian oil, arguing it would strengthen Washington\u2019s hand at next week\u2019s talks in Geneva."],
    "diplomacy", "diplomacy", 2, "us-senate-russia-sanctions-bill-2026-02", n="same theme as the Geneva talks, other event: must not merge with them"),
  E("2026-02-28 15:30", "Zaporizhzhia toll climbs to 10 as city mourns",
    ["The death toll from Friday\u2019s Russian missile attack on the Ukrainian city of Zaporizhzhia has climbed to 10, officials said Saturday, as the city observed a day of mourning."],
    "strikes", "strikes", 1, ZAP, dup="13532-04", n="near-verbatim repeat of 13532-04 ('risen' -> 'climbed')"),
  E("2026-02-28 17:45", "Odessa ship strike: toll rises to five",
    ["A fifth sailor has died after Saturday\u2019s Russian missile strike on a grain ship in Odessa, Ukrainian officials said."],
    "strikes", "strikes", 3, ODESA, n="toll 5"),
  ]))

# ---------------------------------------------------------------- 13533 Holmwick World Report (day 2, general world listing)
SEEDS.append(dict(
  id="13533", name="13533_holmwick-worldlist", ext="html", source="Holmwick World Report", zone="Europe/London", render=r_holmwick,
  title="World news", ref="2026-02-28 19:40",
  basis="relative '{s}' counted back from the printed header clock '{s0}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet (UK). General world news listing (HTML, no JSON-LD), newest first. The header prints 'Updated 19:40 GMT, Saturday 28 February "
        "2026'; each card shows only a relative age ('35 mins ago', '2 hrs ago'), resolved against that clock. Two of six items are about the war "
        "(Odessa ship strike, toll 4; Novokuibyshevsk refinery); four are off the war.",
  not_entries=["masthead and nav", "page heading 'World news'", "header clock line 'Updated 19:40 GMT, ...'", "category tags on the cards",
               "relative ages", "podcast promo after the third card", "footer"],
  entries=[
  OFF("2026-02-28 19:05", "Heavy snow closes Alpine passes on busy ski weekend",
    ["Several Alpine road passes in Switzerland and Austria were closed after more than a metre of fresh snow fell in 24 hours, stranding holiday traffic and raising avalanche warnings to the second-highest level."],
    "alpine-snow-pass-closures-2026-02", n="weather", cat="Europe"),
  E("2026-02-28 17:40", "Odessa ship strike: death toll rises to four",
    ["Four sailors have now died after a Russian missile struck a grain ship in the Ukrainian port of Odessa on Saturday morning, the Ukrainian authorities said."],
    "strikes", "strikes", 3, ODESA, n="toll 4", cat="Europe"),
  OFF("2026-02-28 15:40", "Flooding forces thousands from their homes in northern Mozambique",
    ["Days of torrential rain have flooded villages along the Lurio river in northern Mozambique, forcing more than 12,000 people into temporary shelters, the national disaster agency said."],
    "mozambique-floods-2026-02", n="floods", cat="Africa"),
  OFF("2026-02-28 13:40", "Tens of thousands rally in Belgrade in new anti-government protest",
    ["Tens of thousands of people marched through central Belgrade demanding early elections, in one of the largest protests since student-led demonstrations began more than a year ago."],
    "belgrade-protest-2026-02-28", n="Serbian politics", cat="Europe"),
  E("2026-02-28 11:40", "Ukrainian drones strike Russian oil refinery on the Volga",
    ["Ukrainian drones set fire to an oil refinery in Novokuibyshevsk in Russia\u2019s Samara region overnight, the local governor said, in the latest of a series of attacks on Russian energy sites."],
    "strikes", "strikes", 3, NOVO, cat="Europe"),
  OFF("2026-02-28 09:40", "India\u2019s economy grew 7.4% in the last quarter, official data show",
    ["India\u2019s economy expanded 7.4% in the October-December quarter from a year earlier, driven by government spending and strong services exports, according to official figures."],
    "india-gdp-q3-2026", n="economy", cat="Business"),
  ]))

# ---------------------------------------------------------------- day 3 (2026-03-29, Sunday; Europe moves to summer time at 01:00 UTC)
KROP = "kropyvnytskyi-missile-strike-2026-03-29"
OLEKS = "oleksandriia-drone-attack-2026-03-29"
TRUCE = "turkey-energy-truce-talks-offer-2026-03"

# ---------------------------------------------------------------- 13540 Calderbridge Times (day 3, general world feed)
SEEDS.append(dict(
  id="13540", name="13540_calderbridge-worldatom", ext="xml", source="Calderbridge Times", zone="UTC", render=r_atom_feed, xhtml=False,
  title="Calderbridge Times \u2013 World", url="https://calderbridge-times.example", lede="World news from the Calderbridge Times",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, newest first, <published> in UTC with Z, escaped HTML content, no authors. Two of six items are about "
        "the war (13540-02 the strike, spelled 'Kropivnitsky', toll 7; 13540-05 Turkey's offer to host energy-truce talks); four are off the war "
        "(one of them about Europe's clock change).",
  not_entries=["feed title, subtitle, links, id, updated", "entry link and id elements"],
  entries=[
  OFF("2026-03-29 19:20", "Volcano on Indonesia\u2019s Flores island erupts, forcing evacuations",
    ["A volcano on the Indonesian island of Flores erupted on Sunday, sending an ash column several kilometres into the sky and forcing the evacuation of nearby villages, the country\u2019s volcanology agency said."],
    "flores-volcano-eruption-2026-03", n="natural disaster"),
  E("2026-03-29 16:45", "Kropivnitsky strike kills seven, Ukrainian officials say",
    ["Seven people were killed and more than 30 injured when Russian missiles struck the central Ukrainian city of Kropivnitsky on Sunday morning, Ukrainian officials said.",
     "The attack damaged the railway station and nearby homes."],
    "strikes", "strikes", 3, KROP, n="spelling 'Kropivnitsky'; toll 7"),
  OFF("2026-03-29 14:10", "Dhaka opens second metro line after years of delays",
    ["Bangladesh\u2019s capital opened its second elevated metro line on Sunday, linking the airport with the city centre, after years of delays and cost overruns."],
    "dhaka-metro-second-line-2026-03", n="transport"),
  OFF("2026-03-29 11:30", "Storms cut power to 200,000 homes in Texas",
    ["Severe thunderstorms with hail and damaging winds swept across north Texas overnight, leaving about 200,000 homes and businesses without electricity, utilities said."],
    "texas-storms-power-cuts-2026-03", n="weather"),
  E("2026-03-29 10:05", "Turkey offers Istanbul as venue for Ukraine-Russia energy truce talks",
    ["Turkey has offered to host talks in Istanbul on a mutual Ukrainian-Russian halt to strikes on energy infrastructure, Ukrainian Foreign Minister Andrii Sybiha said on Sunday."],
    "diplomacy", "diplomacy", 3, TRUCE),
  OFF("2026-03-29 06:40", "Clocks go forward across Europe as summer time begins",
    ["Clocks in most of Europe went forward by one hour overnight as summer time began, a change the European Parliament voted to scrap years ago but which member states have yet to abolish."],
    "europe-summer-time-begins-2026", n="clock change"),
  ]))

# ---------------------------------------------------------------- 13541 Wrexfield Courier (day 3)
SEEDS.append(dict(
  id="13541", name="13541_wrexfield-textlive", ext="txt", source="Wrexfield Courier", zone="Europe/Kyiv", render=r_wrexfield,
  title="Ukraine live: missiles hit Kropyvnytskyi; Turkey offers to host energy talks", dateline="Sunday 29 March \u00b7 all times Kyiv",
  byline="Live reporting: Halyna Moroz and Callum Reid", parse_args=["--date", "2026-03-29"],
  lede="A deadly strike in central Ukraine, an overnight drone attack in the same region and a new push for an energy truce.",
  basis="bare stamp '{s}' (Kyiv local time as the date line says; no year printed, parse_args gives 2026-03-29; Ukraine moved from EET = UTC+2 to "
        "EEST = UTC+3 at 03:00 local that night) on 'Sunday 29 March'; local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first; date line 'Sunday 29 March \u00b7 all times Kyiv' with NO year anywhere on the page (parse_args "
        "--date 2026-03-29). Bare 'HH:MM' line before each headline. One page byline with two names, used as every entry's author. Clock change: "
        "the 02:30 post is EET (UTC+2, 00:30 UTC); every later post is EEST (UTC+3). 13541-04 is a 'Video:' teaser without body. 13541-06 is a theme "
        "piece (analysis of strikes on rail hubs) that mentions Kropyvnytskyi but is its own story. 13541-08 repeats 13541-05 nearly verbatim "
        "(duplicate_of 13541-05). Must not merge: the overnight drone attack on Oleksandriia (13541-01, -02) is in the same region as the "
        "Kropyvnytskyi missile strike but is another attack.",
  not_entries=["outlet name and nav", "title, date line, byline 'Live reporting: ...', lede", "membership promo after the fifth post",
               "'Our live coverage continues tomorrow.'", "footer"],
  entries=[
  E("2026-03-29 02:30", "Air force warns of drone groups heading for Kirovohrad region",
    ["Ukraine\u2019s air force said several groups of Russian attack drones were flying towards the Kirovohrad region and urged residents of Oleksandriia and nearby towns to take shelter."],
    "strikes", "strikes", 3, OLEKS, a="Halyna Moroz and Callum Reid", n="before the clock change (EET); part of the Oleksandriia attack"),
  E("2026-03-29 07:10", "Overnight drones hit Oleksandriia, injuring three",
    ["Russian drones struck an industrial site and damaged several houses in Oleksandriia overnight, injuring three people, Kirovohrad regional governor Andrii Raikovych said.",
     "Clocks in Ukraine moved forward an hour at 03:00, and air raid sirens sounded on and off until dawn."],
    "strikes", "strikes", 3, OLEKS, a="Halyna Moroz and Callum Reid", n="same region as Kropyvnytskyi, other attack: must not merge"),
  E("2026-03-29 09:25", "Missiles strike Kropyvnytskyi; two killed",
    ["Two people were killed when Russian missiles hit Kropyvnytskyi in central Ukraine shortly before 09:00, the governor said.",
     "The strike hit the area around the city\u2019s railway station, and train traffic has been halted."],
    "strikes", "strikes", 3, KROP, a="Halyna Moroz and Callum Reid", n="toll 2"),
  E("2026-03-29 11:00", "Video: Smoke rises over Kropyvnytskyi rail yard", [], "strikes", "strikes", 1, KROP,
    a="Halyna Moroz and Callum Reid", n="teaser without body"),
  E("2026-03-29 12:40", "Turkey offers to host energy truce talks, Sybiha says",
    ["Foreign Minister Andrii Sybiha said Turkey had offered to host talks between Ukraine and Russia on a mutual halt to strikes on energy facilities, and that Kyiv was ready to send a delegation.",
     "He spoke after a phone call with his Turkish counterpart Hakan Fidan."],
    "diplomacy", "diplomacy", 3, TRUCE, a="Halyna Moroz and Callum Reid"),
  E("2026-03-29 14:15", "Analysis: Why rail hubs are back on Russia\u2019s target list",
    ["This morning\u2019s strike on Kropyvnytskyi fits a pattern: in recent weeks Russia has hit railway junctions across central Ukraine that handle military freight and fuel.",
     "Ukraine\u2019s railways have become adept at rerouting trains within hours, but repeated strikes on the same junctions wear down repair crews and stocks of spare parts.",
     "Military analysts say the aim is to slow the movement of reserves before an expected spring offensive."],
    "strikes", "strikes", 2, "analysis-russian-strikes-rail-hubs", a="Halyna Moroz and Callum Reid",
    n="theme piece (analysis); mentions Kropyvnytskyi but is its own story: must not merge with the strike"),
  E("2026-03-29 16:30", "Kropyvnytskyi toll rises to four",
    ["Four people are now known to have died in the morning missile strike on Kropyvnytskyi, and 22 were injured, regional officials said."],
    "strikes", "strikes", 3, KROP, a="Halyna Moroz and Callum Reid", n="toll 4"),
  E("2026-03-29 18:05", "Turkey offers to host energy truce talks, Sybiha says",
    ["Foreign Minister Andrii Sybiha said Turkey had offered to host talks between Ukraine and Russia on a mutual halt to strikes on energy facilities and that Kyiv was ready to send a delegation.",
     "He spoke after a phone call with his Turkish counterpart, Hakan Fidan."],
    "diplomacy", "diplomacy", 1, TRUCE, a="Halyna Moroz and Callum Reid", dup="13541-05", n="near-verbatim repeat of 13541-05 (two commas moved)"),
  ]))

# ---------------------------------------------------------------- 13542 Ulvercombe Journal (day 3)
SEEDS.append(dict(
  id="13542", name="13542_ulvercombe-htmllive", ext="html", source="Ulvercombe Journal", zone="Europe/London", render=r_ulvercombe,
  title="Ukraine war live: seven killed in Kropyvnytskyi missile strike", url="https://ulvercombe-journal.example/world/live/2026/mar/29/ukraine-war-live",
  dateline="Sunday 29 March 2026", authors=["Rhiannon Pryce", "Gareth Lowry"],
  lede="Rescuers search for survivors after a Russian strike near the railway station; the Pope calls for an Easter ceasefire.",
  basis="visible '{s}' in <time datetime> (UK summer time, BST = UTC+1 from 01:00 UTC that day) under 'Sunday 29 March 2026'; local {d} in {z}",
  notes="Invented outlet (UK). HTML live blog, newest first. JSON-LD LiveBlogPosting whose liveBlogUpdate items all carry the PAGE's headline and "
        "datePublished (the first post's time) with a shortened articleBody, so per-entry times must come from the visible '<time>10.05am BST</time>'. "
        "UK clocks went forward at 01:00 UTC; all posts are BST. Signature line '\u2013 NAME' after each body (author). Must not merge: the Pope's "
        "Easter ceasefire appeal (13542-02) shares the ceasefire theme with Turkey's energy-truce offer (other seeds) but is another statement.",
  not_entries=["header and nav", "title, date, standfirst", "signature lines", "newsletter promo after the second post", "footer"],
  entries=[
  E("2026-03-29 20:15", "Kropyvnytskyi: search ends with seven confirmed dead",
    ["Rescuers in Kropyvnytskyi have finished searching the damaged buildings near the railway station, and the confirmed death toll from Sunday morning\u2019s Russian missile strike stands at seven, Ukraine\u2019s emergency service said.",
     "Among the injured are four children."],
    "strikes", "strikes", 3, KROP, a="Rhiannon Pryce", n="toll 7"),
  E("2026-03-29 17:40", "Pope Leo calls for ceasefire over Easter",
    ["Pope Leo XIV used his Palm Sunday homily to call for a ceasefire in Ukraine over Easter, which Catholic and Orthodox Christians celebrate a week apart this year.",
     "He asked both sides to exchange prisoners as a gesture of goodwill."],
    "diplomacy", "diplomacy", 2, "pope-easter-ceasefire-appeal-2026-03-29", a="Gareth Lowry",
    n="same theme (truce) as Turkey's energy-truce offer, other statement: must not merge with it"),
  E("2026-03-29 15:05", "UK pledges \u00a3150m for Ukrainian interceptor drones",
    ["The UK will spend \u00a3150m on interceptor drones made in Ukraine, Defence Secretary John Healey said, as part of a joint production deal signed in Kyiv."],
    "aid", "aid", 2, "uk-interceptor-drone-funding-2026-03-29", a="Gareth Lowry"),
  E("2026-03-29 12:20", "Kropyvnytskyi strike: four dead as rail station damaged",
    ["At least four people have been killed in a Russian missile strike on Kropyvnytskyi, the regional governor says, with the city\u2019s railway station among the buildings damaged."],
    "strikes", "strikes", 3, KROP, a="Rhiannon Pryce", n="toll 4"),
  E("2026-03-29 09:30", "Ukraine says it pushed Russian troops back near Huliaipole",
    ["Ukrainian forces have retaken positions on the outskirts of Huliaipole in the Zaporizhzhia region, the army\u2019s southern command said, a claim Russia did not immediately address."],
    "other", "frontline", 2, "huliaipole-counterattack-claim-2026-03-29", a="Rhiannon Pryce"),
  ]))

# ---------------------------------------------------------------- 13543 Garthwaite Wire (day 3)
SEEDS.append(dict(
  id="13543", name="13543_garthwaite-rss", ext="xml", source="Garthwaite Wire", zone="Europe/Kyiv", render=r_rss_world, gmt=False, cdata=True,
  title="Garthwaite Wire \u2013 Ukraine", url="https://garthwaite-wire.example", lede="Agency copy on the war in Ukraine",
  basis="RSS pubDate '{s}' (explicit +0300 offset = Kyiv summer time, in force from 01:00 UTC that day); local {d} in {z}",
  notes="Invented outlet (news agency). RSS 2.0, newest first, pubDate with +0300 (Kyiv summer time began that night), dc:creator per item, CDATA HTML "
        "descriptions. Spells the city 'Kropyvnytskyy'. Toll grows 3 -> 7. 13543-05 (Oleksandriia drones) must not merge with the Kropyvnytskyy strike "
        "(same region, other attack).",
  not_entries=["channel title, link, atom:link, description, language, lastBuildDate, ttl", "item link, guid and category elements"],
  entries=[
  E("2026-03-29 21:50", "Kropyvnytskyy toll reaches seven; day of mourning declared",
    ["The death toll from Sunday\u2019s Russian missile strike on Kropyvnytskyy has risen to seven, and the city will observe a day of mourning on Monday, the mayor\u2019s office said."],
    "strikes", "strikes", 3, KROP, a="Oleh Danylenko", n="spelling 'Kropyvnytskyy'; toll 7"),
  E("2026-03-29 19:15", "Sybiha: Ankara ready to host energy truce talks in April",
    ["Ukraine\u2019s foreign minister said Turkey was ready to host talks on halting strikes on energy infrastructure as early as April, and that Kyiv expected Washington to take part."],
    "diplomacy", "diplomacy", 3, TRUCE, a="Kateryna Bilyk"),
  E("2026-03-29 15:40", "Russia claims capture of village near Kostiantynivka",
    ["Russia\u2019s defence ministry said its troops had captured the village of Stupochky near Kostiantynivka in the Donetsk region. Ukraine\u2019s general staff did not confirm the claim."],
    "other", "frontline", 2, "kostiantynivka-village-claim-2026-03-29", a="Oleh Danylenko"),
  E("2026-03-29 13:20", "Kropyvnytskyy: trains rerouted after missile strike; three dead",
    ["Ukrainian Railways rerouted passenger trains around Kropyvnytskyy after a Russian missile strike damaged tracks near the station, killing three people, officials said."],
    "strikes", "strikes", 3, KROP, a="Kateryna Bilyk", n="toll 3"),
  E("2026-03-29 10:05", "Oleksandriia drone attack injures three",
    ["Three people were injured in an overnight Russian drone attack on Oleksandriia in the Kirovohrad region, the regional governor said."],
    "strikes", "strikes", 3, OLEKS, a="Oleh Danylenko", n="same region, other attack: must not merge with the Kropyvnytskyy missile strike"),
  E("2026-03-29 07:45", "Russian drones hit energy facility in Sumy region",
    ["A Russian drone attack damaged an energy facility in the Shostka district of the Sumy region overnight, leaving several villages without power, the regional administration said."],
    "strikes", "strikes", 2, "sumy-region-energy-drone-strike-2026-03-29", a="Kateryna Bilyk"),
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
            date_only = len(e["t"]) == 10
            if date_only:
                pub, loc = e["t"], f"{e['t']} {S['zone']}"
            else:
                pub = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
                loc = d.strftime("%Y-%m-%d %H:%M" + (":%S" if d.second else "") + " ") + S["zone"]
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i], "published": pub, "published_local": loc,
                         "published_basis": S["basis"].format(s=stamps[i], s0=S.get("pstamp", ""), d=d.strftime("%Y-%m-%d" if date_only else "%Y-%m-%d %H:%M"), z=S["zone"]),
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

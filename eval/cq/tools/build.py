#!/usr/bin/env python3
"""Builds eval/cq seeds and gold files from one hand-written data table (below).
All news text is invented or paraphrased by the blind tester in his own words; Part B outlets are invented.
Deterministic. Run from the project root: python3 eval/cq/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBR = {"U.S.", "U.N.", "U.K.", "Sen.", "Rep.", "Gen.", "Lt.", "Col.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Jan.", "Feb.",
        "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "a.m.", "p.m.", "Del.", "Md.", "Pa.", "D-Del.", "Sgt.", "Maj."}


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None, **kw):
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018(]|$)', par):
        tok = par[:m.end()].split()[-1].lstrip('("\u201c\u2018')
        if tok in ABBR or re.fullmatch(r"(?:[A-Z]\.)+", tok):
            continue
        return par[:m.end()]
    return par


def esc(s):
    return html.escape(s, quote=False)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def h12(d, style):
    """12-hour clock in several house styles. ap: '9:40 a.m.'; lower: '9:40 am'; upper: '9:40 AM'; dot: '9.40am'."""
    hh = d.hour % 12 or 12
    pm = d.hour >= 12
    if style == "ap":
        return f"{hh}:{d.minute:02d} " + ("p.m." if pm else "a.m.")
    if style == "lower":
        return f"{hh}:{d.minute:02d} " + ("pm" if pm else "am")
    if style == "upper":
        return f"{hh}:{d.minute:02d} " + ("PM" if pm else "AM")
    if style == "dot":
        return f"{hh}.{d.minute:02d}" + ("pm" if pm else "am")
    raise ValueError(style)


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def iso(d):
    return d.isoformat()


def span(S):
    ts = [dt(e["t"], S["zone"]) for e in S["entries"]]
    return min(ts), max(ts)


def zulu(d):
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# ============================================================ Part A renderers (layout of real outlets, own words)

def r_ctn(S):  # Cumberland Times-News, BLOX CMS section front (news/world), HTML. Cards: headline, byline + <time datetime> whose
    # visible text is relative ("25 min ago", "4 hrs ago") as rendered at S["render"]; summary paragraph. Newest first.
    z = S["zone"]; render = dt(S["render_at"], z)
    ld = {"@context": "http://schema.org", "@type": "CollectionPage", "name": "World News", "url": "https://www.times-news.com/news/world/",
          "publisher": {"@type": "Organization", "name": "Cumberland Times-News"}}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           '<script type="application/ld+json">' + json.dumps(ld) + '</script>',
           '<script>var __tnt = __tnt || {}; __tnt.user = {"loggedIn": false};</script></head>',
           '<body class="section-front section-news-world">',
           '<a href="#main-page-container" class="sr-only">Skip to main content</a>',
           '<div id="site-navbar-container"><nav class="navbar"><a class="navbar-brand" href="/">Cumberland Times-News</a>',
           '<ul class="nav navbar-nav"><li><a href="/news/">News</a></li><li><a href="/news/local_news/">Local News</a></li><li><a href="/sports/">Sports</a></li>'
           '<li><a href="/opinion/">Opinion</a></li><li><a href="/obituaries/">Obituaries</a></li><li><a href="/news/lifestyles/">Lifestyles</a></li>'
           '<li><a href="/classifieds/">Classifieds</a></li><li><a href="/eedition/">e-Edition</a></li></ul>',
           '<ul class="nav navbar-right"><li><a href="/subscribe/">Subscribe</a></li><li><a href="/users/login/">Log In</a></li></ul></nav>',
           '<div class="weather-widget"><span class="city">Cumberland, MD</span> <span class="temp">24&deg;</span> <span class="cond">Snow showers</span></div></div>',
           '<div id="main-page-container" class="container"><div class="row"><div class="col-md-8">',
           f'<header class="block-title"><h1><span>{esc(S["h1"])}</span></h1></header>',
           '<section id="tncms-region-front-full-top-a" class="tncms-region">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((render - d).total_seconds() // 60)
        assert mins >= 1
        st = f"{mins} min ago" if mins < 60 else ("1 hr ago" if mins < 120 else f"{mins // 60} hrs ago")
        stamps.append(st)
        uid = f"{(i * 7919 + 1013) % 9973:04d}c2be-ae1f-11ef-9d1a-{i:012d}"
        out += [f'<article class="tnt-asset-type-article card summary tnt-section-world" id="lin_{uid}">',
                '<div class="card-container"><div class="card-headline">',
                f'<h3 class="tnt-headline"><a href="/news/world/{e["slug"]}/article_{uid}.html" class="tnt-asset-link">{esc(e["h"])}</a></h3></div>',
                '<ul class="list-inline card-meta">',
                f'<li class="card-byline"><span class="tnt-byline">{esc(e["byline"])}</span></li>',
                f'<li class="card-date"><time datetime="{iso(d)}" class="tnt-date asset-date text-muted">{st}</time></li></ul>',
                '<div class="card-lead"><p class="tnt-summary">' + esc(e["p"][0]) + '</p></div>', '</div></article>']
        if i == 2:
            out.append('<div class="tnt-ads-container"><div class="tnt-ads">Advertisement</div></div>')
    out += ['</section>', '<div class="pagination"><a href="?o=20" class="btn btn-default">Next Page</a></div>',
            '</div><aside class="col-md-4"><div class="card-panel"><h3 class="block-title-inner">Most Popular</h3>',
            '<ol><li><a href="/news/local_news/a1">Frostburg council weighs parking changes on Main Street</a></li>',
            '<li><a href="/news/local_news/a2">Allegany County schools announce two-hour delay</a></li>',
            '<li><a href="/sports/a3">Fort Hill edges Allegany in overtime thriller</a></li></ol></div>',
            '<div class="card-panel newsletter"><h3>Breaking News</h3><p>Get the latest headlines sent to your inbox.</p>'
            '<input type="email" placeholder="Email Address"> <button>Sign up!</button></div>',
            '<div class="card-panel"><h3>Latest e-Edition</h3><a href="/eedition/">Cumberland Times-News e-Edition</a></div></aside></div></div>',
            '<footer id="site-footer"><p>&copy; Copyright 2025 Cumberland Times-News, 19 Baltimore St. Cumberland, MD | '
            '<a href="/site/terms.html">Terms of Use</a> | <a href="/site/privacy.html">Privacy Policy</a></p>',
            '<p class="tnt-powered">Powered by BLOX Content Management System from TownNews.com.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_fnp(S):  # The Frederick News-Post, BLOX RSS 2.0 feed of the World section: pubDate with the local offset (-0500),
    # dc:creator "By NAME Associated Press", summary only in <description>, enclosure images. Newest first.
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:media="http://search.yahoo.com/mrss/" xmlns:georss="http://www.georss.org/georss">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://www.fredericknewspost.com/news/world/</link>',
           '<atom:link href="https://www.fredericknewspost.com/search/?f=rss&amp;t=article&amp;c=news/world&amp;l=50&amp;s=start_time&amp;sd=desc" '
           'rel="self" type="application/rss+xml" />',
           '<description>World news from The Frederick News-Post</description>', '<generator>TownNews.com Content Engine</generator>',
           '<docs>http://www.rssboard.org/rss-specification</docs>', '<ttl>30</ttl>', f'<lastBuildDate>{S["build"]}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        uid = f"{(i * 4421 + 77) % 9973:04d}d1aa-d9b8-11ef-8b5c-{i + 1:012d}"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<description>{esc(e['p'][0])}</description>",
                f"<pubDate>{st}</pubDate>", f'<guid isPermaLink="false">{uid}</guid>',
                f"<link>https://www.fredericknewspost.com/news/world/{e['slug']}/article_{uid}.html</link>",
                f"<dc:creator>{esc(e['byline'])}</dc:creator>",
                f'<enclosure url="https://bloximages.newyork1.vip.townnews.com/fredericknewspost.com/content/tncms/assets/v3/editorial/{uid[:1]}/{uid[1:3]}/{uid}/photo.jpg?resize=300%2C200" length="0" type="image/jpeg" />',
                "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_heraldmail(S):  # The Herald-Mail (USA TODAY Network / Gannett) live blog carrying USA TODAY's updates, copied as text.
    # Newest first; each post: headline, author line, then the time "5:48 p.m. ET" (stamp AFTER the headline). No year anywhere.
    z = S["zone"]
    L = ["Skip to main content", "Skip to main content", "Hagerstown, MD", "Herald-Mail", "Subscribe", "Sign In", "",
         "Home", "Local", "Sports", "Things To Do", "Opinion", "Obituaries", "eNewspaper", "Legals", "", "WORLD", "",
         S["title"], "", "Live", "", S["lede"], "", S["byline"], S["dayline"], S["updated"], "", "Facebook", "X", "Email", "",
         "Show Caption", "Hide Caption", S["caption"], S["credit"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, "ap") + " ET"; stamps.append(st)
        L += [e["h"], e["a"], st, ""] + ptxt(e["p"])
        if e.get("rel"):
            L += ["RELATED: " + e["rel"], ""]
        if i == 2:
            L += ["Stay informed with our newsletter.", "Sign up for our daily briefing \u2013 delivered to your inbox.", "Sign Up", ""]
    L += ["Contributing: Reuters", "", "Load more updates", "", "About Us", "Newsroom Staff Directory", "Accessibility", "Our Ethical Principles",
          "Terms of Service", "Privacy Policy", "Your Privacy Choices", "Site Map"]
    text = "\n".join(L) + "\n"
    assert "2025" not in text
    return text, stamps


def r_cecil(S):  # Cecil Whig, BLOX article page "World briefs" copied as text: wire briefs that start with a dateline and have
    # NO headlines and no per-item time; one page byline ("From wire reports") and one posted line.
    L = ["Skip to main content", "You are the owner of this article.", "Edit Article", "Add New Article", "Close",
         "You have permission to edit this article.", "Edit", "Close", "", "Sections", "Search", "", "Cecil Whig", "", "Subscribe", "Log In", "",
         "Elkton, MD", "41\u00b0", "Partly Cloudy", "", "Home", "News", "Sports", "Obituaries", "Opinion", "Community", "Business", "e-Edition",
         "Classifieds", "Legal Notices", "", "Nation & World", "", S["title"], "", S["byline"], S["posted"], "",
         "Facebook", "Twitter", "WhatsApp", "SMS", "Email", "Print", "Copy article link", "Save", ""]
    for i, e in enumerate(S["entries"]):
        L += ptxt(e["p"])
        if i == 2:
            L += ["Support local journalism", "Subscribe to the Cecil Whig for unlimited digital access.", ""]
    L += ["Tags", "Russia-Ukraine War", "International", "Wire", "", "Most Popular", "Articles", "Images",
          "Elkton council approves new water rates", "Rising Sun man charged after traffic stop", "North East marina plans summer expansion", "",
          "Welcome to the discussion.", "Keep it clean and civil. No threats, no name-calling, no personal attacks.", "", "Today's e-Edition", "",
          "Cecil Whig", "601 N. Bridge St. Elkton, MD 21921", "Terms of Use | Privacy Policy",
          "\u00a9 Copyright 2025 Cecil Whig. All rights reserved.", "Powered by BLOX Content Management System from TownNews.com."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_stardem(S):  # The Star Democrat (Easton, Md.), BLOX article page, HTML, with NewsArticle JSON-LD. The article is a rolling
    # AP "The latest" page: each update is an <h3> subhead followed by its time "8:15 a.m." (stamp AFTER the headline, no zone).
    # Oldest first; one page byline.
    z = S["zone"]; first, last = span(S)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": iso(first), "dateModified": iso(last),
          "author": [{"@type": "Person", "name": S["byline_name"]}], "publisher": {"@type": "Organization", "name": "The Star Democrat"},
          "articleSection": "World", "description": S["lede"]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | World | stardem.com</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="asset-page">', '<a href="#main-page-container" class="sr-only">Skip to main content</a>',
           '<header><a class="navbar-brand" href="/">The Star Democrat</a><nav><a href="/news/">News</a> <a href="/sports/">Sports</a> '
           '<a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> <a href="/eedition/">E-Edition</a> <a href="/classifieds/">Classifieds</a></nav>'
           '<a href="/subscribe/">Subscribe</a> <a href="/users/login/">Log In</a></header>',
           '<div id="main-page-container"><article itemscope itemtype="http://schema.org/NewsArticle">',
           '<header class="asset-header"><div class="asset-label"><a href="/news/world/">World</a></div>',
           f'<h1 class="headline"><span class="tnt-headline">{esc(S["title"])}</span></h1>',
           f'<ul class="list-inline asset-meta"><li class="asset-byline">By {esc(S["byline_name"])} Associated Press</li>'
           f'<li><time datetime="{iso(first)}" class="tnt-date asset-date text-muted">{MON3[first.month - 1]} {first.day}, {first.year}</time></li></ul>',
           '<div class="share-container"><a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a> <a>SMS</a> <a>Email</a> <a>Print</a> <a>Copy article link</a> <a>Save</a></div></header>',
           '<div class="asset-content" itemprop="articleBody"><div id="article-body">', f'<p>{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, "ap"); stamps.append(st)
        out += [f'<h3>{esc(e["h"])}</h3>', f'<p class="update-time"><em>{st}</em></p>'] + [f"<p>{esc(p)}</p>" for p in e["p"]]
        if i == 2:
            out.append('<div class="tnt-ads">Advertisement</div>')
    out += ['<p class="copyright">Copyright 2025 The Associated Press. All rights reserved.</p></div></div>',
            '<div class="asset-tags"><h4>Tags</h4><a>Russia-Ukraine War</a> <a>Politics</a> <a>Diplomacy</a></div>',
            '<section class="related"><h4>Related to this story</h4><a href="/r1">Talbot County Ukrainian families mark third year since arrival</a></section>',
            '</article></div>', '<footer><p>The Star Democrat, 29088 Airpark Drive, Easton, MD 21601 | Terms of Use | Privacy Policy</p>'
            '<p>Powered by BLOX Content Management System from TownNews.com.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_cape(S):  # Cape Gazette (Lewes, Del.), Drupal RSS 2.0 feed: pubDate in +0000 although the paper is on Eastern time,
    # dc:creator per item, description is escaped HTML (several <p>), guid "NNN at https://www.capegazette.com". Newest first.
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<rss version="2.0" xml:base="https://www.capegazette.com/" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.capegazette.com/</link>', '<description></description>', '<language>en</language>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        nid = 297411 - i * 37
        body = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://www.capegazette.com/article/{e['slug']}/{nid}</link>",
                f"<description>{esc(body)}</description>", f"<pubDate>{st}</pubDate>", f"<dc:creator>{esc(e['a'])}</dc:creator>",
                f'<guid isPermaLink="false">{nid} at https://www.capegazette.com</guid>', "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_dsn(S):  # Delaware State News (baytobaynews.com) Nation/World section, copied as text. Cards: headline, "By NAME Associated
    # Press" byline, stamp "Jun 22, 2025 4:40 PM" (local time, no zone printed), summary, "Read more". Newest first; crosses local midnight.
    z = S["zone"]
    L = ["Skip to main content", "Delaware State News", "Bay to Bay News", "", "Subscribe", "Log In", "", "Dover, DE", "84\u00b0", "Sunny", "",
         "News", "Delaware State News", "Sussex Post", "Milford Beacon", "Sports", "Obituaries", "Opinion", "Nation/World", "Classifieds", "E-Edition", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MON3[d.month - 1]} {d.day}, {d.year} {h12(d, 'upper')}"; stamps.append(st)
        L += [e["h"], e["byline"], st, ""] + ptxt(e["p"]) + ["Read more", ""]
        if i == 3:
            L += ["ADVERTISEMENT", ""]
    L += ["Load More", "", "Sign up for our newsletters", "Get the latest news from Kent and Sussex counties in your inbox.", "Sign Up", "",
          "Delaware State News", "110 Galaxy Drive, Dover, DE 19901", "Terms of Use", "Privacy Policy", "\u00a9 2025 Bay to Bay News"]
    return "\n".join(L) + "\n", stamps


def r_or(S):  # Observer-Reporter (Washington, Pa.), BLOX article page, HTML, built as a timeline of the day: each item is a bold
    # time paragraph "7:30 a.m. EDT" BEFORE an <h4> headline, body, and an agency credit line. Oldest first. NewsArticle JSON-LD.
    z = S["zone"]; first, last = span(S)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": iso(first), "dateModified": iso(last),
          "author": [{"@type": "Organization", "name": "Observer-Reporter"}], "publisher": {"@type": "Organization", "name": "Observer-Reporter"}}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | News | observer-reporter.com</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body class="asset-page">',
           '<header><a class="navbar-brand" href="/">Observer-Reporter</a><nav><a href="/news/">News</a> <a href="/sports/">Sports</a> '
           '<a href="/news/localnews/">Local News</a> <a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> <a href="/eedition/">e-Edition</a></nav>'
           '<a href="/subscribe/">Subscribe</a></header>', '<div id="main-page-container"><article>',
           f'<h1 class="headline"><span class="tnt-headline">{esc(S["title"])}</span></h1>',
           f'<ul class="list-inline asset-meta"><li class="asset-byline">{esc(S["byline"])}</li>'
           f'<li><time datetime="{iso(first)}" class="tnt-date asset-date text-muted">{MON3[first.month - 1]} {first.day}, {first.year}</time></li>'
           f'<li>Updated <time datetime="{iso(last)}">{h12(last, "ap")}</time></li></ul>',
           '<div class="share-container"><a>Facebook</a> <a>Twitter</a> <a>Email</a> <a>Print</a> <a>Save</a></div>',
           '<div class="asset-content"><div id="article-body">', f'<p>{esc(S["lede"])}</p>', '<div class="timeline">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, "ap") + " EDT"; stamps.append(st)
        out += ['<div class="timeline-item">', f'<p class="timeline-time"><strong>{st}</strong></p>', f'<h4>{esc(e["h"])}</h4>']
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out += [f'<p class="credit">\u2014 {esc(e["a"])}</p>', "</div>"]
        if i == 3:
            out.append('<div class="newsletter-signup"><h4>Get our daily headlines</h4><input type="email" placeholder="Email"> <button>Sign up</button></div>')
    out += ['</div></div></div>', '<section class="related"><h4>Read more</h4><a href="/r1">Washington County Ukrainian church plans summer festival</a></section>',
            '</article></div>', '<footer><p>Observer-Reporter, 122 S. Main St., Washington, PA 15301</p><p>&copy; Copyright 2025 Observer-Reporter</p>'
            '<p>Powered by BLOX Content Management System from TownNews.com.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_ldn(S):  # Lebanon Daily News (USA TODAY Network / Gannett) live blog, HTML: LiveBlogPosting JSON-LD with per-update
    # datePublished (Z) and headline; visible posts: h2 headline, author, then stamp "5:40 p.m. ET Nov. 11, 2025". Newest first.
    # A "What we know" summary box on top (not a Key Points block).
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": e["h"], "datePublished": zulu(d),
                    "articleBody": " ".join(e["p"]), "author": {"@type": "Person", "name": e["a"]}})
    first, last = span(S)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "url": S["url"],
          "datePublished": zulu(first), "dateModified": zulu(last), "coverageStartTime": zulu(first),
          "publisher": {"@type": "Organization", "name": "Lebanon Daily News"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="gnt_n"><a class="gnt_n_logo" href="/">Lebanon Daily News</a><nav class="gnt_n_mn"><a href="/">Home</a> <a href="/news/local/">Local</a> '
           '<a href="/sports/">Sports</a> <a href="/entertainment/">Entertainment</a> <a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> '
           '<a href="https://lebanon-pa.newsmemory.com/">eNewspaper</a> <a href="/legals/">Legals</a></nav><a class="gnt_n_sub">Subscribe</a> <a>Sign In</a></div>',
           '<main class="gnt_cw"><div class="gnt_ar_lbl">WORLD</div>', f'<h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
           '<div class="gnt_ar_by">USA TODAY</div>', f'<div class="gnt_ar_dt">{esc(S["updated"])}</div>',
           '<aside class="gnt_ar_b_wwk"><h3>What we know</h3><ul>'] + [f"<li>{esc(x)}</li>" for x in S["know"]] + ['</ul></aside>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{h12(d, 'ap')} ET {AP_MON[d.month - 1]} {d.day}, {d.year}"; stamps.append(st)
        out += [f'<article class="gnt_lb_p" id="post-{i + 1}">', f'<h2 class="gnt_lb_p_hl">{esc(e["h"])}</h2>',
                f'<div class="gnt_lb_p_by">{esc(e["a"])}</div>', f'<div class="gnt_lb_p_dt">{st}</div>']
        out += [f'<p class="gnt_ar_b_p">{esc(p)}</p>' for p in e["p"]]
        out.append("</article>")
        if i == 1:
            out.append('<div class="gnt_em_nl"><p>Get the Daily Briefing newsletter.</p><button>Sign Up</button></div>')
    out += ['<button class="gnt_lb_more">Load more</button></main>',
            '<footer class="gnt_f"><a>About Us</a> <a>Newsroom Staff Directory</a> <a>Terms of Service</a> <a>Privacy Policy</a> <a>Your Privacy Choices</a>'
            '<p>&copy; 2025 www.ldnews.com. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_po(S):  # Public Opinion (Chambersburg, Pa.; USA TODAY Network) article copied as text: Gannett "Published ... | Updated ..." line,
    # page byline, photo caption, bold subheads; one entry per subhead; no per-section time.
    L = ["Skip to main content", "Skip to main content", "Chambersburg, PA", "Public Opinion", "Subscribe", "Sign In", "",
         "Home", "Local", "Sports", "Things To Do", "Opinion", "Obituaries", "eNewspaper", "Legals", "", "WORLD", "", S["title"], "",
         S["byline"], "USA TODAY", "", S["dateline"], "", "Show Caption", "Hide Caption", S["caption"], S["credit"], "", S["lede"], ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["Want more? Sign up for USA TODAY's On Politics newsletter.", ""]
    L += ["Contributing: Associated Press", "", S["contact"], "", "About Us", "Newsroom Staff Directory", "Accessibility", "Terms of Service",
          "Privacy Policy", "Your Privacy Choices", "\u00a9 2025 www.publicopiniononline.com. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ============================================================ PART A: single pages (layouts of real outlets, own words)
SEEDS = []
NY = "America/New_York"

SEEDS.append(dict(id="9600", name="9600_cumberland-timesnews-world", ext="html", source="Cumberland Times-News", zone=NY, render=r_ctn,
  title="World News | times-news.com", h1="World News", render_at="2025-01-06 10:05",
  notes="Imitates the Cumberland Times-News (BLOX CMS / TownNews) World section front. Newest first. Each card: headline link, byline "
        "('By NAME Associated Press' or 'The Associated Press'), a <time datetime> whose VISIBLE text is relative ('25 min ago', '4 hrs ago'; "
        "rendered 10:05 a.m. EST), then a one-paragraph summary. The exact time is only in the datetime attribute (-05:00). The page crosses "
        "local midnight: the last three cards are from the evening of Jan 5 (EST) but all seven are on 2025-01-06 in UTC. Authors: the name in "
        "the byline (capitals as printed; the agency when only the agency is credited). Entry 06 (Canadian politics) is off-beat.",
  not_entries=["'Skip to main content'", "masthead, menu, Subscribe / Log In", "weather widget 'Cumberland, MD 24\u00b0 Snow showers'",
               "section heading 'World News' (page title)", "'Advertisement' slot", "'Next Page'", "aside 'Most Popular' (three local links)",
               "'Breaking News' newsletter box", "'Latest e-Edition' box", "footer copyright and 'Powered by BLOX ...'"],
  entries=[
  E("2025-01-06 09:40", "Russia says its forces captured Kurakhove, a long-contested town in eastern Ukraine",
    ["Russia's Defense Ministry said Monday that its troops had taken full control of Kurakhove, a town in Ukraine's Donetsk region that "
     "Moscow's forces had been squeezing from three sides since the autumn; Ukraine's military did not immediately confirm the loss."],
    "other", "frontline", 3, "russia-claims-kurakhove-2025-01-06", a="MYKOLA HRYSHKO", byline="By MYKOLA HRYSHKO Associated Press",
    slug="russia-kurakhove", n="Big territorial claim -> frontline, importance 3."),
  E("2025-01-06 07:15", "Ukraine keeps up fresh assaults inside Russia's Kursk region",
    ["Ukrainian units pressed a new push inside Russia's Kursk region for a second day, while Moscow said it had repelled most of the attacks "
     "and knocked out dozens of armored vehicles."],
    "other", "frontline", 2, "ukraine-kursk-new-push-2025-01", a="DARYNA STETSENKO", byline="By DARYNA STETSENKO Associated Press", slug="kursk-assaults"),
  E("2025-01-06 05:50", "Falling drone debris sets fuel tanks ablaze at Russian depot, governor says",
    ["Debris from a Ukrainian drone brought down overnight hit a fuel storage site in Russia's Oryol region and started a fire that crews "
     "contained by morning, the regional governor said, adding that nobody was hurt."],
    "strikes", "strikes", 2, "oryol-fuel-depot-drone-2025-01-06", a="The Associated Press", byline="The Associated Press", slug="oryol-depot-fire"),
  E("2025-01-06 01:20", "Zelenskyy says Trump has the leverage to push Putin toward a deal",
    ["In a long podcast interview released Sunday, Ukrainian President Volodymyr Zelenskyy said he believed Donald Trump was strong enough "
     "to force Vladimir Putin to the table, but that any settlement would need solid security guarantees for Kyiv."],
    "diplomacy", "diplomacy", 2, "zelensky-podcast-trump-putin", a="JOANNA FERRIS", byline="By JOANNA FERRIS Associated Press", slug="zelenskyy-trump-leverage",
    n="Interview remarks, no diplomatic act -> importance 2."),
  E("2025-01-05 22:45", "Glide bombs hit industrial area of Zaporizhzhia, wounding 9",
    ["Russian aircraft dropped guided bombs on an industrial district of Zaporizhzhia on Sunday evening, wounding nine people and damaging "
     "a factory workshop, the regional governor said."],
    "strikes", "strikes", 2, "zaporizhzhia-glide-bombs-2025-01-05", a="OLENA PYLYPENKO", byline="By OLENA PYLYPENKO Associated Press",
    slug="zaporizhzhia-bombs", n="Printed local day is Jan 5 (EST); UTC day is Jan 6."),
  OFF("2025-01-05 20:30", "Trudeau could announce his resignation as early as Monday, reports say",
      ["Canadian Prime Minister Justin Trudeau is expected to say he will step down as Liberal Party leader, possibly within days, "
       "according to several Canadian media reports that cited unnamed sources."],
      "trudeau-resignation-2025", a="NATHAN PRICE", n="Canadian politics.", byline="By NATHAN PRICE Associated Press", slug="trudeau-resignation"),
  E("2025-01-05 19:35", "Slovakia's Fico threatens to stop electricity supplies to Ukraine in gas transit feud",
    ["Slovak Prime Minister Robert Fico said his government could halt electricity exports to Ukraine and review support for Ukrainian "
     "refugees unless Kyiv allows Russian gas to flow through its pipelines again."],
    "diplomacy", "diplomacy", 2, "fico-gas-transit-threat", a="PETER VORONA", byline="By PETER VORONA Associated Press", slug="fico-threat",
    n="Dispute between two states over war-related gas transit -> diplomacy."),
  ]))

SEEDS.append(dict(id="9601", name="9601_fredericknewspost-world-rss", ext="xml", source="The Frederick News-Post", zone=NY, render=r_fnp,
  title="fredericknewspost.com - World", build="Thu, 23 Jan 2025 18:02:11 -0500",
  notes="Imitates The Frederick News-Post's BLOX RSS feed of its World section. Newest first. pubDate carries the local offset -0500 (EST). "
        "<description> holds only the summary paragraph. dc:creator holds the printed byline 'By NAME Associated Press'; author is the name. "
        "Entry 05 (California wildfire) is off-beat.",
  not_entries=["channel title, link, atom:link, description, generator, docs, ttl, lastBuildDate", "<guid>, <link> and <enclosure> of each item"],
  entries=[
  E("2025-01-23 17:45", "Trump tells Davos crowd that cheaper oil would help end the war in Ukraine",
    ["Speaking by video to business leaders in Switzerland, President Donald Trump urged Saudi Arabia and the OPEC cartel to bring down "
     "the price of oil, arguing that lower prices would cut Russia's revenue and hasten the end of the fighting in Ukraine."],
    "diplomacy", "diplomacy", 2, "trump-davos-oil-price-appeal", a="ELENA SOKOL", byline="By ELENA SOKOL Associated Press", slug="trump-davos-oil",
    n="Public appeal in a speech, no diplomatic act -> importance 2."),
  E("2025-01-23 15:20", "Kremlin says Trump's threat of sanctions and tariffs contains nothing new",
    ["The Kremlin's spokesman said Thursday that Moscow saw no fresh elements in President Donald Trump's warning of higher taxes, tariffs "
     "and sanctions if Russia does not agree to end the war, and said Russia was still open to talks on an equal footing."],
    "diplomacy", "diplomacy", 2, "trump-sanctions-threat-russia-2025-01", a="TOMAS BRENNER", byline="By TOMAS BRENNER Associated Press",
    slug="kremlin-trump-threat", n="Reaction to Trump's Jan 22 threat; same story as the threat itself."),
  E("2025-01-23 12:05", "Russian drones damage homes and a kindergarten near Kyiv",
    ["Russian drones struck several villages in the Kyiv region overnight, damaging houses and a kindergarten and injuring three people, "
     "regional authorities said Thursday."],
    "strikes", "strikes", 2, "kyiv-region-drones-2025-01-23", a="The Associated Press", byline="The Associated Press", slug="kyiv-region-drones"),
  E("2025-01-23 10:30", "Ukraine says its drones set an oil pumping station in Russia on fire",
    ["Ukraine's General Staff said its long-range drones hit an oil pumping station in Russia's Bryansk region overnight, causing a large "
     "fire; the regional governor said only that an attack had been repelled."],
    "strikes", "strikes", 2, "bryansk-oil-station-drone-2025-01-23", a="ELENA SOKOL", byline="By ELENA SOKOL Associated Press", slug="bryansk-oil-station"),
  OFF("2025-01-23 08:40", "Fast-moving fire north of Los Angeles forces thousands to flee",
      ["A wildfire in the hills near Castaic Lake spread across thousands of acres within hours, prompting evacuation orders for tens of "
       "thousands of residents as firefighters battled strong winds."],
      "castaic-wildfire-2025-01", a="AMANDA REYES", n="California wildfire.", byline="By AMANDA REYES Associated Press", slug="castaic-fire"),
  E("2025-01-23 06:10", "North Korean troops have suffered heavy losses in Kursk, Ukraine's intelligence service says",
    ["Ukraine's military intelligence agency said North Korean soldiers sent to fight in Russia's Kursk region had taken heavy casualties "
     "and that some units had been pulled back to regroup."],
    "other", "frontline", 2, "north-korean-troops-kursk-losses", a="DARYNA STETSENKO", byline="By DARYNA STETSENKO Associated Press",
    slug="north-korean-losses"),
  ]))

SEEDS.append(dict(id="9602", name="9602_heraldmail-live", ext="txt", source="The Herald-Mail", zone=NY, render=r_heraldmail,
  title="Zelenskyy heads to London a day after Oval Office blowup: Live updates",
  lede="Ukraine's president arrived in Britain on Saturday for talks with Prime Minister Keir Starmer, as European leaders rushed to show support after his White House meeting with President Donald Trump ended in a shouting match.",
  byline="USA TODAY", dayline="Saturday, March 1", updated="Updated 5:48 p.m. ET",
  caption="Ukrainian President Volodymyr Zelenskyy waves as he arrives in London.", credit="Carl Wendt/Reuters",
  parse_args=["--date", "2025-03-01"],
  notes="Imitates a USA TODAY Network live blog as published on The Herald-Mail (Hagerstown, Md.), copied as text. Newest first. Each "
        "post: headline, author line, then the time '5:48 p.m. ET' (stamp AFTER the headline, author between). The page prints no year "
        "anywhere ('Saturday, March 1'), hence parse_args --date 2025-03-01. Entry 05 carries a 'RELATED:' link line that is not body. "
        "Entry 07 is a video teaser with no body.",
  not_entries=["'Skip to main content' (twice), city, site name, Subscribe / Sign In", "menu", "section label 'WORLD'", "page title line",
               "'Live' label", "standfirst/lede paragraph", "'USA TODAY' credit, day line 'Saturday, March 1', 'Updated 5:48 p.m. ET'",
               "share labels Facebook / X / Email", "'Show Caption' / 'Hide Caption', photo caption and credit",
               "'RELATED: ...' link line inside entry 05", "newsletter promo after the third post", "'Contributing: Reuters'", "'Load more updates'", "footer links"],
  entries=[
  E("2025-03-01 17:48", "Zelenskyy to meet King Charles III on Sunday",
    ["Zelenskyy will be received by King Charles III at his country estate on Sunday, British officials said, hours before European leaders gather in London for a summit on Ukraine.",
     "The meeting is seen in Britain as a gesture of support after Friday's confrontation in Washington."],
    "diplomacy", "diplomacy", 2, "zelensky-king-charles-meeting", a="Layla Brennan"),
  E("2025-03-01 16:10", "Britain and Ukraine sign loan worth 2.26 billion pounds",
    ["Britain's finance minister and her Ukrainian counterpart signed a loan agreement worth 2.26 billion pounds, or about $2.8 billion, that will be repaid from the profits of frozen Russian assets.",
     "The money is earmarked for Ukraine's military, and the first tranche is expected next week, the British Treasury said.",
     "Starmer said the money would come out of Russia's pocket rather than from British taxpayers."],
    "aid", "aid", 3, "uk-ukraine-loan-frozen-assets-2025-03-01", a="Owen Castellano", n="Major financial/military support -> importance 3."),
  E("2025-03-01 13:55", "Starmer greets Zelenskyy with an embrace on Downing Street",
    ["Prime Minister Keir Starmer hugged Zelenskyy on the steps of No. 10 Downing Street as a small crowd outside cheered, then the two men went inside for talks that lasted more than an hour.",
     "Starmer told his guest that the whole country stood behind him."],
    "diplomacy", "diplomacy", 3, "starmer-zelensky-downing-street-2025-03-01", a="Layla Brennan", n="Head-of-government meeting -> importance 3."),
  E("2025-03-01 12:20", "Zelenskyy says relationship with Trump can still be saved",
    ["Zelenskyy said in a televised interview that his relationship with Trump could be repaired, but he stopped short of apologizing for the exchange in the Oval Office.",
     "He said Ukraine still wanted a minerals agreement with the United States and was ready to sign it."],
    "diplomacy", "diplomacy", 2, "zelensky-trump-relationship-remarks", a="Marisa Quint"),
  E("2025-03-01 10:05", "Russian drones hit Kharkiv overnight, wounding five",
    ["Russian attack drones struck residential areas of Kharkiv overnight, wounding five people and setting fire to several cars, the regional governor said on Telegram.",
     "Ukraine's air force said it had shot down most of the drones launched at the country."],
    "strikes", "strikes", 2, "kharkiv-drones-2025-03-01", a="Marisa Quint", rel="What to know about the Ukraine minerals deal"),
  E("2025-03-01 08:30", "European leaders close ranks behind Zelenskyy",
    ["Leaders from France, Germany, Poland, Spain and a dozen other countries posted messages of support for Zelenskyy overnight, many of them using the same words: Ukraine is not alone.",
     "The European Union's foreign policy chief said the free world needed a new leader."],
    "diplomacy", "diplomacy", 2, "europe-support-zelensky-after-oval-office", a="Owen Castellano"),
  E("2025-03-01 06:15", "Watch: Trump and Zelenskyy clash in the Oval Office", [],
    "diplomacy", "diplomacy", 1, "oval-office-clash-2025-02-28", a="USA TODAY", n="Video teaser without body -> importance 1."),
  ]))

SEEDS.append(dict(id="9603", name="9603_cecilwhig-briefs", ext="txt", source="Cecil Whig", zone=NY, render=r_cecil,
  title="World briefs", byline="From wire reports", posted="Feb 25, 2025 5:41 pm",
  notes="Imitates a Cecil Whig (Elkton, Md.; BLOX CMS) wire-briefs article copied as text, with the BLOX editing chrome that shows up in "
        "scrapes ('You are the owner of this article.'). The briefs have NO headlines and no times: each starts with an AP dateline "
        "('KYIV, Ukraine (AP) \u2014'). One entry per brief; headline null; stamp null; published = the posted line 'Feb 25, 2025 5:41 pm' "
        "(Eastern time implied by the paper's home, EST = UTC-5); page byline 'From wire reports' as author. Brief 05 (the Pope's health) is off-beat.",
  not_entries=["BLOX editing chrome ('You are the owner of this article.', 'Edit Article', 'Add New Article', 'Close', ...)",
               "'Sections', 'Search', site name, Subscribe / Log In", "weather 'Elkton, MD 41\u00b0 Partly Cloudy'", "menu", "section label 'Nation & World'",
               "title 'World briefs'", "byline 'From wire reports' and posted line", "share labels", "'Support local journalism' promo",
               "Tags block", "'Most Popular' with three local headlines", "comment-policy lines", "'Today's e-Edition'", "footer address, terms, copyright, 'Powered by BLOX'"],
  entries=[
  E("2025-02-25 17:41", None,
    ["KYIV, Ukraine (AP) \u2014 Ukrainian officials said Tuesday they had settled the terms of an agreement giving the United States a share of future income from Ukraine's mineral wealth, clearing the way for President Volodymyr Zelenskyy to sign it in Washington.",
     "The officials said the final text no longer required Ukraine to repay past American aid, a demand Kyiv had rejected."],
    "diplomacy", "diplomacy", 3, "us-ukraine-minerals-deal", sec=["aid"], a="From wire reports", n="Bilateral agreement -> diplomacy; aid secondary."),
  E("2025-02-25 17:41", None,
    ["MOSCOW (AP) \u2014 Russian President Vladimir Putin said his country was willing to work with American companies on mining rare earth metals, including in parts of Ukraine held by Russian forces.",
     "He said such projects could follow a broader thaw in relations with Washington."],
    "diplomacy", "diplomacy", 2, "putin-rare-earths-offer", a="From wire reports"),
  E("2025-02-25 17:41", None,
    ["KRYVYI RIH, Ukraine (AP) \u2014 A Russian drone attack on the central city of Kryvyi Rih overnight damaged two apartment buildings and a store and injured four people, the head of the city's military administration said."],
    "strikes", "strikes", 2, "kryvyi-rih-drones-2025-02-25", a="From wire reports"),
  E("2025-02-25 17:41", None,
    ["BRUSSELS (AP) \u2014 The European Union's foreign policy chief is preparing a plan under which member countries would pledge billions of euros in fresh military aid for Ukraine this year, according to diplomats who have seen a draft.",
     "Contributions would be voluntary and sized to each country's economy, they said."],
    "aid", "aid", 2, "eu-military-aid-plan-draft", a="From wire reports"),
  OFF("2025-02-25 17:41", None,
      ["VATICAN CITY (AP) \u2014 Pope Francis rested well overnight in the Rome hospital where he is being treated for pneumonia, and his condition showed a slight improvement, the Vatican said Tuesday."],
      "pope-francis-hospital-2025", a="From wire reports", n="the Pope's health."),
  E("2025-02-25 17:41", None,
    ["MOSCOW (AP) \u2014 Russia's Defense Ministry said Tuesday that its troops had driven Ukrainian forces out of another village in the Kursk region, shrinking the area Ukraine still holds inside Russia."],
    "other", "frontline", 2, "kursk-village-claim-2025-02-25", a="From wire reports"),
  ]))

SEEDS.append(dict(id="9604", name="9604_stardem-latest", ext="html", source="The Star Democrat", zone=NY, render=r_stardem,
  title="The latest: Trump to speak with Putin as allies plan for a ceasefire", byline_name="KATERYNA ZHUK",
  lede="Here is the latest on diplomacy and fighting in Russia's war in Ukraine.",
  notes="Imitates The Star Democrat (Easton, Md.; BLOX CMS) article page carrying a rolling AP 'latest' file, HTML with NewsArticle JSON-LD "
        "(dates -04:00). OLDEST first. Each update: <h3> subhead, then its time '8:15 a.m.' in its own paragraph (stamp AFTER the headline, "
        "no zone printed: EDT = UTC-4 implied by the paper's home). The date comes from the meta line 'Mar 16, 2025'. One page byline "
        "'By KATERYNA ZHUK Associated Press' -> author of every entry. Entries 01 and 05 are two steps of the same story (planned Trump-Putin call), not repeats.",
  not_entries=["'Skip to main content', masthead, menu, Subscribe / Log In", "section label 'World'", "h1 title", "byline and date line",
               "share labels", "lede paragraph 'Here is the latest ...'", "'Advertisement'", "copyright line", "Tags block", "'Related to this story' link", "footer"],
  entries=[
  E("2025-03-16 08:15", "Witkoff says Trump and Putin will talk this week",
    ["White House envoy Steve Witkoff said in a Sunday television interview that President Donald Trump and Russian President Vladimir Putin would speak by phone in the coming days.",
     "He described his own meeting with Putin in Moscow last week as positive and said the two sides had narrowed their differences."],
    "diplomacy", "diplomacy", 3, "trump-putin-call-march-2025", a="KATERYNA ZHUK", n="Head-of-state call being arranged -> importance 3."),
  E("2025-03-16 10:40", "Drone attack on Dnipro wounds five",
    ["Russian drones hit the city of Dnipro overnight, wounding five people and damaging a high-rise apartment building and a car repair shop, the regional governor said."],
    "strikes", "strikes", 2, "dnipro-drones-2025-03-16", a="KATERYNA ZHUK"),
  E("2025-03-16 12:25", "Starmer says plans for a force in Ukraine are moving ahead",
    ["British Prime Minister Keir Starmer said military chiefs from countries willing to help police a future ceasefire would meet this week to work out how such a force could operate.",
     "He said the planning had moved into an operational phase."],
    "diplomacy", "diplomacy", 2, "coalition-of-willing-planning-2025-03", sec=["other"], a="KATERYNA ZHUK"),
  E("2025-03-16 14:05", "Ukraine's commander says troops pulled back to stronger positions in Kursk",
    ["Ukraine's top military commander said his forces in Russia's Kursk region had withdrawn to more defensible lines where needed, and denied Russian claims that they had been surrounded."],
    "other", "frontline", 2, "kursk-ukrainian-withdrawal-2025-03", a="KATERYNA ZHUK"),
  E("2025-03-16 16:50", "Trump confirms he will speak with Putin on Tuesday",
    ["Trump told reporters aboard Air Force One that he expected to speak with Putin on Tuesday and that land and power plants would be among the topics.",
     "He said a lot of work had been done over the weekend."],
    "diplomacy", "diplomacy", 3, "trump-putin-call-march-2025", a="KATERYNA ZHUK", n="Same story as 01 (the planned call), new detail; not a repeat."),
  E("2025-03-16 19:35", "Russia says it downed 31 Ukrainian drones",
    ["Russia's Defense Ministry said its air defenses destroyed 31 Ukrainian drones over several border regions during the day, with no damage reported."],
    "strikes", "strikes", 2, "russian-mod-drone-claim-2025-03-16", a="KATERYNA ZHUK"),
  ]))

SEEDS.append(dict(id="9605", name="9605_capegazette-news-rss", ext="xml", source="Cape Gazette", zone=NY, render=r_cape,
  title="Cape Gazette - News",
  notes="Imitates the Cape Gazette's (Lewes, Del.) Drupal RSS feed. Newest first. pubDate is printed in +0000 (UTC) although the paper "
        "works on Eastern time: the UTC day is the printed day; published_local is EDT (UTC-4). <description> is escaped HTML with one or "
        "more <p>; dc:creator is the reporter. Local angles on the war; entries 04 and 06 (town budget, yard waste) are off-beat.",
  not_entries=["channel title, link, empty description, language", "<guid> 'NNN at https://www.capegazette.com' and <link> of each item"],
  entries=[
  E("2025-04-08 17:30", "Lewes church sends fourth shipment of medical supplies to Ukraine",
    ["Volunteers at a Lewes church packed their fourth shipment of bandages, splints and children's medicine bound for a hospital in western Ukraine on Tuesday.",
     "Organizers said the boxes will travel by freight to Poland and then by van across the border.",
     "Donations can be dropped off at the church office on weekday mornings."],
    "aid", "aid", 2, "lewes-church-medical-supplies-ukraine", a="Nadia Whitfield", slug="lewes-church-sends-fourth-shipment-medical-supplies-ukraine",
    n="Private humanitarian supplies for Ukraine -> aid (convention), importance 2."),
  E("2025-04-08 15:05", "Coons presses Senate leaders to move on Russia sanctions bill",
    ["U.S. Sen. Chris Coons, D-Del., urged Senate leaders to bring a bipartisan bill imposing sweeping sanctions on Russia to a vote, saying Moscow had ignored repeated offers of a ceasefire.",
     "The measure would also put steep tariffs on countries that buy Russian oil."],
    "diplomacy", "diplomacy", 2, "senate-russia-sanctions-bill-2025", a="Grant Mallory", slug="coons-presses-senate-leaders-russia-sanctions-bill"),
  E("2025-04-08 12:40", "Ukrainian family finds a new start in Milton",
    ["Three years after fleeing the shelling of their hometown near Kharkiv, a mother and her two teenagers have settled in Milton, where she now works at a bakery.",
     "The family arrived through a federal sponsorship program with help from a local couple."],
    "other", "humanitarian", 2, "ukrainian-family-milton", a="Nadia Whitfield", slug="ukrainian-family-finds-new-start-milton"),
  OFF("2025-04-08 10:15", "Rehoboth commissioners advance next year's budget",
      ["Rehoboth Beach commissioners voted to move the city's proposed budget to a public hearing later this month, with parking revenue expected to rise again."],
      "rehoboth-budget-2025", a="Grant Mallory", n="local budget.", slug="rehoboth-commissioners-advance-budget"),
  E("2025-04-08 09:20", "Blunt Rochester joins call for more air defense for Ukraine",
    ["U.S. Sen. Lisa Blunt Rochester, D-Del., signed a letter with other senators asking the administration to keep sending air defense interceptors to Ukraine as Russian missile attacks continue.",
     "The letter says Ukrainian cities face attacks almost nightly."],
    "aid", "aid", 2, "senators-letter-air-defense-ukraine", a="Grant Mallory", slug="blunt-rochester-joins-call-air-defense-ukraine",
    n="Appeal for air-defence supplies -> aid."),
  OFF("2025-04-08 08:10", "Lewes sets spring yard waste pickup schedule",
      ["Lewes residents can put out yard waste for curbside pickup on Mondays starting next week, the city said."],
      "lewes-yard-waste-2025", a="Cape Gazette staff", n="local services.", slug="lewes-sets-spring-yard-waste-pickup-schedule"),
  ]))

SEEDS.append(dict(id="9606", name="9606_delawarestatenews-world", ext="txt", source="Delaware State News", zone=NY, render=r_dsn,
  title="Nation/World",
  notes="Imitates the Delaware State News (Bay to Bay News) Nation/World section copied as text. Newest first. Each card: headline, "
        "byline 'By NAME Associated Press', stamp 'Jun 22, 2025 4:40 PM' (no zone printed: EDT = UTC-4 implied by the paper's home), "
        "summary, 'Read more'. Crosses local midnight: the last card is printed 'Jun 21, 2025 9:10 PM', which is 01:10 UTC on Jun 22. "
        "Three of seven cards are off-beat (US strikes on Iran and reactions, including Russia's condemnation, which is not about the war in Ukraine).",
  not_entries=["'Skip to main content', site names, Subscribe / Log In", "weather 'Dover, DE 84\u00b0 Sunny'", "menu", "section title 'Nation/World'",
               "'Read more' after each card", "'ADVERTISEMENT'", "'Load More'", "newsletter box", "footer"],
  entries=[
  OFF("2025-06-22 16:40", "Iran's parliament backs closing the Strait of Hormuz, state TV says",
      ["Iranian lawmakers voted in favor of closing the Strait of Hormuz in response to the American strikes, according to state television, though the final decision rests with the country's top security body."],
      "iran-hormuz-vote-2025-06-22", a="LEILA MANSOUR", byline="By LEILA MANSOUR Associated Press", n="Iran after the US strikes."),
  E("2025-06-22 13:25", "Zelenskyy expected at NATO leaders' dinner in The Hague",
    ["Ukrainian President Volodymyr Zelenskyy is expected to attend a dinner for NATO leaders in The Hague this week, the alliance's secretary-general said, though Ukraine will not have a seat at the main summit session."],
    "diplomacy", "diplomacy", 2, "zelensky-nato-summit-hague-2025", a="GREGOR LINDHOLM", byline="By GREGOR LINDHOLM Associated Press"),
  OFF("2025-06-22 11:05", "Hegseth says U.S. strikes wrecked Iran's nuclear program",
      ["Defense Secretary Pete Hegseth told reporters at the Pentagon that the overnight strikes on three Iranian nuclear sites had inflicted severe damage, and said the operation was not aimed at toppling Iran's government."],
      "us-strikes-iran-2025-06", a="TAMARA COLE", byline="By TAMARA COLE Associated Press", n="US strikes on Iran."),
  OFF("2025-06-22 09:30", "Russia condemns American strikes on Iran",
      ["Russia's Foreign Ministry called the U.S. strikes on Iranian nuclear facilities an irresponsible violation of international law and warned they could pull the region into a wider war."],
      "russia-condemns-us-strikes-iran", a="TOMAS BRENNER", byline="By TOMAS BRENNER Associated Press",
      n="Russian statement about Iran, not about the war in Ukraine."),
  E("2025-06-22 07:15", "Russian drone attack kills 2 in Kharkiv region village",
    ["A Russian drone struck a house in a village in Ukraine's Kharkiv region early Sunday, killing a couple in their 60s, the regional governor said."],
    "strikes", "strikes", 3, "kharkiv-region-drone-2025-06-22", a="MYKOLA HRYSHKO", byline="By MYKOLA HRYSHKO Associated Press", n="Deadly strike -> importance 3."),
  E("2025-06-22 00:50", "Ukraine says drones struck ammunition depot in Russia's Voronezh region",
    ["Ukraine's General Staff said its drones had hit an ammunition depot in Russia's Voronezh region, setting off a series of secondary explosions; Russian officials reported only a fire after a drone attack."],
    "strikes", "strikes", 2, "voronezh-ammo-depot-2025-06-22", a="DARYNA STETSENKO", byline="By DARYNA STETSENKO Associated Press"),
  E("2025-06-21 21:10", "Russia claims to have taken a village in Ukraine's Dnipropetrovsk region",
    ["Russia's Defense Ministry said its forces had captured a village on the edge of the Dnipropetrovsk region, which Moscow's troops have been trying to enter for weeks; Kyiv did not confirm the claim."],
    "other", "frontline", 2, "dnipropetrovsk-village-claim-2025-06-21", a="PETER VORONA", byline="By PETER VORONA Associated Press",
    n="Printed local day is Jun 21 (EDT); UTC day is Jun 22."),
  ]))

SEEDS.append(dict(id="9607", name="9607_observerreporter-timeline", ext="html", source="Observer-Reporter", zone=NY, render=r_or,
  title="Timeline: Rome pledges, overnight strikes and a new Russia warning from Trump", byline="Observer-Reporter wire services",
  lede="A look at how Friday unfolded in the war in Ukraine, in Eastern time.",
  notes="Imitates an Observer-Reporter (Washington, Pa.; BLOX CMS) article page built as a timeline, HTML with NewsArticle JSON-LD. "
        "OLDEST first. Each item: bold time '7:30 a.m. EDT' BEFORE its <h4> headline, body, then an agency credit line ('\u2014 Associated Press'); "
        "author = the credited agency. Date from the meta line 'Jul 11, 2025'.",
  not_entries=["masthead, menu, Subscribe", "h1 title", "byline 'Observer-Reporter wire services', date and 'Updated' lines", "share labels",
               "lede 'A look at how Friday unfolded ...'", "credit lines '\u2014 Associated Press' / '\u2014 Reuters' (author, not body)",
               "newsletter box", "'Read more' related link", "footer"],
  entries=[
  E("2025-07-11 07:30", "Russia strikes Kyiv and Kharkiv overnight, killing 2",
    ["Russian missiles and drones hit Kyiv and Kharkiv overnight, killing two people and wounding at least 14, Ukrainian officials said.",
     "In Kyiv, debris fell on a medical clinic and set parked cars on fire."],
    "strikes", "strikes", 3, "kyiv-kharkiv-strikes-2025-07-11", a="Associated Press", n="Deadly strikes -> importance 3."),
  E("2025-07-11 09:45", "Rome conference closes with more than 10 billion euros in pledges",
    ["Governments and companies pledged more than 10 billion euros for Ukraine's recovery at a two-day conference in Rome, Italy's prime minister said as the meeting closed.",
     "Much of the money is meant for energy repairs and for Ukraine's defense industry."],
    "aid", "aid", 3, "ukraine-recovery-conference-rome-2025", a="Reuters", n="Major pledges -> importance 3."),
  E("2025-07-11 11:20", "Rubio says Lavrov offered a new idea on peace talks",
    ["Secretary of State Marco Rubio said Russian Foreign Minister Sergey Lavrov had put forward a new concept for talks with Ukraine when they met in Malaysia, without describing it.",
     "Rubio said he would take it back to Washington for discussion."],
    "diplomacy", "diplomacy", 2, "rubio-lavrov-kuala-lumpur-2025-07", a="Associated Press"),
  E("2025-07-11 13:05", "Kyiv court jails suspect in killing of security officer",
    ["A Kyiv court ordered a man held without bail on suspicion of shooting dead an officer of Ukraine's SBU security service in the capital this week, prosecutors said."],
    "other", "security", 2, "sbu-officer-killing-kyiv-2025-07", a="Associated Press"),
  E("2025-07-11 15:40", "Trump promises a major statement on Russia on Monday",
    ["President Donald Trump said he would make a major statement about Russia on Monday, adding that he was disappointed with Vladimir Putin."],
    "diplomacy", "diplomacy", 2, "trump-major-statement-russia-2025-07", a="Associated Press"),
  E("2025-07-11 17:55", "UN monitors say June was the deadliest month for civilians in three years",
    ["United Nations human rights monitors said more civilians were killed and wounded in Ukraine in June than in any month since the spring of the war's first year, mostly by missiles and drones."],
    "other", "humanitarian", 2, "un-monitors-june-civilian-casualties-2025", sec=["strikes"], a="Reuters"),
  ]))

SEEDS.append(dict(id="9608", name="9608_ldnews-live", ext="html", source="Lebanon Daily News", zone=NY, render=r_ldn,
  title="Ukraine graft scandal widens as Russian troops push into Pokrovsk: Live updates",
  url="https://www.ldnews.com/story/news/world/2025/11/11/ukraine-live-updates/00000000007/", updated="Updated 5:40 p.m. ET Nov. 11, 2025",
  know=["Anti-corruption investigators say a kickback scheme reached Ukraine's state nuclear company.",
        "Russian troops are slipping into Pokrovsk in small groups, Ukraine's army says.",
        "Russian strikes hit power plants in two regions overnight."],
  notes="Imitates a USA TODAY Network live blog on the Lebanon Daily News (Lebanon, Pa.), HTML. Newest first. LiveBlogPosting JSON-LD "
        "with per-update datePublished in Z and headline; visible posts: h2 headline, author, then stamp '5:40 p.m. ET Nov. 11, 2025'. "
        "The 'What we know' box paraphrases three posts but is not a Key Points block (key_point false). Entry 04 is an explainer (theme piece, own story).",
  not_entries=["masthead, menu, Subscribe / Sign In", "label 'WORLD'", "h1 title", "'USA TODAY' credit and 'Updated ...' line",
               "'What we know' box (three summary bullets)", "newsletter box", "'Load more'", "footer"],
  entries=[
  E("2025-11-11 17:40", "Ukraine suspends justice minister as graft probe widens",
    ["Ukraine's government suspended the justice minister, a former energy minister, after anti-corruption investigators said he was being examined in a kickback case centered on the state nuclear company.",
     "He has denied wrongdoing."],
    "other", "politics", 3, "energoatom-kickback-probe-2025", a="Hannah Vogt", n="Minister suspended in a major graft case -> importance 3."),
  E("2025-11-11 15:05", "Russian troops infiltrating Pokrovsk in small groups, Ukraine's army says",
    ["Ukraine's army said Russian soldiers were slipping into Pokrovsk in groups of two or three, using fog and ruined buildings for cover, and that fighting was going on street by street.",
     "Russia claims to have surrounded the city, which Kyiv denies."],
    "other", "frontline", 2, "pokrovsk-battle-2025-11", a="Dmytro Halenko"),
  E("2025-11-11 12:30", "Russian strikes knock out power in parts of Kharkiv and Dnipropetrovsk regions",
    ["Russian missiles and drones hit power plants and substations in the Kharkiv and Dnipropetrovsk regions overnight, leaving tens of thousands of homes without electricity, the national grid operator said."],
    "strikes", "strikes", 2, "energy-strikes-kharkiv-dnipro-2025-11-11", a="Dmytro Halenko"),
  E("2025-11-11 10:15", "What is 'Operation Midas'? What we know about Ukraine's energy graft probe",
    ["Operation Midas is the name investigators gave to a 15-month inquiry into claims that contractors of the state nuclear company were made to pay kickbacks of 10% to 15% to keep their deals.",
     "Investigators say the money was laundered through an office in central Kyiv."],
    "other", "politics", 2, "explainer-operation-midas", a="Hannah Vogt", n="Theme piece (explainer with body): own story, importance 2."),
  E("2025-11-11 08:50", "Zelenskyy says those behind energy kickbacks must face sentences",
    ["Zelenskyy said in his nightly address that anyone who took part in the scheme at the nuclear company must be punished, and urged investigators and prosecutors to move quickly."],
    "other", "politics", 2, "energoatom-kickback-probe-2025", a="Hannah Vogt", n="Reaction to the probe itself -> same story."),
  E("2025-11-11 07:05", "EU ministers weigh loan to Ukraine backed by frozen Russian assets",
    ["European Union finance ministers are discussing a plan to lend Ukraine tens of billions of euros backed by frozen Russian central bank assets, though Belgium still has objections."],
    "aid", "aid", 2, "eu-reparations-loan-2025", sec=["diplomacy"], a="Clara Hoffmann"),
  ]))

SEEDS.append(dict(id="9609", name="9609_publicopinion-article", ext="txt", source="Public Opinion", zone=NY, render=r_po,
  title="Trump and Putin talk by phone as paused weapons shipments leave Kyiv scrambling",
  byline="Avery Lindqvist", dateline="Published 6:04 p.m. ET July 3, 2025 | Updated 7:31 p.m. ET July 3, 2025",
  caption="An air defense unit stands guard near Kyiv.", credit="Yurii Sorokin/AFP via Getty Images",
  lede="President Donald Trump spoke with Vladimir Putin for about an hour on Thursday, two days after the Pentagon confirmed it had held back some weapons promised to Ukraine.",
  contact="Reach Avery Lindqvist on X @averylindqvist.",
  notes="Imitates a USA TODAY Network article as published on Public Opinion (Chambersburg, Pa.), copied as text. One entry per subhead; "
        "stamp null; published = the 'Published 6:04 p.m. ET July 3, 2025' time (the 'Updated 7:31 p.m.' time is the page's last edit, not "
        "any section's); page byline as author. Sections 01 and 02 are the day's main news.",
  not_entries=["'Skip to main content' (twice), city, site name, Subscribe / Sign In", "menu", "label 'WORLD'", "title line", "byline and 'USA TODAY'",
               "'Published ... | Updated ...' line", "'Show Caption' / 'Hide Caption', caption and credit", "lede paragraph",
               "newsletter promo", "'Contributing: Associated Press'", "reporter contact line", "footer"],
  entries=[
  E("2025-07-03 18:04", "What Trump and Putin discussed",
    ["The two leaders spoke for close to an hour, their sixth known call this year, according to the Kremlin.",
     "Putin's aide said Russia would not give up its goals in Ukraine, while Trump told reporters afterward that he had made no progress."],
    "diplomacy", "diplomacy", 3, "trump-putin-call-2025-07-03", a="Avery Lindqvist", n="Head-of-state call -> importance 3."),
  E("2025-07-03 18:04", "Why some weapons shipments were paused",
    ["The Pentagon said it was reviewing its own stockpiles before sending more munitions abroad, which held up deliveries of Patriot interceptors and precision artillery shells that Ukraine had been promised.",
     "Ukrainian officials said they learned of the pause from the media."],
    "aid", "aid", 3, "pentagon-weapons-pause-2025-07", a="Avery Lindqvist", n="Halt of major arms deliveries -> importance 3."),
  E("2025-07-03 18:04", "Zelenskyy seeks his own call with Trump",
    ["Zelenskyy said he hoped to speak with Trump within days to discuss air defense and that Ukrainian and American officials were already talking at a working level."],
    "diplomacy", "diplomacy", 2, "zelensky-seeks-trump-call-2025-07", sec=["aid"], a="Avery Lindqvist"),
  E("2025-07-03 18:04", "Drone attacks keep coming",
    ["Ukraine's air force said Russia launched more than 50 drones and two missiles overnight, most of them aimed at the Kharkiv and Odesa regions.",
     "Two people were injured in the city of Kharkiv."],
    "strikes", "strikes", 2, "russian-drone-attacks-2025-07-03", a="Avery Lindqvist"),
  E("2025-07-03 18:04", "Europe looks at buying Patriots for Kyiv",
    ["Germany's chancellor said Berlin was ready to discuss buying Patriot systems from the United States to hand to Ukraine, an idea first raised at the NATO summit last week."],
    "aid", "aid", 2, "germany-patriots-for-ukraine-2025-07", a="Avery Lindqvist"),
  ]))


# ============================================================ Part B renderers (invented outlets)

def r_dnister(S):  # text live blog, Kyiv time, OLDEST first; "Key Points" block; each post "07:10 | Headline", body, "\u2014 Name"
    z = S["zone"]; d0 = span(S)[0]
    day_no = (d0.date() - datetime(2022, 2, 24).date()).days + 1
    L = [S["source"].upper(), "English edition \u00b7 Kyiv", "News | War | Economy | Culture | Support us", "",
         S["title"], f"Day {day_no:,} of the full-scale invasion", f"{DAYS_EN[d0.weekday()]}, {d0.day} {MONTHS[d0.month - 1]} {d0.year}",
         "All times are Kyiv time (EEST)", "", "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [f"{st} | {e['h']}", ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"\u2014 {e['a']}", ""]
        if i == 2:
            L += ["Our reporting is free to read. Become a supporter from $5 a month.", ""]
    L += ["This live blog is now closed. Follow tomorrow's coverage here.", "", f"\u00a9 {d0.year} {S['source']} \u00b7 Editorial policy \u00b7 Contacts"]
    return "\n".join(L) + "\n", stamps


def r_kelderwick(S):  # HTML live blog, London, NEWEST first; LiveBlogPosting JSON-LD with per-update datePublished (+01:00);
    # visible meta row "<time datetime>14:05 BST</time> \u00b7 <span class=author>" ABOVE the h2 headline
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#block-{i + 1}", "headline": e["h"], "datePublished": iso(d)}
        if e["p"]:
            u["articleBody"] = "\n\n".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first, last = span(S)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": iso(first),
          "dateModified": iso(last), "coverageStartTime": iso(first), "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<div class="consent">We and our partners use cookies to personalise content. <button>Accept all</button> <button>Reject</button></div>',
           f'<header><a href="/" class="logo">{S["source"]}</a><nav><a>Home</a> <a>UK</a> <a>World</a> <a>Ukraine</a> <a>Business</a> <a>Sport</a></nav></header>',
           f'<main><p class="kicker">Live</p><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="dateline">{esc(S["dateline"])}</p>']
    stamps = [None] * len(S["entries"])
    for i in range(len(S["entries"])):
        e = S["entries"][i]; d = dt(e["t"], z); stamps[i] = f"{d:%H:%M} BST"
        meta = f'<time datetime="{iso(d)}">{stamps[i]}</time>' + (f' \u00b7 <span class="author">{esc(e["a"])}</span>' if e["a"] else "")
        out.append(f'<article class="block" id="block-{i + 1}"><div class="block-meta">{meta}</div><h2>{esc(e["h"])}</h2>')
        if e.get("video"):
            out.append(f'<div class="video-embed" data-src="{e["video"]}"></div>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<div class="share">Share this update</div></article>')
        if i == 4:
            out.append('<aside class="related"><h3>Read more</h3><a href="/r1">Inside the factory where Ukraine builds its long-range drones</a></aside>')
    out += ['<button class="older">Show older updates</button></main>', f"<footer>{S['source']} \u00b7 About \u00b7 Complaints \u00b7 Privacy \u00b7 Cookies</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rssworld(S):  # general world-news RSS 2.0 feed; pubDate in the outlet's own offset; S["mode"]: "cdata" (description CDATA with
    # <p>), "plain" (escaped plain text), "content" (short description + content:encoded)
    z = S["zone"]; mode = S["mode"]
    ns = ' xmlns:content="http://purl.org/rss/1.0/modules/content/"' if mode == "content" else ""
    out = ['<?xml version="1.0" encoding="UTF-8"?>', f'<rss version="2.0"{ns}><channel>', f"<title>{esc(S['title'])}</title>",
           f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>", f"<language>{S['lang']}</language>"]
    stamps = [None] * len(S["entries"])
    for i in range(len(S["entries"])):  # page order (newest first)
        e = S["entries"][i]; d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps[i] = st
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/news/{e['st']}-{i + 311}</link>",
                f'<guid isPermaLink="false">{S["url"]}/?p={i + 88031}</guid>', f"<pubDate>{st}</pubDate>", f"<category>{e.get('cat', 'World')}</category>"]
        if mode == "cdata":
            out.append("<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>")
        elif mode == "plain":
            out.append("<description>" + esc(" ".join(e["p"])) + "</description>")
        else:
            out.append(f"<description>{esc(e['p'][0][:90].rsplit(' ', 1)[0])}\u2026</description>")
            out.append("<content:encoded><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></content:encoded>")
        out.append("</item>")
    out += ["</channel></rss>"]
    return "\n".join(out) + "\n", stamps


def r_textarticle(S):  # text article with section headings; one entry per section; stamp null; dateline line with the time
    L = [S["masthead"], S["crumb"], "", S["title"], S["lede"], "", S["byline"], S["dateline"], "", "Share  \u00b7  Save  \u00b7  Print", ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += [S["more"], "", S["foot"]]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_atom(S):  # Atom 1.0, newest first; <published> and <updated> with the outlet's offset (S["zfmt"]: "Z" or "offset");
    # author per entry; content type html (escaped) or text (S["ctype"])
    z = S["zone"]
    def stamp(d):
        return zulu(d) if S["zfmt"] == "Z" else iso(d)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f"<title>{esc(S['title'])}</title>",
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/feed.atom"/>',
           f"<id>{S['url']}/feed.atom</id>", f"<updated>{stamp(span(S)[1])}</updated>"]
    stamps = [None] * len(S["entries"])
    for i in range(len(S["entries"])):
        e = S["entries"][i]; d = dt(e["t"], z); st = stamp(d); stamps[i] = st
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link rel="alternate" href="{S["url"]}/{e["st"]}"/>', f"<id>tag:{S['url'][8:]},2025:{i + 5101}</id>",
                f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        if e["p"]:
            if S["ctype"] == "html":
                out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
            else:
                out.append('<content type="text">' + esc("\n\n".join(e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_narwica(S):  # HTML live, Warsaw, NEWEST first; JSON-LD @graph with @type array and NO update list; visible bare "08:05" inside
    # <time datetime> above the h2; author line under the headline
    z = S["zone"]; first, last = span(S)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": S["url"] + "#org", "name": S["source"]},
        {"@type": ["LiveBlogPosting", "NewsArticle"], "@id": S["url"], "headline": S["title"], "datePublished": iso(first),
         "dateModified": iso(last), "coverageStartTime": iso(first), "inLanguage": "en", "publisher": {"@id": S["url"] + "#org"}}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} \u2013 {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<header><span class="brand">{S["source"]}</span> <nav><a>Poland</a> <a>Ukraine</a> <a>Europe</a> <a>Opinion</a> <a>PL</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = [None] * len(S["entries"])
    for i in range(len(S["entries"])):
        e = S["entries"][i]; d = dt(e["t"], z); stamps[i] = f"{d:%H:%M}"
        out.append(f'<div class="entry"><time datetime="{iso(d)}">{stamps[i]}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="by">{esc(e["a"])}</p>')
        if e.get("photos"):
            out.append(f'<div class="gallery" data-count="{e["photos"]}"></div>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
        if i == 3:
            out.append('<div class="promo">Subscribe to our morning newsletter from Warsaw</div>')
    out += ["</main>", f"<footer>{S['source']} \u00b7 Regulamin \u00b7 Polityka prywatno\u015bci</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_ballycorrib(S):  # text live, Dublin, NEWEST first; headline, then "Posted at 9.35pm by NAME" AFTER the headline; no zone printed
    z = S["zone"]; d0 = span(S)[0]
    L = [S["source"], "News | Ireland | World | Business | Sport | Opinion", "", S["title"],
         f"{DAYS_EN[d0.weekday()]} {d0.day} {MONTHS[d0.month - 1]} {d0.year}", "", S["lede"], ""]
    stamps = [None] * len(S["entries"])
    for i in range(len(S["entries"])):
        e = S["entries"][i]; d = dt(e["t"], z); stamps[i] = h12(d, "dot")
        L += [e["h"], f"Posted at {stamps[i]}" + (f" by {e['a']}" if e["a"] else ""), ""] + ptxt(e["p"])
        if i == 3:
            L += ["Sponsored", "Find your next home with our property supplement", ""]
    L += ["Earlier updates", "", f"\u00a9 {d0.year} {S['source']}. All rights reserved.", "Terms \u00b7 Privacy \u00b7 Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_pendrick(S):  # HTML article with h2 section headings and NewsArticle JSON-LD; one entry per section; stamp null;
    # visible dateline "30 May 2025 \u00b7 17:45 BST"; page byline
    z = S["zone"]; d0 = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": iso(d0), "dateModified": iso(d0),
          "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": S["source"]}}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<header>{S["source"]} <nav><a>News</a> <a>World</a> <a>Analysis</a> <a>Letters</a></nav></header><main><article>',
           f"<h1>{esc(S['title'])}</h1>", f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="byline">By {esc(S["byline"])}</p>', f'<p class="dateline">{d0.day} {MONTHS[d0.month - 1]} {d0.year} \u00b7 {d0:%H:%M} BST</p>']
    for e in S["entries"]:
        out += [f"<h2>{esc(e['h'])}</h2>"] + [f"<p>{esc(p)}</p>" for p in e["p"]]
    out += ['<p class="more">More on Ukraine: <a href="/u1">Our full coverage</a></p>', "</article></main>",
            f"<footer>\u00a9 {d0.year} {S['source']}</footer></body></html>"]
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_inhul(S):  # text news-feed page, Kyiv, NEWEST first; printed "Updated: 23.04.2025, 21:40"; each item: category label, headline,
    # relative stamp "2 hours ago", body; no authors
    z = S["zone"]; ref = dt(S["ref"], z)
    L = [S["source"], "Independent news from central Ukraine", "", "All news | War | Politics | Economy | Region | EN / UA", "", S["title"],
         f"Updated: {ref:%d.%m.%Y, %H:%M}", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        assert mins < 60 or mins % 60 == 0, e["t"]
        st = f"{mins} minutes ago" if mins < 60 else (f"{mins // 60} hours ago" if mins >= 120 else "1 hour ago"); stamps.append(st)
        L += [e.get("cat", "War"), e["h"], st, ""] + ptxt(e["p"])
        if i == 2:
            L += ["Advertising", ""]
    L += ["Show more news", "", f"\u00a9 {ref.year} {S['source']}. Citing is allowed with a hyperlink."]
    return "\n".join(L) + "\n", stamps


def r_tegelbrook(S):  # HTML live, Berlin, OLDEST first; JSON-LD @graph with LiveBlogPosting and liveBlogUpdate array (+02:00);
    # visible "<span class=time>08:20 CEST</span>" without datetime attribute; author in "(abc/Name)" credit line
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "headline": e["h"], "datePublished": iso(d), "url": f"{S['url']}#update-{i + 1}"}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        ups.append(u)
    first, last = span(S)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": S["url"], "name": S["title"]},
        {"@type": "LiveBlogPosting", "headline": S["title"], "datePublished": iso(first), "dateModified": iso(last), "coverageStartTime": iso(first),
         "mainEntityOfPage": {"@id": S["url"]}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<header>{S["source"]} <nav><a>Germany</a> <a>Europe</a> <a>World</a> <a>Deutsch</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="teaser">{esc(S["lede"])}</p>', f'<p class="date">{esc(S["dateline"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} CEST"; stamps.append(st)
        out.append(f'<section class="update" id="update-{i + 1}"><span class="time">{st}</span><h3>{esc(e["h"])}</h3>')
        if e.get("video"):
            out.append('<div class="player">Video</div>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="credit">({esc(e["a"])})</p>')
        out.append("</section>")
    out += ['<p class="end">Further updates on this page.</p></main>', f"<footer>{S['source']} \u00b7 Imprint \u00b7 Data protection</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


# ============================================================ PART B: three multi-source days (invented outlets, own words)
OD = "odesa-strike-2025-05-29"
IST = "istanbul-talks-june-2-2025"
KH1 = "kharkiv-glide-bombs-2025-05-29"
SU = "sumy-villages-claim-2025-05-29"
D1 = "Part B day 1 (2025-05-29 UTC), seeds 9620-9624."

SEEDS.append(dict(id="9620", name="9620_dnister-textlive", ext="txt", source="Dnister Evening Wire", zone="Europe/Kyiv", render=r_dnister,
  title="LIVE: Russia's war against Ukraine",
  notes="Invented outlet (Kyiv, English edition). Text live blog, OLDEST first; date line 'Thursday, 29 May 2025'; 'All times are Kyiv time (EEST)' "
        "(UTC+3). Each post is one line 'HH:MM | Headline', then the body, then a signature line '\u2014 Name' (author). A 'Key Points' block at the "
        "top lists the headlines of entries 01 and 04 (key_point true, importance 3). Spelling 'Odesa'. " + D1,
  not_entries=["masthead, edition line and menu", "title line 'LIVE: ...', 'Day N of the full-scale invasion', date line, 'All times are Kyiv time (EEST)'",
               "'Key Points' heading and its two bullets (they point at entries 01 and 04)", "'Updates' heading", "signature lines '\u2014 Name' (author)",
               "supporter appeal after the third post", "'This live blog is now closed ...'", "footer"],
  entries=[
  E("2025-05-29 07:10", "Russian drones and missiles hit Odesa overnight, two killed",
    ["Russia attacked Odesa with attack drones and at least one ballistic missile overnight, killing two people and damaging three apartment buildings in the city's Kyivskyi district, the regional governor said.",
     "Eight people were injured, among them a 12-year-old girl. Rescuers were still searching one building in the morning."],
    "strikes", "strikes", 3, OD, a="Iryna Tkach", kp=True),
  E("2025-05-29 08:25", "Glide bombs hit Kharkiv, three injured",
    ["Russian aircraft dropped two guided aerial bombs on an industrial area of Kharkiv's Kholodnohirskyi district, injuring three workers, Mayor Ihor Terekhov said.",
     "Two workshops and a warehouse were damaged."],
    "strikes", "strikes", 3, KH1, a="Iryna Tkach", n="Same night, same theme as the Odesa attack but a different attack: must not merge."),
  E("2025-05-29 10:40", "Russia claims two more villages in Sumy region",
    ["Russia's Defence Ministry said its troops had taken two villages in the north of Ukraine's Sumy region, part of what Moscow calls a buffer zone along the border.",
     "Ukraine's border guard service said fighting was continuing near both villages."],
    "other", "frontline", 3, SU, a="Maksym Lysak"),
  E("2025-05-29 13:15", "Kremlin names Medinsky to lead delegation in Istanbul",
    ["Kremlin spokesman Dmitry Peskov said presidential aide Vladimir Medinsky would again head Russia's delegation at the talks with Ukraine proposed for Monday in Istanbul.",
     "Moscow says it will set out its conditions for a ceasefire in a memorandum to be handed over at the meeting."],
    "diplomacy", "diplomacy", 3, IST, a="Maksym Lysak", kp=True),
  E("2025-05-29 16:50", "Odesa toll rises to four as search ends",
    ["The number of people killed in the overnight attack on Odesa has risen to four after rescuers found two more bodies under the rubble, the State Emergency Service said.",
     "The city has declared Friday a day of mourning."],
    "strikes", "strikes", 3, OD, a="Iryna Tkach"),
  E("2025-05-29 19:30", "Britain sanctions 20 more tankers of Russia's shadow fleet",
    ["The British government added 20 oil tankers to its sanctions list, saying they help Russia ship crude around the price cap imposed by Western countries.",
     "London has now sanctioned more than 350 vessels."],
    "diplomacy", "diplomacy", 2, "uk-shadow-fleet-sanctions-2025-05-29", a="Maksym Lysak", n="Same theme as the EU package debate (9623-03), different measure: must not merge."),
  ]))

SEEDS.append(dict(id="9621", name="9621_kelderwick-htmllive", ext="html", source="Kelderwick Herald", zone="Europe/London", render=r_kelderwick,
  title="Ukraine war live: deadly strike on Odessa; Kremlin confirms Istanbul delegation", url="https://kelderwickherald.example/world/live/2025/may/29/ukraine",
  lede="Follow the latest from Ukraine after a night of Russian drone and missile attacks on the Black Sea port of Odessa.",
  dateline="Thursday 29 May 2025",
  notes="Invented outlet (UK). HTML live blog, NEWEST first; LiveBlogPosting JSON-LD whose liveBlogUpdate items carry their own headline and "
        "datePublished (+01:00). Visible meta row '<time datetime>21:20 BST</time> \u00b7 Name' ABOVE each h2 headline. Spelling 'Odessa'. "
        "Entry 06 is a video teaser without body (importance 1); entry 03 is the day's theme piece (analysis); entry 02 (17:40) repeats the "
        "earlier-published entry 05 (10:20) nearly verbatim (duplicate_of 9621-05, which sits LOWER on this newest-first page). " + D1,
  not_entries=["cookie consent bar", "header and menu", "'Live' kicker", "h1 title", "standfirst", "date line 'Thursday 29 May 2025'",
               "'Share this update' after every post", "'Read more' related link", "'Show older updates'", "footer"],
  entries=[
  E("2025-05-29 06:05", "Odessa: deadly overnight strike on residential blocks",
    ["At least two people were killed when Russian drones and a missile struck residential buildings in Odessa overnight, Ukrainian officials said.",
     "Photographs from the scene show the upper floors of a nine-storey block torn open."],
    "strikes", "strikes", 3, OD, a="Hattie Lorimer"),
  E("2025-05-29 07:30", "Watch: rescuers search the rubble in Odessa", [], "strikes", "strikes", 1, OD, a="Hattie Lorimer",
    video="odessa-rubble", n="Video teaser without body -> importance 1."),
  E("2025-05-29 10:20", "Kremlin confirms delegation for Istanbul talks",
    ["The Kremlin said Vladimir Medinsky would lead Russia's team at the proposed Istanbul talks on Monday, and that Russia's memorandum on a settlement would be presented there rather than sent in advance.",
     "Kyiv has not yet said whether it will attend."],
    "diplomacy", "diplomacy", 3, IST, a="Ravi Donnachie"),
  E("2025-05-29 12:45", "Netherlands to fund drone production in Ukraine",
    ["The Dutch government will spend 400 million euros on drones built in Ukraine, the defence minister announced, with the first batches due to reach the front this summer.",
     "The money will go directly to Ukrainian manufacturers."],
    "aid", "aid", 2, "netherlands-ukrainian-drone-funding-2025-05", a="Ravi Donnachie", n="Aid pledge under 1 billion -> importance 2 (convention)."),
  E("2025-05-29 15:10", "Analysis: why Russia now sends more drones than missiles",
    ["Russia has shifted the weight of its long-range attacks from missiles to cheap attack drones, which it now produces in the thousands each month.",
     "The drones are used to wear down air defences before the more expensive missiles are launched."],
    "strikes", "strikes", 2, "analysis-russian-drone-tactics-2025", a="Tom Abernethy", n="Theme piece (analysis with body): own story, importance 2."),
  E("2025-05-29 17:40", "Kremlin confirms its delegation for Istanbul talks",
    ["The Kremlin said Vladimir Medinsky would lead Russia's team at the proposed Istanbul talks on Monday, and that Russia's memorandum on a settlement would be presented there rather than sent in advance.",
     "Kyiv has not yet said whether it will attend."],
    "diplomacy", "diplomacy", 1, IST, a="Ravi Donnachie", dup="9621-05", n="Near-verbatim repeat of 9621-05, published seven hours earlier (one word added to the headline) -> importance 1."),
  E("2025-05-29 21:20", "Fifth person dies after Odessa strike",
    ["A woman pulled from the rubble in Odessa this morning has died in hospital, bringing the number of people killed in the overnight attack to five, the regional administration said."],
    "strikes", "strikes", 3, OD, a="Hattie Lorimer"),
  ]))

SEEDS.append(dict(id="9622", name="9622_harbourfront-worldrss", ext="xml", source="Harbourfront World Desk", zone="America/Toronto", render=r_rssworld,
  title="Harbourfront World Desk \u2014 World", url="https://harbourfrontworld.example", lede="International news, updated through the day.", lang="en-ca", mode="cdata",
  notes="Invented outlet (Toronto). General world-news RSS 2.0 feed, newest first, pubDate in -0400 (EDT), CDATA paragraphs, no authors. "
        "Four of six items are off-beat (South Korean vote, Japanese rice, Manitoba fires, markets). Its Odesa toll (three) is between the "
        "morning and evening figures. " + D1,
  not_entries=["channel title/link/description/language", "<link>, <guid> and <category> of each item"],
  entries=[
  E("2025-05-29 06:30", "Russian attack on Odesa kills at least three",
    ["A Russian drone and missile attack on the Ukrainian port city of Odesa killed at least three people and wounded 11, the regional governor said on Thursday."],
    "strikes", "strikes", 3, OD, cat="Europe"),
  OFF("2025-05-29 08:15", "South Koreans begin early voting in snap presidential election",
      ["Millions of South Koreans cast early ballots on Thursday, the first of two days of early voting before next week's election to replace the impeached former president."],
      "south-korea-early-voting-2025", n="South Korean election.", cat="Asia"),
  OFF("2025-05-29 10:40", "Japan releases more stockpiled rice as prices stay high",
      ["Japan's government said it would release another batch of emergency rice reserves directly to retailers in an effort to bring down prices that have nearly doubled in a year."],
      "japan-rice-stockpile-2025", n="Japanese food prices.", cat="Asia"),
  E("2025-05-29 12:55", "Kremlin says Istanbul talks with Ukraine should go ahead Monday",
    ["The Kremlin said its negotiators would be in Istanbul on Monday for a second round of direct talks with Ukraine and named presidential aide Vladimir Medinsky as head of the delegation."],
    "diplomacy", "diplomacy", 3, IST, cat="Europe"),
  OFF("2025-05-29 14:20", "Wildfires force thousands from their homes in Manitoba",
      ["Manitoba declared a provincial state of emergency as wildfires forced the evacuation of several northern communities, with military aircraft helping to fly residents out."],
      "manitoba-wildfires-2025", n="Canadian wildfires.", cat="Canada"),
  OFF("2025-05-29 17:45", "Markets rise after U.S. trade court blocks sweeping tariffs",
      ["Stock markets in Asia and Europe gained after a U.S. trade court ruled that the president had overstepped his powers in imposing broad import tariffs; the administration said it would appeal."],
      "us-tariff-court-ruling-2025", n="markets and US trade.", cat="Business"),
  ]))

SEEDS.append(dict(id="9623", name="9623_cottonwoodbend-article", ext="txt", source="Cottonwood Bend Tribune", zone="America/Chicago", render=r_textarticle,
  masthead="COTTONWOOD BEND TRIBUNE", crumb="Nation & World \u203a Europe",
  title="Odesa mourns as Russia pushes deeper into Sumy region",
  lede="A deadly night in Ukraine's biggest port came as Russian troops advanced in the north and Europe debated its next sanctions.",
  byline="By Corinne Haskett | Tribune world desk", dateline="May 29, 2025 3:40 p.m. CDT",
  more="More coverage: Ukraine's drone makers race to keep up", foot="\u00a9 2025 Cottonwood Bend Tribune. All rights reserved.",
  notes="Invented outlet (US Midwest). Text article with three section headings; one entry per section, stamp null, published = the "
        "dateline 'May 29, 2025 3:40 p.m. CDT' (UTC-5); page byline as author (name only). Spelling 'Odesa'. " + D1,
  not_entries=["masthead and breadcrumb", "title line", "standfirst", "byline and dateline lines", "'Share \u00b7 Save \u00b7 Print'", "'More coverage: ...' link", "copyright line"],
  entries=[
  E("2025-05-29 15:40", "A day of mourning in Odesa",
    ["At least four people died when Russian drones and a missile slammed into apartment buildings in Odesa before dawn, according to Ukraine's emergency service.",
     "City officials said about 40 families had lost their homes."],
    "strikes", "strikes", 3, OD, a="Corinne Haskett"),
  E("2025-05-29 15:40", "Moscow claims ground in Sumy",
    ["Russia's military said it had seized two villages in the Sumy region, the latest gains in a push along Ukraine's northern border that Kyiv says is meant to stretch its forces."],
    "other", "frontline", 3, SU, a="Corinne Haskett"),
  E("2025-05-29 15:40", "EU envoys weigh the next sanctions package",
    ["European Union ambassadors began discussing an 18th round of sanctions on Russia, including a lower price cap on Russian oil and more listings of tankers, diplomats said.",
     "Hungary and Slovakia have signalled reservations."],
    "diplomacy", "diplomacy", 2, "eu-18th-sanctions-package-talks-2025", a="Corinne Haskett",
    n="Same theme as Britain's tanker sanctions (9620-06), different measure by a different actor: must not merge."),
  ]))

SEEDS.append(dict(id="9624", name="9624_fenstow-atom", ext="xml", source="Fenstow Wire", zone="UTC", render=r_atom,
  title="Fenstow Wire: Ukraine", url="https://fenstowwire.example", lede="Wire copy on the war in Ukraine", zfmt="Z", ctype="text",
  notes="Invented outlet (wire service). Atom feed, newest first, <published> in Z (UTC), <author> per entry, content type text. " + D1,
  not_entries=["feed title, subtitle, links, id, updated", "each entry's <id>, <link> and <updated>"],
  entries=[
  E("2025-05-29 05:45", "Russian drones target Odesa; two killed",
    ["Two people were killed and several injured in Odesa early on Thursday when Russian drones and a missile hit residential districts, the governor of the Odesa region said."],
    "strikes", "strikes", 3, OD, a="Lina Marsh"),
  E("2025-05-29 07:20", "Glide bombs strike Kharkiv industrial district",
    ["Russian planes dropped guided bombs on an industrial part of Kharkiv on Thursday morning, injuring three people, according to the city's mayor."],
    "strikes", "strikes", 3, KH1, a="Lina Marsh"),
  E("2025-05-29 11:05", "Ukraine says Russia launched a record number of drones in May",
    ["Ukraine's air force said Russia had launched more attack drones in May than in any previous month of the war, and that most had been shot down or jammed."],
    "strikes", "strikes", 2, "may-drone-launch-tally-2025", a="Petr Olander",
    n="Monthly tally, not an attack: separate from the Odesa strike and from the drone-tactics analysis (9621-03): must not merge."),
  E("2025-05-29 16:30", "Odesa death toll climbs to four",
    ["Emergency workers recovered two more bodies from a damaged building in Odesa, raising the death toll from the overnight attack to four."],
    "strikes", "strikes", 3, OD, a="Lina Marsh"),
  ]))

ZP = "zaporizhzhia-apartment-strike-2025-05-30"
SW = "sweden-military-aid-package-2025-05-30"
NPP = "znpp-backup-power-line-2025-05-30"
D2 = "Part B day 2 (2025-05-30 UTC), seeds 9630-9634."

SEEDS.append(dict(id="9630", name="9630_narwica-htmllive", ext="html", source="Narwica Morning Post", zone="Europe/Warsaw", render=r_narwica,
  title="War in Ukraine, day by day: Friday", url="https://narwicapost.example/en/live/ukraine-30-05-2025",
  dateline="Friday, 30.05.2025", lede="News from Ukraine and the region, updated by our Warsaw desk.",
  notes="Invented outlet (Poland, English service). HTML live blog, NEWEST first; JSON-LD @graph whose article node has @type "
        "['LiveBlogPosting','NewsArticle'] and NO update list; visible bare '08:05' inside <time datetime> (+02:00, CEST) above each h2; author "
        "line below the headline. Spelling 'Zaporizhzhia'. Entry 05 is a photo teaser without body; entry 01 (18:40) repeats the earlier-published "
        "entry 04 (11:30) nearly verbatim (duplicate_of 9630-04). Entry 04 continues day 1's Istanbul-talks story with a new development (Kyiv "
        "will attend). Entry 03 is about the nuclear plant near the city, a different event from the city strike (must not merge). " + D2,
  not_entries=["header and menu", "h1 title", "date line 'Friday, 30.05.2025'", "lead paragraph", "newsletter promo", "footer"],
  entries=[
  E("2025-05-30 08:05", "Zaporizhzhia: Russian missile hits apartment block, one dead",
    ["A Russian missile hit a five-storey apartment building in Zaporizhzhia early on Friday, killing one person and injuring at least 20, the regional governor said.",
     "Part of the building collapsed, and rescuers were working to reach people trapped inside."],
    "strikes", "strikes", 3, ZP, a="Agata Wr\u00f3blewska"),
  E("2025-05-30 09:40", "Photos: Zaporizhzhia residents clear debris after the strike", [], "strikes", "strikes", 1, ZP, photos=8,
    n="Photo teaser without body -> importance 1."),
  E("2025-05-30 11:30", "Kyiv says it will send a delegation to Istanbul",
    ["Ukraine will take part in Monday's talks with Russia in Istanbul, Foreign Minister Andrii Sybiha said, though he repeated that Kyiv wanted to see Moscow's memorandum beforehand.",
     "Defence Minister Rustem Umerov is expected to lead the Ukrainian side."],
    "diplomacy", "diplomacy", 3, IST, a="Tomasz Kr\u00f3l", n="Continuation of day 1's Istanbul-talks story with a new development; keeps the day-1 slug."),
  E("2025-05-30 13:50", "IAEA: Zaporizhzhia nuclear plant loses its last backup power line",
    ["The Zaporizhzhia nuclear power plant has lost its only remaining backup power line for the tenth time since the invasion, the International Atomic Energy Agency said.",
     "The Russian-held plant is still connected through its main line, and its reactors are shut down."],
    "other", "security", 3, NPP, a="Tomasz Kr\u00f3l", n="Same place name as the city strike, different event: must not merge. Carried by 2 seeds -> 3."),
  E("2025-05-30 16:15", "Zaporizhzhia toll rises to three",
    ["Two more people have died after the morning missile strike on a residential building in Zaporizhzhia, bringing the death toll to three, the city council said."],
    "strikes", "strikes", 3, ZP, a="Agata Wr\u00f3blewska"),
  E("2025-05-30 18:40", "Kyiv says it will send delegation to Istanbul",
    ["Ukraine will take part in Monday's talks with Russia in Istanbul, Foreign Minister Andrii Sybiha said, though he repeated that Kyiv wanted to see Moscow's memorandum beforehand.",
     "Defence Minister Rustem Umerov is expected to lead the Ukrainian side."],
    "diplomacy", "diplomacy", 1, IST, a="Tomasz Kr\u00f3l", dup="9630-04", n="Near-verbatim repeat of 9630-04, published seven hours earlier -> importance 1."),
  ]))

SEEDS.append(dict(id="9631", name="9631_ballycorrib-textlive", ext="txt", source="Ballycorrib Times", zone="Europe/Dublin", render=r_ballycorrib,
  title="Russia-Ukraine war: latest updates",
  lede="A Russian missile has struck a residential building in Zaporozhye, as both sides prepare for a new round of talks in Istanbul.",
  notes="Invented outlet (Ireland). Text live blog, NEWEST first; date line 'Friday 30 May 2025'; each post: headline, then 'Posted at "
        "9.35pm by NAME' AFTER the headline (stamp = the time '9.35pm'; author = NAME). No zone printed: Irish time implied by the outlet "
        "(IST = UTC+1). Spelling 'Zaporozhye'. Entry 03 RE-POSTS day 1's 9621-04 (Kelderwick Herald) nearly verbatim, under the same headline: "
        "importance 1. Entry 04 is the day's theme piece (explainer). " + D2,
  not_entries=["site name and menu", "title line", "date line", "lede paragraph", "'Posted at ... by ...' lines (stamp + author)", "'Sponsored' block",
               "'Earlier updates'", "copyright and footer links"],
  entries=[
  E("2025-05-30 09:35", "Missile strike on Zaporozhye apartment block",
    ["One person was killed and about 20 injured when a Russian missile hit a residential building in Zaporozhye in southern Ukraine this morning, local officials said."],
    "strikes", "strikes", 3, ZP, a="Niamh Carrig"),
  E("2025-05-30 07:15", "Ukrainian drones hit ammunition depot in Bryansk region, Kyiv says",
    ["Ukraine's general staff said its drones had struck an ammunition depot near the Russian border in the Bryansk region overnight, setting off secondary explosions.",
     "Russia's defence ministry said it had shot down 40 drones over its territory."],
    "strikes", "strikes", 2, "bryansk-ammunition-depot-2025-05-30", a="Niamh Carrig", n="Different attack from the Zaporozhye strike: must not merge."),
  E("2025-05-30 12:20", "Explainer: who is Vladimir Medinsky?",
    ["Vladimir Medinsky, a former culture minister and author of patriotic history books, has been an aide to Vladimir Putin since 2020 and led Russia's delegation in the failed talks of spring 2022.",
     "Critics say his appointment signals that Moscow does not expect a breakthrough."],
    "diplomacy", "diplomacy", 2, "explainer-vladimir-medinsky", a="Declan Furey", n="Theme piece (explainer with body): own story, importance 2; not the talks story itself."),
  E("2025-05-30 15:00", "Netherlands to fund drone production in Ukraine",
    ["The Dutch government will spend 400 million euros on drones built in Ukraine, the defence minister announced, with the first batches due to reach the front this summer.",
     "The money will go directly to Ukrainian manufacturers."],
    "aid", "aid", 1, "netherlands-ukrainian-drone-funding-2025-05", a="Declan Furey",
    n="Re-post of day-1 entry 9621-04 (Kelderwick Herald), nearly verbatim and under the same headline -> importance 1."),
  E("2025-05-30 18:25", "Sweden unveils new military aid package",
    ["Sweden will send Ukraine a new package of military aid worth about 16 billion kronor, including air defence systems and artillery ammunition, Defence Minister P\u00e5l Jonson said."],
    "aid", "aid", 3, SW, a="Declan Furey", n="Same theme (aid) as the Dutch re-post, different donor: must not merge."),
  E("2025-05-30 21:10", "Fourth death confirmed in Zaporozhye strike",
    ["A fourth person has died of injuries suffered in this morning's missile strike on an apartment building in Zaporozhye, the regional governor said."],
    "strikes", "strikes", 3, ZP, a="Niamh Carrig"),
  ]))

SEEDS.append(dict(id="9632", name="9632_vembanad-worldrss", ext="xml", source="Vembanad World Desk", zone="Asia/Kolkata", render=r_rssworld,
  title="Vembanad World Desk | International", url="https://vembanadworld.example", lede="World news from our international desk", lang="en-in", mode="plain",
  notes="Invented outlet (India). General world-news RSS 2.0 feed, newest first, pubDate in +0530 (IST), plain-text descriptions, no authors. "
        "Four of six items are off-beat (football, Shangri-La Dialogue, Indian GDP, monsoon). Entry 06 is 08:10 IST = 02:40 UTC. " + D2,
  not_entries=["channel title/link/description/language", "<link>, <guid> and <category> of each item"],
  entries=[
  OFF("2025-05-30 08:10", "Monsoon advances over northeast India, heavy rain warnings issued",
      ["The weather office issued heavy rain warnings for several northeastern states as the monsoon pushed further inland, days after an early onset over Kerala."],
      "india-monsoon-2025", n="Indian weather.", cat="India"),
  E("2025-05-30 11:45", "Russian missile strike on Zaporizhzhia apartment building kills one",
    ["A Russian missile struck an apartment building in the Ukrainian city of Zaporizhzhia on Friday morning, killing one person and wounding about 20, officials said."],
    "strikes", "strikes", 3, ZP, cat="Europe"),
  OFF("2025-05-30 14:30", "India's economy grew 7.4% in January-March quarter",
      ["India's economy expanded faster than expected in the last quarter of the financial year, helped by construction and a rebound in rural demand, government data showed."],
      "india-gdp-q4-2025", n="Indian economy.", cat="Business"),
  OFF("2025-05-30 17:05", "Defence ministers gather in Singapore for Shangri-La Dialogue",
      ["Defence ministers and military chiefs from across Asia and beyond arrived in Singapore for the annual Shangri-La Dialogue, with tensions in the South China Sea expected to dominate."],
      "shangri-la-dialogue-2025", n="Asian security forum.", cat="Asia"),
  E("2025-05-30 19:40", "Ukraine confirms it will attend Istanbul talks",
    ["Ukraine will send a delegation to the talks with Russia in Istanbul on Monday, its foreign minister said, while still pressing Moscow to share its peace memorandum in advance."],
    "diplomacy", "diplomacy", 3, IST, cat="Europe", n="Continuation of day 1's Istanbul-talks story."),
  OFF("2025-05-30 22:15", "PSG and Inter prepare for Champions League final in Munich",
      ["Paris Saint-Germain and Inter Milan held their final training sessions before Saturday's Champions League final in Munich."],
      "champions-league-final-2025", n="football.", cat="Sport"),
  ]))

SEEDS.append(dict(id="9633", name="9633_pendrickvale-article", ext="html", source="Pendrick Vale Review", zone="Europe/London", render=r_pendrick,
  title="Zaporizhia counts its dead as Sweden pledges more arms",
  lede="A missile strike on a block of flats and a warning from the UN nuclear watchdog overshadowed a new Swedish aid package.",
  byline="Helen Marchbank",
  notes="Invented outlet (UK). HTML article with three h2 section headings and NewsArticle JSON-LD; one entry per section, stamp null, "
        "published = the visible dateline '30 May 2025 \u00b7 17:45 BST' (UTC+1); page byline as author. Spelling 'Zaporizhia' (a third "
        "variant). Section 03 is the nuclear plant, not the city strike. " + D2,
  not_entries=["header and menu", "h1 title", "standfirst", "byline", "dateline", "'More on Ukraine' link", "footer"],
  entries=[
  E("2025-05-30 17:45", "Flats hit in Zaporizhia",
    ["Three people are now known to have died after a Russian missile tore through a residential building in Zaporizhia on Friday morning.",
     "Local officials said the building had no military use."],
    "strikes", "strikes", 3, ZP, a="Helen Marchbank"),
  E("2025-05-30 17:45", "Stockholm's new package",
    ["Sweden's defence minister announced military aid worth some 16 billion kronor, with air defence and artillery shells at its core, taking Swedish support since 2022 past 100 billion kronor."],
    "aid", "aid", 3, SW, a="Helen Marchbank"),
  E("2025-05-30 17:45", "Nuclear plant on its last line",
    ["The UN's nuclear watchdog said the Zaporizhzhia nuclear plant had again lost its backup power line and now depended on a single connection to the grid."],
    "other", "security", 3, NPP, a="Helen Marchbank", n="Different event from the city strike: must not merge."),
  ]))

SEEDS.append(dict(id="9634", name="9634_sulariver-atom", ext="xml", source="Sula River News", zone="Europe/Kyiv", render=r_atom,
  title="Sula River News \u2014 English", url="https://sulariver.example", lede="News from Poltava region and all of Ukraine", zfmt="offset", ctype="html",
  notes="Invented outlet (Ukraine). Atom feed, newest first, <published> with +03:00 offsets, <author> per entry, escaped HTML content. "
        "Entry 02 continues day 1's Istanbul-talks story. Entry 01 (Kharkiv drones) is a different attack from the Zaporizhzhia strike "
        "and from day 1's Kharkiv glide bombs. " + D2,
  not_entries=["feed title, subtitle, links, id, updated", "each entry's <id>, <link> and <updated>"],
  entries=[
  E("2025-05-30 09:20", "Overnight strike on Zaporizhzhia: one killed, 12 injured",
    ["A missile hit a residential building in Zaporizhzhia, killing one person; the regional military administration said 12 people were being treated in hospital."],
    "strikes", "strikes", 3, ZP, a="Oksana Bilous"),
  E("2025-05-30 12:00", "Sweden announces new aid for Ukraine's army",
    ["Sweden has approved its 19th military aid package for Ukraine, focused on air defence, artillery ammunition and support for Ukraine's own arms production."],
    "aid", "aid", 3, SW, a="Oksana Bilous"),
  E("2025-05-30 15:40", "Umerov to head Ukrainian delegation in Istanbul",
    ["Defence Minister Rustem Umerov will lead Ukraine's delegation at Monday's talks in Istanbul, President Volodymyr Zelensky said in a decree published on Friday."],
    "diplomacy", "diplomacy", 3, IST, a="Yurii Hnatenko", n="Continuation of day 1's Istanbul-talks story."),
  E("2025-05-30 20:30", "Kharkiv: drone hits private houses, two injured",
    ["A Russian drone hit private houses in Kharkiv's Slobidskyi district in the evening, injuring two people, the regional governor said."],
    "strikes", "strikes", 2, "kharkiv-drone-houses-2025-05-30", a="Yurii Hnatenko", n="Different attack from the Zaporizhzhia strike: must not merge."),
  ]))

MB = "marhanets-bus-drone-strike-2025-04-23"
LON = "london-ukraine-talks-downgraded-2025-04-23"
TC = "trump-criticises-zelensky-crimea-2025-04-23"
NK = "nikopol-shelling-2025-04-23"
KH3 = "kharkiv-overnight-drones-2025-04-23"
D3 = "Part B day 3 (2025-04-23 UTC), seeds 9640-9644."

SEEDS.append(dict(id="9640", name="9640_inhul-newsfeed", ext="txt", source="Inhul Ledger", zone="Europe/Kyiv", render=r_inhul,
  title="News feed", ref="2025-04-23 21:40",
  notes="Invented outlet (central Ukraine). Text news-feed page, NEWEST first; each item: category label, headline, RELATIVE stamp "
        "('30 minutes ago', '2 hours ago'), body; no authors. Stamps resolve against the printed 'Updated: 23.04.2025, 21:40' (Kyiv, EEST = UTC+3). "
        "Spelling 'Marhanets'. Entries 04 (Nikopol) and 05 (Marhanets) are different attacks in the same district: must not merge. " + D3,
  not_entries=["site name, tagline and menu", "page title 'News feed' and 'Updated: ...' line", "category labels ('War', 'Politics')", "'Advertising'",
               "'Show more news'", "footer"],
  entries=[
  E("2025-04-23 21:10", "Marhanets toll rises to nine",
    ["A ninth person has died after this morning's drone attack on a bus carrying mine workers in Marhanets, the head of the Dnipropetrovsk regional administration said.",
     "More than 30 people were wounded."],
    "strikes", "strikes", 3, MB),
  E("2025-04-23 19:40", "Trump says Zelensky's stance on Crimea harms peace efforts",
    ["US President Donald Trump said Volodymyr Zelensky's refusal to recognise Crimea as Russian was making it harder to reach a peace deal.",
     "Zelensky had said on Tuesday that Ukraine would not legally recognise the occupation of the peninsula."],
    "diplomacy", "diplomacy", 3, TC, cat="Politics"),
  E("2025-04-23 16:40", "London meeting on Ukraine downgraded after Rubio pulls out",
    ["Planned talks in London between Ukraine, the United States and European countries were scaled down to the level of officials after US Secretary of State Marco Rubio withdrew.",
     "Ukraine's delegation is led by the head of the presidential office."],
    "diplomacy", "diplomacy", 3, LON, cat="Politics"),
  E("2025-04-23 13:40", "Nikopol shelled, woman injured",
    ["Russian troops shelled Nikopol with artillery across the reservoir, injuring a 58-year-old woman and damaging several houses, the regional governor said."],
    "strikes", "strikes", 3, NK, n="Same district as Marhanets, different attack: must not merge."),
  E("2025-04-23 10:40", "Drone hits bus carrying workers in Marhanets, seven killed",
    ["A Russian drone struck a bus carrying employees of a mining company in Marhanets, in the Nikopol district, killing seven people and wounding dozens, regional officials said."],
    "strikes", "strikes", 3, MB),
  E("2025-04-23 07:40", "Kharkiv: overnight drone attack damages homes",
    ["Russian drones hit residential areas of Kharkiv overnight, damaging private houses and a shop; no one was killed, the mayor said."],
    "strikes", "strikes", 3, KH3),
  ]))

SEEDS.append(dict(id="9641", name="9641_tegelbrook-htmllive", ext="html", source="Tegelbrook Courier", zone="Europe/Berlin", render=r_tegelbrook,
  title="Ukraine live: drone kills workers on bus in Marganets", url="https://tegelbrook.example/en/ukraine-live-23-april",
  lede="The latest on the war in Ukraine and the talks on a ceasefire.", dateline="Wednesday, 23 April 2025",
  notes="Invented outlet (Germany, English service). HTML live blog, OLDEST first; JSON-LD @graph with a LiveBlogPosting node whose "
        "liveBlogUpdate array carries headline and datePublished (+02:00); visible '08:20 CEST' in a span (no datetime attribute) above each "
        "h3 headline; agency credit '(AFP)' after the body = author. Spelling 'Marganets'. Entry 03 is a video teaser without body; entry 04 "
        "is the day's theme piece (analysis); entry 05 repeats entry 02 nearly verbatim (duplicate_of 9641-02). " + D3,
  not_entries=["header and menu", "h1 title", "teaser paragraph", "date line", "agency credit lines '(AFP)', '(dpa)', '(Reuters)' (author)",
               "video player label", "'Further updates on this page.'", "footer"],
  entries=[
  E("2025-04-23 08:20", "Drone strike on bus in Marganets kills seven",
    ["A Russian drone hit a bus taking workers to their shift in the town of Marganets in the Dnipropetrovsk region, killing seven people, the regional governor said.",
     "Dozens of passengers were injured."],
    "strikes", "strikes", 3, MB, a="AFP"),
  E("2025-04-23 10:05", "Rubio cancels London trip; talks go ahead at lower level",
    ["US Secretary of State Marco Rubio will not travel to London for talks on Ukraine, the State Department said, and the meeting will take place between senior officials instead.",
     "The British foreign office confirmed the change."],
    "diplomacy", "diplomacy", 3, LON, a="dpa"),
  E("2025-04-23 12:30", "Video: the bus in Marganets after the strike", [], "strikes", "strikes", 1, MB, video=True,
    n="Video teaser without body -> importance 1."),
  E("2025-04-23 14:45", "Analysis: why Crimea is the sticking point",
    ["Recognising Crimea as Russian would break a line that Kyiv and most European governments have held since 2014, and Ukraine's constitution forbids ceding territory.",
     "For Washington, the question has become a test of whether both sides will accept a deal."],
    "diplomacy", "diplomacy", 2, "analysis-crimea-recognition-2025", a="Lukas Brandt",
    n="Theme piece (analysis with body): own story, importance 2; not Trump's statement itself."),
  E("2025-04-23 16:10", "Rubio cancels London trip; talks proceed at lower level",
    ["US Secretary of State Marco Rubio will not travel to London for talks on Ukraine, the State Department said, and the meeting will take place between senior officials instead.",
     "The British foreign office confirmed the change."],
    "diplomacy", "diplomacy", 1, LON, a="dpa", dup="9641-02", n="Near-verbatim repeat of 9641-02 -> importance 1."),
  E("2025-04-23 18:30", "Marganets: death toll climbs to eight",
    ["Another passenger of the bus hit by a drone in Marganets has died in hospital, raising the death toll to eight."],
    "strikes", "strikes", 3, MB, a="Reuters"),
  E("2025-04-23 21:50", "Trump criticises Zelensky over Crimea remarks",
    ["Donald Trump accused Volodymyr Zelensky of prolonging the war by ruling out recognition of Crimea as Russian, writing that nobody was asking Ukraine to do so.",
     "Zelensky's office did not respond immediately."],
    "diplomacy", "diplomacy", 3, TC, a="AFP"),
  ]))

SEEDS.append(dict(id="9642", name="9642_wattlebrook-worldrss", ext="xml", source="Wattlebrook World Service", zone="Australia/Sydney", render=r_rssworld,
  title="Wattlebrook World Service: World", url="https://wattlebrook.example", lede="World news from the Wattlebrook newsroom", lang="en-au", mode="content",
  notes="Invented outlet (Australia). General world-news RSS 2.0 feed, newest first, pubDate in +1000 (AEST); short <description> plus "
        "full content:encoded. Four of six items are off-beat (Pope's funeral rites, Kashmir attack, IMF outlook, Australian election). "
        "Items 01-03 are printed 24 April (local) but fall on 23 April UTC. " + D3,
  not_entries=["channel title/link/description/language", "<link>, <guid>, <category> and the truncated <description> teaser of each item"],
  entries=[
  OFF("2025-04-23 15:30", "Pope Francis's coffin taken to St Peter's Basilica",
      ["The coffin of Pope Francis was carried in procession from his residence to St Peter's Basilica, where the public can pay respects until the funeral on Saturday."],
      "pope-francis-lying-in-state", n="the Pope's funeral rites.", cat="World"),
  E("2025-04-23 17:10", "Drone strike on workers' bus in Ukraine kills seven",
    ["Seven people were killed when a Russian drone hit a bus carrying mine workers in the central Ukrainian town of Marhanets, regional authorities said."],
    "strikes", "strikes", 3, MB, cat="World"),
  OFF("2025-04-23 19:45", "India vows strong response after deadly attack on tourists in Kashmir",
      ["India's government promised to hunt down those behind an attack on tourists in Indian-administered Kashmir that killed more than two dozen people."],
      "kashmir-tourist-attack-2025", n="Kashmir attack.", cat="World"),
  OFF("2025-04-24 00:20", "IMF cuts global growth forecast, citing tariffs",
      ["The International Monetary Fund lowered its forecast for world economic growth this year, blaming the rise in trade tariffs and the uncertainty they have caused."],
      "imf-outlook-april-2025", n="world economy.", cat="Business"),
  E("2025-04-24 03:50", "US-led talks on Ukraine in London scaled back",
    ["A meeting in London meant to bring US, European and Ukrainian foreign ministers together was downgraded to talks between officials after the US secretary of state pulled out."],
    "diplomacy", "diplomacy", 3, LON, cat="World"),
  OFF("2025-04-24 07:30", "Leaders trade blows on housing as campaign enters final stretch",
      ["The prime minister and the opposition leader clashed over housing costs on the campaign trail, with early voting centres reporting long queues."],
      "australia-election-campaign-2025", n="Australian election.", cat="Australia"),
  ]))

SEEDS.append(dict(id="9643", name="9643_zbruch-article", ext="txt", source="Zbruch Review", zone="Europe/Kyiv", render=r_textarticle,
  masthead="ZBRUCH REVIEW", crumb="War \u203a Dnipropetrovsk region",
  title="A bus, a reservoir and a cancelled trip: Wednesday in the war",
  lede="Eight dead in Marhanets, shelling in Nikopol and a scaled-down meeting in London.",
  byline="Text: Olha Savchuk", dateline="23.04.2025 19:05",
  more="Read also: How Nikopol lives under fire", foot="\u00a9 2025 Zbruch Review",
  notes="Invented outlet (western Ukraine, English version). Text article with three section headings; one entry per section, stamp null, "
        "published = the dateline '23.04.2025 19:05' (no zone printed: Kyiv time implied, EEST = UTC+3); page byline 'Text: Olha Savchuk' -> "
        "author 'Olha Savchuk'. Spelling 'Marhanets'. " + D3,
  not_entries=["masthead and breadcrumb", "title line", "standfirst", "byline and dateline", "'Share \u00b7 Save \u00b7 Print'", "'Read also: ...' link", "copyright line"],
  entries=[
  E("2025-04-23 19:05", "Marhanets",
    ["Eight people were killed and more than 30 wounded when a Russian drone hit a company bus in Marhanets in the morning, according to regional authorities.",
     "The town has declared three days of mourning."],
    "strikes", "strikes", 3, MB, a="Olha Savchuk"),
  E("2025-04-23 19:05", "Nikopol",
    ["Across the Kakhovka reservoir from the occupied nuclear plant, Nikopol came under artillery fire again, and a woman was injured."],
    "strikes", "strikes", 3, NK, a="Olha Savchuk", n="Different attack from Marhanets (same district): must not merge."),
  E("2025-04-23 19:05", "London",
    ["The meeting in London that was meant to gather foreign ministers went ahead only at the level of advisers after the US secretary of state stayed away."],
    "diplomacy", "diplomacy", 3, LON, a="Olha Savchuk"),
  ]))

SEEDS.append(dict(id="9644", name="9644_tarvossa-atom", ext="xml", source="Tarvossa Wire", zone="UTC", render=r_atom,
  title="Tarvossa Wire \u2014 Ukraine desk", url="https://tarvossawire.example", lede="Ukraine coverage from Tarvossa Wire", zfmt="offset", ctype="html",
  notes="Invented outlet (wire service). Atom feed, newest first, <published> with explicit +00:00 offsets, <author> per entry, escaped HTML "
        "content. Entry 02 (envoy's Moscow trip) is a different diplomatic event from the London meeting and from Trump's Crimea remarks: must not merge. " + D3,
  not_entries=["feed title, subtitle, links, id, updated", "each entry's <id>, <link> and <updated>"],
  entries=[
  E("2025-04-23 05:10", "Drones damage houses in Kharkiv overnight",
    ["Russian drones damaged several private houses in Kharkiv overnight, city officials said; there were no reports of deaths."],
    "strikes", "strikes", 3, KH3, a="Miro Castell"),
  E("2025-04-23 07:55", "Russian drone hits bus in Dnipropetrovsk region, at least seven dead",
    ["At least seven people were killed when a Russian drone hit a bus carrying workers in Marhanets, the governor of the Dnipropetrovsk region said."],
    "strikes", "strikes", 3, MB, a="Miro Castell"),
  E("2025-04-23 11:30", "Trump envoy Witkoff expected in Moscow this week",
    ["US special envoy Steve Witkoff is expected to travel to Moscow later this week for another meeting with Vladimir Putin, the Kremlin said."],
    "diplomacy", "diplomacy", 2, "witkoff-moscow-trip-2025-04", a="Sanna Veld", n="Different event from the London meeting: must not merge."),
  E("2025-04-23 15:15", "Trump says Zelensky's Crimea remarks harm talks",
    ["President Donald Trump said Ukraine's leader had damaged peace negotiations by insisting that Kyiv would never recognise Russia's control of Crimea."],
    "diplomacy", "diplomacy", 3, TC, a="Sanna Veld"),
  ]))

MUST_NOT_MERGE = [
  ("9620-01", "9620-02", "Odesa strike vs Kharkiv glide bombs (same night, same theme)"),
  ("9620-06", "9623-03", "UK tanker sanctions vs EU 18th package talks (same theme)"),
  ("9621-03", "9624-02", "drone-tactics analysis vs monthly drone tally (same theme)"),
  ("9624-02", "9624-04", "monthly drone tally vs the Odesa strike"),
  ("9630-06", "9630-03", "Zaporizhzhia city strike vs Zaporizhzhia nuclear plant power line (same place)"),
  ("9631-03", "9631-02", "Dutch drone funding (re-post) vs Swedish package (same theme)"),
  ("9631-06", "9631-05", "Bryansk depot strike vs Zaporozhye strike"),
  ("9631-04", "9630-04", "Medinsky explainer vs the Istanbul talks story"),
  ("9634-01", "9634-04", "Kharkiv drone vs Zaporizhzhia strike"),
  ("9640-04", "9640-05", "Nikopol shelling vs Marhanets bus (same district)"),
  ("9640-03", "9644-02", "London meeting vs Witkoff's Moscow trip (same theme)"),
  ("9640-02", "9641-04", "Trump's Crimea remarks vs the Crimea analysis"),
  ("9640-02", "9640-03", "Trump's Crimea remarks vs the London meeting"),
  ("9640-06", "9640-05", "Kharkiv drones vs Marhanets bus"),
]


# ============================================================ emit
BASIS = {
  "r_ctn": "<time datetime='{iso}'> behind the visible relative stamp '{s}' (page rendered 10:05 a.m. EST on 2025-01-06); US Eastern, EST = UTC-5",
  "r_fnp": "pubDate '{s}' (explicit -0500)",
  "r_heraldmail": "stamp '{s}' under the day line 'Saturday, March 1' (no year printed: parse_args --date 2025-03-01); ET = EST, UTC-5",
  "r_cecil": "no per-brief time; the article's posted line 'Feb 25, 2025 5:41 pm' (Eastern time implied, EST = UTC-5) used for every brief",
  "r_stardem": "stamp '{s}' after the subhead, on the article date 'Mar 16, 2025'; no zone printed, Eastern time implied (EDT = UTC-4); JSON-LD dates agree",
  "r_cape": "pubDate '{s}' (explicit +0000); the paper's zone is US Eastern (EDT = UTC-4) for published_local",
  "r_dsn": "card stamp '{s}' (date and 12-hour time, no zone printed: Eastern time implied, EDT = UTC-4)",
  "r_or": "timeline stamp '{s}' on the article date 'Jul 11, 2025' (EDT = UTC-4)",
  "r_ldn": "stamp '{s}' (EST = UTC-5); JSON-LD update datePublished agrees",
  "r_po": "no per-section time; the page's 'Published 6:04 p.m. ET July 3, 2025' (EDT = UTC-4) used for every section",
  "r_dnister": "stamp '{s}' under the date line '{long}'; Kyiv time (EEST = UTC+3) as the page says",
  "r_kelderwick": "stamp '{s}' with <time datetime='{iso}'> on {d}; JSON-LD update datePublished agrees",
  "r_rssworld": "pubDate '{s}' (explicit offset)",
  "r_textarticle": "no per-section time; the article dateline ({d} {hm}, {z}) used for every section",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_narwica": "stamp '{s}' with <time datetime='{iso}'> (CEST = UTC+2) on {d}",
  "r_ballycorrib": "stamp '{s}' ('Posted at ...' line after the headline) under the date line 'Friday 30 May 2025'; no zone printed: Irish time implied (IST = UTC+1)",
  "r_pendrick": "no per-section time; the visible dateline '{d} {hm} BST' (UTC+1) used for every section; JSON-LD datePublished agrees",
  "r_inhul": "relative stamp '{s}' resolved against the printed 'Updated: 23.04.2025, 21:40' (Kyiv, EEST = UTC+3)",
  "r_tegelbrook": "stamp '{s}' on the date line 'Wednesday, 23 April 2025'; JSON-LD liveBlogUpdate datePublished agrees",
}


ORDER = {"9600": "newest", "9601": "newest", "9602": "newest", "9603": "same", "9604": "oldest", "9605": "newest", "9606": "newest",
         "9607": "oldest", "9608": "newest", "9609": "same",
         "9620": "oldest", "9621": "newest", "9622": "newest", "9623": "same", "9624": "newest",
         "9630": "newest", "9631": "newest", "9632": "newest", "9633": "same", "9634": "newest",
         "9640": "newest", "9641": "oldest", "9642": "newest", "9643": "same", "9644": "newest"}


def main():
    for sub in ("seeds", "gold"):
        os.makedirs(os.path.join(ROOT, sub), exist_ok=True)
        for f in os.listdir(os.path.join(ROOT, sub)):
            os.remove(os.path.join(ROOT, sub, f))
    total = 0
    for S in SEEDS:
        order = ORDER[S["id"]]
        if order != "same":
            S["entries"].sort(key=lambda e: e["t"], reverse=(order == "newest"))
        else:
            assert len({e["t"] for e in S["entries"]}) == 1
        text, stamps = S["render"](S)
        fn = f"{S['name']}.{S['ext']}"
        with open(os.path.join(ROOT, "seeds", fn), "w", encoding="utf-8") as fh:
            fh.write(text)
        rname = S["render"].__name__
        ents = []
        for i, e in enumerate(S["entries"]):
            d = dt(e["t"], S["zone"]); u = d.astimezone(UTC)
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), z=S["zone"], iso=iso(d), hm=d.strftime("%H:%M"),
                                                                long=f"{DAYS_EN[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}"),
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
        print(fn, len(ents))
    with open(os.path.join(ROOT, "tools", "must_not_merge.json"), "w", encoding="utf-8") as fh:
        json.dump([{"a": a, "b": b, "why": w} for a, b, w in MUST_NOT_MERGE], fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("total", total)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds eval/ce seeds and gold files from one hand-written data table (below).
All news text is invented or paraphrased by the blind tester (no sentence copied from any page); Part B outlets are
invented. Deterministic. Run from the project root: python3 eval/ce/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None, **kw):
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


ABBR_END = re.compile(r"\b(U\.S|Sen|Gov|Rep|Mr|Mrs|Dr|Gen|St|Jr|No|Calif|[A-Z])\.$")


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par)
    fs = par[:m.end()] if m else par
    assert not ABBR_END.search(fs), ("first sentence cut at an abbreviation", fs)
    assert len(fs) >= 30, fs
    return fs


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space="", dots=False, upper=False, secs=False):
    hh = d.hour % 12 or 12
    if dots:
        suf = "a.m." if d.hour < 12 else "p.m."
    else:
        suf = "am" if d.hour < 12 else "pm"
        if upper:
            suf = suf.upper()
    s = f"{hh}{sep}{d.minute:02d}" + (f":{d.second:02d}" if secs else "")
    return f"{s}{space}{suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order(S, newest_first):
    ts = [dt(e["t"], S["zone"]) for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, (S["id"], "entries must be listed " + ("newest" if newest_first else "oldest") + " first")


def same_time(S):
    for e in S["entries"]:
        assert e["t"] == S["dateline_t"], (S["id"], "section entries take the page dateline")


def wp(s):  # WordPress feed title entities
    return esc(s).replace("\u2019", "&#8217;").replace("\u2018", "&#8216;").replace("\u2013", "&#8211;")


# ============================================================ PART A renderers (layouts of real outlets; own words)

def r_capecod(S):  # Gannett (USA TODAY network) article with h2 sections; "Published 5:02 a.m. ET June 1, 2022"; text scrape
    same_time(S); d0 = dt(S["dateline_t"], S["zone"]); up = dt(S["updated_t"], S["zone"])
    stamp = f"Published {ampm(d0, space=' ', dots=True)} ET {MONTHS[d0.month - 1]} {d0.day}, {d0.year} | Updated {ampm(up, space=' ', dots=True)} ET {MONTHS[up.month - 1]} {up.day}, {up.year}"
    L = ["Skip to main content", "Cape Cod Times", "Subscribe", "Sign In", "", "Local", "Sports", "Things to Do", "Opinion", "Obituaries",
         "Cape Cod Life", "eNewspaper", "Legals", "", "NATION", "Add Topic", S["title"], S["byline"], "USA TODAY", stamp, "",
         "Facebook", "Twitter", "Email", "", "Show Caption", "Hide Caption", S["caption"], "", S["lede"], "", "Latest developments:", ""]
    L += [f"\u25ba {b}" for b in S["bullets"]] + [""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Contributing: The Associated Press", "", "Sign up for the Cape Cod Times Daily Briefing newsletter", "",
          "Help \u00b7 Terms of Service \u00b7 Your California Privacy Rights/Privacy Policy \u00b7 Privacy Policy \u00b7 Site Map \u00b7 Accessibility \u00b7 Our Ethical Principles \u00b7 Your Privacy Choices",
          "\u00a9 2022 www.capecodtimes.com. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def rel(fetch, d):
    mins = int((fetch - d).total_seconds() // 60)
    assert mins >= 0
    if mins < 60:
        return f"{mins} min ago"
    h = mins // 60
    return f"{h} hr ago" if h == 1 else f"{h} hrs ago"


def r_berkshire(S):  # BLOX (TownNews) section front, HTML; AP bylines in capitals; <time datetime> with relative visible text
    order(S, True); z = S["zone"]; fetch = dt(S["fetch"], z)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | berkshireeagle.com</title>',
           '<meta property="og:site_name" content="The Berkshire Eagle"><meta name="viewport" content="width=device-width, initial-scale=1">',
           '</head><body class="section-page news-nation_world">', f'<!-- tncms page cache: built {fetch.isoformat()} -->',
           '<div id="site-top-nav"><a href="/users/signup/">Subscribe</a> <a href="/users/login/">Log In</a> '
           f'<span class="weather">Pittsfield, MA <b>64\u00b0</b></span> <span class="date">{DAYS[fetch.weekday()]}, {MONTHS[fetch.month - 1]} {fetch.day}, {fetch.year}</span></div>',
           '<header id="site-header"><a class="logo" href="/">The Berkshire Eagle</a><nav><ul><li><a href="/news/">News</a></li><li><a href="/news/local/">Local News</a></li>'
           '<li><a href="/opinion/">Opinion</a></li><li><a href="/sports/">Sports</a></li><li><a href="/obituaries/">Obituaries</a></li>'
           '<li><a href="/berkshiresweek/">Berkshires Week</a></li><li><a href="/classifieds/">Classifieds</a></li><li><a href="/eedition/">e-Edition</a></li></ul></nav></header>',
           f'<main id="main-page-container"><h1 class="block-title"><span class="block-title-inner">{esc(S["title"])}</span></h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); vis = ("Updated " if e.get("upd") else "") + rel(fetch, d); stamps.append(vis)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")
        url = f"/news/nation_world/{slug}/article_{(i + 7) * 1111:x}c2{i}e-e5d1-11ec.html"
        out += [f'<article class="tnt-asset-type-article card summary">',
                f'<div class="card-headline"><h3 class="tnt-headline"><a href="{url}">{esc(e["h"])}</a></h3></div>',
                f'<div class="card-lead"><p class="tnt-summary">{esc(e["p"][0])}</p></div>',
                f'<ul class="list-inline card-meta"><li class="card-byline"><span class="tnt-byline">{esc(e["byline"])}</span></li>'
                f'<li class="card-date"><time datetime="{d.isoformat()}">{vis}</time></li></ul>',
                f'<a class="comment-count" href="{url}#comments">{(i * 5) % 7}</a></article>']
        if i == 2:
            out.append('<div class="tnt-ads-container"><span>Advertisement</span></div>')
    out += ['<div class="pagination"><a href="?o=20">Next</a></div></main>',
            '<aside><h4>Most Popular</h4><ol><li><a href="/news/local/a1">Pittsfield council weighs downtown parking changes</a></li>'
            '<li><a href="/news/local/a2">Lenox road work to close Route 7A lane</a></li></ol>'
            '<div class="newsletter"><h5>Breaking News</h5><p>Get the latest headlines delivered to your inbox.</p><input type="email"> <button>Sign up</button></div></aside>',
            '<footer>\u00a9 Copyright 2022 The Berkshire Eagle, 75 South Church Street Pittsfield, MA | Terms of Use | Privacy Policy | Powered by BLOX Content Management System from TownNews.com.</footer>',
            '</body></html>']
    return "\n".join(out) + "\n", stamps


def r_rutland(S):  # BLOX RSS 2.0 search feed; pubDate with -0400; byline in dc:creator; plain description
    order(S, True); z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
           '<channel>', f'<title>{esc(S["title"])}</title>',
           '<link>https://www.rutlandherald.com/search/?f=rss&amp;t=article&amp;c=news/nation_world&amp;l=50&amp;s=start_time&amp;sd=desc</link>',
           '<atom:link href="https://www.rutlandherald.com/search/?f=rss&amp;t=article&amp;c=news/nation_world&amp;l=50&amp;s=start_time&amp;sd=desc" rel="self" type="application/rss+xml" />',
           f'<description>{esc(S["title"])}</description>', '<generator>TownNews.com Content Management System</generator>',
           '<docs>http://www.rssboard.org/rss-specification</docs>', '<ttl>30</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<description>{esc(' '.join(e['p']))}</description>",
                f"<pubDate>{st}</pubDate>", f'<guid isPermaLink="false">http://www.rutlandherald.com/tncms/asset/editorial/{i + 40}a7e2b6-e81c-11ec-9d0f-{i}7b3c5e1a2f0</guid>',
                f"<link>https://www.rutlandherald.com/news/nation_world/{slug}/article_{i + 40}a7e2b6-e81c-11ec.html</link>",
                f"<dc:creator>{esc(e['byline'])}</dc:creator>",
                f'<enclosure url="https://bloximages.newyork1.vip.townnews.com/rutlandherald.com/content/tncms/assets/v3/editorial/{i}/a{i}/photo{i}.jpg" length="{81234 + i * 977}" type="image/jpeg" />',
                "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_bdn(S):  # WordPress category feed; pubDate +0000; dc:creator CDATA; "The post ... appeared first on" in description and content
    order(S, True); z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"',
           '\txmlns:content="http://purl.org/rss/1.0/modules/content/"', '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"',
           '\txmlns:dc="http://purl.org/dc/elements/1.1/"', '\txmlns:atom="http://www.w3.org/2005/Atom"',
           '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"', '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"', '\t>',
           '<channel>', f'\t<title>{wp(S["title"])}</title>', '\t<atom:link href="https://www.bangordailynews.com/category/news/world/feed/" rel="self" type="application/rss+xml" />',
           '\t<link>https://www.bangordailynews.com/category/news/world/</link>', '\t<description>Maine news, sports, politics, election results, and obituaries</description>',
           f'\t<lastBuildDate>{S["build"]}</lastBuildDate>', '\t<language>en-US</language>', '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>',
           '\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>', '\t<generator>https://wordpress.org/?v=6.0</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], z).astimezone(UTC); st = u.strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        loc = dt(e["t"], z)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower().replace("\u2019", "")).strip("-")
        link = f"https://www.bangordailynews.com/{loc:%Y/%m/%d}/news/world/{slug}/"
        tail = f'<p>The post <a rel="nofollow" href="{link}">{wp(e["h"])}</a> appeared first on <a rel="nofollow" href="https://www.bangordailynews.com">Bangor Daily News</a>.</p>'
        excerpt = e["p"][0][:150].rsplit(" ", 1)[0] + " [&#8230;]"
        out += ["\t<item>", f"\t\t<title>{wp(e['h'])}</title>", f"\t\t<link>{link}</link>",
                f"\t\t<dc:creator><![CDATA[{e['a']}]]></dc:creator>", f"\t\t<pubDate>{st}</pubDate>",
                f"\t\t<category><![CDATA[{e.get('cat', 'World')}]]></category>", f'\t\t<guid isPermaLink="false">https://www.bangordailynews.com/?p={3519870 + i * 37}</guid>',
                f"\t\t<description><![CDATA[<p>{excerpt}</p>\n{tail}]]></description>",
                "\t\t<content:encoded><![CDATA[" + "\n".join(f"<p>{esc(p)}</p>" for p in e["p"]) + f"\n{tail}]]></content:encoded>",
                f"\t\t<slash:comments>{(i * 3) % 4}</slash:comments>", "\t</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_pph(S):  # Press Herald section front, text scrape; header date without year; "Posted 7:10 PM" after headline, dek and byline
    order(S, True); z = S["zone"]
    L = ["Skip to content", "Portland Press Herald", S["clock"], "Subscribe", "Log In", "Search", "",
         "News  Local & State  Politics  Sports  Business  Opinion  Life & Culture  Obituaries  Maine Sunday Telegram  Today's Paper", "",
         "We use cookies to personalize content and ads and to analyze our traffic. Review our privacy policy. Accept", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Posted {ampm(d, space=' ', upper=True)}"; stamps.append(st)
        extra = f" Updated {e['upd']}" if e.get("upd") else ""
        L += [e["h"], ""] + ptxt(e["p"]) + [f"By {e['a']}"] + ([e["role"]] if e.get("role") else []) + [st + extra, ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Load More", "", "Send questions/comments to the editors.", "", "\u00a9 Portland Press Herald \u00b7 Privacy Policy \u00b7 Terms of Service \u00b7 Your Privacy Choices"]
    return "\n".join(L) + "\n", stamps


def r_concord(S):  # Concord Monitor article page carrying AP "The Latest"; "Published: 7/20/2022 6:15:32 PM"; items split by "___", no headlines
    same_time(S); z = S["zone"]; d0 = dt(S["dateline_t"], z); dm = dt(S["modified_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(),
          "dateModified": dm.isoformat(), "author": {"@type": "Organization", "name": "Associated Press"},
          "publisher": {"@type": "Organization", "name": "Concord Monitor"}}
    pub = f"{d0.month}/{d0.day}/{d0.year} {ampm(d0, space=' ', upper=True, secs=True)}"
    mod = f"{dm.month}/{dm.day}/{dm.year} {ampm(dm, space=' ', upper=True, secs=True)}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="topbar"><a href="/subscribe">Subscribe</a> | <a href="/eedition">e-Edition</a> | <a href="/login">Log in</a></div>',
           '<header><a class="logo" href="/">Concord Monitor</a><nav><a href="/News">News</a> <a href="/Sports">Sports</a> <a href="/Opinion">Opinion</a> '
           '<a href="/Arts-Life">Arts &amp; Life</a> <a href="/Obituaries">Obituaries</a> <a href="/Classifieds">Classifieds</a> <a href="/Contests">Contests</a></nav></header>',
           '<main><article class="story">', f'<h1>{esc(S["title"])}</h1>', '<div class="byline">Associated Press</div>',
           f'<div class="pubdate">Published: {pub}</div>', f'<div class="moddate">Modified: {mod}</div>',
           '<div class="share"><a>Facebook</a> <a>Twitter</a> <a>Email</a> <a>Print</a></div>', '<div class="story-body">',
           f'<p>{esc(S["intro"])}</p>']
    for i, e in enumerate(S["entries"]):
        out.append("<p>___</p>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
    out += ["<p>___</p>", f'<p>{esc(S["follow"])}</p>', '</div></article>',
            '<section class="more"><h3>More in World</h3><a href="/x1">EU proposes gas rationing plan</a> <a href="/x2">Heat wave tests Europe</a></section>',
            '<div class="newsletter">Sign up for our newsletters <input type="email"> <button>Submit</button></div></main>',
            '<footer>Copyright \u00a9 2022 by Newspapers of New England | Privacy Policy | Terms of Use</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_keene(S):  # BLOX article (older byline block): "Posted: Tuesday, July 26, 2022 3:45 pm | Updated: 5:12 pm, Tue Jul 26, 2022."; briefs with credit lines
    same_time(S); z = S["zone"]; d0 = dt(S["dateline_t"], z); up = dt(S["updated_t"], z)
    posted = f"Posted: {DAYS[d0.weekday()]}, {MONTHS[d0.month - 1]} {d0.day}, {d0.year} {ampm(d0, space=' ')}"
    upd = f"Updated: {ampm(up, space=' ')}, {up:%a} {up:%b} {up.day}, {up.year}."
    L = ["Skip to main content", "The Keene Sentinel", "Subscribe", "Log In", f"{DAYS[d0.weekday()]}, {MONTHS[d0.month - 1]} {d0.day}, {d0.year}", "",
         "News  Local  Sports  Opinion  Obituaries  Lifestyles  Calendar  Classifieds  e-Edition", "", "Nation & World", "", S["title"], "",
         S["byline"], f"{posted} | {upd}", "", "Facebook  Twitter  WhatsApp  SMS  Email  Print  Save", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"]) + [f"\u2014 {e['a']}", ""]
    L += ["Be the first to know", "Get local news delivered to your inbox!", "Sign up!", "", "Most Popular", "Keene council approves Main Street crosswalk design", "",
          "\u00a9 Copyright 2022, The Keene Sentinel, 60 West St. Keene, NH | Terms of Use | Privacy Policy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_valley(S):  # Valley News (vnews.com) World section, text scrape; "Published: 12/2/2022 6:40:12 PM" per item; no zone printed
    order(S, True); z = S["zone"]
    L = ["Valley News", "Subscribe   Log In   E-Edition", "", "News  Sports  Opinion  Arts & Life  Obituaries  Real Estate  Classifieds  Jobs  Contact Us", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Published: {d.month}/{d.day}/{d.year} {ampm(d, space=' ', upper=True, secs=True)}"; stamps.append(st)
        L += [e["h"], f"By {e['a']}", e["role"], st, ""] + ptxt(e["p"])
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Next Page \u00bb", "", "Valley News \u00b7 24 Interchange Drive, West Lebanon, NH \u00b7 Copyright \u00a9 2022 Valley News \u00b7 Privacy Policy \u00b7 Terms of Use"]
    return "\n".join(L) + "\n", stamps


def r_reformer(S):  # BLOX article page, "AP News in Brief at 6:04 p.m. EST"; NewsArticle JSON-LD; briefs with <strong> titles
    same_time(S); z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": "https://www.reformer.com/ap/national/ap-news-in-brief/article_4c1d.html",
          "headline": S["title"], "datePublished": d0.isoformat(), "dateModified": d0.isoformat(),
          "author": [{"@type": "Person", "name": "The Associated Press"}], "publisher": {"@type": "Organization", "name": "Brattleboro Reformer"},
          "keywords": ["ap", "national"]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | National | reformer.com</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body class="asset-page">',
           '<div id="site-top-nav"><a href="/users/signup/">Subscribe</a> <a href="/users/login/">Log In</a> <span class="weather">Brattleboro, VT <b>29\u00b0</b></span></div>',
           '<header><a class="logo" href="/">Brattleboro Reformer</a><nav><a href="/local-news/">Local News</a> <a href="/opinion/">Opinion</a> <a href="/sports/">Sports</a> '
           '<a href="/obituaries/">Obituaries</a> <a href="/ap/">AP</a> <a href="/eedition/">e-Edition</a></nav></header>',
           '<main><article id="article">', '<div class="asset-breakcrumb"><a href="/ap/">AP</a> \u203a <a href="/ap/national/">National</a></div>',
           f'<h1 class="headline"><span class="tnt-headline">{esc(S["title"])}</span></h1>',
           f'<ul class="list-inline asset-meta"><li><span class="tnt-byline">The Associated Press</span></li><li><time datetime="{d0.isoformat()}">{d0:%b} {d0.day}, {d0.year}</time></li></ul>',
           '<div class="share-container"><a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a> <a>SMS</a> <a>Email</a> <a>Print</a> <a>Copy article link</a> <a>Save</a></div>',
           '<div id="article-body" itemprop="articleBody">']
    for e in S["entries"]:
        out.append(f"<p><strong>{esc(e['h'])}</strong></p>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
    out += ['</div>', '<div class="asset-tags"><a href="/search/?k=ap">ap</a> <a href="/search/?k=national">national</a></div></article>',
            '<aside class="newsletter"><h4>Sign up for our newsletters</h4><input type="email"> <button>Sign up</button></aside></main>',
            '<footer>\u00a9 Copyright 2022 Brattleboro Reformer, 70 Landmark Hill Drive Brattleboro, VT | Terms of Use | Privacy Policy</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_theday(S):  # The Day (New London): developing-story page, oldest first; "Published December 20. 2022 6:55AM"; bold "6:55 a.m." before each h3
    order(S, False); z = S["zone"]; d0 = dt(S["entries"][0]["t"], z); up = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(),
          "dateModified": up.isoformat(), "author": [{"@type": "Person", "name": "Kendra Oakes"}, {"@type": "Person", "name": "Paul Ridenour"}],
          "publisher": {"@type": "Organization", "name": "The Day"}}
    pub = f"Published {MONTHS[d0.month - 1]} {d0.day:02d}. {d0.year} {ampm(d0, upper=True)} | Updated {MONTHS[up.month - 1]} {up.day:02d}. {up.year} {ampm(up, upper=True)}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - The Day</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="masthead"><a href="/" class="logo">The Day</a> <span class="tagline">Serving Southeastern Connecticut</span> '
           '<a class="sub" href="/subscribe">Subscribe</a> <a href="/login">Sign in</a></header>',
           '<nav><a>Local</a> <a>Sports</a> <a>Opinion</a> <a>Obituaries</a> <a>Nation/World</a> <a>Business</a> <a>Arts &amp; Entertainment</a> <a>Real Estate</a> <a>Jobs</a></nav>',
           '<main><article>', f'<h1>{esc(S["title"])}</h1>', f'<div class="byline">{esc(S["byline"])}</div>', f'<div class="dateline">{pub}</div>',
           '<div class="share">Share <a>Facebook</a> <a>Twitter</a> <a>Email</a> <a>Print</a></div>', f'<p class="note"><em>{esc(S["note"])}</em></p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, space=" ", dots=True); stamps.append(st)
        out.append(f'<div class="update"><p class="update-time"><strong>{st}</strong></p><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="credit">\u2014 {esc(e["a"])}</p>')
        out.append("</div>")
        if i == 3:
            out.append('<div class="promo">Get The Day\u2019s daily headlines by email. <a>Sign up</a></div>')
    out += ['</article><aside><h4>Most read</h4><a>New London schools plan snow-day makeup</a></aside></main>',
            '<footer>\u00a9 2022 The Day Publishing Co. \u00b7 47 Eugene O\u2019Neill Drive, New London, CT \u00b7 Privacy Policy \u00b7 Terms of Service</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ============================================================ PART B renderers (invented outlets)

def r_aldwyck(S):  # text live, OLDEST first; "Sun 24 Jul 2022 06.45 BST" line before an optional headline; one page byline; some posts without headline
    order(S, False); z = S["zone"]
    fp = dt(S["first_pub"], z)
    L = ["ALDWYCK SENTINEL", "News | World | Ukraine | Business | Sport | Opinion | Culture", "",
         "We and our partners use cookies to improve your experience. Accept all  |  Manage preferences", "",
         S["title"], S["standfirst"], "", S["byline"], f"First published on {fp:%a} {fp.day} {fp:%b} {fp.year} {fp:%H.%M} BST", "", "Live feed", "Oldest first", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%a} {d.day} {d:%b} {d.year} {d:%H.%M} BST"; stamps.append(st)
        L += [st] + ([e["h"]] if e["h"] else []) + [""] + ptxt(e["p"]) + ["Share", ""]
        if i == 3:
            L += ["Sign up to First Edition, our free daily newsletter", ""]
    L += ["Topics", "Ukraine  Russia  Europe", "", "Aldwyck Sentinel \u00b7 About us \u00b7 Contact \u00b7 Complaints & corrections \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_corvane(S):  # HTML live, NEWEST first; LiveBlogPosting JSON-LD with per-update times; <time datetime> HH:MM; optional Key Points box
    order(S, True); z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{len(S['entries']) - i}", "headline": e["h"], "datePublished": d.isoformat()}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Corvane Post</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header><a class="brand" href="/">Corvane Post</a> <nav><a href="/">Home</a> <a href="/war">War</a> <a href="/politics">Politics</a> <a href="/opinion">Opinion</a> <a href="/support">Support us</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="dateline">{esc(S["dateline"])} \u00b7 Kyiv time</p>']
    kps = [(i, e) for i, e in enumerate(S["entries"]) if e["kp"]]
    if kps:
        out.append('<section class="key-points"><h2>Key Points</h2><ul>' + "".join(
            f'<li><a href="#post-{len(S["entries"]) - i}">{esc(e["h"])}</a></li>' for i, e in kps) + "</ul></section>")
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="post" id="post-{len(S["entries"]) - i}"><div class="post-meta"><time datetime="{d.isoformat()}">{st}</time>'
                   + (f' <span class="author">{esc(e["a"])}</span>' if e["a"] else "") + f'</div><h3>{esc(e["h"])}</h3>')
        if e["p"]:
            out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        else:
            out.append(f'<figure class="video"><div class="player" data-src="/video/{i + 901}.mp4"></div></figure>')
        out.append('<div class="share">Share <a>Copy link</a> <a>Telegram</a></div></article>')
    out += ['<button class="more">Load earlier posts</button></main>', "<footer>Corvane Post \u00b7 Editorial policy \u00b7 Privacy \u00b7 Contacts</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_bexworth(S):  # RSS 2.0 general world feed; pubDate GMT; CDATA paragraphs; no authors
    order(S, True); z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>',
           f"<title>{esc(S['title'])}</title>", "<link>https://bexworth.example/world</link>",
           '<atom:link href="https://bexworth.example/world/rss.xml" rel="self" type="application/rss+xml"/>',
           "<description>Top world stories from Bexworth World Service</description>", "<language>en-gb</language>",
           f"<lastBuildDate>{dt(S['entries'][0]['t'], z).strftime('%a, %d %b %Y %H:%M:%S GMT')}</lastBuildDate>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S GMT"); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://bexworth.example/world/{S['id']}{i:02d}</link>",
                f'<guid isPermaLink="false">bws-{S["id"]}-{i:02d}</guid>', f"<pubDate>{st}</pubDate>", f"<category>{e.get('cat', 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out.append("</channel></rss>")
    return "\n".join(out) + "\n", stamps


def r_elsbridge(S):  # text article with section headings; German-style "Stand: 24.07.2022 17:40 Uhr"; one entry per section
    same_time(S); d0 = dt(S["dateline_t"], S["zone"])
    L = ["ELSBRIDGE REVIEW", "English edition", "", "Home \u203a International \u203a Ukraine", "", S["title"], "",
         f"Stand: {d0:%d.%m.%Y %H:%M} Uhr", f"By {S['byline']}", "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["More on this topic: " + S["more"], "", "Share: E-mail  X  Facebook  WhatsApp", "", "\u00a9 Elsbridge Review 2022 \u00b7 Imprint \u00b7 Data protection"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_hobthorne(S):  # Atom, newest first; +03:00 offsets; per-entry author; summary + xhtml content
    order(S, True); z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f"<title>{esc(S['title'])}</title>",
           '<link rel="alternate" href="https://hobthorne.example/ukraine"/>', '<link rel="self" href="https://hobthorne.example/ukraine.atom"/>',
           "<id>tag:hobthorne.example,2022:ukraine</id>", f"<updated>{dt(S['entries'][0]['t'], z).isoformat()}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="https://hobthorne.example/ukraine/{S["id"]}-{i:02d}"/>',
                f"<id>tag:hobthorne.example,2022:{S['id']}-{i:02d}</id>", f"<published>{st}</published>", f"<updated>{st}</updated>",
                f"<author><name>{esc(e['a'])}</name></author>", f"<summary>{esc(e['p'][0][:120].rsplit(' ', 1)[0])} \u2026</summary>",
                '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "</div></content>", "</entry>"]
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_crannock(S):  # text live, OLDEST first; headline, then "9:42 a.m. ET" line, body, "— Name" signature
    order(S, False); z = S["zone"]; d0 = dt(S["entries"][0]["t"], z)
    L = ["THE CRANNOCK LEDGER", f"Toronto \u00b7 {DAYS[d0.weekday()]}, {MONTHS[d0.month - 1]} {d0.day}, {d0.year}", "",
         "Canada  World  Business  Investing  Politics  Sports  Life", "", S["title"], S["lede"], "", "Updates are listed in the order they were published.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} ET"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"]) + [f"\u2014 {e['a']}", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Report an error  \u00b7  Editorial code of conduct", "\u00a9 Crannock Ledger Inc. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_drumlevan(S):  # HTML article with h2 sections; NewsArticle JSON-LD; <time> "Monday, 25 July 2022, 20:30"
    same_time(S); z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(),
          "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": "Drumlevan Courier"}, "description": S["lede"]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} \u2013 Drumlevan Courier</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<div class="cookie">This site uses cookies. <button>OK</button></div>',
           '<header>Drumlevan Courier <nav><a>Poland</a> <a>Europe</a> <a>World</a> <a>Economy</a> <a>Opinion</a></nav></header>',
           f'<main><article><h1>{esc(S["title"])}</h1>', f'<p class="meta"><span class="author">{esc(S["byline"])}</span> \u00b7 '
           f'<time datetime="{d0.isoformat()}">{DAYS[d0.weekday()]}, {d0.day} {MONTHS[d0.month - 1]} {d0.year}, {d0:%H:%M}</time></p>',
           f'<p class="lead"><strong>{esc(S["lede"])}</strong></p>']
    for e in S["entries"]:
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
    out += ['<p class="related">Read also: <a href="/r1">How Poland replaced Russian gas</a></p></article></main>',
            "<footer>\u00a9 2022 Drumlevan Courier \u00b7 Privacy \u00b7 Advertising</footer></body></html>"]
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_eskmere(S):  # Atom general world feed, Z times, html content escaped, no authors
    order(S, True); z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           '<link href="https://eskmere.example/"/>', "<id>urn:eskmere:top</id>", f"<updated>{dt(S['entries'][0]['t'], z).strftime('%Y-%m-%dT%H:%M:%SZ')}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%Y-%m-%dT%H:%M:%SZ"); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="https://eskmere.example/story/{S["id"]}{i:02d}"/>', f"<id>urn:eskmere:{S['id']}{i:02d}</id>",
                f"<published>{st}</published>", f"<updated>{st}</updated>", f"<category term=\"{e.get('cat', 'World')}\"/>",
                '<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>", "</entry>"]
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_fernhallow(S):  # text live, OLDEST first, date line WITHOUT year; "Name · 12:05 GMT" line before the headline
    order(S, False); z = S["zone"]; d0 = dt(S["entries"][0]["t"], z)
    L = ["FERNHALLOW TIMES", "Home  World  UK  Politics  Business  Culture", "", "Ukraine war live", S["title"],
         f"{DAYS[d0.weekday()]} {d0.day} {MONTHS[d0.month - 1]}", "All times GMT", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} GMT"; stamps.append(st)
        L += [f"{e['a']} \u00b7 {st}", e["h"], ""] + ptxt(e["p"])
        if i == 3:
            L += ["Become a Fernhallow supporter from \u00a31 a month", ""]
    L += ["Back to top", "Fernhallow Times \u00b7 Terms \u00b7 Privacy \u00b7 Cookies"]
    return "\n".join(L) + "\n", stamps


def r_brambleigh(S):  # HTML live, NEWEST first; JSON-LD @graph, @type array, updates all carry the PAGE datePublished; visible <span class="time">
    order(S, True); z = S["zone"]; page_pub = dt(S["page_pub"], z)
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": page_pub.isoformat(), "articleBody": " ".join(e["p"])} for e in S["entries"]]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": "https://brambleigh.example/#org", "name": "Brambleigh Live"},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": page_pub.isoformat(),
         "dateModified": dt(S["entries"][0]["t"], z).isoformat(), "publisher": {"@id": "https://brambleigh.example/#org"}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Brambleigh Live</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header>Brambleigh Live <nav><a>News</a> <a>Ukraine</a> <a>Europe</a> <a>Newsletters</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<div class="day-header">{esc(S["dayhead"])}</div>', f'<p class="tz">{esc(S["tznote"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="entry"><span class="time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f"<p>{esc(p)}</p>" for p in e["p"]]
            if e["a"]:
                out.append(f'<p class="credit">Reporting: {esc(e["a"])}</p>')
        else:
            out.append('<div class="embed-video">[video]</div>')
        out.append("</div>")
    out += ['<div class="promo">Get our Ukraine briefing every morning</div></main><footer>Brambleigh Live \u00b7 Privacy \u00b7 Terms</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_frostwick(S):  # RSS 2.0 agency feed; pubDate +0100; dc:creator; plain-text description with &quot;
    order(S, True); z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>',
           f"<title>{esc(S['title'])}</title>", "<link>https://frostwick.example/ukraine</link>", "<description>Agency wire: war in Ukraine</description>",
           "<language>en</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://frostwick.example/ukraine/{S['id']}-{i:02d}</link>",
                f"<pubDate>{st}</pubDate>", f"<dc:creator>{esc(e['a'])}</dc:creator>",
                "<description>" + esc("\n\n".join(e["p"])).replace('"', "&quot;") + "</description>", "</item>"]
    out.append("</channel></rss>")
    return "\n".join(out) + "\n", stamps


def r_emberholt(S):  # text article with section headings; dateline "Dec. 24, 2022 4:10 p.m. EST"; page byline
    same_time(S); d0 = dt(S["dateline_t"], S["zone"])
    L = ["EMBERHOLT GAZETTE", "World | Ukraine", "", S["title"], S["lede"], "", f"By {S['byline']}",
         f"{d0:%b}. {d0.day}, {d0.year} {ampm(d0, space=' ', dots=True)} EST", ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Share  |  Print  |  Comments (12)", "", "Related: " + S["more"], "", "\u00a9 2022 Emberholt Gazette"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


BASIS = {
    "r_capecod": "no per-section time; the page line 'Published 5:02 a.m. ET June 1, 2022' (ET = EDT, UTC-4) used for every section",
    "r_berkshire": "visible relative stamp '{s}'; the <time datetime> attribute gives the full local time (-04:00), consistent with the page cache time 19:52 EDT",
    "r_rutland": "pubDate '{s}' (explicit -0400)",
    "r_bdn": "pubDate '{s}' (explicit +0000); local Maine time (EDT) is {l}",
    "r_pph": "stamp '{s}' on the header day 'Saturday, July 9' (no year printed: parse_args --date 2022-07-09); Maine time implied, EDT = UTC-4",
    "r_concord": "no per-item time; the page line 'Published: 7/20/2022 6:15:32 PM' (New Hampshire, EDT = UTC-4, zone implied) used for every item",
    "r_keene": "no per-brief time; the page line 'Posted: Tuesday, July 26, 2022 3:45 pm' (New Hampshire, EDT = UTC-4, zone implied) used for every brief",
    "r_valley": "stamp '{s}' (date and time with seconds, no zone printed); New Hampshire/Vermont time, EST = UTC-5",
    "r_reformer": "no per-brief time; the title 'AP News in Brief at 6:04 p.m. EST' with the date 'Dec 9, 2022' used for every brief; JSON-LD datePublished agrees",
    "r_theday": "stamp '{s}' on the page date 'December 20. 2022' (Published line); Connecticut time implied, EST = UTC-5",
    "r_aldwyck": "stamp '{s}' (date, HH.MM and BST = UTC+1)",
    "r_corvane": "stamp '{s}' in <time datetime> (+03:00, Kyiv EEST) under the page date line; JSON-LD update time agrees",
    "r_bexworth": "pubDate '{s}' (GMT)",
    "r_elsbridge": "no per-section time; the page line 'Stand: 24.07.2022 17:40 Uhr' (Berlin, CEST = UTC+2) used for every section",
    "r_hobthorne": "<published> '{s}' (explicit +03:00)",
    "r_crannock": "stamp '{s}' on the masthead date 'Monday, July 25, 2022'; ET = EDT, UTC-4",
    "r_drumlevan": "no per-section time; the article <time> 'Monday, 25 July 2022, 20:30' (datetime +02:00, Warsaw CEST) used for every section",
    "r_eskmere": "<published> '{s}' (Z)",
    "r_fernhallow": "stamp '{s}' under the date line 'Saturday 24 December' (no year printed: parse_args --date 2022-12-24); GMT = UTC",
    "r_brambleigh": "visible stamp '{s}' under the day header '24 December 2022', Kyiv EET = UTC+2 (the page says 'All times are Kyiv time'); the JSON-LD updates all carry the page's datePublished and are NOT the entry times",
    "r_frostwick": "pubDate '{s}' (explicit +0100)",
    "r_emberholt": "no per-section time; the dateline 'Dec. 24, 2022 4:10 p.m. EST' (UTC-5) used for every section",
}

# ============================================================ PART A: ten real outlets' layouts (own words; real 2022 settings, invented details)
SEEDS = []
NY = "America/New_York"

SEEDS.append(dict(id="8400", name="8400_capecodtimes-liveupdates", ext="txt", source="Cape Cod Times", zone=NY, render=r_capecod,
  title="Ukraine live updates: US to send rocket systems as Russians tighten grip on Sievierodonetsk",
  byline="Dana Whitcombe", dateline_t="2022-06-01 05:02", updated_t="2022-06-01 20:47",
  caption="A Ukrainian artillery crew fires toward Russian positions in the Donetsk region.",
  lede="The Biden administration on Wednesday set out a new weapons package for Ukraine built around rocket launchers that can hit targets dozens of miles away, while Ukrainian officials conceded that Russian troops now hold most of Sievierodonetsk.",
  bullets=["The launchers will ship with rockets limited to a range of roughly 50 miles, officials said.",
           "Germany's chancellor told parliament his government would supply a modern air defense system.",
           "Russian nuclear missile crews rehearsed dispersal drills northeast of Moscow."],
  notes="Imitates a Gannett (USA TODAY Network) 'live updates' article as syndicated on the Cape Cod Times site, copied as plain text: 'NATION' label, 'Add Topic', headline, byline with 'USA TODAY' on the next line, 'Published 5:02 a.m. ET June 1, 2022 | Updated 8:47 p.m. ET June 1, 2022', share labels, 'Show Caption / Hide Caption' and a photo caption, a lede, a 'Latest developments:' box with three \u25ba bullets, then h2 sections. Each section is one entry (headline = section heading); no per-section time, so every entry takes the Published time (5:02 a.m. EDT = 09:02 UTC; the Updated time 8:47 p.m. EDT is already 2 June in UTC and is NOT used). Page byline is every entry's author. The HIMARS explainer section is a theme piece separate from the package story.",
  not_entries=["'Skip to main content', site name, 'Subscribe', 'Sign In'", "section menu (Local ... Legals)", "'NATION' label and 'Add Topic'", "title line", "byline 'Dana Whitcombe' and 'USA TODAY'",
               "'Published ... | Updated ...' line", "'Facebook / Twitter / Email' share labels", "'Show Caption' / 'Hide Caption' and the photo caption", "lede paragraph under the caption",
               "'Latest developments:' heading and its three \u25ba bullets (summaries of sections, not entries)", "'Advertisement'", "'Contributing: The Associated Press'", "newsletter line and footer links, copyright"],
  entries=[
  E("2022-06-01 05:02", "US to send advanced rocket systems in $700 million package",
    ["The United States will give Ukraine High Mobility Artillery Rocket Systems as part of a $700 million security package, administration officials said Wednesday.",
     "Officials said Kyiv had given assurances that it would not fire the rockets at targets inside Russia, and that the munitions being shipped reach about 50 miles.",
     "The package also includes counter-artillery radars, more Javelin anti-tank missiles and spare parts for armored vehicles."],
    "aid", "aid", 3, "us-himars-700m-package-2022-06-01", a="Dana Whitcombe"),
  E("2022-06-01 05:02", "Germany pledges modern air defense system",
    ["Chancellor Olaf Scholz told the Bundestag on Wednesday that Germany would send Ukraine its IRIS-T air defense system, which he called the most modern his country has.",
     "Members of Scholz's own coalition had accused him of hesitating for weeks over heavy weapons."],
    "aid", "aid", 3, "germany-iris-t-pledge", a="Dana Whitcombe", n="Separate donor and decision from the US package: must not merge with us-himars-700m-package-2022-06-01."),
  E("2022-06-01 05:02", "Russians hold most of Sievierodonetsk, governor says",
    ["Luhansk regional governor Serhiy Haidai said Russian forces controlled about 70% of Sievierodonetsk after days of street fighting.",
     "He said Ukrainian troops still held an industrial zone on the edge of the city, and that evacuating civilians had become almost impossible."],
    "other", "frontline", 2, "sievierodonetsk-fighting-2022-06-01", a="Dana Whitcombe"),
  E("2022-06-01 05:02", "Russian nuclear forces drill near Moscow",
    ["About 1,000 Russian troops took part in exercises with Yars intercontinental ballistic missile launchers in the Ivanovo region, the Defense Ministry in Moscow said.",
     "Crews practiced moving the launchers at night and hiding them from surveillance, according to the ministry."],
    "other", "security", 2, "russia-yars-drills-ivanovo", a="Dana Whitcombe"),
  E("2022-06-01 05:02", "Lavrov seeks Gulf support in Saudi visit",
    ["Russian Foreign Minister Sergey Lavrov met his Gulf Arab counterparts in Riyadh as Moscow tried to keep oil producers on its side despite Western sanctions."],
    "diplomacy", "diplomacy", 3, "lavrov-riyadh-gcc-meeting", a="Dana Whitcombe"),
  E("2022-06-01 05:02", "Zelenskyy says up to 100 soldiers are dying every day",
    ["President Volodymyr Zelenskyy said Ukraine was losing between 60 and 100 soldiers killed in action every day in the east, with several hundred more wounded."],
    "other", "frontline", 2, "zelenskyy-daily-troop-losses-2022-06", a="Dana Whitcombe"),
  E("2022-06-01 05:02", "What can HIMARS do?",
    ["HIMARS is a truck-mounted launcher that carries a pod of six guided rockets, fires them within seconds and drives off before the enemy can shoot back.",
     "Ukraine had pleaded for weeks for longer-range systems, saying Russian guns were outranging its own artillery in the Donbas."],
    "aid", "aid", 2, "explainer-himars", a="Dana Whitcombe", n="Theme piece (explainer) with a body: own story, importance 2; must not merge with us-himars-700m-package-2022-06-01."),
  ]))

SEEDS.append(dict(id="8401", name="8401_berkshireeagle-nationworld", ext="html", source="The Berkshire Eagle", zone=NY, render=r_berkshire,
  title="Nation & World", fetch="2022-06-06 19:52:14",
  notes="Imitates a BLOX (TownNews) section front of The Berkshire Eagle in HTML. Newest first. Each card: h3 headline link, one summary paragraph (the body), a byline in BLOX/AP style ('By OLENA MARCHUK Associated Press'; local staff 'By Marion Tessaro, The Berkshire Eagle') and a <time datetime> whose visible text is RELATIVE ('32 min ago', 'Updated 3 hrs ago'). The absolute time is only in the datetime attribute (-04:00); the relative text agrees with the page-cache comment (built 19:52 EDT). Author is the name part of the byline. The cards run from 01:10 to 19:20 EDT, all on UTC 6 June.",
  not_entries=["top bar: Subscribe / Log In, weather, date 'Monday, June 6, 2022'", "logo and main menu", "section title 'Nation & World'", "comment-count numbers",
               "'Advertisement' block", "'Next' pagination", "'Most Popular' list (two local headlines)", "'Breaking News' newsletter box", "footer"],
  entries=[
  E("2022-06-06 19:20", "EU's Michel forced to take shelter during Odesa visit",
    ["European Council President Charles Michel had to leave a meeting with Ukraine's prime minister in Odesa and go to a shelter when missiles were fired toward the region, an EU spokesman said."],
    "diplomacy", "diplomacy", 3, "michel-odesa-visit-2022-06-06", a="OLENA MARCHUK", byline="By OLENA MARCHUK Associated Press"),
  E("2022-06-06 16:05", "Britain to send Ukraine long-range rocket launchers",
    ["Britain will supply Ukraine with M270 multiple-launch rocket systems that can hit targets up to 50 miles away, the Defense Ministry in London said Monday."],
    "aid", "aid", 3, "uk-m270-pledge-2022-06-06", a="JILL HARTWELL", byline="By JILL HARTWELL Associated Press", upd=True),
  E("2022-06-06 13:40", "Lavrov's visit to Serbia called off after neighbors close airspace",
    ["Russia's foreign minister had to cancel a trip to Belgrade after Bulgaria, North Macedonia and Montenegro refused to let his plane cross their skies, Russian officials said."],
    "diplomacy", "diplomacy", 2, "lavrov-belgrade-trip-cancelled", a="MILAN TODORIC", byline="By MILAN TODORIC Associated Press"),
  E("2022-06-06 11:15", "Ukrainian governor says troops pushed Russians back in Sievierodonetsk",
    ["Ukrainian forces regained some ground in a counterattack in the eastern city, though Russian troops still held much of it, the regional governor said."],
    "other", "frontline", 2, "sievierodonetsk-counterattack-2022-06-06", a="OLENA MARCHUK", byline="By OLENA MARCHUK Associated Press", upd=True),
  E("2022-06-06 09:30", "Pittsfield church fills a van with medical supplies for Kharkiv",
    ["Volunteers at a Pittsfield church spent the weekend packing tourniquets, bandages and antibiotics that will be flown to a hospital in Kharkiv later this month."],
    "other", "humanitarian", 2, "pittsfield-medical-supplies-kharkiv", a="Marion Tessaro", byline="By Marion Tessaro, The Berkshire Eagle"),
  E("2022-06-06 06:45", "Kyiv railway repair plant hit in Sunday missile strike, officials say",
    ["Missiles that struck Kyiv's eastern outskirts on Sunday hit a plant that repairs railway cars, Ukraine's railway chief said, rejecting Moscow's claim that tanks from Eastern European allies were destroyed there."],
    "strikes", "strikes", 2, "kyiv-rail-plant-strike-2022-06-05", a="JILL HARTWELL", byline="By JILL HARTWELL Associated Press"),
  E("2022-06-06 01:10", "Zelenskyy visits front-line troops in the east",
    ["President Volodymyr Zelenskyy traveled to Lysychansk and Soledar in the Donbas to meet soldiers and hand out medals, his office said late Sunday."],
    "other", "frontline", 2, "zelenskyy-lysychansk-soledar-visit", a="MILAN TODORIC", byline="By MILAN TODORIC Associated Press"),
  ]))

SEEDS.append(dict(id="8402", name="8402_rutlandherald-rss", ext="xml", source="Rutland Herald", zone=NY, render=r_rutland,
  title="rutlandherald.com - RSS Results in news/nation_world of type article",
  notes="Imitates a BLOX (TownNews) RSS 2.0 search feed from the Rutland Herald: channel title 'rutlandherald.com - RSS Results in ...', items newest first, pubDate with -0400 (EDT), dc:creator holding the printed byline ('By ANNA PERRAULT Associated Press', 'By Keri Lindqvist Staff Writer'), one plain-text <description> paragraph per item (the body), an image <enclosure>. Author is the name part of dc:creator.",
  not_entries=["channel title / link / description / generator / docs / ttl", "<guid> and <enclosure> values", "the 'Associated Press' / 'Staff Writer' part of dc:creator (not part of the author name)"],
  entries=[
  E("2022-06-09 19:05", "Pro-Russian court sentences 2 Britons, Moroccan to death",
    ["A court in the Russian-backed separatist region of Donetsk sentenced two British men and a Moroccan who fought for Ukraine to death, calling them mercenaries, a charge Britain rejected because they were serving members of Ukraine's armed forces."],
    "other", "humanitarian", 2, "donetsk-court-death-sentences-foreign-fighters", a="ANNA PERRAULT", sec=["diplomacy"], byline="By ANNA PERRAULT Associated Press",
    n="Treatment of captured fighters (war-crimes/POW angle) -> other/humanitarian; British protest secondary diplomacy."),
  E("2022-06-09 16:30", "Putin compares himself to Peter the Great",
    ["Touring an exhibition for the 350th anniversary of Peter the Great's birth, President Vladimir Putin said the tsar had spent his reign taking back Russian lands, and suggested the same task now fell to him."],
    "other", "politics", 2, "putin-peter-the-great-remarks", a="LEV DOMRACHEV", byline="By LEV DOMRACHEV Associated Press"),
  E("2022-06-09 14:10", "Rutland County nurses set off for clinic on Polish border",
    ["Three Rutland County nurses flew out of Boston on Thursday to spend two weeks at a clinic for refugees in southeastern Poland."],
    "other", "humanitarian", 2, "rutland-nurses-poland-clinic", a="Keri Lindqvist", byline="By Keri Lindqvist Staff Writer"),
  E("2022-06-09 11:45", "Zelenskyy: Sievierodonetsk battle among the war's fiercest",
    ["President Volodymyr Zelenskyy said the fight for Sievierodonetsk was one of the most brutal of the war and that the fate of the Donbas could be decided there."],
    "other", "frontline", 2, "sievierodonetsk-fighting-2022-06-09", a="OLEKSANDR HRYN", byline="By OLEKSANDR HRYN Associated Press"),
  E("2022-06-09 08:20", "Ukraine wary of Russia-Turkey talks on grain exports",
    ["Ukraine's foreign ministry said it would not accept any deal on shipping grain out of its ports that was worked out between Moscow and Ankara without Kyiv at the table."],
    "diplomacy", "diplomacy", 2, "russia-turkey-grain-talks-ukraine-reaction", a="SELIN ARIKAN", byline="By SELIN ARIKAN Associated Press"),
  E("2022-06-09 06:05", "Russian missiles hit grain warehouses in Mykolaiv region",
    ["Russian missiles destroyed two grain warehouses and damaged a farm equipment depot in the Mykolaiv region overnight, the regional governor said."],
    "strikes", "strikes", 2, "mykolaiv-grain-warehouses-strike-2022-06-09", a="ANNA PERRAULT", byline="By ANNA PERRAULT Associated Press"),
  ]))

SEEDS.append(dict(id="8403", name="8403_bangordailynews-worldfeed", ext="xml", source="Bangor Daily News", zone=NY, render=r_bdn,
  title="World Archives - Bangor Daily News", build="Sat, 02 Jul 2022 22:41:03 +0000",
  notes="Imitates the Bangor Daily News WordPress category feed (RSS 2.0, Yoast-style title 'World Archives - Bangor Daily News'). Newest first. pubDate is in +0000; local Maine time (EDT) is the page zone, and the two oldest items were posted on the evening of 1 July local time but fall on UTC 2 July like all others (local midnight crossing). Titles use WordPress entities (&#8217; for the curly apostrophe). dc:creator in CDATA is the author ('The Associated Press' or a staff name). The <description> is a truncated excerpt ending in [\u2026]; <content:encoded> has the full paragraphs; both end with 'The post ... appeared first on Bangor Daily News.', which is chrome.",
  not_entries=["channel title/link/description/lastBuildDate/generator/sy: fields", "the truncated <description> excerpts (repeat the first paragraph)", "'The post ... appeared first on Bangor Daily News.' lines", "<category>, <guid>, slash:comments values"],
  entries=[
  E("2022-07-02 18:40:11", "Ukrainian troops battle to keep hold of Lysychansk",
    ["Ukrainian forces were fighting to hold Lysychansk, the last city in the Luhansk region still under Kyiv's control, as Russian units pushed toward it from the south and west.",
     "The regional governor said Russian artillery was hitting the city around the clock."],
    "other", "frontline", 2, "lysychansk-battle-2022-07-02", a="The Associated Press"),
  E("2022-07-02 15:20:45", "Brewer family\u2019s spare rooms become home for Kharkiv refugees",
    ["A Brewer couple whose children have grown up and moved away are now sharing their house with a mother and two teenagers who fled shelling in Kharkiv in March.",
     "The family arrived in Maine through the federal Uniting for Ukraine program, which requires a U.S. sponsor."],
    "other", "humanitarian", 2, "brewer-family-hosts-ukrainians", a="Eliza Thornquist", cat="Bangor"),
  E("2022-07-02 11:05:02", "Death toll in strike on Odesa-area apartment building rises to 21",
    ["Rescue workers pulled more bodies from the ruins of an apartment block in the village of Serhiivka, southwest of Odesa, bringing the number of dead from Friday\u2019s missile strike to 21.",
     "Ukrainian officials said the missiles were fired from aircraft over the Black Sea."],
    "strikes", "strikes", 3, "serhiivka-apartment-strike-2022-07-01", a="The Associated Press"),
  E("2022-07-02 07:50:30", "Lukashenko claims Ukraine fired missiles at Belarus",
    ["Belarusian leader Alexander Lukashenko said his air defenses had shot down Ukrainian missiles aimed at military targets in Belarus, a claim Kyiv did not address."],
    "strikes", "strikes", 2, "lukashenko-missile-claim-2022-07-02", a="The Associated Press", n="A claim about an attack -> strikes."),
  E("2022-07-01 23:55:40", "Russia warns Lithuania over Kaliningrad transit curbs",
    ["Moscow said it would respond if Lithuania did not lift restrictions on rail shipments of sanctioned goods to the Russian exclave of Kaliningrad."],
    "diplomacy", "diplomacy", 2, "kaliningrad-transit-dispute", a="The Associated Press", n="Posted 23:55 EDT on 1 July = 03:55 UTC on 2 July."),
  E("2022-07-01 20:15:09", "US to send Ukraine $820 million in arms, including air defenses",
    ["The Pentagon said it would provide Ukraine with two advanced surface-to-air missile systems and more artillery ammunition in a new $820 million package.",
     "The systems, known as NASAMS, are used to protect the airspace around Washington."],
    "aid", "aid", 3, "us-820m-package-nasams", a="The Associated Press", n="Posted 20:15 EDT on 1 July = 00:15 UTC on 2 July."),
  ]))

SEEDS.append(dict(id="8404", name="8404_pressherald-nationworld", ext="txt", source="Portland Press Herald", zone=NY, render=r_pph,
  title="Nation & World", clock="Saturday, July 9", parse_args=["--date", "2022-07-09"],
  notes="Imitates the Portland Press Herald Nation & World section front, copied as plain text. The page prints NO year anywhere (header 'Saturday, July 9', stamps 'Posted 7:10 PM', footer without a year): parse_args --date 2022-07-09. Newest first. Each item: headline, dek paragraph (the body), byline line ('By The Associated Press', or a staff name with 'Staff Writer' on the next line), then the stamp line after them. One stamp line also has 'Updated 2:40 PM'; the Posted time is the entry time. Maine time (EDT) is implied by the outlet. One off-beat item (Japan).",
  not_entries=["'Skip to content', site name, header date 'Saturday, July 9', 'Subscribe', 'Log In', 'Search'", "menu line", "cookie notice", "section title 'Nation & World'",
               "byline lines and 'Staff Writer'", "the 'Updated 2:40 PM' part of a stamp line", "'Advertisement'", "'Load More'", "'Send questions/comments to the editors.' and footer"],
  entries=[
  E("2022-07-09 19:10", "Zelenskyy dismisses envoys to Germany, India and three other countries",
    ["President Volodymyr Zelenskyy removed Ukraine's ambassadors to Germany, India, Norway, Hungary and the Czech Republic in a decree posted on his website, giving no reason."],
    "diplomacy", "diplomacy", 2, "zelenskyy-dismisses-ambassadors", a="The Associated Press"),
  E("2022-07-09 16:17", "Ukraine urges civilians in occupied south to leave",
    ["Deputy Prime Minister Iryna Vereshchuk told residents of Russian-held parts of the Kherson region to get out, saying Ukrainian forces would soon try to retake the area."],
    "other", "humanitarian", 2, "vereshchuk-kherson-evacuation-call", a="The Associated Press"),
  E("2022-07-09 13:50", "Portland volunteers load ambulance bound for Lviv",
    ["A used ambulance donated by a southern Maine fire department was loaded into a shipping container on the Portland waterfront Saturday for the long trip to western Ukraine."],
    "other", "humanitarian", 2, "portland-ambulance-for-lviv", a="Tessa Blaisdell", role="Staff Writer"),
  E("2022-07-09 11:25", "Russian shelling pounds towns in Donetsk region",
    ["Russian rockets and artillery hit Kramatorsk, Sloviansk and smaller towns across the Donetsk region overnight, the regional governor said, as Moscow readies a push to take the rest of the province."],
    "strikes", "strikes", 2, "donetsk-region-shelling-2022-07-09", a="The Associated Press"),
  E("2022-07-09 09:05", "Blinken presses China\u2019s foreign minister over Russia",
    ["Secretary of State Antony Blinken told Chinese Foreign Minister Wang Yi during five hours of talks in Bali that Beijing's backing for Moscow sat uneasily with its claim to be neutral, a State Department official said."],
    "diplomacy", "diplomacy", 3, "blinken-wang-yi-bali-talks", a="The Associated Press", upd="2:40 PM"),
  E("2022-07-09 06:30", "Russia signals new phase of offensive in Donetsk",
    ["Russia's Defense Ministry said its units were regrouping for the next stage of the campaign in eastern Ukraine after the capture of Lysychansk."],
    "other", "frontline", 2, "russia-donetsk-offensive-next-phase", a="The Associated Press"),
  OFF("2022-07-09 00:40", "Japan mourns Abe as police question suspect",
    ["Police in Nara said the man arrested in the shooting of former Prime Minister Shinzo Abe told investigators he bore a grudge against a religious group he believed Abe supported."],
    "abe-assassination-investigation", a="The Associated Press", n="Japanese politics, not about the war."),
  ]))

SEEDS.append(dict(id="8405", name="8405_concordmonitor-thelatest", ext="html", source="Concord Monitor", zone=NY, render=r_concord,
  title="The Latest: Lavrov says Russia's aims now reach beyond Donbas", dateline_t="2022-07-20 18:15:32", modified_t="2022-07-20 18:14:58",
  intro="The latest developments on Russia's war in Ukraine:",
  follow="Follow AP's coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine",
  notes="Imitates a Concord Monitor article page carrying an AP 'The Latest' compilation, in HTML with a NewsArticle JSON-LD block. Page stamps 'Published: 7/20/2022 6:15:32 PM' and 'Modified: 7/20/2022 6:14:58 PM' (modified earlier than published, as the site sometimes shows); no zone printed, New Hampshire time (EDT) implied. Items are separated by '___' paragraphs and have NO headline and NO own time: every entry has headline null, stamp null and takes the Published time (22:15:32 UTC). Most items open with an AP dateline ('KYIV, Ukraine \u2014'), which is kept in first_sentence as printed. Page byline 'Associated Press' is every entry's author.",
  not_entries=["top bar (Subscribe / e-Edition / Log in)", "logo and menu", "h1 title", "byline 'Associated Press'", "'Published:' and 'Modified:' lines", "share labels",
               "intro line 'The latest developments on Russia's war in Ukraine:'", "the '___' separators", "'Follow AP's coverage ...' closing line", "'More in World' links", "newsletter box", "footer"],
  entries=[
  E("2022-07-20 18:15:32", None,
    ["KYIV, Ukraine \u2014 Russia's top diplomat says Moscow's military goals in Ukraine now stretch beyond the Donbas to the southern regions of Kherson and Zaporizhzhia.",
     "Foreign Minister Sergey Lavrov told state media that the map had changed because Western countries were sending Kyiv longer-range weapons. He also said talks with Ukraine made no sense for now."],
    "diplomacy", "diplomacy", 3, "lavrov-war-aims-beyond-donbas", a="Associated Press", sec=["other"],
    n="Foreign minister's statement on war aims and talks -> diplomacy; the territorial claim is secondary (other)."),
  E("2022-07-20 18:15:32", None,
    ["KHARKIV, Ukraine \u2014 Russian shelling killed three people in Kharkiv on Wednesday, among them a 13-year-old boy waiting at a bus stop, regional officials said.",
     "The mayor said the shells fell on a residential district with no military sites nearby."],
    "strikes", "strikes", 3, "kharkiv-bus-stop-shelling-2022-07-20", a="Associated Press"),
  E("2022-07-20 18:15:32", None,
    ["WASHINGTON \u2014 Defense Secretary Lloyd Austin says the United States will send Ukraine four more HIMARS rocket launchers.",
     "Austin spoke after a video meeting of about 50 countries that are arming Kyiv. The new launchers will bring the American total to 16."],
    "aid", "aid", 3, "us-four-more-himars-2022-07-20", a="Associated Press"),
  E("2022-07-20 18:15:32", None,
    ["BRUSSELS \u2014 The European Union's executive arm asked member countries to cut their natural gas use by 15% through next spring to prepare for a possible full cutoff of Russian supplies.",
     "Commission President Ursula von der Leyen accused Moscow of using energy as a weapon."],
    "other", "politics", 2, "eu-gas-demand-cut-proposal", a="Associated Press", sec=["diplomacy"],
    n="EU's own preparedness measure -> other/politics (not a sanction on Russia)."),
  E("2022-07-20 18:15:32", None,
    ["TEHRAN, Iran \u2014 Russian President Vladimir Putin says Gazprom will meet its obligations, but warned that flows through the Nord Stream 1 pipeline could drop further if a turbine held up in Canada is not returned."],
    "diplomacy", "diplomacy", 2, "putin-nord-stream-turbine-warning", a="Associated Press", n="Gas leverage over sanctioning states -> diplomacy; must not merge with eu-gas-demand-cut-proposal."),
  E("2022-07-20 18:15:32", None,
    ["ISTANBUL \u2014 Turkish officials say a deal to let Ukrainian grain leave Black Sea ports could be signed within days."],
    "diplomacy", "diplomacy", 2, "grain-deal-nears-signing-2022-07-20", a="Associated Press"),
  E("2022-07-20 18:15:32", None,
    ["Ukraine's military says its forces struck the Antonivskyi Bridge over the Dnieper River again, hitting one of the main supply lines for Russian troops in the occupied Kherson region."],
    "strikes", "strikes", 2, "antonivskyi-bridge-strike-2022-07-20", a="Associated Press", n="Item without a dateline."),
  ]))

SEEDS.append(dict(id="8406", name="8406_keenesentinel-worldbriefs", ext="txt", source="The Keene Sentinel", zone=NY, render=r_keene,
  title="World briefs: EU agrees to cut gas use; Lavrov courts Uganda; bridge near Kherson hit", byline="From wire and staff reports",
  dateline_t="2022-07-26 15:45", updated_t="2022-07-26 17:12",
  notes="Imitates a Keene Sentinel (BLOX) article page with world briefs, copied as plain text, with the older BLOX byline block 'Posted: Tuesday, July 26, 2022 3:45 pm | Updated: 5:12 pm, Tue Jul 26, 2022.' No zone printed (New Hampshire, EDT implied). Each brief: a headline line, a body starting with a capitalised dateline ('BRUSSELS \u2014'), and a credit line ('\u2014 Associated Press', '\u2014 Reuters', '\u2014 Sentinel staff') that is the entry's author. No per-brief time: every entry takes the Posted time (19:45 UTC).",
  not_entries=["'Skip to main content', site name, 'Subscribe', 'Log In', header date", "menu line", "'Nation & World' label", "title line", "'From wire and staff reports'", "'Posted: ... | Updated: ...' line",
               "share labels", "credit lines (they give the author)", "'Be the first to know' newsletter box", "'Most Popular' and its headline", "footer"],
  entries=[
  E("2022-07-26 15:45", "EU nations agree to ration natural gas",
    ["BRUSSELS \u2014 European Union energy ministers agreed Tuesday to cut their gas use by 15% over the winter, after softening the plan with exemptions for several countries.",
     "The deal came a day after Gazprom said flows through the Nord Stream 1 pipeline would fall to a fifth of capacity."],
    "other", "politics", 2, "eu-gas-rationing-deal-2022-07-26", a="Associated Press", sec=["diplomacy"]),
  E("2022-07-26 15:45", "Lavrov tells Ugandans Russia is not to blame for food crisis",
    ["KAMPALA, Uganda \u2014 Russia's foreign minister told Uganda's president that Western sanctions, not the war, had pushed up food and fuel prices across Africa."],
    "diplomacy", "diplomacy", 3, "lavrov-uganda-visit", a="Reuters"),
  E("2022-07-26 15:45", "Ukraine hits bridge used by Russian forces near Kherson",
    ["KHERSON, Ukraine \u2014 Ukrainian rockets struck the Antonivskyi Bridge overnight, punching holes in the roadway of a crossing Russian troops rely on, a Russian-installed official said.",
     "He said the bridge had been closed to traffic."],
    "strikes", "strikes", 2, "antonivskyi-bridge-strike-2022-07-26", a="Associated Press"),
  E("2022-07-26 15:45", "First grain ship could sail within days, Kyiv says",
    ["ODESA, Ukraine \u2014 Ukraine's infrastructure minister said the first ship carrying grain under the deal brokered by Turkey and the United Nations could leave port this week."],
    "diplomacy", "diplomacy", 2, "first-grain-ship-expected-2022-07-26", a="Reuters"),
  E("2022-07-26 15:45", "Keene group packs hygiene kits for Ukrainian families",
    ["KEENE \u2014 Volunteers from several Monadnock Region churches spent Monday evening packing soap, toothbrushes and towels into 400 kits bound for displaced families in western Ukraine."],
    "other", "humanitarian", 2, "keene-hygiene-kits-ukraine", a="Sentinel staff"),
  E("2022-07-26 15:45", "Shelling kills civilians in Donetsk region towns",
    ["KRAMATORSK, Ukraine \u2014 Russian shelling killed at least four civilians in towns across the Donetsk region over the past day, the regional governor said Tuesday."],
    "strikes", "strikes", 2, "donetsk-region-shelling-2022-07-26", a="Associated Press"),
  ]))

SEEDS.append(dict(id="8407", name="8407_valleynews-world", ext="txt", source="Valley News", zone=NY, render=r_valley,
  title="World",
  notes="Imitates the Valley News (vnews.com) World section, copied as plain text. Newest first. Each item: headline, byline ('By LORNA KESSLER' with 'Associated Press' on the next line, or a staff name with 'Valley News Staff Writer'), then the site's stamp 'Published: 12/2/2022 6:40:12 PM' (month/day/year, seconds, no zone: New Hampshire/Vermont time, EST = UTC-5), then a summary paragraph (the body). The list crosses LOCAL midnight: the last two items were published on the evening of 1 December local time, which is already 2 December in UTC, so every entry falls on UTC 2 December.",
  not_entries=["site name, 'Subscribe   Log In   E-Edition'", "menu line", "section title 'World'", "byline lines and 'Associated Press' / 'Valley News Staff Writer' lines", "'Advertisement'", "'Next Page \u00bb'", "footer"],
  entries=[
  E("2022-12-02 18:40:12", "EU nations agree on $60 price cap for Russian oil",
    ["European Union governments agreed on Friday to cap the price of Russian seaborne oil at $60 a barrel, clearing the way for a Group of Seven measure meant to cut Moscow's income without shaking world markets."],
    "diplomacy", "diplomacy", 3, "eu-g7-russian-oil-price-cap", a="LORNA KESSLER", role="Associated Press"),
  E("2022-12-02 15:05:47", "Putin tells Scholz Western support for Kyiv is \u2018destructive\u2019",
    ["In their first phone call in months, Russian President Vladimir Putin told German Chancellor Olaf Scholz that Western political and military backing for Ukraine was encouraging Kyiv to reject talks, the Kremlin said."],
    "diplomacy", "diplomacy", 3, "putin-scholz-call-2022-12-02", a="ERIK HALVORSEN", role="Associated Press"),
  E("2022-12-02 11:22:08", "Kremlin dismisses Biden\u2019s terms for talks with Putin",
    ["Kremlin spokesman Dmitry Peskov said Russia would not accept a demand that it leave Ukraine before any negotiations, a day after President Joe Biden said he would talk to Putin only if he wanted to end the war."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-biden-talks-terms", a="ERIK HALVORSEN", role="Associated Press",
    n="Kremlin's reply is a separate statement from Biden's remarks: must not merge with biden-open-to-putin-talks."),
  E("2022-12-02 08:14:51", "Hanover family welcomes its second Ukrainian household",
    ["After hosting a mother and her two sons for six months, a Hanover couple is now sharing their farmhouse with a retired teacher from Zaporizhzhia and her granddaughter."],
    "other", "humanitarian", 2, "hanover-family-hosts-ukrainians", a="Liz Sawtelle", role="Valley News Staff Writer"),
  E("2022-12-02 05:31:20", "Shelling keeps Kherson on edge as winter sets in",
    ["Russian artillery fired from across the Dnipro River hit residential streets in Kherson on Thursday, regional officials said, three weeks after Ukrainian troops took the city back."],
    "strikes", "strikes", 2, "kherson-shelling-2022-12-01", a="LORNA KESSLER", role="Associated Press"),
  E("2022-12-01 22:48:36", "Zelenskyy adviser says up to 13,000 Ukrainian troops killed",
    ["Mykhailo Podolyak, an adviser to Ukraine's president, told a television channel that between 10,000 and 13,000 Ukrainian soldiers had been killed since February, a figure that could not be independently confirmed."],
    "other", "frontline", 2, "podolyak-ukrainian-military-deaths-estimate", a="ERIK HALVORSEN", role="Associated Press", n="Published 10:48 PM EST on 1 December = 03:48 UTC on 2 December."),
  E("2022-12-01 19:20:03", "Biden says he would talk to Putin if he wants to end the war",
    ["President Joe Biden, standing beside French President Emmanuel Macron at the White House, said he was ready to speak with Vladimir Putin if the Russian leader showed he was looking for a way out of the war, but only after consulting allies."],
    "diplomacy", "diplomacy", 3, "biden-open-to-putin-talks", a="LORNA KESSLER", role="Associated Press", n="Published 7:20 PM EST on 1 December = 00:20 UTC on 2 December."),
  ]))

SEEDS.append(dict(id="8408", name="8408_reformer-apnewsinbrief", ext="html", source="Brattleboro Reformer", zone=NY, render=r_reformer,
  title="AP News in Brief at 6:04 p.m. EST", dateline_t="2022-12-09 18:04",
  notes="Imitates a Brattleboro Reformer (BLOX) article page carrying the AP 'News in Brief' package, in HTML with NewsArticle JSON-LD. The time is in the title ('at 6:04 p.m. EST') and the date in the byline row ('Dec 9, 2022', <time datetime> -05:00). Each brief is a bold title paragraph followed by body paragraphs that open with an '(AP) \u2014' dateline. No per-brief time: every entry takes 6:04 p.m. EST (23:04 UTC). Byline 'The Associated Press' is every entry's author. The package mixes the war with US news: three briefs are off-beat.",
  not_entries=["top bar, logo and menu", "breadcrumb 'AP \u203a National'", "h1 title", "byline row ('The Associated Press', 'Dec 9, 2022')", "share labels", "tag links 'ap', 'national'", "newsletter box", "footer"],
  entries=[
  E("2022-12-09 18:04", "Griner back in US after prisoner swap with Russia",
    ["SAN ANTONIO (AP) \u2014 WNBA star Brittney Griner landed at a military base in Texas early Friday, ending almost 10 months in Russian custody after she was exchanged for a convicted Russian arms dealer.",
     "Officials said she would undergo medical checks before being reunited with her family."],
    "diplomacy", "diplomacy", 3, "griner-bout-prisoner-swap", a="The Associated Press"),
  E("2022-12-09 18:04", "Putin floats borrowing US idea of a preemptive strike",
    ["BISHKEK, Kyrgyzstan (AP) \u2014 President Vladimir Putin suggested Friday that Russia might write the idea of a disarming first strike into its military doctrine, pointing to what he called a similar American concept."],
    "other", "security", 2, "putin-preemptive-strike-doctrine-remarks", a="The Associated Press"),
  E("2022-12-09 18:04", "Kherson residents endure shelling as power slowly returns",
    ["KHERSON, Ukraine (AP) \u2014 Russian artillery struck several neighborhoods of Kherson on Friday, wounding at least two people, as crews worked to restore electricity to a city that has been without reliable power for weeks."],
    "strikes", "strikes", 2, "kherson-shelling-2022-12-09", a="The Associated Press"),
  E("2022-12-09 18:04", "White House says Russia is giving Iran military help in return for drones",
    ["WASHINGTON (AP) \u2014 Russia is offering Iran an unprecedented level of military and technical support in exchange for the drones it has used against Ukraine, the White House said Friday."],
    "aid", "aid", 2, "russia-iran-military-partnership-drones", a="The Associated Press", sec=["diplomacy"], n="Arms transfer to Russia (and support back to Iran) -> aid."),
  E("2022-12-09 18:04", "Zelenskyy: Bakhmut has been turned to ruins",
    ["KYIV, Ukraine (AP) \u2014 President Volodymyr Zelenskyy said Friday that the eastern city of Bakhmut, the target of months of Russian assaults, had been reduced to ruins."],
    "other", "frontline", 2, "bakhmut-fighting-2022-12-09", a="The Associated Press"),
  OFF("2022-12-09 18:04", "Sinema leaves Democratic Party, registers as independent",
    ["WASHINGTON (AP) \u2014 Arizona's Kyrsten Sinema said Friday she had quit the Democratic Party and registered as an independent, though she does not plan to caucus with Republicans."],
    "sinema-leaves-democrats", a="The Associated Press", n="US politics."),
  OFF("2022-12-09 18:04", "Sierra storm to bring feet of snow",
    ["SACRAMENTO, Calif. (AP) \u2014 A powerful storm is expected to dump up to 3 feet of snow on the Sierra Nevada this weekend, forecasters said.",
     "Travel over mountain passes could be impossible at times."],
    "sierra-snowstorm-2022-12", a="The Associated Press", n="US weather."),
  OFF("2022-12-09 18:04", "Wholesale prices rise more than expected",
    ["WASHINGTON (AP) \u2014 Prices at the wholesale level rose 0.3% in November, a bit more than economists had forecast, the Labor Department said Friday."],
    "us-producer-prices-november-2022", a="The Associated Press", n="US economy."),
  ]))

SEEDS.append(dict(id="8409", name="8409_theday-liveupdates", ext="html", source="The Day", zone=NY, render=r_theday,
  title="Live updates: Spending bill carries $45 billion for Ukraine as Zelenskyy visits Bakhmut",
  byline="By Kendra Oakes and Paul Ridenour Day Staff Writers",
  note="This story will be updated throughout the day. Updates appear in the order they were posted, with the latest at the bottom.",
  notes="Imitates a developing-story page on The Day (New London) in HTML with NewsArticle JSON-LD: the site's date form 'Published December 20. 2022 6:55AM | Updated December 20. 2022 5:40PM' (a full stop after the day), then updates OLDEST first, each a bold time '6:55 a.m.' BEFORE an h3 headline, the body, and a credit line ('\u2014 Kendra Oakes', '\u2014 The Associated Press') giving the author. No zone printed: Connecticut time (EST = UTC-5) implied. The last update is a photo teaser without body (importance 1, same story as the Bakhmut visit). One local update on submarine funding is off-beat.",
  not_entries=["masthead, tagline, 'Subscribe' / 'Sign in'", "menu", "h1 title", "page byline 'By Kendra Oakes and Paul Ridenour Day Staff Writers'", "'Published ... | Updated ...' line",
               "share labels", "italic note about how the page is updated", "credit lines (they give the author)", "newsletter promo", "'Most read' aside", "footer"],
  entries=[
  E("2022-12-20 06:55", "Spending bill includes $45 billion for Ukraine",
    ["Congressional negotiators released a $1.7 trillion spending package overnight that sets aside about $45 billion in military and economic assistance for Ukraine and NATO allies.",
     "Leaders hope to pass it before a stopgap funding measure runs out on Friday."],
    "aid", "aid", 3, "us-omnibus-45bn-ukraine-aid", a="Paul Ridenour"),
  E("2022-12-20 08:20", "Zelenskyy makes surprise visit to Bakhmut",
    ["President Volodymyr Zelenskyy visited front-line troops in Bakhmut on Tuesday, his office said, his closest trip yet to the heaviest fighting in the east."],
    "other", "frontline", 2, "zelenskyy-bakhmut-visit", a="The Associated Press"),
  OFF("2022-12-20 10:05", "Bill keeps submarine work on pace at Electric Boat",
    ["The spending bill keeps Navy funding for two Virginia-class submarines a year, the region's congressman said Tuesday, calling it good news for the Groton shipyard and its suppliers."],
    "omnibus-submarine-funding-electric-boat", a="Kendra Oakes", n="Local defence-industry budget news, not about the war."),
  E("2022-12-20 11:40", "Shelling kills two in Kupiansk, governor says",
    ["Russian shelling killed two civilians and damaged a hospital in Kupiansk, in the Kharkiv region, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 2, "kupiansk-shelling-2022-12-20", a="The Associated Press"),
  E("2022-12-20 13:30", "Putin concedes situation in annexed regions is \u2018extremely difficult\u2019",
    ["Speaking to security service officers, President Vladimir Putin acknowledged that conditions in the four Ukrainian regions Moscow claims to have annexed were extremely difficult, and ordered tighter border controls."],
    "other", "politics", 2, "putin-security-services-day-remarks", a="The Associated Press"),
  E("2022-12-20 15:15", "Norwich church ships generators to Ukrainian parishes",
    ["Members of a Norwich church have raised enough money to buy a dozen generators for parishes in the Kyiv region that lost power after Russian strikes."],
    "other", "humanitarian", 2, "norwich-church-generators-ukraine", a="Kendra Oakes"),
  E("2022-12-20 17:40", "Photos: Zelenskyy hands out medals in Bakhmut", [], "other", "frontline", 1, "zelenskyy-bakhmut-visit",
    n="Photo teaser without body -> importance 1, same story as 8409-02."),
  ]))


# ============================================================ PART B: three multi-source days (invented outlets)
LON, KYIV, BER, WAW, TOR = "Europe/London", "Europe/Kyiv", "Europe/Berlin", "Europe/Warsaw", "America/Toronto"

# ---- Day 1: 2022-07-24 (UTC) ----
CHU = "chuhuiv-missile-strike-2022-07-24"        # 3+ sources; toll 2 -> 3 -> 4 (-> 5 on day 2); Chuhuiv / Chuguev / Chuhuyiv
ODP = "odesa-port-strike-russian-claim-2022-07-24"
LAV = "lavrov-cairo-arab-league-2022-07-24"
GRN = "ukraine-readies-grain-ports-2022-07-24"
ANA = "analysis-grain-deal-after-odesa-strike"
D1 = ("Multi-source day 1 (UTC 2022-07-24; seeds 8420-8424). Main story " + CHU + " (all five seeds; toll two -> three -> four; spelled Chuhuiv / Chuguev / Chuhuyiv). "
      "Also multi-seed: " + ODP + ", " + LAV + ", " + GRN + ". Must not merge: Kharkiv city shelling vs Chuhuiv; the Odesa strike claim vs the port preparations vs the analysis; Denmark's shell funding vs Latvia's carriers.")

SEEDS.append(dict(id="8420", name="8420_aldwyck-textlive", ext="txt", source="Aldwyck Sentinel", zone=LON, render=r_aldwyck,
  title="Russia-Ukraine war live: missiles hit Chuhuiv; Moscow says Odesa strike targeted warship",
  standfirst="Kharkiv governor reports deaths after early strike; Kremlin defends attack on port a day after grain deal was signed",
  byline="Piers Ashdown", first_pub="2022-07-24 06:30",
  notes="Invented outlet. Text live blog, OLDEST first. Each post starts with a full stamp line 'Sun 24 Jul 2022 06.45 BST' (HH.MM with a full stop, BST = UTC+1), then an optional headline (posts 02, 05 and 07 have none), the body, and 'Share'. The 'First published on Sun 24 Jul 2022 06.30 BST' line is page chrome, not a post. One page byline (Piers Ashdown) for all posts. Post 07 repeats post 02 nearly verbatim (duplicate_of 8420-02). Post 04 is the day's theme piece. " + D1,
  not_entries=["masthead and menu", "cookie line", "title and standfirst", "byline line", "'First published on ...' line", "'Live feed' / 'Oldest first' labels", "'Share' after each post",
               "newsletter plug", "'Topics' line and footer"],
  entries=[
  E("2022-07-24 06:45", "Russian missiles hit Chuhuiv in Kharkiv region",
    ["Two people were killed and four wounded when Russian missiles struck Chuhuiv, a town south-east of Kharkiv, before dawn, the regional governor has said.",
     "Oleh Syniehubov said on Telegram that a residential building and a school were damaged."],
    "strikes", "strikes", 3, CHU, a="Piers Ashdown"),
  E("2022-07-24 08:10", None,
    ["Russia's defence ministry has said Saturday's missile strike on the port of Odesa destroyed a Ukrainian navy vessel and a store of Harpoon anti-ship missiles supplied by the US.",
     "Kyiv has accused Moscow of undermining the grain agreement signed in Istanbul less than a day before the attack."],
    "strikes", "strikes", 3, ODP, a="Piers Ashdown", n="Post without headline. Official claim about an attack -> strikes; must not merge with " + GRN + "."),
  E("2022-07-24 09:35", "Zelensky rules out a ceasefire that freezes the front line",
    ["Volodymyr Zelensky has said any ceasefire that leaves Russian troops where they are would only give Moscow time to rearm for a new offensive."],
    "diplomacy", "diplomacy", 2, "zelensky-rejects-frozen-ceasefire", a="Piers Ashdown"),
  E("2022-07-24 11:20", "Analysis: can the grain deal survive the Odesa strike?",
    ["The missiles that landed on Odesa's port on Saturday did little physical damage to the grain terminals, but they hit the thing the Istanbul agreement depends on most: trust.",
     "Shipping insurers, who must agree to cover vessels sailing into a war zone, will be watching whether Russia's promise not to attack the ports holds in the weeks ahead.",
     "Turkey, which will host the joint coordination centre, has so far chosen to accept Moscow's assurances rather than risk the deal collapsing before the first ship leaves."],
    "diplomacy", "diplomacy", 2, ANA, a="Piers Ashdown", n="Theme piece (analysis) with body: own story, importance 2; must not merge with " + ODP + "."),
  E("2022-07-24 13:05", None,
    ["The death toll in Chuhuiv has risen to three, regional officials say, after rescuers recovered a man's body from the damaged building."],
    "strikes", "strikes", 3, CHU, a="Piers Ashdown", n="Post without headline; toll update of the same strike."),
  E("2022-07-24 15:40", "Denmark to fund artillery shells for Ukraine",
    ["Denmark will pay for a new batch of 155mm artillery shells for Ukraine out of an extra fund approved by its parliament, the Danish defence ministry said."],
    "aid", "aid", 2, "denmark-artillery-shell-funding-2022-07-24", a="Piers Ashdown", n="Must not merge with latvia-apc-pledge-2022-07-24 (different donor and package)."),
  E("2022-07-24 17:15", None,
    ["Russia's defence ministry has said Saturday's missile strike on the port of Odesa destroyed a Ukrainian navy vessel and a store of Harpoon anti-ship missiles supplied by the US.",
     "Kyiv has accused Moscow of undermining the grain agreement signed in Istanbul just hours before the attack."],
    "strikes", "strikes", 1, ODP, a="Piers Ashdown", dup="8420-02", n="Near-verbatim repeat of 8420-02 (one phrase changed) -> importance 1."),
  E("2022-07-24 19:05", "UK intelligence: Russia short of infantry for Donbas push",
    ["Britain's latest defence intelligence update says Russia is leaning more and more on volunteer battalions and private military contractors to make up for a shortage of infantry in eastern Ukraine."],
    "other", "frontline", 2, "uk-intel-russian-infantry-shortage-2022-07-24", a="Piers Ashdown"),
  ]))

SEEDS.append(dict(id="8421", name="8421_corvane-htmllive", ext="html", source="Corvane Post", zone=KYIV, render=r_corvane,
  title="Ukraine live: Chuhuiv strike kills four; Lavrov promises Cairo grain will flow", dateline="Sunday, 24 July 2022",
  url="https://corvane.example/live/2022-07-24",
  notes="Invented outlet. HTML live blog, NEWEST first, with LiveBlogPosting JSON-LD whose updates carry correct per-post times. Visible stamps are bare 'HH:MM' in <time datetime> (+03:00, Kyiv EEST) under a date line 'Sunday, 24 July 2022 \u00b7 Kyiv time'. Author span per post. A 'Key Points' box lists two post headlines (entries 03 and 05): key_point true. Entry 04 is a video teaser with no body. " + D1,
  not_entries=["brand and menu", "h1 title", "date line", "'Key Points' heading and its two links (they point at posts 03 and 05)", "share links", "video player placeholder", "'Load earlier posts' button", "footer"],
  entries=[
  E("2022-07-24 22:40", "Chuhuiv toll rises to four as rescuers finish search",
    ["A fourth body has been recovered from the rubble in Chuhuiv, the Kharkiv regional administration said late on Sunday, as emergency crews ended their search of the damaged apartment block.",
     "Seven people were injured in the early-morning strike."],
    "strikes", "strikes", 3, CHU, a="Yaryna Tkachuk"),
  E("2022-07-24 20:15", "Ukraine says it destroyed Russian ammunition depots in Kherson region",
    ["Ukraine's southern command said its forces hit two Russian ammunition depots near Nova Kakhovka, claims that could not be independently verified."],
    "strikes", "strikes", 2, "kherson-region-depot-strikes-2022-07-24", a="Bohdan Levko"),
  E("2022-07-24 17:50", "Lavrov in Cairo: Russia will honour grain commitments",
    ["Russian Foreign Minister Sergei Lavrov told the Arab League in Cairo that nothing in the Istanbul agreement stopped Moscow from hitting military targets, but that Russia would not obstruct grain exports.",
     "The visit opened an African tour expected to take him to Congo, Uganda and Ethiopia."],
    "diplomacy", "diplomacy", 3, LAV, a="Yaryna Tkachuk", kp=True),
  E("2022-07-24 14:30", "Watch: rescuers search rubble in Chuhuiv", [], "strikes", "strikes", 1, CHU, n="Video teaser without body -> importance 1."),
  E("2022-07-24 10:20", "Missile strike on Chuhuiv kills two",
    ["Two people died when Russian missiles hit a residential area of Chuhuiv overnight, according to governor Oleh Syniehubov.",
     "He said rescuers were still working at the scene."],
    "strikes", "strikes", 3, CHU, a="Bohdan Levko", kp=True),
  E("2022-07-24 09:30", "Kharkiv shelled overnight, two districts hit",
    ["Russian forces shelled Kharkiv's Saltivskyi and Kyivskyi districts during the night, setting a warehouse on fire and damaging several houses, the city's mayor said.",
     "No one was hurt, he said."],
    "strikes", "strikes", 2, "kharkiv-city-shelling-2022-07-24", a="Yaryna Tkachuk", n="Different attack in the same region: must not merge with " + CHU + "."),
  ]))

SEEDS.append(dict(id="8422", name="8422_bexworth-worldrss", ext="xml", source="Bexworth World Service", zone="UTC", render=r_bexworth,
  title="Bexworth World Service - World",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, CDATA paragraphs, no authors. Four of six items are off-beat; the war items use the Russian-style spelling 'Chuguev'. " + D1,
  not_entries=["channel title/link/description/language/lastBuildDate", "<guid> and <category> values"],
  entries=[
  OFF("2022-07-24 21:30", "Pope Francis lands in Canada for 'penitential' visit",
    ["Pope Francis arrived in Edmonton on Sunday at the start of a six-day trip to Canada centred on apologising to Indigenous peoples for abuses at church-run residential schools."],
    "pope-canada-visit-arrival", n="Pope's Canada trip."),
  E("2022-07-24 19:55", "Lavrov tells Arab League Russia won't block grain shipments",
    ["Russia's foreign minister used a visit to Cairo to reassure Arab states, many of them heavily dependent on imported wheat, that Moscow would stand by the Istanbul grain deal.",
     "Sergei Lavrov also met Egyptian President Abdel Fattah al-Sisi."],
    "diplomacy", "diplomacy", 3, LAV),
  E("2022-07-24 18:20", "Missile strike on Chuguev kills four",
    ["Four people were killed when Russian missiles hit the town of Chuguev in eastern Ukraine's Kharkiv region, local officials said.",
     "The town lies about 40km south-east of Kharkiv."],
    "strikes", "strikes", 3, CHU, n="Spelled Chuguev."),
  OFF("2022-07-24 17:10", "Vingegaard wins Tour de France",
    ["Denmark's Jonas Vingegaard rode into Paris in the yellow jersey on Sunday to win the Tour de France for the first time."],
    "tour-de-france-2022-finish", n="Cycling."),
  OFF("2022-07-24 11:20", "Countries scramble for monkeypox vaccines after WHO alert",
    ["Health authorities in Europe and North America are trying to secure more vaccine doses a day after the World Health Organization declared monkeypox a global health emergency."],
    "monkeypox-vaccine-demand", n="Public health."),
  OFF("2022-07-24 08:05", "California wildfire near Yosemite forces thousands to flee",
    ["A fast-moving wildfire near Yosemite National Park has forced more than 6,000 people to leave their homes and destroyed several buildings, fire officials said."],
    "oak-fire-yosemite", n="US wildfire."),
  ]))

SEEDS.append(dict(id="8423", name="8423_elsbridge-article", ext="txt", source="Elsbridge Review", zone=BER, render=r_elsbridge,
  title="Ukraine: deadly strike in Chuhuyiv as Kyiv readies ports for grain", byline="Jonas Wendeburg", dateline_t="2022-07-24 17:40",
  lede="A day after the Odesa attack, Ukraine insists grain exports will go ahead, while the east counts its dead.",
  more="What the Istanbul grain deal says",
  notes="Invented outlet (English edition of a German-style site). Text article with three section headings; one entry per section, stamp null, published = the German-style page line 'Stand: 24.07.2022 17:40 Uhr' (Berlin, CEST = UTC+2, zone implied by 'Uhr'/outlet). Page byline is every entry's author. Spelling 'Chuhuyiv'. " + D1,
  not_entries=["outlet name and 'English edition'", "breadcrumb", "title line", "'Stand: ...' line", "byline line", "lede paragraph", "'More on this topic: ...' link", "share line", "footer"],
  entries=[
  E("2022-07-24 17:40", "Deadly strike in Chuhuyiv",
    ["At least three people were killed in the eastern town of Chuhuyiv when Russian missiles struck a residential street early on Sunday, Ukrainian officials said.",
     "The town lies in the Kharkiv region, which has been shelled almost daily since Russian troops were pushed back from the regional capital in May."],
    "strikes", "strikes", 3, CHU, a="Jonas Wendeburg", n="Spelled Chuhuyiv."),
  E("2022-07-24 17:40", "Ports readied for grain despite attack",
    ["Ukraine's infrastructure minister Oleksandr Kubrakov said technical work to restart grain exports from Odesa, Chornomorsk and Pivdennyi was continuing despite Saturday's strike.",
     "Kyiv hopes the first ships can leave within two weeks."],
    "diplomacy", "diplomacy", 3, GRN, a="Jonas Wendeburg", n="Implementation of the grain deal -> diplomacy; must not merge with " + ODP + "."),
  E("2022-07-24 17:40", "Signals of a southern counteroffensive",
    ["Ukrainian officials are speaking more openly about an offensive to retake the occupied Kherson region, and have urged civilians there to leave if they can."],
    "other", "frontline", 2, "kherson-counteroffensive-signals-2022-07-24", a="Jonas Wendeburg"),
  ]))

SEEDS.append(dict(id="8424", name="8424_hobthorne-atom", ext="xml", source="Hobthorne Wire", zone=KYIV, render=r_hobthorne,
  title="Hobthorne Wire \u2014 Ukraine",
  notes="Invented news agency. Atom feed, newest first; <published> with explicit +03:00 (Kyiv EEST); per-entry <author>; a shortened <summary> ending in '\u2026' plus the full text in xhtml <content>. " + D1,
  not_entries=["feed title, links, id, updated", "the shortened <summary> texts (they repeat the start of the content)"],
  entries=[
  E("2022-07-24 19:45", "Latvia to send Ukraine more armoured personnel carriers",
    ["Latvia will hand over another batch of M113 armoured personnel carriers to Ukraine in August, the Latvian defence ministry said on Sunday."],
    "aid", "aid", 2, "latvia-apc-pledge-2022-07-24", a="Halyna Ostapchuk", n="Must not merge with denmark-artillery-shell-funding-2022-07-24."),
  E("2022-07-24 16:20", "Ukraine says three Black Sea ports being prepared for grain exports",
    ["Preparations to resume grain shipments from the ports of Odesa, Chornomorsk and Pivdennyi are under way, Infrastructure Minister Oleksandr Kubrakov said.",
     "He said Ukraine hoped to export 60 million tonnes of grain over the coming nine months."],
    "diplomacy", "diplomacy", 3, GRN, a="Mykola Dzyuba"),
  E("2022-07-24 13:35", "Chuhuiv death toll rises to three, governor says",
    ["The number of people killed in a Russian missile attack on Chuhuiv in the Kharkiv region has risen to three, Governor Oleh Syniehubov said."],
    "strikes", "strikes", 3, CHU, a="Mykola Dzyuba"),
  E("2022-07-24 11:05", "Russia says strike on Odesa port hit Ukrainian warship, Harpoon stocks",
    ["Russia's defence ministry said on Sunday that Kalibr missiles fired at Odesa port on Saturday had destroyed a docked Ukrainian warship and a warehouse of Harpoon missiles.",
     "Ukraine's military said the strike hit a pumping station and did not damage the grain terminals."],
    "strikes", "strikes", 3, ODP, a="Halyna Ostapchuk"),
  ]))

# ---- Day 2: 2022-07-25 (UTC) ----
BDN = "bilhorod-dnistrovskyi-missile-strike-2022-07-25"   # 5 sources; toll 1 -> 2 -> 3; Bilhorod-Dnistrovskyi / Belgorod-Dnestrovsky / Bilgorod-Dnistrovsky / Bilhorod-Dnistrovskyy
GAZ = "gazprom-nord-stream-cut-to-20-percent"
GRN2 = "istanbul-grain-coordination-centre-opening"
D2 = ("Multi-source day 2 (UTC 2022-07-25, day 1 + 1; seeds 8430-8434). Main story " + BDN + " (all five seeds; toll one -> two -> three; spelled Bilhorod-Dnistrovskyi / Belgorod-Dnestrovsky / "
      "Bilgorod-Dnistrovsky / Bilhorod-Dnistrovskyy). Also multi-seed: " + GAZ + " (3 seeds), " + GRN2 + ", and the day-1 story " + CHU + " continued by a new development (fifth death, day of mourning). "
      "Re-post: 8430-02 repeats day 1's 8420-04. Must not merge: the Belgorod (Russia) border shelling vs the Bilhorod-Dnistrovskyi strike; the Gazprom cut vs the EU gas-saving meeting vs the turbine explainer.")

SEEDS.append(dict(id="8430", name="8430_aldwyck-textlive", ext="txt", source="Aldwyck Sentinel", zone=LON, render=r_aldwyck,
  title="Russia-Ukraine war live: missiles strike Bilhorod-Dnistrovskyi; Lavrov in Congo",
  standfirst="Odesa region hit from the Black Sea overnight; Chuhuiv declares day of mourning",
  byline="Maren Holloway", first_pub="2022-07-25 06:50",
  notes="Invented outlet, same layout as 8420: text live blog, OLDEST first, stamp line 'Mon 25 Jul 2022 07.05 BST' before an optional headline; one page byline (Maren Holloway). Post 02 re-posts day 1's analysis 8420-04 with the same headline and nearly the same text (importance 1). Post 03 (no headline) continues day 1's Chuhuiv story with a new development. " + D2,
  not_entries=["masthead and menu", "cookie line", "title and standfirst", "byline line", "'First published on ...' line", "'Live feed' / 'Oldest first' labels", "'Share' after each post",
               "newsletter plug", "'Topics' line and footer"],
  entries=[
  E("2022-07-25 07:05", "Overnight missile strike on Bilhorod-Dnistrovskyi",
    ["Russian missiles struck the coastal town of Bilhorod-Dnistrovskyi in the Odesa region overnight, killing one person and damaging houses and a holiday camp, the regional administration said."],
    "strikes", "strikes", 3, BDN, a="Maren Holloway"),
  E("2022-07-25 08:30", "Analysis: can the grain deal survive the Odesa strike?",
    ["The missiles that landed on Odesa's port on Saturday did little physical damage to the grain terminals, but they hit the thing the Istanbul agreement depends on most: trust.",
     "Shipping insurers, who must agree to cover vessels sailing into a war zone, will be watching whether Russia's promise not to attack the ports holds in the weeks ahead.",
     "Turkey, which will host the joint coordination centre, has so far chosen to accept Moscow's assurances rather than risk the deal collapsing before the first ship leaves."],
    "diplomacy", "diplomacy", 1, ANA, a="Maren Holloway", n="Re-post of day-1 entry 8420-04 (same headline, same text) -> importance 1; duplicate_of stays null because the original is on another page."),
  E("2022-07-25 10:15", None,
    ["A woman wounded in Sunday's missile strike on Chuhuiv has died in hospital, bringing the number of dead to five, and the town has declared a day of mourning."],
    "strikes", "strikes", 3, CHU, a="Maren Holloway", n="Continuation of day 1's story with a new development (fifth death, mourning): keeps the day-1 slug; carried by two day-2 seeds -> importance 3."),
  E("2022-07-25 12:40", "Lavrov arrives in Congo on second leg of Africa tour",
    ["Sergei Lavrov has landed in Oyo, in the Republic of Congo, where he is due to meet President Denis Sassou Nguesso after his talks in Egypt on Sunday."],
    "diplomacy", "diplomacy", 3, "lavrov-congo-visit-2022-07-25", a="Maren Holloway", n="Ministerial visit -> importance 3; a different event from day 1's Cairo meeting."),
  E("2022-07-25 14:55", "Bilhorod-Dnistrovskyi toll rises to three",
    ["Three people are now known to have died in the overnight attack on Bilhorod-Dnistrovskyi, Odesa's regional military administration says."],
    "strikes", "strikes", 3, BDN, a="Maren Holloway"),
  E("2022-07-25 17:30", "Turkey: grain coordination centre opens on Wednesday",
    ["Turkey's defence ministry says the joint coordination centre that will oversee grain shipments from Ukraine will open in Istanbul on Wednesday."],
    "diplomacy", "diplomacy", 3, GRN2, a="Maren Holloway"),
  ]))

SEEDS.append(dict(id="8431", name="8431_corvane-htmllive", ext="html", source="Corvane Post", zone=KYIV, render=r_corvane,
  title="Ukraine live: two killed in Bilhorod-Dnistrovskyi strike; Chuhuiv mourns", dateline="Monday, 25 July 2022",
  url="https://corvane.example/live/2022-07-25",
  notes="Invented outlet, same layout as 8421 (HTML live, NEWEST first, LiveBlogPosting JSON-LD, <time datetime> +03:00) but with no Key Points box. Entry 01 is about Belgorod in RUSSIA, not Bilhorod-Dnistrovskyi in Ukraine. Entry 03 is a photo teaser without body. " + D2,
  not_entries=["brand and menu", "h1 title", "date line", "share links", "video player placeholder", "'Load earlier posts' button", "footer"],
  entries=[
  E("2022-07-25 21:50", "Russian governor reports shelling of Belgorod border village",
    ["The governor of Russia's Belgorod region, Vyacheslav Gladkov, said Ukrainian shelling damaged houses and a power line in a village near the border, injuring one man."],
    "strikes", "strikes", 2, "belgorod-border-village-shelling-2022-07-25", a="Bohdan Levko", n="Belgorod (Russia), a different place and event: must not merge with " + BDN + "."),
  E("2022-07-25 19:20", "Chuhuiv mourns as toll from Sunday's strike reaches five",
    ["Flags flew at half-mast in Chuhuiv on Monday after a fifth victim of Sunday's missile attack died in hospital, the town council said."],
    "strikes", "strikes", 3, CHU, a="Yaryna Tkachuk", n="Continuation of the day-1 story (new development)."),
  E("2022-07-25 16:45", "Photos: clearing debris in Bilhorod-Dnistrovskyi", [], "strikes", "strikes", 1, BDN, n="Photo teaser without body -> importance 1."),
  E("2022-07-25 13:10", "Two dead after missiles hit Bilhorod-Dnistrovskyi district",
    ["Two people were killed and six injured when Russian missiles hit the Bilhorod-Dnistrovskyi district of the Odesa region overnight, a spokesman for the regional military administration said.",
     "The missiles were fired from the Black Sea, he said."],
    "strikes", "strikes", 3, BDN, a="Bohdan Levko"),
  E("2022-07-25 09:40", "HIMARS strike hit Russian command post near Kherson, Ukraine says",
    ["Ukraine's military said its rocket artillery had destroyed a Russian command post and an ammunition store in the Kherson region overnight."],
    "strikes", "strikes", 2, "kherson-command-post-strike-2022-07-25", a="Yaryna Tkachuk"),
  ]))

SEEDS.append(dict(id="8432", name="8432_bexworth-worldrss", ext="xml", source="Bexworth World Service", zone="UTC", render=r_bexworth,
  title="Bexworth World Service - World",
  notes="Invented outlet, same feed as 8422: general world RSS, newest first, GMT, no authors; four of six items off-beat. Spellings 'Belgorod-Dnestrovsky' and 'Odessa' (Russian style: the town is Bilhorod-Dnistrovskyi in Ukraine, NOT Belgorod in Russia). " + D2,
  not_entries=["channel title/link/description/language/lastBuildDate", "<guid> and <category> values"],
  entries=[
  OFF("2022-07-25 22:15", "Pope apologises in Maskwacis for church's role in residential schools",
    ["Pope Francis asked Indigenous people in Canada on Monday to forgive the many Catholics who took part in a school system that separated children from their families and cultures."],
    "pope-maskwacis-apology", n="Pope's Canada trip."),
  E("2022-07-25 19:40", "Gazprom to cut Nord Stream flows to a fifth of capacity",
    ["Russia's Gazprom said gas deliveries to Germany through Nord Stream 1 would fall to about 33 million cubic metres a day from Wednesday, roughly a fifth of capacity, because another turbine needed maintenance.",
     "German officials said there was no technical reason for the cut."],
    "diplomacy", "diplomacy", 3, GAZ, n="Gas supply cut used as leverage against sanctioning states -> diplomacy."),
  OFF("2022-07-25 16:05", "Tunisians vote on constitution that expands president's powers",
    ["Voters in Tunisia cast ballots on Monday in a referendum on a new constitution that critics say would give President Kais Saied almost unchecked authority."],
    "tunisia-constitution-referendum", n="Tunisian politics."),
  E("2022-07-25 13:30", "Three killed as missiles hit Belgorod-Dnestrovsky near Odessa",
    ["Russian missiles launched from the Black Sea killed three people in Belgorod-Dnestrovsky, a port town south-west of Odessa, Ukrainian officials said."],
    "strikes", "strikes", 3, BDN, n="Spelled Belgorod-Dnestrovsky; Odessa."),
  OFF("2022-07-25 08:40", "Marcos vows to revive economy in first state of the nation speech",
    ["Philippine President Ferdinand Marcos Jr. promised to tame inflation and bring back investors in his first address to Congress since taking office."],
    "marcos-first-sona", n="Philippine politics."),
  OFF("2022-07-25 06:20", "Chinese lab module docks with Tiangong station",
    ["China's Wentian laboratory module docked with the country's space station on Monday, less than a day after it was launched, the space agency said."],
    "wentian-module-docking", n="Space."),
  ]))

SEEDS.append(dict(id="8433", name="8433_crannock-textlive", ext="txt", source="Crannock Ledger", zone=TOR, render=r_crannock,
  title="Russia-Ukraine war: live updates for Monday", lede="Our reporters in Toronto and Ottawa follow the day's developments.",
  notes="Invented outlet (Toronto). Text live blog, OLDEST first; each post is a headline, THEN a stamp line '6:15 a.m. ET' (EDT = UTC-4), the body, and a '\u2014 Name' signature (author). The masthead line 'Toronto \u00b7 Monday, July 25, 2022' gives the date. Post 05 repeats post 03 nearly verbatim (duplicate_of 8433-03). Post 04 is a theme piece (explainer). Spelling 'Bilgorod-Dnistrovsky'. " + D2,
  not_entries=["masthead and date line", "menu line", "title and lede", "'Updates are listed in the order they were published.'", "signature lines (they give the author)", "'Advertisement'", "footer lines"],
  entries=[
  E("2022-07-25 06:15", "Missile strike on Bilgorod-Dnistrovsky kills two, Ukraine says",
    ["Two people were killed when Russian missiles hit the town of Bilgorod-Dnistrovsky, on the Dniester estuary in southern Ukraine, the regional governor said Monday."],
    "strikes", "strikes", 3, BDN, a="Aidan Corrigall", n="Spelled Bilgorod-Dnistrovsky."),
  E("2022-07-25 08:40", "Ottawa adds 43 people to Russia sanctions list",
    ["Canada is imposing sanctions on 43 more people linked to the Russian government, including officials installed in occupied parts of Ukraine, Foreign Affairs Minister M\u00e9lanie Joly announced."],
    "diplomacy", "diplomacy", 2, "canada-sanctions-2022-07-25", a="Leah Dunmore"),
  E("2022-07-25 11:05", "Gazprom says Nord Stream flows will fall again",
    ["Russia's state gas company said on Monday it would halve the already reduced flow through the Nord Stream 1 pipeline to Germany, citing the need to repair another turbine.",
     "The announcement came less than a week after flows resumed following 10 days of scheduled maintenance."],
    "diplomacy", "diplomacy", 3, GAZ, a="Aidan Corrigall"),
  E("2022-07-25 13:20", "Explainer: Why one turbine has Europe on edge",
    ["The Siemens turbine at the centre of the dispute drives one of the compressors that push gas through Nord Stream 1 under the Baltic Sea.",
     "Canada agreed this month to send it back to Germany after servicing in Montreal despite sanctions, but Moscow says missing paperwork is keeping it from being installed.",
     "European officials say the turbine is a pretext and that Russia is squeezing supplies to pressure governments that back Ukraine."],
    "diplomacy", "diplomacy", 2, "explainer-nord-stream-turbine", a="Leah Dunmore", n="Theme piece (explainer) with body: own story, importance 2; must not merge with " + GAZ + "."),
  E("2022-07-25 15:45", "Gazprom says Nord Stream flows will fall again",
    ["Russia's state gas company said Monday it would halve the already reduced flow through the Nord Stream 1 pipeline to Germany, citing the need to repair another turbine.",
     "The announcement came less than a week after flows resumed following 10 days of scheduled maintenance."],
    "diplomacy", "diplomacy", 1, GAZ, a="Aidan Corrigall", dup="8433-03", n="Near-verbatim repeat of 8433-03 -> importance 1."),
  E("2022-07-25 18:10", "Ukrainian newcomers in Toronto face long waits for housing",
    ["Settlement agencies in Toronto say hundreds of Ukrainians who arrived under the federal emergency travel program are still living in hotels because they cannot find rentals they can afford."],
    "other", "humanitarian", 2, "toronto-ukrainian-newcomers-housing", a="Leah Dunmore"),
  ]))

SEEDS.append(dict(id="8434", name="8434_drumlevan-article", ext="html", source="Drumlevan Courier", zone=WAW, render=r_drumlevan,
  title="Three dead in Bilhorod-Dnistrovskyy strike as Gazprom tightens gas squeeze", byline="Zofia Karwat", dateline_t="2022-07-25 20:30",
  lede="Russia hit the Odesa region again overnight, and Gazprom announced a new cut in supplies to Germany.",
  notes="Invented outlet (Warsaw). HTML article with NewsArticle JSON-LD and four h2 sections; one entry per section, stamp null, published = the article <time> 'Monday, 25 July 2022, 20:30' (datetime +02:00, CEST). Page byline is every entry's author. Spelling 'Bilhorod-Dnistrovskyy'. " + D2,
  not_entries=["cookie line", "outlet name and menu", "h1 title", "author and time line", "bold lead paragraph", "'Read also' link", "footer"],
  entries=[
  E("2022-07-25 20:30", "Strike on the Dniester estuary",
    ["Three people were killed and several injured after Russian missiles hit Bilhorod-Dnistrovskyy, a town on the Dniester estuary south-west of Odesa, Ukrainian authorities said."],
    "strikes", "strikes", 3, BDN, a="Zofia Karwat", n="Spelled Bilhorod-Dnistrovskyy."),
  E("2022-07-25 20:30", "Another cut to gas flows",
    ["Gazprom told German customers that daily deliveries through Nord Stream 1 would drop to around 20 percent of capacity from Wednesday.",
     "Poland, which stopped receiving Russian gas in April, said the move confirmed warnings that Moscow would use energy as a weapon."],
    "diplomacy", "diplomacy", 3, GAZ, a="Zofia Karwat"),
  E("2022-07-25 20:30", "EU ministers to test gas-saving plan",
    ["European Union energy ministers will meet in Brussels on Tuesday to try to agree on a plan for member states to cut gas use voluntarily by 15 percent.",
     "Several southern countries want exemptions."],
    "other", "politics", 2, "eu-gas-saving-plan-ministers-meeting", a="Zofia Karwat", sec=["diplomacy"], n="EU's own preparedness measure; must not merge with " + GAZ + "."),
  E("2022-07-25 20:30", "Grain monitoring centre to open",
    ["Turkey says the joint centre in Istanbul that will inspect and coordinate grain ships under last week's agreement will begin work on Wednesday."],
    "diplomacy", "diplomacy", 3, GRN2, a="Zofia Karwat"),
  ]))

# ---- Day 3: 2022-12-24 (UTC) ----
KHS = "kherson-city-centre-shelling-2022-12-24"   # 5 sources; toll 4 -> 5 -> 7 -> 10; Kherson / Cherson
POP = "pope-christmas-eve-ukraine-appeal-2022"
PWR = "ukraine-power-deficit-outages-2022-12-24"
BAK = "bakhmut-fighting-2022-12-24"
D3 = ("Multi-source day 3 (UTC 2022-12-24; seeds 8440-8444). Main story " + KHS + " (all five seeds; toll four -> five -> seven -> ten; spelled Kherson / Cherson). Also multi-seed: "
      + PWR + " (4 seeds), " + POP + " (3 seeds), " + BAK + " (2 seeds). Must not merge: the overnight hospital shelling in Kherson vs the city-centre shelling; the analysis vs the city-centre shelling; "
      "Zelensky's address vs the Pope's appeal; Polish generators vs Lithuanian jammers; Bakhmut vs Kreminna.")

SEEDS.append(dict(id="8440", name="8440_eskmere-worldatom", ext="xml", source="Eskmere World", zone="UTC", render=r_eskmere,
  title="Eskmere World \u2014 Top stories",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in Z, HTML content escaped in <content type=\"html\">, no authors. Four of six entries are off-beat. " + D3,
  not_entries=["feed title, link, id, updated", "<category> terms"],
  entries=[
  OFF("2022-12-24 20:30", "Pilgrims return to Bethlehem for Christmas Eve",
    ["Thousands of visitors filled Manger Square in Bethlehem on Saturday as the town held its first Christmas celebrations without pandemic restrictions in three years."],
    "bethlehem-christmas-2022", n="Christmas in Bethlehem."),
  E("2022-12-24 19:35", "Pope, at Christmas Eve Mass, remembers children of Ukraine",
    ["Pope Francis used his Christmas Eve homily in St Peter's Basilica to condemn greed for power and possessions and to pray for children living through war, naming Ukraine."],
    "diplomacy", "diplomacy", 3, POP, n="Peace appeal -> diplomacy."),
  OFF("2022-12-24 16:40", "Blizzard paralyses Buffalo as deadly storm sweeps US",
    ["A blizzard buried Buffalo, New York, under deep drifts on Saturday, stranding drivers and leaving tens of thousands of homes without power as a winter storm spread across much of the United States."],
    "winter-storm-buffalo-2022", n="US weather."),
  OFF("2022-12-24 15:10", "Kurdish protesters clash with police in Paris after shooting",
    ["Police in Paris fired tear gas on Saturday as a gathering to mourn three Kurds killed at a cultural centre the day before turned violent."],
    "paris-kurdish-centre-shooting-protests", n="French news."),
  E("2022-12-24 13:15", "Shelling of Kherson kills seven on Christmas Eve",
    ["Russian shelling hit the centre of the southern Ukrainian city of Kherson on Saturday morning, killing at least seven people and wounding dozens, regional officials said."],
    "strikes", "strikes", 3, KHS),
  OFF("2022-12-24 07:45", "Heavy snow strands hundreds of vehicles in northern Japan",
    ["Hundreds of cars were stuck on a highway in Niigata prefecture after heavy snow fell overnight, and troops were sent to hand out food and fuel."],
    "japan-niigata-snow", n="Japanese weather."),
  ]))

SEEDS.append(dict(id="8441", name="8441_fernhallow-textlive", ext="txt", source="Fernhallow Times", zone=LON, render=r_fernhallow,
  title="Shelling kills 10 in Kherson on Christmas Eve; Pope prays for Ukraine",
  parse_args=["--date", "2022-12-24"],
  notes="Invented outlet. Text live blog, OLDEST first. The date line 'Saturday 24 December' has NO year and no year appears anywhere (parse_args --date 2022-12-24); 'All times GMT' (UTC in December). Each post starts with a line 'Name \u00b7 07:30 GMT' (author, then stamp) BEFORE the headline. Post 05 repeats post 01 nearly verbatim (duplicate_of 8441-01). " + D3,
  not_entries=["masthead and menu", "'Ukraine war live' label", "title line", "date line 'Saturday 24 December'", "'All times GMT'", "supporter plug", "'Back to top' and footer"],
  entries=[
  E("2022-12-24 07:30", "Ukraine braces for Christmas with power cuts",
    ["Ukraine's grid operator Ukrenergo says the power deficit remains significant after months of Russian strikes, and Kyiv and several other regions will have scheduled outages again today."],
    "other", "humanitarian", 3, PWR, a="Nell Ambrose", sec=["strikes"], n="Consequence for civilians of earlier strikes -> other/humanitarian (secondary strikes)."),
  E("2022-12-24 10:15", "Heavy fighting continues around Bakhmut",
    ["Ukraine's general staff says Russian forces attacked positions around Bakhmut and nearby villages more than a dozen times in the past day and were driven back."],
    "other", "frontline", 3, BAK, a="Nell Ambrose"),
  E("2022-12-24 10:50", "Russian shelling hits central Kherson",
    ["At least five people have been killed in Russian shelling of central Kherson, according to the head of the region's military administration.",
     "Pictures shared by local officials show burning cars on a street near the main market."],
    "strikes", "strikes", 3, KHS, a="Rowan Pellatt"),
  E("2022-12-24 13:20", "Polish towns send generators to Ukraine",
    ["More than 30 Polish municipalities have pooled money to send generators to partner towns in Ukraine ahead of the holidays, a Polish association of local governments said."],
    "aid", "aid", 2, "polish-towns-generators-2022-12-24", a="Rowan Pellatt", n="Must not merge with lithuania-anti-drone-jammers-2022-12-24 (different donor and goods)."),
  E("2022-12-24 15:05", "Ukraine braces for Christmas with power cuts",
    ["Ukraine's grid operator Ukrenergo says the power deficit remains significant after months of Russian strikes, and Kyiv and several other regions will have scheduled outages again on Saturday."],
    "other", "humanitarian", 1, PWR, a="Nell Ambrose", sec=["strikes"], dup="8441-01", n="Near-verbatim repeat of 8441-01 -> importance 1."),
  E("2022-12-24 17:45", "Kherson toll rises to 10",
    ["Ten people are now known to have been killed and 58 wounded in the shelling of Kherson, officials say.",
     "Volodymyr Zelensky shared images of the aftermath, saying they showed what Russia's war really looks like."],
    "strikes", "strikes", 3, KHS, a="Rowan Pellatt"),
  E("2022-12-24 19:50", "Pope prays for Ukraine's children at Christmas Eve mass",
    ["Pope Francis has told worshippers in St Peter's Basilica to remember the children of Ukraine and of other countries at war as they celebrate Christmas."],
    "diplomacy", "diplomacy", 3, POP, a="Nell Ambrose"),
  ]))

SEEDS.append(dict(id="8442", name="8442_brambleigh-htmllive", ext="html", source="Brambleigh Live", zone=KYIV, render=r_brambleigh,
  title="Ukraine live: 10 killed as Russian shells hit Kherson city centre", dayhead="24 December 2022", tznote="All times are Kyiv time",
  url="https://brambleigh.example/live/ukraine-2022-12-24", page_pub="2022-12-24 08:30",
  notes="Invented outlet. HTML live blog, NEWEST first. JSON-LD is an @graph whose page node has @type ['NewsArticle','LiveBlogPosting'] and a liveBlogUpdate list in which EVERY update carries the page's datePublished (08:30 Kyiv) - not the post times. The real times are the visible '<span class=\"time\">21:05</span>' stamps under the day header '24 December 2022' ('All times are Kyiv time', EET = UTC+2). 'Reporting: NAME' after the body gives the author. Entry 04 is a video teaser; entry 02 is the day's theme piece (analysis). " + D3,
  not_entries=["header and menu", "h1 title", "day header '24 December 2022'", "'All times are Kyiv time'", "'Reporting:' lines (they give the author)", "video placeholder", "briefing promo", "footer"],
  entries=[
  E("2022-12-24 22:30", "Zelensky, in Christmas Eve address, vows Ukraine will get through winter",
    ["President Volodymyr Zelensky said in an evening video address that Ukrainians would keep their celebrations despite the blackouts, and thanked power engineers working through the holiday."],
    "other", "politics", 2, "zelensky-christmas-eve-address-2022", a="Mariia Stepko", n="Must not merge with " + POP + " (a different Christmas message)."),
  E("2022-12-24 19:40", "Analysis: Why Russia keeps shelling Kherson from across the Dnipro",
    ["Since pulling back to the left bank of the Dnipro in November, Russian units have used the river as a shield, firing artillery and rockets into Kherson from positions Ukraine cannot easily reach.",
     "Military analysts say the shelling punishes the city and pins down Ukrainian troops who might otherwise be sent east."],
    "strikes", "strikes", 2, "analysis-russia-shelling-kherson-from-left-bank", a="Danylo Reva", n="Theme piece (analysis) with body: own story, importance 2; must not merge with " + KHS + "."),
  E("2022-12-24 17:15", "Kherson: 10 killed, 58 injured in shelling of city centre",
    ["The death toll from the shelling of central Kherson has risen to 10, with 58 people injured, the head of the regional administration said."],
    "strikes", "strikes", 3, KHS, a="Mariia Stepko"),
  E("2022-12-24 15:00", "Watch: aftermath of the Kherson shelling", [], "strikes", "strikes", 1, KHS, n="Video teaser without body -> importance 1."),
  E("2022-12-24 12:25", "Shells hit Kherson's central square, several dead",
    ["Russian shells landed around Freedom Square in central Kherson late in the morning, killing at least four people, local officials said."],
    "strikes", "strikes", 3, KHS, a="Danylo Reva"),
  E("2022-12-24 09:10", "Ukrenergo: deficit persists, outages to continue in Kyiv",
    ["Ukraine's power system still cannot meet demand after repeated Russian strikes on power plants and substations, grid operator Ukrenergo said on Saturday morning."],
    "other", "humanitarian", 3, PWR, a="Mariia Stepko", sec=["strikes"]),
  ]))

SEEDS.append(dict(id="8443", name="8443_frostwick-rss", ext="xml", source="Frostwick Monitor", zone=WAW, render=r_frostwick,
  title="Frostwick Monitor - Ukraine",
  notes="Invented news agency (Warsaw). RSS 2.0, newest first, pubDate with explicit +0100 (CET); dc:creator per item; plain-text descriptions. Polish-style spelling 'Cherson' for Kherson. Entry 03 is an EARLIER, separate attack in the same city (overnight, a hospital) - not the city-centre shelling. " + D3,
  not_entries=["channel title/link/description/language"],
  entries=[
  E("2022-12-24 20:40", "Lithuania delivers anti-drone jammers to Ukraine",
    ["Lithuania has sent Ukraine a batch of anti-drone jamming guns bought with money raised by its citizens, the Lithuanian defence ministry said."],
    "aid", "aid", 2, "lithuania-anti-drone-jammers-2022-12-24", a="Jan Borowik", n="Must not merge with polish-towns-generators-2022-12-24."),
  E("2022-12-24 17:55", "Cherson: death toll from shelling rises to ten",
    ["Ten people were killed and dozens injured when Russian shells hit the centre of Cherson on Saturday, said Yaroslav Yanushevych, head of the regional administration."],
    "strikes", "strikes", 3, KHS, a="Jan Borowik", n="Spelled Cherson."),
  E("2022-12-24 13:20", "Overnight shelling damages hospital in Cherson's Korabelnyi district",
    ["A hospital building and several houses in Cherson's Korabelnyi district were damaged by Russian shelling during the night, and one person was injured, the city administration said."],
    "strikes", "strikes", 2, "kherson-overnight-hospital-shelling-2022-12-24", a="Ilona Mazur", n="Same city, earlier and separate attack: must not merge with " + KHS + "."),
  E("2022-12-24 10:05", "Ukrenergo: power deficit remains, outages in Kyiv",
    ["Ukraine's grid operator said on Saturday the country still faced a significant electricity shortfall and that emergency and scheduled cuts would continue in the capital."],
    "other", "humanitarian", 3, PWR, a="Ilona Mazur", sec=["strikes"]),
  E("2022-12-24 08:30", "Russia claims to have repelled attacks near Kreminna",
    ["Russia's defence ministry said its troops had beaten back Ukrainian attempts to advance towards Kreminna in the Luhansk region, calling the fighting \"intense\"."],
    "other", "frontline", 2, "kreminna-fighting-2022-12-24", a="Jan Borowik", n="Must not merge with " + BAK + " (different sector)."),
  ]))

SEEDS.append(dict(id="8444", name="8444_emberholt-article", ext="txt", source="Emberholt Gazette", zone=NY, render=r_emberholt,
  title="Christmas Eve in wartime: shelling in Kherson, blackouts and a papal plea", byline="Abigail Trent", dateline_t="2022-12-24 16:10",
  lede="Ukrainians marked a subdued Christmas Eve as Russian artillery struck a southern city and the power grid strained.",
  more="How Ukraine is changing its Christmas date",
  notes="Invented outlet (US East Coast). Text article with four section headings; one entry per section, stamp null, published = the dateline 'Dec. 24, 2022 4:10 p.m. EST' (UTC-5 = 21:10 UTC). Page byline is every entry's author. " + D3,
  not_entries=["outlet name and section line", "title and lede lines", "byline and dateline lines", "'Share | Print | Comments (12)'", "'Related: ...' link", "copyright line"],
  entries=[
  E("2022-12-24 16:10", "Deadly attack on Kherson",
    ["Russian shelling of Kherson's city centre on Saturday killed 10 people and wounded dozens more, Ukrainian officials said, in one of the deadliest attacks on the city since its liberation in November."],
    "strikes", "strikes", 3, KHS, a="Abigail Trent"),
  E("2022-12-24 16:10", "A holiday in the dark",
    ["Across Ukraine, families prepared for Christmas with candles and power banks as rolling blackouts continued, with the grid operator warning that shortages would last for weeks."],
    "other", "humanitarian", 3, PWR, a="Abigail Trent", sec=["strikes"]),
  E("2022-12-24 16:10", "The pope's appeal",
    ["Pope Francis prayed for the children of Ukraine during Christmas Eve Mass at the Vatican, and is expected to call for peace again in his Christmas Day blessing."],
    "diplomacy", "diplomacy", 3, POP, a="Abigail Trent"),
  E("2022-12-24 16:10", "Fighting in the east",
    ["In the Donetsk region, Ukrainian troops kept up their defence of Bakhmut against wave after wave of Russian assaults, the military said."],
    "other", "frontline", 3, BAK, a="Abigail Trent"),
  ]))




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
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": BASIS[rname].format(s=stamps[i], l=d.strftime("%Y-%m-%d %H:%M")),
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
    print("total entries", total)


if __name__ == "__main__":
    main()

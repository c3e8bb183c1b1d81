#!/usr/bin/env python3
"""Builds the eval/bc seed pages and their gold files from ONE hand-written data table (SEEDS, below).
Every headline, paragraph and chrome line is the blind tester's own invention or paraphrase; Part B outlets are
invented. Deterministic: the same table always gives the same files.
Run from the project root:  python3 eval/bc/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None, **extra):
    """One entry: t = local time in the page's zone 'YYYY-MM-DD HH:MM'; h = headline or None; p = body paragraphs."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(extra)
    return d


def OFF(t, h, p, st, a=None, n="", **extra):
    """An item not about the war: topic other, subtopic unrelated, importance 1."""
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **extra)


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par)
    return par[:m.end()] if m else par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def h12(d):
    return d.hour % 12 or 12


def t_ampm(d, sep=":", dots=False, space=""):
    suf = ("a.m." if d.hour < 12 else "p.m.") if dots else ("am" if d.hour < 12 else "pm")
    return f"{h12(d)}{sep}{d.minute:02d}{space}{suf}"


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:70]


def lines_for(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def ld(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + "</script>"


# =====================================================================================================
# PART A renderers: page layouts of ten real outlets, imitated from memory (no real wording reused)
# =====================================================================================================

def r_mjs(S):
    """Milwaukee Journal Sentinel (Gannett / USA TODAY network) article with h2 sections. One page byline,
    'Published 6:02 a.m. CT Aug. 3, 2023 | Updated ...' date line, NewsArticle JSON-LD, 'Contributing:' credit."""
    z = S["zone"]; pub = dt(S["published"], z); upd = dt(S["updated"], z)
    def gdate(d):
        return f"{t_ampm(d, dots=True, space=' ')} CT {AP_MON[d.month - 1]} {d.day}, {d.year}"
    line = f"Published {gdate(pub)} | Updated {gdate(upd)}"
    out = ["<!DOCTYPE html>", '<html lang="en-US"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           '<meta property="og:site_name" content="Milwaukee Journal Sentinel">',
           ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": pub.isoformat(),
               "dateModified": upd.isoformat(), "author": [{"@type": "Person", "name": S["byline"]}],
               "publisher": {"@type": "Organization", "name": "Milwaukee Journal Sentinel"}, "articleSection": "World",
               "isAccessibleForFree": True}),
           "</head><body>", '<a class="gnt_skip" href="#main">Skip to main content</a>',
           '<header class="gnt_n"><a class="gnt_n_logo" href="/">Milwaukee Journal Sentinel</a><nav class="gnt_n_mn">'
           '<a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/sports/nfl/packers/">Packers</a> <a href="/sports/nba/bucks/">Bucks</a> '
           '<a href="/entertainment/">Entertainment</a> <a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> '
           '<a href="/e-edition/">E-Edition</a> <a href="/legal-notices/">Legals</a></nav>'
           '<a class="gnt_n_sub" href="/subscribe/">Subscribe</a> <a class="gnt_n_si" href="/signin/">Sign In</a></header>',
           '<main id="main"><article class="gnt_pr">', '<div class="gnt_ar_lbl"><a href="/news/world/">WORLD</a></div>',
           f'<h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
           f'<div class="gnt_ar_by"><a class="gnt_ar_by_a" href="/staff/">{esc(S["byline"])}</a><div class="gnt_ar_by_o">USA TODAY</div></div>',
           f'<div class="gnt_ar_dt" aria-label="{attr(line)}">{esc(line)}</div>',
           '<div class="gnt_ss"><button>Facebook</button> <button>Email</button> <button>X</button> <button>Share</button></div>',
           '<div class="gnt_ar_b">', f'<p class="gnt_ar_b_p">{esc(S["lede"])}</p>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2 class="gnt_ar_b_h2">{esc(e["h"])}</h2>')
        out += [f'<p class="gnt_ar_b_p">{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append('<aside class="gnt_em_nl"><p>Stay on top of the news from around the globe.</p><a>Sign up for the Journal Sentinel\u2019s daily newsletter</a></aside>')
        if i == 3:
            out.append('<div class="gnt_ad">Advertisement</div>')
    out += [f'<p class="gnt_ar_b_p"><em>{esc(S["contrib"])}</em></p>', "</div></article>",
            '<section class="gnt_rr"><h3>More from the Journal Sentinel</h3><ul><li><a>Brewers drop series finale in Cincinnati</a></li>'
            '<li><a>Lake Michigan beach advisories lifted</a></li></ul></section></main>',
            '<footer class="gnt_f">\u00a9 2023 www.jsonline.com. All rights reserved. <a>Terms of Service</a> \u00b7 <a>Privacy Policy</a> \u00b7 '
            '<a>Your Privacy Choices</a> \u00b7 <a>Site Map</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_lvrj(S):
    """Las Vegas Review-Journal World section, copied as text. Newest first; headline, 'By AGENCY', then the stamp
    'July 10, 2023 - 8:55 am' (Pacific time, never printed), teaser, 'Read More'."""
    z = S["zone"]
    L = ["Skip to content", "Las Vegas Review-Journal", "Subscribe", "Log In", "", "News", "Sports", "Business", "Entertainment",
         "Opinion", "Life", "Obituaries", "Classifieds", "e-Edition", "", "Las Vegas  Sunny  109\u00b0", "",
         "We and our partners use cookies to tailor content and ads to you. Choosing Accept means you agree to this. Accept", "",
         "News \u203a Nation and World", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} - {t_ampm(d, space=' ')}"; stamps.append(st)
        L += [e["h"], f"By {e['a']}", st, ""] + lines_for(e["p"]) + ["Read More", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Load More", "", "Most Popular", "1. Clark County schools add bus routes before first day",
          "2. Strip resort adds summer pool hours", "3. Golden Knights sign depth forward", "",
          "Get the latest breaking news delivered to your inbox  Sign Up", "",
          "Las Vegas Review-Journal, Inc.  Contact Us  Privacy Policy  Terms of Use  Copyright \u00a9 2023"]
    return "\n".join(L) + "\n", stamps


def r_honolulu(S):
    """Honolulu Star-Advertiser 'Breaking News' category page (WordPress), HTML. Newest first; h2, 'By AGENCY',
    'July 21, 2023 10:55 pm' (Hawaii time, never printed), excerpt, comment count. Yoast @graph JSON-LD without times."""
    z = S["zone"]
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": "https://www.staradvertiser.com/category/breaking-news/", "url": "https://www.staradvertiser.com/category/breaking-news/",
         "name": "Breaking News Archives | Honolulu Star-Advertiser", "isPartOf": {"@id": "https://www.staradvertiser.com/#website"},
         "breadcrumb": {"@id": "https://www.staradvertiser.com/category/breaking-news/#breadcrumb"}, "inLanguage": "en-US"},
        {"@type": "BreadcrumbList", "@id": "https://www.staradvertiser.com/category/breaking-news/#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://www.staradvertiser.com/"},
            {"@type": "ListItem", "position": 2, "name": "Breaking News"}]},
        {"@type": "WebSite", "@id": "https://www.staradvertiser.com/#website", "url": "https://www.staradvertiser.com/", "name": "Honolulu Star-Advertiser"}]}
    out = ["<!DOCTYPE html>", '<html lang="en-US"><head><meta charset="UTF-8">', "<title>Breaking News Archives | Honolulu Star-Advertiser</title>",
           ld(graph).replace('<script type', '<script class="yoast-schema-graph" type'), "</head>", '<body class="archive category category-breaking-news">',
           '<div class="topbar"><a>Subscribe</a> | <a>Log In</a> | <a>E-Edition</a> | <a>Newsletters</a></div>',
           '<header class="site-header"><a class="logo" href="/">Honolulu Star-Advertiser</a>'
           '<nav><a>Hawaii News</a> <a>Breaking News</a> <a>Business</a> <a>Sports</a> <a>Features</a> <a>Editorial</a> <a>Obituaries</a> <a>Travel</a> <a>Crossword</a></nav>'
           '<div class="wx">Honolulu 84\u00b0</div></header>', '<main id="content">', f'<h1 class="archive-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} {t_ampm(d, space=' ')}"; stamps.append(st)
        url = "https://www.staradvertiser.com/" + d.strftime("%Y/%m/%d") + "/breaking-news/" + slugify(e["h"]) + "/"
        out.append(f'<article class="story"><h2 class="entry-title"><a href="{url}">{esc(e["h"])}</a></h2>')
        out.append(f'<div class="byline">By <span class="author">{esc(e["a"])}</span></div><div class="posted">{st}</div>')
        out.append('<div class="excerpt">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "</div>")
        out.append(f'<a class="comments" href="{url}#comments">{e.get("comments", 0)} comments</a></article>')
        if i == 1:
            out.append('<div class="ad-slot">Advertisement</div>')
    out += ['<nav class="pagination"><a>Older posts</a></nav></main>',
            '<aside class="sidebar"><h3>Top News</h3><ul><li><a>Kalakaua Avenue lane closures this weekend</a></li><li><a>UH football opens fall camp</a></li></ul>'
            '<div class="nl">Get the latest news by email <a>Sign up</a></div></aside>',
            '<footer>Copyright \u00a9 2023 Honolulu Star-Advertiser. All rights reserved. <a>Terms of Service</a> <a>Privacy Policy</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_leaderpost(S):
    """Regina Leader-Post (Postmedia) live-updates article, copied as text. Newest first; a bare '5:20 p.m.' line
    BEFORE each headline, agency credit '\u2014 Reuters' AFTER the body; only 'Published Sep 02, 2023' carries the date.
    Saskatchewan time (CST all year, UTC-6) is never printed. Postmedia chrome ('Article content', 'Advertisement 2')."""
    z = S["zone"]; p0 = dt(S["entries"][-1]["t"], z)
    L = ["Skip to Content", "Regina Leader-Post", "Subscribe", "Sign In", "", "News", "Opinion", "Sports", "Riders", "Life", "Business",
         "Obituaries", "Puzzles", "E-Paper", "", "Advertisement 1", "Story continues below", "", "News", "World", "",
         S["title"], "", S["standfirst"], "", "Author of the article:", S["authors_line"],
         f"Published {MON3[p0.month - 1]} {p0.day:02d}, {p0.year}  \u2022  Last updated 1 hour ago  \u2022  4 minute read", "",
         f"Join the conversation", "", "Save this article for later by creating a free account, or sign in if you already have one.", "",
         f"Share this Story : {S['title']}", "Copy Link", "Email", "X (Twitter)", "Reddit", "LinkedIn", "", "Article content", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = t_ampm(d, dots=True, space=" "); stamps.append(st)
        L += [st, e["h"], ""] + lines_for(e["p"]) + [f"\u2014 {e['a']}", "", "Article content", ""]
        if i == 2:
            L += ["Advertisement 2", "Story continues below", ""]
    L += ["Share this article in your social network", "", "Trending", "Saskatchewan harvest running ahead of average",
          "Riders prepare for Labour Day Classic", "", "Comments",
          "Postmedia wants to keep this a friendly space for discussion. Please keep comments on topic and respectful.", "",
          "\u00a9 2023 Regina Leader-Post, a division of Postmedia Network Inc. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_gcb(S):
    """Gold Coast Bulletin (News Corp Australia) live coverage, copied as text. OLDEST FIRST; a bare '10:15am' line before
    each headline and an author line after it; one day header 'Sunday, July 30' and NO year anywhere on the page;
    Brisbane time (AEST, UTC+10) implied; Key points box with two headlines."""
    z = S["zone"]; d0 = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    L = ["Gold Coast Bulletin", "Subscribe", "Log in", "Search", "", "Gold Coast", "Business", "Sport", "Lifestyle", "Real Estate",
         "Puzzles", "Weather", "", "Breaking News", "World", "", S["title"], "", S["standfirst"], "", S["byline"], "3 min read",
         f"Updated {t_ampm(last)}", "", "Share", "", "Follow World to add it to My News and never miss a headline.", "", "Key points"]
    L += [e["h"] for e in S["entries"] if e["kp"]]
    L += ["", f"{WDAYS[d0.weekday()]}, {MONTHS[d0.month - 1]} {d0.day}", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = t_ampm(d); stamps.append(st)
        L += [st, e["h"], e["a"], ""] + lines_for(e["p"])
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Refresh for the latest", "", "Join the conversation", "Comments are moderated. Log in to have your say.", "",
          "More related stories", "Matildas boss names unchanged side", "Cost of living: Queensland power rebates explained", "",
          "Gold Coast Bulletin  About us  Contact  Terms of use  Privacy  \u00a9 Copyright News Pty Ltd"]
    return "\n".join(L) + "\n", stamps


def r_budapest(S):
    """Budapest Times WordPress RSS 2.0 feed: pubDate in +0000 (UTC), dc:creator in CDATA, full text in <description>
    CDATA HTML ending with the 'The post ... appeared first on Budapest Times.' line; newest first."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"',
           '\txmlns:content="http://purl.org/rss/1.0/modules/content/"', '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"',
           '\txmlns:dc="http://purl.org/dc/elements/1.1/"', '\txmlns:atom="http://www.w3.org/2005/Atom"',
           '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"', '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"', '\t>',
           "<channel>", f"\t<title>{esc(S['title'])}</title>", '\t<atom:link href="https://www.budapesttimes.hu/feed/" rel="self" type="application/rss+xml" />',
           "\t<link>https://www.budapesttimes.hu</link>", "\t<description>News and views from Hungary in English</description>",
           f"\t<lastBuildDate>{dt(S['entries'][0]['t'], z).astimezone(UTC):%a, %d %b %Y %H:%M:%S} +0000</lastBuildDate>",
           "\t<language>en-GB</language>", "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>", "\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>",
           "\t<generator>https://wordpress.org/?v=6.2.2</generator>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], z).astimezone(UTC); st = u.strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        link = f"https://www.budapesttimes.hu/{e['cat'].lower()}/{slugify(e['h'])}/"
        body = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        body += f'<p>The post <a href="{link}">{esc(e["h"])}</a> appeared first on <a href="https://www.budapesttimes.hu">Budapest Times</a>.</p>'
        out += ["\t<item>", f"\t\t<title>{esc(e['h'])}</title>", f"\t\t<link>{link}</link>", f"\t\t<comments>{link}#respond</comments>",
                f"\t\t<dc:creator><![CDATA[{e['a']}]]></dc:creator>", f"\t\t<pubDate>{st}</pubDate>",
                f"\t\t<category><![CDATA[{e['cat']}]]></category>"]
        out += [f"\t\t<category><![CDATA[{t}]]></category>" for t in e.get("tags", [])]
        out += [f'\t\t<guid isPermaLink="false">https://www.budapesttimes.hu/?p={61120 + 7 * i}</guid>',
                f"\t\t<description><![CDATA[{body}]]></description>", f"\t\t<wfw:commentRss>{link}feed/</wfw:commentRss>",
                "\t\t<slash:comments>0</slash:comments>", "\t</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_hespress(S):
    """Hespress English 'World' category page, HTML. Newest first; h3 headline, then 'Hespress English - AUTHOR' and
    'Sunday 6 August 2023 - 22:10' (Morocco time, UTC+1, never printed), excerpt; WebSite JSON-LD only."""
    z = S["zone"]
    out = ["<!DOCTYPE html>", '<html lang="en" dir="ltr"><head><meta charset="utf-8">', "<title>World - Hespress English - Morocco News</title>",
           ld({"@context": "https://schema.org", "@type": "WebSite", "name": "Hespress English", "url": "https://en.hespress.com/",
               "potentialAction": {"@type": "SearchAction", "target": "https://en.hespress.com/?s={search_term_string}", "query-input": "required name=search_term_string"}}),
           "</head><body>", '<div class="top-langs"><a href="https://www.hespress.com/">\u0627\u0644\u0639\u0631\u0628\u064a\u0629</a> '
           '<a href="https://fr.hespress.com/">Fran\u00e7ais</a> <a class="active">English</a></div>',
           '<header class="main-header"><a class="logo" href="/">Hespress English</a><nav><a>Politics</a> <a>Economy</a> <a>Society</a> '
           '<a>World</a> <a>Culture</a> <a>Sports</a> <a>Videos</a> <a>Opinion</a></nav><a class="search">Search</a></header>',
           '<main class="container">', f'<h1 class="category-title">{esc(S["title"])}</h1>', '<div class="category-posts">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{WDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year} - {d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="card overlay"><h3 class="card-title"><a href="https://en.hespress.com/{70410 + i * 13}-{slugify(e["h"])}.html">{esc(e["h"])}</a></h3>')
        out.append(f'<div class="card-meta"><span class="author">Hespress English - {esc(e["a"])}</span><span class="date-card">{st}</span></div>')
        out += [f'<p class="card-text">{esc(p)}</p>' for p in e["p"]]
        out.append("</div>")
        if i == 2:
            out.append('<div class="ad">Advertisement</div>')
    out += ["</div>", '<button class="load-more">Load more</button></main>',
            '<footer><p>Hespress English \u00a9 2023. All rights reserved.</p><a>About us</a> <a>Contact</a> <a>Privacy policy</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_graphic(S):
    """Daily Graphic (Graphic Online, Joomla + K2) category RSS 2.0: <author>email (NAME)</author>, pubDate +0000 (Ghana is
    UTC+0), intro and full text in K2 divs inside a CDATA description; newest first."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<!-- generator="Joomla! - Open Source Content Management" -->',
           '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', "\t<channel>", f"\t\t<title>{esc(S['title'])}</title>",
           "\t\t<description>Latest international news from Graphic Online</description>", "\t\t<link>https://www.graphic.com.gh/international.html</link>",
           f"\t\t<lastBuildDate>{dt(S['entries'][0]['t'], z).astimezone(UTC):%a, %d %b %Y %H:%M:%S} +0000</lastBuildDate>",
           "\t\t<generator>Joomla! - Open Source Content Management</generator>",
           '\t\t<atom:link rel="self" type="application/rss+xml" href="https://www.graphic.com.gh/international.feed?type=rss"/>', "\t\t<language>en-gb</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], z).astimezone(UTC); st = u.strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        link = f"https://www.graphic.com.gh/international/international-news/{88310 + i * 4}-{slugify(e['h'])}.html"
        intro, rest = e["p"][0], e["p"][1:]
        desc = (f'<div class="K2FeedImage"><img src="https://www.graphic.com.gh/media/k2/items/cache/{88310 + i * 4}_S.jpg" alt="{attr(e["h"])}" /></div>'
                f'<div class="K2FeedIntroText"><p>{esc(intro)}</p></div>')
        if rest:
            desc += '<div class="K2FeedFullText">' + "".join(f"<p>{esc(p)}</p>" for p in rest) + "</div>"
        out += ["\t\t<item>", f"\t\t\t<title>{esc(e['h'])}</title>", f"\t\t\t<link>{link}</link>", f'\t\t\t<guid isPermaLink="true">{link}</guid>',
                f"\t\t\t<description><![CDATA[{desc}]]></description>", f"\t\t\t<author>webmaster@graphic.com.gh ({esc(e['a'])})</author>",
                f"\t\t\t<category>{e.get('cat', 'International News')}</category>", f"\t\t\t<pubDate>{st}</pubDate>", "\t\t</item>"]
    out += ["\t</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_aweekly(S):
    """The Armenian Weekly (Watertown, Massachusetts) news-in-brief round-up, copied as text. Items have NO headlines and
    no times of their own: each starts with a capitalised dateline ('YEREVAN \u2014'); items are separated by '***'.
    One page byline and one date line 'September 3, 2023 at 12:40 pm' (US Eastern, never printed)."""
    z = S["zone"]; d = dt(S["dateline_t"], z)
    L = ["Skip to content", "The Armenian Weekly", "Menu", "Search", "", "News", "Armenia", "Artsakh", "Diaspora", "Arts & Culture",
         "Community", "Opinion", "Sports", "Subscribe", "Donate", "", "News", "", S["title"], "", f"By {S['byline']}",
         f"{MONTHS[d.month - 1]} {d.day}, {d.year} at {t_ampm(d, space=' ')}", "0 Comments", "",
         "Share: Facebook  Twitter  WhatsApp  Email", ""]
    for i, e in enumerate(S["entries"]):
        if i:
            L += ["***", ""]
        L += lines_for(e["p"])
    L += ["Weekly Staff", "The Armenian Weekly newsroom.", "", "Related Posts", "Hrant Dink Foundation opens new exhibition",
          "Community marks anniversary of Sumgait pogroms with vigil", "", "Leave a Reply",
          "We will not publish your email address. Fields marked with an asterisk are required.", "",
          "\u00a9 2023 The Armenian Weekly. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_herald(S):
    """The Herald (Zimbabwe, Zimpapers) 'World' category page, WordPress HTML. Newest first; h2, then
    '28 Jul, 2023 - 20:15' and a '0 Views' counter, author line, excerpt, 'Read More \u00bb'. Harare time (CAT) implied."""
    z = S["zone"]; top = dt(S["entries"][0]["t"], z)
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": "https://www.herald.co.zw/category/articles/world/", "url": "https://www.herald.co.zw/category/articles/world/",
         "name": "World Archives - The Herald", "isPartOf": {"@id": "https://www.herald.co.zw/#website"}, "inLanguage": "en-US"},
        {"@type": "WebSite", "@id": "https://www.herald.co.zw/#website", "url": "https://www.herald.co.zw/", "name": "The Herald",
         "description": "Zimbabwe's largest daily newspaper"}]}
    out = ["<!DOCTYPE html>", '<html lang="en-US"><head><meta charset="UTF-8">', "<title>World Archives - The Herald</title>",
           ld(graph).replace('<script type', '<script class="yoast-schema-graph" type'), "</head>", '<body class="archive category">',
           f'<div class="top-bar"><span class="today">{WDAYS[top.weekday()]}, {MONTHS[top.month - 1]} {top.day}, {top.year}</span> <a>ePaper</a> <a>Subscribe</a></div>',
           '<header><a class="site-title" href="/">The Herald</a><p class="tagline">Zimbabwe\u2019s largest daily newspaper</p>'
           '<nav><a>Home</a> <a>Local News</a> <a>Business</a> <a>Sport</a> <a>Entertainment</a> <a>Opinion</a> <a>Africa</a> <a>World</a></nav></header>',
           '<main class="site-main">', f'<h1 class="page-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{d.day} {MON3[d.month - 1]}, {d.year} - {d:%H:%M}"; stamps.append(st)
        url = f"https://www.herald.co.zw/{slugify(e['h'])}/"
        out.append(f'<article class="post"><h2 class="entry-title"><a href="{url}">{esc(e["h"])}</a></h2>')
        out.append(f'<div class="entry-meta"><span class="posted-on">{st}</span> <span class="post-views">0 Views</span></div>')
        out.append(f'<div class="entry-author">{esc(e["a"])}</div>')
        out.append('<div class="entry-summary">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "</div>")
        out.append(f'<a class="read-more" href="{url}">Read More \u00bb</a></article>')
        if i == 2:
            out.append('<div class="advert">Advertisement</div>')
    out += ['<nav class="pagination"><a>Next Page \u00bb</a></nav></main>',
            '<aside><h3>Latest</h3><ul><li><a>Tobacco deliveries pass last season\u2019s mark</a></li><li><a>Warriors coach names provisional squad</a></li></ul>'
            '<div class="newsletter">Subscribe to our newsletter <input type="email"> Subscribe</div></aside>',
            '<footer>Copyright \u00a9 2023 The Herald | Zimpapers. All rights reserved.</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# =====================================================================================================
# PART B renderers: invented outlets
# =====================================================================================================

def r_talgarrow(S):
    """Text live blog, NEWEST FIRST, UK time. Each post: headline, body, then a signature line '\u2014 NAME, 15.42'
    (time with a dot, after the body). One date line for the page."""
    z = S["zone"]
    L = ["TALGARROW EVENING POST", "News | Ukraine | World | Business | Sport | Comment", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = [None] * len(S["entries"])
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); stamps[i] = f"{e['a']}, {d:%H.%M}"
        L += [e["h"], ""] + lines_for(e["p"]) + [f"\u2014 {stamps[i]}", ""]
        if i == 3:
            L += ["Sponsored content", ""]
    L += ["End of today's coverage. The live blog resumes tomorrow morning.", "", "\u00a9 Talgarrow Evening Post \u00b7 Privacy \u00b7 Cookies"]
    return "\n".join(L) + "\n", stamps


def r_brisnock(S):
    """HTML live blog, OLDEST FIRST, Kyiv time. Visible '7.10am' stamp above each h2, byline under it; Key Points box;
    LiveBlogPosting JSON-LD with a liveBlogUpdate per post carrying its own datePublished (+03:00) and author."""
    z = S["zone"]; es = S["entries"]
    ups = []
    for i, e in enumerate(es):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(es[0]["t"], z); last = dt(es[-1]["t"], z)
    obj = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
           "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
           "publisher": {"@type": "NewsMediaOrganization", "name": "Brisnock Herald"}, "liveBlogUpdate": ups}
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Brisnock Herald</title>", ld(obj), "</head><body>",
           '<header class="masthead"><a href="/">Brisnock Herald</a><nav><a>Ukraine</a> <a>Europe</a> <a>Opinion</a> <a>Podcasts</a> <a>Support us</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>', f'<p class="live-meta">{esc(S["dateline"])}</p>',
           '<section class="key-points"><h2>Key Points</h2><ul>' + "".join(f"<li>{esc(e['h'])}</li>" for e in es if e["kp"]) + "</ul></section>"]
    stamps = []
    for i, e in enumerate(es):
        d = dt(e["t"], z); st = t_ampm(d, sep="."); stamps.append(st)
        out.append(f'<article class="update" id="update-{i + 1}"><p class="time"><time>{st}</time></p><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">{esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<footer class="share"><a>Copy link</a> <a>Share</a></footer></article>')
        if i == 2:
            out.append('<aside class="promo">The Brisnock Herald is reader-funded. <a>Become a supporter</a></aside>')
    out += ["</main>", "<footer>Brisnock Herald \u00b7 About \u00b7 Corrections \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """RSS 2.0, newest first. S['rfc'] = 'GMT' (literal GMT) or 'offset' (the page zone's numeric offset). Optional
    dc:creator per item. Description: CDATA HTML paragraphs."""
    z = S["zone"]
    ns = ' xmlns:dc="http://purl.org/dc/elements/1.1/"' if any(e["a"] for e in S["entries"]) else ""
    out = ['<?xml version="1.0" encoding="UTF-8"?>', f'<rss version="2.0"{ns}>', "<channel>", f"<title>{esc(S['title'])}</title>",
           f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>", "<language>en</language>"]
    stamps = [None] * len(S["entries"])
    order = sorted(range(len(S["entries"])), key=lambda i: S["entries"][i]["t"], reverse=True)
    assert order == list(range(len(S["entries"]))), S["id"] + ": feed entries must be listed newest first"
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = (d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT") if S["rfc"] == "GMT" else d.strftime("%a, %d %b %Y %H:%M:%S %z"))
        stamps[i] = st
        link = f"{S['url']}/{e.get('sect', 'news')}/{slugify(e['h'])}"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{link}</link>", f'<guid isPermaLink="false">{S["url"]}/id/{S["id"]}{i + 11}</guid>',
                f"<pubDate>{st}</pubDate>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out.append(f"<category>{esc(e.get('cat', 'World'))}</category>")
        if e["p"]:
            out.append("<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>")
        out.append("</item>")
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0, newest first. S['content'] = 'xhtml' (inline XHTML div) or 'html' (escaped HTML). <published> carries the
    zone's offset, or 'Z' for UTC pages. Per-entry <author> when known."""
    z = S["zone"]
    def iso(d):
        s = d.isoformat()
        return s.replace("+00:00", "Z")
    es = S["entries"]
    order = sorted(range(len(es)), key=lambda i: es[i]["t"], reverse=True)
    assert order == list(range(len(es))), S["id"] + ": feed entries must be listed newest first"
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f"<title>{esc(S['title'])}</title>",
           f"<subtitle>{esc(S['lede'])}</subtitle>", f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/feed.atom"/>',
           f"<id>{S['url']}/feed.atom</id>", f"<updated>{iso(dt(es[0]['t'], z))}</updated>"]
    stamps = []
    for i, e in enumerate(es):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link rel="alternate" href="{S["url"]}/{slugify(e["h"])}"/>',
                f"<id>tag:{S['url'].split('//')[1]},2023:{S['id']}-{i + 1}</id>", f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        if e["p"]:
            inner = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
            if S["content"] == "xhtml":
                out.append(f'<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">{inner}</div></content>')
            else:
                out.append(f'<content type="html">{esc(inner)}</content>')
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_textarticle(S):
    """Text article with section headings: one entry per section, no per-section time; byline and dateline on top."""
    L = [S["source"].upper(), S["crumb"], "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + lines_for(e["p"])
    L += ["Share: Facebook | X | Telegram | Email", "", "Read next: " + S["more"], "", f"\u00a9 {S['source']}"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_kelmarch(S):
    """Text live blog, OLDEST FIRST, US Eastern time. Date line 'Sunday, Sept. 10, 2023'; each post: a '1:15 a.m. ET'
    line BEFORE the headline, then 'By NAME', then the body."""
    z = S["zone"]
    L = ["Kelmarch Ledger", "World  |  Nation  |  Politics  |  Business  |  Opinion", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{t_ampm(d, dots=True, space=' ')} ET"; stamps.append(st)
        L += [st, e["h"]] + ([f"By {e['a']}"] if e["a"] else []) + [""] + lines_for(e["p"])
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["This live coverage has ended.", "", "Kelmarch Ledger \u00b7 Terms \u00b7 Privacy \u00b7 Do Not Sell My Info"]
    return "\n".join(L) + "\n", stamps


def r_cravenhythe(S):
    """Text live blog, NEWEST FIRST, UK time, NO year anywhere: the title carries 'Saturday 15 July'. Each post: a bare
    '9.05am' line, headline, body, then 'Reporting: NAME'."""
    z = S["zone"]
    L = ["Cravenhythe Times", "Home \u2022 News \u2022 World \u2022 Ukraine \u2022 Sport \u2022 Puzzles", "", S["title"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = t_ampm(d, sep="."); stamps.append(st)
        L += [st, e["h"], ""] + lines_for(e["p"])
        if e["a"]:
            L += [f"Reporting: {e['a']}", ""]
        if i == 2:
            L += ["Get our Ukraine briefing every morning \u2013 sign up", ""]
    L += ["Show earlier posts", "", "Cravenhythe Times \u00b7 Contact \u00b7 Privacy notice"]
    return "\n".join(L) + "\n", [s for s in stamps]


def r_ulvarstone(S):
    """HTML article with h2 sections (one entry each), NewsArticle JSON-LD; visible dateline '15.07.2023 18:40' (Vilnius)."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(),
           "dateModified": d0.isoformat(), "author": {"@type": "Person", "name": S["byline"]},
           "publisher": {"@type": "Organization", "name": "Ulvarstone Monitor"}, "inLanguage": "en"}
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} \u2013 Ulvarstone Monitor</title>", ld(obj), "</head><body>",
           '<header><a class="brand" href="/">Ulvarstone Monitor</a><nav><a>Baltics</a> <a>Ukraine</a> <a>Security</a> <a>Economy</a> <a>LT</a> <a>EN</a></nav></header>',
           f'<main><article><h1>{esc(S["title"])}</h1>', f'<p class="lead"><strong>{esc(S["lede"])}</strong></p>',
           f'<p class="meta"><span class="author">{esc(S["byline"])}</span> \u00b7 <span class="date">{d0:%d.%m.%Y %H:%M}</span></p>']
    for i, e in enumerate(S["entries"]):
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if i == 0:
            out.append('<figure><figcaption>Illustrative photo. Source: Monitor archive</figcaption></figure>')
    out += ['<p class="tags">Tags: Ukraine, Kharkiv region, Lithuania</p></article>',
            '<aside class="related"><h3>Related</h3><a>Vilnius summit: the view from the Baltics</a></aside></main>',
            "<footer>\u00a9 Ulvarstone Monitor. Reproduction only with a link to the source.</footer></body></html>"]
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_rossmurrow(S):
    """HTML live blog, OLDEST FIRST, Kyiv time. Visible bare '09:40' inside <time datetime='...Z'>; a LiveBlogPosting whose
    liveBlogUpdate is a SINGLE object (the latest post only)."""
    z = S["zone"]; es = S["entries"]; first = dt(es[0]["t"], z); last = dt(es[-1]["t"], z)
    e_last = es[-1]
    obj = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "datePublished": first.isoformat(),
           "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
           "liveBlogUpdate": {"@type": "BlogPosting", "headline": e_last["h"], "datePublished": last.isoformat(), "articleBody": " ".join(e_last["p"])}}
    out = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>", ld(obj), "</head><body>",
           '<div class="cookie">This site uses cookies. <button>OK</button> <button>Settings</button></div>',
           '<header>Rossmurrow Journal <nav><a>News</a> <a>War in Ukraine</a> <a>Long reads</a> <a>Newsletter</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>']
    stamps = []
    for i, e in enumerate(es):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="post"><time datetime="{d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="credit"><em>{esc(e["a"])}</em></p>')
        out.append("</div>")
    out += ['<p class="more"><a>Load newer posts</a></p></main>', "<footer>Rossmurrow Journal \u00b7 Independent since 1998 \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


# =====================================================================================================
# PART A: ten single pages (layouts of real outlets; every sentence written for this set)
# =====================================================================================================
SEEDS = []

SEEDS.append(dict(id="5600", name="5600_jsonline-sections", ext="html", source="Milwaukee Journal Sentinel", zone="America/Chicago", render=r_mjs,
  title="Russia-Ukraine war updates: Danube port hit again, UN tallies July's civilian toll",
  byline="Kelsey Marchetti", published="2023-08-03 06:02", updated="2023-08-03 14:17", contrib="Contributing: The Associated Press",
  lede="Russian drones returned to Ukraine\u2019s Danube grain hub overnight, while the United Nations put out new figures on civilian casualties. Here is what we know Thursday:",
  notes="Imitates a Milwaukee Journal Sentinel (Gannett / USA TODAY network) war-updates article in HTML: one page byline "
        "('Kelsey Marchetti' / 'USA TODAY'), the date line 'Published 6:02 a.m. CT Aug. 3, 2023 | Updated 2:17 p.m. CT Aug. 3, 2023', "
        "a lede paragraph, then five h2 sections; NewsArticle JSON-LD with datePublished/dateModified. One entry per h2 section "
        "(headline = the heading), stamp null, published = the 'Published' time (6:02 a.m. CDT = 11:02 UTC) for every section, "
        "not the 'Updated' time; author = the page byline. The closing 'Contributing: The Associated Press' is a credit line, not an entry.",
  not_entries=["'Skip to main content'", "header logo, menu and 'Subscribe' / 'Sign In'", "kicker 'WORLD'", "h1 page title",
               "byline 'Kelsey Marchetti' / 'USA TODAY'", "date line 'Published ... | Updated ...'", "share buttons",
               "lede paragraph 'Russian drones returned ... Here is what we know Thursday:'", "newsletter sign-up box after section 2",
               "'Advertisement' after section 4", "credit line 'Contributing: The Associated Press'",
               "'More from the Journal Sentinel' related links", "footer"],
  entries=[
  E("2023-08-03 06:02", "Drones pound Izmail grain terminals for second night",
    ["Russian attack drones struck grain warehouses and a passenger terminal in the Danube river port of Izmail overnight, the second raid on the town in as many nights, Ukrainian officials said.",
     "Odesa regional governor Oleh Kiper said air defenses shot down most of the drones, but several got through and started fires that burned until daybreak. Nobody was reported killed.",
     "Izmail lies across the river from Romania, a NATO member, and has become one of Ukraine\u2019s main outlets for grain since Russia abandoned the Black Sea shipping deal last month."],
    "strikes", "strikes", 3, "izmail-port-drone-strikes-2023-08-03", a="Kelsey Marchetti"),
  E("2023-08-03 06:02", "UN monitors count hundreds of civilian casualties in July",
    ["At least 180 civilians were killed and more than 700 wounded in Ukraine in July, according to a monthly update from the United Nations human rights monitoring mission.",
     "The mission said most of the casualties were caused by explosive weapons with a wide impact area used in populated places, and that Odesa, Lviv and Kramatorsk were among the worst-hit cities."],
    "other", "humanitarian", 2, "un-monitors-july-civilian-casualties-2023", a="Kelsey Marchetti",
    n="A monthly casualty report rather than one attack: other/humanitarian (LABELS lists war-crimes and civilian reports there)."),
  E("2023-08-03 06:02", "Russia says it thwarted sea drone attack on Black Sea Fleet",
    ["Russia\u2019s defense ministry said its warships destroyed three uncrewed boats that tried to attack Black Sea Fleet vessels southwest of Sevastopol early Thursday.",
     "Ukraine did not comment. Kyiv seldom confirms operations against Crimea, the peninsula Moscow seized in 2014."],
    "strikes", "strikes", 2, "sevastopol-sea-drones-repelled-2023-08-03", a="Kelsey Marchetti"),
  E("2023-08-03 06:02", "Pentagon readies another weapons package",
    ["The Biden administration is preparing a package of artillery shells, mine-clearing equipment and spare parts for Ukraine worth roughly $200 million, two officials familiar with the plans told USA TODAY.",
     "The weapons would come from existing Pentagon stocks under the president\u2019s drawdown authority, and the package could be announced as early as next week."],
    "aid", "aid", 2, "us-drawdown-package-preparation-2023-08", a="Kelsey Marchetti"),
  E("2023-08-03 06:02", "Ukraine hopes Saudi meeting widens support for peace plan",
    ["Senior officials from about 30 countries are expected in Jeddah this weekend for talks on Kyiv\u2019s 10-point peace formula, a meeting to which Russia has not been invited.",
     "Andriy Yermak, the head of Zelenskyy\u2019s office, said Ukraine wanted the gathering to open the way to a leaders\u2019 summit later in the year."],
    "diplomacy", "diplomacy", 2, "jeddah-talks-preview-2023-08-03", a="Kelsey Marchetti"),
  ]))

SEEDS.append(dict(id="5601", name="5601_reviewjournal-world", ext="txt", source="Las Vegas Review-Journal", zone="America/Los_Angeles", render=r_lvrj,
  title="World",
  notes="Imitates the Las Vegas Review-Journal 'Nation and World' / World section listing, copied as plain text. Newest first. Each card: "
        "headline, 'By AGENCY' line, the stamp 'July 10, 2023 - 12:30 pm' (AFTER the headline), teaser paragraphs, 'Read More'. "
        "No zone is printed: Pacific time (PDT, UTC-7) is implied by the outlet. The listing crosses local midnight (Sunday evening "
        "July 9 to Monday July 10, Pacific) while every entry falls on UTC 10 July. Agency credits are the authors. One off-beat item (Japan floods).",
  not_entries=["'Skip to content'", "site name, 'Subscribe', 'Log In'", "menu lines", "weather line 'Las Vegas  Sunny  109\u00b0'", "cookie notice",
               "breadcrumb 'News \u203a Nation and World'", "section title 'World'", "'By AGENCY' lines (author)", "'Read More' after each card",
               "'Advertisement'", "'Load More'", "'Most Popular' list with three local headlines", "newsletter line", "footer line"],
  entries=[
  E("2023-07-10 12:30", "Turkey agrees to forward Sweden's NATO bid, Stoltenberg says",
    ["Turkish President Recep Tayyip Erdogan has agreed to send Sweden\u2019s application to join NATO to the parliament in Ankara for approval, the alliance\u2019s secretary-general said Monday after talks in Vilnius on the eve of a leaders\u2019 summit.",
     "Jens Stoltenberg called the step historic and said it would make every ally safer. Sweden applied alongside Finland after Russia invaded Ukraine, but Turkey had held up its bid for more than a year."],
    "diplomacy", "diplomacy", 3, "turkey-backs-sweden-nato-bid-2023-07-10", a="The Associated Press"),
  E("2023-07-10 09:05", "Biden and Sunak meet in London ahead of NATO summit",
    ["President Joe Biden sat down with British Prime Minister Rishi Sunak at Downing Street on Monday, with Ukraine\u2019s hopes of joining NATO and Washington\u2019s decision to send cluster munitions high on the agenda.",
     "Sunak pointed out that Britain has signed a treaty banning such weapons but said the two leaders were united in backing Kyiv."],
    "diplomacy", "diplomacy", 3, "biden-sunak-london-meeting-2023-07-10", a="Bloomberg"),
  E("2023-07-10 06:35", "Kremlin confirms Putin met Prigozhin days after mutiny",
    ["Vladimir Putin met Wagner chief Yevgeny Prigozhin and dozens of the group\u2019s commanders at the Kremlin five days after their brief armed revolt, the Kremlin\u2019s spokesman said Monday.",
     "Dmitry Peskov said the three-hour meeting took place on June 29 and that the commanders had pledged their loyalty to the president."],
    "other", "politics", 2, "putin-prigozhin-kremlin-meeting", a="The Associated Press"),
  E("2023-07-10 03:10", "Russian shelling kills 4 at aid point in southern Ukraine",
    ["Russian artillery hit a humanitarian aid distribution point in the front-line town of Orikhiv on Monday morning, killing four people and wounding 10, the Zaporizhzhia regional governor said.",
     "Pictures released by emergency workers showed a damaged school building where residents had gathered to collect food parcels."],
    "strikes", "strikes", 3, "orikhiv-aid-point-shelling-2023-07-10", a="The Associated Press"),
  OFF("2023-07-09 22:50", "Japan urges evacuations as record rain floods Kyushu",
    ["Torrential rain lashed Japan\u2019s southern island of Kyushu on Monday, setting off landslides and prompting authorities to urge more than 1 million residents to move to safety.",
     "At least two people were reported missing in Fukuoka prefecture, public broadcaster NHK said."],
    "kyushu-heavy-rain-2023-07-10", a="The Associated Press", n="Japanese weather."),
  E("2023-07-09 19:20", "Kremlin says Turkey broke deal by freeing Azovstal commanders",
    ["Russia accused Turkey of breaking an agreement by letting five Ukrainian commanders who had defended the Azovstal steel plant in Mariupol return home with President Volodymyr Zelenskyy.",
     "Under a prisoner exchange last year the officers were meant to stay in Turkey until the end of the war. Ankara has not responded to the Kremlin\u2019s complaint."],
    "diplomacy", "diplomacy", 2, "azovstal-commanders-return-russian-protest", a="The Associated Press"),
  E("2023-07-09 17:45", "Ukraine reports gains on Bakhmut's flanks",
    ["Ukrainian troops advanced more than a kilometer on both the northern and southern edges of Bakhmut over the past week, Deputy Defense Minister Hanna Maliar said Sunday.",
     "Russian forces took the ruined city in May after months of fighting."],
    "other", "frontline", 2, "bakhmut-flank-advances-2023-07", a="The Associated Press"),
  ]))

SEEDS.append(dict(id="5602", name="5602_staradvertiser-breaking", ext="html", source="Honolulu Star-Advertiser", zone="Pacific/Honolulu", render=r_honolulu,
  title="Breaking News",
  notes="Imitates the Honolulu Star-Advertiser 'Breaking News' category page (WordPress) in HTML. Newest first. Each story: h2 link, "
        "'By Associated Press' (or 'By Star-Advertiser staff'), the stamp 'July 22, 2023 1:30 am' AFTER the headline, excerpt, comment count. "
        "No zone printed: Hawaii time (HST, UTC-10, no daylight saving) implied by the outlet. The page crosses local midnight "
        "(Friday July 21 afternoon to early Saturday July 22, Hawaii) but every entry falls on UTC 22 July. Yoast @graph JSON-LD (CollectionPage) carries no times. "
        "One local off-beat item.",
  not_entries=["top bar 'Subscribe | Log In | E-Edition | Newsletters'", "logo, menu and weather '84\u00b0'", "h1 'Breaking News' (page title)",
               "'By ...' lines (author)", "'N comments' links", "'Advertisement'", "'Older posts'", "sidebar 'Top News' links and newsletter box", "footer"],
  entries=[
  E("2023-07-22 01:30", "Russian war correspondent killed in Zaporizhzhia region, Moscow says",
    ["A correspondent for Russian state news agency RIA Novosti was killed and three other journalists were wounded by Ukrainian shelling in the Zaporizhzhia region, Russia\u2019s defense ministry said Saturday.",
     "The ministry accused Ukrainian forces of using cluster munitions near the village of Pyatykhatky. Kyiv did not immediately respond."],
    "strikes", "strikes", 2, "ria-novosti-correspondent-killed-2023-07-22", a="Associated Press", comments=4),
  E("2023-07-22 00:10", "Drones strike farm warehouses in Odesa region",
    ["Russian drones hit an agricultural company in Ukraine\u2019s Odesa region early Saturday, destroying about 100 tons of peas and wounding two workers, the regional governor said.",
     "It was the fifth day in a row of Russian attacks on the southern region since Moscow pulled out of the deal that let Ukraine ship grain across the Black Sea."],
    "strikes", "strikes", 3, "odesa-region-farm-drone-strike-2023-07-22", a="Associated Press", comments=2),
  E("2023-07-21 22:55", "Poland shifts troops east as Wagner fighters train in Belarus",
    ["Poland has begun moving more than 1,000 soldiers and their equipment toward its eastern border, the defense minister said, after Wagner mercenaries were filmed training Belarusian troops near the frontier.",
     "Mariusz Blaszczak called the deployment a precaution and said Warsaw was watching its neighbor closely."],
    "other", "security", 2, "poland-troops-east-wagner-belarus-2023-07", a="Associated Press", comments=11),
  E("2023-07-21 20:15", "Russia's Black Sea Fleet stages drills after quitting grain deal",
    ["Russian warships fired anti-ship missiles at a floating target in the northwestern Black Sea during exercises meant to practice closing off shipping, the defense ministry in Moscow said.",
     "The drills came days after Russia warned that any vessel heading for a Ukrainian port could be treated as carrying military cargo."],
    "other", "security", 2, "black-sea-fleet-drills-2023-07-21", a="Associated Press", comments=0, n="Drills -> other/security (LABELS)."),
  E("2023-07-21 17:40", "UN Security Council hears calls to revive grain deal",
    ["Diplomats urged Russia at a Security Council meeting on Friday to return to the Black Sea grain agreement, warning that hunger would spread if Ukrainian exports stayed blocked.",
     "Russia\u2019s deputy ambassador Dmitry Polyanskiy said Moscow would consider rejoining only once its own demands on food and fertilizer exports were met."],
    "diplomacy", "diplomacy", 3, "unsc-grain-deal-meeting-2023-07-21", a="Associated Press", comments=6),
  OFF("2023-07-21 14:40", "Big Island crews clear roads after storm remnants",
    ["County road crews spent Friday clearing mud and fallen branches from roads on the windward side of Hawaii island after heavy showers from the remnants of a tropical storm.",
     "No injuries were reported, and a flash flood warning was allowed to expire in the afternoon."],
    "big-island-storm-cleanup-2023-07", a="Star-Advertiser staff", n="local weather.", comments=1),
  ]))

SEEDS.append(dict(id="5603", name="5603_leaderpost-live", ext="txt", source="Regina Leader-Post", zone="America/Regina", render=r_leaderpost,
  title="Russia-Ukraine war: Latest developments",
  standfirst="Drone debris near Izmail, Canadian money for F-16 training and a Kremlin date for Putin and Erdogan",
  authors_line="Reuters, The Canadian Press, Agence France-Presse",
  notes="Imitates a Regina Leader-Post (Postmedia) live-updates article copied as plain text, with Postmedia chrome ('Author of the article:', "
        "'Published Sep 02, 2023  \u2022  Last updated 1 hour ago', repeated 'Article content' lines, 'Advertisement 1/2', 'Story continues below'). "
        "Newest first. Each post: a bare time line '5:20 p.m.' BEFORE the headline, the body, then an agency credit line '\u2014 Reuters' AFTER the body "
        "(the credit is the author). Times carry no zone and no date: the date comes from 'Published Sep 02, 2023' and the zone is Saskatchewan's "
        "(America/Regina: CST all year, UTC-6, no daylight saving), implied by the outlet's home.",
  not_entries=["'Skip to Content', site name, 'Subscribe', 'Sign In'", "menu lines", "'Advertisement 1' / 'Advertisement 2' and 'Story continues below'",
               "breadcrumb 'News' / 'World'", "page title line", "standfirst line", "'Author of the article:' and the agency list",
               "'Published Sep 02, 2023 \u2022 Last updated 1 hour ago \u2022 4 minute read'", "'Join the conversation'", "save-article line",
               "'Share this Story : ...' and the share labels", "every 'Article content' line", "credit lines '\u2014 AGENCY' (author, not body)",
               "'Share this article in your social network'", "'Trending' with two local headlines", "comments policy", "copyright line"],
  entries=[
  E("2023-09-02 17:20", "Drone debris damages homes near Izmail, governor says",
    ["Falling drone debris damaged several houses in a village outside the Danube port of Izmail on Saturday, the Odesa regional governor said, as air defences fought off another Russian attack on the area.",
     "Two people were treated for minor injuries. Romania\u2019s defence ministry said it had recorded no breach of its airspace."],
    "strikes", "strikes", 2, "izmail-area-drone-attack-2023-09-02", a="Reuters"),
  E("2023-09-02 15:05", "Canada to fund training for Ukrainian F-16 pilots",
    ["Canada will put $20 million toward training Ukrainian pilots and ground crews on F-16 fighter jets, Defence Minister Bill Blair said in a statement on Saturday.",
     "Canadian instructors are already helping to run English-language courses for the pilots, who are expected to start flight training in Europe later this year."],
    "aid", "aid", 2, "canada-f16-training-funding-2023-09", a="The Canadian Press"),
  E("2023-09-02 12:40", "Ukraine says troops widen breach near Robotyne",
    ["Ukrainian forces pushed further past the village of Robotyne in the southern Zaporizhzhia region and were attacking Russian positions near Verbove, a senior commander said on Saturday.",
     "He said Russian units were pulling reserves from other parts of the front to plug the gap."],
    "other", "frontline", 2, "robotyne-verbove-advance-2023-09", a="Agence France-Presse"),
  E("2023-09-02 10:10", "Kremlin confirms Putin and Erdogan will meet in Sochi",
    ["Russian President Vladimir Putin will host Turkish President Tayyip Erdogan in Sochi on Monday, the Kremlin said, with the collapsed Black Sea grain agreement expected to dominate their talks.",
     "Ankara has been pressing Moscow to return to the deal, which Russia quit in July."],
    "diplomacy", "diplomacy", 3, "putin-erdogan-sochi-meeting-announced", a="Reuters", n="Head-of-state diplomacy -> importance 3."),
  E("2023-09-02 08:25", "Regina group says dozens of Ukrainian families still need housing",
    ["About 40 Ukrainian families who arrived in Regina this summer are still living in temporary accommodation, according to the local branch of the Ukrainian Canadian Congress.",
     "Volunteers said rental vacancies in the city remain scarce and asked landlords with empty units to get in touch."],
    "other", "humanitarian", 2, "regina-ukrainian-newcomers-housing", a="Leader-Post staff"),
  E("2023-09-02 06:15", "Russia says air defences downed drones over Bryansk",
    ["Russian air defences destroyed two Ukrainian drones over the Bryansk region, which borders Ukraine, the regional governor said on Saturday, adding that no one was hurt."],
    "strikes", "strikes", 2, "bryansk-drones-downed-2023-09-02", a="Reuters"),
  ]))

SEEDS.append(dict(id="5604", name="5604_goldcoastbulletin-live", ext="txt", source="Gold Coast Bulletin", zone="Australia/Brisbane", render=r_gcb,
  title="Moscow towers hit in overnight drone attack: live updates",
  standfirst="Drones have slammed into office blocks in the Russian capital, while Saudi Arabia prepares to host talks on the war.",
  byline="Staff writers and wires", parse_args=["--date", "2023-07-30"],
  notes="Imitates a Gold Coast Bulletin (News Corp Australia) live-coverage page copied as plain text. OLDEST FIRST. Each post: a bare time "
        "line '10:15am' BEFORE the headline, an author line after it ('AFP', 'Reuters' or a staff name), then the body. The page prints one day header "
        "'Sunday, July 30' and NO year anywhere (hence parse_args --date 2023-07-30). Times are Queensland time (AEST, UTC+10, no daylight saving), "
        "implied by the outlet; the posts run 10:15am to 8:40pm, i.e. 00:15 to 10:40 UTC on 30 July. A 'Key points' box lists two exact post "
        "headlines (entries 01 and 06). The page byline 'Staff writers and wires' is chrome because every post has its own author line. One off-beat item (Matildas).",
  not_entries=["site name, 'Subscribe', 'Log in', 'Search'", "menu lines", "'Breaking News' / 'World' breadcrumb", "page title line", "standfirst line",
               "page byline 'Staff writers and wires', '3 min read', 'Updated 8:40pm', 'Share'", "'Follow World ...' line",
               "'Key points' header and its two headline lines (they repeat entries 01 and 06)", "day header 'Sunday, July 30'",
               "author lines under each headline (author)", "'Advertisement'", "'Refresh for the latest'", "'Join the conversation' and the comments line",
               "'More related stories' with two links", "footer line"],
  entries=[
  E("2023-07-30 10:15", "Drones hit Moscow business district",
    ["Drones struck two office towers in Moscow\u2019s financial district before dawn on Sunday, blowing out windows several floors up, Russian authorities said.",
     "Mayor Sergei Sobyanin said one security guard was hurt. The defence ministry blamed Kyiv and said a third drone was brought down on the edge of the city.",
     "Flights at Vnukovo airport were briefly suspended."],
    "strikes", "strikes", 3, "moscow-city-drone-attack-2023-07-30", a="AFP", kp=True),
  E("2023-07-30 11:40", "Next Bushmasters ready to ship, Marles says",
    ["Australia\u2019s next batch of Bushmaster armoured vehicles for Ukraine is being readied for shipping, Defence Minister Richard Marles told reporters in Brisbane on Sunday.",
     "Canberra promised another 30 of the vehicles at the NATO summit in Vilnius this month, taking its total pledge to 120."],
    "aid", "aid", 2, "australia-bushmaster-shipment-2023-07", a="Jade Tollerson"),
  E("2023-07-30 13:20", "Russian shelling kills two in Kherson",
    ["Two people were killed when Russian shells landed in a residential part of Kherson early on Sunday, the regional military administration said.",
     "The southern city, retaken by Ukraine last November, comes under fire from across the Dnipro River almost every day."],
    "strikes", "strikes", 2, "kherson-shelling-2023-07-30", a="Reuters"),
  OFF("2023-07-30 16:25", "Matildas fans pack flights south for do-or-die Canada clash",
    ["Gold Coast football fans are heading to Melbourne in their thousands for Monday night\u2019s World Cup group decider between the Matildas and Canada, with airlines adding extra seats."],
    "matildas-canada-fans-travel", a="Lachlan Beveridge", n="Women's World Cup."),
  E("2023-07-30 17:50", "Russia scales back Navy Day as drone threat looms",
    ["Russia marked its annual Navy Day on Sunday with a slimmed-down programme, cancelling the traditional parade in Sevastopol for security reasons, officials said.",
     "President Vladimir Putin watched warships sail past in St Petersburg."],
    "other", "security", 2, "russia-navy-day-scaled-back-2023", a="AFP", n="Security measures against attacks, no attack reported: other/security."),
  E("2023-07-30 18:50", "Saudi Arabia to host Ukraine peace talks next weekend",
    ["Saudi Arabia plans to host national security advisers from about 30 countries, including India and Brazil, for talks on ending the war in Ukraine in the port city of Jeddah, diplomats briefed on the plans said.",
     "Russia will not take part. Kyiv hopes the meeting will win support for its peace formula among countries that have stayed neutral."],
    "diplomacy", "diplomacy", 3, "jeddah-talks-announced-2023-07", a="Reuters", kp=True),
  E("2023-07-30 20:40", "Zelensky says war is 'returning' to Russia",
    ["President Volodymyr Zelensky said the war was gradually coming back to Russian territory, calling this natural and just, after the overnight drone attack on Moscow.",
     "He was speaking during a visit to the western city of Ivano-Frankivsk."],
    "strikes", "strikes", 2, "moscow-city-drone-attack-2023-07-30", a="AFP",
    n="Reaction whose content is the Moscow drone attack itself: same story as 5604-01, strikes."),
  ]))

SEEDS.append(dict(id="5605", name="5605_budapesttimes-feed", ext="xml", source="Budapest Times", zone="Europe/Budapest", render=r_budapest,
  title="Budapest Times",
  notes="Imitates the Budapest Times WordPress RSS 2.0 feed. Newest first. pubDate is printed in +0000 (UTC, as WordPress does); the page zone for "
        "published_local is Budapest's (CEST, UTC+2). dc:creator in CDATA ('MTI' is the Hungarian news agency credit, 'BT' the paper's desk). "
        "The full text sits in <description> (CDATA HTML) and every item ends with the WordPress line 'The post TITLE appeared first on Budapest Times.', "
        "which is chrome and not counted in body_paragraphs. Two local off-beat items.",
  not_entries=["channel title, link, description, lastBuildDate, language, sy:update*, generator", "<category> values, <guid>, <comments>, wfw:commentRss, slash:comments",
               "the closing 'The post ... appeared first on Budapest Times.' paragraph of every item"],
  entries=[
  E("2023-08-17 21:40", "Szijjártó: no EU arms money while OTP stays on Kyiv's blacklist",
    ["Hungary will keep blocking the next tranche of EU reimbursements for weapons sent to Ukraine until Kyiv removes OTP Bank from its list of so-called international sponsors of war, Foreign Minister Péter Szijjártó said on Thursday.",
     "Speaking after a meeting with Central European counterparts, Szijjártó said the listing of Hungary\u2019s largest bank was unacceptable and had damaged trust between the two neighbours."],
    "aid", "aid", 2, "hungary-blocks-epf-tranche-otp", a="MTI", sec=["diplomacy"], cat="Politics", tags=["Ukraine", "EU"],
    n="Funding decision/debate over arms reimbursements for Ukraine -> aid primary, diplomacy secondary."),
  E("2023-08-17 18:15", "Budapest repeats call for restored minority rights in Transcarpathia",
    ["The government has again urged Kyiv to restore the language rights of the Hungarian community in Ukraine\u2019s Transcarpathia region, saying new rules for minority schools fall short of what was promised.",
     "Ukraine\u2019s education ministry says the changes bring its law into line with European standards and form part of its preparations for EU membership talks."],
    "diplomacy", "diplomacy", 2, "transcarpathia-minority-rights-dispute", a="BT", cat="Politics", tags=["Ukraine"]),
  E("2023-08-17 15:30", "Orbán repeats call for immediate ceasefire",
    ["Prime Minister Viktor Orbán said on Thursday that neither side could win the war in Ukraine on the battlefield and called for an immediate ceasefire followed by peace talks.",
     "He made the remarks in an interview ahead of Sunday\u2019s national holiday, adding that Hungary would stay out of the conflict."],
    "diplomacy", "diplomacy", 2, "orban-ceasefire-call-2023-08-17", a="MTI", cat="Politics"),
  E("2023-08-17 12:05", "Number of Ukrainians under temporary protection edges up",
    ["Some 36,000 people from Ukraine were living in Hungary under temporary protection at the end of July, slightly more than at the start of the year, according to the immigration authority.",
     "Most are women and children, and around a third also hold Hungarian citizenship, the office said."],
    "other", "humanitarian", 2, "hungary-temporary-protection-figures", a="Dóra Kelemenffy", cat="Society"),
  OFF("2023-08-17 10:20", "Athletics worlds: new stadium ready for Saturday's opening",
    ["Organisers of the World Athletics Championships say the new national athletics stadium in south Budapest is ready to welcome some 2,000 athletes when the event opens on Saturday."],
    "budapest-athletics-worlds-opening", a="BT", cat="Sport", n="sport."),
  OFF("2023-08-17 08:10", "St Stephen's Day fireworks to go ahead with storm plan",
    ["The traditional fireworks over the Danube on 20 August will go ahead as planned, the government said, adding that a detailed storm plan is in place after last year\u2019s show had to be postponed because of a weather warning."],
    "st-stephens-day-fireworks-2023", a="BT", cat="Budapest", n="national holiday event."),
  ]))

SEEDS.append(dict(id="5606", name="5606_hespress-world", ext="html", source="Hespress English", zone="Africa/Casablanca", render=r_hespress,
  title="World",
  notes="Imitates the Hespress English 'World' category page in HTML (language links in Arabic and French in the top bar). Newest first. Each card: "
        "h3 headline, then 'Hespress English - AUTHOR' and the stamp 'Sunday 6 August 2023 - 22:10' (AFTER the headline), excerpt. No zone printed: "
        "Morocco time (UTC+1 in August 2023) implied by the outlet. Author = the name after 'Hespress English - ' ('Agencies' is the wire credit). "
        "JSON-LD is a WebSite block only (no times). One local off-beat item (heat alert); the wheat-subsidy item is a war knock-on, not off-beat.",
  not_entries=["language links (Arabic, French, English)", "logo, menu, 'Search'", "category title 'World'", "'Hespress English - ...' author lines (author)",
               "'Advertisement'", "'Load more'", "footer"],
  entries=[
  E("2023-08-06 22:10", "Jeddah talks on Ukraine end without joint statement",
    ["Two days of talks in Jeddah on a path to peace in Ukraine ended on Sunday without a final communiqué, although participants agreed to keep consulting, according to diplomats who attended.",
     "Saudi Arabia hosted officials from around 40 countries, including China, India and Brazil. Russia was not invited and dismissed the meeting as doomed to fail."],
    "diplomacy", "diplomacy", 3, "jeddah-ukraine-talks-2023-08-05-06", a="Agencies"),
  E("2023-08-06 19:45", "Moscow vows response after sea drone hits tanker near Kerch Strait",
    ["Russia\u2019s foreign ministry promised a response to what it called a terrorist attack on a tanker near the Kerch Strait, after a Ukrainian sea drone struck the vessel late on Friday.",
     "The tanker\u2019s crew was reported unharmed and the ship was towed into port, Russian officials said."],
    "strikes", "strikes", 2, "kerch-strait-tanker-sea-drone-2023-08-04", a="Agencies"),
  E("2023-08-06 16:30", "Morocco extends wheat import subsidy as Black Sea supply tightens",
    ["Morocco will keep subsidising imports of soft wheat until the end of the year to shield bread prices, the government said, citing tight world supply since Russia abandoned the Black Sea grain deal."],
    "other", "politics", 2, "morocco-wheat-subsidy-extension-2023", a="Karim Oulhaj", n="Domestic economic effect of the war: other/politics, not off-beat."),
  E("2023-08-06 13:05", "Russian air strike hits blood transfusion centre in Kupiansk",
    ["A Russian guided bomb struck a blood transfusion centre in the town of Kupiansk in Ukraine\u2019s Kharkiv region on Sunday, killing two staff members and wounding 10, Ukrainian officials said.",
     "President Volodymyr Zelensky condemned the attack as a war crime and posted video of the burning building."],
    "strikes", "strikes", 3, "kupiansk-blood-centre-strike-2023-08-06", a="Agencies"),
  OFF("2023-08-06 10:20", "Heat alert: up to 47 degrees expected in several provinces",
    ["The national weather service has issued a red alert for extreme heat from Sunday to Wednesday, with temperatures of 44 to 47 degrees Celsius expected in several inland provinces."],
    "morocco-heat-alert-2023-08", a="Sara Benkirane", n="Moroccan weather."),
  E("2023-08-06 08:30", "Jeddah meeting enters second day with China at the table",
    ["Delegations gathered in Jeddah on Sunday for a second day of discussions on ending the war in Ukraine, with China\u2019s special envoy taking part after skipping a similar meeting in Copenhagen in June."],
    "diplomacy", "diplomacy", 3, "jeddah-ukraine-talks-2023-08-05-06", a="Agencies", n="Same meeting as 5606-01."),
  ]))

SEEDS.append(dict(id="5607", name="5607_graphic-feed", ext="xml", source="Daily Graphic", zone="Africa/Accra", render=r_graphic,
  title="International News - Graphic Online",
  notes="Imitates the Daily Graphic (Graphic Online, Joomla + K2) international-news RSS 2.0 feed. Newest first. pubDate +0000 (Ghana is UTC+0 "
        "all year). The author is printed Joomla-style as '<author>webmaster@graphic.com.gh (Reuters)</author>': author = the name in brackets. "
        "The description (CDATA) holds a K2 image div, the intro paragraph in 'K2FeedIntroText' and the rest in 'K2FeedFullText'; body_paragraphs "
        "counts intro + full-text paragraphs. One off-beat item (Nairobi climate summit).",
  not_entries=["XML generator comment", "channel title, description, link, lastBuildDate, generator, language", "K2 image markup (img alt repeats the title)",
               "<guid>, <category> values", "the e-mail part of <author>"],
  entries=[
  E("2023-09-04 19:40", "Putin: grain deal can return once West meets Russia's demands",
    ["Russian President Vladimir Putin said on Monday that Moscow would rejoin the Black Sea grain deal only when the West kept its promises to ease restrictions on Russian farm exports.",
     "He spoke after talks with Turkish President Tayyip Erdogan in the Black Sea resort of Sochi, where the Turkish leader urged him to revive the arrangement.",
     "Putin also said Russia was close to a deal to send up to a million tonnes of discounted grain to Turkey for processing and onward delivery to poorer countries."],
    "diplomacy", "diplomacy", 3, "putin-erdogan-sochi-talks-2023-09-04", a="Reuters"),
  E("2023-09-04 15:10", "Erdogan arrives in Sochi hoping to revive Black Sea deal",
    ["Turkish President Tayyip Erdogan landed in Sochi on Monday for his first face-to-face meeting with Vladimir Putin in almost a year, saying he hoped to get Ukrainian grain moving across the Black Sea again."],
    "diplomacy", "diplomacy", 3, "putin-erdogan-sochi-talks-2023-09-04", a="AFP", n="Same meeting as 5607-01 (arrival report)."),
  E("2023-09-04 13:25", "Romania checks reports of drone fragments near Danube border",
    ["Romania\u2019s defence ministry said on Monday it was checking reports that parts of a drone had fallen on its territory during an overnight Russian attack on Ukrainian ports across the Danube.",
     "Ukraine\u2019s foreign ministry said Russian drones had crashed and exploded on Romanian soil, which Bucharest at first denied."],
    "strikes", "strikes", 2, "izmail-drone-attack-2023-09-04", a="Reuters", sec=["diplomacy"],
    n="About the overnight attack on Izmail (debris of the same attack): same story as 5607-05."),
  E("2023-09-04 11:30", "Students back from Ukraine appeal for placement",
    ["Ghanaian students whose medical training in Ukraine was cut short by the war have appealed to the government to help them finish their studies at home or abroad.",
     "A spokesperson for the group said about 150 students were still waiting for placement more than a year after they were evacuated."],
    "other", "humanitarian", 2, "ghanaian-students-from-ukraine-placement", a="Kwabena Adutwum", cat="General News"),
  E("2023-09-04 09:50", "Russian drones hit Danube port of Izmail overnight",
    ["Russian drones attacked the Ukrainian port of Izmail for more than three hours overnight, damaging grain facilities and wounding two people, Ukrainian officials said on Monday."],
    "strikes", "strikes", 3, "izmail-drone-attack-2023-09-04", a="Reuters"),
  E("2023-09-04 08:20", "Zelensky moves to replace defence minister Reznikov",
    ["Ukrainian President Volodymyr Zelensky said he would replace Defence Minister Oleksii Reznikov, arguing that the ministry needed new approaches after more than 550 days of full-scale war.",
     "He nominated Rustem Umerov, head of Ukraine\u2019s State Property Fund, for the post. Parliament has to approve the change."],
    "other", "politics", 3, "reznikov-replaced-umerov-nominated", a="AFP", n="Wartime change of defence minister: a main development of the day (importance 3)."),
  OFF("2023-09-04 07:05", "Africa Climate Summit opens in Nairobi",
    ["African leaders gathered in Nairobi on Monday for the continent\u2019s first climate summit, seeking more money for clean energy and for coping with droughts and floods."],
    "africa-climate-summit-nairobi-2023", a="AFP", n="climate summit."),
  ]))

SEEDS.append(dict(id="5608", name="5608_armenianweekly-roundup", ext="txt", source="The Armenian Weekly", zone="America/New_York", render=r_aweekly,
  title="News in Brief: Pashinyan questions Russian alliance; Rome Statute heads to parliament", byline="Weekly Staff", dateline_t="2023-09-03 12:40",
  notes="Imitates an Armenian Weekly news-in-brief round-up copied as plain text. The items have NO headlines and no times of their own: each item "
        "is one or two paragraphs that open with a capitalised dateline ('YEREVAN \u2014'), items are separated by '***'. Every item is one entry "
        "with headline null, stamp null, published = the page's date line 'September 3, 2023 at 12:40 pm'. The Weekly is published in Watertown, "
        "Massachusetts, so the time is US Eastern (EDT, UTC-4; 16:40 UTC), implied by the outlet's home. Page byline 'Weekly Staff' as author. "
        "Two off-beat items (Lachin corridor blockade, AYF Olympics): Armenian news not about the Russia-Ukraine war.",
  not_entries=["'Skip to content', site name, 'Menu', 'Search'", "menu lines", "section label 'News'", "title line", "byline 'By Weekly Staff'",
               "date line 'September 3, 2023 at 12:40 pm'", "'0 Comments'", "share line", "'***' separators", "author box 'Weekly Staff' / 'The Armenian Weekly newsroom.'",
               "'Related Posts' with two links", "'Leave a Reply' and the e-mail notice", "copyright line"],
  entries=[
  E("2023-09-03 12:40", None,
    ["YEREVAN \u2014 Prime Minister Nikol Pashinyan said Armenia had made a strategic mistake by relying almost entirely on Russia for its security, arguing that Moscow\u2019s war in Ukraine had left it unable or unwilling to honor its commitments.",
     "In an interview with an Italian newspaper, Pashinyan said Russia\u2019s capabilities had changed because of the war and that Armenia was now looking to diversify its partnerships."],
    "diplomacy", "diplomacy", 3, "pashinyan-interview-russia-reliance", a="Weekly Staff", n="Head of government on alliance politics, tied to the war by his own argument."),
  E("2023-09-03 12:40", None,
    ["YEREVAN \u2014 The government has sent the Rome Statute of the International Criminal Court to parliament for ratification, a step that would oblige Armenia to arrest Russian President Vladimir Putin if he entered the country while the court\u2019s warrant stands.",
     "Moscow has warned that ratification would be an unfriendly act. Armenian officials say the move is meant to protect Armenia against Azerbaijani aggression and is not aimed at Russia."],
    "diplomacy", "diplomacy", 2, "armenia-rome-statute-ratification", a="Weekly Staff", n="Treaty step tied to the ICC warrant over the war -> diplomacy."),
  E("2023-09-03 12:40", None,
    ["YEREVAN \u2014 Armenia will send a shipment of humanitarian aid to Ukraine, including medicine and supplies for hospitals, the foreign ministry announced on Saturday."],
    "aid", "aid", 2, "armenia-humanitarian-aid-to-ukraine", a="Weekly Staff"),
  E("2023-09-03 12:40", None,
    ["YEREVAN \u2014 Armenian exports to Russia more than doubled in the first half of the year, according to customs figures, as Western governments press Yerevan to stop sanctioned goods from reaching Russian arms makers."],
    "diplomacy", "diplomacy", 2, "armenia-russia-trade-sanctions-concerns", a="Weekly Staff", n="Sanctions enforcement -> diplomacy."),
  OFF("2023-09-03 12:40", None,
    ["STEPANAKERT \u2014 A convoy of trucks carrying flour and medicine was still stuck at the entrance to the Lachin corridor this week, as the blockade of Nagorno-Karabakh entered its ninth month."],
    "lachin-corridor-blockade-aid-convoy", a="Weekly Staff", n="Karabakh blockade, not the Russia-Ukraine war."),
  OFF("2023-09-03 12:40", None,
    ["WATERTOWN \u2014 Hundreds of athletes from chapters across the Eastern United States competed over the Labor Day weekend in the annual AYF Olympics, which wrap up on Monday."],
    "ayf-olympics-labor-day-2023", a="Weekly Staff", n="community sport."),
  ]))

SEEDS.append(dict(id="5609", name="5609_herald-world", ext="html", source="The Herald", zone="Africa/Harare", render=r_herald,
  title="World",
  notes="Imitates The Herald (Zimbabwe, Zimpapers) 'World' category page (WordPress) in HTML. Newest first. Each story: h2 link, then the stamp "
        "'28 Jul, 2023 - 20:15' with a '0 Views' counter (AFTER the headline), an author line ('Herald Correspondent', 'Herald Reporter', 'AFP', "
        "'Xinhua'), an excerpt and 'Read More \u00bb'. No zone printed: Harare time (CAT, UTC+2) implied. A top-bar clock prints the day "
        "('Friday, July 28, 2023'). Yoast @graph JSON-LD has no times. One local off-beat item (election ballots).",
  not_entries=["top-bar date 'Friday, July 28, 2023', 'ePaper', 'Subscribe'", "site title, tagline and menu", "page title 'World'", "'0 Views' counters",
               "author lines (author)", "'Read More \u00bb' links", "'Advertisement'", "'Next Page \u00bb'", "sidebar 'Latest' links and newsletter box", "footer"],
  entries=[
  E("2023-07-28 20:15", "African leaders press Putin on peace plan, grain at summit",
    ["African heads of state used the second day of the Russia-Africa summit in St Petersburg on Friday to press President Vladimir Putin to consider their peace initiative for Ukraine and to restore grain exports across the Black Sea.",
     "President Mnangagwa, who attended the talks, said Africa wanted the war to end because the continent was paying for it through high food and fuel prices."],
    "diplomacy", "diplomacy", 3, "russia-africa-summit-peace-initiative-2023-07-28", a="Herald Correspondent"),
  E("2023-07-28 17:30", "Zimbabwe welcomes Russian grain pledge",
    ["Government has welcomed Russia\u2019s offer to send free grain to Zimbabwe and five other African countries, saying the consignment will ease pressure on national food reserves.",
     "President Putin told the summit on Thursday that Moscow would ship between 25 000 and 50 000 tonnes to each of the six countries over the next few months."],
    "diplomacy", "diplomacy", 2, "russia-free-grain-pledge-africa", a="Herald Correspondent", sec=["aid"],
    n="Grain to a non-party announced at a summit: diplomacy (LABELS' aid is support to a party of the war); aid secondary."),
  E("2023-07-28 14:05", "Missile hits Russian port city of Taganrog",
    ["A missile struck the centre of Taganrog in southern Russia on Friday, injuring about a dozen people and damaging a museum and a cafe, regional officials said.",
     "Russia\u2019s defence ministry said the missile had been shot down and debris fell on the city, and blamed Ukraine."],
    "strikes", "strikes", 2, "taganrog-missile-2023-07-28", a="AFP"),
  E("2023-07-28 11:40", "Russian missile hits Dnipro high-rise",
    ["A Russian missile struck a multi-storey residential building and a security service office in the central Ukrainian city of Dnipro on Friday morning, injuring at least nine people, local authorities said."],
    "strikes", "strikes", 3, "dnipro-missile-strike-2023-07-28", a="Xinhua"),
  OFF("2023-07-28 09:20", "ZEC completes ballot printing ahead of harmonised elections",
    ["The Zimbabwe Electoral Commission says printing of ballot papers for next month\u2019s harmonised elections is complete and distribution to the provinces will start next week."],
    "zec-ballot-printing-2023", a="Herald Reporter", n="Zimbabwean elections."),
  E("2023-07-28 07:30", "Russian forces repel attacks in Zaporizhzhia, Moscow says",
    ["Russia\u2019s defence ministry said on Friday that its troops had repelled several Ukrainian attacks in the Zaporizhzhia region, as Western officials said Kyiv had sent fresh reserves into its southern counter-offensive."],
    "other", "frontline", 2, "zaporizhzhia-front-attacks-repelled-2023-07-28", a="Xinhua"),
  ]))


# =====================================================================================================
# PART B, day 1: Saturday 2023-09-09 (UTC)
# =====================================================================================================
D1 = "Day 1 (2023-09-09 UTC): 5620, 5621, 5622, 5623, 5624."
PAV = "pavlohrad-missile-strike-2023-09-09"
G20 = "g20-delhi-declaration-ukraine-wording-2023-09"
VOTE = "occupied-regions-russian-run-elections-2023-09"
MARH = "marhanets-shelling-2023-09-09"

SEEDS.append(dict(id="5620", name="5620_talgarrow-textlive", ext="txt", source="Talgarrow Evening Post", zone="Europe/London", render=r_talgarrow,
  title="Ukraine live: Pavlohrad hit by missiles as G20 settles on softer wording",
  dateline="Live \u00b7 Saturday 9 September 2023 \u00b7 All times BST",
  lede="Follow the day\u2019s developments from Ukraine and the G20 summit in New Delhi.",
  notes="Invented outlet. Text live blog, NEWEST FIRST. Each post: headline, body, then a signature line '\u2014 NAME, 15.42' (author glued to a "
        "dotted 24-hour time, AFTER the body); the date comes from the page line 'Saturday 9 September 2023', times are BST (UTC+1). Entry 05 is a "
        "video teaser without body; entry 02 is the day's theme piece (analysis). " + D1,
  not_entries=["masthead and menu", "title line", "date line 'Live \u00b7 Saturday 9 September 2023 \u00b7 All times BST'", "lede line",
               "'Sponsored content'", "closing line 'End of today's coverage ...'", "footer"],
  entries=[
  E("2023-09-09 21:35", "Zelensky: more air defence promised before winter",
    ["Volodymyr Zelensky said in his nightly address that several partners had promised additional air defence systems before the cold season, without naming them.",
     "He expects Russia to resume mass strikes on the power grid as temperatures fall, he said, and every system delivered in autumn would save lives in winter."],
    "aid", "aid", 2, "zelensky-air-defence-before-winter", a="Nia Rowcliffe",
    n="Appeal/promise of air defence -> aid. Same theme as the Lithuanian ammunition (5623-05) but a different event: must not merge."),
  E("2023-09-09 18:10", "Analysis: why Russia keeps targeting the Dnipro region's rail hubs",
    ["Pavlohrad is not a random target. The town sits on the railway that carries fuel, ammunition and troops from central Ukraine towards the Donetsk front, and Russian planners have hit its yards and depots repeatedly since spring.",
     "Military analysts say the aim is to slow the flow of supplies rather than to destroy any single site, which is why the same junctions are struck again and again.",
     "Air defence around smaller rail towns remains thin, because Ukraine keeps its scarce systems around big cities and power plants."],
    "strikes", "strikes", 2, "analysis-dnipro-region-rail-hub-strikes", a="Hal Pettigrew",
    n="Theme piece (analysis with body): own story, importance 2; must not merge with the Pavlohrad strike it uses as its hook."),
  E("2023-09-09 15:42", "Russian-run votes in occupied regions enter second day",
    ["Polling stations set up by Russian-installed authorities in the occupied parts of the Donetsk, Luhansk, Zaporizhzhia and Kherson regions stayed open for a second day of local elections that Kyiv and its allies call illegitimate.",
     "Ukrainian officials said residents were being pushed to vote, with election workers going door to door accompanied by armed men."],
    "other", "politics", 3, VOTE, a="Nia Rowcliffe", sec=["diplomacy"]),
  E("2023-09-09 12:50", "G20 statement stops short of blaming Russia for the war",
    ["Leaders meeting in New Delhi adopted a joint declaration that refers to the war in Ukraine and calls on all states to refrain from seizing territory by force, but does not name Russia as the aggressor.",
     "Western diplomats said the compromise was the price of getting any agreed text at all, with Russia and China unwilling to accept the sharper language used at last year\u2019s summit in Bali."],
    "diplomacy", "diplomacy", 3, G20, a="Hal Pettigrew"),
  E("2023-09-09 10:05", "Watch: rescuers search the rubble in Pavlohrad", [],
    "strikes", "strikes", 1, PAV, a="Hal Pettigrew", n="Video teaser without body -> importance 1."),
  E("2023-09-09 08:20", "Missiles hit Pavlohrad, killing two",
    ["Two people were killed and at least 15 injured when Russian missiles struck Pavlohrad in the Dnipropetrovsk region before dawn, the regional governor said.",
     "Serhiy Lysak said an industrial site and a five-storey apartment block were hit, and several houses nearby lost their roofs."],
    "strikes", "strikes", 3, PAV, a="Hal Pettigrew"),
  E("2023-09-09 06:45", "Ukraine says it retook ground south of Bakhmut",
    ["Ukrainian forces recaptured about two square kilometres of land south of Bakhmut over the past week, a spokesman for the eastern command said on Saturday morning.",
     "Russian troops kept up their attacks near Kupiansk further north, he added."],
    "other", "frontline", 2, "bakhmut-south-advance-2023-09-09", a="Nia Rowcliffe"),
  ]))

SEEDS.append(dict(id="5621", name="5621_brisnock-htmllive", ext="html", source="Brisnock Herald", zone="Europe/Kyiv", render=r_brisnock,
  title="Ukraine war live: Pavlohrad strike, occupation ballots, G20 text criticised", url="https://brisnockherald.example/live/2023-09-09-ukraine",
  lede="Our correspondents in Kyiv and Dnipro follow the day as it unfolds.",
  dateline="Saturday, 9 September 2023 \u00b7 Kyiv time (EEST) \u00b7 newest updates at the bottom",
  notes="Invented outlet. HTML live blog, OLDEST FIRST (the page says so). Visible stamps are '7.10am'-style in a <time> element without a datetime "
        "attribute, above each h2, with a byline paragraph under the headline; times are Kyiv time (EEST, UTC+3). LiveBlogPosting JSON-LD lists every "
        "update with its own correct datePublished (+03:00) and author. A 'Key Points' box lists two exact headlines (entries 01 and 04). Entry 06 repeats "
        "entry 02 nearly verbatim (duplicate_of 5621-02). " + D1,
  not_entries=["masthead and menu", "h1 title", "standfirst", "date/zone line", "'Key Points' heading and its two bullets (they repeat entries 01 and 04)",
               "byline paragraphs (author)", "'Copy link Share' under each post", "reader-funding promo", "footer"],
  entries=[
  E("2023-09-09 07:10", "Missile strike on Pavlohrad kills one, injures 12",
    ["At least one person was killed and 12 wounded after a Russian missile attack on the town of Pavlohrad shortly after 4am, the head of the Dnipropetrovsk regional administration said.",
     "Rescuers are checking a damaged residential building for people who may be trapped."],
    "strikes", "strikes", 3, PAV, a="Yaryna Skoropad", kp=True),
  E("2023-09-09 09:30", "Russia says 20 drones downed over Crimea and Black Sea",
    ["Russia\u2019s defence ministry said its air defences destroyed 20 Ukrainian drones over Crimea and the western part of the Black Sea overnight.",
     "The claims could not be independently verified, and Ukraine\u2019s military did not comment."],
    "strikes", "strikes", 2, "crimea-black-sea-drones-downed-2023-09-09", a="Denys Lytvak"),
  E("2023-09-09 11:15", "Marhanets shelled again, one wounded",
    ["Russian artillery shelled Marhanets, across the drained Kakhovka reservoir from the occupied Zaporizhzhia nuclear plant, wounding a 58-year-old man, the regional governor said.",
     "A school and a gas pipeline were damaged in the town, which comes under fire almost every day."],
    "strikes", "strikes", 2, MARH, a="Denys Lytvak", n="Same region as Pavlohrad (Dnipropetrovsk) but a different attack: must not merge with the Pavlohrad strike."),
  E("2023-09-09 15:20", "Kyiv criticises G20 wording on the war",
    ["Ukraine\u2019s foreign ministry said the G20 had nothing to take pride in after leaders agreed a declaration that mentions the war without condemning Russia.",
     "A ministry spokesman said Ukraine\u2019s presence at the table would have helped the leaders understand the situation better."],
    "diplomacy", "diplomacy", 3, G20, a="Yaryna Skoropad", kp=True, n="Reaction whose content is the declaration itself: same story."),
  E("2023-09-09 17:05", "Occupation ballots: residents describe pressure to vote",
    ["Residents of occupied Melitopol told the Brisnock Herald by phone that election officials had come to their flats with ballot boxes and soldiers, and that refusing felt dangerous.",
     "One woman said her neighbours had been told that pensions could be delayed for those who did not take part."],
    "other", "politics", 3, VOTE, a="Denys Lytvak"),
  E("2023-09-09 19:30", "Russia says 20 drones shot down over Crimea and the Black Sea",
    ["Russia\u2019s defence ministry said its air defences destroyed 20 Ukrainian drones over Crimea and the western Black Sea overnight.",
     "The claims could not be independently verified, and Ukraine\u2019s military did not comment."],
    "strikes", "strikes", 1, "crimea-black-sea-drones-downed-2023-09-09", a="Denys Lytvak", dup="5621-02",
    n="Near-verbatim repeat of 5621-02 (headline reworded slightly) -> importance 1."),
  ]))

SEEDS.append(dict(id="5622", name="5622_quarvell-worldrss", ext="xml", source="Quarvell World Service", zone="UTC", render=r_rss, rfc="GMT",
  title="Quarvell World Service - Top Stories", url="https://quarvell.example", lede="The world's top stories, updated around the clock",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, CDATA paragraphs, no authors. Four of six items are "
        "off-beat (US Open, African Union joining the G20, Rugby World Cup, Morocco earthquake). Spelling 'Pavlograd'. " + D1,
  not_entries=["channel title/link/description/language", "<guid> and <category> values"],
  entries=[
  OFF("2023-09-09 22:05", "Gauff wins US Open for first Grand Slam title",
    ["Nineteen-year-old Coco Gauff came from a set down to beat Aryna Sabalenka in the US Open final in New York, winning her first major title in front of a home crowd."],
    "us-open-women-final-2023", n="tennis.", sect="sport", cat="Sport"),
  OFF("2023-09-09 16:20", "African Union joins G20 as permanent member",
    ["The African Union was admitted as a permanent member of the Group of 20 on the opening day of the New Delhi summit, giving the 55-member bloc the same standing as the European Union."],
    "african-union-joins-g20", n="G20 membership decision, not about the war; same summit as the Ukraine wording but a different decision: must not merge."),
  E("2023-09-09 12:40", "G20 leaders agree declaration with softened Ukraine language",
    ["G20 leaders reached a consensus statement in New Delhi on Saturday that urges respect for territorial integrity but avoids directly criticising Russia over its invasion of Ukraine.",
     "India, which holds the rotating presidency, had pushed hard to avoid ending the summit without a joint text."],
    "diplomacy", "diplomacy", 3, G20),
  E("2023-09-09 10:15", "Death toll rises to three in Pavlograd missile strike",
    ["Three people have now died after a Russian missile attack on the eastern Ukrainian town of Pavlograd, local officials said, with more than 20 injured.",
     "The strike damaged an industrial plant and nearby apartment buildings."],
    "strikes", "strikes", 3, PAV),
  OFF("2023-09-09 07:30", "Hosts France open Rugby World Cup with win over New Zealand",
    ["France beat New Zealand in the opening match of the Rugby World Cup in Paris on Friday night, the All Blacks\u2019 first ever defeat in a pool game at the tournament."],
    "rugby-world-cup-opener-2023", n="rugby.", sect="sport", cat="Sport"),
  OFF("2023-09-09 01:30", "Powerful earthquake strikes Morocco",
    ["A strong earthquake struck Morocco\u2019s High Atlas mountains late on Friday, killing hundreds of people and damaging buildings as far away as Marrakesh, officials said."],
    "morocco-earthquake-2023-09", n="natural disaster."),
  ]))

SEEDS.append(dict(id="5623", name="5623_ennisvane-atom", ext="xml", source="Ennisvane Courier", zone="Europe/Warsaw", render=r_atom, content="xhtml",
  title="Ennisvane Courier \u2014 Ukraine", url="https://ennisvane.example", lede="Ukraine coverage from our Warsaw bureau",
  notes="Invented outlet. Atom 1.0 feed, newest first, <published> with +02:00 (Warsaw, CEST), inline XHTML content (type='xhtml'), per-entry "
        "<author>. Toll in Pavlohrad: four (afternoon). " + D1,
  not_entries=["feed title/subtitle/links/id/updated", "each entry's <id> and <updated>"],
  entries=[
  E("2023-09-09 22:50", "Warsaw calls Russian-run ballots in occupied Ukraine a farce",
    ["Poland\u2019s foreign ministry said the elections staged by Russia in occupied Ukrainian regions had no legal effect and amounted to a farce meant to dress up annexation."],
    "diplomacy", "diplomacy", 3, VOTE, a="Tomasz Rejczak", sec=["other"], n="Condemnation whose content is the ballots themselves: same story as the vote reports."),
  E("2023-09-09 16:30", "Delhi summit text speaks of 'war in Ukraine' without condemning Moscow",
    ["The final text of the G20 summit describes the conflict as the war in Ukraine and repeats UN principles on territorial integrity, but leaves out any condemnation of Russia.",
     "Poland\u2019s deputy foreign minister said the wording was weaker than Warsaw would have liked."],
    "diplomacy", "diplomacy", 3, G20, a="Marta Olejnik"),
  E("2023-09-09 14:05", "Pavlohrad toll climbs to four",
    ["The number of people killed in Saturday\u2019s missile strike on Pavlohrad has risen to four, including a teenager, Ukrainian regional officials said in the afternoon."],
    "strikes", "strikes", 3, PAV, a="Marta Olejnik"),
  E("2023-09-09 11:20", "Poland says it will keep Ukrainian grain ban after EU deadline",
    ["Poland will not lift its ban on imports of Ukrainian grain when the EU\u2019s temporary restrictions expire next week, the agriculture minister said, even if Brussels decides not to extend them."],
    "diplomacy", "diplomacy", 2, "poland-ukrainian-grain-import-ban-2023-09", a="Tomasz Rejczak", n="Trade dispute between allies -> diplomacy."),
  E("2023-09-09 08:40", "Lithuania to send Ukraine more anti-aircraft ammunition",
    ["Lithuania will deliver another batch of ammunition for anti-aircraft guns to Ukraine this month, its defence ministry said, adding that the package also includes generators."],
    "aid", "aid", 2, "lithuania-anti-aircraft-ammunition-2023-09", a="Marta Olejnik", n="Must not merge with Zelensky's air-defence remarks (5620-01): same theme, different event."),
  ]))

SEEDS.append(dict(id="5624", name="5624_morlachan-article", ext="txt", source="Morlachan Review", zone="Europe/Kyiv", render=r_textarticle,
  title="Pavlohrad counts its dead as the G20 looks away", crumb="News \u203a Ukraine", byline="Halyna Verbytska", dateline="09.09.2023, 23:10 (Kyiv time)",
  lede="A day of funerals in the east, a careful text in New Delhi and a second day of ballots under occupation.", more="Who runs the occupied regions?",
  notes="Invented outlet. Text article with three section headings; one entry per section (headline = heading), stamp null, published = the "
        "article's dateline '09.09.2023, 23:10 (Kyiv time)' (EEST, 20:10 UTC) for every section; page byline as author. Latest Pavlohrad toll of "
        "the day (five). " + D1,
  not_entries=["outlet name and breadcrumb", "title line", "lede line", "byline and dateline lines", "share line", "'Read next: ...' link", "copyright line"],
  entries=[
  E("2023-09-09 23:10", "Five dead in Pavlohrad",
    ["By late evening the death toll in Pavlohrad had reached five, among them a 14-year-old girl, and 43 people were being treated for injuries, local authorities said.",
     "Rescue work at the damaged apartment block ended after dark."],
    "strikes", "strikes", 3, PAV, a="Halyna Verbytska"),
  E("2023-09-09 23:10", "A summit text Moscow can live with",
    ["In New Delhi, the G20\u2019s declaration spoke of the suffering caused by the war but avoided any words that Russia might object to, a result the Kremlin\u2019s delegation was quick to welcome.",
     "For Kyiv, which was not invited, the outcome confirmed how hard it remains to win over the big countries of the global South."],
    "diplomacy", "diplomacy", 3, G20, a="Halyna Verbytska"),
  E("2023-09-09 23:10", "Ballots under occupation",
    ["In the occupied south and east, Moscow\u2019s appointees ran a second day of local elections that no democratic government recognises.",
     "Lists of candidates were dominated by the ruling United Russia party, and voting was spread over three days, which makes independent observation all but impossible."],
    "other", "politics", 3, VOTE, a="Halyna Verbytska"),
  ]))

# =====================================================================================================
# PART B, day 2: Sunday 2023-09-10 (UTC), the day after day 1
# =====================================================================================================
D2 = "Day 2 (2023-09-10 UTC, the day after day 1): 5630, 5631, 5632, 5633."
KYIV = "kyiv-drone-attack-2023-09-10"
ODESA = "odesa-port-drone-attack-2023-09-10"

SEEDS.append(dict(id="5630", name="5630_brisnock-htmllive", ext="html", source="Brisnock Herald", zone="Europe/Kyiv", render=r_brisnock,
  title="Ukraine war live: drones over Kyiv and Odesa; Pavlohrad mourns", url="https://brisnockherald.example/live/2023-09-10-ukraine",
  lede="Sunday\u2019s live coverage from our team in Ukraine.",
  dateline="Sunday, 10 September 2023 \u00b7 Kyiv time (EEST) \u00b7 newest updates at the bottom",
  notes="Invented outlet (same outlet and layout as 5621, next day's page). HTML live blog, OLDEST FIRST, visible '6.40am'-style stamps, Kyiv time "
        "(EEST, UTC+3), LiveBlogPosting JSON-LD with per-update times. Key Points box lists entries 01 and 03. Entry 03 continues the day-1 Pavlohrad "
        "story (day of mourning, toll six) under the day-1 slug; entry 06 continues the day-1 ballots story. Entry 04 re-posts the day-1 entry 5621-03 "
        "(Marhanets) verbatim with a new time: importance 1, duplicate_of null (duplicate_of is defined within one seed). Entry 05 is the theme piece. " + D2,
  not_entries=["masthead and menu", "h1 title", "standfirst", "date/zone line", "'Key Points' heading and its two bullets (they repeat entries 01 and 03)",
               "byline paragraphs (author)", "'Copy link Share' under each post", "reader-funding promo", "footer"],
  entries=[
  E("2023-09-10 06:40", "Drone debris injures man in Kyiv's Solomianskyi district",
    ["A 35-year-old man was injured by falling debris in Kyiv\u2019s Solomianskyi district after air defences shot down drones over the capital, Mayor Vitali Klitschko said.",
     "The attack began at around 4am and lasted more than two hours; city officials said over 20 drones were destroyed in the Kyiv region."],
    "strikes", "strikes", 3, KYIV, a="Yaryna Skoropad", kp=True),
  E("2023-09-10 08:15", "Drones also target Odesa port overnight",
    ["Russian drones damaged grain storage and a warehouse in the port of Odesa during the same night, the southern military command said.",
     "No one was reported hurt in the port area, the command added."],
    "strikes", "strikes", 3, ODESA, a="Denys Lytvak", n="Same night and weapon as the Kyiv attack but a different place and event: must not merge with the Kyiv story."),
  E("2023-09-10 10:30", "Pavlohrad declares mourning as toll rises to six",
    ["Pavlohrad has declared a day of mourning after a sixth person died in hospital from injuries suffered in Saturday\u2019s missile strike, the town\u2019s mayor said."],
    "strikes", "strikes", 3, PAV, a="Yaryna Skoropad", kp=True, n="Day-2 continuation of the day-1 Pavlohrad story (new development: mourning, toll six); keeps the day-1 slug."),
  E("2023-09-10 13:05", "Marhanets shelled again, one wounded",
    ["Russian artillery shelled Marhanets, across the drained Kakhovka reservoir from the occupied Zaporizhzhia nuclear plant, wounding a 58-year-old man, the regional governor said.",
     "A school and a gas pipeline were damaged in the town, which comes under fire almost every day."],
    "strikes", "strikes", 1, MARH, a="Denys Lytvak", n="Re-post of day-1 entry 5621-03 (same outlet, 9 September), verbatim under a new time: importance 1."),
  E("2023-09-10 16:50", "Analysis: the Danube grain route under strain",
    ["Since Russia quit the Black Sea deal in July, Ukraine has pushed more of its grain through small river ports on the Danube, and Moscow has answered with repeated drone raids on them.",
     "Traders say insurance for ships calling at Izmail and Reni has roughly doubled in cost, while queues of vessels waiting at the mouth of the river stretch for days.",
     "The river can carry only part of what the big Odesa terminals once handled, which is why Kyiv is also testing a corridor along the western Black Sea coast."],
    "strikes", "strikes", 2, "analysis-danube-grain-route-under-strain", a="Denys Lytvak",
    n="Theme piece (analysis with body) about attacks on export ports: own story, importance 2; must not merge with the Odesa port attack."),
  E("2023-09-10 19:20", "Russian-installed officials claim high turnout as voting closes",
    ["Moscow-appointed election officials in the occupied parts of the Zaporizhzhia and Kherson regions claimed turnout of more than 60 percent as three days of voting ended, figures that could not be checked."],
    "other", "politics", 2, VOTE, a="Denys Lytvak", n="Day-2 continuation of the day-1 ballots story (voting closes, turnout claim); only one day-2 seed carries it."),
  ]))

SEEDS.append(dict(id="5631", name="5631_kelmarch-textlive", ext="txt", source="Kelmarch Ledger", zone="America/New_York", render=r_kelmarch,
  title="Russia-Ukraine war: Live updates", dateline="Sunday, Sept. 10, 2023",
  lede="The latest on Russia's war in Ukraine, from our foreign desk in Washington.",
  notes="Invented outlet (US). Text live blog, OLDEST FIRST, under a date line 'Sunday, Sept. 10, 2023'; each post: a stamp line '1:15 a.m. ET' BEFORE the "
        "headline, then 'By NAME', then the body. US Eastern (EDT, UTC-4). Spelling 'Zelenskyy'. Entry 02 is a photo teaser without body; entry 05 repeats "
        "entry 01 nearly verbatim (duplicate_of 5631-01). Entry 03 continues the day-1 G20 story (summit closes, Lavrov's verdict). " + D2,
  not_entries=["outlet name and menu", "title and date lines", "lede line", "'By NAME' lines (author)", "'ADVERTISEMENT'", "'This live coverage has ended.'", "footer"],
  entries=[
  E("2023-09-10 01:15", "Drone attack on Kyiv leaves one dead",
    ["One person was killed in Kyiv early Sunday when debris from a downed drone hit a residential street, the city\u2019s military administration said, revising an earlier report that only one man had been hurt.",
     "Ukraine\u2019s air force said it intercepted most of the drones launched overnight from the south and east."],
    "strikes", "strikes", 3, KYIV, a="Marcus Delahunt"),
  E("2023-09-10 04:50", "Photos: Kyiv residents sweep up glass after drone raid", [],
    "strikes", "strikes", 1, KYIV, n="Photo teaser without body -> importance 1."),
  E("2023-09-10 07:30", "Lavrov calls G20 summit a success for the Global South",
    ["Russian Foreign Minister Sergei Lavrov said the New Delhi summit had been a success because Western countries failed to turn its declaration into a statement about Ukraine.",
     "He credited India and other developing nations with holding firm against efforts to make the meeting all about the war."],
    "diplomacy", "diplomacy", 3, G20, a="Priya Kessler", n="Day-2 continuation of the day-1 G20 story (summit closes, Russian verdict); keeps the day-1 slug."),
  E("2023-09-10 10:05", "Pentagon weighs sending longer-range missiles",
    ["Administration officials are close to a decision on giving Ukraine a small number of long-range ATACMS missiles, which Kyiv says it needs to hit Russian supply lines far behind the front, two officials said."],
    "aid", "aid", 2, "us-atacms-decision-2023-09", a="Marcus Delahunt"),
  E("2023-09-10 12:20", "Drone attack on Kyiv leaves one dead, officials say",
    ["One person was killed in Kyiv early Sunday when debris from a downed drone hit a residential street, the city\u2019s military administration said, revising an earlier report that one man had been hurt.",
     "Ukraine\u2019s air force said it intercepted most of the drones launched overnight from the south and east."],
    "strikes", "strikes", 1, KYIV, a="Marcus Delahunt", dup="5631-01", n="Near-verbatim repeat of 5631-01 -> importance 1."),
  E("2023-09-10 14:10", "Zelenskyy: slow progress is still progress",
    ["President Volodymyr Zelenskyy said in a television interview aired Sunday that the counteroffensive was moving more slowly than he wanted but that his troops were gaining ground every day."],
    "other", "frontline", 2, "zelenskyy-counteroffensive-interview-2023-09-10", a="Priya Kessler"),
  ]))

SEEDS.append(dict(id="5632", name="5632_ardsallow-rss", ext="xml", source="Ardsallow Wire", zone="Europe/Kyiv", render=r_rss, rfc="offset",
  title="Ardsallow Wire | Ukraine", url="https://ardsallow.example", lede="Agency reports from Ukraine",
  notes="Invented outlet (news agency). RSS 2.0 feed, newest first, pubDate with +0300 (Kyiv, EEST), dc:creator per item. Entry 01 continues the "
        "day-1 Pavlohrad story (toll seven, day of mourning). Entry 04 (Kyiv metro shelters) shares the place with the Kyiv drone attack but is a "
        "different event. " + D2,
  not_entries=["channel title/link/description/language", "<guid> and <category> values"],
  entries=[
  E("2023-09-10 21:30", "Pavlohrad toll reaches seven as town mourns",
    ["A seventh person has died from wounds suffered in Saturday\u2019s missile strike on Pavlohrad, regional governor Serhiy Lysak said on Sunday evening, as the town held a day of mourning."],
    "strikes", "strikes", 3, PAV, a="Ostap Hrynchuk", n="Day-2 continuation of the day-1 story; keeps the day-1 slug.", cat="Ukraine"),
  E("2023-09-10 18:05", "Odesa port silos damaged in night drone raid",
    ["Grain silos and a warehouse at Odesa port were damaged in Sunday\u2019s pre-dawn drone attack, the regional administration said after inspecting the site.",
     "Officials said about 500 tonnes of wheat had been lost."],
    "strikes", "strikes", 3, ODESA, a="Ostap Hrynchuk", cat="Ukraine"),
  E("2023-09-10 14:20", "Ukrainian troops push forward near Klishchiivka",
    ["Ukrainian assault units advanced on the southern edge of Klishchiivka, near Bakhmut, and are fighting for the heights around the village, the general staff said."],
    "other", "frontline", 2, "klishchiivka-advance-2023-09-10", a="Olena Bereshchak", cat="Ukraine"),
  E("2023-09-10 11:45", "Kyiv metro stations to stay open as shelters through winter",
    ["Kyiv\u2019s city administration said all underground metro stations would stay open around the clock as shelters during air raid alerts this winter, with heating and drinking water provided."],
    "other", "humanitarian", 2, "kyiv-metro-shelters-winter-2023", a="Olena Bereshchak", cat="Ukraine",
    n="Same city as the drone attack but a different event: must not merge with the Kyiv drone story."),
  E("2023-09-10 05:10", "Drones target Kyiv for third time this month",
    ["Air defences were in action over Kyiv before dawn as Russia sent waves of Shahed drones at the capital for the third time in September, the city\u2019s military administration said.",
     "Debris fell in two districts. No casualties have been reported so far."],
    "strikes", "strikes", 3, KYIV, a="Ostap Hrynchuk", cat="Ukraine"),
  ]))

SEEDS.append(dict(id="5633", name="5633_wenlowe-worldatom", ext="xml", source="Wenlowe World Desk", zone="UTC", render=r_atom, content="html",
  title="Wenlowe World Desk", url="https://wenlowe.example", lede="World news as it happens",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in UTC ('Z'), escaped HTML content, no authors. Four of six items are "
        "off-beat (US Open men's final, Libya storm, Morocco earthquake toll, Biden in Hanoi). Spelling 'Kiev'; its Kyiv toll (two dead) is the day's "
        "highest. Entry 04 continues the day-1 G20 story. " + D2,
  not_entries=["feed title/subtitle/links/id/updated", "each entry's <id> and <updated>"],
  entries=[
  OFF("2023-09-10 23:40", "Djokovic wins US Open for 24th Grand Slam title",
    ["Novak Djokovic beat Daniil Medvedev in straight sets in New York to win the US Open and equal the record for the most major singles titles."],
    "us-open-men-final-2023", n="tennis."),
  OFF("2023-09-10 18:30", "Storm floods towns in eastern Libya",
    ["Storm Daniel brought torrential rain to eastern Libya on Sunday, flooding streets in several coastal towns and leading authorities to impose a curfew."],
    "storm-daniel-libya-2023", n="weather disaster."),
  OFF("2023-09-10 16:00", "Morocco quake death toll passes 2,000",
    ["The number of people killed in Friday\u2019s earthquake in Morocco has risen above 2,000, the interior ministry said, as rescuers struggled to reach remote mountain villages."],
    "morocco-earthquake-2023-09", n="natural disaster."),
  E("2023-09-10 14:10", "Lavrov hails Delhi summit as G20 closes",
    ["Russia\u2019s foreign minister praised the G20\u2019s final declaration as balanced when the New Delhi summit closed on Sunday, while Ukraine\u2019s allies defended the text as the best compromise on offer."],
    "diplomacy", "diplomacy", 3, G20, n="Day-2 continuation of the day-1 G20 story; keeps the day-1 slug."),
  OFF("2023-09-10 11:05", "Biden in Hanoi as US and Vietnam deepen ties",
    ["President Joe Biden arrived in Vietnam on Sunday for talks that lifted relations between the former enemies to the top tier of Hanoi\u2019s diplomatic partnerships."],
    "biden-vietnam-visit-2023", n="US-Vietnam relations."),
  E("2023-09-10 09:30", "Two dead after drones target Kiev",
    ["Two people were killed in Kiev after a night of Russian drone attacks on the Ukrainian capital, according to city officials, with several buildings damaged by falling debris."],
    "strikes", "strikes", 3, KYIV),
  ]))

# =====================================================================================================
# PART B, day 3: Saturday 2023-07-15 (UTC), a separate day
# =====================================================================================================
D3 = "Day 3 (2023-07-15 UTC): 5640, 5641, 5642, 5643."
VOV = "vovchansk-market-shelling-2023-07-15"
GRAIN = "russia-no-grounds-to-extend-grain-deal-2023-07-15"
KUPF = "russian-push-towards-kupiansk-2023-07"

SEEDS.append(dict(id="5640", name="5640_cravenhythe-textlive", ext="txt", source="Cravenhythe Times", zone="Europe/London", render=r_cravenhythe,
  title="Ukraine war live, Saturday 15 July: Vovchansk market shelled; Moscow cool on grain deal",
  lede="All the day's developments as Russia's grain deal deadline approaches. Times are UK time.", parse_args=["--date", "2023-07-15"],
  notes="Invented outlet. Text live blog, NEWEST FIRST, bare '9.05am'-style time lines BEFORE each headline and 'Reporting: NAME' after the body. "
        "The title names 'Saturday 15 July' but the page prints NO year anywhere (parse_args --date 2023-07-15). UK time (BST, UTC+1), stated as "
        "'UK time' in the lede. Entry 01 is the day's theme piece (explainer). " + D3,
  not_entries=["outlet name and menu", "title line", "lede line", "'Reporting: NAME' lines (author)", "newsletter plug", "'Show earlier posts'", "footer"],
  entries=[
  E("2023-07-15 20:40", "Explainer: how the Black Sea grain corridor works",
    ["Since last summer, ships carrying Ukrainian grain have sailed from Odesa, Chornomorsk and Pivdennyi along a route agreed by Russia, Ukraine, Turkey and the United Nations.",
     "Each vessel is inspected off Istanbul by joint teams checking that it carries no weapons, and a coordination centre in the city tracks its passage.",
     "Russia has renewed the arrangement several times, each time for a shorter period, and says promises to ease its own farm exports have not been kept."],
    "diplomacy", "diplomacy", 2, "explainer-black-sea-grain-corridor", a="Bethan Carrow",
    n="Theme piece (explainer with body): own story, importance 2; must not merge with Moscow's statement on extending the deal."),
  E("2023-07-15 17:55", "Moscow says no grounds to extend grain deal beyond Monday",
    ["Russia sees no reason to extend the Black Sea grain deal when it expires on Monday, a senior foreign ministry official said on Saturday, repeating Moscow\u2019s complaint that its own exports are still obstructed."],
    "diplomacy", "diplomacy", 3, GRAIN, a="Owain Tregarth"),
  E("2023-07-15 14:30", "Russia presses attacks towards Kupiansk, Kyiv says",
    ["Russian forces have massed troops and armour for a push towards Kupiansk in the Kharkiv region and attacked Ukrainian positions several times over the past day, Ukraine\u2019s eastern command said."],
    "other", "frontline", 3, KUPF, a="Bethan Carrow", n="Ground fighting in the same region as the Vovchansk shelling: must not merge with it."),
  E("2023-07-15 11:20", "German arms maker opens tank repair hub in Romania",
    ["A German defence company has opened a workshop in Romania to repair tanks and armoured vehicles damaged in Ukraine, cutting the time needed to get them back to the front."],
    "aid", "aid", 2, "romania-tank-repair-hub-ukraine", a="Owain Tregarth"),
  E("2023-07-15 09:05", "Two killed as shells hit Vovchansk market",
    ["Two people were killed and five injured when Russian shells hit a market in Vovchansk, a town in the Kharkiv region close to the Russian border, the regional governor said."],
    "strikes", "strikes", 3, VOV, a="Bethan Carrow"),
  E("2023-07-15 07:10", "Russia says it foiled drone attack on Crimea",
    ["Russia\u2019s defence ministry said air defences and electronic warfare had stopped 17 drones launched at Crimea overnight, with no damage reported."],
    "strikes", "strikes", 2, "crimea-drone-attack-foiled-2023-07-15", a="Owain Tregarth"),
  ]))

SEEDS.append(dict(id="5641", name="5641_ulvarstone-article", ext="html", source="Ulvarstone Monitor", zone="Europe/Vilnius", render=r_ulvarstone,
  title="Kharkiv region under fire: Vovchansk toll rises as Russia masses troops near Kupiansk", byline="R\u016bta \u0160imkevi\u010di\u016bt\u0117",
  dateline_t="2023-07-15 18:40", lede="Saturday brought the deadliest shelling of a Kharkiv border town in weeks, while Lithuania sent another shipment east.",
  notes="Invented outlet (Lithuania). HTML article with three h2 sections; one entry per section (headline = heading), stamp null, published = the "
        "visible dateline '15.07.2023 18:40' (Vilnius, EEST, UTC+3; 15:40 UTC); NewsArticle JSON-LD agrees. Page byline as author. Latest Vovchansk "
        "toll of the day (four). " + D3,
  not_entries=["header and menu", "h1 title", "bold lead paragraph", "byline/date line", "figure caption", "tags line", "'Related' link", "footer"],
  entries=[
  E("2023-07-15 18:40", "Vovchansk market strike toll rises to four",
    ["Four people are now known to have died after Russian artillery hit a market in the border town of Vovchansk on Saturday morning, Kharkiv regional officials said.",
     "The town lies a few kilometres from the Russian border, is shelled daily and has lost most of its pre-war population."],
    "strikes", "strikes", 3, VOV, a="R\u016bta \u0160imkevi\u010di\u016bt\u0117"),
  E("2023-07-15 18:40", "Russian pressure builds near Kupiansk",
    ["Further south-east, Ukrainian commanders say Russia has gathered more than 100,000 troops and hundreds of tanks along the Kupiansk and Lyman directions."],
    "other", "frontline", 3, KUPF, a="R\u016bta \u0160imkevi\u010di\u016bt\u0117"),
  E("2023-07-15 18:40", "Lithuania sends generators and ammunition",
    ["Lithuania\u2019s defence ministry said a new shipment of generators, ammunition and anti-drone equipment had left for Ukraine this week, part of a package announced at the Vilnius summit."],
    "aid", "aid", 2, "lithuania-generators-ammunition-2023-07", a="R\u016bta \u0160imkevi\u010di\u016bt\u0117"),
  ]))

SEEDS.append(dict(id="5642", name="5642_pellandine-worldrss", ext="xml", source="Pellandine Radio", zone="Australia/Sydney", render=r_rss, rfc="offset",
  title="Pellandine Radio - World News", url="https://pellandine.example", lede="World headlines from our Sydney newsroom",
  notes="Invented outlet (Australia). General world-news RSS 2.0 feed, newest first, pubDate with +1000 (Sydney, AEST). The feed crosses local "
        "midnight (15 to 16 July, Sydney) but every item falls on UTC 15 July. Four of six items are off-beat (Wimbledon, European heatwave, Korean floods, "
        "Matildas). Spelling 'Volchansk'. " + D3,
  not_entries=["channel title/link/description/language", "<guid> and <category> values"],
  entries=[
  OFF("2023-07-16 08:30", "Vondrousova claims Wimbledon crown",
    ["Czech left-hander Marketa Vondrousova won the Wimbledon women\u2019s title, beating Ons Jabeur in straight sets to become the first unseeded woman to lift the trophy in the Open era."],
    "wimbledon-women-final-2023", n="tennis.", cat="Sport"),
  E("2023-07-16 02:15", "Russia signals grain deal will lapse",
    ["Moscow has indicated it will let the Black Sea grain agreement expire on Monday, with Russian officials saying there are no grounds to renew it while their own exports face obstacles."],
    "diplomacy", "diplomacy", 3, GRAIN),
  OFF("2023-07-15 22:40", "Southern Europe braces for peak of heatwave",
    ["Italy put more than a dozen cities on red alert as a heatwave pushed temperatures towards 40 degrees Celsius across southern Europe on Saturday."],
    "southern-europe-heatwave-2023-07", n="weather."),
  E("2023-07-15 19:30", "Three killed as shells hit Volchansk market",
    ["Russian shelling of a market in the Ukrainian town of Volchansk killed three people on Saturday, Ukrainian officials said."],
    "strikes", "strikes", 3, VOV),
  OFF("2023-07-15 15:10", "Cars trapped in flooded underpass as Korean rains intensify",
    ["Rescuers in central South Korea were searching a flooded road tunnel in Cheongju where more than a dozen vehicles became trapped after a nearby river burst its banks."],
    "korea-underpass-flood-2023", n="weather disaster."),
  OFF("2023-07-15 11:00", "Matildas sign off with win over France",
    ["The Matildas beat France 1-0 in Melbourne in their final warm-up before the Women\u2019s World Cup, in front of a crowd of more than 50,000."],
    "matildas-france-warmup-2023", n="football.", cat="Sport"),
  ]))

SEEDS.append(dict(id="5643", name="5643_rossmurrow-htmllive", ext="html", source="Rossmurrow Journal", zone="Europe/Kyiv", render=r_rossmurrow,
  title="Ukraine live: Vovchansk shelled, cluster shells reach the front", dateline="Saturday 15 July 2023 \u00b7 all times Kyiv (EEST)",
  notes="Invented outlet. HTML live blog, OLDEST FIRST; visible bare '09:40' stamps inside <time datetime='...Z'> (the attribute is UTC, the text is "
        "Kyiv time, EEST, UTC+3); credit line in italics after the body. The LiveBlogPosting JSON-LD carries only the latest post, as a single object "
        "(not a list). Entry 02 is a video teaser without body; entry 05 repeats entry 03 nearly verbatim (duplicate_of 5643-03). First and lowest "
        "Vovchansk toll (one dead). " + D3,
  not_entries=["cookie banner", "header and menu", "h1 title", "date line", "italic credit lines (author)", "'Load newer posts'", "footer"],
  entries=[
  E("2023-07-15 09:40", "Shelling hits Vovchansk market, one dead",
    ["Russian shells landed on the central market in Vovchansk on Saturday morning as traders were setting up their stalls, killing one woman and wounding several people, local authorities said."],
    "strikes", "strikes", 3, VOV, a="Mykyta Sokolenko"),
  E("2023-07-15 10:25", "Watch: smoke over Vovchansk after strike", [],
    "strikes", "strikes", 1, VOV, n="Video teaser without body -> importance 1."),
  E("2023-07-15 12:10", "Ukraine says first cluster shells have reached front-line units",
    ["Ukrainian artillery units in the south have started receiving the cluster shells promised by the United States, a commander told Rossmurrow Journal, adding that they had not yet been fired."],
    "aid", "aid", 2, "us-cluster-shells-reach-front-2023-07", a="Mykyta Sokolenko"),
  E("2023-07-15 14:45", "UN still waiting for Putin's answer on grain proposal",
    ["The United Nations has not received a reply to Antonio Guterres\u2019s letter proposing a way to keep the grain deal alive, a UN spokesperson said, two days before the agreement expires."],
    "diplomacy", "diplomacy", 2, "guterres-letter-putin-grain-proposal", a="Iryna Pasichna",
    n="Same theme as Moscow's 'no grounds to extend' statement (5640-02, 5642-02) but a different step by a different party: must not merge."),
  E("2023-07-15 17:30", "Ukraine says first cluster shells reached front-line units",
    ["Ukrainian artillery units in the south have started receiving the cluster shells promised by the United States, a commander told Rossmurrow Journal, adding they had not yet been fired."],
    "aid", "aid", 1, "us-cluster-shells-reach-front-2023-07", a="Mykyta Sokolenko", dup="5643-03", n="Near-verbatim repeat of 5643-03 -> importance 1."),
  E("2023-07-15 20:05", "Belarus says Wagner instructors are training its troops",
    ["Belarus\u2019s defence ministry said fighters from the Wagner group had begun training its territorial defence troops at a range near Osipovichi, and published video of the exercises."],
    "other", "security", 2, "wagner-instructors-belarus-training-2023-07", a="Iryna Pasichna"),
  ]))


# =====================================================================================================
# emit
# =====================================================================================================
BASIS = {
  "r_mjs": "no per-section time; the article's 'Published 6:02 a.m. CT Aug. 3, 2023' (CDT, UTC-5) used for every section; JSON-LD datePublished agrees",
  "r_lvrj": "card stamp '{s}' (full date, 12 h); Pacific time implied by the outlet (PDT, UTC-7)",
  "r_honolulu": "card stamp '{s}' (full date, 12 h); Hawaii time implied by the outlet (HST, UTC-10, no DST)",
  "r_leaderpost": "bare time '{s}' on the page's date from 'Published Sep 02, 2023' ({d}); Saskatchewan time implied (CST all year, UTC-6)",
  "r_gcb": "bare time '{s}' under the day header 'Sunday, July 30' (no year on the page: parse_args --date 2023-07-30); Queensland time implied (AEST, UTC+10)",
  "r_budapest": "pubDate '{s}' (explicit +0000)",
  "r_hespress": "card stamp '{s}' (weekday, full date, 24 h); Morocco time implied (UTC+1 in August 2023)",
  "r_graphic": "pubDate '{s}' (explicit +0000; Ghana is UTC+0)",
  "r_aweekly": "no per-item time; the page date line 'September 3, 2023 at 12:40 pm' used for every item; US Eastern (EDT, UTC-4) implied by the paper's home in Watertown, Massachusetts",
  "r_herald": "card stamp '{s}' (full date, 24 h); Harare time implied (CAT, UTC+2)",
  "r_talgarrow": "signature stamp '{s}' after the body, on the page date 'Saturday 9 September 2023' ({d}); BST = UTC+1 as the page states",
  "r_brisnock": "visible stamp '{s}' on the page date {d} (Kyiv time, EEST = UTC+3, as the page states); JSON-LD update datePublished agrees",
  "r_rss": "pubDate '{s}' (explicit zone)",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_textarticle": "no per-section time; the article dateline ({d}, {z}) used for every section",
  "r_kelmarch": "stamp '{s}' under the date line 'Sunday, Sept. 10, 2023'; ET = EDT = UTC-4",
  "r_cravenhythe": "bare time '{s}' on the title's 'Saturday 15 July' (no year: parse_args --date 2023-07-15); UK time (BST, UTC+1) as the lede states",
  "r_ulvarstone": "no per-section time; the visible dateline '15.07.2023 18:40' (Vilnius, EEST = UTC+3) used for every section; JSON-LD agrees",
  "r_rossmurrow": "visible stamp '{s}' on the page date {d} (Kyiv time, EEST = UTC+3); the <time datetime> attribute gives the same instant in UTC",
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
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), z=S["zone"]),
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
        print(f"{fn:40s} {len(ents)}")
    print("total entries:", total)


if __name__ == "__main__":
    main()

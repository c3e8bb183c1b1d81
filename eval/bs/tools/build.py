#!/usr/bin/env python3
"""Builds eval/bs seeds and gold files from one hand-written data table (below).
All news text is invented or paraphrased by the blind tester in his own words; Part B outlets are invented.
Deterministic. Run from the project root: python3 eval/bs/tools/build.py"""
import html, json, os, re
from datetime import datetime, date
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]  # AP style
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None):
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par)
    return par[:m.end()] if m else par


def esc(s):
    return html.escape(s, quote=False)


def dt(s, zone):
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", dots=True, space=" ", upper=False):
    hh = d.hour % 12 or 12
    if dots:
        suf = "a.m." if d.hour < 12 else "p.m."
    else:
        suf = "am" if d.hour < 12 else "pm"
    if upper:
        suf = suf.upper()
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def apdate(d, year=True):
    return f"{AP_MON[d.month - 1]} {d.day}" + (f", {d.year}" if year else "")


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def war_day(d):
    return (d - date(2022, 2, 24)).days + 1


# ============================================================ Part A renderers (layout only; all wording is mine)

def r_record(S):  # Gannett (USA TODAY Network) article scrape: Show/Hide Caption, author + "USA TODAY", "Published 5:32 a.m. PT Aug. 23, 2024", "Developments:" ► bullets, subheads
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    L = ["Skip to main content", "The Record", "Subscribe", "Sign In", "", "Stockton  News  Sports  Entertainment  Opinion  Obituaries  eNewspaper  Legals", "",
         "WORLD", S["title"], "", "Show Caption", "Hide Caption", S["caption"], S["credit"], "", S["byline"], "USA TODAY", "",
         f"Published {ampm(d0)} PT {apdate(d0)}", ""] + ptxt(S["lede"]) + ["Developments:", ""]
    L += [f"\u25ba {b}" for b in S["bullets"]] + [""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["Get the latest news delivered to your inbox. Sign up for the USA TODAY Daily Briefing newsletter.", ""]
    L += ["Contributing: Reuters", "", "About Us", "Newsroom Staff", "Contact the Newsroom", "Terms of Service", "Privacy Policy", "Your Privacy Choices",
          "\u00a9 2024 www.recordnet.com. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_bakersfield(S):  # BLOX/TownNews RSS 2.0: "RSS Results in ... of type article", -0800 pubDates, upper-case AP bylines in dc:creator, summary-only descriptions
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">', '<channel>',
           f"<title>{esc(S['title'])}</title>",
           "<link>https://www.bakersfield.com/search/?f=rss&amp;t=article&amp;c=news/world&amp;l=50&amp;s=start_time&amp;sd=desc</link>",
           '<atom:link href="https://www.bakersfield.com/search/?f=rss&amp;t=article&amp;c=news/world&amp;l=50&amp;s=start_time&amp;sd=desc" rel="self" type="application/rss+xml" />',
           "<description>Latest world news from The Bakersfield Californian.</description>", "<generator>TNCMS 1.71.2</generator>",
           "<docs>http://www.rssboard.org/rss-specification</docs>", "<ttl>30</ttl>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        uid = ["5c1e", "9a07", "31fd", "e842", "07b3", "b6d0", "4f29"][i]
        out += ["<item>", f"<title>{esc(e['h'])}</title>", "<description>" + esc(" ".join(e["p"])) + "</description>",
                f"<pubDate>{st}</pubDate>", f'<guid isPermaLink="false">http://bakersfield.com/tncms/asset/editorial/{uid}a2e-{i}f71-11ef-8c3d-{uid}0b9c1d2e</guid>',
                f"<link>https://www.bakersfield.com/news/world/article_{uid}a2e-{i}f71-11ef-8c3d.html</link>",
                f"<dc:creator>By {esc(e['a'])}" + (" Associated Press" if e["a"].isupper() else "") + "</dc:creator>",
                f'<enclosure url="https://bloximages.newyork1.vip.townnews.com/bakersfield.com/content/tncms/assets/v3/editorial/{uid}.jpg" length="184220" type="image/jpeg" />',
                "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_visalia(S):  # USA TODAY Network live blog on a Gannett local site: h2, author + "USA TODAY", then "3:40 p.m. PT Sept. 22" (no year); LiveBlogPosting JSON-LD
    z = S["zone"]; ents = S["entries"]
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat(),
            "author": {"@type": "Person", "name": e["a"]}, "articleBody": " ".join(e["p"])} for e in ents]
    first = min(dt(e["t"], z) for e in ents); last = max(dt(e["t"], z) for e in ents)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "coverageStartTime": first.isoformat(),
          "datePublished": first.isoformat(), "dateModified": last.isoformat(),
          "publisher": {"@type": "Organization", "name": "Visalia Times-Delta"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header class="gnt_n"><a class="gnt_n_logo" href="/">Visalia Times-Delta</a><nav class="gnt_n_mn"><a>News</a><a>Sports</a><a>Things to Do</a>'
           '<a>Opinion</a><a>Obituaries</a><a>eNewspaper</a><a>Legals</a></nav><a class="gnt_n_sub">Subscribe</a> <a class="gnt_n_si">Sign In</a></header>',
           '<main><article class="gnt_pr gnt_lb">', '<div class="gnt_ar_lbl">LIVE</div>', f'<h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
           f'<div class="gnt_ar_dt">{esc(S["updated"])}</div>',
           '<div class="gnt_ar_shr"><button>Facebook</button><button>X</button><button>Email</button><button>Gift article</button></div>',
           f'<p class="gnt_lb_sum">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = f"{ampm(d)} PT {apdate(d, year=False)}"; stamps.append(st)
        out.append(f'<div class="gnt_lb_post" id="post-{i + 1}"><h2 class="gnt_lb_hl">{esc(e["h"])}</h2>'
                   f'<div class="gnt_lb_by"><span class="gnt_lb_au">{esc(e["a"])}</span> <span class="gnt_lb_org">USA TODAY</span></div>'
                   f'<div class="gnt_lb_dt">{st}</div>')
        out += [f'<p class="gnt_ar_b_p">{esc(p)}</p>' for p in e["p"]]
        out.append("</div>")
        if i == 2:
            out.append('<aside class="gnt_em"><p>Want more news from the Central Valley? Sign up for our newsletter.</p><input type="email"> <button>Sign up</button></aside>')
    out += ['<div class="gnt_lb_more"><button>Load more updates</button></div></article></main>',
            '<footer class="gnt_f"><a>About Us</a> <a>Newsroom Staff</a> <a>Contact Us</a> <a>Terms of Service</a> <a>Privacy Policy</a> <a>Your Privacy Choices</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_redding(S):  # Gannett section front (listing): card = headline, promo sentence, credit, "1:20 p.m. PT Oct. 21" (no year visible; year only in hrefs)
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Record Searchlight</title></head><body>",
           '<header class="gnt_n"><a class="gnt_n_logo" href="/">Record Searchlight</a><nav class="gnt_n_mn"><a>News</a><a>Sports</a><a>Opinion</a>'
           '<a>Obituaries</a><a>eNewspaper</a><a>Legals</a></nav><a class="gnt_n_sub">Subscribe</a> <a class="gnt_n_si">Sign In</a></header>',
           f'<main><h1 class="gnt_sp_hl">{esc(S["title"])}</h1>', '<div class="gnt_m_flm">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d)} PT {apdate(d, year=False)}"; stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")
        out.append(f'<a class="gnt_m_flm_a" href="/story/news/world/{d:%Y/%m/%d}/{slug}/{75400120 + i * 7}007/">'
                   f'<div class="gnt_m_flm_hl">{esc(e["h"])}</div><div class="gnt_m_flm_sbt">{esc(" ".join(e["p"]))}</div>'
                   f'<div class="gnt_sbt"><span class="gnt_sbt_by">{esc(e["a"])}</span> <span class="gnt_sbt_dt">{st}</span></div></a>')
        if i == 2:
            out.append('<div class="gnt_ad" aria-label="Advertisement">Advertisement</div>')
    out += ['</div><button class="gnt_m_flm_more">Load More</button></main>',
            '<footer class="gnt_f"><a>About Us</a> <a>Newsroom Staff</a> <a>Contact the Newsroom</a> <a>Terms of Service</a> <a>Privacy Policy</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_monterey(S):  # MediaNews Group WordPress article: Trending bar, "PUBLISHED: ... PST | UPDATED: ...", AP "The Latest" items: bold local time, no headline, "___" separators
    z = S["zone"]; pz = S["page_zone"]; pub = dt(S["published_t"], pz); upd = dt(S["updated_t"], pz)
    def dfm(d):
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year} at {ampm(d, dots=False, upper=True)} PST"
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": S["url"] + "#article", "headline": S["title"], "datePublished": pub.astimezone(UTC).isoformat(),
         "dateModified": upd.astimezone(UTC).isoformat(), "author": [{"@type": "Person", "name": "Associated Press"}],
         "articleSection": ["News", "Nation/World"], "isPartOf": {"@id": "https://www.montereyherald.com/#website"}},
        {"@type": "WebSite", "@id": "https://www.montereyherald.com/#website", "name": "Monterey Herald"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f"<title>{esc(S['title'])} \u2013 Monterey Herald</title>",
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld, ensure_ascii=False) + "</script></head>",
           '<body class="post-template-default single single-post">',
           '<div class="trending-bar"><span class="label">Trending:</span> <a>Holiday lights on the Peninsula</a> <a>Salinas council vote</a> <a>Big Sur road closures</a></div>',
           '<header class="site-header"><a class="logo" href="/">Monterey Herald</a><nav><a>News</a> <a>Sports</a> <a>Things To Do</a> <a>Opinion</a> <a>Obituaries</a> '
           '<a>Subscribe</a> <a>Log In</a></nav></header>',
           '<article><div class="breadcrumbs"><a>News</a> <a>Nation/World</a></div>', f'<h1 class="entry-title">{esc(S["title"])}</h1>',
           '<div class="byline"><span class="by">By </span><a class="author-name">Associated Press</a></div>',
           f'<div class="time"><span class="dateline">PUBLISHED: </span><time>{dfm(pub)}</time> | <span class="dateline">UPDATED: </span><time>{dfm(upd)}</time></div>',
           '<div class="social-share">Share this: <a>Click to share on Facebook (Opens in new window)</a> <a>Click to share on X (Opens in new window)</a> <a>Click to email a link to a friend (Opens in new window)</a></div>',
           '<div class="body-copy">', f"<p>{esc(S['intro'])}</p>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d); stamps.append(st)
        out += ["<p>___</p>", f"<p><strong>{st}</strong></p>"] + [f"<p>{esc(p)}</p>" for p in e["p"]]
        if i == 2:
            out.append('<div class="newsletter-signup"><p>Get Morning Report and other email newsletters</p><input type="email"> <button>Sign up</button></div>')
    out += ["</div>", f'<p class="originally-published">Originally Published: <time>{dfm(pub)}</time></p>',
            '<section class="more-in"><h3>More in Nation/World</h3><a>Storm warnings posted for Northern California coast</a></section></article>',
            '<footer>Copyright \u00a9 MediaNews Group \u00b7 Privacy Policy \u00b7 Terms of Use \u00b7 Cookie Policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_intelligencer(S):  # Postmedia scrape: "Author of the article:", "Published Oct 13, 2024 • Last updated ... • N minute read", "Article content" and ad lines; post = headline then bare "6:15 a.m."
    z = S["zone"]
    L = ["Skip to Content", "Belleville Intelligencer", "Subscribe", "Sign In", "",
         "News  Local News  Opinion  Sports  Entertainment  Life  Obituaries  Classifieds  eEdition", "", "News", "World", "", S["title"], S["deck"], "",
         "Author of the article:", S["byline"], "", S["publine"], "", "Join the conversation", "", S["caption"], "", "Article content", ""] + ptxt(S["lede"]) + [
         "Advertisement 2", "Story continues below", "This advertisement has not loaded yet, but your article continues below.", "", "Article content", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d); stamps.append(st)
        L += [e["h"], st, ""]
        for j, p in enumerate(e["p"]):
            L += [p, ""]
            if j == 0 and len(e["p"]) > 1:
                L += ["Article content", ""]
        if i in (1, 4):
            L += [f"Advertisement {i + 2}", "Story continues below", "This advertisement has not loaded yet, but your article continues below.", "", "Article content", ""]
        if i == 2:
            L += ["You can save this article by registering for free here. Or sign-in if you have an account.", ""]
    L += ["Share this article in your social network", "", f"Share this Story : {S['title']}", "Copy Link", "Email", "X (Twitter)", "Reddit", "Pinterest", "LinkedIn", "Tumblr", "",
          "Trending", "Quinte West council approves budget", "Belleville police seek witnesses after crash", "",
          "Comments", "You must be logged in to join the discussion or read more comments.", "", "\u00a9 2024 Belleville Intelligencer, a division of Postmedia Network Inc."]
    return "\n".join(L) + "\n", stamps


def r_guardianpei(S):  # SaltWire article page (HTML): kicker, h1, credit, "Posted: July 27, 2024, 4:20 p.m." (no zone), h2 sections; NewsArticle JSON-LD with -03:00
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(), "dateModified": d0.isoformat(),
          "author": {"@type": "Organization", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": "SaltWire Network"},
          "mainEntityOfPage": S["url"]}
    out = ['<!DOCTYPE html>', '<html lang="en-CA"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | SaltWire</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<div class="cookie-banner">We use cookies to improve your experience on our site. <button>Accept</button></div>',
           '<header><a class="brand" href="/">SaltWire</a> <span class="paper">The Guardian</span><nav><a>P.E.I.</a> <a>News</a> <a>Sports</a> <a>Business</a> '
           '<a>Opinion</a> <a>Obituaries</a> <a>Newsletters</a></nav><a class="sub">Subscribe</a> <a>Log in</a></header>',
           '<main><article><div class="kicker">World</div>', f"<h1>{esc(S['title'])}</h1>",
           f'<div class="byline"><span class="author">{esc(S["byline"])}</span></div>',
           f'<div class="published"><span>Posted: {MONTHS[d0.month - 1]} {d0.day}, {d0.year}, {ampm(d0)}</span></div>',
           '<div class="share"><a>Facebook</a> <a>X</a> <a>Email</a> <a>Print</a></div>', f'<p class="lede">{esc(S["lede"])}</p>']
    for i, e in enumerate(S["entries"]):
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if i == 1:
            out.append('<div class="related"><h3>RELATED:</h3><ul><li><a>P.E.I. group sends generators to Ukraine</a></li></ul></div>')
    out += ['<div class="newsletter">Get the latest headlines from Prince Edward Island in your inbox. <a>Sign up</a></div></article></main>',
            '<footer>SaltWire Network \u00b7 Contact Us \u00b7 Terms of Use \u00b7 Privacy Policy</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_truro(S):  # SaltWire tag page scrape: headline, teaser, credit line, "Nov. 11, 2024 · 3:40 p.m." (no zone), "Read more"
    z = S["zone"]
    L = ["SaltWire", "Truro News", "Nova Scotia  |  News  |  Local  |  Sports  |  Opinion  |  Obituaries  |  Newsletters", "Subscribe  Log in", "",
         S["title"], "Stories tagged Ukraine", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{apdate(d)} \u00b7 {ampm(d)}"; stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [e["a"], st, "Read more", ""]
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["Load more", "", "\u00a9 SaltWire Network Inc. All rights reserved.", "Terms of Use  |  Privacy Policy  |  Contact Us"]
    return "\n".join(L) + "\n", stamps


def r_timesage(S):  # NZ regional daily, World page scrape: headline, "By NAME"/agency, "9 Sep, 2024 10:40 AM", "2 mins to read", teaser, "Read more"
    z = S["zone"]
    L = ["Wairarapa Times-Age", "Home  News  Sport  Rural  Business  Opinion  World  Death notices  E-edition", "Subscribe  Log in", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{d.day} {MONTHS[d.month - 1][:3]}, {d.year} {d.hour % 12 or 12:02d}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"; stamps.append(st)
        by = [f"By {e['a']}", e["agency"]] if e.get("agency") else [e["a"]]
        L += [e["h"], ""] + by + [st, ["Quick Read", "2 mins to read", "3 mins to read"][i % 3], ""] + ptxt(e["p"]) + ["Read more", ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Wairarapa Times-Age  \u00b7  Contact us  \u00b7  Advertise  \u00b7  Terms & conditions  \u00b7  Privacy"]
    return "\n".join(L) + "\n", stamps


def r_ashburton(S):  # WordPress category Atom feed: <published> in Z with seconds, CDATA title/summary/content, per-entry author
    z = S["zone"]
    ents = S["entries"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0" xml:lang="en-NZ">',
           f'<title type="text">{esc(S["title"])}</title>', '<subtitle type="text">Mid Canterbury\u2019s daily newspaper</subtitle>',
           f"<updated>{dt(ents[0]['t'], z).astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}</updated>",
           '<link rel="alternate" type="text/html" href="https://www.guardianonline.co.nz/category/world/" />',
           '<id>https://www.guardianonline.co.nz/category/world/feed/atom/</id>',
           '<link rel="self" type="application/atom+xml" href="https://www.guardianonline.co.nz/category/world/feed/atom/" />',
           '<generator uri="https://wordpress.org/" version="6.7.1">WordPress</generator>']
    stamps = []
    for i, e in enumerate(ents):
        u = dt(e["t"], z).astimezone(UTC); st = u.strftime("%Y-%m-%dT%H:%M:%SZ"); stamps.append(st)
        pid = 88120 + 17 * (len(ents) - i)
        body = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        out += ["<entry>", f"<author><name>{esc(e['a'])}</name></author>", f'<title type="html"><![CDATA[{e["h"]}]]></title>',
                f'<link rel="alternate" type="text/html" href="https://www.guardianonline.co.nz/?p={pid}" />', f"<id>https://www.guardianonline.co.nz/?p={pid}</id>",
                f"<updated>{st}</updated>", f"<published>{st}</published>",
                '<category scheme="https://www.guardianonline.co.nz" term="World" />',
                f'<summary type="html"><![CDATA[{e["p"][0][:120].rsplit(" ", 1)[0]} [&#8230;]]]></summary>',
                f'<content type="html" xml:base="https://www.guardianonline.co.nz/?p={pid}"><![CDATA[{body}]]></content>', "</entry>"]
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


# ============================================================ Part B renderers (invented outlets)

def r_copperbeech(S):  # text live, newest first; "16:55 GMT" line, headline, body, "– NAME" signature; Key Points with "• " bullets
    z = S["zone"]
    L = ["COPPERBEECH COURIER", "News | World | Ukraine | Business | Culture | Puzzles", "", S["title"], f"Live coverage \u00b7 {S['dayline']}", "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Newest first", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} GMT"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"\u2013 {e['a']}", ""]
        if i == 3:
            L += ["Sponsored content", ""]
    L += ["Show older updates", "", "Copperbeech Courier \u00b7 About \u00b7 Complaints \u00b7 Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_hazelcombe(S):  # HTML live, OLDEST first, LiveBlogPosting JSON-LD with per-update times; visible "<time>14:20</time>" above h2, "by NAME" below it
    z = S["zone"]; ents = S["entries"]
    ups = []
    for i, e in enumerate(ents):
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#u{i + 1}", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat(),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "coverageStartTime": dt(ents[0]["t"], z).isoformat(), "dateModified": dt(ents[-1]["t"], z).isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Hazelcombe Standard</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header><b>Hazelcombe Standard</b> <nav><a>Front line</a> <a>Politics</a> <a>Economy</a> <a>Opinion</a> <a>Support us</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="dateline">{esc(S["dayline"])} \u00b7 Kyiv time \u00b7 updates in the order they were posted</p>',
           f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="u{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>'
                   + (f'<p class="by">by {esc(e["a"])}</p>' if e["a"] else ""))
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<div class="tools"><a>Share</a> <a>Copy link</a></div></article>')
        if i == 3:
            out.append('<aside class="donate">Independent journalism from Ukraine needs your support. <a>Become a supporter</a></aside>')
    out += ["</main>", "<footer>Hazelcombe Standard \u00b7 Editorial policy \u00b7 Corrections \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss_world(S):  # RSS 2.0 general world feed, newest first; pubDate in GMT or with the outlet's numeric offset; CDATA paragraphs, no authors
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0"><channel>', f"<title>{esc(S['title'])}</title>",
           f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>", "<language>en</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if S["rfc"] == "GMT" else d.strftime("%z")); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/news/{S['id']}{i + 11}</link>",
                f'<guid isPermaLink="true">{S["url"]}/news/{S["id"]}{i + 11}</guid>', f"<pubDate>{st}</pubDate>",
                f"<category>{e.get('cat', 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out.append("</channel></rss>")
    return "\n".join(out) + "\n", stamps


def r_brindlehurst(S):  # text article, Polish-based English outlet: byline, "Wednesday, 18 December 2024 · 21:40 CET", standfirst, section headings; one entry per section
    L = ["BRINDLEHURST GAZETTE", "Home \u203a World \u203a Eastern Europe", "", S["title"], "", f"By {S['byline']}", S["dateline"], "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Share: Facebook \u00b7 X \u00b7 LinkedIn \u00b7 Email", "Read also: " + S["more"], "", "\u00a9 2024 Brindlehurst Gazette"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_pebblemouth(S):  # radio station news page scrape, newest first; headline, body, then "Posted at 4.40pm" AFTER the body; date only in the header
    z = S["zone"]
    L = ["Pebblemouth Radio", "Listen live  |  News  |  Travel  |  Weather  |  Podcasts", "", "News", S["dayline"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Posted at {ampm(d, sep='.', dots=False, space='')}"; stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [st, ""]
        if i == 1:
            L += ["Now playing: The Afternoon Show with Jo Penhale", ""]
    L += ["More news", "", "Pebblemouth Radio \u00b7 Contact the newsroom \u00b7 Privacy notice"]
    return "\n".join(L) + "\n", stamps


def r_atom_world(S):  # Atom 1.0 general world feed, newest first; <published> with the outlet's offset (+01:00); escaped HTML content; author per entry
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           f'<link href="{S["url"]}"/>', f"<id>{S['url']}/atom</id>", f"<updated>{dt(S['entries'][0]['t'], z).isoformat()}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="{S["url"]}/a/{S["id"]}-{i + 1}"/>', f"<id>{S['url']}/a/{S['id']}-{i + 1}</id>",
                f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_drumlin(S):  # text live, OLDEST first; bare "9.05am" line before the headline; one page byline "Compiled by NAME"; no zone printed (UK, GMT after the clocks went back)
    z = S["zone"]
    L = ["Drumlin Vale Courier", "Home  World  Politics  Sport  Opinion", "", S["title"], S["dayline"], f"Compiled by {S['byline']}", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep=".", dots=False, space=""); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Advertisement", ""]
    L += ["This live page has now closed.", "", "Drumlin Vale Courier \u00b7 Terms \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_saltgrass(S):  # HTML live, newest first; "10:42 a.m. ET" span above h3; byline below; JSON-LD liveBlogUpdate is ONE object (latest post only)
    z = S["zone"]; ents = S["entries"]
    lat = ents[0]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"],
          "coverageStartTime": dt(ents[-1]["t"], z).isoformat(), "dateModified": dt(lat["t"], z).isoformat(),
          "liveBlogUpdate": {"@type": "BlogPosting", "headline": lat["h"], "datePublished": dt(lat["t"], z).isoformat(), "articleBody": " ".join(lat["p"])}}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Saltgrass Telegraph</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<div class="banner">Saltgrass Telegraph <nav><a>U.S.</a> <a>World</a> <a>Politics</a> <a>Business</a> <a>Newsletters</a></nav></div>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="meta">{esc(S["dayline"])}</p>', f'<p class="dek">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = f"{ampm(d)} ET"; stamps.append(st)
        out.append(f'<div class="post"><span class="post-time">{st}</span><h3>{esc(e["h"])}</h3>' + (f'<p class="post-by">{esc(e["a"])}</p>' if e["a"] else ""))
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
        if i == 2:
            out.append('<div class="promo">Get our Morning Wire newsletter <button>Sign up</button></div>')
    out += ["</main><footer>\u00a9 Saltgrass Telegraph \u00b7 Terms \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_wickerby(S):  # text listing, relative stamps ("25 mins ago", "3 hours ago") against the printed "Last updated: 28/10/2024 19:30"
    z = S["zone"]; ref = dt(S["ref"], z)
    L = ["Wickerby Evening Post", "News  Sport  Business  Opinion  World  Podcasts", "", S["title"], f"Last updated: {ref:%d/%m/%Y %H:%M}", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        assert mins < 60 or mins % 60 == 0, e["t"]
        st = f"{mins} mins ago" if mins < 60 else (f"{mins // 60} hours ago" if mins >= 120 else "1 hour ago"); stamps.append(st)
        L += [e["h"], f"{e['a']} \u00b7 {st}", ""] + ptxt(e["p"])
        if i == 1:
            L += ["Advertisement", ""]
    L += ["Load more stories", "", "Wickerby Evening Post \u00b7 Contact \u00b7 Cookie policy"]
    return "\n".join(L) + "\n", stamps


# ============================================================ PART A: ten real outlets' layouts (own words)
SEEDS = []

SEEDS.append(dict(id="7200", name="7200_therecord-article", ext="txt", source="The Record (Stockton)", zone="America/Los_Angeles", render=r_record,
  title="Modi visits Kyiv, urges dialogue as Ukraine reports gains in Russia's Kursk region", dateline_t="2024-08-23 05:32",
  caption="Indian Prime Minister Narendra Modi and Ukrainian President Volodymyr Zelenskyy arrive for talks in Kyiv on Friday.",
  credit="Ukrainian Presidential Press Service via AP", byline="Desmond Oyelaran",
  lede=["Narendra Modi on Friday became the first Indian prime minister to visit Ukraine since it gained independence, six weeks after a trip to Moscow that angered Kyiv."],
  bullets=["Ukraine's top commander says troops moved further into Russia's Kursk region.",
           "Washington announced sanctions on close to 400 companies and people accused of feeding Russia's war machine.",
           "Families with children in Pokrovsk were told to leave within two weeks."],
  basis="no per-section time; the article's 'Published 5:32 a.m. PT Aug. 23, 2024' line (Pacific time, PDT = UTC-7) used for every section",
  notes="Imitates a USA TODAY story syndicated on a Gannett local site (recordnet.com), copied as plain text. Article with sections: one entry per subhead (headline = subhead), stamp null, published = the page's 'Published 5:32 a.m. PT Aug. 23, 2024' line for every section. Page byline (author + 'USA TODAY' line) is every entry's author. The lede paragraph and the 'Developments:' \u25ba bullets summarise the sections and are not entries (no Key Points block).",
  not_entries=["'Skip to main content', masthead, Subscribe/Sign In and section menu", "kicker 'WORLD' and the title line", "'Show Caption'/'Hide Caption', photo caption and credit",
               "byline lines (author name, 'USA TODAY') and the 'Published ...' line", "lede paragraph", "'Developments:' heading and its three \u25ba bullets (summary, not entries)",
               "newsletter promo line", "'Contributing: Reuters'", "footer links and copyright line"],
  entries=[
  E("2024-08-23 05:32", "Modi offers to help find a way to peace",
    ["Modi told Zelenskyy during talks in Kyiv that India was prepared to take an active part in efforts to end the war, Indian officials said.",
     "The two leaders laid toys at a memorial for children killed in the conflict before sitting down at the presidential office.",
     "Zelenskyy said he asked India to support a second peace summit and to cut back its purchases of Russian oil."],
    "diplomacy", "diplomacy", 3, "modi-zelenskyy-kyiv-talks-2024-08-23", a="Desmond Oyelaran", n="Head-of-government visit -> importance 3."),
  E("2024-08-23 05:32", "Ukraine says troops pushed deeper into Kursk region",
    ["Ukraine's army chief Oleksandr Syrskyi said his forces had advanced up to three kilometers in parts of Russia's Kursk region over the past day.",
     "Russia's Defense Ministry said it had thwarted several Ukrainian attempts to break through. Neither side's claims could be verified."],
    "other", "frontline", 2, "kursk-incursion-advance-2024-08-23", a="Desmond Oyelaran"),
  E("2024-08-23 05:32", "Washington widens its sanctions net",
    ["The Treasury and State departments imposed sanctions on nearly 400 companies and individuals in Russia and elsewhere, including Chinese firms accused of shipping machine tools and electronics to Russian arms makers.",
     "Officials said the aim was to make it harder for Moscow to rebuild its stocks of missiles and drones."],
    "diplomacy", "diplomacy", 3, "us-sanctions-400-entities-2024-08-23", a="Desmond Oyelaran", n="Large sanctions package -> diplomacy, importance 3."),
  E("2024-08-23 05:32", "Ferry set ablaze at Russian port near Crimea",
    ["A Ukrainian drone attack set fire to a ferry loaded with fuel tank cars at the Kavkaz port in Russia's Krasnodar region, local officials said.",
     "The port faces Crimea across the Kerch Strait and handles much of the rail freight bound for the peninsula."],
    "strikes", "strikes", 2, "kavkaz-port-ferry-strike-2024-08", a="Desmond Oyelaran"),
  E("2024-08-23 05:32", "Pokrovsk families told to leave",
    ["Authorities in the eastern city of Pokrovsk ordered families with children to leave within two weeks as Russian troops closed to within about 10 kilometers.",
     "Some 50,000 people were still living in the city, according to its administration."],
    "other", "humanitarian", 2, "pokrovsk-evacuation-order-2024-08", a="Desmond Oyelaran"),
  ]))

SEEDS.append(dict(id="7201", name="7201_bakersfield-rss", ext="xml", source="The Bakersfield Californian", zone="America/Los_Angeles", render=r_bakersfield,
  title="bakersfield.com - RSS Results in news/world of type article",
  basis="RSS pubDate '{s}' (explicit -0800, Pacific standard time)",
  notes="Imitates a BLOX/TownNews (TNCMS) search-results RSS feed of the World section. Newest first. Each item has only a short summary in <description> (no full text), the AP-style upper-case byline in dc:creator ('By NAME Associated Press', or 'By The Associated Press'; author = the name as printed, upper case kept, or 'The Associated Press'), an enclosure image. pubDates carry -0800 (PST). Local times run from Tuesday evening to Wednesday afternoon, crossing local midnight, but all fall on 13 Nov 2024 UTC. Two off-beat world items.",
  not_entries=["channel title/link/description/generator/docs/ttl", "<guid>, <link> and <enclosure> values"],
  entries=[
  E("2024-11-13 14:10", "Blinken says every dollar approved for Ukraine will be spent before January",
    ["Secretary of State Antony Blinken told allies in Brussels on Wednesday that the outgoing administration would commit all the money Congress has approved for Ukraine before it leaves office in January."],
    "aid", "aid", 3, "blinken-brussels-aid-commitment-2024-11-13", a="CORINNE DALTON"),
  OFF("2024-11-13 11:25", "Climate talks in Baku bog down over how much rich nations should pay",
      ["Negotiators at the United Nations climate conference in Azerbaijan traded accusations on Wednesday as talks on a new finance target for poorer countries moved slowly."],
      "cop29-finance-talks", a="ALINA TRUSKOWSKI", n="UN climate conference."),
  E("2024-11-13 08:05", "Ukraine says Russian forces are pressing toward Kurakhove",
    ["Russian units backed by armored vehicles attacked Ukrainian positions around the eastern town of Kurakhove dozens of times over the past day, Ukraine's General Staff said Wednesday."],
    "other", "frontline", 2, "kurakhove-assaults-2024-11-13", a="The Associated Press"),
  E("2024-11-13 02:40", "Kyiv comes under missile attack for the first time in more than two months",
    ["Russia fired cruise and ballistic missiles at Kyiv early Wednesday along with attack drones, the first missile strike on the Ukrainian capital since late August, city officials said. Debris damaged several buildings."],
    "strikes", "strikes", 3, "kyiv-missile-attack-2024-11-13", a="MARTA KOSTIV"),
  E("2024-11-13 00:15", "North Korean soldiers have joined the fighting in Kursk, Blinken says",
    ["Thousands of North Korean troops sent to Russia have started taking part in combat against Ukrainian forces in the Kursk border region, Secretary of State Antony Blinken said."],
    "other", "frontline", 2, "north-korean-troops-in-combat-kursk", sec=["aid"], a="CORINNE DALTON",
    n="Headline leads with fighting -> other/frontline; the third-country troop support is secondary aid (see README conventions)."),
  OFF("2024-11-12 19:50", "Spain's Valencia region braces for more heavy rain two weeks after deadly floods",
      ["Schools were closed and residents were told to stay home in parts of eastern Spain as forecasters warned of another round of torrential rain."],
      "valencia-rain-warning", a="CIAR\u00c1N MOLLOY", n="Spanish floods."),
  E("2024-11-12 17:30", "Ukrainian drones target fuel depot in Russia's Bryansk region",
    ["The governor of Russia's Bryansk region said air defenses shot down several drones overnight and that falling debris started a fire at a fuel storage site."],
    "strikes", "strikes", 2, "bryansk-fuel-depot-drones-2024-11-13", a="The Associated Press"),
  ]))

SEEDS.append(dict(id="7202", name="7202_visaliatimesdelta-live", ext="html", source="Visalia Times-Delta", zone="America/Los_Angeles", render=r_visalia,
  title="Zelenskyy in Pennsylvania live updates: Ukraine's leader visits plant that makes artillery shells",
  updated="Updated 3:52 p.m. PT Sept. 22", parse_args=["--date", "2024-09-22"],
  lede="Ukrainian President Volodymyr Zelenskyy started a week-long trip to the United States on Sunday with a stop at an Army ammunition plant in Scranton. Follow along for the latest.",
  basis="stamp '{s}' printed after headline and byline (month and day, no year; year from parse_args / JSON-LD); Pacific time, PDT = UTC-7; JSON-LD update time agrees",
  notes="Imitates a USA TODAY Network live blog on a Gannett local site (visaliatimesdelta.com), HTML. Newest first. Each post: h2 headline, per-post byline (name + 'USA TODAY'), then the stamp '3:40 p.m. PT Sept. 22' AFTER headline and byline. No year is printed anywhere in the visible text (only in the LiveBlogPosting JSON-LD, whose per-update times agree), hence parse_args --date 2024-09-22 (the page's day; the two oldest posts are from Saturday evening, Sept. 21, local time, i.e. the same UTC day 22 Sept). Entries 02 and 04 are explainers.",
  not_entries=["header logo, menu, Subscribe/Sign In", "'LIVE' label", "h1 title", "'Updated 3:52 p.m. PT Sept. 22' page line", "share buttons", "summary paragraph under the title",
               "byline lines 'NAME USA TODAY' (author)", "newsletter box", "'Load more updates' button", "footer links"],
  entries=[
  E("2024-09-22 15:40", "Zelenskyy thanks Scranton workers for shells used on the front",
    ["Zelenskyy walked the production floor of the Scranton Army Ammunition Plant on Sunday and thanked employees for the artillery shells shipped to Ukraine.",
     "He was joined by Pennsylvania's governor and members of the state's congressional delegation.",
     "Army figures show the plant has roughly doubled its monthly output of 155mm shell bodies since 2022."],
    "aid", "aid", 3, "zelenskyy-scranton-plant-visit-2024-09-22", a="Kayla Brentwood"),
  E("2024-09-22 13:15", "What is made at the Scranton Army Ammunition Plant?",
    ["The century-old brick complex in downtown Scranton forges the steel casings of 155mm artillery projectiles, which are filled with explosives elsewhere.",
     "It is one of several Army plants that received new money to expand production after Russia's full-scale invasion."],
    "aid", "aid", 2, "explainer-scranton-ammunition-plant", a="Luis Ferreira-Hahn", n="Explainer with a body: own story, importance 2."),
  E("2024-09-22 10:05", "Russian strikes hit Zaporizhzhia and Kharkiv as Zelenskyy travels",
    ["Russian guided bombs and missiles struck Zaporizhzhia and Kharkiv on Sunday, killing at least three people and wounding more than 20, regional officials said.",
     "In Kharkiv, a bomb hit a high-rise apartment building and set several floors on fire."],
    "strikes", "strikes", 3, "russian-strikes-zaporizhzhia-kharkiv-2024-09-22", a="Kayla Brentwood"),
  E("2024-09-22 07:30", "What's in Zelenskyy's 'victory plan'?",
    ["Zelenskyy has said he will present a plan for ending the war to President Joe Biden and to both presidential candidates this week.",
     "The plan has not been published, but Ukrainian officials say it asks for more weapons, permission to strike deeper into Russia and a clear path to NATO membership."],
    "diplomacy", "diplomacy", 2, "explainer-zelenskyy-victory-plan", a="Luis Ferreira-Hahn", n="Explainer with a body: own story, importance 2."),
  E("2024-09-22 05:20", "Republicans question Zelenskyy's stop in a battleground state",
    ["Some Republican lawmakers criticized the choice of Pennsylvania for Zelenskyy's first stop, saying it gave a campaign platform to one side six weeks before the election.",
     "The White House said the visit was meant to highlight American jobs supported by aid to Ukraine."],
    "other", "politics", 2, "gop-criticism-zelenskyy-pennsylvania-stop", sec=["aid"], a="Priya Venkataraman"),
  E("2024-09-21 23:45", "Zelenskyy arrives in the US",
    ["Zelenskyy's plane landed in Pennsylvania late Saturday, his office said, at the start of a trip that will take him to the United Nations General Assembly in New York and to Washington."],
    "diplomacy", "diplomacy", 3, "zelenskyy-us-trip-arrival-2024-09-21", a="Priya Venkataraman", n="Head-of-state trip -> 3. Local day is Saturday 21 Sept; UTC day 22 Sept."),
  E("2024-09-21 21:10", "Ukraine says drones hit Russian arms depots",
    ["Ukraine's military said its drones struck two Russian ammunition depots overnight, one in the Krasnodar region and one in the Tver region, setting off large explosions.",
     "Russian officials in Krasnodar said a fire had broken out and nearby villages were being evacuated."],
    "strikes", "strikes", 2, "ukraine-drones-russian-arms-depots-2024-09-21", a="Kayla Brentwood", n="Local day Saturday 21 Sept; UTC day 22 Sept."),
  ]))

SEEDS.append(dict(id="7203", name="7203_recordsearchlight-listing", ext="html", source="Record Searchlight (Redding)", zone="America/Los_Angeles", render=r_redding,
  title="Nation & World", parse_args=["--date", "2024-10-21"],
  basis="card stamp '{s}' (month and day, no year; year from parse_args); Pacific time, PDT = UTC-7",
  notes="Imitates a Gannett section front (redding.com 'Nation & World'), HTML listing. Newest first. Each card is a link with headline, one promo sentence (the body), a credit (Associated Press / USA TODAY / Reuters; taken as author) and a stamp '1:20 p.m. PT Oct. 21'. No year in the visible text (only inside the card URLs), hence parse_args --date 2024-10-21. Two off-beat items.",
  not_entries=["header logo, menu, Subscribe/Sign In", "h1 'Nation & World'", "'Advertisement' slot", "'Load More' button", "footer links"],
  entries=[
  OFF("2024-10-21 15:45", "Cuba struggles to restore power as storm adds to the misery",
      ["Much of Cuba remained without electricity for a fourth day as crews tried to restart the island's grid and Hurricane Oscar drenched the east."],
      "cuba-blackout-hurricane-oscar", a="Associated Press", n="Cuba blackout."),
  E("2024-10-21 13:20", "Austin, in Kyiv, announces $400 million in new weapons",
    ["Defense Secretary Lloyd Austin made an unannounced visit to Kyiv on Monday and said the United States would send another $400 million in arms, including ammunition and armored vehicles."],
    "aid", "aid", 3, "austin-kyiv-visit-400m-package", a="USA TODAY"),
  E("2024-10-21 10:05", "South Korea weighs arming Ukraine after North Korean troop deployment",
    ["South Korea is considering supplying weapons directly to Ukraine in response to North Korea sending soldiers to Russia, a senior official in Seoul said."],
    "aid", "aid", 2, "south-korea-weighs-arms-for-ukraine", a="Reuters"),
  E("2024-10-21 07:40", "Guided bombs wound 13 in Zaporizhzhia",
    ["Russian guided aerial bombs damaged homes and a medical building in Zaporizhzhia, wounding 13 people, the regional governor said."],
    "strikes", "strikes", 2, "zaporizhzhia-guided-bombs-2024-10-21", a="Associated Press"),
  OFF("2024-10-21 04:55", "Indonesia's new president swears in a sprawling Cabinet",
      ["Prabowo Subianto swore in more than 100 ministers and deputy ministers a day after taking office, the largest Cabinet in Indonesia in decades."],
      "indonesia-cabinet-sworn-in", a="Associated Press", n="Indonesian politics."),
  E("2024-10-21 02:10", "Ukraine says it downed most drones launched overnight",
    ["Ukraine's air force said it shot down 80 of the 100 drones Russia launched overnight, and that others were lost to electronic jamming."],
    "strikes", "strikes", 2, "ukraine-air-defence-overnight-2024-10-21", a="Associated Press"),
  ]))

SEEDS.append(dict(id="7204", name="7204_montereyherald-latest", ext="html", source="Monterey Herald", zone="Europe/Kyiv", page_zone="America/Los_Angeles", render=r_monterey,
  title="The Latest: Zelenskyy says a ceasefire without guarantees would only let Russia rearm",
  url="https://www.montereyherald.com/2024/12/08/the-latest-zelenskyy-ceasefire-guarantees/",
  published_t="2024-12-08 03:12", updated_t="2024-12-08 13:58",
  intro="The latest on Russia\u2019s war in Ukraine. All times local.",
  basis="bold item time '{s}' in Kyiv local time ('All times local', EET = UTC+2) on {d}; the page's PUBLISHED/UPDATED lines (PST) bracket the items",
  notes="Imitates a MediaNews Group (WordPress) page carrying an AP 'The Latest' story, HTML. Items are separated by '___' and start with a bold local time; they have NO headline (headline null, the first sentence leads). Times are Kyiv local ('All times local'), while the page's own PUBLISHED/UPDATED lines are in PST: page_timezone is Europe/Kyiv for the items. Newest first. Page byline 'By Associated Press' is every item's author. Yoast-style JSON-LD @graph with NewsArticle only (no per-item data).",
  not_entries=["'Trending:' bar and its links", "header/menu", "breadcrumbs", "h1 title", "byline 'By Associated Press'", "PUBLISHED/UPDATED line",
               "share links", "intro line 'The latest on Russia\u2019s war in Ukraine. All times local.'", "'___' separators", "newsletter box",
               "'Originally Published:' line", "'More in Nation/World' link", "footer"],
  entries=[
  E("2024-12-08 23:40", None,
    ["Zelenskyy said in his nightly video address that any ceasefire must come with firm security guarantees, or Russia would use the pause to rebuild its army and attack again.",
     "He said he had raised the issue with allies during his weekend visit to Paris."],
    "diplomacy", "diplomacy", 3, "zelenskyy-ceasefire-guarantees-2024-12-08", a="Associated Press"),
  E("2024-12-08 21:15", None,
    ["Ukraine's General Staff reported more than 40 Russian assaults near Pokrovsk during the day, the highest number anywhere along the front."],
    "other", "frontline", 2, "pokrovsk-front-assaults-2024-12-08", a="Associated Press"),
  E("2024-12-08 18:50", None,
    ["Zelenskyy gave a rare official figure for Ukraine's military losses, saying 43,000 soldiers had been killed since the full-scale invasion began.",
     "He posted the number on social media in response to what he called inflated casualty claims circulating abroad."],
    "other", "frontline", 3, "zelenskyy-military-death-toll-figure", a="Associated Press", n="Casualty figure for the army -> other/frontline; first official figure, importance 3."),
  E("2024-12-08 16:25", None,
    ["A Russian drone struck a city bus in Kherson, wounding five passengers and the driver, the regional administration said."],
    "strikes", "strikes", 2, "kherson-drone-bus-2024-12-08", a="Associated Press"),
  E("2024-12-08 14:05", None,
    ["Donald Trump said in a television interview broadcast Sunday that Ukraine should \u201cprobably\u201d expect less help from the United States once he takes office.",
     "The president-elect added that he wanted the war to end quickly and was in contact with both sides."],
    "aid", "aid", 3, "trump-less-aid-remarks-2024-12-08", sec=["diplomacy"], a="Associated Press"),
  E("2024-12-08 13:30", None,
    ["Russia's Defense Ministry said air defenses destroyed 28 Ukrainian drones over the Kursk and Bryansk regions overnight."],
    "strikes", "strikes", 2, "russia-drone-interceptions-2024-12-08", a="Associated Press"),
  ]))

SEEDS.append(dict(id="7205", name="7205_intelligencer-live", ext="txt", source="The Intelligencer (Belleville)", zone="America/Toronto", render=r_intelligencer,
  title="Ukraine war live: Russian drones target Odesa; Kyiv reports executions of captured soldiers",
  deck="Follow our live coverage of the war in Ukraine.", byline="Postmedia News",
  publine="Published Oct 13, 2024  \u2022  Last updated 2 hours ago  \u2022  5 minute read",
  caption="Firefighters work at the site of a drone strike in the Odesa region. Photo by Handout /Ukrainian Emergency Service via AFP",
  lede=["Updates on the war in Ukraine will appear below throughout the day, oldest first."],
  basis="bare time '{s}' printed after the headline, on the page's date {d} ('Published Oct 13, 2024'); no zone printed, Belleville = Eastern time (EDT = UTC-4)",
  notes="Imitates a Postmedia community-site page (intelligencer.ca) carrying a syndicated live file, copied as plain text. OLDEST first. Each post: headline, then a bare time line '6:15 a.m.' (no zone; Ontario, EDT, implied by the outlet), then body. Postmedia copy artefacts are interleaved: 'Article content' lines, 'Advertisement N' / 'Story continues below' / 'This advertisement has not loaded yet...' blocks; none are body paragraphs. 'Last updated 2 hours ago' is unanchored and not an entry time. Page byline 'Postmedia News' (after 'Author of the article:') is every entry's author.",
  not_entries=["'Skip to Content', site name, Subscribe/Sign In, menu", "'News'/'World' breadcrumb lines", "title and deck lines", "'Author of the article:' and 'Postmedia News'",
               "'Published Oct 13, 2024 \u2022 Last updated 2 hours ago \u2022 5 minute read'", "'Join the conversation'", "photo caption", "'Article content' lines (every one)",
               "intro line 'Updates on the war in Ukraine will appear below...'", "'Advertisement N', 'Story continues below', 'This advertisement has not loaded yet...' blocks",
               "'You can save this article by registering for free here...'", "share block", "'Trending' and its two local links", "comments block and copyright line"],
  entries=[
  E("2024-10-13 06:15", "Odesa region hit by overnight drone barrage",
    ["Russian drones struck port and energy facilities in the Odesa region overnight, Ukraine's southern military command said, leaving parts of the region without power.",
     "No casualties were reported."],
    "strikes", "strikes", 2, "odesa-drone-attack-2024-10-13", a="Postmedia News"),
  E("2024-10-13 08:30", "Kremlin rules out talks while Ukrainian troops remain in Kursk",
    ["Kremlin spokesman Dmitry Peskov said there could be no negotiations with Ukraine while its forces were on Russian soil."],
    "diplomacy", "diplomacy", 2, "kremlin-rules-out-talks-kursk-2024-10-13", a="Postmedia News"),
  E("2024-10-13 10:45", "Ottawa adds Russian drone suppliers to sanctions list",
    ["Canada has imposed sanctions on more than 20 companies and individuals it says supply parts for Russian attack drones, Foreign Affairs Minister M\u00e9lanie Joly said.",
     "The list includes firms registered in Hong Kong and Turkey."],
    "diplomacy", "diplomacy", 2, "canada-sanctions-drone-suppliers-2024-10", a="Postmedia News"),
  E("2024-10-13 12:20", "Ukraine accuses Russian troops of executing prisoners in Kursk region",
    ["Ukraine's prosecutor general said investigators had opened a case after a video appeared to show Russian soldiers shooting captured Ukrainian troops in the Kursk region."],
    "other", "humanitarian", 2, "kursk-pow-executions-claim-2024-10", a="Postmedia News", n="War-crimes report -> other/humanitarian."),
  E("2024-10-13 14:05", "Two killed as guided bomb hits Kharkiv industrial site",
    ["A Russian guided bomb struck an industrial area in Kharkiv, killing two workers and injuring nine, the regional governor said.",
     "It was the third strike on the city in as many days."],
    "strikes", "strikes", 3, "kharkiv-guided-bomb-2024-10-13", a="Postmedia News"),
  E("2024-10-13 16:40", "Toronto volunteers send ambulances to front-line hospitals",
    ["A group of Ukrainian-Canadian volunteers in Toronto said it had shipped 12 used ambulances to hospitals near the front line, paid for with donations collected since spring."],
    "aid", "aid", 2, "toronto-volunteer-ambulances-2024-10", a="Postmedia News", n="Private humanitarian support -> aid."),
  E("2024-10-13 17:40", "Russia claims capture of village near Toretsk",
    ["Russia's Defence Ministry said its troops had taken a village on the approach to Toretsk in the Donetsk region."],
    "other", "frontline", 2, "toretsk-village-claim-2024-10-13", a="Postmedia News"),
  ]))

SEEDS.append(dict(id="7206", name="7206_theguardianpei-roundup", ext="html", source="The Guardian (Charlottetown)", zone="America/Halifax", render=r_guardianpei,
  title="Russia-Ukraine war: Kharkiv region shelled as Ukraine claims hit on Arctic airfield", byline="The Canadian Press",
  dateline_t="2024-07-27 16:20", url="https://www.saltwire.com/prince-edward-island/news/world/russia-ukraine-war-kharkiv-region-shelled",
  lede="Here is a look at the main developments in Russia's war in Ukraine on Saturday.",
  basis="no per-section time; the article's 'Posted: July 27, 2024, 4:20 p.m.' line (no zone printed; Atlantic time implied by the outlet, ADT = UTC-3) used for every section; JSON-LD datePublished agrees",
  notes="Imitates a SaltWire Network article page for The Guardian (Charlottetown), HTML, carrying a Canadian Press round-up with h2 section heads. One entry per section (headline = h2), stamp null, published = 'Posted: July 27, 2024, 4:20 p.m.' (no zone printed; Atlantic daylight time implied by the outlet, matching the JSON-LD -03:00). Credit 'The Canadian Press' as author for every section.",
  not_entries=["cookie banner", "header/menu, Subscribe/Log in", "kicker 'World'", "h1 title", "credit line 'The Canadian Press'", "'Posted: ...' line", "share links",
               "lede 'Here is a look at the main developments...'", "'RELATED:' box with one link", "newsletter box", "footer"],
  entries=[
  E("2024-07-27 16:20", "Deadly shelling in Kharkiv region",
    ["Russian shelling and a guided bomb killed three civilians in towns north of Kharkiv on Saturday, the regional governor said.",
     "Several houses and a shop were destroyed in the village of Zolochiv."],
    "strikes", "strikes", 3, "kharkiv-region-shelling-2024-07-27", a="The Canadian Press"),
  E("2024-07-27 16:20", "Drones reach Arctic air base",
    ["Ukraine's military intelligence agency said its drones hit an air base in Russia's Murmansk region, more than 1,800 kilometres from the border, damaging a long-range bomber.",
     "Russia did not comment on the claim."],
    "strikes", "strikes", 2, "ukraine-drones-murmansk-airbase-2024-07-27", a="The Canadian Press"),
  E("2024-07-27 16:20", "Ottawa targets child deportations",
    ["Canada announced sanctions on more than a dozen people it accuses of taking part in the deportation of Ukrainian children to Russia."],
    "diplomacy", "diplomacy", 2, "canada-sanctions-child-deportations-2024-07", a="The Canadian Press"),
  E("2024-07-27 16:20", "Prisoners' families rally in Kyiv",
    ["Hundreds of relatives of Ukrainian soldiers held in Russian captivity gathered in central Kyiv to urge the government to speed up prisoner exchanges."],
    "other", "humanitarian", 2, "pow-families-rally-kyiv-2024-07-27", a="The Canadian Press"),
  E("2024-07-27 16:20", "On the front line",
    ["Ukraine's General Staff said the heaviest fighting continued near Pokrovsk and Toretsk in the Donetsk region.",
     "Russian forces have been advancing slowly in the area for weeks."],
    "other", "frontline", 2, "pokrovsk-toretsk-fighting-2024-07-27", a="The Canadian Press"),
  ]))

SEEDS.append(dict(id="7207", name="7207_truronews-tag", ext="txt", source="Truro News", zone="America/Halifax", render=r_truro,
  title="Ukraine",
  basis="card stamp '{s}' (full date and 12 h time, no zone printed; Nova Scotia time implied by the outlet, AST = UTC-4)",
  notes="Imitates a SaltWire Network tag page ('Stories tagged Ukraine') as shown under the Truro News brand, copied as plain text. Newest first. Each card: headline, teaser paragraph, credit line (staff name or agency; taken as author), stamp 'Nov. 11, 2024 \u00b7 3:40 p.m.', 'Read more'. No zone printed: Atlantic standard time implied. The oldest card is from Sunday evening local time (Nov. 10) but already 11 Nov UTC.",
  not_entries=["'SaltWire' and 'Truro News' brand lines, menu, Subscribe/Log in", "tag title 'Ukraine' and 'Stories tagged Ukraine'", "credit lines (author)", "'Read more' under every card",
               "'ADVERTISEMENT'", "'Load more'", "copyright and footer links"],
  entries=[
  E("2024-11-11 15:40", "Ukrainian newcomers join Remembrance Day ceremony in Truro",
    ["About a dozen Ukrainians who settled in Colchester County after fleeing the war laid a wreath at the Truro cenotaph on Monday.",
     "One of them said the ceremony made her think of the soldiers still fighting at home."],
    "other", "humanitarian", 2, "truro-remembrance-ukrainian-newcomers", a="Lorne MacQuarrie", n="Local refugee community story -> other/humanitarian."),
  E("2024-11-11 13:05", "Kremlin denies report of Putin-Trump phone call",
    ["The Kremlin on Monday rejected a newspaper report that Vladimir Putin and Donald Trump had spoken by phone after the U.S. election, calling it pure invention."],
    "diplomacy", "diplomacy", 3, "kremlin-denies-putin-trump-call-2024-11-11", a="Reuters"),
  E("2024-11-11 10:20", "Russia gathers large force, including North Korean troops, near Kursk: report",
    ["Russia has massed about 50,000 soldiers, among them North Korean troops, to try to push Ukrainian forces out of the Kursk region, according to reports citing U.S. and Ukrainian officials."],
    "other", "frontline", 2, "kursk-counteroffensive-buildup-2024-11", sec=["aid"], a="The Associated Press"),
  E("2024-11-11 07:45", "Ukraine says most overnight drones were brought down",
    ["Ukraine's air force said it destroyed 31 of 50 Russian drones launched overnight, with most of the rest lost to electronic jamming."],
    "strikes", "strikes", 2, "ukraine-air-defence-overnight-2024-11-11", a="The Canadian Press"),
  E("2024-11-11 00:50", "One killed as missile hits Odesa port area",
    ["A Russian missile struck the port area of Odesa, killing one person and damaging warehouses, the regional governor said."],
    "strikes", "strikes", 3, "odesa-port-missile-2024-11-11", a="Reuters"),
  E("2024-11-10 21:10", "Bible Hill church collects winter gear for Kharkiv",
    ["A church in Bible Hill is collecting coats, boots and small generators to ship to families in the Kharkiv region before the coldest months arrive."],
    "aid", "aid", 2, "bible-hill-winter-gear-kharkiv", a="Lorne MacQuarrie", n="Local humanitarian collection for Ukraine -> aid. Local day Nov. 10; UTC day 11 Nov."),
  ]))

SEEDS.append(dict(id="7208", name="7208_timesage-world", ext="txt", source="Wairarapa Times-Age", zone="Pacific/Auckland", render=r_timesage,
  title="World",
  basis="stamp '{s}' (day, month, year, 12 h time; no zone printed, New Zealand time implied: NZST = UTC+12)",
  notes="Imitates the World page of a New Zealand regional daily (Wairarapa Times-Age), copied as plain text, NZ-style stamps '9 Sep, 2024 10:40 AM' and read times. Newest first. Credits: 'By NAME' plus an agency line (author = the name), or the agency alone (author = the agency). No zone printed: NZST (UTC+12) implied. Local times run from Sunday 8 Sept 1:05 PM to Monday 9 Sept 10:40 AM, crossing local midnight, all on 8 Sept UTC. One off-beat item.",
  not_entries=["masthead, menu, Subscribe/Log in", "page heading 'World'", "credit lines (author) and agency lines", "'N mins to read' lines", "'Read more' after every item", "'Advertisement'", "footer"],
  entries=[
  E("2024-09-09 10:40", "Russia says it shot down drones over border regions",
    ["Russia's Defence Ministry said air defences destroyed 14 Ukrainian drones over the Belgorod, Kursk and Voronezh regions overnight."],
    "strikes", "strikes", 2, "russia-drone-interceptions-2024-09-08", a="AP", n="Local day Monday 9 Sept; UTC day 8 Sept."),
  dict(E("2024-09-09 07:15", "Ukraine's new foreign minister vows to press for long-range strike approval",
    ["Andrii Sybiha, who took over as Ukraine's foreign minister last week, said his first task was persuading allies to let Kyiv use Western weapons against targets deep inside Russia.",
     "He is due in Brussels later this month."],
    "diplomacy", "diplomacy", 2, "sybiha-long-range-strike-push", a="Rhiannon Tait", n="Local day Monday 9 Sept; UTC day 8 Sept."), agency="Reuters"),
  E("2024-09-09 00:30", "Two dead after guided bombs hit Sumy",
    ["Two people were killed and seven wounded when Russian guided bombs hit a residential area of Sumy, in Ukraine's north-east, local officials said."],
    "strikes", "strikes", 3, "sumy-guided-bombs-2024-09-08", a="AP", n="Printed just after local midnight (9 Sept); UTC 8 Sept 12:30."),
  E("2024-09-08 21:50", "NZ adds names to Russia sanctions list",
    ["New Zealand has imposed travel bans and asset freezes on another 16 people it links to Russia's war effort, Foreign Minister Winston Peters said."],
    "diplomacy", "diplomacy", 2, "nz-russia-sanctions-2024-09", a="RNZ"),
  E("2024-09-08 17:20", "Russian army claims another village near Pokrovsk",
    ["Russia's military said its forces had taken control of a village south-east of Pokrovsk, a logistics hub in the Donetsk region."],
    "other", "frontline", 2, "pokrovsk-village-claim-2024-09-08", a="AP"),
  OFF("2024-09-08 13:05", "Paralympic Games close in Paris",
      ["The Paris Paralympics ended with a closing ceremony at the Stade de France after 11 days of competition."],
      "paris-paralympics-close", a="AP", n="sport."),
  ]))

SEEDS.append(dict(id="7209", name="7209_ashburtonguardian-atom", ext="xml", source="Ashburton Guardian", zone="Pacific/Auckland", render=r_ashburton,
  title="World \u2013 Ashburton Guardian",
  basis="Atom <published> '{s}' (explicit Z, with seconds); New Zealand local time NZDT = UTC+13",
  notes="Imitates a WordPress category Atom feed (World) of the Ashburton Guardian. Newest first. <published> in UTC (Z) with seconds; titles, summaries and content in CDATA; the <summary> is a cut excerpt ending '[&#8230;]' and duplicates the first paragraph (not a separate entry). Per-entry <author> names are agency/desk credits. In NZ local time (NZDT) the entries run from 30 Dec 2:10 PM to 31 Dec 11:15 AM, crossing local midnight; all are 30 Dec UTC. One off-beat item.",
  not_entries=["feed title/subtitle/updated/id/links/generator", "<summary> excerpts (cut copies of the first paragraph)", "<category> and <id> values"],
  entries=[
  E("2024-12-31 11:15:33", "US announces final big weapons package for Ukraine under Biden",
    ["The United States will send Ukraine another US$2.5 billion in weapons and equipment, including air defence interceptors and artillery ammunition, the White House said.",
     "It is expected to be among the last packages announced before Donald Trump takes office on 20 January."],
    "aid", "aid", 3, "us-2-5bn-package-2024-12-30", a="RNZ"),
  E("2024-12-31 09:40:12", "Russia and Ukraine exchange 150 prisoners each",
    ["Russia and Ukraine each released 150 prisoners of war in a swap brokered by the United Arab Emirates, officials in both countries said.",
     "Some of the returning Ukrainian soldiers had been held since 2022."],
    "diplomacy", "diplomacy", 3, "prisoner-exchange-150-2024-12-30", a="Reuters"),
  OFF("2024-12-31 06:05:48", "South Korea holds national mourning after airliner crash",
      ["South Korea began a week of national mourning after a passenger jet crashed on landing at Muan airport, killing 179 people."],
      "jeju-air-crash-mourning", a="AP", n="air crash in South Korea."),
  E("2024-12-31 01:30:05", "Zelensky accuses Slovak leader of siding with Moscow over gas",
    ["Ukraine's president accused Slovak Prime Minister Robert Fico of helping Russia pay for its war after Fico threatened to cut electricity supplies to Ukraine over the end of gas transit."],
    "diplomacy", "diplomacy", 2, "zelensky-fico-gas-transit-row", a="Reuters"),
  E("2024-12-30 21:20:41", "Drones hit energy facility in Kharkiv region",
    ["Russian drones damaged an energy facility in the Kharkiv region overnight, leaving several villages without power, the regional governor said."],
    "strikes", "strikes", 2, "kharkiv-energy-drone-2024-12-30", a="AP"),
  E("2024-12-30 14:10:09", "Finland holds tanker after Baltic cable damaged",
    ["Finnish investigators said they were questioning the crew of a tanker suspected of dragging its anchor across an undersea power cable between Finland and Estonia.",
     "Officials said the ship belonged to the fleet of ageing vessels used to carry Russian oil around sanctions."],
    "other", "security", 2, "finland-tanker-cable-damage", a="Reuters", n="Sabotage suspicion involving Russia's shadow fleet -> other/security."),
  ]))


# ============================================================ PART B, day 1: 2024-12-18 (UTC)
D1 = "Day 1 (2024-12-18 UTC): 7220, 7221, 7222, 7223."
ZAP = "zaporizhzhia-missile-strike-2024-12-18"
RUT = "rutte-brussels-dinner-zelensky-2024-12-18"
KIR = "kirillov-killing-suspect-detained"
GRID = "analysis-energy-grid-winter-attacks"
GRID_H = "Analysis: Why Ukraine's energy grid is bracing for a winter barrage"
GRID_P = ["Ukrainian engineers have spent the autumn repairing substations knocked out during the summer, but officials warn that the system has little reserve left.",
          "Russia has tended to save up missiles for large combined attacks on power infrastructure once temperatures drop, and analysts expect the pattern to repeat.",
          "Households have been told to keep power banks and generators ready."]

SEEDS.append(dict(id="7220", name="7220_copperbeech-textlive", ext="txt", source="Copperbeech Courier", zone="UTC", render=r_copperbeech,
  title="Ukraine war live: Zaporizhzhia missile strike kills five; Rutte hosts Zelensky in Brussels", dayline="Wednesday 18 December 2024",
  basis="stamp '{s}' on the page's date {d} ('Live coverage \u00b7 Wednesday 18 December 2024'); GMT = UTC",
  notes="Invented outlet. Text live blog, NEWEST first; each post: stamp line '16:55 GMT', headline, body, then a signature line '\u2013 NAME' (author; not a body paragraph). Key Points block lists two exact headlines (entries 01 and 03). Entry 05 is a video teaser without body. Spelling 'Zaporizhzhia'; toll two (09:05) then five (16:55). " + D1,
  not_entries=["masthead and menu", "title line and 'Live coverage \u00b7 Wednesday 18 December 2024'", "'Key Points' heading and its two '\u2022 ' bullets", "'Newest first'",
               "signature lines '\u2013 NAME' (author)", "'Sponsored content'", "'Show older updates' and footer"],
  entries=[
  E("2024-12-18 21:15", "Rutte hosts Zelensky and European leaders at Brussels dinner",
    ["NATO Secretary General Mark Rutte welcomed Volodymyr Zelensky and the leaders of several European countries to his residence in Brussels on Wednesday evening for talks on how to strengthen Ukraine's hand before any negotiations.",
     "Air defence deliveries and the shape of possible security guarantees topped the agenda, a NATO official said."],
    "diplomacy", "diplomacy", 3, RUT, sec=["aid"], a="Tomasz Bieniek", kp=True),
  E("2024-12-18 19:40", "Germany says another IRIS-T system has arrived in Ukraine",
    ["Germany's defence ministry said a further IRIS-T air defence system had been handed over to Ukraine, the third delivered this autumn.",
     "Berlin has promised several more next year."],
    "aid", "aid", 2, "germany-iris-t-delivery-2024-12-18", a="Harriet Quennell",
    n="Air-defence delivery: same theme as the Rutte dinner, different event (must not merge)."),
  E("2024-12-18 16:55", "Zaporizhzhia death toll rises to five",
    ["Five people are now known to have died after Russian missiles struck Zaporizhzhia on Wednesday morning, regional governor Ivan Fedorov said.",
     "More than 20 were injured, and rescuers were still searching the ruins of a two-storey workshop."],
    "strikes", "strikes", 3, ZAP, a="Harriet Quennell", kp=True),
  E("2024-12-18 14:30", "Russian investigators say suspect detained over Kirillov killing",
    ["Russia's Investigative Committee said it had detained a man born in 1995 who, it claimed, had been recruited by Ukrainian intelligence to plant the bomb that killed General Igor Kirillov in Moscow on Tuesday.",
     "Investigators said the suspect had been promised $100,000 and a European passport. Ukraine's SBU security service has said it carried out the attack."],
    "other", "security", 3, KIR, a="Tomasz Bieniek"),
  E("2024-12-18 12:10", "Watch: Rescuers search rubble in Zaporizhzhia", [], "strikes", "strikes", 1, ZAP, n="Video teaser without body -> importance 1, story of the strike it shows."),
  E("2024-12-18 10:45", "North Korean troops suffered first losses in Kursk, Ukraine says",
    ["Ukraine's military intelligence said dozens of North Korean soldiers fighting alongside Russian forces had been killed or wounded in the Kursk region over the weekend."],
    "other", "frontline", 2, "north-korean-troop-losses-kursk-2024-12", a="Harriet Quennell"),
  E("2024-12-18 09:05", "Two killed as missiles strike Zaporizhzhia",
    ["Russian missiles hit an industrial area of Zaporizhzhia shortly before 11am local time, killing at least two people, the regional administration said.",
     "Windows were blown out in nearby apartment blocks."],
    "strikes", "strikes", 3, ZAP, a="Harriet Quennell"),
  E("2024-12-18 07:30", "Drones damage energy site in Odesa region",
    ["Russian drones damaged an energy facility in the Odesa region overnight, cutting power to several thousand homes, the regional governor said."],
    "strikes", "strikes", 2, "odesa-energy-drone-attack-2024-12-18", a="Tomasz Bieniek", n="Different attack from Zaporizhzhia (must not merge)."),
  ]))

SEEDS.append(dict(id="7221", name="7221_hazelcombe-htmllive", ext="html", source="Hazelcombe Standard", zone="Europe/Kyiv", render=r_hazelcombe,
  title=f"War in Ukraine, day {war_day(date(2024, 12, 18)):,}: live updates", dayline="18 December 2024", url="https://hazelcombe.example/live/2024-12-18",
  lede="Missiles hit Zaporizhzhia in the morning; Kherson shelled; Zelensky heads to Brussels.",
  basis="stamp '{s}' in <time datetime> (+02:00, Kyiv EET) on {d}; JSON-LD update time agrees",
  notes="Invented outlet. HTML live blog, OLDEST first, with LiveBlogPosting JSON-LD whose updates carry correct per-update times and authors. Visible stamps are bare '14:20' in <time datetime> (Kyiv, EET = UTC+2), byline 'by NAME' below the h2. Entry 05 is the day's theme piece (analysis). Entry 06 repeats entry 02 nearly verbatim (duplicate_of 7221-02). Toll four at 13:40. " + D1,
  not_entries=["header and menu", "h1 title", "dateline '18 December 2024 \u00b7 Kyiv time \u00b7 updates in the order they were posted'", "standfirst", "'by NAME' lines (author)",
               "'Share Copy link' tools under each update", "donation box", "footer"],
  entries=[
  E("2024-12-18 08:50", "Russia claims capture of another village near Pokrovsk",
    ["Russia's defence ministry said its troops had taken a village south of Pokrovsk, a claim the Ukrainian military did not confirm.",
     "Ukrainian commanders said Russian attacks in the area had not let up for a week."],
    "other", "frontline", 2, "pokrovsk-village-claim-2024-12-18", a="Oleksandra Hrytsenko"),
  E("2024-12-18 10:05", "Woman killed as Russian shelling hits Kherson bus stop",
    ["A 64-year-old woman was killed and two men injured when Russian artillery hit a bus stop in Kherson's Dniprovskyi district, the city's military administration said.",
     "The shelling came from the Russian-occupied left bank of the Dnipro."],
    "strikes", "strikes", 2, "kherson-bus-stop-shelling-2024-12-18", a="Mykyta Zaruba", n="Different attack from Zaporizhzhia (must not merge)."),
  E("2024-12-18 13:40", "Zaporizhzhia: four dead after morning missile strike",
    ["The number of people killed in the missile strike on Zaporizhzhia has risen to four, according to governor Ivan Fedorov.",
     "He said the missiles hit an industrial enterprise and damaged a clinic and several shops nearby."],
    "strikes", "strikes", 3, ZAP, a="Oleksandra Hrytsenko"),
  E("2024-12-18 15:30", "Rutte to host Zelensky in Brussels tonight",
    ["President Zelensky is travelling to Brussels, where NATO's secretary general will host him and a small group of European leaders for an evening meeting, his office said."],
    "diplomacy", "diplomacy", 3, RUT, a="Mykyta Zaruba", n="Announcement of the same meeting -> same story."),
  E("2024-12-18 17:10", GRID_H, GRID_P, "strikes", "strikes", 2, GRID, a="Daria Lomako",
    n="Theme piece (analysis of attacks on the power grid, with body): own story, importance 2; not the Zaporizhzhia or Odesa strikes."),
  E("2024-12-18 18:25", "Woman killed as Russian shells hit Kherson bus stop",
    ["A 64-year-old woman was killed and two men were injured when Russian artillery hit a bus stop in Kherson's Dniprovskyi district, the city military administration said.",
     "The shelling came from the Russian-occupied left bank of the Dnipro river."],
    "strikes", "strikes", 1, "kherson-bus-stop-shelling-2024-12-18", a="Mykyta Zaruba", dup="7221-02", n="Near-verbatim repeat of 7221-02 -> importance 1."),
  E("2024-12-18 21:45", "SBU says it foiled plan to bomb recruitment office in Kyiv",
    ["Ukraine's SBU security service said it had detained two people suspected of preparing to blow up a military recruitment office in Kyiv on orders from Russian intelligence."],
    "other", "security", 2, "sbu-foiled-recruitment-office-bombing-2024-12", a="Daria Lomako",
    n="Security case in Ukraine: same theme as the Kirillov investigation, different event (must not merge)."),
  ]))

SEEDS.append(dict(id="7222", name="7222_gullstone-worldrss", ext="xml", source="Gullstone World Service", zone="UTC", render=r_rss_world, rfc="GMT",
  title="Gullstone World Service - World headlines", url="https://gullstone.example", lede="Headlines from around the world",
  basis="pubDate '{s}' (explicit GMT)",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, one CDATA paragraph per item, no authors. Four of six items are off-beat (US rates, Mayotte, Vanuatu, Honda-Nissan). Spelling 'Zaporizhia'; toll seven at 19:25. " + D1,
  not_entries=["channel title/link/description/language", "<category>, <link> and <guid> values"],
  entries=[
  OFF("2024-12-18 20:10", "US central bank cuts interest rates for third time this year",
      ["The US Federal Reserve lowered its main interest rate by a quarter of a percentage point but signalled it expects fewer cuts next year."],
      "us-fed-rate-cut-2024-12", n="US monetary policy."),
  E("2024-12-18 19:25", "Toll from Zaporizhia missile strike climbs to seven",
    ["Seven people were killed and about 30 injured when Russian missiles struck the southern Ukrainian city of Zaporizhia on Wednesday, local officials said in an evening update."],
    "strikes", "strikes", 3, ZAP),
  OFF("2024-12-18 14:50", "Macron visits cyclone-hit Mayotte",
      ["French President Emmanuel Macron arrived in Mayotte to see the destruction left by Cyclone Chido, which flattened whole neighbourhoods of the Indian Ocean territory."],
      "macron-mayotte-visit", n="French overseas territory after a cyclone."),
  E("2024-12-18 12:35", "Uzbek man held over Moscow bombing that killed general",
    ["A citizen of Uzbekistan has been arrested over the scooter bomb that killed a senior Russian general in Moscow, Russian investigators said."],
    "other", "security", 3, KIR),
  OFF("2024-12-18 10:00", "Rescuers search collapsed buildings after Vanuatu earthquake",
      ["Rescue teams in Vanuatu's capital Port Vila worked through the night to reach people trapped in collapsed buildings after a powerful earthquake."],
      "vanuatu-earthquake-rescue", n="Pacific earthquake."),
  OFF("2024-12-18 07:20", "Honda and Nissan confirm merger talks",
      ["Japanese carmakers Honda and Nissan said they were discussing closer ties, including a possible merger, but that no decision had been taken."],
      "honda-nissan-merger-talks", n="business."),
  ]))

SEEDS.append(dict(id="7223", name="7223_brindlehurst-article", ext="txt", source="Brindlehurst Gazette", zone="Europe/Warsaw", render=r_brindlehurst,
  title="Zelensky in Brussels as Zaporozhye counts its dead", byline="Zofia K\u0119dzierska", dateline="Wednesday, 18 December 2024 \u00b7 21:40 CET",
  lede="Europe's leaders met Ukraine's president at NATO's invitation while the death toll from a missile strike in the south kept rising.",
  more="Poland's air defence shield: where the money goes",
  basis="no per-section time; the article dateline '{d} 21:40 CET' (Warsaw, CET = UTC+1) used for every section",
  notes="Invented outlet. Text article with four section headings; one entry per section (headline = heading), stamp null, published = the dateline 'Wednesday, 18 December 2024 \u00b7 21:40 CET' for every section; page byline as author. Spelling 'Zaporozhye'; toll eight. Section 03 is an explainer (theme piece, with body). " + D1,
  not_entries=["outlet name and breadcrumb", "title line", "byline and dateline lines", "standfirst paragraph", "share line", "'Read also: ...' link", "copyright line"],
  entries=[
  E("2024-12-18 21:40", "Dinner at Rutte's residence",
    ["Mark Rutte's guests in Brussels included the leaders of Poland, Germany, France, Italy and Denmark as well as the heads of the European Commission and Council, diplomats said.",
     "Zelensky told them Ukraine needed at least a dozen more air defence systems to get through the winter."],
    "diplomacy", "diplomacy", 3, RUT, sec=["aid"], a="Zofia K\u0119dzierska"),
  E("2024-12-18 21:40", "Zaporozhye toll reaches eight",
    ["Eight people have died and 29 were injured in Wednesday's missile attack on Zaporozhye, the regional administration said late in the evening."],
    "strikes", "strikes", 3, ZAP, a="Zofia K\u0119dzierska"),
  E("2024-12-18 21:40", "Explained: why Patriot batteries are so scarce",
    ["Only a handful of countries operate Patriot systems and each battery takes years to build, which is why Ukraine's requests are so hard to meet.",
     "Interceptor missiles are in even shorter supply, with annual production of a few hundred shared among many customers."],
    "aid", "aid", 2, "explainer-patriot-scarcity", a="Zofia K\u0119dzierska",
    n="Theme piece (explainer with body): own story, importance 2; not the Rutte dinner or the IRIS-T delivery."),
  E("2024-12-18 21:40", "Court jails Belarusian over rail sabotage plot",
    ["A court in Lublin sentenced a Belarusian man to eight years in prison for planning to derail trains carrying aid to Ukraine on the orders of Russian intelligence."],
    "other", "security", 2, "lublin-rail-sabotage-sentence", a="Zofia K\u0119dzierska",
    n="Sabotage case: same theme as the Kirillov investigation, different event (must not merge)."),
  ]))

# ============================================================ PART B, day 2: 2024-12-19 (UTC) — the day after day 1
D2 = "Day 2 (2024-12-19 UTC, the day after day 1): 7230, 7231, 7232, 7233."
KRY = "kryvyi-rih-missile-strike-2024-12-19"
PUT = "putin-year-end-press-conference-2024-12-19"
EUS = "eu-summit-zelensky-brussels-2024-12-19"

SEEDS.append(dict(id="7230", name="7230_hazelcombe-htmllive", ext="html", source="Hazelcombe Standard", zone="Europe/Kyiv", render=r_hazelcombe,
  title=f"War in Ukraine, day {war_day(date(2024, 12, 19)):,}: live updates", dayline="19 December 2024", url="https://hazelcombe.example/live/2024-12-19",
  lede="A missile hits central Kryvyi Rih; Zaporizhzhia mourns; Putin holds his year-end news conference; Zelensky at the EU summit.",
  basis="stamp '{s}' in <time datetime> (+02:00, Kyiv EET) on {d}; JSON-LD update time agrees",
  notes="Invented outlet (same as 7221, next day). HTML live blog, OLDEST first, LiveBlogPosting JSON-LD with per-update times. Entry 02 continues day 1's Zaporizhzhia story (toll 10, day of mourning) under the day-1 slug. Entry 04 is the day's theme piece (explainer). Entry 05 is a re-post of day-1 entry 7221-05 (same headline and text): importance 1. Entry 08 repeats entry 06 nearly verbatim (duplicate_of 7230-06). Kryvyi Rih toll one (09:30) then four (20:35). " + D2,
  not_entries=["header and menu", "h1 title", "dateline '19 December 2024 \u00b7 Kyiv time \u00b7 ...'", "standfirst", "'by NAME' lines (author)", "'Share Copy link' tools", "donation box", "footer"],
  entries=[
  E("2024-12-19 09:30", "Missile strike on Kryvyi Rih kills one, damages school",
    ["A Russian ballistic missile hit the centre of Kryvyi Rih on Thursday morning, killing one man and damaging a school and an office building, the head of the city's defence council said."],
    "strikes", "strikes", 3, KRY, a="Mykyta Zaruba"),
  E("2024-12-19 10:45", "Zaporizhzhia holds day of mourning as toll reaches 10",
    ["Zaporizhzhia observed a day of mourning on Thursday after two more victims of Wednesday's missile strike died in hospital, bringing the toll to 10.",
     "Flags flew at half mast and public events were cancelled."],
    "strikes", "strikes", 3, ZAP, a="Oleksandra Hrytsenko", n="Continuation of day 1's story with a new development (toll 10, mourning): keeps the day-1 slug."),
  E("2024-12-19 12:15", "Putin says Russia ready to talk to Trump 'without preconditions'",
    ["Vladimir Putin told his annual year-end news conference that he was ready to meet Donald Trump at any time and that Russia set no preconditions for talks on Ukraine.",
     "He insisted, however, that any deal would have to reflect what he called the reality on the ground."],
    "diplomacy", "diplomacy", 3, PUT, a="Daria Lomako"),
  E("2024-12-19 13:50", "Explainer: how mobile fire groups hunt Shahed drones",
    ["Mobile fire groups are small teams, often made up of volunteers and reservists, who drive pickup trucks fitted with heavy machine guns into the expected path of Russian attack drones.",
     "They rely on acoustic sensors and radar alerts to find their targets at night."],
    "strikes", "strikes", 2, "explainer-mobile-fire-groups", a="Daria Lomako", n="Theme piece (explainer with body): own story, importance 2."),
  E("2024-12-19 15:20", GRID_H, GRID_P, "strikes", "strikes", 1, GRID, a="Daria Lomako",
    n="Re-post of day-1 entry 7221-05 (same headline and text) -> importance 1; duplicate_of stays null because it is defined within one seed."),
  E("2024-12-19 17:40", "Zelensky arrives at EU summit seeking long-term guarantees",
    ["Zelensky arrived at the European Union summit in Brussels, where he said Ukraine needed guarantees backed by both Europe and the United States.",
     "EU leaders were expected to reaffirm their support for Kyiv in their conclusions."],
    "diplomacy", "diplomacy", 3, EUS, a="Oleksandra Hrytsenko", n="EU summit: different event from Putin's news conference (must not merge)."),
  E("2024-12-19 20:35", "Kryvyi Rih toll rises to four as rubble cleared",
    ["Rescuers in Kryvyi Rih recovered two more bodies from the damaged office building, bringing the number of dead to four, the regional governor said."],
    "strikes", "strikes", 3, KRY, a="Mykyta Zaruba"),
  E("2024-12-19 21:10", "Zelensky arrives at EU summit, seeks long-term guarantees",
    ["Zelensky arrived at the EU summit in Brussels, where he said Ukraine needed guarantees backed by both Europe and the United States.",
     "EU leaders were expected to reaffirm their support for Kyiv in the summit conclusions."],
    "diplomacy", "diplomacy", 1, EUS, a="Oleksandra Hrytsenko", dup="7230-06", n="Near-verbatim repeat of 7230-06 -> importance 1."),
  ]))

SEEDS.append(dict(id="7231", name="7231_pebblemouth-radionews", ext="txt", source="Pebblemouth Radio", zone="Europe/London", render=r_pebblemouth,
  dayline="Thursday 19 December 2024", title=None,
  basis="'{s}' printed AFTER the body, on the page's date {d} (header line); no zone printed, UK time (GMT = UTC in December)",
  notes="Invented outlet. Radio station news page copied as text, newest first. Each item: headline, body, then 'Posted at 4.40pm' AFTER the body (12 h time with a dot, no zone; UK, GMT in December). The date is only in the header line 'Thursday 19 December 2024'. No bylines: author null. No page title line (the 'News' heading is a section label): page_title null. Spelling 'Krivoy Rog'; toll two at 11.05am. " + D2,
  not_entries=["station name and menu", "'News' heading and the date line", "'Posted at ...' lines (stamps)", "'Now playing: ...' line", "'More news' and footer"],
  entries=[
  E("2024-12-19 16:40", "Drone attack sets fire to warehouse in Kharkiv",
    ["A Russian drone set a warehouse on fire in Kharkiv's Kyivskyi district on Thursday afternoon, the city's mayor said, with no injuries reported."],
    "strikes", "strikes", 2, "kharkiv-warehouse-drone-2024-12-19", n="Different attack from Kryvyi Rih (must not merge)."),
  E("2024-12-19 15:05", "Putin tells marathon news conference he is ready to meet Trump",
    ["President Putin says he would be willing to sit down with Donald Trump, speaking during a televised question-and-answer session that ran for more than four hours.",
     "He also claimed Russian forces were advancing along the whole front."],
    "diplomacy", "diplomacy", 3, PUT),
  E("2024-12-19 13:20", "Norway to pay for Ukrainian-built howitzers",
    ["Norway says it will give Ukraine money to buy self-propelled howitzers made in Ukrainian factories, part of a package worth about 150 million pounds."],
    "aid", "aid", 2, "norway-funds-ukrainian-howitzers-2024-12"),
  E("2024-12-19 11:05", "Two killed in Krivoy Rog missile strike",
    ["Two people have died after a missile struck the city of Krivoy Rog in central Ukraine, according to local officials."],
    "strikes", "strikes", 3, KRY),
  E("2024-12-19 09:20", "Twelve children brought back from occupied territories",
    ["Ukraine says twelve children who had been living in Russian-occupied areas have been returned to their relatives with Qatar's help."],
    "other", "humanitarian", 2, "children-returned-from-occupied-areas-2024-12"),
  ]))

SEEDS.append(dict(id="7232", name="7232_corvenna-worldatom", ext="xml", source="Corvenna World Report", zone="Europe/Brussels", render=r_atom_world,
  title="Corvenna World Report \u2014 Latest", url="https://corvenna.example",
  basis="Atom <published> '{s}' (explicit +01:00, CET)",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> with +01:00, escaped HTML content, per-entry authors. Four of six entries are off-beat (Bank of England, Syria envoys, Bank of Japan, rupee). Spelling 'Kryvyy Rih'; toll four. " + D2,
  not_entries=["feed title/link/id/updated", "<id> and <link> values"],
  entries=[
  E("2024-12-19 21:15", "EU leaders pledge continued backing for Kyiv as Zelensky joins summit",
    ["European Union leaders meeting in Brussels promised to keep supporting Ukraine for as long as needed, after Volodymyr Zelensky addressed the summit in person."],
    "diplomacy", "diplomacy", 3, EUS, a="Lucien Marchetti"),
  E("2024-12-19 19:10", "Kryvyy Rih strike toll reaches four",
    ["Four people were killed when a Russian missile hit the industrial city of Kryvyy Rih, the hometown of Ukraine's president, regional authorities said."],
    "strikes", "strikes", 3, KRY, a="Lucien Marchetti"),
  OFF("2024-12-19 15:40", "Bank of England holds rates at 4.75%",
      ["The Bank of England kept its main interest rate unchanged, with three of its nine policymakers voting for a cut."],
      "bank-of-england-hold-2024-12", a="In\u00e9s Varga", n="UK monetary policy."),
  OFF("2024-12-19 12:05", "Syria's interim leaders receive European envoys",
      ["Diplomats from several European countries held talks in Damascus with the group now running Syria after the fall of Bashar al-Assad."],
      "syria-european-envoys", a="Lucien Marchetti", n="Syria."),
  OFF("2024-12-19 07:30", "Bank of Japan leaves interest rates unchanged",
      ["Japan's central bank kept borrowing costs steady, saying it wanted more evidence on wages before raising rates again."],
      "bank-of-japan-hold-2024-12", a="In\u00e9s Varga", n="Japanese monetary policy."),
  OFF("2024-12-19 06:10", "Indian rupee slides to record low",
      ["The Indian rupee fell to an all-time low against the dollar after the US Federal Reserve signalled a slower pace of rate cuts."],
      "indian-rupee-record-low", a="In\u00e9s Varga", n="currency markets."),
  ]))

SEEDS.append(dict(id="7233", name="7233_copperbeech-textlive", ext="txt", source="Copperbeech Courier", zone="UTC", render=r_copperbeech,
  title="Ukraine war live: Putin says he is ready to meet Trump; missile strike on Kryvyi Rih kills three", dayline="Thursday 19 December 2024",
  basis="stamp '{s}' on the page's date {d} ('Live coverage \u00b7 Thursday 19 December 2024'); GMT = UTC",
  notes="Invented outlet (same as 7220, next day). Text live blog, newest first, stamp line 'HH:MM GMT', signature '\u2013 NAME' after the body. Key Points lists entries 02 and 04. Entry 01 continues day 1's Zaporizhzhia story (toll 10) under the day-1 slug. Entry 03 is a video teaser without body (story of the news conference). Spelling 'Kryvyi Rih'; toll three at 14:20. " + D2,
  not_entries=["masthead and menu", "title line and 'Live coverage \u00b7 Thursday 19 December 2024'", "'Key Points' heading and its two '\u2022 ' bullets", "'Newest first'",
               "signature lines '\u2013 NAME' (author)", "'Sponsored content'", "'Show older updates' and footer"],
  entries=[
  E("2024-12-19 20:30", "Zaporizhzhia toll now 10, officials say",
    ["Two injured people have died in hospital, raising the number killed by Wednesday's missile strike on Zaporizhzhia to 10, officials said."],
    "strikes", "strikes", 3, ZAP, a="Harriet Quennell", n="Continuation of day 1's story: keeps the day-1 slug."),
  E("2024-12-19 18:10", "Putin: ready to meet Trump 'at any time'",
    ["Vladimir Putin used his annual televised news conference to say he was open to meeting Donald Trump, adding that he had not spoken to the US president-elect in years.",
     "The session, combined with a phone-in from the public, lasted four and a half hours."],
    "diplomacy", "diplomacy", 3, PUT, a="Tomasz Bieniek", kp=True),
  E("2024-12-19 16:45", "Watch: Putin's marathon news conference in 90 seconds", [], "diplomacy", "diplomacy", 1, PUT, n="Video teaser without body -> importance 1."),
  E("2024-12-19 14:20", "Kryvyi Rih: three dead after missile hits city centre",
    ["The death toll in Kryvyi Rih has risen to three, the head of the regional administration said, after a missile hit a street of offices and shops in the city centre."],
    "strikes", "strikes", 3, KRY, a="Harriet Quennell", kp=True),
  E("2024-12-19 12:00", "Russia says its forces captured two villages in Donetsk region",
    ["Russia's defence ministry claimed the capture of two more villages in the Donetsk region, one near Kurakhove and one near Toretsk."],
    "other", "frontline", 2, "donetsk-villages-claim-2024-12-19", a="Tomasz Bieniek"),
  E("2024-12-19 09:15", "Denmark to check insurance papers of shadow-fleet tankers",
    ["Denmark says it will start checking whether tankers linked to Russia's shadow fleet carry valid insurance as they pass through its straits, tightening enforcement of oil sanctions."],
    "diplomacy", "diplomacy", 2, "denmark-shadow-fleet-insurance-checks", a="Tomasz Bieniek", n="Sanctions enforcement -> diplomacy."),
  ]))

# ============================================================ PART B, day 3: 2024-10-28 (UTC)
D3 = "Day 3 (2024-10-28 UTC): 7240, 7241, 7242, 7243."
KHA = "kharkiv-glide-bomb-apartment-strike-2024-10-28"
NKT = "nato-confirms-north-korean-troops-kursk-2024-10-28"
ZNC = "zelensky-nordic-council-reykjavik-2024-10-28"

SEEDS.append(dict(id="7240", name="7240_drumlinvale-textlive", ext="txt", source="Drumlin Vale Courier", zone="Europe/London", render=r_drumlin,
  title="Russia-Ukraine war: live updates", dayline="Monday 28 October 2024", byline="Anneliese Rudd",
  lede="A guided bomb hits a Kharkiv apartment block; NATO briefs on North Korea's troops in Russia.",
  basis="bare time '{s}' before the headline, on the page's date {d}; no zone printed, UK time: GMT = UTC (the clocks went back on 27 October)",
  notes="Invented outlet. Text live blog, OLDEST first; bare '9.05am' time line BEFORE the headline, no zone printed (UK; GMT since the clocks went back on Sunday 27 Oct, so local = UTC). One page byline 'Compiled by NAME' is every entry's author. Entry 06 repeats entry 04 nearly verbatim (duplicate_of 7240-04). Spelling 'Kharkiv'; toll one (07:20) then three (11:50). " + D3,
  not_entries=["masthead and menu", "title and date lines", "'Compiled by ...' (author)", "standfirst", "'Advertisement'", "'This live page has now closed.' and footer"],
  entries=[
  E("2024-10-28 07:20", "Glide bomb hits apartment block in Kharkiv, one dead",
    ["A Russian guided bomb struck a nine-storey apartment block in Kharkiv's Saltivskyi district early on Monday, killing one resident, the regional governor said.",
     "Firefighters were still working on the upper floors."],
    "strikes", "strikes", 3, KHA, a="Anneliese Rudd"),
  E("2024-10-28 08:45", "Russia says air defences downed 20 drones over Bryansk and Kursk",
    ["Russia's defence ministry said 20 Ukrainian drones had been destroyed overnight over the Bryansk and Kursk regions."],
    "strikes", "strikes", 2, "russia-drone-interceptions-2024-10-28", a="Anneliese Rudd", n="Different events from the Kharkiv strike (must not merge)."),
  E("2024-10-28 10:30", "NATO to brief on North Korean deployment after Seoul talks",
    ["NATO's secretary general is due to speak to reporters after meeting a South Korean delegation that briefed allies on North Korea's military ties with Moscow."],
    "aid", "aid", 3, NKT, sec=["diplomacy"], a="Anneliese Rudd", n="Announcement of the same briefing -> same story. Third-country troops for Russia -> aid (README conventions)."),
  E("2024-10-28 11:50", "Kharkiv toll rises to three; children among injured",
    ["Three people are now confirmed dead after the strike on the Kharkiv apartment block, and five children are among the 28 injured, officials said."],
    "strikes", "strikes", 3, KHA, a="Anneliese Rudd"),
  E("2024-10-28 13:15", "Rutte: North Korean units are in Kursk region",
    ["Mark Rutte said NATO could confirm that North Korean military units had been sent to Russia and deployed to the Kursk region.",
     "He called it a significant escalation and a dangerous expansion of the war."],
    "aid", "aid", 3, NKT, sec=["diplomacy"], a="Anneliese Rudd"),
  E("2024-10-28 14:40", "Kharkiv toll rises to three, children among injured",
    ["Three people are now confirmed dead after the strike on the Kharkiv apartment block, and five children are among the 28 people injured, officials said."],
    "strikes", "strikes", 1, KHA, a="Anneliese Rudd", dup="7240-04", n="Near-verbatim repeat of 7240-04 -> importance 1."),
  E("2024-10-28 16:05", "Sybiha asks Baltic counterparts for help with winter energy needs",
    ["Ukraine's foreign minister Andrii Sybiha held a video call with his Estonian, Latvian and Lithuanian counterparts to ask for generators and transformers before winter."],
    "diplomacy", "diplomacy", 2, "sybiha-baltic-ministers-call-2024-10-28", sec=["aid"], a="Anneliese Rudd",
    n="Ministerial call: different event from Zelensky's Nordic Council visit (must not merge)."),
  ]))

SEEDS.append(dict(id="7241", name="7241_saltgrass-htmllive", ext="html", source="Saltgrass Telegraph", zone="America/New_York", render=r_saltgrass,
  title="Russia-Ukraine war live: NATO confirms North Korean troops in Kursk; Kharkiv apartment block hit",
  dayline="Monday, October 28, 2024 \u00b7 All times Eastern", lede="Live coverage from our world desk.",
  basis="stamp '{s}' above the h3, on the page's date {d}; ET = EDT (UTC-4) on 28 October",
  notes="Invented outlet. HTML live blog, newest first; stamp span '10:42 a.m. ET' ABOVE each h3, byline paragraph below. JSON-LD LiveBlogPosting whose liveBlogUpdate is ONE object (only the latest post). Entry 03 is a photo teaser without body. Entry 02 (Pentagon estimate) is a separate statement from NATO's confirmation (entry 04): separate stories, must not merge. Spelling 'Kharkiv'; toll three. " + D3,
  not_entries=["banner and menu", "h1 title", "date line 'Monday, October 28, 2024 \u00b7 All times Eastern'", "dek 'Live coverage from our world desk.'", "byline paragraphs (author)",
               "newsletter promo", "footer"],
  entries=[
  E("2024-10-28 15:50", "Zelensky lands in Reykjavik for Nordic Council meeting",
    ["Volodymyr Zelensky arrived in Iceland to attend a session of the Nordic Council, where he is expected to ask the region's governments for more air defense and investment in Ukrainian arms production."],
    "diplomacy", "diplomacy", 3, ZNC, a="Dana Whitcombe"),
  E("2024-10-28 14:30", "Pentagon: about 10,000 North Korean troops now in Russia",
    ["The Pentagon said it believes roughly 10,000 North Korean soldiers have been sent to train in eastern Russia, and that some of them have moved closer to Ukraine."],
    "aid", "aid", 2, "pentagon-north-korean-troop-estimate-2024-10-28", a="Marcus Ellery",
    n="Separate statement (US Department of Defense) from NATO's confirmation -> own story (LABELS: one statement = one story); must not merge with the NATO story."),
  E("2024-10-28 11:40", "Photos: Inside the Kharkiv block hit by a glide bomb", [], "strikes", "strikes", 1, KHA, n="Photo teaser without body -> importance 1."),
  E("2024-10-28 09:40", "NATO chief confirms North Korean troops deployed to Kursk",
    ["NATO Secretary General Mark Rutte confirmed on Monday that North Korean troops had been deployed to Russia's Kursk region, calling the move a dangerous escalation."],
    "aid", "aid", 3, NKT, sec=["diplomacy"], a="Marcus Ellery"),
  E("2024-10-28 09:05", "Kharkiv: three killed, 28 injured in guided bomb strike",
    ["A guided bomb dropped by a Russian aircraft killed three people and injured 28 when it hit a residential building in Kharkiv, Ukrainian officials said."],
    "strikes", "strikes", 3, KHA, a="Dana Whitcombe"),
  E("2024-10-28 07:20", "Drone debris injures two in Kyiv",
    ["Falling wreckage from a downed drone injured two people and damaged an apartment building in Kyiv's Solomianskyi district, the city's military administration said."],
    "strikes", "strikes", 2, "kyiv-drone-debris-2024-10-28", a="Dana Whitcombe", n="Different attack from the Kharkiv strike (must not merge)."),
  ]))

SEEDS.append(dict(id="7242", name="7242_orielbay-worldrss", ext="xml", source="Oriel Bay World Service", zone="Europe/Amsterdam", render=r_rss_world, rfc="num",
  title="Oriel Bay World Service: world news", url="https://orielbay.example", lede="The day's main stories from around the world",
  basis="pubDate '{s}' (explicit +0100, CET)",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate with +0100 (CET, the day after the clocks changed), no authors. Four of six items are off-beat (Ballon d'Or, Israeli UNRWA law, Japanese election, Georgian election). Spelling 'Kharkov'; toll four. " + D3,
  not_entries=["channel title/link/description/language", "<category>, <link> and <guid> values"],
  entries=[
  E("2024-10-28 21:30", "Ukraine's Zelensky joins Nordic leaders in Iceland",
    ["Ukraine's president travelled to Reykjavik for a meeting of the Nordic Council, his first visit to Iceland since the full-scale invasion."],
    "diplomacy", "diplomacy", 3, ZNC),
  OFF("2024-10-28 20:45", "Spain's Rodri wins Ballon d'Or",
      ["Manchester City midfielder Rodri was named the world's best male footballer at a ceremony in Paris."], "ballon-dor-2024", n="football."),
  OFF("2024-10-28 18:10", "Israeli parliament votes to bar UN refugee agency",
      ["Israel's parliament passed laws barring the UN agency for Palestinian refugees from operating on Israeli territory."], "knesset-unrwa-law", n="Middle East."),
  E("2024-10-28 16:20", "Kharkov apartment block toll climbs to four",
    ["A fourth body was pulled from a Kharkov apartment building hit by a Russian guided bomb, Ukrainian officials said."],
    "strikes", "strikes", 3, KHA),
  OFF("2024-10-28 11:05", "Japan's ruling coalition loses majority",
      ["Japan's governing coalition lost its majority in the lower house in Sunday's election, leaving Prime Minister Shigeru Ishiba facing difficult talks on a new government."],
      "japan-election-2024", n="Japanese politics."),
  OFF("2024-10-28 08:40", "Georgian opposition rejects election result",
      ["Georgia's opposition parties said they would not take up their seats in parliament, alleging that Saturday's election was rigged."],
      "georgia-election-dispute", n="Georgian domestic politics (not about the war)."),
  ]))

SEEDS.append(dict(id="7243", name="7243_wickerby-listing", ext="txt", source="Wickerby Evening Post", zone="Europe/Dublin", render=r_wickerby,
  title="World news", ref="2024-10-28 19:30",
  basis="relative stamp '{s}' resolved against the printed 'Last updated: 28/10/2024 19:30' (Irish time, GMT = UTC in late October)",
  notes="Invented outlet. Text listing, newest first; each item: headline, a credit line 'NAME \u00b7 25 mins ago' (credit = author; the relative part resolves against the printed 'Last updated: 28/10/2024 19:30', Irish time = UTC after 27 Oct). Entry 01 is the day's theme piece (analysis). Spelling 'Kharkiv'; toll four. " + D3,
  not_entries=["masthead and menu", "'World news' heading", "'Last updated: 28/10/2024 19:30' line", "'Advertisement'", "'Load more stories' and footer"],
  entries=[
  E("2024-10-28 19:05", "Analysis: What North Korean soldiers could change on the Kursk front",
    ["A few thousand North Korean infantry are unlikely to shift the front line on their own, but they could free up Russian units for the offensive in Donbas.",
     "Military analysts say language barriers and unfamiliar tactics will limit how quickly they can be used in combat."],
    "other", "frontline", 2, "analysis-north-korean-troops-kursk-front", a="Fionnuala Breslin",
    n="Theme piece (analysis with body): own story, importance 2; not NATO's confirmation or the Pentagon estimate."),
  E("2024-10-28 16:30", "Kharkiv block strike: fourth victim found under rubble",
    ["Emergency workers in Kharkiv found the body of a fourth person in the apartment block hit by a Russian glide bomb, the regional governor said."],
    "strikes", "strikes", 3, KHA, a="Reuters"),
  E("2024-10-28 14:30", "Rutte confirms North Korean troop deployment",
    ["North Korean troops have been sent to Russia and some are already in the Kursk border region, NATO's secretary general said after talks with a South Korean delegation."],
    "aid", "aid", 3, NKT, sec=["diplomacy"], a="Reuters"),
  E("2024-10-28 11:30", "Poland speeds up work on eastern border fortifications",
    ["Poland's defence ministry said construction crews had begun digging anti-tank ditches along a stretch of its border with Belarus as part of a plan to harden the eastern frontier."],
    "other", "security", 2, "poland-eastern-border-fortifications-2024-10", a="Fionnuala Breslin"),
  ]))


# ============================================================ emit
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
                         "published_basis": S["basis"].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), z=S["zone"]),
                         "author": e["a"],
                         "first_sentence": first_sentence(e["p"][0]) if e["p"] else None,
                         "body_paragraphs": len(e["p"]),
                         "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                         "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"],
                         "notes": e["n"]})
        days = {x["published"][:10] for x in ents}
        assert len(days) == 1, (fn, days)
        gold = {"seed": fn, "source": S["source"], "page_title": S["title"], "page_timezone": S["zone"]}
        if S.get("parse_args"):
            gold["parse_args"] = S["parse_args"]
        gold.update({"notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]})
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        total += len(ents)
        print(f"{fn:40s} {len(ents):2d}  {days.pop()}")
    print("total entries", total)


if __name__ == "__main__":
    main()

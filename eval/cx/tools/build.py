#!/usr/bin/env python3
"""Builds eval/cx seeds and gold files from one hand-written data table (below).
All news text is the blind tester's own wording (invented or paraphrased); Part B outlets are invented.
Deterministic. Run from the project root: python3 eval/cx/tools/build.py"""
import html, json, os, re
from datetime import date, datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None):
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par)
    return par[:m.end()] if m else par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ap_time(d):  # AP style: 9:10 a.m.
    return f"{d.hour % 12 or 12}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'}"


def caps_time(d):  # 6:52 PM
    return f"{d.hour % 12 or 12}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def tight_time(d):  # 3:40pm
    return f"{d.hour % 12 or 12}:{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"


def low_time(d):  # 5:47 pm
    return f"{d.hour % 12 or 12}:{d.minute:02d} {'am' if d.hour < 12 else 'pm'}"


def blox_date(d):  # Apr 6, 2023
    return f"{MON3[d.month - 1]} {d.day}, {d.year}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def rfc822(d, zone_label=None):
    s = d.strftime("%a, %d %b %Y %H:%M:%S ")
    return s + (zone_label if zone_label else d.strftime("%z"))


# ============================================================ Part A renderers (layouts of real outlets; own wording)

def r_ledger(S):  # Ledger-Enquirer (McClatchy) story page, text scrape; AP "The Latest": time lines, no headlines, newest first
    z = S["zone"]; upd = dt(S["updated"], "America/New_York")
    L = ["Skip to main content", "Skip to Main Content", "Columbus Ledger-Enquirer Logo", "Sections", "Subscribe", "Sign In", "",
         "Local", "Sports", "Business", "Opinion", "Obituaries", "Real Estate", "eEdition", "", "NATION & WORLD", "",
         S["title"], "", "By The Associated Press", f"Updated {MONTHS[upd.month - 1]} {upd.day}, {upd.year} {caps_time(upd)}", "",
         "Facebook", "Twitter", "Email", "", "Listen to this article", "", S["caption"], "", S["lede"], "", "___", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ap_time(d); stamps.append(st)
        L += [st, ""] + ptxt(e["p"]) + ["___", ""]
    L += ["Read Next", "", S["readnext"], "", "Get the Ledger-Enquirer app for breaking news and local stories on your phone.", "",
          "Copyright", "Commenting Policy", "Privacy Policy", "Terms of Service", "Do Not Sell or Share My Personal Information"]
    return "\n".join(L) + "\n", stamps


def r_albany(S):  # The Albany Herald (BLOX/TownNews) tag listing, HTML; card byline, <time datetime> showing "Apr 6, 2023"; newest first
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<meta name="viewport" content="width=device-width, initial-scale=1"></head>',
           '<body class="tnt-section-news tnt-tag-page">',
           '<div id="site-top-nav"><ul class="nav"><li><a href="/subscribe">Subscribe</a></li><li><a href="/users/login/">Log In</a></li>'
           '<li><a href="/e-edition/">e-Edition</a></li><li><a href="/weather/">58&deg; Albany, GA</a></li></ul></div>',
           '<header id="site-navbar-container"><a class="navbar-brand" href="/">The Albany Herald</a>',
           '<nav><a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> '
           '<a href="/news/world/">World</a> <a href="/classifieds/">Classifieds</a></nav></header>',
           '<main id="main-page-container"><div class="tag-header"><h1>Tagged with &quot;russia-ukraine war&quot;</h1></div>',
           '<section class="block-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = blox_date(d); stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")
        out.append(f'<article class="tnt-asset-type-article card summary"><div class="card-body"><div class="card-headline">'
                   f'<h3 class="tnt-headline"><a href="/news/world/{slug}/article_{i + 7241}a3e.html">{esc(e["h"])}</a></h3></div>')
        for p in e["p"]:
            out.append(f'<div class="card-lead"><p class="tnt-summary">{esc(p)}</p></div>')
        out.append(f'<ul class="list-inline"><li class="card-byline"><span class="tnt-byline">{esc(e["by"])}</span></li>'
                   f'<li class="card-date"><time datetime="{d.isoformat()}" class="tnt-date asset-date text-muted">{st}</time></li></ul></div></article>')
        if i == 2:
            out.append('<div class="tnt-ads">Advertisement</div>')
    out += ['</section><nav class="pagination"><a href="?o=7">Next Page</a></nav>',
            '<aside class="related"><h4>Most Popular</h4><ol><li><a href="/news/local/a1">Dougherty County commission weighs road repairs</a></li>'
            '<li><a href="/sports/a2">Albany State opens spring practice</a></li></ol></aside>',
            '<div class="newsletter">Sign up for our free headlines newsletter <input type="email" placeholder="Email"> <button>Sign up!</button></div></main>',
            '<footer id="site-footer">The Albany Herald &middot; 126 N. Washington St., Albany, GA &middot; <a href="/site/terms.html">Terms of Use</a> '
            '&middot; <a href="/site/privacy.html">Privacy Policy</a> &middot; Powered by BLOX Content Management System from TownNews.com.</footer>',
            '</body></html>']
    return "\n".join(out) + "\n", stamps


def r_athens(S):  # Athens Banner-Herald (Gannett / USA TODAY Network) article with h2 sections; "Published 6:05 a.m. ET May 8, 2023"; NewsArticle JSON-LD
    z = S["zone"]; d0 = dt(S["published"], z)
    pubtxt = f"Published {ap_time(d0)} ET {MONTHS[d0.month - 1]} {d0.day}, {d0.year}"
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
          "author": [{"@type": "Person", "name": S["byline"]}], "publisher": {"@type": "Organization", "name": "Athens Banner-Herald"},
          "articleSection": "world"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="gnt_pr">', '<header class="gnt_n"><a class="gnt_n_logo" href="/">Athens Banner-Herald</a>',
           '<nav class="gnt_n_mn"><a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/sports/college/uga/">UGA</a> '
           '<a href="/entertainment/">Entertainment</a> <a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> <a href="/legals/">Legals</a></nav>',
           '<a class="gnt_n_sub" href="/subscribe/">Subscribe</a> <a class="gnt_n_si" href="/login/">Sign In</a></header>',
           '<main class="gnt_cw"><article class="gnt_pr">', f'<h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
           f'<div class="gnt_ar_by"><a class="gnt_ar_by_a" href="/staff/">{esc(S["byline"])}</a></div><div class="gnt_ar_by_pn">USA TODAY</div>',
           f'<div class="gnt_ar_dt" aria-label="{pubtxt}">{pubtxt}</div>',
           '<div class="gnt_ss"><button>Facebook</button> <button>Twitter</button> <button>Email</button></div>',
           f'<figure class="gnt_em"><figcaption class="gnt_em_fo_c">{esc(S["caption"])}</figcaption><button>Show Caption</button> <button>Hide Caption</button></figure>',
           '<div class="gnt_ar_b">', f'<p class="gnt_ar_b_p">{esc(S["lede"])}</p>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2 class="gnt_ar_b_h2">{esc(e["h"])}</h2>')
        out += [f'<p class="gnt_ar_b_p">{esc(p)}</p>' for p in e["p"]]
        if e.get("sig"):
            out.append(f'<p class="gnt_ar_b_p">\u2013 {esc(e["sig"])}</p>')
        if i == 2:
            out.append('<aside class="gnt_ar_b_ai"><span>Get the Daily Briefing newsletter in your inbox.</span> <a>Sign up</a></aside>')
    out += ['<p class="gnt_ar_b_p"><em>Contributing: The Associated Press</em></p></div>',
            '<div class="gnt_rr"><h4>More stories</h4><a href="/r1">Athens-Clarke commission approves budget hearing dates</a></div>',
            '</article></main>', '<footer class="gnt_f">&copy; 2023 www.onlineathens.com. All rights reserved. <a>Terms of Service</a> <a>Privacy Policy</a> '
            '<a>Your Privacy Choices</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_postcourier(S):  # The Post and Courier live updates, text scrape; oldest first; headline, THEN time line; per-post signature
    z = S["zone"]; d0 = dt(S["entries"][0]["t"], z)
    L = ["Skip to main content", "The Post and Courier", "Charleston, SC", "", "Subscribe  Log In  Search", "",
         "News  Sports  Business  Food  Features  Opinion  Obituaries  Calendar  eEdition", "",
         "This site uses cookies for personalised content and ads. Continue browsing to accept. Learn more", "",
         "World", "", S["title"], "", S["byline_line"], blox_date(d0), "", "Facebook  Twitter  WhatsApp  SMS  Email  Print  Save", "",
         S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ap_time(d); stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"]) + [f"\u2014 {e['a']}", ""]
        if i == 3:
            L += ["Turn on alerts for breaking news on your phone.", "Topics: Breaking News  World", ""]
    L += ["Tags", "Russia-Ukraine War  Charleston County", "", "Most Popular", "Isle of Palms considers new parking rules", "",
          "The Post and Courier \u00b7 148 Williman St. \u00b7 Charleston, SC", "Terms of Use \u00b7 Privacy Policy \u00b7 Contact Us"]
    return "\n".join(L) + "\n", stamps


def r_spartanburg(S):  # Spartanburg Herald-Journal (Gannett) topic listing, text scrape; "7:05 p.m. ET May 6" cards, NO year anywhere
    z = S["zone"]
    L = ["Skip to main content", "Spartanburg Herald-Journal", "Subscribe", "Sign In", "",
         "News  Sports  Opinion  Business  Obituaries  Lifestyle  e-Edition  Legals", "", S["title"], "",
         "Your Privacy Choices: we and our partners use cookies for ads and analytics. Manage settings", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ap_time(d)} ET {MONTHS[d.month - 1]} {d.day}"; stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [e["by"], st, ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Load More", "", "Contact Us  Help Center  Terms of Service  Privacy Policy  Site Map", "Spartanburg Herald-Journal, part of the USA TODAY Network"]
    return "\n".join(L) + "\n", stamps


def r_islandpacket(S):  # The Island Packet (McClatchy) RSS 2.0; pubDate with US zone abbreviation (EST); dc:creator; plain-text description
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://www.islandpacket.com/news/nation-world/</link>',
           '<atom:link href="https://www.islandpacket.com/news/nation-world/?widgetName=rssfeed&amp;getXmlFeed=true" rel="self" type="application/rss+xml"/>',
           '<description>Nation &amp; World news from The Island Packet, Hilton Head Island and Bluffton, SC</description>', '<language>en-us</language>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), "EST")}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, "EST"); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://www.islandpacket.com/news/nation-world/world/article{281093400 + i * 37}.html</link>",
                f'<guid isPermaLink="false">{281093400 + i * 37}</guid>', f"<pubDate>{st}</pubDate>",
                f"<dc:creator>{esc(e['by'])}</dc:creator>" if e.get("by") else "",
                "<description>" + esc(" ".join(e["p"])) + "</description>",
                f'<media:content url="https://www.islandpacket.com/public/img/{281093400 + i * 37}.jpg" medium="image"/>', "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(l for l in out if l) + "\n", stamps


def r_aiken(S):  # Aiken Standard live updates (BLOX), HTML; newest first; "Key Points" box; day headers w/o year; <time datetime> "8:05 p.m."; LiveBlogPosting JSON-LD
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{len(S['entries']) - i}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    last = dt(S["entries"][0]["t"], z); first = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Aiken Standard</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body class="tnt-live">',
           '<div class="cookie-consent">This site uses cookies to give you the best experience. <button>Accept</button></div>',
           '<header><a class="brand" href="/aikenstandard/">Aiken Standard</a><nav><a>News</a> <a>Sports</a> <a>Business</a> <a>Opinion</a> '
           '<a>Obituaries</a> <a>Aiken Living</a></nav><a class="btn">Subscribe</a> <a class="btn">Log In</a></header>',
           '<main><p class="kicker">LIVE UPDATES</p>', f'<h1 class="headline">{esc(S["title"])}</h1>',
           f'<p class="asset-date">Updated <time datetime="{last.isoformat()}">{blox_date(last)}</time></p>',
           '<div class="share-container">Facebook Twitter WhatsApp SMS Email Print Copy article link Save</div>',
           '<div class="key-points"><h2>Key Points</h2><ul>']
    out += [f"<li>{esc(e['h'])}</li>" for e in S["entries"] if e["kp"]]
    out.append("</ul></div>")
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); day = f"{DAYS_EN[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"
        if day != cur:
            cur = day; out.append(f'<h3 class="live-day">{day}</h3>')
        st = ap_time(d); stamps.append(st)
        out.append(f'<div class="live-post" id="post-{len(S["entries"]) - i}"><time class="live-time" datetime="{d.isoformat()}">{st}</time>'
                   f'<h4 class="live-headline">{esc(e["h"])}</h4>')
        if e["a"]:
            out.append(f'<span class="live-byline">By {esc(e["a"])}</span>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
        if i == 3:
            out.append('<div class="newsletter">Breaking news by email from the Aiken Standard newsroom. <a>Sign up</a></div>')
    out += ['</main><footer>Aiken Standard &middot; 124 Rutland Dr. NW, Aiken, SC &middot; Terms of Use &middot; Privacy Policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_tandd(S):  # The Times and Democrat (BLOX) world briefs article, text scrape; one "Posted:" line; items with headline + dateline body, no time
    z = S["zone"]; d0 = dt(S["posted"], z)
    L = ["Skip to main content", "The Times and Democrat", "Orangeburg, S.C.", "", "Subscribe  Log In", "",
         "News  Sports  Obituaries  Opinion  Features  Classifieds  e-Edition", "", "Nation & World", "", S["title"], "",
         S["byline"], f"Posted: {DAYS_EN[d0.weekday()]}, {MONTHS[d0.month - 1]} {d0.day}, {d0.year} {low_time(d0)}", "",
         "Facebook  Twitter  Email  Print", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Support local journalism. Subscribe to The T&D today.", ""]
    L += ["Related to this story", "Orangeburg County Council approves road paving list", "",
          "Copyright 2023 The Times and Democrat. Wire content used under license.", "Terms of Use  Privacy Policy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_valdosta(S):  # Valdosta Daily Times (BLOX) timeline article, HTML; summary box; oldest first; bold "7:20 a.m." before each h3; NewsArticle JSON-LD
    z = S["zone"]; d0 = dt(S["entries"][0]["t"], z); dl = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(),
          "dateModified": dl.isoformat(), "author": {"@type": "Person", "name": S["byline"]}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | News | valdostadailytimes.com</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><a class="brand" href="/">Valdosta Daily Times</a><nav><a>News</a> <a>Local News</a> <a>Sports</a> <a>Opinion</a> '
           '<a>Obituaries</a> <a>Classifieds</a> <a>e-Edition</a></nav></header>',
           f'<main><article><h1 class="headline"><span class="tnt-headline">{esc(S["title"])}</span></h1>',
           f'<div class="asset-masthead"><span class="tnt-byline">By {esc(S["byline"])}</span> '
           f'<time datetime="{d0.isoformat()}" class="tnt-date">{blox_date(d0)}</time> <span>Updated {blox_date(dl)}</span></div>',
           '<div class="share">Facebook Twitter WhatsApp SMS Email Print Save</div>',
           '<div class="summary-box"><h4>What you need to know</h4><ul>'] + [f"<li>{esc(b)}</li>" for b in S["summary"]] + ['</ul></div>',
           f'<div class="asset-content"><p>{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ap_time(d); stamps.append(st)
        out.append(f'<p class="timeline-time"><strong>{st}</strong></p>')
        out.append(f"<h3>{esc(e['h'])}</h3>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if i == 2:
            out.append('<div class="ad">Advertisement</div>')
    out += ['</div><div class="tags">Tags: Ukraine Russia War</div></article>',
            '<aside><h4>Trending Now</h4><a>Lowndes County schools announce early release day</a></aside></main>',
            '<footer>Valdosta Daily Times &middot; 201 N. Troup St., Valdosta, GA &middot; Terms of Use &middot; Privacy Policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_brunswick(S):  # The Brunswick News (BLOX) search RSS; pubDate numeric -0500; dc:creator "By NAME Associated Press"; HTML-escaped description
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://thebrunswicknews.com/search/?f=rss&amp;t=article&amp;c=news/world&amp;l=50</link>',
           '<atom:link href="https://thebrunswicknews.com/search/?f=rss&amp;t=article&amp;c=news/world&amp;l=50" rel="self" type="application/rss+xml"/>',
           '<description>World news from The Brunswick News</description>', '<generator>TownNews.com Content Engine</generator>', '<ttl>30</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>",
                "<description>" + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</description>",
                f"<pubDate>{st}</pubDate>", f"<link>https://thebrunswicknews.com/news/world/article_{i + 3311}b0c.html</link>",
                f'<guid isPermaLink="false">{i + 3311}b0c-9a1e</guid>', f"<dc:creator>{esc(e['by'])}</dc:creator>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


# ============================================================ Part B renderers (invented outlets)

def r_pemberwick(S):  # text live, newest first; "17:45 GMT" / "01:20 BST" line before headline; "— NAME" after body
    z = S["zone"]
    L = ["PEMBERWICK EVENING POST", "News | World | Ukraine | Business | Sport | Weather", "", S["title"], S["dateline"], "", S["lede"], "",
         "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"\u2014 {e['a']}", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Load earlier posts", "", "Pemberwick Evening Post \u00b7 Contact \u00b7 Corrections \u00b7 Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_sablewick(S):  # HTML live, oldest first; LiveBlogPosting JSON-LD with per-update times; <time datetime> "08:15"; signature after body
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#u{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
                    "articleBody": "\n\n".join(e["p"]), "author": {"@type": "Person", "name": e["a"]}})
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} \u2014 Sablewick Live</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header><b>Sablewick Live</b> <nav><a href="/">Home</a> <a href="/war">War</a> <a href="/economy">Economy</a> <a href="/support">Support us</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="standfirst">{esc(S["lede"])}</p>', f'<p class="tz">{esc(S["tznote"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="u{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append(f'<p class="sig"><em>{esc(e["a"])}</em></p><div class="share"><a>Copy link to this update</a></div></article>')
    out += ["</main>", "<footer>Sablewick Live \u00b7 About \u00b7 Editorial standards \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):  # general world RSS 2.0 feed; pubDate in S['rfc'] form ('GMT' or numeric offset); CDATA paragraphs; no authors
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0"><channel>', f"<title>{esc(S['title'])}</title>",
           f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, "GMT" if S["rfc"] == "GMT" else None); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/news/{i + 8801}</link>", f"<guid>{S['url']}/news/{i + 8801}</guid>",
                f"<pubDate>{st}</pubDate>", f"<category>{e.get('cat', 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel></rss>"]
    return "\n".join(out) + "\n", stamps


def r_atom(S):  # Atom 1.0, newest first; <published> with the outlet's offset (or Z); escaped HTML content; per-entry author
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           f"<subtitle>{esc(S['lede'])}</subtitle>", f'<link href="{S["url"]}"/>', f"<id>{S['url']}/feed</id>",
           f"<updated>{dt(S['entries'][0]['t'], z).isoformat()}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat().replace("+00:00", "Z"); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="{S["url"]}/a/{e.get("slugno", i + 501)}"/>',
                f"<id>{S['url']}/a/{e.get('slugno', i + 501)}</id>", f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        if e["p"]:
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_marrowby(S):  # text live, oldest first; "07.40" dot times (header says EET); headline, "By NAME" line, body
    z = S["zone"]
    L = ["Marrowby Bulletin", "Front page  War in Ukraine  Region  Opinion  Newsletter", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M}"; stamps.append(st)
        L += [st, e["h"]] + ([f"By {e['a']}"] if e["a"] else []) + [""] + ptxt(e["p"])
        if i == 2:
            L += ["Like our coverage? Become a Marrowby supporter.", ""]
    L += ["This live page has ended. Follow tomorrow's coverage here.", "Marrowby Bulletin \u00b7 Imprint \u00b7 Data protection"]
    return "\n".join(L) + "\n", stamps


def r_thornhaugh(S):  # HTML live, oldest first; relative stamps "3 hours ago" against a printed "Last updated ... GMT"; Key Points; byline after headline
    z = S["zone"]; ref = dt(S["ref"], z)
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Thornhaugh Report</title></head><body>",
           '<div id="consent">We and our partners use cookies. <button>Accept all</button> <button>Reject</button></div>',
           '<header>Thornhaugh Report <nav><a>UK</a> <a>World</a> <a>Ukraine</a> <a>Podcasts</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>",
           f'<p class="updated">Last updated {ref.day} {MONTHS[ref.month - 1]} {ref.year} {ref:%H:%M} GMT</p>',
           f'<p class="standfirst">{esc(S["lede"])}</p>', '<div class="key-points"><h2>Key Points</h2><ul>']
    out += [f"<li>{esc(e['h'])}</li>" for e in S["entries"] if e["kp"]]
    out.append("</ul></div>")
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        assert mins < 60 or mins % 60 == 0, e["t"]
        st = f"{mins} minutes ago" if mins < 60 else (f"{mins // 60} hours ago" if mins >= 120 else "1 hour ago")
        stamps.append(st)
        out.append(f'<div class="post"><span class="ago">{st}</span><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="by">By {esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
    out += ['<aside><h3>Related</h3><a href="/r">What is the peace formula?</a></aside>', "</main><footer>Thornhaugh Report \u00b7 Terms \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_wistowe(S):  # text live, oldest first; "27.03. 08:10" stamps (day.month., no year anywhere); one page byline
    z = S["zone"]
    L = ["WISTOWE COURIER", "Live | Europe | Ukraine | Opinion", "", S["title"], f"By {S['byline']}", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.} {d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 3:
            L += ["Read also: How Ukraine's air defence adapted over the winter", ""]
    L += ["Wistowe Courier \u00b7 Newsroom \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_cragholm(S):  # HTML live, newest first; Key points; <time datetime> with "8:10pm"; date line; per-post author line
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title></head><body>",
           '<header>Cragholm Herald <nav><a>News</a> <a>World</a> <a>Ukraine</a> <a>Sport</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>',
           '<section class="keypoints"><h2>Key points</h2><ul>']
    out += [f"<li>{esc(e['h'])}</li>" for e in S["entries"] if e["kp"]]
    out.append("</ul></section>")
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = tight_time(d); stamps.append(st)
        out.append(f'<div class="block"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="author">{esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
    out += ["</main><footer>Cragholm Herald \u00b7 Terms \u00b7 Privacy \u00b7 Cookies</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_vardholm(S):  # text newsline, newest first; NO headlines; "27 March 2023, 18:40" stamp line, text, views line
    z = S["zone"]
    L = ["Vardholm Wire", "Newsline", "", S["title"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"; stamps.append(st)
        L += [st, ""] + ptxt(e["p"]) + [f"Views: {e['views']}  Share", ""]
    L += ["Show earlier", "Vardholm Wire \u00b7 Editorial office \u00b7 Terms of use"]
    return "\n".join(L) + "\n", stamps


# ============================================================ PART A: single pages (layouts of real outlets, own words)
SEEDS = []

SEEDS.append(dict(id="10300", name="10300_ledgerenquirer-thelatest", ext="txt", source="Ledger-Enquirer", zone="Europe/Kyiv", render=r_ledger,
  title="The Latest: Russia signals grain deal extension as Bakhmut battle rages", updated="2023-03-13 18:52",
  caption="A Ukrainian serviceman rests in a trench outside Bakhmut. (AP Photo)",
  lede="The latest on Russia's war in Ukraine. All times are Kyiv local time (GMT+2).",
  readnext="Georgia peach growers count frost damage after cold snap",
  notes="McClatchy story page (text scrape) carrying an AP 'The Latest' file: no headlines, each item opens with an AP-style time line "
        "('12:40 a.m.') and is closed by a '___' rule; newest first. Item times are Kyiv time as the lede states (EET, UTC+2; Kyiv "
        "moves to summer time only on 26 March), while the page's own 'Updated March 13, 2023 6:52 PM' line is US Eastern "
        "(EDT since 12 March). The top item, '12:40 a.m.', is after Kyiv midnight, i.e. 14 March local but 13 March UTC. One "
        "page byline 'By The Associated Press' is every item's author. The dateline ('KYIV, Ukraine \u2014') is part of the first sentence.",
  not_entries=["site navigation and 'Skip to main content' lines", "'NATION & WORLD' section label", "title line", "byline and 'Updated ...' line",
               "share labels 'Facebook', 'Twitter', 'Email'", "'Listen to this article'", "photo caption", "lede 'The latest on Russia's war in Ukraine. All times ...'",
               "'___' separators", "'Read Next' and its related headline", "app promotion line", "footer links"],
  entries=[
  E("2023-03-14 00:40", None,
    ["KYIV, Ukraine \u2014 President Volodymyr Zelenskyy said in his nightly video address that his top commanders had agreed to keep reinforcing Bakhmut rather than pull back from the eastern city.",
     "He said every day the city held cost Russian forces heavily and bought time for Ukrainian units being prepared elsewhere."],
    "other", "frontline", 2, "zelenskyy-bakhmut-defense-decision-2023-03-13", a="The Associated Press",
    n="Local time 00:40 on 14 March (Kyiv) = 22:40 UTC on 13 March."),
  E("2023-03-13 23:15", None,
    ["MOSCOW \u2014 The founder of the Wagner private army said the fight for the center of Bakhmut was getting harder by the day, with Ukrainian troops holding on to every building.",
     "Yevgeny Prigozhin said in an audio message released by his press service that his men were still short of shells, repeating weeks of complaints aimed at Russia's military leadership."],
    "other", "frontline", 2, "prigozhin-bakhmut-fighting-2023-03-13", a="The Associated Press"),
  E("2023-03-13 20:30", None,
    ["BRUSSELS \u2014 The European Union's foreign policy chief urged member countries to approve a plan to spend 2 billion euros on artillery ammunition for Ukraine, half to refill its stocks quickly and half for joint orders.",
     "Josep Borrell said Ukrainian gunners were firing shells far faster than European factories could currently make them."],
    "aid", "aid", 2, "eu-artillery-ammunition-plan-2023-03-13", a="The Associated Press", n="A proposal not yet adopted: notable, not a main development."),
  E("2023-03-13 17:05", None,
    ["KHERSON, Ukraine \u2014 Russian shelling killed two people and wounded five others in the southern city of Kherson, the regional governor said.",
     "Oleksandr Prokudin said a residential street and a bus stop near the center were hit in the afternoon.",
     "Russian troops left Kherson in November but have shelled it almost daily from across the Dnieper River."],
    "strikes", "strikes", 3, "kherson-shelling-2023-03-13", a="The Associated Press"),
  E("2023-03-13 14:20", None,
    ["KYIV, Ukraine \u2014 Ukraine's air force said it shot down 11 of 15 Iranian-made Shahed drones launched overnight at targets in the south and center of the country.",
     "No one was reported hurt, but officials in the Dnipropetrovsk region said falling debris damaged several houses."],
    "strikes", "strikes", 2, "overnight-drone-attack-2023-03-13", a="The Associated Press"),
  E("2023-03-13 11:50", None,
    ["GENEVA \u2014 Russia said it would agree to extend the Black Sea grain export deal, but only for 60 days, half the period the original arrangement provided.",
     "Deputy Foreign Minister Sergei Vershinin spoke after talks with United Nations officials in Geneva, saying Russia's own food and fertilizer exports were still being held back.",
     "Ukraine and Turkey, which helped broker the deal, had pressed for a longer renewal."],
    "diplomacy", "diplomacy", 3, "black-sea-grain-deal-extension-2023-03-13", a="The Associated Press"),
  E("2023-03-13 09:10", None,
    ["MOSCOW \u2014 Russia's Federal Security Service said it had detained two men in the Bryansk region who it claimed were preparing to sabotage a railway line for Ukrainian military intelligence.",
     "The claim could not be independently verified, and there was no immediate comment from Kyiv."],
    "other", "security", 2, "bryansk-sabotage-arrests-claim-2023-03-13", a="The Associated Press"),
  ]))

SEEDS.append(dict(id="10301", name="10301_albanyherald-tag", ext="html", source="The Albany Herald", zone="America/New_York", render=r_albany,
  title="russia-ukraine war | albanyherald.com",
  notes="BLOX (TownNews) tag page, newest first. Each card: h3 headline, one summary paragraph, AP byline with the reporter names in capitals "
        "('By LOLITA BRAYNE Associated Press'), and a <time> whose visible text is only the date 'Apr 6, 2023'; the time of day is only in its "
        "datetime attribute (-04:00, EDT). stamp = the visible date text; published from the attribute. Author = the name part of the "
        "byline, without 'By' and 'Associated Press'.",
  not_entries=["top bar (Subscribe, Log In, e-Edition, weather)", "masthead and section navigation", "tag header 'Tagged with \"russia-ukraine war\"'",
               "'Advertisement' marker", "'Next Page' pagination", "'Most Popular' box and its links", "newsletter sign-up box", "footer"],
  entries=[
  E("2023-04-06 18:40", "Pentagon reviewing leak of classified documents on Ukraine war",
    ["The Pentagon said it was looking into the apparent online posting of secret briefing slides that seem to describe US and NATO plans to build up Ukraine's forces before a spring offensive."],
    "other", "security", 2, "pentagon-ukraine-documents-leak", a="LOLITA BRAYNE", n="Leak investigation: security, not aid."),
  E("2023-04-06 16:05", "Macron urges Xi to help bring Russia back to the table",
    ["French President Emmanuel Macron told Chinese leader Xi Jinping in Beijing that he was counting on him to push Moscow toward talks, while Xi said peace negotiations should resume as soon as possible."],
    "diplomacy", "diplomacy", 3, "macron-xi-beijing-talks-2023-04-06", a="SYLVIE CORMAN and KEN MARLOWE"),
  E("2023-04-06 13:20", "Russian missile hits apartment building in Zaporizhzhia, killing 1",
    ["A Russian missile slammed into a five-story apartment building in the southern city of Zaporizhzhia early Thursday, killing one person and injuring at least eight, Ukrainian officials said."],
    "strikes", "strikes", 3, "zaporizhzhia-apartment-missile-2023-04-06", a="DARIA LESHCHENKO"),
  E("2023-04-06 10:45", "Ukrainian troops cling to western parts of Bakhmut",
    ["Ukraine's military said its forces had beaten back dozens of Russian attacks around Bakhmut over the previous day, even as Russian troops edged closer to the main road out of the city."],
    "other", "frontline", 2, "bakhmut-fighting-2023-04-06", a="DARIA LESHCHENKO"),
  E("2023-04-06 08:15", "Poland could send more MiG-29 jets, Duda says",
    ["Polish President Andrzej Duda said his country might hand more of its Soviet-designed MiG-29 fighter jets to Ukraine later, a day after he hosted President Volodymyr Zelenskyy in Warsaw."],
    "aid", "aid", 2, "poland-more-mig29-jets-2023-04-06", a="PAWEL ZIELKE", n="Conditional offer, no package: importance 2."),
  E("2023-04-06 06:50", "UN nuclear chief meets Russian officials over Zaporizhzhia plant",
    ["The head of the International Atomic Energy Agency said he held detailed talks with Russian nuclear officials in Kaliningrad on protecting Europe's largest nuclear power plant, which Russian troops occupy."],
    "diplomacy", "diplomacy", 2, "iaea-kaliningrad-talks-zaporizhzhia-plant", sec=["other"], a="PAWEL ZIELKE"),
  ]))
for _e, _by in zip(SEEDS[-1]["entries"], ["By LOLITA BRAYNE Associated Press", "By SYLVIE CORMAN and KEN MARLOWE Associated Press", "By DARIA LESHCHENKO Associated Press",
                                         "By DARIA LESHCHENKO Associated Press", "By PAWEL ZIELKE Associated Press", "By PAWEL ZIELKE Associated Press"]):
    _e["by"] = _by

SEEDS.append(dict(id="10302", name="10302_banner-herald-sections", ext="html", source="Athens Banner-Herald", zone="America/New_York", render=r_athens,
  title="Russia-Ukraine war: Drones pound Kyiv as Zelenskyy moves WWII remembrance day", published="2023-05-08 06:05", byline="Dana Welker",
  caption="Firefighters work at a house damaged by drone debris in Kyiv on Monday.",
  lede="Here is what to know about the war in Ukraine on Monday.",
  notes="Gannett (USA TODAY Network) article with h2 sections; one entry per section, stamp null. The only printed time is 'Published 6:05 a.m. ET "
        "May 8, 2023' (EDT, UTC-4), used for every section (JSON-LD datePublished agrees). Sections signed '\u2013 NAME' take that name as author; "
        "unsigned sections take the page byline 'Dana Welker'. Gannett spells 'Zelenskyy'.",
  not_entries=["masthead, navigation, Subscribe/Sign In", "title", "byline 'Dana Welker' and 'USA TODAY'", "'Published ...' line", "share buttons",
               "photo caption with 'Show Caption'/'Hide Caption'", "lede 'Here is what to know ...'", "newsletter aside", "'Contributing: The Associated Press'",
               "'More stories' box", "footer"],
  entries=[
  E("2023-05-08 06:05", "Kyiv hit by drone swarm overnight",
    ["Russia sent waves of Iranian-made drones at Kyiv overnight into Monday, and debris from those shot down injured at least five people, city officials said.",
     "Mayor Vitali Klitschko said air defenses destroyed every drone that reached the capital, but falling wreckage set a house and several cars on fire.",
     "Ukraine's air force said all 35 Shahed drones launched across the country were downed."],
    "strikes", "strikes", 3, "kyiv-drone-attack-2023-05-08", a="Dana Welker"),
  E("2023-05-08 06:05", "Zelenskyy moves WWII remembrance to May 8",
    ["Zelenskyy sent parliament a bill that would make May 8 Ukraine's day of remembrance and victory over Nazism, breaking with the Soviet-era May 9 holiday that Russia still marks.",
     "A separate decree makes May 9 Europe Day in Ukraine, he said."],
    "other", "politics", 2, "ukraine-moves-victory-day-to-may-8", a="Tom Ruddick"),
  E("2023-05-08 06:05", "Wagner chief says ammunition is finally coming",
    ["Wagner Group founder Yevgeny Prigozhin said he had been promised the shells and weapons his fighters need to keep attacking Bakhmut, two days after threatening to pull them out of the city."],
    "other", "frontline", 2, "prigozhin-ammunition-promise-2023-05-08", a="Dana Welker"),
  E("2023-05-08 06:05", "Evacuations near the nuclear plant worry UN watchdog",
    ["Russian-installed officials have moved thousands of residents out of front-line towns in the Zaporizhzhia region, including Enerhodar, where most of the nuclear plant's staff live.",
     "Rafael Grossi, head of the International Atomic Energy Agency, said the situation around the plant was becoming more unpredictable and potentially dangerous."],
    "other", "humanitarian", 2, "zaporizhzhia-frontline-evacuations-2023-05", sec=["diplomacy"], a="Dana Welker"),
  E("2023-05-08 06:05", "Victory Day parades scaled back across Russia",
    ["More than 20 Russian cities have called off their traditional May 9 military parades, citing security worries after a series of drone incidents."],
    "other", "security", 2, "russia-victory-day-parades-cancelled-2023", a="Tom Ruddick"),
  E("2023-05-08 06:05", "New US aid package expected",
    ["The Biden administration is preparing another long-term military aid package for Ukraine worth about $1.2 billion, according to two US officials who spoke on condition of anonymity."],
    "aid", "aid", 2, "us-usai-package-1-2-billion-2023-05", a="Tom Ruddick", n="Expected, not yet announced: importance 2."),
  ]))
for _e, _s in zip(SEEDS[-1]["entries"], [None, "Tom Ruddick", None, None, "Tom Ruddick", "Tom Ruddick"]):
    _e["sig"] = _s

SEEDS.append(dict(id="10303", name="10303_postandcourier-live", ext="txt", source="The Post and Courier", zone="America/New_York", render=r_postcourier,
  title="Live updates: Ukraine's push in the south, a drone night in Kyiv and a Lowcountry relief drive",
  byline_line="By Post and Courier staff and wire reports",
  lede="Follow along for updates through the day on the war in Ukraine and the Lowcountry's ties to it.",
  notes="BLOX live-updates article, text scrape, oldest first. Each post: headline line, THEN the time line ('6:40 a.m.'), body, and a '\u2014 NAME' "
        "signature (staff or 'Associated Press'). No zone is printed: Charleston time (EDT, UTC-4) is implied by the outlet. The only date is the "
        "article date 'Jun 20, 2023' under the byline line.",
  not_entries=["skip link, masthead, 'Charleston, SC'", "Subscribe/Log In/Search", "section navigation", "cookie notice", "'World' label", "title",
               "byline line 'By Post and Courier staff and wire reports' and article date", "share labels", "lede paragraph",
               "push-alert promo and 'Topics' line", "'Tags' block", "'Most Popular' and its link", "footer"],
  entries=[
  E("2023-06-20 06:40", "Ukraine says it has retaken another southern village",
    ["Ukraine's deputy defense minister said troops had recaptured the village of Piatykhatky in the Zaporizhzhia region, the latest in a string of small gains since the counteroffensive began this month.",
     "Hanna Maliar said Ukrainian forces had now taken back more than 110 square kilometers in the south."],
    "other", "frontline", 2, "piatykhatky-recaptured-2023-06", a="Grace Whitlock"),
  E("2023-06-20 08:15", "Kyiv shoots down drones in overnight attack",
    ["Air defenses around Kyiv destroyed about 30 Iranian-made drones during a night attack on the capital and western Ukraine, officials said.",
     "A fire broke out at an infrastructure site in the Lviv region after one drone got through, the regional governor said."],
    "strikes", "strikes", 3, "kyiv-lviv-drone-attack-2023-06-20", a="Associated Press"),
  E("2023-06-20 10:05", "Allies gather in London to plan Ukraine's rebuilding",
    ["Officials from dozens of countries are arriving in London for a two-day conference on paying for Ukraine's reconstruction, which opens Wednesday.",
     "The World Bank has put the cost of rebuilding at more than $400 billion."],
    "aid", "aid", 2, "ukraine-recovery-conference-london-2023", sec=["diplomacy"], a="Associated Press"),
  E("2023-06-20 11:30", "Mount Pleasant church ships generators to Kharkiv",
    ["A congregation in Mount Pleasant has raised enough money to send 14 generators to hospitals and shelters in Kharkiv, its pastor said Tuesday.",
     "The first six left the Port of Charleston on a container ship this month, he said."],
    "aid", "aid", 2, "mount-pleasant-church-generators-kharkiv", a="Nadia Brennan", n="Private humanitarian support to Ukraine: aid (local angle)."),
  E("2023-06-20 13:50", "Zelenskyy says progress is 'slower than desired'",
    ["President Volodymyr Zelenskyy acknowledged that the counteroffensive was moving more slowly than some had hoped but said Ukraine would not rush and risk its soldiers' lives."],
    "other", "frontline", 2, "zelenskyy-counteroffensive-slower-2023-06-20", a="Associated Press"),
  E("2023-06-20 16:25", "Bridge linking Crimea to mainland hit, Russian-installed official says",
    ["A Ukrainian missile strike damaged a road bridge on the main route between Crimea and the occupied part of the Kherson region, a Russian-installed official said."],
    "strikes", "strikes", 2, "chonhar-bridge-strike-2023-06", a="Associated Press"),
  E("2023-06-20 19:10", "EU nears deal on 11th sanctions package",
    ["European Union ambassadors were close to agreeing an 11th round of sanctions against Russia, aimed at stopping other countries from helping Moscow get around earlier restrictions, diplomats said."],
    "diplomacy", "diplomacy", 2, "eu-11th-sanctions-package-2023-06", a="Grace Whitlock"),
  ]))

SEEDS.append(dict(id="10304", name="10304_goupstate-topic", ext="txt", source="Spartanburg Herald-Journal", zone="America/New_York", render=r_spartanburg,
  title="Russia-Ukraine war", parse_args=["--date", "2023-05-06"],
  notes="Gannett topic listing (text scrape), newest first. Each card: headline, one summary paragraph, a credit line ('Associated Press', "
        "'Reuters' or 'NAME, USA TODAY'), then a stamp like '7:05 p.m. ET May 6'. No year is printed anywhere on the page, hence parse_args "
        "--date 2023-05-06 (the printed local day). ET = EDT (UTC-4). Credit lines: 'NAME, USA TODAY' gives author NAME; agency credits are "
        "kept as printed. The coronation card (10304-06) is off-beat; Olena Zelenska's attendance (10304-05) is a separate war-related item "
        "about the same ceremony: must not merge.",
  not_entries=["skip link, masthead, Subscribe/Sign In", "section navigation", "privacy/cookie line", "topic heading (page title)", "'Advertisement'", "'Load More'", "footer lines"],
  entries=[
  E("2023-05-06 19:05", "Russian nationalist writer hurt in car bombing; Moscow points at Kyiv",
    ["Zakhar Prilepin, a pro-war author, was injured and his driver killed when their car blew up in the Nizhny Novgorod region, Russian investigators said."],
    "other", "security", 2, "prilepin-car-bombing-2023-05-06", a="Associated Press"),
  E("2023-05-06 16:20", "Ukraine says a Patriot system downed a hypersonic missile",
    ["Ukraine's air force said it used a US-made Patriot system to shoot down a Russian Kinzhal hypersonic missile over Kyiv earlier this week, the first known interception of the weapon."],
    "strikes", "strikes", 3, "patriot-downs-kinzhal-over-kyiv", sec=["aid"], a="Marta Ellery"),
  E("2023-05-06 13:35", "Prigozhin says Chechen fighters will take over Wagner's Bakhmut positions",
    ["The Wagner Group chief wrote to Russia's defense minister asking for his fighters' positions in Bakhmut to be handed to Chechen units, a day after threatening to withdraw."],
    "other", "frontline", 2, "prigozhin-bakhmut-handover-letter-2023-05-06", a="Reuters"),
  E("2023-05-06 10:50", "Thousands leave occupied towns near Zaporizhzhia front",
    ["Long lines of cars formed on roads out of occupied towns in the Zaporizhzhia region after Russian-installed authorities ordered residents of 18 settlements to leave."],
    "other", "humanitarian", 2, "zaporizhzhia-occupied-evacuation-2023-05-06", a="Associated Press"),
  E("2023-05-06 09:15", "Olena Zelenska joins guests at coronation in London",
    ["Ukraine's first lady Olena Zelenska attended the coronation of King Charles III at Westminster Abbey, representing her country at the ceremony."],
    "diplomacy", "diplomacy", 2, "zelenska-coronation-visit", a="Marta Ellery", n="Diplomatic visit; same ceremony as 10304-06 but a different, war-related story."),
  OFF("2023-05-06 08:05", "King Charles III crowned in Westminster Abbey ceremony",
    ["Charles III was crowned in a ceremony at Westminster Abbey watched by world leaders and royals from around the globe."],
    "coronation-charles-iii", a="Associated Press", n="British coronation, not about the war."),
  ]))
for _e, _by in zip(SEEDS[-1]["entries"], ["Associated Press", "Marta Ellery, USA TODAY", "Reuters", "Associated Press", "Marta Ellery, USA TODAY", "Associated Press"]):
    _e["by"] = _by

SEEDS.append(dict(id="10305", name="10305_islandpacket-feed", ext="xml", source="The Island Packet", zone="America/New_York", render=r_islandpacket,
  title="Nation & World | Island Packet",
  notes="McClatchy RSS 2.0 feed, newest first. pubDate uses the US zone abbreviation 'EST' (UTC-5; US clocks went back on 5 November). "
        "Descriptions are plain text; body = the description as one paragraph. dc:creator holds the AP byline; author = the name part. "
        "Two general-news items are off-beat.",
  not_entries=["channel title, link, description, language, lastBuildDate", "media:content image references"],
  entries=[
  E("2023-11-12 18:40", "Drone attack damages port facilities in Odesa region, Ukraine says",
    ["Russian drones struck port infrastructure in the Izmail district of the Odesa region overnight, damaging a grain warehouse, Ukraine's southern military command said. Nobody was hurt, it said."],
    "strikes", "strikes", 2, "izmail-port-drone-attack-2023-11-12", a="OKSANA VERES"),
  E("2023-11-12 16:10", "Ukrainian trucks stranded as Polish haulers block border crossings",
    ["Hundreds of Ukrainian trucks were stuck at the Polish border for a second week as Polish haulers kept up their blockade of crossings, demanding limits on permits for Ukrainian firms."],
    "other", "politics", 2, "polish-hauliers-border-blockade-2023-11", a="MONIKA SCISLO"),
  OFF("2023-11-12 13:25", "Crowds rally across Spain against amnesty plan",
    ["Tens of thousands of people marched in Spanish cities against the acting prime minister's plan to grant an amnesty to Catalan separatists in exchange for support in parliament."],
    "spain-amnesty-protests-2023-11-12", a="CIARAN GILES", n="Spanish domestic politics."),
  E("2023-11-12 11:05", "Zelenskyy presses allies for air defenses before winter",
    ["President Volodymyr Zelenskyy urged Ukraine's partners to speed up deliveries of air defense systems, warning that Russia was stockpiling missiles for another winter campaign against the power grid."],
    "aid", "aid", 2, "zelenskyy-air-defense-appeal-2023-11-12", sec=["strikes"], a="OKSANA VERES"),
  E("2023-11-12 09:30", "Ukrainian troops keep foothold on Dnieper's east bank, military says",
    ["Ukrainian marines were holding positions on the Russian-occupied east bank of the Dnieper River near the village of Krynky despite constant shelling, a military spokeswoman said."],
    "other", "frontline", 2, "dnieper-left-bank-krynky-foothold-2023-11", a="OKSANA VERES"),
  OFF("2023-11-12 07:45", "Millions celebrate Diwali across India",
    ["Homes and temples across India were lit with oil lamps and fireworks as Hindus marked Diwali, the festival of lights."],
    "diwali-2023", a="SHEIKH SAALIQ", n="Religious festival in India."),
  E("2023-11-12 05:30", "Russian shelling kills 2 in Kherson region",
    ["Russian shelling killed two people and wounded three in villages along the Dnieper in the Kherson region, the regional governor said."],
    "strikes", "strikes", 3, "kherson-region-shelling-2023-11-12", a="OKSANA VERES"),
  ]))
for _e, _by in zip(SEEDS[-1]["entries"], ["By OKSANA VERES Associated Press", "By MONIKA SCISLO Associated Press", "By CIARAN GILES Associated Press",
                                         "By OKSANA VERES Associated Press", "By OKSANA VERES Associated Press", "By SHEIKH SAALIQ Associated Press",
                                         "By OKSANA VERES Associated Press"]):
    _e["by"] = _by

SEEDS.append(dict(id="10306", name="10306_aikenstandard-live", ext="html", source="Aiken Standard", zone="America/New_York", render=r_aiken,
  title="Live updates: Ukraine war over the weekend", url="https://www.postandcourier.com/aikenstandard/news/live-ukraine-weekend",
  notes="BLOX live-updates page, newest first, with a 'Key Points' box listing two post headlines. Day headers 'Sunday, July 2' / 'Saturday, July 1' "
        "carry no year; the year is in the 'Updated Jul 2, 2023' line, the <time datetime> attributes (-04:00) and the LiveBlogPosting JSON-LD. "
        "Visible stamps are AP-style ('8:05 p.m.'). The posts cover Saturday evening to Sunday afternoon local time (two local dates), which is "
        "one UTC day, 2 July (20:05 EDT on 1 July = 00:05 UTC on 2 July). Per-post bylines.",
  not_entries=["cookie notice", "masthead, navigation, Subscribe/Log In", "'LIVE UPDATES' kicker", "title", "'Updated Jul 2, 2023'", "share labels",
               "'Key Points' box (points to posts; not entries itself)", "day headers", "newsletter box", "footer"],
  entries=[
  E("2023-07-02 15:30", "Ukraine reports advances on Bakhmut's flanks",
    ["Ukraine's deputy defense minister said troops had pushed forward on the northern and southern edges of Bakhmut over the past week, retaking several positions."],
    "other", "frontline", 2, "bakhmut-flanks-advance-2023-07-02", a="Associated Press"),
  E("2023-07-02 11:45", "Russian strike on Kostiantynivka kills 2",
    ["Two people were killed and six wounded when a Russian missile hit a residential area of Kostiantynivka in the Donetsk region, the regional governor said.",
     "Pavlo Kyrylenko said a kindergarten and several apartment buildings were damaged."],
    "strikes", "strikes", 3, "kostiantynivka-strike-2023-07-02", a="Associated Press", kp=True),
  E("2023-07-02 08:20", "Zelenskyy: Vilnius summit must send Ukraine a clear signal",
    ["President Volodymyr Zelenskyy said NATO's summit in Vilnius next week had to give Ukraine a clear signal on membership, not only words of support."],
    "diplomacy", "diplomacy", 2, "zelenskyy-vilnius-summit-signal-2023-07", a="Associated Press"),
  E("2023-07-02 00:35", "Ukraine's air force reports drones and a cruise missile downed",
    ["Ukrainian air defenses shot down eight Shahed drones and a cruise missile launched overnight at the Kyiv and Zhytomyr regions, the air force said."],
    "strikes", "strikes", 2, "overnight-drones-missile-2023-07-02", a="Associated Press", n="00:35 EDT on 2 July = 04:35 UTC."),
  E("2023-07-01 23:50", "Vatican peace envoy to travel to Washington",
    ["Cardinal Matteo Zuppi, the pope's envoy for the war in Ukraine, will go to Washington after his recent visits to Kyiv and Moscow, the Vatican said."],
    "diplomacy", "diplomacy", 2, "zuppi-peace-mission-washington-2023", a="Associated Press", n="23:50 EDT on 1 July = 03:50 UTC on 2 July."),
  E("2023-07-01 21:15", "Aiken volunteers load medical supplies bound for Lviv",
    ["Volunteers from three Aiken churches spent Saturday loading bandages, wheelchairs and hospital beds into a shipping container that will travel to a rehabilitation center in Lviv."],
    "aid", "aid", 2, "aiken-volunteers-lviv-medical-supplies", a="Marisa Dunleavy", n="Local humanitarian support: aid."),
  E("2023-07-01 20:05", "Spain's S\u00e1nchez visits Kyiv as EU presidency begins",
    ["Spanish Prime Minister Pedro S\u00e1nchez traveled to Kyiv on the first day of Spain's six-month presidency of the European Union Council and addressed Ukraine's parliament.",
     "He promised more help with demining and the return of four more Leopard tanks."],
    "diplomacy", "diplomacy", 3, "sanchez-kyiv-visit-2023-07-01", sec=["aid"], a="Associated Press", kp=True,
    n="20:05 EDT on 1 July = 00:05 UTC on 2 July."),
  ]))

SEEDS.append(dict(id="10307", name="10307_timesanddemocrat-briefs", ext="txt", source="The Times and Democrat", zone="America/New_York", render=r_tandd,
  title="World briefs: Russia presses Avdiivka assault; missile hits Zaporizhzhia plant", byline="The Associated Press", posted="2023-10-16 17:47",
  notes="BLOX 'World briefs' round-up (text scrape). One page stamp 'Posted: Monday, October 16, 2023 5:47 pm' (no zone: Orangeburg, EDT, UTC-4); "
        "briefs have a headline and an AP dateline in the first sentence but no time, so each takes the page stamp (stamp null). Page byline "
        "'The Associated Press' is every brief's author. The Ecuador brief is off-beat.",
  not_entries=["skip link, masthead, 'Orangeburg, S.C.'", "Subscribe/Log In", "navigation", "'Nation & World'", "title", "byline and 'Posted:' line",
               "share labels", "subscription promo", "'Related to this story' and its link", "copyright and footer"],
  entries=[
  E("2023-10-16 17:47", "Russia presses attack on Avdiivka",
    ["KYIV, Ukraine \u2014 Russian forces kept up a days-long assault on the eastern town of Avdiivka, sending armored columns at Ukrainian positions despite heavy losses, Ukraine's military said.",
     "The town has been on the front line since 2014."],
    "other", "frontline", 2, "avdiivka-offensive-2023-10", a="The Associated Press"),
  E("2023-10-16 17:47", "Missile strike kills 1 at Zaporizhzhia factory",
    ["ZAPORIZHZHIA, Ukraine \u2014 A Russian missile hit an industrial site in the city of Zaporizhzhia on Monday, killing a worker and starting a large fire, the regional governor said."],
    "strikes", "strikes", 3, "zaporizhzhia-factory-missile-2023-10-16", a="The Associated Press"),
  E("2023-10-16 17:47", "Belgium to send F-16s next year",
    ["BRUSSELS \u2014 Belgium will start delivering F-16 fighter jets to Ukraine in 2024, the country's prime minister said Monday.",
     "He did not say how many aircraft would be sent."],
    "aid", "aid", 2, "belgium-f16-pledge-2023-10", a="The Associated Press"),
  E("2023-10-16 17:47", "Putin heads to Beijing for Belt and Road forum",
    ["MOSCOW \u2014 Russian President Vladimir Putin will travel to China this week for a forum marking a decade of Beijing's Belt and Road infrastructure program, the Kremlin said."],
    "diplomacy", "diplomacy", 2, "putin-beijing-belt-and-road-2023-10", a="The Associated Press"),
  E("2023-10-16 17:47", "Ukrainian children return home under Qatar-brokered deal",
    ["DOHA, Qatar \u2014 Four Ukrainian children taken to Russia have been reunited with relatives in Ukraine after mediation by Qatar, officials in Doha said."],
    "other", "humanitarian", 2, "qatar-mediated-children-return-2023-10", sec=["diplomacy"], a="The Associated Press",
    n="Deported children (humanitarian) lead the headline; the mediation is secondary."),
  OFF("2023-10-16 17:47", "Ecuador's president-elect begins transition",
    ["QUITO, Ecuador \u2014 Businessman Daniel Noboa, who won Ecuador's presidential runoff on Sunday, said he would meet outgoing officials this week to begin the handover."],
    "ecuador-noboa-transition", a="The Associated Press", n="Ecuadorian politics."),
  ]))

SEEDS.append(dict(id="10308", name="10308_valdostadailytimes-timeline", ext="html", source="Valdosta Daily Times", zone="America/New_York", render=r_valdosta,
  title="Timeline: Monday's key moments in the war in Ukraine", byline="Terrence Vail",
  summary=["Kyiv says a village on the southern front is back in Ukrainian hands.", "Shelling kills two in a Kherson suburb.", "Danish instructors begin F-16 training."],
  lede="Here is how the day unfolded. All times Eastern.",
  notes="BLOX article built as a timeline, oldest first: a bold AP-style time ('7:20 a.m.') paragraph before each h3 headline. The lede says "
        "'All times Eastern' (EDT, UTC-4); the date is the article date 'Aug 28, 2023' (<time datetime>, JSON-LD). A 'What you need to know' "
        "summary box sits above the timeline: it restates items, it is not a Key Points block and gives no entries. One page byline.",
  not_entries=["masthead and navigation", "title", "byline, article date and 'Updated' text", "share labels", "'What you need to know' summary box and its bullets",
               "lede 'Here is how the day unfolded. All times Eastern.'", "'Advertisement'", "'Tags' line", "'Trending Now' box", "footer"],
  entries=[
  E("2023-08-28 07:20", "Ukraine says Robotyne is back under its control",
    ["Ukraine's deputy defense minister said troops had fully retaken Robotyne, a village in the Zaporizhzhia region that has been the focus of the southern counteroffensive for weeks.",
     "Soldiers posted video of themselves raising the Ukrainian flag over the village."],
    "other", "frontline", 3, "robotyne-recaptured-2023-08", a="Terrence Vail", n="Big frontline shift: importance 3."),
  E("2023-08-28 09:05", "Russia reports drones downed over Bryansk and Kursk",
    ["Russia's defense ministry said air defenses destroyed four Ukrainian drones over the Bryansk and Kursk border regions overnight."],
    "strikes", "strikes", 2, "bryansk-kursk-drones-2023-08-28", a="Terrence Vail"),
  E("2023-08-28 11:40", "Kremlin says Putin-Erdogan meeting is being prepared",
    ["Kremlin spokesman Dmitry Peskov said preparations were underway for a meeting between Vladimir Putin and Turkish President Recep Tayyip Erdogan, with the grain export deal expected to top the agenda."],
    "diplomacy", "diplomacy", 2, "putin-erdogan-meeting-preparations-2023-08", a="Terrence Vail"),
  E("2023-08-28 13:10", "Shelling kills 2 in Kherson suburb",
    ["Russian shelling killed two men in Antonivka, a suburb of Kherson, the regional military administration said.",
     "A gas pipeline and a shop were also damaged."],
    "strikes", "strikes", 3, "antonivka-shelling-2023-08-28", a="Terrence Vail"),
  E("2023-08-28 15:45", "Danish instructors begin F-16 training for Ukrainian pilots",
    ["The first group of Ukrainian pilots has begun flight training on F-16 fighters with Danish instructors, Denmark's acting defense minister said."],
    "aid", "aid", 2, "denmark-f16-pilot-training-2023-08", a="Terrence Vail"),
  E("2023-08-28 18:30", "Valdosta State welcomes Ukrainian students for fall term",
    ["Five students from Ukraine whose universities were damaged in the war started classes at Valdosta State University this week on scholarships funded by local donors."],
    "other", "humanitarian", 2, "valdosta-state-ukrainian-students", a="Terrence Vail", n="Displaced civilians (local angle): humanitarian."),
  ]))

SEEDS.append(dict(id="10309", name="10309_brunswicknews-feed", ext="xml", source="The Brunswick News", zone="America/New_York", render=r_brunswick,
  title="thebrunswicknews.com - World",
  notes="BLOX (TownNews) search RSS feed, newest first; pubDate with numeric '-0500' (EST); description is HTML-escaped <p> markup; dc:creator "
        "'By NAME Associated Press' gives author NAME. Two general-news items are off-beat.",
  not_entries=["channel title, link, atom:link, description, generator, ttl"],
  entries=[
  OFF("2023-12-17 18:20", "Serbia's ruling party claims win in snap parliamentary vote",
    ["Serbia's governing populists claimed a clear victory in Sunday's early parliamentary election, while opposition groups alleged irregularities in Belgrade."],
    "serbia-election-2023-12-17", a="DRAGANA PETKOVIC", n="Serbian election."),
  E("2023-12-17 15:40", "Ukraine says it downed most of 20 Shahed drones launched overnight",
    ["Ukraine's air force said it destroyed 17 of the 20 Iranian-made drones Russia launched overnight, mostly over the south.",
     "Debris damaged a house in the Mykolaiv region, officials said."],
    "strikes", "strikes", 2, "overnight-drones-2023-12-17", a="VOLODYMYR KOVALCHUK"),
  E("2023-12-17 12:55", "Orban hints Hungary could let EU aid for Ukraine go ahead outside budget",
    ["Hungarian Prime Minister Viktor Orban suggested his government might not block EU financial aid for Ukraine if it were paid outside the bloc's common budget, days after vetoing a 50 billion euro package."],
    "aid", "aid", 2, "orban-eu-ukraine-funding-veto-2023-12", sec=["diplomacy"], a="JUSTIN SPIKE"),
  OFF("2023-12-17 10:15", "Kuwait names new emir after death of Sheikh Nawaf",
    ["Kuwait's government named Crown Prince Sheikh Mishal al-Ahmad al-Sabah as the country's new emir after the death of Sheikh Nawaf al-Ahmad al-Sabah at the age of 86."],
    "kuwait-new-emir-2023-12", a="JON GAMBRELL", n="Kuwaiti succession."),
  E("2023-12-17 08:30", "Ukraine's top commander warns of artillery shell shortage",
    ["Ukraine's commander-in-chief said his forces were having to ration artillery shells along parts of the front because Western deliveries had slowed."],
    "aid", "aid", 2, "ukraine-shell-shortage-warning-2023-12", sec=["other"], a="VOLODYMYR KOVALCHUK", n="Ammunition stocks and a plea for more: aid."),
  E("2023-12-17 06:10", "Russian strike on Odesa region kills 1",
    ["A Russian missile attack on the Odesa region killed one person and damaged a port warehouse, the regional governor said."],
    "strikes", "strikes", 3, "odesa-region-strike-2023-12-17", a="VOLODYMYR KOVALCHUK"),
  ]))
for _e in SEEDS[-1]["entries"]:
    _e["by"] = f"By {_e['a']} Associated Press"

# ============================================================ PART B, day 1: 2023-10-29 (UTC). Europe leaves summer time at 01:00 UTC.
D1 = "Day 1 of the multi-source set (with 10320-10323)."
BERY = "beryslav-market-shelling-2023-10-29"
MALTA = "malta-peace-formula-meeting"
DRONES1 = "overnight-shahed-attack-2023-10-29"
GRAIN = "poland-ukraine-grain-talks"

SEEDS.append(dict(id="10320", name="10320_pemberwick-textlive", ext="txt", source="Pemberwick Evening Post", zone="Europe/London", render=r_pemberwick,
  title="Ukraine war live: Malta talks close as shelling hits Kherson region market", dateline="Sunday 29 October 2023",
  lede="Rolling coverage of the war in Ukraine. UK clocks went back at 02:00 BST overnight; later posts are in GMT.",
  notes="Invented outlet. Text live page, newest first: stamp line ('17:45 GMT'), headline, body, '\u2014 NAME' signature. The page straddles the end "
        "of British Summer Time: the oldest post is stamped '01:20 BST' (= 00:20 UTC; 01:20 local happens twice that night and the printed 'BST' "
        "picks the first), the rest 'GMT'. published_local for 10320-07 is the first (BST) 01:20. " + D1,
  not_entries=["masthead and navigation", "title", "date line", "lede", "'Latest' label", "'Advertisement'", "'Load earlier posts'", "footer"],
  entries=[
  E("2023-10-29 17:45", "Malta meeting ends with promise of further rounds",
    ["Senior officials from 66 countries wrapped up two days of talks in Malta on Ukraine's peace proposals, with Kyiv's delegation saying the group had agreed to keep meeting at adviser level.",
     "Andriy Yermak, head of Ukraine's presidential office, said the number of countries taking part had grown since the previous round in Jeddah in August.",
     "Russia was not invited."],
    "diplomacy", "diplomacy", 3, MALTA, a="Harriet Colquhoun"),
  E("2023-10-29 15:10", "Explainer: the ten points Kyiv wants the world to sign up to",
    ["Ukraine's peace formula, first set out by Volodymyr Zelensky in November 2022, runs from nuclear and food security to the release of prisoners and the full withdrawal of Russian troops.",
     "Kyiv's approach is to win broad backing for each point separately, hoping that countries wary of taking sides will support the less contentious ones first.",
     "Moscow has rejected the plan outright."],
    "diplomacy", "diplomacy", 2, "explainer-ukraine-peace-formula", a="Tobias Wren",
    n="Theme piece (explainer) about the peace formula: its own story, must not merge with the Malta meeting."),
  E("2023-10-29 13:05", "Watch: Beryslav residents sweep up after market shelling", [],
    "strikes", "strikes", 1, BERY, n="Video teaser without body: importance 1, under the story it shows."),
  E("2023-10-29 11:30", "Beryslav market shelling: death toll rises to three",
    ["Three people were killed when Russian shells landed on a market in Beryslav, a small town on the Dnipro in the Kherson region, the regional governor said.",
     "Oleksandr Prokudin said another seven people were wounded as shoppers gathered on Sunday morning."],
    "strikes", "strikes", 3, BERY, a="Harriet Colquhoun", n="Toll 3 at 11:30 UTC (two at 08:40 UTC in 10321, four later in 10322/10323)."),
  E("2023-10-29 09:20", "Germany delivers another IRIS-T air defence system",
    ["A further IRIS-T air defence launcher from Germany has reached Ukraine, the country's defence ministry said, ahead of a winter in which Kyiv expects renewed attacks on its power grid.",
     "Berlin has pledged several more of the systems."],
    "aid", "aid", 2, "germany-iris-t-delivery-2023-10-29", a="Tobias Wren",
    n="Same theme (winter support) as Lithuania's generators in 10323: different donor and delivery, must not merge."),
  E("2023-10-29 06:40", "Ukraine says 14 of 16 Shahed drones shot down overnight",
    ["Ukraine's air force said it destroyed 14 of the 16 Iranian-designed Shahed drones launched at the country overnight, most of them over the Khmelnytskyi and Mykolaiv regions.",
     "Officials in Khmelnytskyi said falling wreckage damaged a warehouse but nobody was hurt."],
    "strikes", "strikes", 3, DRONES1, a="Harriet Colquhoun"),
  E("2023-10-29 01:20", "Air raid sirens sound across central and western Ukraine",
    ["Air raid alerts were declared across much of central and western Ukraine in the early hours as the air force warned of drones heading north from the Black Sea."],
    "strikes", "strikes", 3, DRONES1, a="Harriet Colquhoun",
    n="Early report of the overnight drone attack tallied in 10320-06 and 10321-01 (same event). 01:20 BST = 00:20 UTC."),
  ]))

SEEDS.append(dict(id="10321", name="10321_sablewick-htmllive", ext="html", source="Sablewick Live", zone="Europe/Kyiv", render=r_sablewick,
  title="Russia's war against Ukraine, day 613: live updates", url="https://sablewick.example/live/2023-10-29",
  lede="Updates through Sunday from our team in Kyiv and Kherson.", tznote="Times shown are Kyiv time. Ukraine switched to winter time (UTC+2) overnight.",
  notes="Invented outlet. HTML live page, oldest first; each update has <time datetime> (+02:00) showing 'HH:MM', an h2 headline, body and an "
        "italic signature; LiveBlogPosting JSON-LD carries the same per-update times and authors. 10321-06 repeats 10321-01 nearly verbatim. " + D1,
  not_entries=["header and navigation", "title", "standfirst", "time-zone note", "'Copy link to this update' under each update", "footer"],
  entries=[
  E("2023-10-29 08:15", "Air force: 14 of 16 attack drones destroyed",
    ["Ukrainian air defences brought down 14 of 16 Shahed drones overnight, the air force said in its morning update.",
     "It said the drones were launched from Russia's Kursk region and from occupied Crimea."],
    "strikes", "strikes", 3, DRONES1, a="Oksana Derkach"),
  E("2023-10-29 09:30", "Russian assaults near Avdiivka repelled, army says",
    ["Ukrainian forces beat back more than 20 Russian attacks around Avdiivka over the past day, the general staff said, as Moscow kept pressing its offensive on the industrial town.",
     "Russian troops have been trying for three weeks to encircle Avdiivka from the north and south."],
    "other", "frontline", 2, "avdiivka-assaults-2023-10-29", a="Oksana Derkach"),
  E("2023-10-29 10:40", "Two killed as Russian shells hit Beryslav market",
    ["Russian artillery struck the central market in Beryslav on Sunday morning, killing two people, the Kherson regional administration said.",
     "Rescuers were still searching the damaged stalls, it added."],
    "strikes", "strikes", 3, BERY, a="Denys Halych", n="First toll: two dead."),
  E("2023-10-29 12:55", "Shelling cuts power to part of Kherson city",
    ["Several districts of Kherson were left without electricity after Russian shelling damaged a power line on the city's eastern edge, the local military administration said.",
     "Repair crews were waiting for the shelling to ease before starting work."],
    "strikes", "strikes", 2, "kherson-city-power-line-shelling-2023-10-29", a="Denys Halych",
    n="Same region as the Beryslav market shelling but a different town and attack: must not merge."),
  E("2023-10-29 14:20", "Children evacuated from villages near Kupiansk",
    ["Authorities in the Kharkiv region ordered the compulsory evacuation of families with children from six more villages near Kupiansk, where Russian shelling has intensified."],
    "other", "humanitarian", 2, "kupiansk-child-evacuation-2023-10-29", a="Oksana Derkach"),
  E("2023-10-29 16:05", "Air force: 14 of 16 drones destroyed overnight",
    ["Ukrainian air defences brought down 14 of 16 Shahed drones overnight, the air force said in its morning update."],
    "strikes", "strikes", 1, DRONES1, a="Oksana Derkach", dup="10321-01", n="Near-verbatim repeat of 10321-01 (headline reworded slightly, first paragraph only): importance 1."),
  E("2023-10-29 19:30", "Yermak: 66 countries joined Malta talks on peace formula",
    ["Andriy Yermak said representatives of 66 countries and international organisations attended the meeting in Malta, calling it the broadest so far.",
     "He said participants discussed nuclear safety, food and energy security, and the release of prisoners and deported people."],
    "diplomacy", "diplomacy", 3, MALTA, a="Denys Halych"),
  ]))

SEEDS.append(dict(id="10322", name="10322_kestrelbay-worldrss", ext="xml", source="Kestrel Bay World Service", zone="UTC", render=r_worldrss, rfc="GMT",
  title="Kestrel Bay World Service - Top stories", url="https://kestrelbay.example", lede="World news from the Kestrel Bay newsroom",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT; 4 of 6 items are off-beat. Spells the town 'Berislav'. " + D1,
  not_entries=["channel title, link and description", "category labels"],
  entries=[
  OFF("2023-10-29 20:10", "New Zealand's coalition talks stretch into third week",
    ["Talks between New Zealand's National Party and its two prospective partners dragged on over the weekend, leaving the country without a new government more than two weeks after the election."],
    "nz-coalition-talks-2023", n="New Zealand politics."),
  E("2023-10-29 18:30", "Dozens of countries discuss Ukraine peace plan in Malta",
    ["Security advisers from around 65 countries met in Malta over the weekend to discuss Ukraine's conditions for ending the war, without Russia at the table.",
     "China, which attended an earlier round in Saudi Arabia, did not send a delegation, officials said."],
    "diplomacy", "diplomacy", 3, MALTA),
  E("2023-10-29 15:05", "Four dead after shelling of Berislav market in southern Ukraine",
    ["Russian shelling of a market in the southern Ukrainian town of Berislav killed four people and wounded nine, regional officials said on Sunday."],
    "strikes", "strikes", 3, BERY, n="Spelling 'Berislav'; toll four."),
  OFF("2023-10-29 12:40", "Acapulco residents queue for water days after hurricane",
    ["Long queues formed at water distribution points in Acapulco as the Mexican resort struggled to recover from Hurricane Otis, which struck the coast as a category five storm."],
    "acapulco-hurricane-otis-recovery", n="Mexico storm recovery."),
  OFF("2023-10-29 09:15", "Springboks fans prepare welcome for world champions",
    ["Fans in South Africa are preparing to welcome the national rugby team home after its one-point win over New Zealand in the World Cup final in Paris."],
    "rugby-world-cup-springboks", n="Sport."),
  OFF("2023-10-29 06:30", "Dutch parties begin final month of election campaign",
    ["Dutch political parties began the final stretch of campaigning before the 22 November general election, the first in more than a decade without Mark Rutte on the ballot."],
    "dutch-election-campaign-2023", n="Dutch politics."),
  ]))

SEEDS.append(dict(id="10323", name="10323_oderwald-atom", ext="xml", source="Oderwald Courier", zone="Europe/Warsaw", render=r_atom,
  title="Oderwald Courier \u2014 Ukraine and the region", url="https://oderwald.example", lede="English-language news from Central Europe",
  notes="Invented outlet. Atom feed, newest first, <published> with +01:00 (Warsaw, CET since 01:00 UTC that day); escaped HTML content; "
        "per-entry authors. Spells the town 'Beryslaw'. " + D1,
  not_entries=["feed title, subtitle, link, id, updated"],
  entries=[
  E("2023-10-29 17:20", "Four dead after shelling of Beryslaw market",
    ["The number of people killed by Russian shelling of a market in Beryslaw, in Ukraine's Kherson region, has risen to four, Ukrainian officials said on Sunday evening.",
     "Nine people were injured, two of them seriously."],
    "strikes", "strikes", 3, BERY, a="Agata Sowinska", n="Spelling 'Beryslaw'; toll four."),
  E("2023-10-29 15:45", "Peace formula talks in Malta draw record attendance",
    ["The third round of talks on Ukraine's peace formula ended in Valletta with 66 delegations taking part, according to the Ukrainian side, up from around 40 in Jeddah.",
     "Poland was represented by the head of its National Security Bureau."],
    "diplomacy", "diplomacy", 3, MALTA, a="Piotr Lesniak"),
  E("2023-10-29 13:10", "Orban calls on EU to rethink its Ukraine strategy",
    ["Hungarian Prime Minister Viktor Orban said the European Union needed a new approach to the war in Ukraine because its current strategy was failing, in remarks published on Sunday.",
     "Budapest has repeatedly called for a ceasefire and opposes opening membership talks with Kyiv."],
    "diplomacy", "diplomacy", 2, "orban-eu-ukraine-strategy-remarks-2023-10-29", a="Piotr Lesniak",
    n="Same theme (how the war should end) as the Malta meeting but a separate statement: must not merge."),
  E("2023-10-29 10:30", "Warsaw and Kyiv to resume talks on grain transit",
    ["Polish and Ukrainian agriculture officials will meet this week to try to settle their dispute over Ukrainian grain imports, Poland's farm ministry said.",
     "Poland has kept a unilateral ban on Ukrainian grain in place since EU-wide restrictions expired in September."],
    "diplomacy", "diplomacy", 2, GRAIN, a="Agata Sowinska"),
  E("2023-10-29 08:05", "Lithuania sends power generators for Ukrainian winter",
    ["Lithuania dispatched a convoy of 40 industrial generators to Ukraine, its energy ministry said, to help hospitals and water plants keep running through winter blackouts."],
    "aid", "aid", 2, "lithuania-generators-2023-10-29", a="Piotr Lesniak"),
  ]))

# ============================================================ PART B, day 2: 2023-10-30 (UTC) — the day after day 1
D2 = "Day 2 of the multi-source set (with 10330-10333); the day after day 1."
IZ = "izium-missile-strike-2023-10-30"
ZTRO = "zelensky-zaporizhzhia-troops-visit-2023-10-30"

SEEDS.append(dict(id="10330", name="10330_marrowby-textlive", ext="txt", source="Marrowby Bulletin", zone="Europe/Kyiv", render=r_marrowby,
  title="War in Ukraine: live coverage", dateline="Monday 30 October 2023 \u00b7 All times Kyiv (EET, UTC+2)",
  lede="Our reporters in Kharkiv and Kyiv follow the day's events.",
  notes="Invented outlet. Text live page, oldest first; dot-separated time line ('07.40'), headline, 'By NAME' line, body. The zone is stated once in "
        "the date line (EET, UTC+2). Spells the town 'Izium'. 10330-03 continues day 1's Malta story with a new development. " + D2,
  not_entries=["masthead and navigation", "title", "date/zone line", "lede", "supporter promo", "end-of-page note", "footer"],
  entries=[
  E("2023-10-30 07:40", "Missile strike on Izium: one dead, rescuers at the scene",
    ["A Russian missile hit the centre of Izium in the Kharkiv region early on Monday, killing at least one person, regional governor Oleh Syniehubov said.",
     "Rescuers were pulling people from a damaged two-storey building, he said."],
    "strikes", "strikes", 3, IZ, a="Iryna Bondar", n="First toll: one dead."),
  E("2023-10-30 09:05", "Drones hit warehouse in Kharkiv's Kyivskyi district",
    ["Two Shahed drones struck a warehouse in Kharkiv's Kyivskyi district overnight, starting a fire that took firefighters three hours to put out, Mayor Ihor Terekhov said."],
    "strikes", "strikes", 2, "kharkiv-city-drone-strike-2023-10-30", a="Iryna Bondar",
    n="Same region (Kharkiv) as the Izium strike but a different city and attack: must not merge."),
  E("2023-10-30 10:50", "Yermak: Malta participants to prepare a leaders' summit",
    ["Andriy Yermak said the countries that met in Malta had agreed to start drafting a joint document that could be put to a summit of leaders, a step Kyiv has sought since the summer.",
     "He said the next meeting of advisers would take place before the end of the year."],
    "diplomacy", "diplomacy", 3, MALTA, a="Maksym Hlib", n="Continuation of the day-1 Malta story with a new development (drafting for a leaders' summit)."),
  E("2023-10-30 12:30", "Izium toll rises to three",
    ["Three people are now confirmed dead after the morning missile strike on Izium, and eleven were wounded, the Kharkiv regional prosecutor's office said."],
    "strikes", "strikes", 3, IZ, a="Iryna Bondar", n="Toll update on the same page: same story, not a repeat."),
  E("2023-10-30 14:15", "Estonia commits to multi-year military aid",
    ["Estonia's government approved a plan to give Ukraine military aid worth 0.25% of its gross domestic product every year until 2027, the defence ministry said."],
    "aid", "aid", 2, "estonia-multiyear-military-aid", a="Maksym Hlib",
    n="Same theme (Baltic military aid) as Latvia's drone coalition in 10331: must not merge."),
  E("2023-10-30 16:40", "Analysis: Kyiv braces for a second winter of grid attacks",
    ["Last winter Russia fired wave after wave of missiles at Ukraine's power plants and substations, leaving millions without electricity for hours at a time.",
     "This year engineers have buried some cables, built concrete shelters around transformers and stockpiled spare parts, but officials say air defence remains the deciding factor.",
     "The grid operator says it is better prepared, though no network can be fully protected from a sustained barrage."],
    "strikes", "strikes", 2, "analysis-winter-grid-attacks", sec=["aid"], a="Maksym Hlib",
    n="Theme piece (analysis) on attacks against the power grid: its own story."),
  ]))

SEEDS.append(dict(id="10331", name="10331_oderwald-atom", ext="xml", source="Oderwald Courier", zone="Europe/Warsaw", render=r_atom,
  title="Oderwald Courier \u2014 Ukraine and the region", url="https://oderwald.example", lede="English-language news from Central Europe",
  notes="Invented outlet (same as 10323). Atom feed, newest first, +01:00. 10331-02 re-posts day 1's 10323-01 word for word with a new "
        "publication time (importance 1). 10331-03 continues day 1's grain-talks story with a new development. Spells the town 'Izyum'. " + D2,
  not_entries=["feed title, subtitle, link, id, updated"],
  entries=[
  E("2023-10-30 18:30", "Four killed in Russian missile strike on Izyum",
    ["A Russian missile strike on the eastern Ukrainian town of Izyum on Monday killed four people, including a teenager, Ukraine's interior minister said.",
     "Ihor Klymenko said rescue work at the site had finished."],
    "strikes", "strikes", 3, IZ, a="Agata Sowinska", n="Spelling 'Izyum'; toll four."),
  E("2023-10-30 16:10", "Four dead after shelling of Beryslaw market",
    ["The number of people killed by Russian shelling of a market in Beryslaw, in Ukraine's Kherson region, has risen to four, Ukrainian officials said on Sunday evening.",
     "Nine people were injured, two of them seriously."],
    "strikes", "strikes", 1, BERY, a="Agata Sowinska",
    n="Re-post of day-1 entry 10323-01 (same text, new publication time on day 2): importance 1; duplicate_of stays null (defined within a seed)."),
  E("2023-10-30 13:40", "Poland and Ukraine agree on licences for grain transit",
    ["Poland and Ukraine agreed on a licensing system that would let Ukrainian grain cross Polish territory to ports without being sold on the Polish market, the two agriculture ministries said after talks in Warsaw.",
     "Poland's import ban on Ukrainian wheat, maize, rapeseed and sunflower seed stays in force."],
    "diplomacy", "diplomacy", 2, GRAIN, a="Piotr Lesniak", n="Continuation of the day-1 grain-talks story with a new development (agreement on licences)."),
  E("2023-10-30 11:05", "Latvia to lead coalition supplying drones to Ukraine",
    ["Latvia will lead a group of countries that plans to buy and produce drones for Ukraine's armed forces, Latvian Defence Minister Andris Spruds said."],
    "aid", "aid", 2, "latvia-drone-coalition", a="Piotr Lesniak", n="Same theme (Baltic military aid) as Estonia's plan in 10330: must not merge."),
  E("2023-10-30 09:20", "Poland extends support for Ukrainian refugees",
    ["Poland's government extended the right of Ukrainian refugees to free medical care and housing support until the end of March, the interior ministry said."],
    "other", "humanitarian", 2, "poland-refugee-support-extension-2023-10", a="Agata Sowinska"),
  ]))
for _i, _e in enumerate(SEEDS[-1]["entries"]):
    _e["slugno"] = [611, 501, 612, 613, 614][_i]  # the re-post keeps its day-1 link

SEEDS.append(dict(id="10332", name="10332_thornhaugh-htmllive", ext="html", source="Thornhaugh Report", zone="Europe/London", render=r_thornhaugh,
  title="Ukraine live: Izium missile strike kills four; Kyiv pushes for peace summit", ref="2023-10-30 18:45",
  lede="The latest from Ukraine on Monday.",
  notes="Invented outlet. HTML live page, oldest first, with a 'Key Points' box naming two posts. Stamps are relative ('3 hours ago') and resolve "
        "against the printed 'Last updated 30 October 2023 18:45 GMT'. Bylines follow the headline. 10332-06 repeats 10332-04 nearly verbatim; "
        "10332-03 is a photo teaser without body. Spells the town 'Izium'. " + D2,
  not_entries=["cookie banner", "header and navigation", "title", "'Last updated ...' line", "standfirst", "'Key Points' box (points to posts)",
               "'Related' box and its link", "footer"],
  entries=[
  E("2023-10-30 09:45", "Zelensky visits troops in Zaporizhzhia region",
    ["President Volodymyr Zelensky visited brigades fighting in the Zaporizhzhia region, handing out awards and hearing reports from commanders, his office said."],
    "other", "frontline", 3, ZTRO, a="Lewis Farrant"),
  E("2023-10-30 11:45", "Russia claims capture of village near Kupiansk",
    ["Russia's defence ministry said its troops had taken control of a village east of Kupiansk, a claim Ukraine's military rejected as untrue."],
    "other", "frontline", 2, "russia-claims-village-near-kupiansk-2023-10-30", a="Lewis Farrant"),
  E("2023-10-30 13:45", "Izium strike toll climbs to four",
    ["Four people have died and 11 were wounded after a Russian missile struck a two-storey building in central Izium, Ukrainian officials said on Monday afternoon.",
     "A 15-year-old boy was among the dead, according to the interior ministry."],
    "strikes", "strikes", 3, IZ, a="Nell Ashdown", kp=True),
  E("2023-10-30 15:45", "Photos: Izium after the missile strike", [],
    "strikes", "strikes", 1, IZ, n="Photo teaser without body: importance 1."),
  E("2023-10-30 17:45", "Peace formula: Kyiv wants leaders' summit after Malta talks",
    ["Ukraine hopes the work begun in Malta will lead to a summit at which heads of state would endorse its peace plan, Andriy Yermak told reporters in Kyiv.",
     "He did not say where or when such a summit could be held."],
    "diplomacy", "diplomacy", 3, MALTA, a="Nell Ashdown", kp=True, n="Continuation of the day-1 Malta story (same development as 10330-03)."),
  E("2023-10-30 18:30", "Izium strike death toll rises to four",
    ["Four people have died and 11 were wounded after a Russian missile struck a two-storey building in central Izium, Ukrainian officials said."],
    "strikes", "strikes", 1, IZ, a="Nell Ashdown", dup="10332-03", n="Near-verbatim repeat of 10332-03: importance 1."),
  ]))

SEEDS.append(dict(id="10333", name="10333_mirrowdale-worldrss", ext="xml", source="Mirrowdale Globe", zone="Asia/Singapore", render=r_worldrss, rfc="offset",
  title="Mirrowdale Globe | World", url="https://mirrowdale.example", lede="World headlines from Mirrowdale Globe, Singapore",
  notes="Invented outlet. General world-news RSS 2.0 feed from Singapore, newest first, pubDate '+0800'; 4 of 6 items off-beat. The two newest items "
        "are dated 31 October local time but fall on 30 October UTC. Spells the town 'Izyum'. " + D2,
  not_entries=["channel title, link and description", "category labels"],
  entries=[
  E("2023-10-31 02:30", "Russian strike on Ukraine's Izyum kills four",
    ["Four people were killed and 11 injured when a Russian missile hit the town of Izyum in eastern Ukraine on Monday, Ukrainian officials said."],
    "strikes", "strikes", 3, IZ, n="31 October 02:30 SGT = 30 October 18:30 UTC."),
  OFF("2023-10-31 00:15", "Oil prices edge lower at start of week",
    ["Benchmark crude prices fell for a second session as traders judged that the risk of supply disruption had eased, with Brent trading near 87 dollars a barrel."],
    "oil-prices-2023-10-30", n="Markets."),
  E("2023-10-30 21:40", "Zelensky tours front-line positions in the south",
    ["Ukraine's President Volodymyr Zelensky met soldiers in the southern Zaporizhzhia region on Monday, his office said, as fighting continued along the front."],
    "other", "frontline", 3, ZTRO),
  OFF("2023-10-30 18:05", "Philippines holds village elections",
    ["Millions of Filipinos voted for village and youth council leaders in elections that had been postponed twice in recent years."],
    "philippines-barangay-elections-2023", n="Philippine local elections."),
  OFF("2023-10-30 14:20", "Afghanistan and Sri Lanka meet with World Cup semi-final hopes at stake",
    ["Afghanistan face Sri Lanka in Pune on Monday knowing that a win would keep alive their hopes of reaching the Cricket World Cup semi-finals."],
    "cricket-world-cup-afghanistan-sri-lanka", n="Sport."),
  OFF("2023-10-30 09:10", "Japan cabinet approval slips before stimulus package",
    ["Support for Prime Minister Fumio Kishida's cabinet fell to a new low in a weekend newspaper poll, days before his government is due to unveil an economic stimulus package."],
    "japan-kishida-approval-2023-10", n="Japanese politics."),
  ]))

# ============================================================ PART B, day 3: 2023-03-27 (UTC). Europe moved to summer time on 26 March.
D3 = "Day 3 of the multi-source set (with 10340-10343); a separate day."
SLOV = "sloviansk-missile-strike-2023-03-27"
HUN = "hungary-ratifies-finland-nato-2023-03-27"
CHAL = "challenger-2-tanks-arrive-ukraine"
BELNUK = "ukraine-unsc-request-belarus-nuclear-plan-2023-03-27"

SEEDS.append(dict(id="10340", name="10340_wistowe-textlive", ext="txt", source="Wistowe Courier", zone="Europe/Kyiv", render=r_wistowe,
  title="Live: Ukraine on Monday \u2014 Sloviansk hit, tanks arrive, Kyiv turns to the UN", byline="Halyna Moroz", parse_args=["--date", "2023-03-27"],
  lede="Our live coverage of the war in Ukraine. Times are Kyiv time.",
  notes="Invented outlet. Text live page, oldest first; stamps '27.03. 08:10' (day.month. and 24 h time) before each headline; no year is printed "
        "anywhere (parse_args --date 2023-03-27). Kyiv is on summer time (EEST, UTC+3) since 26 March. One page byline. 10340-07 repeats 10340-02 "
        "nearly verbatim. Spells the town 'Sloviansk'. " + D3,
  not_entries=["masthead and navigation", "title", "byline", "lede", "'Read also: ...' link", "footer"],
  entries=[
  E("2023-03-27 08:10", "Bakhmut: Ukrainian commander says Russian assault has stalled",
    ["Russia's attempt to take Bakhmut has lost momentum, the commander of Ukraine's ground forces said, pointing to heavy losses among Wagner units.",
     "Oleksandr Syrskyi said Ukrainian troops could soon go on the counterattack."],
    "other", "frontline", 2, "bakhmut-fighting-2023-03-27", a="Halyna Moroz"),
  E("2023-03-27 09:40", "Kyiv seeks UN Security Council meeting over Belarus nuclear plan",
    ["Ukraine's foreign ministry demanded an urgent meeting of the UN Security Council to respond to Vladimir Putin's plan to station tactical nuclear weapons in Belarus.",
     "The ministry said Moscow was using nuclear blackmail to cover up its failures on the battlefield."],
    "diplomacy", "diplomacy", 3, BELNUK, a="Halyna Moroz"),
  E("2023-03-27 11:25", "Missiles hit central Sloviansk, one dead",
    ["Two Russian S-300 missiles struck the centre of Sloviansk in the Donetsk region late in the morning, killing one person and wounding 15, the regional governor said.",
     "The strike damaged a tax office and several apartment blocks."],
    "strikes", "strikes", 3, SLOV, a="Halyna Moroz", n="First toll: one dead, 15 wounded."),
  E("2023-03-27 15:30", "School damaged as shells land in Kostiantynivka",
    ["Russian shelling damaged a school and three houses in Kostiantynivka, about 20 kilometres west of Bakhmut, local officials said, adding that nobody was hurt."],
    "strikes", "strikes", 2, "kostiantynivka-school-shelling-2023-03-27", a="Halyna Moroz",
    n="Same region (Donetsk) as the Sloviansk strike but a different town and attack: must not merge."),
  E("2023-03-27 17:45", "Reznikov: British Challenger tanks are in Ukraine",
    ["Defence Minister Oleksii Reznikov said the first Challenger 2 tanks promised by Britain had arrived in Ukraine, posting a video of himself at the controls of one.",
     "Britain pledged 14 of the tanks in January."],
    "aid", "aid", 3, CHAL, a="Halyna Moroz"),
  E("2023-03-27 19:20", "Explainer: what are tactical nuclear weapons?",
    ["Tactical nuclear weapons are smaller warheads designed for use on a battlefield, unlike the strategic weapons built to destroy cities far away.",
     "Russia is thought to hold many more of them than the United States, though neither side publishes exact numbers.",
     "Putin said storage sites for the weapons in Belarus would be ready by July."],
    "other", "security", 2, "explainer-tactical-nuclear-weapons", a="Halyna Moroz",
    n="Theme piece (explainer) on nuclear weapons: its own story, must not merge with Kyiv's UN request or NATO's reaction."),
  E("2023-03-27 20:05", "Kyiv asks for UN Security Council meeting over Belarus nuclear plan",
    ["Ukraine's foreign ministry demanded an urgent meeting of the UN Security Council to respond to Vladimir Putin's plan to station tactical nuclear weapons in Belarus."],
    "diplomacy", "diplomacy", 1, BELNUK, a="Halyna Moroz", dup="10340-02", n="Near-verbatim repeat of 10340-02: importance 1."),
  ]))

SEEDS.append(dict(id="10341", name="10341_cragholm-htmllive", ext="html", source="Cragholm Herald", zone="Europe/London", render=r_cragholm,
  title="Ukraine war: Challenger 2 tanks arrive as missiles hit Slovyansk \u2013 as it happened", dateline="Monday 27 March 2023",
  lede="All the day's developments. Times are BST.",
  notes="Invented outlet. HTML live page, newest first, 'Key points' box naming two posts; <time datetime> (+01:00) showing '8:10pm'; author line "
        "under the headline. UK on BST (UTC+1) since 26 March. 10341-04 is a video teaser without body. Spells the town 'Slovyansk'. " + D3,
  not_entries=["header and navigation", "title", "date line", "intro", "'Key points' box (points to posts)", "footer"],
  entries=[
  E("2023-03-27 20:10", "Germany confirms Leopard 2 tanks have reached Ukraine",
    ["The 18 Leopard 2A6 tanks Germany promised in January have been handed over to Ukraine, the German defence ministry said, along with ammunition and spare parts.",
     "Ukrainian crews completed their training in Germany earlier this month."],
    "aid", "aid", 2, "germany-leopard-2-delivered-2023-03-27", a="Fiona Haldane",
    n="Same theme (Western tanks arriving) as the Challenger story but a different donor and delivery: must not merge."),
  E("2023-03-27 18:05", "Hungary's parliament backs Finland joining Nato",
    ["Hungarian lawmakers voted by a large majority to ratify Finland's application to join Nato, leaving Turkey as the only member still to approve it.",
     "Sweden's bid remains stuck in both parliaments."],
    "diplomacy", "diplomacy", 3, HUN, a="Callum Reid"),
  E("2023-03-27 16:30", "Challenger 2 tanks have arrived, Ukraine says",
    ["British-made Challenger 2 tanks are now in Ukraine, the country's defence minister said, two months after London became the first Western government to promise main battle tanks to Kyiv."],
    "aid", "aid", 3, CHAL, a="Fiona Haldane", kp=True),
  E("2023-03-27 14:15", "Video: Ukrainian crews train on Challenger 2 in England", [],
    "aid", "aid", 1, CHAL, n="Video teaser without body: importance 1, under the Challenger story it shows."),
  E("2023-03-27 12:50", "Two dead as missiles strike Slovyansk",
    ["Two people were killed and 22 injured when Russian missiles hit the centre of Slovyansk in eastern Ukraine, according to the local governor."],
    "strikes", "strikes", 3, SLOV, a="Callum Reid", kp=True, n="Toll two dead, 22 injured; spelling 'Slovyansk'."),
  E("2023-03-27 10:35", "Nato: Russian nuclear talk is reckless",
    ["Nato said Vladimir Putin's announcement that Russia would station nuclear weapons in Belarus was reckless and dangerous, but added that it had seen no change in Russia's nuclear posture."],
    "diplomacy", "diplomacy", 2, "nato-reaction-belarus-nuclear-plan-2023-03", a="Callum Reid",
    n="Same theme as Kyiv's UN Security Council request (10340-02, 10342-02) but a different actor and step: must not merge."),
  ]))

SEEDS.append(dict(id="10342", name="10342_vardholm-newsline", ext="txt", source="Vardholm Wire", zone="Europe/Kyiv", render=r_vardholm,
  title="Ukraine newsline", lede="Short news from Ukraine as it comes in. Kyiv time.",
  notes="Invented outlet. Text newsline, newest first; posts have NO headline: a stamp line '27 March 2023, 18:40' (Kyiv, EEST), the text, and a "
        "'Views: ... Share' line. No authors. Spells the town 'Sloviansk'; writes 'NATO'. " + D3,
  not_entries=["outlet name and 'Newsline'", "title", "lede", "'Views: ... Share' lines", "'Show earlier'", "footer"],
  entries=[
  E("2023-03-27 18:40", None,
    ["Hungary's parliament voted 182 to 6 to approve Finland's accession to NATO on Monday.", "Turkey is now the last NATO member that has not ratified it."],
    "diplomacy", "diplomacy", 3, HUN),
  E("2023-03-27 16:15", None,
    ["Ukraine has formally asked for an emergency session of the UN Security Council over Russia's plan to deploy tactical nuclear weapons in Belarus, Foreign Minister Dmytro Kuleba said."],
    "diplomacy", "diplomacy", 3, BELNUK),
  E("2023-03-27 15:02", None,
    ["The toll from the morning missile strike on Sloviansk has risen to two dead and 29 wounded, the Donetsk regional military administration said."],
    "strikes", "strikes", 3, SLOV, n="Toll two dead, 29 wounded."),
  E("2023-03-27 11:30", None,
    ["Fewer than 2,000 residents remain in Avdiivka, down from 32,000 before the full-scale invasion, as Russian shelling intensifies, the town's administration said."],
    "other", "humanitarian", 2, "avdiivka-remaining-residents-2023-03-27"),
  E("2023-03-27 09:10", None,
    ["Ukraine's air force said it destroyed 13 of 14 Shahed drones launched overnight from the eastern coast of the Sea of Azov."],
    "strikes", "strikes", 2, "overnight-drone-attack-2023-03-27"),
  ]))
for _e, _v in zip(SEEDS[-1]["entries"], ["12.4K", "9.8K", "15.1K", "6.3K", "7.7K"]):
    _e["views"] = _v

SEEDS.append(dict(id="10343", name="10343_gillamoor-worldatom", ext="xml", source="Gillamoor World", zone="America/New_York", render=r_atom,
  title="Gillamoor World \u2014 International", url="https://gillamoor.example", lede="International news, updated through the day",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> with -04:00 (US Eastern, EDT); 4 of 6 items off-beat; no authors. "
        "Spells the town 'Slavyansk'. " + D3,
  not_entries=["feed title, subtitle, link, id, updated"],
  entries=[
  OFF("2023-03-27 18:50", "First Citizens agrees to buy failed Silicon Valley Bank",
    ["First Citizens BancShares will take over the deposits and loans of Silicon Valley Bank, US regulators said, about two weeks after the lender collapsed."],
    "first-citizens-buys-svb", n="US banking."),
  E("2023-03-27 13:20", "Hungary ratifies Finland's NATO membership",
    ["Hungary's parliament approved Finland's bid to join NATO on Monday, clearing one of the two remaining hurdles to the Nordic country's membership."],
    "diplomacy", "diplomacy", 3, HUN),
  OFF("2023-03-27 11:05", "Germany grinds to a halt in transport strike",
    ["Trains, airports and ports across Germany were largely shut as two unions staged a one-day strike over pay."],
    "germany-transport-strike-2023-03-27", n="German labour dispute (a strike in the labour sense, not an attack)."),
  E("2023-03-27 10:40", "Russian missiles kill 2 in Slavyansk",
    ["Russian missiles struck the eastern Ukrainian city of Slavyansk on Monday, killing two people and injuring 29, Ukrainian officials said."],
    "strikes", "strikes", 3, SLOV, n="Spelling 'Slavyansk'; toll two dead, 29 injured."),
  OFF("2023-03-27 08:30", "Scotland's governing party picks Humza Yousaf as leader",
    ["The Scottish National Party elected Humza Yousaf as its new leader, putting him on course to become Scotland's first minister."],
    "snp-leadership-yousaf", n="Scottish politics."),
  OFF("2023-03-27 06:15", "French unions prepare another day of pension protests",
    ["French unions called a tenth day of nationwide strikes and marches for Tuesday against the government's plan to raise the pension age."],
    "france-pension-protests-2023-03", n="French politics."),
  ]))


# ============================================================ emit
BASIS = {
  "r_ledger": "AP time line '{s}' (Kyiv time, stated in the lede: EET = UTC+2); date from the page's 'Updated March 13, 2023' line{m}",
  "r_albany": "visible date '{s}' in a <time> whose datetime attribute gives the full time with -04:00 (EDT)",
  "r_athens": "no per-section time; the article's 'Published 6:05 a.m. ET May 8, 2023' (EDT = UTC-4) used for every section; JSON-LD datePublished agrees",
  "r_postcourier": "time line '{s}' printed after the headline, on the article date Jun 20, 2023; Charleston time implied by the outlet (EDT = UTC-4)",
  "r_spartanburg": "card stamp '{s}' (ET = EDT, UTC-4); no year printed: parse_args --date 2023-05-06",
  "r_islandpacket": "pubDate '{s}' (EST = UTC-5)",
  "r_aiken": "stamp '{s}' under the day header for {d}; <time datetime> with -04:00 and JSON-LD agree{m}",
  "r_tandd": "no per-brief time; the page stamp 'Posted: Monday, October 16, 2023 5:47 pm' (Orangeburg, EDT = UTC-4) used for every brief",
  "r_valdosta": "bold time '{s}' on the article date Aug 28, 2023; lede says 'All times Eastern' (EDT = UTC-4)",
  "r_brunswick": "pubDate '{s}' (explicit -0500)",
  "r_pemberwick": "stamp '{s}' on the page date Sunday 29 October 2023 (zone printed with each stamp)",
  "r_sablewick": "stamp '{s}' with <time datetime> (+02:00) on {d}; JSON-LD update time agrees",
  "r_worldrss": "pubDate '{s}' (explicit zone){m}",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_marrowby": "stamp '{s}' on the page date Monday 30 October 2023; zone from the date line (EET, UTC+2)",
  "r_thornhaugh": "relative stamp '{s}' resolved against the printed 'Last updated 30 October 2023 18:45 GMT'",
  "r_wistowe": "stamp '{s}' (day.month. and time, no year: parse_args --date 2023-03-27); Kyiv EEST = UTC+3",
  "r_cragholm": "stamp '{s}' with <time datetime> (+01:00) on the page date Monday 27 March 2023 (BST)",
  "r_vardholm": "stamp '{s}' (full date, Kyiv time stated in the lede: EEST = UTC+3)",
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
            page_day = None
            midnight = ""
            if rname == "r_ledger" and d.date() != date(2023, 3, 13):
                midnight = "; after Kyiv midnight (newest-first order: it follows 11:15 p.m. on 13 March), so local 14 March, UTC 13 March"
            if rname == "r_aiken" and d.date() != u.date():
                midnight = "; evening post of 1 July local time, 2 July UTC"
            if rname == "r_worldrss" and d.date() != u.date():
                midnight = "; local date is the next day, UTC date is 30 October"
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), m=midnight),
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

#!/usr/bin/env python3
"""Builds eval/bx seeds and gold files from one hand-written data table (further down).
All news text was written by the blind tester (invented or paraphrased, own words); Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/bx/tools/build.py"""
import hashlib, html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBR = ("U.S.", "U.N.", "U.K.", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "St.", "Jan.", "Feb.",
        "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "a.m.", "p.m.", "No.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None):
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\u201d\u2019\']?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par):
        head = par[:m.end()]
        if m.end() < len(par) and any(head.endswith(a) for a in ABBR):
            continue
        return head
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def uid(*parts):
    h = hashlib.sha1("|".join(parts).encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-11f0-{h[12:16]}-{h[16:28]}"


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:70]


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def ap_mon(d):  # AP style month abbreviations
    return {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}.get(d.month, MONTHS[d.month - 1])


def ap_time(d):  # 7:05 p.m.
    return f"{d.hour % 12 or 12}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'}"


def ap_date(d, year=True):
    return f"{ap_mon(d)} {d.day}" + (f", {d.year}" if year else "")


def us12(d, pad=False):  # 5:50 AM / 05:50 AM
    h = d.hour % 12 or 12
    return (f"{h:02d}" if pad else f"{h}") + f":{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def order_check(S, newest_first):
    ts = [dt(e["t"], S["zone"]) for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first"


def body_html(ps):
    return "".join(f"<p>{esc(p)}</p>" for p in ps)


# ============================================================ Part A renderers (layouts of real outlets; no real wording)

GANNETT_FOOT = ["Help", "Terms of Service", "Your Privacy Choices", "Privacy Policy", "Site Map", "Accessibility", "Our Ethical Principles",
                "Responsible Disclosure"]


def r_gannett_article(S):  # Gannett (USA TODAY Network) article copied as text; one "Published 7:05 p.m. CT Jan. 19, 2025" line; h2 sections
    z = S["zone"]; d = dt(S["pub"], z)
    pub = f"Published {ap_time(d)} {S['zabbr']} {ap_date(d)}"
    L = ["Skip to main content", S["source"], "", "Subscribe", "Sign In", "",
         "Home", "News", "Sports", "Obituaries", "Opinion", "Business", "eNewspaper", "Legals", "",
         "WORLD", "", S["title"], "", S["byline"], "USA TODAY", "", pub, "",
         "Show Caption", "Hide Caption", S["caption"], S["credit"], ""] + ptxt(S["lede"])
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Stay informed: sign up for the Daily Briefing newsletter and get the top headlines in your inbox each morning.", ""]
    L += [S["contrib"], "", "Your Turn: share your thoughts on this story", "", *GANNETT_FOOT, f"© {d.year} www.{S['site']}. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_blox_rss(S):  # TownNews BLOX CMS section feed (RSS 2.0): pubDate with local offset, dc:creator "By NAME Associated Press"
    z = S["zone"]; site = S["site"]; sec = S["section"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
           "<channel>", f"<title>{esc(S['title'])}</title>", f"<link>https://www.{site}/{sec}/</link>",
           f'<atom:link href="https://www.{site}/search/?f=rss&amp;t=article&amp;c={sec}&amp;l=50&amp;s=start_time&amp;sd=desc" rel="self" type="application/rss+xml" />',
           f"<description>{esc(S['chan_desc'])}</description>", "<generator>TownNews.com Content Management System</generator>",
           "<docs>http://www.rssboard.org/rss-specification</docs>", "<ttl>30</ttl>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        u = uid(S["id"], str(i)); slug = slugify(e["h"])
        by = "By The Associated Press" if e["a"] == "The Associated Press" else f"By {e['a']} Associated Press"
        out += ["<item>", f"<title>{esc(e['h'])}</title>"]
        if e["p"]:
            bh = body_html(e["p"])
            out.append(f"<description>{esc(bh)}</description>" if S["desc_mode"] == "escaped" else f"<description><![CDATA[{bh}]]></description>")
        else:
            out.append("<description></description>")
        out += [f"<pubDate>{st}</pubDate>", f"<link>https://www.{site}/{sec}/{slug}/article_{u}.html</link>",
                f'<guid isPermaLink="false">{u}</guid>', f"<dc:creator>{esc(by)}</dc:creator>", f"<category>{e.get('cat', 'AP')}</category>"]
        if e["p"]:
            out.append(f'<enclosure url="https://bloximages.chicago2.vip.townnews.com/{site}/content/tncms/assets/v3/editorial/{u[:1]}/{u[1:3]}/{u}/image.sized-1000x1000.jpg" length="112233" type="image/jpeg" />')
        else:
            out.append(f'<media:content url="https://www.{site}/{sec}/{slug}/video_{u}.html" medium="video" />')
        out.append("</item>")
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_blox_listing(S):  # BLOX section front (HTML): cards with relative "3 hrs ago" in <time datetime=ISO>
    z = S["zone"]; ref = dt(S["ref"], z); site = S["site"]
    out = ["<!DOCTYPE html>", '<html lang="en-US"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {site}</title>",
           '<meta name="viewport" content="width=device-width, initial-scale=1"></head><body class="section-nation-world">',
           '<a class="sr-only" href="#main-page-container">Skip to main content</a>',
           '<div id="site-top-nav"><ul><li><a href="/eedition/">e-Edition</a></li><li><a href="/classifieds/">Classifieds</a></li>'
           '<li><a href="/subscribe/">Subscribe</a></li><li><a href="/users/login/">Log In</a></li></ul></div>',
           f'<header id="site-header"><a class="logo" href="/">{S["source"]}</a><div class="weather-widget">Scottsbluff, NE <span class="temp">38°</span></div>',
           "<nav><ul><li><a href=\"/news/\">News</a></li><li><a href=\"/sports/\">Sports</a></li><li><a href=\"/obituaries/\">Obituaries</a></li>"
           "<li><a href=\"/opinion/\">Opinion</a></li><li><a href=\"/ag/\">Ag</a></li><li><a href=\"/lifestyles/\">Lifestyles</a></li>"
           "<li><a href=\"/news/nation-world/\">Nation &amp; World</a></li></ul></nav></header>",
           '<div id="main-page-container"><main>', f'<h1 class="block-title"><span class="block-title-inner">{esc(S["title"])}</span></h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        rel = f"{mins} min ago" if mins < 60 else (f"{mins // 60} hr ago" if mins // 60 == 1 else f"{mins // 60} hrs ago"); stamps.append(rel)
        u = uid(S["id"], str(i)); by = "By The Associated Press" if e["a"] == "The Associated Press" else f"By {e['a']} Associated Press"
        out.append('<article class="tnt-asset-type-article card summary">'
                   f'<div class="card-headline"><h3 class="tnt-headline"><a href="/news/nation-world/{slugify(e["h"])}/article_{u}.html">{esc(e["h"])}</a></h3></div>'
                   '<div class="card-lead">' + "".join(f'<p class="tnt-summary">{esc(p)}</p>' for p in e["p"]) + "</div>"
                   f'<ul class="card-meta list-inline"><li class="card-byline">{esc(by)}</li><li class="card-date"><time class="tnt-date" datetime="{d.isoformat()}">{rel}</time></li>'
                   + (f'<li class="card-comments"><a href="#comments">{e["com"]} comments</a></li>' if e.get("com") else "") + "</ul></article>")
        if i == 2:
            out.append('<div class="tnt-ads-container">Advertisement</div>')
    out += ["</main>", '<aside class="sidebar"><h4>Most Popular</h4><ol><li><a href="/news/local/x1">Gering council weighs new splash pad design</a></li>'
            '<li><a href="/sports/x2">Bearcats hold off Sidney in district semifinal</a></li></ol>',
            '<div class="newsletter-signup"><h4>Be the first to know</h4><p>Get local news delivered to your inbox!</p><input type="email" placeholder="Email"> <button>Sign up!</button></div></aside></div>',
            f'<footer>© Copyright {ref.year} {S["source"]}, Scottsbluff, NE | <a href="/terms/">Terms of Use</a> | <a href="/privacy/">Privacy Policy</a> | Powered by BLOX Content Management System from TownNews.com.</footer>',
            "</body></html>"]
    return "\n".join(out) + "\n", stamps


def r_gannett_live_html(S):  # Gannett live blog (HTML): posts newest first, h3 then author + "6:41 p.m. ET"; LiveBlogPosting JSON-LD; "What to know"
    z = S["zone"]; first = dt(S["pub"], z); last = dt(S["upd"], z); site = S["site"]
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat(), "author": {"@type": "Person", "name": e["a"]},
            "articleBody": " ".join(e["p"])} for e in S["entries"]]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "datePublished": first.isoformat(), "dateModified": last.isoformat(),
          "coverageStartTime": first.isoformat(), "publisher": {"@type": "Organization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<a href="#mainContentSection" class="gnt_skp">Skip to main content</a>',
           f'<header class="gnt_n"><a class="gnt_n_logo" href="/">{S["source"]}</a><nav class="gnt_n_mn"><a href="/news/">News</a> <a href="/sports/">Sports</a> '
           '<a href="/obituaries/">Obituaries</a> <a href="/opinion/">Opinion</a> <a href="/things-to-do/">Things To Do</a> <a href="/enewspaper/">eNewspaper</a> '
           '<a href="/legals/">Legals</a></nav><a class="gnt_n_sub" href="/subscribe/">Subscribe</a> <a class="gnt_n_si" href="/signin/">Sign In</a></header>',
           '<main id="mainContentSection"><article class="gnt_pr"><div class="gnt_ar_lbl">WORLD</div>', f'<h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
           '<div class="gnt_ar_by">USA TODAY</div>',
           f'<div class="gnt_ar_dt">Published {ap_time(first)} {S["zabbr"]} {ap_date(first)} | Updated {ap_time(last)} {S["zabbr"]} {ap_date(last)}</div>',
           f'<figure class="gnt_em"><button>Show Caption</button><button>Hide Caption</button><figcaption>{esc(S["caption"])} <span class="gnt_em_cr">{esc(S["credit"])}</span></figcaption></figure>',
           '<section class="gnt_lb_wtk"><h2>What to know</h2><ul>' + "".join(f"<li>{esc(b)}</li>" for b in S["wtk"]) + "</ul></section>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ap_time(d)} {S['zabbr']}"; stamps.append(st)
        out.append(f'<article class="gnt_lb_post" id="post-{len(S["entries"]) - i}"><h3 class="gnt_lb_hl">{esc(e["h"])}</h3>'
                   f'<div class="gnt_lb_meta"><span class="gnt_lb_au">{esc(e["a"])}</span> <time class="gnt_lb_ts" datetime="{d.isoformat()}">{st}</time></div>'
                   + body_html(e["p"]) + '<div class="gnt_lb_sh"><button>Share this post</button></div></article>')
        if i == 3:
            out.append('<aside class="gnt_nl"><p>Get the USA TODAY Daily Briefing newsletter in your inbox.</p><input type="email"> <button>Sign Up</button></aside>')
    out += ['<aside class="gnt_ar_rel"><h3>More coverage</h3><ul>' + "".join(f'<li><a href="/story/r{k}">{esc(r)}</a></li>' for k, r in enumerate(S["related"])) + "</ul></aside>",
            "</article></main>", "<footer>" + " · ".join(GANNETT_FOOT) + f" · © {first.year} www.{site}. All rights reserved.</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_forum_listing(S):  # Forum Communications section listing copied as text: headline, teaser, "By Associated Press", "May 02, 2025 04:40 PM"
    z = S["zone"]
    L = ["Skip to main content", S["source"], "", "Subscribe", "Sign in", "Menu", "",
         "News    Sports    Opinion    Obituaries    Business    Lifestyle    Agweek    E-Edition    Newsletters", "",
         "We use cookies and similar technologies to improve your experience on our site. By continuing, you accept our use of cookies. Accept", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1][:3]} {d.day:02d}, {d.year} {us12(d, pad=True)}"; stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [f"By {e['a']}", st, ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Load More", "", "Sign up for our newsletters", "Get the Mitchell Republic's morning headlines delivered to your inbox.", "",
          "About Us    Contact Us    Advertise    Privacy Policy    Terms of Use    Do Not Sell or Share My Personal Information", "",
          f"© {d.year} Forum Communications Company. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_forum_briefs(S):  # Forum Communications "World briefs" article (HTML): h3 per brief, AP datelines, NewsArticle JSON-LD; one page stamp
    z = S["zone"]; d = dt(S["pub"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d.isoformat(), "dateModified": d.isoformat(),
          "author": [{"@type": "Organization", "name": "The Associated Press"}], "publisher": {"@type": "Organization", "name": S["source"]}, "articleSection": "World"}
    st = f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year} {us12(d, pad=True)}"
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<a class="skip-link" href="#main">Skip to main content</a>',
           f'<header><a class="logo" href="/">{S["source"]}</a><nav><a href="/news">News</a> <a href="/sports">Sports</a> <a href="/opinion">Opinion</a> '
           '<a href="/obituaries">Obituaries</a> <a href="/e-edition">E-Edition</a> <a href="/newsletters">Newsletters</a></nav>'
           '<a class="btn" href="/subscribe">Subscribe</a> <a class="btn" href="/signin">Sign in</a></header>',
           '<main id="main"><article><p class="kicker">WORLD</p>', f"<h1>{esc(S['title'])}</h1>",
           '<div class="byline">By <a href="/people/the-associated-press">The Associated Press</a></div>',
           f'<div class="timestamp"><time datetime="{d.isoformat()}">{st}</time></div>',
           '<div class="share-bar"><button>Share</button> <a>Facebook</a> <a>X</a> <a>Email</a> <a>Print</a></div>',
           f'<p class="intro"><em>{esc(S["lede"])}</em></p>']
    for i, e in enumerate(S["entries"]):
        out.append(f"<h3>{esc(e['h'])}</h3>" + body_html(e["p"]))
        if i == 2:
            out.append('<div class="ad-slot">Advertisement</div>')
    out += ['<div class="newsletter-box"><p>Get The Dickinson Press headlines in your inbox every morning.</p><input type="email"> <button>Sign up</button></div>',
            '<section class="read-next"><h3>What To Read Next</h3><ul>' + "".join(f'<li><a href="/news/r{k}">{esc(r)}</a></li>' for k, r in enumerate(S["related"])) + "</ul></section>",
            "</article></main>", f"<footer>© {d.year} Forum Communications Company · About Us · Privacy Policy · Terms of Use</footer></body></html>"]
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_blox_latest(S):  # BLOX article page carrying an AP "The Latest" timeline copied as text: "___" then "1:25 a.m." (local to the news), no headlines
    z = S["zone"]; d0 = dt(S["page_day"], "America/Denver")
    L = ["Skip to main content", S["source"], "", "Subscribe", "Log In", "e-Edition", "",
         "News    Local    Sports    Obituaries    Opinion    Outdoors    Lifestyles    Nation & World    Classifieds", "",
         "Butte, MT", "64°", "", S["title"], "", "The Associated Press", "", f"{MONTHS[d0.month - 1][:3]} {d0.day}, {d0.year}", "Updated 2 hrs ago", "",
         "Facebook", "Twitter", "WhatsApp", "SMS", "Email", "Print", "Copy article link", "Save", "", S["lede"], ""]
    stamps = []
    for e in S["entries"]:
        d = dt(e["t"], z); st = ap_time(d); stamps.append(st)
        L += ["___", "", st, ""] + ptxt(e["p"])
    L += [f"Copyright {d0.year} The Associated Press. All rights reserved.", "", "Tags", "Russia-ukraine War", "Crimea", "Ukraine", "",
          "Most Popular", "Butte-Silver Bow commissioners table road levy vote", "Anaconda pool to open later than planned", "",
          "Be the first to know", "Get local news delivered to your inbox!", "Sign up!", "",
          f"© Copyright {d0.year} Montana Standard, Butte, MT | Terms of Use | Privacy Policy", "Powered by BLOX Content Management System from TownNews.com."]
    return "\n".join(L) + "\n", stamps


def r_blox_live_html(S):  # BLOX-hosted live blog (HTML): oldest first, "Mar 15, 2025 5:50 AM MDT" in <time> under the h2, "By NAME", Key Points box
    z = S["zone"]; site = S["site"]
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat(), "author": {"@type": "Person", "name": e["a"]},
            "articleBody": "\n\n".join(e["p"])} for e in S["entries"]]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "coverageStartTime": first.isoformat(),
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "liveBlogUpdate": ups}
    out = ["<!DOCTYPE html>", '<html lang="en-US"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {site}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<a class="sr-only" href="#main-page-container">Skip to main content</a>',
           f'<header id="site-header"><a class="logo" href="/">{S["source"]}</a><div class="weather-widget">Pocatello, ID <span class="temp">47°</span></div>'
           '<nav><a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/obituaries/">Obituaries</a> <a href="/opinion/">Opinion</a> '
           '<a href="/lifestyles/">Lifestyles</a> <a href="/outdoors/">Outdoors</a> <a href="/eedition/">e-Edition</a></nav>'
           '<a href="/subscribe/">Subscribe</a> <a href="/users/login/">Log In</a></header>',
           '<div id="main-page-container"><main><article class="tnt-asset-type-article">', f"<h1 class=\"headline\">{esc(S['title'])}</h1>",
           '<ul class="list-inline asset-meta"><li>By <a href="/users/profile/ap">The Associated Press</a></li>'
           f'<li><time datetime="{first.isoformat()}">{MONTHS[first.month - 1][:3]} {first.day}, {first.year}</time></li></ul>',
           '<div class="share-tools"><a>Facebook</a> <a>Twitter</a> <a>Email</a> <a>Print</a> <a>Save</a></div>',
           '<div class="key-points"><h2>Key Points</h2><ul>' + "".join(f"<li>{esc(e['h'])}</li>" for e in S["entries"] if e["kp"]) + "</ul></div>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year} {us12(d)} {d.tzname()}"; stamps.append(st)
        out.append(f'<article class="live-post" id="update-{i + 1}"><h2>{esc(e["h"])}</h2><div class="post-meta"><time datetime="{d.isoformat()}">{st}</time></div>'
                   f'<p class="post-byline">By {esc(e["a"])}</p>' + body_html(e["p"])
                   + '<div class="post-share">Share this update: <a>Facebook</a> <a>X</a> <a>Email</a></div></article>')
        if i == 3:
            out.append('<div class="tnt-ads-container">Advertisement</div>')
    out += ['<a class="comment-count" href="#comments">Comments (0)</a>', "</article></main>",
            '<aside><h4>Be the first to know</h4><p>Get local news delivered to your inbox!</p><input type="email"> <button>Sign up!</button></aside></div>',
            f'<footer>© Copyright {first.year} {S["source"]}, Pocatello, ID | Terms of Use | Privacy Policy | Powered by BLOX Content Management System from TownNews.com.</footer>',
            "</body></html>"]
    return "\n".join(out) + "\n", stamps


def r_gannett_live_txt(S):  # Gannett live blog copied as text: header and post stamps print no year ("Feb. 23, 9:48 a.m. MT" under the headline)
    z = S["zone"]; first = dt(S["pub"], z); last = dt(S["upd"], z)
    L = ["Skip to main content", S["source"], "", "Subscribe", "Sign In", "",
         "Home", "News", "Sports", "Things To Do", "Obituaries", "Opinion", "eNewspaper", "Legals", "",
         "WORLD", "", S["title"], "", S["byline"], "USA TODAY", "",
         f"Published {ap_time(first)} {S['zabbr']} {ap_date(first, False)} | Updated {ap_time(last)} {S['zabbr']} {ap_date(last, False)}", "",
         "Show Caption", "Hide Caption", S["caption"], S["credit"], ""] + ptxt(S["lede"])
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ap_date(d, False)}, {ap_time(d)} {S['zabbr']}"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"]) + ["Share this post", ""]
        if i == 2:
            L += ["Get the USA TODAY Daily Briefing newsletter in your inbox.", "Sign Up", ""]
    L += ["Load more updates", "", *GANNETT_FOOT]
    return "\n".join(L) + "\n", stamps


# ============================================================ Part B renderers (invented outlets)

def r_bracken(S):  # text live, newest first, Key Points box, stamp line "Sun 18 May 2025 06.55 BST" BEFORE the headline, "By NAME" under it
    z = S["zone"]
    L = [S["source"].upper(), "News | World | Ukraine | Business | Culture | Sport", "Sign in    Subscribe", "", S["title"], S["dateline"], "",
         "We and our partners use cookies to personalise content and ads. Manage preferences", "", "Key Points"]
    L += ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{DAYS_EN[d.weekday()][:3]} {d.day} {MONTHS[d.month - 1]} {d.year} {d:%H.%M} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"]] + ([f"By {e['a']}"] if e["a"] else []) + [""] + ptxt(e["p"])
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Older posts", "", f"{S['source']} \u00a9 2025 \u00b7 Privacy \u00b7 Terms \u00b7 Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_cinder(S):  # HTML live, oldest first; JSON-LD @graph (WebPage + LiveBlogPosting with updates); bare "09:20" in <time>; "— NAME" after body
    z = S["zone"]; url = S["url"]
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        u = {"@type": "BlogPosting", "@id": f"{url}#u{i + 1}", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat(), "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": url, "name": S["title"], "inLanguage": "en"},
        {"@type": ["LiveBlogPosting"], "@id": url + "#live", "headline": S["title"], "coverageStartTime": first.isoformat(), "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "mainEntityOfPage": {"@id": url}, "liveBlogUpdate": ups}]}
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<header><a class="brand" href="/">{S["source"]}</a> <nav><a href="/news">News</a> <a href="/war">War</a> <a href="/economy">Economy</a> '
           '<a href="/support">Support us</a></nav></header>', f"<main><h1>{esc(S['title'])}</h1>", f'<p class="tz">{esc(S["tznote"])}</p>',
           f'<h2 class="day">{S["dayline"]}</h2>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="upd" id="u{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>' + body_html(e["p"])
                   + (f'<p class="sig">\u2014 {esc(e["a"])}</p>' if e["a"] else "") + "</article>")
        if i == 2:
            out.append('<aside class="donate">Independent journalism needs your support. <a href="/support">Become a supporter</a></aside>')
    out += ["</main>", f"<footer>{S['source']} \u00b7 Editorial policy \u00b7 Contacts \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss_world(S):  # RSS 2.0 general world feed, newest first, plain-text descriptions (paragraphs split by blank lines), pubDate "+0000"/"GMT"
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0"><channel>', f"<title>{esc(S['title'])}</title>", f"<link>{S['url']}</link>",
           f"<description>{esc(S['desc'])}</description>", "<language>en-gb</language>",
           f"<lastBuildDate>{dt(S['entries'][0]['t'], z).strftime('%a, %d %b %Y %H:%M:%S +0000')}</lastBuildDate>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S ") + S["rfc"]; stamps.append(st)
        link = f"{S['url']}/{slugify(e['h'])}-{70000 + 37 * i}"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{link}</link>", f'<guid isPermaLink="true">{link}</guid>', f"<pubDate>{st}</pubDate>",
                f"<category>{e.get('cat', 'World')}</category>", "<description>" + esc("\n\n".join(e["p"])) + "</description>", "</item>"]
    out.append("</channel></rss>")
    return "\n".join(out) + "\n", stamps


def r_atom(S):  # Atom 1.0, newest first, <published> with the outlet's offset; content as escaped html, xhtml, or html in CDATA
    z = S["zone"]; url = S["url"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f"<title>{esc(S['title'])}</title>",
           f'<link rel="alternate" href="{url}"/>', f'<link rel="self" href="{url}/feed.atom"/>', f"<id>{url}/</id>",
           f"<updated>{dt(S['entries'][0]['t'], z).isoformat()}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat().replace("+00:00", "Z"); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link rel="alternate" href="{url}/{slugify(e["h"])}"/>', f"<id>tag:{url[8:]},2025:{5000 + 11 * i}</id>",
                f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        if S["mode"] == "html":
            out.append(f'<summary type="text">{esc(first_sentence(e["p"][0]))}</summary>')
            out.append('<content type="html">' + esc(body_html(e["p"])) + "</content>")
        elif S["mode"] == "xhtml":
            out.append('<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">' + body_html(e["p"]) + "</div></content>")
        else:
            out.append('<content type="html"><![CDATA[' + body_html(e["p"]) + "]]></content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_varl(S):  # text live, oldest first; headline, then "By NAME | 10:05 a.m. ET" line, then body
    z = S["zone"]
    L = [S["source"].upper(), "World  |  U.S.  |  Politics  |  Business  |  Opinion  |  Podcasts", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ap_time(d)} ET"; stamps.append(st)
        L += [e["h"], f"By {e['a']} | {st}", ""] + ptxt(e["p"])
        if i == 3:
            L += ["Advertisement", ""]
    L += ["This page is no longer being updated.", "", f"{S['source']} \u00b7 About \u00b7 Corrections \u00b7 Terms of Service"]
    return "\n".join(L) + "\n", stamps


def r_article_html(S):  # HTML article with h2 sections; NewsArticle JSON-LD; dateline "19 May 2025, 21:40 CEST"; one entry per section, stamp null
    z = S["zone"]; d = dt(S["pub"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d.isoformat(), "dateModified": d.isoformat(),
          "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": S["source"]}}
    out = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} \u2013 {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<header><a href="/">{S["source"]}</a> <nav><a>Europe</a> <a>World</a> <a>Business</a> <a>Ideas</a></nav> <a class="sub">Subscribe</a></header>',
           '<main><article><p class="rubric">World</p>', f"<h1>{esc(S['title'])}</h1>",
           f'<p class="byline">By <span class="author">{esc(S["byline"])}</span></p>',
           f'<p class="dateline"><time datetime="{d.isoformat()}">{d.day} {MONTHS[d.month - 1]} {d.year}, {d:%H:%M} {d.tzname()}</time></p>',
           f'<p class="lede"><strong>{esc(S["lede"])}</strong></p>']
    for e in S["entries"]:
        out.append(f"<h2>{esc(e['h'])}</h2>" + body_html(e["p"]))
    out += [f'<p class="more">Read more: <a href="/r1">{esc(S["more"])}</a></p>', '<div class="share">Share <a>Email</a> <a>Copy link</a></div>',
            "</article></main>", f"<footer>\u00a9 {d.year} {S['source']}</footer></body></html>"]
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_hollins(S):  # text live, oldest first; date line WITHOUT year; bare "06:15" line BEFORE the headline; "Reported by NAME" after the body
    z = S["zone"]
    L = [S["source"].upper(), "Front page  |  Ukraine  |  Europe  |  Opinion  |  Newsletter", "", S["title"], S["dateline"], S["tznote"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Reported by {e['a']}", ""]
        if i == 2:
            L += ["Get the evening briefing by email - sign up free", ""]
    L += ["That is all for today. Coverage continues tomorrow.", "", f"{S['source']} \u00b7 About \u00b7 Contact \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_wether(S):  # HTML live, newest first after a pinned lead WITHOUT headline; "0540 GMT — Headline" in h2; no JSON-LD
    z = S["zone"]
    out = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title></head><body>",
           '<div class="cookie-bar">This site uses cookies. <button>OK</button> <a href="/cookies">More info</a></div>',
           f'<header>{S["source"]} <nav><a>Home</a> <a>Ukraine war</a> <a>Europe</a> <a>Podcast</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="date">{esc(S["dateline"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H%M} GMT"; stamps.append(st)
        if e["h"] is None:
            out.append('<div class="pinned"><p class="label">Latest</p>' + f"<p><strong>{st}</strong> {esc(e['p'][0])}</p>" + body_html(e["p"][1:]) + "</div>")
        else:
            out.append(f'<div class="upd"><h2><strong>{st}</strong> \u2014 {esc(e["h"])}</h2>' + body_html(e["p"]) + "</div>")
        if i == 3:
            out.append('<aside class="related"><h3>Read more</h3><a href="/r1">Ukraine\u2019s air defences: a visual guide</a></aside>')
    out += ["</main>", f"<footer>{S['source']} \u00b7 About \u00b7 Privacy \u00b7 Contact</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


# ============================================================ PART A: ten real outlets' layouts (own words; reporters invented)
SEEDS = []

SEEDS.append(dict(id="7700", name="7700_dodgeglobe-article", ext="txt", source="Dodge City Daily Globe", zone="America/Chicago", render=r_gannett_article,
  site="dodgeglobe.com", zabbr="CT", pub="2025-01-19 19:05",
  title="Ukraine heads into Trump's second term with Russia pressing in the east: What to know", byline="Mara Sutcliffe",
  caption="Rescue workers clear debris from a house damaged in an overnight drone attack outside Kyiv, Ukraine.",
  credit="Dmytro Lisovyi, AFP via Getty Images",
  lede=["Ukrainians are watching Monday's inauguration in Washington with a mix of hope and dread, unsure whether Donald Trump will keep the weapons flowing or lean on Kyiv to settle on Moscow's terms.",
        "Here is where things stand on the eve of the handover:"],
  contrib="Contributing: Reuters",
  notes="Imitates a Gannett (USA TODAY Network) article page on dodgeglobe.com, copied as plain text: menu lines, 'WORLD' label, title, byline 'Mara Sutcliffe' + 'USA TODAY', one 'Published 7:05 p.m. CT Jan. 19, 2025' line, 'Show Caption'/'Hide Caption' photo block, a two-paragraph lede, six section headings, a newsletter plug, 'Contributing: Reuters', footer. One entry per section heading (stamp null), all published at the article time. 7:05 p.m. Central (CST, UTC-6) on 19 January is 01:05 UTC on 20 January: the printed local day is not the UTC day. Page byline is every entry's author.",
  not_entries=["'Skip to main content', outlet name, 'Subscribe', 'Sign In' and the menu lines", "'WORLD' label", "title line", "byline lines 'Mara Sutcliffe' / 'USA TODAY'",
               "'Published 7:05 p.m. CT Jan. 19, 2025' line (the dateline for every section)", "'Show Caption' / 'Hide Caption', the photo caption and its credit",
               "the two lede paragraphs ('Ukrainians are watching ...', 'Here is where things stand ...')", "newsletter plug 'Stay informed: ...'",
               "'Contributing: Reuters'", "'Your Turn' line", "footer links and copyright line"],
  entries=[
  E("2025-01-19 19:05", "Zelenskyy counts on an early meeting",
    ["President Volodymyr Zelenskyy said in his nightly video address that he expected to sit down with Trump soon after the inauguration and would argue that a ceasefire without firm security guarantees would only give Russia time to rearm.",
     "Kyiv has sent a group of senior officials to Washington to meet members of the incoming team, his office said."],
    "diplomacy", "diplomacy", 2, "zelenskyy-seeks-early-trump-meeting", a="Mara Sutcliffe"),
  E("2025-01-19 19:05", "Drones strike Kyiv region overnight",
    ["Russia launched 87 attack drones at Ukraine overnight into Sunday, and air defenses shot down 51 of them, the Ukrainian air force said.",
     "A house caught fire in the Fastiv district of the Kyiv region, and one man was treated for burns, regional officials said."],
    "strikes", "strikes", 2, "russian-drone-attack-2025-01-19", a="Mara Sutcliffe"),
  E("2025-01-19 19:05", "Russian troops edge closer to Pokrovsk",
    ["Russia's Defense Ministry claimed the capture of another village southwest of Pokrovsk, a logistics hub in the Donetsk region that Moscow has been trying to take for months.",
     "Ukraine's general staff reported more than 70 clashes along the front over the previous day, about half of them around Pokrovsk."],
    "other", "frontline", 2, "pokrovsk-front-2025-01-19", a="Mara Sutcliffe"),
  E("2025-01-19 19:05", "North Korean soldiers still fighting in Kursk",
    ["South Korea's intelligence service told lawmakers that North Korean units sent to Russia's Kursk region had taken heavy losses and were being topped up with fresh troops.",
     "Zelenskyy has offered to hand two captured North Korean soldiers back to Pyongyang in exchange for Ukrainians held in Russia."],
    "other", "frontline", 2, "north-korean-troops-kursk-losses", a="Mara Sutcliffe"),
  E("2025-01-19 19:05", "Breakaway Transnistria rations power after gas cutoff",
    ["Households in Moldova's Russian-backed Transnistria region are getting electricity in rotating blocks after Russian gas stopped flowing through Ukraine on Jan. 1.",
     "Moldova's government accused Moscow of using energy to destabilize the country ahead of this year's parliamentary election."],
    "other", "humanitarian", 2, "transnistria-power-rationing", a="Mara Sutcliffe", n="Knock-on of the end of gas transit through Ukraine -> other/humanitarian (no topic fits better)."),
  E("2025-01-19 19:05", "Final Biden weapons shipments still on the way",
    ["Pentagon officials said equipment from the last drawdown package approved by President Joe Biden would keep arriving in Ukraine for weeks after he leaves office.",
     "It remains unclear whether the new administration will use the remaining drawdown authority, estimated at several billion dollars."],
    "aid", "aid", 2, "final-biden-drawdown-deliveries", a="Mara Sutcliffe"),
  ]))

SEEDS.append(dict(id="7701", name="7701_kearneyhub-feed", ext="xml", source="Kearney Hub", zone="America/Chicago", render=r_blox_rss,
  site="kearneyhub.com", section="news/nation-world", desc_mode="escaped",
  title="Nation & World | kearneyhub.com", chan_desc="Latest national and world news from the Kearney Hub",
  notes="Imitates a TownNews BLOX CMS section feed (RSS 2.0) of kearneyhub.com. Newest first. pubDate carries the Central offset '-0600' (CST). Each item: title, description holding the story as entity-escaped HTML paragraphs (&lt;p&gt;), link, guid, dc:creator 'By NAME Associated Press' or 'By The Associated Press' (author = the name part, or 'The Associated Press'), category, image enclosure. One item (the Plains winter storm) is off-beat.",
  not_entries=["channel title/link/description/generator/docs/ttl", "atom:link self reference", "guid, category and enclosure values", "the 'By ... Associated Press' wrapper in dc:creator (author is the name)"],
  entries=[
  E("2025-01-05 17:20", "Ukraine opens new attack in Russia's Kursk region, Moscow says",
    ["Russia's Defense Ministry said Sunday that Ukrainian forces had launched a counterattack in the Kursk region, sending tanks and armored vehicles toward the village of Berdin.",
     "Ukrainian officials declined to give details, saying only that operations in the area were continuing.",
     "Ukraine seized a swath of the Kursk region in a surprise incursion in August, and Russia has been trying to push its troops out ever since."],
    "other", "frontline", 3, "ukraine-kursk-counterattack-2025-01-05", a="SAMIR KOVAL", n="New offensive in Kursk: big frontline move -> importance 3."),
  E("2025-01-05 15:05", "Strike on Kharkiv suburb kills 2, officials say",
    ["A Russian guided bomb hit a residential street in a village on the outskirts of Kharkiv on Sunday afternoon, killing two people and wounding five, the regional governor said.",
     "Several private homes and a shop were destroyed."],
    "strikes", "strikes", 3, "kharkiv-suburb-glide-bomb-2025-01-05", a="OLENA MARCHUK"),
  E("2025-01-05 12:40", "Zelenskyy says Europe alone cannot guarantee Ukraine's security",
    ["Ukrainian President Volodymyr Zelenskyy said in an interview released Sunday that security guarantees backed only by European countries would not be enough to deter Russia without the United States.",
     "He said he hoped to meet President-elect Donald Trump soon after the inauguration."],
    "diplomacy", "diplomacy", 2, "zelenskyy-interview-security-guarantees", a="The Associated Press"),
  E("2025-01-05 10:15", "Slovakia's Fico threatens to halt electricity supplies to Ukraine",
    ["Slovak Prime Minister Robert Fico said his government could stop emergency electricity exports to Ukraine unless Kyiv reconsiders its decision to end the transit of Russian gas.",
     "Zelenskyy accused Fico of opening a second energy front against Ukraine on Moscow's behalf."],
    "diplomacy", "diplomacy", 2, "fico-electricity-threat", a="KAREL DUBSKY", n="Inter-state dispute over gas transit -> diplomacy."),
  E("2025-01-05 08:30", "Russia says it shot down dozens of drones over border regions",
    ["Russia's Defense Ministry said its air defenses destroyed 61 Ukrainian drones overnight, most of them over the Bryansk, Kursk and Oryol regions.",
     "There were no immediate reports of casualties."],
    "strikes", "strikes", 2, "ukrainian-drones-russia-2025-01-05", a="The Associated Press"),
  dict(OFF("2025-01-05 06:10", "Winter storm to bring heavy snow, bitter cold to central Plains",
    ["Forecasters warned of blizzard conditions across parts of Kansas and Nebraska through Monday, with wind chills falling well below zero."],
    "plains-winter-storm-2025-01", a="The Associated Press", n="US weather."), cat="Weather"),
  ]))

SEEDS.append(dict(id="7702", name="7702_starherald-nationworld", ext="html", source="Scottsbluff Star-Herald", zone="America/Denver", render=r_blox_listing,
  site="starherald.com", title="Nation & World", ref="2025-03-08 15:30",
  notes="Imitates the BLOX CMS 'Nation & World' section front of starherald.com (HTML). Newest first. Each card: h3 headline link, summary paragraph(s), byline 'By NAME Associated Press', and a RELATIVE visible stamp ('40 min ago', '3 hrs ago') inside <time class=\"tnt-date\" datetime=\"2025-03-08T14:50:00-07:00\">. The visible text alone gives no anchor; the datetime attributes give the exact times (all consistent with one fetch at about 15:30 MST). Mountain Standard Time (UTC-7): 8 March 2025 is the day before US daylight saving starts. One item (measles) is off-beat. Some cards show comment counts.",
  not_entries=["'Skip to main content' and the top links (e-Edition, Classifieds, Subscribe, Log In)", "logo and weather widget 'Scottsbluff, NE 38°'", "section menu",
               "section heading 'Nation & World' (page title)", "byline list items (author)", "comment counts", "'Advertisement'", "'Most Popular' sidebar with two local links",
               "newsletter box 'Be the first to know' / 'Get local news delivered to your inbox!'", "footer"],
  entries=[
  E("2025-03-08 14:50", "Death toll from Russian strike on Dobropillia rises to 11",
    ["Rescuers pulled more bodies from the rubble of apartment buildings in the eastern Ukrainian town of Dobropillia, raising the death toll from Friday night's missile and drone attack to 11, Ukraine's emergency service said.",
     "Officials said Russia struck the town a second time as firefighters and medics arrived."],
    "strikes", "strikes", 3, "dobropillia-strike-2025-03-07", a="HANNA SOLOMKO"),
  dict(E("2025-03-08 12:30", "Drone attack injures 8 in Kharkiv",
    ["Russian drones hit an apartment building and a car wash in Kharkiv on Saturday morning, injuring eight people, including a child, Mayor Ihor Terekhov said."],
    "strikes", "strikes", 2, "kharkiv-drone-attack-2025-03-08", a="HANNA SOLOMKO", n="Different attack from Dobropillia: must not merge."), com=3),
  OFF("2025-03-08 11:15", "Measles outbreak in West Texas grows to more than 200 cases",
    ["Health officials reported new measles infections in several West Texas counties, where an outbreak centered on undervaccinated communities has spread for more than a month."],
    "west-texas-measles-outbreak", a="The Associated Press", n="US public health."),
  dict(E("2025-03-08 10:05", "Zelenskyy to travel to Saudi Arabia ahead of talks with US delegation",
    ["Ukrainian President Volodymyr Zelenskyy said he would visit Saudi Arabia on Monday to meet Crown Prince Mohammed bin Salman, while his aides stay on for talks with American officials.",
     "The meeting in Jeddah would be the first between the two delegations since last week's heated exchange in the Oval Office."],
    "diplomacy", "diplomacy", 3, "zelenskyy-saudi-visit-jeddah-talks", a="ILIA KOSTENKO"), com=12),
  E("2025-03-08 08:20", "Ukraine says its troops in Kursk are holding out despite Russian advances",
    ["Ukraine's military said its units in Russia's Kursk region were not surrounded, rejecting claims by Russian military bloggers that their supply routes had been cut."],
    "other", "frontline", 2, "kursk-ukrainian-troops-pressure-2025-03", a="ILIA KOSTENKO"),
  E("2025-03-08 06:45", "Intelligence pause leaves Ukrainian gunners half blind, officers say",
    ["Ukrainian artillery officers said the US suspension of intelligence sharing had slowed their ability to find and hit Russian targets deep behind the front.",
     "The White House has said the pause will stay in place until Kyiv commits to peace talks."],
    "aid", "aid", 2, "us-intelligence-sharing-pause", a="The Associated Press", n="Suspension of US support -> aid."),
  E("2025-03-08 05:40", "France to host European army chiefs to plan for postwar Ukraine",
    ["Military chiefs from about 30 countries will meet in Paris next week to discuss how a European force could help secure a future ceasefire in Ukraine, French officials said."],
    "diplomacy", "diplomacy", 2, "paris-army-chiefs-meeting-2025-03", a="SYLVIE CORBIN", sec=["other"], n="Alliance planning for a ceasefire force -> diplomacy (secondary other/security)."),
  ]))

SEEDS.append(dict(id="7703", name="7703_aberdeennews-live", ext="html", source="Aberdeen American News", zone="America/New_York", render=r_gannett_live_html,
  site="aberdeennews.com", zabbr="ET", pub="2025-02-19 06:12", upd="2025-02-19 18:58",
  title="Russia-Ukraine live updates: Trump and Zelenskyy trade barbs after Riyadh talks",
  caption="Volodymyr Zelenskyy speaks to reporters in Kyiv.", credit="Efrem Solonko, AP",
  wtk=["American and Russian officials met in Saudi Arabia on Tuesday without Ukraine at the table.",
       "Trump's envoy for Ukraine is in Kyiv for meetings this week.",
       "The war enters its fourth year on Monday."],
  related=["Who is Keith Kellogg, Trump's Ukraine envoy?", "What was agreed in Riyadh, and what wasn't"],
  notes="Imitates a Gannett (USA TODAY Network) live-updates page republished on aberdeennews.com (HTML). Newest first. Each post: h3 headline, THEN a meta line with the author and a time-only stamp '6:41 p.m. ET' (author and time are adjacent inline elements). The page prints Eastern time although the outlet is in South Dakota (Central): page zone America/New_York (EST, UTC-5). The date comes from the header line 'Published 6:12 a.m. ET Feb. 19, 2025 | Updated 6:58 p.m. ET Feb. 19, 2025'. LiveBlogPosting JSON-LD carries the same per-post times. A 'What to know' box holds summary bullets that are not post headlines (not a Key Points block; key_point false).",
  not_entries=["'Skip to main content', logo, menu, 'Subscribe', 'Sign In'", "'WORLD' label", "h1 title", "'USA TODAY' byline", "'Published ... | Updated ...' line",
               "'Show Caption' / 'Hide Caption' buttons, caption and credit", "'What to know' heading and its three summary bullets", "'Share this post' buttons",
               "newsletter box", "'More coverage' heading and two related links", "footer"],
  entries=[
  E("2025-02-19 18:41", "Trump calls Zelenskyy a 'dictator' who refuses to hold elections",
    ["President Donald Trump escalated his feud with Ukraine's leader on Wednesday, writing on social media that Zelenskyy was a dictator who had skipped elections and warning that he needed to act quickly to save his country.",
     "Ukraine's presidential term was due to end last year, but elections cannot be held under martial law, which has been in force since the invasion."],
    "diplomacy", "diplomacy", 3, "trump-zelenskyy-dictator-post", a="Rowan Ellery"),
  E("2025-02-19 15:30", "Kellogg arrives in Kyiv for talks",
    ["Retired Lt. Gen. Keith Kellogg, Trump's special envoy for Ukraine and Russia, arrived in Kyiv by train and said he was there to listen to Ukrainian concerns.",
     "He is expected to meet Zelenskyy and military commanders on Thursday."],
    "diplomacy", "diplomacy", 3, "kellogg-kyiv-visit-2025-02", a="Priya Castellanos"),
  E("2025-02-19 13:10", "Drone attack leaves much of Odesa without power",
    ["A Russian drone attack overnight damaged energy equipment in Odesa, leaving more than 150,000 residents without heating and electricity in near-freezing weather, regional officials said.",
     "Crews had restored heat to about a third of the affected homes by midday."],
    "strikes", "strikes", 2, "odesa-energy-drone-attack-2025-02-19", a="Priya Castellanos"),
  E("2025-02-19 11:25", "Kremlin says Putin is open to meeting Zelenskyy",
    ["Kremlin spokesman Dmitry Peskov said Putin was prepared to meet Zelenskyy if necessary, but questioned whether the Ukrainian leader had the legal authority to sign any agreement."],
    "diplomacy", "diplomacy", 2, "kremlin-putin-zelenskyy-meeting-remark", a="Rowan Ellery"),
  E("2025-02-19 09:50", "Zelenskyy says Trump is repeating Russian disinformation",
    ["Zelenskyy told reporters in Kyiv that Trump was repeating false claims spread by Moscow, including that the Ukrainian leader's approval rating had fallen to 4%.",
     "He said recent polling showed more than half of Ukrainians trusted him."],
    "diplomacy", "diplomacy", 3, "zelenskyy-says-trump-repeats-disinformation", a="Rowan Ellery",
    n="Zelenskyy's remark and Trump's later 'dictator' post are separate statements (two stories); must not merge."),
  E("2025-02-19 07:30", "Russia claims gains near Kupiansk",
    ["Russia's Defense Ministry said its forces had taken a village near Kupiansk in the Kharkiv region, a claim that could not be independently verified."],
    "other", "frontline", 2, "kupiansk-front-2025-02-19", a="Dale Whitcombe"),
  E("2025-02-19 06:12", "Europe scrambles for a role after being left out of Riyadh talks",
    ["European officials are discussing whether to send troops to Ukraine to help police any ceasefire, after being excluded from the first high-level US-Russian talks on the war."],
    "diplomacy", "diplomacy", 2, "europe-reaction-riyadh-talks", a="Dale Whitcombe"),
  ]))

SEEDS.append(dict(id="7704", name="7704_mitchellrepublic-world", ext="txt", source="Mitchell Republic", zone="America/Chicago", render=r_forum_listing,
  title="World",
  notes="Imitates a Forum Communications section listing (mitchellrepublic.com 'World'), copied as plain text. Newest first. Each card: headline, teaser paragraph(s), 'By Associated Press', then the stamp 'May 02, 2025 04:40 PM' AFTER the teaser (zero-padded day and hour, no zone). The zone is only implied by the outlet's home in South Dakota: Central (CDT, UTC-5). One off-beat item (Australian election).",
  not_entries=["'Skip to main content', outlet name, 'Subscribe', 'Sign in', 'Menu', menu line", "cookie notice", "section heading 'World'", "'By Associated Press' lines (author)",
               "'Advertisement'", "'Load More'", "newsletter sign-up lines", "footer links and copyright"],
  entries=[
  E("2025-05-02 16:40", "Ukraine's lawmakers to take up minerals deal next week",
    ["Ukraine's parliament is expected to vote on the natural resources agreement with the United States as early as next week, a lawmaker involved in the process said Friday."],
    "diplomacy", "diplomacy", 2, "us-ukraine-minerals-deal-ratification", a="Associated Press", n="Bilateral agreement -> diplomacy."),
  E("2025-05-02 14:15", "Drone attack on Kharkiv injures 9",
    ["Russian drones struck several districts of Kharkiv overnight, wounding nine people and setting a warehouse on fire, the city's mayor said."],
    "strikes", "strikes", 2, "kharkiv-drone-attack-2025-05-02", a="Associated Press"),
  E("2025-05-02 11:50", "Drone strike on Odesa apartment block kills 2",
    ["Two people were killed and 14 wounded when Russian drones hit apartment buildings in Odesa, local officials said Friday.",
     "Fires broke out in several buildings, and a supermarket was damaged."],
    "strikes", "strikes", 3, "odesa-drone-strike-2025-05-02", a="Associated Press", n="Different city and attack from Kharkiv: must not merge."),
  E("2025-05-02 09:30", "Kremlin says May truce stands whatever Kyiv decides",
    ["The Kremlin said Friday that its unilateral three-day ceasefire for the Victory Day holiday would go ahead regardless of Ukraine's response.",
     "Kyiv has called for a 30-day truce instead."],
    "diplomacy", "diplomacy", 2, "russia-victory-day-truce", a="Associated Press"),
  E("2025-05-02 08:05", "Norway pledges new funds for Ukraine's air defenses",
    ["Norway will put more than $400 million toward air defense systems for Ukraine, its defense minister said Friday."],
    "aid", "aid", 2, "norway-air-defense-funding-2025-05", a="Associated Press"),
  OFF("2025-05-02 07:10", "Australians vote Saturday in election shaped by cost of living",
    ["Australia's two main parties made their final pitches on Friday ahead of a general election dominated by housing costs and energy prices."],
    "australia-election-2025", a="Associated Press", n="Australian election."),
  ]))

SEEDS.append(dict(id="7705", name="7705_dickinsonpress-briefs", ext="html", source="The Dickinson Press", zone="America/Denver", render=r_forum_briefs,
  pub="2025-04-14 05:30", title="World briefs: Ukraine buries victims of Sumy missile strike",
  lede="A roundup of international news from The Associated Press.",
  related=["North Dakota lawmakers advance property tax plan", "Dickinson State announces spring commencement speaker"],
  notes="Imitates a Forum Communications 'World briefs' round-up article on thedickinsonpress.com (HTML, NewsArticle JSON-LD). One page byline 'By The Associated Press' and one page stamp 'Apr 14, 2025 05:30 AM' with no zone: Mountain time implied by the outlet's home (MDT, UTC-6; the JSON-LD datePublished says -06:00). Six briefs, each an h3 headline followed by paragraphs whose first one opens with an AP dateline ('SUMY, Ukraine (AP) — ...'); first_sentence keeps the dateline as printed. One entry per brief, stamp null, published = the page stamp. Two briefs are off-beat.",
  not_entries=["'Skip to main content', logo, menu, 'Subscribe', 'Sign in'", "'WORLD' kicker", "h1 title", "byline 'By The Associated Press'", "page stamp 'Apr 14, 2025 05:30 AM'",
               "share bar", "italic intro 'A roundup of international news ...'", "'Advertisement'", "newsletter box", "'What To Read Next' heading and two local links", "footer"],
  entries=[
  E("2025-04-14 05:30", "Sumy mourns dozens killed in Palm Sunday strike",
    ["SUMY, Ukraine (AP) \u2014 Residents of this northeastern city laid flowers on Monday where two Russian ballistic missiles struck a busy street as people gathered for Palm Sunday, killing 35 people, including two children.",
     "City authorities declared three days of mourning."],
    "strikes", "strikes", 3, "sumy-missile-strike-2025-04-13", a="The Associated Press"),
  E("2025-04-14 05:30", "Moscow says it targeted a military meeting",
    ["MOSCOW (AP) \u2014 Russia's Defense Ministry claimed its missiles had hit a gathering of Ukrainian commanders in Sumy, an account Ukrainian officials rejected as a lie meant to cover up an attack on civilians."],
    "strikes", "strikes", 3, "sumy-missile-strike-2025-04-13", a="The Associated Press", n="Official claim about the same attack -> same story (LABELS: strikes)."),
  E("2025-04-14 05:30", "Zelenskyy urges Trump to see the damage for himself",
    ["KYIV, Ukraine (AP) \u2014 Ukrainian President Volodymyr Zelenskyy invited President Donald Trump to visit Ukraine before making any decision on a peace deal, saying he should see the destroyed towns and hospitals with his own eyes."],
    "diplomacy", "diplomacy", 3, "zelenskyy-invites-trump-to-ukraine", a="The Associated Press"),
  E("2025-04-14 05:30", "Kyiv and Moscow trade blame over energy truce",
    ["KYIV, Ukraine (AP) \u2014 Both sides accused each other of breaking a US-brokered pause on strikes against energy facilities, with Russia listing alleged Ukrainian drone attacks on power lines in the Bryansk region."],
    "diplomacy", "diplomacy", 2, "energy-strike-moratorium-accusations", a="The Associated Press", sec=["strikes"]),
  OFF("2025-04-14 05:30", "Ecuador's Noboa wins second term",
    ["QUITO, Ecuador (AP) \u2014 President Daniel Noboa won a runoff election by a wider margin than polls had predicted, while his rival refused to accept the result."],
    "ecuador-runoff-2025", a="The Associated Press", n="Ecuadorian election."),
  OFF("2025-04-14 05:30", "Two skiers killed in avalanche in Swiss Alps",
    ["ZERMATT, Switzerland (AP) \u2014 Two people died when an avalanche swept through an off-piste area near the resort, police said."],
    "swiss-avalanche-2025-04", a="The Associated Press", n="accident in Switzerland."),
  ]))

SEEDS.append(dict(id="7706", name="7706_mtstandard-thelatest", ext="txt", source="Montana Standard", zone="Europe/Kyiv", render=r_blox_latest,
  page_day="2025-06-03 12:00", title="The Latest: Ukraine says underwater explosives struck bridge to Crimea",
  lede="Here are the latest developments in Russia's war in Ukraine. All times are local:",
  notes="Imitates a BLOX CMS article page on mtstandard.com carrying an AP 'The Latest' timeline, copied as plain text. Page header 'The Associated Press' / 'Jun 3, 2025' / 'Updated 2 hrs ago'. Items are separated by '___' and start with a bare time line ('1:25 a.m.') with NO headline; the intro says times are local, i.e. Kyiv time for Ukraine news (EEST, UTC+3), not Montana time. Newest first. The top item (1:25 a.m.) is after local midnight: it belongs to 4 June local (22:25 UTC on 3 June), inferred from its position above the 10:40 p.m. item. Every entry is on UTC 3 June. Author for all: 'The Associated Press'.",
  not_entries=["'Skip to main content', outlet name, 'Subscribe', 'Log In', 'e-Edition', menu line", "weather 'Butte, MT' / '64°'", "title line", "byline 'The Associated Press'",
               "'Jun 3, 2025' and 'Updated 2 hrs ago' header lines", "share labels (Facebook ... Save)", "intro line 'Here are the latest developments ... All times are local:'",
               "'___' separators", "AP copyright line", "'Tags' and tag names", "'Most Popular' with two local headlines", "newsletter box", "footer"],
  entries=[
  E("2025-06-04 01:25", None,
    ["Explosions echoed across Kharkiv shortly after midnight as Russian drones struck the city, Mayor Ihor Terekhov said on Telegram, adding that there was no immediate information on casualties."],
    "strikes", "strikes", 2, "kharkiv-overnight-drone-attack-2025-06-03", a="The Associated Press"),
  E("2025-06-03 22:40", None,
    ["Ukraine's SBU security service released underwater footage it said showed the moment charges went off beneath a support of the Kerch Bridge, which links Russia to occupied Crimea.",
     "Russian authorities said traffic on the bridge had resumed after a pause of several hours."],
    "strikes", "strikes", 3, "crimean-bridge-underwater-attack", a="The Associated Press"),
  E("2025-06-03 19:15", None,
    ["Lithuania will send Ukraine another batch of artillery ammunition and anti-drone equipment worth about 30 million euros, the country's defense minister said during a visit to Odesa."],
    "aid", "aid", 2, "lithuania-ammunition-package-2025-06", a="The Associated Press"),
  E("2025-06-03 15:50", None,
    ["The Kremlin said no one should expect quick results from the peace memorandums the two sides exchanged in Istanbul on Monday, calling the issues involved extremely complex."],
    "diplomacy", "diplomacy", 2, "kremlin-istanbul-memorandums-2025-06", a="The Associated Press"),
  E("2025-06-03 13:05", None,
    ["The Security Service of Ukraine said it had struck the Kerch Bridge for the third time since the invasion, this time by detonating explosives placed under water near one of its pillars.",
     "The agency said the operation had been prepared over several months and caused no civilian casualties."],
    "strikes", "strikes", 3, "crimean-bridge-underwater-attack", a="The Associated Press"),
  E("2025-06-03 09:20", None,
    ["Russian shelling of Sumy killed three people and wounded 20 others, including children, the regional military administration said."],
    "strikes", "strikes", 3, "sumy-shelling-2025-06-03", a="The Associated Press"),
  E("2025-06-03 06:10", None,
    ["Russia's Defense Ministry claimed its troops had taken another village in the northern Sumy region, where Moscow has stepped up attacks in recent weeks."],
    "other", "frontline", 2, "russia-sumy-region-advance-2025-06", a="The Associated Press", n="Ground advance near Sumy; separate from the shelling of the city: must not merge."),
  ]))

SEEDS.append(dict(id="7707", name="7707_magicvalley-feed", ext="xml", source="Times-News", zone="America/Boise", render=r_blox_rss,
  site="magicvalley.com", section="news/world", desc_mode="cdata",
  title="World | magicvalley.com", chan_desc="World news from the Times-News, Twin Falls, Idaho",
  notes="Imitates the BLOX CMS section feed (RSS 2.0) of magicvalley.com (Times-News, Twin Falls). Newest first. pubDate with '-0600' (MDT, southern Idaho). Description holds the story as HTML in CDATA. One video item ('WATCH: ...') has an empty description (teaser, importance 1) and one item (the pope's first Mass) is off-beat. dc:creator 'By NAME Associated Press' -> author = the name.",
  not_entries=["channel title/link/description/generator/docs/ttl", "atom:link self reference", "guid, category, enclosure and media:content values", "the 'By ... Associated Press' wrapper in dc:creator"],
  entries=[
  E("2025-05-09 17:10", "Xi joins Putin for Red Square parade marking 80 years since victory in World War II",
    ["Chinese leader Xi Jinping sat beside Vladimir Putin on Friday as troops, tanks and drones rolled across Red Square in Moscow's biggest military parade in years.",
     "Leaders of about 20 other countries attended, including Brazil's president."],
    "diplomacy", "diplomacy", 3, "moscow-victory-day-parade-2025", a="ROMAN DOLGOV", sec=["other"], n="Head-of-state attendance and Xi-Putin ties -> diplomacy."),
  E("2025-05-09 15:25", "WATCH: Troops march in Moscow's Victory Day parade", [], "diplomacy", "diplomacy", 1, "moscow-victory-day-parade-2025", a="The Associated Press",
    n="Video item without body -> teaser, importance 1."),
  E("2025-05-09 13:40", "European ministers back special tribunal for Russian aggression",
    ["Foreign ministers from across Europe gathered in the western Ukrainian city of Lviv on Friday and endorsed plans for a special tribunal to try Russian leaders for the crime of aggression.",
     "The court would be set up together with the Council of Europe."],
    "diplomacy", "diplomacy", 3, "lviv-special-tribunal-aggression", a="DARIA KOVALCHUK"),
  E("2025-05-09 11:05", "Kyiv and Moscow accuse each other of breaking holiday truce",
    ["Ukraine's military said Russian forces had kept attacking along the front line despite Moscow's declared three-day ceasefire, while Russia said it had repelled Ukrainian assaults in the Kursk and Belgorod border areas."],
    "diplomacy", "diplomacy", 2, "victory-day-truce-violation-claims", a="DARIA KOVALCHUK", sec=["other"], n="Ceasefire compliance dispute -> diplomacy (secondary other/frontline)."),
  E("2025-05-09 09:15", "Trump calls for 30-day unconditional ceasefire",
    ["President Donald Trump urged Russia and Ukraine to agree to an unconditional 30-day ceasefire, warning that further sanctions could follow if the truce was not respected."],
    "diplomacy", "diplomacy", 3, "trump-30-day-ceasefire-call", a="LENA CORTLAND"),
  OFF("2025-05-09 07:30", "Pope Leo XIV celebrates first Mass as pontiff",
    ["The first American pope celebrated Mass with the cardinals who elected him, a day after his election stunned the Catholic world."],
    "pope-leo-first-mass", a="The Associated Press", n="Vatican."),
  E("2025-05-09 06:05", "Ukraine's parliament ratifies minerals deal with US",
    ["Ukrainian lawmakers approved the natural resources agreement with the United States on Thursday, clearing the way for a joint investment fund that officials hope will draw American companies into the country."],
    "diplomacy", "diplomacy", 2, "us-ukraine-minerals-deal-ratification", a="TARAS HUDYMA"),
  ]))

SEEDS.append(dict(id="7708", name="7708_idahostatejournal-live", ext="html", source="Idaho State Journal", zone="America/Boise", render=r_blox_live_html,
  site="idahostatejournal.com", title="LIVE: Leaders discuss Ukraine peacekeeping plan as Kremlin weighs US ceasefire offer",
  notes="Imitates an AP-fed live blog hosted on the BLOX CMS site idahostatejournal.com (HTML, LiveBlogPosting JSON-LD with per-update times). OLDEST FIRST. Each post: h2 headline, then a <time> with 'Mar 15, 2025 5:50 AM MDT' (stamp after the headline), then 'By NAME'. Mountain Daylight Time (UTC-6; DST began 9 March). A Key Points box at the top lists two post headlines (entries 02 and 07). Page byline 'By The Associated Press'; per-post authors used.",
  not_entries=["'Skip to main content', logo, weather 'Pocatello, ID 47°', menu, 'Subscribe', 'Log In'", "h1 title", "page byline and the date 'Mar 15, 2025'", "share tools",
               "'Key Points' heading and its two bullets", "'By NAME' lines (author)", "'Share this update' lines", "'Advertisement'", "'Comments (0)'", "newsletter aside", "footer"],
  entries=[
  E("2025-03-15 05:50", "Overnight Russian attack targets gas facilities",
    ["Russia launched two ballistic missiles and 178 drones at Ukraine overnight, damaging gas production sites in the Poltava and Kharkiv regions, Ukrainian officials said.",
     "The air force said 130 of the drones were shot down."],
    "strikes", "strikes", 2, "russian-attack-gas-facilities-2025-03-15", a="Lena Marsh"),
  E("2025-03-15 07:20", "Starmer hosts virtual meeting of Ukraine's backers",
    ["British Prime Minister Keir Starmer opened a video call with about 25 leaders on Saturday to discuss how a coalition of countries could help enforce any ceasefire in Ukraine."],
    "diplomacy", "diplomacy", 3, "starmer-coalition-of-willing-call-2025-03-15", a="Lena Marsh", kp=True),
  E("2025-03-15 08:45", "Russia says it retook two more villages in Kursk",
    ["Russia's Defense Ministry said its troops had recaptured two villages in the Kursk region, the latest in a series of gains that have pushed Ukrainian forces back toward the border."],
    "other", "frontline", 2, "russia-kursk-recapture-2025-03", a="Colt Ramage"),
  E("2025-03-15 10:10", "Starmer says military chiefs will draw up concrete plans",
    ["After the call, Starmer told reporters that military chiefs would meet in London next week to turn the leaders' political commitments into detailed plans."],
    "diplomacy", "diplomacy", 3, "starmer-coalition-of-willing-call-2025-03-15", a="Lena Marsh", n="Outcome of the same call -> same story."),
  E("2025-03-15 12:30", "Kremlin says it awaits details of US proposal",
    ["A senior Kremlin aide said Moscow was still waiting for Washington to explain how a 30-day ceasefire would be monitored before giving a final answer."],
    "diplomacy", "diplomacy", 2, "kremlin-response-us-ceasefire-proposal", a="Colt Ramage"),
  E("2025-03-15 14:05", "Zelenskyy rejects claims that troops are encircled in Kursk",
    ["Zelenskyy said there was no encirclement of Ukrainian forces in the Kursk region, contradicting statements from Moscow and Washington."],
    "other", "frontline", 2, "kursk-encirclement-claims", a="Colt Ramage"),
  E("2025-03-15 16:40", "EU's top diplomat floats multibillion-euro military aid plan",
    ["The European Union's foreign policy chief circulated a proposal for member states to provide up to 40 billion euros in military aid to Ukraine this year, according to a draft seen by reporters."],
    "aid", "aid", 3, "eu-40-billion-military-aid-proposal", a="Lena Marsh", kp=True),
  ]))

SEEDS.append(dict(id="7709", name="7709_thespectrum-live", ext="txt", source="The Spectrum", zone="America/Denver", render=r_gannett_live_txt,
  zabbr="MT", pub="2025-02-22 17:32", upd="2025-02-23 09:48", parse_args=["--date", "2025-02-23"],
  title="Russia-Ukraine war live updates: Record drone attack on eve of invasion anniversary", byline="Corinne Vale",
  caption="Firefighters work at a building hit by a Russian drone in Ukraine.", credit="Oleksii Vasylenko, Getty Images",
  lede=["Follow along for the latest as Ukraine prepares to mark three years since Russia's full-scale invasion."],
  notes="Imitates a Gannett (USA TODAY Network) live-updates page on thespectrum.com (St. George, Utah), copied as plain text while the page was still loading posts: the copy ends with 'Load more updates' and the footer links, without the copyright line, so NO YEAR is printed anywhere (parse_args --date 2025-02-23, the 'Updated' day). Header 'Published 5:32 p.m. MT Feb. 22 | Updated 9:48 a.m. MT Feb. 23'. Newest first; each post: headline, then a stamp line 'Feb. 23, 9:48 a.m. MT' (AP month style), then the body and 'Share this post'. Mountain Standard Time (UTC-7): the posts run from the evening of 22 February to the morning of 23 February local time, which is all 23 February UTC. One page byline (Corinne Vale) for every post. One off-beat post (the pope's health).",
  not_entries=["'Skip to main content', outlet name, 'Subscribe', 'Sign In', menu lines", "'WORLD' label", "title line", "byline lines 'Corinne Vale' / 'USA TODAY'",
               "'Published ... | Updated ...' header line", "'Show Caption' / 'Hide Caption', caption and credit", "lede 'Follow along for the latest ...'", "'Share this post' after each post",
               "newsletter plug and 'Sign Up'", "'Load more updates'", "footer links"],
  entries=[
  E("2025-02-23 09:48", "Zelenskyy says he would step down in exchange for NATO membership",
    ["Ukrainian President Volodymyr Zelenskyy told a news conference in Kyiv that he was ready to give up his post if doing so would bring peace or secure Ukraine's entry into NATO.",
     "He also said he would not sign a deal that turned past American aid into a debt for future generations."],
    "diplomacy", "diplomacy", 3, "zelenskyy-offers-to-resign-for-nato", a="Corinne Vale"),
  E("2025-02-23 07:15", "Russia launches record 267 drones at Ukraine",
    ["Russia sent 267 drones toward Ukraine overnight, the largest number in a single attack since the invasion began, the Ukrainian air force said Sunday.",
     "Most were shot down or jammed, but damage was reported in five regions."],
    "strikes", "strikes", 3, "russia-record-drone-attack-2025-02-23", a="Corinne Vale"),
  E("2025-02-23 05:30", "Negotiators near agreement on minerals deal, officials say",
    ["American and Ukrainian officials were close to finalizing an agreement on Ukraine's mineral resources after intense talks over the weekend, according to people familiar with the negotiations."],
    "diplomacy", "diplomacy", 2, "us-ukraine-minerals-deal-talks-2025-02", a="Corinne Vale"),
  OFF("2025-02-22 22:40", "Pope Francis in critical condition, Vatican says",
    ["Pope Francis suffered a prolonged respiratory crisis and was given high-flow oxygen, the Vatican said in its evening update."],
    "pope-francis-hospitalization", a="Corinne Vale", n="Vatican."),
  E("2025-02-22 20:05", "US proposes UN resolution that stops short of blaming Russia",
    ["The United States has circulated a short draft resolution at the United Nations calling for a swift end to the war without naming Russia as the aggressor, diplomats said."],
    "diplomacy", "diplomacy", 2, "us-un-resolution-draft-2025-02", a="Corinne Vale"),
  E("2025-02-22 17:35", "Ukraine says its drones hit oil facility in Russia",
    ["Ukraine's military said its long-range drones had struck an oil pumping station in Russia's Ryazan region overnight, setting off a large fire."],
    "strikes", "strikes", 2, "ukraine-drones-ryazan-oil-2025-02", a="Corinne Vale", n="Ukrainian strike on Russia; separate from the Russian drone record: must not merge."),
  ]))


# ============================================================ PART B, day 1: 2025-05-18 (UTC)
D1 = "Day 1 (2025-05-18 UTC): 7720, 7721, 7722, 7723."
RAID1 = "russia-record-drone-attack-2025-05-18"
VANCE = "zelensky-vance-rubio-rome-2025-05-18"
CALL = "trump-putin-phone-call-2025-05-19"
BUS = "bilopillia-bus-strike-2025-05-17"
SWAP = "prisoner-exchange-1000-lists-2025-05"

SEEDS.append(dict(id="7720", name="7720_brackenlow-textlive", ext="txt", source="Brackenlow Gazette", zone="Europe/London", render=r_bracken,
  title="Russia-Ukraine war live: record drone barrage overnight; Zelensky meets US vice-president in Rome", dateline="Sunday 18 May 2025",
  notes="Invented outlet. Text live blog, NEWEST FIRST. Each post: a stamp line 'Sun 18 May 2025 17.45 BST' (dot between hour and minutes, UK summer time UTC+1) BEFORE the headline, then 'By NAME' when signed, then the body. Key Points block lists two exact headlines (entries 02 and 07). Entry 06 is a video teaser without body. Entry 04 is the day's theme piece (analysis). " + D1,
  not_entries=["masthead, menu and 'Sign in / Subscribe'", "title and date lines", "cookie line", "'Key Points' heading and its two bullets", "'Latest'", "'By NAME' lines (author)",
               "'Advertisement'", "'Older posts' and footer"],
  entries=[
  E("2025-05-18 17:45", "Moscow says dozens of Ukrainian drones downed near capital",
    ["Russia's defence ministry said its air defences had shot down more than 30 Ukrainian drones over the Moscow region during the afternoon, and flights at two of the capital's airports were briefly suspended.",
     "Moscow's mayor said there was no serious damage."],
    "strikes", "strikes", 2, "ukrainian-drones-moscow-region-2025-05-18", a="Harriet Quayle", n="Ukrainian attack on Russia: must not merge with the Russian barrage on Ukraine."),
  E("2025-05-18 15:05", "Zelensky meets Vance and Rubio after papal Mass",
    ["Volodymyr Zelensky held talks with the US vice-president, JD Vance, and the secretary of state, Marco Rubio, in Rome, their first face-to-face meeting since the angry exchange in the Oval Office in February.",
     "Zelensky said afterwards that the conversation had been good and that Ukraine was ready for real diplomacy."],
    "diplomacy", "diplomacy", 3, VANCE, a="Tobias Wren", kp=True),
  E("2025-05-18 13:20", "Trump says he will call Putin on Monday",
    ["Donald Trump has said he will speak to Vladimir Putin by phone on Monday about ending the killing in Ukraine, and will then call Zelensky and several Nato leaders.",
     "The US president said he hoped a ceasefire would follow."],
    "diplomacy", "diplomacy", 3, CALL, a="Tobias Wren", n="Announcement of the call; day 2 carries the call itself under the same slug."),
  E("2025-05-18 11:40", "Analysis: why Russia's drone salvos keep growing",
    ["A year ago a raid of 100 drones was considered large; this weekend's attack was nearly three times that size.",
     "Russia has expanded production of its Shahed-type drones at a plant in Tatarstan and now mixes armed drones with cheaper decoys meant to exhaust Ukraine's air defences.",
     "Ukrainian officials say interceptor drones and mobile fire groups bring down most of them, but the sheer numbers mean some always get through."],
    "strikes", "strikes", 2, "analysis-russian-drone-salvo-growth", a="Harriet Quayle", n="Theme piece (analysis with body): own story, importance 2; must not merge with the night's raid."),
  E("2025-05-18 09:15", "Zelensky in Rome for Pope Leo's inauguration",
    ["Ukraine's president has arrived in Rome to attend the inaugural Mass of Pope Leo XIV and hopes to meet members of the American delegation on the sidelines, his office said."],
    "diplomacy", "diplomacy", 3, VANCE, a="Tobias Wren", n="Run-up to the same meeting: same story."),
  E("2025-05-18 07:30", "Watch: damage in Kyiv region after overnight attack", [], "strikes", "strikes", 1, RAID1, n="Video teaser without body -> importance 1."),
  E("2025-05-18 06:55", "Russia launches its biggest drone attack of the war",
    ["Russia fired 273 drones at Ukraine overnight, the largest number it has sent in a single attack since the full-scale invasion, Ukraine's air force said.",
     "A woman was killed and three people were injured in the Obukhiv district of the Kyiv region, regional officials said."],
    "strikes", "strikes", 3, RAID1, a="Harriet Quayle", kp=True),
  ]))

SEEDS.append(dict(id="7721", name="7721_cindermoor-htmllive", ext="html", source="Cindermoor Wire", zone="Europe/Kyiv", render=r_cinder,
  title="Live: Ukraine counts damage after record drone raid; Sumy region mourns bus victims", url="https://cindermoor.example/live/2025-05-18",
  tznote="Times are Kyiv time (EEST).", dayline="18 May 2025",
  notes="Invented outlet. HTML live blog, OLDEST FIRST, under one day header '18 May 2025'. Bare 'HH:MM' stamps in <time datetime> (+03:00, Kyiv) BEFORE the h3 headline; signature '— NAME' after the body. JSON-LD @graph (WebPage + LiveBlogPosting with per-update times). Entry 05 repeats entry 02 nearly verbatim (duplicate_of 7721-02). Toll for the Obukhiv district grows from five to nine injured. " + D1,
  not_entries=["header and menu", "h1 title", "'Times are Kyiv time (EEST).'", "day header '18 May 2025'", "supporter appeal aside", "'— NAME' signatures (author)", "footer"],
  entries=[
  E("2025-05-18 09:20", "Drone hits house in Obukhiv district, killing woman",
    ["A 71-year-old woman was killed and five people were injured when drones struck private houses in the Obukhiv district south of Kyiv overnight, the regional governor said.",
     "Ukraine's air force said Russia had used 273 drones in the attack, a record."],
    "strikes", "strikes", 3, RAID1, a="Iryna Dovzhenko"),
  E("2025-05-18 10:30", "Sumy region mourns nine killed in bus attack",
    ["Three days of mourning began in the Sumy region for the nine people killed when a Russian drone hit a bus carrying civilians near Bilopillia on Saturday.",
     "Seven other passengers were wounded."],
    "strikes", "strikes", 3, BUS, a="Andrii Sokil", n="Deadly strike of the previous day (toll/mourning): same theme as the barrage, different event -> must not merge."),
  E("2025-05-18 12:15", "Prisoner swap lists nearly complete, Kyiv says",
    ["Ukraine's military intelligence chief said the lists for the exchange of 1,000 prisoners on each side agreed in Istanbul were almost finished and the swap could happen within days."],
    "diplomacy", "diplomacy", 3, SWAP, a="Andrii Sokil"),
  E("2025-05-18 15:40", "Zelensky and Vance meet in Rome",
    ["President Zelensky met US vice-president JD Vance and secretary of state Marco Rubio at the US ambassador's residence in Rome after the papal inauguration.",
     "The two sides discussed the Istanbul talks, sanctions and the need for a full ceasefire, the president's office said."],
    "diplomacy", "diplomacy", 3, VANCE, a="Iryna Dovzhenko"),
  E("2025-05-18 17:05", "Sumy region mourns nine killed in bus attack on evacuees",
    ["Three days of mourning began in the Sumy region for the nine people killed when a Russian drone struck a bus carrying civilians near Bilopillia on Saturday.",
     "Seven more passengers were wounded."],
    "strikes", "strikes", 1, BUS, a="Andrii Sokil", dup="7721-02", n="Near-verbatim repeat of 7721-02 -> importance 1."),
  E("2025-05-18 19:30", "Kyiv region: nine injured, including a four-year-old",
    ["The number of people hurt in the overnight drone attack on the Kyiv region has risen to nine, among them a four-year-old girl, the regional administration said.",
     "One woman was killed when a drone hit a house in the Obukhiv district."],
    "strikes", "strikes", 3, RAID1, a="Iryna Dovzhenko", n="Toll update of the same attack (5 -> 9 injured)."),
  ]))

SEEDS.append(dict(id="7722", name="7722_fenwright-worldrss", ext="xml", source="Fenwright World Desk", zone="UTC", render=r_rss_world, rfc="+0000",
  title="Fenwright World Desk - Top stories", url="https://fenwright.example/world", desc="The day's main stories from around the world",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate '+0000'; plain-text descriptions (no HTML), paragraphs separated by blank lines; no authors. Four of six items are off-beat. Spelling 'Kiev region'. " + D1,
  not_entries=["channel title/link/description/language/lastBuildDate", "guid and category values"],
  entries=[
  OFF("2025-05-18 18:40", "Tornado clean-up continues across Kentucky and Missouri",
    ["Volunteers and National Guard troops cleared debris in towns hit by Friday's tornadoes, which killed more than 25 people across several states."],
    "us-tornadoes-2025-05-16", n="US weather disaster."),
  E("2025-05-18 13:15", "Trump to phone Putin, then Zelensky, on Monday",
    ["Donald Trump says he will hold a call with Vladimir Putin on Monday morning Washington time to discuss a ceasefire in Ukraine, followed by calls with Volodymyr Zelensky and Nato leaders."],
    "diplomacy", "diplomacy", 3, CALL),
  OFF("2025-05-18 10:50", "Pope Leo XIV inaugurated before crowd in St Peter's Square",
    ["Pope Leo XIV formally began his papacy with an open-air Mass attended by tens of thousands of people and dozens of official delegations."],
    "pope-leo-inauguration-mass", n="Vatican ceremony (the Zelensky meeting on its sidelines is a separate, war-related story)."),
  OFF("2025-05-18 09:30", "Portugal holds third general election in three years",
    ["Portuguese voters went to the polls after the minority government fell in a confidence vote in March."],
    "portugal-election-2025", n="Portuguese politics."),
  E("2025-05-18 07:45", "Russia sends 273 drones against Ukraine in largest raid",
    ["Russia launched 273 drones overnight in the biggest aerial attack since the start of the war, Ukrainian officials said, killing at least one person in the Kiev region."],
    "strikes", "strikes", 3, RAID1),
  OFF("2025-05-18 04:10", "Austria's JJ wins Eurovision in Basel",
    ["Austrian singer JJ won the Eurovision Song Contest with an operatic pop ballad, edging out Israel after the public vote."],
    "eurovision-2025", n="Song contest."),
  ]))

SEEDS.append(dict(id="7723", name="7723_gallowmere-atom", ext="xml", source="Gallowmere Post", zone="Europe/Warsaw", render=r_atom, mode="html",
  title="Gallowmere Post \u2014 Ukraine and the region", url="https://gallowmere.example",
  notes="Invented outlet. Atom 1.0 feed, newest first, <published> with +02:00 (CEST); <summary> repeats the first sentence (not a separate entry) and <content type=\"html\"> holds entity-escaped paragraphs; per-entry authors. Spelling 'Obukhov'. One off-beat item (Polish election). " + D1,
  not_entries=["feed title, links, id, updated", "the <summary> of every entry (repeats the first sentence)", "entry ids and links"],
  entries=[
  E("2025-05-18 20:45", "Zelensky and US vice-president hold first talks since Oval Office row",
    ["Ukraine's president and JD Vance met in Rome on Sunday, three months after their public clash in the White House.",
     "Zelensky wrote afterwards that Russia must be pressured until it agrees to a ceasefire."],
    "diplomacy", "diplomacy", 3, VANCE, a="Marta Lisowska"),
  E("2025-05-18 16:30", "Kyiv urges tougher sanctions after drone onslaught",
    ["Ukraine's foreign minister, Andrii Sybiha, called on allies to impose new sanctions on Russia's oil trade and banks, saying the overnight attack showed Moscow was not interested in peace."],
    "diplomacy", "diplomacy", 2, "sybiha-sanctions-appeal-2025-05-18", a="Tomasz Wierzba", n="New initiative (sanctions appeal) prompted by the raid: own story, must not merge with the raid."),
  OFF("2025-05-18 14:10", "Poland's presidential race heads for run-off",
    ["Exit polls pointed to a second round between the liberal mayor of Warsaw and the conservative historian backed by Law and Justice."],
    "poland-presidential-election-2025", a="Tomasz Wierzba", n="Polish domestic politics."),
  E("2025-05-18 10:20", "Prisoner exchange lists almost ready, Ukrainian officials say",
    ["The exchange of 1,000 prisoners of war from each side agreed in Istanbul on Friday could take place within days, Ukraine's coordination headquarters for prisoner affairs said."],
    "diplomacy", "diplomacy", 3, SWAP, a="Marta Lisowska"),
  E("2025-05-18 08:05", "Obukhov: woman killed as drones hit Kyiv region",
    ["One woman died and three people were hurt in Obukhov, south of Kyiv, when drones hit residential buildings during the night, local authorities said."],
    "strikes", "strikes", 3, RAID1, a="Marta Lisowska"),
  ]))


# ============================================================ PART B, day 2: 2025-05-19 (UTC) — the day after day 1
D2 = "Day 2 (2025-05-19 UTC): 7730, 7731, 7732, 7733."
KHER = "kherson-region-car-drone-strike-2025-05-19"
PACT = "uk-eu-security-defence-pact-2025-05-19"

SEEDS.append(dict(id="7730", name="7730_cindermoor-htmllive", ext="html", source="Cindermoor Wire", zone="Europe/Kyiv", render=r_cinder,
  title="Live: Trump and Putin speak by phone; deadly drone strike in Kherson region", url="https://cindermoor.example/live/2025-05-19",
  tznote="Times are Kyiv time (EEST).", dayline="19 May 2025",
  notes="Invented outlet (same outlet and layout as 7721). HTML live blog, OLDEST FIRST, bare 'HH:MM' in <time datetime> (+03:00). Entry 02 re-posts day-1 entry 7721-04 nearly verbatim (importance 1; duplicate_of null because duplicate_of is defined within a seed). Continuation of the day-1 story " + CALL + " (the call itself). Toll of the Kherson-region strike grows from two to three. " + D2,
  not_entries=["header and menu", "h1 title", "'Times are Kyiv time (EEST).'", "day header '19 May 2025'", "supporter appeal aside", "'— NAME' signatures (author)", "footer"],
  entries=[
  E("2025-05-19 08:10", "Drone hits car near Bilozerka, killing two",
    ["Two men were killed when a Russian drone struck their car near Bilozerka in the Kherson region early on Monday, the regional administration said."],
    "strikes", "strikes", 3, KHER, a="Andrii Sokil"),
  E("2025-05-19 09:00", "Zelensky and Vance meet in Rome",
    ["President Zelensky met US vice-president JD Vance and secretary of state Marco Rubio at the US ambassador's residence in Rome after the papal inauguration on Sunday.",
     "The two sides discussed the Istanbul talks, sanctions and the need for a full ceasefire, the president's office said."],
    "diplomacy", "diplomacy", 1, VANCE, a="Iryna Dovzhenko", n="Re-post of day-1 entry 7721-04 (near-verbatim) -> importance 1."),
  E("2025-05-19 11:45", "Families ordered out of villages along the Dnipro in Kherson region",
    ["Families with children must leave 14 villages on the right bank of the Dnipro in the Kherson region because of constant shelling from across the river, the regional governor said."],
    "other", "humanitarian", 2, "kherson-riverbank-evacuation-2025-05", a="Olha Verbytska", n="Same region as the car strike, different event: must not merge."),
  E("2025-05-19 14:20", "Russia claims another village in Donetsk region",
    ["Russia's defence ministry said its forces had captured a village west of Pokrovsk; Ukraine's general staff did not confirm the claim."],
    "other", "frontline", 2, "russia-claims-donetsk-village-2025-05-19", a="Olha Verbytska"),
  E("2025-05-19 16:50", "Zelensky speaks to Trump before the Putin call",
    ["Volodymyr Zelensky said he had spoken to Donald Trump ahead of the US president's call with Vladimir Putin and urged him not to decide anything about Ukraine without Ukraine."],
    "diplomacy", "diplomacy", 3, CALL, a="Iryna Dovzhenko", n="Part of the same round of calls -> same story."),
  E("2025-05-19 22:35", "Trump: Russia and Ukraine will start talks 'immediately'",
    ["Donald Trump said after a two-hour call with Vladimir Putin that Russia and Ukraine would immediately begin negotiations towards a ceasefire and an end to the war.",
     "He said the conditions would be worked out by the two sides themselves and suggested the Vatican could host the talks."],
    "diplomacy", "diplomacy", 3, CALL, a="Iryna Dovzhenko"),
  E("2025-05-19 23:40", "Kherson region: toll from car strike rises to three",
    ["A third man has died in hospital after Monday morning's drone strike near Bilozerka, the Kherson regional administration said."],
    "strikes", "strikes", 3, KHER, a="Andrii Sokil", n="Toll update (2 -> 3 dead)."),
  ]))

SEEDS.append(dict(id="7731", name="7731_varlingham-textlive", ext="txt", source="Varlingham Review", zone="America/New_York", render=r_varl,
  title="Ukraine war updates: Trump and Putin hold long-awaited call", dateline="Monday, May 19, 2025",
  lede="Follow our coverage of the day's developments. Updates appear in the order they were published.",
  notes="Invented outlet. Text live blog, OLDEST FIRST; each post: headline, then a line 'By NAME | 10:05 a.m. ET' (US Eastern, EDT = UTC-4; stamp after the headline), then the body. Entry 06 is a video teaser without body (desk label 'Video desk' as author). Entry 07 is the day's theme piece (analysis). Entry 08 repeats entry 05 nearly verbatim (duplicate_of 7731-05). Spelling 'Belozerka'. " + D2,
  not_entries=["masthead and menu", "title and date lines", "intro line 'Follow our coverage ...'", "'By NAME |' part of the stamp lines (author)", "'Advertisement'",
               "'This page is no longer being updated.'", "footer"],
  entries=[
  E("2025-05-19 06:20", "What to expect as Trump and Putin prepare to speak",
    ["President Donald Trump is due to speak with Vladimir Putin at 10 a.m. Eastern time, in what the White House has described as a push to get a ceasefire in Ukraine.",
     "Trump has said he will also speak to Zelensky and to several NATO leaders afterwards."],
    "diplomacy", "diplomacy", 3, CALL, a="Nadia Prescott", n="Preview of the call (news preview, not a theme piece) -> same story."),
  E("2025-05-19 07:45", "Russian drone kills two near Kherson",
    ["A Russian drone attack on a car killed two men near the village of Belozerka in southern Ukraine's Kherson region, local officials said."],
    "strikes", "strikes", 3, KHER, a="Gideon Marsh"),
  E("2025-05-19 09:30", "EU envoys sign off on 17th sanctions package",
    ["Ambassadors of the 27 European Union countries approved a new round of sanctions against Russia aimed at nearly 200 tankers of its shadow fleet, diplomats said, clearing the way for formal adoption by ministers on Tuesday."],
    "diplomacy", "diplomacy", 2, "eu-17th-sanctions-package", a="Gideon Marsh", n="Sanctions step; must not merge with the call."),
  E("2025-05-19 10:05", "Trump-Putin call under way",
    ["The call between the two presidents began shortly after 10 a.m., according to a White House official."],
    "diplomacy", "diplomacy", 3, CALL, a="Nadia Prescott"),
  E("2025-05-19 12:40", "Putin calls conversation 'frank and useful', offers to work on memorandum",
    ["Vladimir Putin told reporters near Sochi that the call had been frank and very useful and that Russia was ready to work with Ukraine on a memorandum about a possible future peace agreement.",
     "He did not commit to an unconditional ceasefire."],
    "diplomacy", "diplomacy", 3, CALL, a="Nadia Prescott"),
  E("2025-05-19 13:05", "Watch: Putin's remarks after the call", [], "diplomacy", "diplomacy", 1, CALL, a="Video desk", n="Video teaser without body -> importance 1."),
  E("2025-05-19 15:30", "Analysis: what a Russia-Ukraine 'memorandum' could hold",
    ["A memorandum is not a peace treaty: in diplomatic practice it records what two sides agree to talk about, not what they have agreed.",
     "Moscow is likely to use the document to restate its demands for Ukrainian neutrality and limits on its army, while Kyiv wants a ceasefire written in first.",
     "Earlier Russian drafts, including those from the 2022 Istanbul talks, show how far apart the two sides remain."],
    "diplomacy", "diplomacy", 2, "analysis-russia-ukraine-peace-memorandum", a="Eliot Brandt", n="Theme piece (analysis with body): own story, importance 2; must not merge with the call."),
  E("2025-05-19 16:10", "Putin calls conversation 'frank and useful', offers memorandum",
    ["Vladimir Putin told reporters near Sochi that the call had been frank and very useful and that Russia was ready to work with Ukraine on a memorandum on a possible future peace deal.",
     "He did not commit to an unconditional ceasefire."],
    "diplomacy", "diplomacy", 1, CALL, a="Nadia Prescott", dup="7731-05", n="Near-verbatim repeat of 7731-05 -> importance 1."),
  ]))

SEEDS.append(dict(id="7732", name="7732_harrowmead-worldatom", ext="xml", source="Harrowmead World Service", zone="Asia/Singapore", render=r_atom, mode="xhtml",
  title="Harrowmead World Service \u2014 World", url="https://harrowmead.example/world",
  notes="Invented outlet. General world-news Atom feed from Singapore, newest first, <published> with +08:00; <content type=\"xhtml\">; no authors. Four of six items are off-beat. The local day runs past midnight (the top two items are dated 20 May local) but every item is on 19 May UTC. " + D2,
  not_entries=["feed title, links, id, updated", "entry ids and links"],
  entries=[
  OFF("2025-05-20 06:40", "Flights disrupted as volcano erupts in eastern Indonesia",
    ["Several airlines cancelled flights to Bali and Flores after an eruption sent an ash column several kilometres into the sky."],
    "indonesia-volcano-eruption-2025-05", n="natural disaster in Asia."),
  E("2025-05-20 03:10", "Trump says Russia and Ukraine will 'immediately' start ceasefire talks",
    ["US President Donald Trump said Russia and Ukraine would begin ceasefire negotiations immediately after his more than two-hour phone call with Russian President Vladimir Putin.",
     "European leaders said they would keep up pressure on Moscow, including with sanctions."],
    "diplomacy", "diplomacy", 3, CALL),
  OFF("2025-05-19 21:05", "Scheffler wins PGA Championship for third major",
    ["Scottie Scheffler pulled clear on the back nine to win the PGA Championship by five shots."],
    "pga-championship-2025", n="golf."),
  E("2025-05-19 17:30", "Britain and EU agree defence and security pact at London summit",
    ["Britain and the European Union signed a security and defence partnership at their first summit since Brexit, opening the way for British firms to take part in a 150-billion-euro EU arms fund.",
     "Both sides pledged continued support for Ukraine."],
    "diplomacy", "diplomacy", 3, PACT, sec=["other"], n="Treaty/alliance politics -> diplomacy (secondary other/security)."),
  OFF("2025-05-19 14:10", "Japan's rice prices hit record as stockpile release falls short",
    ["The average price of rice in Japanese supermarkets rose for another week despite the release of government reserves, putting the farm minister under pressure."],
    "japan-rice-prices-2025", n="Japanese economy."),
  OFF("2025-05-19 09:20", "Heavy rain floods parts of southern China",
    ["Thousands of people were moved to shelters in Guangxi after days of downpours swelled rivers, state media reported."],
    "southern-china-floods-2025-05", n="weather."),
  ]))

SEEDS.append(dict(id="7733", name="7733_emberleigh-article", ext="html", source="Emberleigh Ledger", zone="Europe/Berlin", render=r_article_html,
  title="Two-hour call, no ceasefire: Trump and Putin agree to keep talking", byline="Katrin Albers", pub="2025-05-19 21:40",
  lede="Monday's diplomacy moved on two tracks: a long phone call between Washington and Moscow, and a new security pact between London and Brussels.",
  more="How the Istanbul talks ended",
  notes="Invented outlet. HTML article with NewsArticle JSON-LD and three h2 sections; one entry per section, stamp null, published = the dateline '19 May 2025, 21:40 CEST' (UTC+2); page byline as author. " + D2,
  not_entries=["header and menu", "'World' rubric", "h1 title", "byline", "dateline", "bold lede paragraph", "'Read more: ...' link", "share line", "footer"],
  entries=[
  E("2025-05-19 21:40", "A long call, few commitments",
    ["Donald Trump and Vladimir Putin spoke for more than two hours on Monday, after which both described the conversation as positive but announced no truce.",
     "Putin said Moscow was willing to work on a memorandum with Kyiv, while Trump said the terms of a ceasefire would be negotiated between the two sides."],
    "diplomacy", "diplomacy", 3, CALL, a="Katrin Albers"),
  E("2025-05-19 21:40", "London and Brussels seal security partnership",
    ["At the first EU-UK summit since Brexit, the two sides signed a defence and security partnership that covers joint support for Ukraine and could let British companies bid for EU-funded arms contracts."],
    "diplomacy", "diplomacy", 3, PACT, a="Katrin Albers", sec=["other"]),
  E("2025-05-19 21:40", "Berlin adds money for Ukraine's air defence",
    ["Germany's defence ministry said it would pay for additional air defence missiles for Ukraine to be delivered this year, without disclosing how many."],
    "aid", "aid", 2, "germany-air-defence-funding-2025-05-19", a="Katrin Albers"),
  ]))


# ============================================================ PART B, day 3: 2025-06-09 (UTC)
D3 = "Day 3 (2025-06-09 UTC): 7740, 7741, 7742, 7743."
RAID3 = "russia-record-air-attack-2025-06-09"
POW = "pow-exchange-first-stage-2025-06-09"
BODIES = "russia-bodies-handover-dispute-2025-06"
KHAR = "kharkiv-glide-bombs-2025-06-09"

SEEDS.append(dict(id="7740", name="7740_corvisk-worldrss", ext="xml", source="Corvisk World Service", zone="UTC", render=r_rss_world, rfc="GMT",
  title="Corvisk World Service: World", url="https://corvisk.example/world", desc="International news, updated through the day",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate 'GMT'; plain-text descriptions; no authors. Four of six items are off-beat. Spelling 'Rovno'. " + D3,
  not_entries=["channel title/link/description/language/lastBuildDate", "guid and category values"],
  entries=[
  OFF("2025-06-09 17:20", "Alcaraz's Roland Garros comeback hailed as instant classic",
    ["Carlos Alcaraz saved three championship points before beating Jannik Sinner in the longest French Open final on record."],
    "french-open-final-2025", n="tennis."),
  E("2025-06-09 14:50", "Russia and Ukraine begin exchanging prisoners under Istanbul deal",
    ["Russia and Ukraine carried out the first stage of a prisoner exchange agreed in Istanbul, freeing wounded soldiers and those under 25, officials on both sides said."],
    "diplomacy", "diplomacy", 3, POW),
  OFF("2025-06-09 11:30", "UN ocean conference opens in Nice",
    ["Delegations from more than 100 countries gathered in Nice for a United Nations conference on protecting the oceans, with deep-sea mining high on the agenda."],
    "un-ocean-conference-2025", n="environment diplomacy unrelated to the war."),
  OFF("2025-06-09 09:10", "Israel seizes Gaza-bound activist boat",
    ["Israeli forces intercepted a boat carrying activists and a small amount of aid towards Gaza and towed it to an Israeli port, the organisers said."],
    "gaza-activist-boat-2025-06", n="Middle East."),
  OFF("2025-06-09 06:45", "National Guard troops deploy in Los Angeles amid protests",
    ["Hundreds of National Guard troops took up positions in Los Angeles after a second night of protests against immigration raids."],
    "los-angeles-protests-2025-06", n="US domestic."),
  E("2025-06-09 05:20", "Ukraine reports record Russian air attack",
    ["Russia launched 479 drones and 20 missiles at Ukraine overnight, the largest aerial attack of the war so far, Ukraine's air force said, with western regions including Rovno among the targets."],
    "strikes", "strikes", 3, RAID3),
  ]))

SEEDS.append(dict(id="7741", name="7741_hollinsclough-textlive", ext="txt", source="Hollinsclough Daily", zone="Europe/Kyiv", render=r_hollins,
  title="Ukraine live: biggest air attack of the war; prisoner exchange begins", dateline="Monday, 9 June", tznote="All times Kyiv (EEST)",
  parse_args=["--date", "2025-06-09"],
  notes="Invented outlet. Text live blog, OLDEST FIRST, date line 'Monday, 9 June' with NO YEAR anywhere on the page (parse_args --date 2025-06-09); bare 'HH:MM' line BEFORE each headline; 'All times Kyiv (EEST)' (UTC+3); 'Reported by NAME' after the body. Entry 02 is a photo teaser without body. Entry 06 repeats entry 04 nearly verbatim (duplicate_of 7741-04). Toll in the Rivne region: two injured at 15:10. " + D3,
  not_entries=["masthead and menu", "title, date line and 'All times Kyiv (EEST)'", "'Reported by NAME' lines (author)", "newsletter plug", "closing line 'That is all for today ...'", "footer"],
  entries=[
  E("2025-06-09 06:15", "Air force: 479 drones and 20 missiles launched overnight",
    ["Russia attacked Ukraine overnight with 479 drones and decoys and 20 missiles, the most it has ever used in one night, the air force said.",
     "It said 277 drones and 19 missiles were shot down or jammed, and that the main target was the west of the country."],
    "strikes", "strikes", 3, RAID3, a="Oleksandr Tkach"),
  E("2025-06-09 07:05", "Photos: the morning after in Rivne", [], "strikes", "strikes", 1, RAID3, n="Photo teaser without body -> importance 1."),
  E("2025-06-09 09:40", "Moscow says its troops have entered Dnipropetrovsk region",
    ["Russia's defence ministry claimed that a tank unit had pushed into the Dnipropetrovsk region for the first time, an assertion Ukraine's military called an information operation."],
    "other", "frontline", 2, "russia-claims-dnipropetrovsk-advance", a="Oleksandr Tkach"),
  E("2025-06-09 12:30", "First soldiers come home in exchange of young and wounded prisoners",
    ["Ukrainian soldiers aged under 25, along with badly wounded and seriously ill prisoners, crossed back into Ukraine through Belarus as the first stage of the exchange agreed in Istanbul began, President Zelensky said.",
     "He did not say how many had been released but said further stages would follow."],
    "diplomacy", "diplomacy", 3, POW, a="Solomiia Hrytsai"),
  E("2025-06-09 15:10", "Rivne region: two injured, railway damaged",
    ["Two people were injured and railway infrastructure was damaged in the Rivne region during the overnight attack, the regional governor said."],
    "strikes", "strikes", 3, RAID3, a="Oleksandr Tkach", n="Toll update of the same attack."),
  E("2025-06-09 16:20", "First soldiers return home in exchange of young and wounded prisoners",
    ["Ukrainian soldiers aged under 25, along with badly wounded and seriously ill prisoners, crossed back into Ukraine through Belarus as the first stage of the exchange agreed in Istanbul began, President Zelensky said.",
     "He did not say how many were released but said further stages would follow."],
    "diplomacy", "diplomacy", 1, POW, a="Solomiia Hrytsai", dup="7741-04", n="Near-verbatim repeat of 7741-04 -> importance 1."),
  E("2025-06-09 18:20", "Glide bombs hit Kharkiv outskirts",
    ["Russian aircraft dropped guided bombs on the outskirts of Kharkiv in the afternoon, wounding four people and damaging a school, the regional governor said."],
    "strikes", "strikes", 3, KHAR, a="Solomiia Hrytsai", n="Separate attack from the overnight barrage: must not merge."),
  E("2025-06-09 22:40", "Zelensky: more stages of the exchange to come",
    ["In his evening address, Volodymyr Zelensky said the exchange would continue in several stages and that Ukraine also wanted to bring home civilians."],
    "diplomacy", "diplomacy", 3, POW, a="Solomiia Hrytsai"),
  ]))

SEEDS.append(dict(id="7742", name="7742_wethercote-htmllive", ext="html", source="Wethercote Live", zone="UTC", render=r_wether,
  title="Ukraine war latest: Russia's biggest air attack; prisoner swap under way", dateline="Monday 9 June 2025 \u00b7 All times GMT",
  notes="Invented outlet. HTML live page without JSON-LD. A pinned lead at the top has NO headline: '1850 GMT' in bold runs straight into the first sentence. The other posts follow newest first, each an h2 '0540 GMT \u2014 Headline'. Times are GMT (= UTC). Entry 05 is the day's theme piece (explainer with body). Spelling 'Rovno'; the Rovno toll grows from one injured (05:40) to four (18:50). " + D3,
  not_entries=["cookie bar", "header and menu", "h1 title", "date line 'Monday 9 June 2025 · All times GMT'", "'Latest' label of the pinned lead", "'Read more' aside with one link", "footer"],
  entries=[
  E("2025-06-09 18:50", None,
    ["Four people are now known to have been injured in the Rovno region by Russia's record overnight attack, the regional administration said in its evening update.",
     "Repairs to the damaged railway line near Dubno were under way."],
    "strikes", "strikes", 3, RAID3, n="Pinned lead without headline; toll update (4 injured)."),
  E("2025-06-09 14:10", "Glide bombs strike Kharkiv suburbs",
    ["Guided aerial bombs hit two suburbs of Kharkiv, injuring four people, Governor Oleh Syniehubov said."],
    "strikes", "strikes", 3, KHAR),
  E("2025-06-09 12:30", "Prisoner exchange begins with wounded and under-25s",
    ["The first group of prisoners released under the deal struck in Istanbul included soldiers under 25 and those with serious wounds, Ukraine's coordination headquarters said."],
    "diplomacy", "diplomacy", 3, POW),
  E("2025-06-09 09:15", "Moscow says 6,000 bodies are ready for handover",
    ["Russia said refrigerated trucks carrying the bodies of more than 6,000 Ukrainian soldiers were waiting at the border and accused Kyiv of delaying the handover.",
     "Ukraine said no date had been agreed and rejected the accusation."],
    "diplomacy", "diplomacy", 3, BODIES, n="Repatriation of bodies: same theme as the POW exchange, different event -> must not merge."),
  E("2025-06-09 07:30", "Explainer: the interceptor drones Ukraine is counting on",
    ["Interceptor drones are small, fast craft that ram or explode next to an incoming Shahed, at a fraction of the cost of an air-defence missile.",
     "Ukraine has ordered thousands and trains volunteer units to fly them at night, but officials say they cannot yet cover the whole country."],
    "strikes", "strikes", 2, "explainer-interceptor-drones", n="Theme piece (explainer with body): own story, importance 2."),
  E("2025-06-09 05:40", "Largest aerial attack of the war, Ukraine says",
    ["Russia sent nearly 500 drones and missiles against Ukraine overnight, the largest attack since the invasion began, the air force said, and one person was injured in the Rovno region."],
    "strikes", "strikes", 3, RAID3),
  ]))

SEEDS.append(dict(id="7743", name="7743_ellerbeck-atom", ext="xml", source="Ellerbeck Courier", zone="America/Toronto", render=r_atom, mode="cdata",
  title="Ellerbeck Courier \u2014 World", url="https://ellerbeck.example/world",
  notes="Invented outlet. Atom feed, newest first, <published> with -04:00 (Toronto, EDT); HTML content in CDATA; per-entry authors. The oldest entry is dated 8 June local (22:30) but falls on 9 June UTC (02:30Z). Spellings 'Rovno' and 'Lutsk'; the Rovno toll is three injured at 16:05Z. " + D3,
  not_entries=["feed title, links, id, updated", "entry ids and links"],
  entries=[
  E("2025-06-09 15:30", "Canada targets Russian shadow fleet with new sanctions",
    ["Ottawa announced sanctions on dozens of oil tankers it says help Russia get around the price cap on its crude exports, along with several shipping companies."],
    "diplomacy", "diplomacy", 2, "canada-shadow-fleet-sanctions-2025-06-09", a="Claire Dufresne"),
  E("2025-06-09 12:05", "Western Ukraine counts damage after record raid",
    ["Three people were injured in the Rovno region and a fire broke out at an industrial site in Lutsk after Russia's largest air attack of the war, officials said."],
    "strikes", "strikes", 3, RAID3, a="Alan Rourke", n="Toll update (3 injured)."),
  E("2025-06-09 09:40", "Norway to fund Ukrainian long-range drones",
    ["Norway will pay for the production of long-range strike drones in Ukraine under a new agreement between the two defence ministries, the Norwegian government said."],
    "aid", "aid", 2, "norway-long-range-drone-funding-2025-06-09", a="Alan Rourke"),
  E("2025-06-09 07:15", "Russia says bodies of 6,000 Ukrainian soldiers ready for return",
    ["Moscow said it was ready to hand over the bodies of thousands of Ukrainian soldiers and accused Kyiv of stalling, a charge Ukrainian officials denied."],
    "diplomacy", "diplomacy", 3, BODIES, a="Alan Rourke"),
  E("2025-06-08 22:30", "Explosions heard in Kyiv and Lutsk as Russia launches massive attack",
    ["Air raid alerts sounded across Ukraine late Sunday as waves of drones and missiles headed west, with explosions reported in Kyiv and the western city of Lutsk."],
    "strikes", "strikes", 3, RAID3, a="Claire Dufresne", n="Local date 8 June (Toronto), UTC 9 June."),
  ]))


# ============================================================ emit
NEWEST_FIRST = {"7701", "7702", "7703", "7704", "7706", "7707", "7709", "7720", "7722", "7723", "7732", "7740", "7742", "7743"}
OLDEST_FIRST = {"7708", "7721", "7730", "7731", "7741"}
BASIS = {
  "r_gannett_article": "no per-section time; the article line 'Published 7:05 p.m. CT Jan. 19, 2025' used for every section; CT in January = CST = UTC-6, so UTC is the next day",
  "r_blox_rss": "pubDate '{s}' (explicit offset)",
  "r_blox_listing": "visible relative stamp '{s}'; exact time from the enclosing <time datetime> attribute ({iso}); MST = UTC-7",
  "r_gannett_live_html": "time-only stamp '{s}' on the page's day ({d}, from the header 'Published ... Feb. 19, 2025'); ET in February = EST = UTC-5; JSON-LD update time agrees",
  "r_forum_listing": "stamp '{s}' (date and 12 h time, no zone); Central time implied by the outlet (South Dakota), CDT = UTC-5",
  "r_forum_briefs": "no per-brief time; the page stamp 'Apr 14, 2025 05:30 AM' (no zone) used for every brief; Mountain time implied by the outlet (North Dakota), MDT = UTC-6; JSON-LD datePublished agrees",
  "r_blox_latest": "time-only stamp '{s}', 'all times local' = Kyiv (EEST, UTC+3); local date {d} from the page date 'Jun 3, 2025' and the order of items (newest first; an a.m. item above a p.m. item is past local midnight)",
  "r_blox_live_html": "stamp '{s}' (date, 12 h time, MDT = UTC-6) under the headline; JSON-LD update time agrees",
  "r_gannett_live_txt": "stamp '{s}' (no year; year from parse_args --date 2025-02-23); MT in February = MST = UTC-7",
  "r_bracken": "stamp line '{s}' before the headline; BST = UTC+1",
  "r_cinder": "bare stamp '{s}' under the day header for {d}, in <time datetime> (+03:00); JSON-LD update time agrees",
  "r_rss_world": "pubDate '{s}' (explicit zone)",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_varl": "stamp '{s}' after the headline, on the page's date {d}; EDT = UTC-4",
  "r_article_html": "no per-section time; the article dateline ({d}, 21:40 CEST = UTC+2) used for every section; JSON-LD datePublished agrees",
  "r_hollins": "bare stamp '{s}' under the date line 'Monday, 9 June' (no year; parse_args --date 2025-06-09); Kyiv EEST = UTC+3",
  "r_wether": "stamp '{s}' (GMT = UTC) on the page's date {d}",
}


def main():
    for sub in ("seeds", "gold"):
        os.makedirs(os.path.join(ROOT, sub), exist_ok=True)
        for f in os.listdir(os.path.join(ROOT, sub)):
            os.remove(os.path.join(ROOT, sub, f))
    total = 0
    for S in SEEDS:
        if S["id"] in NEWEST_FIRST:
            order_check(S, True)
        elif S["id"] in OLDEST_FIRST:
            order_check(S, False)
        text, stamps = S["render"](S)
        fn = f"{S['name']}.{S['ext']}"
        with open(os.path.join(ROOT, "seeds", fn), "w", encoding="utf-8") as fh:
            fh.write(text)
        rname = S["render"].__name__
        ents = []
        for i, e in enumerate(S["entries"]):
            d = dt(e["t"], S["zone"]); u = d.astimezone(UTC)
            fs = first_sentence(e["p"][0]) if e["p"] else None
            assert fs is None or not any(fs.endswith(a) for a in ABBR), (S["id"], fs)
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), iso=d.isoformat()),
                         "author": e["a"], "first_sentence": fs, "body_paragraphs": len(e["p"]),
                         "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                         "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"], "notes": e["n"]})
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

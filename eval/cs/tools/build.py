#!/usr/bin/env python3
"""Builds the eval/cs seed pages and their gold files from one hand-written data table (below).

Everything here was written by a blind tester: news text is invented or paraphrased in the tester's own words,
Part A imitates the *layout* of ten real upstate New York papers, Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/cs/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# --------------------------------------------------------------------------- helpers

def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None):
    """One entry. t = local time in the page zone ('YYYY-MM-DD HH:MM[:SS]'), h = headline or None, p = paragraphs."""
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


ABBR = ("U.S.", "U.N.", "U.K.", "Gov.", "Sen.", "Rep.", "Gen.", "Lt.", "Col.", "Dr.", "Mr.", "Mrs.", "Ms.", "St.", "Rev.",
        "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Co.", "Jr.", "a.m.", "p.m.")


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\u201d\u2019\']?(?=\s+[A-Z0-9"\u201c\u2018(]|$)', par):
        head = par[:m.end()]
        if any(head.endswith(a) for a in ABBR) and m.end() < len(par):
            continue
        return head
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=ZoneInfo(zone))


def ap_time(d, zone_word=""):
    """AP style: '4:48 p.m.', '9 a.m.' (no minutes on the hour)."""
    hh = d.hour % 12 or 12
    suf = "a.m." if d.hour < 12 else "p.m."
    s = f"{hh} {suf}" if d.minute == 0 else f"{hh}:{d.minute:02d} {suf}"
    return s + (f" {zone_word}" if zone_word else "")


def ap_date(d, year=True):
    return f"{AP_MONTHS[d.month - 1]} {d.day}" + (f", {d.year}" if year else "")


def lower_ampm(d, sep=":"):
    hh = d.hour % 12 or 12
    return f"{hh}{sep}{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"


def paras(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def ld(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False).replace("</", "<\\/") + "</script>"


def rel(ref, d, long=False):
    mins = int((ref - d).total_seconds() // 60)
    assert mins >= 0
    if mins < 60:
        return f"{mins} minutes ago" if long else f"{mins} min ago"
    h = mins // 60
    if long:
        return "1 hour ago" if h == 1 else f"{h} hours ago"
    return "1 hr ago" if h == 1 else f"{h} hrs ago"


GANNETT_FOOT = ("Terms of Service \u2022 Privacy Policy \u2022 Your Privacy Choices \u2022 Site Map \u2022 Accessibility \u2022 "
                "Our Ethical Principles \u2022 Responsible Disclosure")

# =========================================================================== PART A renderers (layout imitations)


def r_poststar(S):  # BLOX (TownNews) tag page, HTML; cards: h3 link, 'By NAME Associated Press', <time datetime> with relative text, summary, comment count
    z = S["zone"]; ref = dt(S["ref"], z)
    out = ["<!DOCTYPE html>", '<html lang="en-US"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | poststar.com</title>",
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           ld({"@context": "http://schema.org", "@type": "WebPage", "name": S["title"], "url": "https://poststar.com/search/?t=article&k=russia-ukraine+war",
               "publisher": {"@type": "NewsMediaOrganization", "name": "The Post-Star", "url": "https://poststar.com/"}}),
           '</head><body class="tag-page tnt-section-news">',
           '<a class="sr-only" href="#main-page-container">Skip to main content</a>',
           '<div id="site-top-nav-container"><ul class="nav"><li><a href="/users/signup/">Sign Up</a></li><li><a href="/users/login/">Log In</a></li>'
           '<li><a href="/eedition/">Today\'s e-Edition</a></li></ul><div class="weather-current">Glens Falls, NY (12801) <span>81\u00b0</span> Partly cloudy</div></div>',
           '<header id="site-header"><a class="logo" href="/">The Post-Star</a><a class="btn subscribe" href="/subscribe/">Subscribe</a>',
           '<nav id="main-navigation"><a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/news/local/obituaries/">Obituaries</a> '
           '<a href="/opinion/">Opinion</a> <a href="/lifestyles/">Lifestyles</a> <a href="/entertainment/">Things To Do</a> <a href="/eedition/">e-Edition</a> '
           '<a href="/classifieds/">Classifieds</a></nav></header>',
           '<div id="main-page-container"><div class="tag-header"><span class="label">Tags</span>',
           f'<h1 class="tag-title">{esc(S["title"])}</h1></div>',
           '<div class="tnt-alert-signup"><p>Get up-to-the-minute news sent straight to your device.</p><a class="btn" href="/users/admin/list/">Sign up</a></div>',
           '<div class="tnt-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rel(ref, d); stamps.append(st)
        href = f"/news/national/{re.sub(r'[^a-z0-9]+', '-', e['h'].lower()).strip('-')}/article_{i + 7301}.html"
        by = "By The Associated Press" if e["a"] == "The Associated Press" else f"By {e['a']} Associated Press"
        out.append(f'<article class="tnt-asset-type-{"collection" if not e["p"] else "article"} card">')
        out.append(f'<div class="card-headline"><h3 class="tnt-headline"><a href="{href}">{esc(e["h"])}</a></h3></div>')
        out.append(f'<ul class="list-inline card-byline"><li class="tnt-byline">{esc(by)}</li>'
                   f'<li class="card-date"><time datetime="{d.isoformat()}">{st}</time></li></ul>')
        for p in e["p"]:
            out.append(f'<p class="tnt-summary">{esc(p)}</p>')
        if e["p"]:
            out.append(f'<a class="tnt-comment-count" href="{href}#comments"><span>{(i * 2) % 3}</span> comments</a>')
        out.append("</article>")
        if i == 3:
            out.append('<div class="tnt-ads">Advertisement</div>')
    out += ['</div><ul class="pagination"><li><a href="?o=20">Next</a></li></ul></div>',
            '<aside class="most-popular"><h4>Most Popular</h4><ol><li><a href="/news/local/a1.html">Warren County eyes new stormwater rules</a></li>'
            '<li><a href="/news/local/a2.html">Lake George steamboat season draws crowds</a></li></ol></aside>',
            '<div class="newsletter-signup"><h4>Sign up for our newsletters</h4><p>Breaking news, top stories and more, delivered to your inbox.</p></div>',
            '<footer id="site-footer"><p>\u00a9 Copyright 2022 The Post-Star, Glens Falls, NY | <a>Terms of Use</a> | <a>Privacy Policy</a> | '
            '<a>Your Privacy Choices</a></p><p>Powered by BLOX Content Management System from TownNews.com.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_watertown(S):  # BLOX article copied as text: AP 'The Latest' items, headless, 'all times local', '1:20 a.m.' lines, '___' separators, newest first
    z = S["zone"]
    L = ["Skip to main content", "Sign Up", "Log In", "Dashboard", "Logout", "My Account", "Subscribe", "Today's e-Edition", "",
         "NNY360", "Watertown Daily Times", "Watertown, NY (13601)", "Today", "Partly sunny. High 81F. Winds light and variable.", "",
         "News", "Sports", "Obituaries", "Opinion", "Living", "Classifieds", "e-Edition", "", "World", "",
         S["title"], "", "By The Associated Press", S["dateline"], "",
         "Facebook", "Twitter", "WhatsApp", "SMS", "Email", "Print", "Copy article link", "Save", "",
         S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ap_time(d); stamps.append(st)
        L += [st, ""] + paras(e["p"])
        if i < len(S["entries"]) - 1:
            L += ["___", ""]
    L += ["More AP coverage of the war in Ukraine: https://apnews.com/hub/russia-ukraine", "",
          "Copyright 2022 The Associated Press. All rights reserved.", "", "Tags", "Russia-ukraine War", "War And Unrest", "",
          "Comments", "Welcome to the discussion.", "Log In", "Keep it clean and stay on topic.", "",
          "Most Popular", "Articles", "Fort Drum brigade returns from Europe deployment", "Clayton marina expansion wins approval",
          "City council delays vote on Arsenal Street plan", "", "\u00a9 Copyright 2022 NNY360, 260 Washington St. Watertown, NY | Terms of Use | Privacy Policy",
          "Powered by BLOX Content Management System from TownNews.com."]
    return "\n".join(L) + "\n", stamps


def r_pressconnects(S):  # Gannett (USA TODAY network) story page, HTML; NewsArticle JSON-LD; 'Published 4:48 p.m. ET Aug. 4, 2022'; '► ' bullets; h2 sections
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    pub = f"Published {ap_time(d0, 'ET')} {ap_date(d0)}"
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           ld({"@context": "http://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
               "dateModified": d0.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "articleSection": "world",
               "author": [{"@type": "Person", "name": n} for n in S["authors"]],
               "publisher": {"@type": "NewsMediaOrganization", "name": "Press & Sun-Bulletin", "url": "https://www.pressconnects.com"},
               "mainEntityOfPage": S["url"]}),
           "</head><body>",
           '<a class="gnt_sk" href="#mainContentSection">Skip to main content</a>',
           '<header class="gnt_n"><a class="gnt_n_logo" href="/">Press &amp; Sun-Bulletin</a><nav class="gnt_n_mn"><a href="/sports/">Sports</a> '
           '<a href="/news/">News</a> <a href="/opinion/">Opinion</a> <a href="/business/">Business</a> <a href="/obituaries/">Obituaries</a> '
           '<a href="/advertise/">Advertise</a> <a href="/eedition/">e-Edition</a> <a href="/legals/">Legals</a></nav>'
           '<a class="gnt_n_us_a" href="/subscribe/">Subscribe</a> <a class="gnt_n_us_a" href="/signin/">Sign In</a></header>',
           '<main id="mainContentSection"><article class="gnt_pr"><div class="gnt_ar_lbl">WORLD</div>',
           f'<h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
           f'<div class="gnt_ar_by">{esc(S["byline"])}</div><div class="gnt_ar_pb">USA TODAY</div>',
           f'<div class="gnt_ar_dt" aria-label="{attr(pub)}">{esc(pub)}</div>',
           '<div class="gnt_ss"><button>Facebook</button> <button>Twitter</button> <button>Email</button></div>',
           f'<figure class="gnt_em_img"><img alt="" src="/img/ukraine.jpg"><button>Show Caption</button><button>Hide Caption</button>'
           f'<figcaption>{esc(S["caption"])} <span class="gnt_em_img_ccr">{esc(S["credit"])}</span></figcaption></figure>',
           '<div class="gnt_ar_b">', f'<p class="gnt_ar_b_p">{esc(S["lede"])}</p>', '<p class="gnt_ar_b_p"><strong>Latest developments:</strong></p>']
    out += [f'<p class="gnt_ar_b_p">\u25ba {esc(b)}</p>' for b in S["bullets"]]
    stamps = []
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2 class="gnt_ar_b_h2">{esc(e["h"])}</h2>')
        out += [f'<p class="gnt_ar_b_p">{esc(p)}</p>' for p in e["p"]]
        stamps.append(None)
        if i == 1:
            out.append('<aside class="gnt_em_nl"><p>Get the Daily Briefing newsletter in your inbox.</p><p>The day\'s top stories, curated by our newsroom.</p>'
                       '<p>Delivery: Daily</p><input type="email" placeholder="Your Email"></aside>')
    out += ['<p class="gnt_ar_b_p"><em>Contributing: The Associated Press</em></p></div></article></main>',
            f'<footer class="gnt_f"><p>{GANNETT_FOOT}</p><p>\u00a9 2022 www.pressconnects.com. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def _gannett_text_top(site, nav, label, S, published_line):
    return (["Skip to main content", site, "Subscribe", "Sign In", ""] + nav + ["", label, "", S["title"], ""]
            + S["byline_lines"] + [published_line, "", "Show Caption", "Hide Caption", S["caption"], S["credit"], "", S["lede"], ""])


def r_uticaod(S):  # Gannett live-updates story copied as text; headline, THEN '6:15 p.m. ET' line, body, '— Name' credit; newest first; crosses ET midnight
    z = S["zone"]; p0 = dt(S["published_t"], z); u0 = dt(S["updated_t"], z)
    top = _gannett_text_top("Utica Observer-Dispatch", ["News", "Sports", "Things to Do", "Opinion", "Obituaries", "e-Edition", "Legals"], "WORLD", S,
                            f"Published {ap_time(p0, 'ET')} {MONTHS[p0.month - 1]} {p0.day}, {p0.year} | Updated {ap_time(u0, 'ET')} {MONTHS[u0.month - 1]} {u0.day}, {u0.year}")
    L = top[:]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ap_time(d, "ET"); stamps.append(st)
        L += [e["h"], st, ""] + paras(e["p"])
        if e["a"]:
            L += [f"\u2014 {e['a']}", ""]
        if i == 2:
            L += ["Get the News Alerts newsletter in your inbox.", "Get breaking news and updates as they happen.", "Delivery: Varies", "Your Email", ""]
    L += ["Contributing: The Associated Press", "", "Share this story", "Facebook", "Twitter", "Email", "",
          GANNETT_FOOT, "\u00a9 2022 www.uticaod.com. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_ithaca(S):  # Gannett timeline article copied as text; oldest first; '5:10 a.m. (12:10 p.m. Kyiv time): Headline' lines, ET never printed on them
    z = S["zone"]; p0 = dt(S["published_t"], z)
    top = _gannett_text_top("The Ithaca Journal", ["News", "Sports", "Cornell", "Opinion", "Obituaries", "e-Edition", "Legals"], "NEWS", S,
                            f"Published {ap_time(p0, 'ET')} {ap_date(p0)}")
    L = top[:]
    stamps = []
    kyiv = ZoneInfo("Europe/Kyiv")
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ap_time(d)} ({ap_time(d.astimezone(kyiv))} Kyiv time)"; stamps.append(st)
        L += [f"{st}: {e['h']}", ""] + paras(e["p"])
        if i == 3:
            L += ["Support local journalism: subscribe to The Ithaca Journal.", ""]
    L += [S["tagline"], "", "Share this story", "Facebook", "Twitter", "Email", "", GANNETT_FOOT, "\u00a9 2022 www.ithacajournal.com. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_gazette(S):  # WordPress page with the Liveblog plugin; per-entry author + 'N hours ago' + <time>'4:41 pm'</time>; optional h3; LiveBlogPosting JSON-LD with squashed headlines
    z = S["zone"]; ref = dt(S["ref"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        squashed = " ".join(([e["h"]] if e["h"] else []) + e["p"])
        ups.append({"@type": "BlogPosting", "headline": squashed[:110], "url": f"{S['url']}#liveblog-entry-{4400 + i}",
                    "datePublished": d.isoformat(), "articleBody": {"@type": "Text"},
                    "author": {"@type": "Person", "name": e["a"]}})
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    out = ["<!DOCTYPE html>", '<html lang="en-US"><head><meta charset="UTF-8">', f"<title>{esc(S['title'])} &#8211; The Daily Gazette</title>",
           ld({"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
               "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups}),
           '</head><body class="post-template-default single single-post">',
           '<div id="cookie-notice">We use cookies to give you the best experience on our website. <button>Ok</button></div>',
           '<header id="masthead"><a class="custom-logo-link" href="/">The Daily Gazette</a><div class="header-actions"><a href="/subscribe/">Subscribe</a> '
           '<a href="/my-account/">Sign in</a></div><nav class="main-navigation"><a>News</a> <a>Sports</a> <a>Opinion</a> <a>Business</a> '
           '<a>Life &amp; Arts</a> <a>Obituaries</a> <a>Classifieds</a> <a>E-Edition</a></nav></header>',
           '<main id="main"><article class="post type-post"><div class="cat-links"><a href="/category/news/world/">World</a></div>',
           f'<h1 class="entry-title">{esc(S["title"])}</h1>',
           f'<div class="entry-meta"><span class="byline">By {esc(S["byline"])}</span> <time class="entry-date published" datetime="{first.isoformat()}">{esc(S["dateline"])}</time></div>',
           f'<div class="entry-content"><p>{esc(S["lede"])}</p><div class="liveblog-feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = lower_ampm(d); stamps.append(st)
        out.append(f'<div id="liveblog-entry-{4400 + i}" class="liveblog-entry"><header class="liveblog-meta">'
                   f'<span class="liveblog-author-name">{esc(e["a"])}</span> <a class="liveblog-meta-time" href="#liveblog-entry-{4400 + i}">'
                   f'<span class="liveblog-time-ago">{rel(ref, d, long=True)}</span> <time datetime="{d.isoformat()}">{st}</time></a></header>'
                   '<div class="liveblog-entry-text">')
        if e["h"]:
            out.append(f"<h3>{esc(e['h'])}</h3>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('</div><footer class="liveblog-entry-tools"><a>Share</a></footer></div>')
    out += ["</div></div>", '<div class="newsletter-box"><h4>Sign up for Gazette newsletters</h4><p>Local news from across the Capital Region.</p></div>',
            '<div class="related-posts"><h4>Related</h4><a href="/r1">Capital Region Ukrainians gather for vigil</a></div>',
            '</article></main><footer id="colophon">\u00a9 2022 The Daily Gazette Co. | Privacy Policy | Terms of Use</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_recordonline(S):  # Gannett live updates copied as text; AP-style dates WITHOUT year; '6:52 p.m. Oct. 25' line before each headline; one page byline
    z = S["zone"]; p0 = dt(S["published_t"], z); u0 = dt(S["updated_t"], z)
    top = _gannett_text_top("Times Herald-Record", ["News", "Sports", "Things to Do", "Opinion", "Obituaries", "e-Edition", "Legals"], "WORLD", S,
                            f"Published {ap_time(p0, 'ET')} {ap_date(p0, year=False)} | Updated {ap_time(u0, 'ET')} {ap_date(u0, year=False)}")
    L = top[:]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ap_time(d)} {ap_date(d, year=False)}"; stamps.append(st)
        L += [st, e["h"], ""] + paras(e["p"])
        if i == 3:
            L += ["Get the Mid-Hudson Morning newsletter in your inbox.", "Delivery: Daily", "Your Email", ""]
    L += ["Contributing: The Associated Press", "", "Share this story", "Facebook", "Twitter", "Email", "",
          GANNETT_FOOT, "\u00a9 www.recordonline.com. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_pjfeed(S):  # Gannett site feed, RSS 2.0; pubDate in GMT with seconds; description = summary text plus an escaped <img>; no authors
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', "<channel>",
           f"<title>{esc(S['title'])}</title>", "<link>https://www.poughkeepsiejournal.com/news/</link>",
           '<atom:link href="https://rssfeeds.poughkeepsiejournal.com/poughkeepsie/news" rel="self" type="application/rss+xml"/>',
           f"<description>{esc(S['title'])}</description>", "<language>en-us</language>", "<copyright>Copyright 2022 Gannett Co., Inc.</copyright>",
           f"<lastBuildDate>{S['build']}</lastBuildDate>", "<ttl>10</ttl>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], S["zone"]).astimezone(UTC); st = u.strftime("%a, %d %b %Y %H:%M:%S GMT"); stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")
        link = f"https://www.poughkeepsiejournal.com/story/news/2022/11/21/{slug}/{69710000 + i * 137}/"
        desc = esc(" ".join(e["p"])) + esc(f'<img src="https://www.gannett-cdn.com/presto/2022/11/21/PPOU/{i + 4410}.jpg" width="1" height="1" />')
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{link}</link>", f"<description>{desc}</description>",
                f"<pubDate>{st}</pubDate>", f'<guid isPermaLink="false">{link}</guid>', "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_stargazette(S):  # Gannett live blog, HTML; LiveBlogPosting JSON-LD; <time datetime> '7:20 p.m. ET' + author ABOVE the h2; newest first
    z = S["zone"]; p0 = dt(S["published_t"], z); u0 = dt(S["updated_t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
                    "author": {"@type": "Person", "name": e["a"]}, "articleBody": "\n".join(e["p"])})
    pub = f"Published {ap_time(p0, 'ET')} {ap_date(p0)} | Updated {ap_time(u0, 'ET')} {ap_date(u0)}"
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           ld({"@context": "http://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": p0.isoformat(),
               "dateModified": u0.isoformat(), "coverageStartTime": p0.isoformat(), "publisher": {"@type": "NewsMediaOrganization", "name": "Star-Gazette"},
               "liveBlogUpdate": ups}),
           "</head><body>", '<a class="gnt_sk" href="#mainContentSection">Skip to main content</a>',
           '<header class="gnt_n"><a class="gnt_n_logo" href="/">Star-Gazette</a><nav class="gnt_n_mn"><a>News</a> <a>Sports</a> <a>Things to Do</a> '
           '<a>Opinion</a> <a>Obituaries</a> <a>e-Edition</a> <a>Legals</a></nav><a href="/subscribe/">Subscribe</a> <a href="/signin/">Sign In</a></header>',
           '<main id="mainContentSection"><article class="gnt_pr"><div class="gnt_ar_lbl">WORLD</div>', f'<h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
           f'<div class="gnt_ar_by">{esc(S["byline"])}</div><div class="gnt_ar_pb">USA TODAY</div>', f'<div class="gnt_ar_dt">{esc(pub)}</div>',
           '<div class="gnt_ss"><button>Facebook</button> <button>Twitter</button> <button>Email</button></div>',
           f'<p class="gnt_ar_b_p">{esc(S["lede"])}</p>', '<div class="gnt_lb">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ap_time(d, "ET"); stamps.append(st)
        out.append(f'<div class="gnt_lb_p" id="post-{i + 1}"><div class="gnt_lb_p_m"><time datetime="{d.isoformat()}">{st}</time> '
                   f'<span class="gnt_lb_p_a">{esc(e["a"])}</span></div><h2 class="gnt_lb_p_hl">{esc(e["h"])}</h2>')
        out += [f'<p class="gnt_ar_b_p">{esc(p)}</p>' for p in e["p"]]
        out.append("</div>")
        if i == 2:
            out.append('<aside class="gnt_em_nl"><p>Get the News Alerts newsletter in your inbox.</p><p>Delivery: Varies</p></aside>')
    out += ['</div></article></main>', f'<footer class="gnt_f"><p>{GANNETT_FOOT}</p><p>\u00a9 2022 www.stargazette.com. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_oleanfeed(S):  # BLOX RSS 2.0; pubDate with the paper's own offset (-0500 in December); dc:creator 'By NAME Associated Press'; enclosure
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
           "<channel>", f"<title>{esc(S['title'])}</title>",
           "<link>https://www.oleantimesherald.com/search/?f=rss&amp;t=article&amp;c=news&amp;l=50&amp;s=start_time&amp;sd=desc</link>",
           '<atom:link href="https://www.oleantimesherald.com/search/?f=rss&amp;t=article&amp;c=news&amp;l=50&amp;s=start_time&amp;sd=desc" rel="self" type="application/rss+xml"/>',
           f"<description>{esc(S['title'])}</description>", "<generator>TownNews.com Content Engine</generator>",
           "<docs>http://www.rssboard.org/rss-specification</docs>", "<ttl>30</ttl>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")
        link = f"https://www.oleantimesherald.com/news/{slug}/article_{5121 + i}a.html"
        by = f"By {e['a']} Associated Press" if e["a"] and e["a"].isupper() else (e["a"] or "")
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<description>{esc(' '.join(e['p']))}</description>", f"<pubDate>{st}</pubDate>",
                f'<guid isPermaLink="false">https://www.oleantimesherald.com/tncms/asset/editorial/{5121 + i}/</guid>', f"<link>{link}</link>",
                f"<dc:creator>{esc(by)}</dc:creator>",
                f'<enclosure url="https://bloximages.chicago2.vip.townnews.com/oleantimesherald.com/content/tncms/assets/v3/editorial/{5121 + i}.jpg" length="81234" type="image/jpeg"/>',
                "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


# =========================================================================== PART B renderers (invented outlets)


def r_carrowmena(S):  # text live, newest first; Key Points bullets; stamp TRAILS the body: 'Name · 22:40 IST' (Irish Standard Time)
    z = S["zone"]
    L = ["CARROWMENA HERALD", "News | Sport | Business | Opinion | Ireland | World | Podcasts", "Subscribe   Sign in", "",
         "We use cookies to personalise content and ads. Manage preferences  Accept all", "", "World", "", S["title"], S["dateline"], ""]
    kps = [e["h"] for e in S["entries"] if e["kp"]]
    if kps:
        L += ["Key Points"] + ["\u2022 " + h for h in kps] + [""]
    L += ["Refresh for latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{e['a']} \u00b7 {d:%H:%M} IST"; stamps.append(st)
        L += [e["h"], ""] + paras(e["p"]) + [st, ""]
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["Show more updates", "", "Carrowmena Herald Media DAC \u00b7 Privacy \u00b7 Terms \u00b7 Cookie policy"]
    return "\n".join(L) + "\n", stamps


def r_pickerel(S):  # HTML live, newest first, day dividers 'Sunday, Sept. 18, 2022'; <time datetime>'7:25 p.m. ET'</time> above h2; 'By NAME' below; LiveBlogPosting JSON-LD
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#u{len(S['entries']) - i}", "headline": e["h"], "datePublished": d.isoformat()}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        if e["p"]:
            u["articleBody"] = "\n\n".join(e["p"])
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    out = ["<!DOCTYPE html>", '<html lang="en-CA"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Pickerel Narrows Observer</title>",
           ld({"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
               "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups}),
           "</head><body>", '<header class="masthead"><a href="/">Pickerel Narrows Observer</a><nav><a>Local</a> <a>Canada</a> <a>World</a> <a>Opinion</a> '
           '<a>Obituaries</a></nav><a class="sub">Subscribe</a></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           '<p class="note">This page will be updated throughout the day.</p>']
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        day = f"{WEEKDAYS[d.weekday()]}, {ap_date(d)}"
        if day != cur:
            cur = day; out.append(f'<div class="day-divider">{day}</div>')
        st = ap_time(d, "ET"); stamps.append(st)
        out.append(f'<article class="update" id="u{len(S["entries"]) - i}"><p class="update-meta"><time datetime="{d.isoformat()}">{st}</time></p>'
                   f'<h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">By {esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</article>")
    out += ['<div class="promo">Get our morning newsletter \u2014 sign up free</div></main>',
            "<footer>\u00a9 Pickerel Narrows Observer \u00b7 Contact \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):  # RSS 2.0 world feed; pubDate with the outlet's zone ('GMT' or '+0530'); HTML paragraphs in CDATA; no authors
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0"><channel>', f"<title>{esc(S['title'])}</title>",
           f"<link>{S['url']}</link>", f"<description>{esc(S['desc'])}</description>", "<language>en</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT") if S["rfc"] == "GMT" else d.strftime("%a, %d %b %Y %H:%M:%S %z")
        stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/news/{i + 8801}</link>", f"<guid>{S['url']}/news/{i + 8801}</guid>",
                f"<pubDate>{st}</pubDate>", f"<category>{e.get('cat', 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out.append("</channel></rss>")
    return "\n".join(out) + "\n", stamps


def r_dunajec(S):  # HTML article with h2 sections; NewsArticle JSON-LD; visible dateline '18.09.2022, 21:30'; page byline; one entry per section
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Dunajec Morning Post</title>",
           ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(),
               "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": "Dunajec Morning Post"}}),
           "</head><body>", '<div class="rodo">This site uses cookies in accordance with our Privacy Policy. <button>I agree</button></div>',
           '<header><a href="/">Dunajec Morning Post</a> <nav><a>Poland</a> <a>Ukraine</a> <a>Europe</a> <a>Business</a> <a>Culture</a></nav></header>',
           '<main><article>', f"<h1>{esc(S['title'])}</h1>",
           f'<div class="meta"><span class="author">{esc(S["byline"])}</span> | <span class="date">{d0:%d.%m.%Y, %H:%M}</span></div>',
           f'<p class="lead"><strong>{esc(S["lede"])}</strong></p>']
    for e in S["entries"]:
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
    out += ['<div class="tags">Tags: Ukraine, Russia, war</div>', '<section class="see-also"><h3>See also</h3><a>Border crossings busy as students return</a></section>',
            "</article></main><footer>\u00a9 Dunajec Morning Post</footer></body></html>"]
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_atom(S):  # Atom 1.0; <published> in the outlet's offset; escaped HTML content; per-entry author when known; newest first
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           f'<link href="{S["url"]}"/>', f"<id>{S['url']}/atom</id>", f"<updated>{dt(S['entries'][0]['t'], z).isoformat().replace('+00:00', 'Z')}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat().replace("+00:00", "Z"); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="{S["url"]}/item/{i + 620}"/>', f"<id>{S['url']}/item/{i + 620}</id>",
                f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        if e["p"]:
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_coolabah(S):  # text live, OLDEST first; 'All times AEDT'; '7.40pm' line before headline; day divider without year; 'Reporting by' after body
    z = S["zone"]
    L = ["COOLABAH REACH TIMES", "Home  News  World  Sport  Business  Opinion  Subscribe", "", S["title"], S["dateline"], "All times AEDT", ""]
    stamps = []; cur = dt(S["entries"][0]["t"], z).date()
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if d.date() != cur:
            cur = d.date(); L += [f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]}", ""]
        st = lower_ampm(d, sep="."); stamps.append(st)
        L += [st, e["h"], ""] + paras(e["p"]) + [f"Reporting by {e['a']}", ""]
        if i == 3:
            L += ["Support independent journalism. Subscribe today.", ""]
    L += ["This blog has now closed.", "Coolabah Reach Times \u00b7 About \u00b7 Privacy \u00b7 Terms"]
    return "\n".join(L) + "\n", stamps


def r_hatherwick(S):  # HTML live, newest first; Key Points box; full stamp 'Sun 23 Oct 2022 22.45 BST' in <p class="block-time">; '— Name' signature
    z = S["zone"]
    out = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Hatherwick Live</title></head><body>",
           '<div class="consent">Hatherwick Live uses cookies. <button>Yes, I\u2019m happy</button> <button>Options</button></div>',
           '<header>Hatherwick Live <nav><a>News</a> <a>UK</a> <a>World</a> <a>Ukraine</a> <a>Sport</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="standfirst">{esc(S["lede"])}</p>',
           '<div class="key-points"><h2>Key Points</h2><ul>'] + [f"<li>{esc(e['h'])}</li>" for e in S["entries"] if e["kp"]] + ["</ul></div>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%a %d %b %Y %H.%M} BST"; stamps.append(st)
        out.append(f'<div class="block"><p class="block-time">{st}</p><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">\u2014 {esc(e["a"])}</p>')
        out.append("</div>")
        if i == 2:
            out.append('<aside><h4>Read more</h4><a>What we know about Russia\u2019s Shahed drones</a></aside>')
    out += ['<p class="older"><a>Older posts</a></p></main><footer>Hatherwick Live \u00a9 2022 \u00b7 Privacy \u00b7 Terms</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_lahnbrueck(S):  # text article, English service; dateline '23.10.2022 | 18:40 CEST'; section headings = entries; page byline
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    L = ["LAHNBR\u00dcCK COURIER \u2014 English edition", "Politics  World  Economy  Culture  Deutsch", "", S["title"], "",
         f"By {S['byline']}", f"{d0:%d.%m.%Y | %H:%M} CEST", "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + paras(e["p"])
    L += ["Share: Facebook  X  E-mail", "Related: " + S["more"], "", "\u00a9 Lahnbr\u00fcck Courier Verlag GmbH"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# =========================================================================== PART A data: ten real outlets' layouts, own words
SEEDS = []

SEEDS.append(dict(id="9800", name="9800_poststar-tag", ext="html", source="The Post-Star", zone="America/New_York", render=r_poststar,
  title="Russia-Ukraine War", ref="2022-07-13 20:10",
  notes="Imitates a BLOX/TownNews tag page of The Post-Star (Glens Falls, NY; Lee Enterprises): a list of Associated Press cards, newest first. "
        "Each card: h3 headline link, a byline in AP member-site form 'By NAME Associated Press', a <time datetime='...-04:00'> whose visible text is RELATIVE "
        "('28 min ago', '5 hrs ago'; the page was rendered about 20:10 EDT), the card summary (one paragraph, the entry body) and a comment count. "
        "The exact time is only in the datetime attribute; the relative text alone fixes it to the hour. Entry 03 is an 'AP PHOTOS' gallery card with no summary "
        "(teaser, importance 1). Author is the name as printed (agency suffix dropped); the gallery's byline is 'By The Associated Press'. "
        "Kramatorsk appears twice (03 photo gallery of daily life, 04 rocket strike): different events, must not merge.",
  not_entries=["'Skip to main content'", "top bar: Sign Up, Log In, Today's e-Edition, weather 'Glens Falls, NY (12801) 81°'", "logo, Subscribe button and main navigation",
               "'Tags' label and tag title 'Russia-Ukraine War' (page title)", "breaking-news alert sign-up box", "'N comments' links under cards", "'Advertisement'",
               "pagination 'Next'", "'Most Popular' list (two local stories)", "newsletter sign-up box", "footer copyright and 'Powered by BLOX ...' line"],
  entries=[
  E("2022-07-13 19:42", "North Korea recognizes Russia's proxies in eastern Ukraine; Kyiv cuts ties",
    ["North Korea on Wednesday became one of the very few governments to recognize the self-declared Donetsk and Luhansk republics as independent states, and Ukraine answered by breaking off diplomatic relations with Pyongyang."],
    "diplomacy", "diplomacy", 3, "north-korea-recognizes-donetsk-luhansk", a="MIN-JAE SONG", n="Ministerial diplomatic move (Kyiv severs relations) -> 3."),
  E("2022-07-13 18:05", "Turkey reports progress in grain talks with Russia, Ukraine and UN",
    ["Military delegations from Russia and Ukraine agreed in Istanbul on Wednesday to set up a joint center to oversee grain shipments from Ukrainian ports, Turkey's defense minister said after hosting the talks with U.N. officials."],
    "diplomacy", "diplomacy", 3, "istanbul-grain-talks-2022-07-13", a="SELIN ARAT"),
  E("2022-07-13 16:20", "AP PHOTOS: In Kramatorsk, daily life goes on to the sound of shelling", [],
    "other", "humanitarian", 1, "kramatorsk-daily-life-photos", a="The Associated Press", n="Photo-gallery card without summary -> teaser, importance 1."),
  E("2022-07-13 14:48", "Russian rockets hit Kramatorsk neighborhood, killing 2",
    ["Russian rockets slammed into a residential part of Kramatorsk on Wednesday afternoon, killing two people and damaging a kindergarten, the head of the Donetsk regional administration said."],
    "strikes", "strikes", 3, "kramatorsk-rocket-strike-2022-07-13", a="KATERYNA VOLYNETS"),
  E("2022-07-13 12:35", "Ukraine presses Canada to reverse decision on pipeline turbine",
    ["Ukraine urged Canada to reconsider sending a repaired turbine for the Nord Stream 1 gas pipeline back to Germany, arguing that the sanctions waiver rewards Moscow for using energy as a weapon."],
    "diplomacy", "diplomacy", 2, "nord-stream-turbine-canada-waiver", a="MARTIN LAROCHE", n="Sanctions waiver dispute -> diplomacy."),
  E("2022-07-13 10:50", "Ukraine opens inquiry into children taken to Russia from occupied areas",
    ["Ukraine's prosecutor general said investigators are examining the cases of hundreds of children moved from occupied parts of the Donetsk and Luhansk regions into Russia, which Kyiv considers forced deportation."],
    "other", "humanitarian", 2, "ukraine-probe-deported-children", a="LIDIA MOROZ"),
  E("2022-07-13 09:15", "Kremlin says Putin will travel to Iran for talks with Raisi and Erdogan",
    ["Russian President Vladimir Putin will go to Tehran next week for a three-way meeting with the leaders of Iran and Turkey, the Kremlin said, in a rare foreign trip since the invasion began."],
    "diplomacy", "diplomacy", 2, "putin-tehran-trip-announced", a="VERA KASHINA", n="Announcement of a summit, not the summit itself -> 2."),
  ]))

SEEDS.append(dict(id="9801", name="9801_nny360-latest", ext="txt", source="Watertown Daily Times", zone="Europe/Kyiv", render=r_watertown,
  title="The Latest: Russia says it will step up attacks; Dnipro toll rises", dateline="Jul 16, 2022",
  lede="KYIV, Ukraine (AP) \u2014 The Latest on the war in Ukraine (all times local):",
  notes="Imitates an Associated Press 'The Latest' article as carried on the Watertown Daily Times site (NNY360, BLOX/TownNews), copied as text. "
        "Items have NO headlines: each is a bare time line ('9:15 p.m.'), then paragraphs that open with a capitalised dateline ('DNIPRO, Ukraine \u2014'), "
        "then a '___' separator. Newest first. '(all times local)' with a KYIV dateline: the times are Kyiv time (EEST, UTC+3); the page's only date is the "
        "BLOX date line 'Jul 16, 2022'. The top item '1:20 a.m.' comes after '11:40 p.m.' in a newest-first list, so it is 17 July local (22:20 UTC on 16 July): "
        "local midnight is crossed but every entry is on UTC 16 July. One page byline 'By The Associated Press' is every entry's author. "
        "The lede line 'KYIV, Ukraine (AP) \u2014 The Latest ...' is not an entry.",
  not_entries=["BLOX account bar (Sign Up, Log In, Dashboard, Logout, My Account, Subscribe, Today's e-Edition)", "site name 'NNY360' / 'Watertown Daily Times' and weather lines",
               "section menu", "section label 'World'", "title line", "byline 'By The Associated Press' and date line 'Jul 16, 2022'",
               "share tool labels (Facebook ... Copy article link, Save)", "lede line 'KYIV, Ukraine (AP) \u2014 The Latest on the war in Ukraine (all times local):'",
               "'___' separators", "'More AP coverage ...' link line", "AP copyright line", "Tags block", "comments block ('Welcome to the discussion.', 'Log In', 'Keep it clean ...')",
               "'Most Popular' list of three local headlines", "footer copyright and 'Powered by BLOX' line"],
  entries=[
  E("2022-07-17 01:20", None,
    ["ZAPORIZHZHIA, Ukraine \u2014 Several explosions shook Zaporizhzhia shortly after midnight, and the regional administration said a fire had broken out at a grain elevator on the edge of the city.",
     "There was no immediate word on casualties."],
    "strikes", "strikes", 2, "zaporizhzhia-explosions-2022-07-17", a="The Associated Press", n="Local date 17 July (after midnight), UTC 16 July."),
  E("2022-07-16 23:40", None,
    ["MOSCOW \u2014 Russia's Defense Ministry said Defense Minister Sergei Shoigu had visited units fighting in Ukraine and told commanders to intensify operations in every sector of the front.",
     "The ministry said the aim was to stop Ukrainian forces from firing long-range rockets and artillery at towns in the Donbas."],
    "other", "frontline", 2, "shoigu-orders-intensified-operations", a="The Associated Press"),
  E("2022-07-16 21:15", None,
    ["DNIPRO, Ukraine \u2014 The number of people killed in Friday's Russian missile attack on the city of Dnipro has risen to four, regional Gov. Valentyn Reznichenko said Saturday.",
     "He said 16 people remained in hospital, several with serious injuries."],
    "strikes", "strikes", 3, "dnipro-missile-strike-2022-07-15", a="The Associated Press"),
  E("2022-07-16 18:05", None,
    ["VINNYTSIA, Ukraine \u2014 Hundreds of people lined the streets of Vinnytsia on Saturday for the funeral of a young girl who was among those killed when Russian missiles hit the city center two days earlier.",
     "The city has declared three days of mourning."],
    "other", "humanitarian", 2, "vinnytsia-missile-strike-2022-07-14", a="The Associated Press", sec=["strikes"], n="Funeral of a strike victim: civilians -> other/humanitarian, strikes secondary."),
  E("2022-07-16 14:30", None,
    ["CHUHUIV, Ukraine \u2014 Russian missiles struck the town of Chuhuiv east of Kharkiv early Saturday, killing three people, including a 70-year-old woman, regional officials said.",
     "A school and several apartment buildings were damaged."],
    "strikes", "strikes", 3, "chuhuiv-missile-strike-2022-07-16", a="The Associated Press"),
  E("2022-07-16 11:50", None,
    ["LONDON \u2014 Britain's Defense Ministry says Russia is probably forming a new army corps from volunteer battalions raised in its regions, as it looks for ways to replace heavy losses.",
     "The ministry said the recruits were being offered high pay but were unlikely to be ready for combat soon."],
    "other", "frontline", 2, "uk-intel-russian-volunteer-corps", a="The Associated Press", n="Reinforcements -> frontline."),
  E("2022-07-16 08:05", None,
    ["KYIV, Ukraine \u2014 Ukraine's southern military command said its forces destroyed a Russian ammunition depot and two armored vehicles in the occupied Kherson region overnight.",
     "Russian officials in the region did not comment."],
    "strikes", "strikes", 2, "ukraine-strike-kherson-ammo-depot-2022-07-16", a="The Associated Press"),
  ]))

SEEDS.append(dict(id="9802", name="9802_pressconnects-roundup", ext="html", source="Press & Sun-Bulletin", zone="America/New_York", render=r_pressconnects,
  title="Zelenskyy fires back at Amnesty; Griner sentenced in Russia: Ukraine war updates", dateline_t="2022-08-04 16:48",
  url="https://www.pressconnects.com/story/news/world/2022/08/04/ukraine-war-updates-amnesty-griner/65391204007/",
  byline="Dana Feltner and Marcus Albee", authors=["Dana Feltner", "Marcus Albee"],
  caption="Firefighters work at the site of a Russian strike in Mykolaiv, Ukraine, on Aug. 3, 2022.", credit="Vadym Sarakhan, AP",
  lede="Ukraine's president accused a leading human rights group of shifting responsibility for Russian attacks onto the people defending against them, a day after the group published a report critical of Ukrainian tactics.",
  bullets=["A Russian court sentenced WNBA star Brittney Griner to nine years in prison on drug charges.",
           "Ukrainian officials said more grain ships were lined up to leave Black Sea ports this week.",
           "The U.S. Senate overwhelmingly backed Finland's and Sweden's bids to join NATO."],
  notes="Imitates a USA TODAY network story as published on the Press & Sun-Bulletin (Binghamton, pressconnects.com; Gannett): one article, NOT a live blog. "
        "Gannett date line 'Published 4:48 p.m. ET Aug. 4, 2022' (AP style: a.m./p.m. with periods, 'ET', abbreviated month) and NewsArticle JSON-LD (datePublished in Z). "
        "A 'Latest developments:' list of three '\u25ba' bullets sits above the sections; the bullets are summaries, not headlines and not a Key Points block. "
        "Each h2 section is one entry: stamp null, published = the article's Published time (the only time printed), author = the page byline 'Dana Feltner and Marcus Albee'. "
        "The lede paragraph and the photo caption are not entries. AP-style spelling 'Zelenskyy'.",
  not_entries=["'Skip to main content'", "logo, navigation, Subscribe / Sign In", "label 'WORLD'", "title h1", "byline 'Dana Feltner and Marcus Albee' and 'USA TODAY'",
               "date line 'Published 4:48 p.m. ET Aug. 4, 2022'", "share buttons", "photo: 'Show Caption' / 'Hide Caption', caption 'Firefighters work at ... Aug. 3, 2022.' and credit 'Vadym Sarakhan, AP'",
               "lede paragraph 'Ukraine's president accused ...'", "'Latest developments:' label and its three '\u25ba' summary bullets",
               "newsletter box 'Get the Daily Briefing newsletter ...'", "'Contributing: The Associated Press'", "footer links and copyright"],
  entries=[
  E("2022-08-04 16:48", "Zelenskyy: Amnesty report puts victim and aggressor on the same level",
    ["Ukrainian President Volodymyr Zelenskyy said Thursday that an Amnesty International report accusing his military of putting civilians at risk was an attempt to share the blame between the attacker and the attacked.",
     "The rights group said it had documented Ukrainian troops operating from schools and residential buildings in several regions.",
     "Amnesty said its findings did not in any way justify Russian attacks on civilians."],
    "other", "humanitarian", 2, "amnesty-report-ukraine-tactics", a="Dana Feltner and Marcus Albee", n="Rights-group report on conduct of the war -> other/humanitarian."),
  E("2022-08-04 16:48", "Griner gets nine-year sentence",
    ["A court near Moscow convicted basketball star Brittney Griner of drug possession and smuggling on Thursday and sentenced her to nine years in prison.",
     "President Joe Biden called the verdict unacceptable and said his administration would keep working to bring her home.",
     "The Kremlin has said any prisoner exchange would have to be discussed quietly."],
    "diplomacy", "diplomacy", 2, "griner-sentenced-2022-08-04", a="Dana Feltner and Marcus Albee",
    n="Not a war event; kept under diplomacy because the page frames it as US-Russia prisoner-swap diplomacy (not off-beat)."),
  E("2022-08-04 16:48", "Shelling kills 6 at bus stop in Donetsk region",
    ["Russian shells hit a bus stop in the town of Toretsk on Thursday, killing six people and wounding several others, Donetsk regional Gov. Pavlo Kyrylenko said.",
     "He urged the remaining residents of the region to evacuate."],
    "strikes", "strikes", 3, "toretsk-bus-stop-shelling-2022-08-04", a="Dana Feltner and Marcus Albee"),
  E("2022-08-04 16:48", "Senate votes to admit Finland and Sweden to NATO",
    ["The U.S. Senate voted 95-1 on Wednesday night to ratify the accession of Finland and Sweden to NATO, making the United States one of the first allies to approve the expansion.",
     "Both countries applied in May, abandoning decades of military nonalignment after Russia invaded Ukraine."],
    "diplomacy", "diplomacy", 3, "us-senate-ratifies-finland-sweden-nato", a="Dana Feltner and Marcus Albee"),
  E("2022-08-04 16:48", "More grain ships to leave Odesa ports",
    ["Ukraine's infrastructure minister said three more vessels loaded with corn and sunflower oil could leave Black Sea ports as early as Friday under the deal brokered by Turkey and the United Nations.",
     "The first cargo ship to sail under the agreement was inspected in Istanbul this week and continued on toward Lebanon."],
    "diplomacy", "diplomacy", 2, "black-sea-grain-ships-2022-08-04", a="Dana Feltner and Marcus Albee", n="Implementation of the UN/Turkey-brokered grain deal -> diplomacy."),
  E("2022-08-04 16:48", "Ukraine says it retook villages near Kherson",
    ["Ukraine's military said its troops had pushed Russian forces out of several villages in the southern Kherson region, although the claim could not be independently verified.",
     "Russian officials said their forces were holding their positions."],
    "other", "frontline", 2, "kherson-counteroffensive-villages-2022-08-04", a="Dana Feltner and Marcus Albee"),
  ]))

SEEDS.append(dict(id="9803", name="9803_uticaod-live", ext="txt", source="Observer-Dispatch", zone="America/New_York", render=r_uticaod,
  title="Russia-Ukraine live updates: Death sentences for foreign fighters draw Western anger",
  byline_lines=["Jeanine Sorrell and Marcus Albee", "USA TODAY"], published_t="2022-06-09 20:22", updated_t="2022-06-10 18:15",
  caption="Ukrainian soldiers ride on an armored vehicle near Sievierodonetsk on June 8.", credit="Pavlo Demchuk, AP",
  lede="A court in Russian-held eastern Ukraine sentenced two Britons and a Moroccan to death, drawing condemnation from London as the battle for Sievierodonetsk ground on.",
  notes="Imitates a USA TODAY live-updates story as carried by the Utica Observer-Dispatch (uticaod.com; Gannett), copied as text. Newest first. "
        "Each post: headline line, THEN the stamp line ('6:15 p.m. ET', time only), body, and a credit line '\u2014 Name' (per-post author; '\u2014 The Associated Press' for wire posts). "
        "The page header gives 'Published 8:22 p.m. ET June 9, 2022 | Updated 6:15 p.m. ET June 10, 2022': the posts run from Thursday evening past local midnight into Friday "
        "('12:40 a.m. ET' sits above '11:50 p.m. ET'), so the two bottom posts are on 9 June local, but all posts are on UTC 10 June (EDT = UTC-4). "
        "Post 04 ('Watch: ...') is a video teaser with no body and no credit. 01 (Britain's protest) is the reaction to 07 (the sentences): same story. "
        "The italic-like lede under the photo and the newsletter box are not entries.",
  not_entries=["'Skip to main content', site name, Subscribe, Sign In, menu", "label 'WORLD'", "title line", "byline lines 'Jeanine Sorrell and Marcus Albee' / 'USA TODAY'",
               "'Published ... | Updated ...' line", "'Show Caption' / 'Hide Caption', photo caption and credit 'Pavlo Demchuk, AP'", "lede paragraph 'A court in Russian-held eastern Ukraine ...'",
               "credit lines '\u2014 Name' (author of the post above)", "newsletter box ('Get the News Alerts newsletter ...', 'Delivery: Varies', 'Your Email')",
               "'Contributing: The Associated Press'", "'Share this story' and share labels", "footer links and copyright"],
  entries=[
  E("2022-06-10 18:15", "Britain protests death sentences handed to its citizens",
    ["British officials said Friday they were working with Ukraine to secure the release of two British men sentenced to death by a court in Russian-controlled Donetsk, calling the trial illegitimate.",
     "The men were serving in Ukraine's armed forces when they were captured in Mariupol, their families said."],
    "diplomacy", "diplomacy", 3, "donetsk-death-sentences-foreign-fighters", a="Jeanine Sorrell", n="Ministerial reaction to the sentences (07): same story."),
  E("2022-06-10 16:40", "Zelenskyy: Sievierodonetsk fight may decide fate of Donbas",
    ["President Volodymyr Zelenskyy said the battle for Sievierodonetsk remained extremely fierce and that its outcome could determine who controls the wider Donbas region.",
     "Russian forces have been trying for weeks to encircle the city and neighboring Lysychansk."],
    "other", "frontline", 2, "sievierodonetsk-battle-2022-06-10", a="Marcus Albee"),
  E("2022-06-10 14:05", "Ukraine says it is losing up to 200 soldiers a day",
    ["A senior adviser to Zelenskyy said in a television interview that between 100 and 200 Ukrainian troops were being killed each day, a sharp rise from figures given earlier in the war.",
     "He said Ukraine needed hundreds more heavy artillery systems to match Russian firepower."],
    "other", "frontline", 2, "ukraine-daily-troop-losses", a="Marcus Albee", sec=["aid"]),
  E("2022-06-10 10:30", "Watch: Families shelter in basements as Sievierodonetsk battle rages", [],
    "other", "frontline", 1, "sievierodonetsk-battle-2022-06-10", n="Video teaser without body -> importance 1, story of the battle it shows."),
  E("2022-06-10 07:50", "Putin compares himself to Peter the Great",
    ["Russian President Vladimir Putin drew a parallel between his war in Ukraine and the conquests of Peter the Great, saying the 18th-century czar had been winning back land that belonged to Russia.",
     "Putin spoke Thursday at an exhibition in Moscow marking 350 years since Peter's birth."],
    "other", "politics", 2, "putin-peter-the-great-remarks", a="The Associated Press"),
  E("2022-06-10 00:40", "Ukraine running short of artillery shells, intelligence official says",
    ["Ukraine is using up its last Soviet-caliber artillery ammunition and now depends almost entirely on shells sent by Western partners, the deputy head of its military intelligence said in an interview.",
     "He said Ukraine fires 5,000 to 6,000 rounds a day while Russia fires about ten times as many."],
    "aid", "aid", 2, "ukraine-artillery-ammunition-shortage", a="Jeanine Sorrell", n="Plea/stock of ammunition -> aid. Local 12:40 a.m. on 10 June."),
  E("2022-06-09 23:50", "Separatist court sentences three foreign fighters to death",
    ["A court in the Russian-backed Donetsk People's Republic sentenced two British men and a Moroccan to death Thursday after convicting them of fighting as mercenaries for Ukraine.",
     "All three were captured while serving with Ukrainian forces, and their lawyers said they would appeal."],
    "other", "humanitarian", 3, "donetsk-death-sentences-foreign-fighters", a="Marcus Albee", sec=["diplomacy"],
    n="Treatment of captured fighters -> other/humanitarian; a main story of the day. Local date 9 June (before midnight), UTC 10 June."),
  E("2022-06-09 20:30", "U.S. accuses Russia of stealing Ukrainian grain",
    ["The State Department said Russia had taken grain from Ukrainian farms in occupied areas and was trying to sell it to countries in Africa and the Middle East.",
     "Russian officials have denied the accusation."],
    "diplomacy", "diplomacy", 2, "us-accuses-russia-grain-theft", a="The Associated Press", n="Local 9 June 8:30 p.m. = 00:30 UTC 10 June."),
  ]))

SEEDS.append(dict(id="9804", name="9804_ithacajournal-timeline", ext="txt", source="The Ithaca Journal", zone="America/New_York", render=r_ithaca,
  title="Ukraine war timeline: Biden signs $40B aid bill as Russia cuts off Finland's gas",
  byline_lines=["Emma Delacroix", "Ithaca Journal"], published_t="2022-05-21 18:40",
  caption="People walk past a destroyed Russian tank in Kyiv on May 20.", credit="Natalia Brovko, AP",
  lede="Here's how Saturday unfolded, hour by hour.", tagline="Emma Delacroix covers Tompkins County and Cornell University for The Ithaca Journal.",
  notes="Imitates a Gannett timeline article on The Ithaca Journal (ithacajournal.com), copied as text. OLDEST first. Each entry starts with one line "
        "'5:10 a.m. (12:10 p.m. Kyiv time): Headline' \u2014 the stamp is the part before ': ', the headline the part after. The East Coast zone is never printed on "
        "these lines (it is implied by the paper's home and confirmed by the Kyiv time in parentheses, EEST = EDT + 7 h); on-the-hour times follow AP style "
        "('9 a.m.'). Published line 'Published 6:40 p.m. ET May 21, 2022'. One page byline (Emma Delacroix) is every entry's author. Entry 06 is a local Ithaca fundraiser.",
  not_entries=["'Skip to main content', site name, Subscribe, Sign In, menu", "label 'NEWS'", "title line", "byline lines 'Emma Delacroix' / 'Ithaca Journal'", "Published line",
               "'Show Caption' / 'Hide Caption', photo caption and credit", "intro line 'Here's how Saturday unfolded, hour by hour.'", "subscription plug",
               "reporter tagline 'Emma Delacroix covers ...'", "'Share this story' and share labels", "footer links and copyright"],
  entries=[
  E("2022-05-21 05:10", "Gazprom stops gas to Finland over payment dispute",
    ["Russia's Gazprom halted natural gas deliveries to Finland on Saturday morning after the Finnish state company Gasum refused to pay in rubles.",
     "Finnish officials said the country could manage with supplies through a pipeline from Estonia."],
    "diplomacy", "diplomacy", 2, "gazprom-halts-gas-finland", a="Emma Delacroix", n="Energy cutoff in a sanctions/payment dispute -> diplomacy."),
  E("2022-05-21 07:25", "Missile strike damages culture center in Kharkiv region",
    ["A Russian missile hit a newly renovated culture center in the town of Lozova, wounding seven people, including an 11-year-old child, Zelenskyy said in a video.",
     "He said the attack showed that Russia was aiming at places where people gather."],
    "strikes", "strikes", 3, "lozova-culture-center-strike", a="Emma Delacroix"),
  E("2022-05-21 09:00", "Zelenskyy says only diplomacy can end the war",
    ["Zelenskyy told a Ukrainian television channel that the fighting would be bloody but that the war would ultimately end at the negotiating table.",
     "He said some questions could be settled only in a direct meeting with Putin."],
    "diplomacy", "diplomacy", 3, "zelenskyy-diplomacy-end-war-2022-05-21", a="Emma Delacroix"),
  E("2022-05-21 10:45", "Biden signs $40 billion aid package during Asia trip",
    ["President Joe Biden signed a $40 billion package of military, economic and humanitarian aid for Ukraine while visiting Seoul, after a copy of the bill was flown to South Korea for his signature.",
     "Congress passed the measure with broad support from both parties earlier in the week."],
    "aid", "aid", 3, "us-40-billion-ukraine-aid-bill", a="Emma Delacroix"),
  E("2022-05-21 13:30", "Moscow bans 963 Americans, including Biden, from entering Russia",
    ["Russia's Foreign Ministry published a list of 963 Americans who are barred from entering the country, including the president, the secretary of state and the CIA director.",
     "Several people on the list have died."],
    "diplomacy", "diplomacy", 2, "russia-bans-963-americans", a="Emma Delacroix", n="Counter-sanctions -> diplomacy."),
  E("2022-05-21 15:50", "Ithaca fundraiser sends $18,000 to Ukrainian hospitals",
    ["Volunteers from Ithaca's Ukrainian community and Cornell students said a weekend of bake sales and concerts had raised about $18,000 for medical supplies for hospitals in western Ukraine.",
     "Organizers said a second shipment of tourniquets and bandages would leave from New Jersey next week."],
    "aid", "aid", 2, "ithaca-fundraiser-ukraine-hospitals", a="Emma Delacroix", n="Local humanitarian support to Ukraine -> aid (see README conventions)."),
  E("2022-05-21 18:05", "Separatist leader says Azovstal fighters will face trial",
    ["The Russian-backed leader in Donetsk said the Ukrainian fighters who surrendered at the Azovstal steel plant in Mariupol would be put on trial, a day after Moscow declared it had taken full control of the site.",
     "Ukraine has said it wants the fighters returned in a prisoner exchange."],
    "other", "humanitarian", 2, "azovstal-fighters-trial-threat", a="Emma Delacroix"),
  ]))

SEEDS.append(dict(id="9805", name="9805_dailygazette-liveblog", ext="html", source="The Daily Gazette", zone="America/New_York", render=r_gazette,
  title="LIVE: Russia's war in Ukraine, day 99", byline="Gazette staff and The Associated Press", dateline="June 2, 2022", ref="2022-06-02 20:30",
  url="https://dailygazette.com/2022/06/02/live-russias-war-in-ukraine-day-99/",
  lede="Follow along for updates from Ukraine and reaction from the Capital Region.",
  notes="Imitates a WordPress post on The Daily Gazette (Schenectady, dailygazette.com) using a live-blog plugin. Newest first. Each entry header: the author name "
        "(per-entry author: 'Associated Press' or a Gazette reporter), a relative time ('45 minutes ago', page rendered about 20:30 EDT) and a <time datetime='...-04:00'> "
        "showing '7:45pm' (the stamp). Some entries open with an h3 (headline); entries 01, 04 and 06 have NO headline. No zone is printed: Eastern time is implied by the "
        "paper's home (and given in the datetime attributes). The LiveBlogPosting JSON-LD has the plugin's quirks: each update's 'headline' is the squashed entry text cut at "
        "110 characters and 'articleBody' is an empty {'@type': 'Text'} object; per-update datePublished is correct. Entry 02 is a local Schenectady item.",
  not_entries=["cookie notice", "logo, Subscribe / Sign in, menu", "category link 'World'", "h1 title", "byline 'By Gazette staff and The Associated Press' and date 'June 2, 2022'",
               "intro line 'Follow along for updates ...'", "relative times ('N hours ago') in the entry headers", "'Share' under each entry",
               "newsletter box", "'Related' link", "footer"],
  entries=[
  E("2022-06-02 19:45", None,
    ["Ukrainian President Volodymyr Zelenskyy told lawmakers in Luxembourg by video link that Russian forces now control about 20% of Ukraine's territory.",
     "He said the front line stretches for more than 1,000 kilometers."],
    "other", "frontline", 2, "zelenskyy-russia-holds-20-percent", a="Associated Press"),
  E("2022-06-02 17:20", "Schenectady parish ships third load of medical supplies",
    ["Parishioners at a Ukrainian Catholic church in Schenectady packed a third truckload of medical supplies on Thursday, bound for a warehouse in Poland and then hospitals in Lviv.",
     "The parish priest said donations had slowed since spring but the need had not."],
    "aid", "aid", 2, "schenectady-parish-medical-supplies", a="Pete Demarco", n="Local humanitarian support -> aid."),
  E("2022-06-02 15:05", "U.S. sanctions target yachts, Putin associates",
    ["The Biden administration announced new sanctions Thursday on people it described as members of Vladimir Putin's inner circle, and said it had identified several superyachts as blocked property.",
     "The Treasury Department said the measures also cover companies that help wealthy Russians hide their money."],
    "diplomacy", "diplomacy", 2, "us-sanctions-putin-associates-2022-06-02", a="Associated Press"),
  E("2022-06-02 12:40", None,
    ["Russia's Foreign Ministry warned that U.S. plans to send advanced multiple rocket launchers to Ukraine were adding fuel to the fire, and said Washington risked being drawn directly into the conflict.",
     "The Pentagon said Ukraine had promised not to fire the rockets into Russian territory."],
    "aid", "aid", 2, "us-himars-package-2022-06-01", a="Associated Press", sec=["diplomacy"], n="Reaction to an arms transfer: aid primary."),
  E("2022-06-02 10:15", "Prosecutors: more than 15,000 suspected war crimes under investigation",
    ["Ukraine's prosecutor general said investigators had opened more than 15,000 cases of suspected war crimes since the invasion, with several hundred suspects identified.",
     "She said some cases were being prepared for trial in absentia."],
    "other", "humanitarian", 2, "ukraine-war-crimes-caseload", a="Kelsey Tran"),
  E("2022-06-02 08:30", None,
    ["Russian missiles struck Sloviansk overnight, killing one person and damaging a school and several homes, the city's mayor said.",
     "Sloviansk has become a key target as Russian forces push toward the last big cities in the Donetsk region still held by Ukraine."],
    "strikes", "strikes", 3, "sloviansk-missile-strike-2022-06-02", a="Associated Press"),
  ]))

SEEDS.append(dict(id="9806", name="9806_recordonline-live", ext="txt", source="Times Herald-Record", zone="America/New_York", render=r_recordonline,
  title="Ukraine live updates: Rebuilding conference opens in Berlin as blackouts spread", parse_args=["--date", "2022-10-25"],
  byline_lines=["Rowan Ellery", "USA TODAY"], published_t="2022-10-25 06:05", updated_t="2022-10-25 18:52",
  caption="A woman charges her phone at a heating point in Kyiv during a power outage.", credit="Yevhen Kotenko, AP",
  lede="Ukraine's allies met in Berlin to plan the country's reconstruction while rolling blackouts spread after weeks of Russian strikes on power plants.",
  notes="Imitates a USA TODAY live-updates story as carried by the Times Herald-Record (Middletown, NY, recordonline.com; Gannett), copied as text. Newest first. "
        "Dates follow AP style for the current year and print NO year anywhere ('Published 6:05 a.m. ET Oct. 25 | Updated 6:52 p.m. ET Oct. 25'; the footer copyright has no year either), "
        "hence parse_args --date 2022-10-25. Each post: a stamp line BEFORE the headline ('6:52 p.m. Oct. 25', no zone on the post stamps; 'ET' only in the header), headline, body. "
        "One page byline (Rowan Ellery) is every entry's author. Entry 04 ('Watch: ...') is a video teaser without body.",
  not_entries=["'Skip to main content', site name, Subscribe, Sign In, menu", "label 'WORLD'", "title line", "byline lines 'Rowan Ellery' / 'USA TODAY'",
               "'Published ... | Updated ...' line", "'Show Caption' / 'Hide Caption', photo caption and credit", "lede paragraph",
               "newsletter box ('Get the Mid-Hudson Morning newsletter ...')", "'Contributing: The Associated Press'", "'Share this story' and share labels", "footer links and copyright"],
  entries=[
  E("2022-10-25 18:52", "Biden warns Moscow against nuclear escalation",
    ["President Joe Biden said Russia would be making a very serious error if it used a tactical nuclear weapon, when asked about Moscow's accusation that Ukraine is preparing a dirty bomb.",
     "He said he could not be sure the claim was not the setup for a false flag operation."],
    "diplomacy", "diplomacy", 3, "biden-warns-russia-nuclear-2022-10-25", a="Rowan Ellery",
    n="Head-of-state statement; separate from the Security Council meeting (05) although both concern the dirty-bomb claim."),
  E("2022-10-25 15:30", "Sunak tells Zelenskyy UK support will not waver",
    ["Rishi Sunak spoke by phone with Zelenskyy hours after becoming Britain's prime minister, and his office said he promised that London's backing for Ukraine would stay as strong as under his predecessors.",
     "Zelenskyy said he had invited Sunak to visit Kyiv."],
    "diplomacy", "diplomacy", 3, "sunak-zelenskyy-call-2022-10-25", a="Rowan Ellery"),
  E("2022-10-25 12:05", "Kyiv region faces more scheduled blackouts",
    ["Ukraine's national grid operator said rolling power cuts would be extended to the Kyiv region and several others after Russian strikes damaged power stations and substations over the past two weeks.",
     "Officials asked residents to cut their electricity use during the evening peak."],
    "strikes", "strikes", 2, "ukraine-rolling-blackouts-2022-10-25", a="Rowan Ellery", n="Damage from strikes -> strikes."),
  E("2022-10-25 11:20", "Watch: Ukrainian troops patrol a village retaken in Kharkiv region", [],
    "other", "frontline", 1, "kharkiv-region-retaken-village-video", a="Rowan Ellery", n="Video teaser without body -> importance 1."),
  E("2022-10-25 10:14", "Security Council meets privately on Russia's 'dirty bomb' allegation",
    ["The U.N. Security Council was set to hold a closed-door meeting requested by Russia, which has claimed without evidence that Ukraine is preparing to set off a radioactive device on its own soil.",
     "Ukraine invited international inspectors to visit any site they wished."],
    "diplomacy", "diplomacy", 2, "unsc-dirty-bomb-meeting-2022-10-25", a="Rowan Ellery"),
  E("2022-10-25 08:40", "Germany hosts talks on rebuilding Ukraine",
    ["German Chancellor Olaf Scholz opened an international conference in Berlin on Ukraine's reconstruction, telling delegates that rebuilding the country would be the task of a generation.",
     "European officials put the damage so far at roughly 350 billion euros."],
    "aid", "aid", 3, "berlin-ukraine-reconstruction-conference", a="Rowan Ellery", n="Head-of-government donor conference -> aid, 3."),
  E("2022-10-25 06:20", "Ukraine says it shot down Iranian-made drones overnight",
    ["Ukraine's air force said it destroyed six Iranian-made Shahed drones launched from the south overnight, most of them over the Mykolaiv region.",
     "There were no immediate reports of casualties."],
    "strikes", "strikes", 2, "shahed-drones-downed-2022-10-25", a="Rowan Ellery"),
  ]))

SEEDS.append(dict(id="9807", name="9807_poughkeepsiejournal-feed", ext="xml", source="Poughkeepsie Journal", zone="America/New_York", render=r_pjfeed,
  title="Poughkeepsie Journal - News", build="Tue, 22 Nov 2022 00:05:41 GMT",
  notes="Imitates a Gannett site RSS 2.0 feed of the Poughkeepsie Journal's news section (rssfeeds.poughkeepsiejournal.com style). Newest first. pubDate in GMT WITH seconds "
        "(published keeps the seconds; published_local is in the paper's zone, EST = UTC-5, to the minute). Each description is a one-paragraph summary followed by an "
        "escaped 1x1 <img> tracking pixel (not text). No authors in the feed: author null. Mixed local feed: three of seven items are local and not about the war (off-beat).",
  not_entries=["channel title/link/description/language/copyright/lastBuildDate/ttl", "the escaped <img> inside each description", "<guid> values"],
  entries=[
  E("2022-11-21 18:40:12", "Ukraine offers to evacuate residents of Kherson, Mykolaiv for the winter",
    ["Ukraine's government said it would help people leave recently liberated parts of the Kherson and Mykolaiv regions before winter, because damage to power and water systems there is too severe to repair quickly."],
    "other", "humanitarian", 2, "kherson-mykolaiv-winter-evacuation"),
  OFF("2022-11-21 16:18:45", "Dutchess County opens warming centers as temperatures drop",
      ["County officials opened four warming centers in Poughkeepsie and Beacon on Monday as overnight lows were forecast to fall into the teens."],
      "dutchess-warming-centers", n="local weather services."),
  E("2022-11-21 14:02:07", "Inspectors find widespread damage after weekend shelling at Ukrainian nuclear plant",
    ["International Atomic Energy Agency experts toured the Zaporizhzhia nuclear power plant on Monday and reported damage across the site after more than a dozen blasts over the weekend, though no radiation leak was detected."],
    "strikes", "strikes", 3, "zaporizhzhia-npp-shelling-2022-11-20"),
  OFF("2022-11-21 11:30:51", "Hyde Park farmers market moves indoors for the winter",
      ["The Hyde Park farmers market will move into the town recreation center starting this Saturday, with about 20 vendors expected each week."],
      "hyde-park-farmers-market", n="local community news."),
  E("2022-11-21 10:05:33", "NATO lawmakers label Russia a terrorist state",
    ["The NATO Parliamentary Assembly, meeting in Madrid, approved a resolution declaring Russia a terrorist state and calling on allies to give Ukraine more weapons."],
    "diplomacy", "diplomacy", 2, "nato-pa-russia-terrorist-resolution", sec=["aid"]),
  E("2022-11-21 08:47:20", "Hudson Valley's Ukrainian refugees brace for first winter away from home",
    ["Families who fled the war for homes in Dutchess and Ulster counties say they are grateful to their hosts, but many worry about relatives facing blackouts back in Ukraine."],
    "other", "humanitarian", 2, "hudson-valley-ukrainian-refugees-winter"),
  OFF("2022-11-21 06:12:09", "Route 9 lane closures planned in Wappingers Falls this week",
      ["State transportation crews will close one southbound lane of Route 9 near the Wappingers Falls village line overnight through Friday for paving work."],
      "route-9-lane-closures", n="local roadworks."),
  ]))

SEEDS.append(dict(id="9808", name="9808_stargazette-live", ext="html", source="Star-Gazette", zone="America/New_York", render=r_stargazette,
  title="Ukraine live updates: Zaporizhzhia plant loses last power line; Kremlin blames sanctions for gas halt",
  byline="Tomasz Wrenn and Celia Marston", published_t="2022-09-05 06:48", updated_t="2022-09-05 19:20",
  url="https://www.stargazette.com/story/news/world/2022/09/05/ukraine-russia-live-updates/65471230007/",
  lede="Europe's largest nuclear plant was cut off from Ukraine's grid again on Monday, and Moscow said gas would not flow through Nord Stream 1 until sanctions are lifted.",
  notes="Imitates a USA TODAY network live blog on the Star-Gazette (Elmira, stargazette.com; Gannett), HTML. Newest first. Each post: a meta line with "
        "<time datetime='...-04:00'>7:20 p.m. ET</time> and the post author ABOVE the h2 headline, then the body. LiveBlogPosting JSON-LD carries each update's "
        "headline, datePublished, author and text. Page byline 'Tomasz Wrenn and Celia Marston'; per-post authors are used. "
        "Entries 01 (IAEA briefing) and 03 (power line cut) both concern the Zaporizhzhia plant but are different events.",
  not_entries=["'Skip to main content', logo, menu, Subscribe, Sign In", "label 'WORLD'", "h1 title", "page byline and 'USA TODAY'", "'Published ... | Updated ...' line",
               "share buttons", "lede paragraph 'Europe's largest nuclear plant ...'", "newsletter box", "footer links and copyright"],
  entries=[
  E("2022-09-05 19:20", "IAEA to publish findings on nuclear plant Tuesday",
    ["The head of the International Atomic Energy Agency, Rafael Grossi, will brief the U.N. Security Council on Tuesday after his inspectors' visit to the Zaporizhzhia nuclear plant, the agency said.",
     "Two IAEA experts are staying at the site."],
    "diplomacy", "diplomacy", 2, "iaea-zaporizhzhia-report-briefing", a="Celia Marston", n="Same plant as 03, different event: must not merge."),
  E("2022-09-05 16:45", "Truss wins race to lead Britain, vows continued support for Kyiv",
    ["Liz Truss will become Britain's next prime minister after winning the Conservative Party leadership contest, and Zelenskyy said he looked forward to working with her.",
     "As foreign secretary, Truss was one of the most outspoken backers of arming Ukraine."],
    "diplomacy", "diplomacy", 2, "truss-wins-uk-leadership-2022-09-05", a="Tomasz Wrenn", n="Framed by its Ukraine angle on a Ukraine blog -> diplomacy, not off-beat."),
  E("2022-09-05 14:10", "Zaporizhzhia plant disconnected from grid after shelling sparks fire",
    ["Ukraine's nuclear operator said the last working reactor at the Zaporizhzhia plant was disconnected from the grid after shelling caused a fire that damaged the remaining transmission line.",
     "The plant now relies on that reactor for its own power, Energoatom said."],
    "strikes", "strikes", 3, "zaporizhzhia-npp-last-line-cut-2022-09-05", a="Celia Marston"),
  E("2022-09-05 12:30", "Zelenskyy hints at gains, says 3 settlements freed",
    ["Zelenskyy said Ukrainian forces had recaptured three settlements, without naming them, as the military kept details of its counteroffensive secret.",
     "He thanked the units involved in his nightly address."],
    "other", "frontline", 2, "zelenskyy-three-settlements-freed", a="Tomasz Wrenn"),
  E("2022-09-05 10:05", "Kremlin: Sanctions are to blame for Nord Stream shutdown",
    ["Kremlin spokesman Dmitry Peskov said gas would not flow through the Nord Stream 1 pipeline until Western sanctions on Russia were lifted, blaming Europe for its own energy crisis.",
     "Gazprom shut the pipeline on Friday, citing a leak in a turbine."],
    "diplomacy", "diplomacy", 2, "kremlin-nord-stream-sanctions-blame", a="Celia Marston"),
  E("2022-09-05 08:20", "Shelling kills two in Donetsk region, governor says",
    ["Russian shelling killed two civilians in the Donetsk region over the past day, Gov. Pavlo Kyrylenko said, as fighting continued around Bakhmut.",
     "He again urged residents to leave."],
    "strikes", "strikes", 3, "donetsk-region-shelling-2022-09-05", a="Tomasz Wrenn"),
  E("2022-09-05 07:05", "Kherson occupation officials put referendum on hold",
    ["A Russian-installed official in the Kherson region said plans for a vote on joining Russia were paused for security reasons, as Ukrainian forces pressed an offensive in the south."],
    "other", "politics", 2, "kherson-referendum-paused-2022-09-05", a="Celia Marston"),
  ]))

SEEDS.append(dict(id="9809", name="9809_oleantimesherald-feed", ext="xml", source="Olean Times Herald", zone="America/New_York", render=r_oleanfeed,
  title="oleantimesherald.com - RSS Results in news of type article",
  notes="Imitates a BLOX/TownNews search RSS feed of the Olean Times Herald (oleantimesherald.com). Newest first. pubDate carries the paper's own offset "
        "('-0500', EST in December). dc:creator in AP member-site form 'By NAME Associated Press' (author = the name as printed); the local weather item is credited "
        "'Times Herald staff'. description = one summary paragraph; enclosure = photo. One of six items is local and off-beat.",
  not_entries=["channel title/link/description/generator/docs/ttl", "<guid>, <link> and <enclosure> of each item"],
  entries=[
  E("2022-12-04 18:40", "Kremlin: Russia won't accept Western price cap on its oil",
    ["The Kremlin said Sunday that Russia would not accept a price cap on its crude oil set by Western nations and was working out how to respond."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-oil-price-cap", a="TOMAS BRENNER"),
  E("2022-12-04 15:15", "Ukraine schedules more power cuts as repairs continue",
    ["Ukraine's grid operator said rotating blackouts would continue in most regions into next week while crews repair damage from a series of Russian missile barrages."],
    "strikes", "strikes", 2, "ukraine-power-cuts-2022-12-04", a="HANNA LYSENKO", n="Damage from strikes -> strikes."),
  OFF("2022-12-04 12:50", "Lake-effect snow warning issued for Cattaraugus County",
      ["The National Weather Service issued a lake-effect snow warning for parts of Cattaraugus and Allegany counties, with up to a foot possible in the hills south of Olean."],
      "cattaraugus-lake-effect-snow", a="Times Herald staff", n="local weather."),
  E("2022-12-04 10:30", "Macron remark on guarantees for Russia angers Ukrainian officials",
    ["Ukrainian officials criticized French President Emmanuel Macron for saying that any future peace settlement should take account of security guarantees for Russia."],
    "diplomacy", "diplomacy", 2, "macron-security-guarantees-russia-remark", a="SOPHIE MARCHAND"),
  E("2022-12-04 08:05", "Russian shelling kills 2 in Kherson",
    ["Russian forces shelled the city of Kherson on Sunday morning, killing two people and damaging a hospital, the regional administration said."],
    "strikes", "strikes", 3, "kherson-shelling-2022-12-04", a="HANNA LYSENKO"),
  E("2022-12-04 05:20", "Ukrainian military reports heavy fighting around Bakhmut",
    ["Ukraine's General Staff said its troops had repelled Russian attacks near Bakhmut and nearby villages in the Donetsk region over the past day."],
    "other", "frontline", 2, "bakhmut-fighting-2022-12-04", a="TOMAS BRENNER"),
  ]))

# =========================================================================== PART B: three multi-source days, invented outlets
KR = "kryvyi-rih-strike-2022-09-18"
OSK = "oskil-river-crossing-2022-09-18"
BID = "biden-warns-putin-wmd-2022-09-18"
D1 = ("Multi-source day 1 (UTC 2022-09-18): main story kryvyi-rih-strike-2022-09-18 on all four seeds (toll 1 -> 3 -> 4; spelled Kryvyi Rih / Kryvyy Rih / Krivoy Rog); "
      "also oskil-river-crossing-2022-09-18 (9820, 9823) and biden-warns-putin-wmd-2022-09-18 (9821, 9822).")
EXPLAINER_W = ["Pumping stations, dams and treatment plants have become frequent targets as Russia loses ground, and Ukrainian officials say the aim is to make cities in the south and east hard to live in.",
               "Damage to a single reservoir dam can flood whole districts downstream, while a hit on a pumping station can leave hundreds of thousands of people without running water.",
               "International humanitarian law protects objects indispensable to the survival of the civilian population, including drinking-water installations."]
SANCT_P = ["Canada imposed sanctions on 35 more Russian individuals, including regional governors and senior officers it accuses of involvement in the invasion, Foreign Affairs Minister M\u00e9lanie Joly said.",
           "The measures freeze any assets they hold in Canada."]

SEEDS.append(dict(id="9820", name="9820_carrowmena-textlive", ext="txt", source="Carrowmena Herald", zone="Europe/Dublin", render=r_carrowmena,
  title="Ukraine war live: Kryvyi Rih struck as Ukrainian troops cross the Oskil", dateline="Sunday 18 September 2022",
  notes="Invented Irish outlet. Text live blog, newest first, with a Key Points block listing two headlines (entries 01 and 03: key_point true). The stamp TRAILS each post: "
        "'Niamh Carberry \u00b7 22:40 IST' (author, then Irish Standard Time = UTC+1 in summer; not India). Entry 02 is the day's theme piece (explainer). "
        "Entries 04 (German launchers) and 06 (Canadian winter kit) are separate aid decisions: must not merge. " + D1,
  not_entries=["masthead, menu, Subscribe / Sign in", "cookie line", "section label 'World'", "title and date lines", "'Key Points' header and its bullets (they repeat entry headlines)",
               "'Refresh for latest updates'", "'ADVERTISEMENT'", "'Show more updates'", "footer"],
  entries=[
  E("2022-09-18 22:40", "Kryvyi Rih death toll rises to four",
    ["Four people have now died as a result of Sunday's missile strike on Kryvyi Rih, the head of the city's military administration said late in the evening.",
     "Eleven people were injured, two of them critically, and rescuers were still checking the damaged buildings."],
    "strikes", "strikes", 3, KR, a="Niamh Carberry", kp=True),
  E("2022-09-18 20:15", "Explainer: Why Russia keeps hitting Ukraine's water network", EXPLAINER_W,
    "strikes", "strikes", 2, "explainer-water-network-attacks", a="Conor Devane", n="Theme piece (explainer with body): own story, importance 2."),
  E("2022-09-18 17:05", "Ukrainian troops cross the Oskil river, military says",
    ["Ukraine's forces have crossed the Oskil river in the Kharkiv region and set up positions on its eastern bank, a military spokesman said, extending the counter-offensive that began this month.",
     "Russian troops had tried to use the river as a new defensive line."],
    "other", "frontline", 3, OSK, a="Niamh Carberry", kp=True),
  E("2022-09-18 14:50", "Germany confirms two more rocket launchers for Kyiv",
    ["Germany will deliver two additional MARS II multiple rocket launchers and 200 rockets to Ukraine, the defence ministry in Berlin confirmed.",
     "The systems are expected to arrive before the end of the year."],
    "aid", "aid", 2, "germany-mars-launchers-2022-09-18", a="Conor Devane", n="Different aid decision from Canada's winter kit (06): must not merge."),
  E("2022-09-18 13:20", "Missiles hit Kryvyi Rih, one person killed",
    ["Russian missiles struck an industrial area of Kryvyi Rih, President Zelensky's home city, at about midday local time, killing one person, regional officials said.",
     "A fire broke out at a water pumping facility nearby."],
    "strikes", "strikes", 3, KR, a="Niamh Carberry"),
  E("2022-09-18 11:05", "Canada to pay for winter kit for Ukrainian soldiers",
    ["Canada said it would fund 500,000 sets of winter clothing for Ukraine's armed forces, including parkas, boots and sleeping bags, with the first deliveries due next month."],
    "aid", "aid", 2, "canada-winter-kit-ukraine", a="Conor Devane"),
  E("2022-09-18 09:30", "Drone attack damages warehouses in Odesa port area",
    ["A Russian drone struck warehouses near Odesa's port overnight, causing a large fire but no casualties, Ukraine's southern command said.",
     "Air defences shot down two more drones over the region."],
    "strikes", "strikes", 2, "odesa-drone-attack-2022-09-18", a="Niamh Carberry", n="Different attack from Kryvyi Rih: must not merge."),
  ]))

SEEDS.append(dict(id="9821", name="9821_pickerel-ldlive", ext="html", source="Pickerel Narrows Observer", zone="America/Toronto", render=r_pickerel,
  title="Live updates: Russia-Ukraine war, Sept. 18, 2022", url="https://pickerelnarrows.example/world/live-ukraine-2022-09-18",
  lede="Follow the latest on the war in Ukraine, with reaction from Ottawa.",
  notes="Invented Canadian outlet. HTML live blog, newest first, a day divider 'Sunday, Sept. 18, 2022', each update: <time datetime='...-04:00'>7:25 p.m. ET</time> ABOVE the h2, "
        "then 'By NAME', then the body; LiveBlogPosting JSON-LD with per-update times. Spelling 'Kryvyy Rih' in its own posts. Entry 05 is a video teaser without body "
        "(importance 1). Entry 02 repeats entry 06 nearly verbatim (shorter headline, same text) and is its duplicate (duplicate_of 9821-06; in this newest-first page the "
        "repeat sits above the original). Entry 04 (dam repair, river levels) is the same place as the missile strike but a different event: must not merge. " + D1,
  not_entries=["masthead and menu", "h1 title", "standfirst", "note 'This page will be updated throughout the day.'", "day divider 'Sunday, Sept. 18, 2022'", "'By NAME' lines (author)",
               "newsletter promo", "footer"],
  entries=[
  E("2022-09-18 19:25", "Biden warns Putin against nuclear or chemical weapons",
    ["U.S. President Joe Biden warned Vladimir Putin not to use tactical nuclear or chemical weapons in Ukraine, saying it would change the face of the war and bring a consequential response.",
     "Biden made the comments in a television interview broadcast on Sunday evening."],
    "diplomacy", "diplomacy", 3, BID, a="Gabrielle Thibodeau"),
  E("2022-09-18 16:30", "Ottawa adds 35 Russians to sanctions list", SANCT_P,
    "diplomacy", "diplomacy", 1, "canada-sanctions-35-russians-2022-09-18", a="Gabrielle Thibodeau", dup="9821-06", n="Near-verbatim repeat of 9821-06 -> importance 1."),
  E("2022-09-18 15:10", "Kryvyy Rih toll climbs to three as crews search rubble",
    ["Three people are now known to have died in the missile attack on Kryvyy Rih, and rescue crews were still clearing debris from a damaged office building on Sunday afternoon, Ukrainian officials said.",
     "Part of the city's water supply was cut after a pumping station caught fire."],
    "strikes", "strikes", 3, KR, a="Owen Tremblay"),
  E("2022-09-18 13:45", "Water levels fall in Kryvyi Rih river after dam repair",
    ["Engineers finished temporary repairs to a reservoir dam near Kryvyi Rih that was breached by Russian missiles earlier in the week, and the level of the Inhulets river is now falling, local officials said.",
     "About 100 homes along the river were flooded."],
    "other", "humanitarian", 2, "kryvyi-rih-dam-repair-2022-09-18", a="Owen Tremblay", n="Same city as the strike, different event (last week's dam breach): must not merge."),
  E("2022-09-18 11:30", "Watch: Smoke rises over Kryvyy Rih after missile strike", [],
    "strikes", "strikes", 1, KR, n="Video teaser without body -> importance 1."),
  E("2022-09-18 09:20", "Ottawa adds 35 Russian officials to sanctions list", SANCT_P,
    "diplomacy", "diplomacy", 2, "canada-sanctions-35-russians-2022-09-18", a="Gabrielle Thibodeau"),
  ]))

SEEDS.append(dict(id="9822", name="9822_ostrand-worldrss", ext="xml", source="Ostrand Global Desk", zone="UTC", render=r_worldrss, rfc="GMT",
  title="Ostrand Global Desk | World", url="https://ostrand.example", desc="Top world stories, around the clock",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, no authors; four of six items are off-beat (Fiona, the Queen's lying-in-state queue, "
        "Typhoon Nanmadol, the Kyrgyz-Tajik truce). Spelling 'Krivoy Rog'; its toll (one dead) is the earliest of the day. " + D1,
  not_entries=["channel title/link/description/language", "<category> and <guid> values"],
  entries=[
  E("2022-09-18 23:50", "Biden tells Putin: don't use nuclear or chemical arms",
    ["US President Joe Biden has warned his Russian counterpart against resorting to weapons of mass destruction in Ukraine, saying the US response would be consequential.",
     "He gave no details of what such a response would involve."],
    "diplomacy", "diplomacy", 3, BID),
  OFF("2022-09-18 21:30", "Fiona knocks out power across Puerto Rico",
      ["Hurricane Fiona made landfall on the south-west coast of Puerto Rico, bringing torrential rain and leaving the island's entire electricity grid down."],
      "hurricane-fiona-puerto-rico", n="weather."),
  OFF("2022-09-18 17:15", "Queue to see the Queen's coffin closes",
      ["Officials closed the queue for the Queen's lying-in-state in Westminster Hall on Sunday evening, after hundreds of thousands of people had filed past the coffin over four days."],
      "queen-lying-in-state-queue", n="UK royal funeral."),
  OFF("2022-09-18 13:05", "Typhoon Nanmadol hits southern Japan",
      ["One of the strongest typhoons to hit Japan in years made landfall on the southern island of Kyushu, where millions of people were told to seek shelter."],
      "typhoon-nanmadol-kyushu", n="weather."),
  E("2022-09-18 10:25", "Missile strike on Krivoy Rog kills one",
    ["A Russian missile attack on the central Ukrainian city of Krivoy Rog killed at least one person, regional governor Valentyn Reznichenko said."],
    "strikes", "strikes", 3, KR),
  OFF("2022-09-18 07:40", "Kyrgyz-Tajik ceasefire holds after border fighting",
      ["A ceasefire between Kyrgyzstan and Tajikistan held for a second day after clashes on their disputed border that killed dozens of people."],
      "kyrgyz-tajik-border-ceasefire", n="Central Asian border conflict, not this war."),
  ]))

SEEDS.append(dict(id="9823", name="9823_dunajec-article", ext="html", source="Dunajec Morning Post", zone="Europe/Warsaw", render=r_dunajec,
  title="Kryvyi Rih counts its dead as Ukraine pushes beyond the Oskil", dateline_t="2022-09-18 21:30", byline="Agnieszka Wilk",
  lede="Ukraine's advance in the north-east continued on Sunday while a Russian missile attack killed civilians in the centre of the country.",
  notes="Invented Polish English-language outlet. HTML article (not a live blog) with four h2 sections, one entry each; stamp null; published = the visible dateline "
        "'18.09.2022, 21:30' (Warsaw CEST, UTC+2), which the NewsArticle JSON-LD datePublished confirms; page byline as author. The lead paragraph is not an entry. " + D1,
  not_entries=["cookie consent line", "masthead and menu", "h1 title", "byline and dateline line", "bold lead paragraph", "tags line", "'See also' box", "footer"],
  entries=[
  E("2022-09-18 21:30", "Three dead in Kryvyi Rih",
    ["At least three people were killed when Russian missiles hit Kryvyi Rih on Sunday, Ukrainian officials said, in the latest attack on the industrial city in the Dnipropetrovsk region.",
     "A water pumping facility was among the sites hit."],
    "strikes", "strikes", 3, KR, a="Agnieszka Wilk"),
  E("2022-09-18 21:30", "Ukrainian units across the Oskil",
    ["Ukraine's general staff said its troops were holding positions on the left bank of the Oskil river, which Russian commanders had hoped to turn into a new defensive line after retreating from most of the Kharkiv region."],
    "other", "frontline", 3, OSK, a="Agnieszka Wilk"),
  E("2022-09-18 21:30", "Kremlin says aims unchanged",
    ["The Kremlin said the goals of what it calls its special military operation remained the same despite the recent setbacks in the north-east.",
     "A spokesman said there were no plans for a general mobilisation."],
    "other", "politics", 2, "kremlin-aims-unchanged-2022-09-18", a="Agnieszka Wilk"),
  E("2022-09-18 21:30", "Polish volunteers drive ambulances east",
    ["A convoy of twelve used ambulances bought by Polish volunteers left Rzesz\u00f3w for the Kharkiv region on Sunday, the organisers said.",
     "The group has delivered more than 60 vehicles since March."],
    "aid", "aid", 2, "polish-volunteer-ambulances-kharkiv", a="Agnieszka Wilk"),
  ]))

NPP = "south-ukraine-npp-strike-2022-09-19"
DON = "donetsk-market-shelling-2022-09-19"
REF = "luhansk-donetsk-referendum-calls-2022-09-19"
BIL = "bilohorivka-retaken-2022-09-19"
D2 = ("Multi-source day 2 (UTC 2022-09-19, day 1 + 1): main story south-ukraine-npp-strike-2022-09-19 on all four seeds (spelled South Ukraine / Pivdennoukrainsk / Yuzhnoukrainsk; "
      "details grow from 'a blast' to '300 metres from the reactors, over a hundred windows, three lines'); also donetsk-market-shelling-2022-09-19 (9830, 9833), "
      "luhansk-donetsk-referendum-calls-2022-09-19 (9830, 9831), bilohorivka-retaken-2022-09-19 (9831, 9832) and the day-1 story kryvyi-rih-strike-2022-09-18 continued "
      "with a new development (fifth death, mourning: 9831-01, 9832-02). 9832-04 re-posts day 1's explainer 9820-02.")

SEEDS.append(dict(id="9830", name="9830_pickerel-ldlive", ext="html", source="Pickerel Narrows Observer", zone="America/Toronto", render=r_pickerel,
  title="Live updates: Russia-Ukraine war, Sept. 19, 2022", url="https://pickerelnarrows.example/world/live-ukraine-2022-09-19",
  lede="Our live coverage continues with news of a missile strike near a Ukrainian nuclear plant.",
  notes="Invented Canadian outlet (same layout as 9821). Newest first with day dividers: the page opened on Sunday evening ET, so the bottom post (9:15 p.m. ET under "
        "'Sunday, Sept. 18, 2022') is on 18 September local but 19 September UTC (01:15 Z); all posts are on UTC 19 September. Entry 02 is the day's theme piece "
        "(analysis). Entries 03 (the referendum calls) and 02 (analysis of them) are separate stories; 01/04 (Donetsk market) and 05/06 (nuclear plant) are different "
        "strikes: must not merge. " + D2,
  not_entries=["masthead and menu", "h1 title", "standfirst", "note line", "day dividers 'Monday, Sept. 19, 2022' and 'Sunday, Sept. 18, 2022'", "'By NAME' lines (author)", "newsletter promo", "footer"],
  entries=[
  E("2022-09-19 18:30", "Kyiv denies shelling Donetsk market",
    ["Ukraine's military rejected claims by Moscow-installed officials that its artillery hit a market in the city of Donetsk, saying Ukrainian forces do not target civilians.",
     "Neither side's account could be verified."],
    "strikes", "strikes", 3, DON, a="Owen Tremblay", n="Denial about the attack itself -> same story, strikes."),
  E("2022-09-19 15:40", "Analysis: Why the Kremlin's proxies suddenly want referendums",
    ["The calls for snap votes in Russian-held parts of Ukraine came days after a rapid Ukrainian advance in the north-east, and analysts see them as an attempt to lock in territorial gains before more land is lost.",
     "If Moscow declared the regions part of Russia, it could present any Ukrainian attack there as an attack on Russia itself."],
    "other", "politics", 2, "analysis-referendum-push-2022-09-19", a="Gabrielle Thibodeau", n="Theme piece (analysis with body): own story, importance 2."),
  E("2022-09-19 12:05", "Proxy leaders in Luhansk, Donetsk call for quick referendums",
    ["Russian-backed bodies in the Luhansk and Donetsk regions urged their leaders to hold votes on joining Russia as soon as possible, in an apparently coordinated push.",
     "Ukraine and its allies say any such vote would be illegitimate."],
    "other", "politics", 3, REF, a="Gabrielle Thibodeau"),
  E("2022-09-19 09:50", "Moscow-installed officials say 13 killed at Donetsk market",
    ["Shelling killed 13 people, including a child, at a market in the city of Donetsk on Monday, according to the Russian-installed administration, which blamed Ukrainian forces.",
     "Photos posted by local officials showed bodies near damaged stalls."],
    "strikes", "strikes", 3, DON, a="Owen Tremblay"),
  E("2022-09-19 06:15", "Missile lands 300 metres from reactors at South Ukraine nuclear plant",
    ["A Russian missile exploded about 300 metres from the reactors of the South Ukraine nuclear power plant in the Mykolaiv region, damaging buildings and power lines, Ukraine's nuclear operator Energoatom said.",
     "The plant's three reactors kept working normally."],
    "strikes", "strikes", 3, NPP, a="Owen Tremblay"),
  E("2022-09-18 21:15", "Energoatom reports blast near nuclear plant in south",
    ["Ukraine's state nuclear company says a Russian missile struck close to the South Ukraine nuclear power plant early on Monday local time.",
     "It gave no details of any damage."],
    "strikes", "strikes", 3, NPP, a="Gabrielle Thibodeau", n="Local 18 Sept 9:15 p.m. EDT = 01:15 UTC 19 Sept."),
  ]))

SEEDS.append(dict(id="9831", name="9831_psel-atom", ext="xml", source="Psel Valley Bulletin", zone="Europe/Kyiv", render=r_atom,
  title="Psel Valley Bulletin \u2014 News in English", url="https://psel-valley.example/en",
  notes="Invented Ukrainian English-language outlet. Atom 1.0 feed, newest first, <published> with +03:00 (Kyiv EEST), escaped HTML content, per-entry <author>. "
        "Entry 03 ('Photos: ...') has no content: teaser, importance 1. Entry 04 repeats entry 05 nearly verbatim (headline trimmed, same text): duplicate_of 9831-05. "
        "Entry 01 continues the day-1 Kryvyi Rih story with a new development (fifth death, mourning) and keeps its slug. Spelling 'Pivdennoukrainsk'. " + D2,
  not_entries=["feed title/link/id/updated", "<id> and <updated> of each entry"],
  entries=[
  E("2022-09-19 23:35", "Kryvyi Rih death toll reaches five; city declares mourning",
    ["A fifth person has died of injuries suffered in Sunday's missile strike on Kryvyi Rih, the city's military administration said, and two days of mourning were declared.",
     "Officials said the pumping station that was hit would be repaired within a week."],
    "strikes", "strikes", 3, KR, a="Oksana Levchuk", n="Continuation of day-1 story with a new development; keeps the day-1 slug."),
  E("2022-09-19 19:10", "Foreign ministry: 'referendums' in occupied east would be null and void",
    ["Ukraine's foreign ministry said any votes organised by Russia in occupied territory would have no legal force and would not change Ukraine's borders.",
     "It urged partners to respond with new sanctions."],
    "other", "politics", 3, REF, a="Taras Hnatiuk", n="Reaction to the referendum calls -> same story."),
  E("2022-09-19 15:25", "Photos: The crater near Pivdennoukrainsk reactor halls", [],
    "strikes", "strikes", 1, NPP, n="Photo teaser without body -> importance 1."),
  E("2022-09-19 11:40", "Blast near Pivdennoukrainsk reactors damages plant buildings",
    ["A missile blast 300 metres from the reactors of the Pivdennoukrainsk nuclear plant shattered more than a hundred windows and briefly knocked out three high-voltage lines, Energoatom said.",
     "A hydroelectric plant nearby was also damaged."],
    "strikes", "strikes", 1, NPP, a="Oksana Levchuk", dup="9831-05", n="Near-verbatim repeat of 9831-05 -> importance 1."),
  E("2022-09-19 09:55", "Blast near Pivdennoukrainsk reactors damages buildings, Energoatom says",
    ["A missile blast 300 metres from the reactors of the Pivdennoukrainsk nuclear plant shattered more than a hundred windows and briefly knocked out three high-voltage lines, Energoatom said.",
     "A hydroelectric plant nearby was also damaged."],
    "strikes", "strikes", 3, NPP, a="Oksana Levchuk"),
  E("2022-09-19 07:30", "Ukrainian forces retake Bilohorivka in Luhansk region",
    ["Ukrainian troops have taken full control of the village of Bilohorivka in the Luhansk region, the regional governor said, and are preparing to push further east.",
     "Russia had claimed the whole of the Luhansk region in early July."],
    "other", "frontline", 3, BIL, a="Taras Hnatiuk"),
  ]))

SEEDS.append(dict(id="9832", name="9832_carrowmena-textlive", ext="txt", source="Carrowmena Herald", zone="Europe/Dublin", render=r_carrowmena,
  title="Ukraine war live: Missile hits near nuclear plant; Erdogan says Putin wants a quick end", dateline="Monday 19 September 2022",
  notes="Invented Irish outlet (same layout as 9820, no Key Points today). Newest first; trailing stamps 'Name \u00b7 HH:MM IST' (Irish Standard Time, UTC+1). "
        "Entry 04 re-posts day 1's explainer (9820-02) unchanged: importance 1, story kept. Entry 02 continues the day-1 Kryvyi Rih story (fifth death). "
        "Spelling 'Yuzhnoukrainsk' in 03. " + D2,
  not_entries=["masthead, menu, Subscribe / Sign in", "cookie line", "section label 'World'", "title and date lines", "'Refresh for latest updates'", "'ADVERTISEMENT'",
               "'Show more updates'", "footer"],
  entries=[
  E("2022-09-19 22:50", "Erdogan says Putin wants to end the war soon",
    ["Turkish President Recep Tayyip Erdogan said Vladimir Putin had told him he wanted to end the war as soon as possible, and that occupied land would be handed back under a settlement.",
     "Erdogan spoke to an American broadcaster in New York, where world leaders are gathering for the UN General Assembly."],
    "diplomacy", "diplomacy", 3, "erdogan-putin-end-war-remarks", a="Conor Devane", n="Head-of-state diplomatic statement -> 3."),
  E("2022-09-19 20:05", "Kryvyi Rih: fifth victim dies in hospital",
    ["A man injured in Sunday's attack on Kryvyi Rih has died in hospital, bringing the number of dead to five, regional officials said.",
     "The city will observe two days of mourning."],
    "strikes", "strikes", 3, KR, a="Niamh Carberry", n="Continuation of day-1 story with a new development; keeps the day-1 slug."),
  E("2022-09-19 18:30", "IAEA says Yuzhnoukrainsk blast did not affect reactor safety",
    ["The International Atomic Energy Agency said Ukrainian authorities had told it that the three reactors at the plant near Yuzhnoukrainsk kept operating normally after the missile blast.",
     "Its director general repeated his call for a protection zone around nuclear sites."],
    "strikes", "strikes", 3, NPP, a="Niamh Carberry", n="Reaction whose content is the strike itself -> same story."),
  E("2022-09-19 15:15", "Explainer: Why Russia keeps hitting Ukraine's water network", EXPLAINER_W,
    "strikes", "strikes", 1, "explainer-water-network-attacks", a="Conor Devane", n="Re-post of day-1 entry 9820-02 (same headline and text) -> importance 1."),
  E("2022-09-19 12:40", "Missile blast rocks South Ukraine nuclear plant",
    ["A Russian missile exploded within a few hundred metres of the reactors at the South Ukraine nuclear power plant in the early hours, the Ukrainian operator Energoatom said.",
     "Windows were blown out across the site, but the reactors were not hit."],
    "strikes", "strikes", 3, NPP, a="Niamh Carberry"),
  E("2022-09-19 10:10", "Clare centre to house 300 Ukrainian arrivals",
    ["A former hotel in Co Clare will reopen this week as a reception centre for up to 300 people fleeing the war in Ukraine, the Department of Integration said.",
     "More than 50,000 Ukrainians have arrived in Ireland since the invasion."],
    "other", "humanitarian", 2, "clare-reception-centre-ukrainians", a="Conor Devane"),
  E("2022-09-19 08:25", "Bilohorivka back in Ukrainian hands, governor says",
    ["The Luhansk regional governor said Ukrainian forces now fully control Bilohorivka, a village on the Siverskyi Donets river that had been fought over for months.",
     "He called it the first step towards freeing the rest of the region."],
    "other", "frontline", 3, BIL, a="Niamh Carberry"),
  ]))

SEEDS.append(dict(id="9833", name="9833_sahyadri-worldrss", ext="xml", source="Sahyadri World Wire", zone="Asia/Kolkata", render=r_worldrss, rfc="+0530",
  title="Sahyadri World Wire - International", url="https://sahyadri-wire.example", desc="International news from our Pune desk",
  notes="Invented Indian outlet. General world-news RSS 2.0 feed, newest first, pubDate with +0530 (IST, India); four of six items off-beat (Fiona, the Queen's funeral, Sensex, "
        "Nanmadol). The top item is dated 20 September local (02:10 IST) but is 19 September UTC: the feed crosses local midnight. Spelling 'Yuzhnoukrainsk'. " + D2,
  not_entries=["channel title/link/description/language", "<category> and <guid> values"],
  entries=[
  OFF("2022-09-20 02:10", "Fiona pounds Dominican Republic after leaving Puerto Rico in the dark",
      ["Hurricane Fiona made landfall in the eastern Dominican Republic after knocking out power to all of Puerto Rico, where officials reported severe flooding."],
      "hurricane-fiona-dominican-republic", n="weather; local 20 Sept, UTC 19 Sept."),
  OFF("2022-09-19 22:15", "Queen Elizabeth II laid to rest at Windsor",
      ["Britain's longest-reigning monarch was buried at St George's Chapel in Windsor after a state funeral at Westminster Abbey attended by leaders from around the world."],
      "queen-elizabeth-funeral", n="UK royal funeral."),
  E("2022-09-19 19:30", "13 killed in shelling of Donetsk market, say Moscow-installed officials",
    ["Shelling killed 13 people at a market in the Russian-held city of Donetsk, officials installed by Moscow said, accusing Ukraine of carrying out the attack."],
    "strikes", "strikes", 3, DON),
  OFF("2022-09-19 15:45", "Sensex ends four-day slide",
      ["India's benchmark share index rose more than 300 points as banking and metal stocks recovered ahead of the US Federal Reserve's policy meeting this week."],
      "sensex-2022-09-19", n="markets."),
  E("2022-09-19 12:20", "Missile strikes near Yuzhnoukrainsk nuclear plant in Ukraine",
    ["A Russian missile hit the grounds of the nuclear power plant near Yuzhnoukrainsk in southern Ukraine, about 300 metres from its reactors, according to the Ukrainian operator."],
    "strikes", "strikes", 3, NPP),
  OFF("2022-09-19 08:05", "Typhoon Nanmadol heads north towards Tokyo",
      ["Typhoon Nanmadol weakened as it moved across western Japan towards the Tokyo region, after killing at least two people on Kyushu."],
      "typhoon-nanmadol-tokyo", n="weather."),
  ]))

DB = "shoigu-dirty-bomb-claim-2022-10-23"
KH = "kherson-evacuation-order-2022-10-23"
D3 = ("Multi-source day 3 (UTC 2022-10-23): main story shoigu-dirty-bomb-claim-2022-10-23 on all four seeds (calls count 1 -> 3 -> 4, then the joint Western rejection, "
      "a reaction in the same story; spelled Shoigu / Shoygu, Sergei / Sergey); also kherson-evacuation-order-2022-10-23 (9841, 9842, 9843).")

SEEDS.append(dict(id="9840", name="9840_glimmerholt-worldatom", ext="xml", source="Glimmerholt International", zone="UTC", render=r_atom,
  title="Glimmerholt International \u2014 World", url="https://glimmerholt.example",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in Z, no authors; four of six entries off-beat (Johnson withdraws, Verstappen, Meloni, Xi). " + D3,
  not_entries=["feed title/link/id/updated", "<id> and <updated> of each entry"],
  entries=[
  E("2022-10-23 21:55", "Western powers reject Moscow's dirty bomb claim",
    ["Britain, France and the United States said in a joint statement that they rejected Russia's claim that Ukraine was preparing to use a dirty bomb, and warned Moscow against using it as a pretext for escalation."],
    "diplomacy", "diplomacy", 3, DB, n="Reaction whose content is the claim itself -> same story."),
  OFF("2022-10-23 21:40", "Johnson pulls out of race to return as UK prime minister",
      ["Boris Johnson said he would not stand in the Conservative leadership contest, clearing the way for Rishi Sunak to become prime minister."],
      "johnson-withdraws-tory-race", n="UK politics."),
  OFF("2022-10-23 20:55", "Verstappen wins United States Grand Prix",
      ["Max Verstappen won the Formula One race in Austin, Texas, equalling the record for the most victories in a single season."],
      "us-grand-prix-2022", n="sport."),
  E("2022-10-23 13:05", "Shoigu tells Western counterparts Kyiv could use 'dirty bomb'",
    ["Russian Defence Minister Sergei Shoigu told his French, Turkish and British counterparts in separate phone calls that Ukraine might use a radioactive dirty bomb, without offering evidence."],
    "diplomacy", "diplomacy", 3, DB),
  OFF("2022-10-23 11:20", "Meloni holds first cabinet meeting",
      ["Italy's new prime minister Giorgia Meloni chaired her government's first cabinet meeting in Rome, a day after being sworn in."],
      "meloni-first-cabinet-meeting", n="Italian politics."),
  OFF("2022-10-23 04:10", "Xi unveils new leadership team stacked with allies",
      ["Chinese leader Xi Jinping secured a third term as head of the Communist Party and presented a new Politburo Standing Committee made up largely of his close allies."],
      "xi-new-politburo-standing-committee", n="Chinese politics."),
  ]))

SEEDS.append(dict(id="9841", name="9841_coolabah-textlive", ext="txt", source="Coolabah Reach Times", zone="Australia/Sydney", render=r_coolabah,
  title="Russia-Ukraine war live: Moscow alleges 'dirty bomb' plot; Kherson told to leave", dateline="Sunday 23 October 2022",
  notes="Invented Australian outlet. Text live blog, OLDEST first; 'All times AEDT' (UTC+11); each post: a bare '7.40pm' line BEFORE the headline, the body, then "
        "'Reporting by NAME'. The blog runs past local midnight: a divider 'Monday 24 October' (no year) precedes the 1.30am post; all posts are on UTC 23 October. "
        "Entry 04 is the day's theme piece (explainer). Entry 05 (Beryslav shelling) is in the same region as the Kherson evacuation but a different event: must not merge. "
        "Spelling 'Shoygu'/'Sergey'. Entry 07 (Bushmasters) is a different aid item from 9843's IRIS-T pledge: must not merge. " + D3,
  not_entries=["masthead and menu", "title and date lines", "'All times AEDT'", "day divider 'Monday 24 October'", "'Reporting by' lines (author)", "subscription plug",
               "'This blog has now closed.' and footer"],
  entries=[
  E("2022-10-23 19:40", "Shoygu phones French defence minister about 'dirty bomb'",
    ["Russia's Defence Minister Sergey Shoygu has told his French counterpart that Moscow is worried about possible provocations by Kyiv involving a so-called dirty bomb, according to Russian news agencies.",
     "France's defence ministry confirmed the call took place but did not comment on what was said."],
    "diplomacy", "diplomacy", 3, DB, a="Mia Tregear"),
  E("2022-10-23 21:15", "Kherson's Moscow-installed chief urges residents to leave",
    ["The Russian-installed head of the Kherson region has told all civilians in the city of Kherson to cross to the eastern bank of the Dnipro river as soon as possible, citing the threat of a Ukrainian offensive.",
     "He said boats would run throughout the day."],
    "other", "humanitarian", 3, KH, a="Sam Okafor"),
  E("2022-10-23 22:50", "Shoygu also calls Turkish, British counterparts",
    ["Shoygu held separate calls with Turkey's Hulusi Akar and Britain's Ben Wallace, the Russian defence ministry said, repeating the same allegation in each.",
     "It is the second time in three days he has spoken to Wallace."],
    "diplomacy", "diplomacy", 3, DB, a="Mia Tregear"),
  E("2022-10-23 23:55", "Explainer: What is a dirty bomb?",
    ["A dirty bomb is a conventional explosive packed with radioactive material, designed to spread contamination over an area rather than to cause a nuclear blast.",
     "Experts say its main effect is usually fear and disruption, because the radiation released is typically too weak to cause many deaths.",
     "Such a device is far simpler to build than a nuclear weapon."],
    "other", "security", 2, "explainer-dirty-bomb", a="Sam Okafor", n="Theme piece (explainer with body): own story, importance 2."),
  E("2022-10-24 01:30", "Two killed by shelling in Beryslav",
    ["Russian shelling killed two people in Beryslav, a Ukrainian-held town upriver from Kherson, the regional military administration said.",
     "Several houses and a school building were damaged."],
    "strikes", "strikes", 3, "beryslav-shelling-2022-10-23", a="Sam Okafor", n="Local 24 Oct 1.30am = 14:30 UTC 23 Oct. Same region as the Kherson evacuation, different event."),
  E("2022-10-24 04:20", "Shoygu raises claim with Pentagon chief Austin",
    ["US Defense Secretary Lloyd Austin spoke with Shoygu for the second time in three days, and a Pentagon spokesman said Austin rejected any pretext for escalation.",
     "Shoygu has now raised the dirty bomb allegation with four NATO defence ministers."],
    "diplomacy", "diplomacy", 3, DB, a="Mia Tregear"),
  E("2022-10-24 09:05", "More Australian Bushmasters arrive in Ukraine",
    ["A further batch of Australian-built Bushmaster armoured vehicles has been delivered to Ukraine, Defence Minister Richard Marles said.",
     "Australia has now sent about 90 of the vehicles since April."],
    "aid", "aid", 2, "australia-bushmasters-delivery", a="Sam Okafor"),
  ]))

SEEDS.append(dict(id="9842", name="9842_hatherwick-htmllive", ext="html", source="Hatherwick Live", zone="Europe/London", render=r_hatherwick,
  title="Ukraine war live: UK, US and France reject Russian 'dirty bomb' claim",
  lede="Russia's defence minister phoned four Nato counterparts with an allegation that Kyiv's allies dismissed as false; residents queue to leave Kherson.",
  notes="Invented British outlet. HTML live blog, newest first, NO JSON-LD; a Key Points box lists the headlines of entries 01 and 04 (key_point true). Each block: full stamp "
        "'Sun 23 Oct 2022 22.45 BST' in <p class='block-time'> above the h3, then the body, then a '\u2014 Name' signature (author). Entry 03 ('Video: ...') is a teaser without "
        "body. Entry 05 repeats entry 06 nearly verbatim (duplicate_of 9842-06; the repeat sits above the original on this newest-first page). " + D3,
  not_entries=["cookie consent line", "masthead and menu", "h1 title", "standfirst", "'Key Points' box (repeats entry headlines)", "'Read more' aside", "'\u2014 Name' signature lines (author)",
               "'Older posts'", "footer"],
  entries=[
  E("2022-10-23 22:45", "UK, US and France dismiss Russia's dirty bomb allegation",
    ["The foreign ministers of the UK, US and France said Russia's claim that Ukraine was planning to detonate a dirty bomb on its own territory was false, and that the world would see through any attempt to use it as a pretext.",
     "The three governments restated their support for Ukraine."],
    "diplomacy", "diplomacy", 3, DB, a="Jonah Whitcombe", kp=True, n="Reaction whose content is the claim itself -> same story."),
  E("2022-10-23 19:10", "Kyiv: Kherson evacuation amounts to forced deportation",
    ["Ukrainian officials said the evacuation ordered by the Moscow-installed authorities in Kherson was a forced deportation of civilians, and urged residents to avoid Russian troops where they could.",
     "Ukraine's forces have been advancing towards the city for weeks."],
    "other", "humanitarian", 3, KH, a="Priya Lanham"),
  E("2022-10-23 16:30", "Video: Residents queue for boats across the Dnipro", [],
    "other", "humanitarian", 1, KH, n="Video teaser without body -> importance 1."),
  E("2022-10-23 14:20", "Wallace rebuts Shoigu in phone call",
    ["Defence Secretary Ben Wallace told Sergei Shoigu that he disputed the Russian claim of a planned dirty bomb attack and warned that it must not be used as an excuse for escalation, the Ministry of Defence said.",
     "The call was requested by the Russian side."],
    "diplomacy", "diplomacy", 3, DB, a="Jonah Whitcombe", kp=True),
  E("2022-10-23 13:00", "Air force: 16 Shahed drones downed overnight",
    ["Ukraine's air force said it shot down 16 Iranian-made Shahed drones overnight, most of them over the south and centre of the country.",
     "Some energy facilities were still hit, regional officials said."],
    "strikes", "strikes", 1, "shahed-drones-downed-2022-10-23", a="Priya Lanham", dup="9842-06", n="Near-verbatim repeat of 9842-06 -> importance 1."),
  E("2022-10-23 11:05", "Air force says 16 drones shot down overnight",
    ["Ukraine's air force said it shot down 16 Iranian-made Shahed drones overnight, most of them over the south and centre of the country.",
     "Some energy facilities were still hit, regional officials said."],
    "strikes", "strikes", 2, "shahed-drones-downed-2022-10-23", a="Priya Lanham", n="Interceptions without casualties, one seed -> 2."),
  ]))

SEEDS.append(dict(id="9843", name="9843_lahnbrueck-article", ext="txt", source="Lahnbrück Courier", zone="Europe/Berlin", render=r_lahnbrueck,
  title="Russia's 'dirty bomb' claim alarms allies as Kherson empties", dateline_t="2022-10-23 18:40", byline="Lena Hartkopf",
  lede="Moscow's defence minister spent Sunday on the phone to Western capitals, while occupation officials in the south ordered civilians out of Kherson.",
  more="Germany's air-defence deliveries: what has arrived so far",
  notes="Invented German outlet, English edition. Text article with four section headings; one entry per section, stamp null, published = the dateline "
        "'23.10.2022 | 18:40 CEST' (UTC+2); page byline as author. Section 03 (German IRIS-T pledge) and 9841-07 (Australian Bushmasters) are different aid items: must not merge. " + D3,
  not_entries=["outlet name line and menu", "title line", "byline and dateline lines", "lede paragraph", "share line", "'Related: ...' link", "copyright line"],
  entries=[
  E("2022-10-23 18:40", "Moscow's allegation",
    ["In a series of calls on Sunday, Russia's defence minister Sergei Shoigu told the French, Turkish and British defence ministers that Ukraine could be preparing a provocation with a dirty bomb.",
     "Kyiv called the claim absurd and said Russia itself might be planning such an attack."],
    "diplomacy", "diplomacy", 3, DB, a="Lena Hartkopf"),
  E("2022-10-23 18:40", "Kherson residents told to go",
    ["The Moscow-installed authorities in Kherson told all civilians to leave the city immediately, and thousands were reported to be queuing for boats to the left bank of the Dnipro."],
    "other", "humanitarian", 3, KH, a="Lena Hartkopf"),
  E("2022-10-23 18:40", "Berlin promises more air defence",
    ["German Defence Minister Christine Lambrecht said further IRIS-T air-defence systems would follow the first one delivered this month, responding to the wave of Russian attacks on Ukrainian cities.",
     "Germany has also pledged more anti-drone equipment."],
    "aid", "aid", 2, "germany-iris-t-air-defence-pledge-2022-10-23", a="Lena Hartkopf"),
  E("2022-10-23 18:40", "Power restored in western regions",
    ["Ukrainian energy companies restored electricity to most households in the west of the country after Saturday's strikes, although scheduled outages remain in place in several regions."],
    "strikes", "strikes", 2, "ukraine-power-restoration-2022-10-23", a="Lena Hartkopf", n="Aftermath of strikes -> strikes; not the drones-downed story of 9842."),
  ]))

# =========================================================================== published_basis wording per renderer
BASIS = {
  "r_poststar": "relative card time '{s}' inside <time datetime> (exact instant, -04:00) on a page rendered about 20:10 EDT; US Eastern implied by the paper (EDT = UTC-4)",
  "r_watertown": "time line '{s}' under '(all times local)' with a KYIV dateline = Kyiv time (EEST, UTC+3); date from the page date 'Jul 16, 2022' and newest-first order (local {d})",
  "r_pressconnects": "no per-section time; the article line 'Published 4:48 p.m. ET Aug. 4, 2022' (EDT = UTC-4) used for every section; JSON-LD datePublished agrees",
  "r_uticaod": "stamp '{s}' after the headline; date from the header 'Published ... June 9, 2022 | Updated ... June 10, 2022' and newest-first order across local midnight (local {d}); EDT = UTC-4",
  "r_ithaca": "stamp '{s}': East Coast time (implied by the paper; the Kyiv time in parentheses confirms EDT = UTC-4); date from 'Published 6:40 p.m. ET May 21, 2022'",
  "r_gazette": "visible '{s}' in <time datetime> (-04:00) on the page dated 'June 2, 2022'; Eastern time implied by the paper; JSON-LD update time agrees",
  "r_recordonline": "stamp '{s}' (AP style, no year: parse_args --date 2022-10-25); Eastern time from the header's 'ET' (EDT = UTC-4)",
  "r_pjfeed": "pubDate '{s}' (explicit GMT, seconds kept)",
  "r_stargazette": "stamp '{s}' in <time datetime> (-04:00); JSON-LD update time agrees",
  "r_oleanfeed": "pubDate '{s}' (explicit -0500, EST)",
  "r_carrowmena": "trailing stamp '{s}' (Irish Standard Time = UTC+1) on the page date {d}",
  "r_pickerel": "stamp '{s}' in <time datetime> (-04:00) under the day divider for {d}; JSON-LD update time agrees",
  "r_worldrss": "pubDate '{s}' (explicit zone)",
  "r_dunajec": "no per-section time; the article dateline '18.09.2022, 21:30' (Warsaw, CEST = UTC+2) used for every section; JSON-LD datePublished agrees",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_coolabah": "stamp '{s}' under 'All times AEDT' (UTC+11); date from the page date and the day divider, oldest-first order (local {d})",
  "r_hatherwick": "full stamp '{s}' (BST = UTC+1)",
  "r_lahnbrueck": "no per-section time; the dateline '23.10.2022 | 18:40 CEST' (UTC+2) used for every section",
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
            fs = first_sentence(e["p"][0]) if e["p"] else None
            assert fs is None or len(fs) > 30, (S["id"], i, fs)
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d")),
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

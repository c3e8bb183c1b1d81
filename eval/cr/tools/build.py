#!/usr/bin/env python3
"""Builds eval/cr seeds and gold files from one hand-written data table (further down).
All news text is the blind tester's own wording (invented or paraphrased); Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/cr/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None, **kw):
    e = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    e.update(kw)
    return e


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par)
    fs = par[:m.end()] if m else par
    assert not re.search(r"\.\s", fs), "abbreviation inside a first sentence: " + fs
    return fs


def esc(s):
    return html.escape(s, quote=False)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def aptime(d):  # AP style clock: 9:12 p.m. (never on the hour in this set)
    assert d.minute != 0, "AP-style stamps avoid on-the-hour times here"
    return f"{d.hour % 12 or 12}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'}"


def apdate(d, year=True):
    return f"{AP_MONTHS[d.month - 1]} {d.day}" + (f", {d.year}" if year else "")


def ampm_uk(d):  # 3.40pm
    return f"{d.hour % 12 or 12}.{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"


def _order(S, newest):
    ts = [e["t"] for e in S["entries"]]
    assert ts == sorted(ts, reverse=newest), f"{S['id']}: entries must be listed {'newest' if newest else 'oldest'} first (page order)"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def iso_z(d):
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


GANNETT_FOOT = ["About Us", "Contact Us", "Newsletters", "Help Center", "Terms of Service", "Privacy Policy", "Your Privacy Choices", "Accessibility", "Site Map"]


# ============================================================ Part A renderers (layout of real outlets; wording mine)

def r_naples(S):
    """Naples Daily News (Gannett) live-updates page, HTML. Newest first; day headers without year ('Friday, Jan. 13');
    per-post byline line then the stamp '1:50 p.m. ET' AFTER the headline; page Published/Updated line carries the year;
    page-level NewsArticle JSON-LD (no per-post data)."""
    z = S["zone"]; pub = dt(S["published"], z); upd = dt(S["updated"], z)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": iso_z(pub), "dateModified": iso_z(upd),
          "author": [{"@type": "Person", "name": n} for n in S["ld_authors"]],
          "publisher": {"@type": "Organization", "name": "Naples Daily News", "logo": {"@type": "ImageObject", "url": "https://www.naplesnews.com/sitelogos/logo.png"}},
          "mainEntityOfPage": {"@type": "WebPage", "@id": S["url"]}, "isAccessibleForFree": False}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           f'<link rel="canonical" href="{S["url"]}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="gnt_pr"><a class="gnt_sk" href="#mainContentSection">Skip to main content</a>',
           '<header class="gnt_n"><a class="gnt_n_logo" href="/">Naples Daily News</a><nav class="gnt_n_mn">'
           + "".join(f'<a class="gnt_n_mn_l" href="/{x.lower().replace(" ", "-")}/">{x}</a>' for x in ["Local", "Sports", "Business", "Restaurants", "Things to Do", "Opinion", "Obituaries", "e-Edition", "Legals"])
           + '</nav><a class="gnt_n_as_sb" href="/subscribe/">Subscribe</a> <a class="gnt_n_as_si" href="/login/">Sign In</a></header>',
           '<main id="mainContentSection"><article>', '<div class="gnt_ar_lbl">NEWS</div>', f'<h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
           f'<div class="gnt_ar_by">{esc(S["byline"])}</div>',
           f'<div class="gnt_ar_dt" aria-label="Published {aptime(pub)} ET {apdate(pub)} Updated {aptime(upd)} ET {apdate(upd)}">'
           f'Published {aptime(pub)} ET {apdate(pub)} | Updated {aptime(upd)} ET {apdate(upd)}</div>',
           '<div class="gnt_ss"><button class="gnt_ss_b">Facebook</button> <button class="gnt_ss_b">Twitter</button> <button class="gnt_ss_b">Email</button></div>',
           '<div class="gnt_ar_b">', f'<p class="gnt_ar_b_p">{esc(S["intro"])}</p>']
    stamps = [None] * len(S["entries"])
    order = sorted(range(len(S["entries"])), key=lambda i: S["entries"][i]["t"], reverse=True)
    assert order == list(range(len(S["entries"]))), "Naples entries must be listed newest first"
    cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); day = f"{DAYS[d.weekday()]}, {apdate(d, year=False)}"
        if day != cur:
            cur = day; out.append(f'<h3 class="gnt_lb_dh">{day}</h3>')
        stamps[i] = f"{aptime(d)} ET"
        out.append(f'<div class="gnt_lb_p" id="post-{7310 - i}"><h2 class="gnt_lb_p_hl">{esc(e["h"])}</h2>'
                   f'<div class="gnt_lb_p_by">{esc(e["a"])}, {esc(e["org"])}</div><div class="gnt_lb_p_dt">{stamps[i]}</div>')
        out += [f'<p class="gnt_ar_b_p">{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 2:
            out.append('<aside class="gnt_em_nl"><p>Get the latest news in your inbox. Sign up for the Daily Briefing newsletter.</p>'
                       '<input type="email" placeholder="Email Address"> <button>Sign Up</button></aside>')
    out += ['<p class="gnt_ar_b_p"><em>Contributing: The Associated Press</em></p>', '</div></article>',
            '<aside class="gnt_rr"><h4>Latest Stories</h4><a href="/story/news/local/2023/01/13/x/1/">Collier schools weigh later start times</a> '
            '<a href="/story/news/local/2023/01/13/y/2/">Red tide lingers off Vanderbilt Beach</a></aside></main>',
            '<footer class="gnt_f">' + " | ".join(GANNETT_FOOT) + ' | \u00a9 2023 www.naplesnews.com. All rights reserved.</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_newspress(S):
    """The News-Press (Gannett) AP article, text scrape: subheaded sections, one AP byline, 'Published' line only."""
    z = S["zone"]; pub = dt(S["published"], z)
    L = ["Skip to main content", "", "The News-Press", "Subscribe", "Sign In", "",
         "Local", "Sports", "Entertainment", "Restaurants", "Opinion", "Obituaries", "e-Edition", "Legals", "", "WORLD", "Add Topic", "",
         S["title"], "", S["byline"], "Associated Press", f"Published {aptime(pub)} ET {apdate(pub)}", "", "Show Caption", "Hide Caption",
         S["caption"], "", S["lede"], ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["Story continues below gallery", "", "Russia's war in Ukraine: Photos from the front", "View Gallery", ""]
    L += ["Featured Weekly Ad", "", *GANNETT_FOOT, "\u00a9 2023 www.news-press.com. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_bradenton(S):
    """Bradenton Herald (McClatchy) page carrying AP's 'The Latest', HTML. One AP byline; McClatchy 'Updated March 11, 2023 1:47 PM'
    (Eastern) under the headline; items newest first, each a bare '8:40 p.m.' paragraph after a '___' rule, NO item headlines;
    '(all times local)' = Kyiv. Page-level NewsArticle JSON-LD with an offset."""
    z = S["zone"]; upd = dt(S["updated"], "America/New_York")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": dt(S["published"], "America/New_York").isoformat(), "dateModified": upd.isoformat(),
          "author": [{"@type": "Organization", "name": "The Associated Press"}],
          "publisher": {"@type": "Organization", "name": "Bradenton Herald"}, "articleSection": "Nation & World"}
    upd_txt = f"{MONTHS[upd.month - 1]} {upd.day}, {upd.year} {upd.hour % 12 or 12}:{upd.minute:02d} {'AM' if upd.hour < 12 else 'PM'}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Bradenton Herald</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="masthead"><a class="logo" href="https://www.bradenton.com/">Bradenton Herald</a>'
           '<nav class="main-nav">' + "".join(f'<a href="#">{x}</a> ' for x in ["Local", "Sports", "Business", "Real Estate News", "Entertainment", "Opinion", "Obituaries", "eEdition"])
           + '</nav><a class="subscribe" href="#">Subscribe</a> <a class="signin" href="#">Sign In</a></header>',
           '<div class="ad-label">ADVERTISEMENT</div>',
           '<article class="story-body"><div class="kicker"><a href="/news/nation-world/">NATION &amp; WORLD</a></div>', f'<h1 class="h1">{esc(S["title"])}</h1>',
           '<div class="byline">By The Associated Press</div>', f'<time class="update-date" datetime="{upd.isoformat()}">Updated {upd_txt}</time>',
           '<div class="share-bar"><a>Facebook</a> <a>Twitter</a> <a>Email</a> <a class="reprint">ORDER REPRINT \u2192</a></div>',
           f'<p>{esc(S["intro"])}</p>']
    stamps = [None] * len(S["entries"])
    order = sorted(range(len(S["entries"])), key=lambda i: S["entries"][i]["t"], reverse=True)
    assert order == list(range(len(S["entries"])))
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); stamps[i] = aptime(d)
        out += ['<p>___</p>', f'<p>{stamps[i]}</p>'] + [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 3:
            out.append('<div class="subscribe-prompt">Get unlimited digital access. Subscribe now for just $1 for 6 months. <a>SUBSCRIBE NOW</a></div>')
    out += ['<p>___</p>', f'<p>More AP coverage of the war in Ukraine: {S["hub"]}</p>', '</article>',
            '<section class="read-next"><h3>Read Next</h3><a href="#">Manatee County commissioners delay vote on wetland buffers</a></section>',
            '<section class="top-stories"><h3>TOP STORIES</h3><a href="#">Spring training: Pirates rally past Orioles in Bradenton</a></section>',
            '<footer>Copyright | Commenting Policy | Privacy Policy | Terms of Service | Do Not Sell My Personal Information</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_pensacola(S):
    """Pensacola News Journal (Gannett) world feed, RSS 2.0: pubDate in GMT with seconds, one-paragraph description,
    feedburner:origLink; Gannett story URLs carry the LOCAL (Central) date, which differs from the UTC pubDate in the evening."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.pnj.com/news/world/</link>',
           '<description>World news from the Pensacola News Journal and the USA TODAY Network</description>',
           '<language>en-us</language>', '<copyright>Copyright 2023 Pensacola News Journal</copyright>', f'<lastBuildDate>{S["build"]}</lastBuildDate>',
           '<image><title>Pensacola News Journal - World</title><url>https://www.pnj.com/sitelogos/logo.png</url><link>https://www.pnj.com</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT"); stamps.append(st)
        url = f"https://www.pnj.com/story/news/world/{d:%Y/%m/%d}/{e['slug']}/{70121104007 - i * 131}/"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://rssfeeds.pnj.com/~/{73311200 + i}/0/pensacola/news~{e['slug']}/</link>",
                f"<description>{esc(e['p'][0])}</description>", f"<pubDate>{st}</pubDate>",
                f'<guid isPermaLink="false">{url}</guid>', f"<feedburner:origLink>{url}</feedburner:origLink>", "</item>"]
        assert len(e["p"]) == 1
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_nwf(S):
    """Northwest Florida Daily News (Gannett) 'Military' section front, text scrape. Cards newest first: headline, summary,
    byline, then a date line 'April 27, 1:40 p.m.' -- no year and no zone printed (Central time implied by Fort Walton Beach)."""
    z = S["zone"]
    L = ["Skip to main content", "", "Northwest Florida Daily News", "Subscribe", "Sign In", "",
         "Home", "Local", "Military", "Sports", "Business", "Things to Do", "Opinion", "Obituaries", "e-Edition", "", S["title"], ""]
    stamps = []
    order = sorted(range(len(S["entries"])), key=lambda i: S["entries"][i]["t"], reverse=True)
    assert order == list(range(len(S["entries"])))
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {aptime(d)}"; stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [e["byline"], st, ""]
        if i == 2:
            L += ["Sign up for our Military newsletter", "Base news from Eglin, Hurlburt Field and Duke Field every Friday.", "Sign Up", ""]
    L += ["Load More", ""]
    return "\n".join(L) + "\n", stamps


def r_ocala(S):
    """Ocala Star-Banner (Gannett) live-updates page, text scrape. OLDEST first; one page byline; each post = headline (some have
    none), then a bare '8:02 a.m.' line, then the body; zone ('ET') and year only in the page Published/Updated line."""
    z = S["zone"]; pub = dt(S["published"], z); upd = dt(S["updated"], z)
    L = ["Skip to main content", "", "Ocala Star-Banner", "Subscribe", "Sign In", "",
         "News", "Sports", "Horses", "Things to Do", "Opinion", "Obituaries", "e-Edition", "", "NEWS", "", S["title"], "",
         S["byline"], "Ocala Star-Banner", f"Published {aptime(pub)} ET {apdate(pub)} | Updated {aptime(upd)} ET {apdate(upd)}", "",
         "Share", "Facebook", "Twitter", "Email", "", S["intro"], ""]
    stamps = []
    order = sorted(range(len(S["entries"])), key=lambda i: S["entries"][i]["t"])
    assert order == list(range(len(S["entries"])))
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = aptime(d); stamps.append(st)
        L += ([e["h"]] if e["h"] else []) + [st, ""] + ptxt(e["p"])
        if i == 3:
            L += ["Related: What we know about the Shangri-La Dialogue", ""]
    L += ["Contributing: The Associated Press", "", *GANNETT_FOOT, "\u00a9 2023 www.ocala.com. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_daytona(S):
    """The Daytona Beach News-Journal (Gannett) timeline article, text scrape. Oldest first; entries have NO headlines; each stamp
    line gives a clock time and a weekday only ('11:50 p.m. Sunday'), resolved against the 'Published ... Aug. 21, 2023' line;
    'All times are Eastern.' Runs across local midnight."""
    z = S["zone"]; pub = dt(S["published"], z)
    L = ["Skip to main content", "", "The Daytona Beach News-Journal", "Subscribe", "Sign In", "",
         "Local", "Sports", "Business", "Entertainment", "Opinion", "Obituaries", "e-Edition", "", "WORLD", "", S["title"], "",
         S["byline"], "The Daytona Beach News-Journal", f"Published {aptime(pub)} ET {apdate(pub)}", "", "Share", "Facebook", "Twitter", "Email", "",
         S["lede"], "", S["how"], ""]
    stamps = []
    order = sorted(range(len(S["entries"])), key=lambda i: S["entries"][i]["t"])
    assert order == list(range(len(S["entries"])))
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{aptime(d)} {DAYS[d.weekday()]}"; stamps.append(st)
        L += [st, ""] + ptxt(e["p"])
    L += [f"More: {S['more']}", "", *GANNETT_FOOT, "\u00a9 2023 www.news-journalonline.com. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_floridatoday(S):
    """Florida Today (Gannett) live blog, HTML. OLDEST first; each post opens with a full stamp 'Sept. 30, 2023, 9:05 p.m. ET'
    in <time datetime=Z>, then h2 headline, then 'By NAME'; a 'What we know' summary box (not entries); LiveBlogPosting JSON-LD
    with per-update datePublished in UTC."""
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": e["h"], "datePublished": iso_z(d)}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": iso_z(first), "dateModified": iso_z(last), "coverageStartTime": iso_z(first),
          "publisher": {"@type": "Organization", "name": "Florida Today"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="gnt_pr"><a class="gnt_sk" href="#mainContentSection">Skip to main content</a>',
           '<header class="gnt_n"><a class="gnt_n_logo" href="/">FLORIDA TODAY</a><nav class="gnt_n_mn">'
           + "".join(f'<a class="gnt_n_mn_l" href="#">{x}</a>' for x in ["Local", "Space", "Sports", "Things to Do", "Opinion", "Obituaries", "e-Edition", "Legals"])
           + '</nav><a class="gnt_n_as_sb" href="#">Subscribe</a> <a class="gnt_n_as_si" href="#">Sign In</a></header>',
           '<main id="mainContentSection"><article>', '<div class="gnt_ar_lbl">NATION</div>', f'<h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
           '<div class="gnt_ss"><button>Facebook</button> <button>Twitter</button> <button>Email</button></div>',
           '<div class="gnt_ar_b_wwk"><h2>What we know</h2><ul>' + "".join(f"<li>{esc(x)}</li>" for x in S["what_we_know"]) + '</ul></div>',
           '<div class="gnt_lb">']
    stamps = []
    order = sorted(range(len(S["entries"])), key=lambda i: S["entries"][i]["t"])
    assert order == list(range(len(S["entries"])))
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{apdate(d)}, {aptime(d)} ET"; stamps.append(st)
        out.append(f'<div class="gnt_lb_p" id="post-{i + 1}"><div class="gnt_lb_p_dt"><time datetime="{iso_z(d)}">{st}</time></div>'
                   f'<h2 class="gnt_lb_p_hl">{esc(e["h"])}</h2>' + (f'<div class="gnt_lb_p_by">By {esc(e["a"])}</div>' if e["a"] else ""))
        if not e["p"]:
            out.append('<div class="gnt_em_vp"><span class="gnt_em_vp_lbl">Video</span> <button>Play</button></div>')
        out += [f'<p class="gnt_ar_b_p">{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 3:
            out.append('<aside class="gnt_em_nl"><p>Never miss a launch. Sign up for the Space Newsletter.</p><input type="email"> <button>Sign Up</button></aside>')
    out += ['</div></article>', '<aside class="gnt_rr"><h4>Latest Stories</h4><a href="#">Florida rocket launch schedule: Upcoming SpaceX, NASA and ULA missions</a></aside></main>',
            '<footer class="gnt_f">' + " | ".join(GANNETT_FOOT) + ' | \u00a9 2023 www.floridatoday.com. All rights reserved.</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_pbpost(S):
    """The Palm Beach Post world/nation feed, RSS 2.0 with dc:creator and content:encoded; pubDate with the Eastern offset (-0400);
    description = first paragraph only (a repeat of the body, not an entry). Newest first."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://www.palmbeachpost.com/news/world/</link>',
           '<atom:link href="https://www.palmbeachpost.com/rss/news/world/" rel="self" type="application/rss+xml"/>',
           '<description>Latest world and national news from The Palm Beach Post</description>', '<language>en-us</language>',
           f'<lastBuildDate>{S["build"]}</lastBuildDate>', '<ttl>15</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        url = f"https://www.palmbeachpost.com/story/news/world/{d:%Y/%m/%d}/{e['slug']}/{70355601007 + i * 7}/"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{url}</link>", f'<guid isPermaLink="true">{url}</guid>',
                f"<dc:creator>{esc(e['a'])}</dc:creator>", f"<pubDate>{st}</pubDate>", f"<category>{e.get('cat', 'World')}</category>",
                f"<description>{esc(e['p'][0])}</description>",
                "<content:encoded><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></content:encoded>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_ledger(S):
    """The Ledger (Lakeland, Gannett) 'World' section front, HTML. Cards newest first (headline, summary, byline, '5:30 p.m. ET Jan. 22'
    -- no year in the visible text; Gannett URLs carry /2023/01/22/). No JSON-LD on the front."""
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | The Ledger</title></head>',
           '<body class="gnt_pr"><a class="gnt_sk" href="#mainContentSection">Skip to main content</a>',
           '<header class="gnt_n"><a class="gnt_n_logo" href="/">The Ledger</a><nav class="gnt_n_mn">'
           + "".join(f'<a class="gnt_n_mn_l" href="#">{x}</a>' for x in ["Local", "Sports", "Business", "Entertainment", "Opinion", "Obituaries", "e-Edition", "Legals"])
           + '</nav><a class="gnt_n_as_sb" href="#">Subscribe</a> <a class="gnt_n_as_si" href="#">Sign In</a></header>',
           '<div class="gnt_cb">We use cookies to understand how you use our site and to improve your experience. <a href="#">Privacy Policy</a> <button>Close</button></div>',
           f'<main id="mainContentSection"><h1 class="gnt_pr_h1">{esc(S["title"])}</h1><div class="gnt_m_flm">']
    stamps = []
    order = sorted(range(len(S["entries"])), key=lambda i: S["entries"][i]["t"], reverse=True)
    assert order == list(range(len(S["entries"])))
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{aptime(d)} ET {apdate(d, year=False)}"; stamps.append(st)
        url = f"/story/news/world/{d:%Y/%m/%d}/{e['slug']}/{69830211007 - i * 17}/"
        out.append(f'<a class="gnt_m_flm_a" href="{url}"><div class="gnt_m_flm_hl">{esc(e["h"])}</div>'
                   f'<div class="gnt_m_flm_sbt">{esc(e["p"][0])}</div>'
                   f'<div class="gnt_sbt"><span class="gnt_sbt_by">{esc(e["byline"])}</span> <span class="gnt_sbt_ts">{st}</span></div></a>')
        assert len(e["p"]) == 1
        if i == 2:
            out.append('<div class="gnt_em_nl"><p>Sign up for the Daily Briefing newsletter</p><button>Sign Up</button></div>')
    out += ['</div><button class="gnt_m_flm_lm">Load More</button></main>',
            '<footer class="gnt_f">' + " | ".join(GANNETT_FOOT) + '</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ============================================================ Part B renderers (invented outlets)

def r_marrowdene(S):
    """text live, NEWEST first; 'Key Points' block with bullets; stamp line '07.10 GMT' before the headline; '\u2013 NAME' after the body."""
    z = S["zone"]
    L = ["MARROWDENE GAZETTE", "News | World | Ukraine | Business | Sport | Culture", "",
         "We use cookies to measure traffic and remember your settings. Accept all | Reject", "", S["title"], S["dateline"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Live updates \u2014 newest first", ""]
    stamps = [None] * len(S["entries"])
    _order(S, newest=S.get("newest", True))
    for i in range(len(S["entries"])):
        e = S["entries"][i]; d = dt(e["t"], z); stamps[i] = f"{d:%H.%M} GMT"
        L += [stamps[i], e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"\u2013 {e['a']}", ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Load older posts", "", "\u00a9 Marrowdene Gazette \u00b7 Terms \u00b7 Privacy \u00b7 Contact the newsdesk"]
    return "\n".join(L) + "\n", stamps


def r_corbelstone(S):
    """HTML live, OLDEST first; LiveBlogPosting JSON-LD with per-update datePublished (+02:00); visible <time datetime> 'HH:MM'
    before an h3 headline; 'By NAME' after the headline; date line with 'All times Kyiv (EET)'."""
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#u{i + 1}", "headline": e["h"], "datePublished": d.isoformat()}
        if e["p"]:
            u["articleBody"] = "\n\n".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Corbelstone Live</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header><a class="brand" href="/">Corbelstone Live</a> <nav><a href="/">Home</a> <a href="/war">War in Ukraine</a> <a href="/europe">Europe</a> <a href="/support">Support us</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="u{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>'
                   + (f'<p class="byline">By {esc(e["a"])}</p>' if e["a"] else ""))
        if not e["p"]:
            out.append('<figure class="gallery"><span>Gallery: 9 images</span></figure>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<div class="share">Share this update</div></article>')
    out += ['<p class="end">Follow tomorrow\u2019s coverage on our front page.</p></main>', "<footer>Corbelstone Live \u00b7 About \u00b7 Corrections \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """RSS 2.0 general feed; pubDate with the outlet's offset (S['rfc']: 'GMT' or numeric); CDATA description; optional dc:creator."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>',
           f"<title>{esc(S['title'])}</title>", f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>", "<language>en</language>"]
    stamps = [None] * len(S["entries"])
    _order(S, newest=S.get("newest", True))
    for i in range(len(S["entries"])):
        e = S["entries"][i]; d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if S["rfc"] == "GMT" else d.strftime("%z")); stamps[i] = st
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/{e.get('cat', 'world').lower()}/{i + 8101}</link>",
                f'<guid isPermaLink="false">{S["url"].split("//")[1]}-{i + 8101}</guid>', f"<pubDate>{st}</pubDate>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out += [f"<category>{e.get('cat', 'World')}</category>"]
        if S.get("plain"):
            out.append("<description>" + esc("\n\n".join(e["p"])).replace('"', "&quot;") + "</description>")
        else:
            out.append("<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>")
        out.append("</item>")
    out += ["</channel></rss>"]
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0, newest first; <published> with the outlet's offset (Z or +01:00); html content escaped; optional author."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}"/>', f"<id>{S['url']}/feed</id>",
           f"<updated>{max(dt(e['t'], z) for e in S['entries']).isoformat().replace('+00:00', 'Z')}</updated>"]
    stamps = [None] * len(S["entries"])
    _order(S, newest=S.get("newest", True))
    for i in range(len(S["entries"])):
        e = S["entries"][i]; d = dt(e["t"], z)
        st = d.isoformat().replace("+00:00", "Z"); stamps[i] = st
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="{S["url"]}/n/{i + 640}"/>', f"<id>{S['url']}/n/{i + 640}</id>",
                f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_textarticle(S):
    """text article: masthead, title, byline, dateline with time and zone, lede, section headings; one entry per section; stamp null."""
    L = [S["source"], S["crumbs"], "", S["title"], "", f"By {S['byline']}", S["dateline"], "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Share: Facebook \u00b7 X \u00b7 Email", "Read more: " + S["more"], "", f"\u00a9 {S['source']}"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_grindlecombe(S):
    """text live, OLDEST first; date line WITHOUT year ('Friday 24 November'), 'All times CET'; bare '08:10' line before the headline;
    'Posted by NAME' after the body."""
    z = S["zone"]
    L = ["Grindlecombe Post", "Europe desk", "", S["title"], S["dateline"], "All times CET", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Posted by {e['a']}", ""]
        if i == 3:
            L += ["Support our Europe desk - subscribe for \u20ac4 a month", ""]
    L += ["That's all from us today.", "Grindlecombe Post \u00b7 Imprint \u00b7 Data protection"]
    return "\n".join(L) + "\n", stamps


def r_dunmorrow(S):
    """text live, OLDEST first; headline, then 'Posted by NAME at 3.40pm BST' AFTER the headline, then the body."""
    z = S["zone"]
    L = ["DUNMORROW LIVE", "Menu | Search | Sign in", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = [None] * len(S["entries"])
    _order(S, newest=S.get("newest", True))
    for i in range(len(S["entries"])):
        e = S["entries"][i]; d = dt(e["t"], z); stamps[i] = f"{ampm_uk(d)} BST"
        L += [e["h"], (f"Posted by {e['a']} at " if e["a"] else "Posted at ") + stamps[i], ""] + ptxt(e["p"])
        if i == 4:
            L += ["Sign up to the Dunmorrow Live morning briefing", ""]
    L += ["Show earlier posts", "Dunmorrow Live \u00b7 Terms of use \u00b7 Cookie policy"]
    return "\n".join(L) + "\n", stamps


def r_callowbrae(S):
    """HTML live, NEWEST first; 'Key Points' box; JSON-LD @graph whose live node has an @type ARRAY and no liveBlogUpdate;
    visible <time datetime> 'HH:MM' (Kyiv, EEST) above an h2; signature '\u2014 NAME' after the body."""
    z = S["zone"]
    first = min(dt(e["t"], z) for e in S["entries"]); last = max(dt(e["t"], z) for e in S["entries"])
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": "https://callowbrae.example/#org", "name": "Callowbrae Report"},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@id": "https://callowbrae.example/#org"}}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header>Callowbrae Report <nav><a>Front</a> <a>Ukraine</a> <a>Russia</a> <a>Analysis</a> <a>Newsletter</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="date">{esc(S["dateline"])}</p>',
           '<section class="key-points"><h2>Key Points</h2><ul>' + "".join(f"<li>{esc(e['h'])}</li>" for e in S["entries"] if e["kp"]) + "</ul></section>"]
    stamps = [None] * len(S["entries"])
    _order(S, newest=S.get("newest", True))
    for i in range(len(S["entries"])):
        e = S["entries"][i]; d = dt(e["t"], z); stamps[i] = f"{d:%H:%M}"
        out.append(f'<div class="post"><time datetime="{d.isoformat()}">{stamps[i]}</time><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">\u2014 {esc(e["a"])}</p>')
        out.append("</div>")
    out += ["</main><footer>Callowbrae Report \u00b7 Contact \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


# ============================================================ PART A: ten real outlets' layouts (own words)
SEEDS = []

SEEDS.append(dict(id="9700", name="9700_naplesnews-live", ext="html", source="Naples Daily News", zone="America/New_York", render=r_naples,
  title="Russia-Ukraine live updates: Moscow claims Soledar; UK weighs sending tanks",
  url="https://www.naplesnews.com/story/news/world/2023/01/12/russia-ukraine-war-live-updates-soledar/69800951007/",
  published="2023-01-12 19:45", updated="2023-01-13 13:50", byline="Naples Daily News and USA TODAY",
  ld_authors=["Marcus Delaney", "Rachel Okafor", "Tom Vance", "Dana Whitfield"],
  intro="Follow along for the latest developments in Russia's war in Ukraine, from Naples Daily News and USA TODAY reporters.",
  notes="Imitates a Naples Daily News (Gannett / USA TODAY Network) live-updates page in HTML. Posts are NEWEST FIRST under day headers without a year ('Friday, Jan. 13', 'Thursday, Jan. 12'); each post is h2 headline, a byline line 'NAME, USA TODAY' (or ', Naples Daily News'), then a bare stamp '1:50 p.m. ET' AFTER the headline, then the body. The year appears only in the page line 'Published 7:45 p.m. ET Jan. 12, 2023 | Updated 1:50 p.m. ET Jan. 13, 2023' (and the page-level JSON-LD, which has no per-post data). EST = UTC-5, so the two Thursday-evening posts (local Jan. 12) fall on UTC 2023-01-13 like the rest: the page crosses local midnight but not UTC midnight. Author = the name before the comma.",
  not_entries=["'Skip to main content'", "logo and navigation menu, 'Subscribe', 'Sign In'", "label 'NEWS'", "h1 page title", "page byline 'Naples Daily News and USA TODAY'",
               "'Published ... | Updated ...' line", "share buttons (Facebook, Twitter, Email)", "intro paragraph 'Follow along for the latest developments ...'",
               "day headers 'Friday, Jan. 13' and 'Thursday, Jan. 12'", "newsletter box 'Get the latest news in your inbox ...'", "'Contributing: The Associated Press'",
               "'Latest Stories' rail with two local links", "footer links and copyright"],
  entries=[
  E("2023-01-13 13:50", "Moscow says Soledar is taken; Kyiv says the fight goes on",
    ["Russia's Defense Ministry announced Friday that its troops had completed the capture of Soledar, a salt-mining town a few miles northeast of Bakhmut.",
     "Ukraine's military rejected the claim, saying its units were still holding positions in and around the town and that fighting there had not stopped.",
     "The ministry's statement did not mention the Wagner mercenary group, whose founder had claimed the town two days earlier, an omission military analysts read as a sign of friction between the two."],
    "other", "frontline", 3, "soledar-capture-claim", a="Marcus Delaney", org="USA TODAY", n="Territorial claim over a town: a big frontline shift -> importance 3."),
  E("2023-01-13 11:25", "Britain considers sending Challenger 2 tanks",
    ["British officials are weighing whether to send a small number of Challenger 2 battle tanks to Ukraine, according to people familiar with the talks, a step that would make Britain the first Western country to supply heavy tanks.",
     "Downing Street said no decision had been made but that it wanted to give Ukraine what it needed to push Russian forces back."],
    "aid", "aid", 2, "uk-challenger-2-tanks-consideration", a="Rachel Okafor", org="USA TODAY", n="Under consideration, not yet a pledge -> 2."),
  E("2023-01-13 09:40", "Overnight shelling cuts power to villages in Kharkiv region",
    ["Russian artillery damaged power lines in two districts of the Kharkiv region overnight, leaving several villages without electricity, the regional governor said Friday.",
     "No one was hurt, he said, and repair crews were waiting for the shelling to ease before going out."],
    "strikes", "strikes", 2, "kharkiv-region-shelling-2023-01-13", a="Marcus Delaney", org="USA TODAY"),
  E("2023-01-13 07:05", "Poland's Duda repeats offer of Leopard tanks, within a coalition",
    ["Polish President Andrzej Duda said Warsaw was ready to hand over a company of German-made Leopard 2 tanks to Ukraine, but only as part of a wider group of countries doing the same.",
     "Any such transfer would need Berlin's approval because the tanks are built in Germany."],
    "aid", "aid", 3, "poland-leopard-coalition-offer", a="Rachel Okafor", org="USA TODAY", n="Head-of-state arms offer -> 3."),
  E("2023-01-13 00:30", "Expanded US training for Ukrainian troops begins in Germany",
    ["A larger training program for Ukrainian soldiers has started at the Grafenwoehr training area in Germany, where about 500 troops will practice combined maneuvers with infantry, armor and artillery, Pentagon officials said.",
     "The course lasts roughly five weeks."],
    "aid", "aid", 2, "us-combined-arms-training-germany", a="Tom Vance", org="USA TODAY", n="12:30 a.m. local, printed under the 'Friday, Jan. 13' header."),
  E("2023-01-12 22:10", "Naples nonprofit ships generators to Kherson hospitals",
    ["A Naples nonprofit founded by Ukrainian Americans shipped its third container of generators to Ukraine this week, this time bound for two hospitals in Kherson that lose power during Russian shelling.",
     "Volunteers packed the 40-foot container at a warehouse off Airport-Pulling Road, organizers said."],
    "other", "humanitarian", 2, "naples-nonprofit-generators-kherson", a="Dana Whitfield", org="Naples Daily News",
    n="Private donation by a local group: other/humanitarian (not government aid). Local Jan. 12 (Thursday header) = UTC Jan. 13."),
  E("2023-01-12 19:55", "Gerasimov's new role signals Kremlin impatience, analysts say",
    ["Vladimir Putin's decision to put the chief of the general staff, Valery Gerasimov, in direct charge of the war shows frustration with the pace of the campaign, Western analysts said Thursday.",
     "Gerasimov replaces Sergei Surovikin, who had led the operation for only three months and will now serve as one of his deputies."],
    "other", "politics", 2, "gerasimov-takes-command", a="Marcus Delaney", org="USA TODAY", n="Command appointment -> other/politics. Local Jan. 12 = UTC Jan. 13."),
  ]))

SEEDS.append(dict(id="9701", name="9701_newspress-article", ext="txt", source="The News-Press", zone="America/New_York", render=r_newspress,
  title="Ukraine's defenders hang on in Bakhmut as Russia tightens its grip", byline="Olena Marchuk", published="2023-03-05 18:15",
  caption="A Ukrainian serviceman fires a mortar toward Russian positions outside Bakhmut, in the Donetsk region, Saturday, March 4, 2023. (AP Photo/Ivan Soroka)",
  lede="KYIV, Ukraine (AP) \u2014 Ukrainian troops held on to the battered eastern city of Bakhmut on Sunday as Russian forces tried to close in from three directions, and Kyiv's allies argued over how fast more artillery shells could reach the front.",
  notes="Imitates an Associated Press article as republished by The News-Press (Fort Myers, Gannett), copied as plain text. One AP byline ('Olena Marchuk' over 'Associated Press'), one 'Published 6:15 p.m. ET March 5, 2023' line and no per-section times; five bold subheads split the body. Per the eval/ap convention for articles, each subhead is one entry (headline = subhead, stamp null, published = the Published line, author = the byline name). EST = UTC-5 -> 23:15 UTC. The photo caption names Saturday, March 4 (the day BEFORE) and the lede paragraph with the 'KYIV, Ukraine (AP) \u2014' dateline summarises the day: both are not entries. The 'Story continues below gallery' block sits inside the second section.",
  not_entries=["'Skip to main content', masthead, 'Subscribe', 'Sign In' and menu", "section label 'WORLD' and 'Add Topic'", "title line", "byline lines 'Olena Marchuk' / 'Associated Press'",
               "'Published 6:15 p.m. ET March 5, 2023'", "'Show Caption' / 'Hide Caption' and the photo caption dated Saturday, March 4, 2023", "lede paragraph beginning 'KYIV, Ukraine (AP) \u2014'",
               "'Story continues below gallery', gallery title and 'View Gallery'", "'Featured Weekly Ad'", "footer links and copyright"],
  entries=[
  E("2023-03-05 18:15", "Pressure on Bakhmut",
    ["Ukraine's general staff said its troops had fought off more than 100 Russian attacks around Bakhmut over the previous day, most of them north and south of the city.",
     "A Ukrainian unit commander, speaking by phone, said the only paved road still used to bring in supplies was within range of Russian guns.",
     "Military analysts said Kyiv appeared to be preparing for a possible withdrawal while making Russia pay heavily for every street."],
    "other", "frontline", 3, "bakhmut-battle-2023-03-05", a="Olena Marchuk", n="The article's lead topic (title story) -> 3."),
  E("2023-03-05 18:15", "Deadly shelling in Kherson",
    ["Russian shells hit a residential neighborhood of Kherson overnight, killing a man and wounding three other people, the regional administration said.",
     "The city, retaken by Ukraine in November, is shelled almost daily from the eastern bank of the Dnieper River."],
    "strikes", "strikes", 3, "kherson-shelling-2023-03-05", a="Olena Marchuk", n="Deadly strike -> 3."),
  E("2023-03-05 18:15", "Wagner chief complains of shell shortage",
    ["Yevgeny Prigozhin, the head of the Wagner private army, said in a video that his fighters had not received the ammunition they had been promised, and warned that the whole front could suffer if they were forced out of Bakhmut.",
     "It was the latest in a series of public complaints by Prigozhin against Russia's military leadership."],
    "other", "politics", 2, "prigozhin-ammunition-complaint-2023-03-05", a="Olena Marchuk",
    n="Internal Russian feud over supplies (not support from an outside party) -> other/politics."),
  E("2023-03-05 18:15", "Kyiv urges faster EU ammunition deal",
    ["Foreign Minister Dmytro Kuleba urged European Union governments to agree quickly on a joint plan to buy artillery ammunition for Ukraine, saying his country was firing shells faster than its partners could supply them.",
     "EU defense ministers are due to discuss a proposal to buy a million rounds of 155 mm ammunition when they meet in Stockholm this week."],
    "aid", "aid", 2, "kuleba-eu-ammunition-appeal", sec=["diplomacy"], a="Olena Marchuk", n="Appeal for ammunition -> aid; not a package yet -> 2."),
  E("2023-03-05 18:15", "Grain deal talks ahead",
    ["United Nations officials are expected to meet Russian diplomats in the coming days to discuss extending the Black Sea grain agreement, which expires on March 18.",
     "Moscow has said it will not agree to another extension unless restrictions on its own farm exports are eased."],
    "diplomacy", "diplomacy", 2, "black-sea-grain-deal-extension-talks", a="Olena Marchuk"),
  ]))

SEEDS.append(dict(id="9702", name="9702_bradentonherald-thelatest", ext="html", source="Bradenton Herald", zone="Europe/Kyiv", render=r_bradenton,
  title="The Latest: Ukraine says Russian assaults near Bakhmut are slowing", url="https://www.bradenton.com/news/nation-world/world/article273104215.html",
  published="2023-03-10 19:10", updated="2023-03-11 13:47", intro="The Latest on the Russia-Ukraine war (all times local):", hub="https://apnews.com/hub/russia-ukraine",
  notes="Imitates a Bradenton Herald (McClatchy) page carrying AP's 'The Latest' format, in HTML. One byline 'By The Associated Press' and a McClatchy 'Updated March 11, 2023 1:47 PM' line, which is US Eastern (EST, UTC-5: 18:47 UTC). Items are NEWEST FIRST, separated by '___' paragraphs; each item is a bare time paragraph ('8:40 p.m.') followed by body paragraphs and has NO headline. The intro says '(all times local)': local = Kyiv, where the items are reported from (EET, UTC+2 in early March), so page_timezone is Europe/Kyiv; check: the newest item 8:40 p.m. Kyiv = 18:40 UTC, just before the 18:47 UTC update stamp. Reading the item times as Eastern would put the newest item after the page's own update time. Items run 2:05 a.m. to 8:40 p.m. Kyiv = 00:05-18:40 UTC on 2023-03-11. Author = 'The Associated Press' for every item (page byline). JSON-LD is a page-level NewsArticle with -05:00 offsets.",
  not_entries=["masthead, navigation, 'Subscribe', 'Sign In'", "'ADVERTISEMENT' label", "kicker 'NATION & WORLD'", "h1 title", "'By The Associated Press'", "'Updated March 11, 2023 1:47 PM'",
               "share bar and 'ORDER REPRINT \u2192'", "intro line 'The Latest on the Russia-Ukraine war (all times local):'", "the '___' separators", "subscription prompt 'Get unlimited digital access ...'",
               "closing link line 'More AP coverage of the war in Ukraine: ...'", "'Read Next' and 'TOP STORIES' links (local news)", "footer"],
  entries=[
  E("2023-03-11 20:40", None,
    ["Ukraine's general staff says Russian forces tried to advance around Bakhmut 23 times over the past day, fewer attempts than earlier in the week.",
     "It said Ukrainian troops had pushed back every attack and that Russian units had also shelled more than a dozen towns along the front in the Donetsk region."],
    "other", "frontline", 2, "bakhmut-battle-2023-03-11", a="The Associated Press"),
  E("2023-03-11 18:15", None,
    ["Turkey's foreign minister says his country is working hard to secure another extension of the deal that lets Ukraine ship grain through the Black Sea.",
     "Mevlut Cavusoglu told reporters in Ankara that he had discussed the issue with both the Russian and Ukrainian sides this week and was hopeful they would agree."],
    "diplomacy", "diplomacy", 3, "turkey-grain-deal-extension-push", a="The Associated Press", n="Ministerial mediation -> 3."),
  E("2023-03-11 15:30", None,
    ["Officials in Kherson say a Russian shell killed a 60-year-old woman in the yard of her home on Saturday afternoon.",
     "Another shell damaged a bus depot nearby, the regional administration said."],
    "strikes", "strikes", 3, "kherson-shelling-2023-03-11", a="The Associated Press", n="Deadly strike -> 3."),
  E("2023-03-11 13:05", None,
    ["The United Nations' nuclear watchdog says the Russian-occupied Zaporizhzhia nuclear power plant is again drawing electricity from its last outside power line after two days on emergency diesel generators.",
     "Rafael Grossi, the head of the International Atomic Energy Agency, called the plant's situation fragile and repeated his call for a protection zone around it."],
    "other", "security", 2, "zaporizhzhia-plant-power-restored", a="The Associated Press", n="Nuclear-safety report -> other/security."),
  E("2023-03-11 10:20", None,
    ["Britain's Defense Ministry says Russia has probably begun sending older T-55 tanks, first built after World War II, to units in Ukraine.",
     "In its daily intelligence update, the ministry said the move likely reflected heavy Russian losses of more modern armor."],
    "other", "frontline", 2, "uk-intelligence-t55-tanks", a="The Associated Press", n="Assessment of Russian reinforcements -> other/frontline."),
  E("2023-03-11 07:45", None,
    ["Ukraine's presidential office says at least three civilians were killed and 11 others wounded by Russian attacks across the country in the past 24 hours.",
     "Most of the casualties were in the Donetsk and Kherson regions, it said."],
    "strikes", "strikes", 3, "ukraine-civilian-toll-daily-2023-03-11", a="The Associated Press", n="Daily nationwide toll (deadly attacks) -> 3; kept apart from the single Kherson shelling item."),
  E("2023-03-11 02:05", None,
    ["A court in Moscow has sentenced a district council member to seven years in prison for spreading what prosecutors called false information about the Russian army.",
     "The politician had criticized the war during a council meeting last spring."],
    "other", "politics", 2, "moscow-councillor-sentenced-war-criticism", a="The Associated Press"),
  ]))

SEEDS.append(dict(id="9703", name="9703_pnj-worldrss", ext="xml", source="Pensacola News Journal", zone="America/Chicago", render=r_pensacola,
  title="Pensacola News Journal - World", build="Sun, 16 Apr 2023 23:05:41 GMT",
  notes="Imitates the Pensacola News Journal (Gannett) World RSS feed: RSS 2.0, items newest first, pubDate in GMT, a one-paragraph <description>, a feed-proxy <link> and the real story URL in <guid>/<feedburner:origLink>. Pensacola is on US Central time (CDT, UTC-5 in April), used for published_local. The story URLs carry the local date: the two oldest items (Saturday evening, April 15 in Pensacola) have '/2023/04/15/' in their URLs but UTC pubDates of Sunday 16 April, the page's UTC day. No authors in the feed. One off-beat item (Sudan).",
  not_entries=["channel title, link, description, language, copyright, lastBuildDate and image block", "the feed-proxy <link>, <guid> and <feedburner:origLink> URLs of every item"],
  entries=[
  E("2023-04-16 13:20", "Ukrainians celebrate Orthodox Easter under threat of air raids",
    ["Ukrainians filled churches for Orthodox Easter services on Sunday, many bringing baskets of bread and painted eggs to be blessed, even as air-raid sirens sounded in several regions."],
    "other", "humanitarian", 2, "ukraine-orthodox-easter-2023", slug="ukraine-orthodox-easter-air-raid-alerts"),
  E("2023-04-16 10:05", "Ukraine says 130 freed in Easter prisoner exchange with Russia",
    ["Ukraine brought home 130 soldiers and civilians in an exchange of prisoners with Russia timed for Orthodox Easter, the head of the president's office said Sunday."],
    "diplomacy", "diplomacy", 3, "easter-prisoner-exchange-2023-04-16", slug="ukraine-russia-easter-prisoner-exchange", n="Big prisoner exchange -> diplomacy, 3."),
  E("2023-04-16 06:40", "Death toll from missile strike on Sloviansk rises to 15",
    ["Rescuers in Sloviansk finished searching the rubble of a five-story apartment building hit by Russian missiles on Friday, bringing the number of dead to 15, including a 2-year-old boy, regional officials said."],
    "strikes", "strikes", 3, "sloviansk-apartment-strike-2023-04-14", slug="sloviansk-missile-strike-death-toll"),
  OFF("2023-04-16 03:10", "Fighting in Sudan's capital enters second day",
      ["Gunfire and explosions shook Khartoum for a second day as Sudan's army and a powerful paramilitary force fought for control of the capital, with dozens of civilians reported killed."],
      "sudan-khartoum-fighting-2023-04", n="Sudan conflict, not the Russia-Ukraine war.", slug="sudan-khartoum-fighting"),
  E("2023-04-15 23:30", "Ukraine shrugs off leaked U.S. documents ahead of expected offensive",
    ["Ukrainian officials said leaked American intelligence documents would not change their plans for a spring counteroffensive, arguing that much of the material was outdated or had been altered."],
    "other", "security", 2, "leaked-us-documents-ukraine-reaction", slug="ukraine-leaked-documents-offensive-plans", n="Local Saturday 11:30 p.m. CDT = Sunday 04:30 UTC; URL dated 04/15."),
  E("2023-04-15 20:15", "Russia using 'scorched earth' tactics in Bakhmut, Ukrainian general says",
    ["Russian forces have switched to destroying Bakhmut building by building with artillery and air strikes, Ukraine's ground forces commander said Saturday, as Wagner fighters pushed toward the city center."],
    "other", "frontline", 2, "bakhmut-fighting-2023-04-15", sec=["strikes"], slug="bakhmut-scorched-earth-tactics", n="Ground battle for the city -> frontline; URL dated 04/15, UTC 16 April."),
  E("2023-04-15 19:20", "Poland and Hungary ban grain imports from Ukraine",
    ["Poland and Hungary announced temporary bans on imports of Ukrainian grain and other farm products on Saturday, saying the cheap supplies had driven down prices for their own farmers."],
    "diplomacy", "diplomacy", 2, "poland-hungary-ukraine-grain-import-ban", slug="poland-hungary-ban-ukraine-grain",
    n="Trade measures between states (a sanctions-like dispute among allies) -> diplomacy. 7:20 p.m. CDT = 00:20 UTC Sunday."),
  ]))

SEEDS.append(dict(id="9704", name="9704_nwfdailynews-military", ext="txt", source="Northwest Florida Daily News", zone="America/Chicago", render=r_nwf,
  title="Military", parse_args=["--date", "2023-04-27"],
  notes="Imitates the Northwest Florida Daily News (Fort Walton Beach, Gannett) 'Military' section front, copied as plain text. Cards NEWEST FIRST: headline, one-paragraph summary, byline line (local reporter, 'NAME, USA TODAY' or 'The Associated Press'), then the date line 'April 27, 1:40 p.m.' AFTER the summary. No year and no time zone anywhere on the page (the capture ends at 'Load More', before the footer): the zone is implied by the outlet's home (US Central, CDT = UTC-5) and the year comes from parse_args (--date 2023-04-27, the printed local day). Author = the name before ', USA TODAY'; the AP card's author is 'The Associated Press'. One off-beat card (Blue Angels schedule).",
  not_entries=["'Skip to main content', masthead, 'Subscribe', 'Sign In' and the menu", "section heading 'Military'", "newsletter box 'Sign up for our Military newsletter' with its tagline and 'Sign Up'", "'Load More'", "byline lines and date lines (author/stamp of the card above them)"],
  entries=[
  E("2023-04-27 13:40", "Eglin test wing puts counter-drone weapons through their paces",
    ["Airmen from Eglin Air Force Base's test wing spent the week firing high-power microwave and laser prototypes at small drones over the range, part of a push to field defenses like those the war in Ukraine has shown are needed.",
     "Test officials said the results would help the Air Force decide which systems to buy next year."],
    "other", "security", 2, "eglin-counter-drone-tests", a="Sandra Pelt", byline="Sandra Pelt", n="Weapons tests by a non-party -> other/security."),
  E("2023-04-27 11:55", "China to send envoy to Ukraine after Xi and Zelenskyy speak",
    ["China will send its special representative for Eurasian affairs to Ukraine and other countries to discuss a political settlement, Beijing said, a day after Chinese leader Xi Jinping held his first call with Ukrainian President Volodymyr Zelenskyy since the invasion."],
    "diplomacy", "diplomacy", 3, "xi-zelensky-call-china-envoy", a="Elena Marsh", byline="Elena Marsh, USA TODAY"),
  E("2023-04-27 10:20", "Senators press Pentagon to track weapons sent to Kyiv",
    ["Republican and Democratic senators asked Pentagon officials at a hearing to give a fuller account of how weapons and ammunition sent to Ukraine are tracked once they cross the border.",
     "Defense officials said they had found no evidence of significant diversion."],
    "aid", "aid", 2, "senate-hearing-ukraine-weapons-oversight", a="Tom Kerrigan", byline="Tom Kerrigan, USA TODAY", n="Congressional debate about aid -> aid."),
  E("2023-04-27 09:05", "Russian missiles strike Mykolaiv and Odesa regions",
    ["Russian missiles hit residential buildings in Mykolaiv and a port facility in the Odesa region overnight, wounding more than 20 people, Ukrainian officials said Thursday."],
    "strikes", "strikes", 3, "mykolaiv-odesa-missile-strikes-2023-04-27", a="The Associated Press", byline="The Associated Press", n="Large strike, 20+ wounded -> 3."),
  E("2023-04-27 07:50", "Florida Guard soldiers return after nine months in Poland",
    ["About 120 Florida Army National Guard soldiers returned home this week after a nine-month deployment to Poland, where they helped train and support NATO forces on the alliance's eastern flank.",
     "Families greeted them at a hangar at Duke Field."],
    "other", "security", 2, "florida-guard-poland-deployment-return", a="Sandra Pelt", byline="Sandra Pelt", n="NATO eastern-flank deployment of a non-party -> other/security."),
  OFF("2023-04-27 06:35", "Blue Angels set dates for summer shows",
      ["The Navy's Blue Angels flight demonstration squadron has released its summer schedule, with the Pensacola Beach show set for mid-July."],
      "blue-angels-summer-schedule", a="Sandra Pelt", byline="Sandra Pelt", n="Local air-show schedule, not about the war."),
  ]))

SEEDS.append(dict(id="9705", name="9705_ocala-live", ext="txt", source="Ocala Star-Banner", zone="America/New_York", render=r_ocala,
  title="Ukraine live updates: Kyiv rejects Indonesian peace proposal; Belgorod border towns shelled", byline="Carla Wendt",
  published="2023-06-03 08:02", updated="2023-06-03 15:55", intro="Check back throughout the day for the latest news on the war in Ukraine.",
  notes="Imitates an Ocala Star-Banner (Gannett) live-updates page, copied as plain text. OLDEST FIRST. One page byline ('Carla Wendt' / 'Ocala Star-Banner') is every post's author. Each post is an optional headline line, then a bare stamp line '8:02 a.m.' (no zone, no date), then the body; three posts have NO headline (stamp line directly followed by body). The zone ('ET', EDT = UTC-4) and the date come from the 'Published 8:02 a.m. ET June 3, 2023 | Updated 3:55 p.m. ET June 3, 2023' line. A 'Related:' link sits between posts 4 and 5.",
  not_entries=["'Skip to main content', masthead, 'Subscribe', 'Sign In' and menu", "label 'NEWS'", "title line", "byline lines 'Carla Wendt' / 'Ocala Star-Banner'", "'Published ... | Updated ...' line",
               "'Share' and the share labels", "intro 'Check back throughout the day ...'", "'Related: What we know about the Shangri-La Dialogue'", "'Contributing: The Associated Press'", "footer links and copyright"],
  entries=[
  E("2023-06-03 08:02", "Overnight strike on Dnipro suburb kills two",
    ["A Russian missile attack on a village on the outskirts of Dnipro overnight killed two people, including a young girl, and damaged more than a dozen houses, the regional governor said Saturday.",
     "Ukraine's air force said it had intercepted most of the cruise missiles and drones launched in the attack."],
    "strikes", "strikes", 3, "dnipro-suburb-strike-2023-06-03", a="Carla Wendt"),
  E("2023-06-03 09:15", None,
    ["The governor of Russia's Belgorod region said shelling of the border town of Shebekino went on through the night and that more residents had been moved to temporary housing farther from the border.",
     "He said two people were hurt."],
    "strikes", "strikes", 2, "shebekino-shelling-2023-06-03", a="Carla Wendt", n="Post without headline."),
  E("2023-06-03 10:30", "Indonesia's defense minister floats a peace plan",
    ["Indonesian Defense Minister Prabowo Subianto proposed a cease-fire in place, a demilitarized zone and United Nations-run referendums in disputed areas during a speech at the Shangri-La Dialogue security forum in Singapore.",
     "He said both sides should pull back about 9 miles from their current positions."],
    "diplomacy", "diplomacy", 3, "prabowo-peace-proposal-2023-06-03", a="Carla Wendt", n="Ministerial peace plan -> 3."),
  E("2023-06-03 11:45", "Kyiv: Indonesian plan 'sounds like a Russian plan'",
    ["Ukraine's defense minister, Oleksii Reznikov, dismissed the Indonesian proposal at the same forum, saying it would freeze the conflict and reward Russia for its invasion."],
    "diplomacy", "diplomacy", 3, "prabowo-peace-proposal-2023-06-03", a="Carla Wendt",
    n="Direct reply to the proposal at the same forum: same story as the proposal (reaction whose content is the event)."),
  E("2023-06-03 12:50", None,
    ["Ukraine's deputy defense minister, Hanna Maliar, said Ukrainian troops had advanced on the flanks around Bakhmut over the past week, while Russian forces continued trying to push forward elsewhere in the east."],
    "other", "frontline", 2, "bakhmut-flanks-2023-06-03", a="Carla Wendt", n="Post without headline."),
  E("2023-06-03 14:10", "Canada pledges money for Ukraine's air defense missiles",
    ["Canada's defense minister said in Singapore that her government would help pay for additional missiles for the air defense systems Ukraine received last year.",
     "She did not give a figure."],
    "aid", "aid", 2, "canada-air-defense-missile-funding", a="Carla Wendt"),
  E("2023-06-03 15:55", None,
    ["Kyiv officials said an inspection of the city's bomb shelters had found that about one in four was locked, unusable or in poor condition, days after three people died outside a closed shelter during a nighttime attack."],
    "other", "humanitarian", 2, "kyiv-shelter-inspections-2023-06-03", a="Carla Wendt", n="Post without headline; civilian protection -> humanitarian."),
  ]))

SEEDS.append(dict(id="9706", name="9706_newsjournal-timeline", ext="txt", source="The Daytona Beach News-Journal", zone="America/New_York", render=r_daytona,
  title="Drones, jets and an Athens summit: How the Russia-Ukraine war news unfolded", byline="Derek Sallis", published="2023-08-21 17:40",
  lede="From a drone alert over Moscow to new promises of fighter jets, it was a busy stretch in Russia's war against Ukraine.",
  how="Here's how the news developed from Sunday night into Monday. All times are Eastern.",
  more="Ukraine wants F-16s. What makes the jet so important?",
  notes="Imitates a Daytona Beach News-Journal (Gannett) timeline article, copied as plain text. OLDEST FIRST; the entries have NO headlines: each is a stamp line with a clock time and a weekday only ('11:50 p.m. Sunday', '1:20 a.m. Monday'), then the paragraph(s). 'All times are Eastern' (EDT, UTC-4). Dates are resolved from the weekday against the 'Published 5:40 p.m. ET Aug. 21, 2023' line: Monday = Aug. 21, Sunday = Aug. 20. The two Sunday-evening entries are local Aug. 20 but UTC Aug. 21: the page crosses local midnight, not UTC midnight. Author = the page byline 'Derek Sallis'.",
  not_entries=["'Skip to main content', masthead, 'Subscribe', 'Sign In' and menu", "label 'WORLD'", "title line", "byline lines", "'Published 5:40 p.m. ET Aug. 21, 2023'", "'Share' and share labels",
               "lede paragraph 'From a drone alert over Moscow ...'", "'Here's how the news developed ... All times are Eastern.'", "'More: ...' related link", "footer links and copyright"],
  entries=[
  E("2023-08-20 20:45", None,
    ["In his nightly video address, Ukrainian President Volodymyr Zelenskyy said the first F-16 fighter jets promised by Denmark and the Netherlands could reach Ukraine around the new year, once pilots and ground crews finish training."],
    "aid", "aid", 3, "denmark-netherlands-f16-pledge", a="Derek Sallis", n="Major arms transfer -> 3. Sunday 8:45 p.m. EDT = 00:45 UTC Monday."),
  E("2023-08-20 23:50", None,
    ["Air-raid sirens sounded across southern Ukraine as Russian drones targeted port facilities on the Danube River in the Odesa region, Ukrainian officials said.",
     "A grain warehouse was damaged, but no injuries were reported."],
    "strikes", "strikes", 2, "danube-ports-drone-attack-2023-08-21", a="Derek Sallis"),
  E("2023-08-21 01:20", None,
    ["Moscow's mayor said air defenses shot down two drones approaching the Russian capital, and flights were briefly suspended at three of the city's airports."],
    "strikes", "strikes", 2, "moscow-drones-2023-08-21", a="Derek Sallis"),
  E("2023-08-21 04:10", None,
    ["Russian officials in the Kursk region said a Ukrainian drone hit a railway station in the city of Kursk, injuring five people and setting part of the roof on fire."],
    "strikes", "strikes", 2, "kursk-railway-station-drone-2023-08-21", a="Derek Sallis", n="Kept apart from the Moscow drones (different place and event)."),
  E("2023-08-21 07:30", None,
    ["Zelenskyy arrived in Athens for a dinner meeting with European Union leaders and heads of government from the Western Balkans, his first visit to Greece since the full-scale invasion."],
    "diplomacy", "diplomacy", 3, "zelensky-athens-visit", a="Derek Sallis"),
  E("2023-08-21 10:05", None,
    ["Greek Prime Minister Kyriakos Mitsotakis said Greece would help train Ukrainian pilots to fly F-16s, joining a coalition of countries backing the effort.",
     "He did not say whether Greece would also send any of its own jets."],
    "aid", "aid", 3, "greece-f16-pilot-training-pledge", a="Derek Sallis", n="Separate pledge from the Danish/Dutch jets: own story."),
  E("2023-08-21 13:35", None,
    ["Ukraine's deputy defense minister said troops were making gradual progress near the village of Robotyne in the Zaporizhzhia region, the focus of the southern counteroffensive."],
    "other", "frontline", 2, "robotyne-advance-2023-08-21", a="Derek Sallis"),
  ]))

SEEDS.append(dict(id="9707", name="9707_floridatoday-live", ext="html", source="Florida Today", zone="America/New_York", render=r_floridatoday,
  title="Live updates: Shutdown averted, but Ukraine aid left out. What it means",
  url="https://www.floridatoday.com/story/news/2023/09/30/government-shutdown-averted-ukraine-aid-live-updates/70999013007/",
  what_we_know=["Congress passed a 45-day funding bill late Saturday that leaves out new money for Ukraine.",
                "The White House says it expects lawmakers to take up Ukraine funding separately.",
                "Slovakia's election was won by a party that opposes sending more weapons to Kyiv."],
  notes="Imitates a Florida Today (Gannett, Space Coast) live blog in HTML. OLDEST FIRST. Each post opens with a full stamp in <time datetime=UTC> ('Sept. 30, 2023, 9:05 p.m. ET'), then an h2 headline, then 'By NAME' (per-post authors). A 'What we know' box at the top holds three summary sentences that are not post headlines (not entries; key_point false everywhere). LiveBlogPosting JSON-LD lists every post with a UTC datePublished that agrees with the visible stamps. EDT = UTC-4: the two Saturday-night posts (local Sept. 30) are UTC Oct. 1 like the rest. Post 6 is a video teaser without body.",
  not_entries=["'Skip to main content', logo 'FLORIDA TODAY', menu, 'Subscribe', 'Sign In'", "label 'NATION'", "h1 title", "share buttons",
               "'What we know' box with three summary bullets", "video player label 'Video' / 'Play' in post 6", "newsletter box 'Never miss a launch ...'", "'Latest Stories' rail (launch schedule link)", "footer"],
  entries=[
  E("2023-09-30 21:05", "Biden signs stopgap funding bill with no new Ukraine aid",
    ["President Joe Biden signed a short-term spending bill Saturday night that keeps the federal government open until mid-November but includes none of the $6 billion in Ukraine aid the White House had sought.",
     "Biden said he expected House Speaker Kevin McCarthy to keep his commitment to bring Ukraine funding to a vote soon."],
    "aid", "aid", 3, "us-stopgap-bill-without-ukraine-aid", a="Jared Holm", n="US funding decision on Ukraine aid -> aid, 3."),
  E("2023-09-30 23:20", "Drones target southern Ukraine overnight",
    ["Russia launched 40 attack drones at the Odesa and Mykolaiv regions overnight, and air defenses shot down 30 of them, Ukraine's air force said.",
     "Falling debris started a fire at a farm storage site, officials said."],
    "strikes", "strikes", 3, "russian-drone-attack-2023-10-01", a="Maya Quintero", n="Large drone attack -> 3."),
  E("2023-10-01 08:15", "Slovak election winner Fico vows to end arms shipments",
    ["Former Prime Minister Robert Fico, whose party won Slovakia's parliamentary election, said his government would not send any more weapons to Ukraine if he forms a coalition.",
     "Fico said Slovakia would keep helping its neighbor with humanitarian aid and reconstruction."],
    "aid", "aid", 3, "slovakia-fico-election-arms-halt", sec=["diplomacy"], a="Maya Quintero", n="Stopping arms supply (CAMEO 1622) -> aid; incoming head of government -> 3."),
  E("2023-10-01 10:35", "Brevard defense suppliers watch the Ukraine funding fight",
    ["Several Brevard County companies that make electronics and communications gear used by Ukraine's military say their orders are steady for now but could slow if Congress does not approve more money.",
     "One executive said the uncertainty was already making suppliers cautious about hiring."],
    "aid", "aid", 2, "brevard-suppliers-ukraine-funding", a="Jared Holm", n="Local angle on the aid debate; own story (not the signing itself)."),
  E("2023-10-01 12:45", "British minister floats training Ukrainian troops inside Ukraine",
    ["Britain's new defense secretary, Grant Shapps, said he would like to see British military instructors train Ukrainian soldiers inside Ukraine rather than in Britain.",
     "Prime Minister Rishi Sunak later said there were no plans to do so in the short term."],
    "aid", "aid", 2, "uk-training-inside-ukraine-idea", a="Maya Quintero"),
  E("2023-10-01 14:25", "Watch: McCarthy explains why Ukraine money was dropped", [], "aid", "aid", 1, "us-stopgap-bill-without-ukraine-aid",
    n="Video teaser without body -> importance 1, under the story it shows."),
  E("2023-10-01 15:50", "Russian shelling kills two in Kherson region",
    ["Russian artillery killed two men in a village in the Kherson region on Sunday, the regional governor said, as shelling continued along the Dnieper River."],
    "strikes", "strikes", 3, "kherson-region-shelling-2023-10-01", a="Maya Quintero", n="Deadly strike -> 3."),
  ]))

SEEDS.append(dict(id="9708", name="9708_palmbeachpost-feed", ext="xml", source="The Palm Beach Post", zone="America/New_York", render=r_pbpost,
  title="The Palm Beach Post | World", build="Mon, 26 Jun 2023 16:02:44 -0400",
  notes="Imitates The Palm Beach Post world-news RSS feed: RSS 2.0, items newest first, pubDate with the Eastern offset (-0400), dc:creator per item (AP items credited 'Associated Press'), a <description> that repeats the first paragraph and the full text in content:encoded (body = the content:encoded paragraphs). The two Sunday-evening items (local June 25) are UTC June 26 like the rest; their story URLs carry /2023/06/25/. One local item (Lake Worth Beach church).",
  not_entries=["channel title, link, atom:link, description, language, lastBuildDate, ttl", "each item's <description> (a copy of the first body paragraph, not a separate entry)", "<link>/<guid> URLs and <category> values"],
  entries=[
  E("2023-06-26 15:40", "Putin says mutiny leaders betrayed Russia, offers fighters a way out",
    ["Russian President Vladimir Putin said in a televised address Monday night that the organizers of the weekend's armed rebellion had betrayed their country, but that Wagner fighters who did not take part could sign contracts with the military, go home or move to Belarus.",
     "He thanked soldiers and ordinary Russians for staying loyal and said bloodshed had been avoided."],
    "other", "politics", 3, "putin-address-after-wagner-mutiny", a="Associated Press", slug="putin-address-wagner-mutiny", n="Head-of-state address -> 3."),
  E("2023-06-26 13:15", "Prigozhin breaks silence, says march was not aimed at toppling Putin",
    ["Wagner founder Yevgeny Prigozhin said in an 11-minute audio message that his fighters' march toward Moscow was meant to protest plans to dismantle his company, not to seize power.",
     "He did not say where he was."],
    "other", "politics", 3, "prigozhin-audio-message-2023-06-26", a="Associated Press", slug="prigozhin-audio-message-mutiny", n="Separate statement from Putin's address: own story."),
  E("2023-06-26 10:50", "EU adds 3.5 billion euros to fund that pays for Ukraine's weapons",
    ["European Union foreign ministers agreed Monday to put another 3.5 billion euros into the fund the bloc uses to reimburse member countries for weapons sent to Ukraine.",
     "The decision raises the fund's overall ceiling to more than 12 billion euros."],
    "aid", "aid", 3, "eu-peace-facility-top-up", a="Luis Ferrand", slug="eu-european-peace-facility-increase"),
  E("2023-06-26 09:05", "Russia shows Shoigu with troops in first appearance since revolt",
    ["Russia's Defense Ministry released a video of Defense Minister Sergei Shoigu meeting commanders at a command post, the first time he had been seen since Prigozhin demanded his removal.",
     "The ministry did not say when the video was recorded."],
    "other", "politics", 2, "shoigu-video-after-mutiny", a="Associated Press", slug="shoigu-video-after-mutiny"),
  E("2023-06-26 06:30", "Ukraine says it retook a village in the south",
    ["Ukraine's deputy defense minister said troops had recaptured the village of Rivnopil in the Donetsk region, the latest small gain of the counteroffensive."],
    "other", "frontline", 2, "rivnopil-recapture-claim", a="Associated Press", slug="ukraine-retakes-village-south"),
  E("2023-06-25 23:45", "Lake Worth Beach church sends two ambulances to Ukraine",
    ["A Ukrainian Orthodox congregation in Lake Worth Beach has raised enough money to buy two used ambulances, which will be shipped to hospitals near the front line next month.",
     "Parishioners said they had collected donations at services and a summer festival."],
    "other", "humanitarian", 2, "lake-worth-beach-church-ambulances", a="Joanna Pike", slug="lake-worth-beach-church-ambulances-ukraine", cat="Local",
    n="Private donation -> other/humanitarian. Local June 25 = UTC June 26."),
  E("2023-06-25 20:30", "Blinken: revolt exposed 'real cracks' in Putin's authority",
    ["Secretary of State Antony Blinken said the short-lived rebellion showed real cracks in the facade of Putin's rule, and that it was too early to say how it would play out.",
     "He said the United States had no involvement in the events."],
    "diplomacy", "diplomacy", 3, "blinken-remarks-wagner-revolt", a="Associated Press", slug="blinken-revolt-cracks-putin-authority", n="Ministerial statement -> diplomacy, 3. 8:30 p.m. EDT June 25 = 00:30 UTC June 26."),
  ]))

SEEDS.append(dict(id="9709", name="9709_theledger-world", ext="html", source="The Ledger", zone="America/New_York", render=r_ledger,
  title="World", parse_args=["--date", "2023-01-22"],
  notes="Imitates The Ledger (Lakeland, Gannett) 'World' section front in HTML. Cards NEWEST FIRST, each a link holding headline, one-paragraph summary, byline and a stamp '5:30 p.m. ET Jan. 22' with no year (the year appears only inside the story URLs, /2023/01/22/); parse_args gives --date 2023-01-22 (the newest printed local day). EST = UTC-5; the oldest card is 'Jan. 21' at 10:40 p.m. ET = 03:40 UTC Jan. 22. No JSON-LD on the front. Author = the byline ('Associated Press', or the name before ', USA TODAY'). Card 6 is an analysis piece.",
  not_entries=["'Skip to main content', logo, menu, 'Subscribe', 'Sign In'", "cookie line 'We use cookies ...' with 'Privacy Policy' and 'Close'", "page heading 'World'", "newsletter box 'Sign up for the Daily Briefing newsletter'", "'Load More'", "footer links"],
  entries=[
  E("2023-01-22 17:30", "Germany would not block Poland from sending Leopards, Baerbock says",
    ["German Foreign Minister Annalena Baerbock said Sunday that Berlin would not stand in the way if Poland asked to send its German-made Leopard 2 tanks to Ukraine."],
    "aid", "aid", 3, "baerbock-poland-leopard-remark", a="Associated Press", byline="Associated Press", slug="baerbock-poland-leopards", n="Ministerial move on a major arms transfer -> 3."),
  E("2023-01-22 14:45", "Macron and Scholz pledge long-term backing for Kyiv at treaty anniversary",
    ["French President Emmanuel Macron and German Chancellor Olaf Scholz marked 60 years of their countries' friendship treaty in Paris by promising to support Ukraine for as long as necessary."],
    "diplomacy", "diplomacy", 3, "franco-german-treaty-anniversary-ukraine", a="Associated Press", byline="Associated Press", slug="macron-scholz-elysee-treaty-ukraine"),
  E("2023-01-22 12:10", "Ukraine fires deputy minister amid bribery probe",
    ["Ukraine's government dismissed a deputy infrastructure minister who is under investigation over alleged kickbacks on the purchase of generators, officials said."],
    "other", "politics", 2, "ukraine-deputy-minister-fired-bribery", a="Nadia Brooks", byline="Nadia Brooks, USA TODAY", slug="ukraine-deputy-minister-fired-bribery"),
  E("2023-01-22 09:20", "Heavy fighting reported near Zaporizhzhia front line",
    ["Ukrainian officials said Russian forces were attacking in greater numbers around the town of Orikhiv in the Zaporizhzhia region, raising fears of a new offensive in the south."],
    "other", "frontline", 2, "orikhiv-fighting-2023-01-22", a="Associated Press", byline="Associated Press", slug="zaporizhzhia-front-fighting"),
  E("2023-01-22 07:05", "Polk County church collects generators for Ukraine's winter",
    ["A Lakeland church has collected 35 portable generators for families in Ukraine who have lost power after Russian strikes on the country's energy grid."],
    "other", "humanitarian", 2, "polk-church-generators-ukraine", a="Rosa Tindall", byline="Rosa Tindall", slug="polk-church-generators-ukraine", n="Private donation -> other/humanitarian."),
  E("2023-01-21 22:40", "Ramstein takeaways: No tanks yet, but a bigger flow of arms",
    ["Allies meeting at Ramstein Air Base pledged armored vehicles, air defense systems and ammunition worth billions of dollars, but left without agreeing to send the battle tanks Ukraine says it needs most."],
    "aid", "aid", 2, "analysis-ramstein-takeaways", a="Nadia Brooks", byline="Nadia Brooks, USA TODAY", slug="ramstein-meeting-takeaways",
    n="Analysis (theme piece) of the previous day's meeting: own story, importance 2. Printed 'Jan. 21' = UTC Jan. 22."),
  ]))


# ============================================================ PART B, day 1: 2023-11-23 (UTC)
D1 = "Day 1 (2023-11-23 UTC): 9720, 9721, 9722, 9723."
ODE = "odesa-drone-strike-2023-11-23"
FIN = "finland-closes-eastern-border-crossings"
AVD = "avdiivka-fighting-2023-11-23"

SEEDS.append(dict(id="9720", name="9720_marrowdene-textlive", ext="txt", source="Marrowdene Gazette", zone="Europe/London", render=r_marrowdene,
  title="Ukraine war live: drones hit Odesa overnight; Finland to shut more border crossings", dateline="Thursday 23 November 2023",
  notes="Invented outlet. Text live blog, NEWEST FIRST; each post is a stamp line '18.15 GMT' (dot separator; GMT = UTC in November) BEFORE the headline, the body, then '\u2013 NAME'. A 'Key Points' block lists two exact post headlines (entries 04 and 07). Entry 05 is a video teaser without body; entry 03 is the day's theme piece (analysis). " + D1,
  not_entries=["masthead and menu line", "cookie line", "title and date lines", "'Key Points' heading and its two bullets (pointers to posts 04 and 07)", "'Live updates \u2014 newest first'",
               "'\u2013 NAME' signature lines (author of the post above)", "'Advertisement'", "'Load older posts' and footer"],
  entries=[
  E("2023-11-23 18:15", "Odesa toll rises to two",
    ["A second person has died of injuries from the overnight drone strike on Odesa, bringing the toll to two dead and 10 wounded, the regional administration said."],
    "strikes", "strikes", 3, ODE, a="Owen Lask", n="Toll update of the main story: 2 dead, 10 wounded."),
  E("2023-11-23 16:30", "Avdiivka: Kyiv reports dozens of assaults",
    ["Ukraine's army said it had repelled more than 40 Russian assaults around Avdiivka over the past day, as Moscow presses on with its attempt to encircle the town.",
     "A military spokesman said Russian losses near the town were heavy."],
    "other", "frontline", 3, AVD, a="Helen Tarrow", n="3 seeds today (spelled Avdeyevka by Hartlepike)."),
  E("2023-11-23 14:50", "Analysis: why the Shahed swarms are getting bigger",
    ["Russia has been launching its Iranian-designed Shahed drones in larger groups this autumn, and Ukrainian officials believe Moscow is building up a stock for a winter campaign against the power grid.",
     "Each drone costs a fraction of the missiles used to bring it down, which is why Ukraine increasingly relies on mobile teams armed with machine guns and searchlights."],
    "strikes", "strikes", 2, "analysis-shahed-winter-campaign", a="Owen Lask", n="Theme piece (analysis with body): own story, importance 2; must not merge with the Odesa strike."),
  E("2023-11-23 13:05", "Finland to close all but one crossing with Russia",
    ["Finland's government said it would close all but its northernmost border crossing with Russia from Friday night, accusing Moscow of steering migrants towards the frontier.",
     "Only the Raja-Jooseppi crossing in Lapland will stay open, and asylum applications will be accepted there."],
    "other", "security", 3, FIN, sec=["diplomacy"], a="Owen Lask", kp=True, n="Border closure against a hybrid threat -> other/security, diplomacy secondary. 3 seeds today."),
  E("2023-11-23 11:40", "Watch: Odesa residents sweep up after the raid", [], "strikes", "strikes", 1, ODE, n="Video teaser without body -> importance 1."),
  E("2023-11-23 09:25", "Kherson shelling kills pensioner",
    ["A 71-year-old man was killed when Russian shells landed in Kherson's Dniprovskyi district on Thursday morning, the city's military administration said.",
     "Two houses and a shop were damaged."],
    "strikes", "strikes", 3, "kherson-shelling-2023-11-23", a="Helen Tarrow", n="Deadly strike -> 3. Must NOT merge with the Odesa drone strike (different place and attack)."),
  E("2023-11-23 07:10", "Drone attack on Odesa injures eight",
    ["Russian drones struck Odesa overnight, damaging port buildings and a block of flats and injuring eight people, regional governor Oleh Kiper said.",
     "Ukraine's air force said it destroyed 15 of the 20 drones launched, most of them over the Odesa region."],
    "strikes", "strikes", 3, ODE, a="Helen Tarrow", kp=True, n="Main story of the day (4 seeds); toll 8 injured at this point."),
  ]))

SEEDS.append(dict(id="9721", name="9721_corbelstone-ldlive", ext="html", source="Corbelstone Live", zone="Europe/Kyiv", render=r_corbelstone,
  title="Russia-Ukraine war, day 638: live", url="https://corbelstone.example/live/2023-11-23",
  dateline="Thursday, 23 November 2023 \u00b7 All times Kyiv (EET)", lede="Our running coverage of the war, updated through the day.",
  notes="Invented outlet. HTML live blog, OLDEST FIRST; LiveBlogPosting JSON-LD lists every update with its own datePublished (+02:00), headline, articleBody and author. Visible posts: <time datetime> 'HH:MM' (Kyiv, EET = UTC+2), h3 headline, 'By NAME', body. Entry 06 repeats entry 03 nearly verbatim (duplicate_of). Entry 02 (Polish hauliers) is re-posted on day 2 by 9731. " + D1,
  not_entries=["header brand and navigation", "h1 title", "date line 'Thursday, 23 November 2023 \u00b7 All times Kyiv (EET)'", "standfirst 'Our running coverage ...'",
               "'Share this update' under every post", "closing line 'Follow tomorrow\u2019s coverage on our front page.'", "footer"],
  entries=[
  E("2023-11-23 08:05", "Odesa port area hit as air defences down most drones",
    ["Russia sent 20 attack drones against southern Ukraine overnight, and direct hits and falling debris damaged warehouses in the Odesa port area, the air force and local officials said.",
     "Several people were injured, according to the regional military administration."],
    "strikes", "strikes", 3, ODE, a="Taras Melnyk"),
  E("2023-11-23 09:40", "Polish hauliers extend border blockade",
    ["Polish lorry drivers protesting against competition from Ukrainian carriers said they would keep blocking three crossings on the border until at least the end of December.",
     "Ukraine's infrastructure ministry said about 2,500 lorries were queuing on the Polish side."],
    "diplomacy", "diplomacy", 2, "polish-hauliers-border-blockade", a="Anna Korsak", n="Bilateral trade dispute at the Polish-Ukrainian border -> diplomacy. Re-posted on day 2 (9731-01)."),
  E("2023-11-23 11:15", "Finland shuts more crossings, keeps one open in the north",
    ["Helsinki said on Thursday that only the Raja-Jooseppi checkpoint will remain open on its border with Russia from the night of 24 to 25 November.",
     "The government accuses Russian border guards of helping people without visas reach the Finnish side."],
    "other", "security", 3, FIN, sec=["diplomacy"], a="Anna Korsak"),
  E("2023-11-23 12:30", "Odesa: one dead, ten injured",
    ["One man has died and ten people were injured in the night-time drone attack on Odesa, the regional governor said in an update."],
    "strikes", "strikes", 3, ODE, a="Taras Melnyk", n="Toll update: 1 dead, 10 injured."),
  E("2023-11-23 14:10", "Germany delivers another IRIS-T launcher",
    ["Germany has handed over an additional IRIS-T air defence launcher and more ammunition for Gepard anti-aircraft guns, according to an updated list published by the government in Berlin."],
    "aid", "aid", 2, "germany-iris-t-delivery-2023-11-23", a="Anna Korsak", n="Must NOT merge with the Dutch 2024 reserve (9723-04): different donor, different act."),
  E("2023-11-23 15:45", "Finland shuts more crossings, keeps one open in the north",
    ["Helsinki said on Thursday that only the Raja-Jooseppi checkpoint will remain open on its border with Russia from the night of 24 to 25 November.",
     "The government accuses Russian border guards of helping people without visas to reach the Finnish side."],
    "other", "security", 1, FIN, sec=["diplomacy"], a="Anna Korsak", dup="9721-03", n="Near-verbatim repeat of 9721-03 (one word added) -> importance 1."),
  E("2023-11-23 17:20", "Avdiivka coke plant under heavy fire",
    ["Russian troops attacked Ukrainian positions near Avdiivka's coke and chemical plant throughout the day, a military spokesman said, describing the situation as difficult but under control."],
    "other", "frontline", 3, AVD, a="Taras Melnyk"),
  ]))

SEEDS.append(dict(id="9722", name="9722_fennisgate-worldrss", ext="xml", source="Fennisgate World Service", zone="UTC", render=r_rss, rfc="GMT",
  title="Fennisgate World Service - Top stories", url="https://fennisgate.example", lede="Headlines from around the world",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, CDATA descriptions, no authors. Four of six items are off-beat (Gaza truce, East African floods, Argentina, US holiday travel). Spells the city 'Odessa'. " + D1,
  not_entries=["channel title/link/description/language", "<category> and <guid> values"],
  entries=[
  OFF("2023-11-23 17:50", "Americans set travel record for Thanksgiving",
      ["A record number of travellers passed through airports in the United States this week ahead of the Thanksgiving holiday, the Transportation Security Administration said."],
      "thanksgiving-travel-record", n="US holiday travel.", cat="Americas"),
  OFF("2023-11-23 14:35", "Milei picks former central bank chief to run Argentina's economy",
      ["Argentina's president-elect Javier Milei has chosen Luis Caputo, who led the central bank in 2018, as his economy minister, his office said."],
      "milei-economy-minister", n="Argentine politics.", cat="Americas"),
  E("2023-11-23 12:20", "Finland to leave only one crossing open on Russian border",
    ["Finland is closing all but one of its crossing points with Russia, saying Moscow has been helping migrants reach the frontier in an attempt to put pressure on its neighbour."],
    "other", "security", 3, FIN, sec=["diplomacy"], cat="Europe"),
  OFF("2023-11-23 10:05", "Floods drive hundreds of thousands from homes in East Africa",
      ["Weeks of heavy rain have flooded large parts of Somalia and Kenya, forcing hundreds of thousands of people from their homes, aid agencies said."],
      "east-africa-floods", n="Weather disaster.", cat="Africa"),
  OFF("2023-11-23 08:15", "Gaza truce start pushed back to Friday",
      ["A temporary ceasefire between Israel and Hamas will not begin before Friday, an Israeli official said, as mediators worked on the final list of hostages to be freed."],
      "gaza-truce-delay", n="Israel-Gaza war, not the Russia-Ukraine war.", cat="Middle East"),
  E("2023-11-23 06:30", "Odessa port struck in night drone raid",
    ["Russian drones damaged port warehouses and an apartment building in the Ukrainian city of Odessa overnight, and local officials said several people had been hurt."],
    "strikes", "strikes", 3, ODE, cat="Europe", n="Same event as the Odesa posts (spelling variant)."),
  ]))

SEEDS.append(dict(id="9723", name="9723_hartlepike-atom", ext="xml", source="Hartlepike Review", zone="Europe/Warsaw", render=r_atom,
  title="Hartlepike Review \u2014 Eastern Europe", url="https://hartlepike.example", lede="Reporting from Central and Eastern Europe",
  notes="Invented outlet. Atom 1.0 feed, newest first, <published> with +01:00 (CET), per-entry <author>, escaped-HTML content. Spells 'Odessa' and 'Avdeyevka'. " + D1,
  not_entries=["feed title, subtitle, link, id, updated", "entry <id>/<link>/<updated> values"],
  entries=[
  E("2023-11-23 17:45", "Estonia warns it could close Narva crossing",
    ["Estonia's interior minister said the country was ready to close its border crossings with Russia, including the busy Narva checkpoint, within hours if migrants began arriving in numbers like those seen in Finland."],
    "other", "security", 2, "estonia-narva-crossing-warning", a="Marta Lind", n="Same theme as Finland's closure but a different country and decision: must NOT merge."),
  E("2023-11-23 15:30", "Avdeyevka assaults continue, Kyiv says",
    ["Russian forces kept attacking around Avdeyevka, where Ukrainian troops are defending the approaches to the town's coke plant, the general staff in Kyiv said."],
    "other", "frontline", 3, AVD, a="Piotr Zawada", n="Spelling variant of Avdiivka."),
  E("2023-11-23 12:55", "Wilders' win raises questions over Dutch support for Kyiv",
    ["The election victory of Geert Wilders, who has argued that the Netherlands should stop sending weapons to Ukraine, has raised doubts in Kyiv about one of its most reliable backers.",
     "Forming a coalition is expected to take months, and the caretaker cabinet remains in charge of defence policy."],
    "other", "politics", 2, "dutch-election-ukraine-aid-doubts", sec=["aid"], a="Marta Lind", n="Domestic politics of a backer -> other/politics; same country and theme as 9723-04 but a different event."),
  E("2023-11-23 10:15", "Netherlands reserves 2 billion euros for Ukraine next year",
    ["The outgoing Dutch government has set aside two billion euros for military support to Ukraine in 2024, the defence ministry in The Hague said.",
     "The money is meant to cover ammunition, air defence and the upkeep of equipment already delivered."],
    "aid", "aid", 3, "netherlands-2024-military-aid-reserve", a="Marta Lind", n="Major aid commitment -> 3. Must NOT merge with Germany's IRIS-T delivery or with the Wilders item."),
  E("2023-11-23 08:40", "Drones hit Odessa, wounding at least eight",
    ["A night-time drone attack on Odessa wounded at least eight people and set fire to port warehouses, Ukrainian officials said on Thursday morning.",
     "The city's port has been a frequent target since Russia left the Black Sea grain deal in July."],
    "strikes", "strikes", 3, ODE, a="Piotr Zawada"),
  ]))

# ============================================================ PART B, day 2: 2023-11-24 (UTC) -- the day after day 1
D2 = "Day 2 (2023-11-24 UTC): 9730, 9731, 9732, 9733."
DNI = "dnipro-missile-strike-2023-11-24"

SEEDS.append(dict(id="9730", name="9730_lumivaara-article", ext="txt", source="Lumivaara Times", zone="Europe/Helsinki", render=r_textarticle,
  crumbs="Home \u203a Finland \u203a Security", title="Eastern border closes tonight as Finland tightens its line with Russia", byline="Aino Halttu",
  dateline="24.11.2023 19:45 EET", lede="Finland will have a single open road crossing with Russia from Saturday, after the government's decision to shut three more checkpoints.",
  more="Timeline: Finland's eastern border since 2022",
  notes="Invented outlet. Text article with four section headings; one entry per section, stamp null, published = the dateline '24.11.2023 19:45 EET' (UTC+2 -> 17:45 UTC); the page byline is every section's author. Sections 1-2 continue day 1's story (new development: the closure takes effect; Moscow protests) and keep its slug. Section 4 is a theme piece. " + D2,
  not_entries=["outlet name and breadcrumb", "title line", "byline and dateline lines", "lede paragraph", "'Share: ...' line", "'Read more: ...' link", "copyright line"],
  entries=[
  E("2023-11-24 19:45", "Checkpoints shut at midnight",
    ["Three more crossings on Finland's eastern border will close at midnight, leaving Raja-Jooseppi in Lapland as the only place where travellers can enter from Russia.",
     "Interior Minister Mari Rantanen said the government would not hesitate to close the last crossing as well if the number of asylum seekers kept rising."],
    "other", "security", 3, FIN, sec=["diplomacy"], a="Aino Halttu", n="Continuation of day 1's story with a new development (closure takes effect); keeps the day-1 slug."),
  E("2023-11-24 19:45", "Moscow protests",
    ["Russia's foreign ministry called the closures an unfriendly step that would hurt ordinary people on both sides, and said it had handed a protest note to the Finnish ambassador."],
    "other", "security", 3, FIN, sec=["diplomacy"], a="Aino Halttu", n="Reaction whose content is the closure itself: same story."),
  E("2023-11-24 19:45", "Norway keeps Storskog under watch",
    ["Norway's justice minister said the country was prepared to close its only crossing with Russia, at Storskog in the far north, at short notice if migrants began arriving there in large numbers."],
    "other", "security", 2, "norway-storskog-crossing-readiness", a="Aino Halttu", n="Same theme, different country: must NOT merge with Finland's closure."),
  E("2023-11-24 19:45", "Analysis: the end of an open frontier",
    ["For three decades Finland's eastern crossings stood for pragmatic coexistence, with millions of Russian shoppers and tourists passing through every year.",
     "Their closure completes a turn in Finnish policy that began with the country's application to join NATO in 2022."],
    "diplomacy", "diplomacy", 2, "analysis-finland-border-policy-shift", a="Aino Halttu", n="Theme piece (analysis with body): own story, importance 2."),
  ]))

SEEDS.append(dict(id="9731", name="9731_corbelstone-ldlive", ext="html", source="Corbelstone Live", zone="Europe/Kyiv", render=r_corbelstone,
  title="Russia-Ukraine war, day 639: live", url="https://corbelstone.example/live/2023-11-24",
  dateline="Friday, 24 November 2023 \u00b7 All times Kyiv (EET)", lede="Our running coverage of the war, updated through the day.",
  notes="Invented outlet (same as 9721, next day's page). HTML live blog, OLDEST FIRST, LiveBlogPosting JSON-LD with per-update times (+02:00). Entry 01 re-posts day 1's 9721-02 nearly verbatim (importance 1). Entry 04 is a photo teaser without body. Spells 'Dnipro'. " + D2,
  not_entries=["header brand and navigation", "h1 title", "date line", "standfirst", "'Gallery: 9 images' label in entry 04", "'Share this update' under every post", "closing line", "footer"],
  entries=[
  E("2023-11-24 07:30", "Polish hauliers extend border blockade",
    ["Polish lorry drivers protesting against competition from Ukrainian carriers said they would keep blocking three crossings on the border until at least the end of December.",
     "Ukraine's infrastructure ministry said about 2,500 lorries were waiting on the Polish side."],
    "diplomacy", "diplomacy", 1, "polish-hauliers-border-blockade", a="Anna Korsak", n="Re-post of day-1 entry 9721-02 (same headline, one word changed) -> importance 1; duplicate_of is null because the original is on another seed."),
  E("2023-11-24 08:50", "Missile strike on Dnipro enterprise",
    ["A Russian missile hit an industrial enterprise in Dnipro early on Friday, injuring three workers, regional governor Serhiy Lysak said.",
     "Firefighters put out a blaze in one of the workshops."],
    "strikes", "strikes", 3, DNI, a="Taras Melnyk", n="Main story of day 2 (3 seeds); toll 3 injured at this point."),
  E("2023-11-24 10:20", "Shelling damages school in Kupiansk district",
    ["Russian shelling damaged a school and several houses in a village in the Kupiansk district of the Kharkiv region, local officials said; no one was hurt."],
    "strikes", "strikes", 2, "kupiansk-district-shelling-2023-11-24", a="Anna Korsak", n="Must NOT merge with the Dnipro missile strike."),
  E("2023-11-24 12:05", "Photos: Dnipro after the strike", [], "strikes", "strikes", 1, DNI, n="Photo teaser without body -> importance 1."),
  E("2023-11-24 13:40", "Dnipro toll: one dead, five hurt",
    ["The number of casualties from the morning missile strike in Dnipro has risen to one dead and five injured, the regional governor said."],
    "strikes", "strikes", 3, DNI, a="Taras Melnyk"),
  E("2023-11-24 15:15", "EU ambassadors open talks on 12th sanctions package",
    ["Ambassadors of the European Union's member states began discussing a 12th package of sanctions against Russia, which would include a ban on imports of Russian diamonds.",
     "Diplomats said they hoped to agree on it before the December summit."],
    "diplomacy", "diplomacy", 2, "eu-12th-sanctions-package-talks", a="Anna Korsak"),
  E("2023-11-24 17:10", "Denmark's new package includes drones and ammunition",
    ["Denmark announced its 18th package of military aid for Ukraine, worth about 1.3 billion Danish kroner, with drones, ammunition and spare parts for vehicles already delivered."],
    "aid", "aid", 2, "denmark-18th-aid-package", a="Anna Korsak", n="Must NOT merge with Scholz's budget pledge (9733-03)."),
  ]))

SEEDS.append(dict(id="9732", name="9732_kestlemouth-worldrss", ext="xml", source="Kestlemouth World Service", zone="Asia/Tokyo", render=r_rss, rfc="+0900",
  title="Kestlemouth World Service \u2014 World", url="https://kestlemouth.example", lede="World news, updated around the clock",
  notes="Invented outlet. General world-news RSS 2.0 feed from a Tokyo-based service, newest first, pubDate with +0900 (JST); the newest item is dated Saturday 25 November in Tokyo (02:10 JST) but is 17:10 UTC on Friday 24 November. Four of six items are off-beat. Spells 'Dnepr'. " + D2,
  not_entries=["channel title/link/description/language", "<category> and <guid> values"],
  entries=[
  E("2023-11-25 02:10", "Finland's eastern crossings close at midnight",
    ["Finland will close three more of its border crossings with Russia at midnight, leaving one checkpoint in Lapland open, the interior ministry confirmed."],
    "other", "security", 3, FIN, sec=["diplomacy"], cat="Europe", n="Continuation of day 1's story; 02:10 JST on 25 November = 17:10 UTC on 24 November."),
  OFF("2023-11-24 23:50", "Shoppers return for Black Friday sales",
      ["Retailers in the United States and Europe opened Black Friday sales with heavy discounts, though analysts expect shoppers to be more cautious than last year."],
      "black-friday-sales", n="Retail.", cat="Business"),
  OFF("2023-11-24 21:30", "Dublin counts the cost of a night of rioting",
      ["Police in Dublin made dozens of arrests after vehicles and shops were set on fire in the city centre on Thursday night, following a knife attack outside a school."],
      "dublin-riot", n="Irish unrest.", cat="Europe"),
  E("2023-11-24 18:05", "Missile strike hits Dnepr industrial site",
    ["A Russian missile struck an industrial site in the Ukrainian city of Dnepr on Friday morning, and officials reported three people hurt."],
    "strikes", "strikes", 3, DNI, cat="Europe", n="Spelling variant Dnepr."),
  OFF("2023-11-24 15:40", "Truce takes hold in Gaza",
      ["A four-day truce between Israel and Hamas began on Friday morning, and aid lorries started moving into Gaza from Egypt."],
      "gaza-truce-begins", n="Israel-Gaza war.", cat="Middle East"),
  OFF("2023-11-24 10:15", "Japan's inflation picks up again in October",
      ["Japan's core consumer prices rose faster in October than in September, keeping pressure on the central bank to move away from its ultra-loose policy."],
      "japan-inflation-october", n="Japanese economy.", cat="Asia"),
  ]))

SEEDS.append(dict(id="9733", name="9733_grindlecombe-textlive", ext="txt", source="Grindlecombe Post", zone="Europe/Berlin", render=r_grindlecombe,
  title="Ukraine and Russia: the day's developments", dateline="Friday 24 November", parse_args=["--date", "2023-11-24"],
  lede="Our Europe desk follows the war in Ukraine and its effects across the continent.",
  notes="Invented outlet. Text live blog, OLDEST FIRST; date line 'Friday 24 November' WITHOUT a year (parse_args --date 2023-11-24) and 'All times CET' (UTC+1); bare '08:10' line before each headline; 'Posted by NAME' after the body. Entry 05 repeats entry 03 nearly verbatim (duplicate_of). " + D2,
  not_entries=["masthead and desk line", "title, date line and 'All times CET'", "lede paragraph", "'Posted by ...' lines (author)", "subscription line 'Support our Europe desk ...'", "'That's all from us today.' and footer"],
  entries=[
  E("2023-11-24 08:10", "Dnipro hit by missile, three injured",
    ["A Russian missile struck a company site in Dnipro in the early morning, injuring three people, Ukrainian authorities reported.",
     "The air force said Russia had also launched drones at the Kharkiv and Dnipropetrovsk regions overnight."],
    "strikes", "strikes", 3, DNI, a="Lena Voss"),
  E("2023-11-24 09:40", "Bryansk governor reports drone downed",
    ["The governor of Russia's Bryansk region said air defences shot down a Ukrainian drone over a border district overnight and that nobody was hurt."],
    "strikes", "strikes", 2, "bryansk-drone-2023-11-24", a="Lena Voss"),
  E("2023-11-24 11:20", "Scholz: budget ruling will not cut aid to Kyiv",
    ["Chancellor Olaf Scholz told the Bundestag that Germany's support for Ukraine would not be reduced despite the constitutional court ruling that has thrown the federal budget into disarray.",
     "He said eight billion euros in military aid planned for next year remained a priority."],
    "aid", "aid", 3, "scholz-ukraine-aid-budget-pledge", a="Jonas Brehm", n="Head-of-government commitment on a major aid sum -> 3."),
  E("2023-11-24 13:00", "Dnipro strike: death toll rises to two",
    ["The regional governor said two people had died in the Dnipro strike and nine were hurt."],
    "strikes", "strikes", 3, DNI, a="Lena Voss", n="Toll grows: 3 injured -> 1 dead 5 hurt (9731) -> 2 dead 9 injured."),
  E("2023-11-24 14:30", "Scholz: budget ruling will not cut aid to Kyiv",
    ["Chancellor Olaf Scholz told the Bundestag that Germany's support for Ukraine would not be reduced despite the constitutional court ruling that has thrown the federal budget into disarray.",
     "He said the eight billion euros in military aid planned for next year remained a priority."],
    "aid", "aid", 1, "scholz-ukraine-aid-budget-pledge", a="Jonas Brehm", dup="9733-03", n="Near-verbatim repeat of 9733-03 -> importance 1."),
  E("2023-11-24 16:15", "Finland's last open crossing braces for arrivals",
    ["Finnish border guards at Raja-Jooseppi, which will be the only crossing still open from Saturday, said they were adding staff and tents in case more asylum seekers arrive."],
    "other", "security", 3, FIN, sec=["diplomacy"], a="Jonas Brehm", n="Continuation of day 1's story."),
  E("2023-11-24 17:45", "Russian court extends custody of US reporter",
    ["A court in Moscow extended the pre-trial detention of an American journalist accused of espionage by another three months, a move his employer condemned."],
    "other", "security", 2, "moscow-court-us-journalist-detention", a="Lena Voss", n="Espionage case -> other/security."),
  ]))

# ============================================================ PART B, day 3: 2023-05-12 (UTC)
D3 = "Day 3 (2023-05-12 UTC): 9740, 9741, 9742, 9743, 9744."
LUH = "luhansk-strikes-storm-shadow-2023-05-12"
BAK = "bakhmut-flank-advance-2023-05-12"
GER = "germany-2-7bn-arms-package"
UKS = "uk-storm-shadow-delivery-confirmed"

SEEDS.append(dict(id="9740", name="9740_penwithy-worldatom", ext="xml", source="Penwithy World", zone="UTC", render=r_atom,
  title="Penwithy World \u2014 Latest", url="https://penwithy.example", lede="International news in brief",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in Z, no authors. Four of six items are off-beat (Thai election, US border rule, Pakistan, Twitter). Spells 'Lugansk'. " + D3,
  not_entries=["feed title, subtitle, link, id, updated", "entry <id>/<link>/<updated> values"],
  entries=[
  E("2023-05-12 17:55", "Germany readies 2.7 billion euro arms package for Kyiv",
    ["Germany is preparing a new package of weapons for Ukraine worth about 2.7 billion euros, including tanks, air defence systems and ammunition, according to reports in Berlin."],
    "aid", "aid", 3, GER, n="2 seeds today; must NOT merge with Britain's Storm Shadow confirmation."),
  OFF("2023-05-12 16:40", "Twitter names a new chief executive",
      ["Elon Musk said he had chosen a new chief executive for Twitter, advertising executive Linda Yaccarino, who will start in about six weeks."],
      "twitter-new-ceo", n="Tech business."),
  E("2023-05-12 15:10", "Blasts rock Lugansk as Moscow blames British missiles",
    ["Two large explosions hit the Russian-occupied city of Lugansk on Friday, and Russian officials said Ukraine had used British-supplied cruise missiles against industrial targets there."],
    "strikes", "strikes", 3, LUH, n="Main story of day 3 (5 seeds); spelling variant Lugansk."),
  OFF("2023-05-12 13:15", "Pakistan's Khan granted bail",
      ["A court in Islamabad granted former Pakistani Prime Minister Imran Khan bail in a corruption case, days after his arrest set off violent protests."],
      "imran-khan-bail", n="Pakistani politics."),
  OFF("2023-05-12 09:05", "Migrants wait at US border as pandemic rule ends",
      ["Thousands of migrants waited along the border between the United States and Mexico after a pandemic-era rule allowing quick expulsions expired, but officials reported no sudden surge overnight."],
      "us-border-title-42-end", n="US border policy."),
  OFF("2023-05-12 07:20", "Thailand's opposition makes final campaign push",
      ["Thailand's main opposition parties held their final rallies before Sunday's general election, in which they hope to end nearly a decade of military-backed rule."],
      "thailand-election-campaign", n="Thai election."),
  ]))

SEEDS.append(dict(id="9741", name="9741_dunmorrow-textlive", ext="txt", source="Dunmorrow Live", zone="Europe/London", render=r_dunmorrow, newest=False,
  title="Ukraine war latest: explosions in occupied Luhansk; Kyiv claims gains near Bakhmut", dateline="Friday 12 May 2023",
  lede="Follow the day's developments in the war in Ukraine.",
  notes="Invented outlet. Text live blog, OLDEST FIRST; each post is the headline, then 'Posted by NAME at 3.40pm BST' (stamp AFTER the headline; BST = UTC+1), then the body. Entry 04 is a video teaser without body; entry 05 is the day's theme piece (explainer); entry 07 repeats entry 02 nearly verbatim (duplicate_of). " + D3,
  not_entries=["masthead and menu line", "title and date lines", "lede paragraph", "'Posted by ... at ...' lines (author and stamp of the post above them)", "newsletter line 'Sign up to the Dunmorrow Live morning briefing'", "'Show earlier posts' and footer"],
  entries=[
  E("2023-05-12 09:10", "Kherson region shelled overnight, one killed",
    ["Russian shelling killed one person and wounded two in villages along the Dnipro river in the Kherson region overnight, the regional governor said."],
    "strikes", "strikes", 3, "kherson-region-shelling-2023-05-12", a="Fiona Rennick", n="Deadly strike -> 3. Must NOT merge with the Luhansk strikes."),
  E("2023-05-12 10:30", "Kyiv says troops advanced two kilometres near Bakhmut",
    ["Ukrainian forces advanced by about two kilometres near Bakhmut over the past week, the country's deputy defence minister said, describing it as a local success rather than the start of a counteroffensive."],
    "other", "frontline", 3, BAK, a="Fiona Rennick", n="4 seeds today."),
  E("2023-05-12 12:50", "Explosions reported in occupied Luhansk",
    ["Several powerful explosions shook the Russian-occupied city of Luhansk, and Russian-installed officials said six people were injured.",
     "Video shared on social media showed thick black smoke over the city's eastern districts."],
    "strikes", "strikes", 3, LUH, a="Gareth Quayle", n="Toll 6 injured at this point."),
  E("2023-05-12 14:05", "Watch: smoke rises over Luhansk", [], "strikes", "strikes", 1, LUH, n="Video teaser without body -> importance 1."),
  E("2023-05-12 15:40", "Explainer: what is Storm Shadow?",
    ["Storm Shadow is an air-launched cruise missile made by MBDA with a range of more than 250km, much farther than any weapon Ukraine had been given before.",
     "Britain confirmed on Thursday that it had sent the missiles, which Ukraine can launch from its Soviet-era Su-24 bombers."],
    "aid", "aid", 2, "explainer-storm-shadow", a="Gareth Quayle", n="Theme piece (explainer with body): own story, importance 2; not the Luhansk strike and not the confirmation itself."),
  E("2023-05-12 17:20", "Luhansk: eight now injured, Russian officials say",
    ["The number of people injured in the explosions in Luhansk has risen to eight, Russian-installed officials said, adding that an industrial site and a residential area were hit."],
    "strikes", "strikes", 3, LUH, a="Gareth Quayle", n="Toll grows to 8."),
  E("2023-05-12 18:45", "Kyiv says troops advanced two kilometres near Bakhmut",
    ["Ukrainian forces advanced by about two kilometres near Bakhmut in the past week, the country's deputy defence minister said, describing it as a local success rather than the start of a counteroffensive."],
    "other", "frontline", 1, BAK, a="Fiona Rennick", dup="9741-02", n="Near-verbatim repeat of 9741-02 -> importance 1."),
  ]))

SEEDS.append(dict(id="9742", name="9742_callowbrae-htmllive", ext="html", source="Callowbrae Report", zone="Europe/Kyiv", render=r_callowbrae,
  title="Live: Luhansk explosions, Bakhmut counter-attacks", url="https://callowbrae.example/live/12-may-2023",
  dateline="12 May 2023 \u00b7 Kyiv time (EEST)",
  notes="Invented outlet. HTML live blog, NEWEST FIRST; 'Key Points' box lists two exact post headlines (entries 02 and 04). JSON-LD @graph whose live node has @type ['NewsArticle','LiveBlogPosting'] and no liveBlogUpdate. Visible <time datetime=+03:00> 'HH:MM' (Kyiv, EEST = UTC+3) above each h2; signature '\u2014 NAME' after the body. " + D3,
  not_entries=["header and navigation", "h1 title", "date line '12 May 2023 \u00b7 Kyiv time (EEST)'", "'Key Points' box (two pointers to posts 02 and 04)", "signature lines (author)", "footer"],
  entries=[
  E("2023-05-12 20:05", "Zelensky: the army needs a little more time",
    ["President Volodymyr Zelensky said in an interview that Ukraine's army needed more time and more armoured vehicles before launching its counteroffensive."],
    "other", "frontline", 2, "zelensky-counteroffensive-timing-remarks", a="Yana Kovalchuk"),
  E("2023-05-12 18:30", "Russia says British cruise missiles were used on Luhansk",
    ["Russia's defence ministry said Ukraine had fired British-supplied Storm Shadow missiles at two industrial sites in Luhansk, and claimed Russian air defences had shot down some of them."],
    "strikes", "strikes", 3, LUH, a="Mykola Shevchuk", kp=True, n="Official claim about the same attack -> same story, strikes."),
  E("2023-05-12 16:10", "Germany preparing its largest package yet, reports say",
    ["Germany is preparing military aid for Ukraine worth about 2.7 billion euros, its largest package so far, German media reported, ahead of an expected visit by President Volodymyr Zelensky."],
    "aid", "aid", 3, GER, a="Yana Kovalchuk"),
  E("2023-05-12 14:35", "Blasts in Luhansk; occupation officials blame Ukraine",
    ["Explosions hit the occupied city of Luhansk, and officials installed by Moscow blamed a Ukrainian strike on two industrial sites.",
     "They reported several people injured."],
    "strikes", "strikes", 3, LUH, a="Mykola Shevchuk", kp=True),
  E("2023-05-12 11:45", "Syrskyi: Russian units pushed back near Bakhmut",
    ["Ukraine's ground forces commander, Oleksandr Syrskyi, said his troops had forced Russian units back from some positions on the flanks of Bakhmut."],
    "other", "frontline", 3, BAK, a="Yana Kovalchuk"),
  E("2023-05-12 09:20", "Air force: 10 of 12 drones destroyed overnight",
    ["Ukraine's air force said it destroyed 10 of the 12 Shahed drones Russia launched overnight, mostly over the central regions.",
     "There were no reports of casualties."],
    "strikes", "strikes", 2, "overnight-drone-attack-2023-05-12", a="Yana Kovalchuk"),
  ]))

SEEDS.append(dict(id="9743", name="9743_vistelmark-rss", ext="xml", source="Vistelmark Daily", zone="Europe/Kyiv", render=r_rss, rfc="+0300", plain=True,
  title="Vistelmark Daily: War in Ukraine", url="https://vistelmark.example", lede="Ukraine war coverage from Vistelmark Daily",
  notes="Invented outlet. War-focused RSS 2.0 feed, newest first, pubDate with +0300 (Kyiv, EEST), dc:creator per item, plain-text descriptions with &quot; entities. " + D3,
  not_entries=["channel title/link/description/language", "<category> and <guid> values"],
  entries=[
  E("2023-05-12 19:30", "Zelensky expected in Rome on Saturday",
    ["President Volodymyr Zelensky is expected in Rome on Saturday for talks with Italy's leaders and a meeting with Pope Francis, Italian media reported."],
    "diplomacy", "diplomacy", 2, "zelensky-rome-visit-expected", a="Ihor Danylko", cat="Diplomacy"),
  E("2023-05-12 17:05", "Occupied Zaporizhzhia villages emptied as evacuation continues",
    ["Moscow-installed officials in the occupied part of the Zaporizhzhia region said they had moved thousands of residents away from the front line, where a Ukrainian offensive is expected."],
    "other", "humanitarian", 2, "zaporizhzhia-occupied-evacuation", a="Svitlana Moroz", cat="Civilians"),
  E("2023-05-12 15:20", "Luhansk: occupation authorities report injured after explosions",
    ["Russian-installed authorities in Luhansk said at least six people were injured when explosions hit the city in the afternoon."],
    "strikes", "strikes", 3, LUH, a="Svitlana Moroz", cat="Strikes"),
  E("2023-05-12 12:40", "UK confirmed Storm Shadow deliveries on Thursday",
    ["Britain's defence secretary Ben Wallace told Parliament on Thursday that Storm Shadow cruise missiles were being sent to Ukraine, making the UK the first country to supply such long-range weapons."],
    "aid", "aid", 3, UKS, a="Ihor Danylko", cat="Weapons", n="2 seeds today (9743, 9744). Must NOT merge with the Luhansk strikes or Germany's package."),
  E("2023-05-12 10:05", "Army says Russian troops fell back up to 2 km near Bakhmut",
    ['Russian troops have withdrawn by up to two kilometres in some sectors near Bakhmut, Ukraine\'s army said, calling it the result of "effective counter-attacks".'],
    "other", "frontline", 3, BAK, a="Ihor Danylko", cat="Frontline"),
  ]))

SEEDS.append(dict(id="9744", name="9744_elsworthy-article", ext="txt", source="Elsworthy Ridge Journal", zone="Europe/Berlin", render=r_textarticle,
  crumbs="World \u203a Europe \u203a Ukraine", title="Long-range missiles change the map: Luhansk strikes and what they mean", byline="Henrik Dahl",
  dateline="12 May 2023, 21:10 CEST", lede="Ukraine appears to have used its newest weapon for the first time, as fighting flared around Bakhmut.",
  more="The weapons Ukraine has received so far",
  notes="Invented outlet. Text article with three section headings; one entry per section, stamp null, published = the dateline '12 May 2023, 21:10 CEST' (UTC+2 -> 19:10 UTC); page byline as author. " + D3,
  not_entries=["outlet name and breadcrumb", "title line", "byline and dateline lines", "lede paragraph", "'Share: ...' line", "'Read more: ...' link", "copyright line"],
  entries=[
  E("2023-05-12 21:10", "Strikes deep behind the line",
    ["Explosions hit two industrial facilities in Luhansk on Friday, and Moscow said Ukraine had fired British Storm Shadow cruise missiles at the city for the first time.",
     "Russian-installed officials said eight people were injured, including children."],
    "strikes", "strikes", 3, LUH, a="Henrik Dahl"),
  E("2023-05-12 21:10", "London's decision",
    ["Britain became the first country to supply Ukraine with long-range cruise missiles when Defence Secretary Ben Wallace confirmed the deliveries on Thursday.",
     "Washington has so far refused to send its own long-range ATACMS missiles."],
    "aid", "aid", 3, UKS, a="Henrik Dahl"),
  E("2023-05-12 21:10", "Ground fighting around Bakhmut",
    ["Ukrainian commanders said their counter-attacks had pushed Russian forces back on both flanks of Bakhmut, although the city itself remained largely under Russian control."],
    "other", "frontline", 3, BAK, a="Henrik Dahl"),
  ]))


# ============================================================ emit
def basis(rname, S, e, d, st):
    z = S["zone"]; off = d.utcoffset().total_seconds() / 3600
    offs = f"UTC{off:+.0f}" if off else "UTC"
    day = f"{DAYS[d.weekday()]} {d:%Y-%m-%d}"
    return {
        "r_naples": lambda: f"stamp '{st}' under the day header '{DAYS[d.weekday()]}, {apdate(d, year=False)}'; year from the page line 'Published ... Jan. 12, 2023 | Updated ... Jan. 13, 2023'; ET in January = EST = {offs}",
        "r_newspress": lambda: f"no per-section time; the article's 'Published {aptime(d)} ET {apdate(d)}' line is used for every section; EST = {offs}",
        "r_bradenton": lambda: f"item time '{st}' under '(all times local)' = Kyiv ({offs}); date from the page's 'Updated March 11, 2023 1:47 PM' (Eastern) line, which is 20:47 in Kyiv on the same date",
        "r_pensacola": lambda: f"pubDate '{st}' (explicit GMT); Pensacola local time is CDT ({offs})",
        "r_nwf": lambda: f"card date line '{st}' (no year, no zone): year from parse_args --date 2023-04-27, zone implied by the outlet's home in Fort Walton Beach (CDT, {offs})",
        "r_ocala": lambda: f"bare stamp '{st}'; date and 'ET' from the page line 'Published 8:02 a.m. ET June 3, 2023 | Updated 3:55 p.m. ET June 3, 2023'; EDT = {offs}",
        "r_daytona": lambda: f"stamp '{st}' (weekday only) resolved against 'Published 5:40 p.m. ET Aug. 21, 2023' (a Monday): {day}; 'All times are Eastern', EDT = {offs}",
        "r_floridatoday": lambda: f"full stamp '{st}' (EDT = {offs}); the <time datetime> and the JSON-LD datePublished agree",
        "r_pbpost": lambda: f"pubDate '{st}' (explicit -0400 = EDT)",
        "r_ledger": lambda: f"card stamp '{st}' (no year): year from parse_args --date 2023-01-22 (and the story URL); ET in January = EST = {offs}",
        "r_marrowdene": lambda: f"stamp '{st}' on the page's date line '{S.get('dateline')}'; GMT = UTC",
        "r_corbelstone": lambda: f"visible '{st}' with <time datetime> ({offs}) under the date line '{S.get('dateline')}'; JSON-LD update time agrees",
        "r_rss": lambda: f"pubDate '{st}' (explicit zone)",
        "r_atom": lambda: f"<published> '{st}' (explicit offset)",
        "r_textarticle": lambda: f"no per-section time; the article dateline '{S.get('dateline')}' is used for every section ({offs})",
        "r_grindlecombe": lambda: f"bare '{st}' under the date line 'Friday 24 November' (no year: parse_args --date 2023-11-24) and 'All times CET' ({offs})",
        "r_dunmorrow": lambda: f"'{st}' in the 'Posted by ... at ...' line after the headline, on the page's date line '{S.get('dateline')}'; BST = {offs}",
        "r_callowbrae": lambda: f"visible '{st}' with <time datetime> ({offs}) under the date line '{S.get('dateline')}'",
    }[rname]()


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
                         "published_basis": basis(rname, S, e, d, stamps[i]),
                         "author": e["a"],
                         "first_sentence": first_sentence(e["p"][0]) if e["p"] else None,
                         "body_paragraphs": len(e["p"]),
                         "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                         "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"],
                         "notes": e["n"]})
        if S["id"] < "9720":
            assert len({x["published"][:10] for x in ents}) == 1, S["id"]
        gold = {"seed": fn, "source": S["source"], "page_title": S["title"], "page_timezone": S["zone"]}
        if S.get("parse_args"):
            gold["parse_args"] = S["parse_args"]
        gold.update({"notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]})
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        total += len(ents)
        print(fn, len(ents))
    print("total", total)


if __name__ == "__main__":
    main()

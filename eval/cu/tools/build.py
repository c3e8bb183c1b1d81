#!/usr/bin/env python3
"""Builds the eval/cu seeds and gold files from one hand-written data table (this file).
Every headline and paragraph was written by the blind tester (invented or paraphrased, 2025 settings);
Part A imitates the layout of ten real Texas/Arkansas outlets, Part B outlets are invented. Deterministic.
Run from the project root: python3 eval/cu/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]  # AP style
SHORT_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBR = {"U.S", "a.m", "p.m", "Gov", "Gen", "Lt", "Col", "Mr", "Mrs", "Ms", "Dr", "St", "Sen", "Rep", "No", "Jan", "Feb",
        "Aug", "Sept", "Oct", "Nov", "Dec", "Mt", "Ret"}


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None, **kw):
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+["\'\u201c\u2018(]?[A-Z0-9]|$)', par):
        tok = par[:m.start()].split()[-1] if par[:m.start()].split() else ""
        if m.group(0)[0] == "." and (tok in ABBR or re.fullmatch(r"[A-Z]", tok)):
            continue
        return par[:m.end()]
    return par


def esc(s):
    return html.escape(s, quote=False)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ampm(d, dots=True, upper=False, sep=":"):
    h = d.hour % 12 or 12
    suf = ("a.m." if d.hour < 12 else "p.m.") if dots else ("am" if d.hour < 12 else "pm")
    if upper:
        suf = "AM" if d.hour < 12 else "PM"
    return f"{h}{sep}{d.minute:02d} {suf}"


def paras(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def iso(d):
    return d.isoformat()


def rfc822(d, zone_label=None):
    s = d.strftime("%a, %d %b %Y %H:%M:%S ")
    return s + (zone_label if zone_label else d.strftime("%z"))


# ============================================================ PART A renderers (layout imitations; all wording own)

def r_victoria(S):  # BLOX (TownNews) topic/tag page, HTML; cards newest first; visible date only, time in <time datetime>
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">',
           f'<title>{esc(S["title"])} | victoriaadvocate.com</title>',
           '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
           '<link rel="canonical" href="https://www.victoriaadvocate.com/topics/russia-ukraine-war/"></head>',
           '<body class="tnt-section-topics">',
           '<a class="sr-only sr-only-focusable" href="#main-page-container">Skip to main content</a>',
           '<div id="site-top-nav"><ul class="list-inline"><li><a href="/weather/">Victoria, TX <span class="tnt-weather-temp">48°</span> Cloudy</a></li>'
           '<li><a href="/eedition/">e-Edition</a></li><li><a href="/subscribe/">Subscribe</a></li><li><a href="/users/login/">Log In</a></li></ul></div>',
           '<header id="site-header"><a class="navbar-brand" href="/"><img alt="Victoria Advocate" src="/content/tncms/live/global/resources/images/logo.svg"></a>',
           '<nav id="main-navigation"><ul><li><a href="/news/">News</a></li><li><a href="/sports/">Sports</a></li><li><a href="/opinion/">Opinion</a></li>'
           '<li><a href="/news/business/">Business</a></li><li><a href="/news/nation_world/">Nation &amp; World</a></li><li><a href="/obituaries/">Obituaries</a></li>'
           '<li><a href="/lifestyle/">Lifestyle</a></li><li><a href="/classifieds/">Classifieds</a></li><li><a href="/jobs/">Jobs</a></li></ul></nav></header>',
           '<div id="tncms-cookie-notice">We use cookies so the site works properly and to understand how it is used. <a href="/privacy/">Learn more</a> <button>Got it</button></div>',
           '<main id="main-page-container"><div class="block-title"><h1>' + esc(S["title"]) + '</h1></div>',
           f'<p class="block-subtitle">{esc(S["lede"])}</p>', '<div class="card-grid">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{SHORT_MON[d.month - 1]} {d.day}, {d.year}"; stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")[:60]
        out.append(f'<article class="tnt-asset-type-{"collection" if not e["p"] else "article"} card summary">')
        out.append(f'<div class="card-headline"><h3 class="tnt-headline"><a href="/news/nation_world/{slug}/article_{i + 4411}.html">{esc(e["h"])}</a></h3></div>')
        out.append('<ul class="list-inline card-byline">' + (f'<li class="tnt-byline">{esc(e["by"])}</li>' if e.get("by") else "")
                   + f'<li class="card-date"><time datetime="{iso(d)}" class="tnt-date asset-date text-muted">{st}</time></li></ul>')
        if e["p"]:
            out.append('<div class="card-lead">' + "".join(f'<p class="tnt-summary">{esc(p)}</p>' for p in e["p"]) + "</div>")
        if e.get("comments"):
            out.append(f'<div class="card-comments"><a href="#comments">{e["comments"]} comments</a></div>')
        out.append("</article>")
        if i == 2:
            out.append('<div class="tnt-ads-container"><span class="ad-label">Advertisement</span></div>')
    out += ['</div><a class="btn btn-default load-more" href="?o=7">Load more</a></main>',
            '<aside id="sidebar"><section class="most-popular"><h4>Most Popular</h4><ol>'
            '<li><a href="/news/local/a1">Victoria County approves new drainage district work</a></li>'
            '<li><a href="/news/local/a2">Hundreds turn out for Riverside Park cleanup</a></li>'
            '<li><a href="/sports/a3">Stingarees rally late to stay unbeaten in district</a></li></ol></section>',
            '<section class="newsletter"><h4>Morning Headlines</h4><p>The top local stories in your inbox every weekday.</p><input type="email" placeholder="Email address"> <button>Sign up</button></section></aside>',
            '<footer id="site-footer"><p>© 2025 Victoria Advocate. All rights reserved.</p><a href="/terms/">Terms of Use</a> | <a href="/privacy/">Privacy Policy</a> | <a href="/contact/">Contact Us</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_longview(S):  # BLOX article scrape, AP "The Latest": time line, then dateline-led paragraphs; no per-item headline; newest first
    z = S["zone"]
    L = ["Skip to main content", "Longview News-Journal", "Subscribe", "Log In", "", "Longview, TX", "43°", "Partly Cloudy", "",
         "News  Sports  Business  Opinion  Obituaries  Lifestyles  Nation & World  e-Edition  Classifieds", "", "Nation & World", "",
         S["title"], "", S["byline"], S["dateline"], "", "Facebook", "Twitter", "WhatsApp", "SMS", "Email", "Print", "Copy article link", "Save", "",
         S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d); stamps.append(st)
        L += [st, ""] + paras(e["p"])
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Copyright 2025 The Associated Press. All rights reserved.", "", "Tags", "Russia-ukraine War", "Ukraine", "Russia", "",
          "Related to this story", "EU leaders debate new sanctions on Russian liquefied gas", "Kremlin comments on incoming US administration", "",
          "Most Popular", "Gregg County deputies look into weekend burglaries", "Longview ISD names new principal at Judson", "",
          "© 2025 Longview News-Journal | Terms of Use | Privacy Policy"]
    return "\n".join(L) + "\n", stamps


def r_midland(S):  # Hearst RSS 2.0: pubDate GMT, dc:creator, CDATA description, media:content
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">',
           "<channel>", f"<title>{esc(S['title'])}</title>", "<link>https://www.mrt.com/news/world/</link>",
           '<atom:link href="https://www.mrt.com/rss/feed/world-news-12345.php" rel="self" type="application/rss+xml"/>',
           "<description>World news from the Midland Reporter-Telegram and its wire partners.</description>", "<language>en-us</language>",
           f"<lastBuildDate>{S['build']}</lastBuildDate>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], z).astimezone(UTC); st = rfc822(u, "GMT"); stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")[:70]
        link = f"https://www.mrt.com/news/world/article/{slug}-{20148300 + i * 17}.php"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{link}</link>", f'<guid isPermaLink="true">{link}</guid>', f"<pubDate>{st}</pubDate>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out.append(f"<description><![CDATA[{''.join('<p>' + esc(p) + '</p>' for p in e['p'])}]]></description>" if e["p"] else "<description></description>")
        out += [f'<media:content url="https://s.hdnux.com/photos/01/44/{i + 10}/{i + 70}/{i + 5}/rawImage.jpg" medium="image"/>', "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_laredo(S):  # Hearst article page, HTML: round-up of briefs under h2s, per-brief credit lines, one page time, NewsArticle JSON-LD
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": iso(d0), "dateModified": iso(d0),
          "author": [{"@type": "Organization", "name": "Laredo Morning Times"}],
          "publisher": {"@type": "Organization", "name": "Laredo Morning Times", "logo": {"@type": "ImageObject", "url": "https://www.lmtonline.com/img/logo.png"}},
          "description": S["dek"]}
    vis = f"{SHORT_MON[d0.month - 1]} {d0.day}, {d0.year} {ampm(d0)}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header class="header"><a class="logo" href="/">Laredo Morning Times</a><nav><a href="/local/">Local</a> <a href="/business/">Business</a> '
           '<a href="/sports/">Sports</a> <a href="/opinion/">Opinion</a> <a href="/texas/">Texas</a> <a href="/news/world/">Nation &amp; World</a> '
           '<a href="/obituaries/">Obituaries</a> <a href="/eedition/">e-Edition</a></nav><a class="btn" href="/subscribe/">Subscribe</a> <a href="/signin/">Sign In</a></header>',
           '<main><div class="breadcrumb"><a href="/news/world/">World</a></div>', f'<h1 class="headline">{esc(S["title"])}</h1>',
           f'<p class="dek">{esc(S["dek"])}</p>', f'<div class="byline">{esc(S["byline"])}</div>',
           f'<div class="timestamp"><time datetime="{iso(d0)}">{vis}</time></div>',
           '<div class="share"><a>Facebook</a> <a>Email</a> <a>Twitter</a> <a>Comments</a></div>',
           f'<figure><img src="/photo.jpg" alt=""><figcaption>{esc(S["caption"])}</figcaption></figure>', '<div class="body">']
    for i, e in enumerate(S["entries"]):
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append(f'<p class="credit">— {esc(e["credit"])}</p>')
        if i == 2:
            out.append('<div class="ad">Advertisement</div><div class="newsletter">Get the LMT Morning Report newsletter <input type="email"> <button>Sign up</button></div>')
    out += ["</div>", '<section class="related"><h3>Most Popular</h3><a href="/r1">Webb County commissioners weigh new jail contract</a> '
            '<a href="/r2">TAMIU announces spring graduation speakers</a></section></main>',
            "<footer>© 2025 Hearst Newspapers, LLC · Terms of Use · Privacy Notice · Your Privacy Choices</footer></body></html>"]
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_brownsville(S):  # BLOX section front, text scrape; relative stamps ("45 min ago", "4 hrs ago") against the header clock
    z = S["zone"]; ref = dt(S["ref"], z)
    clock = f"{WEEKDAYS[ref.weekday()]}, {MONTHS[ref.month - 1]} {ref.day}, {ref.year} | {ampm(ref, upper=True)} CDT"
    L = ["Skip to main content", "Brownsville Herald", "", f"Brownsville, TX | 81° Partly Cloudy | {clock}", "", "e-Edition  Subscribe  Log In", "",
         "Local News  Border  Sports  Opinion  Business  Nation & World  Obituaries  El Nuevo Heraldo  Classifieds", "",
         "We use cookies to personalize what you see and to measure traffic. By continuing to browse, you agree. Accept", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} min ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hr ago" if mins == 60 else f"{mins // 60} hrs ago"
        stamps.append(st)
        L += [e["h"], "", e["by"], st, ""] + paras(e["p"])
        if e.get("comments"):
            L += [f"{e['comments']} comments", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Load more", "", "Most Popular", "Cameron County approves new road projects in Los Fresnos", "Port Isabel causeway lane closures set for next week", "",
          "© 2025 Brownsville Herald | Terms of Service | Privacy Policy"]
    return "\n".join(L) + "\n", stamps


def r_corpus(S):  # Gannett (USA TODAY network) live blog, HTML; newest first; "7:50 p.m. ET" time above h2, author below; LiveBlogPosting JSON-LD
    z = S["zone"]; ents = S["entries"]
    ups = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#post-{900 + len(ents) - i}", "headline": e["h"], "datePublished": iso(d),
                    "articleBody": " ".join(e["p"]), "author": {"@type": "Person", "name": e["a"]}})
    first = dt(ents[-1]["t"], z); last = dt(ents[0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": iso(first),
          "dateModified": iso(last), "coverageStartTime": iso(first), "publisher": {"@type": "Organization", "name": "Corpus Christi Caller-Times"},
          "liveBlogUpdate": ups}
    pub = f"Published {ampm(first)} ET {AP_MON[first.month - 1]} {first.day}, {first.year} | Updated {ampm(last)} ET {AP_MON[last.month - 1]} {last.day}, {last.year}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header class="gnt_n"><a class="gnt_n_logo" href="/">Corpus Christi Caller-Times</a><nav class="gnt_n_mn">'
           '<a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/entertainment/">Things to Do</a> <a href="/opinion/">Opinion</a> '
           '<a href="/obituaries/">Obituaries</a> <a href="/news/hurricanes/">Hurricanes</a> <a href="https://eedition.caller.com">eNewspaper</a> <a href="/legals/">Legals</a></nav>'
           '<a class="gnt_n_subscribe" href="/subscribe/">Subscribe</a> <a href="/signin/">Sign In</a></header>',
           '<main><div class="gnt_ar_lbl">WORLD</div>', f'<h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
           '<div class="gnt_ar_by">USA TODAY</div>', f'<div class="gnt_ar_dt">{esc(pub)}</div>',
           '<div class="gnt_ss"><a>Facebook</a> <a>Twitter</a> <a>Email</a> <a>Share</a></div>',
           f'<p class="gnt_lb_intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = f"{ampm(d)} ET"; stamps.append(st)
        out.append(f'<div class="gnt_lb_post" id="post-{900 + len(ents) - i}"><div class="gnt_lb_tm"><time datetime="{iso(d)}">{st}</time></div>')
        out.append(f'<h2 class="gnt_lb_hl">{esc(e["h"])}</h2>')
        out += [f'<p class="gnt_ar_b_p">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<div class="gnt_lb_by">{esc(e["a"])}</div></div>')
        if i == 2:
            out.append('<aside class="gnt_nl">Get the day\'s top stories delivered to your inbox. Sign up for the Daily Briefing newsletter. <button>Sign Up</button></aside>')
        if i == 5:
            out.append('<div class="gnt_ad">Advertisement</div>')
    out += ['<button class="gnt_lb_more">Load more updates</button>', '<p class="gnt_ar_contrib">Contributing: Reuters</p></main>',
            '<footer class="gnt_f">© 2025 www.caller.com. All rights reserved. · Terms of Service · Privacy Policy · Your Privacy Choices · Ad Choices</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_beaumont(S):  # Hearst live-updates page, HTML; OLDEST first; Key Points box; headline then "By NAME | 9:15 a.m." line; no visible year
    z = S["zone"]; ents = S["entries"]; d0 = dt(ents[0]["t"], z); d1 = dt(ents[-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "datePublished": iso(d0), "dateModified": iso(d1),
          "coverageStartTime": iso(d0), "publisher": {"@type": "Organization", "name": "Beaumont Enterprise"}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header class="header"><a class="logo" href="/">Beaumont Enterprise</a><nav><a href="/news/">News</a> <a href="/sports/">Sports</a> '
           '<a href="/business/">Business</a> <a href="/opinion/">Opinion</a> <a href="/entertainment/">Entertainment</a> <a href="/obituaries/">Obituaries</a> '
           '<a href="/eedition/">e-Edition</a></nav><a class="btn" href="/subscribe/">Subscribe</a> <a href="/signin/">Sign In</a></header>',
           f'<main><h1 class="headline">{esc(S["title"])}</h1>', f'<p class="dek">{esc(S["dek"])}</p>',
           f'<div class="byline">{esc(S["byline"])}</div>', f'<div class="dateline">{esc(S["dayline"])}</div>',
           '<div class="share"><a>Facebook</a> <a>Email</a> <a>Twitter</a></div>',
           '<div class="key-points"><h2>Key Points</h2><ul>'] + [f"<li>{esc(e['h'])}</li>" for e in ents if e["kp"]] + ["</ul></div>"]
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = ampm(d); stamps.append(st)
        out.append(f'<div class="live-post"><h3>{esc(e["h"])}</h3><p class="post-meta">{esc(e["by"])} | <span class="post-time">{st}</span></p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
        if i == 3:
            out.append('<div class="newsletter">Sign up for the Morning Briefing newsletter and get the top Southeast Texas stories. <button>Sign up</button></div>')
    out += ['<p class="end">This page will no longer be updated.</p></main>',
            '<aside><h4>Most Popular</h4><a href="/a1">Jefferson County approves drainage bond plan</a> <a href="/a2">Lamar Cardinals sweep weekend series</a></aside>',
            "<footer>© Hearst Newspapers, LLC · Terms of Use · Privacy Notice · Your Privacy Choices</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_texarkana(S):  # WEHCO section listing, text scrape; "by Associated Press | Today at 6:40 p.m." after headline; no date anywhere
    z = S["zone"]; today = datetime.strptime(S["parse_args"][1], "%Y-%m-%d").date()
    L = ["Skip to content", "Texarkana Gazette", "Subscribe  |  Log in", "",
         "NEWS   SPORTS   OPINION   OBITUARIES   FEATURES   BUSINESS   E-EDITION   CLASSIFIEDS", "", "World", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        day = "Today" if d.date() == today else ("Yesterday" if (today - d.date()).days == 1 else None)
        assert day, e["t"]
        st = f"{day} at {ampm(d)}"; stamps.append(st)
        L += [e["h"], f"by {e['a']} | {st}", ""] + paras(e["p"]) + ["Read more", ""]
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["More World News", "", "Follow the Texarkana Gazette on Facebook", "",
          "By using this website you agree to our use of cookies and our updated privacy policy. OK", "",
          "Texarkana Gazette · 101 E. Broad St. · Texarkana, Texas · Contact Us · Terms of Use"]
    return "\n".join(L) + "\n", stamps


def r_sanangelo(S):  # Gannett article, text scrape; "Published 5:02 a.m. CT May 22, 2025 | Updated ..."; one entry per subhead, stamp null
    z = S["zone"]; d0 = dt(S["dateline_t"], z); d1 = dt(S["updated_t"], z)
    pub = f"Published {ampm(d0)} CT {AP_MON[d0.month - 1]} {d0.day}, {d0.year} | Updated {ampm(d1)} CT {AP_MON[d1.month - 1]} {d1.day}, {d1.year}"
    L = ["Skip to main content", "San Angelo Standard-Times", "Subscribe", "Sign In", "",
         "Local  Sports  Obituaries  Opinion  Things To Do  Business  Nation & World  eNewspaper  Legals", "", "WORLD", "",
         S["title"], "", S["byline"], "USA TODAY", "", pub, "", S["caption"], "Show Caption", "Hide Caption", S["credit"], "",
         S["lede"], ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + paras(e["p"])
        if i == 1:
            L += ["Advertisement", ""]
    L += ["Contributing: Associated Press", "", "Ad Choices", "", "© 2025 www.gosanangelo.com. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_wichita(S):  # Gannett-style RSS 2.0; pubDate with -0500 offset; <author> plain name; description summary
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "<channel>", f"<title>{esc(S['title'])}</title>",
           "<link>https://www.timesrecordnews.com/news/world/</link>", "<description>World news from the Times Record News</description>",
           "<language>en-US</language>", f"<lastBuildDate>{S['build']}</lastBuildDate>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")[:70]
        link = f"https://www.timesrecordnews.com/story/news/world/2025/08/22/{slug}/{85512000 + i * 31}007/"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{link}</link>", f"<guid>{link}</guid>", f"<pubDate>{st}</pubDate>"]
        if e["a"]:
            out.append(f"<author>{esc(e['a'])}</author>")
        out += [f"<description>{esc(' '.join(e['p']))}</description>", "<category>World</category>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


# ============================================================ PART B renderers (invented outlets)

def r_corrowmere(S):  # text live, Kyiv time, newest first; Key Points; "21:40 | Headline" on one line; "— Name" signature after body
    z = S["zone"]
    L = ["CORROWMERE COURIER", "World | Ukraine | Europe | Business | Opinion | Podcasts", "", S["title"], S["dateline"], "Times are Kyiv time", "",
         "Key Points"] + ["• " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [f"{st} | {e['h']}", ""] + paras(e["p"])
        if e["a"]:
            L += [f"— {e['a']}", ""]
        if i == 3:
            L += ["Sponsored", "", "The Courier Morning Brief: sign up for free", ""]
    L += ["Show earlier posts", "", "Corrowmere Courier · About · Corrections · Privacy · Cookies"]
    return "\n".join(L) + "\n", stamps


def r_rss(S):  # RSS 2.0, newest first; pubDate in S['rfc'] ('GMT' or numeric offset from the zone); optional dc:creator; CDATA paragraphs
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', "<channel>",
           f"<title>{esc(S['title'])}</title>", f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>", "<language>en-gb</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = rfc822(d.astimezone(UTC), "GMT") if S["rfc"] == "GMT" else rfc822(d); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/news/{S['id']}-{i + 1}</link>",
                f'<guid isPermaLink="false">{S["id"]}-{i + 1}</guid>', f"<pubDate>{st}</pubDate>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out += [f"<category>{e.get('cat', 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_atom(S):  # Atom 1.0, newest first; <published> with the zone's offset (Z for UTC); escaped HTML content; optional author
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           f"<subtitle>{esc(S['lede'])}</subtitle>", f'<link href="{S["url"]}"/>', f"<id>{S['url']}/atom</id>",
           f"<updated>{iso(dt(S['entries'][0]['t'], z)).replace('+00:00', 'Z')}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d).replace("+00:00", "Z"); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link rel="alternate" href="{S["url"]}/story/{S["id"]}{i + 1:02d}"/>',
                f"<id>tag:{S['url'][8:]},2025:{S['id']}{i + 1:02d}</id>", f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        if e["p"]:
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_marrowick(S):  # HTML live, OLDEST first; LiveBlogPosting JSON-LD with per-update times; byline and <time> BEFORE the h2
    z = S["zone"]; ents = S["entries"]; ups = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#u{i + 1}", "headline": e["h"], "datePublished": iso(d),
                    "articleBody": "\n\n".join(e["p"]), "author": {"@type": "Person", "name": e["a"]}})
    d0 = dt(ents[0]["t"], z); d1 = dt(ents[-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": iso(d0),
          "dateModified": iso(d1), "coverageStartTime": iso(d0), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Marrowick Ledger</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header><span class="brand">Marrowick Ledger</span> <nav><a>Poland</a> <a>Ukraine</a> <a>Europe</a> <a>Economy</a> <a>Subscribe</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="lede">{esc(S["lede"])}</p>', f'<p class="tz">{esc(S["tznote"])}</p>']
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="u{i + 1}"><div class="meta"><span class="author">{esc(e["a"])}</span> '
                   f'<time datetime="{iso(d)}">{st}</time></div><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<div class="tools">Share · Copy link</div></article>')
    out += ["</main>", "<footer>Marrowick Ledger · Warsaw · Imprint · Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_textarticle(S):  # text article: section headings, one entry per section, page byline, dateline with time; stamp null
    L = [S["source"].upper(), S["crumb"], "", S["title"], "", f"By {S['byline']}", S["dateline"], "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + paras(e["p"])
    L += ["Share: Email · Facebook · Bluesky", "Read next: " + S["more"], "", S["footer"]]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_pellinore(S):  # HTML live without JSON-LD, OLDEST first; h2, then "06:40 BST" span AFTER the headline; "Reported by NAME" after the body
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} – Pellinore Times</title></head><body>",
           '<div class="consent">Pellinore Times uses cookies. <button>Accept all</button> <button>Reject non-essential</button></div>',
           '<header>Pellinore Times <nav><a>UK</a> <a>World</a> <a>Ukraine</a> <a>Business</a> <a>Culture</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} BST"; stamps.append(st)
        out.append(f'<section class="post"><h2>{esc(e["h"])}</h2><span class="posted">{st}</span>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="credit">Reported by {esc(e["a"])}</p>')
        out.append("</section>")
        if i == 2:
            out.append('<aside class="related"><h3>Related</h3><a href="/a">Who is Dmitry Peskov?</a></aside>')
    out += ["</main><footer>Pellinore Times · Contact · Terms · Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_fennimoor(S):  # HTML live, newest first; JSON-LD @graph with @type array and no updates; "21:30 CEST" in <time datetime> before h3; "By NAME" after h3
    z = S["zone"]; ents = S["entries"]; d0 = dt(ents[-1]["t"], z); d1 = dt(ents[0]["t"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": "https://fennimoor.example/#org", "name": "Fennimoor Standard"},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": iso(d0),
         "dateModified": iso(d1), "publisher": {"@id": "https://fennimoor.example/#org"}}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header>Fennimoor Standard <nav><a>Europe</a> <a>Ukraine</a> <a>EU Affairs</a> <a>Newsletters</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="date">{esc(S["dateline"])}</p>']
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = f"{d:%H:%M} CEST"; stamps.append(st)
        out.append(f'<div class="entry"><time datetime="{iso(d)}">{st}</time><h3>{esc(e["h"])}</h3>' + (f'<p class="by">By {esc(e["a"])}</p>' if e["a"] else ""))
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
        if i == 1:
            out.append('<div class="promo">Get the Standard\'s Brussels Briefing every morning</div>')
    out += ["</main><footer>Fennimoor Standard · Brussels · Privacy · Terms</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_wystan(S):  # text live, OLDEST first, US Eastern; day line without year; trailing "— NAME, 12:40 a.m. ET" line closes each post
    z = S["zone"]
    L = ["Wystan Daily", "U.S. | World | Politics | Money | Live", "", S["title"], S["dateline"], "All times ET", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d)} ET"; stamps.append(st)
        L += [e["h"], ""] + paras(e["p"]) + [f"— {e['a']}, {st}", ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Follow Wystan Daily for updates", "Wystan Daily · Privacy · Terms of Use"]
    return "\n".join(L) + "\n", stamps


# ============================================================ PART A: ten real outlets' layouts (all news text own wording)
SEEDS = []

SEEDS.append(dict(id="10000", name="10000_victoriaadvocate-topic", ext="html", source="Victoria Advocate", zone="America/Chicago", render=r_victoria,
  title="Russia-Ukraine war", lede="Coverage of the war in Ukraine from The Associated Press and the Advocate.",
  notes="BLOX (TownNews) topic page imitating victoriaadvocate.com, newest first. Each card: headline, then byline and a <time> whose visible text is only the date 'Jan 13, 2025'; the time of day exists only in the datetime attribute (-06:00, CST). Card 02 is a photo gallery teaser without summary. AP bylines print the reporter's name in capitals followed by 'Associated Press'. All cards on 2025-01-13 UTC (07:15-16:44 CST = 13:15-22:44 UTC).",
  not_entries=["skip link, weather/e-Edition/Subscribe/Log In bar", "logo and section menu", "cookie notice", "h1 'Russia-Ukraine war' and the topic description line",
               "'N comments' links on cards", "'Advertisement' label", "'Load more' button", "Most Popular list (three local headlines)", "Morning Headlines newsletter box", "footer"],
  entries=[
  E("2025-01-13 16:44", "Zelenskyy offers to return captured North Korean soldiers in exchange for Ukrainians held in Russia",
    ["Ukraine is ready to send two North Korean soldiers captured in Russia's Kursk region back to Pyongyang if North Korea can arrange the release of Ukrainian prisoners of war held by Russia, President Volodymyr Zelenskyy said Monday."],
    "diplomacy", "diplomacy", 3, "zelenskyy-north-korean-pow-swap-offer", a="DARYNA SOKIL", by="By DARYNA SOKIL Associated Press", comments=14,
    n="Head-of-state proposal for a prisoner exchange -> diplomacy, importance 3."),
  E("2025-01-13 15:10", "Photos: Kharkiv students return to underground classrooms", [], "other", "humanitarian", 1, "photos-kharkiv-underground-school",
    by="By The Associated Press", a="The Associated Press", n="Photo gallery teaser without summary -> importance 1."),
  E("2025-01-13 13:25", "Drone strike knocks out power to thousands in Sumy region",
    ["A Russian drone hit an electrical substation in northeastern Ukraine's Sumy region overnight, leaving about 18,000 households without electricity as temperatures dipped below freezing, regional officials said."],
    "strikes", "strikes", 2, "sumy-substation-drone-strike-2025-01-13", a="OLEH VASYLKO", by="By OLEH VASYLKO Associated Press"),
  E("2025-01-13 11:05", "Germany to send more IRIS-T air defense missiles to Ukraine",
    ["Germany will deliver an additional batch of IRIS-T air defense missiles to Ukraine in the coming weeks, the Defense Ministry in Berlin said Monday, as Kyiv warned of new Russian attacks on its power grid.",
     "The ministry did not say how many missiles would be sent."],
    "aid", "aid", 2, "germany-iris-t-missiles-2025-01-13", a="KIRSTEN MAHLER", by="By KIRSTEN MAHLER Associated Press", comments=3),
  E("2025-01-13 09:30", "Russia says its troops took a village near Pokrovsk",
    ["Russia's Defense Ministry claimed Monday that its forces had captured a village southwest of Pokrovsk, a logistics hub in eastern Ukraine's Donetsk region that Moscow's troops have been trying to encircle for months.",
     "Ukraine's General Staff did not confirm the claim."],
    "other", "frontline", 2, "russia-claims-village-near-pokrovsk-2025-01-13", a="The Associated Press", by="By The Associated Press"),
  E("2025-01-13 08:20", "Estonia's navy steps up patrols after Baltic Sea cable damage",
    ["Estonia said Monday it had sent additional naval vessels to patrol the Gulf of Finland while investigators examine damage to an undersea power cable that Finnish authorities have linked to a tanker carrying Russian oil."],
    "other", "security", 2, "estonia-baltic-cable-patrols-2025-01-13", a="MARKUS LEHT", by="By MARKUS LEHT Associated Press"),
  E("2025-01-13 07:15", "Kremlin says no date has been set for Putin-Trump contact",
    ["Kremlin spokesman Dmitry Peskov said Monday that there were no concrete plans yet for a conversation between Russian President Vladimir Putin and President-elect Donald Trump, though Moscow welcomed Trump's stated readiness to talk."],
    "diplomacy", "diplomacy", 2, "kremlin-putin-trump-contact-no-date-2025-01-13", a="The Associated Press", by="By The Associated Press"),
  ]))

SEEDS.append(dict(id="10001", name="10001_longviewnewsjournal-thelatest", ext="txt", source="Longview News-Journal", zone="Europe/Kyiv", render=r_longview,
  title="The Latest: Ukraine targets Russian fuel depots on the eve of Trump's inauguration", byline="By The Associated Press", dateline="Jan 19, 2025",
  lede="The Latest on Russia's war in Ukraine. All times are local time in Ukraine.",
  notes="Text scrape of a BLOX article page carrying an AP 'The Latest' file, newest first. Items have NO headlines: each is a bare time line ('10:40 p.m.') followed by dateline-led paragraphs ('KYIV, Ukraine (AP) — ...'); first_sentence therefore includes the dateline. The page says 'All times are local time in Ukraine' (Kyiv, EET = UTC+2 in January) although the site is in Texas; the only date is the article date 'Jan 19, 2025'. One page byline (The Associated Press) is every item's author. All items on 2025-01-19 UTC (07:30-22:40 Kyiv = 05:30-20:40 UTC).",
  not_entries=["skip link, Subscribe/Log In, weather block", "section menu and 'Nation & World' label", "title line", "byline 'By The Associated Press' and date line",
               "share labels (Facebook ... Save)", "intro 'The Latest on Russia's war in Ukraine. All times are local time in Ukraine.'", "'Advertisement'",
               "AP copyright line", "Tags list", "'Related to this story' links", "Most Popular list", "footer"],
  entries=[
  E("2025-01-19 22:40", None,
    ["KYIV, Ukraine (AP) — Ukrainian President Volodymyr Zelenskyy said in his nightly video address that he expects Kyiv and the incoming U.S. administration to start working on a plan to end the war within days of Monday's inauguration.",
     "He gave no details but said he had told his team to prepare for meetings in Washington."],
    "diplomacy", "diplomacy", 2, "zelenskyy-expects-work-with-trump-team-2025-01-19", a="The Associated Press"),
  E("2025-01-19 20:15", None,
    ["MOSCOW (AP) — Russia's Defense Ministry said its air defenses destroyed 49 Ukrainian drones over several regions during the day, most of them over the Bryansk and Kursk border areas."],
    "strikes", "strikes", 2, "russia-says-49-drones-downed-2025-01-19", a="The Associated Press"),
  E("2025-01-19 17:30", None,
    ["KYIV, Ukraine (AP) — Ukraine's General Staff said its drones struck a fuel and lubricants depot in Russia's Kaluga region overnight, setting off a large fire.",
     "The depot supplied Russian forces fighting in Ukraine, the General Staff said. Kaluga's governor said debris had fallen on an industrial site but did not mention a fire."],
    "strikes", "strikes", 2, "ukraine-strikes-kaluga-fuel-depot-2025-01-19", a="The Associated Press"),
  E("2025-01-19 13:50", None,
    ["KHARKIV, Ukraine (AP) — Two people were killed and four wounded when Russian glide bombs hit a village northeast of Kharkiv on Sunday afternoon, regional Gov. Oleh Syniehubov said.",
     "Several houses and a shop were destroyed."],
    "strikes", "strikes", 3, "kharkiv-region-glide-bombs-2025-01-19", a="The Associated Press", n="Deadly strike -> importance 3. 'Gov.' inside the first sentence is an abbreviation, not a sentence end."),
  E("2025-01-19 11:20", None,
    ["BRATISLAVA, Slovakia (AP) — Slovak Prime Minister Robert Fico renewed his threat to halt electricity supplies to Ukraine unless Kyiv allows Russian gas to flow across its territory again.",
     "Ukraine stopped the transit of Russian gas to Europe on Jan. 1 after a five-year agreement expired."],
    "diplomacy", "diplomacy", 2, "fico-electricity-threat-gas-transit-2025-01-19", a="The Associated Press", n="Dispute between governments -> diplomacy."),
  E("2025-01-19 09:05", None,
    ["KYIV, Ukraine (AP) — Russia launched 61 drones at Ukraine overnight, the Ukrainian air force said, adding that 34 were shot down and 24 others were lost from radar, likely because of electronic jamming."],
    "strikes", "strikes", 2, "overnight-drone-attack-2025-01-19", a="The Associated Press"),
  E("2025-01-19 07:30", None,
    ["KYIV, Ukraine (AP) — Ukraine's government said 12 children taken from occupied parts of the Kherson region had been brought back to territory under Kyiv's control with help from Qatari mediators."],
    "other", "humanitarian", 2, "children-returned-qatar-mediation-2025-01-19", sec=["diplomacy"], a="The Associated Press"),
  ]))

SEEDS.append(dict(id="10002", name="10002_midlandreportertelegram-feed", ext="xml", source="Midland Reporter-Telegram", zone="America/Chicago", render=r_midland,
  title="Midland Reporter-Telegram: World", build="Sun, 02 Feb 2025 22:05:00 GMT",
  notes="Hearst-style RSS 2.0 feed, newest first; pubDate in GMT; dc:creator gives the author; CDATA HTML description is the body. The outlet's home zone (US Central, CST = UTC-6) is implied, never printed: the last two items were published on the evening of Saturday 1 Feb local time but fall on 2025-02-02 UTC like the rest. Item 02 is a photo gallery with an empty description (teaser). The Poltava strike story is told three times with a rising toll (11 -> 14).",
  not_entries=["channel title, link, self link, description, language, lastBuildDate", "media:content image URLs", "guid elements"],
  entries=[
  E("2025-02-02 15:48", "Poltava mourns as death toll from apartment strike climbs to 14",
    ["Rescue crews in the central Ukrainian city of Poltava pulled two more bodies from the ruins of a five-story apartment building on Sunday, bringing the death toll from a Russian missile strike to 14, regional officials said.",
     "City authorities declared three days of mourning."],
    "strikes", "strikes", 3, "poltava-apartment-missile-strike-2025-02-01", a="Oksana Derkach"),
  E("2025-02-02 13:05", "Photos: Rescuers search rubble in Poltava", [], "strikes", "strikes", 1, "poltava-apartment-missile-strike-2025-02-01",
    a="Associated Press", n="Photo gallery teaser with empty description -> importance 1, story of the strike it shows."),
  E("2025-02-02 10:30", "Ukrainian drones set fire to oil refinery in Russia's Volgograd, governor says",
    ["A Ukrainian drone attack caused a fire at an oil refinery in the southern Russian city of Volgograd early Sunday, the regional governor said, adding that firefighters had put it out and no one was hurt.",
     "Russia's Defense Ministry said it shot down 12 drones over the region."],
    "strikes", "strikes", 2, "volgograd-refinery-drone-attack-2025-02-02", a="Associated Press"),
  E("2025-02-02 08:15", "Permian producers watch Russian oil sanctions with an eye on prices",
    ["Oil producers in the Permian Basin are watching closely as tougher U.S. sanctions on Russian oil exporters and tankers take hold, with some Midland executives saying tighter global supply could support prices this spring.",
     "Others cautioned that any move toward a ceasefire in Ukraine could quickly reverse those gains."],
    "diplomacy", "diplomacy", 2, "permian-view-of-russian-oil-sanctions", a="Travis Lundgren",
    n="Local business angle on sanctions; sanctions -> diplomacy (see README conventions)."),
  E("2025-02-01 21:10", "Zelenskyy says Ukraine must have a seat at any talks between Washington and Moscow",
    ["President Volodymyr Zelenskyy said Saturday that any negotiations on ending the war without Ukraine at the table would be dangerous, warning that Russia wants to split Kyiv from its allies."],
    "diplomacy", "diplomacy", 2, "zelenskyy-seat-at-talks-2025-02-01", a="Associated Press", n="Local date Sat 1 Feb (CST), UTC 2 Feb 03:10."),
  E("2025-02-01 18:20", "Death toll from Russian missile strike on Poltava apartment block rises to 11",
    ["A Russian ballistic missile slammed into an apartment building in Poltava early Saturday, and by evening the number of dead had risen to 11, including two children, Ukraine's emergency service said.",
     "Sixteen people were wounded."],
    "strikes", "strikes", 3, "poltava-apartment-missile-strike-2025-02-01", a="Oksana Derkach", n="Local date Sat 1 Feb (CST), UTC 2 Feb 00:20."),
  ]))

SEEDS.append(dict(id="10003", name="10003_laredomorningtimes-briefs", ext="html", source="Laredo Morning Times", zone="America/Chicago", render=r_laredo,
  title="World briefs: Zelenskyy floats land swap; Baltic states leave Russian power grid", dateline_t="2025-02-10 05:30",
  dek="A roundup of international news from The Associated Press and LMT staff.", byline="From staff and wire reports",
  caption="Power lines near the Lithuanian border with Belarus. Photo: Mindaugas Kulbis/AP",
  notes="Hearst-style article page holding a round-up of briefs: one entry per h2 brief; each brief ends with its own credit line ('— Associated Press' or a staff name), used as the author; no per-brief time. The single page time 'Feb 10, 2025 5:30 a.m.' (datetime attribute and JSON-LD -06:00, CST) is every brief's published time; stamp null. Brief 06 is a local trade item unrelated to the war (off-beat). Several first sentences contain abbreviations ('Gov.', 'Lt. Gen.', 'U.S.').",
  not_entries=["header, menu, Subscribe/Sign In", "breadcrumb 'World'", "h1 title", "dek line", "byline 'From staff and wire reports'", "timestamp line",
               "share labels", "photo caption and credit", "credit lines ('— Associated Press' etc.)", "'Advertisement' and LMT Morning Report newsletter box",
               "Most Popular links", "footer"],
  entries=[
  E("2025-02-10 05:30", "Zelenskyy suggests trading Russian-held land for Kursk territory",
    ["KYIV, Ukraine — President Volodymyr Zelenskyy said Ukraine could offer to swap the part of Russia's Kursk region held by Ukrainian troops for Ukrainian territory occupied by Russia if talks with Moscow begin.",
     "He did not say which areas Kyiv would seek in return. The Kremlin dismissed the idea."],
    "diplomacy", "diplomacy", 3, "zelenskyy-kursk-land-swap-idea", a="Associated Press", credit="Associated Press", n="Head-of-state negotiating offer -> importance 3."),
  E("2025-02-10 05:30", "Russian drones damage warehouses at Odesa port",
    ["ODESA, Ukraine — A Russian drone attack overnight damaged grain warehouses and a cargo terminal at Odesa's port, regional Gov. Oleh Kiper said, adding that one dock worker was injured."],
    "strikes", "strikes", 2, "odesa-port-drone-attack-2025-02-10", a="Associated Press", credit="Associated Press"),
  E("2025-02-10 05:30", "Baltic nations complete switch to European power grid",
    ["VILNIUS, Lithuania — Lithuania, Latvia and Estonia finished disconnecting from the Russian-controlled electricity network over the weekend and synchronized with the continental European grid, ending a Soviet-era link that officials had long called a security risk."],
    "other", "security", 2, "baltic-states-leave-russian-power-grid", a="Associated Press", credit="Associated Press"),
  E("2025-02-10 05:30", "North Korean troops pulled from Kursk front after heavy losses, Seoul says",
    ["SEOUL, South Korea — North Korean soldiers sent to help Russia appear to have been withdrawn from front-line positions in the Kursk region since mid-January, South Korea's spy agency told lawmakers, citing heavy casualties."],
    "other", "frontline", 2, "north-korean-troops-withdrawn-from-kursk", a="Associated Press", credit="Associated Press"),
  E("2025-02-10 05:30", "Kellogg to visit Kyiv after Munich security meeting",
    ["WASHINGTON — Retired Lt. Gen. Keith Kellogg, President Donald Trump's envoy for Ukraine and Russia, plans to travel to Kyiv after this week's Munich Security Conference, a U.S. official said."],
    "diplomacy", "diplomacy", 2, "kellogg-kyiv-visit-plan", a="Associated Press", credit="Associated Press"),
  OFF("2025-02-10 05:30", "Laredo bridges see steady truck traffic as tariff deadline looms",
    ["LAREDO — Commercial truck crossings at the World Trade Bridge held steady over the weekend as importers and customs brokers waited to see whether new U.S. tariffs on Mexican goods would take effect next month."],
    "laredo-truck-crossings-tariffs", a="Julio Benavides", credit="Julio Benavides, Laredo Morning Times", n="local trade news."),
  ]))

SEEDS.append(dict(id="10004", name="10004_brownsvilleherald-section", ext="txt", source="The Brownsville Herald", zone="America/Chicago", render=r_brownsville,
  title="Nation & World", ref="2025-03-23 18:10",
  notes="Text scrape of a BLOX section front, newest first. Card: headline, byline line, then a RELATIVE stamp ('45 min ago', '4 hrs ago') that must be resolved against the header clock 'Sunday, March 23, 2025 | 6:10 PM CDT' (UTC-5). Per-card authors (AP names in capitals; one local staff writer). Card 05 is a local donation drive. All on 2025-03-23 UTC (08:10-17:25 CDT = 13:10-22:25 UTC).",
  not_entries=["skip link and site name", "weather/date/clock bar", "e-Edition/Subscribe/Log In", "section menu", "cookie line", "section title 'Nation & World'",
               "byline lines", "'N comments' lines", "'Advertisement'", "'Load more'", "Most Popular list", "footer"],
  entries=[
  E("2025-03-23 17:25", "U.S. and Ukrainian officials wrap up first day of talks in Saudi Arabia",
    ["American and Ukrainian delegations ended a first round of meetings in Riyadh on Sunday focused on a possible halt to strikes on energy sites and shipping in the Black Sea, Ukraine's defense minister said.",
     "U.S. officials are due to meet a Russian team in the Saudi capital on Monday."],
    "diplomacy", "diplomacy", 3, "riyadh-us-ukraine-talks-2025-03-23", a="SAMIR HADDAD and VIRA STOIKO", by="By SAMIR HADDAD and VIRA STOIKO Associated Press", comments=6,
    n="Ministerial-level negotiations -> importance 3."),
  E("2025-03-23 16:10", "White House envoy predicts progress on Black Sea ceasefire",
    ["Steve Witkoff, President Donald Trump's special envoy, said in a television interview that he expected real progress in the Saudi talks, especially on a ceasefire for ships in the Black Sea."],
    "diplomacy", "diplomacy", 2, "witkoff-black-sea-progress-remarks-2025-03-23", a="The Associated Press", by="By The Associated Press",
    n="Separate statement by a different official from the Riyadh meeting itself."),
  E("2025-03-23 14:10", "Russian drone attack on Kyiv kills 3, including 5-year-old",
    ["A Russian drone attack on Kyiv overnight killed three people, including a 5-year-old child, and set several apartment buildings on fire, city officials said Sunday.",
     "Ukraine's air force said Russia launched 147 drones across the country overnight."],
    "strikes", "strikes", 3, "kyiv-drone-attack-2025-03-23", a="HANNA KOVALCHUK", by="By HANNA KOVALCHUK Associated Press", comments=2),
  E("2025-03-23 12:10", "Russia says it downed dozens of Ukrainian drones over border regions",
    ["Russia's Defense Ministry said its air defenses intercepted 59 Ukrainian drones overnight, most of them over the Kursk and Belgorod regions bordering Ukraine."],
    "strikes", "strikes", 2, "russia-says-59-drones-downed-2025-03-23", a="The Associated Press", by="By The Associated Press"),
  E("2025-03-23 10:10", "Brownsville parish collects supplies for Ukrainian families",
    ["Volunteers at a Brownsville church spent Saturday packing boxes of blankets, medicine and canned food that will be shipped to families displaced by the war in eastern Ukraine.",
     "Organizers said the drive collected more than 600 boxes in three weeks."],
    "other", "humanitarian", 2, "brownsville-parish-ukraine-donation-drive", a="Valeria Cantú", by="By Valeria Cantú Staff Writer",
    n="Private local donation drive -> other/humanitarian (not government aid)."),
  E("2025-03-23 08:10", "Russian troops push across border into Sumy region, governor says",
    ["Russian forces have made small advances across the border into Ukraine's northeastern Sumy region after pushing Ukrainian troops out of much of Russia's Kursk region, the regional governor said."],
    "other", "frontline", 2, "russian-advance-sumy-border-2025-03-23", a="The Associated Press", by="By The Associated Press"),
  ]))

SEEDS.append(dict(id="10005", name="10005_corpuschristicallertimes-live", ext="html", source="Corpus Christi Caller-Times", zone="America/New_York", render=r_corpus,
  title="Russia-Ukraine war live updates: Kryvyi Rih buries its dead as Moscow insists it hit a military target",
  url="https://www.caller.com/story/news/world/2025/04/05/russia-ukraine-war-live-updates/82871340007/",
  lede="Follow USA TODAY's live coverage of the war in Ukraine.",
  notes="Gannett (USA TODAY network) live blog syndicated on caller.com, newest first. Times print US EASTERN ('7:50 p.m. ET', EDT = UTC-4) although the paper is in Texas; the page zone is America/New_York. Each post: time above the h2, body, author line below; JSON-LD LiveBlogPosting carries per-post datePublished. The visible stamps carry no date: the blog crosses local midnight between posts 06 (12:35 a.m.) and 07 (11:10 p.m. the day before); the 'Published ... Apr. 5, 2025 | Updated ... Apr. 6, 2025' line and the JSON-LD give the dates. All posts on 2025-04-06 UTC (Apr 5 20:05 EDT = 00:05 UTC to Apr 6 19:50 EDT = 23:50 UTC).",
  not_entries=["header, menu, Subscribe/Sign In", "'WORLD' label", "h1 title", "'USA TODAY' byline", "Published/Updated line", "share labels",
               "intro 'Follow USA TODAY's live coverage of the war in Ukraine.'", "author lines under posts", "newsletter box", "'Advertisement'",
               "'Load more updates'", "'Contributing: Reuters'", "footer"],
  entries=[
  E("2025-04-06 19:50", "Ukraine says drones hit Russian ammunition depot in Kursk region",
    ["Ukraine's General Staff said its drones struck an ammunition storage site used by Russian forces in the Kursk region on Sunday, setting off secondary explosions.",
     "Russian officials did not comment on the claim."],
    "strikes", "strikes", 2, "ukraine-strikes-kursk-ammo-depot-2025-04-06", a="Tom Vanderpool"),
  E("2025-04-06 16:20", "Kryvyi Rih holds funerals as death toll reaches 20",
    ["Families in Kryvyi Rih began burying the victims of Friday's Russian missile strike on a residential neighborhood, which killed 20 people, nine of them children, according to regional officials.",
     "More than 60 people were wounded in the attack near a playground, officials said."],
    "strikes", "strikes", 3, "kryvyi-rih-missile-strike-2025-04-04", a="Ariel Whitcombe"),
  E("2025-04-06 12:05", "Zelenskyy criticizes U.S. Embassy statement on Kryvyi Rih attack",
    ["President Volodymyr Zelenskyy said a statement from the U.S. Embassy in Kyiv about the Kryvyi Rih strike was too cautious because it did not name Russia as the attacker.",
     "The embassy had said it was horrified by the attack and called for the war to end."],
    "diplomacy", "diplomacy", 2, "zelenskyy-us-embassy-statement-row", sec=["strikes"], a="Ariel Whitcombe",
    n="A diplomatic row about the wording of a statement, not a report of the attack itself: own story."),
  E("2025-04-06 09:40", "Drone attack injures five in Kharkiv",
    ["Russian drones struck two districts of Kharkiv early Sunday, injuring five people and damaging a kindergarten, Mayor Ihor Terekhov said."],
    "strikes", "strikes", 2, "kharkiv-drone-attack-2025-04-06", a="Tom Vanderpool"),
  E("2025-04-06 07:15", "Russia claims capture of two more villages in Donetsk region",
    ["Russia's Defense Ministry said Sunday its forces had taken two villages in the Donetsk region, including one near the town of Toretsk.",
     "Ukraine did not immediately respond to the claim."],
    "other", "frontline", 2, "russia-claims-donetsk-villages-2025-04-06", a="Tom Vanderpool"),
  E("2025-04-06 00:35", "Moscow says Kryvyi Rih strike targeted a meeting of officers",
    ["Russia's Defense Ministry claimed its missile struck a restaurant in Kryvyi Rih where Ukrainian commanders and Western instructors were meeting, a claim Ukrainian officials rejected as a lie.",
     "Ukraine's military said the missile hit a residential area next to a playground."],
    "strikes", "strikes", 3, "kryvyi-rih-missile-strike-2025-04-04", a="Ariel Whitcombe", n="Official claim about the attack itself -> same story as post 02."),
  E("2025-04-05 23:10", "Witkoff says a Putin-Trump meeting could come soon",
    ["White House envoy Steve Witkoff told reporters that a face-to-face meeting between President Donald Trump and Russian President Vladimir Putin could take place within weeks, though no date or venue had been agreed."],
    "diplomacy", "diplomacy", 2, "witkoff-putin-trump-meeting-timing", a="Ariel Whitcombe", n="11:10 p.m. ET on Apr 5 after a 12:35 a.m. post: midnight crossing; 03:10 UTC Apr 6."),
  E("2025-04-05 20:05", "British and French military chiefs visit Kyiv to plan reassurance force",
    ["The chiefs of the British and French armed forces met Ukrainian commanders in Kyiv to discuss how a European force could help secure any future ceasefire, the British Defense Ministry said."],
    "diplomacy", "diplomacy", 2, "uk-france-military-chiefs-kyiv-visit", a="Tom Vanderpool", n="Planning of security guarantees (alliance politics) -> diplomacy."),
  ]))

SEEDS.append(dict(id="10006", name="10006_beaumontenterprise-live", ext="html", source="Beaumont Enterprise", zone="America/Chicago", render=r_beaumont,
  title="Live updates: Witkoff meets Putin as Russian general is killed near Moscow", parse_args=["--date", "2025-04-25"],
  dek="Follow the latest on Russia's war in Ukraine and U.S. peace efforts.", byline="By Enterprise staff and wire reports", dayline="Friday, April 25",
  notes="Hearst-style live-updates page, OLDEST first. Visible text prints no year anywhere (day line 'Friday, April 25', stamps '6:05 a.m.', footer without year); only the JSON-LD has full dates, hence parse_args --date 2025-04-25. The zone is never printed: US Central (CDT = UTC-5) implied by the outlet. Each post: h3 headline, then a 'By NAME | 6:05 a.m.' line AFTER the headline. A 'Key Points' box lists the headlines of posts 01-03 exactly (key_point true). All on 2025-04-25 UTC (11:05-21:45 UTC).",
  not_entries=["header, menu, Subscribe/Sign In", "h1 title", "dek line", "page byline 'By Enterprise staff and wire reports'", "day line 'Friday, April 25'",
               "share labels", "Key Points box (points to posts 01-03, not separate entries)", "'By NAME | time' lines", "newsletter box",
               "'This page will no longer be updated.'", "Most Popular links", "footer"],
  entries=[
  E("2025-04-25 06:05", "Kyiv death toll climbs to 12 after Thursday's missile barrage",
    ["Rescuers in Kyiv recovered another body from a collapsed apartment building overnight, bringing the number of people killed in Thursday's Russian missile and drone attack on the capital to 12, emergency officials said.",
     "About 90 people were injured."],
    "strikes", "strikes", 3, "kyiv-missile-barrage-2025-04-24", a="Iryna Holub", by="By Iryna Holub, Associated Press", kp=True),
  E("2025-04-25 07:40", "Senior Russian general killed in car bombing outside Moscow",
    ["A car bomb killed a senior officer of Russia's General Staff in the town of Balashikha, just east of Moscow, Russia's Investigative Committee said.",
     "Russian officials did not say who they believed was responsible."],
    "other", "security", 3, "russian-general-car-bomb-balashikha", a="Associated Press", by="By Associated Press", kp=True),
  E("2025-04-25 09:15", "Trump envoy Witkoff arrives in Moscow for talks with Putin",
    ["Steve Witkoff, the White House special envoy, landed in Moscow on Friday for his fourth meeting with Russian President Vladimir Putin this year, the Kremlin said."],
    "diplomacy", "diplomacy", 3, "witkoff-putin-moscow-meeting-2025-04-25", a="Associated Press", by="By Associated Press", kp=True),
  E("2025-04-25 10:50", "Ukraine says it shot down 57 of 103 Russian drones overnight",
    ["Ukraine's air force said Russia launched 103 drones overnight, of which 57 were shot down and 38 were lost to electronic jamming.",
     "Damage was reported in the Kharkiv, Dnipropetrovsk and Odesa regions."],
    "strikes", "strikes", 2, "overnight-drone-attack-2025-04-25", a="Iryna Holub", by="By Iryna Holub, Associated Press"),
  E("2025-04-25 12:30", "Army vehicles roll through Port of Beaumont on way to Europe",
    ["Soldiers and longshoremen spent Friday loading armored vehicles and trucks onto a cargo ship at the Port of Beaumont, part of a U.S. Army shipment headed to Europe for exercises with NATO allies.",
     "Port officials said the deployment was one of several this year tied to the alliance's eastern flank."],
    "other", "security", 2, "port-of-beaumont-army-shipment-europe", a="Cole Fairchild", by="By Cole Fairchild, Staff writer",
    n="US deployment for NATO exercises (non-party) -> other/security."),
  E("2025-04-25 14:10", "Kremlin calls Putin's talks with Witkoff 'constructive'",
    ["Putin and Witkoff talked for about three hours, and the discussion brought the positions of Moscow and Washington closer on a number of issues, Kremlin foreign policy adviser Yuri Ushakov told reporters."],
    "diplomacy", "diplomacy", 3, "witkoff-putin-moscow-meeting-2025-04-25", a="Associated Press", by="By Associated Press", n="Outcome of the same meeting as post 03."),
  E("2025-04-25 16:45", "Zelenskyy says Ukraine will never recognize Crimea as Russian",
    ["President Volodymyr Zelenskyy said recognizing Russia's control of Crimea would violate Ukraine's constitution and was not something Kyiv could agree to, responding to reports about a U.S. peace proposal."],
    "diplomacy", "diplomacy", 2, "zelenskyy-rejects-crimea-recognition", a="Iryna Holub", by="By Iryna Holub, Associated Press"),
  ]))

SEEDS.append(dict(id="10007", name="10007_texarkanagazette-world", ext="txt", source="Texarkana Gazette", zone="America/Chicago", render=r_texarkana,
  title=None, parse_args=["--date", "2025-07-13"],
  notes="Text scrape of a WEHCO-style 'World' section listing, newest first. The page prints NO date at all: stamps are 'by Associated Press | Today at 6:40 p.m.' and 'Yesterday at 7:05 p.m.' after each headline, so parse_args --date 2025-07-13 gives 'Today' (local). Zone never printed: US Central (CDT = UTC-5). The two 'Yesterday' items are 12 July local but 13 July UTC (00:05 and 04:50 UTC): the page crosses local midnight while staying on one UTC day. page_title null: the only title-like line is the section label 'World'.",
  not_entries=["skip link, site name, Subscribe/Log in", "section menu", "section label 'World'", "'by ... | Today at ...' lines (stamps)", "'Read more' links",
               "'ADVERTISEMENT'", "'More World News'", "Facebook line", "cookie line", "footer address line"],
  entries=[
  E("2025-07-13 18:40", "Trump says U.S. will send Patriot missiles to Ukraine, with Europe paying",
    ["President Donald Trump said Sunday the United States would send Patriot air defense systems to Ukraine and that European allies would reimburse Washington for the cost.",
     "He did not say how many systems would be sent."],
    "aid", "aid", 3, "trump-patriots-for-ukraine-europe-pays", a="Associated Press", n="Head-of-state arms decision -> importance 3."),
  E("2025-07-13 14:15", "Ukraine's security service says it killed suspect in Kyiv officer's shooting",
    ["Ukraine's SBU security service said its officers killed a man suspected of shooting a Ukrainian intelligence colonel in Kyiv last week during a raid in the Kyiv region, and detained an accomplice."],
    "other", "security", 2, "sbu-raid-kyiv-colonel-killing", a="Associated Press"),
  E("2025-07-13 11:30", "Texarkana veterans host fundraiser for Ukrainian amputees",
    ["A Texarkana veterans group raised more than $8,000 at a Saturday barbecue to help pay for prosthetic limbs for Ukrainian soldiers and civilians wounded in the war, organizers said."],
    "other", "humanitarian", 2, "texarkana-veterans-ukraine-amputee-fundraiser", a="Les Pryor", n="Private local fundraiser -> other/humanitarian."),
  E("2025-07-13 08:05", "Western Ukraine counts damage after Russia's biggest drone barrage",
    ["Officials in Lviv and Chernivtsi said more than 20 people were injured and dozens of homes damaged after Russia fired hundreds of drones and missiles at western Ukraine on Saturday, one of the largest air attacks of the war.",
     "Poland scrambled fighter jets as a precaution."],
    "strikes", "strikes", 3, "russia-drone-barrage-western-ukraine-2025-07-12", a="Associated Press"),
  E("2025-07-12 23:50", "Ukrainian drones hit military airfield in Russia, Kyiv says",
    ["Ukraine's General Staff said its drones struck an airfield in Russia's Kursk region where attack helicopters were based, but gave no details of the damage."],
    "strikes", "strikes", 2, "ukraine-drones-hit-kursk-airfield-2025-07-12", a="Associated Press", n="'Yesterday at 11:50 p.m.' = 12 July CDT = 13 July 04:50 UTC."),
  E("2025-07-12 19:05", "Russia launches hundreds of drones and missiles at western Ukraine",
    ["Russia fired nearly 600 drones and more than two dozen missiles at Ukraine overnight, targeting cities in the west far from the front, Ukraine's air force said Saturday.",
     "The city of Chernivtsi near the Romanian border was among the hardest hit."],
    "strikes", "strikes", 3, "russia-drone-barrage-western-ukraine-2025-07-12", a="Associated Press", n="'Yesterday at 7:05 p.m.' = 12 July CDT = 13 July 00:05 UTC."),
  ]))

SEEDS.append(dict(id="10008", name="10008_sanangelostandardtimes-whattoknow", ext="txt", source="San Angelo Standard-Times", zone="America/Chicago", render=r_sanangelo,
  title="Russia-Ukraine war: Prisoner swap nears as Vatican talks idea stalls. What to know", byline="Rhea Calloway",
  dateline_t="2025-05-22 05:02", updated_t="2025-05-22 09:14",
  caption="Relatives of Ukrainian prisoners of war hold portraits during a rally in Kyiv.", credit="Yevhen Marchenko, AFP via Getty Images",
  lede="The biggest exchange of prisoners since the start of the war could begin within days, while efforts to arrange a new round of talks have stalled. Here is what to know.",
  notes="Text scrape of a Gannett (USA TODAY network) 'What to know' article: one entry per subhead, stamp null. The page prints 'Published 5:02 a.m. CT May 22, 2025 | Updated 9:14 a.m. CT May 22, 2025'; published is the first-publication time 05:02 CDT = 10:02 UTC for every section (convention). One page byline (Rhea Calloway, USA TODAY) is every section's author.",
  not_entries=["skip link, site name, Subscribe/Sign In", "menu", "'WORLD' label", "title line", "byline lines 'Rhea Calloway' / 'USA TODAY'", "Published/Updated line",
               "photo caption, 'Show Caption', 'Hide Caption', photo credit", "lede paragraph ('... Here is what to know.')", "'Advertisement'",
               "'Contributing: Associated Press'", "'Ad Choices'", "copyright line"],
  entries=[
  E("2025-05-22 05:02", "Largest prisoner exchange of the war could begin this week",
    ["Ukraine and Russia are preparing to exchange 1,000 prisoners each under the deal reached at their first direct talks in more than three years, held in Istanbul last week, Ukrainian officials said.",
     "Zelenskyy said the lists of names were being checked and the swap could start before the weekend."],
    "diplomacy", "diplomacy", 3, "istanbul-1000-prisoner-exchange-preparations", a="Rhea Calloway", n="Big prisoner exchange -> importance 3."),
  E("2025-05-22 05:02", "Vatican offer to host talks gets a cool response in Moscow",
    ["Pope Leo XIV's offer to host the next round of negotiations at the Vatican drew little enthusiasm from the Kremlin, which said no decision on a venue had been made.",
     "President Donald Trump said earlier this week that the Vatican had expressed interest in hosting."],
    "diplomacy", "diplomacy", 2, "vatican-talks-venue-offer", a="Rhea Calloway"),
  E("2025-05-22 05:02", "Drones force Moscow airports to halt flights",
    ["Flights at Moscow's main airports were suspended for several hours as Russian air defenses fought off waves of Ukrainian drones approaching the capital, officials said.",
     "Russia's Defense Ministry said more than 100 drones were shot down over several regions."],
    "strikes", "strikes", 2, "moscow-drone-attack-airports-2025-05-21", a="Rhea Calloway"),
  E("2025-05-22 05:02", "Europe adds sanctions targeting Russia's shadow fleet",
    ["The European Union this week approved its 17th package of sanctions against Russia, adding nearly 200 tankers of the so-called shadow fleet used to move Russian oil around price caps.",
     "Britain announced parallel measures."],
    "diplomacy", "diplomacy", 2, "eu-17th-sanctions-package", a="Rhea Calloway"),
  E("2025-05-22 05:02", "Kyiv asks for more Patriot systems",
    ["Ukrainian officials renewed appeals to Western partners for additional Patriot air defense systems, saying Russia had stepped up ballistic missile attacks on cities.",
     "Germany said it was discussing options with the U.S. and other allies."],
    "aid", "aid", 2, "ukraine-appeal-for-patriot-systems-2025-05", a="Rhea Calloway", n="Appeal for air defence -> aid."),
  ]))

SEEDS.append(dict(id="10009", name="10009_wichitafallstimesrecordnews-feed", ext="xml", source="Wichita Falls Times Record News", zone="America/Chicago", render=r_wichita,
  title="Times Record News - World", build="Fri, 22 Aug 2025 16:45:00 -0500",
  notes="Gannett-style RSS 2.0 feed, newest first; pubDate carries the -0500 offset (CDT); <author> is a plain name or absent; the description is a plain-text summary. Item 04 (hurricane surf) is not about the war (off-beat). All items on 2025-08-22 UTC (01:15-16:30 CDT = 06:15-21:30 UTC).",
  not_entries=["channel title, link, description, language, lastBuildDate", "guid and category elements"],
  entries=[
  E("2025-08-22 16:30", "Trump says he will decide within two weeks how to deal with Russia",
    ["President Donald Trump said Friday he would know within about two weeks whether Russian President Vladimir Putin and Ukrainian President Volodymyr Zelenskyy were serious about making peace, and hinted at sanctions or tariffs if they were not."],
    "diplomacy", "diplomacy", 2, "trump-two-week-russia-decision", a="Marcus Bell"),
  E("2025-08-22 13:10", "Lavrov says no Putin-Zelenskyy summit is planned",
    ["Russian Foreign Minister Sergey Lavrov said there was no agenda for a meeting between Putin and Zelenskyy, and that any such meeting could come only after expert-level work was finished."],
    "diplomacy", "diplomacy", 2, "lavrov-no-putin-zelenskyy-summit", a="Associated Press"),
  E("2025-08-22 10:45", "American-owned electronics plant in western Ukraine hit by Russian missiles",
    ["Russian cruise missiles struck an American-owned electronics factory in Mukachevo in western Ukraine, injuring 19 workers and starting a large fire, Ukrainian officials said.",
     "The company said the plant made consumer products, not military equipment."],
    "strikes", "strikes", 3, "mukachevo-factory-strike-2025-08-21", a="Leah Ostrander", n="Large strike on a US-owned plant -> importance 3."),
  OFF("2025-08-22 08:20", "Hurricane Erin's surf keeps pounding North Carolina's Outer Banks",
    ["Large waves from Hurricane Erin, churning far offshore, flooded parts of a highway on North Carolina's Outer Banks for a second day, officials said."],
    "hurricane-erin-outer-banks", n="US weather."),
  E("2025-08-22 06:05", "Ukraine says drones hit oil refinery in southern Russia",
    ["Ukraine's military said its drones caused a fire at an oil refinery in Russia's Rostov region, part of a campaign against Russian energy sites that it says supply the army."],
    "strikes", "strikes", 2, "ukraine-drones-rostov-refinery-2025-08-22", a="Associated Press"),
  E("2025-08-22 01:15", "European and U.S. military planners discuss Ukraine security guarantees",
    ["Military officials from the United States and several European countries met in Washington to draw up options for security guarantees for Ukraine after any peace deal, a Pentagon official said."],
    "diplomacy", "diplomacy", 2, "security-guarantees-military-planners", a="Associated Press"),
  ]))


# ============================================================ PART B, day 1: 2025-03-30 (UTC)
D1 = "Day 1 (2025-03-30 UTC): 10020, 10021, 10022, 10023."
KHK = "kharkiv-drone-attack-2025-03-30"
TRUMP = "trump-angry-at-putin-oil-tariff-threat"
THEME1 = "explainer-energy-strike-moratorium"
EXPL_H = "Explainer: the energy truce that both sides say the other is breaking"
EXPL_P = ["Russia and Ukraine each agreed in mid-March to stop striking the other's energy facilities for 30 days, but the pause was never written down in a single signed text.",
          "Moscow has since accused Kyiv of hitting gas and power sites in Russia almost daily, while Ukraine says Russian drones have kept damaging substations and transformers.",
          "Without monitors on the ground, neither side's claims can be independently checked."]

SEEDS.append(dict(id="10020", name="10020_corrowmere-textlive", ext="txt", source="Corrowmere Courier", zone="Europe/Kyiv", render=r_corrowmere,
  title="Ukraine live: Trump turns on Putin over Zelensky remarks; four killed in Kharkiv", dateline="Sunday 30 March 2025",
  notes="Invented outlet. Text live blog, newest first; 'Times are Kyiv time'; each post starts with '21:40 | Headline' (stamp and headline on ONE line), body, then a '— Name' signature. Key Points block lists posts 01 and 02 exactly. 30 March 2025 is the day Kyiv moves to summer time at 03:00 local: post 07 (02:40) is still EET (UTC+2) = 00:40 UTC, all later posts are EEST (UTC+3). Post 06 is a video teaser without body; post 03 is the day's theme piece. " + D1,
  not_entries=["masthead and menu", "title and date lines", "'Times are Kyiv time'", "Key Points block (points to posts 01 and 02)", "'Latest' label", "'— Name' signatures",
               "'Sponsored' and Morning Brief promo", "'Show earlier posts'", "footer"],
  entries=[
  E("2025-03-30 21:40", "Kharkiv toll rises to four as rescuers finish search",
    ["A fourth person has died in hospital after the overnight drone attack on Kharkiv, regional governor Oleh Syniehubov said, adding that rescue teams had finished clearing the damaged buildings.",
     "Thirty-one people were injured in the attack, among them five children."],
    "strikes", "strikes", 3, KHK, a="Olesya Marchuk", kp=True),
  E("2025-03-30 19:15", "Trump says he is 'very angry' with Putin",
    ["Donald Trump told an American broadcaster that he was angry and annoyed with Vladimir Putin after the Russian leader questioned Volodymyr Zelensky's legitimacy and suggested Ukraine be put under a temporary administration.",
     "Trump said he could impose secondary tariffs of 25 to 50 per cent on countries buying Russian oil if he concluded that Moscow was to blame for blocking a ceasefire."],
    "diplomacy", "diplomacy", 3, TRUMP, a="Daniel Ferrier", kp=True),
  E("2025-03-30 16:30", EXPL_H, EXPL_P, "diplomacy", "diplomacy", 2, THEME1, sec=["strikes"], a="Daniel Ferrier",
    n="Theme piece (explainer with body) on the energy-strike moratorium: own story, importance 2; not the Kharkiv attack, not Trump's remarks."),
  E("2025-03-30 13:05", "Kupiansk shelled, one man killed",
    ["Russian artillery hit the centre of Kupiansk in the east of the Kharkiv region late in the morning, killing a 62-year-old man and damaging a shop, local officials said."],
    "strikes", "strikes", 2, "kupiansk-shelling-2025-03-30", a="Olesya Marchuk",
    n="Same region as the Kharkiv city drone attack but a different attack (artillery, Kupiansk, daytime): must not merge with " + KHK + "."),
  E("2025-03-30 10:20", "Three dead, 21 hurt in night drone attack on Kharkiv",
    ["Russian drones struck residential blocks, a supermarket and a military hospital in Kharkiv overnight, killing three people and injuring 21, Mayor Ihor Terekhov said.",
     "Fires broke out in the Kyivskyi and Osnovianskyi districts."],
    "strikes", "strikes", 3, KHK, a="Olesya Marchuk"),
  E("2025-03-30 07:45", "Watch: fire crews fight blaze at Kharkiv supermarket", [], "strikes", "strikes", 1, KHK,
    n="Video teaser without body -> importance 1, story of the attack it shows."),
  E("2025-03-30 02:40", "Explosions in Kharkiv as drones target the city",
    ["A series of explosions shook Kharkiv shortly after 2am as Russian attack drones struck several districts, Mayor Ihor Terekhov said on Telegram.",
     "He urged residents to stay in shelters."],
    "strikes", "strikes", 3, KHK, a="Olesya Marchuk", n="02:40 Kyiv is before the 03:00 switch to summer time: EET (UTC+2) -> 00:40 UTC."),
  ]))

SEEDS.append(dict(id="10021", name="10021_vessendorf-worldrss", ext="xml", source="Vessendorf World Service", zone="UTC", render=r_rss, rfc="GMT",
  title="Vessendorf World Service — World headlines", url="https://vessendorf.example", lede="Top world stories, updated through the day.",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, no authors. Four of six items are not about the war (Myanmar earthquake, Istanbul protests, Le Pen verdict, Miami Open). Item 05 spells the city 'Kharkov'. " + D1,
  not_entries=["channel title, link, description, language", "guid and category elements"],
  entries=[
  OFF("2025-03-30 20:30", "Myanmar earthquake: survivors still being found as toll passes 1,600",
    ["Rescue teams in Mandalay pulled a woman alive from the rubble of a hotel more than 60 hours after Friday's magnitude 7.7 earthquake, as the military government said the number of dead had passed 1,600."],
    "myanmar-earthquake-2025-03-28", n="natural disaster in Myanmar."),
  E("2025-03-30 18:05", "Trump threatens tariffs on countries that buy Russian oil",
    ["US President Donald Trump said he was furious with Vladimir Putin and warned that buyers of Russian oil could face extra US tariffs if Moscow stood in the way of a ceasefire in Ukraine.",
     "He said he expected to speak to the Russian leader during the week."],
    "diplomacy", "diplomacy", 3, TRUMP),
  OFF("2025-03-30 15:40", "Istanbul crowds rally again for detained mayor",
    ["Tens of thousands of people gathered in Istanbul for another opposition rally in support of the city's jailed mayor, Ekrem Imamoglu, whose arrest set off Turkey's biggest street protests in more than a decade."],
    "istanbul-mayor-protests", n="Turkish domestic politics."),
  OFF("2025-03-30 12:15", "France braces for Le Pen verdict",
    ["A Paris court will rule on Monday in the embezzlement trial of far-right leader Marine Le Pen, whose hopes of running for president in 2027 could end if she is barred from office."],
    "le-pen-embezzlement-trial", n="French politics."),
  E("2025-03-30 09:50", "Drone attack on Kharkov kills three",
    ["Three people were killed and more than 20 injured when Russian drones hit Kharkov, Ukraine's second city, overnight, local officials said."],
    "strikes", "strikes", 3, KHK, n="Spelling 'Kharkov'."),
  OFF("2025-03-30 06:20", "Sabalenka claims Miami Open title",
    ["World number one Aryna Sabalenka beat Jessica Pegula in straight sets to win the Miami Open, her first title at the tournament."],
    "miami-open-womens-final", n="tennis."),
  ]))

SEEDS.append(dict(id="10022", name="10022_marrowick-htmllive", ext="html", source="Marrowick Ledger", zone="Europe/Warsaw", render=r_marrowick,
  title="Live: Russia-Ukraine war, Sunday 30 March 2025", url="https://marrowick.example/live/2025-03-30",
  lede="Updates from our correspondents in Warsaw and Kyiv.", tznote="All times are Warsaw time (CEST).",
  notes="Invented outlet. HTML live blog, OLDEST first; LiveBlogPosting JSON-LD with per-update datePublished (+02:00); each update has author and <time> BEFORE its h2. Spelling 'Charkiw' (Polish form) for Kharkiv. Entry 06 repeats entry 03 nearly verbatim (headline reworded by one word, last words changed): duplicate_of 10022-03. " + D1,
  not_entries=["header and menu", "h1 title", "lede line", "'All times are Warsaw time (CEST).'", "author names in the meta line", "'Share · Copy link' tools", "footer"],
  entries=[
  E("2025-03-30 09:00", "Charkiw drone attack: death toll rises to three",
    ["Three people have now died after Russian drones hit Charkiw overnight, Ukraine's emergency service said, with more than 20 injured.",
     "Among the buildings hit was a military hospital."],
    "strikes", "strikes", 3, KHK, a="Agata Rybka", n="Spelling 'Charkiw'."),
  E("2025-03-30 10:45", "Polish jets scrambled as Russia strikes western Ukraine",
    ["Poland's operational command said it had scrambled fighter aircraft and put ground-based air defences on alert during the night because of Russian long-range strikes on western Ukraine.",
     "No violation of Polish airspace was recorded."],
    "other", "security", 2, "poland-scrambles-jets-2025-03-30", a="Tomasz Wielgosz", n="Precautionary measure by a non-party -> other/security."),
  E("2025-03-30 13:10", "Netherlands to fund long-range drones for Ukraine",
    ["The Dutch government will spend 400 million euros on long-range drones built by Ukrainian manufacturers, the defence minister said in an interview published on Sunday.",
     "The money comes from the Netherlands' 3.5 billion euro military aid budget for this year."],
    "aid", "aid", 2, "netherlands-ukraine-drone-funding", a="Agata Rybka", n="Must not merge with the EU shells plan (10023-03): different donor, different aid."),
  E("2025-03-30 16:30", "Trump threatens 'secondary tariffs' on Russian oil",
    ["Donald Trump said he would put tariffs of between 25 and 50 per cent on all oil bought from Russia if he decided the Kremlin was responsible for blocking a deal on Ukraine.",
     "He said he was very angry that Putin had attacked Zelensky's credibility."],
    "diplomacy", "diplomacy", 3, TRUMP, a="Tomasz Wielgosz"),
  E("2025-03-30 18:50", "Kremlin: Black Sea truce needs sanctions relief first",
    ["Russia will not implement a ceasefire at sea until Western sanctions on its state agricultural bank are lifted and the bank is reconnected to the SWIFT payment system, a Kremlin official said.",
     "Washington has said it will help restore Russia's access to world markets for food and fertiliser exports."],
    "diplomacy", "diplomacy", 2, "black-sea-truce-sanctions-condition", a="Agata Rybka",
    n="Same theme (US-Russia ceasefire diplomacy) as Trump's remarks but a different statement by a different side: must not merge with " + TRUMP + "."),
  E("2025-03-30 20:15", "Netherlands to fund Ukraine's long-range drones",
    ["The Dutch government will spend 400 million euros on long-range drones built by Ukrainian manufacturers, the defence minister said in an interview published on Sunday.",
     "The money comes from the Netherlands' 3.5 billion euro military aid budget for 2025."],
    "aid", "aid", 1, "netherlands-ukraine-drone-funding", a="Agata Rybka", dup="10022-03", n="Near-verbatim repeat of 10022-03 -> importance 1."),
  ]))

SEEDS.append(dict(id="10023", name="10023_saltcote-article", ext="txt", source="Saltcote Review", zone="America/New_York", render=r_textarticle,
  title="Trump's anger at Putin adds pressure as Russian drones pound Kharkiv", byline="Nadia Ferrow", crumb="World › Europe › Ukraine",
  dateline="March 30, 2025 at 4:45 p.m. EDT", dateline_t="2025-03-30 16:45",
  lede="The president's sharpest words yet for the Kremlin came on a day of deadly attacks in Ukraine's northeast.", more="How the energy ceasefire unravelled",
  footer="© Saltcote Review 2025",
  notes="Invented outlet. Text article with three section headings; one entry per section, stamp null; published = the dateline 'March 30, 2025 at 4:45 p.m. EDT' (UTC-4) = 20:45 UTC; page byline as author. " + D1,
  not_entries=["outlet name and breadcrumb", "title line", "byline and dateline", "lede paragraph", "share line", "'Read next: ...' link", "copyright line"],
  entries=[
  E("2025-03-30 16:45", "Trump turns up the heat on Moscow",
    ["President Trump said he was very angry with Vladimir Putin and would consider secondary tariffs on Russian oil, in his toughest remarks about the Russian leader since returning to office.",
     "The White House did not say whether a new call with Putin had been scheduled."],
    "diplomacy", "diplomacy", 3, TRUMP, a="Nadia Ferrow"),
  E("2025-03-30 16:45", "A deadly night in Kharkiv",
    ["At least four people were killed and more than 30 injured in Kharkiv after a wave of Russian drones struck the city overnight, Ukrainian officials said on Sunday.",
     "A military hospital and a shopping center were among the buildings damaged."],
    "strikes", "strikes", 3, KHK, a="Nadia Ferrow"),
  E("2025-03-30 16:45", "Europe's push for two million shells",
    ["European Union officials are trying to rally member states behind a plan to send Ukraine two million artillery shells this year, after a broader proposal for up to 40 billion euros in military aid stalled.",
     "Diplomats said several capitals were reluctant to commit new money before a summit in June."],
    "aid", "aid", 2, "eu-two-million-shells-plan", a="Nadia Ferrow", n="Must not merge with the Dutch drone funding (10022-03)."),
  ]))

# ============================================================ PART B, day 2: 2025-03-31 (UTC) — the day after day 1
D2 = "Day 2 (2025-03-31 UTC): 10030, 10031, 10032, 10033."
ZAP = "zaporizhzhia-drone-strike-2025-03-31"
CONSCRIPT = "putin-spring-conscription-decree-2025"

SEEDS.append(dict(id="10030", name="10030_pellinore-htmllive", ext="html", source="Pellinore Times", zone="Europe/London", render=r_pellinore,
  title="Russia-Ukraine war: Kremlin shrugs off Trump tariff threat; drones hit Zaporizhzhia", dateline="Monday 31 March 2025",
  lede="Moscow says it is still working with Washington after Donald Trump said he was angry with Vladimir Putin.",
  notes="Invented outlet. HTML live blog without JSON-LD, OLDEST first; each post: h2 headline, then a '06:40 BST' stamp AFTER the headline, body, 'Reported by NAME' line. BST = UTC+1. Entry 02 is a photo teaser without body; entry 05 is the day's theme piece (analysis); entry 06 repeats entry 03 nearly verbatim (duplicate_of 10030-03). The Kremlin entries continue day 1's story " + TRUMP + " (new development, same slug). " + D2,
  not_entries=["cookie consent bar", "header and menu", "h1 title", "date line", "standfirst", "'Reported by' lines", "Related box ('Who is Dmitry Peskov?')", "footer"],
  entries=[
  E("2025-03-31 06:40", "Drones strike Zaporizhzhia overnight, one wounded",
    ["A Russian drone attack on Zaporizhzhia overnight damaged houses and an industrial building and left one person wounded, regional governor Ivan Fedorov said."],
    "strikes", "strikes", 3, ZAP, a="Hugh Penhallow"),
  E("2025-03-31 08:55", "Photos: Zaporizhzhia residents clear debris", [], "strikes", "strikes", 1, ZAP, n="Photo teaser without body -> importance 1."),
  E("2025-03-31 11:20", "Kremlin says Putin remains open to talks with Trump",
    ["Kremlin spokesman Dmitry Peskov said Vladimir Putin remained open to contacts with Donald Trump and that work with Washington on Ukraine was continuing, a day after Trump said he was angry with the Russian leader.",
     "Peskov said no new phone call had yet been scheduled."],
    "diplomacy", "diplomacy", 3, TRUMP, a="Hugh Penhallow", n="Continuation of the day-1 story (the Kremlin's answer to Trump's threat): keeps the day-1 slug."),
  E("2025-03-31 13:45", "Putin orders spring call-up of 160,000 conscripts",
    ["Vladimir Putin has signed a decree calling up 160,000 men aged 18 to 30 for military service, the largest spring draft since 2011.",
     "The Kremlin says conscripts are not sent to fight in Ukraine."],
    "other", "politics", 3, CONSCRIPT, a="Miriam Oddie"),
  E("2025-03-31 15:30", "Analysis: would tariffs on Russian oil buyers actually bite?",
    ["Trump's threat of secondary tariffs would fall hardest not on Russia but on its biggest customers, China and India, which together take most of its seaborne crude.",
     "Both have so far kept buying despite Western sanctions, and analysts doubt Washington would risk a trade rupture with Beijing over Ukraine.",
     "The threat may matter more as leverage in talks than as a policy the White House intends to carry out."],
    "diplomacy", "diplomacy", 2, "analysis-secondary-oil-tariffs", a="Miriam Oddie",
    n="Theme piece (analysis with body): own story, importance 2; must not merge with " + TRUMP + "."),
  E("2025-03-31 17:10", "Kremlin says Putin remains open to contacts with Trump",
    ["Kremlin spokesman Dmitry Peskov said Vladimir Putin remained open to contacts with Donald Trump and that work with Washington on Ukraine was continuing, a day after Trump said he was angry with the Russian leader.",
     "Peskov added that no new phone call had yet been scheduled."],
    "diplomacy", "diplomacy", 1, TRUMP, a="Hugh Penhallow", dup="10030-03", n="Near-verbatim repeat of 10030-03 -> importance 1."),
  ]))

SEEDS.append(dict(id="10031", name="10031_velliford-atom", ext="xml", source="Velliford Post", zone="Europe/Kyiv", render=r_atom,
  title="Velliford Post — Ukraine", url="https://velliford.example", lede="News from Ukraine, from our Kyiv bureau.",
  notes="Invented outlet. Atom 1.0 feed, newest first; <published> with +03:00 (Kyiv summer time); per-entry author; content is escaped HTML. Entry 02 (Stepnohirsk shelling) is in the same region as the Zaporizhzhia city drone strike but a different attack: must not merge. " + D2,
  not_entries=["feed title, subtitle, link, id, updated", "each entry's <id> and <updated>"],
  entries=[
  E("2025-03-31 22:30", "Wounded in Zaporizhzhia attack rises to nine",
    ["Nine people, including a teenager, were wounded in Monday's drone attacks on Zaporizhzhia, governor Ivan Fedorov said in an evening update."],
    "strikes", "strikes", 3, ZAP, a="Kateryna Lysak"),
  E("2025-03-31 19:05", "Stepnohirsk shelled as fighting flares on southern front",
    ["Russian artillery and guided bombs hit the village of Stepnohirsk south of Zaporizhzhia through the afternoon, destroying several houses, the regional military administration said.",
     "No casualties were reported."],
    "strikes", "strikes", 2, "stepnohirsk-shelling-2025-03-31", a="Kateryna Lysak", n="Must not merge with " + ZAP + " (same region, different attack)."),
  E("2025-03-31 15:50", "Norway to pay for air defence radars for Ukraine",
    ["Norway will fund the purchase of mobile air defence radars for Ukraine worth about 1.2 billion kroner, the defence ministry in Oslo said."],
    "aid", "aid", 2, "norway-air-defence-radars-2025-03-31", a="Petro Havryliuk"),
  E("2025-03-31 12:10", "Peskov: contacts with Washington continue",
    ["Moscow is continuing to work with the United States on ideas for a settlement in Ukraine, Kremlin spokesman Dmitry Peskov said, when asked about Donald Trump's threat of oil tariffs."],
    "diplomacy", "diplomacy", 3, TRUMP, a="Petro Havryliuk", n="Continuation of the day-1 story."),
  E("2025-03-31 09:30", "Drones hit Zaporizhzhia, one person wounded",
    ["Russian drones struck Zaporizhzhia during the night, damaging private homes and wounding one person, the regional governor said."],
    "strikes", "strikes", 3, ZAP, a="Kateryna Lysak"),
  ]))

SEEDS.append(dict(id="10032", name="10032_yarrowby-worldrss", ext="xml", source="Yarrowby World Report", zone="Europe/London", render=r_rss, rfc="offset",
  title="Yarrowby World Report: Top stories", url="https://yarrowby.example", lede="The day's main international news.",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate with +0100 (BST), no authors. Four of six items are not about the war (markets, Le Pen verdict, Myanmar earthquake, South Korea wildfires). Item 05 spells the city 'Zaporozhye'. " + D2,
  not_entries=["channel title, link, description, language", "guid and category elements"],
  entries=[
  OFF("2025-03-31 21:15", "Global shares slide ahead of US tariff deadline",
    ["Stock markets in Asia and Europe fell sharply as investors braced for a new round of US tariffs due to be announced on Wednesday."],
    "global-markets-tariff-fears-2025-03-31", n="markets."),
  E("2025-03-31 18:40", "Russia begins largest spring draft in over a decade",
    ["Russia will call up 160,000 young men for a year of compulsory service under a decree signed by President Vladimir Putin, up from 150,000 last spring."],
    "other", "politics", 3, CONSCRIPT),
  OFF("2025-03-31 16:20", "Le Pen banned from seeking office after embezzlement conviction",
    ["A Paris court found Marine Le Pen guilty of misusing European Parliament funds and barred her from standing for public office for five years with immediate effect."],
    "le-pen-embezzlement-trial", n="French politics."),
  OFF("2025-03-31 13:05", "Myanmar quake: aid teams reach cut-off towns",
    ["International rescue and aid teams began reaching towns near the epicentre of Friday's earthquake in central Myanmar, where survivors said they had received little help."],
    "myanmar-earthquake-2025-03-28", n="natural disaster in Myanmar."),
  E("2025-03-31 10:35", "Drone attack on Zaporozhye injures several",
    ["Several people were hurt when drones struck residential areas of the southern Ukrainian city of Zaporozhye, officials said."],
    "strikes", "strikes", 3, ZAP, n="Spelling 'Zaporozhye'."),
  OFF("2025-03-31 07:10", "South Korea's deadliest wildfires brought under control",
    ["Firefighters in South Korea have contained the wildfires that killed about 30 people in the country's southeast over the past week, officials said."],
    "south-korea-wildfires-2025-03", n="South Korea wildfires."),
  ]))

SEEDS.append(dict(id="10033", name="10033_corrowmere-textlive", ext="txt", source="Corrowmere Courier", zone="Europe/Kyiv", render=r_corrowmere,
  title="Ukraine live: Kremlin says Putin still open to Trump contacts; drones hit Zaporizhzhia", dateline="Monday 31 March 2025",
  notes="Invented outlet (same as 10020). Text live blog, newest first; '21:10 | Headline' lines; Kyiv summer time (EEST = UTC+3). Key Points lists posts 01 and 03. Post 02 re-posts day 1's explainer 10020-03 word for word (re-post of day-1 entry: importance 1, duplicate_of null because duplicate_of only points inside one seed). Post 03 continues day 1's story " + TRUMP + ". " + D2,
  not_entries=["masthead and menu", "title and date lines", "'Times are Kyiv time'", "Key Points block (points to posts 01 and 03)", "'Latest' label", "'— Name' signatures",
               "'Sponsored' and Morning Brief promo", "'Show earlier posts'", "footer"],
  entries=[
  E("2025-03-31 21:10", "Zaporizhzhia: nine wounded, dozens of homes damaged",
    ["The number of people wounded in the day's attacks on Zaporizhzhia has risen to nine, and at least 30 private homes were damaged, the regional military administration said."],
    "strikes", "strikes", 3, ZAP, a="Olesya Marchuk", kp=True),
  E("2025-03-31 18:30", EXPL_H, EXPL_P, "diplomacy", "diplomacy", 1, THEME1, sec=["strikes"], a="Daniel Ferrier",
    n="Re-post of day-1 entry 10020-03 (same headline and text, republished on 31 March) -> importance 1."),
  E("2025-03-31 15:00", "Kremlin shrugs off Trump's tariff threat",
    ["The Kremlin said it was still working with the Trump administration on Ukraine and would not respond to threats, after the US president said he was angry with Vladimir Putin and floated tariffs on Russian oil buyers."],
    "diplomacy", "diplomacy", 3, TRUMP, a="Daniel Ferrier", kp=True, n="Continuation of the day-1 story: keeps the day-1 slug."),
  E("2025-03-31 12:25", "Zelensky: Ukraine will not sign minerals deal that blocks EU path",
    ["Volodymyr Zelensky said Kyiv's lawyers were still studying a new US draft of the minerals agreement and that Ukraine would reject any terms that threatened its path to European Union membership."],
    "diplomacy", "diplomacy", 2, "us-ukraine-minerals-deal-draft", a="Daniel Ferrier"),
  E("2025-03-31 09:40", "Drones hit Zaporizhzhia overnight",
    ["Zaporizhzhia was attacked by Russian drones overnight, with one person wounded and several homes damaged, governor Ivan Fedorov said."],
    "strikes", "strikes", 3, ZAP, a="Olesya Marchuk"),
  E("2025-03-31 07:15", "Sumy: Russian troops attempt new push near border",
    ["Ukrainian border guards said Russian assault groups tried to advance near two villages on the Sumy region's border overnight and were pushed back."],
    "other", "frontline", 2, "sumy-border-fighting-2025-03-31", a="Olesya Marchuk"),
  ]))

# ============================================================ PART B, day 3: 2025-06-18 (UTC)
D3 = "Day 3 (2025-06-18 UTC): 10040, 10041, 10042, 10043, 10044."
KYIV = "kyiv-mass-missile-drone-attack-2025-06-17"
G7 = "zelensky-g7-kananaskis-without-trump-meeting"
CAN = "canada-military-aid-package-2025-06-17"
ODS = "odesa-drone-strike-2025-06-18"
SWAP = "prisoner-exchange-2025-06-18"
EU18 = "eu-18th-sanctions-package-held-up"

SEEDS.append(dict(id="10040", name="10040_fennimoor-htmllive", ext="html", source="Fennimoor Standard", zone="Europe/Brussels", render=r_fennimoor,
  title="Ukraine war live: Kiev mourns its dead; prisoners swapped", dateline="Wednesday 18 June 2025", url="https://fennimoor.example/live/ukraine-2025-06-18",
  notes="Invented outlet. HTML live blog, newest first; JSON-LD @graph whose page node has @type ['NewsArticle','LiveBlogPosting'] and no liveBlogUpdate; each entry: <time datetime> '21:30 CEST' (UTC+2) BEFORE the h3, 'By NAME' after it. Spelling 'Kiev' and 'Solomyansky'. Entry 05 is a video teaser without body. " + D3,
  not_entries=["header and menu", "h1 title", "date line", "'By NAME' lines", "Brussels Briefing promo", "footer"],
  entries=[
  E("2025-06-18 21:30", "Kiev strike toll reaches 28",
    ["The number of people killed in Tuesday's Russian attack on Kiev has risen to 28 after another body was found under the collapsed section of a nine-storey block in the Solomyansky district, city officials said."],
    "strikes", "strikes", 3, KYIV, a="Lieve Dumont", n="Spelling 'Kiev', 'Solomyansky'."),
  E("2025-06-18 18:05", "Ukraine and Russia swap wounded prisoners",
    ["Ukraine brought home a group of severely wounded and young soldiers in the latest exchange agreed at talks in Istanbul, Volodymyr Zelensky said, without saying how many had been freed.",
     "Russia's defence ministry said the same number of Russian servicemen had been returned."],
    "diplomacy", "diplomacy", 3, SWAP, a="Lieve Dumont"),
  E("2025-06-18 15:20", "EU envoys fail again to agree 18th sanctions package",
    ["EU ambassadors ended another meeting without approving the bloc's 18th package of sanctions on Russia, which includes a lower price cap on Russian oil, diplomats said.",
     "Slovakia is holding out for guarantees over the planned phase-out of Russian gas imports."],
    "diplomacy", "diplomacy", 3, EU18, a="Joris van Acker"),
  E("2025-06-18 12:40", "Canada pledges C$2bn in new military aid",
    ["Canada will give Ukraine an extra 2 billion Canadian dollars in military assistance, including drones, armoured vehicles and ammunition, Prime Minister Mark Carney announced at the end of the G7 summit.",
     "Ottawa also imposed new sanctions on Russian individuals and shadow-fleet vessels."],
    "aid", "aid", 3, CAN, sec=["diplomacy"], a="Joris van Acker",
    n="Must not merge with " + G7 + " (Zelensky's summit outcome) nor with the EU sanctions package."),
  E("2025-06-18 10:15", "Watch: Kiev falls silent to remember victims", [], "strikes", "strikes", 1, KYIV, n="Video teaser without body -> importance 1."),
  E("2025-06-18 08:30", "Drones hit Odesa port district overnight",
    ["Russian drones damaged port infrastructure and apartment blocks in Odesa overnight, injuring two people, the regional governor said."],
    "strikes", "strikes", 3, ODS, a="Lieve Dumont", n="Must not merge with " + KYIV + " (different city, different night)."),
  ]))

SEEDS.append(dict(id="10041", name="10041_orrinvale-worldatom", ext="xml", source="Orrinvale World", zone="UTC", render=r_atom,
  title="Orrinvale World — Latest", url="https://orrinvale.example", lede="International news around the clock.",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in Z (UTC), no authors. Four of six entries are not about the war (Federal Reserve, Israel-Iran strikes, Air India crash inquiry, Club World Cup). " + D3,
  not_entries=["feed title, subtitle, link, id, updated", "each entry's <id> and <updated>"],
  entries=[
  OFF("2025-06-18 22:10", "Fed keeps interest rates on hold",
    ["The US Federal Reserve left its benchmark rate unchanged and said it would wait to see how tariffs affect inflation before cutting."],
    "fed-holds-rates-2025-06-18", n="US monetary policy."),
  OFF("2025-06-18 19:45", "Israel and Iran trade strikes for sixth day",
    ["Israel's military said it struck targets around Tehran overnight as Iran fired more missiles at Israeli cities, with no sign of either side backing down."],
    "israel-iran-strikes-2025-06", n="Middle East conflict, not the Russia-Ukraine war."),
  E("2025-06-18 16:00", "Kyiv mourns as death toll from Russian attack rises to 28",
    ["Flags flew at half-mast in Kyiv on an official day of mourning as the death toll from Tuesday's Russian missile and drone attack rose to 28, the deadliest on the capital this year."],
    "strikes", "strikes", 3, KYIV),
  OFF("2025-06-18 13:30", "Air India crash: investigators examine flight recorders",
    ["Indian investigators said they had begun analysing data from both flight recorders of the Air India jet that crashed after take-off in Ahmedabad last week."],
    "air-india-crash-investigation", n="aviation accident."),
  E("2025-06-18 10:20", "Zelensky leaves G7 summit without meeting Trump",
    ["Volodymyr Zelensky left the G7 summit in Canada without the meeting he had sought with Donald Trump, who flew home early, and the leaders issued no joint statement on Ukraine."],
    "diplomacy", "diplomacy", 3, G7),
  OFF("2025-06-18 07:05", "Club World Cup: Real Madrid begin campaign in Miami",
    ["Real Madrid open their Club World Cup campaign against Al-Hilal in Miami later on Wednesday, with new coach Xabi Alonso in charge for the first time."],
    "club-world-cup-real-madrid", n="football."),
  ]))

SEEDS.append(dict(id="10042", name="10042_wystan-textlive", ext="txt", source="Wystan Daily", zone="America/New_York", render=r_wystan,
  title="Russia-Ukraine live: Kyiv counts its dead after deadliest attack of the year", dateline="Wednesday, June 18", parse_args=["--date", "2025-06-18"],
  lede="Ukraine's capital holds a day of mourning; prisoners are exchanged under the Istanbul deal.",
  notes="Invented outlet. Text live blog, OLDEST first; the day line 'Wednesday, June 18' has no year (parse_args --date 2025-06-18); 'All times ET' (EDT = UTC-4); each post ends with a trailing '— NAME, 12:40 a.m. ET' line that carries both author and stamp. Spelling 'Odessa' and 'Solomianskyi'. Entry 03 is the day's theme piece (explainer); entry 06 repeats entry 04 nearly verbatim (duplicate_of 10042-04). " + D3,
  not_entries=["masthead and menu", "title and day lines", "'All times ET'", "lede line", "trailing '— NAME, time' lines (author + stamp)", "'Advertisement'", "follow line and footer"],
  entries=[
  E("2025-06-18 00:40", "Toll in Kyiv climbs to 24 as rescuers dig through collapsed block",
    ["Emergency crews in Kyiv pulled more bodies overnight from a nine-story apartment building hit by a Russian missile on Tuesday, raising the death toll to 24, the State Emergency Service said.",
     "Most of the victims were found in the Solomianskyi district."],
    "strikes", "strikes", 3, KYIV, a="Marisa Olden"),
  E("2025-06-18 03:15", "Drones hit Odessa port area",
    ["Russian drones struck the port area of Odessa overnight, damaging warehouses and wounding two people, regional officials said."],
    "strikes", "strikes", 3, ODS, a="Marisa Olden", n="Spelling 'Odessa'."),
  E("2025-06-18 06:50", "Explainer: NATO's 5% target and what it means for Ukraine",
    ["NATO leaders meeting in The Hague next week are expected to agree that members should spend 5% of GDP on defense by 2035, with 3.5% going to core military needs and 1.5% to related security spending.",
     "Supporters say the target will help Europe keep arming Ukraine while rebuilding its own stocks. Critics say several countries have no realistic way of meeting it."],
    "diplomacy", "diplomacy", 2, "explainer-nato-five-percent-target", sec=["aid"], a="Gavin Reyes",
    n="Theme piece (explainer with body) on alliance spending: own story, importance 2."),
  E("2025-06-18 09:30", "Ukraine, Russia carry out new prisoner swap",
    ["Ukraine and Russia exchanged another group of prisoners of war on Wednesday, including soldiers under 25 and those with severe injuries, Zelensky said on Telegram.",
     "It was the latest stage of exchanges agreed at direct talks in Istanbul earlier this month."],
    "diplomacy", "diplomacy", 3, SWAP, a="Gavin Reyes"),
  E("2025-06-18 12:10", "Kyiv toll climbs to 28 on day of mourning",
    ["The death toll from Tuesday's attack on Kyiv has risen to 28, Mayor Vitali Klitschko said, as the capital observed an official day of mourning."],
    "strikes", "strikes", 3, KYIV, a="Marisa Olden"),
  E("2025-06-18 14:45", "Ukraine and Russia carry out new prisoner swap",
    ["Ukraine and Russia exchanged another group of prisoners of war on Wednesday, including soldiers under 25 and those with severe injuries, Zelensky said on Telegram.",
     "It was the latest stage of exchanges agreed at direct talks in Istanbul this month."],
    "diplomacy", "diplomacy", 1, SWAP, a="Gavin Reyes", dup="10042-04", n="Near-verbatim repeat of 10042-04 -> importance 1."),
  E("2025-06-18 17:20", "Slovakia's Fico holds up EU sanctions over gas phase-out",
    ["Slovak Prime Minister Robert Fico said he would not back the EU's 18th sanctions package against Russia until Brussels addressed Slovakia's concerns about a plan to end Russian gas imports by 2027."],
    "diplomacy", "diplomacy", 3, EU18, a="Gavin Reyes"),
  ]))

SEEDS.append(dict(id="10043", name="10043_keswold-article", ext="txt", source="Keswold Observer", zone="Europe/Kyiv", render=r_textarticle,
  title="After the deadliest night of the year, Kyiv looks to its allies and finds little", byline="Halyna Mostova", crumb="News › Ukraine",
  dateline="Kyiv, 18 June 2025, 17:40", dateline_t="2025-06-18 17:40",
  lede="The capital buried its dead as the G7 summit ended without a common word of support.", more="Inside the Solomianskyi block where 23 died",
  footer="Keswold Observer © 2025 · All rights reserved",
  notes="Invented outlet. Text article with three section headings; one entry per section, stamp null; published = the dateline 'Kyiv, 18 June 2025, 17:40' (Kyiv summer time, UTC+3) = 14:40 UTC; page byline as author. " + D3,
  not_entries=["outlet name and breadcrumb", "title line", "byline and dateline", "lede paragraph", "share line", "'Read next: ...' link", "copyright line"],
  entries=[
  E("2025-06-18 17:40", "A city in mourning",
    ["Kyiv held an official day of mourning on Wednesday for the 28 people killed when Russian missiles and drones struck the city early on Tuesday, most of them in a single apartment block.",
     "Restaurants turned off music and entertainment events were cancelled."],
    "strikes", "strikes", 3, KYIV, a="Halyna Mostova", n="Mourning for the attack's victims: the attack story."),
  E("2025-06-18 17:40", "Little comfort from the G7",
    ["At the summit in Kananaskis, Zelensky met the host, Mark Carney, and European leaders, but not Donald Trump, who had returned to Washington a day early.",
     "A planned joint statement on Ukraine was dropped."],
    "diplomacy", "diplomacy", 3, G7, a="Halyna Mostova"),
  E("2025-06-18 17:40", "Canada steps up",
    ["Canada's new package of 2 billion Canadian dollars in military aid was the summit's most concrete result for Kyiv, officials in Zelensky's office said privately."],
    "aid", "aid", 3, CAN, a="Halyna Mostova"),
  ]))

SEEDS.append(dict(id="10044", name="10044_lorrimer-rss", ext="xml", source="Lorrimer Press", zone="Europe/Kyiv", render=r_rss, rfc="offset",
  title="Lorrimer Press — Ukraine", url="https://lorrimer.example", lede="Reporting from Ukraine.",
  notes="Invented outlet. RSS 2.0 feed, newest first; pubDate with +0300 (Kyiv summer time); dc:creator per item. " + D3,
  not_entries=["channel title, link, description, language", "guid and category elements"],
  entries=[
  E("2025-06-18 20:50", "Russia claims capture of first village in Dnipropetrovsk region",
    ["Russia's defence ministry said its troops had taken a village in the Dnipropetrovsk region, which would be their first advance into the region since the full-scale invasion began.",
     "Ukraine's military denied the claim."],
    "other", "frontline", 2, "russia-claims-village-dnipropetrovsk-2025-06-18", a="Yurii Bondar"),
  E("2025-06-18 17:35", "Zelensky: G7 trip brought air defence talks but no Trump meeting",
    ["Volodymyr Zelensky said he discussed air defence and sanctions with G7 leaders in Canada and regretted not being able to meet Donald Trump, who left the summit early."],
    "diplomacy", "diplomacy", 3, G7, sec=["aid"], a="Yurii Bondar"),
  E("2025-06-18 13:10", "Odesa: two injured as drones strike port area",
    ["Two people were injured and port warehouses caught fire after a Russian drone attack on Odesa overnight, governor Oleh Kiper said."],
    "strikes", "strikes", 3, ODS, a="Sofiia Tkach"),
  E("2025-06-18 10:00", "Kyiv toll rises to 25 as search goes on",
    ["Rescuers have recovered another body in Kyiv, bringing the number of dead from Tuesday's strike to 25, the interior minister said."],
    "strikes", "strikes", 3, KYIV, a="Sofiia Tkach"),
  ]))


# ============================================================ emit
BASIS = {
  "r_victoria": "card <time> shows only the date '{s}'; the time comes from its datetime attribute ({iso}); US Central, CST = UTC-6",
  "r_longview": "bare item time '{s}' under the article date 'Jan 19, 2025'; the page says all times are local time in Ukraine (Kyiv, EET = UTC+2)",
  "r_midland": "pubDate '{s}' (explicit GMT); local day {d} in the outlet's US Central zone (CST = UTC-6)",
  "r_laredo": "no per-brief time; the page time 'Feb 10, 2025 5:30 a.m.' (datetime attribute and JSON-LD -06:00, CST) used for every brief",
  "r_brownsville": "relative stamp '{s}' resolved against the header clock 'Sunday, March 23, 2025 | 6:10 PM CDT' (UTC-5)",
  "r_corpus": "stamp '{s}' (time only, US Eastern, EDT = UTC-4); date {d} from the Published/Updated line, post order (newest first, midnight crossing) and the post's JSON-LD datePublished",
  "r_beaumont": "stamp '{s}' after the headline, under the day line 'Friday, April 25' (no year visible; JSON-LD and parse_args give 2025); US Central implied, CDT = UTC-5",
  "r_texarkana": "relative-day stamp '{s}' with 'Today' = 2025-07-13 (parse_args; the page prints no date); US Central implied, CDT = UTC-5",
  "r_sanangelo": "no per-section time; the article's first-publication time 'Published 5:02 a.m. CT May 22, 2025' (CDT = UTC-5) used for every section",
  "r_wichita": "pubDate '{s}' (explicit -0500, CDT)",
  "r_corrowmere": "stamp '{s}' on the page's date {d}; 'Times are Kyiv time' ({off})",
  "r_rss": "pubDate '{s}' (explicit zone)",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_marrowick": "stamp '{s}' with <time datetime> ({iso}) on {d}; JSON-LD update datePublished agrees; Warsaw CEST = UTC+2",
  "r_textarticle": "no per-section time; the article dateline ({d} {hm}, {z}, {off}) used for every section",
  "r_pellinore": "stamp '{s}' after the headline, on the page's date {d}; BST = UTC+1",
  "r_fennimoor": "stamp '{s}' with <time datetime> ({iso}) on {d}",
  "r_wystan": "trailing stamp '{s}' under the day line 'Wednesday, June 18' (no year; parse_args --date 2025-06-18); EDT = UTC-4",
}


def offset_label(d):
    off = d.utcoffset().total_seconds() / 3600
    return "UTC" if off == 0 else f"UTC{off:+.0f}"


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
            basis = BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), z=S["zone"], iso=iso(d), off=offset_label(d), hm=d.strftime("%H:%M"))
            if e.get("n") and ("midnight" in e["n"] or "UTC" in e["n"]) and "off-beat" not in e["n"]:
                basis += "; " + e["n"]
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": basis,
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

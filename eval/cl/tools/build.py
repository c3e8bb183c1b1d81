#!/usr/bin/env python3
"""Builds the eval/cl seed pages and their gold files from one hand-written data table (further below).

All news text is the blind tester's own invention or paraphrase; Part A imitates the layout of ten real
Pacific Northwest outlets, Part B uses invented outlets. Deterministic: the same table always gives the same files.
Run from the project root:  python3 eval/cl/tools/build.py"""
import hashlib, html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# ------------------------------------------------------------------ table helpers
def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None, **x):
    """One entry: t = local time in the page's zone ('YYYY-MM-DD HH:MM'), h = headline or None, p = paragraphs."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(x)
    return d


def OFF(t, h, p, st, a=None, n="", **x):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **x)


ABBR = {"u.s.", "mr.", "mrs.", "ms.", "dr.", "gen.", "lt.", "col.", "sen.", "rep.", "gov.", "jan.", "feb.", "aug.", "sept.", "oct.",
        "nov.", "dec.", "st.", "no.", "jr.", "a.m.", "p.m."}


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\u201d\u2019]?(?=\s+["\u201c\u2018]?[A-Z0-9]|\s*$)', par):
        tok = re.search(r"(\S+)$", par[:m.start() + 1]).group(1).lower().lstrip("(\"\u201c")
        if tok in ABBR:
            continue
        return par[:m.end()]
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def h12(d):
    return d.hour % 12 or 12


def ap_time(d):  # AP style: '4:35 p.m.', '7 p.m.'
    suf = "a.m." if d.hour < 12 else "p.m."
    return f"{h12(d)} {suf}" if d.minute == 0 else f"{h12(d)}:{d.minute:02d} {suf}"


def caps_time(d):  # '4:35 PM'
    return f"{h12(d)}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def uid(*parts):
    return hashlib.md5("|".join(str(p) for p in parts).encode()).hexdigest()


def uuid_like(*parts):
    h = uid(*parts)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def iso(d):
    return d.isoformat()


def zulu(d):
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# ================================================================== Part A renderers (layouts of real outlets; own words)

def r_bellingham(S):
    """Bellingham Herald (McClatchy) Nation & World listing, copied as text. Newest first. Card: kicker, headline, one summary
    paragraph, 'By NAME' line, credit line, then 'September 24, 2025 4:35 PM' (no zone printed: Pacific implied)."""
    z = S["zone"]
    L = ["Skip to main content", "Skip to Main Content", "Bellingham Herald Logo", "Subscribe", "Sign In", "",
         "Local", "Politics", "Business", "Sports", "Opinion", "Obituaries", "Nation & World", "eEdition", "",
         "We use cookies to personalize content and to analyze our traffic. By using this site you accept our cookie policy. Accept", "",
         "NATION & WORLD", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} {caps_time(d)}"
        stamps.append(st)
        L += [e.get("kick", "WORLD"), e["h"], ""] + ptxt(e["p"])
        if e["a"] and e["a"] != e.get("credit"):
            L.append(f"By {e['a']}")
        L += [e.get("credit", "The Associated Press"), st, ""]
        if i == 2:
            L += ["ADVERTISEMENT", "", "Take Us With You", "Local news and breaking alerts from Whatcom County, right on your phone.",
                  "BELLINGHAM HERALD APP \u2192", "VIEW NEWSLETTERS \u2192", ""]
    L += ["LOAD MORE STORIES", "", "Copyright", "Commenting Policy", "Privacy Policy", "Terms of Service", "Do Not Sell or Share My Personal Information"]
    return "\n".join(L) + "\n", stamps


def r_olympian(S):
    """The Olympian (McClatchy) live-updates article, HTML. Oldest first. Page byline; each post: h2 headline, THEN a
    'Posted 5:40 AM PDT' line, then paragraphs. NewsArticle JSON-LD (page-level only, no per-post data)."""
    z = S["zone"]
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": S["url"], "headline": S["title"],
          "datePublished": iso(first), "dateModified": iso(last), "articleSection": "Nation & World",
          "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "The Olympian", "logo": {"@type": "ImageObject", "url": "https://www.theolympian.com/static/logo.png"}}}
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | The Olympian</title>",
           f'<link rel="canonical" href="{S["url"]}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<a class="skip" href="#main">Skip to main content</a>',
           '<header class="masthead"><a href="/" class="logo">The Olympian Logo</a><nav><ul><li><a href="/news/local/">Local</a></li>'
           '<li><a href="/news/politics-government/">Politics</a></li><li><a href="/sports/">Sports</a></li><li><a href="/opinion/">Opinion</a></li>'
           '<li><a href="/news/nation-world/">Nation &amp; World</a></li><li><a href="/obituaries/">Obituaries</a></li></ul></nav>'
           '<a class="btn" href="/subscribe">Subscribe</a> <a class="btn" href="/signin">Sign In</a></header>',
           '<main id="main"><article><p class="kicker">NATION &amp; WORLD</p>', f"<h1>{esc(S['title'])}</h1>",
           f'<div class="byline">By <a href="/profile/raina">{esc(S["byline"])}</a></div>',
           f'<div class="time">Updated {MONTHS[last.month - 1]} {last.day}, {last.year} {caps_time(last)}</div>',
           '<div class="share-bar"><span>Share</span> <a>Facebook</a> <a>X</a> <a>Email</a> <a>Copy Link</a></div>',
           f'<p class="summary"><strong>{esc(S["lede"])}</strong></p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Posted {caps_time(d)} PDT"; stamps.append(st)
        out.append(f'<section class="live-post" id="post-{i + 1}"><h2>{esc(e["h"])}</h2><p class="post-time">{st}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</section>")
        if i == 3:
            out.append('<div class="newsletter"><p>Stay informed. Get the Olympian\u2019s morning headlines delivered to your inbox.</p>'
                       '<input type="email" placeholder="Email address"> <button>SIGN UP</button></div>')
    out += [f'<p class="orig">This story was originally published {MONTHS[first.month - 1]} {first.day}, {first.year} at {caps_time(first)}.</p>',
            '</article><aside class="read-next"><h3>Read Next</h3><a href="/news/local/a1.html">Olympia council weighs downtown parking changes</a></aside></main>',
            '<footer><a>Copyright</a> <a>Commenting Policy</a> <a>Privacy Policy</a> <a>Terms of Service</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_tricity(S):
    """Tri-City Herald (McClatchy) Nation & World RSS 2.0 from the rssfeed widget. Newest first. pubDate written with the
    obsolete RFC 822 zone name 'PDT'. dc:creator on most items; description holds <p> paragraphs in CDATA."""
    z = S["zone"]
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">',
           "<channel>", f"<title>{esc(S['title'])}</title>", "<link>https://www.tri-cityherald.com/news/nation-world/</link>",
           '<atom:link href="https://www.tri-cityherald.com/news/nation-world/?widgetName=rssfeed&amp;widgetContentId=712015&amp;getXmlFeed=true" rel="self" type="application/rss+xml"/>',
           "<description>Nation and world news from the Tri-City Herald</description>", "<language>en-us</language>",
           f"<lastBuildDate>{last.strftime('%a, %d %b %Y %H:%M:%S')} PDT</lastBuildDate>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S") + " PDT"; stamps.append(st)
        link = f"https://www.tri-cityherald.com/news/nation-world/world/article{311420 + 37 * i}.html"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{link}</link>", f'<guid isPermaLink="true">{link}</guid>', f"<pubDate>{st}</pubDate>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out += ["<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>",
                f'<media:content url="https://www.tri-cityherald.com/public/latest-news/{311420 + 37 * i}/alternates/LANDSCAPE_1140/photo.jpg" medium="image"/>',
                "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def rel_ago(ref, d):
    mins = int((ref - d).total_seconds() // 60)
    assert mins > 0
    if mins < 60:
        return f"{mins} min ago"
    assert mins % 60 == 0, (ref, d)
    return "1 hr ago" if mins == 60 else f"{mins // 60} hrs ago"


def r_bend(S):
    """Bend Bulletin (BLOX CMS) Nation & World section front, HTML. Newest first. Card: h3 headline link, summary,
    caps wire byline 'By NAME Associated Press', and <time datetime="...-07:00"> whose visible text is relative ('2 hrs ago')."""
    z = S["zone"]; ref = dt(S["rendered"], z)
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | bendbulletin.com</title>",
           '<meta name="viewport" content="width=device-width, initial-scale=1"></head><body class="section-front">',
           '<div id="site-navbar-container"><a class="navbar-brand" href="/">The Bulletin</a><ul class="nav navbar-nav">'
           '<li><a href="/localstate/">Local &amp; State</a></li><li><a href="/sports/">Sports</a></li><li><a href="/business/">Business</a></li>'
           '<li><a href="/opinion/">Opinion</a></li><li><a href="/nation-world/">Nation &amp; World</a></li><li><a href="/obituaries/">Obituaries</a></li>'
           '<li><a href="/e-edition/">E-Edition</a></li></ul><a class="btn" href="/users/login/">Log In</a> <a class="btn" href="/subscribe/">Subscribe</a></div>',
           f'<div class="weather-date">{WEEKDAYS[ref.weekday()]}, {MONTHS[ref.month - 1]} {ref.day}, {ref.year} \u00b7 Bend, OR \u00b7 58\u00b0</div>',
           f'<main><h1 class="block-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rel_ago(ref, d); stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")[:60]
        u = uuid_like("bend", i, e["h"])
        out.append(f'<article class="tnt-asset-type-article card summary"><div class="card-headline"><h3 class="tnt-headline">'
                   f'<a href="/nation-world/{slug}/article_{u}.html">{esc(e["h"])}</a></h3></div>')
        out.append('<div class="card-lead">' + "".join(f'<p class="tnt-summary">{esc(p)}</p>' for p in e["p"]) + "</div>")
        out.append('<ul class="list-inline">' + (f'<li class="card-byline"><span class="tnt-byline">By {esc(e["a"])} {esc(e.get("credit", "Associated Press"))}</span></li>' if e["a"] else "")
                   + f'<li class="card-date"><time datetime="{iso(d)}" class="tnt-date asset-date text-muted">{st}</time></li></ul></article>')
        if i == 2:
            out.append('<div class="tnt-ads">Advertisement</div>')
    out += ['</main><aside class="most-popular"><h4>Most Popular</h4><ol><li><a href="/localstate/x1">Deschutes County weighs new jail wing</a></li>'
            '<li><a href="/sports/x2">Bend Senior High rallies past Summit</a></li></ol></aside>',
            '<div class="newsletter-signup"><p>Be the first to know</p><p>Get local news delivered to your inbox!</p><input type="email"> <button>Sign up!</button></div>',
            '<footer>\u00a9 Copyright 2025 The Bulletin, 320 SW Upper Terrace Dr. Suite 200 Bend, OR | Terms of Use | Privacy Policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_statesman(S):
    """Statesman Journal (Gannett / USA TODAY Network) live blog, HTML. Newest first. Post: h2 headline, THEN a stamp
    '11:48 p.m. PT Dec. 14' (AP style, no year), THEN 'NAME, OUTLET' byline, then paragraphs. LiveBlogPosting JSON-LD
    lists only the five newest updates, with UTC ('Z') datePublished."""
    z = S["zone"]
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = []
    for e in S["entries"][:5]:
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "headline": e["h"], "datePublished": zulu(d), "url": S["url"] + "#post-" + uid(e["h"])[:8]}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": zulu(first), "dateModified": zulu(last), "coverageStartTime": zulu(first),
          "publisher": {"@type": "Organization", "name": "Statesman Journal"}, "liveBlogUpdate": ups}
    out = ["<!DOCTYPE html>", '<html lang="en-US"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<a class="gnt_skip" href="#mainContent">Skip to main content</a>',
           '<header class="gnt_n"><a class="gnt_n_logo" href="/">Statesman Journal</a><nav class="gnt_n_mn">'
           '<a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/entertainment/">Entertainment</a> <a href="/opinion/">Opinion</a> '
           '<a href="/obituaries/">Obituaries</a> <a href="/enewspaper/">E-Edition</a> <a href="/legals/">Legals</a></nav>'
           '<a class="gnt_n_us" href="/subscribe/">Subscribe</a> <a href="/signin/">Sign In</a></header>',
           '<main id="mainContent"><article class="gnt_pr"><div class="gnt_ar_lbl">LIVE</div>',
           f'<h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
           f'<div class="gnt_ar_by">{esc(S["pagebyline"])}</div>',
           f'<div class="gnt_ar_dt">Published {ap_time(first)} PT {AP_MON[first.month - 1]} {first.day}, {first.year} | Updated {ap_time(last)} PT {AP_MON[last.month - 1]} {last.day}, {last.year}</div>',
           '<div class="gnt_ss"><a>Share on Facebook</a> <a>Share on X</a> <a>Email</a> <a>Add Topic</a></div>',
           '<div class="gnt_lb_sum"><h2>What we know</h2><ul>' + "".join(f"<li>{esc(b)}</li>" for b in S["summary"]) + "</ul></div>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ap_time(d)} PT {AP_MON[d.month - 1]} {d.day}"; stamps.append(st)
        out.append(f'<div class="gnt_lb_post" id="post-{uid(e["h"])[:8]}"><h2 class="gnt_lb_post_hl">{esc(e["h"])}</h2>'
                   f'<div class="gnt_lb_post_ts">{st}</div>')
        if e["a"]:
            out.append(f'<div class="gnt_lb_post_by">{esc(e["a"])}, {esc(e.get("credit", "Statesman Journal"))}</div>')
        out += [f'<p class="gnt_ar_b_p">{esc(p)}</p>' for p in e["p"]]
        out.append("</div>")
        if i == 3:
            out.append('<aside class="gnt_em_nl">Get the latest Salem news delivered to your inbox. <a>Sign up for our newsletter</a></aside>')
    out += ['</article></main><footer class="gnt_f">About Us \u00b7 Newsroom Staff \u00b7 Contact Us \u00b7 Terms of Service \u00b7 Privacy Policy \u00b7 Your Privacy Choices<br>'
            '\u00a9 2025 www.statesmanjournal.com. All rights reserved.</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_columbian(S):
    """The Columbian (Vancouver, Wash.) world round-up, text scrape. One page byline and one 'Published: October 24, 2025,
    5:45pm' line; the items after 'Here's the latest:' have NO headlines and no own time."""
    z = S["zone"]; d = dt(S["published"], z)
    L = ["Skip to content", "The Columbian", "Subscribe   Log In", "", "News  Sports  Business  Life  Opinion  Obituaries  e-Edition  Classifieds", "",
         "Search", "", "World", "", S["title"], "", "By Associated Press",
         f"Published: {MONTHS[d.month - 1]} {d.day}, {d.year}, {h12(d)}:{d.minute:02d}{'am' if d.hour < 12 else 'pm'}", "",
         "Share:  Facebook  X  Email  Print", "", S["lede"], "", "Here\u2019s the latest:", ""]
    for i, e in enumerate(S["entries"]):
        L += ptxt(e["p"])
        if i == 2:
            L += ["Advertisement", ""]
    L += ["___", "", "More coverage of the war in Ukraine: columbian.com/news/world", "",
          "Tags", "World  Russia  Ukraine", "", "Local news is worth it. Subscribe today for unlimited digital access.", "",
          "Columbian Publishing Co. \u00b7 Privacy Policy \u00b7 Terms of Use \u00b7 Contact Us"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_kitsap(S):
    """Kitsap Sun (Gannett) live updates, text scrape. Oldest first. Header 'Published 5:20 a.m. PT Oct. 29, 2025 | Updated ...';
    one page byline; each post: AP-style time line '6:45 a.m. PT' BEFORE its headline, then paragraphs."""
    z = S["zone"]; first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    L = ["Skip to main content", "Kitsap Sun", "Subscribe", "Sign In", "", "Home  News  Sports  Things to do  Opinion  Obituaries  eNewspaper  Legals", "",
         "NEWS", "LIVE", S["title"], "", S["byline"], "Kitsap Sun", "",
         f"Published {ap_time(first)} PT {AP_MON[first.month - 1]} {first.day}, {first.year} | Updated {ap_time(last)} PT {AP_MON[last.month - 1]} {last.day}, {last.year}", "",
         "Share on Facebook  Share on X  Email  Add Topic", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ap_time(d)} PT"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Get the Kitsap Sun morning briefing in your inbox. Sign up", ""]
    L += ["Contact Us  Support  Accessibility  Terms of Service  Privacy Policy  Your Privacy Choices", "\u00a9 2025 www.kitsapsun.com. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_skagit(S):
    """Skagit Valley Herald (goskagit.com, BLOX CMS) world RSS 2.0 from /search/?f=rss. Newest first. pubDate with
    '-0700'; dc:creator is the raw byline; description is a one-paragraph summary (plain text in CDATA); enclosure image."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
           "<channel>", f"<title>{esc(S['title'])}</title>", "<link>https://www.goskagit.com/news/world/</link>",
           '<atom:link href="https://www.goskagit.com/search/?f=rss&amp;t=article&amp;c=news/world&amp;l=50&amp;s=start_time&amp;sd=desc" rel="self" type="application/rss+xml"/>',
           "<description>World news from the Skagit Valley Herald</description>", "<generator>TownNews.com Content Management System</generator>",
           "<docs>http://www.rssboard.org/rss-specification</docs>", "<ttl>30</ttl>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        u = uuid_like("skagit", i, e["h"]); slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")[:60]
        out += ["<item>", f"<title>{esc(e['h'])}</title>", "<description><![CDATA[" + "\n\n".join(e["p"]) + "]]></description>",
                f"<pubDate>{st}</pubDate>", f'<guid isPermaLink="false">{u}</guid>', f"<link>https://www.goskagit.com/news/world/{slug}/article_{u}.html</link>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}, {esc(e.get('credit', 'Associated Press'))}</dc:creator>")
        out += [f'<enclosure url="https://bloximages.newyork1.vip.townnews.com/goskagit.com/content/tncms/assets/v3/editorial/{u[:1]}/{u[1:3]}/{u}/photo.jpg" length="{180000 + i * 731}" type="image/jpeg"/>',
                f"<category>{e.get('cat', 'World')}</category>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_lewiston(S):
    """Lewiston Tribune (BLOX CMS) overnight wire page, text scrape. Oldest first, crossing local midnight; day lines
    'Monday, Oct. 6' WITHOUT a year; AP-style time line '5:10 p.m.' before each headline; per-post credit line '— NAME'.
    No zone printed anywhere: Pacific time implied by the paper's home (Lewiston, Idaho)."""
    z = S["zone"]
    L = ["Skip to main content", "Lewiston Tribune", "Subscribe  Log In", "", "News  Sports  Opinion  Obituaries  Outdoors  Business  Marketplace  E-Edition", "",
         "Northwest  Nation/World", "", S["title"], "", "Compiled by the Tribune night desk", "",
         "Facebook  Twitter  WhatsApp  SMS  Email  Print  Copy article link  Save", "", S["lede"], ""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        day = f"{WEEKDAYS[d.weekday()]}, {AP_MON[d.month - 1]} {d.day}"
        if day != cur:
            cur = day; L += [day, ""]
        st = ap_time(d); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"\u2014 {e['a']}", ""]
    L += ["Tags", "Ukraine  Russia  War", "", "Most Popular", "Asotin County approves road levy", "Vandals fall late at Montana State", "",
          "Be the first to know", "Get local news delivered to your inbox!", "", "\u00a9 Lewiston Tribune \u00b7 Terms of Use \u00b7 Privacy Policy"]
    return "\n".join(L) + "\n", stamps


def r_moscow(S):
    """Moscow-Pullman Daily News (dnews.com, BLOX CMS) weekend round-up article, HTML, with section headings (one entry per
    section), a 'Key Points' box naming two of them, one caps wire byline. The visible date is 'Dec 20, 2025' with no time;
    the time is only in <time datetime> and in the NewsArticle JSON-LD."""
    z = S["zone"]; d = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": iso(d), "dateModified": iso(d), "articleSection": "National",
          "author": [{"@type": "Person", "name": n} for n in S["ldauthors"]], "publisher": {"@type": "Organization", "name": "Moscow-Pullman Daily News"}}
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | National | dnews.com</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<div id="site-navbar-container"><a class="navbar-brand" href="/">Moscow-Pullman Daily News</a><ul class="nav">'
           '<li><a href="/local/">Local</a></li><li><a href="/sports/">Sports</a></li><li><a href="/opinion/">Opinion</a></li>'
           '<li><a href="/national/">National</a></li><li><a href="/obituaries/">Obituaries</a></li><li><a href="/e-edition/">e-Edition</a></li></ul>'
           '<a href="/users/login/">Log In</a> <a href="/subscribe/">Subscribe</a></div>',
           '<main><article class="asset"><header class="asset-header"><ul class="list-inline"><li><a href="/national/">National</a></li></ul>',
           f'<h1 class="headline"><span class="asset-headline">{esc(S["title"])}</span></h1>',
           f'<ul class="list-inline asset-info"><li><span class="tnt-byline">By {esc(S["byline"])}</span></li>'
           f'<li><time datetime="{iso(d)}" class="tnt-date asset-date text-muted">{MON3[d.month - 1]} {d.day}, {d.year}</time></li></ul>',
           '<div class="share-container">Facebook Twitter WhatsApp SMS Email Print Copy article link Save</div></header>',
           '<div class="key-points"><h3>Key Points</h3><ul>' + "".join(f"<li>{esc(e['h'])}</li>" for e in S["entries"] if e["kp"]) + "</ul></div>",
           '<div id="article-body" itemprop="articleBody">', f"<p>{esc(S['lede'])}</p>"]
    for e in S["entries"]:
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
    out += ["</div>", '<div class="tags">Tags <a>Ukraine</a> <a>Russia</a> <a>Diplomacy</a></div>',
            '<section class="related"><h4>Related to this story</h4><a href="/local/r1.html">Pullman church collects coats for Kharkiv shelter</a></section>',
            '</article></main><aside><h4>Most Popular</h4><ol><li>Moscow council delays vote on Third Street plan</li><li>Cougars land transfer guard</li></ol></aside>',
            '<footer>\u00a9 2025 Moscow-Pullman Daily News \u00b7 Terms of Use \u00b7 Privacy Policy</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


# ================================================================== Part B renderers (invented outlets)

def r_larch(S):
    """Text live blog, newest first; time and headline on ONE line ('19:10 \u00b7 Headline'); Key Points block with '* ' bullets;
    'Posted by NAME' after the body; date line and a Kyiv-time note at the top."""
    z = S["zone"]
    L = ["LARCHBARROW COURIER", "News | Ukraine | Europe | Opinion | Newsletters", "", S["title"], S["dateline"], "All times are Kyiv time (EEST)", "",
         "Key Points"] + ["* " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [f"{st} \u00b7 {e['h']}", ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Posted by {e['a']}", ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Show earlier posts", "", "Larchbarrow Courier \u00b7 About \u00b7 Contact \u00b7 Privacy \u00b7 Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_fenwray(S):
    """HTML live blog, OLDEST first; LiveBlogPosting JSON-LD with per-update datePublished (+02:00) and authors; visible
    stamp '08:10 CEST' in <time datetime>, above an h3; signature '\u2014 NAME' after the body."""
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#u{i + 1}", "headline": e["h"], "datePublished": iso(d), "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": iso(first),
          "dateModified": iso(last), "coverageStartTime": iso(first), "liveBlogUpdate": ups}
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Fenwray Review</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<div class="cookies">This site uses cookies. <button>OK</button> <button>Settings</button></div>',
           '<header><a href="/">Fenwray Review</a> <nav><a>Poland</a> <a>Ukraine</a> <a>Europe</a> <a>Business</a> <a>Podcast</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} CEST"; stamps.append(st)
        out.append(f'<div class="update" id="u{i + 1}"><time datetime="{iso(d)}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">\u2014 {esc(e["a"])}</p>')
        out.append("</div>")
    out += ['<p class="more"><a href="/live/archive">Yesterday\u2019s live coverage</a></p></main>', "<footer>Fenwray Review \u00b7 Warsaw \u00b7 Imprint \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """Plain RSS 2.0; pubDate with the outlet's zone (S['rfc']: 'GMT' or the numeric offset); CDATA <p> paragraphs;
    dc:creator when the entry has an author. Items in table order (newest first)."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>',
           f"<title>{esc(S['title'])}</title>", f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>", f"<language>{S.get('lang', 'en')}</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if S["rfc"] == "GMT" else d.strftime("%z")); stamps.append(st)
        link = f"{S['url']}/{S.get('path', 'news')}/{uid(S['id'], i)[:10]}"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{link}</link>", f'<guid isPermaLink="true">{link}</guid>', f"<pubDate>{st}</pubDate>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out += [f"<category>{esc(e.get('cat', 'World'))}</category>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel></rss>"]
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0; <published> with the outlet's offset (or Z for UTC); escaped-HTML content; per-entry author when known.
    Entries in table order (newest first)."""
    z = S["zone"]
    newest = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           f"<subtitle>{esc(S['lede'])}</subtitle>", f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/feed.atom"/>',
           f"<id>tag:{S['url'][8:]},2025:feed</id>", f"<updated>{iso(newest).replace('+00:00', 'Z')}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d).replace("+00:00", "Z"); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link rel="alternate" href="{S["url"]}/a/{uid(S["id"], i)[:8]}"/>',
                f"<id>tag:{S['url'][8:]},2025:{uid(S['id'], i)[:12]}</id>", f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        if e["p"]:
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_inglewhite(S):
    """HTML live blog without JSON-LD, newest first; h3 headline, THEN 'Posted Sept. 30, 2025, 12:50 a.m. EDT', then 'By NAME'."""
    z = S["zone"]
    out = ["<!DOCTYPE html>", '<html lang="en-US"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Inglewhite Daily</title></head><body>",
           '<header class="top"><a href="/">Inglewhite Daily</a><nav><a>U.S.</a> <a>World</a> <a>Politics</a> <a>Business</a> <a>Opinion</a></nav>'
           '<a class="subscribe">Subscribe for $1</a></header>',
           f'<main><p class="label">LIVE UPDATES</p><h1>{esc(S["title"])}</h1>', f'<p class="dek">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Posted {AP_MON[d.month - 1]} {d.day}, {d.year}, {ap_time(d)} EDT"; stamps.append(st)
        out.append(f'<article class="post"><h3>{esc(e["h"])}</h3><p class="posted">{st}</p>')
        if e["a"]:
            out.append(f'<p class="by">By {esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<p class="tools"><a>Share</a> <a>Copy link</a></p></article>')
        if i == 2:
            out.append('<div class="promo">The World Brief: our daily newsletter on the war in Ukraine. <a>Sign up</a></div>')
    out += ["</main><footer>\u00a9 2025 Inglewhite Daily \u00b7 Terms \u00b7 Privacy \u00b7 Do not sell my info</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_lumbwick(S):
    """Text live blog of a German outlet's English desk, OLDEST first; German CMS chrome: headline, THEN
    'Stand: 30.09.2025, 09:05 Uhr' (no zone printed: Berlin time implied), THEN 'Von NAME', then paragraphs."""
    z = S["zone"]
    L = ["Lumbwick Bulletin", "Berlin \u00b7 English edition", "", "Startseite \u203a Ukraine-Krieg \u203a Liveblog", "", S["title"], "", S["lede"], "",
         "Teilen  Drucken  Kommentare", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Stand: {d:%d.%m.%Y, %H:%M} Uhr"; stamps.append(st)
        L += [e["h"], st]
        if e["a"]:
            L.append(f"Von {e['a']}")
        L += [""] + ptxt(e["p"])
    L += ["Mehr zum Thema", "Liveblog vom Vortag", "", "Lumbwick Bulletin \u00b7 Impressum \u00b7 Datenschutz"]
    return "\n".join(L) + "\n", stamps


def r_jessamine(S):
    """Text article of a Finnish outlet's English service, with Finnish chrome; one entry per section heading; dateline
    'Julkaistu 30.9.2025 klo 22.40' (no zone printed: Helsinki time implied); byline 'Teksti: NAME'."""
    z = S["zone"]; d = dt(S["published"], z)
    L = ["JESSAMINE LEDGER", "Uutiset \u203a Ulkomaat \u203a In English", "", S["title"], "", f"Teksti: {S['byline']}",
         f"Julkaistu {d.day}.{d.month}.{d.year} klo {d.hour}.{d.minute:02d}", "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Jaa artikkeli", "Lue my\u00f6s: " + S["more"], "", "\u00a9 Jessamine Ledger"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_elmthwaite(S):
    """Text live blog, OLDEST first; date line 'Tuesday, 23 December' WITHOUT a year; headline, paragraphs, then a
    TRAILING stamp line '07:50 | NAME'. The masthead says the outlet is in Kyiv; no zone printed."""
    z = S["zone"]
    L = ["ELMTHWAITE POST", "Independent news from Kyiv", "", "Live | War | Politics | Business | Culture", "", S["title"], S["dateline"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} | {e['a']}" if e["a"] else f"{d:%H:%M}"; stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [st, ""]
        if i == 3:
            L += ["Support our newsroom \u2014 become a member", ""]
    L += ["End of live coverage for today", "Elmthwaite Post \u00b7 Contacts \u00b7 Editorial policy"]
    return "\n".join(L) + "\n", stamps


def r_foxbury(S):
    """HTML live blog of a French outlet's English desk, newest first; JSON-LD @graph with @type array and liveBlogUpdate
    (+01:00 per update); visible date header '23/12/2025' and French-style stamps '08h10'; byline BEFORE the headline."""
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#{uid(e['h'])[:6]}", "headline": e["h"], "datePublished": iso(d),
                    "articleBody": " ".join(e["p"])})
    newest = dt(S["entries"][0]["t"], z); oldest = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": "https://foxbury.example/#org", "name": "Foxbury Signal"},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": iso(oldest),
         "dateModified": iso(newest), "coverageStartTime": iso(oldest), "publisher": {"@id": "https://foxbury.example/#org"}, "liveBlogUpdate": ups}]}
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header>Foxbury Signal <nav><a>France</a> <a>Europe</a> <a>Ukraine</a> <a>Africa</a> <a>Live</a></nav> <a>FR</a> | <a>EN</a></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="day">{esc(S["dateline"])}</p>', f'<p class="chapo">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H}h{d:%M}"; stamps.append(st)
        out.append('<div class="post">' + (f'<p class="auteur">{esc(e["a"])}</p>' if e["a"] else "")
                   + f'<span class="heure">{st}</span><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
        if i == 2:
            out.append('<aside class="lire">Read also: <a href="/a/winter-grid">Ukraine\u2019s fourth wartime winter in the dark</a></aside>')
    out += ["</main><footer>Foxbury Signal \u00b7 Paris \u00b7 Legal notice \u00b7 Cookies</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


# ================================================================== PART A: ten real outlets' layouts (own words)
PT = "America/Los_Angeles"
SEEDS = []

SEEDS.append(dict(id="9100", name="9100_bellinghamherald-listing", ext="txt", source="Bellingham Herald", zone=PT, render=r_bellingham,
  title="World News",
  notes="Imitates a Bellingham Herald (McClatchy) Nation & World section listing copied as plain text. Newest first. Each card: kicker, "
        "headline, one summary paragraph, an optional 'By NAME' line, a credit line ('The Associated Press' / 'Reuters'), then the stamp "
        "'September 24, 2025 4:35 PM'. No zone is printed anywhere: Pacific time (PDT, UTC-7) is implied by the paper's home. Cards with "
        "only an agency credit use the agency as author. Two of seven cards are off-beat world news.",
  not_entries=["skip links, logo, 'Subscribe' / 'Sign In'", "section menu (Local ... eEdition)", "cookie notice", "kicker 'NATION & WORLD' and the page title 'World News'",
               "'WORLD' / 'ASIA' / 'LATIN AMERICA' kickers above cards", "'By NAME' and credit lines (authors, not entries)", "'ADVERTISEMENT'",
               "'Take Us With You' app promo and 'VIEW NEWSLETTERS'", "'LOAD MORE STORIES'", "footer links"],
  entries=[
  E("2025-09-24 16:35", "Zelenskyy tells UN that drones have made the war harder to contain",
    ["Ukraine's president warned world leaders in New York on Wednesday that cheap attack drones were carrying the fighting beyond his country's borders, and urged them to act before the next incursion into a neighboring state."],
    "diplomacy", "diplomacy", 3, "zelenskyy-un-general-assembly-speech-2025-09-24", a="Marta Kovalenko and Dean Ashby", credit="The Associated Press",
    n="Head-of-state address at the UN -> diplomacy, importance 3. Two names in one byline: author keeps both as printed."),
  E("2025-09-24 14:20", "Russian drones cut power to thousands in Zaporizhzhia region",
    ["Overnight drone strikes knocked out electricity to several thousand homes in Ukraine's southern Zaporizhzhia region and damaged a school gym, the regional governor said Wednesday."],
    "strikes", "strikes", 2, "zaporizhzhia-region-drone-strikes-2025-09-24", a="Dana Whitlock", credit="The Associated Press"),
  E("2025-09-24 12:05", "Kremlin brushes off Trump's claim that Ukraine can win back its land",
    ["The Kremlin on Wednesday rejected President Donald Trump's new view that Kyiv could recover all the territory Russia has seized, saying Moscow's economy and army remained strong."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-trump-territory-remark", a="The Associated Press", credit="The Associated Press",
    n="Agency-only credit: author is the credit as printed."),
  OFF("2025-09-24 10:40", "Japan's ruling party hopefuls spar over rice prices in televised debate",
      ["Five candidates to lead Japan's governing Liberal Democratic Party clashed over food prices and immigration during a televised debate, days before party members vote."],
      "japan-ldp-leadership-debate-2025", a="Kenji Aramaki", credit="The Associated Press", kick="ASIA", n="Japanese party politics."),
  E("2025-09-24 09:15", "Poland says it will down intruding objects without waiting for allies",
    ["Poland's foreign minister said his country would shoot down drones or missiles that violate its airspace without first consulting NATO partners, two weeks after Polish and allied jets downed Russian drones over its territory."],
    "other", "security", 2, "poland-airspace-shootdown-policy", a="Piotr Zawadzki", credit="The Associated Press",
    n="Air-defence policy of a non-party -> other/security (no engagement reported)."),
  E("2025-09-24 07:50", "Ukraine says its drones hit an oil pumping station deep inside Russia",
    ["Ukraine's military said Wednesday that its long-range drones struck an oil pumping station in Russia's Samara region overnight, starting a fire, as Kyiv keeps up attacks on the energy sector that funds Moscow's war."],
    "strikes", "strikes", 2, "ukraine-drone-strike-samara-pumping-station-2025-09-24", a="Reuters", credit="Reuters", n="Agency-only credit."),
  OFF("2025-09-24 06:10", "Argentina's markets rally on hopes of fresh U.S. backing",
      ["Argentine stocks and bonds rose sharply after signals from Washington that it was ready to help stabilize the peso ahead of next month's midterm elections."],
      "argentina-markets-us-support-2025-09", a="Lucia Ferraro", credit="The Associated Press", kick="LATIN AMERICA", n="Argentine markets."),
  ]))

ZTWH = "zelenskyy-trump-white-house-meeting-2025-10-17"
SEEDS.append(dict(id="9101", name="9101_theolympian-liveupdates", ext="html", source="The Olympian", zone=PT, render=r_olympian,
  title="Live updates: Zelenskyy leaves Washington without Tomahawks as Trump pushes for a ceasefire", byline="Raina Colwell",
  url="https://www.theolympian.com/news/nation-world/world/article312874410.html",
  lede="Follow the latest on the war in Ukraine on Saturday, a day after President Volodymyr Zelenskyy met President Donald Trump at the White House.",
  notes="Imitates a McClatchy (The Olympian) live-updates article in HTML, OLDEST first. One page byline 'By Raina Colwell' is every post's author. "
        "Each post is an h2 headline FOLLOWED by a 'Posted 5:40 AM PDT' line; the date comes from the page's 'Updated October 18, 2025 3:30 PM' line "
        "and the closing 'This story was originally published October 18, 2025 at 5:40 AM.' The NewsArticle JSON-LD has only page-level dates. "
        "Post 04 is an explainer (theme piece); post 07 is a video teaser without body.",
  not_entries=["skip link, masthead, menu, 'Subscribe' / 'Sign In'", "kicker 'NATION & WORLD'", "h1 page title", "byline 'By Raina Colwell'",
               "'Updated October 18, 2025 3:30 PM' line", "share bar", "bold summary paragraph under the title (page lede)", "newsletter sign-up box",
               "'This story was originally published ...' line", "'Read Next' link", "footer links"],
  entries=[
  E("2025-10-18 05:40", "Zelenskyy heads home after White House meeting ends without missile deal",
    ["Ukraine's president left Washington on Saturday without a commitment on long-range Tomahawk cruise missiles, after a meeting in which Trump said he hoped the war could end without them.",
     "Zelenskyy told reporters afterward that the talks had been frank and that the question of the missiles had not been closed."],
    "diplomacy", "diplomacy", 3, ZTWH, sec=["aid"], a="Raina Colwell", n="Head-of-state meeting (17 Oct) and its outcome -> diplomacy; missiles secondary aid."),
  E("2025-10-18 07:15", "Drones and glide bombs hit energy sites in Kharkiv region",
    ["Russian drones and guided bombs struck energy facilities in the Kharkiv region overnight, leaving about 30,000 customers without electricity, the regional governor said.",
     "No one was reported hurt."],
    "strikes", "strikes", 2, "kharkiv-region-energy-strikes-2025-10-18", a="Raina Colwell"),
  E("2025-10-18 08:50", "Trump says both sides should 'stop where they are'",
    ["President Donald Trump said in a social media post that Russia and Ukraine should halt the fighting along the current front line and let history sort out the rest, rather than keep killing.",
     "He did not say how such a halt would be monitored."],
    "diplomacy", "diplomacy", 3, "trump-stop-where-they-are-call", a="Raina Colwell", n="Separate statement from the meeting itself: own story."),
  E("2025-10-18 10:05", "What is a Tomahawk, and why does Kyiv want it?",
    ["The Tomahawk is a ship- and ground-launched cruise missile with a range of roughly 1,000 miles, far beyond anything Ukraine now fields from Western suppliers.",
     "Ukrainian officials say it would let them hit the airfields and depots behind Russia's drone and missile campaign; Moscow warns that supplying it would badly damage relations with Washington."],
    "aid", "aid", 2, "explainer-tomahawk-missile", a="Raina Colwell", n="Theme piece (explainer with body): own story, importance 2."),
  E("2025-10-18 11:30", "Ukraine claims strike on gas processing plant in Orenburg region",
    ["Ukraine's general staff said its drones hit a large gas processing plant in Russia's Orenburg region near the border with Kazakhstan, causing a fire.",
     "Russian regional officials said a workshop was damaged and the fire was put out."],
    "strikes", "strikes", 2, "ukraine-strike-orenburg-gas-plant-2025-10", a="Raina Colwell"),
  E("2025-10-18 13:45", "Hungary says it is ready to host a Trump-Putin summit",
    ["Hungarian Foreign Minister Peter Szijjarto said Budapest was ready to host a meeting between Trump and Russian President Vladimir Putin and would make sure Putin could arrive safely.",
     "No date has been set."],
    "diplomacy", "diplomacy", 3, "budapest-trump-putin-summit-plan", a="Raina Colwell", n="Ministerial diplomatic move."),
  E("2025-10-18 15:30", "Watch: Zelenskyy speaks to reporters outside the White House", [], "diplomacy", "diplomacy", 1, ZTWH, a="Raina Colwell",
    n="Video teaser without body -> importance 1, story of the meeting it shows."),
  ]))

SEEDS.append(dict(id="9102", name="9102_tricityherald-feed", ext="xml", source="Tri-City Herald", zone=PT, render=r_tricity,
  title="Nation & World | Tri-City Herald",
  notes="Imitates the McClatchy rssfeed widget feed of the Tri-City Herald (RSS 2.0). Newest first. pubDate uses the obsolete RFC 822 zone NAME "
        "'PDT' (= -0700) instead of a numeric offset. dc:creator on four items ('Associated Press' or a staff name); one item has none (author null). "
        "description holds <p> paragraphs in CDATA. One off-beat item (Mexico's Independence Day).",
  not_entries=["channel title/link/description/lastBuildDate", "atom:link self URL", "<guid>, <link> and <media:content> of each item"],
  entries=[
  E("2025-09-16 15:50", "Ukrainian drones hit Russian Baltic oil port for second time in a week",
    ["Drones struck the oil terminal at Primorsk on the Baltic Sea overnight, setting a tanker and a pumping station on fire, a Russian regional governor said.",
     "Ukraine's security service said the port is one of the main outlets for Russian crude exports."],
    "strikes", "strikes", 2, "primorsk-port-drone-strike-2025-09-16", a="Associated Press"),
  E("2025-09-16 13:10", "Russian and Belarusian troops wrap up Zapad war games as NATO watches",
    ["Russia and Belarus ended their joint Zapad military exercises on Tuesday after five days of drills that included rehearsals for the use of nuclear weapons, while NATO kept close watch from its eastern flank."],
    "other", "security", 2, "zapad-2025-exercises", a="Associated Press", n="Drills -> other/security."),
  E("2025-09-16 10:25", "EU prepares new sanctions package aimed at Russian gas",
    ["The European Commission is preparing a 19th round of sanctions against Russia that would bring forward a ban on imports of Russian liquefied natural gas, officials said.",
     "The proposal needs the approval of all 27 member states."],
    "diplomacy", "diplomacy", 3, "eu-19th-sanctions-package-proposal", a="Lorne Pettigrew", n="Major sanctions step -> diplomacy, importance 3."),
  OFF("2025-09-16 08:40", "Mexico celebrates Independence Day with parade in capital",
      ["Thousands of soldiers and cadets marched through central Mexico City on Tuesday to mark the anniversary of the start of the country's war of independence."],
      "mexico-independence-day-2025", a="Associated Press", n="Mexican national holiday."),
  E("2025-09-16 06:05", "Glide bombs kill 2 in Zaporizhzhia city",
    ["Russian guided aerial bombs struck the city of Zaporizhzhia early Tuesday, killing two people and wounding at least nine, Ukrainian regional officials said.",
     "Several private houses and a warehouse were destroyed."],
    "strikes", "strikes", 3, "zaporizhzhia-glide-bombs-2025-09-16", n="Deadly strike -> importance 3. No dc:creator: author null."),
  E("2025-09-16 00:30", "Ukraine says it downed most of 90 drones launched overnight",
    ["Ukraine's air force said it shot down or jammed 71 of the 90 drones Russia launched at the country overnight, with hits recorded at five locations."],
    "strikes", "strikes", 2, "overnight-drone-attack-2025-09-16", a="Associated Press"),
  ]))

SEEDS.append(dict(id="9103", name="9103_bendbulletin-section", ext="html", source="Bend Bulletin", zone=PT, render=r_bend,
  title="Nation & World", rendered="2025-10-20 15:50",
  notes="Imitates the BLOX (TownNews) Nation & World section front of The Bulletin (Bend, Oregon) in HTML. Newest first. The visible stamps are "
        "RELATIVE ('45 min ago', '2 hrs ago'), rendered at 3:50 PM Pacific on Monday, October 20, 2025 (the header date line); each sits in "
        "<time datetime=\"...-07:00\"> with the exact time, which is the basis of 'published'. Wire bylines are in capitals, 'By NAME Associated "
        "Press'; author is the name as printed. One card has no byline (author null); one card is off-beat (the Louvre theft).",
  not_entries=["navbar with menu, 'Log In' / 'Subscribe'", "header date/weather line 'Monday, October 20, 2025 \u00b7 Bend, OR \u00b7 58\u00b0'",
               "block title 'Nation & World'", "'Advertisement'", "'Most Popular' sidebar with two local links", "newsletter box 'Be the first to know'", "footer"],
  entries=[
  E("2025-10-20 15:05", "Rubio and Lavrov talk by phone as planning for Budapest summit begins",
    ["Secretary of State Marco Rubio spoke with Russian Foreign Minister Sergey Lavrov on Monday about preparations for a possible meeting between President Donald Trump and Vladimir Putin in Hungary, the State Department said."],
    "diplomacy", "diplomacy", 3, "rubio-lavrov-call-2025-10-20", a="ELLEN MARSDEN", n="Ministerial diplomacy -> importance 3."),
  E("2025-10-20 13:50", "EU ministers weigh using frozen Russian assets for big Ukraine loan",
    ["European Union foreign ministers meeting in Luxembourg discussed a plan to lend Ukraine up to 140 billion euros backed by Russian central bank assets frozen in Europe, with Belgium still seeking legal guarantees."],
    "aid", "aid", 3, "eu-reparations-loan-frozen-assets", sec=["diplomacy"], a="LORENZO BIANCHETTI", n="Funding decision/debate -> aid; major package."),
  OFF("2025-10-20 12:50", "Louvre reopens a day after thieves snatch crown jewels",
      ["The Louvre in Paris reopened to visitors on Monday, a day after a gang using a truck-mounted lift broke into a gallery and escaped with pieces of the French crown jewels within minutes."],
      "louvre-jewel-theft-2025-10", a="CLAIRE DUVERNAY", n="Paris museum theft."),
  E("2025-10-20 10:50", "Russia says its troops captured two villages in Dnipropetrovsk region",
    ["Russia's Defense Ministry said its forces had taken two villages on the edge of Ukraine's Dnipropetrovsk region, a claim that could not be independently verified."],
    "other", "frontline", 2, "russia-claims-dnipropetrovsk-villages-2025-10-20", n="Territorial claim -> other/frontline. No byline: author null."),
  E("2025-10-20 08:50", "Overnight strikes leave parts of Chernihiv region without power",
    ["Russian drones and a missile hit energy infrastructure in the northern Chernihiv region overnight, cutting power to tens of thousands of homes, Ukraine's grid operator said."],
    "strikes", "strikes", 2, "chernihiv-energy-strikes-2025-10-20", a="DMYTRO HALCHENKO"),
  E("2025-10-20 06:50", "Families evacuated from frontline villages in Kharkiv region",
    ["Ukrainian authorities ordered the mandatory evacuation of families with children from 11 more villages near Kupiansk as Russian attacks on the area intensified."],
    "other", "humanitarian", 2, "kupiansk-area-evacuation-2025-10-20", a="DMYTRO HALCHENKO"),
  ]))

BERLIN = "berlin-ukraine-peace-talks-2025-12-14"
SEEDS.append(dict(id="9104", name="9104_statesmanjournal-live", ext="html", source="Statesman Journal", zone=PT, render=r_statesman,
  title="Ukraine peace talks in Berlin: Live updates as U.S. envoys meet Zelenskyy", pagebyline="USA TODAY Network staff",
  url="https://www.statesmanjournal.com/story/news/world/2025/12/14/ukraine-peace-talks-berlin-live-updates/87012345007/",
  summary=["U.S. envoys and Ukraine's president opened talks in Berlin on Sunday on a plan to end the war.",
           "European leaders are expected to join the discussions on Monday.",
           "Oregon's congressional delegation is watching the talks closely."],
  notes="Imitates a Gannett (USA TODAY Network) live blog on the Statesman Journal (Salem, Oregon) in HTML. NEWEST first. Each post: h2 headline, "
        "THEN an AP-style stamp without year ('11:48 p.m. PT Dec. 14', '7 p.m. PT Dec. 14' with no minutes), THEN 'NAME, OUTLET'. The year is in "
        "the page line 'Published 4:30 p.m. PT Dec. 14, 2025 | Updated 12:40 a.m. PT Dec. 15, 2025'. The page crosses LOCAL midnight (Dec. 14 "
        "-> Dec. 15, PST = UTC-8) but every post falls on UTC 15 December. The LiveBlogPosting JSON-LD gives UTC ('Z') times and lists only the "
        "five newest posts (posts 06 and 07 are only in the HTML). The 'What we know' box is a page summary, not posts.",
  not_entries=["skip link, masthead, menu, 'Subscribe' / 'Sign In'", "'LIVE' label and h1 title", "page byline 'USA TODAY Network staff'",
               "'Published ... | Updated ...' line", "share buttons", "'What we know' box and its three bullets (page summary)",
               "'NAME, OUTLET' lines (authors)", "newsletter box", "footer"],
  entries=[
  E("2025-12-15 00:40", "Talks to resume Monday morning in Berlin, officials say",
    ["Negotiators plan to meet again on Monday morning after the first day of talks in Berlin ended late Sunday, a German government spokesperson said.",
     "U.S. special envoy Steve Witkoff called the first session substantive in a post on social media."],
    "diplomacy", "diplomacy", 3, BERLIN, a="Kate Ellery-Voss", credit="USA TODAY"),
  E("2025-12-15 00:05", "Russian drones hit port infrastructure in Odesa region",
    ["Russian drones struck port and energy facilities in the Odesa region overnight, starting fires and injuring two workers, the regional governor said Monday morning local time."],
    "strikes", "strikes", 2, "odesa-port-drone-strike-2025-12-15", a="Kate Ellery-Voss", credit="USA TODAY", n="Local 12:05 a.m. Dec. 15 (PST) = 08:05 UTC."),
  E("2025-12-14 22:50", "Zelenskyy signals he could drop NATO bid in exchange for Western guarantees",
    ["Volodymyr Zelenskyy told reporters in Berlin that Ukraine could set aside its goal of joining NATO if the United States and European allies offered binding security guarantees of their own.",
     "He said Ukraine would not accept any deal that required it to withdraw from territory it still holds."],
    "diplomacy", "diplomacy", 3, "zelenskyy-nato-bid-security-guarantees", a="Marcus Doyle", credit="USA TODAY",
    n="A separate statement on the margins of the talks: own story."),
  E("2025-12-14 21:15", "Photos: Leaders arrive at the chancellery in Berlin", [], "diplomacy", "diplomacy", 1, BERLIN, n="Photo teaser without body -> importance 1."),
  E("2025-12-14 19:00", "Oregon senators urge Congress to keep funding Ukraine",
    ["Oregon's two U.S. senators said Sunday that Congress should keep military aid flowing to Ukraine while negotiations continue, arguing that pressure on Moscow is what brought it to the table."],
    "aid", "aid", 2, "oregon-senators-ukraine-aid-appeal", a="Dana Ruiz-Whitfield", credit="Salem Statesman Journal", n="Stamp '7 p.m. PT Dec. 14' (no minutes, AP style)."),
  E("2025-12-14 18:05", "U.S. envoys meet Zelenskyy for more than five hours",
    ["Special envoy Steve Witkoff and Jared Kushner met Volodymyr Zelenskyy at the German chancellery for more than five hours on Sunday, discussing a U.S.-drafted framework to end the war, according to officials briefed on the talks."],
    "diplomacy", "diplomacy", 3, BERLIN, a="Marcus Doyle", credit="USA TODAY", n="Not in the JSON-LD (only the five newest posts are)."),
  E("2025-12-14 16:30", "Russia claims capture of town in Zaporizhzhia region",
    ["Russia's Defense Ministry said its troops had taken full control of a town in southeastern Ukraine's Zaporizhzhia region, which Ukraine's military did not confirm."],
    "other", "frontline", 2, "russia-claims-zaporizhzhia-town-2025-12-14", a="Kate Ellery-Voss", credit="USA TODAY",
    n="Local 4:30 p.m. Dec. 14 (PST) = 00:30 UTC Dec. 15. Not in the JSON-LD."),
  ]))

SEEDS.append(dict(id="9105", name="9105_columbian-roundup", ext="txt", source="The Columbian", zone=PT, render=r_columbian,
  title="Russia-Ukraine war: Allies meet in London as sanctions on Russian oil bite", published="2025-10-24 17:45",
  lede="European leaders and Ukraine's president met in London on Friday to discuss how to keep up pressure on Moscow, days after Washington and Brussels announced new sanctions on Russian oil.",
  notes="Imitates a world round-up on The Columbian (Vancouver, Washington), copied as text. The items after 'Here\u2019s the latest:' have NO "
        "headlines and no own time: each paragraph-item is one entry (headline null, stamp null) and takes the page line 'Published: October 24, "
        "2025, 5:45pm' (Pacific, PDT = UTC-7). That local evening is already 25 October in UTC. The page byline 'By Associated Press' is every "
        "entry's author. The paragraph before 'Here\u2019s the latest:' is the page lede.",
  not_entries=["skip link, logo, menu, search", "section label 'World' and the title line", "'By Associated Press' byline", "'Published: October 24, 2025, 5:45pm'",
               "share labels", "lede paragraph before 'Here\u2019s the latest:'", "'Here\u2019s the latest:' label", "'Advertisement'", "'___' and the 'More coverage' link",
               "tags block", "subscription plug and footer"],
  entries=[
  E("2025-10-24 17:45", None,
    ["Leaders of the coalition of countries offering to help guarantee any future ceasefire gathered in London on Friday, where British Prime Minister Keir Starmer urged partners to give Ukraine more long-range weapons. Ukrainian President Volodymyr Zelenskyy attended in person, and several leaders joined by video."],
    "diplomacy", "diplomacy", 3, "coalition-of-the-willing-london-2025-10-24", a="Associated Press"),
  E("2025-10-24 17:45", None,
    ["Russian missiles and drones struck Kyiv before dawn on Friday, killing two people and damaging a kindergarten and several apartment blocks, city officials said."],
    "strikes", "strikes", 3, "kyiv-strike-2025-10-24", a="Associated Press"),
  E("2025-10-24 17:45", None,
    ["Oil prices held near two-week highs as traders weighed the U.S. decision to blacklist Russia's two biggest oil producers, Rosneft and Lukoil. Indian refiners were reported to be reviewing their purchases of Russian crude."],
    "diplomacy", "diplomacy", 2, "us-sanctions-rosneft-lukoil", a="Associated Press", n="Effect of sanctions -> diplomacy (sanctions)."),
  E("2025-10-24 17:45", None,
    ["In the east, Ukrainian commanders said small Russian infiltration groups were slipping into the city of Pokrovsk, where fighting has gone on for months, though Ukraine still holds most of it."],
    "other", "frontline", 2, "pokrovsk-fighting-2025-10", a="Associated Press"),
  E("2025-10-24 17:45", None,
    ["Ukraine's general staff said its drones hit a chemical plant in Russia's Bryansk region that makes components for explosives, causing a fire. Russian officials said air defenses downed dozens of drones over the region."],
    "strikes", "strikes", 2, "ukraine-strike-bryansk-chemical-plant-2025-10", a="Associated Press"),
  E("2025-10-24 17:45", None,
    ["Sweden and Ukraine signed a letter of intent on Wednesday for Kyiv to buy up to 120 Gripen fighter jets over the next decade, a deal that would depend on outside financing."],
    "aid", "aid", 3, "sweden-gripen-letter-of-intent", a="Associated Press", n="Large arms-supply deal -> aid, importance 3."),
  ]))

SEEDS.append(dict(id="9106", name="9106_kitsapsun-live", ext="txt", source="Kitsap Sun", zone=PT, render=r_kitsap,
  title="Russia says it tested a nuclear-powered underwater drone: Live updates", byline="Tessa Lindqvist",
  lede="The Kitsap Sun is following the latest on the war in Ukraine and the reaction in West Sound, home port of the Navy's Pacific ballistic-missile submarines.",
  notes="Imitates a Gannett live-updates page on the Kitsap Sun (Bremerton, Washington), copied as text. OLDEST first. One page byline (Tessa "
        "Lindqvist, Kitsap Sun) is every post's author. Each post: an AP-style time line '6:45 a.m. PT' BEFORE its headline; the date is in the "
        "page line 'Published 5:20 a.m. PT Oct. 29, 2025 | Updated 3:40 p.m. PT Oct. 29, 2025'. Post 03 is a local analysis (theme piece); the last "
        "post is a local off-beat item.",
  not_entries=["skip link, site name, 'Subscribe' / 'Sign In', menu", "'NEWS' and 'LIVE' labels", "title line", "byline lines 'Tessa Lindqvist' / 'Kitsap Sun'",
               "'Published ... | Updated ...' line", "share labels", "lede paragraph", "newsletter plug", "footer lines"],
  entries=[
  E("2025-10-29 05:20", "Putin says Russia tested nuclear-powered underwater drone",
    ["Russian President Vladimir Putin said Wednesday that the military had tested a nuclear-powered underwater drone designed to carry a warhead across oceans, calling the test a success.",
     "The claim could not be independently verified."],
    "other", "security", 3, "russia-poseidon-test-claim", a="Tessa Lindqvist",
    n="Weapons test -> other/security; importance 3 because it is the page's lead story, named in the title."),
  E("2025-10-29 06:45", "Overnight strikes damage energy sites in three Ukrainian regions",
    ["Russian drones and missiles hit energy facilities in the Chernihiv, Sumy and Poltava regions overnight, Ukraine's energy ministry said, forcing emergency power cuts."],
    "strikes", "strikes", 2, "energy-strikes-2025-10-29", a="Tessa Lindqvist"),
  E("2025-10-29 08:10", "Analysis: Why the Poseidon claim gets attention on Hood Canal",
    ["Naval Base Kitsap-Bangor is home to most of the Navy's Pacific fleet of ballistic-missile submarines, and defense analysts say a weapon built to travel long distances underwater is aimed squarely at coastal bases like it.",
     "Several analysts cautioned that Russia has announced such systems before without showing they are ready for service."],
    "other", "security", 2, "analysis-poseidon-hood-canal", a="Tessa Lindqvist", n="Theme piece (local analysis with body): own story, importance 2."),
  E("2025-10-29 09:35", "Kremlin says a Trump-Putin summit is still possible",
    ["Kremlin spokesman Dmitry Peskov said a meeting between Vladimir Putin and Donald Trump remained possible after the White House shelved plans for a summit in Budapest, but that it needed careful preparation."],
    "diplomacy", "diplomacy", 2, "kremlin-summit-still-possible-2025-10-29", a="Tessa Lindqvist"),
  E("2025-10-29 11:50", "Ukraine orders families out of villages near Huliaipole",
    ["Authorities in the Zaporizhzhia region ordered the evacuation of families with children from several villages near Huliaipole as Russian forces advanced toward the town."],
    "other", "humanitarian", 2, "huliaipole-evacuation-2025-10", a="Tessa Lindqvist"),
  E("2025-10-29 13:15", "Germany and Norway fund new U.S. weapons package for Kyiv",
    ["Germany and Norway will pay for a package of American air-defense interceptors and other weapons worth about $500 million for Ukraine under a NATO purchasing program, the alliance said."],
    "aid", "aid", 3, "purl-package-germany-norway-2025-10-29", a="Tessa Lindqvist", n="Major package -> importance 3."),
  OFF("2025-10-29 15:40", "Seattle-Bremerton ferry route returns to two-boat service",
      ["Washington State Ferries said the Seattle-Bremerton route would go back to two vessels starting Thursday after repairs on one of its boats were finished."],
      "bremerton-ferry-two-boat-service", a="Tessa Lindqvist", n="local transport."),
  ]))

SEEDS.append(dict(id="9107", name="9107_skagitvalleyherald-feed", ext="xml", source="Skagit Valley Herald", zone=PT, render=r_skagit,
  title="goskagit.com - World",
  notes="Imitates the BLOX (TownNews) RSS feed of the Skagit Valley Herald's world section (goskagit.com). Newest first. pubDate with numeric "
        "'-0700'; description is plain text in CDATA (one paragraph); dc:creator is the raw byline 'NAME, Associated Press' (author = the name); "
        "one item has no dc:creator (author null). One off-beat item (Nepal).",
  not_entries=["channel title/link/description/generator/docs/ttl", "atom:link self URL", "<guid>, <link>, <enclosure> and <category> of each item"],
  entries=[
  E("2025-09-11 15:30", "UN Security Council to meet Friday on Russian drones over Poland",
    ["Poland asked for an emergency meeting of the United Nations Security Council, which will take place on Friday, to discuss the Russian drones that crossed into its airspace this week."],
    "diplomacy", "diplomacy", 2, "unsc-meeting-poland-drones-2025-09", a="Karolina Stasiak"),
  E("2025-09-11 12:10", "Polish lawmakers back faster military spending after drone incursion",
    ["Poland's parliament voted to speed up purchases of air-defense systems and anti-drone equipment after this week's incursion, which officials called the most serious violation of the country's airspace since World War II."],
    "other", "security", 2, "poland-air-defense-spending-vote", a="Karolina Stasiak", n="Procurement by a non-party -> other/security."),
  E("2025-09-11 09:45", "Russian glide bomb hits market in Donetsk region, killing 4",
    ["A Russian guided bomb struck a market in the town of Kostiantynivka on Thursday morning, killing four people and wounding at least 10, the regional governor said."],
    "strikes", "strikes", 3, "kostiantynivka-market-strike-2025-09-11", a="Hanna Arkhypenko", n="Deadly strike -> importance 3."),
  E("2025-09-11 07:20", "Netherlands to buy air-defense missiles for Ukraine through NATO scheme",
    ["The Netherlands said it would spend about 500 million euros on American air-defense missiles and other equipment for Ukraine through a NATO purchasing arrangement."],
    "aid", "aid", 3, "netherlands-purl-contribution-2025-09", n="Major aid package -> importance 3. No dc:creator: author null."),
  E("2025-09-11 03:05", "Ukraine and Russia exchange remains of fallen soldiers",
    ["Ukraine said it received the bodies of 1,000 soldiers from Russia in the latest repatriation, while Moscow said it got back the remains of 24 of its troops."],
    "diplomacy", "diplomacy", 2, "war-dead-repatriation-2025-09-11", a="Hanna Arkhypenko", n="Negotiated repatriation, treated like an exchange -> diplomacy."),
  OFF("2025-09-11 00:15", "Nepal's army patrols capital after deadly protests",
      ["Soldiers patrolled the streets of Kathmandu on Thursday after days of unrest in which protesters set fire to government buildings and the prime minister resigned."],
      "nepal-unrest-2025-09", a="Binaya Shrestha", n="Nepal unrest."),
  ]))

SEEDS.append(dict(id="9108", name="9108_lmtribune-overnight", ext="txt", source="Lewiston Tribune", zone=PT, render=r_lewiston,
  title="Overnight: Ukraine war updates for Tuesday, Oct. 7", parse_args=["--date", "2025-10-07"],
  lede="The latest on Russia's war in Ukraine, gathered from the wire services while you slept.",
  notes="Imitates an overnight wire page of the Lewiston Tribune (Idaho, BLOX CMS), copied as text. OLDEST first. NO YEAR is printed anywhere "
        "(day lines 'Monday, Oct. 6' / 'Tuesday, Oct. 7', title 'for Tuesday, Oct. 7'): parse_args gives --date 2025-10-07, the title's day. NO ZONE "
        "is printed: Pacific time (PDT, UTC-7) is implied by the paper's home. Each post: AP-style time line ('5:10 p.m.') BEFORE the headline, "
        "paragraphs, then a credit line '\u2014 Reuters' / '\u2014 The Associated Press' (author = the credit). The page crosses LOCAL midnight "
        "(Oct. 6 -> Oct. 7) but all posts fall on UTC 7 October.",
  not_entries=["skip link, site name, 'Subscribe  Log In', menu", "breadcrumb 'Northwest  Nation/World'", "title line", "'Compiled by the Tribune night desk'",
               "share labels", "lede paragraph", "day lines 'Monday, Oct. 6' and 'Tuesday, Oct. 7'", "credit lines after each post (authors)",
               "tags", "'Most Popular' with two local headlines", "newsletter plug 'Be the first to know'", "footer"],
  entries=[
  E("2025-10-06 17:10", "Ukraine says it hit fuel depot in occupied Crimea",
    ["Ukraine's navy said its drones struck a fuel storage site near Feodosia in Russian-occupied Crimea, causing a large fire.",
     "Russian-installed officials in Crimea said drone debris fell on an industrial area and no one was hurt."],
    "strikes", "strikes", 2, "feodosia-fuel-depot-strike-2025-10-06", a="Reuters", n="Local Mon 5:10 p.m. = 00:10 UTC Tue."),
  E("2025-10-06 19:25", "Kremlin says Tomahawk deliveries would mark a new stage of escalation",
    ["Kremlin spokesman Dmitry Peskov said any U.S. decision to send Tomahawk cruise missiles to Ukraine would open a dramatic new stage in the conflict, and that Russia would respond."],
    "diplomacy", "diplomacy", 2, "kremlin-warns-on-tomahawks-2025-10-06", sec=["aid"], a="The Associated Press", n="Warning about an arms supply: diplomacy, aid secondary."),
  E("2025-10-06 23:55", "Glide bombs wound 6 in Sloviansk",
    ["Russian guided bombs struck a residential area of Sloviansk in the Donetsk region on Tuesday morning, wounding six people, the city's mayor said."],
    "strikes", "strikes", 2, "sloviansk-glide-bombs-2025-10-07", a="The Associated Press", n="Posted 11:55 p.m. Monday Pacific = Tuesday morning in Ukraine."),
  E("2025-10-07 00:30", "Chernihiv region faces outages after strike on power plant",
    ["A Russian missile and drone attack damaged a thermal power plant in the Chernihiv region, and the regional power company warned of outages lasting into the evening."],
    "strikes", "strikes", 2, "chernihiv-power-plant-strike-2025-10-07", a="Reuters", n="First post after local midnight (under 'Tuesday, Oct. 7')."),
  E("2025-10-07 01:05", "Russia and Ukraine swap 185 prisoners each",
    ["Russia and Ukraine each freed 185 prisoners of war in an exchange brokered by the United Arab Emirates, officials on both sides said.",
     "Ukraine said some of those released had been held for more than three years."],
    "diplomacy", "diplomacy", 3, "prisoner-exchange-185-2025-10-07", a="The Associated Press", n="Big mediated prisoner exchange -> diplomacy, importance 3."),
  E("2025-10-07 01:40", "Denmark to buy long-range precision weapons",
    ["Denmark's government said it would acquire long-range precision weapons for the first time, citing the threat from Russia and a string of drone sightings over Danish airports."],
    "other", "security", 2, "denmark-long-range-weapons-purchase", a="Reuters", n="Procurement by a non-party -> other/security."),
  ]))

SEEDS.append(dict(id="9109", name="9109_dnews-roundup", ext="html", source="Moscow-Pullman Daily News", zone=PT, render=r_moscow,
  title="Ukraine war: Where things stand this weekend", published="2025-12-20 09:15",
  url="https://www.dnews.com/national/ukraine-war-where-things-stand-this-weekend/article_5f1c2a7e-0b1d-4c55-9d1e-2a9c4e7b6d11.html",
  byline="SERHIY LYSENKO and MARTA ABERNATHY Associated Press", ldauthors=["Serhiy Lysenko", "Marta Abernathy"],
  lede="A European loan, a defiant year-end news conference from Vladimir Putin and new talks in Florida marked the past few days in Russia's war in Ukraine. Here is a look at where things stand.",
  notes="Imitates a BLOX (TownNews) article on the Moscow-Pullman Daily News site in HTML: a weekend round-up with six h2 section headings, one "
        "entry per section (headline = heading, stamp null). The visible date is 'Dec 20, 2025' with NO time; the time (9:15 a.m. Pacific, PST = "
        "UTC-8) is only in <time datetime> and in the NewsArticle JSON-LD datePublished. A 'Key Points' box lists the headings of sections 01 and "
        "02 (key_point true). One caps wire byline for all sections; author = the names as printed.",
  not_entries=["navbar, menu, 'Log In' / 'Subscribe'", "breadcrumb 'National'", "h1 title", "byline 'By SERHIY LYSENKO and MARTA ABERNATHY Associated Press'",
               "date 'Dec 20, 2025'", "share labels", "'Key Points' heading and its two bullets (they point at sections 01 and 02)", "lede paragraph before the first heading",
               "tags", "'Related to this story' link", "'Most Popular' list", "footer"],
  entries=[
  E("2025-12-20 09:15", "EU leaders agree to lend Ukraine 90 billion euros",
    ["European Union leaders agreed early Friday to raise 90 billion euros on capital markets to cover most of Ukraine's military and budget needs for the next two years, after failing to agree on using frozen Russian assets.",
     "Ukraine will only have to repay the money if Russia pays reparations."],
    "aid", "aid", 3, "eu-90-billion-loan-agreement", a="SERHIY LYSENKO and MARTA ABERNATHY", kp=True),
  E("2025-12-20 09:15", "Putin says Russian forces hold the initiative",
    ["At his annual year-end news conference on Friday, Putin said Russian troops were advancing along the whole front and that Moscow was ready for talks only on its own terms, including Ukraine's withdrawal from four regions.",
     "He accused Europe of trying to take Russian money and failing."],
    "diplomacy", "diplomacy", 3, "putin-year-end-news-conference-2025", a="SERHIY LYSENKO and MARTA ABERNATHY", kp=True,
    n="Head of state setting peace terms -> diplomacy."),
  E("2025-12-20 09:15", "Strikes on Odesa cut power to port",
    ["Russian missile and drone attacks on the Odesa region over two nights damaged port facilities and a bridge, and left parts of the city without electricity, regional officials said."],
    "strikes", "strikes", 2, "odesa-port-strikes-2025-12-19", a="SERHIY LYSENKO and MARTA ABERNATHY"),
  E("2025-12-20 09:15", "Peace talks move to Miami",
    ["A Russian envoy, Kirill Dmitriev, was expected in Miami this weekend for meetings with U.S. negotiators, a week after American officials held talks with Ukrainian and European delegations in Berlin."],
    "diplomacy", "diplomacy", 3, "miami-talks-russian-envoy-2025-12", a="SERHIY LYSENKO and MARTA ABERNATHY"),
  E("2025-12-20 09:15", "Front line: pressure builds on Huliaipole and Siversk",
    ["Russian troops pushed into the outskirts of Huliaipole in the south and kept attacking around Siversk in the east, according to Russian claims and Ukrainian military bloggers, while Kyiv's commanders reported heavy fighting in both areas."],
    "other", "frontline", 2, "huliaipole-siversk-fighting-2025-12", a="SERHIY LYSENKO and MARTA ABERNATHY"),
  E("2025-12-20 09:15", "In Pullman, WSU hosts displaced Ukrainian scholars",
    ["Washington State University said three Ukrainian researchers whose labs were damaged in the war have joined its faculty for the academic year under an international scholar-rescue program."],
    "other", "humanitarian", 2, "wsu-ukrainian-scholars", a="SERHIY LYSENKO and MARTA ABERNATHY", n="Local angle on displaced Ukrainians -> other/humanitarian."),
  ]))


# ================================================================== PART B, day 1: 2025-09-29 (UTC)
D1 = "Day 1 (2025-09-29 UTC): 9120, 9121, 9122, 9123."
ZAP = "zaporizhzhia-city-strike-2025-09-29"
ZNPP = "znpp-external-power-repair-talks"
TOM = "us-weighs-tomahawk-request-2025-09-28"
DEN = "denmark-civil-drone-ban-eu-summit"

SEEDS.append(dict(id="9120", name="9120_larchbarrow-textlive", ext="txt", source="Larchbarrow Courier", zone="Europe/Kyiv", render=r_larch,
  title="Russia-Ukraine war live: Zaporizhzhia counts its dead; IAEA seeks repairs at nuclear plant", dateline="Monday 29 September 2025",
  notes="Invented outlet. Text live blog, NEWEST first; time and headline share ONE line ('19:10 \u00b7 Headline'); 'Posted by NAME' after the body; "
        "Kyiv time (EEST, UTC+3) stated at the top. The Key Points block lists the exact headlines of entries 03 and 05. Entry 06 is a video teaser "
        "without body. Spelling 'Zaporizhzhia'; toll two (07:20) then three (14:40). " + D1,
  not_entries=["masthead and menu", "title and date lines", "'All times are Kyiv time (EEST)'", "'Key Points' heading and its two '* ' bullets", "'Latest'",
               "'Posted by NAME' lines (authors)", "'Advertisement'", "'Show earlier posts' and footer"],
  entries=[
  E("2025-09-29 19:10", "Kharkiv: drone hits private homes, one injured",
    ["A Russian attack drone hit a row of private houses on the eastern edge of Kharkiv in the early evening, injuring a 62-year-old man, the regional governor said."],
    "strikes", "strikes", 2, "kharkiv-drone-strike-2025-09-29", a="Yurii Tkachuk", n="Different attack from Zaporizhzhia: must not merge."),
  E("2025-09-29 16:05", "Germany to let police shoot down drones under draft law",
    ["The German government plans to give federal police the power to shoot down drones over airports and military sites, the interior ministry said, after sightings over Danish and Norwegian airports.",
     "The draft is due in cabinet next week."],
    "other", "security", 2, "germany-police-drone-powers-draft", a="Sofiia Levchuk", n="Same theme as the Danish drone ban, different measure and country: must not merge."),
  E("2025-09-29 14:40", "Zaporizhzhia death toll rises to three",
    ["A woman pulled from the rubble of an apartment building in Zaporizhzhia died in hospital, bringing the number of dead from the overnight attack to three, regional governor Ivan Fedorov said.",
     "Eleven people remain in hospital."],
    "strikes", "strikes", 3, ZAP, a="Yurii Tkachuk", kp=True),
  E("2025-09-29 12:15", "Ukrainian drones hit refinery in Russia's Saratov region",
    ["Ukrainian long-range drones struck an oil refinery in the Russian city of Saratov overnight, sparking a fire, according to Ukraine's general staff and videos posted by residents.",
     "The regional authorities reported damage to houses but no casualties."],
    "strikes", "strikes", 2, "saratov-refinery-strike-2025-09-29", a="Sofiia Levchuk", n="Ukrainian strike inside Russia; same day and theme as the Zaporizhzhia attack: must not merge."),
  E("2025-09-29 10:30", "IAEA: talks under way to reconnect Zaporizhzhia nuclear plant to the grid",
    ["UN nuclear watchdog chief Rafael Grossi said he was in contact with both Moscow and Kyiv about repairing the damaged power line that connects the occupied Zaporizhzhia nuclear plant to the grid.",
     "The plant has relied on diesel generators for six days, the longest such outage since the full-scale invasion began."],
    "diplomacy", "diplomacy", 3, ZNPP, a="Sofiia Levchuk", kp=True, n="Same place name as the city strike, different event: must not merge. IAEA mediation -> diplomacy."),
  E("2025-09-29 08:45", "Watch: rescuers search a damaged high-rise in Zaporizhzhia", [], "strikes", "strikes", 1, ZAP, n="Video teaser without body -> importance 1."),
  E("2025-09-29 07:20", "Zaporizhzhia: two killed as glide bombs hit residential district",
    ["Two people were killed and at least 11 wounded when Russian guided bombs and drones struck Zaporizhzhia overnight, regional governor Ivan Fedorov said.",
     "Several apartment blocks, a bus depot and dozens of cars were damaged."],
    "strikes", "strikes", 3, ZAP, a="Yurii Tkachuk"),
  ]))

SEEDS.append(dict(id="9121", name="9121_fenwray-ldlive", ext="html", source="Fenwray Review", zone="Europe/Warsaw", render=r_fenwray,
  title="Live: Russian attack on Zaporizhia; Denmark bans drones before EU summit", dateline="Monday, 29 September 2025",
  url="https://fenwray.example/live/2025-09-29",
  lede="Updates from our Warsaw newsroom on the war in Ukraine and security on NATO's eastern flank.",
  notes="Invented outlet (Warsaw). HTML live blog, OLDEST first, with LiveBlogPosting JSON-LD (per-update datePublished +02:00 and authors, correct). "
        "Visible stamp '08:10 CEST' in <time datetime> above each h3; signature '\u2014 NAME' after the body. Spelling 'Zaporizhia'. Entry 05 repeats "
        "entry 01 nearly verbatim (duplicate_of 9121-01). Toll two (08:10) then four (17:45). " + D1,
  not_entries=["cookie banner", "header and menu", "h1 title", "date line 'Monday, 29 September 2025'", "intro paragraph", "'\u2014 NAME' signatures (authors)",
               "'Yesterday\u2019s live coverage' link", "footer"],
  entries=[
  E("2025-09-29 08:10", "Two dead in overnight Russian attack on Zaporizhia",
    ["Russian guided bombs and drones struck the southern Ukrainian city of Zaporizhia during the night, killing two people, Ukrainian officials said.",
     "Poland's consulate said no Polish citizens were among the injured."],
    "strikes", "strikes", 3, ZAP, a="Agnieszka Wrona"),
  E("2025-09-29 09:40", "Denmark bans civilian drone flights before EU leaders' meeting",
    ["Denmark will close its airspace to civilian drones from Monday until Friday, the transport ministry said, as it prepares to host European Union leaders in Copenhagen after a series of unexplained drone sightings near its airports."],
    "other", "security", 3, DEN, a="Tomasz Lisiecki", n="Security measure of a non-party -> other/security; carried by 2 seeds -> importance 3."),
  E("2025-09-29 11:05", "Vance: Washington weighing Kyiv's request for Tomahawk missiles",
    ["US Vice President JD Vance said the administration was considering a Ukrainian request for long-range Tomahawk cruise missiles, adding that President Donald Trump would make the final decision.",
     "Kyiv says the missiles would let it hit military targets deep inside Russia."],
    "aid", "aid", 3, TOM, a="Tomasz Lisiecki", n="Arms-supply request under consideration -> aid."),
  E("2025-09-29 13:30", "Polish army orders more counter-drone systems",
    ["Poland's defence ministry signed a contract for additional mobile counter-drone systems for units along the eastern border, Deputy Prime Minister W\u0142adys\u0142aw Kosiniak-Kamysz said."],
    "other", "security", 2, "poland-counter-drone-order-2025-09-29", a="Agnieszka Wrona",
    n="Same theme as the Danish ban and the German draft law, different measure: must not merge."),
  E("2025-09-29 15:20", "Two killed in overnight Russian attack on Zaporizhia",
    ["Russian guided bombs and drones hit the southern Ukrainian city of Zaporizhia during the night, killing two people, Ukrainian officials said.",
     "Poland's consulate said no Polish citizens were among the injured."],
    "strikes", "strikes", 1, ZAP, a="Agnieszka Wrona", dup="9121-01", n="Near-verbatim repeat of 9121-01 -> importance 1."),
  E("2025-09-29 17:45", "Zaporizhia toll rises to four",
    ["Four people are now known to have died after the overnight attack on Zaporizhia, the regional administration said, after rescuers found a man under the debris of a collapsed stairwell."],
    "strikes", "strikes", 3, ZAP, a="Tomasz Lisiecki"),
  ]))

SEEDS.append(dict(id="9122", name="9122_amberlune-worldrss", ext="xml", source="Amberlune World Service", zone="UTC", render=r_rss, rfc="GMT",
  title="Amberlune World Service - Top stories", url="https://amberlune.example", lede="The top stories from around the world",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, no authors. Four of six items are off-beat (Gaza plan, "
        "US shutdown, typhoon in Vietnam, Ryder Cup). Spelling 'Zaporozhye'; its toll (five, 18:40 GMT) is the day's highest. " + D1,
  not_entries=["channel title/link/description/language", "<category>, <guid> and <link> values"],
  entries=[
  OFF("2025-09-29 21:30", "Trump and Netanyahu unveil Gaza ceasefire plan",
      ["US President Donald Trump presented a plan to end the war in Gaza after talks with Israeli Prime Minister Benjamin Netanyahu at the White House, saying Israel had signed up to it and calling on Hamas to accept."],
      "gaza-ceasefire-plan-2025-09-29", n="Middle East.", cat="Middle East"),
  E("2025-09-29 18:40", "Zaporozhye: toll from overnight bombing reaches five",
    ["Five people died in the overnight Russian bombing of the Ukrainian city of Zaporozhye, according to the country's emergency services, who ended their search of a damaged apartment block in the afternoon."],
    "strikes", "strikes", 3, ZAP, cat="Europe"),
  OFF("2025-09-29 15:10", "US Congress has a day left to avert shutdown",
      ["Lawmakers in Washington had until midnight on Tuesday to pass a funding bill, with Republicans and Democrats blaming each other as a federal government shutdown looked increasingly likely."],
      "us-shutdown-deadline-2025-09", n="US budget politics.", cat="US"),
  E("2025-09-29 12:25", "US weighing Tomahawk request from Kyiv, says Vance",
    ["Washington is looking at a request from Ukraine for Tomahawk cruise missiles, Vice President JD Vance said in a television interview, without saying when a decision would be made."],
    "aid", "aid", 3, TOM, cat="Europe"),
  OFF("2025-09-29 09:05", "Typhoon Bualoi batters central Vietnam",
      ["Typhoon Bualoi brought torrential rain and strong winds to central Vietnam, flooding towns and forcing the evacuation of tens of thousands of people, officials said."],
      "typhoon-bualoi-vietnam-2025", n="weather disaster in Asia.", cat="Asia"),
  OFF("2025-09-29 06:20", "Europe hold off US fightback to keep Ryder Cup",
      ["Europe's golfers survived a late American charge on the final day at Bethpage Black to retain the Ryder Cup."],
      "ryder-cup-2025", n="golf.", cat="Sport"),
  ]))

SEEDS.append(dict(id="9123", name="9123_hazelrigg-atom", ext="xml", source="Hazelrigg Post", zone="Europe/London", render=r_atom,
  title="Hazelrigg Post \u2014 Europe", url="https://hazelrigg.example", lede="Europe desk",
  notes="Invented outlet. Atom 1.0 feed, newest first, <published> with +01:00 (London BST), escaped-HTML content, per-entry <author>. Spelling "
        "'Zaporizhzhya'. Entry 02 is the day's theme piece (explainer). Its Denmark entry (03) is re-posted nearly verbatim by 9130 on day 2. " + D1,
  not_entries=["feed title/subtitle/links/id/updated", "<id> and <updated> of each entry"],
  entries=[
  E("2025-09-29 20:40", "Grossi: power line repair needs guarantees from both armies",
    ["The head of the UN nuclear watchdog said engineers were ready to repair the damaged line feeding the Zaporizhzhya nuclear plant but needed firm safety guarantees from Russian and Ukrainian forces first.",
     "Rafael Grossi said the situation at the plant was not yet dangerous but could not go on indefinitely."],
    "diplomacy", "diplomacy", 3, ZNPP, a="Nell Ashworth"),
  E("2025-09-29 18:15", "Explainer: how a nuclear plant keeps cool on diesel",
    ["Since losing its last external power line on 23 September, the Zaporizhzhya plant has depended on emergency diesel generators to run the pumps that cool its six shut-down reactors and spent fuel.",
     "Operators say they have fuel for more than ten days, but the generators were designed as a short-term backstop, not for weeks of continuous use."],
    "other", "security", 2, "explainer-znpp-diesel-power", a="Nell Ashworth",
    n="Theme piece (explainer with body): own story, importance 2; not merged with the repair talks."),
  E("2025-09-29 16:50", "Copenhagen closes skies to hobby drones for summit week",
    ["Danish authorities have banned all civilian drone flights until Friday, when EU leaders meet in Copenhagen, after unexplained drones were seen over several airports and military bases.",
     "Breaking the ban can bring a fine or up to two years in prison."],
    "other", "security", 3, DEN, a="Owen Treharne"),
  E("2025-09-29 13:20", "Zaporizhzhya toll climbs to four",
    ["Four people have now died after Russian glide bombs and drones struck Zaporizhzhya overnight, the regional governor said, updating an earlier figure of three."],
    "strikes", "strikes", 3, ZAP, a="Owen Treharne"),
  E("2025-09-29 09:30", "Norway to fund gas purchases for Ukraine's winter",
    ["Norway will give Ukraine about 1.2 billion kroner to buy natural gas before winter, its foreign ministry said, as Russian strikes have cut Ukraine's own gas output."],
    "aid", "aid", 2, "norway-gas-purchase-grant-2025-09", a="Nell Ashworth", n="Different aid item from the Tomahawk request: must not merge."),
  ]))


# ================================================================== PART B, day 2: 2025-09-30 (UTC) - the day after day 1
D2 = "Day 2 (2025-09-30 UTC, the day after day 1): 9130, 9131, 9132, 9133."
KHA = "kharkiv-glide-bomb-strike-2025-09-30"
DWALL = "eu-drone-wall-video-conference-2025-09-30"
CONS = "russia-autumn-conscription-decree-2025"

SEEDS.append(dict(id="9130", name="9130_inglewhite-htmllive", ext="html", source="Inglewhite Daily", zone="America/New_York", render=r_inglewhite,
  title="Russia-Ukraine war: Glide bomb hits Kharkiv apartment building",
  lede="Live updates from our foreign desk on Tuesday.",
  notes="Invented US outlet. HTML live blog without JSON-LD, NEWEST first; h3 headline, THEN 'Posted Sept. 30, 2025, 12:50 a.m. EDT' (UTC-4), "
        "then 'By NAME'. Entry 03 RE-POSTS day-1 entry 9123-03 (Hazelrigg Post) nearly verbatim, without byline: importance 1. Entry 05 is a photo "
        "teaser without body. Toll one (12:50 a.m.) then three (8:45 a.m.). " + D2,
  not_entries=["header, menu and 'Subscribe for $1'", "'LIVE UPDATES' label and h1 title", "dek paragraph", "'By NAME' lines (authors)", "'Share  Copy link' under each post",
               "newsletter promo 'The World Brief'", "footer"],
  entries=[
  E("2025-09-30 15:40", "Kremlin says Tomahawks would not change the course of the war",
    ["Kremlin spokesman Dmitry Peskov said Tuesday that even if the United States sent Tomahawk missiles to Ukraine, they would not change the situation on the battlefield, though Moscow would want to know who was aiming them."],
    "diplomacy", "diplomacy", 2, "kremlin-tomahawk-response-2025-09-30", sec=["aid"], a="Ruth Halloran",
    n="A separate statement from Vance's day-1 remark (different speaker and day): must not merge with us-weighs-tomahawk-request."),
  E("2025-09-30 11:20", "Canada pledges drones and armored vehicles in new package",
    ["Canada will send Ukraine a new package of surveillance drones and armored vehicles worth about 100 million Canadian dollars, its defense minister said Tuesday."],
    "aid", "aid", 2, "canada-aid-package-2025-09-30", a="Ruth Halloran"),
  E("2025-09-30 08:45", "Kharkiv toll rises to three as rescuers reach lower floors",
    ["Rescuers digging through the collapsed section of a Kharkiv apartment building found two more bodies, raising the death toll to three, Ukraine's emergency service said.",
     "More than 20 people were hurt."],
    "strikes", "strikes", 3, KHA, a="Milo Brandt"),
  E("2025-09-30 05:10", "Copenhagen closes skies to hobby drones for summit week",
    ["Danish authorities have banned all civilian drone flights until Friday, when EU leaders meet in Copenhagen, after unexplained drones were spotted over several airports and military bases.",
     "Breaking the ban can bring a fine or up to two years in prison."],
    "other", "security", 1, DEN, n="Re-post of day-1 entry 9123-03 (Hazelrigg Post, 29 September), nearly verbatim: importance 1."),
  E("2025-09-30 02:30", "Photos: Kharkiv residents clear debris after the night's bombing", [], "strikes", "strikes", 1, KHA, n="Photo teaser without body -> importance 1."),
  E("2025-09-30 00:50", "Russian glide bomb hits Kharkiv apartment building, killing 1",
    ["A Russian guided aerial bomb struck a nine-story apartment building in Kharkiv's Saltivskyi district early Tuesday, killing at least one person and injuring 14, Mayor Ihor Terekhov said."],
    "strikes", "strikes", 3, KHA, a="Milo Brandt"),
  ]))

SEEDS.append(dict(id="9131", name="9131_lumbwick-textlive", ext="txt", source="Lumbwick Bulletin", zone="Europe/Berlin", render=r_lumbwick,
  title="Ukraine war liveblog: Charkiw high-rise hit; IAEA seeks truce for repairs",
  lede="Our English desk follows the war in Ukraine and the debate in Germany and the EU.",
  notes="Invented outlet (Berlin). Text live blog, OLDEST first, with German CMS chrome: headline, THEN 'Stand: 30.09.2025, 09:05 Uhr' (no zone "
        "printed: Berlin CEST = UTC+2 implied), THEN 'Von NAME' (author = NAME). Spelling 'Charkiw'. Entry 04 repeats entry 01 nearly verbatim "
        "(duplicate_of 9131-01). Entry 02 continues the day-1 nuclear-plant story (keeps the day-1 slug). " + D2,
  not_entries=["outlet name and 'Berlin \u00b7 English edition'", "breadcrumb 'Startseite \u203a Ukraine-Krieg \u203a Liveblog'", "title line", "lede paragraph",
               "'Teilen  Drucken  Kommentare'", "'Von NAME' lines (authors)", "'Mehr zum Thema' / 'Liveblog vom Vortag'", "footer"],
  entries=[
  E("2025-09-30 09:05", "Charkiw: three dead after bomb hits high-rise",
    ["At least three people were killed when a Russian glide bomb hit a high-rise building in Charkiw in the early hours, Ukrainian authorities said.",
     "The building's upper floors collapsed onto the stairwell, trapping residents."],
    "strikes", "strikes", 3, KHA, a="Anna Reuber"),
  E("2025-09-30 10:20", "IAEA proposes local truce so engineers can repair nuclear plant line",
    ["The International Atomic Energy Agency has asked Russia and Ukraine to hold fire around a damaged stretch of power line so that engineers can reconnect the Zaporizhzhia nuclear plant, a spokesperson said.",
     "The plant has been running on diesel generators for a week."],
    "diplomacy", "diplomacy", 3, ZNPP, a="Jonas Feldmann", n="Day-2 continuation of the day-1 story (new development: a local-truce proposal); keeps the day-1 slug."),
  E("2025-09-30 12:40", "EU defence ministers discuss 'drone wall' by video link",
    ["Defence ministers from EU countries on the eastern flank held a video conference with the European Commission on building a network of sensors and interceptors against drones along the bloc's border with Russia and Belarus.",
     "German Defence Minister Boris Pistorius said the idea was worth pursuing but would take years."],
    "other", "security", 3, DWALL, a="Jonas Feldmann", n="Not the Danish ban (day 1) and not the analysis piece: must not merge."),
  E("2025-09-30 14:15", "Charkiw: three dead after bomb strikes high-rise",
    ["At least three people were killed when a Russian glide bomb struck a high-rise building in Charkiw in the early hours, Ukrainian authorities said.",
     "The building's upper floors collapsed onto the stairwell, trapping residents."],
    "strikes", "strikes", 1, KHA, a="Anna Reuber", dup="9131-01", n="Near-verbatim repeat of 9131-01 -> importance 1."),
  E("2025-09-30 16:30", "Berlin to deliver two more Patriot systems by year-end",
    ["Germany will deliver two more Patriot air-defence systems to Ukraine by the end of the year, the defence ministry in Berlin said, with the launchers paid for by Germany and the missiles partly by other allies."],
    "aid", "aid", 2, "germany-patriot-delivery-2025", a="Jonas Feldmann"),
  E("2025-09-30 18:50", "Putin orders autumn call-up of 135,000 conscripts",
    ["President Vladimir Putin signed a decree calling up 135,000 men for compulsory military service from October to December, the Kremlin said.",
     "Russia says conscripts are not sent to fight in Ukraine."],
    "other", "politics", 3, CONS, a="Anna Reuber", n="Routine conscription decree -> other/politics (like a citizenship decree); carried by 2 seeds -> importance 3."),
  ]))

SEEDS.append(dict(id="9132", name="9132_drumhallow-worldrss", ext="xml", source="Drumhallow World News", zone="Asia/Tokyo", render=r_rss, rfc="+0900",
  title="Drumhallow World News \u2014 World", url="https://drumhallow.example", lede="World news from our Tokyo desk",
  notes="Invented outlet. General world-news RSS 2.0 feed from a Tokyo desk, newest first, pubDate with +0900 (JST), no authors. Four of six "
        "items are off-beat. The newest item is dated 1 October in Tokyo but is 30 September in UTC. Spelling 'Kharkov'. " + D2,
  not_entries=["channel title/link/description/language", "<category>, <guid> and <link> values"],
  entries=[
  OFF("2025-10-01 00:40", "Strong earthquake strikes central Philippines",
      ["A powerful earthquake struck off the central Philippine island of Cebu late on Tuesday, toppling buildings and killing dozens of people, according to local officials."],
      "philippines-cebu-earthquake-2025-09-30", n="earthquake; local date 1 October = UTC 30 September.", cat="Asia"),
  E("2025-09-30 22:15", "Putin signs decree on autumn conscription",
    ["Russian President Vladimir Putin has signed his regular autumn decree on military conscription, ordering 135,000 men aged 18 to 30 into service by the end of the year."],
    "other", "politics", 3, CONS, cat="Europe"),
  OFF("2025-09-30 19:30", "Tokyo shares slip as yen firms",
      ["The Nikkei average fell for a second day as a stronger yen weighed on exporters and investors awaited the Bank of Japan's quarterly business survey."],
      "tokyo-stocks-2025-09-30", n="markets.", cat="Business"),
  E("2025-09-30 16:05", "Kharkov bombing kills three, Ukraine says",
    ["Three people were killed when a Russian glide bomb hit an apartment block in Kharkov, Ukraine's second city, officials said on Tuesday."],
    "strikes", "strikes", 3, KHA, cat="Europe"),
  OFF("2025-09-30 13:00", "LDP leadership hopefuls make final pitch",
      ["Candidates to lead Japan's ruling Liberal Democratic Party made their closing appeals to party members ahead of Saturday's vote, which will in effect choose the next prime minister."],
      "japan-ldp-leadership-race-2025", n="Japanese party politics.", cat="Japan"),
  OFF("2025-09-30 10:20", "Australia's central bank leaves rates on hold",
      ["The Reserve Bank of Australia kept its cash rate unchanged, saying inflation had picked up slightly in recent months."],
      "rba-rate-decision-2025-09-30", n="monetary policy.", cat="Business"),
  ]))

SEEDS.append(dict(id="9133", name="9133_jessamine-article", ext="txt", source="Jessamine Ledger", zone="Europe/Helsinki", render=r_jessamine,
  title="Kharkiv mourns as Europe debates how to stop the drones", byline="Elina Vesterinen", published="2025-09-30 22:40",
  lede="A glide-bomb strike on a Kharkiv apartment block and the EU's drone-wall debate dominated Tuesday.", more="What is the EU's drone wall?",
  notes="Invented outlet. Text article of a Finnish outlet's English service, with Finnish chrome; four section headings, one entry per section "
        "(headline = heading, stamp null); published = the dateline 'Julkaistu 30.9.2025 klo 22.40' (no zone printed: Helsinki EEST = UTC+3 implied) "
        "for every section; the byline 'Teksti: Elina Vesterinen' is every section's author. Section 02 continues the day-1 nuclear-plant story; "
        "section 04 is the day's theme piece (analysis). Toll four (the day's highest). " + D2,
  not_entries=["outlet name and breadcrumb 'Uutiset \u203a Ulkomaat \u203a In English'", "title line", "byline 'Teksti: ...'", "dateline 'Julkaistu 30.9.2025 klo 22.40'",
               "lede paragraph", "'Jaa artikkeli'", "'Lue my\u00f6s: ...' related link", "copyright line"],
  entries=[
  E("2025-09-30 22:40", "Kharkiv's toll reaches four",
    ["The number of people killed by Tuesday's glide-bomb strike on a Kharkiv apartment building rose to four in the evening, Ukraine's emergency service said.",
     "Among the dead was a teenage girl, the city's mayor said."],
    "strikes", "strikes", 3, KHA, a="Elina Vesterinen"),
  E("2025-09-30 22:40", "Nuclear plant: a truce for the repair crews?",
    ["Russia's nuclear corporation Rosatom said its engineers could start work on the damaged power line at the Zaporizhzhia nuclear plant once Ukrainian shelling of the area stopped, responding to the IAEA's call for a local ceasefire.",
     "Kyiv said Russia itself had caused the damage."],
    "diplomacy", "diplomacy", 3, ZNPP, a="Elina Vesterinen", n="Day-2 continuation of the day-1 story; keeps the day-1 slug."),
  E("2025-09-30 22:40", "Helsinki backs an eastern 'drone wall'",
    ["Finland's Defence Minister Antti H\u00e4kk\u00e4nen told the EU video conference that Finland would join the project and contribute its experience of watching a 1,300-kilometre border with Russia."],
    "other", "security", 3, DWALL, a="Elina Vesterinen"),
  E("2025-09-30 22:40", "Analysis: what a drone wall can and cannot stop",
    ["A drone wall is less a wall than a chain of radars, acoustic sensors, jammers and interceptor drones meant to spot and stop slow, low-flying intruders.",
     "It would do little against ballistic or cruise missiles, and experts warn that linking national systems will be harder than buying the hardware."],
    "other", "security", 2, "analysis-eu-drone-wall", a="Elina Vesterinen", n="Theme piece (analysis with body): own story, importance 2; not merged with the video conference."),
  ]))


# ================================================================== PART B, day 3: 2025-12-23 (UTC)
D3 = "Day 3 (2025-12-23 UTC): 9140, 9141, 9142, 9143."
GRID = "russian-energy-barrage-2025-12-23"
KHE = "kherson-bus-shelling-2025-12-23"
ZPLAN = "zelensky-20-point-draft-briefing"

SEEDS.append(dict(id="9140", name="9140_corriebeg-worldatom", ext="xml", source="Corriebeg World Desk", zone="UTC", render=r_atom,
  title="Corriebeg World Desk \u2014 latest", url="https://corriebeg.example", lede="World news, updated around the clock",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in Z (UTC), no authors; four of six entries are off-beat. "
        "Spelling 'Kiev'; its toll (one, 05:40 Z) is the day's earliest. " + D3,
  not_entries=["feed title/subtitle/links/id/updated", "<id> and <updated> of each entry"],
  entries=[
  OFF("2025-12-23 20:30", "Thailand and Cambodia agree to new round of border talks",
      ["Thailand and Cambodia said their defence officials would meet again this week to try to restore a ceasefire along their disputed border, after weeks of deadly clashes."],
      "thailand-cambodia-border-talks-2025-12", n="South-East Asian border conflict."),
  OFF("2025-12-23 17:10", "Storms snarl pre-Christmas travel in north-west Europe",
      ["High winds and heavy rain cancelled ferries and delayed flights across Britain, Ireland and the Netherlands on one of the busiest travel days of the year."],
      "christmas-storms-travel-2025", n="weather."),
  E("2025-12-23 14:45", "Zelensky briefs lawmakers on 20-point peace draft",
    ["President Volodymyr Zelensky briefed leaders of parliamentary factions in Kyiv on a 20-point draft framework for ending the war worked out with US negotiators, according to lawmakers who attended."],
    "diplomacy", "diplomacy", 3, ZPLAN),
  OFF("2025-12-23 11:20", "Gold climbs to fresh record high",
      ["Gold rose to a record above 4,400 dollars an ounce as investors bet on further interest-rate cuts and sought safety before the holidays."],
      "gold-record-2025-12-23", n="markets."),
  E("2025-12-23 05:40", "Russia pounds Ukraine's power grid in pre-Christmas barrage",
    ["Russia fired missiles and drones at energy facilities across Ukraine overnight, causing blackouts in several regions, and one person was killed in the Kiev region, Ukrainian officials said."],
    "strikes", "strikes", 3, GRID),
  OFF("2025-12-23 03:10", "Bethlehem prepares for first full Christmas celebrations in two years",
      ["Christmas decorations and a large tree returned to Manger Square in Bethlehem, where celebrations had been scaled back during the war in Gaza."],
      "bethlehem-christmas-2025", n="Middle East / religion."),
  ]))

SEEDS.append(dict(id="9141", name="9141_elmthwaite-textlive", ext="txt", source="Elmthwaite Post", zone="Europe/Kyiv", render=r_elmthwaite,
  title="Russia-Ukraine war live: Overnight barrage hits energy system", dateline="Tuesday, 23 December", parse_args=["--date", "2025-12-23"],
  notes="Invented outlet ('Independent news from Kyiv'). Text live blog, OLDEST first. The date line 'Tuesday, 23 December' has NO YEAR "
        "(parse_args --date 2025-12-23) and no zone is printed: Kyiv time (EET, UTC+2 in December) implied by the masthead. Each post: headline, "
        "paragraphs, then a TRAILING stamp line '07:50 | NAME' (stamp = the whole line, author = NAME). Entry 02 is a video teaser without body; "
        "entry 07 repeats entry 04 nearly verbatim (duplicate_of 9141-04). Toll three (10:15). " + D3,
  not_entries=["masthead and tagline 'Independent news from Kyiv'", "menu line", "title and date lines", "membership plug", "'End of live coverage for today' and footer"],
  entries=[
  E("2025-12-23 04:10", "Massive missile and drone attack under way, air force says",
    ["Ukraine's air force warned that Russian cruise missiles and large groups of attack drones were heading toward western and central regions, and air-raid alerts were declared across the country."],
    "strikes", "strikes", 3, GRID, a="Olena Marchuk"),
  E("2025-12-23 05:30", "Watch: Kyiv residents shelter in metro during the night attack", [], "strikes", "strikes", 1, GRID, a="Olena Marchuk",
    n="Video teaser without body -> importance 1."),
  E("2025-12-23 10:15", "Three killed, power cut in several regions after overnight attack",
    ["At least three people were killed, including a child in the Zhytomyr region, after Russia launched more than 600 drones and about 40 missiles overnight, Ukrainian officials said.",
     "Grid operator Ukrenergo introduced emergency power cuts in Kyiv and seven regions."],
    "strikes", "strikes", 3, GRID, a="Olena Marchuk"),
  E("2025-12-23 11:40", "Kherson: shelling hits city bus, driver killed",
    ["Russian artillery hit a city bus in Kherson's Dniprovskyi district, killing the driver and wounding four passengers, the regional military administration said."],
    "strikes", "strikes", 3, KHE, a="Bohdan Savych", n="Different attack from the overnight energy barrage: must not merge."),
  E("2025-12-23 13:05", "EU loan: first payment expected in spring",
    ["The first money from the European Union's 90-billion-euro loan to Ukraine should arrive in the second quarter of next year, a European Commission spokesperson said."],
    "aid", "aid", 2, "eu-loan-first-tranche-timing", a="Bohdan Savych", n="Different aid item from Japan's grant and France's missiles: must not merge."),
  E("2025-12-23 14:30", "Zelensky takes peace draft to parliament factions",
    ["President Volodymyr Zelensky met the heads of parliamentary factions to walk them through the 20-point draft agreed with US negotiators, saying any deal involving territory would have to be put to Ukrainians.",
     "He said the question of the Zaporizhzhia nuclear plant was still unresolved."],
    "diplomacy", "diplomacy", 3, ZPLAN, a="Bohdan Savych"),
  E("2025-12-23 16:20", "Kherson: driver killed as shells hit city bus",
    ["Russian artillery hit a city bus in Kherson's Dniprovskyi district, killing the driver and wounding four of its passengers, the regional military administration said."],
    "strikes", "strikes", 1, KHE, a="Bohdan Savych", dup="9141-04", n="Near-verbatim repeat of 9141-04 -> importance 1."),
  E("2025-12-23 17:55", "Energy ministry: repairs will take days in Khmelnytskyi region",
    ["Ukraine's energy ministry said repair crews would need several days to restore full supply in the Khmelnytskyi region, where the overnight strikes hit two substations."],
    "strikes", "strikes", 3, GRID, a="Olena Marchuk", n="Direct aftermath of the barrage -> same story."),
  ]))

SEEDS.append(dict(id="9142", name="9142_foxbury-ldlive", ext="html", source="Foxbury Signal", zone="Europe/Paris", render=r_foxbury,
  title="Ukraine live: barrage on the grid, Kremlin weighs Miami talks", dateline="23/12/2025", url="https://foxbury.example/en/live/ukraine-2025-12-23",
  lede="Our team follows Tuesday's developments in the war in Ukraine.",
  notes="Invented outlet (Paris). HTML live blog, newest first; JSON-LD @graph whose second node has @type ['NewsArticle','LiveBlogPosting'] and "
        "liveBlogUpdate with correct +01:00 times; visible date header '23/12/2025' (day/month) and French-style stamps '08h10' (Paris CET = "
        "UTC+1); the byline sits BEFORE the stamp and headline. Spellings 'Kiev', 'Khmelnitsky'. Entry 04 is the day's theme piece (explainer). " + D3,
  not_entries=["header, menu and language switch", "h1 title", "date header '23/12/2025'", "intro paragraph", "byline paragraphs above posts (authors)",
               "'Read also' link", "footer"],
  entries=[
  E("2025-12-23 17:40", "France to deliver more Mistral missiles in January",
    ["France will send a new batch of Mistral short-range air-defence missiles to Ukraine in January, the armed forces ministry said, without giving numbers."],
    "aid", "aid", 2, "france-mistral-delivery-2026-01", a="Camille Garnier"),
  E("2025-12-23 13:05", "Zelensky: draft plan has 20 points, territory still open",
    ["Volodymyr Zelensky said the draft framework discussed with the United States had 20 points and that the hardest one, on territory in the east, was still open.",
     "He said Ukraine wanted its own security guarantees to be approved by the US Congress."],
    "diplomacy", "diplomacy", 3, ZPLAN, a="Camille Garnier"),
  E("2025-12-23 11:30", "Explainer: how Ukraine's grid is patched up after each barrage",
    ["After each large strike, crews from grid operator Ukrenergo and regional companies reroute power around damaged substations, then replace transformers from stocks that partners have helped rebuild.",
     "Large power plants are harder: a destroyed turbine hall can take months to repair, which is why Kyiv keeps asking for air defence over generation sites."],
    "strikes", "strikes", 2, "explainer-ukraine-grid-repairs", a="Julien Morvan", n="Theme piece (explainer with body): own story, importance 2; not the barrage itself."),
  E("2025-12-23 09:45", "Kremlin: Dmitriev has briefed Putin on Miami meetings",
    ["Kremlin spokesman Dmitry Peskov said envoy Kirill Dmitriev had reported to Vladimir Putin on his weekend talks with US negotiators in Miami, and that Moscow would study the proposals before responding.",
     "He declined to give details."],
    "diplomacy", "diplomacy", 2, "kremlin-miami-talks-readout", a="Julien Morvan", n="Same theme as Zelensky's briefing, different statement and side: must not merge."),
  E("2025-12-23 08:10", "Overnight barrage: Kiev, Lviv and Khmelnitsky regions hit",
    ["Russian missiles and drones struck energy facilities in the Kiev, Lviv and Khmelnitsky regions overnight, and two people were killed, according to Ukrainian authorities.",
     "Poland scrambled fighter jets as a precaution while the attack on western Ukraine went on."],
    "strikes", "strikes", 3, GRID, a="Julien Morvan"),
  ]))

SEEDS.append(dict(id="9143", name="9143_crowlas-ukrainerss", ext="xml", source="Crowlas Courier", zone="America/Toronto", render=r_rss, rfc="-0500",
  title="Crowlas Courier | Ukraine", url="https://crowlas.example", lede="Coverage of the war in Ukraine", path="world/ukraine", lang="en-CA",
  notes="Invented Canadian outlet. Ukraine tag RSS 2.0 feed, newest first, pubDate with -0500 (Toronto EST), dc:creator per item. The oldest "
        "item is dated 22 December in Toronto but is 23 December in UTC. Toll four (09:35 EST = 14:35 UTC), the day's highest. " + D3,
  not_entries=["channel title/link/description/language", "<category>, <guid> and <link> values"],
  entries=[
  E("2025-12-23 12:50", "Japan grants transformers and generators to Ukraine's grid",
    ["Japan will provide Ukraine with large transformers and gas-turbine generators worth about 40 million US dollars to help restore power after Russian strikes, its embassy in Kyiv said."],
    "aid", "aid", 2, "japan-grid-equipment-grant-2025-12", a="Priya Castellane", n="Different aid item from the EU loan and French missiles: must not merge.", cat="Ukraine"),
  E("2025-12-23 09:35", "Death toll from Russian strikes on Ukraine's energy system rises to four",
    ["Four people have died in Russia's overnight attack on Ukraine's energy infrastructure, officials said, after a man injured in the Rivne region died in hospital.",
     "Hundreds of thousands of households were still without power in the afternoon."],
    "strikes", "strikes", 3, GRID, a="Priya Castellane", cat="Ukraine"),
  E("2025-12-23 07:10", "Bus driver killed as Russian shells hit Kherson",
    ["A bus driver was killed and several passengers were wounded when Russian shells hit a city bus in the southern Ukrainian city of Kherson, local officials said."],
    "strikes", "strikes", 3, KHE, a="Declan Moir", cat="Ukraine"),
  E("2025-12-23 04:20", "Ukrainian drones strike Russian Black Sea port of Taman",
    ["Ukrainian drones hit port facilities at Taman on Russia's Black Sea coast overnight, setting fire to a fuel tank, the Krasnodar regional emergency headquarters said."],
    "strikes", "strikes", 2, "taman-port-drone-strike-2025-12-23", a="Declan Moir", n="Ukrainian strike inside Russia, same night as the barrage: must not merge.", cat="Ukraine"),
  E("2025-12-22 20:15", "Ukrainian Canadians raise money for generators",
    ["Ukrainian community groups in Toronto say they have raised more than 300,000 dollars this month to buy generators for hospitals and schools in Ukraine ahead of the coldest weeks of winter."],
    "aid", "aid", 2, "canadian-diaspora-generator-fundraiser", a="Declan Moir",
    n="Private humanitarian support for Ukraine -> aid. Local 22 December 8:15 p.m. EST = 01:15 UTC on 23 December.", cat="Canada"),
  ]))


# ================================================================== emit
BASIS = {
  "r_bellingham": "card stamp '{s}' (full date, 12 h clock); no zone printed, Pacific time implied by the outlet (PDT = UTC-7)",
  "r_olympian": "post stamp '{s}' (explicit PDT = UTC-7) on the page's date {d} from 'Updated October 18, 2025 ...' and 'originally published October 18, 2025'",
  "r_tricity": "pubDate '{s}' (RFC 822 zone name PDT = -0700)",
  "r_bend": "relative stamp '{s}' in <time datetime> giving {l} (-07:00); consistent with the page render time 3:50 PM PDT on Monday, October 20, 2025",
  "r_statesman": "post stamp '{s}' (AP style, PT; no year: year from 'Published ... Dec. 14, 2025'); PST = UTC-8, so {d} local is {u} UTC; JSON-LD agrees where it lists the post",
  "r_columbian": "no per-item time: the page line 'Published: October 24, 2025, 5:45pm' (Pacific, PDT = UTC-7) used for every item; that is 00:45 UTC on 25 October",
  "r_kitsap": "post stamp '{s}' (PT) on the page's date from 'Published 5:20 a.m. PT Oct. 29, 2025'; PDT = UTC-7",
  "r_skagit": "pubDate '{s}' (explicit -0700)",
  "r_lewiston": "stamp '{s}' under the day line for {d} (no year printed: parse_args --date 2025-10-07); no zone printed, Pacific implied (PDT = UTC-7)",
  "r_moscow": "no per-section time; the visible date 'Dec 20, 2025' has no time; time from <time datetime> and JSON-LD datePublished ({l}, PST = UTC-8), used for every section",
  "r_larch": "stamp '{s}' on the headline line, page date 'Monday 29 September 2025', Kyiv time stated (EEST = UTC+3)",
  "r_fenwray": "stamp '{s}' in <time datetime> (+02:00) under the date line 'Monday, 29 September 2025'; JSON-LD update time agrees",
  "r_rss": "pubDate '{s}' (explicit zone)",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_inglewhite": "stamp '{s}' (full date, EDT = UTC-4)",
  "r_lumbwick": "German CMS stamp '{s}' (full date; no zone printed, Berlin CEST = UTC+2 implied)",
  "r_jessamine": "no per-section time; the dateline 'Julkaistu 30.9.2025 klo 22.40' (Helsinki EEST = UTC+3 implied) used for every section",
  "r_elmthwaite": "trailing stamp '{s}' under the date line 'Tuesday, 23 December' (no year: parse_args --date 2025-12-23); Kyiv EET = UTC+2 implied by the masthead",
  "r_foxbury": "stamp '{s}' under the date header '23/12/2025'; Paris CET = UTC+1; JSON-LD update time agrees",
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
                         "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), u=u.strftime("%Y-%m-%d %H:%M"), l=d.isoformat()),
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
    print("total entries:", total)


if __name__ == "__main__":
    main()

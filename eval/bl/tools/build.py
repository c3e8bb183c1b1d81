#!/usr/bin/env python3
"""Builds eval/bl seeds and gold files from one hand-written data table (below).
All news text is written by the blind tester (invented or paraphrased); Part B outlets are invented. Deterministic.
Run from the project root: python3 eval/bl/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FR_DAYS = ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]

# abbreviations that end with a full stop but do not end a sentence
ABBR = ("U.S.", "U.K.", "U.N.", "a.m.", "p.m.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.",
        "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Maj.", "Sgt.", "Capt.", "Adm.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None, **kw):
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\u201d\u2019)]?(?=\s+[A-Z0-9"\u201c\u2018(]|$)', par):
        seg = par[:m.end()]
        if m.end() < len(par) and (seg.endswith(ABBR) or re.search(r"\b[A-Z]\.$", seg)):
            continue
        return seg
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space=" ", dots=True, upper=False):
    hh = d.hour % 12 or 12
    if dots:
        suf = "a.m." if d.hour < 12 else "p.m."
    else:
        suf = "am" if d.hour < 12 else "pm"
    if upper:
        suf = suf.replace(".", "").upper()
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def ordered(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first"


# ============================================================ Part A renderers (layouts of real outlets; own words)

def r_knox(S):  # Knoxville News Sentinel (Gannett / USA TODAY Network): article with H2 sections, no per-section time
    z = S["zone"]; pub = dt(S["published_t"], z); upd = dt(S["updated_t"], z)
    line = (f"Published {ampm(pub)} ET {AP_MONTHS[pub.month - 1]} {pub.day}, {pub.year} | "
            f"Updated {ampm(upd)} ET {AP_MONTHS[upd.month - 1]} {upd.day}, {upd.year}")
    L = ["Skip to main content", "Knoxville News Sentinel", "Subscribe", "Sign In", "",
         "Home", "News", "Vols", "Sports", "Business", "Opinion", "Things To Do", "Obituaries", "e-Edition", "Legals", "",
         "WORLD", "", S["title"], "", S["byline"], "USA TODAY", "", "Show Caption", "Hide Caption", S["caption"], S["credit"], "",
         line, "", "Facebook", "Twitter", "Email", ""] + ptxt(S["lede"])
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += [S["inline_link"], ""]
    L += ["Contributing: The Associated Press", "", "Customer Service", "Newsletters", "Site Map", "Accessibility",
          "Terms of Use", "Privacy Policy", "Your Privacy Choices", f"\u00a9 {pub.year} www.knoxnews.com. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_tfp(S):  # Chattanooga Times Free Press tag page: "by NAME | Today at 5:52 p.m." after the summary; no year anywhere
    z = S["zone"]; today = datetime.strptime(S["today"], "%Y-%m-%d").date()
    L = ["Skip to main content", "Chattanooga Times Free Press", "Subscribe", "Log In", "",
         "News", "Local", "Sports", "Business", "Opinion", "Life", "Obituaries", "Jobs", "e-Edition", "",
         "Chattanooga, TN 47\u00b0", f"{DAYS[today.weekday()]}, {MONTHS[today.month - 1]} {today.day}", "",
         "We use cookies to personalize content and analyze traffic. By continuing to use this site, you agree to our use of cookies. Got it", "",
         S["title"], "Follow", ""]
    stamps = []
    for e in S["entries"]:
        d = dt(e["t"], z)
        rel = {0: "Today", 1: "Yesterday"}[(today - d.date()).days]
        st = f"{rel} at {ampm(d)}"; stamps.append(st)
        L += [e["h"]] + e["p"] + [f"by {e['by']} | {st}", ""]
    L += ["Load more stories", "", "Times Free Press", "Contact Us", "Advertise", "Privacy Policy", "Terms of Use",
          "Copyright, Chattanooga Publishing Company. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_alcom(S):  # AL.com (Advance Local / Arc XP) outbound RSS: pubDate +0000, dc:creator CDATA, description = subheadline
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" '
           'xmlns:media="http://search.yahoo.com/mrss/" version="2.0">', '<channel>',
           f'<title><![CDATA[{S["title"]}]]></title>', '<link>https://www.al.com</link>',
           '<atom:link href="https://www.al.com/arc/outboundfeeds/rss/category/news/nation-world/?outputType=xml" rel="self" type="application/rss+xml"/>',
           '<description><![CDATA[Alabama news and national and world headlines from al.com]]></description>',
           f'<lastBuildDate>{S["build"]}</lastBuildDate>', '<language>en</language>',
           '<sy:updatePeriod>hourly</sy:updatePeriod>', '<sy:updateFrequency>1</sy:updateFrequency>']
    stamps = []
    for e in S["entries"]:
        d = dt(e["t"], z); u = d.astimezone(UTC)
        st = u.strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")[:60]
        url = f"https://www.al.com/news/{d:%Y/%m}/{slug}.html"
        out += ["<item>", f"<title><![CDATA[{e['h']}]]></title>", f"<link>{url}</link>", f'<guid isPermaLink="true">{url}</guid>',
                f"<dc:creator><![CDATA[{e['a']}]]></dc:creator>", f"<description><![CDATA[{e['sub_hl']}]]></description>",
                f"<pubDate>{st}</pubDate>",
                "<content:encoded><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></content:encoded>",
                f'<media:content url="https://www.al.com/resizer/img-{len(slug)}{d:%H%M}.jpg" medium="image" type="image/jpeg"/>',
                "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_wichita(S):  # The Wichita Eagle (McClatchy) live updates: <time> "9:42 AM" (no zone), per-post "By NAME", LiveBlogPosting JSON-LD
    z = S["zone"]; ordered(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#post-{len(S['entries']) - i}", "headline": e["h"],
                    "datePublished": d.isoformat(), "author": {"@type": "Person", "name": e["a"]}, "articleBody": " ".join(e["p"])})
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": "The Wichita Eagle"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | The Wichita Eagle</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body class="story-body">',
           '<header class="masthead"><a class="logo" href="https://www.kansas.com/">The Wichita Eagle</a>'
           '<nav><a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/news/business/">Business</a> <a href="/opinion/">Opinion</a> '
           '<a href="/news/local/obituaries/">Obituaries</a> <a href="/entertainment/">Things to Do</a> <a href="/sports/college/wichita-state/">Shockers</a> '
           '<a href="/eedition/">e-Edition</a></nav><a class="signin">Sign In</a> <a class="subscribe">Subscribe Now</a></header>',
           '<main><article>', '<div class="kicker">NATION &amp; WORLD</div>', f'<h1 class="h1">{esc(S["title"])}</h1>',
           f'<div class="time">Updated {MONTHS[last.month - 1]} {last.day:02d}, {last.year} {ampm(last, dots=False, upper=True)}</div>',
           '<div class="share-tools"><a>Copy Link</a> <a>Facebook</a> <a>Twitter</a> <a>Email</a></div>',
           '<div class="audio-widget">Only have a minute? Listen instead</div>', f'<p class="live-intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, dots=False, upper=True); stamps.append(st)
        out.append(f'<article class="live-post" id="post-{len(S["entries"]) - i}"><div class="post-meta">'
                   f'<time datetime="{d.isoformat()}">{st}</time> <span class="byline">By {esc(e["a"])}</span></div>'
                   f'<h2 class="post-headline">{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</article>")
        if i == 2:
            out.append('<div class="zone-el">ADVERTISEMENT</div>')
        if i == 4:
            out.append('<aside class="read-next"><h3>Read Next</h3><a href="/news/local/article9001.html">Drought leaves Kansas wheat crop the smallest since 1957, survey finds</a></aside>')
    out += [f'<p class="originally-published">This story was originally published {MONTHS[first.month - 1]} {first.day:02d}, {first.year} {ampm(first, dots=False, upper=True)}.</p>',
            '</article></main>', '<footer><a>Contact Us</a> <a>Newsletters</a> <a>Archives</a> <a>Terms of Service</a> <a>Privacy Policy</a> '
            f'<p>Copyright {last.year} The Wichita Eagle</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_peoria(S):  # Peoria Journal Star (Gannett): round-up of bullets without headlines, one page time "Published 5:02 p.m. CT March 26, 2023"
    z = S["zone"]; pub = dt(S["published_t"], z)
    L = ["Skip to main content", "Peoria Journal Star", "Subscribe", "Sign In", "",
         "Home", "News", "Sports", "Bradley", "Opinion", "Obituaries", "Things to do", "e-Edition", "Legals", "",
         "WORLD", "", S["title"], "", S["byline"], "", f"Published {ampm(pub)} CT {AP_MONTHS[pub.month - 1]} {pub.day}, {pub.year}", "",
         "Facebook", "Twitter", "Email", ""] + ptxt(S["lede"])
    for e in S["entries"]:
        L += ptxt(e["p"])
    L += [S["tail"], "", "Customer Service", "Newsletters", "Site Map", "Terms of Use", "Privacy Policy", "Your Privacy Choices",
          f"\u00a9 {pub.year} www.pjstar.com. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_duluth(S):  # Duluth News Tribune (Forum Communications): timeline article, oldest first, "Saturday, 7:25 p.m." lines before h3
    z = S["zone"]; ordered(S, False); pub = dt(S["published_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": pub.isoformat(),
          "dateModified": pub.isoformat(), "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "Duluth News Tribune"}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">',
           f'<title>{esc(S["title"])} - Duluth News Tribune | News, weather, and sports from Duluth, Minnesota</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><a class="brand" href="/">Duluth News Tribune</a><nav><a>News</a> <a>Sports</a> <a>Opinion</a> <a>Obituaries</a> '
           '<a>Northland Outdoors</a> <a>Business</a> <a>Lifestyle</a> <a>E-Edition</a></nav><a class="btn">Subscribe</a> <a>Sign In</a></header>',
           '<main><div class="category"><a>World</a></div>', f'<h1>{esc(S["title"])}</h1>', f'<p class="subheadline">{esc(S["subhead"])}</p>',
           f'<div class="byline">By <a href="/people/jana-hollister">{esc(S["byline"])}</a></div>',
           f'<div class="timestamp">{MONTHS[pub.month - 1]} {pub.day:02d}, {pub.year} {pub:%I:%M} {"AM" if pub.hour < 12 else "PM"}</div>',
           '<div class="trust">We are part of The Trust Project.</div>', '<div class="share"><a>Facebook</a> <a>Twitter</a> <a>Email</a> <a>Print</a></div>',
           f'<p>{esc(S["intro"])}</p>', '<div class="timeline">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{DAYS[d.weekday()]}, {ampm(d)}"; stamps.append(st)
        out.append(f'<div class="timeline-item"><p class="tl-time"><strong>{st}</strong></p><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
        if i == 3:
            out.append('<div class="ad-slot">ADVERTISEMENT</div>')
    out += ['</div>', '<div class="topics">Related Topics: <a>WAR IN UKRAINE</a> <a>RUSSIA</a> <a>DULUTH</a></div>',
            f'<p class="bio">{esc(S["byline"])} is a digital editor at the News Tribune.</p>',
            '<aside class="most-read"><h3>Most Read</h3><a>Lake Superior ice finally clears from Duluth harbor</a></aside></main>',
            f'<footer>\u00a9 {pub.year} Forum Communications Co. &middot; Privacy Policy &middot; Terms of Use</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_forum(S):  # The Forum of Fargo-Moorhead (InForum) live updates, text; newest first; day headers without year;
    z = S["zone"]; ordered(S, True)    # headline, then "5:20 p.m. CDT · NAME" AFTER the headline
    L = ["Skip to main content", "InForum", "The Forum of Fargo-Moorhead", "Subscribe", "Sign In", "",
         "News", "Sports", "Opinion", "Obituaries", "Business", "Lifestyle", "Video", "E-Edition", "", "NEWS", "",
         S["title"], "", S["lede"], "", "We are part of The Trust Project.", "", "Share", "Facebook Twitter Email", ""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); day = f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"
        if day != cur:
            cur = day; L += [day, ""]
        st = f"{ampm(d)} CDT"; stamps.append(st)
        L += [e["h"], f"{st} \u00b7 {e['a']}", ""] + ptxt(e["p"])
        if i == 3:
            L += ["ADVERTISEMENT", ""]
    L += ["Load older updates", "", "Forum Communications Co.", "Contact Us", "Privacy Policy", "Terms of Use"]
    return "\n".join(L) + "\n", stamps


def r_billings(S):  # Billings Gazette (BLOX/TownNews) section page: cards with <time datetime> whose visible text is relative
    z = S["zone"]; ordered(S, True); now = dt(S["now"], z)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', '<title>World | billingsgazette.com</title></head>',
           '<body class="section-page">', '<a class="skip" href="#main-page-container">Skip to main content</a>',
           '<header class="site-header"><a class="logo" href="/">Billings Gazette</a>'
           '<nav><a>News</a> <a>Sports</a> <a>Opinion</a> <a>Obituaries</a> <a>Outdoors</a> <a>Business</a> <a>Entertainment</a> <a>e-Edition</a></nav>'
           '<a class="btn">Subscribe</a> <a>Log In</a>'
           '<div class="weather"><span>Billings, MT (59101)</span> <span>Today</span> <span>Mostly sunny. High 79F.</span></div></header>',
           '<main id="main-page-container"><h1 class="block-title">World News</h1>', '<div class="card-grid">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((now - d).total_seconds() // 60)
        st = f"{mins} min ago" if mins < 60 else (f"{mins // 60} hrs ago" if mins >= 120 else "1 hr ago")
        stamps.append(st)
        out += ['<article class="tnt-asset-type-article card">',
                f'<div class="card-headline"><h3 class="tnt-headline"><a href="/news/world/article_{i + 4410}.html">{esc(e["h"])}</a></h3></div>',
                f'<div class="card-lead"><p class="tnt-summary">{esc(" ".join(e["p"]))}</p></div>',
                f'<ul class="card-meta"><li class="card-byline">{esc(e["by"])}</li>'
                f'<li class="card-date"><time datetime="{d.isoformat()}">{st}</time></li></ul>', '</article>']
        if i == 2:
            out.append('<div class="tnt-ads">Sponsored</div>')
    out += ['</div>', '<div class="push-prompt">Get up-to-the-minute news sent straight to your device. <a>Sign up</a></div>',
            '<aside class="most-popular"><h4>Most Popular</h4><a>Yellowstone roads open to east entrance</a></aside></main>',
            f'<footer>\u00a9 {now.year} Billings Gazette &middot; <a>Terms of Use</a> &middot; <a>Privacy Policy</a> '
            '<p>Powered by BLOX Content Management System from TownNews.com.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_roanoke(S):  # The Roanoke Times (BLOX) RSS: pubDate with -0400, dc:creator, description = summary only, enclosure
    z = S["zone"]; ordered(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://roanoke.com/news/nation-world/</link>',
           '<atom:link href="https://roanoke.com/search/?f=rss&amp;t=article&amp;c=news/nation-world&amp;l=50&amp;s=start_time&amp;sd=desc" rel="self" type="application/rss+xml" />',
           '<description>The latest headlines from roanoke.com</description>', f'<lastBuildDate>{S["build"]}</lastBuildDate>',
           '<generator>TownNews.com Content Management System</generator>', '<ttl>15</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<description>{esc(' '.join(e['p']))}</description>",
                f"<pubDate>{st}</pubDate>", f'<guid isPermaLink="false">http://roanoke.com/tncms/asset/editorial/{i + 7730}-blx</guid>',
                f"<dc:creator>{esc(e['a'])}</dc:creator>", f"<link>https://roanoke.com/news/nation-world/article_{i + 7730}.html</link>",
                f'<enclosure url="https://bloximages.roanoke.com/{i + 7730}.jpg" length="{i * 1311 + 40210}" type="image/jpeg" />', "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_savannah(S):  # Savannah Morning News (Gannett) live updates HTML: h2, then "7:05 p.m. ET" AFTER the headline; one page byline
    z = S["zone"]; ordered(S, True); pub = dt(S["published_t"], z); upd = dt(S["entries"][0]["t"], z)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": pub.isoformat(),
          "dateModified": upd.isoformat(), "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "Savannah Morning News"}, "articleSection": "world"}
    line = (f"Published {ampm(pub)} ET {AP_MONTHS[pub.month - 1]} {pub.day}, {pub.year} | "
            f"Updated {ampm(upd)} ET {AP_MONTHS[upd.month - 1]} {upd.day}, {upd.year}")
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<a class="gnt_sk" href="#mainContent">Skip to main content</a>',
           '<header class="gnt_n"><a class="gnt_n_logo" href="/">Savannah Morning News</a><nav class="gnt_n_mn">'
           '<a>News</a> <a>Sports</a> <a>Opinion</a> <a>Business</a> <a>Entertainment</a> <a>Do Savannah</a> <a>Obituaries</a> <a>e-Edition</a> <a>Legals</a></nav>'
           '<a class="gnt_n_us_a">Subscribe</a> <a>Sign In</a></header>',
           '<main id="mainContent"><article class="gnt_pr">', '<div class="gnt_ar_lbl">WORLD</div>',
           f'<h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
           f'<div class="gnt_ar_by"><a class="gnt_ar_by_a">{esc(S["byline"])}</a><div class="gnt_ar_by_t">Savannah Morning News</div></div>',
           f'<div class="gnt_ar_dt" aria-label="{attr(line)}">{esc(line)}</div>',
           '<div class="gnt_ar_b">', f'<p class="gnt_ar_b_p">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d)} ET"; stamps.append(st)
        out.append(f'<h2 class="gnt_ar_b_h2">{esc(e["h"])}</h2>')
        out.append(f'<p class="gnt_ar_b_p gnt_ar_b_tm"><em>{st}</em></p>')
        out += [f'<p class="gnt_ar_b_p">{esc(p)}</p>' for p in e["p"]]
        if i == 2:
            out.append('<aside class="gnt_em_vp"><p>Want more Savannah news? <a>Sign up for our newsletter</a></p></aside>')
    out += ['<p class="gnt_ar_b_p"><em>Contributing: USA TODAY</em></p>', '</div></article></main>',
            '<footer class="gnt_f"><a>Customer Service</a> <a>Newsletters</a> <a>Site Map</a> <a>Terms of Service</a> <a>Privacy Policy</a> '
            f'<p>\u00a9 {pub.year} www.savannahnow.com. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ============================================================ Part B renderers (invented outlets)

def r_fennock(S):  # text live blog, newest first; "9.45pm BST" line before the headline; "— NAME" signature after the body; Key Points box
    z = S["zone"]; ordered(S, True)
    L = ["FENNOCK EVENING COURIER", "News | World | Ukraine war | Business | Sport | Puzzles", "", S["title"], S["dateline"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Live updates (newest first)", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, sep='.', space='', dots=False)} BST"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"] and e["p"]:
            L += [f"\u2014 {e['a']}", ""]
        if i == 3:
            L += ["Sign up for the Courier's Ukraine briefing, sent every weekday morning", ""]
    L += ["Show earlier posts", "", "Fennock Evening Courier \u00b7 About us \u00b7 Complaints \u00b7 Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_esklow(S):  # HTML live, oldest first; LiveBlogPosting JSON-LD with per-update time and author; byline span BEFORE h2; <time> HH:MM
    z = S["zone"]; ordered(S, False); ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "Organization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<header><b>{S["source"]}</b> <nav><a>Front page</a> <a>War</a> <a>Economy</a> <a>Culture</a> <a>Support us</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="lead">{esc(S["lede"])}</p>', f'<p class="tz">{esc(S["tznote"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="update-{i + 1}"><div class="meta">'
                   + (f'<span class="author">{esc(e["a"])}</span> ' if e["a"] else "")
                   + f'<time datetime="{d.isoformat()}">{st}</time></div><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<div class="tools"><a>Share</a> <a>Copy link</a></div></article>')
    out += ["</main>", f"<footer>{S['source']} &middot; Editorial standards &middot; Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss_world(S):  # RSS 2.0 general world feed; pubDate with 'GMT' or the outlet's numeric offset; CDATA paragraphs; no authors
    z = S["zone"]; ordered(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0"><channel>', f"<title>{esc(S['title'])}</title>",
           f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>", "<language>en</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if S["rfc"] == "GMT" else d.strftime("%z")); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/{e.get('cat', 'world').lower()}/{i + 801}</link>",
                f"<guid>{S['url']}/{e.get('cat', 'world').lower()}/{i + 801}</guid>", f"<pubDate>{st}</pubDate>",
                f"<category>{e.get('cat', 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel></rss>"]
    return "\n".join(out) + "\n", stamps


def r_article(S):  # text article: outlet line, title, byline, dateline with time and zone, lede, section headings (one entry each)
    L = [S["source"], S["crumbs"], "", S["title"], "", f"By {S['byline']}", S["dateline"], "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += [S["tail"], "", S["footer"]]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_tolvane(S):  # Atom 1.0, newest first, <published> with +03:00, per-entry <author>, escaped HTML content
    z = S["zone"]; ordered(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
           f"<title>{esc(S['title'])}</title>", f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f"<id>{S['url']}/atom.xml</id>", f"<updated>{dt(S['entries'][0]['t'], z).isoformat()}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link rel="alternate" href="{S["url"]}/news/{i + 5120}"/>',
                f"<id>tag:{S['url'][8:]},2023:{i + 5120}</id>", f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_loirette(S):  # HTML live of an English-language outlet in France; oldest first; French date header; "08h10" stamps; no JSON-LD
    z = S["zone"]; ordered(S, False); d0 = dt(S["entries"][0]["t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Loirette Daily</title></head><body>",
           '<div class="rgpd">Nous utilisons des cookies / We use cookies. <button>Accepter</button> <button>Param\u00e9trer</button></div>',
           '<header>Loirette Daily <nav><a>France</a> <a>Europe</a> <a>Ukraine</a> <a>Opinion</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="date">{FR_DAYS[d0.weekday()]} {d0.day} {FR_MONTHS[d0.month - 1]} {d0.year}</p>',
           f'<p class="chapo">{esc(S["lede"])}</p>', '<ol class="live">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H}h{d:%M}"; stamps.append(st)
        out.append(f'<li class="post"><span class="heure">{st}</span><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"] and e["p"]:
            out.append(f'<p class="signature">{esc(e["a"])}</p>')
        out.append("</li>")
    out += ["</ol></main>", "<footer>Loirette Daily &middot; Mentions l\u00e9gales &middot; Contact</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_dravelin(S):  # text round-up: numbered-free bullets without headlines, one dateline "15.05.2023 19:30"
    L = ["DRAVELIN MONITOR", "Central Europe in English", "", S["title"], f"{S['dateline']} | {S['byline']}", "", S["lede"], ""]
    for e in S["entries"]:
        L += ptxt(e["p"])
    L += [S["tail"], "", "Dravelin Monitor \u00b7 Newsletter \u00b7 Privacy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_ardlow(S):  # text live, oldest first, date header without year, headline + body, then "Posted 08:10 · NAME" AFTER the body
    z = S["zone"]; ordered(S, False); d0 = dt(S["entries"][0]["t"], z)
    L = ["ARDLOW LEDGER", "Live | Front line | Economy | Opinion", "", S["title"], f"{DAYS[d0.weekday()]}, {d0.day} {MONTHS[d0.month - 1]}",
         "Times are Kyiv time", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Posted {d:%H:%M}"; stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [f"{st} \u00b7 {e['a']}" if e["a"] else st, ""]
        if i == 3:
            L += ["The Ardlow Ledger is reader-funded. Become a supporter", ""]
    L += ["That's all for today", "Ardlow Ledger \u00b7 Contact \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_vennick(S):  # HTML live, newest first; JSON-LD @graph, @type array, liveBlogUpdate with UTC 'Z' times; visible "9.20am" in <time>
    z = S["zone"]; ordered(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    zt = lambda d: d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": zt(dt(e["t"], z)), "articleBody": " ".join(e["p"]),
            **({"author": {"@type": "Person", "name": e["a"]}} if e["a"] else {})} for e in S["entries"]]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": S["url"], "name": S["title"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"] + "#live", "headline": S["title"], "datePublished": zt(first),
         "dateModified": zt(last), "coverageStartTime": zt(first), "isPartOf": {"@id": S["url"]}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Vennick Live</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header>Vennick Live <nav><a>Home</a> <a>UK</a> <a>World</a> <a>Ukraine</a> <a>Podcasts</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep=".", space="", dots=False); stamps.append(st)
        out.append(f'<div class="post"><time datetime="{zt(d)}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="post-author">{esc(e["a"])}</p>')
        out.append("</div>")
        if i == 2:
            out.append('<div class="promo">Get our free Ukraine newsletter every evening</div>')
    out += ["</main><footer>Vennick Live &middot; Terms &middot; Privacy &middot; Cookies</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


# ============================================================ PART A: ten real outlets' layouts (own words, invented details)
SEEDS = []

SEEDS.append(dict(id="6500", name="6500_knoxnews-sections", ext="txt", source="Knoxville News Sentinel", zone="America/New_York", render=r_knox,
  title="Ukraine war updates: Cap on Russian diesel prices takes effect; Kyiv weighs defense shake-up",
  byline="Jordan Mendel and Riya Castellanos", published_t="2023-02-05 06:02", updated_t="2023-02-05 13:47",
  caption="A Ukrainian soldier walks past a burned-out apartment block in the Donetsk region on Saturday.",
  credit="Oleh Marchuk, AFP via Getty Images",
  lede=["Western governments tightened the screws on Russia's oil earnings Sunday as a ceiling on the price of Russian diesel and other refined fuels took effect, while political maneuvering in Kyiv hinted at a change at the top of Ukraine's defense ministry.",
        "Ukrainian officials said Russian assaults around Bakhmut continued almost without pause."],
  inline_link="RUSSIA'S NEXT MOVE: What a spring offensive in Ukraine's east could look like",
  notes="Imitates a USA TODAY Network (Gannett) running article as republished by the Knoxville News Sentinel, copied as plain text. "
        "One page byline ('Jordan Mendel and Riya Castellanos' / 'USA TODAY'); one page time line 'Published 6:02 a.m. ET Feb. 5, 2023 | Updated 1:47 p.m. ET Feb. 5, 2023' "
        "(EST = UTC-5). The news sits under seven H2-style section headings with no time of their own: one entry per section, stamp null, "
        "published = the Updated time (see README conventions), page byline as author. The two lede paragraphs before the first heading are an intro, "
        "not an entry. Section order is not chronological. Section 7 ('What is a price cap ...') is an explainer on the same theme as section 1 but a separate story.",
  not_entries=["'Skip to main content', masthead, 'Subscribe'/'Sign In' and the menu lines", "kicker 'WORLD'", "title line", "byline lines 'Jordan Mendel and Riya Castellanos' / 'USA TODAY'",
               "'Show Caption' / 'Hide Caption', the photo caption and credit", "'Published ... | Updated ...' line", "share labels 'Facebook' 'Twitter' 'Email'",
               "the two lede paragraphs before the first section heading", "inline related link 'RUSSIA'S NEXT MOVE: ...' after section 2",
               "'Contributing: The Associated Press'", "footer links and copyright line"],
  entries=[
  E("2023-02-05 13:47", "Cap on Russian diesel and other fuels takes effect",
    ["A limit on what Western buyers may pay for Russian diesel, gasoline and other refined petroleum products went into force Sunday, extending a cap on crude oil that began in December.",
     "The Group of Seven, the European Union and Australia set the ceiling at $100 a barrel for fuels that normally trade above the price of crude and at $45 a barrel for cheaper products such as fuel oil.",
     "Officials say the goal is to shrink Moscow's income from energy without pulling so much fuel off the market that prices at the pump jump."],
    "diplomacy", "diplomacy", 3, "refined-fuel-price-cap-2023-02-05", n="Sanctions step -> diplomacy; major measure -> 3."),
  E("2023-02-05 13:47", "Zelenskyy: Pressure in the east keeps building",
    ["President Volodymyr Zelenskyy said in his nightly video address that Russia was sending ever more troops against Ukrainian lines in the Donetsk region, and that the situation around Bakhmut, Vuhledar and Lyman was getting harder.",
     "He asked allies to speed up deliveries of the weapons they had already promised, arguing that whichever side moved faster would gain the upper hand."],
    "other", "frontline", 2, "zelenskyy-east-pressure-remarks-2023-02-05"),
  E("2023-02-05 13:47", "Russian shelling kills two in Kherson",
    ["Russian artillery fire killed two people and wounded five in the city of Kherson on Sunday morning, the regional governor said.",
     "Kherson, which Ukrainian troops retook in November, is shelled almost every day from Russian positions across the Dnipro River."],
    "strikes", "strikes", 3, "kherson-shelling-2023-02-05", n="Deadly shelling -> 3 (README: any strike that kills is importance 3)."),
  E("2023-02-05 13:47", "Defense minister Reznikov could be moved, top lawmaker says",
    ["Oleksii Reznikov, who has run Ukraine's defense ministry through the full-scale war, is expected to be moved to a different government job, the leader of Zelenskyy's party in parliament said.",
     "The lawmaker, David Arakhamia, suggested that the head of military intelligence, Kyrylo Budanov, could take over the ministry, saying wartime called for someone from the security services. Reznikov said he had not been offered another post."],
    "other", "politics", 2, "reznikov-possible-reshuffle-2023-02"),
  E("2023-02-05 13:47", "More than 100 Ukrainian soldiers home after prisoner swap",
    ["Ukraine brought home 116 service members in a prisoner exchange with Russia on Saturday, among them soldiers who had defended Mariupol, Zelenskyy's chief of staff said.",
     "Russia's defense ministry said 63 of its own troops had been returned and credited the United Arab Emirates with helping to arrange the swap."],
    "diplomacy", "diplomacy", 3, "prisoner-exchange-2023-02-04", n="Mediated prisoner exchange -> diplomacy; large -> 3."),
  E("2023-02-05 13:47", "Knoxville congregation ships generators to Kharkiv",
    ["A West Knoxville congregation has sent 14 portable generators to hospitals and shelters in Kharkiv, where Russian strikes on the power grid have left buildings dark for hours at a time.",
     "Members raised about $38,000 in six weeks, the church's pastor said, and the equipment was flown to Poland before being trucked across the border."],
    "aid", "aid", 2, "knoxville-church-generators-kharkiv", n="Private humanitarian donation to Ukraine -> aid (README convention)."),
  E("2023-02-05 13:47", "What is a price cap, and will it work?",
    ["A price cap does not ban Russian fuel outright. Instead it forbids Western firms from insuring, financing or shipping cargoes sold above the agreed limit.",
     "Because much of the world's tanker insurance is written in Europe, supporters say Moscow will struggle to sell above the cap. Skeptics point to a growing fleet of older tankers that already carries Russian oil outside the system."],
    "diplomacy", "diplomacy", 2, "explainer-fuel-price-cap-mechanics", n="Explainer on the same theme as section 1: separate story, importance 2."),
  ]))

SEEDS.append(dict(id="6501", name="6501_timesfreepress-tag", ext="txt", source="Chattanooga Times Free Press", zone="America/New_York", render=r_tfp,
  title="Russia-Ukraine War", today="2023-03-04", parse_args=["--date", "2023-03-04"],
  notes="Imitates a Times Free Press (WEHCO) topic page copied as plain text. Newest first. Each item: headline, one summary paragraph, then the byline/time line "
        "'by NAME | Today at 5:52 p.m.' (stamp AFTER the body). Stamps are relative days: 'Today'/'Yesterday' against the header date 'Saturday, March 4'. "
        "The page prints no year anywhere (the footer copyright has none), so parse_args gives --date 2023-03-04, the printed local day. "
        "Times are Eastern (EST, UTC-5; not printed, implied by the outlet's home). The three 'Yesterday' items (local Friday evening, 7:40-9:58 p.m.) "
        "already fall on UTC Saturday 4 March, so the whole page is one UTC day although it spans two local days. "
        "Agency credits follow the reporter's name with no separator ('Marta Kosiv and Dale Whitford The Associated Press'); author = the names, or 'The Associated Press' when no person is named.",
  not_entries=["'Skip to main content', masthead, 'Subscribe'/'Log In', menu lines", "weather line 'Chattanooga, TN 47°' and the date line 'Saturday, March 4'", "cookie notice",
               "topic title 'Russia-Ukraine War' and 'Follow'", "'by ... | Today at ...' lines (byline and stamp of the item above)", "'Load more stories'", "footer lines"],
  entries=[
  E("2023-03-04 17:52", "Ukrainian defenders cling to Bakhmut as Russian forces press from three sides",
    ["Ukrainian troops were holding on to the last main road into Bakhmut on Saturday as Russian units, spearheaded by Wagner mercenaries, pushed into the city's northern and eastern outskirts, soldiers and Western analysts said."],
    "other", "frontline", 2, "bakhmut-battle-2023-03-04", a="Marta Kosiv and Dale Whitford", by="Marta Kosiv and Dale Whitford The Associated Press"),
  E("2023-03-04 15:20", "Chattanooga family opens its home to Ukrainian mother and sons",
    ["When a Hixson couple signed up as sponsors under the federal Uniting for Ukraine program last fall, they expected to host a family for a few weeks. Five months later, their guests have jobs, a school and a church in Chattanooga."],
    "other", "humanitarian", 2, "chattanooga-host-family-ukrainian-refugees", a="Renee Calloway", by="Renee Calloway"),
  E("2023-03-04 13:05", "Rescuers finish search of Zaporizhzhia apartment block hit by missile",
    ["Emergency crews in Zaporizhzhia ended their search of a five-story apartment building struck by a Russian missile on Thursday, putting the death toll at 13, the regional governor said Saturday."],
    "strikes", "strikes", 3, "zaporizhzhia-apartment-strike-2023-03-02", a="The Associated Press", by="The Associated Press"),
  E("2023-03-04 10:45", "Ukraine's grid operator says no blackouts planned as repairs hold",
    ["For the first time since October, Ukraine's national grid operator said it did not expect to switch off power to households anywhere in the country this weekend, crediting repair crews and milder weather."],
    "other", "humanitarian", 2, "ukraine-scheduled-blackouts-end-2023-03", a="Svitlana Hrytsenko", by="Svitlana Hrytsenko The Associated Press",
    n="Civilian power supply after the strike campaign -> other/humanitarian."),
  E("2023-03-03 21:58", "Biden and Scholz vow to stand with Kyiv at White House meeting",
    ["President Joe Biden and German Chancellor Olaf Scholz met in the Oval Office on Friday, promising to keep up military and economic support for Ukraine and discussing how to deter China from arming Russia."],
    "diplomacy", "diplomacy", 3, "biden-scholz-white-house-meeting-2023-03-03", a="Colin Mercer", by="Colin Mercer The Associated Press"),
  E("2023-03-03 20:15", "US unveils $400 million arms package for Ukraine, mostly ammunition",
    ["The Pentagon announced another $400 million in weapons for Ukraine on Friday, made up largely of rounds for HIMARS rocket launchers, Bradley fighting vehicles and howitzers."],
    "aid", "aid", 3, "us-400m-arms-package-2023-03-03", a="The Associated Press", by="The Associated Press"),
  E("2023-03-03 19:40", "Russia blames Ukrainian saboteurs for border village raid; Kyiv calls it a provocation",
    ["Russian officials repeated claims that armed Ukrainian saboteurs had crossed into the Bryansk region and fired on civilians, while Kyiv said the incident was staged to justify more attacks."],
    "other", "security", 2, "bryansk-border-raid-claim-2023-03", a="The Associated Press", by="The Associated Press"),
  ]))

SEEDS.append(dict(id="6502", name="6502_alcom-nationworld", ext="xml", source="AL.com", zone="America/Chicago", render=r_alcom,
  title="al.com: Nation & World", build="Sun, 09 Apr 2023 23:41:07 +0000",
  notes="Imitates the Arc XP outbound RSS feed of AL.com's Nation & World section. Newest first. pubDates are printed in +0000 (UTC); page_timezone is "
        "Alabama's (CDT, UTC-5) for published_local, so the two items of Saturday evening local time (8 April) belong to UTC Sunday 9 April. "
        "Each item has dc:creator in CDATA, a one-line <description> that is a subheadline (not body text, not an entry) and the full text in "
        "content:encoded; body counts the content:encoded paragraphs. Easter Sunday.",
  not_entries=["channel title, description, lastBuildDate, sy:update fields", "each item's <description> subheadline (a deck, repeated chrome of the item, not a paragraph)",
               "<link>/<guid>/<media:content> values"],
  entries=[
  E("2023-04-09 18:05", "Redstone Arsenal office presses to double rocket output as Ukraine war drains stocks",
    ["The Army program office at Huntsville's Redstone Arsenal that buys guided rockets for the HIMARS launcher is pushing contractors to nearly double yearly production, officials told a defense industry gathering in Huntsville.",
     "Ukraine has fired thousands of the rockets since last summer, and U.S. stocks used to replace what has been shipped to Kyiv are lower than planners would like.",
     "An Army spokesperson said new contract figures would not be released until later this spring."],
    "aid", "aid", 2, "redstone-rocket-production-push", a="Dana Whitcomb", sub_hl="Army buyers in Huntsville want more guided rockets, faster.",
    n="Production to refill stocks sent to Ukraine -> aid."),
  E("2023-04-09 15:15", "Leaked Pentagon papers: What we know about the documents on Ukraine",
    ["Dozens of photographed pages marked secret, some describing Ukraine's air-defense stocks and training timelines, had circulated online for weeks before drawing wide attention this month, U.S. officials said.",
     "The Pentagon said it was assessing the damage, and the Justice Department has opened an investigation. Some of the pages appear to have been altered to play down Russian losses.",
     "Ukrainian officials brushed off the leak, saying their plans had already been adjusted."],
    "other", "security", 3, "pentagon-documents-leak-2023-04", a="The Associated Press", sub_hl="Officials are trying to find the source of the leak.",
    n="Intelligence leak -> other/security; the day's main war-related story in this feed -> 3."),
  E("2023-04-09 10:10", "Pope Francis uses Easter blessing to plead for peace in Ukraine",
    ["Pope Francis asked the crowd in St. Peter's Square on Easter Sunday to pray for the Ukrainian people and for an end to the fighting, in a message that also touched on conflicts in the Middle East and Africa."],
    "diplomacy", "diplomacy", 2, "pope-easter-peace-appeal-2023-04-09", a="The Associated Press", sub_hl="The pontiff delivered his traditional Easter message from the basilica balcony."),
  E("2023-04-09 08:25", "Russian shelling kills man in Kherson region village",
    ["Russian shelling killed a man and damaged more than a dozen homes in villages on the western bank of the Dnipro in the Kherson region, local officials said Sunday.",
     "Regional authorities said Russian forces had fired on the area more than 40 times in 24 hours."],
    "strikes", "strikes", 3, "kherson-region-shelling-2023-04-09", a="The Associated Press", sub_hl="Villages along the Dnipro are shelled daily."),
  E("2023-04-08 23:30", "Anniston Army Depot adds weekend shifts to refurbish artillery",
    ["The Anniston Army Depot has added Saturday shifts to overhaul towed howitzers and armored vehicles, some of which will replace equipment that the United States and its allies sent to Ukraine, a depot spokesperson said.",
     "The depot, one of Calhoun County's largest employers, has hired about 150 workers since last summer."],
    "aid", "aid", 2, "anniston-depot-weekend-shifts", a="Cal Thibodeaux", sub_hl="The depot has hired about 150 workers since last summer."),
  E("2023-04-08 20:45", "Ukraine says its troops are holding out in western Bakhmut",
    ["Ukraine's army said its soldiers were still holding positions in the western part of Bakhmut despite Russian claims of steady advances, and that fighting was heaviest around the city center."],
    "other", "frontline", 2, "bakhmut-battle-2023-04-08", a="The Associated Press", sub_hl="Russia claims it controls most of the city."),
  ]))

SEEDS.append(dict(id="6503", name="6503_kansas-liveblog", ext="html", source="The Wichita Eagle", zone="America/Chicago", render=r_wichita,
  title="Russia-Ukraine war live updates: Grain deal extended as Kyiv fends off another missile barrage", url="https://www.kansas.com/news/nation-world/article275523011.html",
  lede="Follow along for the latest on Russia's war in Ukraine and how it is felt in Kansas.",
  notes="Imitates a McClatchy (Wichita Eagle) live-updates page in HTML. Newest first. Each post: <time datetime> with a visible '9:42 AM' (no zone printed; "
        "Central time implied by the outlet, CDT = UTC-5), a per-post 'By NAME' byline, then an h2 headline and paragraphs. The page prints "
        "'Updated May 18, 2023 4:57 PM' at the top and 'This story was originally published May 17, 2023 11:20 PM.' at the bottom; the oldest post "
        "(11:20 PM) is local Wednesday 17 May, the rest local Thursday 18 May, all UTC 18 May (the visible post times carry no date; the datetime "
        "attributes and the LiveBlogPosting JSON-LD carry full dates). 'Read Next' box and ADVERTISEMENT marker are chrome.",
  not_entries=["masthead, menu, 'Sign In', 'Subscribe Now'", "kicker 'NATION & WORLD'", "'Updated May 18, 2023 4:57 PM' line", "share tools and 'Only have a minute? Listen instead'",
               "intro line 'Follow along for the latest ...'", "'ADVERTISEMENT'", "'Read Next' box with a local link", "'This story was originally published ...' line", "footer"],
  entries=[
  E("2023-05-18 16:57", "Kansas wheat growers welcome grain deal extension, but prices stay low",
    ["Wheat farmers in south-central Kansas said the two-month extension of the Black Sea grain corridor removed one worry ahead of harvest, though it did little for prices that have slid since winter.",
     "A drought that has shrunk the state's expected crop matters far more to local growers than shipments out of Odesa, said a Sumner County farmer who plants about 2,000 acres of hard red winter wheat."],
    "diplomacy", "diplomacy", 2, "black-sea-grain-deal-extension-2023-05", a="Tessa Marchbanks",
    n="Local reaction whose content is the extension itself: same story as post 3 (README)."),
  E("2023-05-18 14:10", "G7 leaders arrive in Hiroshima with new Russia sanctions on the agenda",
    ["Leaders of the Group of Seven began arriving in Hiroshima on Thursday for a summit at which they are expected to announce steps to cut Russia off from Western technology and close gaps in existing sanctions."],
    "diplomacy", "diplomacy", 3, "g7-hiroshima-summit-2023-05", a="Nick Hollowell"),
  E("2023-05-18 11:35", "Kremlin confirms two-month extension of Black Sea grain corridor",
    ["Russia agreed to keep the wartime arrangement that lets Ukraine ship grain across the Black Sea for another 60 days, Kremlin spokesman Dmitry Peskov said Thursday, a day after Turkey's president announced the deal.",
     "Moscow has repeatedly threatened to walk away, complaining that its own food and fertilizer exports still face obstacles."],
    "diplomacy", "diplomacy", 3, "black-sea-grain-deal-extension-2023-05", a="Tessa Marchbanks"),
  E("2023-05-18 09:42", "Ukraine says it downed 29 of 30 cruise missiles fired overnight",
    ["Ukraine's air force said it shot down 29 of the 30 cruise missiles that Russia launched from aircraft and ships overnight, most of them aimed at Kyiv.",
     "In the Odesa region, one person was killed and two were injured when a missile hit an industrial building, regional officials said."],
    "strikes", "strikes", 3, "russian-missile-barrage-2023-05-18", a="Nick Hollowell"),
  E("2023-05-18 07:15", "Fort Riley soldiers head to Poland for nine-month rotation",
    ["About 500 soldiers from the 1st Infantry Division's armored brigade left Fort Riley this week for a nine-month deployment to Poland, part of the Army's steady rotation of troops along NATO's eastern flank."],
    "other", "security", 2, "fort-riley-brigade-poland-rotation-2023-05", a="Tessa Marchbanks", n="Deployment of a non-party's troops -> other/security."),
  E("2023-05-18 01:30", "Air raid alert across Ukraine; explosions heard in Kyiv",
    ["Air raid sirens sounded in nearly every Ukrainian region early Thursday local time, and the mayor of Kyiv reported explosions in the capital as air defenses went into action."],
    "strikes", "strikes", 2, "russian-missile-barrage-2023-05-18", a="Nick Hollowell", n="Early report of the same barrage as post 4 (same story), before any toll: 2."),
  E("2023-05-17 23:20", "Ukraine claims fresh gains on Bakhmut's flanks",
    ["Ukrainian forces have advanced up to a kilometer on the northern and southern edges of Bakhmut over the past day, the deputy defense minister said, while Russian troops kept pushing forward inside the city."],
    "other", "frontline", 2, "bakhmut-flanks-2023-05-17", a="Nick Hollowell"),
  ]))

SEEDS.append(dict(id="6504", name="6504_pjstar-roundup", ext="txt", source="Peoria Journal Star", zone="America/Chicago", render=r_peoria,
  title="What to know about the war in Ukraine on Sunday, March 26", byline="Journal Star and wire reports", published_t="2023-03-26 17:02",
  lede=["Here is a look at the main developments in Russia's war in Ukraine on Sunday, day 396 of the full-scale invasion:"],
  tail="Follow the Journal Star's coverage of the war in Ukraine at pjstar.com/news/world.",
  notes="Imitates a Gannett (Peoria Journal Star) round-up copied as plain text. One page time 'Published 5:02 p.m. CT March 26, 2023' (CDT = UTC-5). "
        "The seven items are plain paragraphs with NO headlines and no times of their own (bullet glyphs are lost in the copy): one entry per item, "
        "headline null, stamp null, published = the page time, page byline 'Journal Star and wire reports' as author. Items 1-2 tell one story "
        "(Putin's plan to station nuclear weapons in Belarus and NATO's reaction). Items 4 and 6 both mention Zaporizhzhia but are different events. "
        "The first item's first sentence contains 'U.N.' mid-sentence.",
  not_entries=["masthead, 'Subscribe'/'Sign In', menu lines", "kicker 'WORLD'", "title line", "byline line", "'Published 5:02 p.m. CT March 26, 2023'", "share labels",
               "intro line 'Here is a look at the main developments ...'", "closing line 'Follow the Journal Star's coverage ...'", "footer lines"],
  entries=[
  E("2023-03-26 17:02", None,
    ["Ukraine asked for an emergency meeting of the U.N. Security Council after President Vladimir Putin said Russia would station tactical nuclear weapons in Belarus, with storage sites to be finished by July. Kyiv's foreign ministry said the plan showed the Kremlin was trying to intimidate Europe."],
    "diplomacy", "diplomacy", 3, "putin-belarus-tactical-nukes-plan-2023-03", a="Journal Star and wire reports"),
  E("2023-03-26 17:02", None,
    ["NATO called Moscow's nuclear talk dangerous and irresponsible but said it had seen no change in Russia's nuclear posture that would lead the alliance to change its own."],
    "diplomacy", "diplomacy", 3, "putin-belarus-tactical-nukes-plan-2023-03", a="Journal Star and wire reports", n="Reaction whose content is the same plan: same story as item 1."),
  E("2023-03-26 17:02", None,
    ["Russian shelling killed two civilians in the city of Kherson and wounded four others, the regional administration said. Several houses and a bus stop were hit."],
    "strikes", "strikes", 3, "kherson-shelling-2023-03-26", a="Journal Star and wire reports"),
  E("2023-03-26 17:02", None,
    ["President Volodymyr Zelenskyy visited front-line positions in the Zaporizhzhia region, handing out medals to soldiers and meeting workers at a power station, his office said."],
    "other", "frontline", 2, "zelenskyy-zaporizhzhia-frontline-visit-2023-03", a="Journal Star and wire reports"),
  E("2023-03-26 17:02", None,
    ["Britain's defense ministry said Russia's assault on Bakhmut appeared to have stalled, probably because of heavy losses, while fighting around Avdiivka had grown fiercer."],
    "other", "frontline", 2, "bakhmut-assault-stalls-uk-assessment-2023-03-26", a="Journal Star and wire reports"),
  E("2023-03-26 17:02", None,
    ["The head of the U.N. nuclear watchdog, Rafael Grossi, said he would travel to the Zaporizhzhia nuclear plant this week to check on safety at the Russian-occupied facility."],
    "diplomacy", "diplomacy", 2, "grossi-zaporizhzhia-plant-visit-plan-2023-03", a="Journal Star and wire reports",
    n="Planned inspection visit by the IAEA chief -> diplomacy (diplomatic visit); must not merge with the Zelenskyy front-line visit (same region)."),
  E("2023-03-26 17:02", None,
    ["In Peoria, volunteers with a local Ukrainian community group packed first-aid kits and winter clothing for shipment to Lviv, their third such shipment since the invasion began."],
    "aid", "aid", 2, "peoria-volunteers-shipment-lviv-2023-03", a="Journal Star and wire reports"),
  ]))

SEEDS.append(dict(id="6505", name="6505_duluthnewstribune-timeline", ext="html", source="Duluth News Tribune", zone="America/Chicago", render=r_duluth,
  title="Timeline: A weekend of drones, shelling and threats in Russia's war on Ukraine", byline="Jana Hollister", published_t="2023-04-30 16:10",
  subhead="A look at the key moments from Saturday evening through Sunday afternoon.",
  intro="The following timeline lists the main developments in the war as they were reported to the News Tribune.",
  notes="Imitates a Forum Communications (Duluth News Tribune) timeline article in HTML with NewsArticle JSON-LD. OLDEST FIRST. Each item: a bold line "
        "'Saturday, 7:25 p.m.' (weekday + time, no date) before its h3 headline. The page's own date is 'April 30, 2023 04:10 PM' (Sunday): "
        "'Saturday' items are local 29 April, 'Sunday' items local 30 April. No zone printed: Central time implied (CDT = UTC-5), so the two "
        "Saturday-evening items are already UTC 30 April and the whole page is one UTC day. One page byline (Jana Hollister) for all items.",
  not_entries=["masthead, menu, 'Subscribe'/'Sign In'", "category link 'World'", "title and subheadline", "byline 'By Jana Hollister' and the date line 'April 30, 2023 04:10 PM'",
               "'We are part of The Trust Project.' and share links", "intro paragraph 'The following timeline lists ...'", "'ADVERTISEMENT'",
               "'Related Topics' links", "author bio line", "'Most Read' box", "footer"],
  entries=[
  E("2023-04-29 19:25", "Fire at Sevastopol fuel depot put out, Russian-installed governor says",
    ["A blaze that broke out at a fuel storage site in the Crimean port of Sevastopol after a drone attack early Saturday has been put out, the Russian-installed governor of the city said in a video statement.",
     "He said about 10 tanks of oil products had burned but no one was hurt."],
    "strikes", "strikes", 2, "sevastopol-fuel-depot-drone-strike-2023-04-29", a="Jana Hollister"),
  E("2023-04-29 22:40", "Death toll in Uman apartment strike reaches 23",
    ["Rescuers pulled the last bodies from the ruins of a nine-story apartment building in Uman, bringing the number killed in Friday's Russian missile strike to 23, including six children, Ukraine's interior minister said."],
    "strikes", "strikes", 3, "uman-apartment-strike-2023-04-28", a="Jana Hollister"),
  E("2023-04-30 06:15", "Freight train derails in Russia's Bryansk region after blast on tracks",
    ["A freight train carrying fuel came off the rails in Russia's Bryansk region near the Ukrainian border after an unidentified explosive device went off under the tracks, the regional governor said.",
     "No injuries were reported."],
    "other", "security", 2, "bryansk-train-derailment-2023-04-30", a="Jana Hollister", n="Sabotage on a railway -> other/security (LABELS)."),
  E("2023-04-30 09:30", "Shelling kills two in Orikhiv",
    ["Two residents of Orikhiv, a front-line town in the Zaporizhzhia region, were killed when Russian shells hit their street on Sunday morning, regional officials said."],
    "strikes", "strikes", 3, "orikhiv-shelling-2023-04-30", a="Jana Hollister"),
  E("2023-04-30 11:50", "Duluth council to weigh formally ending sister-city tie with Petrozavodsk",
    ["A Duluth City Council member plans to introduce a resolution next month that would formally end the city's sister-city relationship with Petrozavodsk, Russia, which was put on hold after the invasion.",
     "Supporters of keeping the link say it could help rebuild contacts between ordinary people once the war is over."],
    "other", "politics", 2, "duluth-petrozavodsk-sister-city-2023", a="Jana Hollister", n="Local politics caused by the war -> other/politics, not off-beat."),
  E("2023-04-30 13:25", "Kyiv expects more Patriot systems soon, air force spokesman says",
    ["Ukraine's air force expects to receive more Patriot air-defense batteries in the coming weeks, a spokesman said on national television, adding that the first systems were already protecting the capital."],
    "aid", "aid", 2, "patriot-deliveries-expected-2023-04", a="Jana Hollister"),
  E("2023-04-30 16:10", "Wagner chief complains of shell shortage in Bakhmut",
    ["The head of the Wagner mercenary group said his fighters in Bakhmut were getting only a fraction of the artillery shells they needed and accused Russia's defense ministry of holding back supplies."],
    "other", "frontline", 2, "prigozhin-shell-shortage-complaint-2023-04-30", a="Jana Hollister"),
  ]))

SEEDS.append(dict(id="6506", name="6506_inforum-live", ext="txt", source="The Forum", zone="America/Chicago", render=r_forum,
  title="LIVE: Ukraine's counteroffensive \u2014 latest updates for Sunday, June 11", parse_args=["--date", "2023-06-11"],
  lede="Follow along as we bring you the latest on the war in Ukraine, including reaction from the Red River Valley.",
  notes="Imitates a Forum Communications (InForum, The Forum of Fargo-Moorhead) live page copied as plain text. NEWEST FIRST, with day headers "
        "'Sunday, June 11' and 'Saturday, June 10' and NO year anywhere on the page (parse_args --date 2023-06-11, the page's day in its title). "
        "Each post: headline, then the stamp line '5:20 p.m. CDT \u00b7 NAME' AFTER the headline (per-post authors), then the body. CDT = UTC-5, so the "
        "Saturday-evening posts (7:30 and 9:50 p.m.) and the 12:40 a.m. Sunday post are UTC 11 June like the rest: the page crosses local "
        "midnight but not the UTC day. The 12:40 a.m. post is a video teaser with no body. Post 6 (Zelenskyy on the counteroffensive) was said at the "
        "news conference with Trudeau but is a separate statement from Trudeau's aid pledge (post 7).",
  not_entries=["masthead, 'Subscribe'/'Sign In', menu lines, kicker 'NEWS'", "title line", "lede 'Follow along as we bring you ...'", "'We are part of The Trust Project.'",
               "share labels", "day headers 'Sunday, June 11' and 'Saturday, June 10'", "'ADVERTISEMENT'", "'Load older updates'", "footer lines"],
  entries=[
  E("2023-06-11 17:20", "Kyiv says troops gained ground in the southeast, gives few details",
    ["Ukraine's deputy defense minister said troops had advanced by up to several hundred meters in parts of the Zaporizhzhia region, while warning that the military would not discuss its plans in detail."],
    "other", "frontline", 2, "ukraine-southeast-advances-2023-06-11", a="Ava Lindgren"),
  E("2023-06-11 13:05", "Ukrainian soldiers raise flag in Blahodatne",
    ["Ukrainian troops said they had retaken the village of Blahodatne in the Donetsk region, posting a video of soldiers raising a blue-and-yellow flag over a battered building.",
     "It was the first village Kyiv publicly said it had recaptured since the fighting in the south intensified last week."],
    "other", "frontline", 3, "blahodatne-recaptured-2023-06-11", a="Ava Lindgren", n="First publicly claimed recapture of the counteroffensive: big frontline shift -> 3."),
  E("2023-06-11 10:30", "Three killed as Russian fire hits evacuation boat near Kherson",
    ["Russian forces fired on a boat carrying residents away from flooded areas on the eastern bank of the Dnipro, killing three people and wounding 10, Kherson regional officials said."],
    "strikes", "strikes", 3, "kherson-evacuation-boat-shelling-2023-06-11", a="Mikkel Rudd"),
  E("2023-06-11 08:45", "Fargo nonprofit ships water filters to flooded Kherson",
    ["A Fargo-based relief group that has been sending supplies to Ukraine since last spring packed 600 water filters this weekend for families hit by the flooding that followed the collapse of the Kakhovka dam."],
    "aid", "aid", 2, "fargo-nonprofit-water-filters-kherson-2023-06", a="Mikkel Rudd"),
  E("2023-06-11 00:40", "Video: Trudeau and Zelenskyy meet reporters in Kyiv", [],
    "diplomacy", "diplomacy", 1, "trudeau-kyiv-visit-2023-06-10", a="Mikkel Rudd", n="Video teaser without body -> importance 1; shows the Trudeau visit (post 7)."),
  E("2023-06-10 21:50", "Zelenskyy hints counteroffensive is under way",
    ["Asked about the long-awaited counteroffensive at a news conference with Canada's prime minister, Zelenskyy said counteroffensive and defensive actions were taking place in Ukraine but would not say where."],
    "other", "frontline", 3, "zelenskyy-counteroffensive-remarks-2023-06-10", a="Ava Lindgren",
    n="Head of state confirming the counteroffensive: main development -> 3; separate statement from the Trudeau pledge."),
  E("2023-06-10 19:30", "Trudeau pledges $500 million in military aid during Kyiv visit",
    ["Canadian Prime Minister Justin Trudeau, on an unannounced visit to Kyiv, said Canada would provide 500 million Canadian dollars in new military assistance and help train more Ukrainian soldiers and pilots."],
    "aid", "aid", 3, "trudeau-kyiv-visit-2023-06-10", a="Mikkel Rudd", sec=["diplomacy"]),
  ]))

SEEDS.append(dict(id="6507", name="6507_billingsgazette-world", ext="html", source="Billings Gazette", zone="America/Denver", render=r_billings, now="2023-05-28 18:45",
  notes="Imitates a BLOX/TownNews section page (Billings Gazette, World News) in HTML. Newest first. Each card: headline link, summary paragraph, byline "
        "('By NAME Associated Press', 'Associated Press' or a staff name) and a <time datetime='...-06:00'> whose visible text is RELATIVE "
        "('50 min ago', '3 hrs ago', ...). No 'now' is printed: the exact times come from the datetime attributes (MDT = UTC-6); the relative texts "
        "agree with a capture at about 6:45 p.m. MDT on 28 May. The oldest card (23 hrs ago) is local Saturday evening 27 May but UTC 28 May. "
        "Cards 3 and 5 are the same story (the record drone attack on Kyiv and the cleanup). Card 1 (Turkish runoff) is off-beat.",
  not_entries=["'Skip to main content', masthead, menu, 'Subscribe'/'Log In', weather widget", "section title 'World News'", "'Sponsored' ad slot",
               "push-notification prompt", "'Most Popular' box", "footer with the BLOX credit line"],
  entries=[
  OFF("2023-05-28 17:55", "Erdogan wins Turkey's runoff, extending his rule into a third decade",
      ["Turkish President Recep Tayyip Erdogan won Sunday's presidential runoff, according to unofficial results, defeating opposition challenger Kemal Kilicdaroglu."],
      "turkey-presidential-runoff-2023", a="Selin Arkan", by="By Selin Arkan Associated Press", n="Turkish election result."),
  E("2023-05-28 15:45", "Zelenskyy asks parliament to impose 50-year sanctions on Iran",
    ["President Volodymyr Zelenskyy sent parliament a bill that would bar trade with Iran and freeze its assets for 50 years, citing Tehran's supply of attack drones to Russia."],
    "diplomacy", "diplomacy", 3, "ukraine-iran-sanctions-bill-2023-05", a="Associated Press", by="Associated Press"),
  E("2023-05-28 12:30", "Kyiv cleans up after record drone barrage, then marks its birthday",
    ["Crews in Kyiv swept up debris and patched damaged roofs on Sunday morning before residents marked the city's founding day with concerts and street fairs, hours after the largest drone attack on the capital of the war."],
    "strikes", "strikes", 3, "kyiv-record-drone-attack-2023-05-28", a="Darya Melnyk", by="By Darya Melnyk Associated Press"),
  E("2023-05-28 09:40", "Russian region says Ukrainian shelling wounded four near border",
    ["The governor of Russia's Belgorod region said Ukrainian artillery hit several border villages overnight, wounding four people and knocking out a power line."],
    "strikes", "strikes", 2, "belgorod-border-shelling-2023-05-28", a="Associated Press", by="Associated Press"),
  E("2023-05-28 05:20", "Russia launches largest drone attack on Kyiv of the war",
    ["Russia sent more than 50 Iranian-made drones at Kyiv overnight in the biggest such attack on the capital since the invasion began, Ukrainian officials said. A man was killed when debris hit a building."],
    "strikes", "strikes", 3, "kyiv-record-drone-attack-2023-05-28", a="Darya Melnyk", by="By Darya Melnyk Associated Press"),
  E("2023-05-28 00:30", "Billings family finds refuge for Ukrainian relatives after a year of paperwork",
    ["A Billings couple welcomed a niece and her two children from Zaporizhzhia this month after more than a year of paperwork, interviews and fundraising to cover their flights."],
    "other", "humanitarian", 2, "billings-family-ukrainian-relatives-2023-05", a="Cody Brandvold", by="By Cody Brandvold"),
  E("2023-05-27 19:15", "Ukraine's top general posts video signaling counteroffensive is near",
    ["Ukraine's commander in chief, Valerii Zaluzhnyi, released a short video of soldiers preparing for battle with a prayer-like message about reclaiming Ukrainian land, fueling speculation that a long-awaited offensive was about to start."],
    "other", "frontline", 2, "zaluzhnyi-counteroffensive-video-2023-05-27", a="Associated Press", by="Associated Press"),
  ]))

SEEDS.append(dict(id="6508", name="6508_roanoke-rss", ext="xml", source="The Roanoke Times", zone="America/New_York", render=r_roanoke,
  title="roanoke.com - RSS Results in news/nation-world of type article", build="Mon, 19 Jun 2023 19:58:31 -0400",
  notes="Imitates a BLOX/TownNews RSS search feed (The Roanoke Times, nation-world). Newest first. pubDate carries the outlet's own offset (-0400, EDT). "
        "<description> holds the one-paragraph summary (BLOX feeds carry no full text); body_paragraphs 1. dc:creator is a name or 'Associated Press'. "
        "The last item (Sunday 10:25 p.m. EDT) is UTC Monday 19 June like the others.",
  not_entries=["channel title/link/description/lastBuildDate/generator/ttl", "<guid>, <link> and <enclosure> values"],
  entries=[
  E("2023-06-19 18:40", "Blinken and Xi agree to steady relations; Ukraine war raised in talks",
    ["Secretary of State Antony Blinken met Chinese leader Xi Jinping in Beijing on Monday, and both sides said they wanted to keep tensions from spiraling, while Blinken urged China not to send weapons to Russia."],
    "diplomacy", "diplomacy", 3, "blinken-xi-beijing-meeting-2023-06-19", a="Associated Press"),
  E("2023-06-19 15:15", "Radford arsenal to add line as Army races to make more artillery propellant",
    ["The Radford Army Ammunition Plant in Montgomery County will get a new production line for the propellant that fires 155 mm howitzer shells, part of a push to rebuild stocks drained by shipments to Ukraine, a plant official said Monday."],
    "aid", "aid", 2, "radford-propellant-line-expansion-2023-06", a="Nathan Prillaman"),
  E("2023-06-19 12:05", "Ukraine says it retook village of Piatykhatky in Zaporizhzhia region",
    ["Ukraine's deputy defense minister said troops had recaptured Piatykhatky, a village in the Zaporizhzhia region, and were holding it under heavy shelling."],
    "other", "frontline", 2, "piatykhatky-recaptured-2023-06", a="Associated Press"),
  E("2023-06-19 09:30", "Kremlin says African leaders' peace plan will be hard to carry out",
    ["Kremlin spokesman Dmitry Peskov said a proposal that African leaders brought to Kyiv and St. Petersburg last week would be difficult to put into practice, though Moscow remained open to ideas."],
    "diplomacy", "diplomacy", 2, "african-peace-mission-kremlin-response-2023-06", a="Associated Press"),
  E("2023-06-19 06:10", "Drones target Odesa region overnight; three injured",
    ["Russian drones struck a warehouse and several houses in the Odesa region overnight, injuring three people, Ukraine's southern military command said."],
    "strikes", "strikes", 2, "odesa-drone-attack-2023-06-19", a="Associated Press"),
  E("2023-06-18 22:25", "Shelling kills one in Toretsk, Donetsk governor says",
    ["A Russian shell killed a woman and damaged an apartment building in the eastern town of Toretsk, the governor of the Donetsk region said."],
    "strikes", "strikes", 3, "toretsk-shelling-2023-06-18", a="Associated Press"),
  ]))

SEEDS.append(dict(id="6509", name="6509_savannahnow-live", ext="html", source="Savannah Morning News", zone="America/New_York", render=r_savannah,
  title="Russia-Ukraine war live updates: Lavrov takes the UN chair; Fort Stewart troops come home", byline="Lena Okafor", published_t="2023-04-24 06:30",
  lede="Russia's foreign minister chaired a Security Council session in New York on Monday, while soldiers from Fort Stewart's 1st Armored Brigade returned from Europe.",
  notes="Imitates a Gannett (Savannah Morning News) live-updates article in HTML with NewsArticle JSON-LD. Newest first. Each update: h2 headline, then "
        "an italic time line '7:05 p.m. ET' AFTER the headline, then the body. One page byline (Lena Okafor) for all updates. The date comes only from the "
        "page line 'Published 6:30 a.m. ET April 24, 2023 | Updated 7:05 p.m. ET April 24, 2023' (EDT = UTC-4). The 8:05 a.m. update is a "
        "'Watch:' video teaser with no body. Updates 2 and 4 are the same story (Lavrov chairing the Council and the US reply).",
  not_entries=["'Skip to main content', masthead, menu, 'Subscribe'/'Sign In'", "kicker 'WORLD'", "byline block", "'Published ... | Updated ...' line",
               "lede paragraph before the first update", "newsletter plug 'Want more Savannah news? ...'", "'Contributing: USA TODAY'", "footer"],
  entries=[
  E("2023-04-24 19:05", "Fort Stewart brigade returns from nine months in Europe",
    ["Soldiers from the 3rd Infantry Division's 1st Armored Brigade began arriving at Hunter Army Airfield on Monday after a nine-month deployment to Poland, Lithuania and Germany.",
     "The brigade was sent to Europe last year as part of the U.S. buildup on NATO's eastern flank after Russia invaded Ukraine."],
    "other", "security", 2, "fort-stewart-brigade-returns-2023-04", a="Lena Okafor"),
  E("2023-04-24 16:20", "US ambassador rebukes Russia at Council meeting Lavrov chaired",
    ["U.S. Ambassador Linda Thomas-Greenfield told the Security Council that Russia had no standing to lecture other members about the U.N. Charter while its troops occupied parts of Ukraine.",
     "Several European envoys made similar points before Lavrov closed the session."],
    "diplomacy", "diplomacy", 3, "lavrov-chairs-unsc-2023-04-24", a="Lena Okafor", n="Reply delivered in the same Council session: same story as update 4."),
  E("2023-04-24 12:45", "EU ministers press to speed up joint purchase of shells for Ukraine",
    ["European Union foreign ministers meeting in Luxembourg discussed how to speed up a plan to buy a million artillery rounds for Ukraine within a year, as a dispute over whether to buy only from European makers slowed the effort."],
    "aid", "aid", 3, "eu-joint-ammunition-procurement-2023-04-24", a="Lena Okafor"),
  E("2023-04-24 11:10", "Lavrov chairs UN Security Council, accuses West of undermining global order",
    ["Russian Foreign Minister Sergey Lavrov presided over a Security Council debate on multilateralism in New York, using Russia's monthly presidency to accuse Western countries of breaking the rules they claim to defend.",
     "Ukraine's ambassador called the session a cynical show."],
    "diplomacy", "diplomacy", 3, "lavrov-chairs-unsc-2023-04-24", a="Lena Okafor"),
  E("2023-04-24 09:35", "Ukrainian troops reported on Dnipro's eastern bank near Kherson",
    ["Ukrainian units appear to have set up positions on the Russian-held eastern bank of the Dnipro near Kherson, according to a Washington think tank and Russian military bloggers, though Kyiv did not confirm it."],
    "other", "frontline", 2, "dnipro-east-bank-positions-2023-04", a="Lena Okafor"),
  E("2023-04-24 08:05", "Watch: Lavrov arrives at UN headquarters", [],
    "diplomacy", "diplomacy", 1, "lavrov-chairs-unsc-2023-04-24", a="Lena Okafor", n="Video teaser without body -> importance 1."),
  E("2023-04-24 06:40", "Russian missile hits Kupiansk, killing two",
    ["A Russian missile struck the center of Kupiansk in the Kharkiv region on Monday morning, killing two people and damaging a historic building that housed the town's museum, regional officials said."],
    "strikes", "strikes", 3, "kupiansk-missile-strike-2023-04-24", a="Lena Okafor"),
  ]))


# ============================================================ PART B, day 1: 2023-05-14 (UTC)
D1 = "Day 1 (2023-05-14 UTC): 6520, 6521, 6522, 6523."
KOST = "kostiantynivka-rocket-strike-2023-05-14"
GER = "zelensky-germany-visit-2023-05-14"
PARIS = "zelensky-macron-paris-2023-05-14"
BAKH = "bakhmut-flank-advances-2023-05-14"
GERPKG = "germany-2-7bn-arms-package-2023-05-13"

SEEDS.append(dict(id="6520", name="6520_fennock-textlive", ext="txt", source="Fennock Evening Courier", zone="Europe/London", render=r_fennock,
  title="Ukraine war live: Zelensky in Germany as rocket strike on Kostiantynivka kills civilians", dateline="Sunday 14 May 2023",
  notes="Invented outlet. Text live blog, NEWEST FIRST. Each post: a stamp line '9.45pm BST' (UTC+1) BEFORE the headline, the body, then a signature line "
        "'\u2014 NAME' (author). A 'Key Points' box at the top lists two exact headlines (entries 04 and 05). Entry 06 is a 'Watch:' teaser with no body "
        "and no signature. Kostiantynivka toll grows on this page (two at 12.10pm, four at 7.30pm). " + D1,
  not_entries=["masthead and menu line", "title and date lines", "'Key Points' heading and its two bullets (they repeat entry headlines)", "'Live updates (newest first)'",
               "signature lines '\u2014 NAME' (author of the post above)", "newsletter plug after entry 04", "'Show earlier posts' and footer"],
  entries=[
  E("2023-05-14 21:45", "Zelensky lands in Paris for dinner with Macron",
    ["Volodymyr Zelensky arrived in Paris on Sunday evening for talks with Emmanuel Macron at the \u00c9lys\u00e9e Palace, the third stop on a European tour that began in Rome on Saturday.",
     "French officials said the two leaders would discuss air defence and the training of Ukrainian troops."],
    "diplomacy", "diplomacy", 3, PARIS, a="Harriet Coyle"),
  E("2023-05-14 19:30", "Kostiantynivka toll climbs to four",
    ["Four people are now known to have died after Russian rockets struck a market area in Kostiantynivka, the head of the Donetsk regional military administration said.",
     "Eleven people were wounded, two of them seriously."],
    "strikes", "strikes", 3, KOST, a="Sam Oduya"),
  E("2023-05-14 17:05", "Zelensky accepts Charlemagne Prize in Aachen",
    ["In Aachen's town hall, Zelensky received the Charlemagne Prize on behalf of the Ukrainian people and told the audience that Europe's unity had held because Ukrainians had refused to give in."],
    "diplomacy", "diplomacy", 3, GER, a="Harriet Coyle", n="Second stop of the same German visit: same story as the Berlin talks."),
  E("2023-05-14 14:20", "Scholz pledges lasting support as Zelensky visits Berlin",
    ["Olaf Scholz told a joint news conference in Berlin that Germany would keep backing Ukraine for as long as it takes, a day after his government announced its largest arms package so far.",
     "Zelensky, on his first visit to Germany since the full-scale invasion, thanked the chancellor and said allies should start working on a coalition to supply fighter jets."],
    "diplomacy", "diplomacy", 3, GER, a="Harriet Coyle", sec=["aid"], kp=True),
  E("2023-05-14 12:10", "Russian rockets hit market in Kostiantynivka, two killed",
    ["Two people were killed and at least eight injured when Russian multiple rocket launchers struck the centre of Kostiantynivka in the Donetsk region around midday local time, regional officials said.",
     "Pictures released by the emergency service showed burnt-out market stalls and a damaged pharmacy."],
    "strikes", "strikes", 3, KOST, a="Sam Oduya", kp=True),
  E("2023-05-14 10:40", "Watch: Zelensky welcomed at the chancellery", [], "diplomacy", "diplomacy", 1, GER, n="Video teaser without body -> importance 1."),
  E("2023-05-14 09:15", "Ukraine says its forces gained ground near Bakhmut",
    ["Ukrainian units advanced about two kilometres on the northern and southern approaches to Bakhmut over the past week, the commander of the ground forces said, while Russian troops still held most of the city."],
    "other", "frontline", 3, BAKH, a="Sam Oduya", n="Carried by two day-1 seeds (6520, 6521) -> 3."),
  E("2023-05-14 07:50", "Germany's \u20ac2.7bn package: what is in it",
    ["Germany's new military aid for Ukraine, worth more than 2.7 billion euros, is the largest package Berlin has announced since the war began.",
     "It includes 30 Leopard 1 tanks, 20 Marder infantry fighting vehicles, more than 200 reconnaissance drones and four IRIS-T air defence systems, according to the defence ministry."],
    "aid", "aid", 3, GERPKG, a="Harriet Coyle",
    n="Package announced on Saturday, before the visit: its own story (must not merge with the visit). Re-posted nearly verbatim on day 2 (6531-06)."),
  ]))

SEEDS.append(dict(id="6521", name="6521_esklow-ldlive", ext="html", source="Esklow Live", zone="Europe/Kyiv", render=r_esklow,
  title="War in Ukraine, day 445: live updates", url="https://esklow.example/live/day-445",
  lede="Our reporters in Kyiv and Kramatorsk follow the day's events.", tznote="All times are Kyiv time.",
  notes="Invented outlet. HTML live page, OLDEST FIRST, with LiveBlogPosting JSON-LD whose liveBlogUpdate items carry their own datePublished (+03:00) and author. "
        "Visible stamps are bare 'HH:MM' in <time datetime> (Kyiv, EEST = UTC+3); the author's name is printed BEFORE the headline. Spelling 'Kostyantynivka'. "
        "Entry 07 repeats entry 04 nearly verbatim (headline 'attack' -> 'strike', minor wording): duplicate_of 6521-04. Entry 03 is the day's theme piece (analysis). "
        "Entry 02 (evacuation call for Kostiantynivka and nearby towns) is a different event from the rocket strike in the same town. " + D1,
  not_entries=["masthead and menu", "title", "lead line 'Our reporters in Kyiv and Kramatorsk ...'", "note 'All times are Kyiv time.'", "'Share' / 'Copy link' under each update", "footer"],
  entries=[
  E("2023-05-14 09:20", "Russian outlets: four aircraft lost over Bryansk region on Saturday",
    ["Two Russian fighter jets and two helicopters came down over the Bryansk region near the Ukrainian border on Saturday, Russian media reported, in what would be one of Moscow's worst days for air losses in the war.",
     "Kyiv has not claimed responsibility, and Russia's defence ministry has not commented."],
    "strikes", "strikes", 3, "bryansk-aircraft-losses-2023-05-13", a="Olha Verbytska", n="Aircraft downed (air-defence engagement) -> strikes; large -> 3."),
  E("2023-05-14 11:05", "Families with children urged to leave Kostyantynivka area",
    ["Regional authorities repeated their call for families with children to leave Kostyantynivka, Druzhkivka and other towns close to the front, saying free evacuation trains would run from Kramatorsk twice a week."],
    "other", "humanitarian", 2, "kostiantynivka-evacuation-call-2023-05", a="Olha Verbytska",
    n="Standing evacuation call, posted before the strike: same place, different event -> must not merge with the rocket strike."),
  E("2023-05-14 13:40", "Analysis: why Kyiv won't put a date on its offensive",
    ["Ukrainian officials have spent weeks insisting that the long-trailed counteroffensive will begin only when commanders are ready, and that no date will be announced in advance.",
     "Part of the reason is secrecy. Part is that several brigades trained abroad are still receiving Western armour, and the spring mud has only recently dried out."],
    "other", "frontline", 2, "analysis-counteroffensive-timing-2023-05", a="Marko Zeleniuk", n="Theme piece (analysis with body): own story, importance 2."),
  E("2023-05-14 16:30", "Kostyantynivka: three dead after rocket attack",
    ["The number of people killed in Sunday's rocket attack on Kostyantynivka has risen to three, the regional governor Pavlo Kyrylenko said, with nine wounded."],
    "strikes", "strikes", 3, KOST, a="Olha Verbytska"),
  E("2023-05-14 18:15", "Ukrainian troops push on Bakhmut's flanks",
    ["Ukraine's deputy defence minister said troops had driven Russian units back from several positions north and south of Bakhmut, though fighting for the city centre went on."],
    "other", "frontline", 3, BAKH, a="Marko Zeleniuk"),
  E("2023-05-14 19:50", "Zelensky receives Charlemagne Prize",
    ["The Ukrainian president and the Ukrainian people were honoured in Aachen with the Charlemagne Prize, which is awarded each year for services to European unity."],
    "diplomacy", "diplomacy", 3, GER, a="Marko Zeleniuk"),
  E("2023-05-14 21:10", "Kostyantynivka: three dead after rocket strike",
    ["The number of people killed in Sunday's rocket strike on Kostyantynivka has risen to three, regional governor Pavlo Kyrylenko said, with nine people wounded."],
    "strikes", "strikes", 1, KOST, a="Olha Verbytska", dup="6521-04", n="Near-verbatim repeat of 6521-04 -> importance 1."),
  ]))

SEEDS.append(dict(id="6522", name="6522_drumvane-worldrss", ext="xml", source="Drumvane World Service", zone="UTC", render=r_rss_world, rfc="GMT",
  title="Drumvane World Service - Top stories", url="https://drumvane.example", lede="International news from the Drumvane World Service newsroom",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT (= UTC); no authors. Four of six items are off-beat (football, "
        "Turkish and Thai elections, cyclone). The Kostiantynivka item uses the Russian spelling 'Konstantinovka' and the latest toll (five). " + D1,
  not_entries=["channel title/link/description", "<category>/<guid> values"],
  entries=[
  E("2023-05-14 22:10", "Russian rocket attack on Konstantinovka kills five",
    ["Five people died and more than a dozen were hurt when rockets hit the eastern Ukrainian town of Konstantinovka on Sunday, Ukrainian officials said late in the evening.",
     "The town lies about 25 km west of Bakhmut and has been shelled repeatedly this spring."],
    "strikes", "strikes", 3, KOST, n="Spelling variant Konstantinovka = Kostiantynivka; toll five."),
  OFF("2023-05-14 20:30", "Barcelona clinch first league title in four years",
      ["Barcelona sealed the Spanish league title with four games to spare after beating city rivals Espanyol 4-2 away from home."],
      "barcelona-la-liga-title-2023", n="Spanish football.", cat="Sport"),
  E("2023-05-14 17:45", "Zelensky wins warm words and weapons in Germany",
    ["Ukraine's president spent Sunday in Germany, meeting Chancellor Olaf Scholz in Berlin before travelling to Aachen to collect a European prize, as Berlin's newest arms pledge sank in."],
    "diplomacy", "diplomacy", 3, GER, sec=["aid"]),
  OFF("2023-05-14 15:00", "Turkey votes in election seen as Erdogan's toughest test",
      ["Polls closed across Turkey in presidential and parliamentary elections in which Recep Tayyip Erdogan faces an opposition alliance led by Kemal Kilicdaroglu."],
      "turkey-elections-first-round-2023", n="Turkish election."),
  OFF("2023-05-14 12:20", "Thai opposition parties lead early count",
      ["Early results from Thailand's general election showed the opposition Move Forward and Pheu Thai parties well ahead of parties allied with the military."],
      "thailand-general-election-2023", n="Thai election."),
  OFF("2023-05-14 08:40", "Cyclone Mocha makes landfall near Myanmar-Bangladesh border",
      ["A powerful cyclone with winds near 200 km/h crashed ashore near Sittwe in Myanmar, tearing roofs off buildings and flooding low-lying areas, after Bangladesh moved hundreds of thousands of people away from the coast."],
      "cyclone-mocha-landfall-2023", n="Tropical cyclone."),
  ]))

SEEDS.append(dict(id="6523", name="6523_brisgate-article", ext="txt", source="Brisgate Chronicle", zone="Europe/Berlin", render=r_article,
  title="Zelensky in Germany: a warm welcome and hard questions", byline="Katrin Vogelsang", dateline="14 May 2023, 19:40 CEST",
  crumbs="Home \u203a Europe \u203a Germany", lede="Ukraine's president spent Sunday in Berlin and Aachen on his first trip to Germany since Russia's full-scale invasion.",
  tail="More on this topic: Germany's biggest arms package so far", footer="\u00a9 2023 Brisgate Chronicle \u00b7 Imprint \u00b7 Data protection",
  notes="Invented outlet. Text article with three section headings; one entry per section, stamp null, published = the dateline '14 May 2023, 19:40 CEST' "
        "(UTC+2); page byline as author. Section 3 announces the Paris leg that 6520 reports later the same evening (same story). " + D1,
  not_entries=["outlet name and breadcrumb", "title line", "byline and dateline lines", "lede paragraph", "'More on this topic: ...' link", "footer line"],
  entries=[
  E("2023-05-14 19:40", "Talks at the chancellery",
    ["Zelensky and Chancellor Olaf Scholz met for about two hours at the chancellery in Berlin, where Scholz repeated that Germany would remain Ukraine's biggest supporter in Europe.",
     "Zelensky said the new German package, announced the day before, would help protect Ukrainian cities, but he also pressed Berlin to back a coalition to supply Western jets."],
    "diplomacy", "diplomacy", 3, GER, a="Katrin Vogelsang", sec=["aid"]),
  E("2023-05-14 19:40", "Public backing softens",
    ["A poll published on Sunday found that 47 percent of Germans consider the government's arms deliveries to Ukraine about right, while 30 percent say they go too far.",
     "Support was markedly lower in the eastern states."],
    "other", "politics", 2, "german-poll-arms-deliveries-2023-05", a="Katrin Vogelsang"),
  E("2023-05-14 19:40", "Next stop: Paris",
    ["From Aachen, Zelensky was expected to fly on to Paris for an evening meeting with President Emmanuel Macron, according to officials in both capitals."],
    "diplomacy", "diplomacy", 3, PARIS, a="Katrin Vogelsang", n="Carried by two day-1 seeds (6520, 6523) -> 3."),
  ]))


# ============================================================ PART B, day 2: 2023-05-15 (UTC)
D2 = "Day 2 (2023-05-15 UTC): 6530, 6531, 6532, 6533, 6534."
UK = "uk-drones-air-defence-pledge-2023-05-15"
SS = "storm-shadow-interception-claim-2023-05-15"
KHM = "khmelnytskyi-overnight-strike-2023-05-15"
PRIGO = "prigozhin-positions-offer-report-2023-05"

SEEDS.append(dict(id="6530", name="6530_tolvane-atom", ext="xml", source="Tolvane Dispatch", zone="Europe/Kyiv", render=r_tolvane,
  title="Tolvane Dispatch \u2014 Ukraine", url="https://tolvane.example",
  notes="Invented outlet. Atom 1.0 feed, newest first, <published> with +03:00 (Kyiv, EEST), per-entry <author>, escaped HTML content. Entry 06 continues the "
        "day-1 Kostiantynivka story with a new development (search over, toll six, day of mourning): it keeps the day-1 slug. Kupiansk shelling (03) is a "
        "different event from it. " + D2,
  not_entries=["feed title, links, id and updated"],
  entries=[
  E("2023-05-15 20:35", "Prigozhin offered to reveal Russian positions, report says",
    ["The head of Russia's Wagner group offered to give Ukrainian intelligence details of Russian troop positions if Kyiv pulled its forces back from Bakhmut, a US newspaper reported, citing leaked intelligence documents.",
     "Yevgeny Prigozhin called the report absurd, and Ukrainian officials declined to comment."],
    "other", "security", 3, PRIGO, a="Yulia Stepaniuk", n="Espionage report -> other/security; carried by two day-2 seeds (6530, 6533) -> 3."),
  E("2023-05-15 14:20", "Britain to send Ukraine hundreds of air defence missiles and attack drones",
    ["The United Kingdom will give Ukraine hundreds of air defence missiles and long-range attack drones in the coming months, Prime Minister Rishi Sunak's office said as he hosted Volodymyr Zelensky at Chequers.",
     "Some of the drones can fly more than 200 kilometres, British officials said."],
    "aid", "aid", 3, UK, a="Ihor Danylchuk"),
  E("2023-05-15 13:10", "Kupiansk shelled again, three wounded",
    ["Russian artillery hit residential streets in Kupiansk in the Kharkiv region on Monday morning, wounding three people, the regional governor said."],
    "strikes", "strikes", 2, "kupiansk-shelling-2023-05-15", a="Yulia Stepaniuk"),
  E("2023-05-15 11:25", "Russia claims it intercepted Storm Shadow missiles",
    ["Russia's defence ministry said its air defences had shot down British-supplied Storm Shadow cruise missiles over the past day, the first time Moscow has publicly claimed to have intercepted the weapon."],
    "strikes", "strikes", 3, SS, a="Ihor Danylchuk", n="Interception claim -> strikes; must not merge with the UK pledge (same theme: British weapons)."),
  E("2023-05-15 10:00", "Kuleba: damage register is first step towards reparations",
    ["Foreign Minister Dmytro Kuleba said a register of damage caused by Russia's invasion, to be set up at a Council of Europe summit in Reykjavik this week, would be the first step towards making Moscow pay."],
    "diplomacy", "diplomacy", 2, "kuleba-damage-register-2023-05", a="Ihor Danylchuk"),
  E("2023-05-15 09:10", "Rescuers end search in Kostiantynivka; toll now six",
    ["Emergency crews finished clearing debris in Kostiantynivka on Monday morning and said six people had been killed in Sunday's rocket attack on the town centre.",
     "Local authorities declared Monday a day of mourning."],
    "strikes", "strikes", 3, KOST, a="Yulia Stepaniuk", n="Day-2 continuation of the day-1 story with a new development: keeps the day-1 slug; two day-2 seeds (6530, 6534) -> 3."),
  ]))

SEEDS.append(dict(id="6531", name="6531_fennock-textlive", ext="txt", source="Fennock Evening Courier", zone="Europe/London", render=r_fennock,
  title="Ukraine war live: Sunak promises drones and missiles as Zelensky visits Chequers", dateline="Monday 15 May 2023",
  notes="Invented outlet (same outlet and layout as 6520 on day 1). Text live blog, NEWEST FIRST, '10.05am BST' stamp before the headline, '\u2014 NAME' "
        "signature after the body, Key Points box listing entry 04. Entry 06 re-posts day 1's 6520-08 nearly verbatim (same headline): importance 1. "
        "Entry 02 is the day's theme piece (explainer). Khmelnytskyi injured count grows from seven (05) to 12 (01). " + D2,
  not_entries=["masthead and menu line", "title and date lines", "'Key Points' heading and its bullet", "'Live updates (newest first)'", "signature lines '\u2014 NAME'",
               "newsletter plug", "'Show earlier posts' and footer"],
  entries=[
  E("2023-05-15 18:40", "Khmelnytskyi: number of injured rises to 12",
    ["Twelve people, two of them children, were hurt when Russian drones and missiles hit Khmelnytskyi overnight, the city's mayor said, up from seven reported in the morning."],
    "strikes", "strikes", 3, KHM, a="Sam Oduya"),
  E("2023-05-15 16:10", "Explainer: what long-range attack drones add to Ukraine's arsenal",
    ["Unlike cruise missiles such as Storm Shadow, one-way attack drones are slow and relatively cheap, which means they can be launched in numbers to saturate air defences.",
     "British officials have not named the model they will send, but said its range would exceed 200km, putting targets far behind Russian lines within reach."],
    "aid", "aid", 2, "explainer-long-range-attack-drones", a="Harriet Coyle", n="Theme piece (explainer with body): own story, importance 2."),
  E("2023-05-15 13:45", "Zelensky: allies should form a jet coalition now",
    ["Speaking alongside Rishi Sunak at Chequers, Zelensky said he hoped countries willing to provide fighter jets would form a coalition soon, and that Britain could play a key role in training pilots."],
    "diplomacy", "diplomacy", 3, UK, a="Harriet Coyle", sec=["aid"], n="Said at the same Chequers meeting: same story."),
  E("2023-05-15 10:05", "Sunak pledges drones and air defence missiles as Zelensky arrives at Chequers",
    ["Rishi Sunak welcomed Volodymyr Zelensky to his country residence on Monday and confirmed that Britain will send hundreds more air defence missiles and unmanned aerial systems, including drones with a range of over 200km."],
    "aid", "aid", 3, UK, a="Harriet Coyle", kp=True),
  E("2023-05-15 08:50", "Khmelnytskyi hit overnight, seven injured",
    ["Explosions shook the western city of Khmelnytskyi overnight as Russia attacked with drones and missiles, damaging homes and an industrial site, regional officials said. Seven people were injured."],
    "strikes", "strikes", 3, KHM, a="Sam Oduya"),
  E("2023-05-15 07:05", "Germany's \u20ac2.7bn package: what is in it",
    ["Germany's new military aid for Ukraine, worth more than 2.7 billion euros, is the largest package Berlin has announced since the war began.",
     "It includes 30 Leopard 1 tanks, 20 Marder infantry fighting vehicles, more than 200 reconnaissance drones and four IRIS-T air defence systems, according to Germany's defence ministry."],
    "aid", "aid", 1, GERPKG, a="Harriet Coyle", n="Re-post of day-1 entry 6520-08 (same outlet, same headline, body nearly verbatim) -> importance 1; duplicate_of is null because the original is in another seed."),
  E("2023-05-15 06:30", "UK defence intelligence: Russia moving reserves south",
    ["Russia has moved several battalions from the east towards the Zaporizhzhia front in recent weeks, probably expecting a Ukrainian offensive there, Britain's defence ministry said in its daily intelligence update."],
    "other", "frontline", 2, "uk-intel-russian-reserves-south-2023-05", a="Sam Oduya"),
  ]))

SEEDS.append(dict(id="6532", name="6532_loirette-htmllive", ext="html", source="Loirette Daily", zone="Europe/Paris", render=r_loirette,
  title="Ukraine: the day's developments, live", lede="Zelensky heads to Britain after his evening in Paris; Russia claims to have shot down British missiles.",
  notes="Invented outlet (English-language, based in France). HTML live page, OLDEST FIRST, no JSON-LD. French chrome: date header 'Lundi 15 mai 2023' and "
        "stamps '08h10' (Paris, CEST = UTC+2) before each h2; signature paragraph after the body. Entry 04 repeats entry 03 nearly verbatim "
        "(duplicate_of 6532-03). Entry 06 is a 'Photos:' teaser without body. The Luhansk blasts (01) and the Storm Shadow interception claim (02) are "
        "different events. " + D2,
  not_entries=["cookie banner (French/English)", "masthead and menu", "title", "date header 'Lundi 15 mai 2023'", "chapo/standfirst", "signature paragraphs (author)", "footer"],
  entries=[
  E("2023-05-15 08:10", "Explosions reported in occupied Luhansk",
    ["Two powerful blasts hit the Russian-occupied city of Luhansk on Monday morning, wounding six people, according to officials installed by Moscow, who blamed Ukrainian missiles."],
    "strikes", "strikes", 2, "luhansk-city-blasts-2023-05-15", a="Claire Dutheil"),
  E("2023-05-15 09:30", "Russia says British cruise missiles were shot down",
    ["Moscow's defence ministry said it had downed several Storm Shadow missiles, the long-range weapon Britain began supplying to Kyiv last week."],
    "strikes", "strikes", 3, SS, a="Claire Dutheil"),
  E("2023-05-15 10:15", "Khmelnytskyi: homes damaged in overnight attack",
    ["Residents of Khmelnytskyi, in western Ukraine, spent the morning sweeping up glass after an overnight attack that damaged dozens of homes, officials said."],
    "strikes", "strikes", 3, KHM, a="Louis Marchetti"),
  E("2023-05-15 11:05", "Khmelnytskyi: homes damaged in overnight raid",
    ["Residents of Khmelnytskyi in western Ukraine spent the morning sweeping up glass after an overnight attack that damaged dozens of homes, officials said."],
    "strikes", "strikes", 1, KHM, a="Louis Marchetti", dup="6532-03", n="Near-verbatim repeat of 6532-03 -> importance 1."),
  E("2023-05-15 13:40", "Sunak and Zelensky meet at Chequers",
    ["The British prime minister received Ukraine's president at Chequers, his official country house, after Zelensky's overnight stop in Paris, and announced new deliveries of air defence missiles and attack drones."],
    "diplomacy", "diplomacy", 3, UK, a="Louis Marchetti", sec=["aid"]),
  E("2023-05-15 14:00", "Photos: Zelensky and Sunak at Chequers", [], "diplomacy", "diplomacy", 1, UK, n="Photo teaser without body -> importance 1."),
  E("2023-05-15 17:25", "EU drafts measures against sanctions evasion",
    ["The European Commission has proposed an 11th package of sanctions that would, for the first time, let the bloc restrict exports to third countries suspected of helping Russia get around existing measures."],
    "diplomacy", "diplomacy", 2, "eu-11th-sanctions-package-draft-2023-05", a="Claire Dutheil"),
  ]))

SEEDS.append(dict(id="6533", name="6533_hobbick-worldrss", ext="xml", source="Hobbick World Feed", zone="Asia/Singapore", render=r_rss_world, rfc="offset",
  title="Hobbick World Feed: World", url="https://hobbick.example", lede="World headlines, updated around the clock from Singapore",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate with +0800 (Singapore); no authors. Four of six items are off-beat "
        "(Turkish runoff, Thai coalition talks, EU merger decision, cyclone aftermath). " + D2,
  not_entries=["channel title/link/description", "<category>/<guid> values"],
  entries=[
  E("2023-05-15 23:50", "UK promises Ukraine long-range drones as Zelensky tours Europe",
    ["Britain said it would supply Ukraine with attack drones able to fly more than 200 kilometres, together with hundreds of air defence missiles, during a visit by President Volodymyr Zelensky to the prime minister's country residence."],
    "aid", "aid", 3, UK),
  OFF("2023-05-15 22:15", "Turkey heads for presidential runoff on May 28",
      ["Neither Recep Tayyip Erdogan nor his main rival won more than half of the vote, Turkey's election board said, setting up a second round in two weeks."],
      "turkey-runoff-called-2023", n="Turkish election."),
  E("2023-05-15 20:30", "Wagner chief offered Kyiv Russian troop positions, report says",
    ["Yevgeny Prigozhin, whose Wagner fighters lead Russia's assault on Bakhmut, offered Ukraine information on Russian positions in exchange for a withdrawal from the city, according to a report based on leaked US documents."],
    "other", "security", 3, PRIGO, cat="World"),
  OFF("2023-05-15 18:05", "Thailand's Move Forward seeks coalition after poll upset",
      ["The leader of Thailand's Move Forward party said he had invited five other parties to form a government after his party won the most seats in Sunday's election."],
      "thailand-coalition-talks-2023", n="Thai politics."),
  OFF("2023-05-15 14:40", "EU clears Microsoft's Activision deal with conditions",
      ["European Union regulators approved Microsoft's purchase of video game maker Activision Blizzard after the company promised to license popular games to cloud streaming services."],
      "eu-microsoft-activision-approval-2023", n="Business/merger.", cat="Business"),
  OFF("2023-05-15 10:10", "Mocha leaves trail of destruction in Myanmar's Rakhine",
      ["Aid agencies said Cyclone Mocha had flattened shelters in camps for displaced people around Sittwe and cut communications across much of Rakhine state."],
      "cyclone-mocha-aftermath-2023", n="Tropical cyclone."),
  ]))

SEEDS.append(dict(id="6534", name="6534_dravelin-roundup", ext="txt", source="Dravelin Monitor", zone="Europe/Warsaw", render=r_dravelin,
  title="Monday briefing: Ukraine and the region", dateline="15.05.2023 19:30", byline="Piotr Zarembski",
  lede="The main things to know this evening:", tail="The briefing returns tomorrow at 19:30.",
  notes="Invented outlet. Text round-up: four paragraphs with NO headlines and no times of their own under one dateline '15.05.2023 19:30' (Warsaw, CEST = "
        "UTC+2) and one byline. One entry per paragraph: headline null, stamp null, published = the dateline, page byline as author. " + D2,
  not_entries=["outlet name and tagline", "title line", "dateline/byline line", "intro 'The main things to know this evening:'", "closing line 'The briefing returns tomorrow at 19:30.'", "footer"],
  entries=[
  E("2023-05-15 19:30", None,
    ["In Kostiantynivka, where rockets struck the town centre on Sunday, officials put the final death toll at six and declared a day of mourning."],
    "strikes", "strikes", 3, KOST, a="Piotr Zarembski", n="Continuation of the day-1 story (final toll, mourning): keeps the day-1 slug."),
  E("2023-05-15 19:30", None,
    ["Britain said it would send Ukraine hundreds of air defence missiles and long-range drones, as Rishi Sunak hosted Volodymyr Zelensky outside London."],
    "aid", "aid", 3, UK, a="Piotr Zarembski"),
  E("2023-05-15 19:30", None,
    ["Poland's agriculture minister said talks with Kyiv on moving Ukrainian grain through Polish ports were going well, weeks after Warsaw briefly banned imports to protect its farmers."],
    "diplomacy", "diplomacy", 2, "poland-ukraine-grain-transit-talks-2023-05", a="Piotr Zarembski", n="Bilateral trade dispute linked to the war -> diplomacy."),
  E("2023-05-15 19:30", None,
    ["Polish prosecutors charged a Belarusian man with spying on military transports heading to Ukraine, the national prosecutor's office said."],
    "other", "security", 2, "poland-belarusian-spy-charged-2023-05", a="Piotr Zarembski"),
  ]))


# ============================================================ PART B, day 3: 2023-06-25 (UTC)
D3 = "Day 3 (2023-06-25 UTC): 6540, 6541, 6542, 6543."
ZAP = "zaporizhzhia-missile-strike-2023-06-25"
PRIG = "prigozhin-belarus-exile-deal-2023-06"
BLINK = "blinken-cracks-remarks-2023-06-25"
ZNPP = "zelensky-znpp-sabotage-warning-2023-06"

SEEDS.append(dict(id="6540", name="6540_quellbrook-worldrss", ext="xml", source="Quellbrook World Desk", zone="America/New_York", render=r_rss_world, rfc="offset",
  title="Quellbrook World Desk", url="https://quellbrook.example", lede="Top international stories from the Quellbrook World Desk",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate with -0400 (New York, EDT); no authors. Four of six items are off-beat "
        "(Greek and Guatemalan elections, submersible inquiry, heat wave). " + D3,
  not_entries=["channel title/link/description", "<category>/<guid> values"],
  entries=[
  OFF("2023-06-25 19:20", "Greek conservatives win repeat election with outright majority",
      ["Former prime minister Kyriakos Mitsotakis's New Democracy party won Sunday's repeat election in Greece by a wide margin, securing enough seats to govern alone."],
      "greece-repeat-election-2023", n="Greek election."),
  E("2023-06-25 17:05", "Prigozhin out of sight as deal sends him to Belarus",
    ["The Wagner chief, who led an armed revolt against Russia's military leadership on Saturday, had not been seen in public since leaving Rostov-on-Don late that night under a deal brokered by Belarus's Alexander Lukashenko."],
    "other", "politics", 3, PRIG, n="Russian domestic crisis after the mutiny -> other/politics."),
  OFF("2023-06-25 14:30", "Guatemalans vote amid anger over corruption",
      ["Voters in Guatemala chose a new president and congress on Sunday after several leading candidates were barred from running."],
      "guatemala-election-2023", n="Guatemalan election."),
  E("2023-06-25 11:10", "Russian strike on Zaporizhzhia kills four",
    ["A Russian missile hit a residential neighbourhood of Zaporizhzhia on Sunday morning, killing four people and wounding 11, Ukrainian officials said."],
    "strikes", "strikes", 3, ZAP),
  OFF("2023-06-25 08:45", "Inquiries open into Titan submersible implosion",
      ["Canadian and US officials said they were beginning investigations into the loss of the Titan submersible, which imploded on a dive to the Titanic wreck with five people aboard."],
      "titan-submersible-inquiry-2023", n="Maritime accident."),
  OFF("2023-06-25 06:00", "Heat wave tightens grip on Texas and Mexico",
      ["Record temperatures persisted across Texas and northern Mexico, and grid operators urged residents to save electricity during the afternoon peak."],
      "texas-mexico-heat-wave-2023", n="Weather."),
  ]))

SEEDS.append(dict(id="6541", name="6541_ardlow-textlive", ext="txt", source="Ardlow Ledger", zone="Europe/Kyiv", render=r_ardlow,
  title="Live: Russia after the mutiny; Zaporizhzhia hit", parse_args=["--date", "2023-06-25"],
  notes="Invented outlet. Text live blog, OLDEST FIRST. Date header 'Sunday, 25 June' with NO year anywhere (parse_args --date 2023-06-25). Each post: "
        "headline, body, then a trailing stamp line 'Posted 08:10 \u00b7 NAME' AFTER the body (Kyiv time, EEST = UTC+3, as the page says). Entry 02 is a "
        "'Pictured:' teaser without body or author. Entry 08 repeats entry 05 nearly verbatim (duplicate_of 6541-05). Zaporizhzhia toll grows from two "
        "(01) to four (06). The nuclear-plant warning (04) is a different event from the missile strike in the same city. " + D3,
  not_entries=["masthead and menu line", "title", "date header 'Sunday, 25 June'", "note 'Times are Kyiv time'", "'Posted HH:MM \u00b7 NAME' lines (stamp and author of the post above)",
               "supporter plug after entry 04", "closing 'That's all for today' and footer"],
  entries=[
  E("2023-06-25 08:10", "Missile strike on Zaporizhzhia: two dead",
    ["A Russian missile struck a residential area of Zaporizhzhia early on Sunday, killing two people, the head of the regional military administration said.",
     "Several houses were destroyed and a nearby school lost its windows."],
    "strikes", "strikes", 3, ZAP, a="Oksana Halych"),
  E("2023-06-25 09:30", "Pictured: rescuers at the site in Zaporizhzhia", [], "strikes", "strikes", 1, ZAP, n="Photo teaser without body -> importance 1."),
  E("2023-06-25 10:45", "Kherson: one killed in morning shelling",
    ["Russian shelling killed a 58-year-old man in Kherson's Korabelnyi district, local officials reported."],
    "strikes", "strikes", 3, "kherson-shelling-2023-06-25", a="Oksana Halych", n="Deadly shelling -> 3; must not merge with the Zaporizhzhia strike."),
  E("2023-06-25 12:20", "Zelensky repeats warning over nuclear plant",
    ["President Volodymyr Zelensky said in a video statement that Russia had not dropped plans for what he called a radiation provocation at the occupied Zaporizhzhia nuclear plant, and urged international monitors to inspect the site."],
    "other", "security", 3, ZNPP, a="Denys Koval", n="Nuclear-safety/sabotage warning -> other/security; two day-3 seeds (6541, 6543) -> 3; same city as the strike but a different event."),
  E("2023-06-25 14:05", "Blinken says Wagner revolt exposed cracks in Putin's authority",
    ["US Secretary of State Antony Blinken said on Sunday television programmes that the weekend mutiny had exposed cracks in Vladimir Putin's authority that did not exist before the invasion."],
    "diplomacy", "diplomacy", 3, BLINK, a="Denys Koval", n="Foreign minister's public statement -> diplomacy; separate story from the Prigozhin deal."),
  E("2023-06-25 16:40", "Zaporizhzhia toll rises to four",
    ["Two more bodies were recovered from the rubble in Zaporizhzhia, bringing the number of dead to four, emergency services said."],
    "strikes", "strikes", 3, ZAP, a="Oksana Halych"),
  E("2023-06-25 18:30", "Army reports progress near Krasnohorivka",
    ["The general staff said Ukrainian units had repelled several assaults near Krasnohorivka and advanced slightly south of the village in the Donetsk region."],
    "other", "frontline", 2, "krasnohorivka-fighting-2023-06-25", a="Denys Koval"),
  E("2023-06-25 19:10", "Blinken says Wagner revolt exposed cracks in Putin's rule",
    ["US Secretary of State Antony Blinken said on Sunday television programmes that the weekend mutiny exposed cracks in Vladimir Putin's authority that did not exist before the invasion."],
    "diplomacy", "diplomacy", 1, BLINK, a="Denys Koval", dup="6541-05", n="Near-verbatim repeat of 6541-05 -> importance 1."),
  ]))

SEEDS.append(dict(id="6542", name="6542_vennick-ldlive", ext="html", source="Vennick Live", zone="Europe/London", render=r_vennick,
  title="Russia after the Wagner revolt: live", url="https://vennick.example/live/russia-wagner-aftermath", dateline="Sunday 25 June 2023",
  lede="The Wagner chief is heading to Belarus under a deal that ended Saturday's armed revolt. Follow the fallout here.",
  notes="Invented outlet. HTML live page, NEWEST FIRST. JSON-LD is an @graph with a WebPage node and a node whose @type is the array "
        "['NewsArticle','LiveBlogPosting']; its liveBlogUpdate items carry UTC 'Z' times. Visible stamps are '9.20am'-style UK times (BST = UTC+1) in "
        "<time datetime='...Z'>; the author's name follows the body. Spelling 'Zaporizhia'. Entry 02 is the day's theme piece (analysis). " + D3,
  not_entries=["masthead and menu", "title", "dateline 'Sunday 25 June 2023'", "standfirst", "author lines after posts", "newsletter promo", "footer"],
  entries=[
  E("2023-06-25 19:05", "Moscow eases emergency security measures",
    ["Road checkpoints set up around Moscow during Saturday's revolt were being dismantled, and the city's mayor said restrictions on public events would be lifted gradually."],
    "other", "security", 2, "moscow-security-measures-eased-2023-06-25", a="Tom Ashdown", n="Same theme as the Prigozhin deal but a different development: must not merge."),
  E("2023-06-25 16:30", "Analysis: what the Wagner revolt means for the front",
    ["For Ukrainian commanders, the most immediate question is whether the turmoil in Moscow will weaken the Russian units defending the south.",
     "So far there is little sign of that on the ground, but any purge of officers who sympathised with Wagner could unsettle a command structure that is already under strain."],
    "other", "frontline", 2, "analysis-wagner-revolt-front-impact", a="Grace Pellow", n="Theme piece (analysis with body): own story, importance 2."),
  E("2023-06-25 14:15", "Blinken: revolt exposed cracks in Putin's authority",
    ["America's top diplomat said the Wagner mutiny raised questions that Putin would have to answer in the weeks ahead, while stressing that Washington had played no part in it."],
    "diplomacy", "diplomacy", 3, BLINK, a="Tom Ashdown"),
  E("2023-06-25 12:40", "Wagner fighters return to bases as Prigozhin heads for Belarus",
    ["Wagner units that had marched towards Moscow returned to their field camps overnight, and the Kremlin said Yevgeny Prigozhin would go to Belarus while the criminal case against him would be dropped."],
    "other", "politics", 3, PRIG, a="Tom Ashdown"),
  E("2023-06-25 10:00", "Zaporizhia: three dead after morning missile strike",
    ["The toll from a missile strike on a residential district of Zaporizhia has risen to three, regional officials said, with several people still believed to be under the debris."],
    "strikes", "strikes", 3, ZAP, a="Grace Pellow", n="Spelling variant Zaporizhia; toll three."),
  E("2023-06-25 08:20", "Deputy defence minister reports gains near Bakhmut",
    ["Hanna Maliar said Ukrainian troops had advanced on the southern flank of Bakhmut and were keeping up pressure on Russian positions there."],
    "other", "frontline", 2, "bakhmut-southern-flank-2023-06-25", a="Grace Pellow", n="Must not merge with the Krasnohorivka report (6541-07): same theme, different sector."),
  ]))

SEEDS.append(dict(id="6543", name="6543_pellgarth-article", ext="txt", source="Pellgarth Journal", zone="Europe/Vilnius", render=r_article,
  title="After the mutiny: Vilnius watches Belarus as Ukraine counts its dead", byline="R\u016bta Kalvait\u0117", dateline="25 June 2023, 20:15 EEST",
  crumbs="News \u203a Baltics \u203a Security", lede="Lithuania's leaders spent Sunday weighing what the Wagner revolt means for their borders.",
  tail="Read more: Lithuania's defence budget in numbers", footer="\u00a9 2023 Pellgarth Journal \u00b7 Contacts \u00b7 Privacy policy",
  notes="Invented outlet. Text article with three section headings; one entry per section, stamp null, published = the dateline '25 June 2023, 20:15 EEST' "
        "(Vilnius, UTC+3); page byline as author. Section 2 spells the city 'Zaporozhye' (Russian form). Sections 2 and 3 concern the same city but "
        "different events. " + D3,
  not_entries=["outlet name and breadcrumb", "title line", "byline and dateline lines", "lede paragraph", "'Read more: ...' link", "footer line"],
  entries=[
  E("2023-06-25 20:15", "Prigozhin bound for Belarus",
    ["The Kremlin's confirmation that Yevgeny Prigozhin will move to Belarus under the deal that ended Saturday's revolt prompted Lithuania to announce tighter surveillance along its Belarusian border.",
     "Officials in Vilnius said they were watching for any Wagner fighters who might follow him."],
    "other", "politics", 3, PRIG, a="R\u016bta Kalvait\u0117", sec=["diplomacy"]),
  E("2023-06-25 20:15", "Deadly strike in Zaporozhye",
    ["A missile attack on a residential area of Zaporozhye in south-eastern Ukraine killed four people on Sunday, according to Ukraine's emergency service."],
    "strikes", "strikes", 3, ZAP, a="R\u016bta Kalvait\u0117", n="Spelling variant Zaporozhye."),
  E("2023-06-25 20:15", "Nuclear plant fears",
    ["Ukraine's president renewed his warning that Russian forces could stage an incident at the Zaporizhzhia nuclear power plant, which Moscow's troops have held since March 2022."],
    "other", "security", 3, ZNPP, a="R\u016bta Kalvait\u0117"),
  ]))


# ============================================================ emit
BASIS = {
  "r_knox": "no per-section time; the page line prints 'Published 6:02 a.m. ET Feb. 5, 2023 | Updated 1:47 p.m. ET Feb. 5, 2023'; the Updated time (EST = UTC-5) is used for every section (README convention)",
  "r_tfp": "relative stamp '{s}' resolved against the header date 'Saturday, March 4' (no year printed; parse_args --date 2023-03-04); Eastern time implied by the outlet, EST = UTC-5",
  "r_alcom": "pubDate '{s}' (explicit +0000); published_local shown in Alabama time (CDT = UTC-5)",
  "r_wichita": "visible stamp '{s}' (no zone, no date) with <time datetime> and JSON-LD datePublished giving {d} -05:00; Central time implied by the outlet (CDT = UTC-5)",
  "r_peoria": "no per-item time; the page line 'Published 5:02 p.m. CT March 26, 2023' (CDT = UTC-5) used for every item",
  "r_duluth": "weekday stamp '{s}' resolved against the page date 'April 30, 2023' (a Sunday), giving {d}; Central time implied by the outlet (CDT = UTC-5)",
  "r_forum": "stamp '{s}' under the day header for {d} (no year printed; parse_args --date 2023-06-11); CDT = UTC-5",
  "r_billings": "relative stamp '{s}' whose <time datetime> gives {d} -06:00 (MDT); the relative texts agree with a capture at about 6:45 p.m. MDT on 28 May",
  "r_roanoke": "pubDate '{s}' (explicit -0400, EDT)",
  "r_savannah": "stamp '{s}' after the headline; date from the page line 'Published 6:30 a.m. ET April 24, 2023 | Updated 7:05 p.m. ET April 24, 2023'; EDT = UTC-4",
  "r_fennock": "stamp '{s}' before the headline, on the page date {d}; BST = UTC+1",
  "r_esklow": "stamp '{s}' in <time datetime> (+03:00) on {d}; JSON-LD update datePublished agrees; Kyiv EEST = UTC+3",
  "r_rss_world": "pubDate '{s}' (explicit zone)",
  "r_article": "no per-section time; the article dateline ({d}, {z}) used for every section",
  "r_tolvane": "<published> '{s}' (explicit +03:00)",
  "r_loirette": "stamp '{s}' under the French date header 'Lundi 15 mai 2023'; Paris CEST = UTC+2",
  "r_dravelin": "no per-item time; the dateline '15.05.2023 19:30' (Warsaw, CEST = UTC+2) used for every item",
  "r_ardlow": "trailing stamp '{s}' after the body, under the date header 'Sunday, 25 June' (no year printed; parse_args --date 2023-06-25); Kyiv EEST = UTC+3",
  "r_vennick": "stamp '{s}' in <time datetime> (UTC 'Z') on {d}; JSON-LD update datePublished agrees; BST = UTC+1",
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
                         "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M"), z=S["zone"]),
                         "author": e["a"],
                         "first_sentence": first_sentence(e["p"][0]) if e["p"] else None,
                         "body_paragraphs": len(e["p"]),
                         "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                         "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"],
                         "notes": e["n"]})
        title = S.get("title") if rname not in ("r_billings",) else "World News"
        gold = {"seed": fn, "source": S["source"], "page_title": title, "page_timezone": S["zone"]}
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

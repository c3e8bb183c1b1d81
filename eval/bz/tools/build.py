#!/usr/bin/env python3
"""Builds eval/bz seeds and gold files from one hand-written data table (below).
All news text was written by the blind tester (invented or paraphrased, own wording); Part B outlets are invented.
Deterministic. Run from the project root: python3 eval/bz/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None):
    """t: local time 'YYYY-MM-DD HH:MM' in the page zone; h: headline or None; p: body paragraphs;
    dup: two-digit number of the earlier entry (same seed) this one repeats."""
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019\']?(?=\s+[A-Z0-9"\u201c\u2018\']|$)', par)
    return par[:m.end()] if m else par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", upper=False):
    hh = d.hour % 12 or 12
    suf = "am" if d.hour < 12 else "pm"
    return f"{hh}{sep}{d.minute:02d}{suf.upper() if upper else suf}"


def acm_date(d):  # ACM: "February 23 2023 - 8:40am"
    return f"{MONTHS[d.month - 1]} {d.day} {d.year} - {ampm(d)}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def ld(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + "</script>"


def slug(h):
    return re.sub(r"[^a-z0-9]+", "-", (h or "update").lower()).strip("-")[:60]


# ============================================================ Part A renderers (layouts of real outlets; wording my own)

ACM_NAV = ["News", "Sport", "Comment", "Lifestyle", "Property", "Jobs", "Classifieds", "Obituaries", "Puzzles", "Today's Paper"]


def r_acm_article(S):  # ACM masthead (Western Advocate) world article scraped as text; sections; "Updated ... first published 10:20pm"
    L = ["Skip to content", S["source"], "Subscribe", "Log in", ""] + ACM_NAV + ["", S["weather"], "", "Advertisement", "", "World", "",
         S["title"], "", S["standfirst"], "", f"By {S['byline']}", S["updated"], "", "Share", "", S["caption"], ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["Advertisement", ""]
    L += [S["credit"], "", f"Get the latest {S['town']} news delivered to your inbox", "Sign up for our newsletter to stay up to date.",
          "We care about the protection of your data. Read our Privacy Policy.", "", "Advertisement", "", "More from World"] + S["related"] + [
          "", "0 comments", "", S["source"], "Australian Community Media", "About Us  Contact Us  Conditions of Use  Privacy Policy  Advertise with Us"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def acm_header(S):
    return ('<header class="masthead"><a class="skip" href="#main">Skip to content</a><a class="logo" href="/">' + esc(S["source"]) + '</a>'
            '<nav class="primary">' + "".join(f'<a href="/{slug(x)}/">{esc(x)}</a>' for x in ACM_NAV) + '</nav>'
            '<a class="btn" href="/subscribe/">Subscribe</a> <a class="btn" href="/login/">Log in</a></header>')


def r_acm_topic(S):  # ACM topic page (Central Western Daily), HTML cards newest first; "February 23 2023 - 8:40am"; byline per card
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en-AU"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]} | {S["place"]}</title>',
           ld({"@context": "https://schema.org", "@type": "CollectionPage", "name": S["title"], "url": S["url"],
               "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}}), '</head><body>',
           '<div class="cookie-notice">This site uses cookies to give you a better experience. <button>OK</button></div>', acm_header(S),
           '<main id="main"><p class="section-label">Topic</p>', f'<h1>{esc(S["title"])}</h1>', '<div class="story-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = acm_date(d); stamps.append(st)
        out.append(f'<article class="story-card"><a href="/story/{8061200 + i * 37}/{slug(e["h"])}/"><h3>{esc(e["h"])}</h3></a>')
        out += [f'<p class="summary">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<div class="meta"><span class="byline">By {esc(e["a"])}</span> <span class="time">{st}</span></div></article>')
        if i == 2:
            out.append('<div class="newsletter-signup"><h4>Get the latest Orange news delivered to your inbox</h4><p>Sign up for our newsletter to stay up to date.</p>'
                       '<input type="email" placeholder="Your email address"> <button>Sign up</button></div>')
        if i == 4:
            out.append('<div class="ad">Advertisement</div>')
    out += ['</div><button class="load-more">Load more stories</button></main>',
            f'<footer><p>{esc(S["source"])}</p><p>Australian Community Media</p><a>About Us</a> <a>Contact Us</a> <a>Conditions of Use</a> <a>Privacy Policy</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_acm_live_newest(S):  # ACM live coverage (The Border Mail), HTML, newest first, day dividers without year, "10.42pm" ABOVE the h3, per-post authors, Key points, LiveBlogPosting JSON-LD
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        who = {"@type": "Organization", "name": e["a"]} if e["a"] in ("AAP", "Reuters") else {"@type": "Person", "name": e["a"]}
        ups.append({"@type": "BlogPosting", "@id": f'{S["url"]}#post-{len(S["entries"]) - i}', "headline": e["h"], "datePublished": d.isoformat(),
                    "author": who, "articleBody": " ".join(e["p"])})
    times = sorted(dt(e["t"], z) for e in S["entries"])
    out = ['<!DOCTYPE html>', '<html lang="en-AU"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]} | {S["place"]}</title>',
           ld({"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"], "datePublished": times[0].isoformat(),
               "dateModified": times[-1].isoformat(), "coverageStartTime": times[0].isoformat(), "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]},
               "liveBlogUpdate": ups}), "</head><body>", acm_header(S),
           '<main id="main"><p class="kicker">Live</p>', f'<h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["standfirst"])}</p>',
           f'<p class="updated">{esc(S["updated"])}</p>', '<div class="share">Share <a>Facebook</a> <a>Twitter</a> <a>Email</a> <a>Copy link</a></div>',
           '<section class="key-points"><h2>Key points</h2><ul>'] + [f"<li>{esc(e['h'])}</li>" for e in S["entries"] if e["kp"]] + ["</ul></section>", '<div class="live-posts">']
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); day = f"{DAYS_EN[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"
        if day != cur:
            cur = day; out.append(f'<h4 class="day-divider">{day}</h4>')
        st = ampm(d, sep="."); stamps.append(st)
        out.append(f'<div class="live-post" id="post-{len(S["entries"]) - i}"><div class="post-time">{st}</div><h3>{esc(e["h"])}</h3><p class="post-author">By {esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
        if i == 3:
            out.append('<div class="ad">Advertisement</div>')
    out += ['</div></main><aside class="more"><h4>More from National</h4><a href="/story/1/">Murray River levels expected to peak this weekend</a></aside>',
            f'<footer><p>{esc(S["source"])}</p><p>Australian Community Media</p><a>Conditions of Use</a> <a>Privacy Policy</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_thewest(S):  # The West Australian network (Geraldton Guardian) topic page, text scrape; headline, standfirst, agency, "Mon, 1 May 2023 9:42PM" AFTER the text
    z = S["zone"]
    L = ["Skip to main content", "The West Australian", S["source"], "Subscribe", "Log in", "Search", "",
         "Local News  Sport  Community  Business  Opinion  Lifestyle  Classifieds  Puzzles  Today's Paper", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{d.strftime('%a')}, {d.day} {MONTHS[d.month - 1]} {d.year} {ampm(d, upper=True)}"; stamps.append(st)
        L += ["Russia-Ukraine War", e["h"]] + e["p"] + [e["a"], st, ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Load more", "", "Our Network", "The West Australian  PerthNow  Albany Advertiser  Kalgoorlie Miner  Broome Advertiser  Pilbara News", "",
          "Privacy Policy  Terms of Use  Editorial Code  Contact Us", "\u00a9 West Australian Newspapers Limited"]
    return "\n".join(L) + "\n", stamps


def r_acm_rss(S):  # ACM (Bunbury Mail) RSS 2.0: GMT pubDate, dc:creator, CDATA HTML description, media:content
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
           "<channel>", f"<title>{esc(S['title'])}</title>", f"<link>{S['url']}</link>", f"<description>{esc(S['desc'])}</description>",
           "<language>en-au</language>", f"<lastBuildDate>{S['build']}</lastBuildDate>", f'<atom:link href="{S["url"]}rss.xml" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], z).astimezone(UTC); st = u.strftime("%a, %d %b %Y %H:%M:%S GMT"); stamps.append(st)
        link = f"https://www.bunburymail.com.au/story/{8127040 + i * 113}/{slug(e['h'])}/"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{link}</link>", f'<guid isPermaLink="true">{link}</guid>',
                f"<dc:creator>{esc(e['a'])}</dc:creator>", f"<pubDate>{st}</pubDate>", "<category>World</category>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>",
                f'<media:content url="https://www.bunburymail.com.au/images/transform/v1/crop/frm/{i + 41}Ukr/{slug(e["h"])[:20]}.jpg/r0_0_3000_2000_w1200_h678_fmax.jpg" medium="image"/>',
                "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


NC_NAV = ["News", "Sport", "Real Estate", "Business", "Lifestyle", "Puzzles", "My News"]


def r_newscorp_live(S):  # News Corp regional (Sunshine Coast Daily) live coverage, HTML, newest first, <time> "5.42pm" above the h2, author under it; LiveBlogPosting JSON-LD
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "headline": e["h"], "datePublished": d.isoformat(), "author": {"@type": "Person", "name": e["a"]},
                    "articleBody": "\n".join(e["p"])})
    times = sorted(dt(e["t"], z) for e in S["entries"])
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           ld({"@context": "http://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "datePublished": times[0].isoformat(),
               "dateModified": times[-1].isoformat(), "coverageStartTime": times[0].isoformat(), "liveBlogUpdate": ups,
               "publisher": {"@type": "Organization", "name": S["source"]}}), "</head><body>",
           f'<header><a class="logo" href="/">{esc(S["source"])}</a><nav>' + "".join(f"<a>{x}</a>" for x in NC_NAV) + '</nav><a class="subscribe">Subscribe</a> <a>Log in</a></header>',
           '<main><div class="breadcrumb"><a>World</a> <a>Russia and Ukraine</a></div>', f'<h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["standfirst"])}</p>',
           f'<div class="byline">{esc(S["byline"])}</div><div class="network">News Corp Australia Network</div>',
           f'<div class="dates"><span>{esc(S["published_line"])}</span> <span>{esc(S["updated"])}</span></div>',
           '<div class="tools"><a>Share</a> <a>34 comments</a></div>',
           '<p class="follow">Don\u2019t miss out on the headlines from Russia and Ukraine. Followed categories will be added to My News.</p>', '<div class="live-feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        out.append(f'<article class="live-post"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2><p class="post-author">{esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</article>")
        if i == 2:
            out.append('<div class="ad-slot">Advertisement</div>')
    out += ['</div></main><section class="related"><h3>More related stories</h3><a>Noosa council votes on new parking plan</a></section>',
            '<footer>Sunshine Coast Daily \u00b7 Contact us \u00b7 Standards of Practice \u00b7 Privacy Policy \u00b7 Terms of Use</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_newscorp_timeline(S):  # News Corp regional (Fraser Coast Chronicle) timeline article, text scrape; NO headlines; "6.05pm" line above each paragraph group; oldest first; no year
    z = S["zone"]
    L = [S["source"], "Subscribe", "Log in", ""] + NC_NAV + ["", "World", "Russia and Ukraine", "", S["title"], "", S["standfirst"], "",
         S["byline"], "News Corp Australia Network", "3 min read", "Follow", "Share", "12 comments", "",
         "Don\u2019t miss out on the headlines from Russia and Ukraine. Followed categories will be added to My News.", ""] + ptxt(S["lede"]) + [S["dayline"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        L += [st] + ptxt(e["p"])
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Join the conversation", "", "More related stories"] + S["related"] + ["", "Fraser Coast Chronicle  Contact us  Privacy Policy  Terms of Use"]
    return "\n".join(L) + "\n", stamps


def r_acm_live_oldest(S):  # ACM live (Port Macquarie News), HTML, OLDEST first; stamp "7.20pm" AFTER the h3; one page byline; NewsArticle JSON-LD (page level only)
    z = S["zone"]; first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en-AU"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]} | {S["place"]}</title>',
           ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": first.isoformat(), "dateModified": last.isoformat(),
               "author": [{"@type": "Person", "name": S["byline"]}], "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}}), "</head><body>", acm_header(S),
           '<main id="main"><p class="kicker">Live</p>', f'<h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["standfirst"])}</p>',
           f'<p class="byline">By {esc(S["byline"])}</p><p class="updated">{esc(S["updated"])}</p>', f'<p class="dateline"><strong>{esc(S["dayline"])}</strong></p>',
           '<p class="note"><em>Updates appear in the order they were posted, oldest first.</em></p>', '<div class="live-posts">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        out.append(f'<div class="live-post"><h3>{esc(e["h"])}</h3><p class="posted"><time>{st}</time></p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<div class="post-share">Share this update</div></div>')
        if i == 2:
            out.append('<div class="newsletter-signup"><h4>Get the latest Port Macquarie news delivered to your inbox</h4><p>Sign up for our newsletter to stay up to date.</p></div>')
    out += ['</div></main>', f'<footer><p>{esc(S["source"])}</p><p>Australian Community Media</p><a>Conditions of Use</a> <a>Privacy Policy</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_stuff_rss(S):  # Stuff (Marlborough Express) RSS 2.0: NZ offset pubDate (+1200 after DST ended), entity-escaped HTML description, enclosure, no authors
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', "<channel>",
           f"<title>{esc(S['title'])}</title>", f"<link>{S['url']}</link>", f"<description>{esc(S['desc'])}</description>",
           "<language>en-nz</language>", "<copyright>Stuff Limited</copyright>", f'<atom:link href="{S["url"]}/rss" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        aid = 131640217 + i * 911
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://www.stuff.co.nz/world/europe/{aid}/{slug(e['h'])}</link>",
                "<description>" + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</description>",
                f"<pubDate>{st}</pubDate>", f'<guid isPermaLink="false">{aid}</guid>',
                f'<enclosure url="https://resources.stuff.co.nz/content/dam/images/4/z/{aid}.jpg" length="0" type="image/jpeg"/>', "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_nzh_live(S):  # NZ Herald regional (Northern Advocate) live updates, text scrape; newest first; "9.40am" above headline; day dividers "Wednesday 24 May"; agency credit "– AP" after body; no year
    z = S["zone"]
    L = ["Skip to main content", "NZ Herald", S["source"], "Subscribe", "Sign in", "",
         "Latest news  Northland  New Zealand  World  Business  Sport  Entertainment  Lifestyle  Opinion", "", "World", "", S["title"], "",
         S["updated"], "", "Share", "", "Live updates", ""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); day = f"{DAYS_EN[d.weekday()]} {d.day} {MONTHS[d.month - 1]}"
        if day != cur:
            cur = day; L += [day, ""]
        st = ampm(d, sep="."); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"]) + [f"\u2013 {e['a']}", ""]
        if i in (1, 4):
            L += ["Advertisement", "Advertise with NZME.", ""]
    L += ["Read more", "Russia-Ukraine war: what we know so far", "", "NZ Herald  About NZ Herald  Contact us  Help & support  Privacy policy  Terms of use"]
    return "\n".join(L) + "\n", stamps


# ============================================================ Part B renderers (invented outlets)

def r_aldervane(S):  # text live, newest first; "2.35pm GMT" line ABOVE the headline; "— NAME" after the body; Key Points
    z = S["zone"]
    L = ["ALDERVANE COURIER", "News | World | Business | Culture | Sport | Newsletters", "", S["title"], S["dateline"], "",
         "Key Points"] + [e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, sep='.')} GMT"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"\u2014 {e['a']}", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Show older updates", "", "Aldervane Courier \u00b7 About \u00b7 Complaints \u00b7 Privacy \u00b7 Cookie preferences"]
    return "\n".join(L) + "\n", stamps


def r_corrimoor(S):  # HTML live, OLDEST first; <time datetime> HH:MM ABOVE the h3; author line after the body; LiveBlogPosting JSON-LD with per-update times
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#u{i + 1}", "headline": e["h"], "datePublished": d.isoformat()}
        if e["p"]:
            u["articleBody"] = "\n\n".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    times = sorted(dt(e["t"], z) for e in S["entries"])
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} \u2013 {S['source']}</title>",
           ld({"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": times[0].isoformat(),
               "dateModified": times[-1].isoformat(), "coverageStartTime": times[0].isoformat(), "liveBlogUpdate": ups}), "</head><body>",
           f'<header><span class="brand">{S["source"]}</span> <nav><a>Front page</a> <a>War in Ukraine</a> <a>Europe</a> <a>Opinion</a> <a>Support us</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="tz">{esc(S["tznote"])}</p>', '<div class="feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="upd" id="u{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="author">{esc(e["a"])}</p>')
        out.append('<div class="share"><a>Copy link</a> <a>Share</a></div></article>')
    out += ['</div></main>', f'<footer>{S["source"]} \u00b7 Editorial standards \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss_world(S):  # RSS 2.0 general world feed; pubDate in the outlet's offset (S['rfc'] = 'GMT' or '+hhmm'); CDATA paragraphs; no authors
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0"><channel>', f"<title>{esc(S['title'])}</title>",
           f"<link>{S['url']}</link>", f"<description>{esc(S['desc'])}</description>", "<language>en</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if S["rfc"] == "GMT" else d.strftime("%z")); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/news/{7100 + i * 3}</link>", f'<guid isPermaLink="false">{S["url"]}/news/{7100 + i * 3}</guid>',
                f"<pubDate>{st}</pubDate>", f"<category>{e.get('cat') or ('Europe' if e['sub'] != 'unrelated' else 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel></rss>"]
    return "\n".join(out) + "\n", stamps


def r_atom(S):  # Atom 1.0, newest first; <published> in the outlet's offset ('Z' for UTC); escaped HTML content; per-entry author
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           f"<subtitle>{esc(S['desc'])}</subtitle>", f'<link href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>', f"<id>{S['url']}/</id>",
           f"<updated>{max(dt(e['t'], z) for e in S['entries']).isoformat().replace('+00:00', 'Z')}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat().replace("+00:00", "Z"); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="{S["url"]}/a/{5230 + i * 7}"/>', f"<id>tag:{S['url'][8:]},2023:{5230 + i * 7}</id>",
                f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        if e["p"]:
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_textarticle(S):  # text article: title, byline, dateline with time and zone, lede, one section heading per entry; stamp null
    L = [S["source"].upper(), S["menu"], "", S["kicker"], S["title"], "", f"By {S['byline']}", S["dateline"], "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Share: Email | X | Facebook | LinkedIn", "Related: " + S["more"], "", S["footer"]]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_inchbrae(S):  # text live, OLDEST first; date line without year; bare "08:10" line ABOVE the headline; "By NAME" line after the headline
    z = S["zone"]
    L = ["Inchbrae Herald", "Home  World  Central Europe  Economy  Opinion  Podcasts", "", S["title"], S["dateline"], S["tznote"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"]] + ([f"By {e['a']}"] if e["a"] else []) + [""] + ptxt(e["p"])
        if i == 1:
            L += ["Subscribe to the Inchbrae Herald morning briefing", ""]
    L += ["This live page is now closed. Coverage continues tomorrow.", "Inchbrae Herald \u00b7 Contact \u00b7 Corrections \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_htmlarticle(S):  # HTML article with h2 sections + NewsArticle JSON-LD; dateline with zone; stamp null
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>",
           ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(), "dateModified": d0.isoformat(),
               "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": S["source"]}, "description": S["lede"]}),
           "</head><body>", f'<header>{S["source"]} <nav><a>News</a> <a>World</a> <a>Ukraine</a> <a>Comment</a> <a>Newsletters</a></nav></header>',
           '<div class="consent">We and our partners use cookies. <button>Agree</button> <button>Options</button></div>',
           f"<article><h1>{esc(S['title'])}</h1>", f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="byline">By <a rel="author">{esc(S["byline"])}</a></p><p class="dateline">{esc(S["dateline"])}</p>']
    for e in S["entries"]:
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
    out += ['<div class="share">Share this article</div></article>', f'<aside class="related"><h3>More on this story</h3><a>{esc(S["more"])}</a></aside>',
            f'<footer>{S["source"]} \u00b7 Terms \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_nabsworth(S):  # text live, OLDEST first; headline, body, then trailing "Posted by NAME at 07:30 EEST" line (stamp AFTER the body)
    z = S["zone"]
    L = ["Nabsworth Daily", "Ukraine | Russia | Europe | Analysis | Newsletter", "", S["title"], S["dateline"], "", S["lede"], "", "Refresh for updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Posted by {e['a']} at {d:%H:%M} EEST"; stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [st, "", "Share  |  Copy link", ""]
        if i == 2:
            L += ["- Advertisement -", ""]
    L += ["Earlier coverage: Thursday's live page", "Nabsworth Daily \u00b7 Imprint \u00b7 Data protection"]
    return "\n".join(L) + "\n", stamps


def r_oxlode(S):  # HTML live without JSON-LD, newest first; <span class="stamp">07:20 CEST</span> ABOVE the h2; "By NAME" under it; Key Points box
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Oxlode Bulletin</title></head><body>",
           '<div id="cookies">This website uses cookies for analytics. <button>Accept</button> <button>Reject</button></div>',
           '<header>Oxlode Bulletin <nav><a>Home</a> <a>Europe</a> <a>Ukraine war</a> <a>Business</a> <a>Audio</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="lede">{esc(S["lede"])}</p>',
           '<div class="keypoints"><h2>Key Points</h2><ul>'] + [f"<li>{esc(e['h'])}</li>" for e in S["entries"] if e["kp"]] + ["</ul></div>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} CEST"; stamps.append(st)
        out.append(f'<section class="post"><span class="stamp">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="by">By {esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</section>")
        if i == 3:
            out.append('<aside class="read-also"><h3>Read also</h3><a>Who are the Wagner mercenaries?</a></aside>')
    out += ["</main><footer>Oxlode Bulletin \u00b7 Legal notice \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


# ============================================================ PART A: single pages (layouts of real outlets, own words)
SEEDS = []

SEEDS.append(dict(id="7900", name="7900_westernadvocate-article", ext="txt", source="Western Advocate", zone="Australia/Sydney", render=r_acm_article,
  title="Putin orders Christmas truce as allies line up armoured vehicles for Kyiv", town="Bathurst", weather="Bathurst 27\u00b0",
  standfirst="Ukraine's leaders brushed off the Kremlin's 36-hour ceasefire as a ploy, while Washington and Berlin moved to send infantry fighting vehicles for the first time.",
  byline="Marnie Cottrell", updated="Updated January 5 2023 - 11:48pm, first published 10:20pm", dateline_t="2023-01-05 22:20",
  caption="A priest blesses worshippers during a service at a church in Kyiv. Picture by Getty Images",
  credit="With Reuters, AAP", related=["Scores killed in New Year strike on Russian barracks, Moscow admits", "Kyiv residents light candles as power cuts drag on"],
  notes="Imitates an Australian Community Media (ACM) world article on the Western Advocate (Bathurst NSW), copied as plain text. One article with six section headings; per LABELS' article convention each section is one entry (headline = the section heading), stamp null. The only time printed is the article line 'Updated January 5 2023 - 11:48pm, first published 10:20pm'; every section gets the first-published time (10:20pm). No zone printed: ACM prints Sydney time (AEDT, UTC+11 in January), implied by the outlet's home, so 22:20 local = 11:20 UTC on 5 January. The page byline 'By Marnie Cottrell' is every section's author; the closing 'With Reuters, AAP' is an agency credit line, not an entry. Photo caption, newsletter box, 'More from World' links and footer are chrome.",
  not_entries=["skip link, masthead, 'Subscribe'/'Log in' and the menu lines", "weather line 'Bathurst 27\u00b0'", "'Advertisement' lines", "kicker 'World'",
               "article title and standfirst (page lede)", "byline 'By Marnie Cottrell' and the 'Updated ... first published 10:20pm' line", "'Share'",
               "photo caption 'A priest blesses worshippers ... Picture by Getty Images'", "agency credit 'With Reuters, AAP'",
               "newsletter box ('Get the latest Bathurst news ...', privacy line)", "'More from World' and its two related links", "'0 comments'", "footer lines"],
  entries=[
  E("2023-01-05 22:20", "Kremlin announces pause",
    ["Vladimir Putin has instructed Russia's defence minister to stop firing along the whole line of contact in Ukraine for 36 hours to mark Orthodox Christmas, the Kremlin said on Thursday.",
     "The pause is meant to run from midday on Friday until midnight on Saturday, Moscow time, and was announced hours after Patriarch Kirill, head of the Russian Orthodox Church, asked both sides to lay down their weapons for the holiday.",
     "Kremlin officials said they expected Ukrainian forces to hold fire as well so that believers could attend church services."],
    "diplomacy", "diplomacy", 3, "putin-orthodox-christmas-ceasefire-2023-01-05", a="Marnie Cottrell", n="Ceasefire order by a head of state -> diplomacy (ceasefire talk), importance 3."),
  E("2023-01-05 22:20", "Kyiv sees a trap",
    ["Ukrainian officials rejected the offer within hours, describing it as a cynical attempt to buy time for Russian units that have been losing ground in the east.",
     "A senior adviser to President Volodymyr Zelensky said a temporary truce could only be discussed once Russian troops had left the land they occupy.",
     "In his evening address, Zelensky said Moscow wanted to use the holiday as cover to halt Ukrainian advances and move more men and equipment towards the front."],
    "diplomacy", "diplomacy", 3, "putin-orthodox-christmas-ceasefire-2023-01-05", a="Marnie Cottrell", n="Kyiv's reaction to the truce order: same story."),
  E("2023-01-05 22:20", "Bradleys and Marders on the way",
    ["The United States and Germany will give Ukraine armoured infantry fighting vehicles after President Joe Biden and Chancellor Olaf Scholz agreed on the step in a phone call.",
     "Washington is preparing to put Bradley vehicles into its next weapons package, while Berlin said it would send Marder vehicles and a Patriot air defence battery.",
     "Officials in both capitals said training for Ukrainian crews would start within weeks."],
    "aid", "aid", 3, "us-germany-bradley-marder-pledge", a="Marnie Cottrell"),
  E("2023-01-05 22:20", "France opened the door",
    ["The joint announcement came a day after French President Emmanuel Macron promised AMX-10 RC wheeled reconnaissance vehicles, often described as light tanks.",
     "Kyiv has been asking for months for heavier Western armour, and officials there welcomed the French move as a breakthrough."],
    "aid", "aid", 2, "france-amx10-rc-pledge", a="Marnie Cottrell", n="The French pledge of the previous day, told as background: a separate decision, own story."),
  E("2023-01-05 22:20", "No let-up around Bakhmut",
    ["Heavy fighting went on around Bakhmut and Soledar in the Donetsk region, where Ukraine's general staff said Russian forces had launched more than a dozen assaults in a single day.",
     "Neither side's battlefield claims could be independently verified."],
    "other", "frontline", 2, "bakhmut-soledar-fighting-2023-01-05", a="Marnie Cottrell"),
  E("2023-01-05 22:20", "Ukrainians in Australia get more time",
    ["Closer to home, the federal government confirmed that Ukrainians who arrived on temporary humanitarian visas will be able to stay longer while the war continues.",
     "Several families who settled in the Bathurst region last year said the decision ended months of uncertainty about school enrolments and jobs.",
     "Community groups across the Central West have hosted more than a dozen Ukrainian households since the invasion began."],
    "other", "humanitarian", 2, "australia-ukrainian-visa-extension-2023-01", a="Marnie Cottrell", n="Refugee visas -> other/humanitarian."),
  ]))

SEEDS.append(dict(id="7901", name="7901_centralwesterndaily-topic", ext="html", source="Central Western Daily", zone="Australia/Sydney", render=r_acm_topic,
  title="Russia-Ukraine war", place="Orange, NSW", url="https://www.centralwesterndaily.com.au/topic/russia-ukraine-war/",
  notes="Imitates an ACM topic page (Central Western Daily, Orange NSW) as HTML: story cards newest first, each with an h3 headline link, one or two summary paragraphs and a meta line 'By AGENCY' plus 'February 23 2023 - 8:40am' (ACM date form, 12 h clock, no zone). Sydney time (AEDT, UTC+11) implied by the outlet. The cards run from the evening of 22 February to the morning of 23 February local time, which is all 22 February UTC (a local-midnight crossing between the Biden and Putin cards). JSON-LD is a CollectionPage without items. Cookie notice, newsletter box, 'Advertisement', 'Load more stories' and footer are chrome.",
  not_entries=["<title> and h1 'Russia-Ukraine war' (page title)", "cookie notice", "masthead, skip link, menu, 'Subscribe'/'Log in'", "label 'Topic'",
               "newsletter box after the third card", "'Advertisement' after the fifth card", "'Load more stories' button", "footer"],
  entries=[
  E("2023-02-23 08:40", "Kuleba urges UN members to back call for Russian withdrawal",
    ["Ukraine's foreign minister Dmytro Kuleba asked the UN General Assembly to endorse a resolution demanding that Russian forces leave Ukraine, as the assembly opened a two-day debate ahead of the anniversary of the invasion.",
     "A vote is expected late on Thursday, New York time."],
    "diplomacy", "diplomacy", 3, "unga-withdrawal-resolution-debate-2023-02", a="Reuters"),
  E("2023-02-23 07:15", "Orange's Ukrainian community plans anniversary vigil",
    ["Members of Orange's small Ukrainian community will gather in Robertson Park on Friday evening to mark one year since the full-scale invasion.",
     "Organisers said the vigil would include a minute's silence and the reading of names of relatives killed in the fighting."],
    "other", "humanitarian", 2, "orange-ukrainian-vigil-anniversary", a="Nadia Kerrigan", n="Local community response to the war -> other/humanitarian (closest subtopic)."),
  E("2023-02-23 01:40", "Putin tells stadium crowd Russia is fighting for its 'historical lands'",
    ["President Vladimir Putin told a flag-waving crowd at Moscow's Luzhniki stadium that Russian troops were fighting for the country's historical lands, a day after his annual address to parliament.",
     "State television showed soldiers who had served in Ukraine standing beside him on the stage."],
    "other", "politics", 2, "putin-luzhniki-rally-2023-02-22", a="AAP", n="Domestic rally -> other/politics."),
  E("2023-02-23 00:05", "Biden pledges to defend NATO's eastern flank",
    ["US President Joe Biden met the leaders of NATO's nine eastern member states in Warsaw and told them the alliance's promise of collective defence was unbreakable.",
     "The meeting of the so-called Bucharest Nine came a day after Biden's unannounced trip to Kyiv."],
    "diplomacy", "diplomacy", 3, "biden-bucharest-nine-warsaw", a="Associated Press"),
  E("2023-02-22 23:20", "China's top diplomat meets Putin in Moscow",
    ["Wang Yi, China's most senior foreign policy official, held talks with Vladimir Putin at the Kremlin, with both sides praising a partnership they said was aimed at no third country.",
     "Putin said he expected Chinese leader Xi Jinping to visit Russia, without naming a date."],
    "diplomacy", "diplomacy", 3, "wang-yi-putin-moscow-meeting", a="Reuters"),
  E("2023-02-22 20:30", "Two killed as shells hit Kherson",
    ["Russian shelling killed two people and wounded several others in the southern city of Kherson, the regional governor said.",
     "A bus stop and a residential block were hit in the afternoon barrage, local officials said."],
    "strikes", "strikes", 3, "kherson-shelling-2023-02-22", a="AAP", n="Deadly shelling -> importance 3."),
  E("2023-02-22 19:10", "Russian MPs vote to suspend nuclear arms treaty",
    ["Russia's lower house of parliament voted unanimously to suspend the country's participation in New START, the last remaining arms control pact with the United States.",
     "The vote followed Putin's announcement a day earlier, although Moscow said it would keep respecting the treaty's caps on warheads."],
    "diplomacy", "diplomacy", 3, "russia-suspends-new-start", a="Reuters", n="Treaty -> diplomacy."),
  ]))

SEEDS.append(dict(id="7902", name="7902_bordermail-live", ext="html", source="The Border Mail", zone="Australia/Sydney", render=r_acm_live_newest,
  title="Russia-Ukraine war live: Xi heads home as drones and missiles hit Ukrainian cities", place="Albury-Wodonga, VIC/NSW",
  url="https://www.bordermail.com.au/story/8134527/russia-ukraine-war-live/",
  standfirst="Follow our live coverage of the war in Ukraine, with updates from the newsroom and AAP.",
  updated="Updated March 23 2023 - 12:58am, first published March 22 2023 - 7:25pm",
  notes="Imitates an ACM live page on The Border Mail (Albury) as HTML. NEWEST FIRST. Day dividers without a year ('Thursday, March 23', 'Wednesday, March 22'); each post: a time 'h.mmpm' ABOVE the h3 headline, then 'By NAME' (reporter or AAP/Reuters), then the body. The page crosses local midnight: posts from 7.30pm on 22 March to 12.55am on 23 March Sydney time (AEDT, UTC+11), all 22 March UTC; the two posts after midnight sit under the 'Thursday, March 23' divider. The year is printed in the 'Updated March 23 2023 - 12:58am, first published March 22 2023 - 7:25pm' line and in the LiveBlogPosting JSON-LD (per-update datePublished with +11:00), so no parse_args. A 'Key points' box lists two exact post headlines (entries 07 and 04): key_point true for those.",
  not_entries=["masthead, skip link, menu, 'Subscribe'/'Log in'", "kicker 'Live'", "title and standfirst", "'Updated ... first published ...' line", "share links",
               "'Key points' heading and its two bullets (they point at posts, not separate entries)", "day dividers 'Thursday, March 23' and 'Wednesday, March 22'",
               "'By NAME' lines (authors)", "'Advertisement'", "aside 'More from National' with an unrelated local link", "footer"],
  entries=[
  E("2023-03-23 00:55", "Rzhyshchiv toll rises to eight as rescuers finish search",
    ["Emergency workers have finished combing the ruins of the college dormitory in Rzhyshchiv, south of Kyiv, and say eight people died there.",
     "Seven others were treated in hospital, regional officials said."],
    "strikes", "strikes", 3, "rzhyshchiv-drone-strike-2023-03-22", a="Imogen Tarrant", n="Later update of entry 07 (same strike, higher toll)."),
  E("2023-03-23 00:10", "Zelensky visits troops near Bakhmut",
    ["Volodymyr Zelensky has travelled to positions in the Donetsk region close to Bakhmut and handed out medals to soldiers, his office said.",
     "The visit came as Ukrainian commanders said the Russian assault on the town was losing momentum."],
    "other", "frontline", 2, "zelensky-visits-bakhmut-front-2023-03-22", a="AAP"),
  E("2023-03-22 23:40", "Albury's Ukrainian families send medical kits to Lviv",
    ["A group of Ukrainian families in Albury-Wodonga has packed more than 200 first aid kits bound for a hospital in Lviv.",
     "Organiser Olena Marchuk said donations had come from as far away as Wagga Wagga and Wangaratta.",
     "The kits will travel by sea to Poland before being driven across the border."],
    "other", "humanitarian", 2, "albury-ukrainian-community-medical-kits", a="Imogen Tarrant", n="Private donation by a local community: other/humanitarian, not aid (aid = support by governments/organisations to a party)."),
  E("2023-03-22 22:45", "EU leaders expected to approve one million shells plan",
    ["European Union leaders meeting in Brussels on Thursday are expected to endorse a plan to send Ukraine one million artillery rounds over the next 12 months.",
     "The scheme would reimburse member states for shells taken from their own stocks and pay for joint orders of new ammunition."],
    "aid", "aid", 3, "eu-one-million-shells-plan", a="Reuters", kp=True),
  E("2023-03-22 22:00", "Japan's Kishida pledges $30m after surprise Kyiv trip",
    ["Japanese Prime Minister Fumio Kishida has promised $US30 million for non-lethal equipment through a NATO fund, following his unannounced visit to Kyiv.",
     "Kishida, who chairs the Group of Seven this year, laid flowers at a church in Bucha before meeting Zelensky."],
    "aid", "aid", 3, "kishida-kyiv-visit-pledge", a="AAP", sec=["diplomacy"], n="Headline leads with the pledge (aid); the visit is diplomacy (secondary). Head-of-government move: importance 3."),
  E("2023-03-22 21:10", "Missile slams into apartment block in Zaporizhzhia",
    ["A Russian missile hit a multi-storey residential building in Zaporizhzhia, killing at least one person and injuring more than 30, Ukrainian officials said.",
     "Video shared by the city council showed flames pouring from several floors."],
    "strikes", "strikes", 3, "zaporizhzhia-apartment-strike-2023-03-22", a="Reuters", n="Different strike from the Rzhyshchiv drone attack: must not merge."),
  E("2023-03-22 20:05", "Drones hit dormitory south of Kyiv; at least four dead",
    ["Russian drones struck a dormitory and a school building in the town of Rzhyshchiv, around 60 kilometres south of Kyiv, overnight.",
     "At least four people were killed and several were missing, Ukraine's emergency service said."],
    "strikes", "strikes", 3, "rzhyshchiv-drone-strike-2023-03-22", a="AAP"),
  E("2023-03-22 19:30", "Xi leaves Moscow as Putin hails new era of ties",
    ["Chinese President Xi Jinping has flown home after a three-day state visit to Russia in which he and Vladimir Putin signed statements promising closer economic and political ties.",
     "Western governments said the talks had produced nothing that would bring the war closer to an end."],
    "diplomacy", "diplomacy", 3, "xi-putin-moscow-summit-2023-03", a="AAP", kp=True),
  ]))

SEEDS.append(dict(id="7903", name="7903_geraldtonguardian-topic", ext="txt", source="Geraldton Guardian", zone="Australia/Perth", render=r_thewest,
  title="Russia-Ukraine War",
  notes="Imitates a West Australian Newspapers topic page for the Geraldton Guardian, copied as plain text. NEWEST FIRST. Each card: kicker 'Russia-Ukraine War', headline, standfirst (the body, one or two lines), agency line (author), then the stamp 'Tue, 2 May 2023 3:05AM' AFTER the text. No zone printed: Perth time (AWST, UTC+8) implied by the outlet's home. The cards cross local midnight (5:15PM Monday 1 May to 3:05AM Tuesday 2 May local), all 1 May UTC. The two Pavlohrad cards are the same strike (an update with a higher count).",
  not_entries=["skip link, network name, masthead, 'Subscribe'/'Log in'/'Search'", "menu line", "page title 'Russia-Ukraine War'",
               "the kicker 'Russia-Ukraine War' above every card", "agency lines (authors)", "'Advertisement'", "'Load more'", "'Our Network' list", "footer links and copyright line"],
  entries=[
  E("2023-05-02 03:05", "Ukraine's envoy asks Canberra for more Bushmasters",
    ["Ukraine's ambassador to Australia has renewed his call for more Bushmaster armoured vehicles, saying the Australian-made trucks had saved soldiers' lives on the eastern front.",
     "He told reporters in Canberra that Kyiv would also welcome older Australian armoured vehicles that are being retired from service."],
    "aid", "aid", 2, "ukraine-envoy-bushmaster-request-2023-05", a="AAP"),
  E("2023-05-02 01:20", "Kremlin and Kyiv say they know of no Vatican peace mission",
    ["Moscow and Kyiv both said they had not been told of any peace initiative by the Vatican, after Pope Francis suggested the Holy See was involved in a mission he could not yet describe."],
    "diplomacy", "diplomacy", 2, "vatican-peace-mission-claim-2023-05", a="Reuters"),
  E("2023-05-01 23:50", "White House says 20,000 Russian fighters killed since December",
    ["The United States believes more than 20,000 Russian fighters have been killed in Ukraine since December, about half of them from the Wagner group, a White House spokesman said.",
     "He said most of the deaths had occurred in and around Bakhmut."],
    "other", "frontline", 2, "us-estimate-russian-losses-2023-05-01", a="AP"),
  E("2023-05-01 22:30", "Pavlohrad strike wounds 34, destroys homes",
    ["The number of people injured in the overnight missile attack on Pavlohrad in eastern Ukraine has risen to 34, including five children, the regional governor said.",
     "Nineteen apartment buildings and dozens of private houses were damaged."],
    "strikes", "strikes", 3, "pavlohrad-missile-strike-2023-05-01", a="Reuters", n="Update of entry 07: same strike."),
  E("2023-05-01 20:05", "Wagner boss repeats complaint over shell shortages",
    ["Yevgeny Prigozhin, the founder of the Wagner mercenary group, said his units near Bakhmut were receiving only a fraction of the artillery rounds they needed."],
    "other", "frontline", 2, "prigozhin-shell-shortage-complaint-2023-05-01", a="Reuters"),
  E("2023-05-01 18:40", "Explosive device derails freight train in Russia's Bryansk region",
    ["A freight train came off the rails in Russia's Bryansk region near the Ukrainian border after an explosive device went off under the track, the regional governor said.",
     "Nobody was hurt, but a locomotive and several wagons carrying fuel were damaged."],
    "other", "security", 2, "bryansk-train-derailment-2023-05-01", a="AP", n="Sabotage -> other/security."),
  E("2023-05-01 17:15", "Missiles hit Pavlohrad overnight, dozens hurt",
    ["Russian missiles struck the eastern Ukrainian city of Pavlohrad overnight, wounding more than two dozen people and setting an industrial site on fire, officials said.",
     "Ukraine's air force said it shot down 15 of the 18 cruise missiles launched at the country before dawn."],
    "strikes", "strikes", 3, "pavlohrad-missile-strike-2023-05-01", a="AAP"),
  ]))

SEEDS.append(dict(id="7904", name="7904_bunburymail-feed", ext="xml", source="Bunbury Mail", zone="Australia/Perth", render=r_acm_rss,
  title="Bunbury Mail - World", url="https://www.bunburymail.com.au/news/world/", desc="World news from the Bunbury Mail", build="Sat, 18 Mar 2023 16:31:07 GMT",
  notes="Imitates an ACM RSS 2.0 section feed (Bunbury Mail, WA). Items newest first; pubDate in GMT (explicit), dc:creator carries the agency, description holds the text as CDATA HTML paragraphs; media:content image. page_timezone is the outlet's home zone (Perth, AWST UTC+8) for published_local; the feed itself prints GMT. The newest item is 00:20 on 19 March in Perth but still 18 March UTC.",
  not_entries=["channel title/link/description/lastBuildDate/atom:link", "item links, guids, categories and media:content image URLs"],
  entries=[
  E("2023-03-19 00:20", "Putin makes unannounced visit to Crimea",
    ["Vladimir Putin has travelled to Sevastopol in Russian-occupied Crimea to mark nine years since Moscow annexed the peninsula, Russian state media reported.",
     "The trip came a day after the International Criminal Court issued a warrant for his arrest."],
    "other", "politics", 3, "putin-crimea-visit-2023-03-18", a="Reuters", n="Head of state's visit to occupied territory: not diplomacy; other/politics; main development of the day (importance 3)."),
  E("2023-03-18 21:30", "Beijing confirms Xi Jinping will visit Moscow",
    ["China's foreign ministry said President Xi Jinping will make a three-day state visit to Russia starting on Monday.",
     "Beijing said Xi would work for peace, while Washington warned against any ceasefire call that would lock in Russian gains."],
    "diplomacy", "diplomacy", 3, "xi-moscow-visit-announced-2023-03"),
  E("2023-03-18 18:50", "Drones target Kyiv and Lviv regions overnight",
    ["Ukraine's air force said it destroyed 11 of 16 Iranian-designed drones launched at the country overnight, including several aimed at Kyiv.",
     "Officials in the western Lviv region said a drone had hit a warehouse without causing injuries."],
    "strikes", "strikes", 2, "drone-attacks-kyiv-lviv-2023-03-18"),
  E("2023-03-18 15:25", "Grain export deal extended, though sides differ on terms",
    ["The agreement allowing Ukraine to ship grain across the Black Sea has been extended, Turkey and the United Nations said, without saying for how long.",
     "Ukraine said the deal would run for another 120 days, while Moscow insisted it had agreed to only 60."],
    "diplomacy", "diplomacy", 3, "black-sea-grain-deal-extension-2023-03"),
  E("2023-03-18 11:40", "Slovakia to send 13 MiG-29 jets to Ukraine",
    ["Slovakia will give Ukraine 13 Soviet-era MiG-29 fighter jets, becoming the second NATO member to promise warplanes after Poland.",
     "Prime Minister Eduard Heger said the aircraft, grounded last year, would be handed over in the coming weeks."],
    "aid", "aid", 3, "slovakia-mig29-transfer"),
  E("2023-03-18 09:10", "Biden backs ICC warrant for Putin",
    ["US President Joe Biden said the International Criminal Court had good grounds to issue an arrest warrant for Vladimir Putin, even though the United States does not recognise the court's jurisdiction.",
     "The court accuses the Russian leader of responsibility for the unlawful deportation of Ukrainian children."],
    "diplomacy", "diplomacy", 3, "icc-putin-arrest-warrant", n="Reaction of a head of state to the ICC warrant; diplomacy (court/statement)."),
  ]))
for _e, _a in zip(SEEDS[-1]["entries"], ["Reuters", "Reuters", "AAP", "Associated Press", "Reuters", "AAP"]):
    _e["a"] = _a

SEEDS.append(dict(id="7905", name="7905_sunshinecoastdaily-live", ext="html", source="Sunshine Coast Daily", zone="Australia/Brisbane", render=r_newscorp_live,
  title="Ukraine war live: Zelensky heads for G7 as leaders hit Russia with new sanctions",
  standfirst="Volodymyr Zelensky will join world leaders in Hiroshima in person, as the G7 unveils fresh measures against Moscow. Follow the latest.",
  byline="Cameron Ashby and Talia Brennan", published_line="May 19, 2023 - 12:05PM", updated="Updated May 19, 2023 - 11:32PM",
  notes="Imitates a News Corp regional live coverage page (Sunshine Coast Daily) as HTML with LiveBlogPosting JSON-LD (per-update datePublished +10:00, per-update author). NEWEST FIRST. Each post: <time datetime> showing '11.30pm' ABOVE the h2, then the author's name, then the body. Page dates use the News Corp form 'May 19, 2023 - 12:05PM'. Brisbane time (AEST, UTC+10, no daylight saving). Curly apostrophes in the text. The page byline names both reporters; each post's own author is used.",
  not_entries=["masthead, menu, 'Subscribe'/'Log in'", "breadcrumb 'World / Russia and Ukraine'", "title and standfirst", "page byline and 'News Corp Australia Network'",
               "date lines 'May 19, 2023 - 12:05PM' / 'Updated ...'", "'Share' and '34 comments'", "'Don\u2019t miss out on the headlines ...' follow promo",
               "author lines under each headline", "'Advertisement'", "'More related stories' with an unrelated local link", "footer"],
  entries=[
  E("2023-05-19 23:30", "Wagner claims Bakhmut fight almost over",
    ["Wagner chief Yevgeny Prigozhin says his fighters need only a few more days to take the last streets of Bakhmut.",
     "Ukraine\u2019s deputy defence minister said Kyiv\u2019s forces were still holding a small part of the city and gaining ground on its flanks."],
    "other", "frontline", 2, "wagner-bakhmut-claim-2023-05-19", a="Cameron Ashby"),
  E("2023-05-19 21:15", "Biden backs training Ukrainian pilots on F-16s",
    ["Joe Biden has told fellow G7 leaders the United States will support a joint effort to train Ukrainian pilots on modern fighter jets, including F-16s, a senior US official said.",
     "Decisions on when the jets would be supplied, how many and by whom would be made while the training was under way, the official said."],
    "aid", "aid", 3, "us-backs-f16-training-2023-05-19", a="Talia Brennan"),
  E("2023-05-19 19:30", "Kyiv says it downed all but one missile in overnight barrage",
    ["Ukraine\u2019s air force says it intercepted 29 of the 30 cruise missiles Russia fired at the country overnight into Friday.",
     "Falling debris damaged a house and several cars in the capital, but no one was seriously hurt, city officials said."],
    "strikes", "strikes", 3, "russian-missile-barrage-2023-05-19", a="Cameron Ashby", n="Large barrage -> importance 3."),
  E("2023-05-19 17:05", "Zelensky lands in Saudi Arabia for Arab League summit",
    ["Volodymyr Zelensky has arrived in Jeddah to address the Arab League summit, where Syria\u2019s Bashar al-Assad is also attending for the first time in more than a decade.",
     "Zelensky said he would raise the plight of Crimean Tatars and of Ukrainians held in Russian jails."],
    "diplomacy", "diplomacy", 3, "zelensky-arab-league-jeddah", a="Talia Brennan"),
  E("2023-05-19 15:40", "Australia to fund drones for Ukraine, Albanese says in Hiroshima",
    ["Prime Minister Anthony Albanese has announced funding for drone systems for Ukraine and further sanctions on Russian individuals on the sidelines of the G7 meeting in Hiroshima.",
     "He said Australia would also extend its duty-free access for Ukrainian imports for another year."],
    "aid", "aid", 3, "australia-aid-announcement-hiroshima-2023-05", a="Cameron Ashby", sec=["diplomacy"], n="Leads with drone funding (aid); sanctions secondary."),
  E("2023-05-19 13:25", "G7 moves to choke Russia\u2019s diamond and energy revenue",
    ["Leaders of the Group of Seven have agreed fresh restrictions on Russian exports, including diamonds, and promised to close loopholes used to get around earlier sanctions.",
     "Britain said it would ban imports of Russian diamonds, copper, aluminium and nickel."],
    "diplomacy", "diplomacy", 3, "g7-russia-sanctions-hiroshima", a="Talia Brennan", n="Sanctions -> diplomacy."),
  E("2023-05-19 12:10", "Zelensky to attend Hiroshima summit in person",
    ["Ukraine\u2019s President Volodymyr Zelensky will travel to Japan to join G7 leaders in Hiroshima this weekend, officials in Kyiv have confirmed.",
     "He had been expected to take part only by video link."],
    "diplomacy", "diplomacy", 3, "zelensky-g7-hiroshima-attendance", a="Cameron Ashby"),
  ]))

SEEDS.append(dict(id="7906", name="7906_frasercoastchronicle-timeline", ext="txt", source="Fraser Coast Chronicle", zone="Australia/Brisbane", render=r_newscorp_timeline,
  title="Moscow claims it beat back major Ukrainian attack as Kyiv keeps quiet", parse_args=["--date", "2023-06-05"],
  standfirst="Russia says it has repelled a large offensive in the south, while Ukraine reports gains near Bakhmut. Here is how the evening unfolded.",
  byline="Jarrah Whitfield", dayline="Monday, June 5",
  lede=["Ukraine has for weeks hinted that a long-planned counteroffensive was close.", "On Monday evening, Australian time, the first claims of heavy fighting began to emerge."],
  related=["What we know about Ukraine\u2019s spring offensive", "Prigozhin\u2019s feud with the Kremlin explained"],
  notes="Imitates a News Corp regional timeline article (Fraser Coast Chronicle) copied as plain text. OLDEST FIRST. Entries have NO headlines: each is a time line ('6.05pm') followed by one or two paragraphs. The only date printed is the timeline header 'Monday, June 5' (no year anywhere on the page: parse_args --date 2023-06-05). Brisbane time (AEST, UTC+10) implied by the outlet. One page byline (Jarrah Whitfield) is every entry's author. The two lede lines under the follow promo are page intro, not entries.",
  not_entries=["masthead, 'Subscribe'/'Log in' and menu", "breadcrumb 'World' / 'Russia and Ukraine'", "title and standfirst", "byline, 'News Corp Australia Network', '3 min read', 'Follow', 'Share', '12 comments'",
               "follow promo 'Don\u2019t miss out ...'", "two intro lines ('Ukraine has for weeks hinted ...', 'On Monday evening, Australian time, ...')", "timeline header 'Monday, June 5'",
               "'Advertisement'", "'Join the conversation'", "'More related stories' and its two links", "footer"],
  entries=[
  E("2023-06-05 18:05", None,
    ["Russia\u2019s defence ministry says its troops have fought off a large-scale Ukrainian attack at five points along the front in southern Donetsk.",
     "In a video statement, a ministry spokesman claimed Ukraine had lost hundreds of soldiers, a figure that could not be verified."],
    "other", "frontline", 3, "russia-claims-repelled-offensive-south-donetsk-2023-06-05", a="Jarrah Whitfield", n="No headline. Big frontline claim: importance 3."),
  E("2023-06-05 18:40", None,
    ["Kyiv has refused to confirm the start of any counteroffensive.",
     "A spokesman for Ukraine\u2019s eastern forces called the Russian claims part of an information operation and urged people not to repeat them."],
    "other", "frontline", 3, "russia-claims-repelled-offensive-south-donetsk-2023-06-05", a="Jarrah Whitfield", n="No headline. Kyiv's answer to the Russian claim: same story."),
  E("2023-06-05 19:55", None,
    ["Ukraine\u2019s deputy defence minister Hanna Maliar says forces near Bakhmut have moved forward by between 100 metres and 1.6 kilometres in several sectors.",
     "She said the army was now attacking in that area, while Russian units were trying to hold the outskirts of the city."],
    "other", "frontline", 2, "ukraine-advances-near-bakhmut-2023-06-05", a="Jarrah Whitfield", n="No headline. Different front and event from the southern Donetsk claim: must not merge."),
  E("2023-06-05 20:30", None,
    ["The governor of Russia\u2019s Belgorod region says the border town of Shebekino came under heavy shelling again through the day, damaging homes and a school.",
     "Several thousand residents have now been moved to temporary housing further from the border."],
    "strikes", "strikes", 2, "shebekino-shelling-2023-06-05", a="Jarrah Whitfield", n="No headline."),
  E("2023-06-05 21:45", None,
    ["Wagner founder Yevgeny Prigozhin has published a video of a man he says is a Russian army officer detained by his fighters near Bakhmut.",
     "The clip deepens the public feud between the mercenary boss and Russia\u2019s military leadership."],
    "other", "politics", 2, "prigozhin-detained-officer-video", a="Jarrah Whitfield", n="No headline."),
  E("2023-06-05 22:50", None,
    ["In his nightly video address, President Volodymyr Zelensky thanked soldiers fighting near Bakhmut for what he called long-awaited news, without giving details."],
    "other", "frontline", 2, "ukraine-advances-near-bakhmut-2023-06-05", a="Jarrah Whitfield", n="No headline. Zelensky's remark is about the Bakhmut advances (entry 03): same story."),
  ]))

SEEDS.append(dict(id="7907", name="7907_portmacquarienews-live", ext="html", source="Port Macquarie News", zone="Australia/Sydney", render=r_acm_live_oldest,
  title="Ukraine war live: NATO ministers race to refill arsenals", place="Port Macquarie, NSW",
  standfirst="Defence ministers from the alliance meet in Brussels as Kyiv warns of a new Russian push in the east.",
  byline="Ashleigh Varro", updated="Updated February 15 2023 - 11:34pm, first published 6:00pm", dayline="Wednesday, February 15 2023",
  notes="Imitates an ACM live page (Port Macquarie News) as HTML. OLDEST FIRST (the page says so). Each post: h3 headline, then the time '7.20pm' AFTER the headline, then the body. One page byline (By Ashleigh Varro) for every post. Sydney time (AEDT, UTC+11) implied. NewsArticle JSON-LD at page level only (datePublished of the first post), no per-update list.",
  not_entries=["masthead, skip link, menu, 'Subscribe'/'Log in'", "kicker 'Live'", "title and standfirst", "byline and the 'Updated ... first published 6:00pm' line", "date line 'Wednesday, February 15 2023'",
               "note 'Updates appear in the order they were posted, oldest first.'", "'Share this update' under every post", "newsletter box", "footer"],
  entries=[
  E("2023-02-15 18:00", "NATO ministers told arms output must rise",
    ["NATO defence ministers meeting in Brussels have been told the alliance must boost production of artillery ammunition because Ukraine is firing shells far faster than allies can make them.",
     "Secretary-General Jens Stoltenberg said order backlogs for large-calibre rounds had more than doubled in a year."],
    "aid", "aid", 3, "nato-ministers-ammunition-brussels-2023-02", a="Ashleigh Varro", n="Ministerial meeting on supplying Ukraine -> aid; must not merge with Austin's press conference (entry 05)."),
  E("2023-02-15 19:10", "Moldova tightens border checks after coup plot claim",
    ["Moldova has stepped up checks at its airport and border crossings after President Maia Sandu accused Moscow of planning to use foreign saboteurs to overthrow her government.",
     "Russia has rejected the accusation as baseless."],
    "other", "security", 2, "moldova-coup-plot-claim-2023-02", a="Ashleigh Varro"),
  E("2023-02-15 20:25", "Russian losses mount near Vuhledar, says Kyiv",
    ["Ukrainian commanders say repeated Russian tank assaults on the coal-mining town of Vuhledar have ended in heavy losses for Moscow's marine units.",
     "Drone footage released by Ukraine's military appeared to show columns of armoured vehicles being hit on the approach to the town."],
    "other", "frontline", 2, "vuhledar-assaults-2023-02", a="Ashleigh Varro"),
  E("2023-02-15 21:40", "EU proposes tenth sanctions package",
    ["The European Commission has proposed a tenth round of sanctions on Russia, including export bans on electronics and heavy vehicles that could be used by its military.",
     "For the first time the package would also list Iranian entities accused of supplying drones to Russian forces."],
    "diplomacy", "diplomacy", 3, "eu-tenth-sanctions-package", a="Ashleigh Varro"),
  E("2023-02-15 22:30", "Austin says allies will deliver air defences in the coming weeks",
    ["US Defence Secretary Lloyd Austin said the air defence systems and armour promised to Ukraine would arrive in the coming weeks, in time for an expected spring offensive.",
     "He said the group of more than 50 countries backing Kyiv was now focused on getting equipment delivered rather than on new pledges."],
    "aid", "aid", 3, "austin-brussels-press-conference-2023-02-15", a="Ashleigh Varro"),
  E("2023-02-15 23:30", "Ukraine says Russian balloons were sent to exhaust air defences",
    ["Ukraine's air force says six objects that drifted over Kyiv were balloons released by Russia to locate and wear down its air defences.",
     "Most of them were shot down, a city official said."],
    "strikes", "strikes", 2, "russian-balloons-over-kyiv-2023-02-15", a="Ashleigh Varro", n="Air-defence engagement -> strikes."),
  ]))

SEEDS.append(dict(id="7908", name="7908_marlboroughexpress-feed", ext="xml", source="Marlborough Express", zone="Pacific/Auckland", render=r_stuff_rss,
  title="Marlborough Express - World", url="https://www.stuff.co.nz/marlborough-express", desc="World news from Stuff and the Marlborough Express",
  notes="Imitates a Stuff RSS 2.0 feed for the Marlborough Express. Items newest first; pubDate printed with the New Zealand offset +1200 (NZST: daylight saving ended on 2 April 2023); description holds entity-escaped HTML paragraphs (decode twice); no authors. Local times run from 2:00pm on 3 April to 9:30am on 4 April NZ time, all 3 April UTC. The two St Petersburg items are one story (the bombing and the arrest that followed).",
  not_entries=["channel title/link/description/language/copyright/atom:link", "item links, guids and image enclosures"],
  entries=[
  E("2023-04-04 09:30", "Defence Force trainers to stay in Britain longer",
    ["New Zealand will keep a team of army trainers in the United Kingdom for several more months to help instruct Ukrainian recruits, the Government says.",
     "The infantry trainers are part of a British-led programme that has taught basic combat skills to thousands of Ukrainian soldiers."],
    "aid", "aid", 2, "nzdf-training-deployment-extension-2023-04", n="Military training support -> aid."),
  E("2023-04-04 07:10", "Shelling kills two in Kostiantynivka, Ukraine says",
    ["Russian artillery fire killed two civilians and damaged several homes in the eastern Ukrainian town of Kostiantynivka, regional officials said.",
     "The town lies about 20 kilometres west of Bakhmut."],
    "strikes", "strikes", 3, "kostiantynivka-shelling-2023-04-03", n="Deadly shelling -> importance 3."),
  E("2023-04-04 03:45", "Russia's turn at the head of UN Security Council draws protest",
    ["Ukraine's foreign ministry condemned Russia's month in charge of the UN Security Council, which began at the weekend under the body's rotating presidency.",
     "Western diplomats said they would not let Moscow use the role to push its account of the war."],
    "diplomacy", "diplomacy", 2, "russia-unsc-presidency-2023-04"),
  E("2023-04-04 00:30", "Finland to formally join Nato on Tuesday",
    ["Finland will become Nato's 31st member on Tuesday, the alliance's secretary-general Jens Stoltenberg said in Brussels.",
     "The Finnish flag will be raised outside the alliance's headquarters during a meeting of foreign ministers."],
    "diplomacy", "diplomacy", 3, "finland-joins-nato-2023-04"),
  E("2023-04-03 21:15", "Wagner claims flag raised over Bakhmut city hall",
    ["Yevgeny Prigozhin says his Wagner fighters have raised a Russian flag over Bakhmut's administrative building and that the city is now legally under Russian control.",
     "Ukraine's military said its forces were still holding the city."],
    "other", "frontline", 2, "wagner-claims-bakhmut-city-hall-2023-04"),
  E("2023-04-03 18:40", "Russia detains woman over St Petersburg cafe blast",
    ["Russian investigators say they have detained a woman suspected of handing a statuette packed with explosives to a pro-war military blogger, who was killed when it blew up in a St Petersburg cafe.",
     "More than 30 people were hurt in Sunday's explosion."],
    "other", "security", 3, "st-petersburg-cafe-bombing-2023-04-02", n="Arrest in the bombing case: same story as entry 07."),
  E("2023-04-03 14:00", "Pro-war blogger killed in St Petersburg cafe explosion",
    ["A prominent Russian military blogger who supported the invasion of Ukraine has been killed in an explosion at a cafe in central St Petersburg.",
     "Russian officials said a bomb had been hidden in a gift handed to him during a talk he was giving."],
    "other", "security", 3, "st-petersburg-cafe-bombing-2023-04-02", n="Bombing inside Russia -> other/security; main development of the day."),
  ]))

SEEDS.append(dict(id="7909", name="7909_northernadvocate-live", ext="txt", source="The Northern Advocate", zone="Pacific/Auckland", render=r_nzh_live,
  title="Russia-Ukraine war: Moscow says border raiders routed after Belgorod incursion", updated="Last updated 11.30am", parse_args=["--date", "2023-05-24"],
  notes="Imitates an NZ Herald regional live page (The Northern Advocate, Whangarei) copied as plain text. NEWEST FIRST. Day dividers 'Wednesday 24 May' / 'Tuesday 23 May' with no year anywhere on the page: parse_args --date 2023-05-24 (the page's current local day, under which it opens). Each post: time '9.40am' ABOVE the headline, body, then an agency credit line '\u2013 AP' (used as author). NZ time (NZST, UTC+12) implied. The page crosses local midnight: posts from 9.05pm Tuesday to 11.30am Wednesday local are all 23 May UTC. The 'Last updated 11.30am' line is page chrome.",
  not_entries=["skip link, 'NZ Herald', masthead, 'Subscribe'/'Sign in'", "menu line", "section label 'World'", "page title", "'Last updated 11.30am'", "'Share'", "'Live updates'",
               "day dividers 'Wednesday 24 May' and 'Tuesday 23 May'", "credit lines '\u2013 AP' etc. (authors)", "'Advertisement' / 'Advertise with NZME.'", "'Read more' link", "footer"],
  entries=[
  E("2023-05-24 11:30", "Russia says border raiders 'wiped out'; Kyiv denies role",
    ["Russia's defence ministry says it has killed more than 70 fighters who crossed into the Belgorod region from Ukraine and pushed the rest back over the border.",
     "Kyiv has said the raid was carried out by Russian citizens opposed to the Kremlin and that it played no part in it."],
    "other", "frontline", 3, "belgorod-border-incursion-2023-05-22", a="AP", n="Cross-border ground raid -> other/frontline; main development."),
  E("2023-05-24 09:40", "US says it did not encourage attacks inside Russia",
    ["Washington says it has not encouraged or enabled strikes inside Russia, after images appeared to show US-made armoured vehicles abandoned in the Belgorod region.",
     "A State Department spokesman said officials were checking whether the images were genuine."],
    "other", "frontline", 3, "belgorod-border-incursion-2023-05-22", a="Reuters", sec=["diplomacy"], n="US statement whose content is the incursion: same story."),
  E("2023-05-24 07:15", "Prigozhin: Wagner starts pulling out of Bakhmut",
    ["The head of the Wagner group says his fighters have begun leaving Bakhmut and will hand their positions to the regular Russian army by June 1."],
    "other", "frontline", 2, "wagner-bakhmut-handover-2023-05", a="Reuters"),
  E("2023-05-24 01:05", "Eight hurt as drones hit Dnipro",
    ["Eight people were injured when Russian drones struck an industrial area of Dnipro on Tuesday, regional officials said.",
     "A fire at a warehouse took several hours to put out."],
    "strikes", "strikes", 2, "dnipro-drone-strike-2023-05-23", a="AP"),
  E("2023-05-23 23:20", "NZ adds 30 names to Russia sanctions list",
    ["Foreign Minister Nanaia Mahuta has announced sanctions on a further 30 Russian individuals and entities, including defence industry executives.",
     "The Government says the new measures take the number of people and organisations New Zealand has sanctioned over the war past 1500."],
    "diplomacy", "diplomacy", 2, "nz-russia-sanctions-2023-05", a="NZ Herald", n="Sanctions -> diplomacy; a routine listing round, importance 2."),
  E("2023-05-23 21:05", "Belgorod villages evacuated as fighting continues",
    ["Authorities in Russia's Belgorod region say they have moved residents out of nine villages near the border as Russian forces keep fighting an armed group that crossed from Ukraine.",
     "The regional governor said one civilian had been killed and several wounded since Monday."],
    "other", "frontline", 3, "belgorod-border-incursion-2023-05-22", a="AP"),
  ]))


# ============================================================ PART B, day 1: 2023-01-16 (UTC)
D1 = "Day 1 (2023-01-16 UTC): 7920, 7921, 7922, 7923, 7924."
DNIPRO = "dnipro-apartment-strike-2023-01-14"
CHALL = "uk-challenger-2-tanks-pledge"
LAMB = "lambrecht-resigns-german-defence-minister"
LEO = "poland-leopard-export-request-2023-01-16"

SEEDS.append(dict(id="7920", name="7920_aldervane-textlive", ext="txt", source="Aldervane Courier", zone="Europe/London", render=r_aldervane,
  title="Ukraine live: Dnipro death toll climbs as UK commits Challenger tanks", dateline="Monday 16 January 2023",
  notes="Invented outlet. Text live blog, NEWEST FIRST. Stamp line '6.20pm GMT' ABOVE each headline; '\u2014 NAME' signature after the body (author). Key Points block lists two exact headlines (entries 01 and 03). Entry 05 is a video teaser without body or signature. UK time = GMT = UTC in January. " + D1,
  not_entries=["masthead and menu", "title and date line", "'Key Points' heading and its two headline lines", "'Latest'", "'\u2014 NAME' signature lines (authors)", "'Advertisement'",
               "'Show older updates' and footer"],
  entries=[
  E("2023-01-16 18:20", "Dnipro toll reaches 44; 20 people still unaccounted for",
    ["The number of people killed in the Dnipro apartment block has risen to 44, regional officials said this evening.",
     "About 20 residents are still missing and 79 were injured, according to the governor of the Dnipropetrovsk region."],
    "strikes", "strikes", 3, DNIPRO, a="Tamsin Rourke", kp=True),
  E("2023-01-16 16:55", "Ukrainian commanders say Soledar fight not over",
    ["Ukraine's military insisted that fighting was still going on in and around Soledar, days after Russia claimed to have taken the salt-mining town.",
     "A spokesman for the eastern command said Ukrainian units were holding positions on the town's western edge."],
    "other", "frontline", 2, "soledar-fighting-2023-01-16", a="Tamsin Rourke"),
  E("2023-01-16 15:40", "Britain to send 14 Challenger 2 tanks, Wallace tells MPs",
    ["Defence Secretary Ben Wallace told the House of Commons that the UK would send a squadron of 14 Challenger 2 main battle tanks to Ukraine, along with around 30 AS90 self-propelled guns.",
     "The first tanks are expected to reach Ukraine in the coming months, once crews have been trained in Britain.",
     "Wallace said he hoped the decision would encourage other countries to follow."],
    "aid", "aid", 3, CHALL, a="Owen Castellane", kp=True),
  E("2023-01-16 12:48", "Kremlin denies targeting homes, blames Ukrainian air defence",
    ["The Kremlin said Russian forces do not strike residential buildings and suggested the Dnipro block had been brought down by a Ukrainian interceptor missile.",
     "Ukraine's air force said it has no means of shooting down the Kh-22 missile it says was used in the attack."],
    "strikes", "strikes", 3, DNIPRO, a="Owen Castellane", n="Official reaction whose content is the attack itself: same story."),
  E("2023-01-16 10:30", "Watch: Rescuers search the ruins in Dnipro", [],
    "strikes", "strikes", 1, DNIPRO, n="Video teaser without body: importance 1, story of what it shows."),
  E("2023-01-16 09:02", "Russian missile hits industrial site in Kharkiv",
    ["A missile struck an industrial facility in Kharkiv early on Monday, the regional governor said, causing a fire but no casualties.",
     "Air raid alerts sounded across eastern Ukraine for much of the night."],
    "strikes", "strikes", 2, "kharkiv-industrial-strike-2023-01-16", a="Tamsin Rourke", n="Same theme as the Dnipro strike, different event: must not merge."),
  E("2023-01-16 07:15", "Dnipro death toll rises to 40 as search goes on",
    ["Forty people are now known to have died after a Russian missile tore through a nine-storey block of flats in Dnipro on Saturday, the city's authorities said this morning.",
     "Rescue crews worked through a second night in freezing temperatures, and officials said around 30 residents were still unaccounted for.",
     "At least two children are among the dead."],
    "strikes", "strikes", 3, DNIPRO, a="Tamsin Rourke"),
  ]))

SEEDS.append(dict(id="7921", name="7921_corrimoor-ldlive", ext="html", source="Corrimoor Ledger", zone="Europe/Kyiv", render=r_corrimoor,
  title="Russia-Ukraine war, day 327: Dnipro counts its dead", dateline="Monday 16 January 2023", tznote="All times are Kyiv time (EET).",
  url="https://corrimoor-ledger.example/live/2023-01-16",
  notes="Invented outlet. HTML live page, OLDEST FIRST, with LiveBlogPosting JSON-LD carrying per-update datePublished (+02:00) and authors. Visible stamp: <time datetime=...>HH:MM</time> ABOVE the h3, author line after the body. Kyiv time, EET = UTC+2. Entry 07 repeats entry 06 nearly verbatim 35 minutes later (one word changed): duplicate_of 7921-06. " + D1,
  not_entries=["header brand and menu", "title, date line and the time-zone note", "author lines under each update", "'Copy link' / 'Share' under each update", "footer"],
  entries=[
  E("2023-01-16 07:40", "Dnipro toll climbs to 36 overnight",
    ["Rescuers in Dnipro pulled more bodies from the wreckage of the apartment block hit on Saturday, bringing the confirmed death toll to 36, the regional administration said at dawn.",
     "Dozens of people were rescued alive from the rubble in the first 24 hours, officials said, but hopes of finding more survivors are fading."],
    "strikes", "strikes", 3, DNIPRO, a="Oksana Dovhal"),
  E("2023-01-16 08:10", "Zelensky renews plea for air defence after Dnipro",
    ["In his late-night address, President Volodymyr Zelensky said Ukraine needed more modern air defence systems to protect its cities from missiles like the one that hit Dnipro.",
     "He thanked the people who had queued through the night to give blood for the wounded."],
    "aid", "aid", 2, "zelensky-air-defence-appeal-2023-01-15", a="Oksana Dovhal", sec=["strikes"], n="Appeal for air defence -> aid; a separate story from the strike it cites."),
  E("2023-01-16 10:25", "Russian and Belarusian air forces begin joint exercises",
    ["Russia and Belarus began joint air force drills on Belarusian territory on Monday, the defence ministry in Minsk said, describing them as purely defensive.",
     "The exercises, due to last until the start of February, will use every military airfield in Belarus, according to the ministry."],
    "other", "security", 2, "belarus-russia-air-drills-2023-01-16", a="Mykola Ferents", n="Drills -> other/security."),
  E("2023-01-16 11:50", "Nikopol shelled overnight, governor says",
    ["Russian forces fired heavy artillery at Nikopol and nearby villages across the Dnipro river during the night, the governor of the Dnipropetrovsk region said.",
     "Several private houses and a gas pipeline were damaged, but no one was hurt."],
    "strikes", "strikes", 2, "nikopol-shelling-2023-01-16", a="Mykola Ferents", n="Same region (and the word Dnipro) as the apartment strike, different event: must not merge."),
  E("2023-01-16 14:15", "Kyiv says grain ship inspections are being slowed",
    ["Ukraine's infrastructure ministry accused Russian inspectors in Istanbul of deliberately slowing checks on ships carrying Ukrainian grain under the Black Sea export deal.",
     "More than 100 vessels are waiting in Turkish waters, the ministry said."],
    "diplomacy", "diplomacy", 2, "black-sea-grain-inspection-delays-2023-01", a="Oksana Dovhal", n="Implementation of the UN/Turkey-brokered grain deal -> diplomacy."),
  E("2023-01-16 17:45", "UK confirms Challenger 2 tanks for Ukraine",
    ["Britain will give Ukraine 14 Challenger 2 tanks and a batch of AS90 artillery systems, Defence Secretary Ben Wallace told parliament in London.",
     "Ukraine's defence minister Oleksii Reznikov thanked London and said the tanks would help the army go on the offensive."],
    "aid", "aid", 3, CHALL, a="Mykola Ferents"),
  E("2023-01-16 18:20", "UK confirms Challenger 2 tanks for Ukraine",
    ["Britain will give Ukraine 14 Challenger 2 tanks and a batch of AS90 artillery systems, Defence Secretary Ben Wallace told parliament in London.",
     "Ukraine's defence minister Oleksii Reznikov thanked London and said the tanks would help the army go back on the offensive."],
    "aid", "aid", 1, CHALL, a="Mykola Ferents", dup="06", n="Near-verbatim repeat of 7921-06 ('go on' -> 'go back on')."),
  ]))

SEEDS.append(dict(id="7922", name="7922_farrowdeep-worldrss", ext="xml", source="Farrowdeep World Service", zone="UTC", render=r_rss_world, rfc="GMT",
  title="Farrowdeep World Service - Top stories", url="https://farrowdeep.example", desc="The day's news from around the world",
  notes="Invented outlet. General world RSS 2.0 feed, newest first, pubDate in GMT; only two of six items are about the war (4 off-beat). Item 05 spells the city 'Dnepr' in its headline. No authors. " + D1,
  not_entries=["channel title/link/description", "item links, guids and categories"],
  entries=[
  E("2023-01-16 16:05", "Britain pledges Challenger tanks to Ukraine",
    ["The United Kingdom will become the first country to supply Ukraine with Western-made main battle tanks after its defence secretary announced a package including 14 Challenger 2s.",
     "Germany has so far resisted pressure to allow its Leopard tanks to be sent."],
    "aid", "aid", 3, CHALL),
  OFF("2023-01-16 13:20", "Davos meeting opens amid recession worries",
      ["Political and business leaders gathered in the Swiss resort of Davos for the World Economic Forum's annual meeting, as a survey of chief economists predicted a global recession this year.",
       "Organisers said attendance was at a record level."], "davos-forum-opens-2023", n="economy / forum opening"),
  OFF("2023-01-16 11:40", "Rain disrupts opening day in Melbourne",
      ["Rain and strong winds forced organisers of the Australian Open to suspend play on the outside courts for several hours on the tournament's first day.",
       "Matches continued under the roofs of the main arenas."], "australian-open-rain-2023-01-16", n="sport"),
  E("2023-01-16 10:00", "Dnepr block death toll reaches at least 40",
    ["At least 40 people were killed when a Russian missile hit a residential building in the city of Dnipro, also known as Dnepr, on Saturday, Ukrainian officials said on Monday.",
     "The attack is among the deadliest on a residential building since the invasion began."],
    "strikes", "strikes", 3, DNIPRO, n="Spelling variant Dnepr."),
  OFF("2023-01-16 08:30", "Sicilian mafia fugitive arrested at Palermo clinic",
      ["Italian police have arrested one of the country's most wanted mafia bosses at a private clinic in Palermo, ending three decades on the run.",
       "Officers said the man had been receiving treatment under a false name."], "palermo-mafia-arrest-2023-01-16", n="crime, Italy"),
  OFF("2023-01-16 06:50", "Flight recorders recovered from Pokhara crash site",
      ["Nepalese investigators have recovered both flight recorders from the wreckage of the passenger plane that crashed on its approach to Pokhara on Sunday, officials said.",
       "Search teams were still looking for the last missing passengers in a gorge beside the river."], "pokhara-plane-crash-2023-01-15", n="air crash, Nepal"),
  ]))

SEEDS.append(dict(id="7923", name="7923_hexhollow-atom", ext="xml", source="Hexhollow Digest", zone="Europe/Berlin", render=r_atom,
  title="Hexhollow Digest \u2013 Ukraine", url="https://hexhollow.example", desc="Reports and explainers on the war, from Berlin",
  notes="Invented outlet. Atom 1.0 feed, newest first; <published> with +01:00 (Berlin, CET); content is escaped HTML; per-entry authors. Entry 02 is the day's theme piece (explainer on the Kh-22 missile), a separate story from the Dnipro strike. " + D1,
  not_entries=["feed title, subtitle, links, id, updated", "entry links and ids"],
  entries=[
  E("2023-01-16 18:05", "Warsaw to seek Berlin's consent to send Leopards",
    ["Poland will ask Germany for permission to re-export Leopard 2 tanks to Ukraine, a senior Polish official said on Monday, adding that Warsaw hoped to build a wider coalition of countries willing to send them.",
     "The German government said it had not yet received a request."],
    "aid", "aid", 3, LEO, a="Anke Morwitz", n="Tank theme like the Challenger pledge, different event: must not merge."),
  E("2023-01-16 15:20", "Explainer: The Kh-22, a Soviet missile Ukraine cannot stop",
    ["The Kh-22 was designed in the Soviet era to sink aircraft carriers, and it dives on its target so fast that Ukraine's current air defences have little chance of hitting it.",
     "Ukrainian officials say Russia has fired more than 200 of the missiles since the invasion began, mostly from long-range bombers flying over Russian territory.",
     "Because its guidance was built to find large ships at sea, the missile is highly inaccurate over land, which analysts say makes it especially dangerous in cities."],
    "strikes", "strikes", 2, "explainer-kh22-missile", a="Anke Morwitz", n="theme piece (explainer): own story, not the Dnipro strike."),
  E("2023-01-16 14:10", "Rescuers in Dnipro find more bodies; toll at 41",
    ["The confirmed death toll in the Dnipro apartment block reached 41 on Monday afternoon, Ukrainian officials said, as cranes lifted slabs of concrete from the collapsed section.",
     "The Kremlin has denied that Russia was to blame."],
    "strikes", "strikes", 3, DNIPRO, a="Jonas Kettler"),
  E("2023-01-16 11:45", "Lambrecht steps down as German defence minister",
    ["Germany's defence minister Christine Lambrecht has asked Chancellor Olaf Scholz to release her from office, saying the media focus on her had made it impossible to concentrate on the work.",
     "She had faced months of criticism over the pace of German military help for Ukraine and a series of public gaffes.",
     "Her departure comes days before allies meet at the US air base in Ramstein to discuss more weapons for Kyiv."],
    "other", "politics", 3, LAMB, a="Jonas Kettler", n="Resignation of a minister -> other/politics; carried by two seeds."),
  ]))

SEEDS.append(dict(id="7924", name="7924_brimwater-article", ext="txt", source="Brimwater Review", zone="Europe/Warsaw", render=r_textarticle,
  menu="Poland | Europe | World | Business | Opinion", kicker="THE WAR IN UKRAINE",
  title="Monday in the war: Dniepr mourns, London sends armour, Berlin loses its minister", byline="Piotr Halamek",
  dateline="Monday 16 January 2023, 20:30 CET", dateline_t="2023-01-16 20:30",
  lede="Our evening round-up of the day's main developments.", more="Who decides where Leopards go?", footer="\u00a9 Brimwater Review. All rights reserved.",
  notes="Invented outlet (English-language, Warsaw). Text article with four section headings; one entry per section, stamp null, published = the dateline 'Monday 16 January 2023, 20:30 CET' (UTC+1), page byline as author. Uses the Polish-style spelling 'Dniepr' for Dnipro. " + D1,
  not_entries=["masthead and menu", "kicker 'THE WAR IN UKRAINE'", "title, byline, dateline", "lede 'Our evening round-up ...'", "share line", "'Related:' link", "copyright"],
  entries=[
  E("2023-01-16 20:30", "Dniepr mourns",
    ["The death toll from Saturday's missile strike on a block of flats in Dniepr rose to 44 on Monday evening, with rescuers saying they would keep digging as long as anyone might still be alive.",
     "Ukrainian authorities said 20 people remained missing."],
    "strikes", "strikes", 3, DNIPRO, a="Piotr Halamek", n="Spelling variant Dniepr."),
  E("2023-01-16 20:30", "London goes first with tanks",
    ["Britain on Monday became the first Western country to formally commit main battle tanks, with Defence Secretary Ben Wallace announcing 14 Challenger 2s.",
     "Polish officials welcomed the move as a signal to hesitant allies."],
    "aid", "aid", 3, CHALL, a="Piotr Halamek"),
  E("2023-01-16 20:30", "Warsaw asks about Leopards",
    ["Poland said it would formally ask Berlin for an export licence so that it can hand over part of its Leopard 2 fleet to Ukraine.",
     "Officials in Warsaw said they would rather act within a coalition but did not rule out sending the tanks alone."],
    "aid", "aid", 3, LEO, a="Piotr Halamek"),
  E("2023-01-16 20:30", "Berlin needs a new defence minister",
    ["Christine Lambrecht resigned as Germany's defence minister on Monday after just over a year in the post.",
     "Chancellor Olaf Scholz is expected to name a successor within days, ahead of Friday's meeting of Ukraine's allies at Ramstein."],
    "other", "politics", 3, LAMB, a="Piotr Halamek"),
  ]))

# ============================================================ PART B, day 2: 2023-01-17 (UTC) — the day after day 1
D2 = "Day 2 (2023-01-17 UTC, the day after day 1): 7930, 7931, 7932, 7933, 7934."
ARES = "arestovych-resignation-2023-01-17"
PIST = "pistorius-named-german-defence-minister"
PATR = "netherlands-patriot-pledge-2023-01-17"
SHOI = "shoigu-army-expansion-plan-2023-01-17"

SEEDS.append(dict(id="7930", name="7930_corrimoor-ldlive", ext="html", source="Corrimoor Ledger", zone="Europe/Kyiv", render=r_corrimoor,
  title="Russia-Ukraine war, day 328: Dnipro rescue ends", dateline="Tuesday 17 January 2023", tznote="All times are Kyiv time (EET).",
  url="https://corrimoor-ledger.example/live/2023-01-17",
  notes="Invented outlet (same layout as 7921). OLDEST FIRST. Entry 01 (02:40 Kyiv = 00:40 UTC on 17 January) re-posts day 1's 7921-06 verbatim: importance 1, story kept. Entry 04 continues the day-1 Dnipro story with a new development (the rescue operation ended; toll 45) and keeps its slug. Entry 02 is a photo teaser without body. " + D2,
  not_entries=["header brand and menu", "title, date line and the time-zone note", "author lines", "'Copy link' / 'Share' under each update", "footer"],
  entries=[
  E("2023-01-17 02:40", "UK confirms Challenger 2 tanks for Ukraine",
    ["Britain will give Ukraine 14 Challenger 2 tanks and a batch of AS90 artillery systems, Defence Secretary Ben Wallace told parliament in London.",
     "Ukraine's defence minister Oleksii Reznikov thanked London and said the tanks would help the army go on the offensive."],
    "aid", "aid", 1, CHALL, a="Mykola Ferents", n="Re-post of day-1 entry 7921-06 (same headline and text, re-published after midnight): importance 1."),
  E("2023-01-17 08:20", "Photos: Dnipro mourns its dead", [],
    "strikes", "strikes", 1, DNIPRO, n="Photo teaser without body."),
  E("2023-01-17 11:35", "Zelensky adviser Arestovych offers to resign",
    ["Oleksiy Arestovych, an adviser to the head of Zelensky's office, has submitted his resignation after suggesting in an online interview that the missile which hit Dnipro fell after being struck by Ukrainian air defence.",
     "He apologised to relatives of the victims and said he had been wrong to speculate."],
    "other", "politics", 3, ARES, a="Oksana Dovhal", n="About the Dnipro strike but a separate event (resignation): must not merge with it."),
  E("2023-01-17 14:30", "Dnipro rescue operation ends; 45 dead",
    ["Emergency services have ended the search and rescue operation at the destroyed block of flats in Dnipro, three days after the strike, with the death toll standing at 45.",
     "Six children are among the dead, and 20 people are still listed as missing, the regional governor said.",
     "Residents who lost their homes are being offered temporary flats and cash payments by the city."],
    "strikes", "strikes", 3, DNIPRO, a="Oksana Dovhal", n="Continuation of the day-1 story with a new development (rescue ended): keeps the day-1 slug."),
  E("2023-01-17 16:05", "Kherson: one killed as shells hit market area",
    ["One person was killed and three wounded when Russian shells landed near a market in central Kherson, the regional military administration said.",
     "Russian forces have shelled the city from across the Dnipro river almost daily since withdrawing in November."],
    "strikes", "strikes", 3, "kherson-market-shelling-2023-01-17", a="Mykola Ferents", n="Deadly shelling (importance 3); same theme as the Dnipro strike and mentions the river: must not merge."),
  E("2023-01-17 18:50", "Ukrenergo: repairs ease blackout schedules in Kyiv",
    ["Ukraine's grid operator said repairs at power stations had allowed it to shorten scheduled outages in the capital and several other regions.",
     "It warned that the situation could quickly worsen if Russia launched another large attack on energy facilities."],
    "other", "humanitarian", 2, "ukrenergo-blackout-schedules-2023-01-17", a="Oksana Dovhal", n="Power supply for civilians -> other/humanitarian."),
  ]))

SEEDS.append(dict(id="7931", name="7931_inchbrae-textlive", ext="txt", source="Inchbrae Herald", zone="Europe/Warsaw", render=r_inchbrae,
  title="The war in Ukraine: live updates", dateline="Tuesday, 17 January", tznote="Times are Central European Time", parse_args=["--date", "2023-01-17"],
  lede="Rescuers in Dnipro are nearing the end of their search, and a presidential adviser's remarks have caused a storm in Kyiv.",
  notes="Invented outlet. Text live blog, OLDEST FIRST. The date line 'Tuesday, 17 January' has no year and no year appears anywhere on the page: parse_args --date 2023-01-17. Bare 'HH:MM' line ABOVE each headline, 'By NAME' line after the headline. Central European Time (CET, UTC+1), as the page says. Entry 04 repeats entry 02 nearly verbatim (one word changed): duplicate_of 7931-02. " + D2,
  not_entries=["masthead and menu", "title, date line, zone note", "lede 'Rescuers in Dnipro are nearing ...'", "'By NAME' lines (authors)", "newsletter promo", "closing note and footer"],
  entries=[
  E("2023-01-17 08:10", "Dnipro toll at 44 as search enters fourth day",
    ["Rescuers searching the collapsed block of flats in Dnipro say 44 people are now confirmed dead, as the operation entered its fourth day.",
     "Local officials said cranes were being used to remove the last large sections of concrete."],
    "strikes", "strikes", 3, DNIPRO, a="Halina Rusek"),
  E("2023-01-17 10:20", "Arestovych resignation letter published",
    ["Presidential adviser Oleksiy Arestovych posted a copy of his resignation letter online, a day after his comments about the Dnipro strike drew a wave of anger.",
     "Several members of parliament had called for his dismissal."],
    "other", "politics", 3, ARES, a="Halina Rusek"),
  E("2023-01-17 12:00", "Olena Zelenska urges Davos to use its influence",
    ["Ukraine's first lady Olena Zelenska told the World Economic Forum in Davos that business and political leaders should use their influence to stop Russia's aggression from spreading.",
     "She handed the forum a list of what she called Ukraine's most urgent needs, including air defence."],
    "diplomacy", "diplomacy", 2, "zelenska-davos-speech-2023-01-17", a="Tomasz Wierba", sec=["aid"]),
  E("2023-01-17 13:05", "Arestovych resignation letter published",
    ["Presidential adviser Oleksiy Arestovych posted a copy of his resignation letter online, a day after his comments about the Dnipro strike caused a wave of anger.",
     "Several members of parliament had called for his dismissal."],
    "other", "politics", 1, ARES, a="Halina Rusek", dup="02", n="Near-verbatim repeat of 7931-02 posted again ('drew' -> 'caused')."),
  E("2023-01-17 14:45", "Lithuania to send anti-aircraft guns and ammunition",
    ["Lithuania will send Ukraine another batch of anti-aircraft guns together with ammunition, its defence minister said in Vilnius.",
     "The guns are meant to help Ukrainian units bring down drones over cities and power plants."],
    "aid", "aid", 2, "lithuania-anti-aircraft-guns-pledge-2023-01", a="Tomasz Wierba", n="Air-defence aid like the Dutch Patriot pledge, different donor and event: must not merge."),
  E("2023-01-17 17:30", "One more victim dies in hospital; Dnipro toll rises to 46",
    ["A woman injured in Saturday's missile strike died in hospital, taking the number of dead in Dnipro to 46, the city council said.",
     "The council said a memorial would be built at the site."],
    "strikes", "strikes", 3, DNIPRO, a="Halina Rusek"),
  ]))

SEEDS.append(dict(id="7932", name="7932_jorvale-atom", ext="xml", source="Jorvale Times", zone="UTC", render=r_atom,
  title="Jorvale Times: Russia and Ukraine", url="https://jorvale-times.example", desc="Wire-based updates on the war",
  notes="Invented outlet. Atom 1.0 feed, newest first, <published> in UTC ('Z'); escaped HTML content; per-entry authors. " + D2,
  not_entries=["feed title, subtitle, links, id, updated", "entry links and ids"],
  entries=[
  E("2023-01-17 19:00", "Dnipro death toll now 46, officials say",
    ["The number of people killed by the missile that destroyed part of an apartment block in Dnipro at the weekend has risen to 46, Ukrainian officials said.",
     "The authorities ended the search for survivors earlier on Tuesday."],
    "strikes", "strikes", 3, DNIPRO, a="Callum Ives"),
  E("2023-01-17 14:30", "IAEA to post monitors at all of Ukraine's nuclear plants",
    ["The International Atomic Energy Agency will station its own experts at every nuclear power plant in Ukraine, its director general Rafael Grossi said during a visit to the country.",
     "Until now the agency has had a permanent team only at the Russian-held Zaporizhzhia plant."],
    "other", "security", 2, "iaea-monitors-all-ukraine-plants-2023-01", a="Callum Ives", n="Nuclear safety mission -> other/security."),
  E("2023-01-17 10:15", "Shoigu sets out plan for 1.5 million-strong army",
    ["Russia's defence minister Sergei Shoigu has presented a plan to enlarge the armed forces to 1.5 million service personnel by 2026 and to create two new military districts in the west of the country.",
     "He said the changes were needed because of what he called the expansion of NATO."],
    "other", "security", 3, SHOI, a="Fenella Roche", n="Force structure plan -> other/security; carried by two seeds."),
  E("2023-01-17 08:00", "Pistorius to replace Lambrecht at defence ministry",
    ["Chancellor Olaf Scholz has chosen Boris Pistorius, the interior minister of Lower Saxony, as Germany's new defence minister.",
     "Pistorius, a Social Democrat like Scholz, will take over a ministry under pressure to speed up weapons deliveries to Ukraine."],
    "other", "politics", 3, PIST, a="Fenella Roche", n="New appointment: a new story, not day 1's resignation (must not merge across days)."),
  ]))

SEEDS.append(dict(id="7933", name="7933_kettrick-worldrss", ext="xml", source="Kettrick World", zone="Asia/Kolkata", render=r_rss_world, rfc="+0530",
  title="Kettrick World - International", url="https://kettrick-world.example", desc="International headlines, updated through the day",
  notes="Invented outlet. General world RSS 2.0 feed, newest first, pubDate with +0530 (India Standard Time); only two of six items are about the war. The newest item is 02:00 on 18 January IST but 20:30 on 17 January UTC. No authors. " + D2,
  not_entries=["channel title/link/description", "item links, guids and categories"],
  entries=[
  E("2023-01-18 02:00", "Netherlands to join US and Germany in sending Patriots",
    ["The Netherlands intends to send a Patriot air defence system to Ukraine alongside those promised by the United States and Germany, Prime Minister Mark Rutte said after meeting President Joe Biden at the White House."],
    "aid", "aid", 3, PATR),
  OFF("2023-01-17 21:00", "French unions prepare nationwide strike over pension plan",
      ["Trade unions in France called on workers to walk out on Thursday in protest at the government's plan to raise the minimum retirement age to 64.",
       "Rail and school services are expected to be badly disrupted."], "france-pension-strike-2023-01", n="French domestic politics"),
  E("2023-01-17 18:20", "Shoigu unveils plan to expand Russian army",
    ["Russia intends to increase the size of its military to 1.5 million troops, Defence Minister Sergei Shoigu said, announcing a restructuring that includes new units near the border with Finland."],
    "other", "security", 3, SHOI),
  OFF("2023-01-17 14:15", "Peru declares emergency in Lima as protests spread",
      ["Peru's government declared a state of emergency in the capital and three other regions after weeks of protests demanding the president's resignation and early elections.",
       "Dozens of people have died in clashes since December."], "peru-state-of-emergency-2023-01", n="Peru politics"),
  OFF("2023-01-17 11:00", "Dense fog delays dozens of trains across north India",
      ["More than 30 trains were running late in northern India on Tuesday as thick fog cut visibility to a few metres in parts of Delhi and Uttar Pradesh.",
       "The weather office forecast another cold morning on Wednesday."], "north-india-fog-2023-01-17", n="weather"),
  OFF("2023-01-17 08:40", "China's population shrinks for the first time in six decades",
      ["China's population fell last year for the first time since the early 1960s, official data showed, as births dropped to a record low.",
       "The figures add to worries about a shrinking workforce in the world's second-largest economy."], "china-population-decline-2022", n="demography, China"),
  ]))

SEEDS.append(dict(id="7934", name="7934_glissmoor-article", ext="html", source="Glissmoor Daily", zone="Europe/London", render=r_htmlarticle,
  title="Armour, air defence and a new face in Berlin: Tuesday's war briefing", byline="Rowan Ellacott",
  dateline="17 January 2023 \u00b7 21:45 GMT", dateline_t="2023-01-17 21:45",
  lede="Germany has a new defence minister, the Dutch are adding a Patriot battery, and Western armour keeps coming in small steps.",
  more="Ramstein: what Ukraine wants from Friday's meeting",
  notes="Invented outlet. HTML article with three h2 sections and NewsArticle JSON-LD (datePublished 21:45 UTC); one entry per section, stamp null, published = the dateline '17 January 2023 \u00b7 21:45 GMT', page byline as author. Section 3 is the day's theme piece (analysis). " + D2,
  not_entries=["header and menu", "cookie consent line", "title and standfirst", "byline and dateline", "'Share this article'", "'More on this story' link", "footer"],
  entries=[
  E("2023-01-17 21:45", "A new minister for the Bendlerblock",
    ["Boris Pistorius, a long-serving regional interior minister from Lower Saxony, was named on Tuesday to succeed Christine Lambrecht at Germany's defence ministry.",
     "His first test comes on Friday at Ramstein, where allies will press Berlin over Leopard tanks."],
    "other", "politics", 3, PIST, a="Rowan Ellacott"),
  E("2023-01-17 21:45", "The Hague brings a Patriot",
    ["Dutch prime minister Mark Rutte told Joe Biden in Washington that the Netherlands would contribute to the Patriot missile defence effort for Ukraine.",
     "Officials gave no details of how many launchers or missiles would be involved."],
    "aid", "aid", 3, PATR, a="Rowan Ellacott"),
  E("2023-01-17 21:45", "Analysis: why armour arrives in instalments",
    ["Western governments have moved from helmets to howitzers to tanks in less than a year, but each step has come in small, carefully announced batches.",
     "Part of the reason is logistics: every new vehicle type needs trained crews, spare parts and workshops, and those take months to set up.",
     "The other part is political, as capitals wait for one another so that no single government carries the risk of escalation alone."],
    "aid", "aid", 2, "analysis-western-armour-in-instalments", a="Rowan Ellacott", n="theme piece (analysis): own story, not the Challenger or Patriot pledges."),
  ]))

# ============================================================ PART B, day 3: 2023-04-07 (UTC)
D3 = "Day 3 (2023-04-07 UTC): 7940, 7941, 7942, 7943, 7944."
ZAP = "zaporizhzhia-missile-strike-2023-04-07"
LEAK = "pentagon-leaked-ukraine-documents"
MACRON = "macron-xi-guangzhou-talks-2023-04-07"
BAKH = "bakhmut-defence-2023-04-07"

SEEDS.append(dict(id="7940", name="7940_merrowind-worldrss", ext="xml", source="Merrowind Gazette", zone="America/New_York", render=r_rss_world, rfc="-0400",
  title="Merrowind Gazette: World", url="https://merrowind-gazette.example", desc="World news from the Merrowind Gazette",
  notes="Invented outlet. General world RSS 2.0 feed, newest first, pubDate with -0400 (US Eastern, EDT); only two of six items are about the war. The oldest item is dated Thu, 06 Apr 2023 23:10 -0400, which is 03:10 on 7 April UTC. No authors. " + D3,
  not_entries=["channel title/link/description", "item links, guids and categories"],
  entries=[
  OFF("2023-04-07 17:05", "Storms halt second round at Augusta",
      ["Play in the second round of the Masters was suspended on Friday afternoon as heavy rain and strong winds swept across Augusta National.",
       "Several tall pines came down near the 17th tee, but no spectators were hurt."], "masters-weather-suspension-2023-04-07", n="sport"),
  OFF("2023-04-07 13:30", "Tennessee Democrats expelled from state House vow to fight on",
      ["Two Democratic lawmakers expelled from the Tennessee House of Representatives for joining a gun control protest on the chamber floor said they would seek to return to their seats.",
       "Local councils in Nashville and Memphis can appoint interim replacements."], "tennessee-house-expulsions-2023-04", n="US state politics"),
  E("2023-04-07 10:55", "Pentagon investigating leak of secret Ukraine war documents",
    ["The Pentagon said it was reviewing reports that classified documents describing US and NATO plans to strengthen Ukraine's military had been posted on social media.",
     "Some of the files appeared to have been altered, including figures on battlefield casualties, officials said."],
    "other", "security", 3, LEAK, n="Intelligence leak -> other/security."),
  OFF("2023-04-07 08:40", "Pope to follow Good Friday procession from the Vatican",
      ["Pope Francis will not attend the traditional Way of the Cross procession at Rome's Colosseum on Friday night because of the cold, the Vatican said.",
       "The 86-year-old pontiff left hospital last weekend after treatment for bronchitis."], "pope-good-friday-colosseum-2023", n="religion"),
  E("2023-04-07 04:20", "Macron and Xi hold second day of talks in Guangzhou",
    ["French President Emmanuel Macron and Chinese leader Xi Jinping met again in the southern city of Guangzhou, a day after Macron urged Beijing to help bring Russia back to the negotiating table.",
     "A joint statement from the two sides called for peace talks but did not mention Russia by name."],
    "diplomacy", "diplomacy", 3, MACRON),
  OFF("2023-04-06 23:10", "Israel strikes targets in Gaza and southern Lebanon after rocket fire",
      ["Israel's military said it carried out air strikes in the Gaza Strip and southern Lebanon overnight, after dozens of rockets were fired into northern Israel on Thursday.",
       "There were no immediate reports of casualties in Lebanon."], "israel-strikes-gaza-lebanon-2023-04-07", n="Middle East conflict, not the Russia-Ukraine war"),
  ]))

SEEDS.append(dict(id="7941", name="7941_nabsworth-textlive", ext="txt", source="Nabsworth Daily", zone="Europe/Kyiv", render=r_nabsworth,
  title="Ukraine war latest: Zaporizhzhia struck; Macron and Xi meet again", dateline="Friday 7 April 2023",
  lede="Live coverage from our team in Kyiv. All times are Kyiv summer time.",
  notes="Invented outlet. Text live blog, OLDEST FIRST. Headline first, then the body, then a trailing line 'Posted by NAME at HH:MM EEST' (stamp AFTER the body; the author is the name in it). Kyiv summer time, EEST = UTC+3. Entry 05 repeats entry 02 nearly verbatim (one word changed): duplicate_of 7941-02. " + D3,
  not_entries=["masthead and menu", "title and date line", "lede 'Live coverage from our team ...'", "'Refresh for updates'", "'Share  |  Copy link' under each post", "'- Advertisement -'",
               "link to Thursday's page and footer"],
  entries=[
  E("2023-04-07 07:30", "Missile strike on Zaporizhzhia kills one, city officials say",
    ["One person was killed when Russian missiles hit a residential district of Zaporizhzhia shortly before dawn, the city council said.",
     "At least eight people were injured and several houses were destroyed, officials added."],
    "strikes", "strikes", 3, ZAP, a="Lena Hartigan"),
  E("2023-04-07 10:45", "Lula floats idea of Ukraine ceding Crimea; Kyiv rejects it",
    ["Brazil's President Luiz Inacio Lula da Silva suggested that Ukraine might give up Crimea to secure peace, prompting a sharp response from Kyiv.",
     "A spokesman for Ukraine's foreign ministry said there was no legal, political or moral reason for Ukraine to hand over any of its land."],
    "diplomacy", "diplomacy", 3, "lula-crimea-peace-remark-2023-04", a="Dmytro Salenko", n="Head-of-state peace proposal (importance 3); peace-mediation theme like Macron-Xi, different event: must not merge."),
  E("2023-04-07 12:10", "Zaporizhzhia toll rises to two",
    ["A second person has died after this morning's missile attack on Zaporizhzhia, the regional governor said.",
     "Rescuers are still clearing debris from a damaged apartment block."],
    "strikes", "strikes", 3, ZAP, a="Lena Hartigan"),
  E("2023-04-07 13:05", "Xi and Macron meet again in Guangzhou",
    ["Emmanuel Macron and Xi Jinping continued their talks in Guangzhou on the last day of the French president's state visit to China.",
     "Kyiv has urged Macron to press Beijing to use its influence on Moscow."],
    "diplomacy", "diplomacy", 3, MACRON, a="Dmytro Salenko"),
  E("2023-04-07 14:30", "Lula floats idea of Ukraine ceding Crimea; Kyiv rejects it",
    ["Brazil's President Luiz Inacio Lula da Silva suggested that Ukraine might give up Crimea to secure peace, prompting a sharp response from Kyiv.",
     "A spokesman for Ukraine's foreign ministry said there was no legal, political or moral reason for Ukraine to surrender any of its land."],
    "diplomacy", "diplomacy", 1, "lula-crimea-peace-remark-2023-04", a="Dmytro Salenko", dup="02", n="Near-verbatim repeat of 7941-02 ('hand over' -> 'surrender')."),
  E("2023-04-07 16:50", "Moscow vows to reinforce north-west after Finland's accession",
    ["Russia will strengthen its military presence in its western and north-western regions in response to Finland joining NATO, a deputy foreign minister said.",
     "He did not say how many troops would be moved or what weapons they would bring."],
    "other", "security", 2, "russia-response-finland-nato-2023-04", a="Lena Hartigan"),
  ]))

SEEDS.append(dict(id="7942", name="7942_oxlode-htmllive", ext="html", source="Oxlode Bulletin", zone="Europe/Berlin", render=r_oxlode,
  title="Live: Ukraine war \u2013 Pentagon probes leak, Zaporizhzhia counts casualties", dateline="Friday, 7 April 2023",
  lede="The latest on the war in Ukraine. Times are Central European Summer Time.",
  notes="Invented outlet. HTML live page without JSON-LD, NEWEST FIRST. Each post: <span class=stamp>'HH:MM CEST'</span> ABOVE the h2, then 'By NAME', then the body. CEST = UTC+2. Key Points box lists two exact headlines (entries 01 and 02): key_point true. Entry 06 is a video teaser without body or author. " + D3,
  not_entries=["cookie banner", "header and menu", "title, date line and lede", "'Key Points' heading and its two bullets", "'By NAME' lines", "aside 'Read also' with a link", "footer"],
  entries=[
  E("2023-04-07 20:25", "Third victim dies in Zaporizhzhia hospital",
    ["A third person has died in hospital after the missile strike on Zaporizhzhia, the regional administration said this evening.",
     "Eleven people remain in hospital, two of them in a serious condition."],
    "strikes", "strikes", 3, ZAP, a="Jakob Feltham", kp=True),
  E("2023-04-07 17:10", "Pentagon reviewing leak of documents on Ukraine",
    ["The US Department of Defense says it is looking into the apparent leak of classified documents that set out details of Western support for Ukraine's military.",
     "The papers, which appeared on several social media platforms, include charts on weapons deliveries and troop numbers."],
    "other", "security", 3, LEAK, a="Jakob Feltham", kp=True),
  E("2023-04-07 14:35", "Zaporizhzhia strike: two dead, dozens of flats damaged",
    ["The death toll from this morning's Russian missile attack on the southern city of Zaporizhzhia has risen to two, Ukrainian officials said.",
     "Local authorities said more than 40 flats and a kindergarten were damaged."],
    "strikes", "strikes", 3, ZAP, a="Jakob Feltham"),
  E("2023-04-07 13:15", "Ukraine says Bakhmut lines holding despite Wagner push",
    ["Ukraine's ground forces commander said his troops were holding their positions in Bakhmut, despite Wagner claims that the city centre had fallen.",
     "He said Russian forces had brought in paratroopers to reinforce the assault."],
    "other", "frontline", 3, BAKH, a="Katrin Oyelaran"),
  E("2023-04-07 10:40", "Poland says first MiG-29s are in Ukrainian hands",
    ["Poland has handed over the first four MiG-29 fighter jets it promised to Ukraine, a senior official in the Polish president's office said.",
     "The remaining aircraft will follow after servicing, he said."],
    "aid", "aid", 2, "poland-mig29-handover-2023-04", a="Katrin Oyelaran"),
  E("2023-04-07 07:20", "Watch: Smoke over Zaporizhzhia after pre-dawn strike", [],
    "strikes", "strikes", 1, ZAP, n="Video teaser without body."),
  ]))

SEEDS.append(dict(id="7943", name="7943_pitchmoor-atom", ext="xml", source="Pitchmoor Times", zone="Europe/Kyiv", render=r_atom,
  title="Pitchmoor Times \u2013 War in Ukraine", url="https://pitchmoor-times.example", desc="Our correspondents in Ukraine",
  notes="Invented outlet. Atom 1.0 feed, newest first, <published> with +03:00 (Kyiv, EEST); escaped HTML content; per-entry authors. Entry 04 uses the Russian-derived spelling 'Zaporozhye'; entry 03 is about the Zaporizhzhia NUCLEAR PLANT (a different event from the city strike: must not merge). " + D3,
  not_entries=["feed title, subtitle, links, id, updated", "entry links and ids"],
  entries=[
  E("2023-04-07 19:45", "Kyiv says leaked papers mix real and fabricated data",
    ["An adviser to President Zelensky said the documents circulating online were a mixture of genuine information and invented figures, designed to sow doubt.",
     "He said Ukraine's plans for its coming operations had not been compromised."],
    "other", "security", 3, LEAK, a="Vira Shostak", n="Ukraine's reaction whose content is the leak: same story."),
  E("2023-04-07 17:15", "Bakhmut: Ukrainian command says units still supplied",
    ["Ukrainian defenders in Bakhmut are still being resupplied despite Russian attempts to cut the last roads into the city, a military spokesman said.",
     "He said Wagner fighters had been joined by regular Russian army units in the centre of the city."],
    "other", "frontline", 3, BAKH, a="Vira Shostak"),
  E("2023-04-07 12:40", "IAEA's Grossi: plant protection talks at a 'crucial stage'",
    ["The head of the UN nuclear watchdog said negotiations on protecting the Zaporizhzhia nuclear power plant had reached a crucial stage, after he met Russian officials last week.",
     "Rafael Grossi said he hoped both sides would accept a set of principles to keep the plant from being attacked."],
    "diplomacy", "diplomacy", 2, "iaea-znpp-protection-talks-2023-04", a="Ihor Dobrynko", n="Same place name as the city strike, different event: must not merge."),
  E("2023-04-07 09:05", "Zaporozhye hit by S-300 missiles, one killed",
    ["Russian forces fired S-300 missiles at Zaporozhye early on Friday, killing one person, according to the head of the regional military administration.",
     "The city, spelled Zaporizhzhia in Ukrainian, lies about 40 kilometres from the front line."],
    "strikes", "strikes", 3, ZAP, a="Ihor Dobrynko", n="Spelling variant Zaporozhye."),
  ]))

SEEDS.append(dict(id="7944", name="7944_rendlecombe-article", ext="txt", source="Rendlecombe Post", zone="Europe/London", render=r_textarticle,
  menu="News | World | Politics | Ideas | Culture", kicker="WORLD \u2013 UKRAINE",
  title="Leaks, Beijing and a peace that nobody can define", byline="Harriet Vanstone",
  dateline="7 April 2023 \u00b7 22:10 BST", dateline_t="2023-04-07 22:10",
  lede="Three threads from a Good Friday that was anything but quiet.", more="Inside Ukraine's spring preparations", footer="\u00a9 Rendlecombe Post",
  notes="Invented outlet. Text article with three section headings; one entry per section, stamp null, published = the dateline '7 April 2023 \u00b7 22:10 BST' (UTC+1), page byline as author. Section 3 is the day's theme piece (analysis of China's stance), a separate story from the Macron-Xi talks. " + D3,
  not_entries=["masthead and menu", "kicker", "title, byline, dateline", "lede 'Three threads from a Good Friday ...'", "share line", "'Related:' link", "copyright"],
  entries=[
  E("2023-04-07 22:10", "The leak",
    ["Photographs of what appear to be secret briefing slides on the war in Ukraine have spread across social networks this week, and on Friday the Pentagon confirmed it was looking into them.",
     "US officials said some of the numbers had been doctored to play down Russian losses."],
    "other", "security", 3, LEAK, a="Harriet Vanstone"),
  E("2023-04-07 22:10", "Macron in Guangzhou",
    ["Emmanuel Macron ended his visit to China in Guangzhou, where he spent several hours with Xi Jinping away from the formal settings of Beijing.",
     "The French president said he had asked Xi not to supply Russia with weapons."],
    "diplomacy", "diplomacy", 3, MACRON, a="Harriet Vanstone"),
  E("2023-04-07 22:10", "Analysis: What Beijing means by a 'political settlement'",
    ["China's position paper on the war, published in February, calls for respect for sovereignty but also for the security concerns of all sides, a phrase Moscow reads as a reference to NATO.",
     "For Western diplomats, the question is whether Beijing wants a settlement that restores Ukraine's borders or one that freezes the front line.",
     "So far Xi has spoken to Putin many times and to Zelensky not at all, which critics say tells its own story."],
    "diplomacy", "diplomacy", 2, "analysis-china-political-settlement", a="Harriet Vanstone", n="theme piece (analysis): own story."),
  ]))


# ============================================================ emit
ZONE_TXT = {
  "Australia/Sydney": "Sydney time, AEDT = UTC+11, implied by the outlet",
  "Australia/Perth": "Perth time, AWST = UTC+8, implied by the outlet",
  "Australia/Brisbane": "Brisbane time, AEST = UTC+10 (no daylight saving), implied by the outlet",
  "Pacific/Auckland": "New Zealand time, NZST = UTC+12 (daylight saving ended 2 April 2023), implied by the outlet",
}
BASIS = {
  "r_acm_article": "no per-section time; the article line 'Updated January 5 2023 - 11:48pm, first published 10:20pm' gives date and first-published time, used for every section; {zt}",
  "r_acm_topic": "card stamp '{s}' (full date, 12 h clock); {zt}",
  "r_acm_live_newest": "post time '{s}' under the day divider for {d} (no year in the divider; year from the 'Updated ... 2023' line); {zt}; JSON-LD update datePublished agrees",
  "r_thewest": "card stamp '{s}' (weekday, date, 12 h clock) printed after the text; {zt}",
  "r_acm_rss": "pubDate '{s}' (explicit GMT); published_local converted to the outlet's Perth time (UTC+8)",
  "r_newscorp_live": "post time '{s}' with <time datetime> (+10:00) on {d}; JSON-LD update datePublished agrees; {zt}",
  "r_newscorp_timeline": "time line '{s}' under the timeline header 'Monday, June 5' (no year on the page: parse_args --date 2023-06-05); {zt}",
  "r_acm_live_oldest": "post time '{s}' printed after the headline, on the page date 'Wednesday, February 15 2023'; {zt}",
  "r_stuff_rss": "pubDate '{s}' (explicit +1200, NZST)",
  "r_nzh_live": "post time '{s}' under the day divider for {d} (no year on the page: parse_args --date 2023-05-24, the page's current day); {zt}; crosses local midnight",
  "r_aldervane": "stamp '{s}' on the page date 'Monday 16 January 2023'; GMT = UTC",
  "r_corrimoor": "visible time '{s}' with <time datetime> (+02:00) on {d}; JSON-LD update datePublished agrees; Kyiv EET = UTC+2",
  "r_rss_world": "pubDate '{s}' (explicit zone)",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_textarticle": "no per-section time; the article dateline ({d}, {z}) used for every section",
  "r_htmlarticle": "no per-section time; the article dateline ({d}, GMT) used for every section; JSON-LD datePublished agrees",
  "r_inchbrae": "bare time '{s}' under the date line 'Tuesday, 17 January' (no year: parse_args --date 2023-01-17); CET = UTC+1 as the page says",
  "r_nabsworth": "trailing line '{s}' on the page date 'Friday 7 April 2023'; EEST = UTC+3",
  "r_oxlode": "stamp '{s}' on the page date 'Friday, 7 April 2023'; CEST = UTC+2",
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
                         "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), z=S["zone"], zt=ZONE_TXT.get(S["zone"], S["zone"])),
                         "author": e["a"],
                         "first_sentence": first_sentence(e["p"][0]) if e["p"] else None,
                         "body_paragraphs": len(e["p"]),
                         "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                         "importance": e["imp"], "key_point": e["kp"],
                         "duplicate_of": f"{S['id']}-{e['dup']}" if e["dup"] else None, "story": e["st"],
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

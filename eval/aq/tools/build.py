#!/usr/bin/env python3
"""Builds eval/aq seeds and gold files from one hand-written data table (below).
All news text is written by the blind tester (invented or paraphrased); Part B outlets are invented.
Deterministic. Run from the project root: python3 eval/aq/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **extra):
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(extra)
    return d


def OFF(t, h, p, st, a=None, n="", **extra):
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


def ampm(d, sep=":", space="", dots=False, upper=False):
    hh = d.hour % 12 or 12
    if dots:
        suf = "a.m." if d.hour < 12 else "p.m."
    else:
        suf = "am" if d.hour < 12 else "pm"
        if upper:
            suf = suf.upper()
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def paras_html(ps):
    return [f"<p>{esc(p)}</p>" for p in ps]


# ============================================================ Part A renderers (layouts of real outlets; wording is mine)

def r_hdn(S):  # Hürriyet Daily News section listing, text scrape; place line + "July 23 2025 21:10:00" AFTER the headline; no zone printed
    z = S["zone"]
    L = ["Hürriyet Daily News", "", "TÜRKİYE   ECONOMY   WORLD   OPINION   ARTS & CULTURE   SPORTS   LIFE   PHOTO GALLERY   VIDEO", "Search", "",
         "This website uses cookies to offer you a better browsing experience. For details, see our Cookie Policy.  OK", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{MONTHS[d.month - 1]} {d.day:02d} {d.year} {d:%H:%M}:00"; stamps.append(st)
        L += [e["h"], e["place"], st, ""] + ptxt(e["p"])
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["MORE", "", "MOST READ", "Istanbul ferry timetables change for summer season", "Lira steady ahead of central bank decision", "",
          "ABOUT US | CONTACT | PRIVACY POLICY | COOKIE POLICY | TERMS OF USE", "Hürriyet Daily News - Demirören Media"]
    return "\n".join(L) + "\n", stamps


def r_vns(S):  # Viet Nam News RSS 2.0 section feed; pubDate with +0700; CDATA description with an image and paragraphs; no authors
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', "<channel>",
           f"<title>{esc(S['title'])}</title>", "<link>https://vietnamnews.vn/world</link>",
           "<description>Viet Nam News - The National English Language Daily</description>", "<language>en-us</language>",
           f"<lastBuildDate>{S['build']}</lastBuildDate>", '<atom:link href="https://vietnamnews.vn/rss/world.rss" rel="self" type="application/rss+xml" />']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        url = f"https://vietnamnews.vn/world/{1718200 + i * 37}/{re.sub(r'[^a-z0-9]+', '-', e['h'].lower()).strip('-')}.html"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{url}</link>", f'<guid isPermaLink="true">{url}</guid>', f"<pubDate>{st}</pubDate>",
                "<description><![CDATA[" + f'<img src="https://image.vietnamnews.vn/uploadvnnews/Article/2025/7/18/{400 + i}_a.jpg" width="180" />'
                + "".join(paras_html(e["p"])) + "]]></description>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_borneo(S):  # Borneo Post Online category page (WordPress), text scrape; "by Reuters" then "September 12, 2025, Friday at 10:45 PM"
    z = S["zone"]
    L = ["Skip to content", "Borneo Post Online", S["clock"], "", "Home  Sarawak  Sabah  Nation  World  Business  Sports  Opinion  Lifestyle  Columns  Utusan Borneo  See Hua", "",
         "We use cookies on our website to give you the most relevant experience. By clicking \u201cAccept\u201d, you consent to the use of ALL the cookies.  Cookie settings  ACCEPT", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{MONTHS[d.month - 1]} {d.day}, {d.year}, {DAYS_EN[d.weekday()]} at {ampm(d, space=' ', upper=True)}"; stamps.append(st)
        L += [e["h"], f"by {e['a']}", st, ""] + ptxt(e["p"]) + ["Read more", "Share this:", "Facebook  X  WhatsApp  Telegram", "Like this:", "Like Loading...", ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Older posts", "", "Follow us on Facebook and Telegram", "Copyright \u00a9 The Borneo Post. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_gng(S):  # The Guardian Nigeria World listing, text scrape; "By Reuters" then "10 October 2025   |   4:32 pm"
    z = S["zone"]
    L = ["The Guardian Nigeria News - Nigeria and World News", "", "Home  News  Politics  Opinion  Business  Sport  Features  Life  Art  Technology  Property  Guardian TV", "",
         "Sign in  |  Subscribe", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{d.day} {MONTHS[d.month - 1]} {d.year}   |   {ampm(d, space=' ')}"; stamps.append(st)
        L += [e["h"], f"By {e['a']}", st, ""] + ptxt(e["p"]) + ["Read More", ""]
        if i == 2:
            L += ["ADVERTISEMENT", "", "Related", "Naira gains at official window", ""]
    L += ["Load more", "", "Guardian Newspapers Limited, Rutam House, Isolo, Lagos", "About Us  Contact Us  Privacy Policy  Advertise"]
    return "\n".join(L) + "\n", stamps


def r_eastafrican(S):  # The EastAfrican article with section headings (HTML); date only visible; time only in NewsArticle JSON-LD; one page byline
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": S["url"], "headline": S["title"], "description": S["lede"],
          "datePublished": d0.isoformat(), "dateModified": d0.isoformat(),
          "author": [{"@type": "Person", "name": S["byline"]}], "publisher": {"@type": "Organization", "name": "The EastAfrican",
          "logo": {"@type": "ImageObject", "url": "https://www.theeastafrican.co.ke/logo.png"}}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | The EastAfrican</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header class="site-header"><a class="logo" href="/tea">The EastAfrican</a><nav><a href="/tea/news">News</a> <a href="/tea/business">Business</a> '
           '<a href="/tea/rest-of-africa">Rest of Africa</a> <a href="/tea/news/world">World</a> <a href="/tea/oped">Opinion</a> <a href="/tea/magazine">Magazine</a></nav>'
           '<a class="subscribe" href="/subscribe">Subscribe</a> <a href="/login">Login</a></header>',
           '<main><article class="article">', '<p class="article-topic">World</p>', f"<h1>{esc(S['title'])}</h1>",
           f'<p class="article-lede">{esc(S["lede"])}</p>',
           f'<div class="article-meta"><span class="date">{DAYS_EN[d0.weekday()]}, {MONTHS[d0.month - 1]} {d0.day}, {d0.year}</span></div>',
           f'<div class="byline"><span class="author-name">By {esc(S["byline"])}</span> <span class="author-title">{esc(S["byline_title"])}</span> <a>More by this Author</a></div>',
           '<section class="summary"><h3>What you need to know:</h3><ul>' + "".join(f"<li>{esc(b)}</li>" for b in S["bullets"]) + "</ul></section>",
           '<div class="body">', f"<p>{esc(S['intro'])}</p>"]
    for e in S["entries"]:
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += paras_html(e["p"])
    out += ["</div>", '<div class="share">Share <a>Facebook</a> <a>X</a> <a>LinkedIn</a> <a>WhatsApp</a></div>',
            '<section class="related"><h3>Related</h3><a href="/r1">Kenya shilling holds steady as tea exports rise</a><a href="/r2">Tanzania opens new SGR section</a></section>',
            "</article></main>", "<footer>Nation Media Group \u00b7 Terms of Use \u00b7 Privacy Policy \u00b7 Contact us</footer></body></html>"]
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_azat(S):  # Azatutyun English (RFE/RL Pangea) RSS 2.0; pubDate in GMT; description is entity-escaped HTML (no CDATA); Title Case headlines
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', "<channel>",
           f"<title>{esc(S['title'])}</title>", "<link>https://www.azatutyun.am/z/2040</link>",
           "<description>Radio Free Europe/Radio Liberty Armenian Service - news in English</description>", "<language>en</language>",
           "<copyright>Copyright (c) RFE/RL. All rights reserved.</copyright>", "<ttl>60</ttl>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], z).astimezone(UTC); st = u.strftime("%a, %d %b %Y %H:%M:%S GMT"); stamps.append(st)
        url = f"https://www.azatutyun.am/a/{33620400 + i * 113}.html"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{url}</link>", f"<guid>{url}</guid>", f"<pubDate>{st}</pubDate>",
                f"<category>{e.get('cat', 'News')}</category>",
                "<description>" + esc("".join(paras_html(e["p"]))) + "</description>",
                f'<enclosure url="https://gdb.rferl.org/{2000 + i}_w800.jpg" length="0" type="image/jpeg" />', "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_herald(S):  # The Herald (Glasgow) live blog, text scrape, OLDEST first; day headers without year; bare "07:10" stamps; some posts without headline
    z = S["zone"]
    L = ["The Herald", "", "News  Politics  Sport  Business  Opinion  Arts & Ents  Life & Style  Puzzles  Subscribe", "Sign in  |  Register", "",
         "LIVE", S["title"], "", f"By {S['byline']}", S["byline_title"], "", "Share", "", S["lede"], "", "Showing oldest first  |  Show latest first", ""]
    stamps = []; cur = None; k = 0
    for item in S["entries"] + S.get("trailer", []):
        d = dt(item["t"], z); day = f"{DAYS_EN[d.weekday()]} {d.day} {MONTHS[d.month - 1]}"
        if day != cur:
            cur = day; L += [day, ""]
        st = f"{d:%H:%M}"
        if "trailer" in item:
            L += [st] + ptxt(item["p"]); continue
        stamps.append(st)
        L += [st] + ([item["h"]] if item["h"] else []) + [""] + ptxt(item["p"])
        k += 1
        if k == 3:
            L += ["Sign up to our Ukraine war briefing", "Get the day's key updates in your inbox. Sign up", ""]
    L += ["Comments: Our rules", "We want our comments to be a lively and valuable part of our community.", "",
          "Herald & Times Group, Glasgow \u00b7 Contact \u00b7 Privacy \u00b7 Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_wales(S):  # WalesOnline (Reach) live blog, HTML, newest first; Key Events box; "19:20" stamp above h2, author under it; LiveBlogPosting JSON-LD with per-update times
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{9000 + i}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": " ".join(e["p"]) if e["p"] else e["h"]}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    last = dt(S["entries"][0]["t"], z); first = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "Organization", "name": "WalesOnline"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Wales Online</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<div class="cookie-banner">We and our partners use cookies. <button>I Accept</button> <button>Show Purposes</button></div>',
           '<header><a class="logo" href="/">WalesOnline</a><nav><a>News</a> <a>Sport</a> <a>Rugby</a> <a>Football</a> <a>Whats On</a> <a>Money</a> <a>Property</a> <a>Video</a></nav></header>',
           "<main>", '<p class="live-badge">LIVE</p>', f"<h1>{esc(S['title'])}</h1>", f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="time-info">Updated {last:%H:%M}, {last.day} {MONTHS[last.month - 1][:3].upper()} {last.year}</p>',
           '<div class="share"><a>Share</a> <a>Comments</a></div>',
           '<div class="newsletter">Get the biggest stories from across Wales sent to your inbox. <a>Sign up</a></div>',
           '<section class="key-events"><h2>Key Events</h2><ul>' + "".join(f'<li><a href="#update-{9000 + i}">{esc(e["h"])}</a></li>' for i, e in enumerate(S["entries"]) if e["kp"]) + "</ul></section>",
           '<div class="live-feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="live-event" id="update-{9000 + i}"><p class="time">{st}</p>' + ('<span class="label">KEY EVENT</span>' if e["kp"] else "")
                   + f"<h2>{esc(e['h'])}</h2>" + (f'<p class="author">{esc(e["a"])}</p>' if e["a"] else ""))
        if not e["p"]:
            out.append('<div class="video-embed" data-video="rc-1182">[video]</div>')
        out += paras_html(e["p"])
        out.append("</div>")
        if i == 3:
            out.append('<div class="ad-slot">Advertisement</div>')
    out += ['</div><div class="comments-cta">Comments (0) <a>Join the conversation</a></div>', "</main>",
            "<footer>WalesOnline \u00a9 Reach plc \u00b7 Privacy Notice \u00b7 Terms and Conditions \u00b7 How to complain</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_dutch(S):  # DutchNews.nl WordPress listing, HTML; only the date is visible, the time sits in <time datetime> (+02:00); Yoast @graph without dates per post
    z = S["zone"]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": "https://www.dutchnews.nl/news/", "url": "https://www.dutchnews.nl/news/", "name": "News - DutchNews.nl",
         "isPartOf": {"@id": "https://www.dutchnews.nl/#website"}},
        {"@type": "WebSite", "@id": "https://www.dutchnews.nl/#website", "url": "https://www.dutchnews.nl/", "name": "DutchNews.nl"},
        {"@type": "Organization", "@id": "https://www.dutchnews.nl/#organization", "name": "DutchNews.nl"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="UTF-8">', f"<title>{esc(S['title'])} - DutchNews.nl</title>",
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld) + "</script></head><body class=\"archive category\">",
           '<header id="masthead"><a class="site-title" href="/">DutchNews.nl</a><p class="tagline">Your best source of Dutch news in English</p>'
           '<nav><a>News</a> <a>Politics</a> <a>Economy</a> <a>Society</a> <a>Culture</a> <a>Opinion</a> <a>Jobs</a> <a>Donate</a></nav></header>',
           f'<main id="main"><h1 class="page-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year}"; stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")
        out.append(f'<article class="post type-post"><header class="entry-header"><h2 class="entry-title"><a href="https://www.dutchnews.nl/{d:%Y/%m}/{slug}/">{esc(e["h"])}</a></h2>'
                   f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{d.isoformat()}">{st}</time></span></div></header>'
                   '<div class="entry-content">')
        out += paras_html(e["p"])
        out.append("</div></article>")
        if i == 2:
            out.append('<aside class="donate-box"><p>Thank you for donating to DutchNews.nl.</p><p>We could not provide the Dutch News service without the help of our readers. <a>Donate</a></p></aside>')
    out += ['<nav class="pagination"><a class="next">Older posts</a></nav></main>',
            '<footer>DutchNews.nl \u00b7 About us \u00b7 Contact \u00b7 Privacy policy \u00b7 Advertise</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_stripes(S):  # Stars and Stripes section listing, HTML; kicker, h3, "By NAME, Stars and Stripes", "Published: July 14, 2025 at 6:45 p.m." (no zone printed)
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Stars and Stripes</title></head><body>",
           '<header><a class="logo" href="/">Stars and Stripes</a><nav><a>Military</a> <a>Veterans</a> <a>Theaters</a> <a>Opinion</a> <a>Photos</a> <a>Video</a> <a>Podcasts</a> <a>Classifieds</a></nav>'
           '<a class="subscribe">Subscribe</a> <a>Sign In</a></header>',
           f'<main><h1 class="section-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Published: {MONTHS[d.month - 1]} {d.day}, {d.year} at {ampm(d, space=' ', dots=True)}"; stamps.append(st)
        out.append(f'<div class="article-card"><p class="kicker">{esc(e["kicker"])}</p><h3><a href="/theaters/{e["kicker"].lower()}/{d:%Y-%m-%d}/{i + 18550}.html">{esc(e["h"])}</a></h3>'
                   + (f'<p class="byline">By {esc(e["a"])}</p>' if e["a"] == e["org"] else f'<p class="byline">By {esc(e["a"])}, {esc(e["org"])}</p>') + f'<p class="pubdate">{st}</p>')
        out += [f'<p class="summary">{esc(p)}</p>' for p in e["p"]]
        out.append("</div>")
        if i == 2:
            out.append('<div class="promo">Stripes Digital Access: get unlimited access for $1 a week. <a>Subscribe now</a></div>')
    out += ['<a class="load-more">Load More</a></main>',
            "<footer>Stars and Stripes \u00b7 About Us \u00b7 Contact Us \u00b7 Terms of Use \u00b7 Privacy Policy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


# ============================================================ Part B renderers (invented outlets)

def r_hollowmere(S):  # text live, newest first, Kyiv time, "Key Points" list, bare "22:40" line BEFORE the headline, "— Name" signature after the body
    z = S["zone"]
    L = ["HOLLOWMERE STANDARD", "World | Europe | Ukraine | Business | Opinion", "", S["title"], S["dateline"], "All times Kyiv (EEST)", "",
         "Key Points"] + ["- " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"\u2014 {e['a']}", ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Show earlier posts", "", "Hollowmere Standard \u00b7 Terms \u00b7 Privacy \u00b7 Cookie preferences"]
    return "\n".join(L) + "\n", stamps


def r_cindervale(S):  # HTML live, OLDEST first; LiveBlogPosting JSON-LD with correct per-update times; byline BEFORE "8.20am" <time>; BST
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": e["h"], "datePublished": d.isoformat()}
        if e["p"]:
            u["articleBody"] = "\n\n".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Cindervale Post</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header><b>Cindervale Post</b> <nav><a>Home</a> <a>World</a> <a>Ukraine</a> <a>Politics</a> <a>Newsletters</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           '<p class="order">Oldest posts first</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        out.append(f'<article class="post" id="post-{i + 1}"><div class="post-meta"><span class="by">{esc(e["a"])}</span> <time datetime="{d.isoformat()}">{st}</time></div>'
                   f"<h2>{esc(e['h'])}</h2>")
        if not e["p"]:
            out.append('<figure class="video"><div class="player">[video]</div></figure>')
        out += paras_html(e["p"])
        out.append('<div class="share">Share this post</div></article>')
    out += ['<div class="promo">Get the Cindervale Post world briefing every morning</div></main>', "<footer>Cindervale Post \u00b7 About \u00b7 Corrections \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss(S):  # RSS 2.0; pubDate in GMT or with the outlet's numeric offset; CDATA paragraphs; optional dc:creator
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>', f"<title>{esc(S['title'])}</title>",
           f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>", "<language>en</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if S["rfc"] == "GMT":
            st = d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
        else:
            st = d.strftime("%a, %d %b %Y %H:%M:%S %z")
        stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/news/{S['id']}{i + 11}</link>", f"<guid isPermaLink=\"false\">{S['id']}-{i + 11}</guid>",
                f"<pubDate>{st}</pubDate>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out += [f"<category>{e.get('cat', 'World')}</category>", "<description><![CDATA[" + "".join(paras_html(e["p"])) + "]]></description>", "</item>"]
    out += ["</channel></rss>"]
    return "\n".join(out) + "\n", stamps


def r_article_us(S):  # text article with section headings; dateline "Wednesday, July 30, 2025, 5:40 p.m. EDT"; one entry per section, stamp null
    d = dt(S["dateline_t"], S["zone"])
    dl = f"{DAYS_EN[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}, {ampm(d, space=' ', dots=True)} {S['zabbr']}"
    L = [S["source"], "World  \u203a  Europe  \u203a  Russia-Ukraine war", "", S["title"], "", S["lede"], "", f"By {S['byline']}", dl, "",
         "Listen to this article", ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Share  |  Save  |  Print", "", "Related: " + S["more"], "", f"\u00a9 {S['source']}. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_fennick(S):  # HTML live, OLDEST first, no JSON-LD; <time datetime="...+03:00">04:20</time> above h3; "Reporting: NAME" after body
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Fennick Courier</title></head><body>",
           '<div id="consent">This site uses cookies. <button>Accept all</button> <button>Reject</button></div>',
           '<header>Fennick Courier <nav><a>Front</a> <a>World</a> <a>Ukraine</a> <a>Money</a> <a>Video</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<section class="update"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += paras_html(e["p"])
        if e["a"]:
            out.append(f'<p class="credit">Reporting: {esc(e["a"])}</p>')
        out.append("</section>")
        if i == 2:
            out.append('<aside><h4>Related</h4><a href="/r/1">Map: where Russia has struck Kyiv since 2022</a></aside>')
    out += ["</main><footer>Fennick Courier \u00b7 Imprint \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_atom(S):  # Atom 1.0, items in page (data) order; <published> with the outlet's offset; escaped HTML content; optional author
    z = S["zone"]
    upd = max(dt(e["t"], z) for e in S["entries"])
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           f'<link href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>', f"<id>{S['url']}/atom.xml</id>", f"<updated>{upd.isoformat()}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat().replace("+00:00", "Z"); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="{S["url"]}/a/{i + 701}"/>', f"<id>tag:{S['url'][8:]},2025:{i + 701}</id>",
                f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        if e["p"]:
            out.append('<content type="html">' + esc("".join(paras_html(e["p"]))) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_westhope(S):  # text live, newest first, US Eastern; day headers without year; "7:05 p.m. ET" line BEFORE the headline; one page byline
    z = S["zone"]
    L = ["WESTHOPE LEDGER", "U.S.  |  World  |  Politics  |  Business  |  Opinion", "", S["title"], f"By {S['byline']}", "", S["lede"], ""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); day = f"{DAYS_EN[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"
        if day != cur:
            cur = day; L += [day, ""]
        st = f"{ampm(d, space=' ', dots=True)} ET"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Sign up for the Morning Ledger newsletter", ""]
    L += ["See all updates", "", "Westhope Ledger \u00b7 Contact \u00b7 Terms \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_kelderby(S):  # text live, OLDEST first, Kyiv time; date line without year; headline, then "Posted 06:40", then author line, then body
    z = S["zone"]
    L = ["Kelderby Live", "Home  /  Live  /  Ukraine", "", S["title"], S["dateline"], "Kyiv time", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Posted {d:%H:%M}"; stamps.append(st)
        L += [e["h"], st]
        if e["a"]:
            L.append(e["a"])
        L += [""] + ptxt(e["p"])
        if i == 3:
            L += ["Kelderby Live is free to read. Support our reporting", ""]
    L += ["This live page is no longer being updated.", "Kelderby Live \u00b7 About \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_wierzbno(S):  # HTML live, newest first, Warsaw time; @graph JSON-LD whose updates all carry the PAGE's datePublished and headline; visible "21:50"
    z = S["zone"]
    first = min(dt(e["t"], z) for e in S["entries"]); last = max(dt(e["t"], z) for e in S["entries"])
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#b{i + 1}", "headline": S["title"], "datePublished": first.isoformat(),
            "dateModified": last.isoformat(), "articleBody": (" ".join(e["p"]) if e["p"] else e["h"])[:1000]} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": "https://wierzbno.example/#org", "name": "Wierzbno Courier"},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(), "dateModified": last.isoformat(),
         "coverageStartTime": first.isoformat(), "author": [{"@type": "Person", "name": S["byline"]}], "publisher": {"@id": "https://wierzbno.example/#org"},
         "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header>Wierzbno Courier <nav><a>Poland</a> <a>Europe</a> <a>Ukraine</a> <a>Business</a> <a>Culture</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="byline">{esc(S["byline"])}</p>', f'<p class="date">{esc(S["dateline"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="block" id="b{i + 1}"><span class="time">{st}</span><h3>{esc(e["h"])}</h3>')
        if not e["p"]:
            out.append('<div class="embed">[video]</div>')
        out += paras_html(e["p"])
        out.append("</div>")
    out += ['<div class="promo">Read the Wierzbno Courier in English every morning</div></main><footer>Wierzbno Courier \u00b7 Privacy \u00b7 Terms</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ============================================================ PART A: single pages (layouts of real outlets, own words)
SEEDS = []

SEEDS.append(dict(id="4400", name="4400_hurriyetdailynews-world", ext="txt", source="Hürriyet Daily News", zone="Europe/Istanbul", render=r_hdn,
  title="World",
  notes="Imitates a Hürriyet Daily News (Türkiye) section listing copied as plain text. Newest first. Each item: headline, an upper-case place line (ISTANBUL, ANKARA, ...), then a stamp 'July 23 2025 21:10:00' (month name, zero-padded day, no comma, seconds) AFTER the headline, then the paragraphs. No zone printed: Türkiye time (TRT, UTC+3 all year) is implied by the outlet. The newest item is dated July 24 00:35 local, which is still 23 July in UTC (local-midnight crossing). No bylines: author null. Turkish letters (İ, Ç, ı, ğ) in headlines and bodies.",
  not_entries=["site name, menu and 'Search'", "cookie notice", "section title 'World'", "the upper-case place lines (ISTANBUL, ANKARA, ODESA, İZMİR, KYIV) under each headline",
               "'ADVERTISEMENT'", "'MORE', 'MOST READ' and its two local links", "footer lines"],
  entries=[
  E("2025-07-24 00:35", "Russia, Ukraine agree on new prisoner swap in brief Istanbul talks",
    ["Russian and Ukrainian negotiators wrapped up their third round of direct talks in Istanbul late on July 23 after less than an hour, agreeing to exchange another 1,200 prisoners of war but reporting no movement towards a ceasefire.",
     "Ukraine's chief negotiator Rustem Umerov said Kyiv had proposed that Presidents Volodymyr Zelensky and Vladimir Putin meet before the end of August.",
     "The head of the Russian delegation, Vladimir Medinsky, told reporters that a summit should come at the end of the process, not at its start."],
    "diplomacy", "diplomacy", 3, "istanbul-talks-third-round-2025-07-23", place="ISTANBUL", n="Local date July 24, UTC 23 July 21:35."),
  E("2025-07-23 21:10", "Fidan opens third round of talks at Çırağan Palace",
    ["Foreign Minister Hakan Fidan welcomed the Russian and Ukrainian delegations to the Çırağan Palace on July 23, telling them that every day without a ceasefire cost more lives.",
     "Fidan said Türkiye stood ready to host a meeting of the two countries' leaders in Istanbul or Ankara."],
    "diplomacy", "diplomacy", 3, "istanbul-talks-third-round-2025-07-23", place="ISTANBUL", n="Opening of the same round of talks -> same story as 4400-01."),
  E("2025-07-23 17:40", "Turkish drone maker says Ukraine factory to open next year",
    ["Baykar expects its drone factory near Kyiv to start production in 2026, a company executive told reporters in Ankara, adding that construction had continued despite Russian air strikes.",
     "The plant will assemble drones for Ukraine's armed forces under an agreement signed last year."],
    "aid", "aid", 2, "baykar-ukraine-factory", place="ANKARA", n="Arms production for Ukraine's forces -> aid."),
  E("2025-07-23 14:25", "Russian drones hit port area in Odesa region",
    ["Russian drones struck port facilities in Ukraine's Odesa region overnight, setting a grain warehouse on fire and injuring one worker, the regional governor said.",
     "The Transport Ministry in Ankara said a Turkish-owned cargo ship moored nearby was not damaged and its crew was safe."],
    "strikes", "strikes", 2, "odesa-port-drone-strike-2025-07-23", place="ODESA"),
  OFF("2025-07-23 11:05", "Wildfire near İzmir contained after two days",
      ["Firefighters brought under control a forest fire that had burned for two days in the Seferihisar district of İzmir, the forestry directorate said on July 23.",
       "Dozens of homes were evacuated as a precaution, but no casualties were reported."],
      "izmir-wildfire-2025-07", n="Turkish wildfire.", place="İZMİR"),
  E("2025-07-23 08:50", "Protests in Ukraine after Zelensky signs law curbing anti-graft bodies",
    ["Thousands of people gathered in Kyiv, Lviv and other Ukrainian cities for a second evening to protest against a law that puts the country's two main anti-corruption agencies under the prosecutor general.",
     "The European Commission said it was seeking explanations from Kyiv, warning that the independence of the bodies was a condition of Ukraine's path towards EU membership."],
    "other", "politics", 2, "ukraine-anti-graft-law-protests", place="KYIV"),
  E("2025-07-23 06:30", "Black Sea mine-clearing group extends mission for another year",
    ["Türkiye, Romania and Bulgaria have agreed to extend the mission of their joint naval group clearing drifting mines from the Black Sea, the Turkish Defense Ministry said.",
     "The group was set up last year to make shipping lanes safer after mines broke loose from the war zone."],
    "other", "security", 2, "black-sea-mine-clearing-group-extension", place="ISTANBUL", n="Naval task group of non-parties -> other/security."),
  ]))

SEEDS.append(dict(id="4401", name="4401_vietnamnews-worldrss", ext="xml", source="Viet Nam News", zone="Asia/Ho_Chi_Minh", render=r_vns,
  title="Viet Nam News - World", build="Sat, 19 Jul 2025 06:12:40 +0700",
  notes="Imitates the Viet Nam News (vietnamnews.vn) World RSS 2.0 feed. Newest first. pubDate carries +0700 (Indochina time). Descriptions are CDATA HTML with a thumbnail <img> and the paragraphs; no authors. The newest item is 05:50 on Saturday 19 July local time, which is still 18 July in UTC (22:50Z): all items fall on UTC 18 July although the feed spans two local dates. 'Viet Nam' and Vietnamese diacritics as the outlet writes them. Two items are off-beat (storm forecast, Hà Nội traffic).",
  not_entries=["channel title/link/description/lastBuildDate", "the thumbnail <img> in each description", "<guid> values"],
  entries=[
  E("2025-07-19 05:50", "Air raid alerts sounded across Ukraine as drones approach Kyiv",
    ["Air defence units were working over Kyiv in the early hours of Saturday local time, the city's military administration said, urging residents to remain in shelters.",
     "Ukraine's air force said groups of attack drones were also heading towards the Odesa and Dnipropetrovsk regions."],
    "strikes", "strikes", 2, "drone-attack-kyiv-2025-07-19", n="Local date 19 July; UTC 18 July 22:50."),
  E("2025-07-18 23:15", "EU approves 18th package of sanctions on Russia",
    ["The European Union on Friday adopted its 18th package of sanctions against Russia over the war in Ukraine, including a lower price cap on Russian crude oil and a ban on transactions involving the Nord Stream pipelines.",
     "The package had been held up for weeks by Slovakia, which dropped its objection after receiving assurances about energy prices, diplomats said."],
    "diplomacy", "diplomacy", 3, "eu-18th-sanctions-package"),
  E("2025-07-18 19:40", "Viet Nam reiterates call for dialogue on Ukraine",
    ["Viet Nam supports efforts to settle the conflict between Russia and Ukraine through dialogue and peaceful means, on the basis of international law and the UN Charter, a foreign ministry spokeswoman said.",
     "She was answering a question at the ministry's regular press briefing in Hà Nội about the latest round of peace talks."],
    "diplomacy", "diplomacy", 2, "viet-nam-ukraine-dialogue-statement"),
  OFF("2025-07-18 16:05", "Storm Wipha expected to enter East Sea at weekend",
      ["Tropical storm Wipha is forecast to enter the East Sea on Saturday and may strengthen into a typhoon as it heads towards the northern coast, the National Centre for Hydro-Meteorological Forecasting said.",
       "Coastal provinces from Quảng Ninh to Nghệ An have been told to prepare boats and evacuation plans."],
      "storm-wipha-forecast", n="Vietnamese weather."),
  E("2025-07-18 12:30", "Overnight strikes kill two in Kharkiv region",
    ["Russian drones and guided bombs killed two people and injured nine in Ukraine's Kharkiv region overnight, regional governor Oleh Syniehubov said on Friday."],
    "strikes", "strikes", 2, "kharkiv-region-strikes-2025-07-18"),
  E("2025-07-18 09:20", "Ukraine's parliament approves Svyrydenko as prime minister",
    ["Ukrainian lawmakers on Thursday approved Yulia Svyrydenko as the country's new prime minister, replacing Denys Shmyhal, who had led the government since 2020.",
     "Shmyhal was appointed defence minister in the same session."],
    "other", "politics", 2, "svyrydenko-approved-prime-minister"),
  OFF("2025-07-18 07:45", "Hà Nội to trial low-emission zone in old quarter",
      ["Hà Nội will begin a trial low-emission zone covering part of Hoàn Kiếm District next year, limiting older motorbikes and cars, the municipal People's Committee said."],
      "hanoi-low-emission-zone", n="Hà Nội city traffic."),
  ]))

SEEDS.append(dict(id="4402", name="4402_borneopost-world", ext="txt", source="The Borneo Post", zone="Asia/Kuching", render=r_borneo,
  title="World", clock="Saturday, September 13",
  notes="Imitates The Borneo Post (Malaysia, WordPress) World category page copied as plain text. Newest first. Each post: headline, a 'by AGENCY' line (Reuters, AFP, Bernama, or a staff name), then the stamp 'September 12, 2025, Friday at 10:45 PM' AFTER the headline, paragraphs, and WordPress share chrome ('Read more', 'Share this:', 'Like this:', 'Like Loading...'). No zone printed: Malaysia time (UTC+8) is implied by the outlet. The header clock 'Saturday, September 13' (no year) is the fetch day (local), not a date header. The newest post is 06:40 on 13 September local = 22:40Z on 12 September; all posts fall on UTC 12 September. Agency credits are the author.",
  not_entries=["'Skip to content', site name and the header clock 'Saturday, September 13'", "menu line", "cookie banner", "category title 'World'",
               "'by ...' lines (author)", "'Read more', 'Share this:', share buttons, 'Like this:' and 'Like Loading...' after every post", "'Advertisement'", "'Older posts', social line and copyright"],
  entries=[
  E("2025-09-13 06:40", "NATO launches 'Eastern Sentry' to guard eastern flank after drones enter Poland",
    ["NATO will reinforce its eastern flank with more fighter jets, air-defence systems and drone-detection equipment under a new operation called Eastern Sentry, Secretary General Mark Rutte said on Friday.",
     "The move follows the incursion of about 20 Russian drones into Polish airspace earlier this week, several of which were shot down by Polish and allied aircraft.",
     "Denmark, France, Britain and Germany have offered aircraft and other assets, Rutte told reporters in Brussels."],
    "other", "security", 3, "nato-eastern-sentry-launch", a="Reuters", sec=["diplomacy"], n="Alliance military posture (non-party deployment) -> other/security, diplomacy secondary; major alliance move -> 3."),
  E("2025-09-12 22:15", "Russia and Belarus launch Zapad-2025 war games",
    ["Russian and Belarusian forces began large-scale joint exercises on Friday, with drills planned on both countries' territory as well as in the Baltic and Barents seas, Moscow's defence ministry said.",
     "Poland has closed its border crossings with Belarus for the duration of the manoeuvres, citing security concerns."],
    "other", "security", 2, "zapad-2025-exercises", a="AFP"),
  E("2025-09-12 19:30", "Ukrainian drones strike Russian oil port of Primorsk",
    ["Ukrainian drones hit Primorsk, one of Russia's biggest oil-loading ports on the Baltic Sea, starting fires on a tanker and at a pumping station, the governor of the Leningrad region said on Friday.",
     "Ukraine's military said the attack was part of a campaign to cut the revenues Moscow uses to pay for the war."],
    "strikes", "strikes", 3, "primorsk-port-drone-strike-2025-09-12", a="Reuters"),
  E("2025-09-12 16:50", "Loke: Malaysia will keep pushing for MH17 compensation",
    ["Malaysia will continue to press Russia to negotiate compensation for the families of the victims of flight MH17, Transport Minister Anthony Loke said in Kuching on Friday.",
     "He said the government was studying the next legal steps after the UN aviation agency's council found Russia responsible for the downing in May."],
    "diplomacy", "diplomacy", 2, "malaysia-mh17-compensation", a="Bernama"),
  E("2025-09-12 13:05", "Britain targets shadow fleet tankers with new sanctions",
    ["Britain announced sanctions on 70 more tankers it says belong to Russia's shadow fleet, along with several companies supplying electronics to Russian arms makers."],
    "diplomacy", "diplomacy", 2, "uk-sanctions-shadow-fleet-2025-09-12", a="Reuters"),
  OFF("2025-09-12 10:20", "Kuching to host regional tourism forum next month",
      ["Kuching will host a two-day tourism forum for Brunei, Indonesia, Malaysia and the Philippines in October, the state tourism ministry said."],
      "kuching-tourism-forum", a="Jenny Liaw", n="Sarawak tourism."),
  E("2025-09-12 08:30", "Zelensky urges neighbours to help shoot down drones over Ukraine",
    ["President Volodymyr Zelensky called on Ukraine's neighbours to help intercept Russian drones over western Ukraine, saying a joint air shield would protect European countries as well."],
    "aid", "aid", 2, "zelensky-joint-air-shield-appeal", a="AFP", sec=["diplomacy"], n="Appeal for air-defence help -> aid."),
  ]))

SEEDS.append(dict(id="4403", name="4403_guardiannigeria-world", ext="txt", source="The Guardian (Nigeria)", zone="Africa/Lagos", render=r_gng,
  title="World",
  notes="Imitates The Guardian (Nigeria) World listing copied as plain text. Newest first. Each item: headline, 'By AGENCY/NAME', then '10 October 2025   |   4:32 pm' AFTER the headline (three spaces either side of the bar, 12 h clock), paragraphs, 'Read More'. No zone printed: Nigeria time (WAT, UTC+1) is implied. The newest item is 00:20 on 11 October local = 23:20Z on 10 October (local-midnight crossing); all items fall on UTC 10 October. Entries 02 and 04 are the same overnight attack on Ukraine's energy system (same story). Two items off-beat (US-China tariffs, Nobel Peace Prize).",
  not_entries=["site title, menu, 'Sign in | Subscribe'", "section title 'World'", "'By ...' lines (author)", "'Read More' after each item", "'ADVERTISEMENT' and the 'Related' local link",
               "'Load more' and footer lines"],
  entries=[
  OFF("2025-10-11 00:20", "Trump threatens 100 per cent tariffs on Chinese imports",
      ["President Donald Trump said on Friday the United States would impose additional tariffs of 100 per cent on goods from China from November 1, escalating a dispute over rare earth exports."],
      "us-china-tariff-threat-2025-10-10", a="Reuters", n="US-China trade."),
  E("2025-10-10 18:45", "Russian strikes plunge half of Kyiv into darkness",
    ["Russia fired hundreds of drones and dozens of missiles at Ukraine's energy system overnight into Friday, cutting power and water to large parts of Kyiv, officials said.",
     "At least one person was killed and about a dozen wounded in the capital, among them a seven-year-old boy, Mayor Vitali Klitschko said.",
     "Repair crews were working to restore supplies before nightfall, the energy ministry said."],
    "strikes", "strikes", 3, "russian-energy-strikes-2025-10-10", a="AFP"),
  OFF("2025-10-10 16:20", "Venezuela's Machado wins Nobel Peace Prize",
      ["Venezuelan opposition leader María Corina Machado was awarded the Nobel Peace Prize for her campaign for democracy, the Norwegian Nobel Committee announced in Oslo."],
      "nobel-peace-prize-2025", a="AFP", n="Nobel prize."),
  E("2025-10-10 13:55", "Gas facilities in Kharkiv, Poltava hit in overnight attack, Naftogaz says",
    ["Russia's overnight attack damaged gas production facilities in the Kharkiv and Poltava regions, Ukraine's state energy company Naftogaz said, as Moscow stepped up strikes on the energy sector ahead of winter."],
    "strikes", "strikes", 3, "russian-energy-strikes-2025-10-10", a="Reuters", n="Same overnight attack as 4403-02."),
  E("2025-10-10 11:30", "FG warns Nigerians against bogus job offers in Russia",
    ["The Federal Government has warned Nigerians against accepting overseas job offers that end with recruits being sent to fight in Russia's war against Ukraine.",
     "A spokesman for the Ministry of Foreign Affairs said families in Lagos, Ibadan and Kano had reported relatives missing after they travelled to Russia for jobs as security guards and drivers."],
    "other", "humanitarian", 2, "nigeria-warning-russia-army-recruitment", a="Tobi Adeyemi"),
  E("2025-10-10 09:10", "Putin tells Aliyev Russian missiles caused Azerbaijani jet crash",
    ["Russian President Vladimir Putin told Azerbaijan's Ilham Aliyev that Russian air-defence missiles fired at Ukrainian drones exploded near an Azerbaijan Airlines passenger jet that crashed last December, his first admission of the cause.",
     "Putin made the remarks at a meeting in Dushanbe on Thursday and promised compensation, according to the Kremlin."],
    "diplomacy", "diplomacy", 3, "putin-aliyev-azal-crash-admission", a="Reuters", n="Head-of-state statement to another leader -> diplomacy, 3."),
  E("2025-10-10 07:05", "EU leaders to weigh loan for Ukraine backed by frozen Russian assets",
    ["European Union leaders will discuss this month a plan to lend Ukraine up to 140 billion euros using the cash balances of frozen Russian central bank assets, officials said."],
    "aid", "aid", 2, "eu-reparations-loan-plan", a="Reuters"),
  ]))

SEEDS.append(dict(id="4404", name="4404_theeastafrican-analysis", ext="html", source="The EastAfrican", zone="Africa/Nairobi", render=r_eastafrican,
  title="What the Trump-Zelensky talks mean for East Africa", url="https://www.theeastafrican.co.ke/tea/news/world/trump-zelensky-talks-east-africa-5231007",
  byline="Otieno Barasa", byline_title="Correspondent", dateline_t="2025-10-17 23:40",
  lede="Washington's diplomacy over Ukraine has consequences far from Europe, from fuel prices to Kenyans fighting on the front line.",
  bullets=["Washington held back on long-range missiles for Kyiv.", "A summit between the US and Russian leaders is being planned in Hungary.",
           "Nairobi is trying to trace citizens recruited into the Russian army."],
  intro="As the leaders of the United States and Ukraine met in Washington, governments in the region were watching closely.",
  notes="Imitates a The EastAfrican (Nation Media Group, Kenya) article with section headings, in HTML. Only the date 'Friday, October 17, 2025' is visible; the publication time exists only in the NewsArticle JSON-LD datePublished (2025-10-17T23:40:00+03:00, EAT = UTC+3). Per the convention for articles with sections, each h2 section is one entry: headline = heading, stamp null, published = the article's publication time, author = the page byline. The 'What you need to know:' box, the lede and the untitled intro paragraph are page summary, not entries.",
  not_entries=["header, menu, 'Subscribe' and 'Login'", "topic label 'World'", "h1 title", "lede paragraph", "date line 'Friday, October 17, 2025'", "byline, author title and 'More by this Author'",
               "'What you need to know:' box with three bullets", "untitled intro paragraph before the first section", "share links", "'Related' links", "footer"],
  entries=[
  E("2025-10-17 23:40", "No Tomahawks for now",
    ["US President Donald Trump told Ukraine's Volodymyr Zelensky at the White House on Friday that he hoped the war could end without Washington having to send Tomahawk cruise missiles to Kyiv.",
     "Zelensky had travelled to Washington hoping to secure the long-range weapons, which could reach deep into Russia."],
    "aid", "aid", 3, "trump-zelensky-white-house-2025-10-17", a="Otieno Barasa", sec=["diplomacy"], n="Headline leads with the missiles -> aid; head-of-state meeting -> 3."),
  E("2025-10-17 23:40", "A summit in Budapest",
    ["The meeting came a day after Trump spoke to Vladimir Putin by phone and announced that the two would meet in the Hungarian capital within weeks.",
     "Officials in Moscow said preparations had begun, although no date has been set."],
    "diplomacy", "diplomacy", 3, "trump-putin-call-budapest-summit", a="Otieno Barasa", n="Separate event (the Thursday call) from the Friday meeting."),
  E("2025-10-17 23:40", "Kenyans on the front line",
    ["In Nairobi, the Ministry of Foreign Affairs said at least 150 Kenyans were believed to have been recruited to fight for Russia, many of them lured by promises of civilian jobs.",
     "Officials said the embassy in Moscow was working to trace those listed as missing and to bring home the injured."],
    "other", "humanitarian", 2, "kenyans-recruited-russian-army", a="Otieno Barasa"),
  E("2025-10-17 23:40", "Grain deliveries to the region",
    ["A ship carrying 25,000 tonnes of Ukrainian wheat docked in Mombasa this week under Kyiv's Grain from Ukraine programme, destined for food-insecure households in northern Kenya and Somalia."],
    "other", "humanitarian", 2, "grain-from-ukraine-mombasa-shipment", a="Otieno Barasa", n="Aid FROM a party to third countries is not 'support to a party' -> other/humanitarian."),
  E("2025-10-17 23:40", "Nairobi's careful line",
    ["Kenya has avoided taking sides in the war, calling at the UN for an immediate ceasefire and talks while keeping trade with both Moscow and Kyiv.",
     "Analysts say a negotiated settlement would ease the fuel and fertiliser prices that have weighed on East African economies since 2022."],
    "diplomacy", "diplomacy", 2, "kenya-position-ukraine-war", a="Otieno Barasa"),
  ]))

SEEDS.append(dict(id="4405", name="4405_azatutyun-englishrss", ext="xml", source="Azatutyun", zone="Asia/Yerevan", render=r_azat,
  title="Azatutyun - News in English",
  notes="Imitates the RFE/RL Armenian Service (Azatutyun) English news RSS feed (Pangea CMS style). Newest first. pubDate is printed in GMT; page_timezone is Armenia's (UTC+4) for published_local. Headlines in Title Case as the service writes them. Descriptions are entity-escaped HTML (&lt;p&gt;...) without CDATA; body counts their paragraphs. No authors in the feed. The newest item (01:15 on 6 December Yerevan time) is 21:15Z on 5 December. Two items are off-beat Armenian domestic news.",
  not_entries=["channel title/link/description/copyright/ttl", "<category> values", "<enclosure> image links", "<guid> values"],
  entries=[
  OFF("2025-12-06 01:15", "Government Approves Minimum Wage Rise From January",
      ["The Armenian government on Friday approved an increase in the monthly minimum wage to 85,000 drams from January, saying it would benefit about 90,000 workers."],
      "armenia-minimum-wage-2026", n="Armenian economy.", cat="Economy"),
  E("2025-12-05 22:10", "Pashinian Says Armenia Will Not Join Sanctions Against Russia",
    ["Prime Minister Nikol Pashinian said on Friday that Armenia would not join Western sanctions imposed on Russia over the war in Ukraine but would not let its territory be used to get around them.",
     "Pashinian spoke at a news conference in Yerevan after meeting European Union envoys."],
    "diplomacy", "diplomacy", 2, "pashinian-sanctions-position-2025-12-05", cat="Politics"),
  OFF("2025-12-05 18:35", "Yerevan Metro Fares To Double Next Year",
      ["The Yerevan municipality announced on Friday that a single metro ride would cost 200 drams instead of 100 from March, citing rising maintenance costs."],
      "yerevan-metro-fares", n="Yerevan city transport.", cat="Society"),
  E("2025-12-05 15:20", "EU Blacklists Armenian Trader Over Drone Parts Deliveries To Russia",
    ["The European Union has added an Armenian electronics trading company to its sanctions list, accusing it of supplying components used in Russian military drones.",
     "Armenia's Ministry of Economy said it had not been notified in advance and would look into the case."],
    "diplomacy", "diplomacy", 2, "eu-sanctions-armenian-trader", sec=["aid"], cat="Economy"),
  E("2025-12-05 12:05", "Armenian Volunteers Send Generators To Ukrainian Hospitals",
    ["A group of Armenian volunteers has delivered 40 power generators to hospitals in Kharkiv and Zaporizhzhia, which have faced repeated blackouts after Russian strikes on Ukraine's energy system."],
    "aid", "aid", 2, "armenian-volunteers-generators-ukraine", cat="Society"),
  E("2025-12-05 09:40", "Russian Drone Barrage Leaves Ukrainian Cities Without Power",
    ["Russia launched more than 400 drones and 30 missiles at Ukraine overnight, knocking out electricity in several regions and killing at least three people, Ukrainian officials said."],
    "strikes", "strikes", 3, "russian-barrage-2025-12-05", cat="World"),
  E("2025-12-05 07:30", "Mirzoyan Backs Negotiated End To Ukraine War At OSCE Meeting",
    ["Foreign Minister Ararat Mirzoyan told an OSCE ministerial meeting in Vienna on Thursday that Armenia supported efforts to end the war in Ukraine through negotiations."],
    "diplomacy", "diplomacy", 2, "mirzoyan-osce-ukraine-remarks", cat="Politics"),
  ]))

SEEDS.append(dict(id="4406", name="4406_herald-live", ext="txt", source="The Herald", zone="Europe/London", render=r_herald,
  title="Ukraine live: Russia hits Kyiv government building in biggest air attack of the war", byline="Callum Rennie", byline_title="News reporter",
  lede="Follow the latest updates after Russia launched hundreds of drones and missiles at Ukraine overnight.", parse_args=["--date", "2025-09-07"],
  trailer=[dict(t="2025-09-08 00:40", trailer=True, p=["That's all from us for tonight. Thank you for following our coverage, which will resume in the morning."])],
  notes="Imitates a The Herald (Glasgow, Newsquest) live blog copied as plain text, shown OLDEST first ('Showing oldest first'). The page prints no year anywhere (day headers 'Sunday 7 September' and 'Monday 8 September'), so parse_args --date 2025-09-07. Bare 24 h stamps ('07:10') on their own line BEFORE the post; UK time (BST, UTC+1) implied by the outlet. Three posts have no headline (the stamp is followed directly by body text): headline null. One page byline for all posts. The last news post (00:25 on Monday 8 September BST) is still 7 September in UTC (23:25Z). The stamped sign-off at 00:40 is not an entry.",
  not_entries=["site name, menu, 'Sign in | Register'", "'LIVE' badge and the title line", "page byline 'By Callum Rennie' and 'News reporter'", "'Share'", "lede paragraph",
               "'Showing oldest first | Show latest first'", "day headers 'Sunday 7 September', 'Monday 8 September'", "newsletter box after the third post",
               "the 00:40 sign-off post ('That's all from us for tonight...')", "'Comments: Our rules' and its line", "footer"],
  entries=[
  E("2025-09-07 07:10", "Government building hit as Russia launches biggest air attack of the war",
    ["Russia has fired more than 800 drones and 13 missiles at Ukraine overnight in what officials in Kyiv say is the largest aerial attack since the full-scale invasion began.",
     "The main government building in central Kyiv, which houses the cabinet of ministers, was hit for the first time, with flames seen on its upper floor.",
     "A young mother and her baby were among those killed in the capital, according to the city's military administration."],
    "strikes", "strikes", 3, "kyiv-government-building-strike-2025-09-07", a="Callum Rennie"),
  E("2025-09-07 09:25", None,
    ["Ukraine's prime minister Yulia Svyrydenko said the roof and upper floors of the government building had been damaged and promised that it would be rebuilt.",
     "She said the world must answer the destruction with deeds, not only words."],
    "strikes", "strikes", 3, "kyiv-government-building-strike-2025-09-07", a="Callum Rennie", n="Post without headline; reaction whose content is the attack -> same story."),
  E("2025-09-07 11:40", "Starmer says attack shows Putin is not serious about peace",
    ["Prime Minister Keir Starmer said he was appalled by the overnight strikes and accused Vladimir Putin of undermining every effort to end the war."],
    "strikes", "strikes", 3, "kyiv-government-building-strike-2025-09-07", a="Callum Rennie", sec=["diplomacy"], n="Reaction about the attack itself -> same story."),
  E("2025-09-07 13:55", "Swinney pledges continued welcome for Ukrainians in Scotland",
    ["First Minister John Swinney said Scotland would keep supporting the thousands of Ukrainians who have made their homes here, as he condemned the latest Russian attacks.",
     "More than 27,000 people from Ukraine have arrived in Scotland under visa schemes since 2022, Scottish Government figures show."],
    "other", "humanitarian", 2, "swinney-ukrainians-in-scotland", a="Callum Rennie"),
  E("2025-09-07 16:20", None,
    ["Poland said it had scrambled fighter jets and put ground-based air defences on alert while Russia was attacking targets in western Ukraine."],
    "other", "security", 2, "poland-scrambles-jets-2025-09-07", a="Callum Rennie", n="Post without headline; precaution by a non-party, not an engagement."),
  E("2025-09-07 19:05", "Trump says he is ready for a second phase of sanctions",
    ["Donald Trump told reporters he was ready to move to a second phase of sanctions against Russia, but gave no details of what it would involve."],
    "diplomacy", "diplomacy", 2, "trump-second-phase-sanctions", a="Callum Rennie"),
  E("2025-09-07 21:30", "Ukrainian drones hit Druzhba pipeline pumping station, Kyiv says",
    ["Ukraine's military said its long-range drones had struck a pumping station on the Druzhba oil pipeline in Russia's Bryansk region."],
    "strikes", "strikes", 2, "druzhba-pumping-station-strike-2025-09-07", a="Callum Rennie"),
  E("2025-09-08 00:25", None,
    ["Air raid sirens have sounded again in Kyiv and across much of eastern Ukraine in the early hours of Monday, the Ukrainian air force said, warning of ballistic missile launches."],
    "strikes", "strikes", 2, "air-raid-alerts-2025-09-08", a="Callum Rennie", n="Post without headline under 'Monday 8 September'; 00:25 BST = 23:25Z on 7 September."),
  ]))

SEEDS.append(dict(id="4407", name="4407_walesonline-live", ext="html", source="WalesOnline", zone="Europe/London", render=r_wales,
  title="Ukraine peace talks live: Zelensky meets Starmer, Macron and Merz in London", url="https://www.walesonline.co.uk/news/world-news/live-ukraine-peace-talks-london-32981450",
  lede="Volodymyr Zelensky is in London for talks with European leaders on the US plan to end the war.",
  notes="Imitates a WalesOnline (Reach plc) live blog in HTML, newest first. Each post: a bare '19:20' stamp ABOVE the h2 headline, an optional 'KEY EVENT' label, the author's name under the headline, then paragraphs. UK time, GMT = UTC in December; the page's 'Updated 19:20, 8 DEC 2025' line gives the date. A 'Key Events' box near the top lists two post headlines (entries 01 and 02): key_point true (see Conventions). LiveBlogPosting JSON-LD repeats every update with its own correct datePublished and author. Entry 08 is a video teaser ('Watch:') with no body. Entry 07 is an explainer.",
  not_entries=["cookie banner", "header and menu", "'LIVE' badge, h1 title and standfirst", "'Updated 19:20, 8 DEC 2025' line", "share/comments links", "newsletter box",
               "'Key Events' heading and its two links (they point at posts 01 and 02)", "'KEY EVENT' labels", "author lines under headlines", "'[video]' embed placeholder",
               "'Advertisement'", "comments call to action", "footer"],
  entries=[
  E("2025-12-08 19:20", "Zelensky: no agreement yet on territory",
    ["Volodymyr Zelensky has said there is still no agreement on the question of territory in the US-drafted peace plan, after talks with European leaders in Downing Street.",
     "He said Ukraine could not give up land it still controls and that any deal needed strong security guarantees."],
    "diplomacy", "diplomacy", 3, "london-leaders-meeting-2025-12-08", a="Elin Gwyther", kp=True),
  E("2025-12-08 17:05", "Starmer hosts Zelensky, Macron and Merz in Downing Street",
    ["Keir Starmer welcomed Volodymyr Zelensky, Emmanuel Macron and Friedrich Merz to Number 10 this afternoon for talks on the latest version of the US peace proposals.",
     "The Prime Minister said Europe had to stand with Ukraine at what he called a critical moment."],
    "diplomacy", "diplomacy", 3, "london-leaders-meeting-2025-12-08", a="Dafydd Rowlands", kp=True),
  E("2025-12-08 15:40", "Ukrainians in Wales hold vigil outside the Senedd",
    ["Members of Wales' Ukrainian community gathered outside the Senedd in Cardiff Bay to call for a just peace that does not reward Russian aggression."],
    "other", "politics", 2, "senedd-vigil-ukraine-2025-12-08", a="Elin Gwyther"),
  E("2025-12-08 13:10", "Russia claims more gains near Huliaipole",
    ["Russia's defence ministry said its troops had captured two more villages near Huliaipole in the Zaporizhzhia region, a claim Ukraine's military did not confirm."],
    "other", "frontline", 2, "russia-claims-villages-huliaipole", a="Dafydd Rowlands"),
  E("2025-12-08 11:25", "Drone attack cuts power in Chernihiv region",
    ["A Russian drone attack on energy facilities overnight left more than 30,000 homes in the Chernihiv region without electricity, the regional governor said."],
    "strikes", "strikes", 2, "chernihiv-energy-drone-strike-2025-12-08", a="Elin Gwyther"),
  E("2025-12-08 09:50", "Kremlin says European changes to plan are unacceptable",
    ["The Kremlin has said the US plan could serve as a basis for a settlement, but that changes proposed by European governments were unacceptable to Moscow."],
    "diplomacy", "diplomacy", 2, "kremlin-reaction-peace-plan-changes", a="Dafydd Rowlands"),
  E("2025-12-08 08:15", "What we know about the revised peace plan",
    ["The latest draft of the US-backed plan is understood to have been cut from 28 points to about 20 after talks between American and Ukrainian officials in Florida and Geneva.",
     "The most difficult issues remain control of the Donbas and the future of the Zaporizhzhia nuclear power plant."],
    "diplomacy", "diplomacy", 2, "explainer-revised-peace-plan", a="Elin Gwyther", n="Explainer (theme piece with body): own story, importance 2."),
  E("2025-12-08 07:30", "Watch: Zelensky arrives in London", [], "diplomacy", "diplomacy", 1, "london-leaders-meeting-2025-12-08", a="Dafydd Rowlands",
    n="Video teaser without body -> importance 1."),
  ]))

SEEDS.append(dict(id="4408", name="4408_dutchnews-news", ext="html", source="DutchNews.nl", zone="Europe/Amsterdam", render=r_dutch,
  title="News",
  notes="Imitates the DutchNews.nl (WordPress) news listing in HTML. Newest first. Only the date 'July 9, 2025' is visible for each post; the time exists only in the <time class=\"entry-date published\" datetime=\"2025-07-09T21:30:00+02:00\"> attribute (CEST). The stamp is the visible date text; published comes from the datetime attribute. The Yoast JSON-LD graph carries no per-post dates. No bylines: author null. Two posts are off-beat (heat warning, Schiphol night flights).",
  not_entries=["masthead, tagline and menu", "page title 'News'", "donation box ('Thank you for donating to DutchNews.nl.' and its appeal)", "'Older posts'", "footer", "Yoast JSON-LD graph"],
  entries=[
  E("2025-07-09 21:30", "Municipalities warn of shortfall in places for Ukrainian refugees",
    ["Dutch local authorities will run out of places to house Ukrainian refugees by the end of the year unless the government releases more money, the association of municipalities said on Wednesday.",
     "Around 120,000 Ukrainians are currently living in the Netherlands, most of them in municipal shelters or with host families."],
    "other", "humanitarian", 2, "dutch-municipalities-ukrainian-shelter"),
  E("2025-07-09 17:10", "Brekelmans: Netherlands to fund \u20ac300m in drones for Ukraine",
    ["The Netherlands will spend a further \u20ac300 million on drones for Ukraine's armed forces, defence minister Ruben Brekelmans said on a visit to Kyiv.",
     "The money will go towards interceptor drones to help shoot down the attack drones Russia launches every night."],
    "aid", "aid", 3, "netherlands-drone-funding-2025-07-09"),
  OFF("2025-07-09 14:05", "Heat warning issued for southern provinces",
      ["The KNMI weather bureau has issued a code orange warning for Limburg, Noord-Brabant and Zeeland, where temperatures are expected to climb above 35 degrees on Thursday."],
      "netherlands-heat-warning-july-2025", n="Dutch weather."),
  E("2025-07-09 11:20", "European court finds Russia responsible for MH17 downing",
    ["The European Court of Human Rights has ruled that Russia was responsible for shooting down flight MH17 over eastern Ukraine in 2014, in a case brought by the Netherlands and Ukraine.",
     "The judges also found that Russia had violated human rights in the parts of eastern Ukraine under its control since 2014.",
     "The foreign minister called the ruling an important step towards justice for the 298 victims, 196 of whom were Dutch."],
    "other", "humanitarian", 3, "echr-mh17-ruling", n="Court ruling on war crimes/rights violations -> other/humanitarian; landmark ruling -> 3 (see Conventions)."),
  E("2025-07-09 09:45", "Record Russian drone attack targets western Ukraine",
    ["Russia launched more than 700 drones and decoys at Ukraine overnight, the largest such attack of the war, with the western city of Lutsk among the main targets, Ukraine's air force said."],
    "strikes", "strikes", 3, "record-drone-attack-2025-07-09"),
  E("2025-07-09 08:10", "Rotterdam port to step up checks on shadow fleet tankers",
    ["The port of Rotterdam and the coastguard will carry out more inspections of ageing tankers suspected of carrying Russian oil in breach of sanctions, the infrastructure ministry said."],
    "diplomacy", "diplomacy", 2, "rotterdam-shadow-fleet-checks", n="Sanctions enforcement -> diplomacy."),
  OFF("2025-07-09 06:30", "Schiphol night flights to be cut further from next year",
      ["Schiphol airport will reduce the number of night-time flights by a further 10% from next year to limit noise for local residents, the airport said."],
      "schiphol-night-flights", n="Dutch aviation."),
  ]))

SEEDS.append(dict(id="4409", name="4409_starsandstripes-europe", ext="html", source="Stars and Stripes", zone="America/New_York", render=r_stripes,
  title="Latest News",
  notes="Imitates the Stars and Stripes (US forces' newspaper) latest-news listing in HTML. Newest first. Each card: kicker, h3 headline, 'By NAME, Stars and Stripes' (or 'By NAME, The Associated Press', or just 'By The Associated Press'), then 'Published: July 14, 2025 at 6:45 p.m.' AFTER the headline (no zone printed; the paper's home is Washington, so US Eastern, EDT = UTC-4). The oldest card is dated July 13 at 9:30 p.m. EDT, which is 01:30Z on 14 July: all cards fall on UTC 14 July though they span two local dates. AP credit lines without a person give author 'The Associated Press'. Entries 01 and 02 are related (Patriots) but separate events: the President's announcement vs the German minister's Pentagon talks.",
  not_entries=["header, menu, 'Subscribe' and 'Sign In'", "section title 'Latest News'", "kicker labels (UKRAINE, MILITARY, PACIFIC, ...)", "byline lines (author)", "digital access promo ('Stripes Digital Access: get unlimited access for $1 a week.')", "'Load More'", "footer"],
  entries=[
  E("2025-07-14 18:45", "Trump says Patriots will go to Ukraine with NATO allies footing the bill",
    ["President Donald Trump said Monday that the United States would send Patriot air defense systems and other weapons to Ukraine, with European NATO members paying for them.",
     "Speaking in the Oval Office alongside NATO Secretary-General Mark Rutte, Trump also threatened steep tariffs on Russia's trading partners if Moscow does not agree to a deal within 50 days."],
    "aid", "aid", 3, "trump-patriots-via-nato-2025-07-14", a="Alex Dalton", org="Stars and Stripes", kicker="UKRAINE", sec=["diplomacy"]),
  E("2025-07-14 16:10", "German defense chief in Washington to discuss buying Patriots for Kyiv",
    ["German Defense Minister Boris Pistorius met Defense Secretary Pete Hegseth at the Pentagon on Monday to discuss Germany buying Patriot systems from the United States for Ukraine."],
    "aid", "aid", 2, "germany-patriot-purchase-talks-2025-07-14", a="The Associated Press", org="The Associated Press", kicker="UKRAINE",
    n="Separate event from 4409-01 (same theme): must not merge."),
  E("2025-07-14 13:30", "Wiesbaden-based command readies for new wave of weapons deliveries",
    ["The US-led command in Wiesbaden, Germany, that coordinates military aid for Ukraine is preparing to handle a new flow of weapons after the White House lifted a pause on some deliveries, officials said."],
    "aid", "aid", 2, "sag-u-wiesbaden-deliveries", a="Jack Merritt", org="Stars and Stripes", kicker="MILITARY"),
  OFF("2025-07-14 11:05", "Camp Humphreys shifts training hours as heat wave grips South Korea",
      ["Soldiers at Camp Humphreys will train earlier in the morning and halt outdoor work in the afternoon while a heat advisory remains in effect, the garrison said Monday."],
      "camp-humphreys-heat-advisory", a="Daniel Seong", n="US forces in Korea, not the war.", org="Stars and Stripes", kicker="PACIFIC"),
  E("2025-07-14 09:20", "Russian glide bombs kill 3 in Kharkiv region",
    ["Russian guided bombs struck a village in Ukraine's Kharkiv region on Monday morning, killing three people and wounding five, regional officials said."],
    "strikes", "strikes", 3, "kharkiv-glide-bombs-2025-07-14", a="The Associated Press", org="The Associated Press", kicker="UKRAINE"),
  E("2025-07-14 07:40", "Trump envoy Kellogg arrives in Kyiv",
    ["Keith Kellogg, President Donald Trump's special envoy for Ukraine, arrived in Kyiv on Monday for a week of meetings with Ukrainian officials, Ukraine's foreign ministry said."],
    "diplomacy", "diplomacy", 2, "kellogg-kyiv-visit-2025-07-14", a="The Associated Press", org="The Associated Press", kicker="UKRAINE"),
  E("2025-07-13 21:30", "Ukrainian drones force Moscow airports to halt flights",
    ["Moscow's main airports suspended flights for several hours early Monday as Russian air defenses tried to repel a wave of Ukrainian drones, Russian authorities said."],
    "strikes", "strikes", 2, "moscow-airports-drone-disruption-2025-07-14", a="The Associated Press", org="The Associated Press", kicker="RUSSIA",
    n="Local date 13 July (EDT); UTC 14 July 01:30."),
  ]))


# ============================================================ PART B: three multi-source days (invented outlets)
A1 = "zaporizhzhia-glide-bomb-strike-2025-07-30"
B1 = "kremlin-response-trump-deadline-2025-07-30"
J1 = "germany-patriot-launchers-2025-07-30"
L1 = "nabu-sap-independence-bill"
D1 = ("Day 1 of the multi-source set (UTC 2025-07-30; seeds 4420-4423). Main story " + A1 + " (all four seeds; toll 2 -> 4 -> 5 -> 6 -> 7; spelled Zaporizhzhia / Zaporozhye / Zaporizhia). "
      "Also multi-seed: " + B1 + " (4421, 4423) and " + J1 + " (4420, 4421, 4423). Must not merge: the Kharkiv drone strike, the Russian claim of a village in the Zaporizhzhia region and the "
      "glide-bomb analysis vs the Zaporizhzhia strike; the India tariff vs the Kremlin's answer to Trump.")

SEEDS.append(dict(id="4420", name="4420_hollowmere-textlive", ext="txt", source="Hollowmere Standard", zone="Europe/Kyiv", render=r_hollowmere,
  title="Russia-Ukraine war live: Zaporizhzhia strike toll rises; Germany sends more Patriots", dateline="Wednesday 30 July 2025",
  notes="Invented outlet. Text live blog, newest first; 'All times Kyiv (EEST)', UTC+3; a bare '22:40' line BEFORE each headline; a '\u2014 Name' signature after the body. A 'Key Points' list at the top repeats the headlines of entries 01 and 03 (key_point true). Entry 02 is the day's theme piece (analysis). Entry 05 starts the anti-graft bill story continued on day 2. " + D1,
  not_entries=["masthead and menu", "title, date line and 'All times Kyiv (EEST)'", "'Key Points' heading and its two bullets", "'Latest'", "'\u2014 Name' signature lines (author)", "'Advertisement'", "'Show earlier posts' and footer"],
  entries=[
  E("2025-07-30 22:40", "Zaporizhzhia toll climbs to seven",
    ["Seven people are now confirmed dead after this morning's strike on Zaporizhzhia, regional governor Ivan Fedorov said, after rescuers recovered two more bodies from a collapsed workshop.",
     "Twenty-two people were injured, nine of whom remain in hospital."],
    "strikes", "strikes", 3, A1, a="Iryna Mazur", kp=True),
  E("2025-07-30 20:15", "Analysis: why glide bombs have become Russia's weapon of choice",
    ["Cheap to produce and hard to intercept, the Soviet-era bombs that Russian jets now release with wing kits and satellite guidance have become the main threat to Ukraine's frontline cities.",
     "Launched from up to 70 kilometres away, they allow pilots to stay beyond the reach of most Ukrainian air defences.",
     "Kyiv says only long-range strikes on the airfields that host the bombers can reduce the threat."],
    "strikes", "strikes", 2, "analysis-russian-glide-bombs", a="Tom Ashby", n="Theme piece (analysis with body): own story, importance 2; must not merge with the Zaporizhzhia strike."),
  E("2025-07-30 17:30", "Germany sending two more Patriot launchers",
    ["Germany will deliver two additional Patriot launch systems to Ukraine within days, Defence Minister Boris Pistorius said, with Washington agreeing to replace them later from new production."],
    "aid", "aid", 3, J1, a="Tom Ashby", kp=True),
  E("2025-07-30 15:05", "Kharkiv drone strike injures three",
    ["A Russian drone hit a nine-storey residential building in Kharkiv's Kyivskyi district, injuring three people, Mayor Ihor Terekhov said."],
    "strikes", "strikes", 2, "kharkiv-drone-strike-2025-07-30", a="Iryna Mazur", n="Different attack from Zaporizhzhia (same theme): must not merge; also not the day-2 Kharkiv strike."),
  E("2025-07-30 12:20", "Anti-graft bill clears parliamentary committee",
    ["A bill submitted by President Volodymyr Zelensky to restore the independence of Ukraine's anti-corruption bureau and special prosecutor has been approved by parliament's law enforcement committee.",
     "The full parliament is expected to vote on it on Thursday."],
    "other", "politics", 2, L1, a="Iryna Mazur", n="Story continued on day 2 (vote and signature)."),
  E("2025-07-30 10:45", "Zaporizhzhia: death toll rises to five",
    ["Five people were killed and at least 18 wounded in the Russian attack on Zaporizhzhia, the regional governor said in an update."],
    "strikes", "strikes", 3, A1, a="Iryna Mazur"),
  E("2025-07-30 07:10", "Two dead as Russian bombs hit Zaporizhzhia",
    ["Russian guided aerial bombs struck an industrial area of Zaporizhzhia early on Wednesday, killing two people and damaging nearby homes, regional officials said."],
    "strikes", "strikes", 3, A1, a="Iryna Mazur"),
  ]))

SEEDS.append(dict(id="4421", name="4421_cindervale-ldlive", ext="html", source="Cindervale Post", zone="Europe/London", render=r_cindervale,
  title="Ukraine war live: deadly strike on Zaporozhye; Kremlin responds to Trump deadline", dateline="Wednesday 30 July 2025",
  url="https://cindervale.example/world/live/ukraine-2025-07-30", lede="Russian bombs hit an industrial district in southern Ukraine as Moscow answers Washington's new deadline.",
  notes="Invented outlet. HTML live blog, OLDEST first ('Oldest posts first'); LiveBlogPosting JSON-LD with one update per post and correct per-update datePublished; visible stamps '8.20am' in <time datetime> (+01:00, BST) with the author's name BEFORE the time and headline. Spelling 'Zaporozhye'. Entry 02 is a video teaser without body; entry 07 repeats entry 03 nearly verbatim (duplicate_of 4421-03). Entry 04 is re-posted on day 2 by the same outlet's feed (4433-02). " + D1,
  not_entries=["header and menu", "h1 title, date line and standfirst", "'Oldest posts first'", "author names before each time (author)", "'[video]' placeholder", "'Share this post' under every post", "newsletter promo", "footer"],
  entries=[
  E("2025-07-30 08:20", "Four killed as bombs hit Zaporozhye industrial zone",
    ["At least four people have been killed after Russian guided bombs struck an industrial district of Zaporozhye in southern Ukraine, according to local officials.",
     "Photographs from the scene showed a partly collapsed workshop and burnt-out cars."],
    "strikes", "strikes", 3, A1, a="Gemma Thorne"),
  E("2025-07-30 10:05", "Watch: rescuers dig through rubble in Zaporozhye", [], "strikes", "strikes", 1, A1, a="Gemma Thorne", n="Video teaser without body -> importance 1."),
  E("2025-07-30 12:40", "Kremlin says it has noted Trump's new deadline",
    ["The Kremlin has taken note of Donald Trump's decision to shorten his deadline for a peace deal to 10 or 12 days, but Russia will continue its military operation, spokesman Dmitry Peskov said.",
     "Peskov told reporters that Vladimir Putin remained open to a settlement that met Russia's goals."],
    "diplomacy", "diplomacy", 3, B1, a="Owen Prothero"),
  E("2025-07-30 14:25", "Berlin confirms extra Patriot launchers for Ukraine",
    ["Germany's defence ministry has confirmed that two more Patriot launchers will be handed to Ukraine in the coming days, with the US to backfill German stocks from new production.",
     "The missiles for the systems will be supplied separately, officials said."],
    "aid", "aid", 3, J1, a="Owen Prothero"),
  E("2025-07-30 16:50", "Russia claims capture of village in Zaporozhye region",
    ["Russia's defence ministry said its forces had taken the village of Stepove in the Zaporozhye region, a claim Ukraine's general staff did not confirm."],
    "other", "frontline", 2, "russia-claims-village-zaporizhzhia-region-2025-07-30", a="Gemma Thorne", n="Same region as the strike, different event: must not merge."),
  E("2025-07-30 17:40", "Zaporozhye death toll rises to six",
    ["The number of people killed in this morning's attack on Zaporozhye has risen to six, the regional administration said."],
    "strikes", "strikes", 3, A1, a="Gemma Thorne"),
  E("2025-07-30 18:35", "Kremlin says it has noted Trump deadline",
    ["The Kremlin has taken note of Donald Trump's decision to shorten his deadline for a peace deal to 10 or 12 days, but Russia will continue its military operation, spokesman Dmitry Peskov said.",
     "Peskov told reporters that Vladimir Putin remained open to a settlement that met Russia's goals."],
    "diplomacy", "diplomacy", 1, B1, a="Owen Prothero", dup="4421-03", n="Near-verbatim repeat of 4421-03 (headline one word shorter) -> importance 1."),
  ]))

SEEDS.append(dict(id="4422", name="4422_tarnwick-worldrss", ext="xml", source="Tarnwick World Service", zone="UTC", render=r_rss, rfc="GMT",
  title="Tarnwick World Service - Top stories", url="https://tarnwick.example", lede="International news from the Tarnwick World Service newsroom",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, no authors; four of six items are off-beat (Canada and Palestine, the Fed, the Kamchatka tsunami warnings, Beijing floods). Spelling 'Zaporizhia'. The India tariff item is war-related (penalty for buying Russian oil) and is a different story from the Kremlin's answer to Trump. " + D1,
  not_entries=["channel title/link/description", "<guid> and <category> values"],
  entries=[
  OFF("2025-07-30 21:50", "Canada to recognise Palestinian state in September",
      ["Canada will recognise a Palestinian state at the United Nations General Assembly in September, Prime Minister Mark Carney said, joining France and Britain in shifting policy."],
      "canada-palestine-recognition", n="Middle East diplomacy."),
  OFF("2025-07-30 19:05", "Fed keeps interest rates on hold",
      ["The US Federal Reserve left its benchmark interest rate unchanged at between 4.25% and 4.5%, resisting pressure from President Donald Trump to cut borrowing costs."],
      "fed-rates-july-2025", n="US monetary policy."),
  E("2025-07-30 17:15", "Trump sets 25% tariff on India, adds penalty over Russian oil",
    ["President Donald Trump said India would face a 25% tariff on its exports to the United States from August 1, plus an unspecified penalty for buying Russian oil and weapons.",
     "The White House has been pressing Russia's trading partners to help push Moscow towards a ceasefire."],
    "diplomacy", "diplomacy", 2, "us-india-tariff-russian-oil-penalty", n="Sanctions-style pressure on Russia's trading partner -> diplomacy; not the Kremlin story."),
  OFF("2025-07-30 13:40", "Tsunami warnings lifted after powerful Kamchatka quake",
      ["Authorities around the Pacific lifted most tsunami warnings after one of the strongest earthquakes ever recorded struck off Russia's Kamchatka peninsula, causing only limited damage."],
      "kamchatka-earthquake-tsunami", n="Natural disaster (in Russia, but not the war)."),
  E("2025-07-30 11:20", "Zaporizhia strike kills five",
    ["At least five people were killed when Russian glide bombs struck an industrial area of Zaporizhia in southern Ukraine, officials said."],
    "strikes", "strikes", 3, A1),
  OFF("2025-07-30 06:10", "Floods kill dozens on Beijing's outskirts",
      ["Torrential rain has killed at least 30 people in the mountainous districts north of Beijing, with Miyun the worst hit, state media reported."],
      "beijing-floods-july-2025", n="China floods."),
  ]))

SEEDS.append(dict(id="4423", name="4423_brackenholt-article", ext="txt", source="Brackenholt Journal", zone="America/New_York", render=r_article_us,
  title="Seven dead in Zaporizhzhia as Moscow brushes off Trump's deadline", byline="Nora Vance", dateline_t="2025-07-30 17:40", zabbr="EDT",
  lede="A Russian bomb attack in southern Ukraine turned deadlier through the day, while the Kremlin said a new US deadline changed nothing.",
  more="What Trump's deadline means for Russia's oil buyers",
  notes="Invented outlet. Text article with four section headings; one entry per section, stamp null, published = the dateline 'Wednesday, July 30, 2025, 5:40 p.m. EDT' (UTC-4 = 21:40Z); page byline as author. " + D1,
  not_entries=["outlet name and breadcrumb", "title and lede", "byline and dateline lines", "'Listen to this article'", "'Share | Save | Print'", "'Related: ...' link", "copyright line"],
  entries=[
  E("2025-07-30 17:40", "A deadly morning in the south",
    ["The death toll from a Russian guided-bomb attack on an industrial area of Zaporizhzhia rose to seven on Wednesday, Ukrainian officials said, with more than 20 people wounded.",
     "The city, about 30 miles from the front line, is hit almost daily by drones and bombs."],
    "strikes", "strikes", 3, A1, a="Nora Vance"),
  E("2025-07-30 17:40", "Moscow answers Washington",
    ["Kremlin officials shrugged off President Donald Trump's new deadline for Russia to agree to a ceasefire, saying Moscow's aims in Ukraine had not changed.",
     "Former president Dmitry Medvedev warned on social media that each new ultimatum brought a wider war closer."],
    "diplomacy", "diplomacy", 3, B1, a="Nora Vance"),
  E("2025-07-30 17:40", "More air defense from Berlin",
    ["Germany said it would send two more Patriot launchers to Ukraine within days, part of an arrangement under which the United States will later replace them."],
    "aid", "aid", 3, J1, a="Nora Vance"),
  E("2025-07-30 17:40", "Bodies returned",
    ["Ukraine received the bodies of 1,000 people that Russia said were Ukrainian soldiers, in a transfer that also saw 19 bodies handed back to Moscow, Ukrainian officials said."],
    "other", "humanitarian", 2, "bodies-repatriation-2025-07-30", a="Nora Vance"),
  ]))

K2 = "kyiv-missile-strike-2025-07-31"
C2 = "chasiv-yar-capture-claim-2025-07-31"
D2 = ("Day 2 of the multi-source set (UTC 2025-07-31 = day 1 + 1; seeds 4430-4433). Main story " + K2 + " (all four seeds; toll 6 -> 12 -> 16 -> 23; spelled Kyiv / Kiev; "
      "district Sviatoshynskyi). Continuation of day 1: " + L1 + " (parliament's vote and Zelensky's signature; 4430, 4432). Also multi-seed: " + C2 + " (4430, 4431). "
      "Re-post: 4433-02 repeats day-1 entry 4421-04 (same outlet). Must not merge: the Kharkiv glide-bomb strike (vs Kyiv, and vs day 1's Kharkiv drone strike), the Samara refinery "
      "strike and the air-defence explainer vs the Kyiv strike; Witkoff's trip vs day 1's Kremlin answer.")

SEEDS.append(dict(id="4430", name="4430_fennick-htmllive", ext="html", source="Fennick Courier", zone="Europe/Kyiv", render=r_fennick,
  title="Kyiv under attack: live updates", dateline="Thursday, 31 July 2025", lede="Russia struck the Ukrainian capital overnight with missiles and drones. Follow our coverage.",
  notes="Invented outlet. HTML live blog, OLDEST first, no JSON-LD; each post a <time datetime=\"...+03:00\">04:20</time> (Kyiv, EEST) above an h3; 'Reporting: NAME' after the body. Entry 03 is the day's theme piece (explainer); entry 06 repeats entry 04 nearly verbatim (duplicate_of 4430-04). Entry 04 continues day 1's anti-graft bill story. " + D2,
  not_entries=["cookie notice", "header and menu", "h1 title, date line and intro", "'Reporting: NAME' credit lines (author)", "'Related' aside", "footer"],
  entries=[
  E("2025-07-31 04:20", "Explosions rock Kyiv as missiles and drones target the capital",
    ["Powerful explosions were heard across Kyiv in the early hours as Russia attacked the city with ballistic missiles and drones, the head of the city's military administration said.",
     "Residents were told to stay in shelters until the all-clear."],
    "strikes", "strikes", 3, K2, a="Anna Kravets"),
  E("2025-07-31 07:45", "Six dead after apartment block partly collapses in Sviatoshynskyi district",
    ["At least six people were killed when a Russian missile hit a nine-storey apartment block in Kyiv's Sviatoshynskyi district, causing part of it to collapse, emergency services said.",
     "Dozens of people were injured across the city, including several children."],
    "strikes", "strikes", 3, K2, a="Anna Kravets"),
  E("2025-07-31 10:30", "Explainer: why Ukraine's air defences are stretched thin",
    ["Ukraine needs interceptor missiles faster than its partners can produce them, and each mass attack forces commanders to choose which cities to protect.",
     "Patriot batteries are the only systems able to reliably stop ballistic missiles, and Kyiv says it needs at least ten more."],
    "aid", "aid", 2, "explainer-ukraine-air-defence-shortage", a="Petro Sydorenko", sec=["strikes"],
    n="Theme piece (explainer on air-defence stocks) -> aid, own story, importance 2; must not merge with the Kyiv strike."),
  E("2025-07-31 12:15", "Rada votes to restore anti-corruption agencies' independence",
    ["Ukraine's parliament voted by a large majority to restore the independence of the National Anti-Corruption Bureau and the Specialised Anti-Corruption Prosecutor's Office, nine days after curbing their powers.",
     "The vote followed street protests and criticism from the European Union."],
    "other", "politics", 3, L1, a="Petro Sydorenko", n="Continuation of day-1 story (new development: the vote); two day-2 seeds -> 3."),
  E("2025-07-31 14:50", "Death toll in Kyiv rises to 12",
    ["Twelve people, including a six-year-old boy, are now known to have died in the overnight attack on Kyiv, the city's military administration said."],
    "strikes", "strikes", 3, K2, a="Anna Kravets"),
  E("2025-07-31 17:05", "Rada votes to restore independence of anti-corruption agencies",
    ["Ukraine's parliament voted by a large majority to restore the independence of the National Anti-Corruption Bureau and the Specialised Anti-Corruption Prosecutor's Office, nine days after curbing their powers.",
     "The vote followed street protests and criticism from the European Union."],
    "other", "politics", 1, L1, a="Petro Sydorenko", dup="4430-04", n="Near-verbatim repeat of 4430-04 (headline reworded) -> importance 1."),
  E("2025-07-31 20:40", "Russia claims capture of Chasiv Yar; Ukraine denies",
    ["Russia's defence ministry said its troops had taken full control of Chasiv Yar in the Donetsk region, but Ukraine's military said fighting for the town was continuing."],
    "other", "frontline", 3, C2, a="Anna Kravets"),
  ]))

SEEDS.append(dict(id="4431", name="4431_marrowgate-worldatom", ext="xml", source="Marrowgate Review", zone="Europe/Berlin", render=r_atom,
  title="Marrowgate Review - World", url="https://marrowgate.example",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> with +02:00 (CEST); escaped HTML content; author on two entries. Four of six entries are off-beat (Chilean mine collapse, Microsoft market value, Thai-Cambodian truce, Spanish wildfire). Spelling 'Kiev'. " + D2,
  not_entries=["feed title, links, id and updated", "<id> and <updated> of each entry"],
  entries=[
  OFF("2025-07-31 23:30", "Rescuers search for miners trapped at Chilean copper mine",
      ["Rescue teams in Chile were trying to reach five miners trapped after a collapse at El Teniente, the world's largest underground copper mine, state company Codelco said."],
      "el-teniente-mine-collapse", n="Chile mining accident."),
  E("2025-07-31 18:10", "Kiev toll climbs to 16 after night of missile strikes",
    ["Sixteen people were killed when Russian missiles and drones struck Kiev overnight, Ukrainian officials said, making it one of the deadliest attacks on the capital this year.",
     "Most of the victims died in a residential building in the west of the city."],
    "strikes", "strikes", 3, K2, a="Lena Vogt"),
  OFF("2025-07-31 15:45", "Microsoft joins Nvidia in $4 trillion club",
      ["Microsoft's stock market value briefly topped 4 trillion dollars after strong quarterly results, making it the second company after Nvidia to pass the mark."],
      "microsoft-4-trillion", n="Markets."),
  OFF("2025-07-31 12:20", "Thai-Cambodian truce holds as observers visit border",
      ["A ceasefire between Thailand and Cambodia held for a third day as military attach\u00e9s from several countries toured the disputed border area."],
      "thailand-cambodia-ceasefire", n="South-east Asian border conflict, not the Russia-Ukraine war."),
  E("2025-07-31 09:05", "Russia says it has taken Chasiv Yar",
    ["Russian forces have captured the eastern Ukrainian town of Chasiv Yar after more than a year of fighting, Moscow's defence ministry said, a claim Kyiv rejected."],
    "other", "frontline", 3, C2, a="Lena Vogt"),
  OFF("2025-07-31 06:30", "Wildfire near Tarragona forces hundreds from homes",
      ["Firefighters in north-eastern Spain were battling a wildfire that forced the evacuation of several hundred people from villages near Tarragona overnight."],
      "tarragona-wildfire", n="Spanish wildfire."),
  ]))

SEEDS.append(dict(id="4432", name="4432_westhope-textlive", ext="txt", source="Westhope Ledger", zone="America/New_York", render=r_westhope,
  title="Live updates: Kyiv strike kills at least 23; Ukraine restores anti-graft watchdogs", byline="Marcus Reilly", parse_args=["--date", "2025-07-31"],
  lede="Russia's deadliest attack on Kyiv in months came as Ukrainian lawmakers reversed a law that had sparked protests.",
  notes="Invented outlet. Text live blog, newest first, US Eastern time (EDT, UTC-4); day headers 'Thursday, July 31' and 'Wednesday, July 30' WITHOUT a year (parse_args --date 2025-07-31); '7:05 p.m. ET' stamp line BEFORE each headline; one page byline. The oldest post (9:05 p.m. ET on Wednesday July 30) is 01:05Z on 31 July, so every post is on UTC 31 July although two local dates are printed. Entry 03 is a photo teaser without body. Entries 01 and 06 continue day 1's anti-graft bill story. " + D2,
  not_entries=["masthead and menu", "title, byline and lede", "day headers 'Thursday, July 31' / 'Wednesday, July 30'", "newsletter line", "'See all updates' and footer"],
  entries=[
  E("2025-07-31 19:05", "Zelensky signs law restoring watchdogs' powers",
    ["President Volodymyr Zelensky signed the bill restoring the independence of Ukraine's anti-corruption agencies hours after parliament passed it, his office said."],
    "other", "politics", 3, L1, a="Marcus Reilly", n="Continuation of day-1 story (new development: the signature)."),
  E("2025-07-31 16:30", "Kyiv death toll reaches 23",
    ["The number of people killed in Russia's overnight attack on Kyiv has risen to 23, including a 6-year-old boy, Ukraine's interior minister said."],
    "strikes", "strikes", 3, K2, a="Marcus Reilly"),
  E("2025-07-31 13:15", "Photos: survivors pulled from collapsed building in Kyiv", [], "strikes", "strikes", 1, K2, a="Marcus Reilly", n="Photo teaser without body -> importance 1."),
  E("2025-07-31 11:20", "Glide bombs hit Kharkiv, two injured",
    ["Russian glide bombs struck an industrial area of Kharkiv on Thursday, injuring two people, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 2, "kharkiv-glide-bomb-strike-2025-07-31", a="Marcus Reilly", n="Different attack from Kyiv, and not day 1's Kharkiv drone strike: must not merge."),
  E("2025-07-31 09:40", "Witkoff expected in Moscow next week, officials say",
    ["White House envoy Steve Witkoff is expected to travel to Moscow next week for talks with Russian officials, according to two people familiar with the plans."],
    "diplomacy", "diplomacy", 2, "witkoff-moscow-trip-plan", a="Marcus Reilly"),
  E("2025-07-31 00:45", "Ukraine's parliament to vote on anti-graft bill",
    ["Ukrainian lawmakers are due to vote later today on a bill that would reverse last week's curbs on the country's two main anti-corruption bodies."],
    "other", "politics", 3, L1, a="Marcus Reilly"),
  E("2025-07-30 21:05", "Air raid alert in Kyiv as Russia launches ballistic missiles",
    ["Air raid sirens sounded across Kyiv shortly after 4 a.m. local time as Ukraine's air force warned of incoming ballistic missiles."],
    "strikes", "strikes", 3, K2, a="Marcus Reilly", n="Under 'Wednesday, July 30' (local), but 01:05Z on 31 July."),
  ]))

SEEDS.append(dict(id="4433", name="4433_cindervale-rss", ext="xml", source="Cindervale Post", zone="Europe/London", render=r_rss, rfc="offset",
  title="Cindervale Post - World news", url="https://cindervale.example", lede="World news from the Cindervale Post",
  notes="Invented outlet (the same outlet as 4421, its RSS feed). RSS 2.0, newest first, pubDate with +0100 (BST), no authors. Entry 02 is a re-post of day-1 entry 4421-04 (same headline, near-identical text, dated 31 July): importance 1. " + D2,
  not_entries=["channel title/link/description", "<guid> and <category> values"],
  entries=[
  E("2025-07-31 21:15", "Kyiv mourns as toll from night strike rises to 23",
    ["Kyiv declared a day of mourning after the death toll from Russia's overnight missile and drone attack rose to 23, the highest in the capital for months."],
    "strikes", "strikes", 3, K2),
  E("2025-07-31 17:30", "Berlin confirms extra Patriot launchers for Ukraine",
    ["Germany's defence ministry has confirmed that two more Patriot launchers will be handed to Ukraine in the coming days, with the US to backfill German stocks from new production.",
     "The missiles for the systems will be supplied separately, officials said."],
    "aid", "aid", 1, J1, n="Re-post of day-1 entry 4421-04 (same outlet, same headline and text) -> importance 1."),
  E("2025-07-31 13:05", "UK sanctions Russian military intelligence officers",
    ["Britain has imposed sanctions on 18 officers of Russia's GRU military intelligence agency whom it accuses of planning cyberattacks and of helping to target a theatre in Mariupol in 2022."],
    "diplomacy", "diplomacy", 2, "uk-sanctions-gru-officers-2025-07-31"),
  E("2025-07-31 09:50", "Ukrainian drones set fire to Russian refinery",
    ["A Ukrainian drone attack started a fire at an oil refinery in Russia's Samara region overnight, the regional governor said."],
    "strikes", "strikes", 2, "samara-refinery-drone-strike-2025-07-31", n="Different attack (Ukraine on Russia) from the Kyiv strike: must not merge."),
  E("2025-07-31 06:40", "At least six killed as missile strikes Kyiv apartment block",
    ["At least six people were killed and more than 50 injured when a Russian missile struck an apartment block in western Kyiv, Ukrainian officials said."],
    "strikes", "strikes", 3, K2),
  ]))

R3 = "lviv-region-strike-2025-10-05"
S3 = "poland-scrambles-jets-airports-closed-2025-10-05"
T3 = "zaporizhzhia-glide-bomb-strike-2025-10-05"
D3 = ("Day 3 of the multi-source set (UTC 2025-10-05; seeds 4440-4443). Main story " + R3 + " (all four seeds; toll 2 -> 4; spelled Lviv / Lwów / Lvov). Also multi-seed: "
      + S3 + " (4440, 4441, 4442) and " + T3 + " (4441, 4443). Must not merge: Poland's jets/airports vs the Lviv strike and vs President Nawrocki's statement; the Zaporizhzhia "
      "glide bombs vs the Lviv strike and vs the Zaporizhzhia nuclear plant outage (same place); the Feodosia depot strike and the grid analysis vs the Lviv strike; Zelensky's "
      "air-defence appeal is its own story.")

SEEDS.append(dict(id="4440", name="4440_greyhallow-worldrss", ext="xml", source="Greyhallow World Service", zone="Europe/Paris", render=r_rss, rfc="offset",
  title="Greyhallow World Service - International", url="https://greyhallow.example", lede="The world in brief from Greyhallow",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate with +0200 (CEST), no authors; four of six items off-beat (Typhoon Matmo, Everest snowstorm, Japan's LDP leader, Gaza talks). " + D3,
  not_entries=["channel title/link/description", "<guid> and <category> values"],
  entries=[
  OFF("2025-10-05 22:40", "Typhoon Matmo makes landfall in southern China",
      ["Typhoon Matmo made landfall in Guangdong province on Sunday afternoon, forcing the evacuation of more than 150,000 people, state media said."],
      "typhoon-matmo", n="Weather in China."),
  E("2025-10-05 19:25", "Lviv region attack kills family of four",
    ["Four members of one family, including a 15-year-old girl, were killed when Russian missiles and drones struck a village near Lviv in western Ukraine overnight, the regional governor said."],
    "strikes", "strikes", 3, R3),
  OFF("2025-10-05 16:10", "Hundreds of trekkers stranded by Everest snowstorm",
      ["Rescuers in Tibet were helping hundreds of hikers stranded by a heavy snowstorm on the eastern slopes of Mount Everest, Chinese state media reported."],
      "everest-snowstorm-trekkers", n="Mountain rescue."),
  E("2025-10-05 13:00", "Poland scrambles jets as Russia strikes western Ukraine",
    ["Poland scrambled fighter jets and temporarily closed the airports of Rzesz\u00f3w and Lublin while Russia carried out strikes on western Ukraine, the Polish military said."],
    "other", "security", 3, S3, n="Precautionary measures by a non-party -> other/security; three seeds -> 3."),
  OFF("2025-10-05 10:30", "Takaichi set to become Japan's first woman prime minister",
      ["Sanae Takaichi, the new leader of Japan's governing Liberal Democratic Party, is on course to become the country's first female prime minister after winning the party vote on Saturday."],
      "japan-ldp-takaichi", n="Japanese politics."),
  OFF("2025-10-05 08:15", "Israeli and Hamas negotiators head to Egypt",
      ["Delegations from Israel and Hamas were travelling to Egypt for indirect talks on a US plan to end the war in Gaza, officials said."],
      "gaza-talks-egypt", n="Gaza diplomacy, not the Russia-Ukraine war."),
  ]))

SEEDS.append(dict(id="4441", name="4441_kelderby-textlive", ext="txt", source="Kelderby Live", zone="Europe/Kyiv", render=r_kelderby,
  title="Live: Russian strikes kill four near Lviv; Poland scrambles jets", dateline="Sunday, 5 October", parse_args=["--date", "2025-10-05"],
  lede="Russia attacked western Ukraine overnight with missiles and drones. These are the latest updates.",
  notes="Invented outlet. Text live blog, OLDEST first; date line 'Sunday, 5 October' without a year (parse_args --date 2025-10-05); 'Kyiv time' (EEST, UTC+3); each post: headline, then a 'Posted 06:40' line AFTER the headline, then the author's name on its own line, then the body. Entry 05 is the day's theme piece (analysis); entry 07 repeats entry 04 nearly verbatim (duplicate_of 4441-04). " + D3,
  not_entries=["outlet name and breadcrumb", "title, date line and 'Kyiv time'", "lede", "author name lines (author)", "support plug after the fourth post", "closing 'This live page is no longer being updated.' and footer"],
  entries=[
  E("2025-10-05 06:40", "Two killed in Lviv region as Russia targets the west",
    ["Two people were killed when a Russian strike hit a house in a village on the outskirts of Lviv, regional governor Maksym Kozytskyi said.",
     "Industrial sites in the region were also hit, he said."],
    "strikes", "strikes", 3, R3, a="Taras Hnatiuk"),
  E("2025-10-05 08:15", "Poland closes airports in Rzesz\u00f3w and Lublin",
    ["Poland briefly closed its airports in Rzesz\u00f3w and Lublin and scrambled fighter aircraft during the Russian attack on western Ukraine, the Polish operational command said."],
    "other", "security", 3, S3, a="Kateryna Boiko"),
  E("2025-10-05 10:30", "Zelensky calls for more air defence after overnight barrage",
    ["President Volodymyr Zelensky said Russia had fired more than 50 missiles and about 500 drones overnight and urged partners to speed up deliveries of air defence systems."],
    "aid", "aid", 2, "zelensky-air-defence-appeal-2025-10-05", a="Kateryna Boiko", sec=["strikes"], n="Appeal for air defence -> aid; a separate statement, not the Lviv strike story."),
  E("2025-10-05 12:05", "Lviv region toll rises to four",
    ["The number of people killed in the strike near Lviv has risen to four, all of them members of the same family, the regional governor said."],
    "strikes", "strikes", 3, R3, a="Taras Hnatiuk"),
  E("2025-10-05 14:20", "Analysis: the grid war enters its fourth winter",
    ["For the fourth autumn running, Russia is concentrating its missiles and drones on Ukraine's power plants, substations and gas facilities, hoping to leave cities dark and cold.",
     "This year the attacks have also targeted gas production, forcing Ukraine to plan expensive imports."],
    "strikes", "strikes", 2, "analysis-russian-grid-campaign-2025", a="Oleh Marchuk", n="Theme piece (analysis with body): own story, importance 2."),
  E("2025-10-05 16:45", "One killed as glide bombs hit Zaporizhzhia",
    ["A Russian glide bomb attack on Zaporizhzhia killed one person and injured five on Sunday afternoon, regional governor Ivan Fedorov said."],
    "strikes", "strikes", 3, T3, a="Taras Hnatiuk"),
  E("2025-10-05 19:10", "Lviv region death toll rises to four",
    ["The number of people killed in the strike near Lviv has risen to four, all of them members of the same family, the regional governor said."],
    "strikes", "strikes", 1, R3, a="Taras Hnatiuk", dup="4441-04", n="Near-verbatim repeat of 4441-04 -> importance 1."),
  ]))

SEEDS.append(dict(id="4442", name="4442_wierzbno-htmllive", ext="html", source="Wierzbno Courier", zone="Europe/Warsaw", render=r_wierzbno,
  title="Russian attack on western Ukraine: Polish jets in the air, airports closed", byline="Ewa Lisowska", dateline="Sunday, 5 October 2025",
  url="https://wierzbno.example/en/live/2025-10-05-ukraine",
  notes="Invented outlet. HTML live blog, newest first, Warsaw time (CEST, UTC+2), visible bare '21:50' stamps above h3; one page byline. JSON-LD @graph: the page node has @type ['NewsArticle','LiveBlogPosting'] and a liveBlogUpdate list whose items ALL carry the page's own headline and datePublished (06:50) - they give neither per-entry headline nor time; take both from the visible blocks. Polish spelling 'Lwów'. Entry 04 is a video teaser without body. " + D3,
  not_entries=["header and menu", "h1 title, byline and date line", "'[video]' placeholder", "newsletter promo", "footer", "JSON-LD update list (same text as the visible blocks, wrong times)"],
  entries=[
  E("2025-10-05 21:50", "Lublin airport back in operation after night of disruption",
    ["Lublin airport resumed normal operations on Sunday evening after being closed for several hours during the overnight Russian attack on Ukraine, the airport said."],
    "other", "security", 3, S3, a="Ewa Lisowska", n="Aftermath of the same closure -> same story."),
  E("2025-10-05 18:20", "Lwów region mourns family killed in Russian strike",
    ["A day of mourning was declared in the Lwów region after four members of one family were killed when a Russian strike destroyed their home in a village near the city."],
    "strikes", "strikes", 3, R3, a="Ewa Lisowska"),
  E("2025-10-05 15:05", "Nawrocki: Russia is testing NATO's resolve",
    ["President Karol Nawrocki said the night's events showed that Russia was deliberately testing how NATO would respond, and called for faster investment in drone defences."],
    "diplomacy", "diplomacy", 2, "nawrocki-nato-resolve-statement-2025-10-05", a="Ewa Lisowska", n="Separate statement (same theme as the airport closures): must not merge."),
  E("2025-10-05 11:40", "Video: aftermath of the strike near Lwów", [], "strikes", "strikes", 1, R3, a="Ewa Lisowska", n="Video teaser without body -> importance 1."),
  E("2025-10-05 09:15", "Polish jets scrambled, Rzesz\u00f3w and Lublin airports closed",
    ["Polish and allied aircraft were scrambled overnight and the airports in Rzesz\u00f3w and Lublin were closed as Russia launched missiles and drones at targets in western Ukraine, the operational command said."],
    "other", "security", 3, S3, a="Ewa Lisowska"),
  E("2025-10-05 06:50", "Explosions in Lwów as Russia attacks western Ukraine",
    ["Explosions were heard in Lwów early on Sunday as Russian drones and missiles targeted the region, and regional authorities reported two people killed."],
    "strikes", "strikes", 3, R3, a="Ewa Lisowska"),
  ]))

SEEDS.append(dict(id="4443", name="4443_korsak-atom", ext="xml", source="Korsak Wire", zone="Europe/Kyiv", render=r_atom,
  title="Korsak Wire - Ukraine", url="https://korsakwire.example",
  notes="Invented outlet. War-focused Atom feed, newest first, <published> with +03:00 (EEST), escaped HTML content, an author on every entry. Spelling 'Lvov'. Entry 04 (Zaporizhzhia nuclear plant on diesel power) shares the place with entry 02 but is a different event. " + D3,
  not_entries=["feed title, links, id and updated", "<id> and <updated> of each entry"],
  entries=[
  E("2025-10-05 20:05", "Four dead in Lvov region after overnight strike",
    ["Four people were killed in the Lvov region when Russian missiles and drones struck a residential area overnight, Ukrainian officials said."],
    "strikes", "strikes", 3, R3, a="Igor Lazarenko"),
  E("2025-10-05 17:30", "Glide bomb attack on Zaporizhzhia leaves one dead",
    ["One person was killed and several injured when Russian aircraft dropped guided bombs on Zaporizhzhia, the regional governor said."],
    "strikes", "strikes", 3, T3, a="Igor Lazarenko"),
  E("2025-10-05 13:10", "Ukrainian drones hit oil depot in Crimea",
    ["Ukrainian drones struck an oil depot in Feodosia in Russian-occupied Crimea, causing a large fire, Ukraine's general staff said."],
    "strikes", "strikes", 2, "feodosia-oil-depot-strike-2025-10-05", a="Olena Shevchuk"),
  E("2025-10-05 10:45", "Zaporizhzhia nuclear plant on diesel power for 12th day",
    ["The Zaporizhzhia nuclear power plant has been running on emergency diesel generators for 12 days since losing its last external power line, the International Atomic Energy Agency said."],
    "other", "security", 2, "zaporizhzhia-npp-power-outage-2025-10", a="Olena Shevchuk", n="Nuclear-plant safety -> other/security (see Conventions); same place as 4443-02, different event: must not merge."),
  E("2025-10-05 07:20", "Lvov region: two killed in overnight attack",
    ["Two people died and several were injured when a Russian strike hit a village near Lvov in western Ukraine, according to regional authorities."],
    "strikes", "strikes", 3, R3, a="Igor Lazarenko"),
  ]))


# ============================================================ emit
BASIS = {
  "r_hdn": "stamp '{s}' after the headline (full date, 24 h, seconds); Türkiye time implied by the outlet, UTC+3",
  "r_vns": "pubDate '{s}' (explicit +0700)",
  "r_borneo": "stamp '{s}' after the headline (full date, weekday, 12 h clock); Malaysia time implied by the outlet, UTC+8",
  "r_gng": "stamp '{s}' after the headline (full date, 12 h clock); Nigeria time implied by the outlet, WAT = UTC+1",
  "r_eastafrican": "no per-section time; visible date 'Friday, October 17, 2025'; time from the NewsArticle JSON-LD datePublished {d}T{h}+03:00 (EAT), used for every section",
  "r_azat": "pubDate '{s}' (GMT); Yerevan time (UTC+4) for published_local",
  "r_herald": "stamp '{s}' under the day header for {d} (no year printed: parse_args --date 2025-09-07); UK time implied, BST = UTC+1",
  "r_wales": "stamp '{s}' on {d} (date from 'Updated 19:20, 8 DEC 2025'); UK time implied, GMT = UTC in December; JSON-LD update time agrees",
  "r_dutch": "visible date '{s}'; time from <time datetime> {d}T{h}:00+02:00 (CEST)",
  "r_stripes": "stamp '{s}' after the headline; no zone printed, US Eastern implied (EDT = UTC-4)",
  "r_hollowmere": "stamp '{s}' on the page's date {d}; 'All times Kyiv (EEST)' = UTC+3",
  "r_cindervale": "stamp '{s}' with <time datetime> (+01:00) on {d}; JSON-LD update time agrees",
  "r_rss": "pubDate '{s}' (explicit zone)",
  "r_article_us": "no per-section time; the article dateline ({d}, {h} EDT = UTC-4) used for every section",
  "r_fennick": "stamp '{s}' with <time datetime> (+03:00) on {d}",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_westhope": "stamp '{s}' under the day header for {d} (no year: parse_args --date 2025-07-31); EDT = UTC-4",
  "r_kelderby": "stamp '{s}' under the date line 'Sunday, 5 October' (no year: parse_args --date 2025-10-05); Kyiv EEST = UTC+3",
  "r_wierzbno": "stamp '{s}' on the page's date {d} (Warsaw, CEST = UTC+2); JSON-LD update times are the page's and are ignored",
}


def main():
    for sub in ("seeds", "gold"):
        os.makedirs(os.path.join(ROOT, sub), exist_ok=True)
        for f in os.listdir(os.path.join(ROOT, sub)):
            os.remove(os.path.join(ROOT, sub, f))
    for S in SEEDS:
        text, stamps = S["render"](S)
        fn = f"{S['name']}.{S['ext']}"
        with open(os.path.join(ROOT, "seeds", fn), "w", encoding="utf-8") as fh:
            fh.write(text)
        rname = S["render"].__name__
        ents = []
        days = set()
        for i, e in enumerate(S["entries"]):
            d = dt(e["t"], S["zone"]); u = d.astimezone(UTC); days.add(u.date())
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), h=d.strftime("%H:%M")),
                         "author": e["a"],
                         "first_sentence": first_sentence(e["p"][0]) if e["p"] else None,
                         "body_paragraphs": len(e["p"]),
                         "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                         "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"],
                         "notes": e["n"] or None})
        assert len(days) == 1, (S["id"], days)
        gold = {"seed": fn, "source": S["source"], "page_title": S["title"], "page_timezone": S["zone"]}
        if S.get("parse_args"):
            gold["parse_args"] = S["parse_args"]
        gold.update({"notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]})
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print(fn, len(ents), sorted(days)[0])


if __name__ == "__main__":
    main()

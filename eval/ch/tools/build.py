#!/usr/bin/env python3
"""Builds eval/ch seeds and gold files from one hand-written data table (below).
All news text is invented or paraphrased by the blind tester in his own words; Part B outlets are invented.
Deterministic. Run from the project root: python3 eval/ch/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None):
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019\']?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par)
    return par[:m.end()] if m else par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def ampm(d, sep=":", space=""):
    return f"{d.hour % 12 or 12}{sep}{d.minute:02d}{space}{'am' if d.hour < 12 else 'pm'}"


def nq_stamp(d):  # Newsquest-style "6:45pm 7th July" (no year for the current year)
    return f"{ampm(d)} {ordinal(d.day)} {MONTHS[d.month - 1]}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:60]


# ============================================================ Part A renderers (layouts of real outlets; all wording mine)

def r_argus(S):  # South Wales Argus (Newsquest) live page, HTML. Newest first, per-post author + <time datetime> with a "10:30pm" face.
    z = S["zone"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": dt(S["entries"][-1]["t"], z).isoformat(),
          "dateModified": dt(S["entries"][0]["t"], z).isoformat(), "publisher": {"@type": "Organization", "name": "South Wales Argus"},
          "isAccessibleForFree": True, "articleSection": "News"}
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | South Wales Argus</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="cookie-bar">We use cookies to personalise content and ads and to analyse our traffic. <button>Accept all</button> <button>Manage preferences</button></div>',
           '<header class="mast"><a class="logo" href="/">South Wales Argus</a><a class="btn" href="/subscribe/">Subscribe</a> <a class="btn" href="/account/">Sign in</a>',
           '<nav><a href="/news/">News</a> <a href="/sport/">Sport</a> <a href="/sport/newportcounty/">Newport County</a> <a href="/sport/dragons/">Dragons</a> '
           '<a href="/leisure/">What\'s On</a> <a href="/business/">Business</a> <a href="/announcements/">Announcements</a> <a href="/jobs/">Jobs</a></nav></header>',
           '<main><p class="kicker">LIVE</p>', f'<h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<div class="article-meta"><span>By {esc(S["byline"])}</span> <span>Published: {nq_stamp(first)}</span> <span>Last updated: {nq_stamp(last)}</span></div>',
           '<div class="share"><a>Share</a> <a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>Email</a> <a class="comments">Comments (7)</a></div>',
           '<div class="live-feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d); stamps.append(st)
        out.append(f'<article class="live-post" id="post-{4711 + i}"><div class="post-meta"><span class="post-author">{esc(e["a"])}</span> '
                   f'<time datetime="{d.isoformat()}">{st}</time></div>')
        if e["h"]:
            out.append(f'<h2 class="post-title">{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<div class="post-share">Share this post</div></article>')
        if i == 2:
            out.append('<aside class="newsletter"><p>Get the Argus daily newsletter in your inbox</p><input type="email" placeholder="Email address"> <button>Sign up</button></aside>')
        if i == 4:
            out.append('<aside class="read-more"><p>Read more:</p><a href="/news/1">Newport bus lane cameras switched on</a></aside>')
    out += ['</div></main>', '<aside class="most-read"><h3>Most read</h3><ol><li><a href="/news/2">Cwmbran roadworks to last into August</a></li>'
            '<li><a href="/news/3">Caerleon school wins national award</a></li></ol></aside>',
            '<footer><p>This website and its associated newspaper adhere to the Independent Press Standards Organisation\'s Editors\' Code of Practice.</p>'
            '<p>Newsquest Media Group Ltd, registered in England &amp; Wales. <a>Contact us</a> | <a>Privacy</a> | <a>Cookie settings</a></p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_cambrian(S):  # Cambrian News (Tindle) RSS 2.0: pubDate in GMT, escaped HTML description, no authors
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.cambrian-news.co.uk/news</link>',
           '<description>The latest news from Ceredigion, Gwynedd and north Powys</description>',
           '<atom:link href="https://www.cambrian-news.co.uk/news/rss" rel="self" type="application/rss+xml"/>',
           '<language>en-gb</language>', f'<lastBuildDate>{S["build"]}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT"); stamps.append(st)
        slug = slugify(e["h"])
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://www.cambrian-news.co.uk/news/{slug}-{781200 + i}</link>",
                f'<guid isPermaLink="true">https://www.cambrian-news.co.uk/news/{slug}-{781200 + i}</guid>', f"<pubDate>{st}</pubDate>",
                f"<category>{e.get('cat', 'News')}</category>",
                "<description>" + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</description>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_carmarthen(S):  # Carmarthen Journal (Reach) live blog, HTML: Key Events box, newest first, author + "16:10" per post, LiveBlogPosting JSON-LD
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{9100 + i}", "datePublished": d.isoformat(), "articleBody": " ".join(e["p"]),
             "author": {"@type": "Person", "name": e["a"]}}
        if e["h"]:
            u["headline"] = e["h"]
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "description": S["lede"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "author": [{"@type": "Person", "name": S["byline"]}], "publisher": {"@type": "Organization", "name": "Carmarthen Journal"}, "liveBlogUpdate": ups}
    rd = lambda d: f"{d:%H:%M}, {d.day} {MONTHS[d.month - 1][:3].upper()} {d.year}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Carmarthen Journal</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="publication-header"><a class="logo" href="/">Carmarthen Journal</a><nav><a href="/news/">News</a> <a href="/sport/">Sport</a> '
           '<a href="/whats-on/">What\'s On</a> <a href="/news/carmarthenshire-news/">Carmarthenshire</a> <a href="/all-about/scarlets">Scarlets</a></nav>'
           '<a class="sign-in">Sign in</a></header>',
           '<main><div class="breadcrumb"><a>News</a> <a>Wales News</a></div>', f'<h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           '<div class="article-actions"><button>Bookmark</button> <button>Share</button> <a class="comments-link">Comments</a> <span class="tag">News</span></div>',
           f'<div class="byline"><span class="author">{esc(S["byline"])}</span> <span class="role">Senior reporter</span> '
           f'<span class="time">{rd(first)}</span> <span class="updated">Updated {rd(last)}</span></div>',
           '<div class="key-events"><h2>Key Events</h2><ul>']
    out += [f'<li><a href="#post-{9100 + i}">{esc(e["h"])}</a></li>' for i, e in enumerate(S["entries"]) if e["kp"]]
    out += ['</ul></div>', '<div class="newsletter-signup">Get the biggest stories from Carmarthenshire straight to your inbox <input type="email"> <button>Subscribe</button> '
            '<small>We use your sign-up to send you the newsletters you asked for. Read our Privacy Notice.</small></div>', '<div class="live-blog">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="live-event" id="post-{9100 + i}"><div class="live-event-meta"><span class="author-name">{esc(e["a"])}</span> '
                   f'<time datetime="{d.isoformat()}">{st}</time></div>')
        if e["h"]:
            out.append(f"<h3>{esc(e['h'])}</h3>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<div class="live-event-share">Share</div></div>')
        if i == 3:
            out.append('<div class="read-more"><span>READ MORE:</span> <a href="/news/x">Ammanford shop owners fear new parking charges</a></div>')
    out += ['</div><button class="load-more">Show more updates</button></main>',
            '<footer><a>Contact us</a> <a>Privacy Notice</a> <a>Cookie Notice</a> <a>Terms and conditions</a> <p>Reach plc</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_chronicle(S):  # North Wales Chronicle (Newsquest) world-news listing, text scrape; stamp line AFTER headline+standfirst; no year printed
    z = S["zone"]
    L = ["Skip to content", "North Wales Chronicle", "Subscribe   Sign in", "",
         "News  Sport  What's On  Announcements  Jobs  Bangor  Anglesey  Caernarfon  Conwy", "",
         "We and our partners use cookies and similar technologies to store and access information on your device. You can accept or manage your choices below. Accept all  Manage preferences", "",
         "News > National > World", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = nq_stamp(d); stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [f"By {e['a']}", f"Published: {st}", ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Load more", "", "Most read", "1. Menai Bridge lane restrictions to stay until spring", "2. Bangor pier reopens after repairs", "",
          "This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice.",
          "Contact us  Privacy  Cookie settings  Terms"]
    return "\n".join(L) + "\n", stamps


def r_brecon(S):  # Brecon & Radnor Express (Tindle) article with section headings, text scrape; one byline; "Monday 1st December 2025 5:30 pm"
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    dl = f"{WEEKDAYS[d0.weekday()]} {ordinal(d0.day)} {MONTHS[d0.month - 1]} {d0.year} {d0.hour % 12 or 12}:{d0.minute:02d} {'am' if d0.hour < 12 else 'pm'}"
    L = ["Brecon & Radnor Express", "Subscribe  |  Sign in", "", "Home  News  Sport  Opinion  What's On  Property  Jobs  Photo Sales  Local Info", "",
         "NEWS", "", S["title"], "", S["lede"], "", f"By {S['byline']}", dl, "", "Share", "Comments (0)", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["Read more: Crickhowell bridge repairs to begin in spring", ""]
    L += ["Subscribe to the Brecon & Radnor Express for the latest news from Breconshire and Radnorshire.", "",
          "Comments", "To leave a comment you need to create an account.", "", "Copyright © 2025 Tindle Newspapers Ltd", "Contact Us  Privacy Policy  Cookie Policy"]
    S["dateline"] = dl
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_tivyside(S):  # Tivyside Advertiser (Newsquest) hour-by-hour article, HTML: oldest-first bullets "<strong>8.05am:</strong> text", no headlines
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(), "dateModified": d0.isoformat(),
          "author": [{"@type": "Person", "name": S["byline"]}], "publisher": {"@type": "Organization", "name": "Tivyside Advertiser"}}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Tivyside Advertiser</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="cookie-bar">We use cookies to personalise content and ads and to analyse our traffic. <button>Accept all</button></div>',
           '<header><a class="logo" href="/">Tivyside Advertiser</a><nav><a>News</a> <a>Sport</a> <a>What\'s On</a> <a>Cardigan</a> <a>Newcastle Emlyn</a> '
           '<a>Announcements</a></nav><a class="btn">Subscribe</a></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<div class="article-meta"><span class="byline">By {esc(S["byline"])}</span> <span>Published: {nq_stamp(d0)}</span></div>',
           '<div class="share"><a>Share</a> <a class="comments">Comments (2)</a></div>', f'<p>{esc(S["intro"])}</p>', '<ul class="timeline">']
    stamps = []
    for e in S["entries"]:
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        out.append(f'<li><strong>{st}:</strong> {esc(e["p"][0])}</li>')
        assert len(e["p"]) == 1
    out += ['</ul>', '<aside class="read-more"><p>Read more:</p><a>St Dogmaels mill reopens for winter</a></aside>',
            '<aside class="newsletter">Sign up to our daily newsletter <input type="email"> <button>Sign up</button></aside>',
            '</main><footer><p>This website and associated newspapers adhere to the Independent Press Standards Organisation\'s Editors\' Code of Practice.</p>'
            '<p>Newsquest Media Group Ltd</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_llanelli(S):  # Llanelli Star (Reach) live blog, text scrape: newest first; "20:40" line, author line, headline, body; no zone printed
    z = S["zone"]
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    rd = lambda d: f"{d:%H:%M}, {d.day} {MONTHS[d.month - 1][:3].upper()} {d.year}"
    L = ["Llanelli Star", "Sign in", "", "News  Sport  Scarlets  What's On  Llanelli  Burry Port  Pembrey  Obituaries", "", "News", "", S["title"], "", S["lede"], "",
         "Bookmark", "Share", "Comments", "News", "", S["byline"], "Senior reporter", rd(first), f"Updated {rd(last)}", "",
         "Get the biggest stories from Llanelli and Carmarthenshire straight to your inbox", "Subscribe",
         "We use your sign-up to send the newsletters you asked for. More info", "Thank you for subscribing!", "", "Show latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["a"], e["h"], ""] + ptxt(e["p"]) + ["Share", ""]
        if i == 2:
            L += ["READ MORE: Llanelli town centre parking changes explained", ""]
    L += ["Show more updates", "", "Comments (4)", "", "Contact us  Privacy Notice  Cookie Notice  Terms and conditions", "Reach plc"]
    return "\n".join(L) + "\n", stamps


def r_freepress(S):  # Denbighshire Free Press (Newsquest) numbered round-up, text scrape; one byline; "Published: 6:45pm 7th July" (no year)
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    S["dateline"] = f"Published: {nq_stamp(d0)}"
    L = ["Skip to content", "Denbighshire Free Press", "Subscribe   Sign in", "", "News  Sport  What's On  Announcements  Denbigh  Ruthin  Rhyl  Prestatyn", "",
         "News", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "", "Share", "Comments: 3", ""]
    for i, e in enumerate(S["entries"]):
        L += [f"{i + 1}. {e['h']}", ""] + ptxt(e["p"])
        if i == 2:
            L += ["Read more: Ruthin Castle car park to close for resurfacing", "", "Advertisement", ""]
    L += ["Sign up to our newsletter for the top stories from Denbighshire every morning.", "Sign up", "",
          "Comments", "Comments are closed on this article.", "",
          "This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice.", "Contact us  Privacy  Terms"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_herald(S):  # Pembrokeshire Herald, WordPress category listing (tagDiv-style cards), Yoast @graph; visible date only, time only in <time datetime>
    z = S["zone"]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": S["url"], "url": S["url"], "name": f"{S['title']} Archives - The Pembrokeshire Herald",
         "isPartOf": {"@id": "https://www.pembrokeshire-herald.com/#website"}, "breadcrumb": {"@id": S["url"] + "#breadcrumb"}, "inLanguage": "en-GB"},
        {"@type": "BreadcrumbList", "@id": S["url"] + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://www.pembrokeshire-herald.com/"}, {"@type": "ListItem", "position": 2, "name": S["title"]}]},
        {"@type": "WebSite", "@id": "https://www.pembrokeshire-herald.com/#website", "url": "https://www.pembrokeshire-herald.com/", "name": "The Pembrokeshire Herald",
         "inLanguage": "en-GB"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} Archives - The Pembrokeshire Herald</title>',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body class="archive category">',
           '<div class="td-header-top-menu"><span class="td_data_time">' + esc(S["clock"]) + '</span> <a>Advertise</a> <a>Contact</a></div>',
           '<div class="td-header-menu-wrap"><a class="td-main-logo" href="/">The Pembrokeshire Herald</a><ul class="sf-menu"><li><a>Home</a></li><li><a>News</a></li>'
           '<li><a>Sport</a></li><li><a>Politics</a></li><li><a>Community</a></li><li><a>Business</a></li><li><a>World</a></li><li><a>ePaper</a></li></ul></div>',
           f'<div class="td-category-header"><div class="entry-crumbs"><span><a>Home</a></span> <i class="td-icon-right"></i> <span>{esc(S["title"])}</span></div>'
           f'<h1 class="entry-title td-page-title">{esc(S["title"])}</h1></div>', '<div class="td-ss-main-content">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year}"; stamps.append(st)
        url = f"https://www.pembrokeshire-herald.com/{118400 + i * 7}/{slugify(e['h'])}/"
        out += ['<div class="td_module_10 td_module_wrap td-animation-stack"><div class="td-module-thumb"><a href="' + url + '" rel="bookmark" class="td-image-wrap">'
                '<img class="entry-thumb" alt="" width="218" height="150"></a></div><div class="item-details">',
                f'<h3 class="entry-title td-module-title"><a href="{url}" rel="bookmark" title="{attr(e["h"])}">{esc(e["h"])}</a></h3>',
                '<div class="td-module-meta-info"><a href="#" class="td-post-category">' + esc(e.get("cat", S["title"])) + '</a> '
                f'<span class="td-post-author-name"><a href="#">{esc(e["a"])}</a> <span>-</span> </span>'
                f'<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{d.isoformat()}" >{st}</time></span>'
                f'<span class="td-module-comments"><a href="{url}#respond">{(i * 2) % 3}</a></span></div>',
                '<div class="td-excerpt">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + '</div></div></div>']
        if i == 2:
            out.append('<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">- Advertisement -</span></div>')
    out += ['<div class="page-nav td-pb-padding-side"><span class="current">1</span><a class="page">2</a><a class="page">3</a><a>Next</a></div></div>',
            '<div class="td-footer-wrapper"><div class="block-title"><span>POPULAR POSTS</span></div><a>Haverfordwest bus station reopening date confirmed</a>',
            '<div class="td-pb-span12"><div class="td-footer-info">The Pembrokeshire Herald: news, sport and politics for Pembrokeshire</div>'
            '<div class="td-sub-footer-copy">© Herald Newspapers (Wales) Ltd</div></div></div></body></html>']
    return "\n".join(out) + "\n", stamps


def r_county(S):  # Powys County Times (Newsquest) RSS 2.0: pubDate +0100, dc:creator, one-paragraph description, media:content
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://www.countytimes.co.uk/news/</link>',
           '<description>The latest news from the Powys County Times</description>', '<language>en-gb</language>',
           '<atom:link href="https://www.countytimes.co.uk/news/rss/" rel="self" type="application/rss+xml"/>',
           f'<copyright>{esc(S["copyright"])}</copyright>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        link = f"https://www.countytimes.co.uk/news/{25291400 + i * 13}.{slugify(e['h'])}/"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{link}</link>", f"<description>{esc(' '.join(e['p']))}</description>",
                f"<pubDate>{st}</pubDate>", f'<guid isPermaLink="true">{link}</guid>', f"<dc:creator>{esc(e['a'])}</dc:creator>",
                f"<category>{e.get('cat', 'News')}</category>",
                f'<media:content url="https://www.countytimes.co.uk/resources/images/{19400000 + i}/" medium="image" type="image/jpeg"/>', "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


# ============================================================ Part B renderers (invented outlets; formats chosen by me)

def r_drumwhinnie(S):  # text live, oldest first; date line with zone note; "08.10 · Headline" lines; "— Name" signature after body
    z = S["zone"]
    L = ["DRUMWHINNIE COURIER", "World  |  Ukraine  |  Europe  |  Business  |  Opinion", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M}"; stamps.append(st)
        L += [f"{st} · {e['h']}", ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"— {e['a']}", ""]
        if i == 2:
            L += ["Sponsored content", ""]
    L += ["This page is no longer being updated.", "Drumwhinnie Courier · Corrections · Privacy · Cookies"]
    return "\n".join(L) + "\n", stamps


def r_lindenhaugh(S):  # HTML live, newest first; LiveBlogPosting JSON-LD with per-update times/authors; <time datetime> "13:20"; author after headline
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#u{len(S['entries']) - i}", "headline": e["h"], "datePublished": d.isoformat(),
                    "articleBody": "\n\n".join(e["p"]), "author": {"@type": "Person", "name": e["a"]}})
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Lindenhaugh Review</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header><b>Lindenhaugh Review</b> <nav><a>Poland</a> <a>Europe</a> <a>Ukraine</a> <a>Economy</a> <a>Subscribe</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="lede">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="u{len(S["entries"]) - i}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>'
                   f'<p class="author">{esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<p class="tools">Copy link</p></article>')
    out += ["</main>", "<footer>Lindenhaugh Review · About · Ethics · Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss(S):  # RSS 2.0 general world feed; pubDate 'GMT' or numeric offset; CDATA paragraphs; no authors
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0"><channel>', f"<title>{esc(S['title'])}</title>",
           f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if S["rfc"] == "GMT" else d.strftime("%z")); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/world/{slugify(e['h'])}</link>",
                f"<guid isPermaLink=\"false\">{S['guid']}-{i + 71}</guid>", f"<pubDate>{st}</pubDate>", f"<category>{e.get('cat', 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel></rss>"]
    return "\n".join(out) + "\n", stamps


def r_atom(S):  # Atom 1.0; newest first; <published> with the outlet's offset; escaped html content; optional author
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           f'<link href="{S["url"]}"/>', f"<id>{S['url']}/atom</id>", f"<updated>{dt(S['entries'][0]['t'], z).isoformat()}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link rel="alternate" href="{S["url"]}/{slugify(e["h"])}"/>', f"<id>tag:{S['tag']},{i + 400}</id>",
                f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        if e.get("cat"):
            out.append(f'<category term="{e["cat"]}"/>')
        if e["p"]:
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_tollkennet(S):  # HTML live, newest first; date line; Key Points box; "2.05pm" span before h2; author after body; no JSON-LD
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Tollkennet Gazette</title></head><body>",
           '<div class="consent">This site uses cookies. <button>OK</button></div>',
           '<header>Tollkennet Gazette <nav><a>Home</a> <a>World</a> <a>Ukraine</a> <a>Money</a> <a>Sport</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>',
           '<section class="key-points"><h2>Key Points</h2><ul>']
    out += [f"<li>{esc(e['h'])}</li>" for e in S["entries"] if e["kp"]]
    out.append("</ul></section>")
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        out.append(f'<div class="post"><span class="time">{st}</span><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">{esc(e["a"])}</p>')
        out.append("</div>")
        if i == 2:
            out.append('<aside class="related"><h3>Related</h3><a>Ukraine war: a timeline of the last month</a></aside>')
    out += ['</main><footer>Tollkennet Gazette · Terms · Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_auenwald(S):  # text article with section headings, German chrome, "Stand: 26.01.2025 18:40 Uhr"; one entry per section; stamp null
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    S["dateline"] = f"Stand: {d0:%d.%m.%Y %H:%M} Uhr"
    L = ["AUENWALDER RUNDSCHAU", "English Service", "", "Startseite › Ausland › Ukraine", "", S["title"], "", S["dateline"], f"Von {S['byline']}", "",
         S["lede"], "", "Hören   Teilen   Drucken", ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Mehr zum Thema", "Bundestag streitet über Ukraine-Hilfe", "", "Impressum · Datenschutz · Kontakt"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_kilbrannan(S):  # text live, oldest first; date line without year; headline then "28 July, 11:05" line; author after body
    z = S["zone"]
    L = ["Kilbrannan Times", "Home   World   Ukraine   Opinion   Newsletters", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]}, {d:%H:%M}"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Reporting: {e['a']}", ""]
        if i == 3:
            L += ["Get our Ukraine briefing every evening - sign up", ""]
    L += ["Older entries are in yesterday's live page.", "Kilbrannan Times · About · Privacy"]
    return "\n".join(L) + "\n", stamps


def r_bramble(S):  # HTML live, newest first; h2 then meta "Name · 20:15 BST"; JSON-LD LiveBlogPosting whose liveBlogUpdate is ONE object (latest)
    z = S["zone"]
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z); e0 = S["entries"][0]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "datePublished": first.isoformat(), "dateModified": last.isoformat(),
          "coverageStartTime": first.isoformat(),
          "liveBlogUpdate": {"@type": "BlogPosting", "headline": e0["h"], "datePublished": last.isoformat(), "articleBody": " ".join(e0["p"])}}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Bramblefoot Live</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header>Bramblefoot Live <nav><a>News</a> <a>Ukraine war</a> <a>Politics</a> <a>Listen</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="summary">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} BST"; stamps.append(st)
        by = f'<span class="by">{esc(e["a"])}</span> · ' if e["a"] else ""
        out.append(f'<section class="entry"><h2>{esc(e["h"])}</h2><p class="meta">{by}<span class="t">{st}</span></p>')
        if not e["p"]:
            out.append('<div class="video-embed">[Video]</div>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</section>")
        if i == 1:
            out.append('<aside class="promo">Listen to our daily podcast</aside>')
    out += ["</main><footer>Bramblefoot Live · Privacy · Terms</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


# ============================================================ PART A: single pages (layouts of real outlets, own words)
SEEDS = []
LON = "Europe/London"

SEEDS.append(dict(id="8700", name="8700_southwalesargus-live", ext="html", source="South Wales Argus", zone=LON, render=r_argus,
  title="LIVE: Russia-Ukraine war updates as Zelensky offers Moscow fresh talks", byline="Argus newsdesk",
  lede="Follow the latest on the war in Ukraine through Saturday evening and overnight.",
  notes="Imitates a South Wales Argus (Newsquest) live page in HTML, newest first. Each post: author name and a <time datetime> element whose face is '10:30pm' (no date, no zone visible), then an h2 headline (one post has none), paragraphs and 'Share this post'. The visible header prints 'Published: 6:05pm 19th July' / 'Last updated: 12:40am 20th July' without a year (Newsquest style); the year is in the datetime attributes and the NewsArticle JSON-LD (page-level dates only). UK local time (BST = UTC+1). The page crosses local midnight: the top two posts are 20 July local (12:40am) and 19 July 11:55pm, but every post is on UTC 19 July. Page byline 'Argus newsdesk' is chrome; per-post authors are used.",
  not_entries=["cookie bar", "masthead, Subscribe / Sign in and menu", "kicker 'LIVE'", "standfirst 'Follow the latest on the war ...'", "byline 'By Argus newsdesk' and the Published / Last updated line",
               "share row with 'Comments (7)'", "'Share this post' under every post", "newsletter box", "'Read more:' link about Newport bus lane cameras", "'Most read' list", "IPSO / Newsquest footer"],
  entries=[
  E("2025-07-20 00:40", "Blasts heard over Odesa as drones approach the coast",
    ["Several explosions were heard over Odesa shortly after midnight as air defence units fired on drones coming in from the Black Sea, the regional administration said.",
     "There were no immediate reports of casualties."],
    "strikes", "strikes", 2, "russian-drone-raid-odesa-2025-07-19", a="Rhys Pritchard", n="Posted 00:40 BST on 20 July local = 23:40 UTC on 19 July."),
  E("2025-07-19 23:55", None,
    ["Ukraine's air force has warned that groups of attack drones are crossing into the Mykolaiv and Odesa regions from the sea, and urged people to stay close to shelters."],
    "strikes", "strikes", 2, "russian-drone-raid-odesa-2025-07-19", a="Rhys Pritchard", n="Post without headline; the warning for the same night raid as 8700-01."),
  E("2025-07-19 22:30", "Zelensky says Kyiv has offered Moscow another round of talks",
    ["Volodymyr Zelensky has said Ukraine proposed holding a new meeting with Russian negotiators next week.",
     "In his evening video address he said Rustem Umerov, the new secretary of the national security council, had passed on the offer, and that prisoner releases and the return of abducted children should top the agenda.",
     "There was no immediate reply from the Kremlin."],
    "diplomacy", "diplomacy", 3, "zelensky-offers-new-talks-2025-07-19", a="Ffion Morgan"),
  E("2025-07-19 21:15", "Malpas family marks two years of sharing their home with Ukrainians",
    ["A family in Malpas have marked two years since a mother and her teenage son from Kharkiv moved into their spare room.",
     "The boy has just finished his GCSEs at a Newport school and hopes to study engineering, his host said."],
    "other", "humanitarian", 2, "newport-family-hosts-ukrainians", a="Ffion Morgan", n="Local angle (refugees hosted in Newport): war-related, not off-beat."),
  E("2025-07-19 20:05", "Moscow says its troops have taken a village west of Pokrovsk",
    ["Russia's defence ministry claimed its forces had captured a village about ten miles west of Pokrovsk, in the Donetsk region.",
     "Ukraine's general staff did not confirm the loss and said fighting in the area was continuing."],
    "other", "frontline", 2, "russia-claims-village-west-of-pokrovsk-2025-07-19", a="Rhys Pritchard"),
  E("2025-07-19 19:10", "Two killed by shelling in Kherson, says regional governor",
    ["Two men were killed when Russian artillery hit a district near Kherson's central market on Saturday afternoon, the region's governor said.",
     "Four other people were treated in hospital for shrapnel wounds."],
    "strikes", "strikes", 3, "kherson-shelling-2025-07-19", a="Rhys Pritchard"),
  E("2025-07-19 18:05", "UK sanctions Russian military intelligence officers",
    ["The Foreign Office has imposed sanctions on several officers of Russia's GRU military intelligence agency, accusing them of cyber attacks and of targeting the families of Ukrainian soldiers.",
     "Ministers said the measures were meant to expose the agency's work across Europe."],
    "diplomacy", "diplomacy", 2, "uk-sanctions-gru-officers-2025-07", a="Ffion Morgan"),
  ]))

SEEDS.append(dict(id="8701", name="8701_cambriannews-feed", ext="xml", source="Cambrian News", zone=LON, render=r_cambrian,
  title="Cambrian News - News", build="Sat, 04 Jan 2025 19:31:02 GMT",
  notes="Imitates the Cambrian News (Tindle) news RSS 2.0 feed: pubDate in GMT (= UK time in January), HTML paragraphs escaped inside <description> (no CDATA), no authors. Newest first. A local feed: three of seven items are off-beat Ceredigion news (weather, lifeboat, harbour). The Transnistria item is a knock-on of the end of gas transit through Ukraine, kept as war-related.",
  not_entries=["channel title/link/description/lastBuildDate", "<category> and <guid> values"],
  entries=[
  OFF("2025-01-04 19:20", "Snow and ice warning for Ceredigion and Gwynedd on Sunday",
      ["The Met Office has issued a yellow warning for snow and ice covering much of mid and north Wales from early on Sunday.",
       "Drivers are being advised to avoid high routes such as the A44 over Pumlumon unless their journey is essential."],
      "mid-wales-snow-warning-2025-01", n="local weather."),
  E("2025-01-04 17:05", "Aberystwyth volunteers load fortieth aid van for Lviv",
    ["Volunteers in Aberystwyth spent Saturday morning packing the group's fortieth van of supplies bound for a hospital in Lviv.",
     "The load includes generators, sleeping bags and tinned food donated by people across Ceredigion.",
     "The group began collecting in March 2022 and says demand has not eased."],
    "aid", "aid", 2, "aberystwyth-aid-van-lviv", n="Private humanitarian convoy to Ukraine -> aid (see README conventions)."),
  E("2025-01-04 14:40", "Transnistria without heating after Russian gas stops",
    ["Households in Moldova's breakaway Transnistria region have spent a fourth day without central heating after Russian gas deliveries ended on New Year's Day.",
     "The flow stopped when Ukraine declined to renew the transit agreement that had carried Russian gas across its territory."],
    "other", "humanitarian", 2, "transnistria-heating-cut-2025-01", n="Consequence of the end of gas transit via Ukraine: war-related, other/humanitarian."),
  OFF("2025-01-04 12:10", "Borth lifeboat crew called out twice in one morning",
      ["Borth's inshore lifeboat was launched twice before lunchtime on Saturday, first to a dog cut off by the tide and then to a kayaker in difficulty near Ynyslas."],
      "borth-lifeboat-callouts", n="local rescue news."),
  E("2025-01-04 10:30", "Russia says it shot down Ukrainian drones over six regions",
    ["Russia's defence ministry said its air defences had destroyed dozens of Ukrainian drones overnight over six regions, including Bryansk and Oryol.",
     "There was no comment from Kyiv."],
    "strikes", "strikes", 2, "russia-claims-drones-downed-2025-01-04"),
  E("2025-01-04 08:45", "Ceredigion extends help for Ukrainian guests moving into rented homes",
    ["Ceredigion County Council will keep paying deposits and the first month's rent for Ukrainian families leaving host homes until the end of March, cabinet members have agreed.",
     "About 120 people from Ukraine are still living in the county."],
    "other", "humanitarian", 2, "ceredigion-ukrainian-housing-support"),
  OFF("2025-01-04 07:15", "Aberaeron harbour wall repairs to start this month",
      ["Work to repair a section of Aberaeron's harbour wall damaged in autumn storms will begin later this month, the county council said."],
      "aberaeron-harbour-wall-repairs", n="local infrastructure."),
  ]))

SEEDS.append(dict(id="8702", name="8702_carmarthenjournal-live", ext="html", source="Carmarthen Journal", zone=LON, render=r_carmarthen,
  title="Ukraine war live: Sumy death toll rises after drone hits apartment block", byline="Bethan Lloyd",
  url="https://www.carmarthenjournal.co.uk/news/wales-news/ukraine-war-live-sumy-drone-10571234",
  lede="Updates from Ukraine and the Welsh reaction as rescuers search a damaged building in Sumy.",
  notes="Imitates a Carmarthen Journal (Reach plc) live blog in HTML, newest first. Header byline with 'Senior reporter', '08:20, 30 JAN 2025' and 'Updated 18:05, 30 JAN 2025'. A 'Key Events' box links to two posts (treated as the page's Key Points block). Each post: author name, <time datetime> with '16:10' face, h3 headline (one post has none), paragraphs, 'Share'. LiveBlogPosting JSON-LD repeats every update with its own time and author (no headline for the headline-less post). UK time = UTC in January.",
  not_entries=["masthead and menu, 'Sign in'", "breadcrumb 'News / Wales News'", "standfirst", "Bookmark / Share / Comments / News buttons", "byline block with role, first-published and Updated times",
               "'Key Events' heading and its two links (they point at posts 03 and 06)", "newsletter sign-up with privacy text", "'Share' under each post", "'READ MORE:' link about Ammanford parking",
               "'Show more updates' button", "footer"],
  entries=[
  E("2025-01-30 18:05", "Zelensky says Putin is hunting for excuses to avoid talks",
    ["Volodymyr Zelensky said Vladimir Putin's claim that Ukraine's president has no authority to sign a peace deal showed the Kremlin was looking for reasons not to negotiate.",
     "He said Ukraine would not be pushed into a settlement written in Moscow."],
    "diplomacy", "diplomacy", 2, "zelensky-rejects-putin-legitimacy-claim-2025-01-30", a="Bethan Lloyd"),
  E("2025-01-30 16:10", "Sumy death toll rises to nine",
    ["Nine people are now known to have died after a Russian drone slammed into a four-storey apartment building in Sumy overnight, the regional administration said.",
     "Rescue teams finished clearing the rubble in the afternoon. Thirteen people were injured, two of them children."],
    "strikes", "strikes", 3, "sumy-apartment-drone-strike-2025-01-30", a="Owain Davies", kp=True),
  E("2025-01-30 14:45", "Carmarthenshire charity sends generators to Kharkiv",
    ["A charity based near Llandeilo has sent a lorry carrying 25 generators to Kharkiv, where homes face long power cuts after repeated strikes on the electricity network.",
     "Its founder said donations had doubled since Christmas."],
    "aid", "aid", 2, "llandeilo-charity-generators-kharkiv", a="Bethan Lloyd"),
  E("2025-01-30 13:30", "Denmark funds more Ukrainian-built howitzers",
    ["Denmark will pay for another batch of howitzers made in Ukraine, its defence ministry said, adding to a scheme that lets allies buy weapons straight from Ukrainian factories.",
     "The package is worth about 1.3 billion kroner."],
    "aid", "aid", 2, "denmark-funds-ukrainian-howitzers-2025-01-30", a="Owain Davies"),
  E("2025-01-30 11:20", "Drones hit oil depot in Russia's Bryansk region, governor says",
    ["A fuel storage site in Russia's Bryansk region caught fire after a Ukrainian drone attack, the regional governor said.",
     "He said no one had been hurt."],
    "strikes", "strikes", 2, "bryansk-oil-depot-drone-strike-2025-01-30", a="Owain Davies"),
  E("2025-01-30 09:40", "Drone hits apartment block in Sumy",
    ["A Russian drone struck a residential building in the centre of Sumy in the early hours, killing at least four people, local officials said.",
     "Emergency crews were searching for people believed to be trapped under a collapsed stairwell."],
    "strikes", "strikes", 3, "sumy-apartment-drone-strike-2025-01-30", a="Bethan Lloyd", kp=True, n="First report of the story updated in 8702-02 (toll four -> nine)."),
  E("2025-01-30 08:20", None,
    ["Russia's defence ministry claims its forces have taken another village near Toretsk, in the Donetsk region; Ukraine's military has not commented."],
    "other", "frontline", 2, "russia-claims-village-near-toretsk-2025-01-30", a="Bethan Lloyd", n="Post without headline."),
  ]))

SEEDS.append(dict(id="8703", name="8703_northwaleschronicle-world", ext="txt", source="North Wales Chronicle", zone=LON, render=r_chronicle,
  title="World news", parse_args=["--date", "2025-01-18"],
  notes="Imitates a North Wales Chronicle (Newsquest) world-news listing copied as plain text, newest first. Each item: headline, one standfirst paragraph, 'By PA News Agency', then 'Published: 9:40pm 18th January' - the stamp comes AFTER the headline and body, and prints no year (Newsquest style for the current year), so parse_args gives the date. No zone printed: UK time, = UTC in January. Two items (TikTok, Gaza) are off-beat world news. Items 02 and 06 are the same Kyiv attack (06 first report, 02 the repaired water main).",
  not_entries=["'Skip to content'", "site name, Subscribe / Sign in", "menu line", "cookie notice", "breadcrumb 'News > National > World'", "section title 'World news'",
               "'By PA News Agency' lines (author, not entries)", "'Advertisement'", "'Load more'", "'Most read' list (two local links)", "IPSO line and footer links"],
  entries=[
  OFF("2025-01-18 21:40", "TikTok tells US users the app will go dark on Sunday",
      ["TikTok warned its American users that the app would stop working on Sunday when a federal ban takes effect, unless the outgoing administration steps in."],
      "tiktok-us-ban-2025-01", a="PA News Agency", n="US tech regulation."),
  E("2025-01-18 19:05", "Kyiv restores water after missile debris damages main",
    ["Engineers restored water to homes on Kyiv's west bank after debris from Saturday morning's missile attack damaged a main, the city authorities said."],
    "strikes", "strikes", 2, "kyiv-ballistic-missile-attack-2025-01-18", a="PA News Agency", n="Aftermath of the attack reported in 8703-06 (same story)."),
  OFF("2025-01-18 16:30", "Israeli cabinet approves Gaza ceasefire and hostage deal",
      ["Israel's government voted to approve a ceasefire and hostage release agreement with Hamas, clearing the way for the truce to begin on Sunday morning."],
      "israel-gaza-ceasefire-approval-2025-01", a="PA News Agency", n="Middle East, not the Russia-Ukraine war."),
  E("2025-01-18 14:15", "Zelensky says North Korean units in Kursk have suffered heavy losses",
    ["Volodymyr Zelensky said North Korean soldiers sent to fight for Russia in the Kursk region had suffered heavy casualties, and repeated his offer to exchange the two captured last week for Ukrainians held in Russia."],
    "other", "frontline", 2, "north-korean-troops-kursk-losses-2025-01-18", a="PA News Agency"),
  E("2025-01-18 12:50", "Ukrainian drones target fuel depots in Kaluga and Tula regions",
    ["Ukraine's military said its drones struck fuel depots in Russia's Kaluga and Tula regions overnight, setting at least one of them on fire."],
    "strikes", "strikes", 2, "ukraine-drones-kaluga-tula-depots-2025-01-18", a="PA News Agency"),
  E("2025-01-18 09:20", "Three killed as ballistic missiles hit Kyiv",
    ["Three people were killed and four wounded when Russian ballistic missiles struck Kyiv's Shevchenkivskyi district on Saturday morning, city officials said, with debris damaging the entrance to a metro station where residents were sheltering."],
    "strikes", "strikes", 3, "kyiv-ballistic-missile-attack-2025-01-18", a="PA News Agency"),
  E("2025-01-18 08:05", "MPs to scrutinise 100-year partnership with Ukraine",
    ["The 100-year partnership agreement the Prime Minister signed in Kyiv this week will be laid before Parliament, Downing Street said."],
    "diplomacy", "diplomacy", 2, "uk-ukraine-100-year-partnership", a="PA News Agency"),
  ]))

SEEDS.append(dict(id="8704", name="8704_breconradnor-article", ext="txt", source="Brecon & Radnor Express", zone=LON, render=r_brecon,
  title="Ukraine peace push: the weekend's developments and what they mean for Powys", byline="Carys Bevan", dateline_t="2025-12-01 17:30",
  lede="Talks between Ukrainian and American officials went on as Russian strikes hit Ukrainian cities. Here is a round-up of the main developments, and the local angle.",
  notes="Imitates a Brecon & Radnor Express (Tindle) article copied as plain text: title, standfirst, 'By Carys Bevan', the Tindle date line 'Monday 1st December 2025 5:30 pm', then five section headings. One entry per section (headline = heading), stamp null, published = the date line (UK time = UTC in December); the page byline is every entry's author. The standfirst is a lede, not an entry.",
  not_entries=["site name, Subscribe / Sign in, menu", "section label 'NEWS'", "title line", "standfirst 'Talks between Ukrainian and American officials ...'", "byline and date line",
               "'Share' and 'Comments (0)'", "'Read more: Crickhowell bridge repairs ...' link", "subscription plug", "comments box", "copyright and footer links"],
  entries=[
  E("2025-12-01 17:30", "Florida talks 'productive but unfinished'",
    ["Ukrainian and US negotiators met in Florida on Sunday to work on a framework for ending the war, with both sides calling the talks productive but saying several issues were still open.",
     "The Ukrainian delegation was led by Rustem Umerov after the resignation of the president's chief of staff last week."],
    "diplomacy", "diplomacy", 3, "us-ukraine-talks-florida-2025-11-30", a="Carys Bevan"),
  E("2025-12-01 17:30", "Zelensky in Paris",
    ["President Volodymyr Zelensky travelled to Paris on Monday for talks with Emmanuel Macron on the security guarantees Europe could offer Ukraine after a ceasefire."],
    "diplomacy", "diplomacy", 3, "zelensky-macron-paris-2025-12-01", a="Carys Bevan"),
  E("2025-12-01 17:30", "Deadly night in Dnipro",
    ["A Russian missile and drone attack on Dnipro overnight killed four people and damaged a shopping centre and several homes, the regional governor said.",
     "Power was cut to parts of the city for several hours."],
    "strikes", "strikes", 3, "dnipro-overnight-strike-2025-12-01", a="Carys Bevan"),
  E("2025-12-01 17:30", "More Ukrainian recruits at Sennybridge",
    ["The Ministry of Defence said the training of Ukrainian recruits on ranges across the UK, including Sennybridge, would carry on through the winter.",
     "People in the upper Usk valley have been told to expect more night firing before Christmas."],
    "aid", "aid", 2, "uk-training-ukrainian-recruits-2025-12", a="Carys Bevan", n="Training of Ukrainian troops by the UK = military support -> aid."),
  E("2025-12-01 17:30", "Host families still needed in Radnorshire",
    ["Powys County Council has appealed for more households in Radnorshire to host Ukrainians who are leaving temporary accommodation this winter.",
     "Hosts receive a monthly thank-you payment from the UK government."],
    "other", "humanitarian", 2, "powys-host-families-appeal-2025-12", a="Carys Bevan"),
  ]))

SEEDS.append(dict(id="8705", name="8705_tivysideadvertiser-timeline", ext="html", source="Tivyside Advertiser", zone=LON, render=r_tivyside,
  title="Ukraine war: how Saturday unfolded, hour by hour", byline="Siân Jenkins", dateline_t="2025-01-11 17:40",
  lede="Key moments from the war in Ukraine on Saturday, including the capture of two North Korean soldiers.",
  intro="Here is how the day's main events unfolded. All times are UK time.",
  notes="Imitates a Tivyside Advertiser (Newsquest) hour-by-hour article in HTML, OLDEST first. The body is a bullet list; each bullet starts with a bold time '8.05am:' and has NO headline (headline null, first sentence = the bullet's first sentence, body_paragraphs 1). Visible dates print no year ('Published: 5:40pm 11th January'); the year is in the NewsArticle JSON-LD only, so no parse_args. The intro says 'All times are UK time' (= UTC in January). Page byline used as author. Bullets 01 (Russia's claim about Ukrainian drones) and 02 (Ukraine's report of Russian drones) are different attacks.",
  not_entries=["cookie bar", "masthead, menu, Subscribe", "title", "standfirst 'Key moments from the war ...'", "byline and 'Published:' line", "share row and 'Comments (2)'",
               "intro sentence 'Here is how the day's main events unfolded. All times are UK time.'", "'Read more:' link about St Dogmaels mill", "newsletter box", "footer"],
  entries=[
  E("2025-01-11 08:05", None, ["Russia's defence ministry said its air defences destroyed 34 Ukrainian drones over the Bryansk and Kursk regions during the night."],
    "strikes", "strikes", 2, "russia-claims-drones-bryansk-kursk-2025-01-11", a="Siân Jenkins"),
  E("2025-01-11 09:40", None, ["Ukraine's air force said Russia launched 74 attack drones overnight, of which 47 were shot down and 27 vanished from radar without causing damage."],
    "strikes", "strikes", 2, "russian-overnight-drone-attack-2025-01-11", a="Siân Jenkins", n="Different attack from 8705-01: must not merge."),
  E("2025-01-11 11:30", None, ["President Volodymyr Zelensky said Ukrainian forces had captured two North Korean soldiers in Russia's Kursk region and that both were being questioned by the security service in Kyiv."],
    "other", "frontline", 3, "north-korean-soldiers-captured-kursk-2025-01-11", a="Siân Jenkins", n="First North Korean prisoners: a main development of the day."),
  E("2025-01-11 13:15", None, ["Ukraine's General Staff reported 45 Russian assaults near Pokrovsk since the morning and said most had been pushed back."],
    "other", "frontline", 2, "pokrovsk-fighting-2025-01-11", a="Siân Jenkins"),
  E("2025-01-11 15:50", None, ["A guided bomb damaged an industrial site in Zaporizhzhia, wounding 13 workers, the regional governor said."],
    "strikes", "strikes", 2, "zaporizhzhia-industrial-site-bomb-2025-01-11", a="Siân Jenkins"),
  E("2025-01-11 17:20", None, ["In Cardigan, a concert at the Guildhall raised more than £2,000 for a children's hospital in Ukraine's Chernihiv region, organisers said."],
    "aid", "aid", 2, "cardigan-concert-chernihiv-hospital", a="Siân Jenkins", n="Local fundraising for a Ukrainian hospital -> aid."),
  ]))

SEEDS.append(dict(id="8706", name="8706_llanellistar-live", ext="txt", source="Llanelli Star", zone=LON, render=r_llanelli,
  title="Ukraine war live: US pauses some weapons deliveries to Kyiv", byline="Rhodri Evans",
  lede="The latest from Ukraine as Washington holds back some of the arms it promised.",
  notes="Imitates a Llanelli Star (Reach plc) live blog copied as plain text, newest first. Header: byline, 'Senior reporter', '09:10, 1 JUL 2025', 'Updated 20:40, 1 JUL 2025'. Each post: a bare '20:40' line, the author's name, the headline, paragraphs, 'Share'. No zone printed: UK time implied by the outlet (BST = UTC+1). Per-post authors.",
  not_entries=["site name, Sign in, menu", "section label 'News' (twice)", "title and standfirst", "Bookmark / Share / Comments", "byline block (name, role, first published, Updated)",
               "newsletter sign-up text and 'Thank you for subscribing!'", "'Show latest updates'", "'Share' after each post", "'READ MORE:' link about parking", "'Show more updates'",
               "'Comments (4)'", "footer"],
  entries=[
  E("2025-07-01 20:40", "Pentagon pauses some weapons deliveries to Ukraine",
    ["The United States has held back some air defence interceptors and artillery shells promised to Ukraine after a Pentagon review of its own stockpiles, according to American officials.",
     "Kyiv said it had not been formally told about the decision."],
    "aid", "aid", 3, "us-pauses-weapons-deliveries-2025-07-01", a="Rhodri Evans"),
  E("2025-07-01 18:15", "Army chief says Russian push near Sumy has been halted",
    ["Ukraine's commander-in-chief Oleksandr Syrskyi said Russian forces had been stopped in the Sumy region and that Ukrainian units were counter-attacking in places."],
    "other", "frontline", 2, "sumy-front-syrskyi-2025-07-01", a="Catrin Howells"),
  E("2025-07-01 16:50", "Drone strike on bus in Zaporizhzhia region kills two",
    ["Two people died when a Russian drone hit a passenger bus on the edge of a town in the Zaporizhzhia region, the regional governor said.",
     "Seven passengers were wounded."],
    "strikes", "strikes", 3, "zaporizhzhia-region-bus-drone-2025-07-01", a="Catrin Howells"),
  E("2025-07-01 15:20", "Llanelli conversation club for Ukrainians marks third year",
    ["A weekly English conversation club for Ukrainians in Llanelli has celebrated its third birthday with a picnic in Parc Howard.",
     "Volunteers say more than 60 people have come along since it started."],
    "other", "humanitarian", 2, "llanelli-ukrainian-conversation-club", a="Rhodri Evans"),
  E("2025-07-01 13:05", "Russian-installed officials claim all of Luhansk region",
    ["The Moscow-installed head of the occupied Luhansk region said Russian forces now control the whole region, a claim Ukraine's military rejected."],
    "other", "frontline", 2, "luhansk-full-control-claim-2025-07", a="Catrin Howells"),
  E("2025-07-01 11:30", "Ukraine to make weapons in Denmark under new deal",
    ["Ukrainian arms makers will be allowed to set up production lines in Denmark under an agreement signed by the two countries' defence ministers.",
     "It is the first arrangement of its kind with a NATO member."],
    "aid", "aid", 2, "ukraine-denmark-weapons-production-deal", a="Rhodri Evans"),
  E("2025-07-01 09:10", "Russia launched over 50 drones overnight, Kyiv says",
    ["Russia attacked Ukraine overnight with 52 drones and two missiles, Ukraine's air force said, adding that 41 of the drones were shot down or jammed."],
    "strikes", "strikes", 2, "russian-overnight-attack-2025-07-01", a="Rhodri Evans"),
  ]))

SEEDS.append(dict(id="8707", name="8707_denbighshirefreepress-roundup", ext="txt", source="Denbighshire Free Press", zone=LON, render=r_freepress,
  title="Ukraine war: six things you need to know today", byline="Nia Roberts", dateline_t="2025-07-07 18:45", parse_args=["--date", "2025-07-07"],
  lede="From Washington's change of tune on weapons to a death in Moscow, here are the day's main developments.",
  notes="Imitates a Denbighshire Free Press (Newsquest) numbered round-up copied as plain text. One byline, one date line 'Published: 6:45pm 7th July' with no year anywhere on the page (parse_args). Six numbered items '1. Headline' with paragraphs; one entry per item (headline without the number), stamp null, published = the date line (BST = UTC+1); page byline as author. The standfirst is a lede.",
  not_entries=["'Skip to content'", "site name, Subscribe / Sign in, menu", "section label 'News'", "title and standfirst", "byline and 'Published:' line", "'Share' and 'Comments: 3'",
               "'Read more: Ruthin Castle car park ...' link", "'Advertisement'", "newsletter plug", "'Comments are closed on this article.'", "IPSO line and footer"],
  entries=[
  E("2025-07-07 18:45", "Trump says US will send more weapons to Ukraine",
    ["Donald Trump said the United States would send more weapons to Ukraine, mainly defensive ones, a week after his officials paused some shipments.",
     "He told reporters that Ukraine had to be able to defend itself."],
    "aid", "aid", 3, "trump-more-weapons-ukraine-2025-07-07", a="Nia Roberts"),
  E("2025-07-07 18:45", "Russian transport minister found dead after being sacked",
    ["Roman Starovoit, who was removed as Russia's transport minister on Monday morning, was found dead in his car outside Moscow, investigators said.",
     "He had earlier been governor of the Kursk region, where officials have faced inquiries over money meant for border defences."],
    "other", "politics", 2, "starovoit-found-dead-2025-07-07", a="Nia Roberts", n="Russian domestic politics linked to the Kursk defences inquiry: war-related, other/politics."),
  E("2025-07-07 18:45", "Drone raids disrupt Moscow airports again",
    ["Flights in and out of Moscow's airports were delayed or cancelled for a third day as Russia said it was shooting down Ukrainian drones heading for the capital."],
    "strikes", "strikes", 2, "moscow-airports-drone-disruption-2025-07", a="Nia Roberts"),
  E("2025-07-07 18:45", "Russia says its troops have entered Dnipropetrovsk region",
    ["Russia's defence ministry claimed its forces had captured a village just inside the Dnipropetrovsk region, an area that had largely escaped ground fighting until now."],
    "other", "frontline", 2, "russia-claims-dnipropetrovsk-village-2025-07", a="Nia Roberts"),
  E("2025-07-07 18:45", "Prisoners of war swapped under Istanbul agreement",
    ["Ukraine and Russia carried out another exchange of prisoners of war agreed at talks in Istanbul, with Kyiv saying young soldiers and wounded fighters were among those returned."],
    "diplomacy", "diplomacy", 3, "pow-exchange-2025-07-07", a="Nia Roberts"),
  E("2025-07-07 18:45", "Ruthin school holds art show by Ukrainian pupils",
    ["Pupils from Ukraine at a Ruthin primary school have put on an exhibition of paintings about home, with sales going to a children's charity in Kyiv."],
    "other", "humanitarian", 2, "ruthin-school-ukrainian-art-show", a="Nia Roberts"),
  ]))

SEEDS.append(dict(id="8708", name="8708_pembrokeshireherald-world", ext="html", source="Pembrokeshire Herald", zone=LON, render=r_herald,
  title="World", url="https://www.pembrokeshire-herald.com/category/world/", clock="Sunday, December 7, 2025",
  notes="Imitates The Pembrokeshire Herald's WordPress category page (tagDiv 'Newspaper'-style cards) in HTML, newest first, with a Yoast @graph JSON-LD (CollectionPage, BreadcrumbList, WebSite; no per-item data). Each card: h3 headline link, category label, author link, a <time datetime=\"2025-12-07T19:45:00+00:00\"> whose visible text is only 'December 7, 2025' (the time exists only in the attribute), a comment count and the excerpt paragraphs. The header date 'Sunday, December 7, 2025' is the site clock. Two cards are off-beat local news. UK time = UTC in December.",
  not_entries=["header clock 'Sunday, December 7, 2025' and top menu", "logo and main menu", "breadcrumb and page title 'World'", "category labels and comment counts on each card",
               "'- Advertisement -'", "pagination '1 2 3 Next'", "'POPULAR POSTS' block with one link", "footer description and copyright"],
  entries=[
  E("2025-12-07 19:45", "Zelensky says peace framework is 'close' after call with US envoys",
    ["President Volodymyr Zelensky said a framework document for ending the war was close to being agreed after a long call with American negotiators on Sunday.",
     "He said territory and security guarantees still had to be settled with European partners."],
    "diplomacy", "diplomacy", 3, "zelensky-us-envoys-call-2025-12-07", a="Herald Reporter"),
  dict(OFF("2025-12-07 17:10", "Tenby Boxing Day swim opens registration for charity dippers",
      ["Registration has opened for this year's Tenby Boxing Day swim, with organisers hoping to beat last year's total of more than 600 swimmers in fancy dress."],
      "tenby-boxing-day-swim-2025", a="Herald Reporter", n="local events."), cat="Community"),
  E("2025-12-07 14:25", "Ukrainian families in Pembrokeshire celebrate St Nicholas Day",
    ["Ukrainian families living in Pembrokeshire marked St Nicholas Day with a gathering in Haverfordwest, where children received presents donated by local businesses."],
    "other", "humanitarian", 2, "pembrokeshire-ukrainians-st-nicholas-day", a="Ffion Rees"),
  E("2025-12-07 11:50", "Russian strikes leave thousands without power in Odesa region",
    ["Russian drones hit energy facilities in the Odesa region overnight, leaving tens of thousands of homes without electricity or heating, Ukraine's energy ministry said.",
     "Repair crews were working in freezing temperatures to restore supplies."],
    "strikes", "strikes", 3, "odesa-energy-strikes-2025-12-07", a="Herald Reporter"),
  dict(OFF("2025-12-07 10:05", "Flood alerts issued along the Cleddau as heavy rain moves in",
      ["Natural Resources Wales has issued flood alerts for parts of the Western and Eastern Cleddau, with up to 50mm of rain expected on high ground by Monday."],
      "cleddau-flood-alerts-2025-12", a="Herald Reporter", n="local weather."), cat="News"),
  E("2025-12-07 08:30", "Milford Haven firm to supply parts for Ukrainian drones",
    ["An engineering company in Milford Haven has won a contract to supply components for drones built in Ukraine, its managing director said.",
     "The firm expects to take on eight new staff."],
    "aid", "aid", 2, "milford-haven-firm-drone-parts-ukraine", a="Ffion Rees"),
  ]))

SEEDS.append(dict(id="8709", name="8709_powyscountytimes-feed", ext="xml", source="Powys County Times", zone=LON, render=r_county,
  title="Powys County Times | News", copyright="Copyright Newsquest",
  notes="Imitates the Powys County Times (Newsquest) news RSS 2.0 feed: pubDate with +0100 (BST), dc:creator per item (PA News Agency or a local reporter), a one-paragraph <description> (the standfirst; body_paragraphs 1), media:content images. Newest first. Two items are off-beat Powys news (Royal Welsh Show traffic, Newtown roadworks).",
  not_entries=["channel title/link/description/copyright", "<category>, <guid> and media:content values"],
  entries=[
  E("2025-07-16 21:10", "Kremlin shrugs off threat of tougher US sanctions",
    ["The Kremlin said Russia's economy had adapted to sanctions and that Moscow would not be swayed by deadlines, responding to Donald Trump's 50-day ultimatum."],
    "diplomacy", "diplomacy", 2, "kremlin-response-trump-ultimatum-2025-07-16", a="PA News Agency"),
  OFF("2025-07-16 18:35", "Royal Welsh Show traffic plan published",
      ["Police and organisers have published the traffic plan for next week's Royal Welsh Show at Llanelwedd, with a one-way system through Builth Wells on the busiest days."],
      "royal-welsh-show-traffic-2025", a="Sarah Pugh", n="local event."),
  E("2025-07-16 16:20", "Germany in talks to buy Patriot systems for Ukraine",
    ["Germany's defence minister said Berlin was negotiating with Washington to buy two Patriot air defence systems that would then be handed to Ukraine."],
    "aid", "aid", 3, "germany-patriots-for-ukraine-2025-07", a="PA News Agency"),
  E("2025-07-16 13:45", "Welshpool farm welcomes Ukrainian agriculture students",
    ["A family farm near Welshpool is hosting four agriculture students from Ukraine for the summer as part of an exchange run by a Welsh farming charity."],
    "other", "humanitarian", 2, "welshpool-farm-ukrainian-students", a="Sarah Pugh"),
  E("2025-07-16 11:05", "Drones damage power substation in Kryvyi Rih",
    ["A Russian drone attack damaged a power substation in Kryvyi Rih overnight, cutting electricity to parts of the city, local officials said."],
    "strikes", "strikes", 2, "kryvyi-rih-substation-drone-2025-07-16", a="PA News Agency"),
  OFF("2025-07-16 09:30", "Overnight closures on Newtown bypass for resurfacing",
      ["The A483 Newtown bypass will close overnight for five nights from Monday while the carriageway is resurfaced, the Welsh Government's trunk road agency said."],
      "newtown-bypass-resurfacing", a="Sarah Pugh", n="local roads."),
  E("2025-07-16 07:50", "Zelensky nominates Shmyhal as defence minister",
    ["Volodymyr Zelensky has put forward outgoing prime minister Denys Shmyhal as Ukraine's new defence minister as part of a government reshuffle."],
    "other", "politics", 2, "ukraine-government-reshuffle-2025-07", a="PA News Agency"),
  ]))


# ============================================================ PART B: three multi-source days (invented outlets, own words)
ZAP = "zaporizhzhia-apartment-strike-2025-01-25"
RYA = "ryazan-refinery-drone-strike-2025-01-25"
D1 = ("Part B day 1 (2025-01-25 UTC). Main story " + ZAP + " (4 seeds; toll two -> four -> five; spelled Zaporizhzhia / Zaporizhia / Zaporozhye); "
      "also multi-seed " + RYA + " (3 seeds). Must not merge: Stepnohirsk shelling vs the city strike; Zelensky's, Duda's and the Kremlin's separate statements on talks; "
      "the gas-production analysis vs any strike.")
RYA_P = ["A fire broke out at an oil refinery in Russia's Ryazan region after a Ukrainian drone attack overnight, the regional governor said, adding that falling debris had caused the blaze.",
         "Ukraine's General Staff later confirmed it had targeted the plant, which it said supplies fuel to the Russian army."]

SEEDS.append(dict(id="8720", name="8720_drumwhinnie-textlive", ext="txt", source="Drumwhinnie Courier", zone="Europe/Kyiv", render=r_drumwhinnie,
  title="Ukraine live: Zaporizhzhia counts the dead after overnight attack", dateline="Saturday 25 January 2025 · All times Kyiv (EET)",
  lede="Our correspondents follow the day's events across Ukraine.",
  notes="Invented outlet. Plain-text live page, OLDEST first. Date line 'Saturday 25 January 2025 · All times Kyiv (EET)' (UTC+2). Each post opens with one line 'HH.MM · Headline', then paragraphs and a signature line '— Name'. Post 02 is a video teaser without body. Post 07 repeats post 04 nearly verbatim (headline reworded, first paragraph identical, second dropped). " + D1,
  not_entries=["outlet name and menu line", "title and date line", "lede 'Our correspondents follow ...'", "signature lines '— Name' (author)", "'Sponsored content'",
               "'This page is no longer being updated.'", "footer"],
  entries=[
  E("2025-01-25 08:10", "Drone and bomb attack hits apartment block in Zaporizhzhia",
    ["A Russian attack overnight struck a nine-storey apartment block in Zaporizhzhia, killing two people and trapping others under the debris, regional governor Ivan Fedorov said.",
     "Fedorov said drones and a guided aerial bomb were used and that at least 11 people had been taken to hospital."],
    "strikes", "strikes", 3, ZAP, a="Olena Marchuk"),
  E("2025-01-25 09:05", "Watch: rescuers search the ruins in Zaporizhzhia", [], "strikes", "strikes", 1, ZAP, n="Video teaser without body -> importance 1."),
  E("2025-01-25 10:40", "Russian shelling wounds three in Stepnohirsk",
    ["Three people were wounded when Russian artillery hit houses in Stepnohirsk, a frontline village in the south of the Zaporizhzhia region, local authorities said."],
    "strikes", "strikes", 2, "stepnohirsk-shelling-2025-01-25", a="Olena Marchuk", n="Same region as the main story, different attack: must not merge."),
  E("2025-01-25 12:15", "Refinery in Russia's Ryazan region on fire after drone raid", RYA_P, "strikes", "strikes", 3, RYA, a="Tom Ridley"),
  E("2025-01-25 14:30", "Zaporizhzhia toll climbs to four",
    ["Rescuers pulled two more bodies from the damaged block in Zaporizhzhia, bringing the death toll to four, Governor Fedorov said.",
     "He said a child was among the 13 people injured."],
    "strikes", "strikes", 3, ZAP, a="Olena Marchuk"),
  E("2025-01-25 16:50", "Zelensky: any talks must include Ukraine and Europe",
    ["President Volodymyr Zelensky said no agreement about Ukraine could be reached behind its back, after the new US administration signalled it wanted a quick deal.",
     "He said European leaders also had to be at the table."],
    "diplomacy", "diplomacy", 2, "zelensky-talks-must-include-ukraine-2025-01-25", a="Tom Ridley", n="Separate statement from Duda's (8721-01) and the Kremlin's (8722-05): must not merge."),
  E("2025-01-25 18:20", "Ryazan refinery burns after drone raid", [RYA_P[0]], "strikes", "strikes", 1, RYA, a="Tom Ridley", dup="8720-04",
    n="Near-verbatim repeat of 8720-04 (headline reworded, second paragraph dropped) -> importance 1."),
  ]))

SEEDS.append(dict(id="8721", name="8721_lindenhaugh-htmllive", ext="html", source="Lindenhaugh Review", zone="Europe/Warsaw", render=r_lindenhaugh,
  title="War in Ukraine: Saturday's developments", url="https://lindenhaugh.example/live/ukraine-2025-01-25", dateline="Saturday, 25 January 2025 (Warsaw time)",
  lede="Updates from our desk in Warsaw on the war across the border.",
  notes="Invented outlet. HTML live page, newest first, with LiveBlogPosting JSON-LD carrying every update (own time, headline, author). Each update: <time datetime> with a '13:20' face (CET = UTC+1), h2 headline, author paragraph, body. Update 04 is an analysis (theme piece). " + D1,
  not_entries=["header and menu", "title and date line", "lede 'Updates from our desk in Warsaw ...'", "author lines", "'Copy link' under each update", "footer"],
  entries=[
  E("2025-01-25 20:35", "Duda: Europe must not be left out of peace talks",
    ["Polish President Andrzej Duda said any negotiations on ending the war must involve Europe, since the continent's security was at stake.",
     "Poland currently holds the rotating presidency of the EU Council."],
    "diplomacy", "diplomacy", 2, "duda-europe-in-peace-talks-2025-01-25", a="Agnieszka Borowa", n="Same theme as Zelensky's statement (8720-06), different speaker: must not merge."),
  E("2025-01-25 18:10", "Zaporizhia: five dead, search over",
    ["The number of people killed in the Russian strike on a residential building in Zaporizhia has risen to five, the regional administration said on Saturday evening, and rescuers have ended their search."],
    "strikes", "strikes", 3, ZAP, a="Piotr Lenart", n="Spelling variant Zaporizhia."),
  E("2025-01-25 15:45", "Polish army takes delivery of more K2 tanks",
    ["Another batch of South Korean K2 tanks arrived in Poland this week under a contract signed in 2022, the defence ministry in Warsaw said."],
    "other", "security", 2, "poland-k2-tanks-delivery-2025-01", a="Piotr Lenart", n="Procurement by a non-party -> other/security."),
  E("2025-01-25 13:20", "Analysis: why Moscow keeps aiming at Ukraine's gas production",
    ["Russia's winter strikes have shifted from power stations towards gas extraction and storage sites in the east and west of Ukraine.",
     "Without its own gas, Ukraine would have to import far more fuel just as European prices are rising.",
     "Energy experts say repairs to compressor stations take months, far longer than fixing a damaged substation."],
    "strikes", "strikes", 2, "analysis-russian-strikes-on-gas-production", a="Agnieszka Borowa", n="Theme piece (analysis), its own story; importance 2."),
  E("2025-01-25 11:05", "Drones set Ryazan refinery ablaze, governor says",
    ["Debris from drones shot down over Ryazan started a fire at the city's oil refinery, governor Pavel Malkov said on Telegram."],
    "strikes", "strikes", 3, RYA, a="Piotr Lenart"),
  E("2025-01-25 09:30", "Guided bomb damages school in Kharkiv",
    ["A Russian guided aerial bomb hit the yard of a school in Kharkiv on Saturday morning, blowing out windows but injuring no one, the city's mayor said."],
    "strikes", "strikes", 2, "kharkiv-school-bomb-2025-01-25", a="Agnieszka Borowa"),
  ]))

SEEDS.append(dict(id="8722", name="8722_inverbrack-worldrss", ext="xml", source="Inverbrack Herald", zone="UTC", render=r_rss, rfc="GMT",
  title="Inverbrack Herald - World", url="https://inverbrack.example", guid="ih-2025-01-25", lede="World news from the Inverbrack Herald",
  notes="Invented outlet. General world-news RSS 2.0 feed, pubDate in GMT, newest first, no authors. Four of six items are off-beat (hostages, tennis, storm, Los Angeles fires). " + D1,
  not_entries=["channel title/link/description", "<category> and <guid> values"],
  entries=[
  OFF("2025-01-25 21:30", "Four Israeli soldiers freed in second hostage handover",
      ["Hamas released four Israeli women soldiers in Gaza City, and Israel freed 200 Palestinian prisoners in return, in the second exchange under the ceasefire."],
      "gaza-hostage-exchange-2025-01-25", n="Middle East."),
  E("2025-01-25 17:50", "Zaporozhye strike kills at least five",
    ["At least five people were killed and more than a dozen hurt when Russian drones and a glide bomb struck an apartment building in the southern Ukrainian city of Zaporozhye, officials said."],
    "strikes", "strikes", 3, ZAP, n="Spelling variant Zaporozhye."),
  OFF("2025-01-25 14:20", "Keys stuns Sabalenka to win Australian Open",
      ["Madison Keys beat the world number one Aryna Sabalenka in three sets in Melbourne to win her first Grand Slam title."], "australian-open-womens-final-2025", n="tennis."),
  OFF("2025-01-25 11:45", "Thousands still without power in Ireland after Storm Eowyn",
      ["Hundreds of thousands of homes in Ireland were still without electricity a day after Storm Eowyn brought record wind speeds."], "storm-eowyn-aftermath", n="weather."),
  E("2025-01-25 09:10", "Kremlin says it awaits 'signals' from Washington on talks",
    ["Kremlin spokesman Dmitry Peskov said Moscow was still waiting for signals from the new US administration about a possible conversation between Vladimir Putin and Donald Trump."],
    "diplomacy", "diplomacy", 2, "kremlin-awaits-us-signals-2025-01-25"),
  OFF("2025-01-25 07:30", "Trump tours fire-hit Los Angeles",
      ["President Donald Trump visited neighbourhoods of Los Angeles destroyed by this month's wildfires and clashed with state officials over water policy."], "trump-visits-la-fires", n="US politics."),
  ]))

SEEDS.append(dict(id="8723", name="8723_cairnwold-atom", ext="xml", source="Cairnwold Dispatch", zone="America/New_York", render=r_atom,
  title="Cairnwold Dispatch: Ukraine", url="https://cairnwold.example/ukraine", tag="cairnwold.example,2025",
  notes="Invented US outlet. Atom feed, newest first, <published> with -05:00 (EST), escaped HTML content, an author on every entry. " + D1,
  not_entries=["feed title, link, id, updated", "entry ids and links"],
  entries=[
  E("2025-01-25 16:45", "Ukrainians in US face uncertainty as parole program is paused",
    ["Thousands of Ukrainians who came to the United States under a humanitarian parole program are unsure whether they can stay after the administration suspended new applications."],
    "other", "humanitarian", 2, "us-parole-pause-ukrainians-2025-01", a="Leo Harte"),
  E("2025-01-25 13:50", "Zaporizhzhia death toll rises to five",
    ["Officials in Zaporizhzhia said the number of people killed when a Russian attack wrecked part of an apartment building overnight had reached five.",
     "The regional governor said several of the injured were in serious condition."],
    "strikes", "strikes", 3, ZAP, a="Dana Whitcomb"),
  E("2025-01-25 11:30", "North Korean troops pulled back from Kursk front, officials say",
    ["Ukrainian officials said North Korean units fighting for Russia in the Kursk region had been moved away from the front line after heavy losses."],
    "other", "frontline", 2, "north-korean-troops-kursk-pullback-2025-01", a="Leo Harte"),
  E("2025-01-25 09:15", "US aid freeze halts some Ukraine programs",
    ["A 90-day pause on American foreign assistance ordered by the State Department has halted several projects in Ukraine, including help with energy repairs and veterans' health care, Ukrainian officials said."],
    "aid", "aid", 2, "us-foreign-aid-freeze-ukraine-2025-01", a="Dana Whitcomb"),
  E("2025-01-25 07:40", "Ukraine hits Russian oil refinery as drone campaign widens",
    ["Ukraine's military said it struck an oil refinery in Russia's Ryazan region overnight, part of a campaign of long-range drone attacks on the energy sites that fuel Moscow's war effort."],
    "strikes", "strikes", 3, RYA, a="Dana Whitcomb"),
  ]))

# ---------------------------------------------------------------- Day 2 (2025-01-26 UTC)
VN = "velyka-novosilka-capture-2025-01-26"
DRN = "russian-overnight-drone-attack-2025-01-26"
D2 = ("Part B day 2 (2025-01-26 UTC). Main story " + VN + " (4 seeds; spelled Velyka Novosilka / Velikaya Novoselka). Continuation of day 1's " + ZAP +
      " with new developments (toll six -> seven, day of mourning; 3 seeds, keeps the day-1 slug). Also multi-seed " + DRN + " (2 seeds). "
      "Cross-day re-post: 8731-01 re-posts day 1's 8720-04. Must not merge: the Oryol depot strike vs day 1's Ryazan refinery; the Velyka Novosilka explainer vs the capture; "
      "Sumy shelling vs the overnight drone attack.")

SEEDS.append(dict(id="8730", name="8730_tollkennet-htmllive", ext="html", source="Tollkennet Gazette", zone=LON, render=r_tollkennet,
  title="Ukraine war: Russia claims Velyka Novosilka as Zaporizhzhia mourns", dateline="Sunday 26 January 2025",
  lede="Our live coverage of the war in Ukraine. All times GMT.",
  notes="Invented outlet. HTML live page, newest first, no JSON-LD. A Key Points box lists two headlines (entries 01 and 05). Each post: '2.05pm'-style time span (GMT, said in the intro), h2 headline, paragraphs, author signature. Post 03 is a photo teaser without body. " + D2,
  not_entries=["cookie notice", "header and menu", "title", "date line 'Sunday 26 January 2025'", "intro 'Our live coverage ... All times GMT.'", "'Key Points' heading and its two bullets",
               "signature lines (author)", "'Related' box", "footer"],
  entries=[
  E("2025-01-26 19:30", "Zaporizhzhia toll reaches seven as city mourns",
    ["A seventh person has died from injuries suffered when a Russian attack tore through an apartment building in Zaporizhzhia on Friday night, the regional governor said.",
     "The city held a day of mourning on Sunday, with flags lowered and entertainment venues closed."],
    "strikes", "strikes", 3, ZAP, a="Harriet Ames", kp=True, n="Continuation of day 1's story with a new development (toll seven)."),
  E("2025-01-26 16:45", "Drones hit oil depot in Russia's Oryol region",
    ["A fuel depot in Russia's Oryol region caught fire after a Ukrainian drone attack, the regional governor said on Sunday.",
     "Russia's defence ministry said it had downed drones over several regions."],
    "strikes", "strikes", 2, "oryol-oil-depot-drone-strike-2025-01-26", a="Callum Reid", n="Same theme as day 1's Ryazan refinery strike, different event: must not merge."),
  E("2025-01-26 13:05", "Pictured: the wrecked apartment block in Zaporizhzhia", [], "strikes", "strikes", 1, ZAP, n="Photo teaser without body -> importance 1."),
  E("2025-01-26 11:40", "Lithuania prepares new ammunition package for Kyiv",
    ["Lithuania will send Ukraine another consignment of artillery ammunition and drone jammers in the coming weeks, its defence minister said."],
    "aid", "aid", 2, "lithuania-ammunition-package-2025-01-26", a="Callum Reid"),
  E("2025-01-26 08:55", "Russia claims capture of Velyka Novosilka",
    ["Russia's defence ministry said its troops had taken Velyka Novosilka, a town in the south of the Donetsk region that Ukrainian forces had held since 2022.",
     "Ukraine's military did not immediately comment."],
    "other", "frontline", 3, VN, a="Harriet Ames", kp=True),
  E("2025-01-26 08:20", "Drone debris damages homes near Kyiv",
    ["Falling debris from drones shot down overnight damaged several houses in the Kyiv region, the regional administration said, adding that no one was hurt."],
    "strikes", "strikes", 3, DRN, a="Callum Reid", n="Same overnight attack as 8732-05 (2 seeds) -> importance 3."),
  ]))

SEEDS.append(dict(id="8731", name="8731_drumwhinnie-textlive", ext="txt", source="Drumwhinnie Courier", zone="Europe/Kyiv", render=r_drumwhinnie,
  title="Ukraine live: Velyka Novosilka falls as Zaporizhzhia mourns", dateline="Sunday 26 January 2025 · All times Kyiv (EET)",
  lede="Our correspondents follow the day's events across Ukraine.",
  notes="Invented outlet (same outlet and layout as 8720, next day's page). Plain-text live page, OLDEST first, 'HH.MM · Headline' lines, Kyiv time (EET = UTC+2). Post 01 re-posts yesterday's 8720-04 word for word (importance 1). Post 06 repeats post 03 nearly verbatim. Post 04 is an explainer (theme piece). " + D2,
  not_entries=["outlet name and menu line", "title and date line", "lede", "signature lines (author)", "'Sponsored content'", "'This page is no longer being updated.'", "footer"],
  entries=[
  E("2025-01-26 08:00", "Refinery in Russia's Ryazan region on fire after drone raid", RYA_P, "strikes", "strikes", 1, RYA, a="Tom Ridley",
    n="Re-post of day-1 entry 8720-04 (same headline and text, no new development) -> importance 1."),
  E("2025-01-26 09:30", "Zaporizhzhia mourns as toll reaches six",
    ["Zaporizhzhia declared Sunday a day of mourning after a sixth person died in hospital from injuries suffered in the attack on Friday night, Governor Ivan Fedorov said."],
    "strikes", "strikes", 3, ZAP, a="Olena Marchuk", n="Continuation of day 1's story (toll six, day of mourning)."),
  E("2025-01-26 11:10", "Velyka Novosilka: Ukrainian units pull back to avoid encirclement",
    ["Ukraine's Khortytsia group of forces said its units had moved out of the centre of Velyka Novosilka to avoid being surrounded, after Moscow said it had captured the town.",
     "A spokesman said the troops were holding positions on its outskirts."],
    "other", "frontline", 3, VN, a="Olena Marchuk"),
  E("2025-01-26 13:40", "Explained: why Velyka Novosilka matters",
    ["Velyka Novosilka sits where the Donetsk and Zaporizhzhia regions meet, and its roads linked Ukrainian units on the southern front with those further east.",
     "Its loss brings Russian troops closer to the western edge of the Donetsk region, which Moscow has made a priority.",
     "Military analysts say the town had been partly surrounded since the autumn."],
    "other", "frontline", 2, "explainer-velyka-novosilka-significance", a="Tom Ridley", n="Theme piece (explainer) with body: own story, importance 2; must not merge with the capture."),
  E("2025-01-26 15:55", "Shelling cuts power in parts of Sumy region",
    ["Russian artillery damaged power lines in two border communities of the Sumy region on Sunday afternoon, leaving about 3,000 households without electricity, the regional administration said."],
    "strikes", "strikes", 2, "sumy-region-shelling-power-cut-2025-01-26", a="Olena Marchuk"),
  E("2025-01-26 17:30", "Velyka Novosilka: units pull back to avoid encirclement",
    ["Ukraine's Khortytsia group of forces said its units had moved out of the centre of Velyka Novosilka to avoid being surrounded, after Moscow said it had captured the town."],
    "other", "frontline", 1, VN, a="Olena Marchuk", dup="8731-03", n="Near-verbatim repeat of 8731-03 -> importance 1."),
  ]))

SEEDS.append(dict(id="8732", name="8732_sloebury-worldatom", ext="xml", source="Sloebury Times", zone="Asia/Tokyo", render=r_atom,
  title="Sloebury Times - World", url="https://sloebury.example/world", tag="sloebury.example,2025",
  notes="Invented outlet. General world-news Atom feed from Japan: <published> with +09:00, so the two newest items carry the local date 27 January but are on UTC 26 January. No authors. Four of six items are off-beat. " + D2,
  not_entries=["feed title, link, id, updated", "<category> terms"],
  entries=[
  dict(OFF("2025-01-27 07:20", "Colombia backs down in deportation flights row with Washington",
      ["Colombia agreed to accept deportation flights from the United States after Donald Trump threatened steep tariffs and visa restrictions, the White House said."],
      "colombia-us-deportation-row-2025-01", n="Americas politics."), cat="Americas"),
  dict(E("2025-01-27 02:10", "Moscow says its forces have taken Velikaya Novoselka",
    ["Russia's defence ministry said on Sunday that its forces had seized Velikaya Novoselka, which Ukraine calls Velyka Novosilka, describing it as an important stronghold in the south of the Donetsk region."],
    "other", "frontline", 3, VN, n="Spelling variant Velikaya Novoselka; local date 27 Jan (JST) = 17:10 UTC on 26 Jan."), cat="Europe"),
  dict(OFF("2025-01-26 22:40", "Sinner retains Australian Open title",
      ["Jannik Sinner beat Alexander Zverev in straight sets in Melbourne to win the Australian Open for the second year running."], "australian-open-mens-final-2025", n="tennis."), cat="Sport"),
  dict(OFF("2025-01-26 19:05", "Deadly shooting as Lebanese try to return to border villages",
      ["Israeli troops opened fire on residents trying to return to villages in southern Lebanon on the day Israel had been due to withdraw under a ceasefire deal, Lebanese health officials said."],
      "south-lebanon-returns-shooting-2025-01-26", n="Middle East."), cat="Middle East"),
  dict(E("2025-01-26 16:05", "Ukraine says it downed 50 of 72 Russian drones",
    ["Ukraine's air force said Russia launched 72 drones overnight and that 50 were shot down, while most of the rest were lost to electronic jamming."],
    "strikes", "strikes", 3, DRN, n="Same overnight attack as 8730-06 (2 seeds) -> importance 3."), cat="Europe"),
  dict(OFF("2025-01-26 14:30", "Heavy snow grounds flights in Hokkaido",
      ["Dozens of flights to and from New Chitose airport near Sapporo were cancelled as heavy snow fell across Hokkaido, the operator said."], "hokkaido-snow-flights-2025-01", n="weather."), cat="Japan"),
  ]))

SEEDS.append(dict(id="8733", name="8733_auenwalder-article", ext="txt", source="Auenwalder Rundschau", zone="Europe/Berlin", render=r_auenwald,
  title="Russia claims Velyka Novosilka as Kyiv counts the cost of the Zaporizhzhia strike", byline="Katrin Adler", dateline_t="2025-01-26 18:40",
  lede="Sunday brought a Russian claim of another town in the Donetsk region and a higher death toll in Zaporizhzhia.",
  notes="Invented outlet (English service of a German paper). Plain-text article with German chrome ('Startseite', 'Hören Teilen Drucken', 'Mehr zum Thema', 'Impressum') and a German date line 'Stand: 26.01.2025 18:40 Uhr' (CET = UTC+1). Four section headings; one entry per section, stamp null, published = the date line; 'Von Katrin Adler' gives the author. " + D2,
  not_entries=["outlet name and 'English Service'", "breadcrumb 'Startseite › Ausland › Ukraine'", "title", "'Stand: ...' date line and 'Von ...' byline", "lede",
               "'Hören Teilen Drucken'", "'Mehr zum Thema' and its related link", "footer 'Impressum · Datenschutz · Kontakt'"],
  entries=[
  E("2025-01-26 18:40", "Russia claims another town in Donetsk",
    ["Russia's defence ministry said on Sunday that its troops had taken full control of Velyka Novosilka, a town on the border between the Donetsk and Zaporizhzhia regions that had been contested for months.",
     "Ukraine's army said its soldiers had left the town centre to avoid encirclement."],
    "other", "frontline", 3, VN, a="Katrin Adler"),
  E("2025-01-26 18:40", "Toll in Zaporizhzhia rises to seven",
    ["The number of people killed in the attack on an apartment block in Zaporizhzhia has risen to seven, the regional governor said on Sunday afternoon.",
     "More than 100 flats were damaged."],
    "strikes", "strikes", 3, ZAP, a="Katrin Adler", n="Continuation of day 1's story."),
  E("2025-01-26 18:40", "Berlin dispute over extra aid drags on",
    ["A dispute in Germany's outgoing government over an extra three billion euros in military aid for Ukraine went on over the weekend, with the Greens accusing Chancellor Olaf Scholz of blocking the money before next month's election."],
    "aid", "aid", 2, "germany-extra-aid-dispute-2025-01", a="Katrin Adler"),
  E("2025-01-26 18:40", "Sybiha wants tougher action on the shadow fleet",
    ["Ukraine's foreign minister Andrii Sybiha called on the EU to target more tankers of Russia's so-called shadow fleet, saying the ships were paying for the war and endangering the Baltic Sea."],
    "diplomacy", "diplomacy", 2, "sybiha-shadow-fleet-sanctions-2025-01-26", a="Katrin Adler"),
  ]))

# ---------------------------------------------------------------- Day 3 (2025-07-28 UTC)
KAM = "kamianske-missile-strike-2025-07-28"
TRD = "trump-shortens-russia-deadline-2025-07-28"
D3 = ("Part B day 3 (2025-07-28 UTC). Main story " + KAM + " (4 seeds; toll one -> three -> four; spelled Kamianske / Kamenskoye / Kamyanske); also multi-seed " + TRD +
      " (4 seeds). Must not merge: the Dnipro bus-depot drone vs Kamianske (same region); the overnight drone barrage vs Kamianske; the EU sanctions drafting vs Trump's deadline; "
      "the drone-tally explainer vs the overnight barrage.")

SEEDS.append(dict(id="8740", name="8740_harrowsley-worldrss", ext="xml", source="Harrowsley Dispatch", zone="America/Toronto", render=r_rss, rfc="num",
  title="Harrowsley Dispatch | World", url="https://harrowsley.example", guid="hd-world", lede="International news from the Harrowsley Dispatch",
  notes="Invented Canadian outlet. General world-news RSS 2.0 feed, pubDate with -0400 (EDT); the two oldest items carry the local date 27 July but are on UTC 28 July. No authors. Four of six items are off-beat. " + D3,
  not_entries=["channel title/link/description", "<category> and <guid> values"],
  entries=[
  E("2025-07-28 18:45", "Trump cuts Russia deadline to '10 or 12 days'",
    ["US President Donald Trump said he would shorten the 50-day deadline he gave Vladimir Putin to agree a ceasefire in Ukraine to 10 or 12 days, saying he was disappointed in the Russian leader."],
    "diplomacy", "diplomacy", 3, TRD),
  OFF("2025-07-28 14:20", "Thailand and Cambodia agree to ceasefire at talks in Malaysia",
      ["Thailand and Cambodia agreed to an immediate and unconditional ceasefire after talks hosted by Malaysia's prime minister, ending five days of fighting along their border."],
      "thailand-cambodia-ceasefire-2025-07", n="Southeast Asia."),
  E("2025-07-28 09:10", "Three dead as Russian missiles hit Kamenskoye",
    ["Russian missiles struck an industrial area and nearby homes in Kamianske, known in Russian as Kamenskoye, killing three people, Ukrainian officials said."],
    "strikes", "strikes", 3, KAM, n="Spelling variant Kamenskoye in the headline."),
  OFF("2025-07-28 06:30", "European markets weigh US-EU tariff deal",
      ["European shares edged higher at the open after the United States and the European Union agreed a trade deal setting a 15 percent tariff on most EU goods."],
      "us-eu-trade-deal-markets-2025-07", n="markets."),
  dict(OFF("2025-07-27 22:15", "England retain European title on penalties",
      ["England beat Spain on penalties in Basel to keep the women's European Championship."], "womens-euro-final-2025", n="football."), cat="Sport"),
  OFF("2025-07-27 20:40", "Israel announces daily pauses in Gaza fighting",
      ["Israel said it would pause military operations for ten hours a day in parts of Gaza to let more aid in, as the UN warned of spreading hunger."],
      "gaza-daily-pauses-2025-07", n="Middle East."),
  ]))

SEEDS.append(dict(id="8741", name="8741_kilbrannan-textlive", ext="txt", source="Kilbrannan Times", zone="Europe/Kyiv", render=r_kilbrannan,
  title="Live: Russian missiles hit Kamianske as Trump shortens deadline", dateline="Monday, 28 July — Kyiv time", parse_args=["--date", "2025-07-28"],
  lede="Rolling coverage of the war from our Kyiv bureau.",
  notes="Invented outlet. Plain-text live page, OLDEST first; no year anywhere (parse_args). Each post: headline, then a stamp line '28 July, 11:05' AFTER the headline, paragraphs, 'Reporting: Name'. Kyiv summer time (EEST = UTC+3). Post 05 repeats post 02 nearly verbatim. " + D3,
  not_entries=["outlet name and menu", "title and date line", "lede 'Rolling coverage ...'", "'Reporting: ...' lines (author)", "newsletter plug", "'Older entries are in yesterday's live page.'", "footer"],
  entries=[
  E("2025-07-28 11:05", "Russia fired 324 drones and seven missiles overnight, air force says",
    ["Ukraine's air force said Russia launched 324 drones and seven cruise missiles overnight, mainly at the Kharkiv, Sumy and Odesa regions, and that most were shot down or jammed."],
    "strikes", "strikes", 2, "russian-overnight-attack-2025-07-28", a="Mykola Hrytsenko", n="Overnight barrage, not the daytime Kamianske strike: must not merge."),
  E("2025-07-28 13:40", "Missiles hit industrial area in Kamianske",
    ["Russian missiles struck an industrial area and several houses in Kamianske in the Dnipropetrovsk region around midday, killing one person and wounding ten, the regional military administration said.",
     "Fires broke out at two workshops."],
    "strikes", "strikes", 3, KAM, a="Mykola Hrytsenko"),
  E("2025-07-28 15:10", "Netherlands and Ukraine agree drone co-production",
    ["The Netherlands will pay for Ukrainian companies to build long-range drones at sites in the Netherlands, the two governments said."],
    "aid", "aid", 2, "netherlands-ukraine-drone-coproduction-2025-07", a="Iryna Savchuk"),
  E("2025-07-28 16:05", "Trump: Putin has '10 or 12 days'",
    ["Donald Trump said he was giving Vladimir Putin ten or twelve days to move towards a ceasefire, cutting the 50-day deadline he set earlier this month.",
     "He spoke in Scotland, where he is meeting Keir Starmer."],
    "diplomacy", "diplomacy", 3, TRD, a="Iryna Savchuk"),
  E("2025-07-28 17:20", "Missile strike on industrial area in Kamianske",
    ["Russian missiles struck an industrial area and several houses in Kamianske in the Dnipropetrovsk region around midday, killing one person and wounding ten, the regional military administration said."],
    "strikes", "strikes", 1, KAM, a="Mykola Hrytsenko", dup="8741-02", n="Near-verbatim repeat of 8741-02 (old toll, headline reworded) -> importance 1."),
  E("2025-07-28 18:25", "Drone hits bus depot in Dnipro",
    ["A Russian drone hit a municipal bus depot in Dnipro in the afternoon, damaging a dozen buses and wounding a mechanic, the city's mayor said."],
    "strikes", "strikes", 2, "dnipro-bus-depot-drone-2025-07-28", a="Iryna Savchuk", n="Same region as Kamianske, different attack: must not merge."),
  E("2025-07-28 21:10", "Kamianske: toll rises to four",
    ["Four people are now confirmed dead after the missile strike on Kamianske, regional officials said in the evening, and 22 were injured."],
    "strikes", "strikes", 3, KAM, a="Mykola Hrytsenko"),
  ]))

SEEDS.append(dict(id="8742", name="8742_bramblefoot-htmllive", ext="html", source="Bramblefoot Live", zone=LON, render=r_bramble,
  title="Ukraine war latest: Trump sets Putin new deadline", dateline="Monday 28 July 2025",
  lede="Donald Trump has told Vladimir Putin he has days, not weeks, to agree a ceasefire.",
  notes="Invented outlet. HTML live page, newest first. Each entry: h2 headline, then a meta line 'Name · 20:15 BST' (stamp after the headline), paragraphs. Entry 04 is a video teaser without body. The LiveBlogPosting JSON-LD has liveBlogUpdate as ONE object (the latest entry only). " + D3,
  not_entries=["header and menu", "title and date line", "summary 'Donald Trump has told ...'", "'[Video]' placeholder", "podcast promo", "footer"],
  entries=[
  E("2025-07-28 20:15", "Kamyanske toll rises to four",
    ["Four people are now known to have died after Russian missiles hit Kamyanske, a city on the Dnipro river, Ukrainian officials said this evening.",
     "Most of the injured were workers at an industrial site."],
    "strikes", "strikes", 3, KAM, a="Eleanor Voss", n="Spelling variant Kamyanske."),
  E("2025-07-28 17:40", "EU officials begin work on next sanctions package",
    ["European Commission officials have started drafting a 19th package of sanctions against Russia, aimed at banks in third countries and the tankers of the shadow fleet, EU diplomats said."],
    "diplomacy", "diplomacy", 2, "eu-19th-sanctions-drafting-2025-07", a="Sam Okafor", n="Same theme (pressure on Moscow) as Trump's deadline, different actor and step: must not merge."),
  E("2025-07-28 14:50", "Trump gives Putin '10 or 12 days'",
    ["Donald Trump said he was disappointed with Vladimir Putin and would cut the 50-day deadline he set two weeks ago to 10 or 12 days.",
     "The president was speaking alongside Keir Starmer at his golf resort in Turnberry, Scotland."],
    "diplomacy", "diplomacy", 3, TRD, a="Eleanor Voss"),
  E("2025-07-28 14:10", "Watch: Trump and Starmer take questions at Turnberry", [], "diplomacy", "diplomacy", 1, TRD, n="Video teaser without body -> importance 1."),
  E("2025-07-28 11:30", "Drones force Russian airports to suspend flights",
    ["Flights were suspended at several airports in southern Russia, including Sochi, overnight as Ukrainian drones approached, Russia's aviation authority said."],
    "strikes", "strikes", 2, "russian-airports-drone-disruption-2025-07-28", a="Sam Okafor"),
  E("2025-07-28 09:05", "Ukraine brings home prisoners in latest exchange",
    ["Ukraine said it had brought home a group of soldiers held as prisoners of war in Russia, in an exchange arranged under the agreement reached in Istanbul last week."],
    "diplomacy", "diplomacy", 2, "pow-exchange-2025-07-28", a="Sam Okafor", n="Size not given: importance 2."),
  ]))

SEEDS.append(dict(id="8743", name="8743_foxlease-atom", ext="xml", source="Foxlease Bulletin", zone="Europe/Berlin", render=r_atom,
  title="Foxlease Bulletin - Ukraine", url="https://foxlease.example/ukraine", tag="foxlease.example,2025",
  notes="Invented outlet. Atom feed, newest first, <published> with +02:00 (CEST), authors on most entries, escaped HTML content. Entry 05 is an explainer (theme piece). " + D3,
  not_entries=["feed title, link, id, updated"],
  entries=[
  E("2025-07-28 22:30", "Berlin sets timetable for Patriot launchers",
    ["Germany's defence ministry said the first of two Patriot launchers promised to Ukraine would be delivered within days, with more to follow once the United States replaces German stocks."],
    "aid", "aid", 2, "germany-patriot-launchers-timetable-2025-07", a="Jonas Reiter"),
  E("2025-07-28 19:15", "Russia hits industrial site in Kamianske, three dead",
    ["Three people were killed when Russian missiles hit an industrial site in the central Ukrainian city of Kamianske, officials said."],
    "strikes", "strikes", 3, KAM, a="Jonas Reiter"),
  E("2025-07-28 16:00", "Trump shortens ultimatum for Moscow",
    ["The US president said he would no longer wait 50 days before imposing penalties on Russia if no ceasefire was agreed, setting a new deadline of 10 to 12 days."],
    "diplomacy", "diplomacy", 3, TRD, a="Lea Hofmann"),
  E("2025-07-28 12:20", "Russia claims two more villages in Donetsk region",
    ["Russia's defence ministry said its forces had captured two villages in the Donetsk region, one near Pokrovsk and one near Kostiantynivka; Kyiv did not confirm the claims."],
    "other", "frontline", 2, "russia-claims-donetsk-villages-2025-07-28", a="Lea Hofmann"),
  E("2025-07-28 09:10", "Explained: how Ukraine counts the drones Russia sends each night",
    ["Every morning Ukraine's air force publishes a tally of the drones and missiles launched overnight, and of how many were shot down or lost to jamming.",
     "The figures come from radar tracks and reports from mobile fire teams, and decoy drones without warheads are counted alongside Shahed attack drones.",
     "Independent analysts use the data to follow how the size of Russian attacks has grown over the year."],
    "strikes", "strikes", 2, "explainer-ukraine-drone-tallies", n="Theme piece (explainer) with body: own story, importance 2."),
  ]))


# ============================================================ emit
BASIS = {
  "r_argus": "post time '{s}' (12 h, no date, no zone) with <time datetime> giving {d} and +01:00; UK time implied by the outlet (BST = UTC+1)",
  "r_cambrian": "pubDate '{s}' (explicit GMT)",
  "r_carmarthen": "post time '{s}' with <time datetime> on {d}; page header '... 30 JAN 2025'; UK time = UTC in January; JSON-LD update time agrees",
  "r_chronicle": "stamp '{s}' printed after the item (12 h time, ordinal day, month, no year: parse_args --date {d}); UK time = UTC in January",
  "r_brecon": "no per-section time; the article date line '{dl}' (UK time = UTC in December) used for every section",
  "r_tivyside": "bullet time '{s}' under the article published {d} (year from the JSON-LD); intro says UK time (= UTC in January)",
  "r_llanelli": "post time '{s}' on the page's date {d} (header '... 1 JUL 2025'); no zone printed, UK time implied (BST = UTC+1)",
  "r_freepress": "no per-item time; the round-up's date line '{dl}' (no year: parse_args --date {d}); BST = UTC+1",
  "r_herald": "visible date '{s}' only; the time comes from the card's <time datetime> attribute ({d}, +00:00)",
  "r_county": "pubDate '{s}' (explicit +0100)",
  "r_drumwhinnie": "post time '{s}' under the page date line ({d}, Kyiv EET = UTC+2)",
  "r_lindenhaugh": "time '{s}' with <time datetime> (+01:00) on {d}; JSON-LD update time agrees",
  "r_rss": "pubDate '{s}' (explicit zone)",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_tollkennet": "time '{s}' on the page date {d}; the intro says all times are GMT",
  "r_auenwald": "no per-section time; the German date line '{dl}' (CET = UTC+1) used for every section",
  "r_kilbrannan": "stamp line '{s}' after the headline (no year: parse_args --date {d}); Kyiv EEST = UTC+3",
  "r_bramble": "meta line time '{s}' after the headline, on the page date {d}; BST = UTC+1",
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
                         "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), dl=S.get("dateline", "")),
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
    print("total", total)


if __name__ == "__main__":
    main()

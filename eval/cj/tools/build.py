#!/usr/bin/env python3
"""Builds the eval/cj seeds and gold files from one hand-written data table (below).
Every headline and paragraph is the blind tester's own wording (invented or paraphrased); Part B outlets are invented.
Deterministic. Run from the project root: python3 eval/cj/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=""):
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par)
    fs = par[:m.end()] if m else par
    assert not re.search(r"\b(Mr|Mrs|Dr|St|Gen|No|U\.S|a\.m|p\.m)\.$", fs), fs
    return fs


def esc(s):
    return html.escape(s, quote=False)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def clock12(d, sep=":", space=""):
    return f"{d.hour % 12 or 12}{sep}{d.minute:02d}{space}{'am' if d.hour < 12 else 'pm'}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def ld(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + "</script>"


# ============================================================ Part A: ten Northern Irish outlets (layout imitated, wording mine)

def r_newry(S):  # WordPress-style tag archive, text scrape; newest first; byline then "4th June 2022, 9:40 pm" AFTER the headline; no zone printed
    z = S["zone"]
    L = ["Skip to content", "Newry Reporter", "Serving Newry, Mourne and South Armagh since 1867", S["clock"], "",
         "Home   News   Sport   GAA   Community   Business   Farming   Family Notices   Digital Edition   Contact Us", "Search for:", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}, {clock12(d, space=' ')}"; stamps.append(st)
        L += [e.get("cat", "NEWS"), e["h"], f"By {e['a']}", st, ""] + ptxt(e["p"]) + ["Read More \u00bb", f"{(i * 2) % 3} Comments", ""]
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["\u00ab Older Entries", "", "Sign up to our newsletter", "Get the week's top stories from the Newry Reporter in your inbox every Thursday.",
          "Email Address   Subscribe", "", "Latest Family Notices", "View all notices", "",
          "We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it.   Ok   Privacy policy", "",
          "Copyright \u00a9 2022 Newry Reporter. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_impartial(S):  # Newsquest-style live blog, HTML; newest first; <time> HH:MM + per-post author ABOVE the optional headline; LiveBlogPosting JSON-LD
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{len(S['entries']) - i}", "datePublished": d.isoformat(),
             "author": {"@type": "Person", "name": e["a"]}, "articleBody": " ".join(e["p"])}
        if e["h"]:
            u["headline"] = e["h"]
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    obj = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "description": S["lede"],
           "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
           "publisher": {"@type": "Organization", "name": "The Impartial Reporter"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | The Impartial Reporter</title>',
           '<meta property="og:site_name" content="The Impartial Reporter">', ld(obj), '</head><body class="article live-article">',
           '<div class="cookie-consent">We and our partners use cookies and similar technologies to personalise content and ads. <button>I Accept</button> <button>Show Purposes</button></div>',
           '<header class="site-header"><a class="logo" href="/">The Impartial Reporter</a><nav><a href="/news/">News</a> <a href="/sport/">Sport</a> '
           '<a href="/farming/">Farming</a> <a href="/lifestyle/">Lifestyle</a> <a href="/announcements/">Announcements</a> <a href="/jobs/">Jobs</a></nav>'
           '<a class="btn" href="/subscribe/">Subscribe</a> <a class="btn" href="/signin/">Sign in</a></header>',
           '<main><div class="breadcrumb"><a href="/news/">News</a></div><span class="live-badge">LIVE</span>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="standfirst">{esc(S["lede"])}</p>', f'<div class="live-date">{esc(S["dayline"])}</div>',
           '<div class="share">Share <a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a> <a>Email</a></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="live-post" id="post-{len(S["entries"]) - i}"><div class="post-header"><time datetime="{d.isoformat()}">{st}</time> '
                   f'<span class="post-author">{esc(e["a"])}</span></div>' + (f'<h2 class="post-title">{esc(e["h"])}</h2>' if e["h"] else ""))
        if not e["p"]:
            out.append('<div class="video-embed" data-video-id="6307731"></div>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</article>")
        if i == 2:
            out.append('<div class="newsletter-signup"><h3>Get the Impartial Reporter\u2019s daily newsletter</h3><p>Sign up for the latest news from Fermanagh and beyond</p>'
                       '<input type="email" placeholder="Email address"> <button>Sign up</button></div>')
    out += ['<div class="comments">Comments (3)</div></main>',
            '<aside class="most-read"><h3>Most Read</h3><ol><li><a href="/news/1">Enniskillen road closures for weekend resurfacing</a></li>'
            '<li><a href="/news/2">Lisnaskea club celebrates county final win</a></li></ol></aside>',
            '<footer>This website and associated newspapers adhere to the Independent Press Standards Organisation\u2019s Editors\u2019 Code of Practice. '
            '| Contact us | Privacy | Cookie settings | \u00a9 Copyright 2001-2022 Newsquest Media Group Ltd</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_tyrone(S):  # text scrape of a rolling article; OLDEST first; "9.15am" line BEFORE the post; some posts have no headline; page byline; no year anywhere
    z = S["zone"]
    L = ["Tyrone Courier", "Serving Dungannon, Coalisland, Cookstown and the Clogher Valley", "",
         "News   Sport   GAA   Farming   Nostalgia   Family Notices   Jobs   E-Paper", "Subscribe | Sign In", "",
         "This website uses cookies to improve your experience. Accept   Read More", "", "NEWS", S["title"], f"By {S['byline']}", S["dayline"], "",
         S["lede"], "", "Share   Facebook   Twitter   WhatsApp", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = clock12(d, sep="."); stamps.append(st)
        L += [st] + ([e["h"]] if e["h"] else []) + [""] + ptxt(e["p"])
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Related Stories", "Coalisland hall to host Ukrainian language classes", "Moy farmer ships tractor parts to Ukrainian co-operative", "",
          "Comments (0)", "", "\u00a9 Tyrone Courier | Part of the Alpha Newspaper Group"]
    return "\n".join(L) + "\n", stamps


def r_ballymena(S):  # section listing, HTML; newest first; visible relative times ("4 hours ago") in <time datetime>; "Last updated 15:40" in the header
    z = S["zone"]; ref = dt(S["ref"], z)
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Ballymena Guardian</title>',
           f'<meta property="og:updated_time" content="{ref.isoformat()}">', '</head><body class="section-page">',
           '<div id="cookie-bar">This site uses cookies. By continuing to browse you are agreeing to our use of cookies. <a>Find out more</a> <button>Close</button></div>',
           f'<header><div class="topbar"><span class="today">{esc(S["clock"])}</span> <a>E-Edition</a> <a>Subscribe</a> <a>Log in</a></div>',
           '<a class="masthead" href="/">Ballymena Guardian</a><nav><a>News</a> <a>Sport</a> <a>Farming</a> <a>Family Notices</a> <a>Motoring</a> <a>Property</a> <a>World</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="updated">Last updated {ref:%H:%M}</p>', '<div class="story-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        st = f"{mins} minutes ago" if mins < 60 else (f"{mins // 60} hours ago" if mins >= 120 else "1 hour ago"); stamps.append(st)
        out.append(f'<article class="story-card"><h2><a href="/world/{e["st"]}">{esc(e["h"])}</a></h2>')
        out += [f'<p class="summary">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<div class="meta">By <span class="author">{esc(e["a"])}</span> \u00b7 <time datetime="{d.isoformat()}" title="{d.day} {MONTHS[d.month - 1]} {d.year} {d:%H:%M}">{st}</time> '
                   f'\u00b7 <span class="comments">{i % 3} comments</span></div><a class="read-more" href="/world/{e["st"]}">Read more</a></article>')
        if i == 2:
            out.append('<div class="newsletter-box"><h3>Stay up to date</h3><p>Get the Ballymena Guardian newsletter every Wednesday.</p><input type="email"> <button>Sign up</button></div>')
            out.append('<div class="advert">Advertisement</div>')
    out += ['</div><a class="load-more">Load more stories</a></main>',
            '<aside><h3>Most Read</h3><ol><li>Harryville bridge works to finish next month</li><li>Braid Arts Centre announces autumn programme</li></ol></aside>',
            '<footer>\u00a9 2022 Ballymena Guardian \u00b7 Alpha Newspaper Group \u00b7 Privacy \u00b7 Terms \u00b7 Advertise</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_coleraine(S):  # article with section headings, text scrape; page byline and dateline "Sunday, 4 December 2022, 6:05 pm"; one entry per section, stamp null
    L = ["Coleraine Chronicle", "Search   Subscribe   Sign In", "",
         "News   Sport   Farming   Community   Entertainment   Family Notices   E-Edition", "Advertise With Us | Contact Us", "", "NEWS", "",
         S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "", "Share   Facebook   Twitter   WhatsApp   Email", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += [S["readmore"], ""]
    L += ["Sign up to our free newsletter for the latest news from the Causeway Coast", "Email address   Sign up", "",
          "Comments", "Be the first to comment", "", "\u00a9 Alpha Newspaper Group"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_portadown(S):  # National World-style live blog, HTML; newest first; bare "23:20" post times; crosses local midnight;
    z = S["zone"]     # Key Points box; page-level NewsArticle JSON-LD only (no per-post times)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["lede"],
           "datePublished": first.isoformat(), "dateModified": last.isoformat(), "author": [{"@type": "Person", "name": S["byline"]}],
           "publisher": {"@type": "Organization", "name": "Portadown Times"}, "isAccessibleForFree": True}
    pub = f"Published {ordinal(first.day)} {MONTHS[first.month - 1][:3]} {first.year}, {first:%H:%M} BST"
    upd = f"Updated {ordinal(last.day)} {MONTHS[last.month - 1][:3]} {last.year}, {last:%H:%M} BST"
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Portadown Times</title>', ld(obj), '</head><body>',
           '<div class="consent-banner">We value your privacy. We and our partners store and access information on your device. <button>AGREE</button> <button>MORE OPTIONS</button></div>',
           '<header><a class="logo" href="/">Portadown Times</a><nav><a>News</a> <a>Sport</a> <a>Heritage</a> <a>Lifestyle</a> <a>Announcements</a> <a>Jobs</a></nav>'
           '<a class="subscribe">Subscribe</a> <a class="signin">Sign In</a></header>',
           '<main><span class="live-label">LIVE</span>', f'<h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<div class="byline">By {esc(S["byline"])}</div>', f'<div class="article-dates"><span>{pub}</span> <span>{upd}</span></div>',
           '<div class="share">Share <a>Facebook</a> <a>Twitter</a> <a>Email</a> <a>WhatsApp</a></div>',
           '<div class="newsletter-cta">Sign up to our daily newsletter <input type="email"> <button>Sign up</button></div>',
           '<section class="key-points"><h2>Key Points</h2><ul>']
    out += [f"<li>{esc(e['h'])}</li>" for e in S["entries"] if e["kp"]]
    out += ["</ul></section>", '<button class="show-new-updates">Show new updates</button>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="live-post"><span class="post-time">{st}</span><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
        if i == 3:
            out.append(f'<p class="read-more"><strong>READ MORE: <a href="/news/1">{esc(S["readmore"])}</a></strong></p>')
    out += ['<a class="load-more">Load more updates</a></main>',
            '<footer>\u00a9 2022 National World Publishing Ltd. All rights reserved. | Cookie Settings | Terms and Conditions | Privacy notice</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_lurgan(S):  # National World-style "what happened today" article, HTML; each h2 reads "8.30am: Headline" (stamp and headline on ONE line);
    z = S["zone"]  # page byline; "Published 11th Dec 2022, 17:40 GMT"; NewsArticle JSON-LD
    pd = dt(S["published"], z)
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": pd.isoformat(), "dateModified": pd.isoformat(),
           "author": [{"@type": "Person", "name": S["byline"]}], "publisher": {"@type": "Organization", "name": "Lurgan Mail"}, "articleSection": "News"}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Lurgan Mail</title>', ld(obj), '</head><body>',
           '<header><a class="logo" href="/">Lurgan Mail</a><nav><a>News</a> <a>Sport</a> <a>Heritage</a> <a>Lifestyle</a> <a>Announcements</a></nav><a>Subscribe</a></header>',
           f'<main><article><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<div class="byline">By {esc(S["byline"])}</div>',
           f'<div class="article-dates">Published {ordinal(pd.day)} {MONTHS[pd.month - 1][:3]} {pd.year}, {pd:%H:%M} GMT</div>',
           '<div class="share">Share <a>Facebook</a> <a>Twitter</a> <a>Email</a></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = clock12(d, sep="."); stamps.append(st)
        out.append(f"<h2>{st}: {esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if i == 1:
            out.append(f'<p><strong>READ MORE: <a href="/news/2">{esc(S["readmore"])}</a></strong></p>')
    out += ['<div class="newsletter-cta">Sign up to our daily newsletter <input type="email"> <button>Sign up</button></div>', '<div class="comments">Comments</div>',
            '</article></main><footer>\u00a9 2022 National World Publishing Ltd. All rights reserved. | Cookie Settings | Privacy notice</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_banbridge(S):  # National World-style RSS 2.0; pubDate in GMT; dc:creator; one-paragraph description; newest first
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://www.banbridgeleader.co.uk/news</link>',
           '<atom:link href="https://www.banbridgeleader.co.uk/news/rss" rel="self" type="application/rss+xml"/>',
           '<description>The latest news from the Banbridge Leader</description>', '<language>en-gb</language>',
           f'<lastBuildDate>{dt(S["entries"][0]["t"], z).astimezone(UTC):%a, %d %b %Y %H:%M:%S} GMT</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], z).astimezone(UTC); st = u.strftime("%a, %d %b %Y %H:%M:%S GMT"); stamps.append(st)
        link = f"https://www.banbridgeleader.co.uk/news/{e['st']}-{3794410 + i}"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{link}</link>", f'<guid isPermaLink="true">{link}</guid>',
                "<description><![CDATA[" + esc(e["p"][0]) + "]]></description>", f"<pubDate>{st}</pubDate>", f"<dc:creator>{esc(e['a'])}</dc:creator>",
                f'<media:content url="https://www.banbridgeleader.co.uk/images/{3794410 + i}.jpg" medium="image" type="image/jpeg"/>', "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_mourne(S):  # "Latest" page, text scrape; OLDEST first; "By NAME | 09:10" line AFTER the headline; per-item authors; day line without year
    z = S["zone"]
    L = ["Mourne Observer", "Newcastle \u00b7 Downpatrick \u00b7 Ballynahinch \u00b7 Castlewellan \u00b7 Kilkeel \u00b7 Dundrum", "",
         "Home   News   Sport   GAA   Farming   Motoring   Property   Family Notices   Digital Edition   Contact", "Subscribe to the digital edition", "",
         S["title"], S["dayline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [e["h"], f"By {e['a']} | {st}", ""] + ptxt(e["p"]) + ["Share: Facebook | Twitter | Email", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["More from the Mourne Observer", "Dundrum harbour plan goes to consultation", "",
          "Cookie Policy: This site uses cookies to store information on your computer. Accept   Decline", "", "\u00a9 Mourne Observer Ltd \u00b7 Newcastle, Co Down"]
    return "\n".join(L) + "\n", stamps


def r_fermanagh(S):  # WordPress tag feed, RSS 2.0; pubDate +0000; dc:creator CDATA; excerpt with [&#8230;] and content:encoded; newest first
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"',
           '\txmlns:content="http://purl.org/rss/1.0/modules/content/"', '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"',
           '\txmlns:dc="http://purl.org/dc/elements/1.1/"', '\txmlns:atom="http://www.w3.org/2005/Atom"',
           '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"', '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"', '\t>', '', '<channel>',
           f'\t<title>{esc(S["title"])}</title>', '\t<atom:link href="https://fermanaghherald.com/tag/ukraine/feed/" rel="self" type="application/rss+xml" />',
           '\t<link>https://fermanaghherald.com</link>', '\t<description>News from across County Fermanagh</description>',
           f'\t<lastBuildDate>{dt(S["entries"][0]["t"], z).astimezone(UTC):%a, %d %b %Y %H:%M:%S} +0000</lastBuildDate>', '\t<language>en-GB</language>',
           '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>', '\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>', '\t<generator>https://wordpress.org/?v=6.1.1</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], z).astimezone(UTC); st = u.strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        words = e["p"][0].split()
        excerpt = esc(" ".join(words[:30])) + " [&#8230;]"
        pid = 118230 + 7 * i
        out += ["\t<item>", f"\t\t<title>{esc(e['h'])}</title>", f"\t\t<link>https://fermanaghherald.com/2022/12/{e['st']}/</link>",
                f"\t\t<comments>https://fermanaghherald.com/2022/12/{e['st']}/#respond</comments>",
                f"\t\t<dc:creator><![CDATA[{e['a']}]]></dc:creator>", f"\t\t<pubDate>{st}</pubDate>",
                "\t\t<category><![CDATA[News]]></category>", "\t\t<category><![CDATA[Ukraine]]></category>",
                f'\t\t<guid isPermaLink="false">https://fermanaghherald.com/?p={pid}</guid>',
                f"\t\t<description><![CDATA[{excerpt}]]></description>",
                "\t\t<content:encoded><![CDATA[" + "\n".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></content:encoded>",
                f"\t\t<wfw:commentRss>https://fermanaghherald.com/2022/12/{e['st']}/feed/</wfw:commentRss>", "\t\t<slash:comments>0</slash:comments>", "\t</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


# ============================================================ Part B renderers (invented outlets)

def r_dunvarragh(S):  # text live, newest first; Key Points bullets; headline, then "15:50 BST · NAME" line AFTER the headline
    z = S["zone"]; last = dt(S["entries"][0]["t"], z)
    L = ["DUNVARRAGH POST", "News | Politics | World | Business | Sport | Opinion | Puzzles | Subscribe", "", "World \u203a Europe \u203a Ukraine", "",
         S["title"], S["dateline"], f"Live \u00b7 last updated {last:%H:%M} BST", "", S["lede"], "", "Key Points"]
    L += ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]]
    L += ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} BST"; stamps.append(st)
        L += [e["h"], st + (f" \u00b7 {e['a']}" if e["a"] else ""), ""] + ptxt(e["p"]) + ["Share this update", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Load earlier posts", "", "Dunvarragh Post \u00b7 Corrections \u00b7 Privacy notice \u00b7 Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_feltwater(S):  # HTML live, OLDEST first; <time datetime> HH:MM above h2; signature line "— NAME" after body; LiveBlogPosting JSON-LD with per-update times
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
    obj = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
           "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} \u2014 Feltwater Gazette</title>", ld(obj), "</head><body>",
           '<header><a class="brand" href="/">Feltwater Gazette</a> <nav><a>Front page</a> <a>Ukraine</a> <a>Europe</a> <a>Economy</a> <a>Culture</a> <a>Support us</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="date">{esc(S["dateline"])}</p>', '<p class="tz">All times are Kyiv time (EEST)</p>',
           f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="u{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if not e["p"]:
            out.append('<figure class="media"><div class="player" data-src="/media/clip.mp4"></div></figure>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">\u2014 {esc(e["a"])}</p>')
        out.append('<div class="tools"><a>Copy link</a></div></article>')
        if i == 2:
            out.append('<aside class="appeal">Feltwater Gazette is funded by its readers. <a>Become a supporter</a></aside>')
    out += ["</main>", "<footer>Feltwater Gazette \u00b7 About \u00b7 Editorial standards \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rssworld(S):  # RSS 2.0 general world feed, newest first; pubDate 'GMT' or numeric offset; CDATA HTML paragraphs; no authors
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "<channel>", f"<title>{esc(S['title'])}</title>", f"<link>{S['url']}</link>",
           f"<description>{esc(S['lede'])}</description>", "<language>en</language>", "<ttl>15</ttl>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if S["rfc"] == "GMT" else d.strftime("%z")); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/{e['st']}</link>", f'<guid isPermaLink="false">{S["guid"]}-{4400 + i}</guid>',
                f"<pubDate>{st}</pubDate>", f"<category>{e.get('cat', 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_atom(S):  # Atom 1.0, newest first; <published> ISO with the outlet's offset ('Z' when UTC); escaped HTML content; author per entry
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f"<title>{esc(S['title'])}</title>",
           f"<subtitle>{esc(S['lede'])}</subtitle>", f'<link rel="alternate" href="{S["url"]}"/>', f"<id>{S['url']}/atom</id>",
           f"<updated>{dt(S['entries'][0]['t'], z).isoformat().replace('+00:00', 'Z')}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat().replace("+00:00", "Z"); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link rel="alternate" href="{S["url"]}/{e["st"]}"/>', f"<id>{S['url']}/{e['st']}/{i + 17}</id>",
                f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        if e["p"]:
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_corraneen(S):  # text article, section headings; byline and dateline "Fri, 26 Aug 2022 · 19:15 IST" (Irish Standard Time, UTC+1); stamp null
    L = ["Corraneen Review", "Home \u00b7 Ireland \u00b7 World \u00b7 Business \u00b7 Opinion \u00b7 Culture \u00b7 Sport", "", "WORLD", "", S["title"], "", S["lede"], "",
         f"By {S['byline']}", S["dateline"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Topics: Ukraine \u00b7 Russia \u00b7 Europe", "", "Most read", S["mostread"], "", "\u00a9 Corraneen Review. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_eskerbrae(S):  # HTML topic listing, newest first; cards with h3, standfirst, byline and <time> "Saturday 25 June 2022 4.05pm"
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Eskerbrae Daily</title></head><body>",
           '<div class="cookies">Eskerbrae Daily uses cookies to improve your experience. <button>Accept all</button> <button>Reject</button></div>',
           '<header><a href="/">Eskerbrae Daily</a><nav><a>Home</a> <a>UK</a> <a>World</a> <a>Ukraine war</a> <a>Money</a> <a>Sport</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="topic-intro">{esc(S["lede"])}</p>', '<ul class="cards">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year} {clock12(d, sep='.')}"; stamps.append(st)
        out.append(f'<li class="card"><h3><a href="/ukraine/{e["st"]}">{esc(e["h"])}</a></h3>')
        if not e["p"]:
            out.append('<span class="icon-video" aria-hidden="true"></span>')
        out += [f'<p class="standfirst">{esc(p)}</p>' for p in e["p"]]
        out.append('<p class="meta">' + (f'<span class="byline">{esc(e["a"])}</span> ' if e["a"] else "") + f'<time datetime="{d.isoformat()}">{st}</time></p></li>')
    out += ["</ul>", '<a class="more">More on the Ukraine war</a></main>', "<footer>Eskerbrae Daily \u00b7 Terms \u00b7 Privacy \u00b7 Contact</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_drumskelly(S):  # text live, OLDEST first; day line without year; headline, then "Posted 07:10" AFTER it; "— NAME" sign-off after body
    z = S["zone"]
    L = ["Drumskelly Live", "Live | Ukraine | World | Explainers | Newsletter", "", S["title"], S["dayline"], "Times are Kyiv time", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Posted {d:%H:%M}"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"]) + ([f"\u2014 {e['a']}", ""] if e["a"] else [])
        if i == 3:
            L += ["Drumskelly Live is free to read. Sign up for the morning briefing.", ""]
    L += ["This page is no longer being updated. Sunday's coverage continues on a new page.", "Drumskelly Live \u00b7 Contact \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_cappagh(S):  # HTML article with section headings, NewsArticle JSON-LD; visible dateline "25.06.2022, 19:40" (Warsaw, CEST); stamp null
    z = S["zone"]; pd = dt(S["published"], z)
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": pd.isoformat(), "dateModified": pd.isoformat(),
           "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": "Cappagh Bridge Times"}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Cappagh Bridge Times</title>", ld(obj), "</head><body>",
           '<header>Cappagh Bridge Times <nav><a>World</a> <a>Europe</a> <a>Business</a> <a>Opinion</a></nav></header>',
           f"<main><article><h1>{esc(S['title'])}</h1>", f'<p class="lead">{esc(S["lede"])}</p>',
           f'<p class="meta"><span class="author">{esc(S["byline"])}</span> | <span class="date">{pd:%d.%m.%Y, %H:%M}</span></p>']
    for e in S["entries"]:
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
    out += ['<div class="share">Share this article</div>', f'<p class="related">Related: <a>{esc(S["related"])}</a></p>',
            "</article></main><footer>\u00a9 Cappagh Bridge Times</footer></body></html>"]
    return "\n".join(out) + "\n", [None] * len(S["entries"])


# ============================================================ data table
SEEDS = []

# ---------------------------------------------------------------- Part A
SEEDS.append(dict(id="8900", name="8900_newryreporter-tag", ext="txt", source="Newry Reporter", zone="Europe/London", render=r_newry, order="newest",
  title="Tag: Ukraine", clock="Saturday, June 4, 2022",
  notes="Text scrape of a WordPress-style tag archive ('Tag: Ukraine'), newest first. Each card: category label, headline, 'By NAME' line, then the stamp '4th June 2022, 9:40 pm' AFTER the headline (ordinal day, 12-hour clock, no zone printed: UK local time, BST = UTC+1), one excerpt paragraph, 'Read More \u00bb' and a comment count. Agency copy is credited 'By Press Association' (author = the agency). Entry 03 is a local fundraising story (humanitarian).",
  not_entries=["'Skip to content', outlet name, strapline and header date line 'Saturday, June 4, 2022'", "menu line and 'Search for:'", "'Tag: Ukraine' archive heading",
               "category labels 'NEWS'/'LOCAL NEWS' above each card", "'By ...' byline lines", "'Read More \u00bb' links and 'N Comments' counts", "'ADVERTISEMENT' marker",
               "'\u00ab Older Entries' pagination", "newsletter sign-up box", "'Latest Family Notices' / 'View all notices'", "cookie notice", "copyright line"],
  entries=[
  E("2022-06-04 21:40", "Fire engulfs wooden church at Sviatohirsk monastery",
    ["A wooden church belonging to the Sviatohirsk Lavra, one of the most revered Orthodox monasteries in Ukraine, burned down on Saturday after the area came under shelling, Ukrainian officials said.",
     "Moscow denied its forces were responsible and accused retreating Ukrainian units of starting the blaze, a claim Kyiv dismissed."],
    "strikes", "strikes", 2, "sviatohirsk-lavra-church-fire-2022-06-04", a="Press Association", n="Shelling damage to a cultural site, no casualties given: strikes, importance 2."),
  E("2022-06-04 18:05", "Ukrainian troops retake part of Sievierodonetsk, governor says",
    ["Ukrainian forces have pushed Russian troops out of about a fifth of Sievierodonetsk during two days of counter-attacks, according to the governor of Luhansk region, Serhiy Haidai.",
     "He said street fighting was continuing, though his account could not be independently checked."],
    "other", "frontline", 3, "sievierodonetsk-counterattack-2022-06-04", a="Press Association", n="Ground fighting (frontline); a notable shift in the main battle of the week."),
  E("2022-06-04 15:20", "Parish collection for Ukrainian families passes \u00a312,000",
    ["A church-gate collection organised by parishioners in Newry has raised more than \u00a312,000 for Ukrainian families who have settled in the district since the spring.",
     "Organisers said the money would pay for school uniforms, bus passes and English classes."],
    "other", "humanitarian", 2, "newry-parish-collection-ukrainian-families", a="Aoife McParland", n="Local story about refugees: other/humanitarian, not off-beat."),
  E("2022-06-04 12:45", "Kyiv hits back at Macron over 'humiliation' remarks",
    ["Ukraine's foreign minister, Dmytro Kuleba, said that warnings against humiliating Russia only embarrass those who make them, after French President Emmanuel Macron argued that Moscow should be left a diplomatic way out.",
     "Mr Macron had told French regional newspapers that a settlement would be harder to reach if Russia were humiliated."],
    "diplomacy", "diplomacy", 3, "kuleba-rejects-macron-humiliation-remark", a="Press Association", n="Ministerial diplomatic exchange -> 3."),
  E("2022-06-04 10:10", "African Union chair says Putin open to easing grain exports",
    ["Senegal's President Macky Sall said he left his talks with Vladimir Putin reassured that Moscow was willing to ease the export of Ukrainian grain and Russian fertiliser.",
     "Mr Sall, who chairs the African Union, travelled to Sochi on Friday amid warnings that African countries would be hit hardest by food shortages."],
    "diplomacy", "diplomacy", 3, "macky-sall-putin-sochi-grain", a="Press Association", n="Head-of-state diplomacy -> 3."),
  E("2022-06-04 08:30", "Mykolaiv shelled overnight, says regional governor",
    ["Russian artillery hit residential districts of Mykolaiv overnight, damaging several homes and injuring one man, the regional governor Vitaliy Kim said."],
    "strikes", "strikes", 2, "mykolaiv-overnight-shelling-2022-06-04", a="Press Association"),
  ]))
SEEDS[-1]["entries"][2]["cat"] = "LOCAL NEWS"

SEEDS.append(dict(id="8901", name="8901_impartialreporter-live", ext="html", source="The Impartial Reporter", zone="Europe/London", render=r_impartial, order="newest",
  title="Ukraine war live: Sievierodonetsk cut off as last bridges destroyed", url="https://www.impartialreporter.com/news/live-ukraine-13-june-2022/",
  lede="Follow the latest developments in the war in Ukraine and reaction from Fermanagh and Omagh.", dayline="Monday 13 June 2022",
  notes="Newsquest-style live blog (HTML), newest first. Each post: <time datetime> with a bare visible 'HH:MM' (UK local, BST = UTC+1, zone implied) and the per-post author ABOVE the optional headline. Posts 02 and 06 have NO headline (headline null; first_sentence is their lead). Post 01 is a video teaser without text (importance 1, story of the Azot shelling it shows). LiveBlogPosting JSON-LD carries per-update datePublished (+01:00) and authors; the headline-less updates have no 'headline' key. Date from the visible line 'Monday 13 June 2022'.",
  not_entries=["cookie-consent bar", "header, menu, Subscribe/Sign in", "'News' breadcrumb and 'LIVE' badge", "h1 title", "standfirst",
               "date line 'Monday 13 June 2022'", "share links", "newsletter sign-up box after the third post", "'Comments (3)'", "'Most Read' list (two local headlines)", "IPSO/copyright footer"],
  entries=[
  E("2022-06-13 17:05", "Watch: Smoke rises over the Azot chemical plant in Sievierodonetsk", [], "strikes", "strikes", 1, "azot-plant-shelled-2022-06-13", a="Rachel Gormley",
    n="Video teaser without body -> importance 1; same story as 8901-03."),
  E("2022-06-13 15:50", None,
    ["Around 40 Ukrainians have now arrived in County Fermanagh under the Homes for Ukraine scheme, according to figures given to councillors on Monday.",
     "The council said a welcome hub in Enniskillen would open on Saturday mornings over the summer."],
    "other", "humanitarian", 2, "fermanagh-homes-for-ukraine-arrivals", a="Conor Monaghan", n="Post without headline."),
  E("2022-06-13 14:20", "Russian shelling sets Azot plant ablaze, says governor",
    ["Russian artillery has set fire to the Azot chemical works in Sievierodonetsk, where hundreds of civilians are believed to be sheltering in basements, Luhansk governor Serhiy Haidai said.",
     "He said it was no longer possible to get anyone out of the city."],
    "strikes", "strikes", 3, "azot-plant-shelled-2022-06-13", a="Rachel Gormley"),
  E("2022-06-13 12:35", "Zelensky: EU verdict on candidacy will be historic",
    ["President Volodymyr Zelensky said the European Union's verdict on Ukraine's bid to become a membership candidate would be a historic moment for the whole continent.",
     "The European Commission is due to give its opinion by the end of the week."],
    "diplomacy", "diplomacy", 2, "zelensky-eu-candidacy-remarks-2022-06-13", a="Conor Monaghan"),
  E("2022-06-13 11:10", "Market in Donetsk city hit, separatist officials say",
    ["Shells landed on a market in the Russian-controlled city of Donetsk on Monday morning, killing at least three people, according to the city's separatist administration.",
     "The officials blamed Ukrainian forces; there was no comment from Kyiv."],
    "strikes", "strikes", 3, "donetsk-city-market-shelling-2022-06-13", a="Rachel Gormley", n="Deadly strike -> 3."),
  E("2022-06-13 09:25", None,
    ["Estonia will send a further consignment of howitzer ammunition to Ukraine, its defence ministry said on Monday.",
     "The ministry did not disclose the size of the delivery, saying the information would be useful to the enemy."],
    "aid", "aid", 2, "estonia-ammunition-consignment-2022-06-13", a="Conor Monaghan", n="Post without headline; small aid pledge -> 2."),
  E("2022-06-13 08:05", "All bridges into Sievierodonetsk destroyed, governor says",
    ["The last bridge linking Sievierodonetsk with its twin city of Lysychansk has been destroyed, leaving Ukrainian troops in the city cut off from road supplies, the regional governor said.",
     "Evacuating civilians by road is now impossible, he added."],
    "other", "frontline", 3, "sievierodonetsk-bridges-destroyed-2022-06-13", a="Rachel Gormley", n="Major frontline development -> 3."),
  ]))

SEEDS.append(dict(id="8902", name="8902_tyronecourier-rolling", ext="txt", source="Tyrone Courier", zone="Europe/London", render=r_tyrone, order="oldest",
  title="Ukraine: the day's developments as they happened", byline="Niamh Donnelly", dayline="Monday 20 June",
  lede="Our rolling summary of the war in Ukraine. All times are local.", parse_args=["--date", "2022-06-20"],
  notes="Text scrape of a rolling article, OLDEST first. Day line 'Monday 20 June' has no year and the page prints no year anywhere (parse_args --date 2022-06-20). Each post starts with a bare '9.15am' line (UK local, BST = UTC+1; 'All times are local' says no more), then an optional headline. Posts 01, 04 and 07 have NO headline (headline null). One page byline (Niamh Donnelly) is every entry's author. 05 (Borrell on Kaliningrad) is a reaction whose content is the Kaliningrad row, so it shares 01's story; 06 (EU ministers on candidacy) is a separate story from the same meeting.",
  not_entries=["masthead and strapline", "menu and Subscribe/Sign In", "cookie notice", "'NEWS' label", "title line", "byline 'By Niamh Donnelly'", "day line 'Monday 20 June'",
               "lede 'Our rolling summary ...'", "share line", "'Advertisement'", "'Related Stories' heading and its two local links", "'Comments (0)'", "footer"],
  entries=[
  E("2022-06-20 07:50", None,
    ["Moscow has summoned the European Union's top diplomat in Russia to protest against Lithuania's ban on sanctioned goods passing through its territory by rail to Kaliningrad.",
     "The Kremlin called the restrictions unprecedented and unlawful and said Russia would respond."],
    "diplomacy", "diplomacy", 3, "kaliningrad-transit-row-2022-06-20", a="Niamh Donnelly", n="Post without headline; diplomatic protest by Russia -> 3."),
  E("2022-06-20 09:15", "Gas rigs off Crimea hit by strikes",
    ["Crimea's Moscow-appointed leader Sergei Aksyonov said Ukrainian forces had struck drilling platforms belonging to a Crimean gas company in the Black Sea.",
     "He said three workers were injured and seven were unaccounted for."],
    "strikes", "strikes", 3, "black-sea-gas-platforms-strike-2022-06-20", a="Niamh Donnelly"),
  E("2022-06-20 10:40", "Kharkiv shelling kills two",
    ["Two people, one of them a teenager, were killed when Russian shells hit a residential district of Kharkiv on Monday morning, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 3, "kharkiv-shelling-2022-06-20", a="Niamh Donnelly"),
  E("2022-06-20 12:05", None,
    ["Pro-Russian forces said they had captured the village of Metolkine, south-east of Sievierodonetsk, a claim Ukraine did not confirm."],
    "other", "frontline", 2, "metolkine-capture-claim-2022-06-20", a="Niamh Donnelly", n="Post without headline; territorial claim -> frontline."),
  E("2022-06-20 13:30", "Borrell: Lithuania is not blockading Kaliningrad",
    ["EU foreign policy chief Josep Borrell said Lithuania was only applying sanctions agreed by all member states and was not imposing a blockade on Kaliningrad.",
     "He urged Moscow to stop escalating its rhetoric."],
    "diplomacy", "diplomacy", 3, "kaliningrad-transit-row-2022-06-20", a="Niamh Donnelly", n="EU reply in the same transit row: same story as 8902-01."),
  E("2022-06-20 15:20", "EU ministers back candidate status push",
    ["Foreign ministers meeting in Luxembourg broadly supported giving Ukraine candidate status, ahead of a decision by EU leaders later this week."],
    "diplomacy", "diplomacy", 2, "eu-foreign-ministers-candidacy-2022-06-20", a="Niamh Donnelly"),
  E("2022-06-20 17:45", None,
    ["Ukraine's general staff said its forces had beaten back an assault near Toshkivka but that Russian troops were consolidating their positions in the area."],
    "other", "frontline", 2, "toshkivka-fighting-2022-06-20", a="Niamh Donnelly", n="Post without headline."),
  ]))

SEEDS.append(dict(id="8903", name="8903_ballymenaguardian-world", ext="html", source="Ballymena Guardian", zone="Europe/London", render=r_ballymena, order="newest",
  title="World News", clock="Thursday, 4 August 2022", ref="2022-08-04 15:40",
  notes="World section listing (HTML), newest first. Visible stamps are RELATIVE ('48 minutes ago', '4 hours ago'), printed after the summary and the byline; each sits in <time datetime> with the exact ISO time (+01:00) and the header shows 'Thursday, 4 August 2022' and 'Last updated 15:40' (page anchor; the relative values are whole hours/minutes counted back from 15:40, rounded down). Agency credits ('PA Media', 'Reuters') are the authors. Entry 01 (Bank of England rate rise) is off-beat. Entry 02 (Amnesty report) is other/humanitarian.",
  not_entries=["cookie bar", "top bar with the date, E-Edition, Subscribe, Log in", "masthead and menu", "h1 'World News'", "'Last updated 15:40'", "'By AGENCY' lines and comment counts",
               "'Read more' links", "newsletter box 'Stay up to date'", "'Advertisement'", "'Load more stories'", "'Most Read' list", "footer"],
  entries=[
  OFF("2022-08-04 14:52", "Bank of England raises rates to highest level since 2008",
    ["The Bank of England has lifted interest rates by half a percentage point to 1.75%, its biggest single increase in more than 25 years.",
     "Policymakers warned that the UK could enter a long recession later this year."],
    "bank-of-england-rate-rise-2022-08-04", a="PA Media", n="UK monetary policy, not about the war"),
  E("2022-08-04 13:20", "Amnesty accuses Ukraine of putting civilians in harm's way",
    ["Amnesty International has said Ukrainian forces endangered civilians by basing troops and weapons in schools, hospitals and residential blocks, a charge rejected by officials in Kyiv.",
     "The rights group stressed that its findings did not justify Russian attacks on civilians."],
    "other", "humanitarian", 2, "amnesty-report-ukrainian-tactics", a="PA Media", n="Rights report about civilians -> other/humanitarian."),
  E("2022-08-04 11:05", "Shelling kills eight in Toretsk, says Donetsk governor",
    ["Eight people were killed and four injured when Russian shells struck a bus stop and a market area in the town of Toretsk in Donetsk region, governor Pavlo Kyrylenko said."],
    "strikes", "strikes", 3, "toretsk-shelling-2022-08-04", a="PA Media"),
  E("2022-08-04 09:30", "Three more grain ships cleared to leave Ukrainian ports",
    ["Officials at the joint coordination centre in Istanbul have approved the departure of three more ships carrying grain and sunflower oil from Ukraine's Black Sea ports.",
     "The first vessel to sail under the deal brokered by Turkey and the United Nations was inspected on Wednesday."],
    "diplomacy", "diplomacy", 2, "grain-corridor-more-ships-2022-08-04", a="PA Media", n="Implementation of the UN/Turkey grain deal -> diplomacy."),
  E("2022-08-04 08:10", "US Senate backs Finland and Sweden joining Nato",
    ["The US Senate has overwhelmingly endorsed Finland and Sweden joining Nato, with 95 senators voting to ratify their accession."],
    "diplomacy", "diplomacy", 3, "us-senate-ratifies-finland-sweden-nato", a="Reuters", n="Alliance enlargement -> 3."),
  E("2022-08-04 06:45", "Mykolaiv hit by missiles overnight",
    ["Several explosions were heard in Mykolaiv overnight as missiles struck an industrial area in the south of the city, mayor Oleksandr Senkevych said."],
    "strikes", "strikes", 2, "mykolaiv-missile-strikes-2022-08-04", a="PA Media"),
  ]))

SEEDS.append(dict(id="8904", name="8904_colerainechronicle-article", ext="txt", source="Coleraine Chronicle", zone="Europe/London", render=r_coleraine, order="same",
  title="Ukraine war: Sunday's key developments", byline="Ryan Hegarty", dateline="Sunday, 4 December 2022, 6:05 pm",
  lede="Moscow says it will not sell oil to countries that observe the Western price cap, as fighting grinds on around Bakhmut.",
  readmore="READ MORE: Portstewart choir's carol concert raises \u00a33,000 for Ukraine appeal",
  notes="Article with five section headings (text scrape); one entry per section, stamp null, published = the dateline 'Sunday, 4 December 2022, 6:05 pm' (UK local; GMT = UTC in December). One page byline (Ryan Hegarty) is every entry's author. Section 04 is a local humanitarian story.",
  not_entries=["masthead, search, menu and advertising links", "'NEWS' label", "title line", "standfirst", "byline and dateline", "share line",
               "'READ MORE: Portstewart choir ...' related link between sections 02 and 03", "newsletter sign-up", "'Comments' / 'Be the first to comment'", "footer"],
  entries=[
  E("2022-12-04 18:05", "Moscow rejects price cap on its oil",
    ["Russia will not supply oil to any country that applies the price ceiling agreed by the European Union, the G7 and Australia, Deputy Prime Minister Alexander Novak said on Sunday.",
     "The cap of 60 dollars a barrel on seaborne Russian crude takes effect on Monday, alongside an EU ban on most imports by sea.",
     "Novak said Moscow was working on ways to stop the cap from being applied."],
    "diplomacy", "diplomacy", 3, "russia-rejects-oil-price-cap", a="Ryan Hegarty", n="Sanctions measure and the response of a deputy PM -> diplomacy, 3."),
  E("2022-12-04 18:05", "Fighting grinds on around Bakhmut",
    ["Ukraine's military said its troops had repelled attacks on more than a dozen settlements in Donetsk region over the past day, most of them around Bakhmut.",
     "Russian forces, including fighters from the Wagner group, have been trying to take the town for months."],
    "other", "frontline", 2, "bakhmut-fighting-2022-12-04", a="Ryan Hegarty"),
  E("2022-12-04 18:05", "Kherson shelled again",
    ["Russian artillery fired on Kherson and nearby villages from across the Dnipro, killing one person and wounding three, the regional administration said."],
    "strikes", "strikes", 2, "kherson-shelling-2022-12-04", a="Ryan Hegarty"),
  E("2022-12-04 18:05", "Generators from the north coast on their way",
    ["Volunteers from Coleraine and Portstewart loaded a lorry with 40 generators and 200 winter sleeping bags on Saturday for delivery to families in Kharkiv region.",
     "The appeal was organised by a local church with help from two Ukrainian families now living in the town."],
    "other", "humanitarian", 2, "coleraine-generators-appeal", a="Ryan Hegarty", n="Private local donation -> other/humanitarian (not state aid)."),
  E("2022-12-04 18:05", "Nuclear watchdog pushes for protection zone",
    ["The head of the UN nuclear watchdog, Rafael Grossi, said he hoped to agree a protection zone around the Zaporizhzhia nuclear plant before the end of the year, after talks with both Russian and Ukrainian officials."],
    "diplomacy", "diplomacy", 2, "iaea-protection-zone-talks-2022-12-04", a="Ryan Hegarty"),
  ]))

SEEDS.append(dict(id="8905", name="8905_portadowntimes-live", ext="html", source="Portadown Times", zone="Europe/London", render=r_portadown, order="newest",
  title="Russia-Ukraine war live: Marhanets toll rises to 13 as blasts reported at Belarus airbase", byline="Laura Kerr",
  lede="Live updates on the war in Ukraine through Wednesday evening.", readmore="Craigavon families open their homes to Ukrainian refugees",
  notes="National World-style live blog (HTML), newest first; Key Points box lists three headlines (entries 02, 04, 05: key_point true, importance 3). Post times are bare 'HH:MM' (no date, no zone); the only dates are 'Published 10th Aug 2022, 17:30 BST' and 'Updated 11th Aug 2022, 00:45 BST'. The blog CROSSES LOCAL MIDNIGHT: the two newest posts (00:45, 00:10) are Thursday 11 August in BST but still 10 August in UTC (23:45Z, 23:10Z), so the whole page is one UTC day. JSON-LD is a page-level NewsArticle with no per-post times. One page byline (Laura Kerr) is every entry's author. The Zyabrovka explosions (01, 02) have no established cause: other/security, not strikes.",
  not_entries=["consent banner", "header, menu, Subscribe/Sign In", "'LIVE' label", "h1 title", "standfirst", "byline", "Published/Updated lines", "share links",
               "newsletter call to action", "'Key Points' box (its three items are the headlines of 02, 04, 05, not separate entries)", "'Show new updates' button",
               "'READ MORE: Craigavon families ...' link", "'Load more updates'", "footer"],
  entries=[
  E("2022-08-11 00:45", "Belarus says flashes at airfield were caused by vehicle fire",
    ["Belarus's defence ministry said the flashes and bangs reported near the Zyabrovka airfield were caused by a vehicle engine catching fire, and that nobody was hurt."],
    "other", "security", 2, "zyabrovka-airbase-explosions-2022-08-10", a="Laura Kerr", n="After local midnight (BST) but 23:45 UTC on 10 August."),
  E("2022-08-11 00:10", "Explosions reported near military airfield in Belarus",
    ["Residents of the Gomel region in southern Belarus reported a series of explosions near an airfield used by Russian forces, according to independent Belarusian media.",
     "Videos shared on Telegram appeared to show bright flashes on the horizon."],
    "other", "security", 3, "zyabrovka-airbase-explosions-2022-08-10", a="Laura Kerr", kp=True, n="Key Points entry -> 3; after local midnight, 23:10 UTC on 10 August."),
  E("2022-08-10 23:20", "G7 tells Russia to hand back control of nuclear plant",
    ["Foreign ministers of the Group of Seven demanded that Russia return the Zaporizhzhia nuclear power plant to Ukrainian control, saying its presence there endangers the whole region."],
    "diplomacy", "diplomacy", 2, "g7-zaporizhzhia-plant-statement", a="Laura Kerr"),
  E("2022-08-10 21:50", "Satellite images show wrecked jets at Crimea airbase",
    ["New satellite photographs of the Saky airbase in Crimea show at least eight Russian warplanes destroyed or badly damaged after Tuesday's explosions.",
     "Moscow has said the blasts were caused by detonating ammunition and denied that any aircraft were lost."],
    "strikes", "strikes", 3, "saky-airbase-explosions-2022-08-09", a="Laura Kerr", kp=True),
  E("2022-08-10 20:15", "Marhanets death toll reaches 13",
    ["The number of people killed by overnight Russian rocket fire on the town of Marhanets has risen to 13, Dnipropetrovsk regional governor Valentyn Reznichenko said.",
     "Several of the wounded remain in a serious condition."],
    "strikes", "strikes", 3, "marhanets-shelling-2022-08-10", a="Laura Kerr", kp=True),
  E("2022-08-10 19:00", "Estonia urges EU-wide halt on tourist visas for Russians",
    ["Estonia's prime minister Kaja Kallas called on other EU members to stop issuing tourist visas to Russian citizens, arguing that travel to Europe should not be open to citizens of a country waging war."],
    "diplomacy", "diplomacy", 2, "estonia-eu-visa-ban-call", a="Laura Kerr"),
  E("2022-08-10 17:30", "Ukraine says Russian units in Kherson region cut off",
    ["Ukraine's southern command said damaged bridges over the Dnipro had left Russian troops on the west bank short of supplies, with only pontoon crossings still working."],
    "other", "frontline", 2, "kherson-bridges-russian-supply-2022-08-10", a="Laura Kerr"),
  ]))

SEEDS.append(dict(id="8906", name="8906_lurganmail-dayarticle", ext="html", source="Lurgan Mail", zone="Europe/London", render=r_lurgan, order="oldest",
  title="Ukraine war: what happened on Sunday", byline="Sarah Moffett", published="2022-12-11 17:40",
  lede="Odesa remains in the dark, Zelensky speaks to Biden, and Ukrainian families in Lurgan get ready for Christmas.",
  readmore="Lurgan man jailed for Christmas Eve burglary",
  notes="National World-style day article (HTML), oldest first. Each section heading reads '8.30am: Headline' - stamp and headline on ONE h2 line (stamp = the time, headline = the rest). No date next to the times; the date is the visible 'Published 11th Dec 2022, 17:40 GMT' line (GMT = UTC in December). One page byline (Sarah Moffett) is every entry's author. NewsArticle JSON-LD (page level only). The 'READ MORE' link after section 02 points to an unrelated local court story (chrome).",
  not_entries=["header and menu", "h1 title", "standfirst", "byline", "'Published 11th Dec 2022, 17:40 GMT'", "share links",
               "'READ MORE: Lurgan man jailed ...' related link", "newsletter call to action", "'Comments'", "footer"],
  entries=[
  E("2022-12-11 08:30", "Odesa still without power after drone strikes",
    ["Most of Odesa remained without electricity on Sunday morning after drones hit two energy facilities in the region early on Saturday, the regional administration said.",
     "Officials warned that full repairs could take weeks."],
    "strikes", "strikes", 3, "odesa-drone-strikes-blackout-2022-12-10", a="Sarah Moffett", n="Aftermath of a large strike on energy infrastructure -> strikes, 3."),
  E("2022-12-11 10:05", "Zelensky and Biden discuss air defence in phone call",
    ["President Volodymyr Zelensky said he had spoken with US President Joe Biden about strengthening Ukraine's air defences and thanked him for Washington's continued support."],
    "diplomacy", "diplomacy", 3, "zelensky-biden-call-2022-12-11", a="Sarah Moffett", sec=["aid"], n="Head-of-state call; content air-defence support -> secondary aid."),
  E("2022-12-11 11:40", "Ukraine says strike hit Wagner base in Luhansk region",
    ["Luhansk governor Serhiy Haidai said a Ukrainian strike had hit a hotel in the town of Kadiivka used as a base by the Wagner group, causing heavy casualties.",
     "His claim could not be independently verified."],
    "strikes", "strikes", 3, "kadiivka-wagner-base-strike", a="Sarah Moffett"),
  E("2022-12-11 13:15", "Shelling in Kherson region kills one",
    ["Russian shelling of Kherson region killed one person and wounded two over the past 24 hours, governor Yaroslav Yanushevych said."],
    "strikes", "strikes", 2, "kherson-region-shelling-2022-12-11", a="Sarah Moffett"),
  E("2022-12-11 15:30", "Ukrainian families in Lurgan prepare for first Christmas away from home",
    ["About 30 Ukrainian families now living in Lurgan and Craigavon gathered in a church hall on Sunday afternoon to make decorations and share traditional dishes ahead of Christmas."],
    "other", "humanitarian", 2, "lurgan-ukrainian-families-christmas", a="Sarah Moffett"),
  E("2022-12-11 17:10", "EU ministers expected to agree new sanctions this week",
    ["European Union foreign ministers meeting in Brussels on Monday are expected to discuss a ninth package of sanctions against Russia, with diplomats saying a deal could be sealed by leaders later in the week."],
    "diplomacy", "diplomacy", 2, "eu-ninth-sanctions-package", a="Sarah Moffett"),
  ]))

SEEDS.append(dict(id="8907", name="8907_banbridgeleader-feed", ext="xml", source="Banbridge Leader", zone="Europe/London", render=r_banbridge, order="newest",
  title="Banbridge Leader - News",
  notes="National World-style RSS 2.0 news feed, newest first. pubDate is printed in GMT ('Wed, 17 Aug 2022 20:55:00 GMT') although the outlet's local time is BST (UTC+1): published_local is BST. dc:creator gives the author ('Press Association' for agency copy). One-paragraph descriptions (CDATA).",
  not_entries=["channel title, link, description, language, lastBuildDate", "media:content image references", "guid/link URLs"],
  entries=[
  E("2022-08-17 21:55", "Kharkiv hostel hit by missiles, at least six dead",
    ["At least six people were killed and more than a dozen injured when Russian missiles struck a three-storey hostel in Kharkiv on Wednesday evening, regional officials said."],
    "strikes", "strikes", 3, "kharkiv-hostel-strike-2022-08-17", a="Press Association"),
  E("2022-08-17 19:20", "Erdogan and Guterres to meet Zelensky in Lviv",
    ["Turkish President Recep Tayyip Erdogan and UN Secretary-General Antonio Guterres will travel to Lviv on Thursday for talks with Volodymyr Zelensky on grain exports and the Zaporizhzhia nuclear plant."],
    "diplomacy", "diplomacy", 3, "lviv-trilateral-meeting-2022-08-18", a="Press Association"),
  E("2022-08-17 16:05", "Russia replaces commander of Black Sea Fleet",
    ["Russia has appointed a new commander of its Black Sea Fleet after a series of explosions at military sites in Crimea, according to Russian state media."],
    "other", "politics", 2, "black-sea-fleet-commander-replaced", a="Press Association", n="Military appointment -> other/politics."),
  E("2022-08-17 13:30", "Russia to station hypersonic missile jets in Kaliningrad",
    ["Russia's defence ministry said three MiG-31 fighters armed with Kinzhal hypersonic missiles would be placed on round-the-clock alert in the Kaliningrad exclave."],
    "other", "security", 2, "kinzhal-jets-kaliningrad", a="Press Association", n="Deployment outside the war zone -> other/security."),
  E("2022-08-17 10:45", "Banbridge couple mark months of hosting Ukrainian guests",
    ["A Banbridge couple who opened their home to a mother and two children from Chernihiv say the family has become part of the town's life since arriving in the spring."],
    "other", "humanitarian", 2, "banbridge-host-family-ukrainian-guests", a="Gemma Turkington"),
  E("2022-08-17 08:10", "Nikopol shelled overnight, one man killed",
    ["One man was killed and two women injured when Russian forces shelled Nikopol overnight from positions near the Zaporizhzhia nuclear plant, the regional governor said."],
    "strikes", "strikes", 2, "nikopol-shelling-2022-08-17", a="Press Association"),
  ]))

SEEDS.append(dict(id="8908", name="8908_mourneobserver-latest", ext="txt", source="Mourne Observer", zone="Europe/London", render=r_mourne, order="oldest",
  title="Latest: Ukraine", dayline="Sunday 18th December", parse_args=["--date", "2022-12-18"],
  lede="Updates from the war in Ukraine and reaction from across the Mourne area.",
  notes="Text scrape of a 'Latest' page, OLDEST first. Day line 'Sunday 18th December' with no year; the page prints no year anywhere (parse_args --date 2022-12-18). Each item: headline, then a 'By NAME | 09:10' line AFTER it (stamp = the bare time; UK local, GMT = UTC in December), body, share line. Per-item authors. Entry 05 (World Cup final in local pubs) is off-beat.",
  not_entries=["masthead, towns line, menu, subscription link", "'Latest: Ukraine' title and day line", "lede", "'By NAME | HH:MM' lines (stamp and author)", "share lines",
               "'Advertisement'", "'More from the Mourne Observer' and its link", "cookie policy line", "footer"],
  entries=[
  E("2022-12-18 09:10", "Air defences down drones over southern regions",
    ["Ukraine's air force said it had shot down most of a wave of Iranian-designed attack drones launched overnight at targets in the south of the country."],
    "strikes", "strikes", 2, "overnight-drones-south-2022-12-18", a="Declan Rooney"),
  E("2022-12-18 10:45", "Kremlin confirms Putin will visit Minsk on Monday",
    ["Vladimir Putin will travel to Belarus on Monday for talks with Alexander Lukashenko, the Kremlin said, prompting fresh speculation in Kyiv about a new offensive from the north."],
    "diplomacy", "diplomacy", 3, "putin-minsk-visit-announced", a="Declan Rooney", n="Head-of-state visit -> 3."),
  E("2022-12-18 12:20", "Kilkeel fishermen's collection buys ambulance for Ukraine",
    ["A collection started on the quayside in Kilkeel has raised enough money to buy a second-hand ambulance, which will be driven to western Ukraine after Christmas."],
    "other", "humanitarian", 2, "kilkeel-ambulance-for-ukraine", a="Sinead Fitzsimons", n="Private local donation -> other/humanitarian."),
  E("2022-12-18 14:00", "Power cut in Kherson after fresh shelling",
    ["Russian shelling knocked out electricity in parts of Kherson on Sunday, a week after engineers had restored supplies to most of the city, local officials said."],
    "strikes", "strikes", 2, "kherson-power-shelling-2022-12-18", a="Declan Rooney"),
  OFF("2022-12-18 15:40", "Mourne pubs packed for World Cup final",
    ["Bars across Newcastle and Downpatrick were full on Sunday afternoon as fans gathered to watch Argentina and France contest the World Cup final in Qatar."],
    "world-cup-final-mourne-pubs", a="Sinead Fitzsimons", n="football"),
  E("2022-12-18 17:15", "Kyiv watching Russian troop movements in Belarus",
    ["Ukraine's border guard service said it was closely watching Russian troop movements in Belarus but had seen no sign yet of a force large enough to attack from the north."],
    "other", "security", 2, "belarus-troop-buildup-concern", a="Declan Rooney", n="Same theme as Putin's Minsk visit (Belarus), different statement: separate story."),
  ]))

SEEDS.append(dict(id="8909", name="8909_fermanaghherald-feed", ext="xml", source="Fermanagh Herald", zone="Europe/London", render=r_fermanagh, order="newest",
  title="Ukraine Archives - Fermanagh Herald",
  notes="WordPress tag feed (RSS 2.0), newest first; pubDate '+0000' (= UK local in December); dc:creator in CDATA (agency copy is filed under the site's own account 'Fermanagh Herald', taken as the author); description is a 30-word excerpt ending '[&#8230;]' and content:encoded holds the full paragraphs.",
  not_entries=["channel metadata (title, links, description, lastBuildDate, sy:update*, generator)", "excerpts in <description> (a cut copy of the first paragraph)",
               "comments/wfw/slash elements", "category labels"],
  entries=[
  E("2022-12-23 19:30", "US Congress passes spending bill with $45bn for Ukraine",
    ["The US House of Representatives has approved a 1.7 trillion dollar spending bill that includes about 45 billion dollars in military and economic assistance for Ukraine, sending it to President Joe Biden to sign.",
     "The vote came two days after President Volodymyr Zelensky addressed a joint meeting of Congress in Washington."],
    "aid", "aid", 3, "us-congress-ukraine-aid-omnibus", a="Fermanagh Herald"),
  E("2022-12-23 16:05", "Shelling in Kherson kills two",
    ["Two civilians died when Russian shells hit a residential area of Kherson on Friday afternoon, the head of the regional military administration said."],
    "strikes", "strikes", 2, "kherson-shelling-2022-12-23", a="Fermanagh Herald"),
  E("2022-12-23 13:40", "White House dismisses Putin's talk of ending war",
    ["The White House said Vladimir Putin had shown no sign of wanting to negotiate, after the Russian leader said Moscow's aim was to bring the war to an end as soon as possible."],
    "diplomacy", "diplomacy", 2, "putin-end-war-remark-us-response", a="Fermanagh Herald"),
  E("2022-12-23 11:15", "Enniskillen party brings festive cheer to Ukrainian children",
    ["More than 50 Ukrainian children now living in County Fermanagh were treated to a Christmas party in Enniskillen, complete with presents and a visit from Santa.",
     "Organisers said many of the families faced their first Christmas apart from fathers and brothers who stayed behind to fight."],
    "other", "humanitarian", 2, "enniskillen-ukrainian-children-christmas-party", a="Orla McCaffrey"),
  E("2022-12-23 09:20", "Zelensky back in Kyiv after Washington trip",
    ["President Volodymyr Zelensky has returned to Ukraine after his first foreign trip since the invasion, during which he met President Joe Biden and addressed Congress."],
    "diplomacy", "diplomacy", 2, "zelensky-returns-from-washington", a="Fermanagh Herald"),
  E("2022-12-23 07:45", "Energy site in Kharkiv region hit again",
    ["A Russian missile struck an energy facility in Kharkiv region overnight, causing emergency power cuts in several districts, the regional governor said."],
    "strikes", "strikes", 2, "kharkiv-region-energy-strike-2022-12-23", a="Fermanagh Herald"),
  ]))

# ---------------------------------------------------------------- Part B, day 1: 2022-08-26
ZCS = "zaporizhzhia-city-rocket-strike-2022-08-26"
ZNPP = "zaporizhzhia-plant-reconnected-2022-08-26"
EXPL = "explainer-nuclear-plant-cooling"
AIDDE = "germany-air-defence-funding-2022-08-26"
D1 = ("Multi-source day 1 (2022-08-26, seeds 8920-8924). Main story " + ZCS + " (all five seeds; toll one -> two -> three -> four; spelled Zaporizhzhia / Zaporozhye / Zaporizhia / Zaporizhzhya). "
      "Also multi-seed: " + ZNPP + " (8920, 8921, 8922) and " + AIDDE + " (8921, 8924). Must-not-merge: the city strike vs the plant reconnection (same place name); "
      "the reconnection vs Grossi's remark vs the Kremlin comment vs the cooling explainer (same plant); the city strike vs Mykolaiv/Nikopol/Kharkiv shelling (same kind of event).")

SEEDS.append(dict(id="8920", name="8920_dunvarragh-textlive", ext="txt", source="Dunvarragh Post", zone="Europe/London", render=r_dunvarragh, order="newest",
  title="Russia-Ukraine war latest: rocket strike on Zaporizhzhia; nuclear plant back on the grid", dateline="Friday 26 August 2022",
  lede="Our live coverage of the war in Ukraine continues.",
  notes="Invented outlet. Text live blog, newest first, Key Points bullets (entries 04 and 06). Each post: headline, then a '15:50 BST \u00b7 NAME' line AFTER it (BST = UTC+1), body, 'Share this update'. Entry 03 is the day's theme piece (explainer with body). " + D1,
  not_entries=["masthead, menu, breadcrumb", "title, date line, 'Live \u00b7 last updated' line", "lede", "'Key Points' block (its bullets are the headlines of 04 and 06)", "'Latest' label",
               "'HH:MM BST \u00b7 NAME' lines (stamp and author)", "'Share this update' lines", "'Advertisement'", "'Load earlier posts' and footer"],
  entries=[
  E("2022-08-26 17:20", "Kremlin says nuclear inspectors' visit needs careful preparation",
    ["Kremlin spokesman Dmitry Peskov said a visit by international inspectors to the Zaporizhzhia plant was needed but would have to be prepared carefully because of the fighting nearby.",
     "He gave no date for the trip."],
    "diplomacy", "diplomacy", 2, "kremlin-iaea-visit-comment-2022-08-26", a="Eilidh Vance", n="Separate statement from Grossi's (8921-04): must not merge with it or with the reconnection."),
  E("2022-08-26 15:50", "Zaporizhzhia toll rises to three",
    ["Three people are now known to have died after Russian rockets hit a residential neighbourhood of Zaporizhzhia early on Friday, the regional administration said.",
     "Eleven people were taken to hospital, two of them children."],
    "strikes", "strikes", 3, ZCS, a="Rory Haldane"),
  E("2022-08-26 13:30", "Explainer: how a nuclear plant keeps cool when the power lines go down",
    ["A nuclear reactor keeps producing heat even after it is shut down, so the pumps that carry that heat away must never stop.",
     "When a plant loses its link to the outside grid, diesel generators on the site take over the pumps; Zaporizhzhia's operators say they hold fuel for about ten days.",
     "Without either source, engineers would have hours rather than days before the fuel in the reactor cores began to overheat."],
    "other", "security", 2, EXPL, a="Rory Haldane", n="Theme piece (explainer with body): own story, importance 2; must not merge with the reconnection news."),
  E("2022-08-26 11:05", "Nuclear plant back on Ukraine's grid, operator says",
    ["Ukraine's state nuclear company Energoatom said the Zaporizhzhia plant had been reconnected to the national grid and was again supplying electricity, a day after fires near its power lines cut it off completely.",
     "It was the first time in its history that the plant had been fully disconnected, the company said."],
    "other", "security", 3, ZNPP, a="Rory Haldane", kp=True, n="Nuclear-safety incident at the occupied plant -> other/security; Key Points entry."),
  E("2022-08-26 09:15", "Mykolaiv shelled overnight, mayor says",
    ["Explosions were heard across Mykolaiv during the night as Russian forces shelled the city's northern districts, mayor Oleksandr Senkevych said.",
     "A garage cooperative and a school building were damaged; no casualties were reported."],
    "strikes", "strikes", 2, "mykolaiv-shelling-2022-08-26", a="Eilidh Vance", n="Different attack from the Zaporizhzhia strike: must not merge."),
  E("2022-08-26 07:40", "Rocket strike on Zaporizhzhia residential area kills two",
    ["Two people were killed when Russian rockets struck a residential area of Zaporizhzhia shortly before dawn, the city's acting mayor said.",
     "Several apartment buildings and a petrol station were damaged."],
    "strikes", "strikes", 3, ZCS, a="Eilidh Vance", kp=True),
  ]))

SEEDS.append(dict(id="8921", name="8921_feltwater-htmllive", ext="html", source="Feltwater Gazette", zone="Europe/Kyiv", render=r_feltwater, order="oldest",
  title="Live: Zaporizhzhia hit by rockets as nuclear plant reconnects", dateline="Friday 26 August 2022", url="https://feltwater.example/live/2022-08-26",
  lede="Updates through the day from our correspondents in Ukraine.",
  notes="Invented outlet. HTML live blog, OLDEST first; 'All times are Kyiv time (EEST)' (UTC+3); each post <time datetime> HH:MM above its h2, signature '\u2014 NAME' after the body; LiveBlogPosting JSON-LD with per-update times. Entry 02 is a video teaser without body; entry 06 repeats entry 03 nearly verbatim (duplicate_of 8921-03). " + D1,
  not_entries=["header and menu", "h1 title", "date line", "'All times are Kyiv time (EEST)'", "intro", "signature lines (author)", "'Copy link' tools", "supporter appeal", "footer"],
  entries=[
  E("2022-08-26 08:20", "Rockets hit apartment blocks in Zaporizhzhia, one dead",
    ["At least one person was killed and several were wounded when rockets hit apartment blocks in Zaporizhzhia early on Friday, the regional governor said.",
     "Rescuers were still searching the damaged buildings."],
    "strikes", "strikes", 3, ZCS, a="Mariana Hrytsak"),
  E("2022-08-26 08:55", "Watch: Firefighters at the scene in Zaporizhzhia", [], "strikes", "strikes", 1, ZCS, n="Video teaser without body -> importance 1."),
  E("2022-08-26 11:30", "Zaporizhzhia nuclear plant reconnected to grid",
    ["Both working reactors at the Zaporizhzhia nuclear power station are connected to the grid again after Thursday's blackout, Energoatom said in a statement on Telegram.",
     "The company said the plant's own needs were being met from the Ukrainian energy system."],
    "other", "security", 3, ZNPP, a="Liam Ostrowski"),
  E("2022-08-26 13:10", "Grossi says IAEA mission to the plant is very close",
    ["The head of the International Atomic Energy Agency, Rafael Grossi, told French television that a team of inspectors could reach the Zaporizhzhia plant within days if talks succeeded."],
    "diplomacy", "diplomacy", 2, "grossi-iaea-mission-close-2022-08-26", a="Liam Ostrowski", n="Statement about a future inspection, not the reconnection: must not merge."),
  E("2022-08-26 16:45", "Germany to fund new air defence systems for Ukraine",
    ["Germany will pay for further IRIS-T air defence systems, rocket launchers and anti-drone equipment for Ukraine worth more than 500 million euros, the government in Berlin said."],
    "aid", "aid", 3, AIDDE, a="Liam Ostrowski"),
  E("2022-08-26 19:05", "Zaporizhzhia nuclear plant reconnected to grid",
    ["Both working reactors at the Zaporizhzhia nuclear power station are connected to the grid again after Thursday's blackout, Energoatom said in a statement."],
    "other", "security", 1, ZNPP, a="Liam Ostrowski", dup="8921-03", n="Near-verbatim repeat of 8921-03 (one paragraph dropped) -> importance 1."),
  ]))

SEEDS.append(dict(id="8922", name="8922_hollinsgarth-worldrss", ext="xml", source="Hollinsgarth World Service", zone="UTC", render=r_rssworld, order="newest",
  title="Hollinsgarth World Service - Top stories", url="https://hollinsgarth.example/world", guid="hws", rfc="GMT",
  lede="Top world stories from the Hollinsgarth World Service",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT; 4 of 6 items are not about the war (off-beat). Spelling 'Zaporozhye'. " + D1,
  not_entries=["channel title, link, description, language, ttl", "category labels"],
  entries=[
  OFF("2022-08-26 19:15", "China extends factory power cuts as heatwave grips Sichuan",
    ["Authorities in the Chinese province of Sichuan extended power rationing for factories by several days as a record heatwave drained the reservoirs that feed its hydroelectric dams."],
    "sichuan-heatwave-power-cuts", n="China weather/energy"),
  OFF("2022-08-26 16:20", "Fed chief Powell warns of pain ahead in inflation fight",
    ["US Federal Reserve chair Jerome Powell said the central bank would keep raising interest rates until inflation was under control, even if households and businesses felt the strain."],
    "powell-jackson-hole-speech", n="US monetary policy"),
  OFF("2022-08-26 14:40", "NASA's moon rocket cleared for Monday launch attempt",
    ["NASA managers gave the go-ahead for the first launch of the Space Launch System rocket on Monday, which is to send an uncrewed Orion capsule around the Moon."],
    "artemis-launch-preparations", n="space"),
  E("2022-08-26 11:10", "Power restored to Europe's largest nuclear plant",
    ["Ukraine's Zaporizhzhia nuclear plant, held by Russian troops since March, is producing electricity for the Ukrainian grid again after a day-long disconnection, its operator said."],
    "other", "security", 3, ZNPP),
  E("2022-08-26 08:45", "Zaporozhye: Russian rockets kill two in city",
    ["Two civilians died and at least ten were hurt when rockets struck a residential district of the southern Ukrainian city of Zaporozhye overnight, local officials said."],
    "strikes", "strikes", 3, ZCS),
  OFF("2022-08-26 05:30", "Pakistan declares emergency as monsoon floods spread",
    ["Pakistan's government declared a national emergency after weeks of monsoon rains flooded large parts of the south of the country and killed hundreds of people."],
    "pakistan-floods-emergency", n="floods"),
  ]))
SEEDS[-1]["entries"][3]["cat"] = "Europe"; SEEDS[-1]["entries"][4]["cat"] = "Europe"

SEEDS.append(dict(id="8923", name="8923_lanternfell-atom", ext="xml", source="Lanternfell Wire", zone="Europe/Berlin", render=r_atom, order="newest",
  title="Lanternfell Wire: Ukraine", url="https://lanternfell.example/ukraine", lede="Wire copy on the war in Ukraine",
  notes="Invented outlet. Atom 1.0 feed, newest first; <published> ISO with +02:00 (CEST); author per entry; escaped HTML content. Spelling 'Zaporizhia'. Two entries of the main story on one page (toll three, then four). " + D1,
  not_entries=["feed title, subtitle, link, id, updated", "entry ids and links"],
  entries=[
  E("2022-08-26 19:30", "Fourth victim dies after Zaporizhia strike",
    ["A woman injured in Friday's rocket attack on Zaporizhia has died in hospital, bringing the number of dead to four, the regional governor said."],
    "strikes", "strikes", 3, ZCS, a="Jana Weitz"),
  E("2022-08-26 17:10", "Baltic states and Poland press for EU-wide visa ban on Russians",
    ["The foreign ministers of Estonia, Latvia, Lithuania and Poland want the EU to suspend tourist visas for Russian citizens when ministers meet in Prague next week."],
    "diplomacy", "diplomacy", 2, "eu-visa-ban-push-2022-08-26", a="Jana Weitz"),
  E("2022-08-26 14:50", "Nikopol shelled again across the reservoir",
    ["Russian forces fired rockets at Nikopol from the area of the Zaporizhzhia nuclear plant, damaging homes and a power line, regional officials said."],
    "strikes", "strikes", 2, "nikopol-shelling-2022-08-26", a="Pawel Kranz", n="Different attack from the Zaporizhzhia city strike and unrelated to the reconnection: must not merge."),
  E("2022-08-26 12:25", "Zaporizhia rocket attack: toll rises to three",
    ["The number of people killed in a rocket strike on a residential area of Zaporizhia rose to three, the regional military administration said."],
    "strikes", "strikes", 3, ZCS, a="Pawel Kranz"),
  E("2022-08-26 09:40", "Kharkiv shelled overnight, officials say",
    ["Russian forces shelled Kharkiv and surrounding districts overnight, damaging an industrial building, the regional governor said."],
    "strikes", "strikes", 2, "kharkiv-overnight-shelling-2022-08-26", a="Pawel Kranz"),
  ]))

SEEDS.append(dict(id="8924", name="8924_corraneen-article", ext="txt", source="Corraneen Review", zone="Europe/Dublin", render=r_corraneen, order="same",
  title="Four dead in Zaporizhzhya as Berlin pledges more air defence", byline="Siobhan Garvey", dateline="Fri, 26 Aug 2022 \u00b7 19:15 IST",
  lede="A rocket strike on a Ukrainian city, new German money for air defence and a bigger Russian army: the day in brief.", mostread="Dublin rents climb again",
  notes="Invented outlet. Text article with three section headings; one entry per section, stamp null, published = the dateline 'Fri, 26 Aug 2022 \u00b7 19:15 IST' (IST = Irish Standard Time, UTC+1, not India). Page byline as author. Spelling 'Zaporizhzhya'. " + D1,
  not_entries=["outlet name and menu", "'WORLD' label", "title line", "lede", "byline and dateline", "'Topics:' line", "'Most read' and its link", "copyright line"],
  entries=[
  E("2022-08-26 19:15", "Death toll climbs in Zaporizhzhya",
    ["Four people have now died after Russian rockets hit a residential district of Zaporizhzhya in the early hours of Friday, Ukrainian officials said.",
     "The strike damaged at least six apartment buildings and cut power to part of the city."],
    "strikes", "strikes", 3, ZCS, a="Siobhan Garvey"),
  E("2022-08-26 19:15", "Berlin approves fresh air-defence money",
    ["Germany has agreed to finance another package of air defence systems, rocket launchers and anti-drone equipment for Ukraine worth more than half a billion euros.",
     "Some of the equipment is not expected to arrive until next year."],
    "aid", "aid", 3, AIDDE, a="Siobhan Garvey"),
  E("2022-08-26 19:15", "Kremlin enlarges the army",
    ["A decree signed by Vladimir Putin on Thursday will raise the authorised strength of Russia's armed forces by about 137,000 troops from January.",
     "Analysts said it was unclear how the increase would be achieved without a wider call-up."],
    "other", "politics", 2, "putin-army-expansion-decree", a="Siobhan Garvey"),
  ]))

# ---------------------------------------------------------------- Part B, day 2: 2022-08-27
KHS = "kharkiv-missile-strike-2022-08-27"
ZNPP2 = "zaporizhzhia-plant-shelled-2022-08-27"
NPT = "npt-review-conference-no-agreement"
D2 = ("Multi-source day 2 (2022-08-27, seeds 8930-8934). Main story " + KHS + " (all five seeds; toll none -> one -> two -> three; spelled Kharkiv / Kharkov). "
      "Continuation of day 1: " + ZCS + " keeps its slug (new development: fifth death and a day of mourning; 8930, 8931, 8934). Also multi-seed: " + ZNPP2 + " (8931, 8933), "
      + NPT + " (8932, 8934). Re-post: 8930-05 repeats day-1 entry 8920-03 (importance 1). Must-not-merge: the Kharkiv city strike vs Chuhuiv shelling (same region) and vs day 1's "
      "Kharkiv overnight shelling; the new plant shelling vs day 1's reconnection; the NPT failure (about the plant) vs the plant shelling; the missile-stocks analysis vs the Kharkiv strike; "
      "Finland's visa cut vs day 1's Baltic/Polish visa push.")

SEEDS.append(dict(id="8930", name="8930_dunvarragh-textlive", ext="txt", source="Dunvarragh Post", zone="Europe/London", render=r_dunvarragh, order="newest",
  title="Russia-Ukraine war latest: missiles hit Kharkiv; Zaporizhzhia in mourning", dateline="Saturday 27 August 2022",
  lede="Our live coverage of the war in Ukraine continues.",
  notes="Invented outlet (same layout as 8920). Text live blog, newest first, Key Points bullets (entries 04 and 06); '06:30 BST \u00b7 NAME' line after each headline. Entry 05 is a RE-POST of day-1 entry 8920-03 (same headline, same text): importance 1, duplicate_of null (it repeats another day's page). Entry 04 continues day 1's Zaporizhzhia strike story with a new development. " + D2,
  not_entries=["masthead, menu, breadcrumb", "title, date line, 'Live \u00b7 last updated' line", "lede", "'Key Points' block (bullets = headlines of 04 and 06)", "'Latest' label",
               "'HH:MM BST \u00b7 NAME' lines", "'Share this update' lines", "'Advertisement'", "'Load earlier posts' and footer"],
  entries=[
  E("2022-08-27 18:40", "UK intelligence: Russia forming new volunteer corps",
    ["Britain's Ministry of Defence said Russia was assembling a new ground formation, the 3rd Army Corps, largely from volunteers attracted by generous cash bonuses."],
    "other", "security", 2, "uk-intelligence-new-russian-corps", a="Rory Haldane"),
  E("2022-08-27 16:10", "Chuhuiv shelled, one wounded",
    ["A man was wounded when Russian shells hit a residential street in Chuhuiv, east of Kharkiv, the local military administration said."],
    "strikes", "strikes", 2, "chuhuiv-shelling-2022-08-27", a="Eilidh Vance", n="Same region as the Kharkiv city strike, different attack: must not merge."),
  E("2022-08-27 12:55", "Kharkiv strike: two dead, rescuers say",
    ["Rescuers in Kharkiv have recovered a second body from a building hit by a Russian missile in the early hours, the State Emergency Service said."],
    "strikes", "strikes", 3, KHS, a="Eilidh Vance"),
  E("2022-08-27 11:20", "Zaporizhzhia mourns as toll reaches five",
    ["Zaporizhzhia declared Saturday a day of mourning after a fifth person died from injuries suffered in Friday's rocket strike on the city.",
     "Flags flew at half mast and public entertainment events were cancelled."],
    "strikes", "strikes", 3, ZCS, a="Rory Haldane", kp=True, n="Continuation of day-1 story with a new development (fifth death, mourning): keeps the day-1 slug."),
  E("2022-08-27 08:45", "Explainer: how a nuclear plant keeps cool when the power lines go down",
    ["A nuclear reactor keeps producing heat even after it is shut down, so the pumps that carry that heat away must never stop.",
     "When a plant loses its link to the outside grid, diesel generators on the site take over the pumps; Zaporizhzhia's operators say they hold fuel for about ten days.",
     "Without either source, engineers would have hours rather than days before the fuel in the reactor cores began to overheat."],
    "other", "security", 1, EXPL, a="Rory Haldane", n="Re-post of day-1 entry 8920-03 (identical headline and text) -> importance 1."),
  E("2022-08-27 06:30", "Missiles strike Kharkiv before dawn",
    ["Russian missiles struck the Saltivka district of Kharkiv before dawn on Saturday, setting a residential building on fire and wounding several people, the regional governor said."],
    "strikes", "strikes", 3, KHS, a="Eilidh Vance", kp=True),
  ]))

SEEDS.append(dict(id="8931", name="8931_feltwater-htmllive", ext="html", source="Feltwater Gazette", zone="Europe/Kyiv", render=r_feltwater, order="oldest",
  title="Live: deadly missile strike in Kharkiv; Zaporizhzhia mourns its dead", dateline="Saturday 27 August 2022", url="https://feltwater.example/live/2022-08-27",
  lede="Updates through the day from our correspondents in Ukraine.",
  notes="Invented outlet (same layout as 8921). HTML live blog, OLDEST first, Kyiv time (EEST, UTC+3), LiveBlogPosting JSON-LD. Entry 02 is a photo teaser without body; entry 05 is the day's theme piece (analysis with body); entry 07 repeats entry 04 nearly verbatim (duplicate_of 8931-04). " + D2,
  not_entries=["header and menu", "h1 title", "date line", "'All times are Kyiv time (EEST)'", "intro", "signature lines (author)", "'Copy link' tools", "supporter appeal", "footer"],
  entries=[
  E("2022-08-27 09:05", "Rescuers search rubble after missile strike in Kharkiv",
    ["One person was killed when a Russian missile hit a residential building in Kharkiv's Saltivka district before dawn, and rescuers are searching the rubble for others, the emergency service said."],
    "strikes", "strikes", 3, KHS, a="Mariana Hrytsak"),
  E("2022-08-27 10:40", "Photos: Kharkiv's Saltivka district after the strike", [], "strikes", "strikes", 1, KHS, n="Photo teaser without body -> importance 1."),
  E("2022-08-27 12:15", "Zaporizhzhia city declares day of mourning",
    ["Authorities in Zaporizhzhia declared a day of mourning for the victims of Friday's rocket attack, whose number rose overnight to five."],
    "strikes", "strikes", 3, ZCS, a="Mariana Hrytsak", n="Continuation of the day-1 story (keeps the day-1 slug)."),
  E("2022-08-27 14:30", "Energoatom reports fresh shelling at nuclear plant site",
    ["Russian forces shelled the grounds of the Zaporizhzhia nuclear plant again over the past day, damaging auxiliary buildings, Ukraine's nuclear operator said, adding that radiation levels were normal.",
     "Russia said Ukrainian troops had fired at the site."],
    "strikes", "strikes", 3, ZNPP2, a="Liam Ostrowski", n="New event at the plant; must not merge with day 1's reconnection."),
  E("2022-08-27 17:20", "Analysis: is Russia running short of precision missiles?",
    ["Six months into the war, Russia is increasingly firing S-300 air defence missiles at ground targets, which Western officials see as a sign that its stock of precision cruise missiles is running low.",
     "The S-300 was built to shoot down aircraft and is far less accurate against targets on the ground, which helps explain the damage to homes in cities such as Kharkiv."],
    "strikes", "strikes", 2, "analysis-russian-missile-stocks", a="Liam Ostrowski", n="Theme piece (analysis with body): own story, importance 2; must not merge with the Kharkiv strike."),
  E("2022-08-27 20:45", "Ukraine says strikes destroyed ammunition depots in Kherson region",
    ["Ukraine's southern command said its forces had destroyed two Russian ammunition depots and a command post in the occupied part of Kherson region over the past day."],
    "strikes", "strikes", 2, "kherson-ammunition-depots-strikes-2022-08-27", a="Mariana Hrytsak"),
  E("2022-08-27 22:30", "Fresh shelling reported at nuclear plant site",
    ["Russian forces shelled the grounds of the Zaporizhzhia nuclear plant again over the past day, damaging auxiliary buildings, Ukraine's nuclear operator said, adding that radiation levels remained normal."],
    "strikes", "strikes", 1, ZNPP2, a="Liam Ostrowski", dup="8931-04", n="Near-verbatim repeat of 8931-04 (new headline, one word changed, second paragraph dropped) -> importance 1."),
  ]))

SEEDS.append(dict(id="8932", name="8932_hollinsgarth-worldrss", ext="xml", source="Hollinsgarth World Service", zone="UTC", render=r_rssworld, order="newest",
  title="Hollinsgarth World Service - Top stories", url="https://hollinsgarth.example/world", guid="hws", rfc="GMT",
  lede="Top world stories from the Hollinsgarth World Service",
  notes="Invented outlet (same feed as 8922). General world-news RSS 2.0 feed, newest first, GMT; 4 of 6 items off-beat. Spelling 'Kharkov'. The NPT item (02:10 GMT) reports the New York session that ended late on Friday local time. " + D2,
  not_entries=["channel title, link, description, language, ttl", "category labels"],
  entries=[
  OFF("2022-08-27 18:50", "Rhine levels fall further, squeezing barge traffic",
    ["Water levels on the Rhine at the German gauge of Kaub fell to a new low for the year, forcing barges to sail with a fraction of their usual loads."],
    "rhine-low-water", n="drought/shipping"),
  OFF("2022-08-27 15:25", "US Open organisers plan extra cooling breaks",
    ["Organisers of the US Open in New York said extra cooling breaks would be allowed if temperatures soar during the first week of the tennis tournament."],
    "us-open-heat-breaks", n="tennis"),
  OFF("2022-08-27 12:40", "Artemis countdown begins at Kennedy",
    ["The countdown for the first flight of NASA's new moon rocket began at the Kennedy Space Center in Florida ahead of a planned launch on Monday morning."],
    "artemis-countdown", n="space"),
  OFF("2022-08-27 09:10", "Pakistan appeals for help as flood toll passes 900",
    ["Pakistan has appealed for international assistance after monsoon floods killed more than 900 people since June and swept away tens of thousands of homes."],
    "pakistan-flood-aid-appeal", n="floods"),
  E("2022-08-27 07:30", "Kharkov hit by missiles, one dead",
    ["A Russian missile strike on the north-eastern Ukrainian city of Kharkov killed one person and damaged a residential building early on Saturday, officials said."],
    "strikes", "strikes", 3, KHS),
  E("2022-08-27 02:10", "Nuclear treaty review ends without deal after Russian objection",
    ["A month-long conference reviewing the Nuclear Non-Proliferation Treaty ended at the United Nations in New York without a final declaration after Russia objected to wording on the Zaporizhzhia nuclear plant."],
    "diplomacy", "diplomacy", 3, NPT),
  ]))
SEEDS[-1]["entries"][4]["cat"] = "Europe"; SEEDS[-1]["entries"][5]["cat"] = "Americas"

SEEDS.append(dict(id="8933", name="8933_lanternfell-atom", ext="xml", source="Lanternfell Wire", zone="Europe/Berlin", render=r_atom, order="newest",
  title="Lanternfell Wire: Ukraine", url="https://lanternfell.example/ukraine", lede="Wire copy on the war in Ukraine",
  notes="Invented outlet (same feed as 8923). Atom 1.0, newest first, +02:00 (CEST), author per entry. Two entries of the main story (one dead, then three). " + D2,
  not_entries=["feed title, subtitle, link, id, updated", "entry ids and links"],
  entries=[
  E("2022-08-27 18:25", "Finland confirms cut in tourist visas for Russians",
    ["Finland will issue only a tenth of the usual number of tourist visas to Russians from 1 September, its foreign ministry confirmed, as pressure grows for an EU-wide ban."],
    "diplomacy", "diplomacy", 2, "finland-cuts-russian-tourist-visas", a="Jana Weitz", n="Same theme as day 1's visa push (8923-02), different decision: must not merge."),
  E("2022-08-27 16:05", "Kharkiv missile toll rises to three",
    ["A third person has died after a Russian missile hit an apartment building in Kharkiv on Saturday morning, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 3, KHS, a="Pawel Kranz"),
  E("2022-08-27 13:30", "Shelling reported again at Zaporizhia nuclear site",
    ["Both Ukraine and Russia reported new shelling around the Zaporizhia nuclear plant on Saturday, each blaming the other, as the UN nuclear agency prepared to send inspectors."],
    "strikes", "strikes", 3, ZNPP2, a="Jana Weitz"),
  E("2022-08-27 11:05", "Grain shipped under corridor deal nears a million tonnes",
    ["Ships leaving Ukraine's Black Sea ports under the UN-brokered grain deal have now carried close to one million tonnes of food, the joint coordination centre in Istanbul said."],
    "diplomacy", "diplomacy", 2, "grain-corridor-million-tonnes", a="Jana Weitz"),
  E("2022-08-27 09:50", "Missile kills one in Kharkiv, damages school",
    ["A Russian missile killed one person in Kharkiv early on Saturday and damaged a school and several houses nearby, city officials said."],
    "strikes", "strikes", 3, KHS, a="Pawel Kranz"),
  ]))

SEEDS.append(dict(id="8934", name="8934_corraneen-article", ext="txt", source="Corraneen Review", zone="Europe/Dublin", render=r_corraneen, order="same",
  title="Kharkiv counts its dead as nuclear treaty talks collapse", byline="Siobhan Garvey", dateline="Sat, 27 Aug 2022 \u00b7 16:45 IST",
  lede="A deadly strike in Ukraine's second city, a failed treaty conference and a day of mourning in the south.", mostread="Galway hurlers' manager steps down",
  notes="Invented outlet (same layout as 8924). Text article, three sections; stamp null; published = dateline 'Sat, 27 Aug 2022 \u00b7 16:45 IST' (Irish Standard Time, UTC+1). Section 03 continues day 1's Zaporizhzhya story (spelling as on day 1). " + D2,
  not_entries=["outlet name and menu", "'WORLD' label", "title line", "lede", "byline and dateline", "'Topics:' line", "'Most read' and its link", "copyright line"],
  entries=[
  E("2022-08-27 16:45", "Kharkiv counts its dead",
    ["Three people were killed when a Russian missile struck an apartment block in Kharkiv early on Saturday, the latest in a run of attacks on Ukraine's second city.",
     "Officials said a school nearby was also damaged."],
    "strikes", "strikes", 3, KHS, a="Siobhan Garvey"),
  E("2022-08-27 16:45", "Treaty talks end in failure",
    ["Negotiators at the review conference of the Nuclear Non-Proliferation Treaty in New York failed to agree a final text, after Russia rejected passages about the Zaporizhzhia plant.",
     "It was the second review conference in a row to end without an agreed outcome."],
    "diplomacy", "diplomacy", 3, NPT, a="Siobhan Garvey"),
  E("2022-08-27 16:45", "A city in mourning",
    ["Zaporizhzhya marked a day of mourning on Saturday for the five people killed by Friday's rocket strike, with flags lowered on public buildings."],
    "strikes", "strikes", 3, ZCS, a="Siobhan Garvey", n="Continuation of the day-1 story (keeps the day-1 slug)."),
  ]))

# ---------------------------------------------------------------- Part B, day 3: 2022-06-25
BAR = "russian-missile-barrage-north-west-2022-06-25"
SIEV = "sievierodonetsk-falls-2022-06-25"
PL = "putin-lukashenko-iskander-pledge-2022-06-25"
D3 = ("Multi-source day 3 (2022-06-25, seeds 8940-8944). Main story " + BAR + " (all five seeds; toll none -> one -> two; spelled Chernihiv/Chernigov, Zhytomyr/Zhitomir). "
      "Also multi-seed: " + SIEV + " (8941, 8943, 8944; spelled Sievierodonetsk / Severodonetsk / Syevyerodonetsk) and " + PL + " (8940, 8942). Must-not-merge: the barrage vs "
      "Kharkiv shelling (same kind of event); the fall of Sievierodonetsk vs the Lysychansk assault (neighbouring city) and vs the explainer on why the city mattered (theme piece); "
      "Putin's Iskander pledge vs the barrage launched from Belarusian airspace (both about Belarus).")

SEEDS.append(dict(id="8940", name="8940_eskerbrae-listing", ext="html", source="Eskerbrae Daily", zone="Europe/London", render=r_eskerbrae, order="newest",
  title="Ukraine war", lede="All our coverage of Russia's invasion of Ukraine.",
  notes="Invented outlet. HTML topic listing, newest first; each card: h3 headline, standfirst paragraph(s), byline and <time datetime> showing 'Saturday 25 June 2022 4.05pm' (BST, UTC+1) AFTER the text. Entry 04 is a video teaser without body. Spelling 'Zhitomir'. " + D3,
  not_entries=["cookie bar", "header and menu", "h1 'Ukraine war' and topic intro", "byline spans", "'More on the Ukraine war'", "footer"],
  entries=[
  E("2022-06-25 16:05", "Missile barrage: two dead as toll rises in Zhitomir region",
    ["Two people were killed and four injured in the Zhitomir region after Russian missiles struck military targets there on Saturday morning, the regional governor said."],
    "strikes", "strikes", 3, BAR, a="Harriet Lowe"),
  E("2022-06-25 14:30", "Putin promises Belarus nuclear-capable missiles",
    ["Vladimir Putin told Alexander Lukashenko that Russia would hand Belarus Iskander-M missile systems, which can carry conventional or nuclear warheads, in the coming months.",
     "The two leaders met in St Petersburg."],
    "diplomacy", "diplomacy", 3, PL, a="Ewan Dacre", n="Head-of-state meeting; arms for a non-party (Belarus) -> diplomacy primary."),
  E("2022-06-25 11:20", "Shelling hits Kharkiv's northern districts",
    ["Russian artillery struck residential districts in the north of Kharkiv on Saturday morning, wounding three people, the city's mayor Ihor Terekhov said."],
    "strikes", "strikes", 2, "kharkiv-shelling-2022-06-25", a="Harriet Lowe", n="Separate attack from the missile barrage: must not merge."),
  E("2022-06-25 07:30", "Watch: Smoke over Desna after missile strikes", [], "strikes", "strikes", 1, BAR, n="Video teaser without body -> importance 1."),
  E("2022-06-25 06:45", "Dozens of missiles fired at northern and western Ukraine",
    ["Russia launched dozens of missiles at targets across northern and western Ukraine early on Saturday, some of them fired by bombers flying in Belarusian airspace, Ukraine's military said.",
     "The village of Desna in Chernihiv region, home to a large training base, was among the places hit."],
    "strikes", "strikes", 3, BAR, a="Ewan Dacre"),
  ]))

SEEDS.append(dict(id="8941", name="8941_drumskelly-textlive", ext="txt", source="Drumskelly Live", zone="Europe/Kyiv", render=r_drumskelly, order="oldest",
  title="Live: Sievierodonetsk falls as missiles fly from Belarus", dayline="Saturday 25th June", parse_args=["--date", "2022-06-25"],
  lede="Follow the day's events in Ukraine as they happen.",
  notes="Invented outlet. Text live blog, OLDEST first; day line 'Saturday 25th June' without a year and no year anywhere on the page (parse_args --date 2022-06-25); 'Times are Kyiv time' (EEST, UTC+3). Each post: headline, then 'Posted 07:10' AFTER it, body, optional '\u2014 NAME' sign-off. Entry 03 is the day's theme piece (explainer with body); entry 06 repeats entry 02 nearly verbatim (duplicate_of 8941-02). Entry 07 (Zelensky's vow to return the city) is a reaction whose content is the fall, so it shares 02's story. " + D3,
  not_entries=["outlet name and menu", "title and day line", "'Times are Kyiv time'", "lede", "'Posted HH:MM' lines", "'\u2014 NAME' sign-offs", "briefing sign-up line",
               "'This page is no longer being updated ...' and footer"],
  entries=[
  E("2022-06-25 07:10", "Missiles hit Chernihiv region from Belarus",
    ["About 20 missiles were fired at Chernihiv region from the territory and airspace of Belarus before dawn, hitting the village of Desna, Ukraine's northern command said.",
     "There was no immediate word on casualties."],
    "strikes", "strikes", 3, BAR, a="Yulia Marchenko"),
  E("2022-06-25 10:05", "Sievierodonetsk fully occupied, says mayor",
    ["Russian forces have taken full control of Sievierodonetsk after Ukrainian units completed their withdrawal across the river, the city's mayor Oleksandr Striuk said."],
    "other", "frontline", 3, SIEV, a="Yulia Marchenko"),
  E("2022-06-25 11:50", "Explainer: why Sievierodonetsk mattered",
    ["Sievierodonetsk was the last large city in Luhansk region still held by Ukraine, and its capture gives Moscow control of almost the whole province.",
     "Ukrainian commanders argue that holding it for weeks wore down Russian units that will now have to take Lysychansk, on higher ground across the Siverskyi Donets."],
    "other", "frontline", 2, "explainer-why-sievierodonetsk-mattered", a="Adam Brereton", n="Theme piece (explainer with body): own story, importance 2; must not merge with the fall itself."),
  E("2022-06-25 14:20", "Soldier killed as missiles hit Zhytomyr region",
    ["One serviceman was killed and four were wounded when missiles struck a military facility in Zhytomyr region, the regional governor said."],
    "strikes", "strikes", 3, BAR, a="Yulia Marchenko"),
  E("2022-06-25 16:35", "Russians push on Lysychansk from the south",
    ["Russian troops are trying to cut off Lysychansk from the south, the Ukrainian general staff said, adding that fighting was continuing near the city's oil refinery."],
    "other", "frontline", 2, "lysychansk-assault-2022-06-25", a="Adam Brereton", n="Neighbouring city, different event: must not merge with the fall of Sievierodonetsk."),
  E("2022-06-25 19:10", "Sievierodonetsk fully occupied, mayor says",
    ["Russian forces have taken full control of Sievierodonetsk after Ukrainian units completed their withdrawal across the river, mayor Oleksandr Striuk said."],
    "other", "frontline", 1, SIEV, a="Yulia Marchenko", dup="8941-02", n="Near-verbatim repeat of 8941-02 -> importance 1."),
  E("2022-06-25 21:40", "Zelensky: we will return Sievierodonetsk",
    ["President Volodymyr Zelensky said in his nightly address that Ukraine would win back every city it had lost, Sievierodonetsk included."],
    "other", "frontline", 3, SIEV, a="Adam Brereton", n="Reaction whose content is the fall: same story as 8941-02."),
  ]))

SEEDS.append(dict(id="8942", name="8942_tullanagh-worldrss", ext="xml", source="Tullanagh World Desk", zone="America/New_York", render=r_rssworld, order="newest",
  title="Tullanagh World Desk", url="https://tullanagh.example/world", guid="twd", rfc="offset",
  lede="International headlines from the Tullanagh World Desk",
  notes="Invented outlet. General world-news RSS 2.0 feed (US East Coast), newest first; pubDate with -0400 (EDT); 4 of 6 items off-beat. The last item is dated Friday 24 June LOCAL time (21:30 EDT) but is 01:30 UTC on 25 June, the day of this set. " + D3,
  not_entries=["channel title, link, description, language, ttl", "category labels"],
  entries=[
  OFF("2022-06-25 15:40", "Abortion-rights protests continue across US for second day",
    ["Demonstrators gathered in cities across the United States for a second day after the Supreme Court ended the constitutional right to abortion."],
    "us-abortion-ruling-protests", n="US politics"),
  OFF("2022-06-25 12:55", "Biden signs first major gun law in decades",
    ["President Joe Biden signed a bipartisan bill that tightens background checks for young gun buyers and funds mental health programmes, a month after a school shooting in Texas."],
    "us-gun-safety-law-signed", n="US politics"),
  E("2022-06-25 10:40", "Putin says Russia will supply Belarus with Iskander missiles",
    ["Russia will deliver Iskander-M short-range missile systems to Belarus within months, President Vladimir Putin said at a meeting with the Belarusian leader Alexander Lukashenko."],
    "diplomacy", "diplomacy", 3, PL),
  OFF("2022-06-25 06:15", "Heat advisories issued for millions in central US",
    ["Forecasters issued heat advisories for parts of a dozen states in the central United States, warning of temperatures close to 40C over the weekend."],
    "us-heat-advisories", n="weather"),
  E("2022-06-25 03:20", "Russia fires missile barrage at Ukraine from Belarusian airspace",
    ["Russian bombers flying over Belarus launched a barrage of missiles at northern Ukraine early on Saturday, Ukraine's military said, in what officials called an attempt to drag Minsk into the war."],
    "strikes", "strikes", 3, BAR),
  OFF("2022-06-24 21:30", "Glastonbury returns after three-year break",
    ["Tens of thousands of music fans gathered at Worthy Farm in Somerset as the Glastonbury Festival returned for the first time since 2019."],
    "glastonbury-returns", n="music; local Friday evening, UTC Saturday"),
  ]))
SEEDS[-1]["entries"][2]["cat"] = "Europe"; SEEDS[-1]["entries"][4]["cat"] = "Europe"

SEEDS.append(dict(id="8943", name="8943_quillabeg-atom", ext="xml", source="Quillabeg Herald", zone="UTC", render=r_atom, order="newest",
  title="Quillabeg Herald - Europe", url="https://quillabeg.example/europe", lede="European news from the Quillabeg Herald",
  notes="Invented outlet. Atom 1.0, newest first, <published> in UTC ('Z'), author per entry. Spellings 'Severodonetsk', 'Chernigov', 'Zhitomir'. " + D3,
  not_entries=["feed title, subtitle, link, id, updated", "entry ids and links"],
  entries=[
  E("2022-06-25 17:15", "US-made rocket launchers in action, says Kyiv",
    ["Ukraine's defence minister Oleksii Reznikov said the first US-supplied HIMARS rocket launchers had reached the front and were already being used against Russian positions."],
    "aid", "aid", 2, "himars-in-action-2022-06-25", a="Callum Brise"),
  E("2022-06-25 13:15", "Severodonetsk in Russian hands after Ukrainian withdrawal",
    ["Severodonetsk, the industrial city in eastern Ukraine that saw weeks of street fighting, is now fully controlled by Russian forces, officials on both sides said."],
    "other", "frontline", 3, SIEV, a="Callum Brise"),
  E("2022-06-25 09:30", "Chernigov region: missile strikes target military sites",
    ["Missiles launched from Belarus struck military infrastructure in the Chernigov and Zhitomir regions early on Saturday, killing at least one serviceman, according to Ukrainian officials."],
    "strikes", "strikes", 3, BAR, a="Niamh Corrigan"),
  E("2022-06-25 06:20", "Ukraine says attacks near Bakhmut repelled",
    ["The Ukrainian general staff said its troops had repelled Russian assaults on several villages on the approaches to Bakhmut over the past day."],
    "other", "frontline", 2, "bakhmut-approaches-attacks-2022-06-25", a="Niamh Corrigan"),
  ]))

SEEDS.append(dict(id="8944", name="8944_cappagh-article", ext="html", source="Cappagh Bridge Times", zone="Europe/Warsaw", render=r_cappagh, order="same",
  title="Syevyerodonetsk lost, missiles from Belarus: Ukraine's grim Saturday", byline="Tomasz Wierzba", published="2022-06-25 19:40",
  lede="Ukraine concedes a city it defended for weeks while Russia fires missiles from its neighbour's skies.", related="Poland's border towns brace for a long war",
  notes="Invented outlet. HTML article with three h2 sections and NewsArticle JSON-LD; one entry per section, stamp null, published = the visible dateline '25.06.2022, 19:40' (Warsaw, CEST = UTC+2; JSON-LD datePublished agrees). Page byline as author. Spelling 'Syevyerodonetsk'. " + D3,
  not_entries=["header and menu", "h1 title", "lead paragraph", "byline and dateline", "'Share this article'", "'Related:' link", "footer"],
  entries=[
  E("2022-06-25 19:40", "Syevyerodonetsk abandoned",
    ["Ukraine's last defenders have left Syevyerodonetsk after a month of fighting that reduced much of the city to ruins, the governor of Luhansk region confirmed on Saturday.",
     "He said the troops had taken up new positions in Lysychansk."],
    "other", "frontline", 3, SIEV, a="Tomasz Wierzba"),
  E("2022-06-25 19:40", "Missiles launched from over Belarus",
    ["Ukraine says around 50 missiles were fired at its territory on Saturday, a large share of them from bombers over Belarus, with strikes reported in the Chernihiv, Zhytomyr and Lviv regions.",
     "Two people were reported killed."],
    "strikes", "strikes", 3, BAR, a="Tomasz Wierzba"),
  E("2022-06-25 19:40", "Johnson warns against a bad peace",
    ["British Prime Minister Boris Johnson warned that pressing Ukraine into a quick settlement on Russia's terms would reward aggression and store up trouble for the future.",
     "He spoke on the sidelines of the Commonwealth summit in Rwanda before travelling to the G7 meeting in Germany."],
    "diplomacy", "diplomacy", 3, "johnson-warns-against-bad-peace", a="Tomasz Wierzba", n="Head-of-government diplomatic statement -> 3."),
  ]))


# ============================================================ emit
BASIS = {
  "r_newry": "stamp '{s}' after the headline (full date, 12-hour clock, no zone printed); UK local time implied by the outlet, BST = UTC+1",
  "r_impartial": "visible '{s}' in <time datetime> under the date line 'Monday 13 June 2022'; UK local (BST = UTC+1); JSON-LD update datePublished agrees",
  "r_tyrone": "bare '{s}' under the day line 'Monday 20 June' (no year on the page: parse_args --date 2022-06-20); 'All times are local' = UK, BST = UTC+1",
  "r_ballymena": "relative '{s}' counted back from the printed 'Last updated 15:40' on 'Thursday, 4 August 2022' (rounded down); <time datetime> gives the exact time (+01:00)",
  "r_coleraine": "no per-section time; the article dateline 'Sunday, 4 December 2022, 6:05 pm' (UK local, GMT = UTC) used for every section",
  "r_portadown": "bare '{s}'; date from 'Published 10th Aug 2022, 17:30 BST' walking the newest-first posts back in time: the posts above 23:20 are after local midnight (11 Aug BST, still 10 Aug UTC), consistent with 'Updated 11th Aug 2022, 00:45 BST'",
  "r_lurgan": "'{s}' at the start of the section heading; date from 'Published 11th Dec 2022, 17:40 GMT' (GMT = UTC)",
  "r_banbridge": "pubDate '{s}' (explicit GMT); local BST = UTC+1",
  "r_mourne": "bare '{s}' in the 'By NAME | HH:MM' line under the day line 'Sunday 18th December' (no year: parse_args --date 2022-12-18); UK local, GMT = UTC",
  "r_fermanagh": "pubDate '{s}' (explicit +0000)",
  "r_dunvarragh": "stamp '{s}' after the headline, on the page's date {d}; BST = UTC+1",
  "r_feltwater": "visible '{s}' in <time datetime> (+03:00) on {d}; 'All times are Kyiv time (EEST)'; JSON-LD update time agrees",
  "r_rssworld": "pubDate '{s}' (explicit zone)",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_corraneen": "no per-section time; the article dateline ({d}, IST = Irish Standard Time, UTC+1) used for every section",
  "r_eskerbrae": "stamp '{s}' in <time datetime> (+01:00, BST) after the card text",
  "r_drumskelly": "'{s}' after the headline, under the day line 'Saturday 25th June' (no year: parse_args --date 2022-06-25); Kyiv EEST = UTC+3",
  "r_cappagh": "no per-section time; the visible dateline '25.06.2022, 19:40' (Warsaw, CEST = UTC+2) used for every section; JSON-LD datePublished agrees",
}


def main():
    for sub in ("seeds", "gold"):
        os.makedirs(os.path.join(ROOT, sub), exist_ok=True)
        for f in os.listdir(os.path.join(ROOT, sub)):
            os.remove(os.path.join(ROOT, sub, f))
    total = 0
    for S in SEEDS:
        times = [dt(e["t"], S["zone"]) for e in S["entries"]]
        if S["order"] == "newest":
            assert times == sorted(times, reverse=True), S["id"]
        elif S["order"] == "oldest":
            assert times == sorted(times), S["id"]
        else:
            assert len(set(times)) == 1, S["id"]
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
                         "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), z=S["zone"]),
                         "author": e["a"],
                         "first_sentence": first_sentence(e["p"][0]) if e["p"] else None,
                         "body_paragraphs": len(e["p"]),
                         "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                         "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"],
                         "notes": e["n"] or None})
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

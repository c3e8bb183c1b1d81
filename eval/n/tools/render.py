"""Page renderers for eval/n (imported by build.py). Each returns (page_text, [stamp text per entry])."""
import json, html, re
from datetime import datetime
from zoneinfo import ZoneInfo

UTC = ZoneInfo("UTC")

def esc(s):
    return html.escape(s, quote=False)

def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))

def ampm(d, sep=":", style="pm"):
    h = d.hour % 12 or 12
    suf = {"pm": ("am", "pm"), "PM": (" AM", " PM"), "p.m.": (" a.m.", " p.m.")}[style][d.hour >= 12]
    return f"{h}{sep}{d.minute:02d}{suf}"

def paras(ps):
    return sum([[p, ""] for p in ps], [])

def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:60]

# ------------------------------------------------------------------ Part A
def r_time(S):
    """Time-style live updates: HTML + LiveBlogPosting JSON-LD with correct per-update times; author above time."""
    z = S["zone"]; url = S["url"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{url}#update-{i+1}", "headline": e["h"], "datePublished": d.isoformat(),
             "dateModified": d.isoformat(), "articleBody": "\n".join(e["p"]) if e["p"] else ""}
        if e["a"]: u["author"] = [{"@type": "Person", "name": e["a"]}]
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": url, "url": url, "headline": S["title"],
          "coverageStartTime": first.isoformat(), "coverageEndTime": last.isoformat(), "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "publisher": {"@type": "NewsMediaOrganization", "name": "TIME"}, "liveBlogUpdate": ups}
    o = ['<!doctype html><html lang="en-US"><head><meta charset="utf-8">',
         f"<title>{esc(S['title'])} | TIME</title>",
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
         '<header class="site-header"><a class="logo" href="/">TIME</a><nav><a href="/section/world/">World</a><a href="/section/politics/">Politics</a><a href="/section/health/">Health</a><a href="/section/business/">Business</a><a href="/subscribe/">Subscribe</a></nav></header>',
         '<main><div class="article-header"><a class="section-label" href="/section/world/">World</a>',
         f'<h1 class="headline">{esc(S["title"])}</h1>',
         f'<h2 class="summary">{esc(S["lede"])}</h2>',
         f'<div class="timestamp">{esc(S["datetext"])}</div></div>',
         '<div class="live-updates">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, style="PM") + " EDT"; stamps.append(st)
        o.append(f'<div class="live-update" id="update-{i+1}">')
        if e["a"]: o.append(f'<div class="byline">By <a href="/author/{slug(e["a"])}/">{esc(e["a"])}</a></div>')
        o.append(f'<time datetime="{d.isoformat()}">{st}</time>')
        o.append(f'<h3 class="live-update-headline">{esc(e["h"])}</h3>')
        if not e["p"]: o.append('<div class="video-embed" data-src="jw-player"></div>')
        for p in e["p"]: o.append(f"<p>{esc(p)}</p>")
        o.append('<div class="share"><span>Share</span> <span>Copy link</span></div></div>')
        if i == 2: o.append('<div class="ad-slot"><span>Advertisement</span></div><aside class="newsletter"><p>Sign up for The D.C. Brief, TIME\'s politics newsletter.</p><button>Sign Up Now</button></aside>')
    o.append('</div><section class="more"><h4>More Must-Reads from TIME</h4><ul><li><a href="/a">How the war changed Europe\'s energy map</a></li><li><a href="/b">Inside the Pentagon\'s weapons pipeline</a></li></ul></section></main>')
    o.append('<footer><p>© 2022 TIME USA, LLC. All Rights Reserved.</p><p>Privacy Policy · Your Privacy Choices · Terms of Use</p></footer></body></html>')
    return "\n".join(o) + "\n", stamps

def r_mediazona(S):
    """Mediazona-style live feed scrape: stamp line then body; no headlines; Moscow time stated once."""
    z = S["zone"]
    L = ["Mediazona", "News   Articles   Live   Data   Donate", "RU | EN", "", S["title"], "", S["lede"], "",
         S["datetext"], S["tznote"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M"); stamps.append(st)
        L += [st, ""] + paras(e["p"])
        if i == 2: L += ["Mediazona needs your support. We are an independent outlet blocked in Russia. Donate", ""]
        if i == 4: L += ["Copy link", ""]
    L += ["Subscribe to our Telegram channel for hourly updates", "", "© 2023 Mediazona. Any use of materials requires an active link."]
    return "\n".join(L) + "\n", stamps

def rel(ref, d):
    m = int((ref - d).total_seconds() // 60)
    if m == 0: return "just now"
    if m < 60: return f"{m} minutes ago"
    h = m // 60; assert m % 60 == 0, "relative stamps must be whole hours"
    return "1 hour ago" if h == 1 else f"{h} hours ago"

def r_reddit(S):
    """Reddit live-thread copy-paste: body first, then 'N minutes ago by /u/name'; absolute refresh time in the header."""
    z = S["zone"]; ref = dt(S["refreshed"], z)
    L = ["Skip to main content", "r/worldnews", "Search Reddit", "Log In", "", "LIVE", S["title"], "",
         "Updates on Russia's invasion of Ukraine. Please post sources. Sorted by new.",
         S["refreshtext"], "", "Join the discussion thread | Rules | Report a problem", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rel(ref, d); stamps.append(st)
        L += paras(e["p"])
        L += [f"{st} by /u/{e['a']}", "permalink  ·  report", ""]
        if i == 1: L += ["Promoted", "Stay informed — get breaking alerts in the app", ""]
    L += ["Load more updates", "", "reddit inc © 2022. all rights reserved"]
    return "\n".join(L) + "\n", stamps

def r_express(S):
    """Express-style text live blog: headline line, then stamp line ('8.55pm'), then body; Key Points block."""
    z = S["zone"]
    L = ["EXPRESS", "Home  News  Politics  Royal  Sport  Finance  Travel  Entertainment  Lifestyle", "Sign in", "",
         "World", "", S["title"], "", S["lede"], "", "By " + S["author"], "Senior News Reporter", "",
         S["updtext"], "", "Key Points", ""] + [e["h"] for e in S["entries"] if e["kp"]] + [""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep=".", style="pm"); stamps.append(st)
        L += [e["h"], st, ""] + paras(e["p"])
        if i == 1: L += ["Advertisement", "", "Don't miss...", "Putin's tanks 'running out' as losses mount [ANALYSIS]", "Pensioners face winter fuel shock [LATEST]", ""]
        if i == 4: L += ["Sign up for our free World newsletter", "We use your sign-up to provide content in ways you've consented to. More info", ""]
    L += ["Comments", "", "We use cookies to improve your experience. Accept all | Manage"]
    return "\n".join(L) + "\n", stamps

def r_nato_rss(S):
    """NATO-style RSS: pubDate with -0400, description is entity-escaped HTML (not CDATA)."""
    z = S["zone"]
    o = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', "<channel>",
         f"<title>{esc(S['title'])}</title>", "<link>https://www.nato.int/cps/en/natohq/news.htm</link>",
         "<description>Latest news from NATO</description>", "<language>en</language>",
         f"<lastBuildDate>{dt(S['entries'][0]['t'], z).strftime('%a, %d %b %Y %H:%M:%S %z')}</lastBuildDate>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        o += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://www.nato.int/cps/en/natohq/news_{227400 + i}.htm</link>",
              f'<guid isPermaLink="true">https://www.nato.int/cps/en/natohq/news_{227400 + i}.htm</guid>', f"<pubDate>{st}</pubDate>"]
        o.append("<description>" + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</description>")
        o.append("</item>")
    o += ["</channel>", "</rss>"]
    return "\n".join(o) + "\n", stamps

def r_president(S):
    """Presidential office news list: headline link, then 'D Month YYYY - HH:MM' (Kyiv, not stated), then text."""
    z = S["zone"]
    o = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>' + esc(S["title"]) + "</title></head><body>",
         '<div class="header"><a href="/en">Official website of the President of Ukraine</a><div class="lang">УКР | ENG</div>',
         '<ul class="menu"><li><a href="/en/news">News</a></li><li><a href="/en/news/speeches">Addresses</a></li><li><a href="/en/documents">Documents</a></li><li><a href="/en/president">President</a></li></ul></div>',
         '<div class="content"><h1>' + esc(S["title"]) + "</h1>",
         '<div class="filters">All news | Addresses | Meetings | Visits</div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {d.strftime('%B %Y')} - {d.strftime('%H:%M')}"; stamps.append(st)
        o.append('<div class="item_stat cat_stat">')
        o.append(f'<h3><a href="/en/news/{slug(e["h"])}-{85100 + i}">{esc(e["h"])}</a></h3>')
        o.append(f'<p class="date">{st}</p><div class="text">')
        for p in e["p"]: o.append(f"<p>{esc(p)}</p>")
        o.append('</div><div class="share">Share: Facebook Twitter Telegram</div></div>')
    o.append('<div class="pager">1 2 3 ... 2418 &gt;</div></div><div class="footer"><p>All content on this site is licensed under Creative Commons Attribution 4.0 International</p></div></body></html>')
    return "\n".join(o) + "\n", stamps

def r_ansa(S):
    """ANSA English-style news list: date+time span before headline, '(ANSA) - PLACE, FEB 21 -' dateline in first paragraph."""
    z = S["zone"]
    o = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>' + esc(S["title"]) + "</title></head><body>",
         '<div id="header"><a href="/">ANSA.it</a> <span>English</span><ul class="nav"><li>News</li><li>Politics</li><li>Business</li><li>World</li><li>Culture</li><li>Sport</li></ul></div>',
         '<div class="breadcrumb">ANSA.it &gt; English &gt; News &gt; World</div>',
         '<h1>' + esc(S["title"]) + "</h1>", '<p class="tz">' + esc(S["tznote"]) + "</p>", '<div class="news-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {d.strftime('%B %Y %H:%M')}"; stamps.append(st)
        o.append('<article class="news">')
        o.append(f'<span class="news-date">{st}</span>')
        o.append(f'<h2><a href="/english/news/world/2023/02/21/{slug(e["h"])}_{i}.html">{esc(e["h"])}</a></h2>')
        for p in e["p"]: o.append(f"<p>{esc(p)}</p>")
        o.append('<p class="credits">ALL RIGHTS RESERVED © Copyright ANSA</p></article>')
        if i == 3: o.append('<div class="adv">ADVERTISING</div>')
    o.append('</div><div class="footer">P.IVA IT00876481003 - © Copyright ANSA - All rights reserved</div></body></html>')
    return "\n".join(o) + "\n", stamps

def r_mod(S):
    """Ministry of Defence news page text scrape: headline, 'dd.mm.yyyy HH:MM', body, 'Read more'."""
    z = S["zone"]
    L = ["Ministry of Defence of Ukraine", "Українською | English", "", "Ministry   News   Press releases   Documents   Contacts", "",
         "Home / News", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%d.%m.%Y %H:%M"); stamps.append(st)
        L += [e["h"], st, ""] + paras(e["p"]) + ["Read more", ""]
    L += ["Previous page  1  2  3  Next page", "", "Follow us: Facebook | Telegram | YouTube", "© 2023 Ministry of Defence of Ukraine. Citing materials requires a hyperlink."]
    return "\n".join(L) + "\n", stamps

def r_sun(S):
    """Sun-style live blog: capitalised post headlines, author and '22:40, 13 May 2023' above; JSON-LD updates all carry the page's time."""
    z = S["zone"]; url = S["url"]
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": first.isoformat(), "dateModified": last.isoformat(),
            "articleBody": " ".join(e["p"])[:300], "url": f"{url}#live-{i}"} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": url,
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "author": [{"@type": "Person", "name": S["pageauthor"]}], "liveBlogUpdate": ups}
    o = ['<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>' + esc(S["title"]) + " | The Sun</title>",
         '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
         '<div class="cookie-banner">We use cookies to give you the best experience. <button>Accept</button></div>',
         '<header><a class="logo" href="/">The Sun</a><nav><a href="/news/">News</a><a href="/sport/">Sport</a><a href="/tvandshowbiz/">TV</a><a href="/money/">Money</a></nav></header>',
         '<article class="live-blog"><div class="article__kicker">LIVE</div>', '<h1 class="article__headline">' + esc(S["title"]) + "</h1>",
         '<p class="article__subdeck">' + esc(S["lede"]) + "</p>",
         '<div class="article__byline">' + esc(S["pageauthor"]) + '</div><div class="article__published">' + esc(S["pubtext"]) + "</div>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.strftime('%H:%M')}, {d.day} {d.strftime('%B %Y')}"; stamps.append(st)
        o.append(f'<div class="live-blog-post" id="live-{i}">')
        o.append(f'<div class="live-blog-post__meta"><span class="author">{esc(e["a"])}</span><span class="time">{st}</span></div>' if e["a"] else f'<div class="live-blog-post__meta"><span class="time">{st}</span></div>')
        o.append(f"<h2>{esc(e['h'])}</h2>")
        if not e["p"]: o.append('<div class="video-player">Video</div>')
        for p in e["p"]: o.append(f"<p>{esc(p)}</p>")
        o.append("</div>")
        if i == 1: o.append('<div class="rail">MOST READ IN NEWS</div><div class="advert">Advertisement</div>')
    o.append('</article><footer><p>© News Group Newspapers Limited in England No. 679215.</p></footer></body></html>')
    return "\n".join(o) + "\n", stamps

def r_joomla_atom(S):
    """Joomla-style Atom (Helsinki Times): +03:00 offsets, per-entry author, content type html."""
    z = S["zone"]
    o = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-gb">',
         f"<title type=\"text\">{esc(S['title'])}</title>", '<subtitle type="text">News from Finland in English</subtitle>',
         '<link rel="alternate" type="text/html" href="https://www.helsinkitimes.fi"/>', "<id>https://www.helsinkitimes.fi/finland.feed?type=atom</id>",
         f"<updated>{dt(S['entries'][0]['t'], z).isoformat()}</updated>", '<generator uri="https://www.joomla.org">Joomla! - Open Source Content Management</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        o += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link rel="alternate" type="text/html" href="https://www.helsinkitimes.fi/finland/{23500 + i}-{slug(e["h"])}.html"/>',
              f"<published>{st}</published>", f"<updated>{st}</updated>", f"<id>https://www.helsinkitimes.fi/finland/{23500 + i}</id>"]
        o.append(f"<author><name>{esc(e['a'] or 'HT')}</name></author>")
        body = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        o.append(f'<summary type="html">{esc(body)}</summary>')
        o.append(f'<category term="{esc(e["cat"])}" />' if e.get("cat") else '<category term="Finland" />')
        o.append("</entry>")
    o.append("</feed>")
    return "\n".join(o) + "\n", stamps

# ------------------------------------------------------------------ Part B
def r_textlive_b(S):
    """text live blog; S['order'] is 'old' or 'new'; stamp style S['stampfmt']; line layout S['layout']."""
    z = S["zone"]; L = list(S["head"])
    if S.get("keypoints"):
        L += ["Key Points", ""] + ["- " + e["h"] for e in S["entries"] if e["kp"]] + [""]
    L += list(S.get("head2", []))
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = S["stampfmt"](d); stamps.append(st)
        if S["layout"] == "stamp|head":
            L.append(f"{st} | {e['h']}")
        elif S["layout"] == "stamp/head":
            L += [st, e["h"]]
        L.append("")
        L += paras(e["p"])
        if e["a"]: L += ["– " + e["a"], ""]
        if i in S.get("chrome_after", {}): L += [S["chrome_after"][i], ""]
    L += list(S["foot"])
    return "\n".join(L) + "\n", stamps

def r_ldlive_b(S):
    """HTML live blog + plain LiveBlogPosting JSON-LD with true per-update times; <time datetime>; newest first."""
    z = S["zone"]; url = S["url"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{url}#p{i+1}", "headline": e["h"], "datePublished": d.isoformat(), "articleBody": " ".join(e["p"])}
        if e["a"]: u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": url, "headline": S["title"], "coverageStartTime": first.isoformat(),
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "liveBlogUpdate": ups,
          "publisher": {"@type": "Organization", "name": S["source"]}}
    o = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>' + esc(S["title"]) + " — " + esc(S["source"]) + "</title>",
         '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
         '<header><a href="/">' + esc(S["source"]) + '</a> <a href="/europe">Europe</a> <a href="/ukraine">Ukraine</a> <a href="/donate">Support us</a></header>',
         "<main><h1>" + esc(S["title"]) + "</h1>", '<p class="intro">' + esc(S["lede"]) + "</p>", '<p class="note">' + esc(S["tznote"]) + "</p>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M"); stamps.append(st)
        o.append(f'<article class="entry" id="p{i+1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        for p in e["p"]: o.append(f"<p>{esc(p)}</p>")
        if e["a"]: o.append(f'<p class="signed">Reporting by {esc(e["a"])}</p>')
        o.append("</article>")
        if i == 2: o.append('<div class="inline-promo">Related: <a href="/x">A year of winter attacks on Ukraine\'s grid</a></div>')
    o.append("</main><footer>© " + esc(S["source"]) + " · About · Contact</footer></body></html>")
    return "\n".join(o) + "\n", stamps

def r_rss_b(S):
    z = S["zone"]
    o = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">', "<channel>",
         f"<title>{esc(S['title'])}</title>", f"<link>{S['link']}</link>", f"<description>{esc(S['desc'])}</description>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = S["fmt"](d); stamps.append(st)
        o += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['link']}/{slug(e['h'])}</link>",
              f'<guid isPermaLink="false">{S["fid"]}-{i+1:02d}</guid>', f"<pubDate>{st}</pubDate>"]
        if e["a"]: o.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        if e.get("cat"): o.append(f"<category>{esc(e['cat'])}</category>")
        o.append("<description><![CDATA[" + "".join(f"<p>{p}</p>" for p in e["p"]) + "]]></description>")
        o.append(f'<media:thumbnail url="{S["link"]}/img/{i+1}.jpg" />')
        o.append("</item>")
    o += ["</channel>", "</rss>"]
    return "\n".join(o) + "\n", stamps

def r_textarticle_b(S):
    L = list(S["head"]); stamps = []
    for e in S["entries"]:
        stamps.append(None); L += [e["h"], ""] + paras(e["p"])
    L += list(S["foot"])
    return "\n".join(L) + "\n", stamps

def r_atom_b(S):
    z = S["zone"]
    o = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
         f'<link href="{S["link"]}" rel="alternate"/>', f'<link href="{S["link"]}/atom.xml" rel="self"/>', f"<id>{S['link']}/</id>",
         f"<updated>{dt(S['entries'][0]['t'], z).astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"); stamps.append(st)
        o += ["<entry>", f"<title type=\"text\">{esc(e['h'])}</title>", f'<link href="{S["link"]}/{slug(e["h"])}" rel="alternate"/>',
              f"<id>urn:uuid:{S['fid']}-{i+1:04d}-4000-8000-000000000000</id>", f"<updated>{st}</updated>", f"<published>{st}</published>"]
        if e["a"]: o.append(f"<author><name>{esc(e['a'])}</name></author>")
        o.append('<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "</div></content>")
        o.append("</entry>")
    o.append("</feed>")
    return "\n".join(o) + "\n", stamps

def r_htmllive_b(S):
    """HTML live blog without JSON-LD; '4.25pm' stamp in a span after the headline; author line; date divider."""
    z = S["zone"]
    o = ['<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>' + esc(S["title"]) + "</title></head><body>",
         '<div class="topbar"><a href="/">' + esc(S["source"]) + '</a> | <a href="/news">News</a> | <a href="/world">World</a> | <a href="/newsletters">Newsletters</a></div>',
         "<main><h1>" + esc(S["title"]) + "</h1>", '<p class="standfirst">' + esc(S["lede"]) + "</p>",
         '<div class="date-divider">' + esc(S["datetext"]) + "</div>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep=".", style="pm"); stamps.append(st)
        o.append('<div class="block"><h3 class="block-title">' + esc(e["h"]) + '</h3><span class="block-time">' + st + "</span>")
        if e["a"]: o.append('<span class="block-byline">' + esc(e["a"]) + "</span>")
        for p in e["p"]: o.append("<p>" + esc(p) + "</p>")
        o.append("</div>")
        if i == 3: o.append('<div class="mpu">Advertisement</div>')
    o.append('<p class="older"><a href="?page=2">Older posts</a></p></main><footer>' + esc(S["source"]) + " · Cookie settings · Terms</footer></body></html>")
    return "\n".join(o) + "\n", stamps

def r_graphlive_b(S):
    """HTML live blog + JSON-LD @graph with @type array; AP-style '3:45 p.m.' stamps; zone note."""
    z = S["zone"]; url = S["url"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{url}#post-{i+1}", "headline": e["h"], "datePublished": d.isoformat()}
        if e["p"]: u["articleBody"] = " ".join(e["p"])
        if e["a"]: u["author"] = [{"@type": "Person", "name": e["a"]}]
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    node = {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": url + "#article", "headline": S["title"], "datePublished": first.isoformat(),
            "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups}
    ld = {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "@id": url.split("/live")[0] + "/#website", "name": S["source"]},
          {"@type": "WebPage", "@id": url, "isPartOf": {"@id": url.split("/live")[0] + "/#website"}}, node]}
    o = ['<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>' + esc(S["title"]) + " | " + esc(S["source"]) + "</title>",
         '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
         '<header><a href="/">' + esc(S["source"]) + '</a><nav>U.S. · World · Politics · Business · Sports</nav></header>',
         "<main><h1>" + esc(S["title"]) + "</h1>", '<p class="dek">' + esc(S["lede"]) + "</p>", '<p class="tz">' + esc(S["tznote"]) + "</p>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, style="p.m."); stamps.append(st)
        o.append(f'<section class="post" id="post-{i+1}"><h2>{esc(e["h"])}</h2><div class="meta"><span class="ts">{st}</span>')
        o.append(f' <span class="by">By {esc(e["a"])}</span></div>' if e["a"] else "</div>")
        if not e["p"]: o.append('<figure class="video"><figcaption>Video</figcaption></figure>')
        for p in e["p"]: o.append(f"<p>{esc(p)}</p>")
        o.append("</section>")
    o.append("</main><footer>© 2025 " + esc(S["source"]) + ". All rights reserved.</footer></body></html>")
    return "\n".join(o) + "\n", stamps

def r_htmlarticle_b(S):
    z = S["zone"]; pub = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": pub.isoformat(),
          "author": {"@type": "Person", "name": S["author"]}, "publisher": {"@type": "Organization", "name": S["source"]}}
    o = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + esc(S["title"]) + " - " + esc(S["source"]) + "</title>",
         '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
         '<header>' + esc(S["source"]) + ' <a href="/world">World</a> <a href="/politics">Politics</a></header><article>',
         "<h1>" + esc(S["title"]) + "</h1>", '<div class="byline">By ' + esc(S["author"]) + '</div><div class="dateline">' + esc(S["datetext"]) + "</div>"]
    for p in S["entries"][0]["p"]: o.append("<p>" + esc(p) + "</p>")
    o.append('<aside class="related"><h4>Read more</h4><a href="/a">The long road to Anchorage</a></aside></article><footer>' + esc(S["source"]) + "</footer></body></html>")
    return "\n".join(o) + "\n", [S["datetext"]]

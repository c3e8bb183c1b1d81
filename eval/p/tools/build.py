#!/usr/bin/env python3
"""Builds eval/p seeds and gold from the hand-written data below (all news text invented or paraphrased).
Run from anywhere: python3 eval/p/tools/build.py"""
import json, html, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")

def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None, rep=None):
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n, rep=rep)

def OFF(t, h, p, st, n, a=None):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)

ABBR = ("U.S.", "Gen.", "Mr.", "Mrs.", "Dr.", "St.", "Lt.", "Col.", "No.")
def first_sentence(par):
    for m in re.finditer(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z"\u201c\u2018]|$)', par):
        if par[:m.end()].endswith(ABBR): continue
        return par[:m.end()]
    return par

def esc(s):
    return html.escape(s, quote=False)

def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))

def ampm(d, sep=":", dots=False, upper=False, space=""):
    suf = ("a.m." if d.hour < 12 else "p.m.") if dots else ("am" if d.hour < 12 else "pm")
    if upper: suf = suf.upper()
    return f"{d.hour % 12 or 12}{sep}{d.minute:02d}{space}{suf}"

def paras(e):
    return sum([[p, ""] for p in e["p"]], [])

def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:60]

# ====================================================================== renderers (Part A)
def r_hurriyet(S):
    z = S["zone"]
    L = ["Hürriyet Daily News", "", "TÜRKİYE  ECONOMY  WORLD  OPINION  LIFE  SPORTS  PHOTOS", "",
         "This website uses cookies to offer you a better browsing experience. Accept", "", "Home > World", "", "WORLD", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%B %-d %Y %H:%M:%S"); stamps.append(st)
        L += [e["h"], "", e["city"], st, ""] + paras(e)
        L += ["SHARE", "Facebook  Twitter  WhatsApp", ""]
        if i == 1: L += ["ADVERTISEMENT", ""]
        if i == 3: L += ["MOST READ", "Tourist arrivals to Antalya beat pre-pandemic record", "Istanbul marks 15 July anniversary with ceremonies", ""]
    L += ["All times on this page are Türkiye time (GMT+03:00).", "", "© 2022 Hürriyet Daily News. All rights reserved."]
    return "\n".join(L) + "\n", stamps

def r_rss_generic(S):
    """RSS 2.0; S['fmt'] formats pubDate; S['desc_mode'] = 'plain' | 'cdata' | 'escaped'"""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">', "<channel>",
           f"<title>{esc(S['title'])}</title>", f"<link>{S['link']}</link>", f"<description>{esc(S['desc'])}</description>",
           f"<language>en</language>", f"<lastBuildDate>{S['fmt'](dt(S['entries'][0]['t'], z))}</lastBuildDate>"]
    if S.get("image"): out.append(f"<image><url>{S['image']}</url><title>{esc(S['title'])}</title><link>{S['link']}</link></image>")
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = S["fmt"](d); stamps.append(st)
        out.append("<item>")
        out.append(f"<title>{esc(e['h'])}</title>")
        out.append(f"<link>{S['link']}/{e.get('sect','world')}/{d.strftime('%Y/%m/%d')}/{slugify(e['h'])}</link>")
        out.append(f'<guid isPermaLink="false">{S["guidp"]}{S["id"]}{i+1:03d}</guid>')
        out.append(f"<pubDate>{st}</pubDate>")
        if e["a"]: out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        if e.get("cat"): out.append(f"<category>{esc(e['cat'])}</category>")
        mode = S["desc_mode"]
        if not e["p"]:
            out.append("<description></description>")
        elif mode == "plain":
            out.append("<description>" + esc(" ".join(e["p"])) + "</description>")
        elif mode == "cdata":
            out.append("<description><![CDATA[" + "".join(f"<p>{p}</p>" for p in e["p"]) + "]]></description>")
        else:
            out.append("<description>" + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</description>")
        out.append("</item>")
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps

def r_atom_generic(S):
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
           f"<title>{esc(S['title'])}</title>", f'<link href="{S["link"]}" rel="alternate"/>', f'<link href="{S["link"]}/feed.atom" rel="self"/>',
           f"<id>{S['link']}/</id>", f"<updated>{S['fmt'](dt(S['entries'][0]['t'], z))}</updated>"]
    if S.get("subtitle"): out.append(f"<subtitle>{esc(S['subtitle'])}</subtitle>")
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = S["fmt"](d); stamps.append(st)
        out.append("<entry>")
        out.append(f'<title type="text">{esc(e["h"])}</title>')
        out.append(f'<link rel="alternate" href="{S["link"]}/{slugify(e["h"])}"/>')
        out.append(f"<id>tag:{S['tag']},{d.strftime('%Y-%m-%d')}:/{S['id']}/{i+1}</id>")
        out.append(f"<published>{st}</published>")
        out.append(f"<updated>{st}</updated>")
        if e["a"]: out.append(f"<author><name>{esc(e['a'])}</name></author>")
        if S.get("cat"): out.append(f'<category term="{S["cat"]}"/>')
        if e["p"]:
            if S.get("summary_first"):
                out.append(f'<summary type="text">{esc(e["p"][0])}</summary>')
            body = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
            out.append(f'<content type="html">{esc(body)}</content>')
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps

def r_breakingdefense(S):
    z = S["zone"]; pub = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": pub.isoformat(),
          "dateModified": pub.isoformat(), "author": [{"@type": "Person", "name": S["author"]}],
          "publisher": {"@type": "Organization", "name": "Breaking Defense"}, "articleSection": "Land"}
    datetext = pub.strftime("%B %-d, %Y at %-I:%M %p")
    out = ['<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>' + esc(S["title"]) + " - Breaking Defense</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<div class="top-bar"><a href="/">Breaking Defense</a> <a href="/category/air/">Air</a> <a href="/category/land/">Land</a> <a href="/category/naval/">Naval</a> <a href="/category/space/">Space</a> <a href="/category/networks-digital-warfare/">Networks &amp; Digital Warfare</a> <a href="/newsletters/">Newsletters</a></div>',
           '<article><div class="post-category"><a href="/category/land/">Land</a>, <a href="/tag/ukraine/">Ukraine</a></div>',
           "<h1>" + esc(S["title"]) + "</h1>", '<p class="excerpt">' + esc(S["dek"]) + "</p>",
           '<div class="post-meta"><span class="author">By <a href="/author/x/">' + esc(S["author"]) + '</a></span> <time datetime="' + pub.isoformat() + '">on ' + datetext + "</time></div>",
           '<figure><figcaption>' + esc(S["caption"]) + "</figcaption></figure>"]
    for i, e in enumerate(S["entries"]):
        out.append("<h2>" + esc(e["h"]) + "</h2>")
        for p in e["p"]: out.append("<p>" + esc(p) + "</p>")
        if i == 1: out.append('<p class="related"><strong>RELATED:</strong> <a href="/x">Inside the Army\'s push to triple artillery shell output</a></p>')
        if i == 2: out.append('<div class="newsletter-box">Subscribe to our newsletter. Get Breaking Defense\'s top stories in your inbox.</div>')
    out.append('</article><footer>Breaking Defense is part of Breaking Media. &copy; 2023</footer></body></html>')
    return "\n".join(out) + "\n", [None] * len(S["entries"])

def r_lbc(S):
    z = S["zone"]; first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "headline": e["h"], "datePublished": d.isoformat(), "url": S["url"] + f"#entry-{i+1}",
             "articleBody": " ".join(e["p"]) if e["p"] else ""}
        if e["a"]: u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ld = {"@context": "http://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "Organization", "name": "LBC"}, "liveBlogUpdate": ups}
    out = ['<!doctype html><html><head><meta charset="utf-8"><title>' + esc(S["title"]) + " - LBC</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<div class="site-nav">LBC <a href="/news/">News</a> <a href="/radio/">Radio</a> <a href="/shows/">Shows</a> <a href="/player/">Listen Live</a></div>',
           '<div class="cookie-banner">We use cookies to personalise content. <button>Accept all</button></div>',
           '<div class="article"><span class="label">LIVE</span><h1>' + esc(S["title"]) + "</h1>",
           '<p class="article__standfirst">' + esc(S["lede"]) + "</p>",
           '<p class="article__date">' + esc(S["datetext"]) + "</p>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M"); stamps.append(st)
        out.append(f'<div class="live-blog__entry" id="entry-{i+1}">')
        out.append(f'<div class="live-blog__time">{st}</div>')
        out.append(f'<h2 class="live-blog__title">{esc(e["h"])}</h2>')
        for p in e["p"]: out.append(f"<p>{esc(p)}</p>")
        if e["a"]: out.append(f'<div class="live-blog__author">{esc(e["a"])}</div>')
        out.append("</div>")
        if i == 2: out.append('<div class="advert">Advertisement</div>')
    out.append('<div class="share">Share on Facebook Share on Twitter</div></div><footer>&copy; Global 2023 LBC</footer></body></html>')
    return "\n".join(out) + "\n", stamps

def r_gbnews(S):
    z = S["zone"]
    L = ["GB News", "Home  News  Politics  Shows  Watch  Membership  Search", "", S["title"], "",
         S["lede"], "", "By " + S["author"], "Published 30/09/2022", "Last updated: 30/09/2022 - 21:46", "", "Share", "",
         "KEY POINTS", ""] + ["• " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Refresh for the latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d); stamps.append(st)
        L += [e["h"], "Posted at " + st, ""] + paras(e)
        if i == 2: L += ["Related: Gas prices rise again as traders eye winter supply", ""]
        if i == 4: L += ["Watch GB News live on TV, radio and online", ""]
    L += ["Tags: Ukraine, Russia, Vladimir Putin", "", "Sign up to our newsletter"]
    return "\n".join(L) + "\n", stamps

def r_irex(S):
    z = S["zone"]; upd = dt(S["updated"], z)
    out = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + esc(S["title"]) + " | Irish Examiner</title></head><body>",
           '<header class="masthead">Irish Examiner <nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/subscribe">Subscribe</a></nav></header>',
           '<main><div class="live-header"><span class="live-pill">LIVE</span><h1>' + esc(S["title"]) + "</h1>",
           '<p class="live-intro">' + esc(S["lede"]) + "</p>",
           '<p class="live-updated">Last updated: ' + upd.strftime("%H:%M, %a %-d %b %Y") + "</p></div>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); delta = upd - d; mins = int(delta.total_seconds() // 60)
        st = f"{mins} mins ago" if mins < 60 else (f"{mins // 60} hr ago" if mins // 60 == 1 else f"{mins // 60} hrs ago")
        assert mins < 60 or mins % 60 == 0, e["t"]
        stamps.append(st)
        out.append('<div class="live-post">')
        out.append(f'<div class="live-post__meta"><span class="live-post__time">{st}</span>' + (f' <span class="live-post__author">{esc(e["a"])}</span>' if e["a"] else "") + "</div>")
        out.append(f'<h3 class="live-post__title">{esc(e["h"])}</h3>')
        for p in e["p"]: out.append(f"<p>{esc(p)}</p>")
        out.append("</div>")
        if i == 1: out.append('<div class="ad-slot">Advertisement</div><div class="promo">Read More: Taoiseach defends cost-of-living supports</div>')
    out.append("</main><footer>&copy; Irish Examiner Ltd</footer></body></html>")
    return "\n".join(out) + "\n", stamps

def r_nikkei(S):
    z = S["zone"]; upd = dt(S["updated"], z)
    L = ["Nikkei Asia", "Latest  Business  Markets  Tech  Politics & Economy  Opinion  Life & Arts  Spotlight", "",
         "We use cookies for analytics, personalised content and ads. By using our site you agree to our cookie policy.", "",
         "Politics", S["title"], "", S["lede"], "", "Updated on " + upd.strftime("%B %-d, %Y %-I:%M %p") + " JST", "",
         "Follow Nikkei Asia's live coverage. Times are Japan Standard Time.", ""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        div = d.strftime("%A, %B %-d")
        if div != cur: cur = div; L += [div, ""]
        st = ampm(d, dots=True); stamps.append(st)
        L += [st, e["h"], ""] + paras(e)
        if i == 2: L += ["Read next", "G7 leaders unite on economic security as Hiroshima summit wraps up", ""]
    L += ["For earlier updates, see our live coverage from Saturday.", "", "Nikkei Inc. No reproduction without permission."]
    return "\n".join(L) + "\n", stamps

def r_belfast(S):
    z = S["zone"]; first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat(),
            "articleBody": " ".join(e["p"]), **({"author": {"@type": "Person", "name": e["a"]}} if e["a"] else {})} for e in S["entries"]]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups,
          "publisher": {"@type": "NewsMediaOrganization", "name": "Belfast Telegraph"}}
    out = ['<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>' + esc(S["title"]) + " | BelfastTelegraph.co.uk</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<div class="bt-nav"><a href="/">Belfast Telegraph</a> <a href="/news/">News</a> <a href="/news/world-news/">World</a> <a href="/sport/">Sport</a> <a href="/business/">Business</a> <a href="/subscribe">Subscribe</a></div>',
           '<article><p class="kicker">World News</p><h1>' + esc(S["title"]) + "</h1>",
           '<p class="strapline">' + esc(S["lede"]) + "</p>",
           '<p class="published">' + esc(S["datetext"]) + "</p>",
           '<section class="key-points"><h2>Key points</h2><ul>' + "".join(f"<li>{esc(e['h'])}</li>" for e in S["entries"] if e["kp"]) + "</ul></section>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = "Today at " + d.strftime("%H:%M"); stamps.append(st)
        out.append('<div class="liveblog-entry">')
        out.append(f"<h3>{esc(e['h'])}</h3>")
        out.append(f'<p class="entry-meta"><span class="entry-time">{st}</span>' + (f' <span class="entry-author">{esc(e["a"])}</span>' if e["a"] else "") + "</p>")
        for p in e["p"]: out.append(f"<p>{esc(p)}</p>")
        out.append("</div>")
        if i == 3: out.append('<div class="inline-ad">Advertisement</div><div class="related">Related: Stormont ministers to meet over budget pressures</div>')
    out.append('</article><footer>&copy; Belfast Telegraph</footer></body></html>')
    return "\n".join(out) + "\n", stamps

def r_roinsider(S):
    z = S["zone"]
    L = ["Romania Insider", "", "Politics  Business  Real Estate  Culture  Travel  Events  Jobs", "", "Newsletter", "Get the daily digest of Romania's news in your inbox. Sign up", "", "Latest news", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%d %B %Y, %H:%M"); stamps.append(st)
        L += [e["h"], "by " + e["a"] + " | " + st, ""] + paras(e)
        L += ["Tags: " + e["tags"], ""]
        if i == 2: L += ["Advertisement", "", "We use cookies to ensure you get the best experience on our website. OK", ""]
    L += ["Romania Insider, 2023. All times are local (Bucharest, EEST)."]
    return "\n".join(L) + "\n", stamps

# ====================================================================== renderers (Part B)
def r_textlive(S):
    """text live blog. S: head, foot, stampfmt, layout ('stamp-first' | 'stamp-head-same'), keypoints, divider, byline"""
    z = S["zone"]
    L = list(S["head"])
    if S.get("keypoints"):
        L += [S["keypoints"], ""] + [S.get("kpbullet", "") + e["h"] for e in S["entries"] if e["kp"]] + [""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = S["stampfmt"](d); stamps.append(st)
        if S.get("divider"):
            dv = S["divider"](d)
            if dv != cur: cur = dv; L += [dv, ""]
        L.append(st)
        if e["h"]: L.append(e["h"])
        if e["a"]: L.append("By " + e["a"])
        L.append("")
        L += paras(e)
        if i in S.get("chrome_after", {}): L += [S["chrome_after"][i], ""]
    L += list(S["foot"])
    return "\n".join(L) + "\n", stamps

def r_nightjar(S):
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{S['id']}-{i+1}", "headline": e["h"], "datePublished": d.isoformat(),
             "dateModified": d.isoformat(), "articleBody": " ".join(e["p"])}
        if e["a"]: u["author"] = [{"@type": "Person", "name": e["a"]}]
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "description": S["lede"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "Organization", "name": "Nightjar Review"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>' + esc(S["title"]) + " | Nightjar Review</title>",
           '<meta name="description" content="' + esc(S["lede"]) + '">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<div class="nr-top"><a href="/">Nightjar Review</a> <a href="/europe">Europe</a> <a href="/ukraine">Ukraine</a> <a href="/newsletters">Newsletters</a> <a href="/donate">Support us</a></div>',
           '<main class="nr-live"><h1>' + esc(S["title"]) + "</h1>", '<p class="nr-dek">' + esc(S["lede"]) + "</p>",
           '<p class="nr-note">' + esc(S["datetext"]) + "</p>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M"); stamps.append(st)
        out.append(f'<article class="nr-update" id="update-{S["id"]}-{i+1}"><header><time datetime="{d.isoformat()}">{st}</time>')
        out.append(f"<h2>{esc(e['h'])}</h2>" + (f'<span class="nr-by">{esc(e["a"])}</span>' if e["a"] else "") + "</header>")
        for p in e["p"]: out.append(f"<p>{esc(p)}</p>")
        out.append('<div class="nr-share">Copy link · Share</div></article>')
        if i == 1: out.append('<aside class="nr-donate">Independent journalism needs you. Become a member</aside>')
    out.append('</main><footer>Nightjar Review · About · Privacy</footer></body></html>')
    return "\n".join(out) + "\n", stamps

def r_textarticle(S):
    L = list(S["head"])
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + paras(e)
        if i in S.get("chrome_after", {}): L += [S["chrome_after"][i], ""]
    L += list(S["foot"])
    return "\n".join(L) + "\n", [None] * len(S["entries"])

def r_tern(S):
    z = S["zone"]
    out = ['<html><head><meta charset="utf-8"><title>' + esc(S["title"]) + " – Tern Bulletin</title></head><body>",
           '<div id="masthead">THE TERN BULLETIN</div><ul class="menu"><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/ukraine">Ukraine</a></li><li><a href="/puzzles">Puzzles</a></li></ul>',
           '<div class="liveblog"><h1>' + esc(S["title"]) + "</h1>", '<div class="intro"><p>' + esc(S["lede"]) + "</p></div>",
           '<div class="dateline">' + esc(S["datetext"]) + "</div>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep=".", dots=True, space=" "); stamps.append(st)
        out.append('<div class="lb-post">')
        out.append(f'<p class="lb-time">{st}</p>')
        out.append(f'<h4 class="lb-head">{esc(e["h"])}</h4>')
        for p in e["p"]: out.append(f"<p>{esc(p)}</p>")
        if e["a"]: out.append(f'<p class="lb-credit">Reporting by {esc(e["a"])}</p>')
        out.append("</div>")
        if i == 2: out.append('<div class="mpu">ADVERTISEMENT</div>')
    out.append('<p class="older"><a href="/live/ukraine-2024-08-26">See Monday\'s live coverage</a></p></div><footer>© Tern Bulletin Ltd</footer></body></html>')
    return "\n".join(out) + "\n", stamps

def r_redwing(S):
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "headline": e["h"], "datePublished": d.isoformat(), "articleBody": " ".join(e["p"]),
             "url": f"{S['url']}?post={i+1}"}
        if e["a"]: u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": "https://redwing.example/#org", "name": "Redwing Journal"},
        {"@type": "WebPage", "@id": S["url"] + "#webpage", "url": S["url"], "name": S["title"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"] + "#live", "isPartOf": {"@id": S["url"] + "#webpage"},
         "headline": S["title"], "datePublished": first.isoformat(), "dateModified": last.isoformat(),
         "coverageStartTime": first.isoformat(), "publisher": {"@id": "https://redwing.example/#org"}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>' + esc(S["title"]) + "</title>",
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(graph, ensure_ascii=False) + "</script></head><body>",
           '<header class="rw-head"><span class="rw-logo">Redwing Journal</span><nav><a href="/">Front</a> <a href="/war">War in Ukraine</a> <a href="/analysis">Analysis</a></nav></header>',
           '<div class="rw-body"><h1>' + esc(S["title"]) + "</h1>", '<div class="rw-summary">' + esc(S["lede"]) + "</div>",
           '<div class="rw-tz">' + esc(S["datetext"]) + "</div>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%-d %B, %H:%M"); stamps.append(st)
        out.append('<div class="rw-post"><div class="rw-post-meta"><span class="rw-stamp">' + st + "</span>" + (f' · <span class="rw-author">{esc(e["a"])}</span>' if e["a"] else "") + "</div>")
        out.append(f'<h2 class="rw-post-title">{esc(e["h"])}</h2>')
        for p in e["p"]: out.append(f"<p>{esc(p)}</p>")
        out.append("</div>")
        if i == 2: out.append('<div class="rw-related">Also read: <a href="/x">Ukraine\'s drone makers race to scale up</a></div>')
    out.append("</div><footer>Redwing Journal 2025</footer></body></html>")
    return "\n".join(out) + "\n", stamps

# ====================================================================== PART A
SEEDS = []
rfc = lambda d: d.strftime("%a, %d %b %Y %H:%M:%S %z")

SEEDS.append(dict(id="1700", name="1700_hurriyet-world", ext="txt", source="Hürriyet Daily News", zone="Europe/Istanbul", render=r_hurriyet,
  title=None,
  basis="stamp '{s}' (full date and 24-hour time); Türkiye time GMT+3 as the page footer says",
  notes="Imitates a Hürriyet Daily News 'World' section copied as plain text: each story is headline, a capitalised dateline city, then a stamp 'July 22 2022 17:40:00' (month name, no comma, seconds), then paragraphs and a SHARE block. Newest first. No page title (the 'WORLD' section label is navigation). The footer states the zone (GMT+03:00, no DST). Stories have no bylines. One business item (central bank rate) is off-beat.",
  not_entries=["masthead and section menu", "cookie line", "breadcrumb 'Home > World' and the 'WORLD' label", "dateline city lines (ISTANBUL, ANKARA, KYIV, MOSCOW)", "SHARE / Facebook Twitter WhatsApp lines after every story", "ADVERTISEMENT", "'MOST READ' box with two links", "time-zone footer and copyright line"],
  entries=[
  dict(E("2022-07-22 17:40", "Russia and Ukraine sign grain corridor deal in Istanbul",
    ["Russian and Ukrainian ministers put their names to two separate documents at Dolmabahçe Palace on July 22, each signed with Türkiye and the United Nations rather than with each other.",
     "The arrangement is meant to let ships carry grain out of Odesa, Chornomorsk and Yuzhny through a safe route in the Black Sea.",
     "A joint centre staffed by the four parties will be set up in Istanbul to inspect vessels and monitor the route."],
    "diplomacy", "diplomacy", 3, "istanbul-grain-deal-signed", sec=["aid"]), city="ISTANBUL"),
  dict(E("2022-07-22 17:05", "Erdoğan hails deal as 'turning point' for world food supply",
    ["President Recep Tayyip Erdoğan told the signing ceremony that the agreement would help millions of people facing hunger far from the battlefield.",
     "UN Secretary-General António Guterres, standing beside him, called it a rare sign of hope in the war."],
    "diplomacy", "diplomacy", 3, "istanbul-grain-deal-signed",
    n="Remarks made at the signing ceremony: same event as 1700-01, so same story."), city="ISTANBUL"),
  dict(E("2022-07-22 14:20", "Akar: Turkish navy ready to help with mine risks on route",
    ["Defense Minister Hulusi Akar said Turkish naval units could assist if sea mines threatened ships using the corridor.",
     "He said the details of escort and inspection duties would be handled by the coordination centre rather than by any single navy."],
    "diplomacy", "diplomacy", 2, "akar-corridor-navy-role", sec=["security"],
    n="A separate statement on the deal's implementation; own story. Diplomacy (implementation of a treaty) rather than security."), city="ANKARA"),
  dict(E("2022-07-22 12:30", "Mykolaiv shelled overnight, regional governor says",
    ["Russian forces fired rockets at Mykolaiv during the night, damaging a school and several homes, Governor Vitaliy Kim said.",
     "He said two people were wounded."],
    "strikes", "strikes", 2, "mykolaiv-shelling-2022-07-22"), city="KYIV"),
  dict(E("2022-07-22 10:15", "Moscow says memorandum eases path for its grain and fertilizer exports",
    ["Russian officials said a parallel memorandum with the UN should remove obstacles that Western sanctions created for Russian farm exports.",
     "The Kremlin insisted the grain deal did not oblige Moscow to halt military operations elsewhere along the coast."],
    "diplomacy", "diplomacy", 2, "russia-un-fertilizer-memorandum"), city="MOSCOW"),
  dict(OFF("2022-07-22 08:50", "Central bank keeps policy rate at 14 percent",
    ["The Turkish central bank left its main interest rate unchanged for a seventh month despite inflation running near 79 percent.",
     "The lira weakened slightly after the decision."], "turkey-central-bank-rate-july-2022", "Turkish monetary policy, not about the war"), city="ISTANBUL"),
  ]))

SEEDS.append(dict(id="1701", name="1701_taipeitimes-rss", ext="xml", source="Taipei Times", zone="Asia/Taipei", render=r_rss_generic,
  title="Taipei Times - World News", link="https://www.taipeitimes.com/News/world", desc="Taipei Times world news", guidp="tt-", desc_mode="plain",
  fmt=rfc, basis="pubDate '{s}' (explicit +0800 offset)",
  notes="Imitates a Taipei Times RSS 2.0 world feed for Saturday 24 February 2024 (second anniversary of the invasion): pubDate in Taiwan time with +0800, plain-text <description> (one paragraph each, so body_paragraphs 1), no authors. All pubDates are after 16:00 +0800, so every UTC time is on 24 Feb. Two items (Gaza truce talks, Tokyo stocks) are not about the war. The channel title is the page title.",
  not_entries=["channel <title>, <link>, <description>, <language>, <lastBuildDate>"],
  entries=[
  E("2024-02-24 23:30", "Italy, Canada sign security pacts with Ukraine in Kyiv",
    ["Italian Prime Minister Giorgia Meloni and Canadian Prime Minister Justin Trudeau each signed a 10-year security agreement with President Volodymyr Zelenskiy on Saturday, joining similar deals struck earlier with Britain, Germany and France."],
    "diplomacy", "diplomacy", 3, "italy-canada-security-agreements-kyiv", sec=["aid"]),
  E("2024-02-24 22:10", "Western leaders travel to Kyiv as war enters third year",
    ["European Commission President Ursula von der Leyen and the prime ministers of Italy, Canada and Belgium arrived by train in the Ukrainian capital to mark two years since Russia's full-scale invasion."],
    "diplomacy", "diplomacy", 3, "western-leaders-kyiv-anniversary-visit"),
  E("2024-02-24 20:45", "Drone hits apartment block in Odesa",
    ["A Russian drone struck a residential building in the southern port city of Odesa overnight, killing one man and injuring three other people, the regional governor said."],
    "strikes", "strikes", 2, "odesa-drone-strike-2024-02-24"),
  E("2024-02-24 19:20", "Fire at Russian steel plant after drone attack",
    ["Lipetsk Governor Igor Artamonov said a Ukrainian drone caused a fire at a metallurgical plant in the city, adding that nobody was hurt and the blaze was put out."],
    "strikes", "strikes", 2, "lipetsk-steel-plant-drone-strike"),
  OFF("2024-02-24 18:00", "Israeli negotiators head to Paris for Gaza truce talks",
    ["An Israeli delegation led by the head of the Mossad traveled to Paris for talks with mediators on a possible pause in fighting in Gaza and the release of hostages."],
    "gaza-truce-talks-paris", "another conflict; shares the word 'talks'"),
  OFF("2024-02-24 17:15", "Tokyo stocks end week at record high",
    ["Japan's benchmark Nikkei index closed the week above the peak it set in 1989, driven by chip stocks and a weak yen."],
    "nikkei-record-high-feb-2024", "markets, not about the war"),
  E("2024-02-24 16:40", "EU adopts 13th package of sanctions on Russia",
    ["The EU formally approved a new round of sanctions targeting nearly 200 companies and individuals, including firms in China, India and Turkey accused of helping Russia obtain military technology."],
    "diplomacy", "diplomacy", 3, "eu-13th-sanctions-package"),
  ]))

SEEDS.append(dict(id="1702", name="1702_breakingdefense-ramstein", ext="html", source="Breaking Defense", zone="America/New_York", render=r_breakingdefense,
  title="Ramstein ends without German tank decision as Pentagon rolls out Strykers", published="2023-01-20 16:12",
  author="Theo Brandt", dek="A day of talks at the US air base in Germany left the Leopard question open, though allies pledged armor, air defense and artillery worth billions.",
  caption="Defense Secretary Lloyd Austin speaks to reporters at Ramstein Air Base, Germany. (DoD photo)",
  basis="single article; no per-section time, the article dateline 'on January 20, 2023 at 4:12 PM' (Eastern, EST = UTC-5; also in JSON-LD datePublished) used for every section",
  notes="Imitates a Breaking Defense news article (HTML with NewsArticle JSON-LD) for Friday 20 Jan 2023, organised under five <h2> sub-heads. Following the shared Euronews gold, each sub-head is one entry (headline = the sub-head), stamp null, author = the article byline, published = the article dateline (4:12 PM EST = 21:12 UTC). The dek under the h1 is a summary, not an entry.",
  not_entries=["top navigation bar", "category links 'Land, Ukraine'", "h1 article title", "dek/excerpt under the title", "byline and dateline", "photo caption", "'RELATED:' link after section 2", "newsletter box after section 3", "footer"],
  entries=[
  E("2023-01-20 16:12", "No Leopards, for now",
    ["Allied defense ministers left the Ukraine Defense Contact Group meeting without an agreement on sending German-made Leopard 2 tanks to Kyiv.",
     "German Defense Minister Boris Pistorius told reporters that Berlin had not yet decided and was ordering an inventory of its own Leopard stocks so it could move quickly if the answer became yes.",
     "Poland's defense minister said Warsaw was ready to build a coalition of countries willing to send the tanks anyway."],
    "aid", "aid", 3, "ramstein-no-leopard-decision", a="Theo Brandt", sec=["diplomacy"]),
  E("2023-01-20 16:12", "What the $2.5 billion package holds",
    ["The Pentagon's latest drawdown includes 90 Stryker armored vehicles and 59 more Bradley fighting vehicles, on top of ammunition and air defense equipment.",
     "Defense Secretary Lloyd Austin said the package was meant to let Ukraine launch its own offensives in the spring rather than only hold ground."],
    "aid", "aid", 3, "us-2-5-billion-package-strykers", a="Theo Brandt"),
  E("2023-01-20 16:12", "Milley: a hard year to push Russia out",
    ["Gen. Mark Milley, chairman of the Joint Chiefs of Staff, said that expelling Russian troops from every part of occupied Ukraine this year would be very difficult militarily.",
     "He said the war was likely to end in negotiations, but that Ukraine could still make major gains on the battlefield."],
    "other", "frontline", 2, "milley-hard-to-expel-russia-2023", a="Theo Brandt",
    n="Assessment of the ground war by the US top general -> other/frontline. First sentence begins with the abbreviation 'Gen.' followed by a capitalised name: a naive splitter cuts after 'Gen.'"),
  E("2023-01-20 16:12", "Nordic and Baltic states go first",
    ["Estonia, Latvia, Lithuania and several other European countries issued a joint pledge a day earlier to send howitzers, anti-aircraft weapons and ammunition.",
     "Estonia said its contribution alone equaled about one percent of its annual economic output."],
    "aid", "aid", 2, "tallinn-pledge-nordic-baltic-aid", a="Theo Brandt"),
  E("2023-01-20 16:12", "The shell production squeeze",
    ["Army officials said they aim to raise monthly production of 155mm artillery rounds several times over by 2025 to replace what has gone to Ukraine.",
     "Industry executives warned that new explosives plants and forging lines take years to build."],
    "aid", "aid", 2, "us-155mm-shell-production-ramp", a="Theo Brandt", sec=["security"],
    n="Ammunition production to refill stocks sent to Ukraine; labelled aid (supply to Ukraine) with security as secondary."),
  ]))

SEEDS.append(dict(id="1703", name="1703_lbc-live", ext="html", source="LBC", zone="Europe/London", render=r_lbc,
  title="Zelensky lands in Japan for G7 as Wagner claims Bakhmut: live", url="https://www.lbc.co.uk/news/zelensky-g7-hiroshima-live/",
  lede="Ukraine's president flies in to meet world leaders in person, while the head of the Wagner mercenary group says the eastern city has fallen.",
  datetext="Saturday 20 May 2023",
  basis="stamp '{s}' (24-hour) on the page date 'Saturday 20 May 2023'; UK time (BST = UTC+1), consistent with the JSON-LD datePublished offsets",
  notes="Imitates an LBC live blog (HTML + LiveBlogPosting JSON-LD with per-update datePublished in +01:00) for Saturday 20 May 2023. Newest first; HTML shows a bare 'HH:MM' stamp above each headline, byline below the body (some posts have none). The page prints only the date. Entry 1703-04 is a video teaser with no body.",
  not_entries=["site navigation", "cookie banner", "LIVE label", "standfirst", "date line 'Saturday 20 May 2023'", "'Advertisement' after the third post", "share buttons", "footer"],
  entries=[
  E("2023-05-20 21:48", "Kyiv insists its troops still hold part of Bakhmut",
    ["Ukraine's deputy defence minister Hanna Maliar said fighting was continuing in the city and that Ukrainian forces kept control of some industrial and residential buildings.",
     "She described the situation as critical but said the Wagner claim did not match reality."],
    "other", "frontline", 3, "wagner-claims-bakhmut-capture", a="Kieran Ashdown",
    n="Ukraine's rebuttal of the Wagner claim: same story (a denial of the event)."),
  E("2023-05-20 19:55", "Zelensky holds first face-to-face talks with Modi since invasion",
    ["Volodymyr Zelensky met Indian Prime Minister Narendra Modi on the sidelines of the summit and asked India to back his peace formula.",
     "Modi said India would do everything it could to help find a solution."],
    "diplomacy", "diplomacy", 3, "zelensky-modi-hiroshima-meeting", a="Kieran Ashdown"),
  E("2023-05-20 17:30", "Wagner chief claims full capture of Bakhmut",
    ["Yevgeny Prigozhin appeared in a video with his fighters holding Russian flags and said the city had been taken completely.",
     "He said his men would hand the city over to the regular army in the coming days and withdraw to rear bases."],
    "other", "frontline", 3, "wagner-claims-bakhmut-capture", a="Priya Kendall"),
  E("2023-05-20 15:10", "Watch: Zelensky steps off plane in Hiroshima",
    [], "diplomacy", "diplomacy", 1, "zelensky-arrives-hiroshima",
    n="Video teaser without body -> importance 1."),
  E("2023-05-20 14:25", "Zelensky arrives in Hiroshima on French government jet",
    ["The Ukrainian president landed in Japan to attend the final day of the G7 summit in person.",
     "He wrote on arrival that peace would become closer today."],
    "diplomacy", "diplomacy", 3, "zelensky-arrives-hiroshima", a="Priya Kendall"),
  E("2023-05-20 11:40", "Sunak: UK will work with allies to give Ukraine fighter jets",
    ["Rishi Sunak said Britain would help build a coalition to provide Ukraine with F-16s, after Washington signalled it would allow the training of Ukrainian pilots.",
     "The prime minister said training could start this summer."],
    "aid", "aid", 3, "f16-coalition-training-g7", a="Priya Kendall"),
  E("2023-05-20 09:05", "Russia bars 500 Americans including Barack Obama",
    ["Moscow's foreign ministry published a list of 500 US citizens banned from entering Russia, among them former president Barack Obama and several talk show hosts.",
     "It said the move was a response to new Western sanctions."],
    "diplomacy", "diplomacy", 2, "russia-bans-500-americans", a=None),
  ]))

SEEDS.append(dict(id="1704", name="1704_gbnews-live", ext="txt", source="GB News", zone="Europe/London", render=r_gbnews,
  title="Putin annexes four Ukrainian regions in Kremlin ceremony - LIVE",
  lede="Vladimir Putin has declared four partly occupied regions of Ukraine part of Russia, as Kyiv responds with a fast-track bid to join NATO.",
  author="Harriet Pole",
  basis="stamp 'Posted at {s}' (12-hour, am/pm) on the page date 30/09/2022; UK time (BST = UTC+1)",
  notes="Imitates a GB News live page pasted as text, Friday 30 Sep 2022. Each post is headline FIRST, then a line 'Posted at 5:32pm' (stamp recorded as the time text '5:32pm'), then body. Newest first. The date is printed only as '30/09/2022' in the Published/Last updated lines (day-first). One page byline 'By Harriet Pole' under the lede; used as author for every post (no per-post bylines). A 'KEY POINTS' block lists three post headlines (bulleted).",
  not_entries=["site name and menu", "title line", "lede", "byline line", "'Published' and 'Last updated' lines", "'Share'", "'KEY POINTS' header and its three bullets", "'Refresh for the latest updates'", "'Related:' link", "'Watch GB News live...' promo", "tags line and newsletter line"],
  entries=[
  E("2022-09-30 20:40", "Russia vetoes Security Council resolution on annexation",
    ["Russia used its veto to block a UN Security Council resolution that would have condemned the referendums and declared the annexation invalid.",
     "Ten members voted in favour, while China, India, Brazil and Gabon abstained."],
    "diplomacy", "diplomacy", 3, "un-security-council-annexation-veto", a="Harriet Pole"),
  E("2022-09-30 19:58", "Biden: America will never recognise Russia's claim",
    ["President Joe Biden said the United States would not recognise the seizure of Ukrainian land and warned Moscow that Washington would defend every inch of NATO territory.",
     "He called the referendums a sham."],
    "diplomacy", "diplomacy", 3, "biden-rejects-annexation",
    a="Harriet Pole", n="Head-of-state statement in response; own story (not merged with the ceremony)."),
  E("2022-09-30 17:15", "Washington slaps sanctions on hundreds of Russian officials",
    ["The US Treasury announced sanctions on more than 1,000 people and firms, including members of Russia's parliament and the central bank governor.",
     "Officials warned that anyone helping Moscow make the annexation stick could also be targeted."],
    "diplomacy", "diplomacy", 3, "us-sanctions-after-annexation", a="Harriet Pole"),
  E("2022-09-30 16:05", "Zelensky signs application for fast-track NATO membership",
    ["Ukraine's president said his country was formally applying to join NATO under an accelerated procedure.",
     "In a video he said Ukraine was already a de facto ally and that Kyiv would not negotiate with Russia while Putin remained president."],
    "diplomacy", "diplomacy", 3, "zelensky-nato-fast-track-application", a="Harriet Pole", kp=True),
  E("2022-09-30 14:20", "Putin signs documents annexing four regions",
    ["At a ceremony in the Kremlin's St George's Hall, the Russian president signed treaties claiming Donetsk, Luhansk, Zaporizhzhia and Kherson as Russian territory.",
     "He told the audience of officials that the people living there would be Russian citizens forever."],
    "other", "politics", 3, "putin-annexation-ceremony", a="Harriet Pole", sec=["diplomacy"], kp=True,
    n="Annexation ceremony: a territorial claim and a domestic political act, labelled other/politics with diplomacy secondary (the 'treaties' are not agreements with another state)."),
  E("2022-09-30 11:30", "Zaporizhzhia convoy death toll rises to 25",
    ["Regional governor Oleksandr Starukh said 25 people were now known to have died after missiles struck cars gathered on the edge of the city.",
     "More than 50 people were wounded."],
    "strikes", "strikes", 3, "zaporizhzhia-convoy-strike", a="Harriet Pole"),
  E("2022-09-30 09:10", "Missiles hit civilian convoy in Zaporizhzhia",
    ["Russian missiles struck a line of vehicles waiting to travel into occupied territory to collect relatives, Ukrainian officials said.",
     "Pictures from the scene showed burnt-out cars and bodies lying on the road."],
    "strikes", "strikes", 3, "zaporizhzhia-convoy-strike", a="Harriet Pole", kp=True),
  ]))

SEEDS.append(dict(id="1705", name="1705_swissinfo-atom", ext="xml", source="SWI swissinfo.ch", zone="Europe/Zurich", render=r_atom_generic,
  title="SWI swissinfo.ch - Latest news", link="https://www.swissinfo.ch/eng/latest-news", tag="swissinfo.ch", subtitle="News from Switzerland and the world",
  fmt=lambda d: d.isoformat(), summary_first=True, cat="Ukraine war",
  basis="<published> '{s}' (explicit +02:00 offset, CEST)",
  notes="Imitates a swissinfo.ch Atom feed for Monday 4 July 2022 (Ukraine Recovery Conference in Lugano). Each entry has a <summary> that repeats its first paragraph and an escaped-HTML <content>; the body is the content (summary not counted twice). Times carry +02:00. One entry (glacier collapse in Italy) is off-beat. Authors are agency/desk names as in <author><name>.",
  not_entries=["feed <title>, <subtitle>, <link>, <id>, <updated>", "<summary> text (duplicates the first content paragraph)", "<category> terms"],
  entries=[
  E("2022-07-04 20:30", "Ukraine puts cost of rebuilding at $750 billion",
    ["Prime Minister Denys Shmyhal told delegates in Lugano that Ukraine's recovery plan would need around $750 billion, and that confiscated Russian assets should cover part of it.",
     "He said the first priority was to repair housing, schools and hospitals before winter."],
    "aid", "aid", 3, "lugano-recovery-conference", a="Keystone-SDA/Reuters", sec=["diplomacy"]),
  E("2022-07-04 18:05", "Von der Leyen proposes EU-led reconstruction platform",
    ["European Commission President Ursula von der Leyen said Brussels would set up a platform to coordinate reconstruction money from governments, banks and private investors.",
     "She linked future support to reforms on Ukraine's path to EU membership."],
    "aid", "aid", 3, "lugano-recovery-conference", a="Keystone-SDA", sec=["diplomacy"],
    n="Statement made at the Lugano conference: same event as 1705-01."),
  E("2022-07-04 15:40", "Putin says Russian forces have taken Luhansk region",
    ["The Kremlin said Vladimir Putin congratulated his troops after his defence minister reported the capture of Lysychansk, the last large city in Luhansk held by Ukraine.",
     "Ukraine's general staff confirmed a day earlier that its soldiers had withdrawn to avoid encirclement."],
    "other", "frontline", 2, "lysychansk-fall-luhansk", a="Reuters"),
  OFF("2022-07-04 13:15", "Rescuers hold off search on Marmolada after glacier collapse",
    ["Italian rescue teams said drones were being used to look for missing climbers because it was too dangerous to send people onto the mountain.",
     "At least seven people were killed when part of the glacier broke away on Sunday."],
    "marmolada-glacier-collapse", "Alpine disaster in Italy, not about the war", a="Keystone-SDA"),
  E("2022-07-04 11:00", "More than 58,000 Ukrainians have S status in Switzerland",
    ["The State Secretariat for Migration said the number of people from Ukraine granted temporary protection in Switzerland had passed 58,000.",
     "Cantons have asked Bern for more money to house and school the new arrivals."],
    "other", "humanitarian", 2, "swiss-s-status-ukrainians", a="Keystone-SDA"),
  E("2022-07-04 09:20", "Rockets pound Sloviansk, mayor urges residents to leave",
    ["Sloviansk Mayor Vadym Lyakh said Russian rockets hit the centre of the city overnight, starting fires in a market and damaging homes.",
     "He urged the remaining residents to evacuate as Russian forces pushed west after taking Lysychansk."],
    "strikes", "strikes", 2, "sloviansk-shelling-2022-07-04", a="Reuters"),
  ]))

SEEDS.append(dict(id="1706", name="1706_irishexaminer-live", ext="html", source="Irish Examiner", zone="Europe/Dublin", render=r_irex,
  title="Ukraine war latest: Zelensky in Washington on first trip abroad since invasion", updated="2022-12-21 23:15",
  lede="Volodymyr Zelensky is meeting Joe Biden at the White House and will address Congress later tonight.",
  basis="relative stamp '{s}' resolved against the printed 'Last updated: 23:15, Wed 21 Dec 2022'; Irish time (GMT = UTC in December)",
  notes="Imitates an Irish Examiner live page (HTML, no JSON-LD) captured on Wednesday 21 Dec 2022. Posts carry only relative stamps ('15 mins ago', '3 hrs ago'); the absolute time is reconstructed from the header 'Last updated: 23:15, Wed 21 Dec 2022' (Irish time = UTC in winter). Newest first; agency byline next to the stamp. One video teaser with no body.",
  not_entries=["masthead and nav", "LIVE pill", "intro paragraph", "'Last updated' line", "'Advertisement' slot", "'Read More: Taoiseach defends cost-of-living supports' promo", "footer"],
  entries=[
  E("2022-12-21 23:00", "Biden welcomes Zelensky to the Oval Office",
    ["Joe Biden told his guest that the United States would stand with Ukraine for as long as it takes, as the two presidents sat down for talks.",
     "Zelensky thanked Congress and the American people for their support and presented a military medal from a soldier in Bakhmut."],
    "diplomacy", "diplomacy", 3, "zelensky-washington-visit", a="Press Association"),
  E("2022-12-21 22:15", "Patriot battery part of new $1.85bn US package",
    ["The Pentagon confirmed that a Patriot air defence battery is included in a package worth about $1.85 billion announced during the visit.",
     "Ukrainian crews will need several months of training before the system can be used."],
    "aid", "aid", 3, "us-patriot-package-dec-2022", a="Reuters"),
  E("2022-12-21 20:15", "Watch: Zelensky's plane lands outside Washington",
    [], "diplomacy", "diplomacy", 1, "zelensky-washington-visit", n="Video teaser without body."),
  E("2022-12-21 18:15", "Putin backs plan to grow army to 1.5 million",
    ["At a meeting of Russia's defence board, Vladimir Putin endorsed a proposal from Sergei Shoigu to increase the armed forces to 1.5 million service personnel.",
     "Putin also said there would be no limit on funding for the military."],
    "other", "security", 2, "russia-army-expansion-1-5-million", a="Reuters"),
  E("2022-12-21 15:15", "Kherson hospital damaged in shelling",
    ["Russian artillery hit a maternity ward in Kherson, regional officials said, though staff and patients had already moved to a shelter.",
     "Shelling of the city has continued since Ukrainian forces retook it in November."],
    "strikes", "strikes", 2, "kherson-shelling-2022-12-21", a="Press Association"),
  E("2022-12-21 11:15", "Ireland to fund generators for Ukrainian hospitals",
    ["Foreign Affairs Minister Micheál Martin said Ireland would provide further money for generators and heating equipment to help Ukrainian hospitals through the winter.",
     "He said the support would be channelled through UN agencies."],
    "aid", "aid", 2, "ireland-winter-energy-aid", a="Irish Examiner reporter"),
  ]))

SEEDS.append(dict(id="1707", name="1707_nikkeiasia-live", ext="txt", source="Nikkei Asia", zone="Asia/Tokyo", render=r_nikkei,
  title="G7 Hiroshima summit live: Zelenskyy meets Biden, Kishida on final day", updated="2023-05-21 22:05",
  lede="Ukraine's president attends sessions with G7 leaders and invited guests as the three-day summit closes.",
  basis="stamp '{s}' under the date divider '{wd}'; Japan Standard Time (UTC+9, no DST)",
  notes="Imitates a Nikkei Asia live page copied as text on Sunday 21 May 2023. A cookie notice and menus come first; the page says times are JST. One date divider ('Sunday, May 21') precedes the posts; stamps use 'a.m./p.m.' with dots on their own line, then headline. Newest first. No bylines. Nikkei spells 'Zelenskyy' (other outlets in this set spell 'Zelensky').",
  not_entries=["masthead and menu", "cookie notice", "'Politics' section label", "title and lede", "'Updated on ...' line", "'Follow Nikkei Asia's live coverage...' note", "date divider 'Sunday, May 21'", "'Read next' box", "closing link to Saturday's coverage and copyright line"],
  entries=[
  E("2023-05-21 21:40", "Zelenskyy says Bakhmut is destroyed, not taken",
    ["Asked whether Bakhmut was still in Ukrainian hands, Zelenskyy said there was nothing left of the city and that Russia had captured only ruins.",
     "His office later said Ukrainian units were still fighting on its outskirts."],
    "other", "frontline", 2, "zelenskyy-bakhmut-remarks-hiroshima"),
  E("2023-05-21 19:15", "Biden announces $375M in weapons after meeting Zelenskyy",
    ["U.S. President Joe Biden said a new package of ammunition, artillery and armored vehicles worth $375 million would be sent to Ukraine.",
     "The two leaders met for about an hour on the summit sidelines."],
    "aid", "aid", 3, "biden-375m-package-hiroshima", sec=["diplomacy"],
    n="First sentence starts with 'U.S.' (abbreviation followed by a capital letter)."),
  E("2023-05-21 16:50", "Zelenskyy joins G7 session on Ukraine",
    ["The Ukrainian leader sat at the table with the seven leaders for a session dedicated to the war and then joined a wider meeting with invited countries including India and Brazil.",
     "Japan said the leaders agreed to keep up pressure on Russia through sanctions."],
    "diplomacy", "diplomacy", 3, "g7-ukraine-session-hiroshima"),
  E("2023-05-21 14:30", "China lodges protest with Japan over G7 statement",
    ["China's vice foreign minister summoned the Japanese ambassador to complain about the summit communique's language on Taiwan and Beijing's ties with Moscow.",
     "Tokyo said it would keep raising its concerns directly with China."],
    "diplomacy", "diplomacy", 2, "china-protests-g7-communique"),
  E("2023-05-21 12:05", "Zelenskyy visits Peace Memorial Museum",
    ["Zelenskyy laid flowers at the cenotaph in Hiroshima's Peace Memorial Park after touring the museum with Prime Minister Fumio Kishida.",
     "He wrote in the guest book that Russia's threats of nuclear blackmail had no place in today's world."],
    "other", "politics", 2, "zelenskyy-peace-memorial-visit"),
  E("2023-05-21 10:20", "Kishida and Zelenskyy meet, Japan offers military vehicles",
    ["Kishida told Zelenskyy that Japan would provide about 100 military vehicles and food rations for Ukrainian forces.",
     "Kishida also invited him to join a session on peace and stability with the wider group of invited countries."],
    "diplomacy", "diplomacy", 3, "kishida-zelenskyy-talks-hiroshima", sec=["aid"]),
  ]))

SEEDS.append(dict(id="1708", name="1708_belfasttelegraph-live", ext="html", source="Belfast Telegraph", zone="Europe/London", render=r_belfast,
  title="Zelensky leaves White House after angry clash with Trump - live updates",
  lede="A meeting meant to end with a minerals agreement broke down in front of the cameras in the Oval Office.",
  datetext="February 28 2025 10:05 PM",
  basis="stamp '{s}' resolved with the page date 'February 28 2025'; UK time (GMT = UTC in February), consistent with the JSON-LD offsets",
  notes="Imitates a Belfast Telegraph live page (HTML + LiveBlogPosting JSON-LD) for Friday 28 Feb 2025. Post stamps read 'Today at 19:42' (relative day word + 24-hour time); the date is in the published line under the strapline and in the JSON-LD. Newest first; headline above the stamp; PA-style bylines on some posts. A 'Key points' list at the top holds three post headlines. One photo teaser without body.",
  not_entries=["site navigation", "'World News' kicker", "title and strapline", "published line", "'Key points' heading and its three list items (they point to posts, not extra entries)", "'Advertisement'", "'Related: Stormont ministers to meet over budget pressures'", "footer"],
  entries=[
  E("2025-02-28 22:30", "Starmer speaks to both leaders after Oval Office row",
    ["Downing Street said Keir Starmer had spoken separately to Donald Trump and Volodymyr Zelensky in the evening.",
     "The prime minister is due to host European leaders in London on Sunday."],
    "diplomacy", "diplomacy", 2, "starmer-calls-after-oval-office-row", a="Ciara Donnelly"),
  E("2025-02-28 21:05", "European leaders rally behind Zelensky",
    ["Leaders from France, Germany, Poland, Spain and the Baltic states posted messages of support for Ukraine within hours of the meeting.",
     "Emmanuel Macron said there was an aggressor, Russia, and a people under attack, Ukraine."],
    "diplomacy", "diplomacy", 3, "european-leaders-back-zelensky", a="Ciara Donnelly", kp=True,
    n="A set of reactions with their own news value: own story, not merged with the Oval Office meeting."),
  E("2025-02-28 19:40", "Zelensky leaves early as minerals deal goes unsigned",
    ["The Ukrainian delegation left the White House without signing the agreement on rare earths and other minerals that both sides had prepared.",
     "A planned joint news conference was cancelled."],
    "diplomacy", "diplomacy", 3, "zelensky-white-house-visit-2025-02-28", a=None, kp=True),
  E("2025-02-28 17:55", "Trump and Vance berate Zelensky in front of cameras",
    ["The meeting turned into a shouting match when Vice President JD Vance accused Zelensky of being disrespectful and Donald Trump told him he was gambling with World War Three.",
     "Zelensky pushed back, saying Putin had broken ceasefires before."],
    "diplomacy", "diplomacy", 3, "zelensky-white-house-visit-2025-02-28", a="Ciara Donnelly", kp=True),
  E("2025-02-28 16:20", "Pictured: Zelensky greeted by Trump at West Wing",
    [], "diplomacy", "diplomacy", 1, "zelensky-white-house-visit-2025-02-28", n="Photo teaser without body."),
  E("2025-02-28 16:05", "Zelensky arrives at White House",
    ["Volodymyr Zelensky's motorcade pulled up at the West Wing, where Donald Trump met him at the door.",
     "The two leaders are expected to sign a framework deal on Ukraine's natural resources."],
    "diplomacy", "diplomacy", 3, "zelensky-white-house-visit-2025-02-28", a=None),
  E("2025-02-28 10:15", "Drone strikes overnight in Odesa and Kharkiv",
    ["Russian drones damaged homes and a power facility in Odesa overnight, regional officials said.",
     "In Kharkiv, one person was hurt when debris fell on an apartment block."],
    "strikes", "strikes", 2, "odesa-kharkiv-drones-2025-02-28", a="Ciara Donnelly"),
  ]))

SEEDS.append(dict(id="1709", name="1709_romaniainsider-news", ext="txt", source="Romania Insider", zone="Europe/Bucharest", render=r_roinsider,
  title=None,
  basis="stamp '{s}' (full date and 24-hour time); Bucharest local time (EEST = UTC+3) as the footer says",
  notes="Imitates a Romania Insider 'Latest news' list copied as text on Wednesday 6 Sep 2023: each item is headline, then a combined 'by <author> | 06 September 2023, 18:20' line, body, and a 'Tags:' line. Newest first. No page title (only 'Latest news' label). The footer states Bucharest time (EEST). The inflation item is off-beat.",
  not_entries=["masthead and menu", "newsletter box", "'Latest news' label", "'Tags:' lines after each story", "'Advertisement'", "cookie line", "footer with zone note"],
  entries=[
  dict(E("2023-09-06 18:20", "Defense minister confirms drone fragments found near Plauru",
    ["Defense Minister Angel Tîlvăr said parts resembling those of a military drone had been found on Romanian soil near the village of Plauru, across the Danube from Izmail.",
     "He said the debris came from drones used in Russia's attacks on Ukrainian ports, and that there had been no direct threat to the population."],
    "strikes", "strikes", 3, "drone-fragments-found-plauru", a="Irina Mateescu", sec=["security"]), tags="drone, Tulcea, Ukraine war"),
  dict(E("2023-09-06 16:45", "Iohannis: drone debris on Romanian soil an unacceptable breach",
    ["President Klaus Iohannis said the fragments showed a serious violation of Romania's sovereign territory and that he had informed NATO partners.",
     "He called on Russia to stop its attacks on civilian infrastructure along the Danube."],
    "strikes", "strikes", 3, "drone-fragments-found-plauru", a="Andrei Popovici", sec=["diplomacy"],
    n="Official reaction whose main content is the drone incident: same story as 1709-01, strikes."), tags="Klaus Iohannis, NATO"),
  dict(E("2023-09-06 14:10", "Authorities to build shelters for residents of Plauru",
    ["The government said it would build shelters for the few dozen people living in Plauru and would install warning systems in villages along the river.",
     "Local officials said residents had heard explosions across the water on several nights."],
    "other", "humanitarian", 2, "plauru-shelters-plan", a="Irina Mateescu"), tags="Plauru, civil protection"),
  dict(E("2023-09-06 12:30", "Fetești training centre to welcome first Ukrainian F-16 pilots",
    ["Officials said the European F-16 training hub at the 86th Air Base in Fetești would begin courses for Ukrainian pilots later in the year.",
     "Aircraft for the centre are being supplied by the Netherlands, with Lockheed Martin providing instructors."],
    "aid", "aid", 2, "fetesti-f16-training-centre", a="Andrei Popovici"), tags="F-16, Fetești, Ukraine"),
  dict(OFF("2023-09-06 10:05", "Annual inflation slows to 9.4% in July",
    ["Romania's annual inflation rate fell further in July, according to the statistics institute, helped by lower food and energy prices.",
     "The central bank expects the rate to keep easing through the end of the year."], "romania-inflation-july-2023", "Romanian economy", a="Irina Mateescu"), tags="inflation, INS"),
  dict(E("2023-09-06 08:40", "Izmail port targeted again overnight, Ukraine says",
    ["Ukraine's southern military command said Russian drones attacked port facilities in Izmail for the third time in a week, starting a fire at a grain warehouse.",
     "Romanian residents on the other bank of the Danube reported hearing explosions."],
    "strikes", "strikes", 2, "izmail-port-drone-attack-2023-09-06", a="Andrei Popovici"), tags="Izmail, Danube, Ukraine war"),
  ]))

# ====================================================================== PART B
D1 = "Multi-source day 1 (UTC 2024-08-26): seeds 1720-1723."
D2 = "Multi-source day 2 (UTC 2024-08-27, the day after day 1): seeds 1730-1733."
D3 = "Multi-source day 3 (UTC 2025-06-01): seeds 1740-1743."
MAIN1 = "russia-massive-strike-energy-2024-08-26"

SEEDS.append(dict(id="1720", name="1720_mallowfield-textlive", ext="txt", source="Mallowfield Times", zone="Europe/London", render=r_textlive,
  keypoints="Key points", kpbullet="• ", stampfmt=lambda d: d.strftime("%H:%M"),
  head=["Mallowfield Times", "Home | World | Ukraine | Business | Sport | Puzzles", "", "Ukraine war live: Russia fires hundreds of missiles and drones at power grid", "",
        "Monday 26 August 2024", "Posts appear in the order they were published, oldest at the top. All times BST.", ""],
  foot=["", "This live page is now closed. Our coverage continues tomorrow.", "", "Most viewed", "Heatwave warning for south-east England", ""],
  chrome_after={2: "Advertisement", 5: "Sign up to the Mallowfield Morning Briefing"},
  basis="stamp '{s}' on the page date Monday 26 August 2024; page says times are BST (UTC+1)",
  notes="Invented outlet. Text live blog in CHRONOLOGICAL order (oldest first, as the page says), bare 'HH:MM' BST stamps, optional 'By' line under the headline. A 'Key points' list (bulleted) holds three exact headlines. 1720-07 is a near-verbatim recap of 1720-01 (duplicate_of 1720-01). 1720-04 is a video teaser without body. " + D1,
  not_entries=["masthead and menu", "title line", "date line and order/zone note", "'Key points' header and its three bullets", "'Advertisement'", "newsletter sign-up line", "closing note", "'Most viewed' box"],
  entries=[
  E("2024-08-26 05:55", "Russia launches massive missile and drone attack across Ukraine",
    ["Air raid alerts sounded across the whole of Ukraine early on Monday as Russia launched one of its largest combined attacks of the war, firing more than 100 missiles and a similar number of drones.",
     "Explosions were reported in Kyiv, Lviv, Lutsk, Dnipro and Odesa, with officials saying energy facilities were the main target."],
    "strikes", "strikes", 3, MAIN1, a="Hannah Crewe", kp=True),
  E("2024-08-26 07:20", "Energy sites hit in several regions, emergency power cuts imposed",
    ["Ukraine's grid operator Ukrenergo said it had introduced emergency outages in several regions after damage to generation and transmission facilities.",
     "Kyiv's mayor Vitali Klitschko said parts of the capital had lost water supply because pumping stations were without power."],
    "strikes", "strikes", 3, MAIN1, a="Hannah Crewe"),
  E("2024-08-26 08:45", "Poland scrambles jets during Russian attack",
    ["Poland's operational command said it had put fighter jets in the air and raised the readiness of ground-based air defence because of the scale of the Russian strikes near its border.",
     "It said allied aircraft were also involved."],
    "strikes", "strikes", 3, "poland-scrambles-jets-2024-08-26", a="Hannah Crewe", sec=["security"], kp=True),
  E("2024-08-26 10:10", "Watch: Smoke rises over Kyiv as air defences fire",
    [], "strikes", "strikes", 1, MAIN1, n="Video teaser without body."),
  E("2024-08-26 11:35", "Zelensky: allies must let us strike where the missiles come from",
    ["Volodymyr Zelensky said Russia had used 127 missiles and 109 drones in the attack and repeated his call on Western partners to lift limits on the use of long-range weapons against airfields in Russia.",
     "He also asked European neighbours to help shoot down missiles over western Ukraine."],
    "aid", "aid", 3, "zelensky-long-range-plea-2024-08-26", a="Tom Astley", sec=["strikes", "diplomacy"]),
  E("2024-08-26 13:00", "Denmark unveils package paid for by profits on frozen Russian assets",
    ["Danish Defence Minister Troels Lund Poulsen said Copenhagen would send a new package of artillery ammunition and spare parts worth about 1.3 billion kroner.",
     "He said it would be financed through the EU's use of windfall profits from immobilised Russian central bank assets."],
    "aid", "aid", 2, "denmark-windfall-package-2024-08-26", a="Tom Astley",
    n="Must not merge with Norway's air-defence funding (1721-02): a different aid package."),
  E("2024-08-26 15:25", "Recap: Russia launches massive missile and drone attack across Ukraine",
    ["Air raid alerts sounded across the whole of Ukraine early on Monday as Russia launched one of its largest combined attacks of the war, firing more than 100 missiles and a similar number of drones.",
     "Explosions were reported in Kyiv, Lviv, Lutsk, Dnipro and Odesa, with officials saying energy facilities were the main target."],
    "strikes", "strikes", 1, MAIN1, a="Tom Astley", dup="1720-01",
    n="Near-verbatim repeat of 1720-01 ('Recap:' prefix) -> importance 1."),
  E("2024-08-26 19:10", "Drone hits high-rise in Russia's Saratov",
    ["A Ukrainian drone crashed into a 38-storey residential tower in Saratov, injuring several people, the regional governor said.",
     "Saratov is near the Engels air base, which Russia uses for strategic bombers."],
    "strikes", "strikes", 3, "saratov-drone-strike-2024-08-26", a="Tom Astley"),
  E("2024-08-26 20:40", "Two killed in evening strike on Zaporizhzhia",
    ["Russian missiles struck an industrial area of Zaporizhzhia in the evening, killing two people and wounding five, the regional governor Ivan Fedorov said.",
     "The attack came hours after the morning barrage had ended."],
    "strikes", "strikes", 3, "zaporizhzhia-evening-strike-2024-08-26", a="Tom Astley",
    n="A separate attack on a different city hours after the morning barrage: must not merge with " + MAIN1 + "."),
  ]))

SEEDS.append(dict(id="1721", name="1721_nightjar-live", ext="html", source="Nightjar Review", zone="Europe/Kyiv", render=r_nightjar,
  title="Live: Russia hits Ukraine's energy system in huge combined strike", url="https://nightjar.example/live/2024-08-26-ukraine",
  lede="Updates from our correspondents in Kyiv and Lviv on Monday, August 26.", datetext="Monday, August 26, 2024. Times are Kyiv time (UTC+3).",
  basis="stamp '{s}' (also <time datetime> with +03:00) on the page date Monday, August 26, 2024; Kyiv time EEST (UTC+3)",
  notes="Invented outlet. HTML live blog with LiveBlogPosting JSON-LD whose updates carry their own datePublished (+03:00); each HTML post has <time datetime> plus a bare 'HH:MM' Kyiv stamp. Newest first. Spells the city 'Zaporizhia'. " + D1,
  not_entries=["top navigation", "h1 title and dek", "date/zone note", "'Copy link · Share' under every post", "membership appeal after the second post", "footer"],
  entries=[
  E("2024-08-26 23:35", "Two dead as Russian missiles strike Zaporizhia",
    ["Russia fired missiles at Zaporizhia late on Monday, killing two people, governor Ivan Fedorov said.",
     "A warehouse and several cars caught fire."],
    "strikes", "strikes", 3, "zaporizhzhia-evening-strike-2024-08-26", a="Olena Hrytsak"),
  E("2024-08-26 19:50", "Norway adds funds for Ukraine's air defence",
    ["Norway's defence minister Bjørn Arild Gram said Oslo would put an extra 2.5 billion kroner towards air defence for Ukraine, including missiles for NASAMS launchers.",
     "He said the money would be spent through existing international purchasing schemes."],
    "aid", "aid", 2, "norway-air-defence-funding-2024-08-26", a="Olena Hrytsak",
    n="Must not merge with Denmark's package (1720-06)."),
  E("2024-08-26 17:20", "Zelensky renews plea to use Western missiles on Russian airfields",
    ["After the attack, Zelensky said in his evening address that Ukraine needed permission to hit Russian aircraft on the ground before they fire.",
     "He thanked partners whose air defence systems helped shoot down dozens of missiles."],
    "aid", "aid", 3, "zelensky-long-range-plea-2024-08-26", a="Mark Sokil", sec=["diplomacy"]),
  E("2024-08-26 14:05", "Polish military says object may have entered its airspace",
    ["Poland's armed forces said an object, probably a drone, may have crossed into Polish airspace during the Russian attack, and that a search was under way.",
     "Warsaw had scrambled jets in the morning as a precaution."],
    "strikes", "strikes", 3, "poland-scrambles-jets-2024-08-26", a="Mark Sokil", sec=["security"]),
  E("2024-08-26 11:30", "Death toll from morning attack rises to five",
    ["At least five people were killed in the overnight and morning strikes, including a man in Lutsk and a woman in the Dnipropetrovsk region, officials said.",
     "Dozens of people were wounded across the country."],
    "strikes", "strikes", 3, MAIN1, a="Mark Sokil", n="Toll update of the morning barrage: same story."),
  E("2024-08-26 08:15", "Explosions in Kyiv, Lutsk and Dnipro as Russia hits energy sites",
    ["Blasts were heard in several cities as Russian missiles and drones targeted power plants and substations across Ukraine, local officials said.",
     "The air force said cruise missiles were launched from strategic bombers over the Caspian Sea."],
    "strikes", "strikes", 3, MAIN1, a="Olena Hrytsak"),
  ]))

SEEDS.append(dict(id="1722", name="1722_zephyr-worldrss", ext="xml", source="Zephyr World Service", zone="UTC", render=r_rss_generic,
  title="Zephyr World Service - Top stories", link="https://zephyr.example/news", desc="World news from Zephyr", guidp="zw-", desc_mode="cdata",
  fmt=lambda d: d.strftime("%a, %d %b %Y %H:%M:%S GMT"), basis="pubDate '{s}' (GMT = UTC)",
  notes="Invented outlet. General world-news RSS 2.0 feed (GMT pubDates, HTML paragraphs in CDATA, dc:creator on some items). Only two of nine items are about the war; the others are off-beat and several share words with war news ('strikes', 'strike', 'talks', 'aid'). " + D1,
  not_entries=["channel <title>, <link>, <description>, <language>, <lastBuildDate>"],
  entries=[
  OFF("2024-08-26 21:20", "US Open gets under way in New York heat",
    ["Organisers opened the roof on Arthur Ashe Stadium as temperatures climbed on the first day of the final Grand Slam of the year."], "us-open-day-one-2024", "sport"),
  E("2024-08-26 19:45", "Drone strikes residential tower in Russia's Saratov",
    ["A drone hit a high-rise apartment building in the Russian city of Saratov, regional governor Roman Busargin said, blaming Ukraine.",
     "Russia's defence ministry said it had downed more than 20 Ukrainian drones over several regions."],
    "strikes", "strikes", 3, "saratov-drone-strike-2024-08-26", a="Zephyr Europe desk"),
  OFF("2024-08-26 17:30", "Telegram founder Durov to remain in French custody",
    ["A French judge extended the detention of Pavel Durov, the Russian-born founder of the Telegram messaging app, who was arrested at an airport near Paris on Saturday."],
    "durov-detention-france", "French criminal case against a tech executive"),
  OFF("2024-08-26 15:10", "Gaza ceasefire talks in Cairo end without deal",
    ["Negotiators from Israel, Egypt, Qatar and the United States left Cairo without agreement on a truce in Gaza, officials said, though working-level talks will continue."],
    "gaza-ceasefire-talks-cairo", "another conflict; 'talks'"),
  OFF("2024-08-26 12:40", "Israel and Hezbollah pause after heavy exchange of strikes",
    ["Both sides signalled they did not want a wider war a day after Israel carried out pre-emptive strikes in southern Lebanon and Hezbollah fired hundreds of rockets and drones."],
    "israel-hezbollah-exchange", "another conflict; 'strikes'"),
  E("2024-08-26 10:05", "Ukraine hit by one of the largest air attacks of the war",
    ["Russia fired more than 200 missiles and drones at targets across Ukraine on Monday morning, damaging power infrastructure and killing at least three people, Ukrainian officials said.",
     "Emergency blackouts were imposed in several regions."],
    "strikes", "strikes", 3, MAIN1, a="Zephyr Europe desk"),
  OFF("2024-08-26 08:30", "Typhoon Shanshan set to strike southern Japan",
    ["Japan's weather agency warned of violent winds and record rain as the typhoon moved towards Kyushu."], "typhoon-shanshan", "weather; 'strike'"),
  OFF("2024-08-26 06:50", "Bangladesh seeks flood aid as waters recede",
    ["Bangladesh's interim government appealed for international aid after floods in the east of the country killed dozens and displaced hundreds of thousands."], "bangladesh-flood-aid", "natural disaster; 'aid'"),
  OFF("2024-08-26 04:15", "Oil rises on Libya supply fears",
    ["Brent crude climbed after Libya's eastern-based government said it would halt oil production and exports."], "oil-prices-libya-august-2024", "markets"),
  ]))

SEEDS.append(dict(id="1723", name="1723_rowan-article", ext="txt", source="Rowan Standard", zone="America/New_York", render=r_textarticle,
  head=["ROWAN STANDARD", "World | Europe", "", "The grid war: what Monday's barrage tells us about Russia's strategy", "",
        "By Marcus Whitby", "August 26, 2024 5:30 p.m. EDT", "", "Listen to this article · 6 min", "Gift this article", ""],
  foot=["", "Marcus Whitby covers European security for the Rowan Standard.", "", "More from World", "How Kursk changed the map of the war", ""],
  chrome_after={0: "ADVERTISEMENT"},
  basis="single article; no per-section time, the printed dateline 'August 26, 2024 5:30 p.m. EDT' (UTC-4) used for every section",
  notes="Invented outlet. Text scrape of one analysis article with three section sub-heads; each section is one entry (headline = sub-head, stamp null, author = the article byline, published = dateline 5:30 p.m. EDT = 21:30 UTC). Section 1 reports the day's barrage (same story as the other seeds); sections 2 and 3 are theme pieces and get their own stories. " + D1,
  not_entries=["masthead and section line", "article title", "byline and dateline", "'Listen to this article' and 'Gift this article'", "ADVERTISEMENT", "author bio line", "'More from World' box"],
  entries=[
  E("2024-08-26 17:30", "A barrage across 15 regions",
    ["Russia's attack on Monday reached from Kharkiv in the east to Volyn on the Polish border, and Ukrainian officials said at least 15 regions reported damage to power infrastructure.",
     "By evening, the national grid operator was warning of scheduled blackouts for days."],
    "strikes", "strikes", 3, MAIN1, a="Marcus Whitby"),
  E("2024-08-26 17:30", "Why the grid?",
    ["Since March, Russia has focused on generation capacity rather than substations, which are easier to repair.",
     "Ukrainian officials estimate that roughly half of the country's generating capacity has been destroyed or occupied, leaving it dependent on imports from the EU and on repairs that take months."],
    "strikes", "strikes", 2, "explainer-ukraine-grid-attacks", a="Marcus Whitby",
    n="Theme/explainer section on the energy campaign as a whole: own story, not merged with the day's barrage."),
  E("2024-08-26 17:30", "The long-range question",
    ["Washington and London have so far refused to let Ukraine use their missiles against airfields deep inside Russia.",
     "Officials in both capitals fear escalation, while Kyiv argues that the bombers which launched Monday's cruise missiles are out of its reach."],
    "aid", "aid", 2, "analysis-long-range-weapons-debate", a="Marcus Whitby", sec=["diplomacy"],
    n="Analysis of the long-running debate, not Zelensky's statement of the day: own story."),
  ]))

# ------------------------------------------------------------------ day 2
SEEDS.append(dict(id="1730", name="1730_osprey-atom", ext="xml", source="Osprey Daily", zone="Europe/Kyiv", render=r_atom_generic,
  title="Osprey Daily: Ukraine", link="https://osprey.example/ukraine", tag="osprey.example", subtitle="Ukraine coverage from Osprey Daily",
  fmt=lambda d: d.isoformat(),
  basis="<published> '{s}' (explicit +03:00 offset, Kyiv summer time)",
  notes="Invented outlet. Atom feed of Ukraine stories for Tuesday 27 Aug 2024, <published> with +03:00, escaped HTML content. 1730-05 continues day 1's main story (death toll rising, blackouts) and keeps its story slug. " + D2,
  not_entries=["feed <title>, <subtitle>, <link>s, <id>, <updated>"],
  entries=[
  E("2024-08-27 22:40", "Missile hits hotel in Kryvyi Rih",
    ["A Russian missile struck a hotel in the centre of Kryvyi Rih on Tuesday evening, killing one person and injuring five, regional officials said.",
     "Rescuers were searching the rubble for people who may be trapped."],
    "strikes", "strikes", 3, "kryvyi-rih-hotel-strike-2024-08-27", a="Dmytro Levchuk"),
  E("2024-08-27 20:15", "Modi discusses Ukraine with Putin days after Kyiv visit",
    ["Indian Prime Minister Narendra Modi said he had spoken to Vladimir Putin by phone and shared his impressions from his recent trip to Ukraine.",
     "Modi said India supported an early and peaceful resolution through dialogue."],
    "diplomacy", "diplomacy", 3, "modi-putin-call-2024-08-27", a="Dmytro Levchuk"),
  E("2024-08-27 17:30", "Zelensky to present 'victory plan' to Biden",
    ["Volodymyr Zelensky told a news conference in Kyiv that he had prepared a plan to force Russia to end the war and would present it to Joe Biden in September.",
     "He said the Kursk operation was one part of the plan."],
    "diplomacy", "diplomacy", 3, "zelensky-victory-plan-2024-08-27", a="Iryna Bondar"),
  E("2024-08-27 14:10", "Syrskyi: Ukraine holds 100 settlements in Kursk region",
    ["Ukraine's commander-in-chief Oleksandr Syrskyi said his forces controlled 1,294 square kilometres and 100 settlements in Russia's Kursk region.",
     "He said Russia had moved about 30,000 troops to the area but was still pressing its offensive towards Pokrovsk."],
    "other", "frontline", 3, "syrskyi-kursk-100-settlements", a="Iryna Bondar"),
  E("2024-08-27 11:05", "Monday's attack: death toll climbs to seven as blackouts continue",
    ["The number of people killed in Monday's massive Russian attack rose to seven after rescuers recovered another body in the Zhytomyr region.",
     "Ukrenergo said scheduled power cuts would remain in place in most regions on Tuesday."],
    "strikes", "strikes", 3, MAIN1, a="Iryna Bondar",
    n="Continues day 1's story with a new development (higher toll, blackouts): same slug as day 1 (" + MAIN1 + "), told by two day-2 seeds."),
  E("2024-08-27 08:40", "Kyiv air defences repel second night of attacks",
    ["Russia launched another wave of drones and missiles overnight, with explosions heard over Kyiv as air defence units opened fire.",
     "The city's military administration said there were no reports of casualties in the capital."],
    "strikes", "strikes", 3, "overnight-attack-2024-08-27", a="Dmytro Levchuk"),
  ]))

SEEDS.append(dict(id="1731", name="1731_tern-htmllive", ext="html", source="Tern Bulletin", zone="Europe/London", render=r_tern,
  title="Ukraine latest: missile strikes hotel in Kryvyi Rih", lede="Follow our live coverage of the war in Ukraine.",
  datetext="Tuesday 27 August 2024 · times in BST",
  basis="stamp '{s}' (12-hour with 'a.m./p.m.') on the page date Tuesday 27 August 2024; BST (UTC+1) per the date line",
  notes="Invented outlet. HTML live blog without JSON-LD, newest first, stamps '9.20 a.m.' (dot separator, dotted a.m./p.m.) above the headline, credit line 'Reporting by ...' under the body. 1731-01 is a photo teaser without body. " + D2,
  not_entries=["masthead and menu", "h1 and intro", "date/zone line", "'ADVERTISEMENT'", "link to Monday's coverage", "footer"],
  entries=[
  E("2024-08-27 21:10", "Pictured: Rescue workers at the damaged hotel in Kryvyi Rih",
    [], "strikes", "strikes", 1, "kryvyi-rih-hotel-strike-2024-08-27", n="Photo teaser without body."),
  E("2024-08-27 20:50", "Hotel hit in Kryvyi Rih missile strike",
    ["A missile hit a hotel in Zelensky's home city of Kryvyi Rih, the head of the local military administration said, with at least one person killed.",
     "Photographs showed the upper floors of the building torn open."],
    "strikes", "strikes", 3, "kryvyi-rih-hotel-strike-2024-08-27", a="Sam Pryor"),
  E("2024-08-27 17:05", "Glide bomb hits apartment block in Kharkiv",
    ["A Russian guided bomb struck a residential building in Kharkiv, injuring seven people, mayor Ihor Terekhov said.",
     "Kharkiv has been hit by glide bombs almost daily this summer."],
    "strikes", "strikes", 2, "kharkiv-glide-bomb-2024-08-27", a="Sam Pryor",
    n="Different city and attack from the Kryvyi Rih hotel strike: must not merge."),
  E("2024-08-27 15:30", "Zelensky says he will show Biden a plan to end the war",
    ["Ukraine's president said he would set out a plan for victory to the US president, and then to the two candidates in the November election.",
     "He did not give details, but said it included the incursion into Russia."],
    "diplomacy", "diplomacy", 3, "zelensky-victory-plan-2024-08-27", a="Ellie Marsh"),
  E("2024-08-27 11:45", "F-16s shot down missiles during Monday's attack, Zelensky says",
    ["Zelensky confirmed for the first time that Ukraine's F-16 fighter jets had been used to intercept Russian cruise missiles during Monday's barrage.",
     "He thanked the countries that supplied the aircraft and said more were needed."],
    "strikes", "strikes", 3, "f16-intercepts-zelensky-2024-08-27", a="Ellie Marsh", sec=["aid"],
    n="A new statement about the previous day's interceptions: own story (not merged with the barrage itself)."),
  E("2024-08-27 09:20", "Seven now confirmed dead after Monday's strikes",
    ["Ukrainian officials raised the death toll from Monday's Russian missile and drone attack to seven.",
     "Repairs to damaged power plants could take weeks, the energy ministry said."],
    "strikes", "strikes", 3, MAIN1, a="Ellie Marsh", n="Continuation of day 1's main story (toll update)."),
  ]))

SEEDS.append(dict(id="1732", name="1732_westerly-textlive", ext="txt", source="Westerly Observer", zone="UTC", render=r_textlive,
  stampfmt=lambda d: d.strftime("%H:%M UTC"), divider=lambda d: d.strftime("%A %-d %B %Y").upper(),
  head=["WESTERLY OBSERVER", "Europe · Ukraine · Live", "", "Russia-Ukraine war: day 916", "", "Accept cookies  Manage settings", ""],
  foot=["", "END OF LIVE COVERAGE", "Subscribe for full access"],
  chrome_after={1: "Related: The soldiers holding the line near Toretsk", 3: "Advertisement"},
  basis="stamp '{s}' under the date divider for {d}",
  notes="Invented outlet. Text live blog with an upper-case date divider 'TUESDAY 27 AUGUST 2024' and 'HH:MM UTC' stamps on their own line, newest first. Entry 1732-02 has no headline: its stamp is followed directly by the body (headline null). No bylines. 1732-03 is an analysis piece (theme). " + D2,
  not_entries=["masthead and section line", "title line 'Russia-Ukraine war: day 916'", "cookie line", "date divider", "'Related:' link", "'Advertisement'", "closing lines"],
  entries=[
  E("2024-08-27 19:30", "Modi tells Putin about his visit to Kyiv",
    ["Narendra Modi said he and Vladimir Putin had exchanged views on the war in a phone call, and that he had told the Russian leader about his conversations in Kyiv.",
     "The Kremlin said Putin had explained Russia's position, including on the Kursk incursion."],
    "diplomacy", "diplomacy", 3, "modi-putin-call-2024-08-27"),
  E("2024-08-27 16:00", None,
    ["Ukraine's top commander Oleksandr Syrskyi said his troops now control 100 settlements in Russia's Kursk region and had taken 594 prisoners since the incursion began.",
     "He said the situation near Pokrovsk remained difficult."],
    "other", "frontline", 3, "syrskyi-kursk-100-settlements", n="No headline on the page: the stamp line is followed directly by the body."),
  E("2024-08-27 13:20", "Analysis: why Russia wants Pokrovsk",
    ["Pokrovsk sits on roads and a railway that supply much of Ukraine's eastern front, which is why Russia has kept pressing towards it despite the Kursk incursion.",
     "Losing the town would also cut off one of Ukraine's last sources of coking coal for its steel industry."],
    "other", "frontline", 2, "analysis-pokrovsk-importance", n="Theme/analysis piece: own story."),
  E("2024-08-27 10:45", "Families with children ordered out of Pokrovsk area",
    ["Regional officials ordered the compulsory evacuation of families with children from Pokrovsk and nearby villages as Russian troops came within about 10 kilometres.",
     "Around 53,000 people were still living in the town, the military administration said."],
    "other", "humanitarian", 2, "pokrovsk-families-evacuation"),
  E("2024-08-27 08:30", "Zelensky: F-16 jets downed cruise missiles",
    ["Ukraine's F-16s took part in repelling Monday's attack and destroyed several cruise missiles, Zelensky said.",
     "It was the first official confirmation that the jets had been used in combat."],
    "strikes", "strikes", 3, "f16-intercepts-zelensky-2024-08-27", sec=["aid"]),
  E("2024-08-27 04:50", "Kyiv wakes to second night of missiles",
    ["Explosions sounded over Kyiv early on Tuesday as Russia launched drones and missiles for a second night in a row, officials said.",
     "Debris fell in several districts but caused no serious damage."],
    "strikes", "strikes", 3, "overnight-attack-2024-08-27"),
  ]))

SEEDS.append(dict(id="1733", name="1733_nightjar-live", ext="html", source="Nightjar Review", zone="Europe/Kyiv", render=r_nightjar,
  title="Live: Ukraine counts the cost of Monday's strikes as new attacks follow", url="https://nightjar.example/live/2024-08-27-ukraine",
  lede="Updates from our correspondents on Tuesday, August 27.", datetext="Tuesday, August 27, 2024. Times are Kyiv time (UTC+3).",
  basis="stamp '{s}' (also <time datetime> with +03:00) on the page date Tuesday, August 27, 2024; Kyiv time EEST (UTC+3)",
  notes="Invented outlet, same layout as 1721 (next day's page). 1733-04 re-posts yesterday's update 1721-06 nearly verbatim (same headline, body lightly edited) at 07:05 Kyiv on 27 Aug: a re-post of an entry from a previous day -> importance 1 (repost_of 1721-06; duplicate_of stays null because duplicate_of is limited to the same seed). " + D2,
  not_entries=["top navigation", "h1 title and dek", "date/zone note", "'Copy link · Share' under every post", "membership appeal after the second post", "footer"],
  entries=[
  E("2024-08-27 21:45", "Air force: 81 drones and 10 missiles launched overnight",
    ["Ukraine's air force said Russia had launched 10 missiles and 81 drones overnight into Tuesday, and that most of them had been shot down.",
     "It was the second large attack in two days."],
    "strikes", "strikes", 3, "overnight-attack-2024-08-27", a="Mark Sokil"),
  E("2024-08-27 15:10", "Russia claims capture of village near Pokrovsk",
    ["Russia's defence ministry said its forces had taken a village south-east of Pokrovsk.",
     "Ukraine's general staff reported heavy fighting in the area but did not confirm the loss."],
    "other", "frontline", 2, "russia-claims-village-pokrovsk-2024-08-27", a="Mark Sokil"),
  E("2024-08-27 12:20", "Fire at oil depot in Russia's Rostov region after drone attack",
    ["A fuel storage site in the Rostov region caught fire after a Ukrainian drone attack, the regional governor said.",
     "No injuries were reported."],
    "strikes", "strikes", 2, "rostov-oil-depot-drone-2024-08-27", a="Olena Hrytsak"),
  E("2024-08-27 07:05", "Explosions in Kyiv, Lutsk and Dnipro as Russia hits energy sites",
    ["Blasts were heard in several cities as Russian missiles and drones targeted power plants and substations across Ukraine, local officials said on Monday.",
     "The air force said cruise missiles were launched from strategic bombers over the Caspian Sea."],
    "strikes", "strikes", 1, MAIN1, a="Olena Hrytsak", rep="1721-06",
    n="Re-post of the previous day's update 1721-06 (near-verbatim) -> importance 1, same story."),
  ]))

# ------------------------------------------------------------------ day 3
SPIDER = "operation-spiderweb-airbases-2025-06-01"
SEEDS.append(dict(id="1740", name="1740_silverdale-worldrss", ext="xml", source="Silverdale Times", zone="Europe/London", render=r_rss_generic,
  title="Silverdale Times | World", link="https://silverdale.example", desc="Latest world news from the Silverdale Times", guidp="st-", desc_mode="escaped",
  fmt=rfc, basis="pubDate '{s}' (explicit +0100 offset, BST)",
  notes="Invented outlet. General world-news RSS 2.0 feed for Sunday 1 June 2025; pubDate in UK summer time with '+0100'; <description> holds entity-escaped HTML paragraphs. Three of eight items are about the war; the other five are off-beat (Polish election, football, Gaza aid site, US-China trade talks, Alpine storms). " + D3,
  not_entries=["channel <title>, <link>, <description>, <language>, <lastBuildDate>, <image>"],
  image="https://silverdale.example/logo.png",
  entries=[
  OFF("2025-06-01 22:10", "Polish presidential run-off too close to call",
    ["Exit polls in Poland's presidential run-off put Warsaw mayor Rafał Trzaskowski and conservative historian Karol Nawrocki within a fraction of a point of each other.",
     "Final results are expected on Monday."], "poland-presidential-runoff-2025", "domestic politics of another country"),
  E("2025-06-01 20:30", "Ukraine says drones hit dozens of Russian bombers",
    ["Ukraine's SBU security service said drones smuggled into Russia on trucks had struck 41 aircraft at four air bases, including Belaya in Siberia and Olenya in the Arctic.",
     "The service said the operation, called Spiderweb, had been prepared for more than a year."],
    "strikes", "strikes", 3, SPIDER, a="Silverdale foreign desk"),
  E("2025-06-01 18:15", "Bridge collapse derails passenger train in Bryansk region",
    ["Seven people were killed when a road bridge fell onto a railway line in Russia's Bryansk region as a passenger train passed underneath, Russian officials said.",
     "Investigators said the bridge had been blown up."],
    "other", "security", 3, "bryansk-bridge-collapse-train-2025-06-01", a="Silverdale foreign desk",
    n="Sabotage on Russian railways -> other/security. Must not merge with the Kursk freight bridge collapse or with the drone operation."),
  OFF("2025-06-01 16:00", "Paris celebrates first Champions League title",
    ["Hundreds of thousands of fans lined the Champs-Elysees to greet Paris Saint-Germain after the club's win in Munich."], "psg-champions-league-parade", "sport"),
  OFF("2025-06-01 13:40", "Dozens reported killed near Gaza aid distribution site",
    ["Health officials in Gaza said dozens of people were killed and many wounded near a food aid centre in Rafah; Israel's military said it was looking into the reports."],
    "gaza-aid-site-deaths", "another conflict; 'aid'"),
  OFF("2025-06-01 11:20", "US and China trade accusations ahead of new talks",
    ["Washington and Beijing accused each other of breaking the terms of last month's tariff truce as officials prepared for another round of trade talks."],
    "us-china-trade-talks", "trade dispute; 'talks'"),
  E("2025-06-01 09:05", "Russia fires record number of drones at Ukraine",
    ["Ukraine's air force said Russia launched 472 drones and seven missiles overnight, the largest number of drones in a single attack since the invasion began.",
     "Most were shot down or jammed, it said."],
    "strikes", "strikes", 3, "russia-record-drone-attack-2025-06-01"),
  OFF("2025-06-01 07:30", "Storms set to strike the Alps after heavy rain",
    ["Forecasters in Switzerland and Austria warned of flash floods and landslides as thunderstorms moved in after days of rain."], "alps-storm-warning", "weather; 'strike'"),
  ]))

SEEDS.append(dict(id="1741", name="1741_redwing-graphlive", ext="html", source="Redwing Journal", zone="Europe/Kyiv", render=r_redwing,
  title="Ukraine war: drones hit Russian bombers far behind the front", url="https://redwing.example/live/2025-06-01",
  lede="Our correspondents follow Sunday's events as Ukraine claims an unprecedented attack on Russian air bases.", datetext="All times Kyiv (EEST, UTC+3)",
  basis="stamp '{s}' (day and month, 24-hour; year from the JSON-LD dates); Kyiv time EEST (UTC+3) as the page states",
  notes="Invented outlet. HTML live page with a Yoast-style @graph JSON-LD (LiveBlogPosting with @type array, per-update datePublished in +03:00). HTML stamps read '1 June, 21:15' (no year printed in the body; the JSON-LD gives 2025). Newest first. 1741-01 is an explainer (theme). Spells the Arctic base 'Olenya'. " + D3,
  not_entries=["site header and navigation", "h1 and summary", "zone note", "'Also read:' link after the third post", "footer"],
  entries=[
  E("2025-06-02 02:50", "Explainer: Russia's Tu-95 and Tu-22M3 bombers",
    ["The Tu-95, a propeller-driven bomber first flown in the 1950s, and the supersonic Tu-22M3 have launched many of the cruise missiles fired at Ukrainian cities.",
     "Russia cannot easily replace them because production lines closed decades ago."],
    "other", "security", 2, "explainer-russian-strategic-bombers", a="Anna Kovalenko",
    n="Explainer on the aircraft type (theme): own story. Posted at 02:50 Kyiv on 2 June = 23:50 UTC on 1 June, so it belongs to UTC day 2025-06-01 although its Kyiv date is 2 June."),
  E("2025-06-01 21:15", "SBU: 'Spider's Web' operation hit aircraft at four airfields",
    ["Ukraine's SBU said its drones had damaged or destroyed 41 Russian aircraft, including strategic bombers and an A-50 early-warning plane.",
     "It put the cost of the losses at about $7 billion."],
    "strikes", "strikes", 3, SPIDER, a="Anna Kovalenko"),
  E("2025-06-01 18:40", "Umerov to lead delegation to Istanbul",
    ["Zelensky said defence minister Rustem Umerov would head Ukraine's team at talks with Russia in Istanbul on Monday.",
     "He said Kyiv expected Moscow to hand over its memorandum on a ceasefire in advance."],
    "diplomacy", "diplomacy", 3, "istanbul-talks-ukraine-delegation-2025-06-01", a="Taras Melnyk"),
  E("2025-06-01 16:20", "Missile strike on training unit kills 12 soldiers; land forces chief resigns",
    ["Ukraine's land forces said 12 servicemen were killed and more than 60 wounded when a Russian missile hit a training unit away from the front.",
     "Hours later their commander, Mykhailo Drapatyi, announced he was stepping down, saying he took responsibility."],
    "strikes", "strikes", 3, "training-unit-missile-strike-2025-06-01", a="Taras Melnyk", sec=["politics"]),
  E("2025-06-01 12:30", "Kursk region: rail bridge gives way under freight train",
    ["A railway bridge collapsed in Russia's Kursk region as a freight train was crossing, injuring the driver, regional officials said.",
     "Russian investigators opened a case for sabotage."],
    "other", "security", 2, "kursk-rail-bridge-collapse-2025-06-01", a="Taras Melnyk",
    n="Separate incident from the Bryansk collapse: must not merge."),
  E("2025-06-01 10:10", "Bryansk train derailment: seven dead",
    ["Russian authorities said seven people died and dozens were injured after a bridge was blown up over the Moscow-Klimovo line in the Bryansk region overnight.",
     "Russia's railways said a passenger train had hit the wreckage."],
    "other", "security", 3, "bryansk-bridge-collapse-train-2025-06-01", a="Anna Kovalenko"),
  ]))

SEEDS.append(dict(id="1742", name="1742_moorhen-textlive", ext="txt", source="Moorhen Post", zone="America/New_York", render=r_textlive,
  keypoints="KEY POINTS", kpbullet="- ", stampfmt=lambda d: ampm(d, dots=True, space=" ") + " ET",
  head=["The Moorhen Post", "Sections  |  World  |  Politics  |  Opinion  |  Sign in", "", "Live updates: Ukraine strikes Russian air bases; record drone attack on Ukraine", "",
        "Sunday, June 1, 2025", "Updated 7:35 p.m. ET", ""],
  foot=["", "Share this page", "© The Moorhen Post"],
  chrome_after={2: "ADVERTISEMENT", 4: "Get our World Brief newsletter"},
  basis="stamp '{s}' on the page date Sunday, June 1, 2025; ET (EDT = UTC-4)",
  notes="Invented outlet. Text live blog, newest first, stamps '7:30 p.m. ET' on their own line then headline, optional 'By' line. A 'KEY POINTS' block (hyphen bullets) lists three headlines. 1742-02 is a near-verbatim repeat of the earlier-published 1742-06 (it appears ABOVE the original because the page is newest first; duplicate_of points to the earlier-published entry). 1742-03 is a video teaser. " + D3,
  not_entries=["masthead and menu", "title line", "date line and 'Updated' line", "'KEY POINTS' header and its three bullets", "'ADVERTISEMENT'", "newsletter line", "footer"],
  entries=[
  E("2025-06-01 19:30", "Zelensky says attack on bombers was 18 months in the making",
    ["In his nightly address, Volodymyr Zelensky called the operation brilliant and said its planning had taken a year and a half.",
     "He said the people involved had been safely withdrawn from Russia before the drones were launched."],
    "strikes", "strikes", 3, SPIDER, a="Jordan Pike", n="Statement about the operation by Ukraine's leader: same story as the operation."),
  E("2025-06-01 17:05", "Recap: Ukrainian drones hit bombers at Russian air bases",
    ["Ukraine's security service launched drones from trucks parked near several Russian air bases on Sunday, hitting long-range bombers as far away as Siberia, a Ukrainian official said.",
     "Russia's defence ministry confirmed attacks on airfields in five regions and said several aircraft had caught fire."],
    "strikes", "strikes", 1, SPIDER, a="Jordan Pike", dup="1742-06",
    n="Near-verbatim repeat of 1742-06 posted later ('Recap:')."),
  E("2025-06-01 14:40", "Video: Drones launch from the roofs of trucks",
    [], "strikes", "strikes", 1, SPIDER, n="Video teaser without body."),
  E("2025-06-01 12:20", "Ukraine will send delegation to Istanbul talks, Zelensky confirms",
    ["Zelensky said a team led by Defense Minister Rustem Umerov would travel to Istanbul for a second round of direct talks with Russia on Monday.",
     "He listed a full ceasefire and the release of prisoners as Ukraine's priorities."],
    "diplomacy", "diplomacy", 3, "istanbul-talks-ukraine-delegation-2025-06-01", a="Lena Ortiz"),
  E("2025-06-01 10:45", "Ukraine's army says 12 killed in strike on training unit",
    ["A Russian missile strike on a training unit of Ukraine's ground forces killed 12 soldiers and wounded more than 60, the army said.",
     "It said the troops had not been gathered in formation at the time."],
    "strikes", "strikes", 3, "training-unit-missile-strike-2025-06-01", a="Lena Ortiz", kp=True),
  E("2025-06-01 09:10", "Ukrainian drones hit bombers at Russian air bases",
    ["Ukraine's security service launched drones from trucks parked near several Russian air bases on Sunday, hitting long-range bombers as far away as Siberia, a Ukrainian official said.",
     "Russia's defense ministry confirmed attacks on airfields in five regions and said several aircraft were set on fire."],
    "strikes", "strikes", 3, SPIDER, a="Jordan Pike", kp=True),
  E("2025-06-01 07:00", "Russia launches 472 drones in record overnight attack",
    ["Russia sent 472 drones and seven missiles against Ukraine overnight, the Ukrainian air force said, a record for a single night.",
     "Officials reported damage in several regions but no deaths."],
    "strikes", "strikes", 3, "russia-record-drone-attack-2025-06-01", a="Lena Ortiz", kp=True),
  E("2025-06-01 05:30", "Netherlands to fund drone production for Ukraine",
    ["Dutch Defense Minister Ruben Brekelmans said the Netherlands would spend 400 million euros on drones made by Ukrainian manufacturers.",
     "He said the first deliveries were expected this summer."],
    "aid", "aid", 2, "netherlands-drone-funding-2025-06-01", a="Lena Ortiz"),
  ]))

SEEDS.append(dict(id="1743", name="1743_verdant-atom", ext="xml", source="Verdant Review", zone="UTC", render=r_atom_generic,
  title="Verdant Review - Europe", link="https://verdant.example/europe", tag="verdant.example",
  fmt=lambda d: d.strftime("%Y-%m-%dT%H:%M:%SZ"), basis="<published> '{s}' (UTC, Z)",
  notes="Invented outlet. Atom feed with Z timestamps (UTC), escaped-HTML content. Spells the air bases 'Olenya' and 'Belaya'. 1743-01 is a theme piece. " + D3,
  not_entries=["feed <title>, <link>s, <id>, <updated>"],
  entries=[
  E("2025-06-01 22:30", "Analysis: cheap drones, costly losses",
    ["Sunday's attacks showed how drones costing a few thousand dollars each can threaten aircraft worth hundreds of millions, defence analysts say.",
     "Air forces in Europe and Asia are now reviewing how they protect parked aircraft."],
    "other", "security", 2, "analysis-cheap-drones-air-bases", a="Felix Norwood", n="Theme/analysis piece: own story."),
  E("2025-06-01 19:00", "Olenya and Belaya among bases hit, satellite images suggest",
    ["Commercial satellite pictures appeared to show burnt-out Tu-95 bombers at the Olenya base near Murmansk and damage at Belaya in the Irkutsk region.",
     "Ukraine's SBU said the drones were launched from wooden cabins mounted on trucks."],
    "strikes", "strikes", 3, SPIDER, a="Felix Norwood"),
  E("2025-06-01 15:20", "Russian strike on training ground kills 12 Ukrainian soldiers",
    ["Twelve Ukrainian soldiers were killed in a missile strike on a training area, Ukraine's land forces command said.",
     "An internal investigation has been opened into whether safety rules were broken."],
    "strikes", "strikes", 3, "training-unit-missile-strike-2025-06-01", a="Mira Salonen"),
  E("2025-06-01 11:45", "Record swarm: Russia launches 479 drones and missiles",
    ["Russia launched a total of 479 drones and missiles in an overnight attack on Ukraine, the highest number so far, Kyiv said.",
     "Western regions, including Rivne, were among those targeted."],
    "strikes", "strikes", 3, "russia-record-drone-attack-2025-06-01", a="Mira Salonen"),
  E("2025-06-01 08:00", "Seven killed as bridge falls onto train in Bryansk region",
    ["A bridge collapsed onto a passenger train in Russia's Bryansk region late on Saturday, killing seven people, regional officials said.",
     "A few hours later a second rail bridge gave way in the neighbouring Kursk region."],
    "other", "security", 3, "bryansk-bridge-collapse-train-2025-06-01", a="Mira Salonen"),
  ]))

# ====================================================================== emit
def main():
    for sub in ("seeds", "gold"):
        os.makedirs(os.path.join(ROOT, sub), exist_ok=True)
    for S in SEEDS:
        text, stamps = S["render"](S)
        fn = f"{S['name']}.{S['ext']}"
        open(os.path.join(ROOT, "seeds", fn), "w", encoding="utf-8").write(text)
        pt = S["head"][3] if S.get("head") else S.get("title")
        ents = []
        for i, e in enumerate(S["entries"]):
            d = dt(e["t"], S["zone"]); u = d.astimezone(UTC)
            basis = S["basis"].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), wd=d.strftime("%A, %B %-d"))
            g = {"id": f"{S['id']}-{i+1:02d}", "headline": e["h"], "stamp": stamps[i],
                 "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                 "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                 "published_basis": basis, "author": e["a"],
                 "first_sentence": first_sentence(e["p"][0]) if e["p"] else None,
                 "body_paragraphs": len(e["p"]),
                 "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                 "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"]}
            if e["rep"]: g["repost_of"] = e["rep"]
            if e["n"]: g["notes"] = e["n"]
            ents.append(g)
        gold = {"seed": fn, "source": S["source"], "page_title": pt, "page_timezone": S["zone"],
                "notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]}
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")
        print(fn, len(ents))

if __name__ == "__main__":
    main()

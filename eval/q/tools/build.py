#!/usr/bin/env python3
"""Builds eval/q seeds and gold from the hand-written table below (all news text invented or paraphrased).
Run from anywhere: python3 eval/q/tools/build.py   (deterministic; standard library only)"""
import json, html, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")

def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None, rel=None, grp=None):
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n, rel=rel, grp=grp)

def OFF(t, h, p, st, a=None, n="", grp=None):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: not about the war. " + n, grp=grp)

def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z"\u201c\u2018]|$)', par)
    return par[:m.end()] if m else par

def esc(s):
    return html.escape(s, quote=False)

def attr(s):
    return html.escape(s, quote=True)

def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))

def ampm(d, dots=False, space=" ", sep=":"):
    suf = ("a.m." if d.hour < 12 else "p.m.") if dots else ("am" if d.hour < 12 else "pm")
    return f"{d.hour % 12 or 12}{sep}{d.minute:02d}{space}{suf}"

def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:70]

def paras(ps):
    return sum([[p, ""] for p in ps], [])

# ====================================================================== renderers (return text, stamps)
def r_thelocal(S):
    L = ["Skip to content", "The Local Sweden", "Menu", "Log in", "Become a Member", "",
         "We use cookies to give you the best experience on our site. Accept cookies | Cookie settings", "",
         "NEWS", "", S["title"], "", S["lede"], "", "Published: " + S["datetext"], "", "Author", S["author"], "", "Share this article", "",
         "Photo: Anders Wiklund/TT", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        stamps.append(None)
        L += [e["h"], ""] + paras(e["p"])
        if i == 1:
            L += ["READ ALSO: What changes for foreigners in Sweden once it joins Nato?", ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Members of The Local can sign up to receive this round-up by email every weekday morning. Go to your newsletter settings.", "",
          "Comments", "See Also", "Swedish word of the day: beredskap", "Everything that changes in Sweden in February 2024", ""]
    return "\n".join(L) + "\n", stamps

def r_men(S):
    z = S["zone"]; pub = dt(S["published"], z); upd = dt(S["updated"], z)
    def reach(d): return d.strftime("%H:%M, ") + str(d.day) + d.strftime(" %b %Y").upper()
    L = ["Skip to main content", "Manchester Evening News", "News", "Sport", "What's On", "Property", "Money", "Sign In", "",
         S["title"], "", S["lede"], "", "Comments", "", "ByAnna Whitcombe", "Digital Reporter", "", reach(pub) + "Updated" + reach(upd), "",
         "Bookmark", "", "Image: Getty", "", "Get the biggest daily stories by email", "Subscribe", "We use your sign-up to provide content in ways you've consented to and improve our understanding of you.", "",
         "KEY EVENTS", ""]
    for e in S["entries"]:
        if e["kp"]: L.append(e["h"])
    L += ["", "Show more", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M"); stamps.append(st)
        L += [st, e["h"], ""] + paras(e["p"])
        if i == 2: L += ["Image: AFP via Getty Images", ""]
        if i == 4: L += ["Advertisement", "", "READ MORE: How to donate to the Ukraine appeal in Greater Manchester", ""]
    L += ["Follow us on Facebook", "Most Read", "Most Recent", "Like us on Facebook", ""]
    return "\n".join(L) + "\n", stamps

def r_prague(S):
    L = ["Radio Prague International", "Czech Radio's international service", "", "English  Deutsch  Français  Español  Русский", "",
         "Home", "News", "Podcasts", "Topics", "", "News", "", S["datetext"], "", "Author: " + S["author"], "", "Listen", "Share", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        stamps.append(None)
        L += [e["h"], ""] + paras(e["p"])
    L += ["Related", "The Czech Republic's support for Ukraine: a timeline", "", "© Czech Radio 1996–2023", "Cookies settings", ""]
    return "\n".join(L) + "\n", stamps

def r_deccan(S):
    z = S["zone"]; upd = dt(S["updated"], z)
    L = ["DH", "Deccan Herald", "Trending", "India", "Karnataka", "Bengaluru", "World", "Sports", "Business", "e-Paper", "",
         S["title"], "", S["lede"], "", "DH Web Desk", "", "Last Updated : " + upd.strftime("%d %B %Y, %H:%M IST"), "",
         "Follow Us :", "", "Catch all the latest updates on the Russia-Ukraine war here.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M (IST) ") + str(d.day) + d.strftime(" %b %Y"); stamps.append(st)
        L += [st, "", e["h"], ""] + paras(e["p"])
        if i == 3: L += ["Advertisement", "", "Also Read | Explained: What Nato membership means for Finland and Sweden", ""]
    L += ["Get a round-up of the day's top stories in your inbox", "Check out all newsletters", "", "Published 18 May 2022, 07:05 IST", "", "Follow us on :", ""]
    return "\n".join(L) + "\n", stamps

def r_afp(S):
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8"><title>' + esc(S["title"]) + ' | AFP</title>',
           '<meta name="description" content="' + attr(S["lede"]) + '"></head><body>',
           '<header class="afp-header"><a class="logo" href="/en">AFP</a><nav><a href="/en/news-hub">News</a> <a href="/en/agency">About AFP</a> <a href="/en/products">Products</a> <a href="/en/contact">Contact</a></nav></header>',
           '<main class="news-hub">', '<h1>' + esc(S["title"]) + '</h1>', '<p class="intro">' + esc(S["lede"]) + '</p>',
           '<p class="tz">All times GMT</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%d/%m/%Y %H:%M GMT"); stamps.append(st)
        out.append('<article class="dispatch" id="dispatch-%s">' % (S["id"] + "%02d" % (i + 1)))
        out.append('<div class="dispatch-meta"><span class="label">Published</span> <span class="date">' + st + '</span></div>')
        out.append('<h2>' + esc(e["h"]) + '</h2>')
        if e["a"]: out.append('<p class="signature">by ' + esc(e["a"]) + '</p>')
        for j, p in enumerate(e["p"]):
            if j == 0: out.append('<p><span class="dateline">' + esc(e["rel"]) + ' (AFP) - </span>' + esc(p) + '</p>')
            else: out.append('<p>' + esc(p) + '</p>')
        out.append('<p class="copyright">&copy; Agence France-Presse</p></article>')
        if i == 2: out.append('<aside class="promo"><p>AFP Factcheck: debunking claims about the war in Ukraine</p><a href="/en/factcheck">Read more</a></aside>')
    out.append('</main><footer><p>Copyright AFP 2023. All rights reserved.</p><a href="/en/legal">Legal notice</a> <a href="/en/cookies">Cookie settings</a></footer></body></html>')
    return "\n".join(out) + "\n", stamps

def r_kathimerini(S):
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8"><title>' + esc(S["title"]) + ' | eKathimerini.com</title></head><body>',
           '<div class="topbar"><a href="/">ekathimerini.com</a> <a href="/news/">News</a> <a href="/economy/">Economy</a> <a href="/opinion/">Opinion</a> <a href="/life/">Life</a> <a href="/subscribe/">Subscribe</a></div>',
           '<div class="cookie">This website uses cookies. <button>I agree</button></div>', '<main>',
           '<h1 class="tag-title">' + esc(S["title"]) + '</h1>', '<div class="listing">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%d.%m.%Y • %H:%M"); stamps.append(st)
        out.append('<div class="nx-item">')
        out.append('<span class="item-category">' + esc(e["rel"]) + '</span>')
        out.append('<h3><a href="/news/%d/%s/">' % (1216000 + i * 37, slugify(e["h"])) + esc(e["h"]) + '</a></h3>')
        out.append('<time datetime="' + d.isoformat() + '">' + st + '</time>')
        if e["a"]: out.append('<span class="author">' + esc(e["a"]) + '</span>')
        for p in e["p"]: out.append('<p class="summary">' + esc(p) + '</p>')
        out.append('</div>')
        if i == 3: out.append('<div class="banner">Advertisement</div><div class="nl-box"><h4>Newsletter</h4><p>Get the day\'s top stories from Greece in your inbox.</p></div>')
    out.append('</div><a class="more" href="?page=2">Load more</a></main><footer><p>Copyright &copy; 2023 H KAΘHMEPINH. All rights reserved.</p></footer></body></html>')
    return "\n".join(out) + "\n", stamps

def r_elpais(S):
    z = S["zone"]
    def st_of(d): return d.strftime("%b %d, %Y - %H:%M CEST").upper().replace("CEST", "CEST")
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "headline": e["h"], "datePublished": d.isoformat(), "dateModified": d.isoformat(),
                    "articleBody": " ".join(e["p"]), "url": S["url"] + "#ep--" + S["id"] + "%02d" % (i + 1)})
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "author": [{"@type": "Person", "name": S["author"]}], "publisher": {"@type": "Organization", "name": "EL PAÍS English"},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8"><title>' + esc(S["title"]) + ' | EL PAÍS English</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><a class="logo" href="/en/">EL PAÍS</a> <span class="edition">English</span> <nav><a href="/en/international/">International</a> <a href="/en/economy-and-business/">Economy</a> <a href="/en/opinion/">Opinion</a> <a href="/subscriptions/">Subscribe</a></nav></header>',
           '<main><span class="kicker">WAR IN UKRAINE</span>', '<h1>' + esc(S["title"]) + '</h1>', '<h2 class="subtitle">' + esc(S["lede"]) + '</h2>',
           '<div class="byline"><a href="/autor/x/">' + esc(S["author"]) + '</a> <span class="place">Madrid</span> <span class="date">' + st_of(last) + '</span></div>',
           '<div class="live-updates">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = st_of(d); stamps.append(st)
        out.append('<article class="live-update" id="ep--%s%02d">' % (S["id"], i + 1))
        out.append('<div class="live-date">' + st + '</div>')
        out.append('<h2 class="live-title">' + esc(e["h"]) + '</h2>')
        for p in e["p"]: out.append('<p>' + esc(p) + '</p>')
        out.append('</article>')
        if i == 3: out.append('<div class="ad">Advertising</div>')
    out.append('</div></main><footer><p>© EDICIONES EL PAÍS S.L.</p><a href="/cookies/">Cookies policy</a></footer></body></html>')
    return "\n".join(out) + "\n", stamps

def r_fp(S):
    z = S["zone"]; pub = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": pub.isoformat(),
          "dateModified": pub.isoformat(), "author": {"@type": "Person", "name": S["author"]},
          "publisher": {"@type": "Organization", "name": "Foreign Policy"}, "articleSection": "World Brief"}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8"><title>' + esc(S["title"]) + '</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="site-header"><a href="/">Foreign Policy</a> <a href="/channel/analysis/">Analysis</a> <a href="/channel/argument/">Argument</a> <a href="/newsletters/">Newsletters</a> <a class="subscribe" href="/subscribe/">Subscribe</a></header>',
           '<article class="newsletter-article">', '<div class="eyebrow">World Brief</div>', '<h1>' + esc(S["title"]) + '</h1>',
           '<p class="dek">' + esc(S["lede"]) + '</p>',
           '<div class="author-bio"><span class="by">By</span> <a class="author" href="/author/x/">' + esc(S["author"]) + '</a>, a writer at Foreign Policy.</div>',
           '<time class="date-time" datetime="' + pub.isoformat() + '">' + esc(S["datetext"]) + '</time>',
           '<p class="welcome"><em>Welcome to Foreign Policy\'s World Brief, where we\'re looking at Poland\'s leaders in Washington, a stopgap weapons package for Ukraine, and Haiti\'s political transition.</em></p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        stamps.append(None)
        out.append('<h2><strong>' + esc(e["h"]) + '</strong></h2>')
        for p in e["p"]: out.append('<p>' + esc(p) + '</p>')
        if i == 1: out.append('<div class="newsletter-signup">Sign up for World Brief, FP\'s flagship evening newsletter. <button>Sign Up</button></div>')
        if i == 3: out.append('<h2><strong>What We\'re Following</strong></h2><p><strong>Wednesday, March 13:</strong> Russia\'s presidential election opens on Friday.</p><p><strong>Thursday, March 14:</strong> European Union leaders prepare for next week\'s summit.</p>')
    out.append('<p class="tags">Tags: Russia, Ukraine, Poland, War</p></article><footer>© 2024, FOREIGN POLICY</footer></body></html>')
    return "\n".join(out) + "\n", stamps

def rfc822(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if d.utcoffset().total_seconds() == 0 and d.tzinfo.key in ("UTC", "Etc/UTC", "GMT") else d.strftime("%z"))

def r_rss(S):
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">', "<channel>",
           f"<title>{esc(S['title'])}</title>", f"<link>{S['link']}</link>", f"<description>{esc(S['desc'])}</description>",
           "<language>en</language>", f"<lastBuildDate>{S['fmt'](dt(S['entries'][0]['t'], z))}</lastBuildDate>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = S["fmt"](d); stamps.append(st)
        out.append("<item>")
        out.append(f"<title>{esc(e['h'])}</title>")
        out.append(f"<link>{S['link']}/{slugify(e['h'])}</link>")
        out.append(f'<guid isPermaLink="false">{S["id"]}-{i+1:02d}</guid>')
        out.append(f"<pubDate>{st}</pubDate>")
        if e["grp"]: out.append(f"<category>{esc(e['grp'])}</category>")
        if e["a"]: out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        if S.get("cdata"):
            out.append("<description><![CDATA[" + "".join(f"<p>{p}</p>" for p in e["p"]) + "]]></description>")
        else:
            out.append("<description>" + esc(" ".join(e["p"])) + "</description>")
        out.append("</item>")
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps

def r_rdf(S):
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
           f'<channel rdf:about="{S["link"]}/rss">', f"<title>{esc(S['title'])}</title>", f"<link>{S['link']}</link>",
           f"<description>{esc(S['desc'])}</description>", f"<dc:date>{dt(S['entries'][0]['t'], z).isoformat()}</dc:date>",
           "<dc:language>en</dc:language>", "<items><rdf:Seq>"]
    links = [f"{S['link']}/articles/{15690000 + 13 * i}" for i in range(len(S["entries"]))]
    for l in links: out.append(f'<rdf:li rdf:resource="{l}"/>')
    out += ["</rdf:Seq></items>", "</channel>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        out.append(f'<item rdf:about="{links[i]}">')
        out.append(f"<title>{esc(e['h'])}</title>")
        out.append(f"<link>{links[i]}</link>")
        out.append(f"<description>{esc(' '.join(e['p']))}</description>")
        out.append(f"<dc:subject>{esc(e['grp'])}</dc:subject>")
        out.append(f"<dc:date>{st}</dc:date>")
        out.append("</item>")
    out.append("</rdf:RDF>")
    return "\n".join(out) + "\n", stamps

def r_atom(S):
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">',
           f"<title>{esc(S['title'])}</title>", f"<subtitle>{esc(S['desc'])}</subtitle>",
           f'<link rel="alternate" href="{S["link"]}"/>', f'<link rel="self" href="{S["link"]}/feed.atom"/>',
           f"<id>{S['link']}/</id>", f"<updated>{dt(S['entries'][0]['t'], z).isoformat()}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        out.append("<entry>")
        out.append(f"<title type=\"text\">{esc(e['h'])}</title>")
        out.append(f'<link rel="alternate" href="{S["link"]}/{d.strftime("%Y/%m/%d")}/{slugify(e["h"])}"/>')
        out.append(f"<id>tag:{S['tag']},{d.strftime('%Y-%m-%d')}:{S['id']}{i+1:02d}</id>")
        out.append(f"<published>{st}</published>")
        out.append(f"<updated>{st}</updated>")
        if e["a"]: out.append(f"<author><name>{esc(e['a'])}</name></author>")
        body = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        out.append(f'<content type="html">{esc(body)}</content>')
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps

def r_merrivale(S):
    z = S["zone"]
    L = ["Merrivale Times", "Home | News | World | Business | Sport | Opinion | Puzzles", "",
         "We and our partners use cookies. Accept all cookies | Manage preferences", "",
         "World > Europe > Ukraine", "", S["title"], "", "LIVE", "", S["lede"], "", S["datetext"], "", "Key Points", ""]
    L += [e["h"] for e in S["entries"] if e["kp"]] + [""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M GMT"); stamps.append(st)
        L += [e["h"], "By " + e["a"] + " · " + st, ""] + paras(e["p"]) + ["Share · Copy link", ""]
        if i == 2: L += ["Advertisement", ""]
        if i == 4: L += ["Sign up to Morning Merrivale, our daily newsletter", "Enter your email address  Sign up", ""]
    L += ["Load earlier posts", "", "More on this story", S["related"], "", "© Merrivale Times Media Ltd", ""]
    return "\n".join(L) + "\n", stamps

def r_htmlld(S):
    """HTML live blog, per-post <time datetime>, LiveBlogPosting JSON-LD (plain or @graph/@type array)."""
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#p{S['id']}{i+1:02d}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": " ".join(e["p"]) if e["p"] else ""}
        if e["a"]: u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    node = {"@type": "LiveBlogPosting" if S["ld"] == "plain" else ["NewsArticle", "LiveBlogPosting"], "@id": S["url"],
            "headline": S["title"], "url": S["url"], "datePublished": first.isoformat(), "dateModified": last.isoformat(),
            "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups, "publisher": {"@type": "Organization", "name": S["source"]}}
    if S["ld"] == "plain": ld = {"@context": "https://schema.org", **node}
    else: ld = {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "@id": S["home"] + "#website", "name": S["source"]}, node]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8"><title>' + esc(S["title"]) + " — " + esc(S["source"]) + "</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<nav class="masthead"><a href="/">' + esc(S["source"]) + '</a> <a href="/ukraine">Ukraine</a> <a href="/europe">Europe</a> <a href="/world">World</a> <a href="/donate">Support us</a></nav>',
           "<main>", "<h1>" + esc(S["title"]) + "</h1>", '<p class="intro">' + esc(S["lede"]) + "</p>", '<p class="tznote">' + esc(S["tznote"]) + "</p>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = S["stampfmt"](d); stamps.append(st)
        out.append(f'<div class="update" id="p{S["id"]}{i+1:02d}">')
        out.append(f"<h2>{esc(e['h'])}</h2>")
        meta = f'<time datetime="{d.isoformat()}">{st}</time>'
        if e["a"]: meta += f' <span class="by">{esc(e["a"])}</span>'
        out.append('<div class="meta">' + meta + "</div>")
        for p in e["p"]: out.append(f"<p>{esc(p)}</p>")
        out.append('<div class="share"><a>Share</a> <a>Copy link</a></div></div>')
        if i == 2: out.append('<div class="promo">Read more: <a href="/previous">Yesterday\'s live updates</a></div>')
    out.append("</main><footer>" + esc(S["source"]) + " · Privacy · Cookie settings</footer></body></html>")
    return "\n".join(out) + "\n", stamps

def r_htmlrel(S):
    """HTML live blog, relative stamps; the absolute instant sits in <time datetime> and title attributes."""
    z = S["zone"]; upd = dt(S["updated"], z)
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8"><title>' + esc(S["title"]) + " | " + esc(S["source"]) + "</title></head><body>",
           '<header><a href="/" class="brand">' + esc(S["source"]) + '</a><nav><a href="/news">News</a> <a href="/news/world">World</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav></header>',
           '<main class="live">', '<span class="live-badge">LIVE</span>', '<h1>' + esc(S["title"]) + '</h1>', '<p class="summary">' + esc(S["lede"]) + '</p>',
           '<p class="updated">Last updated ' + esc(S["updtext"]) + '</p>', '<ol class="posts">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((upd - d).total_seconds() // 60)
        st = f"{mins} minutes ago" if mins < 60 else (f"{mins // 60} hour ago" if mins // 60 == 1 else f"{mins // 60} hours ago")
        assert st == e["rel"], (st, e["rel"])
        stamps.append(st)
        u = d.astimezone(UTC)
        out.append('<li class="post">')
        out.append(f'<time datetime="{u.strftime("%Y-%m-%dT%H:%M:%SZ")}" title="{u.strftime("%d %B %Y, %H:%M")} GMT">{st}</time>')
        out.append(f'<h3>{esc(e["h"])}</h3>')
        for p in e["p"]: out.append(f"<p>{esc(p)}</p>")
        if e["a"]: out.append(f'<p class="contributor">Posted by {esc(e["a"])}</p>')
        out.append("</li>")
        if i == 1: out.append('<li class="ad">Advertisement</li>')
    out.append('</ol><a class="older" href="?page=2">Show older posts</a></main><footer>' + esc(S["source"]) + " © 2024</footer></body></html>")
    return "\n".join(out) + "\n", stamps

def r_roundup(S):
    L = list(S["head"]); stamps = []; cur = None
    for e in S["entries"]:
        if e["grp"] != cur:
            cur = e["grp"]; L += [cur, ""]
        stamps.append(None)
        L += ["▪ " + e["h"], ""] + paras(e["p"])
    L += list(S["foot"])
    return "\n".join(L) + "\n", stamps

def r_quenby(S):
    z = S["zone"]
    L = list(S["head"]) + ["Key Points", ""] + ["• " + e["h"] for e in S["entries"] if e["kp"]] + [""]
    stamps = []; curday = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        day = d.strftime("%A, %-d %B %Y")
        if day != curday:
            curday = day; L += ["—— " + day + " ——", ""]
        st = ampm(d, dots=True); stamps.append(st)
        L += [st + " | " + e["h"], ""] + paras(e["p"])
        if e["a"]: L += ["– " + e["a"], ""]
        if i == 3: L += ["ADVERTISEMENT", ""]
    L += list(S["foot"])
    return "\n".join(L) + "\n", stamps

def r_htmlarticle(S):
    z = S["zone"]; pub = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": pub.isoformat(),
          "author": {"@type": "Person", "name": S["author"]}, "publisher": {"@type": "Organization", "name": S["source"]}}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8"><title>' + esc(S["title"]) + '</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header>' + esc(S["source"]) + ' <a href="/world">World</a> <a href="/explainers">Explainers</a></header><article>',
           '<p class="label">Explainer</p>', '<h1>' + esc(S["title"]) + '</h1>', '<p class="byline">By ' + esc(S["author"]) + '</p>',
           '<p class="dateline">' + esc(S["datetext"]) + '</p>']
    for p in S["entries"][0]["p"]: out.append('<p>' + esc(p) + '</p>')
    out.append('<aside>Related: <a href="/live">Live: Russia launches massive air attack on Ukraine</a></aside></article><footer>' + esc(S["source"]) + ' · Terms · Privacy</footer></body></html>')
    return "\n".join(out) + "\n", [None]

def r_textarticle(S):
    L = list(S["head"]); stamps = []
    for e in S["entries"]:
        stamps.append(None)
        L += [e["h"], ""] + paras(e["p"])
    L += list(S["foot"])
    return "\n".join(L) + "\n", stamps

SEEDS = []
# ====================================================================== PART A: single pages
SEEDS.append(dict(id="1800", name="1800_thelocal-todayinsweden", ext="txt", source="The Local Sweden", zone="Europe/Stockholm", render=r_thelocal,
  title="Today in Sweden: A round-up of the latest news on Wednesday",
  lede="Turkey's parliament backs Sweden's Nato bid, Orbán sends an invitation, and more snow on the way: here's our roundup of the news on Wednesday.",
  datetext="24 January 2024 07:38 CET", published="2024-01-24 07:38", author="Hanna Lindqvist",
  notes="Copy-paste of The Local Sweden's morning 'Today in Sweden' round-up (Wednesday 24 Jan 2024). Each item is a plain heading line followed by paragraphs; no item has its own time, so every entry takes the printed publication line '24 January 2024 07:38 CET' (CET = UTC+1) and stamp null. Byline 'Author / Hanna Lindqvist' at the top is used for every item. Two items (snow, Riksbank) are not about the war.",
  not_entries=["skip link, masthead, 'Menu', 'Log in', 'Become a Member'", "cookie banner line", "section label 'NEWS'", "title and standfirst", "'Published:' line, 'Author' label and name", "'Share this article'", "photo credit 'Photo: Anders Wiklund/TT'", "'READ ALSO: What changes for foreigners in Sweden once it joins Nato?'", "'Advertisement'", "members' newsletter box", "'Comments', 'See Also' and two related links"],
  entries=[
  E("2024-01-24 07:38", "Turkish parliament approves Sweden's Nato membership",
    ["Turkey's parliament voted on Tuesday evening to ratify Sweden's application to join Nato, clearing one of the last two hurdles after more than 18 months of waiting.",
     "The bill now goes to President Recep Tayyip Erdoğan for his signature. Prime Minister Ulf Kristersson wrote on X that Sweden was one step closer to becoming a member of the alliance.",
     "Hungary is now the only Nato member that has not approved Sweden's accession."],
    "diplomacy", "diplomacy", 3, "turkey-ratifies-sweden-nato-bid", a="Hanna Lindqvist",
    n="Alliance membership vote -> diplomacy; major development of the day -> 3."),
  E("2024-01-24 07:38", "Orbán invites Kristersson to Budapest",
    ["Hungarian Prime Minister Viktor Orbán has sent Ulf Kristersson a letter inviting him to Budapest to discuss Sweden's membership bid.",
     "The Swedish government said it had received the letter but saw no reason to negotiate at this stage, Foreign Minister Tobias Billström told news agency TT."],
    "diplomacy", "diplomacy", 2, "orban-invites-kristersson", a="Hanna Lindqvist"),
  E("2024-01-24 07:38", "Sweden sets aside extra money for Ukraine's power grid",
    ["The government said it would contribute another 300 million kronor to a fund that buys transformers and generators for Ukraine's energy network.",
     "The money comes on top of the military support packages Sweden has already announced this winter."],
    "aid", "aid", 2, "sweden-ukraine-energy-fund", a="Hanna Lindqvist"),
  E("2024-01-24 07:38", "Shops report run on radios and camping stoves after civil defence warnings",
    ["Retailers say sales of wind-up radios, water canisters and camping stoves have jumped since the minister for civil defence, Carl-Oskar Bohlin, told a security conference that war could come to Sweden.",
     "The Civil Contingencies Agency said its website on home preparedness had several times its normal number of visitors last week."],
    "other", "security", 2, "sweden-civil-defence-preparedness", a="Hanna Lindqvist",
    n="Home-front preparedness prompted by the war; not a strike/aid/diplomacy item -> other/security."),
  OFF("2024-01-24 07:38", "More snow on the way for Stockholm and Uppsala",
    ["The weather agency SMHI has issued a yellow warning for heavy snowfall in eastern Svealand from Wednesday afternoon.",
     "Commuters are advised to expect delays on regional trains."], "sweden-snow-warning-2024-01-24", a="Hanna Lindqvist"),
  OFF("2024-01-24 07:38", "Economists expect Riksbank to keep rates on hold",
    ["Most economists polled by Swedish media expect the central bank to leave its policy rate at four percent at next week's meeting.",
     "Inflation has slowed faster than the bank forecast in the autumn."], "riksbank-rate-expectations", a="Hanna Lindqvist"),
  ]))

SEEDS.append(dict(id="1801", name="1801_men-live", ext="txt", source="Manchester Evening News", zone="Europe/London", render=r_men,
  title="Russia Ukraine war LIVE: Kherson falls as Greater Manchester offers help to refugees",
  lede="Live updates as Russian forces press on in the south and the east of Ukraine and Greater Manchester leaders pledge support.",
  published="2022-03-02 08:20", updated="2022-03-02 16:52",
  notes="Text scrape of a Reach-style (Manchester Evening News) live blog, Wednesday 2 March 2022, newest first. Page byline 'ByAnna Whitcombe' (fused) and a fused date line '08:20, 2 MAR 2022Updated16:52, 2 MAR 2022' give the date; each post is a bare 'HH:MM' line followed by the headline line. UK time = GMT in early March (before the clocks change). A 'KEY EVENTS' block lists three post headlines exactly: treated as the page's Key Points block (key_point true, importance 3). The single page byline is used as author for every post.",
  not_entries=["skip link and section navigation", "page title and standfirst", "'Comments'", "byline 'ByAnna Whitcombe' and 'Digital Reporter'", "fused published/updated line", "'Bookmark'", "'Image: Getty' and 'Image: AFP via Getty Images' credits", "newsletter sign-up box (three lines)", "'KEY EVENTS' header and its three lines (they repeat post headlines)", "'Show more'", "'Advertisement'", "'READ MORE: How to donate to the Ukraine appeal in Greater Manchester'", "footer lines 'Follow us on Facebook', 'Most Read', 'Most Recent', 'Like us on Facebook'"],
  entries=[
  E("2022-03-02 16:52", "Andy Burnham says Greater Manchester is ready to take in refugees",
    ["The mayor of Greater Manchester said the city region stood ready to give Ukrainians fleeing the war a place to live and urged the government to open a simple route for them to come.",
     "Andy Burnham said councils had already been contacted by families offering spare rooms."],
    "other", "humanitarian", 2, "burnham-greater-manchester-refugees", a="Anna Whitcombe"),
  E("2022-03-02 15:40", "Missile hits Kharkiv police headquarters as Russian paratroopers land",
    ["A Russian missile struck the regional police and university buildings in the centre of Kharkiv on Wednesday morning, Ukraine's emergency service said, killing at least four people.",
     "Ukraine's army said Russian airborne troops had landed in the city and fighting had broken out near a military hospital.",
     "Footage shared by officials showed the roof of the building ablaze and debris across the street."],
    "strikes", "strikes", 3, "kharkiv-police-building-strike-2022-03-02", a="Anna Whitcombe", sec=["frontline"], kp=True),
  E("2022-03-02 14:05", "Russia says its troops control Kherson",
    ["Russia's defence ministry claimed its forces had taken full control of Kherson, the first big Ukrainian city to fall since the invasion began.",
     "The city's mayor, Ihor Kolykhayev, said armed soldiers were in the streets and had come to the council building, but that Ukraine's flag was still flying over it."],
    "other", "frontline", 3, "russia-claims-kherson-2022-03-02", a="Anna Whitcombe", kp=True),
  E("2022-03-02 12:48", "UN General Assembly set to vote on demand for Russian withdrawal",
    ["The 193 members of the UN General Assembly will vote later today on a resolution that deplores Russia's invasion and demands that its troops leave Ukraine.",
     "Diplomats expect well over 100 countries to back the text, which is not legally binding."],
    "diplomacy", "diplomacy", 3, "un-general-assembly-vote-2022-03-02", a="Anna Whitcombe", kp=True),
  E("2022-03-02 12:20", "Boris Johnson says Kharkiv attack already looks like a war crime",
    ["The Prime Minister told MPs at Prime Minister's Questions that Russia's bombardment of civilian areas in Kharkiv already appeared to meet the definition of a war crime.",
     "He said the UK would keep tightening sanctions and would work with the International Criminal Court."],
    "diplomacy", "diplomacy", 2, "johnson-pmqs-war-crime-remarks", a="Anna Whitcombe", sec=["strikes"],
    n="A separate statement in Parliament with its own news value; not merged with the Kharkiv strike itself."),
  E("2022-03-02 10:02", "Watch: Families queue for hours at the Polish border", [], "other", "humanitarian", 1, "polish-border-queues-2022-03-02", a="Anna Whitcombe",
    n="Video teaser, no body -> importance 1."),
  E("2022-03-02 09:30", "Salford churches and mosque fill van with supplies for Ukraine",
    ["Volunteers in Salford spent the night loading nappies, sleeping bags and first aid kits into a van bound for the Polish city of Przemyśl.",
     "Organisers said they had been overwhelmed by donations and asked people to give money instead of goods for now."],
    "other", "humanitarian", 2, "salford-donations-van", a="Anna Whitcombe"),
  E("2022-03-02 08:25", "Convoy north of Kyiv has barely moved, says UK",
    ["The huge Russian column of armour and trucks north of the capital has made little progress over the past three days, British defence officials said.",
     "They blamed fuel shortages, breakdowns and congestion, as well as Ukrainian resistance."],
    "other", "frontline", 2, "kyiv-convoy-stalled", a="Anna Whitcombe"),
  ]))

SEEDS.append(dict(id="1802", name="1802_radioprague-news", ext="txt", source="Radio Prague International", zone="Europe/Prague", render=r_prague,
  datetext="15/11/2023 17:25", published="2023-11-15 17:25", author="Tomáš Kořínek",
  notes="Text scrape of Radio Prague International's daily 'News' bulletin (Wednesday 15 Nov 2023). One page title 'News' (generic; the h1 of the page), one date line '15/11/2023 17:25' with no zone printed: Prague time (CET = UTC+1) is inferred from the outlet. Items have headings but no own time, so all take the bulletin time; stamp null. The bulletin's author line is used for every item. Two items are not about the war (unions' strike warning, weather) although one says 'strike'.",
  not_entries=["service name and tagline", "language switcher line", "menu 'Home / News / Podcasts / Topics'", "page heading 'News'", "date line", "'Author:' line", "'Listen', 'Share'", "'Related' and the timeline link", "copyright and 'Cookies settings'"],
  entries=[
  E("2023-11-15 17:25", "Lipavský hosts Ukrainian foreign minister in Prague",
    ["Foreign Minister Jan Lipavský received his Ukrainian counterpart Dmytro Kuleba in Prague on Wednesday.",
     "The two discussed Ukraine's path towards European Union membership and Czech help with rebuilding the Kyiv region's water system.",
     "Lipavský said the Czech Republic would keep pushing for Ukraine's accession talks to start before the end of the year."],
    "diplomacy", "diplomacy", 3, "kuleba-visit-prague-2023-11-15", a="Tomáš Kořínek",
    n="Ministerial diplomatic visit -> 3."),
  E("2023-11-15 17:25", "Fiala: Czech ammunition deliveries to Ukraine will continue next year",
    ["Prime Minister Petr Fiala said the government would keep sending artillery shells and repaired armoured vehicles to Ukraine in 2024, regardless of the budget squeeze.",
     "He told reporters that Czech defence firms had expanded production and could deliver more if partners helped to pay."],
    "aid", "aid", 2, "czech-ammunition-deliveries-2024", a="Tomáš Kořínek"),
  E("2023-11-15 17:25", "Man charged with fighting for Russian-backed forces in Donbas",
    ["Police have charged a 41-year-old Czech citizen with taking part in the war in eastern Ukraine on the side of Russian-controlled units.",
     "If convicted of serving in a foreign army, he faces up to five years in prison."],
    "other", "security", 2, "czech-man-charged-donbas-fighting", a="Tomáš Kořínek"),
  E("2023-11-15 17:25", "Temporary protection for Ukrainian refugees to be extended",
    ["The cabinet approved a bill that extends temporary protection for refugees from Ukraine by another year, until the end of March 2025.",
     "Around 370,000 people from Ukraine currently hold the status in the Czech Republic, according to the interior ministry."],
    "other", "humanitarian", 2, "czech-temporary-protection-extension", a="Tomáš Kořínek"),
  OFF("2023-11-15 17:25", "Unions confirm warning strike in schools over budget cuts",
    ["Trade unions representing teachers and other public employees confirmed that many schools will close for a one-day strike at the end of the month.",
     "They are protesting against spending cuts in next year's state budget."], "czech-public-sector-strike", a="Tomáš Kořínek",
    n="Labour strike (shares the word 'strike' with war news)."),
  OFF("2023-11-15 17:25", "First snow expected in the mountains",
    ["Meteorologists expect the first snow of the season above 800 metres on Thursday night.",
     "Temperatures in the lowlands should stay just above freezing."], "czech-weather-first-snow", a="Tomáš Kořínek"),
  ]))

SEEDS.append(dict(id="1803", name="1803_deccanherald-live", ext="txt", source="Deccan Herald", zone="Asia/Kolkata", render=r_deccan,
  title="Russia-Ukraine War News Highlights: Finland and Sweden formally apply to join Nato",
  lede="Get the latest news and updates on the Russia-Ukraine war here.", updated="2022-05-18 22:41",
  notes="Text scrape of a Deccan Herald live-blog highlights page (Wednesday 18 May 2022), newest first. Each post is a stamp line 'HH:MM (IST) 18 May 2022', a blank line, then the headline. IST = UTC+5:30, so all posts fall on 18 May UTC. Page byline 'DH Web Desk' (no per-post authors) is used for every entry. The footer 'Published 18 May 2022, 07:05 IST' is page chrome.",
  not_entries=["masthead and section menu", "page title and standfirst", "'DH Web Desk' byline", "'Last Updated' line", "'Follow Us :' and the 'Catch all the latest updates' line", "'Advertisement'", "'Also Read | Explained: What Nato membership means for Finland and Sweden'", "newsletter box", "'Published 18 May 2022, 07:05 IST'", "'Follow us on :'"],
  entries=[
  E("2022-05-18 22:41", "Russia expels 85 diplomats from France, Spain and Italy",
    ["Moscow ordered dozens of diplomats from three European Union countries to leave, in a tit-for-tat response to expulsions of Russian embassy staff earlier in the spring.",
     "The foreign ministry in Moscow said 34 French, 27 Spanish and 24 Italian staff had been declared persona non grata."],
    "diplomacy", "diplomacy", 2, "russia-expels-eu-diplomats-2022-05-18", a="DH Web Desk"),
  E("2022-05-18 20:15", "Toll from strike on Desna training base reaches 87, says Zelenskyy",
    ["President Volodymyr Zelenskyy said 87 people were killed when Russian missiles hit a military training area in Desna, north of Kyiv, earlier this week.",
     "He told a video link to a conference that bodies were still being recovered from the rubble."],
    "strikes", "strikes", 3, "desna-base-strike-toll", a="DH Web Desk", n="Toll update of a strike earlier in the week; deadly strike -> 3."),
  E("2022-05-18 18:02", "Russian soldier pleads guilty at first war crimes trial in Kyiv",
    ["A 21-year-old Russian tank commander admitted in a Kyiv court that he shot dead an unarmed civilian in the Sumy region in the first days of the war.",
     "Prosecutors are seeking a life sentence."],
    "other", "humanitarian", 2, "first-war-crimes-trial-kyiv", a="DH Web Desk"),
  E("2022-05-18 16:30", "US embassy in Kyiv reopens after three months",
    ["The United States resumed operations at its embassy in Kyiv on Wednesday, Secretary of State Antony Blinken said.",
     "Staff had moved to Lviv and then to Poland before the invasion."],
    "diplomacy", "diplomacy", 2, "us-embassy-kyiv-reopens", a="DH Web Desk"),
  E("2022-05-18 13:47", "Finland and Sweden hand in Nato membership applications",
    ["The ambassadors of Finland and Sweden delivered their countries' formal requests to join Nato at the alliance's headquarters in Brussels on Wednesday.",
     "Secretary General Jens Stoltenberg called it a historic step and said he hoped the process would be quick, though Turkey has voiced objections."],
    "diplomacy", "diplomacy", 3, "finland-sweden-nato-applications"),
  E("2022-05-18 12:30", "Watch | Finnish and Swedish envoys hand over Nato letters", [], "diplomacy", "diplomacy", 1, "finland-sweden-nato-applications", a="DH Web Desk",
    n="Video teaser without body -> importance 1; same story as the applications post."),
  E("2022-05-18 10:20", "Nearly 1,000 Azovstal fighters have surrendered, Moscow says",
    ["Russia's defence ministry said 959 Ukrainian soldiers had laid down arms at the Azovstal steelworks in Mariupol since Monday.",
     "Kyiv has avoided the word surrender and describes the operation as an evacuation to save the lives of the garrison."],
    "other", "frontline", 3, "azovstal-evacuation", a="DH Web Desk", n="End of the Mariupol siege: main development -> 3."),
  ]))
SEEDS[-1]["entries"][4]["a"] = "DH Web Desk"

SEEDS.append(dict(id="1804", name="1804_afp-newshub", ext="html", source="AFP", zone="UTC", render=r_afp,
  title="Ukraine war: latest dispatches", lede="The latest AFP reporting on the war in Ukraine and its repercussions around the world.",
  notes="HTML page of AFP wire dispatches (Tuesday 19 Sep 2023), newest first, no JSON-LD. Each <article> has 'Published DD/MM/YYYY HH:MM GMT' (GMT = UTC, note 'All times GMT'), an <h2> headline, optional 'by NAME' signature and paragraphs. The first paragraph begins with a dateline span like 'Kyiv (AFP) - ' that is not part of the first sentence. A 'VIDEO:' dispatch has no text. Each dispatch ends with '© Agence France-Presse'.",
  not_entries=["header logo and navigation", "h1 and intro line", "'All times GMT'", "'Published' labels", "dateline prefixes 'City (AFP) - '", "'© Agence France-Presse' lines", "AFP Factcheck promo aside", "footer copyright, legal and cookie links"],
  entries=[
  E("2023-09-19 18:35", "Zelensky tells UN that Russia is turning food and energy into weapons",
    ["Ukrainian President Volodymyr Zelensky used his first in-person speech at the UN General Assembly since the invasion to accuse Russia of weaponising food, energy and even children.",
     "He urged world leaders to unite behind his peace formula and warned that Moscow's aggression would not stop at Ukraine."],
    "diplomacy", "diplomacy", 3, "zelensky-un-general-assembly-2023-09-19", a="Mathilde Royer", rel="United Nations (United States)"),
  E("2023-09-19 15:10", "Biden asks world to stand with Ukraine at UN",
    ["US President Joe Biden told the General Assembly that allowing Russia to carve up Ukraine would leave no country's independence safe.",
     "He said Washington and its allies would keep backing Kyiv for as long as it takes."],
    "diplomacy", "diplomacy", 3, "biden-un-general-assembly-2023-09-19", rel="United Nations (United States)",
    n="Separate speech, separate story from Zelensky's (same theme)."),
  E("2023-09-19 12:40", "Kyiv files WTO complaints over grain bans by three EU neighbours",
    ["Ukraine has lodged complaints at the World Trade Organization against Poland, Hungary and Slovakia over their unilateral bans on Ukrainian grain imports.",
     "The three countries kept the restrictions in place after the European Commission let an EU-wide measure expire last week."],
    "diplomacy", "diplomacy", 2, "ukraine-wto-grain-complaint", rel="Kyiv"),
  E("2023-09-19 11:05", "Ukraine says troops gained ground south of Bakhmut",
    ["Ukrainian forces advanced near the villages of Klishchiivka and Andriivka south of Bakhmut, deputy defence minister Ganna Malyar said.",
     "Russia's defence ministry said it had repelled attacks in the same area."],
    "other", "frontline", 2, "bakhmut-south-advance-2023-09-19", a="Dmytro Hrytsak", rel="Kyiv"),
  E("2023-09-19 08:50", "One dead as Russian drones set Lviv warehouses ablaze",
    ["A worker was killed and two others hurt when Russian drones struck an industrial warehouse complex in the western city of Lviv overnight, regional governor Maksym Kozytsky said.",
     "Firefighters needed several hours to put out the blaze, which destroyed three buildings used to store household goods."],
    "strikes", "strikes", 3, "russian-drone-attack-lviv-2023-09-19", a="Dmytro Hrytsak", rel="Lviv"),
  E("2023-09-19 07:55", "VIDEO: Firefighters battle Lviv warehouse fire after drone attack", [], "strikes", "strikes", 1, "russian-drone-attack-lviv-2023-09-19",
    n="Video dispatch with no text -> importance 1, first_sentence null."),
  E("2023-09-19 06:20", "Ukraine shoots down 27 of 30 attack drones, air force says",
    ["Ukraine's air defences destroyed 27 of the 30 Iranian-designed Shahed drones launched by Russia overnight, the air force said in its morning update.",
     "Most of the drones were aimed at western regions, and officials reported damage in Lviv."],
    "strikes", "strikes", 3, "russian-drone-attack-lviv-2023-09-19", rel="Kyiv",
    n="Same overnight drone wave that hit Lviv -> same story."),
  ]))

SEEDS.append(dict(id="1805", name="1805_kathimerini-tag", ext="html", source="eKathimerini", zone="Europe/Athens", render=r_kathimerini,
  title="Russia-Ukraine war",
  notes="HTML tag/listing page of Kathimerini's English edition (Thursday 20 Jul 2023), newest first. Each card: category label, h3 headline link, visible stamp 'DD.MM.YYYY • HH:MM' (Athens time, no zone printed; each <time> carries an ISO datetime with +03:00, EEST), optional author, and one or two summary paragraphs. Page title is the tag name. Wildfire item is not about the war.",
  not_entries=["top bar links", "cookie banner", "category labels above each card (e.g. 'WORLD', 'DIPLOMACY')", "'Advertisement' banner", "newsletter box", "'Load more'", "copyright footer"],
  entries=[
  E("2023-07-20 22:10", "Mitsotakis and Zelensky discuss Black Sea grain exports",
    ["Prime Minister Kyriakos Mitsotakis spoke by telephone with Ukrainian President Volodymyr Zelensky on Thursday evening about ways to keep Ukrainian grain moving after Russia quit the Black Sea deal.",
     "According to a government statement, Mitsotakis repeated Greece's support for Ukraine's territorial integrity."],
    "diplomacy", "diplomacy", 3, "mitsotakis-zelensky-call-2023-07-20", a="Newsroom", rel="DIPLOMACY"),
  E("2023-07-20 19:35", "Greek shipowners pause Black Sea voyages after Moscow warning",
    ["Several Greek shipping companies have told captains to avoid Ukrainian ports after Russia said it would treat vessels heading there as possible military cargo carriers.",
     "Insurers have raised war-risk premiums for the region, industry sources said."],
    "other", "security", 2, "greek-shipowners-black-sea-pause", a="Newsroom", rel="ECONOMY"),
  E("2023-07-20 16:50", "Chinese consulate damaged as Russia pounds Odesa for a third night",
    ["Russian missiles and drones hit the centre of Odesa overnight, damaging the building of China's consulate and several historic houses, Ukrainian officials said.",
     "At least two people were killed in the city and more than 20 were hurt."],
    "strikes", "strikes", 3, "odesa-strikes-2023-07-20", a="Reuters", rel="WORLD"),
  E("2023-07-20 14:30", "Two killed as missile hits apartment building in Mykolaiv",
    ["A Russian missile struck a residential building in the southern city of Mykolaiv, killing two people and injuring 19, regional governor Vitaliy Kim said.",
     "The attack came on the same night as the strikes on nearby Odesa."],
    "strikes", "strikes", 3, "mykolaiv-apartment-strike-2023-07-20", a="AP", rel="WORLD",
    n="Different city from Odesa: must not merge with odesa-strikes-2023-07-20."),
  OFF("2023-07-20 12:15", "Residents evacuated as wildfire nears Athens suburbs",
    ["Authorities ordered the evacuation of several settlements west of Athens as a wildfire fanned by strong winds approached homes for a fourth day.",
     "Firefighting planes from Italy and Croatia joined the effort."], "attica-wildfires-2023-07-20", a="Newsroom", grp=None),
  E("2023-07-20 10:40", "Dendias: no further armour transfers to Ukraine for now",
    ["Defence Minister Nikos Dendias said Greece was not planning new deliveries of armoured vehicles to Ukraine at this stage because its own deterrence needs came first.",
     "He added that Athens would keep supporting Kyiv in other ways, including training."],
    "aid", "aid", 2, "dendias-no-new-armour-ukraine", a="Vassilis Nedos", rel="DEFENSE"),
  E("2023-07-20 08:05", "Photos: Odesa's old town after the overnight strikes", [], "strikes", "strikes", 1, "odesa-strikes-2023-07-20", a="Newsroom", rel="WORLD",
    n="Photo gallery teaser without body -> importance 1."),
  ]))
SEEDS[-1]["entries"][4]["rel"] = "GREECE"

SEEDS.append(dict(id="1806", name="1806_elpais-live", ext="html", source="EL PAÍS English", zone="Europe/Madrid", render=r_elpais,
  title="Ukraine war, live: Moscow accuses Kyiv of drone attack on the Kremlin",
  lede="The Kremlin calls the incident a planned assassination attempt against Vladimir Putin; Zelensky denies any involvement | Kherson mourns after deadly shelling",
  url="https://english.elpais.com/international/2023-05-03/ukraine-war-live-updates.html", author="Lucía Bernal",
  notes="HTML live blog of EL PAÍS English for Wednesday 3 May 2023 with a LiveBlogPosting JSON-LD whose liveBlogUpdate items carry each post's headline, datePublished (+02:00) and text. Visible stamps 'MAY 03, 2023 - HH:MM CEST' (Madrid summer time, UTC+2). Posts have no individual author; the page byline (Lucía Bernal) is used. Three posts belong to the Kremlin drone story (claim, US reaction, Zelensky's denial).",
  not_entries=["header and navigation", "kicker 'WAR IN UKRAINE'", "subtitle/lede", "byline block (author, place 'Madrid', last-update date)", "'Advertising' slot", "footer"],
  entries=[
  E("2023-05-03 23:40", "Zelensky denies Ukraine attacked Putin or Moscow",
    ["Speaking in Helsinki, President Volodymyr Zelensky said Ukraine had not attacked Putin or Moscow and was fighting on its own territory.",
     "He said Russia was looking for a pretext to justify further strikes on Ukrainian cities."],
    "strikes", "strikes", 3, "kremlin-drone-incident-2023-05-03", a="Lucía Bernal", n="Denial about the attack -> same story (claim about an attack)."),
  E("2023-05-03 21:15", "Washington says it cannot confirm Kremlin's drone account",
    ["US Secretary of State Antony Blinken said he could not verify Russia's claims and would take anything coming from the Kremlin with a very large shaker of salt.",
     "He added that the United States had not encouraged or enabled Ukraine to strike beyond its borders."],
    "strikes", "strikes", 3, "kremlin-drone-incident-2023-05-03", a="Lucía Bernal", sec=["diplomacy"]),
  E("2023-05-03 18:30", "Russian shelling kills 21 in Kherson region",
    ["Russian artillery and rocket fire on Kherson and nearby villages killed 21 people and wounded 48, the regional administration said, one of the deadliest days there since the city was freed in November.",
     "A supermarket, a railway station and a petrol station were among the places hit. The governor declared a curfew until Friday morning."],
    "strikes", "strikes", 3, "kherson-shelling-2023-05-03", a="Lucía Bernal"),
  E("2023-05-03 15:20", "Moscow says it downed two drones over the Kremlin and calls it an attempt on Putin's life",
    ["The Kremlin said two drones aimed at the presidential residence inside its walls had been disabled overnight and accused Kyiv of a planned terrorist act.",
     "Putin was not in the Kremlin at the time and his schedule was unchanged, his spokesman said. Russia said it reserved the right to retaliate."],
    "strikes", "strikes", 3, "kremlin-drone-incident-2023-05-03", a="Lucía Bernal"),
  E("2023-05-03 12:05", "Zelensky lands in Helsinki for talks with Nordic leaders",
    ["The Ukrainian president arrived in Finland for an unannounced visit and a meeting with the prime ministers of the five Nordic countries.",
     "It is his first visit to Finland since the country joined Nato last month."],
    "diplomacy", "diplomacy", 3, "zelensky-nordic-summit-helsinki"),
  E("2023-05-03 09:40", "Robles: more Spanish Leopards will leave for Ukraine in the coming weeks",
    ["Defence Minister Margarita Robles said a second batch of refurbished Leopard 2A4 tanks would be shipped to Ukraine in the coming weeks, together with armoured personnel carriers.",
     "Spain delivered the first six of the tanks in April."],
    "aid", "aid", 2, "spain-second-leopard-batch"),
  E("2023-05-03 08:10", "Ukraine downs 18 of 24 drones launched overnight",
    ["The Ukrainian air force said it destroyed 18 of the 24 Shahed drones fired at the country overnight, most of them around Kyiv.",
     "A drone hit a railway facility in the Dnipropetrovsk region, the regional governor said."],
    "strikes", "strikes", 2, "overnight-drone-attack-2023-05-03"),
  ]))
for _e in SEEDS[-1]["entries"]: _e["a"] = "Lucía Bernal"

SEEDS.append(dict(id="1807", name="1807_foreignpolicy-worldbrief", ext="html", source="Foreign Policy", zone="America/New_York", render=r_fp,
  title="Poland's Leaders Take Ukraine's Case to Washington",
  lede="Duda and Tusk press U.S. lawmakers to unblock aid as the Pentagon scrapes together a stopgap package.",
  published="2024-03-13 17:30", datetext="March 13, 2024, 5:30 PM", author="Nadia Kessler",
  notes="HTML World Brief newsletter article (Wednesday 13 Mar 2024) with NewsArticle JSON-LD. Each bold <h2> section heading is one entry; sections have no own time, so every entry takes the article's time 'March 13, 2024, 5:30 PM' (US Eastern, EDT = UTC-4 after the 10 March clock change; the JSON-LD datePublished carries -04:00). The single byline is used for every section. The 'What We're Following' agenda list and the 'Odds and Ends' item are not war news: the agenda is chrome, Odds and Ends is an off-beat entry.",
  not_entries=["site header and navigation", "eyebrow 'World Brief'", "dek under the title", "author bio line", "dateline", "italic welcome line", "newsletter sign-up box", "'What We're Following' heading and its two agenda lines", "tags line and footer"],
  entries=[
  E("2024-03-13 17:30", "Duda and Tusk in Washington",
    ["Polish President Andrzej Duda and Prime Minister Donald Tusk, political rivals at home, appeared together at the White House on Tuesday to urge Congress to approve new aid for Ukraine.",
     "Tusk told reporters that the fate of millions of people depended on a vote in the House of Representatives, where Speaker Mike Johnson has not brought the Senate-passed bill to the floor.",
     "Duda also called on NATO members to raise defence spending to 3 percent of GDP."],
    "diplomacy", "diplomacy", 3, "duda-tusk-white-house-visit", a="Nadia Kessler", sec=["aid"]),
  E("2024-03-13 17:30", "A Stopgap Package",
    ["The Pentagon announced a $300 million weapons package for Ukraine, the first in more than two months, paid for with savings found in earlier contracts.",
     "Officials said the artillery shells and rockets would last Ukraine only a few weeks and stressed that the package was no substitute for the $60 billion request stuck in Congress."],
    "aid", "aid", 3, "pentagon-300-million-package", a="Nadia Kessler"),
  E("2024-03-13 17:30", "Refinery Strikes",
    ["Ukrainian drones hit oil refineries in Russia's Ryazan and Nizhny Novgorod regions for a second day, starting fires at both sites, according to local officials.",
     "Kyiv has made Russia's fuel industry a priority target in recent weeks."],
    "strikes", "strikes", 3, "ukraine-drone-strikes-russian-refineries-2024-03", a="Nadia Kessler"),
  E("2024-03-13 17:30", "Putin on Nuclear Readiness",
    ["In a long interview with state television released on Wednesday, Russian President Vladimir Putin said Russia was technically ready for a nuclear war but saw no need to use such weapons in Ukraine.",
     "He also said he would treat any deployment of U.S. troops to Ukraine as a serious escalation."],
    "diplomacy", "diplomacy", 2, "putin-nuclear-readiness-interview", a="Nadia Kessler", sec=["security"],
    n="Statement about the war and the West -> diplomacy; could be argued other/security."),
  OFF("2024-03-13 17:30", "Haiti's Transition",
    ["Caribbean leaders continued talks with Haitian political groups on the make-up of a transitional council after Prime Minister Ariel Henry said he would resign.",
     "Armed gangs still control most of Port-au-Prince."], "haiti-transition-council", a="Nadia Kessler",
    n="Other country's crisis; shares the word 'talks'."),
  OFF("2024-03-13 17:30", "Odds and Ends",
    ["A museum in the Netherlands has recovered a painting stolen during a burglary more than two decades ago, after it was handed to an art detective in a supermarket bag.",
     "The work will go back on display next month."], "dutch-painting-recovered", a="Nadia Kessler"),
  ]))

SEEDS.append(dict(id="1808", name="1808_lsm-rss", ext="xml", source="LSM.lv", zone="Europe/Riga", render=r_rss, title="LSM.lv English",
  link="https://eng.lsm.lv", desc="Public broadcasting of Latvia – news in English", fmt=lambda d: d.strftime("%a, %d %b %Y %H:%M:%S %z"),
  notes="RSS 2.0 feed of Latvian public media's English service (Monday 27 Jan 2025), newest first. pubDate with +0200 offset (Riga EET). Plain-text <description> of one or two sentences is the body (one paragraph). No authors. <category> shows the section. Weather and basketball items are off-beat.",
  not_entries=["channel title, link, description, language, lastBuildDate", "<category> values"],
  entries=[
  E("2025-01-27 17:42", "Navy says cable damage not yet proven to be sabotage",
    ["The commander of the Latvian Navy said investigators had not yet found proof that the damage to the undersea data cable between Latvia and Sweden was deliberate. A vessel suspected of dragging its anchor remains held in Swedish waters."],
    "other", "security", 2, "baltic-cable-damage-latvia-sweden", grp="Defense"),
  E("2025-01-27 15:10", "Latvia to pay for another batch of drones for Ukraine",
    ["The defence ministry will spend 20 million euros on drones made in Latvia and Ukraine for the Ukrainian army, Defence Minister Andris Sprūds said. Latvia leads the international drone coalition together with the United Kingdom."],
    "aid", "aid", 2, "latvia-drone-batch-ukraine", grp="Defense"),
  E("2025-01-27 13:25", "EU keeps economic sanctions on Russia after Hungary drops objection",
    ["European Union foreign ministers extended the bloc's economic sanctions on Russia for six months after Hungary lifted its veto. Foreign Minister Baiba Braže said any easing would reward aggression."],
    "diplomacy", "diplomacy", 3, "eu-russia-sanctions-extension-2025-01", grp="Foreign affairs"),
  E("2025-01-27 11:00", "Number of Ukrainian refugees in Latvia stays steady",
    ["About 48,000 people who fled the war in Ukraine are registered in Latvia, a figure that has changed little in a year, according to the Office of Citizenship and Migration Affairs."],
    "other", "humanitarian", 2, "latvia-ukrainian-refugee-numbers", grp="Society"),
  OFF("2025-01-27 09:30", "Thaw turns roads to ice across Latvia",
    ["Drivers are warned of black ice as temperatures swing around zero, the road maintenance agency said."], "latvia-weather-ice-2025-01-27", grp="Weather"),
  OFF("2025-01-27 08:15", "Basketball: VEF Rīga snap losing run",
    ["VEF Rīga beat Pärnu 88-79 on Sunday to end a run of three straight defeats in the regional league."], "vef-riga-basketball", grp="Sports"),
  ]))

SEEDS.append(dict(id="1809", name="1809_asahi-rdf", ext="xml", source="The Asahi Shimbun", zone="Asia/Tokyo", render=r_rdf, title="The Asahi Shimbun: Breaking News, Japan News and Analysis",
  link="https://www.asahi.com/ajw", desc="Latest news from The Asahi Shimbun Asia & Japan Watch",
  notes="RSS 1.0 (RDF) feed of Asahi Shimbun AJW (Tuesday 25 Mar 2025), newest first; <dc:date> with +09:00 (JST). One-paragraph <description>; <dc:subject> gives the section. No authors. Two Japan items are off-beat. The Kremlin's conditions are a reaction to the same Black Sea announcement, so they share its story.",
  not_entries=["channel title/link/description/dc:date/language", "<items><rdf:Seq> link list", "<dc:subject> section names"],
  entries=[
  E("2025-03-25 23:40", "Kremlin says Black Sea truce depends on lifting curbs on farm bank",
    ["The Kremlin said the Black Sea arrangement would only take effect once Western restrictions on the Russian Agricultural Bank and on food and fertiliser trade were removed."],
    "diplomacy", "diplomacy", 3, "black-sea-navigation-deal-2025-03-25", grp="World"),
  E("2025-03-25 23:10", "U.S. says Russia and Ukraine agree to safe shipping in Black Sea",
    ["The White House said after talks in Riyadh that Russia and Ukraine had agreed to ensure safe navigation and stop the use of force in the Black Sea, and to work on a ban on strikes against energy facilities."],
    "diplomacy", "diplomacy", 3, "black-sea-navigation-deal-2025-03-25", grp="World"),
  E("2025-03-25 19:30", "Ishiba pledges help for Ukraine's energy repairs",
    ["Prime Minister Shigeru Ishiba told a group of Ukrainian lawmakers visiting Tokyo that Japan would provide more transformers and gas turbines to repair damaged power plants."],
    "aid", "aid", 2, "japan-ukraine-energy-repairs-pledge", grp="Politics"),
  E("2025-03-25 15:20", "Dozens hurt as Russian drones hit Sumy",
    ["A Russian drone attack on the city of Sumy in northeastern Ukraine damaged apartment blocks and a school and injured at least 35 people, local officials said."],
    "strikes", "strikes", 3, "sumy-drone-attack-2025-03-25", grp="World"),
  OFF("2025-03-25 12:00", "Japan, China, South Korea agree to resume leaders' summit",
    ["Foreign ministers of the three countries agreed at talks in Tokyo to work towards holding a trilateral summit at an early date."], "japan-china-korea-summit-talks", grp="Politics",
    n="Diplomacy of other countries, not about the war; shares the word 'talks'."),
  OFF("2025-03-25 10:15", "Cherry blossoms open in Tokyo",
    ["The Japan Meteorological Agency declared the start of the cherry blossom season in Tokyo after buds opened on the sample tree at Yasukuni Shrine."], "tokyo-cherry-blossom-2025", grp="Culture"),
  ]))
# ====================================================================== PART B: multi-source days
D1 = "Multi-source day 1 (UTC 2024-11-17; seeds 1810-1813): main story russia-energy-barrage-2024-11-17 (1810, 1811, 1812, told with different counts and wording); sumy-apartment-strike-2024-11-17 (evening, separate attack: must not merge with the barrage); must-not-merge aid pair lithuania-generators-hospitals vs denmark-howitzer-funding; theme piece 1813 (explainer-russia-grid-campaign)."
D2 = "Multi-source day 2 (UTC 2024-11-18, the day after day 1; seeds 1814-1817): odesa-missile-strike-2024-11-18 (all four, spelled Odesa/Odessa), us-allows-atacms-strikes-inside-russia continued from day 1 with the Kremlin's reaction (all four), sumy-apartment-strike-2024-11-17 continued with a rising toll (three seeds), finland-defence-package-2024-11-18 (two seeds). Must not merge: Odesa strike vs kharkiv-drone-strike-2024-11-18 vs the Sumy toll; finland package vs japan-era-loan-tranche. 1814-05 re-posts day-1 entry 1810-07 nearly verbatim (importance 1; duplicate_of stays null because the original is in another seed). Theme piece 1815 explainer-atacms-range."
D3 = "Multi-source day 3 (UTC 2025-09-10; seeds 1820-1823): main story russian-drones-poland-airspace-2025-09-10 (1820, 1821, 1822); poland-invokes-nato-article-4 (own story: the alliance consultation is a separate diplomatic event; 1820, 1821, 1822); russian-overnight-attack-western-ukraine-2025-09-10 (1820, 1821, 1822; must not merge with the incursion into Poland nor with the yarova-pension-queue-strike toll update); von-der-leyen-state-of-union-2025 (1820, 1822). 1820 is a general world feed with five off-beat items (Israeli strike in Doha, Nepal, France's new PM 'talks', Japan's LDP vote, athletics). Theme pieces: explainer-nato-article-4 (1821) and the two analysis sections of 1823."

SEEDS.append(dict(id="1810", name="1810_merrivale-textlive", ext="txt", source="Merrivale Times", zone="Europe/London", render=r_merrivale,
  title="Ukraine war live: Russia hits power grid in one of the biggest air attacks of the war",
  lede="Moscow fires scores of missiles and drones at energy sites across Ukraine; a missile strike on Sumy in the evening kills at least eight.",
  datetext="Sunday 17 November 2024 · All times GMT", related="Explained: why Russia keeps aiming at Ukraine's power grid",
  notes="Invented outlet. Text live blog, newest first. Each post: headline line, then 'By NAME · HH:MM GMT' (stamp after the headline), body, 'Share · Copy link'. The date is printed once in the head ('Sunday 17 November 2024 · All times GMT'). Key Points block lists two exact post headlines (entries 01 and 07). Entry 05 (12:30) re-posts entry 07 (09:20) nearly verbatim (duplicate_of 1810-07). " + D1,
  not_entries=["masthead and menu", "cookie line", "breadcrumb", "title", "'LIVE' badge", "standfirst", "date/time-zone line", "'Key Points' header and its two lines", "'Share · Copy link' after each post", "'Advertisement'", "newsletter box (two lines)", "'Load earlier posts'", "'More on this story' and its link", "copyright"],
  entries=[
  E("2024-11-17 22:40", "At least eight killed as missile hits apartment block in Sumy",
    ["A Russian missile struck a nine-storey residential building in the northeastern city of Sumy on Sunday evening, killing at least eight people, including two children, the regional administration said.",
     "Rescuers were still searching the rubble late into the night. Interior Minister Ihor Klymenko said more than 80 people had been injured."],
    "strikes", "strikes", 3, "sumy-apartment-strike-2024-11-17", a="Tom Ashcroft", kp=True),
  E("2024-11-17 19:55", "Scholz defends his call with Putin",
    ["German Chancellor Olaf Scholz said it had been right to tell Vladimir Putin directly on Friday that Germany's support for Ukraine would not weaken.",
     "Speaking before flying to the G20 summit in Rio de Janeiro, he said the call had shown that Putin's views had not changed."],
    "diplomacy", "diplomacy", 2, "scholz-defends-putin-call", a="Tom Ashcroft"),
  E("2024-11-17 16:30", "Poland scrambles jets as missiles fly towards western Ukraine",
    ["Poland's operational command said it had put fighter jets in the air and raised the readiness of ground-based air defences because of the Russian attack on western Ukraine.",
     "No violation of Polish airspace was reported."],
    "other", "security", 2, "poland-scrambles-jets-2024-11-17", a="Tom Ashcroft",
    n="Precautionary scramble without an engagement -> other/security and its own story; arguably part of the barrage."),
  E("2024-11-17 13:10", "Grid operator imposes emergency blackouts in several regions",
    ["Ukrenergo said it had switched off power in Kyiv, Odesa, Dnipropetrovsk and Donetsk regions to stabilise the system after the morning attack.",
     "Energy Minister Herman Halushchenko said generating and transmission facilities had been hit across the country."],
    "strikes", "strikes", 3, "russia-energy-barrage-2024-11-17", a="Sophie Marr", n="Direct aftermath of the barrage -> same story."),
  E("2024-11-17 12:30", "Massive Russian air attack on Ukraine's energy system",
    ["Russia fired a large wave of missiles and drones at Ukraine early on Sunday, targeting power plants and substations from Kyiv to Odesa and Lviv, officials said.",
     "Explosions were heard in the capital shortly after 6am local time and people sheltered in metro stations."],
    "strikes", "strikes", 1, "russia-energy-barrage-2024-11-17", a="Sophie Marr", dup="1810-07",
    n="Near-verbatim re-post of 1810-07 (posted later, so printed above it in this newest-first blog); duplicate_of points to the original, which is earlier in time but lower on the page."),
  E("2024-11-17 11:45", "Lithuania to send generators to Ukrainian hospitals",
    ["Lithuania will ship 40 industrial generators to hospitals in frontline regions of Ukraine before the end of the month, its defence ministry said.",
     "The equipment is worth around 3 million euros."],
    "aid", "aid", 2, "lithuania-generators-hospitals", a="Sophie Marr"),
  E("2024-11-17 09:20", "Russia launches massive air attack on Ukraine's energy system",
    ["Russia fired a large wave of missiles and drones at Ukraine early on Sunday, targeting power plants and substations from Kyiv to Odesa and Lviv, officials said.",
     "Explosions were heard in the capital shortly after 6am local time and people sheltered in metro stations.",
     "President Volodymyr Zelensky said about 120 missiles and 90 drones had been launched."],
    "strikes", "strikes", 3, "russia-energy-barrage-2024-11-17", a="Sophie Marr", kp=True),
  E("2024-11-17 07:15", "Watch: Sirens and blasts in Kyiv at dawn", [], "strikes", "strikes", 1, "russia-energy-barrage-2024-11-17", a="Sophie Marr",
    n="Video teaser with no body -> importance 1."),
  ]))

SEEDS.append(dict(id="1811", name="1811_nantwell-ldlive", ext="html", source="Nantwell Daily", zone="Europe/Kyiv", render=r_htmlld, ld="plain",
  title="Russia's massive attack on Ukraine's energy system: live updates", url="https://nantwelldaily.example/live/2024/11/17/energy-attack",
  lede="Follow our reporters in Kyiv as Russia targets power plants across the country.", tznote="All times are Kyiv time (EET, UTC+2).",
  stampfmt=lambda d: d.strftime("%H:%M"),
  notes="Invented outlet. HTML live blog with LiveBlogPosting JSON-LD (plain @type, per-update datePublished with +02:00) and per-post <time datetime>. Visible stamps 'HH:MM' in Kyiv time (stated as EET, UTC+2). " + D1,
  not_entries=["masthead navigation", "h1", "intro", "time-zone note", "'Share / Copy link' under posts", "promo link to yesterday's live updates", "footer"],
  entries=[
  E("2024-11-17 23:50", "Zelensky: Sumy strike was aimed at ordinary people",
    ["President Volodymyr Zelensky said the missile that hit a residential building in Sumy showed that Russia wanted to kill as many civilians as possible.",
     "He repeated his call for more air defence systems for northern cities."],
    "strikes", "strikes", 3, "sumy-apartment-strike-2024-11-17", a="Olena Marchuk", n="Reaction whose content is the attack itself -> same story."),
  E("2024-11-17 21:30", "Ballistic missile strikes residential building in Sumy",
    ["A missile hit an apartment block in the centre of Sumy at about 9pm, the city's acting mayor said. At least seven people were killed and dozens injured, according to early reports.",
     "Sumy lies around 30 kilometres from the Russian border."],
    "strikes", "strikes", 3, "sumy-apartment-strike-2024-11-17", a="Olena Marchuk"),
  E("2024-11-17 17:00", "Denmark funds a new batch of Ukrainian-made howitzers",
    ["Denmark will pay for 18 Bohdana self-propelled howitzers built in Ukraine, the Danish defence ministry said, extending its model of buying weapons directly from Ukrainian factories.",
     "The contract is worth about 60 million euros."],
    "aid", "aid", 2, "denmark-howitzer-funding", a="Pavlo Dzyuba", n="Different aid decision from Lithuania's generators: must not merge."),
  E("2024-11-17 14:20", "Energy ministry: thermal plants damaged, repairs will take weeks",
    ["The energy ministry said several thermal power stations had been seriously damaged in the morning attack and that repairs would take weeks.",
     "DTEK, the largest private energy company, said its plants had been hit for the ninth time this year."],
    "strikes", "strikes", 3, "russia-energy-barrage-2024-11-17", a="Pavlo Dzyuba"),
  E("2024-11-17 11:05", "Two killed in Mykolaiv as drones target the south",
    ["Two people died and six were injured in Mykolaiv when drones struck the city during the morning barrage, governor Vitaliy Kim said.",
     "In the Odesa region, energy infrastructure was hit and two employees of a power company were killed."],
    "strikes", "strikes", 3, "russia-energy-barrage-2024-11-17", a="Olena Marchuk", n="Casualties of the same nationwide barrage -> same story."),
  E("2024-11-17 08:40", "Zelensky: Russia used about 120 missiles and 90 drones",
    ["Volodymyr Zelensky wrote on Telegram that Russia had launched around 120 missiles of different types and roughly 90 drones, aiming at energy facilities in every region of the country.",
     "Air defence destroyed more than 140 air targets, he said."],
    "strikes", "strikes", 3, "russia-energy-barrage-2024-11-17", a="Olena Marchuk"),
  E("2024-11-17 06:30", "Air force warns of strategic bombers and a big attack",
    ["Ukraine's air force said Russian Tu-95 bombers had taken off and warned of a large missile attack across the whole country.",
     "Air-raid alerts were declared in all regions."],
    "strikes", "strikes", 3, "russia-energy-barrage-2024-11-17", a="Olena Marchuk"),
  ]))

SEEDS.append(dict(id="1812", name="1812_orchardleigh-worldrss", ext="xml", source="Orchardleigh News", zone="UTC", render=r_rss, cdata=True,
  title="Orchardleigh News - World", link="https://orchardleigh.example/world", desc="Top world stories from Orchardleigh News",
  fmt=lambda d: d.strftime("%a, %d %b %Y %H:%M:%S GMT"),
  notes="Invented outlet. General world-news RSS 2.0 feed, pubDate in GMT, CDATA <description> with <p> paragraphs. Only three of seven items are about the war; the others (Beirut strike, G20 climate talks, UK weather, football) are off-beat. " + D1,
  not_entries=["channel title/link/description/language/lastBuildDate", "<category> values"],
  entries=[
  E("2024-11-17 22:35", "Biden lets Ukraine use US long-range missiles inside Russia, officials say",
    ["President Joe Biden has for the first time allowed Ukraine to fire US-supplied ATACMS missiles at targets inside Russia, according to US officials quoted by American media.",
     "The first strikes are expected to be aimed at Russian and North Korean troops gathered in the Kursk region."],
    "aid", "aid", 3, "us-allows-atacms-strikes-inside-russia", sec=["diplomacy"], grp="Europe",
    n="Arms-supply policy decision -> aid, major -> 3."),
  E("2024-11-17 20:10", "Missile strike on Sumy apartment block kills at least eight",
    ["At least eight people, among them children, were killed when a Russian missile hit a block of flats in Sumy in northeastern Ukraine, officials said.",
     "The attack came hours after Russia's nationwide assault on energy facilities."],
    "strikes", "strikes", 3, "sumy-apartment-strike-2024-11-17", grp="Europe"),
  OFF("2024-11-17 19:15", "England thrash Ireland to win Nations League promotion",
    ["England scored five times in the second half at Wembley to beat the Republic of Ireland and go back up to the top tier of the Nations League.",
     "It was Lee Carsley's final game as interim head coach."], "england-ireland-nations-league", grp="Sport"),
  OFF("2024-11-17 17:45", "Snow and ice warnings issued for northern Britain",
    ["The Met Office issued yellow warnings for snow and ice across Scotland and northern England from Monday as the first cold snap of the winter arrives."], "uk-snow-ice-warnings-2024-11-17", grp="UK"),
  OFF("2024-11-17 15:30", "Israeli strike in central Beirut kills Hezbollah spokesman",
    ["An Israeli air strike hit a building in central Beirut, killing Hezbollah's chief spokesman, the group and Lebanese officials said.",
     "Separate strikes hit the southern suburbs of the city."], "israel-strike-beirut-2024-11-17", grp="Middle East",
    n="Another conflict; shares the word 'strike' with war news."),
  E("2024-11-17 13:00", "Ukraine hit by one of the largest attacks of the war",
    ["Russia attacked Ukraine's power system with about 210 missiles and drones on Sunday morning, causing blackouts in several regions and killing at least seven people, Ukrainian officials said.",
     "Prime Minister Denys Shmyhal said the attack was aimed at leaving Ukrainians without light and heat ahead of winter."],
    "strikes", "strikes", 3, "russia-energy-barrage-2024-11-17", grp="Europe"),
  OFF("2024-11-17 11:20", "G20 negotiators deadlocked on climate finance ahead of Rio summit",
    ["Officials preparing the G20 leaders' declaration in Rio de Janeiro were still divided on how much money rich countries should promise to help poorer nations deal with climate change.",
     "Brazil's President Luiz Inácio Lula da Silva wants the summit to launch a global alliance against hunger."], "g20-rio-climate-finance-talks", grp="Americas",
    n="Other summit topic; shares the words 'talks'/'aid' theme."),
  ]))

SEEDS.append(dict(id="1813", name="1813_pennbrook-explainer", ext="html", source="Pennbrook Post", zone="Europe/London", render=r_htmlarticle,
  title="Explained: why Russia keeps aiming at Ukraine's power grid", author="Imogen Salter",
  published="2024-11-17 15:00", datetext="Published 17 November 2024, 3:00pm GMT",
  notes="Invented outlet. Single HTML explainer article with NewsArticle JSON-LD and no section headings: one entry (headline = page title), stamp null, published = the article dateline (3:00pm GMT). Theme piece about the winter campaign against the grid: its own story, not the day's barrage. " + D1,
  not_entries=["header links", "label 'Explainer'", "byline", "dateline", "related link aside", "footer"],
  entries=[
  E("2024-11-17 15:00", "Explained: why Russia keeps aiming at Ukraine's power grid",
    ["Since the first winter of the full-scale war, Russia has repeatedly tried to knock out Ukraine's electricity supply, betting that cold and darkness will wear down public morale and slow down industry.",
     "Ukraine has lost much of its thermal and hydroelectric generating capacity since March, according to government estimates, and relies more and more on imports from the European Union.",
     "Engineers say each new wave of strikes is harder to repair because spare transformers are scarce and crews often work under the threat of repeat attacks.",
     "Western partners have sent equipment and money for decentralised generation, such as small gas turbines, which are harder to hit than big power stations."],
    "strikes", "strikes", 2, "explainer-russia-grid-campaign", a="Imogen Salter", sec=["aid"],
    n="Theme piece: separate story from the day's barrage (LABELS: explainers on a shared theme are separate stories)."),
  ]))

SEEDS.append(dict(id="1814", name="1814_merrivale-textlive", ext="txt", source="Merrivale Times", zone="Europe/London", render=r_merrivale,
  title="Ukraine war live: Odesa missile strike kills ten as Kremlin hits back at US missile decision",
  lede="Russia says Washington's reported move to allow long-range strikes adds fuel to the fire; Sumy's death toll rises.",
  datetext="Monday 18 November 2024 · All times GMT", related="Sumy mourns after Sunday's missile strike",
  notes="Invented outlet, same layout as 1810 (the next day). Key Points list entries 02 and 03. Entry 05 re-posts yesterday's 1810-07 nearly verbatim (headline and first paragraphs almost identical, printed with today's time): importance 1, duplicate_of null because LABELS limits duplicate_of to the same seed; story = the day-1 barrage. " + D2,
  not_entries=["masthead and menu", "cookie line", "breadcrumb", "title", "'LIVE' badge", "standfirst", "date/time-zone line", "'Key Points' header and its two lines", "'Share · Copy link' after each post", "'Advertisement'", "newsletter box (two lines)", "'Load earlier posts'", "'More on this story' and its link", "copyright"],
  entries=[
  E("2024-11-18 21:10", "Kremlin: US missile decision would add fuel to the fire",
    ["Kremlin spokesman Dmitry Peskov said that if Washington had indeed allowed Kyiv to strike deep into Russia with American missiles, it would mean a new round of tension and direct US involvement in the conflict.",
     "He said Putin had made Russia's position clear in September."],
    "aid", "aid", 3, "us-allows-atacms-strikes-inside-russia", a="Tom Ashcroft", sec=["diplomacy"],
    n="Day-2 development of the day-1 ATACMS story (reaction shares the event's story)."),
  E("2024-11-18 18:40", "Odesa: missile strike kills ten and injures dozens",
    ["A Russian ballistic missile hit the centre of Odesa in the afternoon, killing ten people and wounding more than 40, regional governor Oleh Kiper said.",
     "Residential buildings, a school and power lines were damaged. Officials said the missile carried a cluster warhead."],
    "strikes", "strikes", 3, "odesa-missile-strike-2024-11-18", a="Tom Ashcroft", kp=True),
  E("2024-11-18 15:25", "Sumy death toll rises to 11, day of mourning declared",
    ["The number of people killed in Sunday evening's missile strike on a residential building in Sumy has risen to 11, including two children, the regional military administration said.",
     "The city declared two days of mourning."],
    "strikes", "strikes", 3, "sumy-apartment-strike-2024-11-17", a="Sophie Marr", kp=True, n="Toll update of the day-1 Sumy strike (continuation)."),
  E("2024-11-18 12:50", "Finland announces new defence package for Ukraine",
    ["Finland will send Ukraine its 25th package of military equipment, worth about 190 million euros, Defence Minister Antti Häkkänen said.",
     "Details were not disclosed, as in earlier packages."],
    "aid", "aid", 3, "finland-defence-package-2024-11-18", a="Sophie Marr"),
  E("2024-11-18 10:30", "Massive Russian air attack on Ukraine's energy system",
    ["Russia fired a large wave of missiles and drones at Ukraine early on Sunday, targeting power plants and substations from Kyiv to Odesa and Lviv, officials said.",
     "Explosions were heard in the capital shortly after 6am local time and people sheltered in metro stations."],
    "strikes", "strikes", 1, "russia-energy-barrage-2024-11-17", a="Sophie Marr",
    n="Near-verbatim re-post of the previous day's 1810-07 -> importance 1 (LABELS: re-post of an entry from a previous day)."),
  E("2024-11-18 09:15", "Watch: Rescuers search the Sumy building through the night", [], "strikes", "strikes", 1, "sumy-apartment-strike-2024-11-17", a="Sophie Marr",
    n="Video teaser without body -> importance 1."),
  E("2024-11-18 08:00", "EU foreign ministers meet as Borrell urges more air defence",
    ["European Union foreign ministers gathered in Brussels, where the bloc's foreign policy chief Josep Borrell said member states should send Ukraine more air defence after the weekend attacks.",
     "Several ministers said they would back a decision by Washington to lift limits on long-range weapons."],
    "diplomacy", "diplomacy", 2, "eu-foreign-ministers-brussels-2024-11-18", a="Sophie Marr", sec=["aid"]),
  ]))

SEEDS.append(dict(id="1815", name="1815_ribblesdale-atom", ext="xml", source="Ribblesdale Journal", zone="Europe/Kyiv", render=r_atom,
  title="Ribblesdale Journal — Ukraine", desc="Reporting from Kyiv and the front", link="https://ribblesdale.example/ukraine", tag="ribblesdale.example",
  notes="Invented outlet. Atom 1.0 feed, <published> with +02:00 (Kyiv EET), escaped HTML in <content type=html>, <author><name>. Uses the spelling 'Odessa'. " + D2,
  not_entries=["feed title, subtitle, links, id, updated"],
  entries=[
  E("2024-11-18 21:45", "Peskov says US missile move marks a new spiral of tension",
    ["The Kremlin warned that permission for Kyiv to use American ATACMS against Russian territory would fundamentally change the nature of Washington's involvement.",
     "Russian lawmakers said the decision could lead to a third world war, while Moscow stopped short of announcing any concrete response."],
    "aid", "aid", 3, "us-allows-atacms-strikes-inside-russia", a="Iryna Holub", sec=["diplomacy"]),
  E("2024-11-18 19:20", "Cluster missile attack on Odessa leaves ten dead",
    ["Ten people were killed and 43 wounded when a Russian Iskander missile with a cluster warhead exploded over a busy street in Odessa, Ukrainian officials said.",
     "Russia's defence ministry said it had hit a special forces command post."],
    "strikes", "strikes", 3, "odesa-missile-strike-2024-11-18", a="Iryna Holub"),
  E("2024-11-18 16:05", "Japan pays out first tranche of loan backed by Russian assets",
    ["Japan transferred the first part of its contribution to the G7 loan to Ukraine that will be repaid from profits on frozen Russian central bank assets, the finance ministry in Kyiv said.",
     "The money will go to the state budget."],
    "aid", "aid", 2, "japan-era-loan-tranche", a="Mark Tennant", n="Different aid from Finland's military package: must not merge."),
  E("2024-11-18 13:30", "Sumy mourns eleven dead",
    ["Flowers and candles piled up outside the damaged building in Sumy as the city marked the first of two days of mourning for the 11 people killed on Sunday night.",
     "Eighty-four people were injured, officials said."],
    "strikes", "strikes", 3, "sumy-apartment-strike-2024-11-17", a="Iryna Holub"),
  E("2024-11-18 11:00", "Explainer: what ATACMS can reach from Ukraine",
    ["The US-made Army Tactical Missile System can strike targets up to about 300 kilometres away, putting airfields, depots and command posts deep in the Kursk, Bryansk and Belgorod regions within range.",
     "Analysts say Russia has already moved many aircraft out of that radius, so the missiles' impact will depend on how many Ukraine gets."],
    "aid", "aid", 2, "explainer-atacms-range", a="Mark Tennant", sec=["strikes"], n="Theme/explainer piece: own story."),
  E("2024-11-18 09:10", "Russian forces press towards Kurakhove",
    ["Russian troops are attacking Kurakhove from three sides and have entered its eastern outskirts, a Ukrainian military spokesman said.",
     "The town in the Donetsk region had about 18,000 residents before the war."],
    "other", "frontline", 2, "kurakhove-front-2024-11-18", a="Mark Tennant"),
  ]))

SEEDS.append(dict(id="1816", name="1816_oakenshaw-htmllive", ext="html", source="Oakenshaw Times", zone="Europe/London", render=r_htmlrel,
  title="Ukraine latest: Odesa counts its dead after afternoon missile strike", updated="2024-11-18 22:30", updtext="18 November 2024, 22:30 GMT",
  lede="Russia reacts angrily to reports that the US has eased limits on its missiles; G20 leaders meet in Rio.",
  notes="Invented outlet. HTML live page with relative stamps only ('25 minutes ago', '2 hours ago'); the exact instant of each post is in the <time datetime> (UTC) and title attributes, and the page prints 'Last updated 18 November 2024, 22:30 GMT'. Stamps recorded as printed. Contributor line after the body ('Posted by NAME'). " + D2,
  not_entries=["header and navigation", "'LIVE' badge", "h1 and summary", "'Last updated' line", "'Advertisement' list item", "'Show older posts'", "footer"],
  entries=[
  E("2024-11-18 22:05", "G20 declaration expected to avoid naming Russia", 
    ["Diplomats in Rio de Janeiro said the leaders' joint statement would talk about the suffering caused by the war in Ukraine but would not condemn Russia by name.",
     "European officials said they had pushed for stronger wording."],
    "diplomacy", "diplomacy", 2, "g20-rio-ukraine-language", a="Gareth Lyle", rel="25 minutes ago"),
  E("2024-11-18 20:20", "Ten confirmed dead in Odesa, parts of city without power",
    ["The number of dead from the missile strike on Odesa has reached ten, the regional governor said, and parts of the city were left without electricity and heating.",
     "Among the injured were several children, officials said."],
    "strikes", "strikes", 3, "odesa-missile-strike-2024-11-18", a="Gareth Lyle", rel="2 hours ago"),
  E("2024-11-18 17:40", "Starmer urges G20 partners to double down on support for Ukraine",
    ["Prime Minister Keir Starmer told fellow leaders at the G20 that they should double down on support for Ukraine and not allow Russia to outlast them.",
     "He also raised the weekend's strikes on Ukraine's power grid."],
    "diplomacy", "diplomacy", 2, "starmer-g20-ukraine-call", a="Gareth Lyle", sec=["aid"], rel="4 hours ago"),
  E("2024-11-18 14:00", "Kremlin warns Washington over long-range missile reports",
    ["Moscow said any use of American long-range missiles against Russian territory would be seen as a sharp escalation and would bring a response.",
     "The White House has not confirmed the reports."],
    "aid", "aid", 3, "us-allows-atacms-strikes-inside-russia", a="Nisha Rao", sec=["diplomacy"], rel="8 hours ago"),
  E("2024-11-18 11:15", "Photos: Sumy residents lay flowers at the ruined building", [], "strikes", "strikes", 1, "sumy-apartment-strike-2024-11-17", a="Nisha Rao", rel="11 hours ago",
    n="Photo teaser without body -> importance 1."),
  E("2024-11-18 08:30", "Drone strike on Kharkiv injures three",
    ["A Russian drone hit a garage cooperative in Kharkiv's Kyivskyi district overnight, injuring three men, mayor Ihor Terekhov said.",
     "Several cars caught fire."],
    "strikes", "strikes", 2, "kharkiv-drone-strike-2024-11-18", a="Nisha Rao", rel="14 hours ago", n="Different city and attack from Odesa: must not merge."),
  ]))

SEEDS.append(dict(id="1817", name="1817_pevensey-briefing", ext="txt", source="Pevensey Bulletin", zone="Europe/London", render=r_roundup,
  head=["PEVENSEY BULLETIN", "Evening Briefing", "", "Odesa struck, Moscow bristles, Finland sends more", "", "Monday 18 November 2024, 6pm", "", "By Ruth Ellison", "", "Your five-minute summary of the day's news.", ""],
  foot=["", "Forward this briefing to a friend | Manage your subscription | Unsubscribe", ""],
  notes="Invented outlet. Plain-text evening email briefing, items introduced by '▪ ' under group headings 'THE WAR IN UKRAINE' and 'ELSEWHERE'. No item times: each takes the briefing time 'Monday 18 November 2024, 6pm' (UK = GMT), stamp null. Single byline used for every item. " + D2,
  not_entries=["masthead 'PEVENSEY BULLETIN'", "'Evening Briefing'", "subject line", "date line", "byline", "intro sentence", "group headings 'THE WAR IN UKRAINE' and 'ELSEWHERE'", "footer with subscription links"],
  entries=[
  E("2024-11-18 18:00", "Deadly strike on Odesa",
    ["A Russian missile packed with cluster munitions killed ten people in the port city of Odesa this afternoon.",
     "It was the second deadly strike on a Ukrainian city in 24 hours, after Sunday night's attack on Sumy."],
    "strikes", "strikes", 3, "odesa-missile-strike-2024-11-18", a="Ruth Ellison", grp="THE WAR IN UKRAINE"),
  E("2024-11-18 18:00", "Sumy toll climbs",
    ["Officials in Sumy now say 11 people died in the missile strike on an apartment building there on Sunday evening."],
    "strikes", "strikes", 3, "sumy-apartment-strike-2024-11-17", a="Ruth Ellison", grp="THE WAR IN UKRAINE"),
  E("2024-11-18 18:00", "Moscow bristles at missile reports",
    ["The Kremlin accused the outgoing Biden administration of pouring oil on the fire after reports that Ukraine may now use US-made ATACMS against targets in Russia.",
     "Washington has not publicly confirmed the change."],
    "aid", "aid", 3, "us-allows-atacms-strikes-inside-russia", a="Ruth Ellison", sec=["diplomacy"], grp="THE WAR IN UKRAINE"),
  E("2024-11-18 18:00", "Finland's 25th package",
    ["Helsinki is sending another tranche of military aid worth some 190 million euros, its defence ministry said, without listing the weapons involved."],
    "aid", "aid", 3, "finland-defence-package-2024-11-18", a="Ruth Ellison", grp="THE WAR IN UKRAINE"),
  OFF("2024-11-18 18:00", "Cold snap arrives",
    ["Snow fell across parts of Scotland and northern England, closing some schools and causing delays on the roads."], "uk-cold-snap-2024-11-18", a="Ruth Ellison", grp="ELSEWHERE"),
  ]))

SEEDS.append(dict(id="1820", name="1820_morrow-worldrss", ext="xml", source="Morrow World Service", zone="UTC", render=r_rss, cdata=False,
  title="Morrow World Service: World news", link="https://morrowworld.example/news", desc="Headlines from around the world, updated through the day",
  fmt=lambda d: d.strftime("%a, %d %b %Y %H:%M:%S +0000"),
  notes="Invented outlet. General world-news RSS 2.0 feed (Wednesday 10 Sep 2025), pubDate '+0000'. Plain escaped text descriptions (one paragraph each). Four of nine items concern the war; five are off-beat, three of them sharing words with war news ('strike' in Doha, 'talks' in Paris, 'vote' in Tokyo). " + D3,
  not_entries=["channel title/link/description/language/lastBuildDate", "<category> values"],
  entries=[
  E("2025-09-10 21:30", "Nato allies hold emergency consultations at Poland's request",
    ["Ambassadors of the 32 Nato countries met in Brussels under Article 4 of the alliance's treaty after Poland said Russian drones had violated its airspace. Secretary General Mark Rutte called the incursion reckless and said allies stood with Poland."],
    "diplomacy", "diplomacy", 3, "poland-invokes-nato-article-4", grp="Europe"),
  OFF("2025-09-10 18:45", "Gulf leaders rally behind Qatar after Israeli strike in Doha",
    ["Leaders from across the Gulf travelled to Doha to show solidarity after Israel struck a building where Hamas officials were meeting. Qatar said the attack would not end its role as a mediator."], "israel-strike-doha-reactions", grp="Middle East",
    n="Another conflict; shares the word 'strike'."),
  OFF("2025-09-10 16:20", "Army patrols Kathmandu after Nepal's prime minister quits",
    ["Soldiers were deployed on the streets of Nepal's capital a day after deadly protests forced Prime Minister K.P. Sharma Oli to resign."], "nepal-protests-army", grp="Asia"),
  E("2025-09-10 14:00", "Von der Leyen promises new Russia sanctions and a 'drone wall'",
    ["In her annual State of the Union speech, European Commission President Ursula von der Leyen said Brussels would speed up a new sanctions package against Russia and help build a wall of drone defences on the EU's eastern border. She called the night's violation of Polish airspace unprecedented."],
    "diplomacy", "diplomacy", 3, "von-der-leyen-state-of-union-2025", sec=["aid"], grp="Europe"),
  OFF("2025-09-10 12:10", "Japan's ruling party sets date for leadership vote",
    ["The Liberal Democratic Party will choose a successor to Prime Minister Shigeru Ishiba on October 4, party officials said."], "ldp-leadership-vote-date", grp="Asia"),
  E("2025-09-10 11:30", "Poland shoots down Russian drones over its territory",
    ["Polish and allied aircraft shot down several Russian drones that crossed into Poland overnight during an attack on western Ukraine, Prime Minister Donald Tusk said, calling it a large-scale provocation. It is the first time a Nato member has fired on Russian military assets since the invasion began."],
    "strikes", "strikes", 3, "russian-drones-poland-airspace-2025-09-10", sec=["security"], grp="Europe",
    n="Interception of drones over Poland -> strikes (air-defence engagement)."),
  OFF("2025-09-10 09:10", "France's new prime minister opens talks on forming a government",
    ["Sébastien Lecornu, appointed on Tuesday, began talks with party leaders as he tries to put together a cabinet able to pass a budget."], "france-lecornu-government-talks", grp="Europe",
    n="Shares the word 'talks'."),
  E("2025-09-10 06:15", "Russia fires more than 400 drones at Ukraine overnight",
    ["Ukraine's air force said Russia launched 415 drones and about 40 missiles overnight, with western regions including Lviv, Volyn and Zhytomyr among the targets. At least one person was injured in Lviv."],
    "strikes", "strikes", 3, "russian-overnight-attack-western-ukraine-2025-09-10", grp="Europe"),
  OFF("2025-09-10 05:40", "Athletics: stars arrive in Tokyo for world championships",
    ["Athletes began arriving in Tokyo for the world championships, which start on Saturday at the National Stadium."], "tokyo-athletics-worlds-2025", grp="Sport"),
  ]))

SEEDS.append(dict(id="1821", name="1821_radwell-graphlive", ext="html", source="Radwell Dispatch", zone="Europe/Kyiv", render=r_htmlld, ld="graph", home="https://radwell.example/",
  title="Russian drones over Poland: live", url="https://radwell.example/live/2025-09-10-drones-poland",
  lede="Poland says allied jets shot down drones that crossed its border during a Russian attack on Ukraine.",
  tznote="Times are Kyiv time (EEST).", stampfmt=lambda d: d.strftime("%H:%M") + " Kyiv",
  notes="Invented outlet. HTML live blog; JSON-LD under @graph with @type ['NewsArticle','LiveBlogPosting'] and per-update datePublished (+03:00). Visible stamps 'HH:MM Kyiv' (EEST = UTC+3, stated in a note). The explainer on Article 4 is a theme piece. " + D3,
  not_entries=["masthead navigation", "h1", "intro", "time-zone note", "'Share / Copy link' under posts", "promo link to yesterday's live updates", "footer"],
  entries=[
  E("2025-09-10 23:30", "Trump responds to drone incursion with terse post",
    ["US President Donald Trump posted a brief message asking what Russia was doing by violating Poland's airspace, without announcing any steps.",
     "Polish officials said they had expected a stronger response from Washington."],
    "diplomacy", "diplomacy", 2, "trump-reacts-poland-drones", a="Kateryna Oliinyk", n="Separate statement with its own news value -> own story."),
  E("2025-09-10 20:15", "Nato confirms Article 4 talks held at Poland's request",
    ["The North Atlantic Council met in the morning after Warsaw asked for consultations under Article 4, the alliance said.",
     "Secretary General Mark Rutte said Nato's air defences had worked and that the alliance would review its posture on the eastern flank."],
    "diplomacy", "diplomacy", 3, "poland-invokes-nato-article-4", a="Kateryna Oliinyk"),
  E("2025-09-10 17:40", "Zelensky offers Poland Ukraine's drone-fighting know-how",
    ["Ukraine is ready to share its experience of shooting down Shahed drones with Poland and to train Polish crews, President Volodymyr Zelensky said after speaking to Tusk.",
     "He said the incursion showed that Russia was testing Nato."],
    "diplomacy", "diplomacy", 2, "zelensky-offers-poland-drone-help", a="Kateryna Oliinyk", sec=["aid"]),
  E("2025-09-10 14:05", "Yarova death toll reaches 25",
    ["The number of people killed by Tuesday's Russian glide bomb strike on pensioners queuing for payments in the village of Yarova in the Donetsk region has risen to 25, the regional governor said.",
     "Ukraine has called for international condemnation of the attack."],
    "strikes", "strikes", 3, "yarova-pension-queue-strike", a="Andrii Sobko",
    n="Toll update of the previous day's strike; deadly strike -> 3. Different place from the overnight attack on western Ukraine: must not merge."),
  E("2025-09-10 11:20", "Tusk tells parliament of 19 violations of Polish airspace",
    ["Donald Tusk told lawmakers that Polish radars had tracked 19 intrusions overnight and that at least three drones had been shot down.",
     "He said the situation was the closest Poland had been to open conflict since the Second World War."],
    "strikes", "strikes", 3, "russian-drones-poland-airspace-2025-09-10", a="Andrii Sobko", sec=["security"]),
  E("2025-09-10 08:50", "Explainer: what Nato's Article 4 means",
    ["Article 4 of the North Atlantic Treaty lets any member ask for consultations when it believes its territory, independence or security is threatened.",
     "It does not commit allies to military action, unlike Article 5, and has been used only a handful of times since 1949."],
    "diplomacy", "diplomacy", 2, "explainer-nato-article-4", a="Andrii Sobko", n="Theme/explainer piece: own story."),
  E("2025-09-10 07:30", "Air force: 415 drones and 40 missiles launched at Ukraine",
    ["Russia launched 415 drones and 40 cruise and ballistic missiles overnight, Ukraine's air force said, and most of them were shot down.",
     "Strikes were recorded in the Zhytomyr, Khmelnytskyi, Vinnytsia and Lviv regions."],
    "strikes", "strikes", 3, "russian-overnight-attack-western-ukraine-2025-09-10", a="Andrii Sobko"),
  E("2025-09-10 06:10", "Polish airports close as jets scramble",
    ["Warsaw's Chopin airport, Modlin, Rzeszów and Lublin suspended flights overnight as Polish and allied aircraft were scrambled, the air navigation agency said.",
     "Poland's operational command said some objects that had entered Polish airspace had been shot down."],
    "strikes", "strikes", 3, "russian-drones-poland-airspace-2025-09-10", a="Andrii Sobko"),
  ]))

SEEDS.append(dict(id="1822", name="1822_quenby-textlive", ext="txt", source="Quenby Review", zone="Europe/Warsaw", render=r_quenby,
  head=["QUENBY REVIEW", "World | Europe | Poland | Live", "", "Live: Poland shoots down Russian drones, asks Nato for consultations", "",
        "Updates from our correspondents in Warsaw and Rzeszów. All times are Central European Summer Time (Warsaw, UTC+2).", "",
        "Share on X | Share on Facebook | Email", ""],
  foot=["", "This live page has now closed. Our coverage continues tomorrow.", "", "Related coverage", "How Poland built up its air defences since 2022", ""],
  notes="Invented outlet. Text live blog for Wednesday 10 Sep 2025, newest first, with a date divider '—— Wednesday, 10 September 2025 ——' and stamps '10:40 a.m.' / '9:40 p.m.' fused with the headline ('STAMP | HEADLINE'). Zone stated in the head (CEST, UTC+2). Contributor line '– NAME' after the body. Key Points block (bulleted) lists entries 02 and 06 exactly. " + D3,
  not_entries=["masthead and breadcrumb", "title", "zone/introduction line", "share line", "'Key Points' header and its two bullets", "date divider", "'ADVERTISEMENT'", "closing note and 'Related coverage' link"],
  entries=[
  E("2025-09-10 22:15", "Russia's defence ministry: no targets in Poland were planned",
    ["Russia's defence ministry said its overnight strikes had been aimed at military-industrial sites in western Ukraine and that no targets on Polish territory had been planned.",
     "It said it was ready to hold consultations with the Polish defence ministry on the matter."],
    "strikes", "strikes", 3, "russian-drones-poland-airspace-2025-09-10", a="Marta Zielińska", n="Russian claim/denial about the incident -> same story."),
  E("2025-09-10 19:00", "Nato ambassadors meet under Article 4",
    ["Allied ambassadors met in Brussels for consultations requested by Poland, only the eighth time Article 4 has been invoked.",
     "Foreign Minister Radosław Sikorski said Poland would also raise the incident at the UN Security Council."],
    "diplomacy", "diplomacy", 3, "poland-invokes-nato-article-4", a="Marta Zielińska", kp=True),
  E("2025-09-10 16:30", "Watch: debris of a downed drone in a field near Wyryki", [], "strikes", "strikes", 1, "russian-drones-poland-airspace-2025-09-10", a=None,
    n="Video teaser without body -> importance 1."),
  E("2025-09-10 14:20", "Baltic ministers call for stronger air defence on the eastern flank",
    ["The defence ministers of Estonia, Latvia and Lithuania said in a joint statement that Nato needed more air-defence systems and fighter jets stationed along its border with Russia and Belarus.",
     "They said the incursion into Poland could happen to any of them."],
    "diplomacy", "diplomacy", 2, "baltic-ministers-eastern-flank-air-defence", a="Jonas Berg", sec=["security"]),
  E("2025-09-10 10:40", "Von der Leyen: Europe must build a drone wall",
    ["Ursula von der Leyen told the European Parliament in Strasbourg that the EU would fund a drone wall along its eastern border and prepare a 19th package of sanctions against Russia.",
     "She expressed full solidarity with Poland."],
    "diplomacy", "diplomacy", 3, "von-der-leyen-state-of-union-2025", a="Jonas Berg", sec=["aid"]),
  E("2025-09-10 08:15", "Drone debris damages house in Wyryki",
    ["The roof of a family house in the village of Wyryki in eastern Poland was destroyed by debris after the overnight shooting down of drones, police said. Nobody was hurt.",
     "Officials said fragments had been found in several other villages in the Lublin region."],
    "strikes", "strikes", 3, "russian-drones-poland-airspace-2025-09-10", a="Marta Zielińska", kp=True),
  E("2025-09-10 07:05", "Lviv and Zhytomyr regions hit in overnight attack",
    ["Russian drones and missiles struck the Lviv and Zhytomyr regions of western Ukraine overnight, local officials said, injuring several people and damaging homes and a warehouse.",
     "Poland said the drones that crossed its border had been part of the same attack."],
    "strikes", "strikes", 3, "russian-overnight-attack-western-ukraine-2025-09-10", a="Jonas Berg",
    n="The attack on Ukraine is its own story; the incursion into Poland is a separate event (different place and targets)."),
  ]))

SEEDS.append(dict(id="1823", name="1823_northam-analysis", ext="txt", source="Northam Observer", zone="Europe/London", render=r_textarticle,
  head=["Northam Observer", "Sections  Search  Sign in", "", "ANALYSIS", "", "Drones over Poland expose the gaps in Europe's air shield", "",
        "The overnight incursion showed Nato can shoot down drones, but not cheaply or everywhere", "", "By Harriet Oduya, Defence Correspondent", "10 September 2025 · 19:20 BST", "",
        "Save  Share  Gift this article", ""],
  foot=["", "Topics: Nato, Poland, Russia, Defence", "", "Most read", "1. Heatwave forecasts for late September", "", "© Northam Observer 2025", ""],
  notes="Invented outlet. Plain-text analysis article with two crossheads; each crosshead is one entry (headline = crosshead), stamp null, published = article dateline '10 September 2025 · 19:20 BST' (UTC+1). Both sections are theme pieces on the air-defence theme: separate stories from the news of the incursion and from each other. " + D3,
  not_entries=["masthead and menu", "label 'ANALYSIS'", "headline and standfirst", "byline and dateline", "'Save Share Gift this article'", "topics line", "'Most read' list", "copyright"],
  entries=[
  E("2025-09-10 19:20", "A test of the eastern flank",
    ["For the first time since 2022, allied aircraft fired on Russian drones over Nato territory, a step that officials had long hoped to avoid.",
     "Military planners say the episode showed that radars and fighter patrols along the border work, but also that the alliance lacks the layered short-range defences that Ukraine has built up.",
     "Poland has spent heavily on Patriot and other systems, yet most are meant for missiles, not slow drones crossing at low altitude."],
    "other", "security", 2, "analysis-nato-eastern-flank-air-defence", a="Harriet Oduya", sec=["strikes"],
    n="Analysis/theme piece -> other/security, own story."),
  E("2025-09-10 19:20", "The cost problem",
    ["Shooting down a drone that costs tens of thousands of dollars with an air-to-air missile worth far more is not sustainable, defence analysts said.",
     "Ukraine relies on cheaper interceptor drones, mobile fire teams and electronic warfare, and European governments are now looking to copy that model."],
    "other", "security", 2, "analysis-drone-interception-costs", a="Harriet Oduya", sec=["aid"],
    n="Second theme section: separate story from the first (shared theme)."),
  ]))

# ====================================================================== emit
PAGE_TITLE = {"1802": "News", "1817": "Odesa struck, Moscow bristles, Finland sends more",
              "1822": "Live: Poland shoots down Russian drones, asks Nato for consultations",
              "1823": "Drones over Poland expose the gaps in Europe's air shield"}
BASIS = {
  "r_thelocal": "no per-item time; the round-up's 'Published: {p}' line (CET = UTC+1) used for every item",
  "r_men": "stamp '{s}' on the page's date 2 March 2022 (fused published/updated line); UK time = GMT",
  "r_prague": "no per-item time; the bulletin's date line '{p}' (Prague time, CET = UTC+1, inferred from the outlet) used for every item",
  "r_deccan": "stamp '{s}' (explicit date; IST = UTC+5:30)",
  "r_afp": "stamp '{s}' (explicit date, GMT = UTC)",
  "r_kathimerini": "stamp '{s}' (explicit date; Athens EEST = UTC+3, confirmed by the <time datetime> offset)",
  "r_elpais": "stamp '{s}' (explicit date, CEST = UTC+2; equals the JSON-LD datePublished)",
  "r_fp": "no per-section time; the article dateline '{p}' (US Eastern, EDT = UTC-4; JSON-LD offset -04:00) used for every section",
  "r_rss": "pubDate '{s}' (explicit offset)",
  "r_rdf": "dc:date '{s}' (explicit offset)",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_merrivale": "stamp '{s}' on the page's date line ({d}); GMT = UTC",
  "r_htmlld": "stamp '{s}' on {d} (<time datetime> and JSON-LD datePublished carry the offset); zone {z}",
  "r_htmlrel": "relative stamp '{s}'; exact instant from the post's <time datetime> (UTC), consistent with 'Last updated' 22:30 GMT",
  "r_roundup": "no per-item time; the briefing's date line '{p}' (UK = GMT) used for every item",
  "r_quenby": "stamp '{s}' under the date divider for {d}; CEST = UTC+2 (stated in the page head)",
  "r_htmlarticle": "no per-entry stamp; the article dateline '{p}' (= JSON-LD datePublished) used",
  "r_textarticle": "no per-section time; the article dateline '{p}' used for every section",
}

def main():
    for sub in ("seeds", "gold"):
        os.makedirs(os.path.join(ROOT, sub), exist_ok=True)
    for S in SEEDS:
        text, stamps = S["render"](S)
        fn = f"{S['name']}.{S['ext']}"
        with open(os.path.join(ROOT, "seeds", fn), "w", encoding="utf-8") as f: f.write(text)
        pt = PAGE_TITLE.get(S["id"], S.get("title"))
        ents = []
        for i, e in enumerate(S["entries"]):
            d = dt(e["t"], S["zone"]); u = d.astimezone(UTC)
            rname = S["render"].__name__
            basis = BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), z=S["zone"], p=S.get("datetext") or (S.get("head") or ["", "", "", "", "", ""])[5])
            g = {"id": f"{S['id']}-{i+1:02d}", "headline": e["h"], "stamp": stamps[i],
                 "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                 "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                 "published_basis": basis, "author": e["a"],
                 "first_sentence": first_sentence(e["p"][0]) if e["p"] else None,
                 "body_paragraphs": len(e["p"]),
                 "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                 "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"]}
            if e["n"]: g["notes"] = e["n"]
            ents.append(g)
        gold = {"seed": fn, "source": S["source"], "page_title": pt, "page_timezone": S["zone"],
                "notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]}
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")
        print(fn, len(ents))

if __name__ == "__main__":
    main()

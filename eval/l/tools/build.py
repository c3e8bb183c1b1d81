#!/usr/bin/env python3
"""Builds eval/l seeds and gold from the hand-written data in data.py (all news text invented or
paraphrased in the tester's own words). Deterministic. Run: python3 eval/l/tools/build.py"""
import json, html, os, re, sys
sys.dont_write_bytecode = True
from datetime import datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from data import SEEDS  # noqa: E402

UTC = ZoneInfo("UTC")

def esc(s): return html.escape(s, quote=False)
def attr(s): return html.escape(s, quote=True)
def dt(s, z): return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(z))
def ampm(d, dots=False, sep=":", upper=False, space=""):
    s = "a.m." if dots and d.hour < 12 else "p.m." if dots else ("am" if d.hour < 12 else "pm")
    if upper: s = s.upper()
    return f"{d.hour % 12 or 12}{sep}{d.minute:02d}{space}{s}"
def slug(s): return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:70]

def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z"\u201c\u2018]|$)', par)
    return par[:m.end()] if m else par

def paras_txt(e): return sum([[p, ""] for p in e["p"]], [])

# ------------------------------------------------------------------ renderers (each returns text, stamps)
def r_irishind(S):
    z = S["zone"]; L = ["We use cookies to personalise content and ads. Accept all | Manage preferences", "",
        "Independent.ie", "News  Opinion  Business  Sport  Life  Style  Entertainment  Podcasts", "", "World News", "",
        S["title"], "", S["lede"], "", S["byline"], "", S["dateline"], "", "Share this article", "", "Sign up for the World News newsletter", "Enter your email address", "Sign up", ""]
    st = []
    for i, e in enumerate(S["entries"]):
        s = "Today at " + dt(e["t"], z).strftime("%H:%M"); st.append(s)
        L += [s, "", e["h"], ""] + paras_txt(e)
        if i == 1: L += ["Advertisement", ""]
        if i == 4: L += ["Read more", "", "One year on: the Irish families still hosting Ukrainians", ""]
    L += ["Privacy  Cookie Policy  Terms & Conditions", "© Mediahuis Ireland 2023"]
    return "\n".join(L) + "\n", st

def r_ctv(S):
    z = S["zone"]; upd = dt(S["updated"], z); pub = dt(S["published"], z)
    def absfmt(d): return d.strftime("%b. %-d, %Y ") + ampm(d, dots=True, space=" ")
    L = ["Skip to main content", "CTVNews.ca", "Top Stories  Local  Canada  World  Politics  Health  Video", "", "World",
         "", S["title"], "", S["byline"], "", "Published " + absfmt(pub) + " EDT", "Updated " + absfmt(upd) + " EDT", "",
         "Share", "Facebook", "X", "Email", "", S["lede"], ""]
    st = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((upd - d).total_seconds() // 60)
        if e.get("abs"): s = absfmt(d)
        elif mins < 60: s = f"{mins} mins ago"
        else:
            assert mins % 60 == 0, e["h"]; s = f"{mins // 60} hr ago" if mins == 60 else f"{mins // 60} hrs ago"
        st.append(s)
        L += [s, e["h"], ""] + paras_txt(e)
        if i == 2: L += ["ADVERTISEMENT", "", "RELATED STORIES", "Canadian-made armoured vehicles reach Ukrainian front", "What the Avdiivka fight means for Ukraine's winter", ""]
    L += ["Report an error", "Editorial Standards and Policies", "", "Get the CTV News app", "Newsletter sign-up: get the morning briefing in your inbox"]
    return "\n".join(L) + "\n", st

def r_inews(S):
    z = S["zone"]
    L = ["i", "News  Politics  Opinion  Money  Culture  Sport  Puzzles", "Subscribe", "", "World > Russia-Ukraine war", "",
         S["title"], "", S["lede"], "", S["byline"], S["dateline"], "", "Key points"]
    L += ["• " + e["h"] for e in S["entries"] if e["kp"]]
    L += ["", "Show latest updates", ""]
    st = []
    for i, e in enumerate(S["entries"]):
        s = ampm(dt(e["t"], z)); st.append(s)
        L += [s, "", e["h"], ""] + paras_txt(e)
        if i == 3: L += ["Advertisement", "", "Sign up to i's Morning Briefing newsletter", ""]
    L += ["Share this article", "Facebook  X  WhatsApp  Email", "", "Most Read", "1. Cost of living: what changes in April", "2. Weekend weather outlook"]
    return "\n".join(L) + "\n", st

def r_hindu(S):
    z = S["zone"]; upd = dt(S["updated"], z)
    L = ["THE HINDU", "e-Paper  Home  News  India  World  Opinion  Business  Sport", "", "World", "", S["title"], "",
         S["lede"], "", "Updated - " + upd.strftime("%B %d, %Y ") + ampm(upd, space=" ", sep=":").replace(" ", " ") + " IST", "",
         "Follow Us", "Share", "", "READ LATER", "PRINT", ""]
    st = []
    for i, e in enumerate(S["entries"]):
        s = dt(e["t"], z).strftime("%B %d, %Y %H:%M"); st.append(s)
        L += [s, "", e["h"], ""] + paras_txt(e)
        if i == 2: L += ["Also read | How Indian students crossed into Romania and Poland", ""]
        if i == 4: L += ["ADVERTISEMENT", ""]
    L += ["Published - " + dt(S["published"], z).strftime("%B %d, %Y ") + ampm(dt(S["published"], z), space=" ") + " IST", "",
          "Russia-Ukraine Crisis / Ukraine / Russia / India", "", "COMMENTS", "SHARE", "", "Related Topics"]
    return "\n".join(L) + "\n", st

def r_cnbc(S):
    z = S["zone"]; o = ["<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + esc(S["title"]) + "</title>",
        '<meta name="description" content="' + attr(S["lede"]) + '"></head><body>',
        '<header class="GlobalNavigation"><a href="/">CNBC</a> <a href="/markets/">Markets</a> <a href="/business/">Business</a> <a href="/investing/">Investing</a> <a href="/tech/">Tech</a> <a href="/politics/">Politics</a> <a href="/pro/">PRO</a> <a href="/watchlist/">Watchlist</a></header>',
        '<div class="MarketsBanner"><span>DOW FUT</span> <span>+0.41%</span> <span>S&amp;P FUT</span> <span>+0.38%</span></div>',
        '<main><div class="ArticleHeader"><a class="ArticleHeader-eyebrow" href="/europe-politics/">Europe Politics</a>',
        '<h1 class="LiveBlogHeader-headline">' + esc(S["title"]) + '</h1><span class="LiveBlogHeader-live">LIVE UPDATES</span>',
        '<time class="LiveBlogHeader-time">Updated ' + esc(S["updated_txt"]) + '</time></div>',
        '<div class="LiveBlogBody-summary"><p>' + esc(S["lede"]) + "</p></div>"]
    st = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); s = d.strftime("%a, %b %-d %Y ") + ampm(d, upper=True, space=" ") + " EDT"; st.append(s)
        o.append('<div class="LiveBlogPost-container"><h2 class="LiveBlogPost-headline">' + esc(e["h"]) + "</h2>")
        o.append('<div class="LiveBlogPost-byline"><time class="LiveBlogPost-time">' + s + "</time>" + ('<span class="LiveBlogPost-author"> ' + esc(e["a"]) + "</span>" if e["a"] else "") + "</div>")
        o.append('<div class="group">' + "".join("<p>" + esc(p) + "</p>" for p in e["p"]) + "</div>")
        if e.get("more"): o.append('<p class="LiveBlogPost-readMore">— Read more: <a href="/2023/03/21/x.html">' + esc(e["more"]) + "</a></p>")
        o.append("</div>")
        if i == 2: o.append('<div class="InlineAd">ADVERTISEMENT</div>')
    o.append('<div class="RelatedQuotes"><h3>Related Securities</h3><span>Symbol</span> <span>Price</span> <span>Change</span> <span>%Change</span></div>')
    o.append('<footer><p>Subscribe to CNBC PRO</p><p>Got a confidential news tip? We want to hear from you.</p><p>&copy; 2023 CNBC LLC. All Rights Reserved.</p></footer></main></body></html>')
    return "\n".join(o) + "\n", st

def r_nypost(S):
    z = S["zone"]; ups = []; st = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st.append(ampm(d, dots=True, space=" ") + " ET")
        u = {"@type": "BlogPosting", "headline": e["h"], "datePublished": d.isoformat(), "url": S["url"] + "#post-" + str(9001 + i),
             "articleBody": " ".join(e["p"])}
        if e["a"]: u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
          "coverageStartTime": dt(S["entries"][-1]["t"], z).isoformat(), "datePublished": dt(S["entries"][-1]["t"], z).isoformat(),
          "dateModified": dt(S["entries"][0]["t"], z).isoformat(), "liveBlogUpdate": ups,
          "publisher": {"@type": "NewsMediaOrganization", "name": "New York Post"}}
    o = ['<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>' + esc(S["title"]) + "</title>",
         '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
         '<div class="site-header"><a href="https://nypost.com">New York Post</a> <nav><a href="/news/">News</a> <a href="/metro/">Metro</a> <a href="/sports/">Sports</a> <a href="/entertainment/">Entertainment</a> <a href="/opinion/">Opinion</a></nav> <a class="login">Log In</a></div>',
         '<article class="liveblog"><h1 class="headline">' + esc(S["title"]) + "</h1>",
         '<p class="byline">By <a href="/author/x/">' + esc(S["byline"]) + "</a></p>",
         '<p class="date">' + esc(S["dateline"]) + "</p>",
         '<div class="share"><a>Facebook</a> <a>Twitter</a> <a>Email</a> <a>Copy URL</a></div>',
         '<h2 class="liveblog__day">' + esc(S["divider"]) + "</h2>"]
    for i, e in enumerate(S["entries"]):
        o.append('<div class="liveblog-entry" id="post-' + str(9001 + i) + '"><div class="liveblog-entry__meta"><span class="liveblog-entry__time">' + st[i] + "</span>"
                 + ('<span class="liveblog-entry__author">' + esc(e["a"]) + "</span>" if e["a"] else "") + "</div>")
        o.append('<h3 class="liveblog-entry__title">' + esc(e["h"]) + "</h3>")
        o.append("".join("<p>" + esc(p) + "</p>" for p in e["p"]) + "</div>")
        if i == 3: o.append('<div class="ad-slot">Advertisement</div><div class="more-on"><span>More On:</span> <a>russia</a> <a>ukraine</a> <a>vladimir putin</a></div>')
    o.append('<footer><p>Sign up for Post Politics newsletter</p><p>&copy; 2022 NYP Holdings, Inc. All Rights Reserved</p><p>Terms of Use  Privacy Notice  Your Ad Choices</p></footer></article></body></html>')
    return "\n".join(o) + "\n", st

def r_koreaherald(S):
    z = S["zone"]; o = ['<!DOCTYPE html><html lang="ko-KR"><head><meta charset="utf-8"><title>' + esc(S["title"]) + "</title></head><body>",
        '<div id="header"><a class="logo" href="/">The Korea Herald</a><ul class="gnb"><li>National</li><li>Business</li><li>Finance</li><li>Life&amp;Culture</li><li>Sports</li><li>World</li><li>Opinion</li></ul></div>',
        '<div class="list_head"><h2>' + esc(S["title"]) + '</h2><span class="date_today">' + esc(S["dateline"]) + "</span></div>", '<ul class="main_sec_li">']
    st = []
    for i, e in enumerate(S["entries"]):
        s = dt(e["t"], z).strftime("%Y-%m-%d %H:%M"); st.append(s)
        o.append('<li><a href="/view.php?ud=20230913000' + str(700 + i) + '"><div class="main_l_txt"><div class="main_l_t1">' + esc(e["h"]) + "</div>"
                 + "".join('<p class="main_l_t2">' + esc(p) + "</p>" for p in e["p"]) + '</div></a><div class="main_l_info"><span class="date">' + s + "</span>"
                 + ('<span class="writer">' + esc(e["a"]) + "</span>" if e["a"] else "") + "</div></li>")
    o.append('</ul><div class="paging"><a>1</a> <a>2</a> <a>3</a> <a>Next</a></div>')
    o.append('<div id="footer"><p>Herald Corporation</p><p>Copyright Herald Corporation. All rights reserved.</p></div></body></html>')
    return "\n".join(o) + "\n", st

def r_unnews(S):
    o = ['<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>' + esc(S["title"]) + " | UN News</title></head><body>",
         '<div class="region-header"><a href="/en/">UN News</a><p>Global perspective Human stories</p><nav><a>Home</a> <a>Topics</a> <a>In depth</a> <a>Regions</a> <a>Audio hub</a> <a>Subscribe</a></nav></div>',
         '<main><article><h1 class="node-title">' + esc(S["title"]) + "</h1>",
         '<div class="date-topics"><time>' + esc(S["dateline"]) + '</time> <a class="topic">Humanitarian Aid</a></div>',
         '<div class="field-lede"><p>' + esc(S["lede"]) + "</p></div>"]
    for i, e in enumerate(S["entries"]):
        o.append("<h2>" + esc(e["h"]) + "</h2>")
        o.append("".join("<p>" + esc(p) + "</p>" for p in e["p"]))
        if i == 1: o.append('<div class="audio-embed">Listen to the UN News podcast</div>')
    o.append('<div class="share"><span>Share this story:</span> <a>Facebook</a> <a>X</a> <a>Print</a> <a>Email</a></div>')
    o.append('<aside><h3>Related Stories</h3><ul><li>Ukraine: UN relief chief visits frontline communities</li><li>Sudan: aid convoys still blocked, OCHA warns</li></ul></aside>')
    o.append('<footer><p>Download the UN News app for your iOS or Android devices.</p><p>Copyright United Nations</p></footer></article></main></body></html>')
    return "\n".join(o) + "\n", [None] * len(S["entries"])

def rss_date(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))

def r_rss(S):
    z = S["zone"]; v = S["variant"]
    ns = ' xmlns:dc="http://purl.org/dc/elements/1.1/"' + (' xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom"' if v == "wp" else "")
    o = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0"' + ns + ">", "<channel>",
         "<title>" + esc(S["title"]) + "</title>", "<link>" + S.get("home", S["link"]) + "</link>", "<description>" + esc(S["desc"]) + "</description>",
         "<language>en</language>"]
    if v == "wp": o += ['<atom:link href="' + S.get("home", S["link"]) + 'feed/" rel="self" type="application/rss+xml"/>', "<generator>https://wordpress.org/?v=6.4.3</generator>"]
    o.append("<lastBuildDate>" + rss_date(dt(S["entries"][0]["t"], z).astimezone(ZoneInfo(S["feedzone"])), S.get("gmt")) + "</lastBuildDate>")
    st = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z).astimezone(ZoneInfo(S["feedzone"])); s = rss_date(d, S.get("gmt")); st.append(s)
        o.append("<item>"); o.append("<title>" + esc(e["h"]) + "</title>")
        link = S["link"] + (e.get("path") or slug(e["h"])) + "/"
        o.append("<link>" + link + "</link>")
        if v == "wp":
            o.append("<dc:creator><![CDATA[" + e["a"] + "]]></dc:creator>"); o.append("<pubDate>" + s + "</pubDate>")
            o.append("<category><![CDATA[" + e.get("cat", "News") + "]]></category>")
            o.append('<guid isPermaLink="false">' + S.get("home", S["link"]) + "?p=" + str(81230 + i * 7) + "</guid>")
            o.append("<description><![CDATA[" + e["p"][0][:120].rsplit(" ", 1)[0] + " [&#8230;]]]></description>")
            o.append("<content:encoded><![CDATA[" + "".join("<p>" + p + "</p>\n" for p in e["p"]) + '<p>Main image credit: ' + e.get("credit", "Wojtek Radwanski/AFP/East News") + "</p>]]></content:encoded>")
        else:
            if e["a"]: o.append("<dc:creator>" + esc(e["a"]) + "</dc:creator>")
            o.append("<pubDate>" + s + "</pubDate>")
            o.append('<guid isPermaLink="' + ("true" if v == "yonhap" else "false") + '">' + link + "</guid>")
            if e["p"]: o.append("<description>" + esc("".join("<p>" + esc(p) + "</p>" for p in e["p"])) + "</description>")
            if e.get("cat"): o.append("<category>" + esc(e["cat"]) + "</category>")
        o.append("</item>")
    o += ["</channel>", "</rss>"]
    return "\n".join(o) + "\n", st

def r_atom(S):
    z = S["zone"]; o = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
        "<title>" + esc(S["title"]) + "</title>", "<subtitle>" + esc(S["desc"]) + "</subtitle>",
        '<link rel="alternate" href="' + S["link"] + '"/>', '<link rel="self" href="' + S["link"] + 'feed.atom"/>', "<id>" + S["link"] + "</id>"]
    def f(d): return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if S.get("zulu") else d.isoformat()
    o.append("<updated>" + f(dt(S["entries"][0]["t"], z)) + "</updated>")
    st = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); s = f(d); st.append(s)
        o += ["<entry>", "<title>" + esc(e["h"]) + "</title>", '<link rel="alternate" href="' + S["link"] + slug(e["h"]) + '"/>',
              "<id>tag:" + S["link"].split("/")[2] + "," + d.strftime("%Y-%m-%d") + ":" + S["id"] + f"-{i+1:04d}" + "</id>", "<published>" + s + "</published>", "<updated>" + s + "</updated>"]
        if e["a"]: o.append("<author><name>" + esc(e["a"]) + "</name></author>")
        if e.get("cat"): o.append('<category term="' + attr(e["cat"]) + '"/>')
        if e["p"]:
            if S.get("summary_text"):
                o.append('<summary type="text">' + esc(e["p"][0]) + "</summary>")
            o.append('<content type="html">' + esc("".join("<p>" + esc(p) + "</p>" for p in e["p"])) + "</content>")
        o.append("</entry>")
    o.append("</feed>")
    return "\n".join(o) + "\n", st

def r_textlive(S):
    z = S["zone"]; L = list(S["head"])
    if any(e["kp"] for e in S["entries"]):
        L += [S.get("kp_label", "Key Points")] + [S.get("kp_bullet", "- ") + e["h"] for e in S["entries"] if e["kp"]] + [""]
    st = []
    for i, e in enumerate(S["entries"]):
        s = S["stampfmt"](dt(e["t"], z)); st.append(s)
        if S.get("stamp_after_head"):
            L += [e["h"], s + ((" | " + e["a"]) if e["a"] else ""), ""] + paras_txt(e)
        else:
            L += [s, e["h"]] + ([("By " + e["a"])] if e["a"] else []) + [""] + paras_txt(e)
        if i in S.get("chrome_after", {}): L += [S["chrome_after"][i], ""]
    L += S["foot"]
    return "\n".join(L) + "\n", st

def r_htmllive(S):
    z = S["zone"]; st = []; o = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>' + esc(S["title"]) + " | " + esc(S["source"]) + "</title>"]
    if S.get("ld"):
        ups = []
        for i, e in enumerate(S["entries"]):
            d = dt(e["t"], z)
            u = {"@type": "BlogPosting", "@id": S["url"] + "#u" + str(i + 1), "headline": e["h"], "datePublished": d.isoformat(),
                 "articleBody": " ".join(e["p"])}
            if e["a"]: u["author"] = [{"@type": "Person", "name": e["a"]}]
            ups.append(u)
        node = {"@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "url": S["url"],
                "coverageStartTime": dt(S["entries"][-1]["t"], z).isoformat(), "coverageEndTime": dt(S["entries"][0]["t"], z).isoformat(),
                "datePublished": dt(S["entries"][-1]["t"], z).isoformat(), "dateModified": dt(S["entries"][0]["t"], z).isoformat(),
                "liveBlogUpdate": ups, "publisher": {"@type": "Organization", "name": S["source"]}}
        if S["ld"] == "graph":
            node = {"@context": "https://schema.org", "@graph": [{"@type": "Organization", "@id": S["url"].split("/live")[0] + "/#org", "name": S["source"]},
                     {"@type": "WebPage", "@id": S["url"] + "#webpage", "url": S["url"]}, node]}
        else:
            node = {"@context": "https://schema.org", **node}
        o.append('<script type="application/ld+json">' + json.dumps(node, ensure_ascii=False) + "</script>")
    o += ["</head><body>", '<header class="masthead"><a href="/">' + esc(S["source"]) + '</a><nav><a href="/world">World</a> <a href="/europe">Europe</a> <a href="/business">Business</a> <a href="/sport">Sport</a> <a href="/subscribe">Subscribe</a></nav></header>',
          "<main>", '<p class="kicker">' + esc(S["kicker"]) + "</p>", "<h1>" + esc(S["title"]) + "</h1>", '<p class="standfirst">' + esc(S["lede"]) + "</p>",
          '<p class="page-meta">' + esc(S["datetext"]) + "</p>"]
    if any(e["kp"] for e in S["entries"]):
        o.append('<section class="key-points"><h2>Key Points</h2><ul>' + "".join("<li>" + esc(e["h"]) + "</li>" for e in S["entries"] if e["kp"]) + "</ul></section>")
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); s = S["stampfmt"](d); st.append(s)
        o.append('<article class="update" id="u' + str(i + 1) + '">')
        o.append(('<time datetime="' + d.isoformat() + '">' + s + "</time>") if S.get("timeattr") else ('<span class="update-time">' + s + "</span>"))
        o.append("<h2>" + esc(e["h"]) + "</h2>")
        if e["a"]: o.append('<p class="update-author">' + esc(e["a"]) + "</p>")
        for p in e["p"]: o.append("<p>" + esc(p) + "</p>")
        o.append('<div class="update-share">Share</div></article>')
        if i in S.get("chrome_after", {}): o.append('<aside class="promo">' + esc(S["chrome_after"][i]) + "</aside>")
    o.append('<footer><p>' + esc(S["source"]) + ' &middot; About us &middot; Privacy &middot; Cookie settings</p></footer></main></body></html>')
    return "\n".join(o) + "\n", st

def r_htmlarticle(S):
    z = S["zone"]; pub = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": pub.isoformat(),
          "author": {"@type": "Person", "name": S["author"]}, "publisher": {"@type": "Organization", "name": S["source"]}}
    o = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>' + esc(S["title"]) + " – " + esc(S["source"]) + "</title>",
         '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
         '<nav class="topbar"><a href="/">' + esc(S["source"]) + '</a> <a>World</a> <a>Analysis</a> <a>Newsletters</a></nav>',
         '<article><h1>' + esc(S["title"]) + "</h1>", '<p class="dek">' + esc(S["lede"]) + "</p>",
         '<div class="byline">By ' + esc(S["author"]) + ' <span class="sep">|</span> <time datetime="' + pub.isoformat() + '">' + esc(S["dateline"]) + "</time></div>"]
    for i, e in enumerate(S["entries"]):
        o.append("<h2>" + esc(e["h"]) + "</h2>"); o += ["<p>" + esc(p) + "</p>" for p in e["p"]]
        if i == 0: o.append('<figure><figcaption>Workers repair a damaged power line near Kyiv. Photo: Reuters</figcaption></figure>')
    o.append('<div class="newsletter-box">Get our Europe briefing every weekday morning. <a>Sign up</a></div>')
    o.append('<section class="related"><h3>Read next</h3><a>Ukraine\'s grid: how much damage can it take?</a></section></article>')
    o.append("<footer>&copy; 2024 " + esc(S["source"]) + "</footer></body></html>")
    return "\n".join(o) + "\n", [None] * len(S["entries"])

def r_textarticle(S):
    L = list(S["head"])
    for e in S["entries"]:
        L += paras_txt(e)
    L += S["foot"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])

RENDER = {f.__name__: f for f in [r_irishind, r_ctv, r_inews, r_hindu, r_cnbc, r_nypost, r_koreaherald, r_unnews, r_rss, r_atom,
                                   r_textlive, r_htmllive, r_htmlarticle, r_textarticle]}

def main():
    for fn in os.listdir(os.path.join(ROOT, "seeds")): os.remove(os.path.join(ROOT, "seeds", fn))
    for fn in os.listdir(os.path.join(ROOT, "gold")): os.remove(os.path.join(ROOT, "gold", fn))
    total = 0
    for S in SEEDS:
        text, stamps = RENDER[S["render"]](S)
        fn = f"{S['id']}_{S['name']}.{S['ext']}"
        with open(os.path.join(ROOT, "seeds", fn), "w", encoding="utf-8") as f: f.write(text)
        ents = []
        for i, e in enumerate(S["entries"]):
            if S.get("dateonly"):
                pub, loc = S["dateonly"], None
            else:
                d = dt(e["t"], S["zone"]); pub = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"); loc = d.strftime("%Y-%m-%d %H:%M ") + S["zone"]
            fs = first_sentence(e["p"][0]) if e["p"] else None
            if fs: assert len(fs) > 35, (S["id"], fs)
            g = {"id": f"{S['id']}-{i+1:02d}", "headline": e["h"], "stamp": stamps[i], "published": pub, "published_local": loc,
                 "published_basis": S["basis"].format(s=stamps[i]), "author": e["a"], "first_sentence": fs,
                 "body_paragraphs": len(e["p"]), "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                 "importance": e["imp"], "key_point": e["kp"], "duplicate_of": (f"{S['id']}-{e['dup']:02d}" if e["dup"] else None),
                 "story": e["st"]}
            if e["n"]: g["notes"] = e["n"]
            ents.append(g)
        gold = {"seed": fn, "source": S["source"], "page_title": S["page_title"], "page_timezone": S["page_tz"],
                "notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]}
        with open(os.path.join(ROOT, "gold", f"{S['id']}_{S['name']}.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")
        total += len(ents)
        print(fn, len(ents))
    print("total entries", total)

if __name__ == "__main__":
    main()

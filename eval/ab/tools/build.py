#!/usr/bin/env python3
"""Builds eval/ab seeds and gold files from the hand-written table below.
All news text is invented or paraphrased in the tester's own words; Part B outlets are invented. Deterministic.
Run: python3 eval/ab/tools/build.py"""
import json, html, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None):
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019\']?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par)
    return par[:m.end()] if m else par


def esc(s):
    return html.escape(s, quote=False)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:60]


def ampm(d, style):
    hh = d.hour % 12 or 12
    pm = d.hour >= 12
    if style == "p.m.":
        return f"{hh}:{d.minute:02d} {'p.m.' if pm else 'a.m.'}"
    if style == "dotpm":
        return f"{hh}.{d.minute:02d}{'pm' if pm else 'am'}"
    if style == "pm":
        return f"{hh}:{d.minute:02d} {'pm' if pm else 'am'}"
    if style == "PM":
        return f"{hh}:{d.minute:02d} {'PM' if pm else 'AM'}"
    if style == "0PM":
        return f"{hh:02d}:{d.minute:02d} {'PM' if pm else 'AM'}"
    raise ValueError(style)


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def ld_esc(s):
    """JSON-LD strings as some CMSs print them: apostrophes and dashes as numeric entities."""
    return s.replace("'", "&#8217;").replace("\u2014", "&#8212;")


# =============================================================== PART A renderers

def r_dailystar(S):  # The Daily Star (Bangladesh) tag page, text scrape; 'Mon Mar 4, 2024 08:35 PM' + 'Last update on:'
    z = S["zone"]
    L = ["The Daily Star", "Skip to main content", "",
         "We use cookies to give you a better experience. By continuing to browse you accept our cookie policy. Accept", "",
         "E-paper   Subscribe   Sign In", "Monday, March 4, 2024", "",
         "Home  News  Bangladesh  World  Business  Sports  Opinion  Entertainment  Lifestyle  Tech  Youth  Multimedia", "",
         "World > Europe", "", S["title"], "Follow", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{d.strftime('%a %b')} {d.day}, {d.year} {ampm(d, '0PM')}"; stamps.append(st)
        up = dt(e["t"][:11] + e["up"], z) if e.get("up") else None
        L += [e["h"], e["a"] or "Agencies", st]
        if up:
            L += [f"Last update on: {up.strftime('%a %b')} {up.day}, {up.year} {ampm(up, '0PM')}"]
        L += [""] + ptxt(e["p"])
        if e["p"]:
            L += ["Read more", ""]
        if i == 2:
            L += ["Related topic", "Russia-Ukraine War   Ukraine   Russia", ""]
        if i == 4:
            L += ["Advertisement", ""]
    L += ["Load More", "", "About Us   Contact Us   Sitemap   Privacy Policy   Comment Policy   Advertisement", "",
          "© 2024 thedailystar.net | All rights reserved"]
    return "\n".join(L) + "\n", stamps


def r_kuwaittimes(S):  # Kuwait Times key-events article: HTML, Yoast-style NewsArticle JSON-LD, bullets under h2 sections
    z = S["zone"]; d = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": S["url"] + "#article", "headline": ld_esc(S["title"]),
         "datePublished": d.isoformat(), "dateModified": d.isoformat(), "author": {"@type": "Person", "name": S["author"]},
         "articleSection": ["International"], "inLanguage": "en-US", "mainEntityOfPage": S["url"]},
        {"@type": "WebSite", "@id": "https://kuwaittimes.com/#website", "name": "Kuwait Times"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f"<title>{esc(S['title'])} - Kuwait Times</title>",
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld, ensure_ascii=False) + "</script>", "</head><body>",
           '<header class="site-header"><div class="top-strip"><span>Friday, March 15, 2024</span> <a href="/e-paper">E-Paper</a> <a href="/subscribe">Subscribe</a></div>',
           '<a class="logo" href="/">Kuwait Times</a>',
           '<nav class="main-nav"><a href="/kuwait">Kuwait</a> <a href="/business">Business</a> <a href="/international">International</a> <a href="/sports">Sports</a> <a href="/opinion">Opinion</a> <a href="/lifestyle">Lifestyle</a> <a href="/multimedia">Multimedia</a></nav></header>',
           '<main><article class="post"><div class="breadcrumbs"><a href="/">Home</a> » <a href="/international">International</a></div>',
           f'<h1 class="entry-title">{esc(S["title"])}</h1>',
           f'<div class="post-meta"><span class="author">By {esc(S["author"])}</span> <span class="date">{esc(S["datetext"])}</span></div>',
           '<div class="share-top">Share <a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>Telegram</a> <a>Copy link</a></div>',
           '<figure><img src="/wp-content/uploads/2024/03/odesa.jpg" alt=""/><figcaption>Firefighters work at the site of a missile strike. — Photo for illustration</figcaption></figure>',
           f'<div class="entry-content"><p>{esc(S["lede"])}</p>']
    cur = None
    for e in S["entries"]:
        if e["sec_h"] != cur:
            if cur is not None:
                out.append("</ul>")
            cur = e["sec_h"]; out.append(f"<h2>{esc(cur)}</h2>"); out.append("<ul>")
        out.append(f"<li>{esc(e['p'][0])}</li>")
    out += ["</ul>", '<div class="newsletter-box"><h4>Subscribe to our newsletter</h4><p>The top stories from Kuwait and the world, every morning.</p><input placeholder="Your email"/><button>Sign up</button></div>',
            "</div></article>",
            '<aside class="related"><h3>Related Posts</h3><ul><li><a href="/a1">Oil prices edge up on supply worries</a></li><li><a href="/a2">Kuwait condemns attacks on civilians in Gaza</a></li><li><a href="/a3">Russia-Ukraine war: Key events, day 750</a></li></ul></aside>',
            "</main>", '<footer class="site-footer"><p>Kuwait Times — First English daily in the Arabian Gulf</p><p>© 2024 Kuwait Times. All rights reserved.</p><a href="/privacy">Privacy Policy</a> <a href="/contact">Contact Us</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_nation_rss(S):  # Daily Nation (Kenya) RSS 2.0: +0300 pubDate, entity-escaped HTML descriptions, dc:creator
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
           "<channel>", f"<title>{esc(S['title'])}</title>", "<link>https://nation.africa/kenya/news/world</link>",
           "<description>Latest world news from Nation.Africa</description>", "<language>en-ke</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        if i == 0:
            out.append(f"<lastBuildDate>{st}</lastBuildDate>")
        body = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://nation.africa/kenya/news/world/{slug(e['h'])}-{S['id']}{i}</link>",
                f'<guid isPermaLink="false">nation-{S["id"]}-{i+1}</guid>', f"<pubDate>{st}</pubDate>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out += [f'<media:thumbnail url="https://nation.africa/resource/image/{S["id"]}{i}.jpg" width="480"/>',
                f"<description>{esc(body)}</description>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_news24(S):  # News24 world listing, text scrape: relative stamps resolved against 'Page updated' line
    z = S["zone"]; ref = dt(S["ref"], z)
    L = ["News24", "", "News24 uses cookies to improve your experience. Read our cookie policy. Got it", "",
         "Home   South Africa   World   Politics   Business   Sport   Opinion   Video   Subscribe", "Sign in", "",
         "World / News", "", S["title"], f"Page updated: {ref.day} {MONTHS[ref.month-1]} {ref.year}, {ref.strftime('%H:%M')} SAST", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        assert mins < 60 or mins % 60 == 0, e["h"]
        st = f"{mins} minutes ago" if mins < 60 else (f"{mins // 60} hours ago" if mins >= 120 else "1 hour ago")
        stamps.append(st)
        L += [e["h"]] + ptxt(e["p"]) + [f"{e['a'] or 'Agencies'} | {st}", ""]
        if i == 1:
            L += ["ADVERTISEMENT", ""]
        if i == 3:
            L += ["READ | Ukraine's border defences: what went wrong in Kharkiv", ""]
    L += ["Load more", "", "News24 newsletters: the day's top stories, every morning. Sign up", "",
          "© 2024 News24. All rights reserved.   Terms   Privacy   Contact Us"]
    return "\n".join(L) + "\n", stamps


def r_premium(S):  # Premium Times (Nigeria) tag archive, HTML: cards with 'July 4, 2024 2:35 pm'
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f"<title>{esc(S['title'])}</title></head><body>",
           '<div class="topbar">Thursday, July 4, 2024 <a href="/newsletter">Newsletter</a> <a href="/donate">Support Premium Times</a></div>',
           '<header><a class="logo" href="/">PREMIUM TIMES</a><nav><a href="/news">News</a> <a href="/news/top-news">Top News</a> <a href="/news/headlines">Headlines</a> <a href="/foreign">Foreign</a> <a href="/business">Business</a> <a href="/agriculture">Agriculture</a> <a href="/investigations">Investigations</a> <a href="/opinion">Opinion</a> <a href="/sports">Sports</a></nav></header>',
           f'<main><h1 class="archive-title">{esc(S["h1"])}</h1>', '<div class="archive-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month-1]} {d.day}, {d.year} {ampm(d, 'pm')}"; stamps.append(st)
        out.append('<article class="jeg_post">')
        out.append(f'<h3 class="jeg_post_title"><a href="https://www.premiumtimesng.com/foreign/{S["id"]}{i}-{slug(e["h"])}.html">{esc(e["h"])}</a></h3>')
        out.append(f'<div class="jeg_post_meta"><span class="jeg_meta_author">by <a>{esc(e["a"] or "Agency Report")}</a></span> <span class="jeg_meta_date">{st}</span></div>')
        for p in e["p"]:
            out.append(f'<div class="jeg_post_excerpt"><p>{esc(p)}</p></div>')
        out.append("</article>")
        if i == 2:
            out.append('<div class="newsletter-widget"><h4>Get the Premium Times newsletter</h4><p>Fact-based reporting in your inbox.</p><button>Subscribe</button></div>')
    out += ["</div>", '<div class="share">Share: <a>Facebook</a> <a>X</a> <a>WhatsApp</a></div>',
            '<aside><h3>Most Read</h3><ol><li><a>Senate passes new minimum wage bill</a></li><li><a>Naira weakens at official window</a></li></ol></aside>',
            "</main>", "<footer>© 2024 Premium Times Services Limited. All rights reserved. About | Contact | Advertise | Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_pakistantoday(S):  # Pakistan Today world page, text scrape: date line, '2.35pm' on its own line, byline glued to date
    z = S["zone"]
    L = ["Pakistan Today", "", "This website uses cookies. Continue browsing if you are happy with it. OK", "",
         "HOME   NATIONAL   WORLD   BUSINESS   SPORTS   OPINION   PROFIT   E-PAPER", "", "WORLD", "", S["title"], "", S["dateline"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, "dotpm"); stamps.append(st)
        L += [st, e["h"], f"{e['a'] or 'Agencies'}{MONTHS[d.month-1]} {d.day}, {d.year}", ""] + ptxt(e["p"])
        L += ["Read more", "Share   Facebook   Twitter   WhatsApp", ""]
        if i == 2:
            L += ["Also read: Rupee gains against dollar in interbank trading", ""]
    L += ["Most Popular", "", "Pakistan Today · Lahore · Karachi · Islamabad", "© 2024 Pakistan Today. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_antara(S):  # ANTARA News tag listing, HTML: '6th September 2024 14:38', 'City (ANTARA) - ' dateline, Reporter/Editor lines
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title></head><body>",
           '<header class="main-header"><a class="logo" href="https://en.antaranews.com/">ANTARA News</a>',
           '<nav><a href="/news">News</a> <a href="/economy">Economy</a> <a href="/world">World</a> <a href="/sport">Sport</a> <a href="/features">Features</a> <a href="/infographic">Infographic</a> <a href="https://www.antaranews.com/">Indonesian</a></nav></header>',
           f'<main><h1 class="tag-title">{esc(S["h1"])}</h1>', '<div class="post-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ordinal(d.day)} {MONTHS[d.month-1]} {d.year} {d.strftime('%H:%M')}"; stamps.append(st)
        out.append('<article class="simple-post">')
        out.append(f'<h2 class="post-title"><a href="https://en.antaranews.com/news/{S["id"]}{i}/{slug(e["h"])}">{esc(e["h"])}</a></h2>')
        out.append(f'<p class="text-muted"><span><i class="fa fa-clock-o"></i> {st}</span></p>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append(f'<p class="text-muted small">Reporter: {esc(e["a"])}<br/>Editor: {esc(e["ed"])}</p>')
        out.append('<div class="share">Share <a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a></div>')
        out.append("</article>")
        if i == 3:
            out.append('<div class="related"><h4>Related News</h4><a href="/r1">Indonesia, Russia discuss nuclear energy cooperation</a></div>')
    out += ["</div></main>", '<footer>Copyright © ANTARA 2024. Indonesian News Agency. All rights reserved.</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_vnplus_atom(S):  # VietnamPlus Atom: +07:00 times, escaped HTML content, author names
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
           f"<title>{esc(S['title'])}</title>", '<link rel="alternate" href="https://en.vietnamplus.vn/world/"/>',
           '<link rel="self" href="https://en.vietnamplus.vn/rss/world.atom"/>', "<id>https://en.vietnamplus.vn/rss/world.atom</id>",
           f"<updated>{dt(S['entries'][0]['t'], z).isoformat()}</updated>", "<subtitle>World news from VietnamPlus</subtitle>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="https://en.vietnamplus.vn/{slug(e["h"])}-post{S["id"]}{i}.vnp"/>',
                f"<id>urn:vnp:{S['id']}{i}</id>", f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_focustaiwan(S):  # Focus Taiwan world listing, text scrape: '11/08/2024 11:15 PM', byline + 'Enditem/xx' after body
    z = S["zone"]
    L = ["Focus Taiwan", "CNA English News", "", "Politics   Cross-Strait   Business   Society   Science & Tech   Culture   Sports   World", "",
         "By continuing to use this site, you agree to our use of cookies. Close", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.strftime('%m/%d/%Y')} {ampm(d, '0PM')}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"(By {e['a']})", f"Enditem/{e['tag']}", ""]
        L += ["Share  Facebook  X  LINE  Copy link", ""]
        if i == 3:
            L += ["Related News", "Taiwan to extend winter aid programme for Ukrainian cities", ""]
    L += ["Load more", "", "Central News Agency   About Us   Contact   Privacy Policy", "© 2024 CNA English News"]
    return "\n".join(L) + "\n", stamps


def r_omanobserver(S):  # Oman Observer live page, HTML: LiveBlogPosting JSON-LD with entities, Key Points, '8:35 p.m.' under a date line
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#post-{i+1}", "headline": ld_esc(e["h"]), "datePublished": d.isoformat(),
                    "articleBody": ld_esc(" ".join(e["p"]))})
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": ld_esc(S["title"]), "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "Organization", "name": "Oman Observer"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Oman Observer</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>", "</head><body>",
           '<header><a class="logo" href="/">Oman Observer</a><nav><a href="/oman">Oman</a> <a href="/business">Business</a> <a href="/world">World</a> <a href="/sports">Sports</a> <a href="/opinion">Opinion</a> <a href="/lifestyle">Lifestyle</a> <a href="/epaper">ePaper</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dek">{esc(S["lede"])}</p>',
           '<div class="key-points"><h3>Key Points</h3><ul>']
    for e in S["entries"]:
        if e["kp"]:
            out.append(f"<li>{esc(e['h'])}</li>")
    out += ["</ul></div>", '<div class="share">Share <a>Facebook</a> <a>X</a> <a>WhatsApp</a></div>', f'<div class="live-date">{esc(S["dateline"])}</div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, "p.m."); stamps.append(st)
        out.append(f'<div class="live-post" id="post-{i+1}"><span class="post-time">{st}</span>')
        out.append(f"<h2>{esc(e['h'])}</h2>")
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append("</div>")
        if i == 2:
            out.append('<div class="newsletter">Get Oman Observer headlines on WhatsApp. Join our channel</div>')
    out += ['<aside class="related"><h3>More from World</h3><a href="/w1">Gulf markets close mixed</a></aside>', "</main>",
            "<footer>© 2024 Oman Observer. Oman Establishment for Press, Publication and Advertising.</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


# =============================================================== PART B renderers (invented outlets)

def r_sennen(S):  # text live blog, OLDEST first, '14:38 BST' stamps, Key Points, 'By NAME' under the headline
    z = S["zone"]
    L = ["SENNEN DAILY", "News | World | Ukraine", "", S["title"], S["dateline"], "", "Key Points"]
    L += [e["h"] for e in S["entries"] if e["kp"]]
    L += ["", "Updates (oldest first)", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M ") + ("BST" if d.utcoffset().seconds else "GMT"); stamps.append(st)
        L += [st, e["h"], f"By {e['a']}", ""] + ptxt(e["p"])
        if i == 3:
            L += ["Advertisement", ""]
    L += ["This live blog is now closed.", "Sennen Daily © 2024 | Terms | Privacy"]
    return "\n".join(L) + "\n", stamps


def r_livehtml_ld(S):  # HTML live + LiveBlogPosting JSON-LD, bare HH:MM in <time datetime>, per-post bylines
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#p{i+1}", "headline": ld_esc(e["h"]), "datePublished": d.isoformat()}
        if e["p"]:
            u["articleBody"] = ld_esc(" ".join(e["p"]))
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": ld_esc(S["title"]), "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "Organization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {esc(S['source'])}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>", "</head><body>",
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a href="/world">World</a> <a href="/europe">Europe</a> <a href="/ukraine">Ukraine</a> <a href="/opinion">Opinion</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>', f'<p class="tznote">{esc(S["dateline"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = S["fmt_stamp"](d); stamps.append(st)
        out.append(f'<section class="update" id="p{i+1}"><time datetime="{d.isoformat()}">{st}</time>')
        out.append(f"<h2>{esc(e['h'])}</h2>")
        if e["a"]:
            out.append(f'<p class="byline">{esc(e["a"])}</p>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append('<div class="share"><button>Share</button> <button>Copy link</button></div></section>')
        if i == 2:
            out.append('<div class="promo">Sign up for our morning briefing. Subscribe</div>')
    out += ["</main>", f"<footer>© 2024 {esc(S['source'])}. All rights reserved.</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):  # general world RSS 2.0 feed with pubDate in GMT or +0000
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "<channel>", f"<title>{esc(S['title'])}</title>",
           f"<link>{S['link']}</link>", f"<description>{esc(S['desc'])}</description>", "<ttl>15</ttl>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + S["tzlabel"]; stamps.append(st)
        out += ["<item>", f"<title><![CDATA[{e['h']}]]></title>", f"<link>{S['link']}/{slug(e['h'])}</link>",
                f'<guid isPermaLink="false">{S["id"]}-{i+1}</guid>', f"<pubDate>{st}</pubDate>",
                f"<category>{e.get('cat', 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{p}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_textarticle(S):  # text article: title, byline, dateline, standfirst, section headings (one entry each)
    L = [S["source"].upper(), "Home  >  World  >  Europe", "", S["title"], "", S["standfirst"], "", f"By {S['author']}", S["datetext"], "",
         "Share this article", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 0:
            L += ["[Image: " + S["caption"] + "]", ""]
    L += ["More on this story", S["more"], "", f"© {S['source']} 2024"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_tregony(S):  # HTML live, no JSON-LD, newest first, '2:35 PM CEST' under a date line
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Tregony Live</title></head><body>",
           '<div class="masthead">TREGONY LIVE <span class="nav"><a>Home</a> <a>World</a> <a>Business</a> <a>Culture</a></span></div>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<div class="live-day">{esc(S["dateline"])}</div>', '<ol class="feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, "PM") + " CEST"; stamps.append(st)
        out.append(f'<li class="entry"><p class="stamp">{st}</p><h3>{esc(e["h"])}</h3>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        if e["a"]:
            out.append(f'<p class="sig">Reporting by {esc(e["a"])}</p>')
        out.append("</li>")
        if i == 1:
            out.append('<li class="ad">Advertisement</li>')
    out += ["</ol>", '<div class="newsletter">Get Tregony Live in your inbox: Subscribe</div>', "</main>",
            "<footer>Tregony Live · Imprint · Privacy · Cookie settings</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_atom_kyiv(S):  # Atom feed with +03:00 offsets and plain-text summaries
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           f'<link href="{S["link"]}"/>', f"<id>{S['link']}</id>", f"<updated>{dt(S['entries'][0]['t'], z).isoformat()}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="{S["link"]}/{slug(e["h"])}"/>', f"<id>tag:{S['id']}:{i+1}</id>",
                f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_sithney(S):  # text live, oldest first, headline then time on its own line ('9:10 a.m. ET'), one page byline
    z = S["zone"]
    L = ["Sithney Report", "World · Politics · Business · Climate", "", S["title"], S["byline"], S["dateline"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, "p.m.") + " ET"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"]) + ["Share this update", ""]
        if i == 2:
            L += ["Sponsored", ""]
    L += ["End of live coverage.", "© 2024 Sithney Report"]
    return "\n".join(L) + "\n", stamps


def r_stithians(S):  # text live, oldest first, '1409 GMT' stamps on the headline line ('1409 GMT — Headline'), date header
    z = S["zone"]
    L = ["STITHIANS LIVE", "", S["title"], "", S["dateline"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H%M") + " GMT"; stamps.append(st)
        L += [f"{st} — {e['h']}", ""] + ptxt(e["p"])
        if i == 4:
            L += ["Loading...", ""]
    L += ["For yesterday's live updates, click here.", "Stithians Live © 2024"]
    return "\n".join(L) + "\n", stamps


# =============================================================== PART A data
SEEDS = []

SEEDS.append(dict(id="2900", name="2900_dailystar-tag", ext="txt", source="The Daily Star", zone="Asia/Dhaka", render=r_dailystar,
  title="Russia-Ukraine War", fmt="text scrape of a tag page, 'Mon Mar 4, 2024 08:35 PM' + 'Last update on:' lines",
  notes="Imitates the layout of The Daily Star (Bangladesh) tag page as a 'copy all text' scrape. Newest first. Each card: headline, credit line ('Agencies' = no author, or a staff name), 12 h stamp with date, sometimes a 'Last update on:' line (not the publication time), teaser paragraphs, 'Read more'. Dhaka time (BST = UTC+6) implied by the outlet. Entry 02 is a photo teaser without body.",
  not_entries=["masthead, cookie line, sign-in links, site date", "section menu", "'World > Europe' breadcrumb", "page title 'Russia-Ukraine War' and 'Follow'", "'Last update on:' lines", "'Read more' links", "'Related topic' line", "'Advertisement'", "'Load More' and footer"],
  entries=[
  dict(E("2024-03-04 23:10", "Odesa drone strike death toll rises to 12 as rescuers clear rubble",
    ["Rescue teams in Odesa recovered two more bodies from a collapsed section of a nine-storey apartment block on Monday, bringing the number of dead to 12.",
     "The building was hit by a Russian attack drone before dawn on Saturday, said regional governor Oleh Kiper. The city has declared two days of mourning."],
    "strikes", "strikes", 3, "odesa-drone-strike-toll-2024-03-04"), up="23:42"),
  E("2024-03-04 21:45", "PHOTOS: Odesa mourns children killed in weekend drone attack", [], "strikes", "strikes", 1,
    "odesa-drone-strike-toll-2024-03-04", n="Photo teaser without body -> importance 1, under the story it shows."),
  dict(E("2024-03-04 19:20", "Ukraine says sea drones damaged Russian patrol ship off Crimea",
    ["Ukraine's military intelligence agency said its naval drones struck a Russian patrol ship near the Kerch Strait overnight, damaging the stern and both sides of the hull.",
     "Moscow did not comment. Kyiv says it has disabled a third of Russia's Black Sea Fleet since the invasion began."],
    "strikes", "strikes", 3, "kerch-patrol-ship-sea-drones-2024-03-04"), up="20:05"),
  E("2024-03-04 16:05", "Families say Bangladeshi workers were lured to Russian front",
    ["Relatives of at least six Bangladeshi men say they went to Russia on promises of factory jobs and were instead sent to fight in Ukraine.",
     "The foreign ministry in Dhaka said it had asked the Russian embassy for details and was working to bring the men home."],
    "other", "humanitarian", 2, "bangladeshi-recruits-russia-front", a="Tasnim Rahman"),
  E("2024-03-04 13:30", "Czech shell initiative wins backing from 18 countries",
    ["A Czech plan to buy artillery shells for Ukraine from suppliers outside the European Union now has the support of 18 countries, Prague said.",
     "President Petr Pavel unveiled the scheme last month and says it could deliver 800,000 rounds within weeks."],
    "aid", "aid", 2, "czech-shell-initiative-backers"),
  OFF("2024-03-04 11:15", "Gaza truce talks resume in Cairo without Israeli team",
    ["Mediators from Egypt, Qatar and the United States met a Hamas delegation in Cairo on Monday to discuss a six-week pause in fighting in Gaza.",
     "Israel did not send negotiators, Egyptian media reported."],
    "gaza-truce-talks-cairo", n="Gaza talks; 'truce talks' is not diplomacy about this war."),
  E("2024-03-04 09:40", "Russia claims control of another village west of Avdiivka",
    ["Russia's defence ministry said its troops had captured the village of Tonenke, a few kilometres west of the fallen town of Avdiivka.",
     "Ukraine's army said its units were holding new lines in the area and had repelled 11 assaults."],
    "other", "frontline", 2, "tonenke-village-claim", a=None),
  ]))

SEEDS.append(dict(id="2901", name="2901_kuwaittimes-keyevents", ext="html", source="Kuwait Times", zone="Asia/Kuwait", render=r_kuwaittimes,
  title="Russia-Ukraine war: Key events, day 751", url="https://kuwaittimes.com/russia-ukraine-war-key-events-day-751/",
  author="Hessa Al-Rashidi", published="2024-03-15 19:40", datetext="Published on March 15, 2024 at 7:40 pm",
  lede="Here is where things stand on Friday, March 15, the 751st day of Russia's full-scale invasion of Ukraine.",
  fmt="HTML key-events article, Yoast @graph NewsArticle JSON-LD, one bullet = one event under h2 sections",
  notes="Imitates the layout of Kuwait Times (WordPress) for a 'key events' article. Each bullet under the h2 sections (Fighting, Diplomacy, Weapons, Politics) is one event: headline null, stamp null, published = the article's date line (7:40 pm Kuwait time, AST = UTC+3), author = page byline. The bullets are the entries themselves, not a 'Key Points' block of other entries: key_point false. The lede and the image caption are not entries.",
  not_entries=["top strip with date, e-paper, subscribe", "logo and main navigation", "breadcrumbs", "title, byline, date line", "share row", "image caption", "lede paragraph", "section headings Fighting/Diplomacy/Weapons/Politics", "newsletter box", "Related Posts", "footer"],
  entries=[
  dict(E("2024-03-15 19:40", None, ["Russian missiles struck a residential area of Odesa, and a second missile hit the same spot as rescuers arrived, killing at least 16 people and wounding more than 50, regional officials said."],
    "strikes", "strikes", 3, "odesa-double-tap-strike-2024-03-15", a="Hessa Al-Rashidi"), sec_h="Fighting"),
  dict(E("2024-03-15 19:40", None, ["Officials in Russia's Belgorod region said Ukrainian shelling killed two people, as Moscow claimed it had beaten back fresh cross-border raids by pro-Kyiv fighters."],
    "strikes", "strikes", 2, "belgorod-shelling-2024-03-15", a="Hessa Al-Rashidi", sec=["frontline"]), sec_h="Fighting"),
  dict(E("2024-03-15 19:40", None, ["Ukrainian drones set a refinery in Syzran, in Russia's Samara region, on fire, the regional governor said."],
    "strikes", "strikes", 2, "syzran-refinery-drone-strike", a="Hessa Al-Rashidi"), sec_h="Fighting"),
  dict(E("2024-03-15 19:40", None, ["German Chancellor Olaf Scholz, French President Emmanuel Macron and Polish Prime Minister Donald Tusk met in Berlin and agreed to buy more weapons for Ukraine on the world market."],
    "diplomacy", "diplomacy", 3, "weimar-triangle-berlin-2024-03-15", a="Hessa Al-Rashidi", sec=["aid"]), sec_h="Diplomacy"),
  dict(E("2024-03-15 19:40", None, ["Kremlin spokesman Dmitry Peskov said Moscow saw nothing to discuss at a peace conference that Switzerland plans to host without Russia."],
    "diplomacy", "diplomacy", 2, "peskov-swiss-conference-2024-03-15", a="Hessa Al-Rashidi"), sec_h="Diplomacy"),
  dict(E("2024-03-15 19:40", None, ["Denmark announced a new military aid package worth 2.3 billion kroner, mostly artillery ammunition and air-defence equipment."],
    "aid", "aid", 2, "denmark-package-2024-03-15", a="Hessa Al-Rashidi"), sec_h="Weapons"),
  dict(E("2024-03-15 19:40", None, ["Polls opened in Russia's three-day presidential election, including in occupied parts of Ukraine, where officials carried ballot boxes door to door."],
    "other", "politics", 2, "russia-presidential-election-opens", a="Hessa Al-Rashidi"), sec_h="Politics"),
  ]))

SEEDS.append(dict(id="2902", name="2902_nation-world-rss", ext="xml", source="Daily Nation", zone="Africa/Nairobi", render=r_nation_rss,
  title="Nation - World", fmt="RSS 2.0, +0300 pubDate, entity-escaped HTML descriptions, dc:creator on some items",
  notes="Imitates the layout of the Daily Nation (Kenya) world-news RSS. pubDate carries +0300 (EAT). Descriptions are entity-escaped HTML (&lt;p&gt;). Two of six items are Kenyan news unrelated to the war (off-beat). Entries 01 and 03 are separate stories (Cameron's pledge vs the Kremlin's reaction to his separate remark on weapons use).",
  not_entries=["channel title, link, description, language, lastBuildDate", "media thumbnails"],
  entries=[
  E("2024-05-03 21:15", "Kremlin calls Cameron's remarks on British weapons 'dangerous'",
    ["Kremlin spokesman Dmitry Peskov said a statement by British Foreign Secretary David Cameron that Ukraine could use British weapons against targets inside Russia was a dangerous escalation.",
     "Peskov said such comments showed Britain was directly involved in the conflict."],
    "diplomacy", "diplomacy", 2, "kremlin-reacts-cameron-weapons-remark"),
  OFF("2024-05-03 18:40", "Floods: Residents near dams told to leave within 48 hours",
    ["The government ordered families living near 178 dams and water reservoirs to move out within 48 hours as heavy rains continued across the country.",
     "More than 200 people have died in floods since March, according to the Interior ministry."],
    "kenya-floods-dam-evacuations", a="Wanjiru Kamau", n="Kenyan floods."),
  E("2024-05-03 15:05", "UK pledges £3 billion a year to Ukraine 'for as long as it takes'",
    ["British Foreign Secretary David Cameron said during a visit to Kyiv that the United Kingdom would give Ukraine 3 billion pounds of military support every year for as long as needed.",
     "He met President Volodymyr Zelensky and visited a power station damaged by Russian missiles."],
    "aid", "aid", 3, "uk-annual-military-aid-pledge-cameron", sec=["diplomacy"]),
  E("2024-05-03 12:30", "Russian missile strike on Kharkiv kills two, injures 11",
    ["Two people were killed and 11 wounded when Russian missiles hit a residential area of Kharkiv, the regional governor said.",
     "Several homes and a petrol station were destroyed."],
    "strikes", "strikes", 3, "kharkiv-missile-strike-2024-05-03"),
  OFF("2024-05-03 10:10", "Police deployment to Haiti pushed to late May",
    ["The first group of Kenyan police officers for the multinational mission in Haiti will leave later this month, the Interior ministry said.",
     "The deployment has been delayed by court challenges and funding gaps."],
    "kenya-police-haiti-deployment", a="Brian Ochieng", n="Kenyan mission to Haiti."),
  E("2024-05-03 07:45", "Ukraine lets some convicts serve in the army",
    ["Ukraine's parliament passed a bill allowing some prisoners to be released on parole if they agree to serve in the armed forces.",
     "People convicted of grave crimes such as treason or rape are excluded."],
    "other", "politics", 2, "ukraine-convicts-army-law"),
  ]))

SEEDS.append(dict(id="2903", name="2903_news24-world", ext="txt", source="News24", zone="Africa/Johannesburg", render=r_news24, ref="2024-05-16 21:30",
  title="Russia-Ukraine war", fmt="text scrape of a world listing, relative stamps ('3 hours ago') + printed 'Page updated ... SAST'",
  notes="Imitates the layout of News24 (South Africa) world listing as a text scrape. Newest first. Each card: headline, blurb paragraph(s), then 'Credit | N hours ago'. Relative stamps are resolved against the printed 'Page updated: 16 May 2024, 21:30 SAST' (UTC+2). 'Agencies' = no author. Entry 05 (Fico) is off-beat.",
  not_entries=["site name, cookie notice, menu, sign in", "'World / News' breadcrumb", "page title and 'Page updated' line", "'ADVERTISEMENT'", "'READ |' related link", "'Load more', newsletter line, footer"],
  entries=[
  E("2024-05-16 20:45", "Putin and Xi pledge deeper ties, call for 'political settlement' in Ukraine",
    ["Russian President Vladimir Putin and Chinese President Xi Jinping signed a joint statement in Beijing promising a new era of partnership between their countries.",
     "The text said any settlement in Ukraine must address the root causes of the conflict."],
    "diplomacy", "diplomacy", 3, "putin-xi-beijing-summit-2024-05-16"),
  E("2024-05-16 18:30", "SA invited to Swiss summit on Ukraine, Presidency confirms",
    ["The Presidency confirmed that South Africa had received an invitation to the June peace conference on Ukraine in Switzerland but had not decided who would attend.",
     "Pretoria says it remains non-aligned in the war."],
    "diplomacy", "diplomacy", 2, "south-africa-swiss-summit-invite", a="Lwazi Dube"),
  E("2024-05-16 16:30", "Ukraine pulls troops back in parts of Vovchansk",
    ["Ukrainian units withdrew from several positions in the border town of Vovchansk to save soldiers' lives, the army's general staff said.",
     "Russian forces crossed the border into the Kharkiv region last week."],
    "other", "frontline", 2, "vovchansk-withdrawal-2024-05-16"),
  E("2024-05-16 15:30", "Glide bomb attack on Kharkiv suburb kills three",
    ["Russian guided bombs hit a residential area on the edge of Kharkiv, killing three people and wounding 12, Governor Oleh Syniehubov said.",
     "Several houses and a shop were destroyed."],
    "strikes", "strikes", 3, "kharkiv-suburb-glide-bombs-2024-05-16", a="Lwazi Dube"),
  OFF("2024-05-16 12:30", "Fico 'out of immediate danger' after second operation",
    ["Slovak Prime Minister Robert Fico, who was shot several times on Wednesday, is in a serious but stable condition after a second operation, his deputy said.",
     "A 71-year-old man has been charged with attempted murder."],
    "fico-shooting-condition", n="attack on the Slovak prime minister, not about the war."),
  E("2024-05-16 10:30", "Blinken unveils $2bn fund to arm Ukraine",
    ["US Secretary of State Antony Blinken announced a 2 billion dollar fund to buy weapons for Ukraine and invest in its arms industry.",
     "He made the announcement on the second day of an unannounced visit to Kyiv."],
    "aid", "aid", 3, "us-2bn-defence-fund-blinken"),
  ]))

SEEDS.append(dict(id="2904", name="2904_premiumtimes-tag", ext="html", source="Premium Times", zone="Africa/Lagos", render=r_premium,
  title="Russia-Ukraine war Archives - Premium Times Nigeria", h1="Russia-Ukraine war",
  fmt="HTML tag archive, 'July 4, 2024 2:35 pm' stamps, 'by Agency Report' credits",
  notes="Imitates the layout of Premium Times (Nigeria) tag archive. Newest first. Stamps 'July 4, 2024 2:35 pm' in Lagos time (WAT = UTC+1), implied by the outlet. 'Agency Report' credit = no author. Entry 02 is a video teaser without excerpt.",
  not_entries=["top bar with date and support link", "logo and navigation", "archive title", "newsletter widget", "share row", "Most Read aside", "footer"],
  entries=[
  E("2024-07-04 21:50", "Putin tells Astana summit Kyiv must accept 'new realities'",
    ["Russian President Vladimir Putin told leaders at a Shanghai Cooperation Organisation summit in Astana that any deal must reflect the situation on the ground.",
     "Chinese President Xi Jinping, also at the meeting, called for a ceasefire and talks."],
    "diplomacy", "diplomacy", 3, "putin-sco-astana-remarks"),
  E("2024-07-04 18:20", "VIDEO: Kharkiv's classrooms move underground", [], "other", "humanitarian", 1,
    "kharkiv-underground-schools", n="Video teaser without body -> importance 1."),
  E("2024-07-04 15:35", "Russian strike on Dnipro market kills five",
    ["A Russian missile hit a market area in Dnipro on Thursday afternoon, killing five people and wounding 34, regional governor Serhiy Lysak said.",
     "Rescuers were searching a damaged shopping centre nearby."],
    "strikes", "strikes", 3, "dnipro-market-strike-2024-07-04"),
  E("2024-07-04 12:10", "Ukrainian envoy seeks more wheat buyers in West Africa",
    ["Ukraine's special envoy for Africa met trade officials in Abuja to discuss direct grain shipments to Nigerian flour mills.",
     "He said Kyiv hoped to open another embassy in the region this year."],
    "diplomacy", "diplomacy", 2, "ukraine-envoy-abuja-grain", a="Bunmi Adeyemi"),
  E("2024-07-04 09:45", "US to send $150 million in air-defence interceptors",
    ["The United States will send Ukraine about 150 million dollars' worth of missiles for its HAWK air-defence systems, officials said.",
     "The package also includes artillery rounds and anti-tank weapons."],
    "aid", "aid", 2, "us-hawk-interceptors-2024-07-04"),
  E("2024-07-04 07:30", "Fire at Krasnodar oil depot after drone attack",
    ["A fuel tank caught fire at an oil depot in Russia's Krasnodar region after a Ukrainian drone attack overnight, local authorities said.",
     "No one was injured, they said."],
    "strikes", "strikes", 2, "krasnodar-oil-depot-drone-2024-07-04"),
  ]))

SEEDS.append(dict(id="2905", name="2905_pakistantoday-world", ext="txt", source="Pakistan Today", zone="Asia/Karachi", render=r_pakistantoday,
  title="World news: latest", dateline="Wednesday, July 17, 2024",
  fmt="text scrape, date line above a timeline, '2.35pm' on its own line before the headline, byline glued to the date",
  notes="Imitates the layout of Pakistan Today world page as a text scrape. Newest first. One date line ('Wednesday, July 17, 2024') above the timeline; each item: '2.35pm' stamp line, headline, byline glued to the date without a space ('Hamza QureshiJuly 17, 2024'; 'Agencies' = no author), body, 'Read more', share row. Karachi time (PKT = UTC+5) implied by the outlet. Entry 01 (Gaza) is off-beat despite 'strikes'.",
  not_entries=["site name, cookie line, menu", "'WORLD' label and page title", "date line", "'Read more' and share rows", "'Also read' link", "'Most Popular' and footer"],
  entries=[
  OFF("2024-07-17 22:50", "Gaza: Israeli strikes on school shelter kill 17",
    ["Israeli air strikes hit a school used as a shelter in central Gaza, killing 17 people, the territory's civil defence agency said.",
     "Israel's military said it had targeted militants operating from the compound."],
    "gaza-school-shelter-strike", n="Gaza war; 'strikes' is not about this war."),
  E("2024-07-17 20:15", "Russian drones pound Odesa port, damage grain terminal",
    ["Russian drones attacked port facilities in the Odesa region overnight, damaging a grain terminal and injuring two workers, Ukrainian officials said.",
     "Ukraine's air force said it destroyed 22 of 28 drones."],
    "strikes", "strikes", 3, "odesa-port-drones-2024-07-17"),
  E("2024-07-17 17:40", "Zelensky wants Russian delegates at next peace summit",
    ["Ukrainian President Volodymyr Zelensky said Russia should be represented at a second peace summit that Kyiv hopes to hold before the end of the year.",
     "He said a plan on energy security, prisoner exchanges and shipping would be ready by November."],
    "diplomacy", "diplomacy", 3, "zelensky-second-peace-summit-russia", a="Hamza Qureshi"),
  E("2024-07-17 14:35", "Germany plans to halve Ukraine military aid next year",
    ["Germany's draft 2025 budget would cut military aid to Ukraine to about 4 billion euros, roughly half this year's amount, according to German media.",
     "The finance ministry said frozen Russian assets should cover more of Kyiv's needs."],
    "aid", "aid", 2, "germany-2025-budget-ukraine-aid"),
  E("2024-07-17 11:20", "Heavy fighting near Pokrovsk, Ukraine's army says",
    ["Ukraine's general staff reported 42 Russian assaults near Pokrovsk in the Donetsk region over the past day, the most on any part of the front.",
     "Russian troops have advanced several kilometres in the area this month."],
    "other", "frontline", 2, "pokrovsk-fighting-2024-07-17", a="Hamza Qureshi"),
  E("2024-07-17 09:05", "Pakistan urges dialogue on Ukraine at UN debate",
    ["Pakistan's ambassador to the United Nations, Munir Akram, told a Security Council debate that the war in Ukraine could only be ended through negotiations.",
     "He said the conflict had pushed up food and fuel prices across developing countries."],
    "diplomacy", "diplomacy", 2, "pakistan-un-ukraine-debate", a="Sana Mirza"),
  ]))

SEEDS.append(dict(id="2906", name="2906_antara-tag", ext="html", source="ANTARA News", zone="Asia/Jakarta", render=r_antara,
  title="Russia-Ukraine - ANTARA News", h1="Russia-Ukraine",
  fmt="HTML tag listing, '6th September 2024 14:38' stamps, 'City (ANTARA) - ' datelines, Reporter/Editor lines",
  notes="Imitates the layout of ANTARA News English tag listing. Newest first. Stamps '6th September 2024 14:38' in Jakarta time (WIB = UTC+7), implied by the outlet. Each body starts with a 'City (ANTARA) - ' dateline that is part of the first sentence. 'Reporter:' is the author; 'Editor:' is not. Entries 01 (Zelensky's appeal) and 02 (US package) are separate stories.",
  not_entries=["header and navigation", "tag title", "'Editor:' lines", "share rows", "'Related News' box", "footer"],
  entries=[
  dict(E("2024-09-06 23:40", "Zelenskyy urges Ramstein partners to speed up air defence deliveries",
    ["Ramstein, Germany (ANTARA) - Ukrainian President Volodymyr Zelenskyy asked defence ministers meeting at the US Ramstein air base to deliver promised air-defence systems faster and to allow long-range strikes.",
     "He said Russian glide bombs and missiles were hitting Ukrainian cities every day."],
    "aid", "aid", 3, "zelenskyy-ramstein-air-defence-appeal", a="Nadia Prameswari"), ed="Bayu Sutrisno"),
  dict(E("2024-09-06 21:15", "US pledges 250 million dollars in new military aid for Kyiv",
    ["Washington (ANTARA) - US Defence Secretary Lloyd Austin announced a new 250 million dollar package of weapons and ammunition for Ukraine.",
     "The package includes air-defence missiles and armoured vehicles."],
    "aid", "aid", 3, "us-250m-package-2024-09-06", a="Nadia Prameswari"), ed="Bayu Sutrisno"),
  dict(E("2024-09-06 18:05", "Russian missiles hit Pavlohrad, dozens injured",
    ["Kyiv (ANTARA) - A Russian missile attack on the city of Pavlohrad in the Dnipropetrovsk region injured more than 50 people, regional officials said.",
     "Houses, a school and several shops were damaged."],
    "strikes", "strikes", 3, "pavlohrad-missile-strike-2024-09-06", a="Galih Pratama"), ed="Bayu Sutrisno"),
  dict(E("2024-09-06 14:38", "Indonesia reiterates call for peaceful end to Ukraine war",
    ["Jakarta (ANTARA) - Indonesia's foreign ministry said it continued to urge Russia and Ukraine to return to negotiations based on the UN Charter.",
     "A ministry spokesperson said Jakarta was ready to support humanitarian efforts."],
    "diplomacy", "diplomacy", 2, "indonesia-ukraine-dialogue-call", a="Galih Pratama"), ed="Anita Lestari"),
  dict(OFF("2024-09-06 11:20", "Pope Francis leaves Jakarta for Papua New Guinea",
    ["Jakarta (ANTARA) - Pope Francis left Jakarta on Friday morning after a three-day visit, heading to Port Moresby.",
     "Thousands of people lined the road to the airport."],
    "pope-leaves-jakarta", a="Nadia Prameswari", n="papal visit."), ed="Anita Lestari"),
  dict(E("2024-09-06 08:30", "Russia says forces capture village near Pokrovsk",
    ["Moscow (ANTARA) - Russia's defence ministry said its troops had taken the village of Kalynove, south-east of the logistics hub of Pokrovsk.",
     "Ukraine did not confirm the claim."],
    "other", "frontline", 2, "kalynove-capture-claim", a="Galih Pratama"), ed="Anita Lestari"),
  ]))

SEEDS.append(dict(id="2907", name="2907_vietnamplus-atom", ext="xml", source="VietnamPlus", zone="Asia/Ho_Chi_Minh", render=r_vnplus_atom,
  title="VietnamPlus - World", fmt="Atom 1.0, +07:00 times, entity-escaped HTML content",
  notes="Imitates the layout of the VietnamPlus English world feed as Atom. Times carry +07:00 (ICT). Content is entity-escaped HTML. Entry 03 (typhoon recovery in Vietnam) is off-beat.",
  not_entries=["feed title, links, id, updated, subtitle"],
  entries=[
  E("2024-09-13 22:30", "Biden, Starmer meet in Washington with Ukraine on agenda",
    ["US President Joe Biden and British Prime Minister Keir Starmer held talks at the White House, where Ukraine's request to fire Western long-range missiles into Russia was discussed.",
     "No decision was announced after the meeting."],
    "diplomacy", "diplomacy", 3, "biden-starmer-white-house-talks", a="Minh Chau"),
  E("2024-09-13 19:45", "Russia revokes accreditation of six British diplomats",
    ["Russia's FSB security service said it had withdrawn the accreditation of six British diplomats in Moscow, accusing them of spying.",
     "London called the accusations baseless."],
    "diplomacy", "diplomacy", 2, "russia-expels-six-british-diplomats", a="Minh Chau"),
  OFF("2024-09-13 16:10", "Northern provinces restore power to most homes after Typhoon Yagi",
    ["Electricity has been restored to more than 90 percent of households in provinces hit by Typhoon Yagi, the Ministry of Industry and Trade said.",
     "Schools in several districts reopened on Friday."],
    "typhoon-yagi-power-restored", a="Thu Hang", n="typhoon recovery in Vietnam."),
  E("2024-09-13 13:20", "Ukraine says Russian missile struck grain ship in Black Sea",
    ["A Russian missile hit a civilian cargo ship carrying Ukrainian wheat in the Black Sea, President Volodymyr Zelensky said.",
     "The vessel was in Romania's exclusive economic zone at the time, Ukrainian officials said."],
    "strikes", "strikes", 3, "grain-ship-missile-black-sea"),
  E("2024-09-13 10:05", "Russia says it has retaken two villages in Kursk region",
    ["Russia's defence ministry said its forces had recaptured two villages in the Kursk region as part of a counter-offensive against Ukrainian troops.",
     "Kyiv said fighting in the area continued."],
    "other", "frontline", 2, "kursk-counteroffensive-villages"),
  E("2024-09-13 07:40", "Japan funds demining machines for Ukraine",
    ["Japan will provide Ukraine with more demining machines and train operators under a new grant, its embassy in Kyiv said.",
     "Large areas of farmland in the east and south remain contaminated."],
    "aid", "aid", 2, "japan-demining-grant", a="Thu Hang"),
  ]))

SEEDS.append(dict(id="2908", name="2908_focustaiwan-world", ext="txt", source="Focus Taiwan", zone="Asia/Taipei", render=r_focustaiwan,
  title="World", fmt="text scrape of a world listing, '11/08/2024 11:15 PM' stamps, crosses local midnight",
  notes="Imitates the layout of Focus Taiwan (CNA English) world listing as a text scrape. Newest first; stamps 'MM/DD/YYYY hh:mm AM' in Taipei time (UTC+8), implied by the outlet. The top item is dated 11/09 local (after midnight) but all items fall on 2024-11-08 UTC. Author from '(By ...)' after body; items without it have no author. 'Enditem/xx' is an editor code, not an author.",
  not_entries=["site name and menu", "cookie line", "page title 'World'", "'(By ...)' lines (author) and 'Enditem/..' codes", "share rows", "'Related News' link", "'Load more' and footer"],
  entries=[
  E("2024-11-09 00:40", "Russia launches overnight drone attack on Kyiv",
    ["Air defences were active over Kyiv for several hours as Russia sent waves of attack drones toward the capital, the city's military administration said.",
     "Debris fell in two districts, damaging cars and a warehouse."],
    "strikes", "strikes", 3, "kyiv-overnight-drone-attack-2024-11-08"),
  dict(E("2024-11-08 23:15", "Zelensky says 11,000 North Korean troops are in Kursk region",
    ["Ukrainian President Volodymyr Zelensky said about 11,000 North Korean soldiers had been moved to Russia's Kursk region and some had already come under fire.",
     "Seoul and Washington have given similar estimates."],
    "other", "frontline", 2, "north-korean-troops-kursk-estimate", a="Chen Yu-hsuan"), tag="AW"),
  dict(E("2024-11-08 20:30", "Defense ministry cites Ukraine lessons in drone procurement plan",
    ["Taiwan's defense ministry said experience from the war in Ukraine had shaped its plan to buy nearly 1,000 small attack drones over the next two years.",
     "The ministry told lawmakers that cheap drones had changed how both sides fight."],
    "other", "security", 2, "taiwan-drone-procurement-ukraine-lessons", a="Lin Po-wei"), tag="KH"),
  E("2024-11-08 17:05", "Glide bombs hit Zaporizhzhia, killing four",
    ["Russian guided bombs struck Zaporizhzhia in the afternoon, killing four people and damaging a clinic, regional governor Ivan Fedorov said.",
     "It was the second attack on the city this week."],
    "strikes", "strikes", 3, "zaporizhzhia-glide-bombs-2024-11-08"),
  E("2024-11-08 14:20", "Kremlin says Putin open to talks with Trump",
    ["The Kremlin said President Vladimir Putin was ready for contacts with US President-elect Donald Trump but that no plans had been made.",
     "Putin congratulated Trump on his election win the previous evening."],
    "diplomacy", "diplomacy", 3, "kremlin-putin-open-to-trump-talks"),
  OFF("2024-11-08 10:35", "Taiwan shares end week higher on chip rally",
    ["The Taiex rose 1.2 percent on Friday, led by chipmakers, to end the week at its highest level in a month.",
     "Turnover was heavy as foreign investors returned."],
    "taiwan-stocks-week", n="Taiwan stock market."),
  dict(E("2024-11-08 09:10", "Lai says Taiwan will continue humanitarian aid to Ukraine",
    ["President Lai Ching-te said Taiwan would keep sending humanitarian aid to Ukraine, including generators and medical supplies for the winter.",
     "He spoke while meeting a delegation of European lawmakers in Taipei."],
    "aid", "aid", 2, "taiwan-humanitarian-aid-ukraine", a="Lin Po-wei"), tag="KH"),
  ]))

SEEDS.append(dict(id="2909", name="2909_omanobserver-live", ext="html", source="Oman Observer", zone="Asia/Muscat", render=r_omanobserver,
  title="Ukraine war live: G7 ministers meet as drones hit Ternopil", url="https://www.omanobserver.om/live/ukraine-war-26-11-2024",
  lede="Follow the day's developments in the Russia-Ukraine war.", dateline="Tuesday, 26 November 2024",
  fmt="HTML live page, LiveBlogPosting JSON-LD with HTML entities in strings, Key Points, '8:35 p.m.' stamps under a date line",
  notes="Imitates the layout of the Oman Observer for a live page. Newest first. A date line 'Tuesday, 26 November 2024' sits above the posts; stamps '8:35 p.m.' are Muscat time (GST = UTC+4), implied by the outlet. The JSON-LD LiveBlogPosting repeats the posts with HTML entities (&#8217;) in its strings. A 'Key Points' box lists two exact headlines (entries 01 and 03). Entry 02 is a photo teaser; entry 06 is off-beat.",
  not_entries=["header/navigation", "dek", "Key Points heading and its two lines", "share row", "date line", "newsletter line", "'More from World' aside", "footer"],
  entries=[
  E("2024-11-26 22:50", "G7 ministers pledge 'unwavering' support for Ukraine in Fiuggi",
    ["Foreign ministers of the Group of Seven ended a two-day meeting in Fiuggi, Italy, promising to keep backing Ukraine and condemning North Korea's deployment of troops to Russia.",
     "Ukraine's foreign minister Andrii Sybiha joined the talks on Tuesday."],
    "diplomacy", "diplomacy", 3, "g7-fiuggi-ministers-ukraine", kp=True),
  E("2024-11-26 20:35", "Photos: Kyiv residents shelter in metro during air alert", [], "other", "humanitarian", 1, "kyiv-metro-shelter-photos",
    n="Photo teaser without body -> importance 1."),
  E("2024-11-26 18:10", "Ternopil left without power after drone strike on energy site",
    ["A Russian drone attack damaged an energy facility in Ternopil, leaving most of the western city without electricity and water, its mayor said.",
     "Ukraine's air force said Russia launched 188 drones overnight, a record."],
    "strikes", "strikes", 3, "ternopil-drone-strike-2024-11-26", kp=True),
  E("2024-11-26 15:25", "NATO-Ukraine Council meets at Kyiv's request",
    ["Ambassadors of NATO countries met Ukrainian officials in Brussels to discuss Russia's use of a new intermediate-range missile against Dnipro last week.",
     "Kyiv asked allies for additional air-defence systems."],
    "diplomacy", "diplomacy", 2, "nato-ukraine-council-brussels-2024-11-26", sec=["aid"]),
  E("2024-11-26 12:40", "Moscow vows response after ATACMS strikes in Kursk region",
    ["Russia's defence ministry said Ukraine had fired US-made ATACMS missiles at an air base in the Kursk region and promised retaliation.",
     "It said most of the missiles were shot down."],
    "strikes", "strikes", 2, "atacms-kursk-airbase-2024-11-26"),
  OFF("2024-11-26 10:15", "Muscat to host regional logistics conference next month",
    ["Oman will host a regional conference on ports and logistics in Muscat in December, the Ministry of Transport said.",
     "Delegations from more than 20 countries are expected."],
    "muscat-logistics-conference", n="Omani business news."),
  E("2024-11-26 07:30", "Russia claims advance near Kurakhove",
    ["Russia's defence ministry said its troops had pushed into the outskirts of Kurakhove in the Donetsk region.",
     "Ukrainian officials said the town was under heavy attack but not encircled."],
    "other", "frontline", 2, "kurakhove-advance-claim"),
  ]))

# =============================================================== PART B, day 1: 2024-05-30 (UTC)
D1 = "Day 1 (2024-05-30 UTC): 2920, 2921, 2922, 2923."
K1 = "kharkiv-missile-strike-2024-05-30"
SEEDS.append(dict(id="2920", name="2920_sennen-textlive", ext="txt", source="Sennen Daily", zone="Europe/London", render=r_sennen,
  title="Ukraine war live: missiles strike Kharkiv homes", dateline="Thursday 30 May 2024 - all times BST",
  fmt="text live blog, OLDEST first, '14:38 BST' stamps, Key Points, 'By NAME' under the headline", invented=True,
  notes="Invented outlet. Text live blog, oldest first; each post: '14:38 BST' stamp line, headline, 'By NAME', body. BST = UTC+1. A Key Points block lists two exact headlines (entries 04 and 06). Entry 05 repeats entry 01 nearly verbatim (duplicate_of 2920-01). The Odesa-region energy strike (01) must not merge with the Kharkiv missile strike. " + D1,
  not_entries=["outlet name and section line", "page title", "date line", "'Key Points' heading and its lines", "'Updates (oldest first)' label", "'Advertisement'", "closing line and footer"],
  entries=[
  E("2024-05-30 10:30", "Drones hit energy facility in Odesa region overnight",
    ["Ukraine's air force said it shot down 20 of 25 attack drones launched overnight, but several reached an energy site in the Odesa region.",
     "Power was cut to parts of the region for several hours."],
    "strikes", "strikes", 2, "odesa-region-energy-drones-2024-05-30", a="Jonah Petrie",
    n="Must-not-merge with the Kharkiv missile strike: different place, different weapons."),
  E("2024-05-30 12:10", "Sweden details record military aid package",
    ["Sweden set out a military aid package worth 13.3 billion kronor, its largest so far, including two airborne early-warning aircraft.",
     "Defence Minister Pål Jonson said the ASC 890 planes would let Ukraine spot Russian aircraft and missiles much further away."],
    "aid", "aid", 3, "sweden-aid-package-2024-05-30", a="Jonah Petrie"),
  E("2024-05-30 14:38", "Missiles strike Kharkiv residential district",
    ["Russian missiles hit a residential neighbourhood in Kharkiv, Ukraine's second-largest city, killing at least two people, regional governor Oleh Syniehubov said.",
     "Two five-storey buildings were damaged and fires broke out in several flats."],
    "strikes", "strikes", 3, K1, a="Maddie Quinlan"),
  E("2024-05-30 15:50", "Blinken signals US could adjust rules on weapons use",
    ["US Secretary of State Antony Blinken said Washington would adapt its approach to how Ukraine uses American weapons as conditions on the battlefield changed.",
     "He spoke in Moldova before travelling on to a meeting of NATO foreign ministers in Prague."],
    "diplomacy", "diplomacy", 3, "blinken-weapons-use-remarks-2024-05-30", a="Jonah Petrie", kp=True, sec=["aid"],
    n="Separate statement from Stoltenberg's in Prague (2921-02): must not merge."),
  E("2024-05-30 17:20", "Drones hit energy facility in Odesa region overnight",
    ["Ukraine's air force said it shot down 20 of 25 attack drones launched overnight, but several reached an energy facility in the Odesa region.",
     "Power was cut to parts of the region for several hours."],
    "strikes", "strikes", 1, "odesa-region-energy-drones-2024-05-30", a="Jonah Petrie", dup="2920-01",
    n="Near-verbatim repeat of 2920-01 -> importance 1."),
  E("2024-05-30 20:15", "Kharkiv death toll climbs to six",
    ["The number of people killed by the afternoon missile strike on Kharkiv has risen to six, the city's mayor Ihor Terekhov said.",
     "Twenty-seven people were injured, three of them children."],
    "strikes", "strikes", 3, K1, a="Maddie Quinlan", kp=True),
  E("2024-05-30 22:40", "Zelensky: Kharkiv strike shows why Ukraine must hit launch sites",
    ["President Volodymyr Zelensky said in his evening address that the missiles which struck Kharkiv had been fired from just across the border.",
     "He again asked partners to let Ukraine strike Russian launchers with Western weapons."],
    "strikes", "strikes", 3, K1, a="Maddie Quinlan", n="Reaction whose main content is the attack -> same story."),
  ]))

SEEDS.append(dict(id="2921", name="2921_trebarwith-ldlive", ext="html", source="Trebarwith Post", zone="Europe/Kyiv", render=r_livehtml_ld,
  title="Russia's war in Ukraine: Thursday's updates", url="https://trebarwithpost.example/live/2024/05/30/ukraine",
  lede="Russian missiles hit Kharkiv; NATO ministers gather in Prague.", dateline="Thursday, 30 May 2024. All times are Kyiv time (EEST).",
  fmt_stamp=lambda d: d.strftime("%H:%M"),
  fmt="HTML live + LiveBlogPosting JSON-LD (entities in strings), bare HH:MM in <time datetime>, per-post bylines", invented=True,
  notes="Invented outlet. HTML live blog, newest first, bare 'HH:MM' stamps in <time datetime=...+03:00> (Kyiv EEST, stated in the note line). JSON-LD LiveBlogPosting repeats the posts (with &#8217; entities). Per-post byline paragraph. Entry 03 is a video teaser (no body). Stoltenberg's statement (02) is separate from Blinken's (2920-04, 2922-03). " + D1,
  not_entries=["header/navigation", "standfirst", "time-zone note", "share buttons", "newsletter promo", "footer"],
  entries=[
  E("2024-05-30 23:55", "Kharkiv: search ends with six confirmed dead",
    ["Emergency workers finished searching the damaged buildings in Kharkiv late on Thursday, and the number of dead stands at six, the State Emergency Service said.",
     "About 130 flats were damaged."],
    "strikes", "strikes", 3, K1, a="Larysa Bondar"),
  E("2024-05-30 21:10", "Stoltenberg: time to review limits on how Ukraine uses Western arms",
    ["NATO Secretary General Jens Stoltenberg said allies should consider lifting some restrictions on Ukraine's use of the weapons they supply.",
     "He spoke on arrival at an informal meeting of NATO foreign ministers in Prague."],
    "diplomacy", "diplomacy", 2, "stoltenberg-prague-weapons-limits", a="Tom Ferris", sec=["aid"],
    n="Separate statement from Blinken's: must not merge."),
  E("2024-05-30 18:40", "Watch: Rescuers at the scene in Kharkiv", [], "strikes", "strikes", 1, K1, n="Video teaser without body -> importance 1."),
  E("2024-05-30 17:05", "Kharkiv: four dead, 25 injured, says governor",
    ["Four people were killed and 25 wounded in Thursday's missile strike on Kharkiv, Governor Oleh Syniehubov wrote on Telegram.",
     "He said the missiles had been launched from Russia's Belgorod region."],
    "strikes", "strikes", 3, K1, a="Larysa Bondar"),
  E("2024-05-30 13:20", "Sweden unveils 13.3 billion kronor aid package",
    ["Sweden will send Ukraine two ASC 890 early-warning aircraft as part of a military aid package worth about 1.25 billion dollars, the government said.",
     "The package also includes armoured personnel carriers and ammunition."],
    "aid", "aid", 3, "sweden-aid-package-2024-05-30", a="Tom Ferris"),
  E("2024-05-30 09:45", "Russia claims advance near Chasiv Yar",
    ["Russia's defence ministry said its forces had taken positions on the eastern edge of Chasiv Yar in the Donetsk region.",
     "Ukraine's army said the canal district remained under its control."],
    "other", "frontline", 2, "chasiv-yar-advance-claim-2024-05-30", a="Tom Ferris"),
  ]))

SEEDS.append(dict(id="2922", name="2922_veryan-worldrss", ext="xml", source="Veryan World Service", zone="UTC", render=r_worldrss, tzlabel="GMT",
  title="Veryan World Service - Top Stories", link="https://veryanworld.example/news", desc="Top stories from around the world",
  fmt="RSS 2.0, GMT pubDate, general world feed (4 of 7 off-beat)", invented=True,
  notes="Invented outlet. GENERAL world-news RSS feed with GMT pubDates (= UTC), CDATA titles and descriptions, no authors. The war is a minority: 4 of 7 items are off-beat (South African election count, US growth figures, heat in Delhi, French Open). Spells the city 'Kharkov'. Belgium's F-16 pledge (06) must not merge with Sweden's package. " + D1,
  not_entries=["channel title, link, description, ttl"],
  entries=[
  E("2024-05-30 21:30", "Kharkov missile attack toll rises to six",
    ["At least six people died when Russian missiles struck apartment buildings in the north-eastern Ukrainian city of Kharkov on Thursday, local officials said.",
     "The city lies about 30 km from the Russian border and has been shelled almost daily this month."],
    "strikes", "strikes", 3, K1),
  OFF("2024-05-30 19:45", "ANC heads for loss of majority as South African count continues",
    ["Partial results from South Africa's general election put the African National Congress at around 42 percent, well short of a majority.",
     "Final results are expected at the weekend."],
    "south-africa-election-count", n="South African election."),
  E("2024-05-30 17:10", "Blinken hints at shift on US weapons use against Russia",
    ["The top US diplomat said Washington was ready to adapt its policy on how Ukraine uses American arms, remarks seen as opening the door to strikes on Russian soil.",
     "Antony Blinken spoke in Moldova, hours before a NATO meeting in Prague."],
    "diplomacy", "diplomacy", 3, "blinken-weapons-use-remarks-2024-05-30", sec=["aid"]),
  OFF("2024-05-30 14:20", "US growth revised down for first quarter",
    ["The US economy grew at an annual rate of 1.3 percent in the first three months of the year, slower than first estimated, the Commerce Department said.",
     "Consumer spending was weaker than thought."],
    "us-gdp-revision", n="US economy."),
  OFF("2024-05-30 11:05", "Delhi swelters as heatwave grips northern India",
    ["Temperatures in parts of Delhi passed 45 degrees Celsius for a fifth day as a heatwave strained power and water supplies.",
     "Authorities urged people to stay indoors in the afternoon."],
    "india-heatwave", n="weather."),
  E("2024-05-30 08:40", "Belgium pledges 30 F-16 jets to Ukraine by 2028",
    ["Belgium will supply Ukraine with 30 F-16 fighter jets by 2028, with the first due before the end of this year, Prime Minister Alexander De Croo said.",
     "The pledge is part of a ten-year security agreement."],
    "aid", "aid", 3, "belgium-f16-pledge", n="Must-not-merge with Sweden's package (different donor, different aid)."),
  OFF("2024-05-30 06:15", "French Open: top seed cruises into third round",
    ["The women's top seed needed barely an hour to win her second-round match at Roland Garros on Wednesday evening.",
     "She has not dropped a set in the tournament."],
    "french-open-second-round", n="tennis."),
  ]))

SEEDS.append(dict(id="2923", name="2923_wadebridge-article", ext="txt", source="Wadebridge Review", zone="Europe/London", render=r_textarticle,
  title="Kharkiv counts its dead as missiles fly in from across the border",
  standfirst="A Russian strike on homes in Ukraine's second city renews the argument over where Kyiv may fire back.",
  author="Fenella Carrow", datetext="Thursday 30 May 2024 19:05 BST", caption="A damaged apartment block in Kharkiv",
  more="Ukraine war: what we know about the Kharkiv offensive",
  fmt="text article, 2 section headings, dateline '19:05 BST'", invented=True,
  notes="Invented outlet. Text article with two section headings; one entry per section, stamp null, published = the article's dateline (19:05 BST = 18:05 UTC), byline as author. Section 02 is an analysis/theme piece (own story, importance 2). The image line is not body. " + D1,
  not_entries=["outlet name and breadcrumb", "title and standfirst", "byline and dateline", "'Share this article'", "image line", "'More on this story' and footer"],
  entries=[
  E("2024-05-30 19:05", "Homes hit in the afternoon",
    ["Residents of a northern district of Kharkiv were at home when the missiles landed on Thursday afternoon.",
     "By early evening officials had counted five dead, a figure that was still rising as rescuers searched the flats."],
    "strikes", "strikes", 3, K1, a="Fenella Carrow"),
  E("2024-05-30 19:05", "Why the city is so exposed",
    ["Kharkiv lies about 30 kilometres from the border, so a missile fired from the Belgorod region can reach it in well under a minute.",
     "That leaves almost no time for sirens, and Ukraine has few air-defence batteries to spare for the north."],
    "strikes", "strikes", 2, "analysis-kharkiv-border-exposure", a="Fenella Carrow", n="Theme piece (analysis): own story."),
  ]))

# =============================================================== PART B, day 2: 2024-05-31 (UTC)
D2 = "Day 2 (2024-05-31 UTC, the day after day 1): 2930, 2931, 2932, 2933."
US = "us-allows-strikes-near-kharkiv-2024-05-31"
SEEDS.append(dict(id="2930", name="2930_tregony-htmllive", ext="html", source="Tregony Live", zone="Europe/Berlin", render=r_tregony,
  title="Ukraine war: Friday's developments", dateline="Friday, May 31, 2024",
  fmt="HTML live, no JSON-LD, '2:35 PM CEST' stamps under a date line", invented=True,
  notes="Invented outlet. HTML live blog without JSON-LD, newest first, stamps '2:35 PM CEST' (UTC+2) under one date line. 'Reporting by' signatures after some bodies. Entry 03 is a video teaser. Entry 05 continues day 1's Kharkiv story (toll seven, day of mourning) under the day-1 slug. Germany's decision (02) must not merge with the US decision (04); the Kremlin's reaction (01) is about the US decision itself. " + D2,
  not_entries=["masthead and navigation", "page title", "date line", "'Reporting by' lines (author)", "'Advertisement'", "newsletter line", "footer"],
  entries=[
  E("2024-05-31 23:20", "Kremlin: US decision shows Washington is 'fully involved'",
    ["Kremlin spokesman Dmitry Peskov said the use of American weapons against Russian territory would show the United States was directly involved in the war.",
     "He said Russia would respond to any such attacks."],
    "diplomacy", "diplomacy", 3, US, sec=["aid"], n="Reaction to the US decision itself -> same story."),
  E("2024-05-31 20:05", "Germany also lets Kyiv use its weapons against targets in Russia",
    ["Germany said Ukraine may use weapons supplied by Berlin to defend itself against attacks launched from positions just across the border in Russia.",
     "Government spokesman Steffen Hebestreit said the decision was taken together with allies."],
    "aid", "aid", 3, "germany-allows-strikes-from-russia-2024-05-31", a="Katrin Vogel", n="Must-not-merge with the US decision."),
  E("2024-05-31 17:40", "Video: Leaders arrive for Nordic summit in Stockholm", [], "diplomacy", "diplomacy", 1, "nordic-ukraine-summit-stockholm",
    n="Video teaser without body -> importance 1."),
  E("2024-05-31 14:35", "Blinken confirms Biden allowed limited strikes into Russia with US arms",
    ["US Secretary of State Antony Blinken confirmed in Prague that President Joe Biden had approved the use of American weapons against military targets just inside Russia near Kharkiv.",
     "Ukraine had asked for the change after Russian troops opened a new front in the Kharkiv region this month."],
    "aid", "aid", 3, US, a="Katrin Vogel", sec=["diplomacy"]),
  E("2024-05-31 11:10", "Kharkiv mourns seven dead",
    ["Kharkiv held a day of mourning on Friday after the toll from Thursday's missile strike rose to seven, when an injured woman died in hospital.",
     "Mayor Ihor Terekhov said more than 100 flats had been damaged."],
    "strikes", "strikes", 3, K1, n="Continues day 1's Kharkiv story with a new development (toll seven, mourning) -> day-1 slug."),
  E("2024-05-31 08:25", "Russian missiles hit Dnipro rail infrastructure",
    ["Russian missiles struck railway facilities in Dnipro early on Friday, wounding four workers, regional governor Serhiy Lysak said.",
     "Train services in the region were delayed by several hours."],
    "strikes", "strikes", 3, "dnipro-rail-strike-2024-05-31", a="Katrin Vogel", n="Must-not-merge with the Crimea radar strike (2931-03)."),
  ]))

SEEDS.append(dict(id="2931", name="2931_warleggan-atom", ext="xml", source="Warleggan Times", zone="Europe/Kyiv", render=r_atom_kyiv,
  title="Warleggan Times - Ukraine", link="https://warleggantimes.example/ukraine",
  fmt="Atom, +03:00 offsets, entity-escaped HTML content", invented=True,
  notes="Invented outlet. Atom feed, newest first, +03:00 (Kyiv EEST). Entry 04 re-posts day 1's 2921-05 ('Sweden unveils 13.3 billion kronor aid package') nearly verbatim: importance 1, same story. The Crimea radar strike (03) must not merge with the Dnipro strike; the Dutch Patriot parts (05) must not merge with Denmark's artillery funding (06). " + D2,
  not_entries=["feed title, link, id, updated"],
  entries=[
  E("2024-05-31 21:30", "Nordic leaders host Zelensky in Stockholm",
    ["President Volodymyr Zelensky met the leaders of Sweden, Norway, Denmark, Finland and Iceland in Stockholm, where they promised long-term military support.",
     "Swedish Prime Minister Ulf Kristersson said the Nordic countries would help Ukraine build up its air force."],
    "diplomacy", "diplomacy", 3, "nordic-ukraine-summit-stockholm", a="Mykola Savchuk"),
  E("2024-05-31 18:15", "US policy shift: Ukraine can now hit Russian launchers near Kharkiv",
    ["Ukraine can now use US-supplied weapons against Russian forces massing or firing from across the border near Kharkiv, US officials confirmed on Friday.",
     "The permission does not cover long-range ATACMS missiles or targets deep inside Russia, they said."],
    "aid", "aid", 3, US, a="Mykola Savchuk", sec=["diplomacy"]),
  E("2024-05-31 15:00", "Ukraine says drones hit Russian radar station in Crimea",
    ["Ukraine's military intelligence said its drones had damaged a Russian radar station near Yevpatoria in occupied Crimea.",
     "Russia did not comment."],
    "strikes", "strikes", 2, "crimea-radar-drone-strike-2024-05-31", a="Olena Hnatiuk"),
  E("2024-05-31 12:40", "Sweden unveils 13.3 billion kronor aid package",
    ["Sweden will send Ukraine two ASC 890 early-warning aircraft as part of a military aid package worth about 1.25 billion dollars, the government said.",
     "The package also includes armoured vehicles and ammunition."],
    "aid", "aid", 1, "sweden-aid-package-2024-05-30", a="Olena Hnatiuk",
    n="Re-post of day 1's 2921-05 nearly verbatim (one phrase shortened) -> importance 1; duplicate_of null because the original is in another seed."),
  E("2024-05-31 10:20", "Netherlands to supply parts for Patriot systems",
    ["The Netherlands will supply components for Patriot air-defence systems as part of a European effort to assemble a new battery for Ukraine, Defence Minister Kajsa Ollongren said.",
     "She urged other countries with Patriot systems to follow."],
    "aid", "aid", 2, "netherlands-patriot-parts-2024-05-31", a="Olena Hnatiuk"),
  E("2024-05-31 07:05", "Denmark to fund artillery made in Ukraine",
    ["Denmark will pay Ukrainian factories to build self-propelled howitzers for Ukraine's army, the Danish defence ministry said.",
     "The first guns are due to be delivered this summer."],
    "aid", "aid", 2, "denmark-funds-ukrainian-howitzers", a="Mykola Savchuk"),
  ]))

SEEDS.append(dict(id="2932", name="2932_sithney-textlive", ext="txt", source="Sithney Report", zone="America/New_York", render=r_sithney,
  title="Live: U.S. eases limits on Ukraine's use of American arms", byline="By Owen Strickland", dateline="Friday, May 31, 2024",
  fmt="text live blog, oldest first, time on its own line AFTER the headline ('9:10 a.m. ET'), one page byline", invented=True,
  notes="Invented outlet. Text live blog, OLDEST first; each post: headline, then the stamp on its own line ('9:10 a.m. ET', EDT = UTC-4), then the body. One page byline ('By Owen Strickland') used as author for every entry. Entry 05 repeats entry 01 nearly verbatim (duplicate_of 2932-01). Entry 04 is an explainer (theme piece). " + D2,
  not_entries=["outlet name and section line", "title", "byline line", "date line", "'Share this update' lines", "'Sponsored'", "closing line and footer"],
  entries=[
  E("2024-05-31 05:40", "Blinken: U.S. 'adapted' policy at Ukraine's request",
    ["Secretary of State Antony Blinken said President Biden had approved a change that lets Ukraine use American weapons to defend Kharkiv against attacks from Russian soil.",
     "Blinken said the United States had adapted and adjusted as the fighting changed."],
    "aid", "aid", 3, US, a="Owen Strickland", sec=["diplomacy"]),
  E("2024-05-31 07:15", "Kharkiv strike toll reaches seven",
    ["A seventh person has died after Thursday's missile strike on Kharkiv, Ukrainian officials said.",
     "The city declared Friday a day of mourning."],
    "strikes", "strikes", 3, K1, a="Owen Strickland", n="Continues day 1's Kharkiv story -> day-1 slug."),
  E("2024-05-31 09:10", "Russian missile strike damages Dnipro rail yards",
    ["A Russian missile attack damaged railway yards in Dnipro early on Friday and wounded four railway workers, officials said.",
     "Ukraine's air force said it intercepted most of the missiles fired overnight."],
    "strikes", "strikes", 3, "dnipro-rail-strike-2024-05-31", a="Owen Strickland"),
  E("2024-05-31 10:50", "Explainer: What Biden's change does and doesn't allow",
    ["The change applies only to the area around Kharkiv, where Russian troops are attacking from across the border.",
     "Ukraine still may not fire ATACMS into Russia, and airfields or oil plants deep inside the country remain off limits for American arms."],
    "aid", "aid", 2, "explainer-us-weapons-use-rules", a="Owen Strickland", n="Theme piece (explainer): own story."),
  E("2024-05-31 12:25", "Blinken: U.S. 'adapted' policy at Ukraine's request",
    ["Secretary of State Antony Blinken said President Biden had approved a change that lets Ukraine use American weapons to defend Kharkiv against attacks from Russian territory.",
     "Blinken said the United States had adapted and adjusted as the fighting changed."],
    "aid", "aid", 1, US, a="Owen Strickland", dup="2932-01", sec=["diplomacy"], n="Near-verbatim repeat of 2932-01 -> importance 1."),
  E("2024-05-31 14:05", "Berlin says Ukraine may use German arms against nearby Russian targets",
    ["Germany joined the United States in allowing Ukraine to use weapons it supplied against Russian positions that are attacking the Kharkiv region from across the border.",
     "A government spokesman said international law allowed Ukraine to defend itself."],
    "aid", "aid", 3, "germany-allows-strikes-from-russia-2024-05-31", a="Owen Strickland"),
  ]))

SEEDS.append(dict(id="2933", name="2933_zelah-worldrss", ext="xml", source="Zelah Bulletin", zone="UTC", render=r_worldrss, tzlabel="+0000",
  title="Zelah Bulletin: World", link="https://zelahbulletin.example/world", desc="World headlines, updated around the clock",
  fmt="RSS 2.0, +0000 pubDate, general world feed (4 of 6 off-beat)", invented=True,
  notes="Invented outlet. GENERAL world-news RSS feed, pubDate with +0000, no authors. 4 of 6 items are off-beat (Trump verdict, South African count, Champions League, Tokyo prices). " + D2,
  not_entries=["channel title, link, description, ttl"],
  entries=[
  E("2024-05-31 19:40", "US lets Ukraine hit Russia with American arms, but only near Kharkiv",
    ["The Biden administration has given Ukraine permission to fire US weapons at Russian military targets across the border from Kharkiv, Secretary of State Antony Blinken confirmed.",
     "Moscow warned of consequences."],
    "aid", "aid", 3, US, sec=["diplomacy"]),
  OFF("2024-05-31 16:30", "Trump vows to appeal after guilty verdict in New York",
    ["Former US President Donald Trump said he would appeal after a New York jury found him guilty on all 34 counts of falsifying business records.",
     "Sentencing is set for July."],
    "trump-verdict-appeal", n="US politics."),
  OFF("2024-05-31 13:15", "South Africa: ANC stuck near 40 percent with most votes counted",
    ["With most ballots counted, the African National Congress had about 40 percent of the vote, pointing to the first coalition government since 1994.",
     "The Democratic Alliance was second."],
    "south-africa-election-count", n="South African election."),
  E("2024-05-31 10:00", "Russian missile hits Dnipro rail yard",
    ["A Russian missile hit a railway yard in the Ukrainian city of Dnipro, injuring four people, regional authorities said.",
     "Several carriages were destroyed."],
    "strikes", "strikes", 3, "dnipro-rail-strike-2024-05-31"),
  OFF("2024-05-31 07:25", "Dortmund and Real Madrid arrive in London for Champions League final",
    ["Borussia Dortmund and Real Madrid arrived in London ahead of Saturday's Champions League final at Wembley.",
     "Real are chasing a 15th European title."],
    "champions-league-final-arrivals", n="football."),
  OFF("2024-05-31 05:10", "Tokyo core inflation picks up slightly in May",
    ["Core consumer prices in Tokyo rose 1.9 percent in May from a year earlier, a little faster than in April, government data showed.",
     "The figures keep pressure on the Bank of Japan to raise rates again."],
    "tokyo-inflation-may", n="Japanese economy."),
  ]))

# =============================================================== PART B, day 3: 2024-09-21 (UTC)
D3 = "Day 3 (2024-09-21 UTC): 2940, 2941, 2942, 2943."
ZP = "zaporizhzhia-guided-bomb-strike-2024-09-21"
TK = "tikhoretsk-arsenal-drone-strike-2024-09-21"
ZV = "zelensky-us-trip-victory-plan-2024-09-21"
SEEDS.append(dict(id="2940", name="2940_treen-worldrss", ext="xml", source="Treen World", zone="UTC", render=r_worldrss, tzlabel="+0000",
  title="Treen World | Latest", link="https://treenworld.example/latest", desc="The latest from Treen World's international desk",
  fmt="RSS 2.0, +0000 pubDate, general world feed (4 of 6 off-beat)", invented=True,
  notes="Invented outlet. GENERAL world-news RSS, +0000 pubDates, no authors. 4 of 6 items off-beat (Sri Lanka election, Israel-Hezbollah exchange of fire, Shanghai floods, Quad summit). Spells the city 'Zaporozhye'. " + D3,
  not_entries=["channel title, link, description, ttl"],
  entries=[
  E("2024-09-21 20:10", "Zaporozhye apartment block hit by Russian bombs, five dead",
    ["Russian guided bombs struck a high-rise building in Zaporozhye in southern Ukraine on Saturday, killing five people, the regional governor said.",
     "More than 20 others were hurt."],
    "strikes", "strikes", 3, ZP),
  OFF("2024-09-21 17:30", "Sri Lankans vote in first presidential election since economic collapse",
    ["Voters in Sri Lanka chose a president on Saturday in the first national election since the 2022 financial crisis.",
     "Counting began after polls closed in the afternoon."],
    "sri-lanka-presidential-vote", n="election in Sri Lanka."),
  OFF("2024-09-21 14:05", "Israel and Hezbollah trade heavy fire after Beirut strike",
    ["Hezbollah fired rockets deep into northern Israel, and Israel carried out waves of air strikes in southern Lebanon, a day after an Israeli strike in Beirut killed a senior commander.",
     "Both sides said they were ready for a wider fight."],
    "israel-hezbollah-exchange", n="Middle East; 'strikes' and 'rockets' not about this war."),
  E("2024-09-21 11:20", "Drone strike sets off blasts at Russian arsenal",
    ["Explosions rocked an ammunition depot in Russia's Krasnodar region after an overnight Ukrainian drone attack, local authorities said.",
     "Nearby villages were evacuated."],
    "strikes", "strikes", 3, TK, n="Must-not-merge with the Zaporizhzhia bombing (opposite direction, different place)."),
  OFF("2024-09-21 08:45", "Typhoon Pulasan floods streets in Shanghai",
    ["Typhoon Pulasan brought record rain to Shanghai, flooding streets and disrupting flights.",
     "It was the second storm to hit the city in a week."],
    "shanghai-typhoon-floods", n="weather."),
  OFF("2024-09-21 06:00", "Quad leaders meet in Delaware",
    ["President Joe Biden hosted the leaders of Australia, India and Japan at his home town of Wilmington for a Quad summit.",
     "The four announced joint coast guard patrols in the Indo-Pacific."],
    "quad-summit-wilmington", n="Indo-Pacific diplomacy, not about this war."),
  ]))

SEEDS.append(dict(id="2941", name="2941_stithians-textlive", ext="txt", source="Stithians Live", zone="UTC", render=r_stithians,
  title="Russia-Ukraine war: live updates", dateline="Saturday, September 21, 2024",
  fmt="text live blog, OLDEST first, '1409 GMT — Headline' lines under a date header", invented=True,
  notes="Invented outlet. Text live blog, oldest first, each post opens with 'HHMM GMT — Headline' (GMT = UTC) under one date header; no authors. Entry 04 is a photo teaser; entry 06 repeats entry 03 nearly verbatim (duplicate_of 2941-03). Estonia's package (02) must not merge with Norway's energy funding (2942-04). " + D3,
  not_entries=["outlet name", "page title", "date header", "'Loading...'", "closing link line and footer"],
  entries=[
  E("2024-09-21 05:40", "Drones hit arms depot in Tikhoretsk",
    ["Ukrainian drones struck an ammunition depot near the town of Tikhoretsk in Russia's Krasnodar region overnight, setting off a chain of explosions, a Ukrainian security source said.",
     "Local authorities declared an emergency and moved residents out of nearby villages."],
    "strikes", "strikes", 3, TK),
  E("2024-09-21 08:10", "Estonia approves new military aid package",
    ["Estonia's government approved a military aid package for Ukraine worth about 100 million euros, including artillery shells and anti-tank weapons.",
     "The country has pledged to spend a quarter of a percent of its economic output on aid to Ukraine each year."],
    "aid", "aid", 2, "estonia-aid-package-2024-09-21", n="Must-not-merge with Norway's energy funding (2942-04)."),
  E("2024-09-21 11:35", "Guided bombs strike Zaporizhzhia high-rise",
    ["Russian guided aerial bombs hit a residential building in Zaporizhzhia, killing one person and trapping others under the debris, Governor Ivan Fedorov said.",
     "Rescuers were working on the upper floors."],
    "strikes", "strikes", 3, ZP),
  E("2024-09-21 12:20", "Pictured: Smoke rises over Zaporizhzhia after bombing", [], "strikes", "strikes", 1, ZP,
    n="Photo teaser without body -> importance 1."),
  E("2024-09-21 14:09", "Zaporizhzhia toll rises to three",
    ["Rescuers pulled two more bodies from the rubble of the apartment block in Zaporizhzhia, raising the death toll to three.",
     "Among the 16 injured are two children."],
    "strikes", "strikes", 3, ZP),
  E("2024-09-21 15:30", "Guided bombs strike Zaporizhzhia high-rise",
    ["Russian guided aerial bombs hit a residential building in Zaporizhzhia, killing one person and trapping others under debris, Governor Ivan Fedorov said.",
     "Rescuers were working on the upper floors."],
    "strikes", "strikes", 1, ZP, dup="2941-03", n="Near-verbatim repeat of 2941-03 -> importance 1."),
  E("2024-09-21 17:50", "Zelensky sets off for US to present 'victory plan'",
    ["President Volodymyr Zelensky left for the United States, where he plans to present his plan for ending the war to President Joe Biden and both candidates for the White House.",
     "He will also address the UN General Assembly next week."],
    "diplomacy", "diplomacy", 3, ZV),
  ]))

SEEDS.append(dict(id="2942", name="2942_werrington-ldlive", ext="html", source="Werrington Post", zone="Europe/Warsaw", render=r_livehtml_ld,
  title="War in Ukraine: live", url="https://werringtonpost.example/live/ukraine-2024-09-21",
  lede="Russian bombs hit Zaporizhzhia; Zelensky heads to the United States.", dateline="Saturday, 21 September 2024. Times are Warsaw time.",
  fmt_stamp=lambda d: f"{d.day} {MONTHS[d.month-1]} {d.year} {d.strftime('%H:%M')}",
  fmt="HTML live + LiveBlogPosting JSON-LD (entities in strings), stamps '21 September 2024 16:07' in <time datetime>", invented=True,
  notes="Invented outlet. HTML live blog, newest first, stamps '21 September 2024 16:07' (Warsaw CEST = UTC+2) in <time datetime>. JSON-LD LiveBlogPosting repeats the posts (with &#8217; entities). Per-post byline paragraph. Zelensky's reaction (03) is about the bombing itself -> same story. The Polish jets scramble (05) is its own story. " + D3,
  not_entries=["header/navigation", "standfirst", "time-zone note", "share buttons", "newsletter promo", "footer"],
  entries=[
  E("2024-09-21 23:40", "Zelensky heads to US, says victory plan is 'ready'",
    ["Volodymyr Zelensky said his plan to force Russia into peace was ready as he travelled to the United States for talks with President Joe Biden.",
     "The first stop is an arms factory in Pennsylvania that makes artillery shells for Ukraine."],
    "diplomacy", "diplomacy", 3, ZV, a="Agata Kos"),
  E("2024-09-21 21:15", "Zaporizhzhia: toll reaches five, 21 hurt",
    ["Five people were killed and 21 wounded in Saturday's bombing of a residential block in Zaporizhzhia, Ukrainian officials said.",
     "The search of the building has ended."],
    "strikes", "strikes", 3, ZP, a="Agata Kos"),
  E("2024-09-21 18:30", "Zelensky condemns Zaporizhzhia bombing, repeats call for long-range strikes",
    ["President Volodymyr Zelensky said the attack on Zaporizhzhia showed why Ukraine needed permission to hit Russian airfields from which the bombers take off.",
     "He said Russia had dropped hundreds of guided bombs on Ukrainian towns this week."],
    "strikes", "strikes", 3, ZP, a="Piotr Zalewski", n="Reaction whose main content is the attack -> same story."),
  E("2024-09-21 15:50", "Norway sets aside funds to help Ukraine buy gas for winter",
    ["Norway will give Ukraine money to buy natural gas for the coming winter after Russian strikes destroyed much of its power generation, the Norwegian government said.",
     "The funds will go through a European energy support scheme."],
    "aid", "aid", 2, "norway-gas-funding-2024-09-21", a="Piotr Zalewski"),
  E("2024-09-21 13:05", "Polish jets scrambled during Russian air attack on western Ukraine",
    ["Poland's operational command said it scrambled fighter jets as a precaution while Russia launched drones toward western Ukraine.",
     "No violation of Polish airspace was recorded."],
    "other", "security", 2, "polish-jets-scrambled-2024-09-21", a="Piotr Zalewski"),
  E("2024-09-21 10:20", "Tikhoretsk blasts: Russia says fire at depot contained",
    ["Officials in Russia's Krasnodar region said a fire at a military warehouse in the Tikhoretsk district had been contained but that the evacuation would remain in place.",
     "They did not say what had caused the fire."],
    "strikes", "strikes", 3, TK, a="Agata Kos"),
  ]))

SEEDS.append(dict(id="2943", name="2943_yealmpton-article", ext="txt", source="Yealmpton Review", zone="Europe/London", render=r_textarticle,
  title="Analysis: Ukraine's long reach into Russia's ammunition stores",
  standfirst="A week of drone raids on depots shows how Kyiv is trying to starve Russian guns of shells.",
  author="Hester Vane", datetext="Saturday 21 September 2024, 18:20 BST", caption="Smoke over a depot in southern Russia",
  more="Ukraine's drones: how far can they fly?",
  fmt="text article, 2 section headings, dateline '18:20 BST'", invented=True,
  notes="Invented outlet. Text article with two section headings; one entry per section, stamp null, published = the article's dateline (18:20 BST = 17:20 UTC), byline as author. Section 01 reports the Tikhoretsk strike (news, multi-seed story); section 02 is the theme piece (analysis, own story, importance 2). " + D3,
  not_entries=["outlet name and breadcrumb", "title and standfirst", "byline and dateline", "'Share this article'", "image line", "'More on this story' and footer"],
  entries=[
  E("2024-09-21 18:20", "Overnight blasts at Tikhoretsk",
    ["The latest target was an arsenal near Tikhoretsk in the Krasnodar region, where explosions went on for hours after drones struck before dawn.",
     "Ukrainian sources said the depot held shells and missiles delivered from North Korea."],
    "strikes", "strikes", 3, TK, a="Hester Vane"),
  E("2024-09-21 18:20", "Why the depots keep exploding",
    ["Russia stores huge amounts of ammunition in open-air stacks and old Soviet bunkers that were never built to withstand attack from the air.",
     "A single drone that reaches such a stack can set off a chain reaction that destroys weeks of supply."],
    "strikes", "strikes", 2, "analysis-russian-arsenal-vulnerability", a="Hester Vane", n="Theme piece (analysis): own story."),
  ]))

# =============================================================== emit
BASIS = {
  "r_dailystar": "stamp '{s}' (12 h with date); Dhaka time implied by the outlet, BST (Bangladesh) = UTC+6; 'Last update on' ignored",
  "r_kuwaittimes": "no per-bullet time; the article date line ({d}, 7:40 pm) in Kuwait time (AST = UTC+3), implied by the outlet",
  "r_nation_rss": "pubDate '{s}' (explicit offset)",
  "r_news24": "relative stamp '{s}' resolved against the printed 'Page updated: 16 May 2024, 21:30 SAST' (UTC+2)",
  "r_premium": "stamp '{s}' (date and 12 h time); Lagos time implied by the outlet, WAT = UTC+1",
  "r_pakistantoday": "stamp '{s}' under the date line {d}; Karachi time implied by the outlet, PKT = UTC+5",
  "r_antara": "stamp '{s}' (ordinal date and 24 h time); Jakarta time implied by the outlet, WIB = UTC+7",
  "r_vnplus_atom": "<published> '{s}' (explicit offset)",
  "r_focustaiwan": "stamp '{s}' (MM/DD/YYYY 12 h); Taipei time implied by the outlet, UTC+8",
  "r_omanobserver": "stamp '{s}' under the date line {d}; Muscat time implied by the outlet, GST = UTC+4; JSON-LD agrees",
  "r_sennen": "stamp '{s}' on the page's date {d}; BST = UTC+1",
  "r_livehtml_ld": "stamp '{s}' with <time datetime> (explicit offset) on {d}; JSON-LD agrees",
  "r_worldrss": "pubDate '{s}' (UTC)",
  "r_textarticle": "no per-section time; the article dateline ({d}, {z}) used for every section",
  "r_tregony": "stamp '{s}' under the date line {d}; CEST = UTC+2",
  "r_atom_kyiv": "<published> '{s}' (explicit offset)",
  "r_sithney": "stamp '{s}' (on its own line after the headline) on the page's date {d}; ET in May = EDT = UTC-4",
  "r_stithians": "stamp '{s}' under the date header {d}; GMT = UTC",
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
        for i, e in enumerate(S["entries"]):
            d = dt(e["t"], S["zone"]); u = d.astimezone(UTC)
            g = {"id": f"{S['id']}-{i+1:02d}", "headline": e["h"], "stamp": stamps[i],
                 "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                 "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                 "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), z=S["zone"]),
                 "author": e["a"],
                 "first_sentence": first_sentence(e["p"][0]) if e["p"] else None,
                 "body_paragraphs": len(e["p"]),
                 "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                 "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"]}
            if e["n"]:
                g["notes"] = e["n"]
            ents.append(g)
        gold = {"seed": fn, "source": S["source"], "page_title": S["title"], "page_timezone": S["zone"],
                "notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]}
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print(fn, len(ents))


if __name__ == "__main__":
    main()

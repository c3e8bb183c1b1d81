#!/usr/bin/env python3
"""Builds eval/aj seeds and gold files from the hand-written table below.
All news text is invented or paraphrased in the tester's own words; Part B outlets are invented. Deterministic.
Run: python3 eval/aj/tools/build.py"""
import json, html, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None, **extra):
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n, **extra)


def OFF(t, h, p, st, a=None, n="", **extra):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **extra)


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par)
    return par[:m.end()] if m else par


def esc(s):
    return html.escape(s, quote=False)


def ent(s):  # WordPress-style entity escaping used inside JSON-LD strings
    return s.replace("&", "&amp;").replace("\u2019", "&#8217;").replace("'", "&#039;").replace('"', "&quot;")


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:60]


def ampm(d, style):
    hh = d.hour % 12 or 12
    pm = d.hour >= 12
    if style == "a.m.":
        return f"{hh}:{d.minute:02d} {'p.m.' if pm else 'a.m.'}"
    if style == "pm":      # 2.35pm
        return f"{hh}.{d.minute:02d}{'pm' if pm else 'am'}"
    if style == "PM2":     # 02:35 PM
        return f"{hh:02d}:{d.minute:02d} {'PM' if pm else 'AM'}"
    if style == "pm2":     # 02:35 pm
        return f"{hh:02d}:{d.minute:02d} {'pm' if pm else 'am'}"
    if style == "pm1":     # 8:35 pm
        return f"{hh}:{d.minute:02d} {'pm' if pm else 'am'}"
    raise ValueError(style)


def P(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def paras_html(ps):
    return "".join(f"<p>{esc(p)}</p>" for p in ps)


# =============================================================== PART A renderers

def r_oman(S):  # Times of Oman: text scrape of a "key events" article; each bullet is one event; no per-bullet time
    d = dt(S["published"], S["zone"])
    st = f"{MONTHS[d.month-1][:3]} {d.day:02d}, {d.year} | {ampm(d, 'PM2')}"
    L = ["Skip to content", "Times of Oman", "Tuesday, May 03, 2022", "",
         "Oman   World   Business   Sports   Lifestyle   Opinion   Videos   E-Paper", "",
         "This website uses cookies to improve your experience. Accept  Read More", "",
         "World", "", S["title"], "", S["byline"], f"Published: {st}", "",
         S["lede"], ""]
    cur = None
    for e in S["entries"]:
        if e["sect"] != cur:
            cur = e["sect"]; L += [cur, ""]
        L += ["\u2022 " + " ".join(e["p"]), ""]
    L += ["Follow Times of Oman on WhatsApp for the latest news", "", "Read more", "",
          "Oman's wheat stocks sufficient for months, ministry says", "Gold edges higher as dollar pauses", "",
          "Share: Facebook  Twitter  WhatsApp  Email", "",
          "\u00a9 2022 Times of Oman. All rights reserved.", "About Us | Contact | Advertise | Privacy Policy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_reportaz(S):  # Report.az HTML category listing: "27 May 2022 14:38 (UTC +04:00)" above each headline
    z = S["zone"]; stamps = []
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8"><title>Other countries | Report.az</title></head><body>',
           '<header class="site-header"><a class="logo" href="/en/">REPORT</a><nav><a href="/en/politics/">Politics</a> <a href="/en/economy/">Economy</a> <a href="/en/karabakh/">Karabakh</a> <a href="/en/region/">Region</a> <a href="/en/other-countries/">Other countries</a> <a href="/en/sport/">Sport</a></nav>',
           '<div class="langs"><a href="/">AZ</a> <a href="/ru/">RU</a> <b>EN</b></div><div class="rates">USD 1.7 | EUR 1.8234 | RUB 0.0276</div></header>',
           '<main class="news-list"><h1>Other countries</h1>']
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month-1]} {d.year} {d:%H:%M} (UTC +04:00)"; stamps.append(st)
        out.append(f'<article class="news-item"><div class="news-date">{st}</div><div class="news-cat">Other countries</div>')
        out.append(f'<h2><a href="/en/other-countries/{slug(e["h"])}/">{esc(e["h"])}</a></h2>{paras_html(e["p"])}')
        if e["a"]:
            out.append(f'<div class="author">Author: {esc(e["a"])}</div>')
        out.append('<div class="share">Share: <a>Facebook</a> <a>Twitter</a> <a>Telegram</a> <a>WhatsApp</a></div></article>')
        if i == 2:
            out.append('<div class="subscribe-box"><b>Follow Report on Telegram</b> Be the first to know the news</div>')
    out += ['<a class="more" href="?page=2">Load more</a></main>',
            '<aside class="most-read"><h3>Most read</h3><ul><li><a>Baku hosts regional transport forum</a></li><li><a>Central bank keeps manat rate unchanged</a></li></ul></aside>',
            '<footer>\u00a9 2014-2022 Report Information Agency. All rights reserved. Reference to Report.az is obligatory.</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_capitalfm(S):  # Capital FM (Kenya) WordPress RSS 2.0: pubDate in +0000 although the site is in Nairobi time
    z = S["zone"]; stamps = []
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://www.capitalfm.co.ke/news</link>',
           '<description>Kenya, Africa and World news</description>', '<language>en-US</language>', '<sy:updatePeriod xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">hourly</sy:updatePeriod>']
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], z).astimezone(UTC); st = u.strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        if i == 0:
            out.append(f"<lastBuildDate>{st}</lastBuildDate>")
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://www.capitalfm.co.ke/news/{u:%Y/%m}/{slug(e['h'])}/</link>",
                f"<dc:creator><![CDATA[{e['a']}]]></dc:creator>" if e['a'] else "", f"<pubDate>{st}</pubDate>",
                f"<category><![CDATA[{e['cat']}]]></category>", f'<guid isPermaLink="false">https://www.capitalfm.co.ke/news/?p={S["id"]}{i:02d}</guid>']
        if e["p"]:
            out.append(f"<description><![CDATA[<p>{e['p'][0][:90]}&#8230;</p><p>The post <a href=\"https://www.capitalfm.co.ke/news/\">{e['h']}</a> appeared first on Capital News.</p>]]></description>")
            out.append("<content:encoded><![CDATA[" + "".join(f"<p>{p}</p>" for p in e["p"]) + "]]></content:encoded>")
        else:
            out.append("<description><![CDATA[]]></description>")
        out.append("</item>")
    out += ["</channel>", "</rss>"]
    return "\n".join(x for x in out if x) + "\n", stamps


def r_adaderana(S):  # Ada Derana (English) world news scrape: headline, "July 19, 2022  02:35 pm", body, "--Agencies"
    z = S["zone"]; stamps = []
    L = ["Ada Derana", "Sri Lanka's most trusted news source", "", "Home  Local  Business  Sports  World  Entertainment  Hot News  Video", "",
         "Tuesday, 19 July 2022", "", "World News", ""]
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month-1]} {d.day}, {d.year}  {ampm(d, 'pm2')}"; stamps.append(st)
        L += [e["h"], st, ""] + P(e["p"]) + ["--Agencies", "", "Comments (0)  |  Share", ""]
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["Previous  1  2  3  Next", "", "Copyright \u00a9 2022 Ada Derana. All Rights Reserved. Powered by Derana Macro Entertainment"]
    return "\n".join(L) + "\n", stamps


def r_iranintl(S):  # Iran International: HTML tag page, "10/12/2022 14:38" (month first, London time), JSON-LD @graph with entity-escaped strings
    z = S["zone"]; stamps = []; graph = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        graph.append({"@type": "NewsArticle", "headline": ent(e["h"]), "datePublished": d.isoformat(), "description": ent(e["p"][0]),
                      "url": f"https://www.iranintl.com/en/{d:%Y%m%d}{i:04d}", "author": {"@type": "Person", "name": e["a"]} if e["a"] else None})
    ld = {"@context": "https://schema.org", "@graph": [{"@type": "CollectionPage", "name": "Russia-Ukraine War", "url": "https://www.iranintl.com/en/tags/ukraine"}] + graph}
    out = ['<!DOCTYPE html>', '<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Russia-Ukraine War | Iran International</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><a class="logo" href="/en">IRAN INTERNATIONAL</a><nav><a href="/en/iran">Iran</a> <a href="/en/world">World</a> <a href="/en/opinion">Opinion</a> <a href="/en/live">Live TV</a></nav><a class="lang" href="/">\u0641\u0627\u0631\u0633\u06cc</a></header>',
           '<main><h1>Russia-Ukraine War</h1><div class="cards">']
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%m/%d/%Y %H:%M}"; stamps.append(st)
        out.append(f'<article class="card"><h2><a href="/en/{d:%Y%m%d}{i:04d}">{esc(e["h"])}</a></h2>')
        if e["a"]:
            out.append(f'<span class="author">{esc(e["a"])}</span>')
        out.append(f'<time>{st}</time>{paras_html(e["p"])}<div class="share"><a>Share</a> <a>Copy link</a></div></article>')
        if i == 2:
            out.append('<aside class="newsletter"><h3>Newsletter</h3><p>Get our daily briefing by email.</p><input placeholder="Email"><button>Subscribe</button></aside>')
    out += ['</div><a class="more">More</a></main>', '<aside class="most-viewed"><h3>Most viewed</h3><ol><li>Students stage sit-ins at universities</li><li>Rial hits new low against dollar</li></ol></aside>',
            '<footer>\u00a9 2022 Iran International. All rights reserved. | Contact us | Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_jakartaglobe(S):  # Jakarta Globe HTML "World" listing: "October 26, 2022 | 8:35 pm", per-card author, crosses local midnight
    z = S["zone"]; stamps = []
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8"><title>World | Jakarta Globe</title></head><body>',
           '<div class="topbar">Thursday, October 27, 2022</div>',
           '<header><a class="brand" href="/">Jakarta Globe</a><nav><a href="/news">News</a> <a href="/business">Business</a> <a href="/lifestyle">Lifestyle</a> <a href="/sports">Sports</a> <a href="/international">International</a> <a href="/opinion">Opinion</a></nav><a class="search">Search</a></header>',
           '<main><h1>International</h1>']
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month-1]} {d.day}, {d.year} | {ampm(d, 'pm1')}"; stamps.append(st)
        out.append(f'<div class="article-card"><a class="category" href="/international">International</a><h3><a href="/international/{slug(e["h"])}">{esc(e["h"])}</a></h3>')
        out.append(f'<div class="meta"><span class="by">{esc(e["a"] or "Jakarta Globe")}</span> <span class="date">{st}</span></div>{paras_html(e["p"])}</div>')
        if i == 1:
            out.append('<div class="ads">ADVERTISEMENT</div>')
        if i == 3:
            out.append('<div class="related"><b>Read More</b> <a>Jokowi checks G20 venue readiness in Nusa Dua</a> <a>Rupiah weakens as Fed bets firm</a></div>')
    out += ['<nav class="pagination"><a>1</a> <a>2</a> <a>3</a> <a>Next</a></nav></main>',
            '<footer><p>Jakarta Globe \u00a9 2022. All Rights Reserved.</p><p>About Us | Privacy Policy | Terms of Use | Contact Us</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_odt(S):  # Otago Daily Times world page scrape: relative stamps against the printed "Updated" line; NZ time
    z = S["zone"]; ref = dt(S["ref"], z); stamps = []
    L = ["Otago Daily Times", "", "Log in  |  Subscribe", "", "News  Dunedin  Regions  Sport  Business  Opinion  Life & Style  World  Obituaries", "",
         "World", "", f"Updated {ampm(ref, 'pm')} {ref:%A}, {ref.day} {MONTHS[ref.month-1]} {ref.year}", ""]
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        assert mins < 60 or mins % 60 == 0, e["h"]
        st = f"{mins} mins ago" if mins < 60 else (f"{mins // 60} hours ago" if mins >= 120 else "1 hour ago"); stamps.append(st)
        L += [e["h"], st, ""]
        if e["a"]:
            L += [f"By {e['a']}", ""]
        L += P(e["p"]) + ["Share  Facebook  Twitter  Email", ""]
        if i == 2:
            L += ["Advertisement", "", "Support the ODT: subscribe for local news you can trust", ""]
    L += ["Load more", "", "\u00a9 Allied Press Ltd 2022", "Terms  Privacy  Contact us"]
    return "\n".join(L) + "\n", stamps


def r_wfp(S):  # Winnipeg Free Press-style Atom feed, -06:00 offsets (CST), entries span two local dates, one UTC date
    z = S["zone"]; stamps = []
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           '<link href="https://www.winnipegfreepress.com/world" rel="alternate"/>', '<id>tag:winnipegfreepress.com,2022:world</id>']
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        if i == 0:
            out.append(f"<updated>{st}</updated>")
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="https://www.winnipegfreepress.com/world/{slug(e["h"])}"/>',
                f"<id>tag:winnipegfreepress.com,2022:{S['id']}-{i}</id>", f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        out.append(f'<category term="{e["cat"]}"/>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_thejournal(S):  # TheJournal.ie-style HTML live blog: Key events box, "2.35pm" stamps, LiveBlogPosting JSON-LD with entities
    z = S["zone"]; stamps = []; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "headline": ent(e["h"]), "datePublished": d.isoformat(), "articleBody": ent(" ".join(e["p"]))})
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "http://schema.org", "@type": "LiveBlogPosting", "headline": ent(S["title"]), "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "author": {"@type": "Person", "name": S["author"]},
          "publisher": {"@type": "Organization", "name": "TheJournal.ie"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-IE"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header><a class="logo" href="/">TheJournal.ie</a><nav><a>News</a> <a>Ireland</a> <a>World</a> <a>Politics</a> <a>Business</a> <a>FactCheck</a> <a>Sport</a></nav><a class="support">Support us</a></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<div class="byline">{esc(S["author"])} <span class="date">{esc(S["dateline"])}</span></div>',
           '<div class="share-bar"><a>Share on Facebook</a> <a>Share on Twitter</a> <a>Share via Email</a> <span>14 Comments</span></div>',
           '<div class="key-events"><h2>Key events</h2><ul>']
    out += [f"<li>{esc(e['h'])}</li>" for e in S["entries"] if e["kp"]]
    out += ["</ul></div>", f'<p class="standfirst">{esc(S["lede"])}</p>', '<div class="liveblog">']
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, "pm"); stamps.append(st)
        out.append(f'<div class="lb-post" id="post-{i+1}"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>{paras_html(e["p"])}</div>')
        if i == 2:
            out.append('<div class="newsletter-box"><h4>The Journal daily briefing</h4><p>Get the day\u2019s top stories in your inbox.</p><button>Sign me up</button></div>')
        if i == 4:
            out.append('<div class="ad-slot">Advertisement</div>')
    out += ["</div>", '<aside class="related"><h3>Read next</h3><ul><li><a>Dublin city centre traffic plan comes into force</a></li><li><a>Cold snap: Status Yellow ice warning for 26 counties</a></li></ul></aside></main>',
            '<footer>\u00a9 2022 Journal Media Ltd | Contact | Privacy | Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_croatiaweek(S):  # Croatia Week tag page scrape: byline glued to "13 December 2022 06:07"
    z = S["zone"]; stamps = []
    L = ["Croatia Week", "", "News  Politics  Business  Lifestyle  Travel  Sport  Diaspora  Video", "",
         "We use cookies to ensure that we give you the best experience on our website. Ok  Privacy policy", "",
         "Tag: Ukraine", ""]
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{e['a']}{d.day} {MONTHS[d.month-1]} {d.year} {d:%H:%M}"; stamps.append(st)
        L += [e["h"], st, ""] + P(e["p"]) + ["Read more", ""]
        if i == 1:
            L += ["Subscribe to our newsletter", "Email address  Subscribe", ""]
    L += ["Older posts", "", "\u00a9 2022 Croatia Week. All rights reserved.", "About  Advertise  Contact"]
    return "\n".join(L) + "\n", stamps


# =============================================================== PART B renderers

def r_polstead(S):  # text live blog, OLDEST first, "14:38 BST" stamp line, Key Points, "— NAME" signature
    z = S["zone"]; stamps = []
    L = ["POLSTEAD LIVE", "Home   World   UK   Money   Sport   Weather", "", S["title"], "", S["dateline"], "", "Key Points"]
    L += ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]]
    L += ["", "Oldest posts first. Refresh the page for new updates.", ""]
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} BST"; stamps.append(st)
        L += [st, e["h"], ""] + P(e["p"])
        if e["a"] and e["p"]:
            L += ["\u2014 " + e["a"], ""]
        if i == 4:
            L += ["Advertisement", ""]
    L += ["That's all from us today. Our live coverage continues tomorrow.", "", "\u00a9 Polstead Live 2022"]
    return "\n".join(L) + "\n", stamps


def r_rss_gmt(S):  # general world RSS 2.0, GMT pubDates, no authors
    z = S["zone"]; stamps = []
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0"><channel>', f"<title>{esc(S['title'])}</title>",
           f"<link>{S['link']}</link>", "<description>Headlines from around the world, updated through the day</description>", "<ttl>15</ttl>"]
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S GMT"); stamps.append(st)
        out += ["<item>", f"<title><![CDATA[{e['h']}]]></title>", f"<link>{S['link']}/{slug(e['h'])}</link>",
                f"<description><![CDATA[{''.join('<p>' + p + '</p>' for p in e['p'])}]]></description>",
                f"<pubDate>{st}</pubDate>", f"<guid>{S['link']}/{S['id']}-{i}</guid>", "</item>"]
    out += ["</channel></rss>"]
    return "\n".join(out) + "\n", stamps


def r_quarndon(S):  # HTML live + LiveBlogPosting JSON-LD with per-update times; visible "8:35 p.m." Kyiv time; "By NAME"
    z = S["zone"]; stamps = []; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#u{i}", "headline": e["h"], "datePublished": d.isoformat(),
                    "articleBody": " ".join(e["p"]), "author": {"@type": "Person", "name": e["a"]}})
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
          "coverageStartTime": dt(S["entries"][-1]["t"], z).isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Quarndon Post</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header><a class="masthead">The Quarndon Post</a><nav><a>World</a> <a>Europe</a> <a>Ukraine</a> <a>Opinion</a></nav><a class="subscribe">Subscribe</a></header>',
           f'<main><h1>{esc(S["title"])}</h1><p class="dek">{esc(S["lede"])}</p><p class="tz">{esc(S["dateline"])}</p><section class="live">']
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, "a.m."); stamps.append(st)
        out.append(f'<article class="update"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2><p class="byline">By {esc(e["a"])}</p>{paras_html(e["p"])}'
                   '<div class="share"><a>Share</a> <a>Copy link</a></div></article>')
        if i == 2:
            out.append('<div class="promo">Sign up for the Quarndon Post World Brief newsletter</div>')
    out += ['</section></main><footer>\u00a9 2022 The Quarndon Post</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_txtarticle(S):  # text article with section headings; one entry per section; stamp null; dateline time printed
    d = dt(S["published"], S["zone"])
    L = [S["masthead"], S["menu"], "", S["title"], "", S["lede"], "", f"By {S['author']}", S["datetext"], "", "Share this article", ""]
    for e in S["entries"]:
        L += [e["h"], ""] + P(e["p"])
    L += ["Related: " + S["related"], "", S["footer"]]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_tarporley(S):  # HTML live, no JSON-LD, relative stamps ("2 hours ago") against a printed "Last updated" time, byline per post
    z = S["zone"]; ref = dt(S["ref"], z); stamps = []
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Tarporley Times</title></head><body>",
           '<header><span class="logo">Tarporley Times</span><nav><a>News</a> <a>World</a> <a>Politics</a> <a>Sport</a> <a>Weather</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="updated">Last updated: {ref.day} {MONTHS[ref.month-1]} {ref.year}, {ref:%H:%M} BST</p>',
           f'<p class="summary">{esc(S["lede"])}</p><div class="feed">']
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        assert mins < 60 or mins % 60 == 0
        st = f"{mins} minutes ago" if mins < 60 else (f"{mins // 60} hours ago" if mins >= 120 else "1 hour ago"); stamps.append(st)
        out.append(f'<div class="post"><span class="ago">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<span class="author">By {esc(e["a"])}</span>')
        out.append(paras_html(e["p"]) + "</div>")
        if i == 1:
            out.append('<div class="advert">Advertisement</div>')
    out += ['</div><a class="older">Show older posts</a></main><footer>\u00a9 Tarporley Times 2022. Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_atom_z(S):  # Atom feed, Z times, per-entry author, xhtml-escaped html content
    z = S["zone"]; stamps = []
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           f'<link href="{S["link"]}"/>', f"<id>{S['link']}</id>"]
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"); stamps.append(st)
        if i == 0:
            out.append(f"<updated>{st}</updated>")
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="{S["link"]}/{slug(e["h"])}"/>', f"<id>{S['link']}/{S['id']}{i}</id>",
                f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        out.append('<content type="html"><![CDATA[' + "".join(f"<p>{p}</p>" for p in e["p"]) + "]]></content></entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_nafferton(S):  # text live blog, OLDEST first, date line above the timeline, "0640 GMT" stamp line then headline, no authors
    z = S["zone"]; stamps = []
    L = ["Nafferton Report", "World | Europe | Ukraine war", "", S["title"], "", S["lede"], "", S["dateline"], ""]
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H%M} GMT"; stamps.append(st)
        L += [st, e["h"], ""] + P(e["p"])
        if i == 2:
            L += ["Also read: Ukraine's grain: what is at stake in Istanbul", ""]
    L += ["Live coverage has ended for today.", "", "Nafferton Report | About | Contact"]
    return "\n".join(L) + "\n", stamps


def r_htmlarticle(S):  # HTML article with h2 sections, NewsArticle JSON-LD; one entry per section
    z = S["zone"]; d = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d.isoformat(),
          "author": [{"@type": "Person", "name": S["author"]}], "publisher": {"@type": "Organization", "name": S["source"]}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<header><span class="logo">{esc(S["source"])}</span><nav><a>News</a> <a>World</a> <a>Comment</a></nav></header>',
           f'<article><h1>{esc(S["title"])}</h1><p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="byline">By {esc(S["author"])}</p><p class="dateline">{esc(S["datetext"])}</p>',
           '<figure><figcaption>Emergency workers at the scene. Photograph: agency</figcaption></figure>']
    for e in S["entries"]:
        out.append(f"<h2>{esc(e['h'])}</h2>{paras_html(e['p'])}")
    out += ['</article><aside><h3>More on this story</h3><a>Live: the war in Ukraine</a></aside><footer>\u00a9 2022</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_rdf(S):  # RSS 1.0 (RDF), dc:date with Z, general world feed
    z = S["zone"]; stamps = []
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
           f'<channel rdf:about="{S["link"]}/rdf"><title>{esc(S["title"])}</title><link>{S["link"]}</link><description>World news in brief</description>',
           "<items><rdf:Seq>" + "".join(f'<rdf:li rdf:resource="{S["link"]}/{S["id"]}-{i}"/>' for i in range(len(S["entries"]))) + "</rdf:Seq></items></channel>"]
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"); stamps.append(st)
        out += [f'<item rdf:about="{S["link"]}/{S["id"]}-{i}">', f"<title>{esc(e['h'])}</title>", f"<link>{S['link']}/{S['id']}-{i}</link>",
                "<description>" + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</description>", f"<dc:date>{st}</dc:date>",
                f"<dc:subject>{e['cat']}</dc:subject>", "</item>"]
    out.append("</rdf:RDF>")
    return "\n".join(out) + "\n", stamps


def r_wharram(S):  # text live blog, OLDEST first, "9.15am" stamps, "By NAME" line after headline
    z = S["zone"]; stamps = []
    L = ["Wharram Daily", "News | World | Ukraine | Business | Sport", "", S["title"], "", S["dateline"], "", S["lede"], ""]
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, "pm"); stamps.append(st)
        L += [st, e["h"]]
        if e["a"]:
            L += [f"By {e['a']}"]
        L += [""] + P(e["p"])
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Follow our live coverage tomorrow.", "", "Wharram Daily \u00a9 2022 | Privacy | Terms"]
    return "\n".join(L) + "\n", stamps


def r_whixley(S):  # HTML live, @graph JSON-LD with @type array ["NewsArticle","LiveBlogPosting"], no @context on the node, visible "14:38"
    z = S["zone"]; stamps = []; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#p{i}", "headline": e["h"], "datePublished": d.isoformat(),
                    "articleBody": " ".join(e["p"]), "author": {"@type": "Person", "name": e["a"]}})
    ld = {"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "@id": S["url"]},
          {"@type": ["NewsArticle", "LiveBlogPosting"], "headline": S["title"], "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} \u2013 Whixley Post</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header><b>Whixley Post</b> <nav><a>Home</a> <a>War in Ukraine</a> <a>World</a> <a>Economy</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1><div class="meta">{esc(S["dateline"])}</div>']
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="live-entry"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>{paras_html(e["p"])}<p class="sign">{esc(e["a"])}</p></div>')
        if i == 3:
            out.append('<div class="related">Read also: <a>How Ukraine\u2019s energy system works</a></div>')
    out += ['</main><footer>\u00a9 Whixley Post. Times are Kyiv time.</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# =============================================================== PART A: single pages
SEEDS = []

SEEDS.append(dict(id="3700", name="3700_timesofoman-keyevents", ext="txt", source="Times of Oman", zone="Asia/Muscat", render=r_oman,
  title="Russia-Ukraine war: Key events on day 69", byline="Times News Service", published="2022-05-03 21:40",
  lede="Here is a round-up of the main developments in the war in Ukraine on Tuesday.",
  fmt="plain-text scrape of a 'key events' article; each bullet is one event, grouped under subheads", 
  notes="Text scrape of a Times of Oman round-up article (day 69 of the war = 3 May 2022). The article is a 'key events' list: each bullet is one event and one entry, grouped under the subheads 'Fighting', 'Diplomacy' and 'Aid' (subheads are structure, not entries). Bullets have no headline and no time: headline null, stamp null, published = the article's 'Published: May 03, 2022 | 09:40 PM' (Muscat time, Gulf Standard Time UTC+4, implied by the outlet; no zone printed). The 'Times News Service' byline is used as every entry's author. Each bullet is one paragraph. The site date line 'Tuesday, May 03, 2022' is chrome.",
  not_entries=["'Skip to content'", "masthead 'Times of Oman' and site date line", "menu line", "cookie line", "section label 'World'", "article title", "byline 'Times News Service' and 'Published:' line", "lede sentence 'Here is a round-up ...'", "subheads 'Fighting', 'Diplomacy', 'Aid'", "'Follow Times of Oman on WhatsApp ...'", "'Read more' and its two related links", "share line", "copyright and footer links"],
  entries=[
  E("2022-05-03 21:40", None, ["More than 150 civilians who had sheltered for weeks in the Azovstal steelworks and nearby streets of Mariupol reached Ukrainian-held Zaporizhzhia in a convoy organised by the United Nations and the Red Cross."],
    "other", "humanitarian", 3, "azovstal-evacuation-convoy-zaporizhzhia", a="Times News Service", sect="Fighting"),
  E("2022-05-03 21:40", None, ["Commanders inside Azovstal said Russian troops backed by tanks had begun storming the plant soon after the evacuation pause ended. Moscow did not confirm an assault."],
    "other", "frontline", 2, "azovstal-assault-begins", a="Times News Service", sect="Fighting"),
  E("2022-05-03 21:40", None, ["Missiles struck three electricity substations in Lviv on Tuesday evening, cutting power and water in parts of the western city, mayor Andriy Sadovyi said. Strikes were also reported in the Vinnytsia and Dnipro regions."],
    "strikes", "strikes", 3, "lviv-substations-missile-strike-2022-05-03", a="Times News Service", sect="Fighting"),
  E("2022-05-03 21:40", None, ["Vladimir Putin told Emmanuel Macron in a two-hour phone call that Western governments could help end the fighting by halting arms deliveries to Kyiv, according to the Kremlin."],
    "diplomacy", "diplomacy", 3, "putin-macron-call-2022-05-03", a="Times News Service", sect="Diplomacy"),
  E("2022-05-03 21:40", None, ["The European Commission is expected to present a sixth package of sanctions that would phase out imports of Russian crude oil by the end of the year, diplomats said."],
    "diplomacy", "diplomacy", 2, "eu-sixth-sanctions-package-oil", a="Times News Service", sect="Diplomacy"),
  E("2022-05-03 21:40", None, ["Pope Francis said he had offered to travel to Moscow to meet Putin but had received no answer from the Kremlin."],
    "diplomacy", "diplomacy", 2, "pope-offers-moscow-visit", a="Times News Service", sect="Diplomacy"),
  E("2022-05-03 21:40", None, ["British Prime Minister Boris Johnson told Ukraine's parliament by video link that London would send a further 300 million pounds of military equipment, including radars and heavy-lift drones."],
    "aid", "aid", 3, "uk-300m-military-aid-johnson-rada", a="Times News Service", sect="Aid"),
  ]))

SEEDS.append(dict(id="3701", name="3701_reportaz-othercountries", ext="html", source="Report.az", zone="Asia/Baku", render=r_reportaz,
  title=None, fmt="HTML category listing, '27 May 2022 14:38 (UTC +04:00)' above each headline",
  notes="Report.az 'Other countries' category listing, newest first. Each item: date-time line '27 May 2022 14:38 (UTC +04:00)' (Baku time, explicit offset), a category label, the headline, one or two paragraphs, optional 'Author:' line, share links. The currency-rate strip in the header and the 'Most read' aside are chrome. The <title> ('Other countries | Report.az') and h1 are a section name, not a page title, so page_title is null. Entry 06 (oil prices) is off-beat.",
  not_entries=["header logo, navigation and language links", "currency rates strip", "h1 'Other countries'", "per-item category label 'Other countries'", "share links", "'Follow Report on Telegram' box", "'Load more'", "'Most read' aside", "footer"],
  entries=[
  E("2022-05-27 19:50", "Luhansk governor: Russian troops enter outskirts of Sievierodonetsk",
    ["Russian units have pushed into the north-eastern outskirts of Sievierodonetsk, Luhansk regional governor Serhiy Haidai said on Friday.",
     "He said about 90 percent of the city's housing had been damaged."],
    "other", "frontline", 2, "sievierodonetsk-outskirts-2022-05-27"),
  E("2022-05-27 17:15", "Azerbaijan sends another humanitarian consignment to Ukraine",
    ["A further batch of humanitarian aid from Azerbaijan, including medicines and power generators, has been sent to Ukraine, the country's embassy in Kyiv reported.",
     "It is the ninth such shipment since the start of the war."],
    "aid", "aid", 2, "azerbaijan-humanitarian-consignment-2022-05-27", a="Ramil Aliyev"),
  E("2022-05-27 14:38", "Putin and Nehammer discuss grain exports by phone",
    ["Russian President Vladimir Putin and Austrian Chancellor Karl Nehammer discussed food security and the export of Ukrainian grain in a telephone conversation, the Kremlin said.",
     "Putin repeated that Moscow was ready to help overcome the food crisis if sanctions were lifted."],
    "diplomacy", "diplomacy", 3, "putin-nehammer-call-2022-05-27"),
  E("2022-05-27 12:05", "Nine killed in shelling of Kharkiv, governor says",
    ["Russian shelling of residential districts of Kharkiv killed nine people, including a five-month-old baby and her father, regional governor Oleh Syniehubov said.",
     "Another 19 people were wounded."],
    "strikes", "strikes", 3, "kharkiv-shelling-2022-05-27"),
  E("2022-05-27 10:20", "Lithuanians crowdfund Bayraktar drone for Ukraine",
    ["A fundraising campaign in Lithuania to buy a Turkish-made Bayraktar TB2 drone for the Ukrainian army has collected more than two million euros in three days, the organisers said.",
     "They hope to reach the five million euros needed by the end of next week."],
    "aid", "aid", 2, "lithuania-bayraktar-crowdfunding", a="Ramil Aliyev"),
  OFF("2022-05-27 08:30", "Brent crude edges up on strong US fuel demand",
    ["The price of Brent crude for July delivery rose by 0.6 percent to 118.1 dollars a barrel on London's ICE exchange on Friday morning.",
     "Traders pointed to strong demand for gasoline in the United States ahead of the summer driving season."],
    "brent-crude-price-2022-05-27", n="commodity prices, not about the war."),
  ]))

SEEDS.append(dict(id="3702", name="3702_capitalfm-rss", ext="xml", source="Capital FM", zone="Africa/Nairobi", render=r_capitalfm,
  title="Capital News \u2013 World", fmt="WordPress RSS 2.0, pubDate in +0000 (site is in Nairobi time), truncated description plus content:encoded",
  notes="Capital FM (Kenya) news RSS 2.0 (WordPress). pubDates are printed in +0000 although the outlet works in Nairobi time (EAT, UTC+3); page_timezone is Africa/Nairobi and published_local is the Nairobi reading of the same instant. Each item has a truncated <description> ('...' plus the WordPress 'The post ... appeared first on Capital News.' line) and the full text in <content:encoded>; the entry body is content:encoded. Item 06 is a video item with empty description and no content (teaser, importance 1). Item 05 (Kenyan election) is off-beat. Items without <dc:creator> have author null.",
  not_entries=["channel title, link, description, language, update period, lastBuildDate", "each item's truncated <description> text and its 'The post ... appeared first on Capital News.' line (a duplicate of the content, not a paragraph)", "categories and guids"],
  entries=[
  E("2022-07-12 19:40", "Millers warn of bread price rise as Ukrainian wheat stays stuck in ports",
    ["Kenyan flour millers say the price of a loaf could rise again next month unless wheat shipments from the Black Sea resume soon.",
     "The Cereal Millers Association said imported wheat now costs nearly twice what it did a year ago.",
     "Kenya bought about a third of its wheat from Russia and Ukraine before the war."],
    "other", "humanitarian", 2, "kenya-bread-prices-black-sea-wheat", a="Wanjiru Mbugua", cat="Business"),
  E("2022-07-12 16:05", "Ukraine, Russia and Turkey to hold grain talks in Istanbul on Wednesday",
    ["Military delegations from Russia, Ukraine and Turkey will meet UN officials in Istanbul on Wednesday to discuss a plan to ship grain out of Ukraine's Black Sea ports, Turkey's defence ministry said.",
     "UN Secretary-General Antonio Guterres has been pushing for a deal for weeks."],
    "diplomacy", "diplomacy", 3, "istanbul-grain-talks-2022-07-13", cat="World"),
  E("2022-07-12 12:30", "Ukraine says it destroyed Russian ammunition depot in Nova Kakhovka",
    ["Ukrainian forces struck a Russian ammunition depot in the occupied town of Nova Kakhovka in Kherson region overnight, Ukraine's southern command said.",
     "Russian-installed officials said the blast killed seven people and blamed US-supplied rocket launchers."],
    "strikes", "strikes", 3, "nova-kakhovka-depot-strike", cat="World"),
  E("2022-07-12 09:15", "Death toll in Chasiv Yar apartment strike rises to 45",
    ["Rescuers have pulled 45 bodies from the rubble of an apartment block in Chasiv Yar in eastern Ukraine that was hit by Russian rockets on Saturday night, emergency services said.",
     "The search for survivors has ended."],
    "strikes", "strikes", 3, "chasiv-yar-apartment-strike-toll", cat="World"),
  OFF("2022-07-12 07:50", "IEBC clears four presidential candidates ahead of August poll",
    ["The electoral commission has cleared four candidates to run for president in the August 9 general election.",
     "Ballot papers will be printed in Greece, the commission said."],
    "kenya-iebc-presidential-candidates", a="Wanjiru Mbugua", n="Kenyan election news.", cat="Politics"),
  E("2022-07-12 06:20", "VIDEO: Kenyan students who fled Ukraine resume studies in Hungary", [],
    "other", "humanitarian", 1, "kenyan-students-resume-studies-hungary", cat="Video", n="Video item with empty description: teaser, importance 1."),
  ]))

SEEDS.append(dict(id="3703", name="3703_adaderana-world", ext="txt", source="Ada Derana", zone="Asia/Colombo", render=r_adaderana,
  title=None, fmt="plain-text scrape of the world-news listing; 'July 19, 2022  02:35 pm' under each headline; newest item dated the next local day",
  notes="Ada Derana (Sri Lanka, English) world-news listing scrape, newest first. Each item: headline, date-time line 'July 19, 2022  02:35 pm' (two spaces; Colombo time, UTC+5:30, implied by the outlet), body, '--Agencies' credit, comments/share line. The top item is dated July 20, 12:40 am local, which is still 19 July in UTC (19:10Z): the page crosses local midnight while all items sit on one UTC day. The site date line 'Tuesday, 19 July 2022' is chrome. '--Agencies' is a generic wire credit, not a person or named agency: author null. Item 03 (Sri Lankan presidential vote) is off-beat.",
  not_entries=["masthead, tagline, menu", "site date line", "'World News' heading", "'--Agencies' credit lines", "'Comments (0)  |  Share' lines", "'ADVERTISEMENT'", "pagination", "copyright footer"],
  entries=[
  E("2022-07-20 00:40", "Putin, Raisi and Erdogan meet in Tehran as grain deal talks advance",
    ["The presidents of Russia, Iran and Turkey held a three-way summit in Tehran on Tuesday, officially devoted to Syria.",
     "On the sidelines Recep Tayyip Erdogan thanked Vladimir Putin for what he called positive steps towards reopening Ukraine's grain exports.",
     "It was Putin's second trip abroad since the invasion began."],
    "diplomacy", "diplomacy", 3, "tehran-summit-putin-raisi-erdogan"),
  E("2022-07-19 21:15", "Khamenei tells Putin the West would have started a war anyway",
    ["Iran's Supreme Leader Ayatollah Ali Khamenei told Vladimir Putin that if Russia had not acted in Ukraine, NATO would have started a war on its own pretext, Iranian state media reported.",
     "The two met for about an hour and a half."],
    "diplomacy", "diplomacy", 2, "khamenei-putin-meeting-2022-07-19",
    n="Separate meeting and statement from the three-way summit (different official, different event): own story."),
  OFF("2022-07-19 18:05", "Parliament to elect new President tomorrow",
    ["Parliament will vote by secret ballot tomorrow to choose a President to serve the rest of the term of Gotabaya Rajapaksa.",
     "Three candidates have been nominated."],
    "sri-lanka-presidential-vote", n="Sri Lankan domestic politics."),
  E("2022-07-19 14:35", "Ukraine's parliament dismisses security chief and prosecutor general",
    ["Ukraine's parliament voted to remove security service chief Ivan Bakanov and prosecutor general Iryna Venediktova, two days after President Volodymyr Zelensky suspended them.",
     "Zelensky had cited dozens of cases of collaboration with Russia by staff of their agencies."],
    "other", "politics", 2, "bakanov-venediktova-dismissed"),
  E("2022-07-19 11:20", "Three killed as Russian shells hit Kharkiv bus stop",
    ["Three people were killed and more than a dozen wounded when Russian shells landed near a bus stop and a school in Kharkiv, regional officials said."],
    "strikes", "strikes", 2, "kharkiv-bus-stop-shelling-2022-07-19"),
  E("2022-07-19 08:10", "EU adds 500 million euros to military aid fund for Kyiv",
    ["European Union foreign ministers agreed to provide another 500 million euros for weapons for Ukraine, bringing the bloc's military support to 2.5 billion euros.",
     "They also agreed to tighten sanctions by banning Russian gold imports."],
    "aid", "aid", 3, "eu-epf-500m-tranche", sec=["diplomacy"]),
  ]))

SEEDS.append(dict(id="3704", name="3704_iranintl-tag", ext="html", source="Iran International", zone="Europe/London", render=r_iranintl,
  title="Russia-Ukraine War", fmt="HTML tag page of article cards, '10/12/2022 14:38' (month first), JSON-LD @graph NewsArticle with entity-escaped strings",
  notes="Iran International (English) tag page 'Russia-Ukraine War', newest first. Each card: headline, optional author, a bare date-time '10/12/2022 14:38' and one or two paragraphs. The date is printed month first (US order): 10/12/2022 is 12 October, not 10 December; the JSON-LD @graph (NewsArticle nodes with datePublished +01:00, strings with HTML entities such as &#039;) confirms it. No zone is printed; the outlet works from London, BST (UTC+1) in October. The JSON-LD holds only the first paragraph as description. Entry 06 (protests in Iran) is off-beat.",
  not_entries=["header/logo/navigation, Farsi language link", "h1 'Russia-Ukraine War' (tag name)", "share/copy-link buttons", "newsletter box", "'More' button", "'Most viewed' aside", "footer"],
  entries=[
  E("2022-10-12 22:05", "Ukraine says it shot down Iranian-made drones over Mykolaiv",
    ["Ukraine's southern command said air defence units destroyed eight Shahed-136 drones over the Mykolaiv region overnight and early on Wednesday.",
     "Officials said one drone hit an industrial building without causing casualties."],
    "strikes", "strikes", 3, "shahed-drones-downed-mykolaiv-2022-10-12", a="Kian Rostami"),
  E("2022-10-12 18:30", "Tehran again denies sending drones to Moscow",
    ["Iran's foreign ministry spokesman Nasser Kanaani said the Islamic Republic had not supplied weapons to either side in the Ukraine war.",
     "Ukrainian officials say wreckage of Iranian drones has been recovered across the country."],
    "aid", "aid", 3, "iran-denies-drone-supplies-russia"),
  E("2022-10-12 14:38", "EU prepares sanctions on Iranian drone makers",
    ["European Union diplomats have started work on listing Iranian individuals and companies involved in making drones used by Russia, according to two officials.",
     "A decision could come within days."],
    "diplomacy", "diplomacy", 2, "eu-sanctions-iranian-drone-makers", a="Leila Azadi"),
  E("2022-10-12 12:10", "Zelensky urges Israel to provide air defence against Iranian drones",
    ["Volodymyr Zelensky said Israel's reluctance to give Ukraine air-defence systems had helped deepen military ties between Moscow and Tehran.",
     "Israel has so far sent only humanitarian aid and protective gear."],
    "aid", "aid", 2, "zelensky-asks-israel-air-defence", sec=["diplomacy"]),
  E("2022-10-12 09:45", "Report: Iran preparing to ship surface-to-surface missiles to Russia",
    ["Iran has agreed to supply Russia with short-range ballistic missiles in addition to drones, a Western security official said.",
     "The official did not say when the first deliveries were expected."],
    "aid", "aid", 3, "iran-ballistic-missiles-for-russia-report", a="Kian Rostami"),
  OFF("2022-10-12 07:20", "Shops close in Kurdish cities as protests enter fourth week",
    ["Shopkeepers in several Kurdish cities in western Iran kept their shutters down in a strike called in support of the nationwide protests.",
     "Rights groups say more than 200 people have been killed in the crackdown."],
    "iran-protests-kurdish-cities-strike", a="Leila Azadi", n="Iranian domestic protests; the word 'strike' here means a shop closure."),
  ]))

SEEDS.append(dict(id="3705", name="3705_jakartaglobe-international", ext="html", source="Jakarta Globe", zone="Asia/Jakarta", render=r_jakartaglobe,
  title=None, fmt="HTML listing, 'October 26, 2022 | 8:35 pm' with per-card author; two local dates, one UTC date",
  notes="Jakarta Globe 'International' listing, newest first. Each card: category label, headline, author (or 'Jakarta Globe' as the credit), 'Month D, YYYY | h:mm am/pm' (Jakarta time, WIB = UTC+7, implied by the outlet) and a short text. The top two cards are dated October 27 local time but fall on 26 October UTC (22:50Z and 17:15Z); the top-bar date 'Thursday, October 27, 2022' is the fetch day. Cards credited only to 'Jakarta Globe' (the outlet itself) are treated as author null. Entry 04 (acute kidney injury cases) is off-beat.",
  not_entries=["top-bar date", "header navigation and search", "h1 'International'", "category labels 'International'", "'ADVERTISEMENT'", "'Read More' box with two related links", "pagination", "footer"],
  entries=[
  E("2022-10-27 05:50", "Putin oversees exercise of Russia's strategic nuclear forces",
    ["Vladimir Putin watched by video link as Russian forces test-launched ballistic and cruise missiles in an annual drill of the country's strategic nuclear forces, the Kremlin said.",
     "Washington said it had been notified in advance."],
    "other", "security", 3, "russia-strategic-nuclear-drill-2022-10-26", a="Ratna Kusuma"),
  E("2022-10-27 00:15", "Indonesia still hopes Putin and Zelensky will come to Bali",
    ["Indonesia has not given up on having both Vladimir Putin and Volodymyr Zelensky at the G20 summit in Bali next month, a senior official said.",
     "Neither leader has confirmed attendance."],
    "diplomacy", "diplomacy", 2, "indonesia-g20-bali-putin-zelensky"),
  E("2022-10-26 21:40", "Russia takes 'dirty bomb' claim to UN Security Council",
    ["Russia repeated its claim that Ukraine was preparing to use a radioactive dirty bomb at a closed-door meeting of the UN Security Council.",
     "Britain, France and the United States called the claim transparently false."],
    "diplomacy", "diplomacy", 3, "russia-dirty-bomb-claim-un", a="Dimas Prasetyo"),
  OFF("2022-10-26 18:05", "Child kidney injury cases near 270 as ministry bans more syrups",
    ["The health ministry said 269 children had been diagnosed with acute kidney injury linked to contaminated cough syrups.",
     "More products have been pulled from pharmacy shelves."],
    "indonesia-child-kidney-injury-syrups", a="Ratna Kusuma", n="Indonesian public-health story."),
  E("2022-10-26 14:20", "Occupation authorities widen Kherson evacuation zone",
    ["Russian-installed officials in Kherson said they would move residents from a 15-kilometre strip along the Dnipro river, expecting a Ukrainian offensive.",
     "Kyiv called the move a forced deportation."],
    "other", "humanitarian", 2, "kherson-evacuation-zone-widened", a="Dimas Prasetyo"),
  E("2022-10-26 08:35", "Kyiv region air defence downs drones overnight",
    ["Ukrainian air defences shot down several Iranian-made drones over the Kyiv region overnight, the regional governor said.",
     "No casualties were reported."],
    "strikes", "strikes", 2, "kyiv-region-drones-downed-2022-10-26"),
  ]))

SEEDS.append(dict(id="3706", name="3706_odt-world", ext="txt", source="Otago Daily Times", zone="Pacific/Auckland", render=r_odt,
  title=None, ref="2022-11-04 23:40",
  fmt="plain-text scrape of the World page; relative stamps ('4 hours ago') under headlines, resolved against the printed 'Updated 11.40pm Friday, 4 November 2022'",
  notes="Otago Daily Times 'World' page scrape, newest first. Each story prints only a relative time ('40 mins ago', '4 hours ago') under the headline; they are resolved against the page's 'Updated 11.40pm Friday, 4 November 2022' line (New Zealand time, NZDT = UTC+13, implied by the outlet). All six fall on 4 November local and 4 November UTC (00:40Z-10:40Z); the events happened in Europe on Friday morning. One story (03) carries a byline 'By Erin Haddow'; the others have none (author null). Entry 06 (rugby) is off-beat.",
  not_entries=["masthead, log-in line, menu", "section heading 'World'", "'Updated ...' line", "share lines", "'Advertisement' and the subscription plug", "'Load more'", "footer"],
  entries=[
  E("2022-11-04 23:00", "Scholz presses Xi to use influence over Moscow",
    ["German Chancellor Olaf Scholz urged Chinese President Xi Jinping to use his influence on Russia during the first visit to Beijing by a G7 leader since the pandemic.",
     "Xi said the international community should oppose the use or threat of nuclear weapons, according to Chinese state media."],
    "diplomacy", "diplomacy", 3, "scholz-xi-beijing-visit"),
  E("2022-11-04 21:40", "G7 ministers promise help to keep Ukraine's lights on",
    ["Foreign ministers of the Group of Seven, meeting in the German city of Muenster, agreed to coordinate help to repair Ukraine's power and water networks before winter.",
     "They condemned Russian attacks on civilian infrastructure."],
    "aid", "aid", 3, "g7-muenster-energy-help-ukraine", sec=["diplomacy"]),
  E("2022-11-04 19:40", "More NZ soldiers to help train Ukrainians in Britain",
    ["New Zealand will send another 30 Defence Force personnel to the United Kingdom to train Ukrainian recruits in basic infantry skills, the Government announced.",
     "The deployment runs until the middle of next year."],
    "aid", "aid", 2, "nz-trainers-ukrainian-recruits-uk", a="Erin Haddow"),
  E("2022-11-04 17:40", "Kherson residents moved across the Dnipro",
    ["Russian-appointed officials said they had moved tens of thousands of people from the right bank of the Dnipro river in Kherson region.",
     "Ukraine says many were moved against their will."],
    "other", "humanitarian", 2, "kherson-residents-moved-across-dnipro"),
  E("2022-11-04 15:40", "Shelling leaves Nikopol without power",
    ["Russian artillery fire from across the Dnipro hit power lines in Nikopol, leaving thousands of homes without electricity, the regional governor said."],
    "strikes", "strikes", 2, "nikopol-shelling-2022-11-04"),
  OFF("2022-11-04 13:40", "Black Ferns name unchanged side for semifinal",
    ["The Black Ferns have named an unchanged starting XV for Saturday's Rugby World Cup semifinal against France at Eden Park."],
    "black-ferns-semifinal-team", n="rugby."),
  ]))

SEEDS.append(dict(id="3707", name="3707_wfp-atom", ext="xml", source="Winnipeg Free Press", zone="America/Winnipeg", render=r_wfp,
  title="Winnipeg Free Press - World", fmt="Atom 1.0, -06:00 offsets (CST), entity-escaped html content; two local dates, one UTC date",
  notes="Winnipeg Free Press-style Atom feed, newest first, <published> with -06:00 offsets (Central Standard Time). The last two entries are dated 21 November local time but fall on 22 November UTC (04:15Z and 00:45Z). Content is entity-escaped HTML (<content type=\"html\">). Entries without <author> have author null. Entry 05 (hockey) is off-beat.",
  not_entries=["feed title, link, id, updated", "categories"],
  entries=[
  E("2022-11-22 16:30", "Winnipeg group ships generators to Ukrainian hospitals",
    ["A Winnipeg Ukrainian community group says 40 diesel generators it paid for are on their way to hospitals in the Kyiv and Chernihiv regions.",
     "Volunteers raised the money at a series of dinners and a radiothon."],
    "aid", "aid", 2, "winnipeg-generators-ukrainian-hospitals", a="Dylan Merasty", cat="Local"),
  E("2022-11-22 13:10", "Ottawa slaps sanctions on more Russian officials",
    ["Canada imposed sanctions on 23 more Russian officials it accuses of involvement in the deportation of Ukrainian children and in attacks on civilian infrastructure, Foreign Affairs Minister Melanie Joly said.",
     "The measures freeze any assets they hold in Canada."],
    "diplomacy", "diplomacy", 3, "canada-sanctions-russian-officials-2022-11-22", cat="Canada"),
  E("2022-11-22 10:05", "IAEA experts inspect damage at Zaporizhzhia nuclear plant",
    ["Inspectors from the UN nuclear watchdog toured the Zaporizhzhia plant after more than a dozen shells hit the site over the weekend.",
     "Rafael Grossi said the blasts had not damaged anything critical for nuclear safety."],
    "other", "security", 2, "iaea-zaporizhzhia-inspection-2022-11-22", sec=["strikes"], cat="World"),
  E("2022-11-22 07:20", "Shelling hits Kherson as residents line up for water",
    ["Russian artillery struck central Kherson on Tuesday morning while residents queued for water and bread, local officials said.",
     "One person was killed and three were wounded."],
    "strikes", "strikes", 2, "kherson-shelling-2022-11-22", cat="World"),
  OFF("2022-11-21 22:15", "Jets edge Avalanche in shootout",
    ["Kyle Connor scored the only goal of the shootout as the Winnipeg Jets beat Colorado 3-2 on Monday night."],
    "jets-avalanche-shootout", a="Kelsey Thorvaldson", n="NHL hockey.", cat="Sports"),
  E("2022-11-21 18:45", "Ukraine offers to evacuate Kherson residents ahead of winter",
    ["Ukraine's government began offering free evacuation to residents of the recaptured parts of Kherson and Mykolaiv regions, saying damaged power and heating systems may not be repaired in time for winter.",
     "The elderly and people with disabilities are a priority."],
    "other", "humanitarian", 2, "kherson-winter-evacuation-offer", cat="World"),
  ]))

SEEDS.append(dict(id="3708", name="3708_thejournal-live", ext="html", source="TheJournal.ie", zone="Europe/Dublin", render=r_thejournal,
  title="Ukraine live: Griner freed in swap for arms dealer Bout as Putin vows more strikes on power grid",
  author="Niall Brennan", dateline="Thursday 8 Dec 2022", lede="We're bringing you the latest developments from Ukraine and Russia throughout the day.",
  fmt="HTML live blog, 'Key events' box, '2.35pm' stamps, LiveBlogPosting JSON-LD with HTML entities in strings",
  notes="TheJournal.ie-style live blog, newest first. Stamps '2.35pm' (Irish time, GMT = UTC in December) with <time datetime>; date from the byline line 'Thursday 8 Dec 2022'. A 'Key events' box at the top lists two post headlines (entries 02 and 04) -> key_point true. Page byline 'Niall Brennan' is every entry's author (no per-post bylines). The LiveBlogPosting JSON-LD repeats the posts with WordPress entities (&#8217;, &#039;) inside JSON strings. Entry 05 is a 'Watch:' video teaser without body.",
  not_entries=["header/navigation and 'Support us'", "byline line", "share bar and comment count", "'Key events' heading and its two list items", "standfirst", "newsletter box", "'Advertisement'", "'Read next' aside", "footer"],
  entries=[
  E("2022-12-08 21:50", "Griner back on US soil after ten months in Russian custody",
    ["Basketball star Brittney Griner landed at a military base in Texas late on Thursday, hours after the exchange in Abu Dhabi.",
     "US officials said she was in good spirits."],
    "diplomacy", "diplomacy", 3, "griner-bout-prisoner-swap"),
  E("2022-12-08 18:20", "Putin says Russia will keep hitting Ukraine's energy system",
    ["Vladimir Putin told an awards ceremony in the Kremlin that Russia would go on striking Ukrainian energy facilities despite Western criticism.",
     "He said Kyiv had started it by attacking the Crimean bridge."],
    "strikes", "strikes", 3, "putin-vows-more-energy-strikes", kp=True),
  E("2022-12-08 16:05", "Government to fund generators for Ukrainian hospitals",
    ["The Government will spend 2 million euros on generators and heating equipment for hospitals in Ukraine, Minister for Foreign Affairs Simon Coveney said.",
     "The equipment will be delivered through the EU civil protection mechanism."],
    "aid", "aid", 2, "ireland-generators-ukrainian-hospitals"),
  E("2022-12-08 14:35", "Griner freed in exchange for arms dealer Viktor Bout",
    ["The United States and Russia swapped jailed basketball player Brittney Griner for Russian arms dealer Viktor Bout at the airport in Abu Dhabi, officials in both countries said.",
     "President Joe Biden said he had spoken to Griner by phone.",
     "Former marine Paul Whelan, also held in Russia, was not part of the deal."],
    "diplomacy", "diplomacy", 3, "griner-bout-prisoner-swap", kp=True),
  E("2022-12-08 12:10", "Watch: Kyiv residents queue at heated 'invincibility points'", [],
    "other", "humanitarian", 1, "kyiv-invincibility-points", n="Video teaser without body -> importance 1."),
  E("2022-12-08 10:40", "Zelensky describes situation near Bakhmut as difficult",
    ["Volodymyr Zelensky said Russian forces were attacking positions around Bakhmut every day and that the town had been reduced to ruins.",
     "Ukrainian troops are holding their lines, the general staff said."],
    "other", "frontline", 2, "bakhmut-situation-difficult-2022-12-08"),
  E("2022-12-08 08:15", "Power cuts in Odesa region after overnight drone attack",
    ["Drones hit energy facilities in the Odesa region overnight, leaving parts of the region without electricity, the regional administration said.",
     "There were no reports of casualties."],
    "strikes", "strikes", 2, "odesa-drone-attack-2022-12-08"),
  ]))

SEEDS.append(dict(id="3709", name="3709_croatiaweek-tag", ext="txt", source="Croatia Week", zone="Europe/Zagreb", render=r_croatiaweek,
  title=None, fmt="plain-text scrape of a tag page; author name glued to '13 December 2022 18:20'",
  notes="Croatia Week tag page 'Ukraine' scrape, newest first. Each post: headline, then a stamp line where the author name is fused to the date with no space ('Vesna Horvat13 December 2022 18:20'; Zagreb time, CET = UTC+1, implied by the outlet), body, 'Read more'. 'Tag: Ukraine' is a tag name, not a page title (page_title null). Entry 05 (World Cup) is off-beat.",
  not_entries=["masthead, menu and cookie line", "'Tag: Ukraine' heading", "'Read more' links", "newsletter box", "'Older posts'", "footer"],
  entries=[
  E("2022-12-13 18:20", "Paris conference raises over a billion euros to get Ukraine through winter",
    ["Donors meeting in Paris pledged more than a billion euros to help Ukraine repair its power, water and heating systems, French President Emmanuel Macron said.",
     "Croatia was represented by Foreign Minister Gordan Grlic Radman."],
    "aid", "aid", 3, "paris-winter-conference-ukraine", a="Vesna Horvat"),
  E("2022-12-13 15:40", "Croatia to donate more demining equipment",
    ["Croatia will send additional demining machines and protective equipment to Ukraine early next year, Prime Minister Andrej Plenkovic said.",
     "Croatian experts have been training Ukrainian deminers since the summer."],
    "aid", "aid", 2, "croatia-demining-equipment-ukraine", a="Tomislav Kralj"),
  E("2022-12-13 13:05", "Wounded Ukrainian soldiers treated in Zagreb",
    ["A group of 12 wounded Ukrainian soldiers has arrived for treatment and rehabilitation at hospitals in Zagreb, the health ministry said.",
     "It is the third such group this year."],
    "other", "humanitarian", 2, "wounded-ukrainian-soldiers-zagreb", a="Tomislav Kralj"),
  E("2022-12-13 11:10", "EU ambassadors back 18 billion euro loan for Kyiv",
    ["EU ambassadors approved an 18 billion euro loan package to cover Ukraine's budget needs next year after Hungary dropped its veto.",
     "The first money is expected in January."],
    "aid", "aid", 3, "eu-18bn-loan-ukraine-2023", a="Vesna Horvat", sec=["diplomacy"]),
  OFF("2022-12-13 09:25", "Fans gather in Zagreb squares ahead of Argentina semi-final",
    ["Big screens are being set up across Croatian cities for tonight's World Cup semi-final between Croatia and Argentina in Qatar."],
    "croatia-argentina-world-cup-semifinal", a="Tomislav Kralj", n="football."),
  E("2022-12-13 06:07", "Kherson shelled again overnight, governor says",
    ["Russian forces shelled Kherson and nearby villages more than 40 times over the past day, killing two people, regional governor Yaroslav Yanushevych said."],
    "strikes", "strikes", 2, "kherson-shelling-2022-12-13", a="Vesna Horvat"),
  ]))

# =============================================================== PART B, day 1: 2022-07-14 (UTC)
D1 = "Day 1 (2022-07-14 UTC): 3720, 3721, 3722, 3723."
SEEDS.append(dict(id="3720", name="3720_polstead-textlive", ext="txt", source="Polstead Live", zone="Europe/London", render=r_polstead,
  title="Ukraine war live: missiles hit Vinnytsia far from the front line", dateline="Thursday 14 July 2022. All times BST.",
  fmt="text live blog, oldest first, '14:38 BST' stamp line, Key Points, '\u2014 NAME' signature", invented=True,
  notes="Invented outlet. Text live blog, OLDEST FIRST; each post is a stamp line '10:05 BST' (UK summer time, UTC+1, stated in the date line), headline, body, then a signature line '\u2014 NAME'. The 'Key Points' block lists two exact headlines (entries 01 and 08). Entry 04 is a 'Watch:' video teaser without body (no signature either). Entry 07 re-posts entry 03 nearly verbatim (one clause changed) -> duplicate_of 3720-03, importance 1. " + D1,
  not_entries=["masthead 'POLSTEAD LIVE' and menu", "page title", "date line", "'Key Points' heading and its two bullet lines", "'Oldest posts first ...' note", "signature lines '\u2014 NAME' (author)", "'Advertisement'", "closing line and copyright"],
  entries=[
  E("2022-07-14 08:20", "Dozens of countries meet in The Hague on war crimes inquiries",
    ["Ministers and prosecutors from more than 40 countries are gathering in The Hague to coordinate investigations into suspected war crimes in Ukraine.",
     "The meeting is hosted by the Netherlands, the European Commission and the International Criminal Court."],
    "diplomacy", "diplomacy", 3, "hague-accountability-conference-2022-07-14", a="Harriet Lowe", kp=True),
  E("2022-07-14 09:15", "Mykolaiv: two missiles hit university campus",
    ["Two Russian missiles struck buildings of a university in Mykolaiv before dawn, mayor Oleksandr Senkevych said.",
     "The city has been shelled almost every day for months."],
    "strikes", "strikes", 3, "mykolaiv-university-missile-strike-2022-07-14", a="Harriet Lowe"),
  E("2022-07-14 10:05", "Missiles strike centre of Vinnytsia, at least eight dead",
    ["Russian missiles hit an office building and nearby streets in the centre of Vinnytsia, a city in west-central Ukraine far from the fighting, police said.",
     "At least eight people were killed and dozens wounded; cars in a car park caught fire."],
    "strikes", "strikes", 3, "vinnytsia-missile-strike-2022-07-14", a="Tom Achterberg"),
  E("2022-07-14 11:40", "Watch: rescuers search the rubble of a Vinnytsia medical centre", [],
    "strikes", "strikes", 1, "vinnytsia-missile-strike-2022-07-14", n="Video teaser without body -> importance 1."),
  E("2022-07-14 13:25", "Vinnytsia toll climbs to 20 as dozens are still missing",
    ["The number of people killed in Vinnytsia has risen to 20, the national police said, and more than 40 people are unaccounted for.",
     "Ukraine's emergency service said 90 people were taken to hospital."],
    "strikes", "strikes", 3, "vinnytsia-missile-strike-2022-07-14", a="Tom Achterberg"),
  E("2022-07-14 15:50", "Norway to send three more rocket launchers",
    ["Norway will give Ukraine three more multiple-launch rocket systems from its own stocks, Defence Minister Bjorn Arild Gram said.",
     "The launchers are being sent in cooperation with Britain."],
    "aid", "aid", 2, "norway-mlrs-2022-07-14", a="Harriet Lowe", n="Must-not-merge with Canada's howitzer barrels (3722-04): another country's package."),
  E("2022-07-14 17:35", "Missiles strike centre of Vinnytsia, at least eight dead",
    ["Russian missiles hit an office building and nearby streets in the centre of Vinnytsia, a city in west-central Ukraine far from the fighting, police said.",
     "At least eight people were killed and dozens wounded; several cars caught fire."],
    "strikes", "strikes", 1, "vinnytsia-missile-strike-2022-07-14", a="Tom Achterberg", dup="3720-03",
    n="Near-verbatim re-post of 3720-03 (last clause changed) -> importance 1."),
  E("2022-07-14 20:10", "Death toll in Vinnytsia rises to 23, including three children",
    ["Twenty-three people, among them three children, were killed in the missile attack on Vinnytsia, the State Emergency Service said in the evening.",
     "Rescue work at the site has ended."],
    "strikes", "strikes", 3, "vinnytsia-missile-strike-2022-07-14", a="Tom Achterberg", kp=True),
  E("2022-07-14 22:40", "Zelensky: the strike on Vinnytsia was 'open terrorism'",
    ["President Volodymyr Zelensky said there was no military target in the part of Vinnytsia that was hit and called the attack an act of open terrorism.",
     "He repeated his call for a special tribunal to try Russian leaders."],
    "strikes", "strikes", 3, "vinnytsia-missile-strike-2022-07-14", a="Harriet Lowe",
    n="Reaction whose main content is the attack itself -> strikes, same story."),
  ]))

SEEDS.append(dict(id="3721", name="3721_wolsingham-worldrss", ext="xml", source="Wolsingham World Service", zone="UTC", render=r_rss_gmt,
  title="Wolsingham World Service \u2013 Latest", link="https://wolsingham.example/world",
  fmt="RSS 2.0, GMT pubDate, general world feed (4 of 7 off-beat)", invented=True,
  notes="Invented outlet. GENERAL world-news RSS 2.0 feed, newest first, GMT pubDates (= UTC), CDATA titles and descriptions, no authors. War items are a minority: 4 of 7 are off-beat (Sri Lanka's president resigning, Draghi's resignation offer, wildfires in Portugal and Spain, the Tour de France). Spelling 'Vinnitsa' in item 03. " + D1,
  not_entries=["channel title, link, description, ttl", "guids"],
  entries=[
  OFF("2022-07-14 21:30", "Sri Lanka's president resigns by email from Singapore",
    ["Gotabaya Rajapaksa sent his resignation to the speaker of parliament after flying to Singapore, ending months of protests over the economic crisis.",
     "Parliament will choose a successor next week."], "sri-lanka-rajapaksa-resigns", n="Sri Lankan politics."),
  OFF("2022-07-14 19:45", "Draghi offers to resign, Italy's president says no",
    ["Italian Prime Minister Mario Draghi tendered his resignation after a coalition partner boycotted a confidence vote, but President Sergio Mattarella refused to accept it.",
     "Draghi will address parliament next week."], "draghi-resignation-offer", n="Italian politics."),
  E("2022-07-14 16:20", "Russian missiles kill at least 20 in Vinnitsa",
    ["At least 20 people were killed when Russian cruise missiles hit the centre of Vinnitsa, a city about 200 kilometres south-west of Kyiv, Ukrainian officials said.",
     "Moscow made no immediate comment."],
    "strikes", "strikes", 3, "vinnytsia-missile-strike-2022-07-14"),
  OFF("2022-07-14 13:10", "Wildfires force thousands from their homes in Portugal and Spain",
    ["Firefighters battled dozens of blazes across the Iberian peninsula as temperatures passed 45 degrees in places.",
     "Hundreds of heat-related deaths have been recorded in both countries."], "iberian-wildfires-heatwave", n="weather and wildfires."),
  E("2022-07-14 11:00", "Prosecutors from 40 nations meet to coordinate Ukraine war crimes probes",
    ["The International Criminal Court's prosecutor Karim Khan joined ministers in The Hague to discuss how to share evidence of atrocities in Ukraine.",
     "Ukraine's prosecutors say they have opened more than 20,000 cases."],
    "diplomacy", "diplomacy", 3, "hague-accountability-conference-2022-07-14"),
  OFF("2022-07-14 08:25", "Tour de France: peloton heads for Alpe d'Huez on Bastille Day",
    ["Riders face three mountain passes on the twelfth stage, finishing with the 21 hairpin bends of Alpe d'Huez."],
    "tour-de-france-alpe-dhuez", n="cycling."),
  E("2022-07-14 07:05", "Ukraine says Russian missiles hit Mykolaiv university",
    ["Missiles struck a university in the southern city of Mykolaiv overnight, Ukrainian officials said, with no casualties reported."],
    "strikes", "strikes", 3, "mykolaiv-university-missile-strike-2022-07-14"),
  ]))

SEEDS.append(dict(id="3722", name="3722_quarndon-ldlive", ext="html", source="Quarndon Post", zone="Europe/Kyiv", render=r_quarndon,
  title="Russia strikes Vinnytsya with cruise missiles: live updates", url="https://quarndonpost.example/live/2022/07/14/ukraine",
  lede="Follow the latest from Ukraine, where a missile attack hit a city far from the front.", dateline="Thursday, July 14, 2022 \u2022 Times are Kyiv time (EEST)",
  fmt="HTML live, LiveBlogPosting JSON-LD with per-update times, visible '8:35 p.m.' Kyiv time, 'By NAME' per post", invented=True,
  notes="Invented outlet. HTML live blog, newest first; visible stamps '8:35 p.m.' in Kyiv time (EEST, UTC+3, stated in the date line) with <time datetime>; LiveBlogPosting JSON-LD lists the same updates with the same times. Spelling 'Vinnytsya'. Entry 01 is an explainer (theme piece, own story). Entry 02 (Kuleba's appeal for air defence) is a separate initiative, not part of the strike story. Entry 04 (Canadian howitzer barrels) must not merge with Norway's launchers (3720-06). " + D1,
  not_entries=["masthead/navigation/subscribe", "dek", "date/zone line", "'By NAME' lines (author)", "share links", "newsletter promo", "footer"],
  entries=[
  E("2022-07-14 23:25", "Explainer: why Russia fires Kalibr missiles from submarines",
    ["The missiles that hit Vinnytsya were Kalibr cruise missiles launched from a submarine in the Black Sea, according to Ukraine's air force.",
     "Submarines can fire from positions that Ukraine's navy and coastal missiles cannot reach.",
     "Ukraine's air force says cruise missiles flying low over land are hard to detect in time."],
    "strikes", "strikes", 2, "explainer-kalibr-submarine-missiles", a="Greta Marsh", n="Theme piece (explainer): own story."),
  E("2022-07-14 20:35", "Kuleba: only more air defence can stop such massacres",
    ["Foreign Minister Dmytro Kuleba said Ukraine needed modern air-defence systems quickly and urged partners to stop delaying deliveries.",
     "He spoke by phone with several European counterparts during the day."],
    "aid", "aid", 2, "kuleba-air-defence-appeal-2022-07-14", a="Greta Marsh",
    n="Separate initiative (appeal for weapons) by another official: own story, not the strike story."),
  E("2022-07-14 17:50", "Vinnytsya toll reaches 20; three children among the dead",
    ["Twenty people have now been confirmed dead in Vinnytsya, including three children, and more than 50 are in hospital, officials said.",
     "A four-storey building housing offices and a medical clinic was destroyed."],
    "strikes", "strikes", 3, "vinnytsia-missile-strike-2022-07-14", a="Oleh Dziuba"),
  E("2022-07-14 14:10", "Canada to send replacement barrels for M777 howitzers",
    ["Canada will supply Ukraine with replacement barrels for the M777 howitzers it donated earlier this year, Defence Minister Anita Anand said.",
     "The barrels wear out after heavy use."],
    "aid", "aid", 2, "canada-m777-barrels-2022-07-14", a="Greta Marsh", n="Must-not-merge with Norway's launchers (3720-06)."),
  E("2022-07-14 11:05", "Cruise missiles from Black Sea submarine hit Vinnytsya, officials say",
    ["Three missiles launched from a Russian submarine in the Black Sea struck the centre of Vinnytsya late in the morning, Ukraine's air force said.",
     "At least 12 people were killed, according to the first official figures."],
    "strikes", "strikes", 3, "vinnytsia-missile-strike-2022-07-14", a="Oleh Dziuba"),
  E("2022-07-14 09:40", "Mykolaiv university hit again",
    ["A Mykolaiv university was struck by Russian missiles for the second time this month, the regional governor Vitaliy Kim said.",
     "Two buildings were badly damaged."],
    "strikes", "strikes", 3, "mykolaiv-university-missile-strike-2022-07-14", a="Oleh Dziuba"),
  ]))

SEEDS.append(dict(id="3723", name="3723_sheepwash-article", ext="txt", source="Sheepwash Review", zone="Europe/Berlin", render=r_txtarticle,
  title="A city far from the front counts its dead", published="2022-07-14 19:05", author="Lukas Brandt",
  masthead="SHEEPWASH REVIEW", menu="Europe | World | Economy | Culture",
  lede="Missiles hit Vinnytsia as allies met in The Hague to discuss how to punish war crimes.",
  datetext="Thursday 14 July 2022, 19:05 CEST", related="Ukraine's accountability push, explained",
  footer="\u00a9 Sheepwash Review 2022 \u2013 Imprint \u2013 Privacy",
  fmt="text article, 3 section headings, CEST dateline", invented=True,
  notes="Invented outlet. Single text article with three section headings; one entry per section, stamp null, published = the dateline 'Thursday 14 July 2022, 19:05 CEST' (UTC+2). Byline used as author for every section. Section 3 (European condemnation) is a reaction to the Vinnytsia strike: same story. " + D1,
  not_entries=["masthead and menu", "title and standfirst", "byline and dateline", "'Share this article'", "'Related:' link", "footer"],
  entries=[
  E("2022-07-14 19:05", "A strike on a quiet city",
    ["Vinnytsia, a regional capital about 270 kilometres from the nearest front line, was hit by three cruise missiles shortly before 11 in the morning.",
     "By the evening, officials put the number of dead at 23, including three children, with more than 100 people injured.",
     "The building at the centre of the blast housed offices, shops and a clinic."],
    "strikes", "strikes", 3, "vinnytsia-missile-strike-2022-07-14", a="Lukas Brandt"),
  E("2022-07-14 19:05", "Allies gather in The Hague",
    ["The attack happened as delegations from dozens of countries met in The Hague to coordinate war crimes investigations.",
     "Ukraine's foreign minister Dmytro Kuleba told them the strike was further proof that Russia deliberately targets civilians."],
    "diplomacy", "diplomacy", 3, "hague-accountability-conference-2022-07-14", a="Lukas Brandt"),
  E("2022-07-14 19:05", "Europe condemns the attack",
    ["EU foreign policy chief Josep Borrell called the strike an atrocity, and German Chancellor Olaf Scholz said those responsible would be held to account.",
     "The Kremlin did not comment."],
    "strikes", "strikes", 3, "vinnytsia-missile-strike-2022-07-14", a="Lukas Brandt", sec=["diplomacy"],
    n="Reactions to the event itself share its story."),
  ]))

# =============================================================== PART B, day 2: 2022-07-15 (UTC), the day after day 1
D2 = "Day 2 (2022-07-15 UTC, the day after day 1): 3730, 3731, 3732, 3733."
SEEDS.append(dict(id="3730", name="3730_tarporley-htmllive", ext="html", source="Tarporley Times", zone="Europe/London", render=r_tarporley,
  title="Ukraine: missiles hit Dnipro a day after Vinnytsia attack", ref="2022-07-15 21:15",
  lede="Russian missiles struck a factory and a street in Dnipro on Friday. Here is the latest.",
  fmt="HTML live blog without JSON-LD; relative stamps ('6 hours ago') resolved against 'Last updated: 15 July 2022, 21:15 BST'", invented=True,
  notes="Invented outlet. HTML live blog, newest first, no JSON-LD. Posts carry only relative stamps ('45 minutes ago', '6 hours ago'), resolved against the printed 'Last updated: 15 July 2022, 21:15 BST' (UTC+1). Entry 03 is a photo teaser without body. Entry 06 continues day 1's Vinnytsia story with a new development (Russia's claim about the target) and keeps the day-1 slug. Entry 02 (Chuhuiv shelling) is a separate attack: must not merge with the Dnipro strike. " + D2,
  not_entries=["header/navigation", "title", "'Last updated' line", "summary", "'By NAME' lines (author)", "'Advertisement'", "'Show older posts'", "footer"],
  entries=[
  E("2022-07-15 20:30", "Dnipro toll rises to four",
    ["A fourth person has died in hospital after Friday's missile strike on Dnipro, regional governor Valentyn Reznichenko said.",
     "Fifteen people remain in hospital."],
    "strikes", "strikes", 3, "dnipro-missile-strike-2022-07-15", a="Ellen Shaw"),
  E("2022-07-15 19:15", "Chuhuiv: shelling kills three",
    ["Three people were killed when Russian shells hit a residential area of Chuhuiv in the Kharkiv region, the regional prosecutor's office said."],
    "strikes", "strikes", 3, "chuhuiv-shelling-2022-07-15", a="Ellen Shaw", n="Must-not-merge with the Dnipro missile strike: another place, another weapon."),
  E("2022-07-15 17:15", "Photos: Dnipro after the missile strike", [],
    "strikes", "strikes", 1, "dnipro-missile-strike-2022-07-15", n="Photo teaser without body -> importance 1."),
  E("2022-07-15 15:15", "Germany to send three more Mars II rocket launchers",
    ["Germany will deliver three more Mars II multiple rocket launchers to Ukraine, Defence Minister Christine Lambrecht said.",
     "Berlin had already promised three of the systems."],
    "aid", "aid", 3, "germany-mars-launchers-2022-07-15", a="Ravi Chandran"),
  E("2022-07-15 13:15", "Missiles slam into factory and busy street in Dnipro",
    ["Russian missiles struck an industrial plant and a nearby street in the city of Dnipro during the morning rush, killing at least three people, officials said.",
     "Video posted by officials showed cars burning on a main road."],
    "strikes", "strikes", 3, "dnipro-missile-strike-2022-07-15", a="Ravi Chandran"),
  E("2022-07-15 11:15", "Moscow says Vinnytsia strike targeted officers' meeting",
    ["Russia's defence ministry said its missiles had hit a building in Vinnytsia where Ukrainian air force commanders were meeting foreign arms suppliers.",
     "Ukrainian officials said the building was a civilian concert hall and office block."],
    "strikes", "strikes", 3, "vinnytsia-missile-strike-2022-07-14", a="Ellen Shaw",
    n="Day-2 continuation of day 1's Vinnytsia story (Russia's claim about the attack): keeps the day-1 slug; carried by 3 day-2 seeds -> importance 3."),
  ]))

SEEDS.append(dict(id="3731", name="3731_ulrome-atom", ext="xml", source="Ulrome Daily", zone="UTC", render=r_atom_z,
  title="Ulrome Daily: Europe and the world", link="https://ulrome.example/europe",
  fmt="Atom 1.0, Z times, per-entry author, CDATA html content", invented=True,
  notes="Invented outlet. Atom feed, newest first, <published> in UTC (Z). Spelling 'Dnepr' in entry 01, which is Russia's claim about the Dnipro attack (same story). Entry 03 re-posts day 1's 3722-04 nearly verbatim (importance 1; duplicate_of null because it is another seed on another day). Entry 06 is an analysis piece (theme, own story). Entry 02 (Biden in Jeddah) is off-beat. " + D2,
  not_entries=["feed title, link, id, updated"],
  entries=[
  E("2022-07-15 22:10", "Dnepr strike hit missile factory, Russia says",
    ["Russia's defence ministry said it had destroyed workshops making rocket parts at a plant in Dnepr with high-precision weapons.",
     "Ukraine said the missiles also hit a street where civilians were waiting for a bus."],
    "strikes", "strikes", 3, "dnipro-missile-strike-2022-07-15", a="Moira Keane"),
  OFF("2022-07-15 18:40", "Biden meets Saudi crown prince in Jeddah",
    ["US President Joe Biden greeted Crown Prince Mohammed bin Salman with a fist bump on arrival at the royal palace in Jeddah.",
     "Human rights groups criticised the visit."], "biden-jeddah-visit", a="Moira Keane", n="US-Saudi diplomacy, not about this war."),
  E("2022-07-15 15:30", "Canada to send replacement barrels for M777 howitzers",
    ["Canada will supply Ukraine with replacement barrels for the M777 howitzers it donated earlier this year, Defence Minister Anita Anand has said.",
     "The barrels wear out after heavy use."],
    "aid", "aid", 1, "canada-m777-barrels-2022-07-14", a="Greta Marsh",
    n="Near-verbatim re-post of day 1's 3722-04 ('said' -> 'has said') -> importance 1; duplicate_of null (other seed, other day)."),
  E("2022-07-15 12:05", "Berlin approves more Mars II launchers for Kyiv",
    ["The German government has approved the delivery of three additional Mars II rocket launchers, bringing the total promised to six.",
     "Ukraine has asked for more long-range artillery to hit Russian supply lines."],
    "aid", "aid", 3, "germany-mars-launchers-2022-07-15", a="Jakob Wendt"),
  E("2022-07-15 09:50", "Missile attack on Dnipro kills at least two",
    ["At least two people were killed and more than ten injured when Russian missiles hit Dnipro on Friday morning, the governor said."],
    "strikes", "strikes", 3, "dnipro-missile-strike-2022-07-15", a="Jakob Wendt"),
  E("2022-07-15 07:15", "Analysis: can a Black Sea grain corridor work?",
    ["Any deal to ship grain from Odesa would need ships to pass through waters laid with mines by both sides.",
     "Turkey has offered to inspect vessels, but Kyiv fears Russia could use the corridor to attack the coast.",
     "Shipping insurers say they will wait for guarantees before covering voyages."],
    "diplomacy", "diplomacy", 2, "analysis-black-sea-grain-corridor", a="Moira Keane", n="Theme piece (analysis): own story."),
  ]))

SEEDS.append(dict(id="3732", name="3732_nafferton-textlive", ext="txt", source="Nafferton Report", zone="UTC", render=r_nafferton,
  title="Russia-Ukraine live: Dnipro hit by missiles", lede="Updates through the day from our Europe desk.", dateline="Friday, July 15, 2022",
  fmt="text live blog, oldest first, date line above the timeline, '0915 GMT' stamp line then headline, no authors", invented=True,
  notes="Invented outlet. Text live blog, OLDEST FIRST; a single date line 'Friday, July 15, 2022' above the timeline; each post is a stamp line '0915 GMT' (UTC), headline and body; no bylines (author null). Entry 04 re-posts entry 02 nearly verbatim (duplicate_of 3732-02). Entry 06 continues day 1's Vinnytsia story. " + D2,
  not_entries=["outlet name and section line", "title", "lede", "date line", "'Also read:' link", "closing line and footer"],
  entries=[
  E("2022-07-15 06:40", "Russian shelling kills three in Chuhuiv, Kharkiv region",
    ["Three civilians were killed overnight when shells hit houses in Chuhuiv, south-east of Kharkiv, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 3, "chuhuiv-shelling-2022-07-15"),
  E("2022-07-15 09:15", "Dnipro: missiles hit industrial plant and street",
    ["Several Russian missiles struck the city of Dnipro this morning, hitting an industrial plant and a street nearby, the regional governor said.",
     "There are casualties, he said, without giving numbers."],
    "strikes", "strikes", 3, "dnipro-missile-strike-2022-07-15"),
  E("2022-07-15 10:35", "Finland announces new defence aid package",
    ["Finland will send Ukraine a ninth package of defence equipment worth about 20 million euros, the defence ministry said.",
     "It did not give details of the contents."],
    "aid", "aid", 2, "finland-ninth-aid-package", n="Must-not-merge with the German Mars II launchers: a different country's package."),
  E("2022-07-15 11:50", "Dnipro: missiles hit industrial plant and street",
    ["Several Russian missiles struck the city of Dnipro this morning, hitting an industrial plant and a street nearby, the regional governor said.",
     "There are casualties, he said, without giving a number."],
    "strikes", "strikes", 1, "dnipro-missile-strike-2022-07-15", dup="3732-02", n="Near-verbatim repeat of 3732-02 -> importance 1."),
  E("2022-07-15 13:20", "Dnipro governor: three dead, 15 wounded",
    ["Valentyn Reznichenko said three people were killed and 15 wounded in the morning strike on Dnipro.",
     "Four missiles were fired, he said."],
    "strikes", "strikes", 3, "dnipro-missile-strike-2022-07-15"),
  E("2022-07-15 15:45", "Vinnytsia mourns as Kremlin claims military target",
    ["Vinnytsia held a day of mourning for the 23 people killed on Thursday, while Moscow insisted its missiles had hit a meeting of Ukrainian officers.",
     "Rescuers said three people were still missing."],
    "strikes", "strikes", 3, "vinnytsia-missile-strike-2022-07-14", n="Day-2 continuation of day 1's Vinnytsia story: keeps the day-1 slug."),
  ]))

SEEDS.append(dict(id="3733", name="3733_rillington-article", ext="html", source="Rillington Journal", zone="Europe/London", render=r_htmlarticle,
  title="Dnipro hit as Vinnytsia buries its dead", published="2022-07-15 16:40", author="Sally Pryor",
  lede="A second city far from the front was struck, a day after 23 people died in Vinnytsia.",
  datetext="Friday 15 July 2022 4.40pm BST",
  fmt="HTML article with 2 h2 sections, NewsArticle JSON-LD", invented=True,
  notes="Invented outlet. HTML article with two h2 sections and a NewsArticle JSON-LD block; one entry per section, stamp null, published = the date line '4.40pm BST' (UTC+1). Byline used as author for both sections. Photo caption is not body. Section 2 continues day 1's Vinnytsia story. " + D2,
  not_entries=["header", "title and standfirst", "byline and date line", "photo caption", "'More on this story' aside", "footer"],
  entries=[
  E("2022-07-15 16:40", "Rockets over Dnipro",
    ["Missiles struck Dnipro, Ukraine's fourth-largest city, on Friday morning, hitting an aerospace factory and a road next to it.",
     "Three people were killed, the regional governor said."],
    "strikes", "strikes", 3, "dnipro-missile-strike-2022-07-15", a="Sally Pryor"),
  E("2022-07-15 16:40", "A day of mourning in Vinnytsia",
    ["Flags flew at half mast in Vinnytsia as the first funerals were held for the victims of Thursday's strike.",
     "Russia's defence ministry said the missiles had targeted a meeting of military officers, a claim Kyiv rejected."],
    "strikes", "strikes", 3, "vinnytsia-missile-strike-2022-07-14", a="Sally Pryor"),
  ]))

# =============================================================== PART B, day 3: 2022-10-11 (UTC)
D3 = "Day 3 (2022-10-11 UTC): 3740, 3741, 3742, 3743."
SEEDS.append(dict(id="3740", name="3740_skipwith-worldrdf", ext="xml", source="Skipwith World Service", zone="UTC", render=r_rdf,
  title="Skipwith World Service: World in brief", link="https://skipwith.example/world",
  fmt="RSS 1.0 (RDF), dc:date in UTC, general world feed (4 of 7 off-beat)", invented=True,
  notes="Invented outlet. GENERAL world-news RSS 1.0 (RDF) feed, newest first, <dc:date> in UTC (Z), entity-escaped HTML descriptions, no authors. War items are a minority: 4 of 7 are off-beat (Champions League football, the Bank of England's bond-market intervention, the IMF's growth forecast, a landslide in Venezuela). Spelling 'Lvov' in item 05. " + D3,
  not_entries=["channel title, link, description, items sequence", "dc:subject labels"],
  entries=[
  OFF("2022-10-11 21:40", "Chelsea win in Milan to go top of their group",
    ["Chelsea beat AC Milan 2-0 at San Siro, with both goals coming in the first half.",
     "Milan played most of the match with ten men."], "chelsea-milan-champions-league", n="football.", cat="Sport"),
  E("2022-10-11 18:10", "G7 leaders vow to stand by Ukraine 'for as long as it takes'",
    ["Leaders of the Group of Seven condemned Russia's missile attacks on Ukrainian cities as a possible war crime after a video call with Volodymyr Zelensky.",
     "They promised to help Ukraine meet its urgent need for air defence."],
    "diplomacy", "diplomacy", 3, "g7-video-call-zelensky-2022-10-11", sec=["aid"], cat="World"),
  OFF("2022-10-11 15:35", "Bank of England widens emergency bond buying",
    ["The Bank of England said it would also buy index-linked government bonds as it tried to calm turmoil in the gilt market before its scheme ends on Friday."],
    "bank-of-england-bond-buying", n="UK finance.", cat="Business"),
  OFF("2022-10-11 13:00", "IMF cuts its forecast for world growth next year",
    ["The International Monetary Fund lowered its forecast for global growth in 2023 to 2.7 percent and warned that a third of the world economy could contract.",
     "It blamed high inflation and the war in Ukraine."],
    "imf-world-growth-forecast-cut", n="economy elsewhere; the war is mentioned only as a cause.", cat="Business"),
  E("2022-10-11 10:20", "Second day of Russian strikes hits power plants in western Ukraine",
    ["Missiles hit energy facilities in Lvov and in the Vinnytsia region on Tuesday morning, a day after the largest wave of Russian strikes since the start of the war.",
     "Ukraine's prime minister Denys Shmyhal said 30 percent of the country's power infrastructure had been damaged since Monday."],
    "strikes", "strikes", 3, "energy-strikes-second-day-2022-10-11", cat="World"),
  OFF("2022-10-11 08:45", "Venezuela landslide death toll climbs to 36",
    ["Rescuers in Venezuela have recovered 36 bodies after a landslide buried homes in the town of Las Tejerias, with dozens more people missing."],
    "venezuela-las-tejerias-landslide", n="natural disaster.", cat="World"),
  E("2022-10-11 06:30", "First German IRIS-T air-defence system reaches Ukraine",
    ["The first of four IRIS-T air-defence systems promised by Germany has arrived in Ukraine, a German government source said."],
    "aid", "aid", 3, "germany-iris-t-arrives-2022-10-11", cat="World"),
  ]))

SEEDS.append(dict(id="3741", name="3741_wharram-textlive", ext="txt", source="Wharram Daily", zone="Europe/London", render=r_wharram,
  title="Ukraine live: power plants hit for second day", dateline="Tuesday 11 October 2022 (all times BST)",
  lede="We are following a second day of Russian missile attacks on Ukraine's energy system.",
  fmt="text live blog, oldest first, '9.15am' stamp line, 'By NAME' under the headline", invented=True,
  notes="Invented outlet. Text live blog, OLDEST FIRST; each post is a stamp line '9.15am' (UK summer time, UTC+1, stated in the date line), headline, 'By NAME' line, body. Entry 04 is a photo teaser without body or byline. Entry 05 re-posts entry 02 nearly verbatim (duplicate_of 3741-02). Entry 07 is an analysis piece (theme, own story). Entry 06 (US air defence promise) must not merge with Germany's IRIS-T delivery. Entry 03 (Nikopol shelling) is a separate attack. " + D3,
  not_entries=["masthead and menu", "title", "date line", "lede", "'By NAME' lines (author)", "'Advertisement'", "closing line and footer"],
  entries=[
  E("2022-10-11 07:50", "Explosions in Lviv as air-raid sirens sound across Ukraine",
    ["Several explosions were heard in Lviv shortly before nine in the morning local time, mayor Andriy Sadovyi said, and parts of the city lost power.",
     "Sirens sounded in almost every region."],
    "strikes", "strikes", 3, "energy-strikes-second-day-2022-10-11", a="Jo Pennick"),
  E("2022-10-11 09:15", "Russia hits energy sites in Lviv, Vinnytsia and Zaporizhzhia",
    ["Russian missiles and drones struck energy infrastructure in at least three regions on Tuesday morning, Ukrainian officials said.",
     "In Zaporizhzhia, a missile hit a residential area, killing one person."],
    "strikes", "strikes", 3, "energy-strikes-second-day-2022-10-11", a="Jo Pennick"),
  E("2022-10-11 10:40", "Nikopol shelled overnight, governor says",
    ["Russian forces fired dozens of artillery shells at Nikopol and nearby villages overnight, damaging homes and a gas pipeline, Dnipropetrovsk governor Valentyn Reznichenko said."],
    "strikes", "strikes", 3, "nikopol-shelling-2022-10-11", a="Sam Ayodele", n="Must-not-merge with the missile strikes on energy sites: artillery on another town."),
  E("2022-10-11 11:30", "Photos: Lviv in the dark", [],
    "strikes", "strikes", 1, "energy-strikes-second-day-2022-10-11", n="Photo teaser without body -> importance 1."),
  E("2022-10-11 12:05", "Russia hits energy sites in Lviv, Vinnytsia and Zaporizhzhia",
    ["Russian missiles and drones struck energy infrastructure in at least three regions on Tuesday morning, Ukrainian officials said.",
     "In Zaporizhzhia, a missile hit a residential building, killing one person."],
    "strikes", "strikes", 1, "energy-strikes-second-day-2022-10-11", a="Jo Pennick", dup="3741-02", n="Near-verbatim repeat of 3741-02 -> importance 1."),
  E("2022-10-11 16:30", "Washington to speed up NASAMS delivery",
    ["The White House said the first two NASAMS air-defence systems promised to Ukraine would be delivered within weeks, after Joe Biden spoke to Volodymyr Zelensky.",
     "Biden promised advanced air defence in their call on Monday."],
    "aid", "aid", 2, "us-nasams-acceleration-2022-10-11", a="Sam Ayodele", n="Must-not-merge with Germany's IRIS-T delivery."),
  E("2022-10-11 19:20", "Analysis: why Moscow is aiming at the power grid",
    ["By hitting power stations rather than military targets, Russia appears to be trying to make the coming winter unbearable for Ukrainian civilians.",
     "The strikes also force Ukraine to spread its scarce air defences across the country."],
    "strikes", "strikes", 2, "analysis-russia-targets-power-grid", a="Sam Ayodele", n="Theme piece (analysis): own story."),
  E("2022-10-11 22:10", "Zelensky to G7: give us an air shield",
    ["Volodymyr Zelensky told G7 leaders that if Ukraine received enough modern air defence, the main element of Russian terror would stop working.",
     "He also asked for help to fund the rebuilding of damaged power plants."],
    "diplomacy", "diplomacy", 3, "g7-video-call-zelensky-2022-10-11", sec=["aid"], a="Jo Pennick",
    n="Zelensky's address during the G7 call is part of that event: same story."),
  ]))

SEEDS.append(dict(id="3742", name="3742_whixley-graphlive", ext="html", source="Whixley Post", zone="Europe/Kyiv", render=r_whixley,
  title="War in Ukraine, day 230: strikes on energy continue", url="https://whixleypost.example/live/2022-10-11",
  dateline="Tuesday, 11 October 2022",
  fmt="HTML live, @graph JSON-LD with @type ['NewsArticle','LiveBlogPosting'], visible bare '14:38' Kyiv time, signature after body", invented=True,
  notes="Invented outlet. HTML live blog, newest first; visible bare 24-hour stamps '14:38' (Kyiv time, EEST = UTC+3; the footer says 'Times are Kyiv time') with <time datetime>; JSON-LD is an @graph whose live node has @type ['NewsArticle','LiveBlogPosting'] and per-update times. Each post ends with the author's name as a signature. Spelling 'Lvov' in entry 06. Entry 01 (UN General Assembly debate) must not merge with the G7 call. " + D3,
  not_entries=["masthead and navigation", "title", "date line", "signature lines (author)", "'Read also' link", "footer"],
  entries=[
  E("2022-10-11 23:30", "UN General Assembly debate on annexations enters second day",
    ["Dozens of countries spoke at the UN General Assembly in New York on a draft resolution condemning Russia's attempted annexation of four Ukrainian regions.",
     "A vote is expected on Wednesday."],
    "diplomacy", "diplomacy", 2, "unga-annexation-debate-2022-10-11", a="Anna Liashko"),
  E("2022-10-11 21:15", "G7: Russia will be held responsible for attacks on civilians",
    ["The G7 said indiscriminate attacks on civilians were war crimes and that President Putin and those responsible would be held to account.",
     "The leaders also pledged to keep up financial support for Ukraine next year."],
    "diplomacy", "diplomacy", 3, "g7-video-call-zelensky-2022-10-11", a="Anna Liashko"),
  E("2022-10-11 18:40", "Zaporizhzhia: one dead, five injured after morning missiles",
    ["One person was killed and five were injured when Russian missiles hit Zaporizhzhia in the morning, the city council said.",
     "An apartment building and a school were damaged."],
    "strikes", "strikes", 3, "energy-strikes-second-day-2022-10-11", a="Marko Bilyk"),
  E("2022-10-11 16:05", "Reznikov confirms arrival of first IRIS-T system",
    ["Defence Minister Oleksii Reznikov thanked Germany for the first IRIS-T system, saying a new era of air defence had begun for Ukraine.",
     "He added that the US-made NASAMS would follow."],
    "aid", "aid", 3, "germany-iris-t-arrives-2022-10-11", a="Marko Bilyk"),
  E("2022-10-11 13:20", "Nikopol hit by 60 shells overnight",
    ["Around 60 shells from Grad rocket launchers and heavy artillery hit Nikopol overnight, the head of the Dnipropetrovsk regional council said.",
     "Nobody was killed."],
    "strikes", "strikes", 3, "nikopol-shelling-2022-10-11", a="Marko Bilyk"),
  E("2022-10-11 10:10", "Lvov and Vinnytsia regions targeted as energy attacks resume",
    ["Russia again aimed missiles at energy facilities on Tuesday morning, with explosions reported in Lviv, Ladyzhyn in the Vinnytsia region and Zaporizhzhia.",
     "Ukrenergo asked people to limit electricity use between 5 and 10 in the evening."],
    "strikes", "strikes", 3, "energy-strikes-second-day-2022-10-11", a="Anna Liashko"),
  ]))

SEEDS.append(dict(id="3743", name="3743_osgodby-article", ext="txt", source="Osgodby Report", zone="Europe/Paris", render=r_txtarticle,
  title="Second wave of strikes plunges western Ukraine into darkness", published="2022-10-11 18:40", author="Claire Duval",
  masthead="OSGODBY REPORT", menu="International | Europe | Economy | Ideas",
  lede="A day after Monday's barrage, Russia struck power plants again as G7 leaders met by video.",
  datetext="11 October 2022 | 18:40 CEST", related="Ukraine's energy system under attack: a timeline",
  footer="Osgodby Report \u2013 all rights reserved",
  fmt="text article, 2 section headings, CEST dateline", invented=True,
  notes="Invented outlet. Single text article with two section headings; one entry per section, stamp null, published = the dateline '11 October 2022 | 18:40 CEST' (Paris, UTC+2). Byline used as author for both sections. " + D3,
  not_entries=["masthead and menu", "title and standfirst", "byline and dateline", "'Share this article'", "'Related:' link", "footer"],
  entries=[
  E("2022-10-11 18:40", "The grid under fire",
    ["Russian missiles and Iranian-made drones hit power stations in Lviv and in the Vinnytsia region on Tuesday, leaving much of western Ukraine without electricity for several hours.",
     "In Zaporizhzhia a missile killed one person."],
    "strikes", "strikes", 3, "energy-strikes-second-day-2022-10-11", a="Claire Duval"),
  E("2022-10-11 18:40", "Leaders on a video call",
    ["The heads of the G7 countries spoke with Volodymyr Zelensky by video and promised to help Ukraine defend its skies.",
     "Their statement called the attacks on civilians war crimes."],
    "diplomacy", "diplomacy", 3, "g7-video-call-zelensky-2022-10-11", a="Claire Duval"),
  ]))

# =============================================================== emit
DAYS = {"day1": ["3720", "3721", "3722", "3723"], "day2": ["3730", "3731", "3732", "3733"], "day3": ["3740", "3741", "3742", "3743"]}
BASIS = {
  "r_oman": "bullet in a key-events article with no per-bullet time: the article's 'Published: {p}' line (Muscat, GST = UTC+4, implied by the outlet) used for every bullet",
  "r_reportaz": "stamp '{s}' (full date, time and printed offset UTC+04:00)",
  "r_capitalfm": "pubDate '{s}' (explicit +0000 offset); Nairobi reading {l}",
  "r_adaderana": "stamp '{s}' (full date and 12 h time); Colombo time UTC+5:30 implied by the outlet",
  "r_iranintl": "stamp '{s}' read month first (US order: 12 October, confirmed by the JSON-LD datePublished); London time, BST = UTC+1, implied by the outlet",
  "r_jakartaglobe": "stamp '{s}' (full date and 12 h time); Jakarta time, WIB = UTC+7, implied by the outlet",
  "r_odt": "relative stamp '{s}' resolved against the printed 'Updated 11.40pm Friday, 4 November 2022' (NZDT, UTC+13)",
  "r_wfp": "<published> '{s}' (explicit -06:00 offset, CST)",
  "r_thejournal": "stamp '{s}' on the page's date {d} (byline date line); Irish time, GMT = UTC in December; <time datetime> agrees",
  "r_croatiaweek": "stamp '{s}' (author name fused to the full date and 24 h time); Zagreb time, CET = UTC+1, implied by the outlet",
  "r_polstead": "stamp '{s}' on the page's date {d}; BST = UTC+1 (date line)",
  "r_rss_gmt": "pubDate '{s}' (GMT = UTC)",
  "r_quarndon": "stamp '{s}' on the page's date {d}; Kyiv EEST = UTC+3 (date line); <time datetime> and JSON-LD agree",
  "r_txtarticle": "no per-section time; the article dateline ({d}, {z}) used for every section",
  "r_tarporley": "relative stamp '{s}' resolved against the printed 'Last updated: 15 July 2022, 21:15 BST' (UTC+1)",
  "r_atom_z": "<published> '{s}' (Z = UTC)",
  "r_nafferton": "stamp '{s}' under the date line Friday, July 15, 2022; GMT = UTC",
  "r_htmlarticle": "no per-section time; the article date line ({d}, BST = UTC+1) used for every section; JSON-LD datePublished agrees",
  "r_rdf": "<dc:date> '{s}' (Z = UTC)",
  "r_wharram": "stamp '{s}' on the page's date {d}; BST = UTC+1 (date line)",
  "r_whixley": "stamp '{s}' on the page's date {d}; Kyiv EEST = UTC+3 (footer note); <time datetime> and JSON-LD agree",
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
            pub_line = f"{MONTHS[d.month-1][:3]} {d.day:02d}, {d.year} | {ampm(d, 'PM2')}"
            g = {"id": f"{S['id']}-{i+1:02d}", "headline": e["h"], "stamp": stamps[i],
                 "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                 "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                 "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), z=S["zone"], p=pub_line, l=d.strftime("%Y-%m-%d %H:%M EAT")),
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

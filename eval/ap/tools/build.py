#!/usr/bin/env python3
"""Builds eval/ap seeds and gold files from one hand-written data table (below).
All news text is invented or paraphrased by the blind tester; Part B outlets are invented. Deterministic.
Run from the project root: python3 eval/ap/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SV_DAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
SV_MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None):
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par)
    return par[:m.end()] if m else par


def esc(s):
    return html.escape(s, quote=False)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space="", dots=False):
    hh = d.hour % 12 or 12
    suf = ("a.m." if d.hour < 12 else "p.m.") if dots else ("am" if d.hour < 12 else "pm")
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def longdate(d):
    return f"{DAYS_EN[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}"


# ============================================================ Part A renderers (layout only, no real wording)

def r_dailyft(S):  # Daily FT (Sri Lanka) World section listing, HTML; "Friday, 1 April 2022 08:35" date lines, no zone printed
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>',
           '<header class="top"><div class="logo"><a href="/">Daily FT</a></div><div class="dateline">' + esc(S["clock"]) + '</div>',
           '<nav><ul><li><a href="/front-page">Front Page</a></li><li><a href="/news">News</a></li><li><a href="/business">Business</a></li>'
           '<li><a href="/columnists">Columnists</a></li><li><a href="/world">World</a></li><li><a href="/sports">Sports</a></li><li><a href="/epaper">ePaper</a></li></ul></nav></header>',
           '<div class="container"><div class="col-md-8">', f'<h1 class="section">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = longdate(d) + f" {d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="news-row"><h3><a href="/world/{i + 731010}">{esc(e["h"])}</a></h3>')
        out.append(f'<p class="date">{st} -  &nbsp; - <span class="hits">{{{{hitsCtrl.values.hits}}}}</span></p>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append(f'<a class="more" href="/world/{i + 731010}">Read More</a></div>')
        if i == 2:
            out.append('<div class="ad">Advertisement</div>')
    out += ['</div><aside class="col-md-4"><h4>Most Viewed</h4><ul><li><a href="/news/1">Fuel queues stretch for kilometres in Colombo</a></li>'
            '<li><a href="/news/2">CSE ends week lower</a></li></ul><div class="subscribe">Subscribe to our Newsletter <input placeholder="Email"> Subscribe</div></aside></div>',
            '<footer>Copyright © 2022 Wijeya Newspapers Ltd. All rights reserved. | <a href="/privacy">Privacy</a> | <a href="/contact">Contact Us</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_nyasa(S):  # Nyasa Times tag page, text scrape; author glued to "June 3, 2022 2:25 pm"; comments count, Read more, share labels
    z = S["zone"]
    L = ["Skip to content", "Nyasa Times", "Malawi breaking news online", "", S["clock"], "",
         "Home  News  Politics  Business  Sports  Entertainment  Opinion  Columns  Africa  World", "",
         "This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. Accept Read More", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{e['a']}{MONTHS[d.month - 1]} {d.day}, {d.year} {ampm(d, space=' ')}"; stamps.append(st)
        L += [e["h"], "", st, f"{(i * 3) % 5} Comments", ""] + ptxt(e["p"]) + ["Read more", "Share this: Facebook WhatsApp Twitter Email", ""]
    L += ["Older posts", "", "Follow us on Facebook", "Advertisement", "", "Copyright © 2022 Nyasa Times. All rights reserved.", "Back to top"]
    return "\n".join(L) + "\n", stamps


def r_newera(S):  # New Era (Namibia) WordPress RSS 2.0: pubDate +0000, dc:creator, description excerpt + content:encoded CDATA
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<atom:link href="https://neweralive.na/category/international/feed/" rel="self" type="application/rss+xml" />',
           '<link>https://neweralive.na</link>', '<description>Truly Namibian</description>',
           f'<lastBuildDate>{S["build"]}</lastBuildDate>', '<language>en-US</language>', '<generator>https://wordpress.org/?v=5.9.3</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], z).astimezone(UTC); st = u.strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        excerpt = (e["p"][0][:140].rsplit(" ", 1)[0] + " […]") if e["p"] else ""
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://neweralive.na/posts/{i + 4410}</link>",
                f"<dc:creator><![CDATA[{e['a']}]]></dc:creator>" if e["a"] else "<dc:creator><![CDATA[New Era Reporter]]></dc:creator>",
                f"<pubDate>{st}</pubDate>", f"<category><![CDATA[{e.get('cat', 'International')}]]></category>",
                f'<guid isPermaLink="false">https://neweralive.na/?p={i + 98121}</guid>',
                f"<description><![CDATA[{excerpt}]]></description>",
                "<content:encoded><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></content:encoded>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_mmegi(S):  # Mmegi (Botswana) World page scrape; relative stamps against the printed "Updated" line
    z = S["zone"]; ref = dt(S["ref"], z)
    L = ["Mmegi Online", "Botswana's independent daily", "", "News  Business  Sport  Arts & Culture  Opinion  World  Classifieds  E-Paper", "",
         "Login | Subscribe", "", S["title"], f"Updated {ref.day} {MONTHS[ref.month - 1]} {ref.year}, {ref:%H:%M}", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        st = f"{mins} minutes ago" if mins < 60 else (f"{mins // 60} hours ago" if mins // 60 > 1 else "1 hour ago")
        assert mins < 60 or mins % 60 == 0, e["t"]
        stamps.append(st)
        L += [e["h"], f"{e['a'] or 'Staff Writer'} | {st}", ""] + ptxt(e["p"]) + ["Read more", ""]
        if i == 3:
            L += ["ADVERTISEMENT", ""]
    L += ["Load more", "", "Mmegi Publishing House, Gaborone | Terms | Privacy", "© 2022 Dikgang Publishing Company"]
    return "\n".join(L) + "\n", stamps


def r_civilnet(S):  # CivilNet round-up article, HTML, JSON-LD NewsArticle with entities; bullets under h2 sections, NO headlines, no per-bullet time
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title_ld"], "datePublished": d0.isoformat(),
          "dateModified": d0.isoformat(), "author": {"@type": "Person", "name": S["byline"]},
          "publisher": {"@type": "Organization", "name": "CivilNet"}, "description": S["lede_ld"]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} - CivilNet</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body class="single-post">',
           '<header id="masthead"><a class="logo" href="/">CivilNet</a><nav><a href="/news">News</a> <a href="/politics">Politics</a> '
           '<a href="/region">Region</a> <a href="/video">Video</a> <a href="/hy">Հայերեն</a> <a href="/ru">Русский</a></nav>'
           '<button class="donate">Support CivilNet</button></header>',
           '<article><h1 class="entry-title">' + esc(S["title"]) + '</h1>',
           f'<div class="meta"><span class="author">{esc(S["byline"])}</span> <span class="date">{d0:%d.%m.%Y}, {d0:%H:%M}</span></div>',
           '<div class="share">Share: <a>Facebook</a> <a>Twitter</a> <a>Telegram</a></div>', f'<p class="lede"><em>{esc(S["lede"])}</em></p>']
    stamps = []; cur = None
    for e in S["entries"]:
        if e.get("sect") != cur:
            if cur is not None:
                out.append("</ul>")
            cur = e["sect"]; out.append(f"<h2>{esc(cur)}</h2><ul>")
        out.append("<li>" + " ".join(esc(p) for p in e["p"]) + "</li>")
        stamps.append(None)
    out += ["</ul>", '<div class="newsletter">Get CivilNet\u2019s weekly newsletter <input type="email"> Sign up</div>',
            '<section class="related"><h3>Related</h3><a href="/x1">Explainer: the Lachin corridor</a> <a href="/x2">Armenia\u2019s trade with Russia grows</a></section>',
            "</article>", "<footer>© CivilNet 2022. All rights reserved.</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_tasr(S):  # TASR English RSS 1.0 (RDF) with dc:date offsets; plain descriptions, one with &quot; entities
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
           '<channel rdf:about="https://www.tasr.sk/rss/en">', f"<title>{esc(S['title'])}</title>", "<link>https://www.tasr.sk/en</link>",
           "<description>News Agency of the Slovak Republic - English service</description>", "<items><rdf:Seq>"]
    out += [f'<rdf:li rdf:resource="https://www.tasr.sk/en/{i + 2900}" />' for i in range(len(S["entries"]))]
    out += ["</rdf:Seq></items>", "</channel>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        out += [f'<item rdf:about="https://www.tasr.sk/en/{i + 2900}">', f"<title>{esc(e['h'])}</title>", f"<link>https://www.tasr.sk/en/{i + 2900}</link>",
                "<description>" + esc("\n\n".join(e["p"])).replace('"', "&quot;") + "</description>", f"<dc:date>{st}</dc:date>",
                f"<dc:creator>{esc(e['a'])}</dc:creator>" if e["a"] else "", "<dc:subject>Foreign</dc:subject>", "</item>"]
    out.append("</rdf:RDF>")
    return "\n".join(l for l in out if l) + "\n", stamps


def r_sr(S):  # Sveriges Radio (Radio Sweden, English) scrape; Swedish chrome: "Publicerat fredag 16 september 2022 kl 14.38"
    z = S["zone"]
    L = ["Hoppa till huvudinnehåll", "Sveriges Radio", "Kanaler  Program  Nyheter  Sport  Logga in", "Sök", "",
         "Vi använder kakor (cookies) för att ge dig en bättre upplevelse. Godkänn alla kakor  Inställningar", "",
         "Radio Sweden", "News in English", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"Publicerat {SV_DAYS[d.weekday()]} {d.day} {SV_MONTHS[d.month - 1]} {d.year} kl {d:%H.%M}"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"])
        if e["a"]:
            L += [e["a"], ""]
        L += ["Dela", "Lyssna", ""]
    L += ["Visa fler", "", "Radio Sweden on Facebook", "Sveriges Radio · Om webbplatsen · Kontakt · Cookies"]
    return "\n".join(L) + "\n", stamps


def r_military(S):  # Military Times live updates, HTML; "8:35 a.m." stamps before each h3, date line above timeline; JSON-LD LiveBlogPosting with entities
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "headline": e["h"].replace("'", "&#x27;").replace("&", "&amp;") if "'" in e["h"] else e["h"],
                    "datePublished": d.isoformat(), "articleBody": " ".join(e["p"]).replace("'", "&#x27;")})
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"].replace("'", "&#x27;"),
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "author": [{"@type": "Person", "name": S["byline"]}], "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header class="site-header"><a href="/" class="brand">Military Times</a><nav><a href="/news/">News</a> <a href="/flashpoints/">Flashpoints</a> '
           '<a href="/pay-benefits/">Pay &amp; Benefits</a> <a href="/veterans/">Veterans</a> <a href="/opinion/">Opinion</a></nav>'
           '<a class="sub" href="/subscribe">Subscribe</a></header>',
           '<main><p class="kicker">Flashpoints</p>', f'<h1>{esc(S["title"])}</h1>',
           f'<div class="byline">By {esc(S["byline"])}</div><div class="updated">{esc(S["updated"])}</div>',
           '<div class="share"><a>Share on Facebook</a> <a>Share on Twitter</a> <a>Email</a></div>',
           f'<p class="dateline-day"><strong>{esc(S["dayline"])}</strong></p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, space=" ", dots=True); stamps.append(st)
        out.append(f'<div class="timeline-item"><p class="ts"><b>{st}</b></p><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
        if i == 3:
            out.append('<aside class="newsletter"><p>Get the Military Times Daily News Roundup</p><input type="email" placeholder="Email"> <button>Sign up</button></aside>')
    out += ['</main><aside class="related"><h4>Read more</h4><a href="/r1">How the Army trains Ukrainian artillery crews</a></aside>',
            '<footer>© 2022 Sightline Media Group · Terms of Use · Privacy Policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_canberra(S):  # Canberra Times live coverage, HTML; newest first; date headers without year; "2.35pm" stamps; Key Points box; per-post authors
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en-AU"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | The Canberra Times | Canberra, ACT</title></head><body>',
           '<header><a href="/" class="masthead">The Canberra Times</a><nav><a>News</a> <a>Politics</a> <a>Sport</a> <a>Opinion</a> <a>Today\'s Paper</a></nav>'
           '<a class="btn">Subscribe</a> <a class="btn">Log in</a></header>', f'<main><h1>{esc(S["title"])}</h1>',
           f'<p class="times">{esc(S["updated"])}</p>', '<div class="key-points"><h2>Key Points</h2><ul>']
    out += [f"<li>{esc(e['h'])}</li>" for e in S["entries"] if e["kp"]]
    out.append("</ul></div>")
    stamps = []; cur = None
    order = sorted(range(len(S["entries"])), key=lambda i: S["entries"][i]["t"], reverse=True)
    assert order == list(range(len(S["entries"]))), "Canberra entries must be listed newest first"
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); day = f"{DAYS_EN[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"
        if day != cur:
            cur = day; out.append(f'<h3 class="day">{day}</h3>')
        st = ampm(d, sep="."); stamps.append(st)
        out.append(f'<div class="post"><span class="time">{st}</span><h4>{esc(e["h"])}</h4>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="author">{esc(e["a"])}</p>')
        out.append("</div>")
        if i == 4:
            out.append('<div class="newsletter">Get the latest Canberra news in your inbox. <a>Sign up now</a></div>')
    out += ['</main><footer>Australian Community Media · Conditions of Use · Privacy Policy · Advertise</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_spinoff(S):  # The Spinoff live updates, text scrape; no year; "7.45am" time line BEFORE headline; one page byline
    z = S["zone"]
    L = ["The Spinoff", "Menu  Search  Members", "", "POLITICS", "", S["title"], "", S["byline"], "", S["lede"], "",
         "Share Story", "Facebook  Twitter  Email", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Keep going!", "Subscribe to The Bulletin to get all the day's key news stories in five minutes \u2013 delivered every weekday at 7.30am.", ""]
    L += ["Become a member", "The Spinoff \u00b7 About \u00b7 Contact \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


# ============================================================ Part B renderers (invented outlets)

def r_ormsgill(S):  # text live, newest first, "09:10 BST" line, Key Points block, "Reporting by" line after body
    z = S["zone"]
    L = ["ORMSGILL TIMES", "Home | World | Politics | Money | Sport | Weather", "", S["title"], S["dateline"], "",
         "Key Points"] + ["- " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest updates", ""]
    stamps = []
    for i, e in reversed(list(enumerate(S["entries"]))):
        d = dt(e["t"], z); st = f"{d:%H:%M} BST"; stamps.append((i, st))
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Reporting by {e['a']}", ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Load earlier updates", "", "Ormsgill Times · Terms · Privacy · Cookie settings"]
    return "\n".join(L) + "\n", [s for _, s in sorted(stamps)]


def r_pellow(S):  # HTML live, LiveBlogPosting JSON-LD (per-update times), <time datetime> HH:MM, byline BEFORE headline, newest first
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#p{i + 1}", "headline": e["h"], "datePublished": d.isoformat(), "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": list(reversed(ups))}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} — {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<header><b>{S["source"]}</b> <nav><a href="/">Home</a> <a href="/ukraine">Ukraine</a> <a href="/world">World</a> <a href="/donate">Donate</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="standfirst">{esc(S["lede"])}</p>', f'<p class="note">{esc(S["tznote"])}</p>']
    stamps = [None] * len(S["entries"])
    for i in reversed(range(len(S["entries"]))):
        e = S["entries"][i]; d = dt(e["t"], z); stamps[i] = f"{d:%H:%M}"
        out.append(f'<article class="post" id="p{i + 1}"><div class="meta">' + (f'<span class="by">{esc(e["a"])}</span> ' if e["a"] else "")
                   + f'<time datetime="{d.isoformat()}">{stamps[i]}</time></div><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<div class="share">Share <a>Copy link</a></div></article>')
    out += ["</main>", f"<footer>{S['source']} · About us · Corrections · Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss(S):  # RSS 2.0 world feed; pubDate with the outlet's offset (S['rfc']: 'GMT' or '+0800'), CDATA paragraphs, no authors
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0"><channel>', f"<title>{esc(S['title'])}</title>",
           f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if S["rfc"] == "GMT" else d.strftime("%z")); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/story/{i + 51}</link>", f"<guid>{S['url']}/story/{i + 51}</guid>",
                f"<pubDate>{st}</pubDate>", f"<category>{e.get('cat', 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel></rss>"]
    return "\n".join(out) + "\n", stamps


def r_atom(S):  # Atom 1.0; <published> with the outlet's offset; html content escaped; author per entry
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           f'<link href="{S["url"]}"/>', f"<id>{S['url']}/feed</id>", f"<updated>{dt(S['entries'][-1]['t'], z).isoformat()}</updated>"]
    stamps = [None] * len(S["entries"])
    for i in reversed(range(len(S["entries"]))):  # feeds list newest first
        e = S["entries"][i]; d = dt(e["t"], z)
        st = d.isoformat().replace("+00:00", "Z"); stamps[i] = st
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="{S["url"]}/a/{i + 301}"/>', f"<id>{S['url']}/a/{i + 301}</id>",
                f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        if e["p"]:
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_textarticle(S):  # text article: title, byline, dateline with time and zone, section headings; one entry per section; stamp null
    L = [S["source"].upper(), "World › Europe", "", S["title"], "", f"By {S['byline']}", S["dateline"], "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Share this article", "More on this story: " + S["more"], "", f"© 2022 {S['source']}"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_rosebush(S):  # HTML live without JSON-LD; "14:38 BST" in a span above h2; byline below h2; newest first
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Rosebush Live</title></head><body>",
           '<div id="cookie">We use cookies. <button>Accept</button> <button>Manage</button></div>',
           '<header>Rosebush Live <nav><a>News</a> <a>Ukraine</a> <a>Politics</a> <a>Video</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="date">{esc(S["dateline"])} &middot; Last updated {dt(S["entries"][-1]["t"], z):%H:%M} BST</p>',
           f'<p class="summary">{esc(S["lede"])}</p>']
    stamps = [None] * len(S["entries"])
    for i in reversed(range(len(S["entries"]))):
        e = S["entries"][i]; d = dt(e["t"], z); stamps[i] = f"{d:%H:%M} BST"
        out.append(f'<section class="entry"><span class="stamp">{stamps[i]}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">{esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</section>")
        if i == 3:
            out.append('<aside><h3>Related</h3><a href="/r">Who is Jens Stoltenberg?</a></aside>')
    out += ["</main><footer>Rosebush Live © 2022</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_quoditch(S):  # text live, newest first; headline, then "Updated 14:38 CEST by NAME" AFTER the headline
    z = S["zone"]
    L = ["Quoditch Bulletin", "Europe edition", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = [None] * len(S["entries"])
    for i in reversed(range(len(S["entries"]))):
        e = S["entries"][i]; d = dt(e["t"], z); stamps[i] = f"Updated {d:%H:%M} CEST" + (f" by {e['a']}" if e["a"] else "")
        L += [e["h"], stamps[i], ""] + ptxt(e["p"])
    L += ["Previous day's coverage", "Quoditch Bulletin · Imprint · Privacy"]
    return "\n".join(L) + "\n", stamps


def r_ravenseat(S):  # text live, oldest first; date line without year; bare "09:05" line BEFORE headline; "Author:" line after body
    z = S["zone"]
    L = ["RAVENSEAT REPORT", "Live  |  Ukraine  |  Analysis  |  Podcasts", "", S["title"], S["dateline"], "All times are Kyiv time", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Author: {e['a']}", ""]
        if i == 2:
            L += ["Support independent reporting - become a member", ""]
    L += ["End of today's updates", "Ravenseat Report · Contact · Privacy"]
    return "\n".join(L) + "\n", stamps


def r_tidmarsh(S):  # HTML live; JSON-LD @graph with @type array, no per-update list; visible "9.20am" in <time datetime>; newest first
    z = S["zone"]
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": "https://tidmarsh.example/#org", "name": "Tidmarsh Live"},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@id": "https://tidmarsh.example/#org"}}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header>Tidmarsh Live <nav><a>UK</a> <a>World</a> <a>Ukraine war</a> <a>Newsletters</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="date">{esc(S["dateline"])}</p>']
    stamps = [None] * len(S["entries"])
    for i in reversed(range(len(S["entries"]))):
        e = S["entries"][i]; d = dt(e["t"], z); stamps[i] = ampm(d, sep=".")
        out.append(f'<div class="block"><time datetime="{d.isoformat()}">{stamps[i]}</time><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">{esc(e["a"])}</p>')
        out.append("</div>")
    out += ['<div class="promo">Sign up to the Tidmarsh morning briefing</div></main><footer>Tidmarsh Live · Privacy · Terms</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ============================================================ PART A: single pages (layouts of real outlets, own words)
SEEDS = []

SEEDS.append(dict(id="4300", name="4300_dailyft-world", ext="html", source="Daily FT", zone="Asia/Colombo", render=r_dailyft,
  title="World", clock="Saturday, 2 April 2022",
  notes="Imitates the Daily FT (Sri Lanka) World section listing page. Newest first. Each item: h3 headline link, a date line 'Friday, 1 April 2022 21:50 -  - {{hitsCtrl.values.hits}}' (an unrendered Angular hit counter), one or two paragraphs, 'Read More'. No zone printed: Sri Lanka time (UTC+05:30, half-hour offset) implied by the outlet. The header clock says Saturday, 2 April 2022 (the fetch day), not the items' day. No bylines: author null.",
  not_entries=["header logo and the clock line 'Saturday, 2 April 2022' (fetch day, not the items' day)", "navigation menu", "section heading 'World' (page title)",
               "'Read More' link under every item", "the hit-counter placeholder '{{hitsCtrl.values.hits}}'", "'Advertisement'", "aside 'Most Viewed' with two local links",
               "newsletter box", "footer copyright line"],
  entries=[
  E("2022-04-01 21:50", "Russia accuses Ukrainian helicopters of striking Belgorod fuel depot",
    ["Two Ukrainian military helicopters flew low across the border early on Friday and fired on an oil storage site in the Russian city of Belgorod, the regional governor said.",
     "Kyiv neither confirmed nor denied the raid, and a senior Ukrainian security official suggested Russia was blaming Ukraine for its own accident.",
     "Two workers were reported injured and the fire took several hours to bring under control."],
    "strikes", "strikes", 3, "belgorod-fuel-depot-strike-2022-04-01"),
  E("2022-04-01 19:05", "Red Cross convoy turns back before reaching Mariupol",
    ["A Red Cross team heading to Mariupol to lead a convoy of civilians out of the besieged port had to return to Zaporizhzhia after conditions made it impossible to go on, the organisation said.",
     "It said it would try again on Saturday."],
    "other", "humanitarian", 2, "icrc-mariupol-evacuation-attempt-2022-04-01"),
  E("2022-04-01 16:40", "Negotiators resume talks by video link",
    ["Russian and Ukrainian delegations went back to talking by video on Friday, days after an in-person round in Istanbul, with Kyiv's side saying positions on Crimea and the Donbas were still far apart."],
    "diplomacy", "diplomacy", 3, "russia-ukraine-talks-video-2022-04-01"),
  E("2022-04-01 13:20", "Gas-for-roubles rule comes into force",
    ["Foreign buyers of Russian gas must open rouble accounts at Gazprombank from Friday or risk having supplies halted, under a decree signed by President Vladimir Putin.",
     "Germany and France said they would keep paying in euros or dollars as written in their contracts."],
    "diplomacy", "diplomacy", 2, "russia-gas-roubles-decree", n="Counter-sanctions payment rule -> diplomacy (sanctions)."),
  E("2022-04-01 11:10", "Sri Lanka extends visas for Ukrainian and Russian tourists",
    ["Tourists from Ukraine and Russia who cannot fly home because of the war may stay in Sri Lanka for another two months free of charge, the Department of Immigration and Emigration said.",
     "Close to 7,000 visitors from the two countries were on the island when flights were disrupted in late February, according to tourism officials."],
    "other", "humanitarian", 2, "sri-lanka-visa-extension-war-tourists"),
  OFF("2022-04-01 08:30", "Pakistan PM Khan calls on supporters to rally ahead of vote",
      ["Pakistan's Prime Minister Imran Khan urged his supporters to take to the streets on Sunday, when parliament is due to vote on a motion to remove him."],
      "pakistan-no-confidence-vote", n="Pakistani domestic politics."),
  E("2022-04-01 06:15", "Russian troops pull back from Chernobyl site, Ukraine says",
    ["Russian forces have left the Chernobyl nuclear power plant, which they seized in the first days of the invasion, Ukraine's state nuclear company Energoatom said.",
     "It said soldiers had dug trenches in the contaminated Red Forest and may have absorbed significant doses of radiation."],
    "other", "frontline", 2, "russian-withdrawal-chernobyl"),
  ]))

SEEDS.append(dict(id="4301", name="4301_nyasatimes-tag", ext="txt", source="Nyasa Times", zone="Africa/Blantyre", render=r_nyasa,
  title="Russia-Ukraine war Archives", clock="Friday, June 3, 2022",
  notes="Imitates a Nyasa Times (Malawi) tag page, copied as plain text. Newest first. Each post: headline, a byline line with the author glued to the date ('Nyasa Times ReporterJune 3, 2022 9:40 pm', no space), a comment count, the excerpt paragraphs, 'Read more' and share labels. No zone printed: Malawi time (CAT, UTC+2) implied. The stamp is the whole glued line; author is the name part.",
  not_entries=["'Skip to content'", "site name and tagline", "clock line 'Friday, June 3, 2022'", "menu line", "cookie notice", "tag title 'Russia-Ukraine war Archives'",
               "'N Comments' lines", "'Read more' and 'Share this: ...' after every post", "'Older posts', 'Follow us on Facebook', 'Advertisement', copyright and 'Back to top'"],
  entries=[
  E("2022-06-03 21:40", "EU formally adopts sixth sanctions package with partial oil ban",
    ["The European Union on Friday formally adopted its sixth round of sanctions against Russia, which will phase out most seaborne oil imports by the end of the year.",
     "The package also cuts Sberbank off from the SWIFT payment network and bans three more Russian state broadcasters."],
    "diplomacy", "diplomacy", 3, "eu-sixth-sanctions-package", a="Nyasa Times Reporter"),
  E("2022-06-03 18:15", "AU chair Sall presses Putin on grain and fertiliser",
    ["Senegal's President Macky Sall, who chairs the African Union, met Vladimir Putin in the Black Sea resort of Sochi on Friday and asked him to help free up Ukrainian grain and Russian fertiliser for African countries.",
     "Sall said Africa had become a victim of a conflict far from its shores, which had pushed food prices sharply higher across the continent.",
     "Putin told him Russia was ready to let grain shipments through, but blamed Western sanctions for the shortages."],
    "diplomacy", "diplomacy", 3, "sall-putin-sochi-meeting", a="Mphatso Kaluwa"),
  E("2022-06-03 15:30", "Fertiliser prices could derail next planting season, farmers warn",
    ["Farmer groups in Malawi say a 50 kg bag of fertiliser now costs more than twice what it did a year ago, and they blame the disruption caused by the war in Ukraine.",
     "They asked government to widen the affordable inputs programme before the rains."],
    "other", "humanitarian", 2, "malawi-fertiliser-prices-war", a="Mphatso Kaluwa", n="Economic knock-on of the war in Malawi; not off-beat."),
  E("2022-06-03 13:05", "War reaches 100 days with fighting centred on Sievierodonetsk",
    ["Russian and Ukrainian troops were fighting street by street in Sievierodonetsk on the 100th day of the war, the Luhansk regional governor said.",
     "President Volodymyr Zelensky said Russian forces now held about a fifth of Ukraine's territory."],
    "other", "frontline", 2, "sievierodonetsk-fighting-2022-06-03", a="Nyasa Times Reporter"),
  OFF("2022-06-03 10:20", "Flames name squad for Ethiopia qualifier",
      ["Malawi's national football team coach has named a 23-man squad for the Africa Cup of Nations qualifier against Ethiopia next week."],
      "malawi-flames-afcon-squad", a="Sports Correspondent", n="Malawi football."),
  E("2022-06-03 08:45", "Students back from Ukraine plead for places in local universities",
    ["Malawian students who fled Ukraine in March have asked the Ministry of Education to help them continue their courses at home.",
     "About 40 of them said they had lost a semester and could not afford to transfer to universities abroad."],
    "other", "humanitarian", 2, "malawian-students-from-ukraine", a="Chikondi Nyirongo"),
  ]))

SEEDS.append(dict(id="4302", name="4302_newera-feed", ext="xml", source="New Era", zone="Africa/Windhoek", render=r_newera,
  title="International Archives - New Era", build="Wed, 27 Apr 2022 06:02:11 +0000",
  notes="Imitates the New Era (Namibia) WordPress category feed (RSS 2.0). pubDates are in +0000 (UTC); page_timezone is Namibia's (CAT, UTC+2) for published_local. Each item has a dc:creator in CDATA, a truncated description ending in ' […]' and the full text in content:encoded (CDATA HTML); body counts the content:encoded paragraphs. lastBuildDate is the next day. One sport item is off-beat.",
  not_entries=["channel title/description/generator/lastBuildDate", "the truncated <description> excerpts (duplicate the first paragraph; not separate entries)", "<category> and <guid> values"],
  entries=[
  E("2022-04-26 20:30", "Guterres meets Putin after talks with Lavrov",
    ["UN Secretary-General António Guterres met President Vladimir Putin in the Kremlin on Tuesday and pressed for safe passage for civilians trapped at the Azovstal steelworks in Mariupol.",
     "Earlier in the day Foreign Minister Sergei Lavrov told him Moscow still hoped for a negotiated outcome, although talks with Kyiv had stalled."],
    "diplomacy", "diplomacy", 3, "guterres-moscow-visit-2022-04-26", a="Agencies"),
  E("2022-04-26 17:10", "Allies meet at Ramstein to coordinate arms for Ukraine",
    ["Defence officials from about 40 countries gathered at the US air base in Ramstein, Germany, to coordinate weapons deliveries to Ukraine.",
     "Germany said at the meeting that it would allow Gepard anti-aircraft tanks to be delivered from industry stocks, dropping its earlier caution."],
    "aid", "aid", 3, "ramstein-meeting-2022-04-26", a="Agencies"),
  dict(E("2022-04-26 14:45", "Fuel prices up again from May as war keeps oil high",
    ["Motorists will pay more at the pump from next week after the Ministry of Mines and Energy announced an increase of N$1.88 per litre for petrol.",
     "The ministry said the war in Ukraine had kept world oil prices high and drained the National Energy Fund's ability to cushion consumers."],
    "other", "politics", 2, "namibia-fuel-price-increase-may-2022", a="Staff Reporter", n="Domestic economic effect of the war; not off-beat."), cat="National"),
  E("2022-04-26 12:20", "Blasts in Transnistria raise fears of spillover",
    ["Two radio masts that relayed Russian programmes were knocked out by explosions in Moldova's breakaway Transnistria region on Tuesday morning, a day after the local security ministry building was attacked.",
     "Moldova's President Maia Sandu called an emergency meeting of the country's security council."],
    "other", "security", 2, "transnistria-explosions-2022-04", a="Agencies"),
  E("2022-04-26 09:40", "Russia strikes railway stations in central and western Ukraine",
    ["Russian missiles hit five railway stations in central and western Ukraine within about an hour on Monday, the head of Ukrainian Railways said, killing at least one person.",
     "The strikes came hours after US Secretary of State Antony Blinken and Defence Secretary Lloyd Austin left Kyiv by train."],
    "strikes", "strikes", 3, "russian-strikes-rail-stations-2022-04-25", a="Agencies"),
  dict(OFF("2022-04-26 07:15", "Brave Gladiators to host Zambia in friendly",
      ["Namibia's women's football team will play Zambia in an international friendly in Windhoek next month, the Namibia Football Association said."],
      "namibia-women-football-friendly", a="Sports Reporter", n="Namibian football."), cat="Sport"),
  ]))

SEEDS.append(dict(id="4303", name="4303_mmegi-world", ext="txt", source="Mmegi", zone="Africa/Gaborone", render=r_mmegi,
  title="World", ref="2022-04-13 21:10",
  notes="Imitates the Mmegi (Botswana) World page, copied as plain text. Newest first. Each item: headline, then 'AUTHOR | N hours ago' (agency credits AFP/Reuters used as author), paragraphs, 'Read more'. Relative stamps are resolved against the page's printed 'Updated 13 April 2022, 21:10' (Botswana time, CAT = UTC+2).",
  not_entries=["site name and tagline", "menu line", "'Login | Subscribe'", "section title 'World'", "'Updated 13 April 2022, 21:10' line (page anchor for the relative stamps)",
               "'Read more' after each item", "'ADVERTISEMENT'", "'Load more'", "footer lines"],
  entries=[
  E("2022-04-13 20:25", "Four EU presidents travel to Kyiv to show support",
    ["The presidents of Poland, Lithuania, Latvia and Estonia arrived in Kyiv on Wednesday to meet Volodymyr Zelensky, after stopping in the devastated town of Borodyanka.",
     "Poland's Andrzej Duda said what he had seen there could not be called war, only terror."],
    "diplomacy", "diplomacy", 3, "baltic-polish-presidents-kyiv-visit", a="AFP"),
  E("2022-04-13 19:10", "Washington readies $800 million weapons package",
    ["The United States will send Ukraine artillery, armoured personnel carriers and helicopters in a new 800 million dollar package, President Joe Biden said after a call with Zelensky.",
     "It is the first time howitzers have been included in American military aid to Kyiv."],
    "aid", "aid", 3, "us-800m-package-2022-04-13", a="Reuters"),
  E("2022-04-13 17:10", "Russia says over 1,000 marines laid down arms in Mariupol",
    ["Russia's defence ministry said 1,026 Ukrainian marines had surrendered at a metals plant in Mariupol, a claim that could not be verified.",
     "Ukraine's defence ministry said it had no information about any such surrender."],
    "other", "frontline", 2, "mariupol-marines-surrender-claim", a="AFP"),
  E("2022-04-13 15:10", "Batswana students evacuated from Ukraine resume studies online",
    ["Students from Botswana who left Ukrainian universities in March have started attending classes online, the Ministry of Tertiary Education said.",
     "Some 38 students were brought home through Poland and Romania."],
    "other", "humanitarian", 2, "botswana-students-ukraine-online", a="Tshepo Kgositau"),
  E("2022-04-13 12:10", "Biden stands by calling Russian actions genocide",
    ["President Joe Biden said it was becoming clearer every day that Vladimir Putin wanted to wipe out the very idea of being Ukrainian, standing by his use of the word genocide.",
     "France's Emmanuel Macron said he would avoid the term, warning against an escalation of words."],
    "diplomacy", "diplomacy", 2, "biden-genocide-remark", a="AFP"),
  OFF("2022-04-13 08:10", "Zebras coach calls up four new faces",
      ["The Botswana national team coach has added four uncapped players to his provisional squad for next month's qualifiers."],
      "botswana-zebras-squad", a="Sports Desk", n="Botswana football."),
  ]))

SEEDS.append(dict(id="4304", name="4304_civilnet-roundup", ext="html", source="CivilNet", zone="Asia/Yerevan", render=r_civilnet,
  title="Ukraine war, day 137: Chasiv Yar strike & ambassadors dismissed", title_ld="Ukraine war, day 137: Chasiv Yar strike &amp; ambassadors dismissed",
  byline="Nare Galstyan", dateline_t="2022-07-10 19:45", lede="Here are the main developments of the 137th day of Russia's war against Ukraine.",
  lede_ld="Here&#039;s what happened on day 137 of Russia&#039;s war against Ukraine.",
  notes="Imitates a CivilNet (Armenia) daily round-up article in HTML with NewsArticle JSON-LD (its strings carry HTML entities such as &amp; and &#039;). The body is a key-events list under three h2 headings (Fighting / Politics and diplomacy / In the region); each bullet is one entry with NO headline and no time of its own: headline null, stamp null, published = the article's dateline '10.07.2022, 19:45' (Yerevan, UTC+4); body_paragraphs 1 (one bullet). The bullets are the page's content, not a Key Points block pointing at other posts: key_point false. Page byline used as author.",
  not_entries=["masthead, menu and 'Support CivilNet' button", "byline and dateline line", "share links", "italic lede 'Here are the main developments ...'", "h2 headings 'Fighting', 'Politics and diplomacy', 'In the region'",
               "newsletter box", "'Related' links", "footer"],
  entries=[
  dict(E("2022-07-10 19:45", None, ["At least 15 people were killed when Russian rockets hit a five-storey apartment building in Chasiv Yar in Donetsk region late on Saturday, emergency services said, and more than 20 others are thought to be trapped under the debris."],
    "strikes", "strikes", 3, "chasiv-yar-missile-strike-2022-07-10", a="Nare Galstyan"), sect="Fighting"),
  dict(E("2022-07-10 19:45", None, ["Russian shelling hit a residential area of Kharkiv on Sunday morning, killing one person and wounding four, Governor Oleh Syniehubov said."],
    "strikes", "strikes", 2, "kharkiv-shelling-2022-07-10", a="Nare Galstyan", n="Different attack from Chasiv Yar: must not merge."), sect="Fighting"),
  dict(E("2022-07-10 19:45", None, ["Ukraine's General Staff said Russian troops were regrouping and bringing up reserves for an assault towards Siversk, with no major advances reported."],
    "other", "frontline", 2, "russian-regrouping-siversk", a="Nare Galstyan"), sect="Fighting"),
  dict(E("2022-07-10 19:45", None, ["President Volodymyr Zelensky dismissed Ukraine's ambassadors to Germany, India, the Czech Republic, Norway and Hungary in a decree published late on Saturday, without giving a reason."],
    "other", "politics", 2, "zelensky-dismisses-ambassadors", a="Nare Galstyan"), sect="Politics and diplomacy"),
  dict(E("2022-07-10 19:45", None, ["Canada said it would return a repaired Siemens turbine for the Nord Stream 1 pipeline to Germany under a sanctions exemption; Ukraine's foreign ministry said it was deeply disappointed."],
    "diplomacy", "diplomacy", 2, "canada-nord-stream-turbine-exemption", a="Nare Galstyan"), sect="Politics and diplomacy"),
  dict(OFF("2022-07-10 19:45", None, ["The special envoys of Armenia and Turkey are expected to hold a fourth round of normalisation talks in Vienna later this month, the foreign ministry in Yerevan said."],
    "armenia-turkey-normalisation-talks", a="Nare Galstyan", n="Armenia-Turkey normalisation, not about the war."), sect="In the region"),
  ]))

SEEDS.append(dict(id="4305", name="4305_tasr-rdf", ext="xml", source="TASR", zone="Europe/Bratislava", render=r_tasr,
  title="TASR - English news",
  notes="Imitates the TASR (Slovakia) English service as an RSS 1.0 (RDF) feed: <item rdf:about>, plain-text <description> (double quotes written as &quot;, paragraphs separated by a blank line), <dc:date> ISO with +02:00 (CEST). dc:creator on two items only; others author null. Newest first.",
  not_entries=["channel title/link/description", "the rdf:Seq list of item URLs", "<dc:subject> values"],
  entries=[
  E("2022-09-07 20:40", "Putin says grain deal favours rich countries, wants it revised",
    ["Russian President Vladimir Putin told the Eastern Economic Forum in Vladivostok on Wednesday that most grain leaving Ukrainian ports under the Istanbul deal went to the European Union rather than to poor countries, and said he would discuss limiting the destinations with Turkey's president."],
    "diplomacy", "diplomacy", 3, "putin-eef-grain-deal-remarks"),
  E("2022-09-07 17:55", "Heger: Slovakia ready to hand over MiG-29s once allies guard its airspace",
    ["Prime Minister Eduard Heger said on Wednesday that Slovakia's grounded MiG-29 fighters could go to Ukraine as soon as Czech and Polish jets were in place to protect Slovak airspace.",
     "Talks with the partners are \"in the final phase\", he told reporters in Bratislava."],
    "aid", "aid", 2, "slovakia-mig29-handover", a="Martina Ďurišová"),
  E("2022-09-07 15:20", "IAEA calls for protection zone around Zaporizhzhia plant",
    ["The International Atomic Energy Agency has called for a nuclear safety and security protection zone around the Zaporizhzhia power plant in a report presented to the UN Security Council."],
    "diplomacy", "diplomacy", 2, "iaea-zaporizhzhia-report", sec=["other"], n="IAEA report at the UN -> diplomacy; nuclear-safety aspect secondary."),
  E("2022-09-07 12:35", "Ukrainian troops advance near Balakliia",
    ["Ukrainian forces have pushed Russian troops back around Balakliia in the Kharkiv region, according to accounts from both sides, while President Volodymyr Zelensky said he would not yet name the recaptured settlements."],
    "other", "frontline", 2, "kharkiv-counteroffensive-balakliia"),
  E("2022-09-07 10:10", "Over 90,000 Ukrainians granted temporary protection in Slovakia",
    ["Slovakia has granted temporary protection to more than 90,000 people fleeing the war in Ukraine since March, the Interior Ministry said.",
     "Around a third of them are children."],
    "other", "humanitarian", 2, "slovakia-temporary-protection-numbers", a="Peter Hanzelík"),
  OFF("2022-09-07 08:05", "High Tatras: bear sightings prompt trail closures",
      ["The Tatra National Park has closed two hiking trails near Štrbské Pleso after several sightings of a brown bear with cubs, the park administration said."],
      "tatras-bear-trail-closures", n="Slovak nature news."),
  ]))

SEEDS.append(dict(id="4306", name="4306_sverigesradio-english", ext="txt", source="Sveriges Radio", zone="Europe/Stockholm", render=r_sr,
  title="Radio Sweden - News in English",
  notes="Imitates the Radio Sweden (Sveriges Radio, English) news list copied as plain text, with the site's Swedish chrome: stamps are 'Publicerat fredag 16 september 2022 kl 17.20' (Swedish weekday and month names, 'kl' and a dot between hours and minutes), CEST = UTC+2. Newest first. Credits 'TT' and 'Ekot' on two items are the author; others null. Swedish share/listen labels ('Dela', 'Lyssna') are chrome.",
  not_entries=["'Hoppa till huvudinnehåll', site menu, 'Sök'", "Swedish cookie banner", "'Radio Sweden' / 'News in English' header lines", "page title line", "'Dela' and 'Lyssna' after each item", "'Visa fler'", "footer lines"],
  entries=[
  E("2022-09-16 17:20", "Modi tells Putin now is not the time for war",
    ["India's Prime Minister Narendra Modi told Vladimir Putin at a regional summit in Samarkand that this was not a time for war, and urged him onto the path of peace.",
     "Putin replied that he understood India's concerns and wanted the fighting to end as soon as possible."],
    "diplomacy", "diplomacy", 3, "sco-samarkand-modi-putin"),
  E("2022-09-16 14:38", "Sweden to send more anti-tank weapons and mine-clearing gear",
    ["The Swedish government will send Ukraine a further package of anti-tank weapons and equipment for clearing mines, Defence Minister Peter Hultqvist announced on Friday.",
     "The package is worth around 500 million kronor."],
    "aid", "aid", 3, "sweden-aid-package-2022-09-16", a="Ekot"),
  E("2022-09-16 11:50", "Izium burial site: hundreds of graves found",
    ["Ukrainian investigators have begun exhuming bodies from a burial site in a forest outside Izium, where some 440 graves were found after Russian troops left the town.",
     "President Volodymyr Zelensky compared the discovery to Bucha."],
    "other", "humanitarian", 3, "izium-mass-burial-site", a="TT"),
  OFF("2022-09-16 09:15", "Speaker starts talks on forming a new government",
      ["The Speaker of the Riksdag has begun meeting party leaders after Prime Minister Magdalena Andersson handed in her resignation following Sunday's election."],
      "sweden-government-formation-2022", n="Swedish domestic politics after the election."),
  E("2022-09-16 07:40", "NATO talks with Turkey to resume after election",
    ["Talks between Sweden, Finland and Turkey on the Nordic countries' NATO applications will continue once a new Swedish government is in place, the foreign ministry said."],
    "diplomacy", "diplomacy", 2, "sweden-turkey-nato-talks-after-election"),
  ]))

SEEDS.append(dict(id="4307", name="4307_militarytimes-live", ext="html", source="Military Times", zone="America/New_York", render=r_military,
  title="Live updates: Russia's war in Ukraine on Statehood Day", byline="Derek Vollmar", updated="Updated Jul 28, 2022, 06:50 PM EDT",
  dayline="Thursday, July 28, 2022",
  notes="Imitates a Military Times (USA) live-updates page in HTML, oldest first: a bold date line 'Thursday, July 28, 2022' above the timeline, each item a '8:35 a.m.'-style stamp paragraph before an h3 headline. Times are US Eastern (EDT, UTC-4). One page byline for all items. LiveBlogPosting JSON-LD repeats the updates with entity-escaped apostrophes (&#x27;) and correct per-update times. The last item (Army recruiting) is off-beat.",
  not_entries=["site header and menu", "kicker 'Flashpoints'", "byline 'By Derek Vollmar'", "'Updated Jul 28, 2022, 06:50 PM EDT'", "share links", "date line 'Thursday, July 28, 2022'",
               "newsletter box", "'Read more' related link", "footer"],
  entries=[
  E("2022-07-28 06:10", "Russian missiles hit Kyiv region for the first time in weeks",
    ["Russian missiles struck targets around Kyiv early Thursday, including a military unit in Vyshhorod district, the regional governor said, as Ukraine marked its first Statehood Day holiday.",
     "At least 15 people were wounded, officials said."],
    "strikes", "strikes", 3, "kyiv-region-missile-strikes-2022-07-28", a="Derek Vollmar"),
  E("2022-07-28 07:45", "Strike on village in Chernihiv region",
    ["Missiles fired from Belarusian territory hit a village in the Chernihiv region north of Kyiv, damaging infrastructure, local officials said."],
    "strikes", "strikes", 2, "chernihiv-region-strike-2022-07-28", a="Derek Vollmar", n="Separate attack from the Kyiv-region strikes: must not merge."),
  E("2022-07-28 09:20", "Zelenskyy marks Statehood Day",
    ["President Volodymyr Zelenskyy said Ukrainians were defending their state at the front and would never go back to the past, in remarks marking the country's new Statehood Day holiday."],
    "other", "politics", 2, "ukraine-statehood-day-2022", a="Derek Vollmar"),
  E("2022-07-28 11:30", "Blinken to talk to Lavrov about jailed Americans",
    ["Secretary of State Antony Blinken said he expected to speak with Russian Foreign Minister Sergei Lavrov in the coming days about a proposal to free basketball player Brittney Griner and former Marine Paul Whelan.",
     "It would be the first known conversation between the two since before the invasion."],
    "diplomacy", "diplomacy", 3, "blinken-lavrov-call-griner-whelan", a="Derek Vollmar"),
  E("2022-07-28 13:05", "Kirby: more HIMARS ammunition on the way",
    ["The Biden administration is preparing another package that will include additional ammunition for the HIMARS rocket launchers already in Ukraine, National Security Council spokesman John Kirby said."],
    "aid", "aid", 2, "us-himars-ammunition-package-2022-07", a="Derek Vollmar"),
  E("2022-07-28 15:40", "Ukraine hits Antonivskyi bridge again",
    ["Ukrainian forces struck the Antonivskyi bridge over the Dnipro River near Kherson again overnight, according to the Ukrainian military, further squeezing Russian supply lines into the city."],
    "strikes", "strikes", 2, "antonivskyi-bridge-strikes", a="Derek Vollmar"),
  OFF("2022-07-28 18:40", "Army expects to fall short of recruiting goal",
      ["The Army expects to finish the fiscal year about 15,000 soldiers short of its active-duty recruiting target, officials told lawmakers."],
      "us-army-recruiting-shortfall", a="Derek Vollmar", n="US military recruiting, not about the war."),
  ]))

SEEDS.append(dict(id="4308", name="4308_canberratimes-live", ext="html", source="The Canberra Times", zone="Australia/Sydney", render=r_canberra,
  title="Albanese in Kyiv: live coverage of the PM's surprise visit", updated="Updated July 4 2022 - 9:40am, first published July 3 2022 - 10:05am",
  notes="Imitates a Canberra Times live-coverage page in HTML, newest first. Day headers 'Monday, July 4' / 'Sunday, July 3' carry no year (the year is in the 'Updated ... first published July 3 2022' line); stamps are '9.30am'-style, Canberra time (AEST, UTC+10). The page crosses local midnight (July 3 -> July 4) but every entry falls on UTC 3 July. A Key Points box lists two headlines (entries 04 and 05). Per-post author lines; one post has none.",
  not_entries=["masthead, menu, 'Subscribe' / 'Log in'", "'Updated ... first published ...' line", "'Key Points' heading and its two bullets", "day headers 'Monday, July 4', 'Sunday, July 3'",
               "author lines under posts", "newsletter box", "footer"],
  entries=[
  E("2022-07-04 09:30", "Lugano conference to map Ukraine's reconstruction",
    ["Ministers from about 40 countries are gathering in Lugano, Switzerland, for a two-day conference on rebuilding Ukraine, which opens on Monday.",
     "Kyiv has put the cost of recovery at about 750 billion dollars."],
    "diplomacy", "diplomacy", 2, "lugano-recovery-conference", sec=["aid"], a="Sophie Ranleigh"),
  E("2022-07-04 07:15", "Russia claims full control of Luhansk region after Lysychansk falls",
    ["Russia's defence minister told Vladimir Putin his forces had taken Lysychansk, the last major city in the Luhansk region still held by Ukraine.",
     "Ukraine's general staff later confirmed its troops had pulled out to save lives."],
    "other", "frontline", 3, "lysychansk-falls-2022-07-03", a="Sophie Ranleigh"),
  E("2022-07-04 00:45", "Explosions kill civilians in Belgorod, Russia says",
    ["At least three people died when several explosions hit residential areas of the Russian city of Belgorod, near the Ukrainian border, the regional governor said.",
     "Moscow blamed Ukrainian missiles; Kyiv did not comment."],
    "strikes", "strikes", 2, "belgorod-explosions-2022-07-03"),
  E("2022-07-03 22:10", "Albanese pledges $100m more, including Bushmasters",
    ["Prime Minister Anthony Albanese has announced a further $100 million in military assistance for Ukraine, including 14 armoured personnel carriers and 20 more Bushmaster vehicles.",
     "He said Australia would also ban imports of Russian gold and add 16 ministers and officials to its sanctions list."],
    "aid", "aid", 3, "australia-100m-aid-package-2022-07-03", sec=["diplomacy"], a="Karl Denholm", kp=True),
  E("2022-07-03 20:30", "PM meets Zelensky in Kyiv",
    ["Anthony Albanese has met President Volodymyr Zelensky in Kyiv, becoming the first Australian leader to visit Ukraine since the invasion.",
     "Zelensky thanked Australia for the Bushmasters, which he said had proven themselves on the battlefield."],
    "diplomacy", "diplomacy", 3, "albanese-kyiv-visit", a="Karl Denholm", kp=True),
  E("2022-07-03 16:40", "Albanese tours Bucha and Irpin",
    ["The Prime Minister has seen the destruction in Bucha and Irpin, north-west of Kyiv, and laid flowers at a church where victims were buried.",
     "He told reporters travelling with him that what he had seen amounted to war crimes."],
    "diplomacy", "diplomacy", 3, "albanese-kyiv-visit", a="Karl Denholm", n="Part of the same visit (same story as 4308-05), reported earlier in the day."),
  OFF("2022-07-03 10:20", "Canberra shivers through coldest morning of winter",
      ["Canberra dropped to minus 6.1 degrees overnight, its coldest morning of the year so far, the Bureau of Meteorology said."],
      "canberra-cold-morning", a="Emma Carrowby", n="local weather."),
  ]))

SEEDS.append(dict(id="4309", name="4309_spinoff-live", ext="txt", source="The Spinoff", zone="Pacific/Auckland", render=r_spinoff,
  title="Live updates, October 6: Government sanctions Russian officials over annexation votes", byline="Tessa Rowlinson",
  lede="Kia ora, welcome to The Spinoff's live updates for Thursday. I'm Tessa Rowlinson, bringing you the day's key stories from home and abroad until early afternoon.",
  parse_args=["--date", "2022-10-06"],
  notes="Imitates The Spinoff (New Zealand) live-updates page copied as plain text. The title names 'October 6' but no year (parse_args gives --date 2022-10-06). Newest first; each post is a bare '12.40pm' time line BEFORE its headline. Times are New Zealand daylight time (NZDT, UTC+13), so the whole local morning of 6 October falls on UTC 5 October. One page byline for all posts. The page is mostly domestic: two off-beat items.",
  not_entries=["site menu", "'POLITICS' kicker", "page title line", "byline line", "welcome lede paragraph", "'Share Story' and share labels", "'Keep going!' newsletter plug", "'Become a member' and footer"],
  entries=[
  E("2022-10-06 12:40", "NZ sanctions Russians behind 'sham referendums'",
    ["New Zealand has placed travel bans and asset freezes on more than 20 Russian-installed officials involved in the annexation votes in occupied Ukraine, foreign minister Nanaia Mahuta announced.",
     "Mahuta said the votes had no legal standing and New Zealand would never recognise the annexations."],
    "diplomacy", "diplomacy", 3, "nz-sanctions-annexation-officials", a="Tessa Rowlinson"),
  E("2022-10-06 11:15", "Drones hit Bila Tserkva south of Kyiv",
    ["Explosive drones struck infrastructure in Bila Tserkva, south of Kyiv, the first such attack on the Kyiv region in months, Ukrainian officials said.",
     "One person was injured."],
    "strikes", "strikes", 2, "bila-tserkva-drone-strike-2022-10-05", a="Tessa Rowlinson"),
  OFF("2022-10-06 10:05", "OPEC+ agrees biggest output cut since pandemic",
      ["The OPEC+ group of oil producers has agreed to cut output by two million barrels a day, a move that could push up prices at New Zealand petrol stations."],
      "opec-output-cut-2022-10", a="Tessa Rowlinson", n="oil market decision."),
  E("2022-10-06 09:20", "Putin signs laws absorbing four Ukrainian regions",
    ["Vladimir Putin has signed laws formally annexing four partly occupied regions of Ukraine, completing a process condemned by Kyiv and the West as illegal.",
     "Russian forces do not fully control any of the four regions."],
    "other", "frontline", 2, "russia-annexation-laws-signed", sec=["diplomacy"], a="Tessa Rowlinson", n="Territorial claim -> other/frontline (LABELS)."),
  E("2022-10-06 08:10", "Ukrainian troops push south along the Dnipro",
    ["Ukraine says its forces have retaken several more villages in the Kherson region as they advance along the west bank of the Dnipro river."],
    "other", "frontline", 2, "kherson-counteroffensive-2022-10", a="Tessa Rowlinson"),
  OFF("2022-10-06 07:05", "Ambulance staff to vote on new pay offer",
      ["Ambulance officers around the country will vote this week on a revised pay offer after months of negotiations, their union said."],
      "nz-ambulance-pay-offer", a="Tessa Rowlinson", n="NZ industrial relations."),
  ]))


# ============================================================ PART B, day 1: 2022-06-28 (UTC)
D1 = "Day 1 (2022-06-28 UTC): 4320, 4321, 4322, 4323."
MAIN1 = "turkey-lifts-veto-finland-sweden-nato"
KREM = "kremenchuk-mall-strike-2022-06-27"
G7 = "g7-budget-support-pledge-2022-06-28"

SEEDS.append(dict(id="4320", name="4320_ormsgill-textlive", ext="txt", source="Ormsgill Times", zone="Europe/London", render=r_ormsgill,
  title="Ukraine war live: Turkey lifts objection to Nordic NATO bids; Kremenchuk toll rises", dateline="Tuesday 28 June 2022",
  notes="Invented outlet. Text live blog, NEWEST FIRST, stamps '19:55 BST' (UTC+1) on their own line before the headline, 'Reporting by NAME' after the body. Key Points block lists two exact headlines (entries 01 and 07). Entry 02 is a video teaser without body. Entry 05 is the day's theme piece (analysis). " + D1,
  not_entries=["masthead and menu", "title and date lines", "'Key Points' heading and its two '- ' bullets", "'Latest updates'", "'Reporting by ...' lines (author)", "'Advertisement'", "'Load earlier updates' and footer"],
  entries=[
  E("2022-06-28 09:10", "Kremenchuk death toll climbs to 18 as search goes on",
    ["Eighteen people are now confirmed dead after a Russian missile hit a crowded shopping centre in Kremenchuk on Monday afternoon, Ukraine's emergency service said.",
     "Dozens of people remain unaccounted for, and rescuers worked through the night with cranes and sniffer dogs."],
    "strikes", "strikes", 3, KREM, a="Imogen Farrant", kp=True),
  E("2022-06-28 10:20", "Watch: rescuers comb the ruins of the Kremenchuk shopping centre", [], "strikes", "strikes", 1, KREM,
    n="Video teaser without body -> importance 1."),
  E("2022-06-28 11:45", "Erdogan to meet Nordic leaders before NATO summit opens",
    ["Turkish President Recep Tayyip Erdogan will sit down with the leaders of Finland and Sweden in Madrid this afternoon, hours before the NATO summit formally begins.",
     "Ankara has been blocking the two countries' membership bids, accusing them of harbouring Kurdish militants."],
    "diplomacy", "diplomacy", 3, MAIN1, a="Callum Brisby", n="Run-up to the same Madrid talks that produced the deal: same story."),
  E("2022-06-28 13:30", "G7 promises up to $29.5bn to keep Ukraine's budget afloat",
    ["Leaders of the Group of Seven ended their summit in the Bavarian Alps by pledging up to 29.5 billion dollars in budget support for Ukraine this year.",
     "They said they would stand with Kyiv for as long as it takes."],
    "aid", "aid", 3, G7, a="Imogen Farrant"),
  E("2022-06-28 15:05", "Analysis: why two Nordic democracies need Ankara's blessing",
    ["Any new member of NATO needs the approval of every existing ally, which gives Turkey a veto it has used to seek promises on arms exports and counter-terrorism.",
     "Even after a deal, the parliaments of all 30 allies must ratify the accession protocols, which can take months."],
    "diplomacy", "diplomacy", 2, "analysis-nato-accession-unanimity", a="Callum Brisby", n="Theme piece (analysis with body): own story, importance 2."),
  E("2022-06-28 17:40", "Netherlands to send six more howitzers",
    ["The Netherlands will supply six additional self-propelled howitzers to Ukraine, Defence Minister Kajsa Ollongren said in Madrid.",
     "Dutch crews have already trained Ukrainian soldiers on the system in Germany."],
    "aid", "aid", 2, "netherlands-howitzers-pledge-2022-06-28", a="Imogen Farrant", n="Different aid package from the G7 budget support: must not merge."),
  E("2022-06-28 19:55", "Turkey drops objection: Finland and Sweden cleared to join NATO",
    ["Turkey has agreed to support the NATO membership bids of Finland and Sweden after the three countries signed a memorandum in Madrid, alliance Secretary General Jens Stoltenberg said.",
     "The document commits Helsinki and Stockholm to address Turkey's security concerns, including pending extradition requests."],
    "diplomacy", "diplomacy", 3, MAIN1, a="Callum Brisby", kp=True),
  ]))

SEEDS.append(dict(id="4321", name="4321_pellowridge-ldlive", ext="html", source="Pellow Ridge Report", zone="Europe/Kyiv", render=r_pellow,
  title="Ukraine live: Kremenchug mall toll rises; Kharkiv shelled; Turkey relents on NATO", url="https://pellowridge.example/live/2022-06-28",
  lede="Follow our live coverage of the war in Ukraine on Tuesday.", tznote="All times are Kyiv time (EEST).",
  notes="Invented outlet. HTML live blog, newest first, with LiveBlogPosting JSON-LD whose updates carry correct per-update times. Visible stamps are bare '21:10' in <time datetime> (+03:00, Kyiv); byline printed BEFORE the headline. Spelling 'Kremenchug'. Entry 05 repeats entry 02 nearly verbatim (duplicate_of 4321-02). " + D1,
  not_entries=["header and menu", "h1 title", "standfirst", "'All times are Kyiv time (EEST).'", "'Share Copy link' under each post", "footer"],
  entries=[
  E("2022-06-28 08:15", "Kremenchug: 18 dead, 36 still missing after mall strike",
    ["The number of people killed by Monday's missile strike on the Amstor shopping centre in Kremenchug has risen to 18, regional governor Dmytro Lunin said.",
     "He said relatives had reported 36 people missing."],
    "strikes", "strikes", 3, KREM, a="Oksana Melnykivska"),
  E("2022-06-28 10:40", "Three killed as shells hit northern Kharkiv",
    ["Russian artillery shelled residential districts in the north of Kharkiv overnight, killing three people and wounding six, the regional prosecutor's office said.",
     "A school building and several private houses were damaged."],
    "strikes", "strikes", 2, "kharkiv-shelling-2022-06-28", a="Taras Hlibovych", n="Different attack from Kremenchuk: must not merge."),
  E("2022-06-28 12:30", "Zelensky to urge UN to expel Russia",
    ["President Volodymyr Zelensky will address an emergency meeting of the UN Security Council later on Tuesday and call for Russia to be removed from the body, his office said."],
    "diplomacy", "diplomacy", 2, "zelensky-unsc-address-2022-06-28", a="Oksana Melnykivska",
    n="Separate initiative (Russia's UN seat); not merged with the G7 reaction to Kremenchuk."),
  E("2022-06-28 14:50", "G7 leaders call mall strike a war crime",
    ["The leaders of the Group of Seven condemned the attack on Kremenchug as abominable and said indiscriminate attacks on civilians constituted a war crime.",
     "They promised that Vladimir Putin and those responsible would be held to account."],
    "strikes", "strikes", 3, KREM, n="Reaction whose content is the attack itself -> same story, strikes (LABELS)."),
  E("2022-06-28 16:20", "Three killed as shells hit northern Kharkiv districts",
    ["Russian artillery shelled residential districts in the north of Kharkiv overnight, killing three people and wounding six, the regional prosecutor's office said.",
     "A school and several private houses were damaged."],
    "strikes", "strikes", 1, "kharkiv-shelling-2022-06-28", a="Taras Hlibovych", dup="4321-02", n="Near-verbatim repeat of 4321-02 -> importance 1."),
  E("2022-06-28 21:10", "Ankara lifts veto after four-way talks in Madrid",
    ["Turkey has lifted its objection to Finland and Sweden joining NATO after talks in Madrid between Recep Tayyip Erdogan, Sauli Niinistö, Magdalena Andersson and Jens Stoltenberg.",
     "Kyiv welcomed the decision, with Foreign Minister Dmytro Kuleba calling it a blow to the Kremlin's hopes of dividing the alliance."],
    "diplomacy", "diplomacy", 3, MAIN1, a="Taras Hlibovych"),
  ]))

SEEDS.append(dict(id="4322", name="4322_skelbo-worldrss", ext="xml", source="Skelbo World Service", zone="UTC", render=r_rss, rfc="GMT",
  title="Skelbo World Service - Top stories", url="https://skelbo.example", lede="Top stories from around the world",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, CDATA paragraphs, no authors. Four of six items are off-beat (Italian drought, Sri Lanka fuel, Wimbledon, Colombia). " + D1,
  not_entries=["channel title/link/description", "<category> and <guid> values"],
  entries=[
  E("2022-06-28 19:40", "Turkey backs Nordic NATO bids after Madrid memorandum",
    ["Finland and Sweden's path into NATO opened on Tuesday evening when Turkey dropped its veto in exchange for commitments on counter-terrorism and arms exports.",
     "The alliance is expected to issue formal invitations at its summit on Wednesday."],
    "diplomacy", "diplomacy", 3, MAIN1),
  OFF("2022-06-28 16:05", "Colombia truth commission presents final report on armed conflict",
      ["Colombia's truth commission has published its final report on more than five decades of conflict, recommending sweeping changes to policing and drug policy."],
      "colombia-truth-commission-report", n="Colombia."),
  OFF("2022-06-28 13:20", "Rain halts play on Wimbledon's second day",
      ["Showers forced the suspension of most outside-court matches at Wimbledon on Tuesday, though play went on under the roofs of the two main show courts."],
      "wimbledon-rain-day-two", n="tennis."),
  E("2022-06-28 11:50", "G7 vows to back Ukraine 'for as long as it takes'",
    ["Group of Seven leaders wrapped up their meeting at Schloss Elmau by committing billions in budget aid to Kyiv and agreeing to explore a price cap on Russian oil.",
     "Chancellor Olaf Scholz said the group would keep up the economic pressure on Moscow."],
    "aid", "aid", 3, G7, sec=["diplomacy"]),
  OFF("2022-06-28 09:15", "Sri Lanka suspends fuel sales for private vehicles",
      ["Sri Lanka has stopped selling petrol and diesel for non-essential vehicles for two weeks as it runs out of foreign currency to pay for imports."],
      "sri-lanka-fuel-suspension", n="Sri Lanka economic crisis."),
  OFF("2022-06-28 06:30", "Italy weighs drought emergency as Po runs low",
      ["Italy's government is considering declaring a state of emergency in several northern regions where the river Po has fallen to its lowest level in 70 years."],
      "italy-po-drought", n="weather/drought in Italy."),
  ]))

SEEDS.append(dict(id="4323", name="4323_thrushcross-article", ext="txt", source="Thrushcross Daily", zone="Europe/Helsinki", render=r_textarticle,
  title="Turkey gives way: Finland's NATO door opens in Madrid", byline="Aino Lahdensuo", dateline="28.6.2022 22:35 EEST",
  lede="Finland's long-awaited breakthrough came after four hours of talks on the eve of the summit.", more="What the Madrid memorandum says",
  notes="Invented outlet. Text article with three section headings; one entry per section (headline = heading), stamp null, published = the article's dateline '28.6.2022 22:35 EEST' (UTC+3) for every section; page byline as author. Spelling 'Kremenchuk'; toll 20 (later than the other seeds' 18). " + D1,
  not_entries=["outlet name and breadcrumb", "title line", "byline and dateline lines", "lede paragraph", "'Share this article'", "'More on this story: ...' link", "copyright line"],
  entries=[
  E("2022-06-28 22:35", "Niinistö: a memorandum that answers Turkey's concerns",
    ["President Sauli Niinistö said the joint memorandum signed in Madrid did not require Finland to change its laws, but set out how the three countries would work together against terrorism.",
     "He said Finland's membership would make the whole alliance stronger, Turkey included."],
    "diplomacy", "diplomacy", 3, MAIN1, a="Aino Lahdensuo"),
  E("2022-06-28 22:35", "Kremenchuk toll reaches 20",
    ["In Ukraine, the number of dead from Monday's missile strike on a Kremenchuk shopping centre rose to 20 by Tuesday evening, according to the Ukrainian interior ministry.",
     "Finland's Foreign Minister Pekka Haavisto called the attack a deliberate strike on civilians."],
    "strikes", "strikes", 3, KREM, a="Aino Lahdensuo"),
  E("2022-06-28 22:35", "Border guards report calm on eastern frontier",
    ["The Finnish Border Guard said it had seen no unusual Russian military activity along the 1,300-kilometre land border since Finland applied to join NATO in May."],
    "other", "security", 2, "finland-eastern-border-calm", a="Aino Lahdensuo"),
  ]))

# ============================================================ PART B, day 2: 2022-06-29 (UTC) — the day after day 1
D2 = "Day 2 (2022-06-29 UTC, the day after day 1): 4330, 4331, 4332, 4333."
MYK = "mykolaiv-apartment-strike-2022-06-29"
SWAP = "prisoner-exchange-144-2022-06-29"
UK = "uk-1bn-military-aid-2022-06-29"

SEEDS.append(dict(id="4330", name="4330_rosebush-htmllive", ext="html", source="Rosebush Live", zone="Europe/London", render=r_rosebush,
  title="Ukraine war: Mykolaiv block hit by missile as NATO invites Finland and Sweden", dateline="Wednesday 29 June 2022",
  lede="Russian missile strikes an apartment building in the southern city; allies meeting in Madrid issue formal invitations to the Nordic pair.",
  notes="Invented outlet. HTML live blog without JSON-LD, newest first; each post has a '16:30 BST' stamp span above the h2 (UTC+1) and a byline paragraph below it. Entry 02 continues the day-1 NATO story (formal invitation) under the day-1 slug. Entry 05 is a video teaser without body; entry 06 is the theme piece. " + D2,
  not_entries=["cookie banner", "header and menu", "h1 title", "date line 'Wednesday 29 June 2022 · Last updated 16:30 BST'", "summary paragraph", "byline paragraphs (author)", "aside 'Related' link", "footer"],
  entries=[
  E("2022-06-29 07:40", "Missile slams into five-storey block in Mykolaiv",
    ["A Russian missile hit a five-storey apartment building in the southern city of Mykolaiv early on Wednesday, killing at least two people, Governor Vitaliy Kim said.",
     "Rescuers were searching the rubble for others believed to be trapped."],
    "strikes", "strikes", 3, MYK, a="Freya Ashdown"),
  E("2022-06-29 09:20", "NATO formally invites Finland and Sweden to join",
    ["NATO leaders meeting in Madrid have formally invited Finland and Sweden to become members, a day after Turkey dropped its objections.",
     "Secretary General Jens Stoltenberg said the accession protocols would be signed next week."],
    "diplomacy", "diplomacy", 3, MAIN1, a="Freya Ashdown", n="Day-2 continuation of the day-1 story (new development: formal invitation); keeps the day-1 slug."),
  E("2022-06-29 11:05", "Mykolaiv toll rises to five",
    ["Five people are now known to have died in the strike on the Mykolaiv apartment block, the regional administration said, and six were injured."],
    "strikes", "strikes", 3, MYK, a="Freya Ashdown"),
  E("2022-06-29 12:45", "UK pledges another £1bn for Ukraine's armed forces",
    ["Boris Johnson has announced an additional one billion pounds in military support for Ukraine, including air defence systems, drones and electronic warfare equipment.",
     "It brings British military aid since the start of the invasion to 2.3 billion pounds."],
    "aid", "aid", 3, UK, a="Dominic Haverstock"),
  E("2022-06-29 14:10", "Watch: moment the missile hit the Mykolaiv apartment block", [], "strikes", "strikes", 1, MYK,
    n="Video teaser without body -> importance 1."),
  E("2022-06-29 16:30", "Analysis: NATO's new strategic concept puts Russia at the top of its threat list",
    ["For the first time since the end of the Cold War, NATO's guiding document no longer treats Russia as a partner but as the most significant threat to allied security.",
     "The concept also mentions China for the first time, saying its ambitions challenge the alliance's interests."],
    "diplomacy", "diplomacy", 2, "analysis-nato-strategic-concept", a="Dominic Haverstock",
    n="Theme piece (analysis with body): own story, importance 2; not merged with the adoption news 4332-04."),
  ]))

SEEDS.append(dict(id="4331", name="4331_wraxall-atom", ext="xml", source="Wraxall Review", zone="Europe/Kyiv", render=r_atom,
  title="Wraxall Review — Ukraine", url="https://wraxall.example",
  notes="Invented outlet. Atom 1.0 feed, newest first, <published> with +03:00 (Kyiv EEST), escaped-HTML content, per-entry <author>. Spelling 'Nikolaev'. Entry 02 re-posts the day-1 entry 4321-04 nearly verbatim (importance 1; duplicate_of null because duplicate_of is defined within one seed). " + D2,
  not_entries=["feed title/link/id/updated", "<updated> and <id> of each entry"],
  entries=[
  E("2022-06-29 07:55", "Nikolaev: rocket hits apartment building, people under rubble",
    ["A rocket struck a residential building in Nikolaev in the early hours, and emergency crews say several people are trapped under collapsed floors.",
     "Mayor Oleksandr Senkevych urged residents to stay in shelters."],
    "strikes", "strikes", 3, MYK, a="Halyna Ostapchuk"),
  E("2022-06-29 10:30", "G7 leaders call mall strike a war crime",
    ["The leaders of the Group of Seven condemned the attack on Kremenchug as abominable and said indiscriminate attacks on civilians constituted a war crime.",
     "They promised that Vladimir Putin and those responsible would be held to account."],
    "strikes", "strikes", 1, KREM, n="Re-post of day-1 entry 4321-04 (Pellow Ridge Report, 28 June), nearly verbatim: importance 1."),
  E("2022-06-29 12:20", "144 Ukrainian defenders freed in largest swap yet",
    ["Ukraine has brought home 144 servicemen in a prisoner exchange with Russia, 95 of whom had defended the Azovstal steelworks in Mariupol, the defence intelligence directorate said.",
     "It was the largest exchange since the start of the full-scale invasion."],
    "diplomacy", "diplomacy", 3, SWAP, a="Halyna Ostapchuk"),
  E("2022-06-29 15:40", "Britain promises further £1 billion for weapons",
    ["The British government will give Kyiv another billion pounds for weapons and equipment, Prime Minister Boris Johnson said at the NATO summit in Madrid.",
     "Defence Minister Oleksii Reznikov thanked London for what he called consistent support."],
    "aid", "aid", 3, UK, a="Mykola Drozdenko"),
  E("2022-06-29 18:10", "Kharkiv: shelling damages school and dormitory",
    ["Russian shelling damaged a school and a student dormitory in Kharkiv's Kyivskyi district in the afternoon, Mayor Ihor Terekhov said.",
     "No casualties were reported."],
    "strikes", "strikes", 2, "kharkiv-shelling-2022-06-29", a="Mykola Drozdenko", n="Different attack from Mykolaiv (and from day 1's Kharkiv shelling): must not merge."),
  ]))

SEEDS.append(dict(id="4332", name="4332_quoditch-textlive", ext="txt", source="Quoditch Bulletin", zone="Europe/Berlin", render=r_quoditch,
  title="Russia's war in Ukraine: the latest", dateline="Wednesday, 29 June 2022",
  lede="Our reporters follow the day's developments from Madrid, Kyiv and Berlin.",
  notes="Invented outlet. Text live blog, newest first; the time comes AFTER the headline on an 'Updated 19:05 CEST by NAME' line (UTC+2). Spelling 'Mikolaiv'. Entry 06 repeats entry 03 nearly verbatim (duplicate_of 4332-03). Entry 01 continues the day-1 NATO story. " + D2,
  not_entries=["outlet name and edition line", "title and date lines", "lede paragraph", "'Previous day's coverage' link", "footer"],
  entries=[
  E("2022-06-29 09:30", "Madrid summit: Nordic pair receive formal invitation",
    ["The 30 NATO allies have invited Finland and Sweden to join the alliance, according to the summit declaration released in Madrid.",
     "Chancellor Olaf Scholz called the accession a historic step for European security."],
    "diplomacy", "diplomacy", 3, MAIN1, a="Lena Vossberg", n="Day-2 continuation of the day-1 story; keeps the day-1 slug."),
  E("2022-06-29 11:15", "Mikolaiv strike: at least four dead",
    ["At least four people have been killed in a missile attack on a residential building in Mikolaiv, in southern Ukraine, local authorities said.",
     "The city has been shelled almost daily since the spring."],
    "strikes", "strikes", 3, MYK, a="Lena Vossberg"),
  E("2022-06-29 13:00", "Prisoner swap brings home Azovstal fighters",
    ["Dozens of Ukrainian soldiers who defended the Azovstal plant in Mariupol are among 144 prisoners released by Russia in an exchange, Kyiv said.",
     "Russia received an unspecified number of its own soldiers in return."],
    "diplomacy", "diplomacy", 3, SWAP, a="Jonas Wendlandt"),
  E("2022-06-29 15:20", "NATO names Russia 'the most significant and direct threat'",
    ["Allied leaders adopted a new strategic concept that describes Russia as the most significant and direct threat to their security, replacing a 2010 text that called Moscow a strategic partner."],
    "diplomacy", "diplomacy", 2, "nato-strategic-concept-adopted", a="Jonas Wendlandt"),
  E("2022-06-29 17:45", "Mikolaiv toll rises to seven",
    ["The death toll from the morning missile strike on an apartment block in Mikolaiv has risen to seven, the regional governor said.",
     "Rescue work was expected to continue into the night."],
    "strikes", "strikes", 3, MYK, a="Lena Vossberg"),
  E("2022-06-29 19:05", "Azovstal fighters among 144 freed in prisoner swap",
    ["Dozens of Ukrainian soldiers who defended the Azovstal plant in Mariupol are among 144 prisoners released by Russia in an exchange, Kyiv said.",
     "Russia received an unspecified number of its soldiers in return."],
    "diplomacy", "diplomacy", 1, SWAP, a="Jonas Wendlandt", dup="4332-03", n="Near-verbatim repeat of 4332-03 -> importance 1."),
  ]))

SEEDS.append(dict(id="4333", name="4333_yarlside-worldrss", ext="xml", source="Yarlside Times", zone="Asia/Singapore", render=r_rss, rfc="+0800",
  title="Yarlside Times | World", url="https://yarlside.example", lede="World news from our Asia desk",
  notes="Invented outlet. General world-news RSS 2.0 feed from an Asian desk, newest first, pubDate with +0800 (Singapore); four of six items off-beat. Spelling 'Mykolayiv'; its early toll (one dead) is the lowest of the day. " + D2,
  not_entries=["channel title/link/description", "<category> and <guid> values"],
  entries=[
  OFF("2022-06-29 22:45", "Tropical storm forms in South China Sea",
      ["A tropical storm has formed in the South China Sea and is expected to bring heavy rain to southern China and Hong Kong by the weekend."],
      "south-china-sea-tropical-storm", n="weather."),
  E("2022-06-29 19:30", "Widodo arrives in Kyiv on peace mission",
    ["Indonesian President Joko Widodo travelled to Kyiv by train from Poland on Wednesday to meet President Volodymyr Zelensky, and is due in Moscow to see Vladimir Putin later this week.",
     "Indonesia holds the G20 presidency this year."],
    "diplomacy", "diplomacy", 2, "widodo-kyiv-moscow-mission"),
  OFF("2022-06-29 16:05", "Oil steadies as supply worries persist",
      ["Oil prices held near 117 dollars a barrel in Asian trading as concerns about tight supplies outweighed fears of an economic slowdown."],
      "oil-prices-2022-06-29", n="markets."),
  OFF("2022-06-29 13:40", "Japan swelters, power supply warning extended",
      ["Tokyo recorded a fifth straight day above 35 degrees Celsius, and the government asked households to save electricity in the afternoon."],
      "japan-heatwave-power-warning", n="weather/energy in Japan."),
  E("2022-06-29 10:25", "Russian missile kills resident of Mykolayiv apartment block",
    ["A Russian missile destroyed part of an apartment block in the Ukrainian port city of Mykolayiv, killing at least one person, officials said."],
    "strikes", "strikes", 3, MYK),
  OFF("2022-06-29 08:10", "Hong Kong tightens security ahead of July 1 anniversary",
      ["Police in Hong Kong have closed roads and set up checkpoints ahead of the 25th anniversary of the handover, when Chinese President Xi Jinping is expected to visit."],
      "hong-kong-handover-anniversary-security", n="Hong Kong."),
  ]))

# ============================================================ PART B, day 3: 2022-10-18 (UTC)
D3 = "Day 3 (2022-10-18 UTC): 4340, 4341, 4342, 4343."
EN = "russian-energy-strikes-2022-10-18"
KUL = "kuleba-iran-ties-proposal"
NIK = "nikopol-shelling-2022-10-18"

SEEDS.append(dict(id="4340", name="4340_porthkerris-worldatom", ext="xml", source="Porthkerris World", zone="UTC", render=r_atom,
  title="Porthkerris World — latest", url="https://porthkerris.example",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in Z (UTC), no authors; four of six entries off-beat (Ballon d'Or, China GDP delay, sterling, Nigeria floods). Entry 05 is Zelensky's reaction to the barrage (same story). " + D3,
  not_entries=["feed title/link/id/updated", "<updated> and <id> of each entry"],
  entries=[
  E("2022-10-18 06:10", "Russia pounds power plants in morning barrage",
    ["Russian missiles and drones hit power stations and other energy facilities in several Ukrainian cities on Tuesday morning, including Kyiv, Zhytomyr and Dnipro, causing blackouts.",
     "In Kyiv, two people were killed when a drone struck an energy facility, city officials said."],
    "strikes", "strikes", 3, EN),
  OFF("2022-10-18 08:00", "Benzema wins Ballon d'Or",
      ["Real Madrid striker Karim Benzema was named the world's best footballer at a ceremony in Paris, the first Frenchman to win the award since 1998."],
      "ballon-dor-2022", n="football."),
  OFF("2022-10-18 10:45", "China postpones release of third-quarter GDP data",
      ["China's statistics bureau has delayed publishing economic growth figures that had been due on Tuesday, without giving a reason, as the Communist Party congress continues in Beijing."],
      "china-gdp-data-delay", n="Chinese economy."),
  OFF("2022-10-18 13:30", "Pound steadies after new chancellor tears up tax plans",
      ["Sterling held its gains against the dollar after Chancellor Jeremy Hunt reversed almost all of the tax cuts announced by his predecessor last month."],
      "uk-tax-u-turn-sterling", n="UK economy."),
  E("2022-10-18 16:00", "Zelensky: a third of power stations destroyed in a week",
    ["President Volodymyr Zelensky said Russian strikes since 10 October had destroyed 30 percent of Ukraine's power stations, causing massive blackouts across the country.",
     "He said there was no room left for negotiations with Putin's regime."],
    "strikes", "strikes", 3, EN, n="Reaction about the barrage itself -> same story."),
  OFF("2022-10-18 20:15", "Floods displace over a million people in Nigeria",
      ["Flooding across Nigeria has killed more than 600 people and forced 1.3 million from their homes, the humanitarian affairs ministry said."],
      "nigeria-floods-2022", n="Nigeria floods."),
  ]))

SEEDS.append(dict(id="4341", name="4341_ravenseat-textlive", ext="txt", source="Ravenseat Report", zone="Europe/Kyiv", render=r_ravenseat,
  title="Live: Russia strikes Ukraine's energy grid again", dateline="Tuesday, 18 October", parse_args=["--date", "2022-10-18"],
  notes="Invented outlet. Text live blog, OLDEST first; the date line 'Tuesday, 18 October' has no year (parse_args --date 2022-10-18); 'All times are Kyiv time' (EEST, UTC+3); each post a bare '08:40' line BEFORE its headline and an 'Author:' line after the body. Entry 05 is the day's theme piece (explainer). Entry 07 (21:30 Kyiv) is still 18:30 UTC. " + D3,
  not_entries=["masthead and menu", "title and date lines", "'All times are Kyiv time'", "'Author:' lines", "membership plug", "'End of today's updates' and footer"],
  entries=[
  E("2022-10-18 08:40", "Explosions in Kyiv as drones target energy site",
    ["Several explosions shook Kyiv shortly after 8am as Russian drones attacked a critical infrastructure site on the left bank of the Dnipro, Mayor Vitali Klitschko said."],
    "strikes", "strikes", 3, EN, a="Dmytro Sahaidak"),
  E("2022-10-18 09:50", "Zhytomyr without power and water after strikes",
    ["The city of Zhytomyr has been left without electricity and running water after two strikes on an energy facility, Mayor Serhiy Sukhomlyn said.",
     "Hospitals switched to backup generators."],
    "strikes", "strikes", 3, EN, a="Dmytro Sahaidak"),
  E("2022-10-18 11:30", "Nikopol shelled overnight, two wounded",
    ["Russian forces fired Grad rockets and heavy artillery at Nikopol from across the Kakhovka reservoir overnight, wounding two people, Dnipropetrovsk Governor Valentyn Reznichenko said.",
     "About 20 homes and a gas pipeline were damaged."],
    "strikes", "strikes", 3, NIK, a="Iryna Kovalchenko", n="Different attack from the energy barrage: must not merge."),
  E("2022-10-18 13:15", "Kuleba proposes cutting ties with Iran",
    ["Foreign Minister Dmytro Kuleba said he would propose to President Volodymyr Zelensky that Ukraine break off diplomatic relations with Iran over its supply of drones to Russia."],
    "diplomacy", "diplomacy", 3, KUL, a="Iryna Kovalchenko"),
  E("2022-10-18 15:40", "Explainer: what we know about the Shahed-136",
    ["The Shahed-136 is a delta-wing drone about three and a half metres long that carries a warhead of up to 50 kilograms and flies to a pre-set target before diving onto it.",
     "Russia calls it the Geran-2; Ukraine says hundreds have been launched since September."],
    "strikes", "strikes", 2, "explainer-shahed-136", a="Dmytro Sahaidak", n="Theme piece (explainer with body): own story, importance 2."),
  E("2022-10-18 18:20", "EU launches training mission for Ukrainian troops",
    ["European Union foreign ministers have agreed to set up a mission to train around 15,000 Ukrainian soldiers in EU countries, and added 500 million euros to the fund that pays for weapons for Kyiv."],
    "aid", "aid", 2, "eu-military-training-mission", a="Iryna Kovalchenko", n="Different aid decision from Spain's Hawk launchers: must not merge."),
  E("2022-10-18 21:30", "Kyiv toll rises to three",
    ["A third person has died following the morning attack on the Kyiv energy facility, the city's military administration said.",
     "Emergency workers recovered the body from the rubble."],
    "strikes", "strikes", 3, EN, a="Dmytro Sahaidak"),
  ]))

SEEDS.append(dict(id="4342", name="4342_tidmarsh-htmllive", ext="html", source="Tidmarsh Live", zone="Europe/London", render=r_tidmarsh,
  title="Russia-Ukraine war: Kiev energy site hit by drones; Kuleba urges break with Iran", dateline="Tuesday 18 October 2022",
  url="https://tidmarsh.example/live/ukraine-2022-10-18",
  notes="Invented outlet. HTML live blog, newest first; JSON-LD @graph whose page node has @type ['NewsArticle','LiveBlogPosting'] and no liveBlogUpdate list; visible stamps '6.30pm' in <time datetime> (+01:00, BST). Spelling 'Kiev'. Entry 02 is a photo teaser without body; entry 06 repeats entry 03 nearly verbatim (duplicate_of 4342-03). Signature line after body gives the author. " + D3,
  not_entries=["header and menu", "h1 title", "date line", "signature lines (author)", "newsletter promo", "footer"],
  entries=[
  E("2022-10-18 07:05", "Kiev hit by drones for second day running, two dead",
    ["Drones struck an energy facility in Kiev on Tuesday morning, a day after kamikaze drones killed five people in the city, Ukrainian officials said.",
     "Two people were killed in the latest attack."],
    "strikes", "strikes", 3, EN, a="Ruth Penwarden"),
  E("2022-10-18 08:30", "Photos: Kiev residents shelter in metro stations", [], "strikes", "strikes", 1, EN, n="Photo teaser without body -> importance 1."),
  E("2022-10-18 10:15", "Ukraine's foreign minister calls for break with Tehran",
    ["Dmytro Kuleba said Ukraine should sever diplomatic relations with Iran, which he accused of bearing full responsibility for the destruction caused by its drones."],
    "diplomacy", "diplomacy", 3, KUL, a="Ruth Penwarden"),
  E("2022-10-18 12:40", "Spain to send Hawk air defence launchers",
    ["Spain will send four Hawk anti-aircraft missile launchers to Ukraine, Defence Minister Margarita Robles said, with the first due to arrive within weeks."],
    "aid", "aid", 2, "spain-hawk-launchers", a="Ruth Penwarden"),
  E("2022-10-18 14:05", "Zelensky: 30% of power stations destroyed since October 10",
    ["Since 10 October, 30 percent of Ukraine's power stations have been destroyed, President Volodymyr Zelensky wrote after the morning strikes.",
     "He said Russia was waging a campaign of terror against civilians."],
    "strikes", "strikes", 3, EN, a="Owen Gallimore"),
  E("2022-10-18 16:50", "Kuleba calls for break with Tehran",
    ["Dmytro Kuleba said Ukraine should sever diplomatic relations with Iran, which he accused of bearing full responsibility for the destruction caused by its drones."],
    "diplomacy", "diplomacy", 1, KUL, a="Ruth Penwarden", dup="4342-03", n="Near-verbatim repeat of 4342-03 (headline shortened) -> importance 1."),
  E("2022-10-18 18:30", "Tehran denies supplying drones to Moscow",
    ["Iran's foreign ministry spokesman Nasser Kanaani said reports that Tehran had sent drones to Russia for use in Ukraine were baseless."],
    "aid", "aid", 2, "iran-denies-drone-supply", a="Owen Gallimore", n="Arms transfer to Russia (denial) -> aid; separate from Kuleba's proposal and the US statement."),
  ]))

SEEDS.append(dict(id="4343", name="4343_orleton-article", ext="txt", source="Orleton Journal", zone="Europe/Warsaw", render=r_textarticle,
  title="Ukraine plunged into blackouts after strikes on energy grid", byline="Marta Zielonka", dateline="18 October 2022, 19:20 CEST",
  lede="Power cuts spread across Ukraine on Tuesday after a new wave of Russian attacks on energy facilities.", more="Poland ready to send generators",
  notes="Invented outlet. Text article with three section headings; one entry per section, stamp null, published = the dateline '18 October 2022, 19:20 CEST' (UTC+2); page byline as author. " + D3,
  not_entries=["outlet name and breadcrumb", "title line", "byline and dateline lines", "lede paragraph", "'Share this article'", "'More on this story: ...' link", "copyright line"],
  entries=[
  E("2022-10-18 19:20", "Blackouts across Ukraine after energy sites hit",
    ["Ukraine's grid operator Ukrenergo asked people to limit their electricity use in the evening after Russian missiles and drones damaged energy facilities in Kyiv, Zhytomyr, Dnipro and Kharkiv.",
     "The city of Zhytomyr spent most of the day without power or running water."],
    "strikes", "strikes", 3, EN, a="Marta Zielonka"),
  E("2022-10-18 19:20", "Washington: Iranian drones breach UN resolution",
    ["The United States agreed with Britain and France that Iran's transfer of drones to Russia violates UN Security Council resolution 2231, State Department spokesman Ned Price said.",
     "He said Washington would act against those involved."],
    "diplomacy", "diplomacy", 2, "iran-drones-un-resolution-2231", sec=["aid"], a="Marta Zielonka",
    n="Separate statement from Kuleba's proposal to cut ties (different official, different step): must not merge."),
  E("2022-10-18 19:20", "Nikopol under fire again",
    ["Across the reservoir from the Russian-held nuclear plant, the town of Nikopol was shelled again overnight, with two residents wounded, regional officials said."],
    "strikes", "strikes", 3, NIK, a="Marta Zielonka"),
  ]))


# ============================================================ emit
BASIS = {
  "r_dailyft": "date line '{s}' (full date, 24 h); Sri Lanka time implied by the outlet, UTC+05:30",
  "r_nyasa": "glued byline/date '{s}' (date and 12 h time); Malawi time implied by the outlet, CAT = UTC+2",
  "r_newera": "pubDate '{s}' (explicit +0000)",
  "r_mmegi": "relative stamp '{s}' resolved against the printed 'Updated 13 April 2022, 21:10' (Botswana, CAT = UTC+2)",
  "r_civilnet": "no per-bullet time; the article dateline '10.07.2022, 19:45' (Yerevan, UTC+4) used for every bullet; JSON-LD datePublished agrees",
  "r_tasr": "dc:date '{s}' (explicit offset)",
  "r_sr": "Swedish stamp '{s}' (weekday, date, 'kl' HH.MM); Stockholm CEST = UTC+2",
  "r_military": "stamp '{s}' under the date line for {d}; US Eastern, EDT = UTC-4; JSON-LD update time agrees",
  "r_canberra": "stamp '{s}' under the day header for {d} (year from the 'first published July 3 2022' line); Canberra AEST = UTC+10",
  "r_spinoff": "stamp '{s}' on the page's day {d} (title names October 6 without a year: parse_args --date); NZDT = UTC+13, so UTC is the previous day",
  "r_ormsgill": "stamp '{s}' on the page's date {d}; BST = UTC+1",
  "r_pellow": "stamp '{s}' with <time datetime> (+03:00) on {d}; JSON-LD update time agrees",
  "r_rss": "pubDate '{s}' (explicit zone)",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_textarticle": "no per-section time; the article dateline ({d}, {z}) used for every section",
  "r_rosebush": "stamp '{s}' on the page's date {d}; BST = UTC+1",
  "r_quoditch": "stamp line '{s}' after the headline, on the page's date {d}; CEST = UTC+2",
  "r_ravenseat": "stamp '{s}' under the date line 'Tuesday, 18 October' (no year; parse_args --date 2022-10-18); Kyiv EEST = UTC+3",
  "r_tidmarsh": "stamp '{s}' with <time datetime> (+01:00) on {d}; BST = UTC+1",
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
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), z=S["zone"]),
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
        print(fn, len(ents))


if __name__ == "__main__":
    main()

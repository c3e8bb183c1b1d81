#!/usr/bin/env python3
"""Builds eval/an seeds and gold files from the hand-written table below (one table renders both).
All news text is invented or paraphrased in the tester's own words; Part B outlets are invented. Deterministic.
Run: python3 eval/an/tools/build.py"""
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
    m = re.search(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018\u20ac$]|$)', par)
    return par[:m.end()] if m else par


def esc(s):
    return html.escape(s, quote=False)


def ent(s):  # WordPress-style numeric entities inside JSON-LD strings
    return s.replace("\u2019", "&#8217;").replace("\u2018", "&#8216;").replace("&", "&amp;").replace("&amp;#", "&#")


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", (s or "item").lower()).strip("-")[:60]


def ampm(d, style):
    hh = d.hour % 12 or 12
    if style == "a.m.":
        return f"{hh}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'}"
    if style == "pm":
        return f"{hh}:{d.minute:02d} {'am' if d.hour < 12 else 'pm'}"
    if style == "dotpm":
        return f"{hh}.{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"
    raise ValueError(style)


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


# =============================================================== Part A renderers (return text, stamps)

def r_fijisun(S):  # text scrape of a World category page: headline, "By X", "January 14, 2025 1:35 pm", body, "Read more"
    z = S["zone"]
    L = ["Fiji Sun", "Search", "Home   Nation   World   Business   Sports   Opinion   Pacific   Features   e-Paper", "",
         "Subscribe to the digital edition for $2.99 a week", "", "World", ""]
    st_ = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); s = f"{MONTHS[d.month-1]} {d.day}, {d.year} {ampm(d, 'pm')}"; st_.append(s)
        L += [e["h"], f"By {e['a']}" if e["a"] else "", s, ""] + ptxt(e["p"]) + ["Read more", "Share: Facebook  Twitter  WhatsApp", ""]
        if i == 2:
            L += ["ADVERTISEMENT", "", "Related: Pacific leaders call for calm over South China Sea", ""]
    L += ["Older posts", "", "Fiji Sun, Vomo Street, Lautoka. All rights reserved.",
          "This website uses cookies to improve your experience. Accept  Read More"]
    return "\n".join(L) + "\n", st_


def r_ewn(S):  # text scrape: relative stamps resolved against the printed 'Last updated' line (SAST)
    z = S["zone"]; ref = dt(S["ref"], z)
    L = ["EWN", "Eyewitness News", "Listen Live", "Local   Politics   World   Africa   Business   Sport   Lifestyle   Opinion   Weather", "",
         "We use cookies to give you the best experience on our website. Accept", "", "World", "", S["title"], "",
         f"Last updated: {ref.day} {MONTHS[ref.month-1]} {ref.year}, {ref:%H:%M} SAST", ""]
    st_ = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        s = f"{mins} minutes ago" if mins < 60 else (f"{mins // 60} hours ago" if mins >= 120 else "1 hour ago")
        assert mins < 60 or mins % 60 == 0, e["t"]
        st_.append(s)
        L += [e["h"], s, e["a"] or "", ""] + ptxt(e["p"]) + ["Read full story", ""]
        if i == 3:
            L += ["Get the EWN newsletter", "Top stories every morning, straight to your inbox.", "Sign up", ""]
    L += ["Load more", "", "Trending", "Stage 2 water restrictions extended in Tshwane", "", "© 2025 Eyewitness News. All rights reserved.  Privacy  Terms"]
    return "\n".join(L) + "\n", st_


def r_riotimes(S):  # HTML tag listing; <time> with "October 13, 2025 9:20 pm"; crosses local midnight
    z = S["zone"]
    out = ["<!DOCTYPE html>", '<html lang="en-US"><head><meta charset="UTF-8">', f"<title>{esc(S['title'])} - The Rio Times</title>", "</head><body>",
           '<header class="site-header"><a class="logo" href="/">The Rio Times</a><nav class="main-nav"><a href="/brazil/">Brazil</a> <a href="/latin-america/">Latin America</a> <a href="/economy/">Economy</a> <a href="/world/">World</a> <a href="/markets/">Markets</a></nav><a class="btn" href="/subscribe/">Subscribe</a></header>',
           f'<main class="archive"><h1 class="archive-title">{esc(S["title"])}</h1>']
    st_ = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); s = f"{MONTHS[d.month-1]} {d.day}, {d.year} {ampm(d, 'pm')}"; st_.append(s)
        out.append(f'<article class="post-card"><h2 class="entry-title"><a href="/world/{slug(e["h"])}/">{esc(e["h"])}</a></h2>')
        out.append(f'<div class="meta"><span class="author">By {esc(e["a"])}</span> <time datetime="{d.isoformat()}">{s}</time></div>')
        out.append('<div class="excerpt">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "</div>")
        out.append('<div class="share"><a>Share</a> <a>Tweet</a> <a>WhatsApp</a></div></article>')
        if i == 2:
            out.append('<aside class="newsletter"><h3>Rio Times Daily Brief</h3><p>Latin American markets and politics before the open.</p><form><input type="email" placeholder="Email"/><button>Sign up</button></form></aside>')
    out += ["</main>", '<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/x1">Real slips as investors eye fiscal package</a></li><li><a href="/x2">Argentina midterms: what to watch</a></li></ul></aside>',
            '<footer><p>© 2025 The Rio Times. All rights reserved.</p><p><a href="/privacy">Privacy</a> | <a href="/contact">Contact</a></p></footer></body></html>']
    return "\n".join(out) + "\n", st_


def r_gazeta(S):  # text scrape of the English news feed: date header, time on its own line BEFORE the headline
    z = S["zone"]
    L = ["Gazeta.uz", "Русский   Oʻzbekcha   English", "News   Politics   Economy   Society   World   Sport   Photo", "", "News feed", ""]
    st_ = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        lab = f"{d.day} {MONTHS[d.month-1]} {d.year}"
        if lab != cur:
            cur = lab; L += [lab, ""]
        s = d.strftime("%H:%M"); st_.append(s)
        L += [s, e["h"], ""] + ptxt(e["p"])
        if i == 3:
            L += ["Subscribe to our Telegram channel", ""]
    L += ["Show more", "", "© 2009–2025 Gazeta.uz. Reproduction of materials is allowed only with a hyperlink.", "18+"]
    return "\n".join(L) + "\n", st_


def r_dne(S):  # HTML "key events" article: bullets under h3 groups (no headlines, no stamps), NewsArticle JSON-LD with entities
    z = S["zone"]; d = dt(S["dateline"], z)
    ld = ('{"@context":"https://schema.org","@type":"NewsArticle","headline":"' + ent(S["title"]).replace("Russia-Ukraine", "Russia&#8211;Ukraine") + '","datePublished":"' + d.isoformat()
          + '","author":{"@type":"Person","name":"' + S["author"] + '"},"publisher":{"@type":"Organization","name":"Daily News Egypt"},"description":"'
          + ent(S["lede"]) + '"}')
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Daily News Egypt</title>",
           f'<script type="application/ld+json">{ld}</script>', "</head><body>",
           '<div class="topbar">Tuesday, December 16, 2025 <a href="/e-paper">E-Paper</a></div>',
           '<header><a class="logo" href="/">Daily News Egypt</a><nav><a href="/category/politics/">Politics</a> <a href="/category/business/">Business</a> <a href="/category/world/">World</a> <a href="/category/culture/">Culture</a> <a href="/category/sports/">Sports</a></nav></header>',
           '<article class="post">', f'<h1 class="post-title">{esc(S["title"])}</h1>',
           f'<div class="post-meta"><span class="byline">{esc(S["author"])}</span> <span class="date">{esc(S["printed"])}</span></div>',
           '<div class="share"><a>Facebook</a> <a>X</a> <a>LinkedIn</a> <a>Print</a></div>',
           f"<p><strong>{esc(S['lede'])}</strong></p>"]
    st_ = []; cur = None
    for e in S["entries"]:
        if e["grp"] != cur:
            if cur is not None:
                out.append("</ul>")
            cur = e["grp"]; out.append(f"<h3>{esc(cur)}</h3><ul>")
        out.append(f"<li>{esc(e['p'][0])}</li>"); st_.append(None)
    out += ["</ul>", '<div class="tags">Tags: <a>Russia</a> <a>Ukraine</a></div>', "</article>",
            '<aside class="related"><h4>Related Posts</h4><ul><li><a href="/r1">Egypt, Greece review gas cooperation</a></li><li><a href="/r2">Suez Canal revenues edge higher</a></li></ul></aside>',
            "<footer>© 2025 Daily News Egypt. All rights reserved.</footer></body></html>"]
    return "\n".join(out) + "\n", st_


def r_newage(S):  # text scrape of International section: "Agence France-Presse . Kyiv", "Published: 19:48, Jan 29,2025"
    z = S["zone"]
    L = ["New Age | The Outspoken Daily", "Wednesday, January 29, 2025", "Home   National   Politics   Economy   International   Opinion   Sports   Entertainment", "",
         "International", ""]
    st_ = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); s = f"Published: {d:%H:%M}, {d:%b} {d.day},{d.year}"; st_.append(s)
        L += [e["h"], f"{e['a']} . {e['place']}", s]
        if e.get("upd"):
            L.append(f"Updated: {e['upd']}, {d:%b} {d.day},{d.year}")
        L += [""] + ptxt(e["p"]) + ["Share: Facebook  Twitter  Linkedin  Email", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["More from International", "", "Editor: Nurul Kabir", "Copyright © 2025 New Age. All rights reserved."]
    return "\n".join(L) + "\n", st_


def r_baltsun(S):  # HTML live updates: date lines above a timeline, "8:35 p.m." stamps, page byline, LiveBlogPosting JSON-LD with entities
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append('{"@type":"BlogPosting","headline":"' + ent(e["h"]) + '","datePublished":"' + d.isoformat() + '","articleBody":"' + ent(" ".join(e["p"])) + '","url":"' + S["url"] + f'#post-{i+1}"' + "}")
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = ('{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"' + ent(S["title"]) + '","url":"' + S["url"] + '","coverageStartTime":"'
          + first.isoformat() + '","dateModified":"' + last.isoformat() + '","author":{"@type":"Organization","name":"' + S["author"] + '"},"liveBlogUpdate":[' + ",".join(ups) + "]}")
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} – Baltimore Sun</title>",
           f'<script type="application/ld+json">{ld}</script>', "</head><body>",
           '<header class="masthead"><a class="logo" href="/">Baltimore Sun</a><nav><a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/opinion/">Opinion</a> <a href="/weather/">Weather</a> <a href="/obituaries/">Obituaries</a> <a href="/eedition/">eNewspaper</a></nav><a class="sub" href="/subscribe/">Subscribe</a> <a href="/login/">Log in</a></header>',
           f'<main><div class="kicker">World news</div><h1>{esc(S["title"])}</h1>',
           f'<p class="byline">By {esc(S["author"])}</p><p class="updated">{esc(S["updated"])}</p>',
           '<div class="share"><button>Share</button> <button>Gift article</button></div>', '<div class="timeline">']
    st_ = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        lab = f"{d:%A}, {S['monab'][d.month]} {d.day}"
        if lab != cur:
            cur = lab; out.append(f'<h3 class="dateline">{lab}</h3>')
        s = ampm(d, "a.m."); st_.append(s)
        out.append(f'<div class="post" id="post-{i+1}"><p class="time">{s}</p><h2>{esc(e["h"])}</h2>')
        if e["a"] != S["author"]:
            out.append(f'<p class="post-byline">By {esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]] + ["</div>"]
        if i == 2:
            out.append('<div class="newsletter"><h4>Sign up for The Sun Daily</h4><p>Baltimore\'s top headlines every morning.</p><button>Sign up</button></div>')
    out += ["</div></main>", '<aside class="more"><h4>More in World news</h4><ul><li><a href="/m1">Tracking the hurricane season</a></li><li><a href="/m2">Photos: Artscape returns</a></li></ul></aside>',
            "<footer>Copyright © 2025 Baltimore Sun. Terms of Service | Privacy Policy | Cookie settings</footer></body></html>"]
    return "\n".join(out) + "\n", st_


def r_norway(S):  # HTML tag page: byline fused to "20 November 2025 06:07" in one text node
    z = S["zone"]
    out = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="UTF-8">', f"<title>{esc(S['title'])} | Norway Today</title>", "</head><body>",
           '<header><div class="logo"><a href="/">Norway Today</a></div><nav><a href="/news">News</a> <a href="/politics">Politics</a> <a href="/business">Business</a> <a href="/crime">Crime</a> <a href="/sport">Sport</a> <a href="/tag/ukraine">Ukraine</a></nav></header>',
           f'<main><h1 class="tag-title">{esc(S["title"])}</h1>']
    st_ = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); s = f"{e['a']}{d.day} {MONTHS[d.month-1]} {d.year} {d:%H:%M}"; st_.append(s)
        out.append(f'<article class="teaser"><h2><a href="/{slug(e["h"])}">{esc(e["h"])}</a></h2><div class="entry-meta">{esc(s)}</div>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<a class="more-link" href="#">Read more</a> <div class="social"><a>Facebook</a> <a>X</a></div></article>')
        if i == 1:
            out.append('<div class="ad">Advertisement</div>')
    out += ['<div class="pagination"><a href="?page=2">Next page</a></div>', "</main>",
            '<aside><div class="widget"><h3>Subscribe to our newsletter</h3><p>News from Norway in English, every weekday.</p><input placeholder="E-mail"/></div></aside>',
            "<footer>© Norway Today – news in English. Contains material from NTB.</footer></body></html>"]
    return "\n".join(out) + "\n", st_


def r_macau(S):  # WordPress RSS 2.0, pubDate in +0000 while the outlet's home zone is Macau
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           "<channel>", f"<title>{esc(S['title'])}</title>", "<link>https://www.macaubusiness.com</link>",
           "<description>Business, economy and world news from Macau</description>", "<language>en-US</language>"]
    st_ = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], z).astimezone(UTC); s = u.strftime("%a, %d %b %Y %H:%M:%S +0000"); st_.append(s)
        if i == 0:
            out.append(f"<lastBuildDate>{s}</lastBuildDate>")
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://www.macaubusiness.com/{slug(e['h'])}/</link>",
                f"<dc:creator><![CDATA[{e['a']}]]></dc:creator>", f"<pubDate>{s}</pubDate>",
                f"<category><![CDATA[{e.get('cat', 'World')}]]></category>",
                f'<guid isPermaLink="false">https://www.macaubusiness.com/?p={S["id"]}{i+1:02d}</guid>',
                f"<description><![CDATA[{e['p'][0][:90]} [&#8230;]]]></description>",
                "<content:encoded><![CDATA[" + "".join(f"<p>{p}</p>" for p in e["p"]) + "]]></content:encoded>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", st_


def r_iceland(S):  # RSS 1.0 (RDF) with dc:date ISO stamps
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
           '<channel rdf:about="https://icelandmonitor.mbl.is/rss/">', f"<title>{esc(S['title'])}</title>", "<link>https://icelandmonitor.mbl.is/</link>",
           "<description>News from Iceland in English</description>", "<items><rdf:Seq>"]
    links = [f"https://icelandmonitor.mbl.is/news/{S['id']}{i+1:02d}/" for i in range(len(S["entries"]))]
    out += [f'<rdf:li rdf:resource="{l}"/>' for l in links] + ["</rdf:Seq></items>", "</channel>"]
    st_ = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); s = d.strftime("%Y-%m-%dT%H:%M:00+00:00"); st_.append(s)
        out += [f'<item rdf:about="{links[i]}">', f"<title>{esc(e['h'])}</title>", f"<link>{links[i]}</link>",
                "<description>" + esc("".join(f"<p>{p}</p>" for p in e["p"])) + "</description>",
                f"<dc:date>{s}</dc:date>"] + ([f"<dc:creator>{esc(e['a'])}</dc:creator>"] if e["a"] else []) + ["</item>"]
    out.append("</rdf:RDF>")
    return "\n".join(out) + "\n", st_


# =============================================================== Part B renderers

def r_otter(S):  # text live, OLDEST first, Key Points block, "14:09 GMT" line then headline, "— Reporting by X" after body
    z = S["zone"]
    L = ["OTTERHAMPTON DAILY", "World | UK | Business | Sport | Culture | Live", "", S["title"], "", S["date_line"], "",
         "Our live coverage of the war in Ukraine. All times GMT, oldest first.", "", "Key Points"]
    L += [e["h"] for e in S["entries"] if e["kp"]] + ["", "Refresh for latest", ""]
    st_ = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); s = f"{d:%H:%M} GMT"; st_.append(s)
        L += [s, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"— Reporting by {e['a']}", ""]
        L += ["Share this update", ""]
    L += ["This live blog has now closed.", "", "© Otterhampton Daily. Cookies | Privacy | Contact the newsdesk"]
    return "\n".join(L) + "\n", st_


def r_pilsdon(S):  # HTML live, LiveBlogPosting JSON-LD with per-update times, <time datetime> HH:MM (Kyiv), author span per update
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#u{i+1}", "headline": e["h"], "datePublished": d.isoformat(), "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
          "coverageStartTime": dt(S["entries"][-1]["t"], z).isoformat(), "dateModified": dt(S["entries"][0]["t"], z).isoformat(),
          "publisher": {"@type": "Organization", "name": "Pilsdon Observer"}, "liveBlogUpdate": ups}
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Pilsdon Observer</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>", "</head><body>",
           '<header><a class="brand" href="/">Pilsdon Observer</a><nav><a href="/europe">Europe</a> <a href="/ukraine">Ukraine</a> <a href="/analysis">Analysis</a> <a href="/podcasts">Podcasts</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1><p class="standfirst">{esc(S["lede"])}</p><p class="tznote">All times are Kyiv time (EET).</p><ol class="updates">']
    st_ = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); s = d.strftime("%H:%M"); st_.append(s)
        out.append(f'<li class="update" id="u{i+1}"><time datetime="{d.isoformat()}">{s}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<span class="author">{esc(e["a"])}</span>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]] + ['<div class="share"><a>Copy link</a></div></li>']
        if i == 3:
            out.append('<li class="promo">Support independent reporting from Ukraine. <a href="/donate">Donate</a></li>')
    out += ["</ol></main>", '<aside><h3>Read next</h3><a href="/r">The long winter: Ukraine\'s grid after four years of war</a></aside>',
            "<footer>© 2025 Pilsdon Observer</footer></body></html>"]
    return "\n".join(out) + "\n", st_


def r_rss_gmt(S):  # general world RSS 2.0, GMT pubDates, CDATA paragraphs, no authors
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "<channel>", f"<title>{esc(S['title'])}</title>",
           f"<link>{S['link']}</link>", f"<description>{esc(S['desc'])}</description>"]
    st_ = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], S["zone"]).astimezone(UTC); s = u.strftime("%a, %d %b %Y %H:%M:%S GMT"); st_.append(s)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['link']}/{slug(e['h'])}</link>", f"<guid>{S['link']}/{S['id']}-{i+1}</guid>",
                f"<pubDate>{s}</pubDate>", f"<category>{e.get('cat', 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{p}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", st_


def r_article_txt(S):  # text article, byline + dateline, section headings = entries (stamp null)
    L = [S["site"], "Home > World > Europe", "", S["title"], "", S["standfirst"], "", f"By {S['author']}", S["dateline"], "",
         "Share   Save   Comment", ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Topics: Ukraine, European Union, Russia", "", "More from World", "", f"© {S['site']}. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_nunney(S):  # HTML live, no JSON-LD, "2.35pm" stamps, "By X" under headline, newest first
    z = S["zone"]
    out = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Nunney Times</title>", "</head><body>",
           '<header><div class="brand">Nunney Times</div><nav><a>News</a> <a>World</a> <a>Politics</a> <a>Money</a> <a>Sport</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1><p class="date">{esc(S["date_line"])}</p><p class="upd">{esc(S["updated"])}</p><div class="blog">']
    st_ = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); s = ampm(d, "dotpm"); st_.append(s)
        out.append(f'<section class="entry"><span class="ts">{s}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="by">By {esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if not e["p"]:
            out.append('<div class="gallery">[Gallery: 12 images]</div>')
        out.append("</section>")
        if i == 2:
            out.append('<div class="newsletter">Get our Evening Briefing newsletter <button>Sign me up</button></div>')
    out += ["</div></main>", "<footer>Nunney Times © 2025 | Terms | Privacy | Cookie preferences</footer></body></html>"]
    return "\n".join(out) + "\n", st_


def r_atom(S):  # Atom 1.0 with offsets of the page zone, escaped html content, per-entry author (optional)
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           f'<link href="{S["link"]}"/>', f"<id>{S['link']}</id>", f"<updated>{dt(S['entries'][0]['t'], z).isoformat()}</updated>"]
    st_ = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); s = d.isoformat() if S.get("offsets") else d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"); st_.append(s)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="{S["link"]}/{slug(e["h"])}"/>', f"<id>{S['link']}/{S['id']}-{i+1}</id>",
                f"<published>{s}</published>", f"<updated>{s}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        out += ['<content type="html">' + esc("".join(f"<p>{p}</p>" for p in e["p"])) + "</content>", "</entry>"]
    out.append("</feed>")
    return "\n".join(out) + "\n", st_


def r_rockbeare(S):  # text live, OLDEST first, headline line then "Posted 08:12 CET by NAME"
    z = S["zone"]
    L = ["Rockbeare Live", "Menu   Search   Sign in", "", S["title"], S["date_line"], "", "Updates appear below in the order they were posted.", ""]
    st_ = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); s = f"{d:%H:%M} CET"; st_.append(s)
        L += [e["h"], f"Posted {s} by {e['a']}" if e["a"] else f"Posted {s}", ""] + ptxt(e["p"]) + ["Like   Share", ""]
        if i == 2:
            L += ["READ MORE: Winter energy bills across Europe compared", ""]
    L += ["You have reached the end of this live page.", "", "Rockbeare Live — independent news. Privacy settings"]
    return "\n".join(L) + "\n", st_


def r_pentewan(S):  # text live, newest first, "14:38 BST" line, headline, "By X", Key Points at top
    z = S["zone"]
    L = ["PENTEWAN LIVE", "News  Sport  Weather  Live", "", S["title"], S["date_line"], "", S["lede"], "", "Key Points"]
    L += ["• " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest updates", ""]
    st_ = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); s = f"{d:%H:%M} BST"; st_.append(s)
        L += [s, e["h"]] + ([f"By {e['a']}"] if e["a"] else []) + [""] + ptxt(e["p"])
        if not e["p"]:
            L += ["[Video: 1:42]", ""]
    L += ["Back to top", "", "Pentewan Live uses cookies. Manage settings", "© 2025 Pentewan Live"]
    return "\n".join(L) + "\n", st_


def r_trewint(S):  # HTML live, @graph JSON-LD with @type array; byline before headline; <time> HH:MM Kyiv (EEST)
    z = S["zone"]
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#e{i+1}", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat(),
            "articleBody": " ".join(e["p"])} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": S["url"], "name": S["title"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"] + "#live", "headline": S["title"],
         "datePublished": dt(S["entries"][-1]["t"], z).isoformat(), "dateModified": dt(S["entries"][0]["t"], z).isoformat(),
         "author": {"@type": "Organization", "name": "Trewint Observer"}, "liveBlogUpdate": ups}]}
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>", "</head><body>",
           '<header><a href="/">Trewint Observer</a> <nav><a>Ukraine</a> <a>Europe</a> <a>Opinion</a> <a>Newsletters</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1><p class="dek">{esc(S["lede"])}</p>']
    st_ = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); s = d.strftime("%H:%M"); st_.append(s)
        out.append(f'<article class="live-entry" id="e{i+1}"><div class="meta"><span class="by">{esc(e["a"] or "Trewint Observer staff")}</span> <time datetime="{d.isoformat()}">{s}</time></div><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]] + ["</article>"]
        if i == 1:
            out.append('<div class="inline-related">Related: <a href="/r">Inside Ukraine\'s air-defence gap</a></div>')
    out += ["</main>", "<footer>Trewint Observer — all times Kyiv (EEST). © 2025</footer></body></html>"]
    return "\n".join(out) + "\n", st_


def r_oare(S):  # RSS 2.0 war feed, +0300 pubDate, entity-escaped HTML description, <author>email (Name)</author>
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "<channel>", f"<title>{esc(S['title'])}</title>",
           "<link>https://oarechronicle.example/ukraine</link>", "<description>War in Ukraine: reports from the Oare Chronicle desk</description>"]
    st_ = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); s = d.strftime("%a, %d %b %Y %H:%M:%S %z"); st_.append(s)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://oarechronicle.example/ukraine/{slug(e['h'])}</link>",
                f"<pubDate>{s}</pubDate>"] + ([f"<author>desk@oarechronicle.example ({esc(e['a'])})</author>"] if e["a"] else []) + \
               ["<description>" + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</description>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", st_


# =============================================================== PART A: single pages
SEEDS = []

SEEDS.append(dict(id="4100", name="4100_fijisun-world", ext="txt", source="Fiji Sun", zone="Pacific/Fiji", render=r_fijisun,
  title=None, fmt="plain text, headline / 'By X' / 'January 14, 2025 1:35 pm' / body / 'Read more'", imitates="Fiji Sun world section",
  notes="Fiji Sun-style World category scrape, Tuesday 14 January 2025, newest first. Stamps 'January 14, 2025 1:35 pm' on the line after the byline; no zone printed, Fiji time (UTC+12) implied by the outlet, so every local afternoon/evening time falls on the same UTC date (01:05-09:40 UTC 14 Jan). No page title line beyond the section label 'World' (page_title null). Agency bylines ('By AFP', 'By Reuters') count as authors; the local weather item has an empty byline line.",
  not_entries=["masthead, 'Search', section menu", "digital-edition subscription line", "section label 'World'", "'Read more' and share lines after each item", "'ADVERTISEMENT'", "'Related:' link about the South China Sea", "'Older posts'", "footer address line and cookie notice"],
  entries=[
  E("2025-01-14 21:40", "Russian missiles and drones target gas production sites in western Ukraine",
    ["Russia fired more than 40 missiles and about 70 drones at Ukraine overnight, aiming mainly at gas extraction and processing facilities in the Lviv and Ivano-Frankivsk regions, Kyiv said.",
     "Energy company officials said equipment at several sites was damaged but gas supplies to households continued."],
    "strikes", "strikes", 3, "gas-infrastructure-barrage-2025-01-14", a="AFP", n="Large combined strike -> 3."),
  E("2025-01-14 19:05", "Ukraine says drones struck chemical plant in Russia's Bryansk region",
    ["Ukraine's general staff said drones had hit a chemical works in the Bryansk region that supplies components for Russian munitions.",
     "The regional governor reported a large attack but said no one was hurt."],
    "strikes", "strikes", 2, "bryansk-chemical-plant-drone-strike-2025-01-14", a="Reuters"),
  E("2025-01-14 16:30", "Zelenskiy asks allies to speed up air defence deliveries before spring",
    ["President Volodymyr Zelenskiy urged Ukraine's partners to deliver promised air defence systems faster, saying Russia was stockpiling missiles for new winter attacks.",
     "He spoke in his nightly video address after meeting military commanders."],
    "aid", "aid", 2, "zelenskiy-air-defence-appeal-2025-01-14", a="Reuters"),
  OFF("2025-01-14 15:10", "Flights delayed at Nadi as tropical depression moves closer",
    ["Several international flights were delayed at Nadi International Airport as a tropical depression brought heavy rain to the Western Division.",
     "The weather office has issued a heavy rain warning for the rest of the week."],
    "nadi-flights-tropical-depression", a=None, n="local Fijian weather item, not about the war."),
  E("2025-01-14 14:20", "Lavrov says Moscow will listen to any proposals from Trump's team",
    ["Russian Foreign Minister Sergei Lavrov said Moscow was ready to hear concrete ideas from the incoming US administration on ending the conflict.",
     "Speaking at his annual news conference, he repeated that any settlement must address what he called the root causes of the war."],
    "diplomacy", "diplomacy", 2, "lavrov-annual-press-conference-2025-01-14", a="AFP"),
  E("2025-01-14 13:05", "NATO launches Baltic Sea patrol mission after undersea cable damage",
    ["NATO will send frigates, patrol aircraft and naval drones to watch over undersea cables in the Baltic Sea, Secretary General Mark Rutte announced at a meeting in Helsinki.",
     "Several cables and a pipeline have been damaged in recent months, and investigators suspect ships dragging their anchors."],
    "other", "security", 2, "nato-baltic-sea-patrol-mission", a="AFP", n="Security measure by NATO (non-party) -> other/security."),
  ]))

SEEDS.append(dict(id="4101", name="4101_ewn-world", ext="txt", source="Eyewitness News", zone="Africa/Johannesburg", render=r_ewn,
  title="Russia-Ukraine war: the latest", ref="2025-08-05 19:40", fmt="plain text, relative stamps ('3 hours ago') + printed 'Last updated ... SAST'",
  imitates="Eyewitness News (EWN) world page",
  notes="EWN-style world page scrape, Tuesday 5 August 2025. Each item: headline, relative stamp ('45 minutes ago', '2 hours ago'), byline line, body, 'Read full story'. Relative stamps resolved against the printed 'Last updated: 5 August 2025, 19:40 SAST' (UTC+2). All items 08:40-18:55 SAST = 06:40-16:55 UTC on 5 Aug. Two South African items are off-beat.",
  not_entries=["'EWN', 'Eyewitness News', 'Listen Live', section menu", "cookie notice", "section label 'World' and page heading", "'Last updated' line (anchor for relative stamps)", "'Read full story' after each item", "newsletter box", "'Load more'", "'Trending' box with the Tshwane water item", "footer"],
  entries=[
  E("2025-08-05 18:55", "Ramaphosa and Zelensky discuss peace efforts in phone call",
    ["President Cyril Ramaphosa spoke to Ukrainian President Volodymyr Zelensky on Tuesday about efforts to end the war, the Presidency said.",
     "Ramaphosa said South Africa remained willing to help with talks, and the two leaders agreed to stay in contact ahead of the G20 summit in Johannesburg."],
    "diplomacy", "diplomacy", 3, "ramaphosa-zelensky-call-2025-08-05", a="Nthabiseng Dlamini", n="Head-of-state diplomatic contact -> 3."),
  E("2025-08-05 17:40", "Russian drone hits bus in Kherson region, killing three",
    ["A Russian drone struck a passenger bus near the city of Kherson on Tuesday, killing three people and injuring eleven, the regional administration said.",
     "Officials said the bus was carrying workers home from a market."],
    "strikes", "strikes", 3, "kherson-bus-drone-strike-2025-08-05", a="Reuters", n="Deadly strike -> 3."),
  E("2025-08-05 16:40", "Kremlin confirms Witkoff will visit Moscow this week",
    ["The Kremlin said US special envoy Steve Witkoff was expected in Moscow in the coming days, ahead of a deadline set by Washington for progress towards a ceasefire.",
     "Spokesman Dmitry Peskov said President Vladimir Putin could receive the envoy but gave no date."],
    "diplomacy", "diplomacy", 3, "witkoff-moscow-visit-announced-2025-08-05", a="AFP"),
  OFF("2025-08-05 15:40", "Eskom says power cuts unlikely for the rest of the week",
    ["The power utility said generation was stable and that it did not expect to implement load shedding before the weekend.",
     "It urged households to keep using electricity sparingly during the evening peak."],
    "eskom-load-shedding-outlook", a="Lerato Mokoena", n="South African electricity item, not about the war."),
  E("2025-08-05 13:40", "Germany to pay for two more Patriot systems for Ukraine",
    ["Germany will fund two additional Patriot air defence systems for Ukraine, to be bought from the United States, the defence ministry in Berlin said.",
     "The launchers could reach Ukraine within months, officials said."],
    "aid", "aid", 3, "germany-patriot-funding-2025-08-05", a="Reuters", n="Major air-defence package -> 3."),
  E("2025-08-05 10:40", "Ukraine says it repelled dozens of assaults around Pokrovsk",
    ["Ukraine's military said its troops had fought off more than 50 Russian attacks around the eastern town of Pokrovsk in the past day.",
     "Russia has been trying to encircle the town for months."],
    "other", "frontline", 2, "pokrovsk-assaults-repelled-2025-08-05", a="AFP"),
  OFF("2025-08-05 08:40", "Taxi strike in Gauteng called off after overnight talks",
    ["Taxi associations in Gauteng suspended a planned strike after reaching an agreement with the provincial transport department.",
     "Commuters had been warned to expect disruption on major routes."],
    "gauteng-taxi-strike-called-off", a="Lerato Mokoena", n="local transport dispute, not about the war (labour strike, not an attack)."),
  ]))

SEEDS.append(dict(id="4102", name="4102_riotimes-tag", ext="html", source="The Rio Times", zone="America/Sao_Paulo", render=r_riotimes,
  title="Ukraine War", fmt="HTML tag listing, <time> 'October 13, 2025 9:20 pm', crosses local midnight", imitates="The Rio Times tag page",
  notes="Rio Times-style tag listing ('Ukraine War'), newest first, no JSON-LD. Stamps 'October 14, 2025 5:50 pm' in <time> (datetime attribute carries -03:00). Brasília time (UTC-3). The page crosses local midnight: the last two cards are dated October 13 local evening and October 14 00:40, but all six fall on UTC 14 October (00:20-20:50 UTC).",
  not_entries=["site header and navigation, 'Subscribe'", "archive heading 'Ukraine War' (page title)", "share links in each card", "newsletter box 'Rio Times Daily Brief'", "sidebar 'Most read' links", "footer"],
  entries=[
  E("2025-10-14 17:50", "Brazil and China press UN members to back their peace framework",
    ["Brazilian and Chinese diplomats met representatives of more than a dozen countries at the United Nations to promote their joint proposal for talks between Russia and Ukraine.",
     "Itamaraty said the group would meet again before the end of the year."],
    "diplomacy", "diplomacy", 2, "brazil-china-un-peace-group-2025-10-14", a="Marcelo Duarte"),
  E("2025-10-14 15:05", "Ukrainian drones hit Saratov refinery, Russian officials say",
    ["Drones struck an oil refinery in the Russian city of Saratov overnight, starting a fire that was later put out, the regional governor said.",
     "The plant has been targeted several times this year as Ukraine tries to cut Russia's fuel revenues."],
    "strikes", "strikes", 2, "saratov-refinery-drone-strike-2025-10-14", a="Rio Times Newsroom"),
  E("2025-10-14 11:30", "Zelensky puts Tomahawk missiles on the agenda for his Washington trip",
    ["Ukrainian President Volodymyr Zelensky said he would ask US President Donald Trump for long-range Tomahawk cruise missiles when they meet later this week.",
     "Moscow has warned that supplying the missiles would mark a serious escalation."],
    "aid", "aid", 2, "tomahawk-request-washington-visit", a="Marcelo Duarte", sec=["diplomacy"]),
  OFF("2025-10-14 08:45", "Central bank signals Selic will stay at 15% for longer",
    ["Brazil's central bank said in the minutes of its latest meeting that interest rates would stay at their current level for an extended period to bring inflation down.",
     "Economists now expect the first cut only next year."],
    "brazil-selic-minutes", a="Rio Times Newsroom", n="Brazilian monetary policy, not about the war."),
  E("2025-10-14 00:40", "Russian drones strike Kharkiv overnight, injuring five",
    ["Russian drones hit two districts of Kharkiv shortly after midnight, injuring five people and damaging a kindergarten, Mayor Ihor Terekhov said.",
     "Air raid alerts sounded across much of eastern Ukraine."],
    "strikes", "strikes", 2, "kharkiv-drone-strike-2025-10-14", a="Rio Times Newsroom",
    n="Local date 14 Oct 00:40 BRT = 03:40 UTC."),
  E("2025-10-13 21:20", "NATO begins annual nuclear deterrence exercise over Europe",
    ["NATO has started its yearly nuclear deterrence exercise, involving around 70 aircraft from more than a dozen member states, the alliance said.",
     "Officials stressed the drill was routine and not linked to current events."],
    "other", "security", 2, "nato-nuclear-exercise-2025", a="Marcelo Duarte",
    n="Local date 13 Oct 21:20 BRT = 00:20 UTC on 14 Oct (midnight crossing). Drill -> other/security."),
  ]))

SEEDS.append(dict(id="4103", name="4103_gazetauz-feed", ext="txt", source="Gazeta.uz", zone="Asia/Tashkent", render=r_gazeta,
  title=None, fmt="plain text news feed, date header, bare 'HH:MM' on its own line before the headline", imitates="Gazeta.uz English news feed",
  notes="Gazeta.uz-style English news feed scrape, Wednesday 12 November 2025, newest first. One date header '12 November 2025'; each item is a bare 'HH:MM' line, then the headline, then body. No zone printed: Tashkent time (UTC+5) implied, so 07:10-21:40 local = 02:10-16:40 UTC. No bylines (author null). page_title null (only 'News feed' label).",
  not_entries=["site name, language switcher, menu", "'News feed' label", "date header '12 November 2025'", "Telegram subscription line", "'Show more'", "copyright line and '18+'"],
  entries=[
  E("2025-11-12 21:40", "Saidov and Lavrov discuss prospects for a Ukraine settlement",
    ["Foreign Minister Bakhtiyor Saidov held talks with his Russian counterpart Sergei Lavrov, during which the two sides exchanged views on efforts to settle the conflict in Ukraine, the ministry said.",
     "They also discussed trade and labour migration."],
    "diplomacy", "diplomacy", 2, "saidov-lavrov-talks-2025-11-12"),
  E("2025-11-12 18:15", "Massive Russian strike on energy facilities causes blackouts across Ukraine",
    ["Russia launched hundreds of drones and dozens of missiles at Ukrainian power plants and substations, leading to emergency power cuts in at least eight regions, Ukrenergo reported.",
     "At least four people were killed, according to local authorities."],
    "strikes", "strikes", 3, "energy-barrage-2025-11-12", n="Deadly large strike -> 3."),
  E("2025-11-12 15:30", "Migration agency warns citizens against joining foreign armies",
    ["The Migration Agency reminded Uzbek citizens working abroad that taking part in armed conflicts in other countries is a criminal offence punishable by up to ten years in prison.",
     "The warning follows reports of migrants being offered contracts with the Russian armed forces."],
    "other", "politics", 2, "uzbekistan-warning-foreign-armies", n="Domestic legal warning linked to recruitment by Russia -> other/politics."),
  OFF("2025-11-12 12:05", "Tashkent metro to run later on weekends",
    ["The Tashkent metro will stay open until midnight on Fridays and Saturdays starting next month, the city transport department said."],
    "tashkent-metro-hours", n="local transport item, not about the war."),
  E("2025-11-12 09:50", "Japan pledges new funds to repair Ukraine's power grid",
    ["Japan will provide an additional grant for transformers and generators to help Ukraine keep the lights on this winter, the Japanese embassy in Kyiv said.",
     "The equipment is to be delivered through a UN agency."],
    "aid", "aid", 2, "japan-grid-grant-2025-11-12"),
  E("2025-11-12 07:10", "Kremlin: no date yet for new round of talks with Kyiv",
    ["Kremlin spokesman Dmitry Peskov said no date had been agreed for another round of direct negotiations with Ukraine, adding that Moscow remained open to contacts."],
    "diplomacy", "diplomacy", 2, "kremlin-no-date-new-talks-2025-11-12"),
  ]))

SEEDS.append(dict(id="4104", name="4104_dailynewsegypt-keyevents", ext="html", source="Daily News Egypt", zone="Africa/Cairo", render=r_dne,
  title="Russia-Ukraine war: key events on day 1,392", dateline="2025-12-16 11:20", printed="December 16, 2025 11:20",
  author="Hossam Mounir", lede="Here\u2019s where things stand on Tuesday, 16 December.",
  fmt="HTML key-events article: bullets grouped under h3 headings, no headlines or stamps, NewsArticle JSON-LD with HTML entities",
  imitates="Daily News Egypt world article",
  notes="Daily News Egypt-style 'key events' article dated 16 December 2025 11:20 (Cairo, EET = UTC+2; 09:20 UTC). Each bullet is one event and one entry: headline null, stamp null, published = the article's date line, author = the page byline. Bullets are grouped under 'Fighting', 'Diplomacy', 'Aid' headings (headings are not entries). This is the page's body, not a 'Key Points' block, so key_point is false throughout. JSON-LD NewsArticle carries the title with numeric entities (&#8217; style).",
  not_entries=["top bar date and 'E-Paper'", "header/navigation", "share links", "bold lede 'Here’s where things stand on Tuesday, 16 December.'", "group headings Fighting / Diplomacy / Aid", "tags", "'Related Posts' links", "footer"],
  entries=[
  E("2025-12-16 11:20", None, ["Russian drones and missiles hit energy infrastructure in the Odesa and Mykolaiv regions overnight, leaving tens of thousands of households without electricity, regional officials said."],
    "strikes", "strikes", 3, "odesa-mykolaiv-energy-strike-2025-12-16", a="Hossam Mounir", grp="Fighting", n="Large strike on energy -> 3."),
  E("2025-12-16 11:20", None, ["Ukraine's general staff said its forces had struck a fuel depot in Russia's Krasnodar region, causing a large fire."],
    "strikes", "strikes", 2, "krasnodar-fuel-depot-strike-2025-12-16", a="Hossam Mounir", grp="Fighting"),
  E("2025-12-16 11:20", None, ["Russia's defence ministry claimed its troops had taken another village in the Zaporizhzhia region. Kyiv did not comment on the claim."],
    "other", "frontline", 2, "russia-claims-zaporizhzhia-village-2025-12-16", a="Hossam Mounir", grp="Fighting"),
  E("2025-12-16 11:20", None, ["Ukrainian President Volodymyr Zelensky said talks with US envoys in Berlin had brought real progress on security guarantees, though the question of territory remained unresolved."],
    "diplomacy", "diplomacy", 3, "berlin-talks-security-guarantees-2025-12", a="Hossam Mounir", grp="Diplomacy", n="Head-of-state on peace talks -> 3."),
  E("2025-12-16 11:20", None, ["Kremlin spokesman Dmitry Peskov said Moscow had not yet received the revised documents discussed in Berlin and would study them once it did."],
    "diplomacy", "diplomacy", 2, "peskov-berlin-documents-2025-12-16", a="Hossam Mounir", grp="Diplomacy",
    n="Separate statement by a different official; own story, not merged with Zelensky's Berlin remarks."),
  E("2025-12-16 11:20", None, ["Egypt's Foreign Minister Badr Abdelatty discussed the war in a phone call with Russian Foreign Minister Sergei Lavrov and stressed Cairo's support for a negotiated solution."],
    "diplomacy", "diplomacy", 2, "abdelatty-lavrov-call-2025-12-16", a="Hossam Mounir", grp="Diplomacy"),
  E("2025-12-16 11:20", None, ["The Netherlands announced 250 million euros for air defence and drones for Ukraine, bringing its military support this year above 3.5 billion euros."],
    "aid", "aid", 2, "netherlands-aid-2025-12-16", a="Hossam Mounir", grp="Aid"),
  ]))

SEEDS.append(dict(id="4105", name="4105_newage-international", ext="txt", source="New Age", zone="Asia/Dhaka", render=r_newage,
  title=None, fmt="plain text, 'Agence France-Presse . Kyiv' then 'Published: 21:35, Jan 29,2025' (no space after comma)", imitates="New Age (Bangladesh) International section",
  notes="New Age-style International section scrape, Wednesday 29 January 2025, newest first. Byline line 'AGENCY . PLACE' (author = agency or 'Staff Correspondent', place dropped), then 'Published: HH:MM, Mon D,YYYY' (Dhaka time, UTC+6; no zone printed); one item also has an 'Updated:' line, ignored for published. 07:30-21:35 local = 01:30-15:35 UTC. page_title null.",
  not_entries=["masthead and printed date line", "menu", "section label 'International'", "'Updated:' line (not the publication time)", "share lines", "'Advertisement'", "'More from International'", "editor line and copyright"],
  entries=[
  E("2025-01-29 21:35", "Russian strike on Sumy apartment block kills nine",
    ["A Russian drone hit a residential building in the northeastern city of Sumy, killing nine people and wounding 13, Ukrainian emergency services said.",
     "Rescuers worked through the night to pull residents from the rubble."],
    "strikes", "strikes", 3, "sumy-apartment-strike-2025-01-29", a="Agence France-Presse", place="Kyiv", upd="22:10", n="Deadly strike -> 3."),
  E("2025-01-29 18:10", "Zelensky says he is open to talks with Putin if allies are involved",
    ["Ukraine's president said he would be prepared to negotiate directly with the Russian leader, but only as part of a process backed by Kyiv's Western partners.",
     "The Kremlin has questioned whether Zelensky has the authority to sign an agreement."],
    "diplomacy", "diplomacy", 2, "zelensky-open-to-putin-talks-2025-01-29", a="Agence France-Presse", place="Kyiv"),
  E("2025-01-29 15:25", "Families urge government to bring home Bangladeshis fighting for Russia",
    ["Relatives of Bangladeshi workers who say they were tricked into joining the Russian army gathered outside the foreign ministry in Dhaka to demand their return.",
     "Officials said the embassy in Moscow was trying to trace the men."],
    "other", "humanitarian", 2, "bangladeshis-in-russian-army-2025-01-29", a="Staff Correspondent", place="Dhaka"),
  OFF("2025-01-29 12:40", "Dhaka's air again ranked among world's most polluted",
    ["The capital's air quality index reached the very unhealthy range on Wednesday morning, according to a Swiss monitoring firm."],
    "dhaka-air-pollution", a="Staff Correspondent", place="Dhaka", n="local pollution item, not about the war."),
  E("2025-01-29 10:05", "EU rolls over economic sanctions on Russia after Hungary drops objection",
    ["The European Union extended its economic sanctions on Russia for another six months after Hungary ended its resistance, diplomats said.",
     "Budapest had demanded assurances on gas transit."],
    "diplomacy", "diplomacy", 2, "eu-sanctions-rollover-2025-01", a="Reuters", place="Brussels"),
  E("2025-01-29 07:30", "Ukrainian drones set refinery ablaze near Nizhny Novgorod",
    ["A drone attack caused a fire at an oil refinery in Kstovo in Russia's Nizhny Novgorod region, the regional governor said.",
     "Ukraine's military said the plant supplied fuel to Russian forces."],
    "strikes", "strikes", 2, "kstovo-refinery-drone-strike-2025-01-29", a="Agence France-Presse", place="Moscow"),
  ]))

SEEDS.append(dict(id="4106", name="4106_baltimoresun-live", ext="html", source="Baltimore Sun", zone="America/New_York", render=r_baltsun,
  title="Live updates: After White House talks, allies work on security guarantees for Ukraine", author="The Associated Press",
  url="https://www.baltimoresun.com/2025/08/19/ukraine-live-updates/", updated="Updated August 19, 2025 at 7:45 p.m.",
  monab={8: "Aug."}, fmt="HTML live, date lines above the timeline, '8:35 p.m.' stamps, page byline, LiveBlogPosting JSON-LD with entities",
  imitates="Baltimore Sun live updates page (wire copy)",
  notes="Baltimore Sun-style live page, newest first, with date lines 'Tuesday, Aug. 19' and 'Monday, Aug. 18' above the timeline; stamps like '8:35 p.m.' (Eastern time, EDT = UTC-4). The two Monday-evening posts (8:35 p.m. and 11:40 p.m. on 18 Aug) fall on 19 Aug UTC, so all seven are 19 Aug UTC (00:35-23:45). Page byline 'By The Associated Press' is the author of every post except the local weather post, which carries its own byline. JSON-LD LiveBlogPosting repeats the updates with numeric entities (&#8217; / &#8216;) and agrees on times.",
  not_entries=["masthead, navigation, 'Subscribe', 'Log in'", "kicker 'World news'", "page byline line and 'Updated' line", "share / gift buttons", "date lines 'Tuesday, Aug. 19' and 'Monday, Aug. 18'", "newsletter box", "'More in World news' links", "footer"],
  entries=[
  E("2025-08-19 19:45", "Allied military chiefs to meet Wednesday on guarantees for Ukraine",
    ["NATO military chiefs will hold a video conference on Wednesday to discuss what security guarantees for Ukraine could look like after a ceasefire, an alliance official said.",
     "The talks follow Monday's meeting at the White House."],
    "diplomacy", "diplomacy", 2, "nato-chiefs-security-guarantees-meeting-2025-08-20", a="The Associated Press"),
  E("2025-08-19 15:10", "Trump rules out sending US ground troops to Ukraine",
    ["President Donald Trump said American soldiers would not be deployed to Ukraine as part of any security arrangement, though he suggested the US could help in other ways, such as from the air.",
     "European countries are expected to lead any reassurance force."],
    "diplomacy", "diplomacy", 3, "trump-rules-out-us-troops-2025-08-19", a="The Associated Press", n="Head-of-state statement on guarantees -> 3."),
  E("2025-08-19 11:25", "Kremlin stays vague on a meeting between Putin and Zelenskyy",
    ["Russia's foreign minister said any contact between the two leaders would have to be prepared carefully and step by step, without confirming that a meeting would take place.",
     "Trump said on Monday he had begun arranging such a meeting."],
    "diplomacy", "diplomacy", 2, "kremlin-vague-putin-zelenskyy-meeting-2025-08-19", a="The Associated Press"),
  E("2025-08-19 09:05", "Russian drones strike oil refinery in Kremenchuk",
    ["Russian drones hit an oil refinery in the central Ukrainian city of Kremenchuk overnight, starting a fire, the regional governor said.",
     "Ukraine's air force said Russia had launched about 270 drones and 10 missiles."],
    "strikes", "strikes", 2, "kremenchuk-refinery-strike-2025-08-19", a="The Associated Press"),
  OFF("2025-08-19 06:20", "Heat advisory issued for Baltimore as humidity climbs",
    ["The National Weather Service issued a heat advisory for Baltimore city and county, with heat index values expected near 105 degrees this afternoon.",
     "Cooling centers will open at noon."],
    "baltimore-heat-advisory-2025-08-19", a="Dylan Carver", n="local weather item with its own byline, not about the war."),
  E("2025-08-18 23:40", "Zelenskyy calls White House meeting \u2018very good\u2019",
    ["Ukraine's president told reporters after the talks that the discussion with Trump had been the best so far and that security guarantees would be worked out within ten days.",
     "He said Ukraine was ready for a meeting with Putin in any format."],
    "diplomacy", "diplomacy", 3, "white-house-summit-2025-08-18", a="The Associated Press",
    n="Reaction to the summit by a participant shares the summit's story. 23:40 EDT on 18 Aug = 03:40 UTC on 19 Aug."),
  E("2025-08-18 20:35", "European leaders leave White House after talks on ending the war",
    ["A group of European leaders, including the heads of government of Britain, France, Germany and Italy, left the White House after more than two hours of talks with Trump and Zelenskyy.",
     "Trump later said he had called Putin to start preparing a meeting between the Russian and Ukrainian leaders."],
    "diplomacy", "diplomacy", 3, "white-house-summit-2025-08-18", a="The Associated Press", n="8:35 p.m. EDT on 18 Aug = 00:35 UTC on 19 Aug."),
  ]))

SEEDS.append(dict(id="4107", name="4107_norwaytoday-tag", ext="html", source="Norway Today", zone="Europe/Oslo", render=r_norway,
  title="Ukraine", fmt="HTML tag page, byline fused to '20 November 2025 06:07' in one text node", imitates="Norway Today tag page",
  notes="Norway Today-style tag page 'Ukraine', Thursday 20 November 2025, newest first. Meta line fuses byline and date with no space ('NTB20 November 2025 22:30'); the whole line is the stamp, author is the name part ('NTB' is the Norwegian news agency, counted as author). Oslo time, CET = UTC+1 (not printed). 06:07-22:30 local = 05:07-21:30 UTC.",
  not_entries=["logo and navigation", "tag heading 'Ukraine'", "'Read more' links and social links", "'Advertisement'", "'Next page'", "newsletter widget", "footer"],
  entries=[
  E("2025-11-20 22:30", "Norway pledges NOK 2 billion for Ukrainian drone production",
    ["The government will spend two billion kroner on drones made in Ukraine, Defence Minister Tore Sandvik announced on Thursday evening.",
     "The money comes from this year's support programme for Ukraine."],
    "aid", "aid", 3, "norway-drone-production-pledge-2025-11-20", a="NTB", n="Major aid package -> 3."),
  E("2025-11-20 18:45", "Støre: Any peace plan must be agreed with Ukraine and Europe",
    ["Prime Minister Jonas Gahr Støre said a plan to end the war could not be decided over the heads of Ukrainians, commenting on reports of a new US proposal.",
     "He said Norway would discuss the matter with its Nordic and European partners."],
    "diplomacy", "diplomacy", 2, "store-peace-plan-comment-2025-11-20", a="Ingrid Nesse"),
  E("2025-11-20 15:20", "Police investigate drone sightings near Ørland air base",
    ["Police in Trøndelag are investigating several reports of drones over the Ørland air station, where Norway's F-35 fighters are based.",
     "No arrests have been made."],
    "other", "security", 2, "orland-drone-sightings-2025-11-20", a="NTB"),
  OFF("2025-11-20 12:05", "First winter storm causes chaos on the E6",
    ["Heavy snow and strong winds forced the closure of parts of the E6 in Trøndelag, and several lorries got stuck on the mountain passes."],
    "e6-winter-storm", a="NTB", n="Norwegian weather item, not about the war."),
  E("2025-11-20 09:30", "Death toll from Ternopil missile strike rises to 26",
    ["The number of people killed when Russian missiles hit residential buildings in the western Ukrainian city of Ternopil has risen to 26, Ukrainian authorities said.",
     "Rescuers are still searching for missing residents."],
    "strikes", "strikes", 3, "ternopil-missile-strike-2025-11-19", a="NTB", n="Toll update of the previous day's deadly strike; deadly strike -> 3."),
  E("2025-11-20 06:07", "Refugee Council warns of hard winter for civilians in eastern Ukraine",
    ["The Norwegian Refugee Council said people living near the front line faced a winter with little heating and frequent power cuts.",
     "The organisation is distributing fuel and repair kits in the Kharkiv and Donetsk regions."],
    "other", "humanitarian", 2, "nrc-winter-warning-2025-11-20", a="Kari Holm"),
  ]))

SEEDS.append(dict(id="4108", name="4108_macaubusiness-rss", ext="xml", source="Macau Business", zone="Asia/Macau", render=r_macau,
  title="Macau Business", fmt="RSS 2.0 (WordPress), pubDate +0000, content:encoded", imitates="Macau Business RSS feed",
  notes="Macau Business-style WordPress RSS 2.0 feed for Tuesday 28 October 2025, newest first. pubDate is given in +0000 (UTC) although the outlet's home zone is Macau (UTC+8); published is simply the pubDate. 00:15-15:00 UTC = 08:15-23:00 Macau. Agency credits (AFP, Lusa) in dc:creator count as authors. <description> is a truncated teaser ending '[…]'; body paragraphs come from content:encoded.",
  not_entries=["channel title/link/description", "truncated <description> teasers (same text as the body start)"],
  entries=[
  E("2025-10-28 23:00", "China calls for 'fair' settlement as EU eyes curbs on Chinese refiners",
    ["China's foreign ministry said Beijing wanted a fair and lasting settlement in Ukraine and opposed unilateral sanctions, after the EU targeted Chinese companies accused of buying Russian oil.",
     "A spokesman said China would take measures to protect its firms."],
    "diplomacy", "diplomacy", 2, "china-opposes-eu-sanctions-refiners-2025-10-28", a="Macau Business"),
  E("2025-10-28 20:40", "Putin says Burevestnik test shows Russia's nuclear forces are ready",
    ["Russian President Vladimir Putin said the recent test of the nuclear-powered Burevestnik cruise missile showed the reliability of Russia's deterrent, dismissing criticism from Washington.",
     "US officials have called the test unhelpful."],
    "other", "security", 2, "burevestnik-test-2025-10", a="AFP", n="Weapons test -> other/security."),
  E("2025-10-28 17:55", "Russian strike on Kyiv kills two, damages apartment blocks",
    ["A Russian missile and drone attack on Kyiv killed two people and damaged several residential buildings, the city's military administration said.",
     "Fires broke out in three districts."],
    "strikes", "strikes", 3, "kyiv-strike-2025-10-28", a="Lusa", n="Deadly strike on the capital -> 3."),
  OFF("2025-10-28 15:10", "Macau gaming revenue heads for best month since 2019",
    ["Gross gaming revenue in Macau is on course for its strongest month in six years thanks to the Golden Week holiday, analysts said."],
    "macau-gaming-revenue-october", a="Macau Business", n="Macau economy item, not about the war.", cat="Gaming"),
  E("2025-10-28 11:30", "Portugal to contribute to Czech-led ammunition initiative",
    ["The Portuguese government approved a contribution of 100 million euros to the Czech-led initiative that buys artillery shells for Ukraine outside Europe, Lisbon said.",
     "The defence minister said the first payment would be made this year."],
    "aid", "aid", 2, "portugal-czech-ammunition-initiative-2025-10-28", a="Lusa"),
  E("2025-10-28 08:15", "Zelensky says long-range weapons are key to forcing Moscow to talk",
    ["Ukraine's president said only long-range weapons and tighter sanctions would push Russia towards negotiations.",
     "He spoke at a meeting with foreign diplomats in Kyiv."],
    "aid", "aid", 2, "zelensky-long-range-weapons-appeal-2025-10-28", a="AFP", sec=["diplomacy"]),
  ]))

SEEDS.append(dict(id="4109", name="4109_icelandmonitor-rdf", ext="xml", source="Iceland Monitor", zone="Atlantic/Reykjavik", render=r_iceland,
  title="Iceland Monitor", fmt="RSS 1.0 (RDF), dc:date ISO with +00:00", imitates="Iceland Monitor (mbl.is English) feed",
  notes="Iceland Monitor-style RSS 1.0 (RDF) feed for Tuesday 2 December 2025, newest first. Stamps are dc:date (+00:00); Iceland keeps UTC all year. Descriptions are entity-escaped HTML. One item has no dc:creator (author null).",
  not_entries=["channel title/link/description", "rdf:Seq list of item links"],
  entries=[
  E("2025-12-02 17:20", "Iceland to give ISK 500 million to NATO fund for Ukraine",
    ["The government will contribute ISK 500 million to a NATO scheme that buys American weapons for Ukraine, the Minister for Foreign Affairs said.",
     "Iceland has no armed forces of its own and funds equipment and training instead."],
    "aid", "aid", 2, "iceland-purl-contribution-2025-12-02", a="Anna Björk Jónsdóttir"),
  E("2025-12-02 14:38", "Foreign minister heads to Brussels for NATO talks on Ukraine",
    ["Minister for Foreign Affairs Þorgerður Katrín Gunnarsdóttir travelled to Brussels for a two-day meeting of NATO foreign ministers, where support for Ukraine and the US peace plan will be discussed."],
    "diplomacy", "diplomacy", 2, "nato-foreign-ministers-meeting-2025-12", a="Anna Björk Jónsdóttir"),
  E("2025-12-02 11:05", "US envoy Witkoff meets Putin in Moscow on peace plan",
    ["US special envoy Steve Witkoff arrived at the Kremlin for talks with Russian President Vladimir Putin on a plan to end the war, Russian media reported.",
     "Ukrainian officials said they expected to be briefed afterwards."],
    "diplomacy", "diplomacy", 3, "witkoff-putin-moscow-talks-2025-12-02", a=None, n="Head-of-state level talks -> 3."),
  OFF("2025-12-02 09:40", "Storm closes roads in South Iceland",
    ["The Road Administration closed the Ring Road between Vík and Kirkjubæjarklaustur because of gusts exceeding 35 metres per second."],
    "south-iceland-storm-roads", a="Anna Björk Jónsdóttir", n="Icelandic weather item, not about the war."),
  E("2025-12-02 08:15", "Four killed in Russian missile attack on Dnipro",
    ["Russian missiles struck the Ukrainian city of Dnipro overnight, killing four people and wounding about 20, the regional governor said."],
    "strikes", "strikes", 3, "dnipro-missile-strike-2025-12-02", a="Anna Björk Jónsdóttir", n="Deadly strike -> 3."),
  E("2025-12-02 06:30", "Icelandic Red Cross ships generators to Ukraine",
    ["The Icelandic Red Cross has sent 40 generators to Ukraine to help hospitals and shelters cope with power cuts this winter.",
     "The shipment was paid for by public donations."],
    "aid", "aid", 2, "icelandic-red-cross-generators-2025-12-02", a="Anna Björk Jónsdóttir",
    n="Humanitarian goods from an NGO: aid (humanitarian support) by LABELS' wording, though Kiel would exclude NGOs."),
  ]))


# =============================================================== PART B, day 1: 2025-12-18 (UTC)
ODESA1 = "odesa-port-energy-strike-2025-12-18"
EU = "eu-summit-ukraine-financing-2025-12-18"
KHARKIV1 = "kharkiv-drone-strike-2025-12-18"
ANALYSIS1 = "analysis-odesa-ports-targeted"
ANALYSIS1_P = ["Odesa's three big ports handle most of the grain Ukraine sells abroad, which makes them one of the most valuable targets Russia can reach from the Black Sea and occupied Crimea.",
               "Strikes on cranes, silos and the power lines that feed the terminals slow exports even when ships keep sailing, and insurers raise their premiums after every attack."]

SEEDS.append(dict(id="4120", name="4120_otterhampton-textlive", ext="txt", source="Otterhampton Daily", zone="Europe/London", render=r_otter,
  title="Ukraine war live: Odesa hit by overnight barrage as EU leaders meet on funding", date_line="Thursday 18 December 2025",
  fmt="text live, oldest first, 'HH:MM GMT' line before headline, Key Points, '— Reporting by X'",
  notes="Invented text live blog, Thursday 18 December 2025, oldest first, 'HH:MM GMT' stamp line above each headline (GMT = UTC). Key Points block lists two headlines (entries 01 and 05). Signature '— Reporting by NAME' after the body gives the author; the teaser has none. 4120-04 'Watch:' is a video teaser without body. 4120-08 repeats 4120-06 nearly verbatim (duplicate_of).",
  not_entries=["masthead and menu", "page title, date line, intro line 'All times GMT, oldest first'", "'Key Points' heading and its two headline lines (the list, not separate entries)", "'Refresh for latest'", "'— Reporting by' signature lines (author, not body)", "'Share this update' lines", "'This live blog has now closed.'", "footer"],
  entries=[
  E("2025-12-18 06:10", "Russia pounds Odesa region overnight, killing two",
    ["Russian missiles and drones struck port facilities and power substations in the Odesa region overnight, killing two people and leaving parts of the city without electricity, the regional governor said.",
     "Ukraine's air force said it had downed most of the 120 drones launched but several missiles got through."],
    "strikes", "strikes", 3, ODESA1, a="Helen Marsh", kp=True),
  E("2025-12-18 07:45", "Japan announces $40m grant for Ukraine's energy repairs",
    ["Japan will provide 40 million dollars to help Ukraine repair power equipment damaged by Russian attacks, its embassy in Kyiv said.",
     "The grant will pay for transformers and mobile gas turbines."],
    "aid", "aid", 2, "japan-energy-grant-2025-12-18", a="Tom Adeyemi", n="Must not merge with the Netherlands air-defence package (4121-02): different donor and purpose."),
  E("2025-12-18 09:30", "Lavrov accuses Europe of undermining peace efforts",
    ["Russian Foreign Minister Sergei Lavrov said European governments were trying to wreck the US-led peace process by pushing Kyiv to keep fighting.",
     "He made the remarks at a meeting with foreign ambassadors in Moscow."],
    "diplomacy", "diplomacy", 2, "lavrov-europe-remarks-2025-12-18", a="Tom Adeyemi", n="Separate statement; not the same story as Sybiha's shadow-fleet appeal (4121-06)."),
  E("2025-12-18 11:05", "Watch: Firefighters battle port blaze in Odessa", [],
    "strikes", "strikes", 1, ODESA1, a=None, n="Video teaser without body -> importance 1, under the story it shows."),
  E("2025-12-18 12:20", "EU leaders arrive in Brussels for crunch summit on Ukraine funding",
    ["European Union leaders began arriving in Brussels for a two-day summit expected to decide how to finance Ukraine over the next two years.",
     "The main option on the table is a loan backed by immobilised Russian central bank assets, which Belgium has so far resisted."],
    "aid", "aid", 3, EU, a="Helen Marsh", kp=True, sec=["diplomacy"], n="Funding decision/debate for Ukraine -> aid primary."),
  E("2025-12-18 13:40", "Drone strike wounds three in Kharkiv",
    ["A Russian drone hit a residential street in Kharkiv's Kyivskyi district at lunchtime, wounding three people, Mayor Ihor Terekhov said.",
     "Windows in a nearby school were blown out."],
    "strikes", "strikes", 3, KHARKIV1, a="Tom Adeyemi", n="Separate attack from the Odesa barrage: must not merge."),
  E("2025-12-18 14:09", "Odesa death toll climbs to five",
    ["Three more bodies were found under the rubble of a warehouse at the port of Pivdennyi, bringing the number of dead from the overnight attack to five, officials said."],
    "strikes", "strikes", 3, ODESA1, a="Helen Marsh"),
  E("2025-12-18 15:30", "Drone strike wounds three in Kharkiv",
    ["A Russian drone hit a residential street in Kharkiv's Kyivskyi district at lunchtime, wounding three people, Mayor Ihor Terekhov said.",
     "Windows of a nearby school were blown out."],
    "strikes", "strikes", 1, KHARKIV1, a="Tom Adeyemi", dup="4120-06", n="Near-verbatim repeat of 4120-06 (one word changed)."),
  ]))

SEEDS.append(dict(id="4121", name="4121_pilsdon-ldlive", ext="html", source="Pilsdon Observer", zone="Europe/Kyiv", render=r_pilsdon,
  title="Russia-Ukraine war: latest updates, 18 December", url="https://pilsdon-observer.example/live/2025-12-18",
  lede="Odesa counts its dead after a night of strikes on its ports; Zelensky travels to Brussels.",
  fmt="HTML live + LiveBlogPosting JSON-LD (per-update times, +02:00), <time> HH:MM, author span",
  notes="Invented HTML live blog, newest first, Kyiv time (EET = UTC+2) stated in the page note; visible <time> HH:MM with datetime attribute; JSON-LD LiveBlogPosting carries the same per-update times and authors. 08:05-19:50 local = 06:05-17:50 UTC. 4121-04 is an analysis (theme piece, own story). The toll in the Odesa story grows from two (08:05) to seven (19:50).",
  not_entries=["brand and navigation", "h1 page title, standfirst, time-zone note", "'Copy link' share links", "donation promo", "'Read next' link", "footer"],
  entries=[
  E("2025-12-18 19:50", "Death toll from Odesa attack rises to seven",
    ["Rescuers in Odesa recovered two more bodies at the Pivdennyi port, raising the number killed in the overnight Russian strikes to seven, the state emergency service said.",
     "Eighteen people were wounded."],
    "strikes", "strikes", 3, ODESA1, a="Oksana Hrytsenko"),
  E("2025-12-18 17:25", "Netherlands announces €300m air-defence package",
    ["The Dutch government will spend 300 million euros on air-defence interceptors and radar for Ukraine, Defence Minister Ruben Brekelmans said.",
     "Part of the money will go through NATO's scheme for buying American weapons."],
    "aid", "aid", 3, "netherlands-air-defence-package-2025-12-18", a="Daniel Roe", n="Major aid package -> 3; not the Japanese energy grant."),
  E("2025-12-18 15:10", "Kharkiv: Russian drone hits residential area, three hurt",
    ["Three people were injured when a Russian attack drone struck a street of houses in the Kyivskyi district of Kharkiv in the early afternoon, local authorities said."],
    "strikes", "strikes", 3, KHARKIV1, a="Oksana Hrytsenko"),
  E("2025-12-18 13:30", "Analysis: Why Odesa's ports keep coming under fire", ANALYSIS1_P,
    "strikes", "strikes", 2, ANALYSIS1, a="Daniel Roe", n="Theme piece (analysis with body): importance 2, own story, not merged with the day's Odesa strike."),
  E("2025-12-18 11:40", "Zelensky heads to Brussels as EU weighs frozen-asset loan",
    ["President Volodymyr Zelensky is travelling to Brussels to urge EU leaders to approve the so-called reparations loan at their summit, his office said.",
     "Leaders remain divided over the risks of using the frozen Russian assets."],
    "aid", "aid", 3, EU, a="Daniel Roe", sec=["diplomacy"], n="Part of the summit story (Zelensky's trip to it)."),
  E("2025-12-18 09:15", "Sybiha urges tougher action against Russia's shadow fleet",
    ["Foreign Minister Andrii Sybiha called on European countries to board and detain tankers from Russia's so-called shadow fleet that sail past their coasts.",
     "He said the vessels were funding the missiles that hit Odesa overnight."],
    "diplomacy", "diplomacy", 2, "sybiha-shadow-fleet-appeal-2025-12-18", a="Oksana Hrytsenko"),
  E("2025-12-18 08:05", "Odesa: two dead after night of missile and drone strikes on port and power sites",
    ["Two people were killed and at least nine injured as Russia attacked the Odesa region overnight with ballistic missiles and drones, Governor Oleh Kiper said.",
     "Fires broke out at a port terminal and at two electricity substations."],
    "strikes", "strikes", 3, ODESA1, a="Oksana Hrytsenko"),
  ]))

SEEDS.append(dict(id="4122", name="4122_slapton-worldrss", ext="xml", source="Slapton World Desk", zone="UTC", render=r_rss_gmt,
  title="Slapton World Desk - Top stories", link="https://slapton-worlddesk.example/news", desc="World headlines, updated through the day",
  fmt="RSS 2.0 general world feed, GMT pubDate, no authors",
  notes="Invented general world-news RSS feed, 18 December 2025, newest first; pubDates in GMT. Four of seven items are off-beat (Sudan war, Bank of England, Japan snow, skiing). Spells the city 'Odessa'; toll at six in the 16:05 item.",
  not_entries=["channel title/link/description"],
  entries=[
  E("2025-12-18 20:15", "EU summit opens with leaders split over Russian assets",
    ["EU leaders began their year-end summit in Brussels deeply divided over a plan to fund Ukraine with a loan backed by frozen Russian assets.",
     "Belgium, where most of the assets are held, is demanding guarantees against legal risks."],
    "aid", "aid", 3, EU, sec=["diplomacy"]),
  OFF("2025-12-18 18:40", "Shelling hits displacement camp in North Darfur",
    ["Artillery fire struck a camp for displaced people near El Fasher in Sudan's North Darfur, aid groups said, killing at least 12 people."],
    "north-darfur-camp-shelling-2025-12-18", n="another war (Sudan), not the Russia-Ukraine war."),
  E("2025-12-18 16:05", "Russian strikes on Odessa port kill at least six",
    ["At least six people have died after Russian missiles and drones hit the Black Sea port of Odessa and its energy network, Ukrainian officials said.",
     "Grain loading at one terminal was halted."],
    "strikes", "strikes", 3, ODESA1),
  OFF("2025-12-18 13:20", "Bank of England cuts interest rates to 3.75%",
    ["The Bank of England lowered its main interest rate by a quarter point in a narrow vote, citing easing inflation."],
    "boe-rate-decision-2025-12-18", n="UK economy item.", cat="Business"),
  OFF("2025-12-18 10:50", "Heavy snow disrupts travel in northern Japan",
    ["Heavy snowfall halted trains and closed roads in Hokkaido and northern Honshu, with more than a metre of snow in some mountain areas."],
    "japan-heavy-snow-2025-12-18", n="weather item."),
  OFF("2025-12-18 08:30", "Strong winds force cancellation of World Cup downhill training",
    ["Organisers called off the men's downhill training run in the Dolomites because of strong winds at the top of the course."],
    "ski-downhill-training-cancelled", n="sport item.", cat="Sport"),
  E("2025-12-18 06:45", "Air raid alerts across southern Ukraine as Russia launches missiles",
    ["Sirens sounded across southern Ukraine overnight as Russia launched missiles and drones, with explosions reported in Odessa.",
     "Officials said energy facilities had been hit."],
    "strikes", "strikes", 3, ODESA1),
  ]))

SEEDS.append(dict(id="4123", name="4123_tywardreath-article", ext="txt", source="Tywardreath Journal", zone="Europe/London", render=r_article_txt,
  site="Tywardreath Journal", title="Odesa counts the cost as Europe argues over how to pay for the war",
  standfirst="A deadly night in the Black Sea port, and a summit that could decide Ukraine's finances for two years.",
  author="Rosalind Trevail", dateline="18 December 2025, 17:30 GMT", dl="2025-12-18 17:30",
  fmt="text article with two section headings (one entry per section, stamp null)",
  notes="Invented text article dated '18 December 2025, 17:30 GMT'. Two section headings, each one entry; no per-section time, so published = the dateline (17:30 UTC), stamp null; author = the page byline. Spelling 'Odesa'; toll six.",
  not_entries=["site name and breadcrumb", "article title and standfirst", "byline and dateline lines", "'Share   Save   Comment'", "topics line, 'More from World', copyright"],
  entries=[
  E("2025-12-18 17:30", "A port city under fire again",
    ["Residents of Odesa spent the day clearing glass and queueing for water after one of the heaviest attacks on the city this year, which officials say killed six people.",
     "The strikes damaged a grain terminal at Pivdennyi and knocked out power to around 100,000 homes."],
    "strikes", "strikes", 3, ODESA1, a="Rosalind Trevail"),
  E("2025-12-18 17:30", "Brussels weighs the frozen-assets plan",
    ["In Brussels, leaders are debating whether to lend Ukraine up to 90 billion euros using Russian central bank money frozen in Europe.",
     "Diplomats said a fallback option of joint EU borrowing was gaining support."],
    "aid", "aid", 3, EU, a="Rosalind Trevail", sec=["diplomacy"]),
  ]))


# =============================================================== PART B, day 2: 2025-12-19 (UTC) — the day after day 1
PUTIN = "putin-year-end-press-conference-2025-12-19"
KRYVYI = "kryvyi-rih-missile-strike-2025-12-19"

SEEDS.append(dict(id="4130", name="4130_nunney-htmllive", ext="html", source="Nunney Times", zone="Europe/London", render=r_nunney,
  title="Ukraine live: EU agrees €90bn loan; Putin holds year-end press conference", date_line="Friday 19 December 2025",
  updated="Updated 6.40pm GMT", fmt="HTML live, no JSON-LD, '2.35pm'-style stamps, 'By X' under headline",
  notes="Invented HTML live page, Friday 19 December 2025, newest first, stamps like '6.40pm' (GMT = UTC, per the 'Updated 6.40pm GMT' line). 4130-02 'Photos:' is a gallery teaser without body. 4130-05 re-posts the day-1 analysis 4121-04 nearly verbatim under the same headline: importance 1 (re-post from a previous day; duplicate_of stays null because the original is in another seed).",
  not_entries=["brand and navigation", "title, date line, 'Updated 6.40pm GMT'", "gallery placeholder '[Gallery: 12 images]'", "newsletter box", "footer"],
  entries=[
  E("2025-12-19 18:40", "Putin says Russia open to compromise but will keep its gains",
    ["Vladimir Putin told his annual news conference that Russia was ready for a compromise with Ukraine, but insisted that the regions Moscow claims must remain Russian.",
     "He also said European leaders had made a mistake by trying to seize Russian assets."],
    "diplomacy", "diplomacy", 3, PUTIN, a="Gareth Lomax"),
  E("2025-12-19 15:55", "Photos: Kryvyi Rih residents clear debris after missile strike", [],
    "strikes", "strikes", 1, KRYVYI, a=None, n="Photo teaser without body -> importance 1."),
  E("2025-12-19 13:10", "Missile strike on Kryvyi Rih kills four",
    ["A Russian ballistic missile hit a residential district of Kryvyi Rih, President Zelensky's home city, killing four people and wounding 15, the regional authorities said.",
     "It is the second attack on the city this week."],
    "strikes", "strikes", 3, KRYVYI, a="Amira Sayed", n="Must not merge with the Zaporizhzhia drone attack (4131-03)."),
  E("2025-12-19 11:25", "Putin begins marathon year-end press conference",
    ["Russian President Vladimir Putin has started his combined annual phone-in and press conference in Moscow, with the war in Ukraine expected to dominate the questions."],
    "diplomacy", "diplomacy", 3, PUTIN, a="Gareth Lomax"),
  E("2025-12-19 09:05", "Analysis: Why Odesa's ports keep coming under fire",
    [ANALYSIS1_P[0], ANALYSIS1_P[1].replace("after every attack", "after each attack")],
    "strikes", "strikes", 1, ANALYSIS1, a="Daniel Roe", n="Re-post of day-1 entry 4121-04 (same headline, near-verbatim body, same byline): importance 1."),
  E("2025-12-19 07:30", "Zelensky welcomes EU loan as 'a clear signal to Moscow'",
    ["Ukraine's president thanked EU leaders for agreeing to fund his country for the next two years and said the decision showed Moscow it could not outlast Europe."],
    "aid", "aid", 3, EU, a="Amira Sayed", sec=["diplomacy"], n="Reaction to the summit decision: shares the summit story."),
  E("2025-12-19 06:15", "EU leaders agree €90bn loan for Ukraine after all-night talks",
    ["EU leaders agreed early on Friday to lend Ukraine 90 billion euros over the next two years, financed by joint borrowing, after failing to overcome Belgian objections to using frozen Russian assets.",
     "The decision was announced by European Council President António Costa shortly after 3am Brussels time."],
    "aid", "aid", 3, EU, a="Amira Sayed", sec=["diplomacy"], n="Continues the day-1 summit story with the decision (day-1 slug kept)."),
  ]))

SEEDS.append(dict(id="4131", name="4131_winsford-atom", ext="xml", source="Winsford Post", zone="Europe/Kyiv", render=r_atom, offsets=True,
  title="Winsford Post — Ukraine", link="https://winsford-post.example/ukraine",
  fmt="Atom 1.0, +02:00 offsets, escaped html content, per-entry author",
  notes="Invented Atom feed, newest first, <published> with +02:00 (Kyiv, EET). 08:40-21:30 local = 06:40-19:30 UTC on 19 Dec. Calls Putin 'Kremlin leader' in one headline. Zelensky's evening address (4131-01) is a separate statement from Putin's press conference (must not merge).",
  not_entries=["feed title, link, id, updated"],
  entries=[
  E("2025-12-19 21:30", "Zelensky: power restored to 400,000 homes after week of attacks",
    ["In his evening address, President Volodymyr Zelensky said repair crews had reconnected about 400,000 households, mostly in the south, since the start of the week.",
     "He thanked partners for transformers delivered this month."],
    "other", "humanitarian", 2, "zelensky-evening-address-2025-12-19", a="Yulia Bondar",
    n="Separate statement; not merged with Putin's press conference."),
  E("2025-12-19 18:20", "Kremlin leader rules out ceasefire before a signed deal",
    ["Russia will not agree to a ceasefire until a full peace agreement has been signed, Vladimir Putin said during his four-hour question-and-answer session.",
     "He claimed Russian forces held the initiative along the whole front."],
    "diplomacy", "diplomacy", 3, PUTIN, a="Mark Ellery"),
  E("2025-12-19 15:45", "Drones hit industrial area of Zaporizhzhia, two injured",
    ["Russian drones struck an industrial zone in Zaporizhzhia in the afternoon, injuring two workers and setting a warehouse on fire, Governor Ivan Fedorov said."],
    "strikes", "strikes", 2, "zaporizhzhia-drone-strike-2025-12-19", a="Yulia Bondar", n="Must not merge with the Kryvyi Rih missile strike."),
  E("2025-12-19 12:10", "Brussels deal: EU to borrow €90bn to keep Kyiv funded until 2027",
    ["The EU will raise 90 billion euros on the markets and lend it to Ukraine, leaders decided overnight, shelving the plan to use immobilised Russian funds for now.",
     "Hungary, Slovakia and the Czech Republic will not take part in the borrowing."],
    "aid", "aid", 3, EU, a="Mark Ellery", sec=["diplomacy"]),
  E("2025-12-19 10:00", "General staff reports strike on Russian radar in Crimea",
    ["Ukraine's general staff said its forces had hit a Russian radar station near Yevpatoria in occupied Crimea overnight."],
    "strikes", "strikes", 2, "crimea-radar-strike-2025-12-19", a="Yulia Bondar"),
  E("2025-12-19 08:40", "Air force: 82 of 110 Russian drones downed overnight",
    ["Ukraine's air defences destroyed 82 of the 110 drones Russia launched overnight, the air force said, adding that hits were recorded in six locations."],
    "strikes", "strikes", 2, "overnight-drone-attack-2025-12-19", a="Yulia Bondar"),
  ]))

SEEDS.append(dict(id="4132", name="4132_rockbeare-textlive", ext="txt", source="Rockbeare Live", zone="Europe/Brussels", render=r_rockbeare,
  title="Europe and the war in Ukraine: live", date_line="Friday, 19 December 2025",
  fmt="text live, oldest first, headline then 'Posted 08:12 CET by NAME'",
  notes="Invented text live page, oldest first; each update is a headline line followed by 'Posted HH:MM CET by NAME' (CET = UTC+1). 08:12-17:20 CET = 07:12-16:20 UTC. 4132-02 continues the day-1 Odesa story (day of mourning, toll eight) under the day-1 slug. 4132-03 is an explainer (theme piece). 4132-05 repeats 4132-01 nearly verbatim (duplicate_of).",
  not_entries=["site name and menu", "title and date line", "intro line about order", "'Posted ... CET by' lines (stamp + author)", "'Like   Share' lines", "'READ MORE:' link", "end-of-page line and footer"],
  entries=[
  E("2025-12-19 08:12", "EU summit ends with €90bn deal for Kyiv, reparations loan shelved",
    ["After a night of negotiations, the 27 leaders settled on common borrowing to fund Ukraine in 2026 and 2027, putting aside the plan to lend Kyiv the frozen Russian assets.",
     "Belgian Prime Minister Bart De Wever had refused to back the asset plan without unlimited guarantees."],
    "aid", "aid", 3, EU, a="Lotte Vermeulen", sec=["diplomacy"]),
  E("2025-12-19 09:40", "Odesa mourns as toll from port strikes reaches eight",
    ["Flags flew at half mast in Odesa on Friday, a day of mourning for the victims of Thursday's Russian strikes, whose number rose to eight after an injured dock worker died in hospital."],
    "strikes", "strikes", 2, ODESA1, a="Lotte Vermeulen",
    n="Continuation of the day-1 story with a new development (day of mourning, toll eight); keeps the day-1 slug; only one day-2 seed carries it -> 2."),
  E("2025-12-19 11:05", "Explainer: How the EU's joint-borrowing loan for Ukraine would work",
    ["The money will be raised by the European Commission on the bond markets, backed by the EU budget's spare headroom, and passed on to Ukraine as a loan.",
     "Kyiv would only have to repay it if Russia eventually pays reparations."],
    "aid", "aid", 2, "explainer-eu-joint-borrowing-loan", a="Pieter Claes", n="Theme piece (explainer with body): importance 2, own story."),
  E("2025-12-19 13:30", "Kryvyi Rih: missile hits housing estate, four dead",
    ["Four people died when a Russian missile struck apartment blocks in Kryvyi Rih around midday local time, Ukrainian officials said.",
     "Several children were among the wounded."],
    "strikes", "strikes", 3, KRYVYI, a="Pieter Claes"),
  E("2025-12-19 15:50", "EU summit ends with €90bn deal for Kyiv, reparations loan shelved",
    ["After a night of negotiations, the 27 leaders settled on common borrowing to fund Ukraine in 2026 and 2027, putting aside the plan to lend Kyiv the frozen Russian assets.",
     "Belgian Prime Minister Bart De Wever had refused to support the asset plan without unlimited guarantees."],
    "aid", "aid", 1, EU, a="Lotte Vermeulen", sec=["diplomacy"], dup="4132-01", n="Near-verbatim repeat of 4132-01 (one word changed)."),
  E("2025-12-19 17:20", "De Wever says leaving frozen assets untouched was the right call",
    ["Belgium's prime minister told reporters the summit outcome protected Belgian taxpayers and kept the Russian assets available for a future peace settlement."],
    "aid", "aid", 3, EU, a="Pieter Claes", sec=["diplomacy"], n="Reaction to the summit decision by a participant: shares the summit story."),
  ]))


# =============================================================== PART B, day 3: 2025-08-26 (UTC)
DNIPRO = "dnipro-missile-strike-2025-08-26"
VOLGO = "volgograd-refinery-drone-strike-2025-08-26"

SEEDS.append(dict(id="4140", name="4140_sheviock-worldatom", ext="xml", source="Sheviock World", zone="UTC", render=r_atom,
  title="Sheviock World: latest", link="https://sheviock-world.example/latest",
  fmt="Atom 1.0 general world feed, Z times, no authors",
  notes="Invented general world-news Atom feed, Tuesday 26 August 2025, newest first, <published> in Z (UTC). Four of seven entries are off-beat (tennis, Sudan, Pakistan floods, Japanese exports). Dnipro toll: three at 05:40, nine at 17:05.",
  not_entries=["feed title, link, id, updated"],
  entries=[
  OFF("2025-08-26 19:20", "US Open: defending champion cruises into second round",
    ["The men's defending champion needed less than two hours to win his first-round match in New York."],
    "us-open-first-round", n="sport item."),
  E("2025-08-26 17:05", "Dnipro strike toll rises to nine as rescue work ends",
    ["Ukrainian rescuers ended their search at a destroyed apartment block in Dnipro, where nine people were killed by a Russian missile before dawn."],
    "strikes", "strikes", 3, DNIPRO),
  OFF("2025-08-26 14:30", "Heavy fighting reported around Sudan's El Fasher",
    ["Paramilitary forces attacked army positions around El Fasher, residents said, as the siege of the city entered its second year."],
    "el-fasher-fighting-2025-08-26", n="another war (Sudan)."),
  OFF("2025-08-26 11:45", "Monsoon floods close schools across Punjab",
    ["Authorities in Pakistan's Punjab province closed schools in several districts after rivers burst their banks."],
    "punjab-floods-2025-08-26", n="weather item."),
  E("2025-08-26 09:10", "Ukrainian drones set Volgograd refinery ablaze, governor says",
    ["A Ukrainian drone attack started a fire at an oil refinery in Volgograd, the regional governor said, adding that debris had fallen on the plant's territory."],
    "strikes", "strikes", 3, VOLGO, n="Ukrainian strike inside Russia: must not merge with the Russian strike on Dnipro."),
  OFF("2025-08-26 07:25", "Japanese exports fall for a fourth month",
    ["Exports from Japan declined again in July, weighed down by lower car shipments to the United States."],
    "japan-exports-july", n="economy item."),
  E("2025-08-26 05:40", "Russian missiles hit Dnipro, killing three",
    ["At least three people were killed when Russian missiles struck the city of Dnipro early on Tuesday, Ukrainian officials said."],
    "strikes", "strikes", 3, DNIPRO),
  ]))

SEEDS.append(dict(id="4141", name="4141_pentewan-textlive", ext="txt", source="Pentewan Live", zone="Europe/London", render=r_pentewan,
  title="Ukraine war live: Dnipro strike kills several; drones hit Volgograd refinery",
  lede="Follow our rolling coverage of the war in Ukraine. All times BST.", date_line="Tuesday 26 August 2025",
  fmt="text live, newest first, '14:38 BST' stamp line, headline, 'By X', Key Points (bulleted)",
  notes="Invented text live blog, newest first; stamp line 'HH:MM BST' (UTC+1), headline, optional 'By NAME' line, body. Key Points block (bulleted) lists 4141-04 and 4141-05. 4141-03 'Watch:' is a video teaser without body. 07:10-20:15 BST = 06:10-19:15 UTC. Zelensky's reaction (4141-06) shares the Dnipro story; Rubio's remarks (4141-01) and Lavrov's (4142-02) are separate statements.",
  not_entries=["site name and menu", "page title and lede line 'All times BST'", "'Key Points' heading and its bullets (the list, not entries)", "'Latest updates' label", "'[Video: 1:42]' placeholder", "'Back to top', cookie line, copyright"],
  entries=[
  E("2025-08-26 20:15", "Rubio: guarantees must be settled before any leaders' summit",
    ["Secretary of State Marco Rubio said the details of security guarantees for Ukraine should be agreed before Presidents Putin and Zelensky meet.",
     "He said European allies would carry most of the burden."],
    "diplomacy", "diplomacy", 2, "rubio-guarantees-remarks-2025-08-26", a="Imogen Pascoe", n="Separate statement; must not merge with Lavrov's remarks."),
  E("2025-08-26 18:02", "Canada to fund drone purchases for Ukraine",
    ["Canada will spend 200 million Canadian dollars on drones and counter-drone equipment for Ukraine, the defence minister said.",
     "The equipment will be bought from Canadian and Ukrainian firms."],
    "aid", "aid", 2, "canada-drone-funding-2025-08-26", a="Imogen Pascoe", n="Different package from Germany's IRIS-T delivery: must not merge."),
  E("2025-08-26 16:45", "Watch: Rescuers search rubble of Dnipro apartment block", [],
    "strikes", "strikes", 1, DNIPRO, a=None, n="Video teaser without body -> 1."),
  E("2025-08-26 14:38", "Dnipro death toll rises to seven",
    ["Seven people are now known to have died in the Russian missile strike on Dnipro, the regional military administration said, including a 12-year-old girl.",
     "More than 30 were injured."],
    "strikes", "strikes", 3, DNIPRO, a="Josh Kitto", kp=True),
  E("2025-08-26 12:20", "Refinery in Volgograd burns after overnight drone raid",
    ["Ukraine's SBU security service said its drones hit the Volgograd refinery, one of the largest in southern Russia, for the second time this month.",
     "Russian officials said a fire was quickly contained."],
    "strikes", "strikes", 3, VOLGO, a="Josh Kitto", kp=True),
  E("2025-08-26 10:05", "Zelensky vows response after deadly Dnipro attack",
    ["Volodymyr Zelensky said Russia would feel the consequences of the attack on Dnipro and called on allies to speed up deliveries of Patriot missiles."],
    "strikes", "strikes", 3, DNIPRO, a="Josh Kitto", sec=["aid"], n="Reaction whose main content is the attack itself -> shares the Dnipro story."),
  E("2025-08-26 08:30", "Russia claims capture of two villages in Donetsk region",
    ["Russia's defence ministry said its forces had taken two more villages in the Donetsk region. Ukraine's military did not confirm the claim."],
    "other", "frontline", 2, "russia-claims-donetsk-villages-2025-08-26", a="Imogen Pascoe"),
  E("2025-08-26 07:10", "Explosions rock Dnipro as ballistic missiles hit city",
    ["Loud explosions were heard across Dnipro before dawn as Russian ballistic missiles struck residential areas, the mayor said on Telegram.",
     "Early reports speak of dead and wounded."],
    "strikes", "strikes", 3, DNIPRO, a="Imogen Pascoe"),
  ]))

SEEDS.append(dict(id="4142", name="4142_trewint-ldlive", ext="html", source="Trewint Observer", zone="Europe/Kyiv", render=r_trewint,
  title="War in Ukraine, day 1,280: live", lede="Russian missiles hit Dnipro at dawn; Ukrainian drones strike a Volgograd refinery.",
  url="https://trewint-observer.example/live/day-1280",
  fmt="HTML live, @graph JSON-LD with @type array, byline before headline, <time> HH:MM (EEST)",
  notes="Invented HTML live page, newest first, Kyiv time (EEST = UTC+3; footer says 'all times Kyiv (EEST)'). Byline span and <time> come BEFORE each headline. JSON-LD uses @graph and @type ['NewsArticle','LiveBlogPosting'] with per-update times that agree with the visible ones. Entries without a named reporter carry 'Trewint Observer staff' (author null). 4142-01 is an analysis (theme piece).",
  not_entries=["header/navigation", "h1 page title and dek", "inline 'Related:' link", "footer"],
  entries=[
  E("2025-08-26 21:40", "Analysis: Why Russia's summer push around Pokrovsk has slowed",
    ["Three months into its summer offensive, Russia has gained ground south of Pokrovsk but has not managed to cut the roads that supply the town.",
     "Ukrainian drone units have made it costly to move armour in daylight, forcing Russian commanders to rely on small infantry groups."],
    "other", "frontline", 2, "analysis-pokrovsk-summer-offensive", a="Halyna Moroz", n="Theme piece (analysis with body): importance 2, own story."),
  E("2025-08-26 19:15", "Lavrov: Western troops in Ukraine unacceptable under any guarantees",
    ["Russian Foreign Minister Sergei Lavrov said Moscow would not accept the presence of troops from NATO countries in Ukraine as part of a settlement."],
    "diplomacy", "diplomacy", 2, "lavrov-guarantees-remarks-2025-08-26", a=None, n="Separate statement; must not merge with Rubio's remarks."),
  E("2025-08-26 16:30", "Germany delivers two more IRIS-T systems, Kyiv says",
    ["Two additional IRIS-T air-defence systems from Germany have arrived in Ukraine, Defence Minister Denys Shmyhal said."],
    "aid", "aid", 3, "germany-iris-t-delivery-2025-08-26", a="Halyna Moroz", n="Major arms transfer -> 3; not the Canadian drone funding."),
  E("2025-08-26 13:00", "Dnipro: death toll climbs to six, dozens injured",
    ["The number of dead in Dnipro has risen to six, the regional administration said, as rescuers kept digging through a collapsed section of a nine-storey building."],
    "strikes", "strikes", 3, DNIPRO, a="Halyna Moroz"),
  E("2025-08-26 10:20", "Volgograd refinery halts processing after drone attack",
    ["The Volgograd refinery stopped processing crude after a fire damaged its main distillation unit, Russian media reported, citing industry sources."],
    "strikes", "strikes", 3, VOLGO, a=None),
  E("2025-08-26 08:45", "Dnipro hit by ballistic missiles at dawn",
    ["Russia fired ballistic missiles at Dnipro shortly after 5am, hitting an apartment building and a transport company, officials said."],
    "strikes", "strikes", 3, DNIPRO, a="Halyna Moroz"),
  ]))

SEEDS.append(dict(id="4143", name="4143_oare-rss", ext="xml", source="Oare Chronicle", zone="Europe/Kyiv", render=r_oare,
  title="Oare Chronicle: Ukraine", fmt="RSS 2.0 war feed, +0300 pubDate, entity-escaped HTML descriptions, <author>email (Name)</author>",
  notes="Invented war-only RSS feed, newest first, pubDate with +0300 (Kyiv, EEST). Descriptions are entity-escaped HTML. Spells the city 'Dnepr' and the region 'Dnepropetrovsk'. 4143-01 (22:10) repeats 4143-02 (20:30) nearly verbatim: duplicate_of names the earlier-published original, which sits below it in this newest-first feed.",
  not_entries=["channel title/link/description"],
  entries=[
  E("2025-08-26 22:10", "Dnepr strike: Moscow says it targeted a military plant",
    ["Russia's defence ministry said its missiles had struck a plant in Dnepr that repairs military vehicles, and denied hitting residential buildings."],
    "strikes", "strikes", 1, DNIPRO, a="Sam Penrose", dup="4143-02", n="Near-verbatim repeat of 4143-02, posted later (one word changed)."),
  E("2025-08-26 20:30", "Dnepr strike: Moscow says it targeted a military plant",
    ["Russia's defence ministry said its missiles had struck a factory in Dnepr that repairs military vehicles, and denied hitting residential buildings."],
    "strikes", "strikes", 3, DNIPRO, a="Sam Penrose", n="Official claim about the attack -> strikes, same story."),
  E("2025-08-26 16:00", "Ukrainian drones reach Volgograd refinery again",
    ["The refinery in Volgograd was hit for the second time in August, according to Ukrainian military sources, who said production had been suspended."],
    "strikes", "strikes", 3, VOLGO, a="Sam Penrose"),
  E("2025-08-26 12:15", "Rescuers in Dnepropetrovsk region say five dead in missile attack",
    ["Emergency workers in the Dnepropetrovsk region said the toll from the morning missile attack on the regional capital had risen to five."],
    "strikes", "strikes", 3, DNIPRO, a="Sam Penrose"),
  E("2025-08-26 09:00", "Kherson: shelling damages hospital",
    ["Russian artillery hit a hospital in Kherson, injuring a nurse and damaging the maternity ward, the city's military administration said.",
     "Patients were moved to the basement."],
    "strikes", "strikes", 2, "kherson-hospital-shelling-2025-08-26", a=None, n="Separate attack: must not merge with Dnipro."),
  ]))


# =============================================================== emit
DAYS = {"day1": ["4120", "4121", "4122", "4123"], "day2": ["4130", "4131", "4132"], "day3": ["4140", "4141", "4142", "4143"]}
BASIS = {
  "r_fijisun": "stamp '{s}' (date and 12 h time); Fiji time implied by the outlet, UTC+12",
  "r_ewn": "relative stamp '{s}' resolved against the printed 'Last updated: 5 August 2025, 19:40 SAST' (UTC+2)",
  "r_riotimes": "stamp '{s}' (date and 12 h time, <time datetime> with -03:00 agrees); Brasília time UTC-3",
  "r_gazeta": "stamp '{s}' under the date header for {d}; Tashkent time implied by the outlet, UTC+5",
  "r_dne": "no per-item time: the article's date line ({d} 11:20, Cairo EET = UTC+2) used for every bullet",
  "r_newage": "stamp '{s}' (24 h time, date without space after the comma); Dhaka time implied, UTC+6",
  "r_baltsun": "stamp '{s}' under the date line for {d}; Eastern time, EDT = UTC-4; JSON-LD datePublished agrees",
  "r_norway": "stamp '{s}' (byline fused to date and time); Oslo time implied, CET = UTC+1",
  "r_macau": "pubDate '{s}' (explicit +0000)",
  "r_iceland": "dc:date '{s}' (explicit offset; Iceland is UTC all year)",
  "r_otter": "stamp '{s}' on the page's date {d} (date line); GMT = UTC",
  "r_pilsdon": "stamp '{s}' with <time datetime> (+02:00) on {d}; Kyiv EET; JSON-LD agrees",
  "r_rss_gmt": "pubDate '{s}' (GMT = UTC)",
  "r_article_txt": "no per-section time: the article dateline ({d} 17:30 GMT) used for every section",
  "r_nunney": "stamp '{s}' on the page's date {d} (date line); GMT per the 'Updated ... GMT' line",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_rockbeare": "stamp '{s}' on the page's date {d} (date line); CET = UTC+1",
  "r_pentewan": "stamp '{s}' on the page's date {d}; BST = UTC+1",
  "r_trewint": "stamp '{s}' with <time datetime> (+03:00) on {d}; Kyiv EEST; JSON-LD agrees",
  "r_oare": "pubDate '{s}' (explicit +0300)",
}


def main():
    for sub in ("seeds", "gold"):
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
                 "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d")),
                 "author": e["a"],
                 "first_sentence": first_sentence(e["p"][0]) if e["p"] else None,
                 "body_paragraphs": len(e["p"]),
                 "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                 "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"],
                 "notes": e["n"]}
            ents.append(g)
        gold = {"seed": fn, "source": S["source"], "page_title": S["title"], "page_timezone": S["zone"],
                "notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]}
        if not any(re.search(r"\b(20\d\d|January|February|March|April|May|June|July|August|September|October|November|December)\b", l)
                   for l in re.sub(r"<script\b.*?</script>", "", text, flags=re.S).split("\n")):
            gold["parse_args"] = ["--date", dt(S["entries"][0]["t"], S["zone"]).strftime("%Y-%m-%d")]
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print(fn, len(ents), "parse_args" in gold)


if __name__ == "__main__":
    main()

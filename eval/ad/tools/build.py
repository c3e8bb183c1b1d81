#!/usr/bin/env python3
"""Builds eval/ad seeds and gold files from the hand-written table below.
All news text is invented or paraphrased; Part B outlets are invented. Deterministic.
Run: python3 eval/ad/tools/build.py"""
import json, html, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None, **x):
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n, **x)


def OFF(t, h, p, st, a=None, n="", **x):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **x)


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par)
    return par[:m.end()] if m else par


def esc(s):
    return html.escape(s, quote=False)


def ldesc(s):  # WordPress-style entity escaping inside JSON-LD strings
    return html.escape(s, quote=True).replace("\u2019", "&#8217;").replace("\u2018", "&#8216;")


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:60]


def ap(d, style):
    hh = d.hour % 12 or 12
    if style == "a.m.":
        return f"{hh}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'}"
    if style == "pm":
        return f"{hh}.{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"
    if style == "AM":
        return f"{hh}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"
    raise ValueError(style)


def P(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def page_html(title, head_extra, body):
    return "\n".join(['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(title)}</title>"] + head_extra
                     + ["</head><body>"] + body + ["</body></html>"]) + "\n"


# =============================================================== Part A renderers

def r_cyprusmail(S):  # text scrape of a tag page; author glued to "5 March 2024 21:10"
    z = S["zone"]
    L = ["Cyprus Mail", "Tuesday, March 5, 2024", "", "Cyprus   World   Opinion   Business   Sport   Life   Tales from the Coffeeshop   Newsletter   Search", "",
         "We use cookies on our website to give you the most relevant experience. Accept   Reject   Read More", "",
         "Home » World » Russia-Ukraine war", "", S["title"], ""]
    st_ = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{e['a']}{d.day} {MONTHS[d.month-1]} {d.year} {d:%H:%M}"; st_.append(st)
        L += [e["h"], st, ""] + P(e["p"]) + ["Read more", ""]
        if i == 2:
            L += ["Advertisement", ""]
        if i == 4:
            L += ["Sign up to our daily newsletter and get the Cyprus Mail headlines straight to your inbox.", "Subscribe", ""]
    L += ["Load More", "", "Related Posts", "Anastasiades-era passports probe: committee to hear new witnesses", "", "Facebook   X   Instagram   LinkedIn",
          "© Cyprus Mail 2024 | Privacy Policy | Terms & Conditions | Contact Us"]
    return "\n".join(L) + "\n", st_


def r_jordantimes(S):  # text scrape of a key-events article; bullets = entries, no stamps, article time
    L = ["The Jordan Times", "Tuesday, Feb 13, 2024", "", "Home   Local   Region   World   Business   Opinion   Features   Sports   Videos", "",
         "This website uses cookies to ensure you get the best experience. Got it!", "", "World", "", S["title"], "",
         S["byline"], "", S["lede"], ""]
    st_ = []
    for sec, ents in S["sections"]:
        L += [sec, ""]
        for e in ents:
            st_.append(None)
            L += ["• " + e["p"][0], ""]
    L += ["Share:   Facebook   Twitter   WhatsApp   Email", "", "Related Articles", "Feb 12,2024", "Ukrainian drones target refinery in southern Russia",
          "Feb 11,2024", "Zelensky visits troops near Kupiansk", "", "Newsletter   Subscribe to our newsletter", "",
          "© 2024 Jordan Press Foundation. All rights reserved."]
    S["entries"] = [e for _, ents in S["sections"] for e in ents]
    return "\n".join(L) + "\n", st_


def r_akipress(S):  # text scrape; "09 September 2024 22:14" on its own line BEFORE the headline; "Views" counter
    z = S["zone"]
    L = ["AKIpress News Agency", "Русский   English   Кыргызча", "", "Top news   Kyrgyzstan   Central Asia   World   Economy   Analytics   Photo   Video", "",
         "Bishkek  +24°C   USD 84.52   EUR 93.40", "", S["title"], ""]
    st_ = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d} {MONTHS[d.month-1]} {d.year} {d:%H:%M}"; st_.append(st)
        L += [st, e["h"], ""] + P(e["p"]) + [f"Views: {300 + 37 * i}", ""]
        if i == 3:
            L += ["AKIpress on Telegram: subscribe to get breaking news first", ""]
    L += ["Next page »", "", "Copying of materials is allowed only with an active hyperlink to AKIpress.", "© 2000-2024 AKIpress News Agency. Bishkek"]
    return "\n".join(L) + "\n", st_


def r_ipn(S):  # text scrape; relative stamps under the headline, one printed "Page updated" anchor
    z = S["zone"]; ref = dt(S["ref"], z)
    L = ["IPN", "Info-Prim Neo News Agency", "RO   RU   EN", "", "Politics   Economy   Society   Justice   War in Ukraine   Interviews   Analyses   Press releases", "",
         "This site uses cookies. By continuing to browse you agree to their use. OK", "", S["title"],
         f"Page updated: {ref.day} {MONTHS[ref.month-1]} {ref.year}, {ref:%H:%M}", ""]
    st_ = []
    for i, e in enumerate(S["entries"]):
        mins = int((ref - dt(e["t"], z)).total_seconds() // 60)
        assert mins < 60 or mins % 60 == 0, e["t"]
        st = f"{mins} minutes ago" if mins < 60 else (f"{mins // 60} hours ago" if mins >= 120 else "1 hour ago"); st_.append(st)
        L += [e["h"], st, ""] + P(e["p"]) + ["Read more", ""]
        if i == 2:
            L += ["IPN Debates: public debate on the future of the energy sector, Thursday at 11:00", ""]
    L += ["1  2  3  ...  Next", "", "© 2024 IPN. All rights reserved. Use of materials only with a link to www.ipn.md"]
    return "\n".join(L) + "\n", st_


def r_saudigazette(S):  # HTML listing; "Jul 15, 2024 | 4:12 PM" after headline; datelines in caps; crosses local midnight
    z = S["zone"]
    b = ['<header class="sg-top"><a class="logo" href="/">Saudi Gazette</a><nav><a href="/saudi-arabia">Saudi Arabia</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/sports">Sports</a> <a href="/opinion">Opinion</a> <a href="/culture">Culture</a></nav><span class="sg-date">Tuesday, July 16, 2024</span></header>',
         '<main class="sg-list">', f'<h1 class="sec-title">{esc(S["title"])}</h1>']
    st_ = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%b} {d.day}, {d.year} | {ap(d, 'AM')}"; st_.append(st)
        b.append('<article class="sg-item">')
        b.append(f'<h2><a href="/article/64{S["id"]}{i}">{esc(e["h"])}</a></h2>')
        b.append(f'<div class="sg-meta"><span class="sg-author">{esc(e["a"])}</span> <span class="sg-time">{st}</span></div>')
        for p in e["p"]:
            b.append(f"<p>{esc(p)}</p>")
        b.append('<div class="share">Share <a>Facebook</a> <a>X</a> <a>WhatsApp</a></div></article>')
        if i == 2:
            b.append('<div class="ad-box">Advertisement</div>')
    b += ["</main>", '<aside class="most-read"><h3>Most Read</h3><ol><li><a>Saudi Arabia announces summer school timetable</a></li><li><a>Riyadh metro: new lines open to public</a></li></ol></aside>',
          '<div class="newsletter"><h4>Newsletter</h4><p>Get the day\'s top stories delivered to your inbox.</p><input placeholder="Email"/> <button>Subscribe</button></div>',
          '<footer>© Saudi Gazette 2024. All rights reserved. | About Us | Contact Us | Privacy Policy</footer>']
    return page_html(S["title"] + " | Saudi Gazette", [], b), st_


def r_asharq(S):  # HTML article with timeline (h3 "9:05 a.m.", h4 headline); NewsArticle JSON-LD with entities
    z = S["zone"]
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": ldesc(S["title"]), "description": ldesc(S["lede"]),
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "author": {"@type": "Person", "name": S["author"]},
          "publisher": {"@type": "Organization", "name": "Asharq Al-Awsat"}, "articleSection": "World"}
    b = ['<header id="aaw-head"><a href="/english">ASHARQ AL-AWSAT</a> <span>English</span><nav><a href="/english/arab-world">Arab World</a> <a href="/english/world">World</a> <a href="/english/business">Business</a> <a href="/english/opinion">Opinion</a> <a href="/english/sport">Sport</a> <a href="/english/varieties">Varieties</a></nav><a href="/">العربية</a></header>',
         '<main><div class="breadcrumb">World</div>', f'<h1>{esc(S["title"])}</h1>', f'<p class="subtitle">{esc(S["lede"])}</p>',
         f'<div class="meta"><span class="date">{esc(S["datetext"])}</span></div>', f'<p class="dateline">{esc(S["dateline"])}</p>',
         '<figure><img src="/img/x.jpg" alt=""/><figcaption>Emergency workers at a damaged building. (Reuters)</figcaption></figure>',
         '<div class="timeline">']
    st_ = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ap(d, "a.m."); st_.append(st)
        b.append(f'<h3 class="tl-time">{st}</h3><h4>{esc(e["h"])}</h4>')
        for p in e["p"]:
            b.append(f"<p>{esc(p)}</p>")
        if i == 2:
            b.append('<div class="inline-related">Related: <a href="/r1">Kremlin says election result shows society consolidated around Putin</a></div>')
    b += ["</div>", '<div class="tags">Russia · Ukraine · War</div>', '<div class="share-bar">Share <a>Facebook</a> <a>X</a> <a>Telegram</a> <a>Copy link</a></div>',
          "</main>", '<aside><h3>Most Viewed</h3><ul><li><a>Lebanon: shelling on the border intensifies</a></li><li><a>Sudan talks stall in Jeddah</a></li></ul></aside>',
          '<footer>Asharq Al-Awsat © 2024 · Saudi Research and Media Group · Terms of Use · Privacy</footer>']
    return page_html(S["title"], ['<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>"], b), st_


def r_azernews(S):  # HTML listing, "24 September 2024 21:15 (UTC+04:00)" under headline, "By" bylines
    z = S["zone"]
    b = ['<div class="topbar">Baku <span>+22°C</span> <a href="/">AZERNEWS</a> <a href="/ru">RU</a></div>',
         '<nav class="menu"><a href="/nation">Nation</a> <a href="/business">Business</a> <a href="/region">Region</a> <a href="/analysis">Analysis</a> <a href="/culture">Culture</a> <a href="/sport">Sport</a></nav>',
         f'<main><h1 class="cat">{esc(S["title"])}</h1>']
    st_ = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month-1]} {d.year} {d:%H:%M} (UTC+04:00)"; st_.append(st)
        b.append('<div class="news-item">')
        b.append(f'<h2><a href="/region/{S["id"]}{i}.html">{esc(e["h"])}</a></h2>')
        b.append(f'<div class="date">{st}</div>')
        if e["a"]:
            b.append(f'<div class="author">By {esc(e["a"])}</div>')
        for p in e["p"]:
            b.append(f"<p>{esc(p)}</p>")
        b.append('<a class="more" href="#">Read more</a></div>')
        if i == 3:
            b.append('<div class="banner">Follow us on Twitter @AzerNewsAz</div>')
    b += ["</main>", '<aside class="popular"><h3>Most popular</h3><ul><li><a>Baku hosts international oil and gas exhibition</a></li><li><a>New flights launched to Tashkent</a></li></ul></aside>',
          '<footer>Azernews © 2024. All rights reserved. Citation only with a hyperlink to azernews.az</footer>']
    return page_html(S["title"] + " - AzerNews", [], b), st_


def r_nationalpost(S):  # HTML live blog; "8:35 p.m." stamps only; crosses midnight with no divider; LiveBlogPosting JSON-LD with entities
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{i+1}", "headline": ldesc(e["h"]), "datePublished": d.isoformat(),
             "articleBody": ldesc(" ".join(e["p"]))}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": ldesc(S["title"]),
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "Organization", "name": "National Post"}, "liveBlogUpdate": ups}
    b = ['<header class="np-header"><a href="/">NATIONAL POST</a><nav><a href="/category/news/">News</a> <a href="/category/opinion/">Opinion</a> <a href="/category/news/world/">World</a> <a href="/category/sports/">Sports</a> <a href="/category/entertainment/">Culture</a> <a href="/category/life/">Life</a> <a href="/category/driving/">Driving</a></nav><a class="sub" href="/subscribe">Subscribe</a> <a href="/signin">Sign In</a></header>',
         '<main><span class="label">LIVE</span>', f'<h1>{esc(S["title"])}</h1>', f'<p class="deck">{esc(S["lede"])}</p>',
         f'<div class="byline">{esc(S["byline"])}</div>', f'<div class="published">{esc(S["datetext"])}</div>',
         '<div class="share">Share this Story: <a>Facebook</a> <a>X</a> <a>LinkedIn</a> <a>Email</a></div>',
         '<div class="newsletter"><b>Top Stories</b> Get the latest headlines, breaking news and columns. By signing up you consent to receive the above newsletter from Postmedia Network Inc. <button>Sign Up</button></div>']
    st_ = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ap(d, "a.m."); st_.append(st)
        b.append(f'<div class="live-post" id="post-{i+1}"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        for p in e["p"]:
            b.append(f"<p>{esc(p)}</p>")
        if e["a"]:
            b.append(f'<p class="credit">— {esc(e["a"])}</p>')
        b.append("</div>")
        if i == 2:
            b.append('<div class="ad">Advertisement 3</div><div class="story-continues">Story continues below</div>')
    b += ["</main>", '<aside class="trending"><h3>Trending</h3><ol><li><a>Ottawa unveils new border measures</a></li><li><a>Leafs: five takeaways</a></li></ol></aside>',
          '<footer>© 2024 National Post, a division of Postmedia Network Inc. All rights reserved. Terms of Use | Privacy Statement</footer>']
    return page_html(S["title"] + " | National Post", ['<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>"], b), st_


def r_sta(S):  # RSS 2.0, GMT pubDates, entity-escaped HTML description, dc:creator
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', "<channel>",
           f"<title>{esc(S['title'])}</title>", "<link>https://english.sta.si/</link>",
           "<description>News in English from the Slovenian Press Agency</description>", "<language>en</language>", "<copyright>STA d.o.o.</copyright>"]
    st_ = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT"); st_.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://english.sta.si/33{S['id']}{i}/{slug(e['h'])}</link>",
                f'<guid isPermaLink="false">sta-33{S["id"]}{i}</guid>', f"<pubDate>{st}</pubDate>", f"<dc:creator>{esc(e['a'])}</dc:creator>",
                f"<category>{e.get('cat', 'World')}</category>",
                "<description>" + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</description>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", st_


def r_asiaplus(S):  # RSS 1.0 (RDF), dc:date with +05:00
    z = S["zone"]
    link = "https://www.asiaplustj.info/en"
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
           f'<channel rdf:about="{link}/rss">', f"<title>{esc(S['title'])}</title>", f"<link>{link}</link>",
           "<description>Asia-Plus: news from Tajikistan and Central Asia</description>", "<items><rdf:Seq>"]
    out += [f'<rdf:li rdf:resource="{link}/news/{S["id"]}{i}"/>' for i in range(len(S["entries"]))]
    out += ["</rdf:Seq></items>", "</channel>"]
    st_ = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); st_.append(st)
        out += [f'<item rdf:about="{link}/news/{S["id"]}{i}">', f"<title>{esc(e['h'])}</title>", f"<link>{link}/news/{S['id']}{i}</link>",
                "<description>" + esc(" ".join(e["p"])) + "</description>", f"<dc:date>{st}</dc:date>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out += [f"<dc:subject>{e.get('cat', 'World')}</dc:subject>", "</item>"]
    out.append("</rdf:RDF>")
    return "\n".join(out) + "\n", st_


# =============================================================== Part B renderers

def r_lamorna(S):  # text live, oldest first, headline then "14:38 BST" line, Key Points block, "— name" signature
    z = S["zone"]
    L = ["LAMORNA DAILY", "News   World   Politics   Money   Sport   Culture   Podcasts", "", S["title"], S["dateline"], "",
         "Key Points"] + ["• " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Updates run oldest first.", ""]
    st_ = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} BST"; st_.append(st)
        L += [e["h"], st, ""] + P(e["p"])
        if e["a"]:
            L += ["— " + e["a"], ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Back to top", "", "Sign up to the Lamorna Daily evening briefing", "© Lamorna Daily. Cookie settings | Privacy"]
    return "\n".join(L) + "\n", st_


def r_ldlive(S):  # HTML live, LiveBlogPosting JSON-LD (@graph, @type array), visible stamp style chosen per page
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#p{i+1}", "headline": ldesc(e["h"]), "datePublished": d.isoformat(),
             "articleBody": ldesc("\n\n".join(e["p"])) if e["p"] else ""}
        if e["a"]:
            u["author"] = [{"@type": "Person", "name": e["a"]}]
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@graph": [{"@type": "Organization", "@id": S["home"] + "#org", "name": S["source"]},
          {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": ldesc(S["title"]), "datePublished": first.isoformat(),
           "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@id": S["home"] + "#org"}, "liveBlogUpdate": ups}]}
    b = [f'<header class="mast"><a href="/">{S["source"]}</a> <nav><a href="/world">World</a> <a href="/europe">Europe</a> <a href="/business">Business</a> <a href="/newsletters">Newsletters</a></nav></header>',
         f'<main><p class="kicker">Live</p><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>', f'<p class="note">{esc(S["tznote"])}</p>']
    st_ = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = S["stampfmt"](d); st_.append(st)
        b.append(f'<article class="post" id="p{i+1}"><time datetime="{d.isoformat()}">{st}</time>')
        b.append(f"<h2>{esc(e['h'])}</h2>")
        if e["a"]:
            b.append(f'<p class="byline">{esc(e["a"])}</p>')
        for p in e["p"]:
            b.append(f"<p>{esc(p)}</p>")
        b.append('<div class="share">Share <a>Copy link</a> <a>X</a> <a>Facebook</a></div></article>')
        if i == 2:
            b.append('<aside class="promo">Newsletter: the war in Ukraine, explained every weekday. <a>Sign up</a></aside>')
    b += ["</main>", f"<footer>© {S['source']} 2024 · About us · Complaints · Cookies</footer>"]
    return page_html(f"{S['title']} | {S['source']}", ['<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>"], b), st_


def r_atomworld(S):  # general world Atom feed, Z times, html content in CDATA
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           f'<link href="{S["link"]}" rel="alternate"/>', f"<id>{S['link']}/</id>",
           f"<updated>{dt(S['entries'][0]['t'], z).astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}</updated>"]
    st_ = []
    for i, e in enumerate(S["entries"]):
        st = f"{dt(e['t'], z).astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}"; st_.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="{S["link"]}/{slug(e["h"])}" rel="alternate"/>',
                f"<id>tag:{S['link'][8:]},2024:{S['id']}{i}</id>", f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        out.append(f'<category term="{e.get("cat", "World")}"/>')
        out.append('<content type="html"><![CDATA[' + "".join(f"<p>{p}</p>" for p in e["p"]) + "]]></content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", st_


def r_textarticle(S):  # text article scrape; section headings = entries; no stamps; time printed in the dateline only
    L = list(S["head"])
    st_ = []
    for e in S["entries"]:
        st_.append(None)
        L += [e["h"], ""] + P(e["p"])
    L += list(S["foot"])
    return "\n".join(L) + "\n", st_


def r_htmllive_gmt(S):  # HTML live, no JSON-LD, "0205 GMT" stamps
    z = S["zone"]
    b = [f'<nav class="top">{S["source"]} | <a href="/news">News</a> | <a href="/world">World</a> | <a href="/ukraine">Ukraine</a> | <a href="/opinion">Opinion</a></nav>',
         f'<div class="live-head"><span class="badge">LIVE</span><h1>{esc(S["title"])}</h1><p class="sub">{esc(S["lede"])}</p><p class="dateline">{esc(S["dateline"])}</p></div>']
    st_ = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.astimezone(UTC):%H%M} GMT"; st_.append(st)
        b.append(f'<div class="entry"><span class="stamp">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            b.append(f'<span class="author">by {esc(e["a"])}</span>')
        for p in e["p"]:
            b.append(f"<p>{esc(p)}</p>")
        b.append("</div>")
        if i == 1:
            b.append('<div class="mpu">Advertisement</div>')
    b += ['<div class="more"><a href="/live/yesterday">Read yesterday\'s live coverage</a></div>', f"<footer>© {S['source']} 2024 | Terms | Privacy | Cookie settings</footer>"]
    return page_html(S["title"], [f'<meta property="og:site_name" content="{S["source"]}">'], b), st_


def r_rss2(S):  # RSS 2.0, numeric-offset pubDate, CDATA description
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "<channel>", f"<title>{esc(S['title'])}</title>",
           f"<link>{S['link']}</link>", f"<description>{esc(S['desc'])}</description>", "<ttl>10</ttl>"]
    st_ = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT") if S.get("gmt") else d.strftime("%a, %d %b %Y %H:%M:%S %z"); st_.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['link']}/{slug(e['h'])}</link>", f"<guid>{S['link']}/{S['id']}-{i}</guid>",
                f"<pubDate>{st}</pubDate>", f"<category>{e.get('cat', 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{p}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", st_


def r_penryn(S):  # text live, oldest first, ET "8:50 p.m." stamp BEFORE headline, date dividers, crosses local midnight
    z = S["zone"]
    L = ["Penryn Report", "Home  |  U.S.  |  World  |  Politics  |  Markets  |  Subscribe", "", S["title"], S["byline"], S["updated"], "", S["lede"], "", "All times Eastern.", ""]
    st_ = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        lab = f"{d:%A}, {MONTHS[d.month-1]} {d.day}"
        if lab != cur:
            cur = lab; L += [lab, ""]
        st = ap(d, "a.m."); st_.append(st)
        L += [st, e["h"], ""] + P(e["p"])
        if i == 2:
            L += ["Continue reading below the advertisement", ""]
    L += ["End of updates.", "Penryn Report | Terms of service | Privacy | Do not sell my information"]
    return "\n".join(L) + "\n", st_


def r_mawgan(S):  # text live, oldest first, bare "06:40" stamps under a printed date line, Key Points, author line
    z = S["zone"]
    L = ["Mawgan Live", "Home   Ukraine   World   Economy   Opinion   Podcasts", "", S["title"], "", "Key Points"]
    L += [e["h"] for e in S["entries"] if e["kp"]]
    L += ["", S["dateline"], "Kyiv time", ""]
    st_ = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; st_.append(st)
        L += [st, e["h"]] + ([f"Author: {e['a']}"] if e["a"] else []) + [""] + P(e["p"])
        if i == 4:
            L += ["Support independent journalism: become a member", ""]
    L += ["Share   Copy link", "", "Mawgan Live © 2024"]
    return "\n".join(L) + "\n", st_


def r_htmlarticle(S):  # HTML article with h2 sections; time printed in the dateline only
    b = [f'<header>{S["source"]} <a href="/world">World</a> <a href="/europe">Europe</a> <a href="/subscribe">Subscribe</a></header>', "<article>",
         f"<h1>{esc(S['title'])}</h1>", f'<p class="standfirst">{esc(S["lede"])}</p>', f'<p class="byline">By <a href="/authors/1">{esc(S["author"])}</a></p>',
         f'<p class="date">{esc(S["datetext"])}</p>', '<figure><img src="/i/1.jpg" alt=""/><figcaption>A darkened street on Wednesday evening. Photo: agency</figcaption></figure>']
    st_ = []
    for e in S["entries"]:
        st_.append(None)
        b.append(f"<h2>{esc(e['h'])}</h2>")
        for p in e["p"]:
            b.append(f"<p>{esc(p)}</p>")
    b += ['<aside class="related">Read more: <a href="/x">Ukraine\'s winter energy plan, explained</a></aside>', "</article>", f"<footer>{S['source']} · Terms · Privacy</footer>"]
    return page_html(S["title"] + " | " + S["source"], [], b), st_


# =============================================================== data: Part A
SEEDS = []

SEEDS.append(dict(id="3100", name="3100_cyprusmail-tag", ext="txt", render=r_cyprusmail, source="Cyprus Mail", zone="Europe/Nicosia",
    title="Russia-Ukraine war",
    basis="Stamp line '{s}' (author name glued to the date, as the page prints it); no zone printed, Cyprus Mail's home zone {z} (UTC+2 in March).",
    notes="Text scrape of a Cyprus Mail tag page, newest first. Each story: headline, then a stamp line where the byline is glued to the date ('Reuters News Service5 March 2024 21:10'), then an excerpt and 'Read more'. No zone printed: Europe/Nicosia (EET). Per-story authors are taken from the glued byline.",
    not_entries=["masthead, date line, menu and cookie banner", "breadcrumb 'Home » World » Russia-Ukraine war'", "'Read more' after every excerpt", "'Advertisement' and newsletter sign-up box",
                 "'Load More' and 'Related Posts' with a Cyprus story link", "social links and copyright footer"],
    entries=[
    E("2024-03-05 21:10", "Ukraine says sea drones sank Russian patrol ship off Kerch Strait",
      ["Ukraine's military intelligence agency said on Tuesday that its naval drones had destroyed the Russian patrol vessel Sergei Kotov near the Kerch Strait overnight.",
       "Night-vision footage released by the agency showed several blasts along the hull. Russia's defence ministry did not comment."],
      "strikes", "strikes", 3, "sergei-kotov-patrol-ship-sunk", a="Reuters News Service"),
    E("2024-03-05 18:45", "ICC issues arrest warrants for two Russian commanders over grid attacks",
      ["Judges at the International Criminal Court have issued warrants for two senior Russian officers accused of directing strikes on Ukraine's electricity infrastructure.",
       "The court named Lieutenant General Sergei Kobylash and Admiral Viktor Sokolov, saying the attacks caused excessive harm to civilians. Moscow does not recognise the court."],
      "other", "humanitarian", 3, "icc-warrants-kobylash-sokolov", a="Reuters News Service", sec=["strikes"]),
    E("2024-03-05 16:20", "Cyprus ships second batch of generators to Ukrainian hospitals",
      ["A second consignment of 40 diesel generators left Limassol port on Tuesday bound for hospitals in Ukraine, the foreign ministry said.",
       "The equipment was bought with donations collected by municipalities and the Orthodox Church, officials added."],
      "aid", "aid", 2, "cyprus-generators-ukraine-hospitals", a="Elena Charalambous"),
    E("2024-03-05 13:05", "Drones hit Odesa port area again, governor says",
      ["Russian attack drones struck port facilities in the Odesa region before dawn, injuring a night-shift worker and setting a warehouse alight, governor Oleh Kiper said.",
       "Air defences shot down most of the incoming drones, the Ukrainian air force reported."],
      "strikes", "strikes", 2, "odesa-port-drone-attack-2024-03-05", a="Reuters News Service"),
    E("2024-03-05 11:30", "Kombos and Estonian counterpart discuss support for Kyiv",
      ["Foreign Minister Constantinos Kombos hosted Estonia's Margus Tsahkna in Nicosia, with talks focused on sanctions enforcement and long-term backing for Ukraine.",
       "The two ministers also discussed maritime security in the eastern Mediterranean and the Baltic."],
      "diplomacy", "diplomacy", 2, "kombos-tsahkna-nicosia-talks", a="Andreas Pittas"),
    OFF("2024-03-05 09:15", "Yellow weather warning for thunderstorms across the island",
      ["The met office issued a yellow warning for isolated storms and hail from midday, mainly over the Troodos mountains and the Nicosia district."],
      "cyprus-thunderstorm-warning-2024-03-05", a="Eleni Philippou", n="local weather"),
    E("2024-03-05 08:05", "Kremlin warns talk of Western troops in Ukraine is dangerous",
      ["The Kremlin said any discussion among European capitals about sending soldiers to Ukraine was a dangerous path that could lead to direct confrontation.",
       "Spokesman Dmitry Peskov was responding to comments made in Paris last week."],
      "diplomacy", "diplomacy", 2, "kremlin-western-troops-warning", a="AFP"),
    ]))

JT_T = "2024-02-13 21:40"
SEEDS.append(dict(id="3101", name="3101_jordantimes-keyevents", ext="txt", render=r_jordantimes, source="The Jordan Times", zone="Asia/Amman",
    title="Russia-Ukraine war: Key events on day 720",
    byline="By AFP - Feb 13,2024 - Last updated at Feb 13,2024 21:40",
    lede="Here is where things stand on Tuesday, the 720th day of the war:",
    basis="Bullet with no stamp of its own; published = the article's printed 'Last updated at Feb 13,2024 21:40', Amman time ({z}, UTC+3 since 2022).",
    notes="Text scrape of a 'key events' article: a byline/date line 'By AFP - Feb 13,2024 - Last updated at Feb 13,2024 21:40' above three section headings (Fighting, Weapons, Diplomacy) with bullets. Each bullet is one entry: headline null, stamp null, published = the article's last-updated time, author = the byline agency. key_point false: the bullets are the article itself, not a separate Key Points block.",
    not_entries=["masthead, date, menu, cookie notice", "section label 'World' and the article title", "byline/date line", "intro sentence 'Here is where things stand ...'",
                 "section headings 'Fighting', 'Weapons', 'Diplomacy'", "share row", "'Related Articles' with two dated links", "newsletter line and copyright"],
    sections=[
    ("Fighting", [
        E(JT_T, None, ["Russian missiles hit an industrial area of Kharkiv overnight, wounding four people and setting a printing works on fire, regional governor Oleh Synegubov said. Rescuers worked until morning to put out the blaze."],
          "strikes", "strikes", 2, "kharkiv-missile-attack-2024-02-13", a="AFP"),
        E(JT_T, None, ["Ukraine's air force said it shot down 12 of the 17 Shahed drones launched at southern and central regions during the night. Debris damaged homes in the Mykolaiv region."],
          "strikes", "strikes", 2, "overnight-shahed-drones-2024-02-13", a="AFP"),
        E(JT_T, None, ["Moscow said its troops had advanced near the coke plant in Avdiivka, while Ukrainian commanders described the fighting around the town as extremely heavy. Neither claim could be independently verified."],
          "other", "frontline", 2, "avdiivka-fighting-2024-02-13", a="AFP"),
    ]),
    ("Weapons", [
        E(JT_T, None, ["The US Senate approved a $95 billion foreign aid bill that includes about $60 billion for Ukraine after an all-night sitting. The measure still needs a vote in the House of Representatives, where its fate is unclear."],
          "aid", "aid", 3, "us-senate-95bn-aid-bill", a="AFP"),
        E(JT_T, None, ["Sweden announced a new package of artillery ammunition for Kyiv worth around 680 million kronor. The defence minister said deliveries would start within weeks."],
          "aid", "aid", 2, "sweden-artillery-package-2024-02-13", a="AFP"),
    ]),
    ("Diplomacy", [
        E(JT_T, None, ["Russia placed Estonian Prime Minister Kaja Kallas on a wanted list, according to an interior ministry database, over the removal of Soviet war memorials. Tallinn called the move an attempt at intimidation."],
          "diplomacy", "diplomacy", 2, "kallas-russian-wanted-list", a="AFP"),
    ]),
    ], entries=[]))

SEEDS.append(dict(id="3102", name="3102_akipress-world", ext="txt", render=r_akipress, source="AKIpress", zone="Asia/Bishkek",
    title="World news",
    basis="Stamp line '{s}' printed on its own line above the headline; no zone printed, AKIpress's home zone {z} (UTC+6).",
    notes="Text scrape of the AKIpress world-news listing, newest first. The stamp ('09 September 2024 22:14') sits on its own line BEFORE the headline, and a 'Views: N' counter follows each story. No bylines (author null). Two Kyrgyz stories are not about the war (off-beat).",
    not_entries=["masthead, language switch, menu", "weather/currency ticker line", "'Views: N' counters", "Telegram promo line", "'Next page »' and copyright footer"],
    entries=[
    E("2024-09-09 22:14", "Russia says air defences downed 13 drones over Bryansk and Kursk regions",
      ["Russia's defence ministry said its air defences intercepted 13 Ukrainian drones over the Bryansk and Kursk regions on Monday evening.",
       "The Bryansk governor said there were no casualties."],
      "strikes", "strikes", 2, "russia-downs-drones-bryansk-kursk-2024-09-09"),
    E("2024-09-09 20:40", "Russian strike on Shostka in Sumy region kills two",
      ["Two people were killed and nine injured when a Russian guided bomb hit a residential street in Shostka in Ukraine's Sumy region, local authorities said.",
       "The regional administration said several private houses and a shop were destroyed."],
      "strikes", "strikes", 3, "shostka-strike-2024-09-09"),
    OFF("2024-09-09 18:05", "Bishkek to raise public transport fares from October",
      ["Bus and trolleybus fares in the capital will rise to 20 som from October 1, the mayor's office said, citing fuel and maintenance costs."],
      "bishkek-transport-fares", n="Kyrgyz city news"),
    E("2024-09-09 16:30", "Zelensky says Kursk operation has slowed Russia's push toward Pokrovsk",
      ["Ukrainian President Volodymyr Zelensky said the incursion into Russia's Kursk region had forced Moscow to pull some units away from the Pokrovsk direction.",
       "Russian officials dismissed the claim, saying their offensive in Donetsk region was continuing."],
      "other", "frontline", 2, "zelensky-kursk-pokrovsk-remarks-2024-09-09"),
    E("2024-09-09 14:05", "Tokayev calls for talks to end war in Ukraine",
      ["Kazakh President Kassym-Jomart Tokayev said in Astana that the war in Ukraine could only be ended through negotiations and offered to support any peace effort.",
       "He spoke during a meeting with foreign diplomats accredited in Kazakhstan."],
      "diplomacy", "diplomacy", 2, "tokayev-ukraine-talks-call-2024-09-09"),
    OFF("2024-09-09 11:20", "Kyrgyz and Russian officials discuss labour migrants' documents",
      ["A Kyrgyz delegation held talks in Moscow on simplifying paperwork for labour migrants, the Ministry of Labour said."],
      "kyrgyz-migrants-documents-talks", n="labour migration, not the war"),
    E("2024-09-09 08:45", "Lithuania hands Ukraine new package of generators and drones",
      ["Lithuania has delivered a fresh package to Ukraine including power generators, reconnaissance drones and winter uniforms, the Lithuanian defence ministry said.",
       "Vilnius said further deliveries were planned before the end of the year."],
      "aid", "aid", 2, "lithuania-package-2024-09-09"),
    ]))

SEEDS.append(dict(id="3103", name="3103_ipn-latest", ext="txt", render=r_ipn, source="IPN News Agency", zone="Europe/Chisinau",
    title="Latest news", ref="2024-05-14 23:50",
    basis="Relative stamp '{s}' resolved against the printed 'Page updated: 14 May 2024, 23:50' (Chisinau time, {z}, UTC+3 in May).",
    notes="Text scrape of the IPN 'Latest news' listing, newest first. Every story shows only a relative stamp ('2 hours ago'); the one absolute anchor is the printed 'Page updated: 14 May 2024, 23:50' near the top. No bylines (author null). One Chisinau city item is off-beat.",
    not_entries=["masthead, language switch, menu and cookie line", "'Page updated' line (anchor, not an entry)", "'Read more' links", "'IPN Debates' announcement", "pagination and copyright footer"],
    entries=[
    OFF("2024-05-14 23:25", "Chisinau City Hall announces night road works on Stefan cel Mare boulevard",
      ["Resurfacing works will close two lanes of the central boulevard at night for the next three weeks, the municipality said."],
      "chisinau-road-works", n="city news"),
    E("2024-05-14 21:50", "Blinken arrives in Kyiv on unannounced visit",
      ["US Secretary of State Antony Blinken arrived in Kyiv by train on Tuesday for talks with Ukraine's leadership, his first visit since the new aid law was passed.",
       "He is expected to discuss the speed of weapons deliveries and Ukraine's air defence needs."],
      "diplomacy", "diplomacy", 3, "blinken-kyiv-visit-2024-05-14", sec=["aid"]),
    E("2024-05-14 19:50", "Kharkiv hit by guided bombs, at least 16 injured",
      ["Russian guided aerial bombs struck Kharkiv in the afternoon, injuring at least 16 people and damaging a high-rise building, Mayor Ihor Terekhov said.",
       "Rescue teams were searching the site for people trapped under debris."],
      "strikes", "strikes", 3, "kharkiv-guided-bombs-2024-05-14"),
    E("2024-05-14 17:50", "Sandu: Moldova will not allow itself to be pulled into the war",
      ["President Maia Sandu said Moldova would keep its neutrality and strengthen its defences so that it could not be dragged into Russia's war against Ukraine.",
       "She spoke at a meeting with students in Balti."],
      "other", "politics", 2, "sandu-neutrality-remarks-2024-05-14"),
    E("2024-05-14 14:50", "Ukrainian army says fighting continues in Vovchansk",
      ["Ukraine's General Staff said Russian forces kept up assaults in and around the border town of Vovchansk in the Kharkiv region.",
       "Ukrainian units were holding positions in the town centre, a military spokesman said."],
      "other", "frontline", 2, "vovchansk-fighting-2024-05-14"),
    E("2024-05-14 11:50", "Number of Ukrainians with temporary protection in Moldova passes 50,000",
      ["More than 50,000 Ukrainian refugees now hold temporary protection status in Moldova, the General Inspectorate for Migration said.",
       "Most of them live in Chisinau and the northern districts."],
      "other", "humanitarian", 2, "moldova-temporary-protection-refugees"),
    E("2024-05-14 05:50", "Russian drones damage energy facility in Odesa region",
      ["A Russian drone attack overnight damaged an energy facility in the Odesa region, causing local power cuts, Ukrainian officials said.",
       "Air raid sirens sounded in southern Moldova as the drones flew near the border."],
      "strikes", "strikes", 2, "odesa-energy-drone-attack-2024-05-14"),
    ]))

SEEDS.append(dict(id="3104", name="3104_saudigazette-world", ext="html", render=r_saudigazette, source="Saudi Gazette", zone="Asia/Riyadh",
    title="World",
    basis="Stamp '{s}' printed under the headline; no zone printed, Saudi Gazette's home zone {z} (UTC+3).",
    notes="HTML world-section listing, newest first, no JSON-LD. Each story: h2 headline, a meta line with the author credit and 'Jul 15, 2024 | 4:12 PM', then the excerpt whose first paragraph opens with an all-caps dateline ('KYIV —'); the dateline is kept in first_sentence. The top story is stamped 'Jul 16, 2024 | 12:35 AM' Riyadh time, which is still 15 July in UTC (page crosses local midnight). Two items are not about the war.",
    not_entries=["header with logo, menu and date 'Tuesday, July 16, 2024'", "section title 'World'", "share rows", "'Advertisement'", "'Most Read' sidebar", "newsletter box", "footer"],
    entries=[
    E("2024-07-16 00:35", "Zelensky wants Russia at the next peace summit",
      ["KYIV — Ukrainian President Volodymyr Zelensky said Russian representatives should take part in a second peace summit that Kyiv hopes to hold before the end of the year.",
       "He said a plan for the meeting should be ready by November."],
      "diplomacy", "diplomacy", 3, "zelensky-russia-second-peace-summit", a="Agencies"),
    OFF("2024-07-15 22:10", "Trump names JD Vance as his running mate",
      ["MILWAUKEE — Former US President Donald Trump chose Ohio Senator JD Vance as his vice-presidential candidate on the first day of the Republican convention."],
      "trump-picks-vance", a="Agencies", n="US politics"),
    E("2024-07-15 19:45", "Russian shelling kills three in Kherson region village",
      ["KHERSON — Russian artillery fire killed three civilians and wounded two in a village on the western bank of the Dnipro, the regional governor said.",
       "A house and a farm building were destroyed."],
      "strikes", "strikes", 3, "kherson-region-shelling-2024-07-15", a="Agencies"),
    E("2024-07-15 16:12", "KSrelief delivers medical supplies to hospitals in Chernihiv",
      ["RIYADH — The King Salman Humanitarian Aid and Relief Centre said it had delivered a shipment of medical equipment and medicines to hospitals in Ukraine's Chernihiv region.",
       "The shipment is part of a wider Saudi humanitarian program for Ukraine."],
      "aid", "aid", 2, "ksrelief-chernihiv-medical-aid", a="Saudi Gazette report"),
    E("2024-07-15 13:30", "Orban sends EU leaders report on his 'peace mission'",
      ["BUDAPEST — Hungarian Prime Minister Viktor Orban sent a letter to EU leaders summing up his recent trips to Kyiv, Moscow and Beijing and urging the bloc to reopen contacts with Russia.",
       "Several member states criticised the trips as unauthorised."],
      "diplomacy", "diplomacy", 2, "orban-letter-peace-mission", a="Agencies"),
    E("2024-07-15 10:05", "Ukraine downs 22 drones in overnight attack",
      ["KYIV — Ukraine's air force said it destroyed 22 of 25 drones launched by Russia overnight, mostly over the Kyiv and Mykolaiv regions.",
       "No casualties were reported."],
      "strikes", "strikes", 2, "overnight-drones-2024-07-15", a="Agencies"),
    OFF("2024-07-15 07:20", "Spain's Euro 2024 winners greeted by crowds in Madrid",
      ["MADRID — Thousands of fans lined the streets of the Spanish capital to welcome the national team after their European Championship victory in Berlin."],
      "spain-euro-2024-celebration", a="Agencies", n="sport"),
    ]))

SEEDS.append(dict(id="3105", name="3105_asharq-timeline", ext="html", render=r_asharq, source="Asharq Al-Awsat", zone="Europe/London",
    title="Ukraine War: Monday's Key Developments in Timeline", author="Asharq Al-Awsat",
    lede="Moscow marks Crimea anniversary as EU ministers back more military aid for Kyiv",
    datetext="Monday, 18 March, 2024 - 20:05", dateline="London - Asharq Al-Awsat",
    basis="Timeline time '{s}' under the article's date 'Monday, 18 March, 2024'; no zone printed, the outlet's London home zone ({z}, GMT in March).",
    notes="HTML article with a timeline: each item is an h3 time ('9:05 a.m.') followed by an h4 headline and paragraphs, newest first. The date is printed once, in the meta line ('Monday, 18 March, 2024 - 20:05'). NewsArticle JSON-LD carries the title with the apostrophe entity-escaped (&#x27;) but no per-item data. No zone printed: Europe/London. Page byline is the outlet ('London - Asharq Al-Awsat' dateline); author null for the items.",
    not_entries=["header and menu", "breadcrumb 'World'", "subtitle/standfirst", "date meta line and 'London - Asharq Al-Awsat' dateline", "photo caption", "inline 'Related:' link",
                 "tags, share bar", "'Most Viewed' sidebar", "footer"],
    entries=[
    E("2024-03-18 19:20", "Putin tells Red Square rally Crimea is 'home' again",
      ["Vladimir Putin addressed a concert-rally on Red Square marking ten years since Moscow annexed Crimea, a day after official results gave him a new six-year term.",
       "He promised to extend a railway link to the peninsula through occupied southern Ukraine."],
      "other", "politics", 2, "putin-red-square-crimea-rally"),
    E("2024-03-18 16:40", "Xi congratulates Putin on re-election",
      ["Chinese President Xi Jinping sent a congratulatory message to Putin, saying Beijing would keep developing its strategic partnership with Moscow.",
       "The Kremlin said the two leaders would meet later in the year."],
      "diplomacy", "diplomacy", 2, "xi-congratulates-putin-2024-03-18"),
    E("2024-03-18 14:15", "EU ministers approve €5 billion boost to Ukraine military fund",
      ["European Union foreign ministers formally approved a €5 billion increase to the European Peace Facility, the fund used to reimburse member states for weapons sent to Ukraine.",
       "The EU's foreign policy chief Josep Borrell said the money would help speed up ammunition deliveries."],
      "aid", "aid", 3, "eu-peace-facility-5bn-topup"),
    E("2024-03-18 11:30", "Western capitals reject Russian vote as neither free nor fair",
      ["Several Western governments said the Russian presidential election, which included voting in occupied parts of Ukraine, was held without real competition.",
       "Kyiv called the vote illegitimate."],
      "diplomacy", "diplomacy", 2, "western-reaction-russian-election"),
    E("2024-03-18 09:05", "Belgorod governor says shelling killed one, schools to stay shut",
      ["The governor of Russia's Belgorod region said Ukrainian shelling killed one person overnight and announced that schools in the regional capital would stay closed for two more days.",
       "Russia's defence ministry said it had intercepted several rockets over the region."],
      "strikes", "strikes", 2, "belgorod-shelling-2024-03-18"),
    E("2024-03-18 06:10", "Drones target Odesa region overnight",
      ["Russian drones attacked the Odesa region during the night, damaging a warehouse and power lines, Ukraine's southern military command said.",
       "Air defence units reported shooting down most of them."],
      "strikes", "strikes", 2, "odesa-region-drones-2024-03-18"),
    ]))

SEEDS.append(dict(id="3106", name="3106_azernews-region", ext="html", render=r_azernews, source="Azernews", zone="Asia/Baku",
    title="Region",
    basis="Stamp '{s}' printed under the headline with its own offset; Baku time ({z}, UTC+4).",
    notes="HTML listing of the Azernews 'Region' section, newest first, no JSON-LD. Each story: h2 headline, a date line '24 September 2024 21:15 (UTC+04:00)', an optional 'By' byline, excerpt, 'Read more'. Two items are not about the war.",
    not_entries=["top bar with weather and language link", "menu", "'Read more' links", "Twitter banner", "'Most popular' sidebar", "footer"],
    entries=[
    E("2024-09-24 21:15", "Zelensky tells UN Security Council Russia can only be forced into peace",
      ["Ukrainian President Volodymyr Zelensky told a UN Security Council meeting in New York that Russia would not stop the war through talks alone and had to be compelled to make peace.",
       "Russia's envoy Vassily Nebenzia dismissed the speech as an attempt to prolong the conflict."],
      "diplomacy", "diplomacy", 3, "zelensky-unsc-2024-09-24", a="Aydan Karimli"),
    OFF("2024-09-24 19:40", "Baku prepares transport plan for COP29 delegates",
      ["Dedicated bus lanes and shuttle routes will serve the venue of the UN climate conference in November, the organisers said."],
      "baku-cop29-transport", a="Rashad Mammadli", n="Azerbaijani news"),
    E("2024-09-24 17:05", "Russian guided bombs hit Zaporizhzhia, 16 hurt",
      ["Russian forces dropped several guided bombs on Zaporizhzhia, injuring at least 16 people and damaging apartment blocks, regional governor Ivan Fedorov said.",
       "Two of the injured were in a serious condition."],
      "strikes", "strikes", 3, "zaporizhzhia-guided-bombs-2024-09-24", a="Aydan Karimli"),
    E("2024-09-24 14:50", "Azerbaijan sends another shipment of energy equipment to Ukraine",
      ["Azerbaijan has dispatched a new batch of transformers and cables to help Ukraine repair its power grid before winter, the Azerbaijani embassy in Kyiv said.",
       "It is the fourth such shipment this year."],
      "aid", "aid", 2, "azerbaijan-energy-equipment-ukraine", a="Nigar Huseynova"),
    E("2024-09-24 12:30", "Kyiv hit by overnight drone attack, debris falls in two districts",
      ["Kyiv came under a Russian drone attack during the night, with falling debris damaging houses in the Holosiivskyi and Darnytskyi districts, the city's military administration said.",
       "No one was hurt."],
      "strikes", "strikes", 2, "kyiv-overnight-drones-2024-09-24", a=None),
    OFF("2024-09-24 09:40", "Oil prices edge higher amid Middle East tensions",
      ["Brent crude rose above 74 dollars a barrel in early trading as investors watched the escalation between Israel and Hezbollah."],
      "oil-prices-2024-09-24", a=None, n="markets"),
    E("2024-09-24 07:15", "Moscow says its troops retook two villages in Kursk region",
      ["Russia's defence ministry said its forces had recaptured two villages in the Kursk region from Ukrainian units.",
       "Kyiv did not comment on the claim."],
      "other", "frontline", 2, "kursk-villages-claim-2024-09-24", a=None),
    ]))

SEEDS.append(dict(id="3107", name="3107_nationalpost-live", ext="html", render=r_nationalpost, source="National Post", zone="America/Toronto",
    title="Ukraine war live: Zelenskyy, Trump meet in Paris", url="https://nationalpost.com/news/world/ukraine-war-live-dec-6",
    lede="Follow along for the latest on the war in Ukraine, from the front lines to the diplomatic talks in Paris.",
    byline="National Post Staff, with files from The Canadian Press and Reuters",
    datetext="Published Dec 06, 2024  •  Last updated Dec 07, 2024",
    basis="Visible stamp '{s}' (Eastern time, {z}); the page opens on 6 December and runs past local midnight without a date divider, so the date comes from the page dates and the midnight crossing (confirmed by the JSON-LD datePublished, {d}).",
    notes="HTML live blog, newest first. Visible stamps are bare '1:40 p.m.' with no date; the page says 'Published Dec 06, 2024 • Last updated Dec 07, 2024'. The newest four posts are on 7 December local, the older three on the evening of 6 December (after 7 p.m. ET, which is already 7 December in UTC). LiveBlogPosting JSON-LD has per-post datePublished and entity-escaped headlines/bodies (&#8217;, &amp;). Each post ends with an agency credit ('— The Canadian Press'), used as author. One weather item is off-beat.",
    not_entries=["header, menu, subscribe/sign-in", "'LIVE' label, deck, page byline and published/updated line", "share bar and newsletter sign-up", "'Advertisement 3' and 'Story continues below'",
                 "'Trending' sidebar", "footer"],
    entries=[
    E("2024-12-07 13:40", "Zelenskyy, Trump and Macron hold talks at Élysée Palace",
      ["Ukrainian President Volodymyr Zelenskyy met U.S. president-elect Donald Trump and French President Emmanuel Macron in Paris ahead of the reopening of Notre-Dame Cathedral.",
       "Zelenskyy called the meeting good and productive and said he wanted a just peace."],
      "diplomacy", "diplomacy", 3, "trump-zelensky-macron-paris-meeting", a="Reuters"),
    E("2024-12-07 11:15", "Ukraine says Russia launched 50 drones overnight",
      ["Ukraine’s air force said Russia sent 50 attack drones and decoys into the country overnight and that 31 were shot down, while others were lost to electronic jamming.",
       "Damage was reported to homes in the Kyiv and Cherkasy regions."],
      "strikes", "strikes", 2, "overnight-drones-2024-12-07", a="Reuters"),
    E("2024-12-07 08:05", "Ottawa adds tankers from Russia’s shadow fleet to sanctions list",
      ["Canada imposed sanctions on a further group of oil tankers it says help Russia avoid the price cap on its crude exports, the foreign affairs department said.",
       "The measures also cover two shipping firms registered in the United Arab Emirates."],
      "diplomacy", "diplomacy", 2, "canada-shadow-fleet-sanctions-2024-12-07", a="The Canadian Press"),
    E("2024-12-07 01:20", "Zaporizhzhia strike toll rises to 10",
      ["The death toll from Friday’s Russian missile strike on Zaporizhzhia has risen to 10 after rescuers found another body under the rubble of a car repair shop, the governor said.",
       "More than 20 people were wounded in the attack."],
      "strikes", "strikes", 3, "zaporizhzhia-missile-strike-2024-12-06", a="Reuters"),
    E("2024-12-06 23:50", "Pentagon readies $988-million package for Kyiv, officials say",
      ["The U.S. Defense Department is preparing a new package worth about $988 million in drones, ammunition and spare parts for Ukraine, two officials said.",
       "The weapons would be bought from industry rather than drawn from U.S. stocks."],
      "aid", "aid", 3, "us-988m-package-2024-12", a="Reuters",
      fs="The U.S. Defense Department is preparing a new package worth about $988 million in drones, ammunition and spare parts for Ukraine, two officials said."),
    E("2024-12-06 21:30", "Zelenskyy: any ceasefire needs strong security guarantees",
      ["Zelenskyy said in his nightly address that Ukraine could not accept a ceasefire without firm security guarantees from its partners.",
       "He repeated that an invitation to NATO would be the strongest such guarantee."],
      "diplomacy", "diplomacy", 2, "zelensky-guarantees-remarks-2024-12-06", a="The Canadian Press"),
    OFF("2024-12-06 19:25", "Snow squall warnings issued for parts of Ontario",
      ["Environment Canada warned of heavy lake-effect snow and near-zero visibility east of Georgian Bay through Saturday."],
      "ontario-snow-squalls", a="The Canadian Press", n="weather"),
    ]))

SEEDS.append(dict(id="3108", name="3108_sta-rss", ext="xml", render=r_sta, source="STA", zone="Europe/Ljubljana",
    title="STA - Slovenian Press Agency - English news",
    basis="RSS pubDate '{s}' (explicit GMT).",
    notes="RSS 2.0 feed of the Slovenian Press Agency's English service, newest first. pubDate in GMT; descriptions are entity-escaped HTML paragraphs; dc:creator is 'STA' or a reporter. Two Slovenian items are not about the war.",
    not_entries=["channel title, link, description, language, copyright"],
    entries=[
    E("2024-05-06 20:40", "Golob promises Zelensky more demining help",
      ["Prime Minister Robert Golob told Ukrainian President Volodymyr Zelensky in a phone call that Slovenia would expand its demining support, including training for Ukrainian specialists.",
       "The ITF Enhancing Human Security foundation, based in Ig, will run the programme."],
      "aid", "aid", 2, "slovenia-demining-aid-2024-05-06", a="STA", sec=["diplomacy"]),
    E("2024-05-06 18:05", "Russia announces drills with tactical nuclear weapons",
      ["Russia's defence ministry said it would hold exercises near Ukraine involving the preparation and deployment of non-strategic nuclear weapons.",
       "Moscow said the drills were a response to statements by Western officials."],
      "other", "security", 3, "russia-tactical-nuclear-drills", a="STA"),
    E("2024-05-06 15:09", "Macron urges Xi to use influence on Moscow",
      ["French President Emmanuel Macron called on Chinese leader Xi Jinping during talks in Paris to help end Russia's war against Ukraine.",
       "Xi said China was not a party to the conflict and opposed its use against third countries."],
      "diplomacy", "diplomacy", 3, "macron-xi-paris-ukraine", a="STA"),
    OFF("2024-05-06 12:20", "Coalition parties set timeline for Palestine recognition motion",
      ["The ruling coalition said a motion on recognising the State of Palestine would be sent to parliament by mid-June."],
      "slovenia-palestine-recognition", a="Tina Kozar", n="Slovenian politics, Middle East"),
    E("2024-05-06 10:15", "Russian strikes on Kharkiv region injure six",
      ["Russian guided bombs and artillery hit several villages in Ukraine's Kharkiv region, injuring six people, the regional governor said.",
       "A school building was damaged."],
      "strikes", "strikes", 2, "kharkiv-region-strikes-2024-05-06", a="STA"),
    OFF("2024-05-06 08:30", "Storms and hail expected in eastern Slovenia",
      ["The Environment Agency issued an orange warning for the north-east, with storms and hail forecast for the afternoon."],
      "slovenia-storm-warning-2024-05-06", a="STA", n="weather", cat="Slovenia"),
    ]))

SEEDS.append(dict(id="3109", name="3109_asiaplus-rdf", ext="xml", render=r_asiaplus, source="Asia-Plus", zone="Asia/Dushanbe",
    title="Asia-Plus | News",
    basis="RSS 1.0 dc:date '{s}' (explicit +05:00, Dushanbe).",
    notes="RSS 1.0 (RDF) feed, newest first; each item has a plain-text description (one paragraph) and dc:date with +05:00. dc:creator is present on some items only. Two Tajik items are not about the war.",
    not_entries=["channel title, link, description and the rdf:Seq of item links"],
    entries=[
    E("2024-02-02 22:10", "Zelensky thanks EU leaders for 50-billion-euro support package",
      ["Ukrainian President Volodymyr Zelensky thanked EU leaders for agreeing a 50-billion-euro facility for Ukraine, saying it would ensure financial stability for years."],
      "aid", "aid", 3, "eu-50bn-ukraine-facility", a="Asia-Plus"),
    OFF("2024-02-02 19:35", "Dushanbe residents face new electricity tariffs from April",
      ["The state power company Barqi Tojik said tariffs for households would increase by about 14 percent from April 1."],
      "tajikistan-electricity-tariffs", a="Nigina Rahimova", n="Tajik economy", cat="Economy"),
    E("2024-02-02 17:00", "Russia says it shot down rockets over Belgorod region",
      ["Russia's defence ministry said its air defences shot down 11 rockets fired from multiple launchers over the Belgorod region; no casualties were reported."],
      "strikes", "strikes", 2, "belgorod-interceptions-2024-02-02", a="Asia-Plus"),
    E("2024-02-02 14:38", "Ukrainian drones hit oil depot in Russia's Bryansk region",
      ["A fire broke out at an oil depot in the Bryansk region after a drone attack, the regional governor said, adding that nobody was hurt."],
      "strikes", "strikes", 2, "bryansk-oil-depot-drone-2024-02-02", a=None),
    OFF("2024-02-02 11:15", "Tajikistan and Uzbekistan agree to add flights between capitals",
      ["The two countries' aviation authorities agreed to increase weekly flights between Dushanbe and Tashkent to ten."],
      "tajik-uzbek-flights", a=None, n="regional transport"),
    E("2024-02-02 09:05", "Kremlin says no talks under way on new prisoner exchange",
      ["Kremlin spokesman Dmitry Peskov said there were currently no contacts with Kyiv about a new prisoner swap after the downing of a military transport plane last month."],
      "diplomacy", "diplomacy", 2, "kremlin-no-new-swap-contacts", a="Asia-Plus"),
    E("2024-02-02 06:20", "Zelensky's office denies reports of Zaluzhny dismissal",
      ["Ukraine's presidential office again denied media reports that armed forces commander Valery Zaluzhny had been dismissed, as speculation over his future continued."],
      "other", "politics", 2, "zaluzhny-dismissal-reports", a=None),
    ]))


# =============================================================== data: Part B, day 1 = 2024-07-30
MAIN1 = "kryvyi-rih-missile-strike-2024-07-30"
NOR = "norway-air-defence-funding-2024-07-30"
SUMY1 = "sumy-drone-attack-2024-07-30"
NORWAY_P = ["Norway will give 2.5 billion kroner to help Ukraine buy and maintain air defence systems, the defence ministry in Oslo said on Tuesday.",
            "Defence Minister Bjorn Arild Gram said part of the money would go to spare parts for systems already in Ukrainian service."]

SEEDS.append(dict(id="3120", name="3120_lamorna-textlive", ext="txt", render=r_lamorna, source="Lamorna Daily", zone="Europe/London",
    title="Ukraine war live: missile strike on Kryvyi Rih", dateline="Tuesday 30 July 2024",
    basis="Stamp line '{s}' under the headline, date from the page's dateline 'Tuesday 30 July 2024'; BST = UTC+1.",
    notes="Text live blog, OLDEST first. Each update: headline, then a stamp line '09:50 BST', body, optional '— Name' signature. A Key Points block at the top lists three headlines (one of them, the Norway item, is printed twice on the page: 3120-06 repeats 3120-04 nearly verbatim). 3120-03 is a 'Watch:' teaser with no body.",
    not_entries=["masthead and menu", "page title and dateline", "'Key Points' heading and its bullet list (headlines of entries, not entries)", "'Updates run oldest first.'", "'— Name' signature lines", "'Advertisement'", "'Back to top', newsletter line, footer"],
    entries=[
    E("2024-07-30 08:05", "Drones hit Sumy region overnight, two people hurt",
      ["Russian drones struck two villages in the Sumy region during the night, wounding two people and damaging a school, the regional administration said.",
       "Officials said the attack came in several waves between midnight and dawn."],
      "strikes", "strikes", 3, SUMY1, a="Kit Trevail", n="Told also by 3121: importance 3. Must not merge with the Kryvyi Rih missile strike."),
    E("2024-07-30 09:50", "Missile strike hits Kryvyi Rih, at least two killed",
      ["At least two people were killed and 18 injured when a Russian missile hit a five-storey building and an industrial site in Kryvyi Rih, Zelensky's home city, local officials said.",
       "Serhiy Lysak, the governor of the Dnipropetrovsk region, said the toll could rise as rescuers searched the debris."],
      "strikes", "strikes", 3, MAIN1, a="Kit Trevail", kp=True),
    E("2024-07-30 11:15", "Watch: rescuers search the rubble in Kryvyi Rih", [], "strikes", "strikes", 1, MAIN1, n="teaser: headline only, no body"),
    E("2024-07-30 12:30", "Norway pledges 2.5bn kroner for Ukrainian air defence", NORWAY_P, "aid", "aid", 3, NOR, a="Morwenna Hext", kp=True,
      n="Told also by 3122: importance 3. Must not merge with the Dutch drone package (3120-07)."),
    E("2024-07-30 14:38", "Zelensky: Kryvyi Rih attack shows why we need long-range permission",
      ["Volodymyr Zelensky said the strike on his home city showed that Ukraine must be allowed to hit the airfields and launch sites Russia uses for such attacks.",
       "He said the missile was fired from a region Ukraine is not allowed to target with Western weapons."],
      "strikes", "strikes", 3, MAIN1, a="Kit Trevail", sec=["aid"], n="Reaction about the strike itself: shares the strike's story."),
    E("2024-07-30 16:20", "Norway pledges 2.5bn kroner for Ukrainian air defence",
      ["Norway will give 2.5 billion kroner to help Ukraine buy and maintain air defence systems, the defence ministry in Oslo said.",
       "Defence Minister Bjorn Arild Gram said part of the money would go to spare parts for systems already in Ukrainian service."],
      "aid", "aid", 1, NOR, a="Morwenna Hext", dup="3120-04", n="Near-verbatim repeat of 3120-04 (one word dropped)."),
    E("2024-07-30 18:05", "Netherlands to send reconnaissance drones worth €120m",
      ["The Dutch government said it would fund a batch of reconnaissance drones for Ukraine worth €120m, to be built by a Ukrainian manufacturer.",
       "The first drones should reach the front within two months."],
      "aid", "aid", 2, "netherlands-drone-package-2024-07-30", a="Morwenna Hext", n="Different aid package from Norway's: must not merge."),
    E("2024-07-30 20:45", "Kryvyi Rih toll rises to six as rescuers finish search",
      ["Six people are now known to have died in the morning strike on Kryvyi Rih, including a teenager, after rescuers recovered two more bodies.",
       "The search at the site has ended, city officials said, and 27 people were injured in total."],
      "strikes", "strikes", 3, MAIN1, a="Kit Trevail", kp=True),
    ]))

SEEDS.append(dict(id="3121", name="3121_mylor-ldlive", ext="html", render=r_ldlive, source="Mylor Review", zone="Europe/Kyiv",
    title="Russia-Ukraine war: missile attack on Kryvyi Rih – live", url="https://mylorreview.example/live/ukraine-2024-07-30", home="https://mylorreview.example/",
    lede="Rescuers search for survivors after a Russian missile hit a residential block and industrial site in central Ukraine.",
    tznote="All times are Kyiv time.", stampfmt=lambda d: ap(d, "pm"),
    basis="Visible stamp '{s}' (Kyiv time per the page note, {z}, UTC+3), date from the JSON-LD datePublished {d}.",
    notes="HTML live blog, newest first, with a LiveBlogPosting JSON-LD (@graph, @type array ['NewsArticle','LiveBlogPosting']) whose updates carry correct datePublished and entity-escaped text. Visible stamps are '9.55pm' style in <time> elements; a note says times are Kyiv time. Byline line under each headline. 3121-02 is an analysis piece (theme).",
    not_entries=["masthead and menu", "'Live' kicker, standfirst and the time-zone note", "share rows", "newsletter promo aside", "footer"],
    entries=[
    E("2024-07-30 21:55", "Moscow says it hit a 'military-industrial' target in Kryvyi Rih",
      ["Russia's defence ministry said its forces had struck a facility in Kryvyi Rih where it claimed foreign instructors and Ukrainian drones were located.",
       "Ukrainian officials said the dead and injured were civilians."],
      "strikes", "strikes", 3, MAIN1, a="Oksana Dovhal", n="Russian claim about the same strike: same story."),
    E("2024-07-30 19:30", "Analysis: why Russia keeps hitting Ukraine's industrial heartland",
      ["Steelworks, mines and power stations around Kryvyi Rih and Dnipro have become regular targets because they feed both Ukraine's economy and its arms production.",
       "Analysts say the strikes also aim to push residents and skilled workers to leave the region."],
      "strikes", "strikes", 2, "analysis-industrial-heartland-strikes", a="Ewan Pascoe", n="theme piece (analysis with body): own story, importance 2"),
    E("2024-07-30 16:45", "Death toll in Kryvyi Rih climbs to four",
      ["Four people have now died after the missile strike on Kryvyi Rih, the head of the city's military administration said.",
       "Twenty-four people were injured, six of them seriously."],
      "strikes", "strikes", 3, MAIN1, a="Oksana Dovhal"),
    E("2024-07-30 13:10", "Sumy: drone debris damages school and houses",
      ["Falling debris from drones shot down over the Sumy region damaged a village school and several homes overnight, officials said.",
       "Two residents were treated for cuts from broken glass."],
      "strikes", "strikes", 3, SUMY1, a="Oksana Dovhal"),
    E("2024-07-30 11:40", "Russian assaults near Pokrovsk intensify, army says",
      ["Ukraine's General Staff reported more than 50 Russian assaults on the Pokrovsk axis over the past day, the highest number on the front.",
       "Commanders said Russian troops were trying to advance along the railway line."],
      "other", "frontline", 2, "pokrovsk-assaults-2024-07-30", a="Ewan Pascoe"),
    E("2024-07-30 10:05", "Russian missile strikes Kryvyi Rih in morning attack",
      ["A Russian missile hit Kryvyi Rih shortly after nine in the morning, damaging an apartment building and an enterprise, the city's mayor Oleksandr Vilkul said.",
       "Early reports spoke of dead and injured."],
      "strikes", "strikes", 3, MAIN1, a="Oksana Dovhal"),
    ]))

SEEDS.append(dict(id="3122", name="3122_polruan-world", ext="xml", render=r_atomworld, source="Polruan World Service", zone="UTC", link="https://polruanworld.example/world",
    title="Polruan World Service - World",
    basis="Atom published '{s}' (explicit UTC).",
    notes="General world-news Atom feed (4 of 6 entries are not about the Russia-Ukraine war: Middle East, Olympics, Venezuela, Japan). Times in Z. The Kryvyi Rih strike is spelled 'Kriviy Rih' here.",
    not_entries=["feed title, link, id, updated"],
    entries=[
    OFF("2024-07-30 20:30", "Israel says it targeted a Hezbollah commander in Beirut",
      ["The Israeli military said it carried out a strike in Beirut's southern suburbs against the commander it blames for a deadly rocket attack on the Golan Heights."],
      "israel-beirut-strike-2024-07-30", a="Polruan World Service", n="other war (Middle East)", cat="Middle East"),
    E("2024-07-30 17:05", "Norway announces new air defence money for Kyiv",
      ["Oslo is setting aside 2.5 billion crowns to help Ukraine purchase and service air defence equipment, the Norwegian defence ministry said."],
      "aid", "aid", 3, NOR, a="Polruan World Service", cat="Europe"),
    OFF("2024-07-30 14:20", "Olympic triathlon schedule in doubt over Seine water quality",
      ["Organisers postponed the men's triathlon in Paris after tests showed the river water was still too polluted for swimming."],
      "olympics-seine-triathlon", a="Polruan World Service", n="sport", cat="Sport"),
    E("2024-07-30 11:45", "Death toll rises in Kriviy Rih missile attack",
      ["At least three people were killed when a Russian missile struck the central Ukrainian city of Kriviy Rih, officials said, with more than 20 hurt.",
       "The city is President Volodymyr Zelensky's birthplace."],
      "strikes", "strikes", 3, MAIN1, a="Polruan World Service", cat="Europe"),
    OFF("2024-07-30 09:15", "Venezuela protests continue over disputed election result",
      ["Demonstrators took to the streets of Caracas for a second day after the electoral council declared Nicolas Maduro the winner of Sunday's vote."],
      "venezuela-election-protests", a="Polruan World Service", n="Latin America politics", cat="Americas"),
    OFF("2024-07-30 06:40", "Tokyo issues heatstroke alerts as temperatures top 35C",
      ["Authorities urged residents of the Japanese capital to stay indoors during the hottest hours as a heatwave continued."],
      "tokyo-heatwave", a="Polruan World Service", n="weather", cat="Asia"),
    ]))

SEEDS.append(dict(id="3123", name="3123_rinsey-article", ext="txt", render=r_textarticle, source="Rinsey Post", zone="Europe/London",
    title="Kryvyi Rih strike: what we know so far", parse_args=["--date", "2024-07-30"],
    head=["RINSEY POST", "Home   News   World   Opinion   Sport", "", "World", "", "Kryvyi Rih strike: what we know so far", "",
          "A missile hit a residential block and an industrial site in Ukraine's steel city on Tuesday morning.", "", "By Tamsin Rowe", "Published 4.05pm BST", "",
          "Image: Emergency workers at the damaged building (Photo: agency)", ""],
    foot=["Read next: The towns Ukraine is trying to keep powered this winter", "", "Share on X   Share on Facebook   Copy link", "", "© Rinsey Post. All rights reserved."],
    basis="Article with no date printed (the standfirst says only 'on Tuesday'); time from 'Published 4.05pm BST' (UTC+1); date from the run's --date 2024-07-30 (parse_args).",
    notes="Text article scrape with two section headings; one entry per section, stamp null, published = the article's 'Published 4.05pm BST' time. The page prints no calendar date, so gold sets parse_args --date 2024-07-30 (a Tuesday, matching the standfirst). Page byline 'Tamsin Rowe' used for both sections.",
    not_entries=["masthead and menu", "section label 'World'", "title line, standfirst", "byline and 'Published 4.05pm BST' line", "image caption", "'Read next' link, share row, copyright"],
    entries=[
    E("2024-07-30 16:05", "The attack",
      ["A Russian missile struck Kryvyi Rih at about half past nine in the morning, hitting a residential block and a nearby industrial enterprise.",
       "By early afternoon officials had confirmed four dead and more than 20 wounded.",
       "The city, Ukraine's iron-ore and steel centre, has been hit repeatedly since 2022."],
      "strikes", "strikes", 3, MAIN1, a="Tamsin Rowe"),
    E("2024-07-30 16:05", "How Kyiv responded",
      ["Zelensky, who was born in the city, said Russia had shown again that it targets ordinary people and asked allies to deliver more air defence.",
       "Regional governor Serhiy Lysak declared a day of mourning for Wednesday."],
      "strikes", "strikes", 3, MAIN1, a="Tamsin Rowe", sec=["aid"], n="Reactions to the strike itself: same story."),
    ]))

# =============================================================== day 2 = 2024-07-31
MAIN2 = "kyiv-drone-missile-attack-2024-07-31"
NIK = "nikopol-shelling-2024-07-31"

SEEDS.append(dict(id="3130", name="3130_luxulyan-htmllive", ext="html", render=r_htmllive_gmt, source="Luxulyan Times", zone="Europe/Kyiv",
    title="Ukraine live: Kyiv targeted overnight; Kryvyi Rih mourns",
    lede="Russia targeted the capital with drones and missiles overnight; Kryvyi Rih holds a day of mourning.",
    dateline="Wednesday 31 July 2024",
    basis="Stamp '{s}' (explicit GMT) under the dateline 'Wednesday 31 July 2024'.",
    notes="HTML live blog without JSON-LD, newest first; stamps '1905 GMT' above each h2 headline; optional 'by Name'. 3130-04 continues day 1's Kryvyi Rih story (day of mourning, toll seven) under the day-1 slug. 3130-05 is a 'Photos:' teaser. 3130-02 is an explainer (theme).",
    not_entries=["top navigation", "'LIVE' badge, subtitle and dateline", "'Advertisement'", "link to yesterday's coverage", "footer"],
    entries=[
    E("2024-07-31 22:05", "Kuleba urges partners to speed up Patriot deliveries",
      ["Foreign Minister Dmytro Kuleba said allies that had promised Patriot systems should deliver them before autumn, when Russia is expected to step up attacks on energy sites.",
       "He spoke after a call with his Spanish counterpart."],
      "aid", "aid", 2, "kuleba-patriot-appeal-2024-07-31", a="Jory Nance", n="Separate statement by a different official; not the Kyiv attack story."),
    E("2024-07-31 19:20", "Explainer: how Kyiv's air defence layers work",
      ["The capital is protected by several rings of defence, from Patriot batteries for ballistic missiles to mobile teams with machine guns that hunt drones.",
       "Officials rarely say where systems are placed, but the layering explains why most drones are stopped before reaching the centre."],
      "strikes", "strikes", 2, "explainer-kyiv-air-defence-layers", a="Jory Nance", n="theme piece (explainer with body): own story, importance 2"),
    E("2024-07-31 16:40", "Nikopol shelled again, woman killed",
      ["A 58-year-old woman was killed when Russian artillery hit the centre of Nikopol across the Dnipro from the occupied nuclear plant, governor Serhiy Lysak said.",
       "Gas pipelines and a shop were also damaged."],
      "strikes", "strikes", 3, NIK, n="Told also by 3132: importance 3. Must not merge with the overnight Kyiv attack."),
    E("2024-07-31 13:15", "Kryvyi Rih mourns as toll reaches seven",
      ["Flags flew at half mast in Kryvyi Rih on a day of mourning after one of the injured died in hospital, bringing the toll from Tuesday's missile strike to seven.",
       "Mayor Oleksandr Vilkul said 40 flats would need to be rebuilt."],
      "strikes", "strikes", 2, MAIN1, a="Jory Nance", n="Day-2 continuation of day 1's Kryvyi Rih story (new development: day of mourning, toll seven); keeps the day-1 slug; only one day-2 seed carries it."),
    E("2024-07-31 10:30", "Photos: the morning after the drone attack in Kyiv", [], "strikes", "strikes", 1, MAIN2, n="teaser: headline only, no body"),
    E("2024-07-31 07:40", "Three injured as drones and missiles target Kyiv",
      ["Three people were injured in Kyiv when debris from intercepted drones and missiles fell on residential areas in the Solomianskyi and Sviatoshynskyi districts, the city administration said.",
       "Mayor Vitali Klitschko said a fire broke out in a high-rise building."],
      "strikes", "strikes", 3, MAIN2, a="Demelza Roskilly"),
    E("2024-07-31 05:05", "Air raid alert across Ukraine as Russia launches drones",
      ["Air raid sirens sounded across most of Ukraine after midnight as the air force tracked groups of Shahed drones and then cruise missiles heading toward the capital.",
       "Explosions were heard in Kyiv as air defence engaged the targets."],
      "strikes", "strikes", 3, MAIN2, a="Demelza Roskilly"),
    ]))

SEEDS.append(dict(id="3131", name="3131_manaccan-rss", ext="xml", render=r_rss2, source="Manaccan Daily", zone="Europe/London", link="https://manaccandaily.example/world",
    title="Manaccan Daily - World news", desc="The latest world headlines from Manaccan Daily",
    basis="RSS pubDate '{s}' (explicit +0100, BST).",
    notes="General world-news RSS 2.0 feed (4 of 6 items are not about the war). pubDate with +0100. 3131-04 re-posts day 1's Lamorna Daily item on the Norway air-defence money (3120-04) with the same headline and nearly the same text: importance 1. No authors.",
    not_entries=["channel title, link, description, ttl"],
    entries=[
    OFF("2024-07-31 21:30", "Hamas political leader killed in Tehran, group says",
      ["Hamas said its political chief Ismail Haniyeh was killed in an Israeli strike on his residence in the Iranian capital, where he had attended the president's inauguration."],
      "haniyeh-killed-tehran", n="other war (Middle East)", cat="Middle East"),
    OFF("2024-07-31 19:00", "US Federal Reserve holds rates, signals cut could come in September",
      ["The Fed kept its benchmark rate unchanged but its chair said a reduction could be on the table at the next meeting if inflation keeps easing."],
      "fed-holds-rates-2024-07-31", n="economy elsewhere", cat="Business"),
    E("2024-07-31 15:10", "Kyiv attack: number of injured rises to five",
      ["Five people were hurt in the overnight Russian attack on Kyiv, city officials said, up from three reported in the morning.",
       "The air force said it shot down all 89 drones and nine missiles launched across the country."],
      "strikes", "strikes", 3, MAIN2),
    E("2024-07-31 12:20", "Norway pledges 2.5bn kroner for Ukrainian air defence",
      ["Norway will give 2.5 billion kroner to help Ukraine buy and maintain air defence systems, the defence ministry in Oslo said on Tuesday.",
       "Defence Minister Bjorn Arild Gram said part of the money would go to spare parts for systems already in Ukrainian service."],
      "aid", "aid", 1, NOR, n="Re-post on day 2 of day 1's 3120-04 (same headline, nearly verbatim; the news is from Tuesday): importance 1. duplicate_of null because the original is in another seed."),
    OFF("2024-07-31 09:05", "Bank of Japan raises interest rates",
      ["Japan's central bank lifted its short-term rate to about 0.25 percent and laid out plans to slow its bond buying."],
      "boj-rate-hike-2024-07-31", n="economy elsewhere", cat="Business"),
    OFF("2024-07-31 06:40", "Paris 2024: men's triathlon goes ahead after Seine tests",
      ["Organisers said the latest samples met the threshold for swimming and the rescheduled race would start on the Pont Alexandre III."],
      "olympics-seine-triathlon", n="sport", cat="Sport"),
    ]))

SEEDS.append(dict(id="3132", name="3132_penryn-textlive", ext="txt", render=r_penryn, source="Penryn Report", zone="America/New_York",
    title="Russia-Ukraine updates: Kyiv hit overnight", byline="By the Penryn Report foreign desk", updated="Last updated July 31, 2024 at 2:30 p.m. ET",
    lede="We are following Russia's overnight attack on the Ukrainian capital and other developments.",
    basis="Stamp '{s}' printed before the headline, under the date divider for its day; 'All times Eastern' ({z}, EDT = UTC-4).",
    notes="Text live blog, OLDEST first, US Eastern time. Stamp line ('8:50 p.m.') comes BEFORE the headline; date dividers 'Tuesday, July 30' and 'Wednesday, July 31' (no year; the year comes from 'Last updated July 31, 2024 at 2:30 p.m. ET' under the byline) separate the days. The first two updates are Tuesday evening Eastern, already Wednesday 31 July in UTC. One page byline (desk) and no per-post authors: author null. 3132-04 repeats 3132-03 nearly verbatim.",
    not_entries=["masthead and menu", "title, byline, lede and 'All times Eastern.'", "date dividers", "'Continue reading below the advertisement'", "'End of updates.' and footer"],
    entries=[
    E("2024-07-30 20:50", "Explosions heard in Kyiv as air defence engages drones",
      ["Explosions echoed over Kyiv shortly before 4 o'clock local time as air defence units fired at incoming drones, according to officials in the capital.",
       "Residents were told to stay in shelters."],
      "strikes", "strikes", 3, MAIN2),
    E("2024-07-30 23:30", "Kyiv officials report injuries, fires in two districts",
      ["Kyiv's military administration said several people were hurt and that fires had broken out in two districts after debris fell on buildings.",
       "Emergency crews were at the scene."],
      "strikes", "strikes", 3, MAIN2),
    E("2024-07-31 07:10", "Russian shelling kills woman in Nikopol",
      ["A woman was killed in Nikopol when Russian shells struck the city center, Ukrainian regional officials said.",
       "The city lies across the river from the Zaporizhzhia nuclear plant and is shelled almost daily."],
      "strikes", "strikes", 3, NIK),
    E("2024-07-31 09:25", "Russian shelling kills woman in Nikopol",
      ["A woman was killed in Nikopol when Russian shells hit the city center, Ukrainian regional officials said.",
       "The city lies across the river from the Zaporizhzhia nuclear plant and is shelled almost daily."],
      "strikes", "strikes", 1, NIK, dup="3132-03", n="Near-verbatim repeat of 3132-03."),
    E("2024-07-31 11:45", "Yermak: Russia must attend the next peace summit",
      ["Andriy Yermak, head of Zelensky's office, said Kyiv wanted Russian officials present at the next international peace summit so that a joint plan could be put to them directly.",
       "He added that Ukraine would not discuss giving up territory."],
      "diplomacy", "diplomacy", 2, "yermak-peace-summit-remarks-2024-07-31", n="Separate statement by a different official from Kuleba's Patriot appeal (3130-01)."),
    E("2024-07-31 14:30", "Kyiv attack damage tally: seven injured, 40 apartments hit",
      ["City officials raised the number of injured in the overnight attack to seven and said about 40 apartments and a kindergarten were damaged.",
       "Klitschko said repair crews would board up broken windows before nightfall."],
      "strikes", "strikes", 3, MAIN2),
    ]))

# =============================================================== day 3 = 2024-11-27
MAIN3 = "ternopil-energy-strike-2024-11-27"
KHE = "kherson-bus-shelling-2024-11-27"
LIT = "lithuania-aid-package-2024-11-27"

SEEDS.append(dict(id="3140", name="3140_mawgan-textlive", ext="txt", render=r_mawgan, source="Mawgan Live", zone="Europe/Kyiv",
    title="War in Ukraine, day 1,008: Ternopil without power after strike", dateline="Wednesday, 27 November 2024",
    basis="Bare stamp '{s}' under the printed date line 'Wednesday, 27 November 2024' and the note 'Kyiv time' ({z}, EET = UTC+2).",
    notes="Text live blog, OLDEST first. The Key Points block (two headlines) comes BEFORE the date line 'Wednesday, 27 November 2024' and the 'Kyiv time' note; each update is a bare '06:40' stamp line, the headline, an optional 'Author: Name' line and the body. 3140-05 repeats 3140-02 nearly verbatim. 3140-07 is an analysis piece (theme).",
    not_entries=["masthead and menu", "page title", "'Key Points' heading and its two listed headlines", "date line and 'Kyiv time' note", "'Author:' lines", "membership appeal", "share line and footer"],
    entries=[
    E("2024-11-27 06:40", "Russia hits energy facility in Ternopil, city left without power",
      ["A Russian missile and drone attack before dawn damaged an energy facility in the western city of Ternopil, cutting electricity to most of the city, Mayor Serhii Nadal said.",
       "Water supply and heating were also disrupted."],
      "strikes", "strikes", 3, MAIN3, a="Yaryna Boiko", kp=True),
    E("2024-11-27 08:15", "Kherson: shelling hits city bus, two killed",
      ["Two passengers were killed and seven injured when Russian shells hit a city bus in Kherson's Dniprovskyi district, the regional administration said.",
       "The bus was carrying people to work."],
      "strikes", "strikes", 3, KHE, a="Yaryna Boiko", kp=True, n="Told also by 3141. Must not merge with the Ternopil strike."),
    E("2024-11-27 10:30", "Lithuania hands over new military aid package",
      ["Lithuania has delivered a new package to Ukraine including anti-drone equipment, ammunition and thermal imaging devices, the Lithuanian defence ministry said.",
       "Vilnius said it would keep its support at 0.25 percent of GDP next year."],
      "aid", "aid", 3, LIT, a="Taras Melnyk", n="Told also by 3142. Must not merge with Sweden's air-defence money (3141-02)."),
    E("2024-11-27 12:50", "Ternopil: four injured, water partly restored",
      ["Four people were injured in the morning attack on Ternopil, the regional administration said, and water had been restored to about half of the city.",
       "Critical infrastructure was running on generators."],
      "strikes", "strikes", 3, MAIN3, a="Yaryna Boiko"),
    E("2024-11-27 14:05", "Kherson: shelling hits city bus, two killed",
      ["Two passengers were killed and seven injured when Russian shells struck a city bus in Kherson's Dniprovskyi district, the regional administration said.",
       "The bus was carrying people to work."],
      "strikes", "strikes", 1, KHE, a="Yaryna Boiko", dup="3140-02", n="Near-verbatim repeat of 3140-02."),
    E("2024-11-27 16:20", "Sybiha urges NATO to issue membership invitation",
      ["Foreign Minister Andrii Sybiha wrote to NATO counterparts asking the alliance to invite Ukraine to join at next week's ministerial meeting in Brussels.",
       "He said an invitation would not require immediate accession."],
      "diplomacy", "diplomacy", 2, "sybiha-nato-invitation-call-2024-11-27", a="Taras Melnyk"),
    E("2024-11-27 19:10", "Analysis: why Russia is now aiming at western Ukraine's grid",
      ["Western regions such as Ternopil and Lviv were long seen as relatively safe, but substations there link Ukraine's grid to European imports that help it through the winter.",
       "Hitting them reduces the power Kyiv can buy from its neighbours."],
      "strikes", "strikes", 2, "analysis-western-grid-targeting", a="Taras Melnyk", n="theme piece (analysis with body): own story, importance 2"),
    ]))

SEEDS.append(dict(id="3141", name="3141_probus-ldlive", ext="html", render=r_ldlive, source="Probus Daily", zone="Europe/London",
    title="Ukraine war live: Ternopol left in the dark after Russian strike", url="https://probusdaily.example/live/ukraine-27-november", home="https://probusdaily.example/",
    lede="A Russian strike knocked out power in the western Ukrainian city; shelling killed passengers on a bus in Kherson.",
    tznote="Times are UK time (GMT).", stampfmt=lambda d: f"{d:%H:%M} GMT",
    basis="Visible stamp '{s}' (explicit GMT = UTC in November), date from the JSON-LD datePublished {d}.",
    notes="HTML live blog, newest first, LiveBlogPosting JSON-LD (@graph, @type array) with per-update datePublished and entity-escaped text; visible stamps '14:38 GMT'. This outlet spells the city 'Ternopol' in headlines. 3141-03 is a 'Video:' teaser with no body (empty articleBody in JSON-LD).",
    not_entries=["masthead and menu", "'Live' kicker, standfirst and the time note", "share rows", "newsletter promo aside", "footer"],
    entries=[
    E("2024-11-27 20:10", "Putin arrives in Kazakhstan for state visit",
      ["Vladimir Putin landed in Astana for a two-day state visit that will end with a summit of the Russian-led CSTO security bloc.",
       "Kazakh President Kassym-Jomart Tokayev met him at the airport."],
      "diplomacy", "diplomacy", 2, "putin-astana-visit-2024-11", a="Piran Lowry"),
    E("2024-11-27 17:45", "Sweden earmarks funds for Ukrainian air defence",
      ["Sweden will spend about 1.3 billion kronor on air defence for Ukraine, including radar and short-range missiles, the Swedish defence ministry said.",
       "The money comes from this year's existing support budget."],
      "aid", "aid", 2, "sweden-air-defence-funding-2024-11-27", a="Piran Lowry", n="Different aid package from Lithuania's: must not merge."),
    E("2024-11-27 15:20", "Video: Ternopol residents queue for water", [], "strikes", "strikes", 1, MAIN3, n="teaser: headline only, no body"),
    E("2024-11-27 12:05", "Ternopol strike: city council says four hurt",
      ["Ternopol's city council said four people were injured and that engineers were working to restore power to hospitals first.",
       "Schools in the city switched to online lessons for the rest of the week."],
      "strikes", "strikes", 3, MAIN3, a="Piran Lowry"),
    E("2024-11-27 09:30", "Two dead after Russian shells hit bus in Kherson",
      ["Russian shelling struck a passenger bus in Kherson, killing two people and wounding several others, regional governor Oleksandr Prokudin said.",
       "He said the attack came during the morning rush hour."],
      "strikes", "strikes", 3, KHE, a="Piran Lowry"),
    E("2024-11-27 06:10", "Western Ukraine's Ternopol without power after overnight strike",
      ["Most of Ternopol lost electricity after a Russian attack hit an energy site, local officials said, with trolleybuses halted and water pumps down.",
       "No casualties had been reported by early morning."],
      "strikes", "strikes", 3, MAIN3, a="Piran Lowry"),
    ]))

SEEDS.append(dict(id="3142", name="3142_lerryn-worldrss", ext="xml", render=r_rss2, source="Lerryn World Service", zone="UTC", link="https://lerrynworld.example/news", gmt=True,
    title="Lerryn World Service: top stories", desc="Top stories from around the world",
    basis="RSS pubDate '{s}' (explicit GMT).",
    notes="General world-news RSS 2.0 feed; 4 of 6 items are not about the Russia-Ukraine war (Lebanon ceasefire, storm clean-up, Mexico tariffs, markets). GMT pubDates, no authors.",
    not_entries=["channel title, link, description, ttl"],
    entries=[
    OFF("2024-11-27 21:00", "Israel-Hezbollah ceasefire holds through first day",
      ["Displaced families began heading back to southern Lebanon as a truce between Israel and Hezbollah took effect in the early hours."],
      "israel-hezbollah-ceasefire", n="other war (Middle East)", cat="Middle East"),
    E("2024-11-27 18:15", "Lithuania sends Ukraine anti-drone systems and ammunition",
      ["Lithuania's defence ministry said a new shipment for Ukraine included anti-drone systems, ammunition and thermal sights."],
      "aid", "aid", 3, LIT, cat="Europe"),
    E("2024-11-27 15:40", "Ternopil attack leaves tens of thousands without power",
      ["A Russian strike on energy infrastructure in Ternopil in western Ukraine left tens of thousands of homes without electricity, with four people reported injured."],
      "strikes", "strikes", 3, MAIN3, cat="Europe"),
    OFF("2024-11-27 12:00", "Storm Bert clean-up continues in Wales",
      ["Councils in south Wales were still clearing mud and debris from flooded streets days after the storm passed."],
      "storm-bert-clean-up", n="weather", cat="UK"),
    OFF("2024-11-27 09:10", "Mexico warns of response to US tariff threat",
      ["Mexico's president said her government would answer any new US tariffs with measures of its own."],
      "mexico-us-tariffs", n="trade, Americas", cat="Americas"),
    OFF("2024-11-27 06:30", "Asian shares mixed ahead of US data",
      ["Stock markets in Tokyo and Hong Kong moved in different directions as investors waited for US inflation figures."],
      "asian-markets-2024-11-27", n="markets", cat="Business"),
    ]))

SEEDS.append(dict(id="3143", name="3143_ladock-article", ext="html", render=r_htmlarticle, source="Ladock Report", zone="Europe/Berlin",
    title="Ternopil strike: Russia reaches for the west's power lines", author="Lowenna Carne",
    lede="A dawn attack on an energy site in western Ukraine leaves a city of 220,000 without electricity.",
    datetext="27 November 2024 · 13:50 CET",
    basis="Section entry without its own stamp; published = the article's printed '27 November 2024 · 13:50 CET' ({z}, UTC+1).",
    notes="HTML article with two h2 sections; one entry per section (headline = heading), stamp null, published = the article's date line, page byline as author. No JSON-LD.",
    not_entries=["header and menu", "title and standfirst", "byline and date line", "photo caption", "'Read more' link", "footer"],
    entries=[
    E("2024-11-27 13:50", "What was hit",
      ["Russian missiles and drones struck an energy facility in Ternopil shortly before dawn, knocking out power to most of the city.",
       "Regional officials later reported four injured, none of them critically."],
      "strikes", "strikes", 3, MAIN3, a="Lowenna Carne"),
    E("2024-11-27 13:50", "Officials' response",
      ["Mayor Serhii Nadal told residents to stock up on water while crews worked on the network, and the regional governor said generators had been sent to hospitals.",
       "Ukraine's energy ministry said repairs could take several days."],
      "strikes", "strikes", 3, MAIN3, a="Lowenna Carne", n="Officials' response to the strike itself: same story."),
    ]))


# =============================================================== writer

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
        ents = []
        for i, e in enumerate(S["entries"]):
            d = dt(e["t"], S["zone"]); u = d.astimezone(UTC)
            g = {"id": f"{S['id']}-{i+1:02d}", "headline": e["h"], "stamp": stamps[i],
                 "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                 "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                 "published_basis": S["basis"].format(s=stamps[i], d=d.isoformat(), z=S["zone"]),
                 "author": e["a"],
                 "first_sentence": (e.get("fs") or first_sentence(e["p"][0])) if e["p"] else None,
                 "body_paragraphs": len(e["p"]),
                 "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                 "story": e["st"], "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"],
                 "notes": e["n"]}
            ents.append(g)
        gold = {"seed": fn, "source": S["source"], "page_title": S["title"], "page_timezone": S["zone"], "notes": S["notes"]}
        if S.get("parse_args"):
            gold["parse_args"] = S["parse_args"]
        gold["entries"] = ents
        gold["not_entries"] = S["not_entries"]
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print(fn, len(ents))


if __name__ == "__main__":
    main()

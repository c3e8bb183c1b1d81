#!/usr/bin/env python3
"""Builds eval/ah seeds and gold files from the hand-written table below (one table renders both, so
headline / stamp / first_sentence / author / page_title are exact substrings by construction).
All news text is invented or paraphrased; Part B outlets are invented. Deterministic.
Run: python3 eval/ah/tools/build.py"""
import json, html, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **extra):
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n, **extra)


def OFF(t, h, p, st, a=None, n="", **extra):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **extra)


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par)
    return par[:m.end()] if m else par


def esc(s):
    return html.escape(s, quote=False)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:60]


def ampm(d, style):
    hh = d.hour % 12 or 12
    if style == "dot":      # 2.35pm
        return f"{hh}.{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"
    if style == "a.m.":     # 8:35 p.m.
        return f"{hh}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'}"
    if style == "0pm":      # 02:35pm
        return f"{hh:02d}:{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"
    if style == " am":      # 10:15 am
        return f"{hh}:{d.minute:02d} {'am' if d.hour < 12 else 'pm'}"
    raise ValueError(style)


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def jsonld(obj, entities=False):
    s = json.dumps(obj, ensure_ascii=False)
    if entities:  # WordPress-style: apostrophes and ampersands entity-encoded inside JSON strings
        s = s.replace("&", "&amp;").replace("'", "&#039;")
    return '<script type="application/ld+json">' + s + "</script>"

# =================================================================== renderers (return text, stamps)

def r_khmer(S):  # Khmer Times world listing, text scrape; byline glued to "Publication date ... ICT"
    z = S["zone"]
    L = ["Khmer Times", "Insight into Cambodia", "Thursday, 11 January 2024", "",
         "National   Business   Lifestyle   Tourism   World   Opinion   Sport   Special Reports   Search", "",
         "This website uses cookies to improve your experience. Accept   Read More", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{e['a']}Publication date {d.day:02d} {MONTHS[d.month-1]} {d.year} | {d:%H:%M} ICT"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"]) + ["Read more", "Facebook   Twitter   Telegram   LinkedIn", ""]
        if i == 2:
            L += ["Advertisement", "", "Related Posts", "Cambodia and Vietnam agree to boost border trade", ""]
    L += ["Load more", "", "Subscribe to our newsletter", "Your email   Subscribe", "",
          "Khmer Times © All rights reserved.   About Us | Contact | Advertise | Privacy Policy"]
    return "\n".join(L) + "\n", stamps


def r_irrawaddy(S):  # The Irrawaddy world roundup, HTML, date line above, "3.45pm" stamps, no JSON-LD
    z = S["zone"]
    o = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f"<title>{esc(S['title'])} | The Irrawaddy</title>",
         '<meta property="og:site_name" content="The Irrawaddy"/></head><body>',
         '<header id="masthead"><a class="logo" href="/">The Irrawaddy</a><nav><a href="/news">News</a> <a href="/opinion">Opinion</a> <a href="/specials">Specials</a> <a href="/business">Business</a> <a href="/culture">Culture</a> <a href="/in-person">In Person</a> <a href="/news/world">World</a> <a href="/burmese">Burmese</a></nav><a class="donate" href="/donate">Support us</a></header>',
         '<main><div class="breadcrumb">Home » News » World</div>', f'<h1 class="entry-title">{esc(S["title"])}</h1>',
         f'<p class="dateline">{S["dateline"]}</p>', f'<p class="intro"><em>{esc(S["lede"])}</em></p>', '<div class="roundup">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, "dot"); stamps.append(st)
        o.append(f'<section class="roundup-item"><h3>{esc(e["h"])}</h3>')
        o.append(f'<div class="meta"><span class="time">{st}</span>' + (f' <span class="by">By {esc(e["a"])}</span>' if e["a"] else "") + "</div>")
        o += [f"<p>{esc(p)}</p>" for p in e["p"]]
        o.append('<div class="share"><a>Facebook</a> <a>Twitter</a> <a>Email</a></div></section>')
        if i == 2:
            o.append('<div class="newsletter"><h4>Get The Irrawaddy in your inbox</h4><p>Our daily briefing on Myanmar and the region.</p><button>Sign up</button></div>')
    o += ["</div></main>",
          '<aside class="most-read"><h3>Most Read</h3><ol><li><a href="/a">Junta announces new fuel price caps</a></li><li><a href="/b">Inside the Sagaing resistance</a></li></ol></aside>',
          '<footer><p>Copyright © 2024 The Irrawaddy. All rights reserved.</p></footer></body></html>']
    return "\n".join(o) + "\n", stamps


def r_gdn(S):  # Gulf Daily News world page scrape: relative stamps under headline, printed "Updated" clock
    z = S["zone"]; ref = dt(S["ref"], z)
    L = ["GDN Online", "Bahrain's first and only English daily newspaper", "",
         "Home   Local News   Gulf & Middle East   World   Business   Sport   Motoring   Lifestyle   E-Paper", "",
         "We use cookies to personalise content. Continue   Learn more", "",
         f"Updated {ref.day} {MONTHS[ref.month-1]} {ref.year}, {ref:%H:%M} (Bahrain time)", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        assert mins < 60 or mins % 60 == 0, e["h"]
        st = f"{mins} minutes ago" if mins < 60 else (f"{mins // 60} hours ago" if mins >= 120 else "1 hour ago")
        stamps.append(st)
        L += [e["h"], st] + ([e["a"]] if e["a"] else []) + [""] + ptxt(e["p"]) + ["Read More", ""]
        if i == 1:
            L += ["ADVERTISEMENT", ""]
    L += ["Most Popular", "Causeway traffic eases after new lanes open", "",
          "Copyright © 2024 Al Hilal Publishing & Marketing Group. All rights reserved.", "Contact Us | Advertise | Subscribe"]
    return "\n".join(L) + "\n", stamps


def r_hayom(S):  # Israel Hayom live page: LiveBlogPosting JSON-LD (entity-encoded), time line AFTER headline, "8:35 p.m."
    z = S["zone"]
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat(),
            "author": {"@type": "Person", "name": e["a"] or "Israel Hayom"}, "articleBody": " ".join(e["p"])} for e in S["entries"]]
    first, last = dt(S["entries"][-1]["t"], z), dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "Organization", "name": "Israel Hayom"}, "liveBlogUpdate": ups}
    o = ['<!DOCTYPE html>', '<html lang="en" dir="ltr"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Israel Hayom</title>",
         jsonld(ld, entities=True), "</head><body>",
         '<header class="site-header"><a href="/" class="logo">ISRAEL HAYOM</a><nav><a href="/news">News</a> <a href="/opinions">Opinions</a> <a href="/israel-at-war">Israel at War</a> <a href="/world">World</a> <a href="/jewish-world">Jewish World</a> <a href="/podcasts">Podcasts</a></nav><a class="subscribe" href="/newsletter">Newsletter</a></header>',
         f'<main><h1>{esc(S["title"])}</h1>', f'<div class="live-date">{S["dateline"]}</div>', '<div class="live-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, "a.m."); stamps.append(st)
        o.append(f'<div class="live-item"><h2>{esc(e["h"])}</h2>')
        o.append(f'<div class="live-time">{st}</div>')
        if e["a"]:
            o.append(f'<div class="author">{esc(e["a"])}</div>')
        o += [f"<p>{esc(p)}</p>" for p in e["p"]]
        o.append('<div class="share-bar"><button>Share</button> <button>WhatsApp</button> <button>Copy link</button></div></div>')
        if i == 3:
            o.append('<div class="promo">Get the Israel Hayom newsletter: the day\'s top stories, every morning</div>')
    o += ["</div></main>", '<aside><h3>Recommended</h3><ul><li><a href="/x">Opinion: The lessons of the rescue</a></li></ul></aside>',
          "<footer>© All rights reserved to Israel Hayom</footer></body></html>"]
    return "\n".join(o) + "\n", stamps


def r_slotimes(S):  # The Slovenia Times RSS 2.0: +0200 pubDate, entity-escaped HTML descriptions, dc:creator
    z = S["zone"]
    o = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
         "<channel>", f"<title>{esc(S['title'])}</title>", "<link>https://sloveniatimes.com</link>",
         "<description>News from Slovenia in English</description>", "<language>en-GB</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        if i == 0:
            o.append(f"<lastBuildDate>{st}</lastBuildDate>")
        body = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        o += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://sloveniatimes.com/{S['id']}{i}/{slug(e['h'])}</link>",
              f"<pubDate>{st}</pubDate>"] + ([f"<dc:creator>{esc(e['a'])}</dc:creator>"] if e["a"] else []) + \
             [f"<category>{e['cat']}</category>", f'<guid isPermaLink="false">st-{S["id"]}-{i+1}</guid>',
              f"<description>{esc(body)}</description>", "</item>"]
    o += ["</channel>", "</rss>"]
    return "\n".join(o) + "\n", stamps


def r_ipn(S):  # Interpressnews English news list, text scrape: time line, headline, body; NO date anywhere; crosses midnight
    z = S["zone"]
    L = ["INTERPRESSNEWS", "ქარ   РУС   ENG", "", "Politics   Economy   Society   Region   World   Sport   Culture   Interview", "",
         "Search...", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M"); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"]) + ["Read more", ""]
        if i == 3:
            L += ["Advertising", ""]
    L += ["All news", "", "Interpressnews. Use of materials is permitted only with a reference to the source.", "About us   Contact   Advertising"]
    return "\n".join(L) + "\n", stamps


def r_daryo(S):  # Daryo "key events" article: bullets under section headings, one dateline; NewsArticle JSON-LD
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(),
          "author": {"@type": "Person", "name": S["author"]}, "publisher": {"@type": "Organization", "name": "Daryo"},
          "description": S["lede"]}
    o = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} — Daryo</title>", jsonld(ld, entities=True), "</head><body>",
         '<header><a class="logo" href="/en">daryo</a><nav><a href="/en/uzbekistan">Uzbekistan</a> <a href="/en/world">World</a> <a href="/en/economy">Economy</a> <a href="/en/tech">Tech</a> <a href="/en/sport">Sport</a> <a href="/en/lifestyle">Lifestyle</a></nav><div class="langs">O‘zb Ўзб Рус Eng</div></header>',
         f'<article><h1>{esc(S["title"])}</h1>', f'<div class="meta"><span class="author">{esc(S["author"])}</span> <span class="date">{d0.day} {MONTHS[d0.month-1]} {d0.year}, {d0:%H:%M}</span> <span class="views">1 254</span></div>',
         f'<p class="lead"><strong>{esc(S["lede"])}</strong></p>']
    cur = None; stamps = []
    for e in S["entries"]:
        if e["sect"] != cur:
            if cur is not None:
                o.append("</ul>")
            cur = e["sect"]; o.append(f"<h2>{cur}</h2>"); o.append("<ul>")
        o.append(f"<li>{esc(e['p'][0])}</li>"); stamps.append(None)
    o += ["</ul>", '<div class="share">Share: Telegram Facebook X</div>', '<div class="tags">#Russia #Ukraine #war</div></article>',
          '<aside><h3>Latest news</h3><ul><li><a href="/x">Tashkent metro extends evening hours</a></li><li><a href="/y">Uzbek wrestlers win three golds in Almaty</a></li></ul></aside>',
          '<div class="tg">Follow Daryo on Telegram</div>', "<footer>© 2024 Daryo. All rights reserved.</footer></body></html>"]
    return "\n".join(o) + "\n", stamps


def r_brecorder(S):  # Business Recorder world listing: cards with credit + "Published 27 Feb, 2024 02:35pm"; ItemList JSON-LD
    z = S["zone"]
    items = [{"@type": "ListItem", "position": i + 1, "item": {"@type": "NewsArticle", "headline": e["h"],
              "url": f"https://www.brecorder.com/news/{S['id']}{i}/{slug(e['h'])}"}} for i, e in enumerate(S["entries"])]
    o = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Business Recorder</title>",
         jsonld({"@context": "https://schema.org", "@type": "ItemList", "itemListElement": items}, entities=True), "</head><body>",
         '<header><div class="logo">BUSINESS RECORDER</div><div class="tagline">Pakistan\'s first financial daily</div><nav><a>Markets</a> <a>Pakistan</a> <a>World</a> <a>Business &amp; Finance</a> <a>Opinion</a> <a>Budget 2024-25</a> <a>Epaper</a></nav></header>',
         '<div class="ticker">KSE-100 ▲ | USD/PKR | Gold</div>', f'<main><h1 class="section-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Published {d.day} {MONTHS[d.month-1][:3]}, {d.year} {ampm(d, '0pm')}"; stamps.append(st)
        o.append('<article class="story">')
        o.append(f'<h2 class="story__title"><a href="https://www.brecorder.com/news/{S["id"]}{i}">{esc(e["h"])}</a></h2>')
        o.append(f'<div class="story__byline"><span class="author">{esc(e["a"])}</span> <span class="timestamp">{st}</span></div>')
        o += [f'<p class="story__excerpt">{esc(p)}</p>' for p in e["p"]]
        o.append('<div class="share"><a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a> <a>Comments</a></div></article>')
        if i == 2:
            o.append('<div class="ad">Advertisement</div>')
    o += ["</main>", '<aside><h3>Most Popular</h3><ol><li>Gold prices rise in Pakistan</li><li>KSE-100 gains 400 points</li></ol></aside>',
          '<footer>Copyright © 2024 Business Recorder. All rights reserved.</footer></body></html>']
    return "\n".join(o) + "\n", stamps


def r_fiji(S):  # The Fiji Times world listing, text scrape: author line, then "April 30, 2024 10:15 am"; printed date is the day after UTC
    z = S["zone"]
    L = ["The Fiji Times", "Fiji's leading newspaper since 1869", "Tuesday, April 30, 2024", "",
         "Home   News   Sport   Business   World   Opinion   Entertainment   Features   E-Paper   Subscribe", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month-1]} {d.day}, {d.year} {ampm(d, ' am')}"; stamps.append(st)
        L += [e["h"], f"By {e['a']}", st, ""] + ptxt(e["p"]) + ["Share this article:", ""]
        if i == 1:
            L += ["Subscribe to The Fiji Times digital edition", ""]
    L += ["Previous   Next", "", "© 2024 The Fiji Times. All Rights Reserved.", "Terms of Use   Privacy Policy   Contact"]
    return "\n".join(L) + "\n", stamps


def r_abrasil(S):  # Agência Brasil English RSS 1.0 (RDF), dc:date with -03:00
    z = S["zone"]
    o = ['<?xml version="1.0" encoding="utf-8"?>',
         '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
         '<channel rdf:about="https://agenciabrasil.ebc.com.br/en/rss">', f"<title>{esc(S['title'])}</title>",
         "<link>https://agenciabrasil.ebc.com.br/en</link>", "<description>Agência Brasil - English</description>", "<items><rdf:Seq>"]
    links = [f"https://agenciabrasil.ebc.com.br/en/{e['cat']}/noticia/{S['id']}{i}/{slug(e['h'])}" for i, e in enumerate(S["entries"])]
    o += [f'<rdf:li rdf:resource="{l}"/>' for l in links] + ["</rdf:Seq></items>", "</channel>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        o += [f'<item rdf:about="{links[i]}">', f"<title>{esc(e['h'])}</title>", f"<link>{links[i]}</link>",
              f"<description>{esc(' '.join(e['p']))}</description>", f"<dc:date>{st}</dc:date>"] + \
             ([f"<dc:creator>{esc(e['a'])}</dc:creator>"] if e["a"] else []) + [f"<dc:subject>{e['cat']}</dc:subject>", "</item>"]
    o.append("</rdf:RDF>")
    return "\n".join(o) + "\n", stamps


# ---------------- Part B renderers

def r_strathy(S):  # text live, newest first, "14:38 BST" line BEFORE headline, "Reporting by" after body
    z = S["zone"]
    L = ["STRATHY DAILY", "News   World   Ukraine   Politics   Business   Sport   Weather", "", S["title"], S["dateline"], "",
         S["lede"], "", "All times BST", ""]
    stamps = []
    for e in S["entries"]:
        d = dt(e["t"], z); st = f"{d:%H:%M} BST"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Reporting by {e['a']}", ""]
        L += ["Share   Copy link", ""]
    L += ["Back to top", "", "© Strathy Daily. Terms | Privacy | Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_tollerton(S):  # HTML live, OLDEST first, LiveBlogPosting JSON-LD with per-update times/authors, <time datetime>
    z = S["zone"]
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#u{i+1}", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat(),
            "author": {"@type": "Person", "name": e["a"]}, "articleBody": " ".join(e["p"])} for i, e in enumerate(S["entries"])]
    first, last = dt(S["entries"][0]["t"], z), dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups}
    o = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Tollerton Review</title>", jsonld(ld), "</head><body>",
         '<header><a class="brand" href="/">Tollerton Review</a><nav><a href="/world">World</a> <a href="/europe">Europe</a> <a href="/ukraine">Ukraine</a> <a href="/opinion">Opinion</a></nav><button class="sub">Subscribe</button></header>',
         f'<main><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>', f'<p class="note">{S["dateline"]}</p>', '<ol class="updates">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        o.append(f'<li class="update" id="u{i+1}"><time datetime="{d.isoformat()}">{st}</time>')
        o.append(f"<h2>{esc(e['h'])}</h2>")
        o.append(f'<p class="byline">By {esc(e["a"])}</p>')
        o += [f"<p>{esc(p)}</p>" for p in e["p"]]
        o.append("</li>")
        if i == 2:
            o.append('<li class="promo">Sign up for the Tollerton Review Europe briefing</li>')
    o += ["</ol></main>", '<aside><h3>More on Ukraine</h3><a href="/r1">The long road to EU membership</a></aside>', "<footer>© Tollerton Review</footer></body></html>"]
    return "\n".join(o) + "\n", stamps


def r_rss_world(S):  # general world RSS 2.0, GMT pubDate, CDATA descriptions, no authors
    o = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "<channel>", f"<title>{esc(S['title'])}</title>",
         f"<link>https://{slug(S['source'])}.example/world</link>", "<description>Top stories from around the world</description>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], "UTC"); st = d.strftime("%a, %d %b %Y %H:%M:%S GMT"); stamps.append(st)
        o += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://{slug(S['source'])}.example/{S['id']}{i}</link>",
              f"<pubDate>{st}</pubDate>", "<description><![CDATA[" + "".join(f"<p>{p}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    o += ["</channel>", "</rss>"]
    return "\n".join(o) + "\n", stamps


def r_atom_world(S):  # general world Atom, Z times, html content entity-escaped
    o = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
         f'<link href="https://{slug(S["source"])}.example/"/>', f"<id>urn:{slug(S['source'])}:world</id>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], "UTC"); st = d.strftime("%Y-%m-%dT%H:%M:%SZ"); stamps.append(st)
        if i == 0:
            o.append(f"<updated>{st}</updated>")
        o += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="https://{slug(S["source"])}.example/{S["id"]}{i}"/>',
              f"<id>urn:{slug(S['source'])}:{S['id']}{i}</id>", f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            o.append(f"<author><name>{esc(e['a'])}</name></author>")
        o.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        o.append("</entry>")
    o.append("</feed>")
    return "\n".join(o) + "\n", stamps


def r_textarticle(S):  # text article: title, byline, date line; one entry
    z = S["zone"]; e = S["entries"][0]; d = dt(e["t"], z)
    st = f"{d.day} {MONTHS[d.month-1]} {d.year} {d:%H:%M} BST"
    L = [S["brand"], "Home   News   Analysis   World   Culture", "", e["h"], "", f"By {e['a']}", st, ""] + ptxt(e["p"]) + \
        ["Related", "Explore more analysis from our Europe desk", "", "Comments are closed for this article.", "", f"© {S['brand']}"]
    return "\n".join(L) + "\n", [st]


def r_swanage(S):  # HTML live without JSON-LD, newest first; headline, then "2.35pm" line, then byline
    z = S["zone"]
    o = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Swanage Live</title></head><body>",
         '<div class="cookie">We use cookies. <a>Manage preferences</a> <a>Accept all</a></div>',
         '<header><a href="/">SWANAGE LIVE</a><nav><a>Home</a> <a>UK</a> <a>World</a> <a>Ukraine war</a> <a>Sport</a></nav></header>',
         f"<main><h1>{esc(S['title'])}</h1>", f'<p class="dateline">{S["dateline"]}</p>', f'<p class="summary">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, "dot"); stamps.append(st)
        o.append('<div class="post">')
        o.append(f"<h2>{esc(e['h'])}</h2>")
        o.append(f'<p class="post-time">{st}</p>')
        if e["a"]:
            o.append(f'<p class="post-author">{esc(e["a"])}</p>')
        o += [f"<p>{esc(p)}</p>" for p in e["p"]]
        o.append('<div class="share"><a>Share on X</a> <a>Facebook</a></div></div>')
        if i == 1:
            o.append('<div class="newsletter-box"><h3>Get our morning briefing</h3><p>The news you need, before breakfast.</p><button>Sign me up</button></div>')
    o += ["</main>", '<aside class="related"><h3>Related</h3><ul><li><a>Crimea: a history of the peninsula</a></li></ul></aside>', "<footer>© Swanage Live 2024</footer></body></html>"]
    return "\n".join(o) + "\n", stamps


def r_ulpha(S):  # text live, oldest first, "1409 GMT" line then headline, one page byline
    L = ["ULPHA REPORT", "World | Europe | Ukraine", "", S["title"], f"Compiled by {S['author']}", S["dateline"], "", S["lede"], ""]
    stamps = []
    for e in S["entries"]:
        d = dt(e["t"], "UTC"); st = f"{d:%H%M} GMT"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
    L += ["This live page has now closed.", "", "Ulpha Report © 2024 · Contact · Corrections"]
    return "\n".join(L) + "\n", stamps


def r_walberswick(S):  # HTML article, NewsArticle JSON-LD, "23 June 2024 19:05" date line, one entry
    z = S["zone"]; e = S["entries"][0]; d = dt(e["t"], z)
    st = f"{d.day} {MONTHS[d.month-1]} {d.year} {d:%H:%M}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": e["h"], "datePublished": d.isoformat(),
          "author": [{"@type": "Person", "name": e["a"]}], "publisher": {"@type": "Organization", "name": "Walberswick Journal"}}
    o = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(e['h'])} | Walberswick Journal</title>", jsonld(ld, entities=True), "</head><body>",
         '<header><a>Walberswick Journal</a><nav><a>News</a> <a>World</a> <a>Comment</a> <a>Puzzles</a></nav></header>',
         f'<article><h1>{esc(e["h"])}</h1>', f'<div class="byline"><span>By {esc(e["a"])}</span> <span class="date">{st}</span></div>']
    o += [f"<p>{esc(p)}</p>" for p in e["p"]]
    o += ['<div class="share">Share this article</div></article>', '<aside><h3>Most read</h3><ol><li>Glastonbury line-up: what to see</li></ol></aside>',
          "<footer>© Walberswick Journal</footer></body></html>"]
    return "\n".join(o) + "\n", [st]


def r_zeals(S):  # text live, OLDEST first, Key Points block, byline glued to "20 August 2024 06:07"
    z = S["zone"]
    L = ["Zeals Daily", "Home   News   World   Ukraine   Money   Sport", "", S["title"], "", S["lede"], "", "Key Points"]
    L += [e["h"] for e in S["entries"] if e["kp"]] + ["", "Times are UK time (BST).", ""]
    stamps = []
    for e in S["entries"]:
        d = dt(e["t"], z); st = f"{e['a']}{d.day} {MONTHS[d.month-1]} {d.year} {d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
    L += ["Show more updates", "", "Zeals Daily · Privacy · Terms · Cookie choices"]
    return "\n".join(L) + "\n", stamps


def r_saxtead(S):  # HTML live, @graph JSON-LD with @type array, "8:35 p.m." stamps (ET), newest first
    z = S["zone"]
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat(),
            "articleBody": " ".join(e["p"])} for e in S["entries"]]
    first, last = dt(S["entries"][-1]["t"], z), dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": S["url"], "name": S["title"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"] + "#live", "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups}]}
    o = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} — Saxtead Review</title>", jsonld(ld), "</head><body>",
         '<header><a>Saxtead Review</a><nav><a>Politics</a> <a>World</a> <a>National Security</a> <a>Podcasts</a></nav><a class="btn">Subscribe</a></header>',
         f"<main><h1>{esc(S['title'])}</h1>", f'<p class="dek">{esc(S["lede"])}</p>', f'<p class="tz">{S["dateline"]}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, "a.m."); stamps.append(st)
        o.append(f'<div class="entry"><span class="ts">{st}</span>')
        o.append(f"<h3>{esc(e['h'])}</h3>")
        if e["a"]:
            o.append(f'<span class="auth">{esc(e["a"])}</span>')
        o += [f"<p>{esc(p)}</p>" for p in e["p"]]
        o.append("</div>")
        if i == 2:
            o.append('<div class="ad">Advertisement</div>')
    o += ["</main>", "<footer>© 2024 Saxtead Review · All rights reserved</footer></body></html>"]
    return "\n".join(o) + "\n", stamps


def r_tideswell(S):  # RSS 2.0, +0300 pubDate, entity-escaped HTML descriptions, <author>
    z = S["zone"]
    o = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "<channel>", f"<title>{esc(S['title'])}</title>",
         "<link>https://tideswell-bulletin.example/ukraine</link>", "<description>Ukraine coverage</description>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        o += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://tideswell-bulletin.example/{S['id']}{i}</link>",
              f"<pubDate>{st}</pubDate>", f"<author>{esc(e['a'])}</author>",
              "<description>" + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</description>", "</item>"]
    o += ["</channel>", "</rss>"]
    return "\n".join(o) + "\n", stamps

# =================================================================== PART A: single pages
SEEDS = []

SEEDS.append(dict(id="3500", name="3500_khmertimes-world", ext="txt", source="Khmer Times", zone="Asia/Phnom_Penh", render=r_khmer,
  title="World News", fmt="plain-text listing scrape; byline glued to 'Publication date 11 January 2024 | 21:30 ICT'",
  imitates="Khmer Times (Cambodia) world section",
  notes="Khmer Times-style world listing copied as text on Thursday 11 Jan 2024. Every item: headline line, then a line where the credit/author is glued to 'Publication date DD Month YYYY | HH:MM ICT' (ICT = UTC+7), then a teaser body, 'Read more' and share labels. Newest first; 07:30-21:30 ICT = 00:30-14:30 UTC on 11 Jan. Mixed: two Cambodia/region items and a Red Sea item are off-beat.",
  not_entries=["masthead, tagline and date line", "section menu and 'Search'", "cookie line", "'World News' heading", "'Read more' after every item", "share labels", "'Advertisement' and 'Related Posts' block with its link", "'Load more', newsletter box, copyright and footer links"],
  entries=[
  E("2024-01-11 21:30", "Cambodian deminers open new course for Ukrainian sappers",
    ["A second group of Ukrainian deminers has started a three-week course in Kampong Chhnang province run by the Cambodian Mine Action Centre with funding from Japan.",
     "The fifteen trainees will learn to operate mine-clearing machines donated by Tokyo, the centre's director said."],
    "aid", "aid", 2, "cambodia-ukrainian-deminers-course", a="Sok Chanthy",
    n="Training/equipment support for Ukraine -> aid; local angle, secondary -> 2."),
  E("2024-01-11 18:05", "Zelensky carries Baltic tour on to Tallinn and Riga",
    ["Ukraine's President Volodymyr Zelensky addressed Estonia's parliament on Thursday after talks in Vilnius the day before, urging allies to speed up deliveries of shells.",
     "He was due in Riga later in the day to meet Latvian President Edgars Rinkēvičs."],
    "diplomacy", "diplomacy", 3, "zelensky-baltic-tour-2024-01", a="AFP", sec=["aid"],
    n="Head-of-state diplomatic visit -> 3. Agency credit 'AFP' counted as author."),
  E("2024-01-11 15:40", "Turkish reporters among those hurt as missiles strike Kharkiv hotel",
    ["Two Russian missiles hit a hotel in central Kharkiv late on Wednesday, wounding eleven people including a Turkish television crew, regional governor Oleh Syniehubov said.",
     "Ankara said its journalists were in stable condition."],
    "strikes", "strikes", 2, "kharkiv-hotel-missile-strike-2024-01-10", a="Reuters"),
  OFF("2024-01-11 12:15", "Angkor complex logs best year for foreign visitors since 2019",
    ["More than 800,000 international tourists bought passes to the Angkor Archaeological Park in 2023, the state agency that manages ticket sales said.",
     "Officials expect numbers to keep rising as new direct flights from China start."],
    "angkor-visitor-numbers-2023", a="Chea Vannak", n="Cambodian tourism item."),
  OFF("2024-01-11 09:50", "Western warships fend off large Houthi drone attack in Red Sea",
    ["American and British warships shot down 21 drones and missiles fired by Yemen's Houthi rebels at shipping lanes, the Pentagon said.",
     "It was the largest such attack since the group began targeting vessels in November."],
    "red-sea-houthi-attack-2024-01", a="AFP", n="Red Sea/Yemen, not the Russia-Ukraine war."),
  E("2024-01-11 07:30", "Moscow claims advances around Avdiivka",
    ["Russia's defence ministry said its troops had improved their positions near the eastern Ukrainian town of Avdiivka and repelled several counterattacks.",
     "Ukrainian commanders said fighting in the area remained intense but denied any breakthrough."],
    "other", "frontline", 2, "avdiivka-russian-claims-2024-01-11", a="Xinhua"),
  ]))

SEEDS.append(dict(id="3501", name="3501_irrawaddy-roundup", ext="html", source="The Irrawaddy", zone="Asia/Yangon", render=r_irrawaddy,
  title="World Roundup: Ukraine war and the region", dateline="Wednesday, February 7, 2024",
  lede="Our rolling summary of international news relevant to Myanmar readers. All times are Myanmar time.",
  fmt="HTML roundup, date line above, '3.45pm' stamps, per-item bylines, no JSON-LD", imitates="The Irrawaddy (Myanmar) news roundup",
  notes="Irrawaddy-style HTML roundup for Wednesday 7 Feb 2024; one date line above the items and per-item '3.45pm'-style stamps in Myanmar time (MMT = UTC+6:30, stated in the intro). Newest first, 7.05am-9.55pm MMT = 00:35-15:25 UTC on 7 Feb. One PHOTOS teaser has no body. The Rakhine fighting item is another war (off-beat).",
  not_entries=["masthead, nav, 'Support us'", "breadcrumb", "page title, date line and intro", "share links under every item", "newsletter box", "'Most Read' aside", "footer"],
  entries=[
  OFF("2024-02-07 21:55", "Arakan Army says it has overrun two more junta bases in Rakhine",
    ["The ethnic armed group said its fighters captured an infantry battalion headquarters and an outpost near Minbya after several days of fighting.",
     "The regime has not commented on the claim."],
    "rakhine-arakan-army-bases-2024-02-07", a="Irrawaddy Staff", n="Myanmar's own civil war, not the Russia-Ukraine war."),
  E("2024-02-07 19:30", "Junta hails arrival of more Russian-built fighter jets",
    ["Myanmar's military regime showed off two Su-30 fighter aircraft delivered from Russia at a ceremony in Naypyitaw.",
     "Rights groups have urged Moscow to stop arms sales to the junta, which uses air power against villages."],
    "other", "security", 2, "myanmar-russian-su30-delivery", a="Irrawaddy Staff",
    n="Arms procurement by a non-party -> other/security."),
  E("2024-02-07 16:15", "Kyiv death toll rises to four after morning barrage",
    ["Rescuers in Kyiv pulled a fourth body from a damaged high-rise in the Holosiivskyi district, city officials said.",
     "The morning attack also killed a woman in Mykolaiv and cut power to parts of Kharkiv."],
    "strikes", "strikes", 3, "russia-missile-barrage-2024-02-07", a="Reuters"),
  E("2024-02-07 13:05", "PHOTOS: Kyiv residents shelter underground during air raid", [],
    "strikes", "strikes", 1, "russia-missile-barrage-2024-02-07", a=None, n="Photo teaser, no body -> 1."),
  E("2024-02-07 11:20", "EU negotiators agree rules for €50 billion Ukraine fund",
    ["Negotiators for the European Parliament and member states reached a provisional deal on how the four-year Ukraine Facility will be run.",
     "The money is meant to keep Ukraine's state budget afloat and pay for reconstruction."],
    "aid", "aid", 2, "eu-ukraine-facility-provisional-deal", a="AFP"),
  E("2024-02-07 08:40", "Russia fires dozens of missiles and drones at Ukrainian cities",
    ["Russia launched a combined attack on Kyiv, Kharkiv, Lviv and Mykolaiv early on Wednesday, Ukraine's air force said, reporting that 44 of 64 missiles and drones were shot down.",
     "At least three people were killed in the capital, according to initial reports."],
    "strikes", "strikes", 3, "russia-missile-barrage-2024-02-07", a="Reuters"),
  E("2024-02-07 07:05", "Ukrainian media say army chief's dismissal is imminent",
    ["Several Ukrainian outlets reported that President Volodymyr Zelensky would replace commander-in-chief Valerii Zaluzhnyi within days.",
     "The presidential office did not confirm the reports."],
    "other", "politics", 2, "zaluzhnyi-dismissal-reports", a="Irrawaddy Staff"),
  ]))

SEEDS.append(dict(id="3502", name="3502_gdn-world", ext="txt", source="Gulf Daily News", zone="Asia/Bahrain", render=r_gdn,
  title="World", ref="2024-04-22 23:10", fmt="plain-text scrape, relative stamps ('6 hours ago') + printed 'Updated 22 April 2024, 23:10 (Bahrain time)'",
  imitates="Gulf Daily News (Bahrain) world page",
  notes="GDN-style world page scraped late on Monday 22 Apr 2024. Stamps are relative ('30 minutes ago', '6 hours ago') and must be resolved against the printed 'Updated 22 April 2024, 23:10 (Bahrain time)' line (AST = UTC+3). Agency credit line under the stamp. Newest first; 11:10-22:40 AST = 08:10-19:40 UTC on 22 Apr.",
  not_entries=["masthead and tagline", "menu", "cookie line", "'Updated ...' clock line (anchor for relative stamps, not an entry)", "'World' heading", "'Read More' lines", "'ADVERTISEMENT'", "'Most Popular' block", "copyright and footer links"],
  entries=[
  E("2024-04-22 22:40", "EU ministers weigh more air defence for Kyiv",
    ["European Union foreign and defence ministers meeting in Luxembourg discussed how to find more Patriot and other air-defence systems for Ukraine.",
     "The bloc's foreign policy chief Josep Borrell said several countries had systems they could spare."],
    "aid", "aid", 2, "eu-ministers-air-defence-luxembourg", a="Reuters", sec=["diplomacy"]),
  OFF("2024-04-22 21:10", "Strikes on Rafah kill at least 15, Gaza health officials say",
    ["Israeli air strikes on the southern Gaza city of Rafah overnight killed at least 15 people, including children, health officials said.",
     "Israel says it is preparing a ground offensive there."],
    "gaza-rafah-strikes-2024-04-22", a="AFP", n="Gaza war, not the Russia-Ukraine war."),
  E("2024-04-22 19:10", "US Senate to vote on Tuesday on $61bn Ukraine package",
    ["The US Senate is expected to approve on Tuesday the $61 billion aid bill for Ukraine passed by the House of Representatives at the weekend.",
     "President Joe Biden has said he will sign it immediately."],
    "aid", "aid", 2, "us-ukraine-aid-bill-senate-vote", a="Reuters"),
  E("2024-04-22 17:10", "Russian missile snaps Kharkiv television tower",
    ["A Russian missile broke the 240-metre television tower in Kharkiv in half on Monday, disrupting broadcasts in the city, regional officials said.",
     "No one was hurt, according to the governor, Oleh Syniehubov."],
    "strikes", "strikes", 3, "kharkiv-tv-tower-strike",
    a="AFP", n="Large, widely reported strike on a landmark -> 3 (judgement)."),
  E("2024-04-22 14:10", "Moscow says troops have taken Bohdanivka near Chasiv Yar",
    ["Russia's defence ministry said its forces had captured the village of Bohdanivka, north-east of the town of Chasiv Yar.",
     "Ukraine's military said battles in the area were continuing."],
    "other", "frontline", 2, "bohdanivka-capture-claim", a="Reuters"),
  OFF("2024-04-22 11:10", "Dusty winds expected across Bahrain this week",
    ["The meteorological directorate forecast strong north-westerly winds and reduced visibility until Thursday.",
     "Temperatures are expected to reach 36 degrees."],
    "bahrain-dust-forecast", a=None, n="Local weather."),
  ]))

SEEDS.append(dict(id="3503", name="3503_israelhayom-live", ext="html", source="Israel Hayom", zone="Asia/Jerusalem", render=r_hayom,
  title="Live updates: Hostage rescue, Ukraine war and world news", dateline="Saturday, June 8, 2024",
  fmt="HTML live page, LiveBlogPosting JSON-LD with entity-encoded strings, time line AFTER headline ('8:35 p.m.')",
  imitates="Israel Hayom (English) live updates",
  notes="Israel Hayom-style English live page for Saturday 8 Jun 2024 (date line at the top). Each update: h2 headline, then the time on its own line ('8:35 p.m.'), then author, then body. Israel time (IDT = UTC+3). Newest first; 8:20 a.m.-10:50 p.m. IDT = 05:20-19:50 UTC. JSON-LD mirrors the updates with &#039; entities in strings. Israel/Gaza items are off-beat (one WATCH teaser off-beat without body).",
  not_entries=["site header and nav, newsletter link", "page title and date line", "share bars", "newsletter promo", "'Recommended' aside", "footer", "JSON-LD (duplicate of the visible updates)"],
  entries=[
  E("2024-06-08 22:50", "Biden and Macron vow to keep up pressure on Moscow",
    ["US President Joe Biden and French President Emmanuel Macron said after talks at the Élysée Palace that they would keep backing Ukraine for as long as needed.",
     "Macron said the allies were working on using profits from frozen Russian assets for Kyiv."],
    "diplomacy", "diplomacy", 3, "biden-macron-paris-talks-2024-06-08", a="News Agencies", sec=["aid"]),
  E("2024-06-08 20:35", "WATCH: Freed hostages reunite with their families", [],
    "other", "unrelated", 1, "nuseirat-hostage-rescue", a=None, n="off-beat: video teaser about the Gaza hostage rescue; no body."),
  E("2024-06-08 17:40", "Russian glide bomb hits village in Kharkiv region, killing one",
    ["A guided bomb struck a village north of Kharkiv on Saturday afternoon, killing a 60-year-old man and damaging several houses, the regional governor said."],
    "strikes", "strikes", 2, "kharkiv-region-glide-bomb-2024-06-08", a="ILH Staff"),
  OFF("2024-06-08 14:15", "Four hostages rescued alive in daytime raid in central Gaza",
    ["Israeli special forces freed four hostages held in the Nuseirat area in a daytime operation, the military said.",
     "All four were taken to hospital in good condition."],
    "nuseirat-hostage-rescue", a="ILH Staff", n="Gaza war, not the Russia-Ukraine war."),
  E("2024-06-08 11:05", "Kyiv's drones hit targets at Russian air base in Crimea, intelligence says",
    ["Ukraine's military intelligence said its drones damaged equipment at the Belbek air base in occupied Crimea overnight.",
     "Russia said it had intercepted all drones over the peninsula."],
    "strikes", "strikes", 2, "belbek-airbase-drone-strike-2024-06-08", a="News Agencies"),
  E("2024-06-08 08:20", "Israeli official: no change in policy on weapons for Ukraine",
    ["A senior Israeli official said the government had no plans to supply air-defence systems to Ukraine, despite renewed requests from Kyiv.",
     "He said Israel would keep sending humanitarian aid."],
    "aid", "aid", 2, "israel-no-weapons-for-ukraine", a="ILH Staff", n="Debate over arms supply -> aid."),
  ]))

SEEDS.append(dict(id="3504", name="3504_sloveniatimes-rss", ext="xml", source="The Slovenia Times", zone="Europe/Ljubljana", render=r_slotimes,
  title="The Slovenia Times", fmt="RSS 2.0, +0200 pubDate, entity-escaped HTML descriptions, dc:creator on some items",
  imitates="The Slovenia Times RSS feed",
  notes="Slovenia Times-style RSS 2.0 for Saturday 3 Aug 2024; pubDates with +0200 (CEST). Descriptions are entity-escaped HTML paragraphs. Newest first; 07:25-20:15 CEST = 05:25-18:15 UTC. Sport and weather items off-beat.",
  not_entries=["channel title/link/description/language", "lastBuildDate", "category and guid elements"],
  entries=[
  OFF("2024-08-03 20:15", "Slovenian canoeist misses Olympic final by a fraction",
    ["Slovenia's slalom canoeist finished narrowly outside the qualifying places in the semi-final in Paris on Saturday.",
     "He said he would now focus on the world championships next year."],
    "slovenia-olympic-canoe-semi", a="Maja Kovač", cat="Sport", n="Olympics."),
  E("2024-08-03 17:40", "Pirc Musar: Ukraine must sit at any peace table",
    ["President Nataša Pirc Musar said no talks on ending the war could succeed without Ukraine taking part as an equal.",
     "She spoke after a phone call with her Ukrainian counterpart."],
    "diplomacy", "diplomacy", 2, "pirc-musar-ukraine-peace-table", a="Maja Kovač", cat="Politics"),
  E("2024-08-03 14:05", "Ukraine says drones hit Morozovsk air base in Rostov region",
    ["Ukraine's general staff said drones had struck an ammunition depot at the Morozovsk military airfield in Russia's Rostov region overnight.",
     "Russia's defence ministry said it had destroyed 75 drones over several regions."],
    "strikes", "strikes", 2, "morozovsk-airfield-drone-strike", a=None, cat="World"),
  E("2024-08-03 11:30", "Government earmarks EUR 1.5m for Ukrainian schools",
    ["The government approved EUR 1.5 million to rebuild and equip schools in the Kharkiv region as part of Slovenia's development aid.",
     "The project will be carried out with local authorities and a Slovenian NGO."],
    "aid", "aid", 2, "slovenia-funds-kharkiv-schools", a="Tomaž Zupan", cat="Politics"),
  OFF("2024-08-03 09:10", "Heat warning issued for Primorska and Goriška",
    ["The environment agency raised the heat warning to orange for the west of the country, with temperatures expected to top 36 degrees.",
     "Health officials advised people to avoid the midday sun."],
    "slovenia-heat-warning", a=None, cat="Slovenia", n="Weather."),
  E("2024-08-03 07:25", "Overnight drone attack damages infrastructure in Kyiv region",
    ["Russian drones damaged a private house and power lines in the Kyiv region overnight, the regional administration said.",
     "Air defences shot down most of the drones over the capital area."],
    "strikes", "strikes", 2, "kyiv-region-drone-attack-2024-08-03", a=None, cat="World"),
  ]))

SEEDS.append(dict(id="3505", name="3505_interpressnews-latest", ext="txt", source="Interpressnews", zone="Asia/Tbilisi", render=r_ipn,
  title="Latest news", parse_date="2024-10-16", fmt="plain-text news list; bare HH:MM stamps, no date or year anywhere; crosses local midnight",
  imitates="Interpressnews (Georgia) English latest-news list",
  notes="Interpressnews-style English news list copied as text in the early hours of Thu 17 Oct 2024 Tbilisi time. The page prints no date or year at all (parse with --date 2024-10-16). Bare 'HH:MM' stamps in Tbilisi time (GET = UTC+4); newest first. Midnight crossing: the top item '00:40' follows no date change marker but belongs to 17 Oct local (20:40 UTC on 16 Oct); the next '23:55' and below are 16 Oct. All items fall on UTC 16 Oct (05:05-20:40 UTC). Georgian domestic politics and city items are off-beat.",
  not_entries=["site name and language switcher", "menu", "'Search...'", "'Latest news' heading", "'Read more' lines", "'Advertising'", "'All news' and footer"],
  entries=[
  OFF("2024-10-17 00:40", "Georgian Dream publishes final week of campaign rallies",
    ["The ruling party announced rallies in Kutaisi, Batumi and Tbilisi ahead of the 26 October parliamentary elections.",
     "Opposition parties plan a joint march on Sunday."],
    "georgia-election-campaign-rallies", a=None, n="Georgian domestic politics.", basis="midnight crossing: printed above '23:55', so it is after midnight, 17 Oct local"),
  E("2024-10-16 23:55", "Peskov: Kyiv should 'sober up' instead of drafting plans",
    ["Kremlin spokesman Dmitry Peskov said the only real peace plan for Kyiv was to realise the futility of its policy and sober up.",
     "He was responding to the plan President Volodymyr Zelensky presented to parliament earlier in the day."],
    "diplomacy", "diplomacy", 3, "zelensky-victory-plan-rada",
    n="Reaction about the event itself -> shares the victory-plan story (convention)."),
  E("2024-10-16 21:10", "Ukrainian intelligence: North Korean soldiers training in Russia's Far East",
    ["Ukraine's military intelligence said about 11,000 North Korean troops were being trained at ranges in Russia's Far East and could be sent to the front by November.",
     "Seoul said it was watching the reports closely."],
    "other", "frontline", 2, "north-korean-troops-russia-training", n="Reinforcements -> other/frontline (judgement)."),
  E("2024-10-16 17:25", "Russian drones damage port facilities in Odesa region",
    ["A night-time drone attack damaged warehouses and a grain terminal in the Odesa region, the regional governor said.",
     "Two workers were injured."],
    "strikes", "strikes", 2, "odesa-port-drone-attack-2024-10-16"),
  E("2024-10-16 13:50", "Zelensky lays out five-point 'victory plan' in Verkhovna Rada",
    ["President Volodymyr Zelensky presented his plan to end the war to Ukraine's parliament, calling for an immediate invitation to join NATO.",
     "The plan also includes a non-nuclear deterrence package and three secret annexes shared with partners."],
    "diplomacy", "diplomacy", 3, "zelensky-victory-plan-rada"),
  OFF("2024-10-16 09:05", "Tbilisi metro fares to stay unchanged next year",
    ["City hall said the fare for a metro ride would remain at one lari next year.",
     "The transport company plans to add new carriages on the second line."],
    "tbilisi-metro-fares-2025", n="City transport item."),
  ]))

SEEDS.append(dict(id="3506", name="3506_daryo-keyevents", ext="html", source="Daryo", zone="Asia/Tashkent", render=r_daryo,
  title="Russia-Ukraine war: key events on day 695", dateline_t="2024-01-19 21:40", author="Sardor Karimov", page_author="Sardor Karimov",
  lede="Here is a summary of the main developments of the Russia-Ukraine war on Friday.",
  fmt="HTML 'key events' article; each bullet one entry (no headlines); one dateline; NewsArticle JSON-LD", imitates="Daryo (Uzbekistan) daily key events",
  notes="Daryo-style 'key events' article for Friday 19 Jan 2024 (day 695 of the war). One byline and one dateline '19 January 2024, 21:40' (Tashkent, UTC+5 = 16:40 UTC). Each bullet under the section headings (Fighting, Diplomacy, Aid, Other) is one entry with no headline; stamp null; published = the dateline; author = the page byline. JSON-LD NewsArticle only describes the page.",
  not_entries=["header, nav, language switcher", "title, byline/date/view count", "bold lead sentence", "section headings Fighting/Diplomacy/Aid/Other", "share and tag lines", "'Latest news' aside", "Telegram promo", "footer"],
  entries=[
  E("2024-01-19 21:40", None, ["A Ukrainian drone set an oil depot in the town of Klintsy in Russia's Bryansk region on fire, the regional governor said, adding that no one was hurt."],
    "strikes", "strikes", 2, "klintsy-oil-depot-drone-strike", sect="Fighting"),
  E("2024-01-19 21:40", None, ["Russian shelling of Kherson and nearby villages killed two civilians and wounded five, regional officials said."],
    "strikes", "strikes", 2, "kherson-shelling-2024-01-19", sect="Fighting"),
  E("2024-01-19 21:40", None, ["Ukraine's general staff reported 23 clashes around Avdiivka in a day as Russian forces kept up assaults on the town's flanks."],
    "other", "frontline", 2, "avdiivka-clashes-2024-01-19", sect="Fighting"),
  E("2024-01-19 21:40", None, ["Foreign Minister Dmytro Kuleba said he expected to meet his Hungarian counterpart before the end of the month to prepare a meeting between the two countries' leaders."],
    "diplomacy", "diplomacy", 2, "kuleba-hungary-meeting-plan", sect="Diplomacy"),
  E("2024-01-19 21:40", None, ["Estonia said it would send Ukraine a package of ammunition and anti-tank weapons worth about €20 million."],
    "aid", "aid", 2, "estonia-ammunition-package-2024-01-19", sect="Aid"),
  E("2024-01-19 21:40", None, ["Uzbekistan's prosecutor general's office reminded citizens that taking part in armed conflicts abroad is punishable by up to ten years in prison."],
    "other", "politics", 2, "uzbekistan-foreign-fighters-warning", sect="Other",
    n="About Uzbek migrants recruited for the war -> other/politics."),
  ]))

SEEDS.append(dict(id="3507", name="3507_brecorder-world", ext="html", source="Business Recorder", zone="Asia/Karachi", render=r_brecorder,
  title="World", fmt="HTML listing cards, credit + 'Published 27 Feb, 2024 02:35pm', ItemList JSON-LD with entity-encoded headlines",
  imitates="Business Recorder (Pakistan) world section",
  notes="Business Recorder-style world listing for Tuesday 27 Feb 2024; each card: headline, agency credit, 'Published 27 Feb, 2024 02:35pm' (Pakistan time, PKT = UTC+5, implied), excerpt. Newest first; 08:30am-09:50pm PKT = 03:30-16:50 UTC. Rupee and oil market items are off-beat.",
  not_entries=["logo, tagline, nav", "market ticker", "'World' section title", "share/comment links", "'Advertisement'", "'Most Popular' aside", "footer", "ItemList JSON-LD"],
  entries=[
  OFF("2024-02-27 21:50", "Rupee ends flat against dollar in interbank trade",
    ["The Pakistani rupee closed almost unchanged against the US dollar on Tuesday, according to State Bank data.",
     "Dealers said importers' demand was balanced by remittance inflows."],
    "pakistan-rupee-close-2024-02-27", a="Recorder Report", n="Pakistani markets."),
  E("2024-02-27 20:15", "Kremlin warns of direct clash if NATO troops go to Ukraine",
    ["Kremlin spokesman Dmitry Peskov said sending troops from NATO countries to Ukraine would make a direct conflict between Russia and the alliance inevitable.",
     "He was reacting to comments by French President Emmanuel Macron on Monday night."],
    "diplomacy", "diplomacy", 3, "macron-western-troops-remark", a="Reuters",
    n="Reaction to Macron's remark -> same story."),
  E("2024-02-27 17:40", "Czech plan to buy shells for Ukraine outside EU gains backers",
    ["Several countries said they would contribute to a Czech initiative to buy hundreds of thousands of artillery shells for Ukraine from outside Europe.",
     "Prague says it has identified 800,000 rounds that could be bought within weeks."],
    "aid", "aid", 2, "czech-shell-initiative-backers", a="AFP"),
  E("2024-02-27 14:35", "Allies rule out sending troops after Macron's remark",
    ["Germany, Poland, Britain and other allies said on Tuesday they had no plans to send ground troops to Ukraine, a day after Emmanuel Macron refused to exclude it.",
     "NATO Secretary General Jens Stoltenberg said there were no such plans."],
    "diplomacy", "diplomacy", 3, "macron-western-troops-remark", a="Reuters"),
  E("2024-02-27 11:10", "Russian drones hit energy facility in Odesa region",
    ["A Russian drone attack overnight damaged an energy facility in the Odesa region, causing a fire that was later put out, the southern command said.",
     "No injuries were reported."],
    "strikes", "strikes", 2, "odesa-energy-drone-attack-2024-02-27", a="AFP"),
  OFF("2024-02-27 08:30", "Oil steadies as traders await US inflation data",
    ["Brent crude held near $82 a barrel in Asian trade as investors waited for US price data later in the week."],
    "oil-prices-2024-02-27", a="Reuters", n="Commodity markets, not about the war."),
  ]))

SEEDS.append(dict(id="3508", name="3508_fijitimes-world", ext="txt", source="The Fiji Times", zone="Pacific/Fiji", render=r_fiji,
  title="World News", fmt="plain-text listing; author line then 'April 30, 2024 10:15 am'; printed date 30 April, UTC date 29 April",
  imitates="The Fiji Times world section",
  notes="Fiji Times-style world listing copied as text on Tuesday 30 Apr 2024 (Fiji time, FJT = UTC+12, implied). All items are printed 'April 30, 2024' between 12:40 am and 11:20 am local, which is 12:40-23:20 UTC on Monday 29 April: the page's printed date is not the UTC day. Author/credit line above each stamp. Pacific items are off-beat.",
  not_entries=["masthead, tagline, date line", "menu", "'World News' heading", "'Share this article:' labels", "subscription promo", "'Previous   Next', copyright and footer"],
  entries=[
  OFF("2024-04-30 11:20", "Vanuatu declares state of emergency after floods",
    ["Vanuatu's government declared a state of emergency in two provinces after days of heavy rain washed away roads and gardens.",
     "Aid agencies said hundreds of families needed shelter."],
    "vanuatu-flood-emergency", a="AFP", n="Pacific weather."),
  E("2024-04-30 09:45", "Missile strike on Odesa kills five, wounds more than 30",
    ["A Russian missile carrying cluster munitions struck the seafront in Odesa on Monday, killing five people and wounding 32, Ukrainian officials said.",
     "A building resembling a castle used for events was set ablaze."],
    "strikes", "strikes", 3, "odesa-missile-strike-2024-04-29", a="REUTERS"),
  E("2024-04-30 07:30", "Stoltenberg in Kyiv: it is not too late for Ukraine to prevail",
    ["NATO chief Jens Stoltenberg admitted on a visit to Kyiv that allies had not delivered what they promised in recent months.",
     "He said new US aid would help but urged members to send more air defence."],
    "diplomacy", "diplomacy", 3, "stoltenberg-kyiv-visit-2024-04-29", a="AFP", sec=["aid"]),
  E("2024-04-30 04:10", "Moscow claims capture of Novobakhmutivka",
    ["Russia's defence ministry said its troops had taken Novobakhmutivka, a village north-west of Avdiivka.",
     "Kyiv did not confirm the loss."],
    "other", "frontline", 2, "novobakhmutivka-capture-claim", a="REUTERS"),
  E("2024-04-30 01:05", "Government warns Fijians over job offers tied to Russian army",
    ["The Ministry of Foreign Affairs urged citizens to be careful with overseas job offers after reports that former Fijian soldiers had been recruited to fight for Russia.",
     "The ministry said it was trying to contact families of those involved."],
    "other", "politics", 2, "fiji-russian-army-recruitment-warning", a="SALOTE NAIVALU"),
  OFF("2024-04-30 00:40", "Drua name squad for Super Rugby Pacific clash",
    ["The Fijian Drua made three changes to their starting line-up for Saturday's match in Lautoka.",
     "The coach said the team was focused on reaching the play-offs."],
    "fijian-drua-squad", a="ROPATE VALEMEI", n="Sport."),
  ]))

SEEDS.append(dict(id="3509", name="3509_agenciabrasil-rdf", ext="xml", source="Agência Brasil", zone="America/Sao_Paulo", render=r_abrasil,
  title="Agência Brasil - International", fmt="RSS 1.0 (RDF), dc:date with -03:00, plain-text descriptions",
  imitates="Agência Brasil (English edition) feed",
  notes="Agência Brasil-style RSS 1.0 (RDF) feed for Thursday 24 Oct 2024; dc:date ISO with -03:00 (Brasília time). Newest first; 08:30-20:10 = 11:30-23:10 UTC. One-paragraph plain-text descriptions. Drought and central bank items are off-beat.",
  not_entries=["channel title/link/description", "rdf:Seq item list", "dc:subject elements"],
  entries=[
  OFF("2024-10-24 20:10", "Madeira River hits record low at Porto Velho",
    ["The Madeira River fell to its lowest level since records began at Porto Velho, stranding ferries and cutting supplies to riverside communities, the geological service said."],
    "madeira-river-record-low", a="Fabíola Sinimbú", cat="environment", n="Brazilian drought."),
  E("2024-10-24 17:35", "Guterres meets Putin in Kazan, calls for just peace in Ukraine",
    ["UN Secretary-General António Guterres met Russian President Vladimir Putin on the sidelines of the BRICS summit in Kazan and urged a just peace in line with the UN Charter and international law."],
    "diplomacy", "diplomacy", 3, "guterres-putin-kazan-meeting", a="Lucas Pordeus León", cat="international"),
  E("2024-10-24 15:00", "Foreign minister defends Brazil-China peace proposal",
    ["Foreign Minister Mauro Vieira told reporters in Kazan that the six-point understanding drafted by Brazil and China remained a valid basis for talks between Russia and Ukraine."],
    "diplomacy", "diplomacy", 2, "vieira-brazil-china-peace-proposal", a="Lucas Pordeus León", cat="international"),
  E("2024-10-24 12:20", "Seoul and Washington say North Korean troops are in Russia",
    ["South Korean and US officials said thousands of North Korean soldiers had arrived in Russia and could be deployed against Ukraine within weeks."],
    "other", "frontline", 2, "north-korean-troops-in-russia-confirmed", a=None, cat="international",
    n="Reinforcements -> other/frontline (judgement)."),
  E("2024-10-24 10:45", "Russian bombs injure 12 in Zaporizhzhia",
    ["Russian guided bombs hit an industrial area of Zaporizhzhia on Thursday morning, injuring twelve people, the regional governor said."],
    "strikes", "strikes", 2, "zaporizhzhia-guided-bombs-2024-10-24", a=None, cat="international"),
  OFF("2024-10-24 08:30", "Central bank minutes point to further rate rises",
    ["Minutes of the latest Copom meeting signalled that the central bank could keep raising the Selic rate to bring inflation back to target."],
    "brazil-copom-minutes", a="Wellton Máximo", cat="economy", n="Brazilian economy."),
  ]))

# =================================================================== PART B, day 1: 2024-06-22 (UTC)
KH = "kharkiv-glide-bomb-apartment-2024-06-22"
SEEDS.append(dict(id="3520", name="3520_strathy-textlive", ext="txt", source="Strathy Daily", zone="Europe/London", render=r_strathy,
  title="Ukraine war live: guided bomb hits Kharkiv apartment block", dateline="Saturday 22 June 2024",
  lede="Follow our live coverage of the war in Ukraine.", fmt="text live, newest first, '14:38 BST' line before headline, 'Reporting by' after body",
  notes="Invented outlet. Text live blog for Saturday 22 Jun 2024; 'HH:MM BST' on its own line BEFORE each headline (BST = UTC+1); newest first; 'Reporting by NAME' after the body (author). One Watch teaser without body. 08:45-21:05 BST = 07:45-20:05 UTC.",
  not_entries=["masthead and menu", "page title, date line, standfirst", "'All times BST'", "'Share   Copy link' lines", "'Back to top' and footer"],
  entries=[
  E("2024-06-22 21:05", "Kharkiv toll rises to three as rescuers end search",
    ["A third body has been recovered from the apartment block in Kharkiv hit by a Russian guided bomb this afternoon, mayor Ihor Terekhov said.",
     "More than 50 people were injured, among them three children, and rescuers have now finished searching the rubble."],
    "strikes", "strikes", 3, KH, a="Mariana Kovalchuk", n="Main story of the day; toll grows 1 -> 2 -> 3 across sources."),
  E("2024-06-22 19:40", "Watch: Rescuers lift debris from Kharkiv apartment block", [],
    "strikes", "strikes", 1, KH, n="Video teaser, no body -> 1."),
  E("2024-06-22 17:15", "Japan delivers mobile generators to Ukrainian hospitals",
    ["Japan has handed over 40 mobile generators for hospitals in frontline regions, its embassy in Kyiv said.",
     "The equipment is meant to keep operating theatres running during power cuts."],
    "aid", "aid", 2, "japan-generators-hospitals-2024-06-22", a="Tom Easby",
    n="Must not merge with the Norwegian air-defence money (different donor, different package)."),
  E("2024-06-22 15:50", "Norway pledges extra funds for Ukraine's air defence",
    ["Norway will give an additional 1.1 billion kroner to help Ukraine buy air-defence systems and interceptor missiles, its defence ministry said.",
     "The money will go through a fund run jointly with Germany."],
    "aid", "aid", 3, "norway-air-defence-funding-2024-06-22", a="Tom Easby", n="Told by 3520 and 3521 -> 3."),
  E("2024-06-22 15:20", "Guided bomb hits Kharkiv apartment block, killing two",
    ["A Russian guided aerial bomb struck a five-storey residential building in Kharkiv's Kyivskyi district, killing two people and injuring dozens, regional governor Oleh Syniehubov said.",
     "Part of the building collapsed and people were believed to be trapped."],
    "strikes", "strikes", 3, KH, a="Mariana Kovalchuk"),
  E("2024-06-22 11:20", "Drones set fire to oil refinery in Russia's Krasnodar region",
    ["A fire broke out at an oil refinery in Russia's Krasnodar region after a Ukrainian drone attack overnight, the regional authorities said.",
     "The blaze was put out by morning and no one was hurt."],
    "strikes", "strikes", 3, "krasnodar-refinery-drone-strike-2024-06-22", a="Tom Easby",
    n="Ukrainian strike on Russia; must not merge with the Russian attacks on Ukraine the same day. 2 seeds -> 3."),
  E("2024-06-22 08:45", "Russian missiles and drones target energy sites in Zaporizhzhia and Lviv regions",
    ["Russia fired missiles and drones at energy facilities in the Zaporizhzhia and Lviv regions overnight, damaging equipment and wounding two workers, Ukraine's energy ministry said.",
     "Ukraine's air force said it shot down 12 of 16 missiles."],
    "strikes", "strikes", 3, "energy-attack-zaporizhzhia-lviv-2024-06-22", a="Mariana Kovalchuk",
    n="Overnight attack elsewhere; must not merge with the Kharkiv afternoon strike."),
  ]))

SEEDS.append(dict(id="3521", name="3521_tollerton-ldlive", ext="html", source="Tollerton Review", zone="Europe/Kyiv", render=r_tollerton,
  title="Russia-Ukraine war: latest updates", url="https://tollerton-review.example/ukraine/live-2024-06-22",
  lede="Reporters in Kyiv and Brussels follow the day's events.", dateline="Saturday, 22 June 2024 · Kyiv time",
  fmt="HTML live, OLDEST first, LiveBlogPosting JSON-LD with per-update times and authors, <time datetime> +03:00",
  notes="Invented outlet. HTML live blog for 22 Jun 2024, oldest first; <time datetime> with +03:00 (Kyiv EEST) and bare HH:MM visible; JSON-LD per-update times agree. The 10:15 update repeats the 09:30 one nearly verbatim (duplicate_of). 09:30-22:30 Kyiv = 06:30-19:30 UTC.",
  not_entries=["header and nav", "title, standfirst, date/zone note", "newsletter promo list item", "'More on Ukraine' aside", "footer", "JSON-LD (mirrors visible updates)"],
  entries=[
  E("2024-06-22 09:30", "Overnight attack hits energy facilities in Zaporizhzhia and Lviv regions",
    ["Russian missiles and drones struck energy infrastructure in the Zaporizhzhia and Lviv regions overnight, energy minister Herman Halushchenko said.",
     "Two workers were injured in Zaporizhzhia and equipment caught fire at a facility near Lviv."],
    "strikes", "strikes", 3, "energy-attack-zaporizhzhia-lviv-2024-06-22", a="Iryna Sobko"),
  E("2024-06-22 10:15", "Overnight attack hits energy facilities in Zaporizhzhia and Lviv regions",
    ["Russian missiles and drones struck energy infrastructure in the Zaporizhzhia and Lviv regions overnight, energy minister Herman Halushchenko said.",
     "Two workers were injured in Zaporizhzhia and a fire broke out at a facility near Lviv."],
    "strikes", "strikes", 1, "energy-attack-zaporizhzhia-lviv-2024-06-22", a="Iryna Sobko", dup="3521-01",
    n="Near-verbatim repeat of 3521-01 (one word changed) -> duplicate, importance 1."),
  E("2024-06-22 12:05", "Norway adds money for air defence systems for Ukraine",
    ["Oslo said it would contribute a further 1.1 billion Norwegian kroner towards air defence for Ukraine, channelled through a German-led purchasing fund.",
     "Norwegian defence minister Bjørn Arild Gram said Russian strikes on power plants made the need urgent."],
    "aid", "aid", 3, "norway-air-defence-funding-2024-06-22", a="Nils Arden"),
  E("2024-06-22 16:45", "Guided aerial bomb strikes residential building in Kharkiv",
    ["A Russian guided bomb hit an apartment building in Kharkiv at around half past four, killing at least one person, mayor Ihor Terekhov said.",
     "Emergency crews were pulling residents from the upper floors."],
    "strikes", "strikes", 3, KH, a="Iryna Sobko"),
  E("2024-06-22 20:10", "Kuleba: EU accession talks to open on Tuesday in Luxembourg",
    ["Foreign Minister Dmytro Kuleba said the first intergovernmental conference on Ukraine's EU membership would take place in Luxembourg on 25 June.",
     "He called it a historic step that Russia had tried to prevent."],
    "diplomacy", "diplomacy", 2, "ukraine-eu-accession-talks-opening", a="Nils Arden",
    n="A separate statement by a different official; must not merge with Zelensky's Kharkiv reaction."),
  E("2024-06-22 22:30", "Zelensky: Kharkiv strike shows why Patriots cannot wait",
    ["President Volodymyr Zelensky said the bombing of the Kharkiv apartment block proved Ukraine needed more air-defence systems now, not in months.",
     "He said Russian aircraft would stop dropping such bombs only if they were shot down."],
    "strikes", "strikes", 3, KH, a="Iryna Sobko", sec=["aid"],
    n="Reaction whose subject is the Kharkiv strike itself -> same story (convention)."),
  ]))

SEEDS.append(dict(id="3522", name="3522_upwey-worldrss", ext="xml", source="Upwey World Service", zone="UTC", render=r_rss_world,
  title="Upwey World Service - World", fmt="RSS 2.0, GMT pubDate, CDATA, general world feed (4 of 6 off-beat)",
  notes="Invented outlet. General world RSS for 22 Jun 2024: only two of six items are about the war; uses the spelling 'Kharkov'. GMT = UTC.",
  not_entries=["channel title/link/description"],
  entries=[
  E("2024-06-22 17:00", "Kharkov apartment block hit by Russian glide bomb",
    ["At least two people died when a Russian glide bomb slammed into a residential building in Kharkov, Ukraine's second city, on Saturday afternoon.",
     "Officials said dozens were hurt."],
    "strikes", "strikes", 3, KH),
  OFF("2024-06-22 15:30", "Georgia earn first Euro 2024 point in draw with Czechia",
    ["Georgia held Czechia to a 1-1 draw in Hamburg to collect their first point at a major tournament."],
    "euro-2024-georgia-czechia", n="Football."),
  OFF("2024-06-22 13:10", "Hajj heat deaths pass 1,000, officials say",
    ["More than a thousand pilgrims died during this year's Hajj as temperatures in Mecca exceeded 50 degrees, according to a tally of national announcements."],
    "hajj-heat-deaths", n="Heat deaths in Saudi Arabia."),
  E("2024-06-22 11:45", "Krasnodar refinery ablaze after overnight drone raid",
    ["Ukrainian drones set a refinery in southern Russia's Krasnodar region on fire overnight, Russian officials said.",
     "The fire was extinguished and production was not stopped, they added."],
    "strikes", "strikes", 3, "krasnodar-refinery-drone-strike-2024-06-22"),
  OFF("2024-06-22 09:20", "Shelling in Sudan's El Fasher kills civilians",
    ["Shells fired by the paramilitary Rapid Support Forces hit a market in El Fasher, killing at least a dozen civilians, medics said."],
    "sudan-el-fasher-shelling", n="Another war (Sudan)."),
  OFF("2024-06-22 07:05", "Kenyan protesters plan fresh marches over finance bill",
    ["Organisers called for new protests in Nairobi next week against tax rises in the government's finance bill."],
    "kenya-finance-bill-protests", n="Kenyan politics."),
  ]))

SEEDS.append(dict(id="3523", name="3523_vatersay-analysis", ext="txt", source="Vatersay Post", zone="Europe/London", render=r_textarticle, brand="Vatersay Post",
  title="Analysis: Ukraine's F-16 pilots race against the clock", fmt="text article (analysis), one entry",
  notes="Invented outlet. A single analysis article (theme piece) dated '22 June 2024 16:20 BST' (= 15:20 UTC); one entry with the page byline.",
  not_entries=["brand and menu lines", "'Related' and its link", "'Comments are closed...'", "copyright line"],
  entries=[
  E("2024-06-22 16:20", "Analysis: Ukraine's F-16 pilots race against the clock",
    ["The first F-16 jets promised to Ukraine are expected this summer, but the number of pilots ready to fly them remains small.",
     "Training in Denmark, Romania and the United States has been slowed by language courses and a shortage of instructors.",
     "Western officials say the jets will matter most as a way to push Russian bombers further from the front, not as a quick fix."],
    "aid", "aid", 2, "analysis-ukraine-f16-pilot-training", a="Fiona Rudd",
    n="Theme piece (analysis with body): own story, importance 2."),
  ]))

# =================================================================== PART B, day 2: 2024-06-23 (UTC) — the day after day 1
SV = "sevastopol-beach-missile-strike-2024-06-23"
SEEDS.append(dict(id="3530", name="3530_swanage-htmllive", ext="html", source="Swanage Live", zone="Europe/London", render=r_swanage,
  title="Ukraine war: missile debris hits Sevastopol beach", dateline="Sunday 23 June 2024 · All times BST",
  lede="Russia says civilians were hit on a Crimean beach; Kharkiv mourns its dead.", fmt="HTML live without JSON-LD, newest first, time line ('2.35pm') AFTER headline",
  notes="Invented outlet. HTML live page for Sunday 23 Jun 2024; each post: h2 headline, then the time on its own line ('2.35pm', BST = UTC+1), then author. Newest first; 9.05am-9.40pm BST = 08:05-20:40 UTC. 3530-03 continues day 1's Kharkiv story with a new development (mourning day, toll four).",
  not_entries=["cookie banner", "header and nav", "title, date line, summary", "share links", "newsletter box", "'Related' aside", "footer"],
  entries=[
  E("2024-06-23 21:40", "Moscow says Washington bears responsibility for Sevastopol deaths",
    ["Russia's foreign ministry said the United States was responsible for the deaths on the beach because American specialists programme the missiles.",
     "It said the strike would not go unanswered."],
    "strikes", "strikes", 3, SV, a="Harriet Doyle", sec=["diplomacy"],
    n="Reaction whose subject is the Sevastopol strike -> same story."),
  E("2024-06-23 19:55", "Pictured: Beachgoers carry the wounded at Uchkuevka", [],
    "strikes", "strikes", 1, SV, n="Photo teaser, no body -> 1."),
  E("2024-06-23 18:30", "Kharkiv mourns apartment strike victims as toll reaches four",
    ["Kharkiv observed a day of mourning on Sunday after a fourth person died in hospital following Saturday's guided-bomb strike on an apartment building.",
     "The mayor said 21 people remained in hospital."],
    "strikes", "strikes", 2, KH, a="Harriet Doyle",
    n="Continues day 1's Kharkiv story with a new development (keeps the day-1 slug); only this day-2 seed carries it -> 2."),
  E("2024-06-23 14:35", "Russian shelling kills two in Kherson region villages",
    ["Two civilians were killed when Russian artillery hit villages on the Dnipro's right bank, the Kherson regional administration said."],
    "strikes", "strikes", 3, "kherson-region-shelling-2024-06-23", a="Owen Pask", n="Told by 3530 and 3532 -> 3; must not merge with Sevastopol."),
  E("2024-06-23 11:20", "Two dead as missile debris falls on Sevastopol beach",
    ["Two people, one of them a child, were killed and dozens injured when fragments of a downed missile fell on a beach near Sevastopol, the city's Russian-installed governor Mikhail Razvozhayev said.",
     "He said the missile was shot down over the coast north of the city."],
    "strikes", "strikes", 3, SV, a="Owen Pask"),
  E("2024-06-23 09:05", "Ukraine says 16 of 18 attack drones downed overnight",
    ["Ukraine's air force said it destroyed 16 of the 18 Shahed drones Russia launched overnight over the south and centre of the country."],
    "strikes", "strikes", 2, "ukraine-overnight-drones-2024-06-23", a="Owen Pask"),
  ]))

SEEDS.append(dict(id="3531", name="3531_troutbeck-worldatom", ext="xml", source="Troutbeck Times", zone="UTC", render=r_atom_world,
  title="Troutbeck Times — World", fmt="Atom, Z times, entity-escaped html content, general world feed (3 of 5 off-beat)",
  notes="Invented outlet. General world Atom feed for 23 Jun 2024 (Z = UTC). The Dagestan attacks are a terror attack inside Russia, not part of the war: off-beat and must not merge with the Sevastopol strike. 3531-05 re-posts day 1's 3520-04 nearly verbatim.",
  not_entries=["feed title, link, id, updated"],
  entries=[
  OFF("2024-06-23 20:30", "Gunmen attack synagogues and churches in Dagestan",
    ["Armed men opened fire at Orthodox churches, synagogues and a police post in Derbent and Makhachkala in Russia's Dagestan region, killing several police officers and a priest, officials said."],
    "dagestan-church-synagogue-attacks", n="terror attack inside Russia, not about the war; must not merge with the Sevastopol strike."),
  OFF("2024-06-23 19:50", "Germany snatch late draw with Switzerland",
    ["A stoppage-time header earned Germany a 1-1 draw with Switzerland in Frankfurt and top spot in their Euro 2024 group."],
    "euro-2024-germany-switzerland", n="Football."),
  E("2024-06-23 16:45", "Sevastopol beach strike: toll rises to four, including two children",
    ["Four people, two of them children, are now known to have died after a missile attack on the Sevastopol area on Sunday, Russian-installed officials in Crimea said.",
     "More than 150 people were hurt, many of them at a beach near the village of Uchkuyevka."],
    "strikes", "strikes", 3, SV, a="Wire staff"),
  OFF("2024-06-23 10:15", "Floods force thousands from homes in southern China",
    ["Days of torrential rain in Guangdong and Fujian provinces forced tens of thousands of people to leave their homes, state media said."],
    "china-southern-floods-2024-06", n="Weather."),
  E("2024-06-23 07:10", "Norway pledges extra funds for Ukraine's air defence",
    ["Norway will give an additional 1.1 billion kroner to help Ukraine buy air-defence systems and interceptor missiles, its defence ministry said.",
     "The money will be channelled through a fund run jointly with Germany."],
    "aid", "aid", 1, "norway-air-defence-funding-2024-06-22",
    n="Re-post of day 1's 3520-04 (same headline, near-verbatim body) on the next day -> importance 1; duplicate_of null because the original is in another seed."),
  ]))

SEEDS.append(dict(id="3532", name="3532_ulpha-textlive", ext="txt", source="Ulpha Report", zone="UTC", render=r_ulpha, author="Tomasz Ryba", page_author="Tomasz Ryba",
  title="Ukraine latest: Russia blames US-made missiles for Crimea casualties", dateline="Sunday, June 23, 2024",
  lede="Updates through the day from our Europe desk. Times are GMT.", fmt="text live, oldest first, '1409 GMT' stamp line then headline, one page byline",
  notes="Invented outlet. Text live page for 23 Jun 2024, oldest first; 'HHMM GMT' stamp lines (GMT = UTC) before each headline; one page byline 'Compiled by Tomasz Ryba' used as every entry's author. 1415 GMT repeats 1409 GMT nearly verbatim.",
  not_entries=["masthead and section line", "title, 'Compiled by' line, date line, intro", "'This live page has now closed.'", "footer"],
  entries=[
  E("2024-06-23 05:40", "Two killed as Russian shells hit Kherson region villages",
    ["Russian shelling of two villages in the Kherson region overnight killed two residents, the regional governor Oleksandr Prokudin said."],
    "strikes", "strikes", 3, "kherson-region-shelling-2024-06-23"),
  E("2024-06-23 09:25", "Missiles launched at Sevastopol, governor says",
    ["Air defences were repelling a missile attack on Sevastopol, the city's Russian-appointed governor said, adding that one person had been killed."],
    "strikes", "strikes", 3, SV),
  E("2024-06-23 11:40", "Analysis: What longer-range missiles change for Crimea",
    ["Western missiles with ranges of up to 300km put all of Crimea within Ukraine's reach, from airfields to air-defence radars.",
     "Kyiv has used them mostly against military targets, but Moscow says civilians have been hit by debris."],
    "strikes", "strikes", 2, "analysis-long-range-missiles-crimea", n="Theme piece (analysis with body): own story, not the Sevastopol event -> 2."),
  E("2024-06-23 14:09", "Russia's defence ministry blames ATACMS for Sevastopol casualties",
    ["Russia's defence ministry said Ukraine fired five US-supplied ATACMS missiles with cluster warheads at Sevastopol and that four were shot down.",
     "It said the fragments of the fifth exploded over a beach."],
    "strikes", "strikes", 3, SV),
  E("2024-06-23 14:15", "Russia's defence ministry blames ATACMS for Sevastopol casualties",
    ["Russia's defence ministry said Ukraine fired five US-supplied ATACMS missiles with cluster warheads at Sevastopol, and that four of them were shot down.",
     "It said the fragments of the fifth exploded over a beach."],
    "strikes", "strikes", 1, SV, dup="3532-04", n="Near-verbatim repeat of 3532-04 -> 1."),
  E("2024-06-23 17:30", "Zelensky: Russia dropped more than 800 guided bombs this week",
    ["President Volodymyr Zelensky said Russian aircraft had dropped more than 800 guided aerial bombs on Ukraine over the past week, most of them on the Kharkiv and Donetsk regions."],
    "strikes", "strikes", 2, "zelensky-weekly-guided-bomb-tally-2024-06-23",
    n="Weekly tally statement; must not merge with the Kharkiv apartment strike."),
  ]))

SEEDS.append(dict(id="3533", name="3533_walberswick-article", ext="html", source="Walberswick Journal", zone="Europe/London", render=r_walberswick,
  title="Sebastopol strike: Moscow vows response after beach casualties | Walberswick Journal",
  fmt="HTML article, NewsArticle JSON-LD (entity-encoded), '23 June 2024 19:05' date line, one entry",
  notes="Invented outlet. A single news article with the date line '23 June 2024 19:05' (UK time implied, BST = UTC+1 -> 18:05 UTC). Spells 'Sebastopol'.",
  not_entries=["header and nav", "'Share this article'", "'Most read' aside", "footer", "JSON-LD"],
  entries=[
  E("2024-06-23 19:05", "Sebastopol strike: Moscow vows response after beach casualties",
    ["Russia promised retaliation on Sunday after a missile attack on Sebastopol left bathers dead and wounded on a crowded beach.",
     "Officials in Crimea said at least four people had been killed, including two children, and more than a hundred injured.",
     "Kyiv did not comment on the strike, which Moscow blamed on American-made missiles."],
    "strikes", "strikes", 3, SV, a="Edward Lyle"),
  ]))

# =================================================================== PART B, day 3: 2024-08-20 (UTC)
SY = "seym-bridges-kursk-strike-2024-08-20"
SEEDS.append(dict(id="3540", name="3540_yarpole-worldatom", ext="xml", source="Yarpole World", zone="UTC", render=r_atom_world,
  title="Yarpole World: top stories", fmt="Atom, Z times, general world feed (4 of 6 off-beat)",
  notes="Invented outlet. General world Atom feed for 20 Aug 2024 (Z = UTC); spells the river 'Seim'.",
  not_entries=["feed title, link, id, updated"],
  entries=[
  E("2024-08-20 18:20", "Ukraine hits another Seim bridge in Russia's Kursk region",
    ["Ukrainian forces struck a further bridge across the Seim river in the Kursk region, Russian officials said, the third such crossing hit in a week."],
    "strikes", "strikes", 3, SY, a="Yarpole desk"),
  OFF("2024-08-20 16:00", "Philippines reports new mpox case",
    ["The Philippine health ministry confirmed a new mpox infection, days after the World Health Organization declared a global health emergency."],
    "philippines-mpox-case", n="Health."),
  OFF("2024-08-20 13:40", "Obama to headline second night of Democratic convention",
    ["Former President Barack Obama will speak in Chicago on Tuesday as Democrats rally behind Kamala Harris."],
    "dnc-obama-speech", n="US politics."),
  E("2024-08-20 11:15", "Modi to visit Kyiv on Friday, India says",
    ["Indian Prime Minister Narendra Modi will travel to Kyiv on Friday after a visit to Poland, India's foreign ministry said, the first trip by an Indian leader to independent Ukraine."],
    "diplomacy", "diplomacy", 3, "modi-kyiv-visit-announced", a="Yarpole desk"),
  OFF("2024-08-20 09:30", "Venezuela opposition calls new protests over disputed vote",
    ["Venezuela's opposition called supporters back onto the streets on Saturday to press its claim of victory in last month's presidential election."],
    "venezuela-election-protests", n="Venezuelan politics."),
  OFF("2024-08-20 06:10", "Blinken in Egypt to push Gaza truce deal",
    ["US Secretary of State Antony Blinken arrived in Egypt to seek support for a proposal to halt the fighting in Gaza and free hostages."],
    "blinken-egypt-gaza-truce", n="Gaza diplomacy, not this war."),
  ]))

SEEDS.append(dict(id="3541", name="3541_zeals-textlive", ext="txt", source="Zeals Daily", zone="Europe/London", render=r_zeals,
  title="Ukraine war: third Seym bridge hit as Kursk fighting goes on",
  lede="Kyiv's forces keep up pressure inside Russia's Kursk region.", fmt="text live, oldest first, Key Points, byline glued to '20 August 2024 06:07'",
  notes="Invented outlet. Text live for Tuesday 20 Aug 2024, oldest first; each post starts with the author's name glued to the date and time ('Olena Marchuk20 August 2024 06:07'), UK time (BST = UTC+1, stated once). Key Points block lists three headlines. 14:30 repeats 14:05 nearly verbatim with a reworded headline.",
  not_entries=["masthead and menu", "title and standfirst", "'Key Points' heading (its items are the entries' headlines)", "'Times are UK time (BST).'", "'Show more updates' and footer"],
  entries=[
  E("2024-08-20 06:07", "Russia says it downed 11 Ukrainian drones over border regions",
    ["Russia's defence ministry said air defences destroyed 11 Ukrainian drones over the Kursk, Belgorod and Voronezh regions overnight."],
    "strikes", "strikes", 2, "russia-drones-downed-border-regions-2024-08-20", a="Olena Marchuk"),
  E("2024-08-20 10:50", "Third Seym bridge hit, says Ukrainian air force commander",
    ["Ukraine's air force commander Mykola Oleshchuk posted footage of a strike on what he said was a third bridge over the Seym river in Russia's Kursk region.",
     "The bridges are used to supply Russian troops in the Glushkovo district."],
    "strikes", "strikes", 3, SY, a="Olena Marchuk", kp=True),
  E("2024-08-20 14:05", "Glide bombs hit Sumy region town, injuring five",
    ["Russian aircraft dropped two guided bombs on a town in Ukraine's Sumy region, injuring five people and damaging a school, the regional military administration said."],
    "strikes", "strikes", 3, "sumy-region-glide-bomb-strike-2024-08-20", a="Daniel Hart", kp=True,
    n="Russian strike on Ukraine's side of the border; must not merge with the Seym bridge strikes."),
  E("2024-08-20 14:30", "Glide bombs hit town in Sumy region, injuring five",
    ["Russian aircraft dropped two guided bombs on a town in Ukraine's Sumy region, injuring five people and damaging a school, the regional administration said."],
    "strikes", "strikes", 1, "sumy-region-glide-bomb-strike-2024-08-20", a="Daniel Hart", dup="3541-03",
    n="Near-verbatim repeat of 3541-03 -> 1."),
  E("2024-08-20 16:40", "Modi will travel to Kyiv after Warsaw stop",
    ["Narendra Modi will visit Kyiv on 23 August for talks with Volodymyr Zelensky, India's foreign ministry said.",
     "New Delhi has called for dialogue to end the war while keeping close ties with Moscow."],
    "diplomacy", "diplomacy", 3, "modi-kyiv-visit-announced", a="Daniel Hart", kp=True),
  E("2024-08-20 19:25", "Sweden unveils anti-drone package for Ukraine",
    ["Sweden will send Ukraine a package of anti-drone systems and radars worth about 400 million kronor, its defence minister Pål Jonson said."],
    "aid", "aid", 3, "sweden-anti-drone-package-2024-08-20", a="Daniel Hart",
    n="Must not merge with the Dutch F-16 munitions money."),
  E("2024-08-20 21:10", "Moscow vows to punish Kyiv over Seym bridge attacks",
    ["Russian foreign ministry spokeswoman Maria Zakharova said the strikes on the Seym bridges would be punished and accused Western countries of helping plan them."],
    "strikes", "strikes", 3, SY, a="Olena Marchuk", sec=["diplomacy"],
    n="Reaction about the bridge strikes -> same story."),
  ]))

SEEDS.append(dict(id="3542", name="3542_saxtead-graphlive", ext="html", source="Saxtead Review", zone="America/New_York", render=r_saxtead,
  title="Ukraine's Kursk incursion: live updates", url="https://saxtead-review.example/world/kursk-live",
  lede="Our national security team tracks the fighting and the diplomacy.", dateline="Tuesday, August 20, 2024 · All times Eastern",
  fmt="HTML live, @graph JSON-LD with @type array, '8:35 p.m.' stamps (ET), newest first",
  notes="Invented outlet. HTML live page for 20 Aug 2024; stamps like '11:10 a.m.' in US Eastern time (EDT = UTC-4, stated in the date line); newest first; 7:05 a.m.-3:20 p.m. EDT = 11:05-19:20 UTC. JSON-LD in an @graph with @type [NewsArticle, LiveBlogPosting]. One Video teaser without body. Spells 'Glushkovo'.",
  not_entries=["header and nav", "title, dek, date line", "'Advertisement'", "footer", "JSON-LD"],
  entries=[
  E("2024-08-20 15:20", "Video: Satellite images show damaged crossing over the Seym", [],
    "strikes", "strikes", 1, SY, n="Video teaser, no body -> 1."),
  E("2024-08-20 13:45", "Netherlands earmarks funds for F-16 munitions",
    ["The Dutch government said it would spend an extra 300 million euros on munitions and spare parts for the F-16 fighter jets it is giving Ukraine."],
    "aid", "aid", 2, "netherlands-f16-munitions-2024-08-20", a="Rachel Moss",
    n="Different package from Sweden's anti-drone systems."),
  E("2024-08-20 11:10", "Kyiv strikes third bridge in Kursk region, Russian officials say",
    ["Russian officials said Ukrainian rockets had destroyed a bridge near the village of Zvannoye in the Glushkovo district, leaving one crossing over the river in the area.",
     "Russian military bloggers said the strikes were meant to cut off troops south of the river."],
    "strikes", "strikes", 3, SY, a="Rachel Moss"),
  E("2024-08-20 09:35", "Russian bombs wound five in Sumy region",
    ["Five people were wounded when Russian guided bombs fell on a town in northern Ukraine's Sumy region, local officials said."],
    "strikes", "strikes", 3, "sumy-region-glide-bomb-strike-2024-08-20", a="Jamal Keyes"),
  E("2024-08-20 07:05", "Zelensky says Kursk push aims to shield border communities",
    ["Volodymyr Zelensky said the main goal of the Kursk operation was to create a buffer zone that would stop Russian shelling of Ukraine's border towns."],
    "other", "frontline", 2, "zelensky-kursk-operation-aims", a="Jamal Keyes",
    n="Statement on ground-operation goals; different official and subject from Ushakov's no-talks remark."),
  ]))

SEEDS.append(dict(id="3543", name="3543_tideswell-rss", ext="xml", source="Tideswell Bulletin", zone="Europe/Kyiv", render=r_tideswell,
  title="Tideswell Bulletin — Ukraine", fmt="RSS 2.0, +0300 pubDate, entity-escaped descriptions, <author>",
  notes="Invented outlet. War-focused RSS for 20 Aug 2024; pubDate +0300 (Kyiv EEST); newest first; 12:10-23:30 Kyiv = 09:10-20:30 UTC. Spells 'Hlushkove' district.",
  not_entries=["channel title/link/description"],
  entries=[
  E("2024-08-20 23:30", "Analysis: Two weeks into Kursk, what has Ukraine gained?",
    ["Two weeks after Ukrainian troops crossed into Russia, Kyiv holds dozens of villages but faces growing pressure in Donbas.",
     "Analysts say the operation's value may depend on whether Moscow keeps pulling units from the east."],
    "other", "frontline", 2, "analysis-kursk-incursion-two-weeks", a="Halyna Voitko", n="Theme piece (analysis with body): own story -> 2."),
  E("2024-08-20 22:15", "Sweden's new package focuses on anti-drone systems",
    ["Stockholm's latest military aid for Ukraine is built around systems to detect and shoot down drones, the Swedish defence ministry announced."],
    "aid", "aid", 3, "sweden-anti-drone-package-2024-08-20", a="Halyna Voitko"),
  E("2024-08-20 17:20", "Kursk governor says bridge in Hlushkove district destroyed",
    ["Kursk's acting governor Alexei Smirnov said a bridge in the Hlushkove district had been destroyed by a Ukrainian strike and that residents were being evacuated.",
     "It is the third crossing over the Seym hit since Friday."],
    "strikes", "strikes", 3, SY, a="Petro Danyliuk"),
  E("2024-08-20 12:10", "Kremlin aide: no talks with Kyiv after Kursk incursion",
    ["Kremlin foreign policy aide Yuri Ushakov said there could be no negotiations with Ukraine for now because of its attack on the Kursk region."],
    "diplomacy", "diplomacy", 2, "ushakov-no-talks-after-kursk", a="Petro Danyliuk"),
  ]))

# =================================================================== emit
DAYS = {"day1": ["3520", "3521", "3522", "3523"], "day2": ["3530", "3531", "3532", "3533"], "day3": ["3540", "3541", "3542", "3543"]}
BASIS = {
  "r_khmer": "stamp '{s}' (full date and time, ICT = UTC+7)",
  "r_irrawaddy": "stamp '{s}' under the page date line ({d}); Myanmar time (intro), MMT = UTC+6:30",
  "r_gdn": "relative stamp '{s}' resolved against the printed 'Updated 22 April 2024, 23:10 (Bahrain time)' (UTC+3)",
  "r_hayom": "stamp '{s}' on the page's date line ({d}); Israel time, IDT = UTC+3",
  "r_slotimes": "pubDate '{s}' (explicit offset)",
  "r_ipn": "bare stamp '{s}'; the page prints no date, so --date 2024-10-16 plus newest-first order; Tbilisi GET = UTC+4",
  "r_daryo": "no per-bullet time; the article dateline ({d} 21:40, Tashkent UTC+5) used for every bullet",
  "r_brecorder": "stamp '{s}' (date and 12 h time); Pakistan time implied by the outlet, PKT = UTC+5",
  "r_fiji": "stamp '{s}' (date and 12 h time); Fiji time implied by the outlet, FJT = UTC+12, so the UTC date is the previous day",
  "r_abrasil": "dc:date '{s}' (explicit offset)",
  "r_strathy": "stamp '{s}' on the page's date line ({d}); BST = UTC+1",
  "r_tollerton": "stamp '{s}' with <time datetime> (+03:00) on {d}; Kyiv EEST",
  "r_rss_world": "pubDate '{s}' (GMT = UTC)",
  "r_atom_world": "<published> '{s}' (Z = UTC)",
  "r_textarticle": "article date line '{s}' (BST = UTC+1)",
  "r_swanage": "stamp '{s}' on the page's date line ({d}); BST = UTC+1",
  "r_ulpha": "stamp '{s}' on the page's date line ({d}); GMT = UTC",
  "r_walberswick": "article date line '{s}'; UK time implied, BST = UTC+1",
  "r_zeals": "stamp '{s}' (date and time glued to the author's name); UK time stated once, BST = UTC+1",
  "r_saxtead": "stamp '{s}' on the page's date line ({d}); 'All times Eastern', EDT = UTC-4",
  "r_tideswell": "pubDate '{s}' (explicit offset)",
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
            basis = BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"))
            if e.get("basis"):
                basis += "; " + e["basis"]
            g = {"id": f"{S['id']}-{i+1:02d}", "headline": e["h"], "stamp": stamps[i],
                 "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                 "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                 "published_basis": basis,
                 "author": e["a"] if e["a"] else S.get("page_author"),
                 "first_sentence": first_sentence(e["p"][0]) if e["p"] else None,
                 "body_paragraphs": len(e["p"]),
                 "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                 "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"],
                 "notes": e["n"] or ""}
            ents.append(g)
        gold = {"seed": fn, "source": S["source"], "page_title": S["title"], "page_timezone": S["zone"],
                "notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]}
        if S.get("parse_date"):
            gold["parse_args"] = ["--date", S["parse_date"]]
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print(fn, len(ents))


if __name__ == "__main__":
    main()

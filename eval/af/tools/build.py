#!/usr/bin/env python3
"""Builds eval/af seeds and gold files from the hand-written table below.
All news text is invented or paraphrased in the tester's own words; Part B outlets are invented. Deterministic.
Run: python3 eval/af/tools/build.py"""
import json, html, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DAYNAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


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


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:60]


def ampm(d, style):
    hh = d.hour % 12 or 12
    if style == "a.m.":
        return f"{hh}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'}"
    if style == "dotam":
        return f"{hh}.{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"
    if style == "colam":
        return f"{hh}:{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"
    if style == "0am":
        return f"{hh:02d}:{d.minute:02d} {'am' if d.hour < 12 else 'pm'}"
    raise ValueError(style)


def txt_paras(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def ld_entities(s):
    """CMS-style escaping inside JSON-LD strings (apostrophes and quotes as HTML entities)."""
    return s.replace("&", "&amp;").replace("'", "&#039;").replace("\u2019", "&#8217;").replace('"', "&quot;")

# =============================================================== Part A renderers


def r_rudaw(S):  # text scrape of a live page: bare HH:MM line before the headline, newest first, no date anywhere
    L = ["Rudaw", "English | Kurdî | Soranî | Türkçe | عربي", "",
         "Home   Kurdistan   Iraq   Middle East   World   Economy   Sport   Culture   Opinion   Videos   Photos", "Search", "",
         "LIVE", S["title"], "", S["lede"], "", "Share on Facebook   Share on Twitter   Share on WhatsApp   Copy link", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        st = dt(e["t"], S["zone"]).strftime("%H:%M"); stamps.append(st)
        L += [st, e["h"], ""] + txt_paras(e["p"])
        if i == 2:
            L += ["Read more: Kurdistan Region ministry sends winter aid convoy to Sinjar camps", ""]
    L += ["Load more updates", "", "Most Read", "Erbil marks anniversary of Halabja memorial reopening", "Baghdad and Erbil discuss budget shares", "",
          "Rudaw uses cookies to improve your experience. By continuing you accept our policy.  Accept", "",
          "About Rudaw   Contact   Careers   Privacy Policy", "Rudaw Media Network. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_lorient(S):  # HTML live; "8:35 p.m." stamps; date dividers; crosses local midnight; LiveBlogPosting JSON-LD with entities
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{9100 + i}", "headline": ld_entities(e["h"]),
             "datePublished": d.isoformat(), "articleBody": ld_entities(" ".join(e["p"]))}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": ld_entities(S["title"]),
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": "L&#039;Orient Today"}, "liveBlogUpdate": ups}
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - L'Orient Today</title>",
           '<meta property="og:site_name" content="L\'Orient Today">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>", "</head><body>",
           '<header class="site-header"><a class="brand" href="/">L\'Orient Today</a>',
           '<nav><a href="/lebanon">Lebanon</a> <a href="/region">Region</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/culture">Culture</a> <a href="/opinion">Opinion</a></nav>',
           '<a class="subscribe" href="/subscribe">Subscribe</a> <a href="/login">Log in</a></header>',
           '<main class="live"><span class="live-badge">LIVE</span>', f"<h1>{esc(S['title'])}</h1>",
           f'<p class="standfirst">{esc(S["lede"])}</p>', f'<p class="pubdate">{esc(S["pubdate"])}</p>',
           '<div class="share"><button>Facebook</button><button>X</button><button>WhatsApp</button><button>Copy link</button></div>',
           '<section class="live-feed">']
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        lab = f"{DAYNAMES[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"
        if lab != cur:
            cur = lab; out.append(f'<h2 class="day-divider">{lab}</h2>')
        st = ampm(d, "a.m."); stamps.append(st)
        out.append(f'<article class="live-post" id="post-{9100 + i}"><span class="post-time">{st}</span>')
        out.append(f"<h3>{esc(e['h'])}</h3>")
        if e["a"]:
            out.append(f'<p class="post-author">{esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if not e["p"]:
            out.append(f'<div class="video-embed" data-src="https://player.example/lot{9100 + i}"></div>')
        out.append("</article>")
        if i == 3:
            out.append('<aside class="newsletter"><p>Get our morning newsletter</p><input placeholder="Your email"><button>Sign up</button></aside>')
    out += ["</section>", '<aside class="related"><h4>Related</h4><a href="/article/1">Beirut port silos: what remains two years on</a>',
            '<a href="/article/2">Lebanese expats in Ukraine weigh return</a></aside>', "</main>",
            "<footer><p>© L'Orient Today</p><a href=\"/privacy\">Privacy</a> <a href=\"/terms\">Terms</a></footer>", "</body></html>"]
    return "\n".join(out) + "\n", stamps


def r_atom(S):  # Atom 1.0 with local offsets; html content entity-escaped
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
           f"<title>{esc(S['title'])}</title>", f'<link rel="alternate" href="{S["site"]}"/>', f'<link rel="self" href="{S["site"]}feed/atom/"/>',
           f"<id>{S['site']}feed/atom/</id>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.isoformat().replace("+00:00", "Z") if S.get("zulu") else d.isoformat()
        stamps.append(st)
        if i == 0:
            out.append(f"<updated>{st}</updated>")
        out.append("<entry>")
        out.append(f'<title type="html">{esc(esc(e["h"]))}</title>')
        out.append(f'<link rel="alternate" href="{S["site"]}{d.strftime("%Y/%m")}/{S["id"]}{i:02d}/{slug(e["h"])}/"/>')
        out.append(f"<id>{S['site']}?p={S['id']}{i:02d}</id>")
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        out.append(f"<published>{st}</published>")
        out.append(f"<updated>{st}</updated>")
        out.append(f'<category term="{S.get("category", "World")}"/>')
        body = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        out.append(f'<content type="html">{esc(body)}</content>')
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_monitor(S):  # text scrape of a section listing: relative stamps against a printed "Updated" anchor (EAT)
    z = S["zone"]; anchor = dt(S["anchor"], z)
    L = ["Monitor", "Subscribe   Sign in", "",
         "News   National   Business   Sports   Magazines   World   Africa   Commentary   Podcasts   ePaper", "",
         "We use cookies to give you the best experience. By using this site you agree to our cookie policy. Accept", "",
         "World", S["title"], f"Updated {DAYNAMES[anchor.weekday()]} {MONTHS[anchor.month - 1]} {anchor.day} {anchor.year} • {anchor:%H:%M} EAT", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        mins = int((anchor - dt(e["t"], z)).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} minutes ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hour ago" if mins == 60 else f"{mins // 60} hours ago"
        stamps.append(st)
        L += [e["h"], f"By {e['a']}" if e["a"] else "", st, ""] + txt_paras(e["p"]) + ["Read more", ""]
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["Load more", "", "Trending", "Why boda boda riders are protesting new fees", "", "Nation Media Group © Monitor Publications Ltd",
          "About us   Contact us   Privacy policy   Terms of use"]
    return "\n".join(L) + "\n", stamps


def r_vanguard(S):  # WordPress RSS 2.0: pubDate in +0000 although the site is in Lagos; content:encoded with "The post ... appeared first" line
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           "<channel>", f"<title>{esc(S['title'])}</title>", "<link>https://www.vanguardngr.com</link>",
           '<atom:link href="https://www.vanguardngr.com/category/world/feed/" rel="self" type="application/rss+xml"/>',
           "<description>Vanguard News Nigeria</description>", "<language>en-US</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], S["zone"]).astimezone(UTC)
        st = d.strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        if i == 0:
            out.append(f"<lastBuildDate>{st}</lastBuildDate>")
        link = f"https://www.vanguardngr.com/{d:%Y/%m}/{slug(e['h'])}/"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{link}</link>", f"<dc:creator><![CDATA[{e['a']}]]></dc:creator>",
                f"<pubDate>{st}</pubDate>", "<category><![CDATA[World]]></category>", f'<guid isPermaLink="false">https://www.vanguardngr.com/?p={S["id"]}{i:02d}</guid>']
        teaser = first_sentence(e["p"][0]) if e["p"] else ""
        out.append(f"<description><![CDATA[{teaser} [&#8230;]]]></description>")
        body = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        body += f'<p>The post <a href="{link}">{esc(e["h"])}</a> appeared first on <a href="https://www.vanguardngr.com">Vanguard News</a>.</p>'
        out += [f"<content:encoded><![CDATA[{body}]]></content:encoded>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_mg(S):  # HTML article with a timeline: date line above it, "2.35pm" stamps in <strong>, one page byline, NewsArticle JSON-LD
    z = S["zone"]
    d0 = dt(S["entries"][0]["t"], z); d1 = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(),
          "dateModified": d1.isoformat(), "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "The Mail &amp; Guardian"}, "mainEntityOfPage": S["url"]}
    out = ["<!DOCTYPE html>", '<html lang="en-ZA"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} &#8211; The Mail &amp; Guardian</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>", "</head><body>",
           '<header><a class="logo" href="/">Mail &amp; Guardian</a><nav><a href="/news">News</a> <a href="/africa">Africa</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/friday">Friday</a></nav><a class="subscribe" href="/subscribe">Subscribe</a></header>',
           "<main><article>", f'<p class="kicker">World</p><h1>{esc(S["title"])}</h1>',
           f'<p class="byline">{esc(S["byline"])}</p>', f'<p class="date">{esc(S["publine"])}</p>',
           '<ul class="share"><li>Share on Facebook</li><li>Share on X</li><li>Share on LinkedIn</li><li>Email</li></ul>',
           f'<p class="intro">{esc(S["lede"])}</p>', f'<p class="timeline-date"><strong>{DAYNAMES[d0.weekday()]} {d0.day} {MONTHS[d0.month - 1]} {d0.year}</strong></p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        st = ampm(dt(e["t"], z), "dotam"); stamps.append(st)
        out.append(f'<div class="tl-item"><p><strong>{st}</strong></p><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
        if i == 2:
            out.append('<div class="newsletter-box"><p>Sign up for the M&amp;G’s daily newsletter</p><input type="email"><button>Subscribe</button></div>')
    out += ["</article>", '<aside><h4>Read more</h4><a href="/a1">Load-shedding eases as winter demand drops</a> <a href="/a2">What BRICS expansion could mean for the rand</a></aside>',
            "</main>", "<footer><p>© 2023 M&amp;G Media</p><a href=\"/privacy\">Privacy policy</a> <a href=\"/contact\">Contact us</a></footer>", "</body></html>"]
    return "\n".join(out) + "\n", stamps


def r_sbs(S):  # HTML article: one "Key events" bullet list, each bullet one event; no per-bullet time; Published line; NewsArticle JSON-LD
    z = S["zone"]; d = dt(S["entries"][0]["t"], z)
    pub = f"Published {d.day} {MONTHS[d.month - 1]} {d.year} {ampm(d, 'colam')}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d.isoformat(),
          "dateModified": d.isoformat(), "author": {"@type": "Organization", "name": "SBS News"}, "publisher": {"@type": "Organization", "name": "SBS"}}
    out = ["<!DOCTYPE html>", '<html lang="en-AU"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | SBS News</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>", "</head><body>",
           '<header><a href="/news">SBS News</a><nav><a href="/news/latest">Latest</a> <a href="/news/australia">Australia</a> <a href="/news/world">World</a> <a href="/news/politics">Politics</a> <a href="/news/the-feed">The Feed</a> <a href="/news/podcasts">Podcasts</a></nav><a href="/ondemand">SBS On Demand</a></header>',
           "<main><article>", f"<h1>{esc(S['title'])}</h1>", f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="meta"><span>{pub}</span> <span>Source: Reuters, SBS</span></p>',
           '<div class="share"><a>Share</a> <a>Facebook</a> <a>X</a> <a>Copy link</a></div>',
           '<figure><img src="/img/kherson.jpg" alt=""><figcaption>Residents wade through floodwater in a Kherson district. Source: AAP</figcaption></figure>',
           "<h2>Key events</h2>", "<ul>"]
    stamps = []
    for e in S["entries"]:
        stamps.append(None)
        out.append(f"<li>{esc(' '.join(e['p']))}</li>")
    out += ["</ul>", '<p class="cta">Listen to SBS News at 6pm on SBS Radio 1 or on the SBS Audio app.</p>', "</article>",
            '<aside><h3>Related</h3><a href="/r1">Inside the race to reach flooded villages</a> <a href="/r2">Who controls the Nova Kakhovka plant?</a></aside>',
            "</main>", "<footer><p>© SBS 2023</p><a>Privacy</a> <a>Terms and conditions</a></footer>", "</body></html>"]
    return "\n".join(out) + "\n", stamps


def r_scroll(S):  # text scrape of a tag listing: headline, byline line, "Jan 26, 2023 · 08:35 pm" line AFTER the headline, excerpt
    z = S["zone"]
    L = ["Scroll.in", "Latest   Video   India   World   Politics   Culture   Opinion   Global", "Sign in   Membership", "", "Topic", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{d:%b} {d.day}, {d.year} · {ampm(d, '0am')}"; stamps.append(st)
        L += [e["h"], e["a"], st, ""] + txt_paras(e["p"])
        if i == 3:
            L += ["Support our journalism. Become a Scroll member.", ""]
    L += ["More stories", "", "We use cookies to improve your experience. Read our Privacy Policy.   OK", "",
          "About Us   Contact Us   Terms & Conditions   Privacy Policy", "© 2023 Scroll.in"]
    return "\n".join(L) + "\n", stamps


def r_hkfp(S):  # HTML tag listing: <time> "18 October 2023 14:12", "by AFP" lines, excerpts, Read more
    z = S["zone"]
    out = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>", "</head><body>",
           '<div class="top-bar"><a href="/support">Support HKFP</a> <a href="/newsletter">Newsletter</a></div>',
           '<header><a class="logo" href="/">Hong Kong Free Press HKFP</a><nav><a href="/hong-kong">Hong Kong</a> <a href="/china">China</a> <a href="/world">World</a> <a href="/politics">Politics</a> <a href="/opinion">Opinion</a> <a href="/hkfp-lens">HKFP Lens</a></nav></header>',
           "<main>", f'<h1 class="archive-title">Tag: {esc(S["tag"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{d.day} {MONTHS[d.month - 1]} {d.year} {d:%H:%M}"; stamps.append(st)
        out.append('<article class="post">')
        out.append(f'<h2 class="entry-title"><a href="https://hongkongfp.com/{d:%Y/%m/%d}/{slug(e["h"])}/">{esc(e["h"])}</a></h2>')
        out.append(f'<div class="entry-meta">by <a class="author">{esc(e["a"])}</a> <time datetime="{d.isoformat()}">{st}</time></div>')
        out += [f'<p class="excerpt">{esc(p)}</p>' for p in e["p"]]
        out.append('<a class="more-link">Read more</a></article>')
        if i == 2:
            out.append('<div class="support-box"><p>Support independent journalism in Hong Kong. Help safeguard press freedom &amp; keep HKFP free for all readers.</p><a>Contribute</a></div>')
    out += ['<nav class="pagination"><a>Older posts</a></nav>', "</main>",
            "<footer><p>Hong Kong Free Press is a non-profit news outlet.</p><a>Privacy</a> <a>Ethics</a> <a>Corrections</a></footer>", "</body></html>"]
    return "\n".join(out) + "\n", stamps


def r_dutch(S):  # text scrape: headline, author name glued to "18 August 2023 06:07" (no author: date alone), body
    z = S["zone"]
    L = ["DutchNews.nl", "Become a member   Log in", "News   Politics   Economy   Society   Sport   Opinion   Dutch Q&A   Property", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{e['a'] or ''}{d.day} {MONTHS[d.month - 1]} {d.year} {d:%H:%M}"; stamps.append(st)
        L += [e["h"], st, ""] + txt_paras(e["p"])
        if i == 1:
            L += ["Thank you for donating to DutchNews.nl. We could not provide the Dutch News service without you.", ""]
        if i == 4:
            L += ["Related: The Netherlands in numbers: summer holidays", ""]
    L += ["Popular", "", "DutchNews.nl uses cookies. Accept all   Settings", "", "Contact   Advertise   Privacy", "Copyright DutchNews.nl"]
    return "\n".join(L) + "\n", stamps

# =============================================================== Part B renderers


def r_gargrave(S):  # text live, OLDEST first, "Key Points" list at top, "HH:MM BST" line, headline, body, "Reporting by" line
    z = S["zone"]; d0 = dt(S["entries"][0]["t"], z)
    L = ["GARGRAVE DAILY", "World | UK | Business | Sport | Weather", "", S["title"],
         f"{DAYNAMES[d0.weekday()]} {d0.day} {MONTHS[d0.month - 1]} {d0.year} · All times BST · Oldest first", "", "Key Points", ""]
    for e in S["entries"]:
        if e["kp"]:
            L.append("• " + e["h"])
    L += ["", "Share   Save", ""]
    stamps = []
    for e in S["entries"]:
        st = dt(e["t"], z).strftime("%H:%M BST"); stamps.append(st)
        L += [st, e["h"], ""] + txt_paras(e["p"]) + [f"Reporting by {e['a']}", ""]
    L += ["This live page has now closed.", "", "Gargrave Daily © 2023   Cookies   Terms"]
    return "\n".join(L) + "\n", stamps


def r_kettlewell(S):  # HTML live, newest first, <time datetime> HH:MM, date dividers (crosses midnight), LiveBlogPosting JSON-LD per update
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#u{i + 1}", "headline": e["h"], "datePublished": d.isoformat()}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "Organization", "name": "Kettlewell Review"}, "liveBlogUpdate": ups}
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Kettlewell Review</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>", "</head><body>",
           '<header><a class="logo">Kettlewell Review</a><nav><a>Ukraine</a> <a>Europe</a> <a>Analysis</a> <a>Podcast</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="lede">{esc(S["lede"])}</p>', '<p class="note">Times are Kyiv time (EEST).</p>']
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        lab = f"{d.day} {MONTHS[d.month - 1]}"
        if lab != cur:
            cur = lab; out.append(f'<div class="divider">{lab}</div>')
        st = d.strftime("%H:%M"); stamps.append(st)
        out.append(f'<article class="update" id="u{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="by">By {esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</article>")
    out += ['<aside class="newsletter"><p>Get the Kettlewell Review morning briefing</p><button>Sign up</button></aside>', "</main>",
            "<footer>© Kettlewell Review · <a>Privacy</a></footer>", "</body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss_world(S):  # RSS 2.0 general world feed; pubDate "GMT" or numeric offset; CDATA paragraphs
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', "<channel>",
           f"<title>{esc(S['title'])}</title>", f"<link>{S['site']}</link>", f"<description>{esc(S['desc'])}</description>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S GMT") if S.get("gmt") else d.strftime("%a, %d %b %Y %H:%M:%S %z")
        stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['site']}{d:%Y%m%d}/{slug(e['h'])}</link>",
                f'<guid isPermaLink="false">{S["id"]}-{i:02d}</guid>', f"<pubDate>{st}</pubDate>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out.append(f"<description><![CDATA[{''.join(f'<p>{p}</p>' for p in e['p'])}]]></description>")
        out.append("</item>")
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_textarticle(S):  # text article: title, byline, dateline with time, section headings; one entry per section, stamp null
    z = S["zone"]; d = dt(S["entries"][0]["t"], z)
    L = [S["outlet"].upper(), "News | World | Opinion | Sport", "", S["title"], "", f"By {S['byline']}",
         f"{DAYNAMES[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year} {d:%H:%M} BST", "", S["lede"], ""]
    stamps = []
    for e in S["entries"]:
        stamps.append(None)
        L += [e["h"], ""] + txt_paras(e["p"])
    L += ["Share this article: Email | Facebook | X", "", f"{S['outlet']} · Terms · Privacy · Contact"]
    return "\n".join(L) + "\n", stamps


def r_hutton(S):  # HTML live, no JSON-LD: "Updated 14:38 BST" above the h2, byline under it, newest first
    z = S["zone"]
    out = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Hutton Report</title>", "</head><body>",
           '<header><div class="brand">Hutton Report</div><nav><a>Home</a> <a>World</a> <a>Ukraine</a> <a>Money</a> <a>Sport</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="summary">{esc(S["lede"])}</p>', '<div class="share">Share this page <a>X</a> <a>Facebook</a> <a>Email</a></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        st = dt(e["t"], z).strftime("Updated %H:%M BST"); stamps.append(st)
        out.append(f'<div class="post"><p class="ts">{st}</p><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">{esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
        if i == 3:
            out.append('<div class="promo"><p>Read more: Inside Ukraine’s air-defence training camps</p></div>')
    out += ["</main>", f"<footer>© Hutton Report {S['year']}. <a>Cookie settings</a></footer>", "</body></html>"]
    return "\n".join(out) + "\n", stamps


def r_grinton(S):  # text live, OLDEST first, "1409 GMT" line then headline, "-- Grinton Live" sign-off at the end, a date line on top
    z = S["zone"]; d0 = dt(S["entries"][0]["t"], z)
    L = ["Grinton Live", "Home   Live   World   Europe   Newsletter", "", S["title"],
         f"{DAYNAMES[d0.weekday()]} {d0.day} {MONTHS[d0.month - 1]} {d0.year}", f"Compiled by {S['byline']}", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        st = dt(e["t"], z).strftime("%H%M GMT"); stamps.append(st)
        L += [st, e["h"], ""] + txt_paras(e["p"])
        if i == 3:
            L += ["Advertisement", ""]
    L += ["That is all from us today.", "", "Grinton Live · About · Contact · Privacy"]
    return "\n".join(L) + "\n", stamps


def r_masham(S):  # HTML article, two h2 sections, date line "Wednesday 28 June 2023 5.05pm BST", NewsArticle JSON-LD
    z = S["zone"]; d = dt(S["entries"][0]["t"], z)
    line = f"{DAYNAMES[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year} {ampm(d, 'dotam')} BST"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d.isoformat(),
          "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": "Masham Journal"}}
    out = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Masham Journal</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>", "</head><body>",
           '<header><span class="logo">Masham Journal</span><nav><a>News</a> <a>World</a> <a>Long reads</a></nav></header>',
           f"<main><article><h1>{esc(S['title'])}</h1>", f'<p class="byline">By {esc(S["byline"])}</p>', f'<p class="dateline">{line}</p>',
           f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for e in S["entries"]:
        stamps.append(None)
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
    out += ["</article>", '<aside><h3>More from Masham Journal</h3><a>How Belarus became Moscow’s forward base</a></aside>', "</main>",
            "<footer>Masham Journal · Privacy · Terms</footer>", "</body></html>"]
    return "\n".join(out) + "\n", stamps


def r_lastingham(S):  # text live, OLDEST first, "9:15 p.m. ET" stamps, date divider lines, "— NAME" signature after body
    z = S["zone"]
    L = ["LASTINGHAM DAILY", "U.S.   World   Politics   Business   Opinion", "", S["title"], S["lede"], ""]
    stamps = []; cur = None
    for e in S["entries"]:
        d = dt(e["t"], z)
        lab = f"{DAYNAMES[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"
        if lab != cur:
            cur = lab; L += [lab, ""]
        st = ampm(d, "a.m.") + " ET"; stamps.append(st)
        L += [st, e["h"], ""] + txt_paras(e["p"])
        if e["a"]:
            L += [f"— {e['a']}", ""]
    L += ["Follow our coverage of the war in Ukraine.", "", "© Lastingham Daily. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_kilburn(S):  # HTML live: @graph JSON-LD with @type array and entities; visible Key Points box; <time> HH:MM, newest first
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#p{i + 1}", "headline": ld_entities(e["h"]), "datePublished": d.isoformat()}
        if e["p"]:
            u["articleBody"] = ld_entities(" ".join(e["p"]))
        if e["a"]:
            u["author"] = [{"@type": "Person", "name": e["a"]}]
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": S["url"], "name": ld_entities(S["title"])},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"] + "#live", "headline": ld_entities(S["title"]),
         "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
         "liveBlogUpdate": ups}]}
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} — Kilburn Standard</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>", "</head><body>",
           '<header><a class="logo">Kilburn Standard</a><nav><a>Latest</a> <a>War in Ukraine</a> <a>Europe</a> <a>Newsletters</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="dek">{esc(S["lede"])}</p>', '<section class="key-points"><h2>Key Points</h2><ul>']
    for e in S["entries"]:
        if e["kp"]:
            out.append(f"<li>{esc(e['h'])}</li>")
    out += ["</ul></section>", '<p class="tz">All times Kyiv (UTC+3)</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M"); stamps.append(st)
        out.append(f'<article id="p{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<span class="author">{esc(e["a"])}</span>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if not e["p"]:
            out.append('<div class="video-player" data-id="kb-1017"></div>')
        out.append("</article>")
    out += ['<aside><h4>Most read</h4><a>Winter fuel: how Kyiv is storing gas</a></aside>', "</main>", "<footer>© Kilburn Standard</footer>", "</body></html>"]
    return "\n".join(out) + "\n", stamps


BASIS = {
    "r_rudaw": "bare stamp '{s}'; the page prints no date anywhere, so the day comes from the fetch date (parse_args --date {d}); Baghdad time (outlet's home zone, UTC+3)",
    "r_lorient": "stamp '{s}' under the day divider for {d}; Beirut time (outlet's home zone), EEST = UTC+3; JSON-LD datePublished agrees",
    "r_atom": "<published> '{s}' (explicit offset)",
    "r_monitor": "relative stamp '{s}' resolved against the printed 'Updated ... EAT' line (UTC+3)",
    "r_vanguard": "pubDate '{s}' (explicit +0000 offset = UTC; Lagos local is UTC+1)",
    "r_mg": "timeline stamp '{s}' under the date line {d}; South African time (outlet's home zone), SAST = UTC+2",
    "r_sbs": "no per-bullet time: the article's 'Published' time ({d}, Sydney AEST = UTC+10) is used for every bullet; the printed local date is the next day of the UTC date",
    "r_scroll": "stamp '{s}' (date and 12 h time); Indian time implied by the outlet, IST = UTC+5:30",
    "r_hkfp": "stamp '{s}' with <time datetime> (+08:00); Hong Kong time",
    "r_dutch": "stamp '{s}' (author name fused to date and time); Dutch local time implied by the outlet, CEST = UTC+2",
    "r_gargrave": "stamp '{s}' on the page's date {d}; BST = UTC+1",
    "r_kettlewell": "stamp '{s}' with <time datetime> (+03:00) under the divider for {d}; Kyiv EEST",
    "r_rss_world": "pubDate '{s}' (explicit zone)",
    "r_textarticle": "no per-section time; the article dateline ({d}, BST) is used for every section",
    "r_hutton": "stamp '{s}' on the page's date {d} (title date); BST = UTC+1",
    "r_grinton": "stamp '{s}' on the page's date line {d}; GMT = UTC",
    "r_masham": "no per-section time; the article date line ({d}, BST) is used for every section",
    "r_lastingham": "stamp '{s}' under the day line for {d}; ET in October = EDT = UTC-4",
    "r_kilburn": "stamp '{s}' with <time datetime> (+03:00) on {d}; Kyiv EEST",
}

SEEDS = []
# =============================================================== PART A: single pages

SEEDS.append(dict(id="3300", name="3300_rudaw-live", ext="txt", source="Rudaw", zone="Asia/Baghdad", render=r_rudaw,
  title="LIVE: Russia-Ukraine war updates", parse_args=["--date", "2023-01-18"],
  lede="Rudaw follows the war in Ukraine and reactions from Iraq and the Kurdistan Region through the day.",
  notes="Plain-text scrape of a Rudaw live page (Wednesday 18 January 2023). The page prints no date or year anywhere (only weekday words in bodies), hence parse_args --date 2023-01-18. Each update is a bare 'HH:MM' line, then the headline, then the body; newest first. Times are Baghdad/Erbil time (UTC+3), the outlet's home zone. One 'Watch:' video teaser without body. The Gulf Cup item is not about the war (off-beat). 7 stamp lines = 7 entries.",
  not_entries=["site name and language switcher", "navigation menu and 'Search'", "'LIVE' badge", "page title line", "lede line under the title", "share buttons line",
               "'Read more: Kurdistan Region ministry sends winter aid convoy to Sinjar camps' (related link)", "'Load more updates' button", "'Most Read' box with two links",
               "cookie notice", "footer links and rights line"],
  entries=[
  OFF("2023-01-18 22:15", "Basra counts down to Gulf Cup final",
      ["Thousands of fans lined up outside Basra International Stadium on Wednesday evening hoping for tickets to the final between Iraq and Oman.",
       "Provincial officials said extra buses would run from the city centre on match day."], "basra-gulf-cup-final", n="regional football; not about the war"),
  E("2023-01-18 19:30", "Zelensky asks Davos for a minute of silence for crash victims",
    ["Ukrainian President Volodymyr Zelensky opened his video address to the World Economic Forum by asking the hall to stand in silence for the people killed in Brovary.",
     "He then told Western leaders that slow decisions on tanks and air defence were costing Ukrainian lives."],
    "diplomacy", "diplomacy", 2, "zelensky-davos-address-2023-01-18", sec=["aid"]),
  E("2023-01-18 16:20", "Brovary crash toll revised to 14, including a child",
    ["Ukraine's emergency service lowered the number of people killed in the helicopter crash outside Kyiv to 14, after earlier counts had been higher.",
     "A child was among the dead on the ground, and 25 people, 11 of them children, were in hospital, officials said."],
    "other", "humanitarian", 3, "brovary-helicopter-crash-2023-01-18", n="Toll update of the morning crash (same story as 3300-07)."),
  E("2023-01-18 13:10", "Iraq's grain board says Black Sea delays have not hit wheat stocks",
    ["Iraq has enough wheat in its silos to last until the local harvest, the state grain board said, despite slower inspections of ships leaving Ukrainian ports.",
     "Baghdad buys most of its imported wheat from Australia and the United States, an official added."],
    "other", "humanitarian", 2, "iraq-wheat-stocks-black-sea-delays"),
  E("2023-01-18 11:45", "Watch: Fog and smoke over the Brovary crash site", [], "other", "politics", 1, "brovary-helicopter-crash-2023-01-18",
    n="Video teaser without body -> importance 1, story it shows."),
  E("2023-01-18 11:05", "Shelling kills two in Kherson, regional governor says",
    ["Russian artillery fire killed two civilians and wounded five in Kherson and nearby villages over the past day, governor Yaroslav Yanushevych said.",
     "A hospital building and several houses were damaged, he added."],
    "strikes", "strikes", 2, "kherson-shelling-2023-01-18"),
  E("2023-01-18 10:05", "Helicopter crashes by Kyiv kindergarten, interior minister among dead",
    ["A helicopter carrying the leadership of Ukraine's interior ministry came down next to a kindergarten in Brovary, on the eastern edge of Kyiv, on Wednesday morning.",
     "Interior Minister Denys Monastyrsky, his first deputy and the ministry's state secretary were on board, national police chief Ihor Klymenko said.",
     "The cause was not yet known; the area was covered in thick fog at the time."],
    "other", "politics", 3, "brovary-helicopter-crash-2023-01-18", n="Accident, not an attack: other/politics (minister killed)."),
  ]))

SEEDS.append(dict(id="3301", name="3301_lorient-today-live", ext="html", source="L'Orient Today", zone="Asia/Beirut", render=r_lorient,
  title="Russia-Ukraine war live: Missiles hit apartment blocks in Sloviansk", url="https://today.lorientlejour.com/article/live-ukraine-0414",
  pubdate="Published April 14, 2023", lede="Follow the day's developments in the war in Ukraine and their echoes in Lebanon and the region.",
  notes="L'Orient Today live page, newest first, stamps like '9:50 p.m.' under day dividers ('Saturday, April 15' above the two newest posts, 'Friday, April 14' above the rest). Beirut time UTC+3 (home zone; no zone printed), so the two posts after local midnight are still 14 April UTC. LiveBlogPosting JSON-LD carries per-update times (they agree) and HTML entities inside strings (&#039;, &quot;). Per-post authors where printed. One video teaser without body.",
  not_entries=["header brand, navigation, Subscribe / Log in", "'LIVE' badge", "standfirst", "'Published April 14, 2023' line", "share buttons", "day dividers",
               "newsletter sign-up box", "'Related' aside with two links", "footer"],
  entries=[
  E("2023-04-15 01:10", "Sloviansk toll climbs to 11 as search ends",
    ["Rescue crews in Sloviansk finished clearing the rubble of the two damaged apartment blocks late on Friday, and the number of dead rose to 11, Donetsk governor Pavlo Kyrylenko said.",
     "A two-year-old boy was among those killed, he said."],
    "strikes", "strikes", 3, "sloviansk-missile-strike-2023-04-14", a="Nadia Karam"),
  E("2023-04-15 00:20", "Cargo of Ukrainian wheat unloads at Beirut port",
    ["A bulk carrier that left Odesa under the Black Sea grain arrangement began unloading about 30,000 tonnes of wheat in Beirut, port officials said.",
     "Millers said the shipment would ease bread shortages for several weeks."],
    "other", "humanitarian", 2, "ukrainian-wheat-beirut-port-2023-04-14", a="Rami Chidiac"),
  E("2023-04-14 21:50", "Zelensky says Sloviansk attack proves Russia targets homes",
    ["In his evening address, Volodymyr Zelensky said the missiles that hit Sloviansk were aimed at ordinary homes and called for more air defence for frontline towns.",
     "He posted video of rescuers carrying a wounded woman out of a stairwell."],
    "strikes", "strikes", 3, "sloviansk-missile-strike-2023-04-14", sec=["aid"], a="Nadia Karam", n="Reaction about the attack itself -> same story."),
  E("2023-04-14 18:15", "Russia claims gains in two Bakhmut districts",
    ["Russia's defence ministry said its assault units had taken two more districts in the north and south of Bakhmut.",
     "Ukraine's ground forces commander said the defenders were holding on despite heavy losses."],
    "other", "frontline", 2, "bakhmut-districts-claim-2023-04-14", a="Rami Chidiac"),
  E("2023-04-14 15:40", "Pentagon leak suspect charged in Boston court",
    ["A 21-year-old member of the Massachusetts Air National Guard appeared before a federal judge in Boston on charges of removing and sharing classified documents, some of them about Ukraine's war effort.",
     "He did not enter a plea."],
    "other", "security", 2, "pentagon-leak-suspect-charged", a=None),
  E("2023-04-14 13:30", "Video: Smoke over Sloviansk after the strike", [], "strikes", "strikes", 1, "sloviansk-missile-strike-2023-04-14",
    n="Video teaser without body -> importance 1."),
  E("2023-04-14 12:05", "Russian missiles hit apartment blocks in Sloviansk, at least eight killed",
    ["At least eight people died when Russian missiles struck residential buildings in Sloviansk, in the Donetsk region, on Friday morning, local officials said.",
     "Around 20 people were injured, and several were believed to be trapped."],
    "strikes", "strikes", 3, "sloviansk-missile-strike-2023-04-14", a="Nadia Karam"),
  E("2023-04-14 09:10", "Germany clears Poland to send old MiG-29s to Kyiv",
    ["Berlin approved Poland's request to pass five MiG-29 fighter jets, inherited from East Germany's air force, on to Ukraine.",
     "The jets need German consent because they were originally sold with export conditions."],
    "aid", "aid", 2, "germany-approves-mig29-transfer", a="Rami Chidiac"),
  ]))

SEEDS.append(dict(id="3302", name="3302_morocco-world-news-atom", ext="xml", source="Morocco World News", zone="Africa/Casablanca", render=r_atom,
  title="Morocco World News - World", site="https://www.moroccoworldnews.com/", category="World",
  notes="Atom 1.0 feed of the World category, newest first, <published> with +01:00 (Morocco's standard offset in January 2023). Titles type html and content entity-escaped html. Two items are about Morocco and not the war (off-beat). One explainer about the truce (theme piece).",
  not_entries=["feed title, links and id", "feed-level <updated>", "category terms"],
  entries=[
  E("2023-01-06 21:40", "Kyiv says Russian guns kept firing after truce began",
    ["Ukrainian officials said Russian forces shelled positions and towns in the Donetsk region in the hours after Moscow's declared Christmas ceasefire took effect.",
     "The governor of the region said two houses were hit in Kramatorsk, with no casualties reported."],
    "strikes", "strikes", 3, "shelling-during-christmas-truce-2023-01-06", a="Salma Bennani"),
  E("2023-01-06 19:05", "Washington announces $3.75 billion package with Bradley vehicles",
    ["The United States unveiled a new round of military help for Ukraine and its neighbours worth about $3.75 billion, including dozens of Bradley fighting vehicles.",
     "Officials said the package also covers artillery rounds and armoured personnel carriers."],
    "aid", "aid", 3, "us-bradley-package-2023-01-06", a="Youssef Amrani"),
  OFF("2023-01-06 16:20", "Rain brings relief to Morocco's drought-hit farmers",
      ["Heavy rain fell across the Saiss plain and the Gharb region this week, lifting hopes for the cereal season after a dry autumn.",
       "Dam levels nevertheless remain well below last year's, the water ministry said."], "morocco-rain-farmers", a="Hajar Ouali", n="Moroccan weather and farming"),
  E("2023-01-06 13:00", "Orthodox Christmas truce starts as Kremlin orders a halt",
    ["A unilateral 36-hour ceasefire ordered by Vladimir Putin for Orthodox Christmas formally took effect at noon Moscow time.",
     "Kyiv dismissed the move as a ploy to let Russian forces regroup."],
    "diplomacy", "diplomacy", 3, "orthodox-christmas-truce-2023-01-06", a="Salma Bennani"),
  E("2023-01-06 10:30", "Germany confirms Marder fighting vehicles for Ukraine",
    ["Berlin said it would send around 40 Marder infantry fighting vehicles to Ukraine in the first quarter of the year, along with a Patriot air-defence battery.",
     "Chancellor Olaf Scholz's spokesman said the decision was coordinated with Washington."],
    "aid", "aid", 2, "germany-marder-pledge-2023-01-06", a="Youssef Amrani"),
  E("2023-01-06 08:15", "Explained: Why Kyiv rejects the Christmas ceasefire",
    ["Ukraine sees the short truce as a move aimed at foreign audiences rather than a real offer, because it was declared without talks and only by one side.",
     "Officials in Kyiv also point to earlier pauses that were used to move troops and supplies."],
    "diplomacy", "diplomacy", 2, "explainer-christmas-truce-rejection", a="Hajar Ouali", n="Explainer with body (theme piece) -> importance 2, own story."),
  ]))

SEEDS.append(dict(id="3303", name="3303_daily-monitor-world", ext="txt", source="Daily Monitor", zone="Africa/Kampala", render=r_monitor,
  title="Russia-Ukraine war", anchor="2023-06-16 22:40",
  notes="Plain-text scrape of the Daily Monitor (Uganda) world/topic listing. Each story: headline, 'By ...' line, relative stamp ('40 minutes ago', '2 hours ago'), one or two paragraphs, 'Read more'. Relative stamps are resolved against the printed 'Updated Friday June 16 2023 • 22:40 EAT' (UTC+3). One Uganda football item (off-beat).",
  not_entries=["masthead, Subscribe / Sign in", "navigation menu", "cookie notice", "section label 'World' and title", "'Updated ...' anchor line", "'Read more' after every story",
               "'ADVERTISEMENT'", "'Load more'", "'Trending' box", "footer"],
  entries=[
  E("2023-06-16 22:00", "Zelensky tells African envoys there can be no talks while Russian troops occupy Ukraine",
    ["Ukraine's president told a delegation of African leaders in Kyiv that negotiating with Moscow now would only freeze the war and the suffering.",
     "The mission, led by South Africa's Cyril Ramaphosa, travels to St Petersburg on Saturday to meet Vladimir Putin."],
    "diplomacy", "diplomacy", 3, "african-peace-mission-kyiv-2023-06-16", a="AFP"),
  E("2023-06-16 20:40", "Rugunda: Uganda wants the guns silenced, not sides taken",
    ["Uganda's special envoy Ruhakana Rugunda, who joined the African delegation in place of President Museveni, said the group had come to listen to both sides.",
     "He said the war's effect on food and fertiliser prices was being felt in Ugandan markets."],
    "diplomacy", "diplomacy", 3, "african-peace-mission-kyiv-2023-06-16", a="Moses Kiggundu", n="Statement made on the mission itself -> same story."),
  E("2023-06-16 18:40", "Sirens and blasts in Kyiv as African delegation arrives",
    ["Air-raid alerts sounded over Kyiv as the African leaders reached the capital, and Ukraine's air force said it shot down all six hypersonic and cruise missiles aimed at the city.",
     "Members of the South African security detail took cover in a hotel shelter."],
    "strikes", "strikes", 3, "kyiv-missile-attack-2023-06-16", a="Reuters"),
  E("2023-06-16 16:40", "Putin says first nuclear warheads now in Belarus",
    ["Vladimir Putin told an economic forum in St Petersburg that the first Russian tactical nuclear weapons had been moved to Belarus.",
     "He said the rest would follow by the end of the summer."],
    "other", "security", 2, "putin-nuclear-weapons-belarus-2023-06-16", a="AFP"),
  OFF("2023-06-16 14:40", "Cranes squad trains in Kampala ahead of Algeria qualifier",
      ["Uganda's national team held its last home session before flying out for Sunday's Africa Cup of Nations qualifier against Algeria."],
      "uganda-cranes-algeria-qualifier", a="Fred Ssenyonga", n="Ugandan football"),
  E("2023-06-16 12:40", "NATO defence ministers prepare Vilnius summit agenda",
    ["NATO defence ministers ended two days of meetings in Brussels with agreement on new regional defence plans to be approved at next month's summit in Vilnius.",
     "Ukraine's membership hopes were discussed but left to the leaders."],
    "diplomacy", "diplomacy", 2, "nato-defence-ministers-june-2023", a="AFP"),
  ]))

SEEDS.append(dict(id="3304", name="3304_vanguard-world-rss", ext="xml", source="Vanguard", zone="Africa/Lagos", render=r_vanguard,
  title="World Archives - Vanguard News",
  notes="WordPress RSS 2.0 of Vanguard's World category. pubDate carries +0000 (UTC) although the site is in Lagos (UTC+1). Each item has a one-sentence <description> teaser ending in [&#8230;] and the full text in content:encoded, which ends with the WordPress line 'The post ... appeared first on Vanguard News.' (not a body paragraph). One Nobel item is off-beat.",
  not_entries=["channel title, link and description", "lastBuildDate", "<description> teasers (repeat the first sentence)", "'The post ... appeared first on Vanguard News.' line in every item"],
  entries=[
  E("2023-10-06 22:10", "Hroza villagers bury victims of cafe strike",
    ["Funerals began in the village of Hroza in the Kharkiv region, a day after a Russian missile hit a cafe where residents had gathered for a wake.",
     "Ukrainian officials said 52 people died, roughly one in six of the village's inhabitants."],
    "other", "humanitarian", 2, "hroza-cafe-strike-2023-10-05", sec=["strikes"], a="Chinedu Okafor",
    n="Aftermath of the 5 October strike: funerals (humanitarian), importance 2."),
  OFF("2023-10-06 16:00", "Jailed Iranian activist Narges Mohammadi wins Nobel Peace Prize",
      ["The Norwegian Nobel Committee honoured Narges Mohammadi for her campaign against the oppression of women in Iran.",
       "She is serving a prison sentence in Tehran."], "nobel-peace-prize-2023", a="Agency Report", n="Nobel prize"),
  E("2023-10-06 14:30", "Ships keep using Ukraine's new Black Sea corridor, ministry says",
    ["Twelve cargo vessels have now left Odesa-area ports through a temporary route hugging the western Black Sea coast, Ukraine's infrastructure ministry said.",
     "Most carried grain and metal products."],
    "other", "humanitarian", 2, "ukraine-black-sea-corridor-shipments-2023-10-06", a="Chinedu Okafor"),
  E("2023-10-06 12:45", "EU leaders in Granada pledge continued support for Kyiv",
    ["European Union leaders meeting in Granada said they would keep backing Ukraine financially and militarily for as long as needed.",
     "Hungary's Viktor Orban again questioned the cost of the support."],
    "diplomacy", "diplomacy", 2, "eu-granada-summit-ukraine", a="Agency Report"),
  E("2023-10-06 09:20", "Russian lawmakers move to withdraw nuclear test ban ratification",
    ["The speaker of Russia's lower house said deputies would consider revoking the country's ratification of the global treaty banning nuclear tests.",
     "Vladimir Putin had said a day earlier that Moscow could mirror the United States, which signed but never ratified the pact."],
    "diplomacy", "diplomacy", 2, "russia-ctbt-deratification-plan", a="Agency Report"),
  E("2023-10-06 07:05", "Boy, 10, and grandmother killed in Kharkiv missile strike",
    ["A Russian missile struck a residential part of Kharkiv shortly after midnight, killing a ten-year-old boy and his grandmother, the regional governor said.",
     "About 30 people were wounded, including a baby."],
    "strikes", "strikes", 3, "kharkiv-strike-2023-10-06", a="Chinedu Okafor"),
  ]))

SEEDS.append(dict(id="3305", name="3305_mail-guardian-timeline", ext="html", source="Mail & Guardian", zone="Africa/Johannesburg", render=r_mg,
  title="BRICS summit opens as Russia’s war grinds on: Tuesday’s updates", url="https://mg.co.za/world/2023-08-22-brics-ukraine-updates/",
  byline="Thandeka Mokoena", publine="22 Aug 2023", lede="Our running account of the day, as Johannesburg hosts the BRICS leaders and the fighting in Ukraine continues.",
  notes="Mail & Guardian article with a timeline, oldest first. A date line 'Tuesday 22 August 2023' sits above the timeline; stamps are '9.05am'-style in <strong>. South African time (SAST, UTC+2), no zone printed. One page byline, used for every entry. NewsArticle JSON-LD only (no per-entry data). One video teaser without body.",
  not_entries=["header and navigation", "kicker 'World'", "byline line", "'22 Aug 2023' line", "share list", "intro paragraph", "timeline date line",
               "newsletter box", "'Read more' aside", "footer"],
  entries=[
  E("2023-08-22 09:05", "Moscow says drones downed over the capital region",
    ["Russia's defence ministry said air defences destroyed two Ukrainian drones over the Moscow region before dawn.",
     "Flights at Vnukovo and Domodedovo airports were briefly restricted."],
    "strikes", "strikes", 2, "moscow-drone-attack-2023-08-22"),
  E("2023-08-22 11:20", "Ukraine says troops pushed further south near Robotyne",
    ["Ukraine's deputy defence minister said soldiers had advanced several hundred metres south of Robotyne in the Zaporizhzhia region.",
     "Russian military bloggers described heavy fighting in the area."],
    "other", "frontline", 2, "robotyne-advance-2023-08-22"),
  E("2023-08-22 13:15", "SA millers watch wheat prices after Black Sea deal collapse",
    ["South African milling companies said they were watching global wheat prices closely since Moscow walked away from the grain arrangement in July.",
     "An industry body said bread prices would hold for now."],
    "other", "humanitarian", 2, "black-sea-grain-deal-wheat-prices-sa"),
  E("2023-08-22 14:35", "Russian bombs hit school in Romny, killing four",
    ["A Russian air strike hit a school building in Romny, in the Sumy region, in the middle of the day, killing at least four people, Ukrainian officials said.",
     "Staff were preparing the school for the new term when the attack came."],
    "strikes", "strikes", 3, "romny-school-strike-2023-08-22"),
  E("2023-08-22 18:40", "Ramaphosa opens BRICS summit; Putin speaks by video",
    ["President Cyril Ramaphosa welcomed BRICS leaders to the Sandton convention centre, calling for a fairer global financial system.",
     "Vladimir Putin, who is subject to an international arrest warrant, addressed the business forum by video link and defended Russia's actions in Ukraine."],
    "diplomacy", "diplomacy", 3, "brics-summit-johannesburg-2023-08-22"),
  E("2023-08-22 20:15", "Watch: BRICS leaders arrive in Sandton", [], "diplomacy", "diplomacy", 1, "brics-summit-johannesburg-2023-08-22",
    n="Video teaser without body -> importance 1."),
  ]))

SEEDS.append(dict(id="3306", name="3306_sbs-news-key-events", ext="html", source="SBS News", zone="Australia/Sydney", render=r_sbs,
  title="Kakhovka dam collapse: key events a day after the breach",
  lede="Floodwaters are still rising downstream of the destroyed dam in southern Ukraine. Here is what happened on Wednesday.",
  notes="SBS News article whose body is one 'Key events' bullet list; per the brief each bullet is one event/entry: headline null, first_sentence = the bullet's first sentence, one paragraph each, stamp null. No per-bullet time; the article's 'Published 8 June 2023 6:05am' (Sydney, AEST UTC+10) is used for every bullet = 2023-06-07 20:05 UTC, so the printed local date is the day after the UTC date. 'Key events' is not a 'Key Points' block listing headlines, so key_point is false. 'Source: Reuters, SBS' is a credit, not an author.",
  not_entries=["header and navigation", "standfirst", "'Published ...' and 'Source: Reuters, SBS' line", "share links", "photo caption", "'Key events' heading",
               "SBS Radio call to action", "'Related' aside", "footer"],
  entries=[
  E("2023-06-08 06:05", None,
    ["Floodwater from the broken Nova Kakhovka dam kept rising across the Kherson region on Wednesday, and Ukrainian officials said around 2,000 people had been moved to safety. Dozens of villages on both banks of the Dnipro were under water."],
    "other", "humanitarian", 3, "kakhovka-dam-flooding-2023-06-07"),
  E("2023-06-08 06:05", None,
    ["Russian artillery hit parts of Kherson city where evacuations were under way, Ukraine's interior minister said. Rescuers had to pause work in one district."],
    "strikes", "strikes", 3, "kherson-evacuation-shelling-2023-06-07"),
  E("2023-06-08 06:05", None,
    ["Vladimir Putin told Türkiye's President Recep Tayyip Erdoğan by phone that Kyiv was to blame for the dam's destruction. Erdoğan suggested an international commission could look into what happened."],
    "diplomacy", "diplomacy", 3, "putin-erdogan-call-kakhovka-dam"),
  E("2023-06-08 06:05", None,
    ["The International Atomic Energy Agency said the cooling pond at the Zaporizhzhia nuclear plant held enough water for several months even as the reservoir drained."],
    "other", "security", 2, "iaea-zaporizhzhia-cooling-water-2023-06-07"),
  E("2023-06-08 06:05", None,
    ["Ukraine's agriculture ministry warned that large areas of southern farmland could dry out without water from the reservoir. It said irrigation channels serving hundreds of thousands of hectares had been cut off."],
    "other", "humanitarian", 2, "kakhovka-irrigation-losses"),
  E("2023-06-08 06:05", None,
    ["Foreign Minister Penny Wong said Australia would give an additional $10 million in humanitarian support for people affected by the flooding. The money will go through the Red Cross and UN agencies."],
    "aid", "aid", 2, "australia-flood-aid-ukraine-2023-06-07"),
  ]))

SEEDS.append(dict(id="3307", name="3307_scroll-topic", ext="txt", source="Scroll.in", zone="Asia/Kolkata", render=r_scroll,
  title="Russia-Ukraine War",
  notes="Plain-text scrape of a Scroll.in topic listing, newest first. Each story: headline, credit line (Scroll Staff / agency), then the date-time line 'Jan 26, 2023 · 02:35 pm' after the headline, then a one-paragraph excerpt. India time (IST, UTC+5:30), implied. The top story is dated Jan 27 (00:50 IST) but is still 26 January in UTC (local midnight crossing). Agency credits count as authors. One Republic Day item is off-beat; one explainer is a theme piece.",
  not_entries=["site name and menus", "'Topic' label and topic title", "membership appeal after the fourth story", "'More stories'", "cookie notice", "footer"],
  entries=[
  E("2023-01-27 00:50", "Toll from Russia’s barrage rises to 11, Ukraine says",
    ["Eleven people were killed and a similar number hurt in Thursday's wave of Russian missiles and drones, Ukraine's emergency service said, as power cuts returned to several regions."],
    "strikes", "strikes", 3, "russian-missile-barrage-2023-01-26", a="AFP"),
  E("2023-01-26 22:45", "US names Wagner Group a transnational criminal organisation",
    ["The US Treasury designated the Russian mercenary outfit a transnational criminal organisation and added new sanctions on its suppliers."],
    "diplomacy", "diplomacy", 2, "us-wagner-tco-designation", a="Reuters"),
  E("2023-01-26 21:35", "Canada to send four Leopard 2 tanks to Ukraine",
    ["Defence Minister Anita Anand said Canada would ship four of its Leopard 2 battle tanks and send soldiers to help train Ukrainian crews."],
    "aid", "aid", 2, "canada-leopard-tanks-2023-01-26", a="Reuters"),
  E("2023-01-26 21:05", "Explainer: What the Abrams and Leopard pledges change on the battlefield",
    ["The tanks promised by Washington and Berlin this week will take months to arrive, and their impact depends on training, fuel and spare parts as much as on numbers."],
    "aid", "aid", 2, "explainer-western-tanks", a="Scroll Staff", n="Explainer with body (theme piece) -> own story, importance 2."),
  E("2023-01-26 18:40", "Kremlin says new tanks will be destroyed like earlier Western arms",
    ["Kremlin spokesperson Dmitry Peskov said the tanks promised by the West would not change the course of the war and would be destroyed like other supplied equipment."],
    "diplomacy", "diplomacy", 2, "western-tank-pledges-2023-01-25", sec=["aid"], a="AFP"),
  E("2023-01-26 14:35", "Russia fires missiles and drones across Ukraine; one killed in Kyiv",
    ["Russia launched dozens of missiles and attack drones at Ukraine on Thursday morning, a day after Germany and the US agreed to send tanks, killing at least one person in the capital."],
    "strikes", "strikes", 3, "russian-missile-barrage-2023-01-26", a="Scroll Staff"),
  OFF("2023-01-26 11:10", "Egypt’s Sisi watches Republic Day parade as chief guest",
      ["President Abdel Fattah el-Sisi of Egypt joined Prime Minister Narendra Modi on Kartavya Path for India's 74th Republic Day parade."],
      "india-republic-day-2023", a="Scroll Staff", n="Indian Republic Day parade"),
  ]))

SEEDS.append(dict(id="3308", name="3308_hkfp-tag-russia", ext="html", source="Hong Kong Free Press", zone="Asia/Hong_Kong", render=r_hkfp,
  title="Russia Archives - Hong Kong Free Press HKFP", tag="Russia",
  notes="HKFP tag listing (WordPress), newest first; each post: linked h2 headline, 'by AFP' meta with <time datetime> (+08:00) printing '18 October 2023 14:12', one excerpt paragraph, 'Read more'. Hong Kong time. The top post is dated 19 October local (00:45) but is 18 October UTC. One Hong Kong market item is off-beat. No JSON-LD.",
  not_entries=["top bar (Support HKFP, Newsletter)", "header and navigation", "archive title 'Tag: Russia'", "'Read more' links", "support box", "pagination", "footer"],
  entries=[
  E("2023-10-19 00:45", "Putin ends China visit with warning over US-supplied missiles",
    ["Vladimir Putin told reporters in Beijing that the American long-range missiles now used by Ukraine would only prolong the war and would not change the situation at the front."],
    "diplomacy", "diplomacy", 2, "putin-beijing-press-conference-2023-10-18", sec=["aid"], a="AFP"),
  E("2023-10-18 20:10", "Xi tells Putin their political trust keeps deepening",
    ["Chinese leader Xi Jinping told Vladimir Putin at talks in the Great Hall of the People that the two countries' mutual political trust was growing steadily."],
    "diplomacy", "diplomacy", 3, "xi-putin-talks-beijing-2023-10-18", a="AFP"),
  E("2023-10-18 19:25", "Russian parliament votes to revoke nuclear test ban ratification",
    ["Russia's lower house voted unanimously to withdraw the country's ratification of the Comprehensive Nuclear-Test-Ban Treaty."],
    "diplomacy", "diplomacy", 2, "russia-duma-ctbt-vote-2023-10-18", a="AFP"),
  OFF("2023-10-18 17:35", "Hang Seng slides as mainland developers drag on market",
      ["Hong Kong shares fell for a second day as property developers lost ground on worries about debt repayments."],
      "hang-seng-slide-2023-10-18", a="HKFP Staff", n="Hong Kong stock market"),
  E("2023-10-18 14:12", "Russian strike on Zaporizhzhia apartment block kills two",
    ["A Russian missile hit a nine-storey block in Zaporizhzhia overnight, killing two people and injuring several others, Ukrainian officials said."],
    "strikes", "strikes", 2, "zaporizhzhia-strike-2023-10-18", a="AFP"),
  E("2023-10-18 11:50", "Belt and Road forum opens in Beijing with Putin as main guest",
    ["Xi Jinping opened a forum marking ten years of the Belt and Road Initiative, with Vladimir Putin seated as the most prominent foreign guest."],
    "diplomacy", "diplomacy", 2, "belt-and-road-forum-opening-2023-10-18", a="AFP"),
  ]))

SEEDS.append(dict(id="3309", name="3309_dutchnews-listing", ext="txt", source="DutchNews.nl", zone="Europe/Amsterdam", render=r_dutch,
  title="News",
  notes="Plain-text scrape of a DutchNews.nl news listing, newest first. Under each headline a stamp line: where there is a byline the author name is fused to the date ('Rory van Dijk18 August 2023 21:15'), otherwise the date and time stand alone. Dutch local time (CEST, UTC+2), implied. One Schiphol item is off-beat.",
  not_entries=["site name, member/log-in links, menu", "section title 'News'", "donation appeal", "'Related: The Netherlands in numbers: summer holidays'", "'Popular'", "cookie notice", "footer"],
  entries=[
  E("2023-08-18 21:15", "Rutte welcomes US green light for F-16 transfer",
    ["Prime Minister Mark Rutte said he was pleased Washington had approved the handover of Dutch and Danish F-16 jets to Ukraine once pilots are trained.",
     "The cabinet has not said how many aircraft the Netherlands will send."],
    "aid", "aid", 3, "us-approves-f16-transfer-2023-08-18", a="Rory van Dijk"),
  E("2023-08-18 17:40", "F-16 training centre in Romania on schedule, defence minister says",
    ["Defence Minister Kajsa Ollongren said the training hub for Ukrainian F-16 pilots in Romania would open as planned, with Dutch instructors and aircraft."],
    "aid", "aid", 2, "f16-training-centre-romania"),
  OFF("2023-08-18 14:25", "Schiphol passengers face long queues as summer peak continues",
      ["Travellers were told to arrive four hours early on Friday as the airport expected one of the busiest days of the summer."],
      "schiphol-queues-2023-08-18", n="Dutch airport queues"),
  E("2023-08-18 11:30", "Drone hits Moscow business district, Russia says",
    ["A Ukrainian drone damaged an exhibition building in central Moscow after being hit by air defences, the Russian authorities said.",
     "Flights at the city's airports were briefly halted."],
    "strikes", "strikes", 2, "moscow-city-drone-2023-08-18"),
  E("2023-08-18 09:10", "Municipalities warn shelter for Ukrainians will run short by winter",
    ["Dutch local councils said they would run out of places for Ukrainian refugees within months unless the government found more large locations.",
     "About 90,000 Ukrainians are now living in the Netherlands."],
    "other", "humanitarian", 2, "dutch-ukrainian-refugee-housing", a="Esther Kamp"),
  E("2023-08-18 06:07", "Amsterdam court fines trader for breaking Russia sanctions",
    ["A court in Amsterdam fined a Dutch trading company for shipping aircraft parts to Russia in breach of EU sanctions."],
    "diplomacy", "diplomacy", 2, "amsterdam-sanctions-fine-2023-08-18"),
  ]))

# =============================================================== PART B, day 1: 2023-06-27 (UTC)
KRAM = "kramatorsk-restaurant-strike-2023-06-27"

SEEDS.append(dict(id="3320", name="3320_gargrave-textlive", ext="txt", source="Gargrave Daily", zone="Europe/London", render=r_gargrave,
  title="Ukraine war live: missile strikes Kramatorsk restaurant; Lukashenko says Prigozhin in Belarus",
  notes="Text live blog, OLDEST first; 'Key Points' list at the top names three entry headlines (key_point true). Each post: 'HH:MM BST' line, headline, body, 'Reporting by NAME'. Date from the line under the title; BST = UTC+1. 3320-05 repeats 3320-03 nearly verbatim under a slightly changed headline (duplicate).",
  not_entries=["masthead and menu", "page title", "date/time-zone line", "'Key Points' heading and its bullet list (repeats headlines)", "'Share   Save'",
               "'Reporting by' lines (used as author)", "'This live page has now closed.'", "footer"],
  entries=[
  E("2023-06-27 09:40", "Shelling kills man in Kherson's Korabel district",
    ["A 64-year-old man was killed when Russian shells hit the Korabel district of Kherson early on Tuesday, the regional administration said.",
     "Two more people were wounded in villages along the Dnipro."],
    "strikes", "strikes", 3, "kherson-shelling-2023-06-27", a="Ellen Marsh"),
  E("2023-06-27 11:15", "EU adds €3.5bn to fund that pays for Ukraine's weapons",
    ["European Union governments agreed to raise the ceiling of the European Peace Facility by 3.5 billion euros, the fund used to reimburse members for arms sent to Ukraine.",
     "Hungary had held up earlier payments from the fund."],
    "aid", "aid", 3, "eu-peace-facility-top-up-2023-06-27", a="Ellen Marsh", kp=True),
  E("2023-06-27 14:30", "Lukashenko confirms Prigozhin has arrived in Belarus",
    ["Belarusian leader Alexander Lukashenko told state media that Wagner chief Yevgeny Prigozhin was now in Belarus, days after the aborted mutiny.",
     "He said Wagner fighters could use an abandoned base if they wished."],
    "other", "politics", 3, "lukashenko-prigozhin-in-belarus", a="Ellen Marsh", kp=True),
  E("2023-06-27 16:05", "Putin tells troops the state paid for Wagner in full",
    ["Vladimir Putin said the Wagner group had been funded entirely by the Russian state, which paid it some 86 billion roubles in a year, and promised to check how the money was spent.",
     "He spoke to soldiers and security officers gathered in a Kremlin square."],
    "other", "politics", 3, "putin-wagner-state-funding", a="Chris Aldred"),
  E("2023-06-27 16:50", "Lukashenko confirms Prigozhin is in Belarus",
    ["Belarusian leader Alexander Lukashenko told state media that Wagner chief Yevgeny Prigozhin was now in Belarus, days after the aborted mutiny.",
     "He said Wagner fighters could use an abandoned base if they wished.", "He did not say where Prigozhin was staying."],
    "other", "politics", 1, "lukashenko-prigozhin-in-belarus", a="Chris Aldred", dup="3320-03",
    n="Near-verbatim repeat of 3320-03 (headline reworded, one sentence added) -> importance 1."),
  E("2023-06-27 18:10", "Missile hits restaurant in Kramatorsk",
    ["A Russian missile struck a busy restaurant in the centre of Kramatorsk in the early evening, killing at least two people and injuring 22, Ukrainian officials said.",
     "Rescuers were searching the rubble for people trapped inside."],
    "strikes", "strikes", 3, KRAM, a="Chris Aldred"),
  E("2023-06-27 20:45", "Zelensky: Kramatorsk attackers will face a tribunal",
    ["Volodymyr Zelensky said those who ordered and carried out the strike on Kramatorsk would be brought to justice, calling it an attack on an ordinary evening meal.",
     "He thanked the rescue teams still working at the site."],
    "strikes", "strikes", 3, KRAM, a="Chris Aldred", n="Reaction about the attack itself -> same story."),
  E("2023-06-27 23:20", "Kramatorsk toll rises to four as rescuers dig through night",
    ["At least four people, among them a teenage girl, were killed by the strike on a restaurant in Kramatorsk, Donetsk governor Pavlo Kyrylenko said.",
     "More than 40 were hurt and rescuers believe others are still under the collapsed dining hall."],
    "strikes", "strikes", 3, KRAM, a="Chris Aldred", kp=True),
  ]))

SEEDS.append(dict(id="3321", name="3321_kettlewell-ldlive", ext="html", source="Kettlewell Review", zone="Europe/Kyiv", render=r_kettlewell, parse_args=["--date", "2023-06-27"],
  title="Russia's war in Ukraine: Tuesday's live updates", url="https://kettlewellreview.example/live/ukraine-2023-06-27",
  lede="Missiles hit Kramatorsk; the Wagner chief turns up in Belarus; Kherson shelled.",
  notes="HTML live blog, newest first, Kyiv time (EEST, UTC+3; the page says so). <time datetime> on every update; day dividers '28 June' / '27 June' because the newest update is after local midnight (still 27 June UTC). The visible page prints no year (dividers are day and month only), hence parse_args --date 2023-06-27 (the UTC day). LiveBlogPosting JSON-LD with per-update times and authors (they agree with the visible stamps). One video teaser without body.",
  not_entries=["header and navigation", "lede", "time-zone note", "day dividers", "newsletter box", "footer"],
  entries=[
  E("2023-06-28 01:40", "Four confirmed dead in Kramatorsk as survivors pulled from rubble",
    ["Emergency workers in Kramatorsk have recovered four bodies from the wrecked pizzeria, including that of a 17-year-old, and pulled several people out alive.",
     "The number of injured has risen to 42, among them a baby."],
    "strikes", "strikes", 3, KRAM, a="Oksana Derkach"),
  E("2023-06-27 23:55", "Watch: Rescuers search the ruins of a Kramatorsk pizzeria", [], "strikes", "strikes", 1, KRAM, n="Video teaser without body -> importance 1."),
  E("2023-06-27 20:15", "Russian missiles strike Kramatorsk restaurant and nearby village",
    ["Two Iskander missiles hit Kramatorsk in the Donetsk region at about 19:30, one of them landing on a crowded restaurant, police said.",
     "A second strike damaged houses in the village of Bilenke on the city's outskirts. At least two people were killed."],
    "strikes", "strikes", 3, KRAM, a="Oksana Derkach"),
  E("2023-06-27 16:20", "Germany to send more Leopard 1 tanks and IRIS-T missiles",
    ["Germany's defence ministry said a further batch of refurbished Leopard 1 tanks and extra missiles for IRIS-T air-defence systems would reach Ukraine in the coming weeks.",
     "The equipment is paid for from Berlin's military aid budget."],
    "aid", "aid", 2, "germany-leopard1-iris-t-2023-06-27", a="Jonas Reiter"),
  E("2023-06-27 13:40", "Lukashenko: Prigozhin is now on Belarusian soil",
    ["Alexander Lukashenko said the Wagner founder had flown into Belarus, confirming flight-tracking data that showed his business jet landing near Minsk in the morning.",
     "The criminal case against the mutineers has been dropped in Russia."],
    "other", "politics", 3, "lukashenko-prigozhin-in-belarus", a="Jonas Reiter"),
  E("2023-06-27 12:30", "Kherson shelling death toll rises to two",
    ["A second person has died after Russian shelling of Kherson on Tuesday morning, the regional governor said.",
     "Shells also hit a bus stop and a block of flats."],
    "strikes", "strikes", 3, "kherson-shelling-2023-06-27", a="Oksana Derkach"),
  ]))

SEEDS.append(dict(id="3322", name="3322_hebden-worldrss", ext="xml", source="Hebden World Service", zone="UTC", render=r_rss_world, gmt=True,
  title="Hebden World Service - Top stories", site="https://hebden.example/world/", desc="Headlines from around the world",
  notes="General world-news RSS 2.0 feed, pubDate in GMT, newest first. Only two of seven items are about the war; the rest are off-beat (France, weather, cricket, China economy, Sudan).",
  not_entries=["channel title, link and description"],
  entries=[
  OFF("2023-06-27 21:30", "Protests near Paris after police shoot teenager at traffic stop",
      ["Cars were set alight in Nanterre overnight after a 17-year-old was shot dead by a police officer during a traffic check.",
       "The officer has been taken into custody."], "nanterre-police-shooting", n="French domestic news"),
  E("2023-06-27 19:45", "Restaurant hit in eastern Ukraine missile strike",
    ["At least three people were killed when a missile hit a restaurant in the eastern Ukrainian city of Kramatorsk, officials said.",
     "Dozens more were wounded."], "strikes", "strikes", 3, KRAM),
  OFF("2023-06-27 17:10", "Heatwave grips northern Mexico and Texas",
      ["Temperatures above 45C were recorded in northern Mexico, where officials reported more than a hundred heat-related deaths this month."],
      "mexico-texas-heatwave", n="weather"),
  E("2023-06-27 15:00", "Belarus leader says mutiny chief has arrived",
    ["Belarus's president said the head of Russia's Wagner mercenary group had arrived in the country under the deal that ended the weekend revolt."],
    "other", "politics", 3, "lukashenko-prigozhin-in-belarus"),
  OFF("2023-06-27 12:20", "England name unchanged side for Lord's Test",
      ["England will field the same eleven that lost the first Ashes Test when the second match starts at Lord's on Wednesday."],
      "ashes-lords-test-team", n="cricket"),
  OFF("2023-06-27 09:00", "Chinese premier warns against 'decoupling' at Tianjin forum",
      ["Premier Li Qiang told business leaders in Tianjin that cutting economic ties with China would harm everyone."],
      "china-tianjin-forum-decoupling", n="China economy"),
  OFF("2023-06-27 06:30", "Sudan's warring sides announce Eid truce",
      ["Sudan's army and the paramilitary Rapid Support Forces each declared a pause in fighting for the Eid al-Adha holiday."],
      "sudan-eid-truce", n="another war, not this one"),
  ]))

SEEDS.append(dict(id="3323", name="3323_malham-article", ext="txt", source="Malham Post", zone="Europe/London", render=r_textarticle,
  outlet="Malham Post", title="Deadly strike on Kramatorsk as Kremlin rewrites the story of the mutiny", byline="Tom Aske",
  lede="A missile hits a restaurant full of diners in eastern Ukraine, while Vladimir Putin talks money and loyalty in Moscow.",
  notes="Text article with three section headings; one entry per section, stamp null, published = the dateline 'Tuesday 27 June 2023 22:10 BST' (UTC+1); the page byline is every section's author. The third section is an explainer (theme piece) with its own story.",
  not_entries=["masthead and menu", "title", "byline line", "dateline", "standfirst", "share line", "footer"],
  entries=[
  E("2023-06-27 22:10", "Strike on a packed restaurant",
    ["A Russian missile tore through a pizza restaurant in central Kramatorsk on Tuesday evening, killing at least three people and wounding about 40.",
     "The restaurant was popular with soldiers, aid workers and journalists as well as local families."],
    "strikes", "strikes", 3, KRAM, a="Tom Aske"),
  E("2023-06-27 22:10", "The Kremlin's account of the mutiny",
    ["Vladimir Putin told soldiers in Moscow that the state had paid the Wagner group about 86 billion roubles in a year, and that a civil war had been averted.",
     "It was the first time he had put a number on the group's state funding."],
    "other", "politics", 3, "putin-wagner-state-funding", a="Tom Aske"),
  E("2023-06-27 22:10", "Explainer: why frontline cities stay in range",
    ["Towns such as Kramatorsk, Sloviansk and Kostiantynivka sit within easy reach of Russian short-range missiles, which take only minutes to arrive and give residents little warning.",
     "Ukrainian air defences are concentrated around larger cities further west."],
    "strikes", "strikes", 2, "explainer-donetsk-cities-missile-range", a="Tom Aske", n="Theme piece (explainer) with body -> importance 2, own story."),
  ]))

# =============================================================== PART B, day 2: 2023-06-28 (UTC) - the day after day 1

SEEDS.append(dict(id="3330", name="3330_hutton-htmllive", ext="html", source="Hutton Report", zone="Europe/London", render=r_hutton, year=2023,
  title="Ukraine live, Wednesday 28 June 2023: Kramatorsk death toll rises",
  lede="Rescuers finish their search in Kramatorsk; Ukraine's security service detains a suspect; glide bombs hit the Kharkiv region.",
  notes="HTML live blog without JSON-LD, newest first. Each post: 'Updated HH:MM BST' line above the h2, a byline under it. The date is in the title; BST = UTC+1.",
  not_entries=["header and navigation", "page title", "summary", "share line", "'Read more: Inside Ukraine’s air-defence training camps' promo", "footer"],
  entries=[
  E("2023-06-28 22:40", "Kramatorsk death toll reaches 11, including three children",
    ["The number of people killed by Tuesday's missile strike on a Kramatorsk restaurant has risen to 11, three of them children, Ukraine's prosecutor general said.",
     "More than 60 people were hurt."], "strikes", "strikes", 3, KRAM, a="Priya Lomas"),
  E("2023-06-28 20:05", "Kuleba urges partners to speed up air-defence deliveries",
    ["Foreign Minister Dmytro Kuleba said every delayed air-defence system meant more attacks like the one on Kramatorsk, and asked allies to send launchers already promised.",
     "He spoke after a call with his Spanish counterpart."], "aid", "aid", 2, "kuleba-air-defence-appeal-2023-06-28", sec=["diplomacy"], a="Priya Lomas"),
  E("2023-06-28 17:30", "Stoltenberg: NATO will respond to any threat from Belarus",
    ["NATO Secretary General Jens Stoltenberg said the alliance was watching the arrival of Wagner fighters in Belarus and stood ready to defend its eastern members.",
     "He said it was too early to draw conclusions about the group's plans."], "diplomacy", "diplomacy", 2, "stoltenberg-wagner-belarus-warning", a="Owen Fairclough"),
  E("2023-06-28 15:10", "Man held on suspicion of guiding the Kramatorsk strike",
    ["Ukraine's SBU security service said it had detained a local man accused of filming the restaurant and passing its location to Russian forces shortly before the attack.",
     "He faces life imprisonment if convicted."], "other", "security", 3, KRAM, sec=["strikes"], a="Owen Fairclough",
    n="New development of the day-1 story (arrest); keeps the day-1 slug."),
  E("2023-06-28 12:45", "Glide bombs hit Kupiansk district, regional governor says",
    ["Russian aircraft dropped guided bombs on villages in the Kupiansk district of the Kharkiv region, killing two people, governor Oleh Syniehubov said."],
    "strikes", "strikes", 3, "kupiansk-glide-bombs-2023-06-28", a="Owen Fairclough"),
  E("2023-06-28 10:20", "Denmark unveils new package of shells and mine-clearing gear",
    ["Denmark's defence ministry announced a new military package for Ukraine made up mainly of artillery ammunition and mine-clearing equipment.",
     "It is the country's fourteenth package since the invasion."], "aid", "aid", 3, "denmark-aid-package-2023-06-28", a="Priya Lomas"),
  E("2023-06-28 08:05", "Kremlin brushes off report that Surovikin knew of mutiny",
    ["Kremlin spokesperson Dmitry Peskov dismissed a US newspaper report that General Sergei Surovikin had advance knowledge of Wagner's revolt as speculation and gossip."],
    "other", "politics", 2, "peskov-surovikin-report", a="Priya Lomas"),
  ]))

SEEDS.append(dict(id="3331", name="3331_ilkley-worldatom", ext="xml", source="Ilkley Times", zone="Europe/London", render=r_atom,
  title="Ilkley Times - World", site="https://ilkleytimes.example/", category="World",
  notes="General world-news Atom feed (+01:00 offsets, BST), newest first; three of seven items are about the war. 3331-06 re-posts day 1's 3321-04 (Kettlewell Review) nearly verbatim -> importance 1; duplicate_of is null because the original is in another seed.",
  not_entries=["feed title, links and id", "feed-level <updated>", "category terms"],
  entries=[
  OFF("2023-06-28 21:50", "France deploys extra police as unrest spreads after Nanterre shooting",
      ["The interior minister ordered 2,000 more officers onto the streets after a second night of clashes over the police killing of a teenager."], "nanterre-police-shooting", n="French domestic news"),
  E("2023-06-28 19:15", "Ten now confirmed dead after missile struck Kramatorsk eatery",
    ["Ukrainian authorities said ten people, including twin 14-year-old sisters, were killed when a missile destroyed a restaurant in Kramatorsk on Tuesday evening."],
    "strikes", "strikes", 3, KRAM),
  OFF("2023-06-28 16:40", "Titan submersible debris brought ashore in Canada",
      ["Pieces of the submersible that imploded near the Titanic wreck were unloaded at a port in Newfoundland."], "titan-debris-ashore", n="sea disaster"),
  E("2023-06-28 13:30", "Japan to fund mine-clearing machines for Ukraine",
    ["Japan said it would pay for remote-controlled demining machines and train Ukrainian operators, as part of its non-lethal support."],
    "aid", "aid", 2, "japan-demining-aid-2023-06-28"),
  OFF("2023-06-28 11:00", "England win toss and bowl at Lord's",
      ["England chose to field first on a cloudy morning as the second Ashes Test began in London."], "ashes-lords-test-day-one", n="cricket"),
  E("2023-06-28 08:20", "Germany to send more Leopard 1 tanks and IRIS-T missiles",
    ["Germany's defence ministry said a further batch of refurbished Leopard 1 tanks and extra missiles for IRIS-T air-defence systems would reach Ukraine in the coming weeks.",
     "The equipment is paid for from Berlin's military aid budget."],
    "aid", "aid", 1, "germany-leopard1-iris-t-2023-06-27", n="Re-post of day 1's 3321-04 (previous day), nearly verbatim -> importance 1."),
  OFF("2023-06-28 06:45", "Muslims around the world mark Eid al-Adha",
      ["Worshippers gathered for Eid prayers from Jakarta to Cairo as the feast of sacrifice began."], "eid-al-adha-2023", n="religious holiday"),
  ]))

SEEDS.append(dict(id="3332", name="3332_grinton-textlive", ext="txt", source="Grinton Live", zone="UTC", render=r_grinton,
  title="Russia-Ukraine war: latest", byline="Hal Merriman",
  lede="Updates through the day; times are GMT.",
  notes="Text live blog, OLDEST first, stamps 'HHMM GMT' on their own line before the headline; date line under the title; GMT = UTC. One 'Compiled by' page byline and no per-post authors, so the compiler is every entry's author (README conventions). 3332-05 repeats 3332-02 (same headline, near-identical body). 3332-03 is a photo teaser without body.",
  not_entries=["site name and menu", "page title", "date line", "'Compiled by' line", "lede", "'Advertisement'", "closing line", "footer"],
  entries=[
  E("2023-06-28 06:15", "Kramatorsk rescuers end overnight search; eight dead",
    ["Search teams worked through the night at the ruined restaurant in Kramatorsk, and the confirmed death toll rose to eight, the emergency service said."],
    "strikes", "strikes", 3, KRAM, a="Hal Merriman"),
  E("2023-06-28 07:50", "Denmark readies fresh package of shells and demining kit",
    ["Copenhagen is sending Ukraine another batch of artillery shells and mine-clearing vehicles, the Danish defence ministry said."],
    "aid", "aid", 3, "denmark-aid-package-2023-06-28", a="Hal Merriman"),
  E("2023-06-28 09:30", "Pictured: Flowers and candles outside the wrecked Kramatorsk restaurant", [], "strikes", "strikes", 1, KRAM, a="Hal Merriman",
    n="Photo teaser without body -> importance 1."),
  E("2023-06-28 11:25", "Two killed as guided bombs fall on Kupiansk area",
    ["Guided aerial bombs hit two villages near Kupiansk in the Kharkiv region, killing two residents, Ukrainian officials said."],
    "strikes", "strikes", 3, "kupiansk-glide-bombs-2023-06-28", a="Hal Merriman"),
  E("2023-06-28 12:30", "Denmark readies fresh package of shells and demining kit",
    ["Copenhagen is sending Ukraine another batch of artillery shells and mine-clearing vehicles, the Danish defence ministry said.",
     "No value was given."],
    "aid", "aid", 1, "denmark-aid-package-2023-06-28", a="Hal Merriman", dup="3332-02", n="Near-verbatim repeat of 3332-02 -> importance 1."),
  E("2023-06-28 14:09", "SBU says detained man filmed restaurant for Russian targeting",
    ["Ukraine's security service said a Kramatorsk resident had sent video of the restaurant to Russian handlers before it was hit, and had been arrested."],
    "other", "security", 3, KRAM, sec=["strikes"], a="Hal Merriman"),
  E("2023-06-28 16:10", "Lukashenko says Wagner fighters could train Belarus army",
    ["Alexander Lukashenko said experienced Wagner commanders could share their battlefield experience with Belarusian troops."],
    "other", "politics", 2, "lukashenko-wagner-training-offer", a="Hal Merriman"),
  ]))

SEEDS.append(dict(id="3333", name="3333_masham-article", ext="html", source="Masham Journal", zone="Europe/London", render=r_masham,
  title="A day after the Kramatorsk strike, grief turns to anger", byline="Ruth Calloway",
  lede="The restaurant attack and Wagner's move north dominate the day.",
  notes="HTML article with two h2 sections; one entry per section, stamp null, published = the date line 'Wednesday 28 June 2023 5.05pm BST' (UTC+1). Page byline = author. Section 2 is an analysis (theme piece) with its own story. NewsArticle JSON-LD has only page-level data.",
  not_entries=["header and navigation", "title", "byline", "date line", "standfirst", "'More from Masham Journal' aside", "footer"],
  entries=[
  E("2023-06-28 17:05", "Kramatorsk: anger and grief a day on",
    ["Residents of Kramatorsk laid flowers outside the ruined restaurant on Wednesday as the number of dead from the missile strike climbed into double figures.",
     "Many said the city's cafes, one of the few places of normal life so close to the front, would now empty."],
    "strikes", "strikes", 3, KRAM, a="Ruth Calloway"),
  E("2023-06-28 17:05", "Analysis: what Wagner's move to Belarus means for Ukraine's northern flank",
    ["A Wagner presence in Belarus would put experienced assault troops a short drive from Ukraine's northern border, but the group would need heavy weapons and Minsk's consent to pose a real threat.",
     "Kyiv has said it is strengthening defences in the north regardless."],
    "other", "security", 2, "analysis-wagner-belarus-northern-flank", a="Ruth Calloway", n="Theme piece (analysis) with body -> importance 2, own story."),
  ]))

# =============================================================== PART B, day 3: 2023-10-17 (UTC)
ATAC = "atacms-strikes-berdiansk-luhansk-airfields"

SEEDS.append(dict(id="3340", name="3340_muker-worldatom", ext="xml", source="Muker Bulletin", zone="UTC", render=r_atom, zulu=True,
  title="Muker Bulletin: World", site="https://mukerbulletin.example/", category="World",
  notes="General world-news Atom feed, Z times, newest first. Two of seven items concern the war; five are off-beat (Gaza, football, weather, Belgium, UK economy).",
  not_entries=["feed title, links and id", "feed-level <updated>", "category terms"],
  entries=[
  OFF("2023-10-17 21:40", "Hundreds reported killed in blast at Gaza City hospital",
      ["Health officials in Gaza said hundreds of people died in an explosion at a hospital compound; Israel's military said the blast was caused by a misfired rocket from a militant group."],
      "gaza-hospital-blast", n="another war (Israel-Gaza)"),
  OFF("2023-10-17 20:50", "England beat Italy to book Euro 2024 place",
      ["Two goals from Harry Kane helped England to a 3-1 win over Italy at Wembley that secured qualification for next summer's finals."],
      "england-italy-euro-qualifier", n="football"),
  E("2023-10-17 18:05", "Zelensky confirms first use of US-made ATACMS",
    ["President Volodymyr Zelensky said Ukraine had used American ATACMS missiles for the first time and thanked the United States, saying they had performed very accurately.",
     "Ukraine's special forces said nine helicopters were destroyed at two airfields."],
    "strikes", "strikes", 3, ATAC),
  OFF("2023-10-17 14:30", "Scotland braces for heavy rain as Storm Babet nears",
      ["Forecasters warned of flooding in eastern Scotland, with up to 200mm of rain possible in the hills from Wednesday."], "storm-babet", n="weather"),
  OFF("2023-10-17 11:15", "Gunman in Brussels attack shot dead by police",
      ["Belgian police shot and killed the man suspected of killing two Swedish football fans in Brussels on Monday evening."], "brussels-shooting-suspect", n="crime in Belgium"),
  OFF("2023-10-17 09:30", "UK wage growth stays strong as hiring slows",
      ["Regular pay in Britain rose at an annual rate of 7.8% in the three months to August, official figures showed."], "uk-wages-august", n="UK economy"),
  E("2023-10-17 06:20", "Putin lands in Beijing ahead of Belt and Road forum",
    ["Vladimir Putin arrived in Beijing for a two-day visit, his first trip outside the former Soviet Union since an international arrest warrant was issued against him."],
    "diplomacy", "diplomacy", 3, "putin-arrives-beijing-2023-10-17"),
  ]))

SEEDS.append(dict(id="3341", name="3341_lastingham-textlive", ext="txt", source="Lastingham Daily", zone="America/New_York", render=r_lastingham, parse_args=["--date", "2023-10-17"],
  title="Live updates: Ukraine strikes Russian airfields with long-range missiles",
  lede="Follow the latest on the war in Ukraine.",
  notes="Text live blog, OLDEST first, stamps '9:15 p.m. ET' under day lines ('Monday, October 16' then 'Tuesday, October 17'); ET in October = EDT (UTC-4), so the Monday-evening posts are already 17 October UTC. The page prints no year, hence parse_args --date 2023-10-17. Signature '— NAME' after each body (author). 3341-05 repeats 3341-03 nearly verbatim (same headline). 3341-06 is an explainer (theme piece).",
  not_entries=["masthead and menu", "title", "lede", "day lines", "signature lines (used as author)", "closing line", "footer"],
  entries=[
  E("2023-10-16 21:15", "Explosions reported at airfields in occupied Berdyansk and Luhansk",
    ["Residents and Russian military bloggers reported a series of loud explosions and fires at the airfields in occupied Berdyansk and Luhansk late on Monday.",
     "Neither side commented immediately."], "strikes", "strikes", 3, ATAC, a="Dana Pruitt"),
  E("2023-10-17 01:30", "Zaporizhzhia hit by overnight drone wave",
    ["Russian drones struck Zaporizhzhia overnight, damaging homes and killing one man, the city's acting mayor said.",
     "Air defences shot down most of the drones over the region."], "strikes", "strikes", 3, "zaporizhzhia-drone-attack-2023-10-17", a="Dana Pruitt"),
  E("2023-10-17 04:50", "Ukraine's special forces say nine helicopters destroyed",
    ["Ukraine's special operations forces said the overnight strikes destroyed nine Russian helicopters, an air-defence launcher and an ammunition depot.",
     "They did not say what weapons were used."], "strikes", "strikes", 3, ATAC, a="Dana Pruitt"),
  E("2023-10-17 07:05", "Orban shakes hands with Putin in Beijing",
    ["Hungarian Prime Minister Viktor Orban met Vladimir Putin on the sidelines of the Belt and Road forum, the first meeting between an EU leader and Putin this year.",
     "Orban said Hungary wanted to keep energy ties with Russia."], "diplomacy", "diplomacy", 3, "orban-putin-meeting-beijing", a="Marcus Bell"),
  E("2023-10-17 09:20", "Ukraine's special forces say nine helicopters destroyed",
    ["Ukraine's special operations forces said the overnight strikes destroyed nine Russian helicopters, an air-defence launcher and an ammunition depot.",
     "They did not say which weapons were used."], "strikes", "strikes", 1, ATAC, a="Dana Pruitt", dup="3341-03",
    n="Near-verbatim repeat of 3341-03 -> importance 1."),
  E("2023-10-17 12:45", "Explainer: ATACMS and the range question",
    ["The Army Tactical Missile System is a ballistic missile fired from the same launchers as HIMARS; the version sent to Ukraine reportedly flies about 165 km and scatters cluster bomblets.",
     "Longer-range variants can reach around 300 km."], "aid", "aid", 2, "explainer-atacms-range", sec=["strikes"], a="Marcus Bell",
    n="Theme piece (explainer) with body -> importance 2, own story."),
  E("2023-10-17 15:10", "Zelensky thanks Washington: 'the agreements are being implemented'",
    ["In a video address, President Volodymyr Zelensky confirmed the ATACMS had been used and said the missiles had shown their worth.",
     "He thanked President Joe Biden."], "strikes", "strikes", 3, ATAC, a="Marcus Bell"),
  ]))

SEEDS.append(dict(id="3342", name="3342_kilburn-ldlive", ext="html", source="Kilburn Standard", zone="Europe/Kyiv", render=r_kilburn, parse_args=["--date", "2023-10-17"],
  title="War in Ukraine, day 601: first ATACMS strikes hit Russian airfields", url="https://kilburnstandard.example/live/ukraine-day-601",
  lede="Ukraine uses US long-range missiles against airfields in the occupied south and east; Putin in China.",
  notes="HTML live blog, newest first, Kyiv time (EEST, UTC+3, printed). The visible page names no calendar date (only 'day 601' of the war = 17 October 2023, and bare HH:MM stamps), hence parse_args --date 2023-10-17; the JSON-LD carries full dates. Visible 'Key Points' box lists two entry headlines (key_point true). JSON-LD is a @graph with '@type': ['NewsArticle','LiveBlogPosting'] and HTML entities inside strings; per-update datePublished agrees with the visible <time>. Per-post authors. One video teaser without body.",
  not_entries=["header and navigation", "title", "dek", "'Key Points' heading and list (repeats headlines)", "time-zone note", "'Most read' aside", "footer"],
  entries=[
  E("2023-10-17 22:30", "US officials confirm Kyiv received ATACMS in secret",
    ["American officials said a small number of ATACMS had been shipped to Ukraine in recent weeks without public announcement, and that they were used against airfields in Berdiansk and Luhansk.",
     "Kyiv says nine helicopters, an ammunition dump and an anti-aircraft launcher were destroyed."],
    "strikes", "strikes", 3, ATAC, sec=["aid"], a="Iryna Tkach", kp=True),
  E("2023-10-17 20:10", "Video: Zelensky's evening address on the new missiles", [], "strikes", "strikes", 1, ATAC, n="Video teaser without body -> importance 1."),
  E("2023-10-17 17:45", "Sweden unveils new aid package focused on artillery shells",
    ["Sweden's government announced a new military aid package for Ukraine centred on artillery ammunition and spare parts for CV90 vehicles."],
    "aid", "aid", 2, "sweden-aid-package-2023-10-17", a="Erik Sandahl"),
  E("2023-10-17 15:20", "Orban meets Putin, first EU leader to do so since the ICC warrant",
    ["Viktor Orban sat down with Vladimir Putin in Beijing, drawing criticism from other EU governments and from Kyiv.",
     "Putin said relations with some European countries were being preserved."], "diplomacy", "diplomacy", 3, "orban-putin-meeting-beijing", a="Erik Sandahl", kp=True),
  E("2023-10-17 12:05", "EU releases €1.5 billion in budget support for Kyiv",
    ["The European Commission paid out another 1.5 billion euros of its 18-billion-euro loan programme for Ukraine's budget this year."],
    "aid", "aid", 2, "eu-budget-support-tranche-2023-10-17", a="Erik Sandahl"),
  E("2023-10-17 09:40", "Zaporizhzhia: drone debris damages homes, one dead",
    ["A man was killed and several private houses were damaged in Zaporizhzhia when drones were shot down over the city overnight, regional officials said."],
    "strikes", "strikes", 3, "zaporizhzhia-drone-attack-2023-10-17", a="Iryna Tkach"),
  E("2023-10-17 08:10", "Berdiansk airfield ablaze after overnight strike",
    ["A large fire was burning at the military airfield in Russian-held Berdiansk after strikes during the night, according to videos checked by our reporters.",
     "Russian officials have not commented."], "strikes", "strikes", 3, ATAC, a="Iryna Tkach"),
  ]))

SEEDS.append(dict(id="3343", name="3343_jervaulx-rss", ext="xml", source="Jervaulx Review", zone="Europe/Berlin", render=r_rss_world,
  title="Jervaulx Review - Europe", site="https://jervaulx.example/europe/", desc="European news and analysis",
  notes="Article-level RSS 2.0 feed, pubDate with +0200 (CEST), newest first, dc:creator on each item. Spelling 'Lugansk' in one item.",
  not_entries=["channel title, link and description"],
  entries=[
  E("2023-10-17 23:10", "Russian envoy calls ATACMS delivery a grave mistake",
    ["Russia's ambassador in Washington, Anatoly Antonov, said sending the missiles to Kyiv was a grave mistake that would drag the United States deeper into the conflict."],
    "strikes", "strikes", 3, ATAC, sec=["aid"], a="Lena Hartmann", n="Reaction about the strikes/missiles -> same story."),
  E("2023-10-17 18:30", "Putin arrives in China for forum hosted by Xi",
    ["Russia's president flew into Beijing to attend the Belt and Road forum and hold talks with Xi Jinping on Wednesday."],
    "diplomacy", "diplomacy", 3, "putin-arrives-beijing-2023-10-17", a="Lena Hartmann"),
  E("2023-10-17 14:15", "Stoltenberg: allies must send more air defence before winter",
    ["NATO Secretary General Jens Stoltenberg said allies should send more air-defence systems and ammunition to Ukraine before Russia renews attacks on the power grid."],
    "aid", "aid", 2, "stoltenberg-air-defence-winter-2023-10-17", a="Paul Brenner"),
  E("2023-10-17 10:45", "Long-range strike on Lugansk airfield reported by Russian bloggers",
    ["Several Russian military bloggers said a Ukrainian missile attack had hit the airfield near Lugansk, destroying helicopters parked there."],
    "strikes", "strikes", 3, ATAC, a="Paul Brenner"),
  ]))

DAYS = {"day1": ["3320", "3321", "3322", "3323"], "day2": ["3330", "3331", "3332", "3333"], "day3": ["3340", "3341", "3342", "3343"]}


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
            g = {"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                 "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                 "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                 "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), z=S["zone"]),
                 "author": e["a"],
                 "first_sentence": first_sentence(e["p"][0]) if e["p"] else None,
                 "body_paragraphs": len(e["p"]),
                 "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                 "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"],
                 "notes": e["n"]}
            ents.append(g)
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
